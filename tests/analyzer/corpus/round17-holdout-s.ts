import { labelled as c, type CorpusCase } from './types';

/**
 * Round seventeen, hold-out set S: buyers typing on their phones late at night after a long wait (voice dictation
 * without punctuation, autocorrect slips, caps, sarcasm, passive aggression, and some accountant-calm ones), Russian
 * writers from Russia, Ukraine, Kazakhstan and Moldova, English writers from India, the Philippines, Ireland and the US
 * South. Written by a hand that has not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md
 * and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Tagalog «putangina» as an interjection is profanity (an obscene word "and similar") and emotional.
 * - Regional name-calling at staff ("bobo", "ullu", "eejits", «дятлы», «бараны») is an insult.
 * - Southern folk condescension ("couldn't pour water out of a boot…") is an insult about the reader's intelligence.
 * - "Bless your heart" on its own is passive aggression, not an insult; r17s-53 is labelled only for its threat.
 * - Irish "raging" and Tagalog «nakakaiyak» (it makes me cry) are affect words; 😭 is an emotive emoji.
 * - "This is bullsh!t." as a sentence of its own is profanity and emotional; «пздц а не утюг.» (a predicate about
 *   the item, no "!") is profanity only.
 * - The word «трек» / "trek" / "tracking" without a number counts as naming evidence.
 * - "НЕ ПОЛУЧАЛА" (two capitalised words) counts as shouting.
 * - A full refund asked together with a side cost named in passing («испортила муку на 300 рублей») stays full_refund.
 * - Place and ordinary words with rude-looking pieces (Muff in Co. Donegal, Dickson TN, cocktail, shiitake,
 *   «скипидар», «употреблялся», «хлебопечка») are innocent.
 * - Every text sent with a file names it («фото приложено», "video attached"); texts with no file and no named
 *   evidence get missing_evidence.
 */
