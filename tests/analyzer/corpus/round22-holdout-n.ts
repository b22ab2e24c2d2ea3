import { labelled as c, type CorpusCase } from './types';

/**
 * Round twenty-two, hold-out set N: buyers reporting a seller's tactics (a "bonus" for cancelling the dispute, payment
 * offered outside the platform, fake tracking numbers, threats of a bad buyer rating, rude messages), quoting the
 * seller as evidence and escalating by lawful steps, some in the words of Ozon, Wildberries, Amazon or eBay. Written by
 * a hand that has not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - A sum the seller offered (a bonus, a coupon, a transfer to a card) and that the buyer turns down is not the buyer's
 *   request; the resolution is what the buyer asks for (r22n-20, r22n-66, r22n-77).
 * - A report of the seller's tactics to support with no remedy asked is `none` (r22n-20, r22n-78).
 * - A tracking number the buyer calls fake is still a tracking number in the text (evidence); the word «трек-номер» or
 *   "tracking number" about the wrong number counts as naming tracking (r22n-38, r22n-56, r22n-62).
 * - Tracking that shows delivery in another city, with nothing received, is non-receipt (what is named).
 * - A receipt date next to a vague "not as described" gives a time; only the concrete problem is missing (r22n-48).
 * - A buyer's threat to publish the seller's data, made in answer to the seller's threat of a bad rating, is a threat;
 *   the seller's threat quoted by the buyer is not the buyer's.
 * - «Олухи царя небесного», "a pack of clowns" are name-calling; «для тех, кто в танке», «для особо одарённых» and
 *   "small words so your team can follow" talk down: all insults.
 * - "WTF" opening a text is mat as an interjection: profanity and emotional.
 * - Quoted seller insults («тупой покупательницей», "you stupid", «нищебродка») stay the seller's: no finding for the
 *   buyer; quoted or pasted seller mat is profanity only.
 * - A one-word text of four letters ("help") is not empty; it lacks everything and asks for nothing.
 * - When a text says "photo and video attached" and the form holds one of the two, the evidence counts as attached.
 * - Every text whose form holds a file also names that evidence, so no label depends on a silent attachment.
 */
