import { labelled as c, type CorpusCase } from './types';

/**
 * Round seven, set A: texts in the voice of buyers from Russia, Kazakhstan and Belarus (pensioners, young mothers,
 * students, tradesmen, IT people) and from the UK, Ireland and South Africa. Weighted toward insults without swear
 * words, veiled threats, innocent look-alikes and vague vs concrete problem statements. Labels follow
 * analyzer-notes.md section 1 and the README's labelling decisions; the texts were written without reading the
 * analyzer or earlier corpus texts beyond round5-a.ts lines 1-59.
 *
 * Labelling decisions used in this set:
 * - a text that attaches a file also names the evidence in its words, and a text without a file names none (unless
 *   it tests `evidence_not_attached`), so `mentions_evidence` never depends on the attachment alone;
 * - regional words for people (бичи, халамидники, раззявы, eejits, domkop) aimed at the seller or staff are `insult`;
 * - city nicknames and brand names with a rude-looking root (Ебург, Хуавей, Penistone, Dickies) are not rude;
 * - a relative "in the organs / with long arms who will find you" is a veiled threat even though the police are a
 *   lawful step: the menace is personal, not a filed complaint;
 * - mat used as a noun that calls the listing lies («сплошной пздёж») is `profanity` and also `accusation`;
 * - South African "kak" (Afrikaans for shit) is a vulgar word: `profanity`.
 */
