import { labelled as c, type CorpusCase } from './types';

/**
 * Round nineteen, hold-out set c: English-speaking buyers from Australia, South Africa, Nigeria, Scotland, Jamaica,
 * Singapore and Canada in their own slang, and Russian-speaking buyers abroad who mix Russian and English. Written by a
 * hand that has not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Jamaican "bumbaclaat" is a curse word (profanity; as an interjection also emotional); "blouse and skirt" is a
 *   minced exclamation like «блин»: neither rude nor emotional.
 * - Singlish "cheebye" aimed at the sellers is vulgar name-calling: profanity and insult; "wah lau", "lah", "eish",
 *   "nawa o", "ag shame", "howzit", "abeg"-style filler is neither rude nor emotional.
 * - Regional name-calling at staff ("bampot", "hoser", "boofheads", "olodos", "mamparas", "bodoh") is an insult;
 *   "chancers" and Pidgin "una be thieves" are fraud labels (accusation).
 * - Scots "shite" is an English vulgar word: profanity (about the item without "!", profanity only).
 * - Australian "thongs" (flip-flops) and "rooted" (broken), "knob", "stopcock", "cocktail", "shiitake", «бляха»
 *   (belt buckle), «психуй», «корабля», «скипидар», Dildo (Newfoundland) and Cockburnspath are innocent.
 * - A tracking status quoted in «» («вручена») is a quote of the carrier, not sarcasm about the seller's honesty.
 * - "Это не угроза" next to lawful steps only (court, chargeback) leaves the text innocent.
 * - Mixed Russian-English texts are labelled by their majority language (all such texts here are `ru`).
 */