export const ROUND17_HOLDOUT_S: CorpusCase[] = [
  // dictation, concrete leak, date, video, refund: ready
  c(
    'r17s-01',
    'ru',
    'здравствуйте заказывала увлажнитель воздуха пришёл 3 ноября при первом включении из-под крышки течёт вода на стол за ночь целая лужа прикладываю фото и видео прошу вернуть деньги полностью',
    'video',
    [],
    'full_refund',
  ),
  // Latin z inside mat about the item, predicate without "!": profanity only
  c(
    'r17s-02',
    'ru',
    'Третий раз пишу. Чайник пришёл 12 октября, на второй день отвалилась ручка прямо с кипятком. Это не чайник а пиzдец какой-то. Фото приложила. Верните деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Kazakh buyer: a relative who found the warehouse and might "drop in" is a veiled threat
  c(
    'r17s-03',
    'ru',
    'Продавец, я из Алматы, у меня брат в Шэньчжэне работает, адрес вашего склада в Баоане он уже нашёл. Может ему заглянуть к вам поговорить лично? Обогреватель пришёл 2 декабря, через день оплавился шнур у вилки, видео прикрепил. Верните деньги.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // caps and ??? plus "классический развод": emotional + accusation, facts otherwise complete
  c(
    'r17s-04',
    'ru',
    'ВЫ ИЗДЕВАЕТЕСЬ??? 45 дней жду посылку, трек LP00512345678CN стоит на месте с 3 сентября. Всё понятно, классический развод. Верните деньги.',
    'none',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // two-letter word only
  c('r17s-05', 'ru', 'ок', 'none', ['empty_text'], 'none'),
  // condescension about the support team's understanding: insult
  c(
    'r17s-06',
    'ru',
    'Объясняю медленно, специально для вашего отдела поддержки, раз с первого раза не доходит: заказан плед 150 на 200, пришёл 100 на 140. Мерила рулеткой при распаковке 8 ноября, фото с рулеткой приложено. Нужен обмен на правильный размер.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // «хлебопечка», «скипидаром» are ordinary words: innocent and complete
  c(
    'r17s-07',
    'ru',
    'Хлебопечка пришла 20 октября. При первом же замесе лопатка прокручивается на оси, тесто не вымешивается, из корпуса пахнет чем-то вроде скипидара. Стоила 6 490 рублей, ещё и муку на 300 рублей испортила. Видео замеса приложила. Прошу вернуть полную стоимость.',
    'video',
    [],
    'full_refund',
  ),
  // Moldova, missing lid, compensation without a sum
  c(
    'r17s-08',
    'ru',
    'Добрый вечер. Заказ пришёл в Кишинёв 5 ноября, в наборе кастрюль не хватает одной крышки (должно быть 3, пришло 2). Фото коробки и комплектации прилагаю. Прошу частичную компенсацию.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // masked mat as interjection plus "!!": profanity + emotional
  c(
    'r17s-09',
    'ru',
    'бл*ть ну сколько можно!! месяц жду этот фен, трек пишет вручено, а мне ничего не вручали. Верните деньги',
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Kharkiv mother, «сын в слёзы» is affect; Ukrainian «будь ласка» in a Russian text
  c(
    'r17s-10',
    'ru',
    'Добрый вечер, пишу с Харькова. Заказывала школьный рюкзак синий, пришёл розовый, заметили при распаковке 7 ноября. Сын в слёзы, в школу с ним не пойдёт. Фото с этикеткой прикрепила. Будь ласка, замените на синий.',
    'photo',
    ['emotional'],
    'exchange',
  ),
  // «бараны криворукие» aimed at packers: insult
  c(
    'r17s-11',
    'ru',
    'Кто у вас упаковывает, бараны криворукие? Зеркало для ванной пришло 14 ноября разбитым на три куска, в коробке ни слоя плёнки. Фото осколков приложил. Деньги верните.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // accountant style, partial with decimal sum: ready
  c(
    'r17s-12',
    'ru',
    'Заказ 8131 0045 2277. Товар: термокружка 450 мл, 2 шт. Получено 03.11. Обнаружено 05.11: одна кружка не держит температуру, кофе остывает за 40 минут (заявлено 6 часов). Замер термометром, фото и видео приложены. Прошу частичный возврат за одну кружку: 11,40 USD.',
    'video',
    [],
    'partial_refund',
    11.4,
  ),
  // knowing the seller's daughter's school: threat
  c(
    'r17s-13',
    'ru',
    'Я знаю, что магазин оформлен на ваше имя, и знаю, в какую школу ходит ваша дочь, в интернете всё есть. Подумайте хорошо. Пылесос не всасывает с первого дня, щётка не крутится, видео есть. Верните деньги.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // sarcasm with scare quotes about a "mistake": accusation; partial with sum
  c(
    'r17s-14',
    'ru',
    'Ну конечно, «случайно» вместо 10 лампочек положили 6. Уже третий заказ подряд «случайно». Пришло 11 ноября, фото приложила. Верните 480 рублей за 4 недостающие.',
    'photo',
    ['accusation'],
    'partial_refund',
    480,
  ),
  // seller's mat quoted as evidence: still profanity
  c(
    'r17s-15',
    'ru',
    'Продавец в чате на мой вопрос про молнию ответил «иди на х*й, сама сломала». Скриншот переписки приложила. Сумка пришла 9 ноября, молния разошлась при первом же открытии. Прошу вернуть деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // seller's insult quoted as evidence: innocent
  c(
    'r17s-16',
    'ru',
    'Продавец написал мне: «вы тупая, читайте описание». Скриншот приложила. В описании написано 100% хлопок, на бирке полиэстер 65%. Футболки получила 2 ноября. Прошу возврат полной стоимости.',
    'photo',
    [],
    'full_refund',
  ),
  // chargeback and Rospotrebnadzor are lawful steps: innocent, long dictation
  c(
    'r17s-17',
    'ru',
    'Добрый вечер пишу уже в третий раз и до сих пор без ответа. Кофемолка пришла 28 октября, пользовалась как положено, на третий день перестали вращаться ножи, мотор гудит, а ножи стоят, пробовала с зернами и без, результат тот же. Видео приложено, там слышно как гудит и видно что ножи не двигаются. Если до пятницы вопрос не решится, я обращусь в банк за чарджбэком и напишу жалобу в Роспотребнадзор. Это не угроза, это мои законные права как покупателя. Прошу вернуть деньги.',
    'video',
    [],
    'full_refund',
  ),
  // generic "не соответствует описанию", no date, no evidence, «разберитесь»
  c(
    'r17s-18',
    'ru',
    'товар так себе не соответствует описанию короче разберитесь',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // dropped-vowel mat as a predicate about the item: profanity only
  c(
    'r17s-19',
    'ru',
    'пздц а не утюг. подошва прилипает к ткани с первого дня, прожёг рубашку. фото прилагаю. деньги верните',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // digits for a syllable plus "!!!": profanity + emotional
  c(
    'r17s-20',
    'ru',
    'Гирлянда пришла 1 декабря, половина лампочек не горит, остальные мигают как попало. 3,14здец подарочек к Новому году!!! Видео приложено. Возврат денег.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // spaced mat aimed at the seller: profanity + insult
  c(
    'r17s-21',
    'ru',
    'Продавец, вы х у й л о, а не продавец. Шторы пришли на 40 см короче, чем в заказе, мерила 16 ноября. Фото есть. Верните деньги.',
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // sum in words for a missing attachment
  c(
    'r17s-22',
    'ru',
    'Плойка пришла 10 ноября без насадки-гофре, которая указана в комплекте. Фото содержимого коробки приложила. Плойку оставлю, прошу вернуть двести пятьдесят рублей за отсутствующую насадку.',
    'photo',
    [],
    'partial_refund',
    250,
  ),
  // declined exchange, then refund
  c(
    'r17s-23',
    'ru',
    'Обмен не нужен, второй раз ждать два месяца я не буду. Часы пришли 6 ноября, на стекле царапина через весь циферблат, видно сразу при распаковке, видео распаковки приложил. Верните деньги.',
    'video',
    [],
    'full_refund',
  ),
  // «на ваше усмотрение»: partial without a sum
  c(
    'r17s-24',
    'ru',
    'Добрый день. Пальто пришло 12 ноября, одна пуговица оторвана и отсутствует, запасной в комплекте нет. Фото приложила. Пальто оставлю, компенсацию прошу на ваше усмотрение.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // decimal comma in dollars
  c(
    'r17s-25',
    'ru',
    'Получила 15.11 набор кистей для макияжа, 12 штук вместо 15. Пересчитала при распаковке, фото разложенных кистей прилагаю. Прошу вернуть 2,70 $ за три недостающие.',
    'photo',
    [],
    'partial_refund',
    2.7,
  ),
  // says a video is attached, form has no file
  c(
    'r17s-26',
    'ru',
    'Сушилка для обуви пришла 4 ноября, правый вкладыш не греется совсем, левый греется нормально. Прикладываю видео, где видно что правый холодный. Прошу замену.',
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // «я в шоке» over a missed wedding; tracking number given
  c(
    'r17s-27',
    'ru',
    'я в шоке просто... три месяца ждала это платье на свадьбу сестры, свадьба прошла, а платья нет. Трек RB123456789SG, последнее движение 10 августа. Верните деньги пожалуйста',
    'none',
    ['emotional'],
    'full_refund',
  ),
  // sarcastic praise of the logistics staff: insult; partial with sum
  c(
    'r17s-28',
    'ru',
    'Браво, гении логистики. Коробку с сервизом, видимо, пинали всю дорогу. Из шести чашек целы две, получено 17 ноября. Фото приложено. Прошу вернуть 1 200 рублей за четыре разбитые.',
    'photo',
    ['insult'],
    'partial_refund',
    1200,
  ),
  // «не доводите до греха»: veiled threat
  c(
    'r17s-29',
    'ru',
    'Я человек спокойный, но не доводите до греха. Газовая горелка пришла 8 ноября без редуктора, газ идёт мимо, фото приложил. Верните деньги.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // transliterated Russian, calm and complete
  c(
    'r17s-30',
    'ru',
    'Zdravstvuyte. Zakazal kovrik v bagazhnik, prishel 19 noyabrya, razmer 40x60 vmesto 50x70, izmeril ruletkoy pri raspakovke. Foto prilozheno. Proshu obmen na pravilnyi razmer.',
    'photo',
    [],
    'exchange',
  ),
  // transliterated «suka» as an interjection: profanity + emotional
  c(
    'r17s-31',
    'ru',
    'suka nu skolko mozhno zhdat, 50 dney uzhe posylki net, trek ne obnovlyaetsya s 1 oktyabrya. vernite dengi',
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // staff compared to woodpeckers: insult
  c(
    'r17s-32',
    'ru',
    'У вас там заказы дятлы собирают? Заказывала зимние ботинки 38 размера, пришли 42, получила вчера на почте. Фото бирки приложила. Прошу обмен на 38.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // «все вы тут одинаковые, лишь бы впарить»: blanket accusation; no date, no evidence
  c(
    'r17s-33',
    'ru',
    'Все вы тут одинаковые, лишь бы впарить. Электрическая зубная щётка не держит заряд, хватает на одну чистку. Верните деньги.',
    'none',
    ['accusation', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Moldova, «употреблялся» contains a rude-looking piece: innocent
  c(
    'r17s-34',
    'ru',
    'Покупала для дачи в Яловенах садовый шланг 25 м. Пришёл 11 ноября, при первом поливе лопнул у соединителя, вода хлещет во все стороны. Шланг употреблялся один раз. Видео приложено. Прошу замену шланга.',
    'video',
    [],
    'exchange',
  ),
  // caps + «до слёз»; missing part named; no evidence
  c(
    'r17s-35',
    'ru',
    'ОБИДНО ДО СЛЁЗ. Ждала эту куклу дочке на день рождения, пришла 2 ноября без руки, руку просто не положили в коробку. Верните деньги',
    'none',
    ['emotional', 'missing_evidence'],
    'full_refund',
  ),
  // publishing the seller's address and phone: threat
  c(
    'r17s-36',
    'ru',
    'У меня есть ваш номер телефона и адрес из накладной. Если не вернёте деньги, выложу их во все группы с отзывами, пусть люди знают, где вы живёте. Шуруповёрт пришёл 5 ноября, аккумулятор не заряжается с первого дня, видео приложил.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // voice dictation, no punctuation, complete
  c(
    'r17s-37',
    'ru',
    'добрый вечер пишу голосом извините за ошибки заказ пришел 9 ноября это электрогрелка у нее шнур плавится у основания на третий раз запахло горелым видео прикрепил прошу вернуть деньги полностью',
    'video',
    [],
    'full_refund',
  ),
  // "the difference" with no sum, accountant style
  c(
    'r17s-38',
    'ru',
    'Заказ от 01.10. Оплачено 2 шт. x 890 ₽ = 1 780 ₽, комплект постельного белья «евро». Получено 24.10: оба комплекта 1,5-спальные (простыня 150x210 вместо 220x240). Фото бирок приложено. Прошу вернуть разницу в цене между евро и 1,5-спальным.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «для особо одарённых» condescension + two caps words
  c(
    'r17s-39',
    'ru',
    'Повторяю в пятый раз для особо одарённых: посылку я НЕ ПОЛУЧАЛА. Трек CN204518873RU, в отделении Новой Почты её нет, прошло 60 дней. Верните деньги.',
    'none',
    ['insult', 'emotional'],
    'full_refund',
  ),
  // negated "on purpose": no accusation; send missing bits = exchange
  c(
    'r17s-40',
    'ru',
    'Я не говорю, что вы это специально, но в наборе отвёрток (24 предмета) оказалось 18. Пересчитала при получении 13 ноября, фото приложено. Пришлите, пожалуйста, недостающие 6 бит.',
    'photo',
    [],
    'exchange',
  ),
  // «кидалово» + "!!!"
  c(
    'r17s-41',
    'ru',
    'Кидалово чистой воды!!! Автомобильный компрессор пришёл 10 ноября, качает до 1 атмосферы и встаёт, заявлено 10. Видео с манометром приложил. Верните деньги.',
    'video',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // Greek epsilon in mat adjective before the item: profanity + emotional
  c(
    'r17s-42',
    'ru',
    'Эти εбанные носки полиняли после первой стирки, вся машинка внутри синяя. Фото приложила. Верните деньги.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // «блин», «хреновая» are neither rude nor emotional
  c(
    'r17s-43',
    'ru',
    'Блин, ну что за хреновая сборка. Подставка для ноутбука пришла 16 ноября, одна ножка короче другой на 1 см, подставка качается. Фото приложил. Прошу замену.',
    'photo',
    [],
    'exchange',
  ),
  // Kazakh buyer, «мир тесен… найдут»: threat
  c(
    'r17s-44',
    'ru',
    'Мир тесен, у меня в Урумчи знакомые, найдут если надо. Ковёр пришёл 3 ноября, размер 1,5х2 вместо 2х3 и пахнет химией так, что голова болит. Фото с рулеткой приложено. Верните деньги.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // honest review and AliExpress support are lawful: innocent
  c(
    'r17s-45',
    'ru',
    'Если продавец не ответит, напишу честный отзыв с фотографиями и обращусь в поддержку AliExpress. Робот-мойщик окон пришёл 1 ноября, при первом запуске упал со стекла: не держит вакуум, присоска шипит. Видео приложено. Прошу полный возврат.',
    'video',
    [],
    'full_refund',
  ),
  // "???" with nothing else
  c(
    'r17s-46',
    'ru',
    'ну и что мне теперь делать???',
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Indian, polite, partial in rupees
  c(
    'r17s-47',
    'en',
    'Respected sir/madam, I ordered one pressure cooker gasket set (3 pcs) and received on 4 November only 2 pcs inside the packet. Kindly do the needful and refund Rs 210 for the missing piece. Photo of the packet is attached for your reference.',
    'photo',
    [],
    'partial_refund',
    210,
  ),
  // questioning the reader's brains: insult
  c(
    'r17s-48',
    'en',
    'Are you people even having brains or what? I ordered saree fall in maroon, you sent bright green. Received on 10th Nov. Photo attached. Send the correct colour.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Tagalog obscenity as interjection
  c(
    'r17s-49',
    'en',
    'Putangina, 2 months waiting for my rice cooker, tracking says delivered Sept 30 but nothing came to our house. Refund me.',
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Filipino "bobo" at the packer: insult
  c(
    'r17s-50',
    'en',
    'Hello po. Sorry but your packer is so bobo, the electric fan base was put in the box with no bubble wrap and it arrived cracked on Nov 12. Photo attached po. I want replacement.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Irish "shower of eejits": insult
  c(
    'r17s-51',
    'en',
    'Right so, ye shower of eejits sent me the US plug hair straightener when I picked the UK plug. Arrived 7 Nov, photo of the plug attached. Send the right one.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Muff, Co. Donegal is a real place: innocent
  c(
    'r17s-52',
    'en',
    'Parcel for Muff, Co. Donegal: the set of 4 bar stools arrived 14 November, one stool has a bent leg and wobbles. Photos attached. Please send a replacement stool.',
    'photo',
    [],
    'exchange',
  ),
  // cousin "stopping by" the warehouse: veiled threat
  c(
    'r17s-53',
    'en',
    "Well bless your heart, y'all sure do like testing folks. I know where y'all's warehouse is in Ontario, California, my cousin drives a truck out there every week. Be a shame if he stopped by. Pressure washer leaks at the hose fitting since day one, video attached. Refund me.",
    'video',
    ['threat'],
    'full_refund',
  ),
  // chargeback is lawful: innocent
  c(
    'r17s-54',
    'en',
    "Y'all, I'm fixin' to file a chargeback with my bank if I don't hear back by Friday. Not a threat, just letting you know. The cast iron skillet came Nov 2 with a crack clean through the bottom, found it when I unwrapped it. Photo attached. Please refund my money.",
    'photo',
    [],
    'full_refund',
  ),
  // masked "bullsh!t" as its own sentence
  c(
    'r17s-55',
    'en',
    "This is bullsh!t. Ordered a camo hunting jacket size XL, got a kids' M, arrived Nov 9. Photo attached. Refund.",
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // accountant, complete
  c(
    'r17s-56',
    'en',
    'Order placed 02 Oct. Item: digital kitchen scale, 5 kg capacity. Received 21 Oct. On 22 Oct I tested it with a 1 kg calibration weight; the display reads 870 g, consistently across 10 readings. Video of the test attached. Requesting a full refund.',
    'video',
    [],
    'full_refund',
  ),
  // two letters only
  c('r17s-57', 'en', 'hi', 'none', ['empty_text'], 'none'),
  // "cheating business", "thieves": accusation
  c(
    'r17s-58',
    'en',
    'This is fully cheating business. You are thieves only. Ordered 2 kg whey protein, the jar is half empty, weighed it on 8 Nov at 1.1 kg. Photo of the scale reading attached. Refund full amount.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // "half amount": partial without a sum
  c(
    'r17s-59',
    'en',
    'Sir, the bedsheet colour is fading after the first wash on 5 November, the water became purple. Photo attached. I will keep it but please refund half amount.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // crying emoji, Tagalog affect word; tracking
  c(
    'r17s-60',
    'en',
    'Nakakaiyak talaga 😭😭 I waited 3 months for the baby stroller, tracking stuck since July 28 at the Manila sorting center. Please refund po.',
    'none',
    ['emotional'],
    'full_refund',
  ),
  // "F off": profanity only
  c(
    'r17s-61',
    'en',
    'Your agent told me to wait another 15 days. No. F off with your 15 days. Parcel YT2409281122334 has not moved since Sept 20, that is 58 days now. Refund me.',
    'none',
    ['profanity'],
    'full_refund',
  ),
  // spaced profanity as intensifier
  c(
    'r17s-62',
    'en',
    'F U C K I N G joke. The garden hose reel cracked the first time I wound it, Nov 3. Video attached. Refund.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Southern folk condescension: insult
  c(
    'r17s-63',
    'en',
    "Y'all couldn't pour water out of a boot if the instructions were on the heel. Ordered a queen fitted sheet, got a twin, opened it Nov 15. Photo of the label attached. Send me the queen.",
    'photo',
    ['insult'],
    'exchange',
  ),
  // Irish "raging": affect word
  c(
    'r17s-64',
    'en',
    "I'm absolutely raging. Ordered a Christmas jumper for the young lad, it arrived 20 Nov with a hole in the sleeve along the seam. Photo attached. Full refund please.",
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // "robbing people blind and you know it": accusation; no evidence
  c(
    'r17s-65',
    'en',
    "You're robbing people blind and you know it. Gazebo poles: 4 in the box, listing says 6. Counted them on unboxing. Send the 2 missing poles.",
    'none',
    ['accusation', 'missing_evidence'],
    'exchange',
  ),
  // "see attached video" with no file
  c(
    'r17s-66',
    'en',
    "Please see attached video, the robot vacuum spins in circles and won't go straight since the 2nd day. Refund please.",
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // uncle "meeting you personally": veiled threat
  c(
    'r17s-67',
    'en',
    'My uncle is in Yiwu and he knows your shop address. He will come and meet you personally if refund is not done. Mixer grinder jar is leaking from the bottom since first use on 2 Nov, video attached. Please refund.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // seller's insult quoted as evidence: innocent
  c(
    'r17s-68',
    'en',
    "Seller replied 'you are stupid customer, read the description' (screenshot attached). The description says 20000 mAh but the power bank charged my phone only 40% once in my test on Nov 6. Refund please.",
    'photo',
    [],
    'full_refund',
  ),
  // Dickson TN, cocktail, shiitake: innocent
  c(
    'r17s-69',
    'en',
    "Shipping address is Dickson, TN. The cocktail shaker set arrived Nov 8, the strainer cap doesn't seal and leaks every time I shake. The shiitake grow kit from the same order is fine, just the shaker. Video attached. Send a replacement cap please.",
    'video',
    [],
    'exchange',
  ),
  // "what great honesty": sarcasm about honesty
  c(
    'r17s-70',
    'en',
    "Wow, what great honesty. 'Genuine leather' wallet that peels like a sunburn after a week. Photos attached. Refund.",
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // vague, no request
  c(
    'r17s-71',
    'en',
    'Not happy with the item at all, not as described. Please do something.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // passive aggression without insult; offers to send back
  c(
    'r17s-72',
    'en',
    "Per my last three messages, which I assume were read: the curtain rod arrived on 30 October 20 cm shorter than listed (160 vs 180 cm). Photo with tape measure attached. I'll send it back for a refund.",
    'photo',
    [],
    'return',
  ),
  // Hindi "ullu" at the packer: insult
  c(
    'r17s-73',
    'en',
    'Only an ullu would pack glass like this. Ordered glass water bottles set of 6, 3 came broken on delivery 12 Nov. Photos attached. Refund Rs 450 for the three.',
    'photo',
    ['insult'],
    'partial_refund',
    450,
  ),
  // caps, no request
  c(
    'r17s-74',
    'en',
    'I AM SO DONE WITH THIS. The space heater trips my breaker every single time since Nov 1. Photo of the breaker panel attached.',
    'photo',
    ['emotional', 'missing_resolution'],
    'none',
  ),
  // "arrived with a dent": no time
  c(
    'r17s-75',
    'en',
    'Lampshade arrived with a dent the size of my fist in it. Photo attached. Replacement please.',
    'photo',
    ['missing_when'],
    'exchange',
  ),
  // Filipino polite, decimal sum
  c(
    'r17s-76',
    'en',
    'Hi po, ordered 10 pcs hair clips, received only 7 last Nov 18. Photo attached po. Kindly refund PHP 45.50 for the 3 missing. Salamat.',
    'photo',
    [],
    'partial_refund',
    45.5,
  ),
  // "dumbass" at the packer: profanity + insult
  c(
    'r17s-77',
    'en',
    'Whichever dumbass packed my fishing rod bent it in half to fit the box. Arrived Nov 4, photo attached. Refund.',
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // wife's name and "Facebook is a small world": threat despite disclaimer
  c(
    'r17s-78',
    'en',
    "I'm not threatening anybody, but I've got your wife's name off your store registration and Facebook is a small world. Air fryer basket coating is peeling after 2 weeks, photos attached. Refund.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // long Indian accountant-style text, consumer forum is lawful: ready
  c(
    'r17s-79',
    'en',
    'Dear Seller, I am writing regarding order no. 3012 7788 4410 for one wet grinder (2 litre, 230 V, 150 W) which I received on 28 October at Coimbatore. On first use on 29 October for idli batter, the drum stopped rotating after about four minutes and the motor started giving a burning smell, although the load was well within the stated capacity (I used 1.5 litre as per the manual). I tried again on 30 October with a smaller quantity of 1 litre and the same thing happened after two minutes. I have checked that the voltage at my house is normal by running other appliances on the same socket. I have recorded a video showing the drum stopping and the smell coming from the motor vent, and also a photo of the rating plate which says 150 W whereas the listing says 200 W. The video is attached here. I have already contacted your store chat on 31 October and received no reply till date. I request you to kindly process a full refund. If this is not resolved, I will be constrained to approach the consumer forum and my bank, which I hope will not be needed. Thanking you.',
    'video',
    [],
    'full_refund',
  ),
  // sum in words, US South
  c(
    'r17s-80',
    'en',
    "The rocking chair came Nov 10 with one armrest scratched deep, down to the bare wood. Photo attached. I'll keep it if y'all refund me twenty dollars.",
    'photo',
    [],
    'partial_refund',
    20,
  ),
];