export const ROUND7_TRAIN_A: CorpusCase[] = [
  // ---------- Insults without a swear word (Russian) ----------
  // Condescension about the reader ("объясняю медленно, специально для…"); otherwise complete → insult only.
  c(
    'r7a-01',
    'ru',
    'Объясняю ещё раз, медленно, специально для вашего отдела претензий: я заказывала чехол на Redmi Note 12, а пришёл на Redmi 12, камера закрыта наполовину. Посылку получила 14 февраля, фото чехла на телефоне прикладываю. Верните деньги.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Sarcastic praise of a failure aimed at the packers' work ("мастера, золотые руки") → insult; one "!" is not emotional.
  c(
    'r7a-02v',
    'ru',
    'Ну вы и мастера, золотые руки! Обогреватель упаковали без единого слоя пупырки, решётка вдавлена внутрь и лопасти за неё цепляют. Обнаружил при распаковке 2 ноября, видео прилагаю. Прошу замену.',
    'video',
    ['insult'],
    'exchange',
  ),
  // Siberian "бичи" (tramps) used to call the warehouse staff names → insult; concrete missing item, post-office act.
  c(
    'r7a-03',
    'ru',
    'Вы там на складе совсем бичи что ли, в коробку от пылесоса положили только шланг, самого пылесоса нет. Вскрывала на почте 20 января при операторе, есть акт и фото. Верните полную стоимость.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Mocking comparison of a person ("как крот", works with eyes shut) → insult; measured mismatch.
  c(
    'r7a-04',
    'ru',
    'У вас упаковщик видно с закрытыми глазами работает, как крот. Вместо 3 метров гирлянды пришло полтора, перемерила рулеткой в день получения 9 декабря. Фото с рулеткой прилагаю, пришлите правильную гирлянду.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Questioning the reader's literacy ("читать вообще умеете или вам картинки нужны") → insult; one "?" is not emotional.
  c(
    'r7a-05',
    'ru',
    'Вы читать вообще умеете или вам картинки нужны? В заказе чётко: цвет графит, 44 размер. Пришли кроссовки бежевые, 41. Распаковал в пятницу 7 июня, фото бирки и коробки прикладываю. Обмен на мой размер и цвет.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Belarusian "халамидники" (good-for-nothings) aimed at the sellers → insult; measured symptom with a thermometer.
  c(
    'r7a-06v',
    'ru',
    'Хлопцы, ну вы и халамидники. Термос не держит тепло совсем: залил кипяток в 8 утра, к обеду 35 градусов, проверял термометром на следующий день после получения. Видео с термометром прикладываю. Верните деньги.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // Mocking comparison ("вам бы в цирке выступать, а не магазин держать") → insult; offer to send back → return.
  c(
    'r7a-07',
    'ru',
    'Дорогие мои, вам бы в цирке выступать а не магазин держать. Тонометр показывает давление на 30 единиц выше чем аппарат в поликлинике, мерили с медсестрой 3 апреля, через неделю после получения. Фото двух экранов рядом прилагаю. Заберите свой прибор, отправлю обратно за ваш счёт, а деньги верните.',
    'photo',
    ['insult'],
    'return',
  ),
  // "Для особо одарённых" condescension → insult; non-receipt with elapsed time, tracking number and screenshot.
  c(
    'r7a-08',
    'ru',
    'Для особо одарённых в поддержке повторяю третий раз: трек RB123456789CN не обновляется с 2 марта, посылки нет уже 45 дней. Скриншот отслеживания прилагаю. Верните деньги.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Sarcastic praise ("Браво, гении") of a failed shipment → insult.
  c(
    'r7a-09v',
    'ru',
    'Браво, гении. Заказала детский самокат, а в коробке одна подножка, без колёс и руля. Открывали с сыном прямо в пункте выдачи 11 мая, я снимала видео, прикладываю. Жду полный возврат.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // "Косорукие" (clumsy-handed) aimed at the assemblers → insult; measured defect (leg 2 cm shorter); send a part → exchange.
  c(
    'r7a-10',
    'ru',
    'Косорукие у вас сборщики, других слов не подберу: у стула одна ножка на 2 см короче, он качается. Собрал в день доставки 18 октября и сразу заметил. Фото с уровнем прикладываю, пришлите новую ножку.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // "Вы, извините, тормоз" — an everyday word calling the seller slow-witted → insult; quoting the seller's "всё в порядке" is harmless.
  c(
    'r7a-11',
    'ru',
    'Продавец, вы, извините, тормоз. Третий раз пишу, что прислали зарядку на 5 вольт вместо 20, ноут от неё не заряжается, а вы отвечаете «всё в порядке». Проверила мультиметром 25 августа, фото показаний прикладываю. Замените блок питания.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Southern "раззявы" (gawkers) aimed at the staff → insult; two left gloves (concrete mismatch).
  c(
    'r7a-12',
    'ru',
    'Складские у вас раззявы каких поискать: положили две левые перчатки вместо пары, заметил при примерке 3 декабря. Фото прилагаю, вышлите правую.',
    'photo',
    ['insult'],
    'exchange',
  ),

  // ---------- Insults without a swear word (English) ----------
  // UK: "I'll type slowly so even your team can follow" — condescension → insult; measured capacity.
  c(
    'r7a-13',
    'en',
    "I'll type slowly so even your team can follow: the kettle I ordered is 1.7 litres, the one you sent holds 1 litre, I measured it with a jug the day it arrived, 4 March. Photos of the jug and the box are attached. Please refund me in full.",
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Ireland: "a shower of eejits" aimed at the sellers → insult; wrong camera cut-outs.
  c(
    'r7a-14',
    'en',
    'Honestly, you lot are a shower of eejits. I unpacked the phone case on 12 January: it has cut-outs for three cameras and my phone has two, photo attached. Send me the right case please.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // South Africa: "domkop" (blockhead) addressing the seller → insult; symptom with time.
  c(
    'r7a-15v',
    'en',
    "Listen here, domkop, the solar lamp stopped switching on after the third night, 22 September, even after a full day in the sun. I've attached a video of it. I want my money back.",
    'video',
    ['insult'],
    'full_refund',
  ),
  // UK: sarcastic praise of the packer's failure ("top marks for creativity") → insult.
  c(
    'r7a-16',
    'en',
    'Well done, whoever packed this, top marks for creativity: you sent the drill with no chuck key and no battery, just the bare body. I found this when I opened it on 9 May; photos attached. Full refund please.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // UK: questioning intelligence ("a working brain cell between them") → insult; "UK 9" is an abbreviation, not caps.
  c(
    'r7a-17',
    'en',
    'Does anyone at your shop have a working brain cell between them? Trainers ordered in UK 9, received UK 6, I checked the label as soon as I unboxed them on 30 June. Photo of the label is attached. Exchange for size 9.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Ireland: mocking comparison ("the memory of a goldfish") aimed at staff → insult; non-receipt with tracking.
  c(
    'r7a-18',
    'en',
    'Your customer service has the memory of a goldfish, so once more: parcel LP00512345678 has not moved since 2 February, 50 days now. Screenshot of the tracking attached. Refund please.',
    'photo',
    ['insult'],
    'full_refund',
  ),

  // ---------- Veiled threats (Russian) ----------
  // A relative near the seller's warehouse who "can drop in for a talk", "пока по-хорошему" → threat.
  c(
    'r7a-19v',
    'ru',
    'У меня двоюродный брат в Иу живёт, ваш склад там же. Он может зайти, поговорить по-человечески. Кофемолка перестала молоть через неделю, ножи крутятся вхолостую, видео прикладываю. Верните деньги, пока по-хорошему.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // Knowing the owner's wife, children and favourite cafe, "подумайте об этом" → threat.
  c(
    'r7a-20',
    'ru',
    'Я нашла страницу владельца вашего магазина в соцсетях, там и жена, и дети, и кафе, где вы обедаете. Подумайте об этом. Куртка пришла без капюшона, хотя на фото в описании он есть, заметила при распаковке 5 ноября, фото прилагаю. Жду полный возврат.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Doxxing: publishing the seller's WeChat and surname "so people know you by sight" → threat.
  c(
    'r7a-21',
    'ru',
    'Выложу ваш вичат, фамилию и фотку на всех наших барахолках в Алматы, пусть люди вас в лицо знают. Блендер: чаша треснула по шву при первом включении 17 июля, фото трещины прилагаю. Верните деньги.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "У нас в Норильске за такое спрашивают по-другому", the shop "may just disappear" → threat.
  c(
    'r7a-22v',
    'ru',
    'У нас в Норильске за такое спрашивают по-другому, не через спор. Будет жаль, если ваш магазин однажды просто исчезнет. Катушку заклинило на второй рыбалке, 6 августа, ручка не проворачивается, видео прикладываю. Прошу замену.',
    'video',
    ['threat'],
    'exchange',
  ),
  // "Ребята с нашего двора" who want to meet the seller in person → threat; measured capacity.
  c(
    'r7a-23',
    'ru',
    'Ребята с нашего двора уже в курсе, кто мне продал этот аккумулятор, и очень хотят познакомиться лично. Заявлено 20000 мАч, по USB-тестеру набирается 6100, мерил два раза, 12 и 13 марта. Фото тестера прикладываю. Возврат полной суммы.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Polite, ominous menace ("берегите себя и своих близких, вы же понимаете, о чём я") → threat.
  c(
    'r7a-24',
    'ru',
    'Берегите себя и своих близких, вы же понимаете о чём я. Конструктор пришёл без 40 деталей, пересчитали с дочкой по инструкции в первый же вечер, 2 января. Фото пустых пакетиков прилагаю. Пришлите недостающие детали.',
    'photo',
    ['threat'],
    'exchange',
  ),
  // Knowing the office address and coming "to explain my way, you'll remember it" → threat.
  c(
    'r7a-25v',
    'ru',
    'Адрес вашего офиса в Шэньчжэне у меня есть, я в марте туда всё равно лечу по работе. Зайду лично, объясню по-своему, запомните надолго. Наушники: левый хрипит на любой громкости с первого дня, видео прикладываю. Верните деньги.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // Publishing the seller's home address to the neighbours → threat; leak with a date.
  c(
    'r7a-26',
    'ru',
    'Скоро все ваши соседи узнают где вы живёте и чем занимаетесь, распечатаю и расклею у подъезда. Смеситель течет из-под гайки с первого дня установки, 15 мая, фото лужи прилагаю. Требую вернуть деньги.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // A husband "в органах" with "long arms" who "will find you in China" — personal menace, not a lawful step → threat.
  c(
    'r7a-27v',
    'ru',
    'Я человек спокойный, но муж у меня в органах, руки длинные, найдёт вас и в Китае. Фен отключается через 30 секунд работы, проверяла три раза в день получения, 21 сентября, видео приложила. Верните полную стоимость.',
    'video',
    ['threat'],
    'full_refund',
  ),

  // ---------- Veiled threats (English) ----------
  // UK: publishing the owner's home address, "just saying" → threat.
  c(
    'r7a-28',
    'en',
    "It would be a real pity if your owner's name and home address ended up in every buyers' group I'm in. Just saying. The bike light mount snapped on the first ride, 3 October, photo attached. Full refund please.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // South Africa: a cousin who "knows exactly who to ask for" at the warehouse → threat.
  c(
    'r7a-29v',
    'en',
    'My cousin drives for a freight company that goes through your Guangzhou warehouse every week, he knows exactly who to ask for. Sort out my refund before he does. The jump starter goes dead flat two days after charging, checked on 14 and 16 April; video attached. Refund the full amount.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // Ireland: knowing the wife's name and the daughter's birthday photos, "think about that" → threat.
  c(
    'r7a-30',
    'en',
    "I know your name, I know your wife's name, I've seen the photos from your daughter's birthday on your page. Think about that before you refuse me again. The curtains are 140 cm long instead of 220, I measured them when they came on 8 August; photos attached. Refund in full.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // UK: "people who mess me about tend to regret it, ask around" (no honesty label) → threat only.
  c(
    'r7a-31',
    'en',
    'People who mess me about tend to regret it, ask around. The hair clipper blade came with two teeth missing, I noticed when I took it out of the box on 1 December. Photo attached. Replace it.',
    'photo',
    ['threat'],
    'exchange',
  ),
  // South Africa: coming "to collect in person" at the supplier's address, "not a patient man" → threat.
  c(
    'r7a-32',
    'en',
    "Keep ignoring me and see what happens when I come to collect in person. I've got your supplier's address in Yiwu and I'm not a patient man. The gazebo frame arrived with one leg bent in half, found when assembling it on 27 November. Photos attached; send a new leg.",
    'photo',
    ['threat'],
    'exchange',
  ),

  // ---------- Innocent traps (Russian) ----------
  // Brand "Хуавей" (Huawei) has a rude-looking start but is a brand name → not rude; ready.
  c(
    'r7a-33',
    'ru',
    'Заказывал смартфон Хуавей nova 11, пришол с китайской прошивкой без сервисов, хотя в описании глобальная версия. Заметил при первом включении 19 апреля, скриншоты прикладываю. Прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // "Скипидар" contains a slur-looking substring; an ordinary product → ready; difference with a sum → partial 340.
  c(
    'r7a-34',
    'ru',
    'Скипидар для живописи заказывала 500 мл, пришёл флакон на 100 мл, на этикетке так и написано. Открыла посылку 2 июля, фото этикетки прилагаю. Прошу вернуть разницу, 340 рублей.',
    'photo',
    [],
    'partial_refund',
    340,
  ),
  // "Бляха" (belt buckle) is an ordinary word → not rude; relative time "через три дня".
  c(
    'r7a-35',
    'ru',
    'Бляха на ремне отвалилась через три дня носки, штифт просто выпал. Фото ремня и бляхи прикладываю. Верните деньги, пожалуйста.',
    'photo',
    [],
    'full_refund',
  ),
  // "Употреблять" contains the letters of a mat interjection inside an ordinary word → not rude; partial 600.
  c(
    'r7a-36',
    'ru',
    'На витаминах написано: употреблять по 1 капсуле, 120 капсул в банке. По факту 60, пересчитала при вскрытии 10 января. Фото капсул на столе прилагаю. Прошу частичный возврат 600 рублей.',
    'photo',
    [],
    'partial_refund',
    600,
  ),
  // "Сухую" / "сухие" contain a rude-looking substring → not rude; exchange.
  c(
    'r7a-37',
    'ru',
    'Салфетки для оптики заказывала сухие, а пришли влажные, пропитка пахнет спиртом. В заказе выбрана сухая упаковка, а прислали не сухую, заметила при вскрытии 4 февраля, фото пачки прикладываю. Обмен на сухие.',
    'photo',
    [],
    'exchange',
  ),
  // City nickname "Ебург" (Yekaterinburg) is a place name, not mat → ready (decision noted in the header).
  c(
    'r7a-38',
    'ru',
    'Живу в Ебурге, посылку забирала в пункте выдачи на Малышева 22 марта. Внутри плед 150 на 200 вместо заявленных 200 на 220, мерила рулеткой дома. Фото с рулеткой прикладываю. Верните деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // Lawful steps stated firmly (Роспотребнадзор, bank dispute, a deadline) are not threats → ready.
  c(
    'r7a-39v',
    'ru',
    'Если до 20 мая деньги не вернутся, подам жалобу в Роспотребнадзор и оспорю платёж через банк. Видеорегистратор не видит карту памяти: проверял 2 мая с тремя разными картами, пишет «нет карты». Видео прилагаю. Полный возврат.',
    'video',
    [],
    'full_refund',
  ),
  // Kazakhstan: consumer-protection committee and an honest review are lawful → ready.
  c(
    'r7a-40',
    'ru',
    'Предупреждаю официально: при отказе обращусь в Комитет по защите прав потребителей РК и напишу подробный честный отзыв. У кресла-качалки треснула дуга полоза через две недели, 14 октября, фото трещины прилагаю. Прошу вернуть полную стоимость.',
    'photo',
    [],
    'full_refund',
  ),
  // The seller's insult quoted as evidence («руки кривые» after «ответил») is reported speech → not rude; ready.
  c(
    'r7a-41',
    'ru',
    'Продавец ответил мне в чате: «вы сами сломали, у вас руки кривые», скриншот переписки прилагаю. Утюг не нагревается с первого включения 9 сентября, индикатор горит, а подошва холодная. Прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // Irony about the result without praising anyone ("вот это сюрприз под ёлку") → not rude; ready.
  c(
    'r7a-42',
    'ru',
    'Вот это сюрприз под ёлку получился: вместо синего платья пришло зелёное, да ещё другого фасона. Получила 16 декабря, фото прилагаю. Прошу обмен на синее.',
    'photo',
    [],
    'exchange',
  ),
  // Negated accusation ("не думаю, что вы это сделали специально") → no accusation; ready.
  c(
    'r7a-43',
    'ru',
    'Я не думаю, что вы это сделали специально, скорее всего перепутали на складе: вместо чёрного картриджа HP 123 пришёл цветной. Заметил 28 февраля при установке, фото коробки прилагаю. Пришлите пожалуйста чёрный.',
    'photo',
    [],
    'exchange',
  ),
  // Belarus: a police report and a bank chargeback, "это не угроза" → lawful; non-receipt marked delivered, post-office certificate.
  c(
    'r7a-44',
    'ru',
    'Написала заявление в милицию по месту жительства и запрос в банк на опротестование платежа, это не угроза, просто ставлю в известность. Посылка LB987654321CN числится врученной 3 марта, но я её не получала, в отделении в Гомеле её нет. Справку с почты прилагаю. Верните деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // "Сукно" (baize) contains a rude-looking substring → not rude; measured shortfall, partial 1500.
  c(
    'r7a-45',
    'ru',
    'Сукно для бильярдного стола заявлено 2,8 на 1,5 м, пришёл отрез 2,2 м, мерили прямо на столе при распаковке 6 декабря. Фото с рулеткой прилагаю. Прошу частичный возврат 1500 рублей.',
    'photo',
    [],
    'partial_refund',
    1500,
  ),
  // The seller's threat quoted as evidence («мы найдём ваш адрес» after «написал») is not the buyer's threat → ready.
  c(
    'r7a-46',
    'ru',
    'Продавец написал: «если откроете спор, мы найдём ваш адрес», скриншот прилагаю, пусть поддержка тоже видит. По сути: палатка пришла без дуг, обнаружил при установке в первом же походе 10 июля. Верните деньги.',
    'photo',
    [],
    'full_refund',
  ),

  // ---------- Innocent traps (English) ----------
  // UK: "stopcock" contains a rude-looking word; a plumbing part → ready; send the right size → exchange.
  c(
    'r7a-47',
    'en',
    'The stopcock valve I ordered is 15 mm, the one that came is 22 mm; I measured the thread with calipers on 5 February when I went to fit it. Photos attached. Please send the 15 mm one.',
    'photo',
    [],
    'exchange',
  ),
  // UK: place name "Penistone" and brand "Dickies" → not rude; ready.
  c(
    'r7a-48',
    'en',
    'I live in Penistone and I opened the parcel on 11 March. Inside, the Dickies work trousers are a 32 waist instead of 36, photo of the label attached. Full refund, please.',
    'photo',
    [],
    'full_refund',
  ),
  // Ireland: chargeback and the CCPC are lawful steps → ready.
  c(
    'r7a-49',
    'en',
    "If this isn't refunded by 30 April I'll raise a chargeback with my bank and report the listing to the CCPC. The air fryer basket coating started peeling after the second use, 12 April; photos attached. Full refund.",
    'photo',
    [],
    'full_refund',
  ),
  // The agent's insult quoted as evidence ("replied 'you are stupid customer'") → reported speech; partial $6.40.
  c(
    'r7a-50',
    'en',
    "Your agent replied 'you are stupid customer, read description', screenshot attached. The description says 4 pillowcases, I got 2, counted when I opened the pack on 3 June; photo attached. Refund for the two missing: $6.40.",
    'photo',
    [],
    'partial_refund',
    6.4,
  ),
  // South Africa: the Consumer Goods and Services Ombud is a lawful step → ready; video.
  c(
    'r7a-51v',
    'en',
    "I'll be lodging a complaint with the Consumer Goods and Services Ombud if this isn't resolved. The geyser timer resets to 00:00 after every load-shedding slot; noticed it on the first day, 9 August. Video attached. Please send a replacement unit.",
    'video',
    [],
    'exchange',
  ),
  // "Cocktail" and a negated intent ("not suggesting anyone did this deliberately") → not rude, no accusation; ready.
  c(
    'r7a-52',
    'en',
    "I'm not suggesting anyone did this deliberately, but the cocktail shaker arrived without its strainer lid, which I noticed while unpacking on 19 October. Photo attached. Could you send the missing lid?",
    'photo',
    [],
    'exchange',
  ),

  // ---------- Vague vs concrete problem statements (Russian) ----------
  // Generic "не соответствует описанию" → missing_what; everything else present.
  c(
    'r7a-53',
    'ru',
    'Товар не соответствует описанию. Обнаружила при распаковке 8 апреля, фото прикладываю. Прошу вернуть деньги.',
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // Generic "брак" → missing_what; unpacking date and video present.
  c(
    'r7a-54v',
    'ru',
    'Пришёл брак, пользоваться невозможно. Распаковал 30 ноября, видео прилагаю. Верните полную сумму.',
    'video',
    ['missing_what'],
    'full_refund',
  ),
  // "Плохое качество, не то что на картинке" with no date and no evidence → missing_what, missing_when, missing_evidence.
  c(
    'r7a-55',
    'ru',
    'Плохое качество, совсем не то что на картинке. Хочу вернуть деньги.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // A bare "не работает" with no part or symptom → missing_what.
  c(
    'r7a-56',
    'ru',
    'Не работает. Включил в день получения, 12 июня, фото прикладываю, верните деньги.',
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // Concrete symptom in unusual words (smell of burnt tape, switch clicks but does not cut off) → ready.
  c(
    'r7a-57v',
    'ru',
    'Чайник при закипании пахнет палёной изолентой, а кнопка щёлкает, но не отключается, вода кипит пока не выдернешь вилку. Так с первого же раза, 23 января. Видео прилагаю. Прошу вернуть деньги.',
    'video',
    [],
    'full_refund',
  ),
  // Concrete length mismatch ("на ладонь короче" than 82 cm) but no date or discovery circumstance → missing_when.
  c(
    'r7a-58',
    'ru',
    'Джинсы заявлены с длиной по внутреннему шву 82 см, а у меня они на ладонь короче, до щиколотки не достают. Фото прилагаю. Прошу обмен на правильную длину.',
    'photo',
    ['missing_when'],
    'exchange',
  ),
  // Non-receipt with elapsed time and a passed deadline but no evidence named, no file → missing_evidence.
  c(
    'r7a-59',
    'ru',
    'Посылка так и не пришла, заказывала два месяца назад, срок доставки истёк 1 декабря. Верните деньги.',
    'none',
    ['missing_evidence'],
    'full_refund',
  ),
  // Missing part named (no charging cord), date and photo, but no request → missing_resolution.
  c(
    'r7a-60',
    'ru',
    'В коробке с электробритвой нет зарядного шнура, только сама бритва и щёточка. Обнаружила при вскрытии 17 марта, фото прилагаю.',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // "В таком виде" names no problem → missing_what; one "?" only.
  c(
    'r7a-61v',
    'ru',
    'Кто вообще отправляет товар в таком виде? Вскрыла 5 мая, видео распаковки приложила. Верните деньги.',
    'video',
    ['missing_what'],
    'full_refund',
  ),

  // ---------- Vague vs concrete problem statements (English) ----------
  // UK: generic "not as described" → missing_what.
  c(
    'r7a-62',
    'en',
    'Item not as described. Opened it on 14 July, photos attached. Refund please.',
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // Ireland: "defective, doesn't work properly" with no date → missing_what, missing_when.
  c(
    'r7a-63',
    'en',
    "Defective unit, doesn't work properly. Photo attached, I'd like a refund.",
    'photo',
    ['missing_what', 'missing_when'],
    'full_refund',
  ),
  // UK: concrete symptom (only the left half heats) with the first night as discovery → ready.
  c(
    'r7a-64v',
    'en',
    'The heated blanket only warms the left half; the right side stays cold on every setting. Noticed it the first night we used it, 2 November. Video attached. I would like a full refund.',
    'video',
    [],
    'full_refund',
  ),
  // South Africa: a missing 10 mm socket, counted on opening, but no evidence and no file → missing_evidence.
  c(
    'r7a-65',
    'en',
    'The 12-piece socket set came with 11 sockets, the 10 mm is missing, I counted them when I opened the case on 20 May. Please send the 10 mm socket.',
    'none',
    ['missing_evidence'],
    'exchange',
  ),
  // South Africa: concrete size mismatch (40 cm vs 60) with no time or circumstance → missing_when.
  c(
    'r7a-66',
    'en',
    'The braai grid is 40 cm wide, the listing says 60, so it drops straight through my grill. Photo attached. Refund in full please.',
    'photo',
    ['missing_when'],
    'full_refund',
  ),

  // ---------- Disguised and quoted profanity (Russian) ----------
  // Latin "x" inside a Cyrillic mat noun about the item ("xуйню") → profanity only (a noun, not an interjection).
  c(
    'r7a-67',
    'ru',
    'Прислали вместо кабеля Type-C какую-то xуйню с разъёмом Lightning. Вскрыл пакет 6 сентября, фото разъёма прилагаю. Замените на Type-C.',
    'photo',
    ['profanity'],
    'exchange',
  ),
  // Digit for a letter ("6ля") used as an interjection → profanity and emotional.
  c(
    'r7a-68',
    'ru',
    '6ля, третий раз пишу: в наборе кистей 10 штук вместо 24, пересчитала при распаковке 19 февраля, фото прилагаю. Верните деньги.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Dropped vowels ("пздёж") calling the listing lies → profanity and accusation (a label of honesty).
  c(
    'r7a-69',
    'ru',
    'Описание у вас сплошной пздёж: заявлен металлический корпус, пришёл пластик, проверила магнитом в день получения 3 июня. Фото прилагаю. Верните деньги.',
    'photo',
    ['profanity', 'accusation'],
    'full_refund',
  ),
  // Masked mat name-calling ("долбо**ы") aimed at the staff → profanity and insult.
  c(
    'r7a-70',
    'ru',
    'Вы там на складе совсем долбо**ы? Положили зарядку от другого фена, штекер не подходит, заметила при первом включении 28 июля. Фото двух штекеров прилагаю. Пришлите правильную.',
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // The seller's mat quoted as evidence is still profanity (advice: describe, don't repeat); no buyer insult.
  c(
    'r7a-71',
    'ru',
    'Продавец в переписке ответил «пошла на х@й, сама сломала», скрин прилагаю. Робот-пылесос не заряжается от базы с третьего дня, 14 апреля, контакты базы его не касаются. Верните деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),

  // ---------- Disguised profanity (English) ----------
  // South Africa: "kak" (vulgar word) about the item → profanity only (decision noted in the header).
  c(
    'r7a-72',
    'en',
    "This charger is kak, it gets so hot after ten minutes that I can't touch the plug. Noticed on the first day, 2 March, photo of the melted casing attached. Refund please.",
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Ireland: leetspeak "sh1te" as a judgement of the item → profanity only.
  c(
    'r7a-73',
    'en',
    'The suitcase is pure sh1te: the zip split along the side on its first trip, 6 August, photos attached. I want a full refund.',
    'photo',
    ['profanity'],
    'full_refund',
  ),

  // ---------- Accusations (Russian) ----------
  // Sarcastic scare quotes about the seller's excuse («склад ошибся», как и в прошлый раз) → accusation; partial 380.
  c(
    'r7a-74',
    'ru',
    'Ну конечно, «склад ошибся», как и в прошлый раз. Заказывала 2 упаковки фильтров для кувшина, пришла одна, вскрыла 9 октября, на фото этикетка с количеством. Верните 380 рублей за вторую упаковку.',
    'photo',
    ['accusation'],
    'partial_refund',
    380,
  ),
  // "Вы же сами прекрасно знали, что отправляете б/у" — a label of intent → accusation even with facts.
  c(
    'r7a-75',
    'ru',
    'Вы же сами прекрасно знали, что отправляете б/у телефон: царапины на экране, в настройках 400 циклов зарядки. Смотрела в первый вечер, 1 августа, скриншоты прикладываю. Возврат денег.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Kazakhstan pensioner: "на таких как я и зарабатываете, думаете, бабка не проверит" → accusation; partial 2800 тенге.
  c(
    'r7a-76',
    'ru',
    'Вы видно на таких пенсионерах как я и зарабатываете, думаете бабка не проверит. А я проверила: вместо 1 кг пряжи пришло 600 г, взвесили на почте при получении 12 ноября, фото весов прикладываю. Верните за недостающие 400 г 2 800 тенге.',
    'photo',
    ['accusation'],
    'partial_refund',
    2800,
  ),

  // ---------- Accusation (English) ----------
  // South Africa: "You knew exactly what you were selling" — a label of intent → accusation; flame test with date.
  c(
    'r7a-77v',
    'en',
    'Genuine leather, my foot. The wallet bubbled and melted when I did the flame test on 18 May, the day it arrived; video attached. You knew exactly what you were selling. Full refund.',
    'video',
    ['accusation'],
    'full_refund',
  ),

  // ---------- Emotional (Russian) ----------
  // "Я в шоке!!!" — affect word and !!! → emotional; otherwise complete.
  c(
    'r7a-78',
    'ru',
    'Я в шоке!!! Детское автокресло пришло с треснувшим креплением ремня, ребёнка в такое не посадишь. Увидели при распаковке 4 марта, фото прилагаю. Верните деньги.',
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // Three fully capitalised words → emotional; non-receipt with elapsed time and a tracking screenshot.
  c(
    'r7a-79',
    'ru',
    'ЭТО ПРОСТО НЕВОЗМОЖНО. Четвёртый месяц жду коляску, трек не обновляется с 10 сентября, скрин прилагаю. Верните деньги.',
    'photo',
    ['emotional'],
    'full_refund',
  ),

  // ---------- Emotional (English) ----------
  // UK mother: "I'm so upset" → emotional; concrete symptom (left rear propeller).
  c(
    'r7a-80v',
    'en',
    "I'm so upset, this was my son's birthday present and the drone's left rear propeller won't spin at all. We opened it on his birthday, 10 June. Video attached. Please send a replacement drone.",
    'video',
    ['emotional'],
    'exchange',
  ),

  // ---------- Requests (Russian) ----------
  // Declined refund («деньги мне не нужны») + new cable → exchange; ready.
  c(
    'r7a-81',
    'ru',
    'Деньги мне не нужны, мне нужен рабочий кабель: этот не заряжает, телефон пишет «аксессуар не поддерживается» с первого подключения 22 мая. Фото экрана прилагаю. Вышлите новый.',
    'photo',
    [],
    'exchange',
  ),
  // Sum in words («четыреста пятьдесят рублей») → partial 450; ready.
  c(
    'r7a-82v',
    'ru',
    'Из шести бокалов два пришли разбитыми, осколки прямо в коробке, вскрывала при курьере 15 декабря, видео приложила. Прошу вернуть четыреста пятьдесят рублей за разбитые.',
    'video',
    [],
    'partial_refund',
    450,
  ),
  // «Компенсацию на ваше усмотрение» → partial refund without a sum.
  c(
    'r7a-83',
    'ru',
    'Пуховик: молния на кармане сломалась на второй неделе носки, бегунок не держит. Фото прилагаю. Оставлю себе, прошу компенсацию на ваше усмотрение.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "Половину стоимости" (no sum) and a photo promised but no file → partial_without_amount, evidence_not_attached.
  c(
    'r7a-84',
    'ru',
    'Пришла половина заказа: из 10 пар носков только 5, пересчитала в день получения 27 января. Фото прикладываю. Верните половину стоимости.',
    'none',
    ['partial_without_amount', 'evidence_not_attached'],
    'partial_refund',
    null,
  ),

  // ---------- Requests (English) ----------
  // Ireland: "€6,50" → partial 6.5; ready.
  c(
    'r7a-85',
    'en',
    "Two of the eight spice jars arrived with cracked lids, I found them when unpacking on 21 February. Photos attached. I'll keep the rest, please refund €6,50 for the two.",
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // UK IT buyer: "refund the difference" → partial refund without a sum.
  c(
    'r7a-86',
    'en',
    "You sent a 64 GB memory card instead of the 256 GB I paid for; the PC shows 59.6 GB, checked the day it came, 3 January. Screenshot attached. I'll keep it if you refund the difference.",
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // South Africa: declined refund + right part → exchange; "Photos attached" but no file → evidence_not_attached.
  c(
    'r7a-87',
    'en',
    "I don't want my money back, I want the right part: the pool pump arrived with a 32 mm hose adaptor and the listing says 38 mm. I measured it when fitting it on 12 January. Photos attached.",
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),

  // ---------- Empty and near-empty ----------
  // No words at all → only empty_text.
  c('r7a-88', 'ru', '', 'none', ['empty_text'], 'none'),
  // Near-empty non-receipt with "???" → emotional, too_short, no date, no evidence, no request.
  c(
    'r7a-89',
    'ru',
    'Где моя посылка???',
    'none',
    ['emotional', 'missing_when', 'missing_evidence', 'missing_resolution', 'too_short'],
    'none',
  ),
  // A single two-letter word → only empty_text.
  c('r7a-90', 'en', 'ok', 'none', ['empty_text'], 'none'),
];
