import { labelled as c, type CorpusCase } from './types';

/**
 * Round eighteen, hold-out set Y: elderly buyers and buyers writing through a translation app (from Chinese, Turkish,
 * Arabic, Spanish, Georgian or Armenian), with odd word order, literal idioms and word-for-word polite formulas.
 * Written by a hand that has not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md and
 * DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Literal idioms that sound violent but are not aimed at the seller («умереть мне за тебя», «убейте цену» for
 *   "bargain the price down", "let me take your pain", "I love your eyes") are innocent.
 * - A literal curse that wishes ruin on the seller's house or children («чтобы дом твой разрушился») is a veiled threat
 *   (round ten's ominous wish); «пока я добрый», «не доводи до греха» and "we talk with hands" are threats.
 * - A translated Spanish curse that keeps the English swear word ("I shit in the milk!!") is profanity as an
 *   interjection, so profanity and emotional.
 * - A text typed wholly in capitals (an elderly writer's habit) is emotional by the capitals rule.
 * - Self-reproach («старая я дура») is no insult; "son"/«сынок» to the seller is neither rude nor emotional.
 * - «злой до смерти» ("angry to death", a Chinese literal) with «обидно» is emotional.
 * - "according to your head" (Turkish "kafana göre") and "whatever is fair" are «на ваше усмотрение»: a partial
 *   refund without a sum.
 * - «пишу в последний раз по-хорошему» followed only by lawful steps (police, court) is no threat.
 * - A proverb that warns the one "who cheated" to look over his shoulder is both threat and accusation (round four).
 * - Words and names with a rude-looking piece (бляха, сабля, рубля, застрахуйте, shitake, Assam, Shitterton, Хуавей)
 *   are innocent.
 */