export const ROUND22_HOLDOUT_N: CorpusCase[] = [
  // Defect with symptom, first use, video attached, seller's bonus quoted and declined, full refund: ready.
  c(
    'r22n-01',
    'ru',
    `Заказ 8120034455, электрочайник 1,7 л. Получила 12 апреля, при первом же включении выяснилось, что крышка не защёлкивается, а чайник не отключается после закипания: кипит, пока не выдернешь вилку из розетки. Продавец в чате ответил: «Закройте спор, и я отправлю вам бонус 5 долларов». Бонус мне не нужен. Видео кипения и скриншот переписки прикладываю. Прошу полный возврат стоимости.`,
    'video',
    [],
    'full_refund',
  ),
  // eBay wording, warped base on arrival, photos attached, PayPal offer quoted and refused: ready.
  c(
    'r22n-02',
    'en',
    `Order 3004417789, a 6-quart stainless stockpot. It arrived on 2 May with the base warped: it rocks on a flat hob and the lid doesn't sit flush. On eBay I'd just open a 'not as described' case, so this is the same thing here. Photos of the pot on a glass table are attached. After I opened this dispute the seller messaged me: "please cancel dispute, I give you 3 dollar bonus by PayPal". I'm not taking payments outside AliExpress. Please refund the full amount.`,
    'photo',
    [],
    'full_refund',
  ),
  // The seller's mat quoted as evidence: profanity only; otherwise complete.
  c(
    'r22n-03',
    'ru',
    `Заказ от 24 февраля: настенная сушилка для белья. Пришла 3 марта без двух креплений из четырёх, в пакете с винтами только два дюбеля — фото содержимого коробки прикладываю. Написала продавцу, он ответил дословно: «ты чё, охуела? закрывай спор или поставлю тебе плохой рейтинг». Повторять такое не хочется, но пусть поддержка видит, как со мной разговаривают. Прошу прислать два недостающих крепления.`,
    'photo',
    ['profanity'],
    'exchange',
  ),
  // Veiled threat (a brother who knows the warehouse address, «не доводите до греха») in answer to a rating threat.
  c(
    'r22n-04',
    'ru',
    `Куртка-парка, заказ 5002311874. По таблице размеров XL — 128 см в груди, по факту 112: измерил сантиметром в день получения, 20 февраля. Фото замеров прикладываю. Теперь о вашем сообщении «поставлю вам плохую оценку покупателя, если не закроете спор». Отвечу так: у меня в Гуанчжоу живёт брат, адрес вашего склада на Байюне он уже знает. Не доводите до греха. Верните деньги за куртку.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "Classic scam" is a fraud label even next to facts; tracking number in the text is evidence.
  c(
    'r22n-05',
    'en',
    `Classic scam. The tracking number you added, LX204518876CN, shows my parcel delivered in Porto Alegre on 9 April. I live in Cork, Ireland, and ordered the garden hose reel on 18 March, so over five weeks ago. Nothing has reached me. Then you asked me to cancel the dispute "for a small bonus". Refund me in full, please.`,
    'none',
    ['accusation'],
    'full_refund',
  ),
  // "!!!", «вы специально» accusation, concrete defect and time, no evidence named.
  c(
    'r22n-06',
    'ru',
    `Это уже цирк какой-то!!! Продавец третий раз пишет мне «отмени спор, дам купон 3$». Вы специально тянете время, чтобы закончилась защита покупателя? Ручной пылесос не держит заряд: после полной зарядки работает 4 минуты вместо заявленных 25, заметила на второй день. Верните деньги.`,
    'none',
    ['emotional', 'accusation', 'missing_evidence'],
    'full_refund',
  ),
  // Sarcastic praise of the seller's people ("Congratulations, geniuses"): insult.
  c(
    'r22n-07',
    'en',
    `Congratulations, geniuses. The tracking number you gave me, YT2211938407712, belongs to a parcel delivered in Santiago, Chile, on 2 May. My order of a ceramic planter set was placed on 24 March, over five weeks ago, and has not arrived in Bristol. Screenshot of the tracking page is attached. Refund the order, please.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Digit-disguised mat as a cry right after opening the box: profanity and emotional; no evidence named.
  c(
    'r22n-08',
    'ru',
    `Вчера, 14 мая, открыла коробку — пи3дец, а не плед: вместо 200×220 прислали 150×200, бирка срезана. А продавец в ответ пишет «закрой спор, верну 2$ на карту». Нет, никаких переводов на карту. Нужен полный возврат через Алиэкспресс.`,
    'none',
    ['profanity', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // Ozon wording, missing container and cracked lid at unpacking, photo, off-platform offer refused, exchange: ready.
  c(
    'r22n-09',
    'ru',
    `На Озоне я бы просто оформила возврат через ПВЗ, а здесь открываю спор. Заказ 8140027719: набор контейнеров для круп, заявлено 6 штук, в коробке 5, и у одного крышка треснула по краю — обнаружила при распаковке 9 июня. Фото коробки и треснувшей крышки прилагаю. Продавец предложил «вернуть деньги переводом на Сбер, если закроете спор». Переводы вне площадки я не принимаю. Прошу прислать недостающий контейнер и новую крышку.`,
    'photo',
    [],
    'exchange',
  ),
  // Threat to post the seller's name, WeChat and home district in buyers' groups.
  c(
    'r22n-10',
    'en',
    `Your message said you'd "leave buyer bad rating" if I keep this dispute open. Two can play that game: I have your real name and your personal WeChat from the invoice, and if you rate me badly they go up in every buyers' group I'm in, with your home district. The trail camera I received on 11 June won't power on with fresh AA batteries or on USB; video attached. Refund me.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // Vague complaint about behaviour and "так себе" goods, «разберитесь» only.
  c(
    'r22n-11',
    'ru',
    `Продавец ведёт себя некрасиво, пишет какие-то странные вещи про бонусы и отзывы. Товар тоже так себе. Разберитесь, пожалуйста.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Wrong colour, receipt date, photo, partial refund with a sum ($12.50): ready.
  c(
    'r22n-12',
    'en',
    `Order 5511908324: linen tablecloth, 140×240 cm, ordered in sage green, received on 28 April in bright mint. Photo of the cloth next to the colour swatch from the listing is attached. The seller wrote: "i send you 5 usd on paypal, you close case ok?" I'd rather keep everything on AliExpress. I'll keep the tablecloth for a partial refund of $12.50 through this dispute.`,
    'photo',
    [],
    'partial_refund',
    12.5,
  ),
  // Condescension «для особо одарённых»: insult; tracking number and elapsed days given.
  c(
    'r22n-13',
    'ru',
    `Объясняю для особо одарённых из вашего отдела продаж: трек RB123456789SG, который вы мне дали, показывает вручение в Казани, а я живу в Омске. Заказ на набор сковородок оплачен 2 февраля, прошло 47 дней, посылки нет. Ваше предложение «закрыть спор за бонус» не принимаю. Верните деньги.`,
    'none',
    ['insult'],
    'full_refund',
  ),
  // Seller's insult and rating threat quoted as evidence; «оскорблять» is an ordinary word; return offered: ready.
  c(
    'r22n-14',
    'ru',
    `Мультиварка, заказ 8099125530. После первой же варки 3 апреля с чаши отслоилось антипригарное покрытие — полоса около 4 см у дна, фото прикладываю. Когда я написала об этом, продавец назвал меня «тупой покупательницей» и пообещал «поставить плохой рейтинг, если не закрою спор». Скриншоты переписки тоже прилагаю. Прошу учесть, что продавец позволяет себе оскорблять покупателей. Готова отправить мультиварку обратно, прошу вернуть деньги после возврата.`,
    'photo',
    [],
    'return',
  ),
  // "upset" is an affect word; size mismatch with receipt date; no evidence named.
  c(
    'r22n-15',
    'en',
    `I'm honestly upset. The seller says he'll "rate you as bad buyer" unless I close this dispute. The rug I got on 3 July is 120×170 cm, not the 160×230 I ordered and paid for. I want a full refund.`,
    'none',
    ['emotional', 'missing_evidence'],
    'full_refund',
  ),
  // Digit-disguised mat name at the seller: profanity and insult.
  c(
    'r22n-16',
    'ru',
    `Ты, д0лб0ёб, правда думаешь, что я поведусь на твой «бонус 2 доллара за закрытие спора»? Часы пришли 5 мая с треснувшим стеклом, трещина через весь циферблат, фото прикладываю. Возврат денег, и всё.`,
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // Negated accusation, Amazon A-to-z wording, tracking number, 41 days: ready.
  c(
    'r22n-17',
    'en',
    `I'm not saying you did it on purpose, but the tracking number LB000123456HK has shown only "label created" since 2 March, which is 41 days now, and the desk fan I ordered has never arrived. On Amazon I'd have filed an A-to-z claim by now; here I'm asking AliExpress to refund me in full.`,
    'none',
    [],
    'full_refund',
  ),
  // "It would be a shame if…" and knowing the seller's wife: veiled threat.
  c(
    'r22n-18',
    'ru',
    `Сапоги заказывала 38 размера, пришли 36 — на подошве выбито «36», увидела сразу при получении 10 ноября. Фото подошвы и бирки прикладываю. Прошу обменять на 38. И ещё: вы пишете, что «оставите мне плохую оценку». Было бы очень жаль, если бы с вашим магазином что-нибудь случилось. Я знаю, как зовут вашу жену, она ведёт ваш инстаграм.`,
    'photo',
    ['threat'],
    'exchange',
  ),
  // A single two-letter word: empty text only.
  c('r22n-19', 'ru', `ок`, 'none', ['empty_text'], 'none'),
  // Factual report of a Western Union offer with photo and screenshot; the $20 is the seller's offer; no request.
  c(
    'r22n-20',
    'en',
    `Reporting the seller's behaviour. On 14 August I opened a dispute because the blender jug leaks from the seam at the base; I noticed it the first time I used it. The same day the seller messaged me offering to send $20 by Western Union if I cancel the dispute. I did not agree. A photo of the leaking jug and a screenshot of that chat are attached.`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // Spaced mat as an interjection: profanity and emotional.
  c(
    'r22n-21',
    'ru',
    `Третий раз, б л я т ь, пишу одно и то же: трек-номер LP00341278650013 не существует, на сайте Цайняо «no information». Заказ оплачен 3 января, прошло 52 дня. Верните деньги.`,
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // "a pack of clowns" aimed at the seller's people: insult.
  c(
    'r22n-22',
    'en',
    `You lot are a pack of clowns. The bedside lamp arrived on 9 February with the switch broken off inside the base, it rattles when you tilt it, photo attached. Instead of looking into it you message me "10% coupon if close dispute". Refund, please.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Compensation «на ваше усмотрение»: partial refund without a sum; no evidence named.
  c(
    'r22n-23',
    'ru',
    `Кофемолка мелет неравномерно: даже после 30 секунд остаются крупные куски зёрен, заметила на третий день. Продавец предлагает «компенсацию на карту, только закройте спор». Компенсацию согласна принять, сумму — на ваше усмотрение, но только через Алиэкспресс, не переводом.`,
    'none',
    ['partial_without_amount', 'missing_evidence'],
    'partial_refund',
    null,
  ),
  // Says screenshots and photo attached, form has no file: evidence_not_attached only.
  c(
    'r22n-24',
    'en',
    `The seller wrote to me: "If you not cancel, I give you bad feedback as buyer." That's not how this works. The desk organiser arrived on 17 May with two of its three drawers missing their handles; the screw holes are there but no handles in the box. Screenshots of the chat and a photo of the drawers are attached. Please send the two missing handles.`,
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // Sum in words (двести пятьдесят рублей) for keeping a wrong-colour cover: ready partial.
  c(
    'r22n-25',
    'ru',
    `Чехол на диван, заказ 8177340021, цвет «бежевый». Пришёл 4 августа серый — фото чехла рядом с образцом цвета из карточки приложила. Продавец пишет «отмени спор, пришлю подарок». Подарок не нужен. Готова оставить чехол, если вернёте двести пятьдесят рублей через спор.`,
    'photo',
    [],
    'partial_refund',
    250,
  ),
  // Pasted chat: mat in the seller's lines is profanity, nothing else.
  c(
    'r22n-26',
    'ru',
    `Вставляю переписку с продавцом:\nПродавец (12.03): закрой спор и получишь бонус 5$\nЯ (12.03): нет, лампа неисправна\nПродавец (13.03): ну и пошла ты нахуй, поставлю тебе минус\nСама лампа: нижний режим яркости не включается, на втором мерцает, и так с первого дня (получила 10 марта). Видео прикладываю. Верните деньги.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
  // "WTF" as an opening interjection: profanity and emotional.
  c(
    'r22n-27',
    'en',
    `WTF. The tracking number you gave me, YT2304511223344, belongs to a parcel delivered in Texas on 1 April. I live in Leeds, ordered the bathroom scale on 20 March and have received nothing. Refund me.`,
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // «Вы мошенники» accusation; concrete defect and time; no evidence.
  c(
    'r22n-28',
    'ru',
    `Вы мошенники. Электробритва: нож перестал вращаться через неделю после получения, мотор гудит, а головка стоит. Вместо решения вы предлагаете «бонус за закрытие спора». Верните деньги.`,
    'none',
    ['accusation', 'missing_evidence'],
    'full_refund',
  ),
  // «Браво, гении сервиса»: sarcastic praise, insult.
  c(
    'r22n-29',
    'ru',
    `Браво, гении сервиса: вместо того чтобы посмотреть видео, предлагаете покупателю бонус за закрытие спора. Фен с 5 июня на второй скорости пахнет горелым и через минуту выключается. Видео и фото приложены. Верните деньги.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // Concrete leak, no time, no evidence.
  c(
    'r22n-30',
    'en',
    `The seller keeps asking me to close the dispute in exchange for a small gift. I'd rather have it solved properly. The thermos lid leaks as soon as it's tipped sideways, even with the seal pushed in. I'd like a refund.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Visit "with friends" near the warehouse: veiled threat.
  c(
    'r22n-31',
    'ru',
    `Я живу в Иу, в двух кварталах от вашего склада. Могу зайти лично поговорить, с друзьями. Заказ от 1 сентября, трек UB123456785CN не обновляется 30 дней. Верните деньги, и разойдёмся мирно.`,
    'none',
    ['threat'],
    'full_refund',
  ),
  // Scunthorpe, chargeback, support, honest review: all innocent; complete: ready.
  c(
    'r22n-32',
    'en',
    `Ceramic frying pan, order 3018845502. It arrived in Scunthorpe on 6 October, and after the first use on medium heat the non-stick coating bubbled and peeled in a patch about 3 cm wide. Photos attached. The seller's answer was an offer to pay me "outside Ali, faster". I've declined. If this isn't resolved through the dispute I'll file a chargeback with my bank, report the off-platform offer to AliExpress support and leave an honest review. Please refund the full amount.`,
    'photo',
    [],
    'full_refund',
  ),
  // «в бешенстве» and "!!": emotional; quantity named, no time, no evidence.
  c(
    'r22n-33',
    'ru',
    `Я в бешенстве. Продавец угрожает поставить мне плохой рейтинг покупателя, если я не закрою спор!! Заказывала 10 пакетов для вакуумного упаковщика, пришло 4. Пришлите недостающие 6.`,
    'none',
    ['emotional', 'missing_when', 'missing_evidence'],
    'exchange',
  ),
  // Masked mat judging the item, no "!": profanity only.
  c(
    'r22n-34',
    'ru',
    `Этот утюг — х*рня полная: подошва греется только с одного края, второй край холодный, заметил при первой глажке 2 декабря. Фото с термометром прикладываю. Продавец пишет «закрой спор, дам купон». Купон не нужен, верните деньги.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Blanket accusation and "junk": nothing concrete.
  c(
    'r22n-35',
    'en',
    `Everyone knows this store cheats people. The product is junk and the seller's messages are unacceptable. Refund.`,
    'none',
    ['accusation', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // «Олухи царя небесного» at the seller: insult.
  c(
    'r22n-36',
    'ru',
    `Олухи царя небесного, вы отправили мне трек от чужой посылки: LV004512378CN вручён в Минске 2 июля, а я в Самаре и ничего не получала. Заказ на садовый распылитель от 15 июня. Верните деньги.`,
    'none',
    ['insult'],
    'full_refund',
  ),
  // Seller's "you stupid" quoted; buyer offers to send the kettle back: ready return.
  c(
    'r22n-37',
    'en',
    `The electric kettle's water-level window has cracked along its seam and leaks onto the base; I noticed it at the first boil on 22 January. Photo attached. When I wrote to the seller, the reply was "you stupid, item is fine, I give you bad rating". I won't argue in chat. I'm happy to send the kettle back; please arrange the return and refund me once it's received.`,
    'photo',
    [],
    'return',
  ),
  // «Кошмар» and scare-quoted «случайно»: emotional and accusation; the word трек-номер names tracking.
  c(
    'r22n-38',
    'ru',
    `Кошмар. Два месяца жду настольные часы, а продавец, ну конечно, «случайно» прислал трек-номер от другой посылки. Теперь пишет, что «даст бонус, если отменю спор». Верните деньги.`,
    'none',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // "F off with your bonus" sends the seller away: profanity only.
  c(
    'r22n-39',
    'en',
    `F off with your "two-dollar bonus for closing the dispute". I ordered a rain shower head on 2 November; the flow selector snapped off on the third day of use. Photo attached. Refund the order.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Screenshots said attached without a file, and no request.
  c(
    'r22n-40',
    'ru',
    `Робот-пылесос: контейнер для пыли треснул при первой же чистке, 1 марта. Прикладываю скриншоты, где продавец предлагает оплатить мне «компенсацию на карту Тинькофф» вместо спора.`,
    'none',
    ['evidence_not_attached', 'missing_resolution'],
    'none',
  ),
  // Wildberries wording, broken tips found at the post office, photo, exchange: ready.
  c(
    'r22n-41',
    'ru',
    `На Вайлдберриз это называлось бы «брак по приёмке». Набор кухонных ножей, 5 штук: у двух отломан кончик — обнаружила сразу при вскрытии на почте 18 февраля. Фото прикладываю. Продавец написал, что «отправит новые ножи бесплатно, если спор закроете заранее». Спор не закрываю, пока замена не придёт. Прошу заменить два ножа.`,
    'photo',
    [],
    'exchange',
  ),
  // "small words so your team can follow": condescension, insult.
  c(
    'r22n-42',
    'en',
    `Let me use small words so your team can follow: parcel. not. here. Ordered the curtain rail on 4 April, 50 days ago. Tracking LP00098765432100 has said "departed origin" since 10 April. Refund.`,
    'none',
    ['insult'],
    'full_refund',
  ),
  // Publishing the seller's phone and home address: threat.
  c(
    'r22n-43',
    'ru',
    `Если поставите мне плохую оценку покупателя, как пишете, я выложу ваш номер телефона и домашний адрес во все группы покупателей в ВК. Детский самокат пришёл 7 июля с погнутой рулевой стойкой, руль смотрит вбок. Видео распаковки прикладываю. Верните деньги.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // "ridiculous" is affect; otherwise complete.
  c(
    'r22n-44',
    'en',
    `This is ridiculous. The robot mop arrived on 12 September and its left brush motor doesn't spin at all; video attached. The seller keeps asking me to cancel for a $5 coupon. Full refund, please.`,
    'video',
    ['emotional'],
    'full_refund',
  ),
  // Transliterated Russian, "suka" at the seller: profanity and insult.
  c(
    'r22n-45',
    'ru',
    `Prodavec, ty suka, pishesh mne "zakroi spor, dam bonus". Posylka ne prishla: trek LY123456789CN stoit na meste s 3 marta, uzhe 60 dnei. Verni dengi.`,
    'none',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // "half" without a sum; measured on arrival; no evidence named.
  c(
    'r22n-46',
    'en',
    `The seller's chat said: "Close dispute, I pay you half on Payoneer." Fine, half, but through AliExpress and nowhere else. The yoga mat is 4 mm thick instead of the 8 mm in the listing; I measured it with a caliper the day it arrived.`,
    'none',
    ['partial_without_amount', 'missing_evidence'],
    'partial_refund',
    null,
  ),
  // «обидно» is affect; otherwise complete.
  c(
    'r22n-47',
    'ru',
    `Мне очень обидно: брала шарф маме на юбилей. Заявлен кашемир, а на бирке «100% acrylic» — увидела при получении 8 декабря. Фото бирки прикладываю. Продавец пишет «закройте спор, дам бонус 1$». Прошу вернуть деньги полностью.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // "not as described" is vague; a receipt date is given; no evidence.
  c(
    'r22n-48',
    'en',
    `The seller wants me to close the dispute and keeps messaging about a coupon. I received the item on 3 March and it's not as described. Refund.`,
    'none',
    ['missing_what', 'missing_evidence'],
    'full_refund',
  ),
  // Quoted rating threat, chargeback and Rospotrebnadzor as lawful steps: ready.
  c(
    'r22n-49',
    'ru',
    `Электроплитка на одну конфорку, заказ 8233410076. С первого включения 5 ноября конфорка греется только наполовину: внешнее кольцо краснеет, внутреннее остаётся холодным. Видео прикладываю. Продавец ответил: «если не закроешь спор — поставлю тебе 1 звезду как покупателю». Если спор не будет решён, обращусь в банк за чарджбэком и в Роспотребнадзор. Прошу вернуть полную стоимость.`,
    'video',
    [],
    'full_refund',
  ),
  // Capitals and "??" shouting at the reader: emotional, not an insult.
  c(
    'r22n-50',
    'ru',
    `ВЫ ХОТЬ ОДНО МОЁ СООБЩЕНИЕ ПРОЧИТАЛИ?? Трек-номер, который вы дали, — RU552718340CN — принадлежит посылке в Бразилию. Мой заказ (электрогрелка) оплачен 9 мая, прошло 35 дней. Верните деньги.`,
    'none',
    ['emotional'],
    'full_refund',
  ),
  // "People who try to cheat me … regret it" plus knowing the warehouse: threat and accusation.
  c(
    'r22n-51',
    'en',
    `People who try to cheat me with fake tracking numbers always end up regretting it, and I know where your warehouse is. My order of a wall clock was paid 45 days ago, on 1 June, and the tracking number you uploaded has never left "awaiting pickup". Screenshot of the tracking page attached. Refund the order.`,
    'photo',
    ['threat', 'accusation'],
    'full_refund',
  ),
  // Complete except for evidence; QIWI offer reported factually.
  c(
    'r22n-52',
    'ru',
    `Сушилка для обуви: из двух нагревателей греется только левый, правый холодный — обнаружила при первом включении 14 января. Продавец предложил вернуть деньги переводом на QIWI, если я закрою спор. Я отказалась. Прошу полный возврат через Алиэкспресс.`,
    'none',
    ['missing_evidence'],
    'full_refund',
  ),
  // Broken ribs and photo, but no time.
  c(
    'r22n-53',
    'en',
    `The seller asked me to "cancel the case for bonus 3$". No thanks. The folding umbrella has two broken ribs, the fabric sags on that side. Photo attached. I'd like a replacement umbrella sent.`,
    'photo',
    ['missing_when'],
    'exchange',
  ),
  // «идите вы нах» sends the seller away: profanity only.
  c(
    'r22n-54',
    'ru',
    `Да идите вы нах со своим бонусом за отмену спора. Автомобильный держатель для телефона: присоска не держит, отваливается через 5–10 минут, и так с первого дня — получил 2 апреля. Видео прикладываю. Верните деньги.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
  // «в шоке» is affect; the seller's insult is quoted; no evidence, no request.
  c(
    'r22n-55',
    'ru',
    `Я в шоке от того, что мне пишет продавец. Цитирую: «вы нищебродка, покупайте в магазине, раз такая умная». Это он мне, после того как я увидела при распаковке пятна краски по краю скатерти.`,
    'none',
    ['emotional', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // "What great honesty": sarcasm about honesty, accusation.
  c(
    'r22n-56',
    'en',
    `What great honesty: first a tracking number that belongs to somebody else's parcel, then an offer of PayPal money to make me go away. I paid for the desk lamp on 3 May, seven weeks ago, and it has not arrived. Refund in full, please.`,
    'none',
    ['accusation'],
    'full_refund',
  ),
  // Decimal comma (4,80 $) partial refund, measured at receipt, photo: ready.
  c(
    'r22n-57',
    'ru',
    `Комплект постельного белья: наволочки 50×70 вместо заявленных 70×70, измерила рулеткой при получении 19 октября. Фото с рулеткой приложила. Продавец написал: «давай без спора, я тебе на карту кину». Вне площадки ничего не принимаю. Прошу частичный возврат 4,80 $ за наволочки.`,
    'photo',
    [],
    'partial_refund',
    4.8,
  ),
  // A one-word text: nothing concrete, no request.
  c(
    'r22n-58',
    'en',
    `help`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Latin look-alike letter in mat, cried out with "?!": profanity and emotional.
  c(
    'r22n-59',
    'ru',
    `Что за хyйня?! Заказывала гирлянду 3 метра, пришла 1,5 м — распаковала 27 декабря и измерила. Фото прилагаю. Продавец пишет «оставь как есть, дам бонус». Замените на трёхметровую.`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // "Dickies" is a brand; measured waist, photo, return: ready.
  c(
    'r22n-60',
    'en',
    `Dickies-style work trousers, size 34. The listing says 96 cm waist; I measured 86 cm with a tape on arrival, 12 March. Photo of the measurement attached. The seller offered an "extra gift if you cancel dispute" and I declined. I'd like to return them for a refund.`,
    'photo',
    [],
    'return',
  ),
  // Knowing the seller's son's school: threat.
  c(
    'r22n-61',
    'ru',
    `Кресло-мешок: на следующий день после получения шов разошёлся на 10 см, наполнитель сыплется. Фото прикладываю. Вы пишете, что поставите мне плохую оценку. Подумайте ещё раз: я знаю, в какую школу ходит ваш сын, вы сами выкладывали фото с линейки. Верните деньги.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Capitals, "!!" and "scammers": emotional and accusation.
  c(
    'r22n-62',
    'en',
    `This is a FAKE TRACKING NUMBER and you are scammers!! The pillow set never arrived. I ordered it on 2 January, 58 days ago. Refund.`,
    'none',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // «вернуть разницу» without a sum.
  c(
    'r22n-63',
    'ru',
    `Набор отвёрток: заявлено 42 предмета, пришло 32 — пересчитал при получении 3 мая, фото раскладки прикладываю. Продавец в переписке предлагал «вернуть разницу на Киви». Прошу вернуть разницу, но через Алиэкспресс.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «Хлебница», «корабля» contain rude-looking pieces; complete: ready.
  c(
    'r22n-64',
    'ru',
    `Хлебница из бамбука, заказ 8201553908. Пришла 16 января, и в первый же день крышка-ролл начала заедать на середине и соскакивать с направляющей — фото прикладываю. Продавец ответил, что «новые придут с корабля через месяц, закройте пока спор». Ждать месяц без гарантий я не готова. Прошу вернуть полную стоимость.`,
    'photo',
    [],
    'full_refund',
  ),
  // Non-receipt with tracking number and dates, honest review and chargeback as lawful steps: ready.
  c(
    'r22n-65',
    'en',
    `Order 3120074468, a stainless lunch box. Paid on 20 February; today is 5 April and tracking number AE039918271CN has shown "in transit" with no scans since 26 February. The seller suggested I cancel and reorder "with bonus". I'd rather not. Please refund me in full. If that doesn't happen I'll leave an honest review and ask my bank about a chargeback.`,
    'none',
    [],
    'full_refund',
  ),
  // «ужас» is affect; no time given.
  c(
    'r22n-66',
    'ru',
    `Это ужас какой-то. Ручка у сковороды шатается и прокручивается вокруг заклёпки, жарить опасно. Фото прикладываю. Продавец предложил два доллара «за хороший отзыв и закрытие спора». Верните деньги.`,
    'photo',
    ['emotional', 'missing_when'],
    'full_refund',
  ),
  // Buyer calls themself an idiot: no insult; complete: ready.
  c(
    'r22n-67',
    'en',
    `I'm such an idiot for almost believing the seller. They wrote: "close dispute now, I send new one free, no need to wait". I closed nothing, luckily. The hair clipper arrived on 8 March and the blade doesn't move when switched on, the motor just hums. Video attached. Please refund the order.`,
    'video',
    [],
    'full_refund',
  ),
  // «Кидалово» accusation; compensation without a sum; post-office act is evidence.
  c(
    'r22n-68',
    'ru',
    `Из 12 бокалов два пришли разбитыми — обнаружили при вскрытии посылки на почте 6 марта, сотрудник составил акт. Продавец пишет, что «вернёт деньги за бокалы, если исправлю отзыв на 5 звёзд». Кидалово чистой воды. Прошу компенсацию за два разбитых бокала.`,
    'none',
    ['accusation', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Long factual timeline of a fake tracking number and the seller's tactics, Ozon/Wildberries wording: ready.
  c(
    'r22n-69',
    'ru',
    `Заказ 8155702934 — увлажнитель воздуха на 4 л, оплачен 11 января. Излагаю по порядку, что происходило.\n1) 13 января продавец добавил трек-номер LP00678123954021. Уже 14 января на сайте Цайняо по нему значилось «вручено», город Екатеринбург. Я живу в Калининграде, посылку не получала, в отделении подтвердили, что отправления на моё имя не было.\n2) 20 января я написала продавцу. Ответ: «трек правильный, посылка у вас, закройте спор и получите бонус 3 доллара».\n3) 25 января, после открытия спора, продавец предложил «вернуть деньги на карту, только отмените спор на Али». Я отказалась: на Wildberries и Ozon я привыкла, что все возвраты идут через площадку, здесь так же.\n4) 28 января пришло сообщение: «если не отмените, поставим вам плохую оценку покупателя».\nСо дня оплаты прошло больше месяца, товара у меня нет. Скриншоты переписки и страницы отслеживания прикладываю. Прошу вернуть полную стоимость заказа через Алиэкспресс.`,
    'photo',
    [],
    'full_refund',
  ),
  // Masked "a$$holes" at the seller: profanity and insult.
  c(
    'r22n-70',
    'en',
    `You a$$holes sent me a tracking number that was delivered in Lyon on 15 May, and I'm in Melbourne. I ordered the bike pump on 28 April and have nothing. Tracking: UA771204593CN. Refund.`,
    'none',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // Accusation taken back («не хочу никого обвинять»); wrong colour, no time, no evidence.
  c(
    'r22n-71',
    'ru',
    `Не хочу никого обвинять, возможно, это ошибка склада. Заказывала чайник графитового цвета, пришёл белый. Продавец предлагает оставить белый «с бонусом на следующий заказ», но мне нужен графитовый под кухню. Прошу обменять на графитовый.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'exchange',
  ),
  // "gutted" is affect; otherwise complete with a tracking number.
  c(
    'r22n-72',
    'en',
    `I'm gutted. The birthday present for my son, a remote-control car, was ordered on 10 May and is still not here after 40 days. Tracking number LP00444120987612 hasn't moved since 14 May. The seller's only answer is "wait more, or cancel for a coupon". Please refund me.`,
    'none',
    ['emotional'],
    'full_refund',
  ),
  // Vowel-dropped mat judging the item: profanity only; «заберёте сами» is a return.
  c(
    'r22n-73',
    'ru',
    `Кронштейн для телевизора — пздц, а не кронштейн: через два дня после монтажа, 11 марта, телевизор провис на 3 см, один болт погнулся. Видео прикладываю. Продавец предлагает «компенсацию на карту за отмену спора» — нет. Верните деньги, кронштейн заберёте сами.`,
    'video',
    ['profanity'],
    'return',
  ),
  // «Терпение на исходе» is emotional; no evidence named.
  c(
    'r22n-74',
    'ru',
    `Терпение на исходе. Продавец на мои сообщения отвечает «ты никто, спор всё равно проиграешь». Ночник-проектор не заряжается от кабеля из комплекта, с первого дня, получила его 2 февраля. Пришлите, пожалуйста, рабочий ночник.`,
    'none',
    ['emotional', 'missing_evidence'],
    'exchange',
  ),
  // "disgusting" is affect; screenshots and photos said attached, no file.
  c(
    'r22n-75',
    'en',
    `This is absolutely disgusting. The seller told me to "go cry to support" after I reported that the ice cube trays I got on 21 July are cracked along the bottom and leak. I'm attaching the screenshots and photos. Refund.`,
    'none',
    ['emotional', 'evidence_not_attached'],
    'full_refund',
  ),
  // «для тех, кто в танке»: condescension, insult.
  c(
    'r22n-76',
    'ru',
    `Повторяю медленно, для тех, кто в танке: по треку YT2265041178990 посылка вручена в Новосибирске 19 июня. Я в Твери. Заказ на коврик для ванной оплачен 30 мая, прошло больше месяца. Бонус за закрытие спора мне не нужен. Верните деньги.`,
    'none',
    ['insult'],
    'full_refund',
  ),
  // «застрахуйте» contains a rude-looking piece; the seller's 150 roubles declined; exchange: ready.
  c(
    'r22n-77',
    'ru',
    `Подставка под ноутбук, заказ 8199044213. Пришла 25 апреля, одна из ножек короче остальных примерно на 1 см — ноутбук качается, проверила строительным уровнем. Фото с уровнем прикладываю. Продавец предложил вернуть сто пятьдесят рублей, «если поменяете отзыв». Отзыв останется честным. Прошу прислать новую подставку и, пожалуйста, застрахуйте отправление.`,
    'photo',
    [],
    'exchange',
  ),
  // A factual report of three tactics to support with files, but no remedy asked.
  c(
    'r22n-78',
    'en',
    `For AliExpress support: I want to report this seller's tactics. 1) On 2 June the seller asked me to cancel my dispute "for bonus". 2) On 4 June they offered to pay me through Wise instead of the platform. 3) On 6 June they wrote they would "give bad rating to you as buyer". The dispute itself is about a bathroom mirror that arrived on 30 May cracked across the lower left corner. Photos of the mirror and screenshots of all three messages are attached.`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // Masked mat, «кидала», «я тебя найду», "!!!": profanity, threat, accusation, emotional.
  c(
    'r22n-79',
    'ru',
    `Ё*аный кидала, я тебя найду!!! Трек UB998812345CN «доставлен» в другой город, заказ от 3 октября, прошло 40 дней. Верни деньги.`,
    'none',
    ['profanity', 'threat', 'accusation', 'emotional'],
    'full_refund',
  ),
  // "Cocktail" is ordinary; the seller's "you are liar" quoted; replacement lid asked: ready.
  c(
    'r22n-80',
    'en',
    `Cocktail shaker set, order 3155209871. On first use on 30 May the strainer lid wouldn't lock and the shaker leaked all over the counter; video attached. The seller replied: "you are liar, I report you to Ali". I haven't done anything but describe the problem. Please send a replacement lid that locks.`,
    'video',
    [],
    'exchange',
  ),
];