export const ROUND19_HOLDOUT_C: CorpusCase[] = [
  // plain good text: symptom, date, video attached, full refund
  c(
    'r19c-01',
    'ru',
    'Здравствуйте. Живу в Торонто, заказала электрический чайник на 1,7 л (белый, с подсветкой). Посылку забрала 3 февраля, при первом же включении выяснилось, что крышка не защёлкивается: кнопка-фиксатор проваливается внутрь, и крышка открывается сама, как только вода закипает. Снимала видео с момента распаковки, там это хорошо видно. Прошу полный возврат стоимости — 41,20 CAD.',
    'video',
    [],
    'full_refund',
  ),
  // Australian "thongs" are flip-flops: innocent; complete text asking for the right size
  c(
    'r19c-02',
    'en',
    "G'day. Ordered two pairs of thongs (the rubber flip-flop kind) in men's size 9. The order arrived on 14 February and both pairs are size 7 - the stamp on the sole says 7 and they're 25 cm long against the 28 cm in your size chart. Photos of the soles next to a tape measure attached. Can you send the 9s out please? Cheers.",
    'photo',
    [],
    'exchange',
  ),
  // disguised mat (digit for a letter) judging the item, no "!": profanity only
  c(
    'r19c-03',
    'ru',
    'Живу в Мельбурне, заказывал зарядку для электросамоката 42V. Пришла 5 июня, на второй зарядке корпус оплавился и запахло горелым пластиком, хорошо что я был рядом. Зарядка ваша — пи3дец полный, пожарная опасность в чистом виде. Видео с оплавленным корпусом прикладываю. Верните деньги, full refund.',
    'video',
    ['profanity'],
    'full_refund',
  ),
  // Scots name-calling in a mocking question aimed at staff: insult
  c(
    'r19c-04',
    'en',
    'Ordered a tartan throw, 150 x 200 cm per the listing. What came on 3rd November is 100 x 120, I put the tape measure on it the same night - photo attached. Which bampot in your warehouse measured this? Refund please.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // fraud label (accusation) with "!!" (emotional); facts otherwise complete
  c(
    'r19c-05',
    'ru',
    'Вы мошенники!! Заказала увлажнитель воздуха на 4 литра, а пришёл на 2,2 литра — на дне так и написано, 2.2L. Получила 17 января в Торонто, сразу сфотографировала дно и коробку, фото прилагаю. Верните деньги полностью.',
    'photo',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // Nigerian polite formulas; complete text asking for a replacement part
  c(
    'r19c-06',
    'en',
    'Good day Sir/Ma. I received the blender on 2nd March and the glass jar is leaking from the base where the blade is screwed in; water drips onto the motor after ten seconds of blending. I have attached the video. Kindly send a replacement jar. Thank you and God bless.',
    'video',
    [],
    'exchange',
  ),
  // threat to publish the seller's and his wife's personal data; no evidence named or attached
  c(
    'r19c-07',
    'ru',
    'Продавец, я нашёл ваш адрес в Иу и страничку вашей жены в WeChat. Четыре кухонных стула пришли 2 марта, у двух треснули задние ножки, сидеть нельзя. Верните деньги до пятницы, иначе выложу ваши данные и фото жены во все группы покупателей.',
    'none',
    ['threat', 'missing_evidence'],
    'full_refund',
  ),
  // Jamaican curse as an interjection: profanity and emotional
  c(
    'r19c-08',
    'en',
    'Bumbaclaat, seller! Di pressure cooker lid nuh seal at all, steam a shoot out di side from di first day mi use it, 12 January. Mi send di video. Gimme back mi money.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // "корабля", "скипидара", "употребления" contain rude-looking pieces: innocent; send missing part = exchange
  c(
    'r19c-09',
    'ru',
    'Заказывал сборную модель парусного корабля «Виктория», масштаб 1:96. При сборке 12 апреля оказалось, что в наборе нет листа с деталями мачт (лист C по инструкции), а вместо баночки лака положена бутылочка растворителя с запахом скипидара, на ней даже нет срока употребления. Фото содержимого коробки и страницы инструкции приложил. Прошу выслать недостающий лист C.',
    'photo',
    [],
    'exchange',
  ),
  // Canadian place name that looks rude; non-receipt with date and a tracking number (evidence)
  c(
    'r19c-10',
    'en',
    "Hi there, sorry to bother you. I live in Dildo, Newfoundland (yes, that's the real name of the town). Tracking LX482910375CN says my wool toque was handed to the Dildo post office on April 2, but the post office says they never had it, and it's now been 26 days. Could you please refund me? Thanks so much.",
    'none',
    [],
    'full_refund',
  ),
  // generic words only, no date, no evidence, "разберитесь" is no request
  c(
    'r19c-11',
    'ru',
    'Товар не соответствует описанию, качество плохое. Разберитесь.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Singlish vulgar word aimed at the sellers: profanity and insult; "wah lau" alone is filler
  c(
    'r19c-12',
    'en',
    'Wah lau eh. Rice cooker inner pot the coating peel off after 1 week only, bought 5 Aug, photo attached. You all cheebye sellers ah, refund me lah.',
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // the insult is the seller's, quoted as evidence: not the buyer's insult
  c(
    'r19c-13',
    'ru',
    'Продавец в чате ответил мне: «Ты тупая, сама сломала». Скриншот переписки прилагаю. Напомню суть: электрическая зубная щётка перестала заряжаться на третий день после получения (получила 8 октября) — индикатор на подставке не загорается, щётка не включается. Я ничего не ломала. Прошу вернуть полную стоимость.',
    'photo',
    [],
    'full_refund',
  ),
  // South African; "knob" is a part; consumer commission and chargeback are lawful steps
  c(
    'r19c-14',
    'en',
    "Good afternoon. Ag shame, I know it's not your fault the courier threw it around, but the gas braai I ordered arrived in Pretoria on 19 August with the regulator knob snapped off and a dent across the lid. Photos of the box and the braai attached. Please refund me in full. If this cannot be settled here, I will lodge a complaint with the National Consumer Commission and ask my bank for a chargeback. Kind regards.",
    'photo',
    [],
    'full_refund',
  ),
  // "криворукие" is name-calling aimed at the packers: insult
  c(
    'r19c-15',
    'ru',
    'Криворукие у вас упаковщики, честное слово. Ваза из цветного стекла (высота 30 см) пришла 21.09 с отколотым горлышком, завёрнута была в один слой бумаги, без пупырки. Фото коробки и осколков прилагаю. Прошу вернуть деньги.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // affect words only, no problem, date, evidence or request
  c(
    'r19c-16',
    'en',
    "Absolutely ridiculous. Worst purchase I've made all year. Don't know what else to say.",
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // veiled threat of associates visiting the office
  c(
    'r19c-17',
    'ru',
    'Учтите, у меня в Шэньчжэне хорошие друзья, могут заглянуть к вам в офис и поговорить уже по-другому. Фен на 2000 Вт, который я получила 14 мая, на второй день начал искрить в месте входа шнура — фото прилагаю. Жду возврата денег.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Scottish place name and plumbing words with rude-looking pieces: innocent, complete
  c(
    'r19c-18',
    'en',
    "Hiya, I'm in Cockburnspath. The brass stopcock key I ordered (for the outside tap) arrived on 9 October bent at the T-handle, so it can't turn the stopcock at all. Photos attached. Could you send a replacement please? Cheers.",
    'photo',
    [],
    'exchange',
  ),
  // «на ваше усмотрение»: partial refund without a sum
  c(
    'r19c-19',
    'ru',
    'Добрый день. Я из Ванкувера, заказывала комплект постельного белья двуспального размера. 11 ноября распаковала — в комплекте одна наволочка вместо двух, хотя на упаковке указано «2 наволочки 50×70». Фото упаковки и содержимого прилагаю. Возвращать весь комплект ради одной наволочки не хочу, прошу компенсацию на ваше усмотрение.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Yoruba "olodo" (dullard) aimed at staff: insult; no evidence
  c(
    'r19c-20',
    'en',
    'See ehn, I ordered 10 metres extension cable for my generator, una send 3 metres. I collected it on 6 June in Ikeja. Abi I dey talk to olodos? Count the metres na. Refund my money.',
    'none',
    ['insult', 'missing_evidence'],
    'full_refund',
  ),
  // says the video is attached, the form has no file
  c(
    'r19c-21',
    'ru',
    'Здравствуйте. Получила робот-пылесос 23 апреля, при распаковке обнаружила, что правая боковая щётка не крутится, а на корпусе сбоку трещина длиной около 5 см. Видео распаковки прикладываю. Прошу полный возврат средств.',
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // Jamaican minced exclamation (like «блин») with a single "!": neither rude nor emotional
  c(
    'r19c-22',
    'en',
    'Blouse and skirt! Mi order di curtain dem in royal blue and dem come inna lime green, mi open di parcel 28 May. Photo attach. Please send di blue one.',
    'photo',
    [],
    'exchange',
  ),
  // transliterated mat as an interjection: profanity and emotional; tracking number is evidence
  c(
    'r19c-23',
    'ru',
    'Blyat, skolko mozhno zhdat! Posylka s kovrikom dlya yogi idet uzhe 62 dnya, trek LV123456785CN ne obnovlyaetsya s 3 marta. Vernite dengi.',
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // "the difference" without a sum: partial without amount
  c(
    'r19c-24',
    'ru',
    'Здравствуйте, заказывала термос на 2 литра, а получила на 1 литр (на дне выбито 1.0L), посылку забрала 15 января в Калгари. Фото дна прилагаю. Менять не хочу, оставлю себе, но верните, пожалуйста, разницу в цене.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // scare quotes around «случайно»: sarcasm about honesty = accusation
  c(
    'r19c-25',
    'ru',
    'Заказала рюкзак тёмно-синий, пришёл бордовый. Ну конечно, «случайно» перепутали, как и в прошлый раз. Посылку вскрыла 30 июля прямо на почте в Лимассоле, фото с этикеткой цвета прилагаю. Пришлите синий.',
    'photo',
    ['accusation'],
    'exchange',
  ),
  // "shiitake" contains a rude-looking piece; CASE complaint and honest review are lawful
  c(
    'r19c-26',
    'en',
    'Hi seller, the dried shiitake mushrooms (500 g pack) reached me on 11 June and when I opened the pack that evening there was white mould on at least a third of them. Photo attached. Please refund the full amount. If cannot settle here, I will file with CASE and write an honest review. Thank you.',
    'photo',
    [],
    'full_refund',
  ),
  // spaced mat as a sentence of its own: profanity and emotional; offers to send back = return
  c(
    'r19c-27',
    'ru',
    'П И З Д Е Ц. В описании палатка трёхместная, а влезает один человек: пол 190 на 120 см, в описании 210 на 180. Поставил в первые же выходные, 18 мая, всё снял на видео с рулеткой. Готов отправить палатку обратно, верните деньги.',
    'video',
    ['profanity', 'emotional'],
    'return',
  ),
  // ominous "be a shame if" about publishing the owner's and his wife's data: threat
  c(
    'r19c-28',
    'en',
    "Ordered a camping esky, 45 L, came on 2 January with the hinge snapped and the lid won't close - photo attached. I want a full refund. And mate, I've got your owner's name and home address off the business licence. Be a real shame if that and your missus's Facebook ended up on every buyers' group in Oz.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // long formal complaint, quoting the listing; consumer centre is lawful; offers to send back = return
  c(
    'r19c-29',
    'ru',
    `Уважаемый продавец, уважаемая служба поддержки!
Пишу из Лейпцига. 28 сентября я заказала швейную машинку (модель с 12 строчками, в описании — «металлический корпус, регулировка натяжения нити»). Посылку получила 10 октября. При первом же запуске, строго по инструкции, выяснилось следующее:
1) игла на каждом третьем-четвёртом проходе ударяется об игольную пластину, на пластине уже видны выбоины;
2) машинка пропускает стежки на любой ткани, от ситца до джинсы;
3) регулятора натяжения нити нет вообще — на его месте пластиковая заглушка;
4) корпус не металлический, а пластиковый, это видно на сколе у основания.
Прикладываю фотографии пластины, заглушки и скола, а также фото образцов строчки на трёх тканях. Пользоваться машинкой невозможно, ремонтировать её за свой счёт я не буду.
Готова отправить машинку обратно в оригинальной упаковке и прошу вернуть полную стоимость, 89,90 EUR. Если вопрос не решится в рамках спора, я оставляю за собой право обратиться в центр защиты прав потребителей (Verbraucherzentrale). Заранее благодарю за оперативный ответ.
С уважением, Ольга`,
    'photo',
    [],
    'return',
  ),
  // a single two-letter word: empty text only
  c('r19c-30', 'en', 'Na.', 'none', ['empty_text'], 'none'),
  // sum in words is a sum: partial refund 12
  c(
    'r19c-31',
    'ru',
    'Заказала 10 метров атласной ленты для упаковки подарков, ширина 2,5 см, а при распаковке 4 декабря намерила рулеткой 7 метров. Фото ленты с рулеткой прикладываю. Прошу вернуть двенадцать долларов за недостающие метры.',
    'photo',
    [],
    'partial_refund',
    12,
  ),
  // masked f-word as an intensifier before the item: profanity and emotional; "eish" is filler
  c(
    'r19c-32',
    'en',
    "Eish. Third time I'm writing. The f#cking solar garden lights - all six of them - stopped coming on after the first week (delivered 28 September, Durban). Photos attached. Just refund me.",
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // declined exchange, the request is the refund; no date or discovery moment
  c(
    'r19c-33',
    'ru',
    'Заказывал беговые кроссовки 43 размера, по таблице стелька 26 см, а по факту стелька 25 см. Фото стельки с линейкой приложил. Обмен не нужен, лучше верните деньги.',
    'photo',
    ['missing_when'],
    'full_refund',
  ),
  // Pidgin fraud label and "everyone cheats": accusation; nothing concrete
  c(
    'r19c-34',
    'en',
    'Una be thieves, everybody for this site dey cheat. Refund my money now.',
    'none',
    ['accusation', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // condescension about the reader getting it (insult) and shouting in capitals (emotional)
  c(
    'r19c-35',
    'ru',
    'Напишу крупными буквами, может, хоть так до вас дойдёт: РАЗМЕР 38, А НЕ 36. Сапоги пришли 9 ноября, на подошве выбито 36, фото приложила. Пришлите 38.',
    'photo',
    ['insult', 'emotional'],
    'exchange',
  ),
  // Canadian name-calling in a mocking question about staff: insult
  c(
    'r19c-36',
    'en',
    'Hey, so the hockey stick I ordered (senior, left-handed, 85 flex) showed up on Dec 12 as a right-handed junior stick. Photo of the label attached. Which hoser packed this one? Send me the left-handed senior, please.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // «бляха» (belt buckle) looks rude, is not; complete
  c(
    'r19c-37',
    'ru',
    'Ремень мужской кожаный, 12,50 AUD. Бляха отвалилась на четвёртый день носки — выпал штифт, на котором она держится. Фото ремня и бляхи прикладываю. Пришлите, пожалуйста, новую бляху или ремень целиком.',
    'photo',
    [],
    'exchange',
  ),
  // says pictures are attached, no file in the form
  c(
    'r19c-38',
    'en',
    "Hey team, the outdoor shower head I bought arrived on 20 March with the thread cross-cut, so it won't screw onto the hose and leaks everywhere. Pics attached. Please refund, cheers.",
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // «обидно», «слёз» are affect words
  c(
    'r19c-39',
    'ru',
    'Обидно до слёз. Заказывала сыну на день рождения конструктор «Пожарная станция», открыли коробку 2 июня вечером — нет двух пакетов с деталями (№4 и №7), собрать невозможно. Фото содержимого и инструкции приложила. Пришлите, пожалуйста, недостающие пакеты.',
    'photo',
    ['emotional'],
    'exchange',
  ),
  // relative "passing by for a chat": veiled visit threat
  c(
    'r19c-40',
    'en',
    'Mi order di ceiling fan remote and it nuh work, di fan nuh respond to none a di button from di first day, 3 April. Photo attach. Refund mi. Mi cousin live inna Guangzhou, him can pass by unno shop fi a likkle chat if mi nuh hear from unno. Yuh understand?',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // mat with a Latin letter aimed at the seller in one question: profanity and insult, not emotional
  c(
    'r19c-41',
    'ru',
    'Вы там совсем еbанутые? Заказывала шторы блэкаут длиной 2,5 м, пришли 1,6 м, получила 16 августа, фото с рулеткой прилагаю. Верните деньги.',
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // vague: no concrete problem, date or evidence
  c(
    'r19c-42',
    'ru',
    'Товар плохого качества, не как на картинке. Верните деньги пожалуйста.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // police report is lawful; quotes the tracking status; tracking number is evidence
  c(
    'r19c-43',
    'ru',
    'Посылка с блендером до меня не дошла. Трек-номер CY345678912CN, по отслеживанию она «вручена» 12 мая, но я её не получала, в отделении на Кипре её тоже нет. Я подала заявление в полицию Лимасола, копию могу предоставить. Прошу вернуть деньги.',
    'none',
    [],
    'full_refund',
  ),
  // Scots "shite" judging the item, no "!": profanity only
  c(
    'r19c-44',
    'en',
    "That hoover's pure shite, the brush bar stopped spinning on the second day (got it 5 December). Video attached. Refund please.",
    'video',
    ['profanity'],
    'full_refund',
  ),
  // a percentage is no sum
  c(
    'r19c-45',
    'ru',
    'Заказала набор из 6 бокалов для вина, 27 февраля при распаковке два оказались с трещинами у ножки. Фото прилагаю. Прошу вернуть 30% стоимости, остальные бокалы оставлю.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // bank and consumer commission are lawful steps; complete
  c(
    'r19c-46',
    'en',
    'Good morning Oga seller. I received the standing fan on 14 July in Abuja and the oscillation motor does not turn; the head stays in one position and makes a clicking sound. I have attached photos of the motor housing. Please refund my money in full. If this is not resolved I will report to my bank and to the FCCPC. Thank you and stay blessed.',
    'photo',
    [],
    'full_refund',
  ),
  // f-word as an intensifier: profanity and emotional; majority Russian; no evidence
  c(
    'r19c-47',
    'ru',
    'Are you fucking kidding me? Кресло-мешок пришло 2 октября порванным по шву, а refund я жду уже три недели. Верните деньги.',
    'none',
    ['profanity', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // counts stressed in capitals: emotional; partial with a sum
  c(
    'r19c-48',
    'en',
    'Hi, sorry to be a pain. I ordered TWO packs of beeswax food wraps and you sent ONE - the parcel arrived in Winnipeg on 30 October, photo of the packing slip attached showing qty 2. Please refund $7.50 for the missing pack. Thanks!',
    'photo',
    ['emotional'],
    'partial_refund',
    7.5,
  ),
  // non-receipt with a date, but no tracking and no request
  c(
    'r19c-49',
    'ru',
    'Здравствуйте, посылка с пледом так и не пришла, жду с 10 января, уже почти два месяца. Что мне делать?',
    'none',
    ['missing_evidence', 'missing_resolution'],
    'none',
  ),
  // "cocktail" looks rude, is not; missing part sent = exchange
  c(
    'r19c-50',
    'en',
    'Howzit. The stainless cocktail shaker I ordered came on 5 May with the strainer lid missing - just the tin and the cap in the box. Photo of the contents attached. Please send the missing strainer lid. Thanks, and lekker weekend.',
    'photo',
    [],
    'exchange',
  ),
  // knowing the seller's daughter and her school: threat; «обманщики»: accusation
  c(
    'r19c-51',
    'ru',
    'Вы обманщики, и я это так не оставлю. Я знаю, как зовут вашу дочку, — она сама выложила в инстаграм свою школу. Гладильная доска пришла 19.03 с погнутой ножкой, стоять не может. Верните деньги, пока я добрая.',
    'none',
    ['threat', 'accusation', 'missing_evidence'],
    'full_refund',
  ),
  // Australian name-calling at the seller: insult
  c(
    'r19c-52',
    'en',
    'You pack of boofheads. The dog bed is meant to be XL, 110 cm, it turned up on 8 July at 70 cm. Photo with the tape measure attached. Refund, please.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // «вы специально»: accusation; no evidence
  c(
    'r19c-53',
    'ru',
    'Вы специально отправляете старые партии. Тостер пришёл 22 июня, на второй день перестал фиксироваться рычаг — хлеб не опускается. Замените на новый.',
    'none',
    ['accusation', 'missing_evidence'],
    'exchange',
  ),
  // "!!" outburst, nothing concrete, "sort it out" is no request
  c(
    'r19c-54',
    'en',
    'Mi vex bad bad!! Di ting dem nuh right at all. Unno fi sort it out.',
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // «психуй» contains a rude-looking piece, is not rude; complete
  c(
    'r19c-55',
    'ru',
    'Муж говорит: «не психуй, напиши спокойно». Пишу спокойно. Электрогриль получен 7 ноября: верхняя пластина не нагревается, нижняя греется нормально. Проверили в двух розетках, фото с термометром прилагаю. Прошу полный возврат.',
    'photo',
    [],
    'full_refund',
  ),
  // Malay "bodoh" (stupid) aimed at the service staff: insult
  c(
    'r19c-56',
    'en',
    'Your customer service so bodoh one, I explained three times already. Ordered air fryer 5.5L, received 3.5L on 2 Sep, photo of the label attached. Refund me please.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // mat without vowels as a sentence of its own: profanity and emotional
  c(
    'r19c-57',
    'ru',
    'Пздц. Мультиварка пришла 11 апреля, при первом включении выбило пробки и пошёл дым из-под дна. Фото подгоревшей платы прилагаю. Верните деньги.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // strong but polite; chargeback and review are lawful
  c(
    'r19c-58',
    'en',
    "Hello. I'm frankly unimpressed. The heated car seat cover I ordered arrived on 3 January and the heating element only warms the left half of the backrest; the right side stays cold on both settings. I've attached a photo of the thermal reading. I'd like a full refund. If we can't sort this out here, I'll go to my credit card company for a chargeback and leave an honest review. Thanks.",
    'photo',
    [],
    'full_refund',
  ),
  // bare "не работает", no date, no evidence; offers to send back = return
  c(
    'r19c-59',
    'ru',
    'Кофемолка не работает. Готова отправить обратно, верните деньги.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'return',
  ),
  // buyer calls themself a numpty: no insult
  c(
    'r19c-60',
    'en',
    "Aye, I'm a right numpty for not checking twice, but your size chart says UK 8 is 25 cm foot length and the wellies that came on 17 February measure 23.5 cm inside. Photo of the chart and the insole with a ruler attached. Could you swap them for a pair that actually matches the chart? Ta.",
    'photo',
    [],
    'exchange',
  ),
  // sarcastic praise of the seller's work: insult
  c(
    'r19c-61',
    'ru',
    'Спасибо, профессионалы вы наши, упаковали стеклянный абажур в тонкий пакетик без коробки. Пришёл 4 августа осколками, фото прилагаю. Верните деньги.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // sending "my boys" to the office: threat
  c(
    'r19c-62',
    'en',
    "If I no see my refund this week, I go send my boys to una office for Lagos. You don't want wahala. The rechargeable lamp wey I collect on 9 May no dey charge at all, the red light no dey come on. Refund me.",
    'none',
    ['threat', 'missing_evidence'],
    'full_refund',
  ),
  // «в бешенстве» affect; «развод» accusation
  c(
    'r19c-63',
    'ru',
    'Я в бешенстве. Это развод чистой воды: на фото в описании настольная лампа с тремя режимами, а пришла с одним, без регулировки яркости. Получила 1 марта. Фото приложила. Верните деньги.',
    'photo',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // Australian "rooted" (broken) is not rude here
  c(
    'r19c-64',
    'en',
    "Hi, the pool pump was rooted after two days - it arrived 10 December, ran fine the first day, then the impeller started grinding and now it won't prime at all. I've attached photos of the cracked impeller housing. Full refund please.",
    'photo',
    [],
    'full_refund',
  ),
  // mixed Russian-English, majority Russian; non-receipt with date and tracking number
  c(
    'r19c-65',
    'ru',
    'Hi, посылка с детским самокатом так и не пришла. Tracking UH123456789CN, последний статус «прибыла в страну назначения» 2 апреля, с тех пор прошло 45 дней. Живу в Сингапуре, на почте сказали, что у них её нет. Please refund, верните деньги.',
    'none',
    [],
    'full_refund',
  ),
  // seller's insult quoted as evidence; offers to send back = return
  c(
    'r19c-66',
    'en',
    "Good day. Di seller reply mi: 'yuh a idiot, read di description'. Screenshot attach. But di description say di bedsheet set is king size and mi get a full size, mi measure it 4 June when it reach. Mi will send it back, just refund mi.",
    'photo',
    [],
    'return',
  ),
  // masked mat adjective before the item = intensifier: profanity and emotional
  c(
    'r19c-67',
    'ru',
    'Этот ёб@ный утюг течёт с первого дня: 2 сентября налила воду — и сразу полилось через подошву. Фото лужи на гладильной доске прилагаю. Верните деньги.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // "half" without a sum
  c(
    'r19c-68',
    'ru',
    'Заказала 20 бархатных вешалок, пришло 10, посылку вскрыла 14 сентября в Сингапуре. Фото прилагаю. Верните, пожалуйста, половину суммы.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «брак» alone names no problem
  c(
    'r19c-69',
    'ru',
    'Пришёл брак, получила 12 мая. Фото прилагаю. Верните деньги.',
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // South African "mampara" (idiot) aimed at the seller: insult
  c(
    'r19c-70',
    'en',
    'Listen here, you mamparas. I ordered the braai grid in 60 x 40, you sent 45 x 30, it came on the 3rd of June. Photo with measuring tape attached. Send the right size.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // long formal complaint; small claims court and chargeback are lawful steps
  c(
    'r19c-71',
    'ru',
    `Добрый день. Меня зовут Аркадий, живу в Эдинбурге.
6 ноября я получил масляный обогреватель на 9 секций. На третий день работы, 9 ноября, из-под третьей секции потекло масло, на ламинате осталось пятно примерно 20 на 30 см. Я сразу выключил прибор из розетки и больше им не пользуюсь: масляный обогреватель с утечкой — это риск пожара.
Прикладываю фотографии подтёка, пятна на полу и заводской таблички с серийным номером.
По британскому закону о правах потребителей (Consumer Rights Act 2015) товар должен быть пригоден для использования, а этот — нет. Прошу полный возврат денег, 64,99 GBP. Если спор не решится, я обращусь в суд мелких исков (Simple Procedure) и в банк за chargeback. Это не угроза, а просто порядок действий, которого я буду придерживаться.
С уважением, Аркадий`,
    'photo',
    [],
    'full_refund',
  ),
  // spaced f-word as an intensifier: profanity and emotional
  c(
    'r19c-72',
    'en',
    'This is F U C K I N G unbelievable. The snow shovel blade snapped off the handle the first time I used it, Jan 8. Photo attached. Refund.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // wrong colour with date, but no evidence
  c(
    'r19c-73',
    'ru',
    'Здравствуйте. Заказала шёлковые наволочки цвета шампань, 17 июля пришли ярко-жёлтые. Прошу заменить на шампань.',
    'none',
    ['missing_evidence'],
    'exchange',
  ),
  // "gutted" affect; "chancers" is a fraud label (accusation)
  c(
    'r19c-74',
    'en',
    "Absolutely gutted. You're a bunch of chancers. Paid for a wool blend jumper, the label says 100% acrylic, got it on 22 October. Want my money back.",
    'none',
    ['emotional', 'accusation', 'missing_evidence'],
    'full_refund',
  ),
  // ominous "nothing should happen to your shop": veiled threat
  c(
    'r19c-75',
    'ru',
    'Смотрите, чтобы с вашим магазином и складом ничего не случилось, а то всякое в жизни бывает. Погружной блендер пришёл 7 декабря, насадка-венчик не вставляется в корпус — не совпадает крепление. Фото прилагаю. Верните деньги.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // non-receipt with elapsed time and tracking number; "nawa o" is filler
  c(
    'r19c-76',
    'en',
    'Good evening. Nawa o. My order of two school bags has not arrived. Tracking number YT2312845609123 shows in transit since 3 February, that is over 50 days now. Please do the needful and refund me. God bless.',
    'none',
    [],
    'full_refund',
  ),
  // «объясняю в третий раз» talks down to the reader: insult
  c(
    'r19c-77',
    'ru',
    'Объясняю в третий раз: я заказывала сковороду 28 см, вы прислали 24 см. Диаметр измерила линейкой сразу при получении, 5 марта, фото есть во вложении. Пришлите 28 см.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // a negated "on purpose" is no accusation
  c(
    'r19c-78',
    'ru',
    'Я не говорю, что вы сделали это специально, но ножи из набора (6 шт) после первой же мойки 10 июля покрылись ржавыми пятнами, хотя в описании сталь нержавеющая. Фото прилагаю. Прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // «расстроена» affect; declined refund, request is exchange
  c(
    'r19c-79',
    'ru',
    'Очень расстроена. Деньги мне не нужны, пришлите такую же куклу, но целую: у этой при распаковке 25 декабря оторвалась рука. Фото приложила.',
    'photo',
    ['emotional'],
    'exchange',
  ),
  // «блин» is neither rude nor emotional; no date; decimal comma sum
  c(
    'r19c-80',
    'ru',
    'Блин, опять не то: в наборе для вышивания должно быть 24 цвета ниток, а пришло 20, нет четырёх оттенков зелёного. Фото ниток с ярлычками прилагаю. Верните, пожалуйста, 4,50 доллара за недостающие мотки.',
    'photo',
    ['missing_when'],
    'partial_refund',
    4.5,
  ),
];