export const ROUND18_HOLDOUT_Y: CorpusCase[] = [
  // Elderly buyer, complete and polite: symptom, date, video attached, full refund.
  c(
    'r18y-01',
    'ru',
    'Здравствуйте, уважаемый продавец! Пишет Вам пенсионерка Галина Петровна, 74 года. Заказывала у Вас тонометр на плечо, получила его 3 апреля. В тот же вечер стала мерить давление — манжета не накачивается, на экране горит ошибка Е3, и так каждый раз. Батарейки меняла, не помогло. Внучка сняла всё на видео, прикладываю. Прошу вернуть деньги полностью, пенсия у меня небольшая. Заранее спасибо, здоровья Вам и Вашим близким.',
    'video',
    [],
    'full_refund',
  ),
  // Chinese word order through a translator; complete, exchange.
  c(
    'r18y-02',
    'ru',
    'Уважаемый друг продавец, здравствуй. Я получить чайник электрический 12 мая, при распаковке видеть: крышка не закрываться, петля сломана пополам. Фото я прикрепить. Просить вас менять на новый чайник. Вы трудиться много, спасибо большой.',
    'photo',
    [],
    'exchange',
  ),
  // Georgian «умереть мне за тебя» is an endearment, not menace; complete.
  c(
    'r18y-03',
    'ru',
    'Генацвале, дорогой продавец, умереть мне за тебя, помоги старому человеку. Купил у тебя кофемолку, пришла 20 февраля, открыл на почте — нож внутри погнут, крутится с треском и не мелет. Сфотографировал всё, фото здесь. Верни, пожалуйста, деньги целиком, больше не надо мне эту кофемолку.',
    'photo',
    [],
    'full_refund',
  ),
  // Garbled threat: knows the shop address, "brothers" will come face to face.
  c(
    'r18y-04',
    'ru',
    'Продавец ты слушай. Я знать адрес твой магазин в Иу, улица и номер дом. Мой братья там работать рядом, они приходить к тебе говорить лицо в лицо, если ты не вернуть все деньги. Пылесос твой не всасывать, мотор гудеть, а щётка не крутится.',
    'none',
    ['threat', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Arabic polite formulas word for word; complete.
  c(
    'r18y-05',
    'en',
    'Peace be upon you, my dear brother seller, and may God increase your goodness. I received the prayer rug on 5 June and when I opened it the colour is grey, but in the listing it is dark blue, and the size is 60x100 not 80x120. I send the photo with this message. Please return my money full, and God reward you.',
    'photo',
    [],
    'full_refund',
  ),
  // Spanish curse translated literally keeps "shit" as an interjection, plus "!!".
  c(
    'r18y-06',
    'en',
    'I shit in the milk!! Third time I write. The blender arrived on 14 March and the glass jar has a crack from the bottom, water comes out on the table. You say wait, wait. No more wait. I want my money back.',
    'none',
    ['profanity', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // Literal Arabic curse on the seller's house and children: ominous wish, a veiled threat.
  c(
    'r18y-07',
    'ru',
    'Продавец, чтобы дом твой разрушился и дети твои не видели покоя, как я не вижу покоя из-за твоей посылки. 45 дней жду набор кастрюль, трек не двигается с 2 мая. Верни деньги.',
    'none',
    ['threat'],
    'full_refund',
  ),
  // «убейте цену» is Chinese "bargain down"; missing towel, sum named.
  c(
    'r18y-08',
    'ru',
    'Здравствуйте продавец. Получила 8 июня комплект полотенец, в заказ 6 штук, в пакете только 5, одного розового нет. Фото пакет прикладываю. Не нужно отправлять, просто убейте цену немного: верните 3 доллара за одно полотенце. Спасибо вам.',
    'photo',
    [],
    'partial_refund',
    3,
  ),
  // Elderly, vague: no problem, time, evidence or request.
  c(
    'r18y-09',
    'en',
    'Hello dear, my grandson ordered this for me and its not right. Can you help an old lady. Thank you dear.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Whole text in capitals: emotional, otherwise complete.
  c(
    'r18y-10',
    'ru',
    'ЗДРАВСТВУЙТЕ. ЗАКАЗАЛА ГРЕЛКУ ЭЛЕКТРИЧЕСКУЮ 2 НОЯБРЯ, ПОЛУЧИЛА 20 НОЯБРЯ. ВКЛЮЧИЛА ПЕРВЫЙ РАЗ И ОНА НЕ НАГРЕВАЕТСЯ ВООБЩЕ, ЛАМПОЧКА НЕ ГОРИТ. ФОТО ПРИКЛАДЫВАЮ. ПРОШУ ВЕРНУТЬ ДЕНЬГИ. С УВАЖЕНИЕМ ТАМАРА ИВАНОВНА',
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // Chinese "your head was kicked by a donkey": questions the seller's sanity, an insult.
  c(
    'r18y-11',
    'ru',
    'Продавец, твою голову осёл пинал? Я три раз писать: размер куртки XL, ты прислать S, рукав до локоть. Получить 10 октября, фото здесь. Меняй на XL.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Turkish "health to your hands"; offers to send the clock back.
  c(
    'r18y-12',
    'en',
    'Good day, health to your hands, may your work be easy. I am writing from Turkey with translation program, sorry for the mistakes. The wall clock came on 2 September, when I hung it the second hand is stopping at number 7 every time and the clock is going 20 minutes behind in one day. I attach photo of the clock, the video is too big. I am ready to send it back to you and take my money. Thank you, brother.',
    'photo',
    [],
    'return',
  ),
  // «Ёпт» is minced mat used as an interjection; no evidence.
  c(
    'r18y-13',
    'ru',
    'Ёпт, опять двадцать пять. Взял у вас фонарь налобный, 5 сентября пришёл, через неделю резинка лопнула, а кнопка провалилась внутрь. Деньги верните.',
    'none',
    ['profanity', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // «бляха» of a belt is an ordinary word; complete.
  c(
    'r18y-14',
    'ru',
    'Добрый день. Купила мужу ремень кожаный с латунной бляхой. Пришёл 17 марта, при распаковке бляха отвалилась от ремня, штырёк сломан, а кожа с изнанки оказалась картоном. Фото бляхи и изнанки прикрепляю. Прошу вернуть полную стоимость.',
    'photo',
    [],
    'full_refund',
  ),
  // Knows the seller's family address and wife's name: threat.
  c(
    'r18y-15',
    'en',
    'Listen to me seller. My son is big man in the city, he already know the address of your family in Shenzhen, your wife name also. You understand what I mean. The food dehydrator I ordered 40 days ago never came. Money back now.',
    'none',
    ['threat', 'missing_evidence'],
    'full_refund',
  ),
  // The seller's rude words quoted as evidence are not the buyer's insult.
  c(
    'r18y-16',
    'ru',
    'Уважаемая служба поддержки. 9 апреля получила от этого продавца шторы блэкаут, длина 170 см вместо заказанных 250 см, на бирке тоже 170. Написала продавцу, он ответил мне: "бабка, глаза разуй, сама не то заказала". Скриншот переписки и фото бирки прикладываю. Прошу обменять на шторы длиной 250 см.',
    'photo',
    [],
    'exchange',
  ),
  // Quoted mat stays mat: profanity only.
  c(
    'r18y-17',
    'ru',
    'Заказ пришёл 11 июля: электрогриль, ручка у крышки треснула и не держится. Продавцу написала, он мне ответил "иди на х*й, бабка". Скриншот и фото прикладываю. Хочу вернуть гриль и получить деньги.',
    'photo',
    ['profanity'],
    'return',
  ),
  // "shitake" and "Assam" are food names; complete.
  c(
    'r18y-18',
    'en',
    'Hello. I ordered 500 g dried shitake mushrooms and 200 g Assam tea in one parcel. Received 22 January. The shitake bag was torn at the seam and inside are small white worms moving, I took photo and put it here. The tea is okay. Please refund the whole order, I cannot eat this.',
    'photo',
    [],
    'full_refund',
  ),
  // Scare-quoted "случайно" and "все продавцы такие": accusation; no date or evidence.
  c(
    'r18y-19',
    'ru',
    'Ну конечно, "случайно" прислали мне вместо шерстяного пледа синтетику. Так я и поверил. Все вы, продавцы, такие — стариков обманывать. Верните деньги.',
    'none',
    ['accusation', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Turkish "eşek" translated, aimed at the seller: insult; sum for the missing chair.
  c(
    'r18y-20',
    'ru',
    'Эй, осёл продавец, ты что, считать не умеешь? Я заказать 4 стул, приходить 3 стул, 28 августа. Фото коробки прикладывать. Верни деньги за один стул 35 долларов.',
    'photo',
    ['insult'],
    'partial_refund',
    35,
  ),
  // "according to your head" = at your discretion: partial without a sum; no date, no evidence.
  c(
    'r18y-21',
    'en',
    'Hello sir, kolay gelsin. The pillow came with yellow stain on the side and smell like petrol. I will keep it, please give some money back according to your head.',
    'none',
    ['missing_when', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Digit-masked mat as a cry with "!!".
  c(
    'r18y-22',
    'ru',
    'Это что за пи3дец!! Мясорубку получил 6 октября, на видео видно: шнек не крутится, мотор воняет гарью. Верните деньги.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Masked profanity aimed at the seller with name-calling.
  c(
    'r18y-23',
    'en',
    'You f*cking donkey, read my message. Ordered lamp warm light 3000K, you send cold white 6500K, box say 6500K, photo attached, came 4 May. Send me the right lamp.',
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // Elderly sent «Ок» by mistake: empty.
  c('r18y-24', 'ru', 'Ок', 'none', ['empty_text'], 'none'),
  // Elderly asks the grandson for help inside the box: nothing concrete.
  c(
    'r18y-25',
    'ru',
    'Внучек помоги пожалуйста не знаю куда нажимать чтобы написать продавцу что товар не такой',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Armenian proverb-like warning to the one "who cheated": threat and accusation.
  c(
    'r18y-26',
    'ru',
    'Брат, я по-хорошему прошу. У нас в Ереване говорят: кто обманул, тот потом ходит и оглядывается. Ковёр пришёл 15 января с дырой размером с ладонь в центре, фото прикрепил. Вернёшь деньги — останемся друзьями, не вернёшь — я не виноват, что будет.',
    'photo',
    ['threat', 'accusation'],
    'full_refund',
  ),
  // "it would be pity if something broke there" after a visit by the nephew: veiled threat.
  c(
    'r18y-27',
    'en',
    'Señor seller, I am polite person. But my nephew live in Guangzhou and he can visit your warehouse to talk, it would be pity if something broke there. The rice cooker you sent on 1 March has the inner pot with peeling coating after first use. I want refund.',
    'none',
    ['threat', 'missing_evidence'],
    'full_refund',
  ),
  // Lawful steps (consumer agency, bank, honest review) are not threats; complete.
  c(
    'r18y-28',
    'ru',
    'Уважаемый продавец. Обогреватель масляный пришёл 1 декабря, при первом включении из-под корпуса потекло масло и пошёл запах гари. Фотографии лужи и корпуса прикладываю. Прошу вернуть деньги полностью. Если не решим вопрос в течение недели, обращусь в Роспотребнадзор и в свой банк для возврата платежа, а также оставлю честный отзыв.',
    'photo',
    [],
    'full_refund',
  ),
  // Armenian "let me take your pain" plus chargeback and small claims court: innocent.
  c(
    'r18y-29',
    'en',
    'Dear seller, let me take your pain, I know you are busy. But the hair dryer I received on 9 August stops after two minutes and the back grill melted, photo is here. Please refund me. If no answer by Friday, my daughter will help me make a chargeback with the bank and, if needed, go to small claims court.',
    'photo',
    [],
    'full_refund',
  ),
  // Chinese "angry to death" and «обидно»: emotional; no evidence.
  c(
    'r18y-30',
    'ru',
    'Продавец, я злой до смерти, три ночи не спать, мне очень обидно. Заказал одеяло 200х220, пришло 150х200, получил 4 ноября. Прошу менять на правильный размер.',
    'none',
    ['emotional', 'missing_evidence'],
    'exchange',
  ),
  // «мошенники» is a fraud label even with facts; sum for the shortfall.
  c(
    'r18y-31',
    'ru',
    'Вы мошенники. Заказала 2 кг шерстяной пряжи, пришло 1,2 кг, взвесила на почте 19 сентября, фото весов прикладываю. Верните деньги за недостающие 800 грамм — 1200 рублей.',
    'photo',
    ['accusation'],
    'partial_refund',
    1200,
  ),
  // Fraud labels only, nothing concrete.
  c(
    'r18y-32',
    'en',
    'You are thief, everybody know this shop cheat old people. Give my money.',
    'none',
    ['accusation', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Polite Arabic formulas; missing knife named, asks to send it (exchange); no date or evidence.
  c(
    'r18y-33',
    'ru',
    'Мир вам. Прошу прощения, что беспокою. Набор ножей пришёл, но в нём 5 ножей, а в описании 6, нет ножа для хлеба. Пожалуйста, вышлите недостающий нож. Да хранит вас Аллах.',
    'none',
    ['missing_when', 'missing_evidence'],
    'exchange',
  ),
  // Chinese "you have worked hard"; complete with video.
  c(
    'r18y-34',
    'en',
    'Dear friend seller, hello. You have worked hard. I receive the rain boots on 18 April, when I first time wear them in the rain the left boot let water in, the sole is opened from the heel. I shoot video and attach it. Please send new pair same size 38. Thank you very much.',
    'video',
    [],
    'exchange',
  ),
  // «рубля» and «застрахуйте» contain rude-looking pieces; post office act; complete.
  c(
    'r18y-35',
    'ru',
    'Здравствуйте. Посылку с настольной лампой я получила 7 февраля, при вскрытии на почте плафон был разбит на куски, почта составила акт, фото акта и осколков прикладываю. Прошу вернуть всё до последнего рубля. И застрахуйте, пожалуйста, в следующий раз хрупкие товары.',
    'photo',
    [],
    'full_refund',
  ),
  // Elderly condescension «объясняю как маленькому», «в школе не учили»: insult; no evidence.
  c(
    'r18y-36',
    'ru',
    'Молодой человек, объясняю вам как маленькому, медленно: я заказывала халат 56 размера, а пришёл 46. Получила 12 июня. Неужели так трудно прочитать две цифры? Вас, видно, в школе не учили. Меняйте.',
    'none',
    ['insult', 'missing_evidence'],
    'exchange',
  ),
  // Sarcastic praise of the packers: insult.
  c(
    'r18y-37',
    'en',
    'Bravo, you geniuses of packing. You put a glass teapot in a thin plastic bag with no paper, and of course it came on 3 July in pieces. Photo attached. I want refund.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Spaced mat as a cry; no date, no evidence.
  c(
    'r18y-38',
    'ru',
    'Б Л Я Т Ь, сколько можно. Сушилка для обуви не греет: одна половина тёплая, вторая холодная. Верните деньги.',
    'none',
    ['profanity', 'emotional', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Digit-disguised "bullsh1t" cried with "!!"; sum for missing pairs.
  c(
    'r18y-39',
    'en',
    'This is such bullsh1t!! The wool socks pack says 10 pairs, I count 7 pairs. Refund for 3 pairs, 4.50 dollars.',
    'none',
    ['profanity', 'emotional', 'missing_when', 'missing_evidence'],
    'partial_refund',
    4.5,
  ),
  // Spanish "I kiss your hands", "God keep you"; complete.
  c(
    'r18y-40',
    'ru',
    'Добрый день, сеньор продавец. Я Мария из Валенсии, пишу через переводчик. Куклу для внучки получила 30 ноября, при распаковке увидела: у куклы не закрываются глаза и одна рука отрывается в плече. Фото прикладываю. Прошу, пожалуйста, прислать другую такую же куклу. Целую ваши руки, храни вас Бог.',
    'photo',
    [],
    'exchange',
  ),
  // Garbled menace with a thief label and nothing else.
  c(
    'r18y-41',
    'ru',
    'Ты вор продавец. Я найду тебя, Китай не далеко. Тогда будешь плакать.',
    'none',
    ['threat', 'accusation', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Turkish "I love your eyes" is a plea; sum for broken mugs.
  c(
    'r18y-42',
    'en',
    'Dear seller, I love your eyes, please listen. The set of 12 coffee mugs arrived on 16 October, two mugs have broken handles, photo I attached. Keep the mugs, just send back 12 dollars for the two mugs.',
    'photo',
    [],
    'partial_refund',
    12,
  ),
  // Mat with Latin look-alikes aimed at staff in one question: profanity and insult.
  c(
    'r18y-43',
    'ru',
    'Вы там все eбaнутые на складе? Я заказала утюг белый, пришёл зелёный, 3 марта. Фото прикладываю. Замените на белый.',
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // "upset", "cried"; "whatever is fair" = discretion; no evidence.
  c(
    'r18y-44',
    'en',
    'I am 81 years old and I am so upset. I saved for this electric blanket and the control switch only has one setting working, the other settings do nothing, since the first night on 2 December. I cried. Please give me some money back, whatever is fair.',
    'none',
    ['emotional', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Says the photo is attached, the form has no file.
  c(
    'r18y-45',
    'ru',
    'Здравствуйте. Заказал термос 1 литр, пришёл 27 января, через день перестал держать тепло, чай к утру холодный, и крышка подтекает. Фото прикладываю. Прошу вернуть деньги.',
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // "I attach the video" with no file.
  c(
    'r18y-46',
    'en',
    'Hello, good day. The sewing machine came 9 May. At the first use the needle hits the plate and broke, the bobbin is not turning. I attach the video. I want to change it to a working one.',
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // Complete but no request; «сынок» is not rude.
  c(
    'r18y-47',
    'ru',
    'Добрый день. Получила от вас 14 августа электрическую мельницу для соли. Нажимаю кнопку — жужжит, но соль не сыплется, жернова не крутятся. Фото приложила. Вот такие дела, сынок.',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // Generic «не соответствует описанию»; no evidence.
  c(
    'r18y-48',
    'ru',
    'Товар пришёл 5 мая, качество плохое, не соответствует описанию. Прошу вернуть деньги.',
    'none',
    ['missing_what', 'missing_evidence'],
    'full_refund',
  ),
  // "the difference" without a sum.
  c(
    'r18y-49',
    'en',
    "Hello seller. The bathroom scale I got on 11 March shows 3 kg more than my doctor's scale each time, I photographed both scales with the same weight on them. I will keep it. Please refund the difference.",
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Sum in words, exchange declined.
  c(
    'r18y-50',
    'ru',
    'Уважаемый продавец, здравствуйте. Набор ёлочных игрушек пришёл 10 декабря, при распаковке три шара из двенадцати оказались разбиты. Фото осколков прилагаю. Обменивать не надо, верните, пожалуйста, двести пятьдесят рублей за разбитые шары.',
    'photo',
    [],
    'partial_refund',
    250,
  ),
  // Decimal comma €6,50, measured with a tape.
  c(
    'r18y-51',
    'en',
    'Hi, I write from Spain with the translator. The garden hose arrived on 21 April, it is 15 m, the listing say 20 m, I measured it with a tape, photo attached. No need to send another, please return €6,50 for the missing meters.',
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // Grandson found the seller's name, phone and home and will publish them: threat.
  c(
    'r18y-52',
    'ru',
    'Внук мой нашёл в интернете ваше имя, телефон и где вы живёте. Если до пятницы не вернёте деньги за массажёр, который пришёл 3 сентября и сразу перестал вибрировать, он всё это выложит везде, пусть люди знают.',
    'none',
    ['threat', 'missing_evidence'],
    'full_refund',
  ),
  // Arabic "donkey son of a donkey" at the seller: insult; no date, no evidence.
  c(
    'r18y-53',
    'en',
    'Ya hmar! You donkey son of a donkey, I order curtain hooks 40 pieces, you send only 20. Send the other 20 hooks.',
    'none',
    ['insult', 'missing_when', 'missing_evidence'],
    'exchange',
  ),
  // «по-хорошему» followed only by police and court: lawful, complete.
  c(
    'r18y-54',
    'ru',
    'Уважаемые, пишу в последний раз по-хорошему: ортопедическая подушка пришла 25 октября, внутри не пена с памятью формы, а обрезки поролона, я распорола шов и сфотографировала. Деньги прошу вернуть полностью. Если ответа не будет, напишу заявление в полицию и подам в суд, сын уже подготовил документы.',
    'photo',
    [],
    'full_refund',
  ),
  // Non-receipt with a tracking number but no elapsed time.
  c(
    'r18y-55',
    'ru',
    'Здравствуйте, моя посылка не прийти. Трек LP00123456789012 не обновлять. Прошу вернуть деньги.',
    'none',
    ['missing_when'],
    'full_refund',
  ),
  // Non-receipt, two months, tracking number in the text: ready without a file.
  c(
    'r18y-56',
    'en',
    'Good day. I ordered the wool slippers on 2 February, today is 5 April and still no parcel. Tracking RB123456785CN shows "in transit" since 20 February. Please give full refund.',
    'none',
    [],
    'full_refund',
  ),
  // «сабля» is a souvenir sabre; complete.
  c(
    'r18y-57',
    'ru',
    'Здравствуйте. Заказывал сувенирную саблю для внука на день рождения. Получил 2 мая, при распаковке увидел, что ножны треснули по всей длине, а рукоять болтается. Фото прилагаю. Прошу прислать замену.',
    'photo',
    [],
    'exchange',
  ),
  // Masked mat judging the item with "!"; no date, no evidence.
  c(
    'r18y-58',
    'ru',
    'Что за х*йня вместо пледа! Плед колючий и весь в катышках, хотя написано "100% кашемир". Верните деньги.',
    'none',
    ['profanity', 'emotional', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Village name Shitterton, Citizens Advice, honest review: innocent, complete.
  c(
    'r18y-59',
    'en',
    'Hello, I am 79 and live in Shitterton, Dorset. The magnifying reading lamp arrived on 12 January, the light flickers and goes off after a minute, and the lens has a scratch across it. Photos attached. I would like a full refund please. Otherwise I will contact Citizens Advice and leave an honest review.',
    'photo',
    [],
    'full_refund',
  ),
  // Sarcasm about honesty: accusation; no evidence.
  c(
    'r18y-60',
    'ru',
    'Какая же у вас честность, просто удивительно. В описании "натуральная кожа", а сумка пахнет клеем и на срезе видна ткань. Получила в пятницу, 8 марта. Прошу вернуть деньги.',
    'none',
    ['accusation', 'missing_evidence'],
    'full_refund',
  ),
  // Negated accusation; offers to send the stick back.
  c(
    'r18y-61',
    'en',
    "Hello. I don't say you did this on purpose, maybe the factory mixed them. The walking stick came on 6 June with length 70 cm fixed, but the listing said adjustable 70–95 cm, the button does not move. Photo attached. I can send the stick back to you for refund.",
    'photo',
    [],
    'return',
  ),
  // «в шоке, до слёз»: emotional, otherwise complete.
  c(
    'r18y-62',
    'ru',
    'Я в шоке, до слёз. Купила внучке на выпускной платье, пришло 20 июня, а подол короче на 15 см, и молния разошлась при первой примерке. Фото прикладываю. Верните деньги, пожалуйста.',
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // Generic words only.
  c(
    'r18y-63',
    'en',
    'Dear seller, the product is not good, very bad quality, not like picture. Please return money.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // «не доводи до греха», «пока я добрый»: veiled threat.
  c(
    'r18y-64',
    'ru',
    'Дорогой, не доводи до греха. Я человек старый, но горячий. Мёд пришёл 3 августа, банка треснула, половина мёда вытекла в коробку. Верни деньги, пока я добрый.',
    'none',
    ['threat', 'missing_evidence'],
    'full_refund',
  ),
  // "empty head person": name-calling through a translator.
  c(
    'r18y-65',
    'en',
    'Seller, you are empty head person, you cannot read the order? I write size 42, you send 39. Sandals came 14 July, photo attach. Change to 42.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Polite, concrete, but no evidence and no request.
  c(
    'r18y-66',
    'ru',
    'Добрый вечер, сеньор. Блендер пришёл 2 октября, при первом включении крышка слетела и нож отломился от основания. Мне жаль писать вам это.',
    'none',
    ['missing_evidence', 'missing_resolution'],
    'none',
  ),
  // «Пздц» as a sentence of its own: profanity and emotional.
  c(
    'r18y-67',
    'ru',
    'Пздц. Заказала стиральную мини-машинку, 15 апреля привезли, при первом запуске из-под дна полилась вода на пол. Видео прикладываю. Прошу вернуть деньги.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // A visit with brothers to "talk with hands": threat.
  c(
    'r18y-68',
    'en',
    'My friend, I come to your shop in Yiwu next month with my brothers, we talk with hands, not with messages. The massage chair cushion came on 4 May, heat not working and one roller is stuck, video is attached. Return all money.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // Turkish "on my head" politeness; exchange of two curtains.
  c(
    'r18y-69',
    'ru',
    'Здравствуйте, уважаемый. Ваша просьба на моей голове, но и моя к вам тоже. Занавески пришли 1 сентября, на двух из четырёх кольца оторваны, ткань порвана возле колец. Фото прикладываю. Прошу выслать две новые занавески вместо порванных.',
    'photo',
    [],
    'exchange',
  ),
  // "What should I do?" is no request; no date, no evidence.
  c(
    'r18y-70',
    'en',
    'The teapot lid is not fit, it falls inside the pot when I pour. What should I do?',
    'none',
    ['missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Self-reproach «старая я дура» is not an insult; complete.
  c(
    'r18y-71',
    'ru',
    'Здравствуйте. Старая я дура, не проверила сразу. Электрочайник получила 3 марта, а включила только 10-го: дно ржавое, вода после кипячения коричневая. Фото дна прикладываю. Прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // "Fcuk" as a cry plus "??".
  c(
    'r18y-72',
    'en',
    'Fcuk, again?? The duvet cover came on 2 March and the zipper is broken off, the colour is beige not white. Photo attached. I want exchange for white one.',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // «половину стоимости» without a sum; no evidence.
  c(
    'r18y-73',
    'ru',
    'Добрый день. Пылесос-робот пришёл 12 мая, через три дня одна боковая щётка перестала крутиться. Пользоваться можно, поэтому верните, пожалуйста, половину стоимости.',
    'none',
    ['missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Exchange declined, sum for repair named.
  c(
    'r18y-74',
    'ru',
    'Здравствуйте. Обмен мне не нужен, ждать ещё месяц я в моём возрасте не могу. Зимние сапоги пришли 5 ноября, на левом сапоге отклеилась подошва спереди после первой прогулки. Фото прикладываю. Подошву отнесу в ремонт, верните 500 рублей на ремонт.',
    'photo',
    [],
    'partial_refund',
    500,
  ),
  // Two letters only.
  c('r18y-75', 'en', 'Hi', 'none', ['empty_text'], 'none'),
  // «валенки деревенские» aimed at the packers: insult.
  c(
    'r18y-76',
    'ru',
    'Кто у вас там упаковывает, валенки деревенские? Швейную машинку положили без коробки в мешок, пришла 19 января с отломанной ручкой и треснувшим корпусом. Фото прикладываю. Прошу вернуть деньги.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // "classic scam", "on purpose": accusation; no evidence.
  c(
    'r18y-77',
    'en',
    'This is classic scam, you sent on purpose the old used coffee machine, there is coffee powder inside and scratches on the side. Came 28 June. Refund.',
    'none',
    ['accusation', 'missing_evidence'],
    'full_refund',
  ),
  // Praise of the seller's wife and daughter with "take care of it": veiled family threat.
  c(
    'r18y-78',
    'ru',
    'Я знаю, что у вас магазин семейный, жена и дочь помогают. Хорошая семья, берегите её. Кофеварка пришла 7 марта, не нагревает воду, индикатор мигает красным, видео прикладываю. Жду возврата денег.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // Long elderly text: brand «Хуавей», quoted seller words, consumer protection; offers to send back (return).
  c(
    'r18y-79',
    'ru',
    'Здравствуйте, уважаемая служба поддержки АлиЭкспресс. Пишет вам Николай Степанович, мне 78 лет, пишу сам, с помощью лупы, так что простите за ошибки. В начале февраля я заказал у этого магазина чехол-клавиатуру для планшета Хуавей, чтобы писать письма сыну в Новосибирск. Посылку получил на почте 21 февраля. Дома открыл коробку и увидел, что чехол не подходит к моему планшету: в описании указана модель MatePad 11, а на коробке и на самом чехле написано MatePad T10, разъём не совпадает, планшет в него не входит, клавиатура не подключается. Я сфотографировал коробку, надпись на чехле и планшет рядом. Написал продавцу 22 февраля, он ответил: "Дедушка, вы сами выбрали неправильную модель, возврата нет". Но я проверял, в заказе стоит MatePad 11, скриншот заказа и переписки тоже прикладываю. Я человек небогатый, пенсия 19 тысяч, 2 300 рублей для меня деньги. Прошу вернуть мне деньги полностью. Товар готов отправить обратно, если нужно, почта у меня рядом. Если не получится решить здесь, внучка поможет написать в общество защиты прав потребителей. Спасибо вам за помощь и доброго здоровья.',
    'photo',
    [],
    'return',
  ),
  // Transliterated «suka» aimed at the seller: profanity and insult; two months, tracking mentioned.
  c(
    'r18y-80',
    'ru',
    'Prodavec, ty suka, ya zhdu posylku uzhe dva mesyaca, trek ne obnovlyaetsya s 3 marta. Verni dengi.',
    'none',
    ['profanity', 'insult'],
    'full_refund',
  ),
];
