import { labelled as c, type CorpusCase } from './types';

/**
 * Round twenty-six, hold-out set D: Russian speakers living in Israel, Germany, the USA, Kazakhstan and Finland who mix
 * English, German, Hebrew, Kazakh and Finnish words into Russian, or write English with Russian grammar. Written by a
 * hand that has not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - `lang` is the majority language of the words; local words (доар, Packstation, Zoll, pakettiautomaatti, зикуй)
 *   and Hebrew-script names do not turn a Russian text English; transliterated Russian is `ru`.
 * - Name-calling in a third language aimed at the staff («хаморим», Hebrew donkeys; «ақымақтар», Kazakh fools) is an
 *   insult; fraud labels in a third language («ганавим», "huijarit", "Betrüger") are accusations.
 * - An obscene oath of the buyer's new country («кус эммак», "Scheiße!") used as an interjection is profanity and
 *   emotional, like the neighbours' oaths of round twenty-two; German "Sauerei" (a mess) is not a swear word.
 * - Local words that only look rude (Huittinen, the Wank, Assateague, Scheibe, muovipussi, titmice, shuttlecocks,
 *   Dick's Sporting Goods, «потребитель», «хлебный нож», «оскорблений») are innocent.
 * - Hebrew «зикуй» (a credit to the card) with a named sum is a partial refund with that sum.
 * - A masked vulgar adjective before the item («г*вёнными утюгами») is an intensifier: profanity and emotional.
 * - An honest review in community groups, with no personal data, is lawful (no threat); the fraud label next to it
 *   is still an accusation.
 * - «Пришло не то, что заказывала» without saying what came is as vague as "not as described" (missing_what).
 * - A refund that was approved but never paid, with the sum and the time, names the problem concretely.
 * - «Вертай деньги», "Refund." and «Деньги назад» are full refunds; a sum given as the whole price is said to be the
 *   whole price in the text, so no bare sum is left to read as partial.
 * - A blocker text also carries the warnings it deserves (no evidence, no time, …): every finding is labelled.
 * - Two remedies of one kind offered as alternatives (a new shade or the whole lamp; a pin or a roof) are one exchange.
 * - Files: a text that names evidence and the form has the file is complete; a tracking number or a post office
 *   certificate in the text is evidence with no file; no text here relies on a file the text does not mention.
 */
export const ROUND26_HOLDOUT_D: CorpusCase[] = [
  // innocent: a bank chargeback is a lawful step; defect, date, video, full refund
  c(
    'r26d-01',
    'ru',
    'Здравствуйте. Заказ — электрический чайник Morphy Richards, получила в доаре 3 мая. При первом же включении из-под основания пошёл дым и запахло горелой проводкой, больше не включаю. Видео прилагаю. Прошу полный возврат, 189 ₪. Если спор не решится, оформлю chargeback через Isracard — это обычная процедура, ничего личного.',
    'video',
    [],
    'full_refund',
  ),
  // innocent: the seller's insult is quoted as evidence, not the buyer's
  c(
    'r26d-02',
    'ru',
    'Продавец в переписке 12.02 ответил мне: "you are stupid, read description". Описание я читала: в листинге зимние сапоги 39 размера, стелька 25 см, а пришли со стелькой 23,5 см — измерила линейкой сразу, как забрала с Packstation. Скриншот переписки и фото стельки с линейкой прикрепила. Прошу обмен на настоящий 39 размер.',
    'photo',
    [],
    'exchange',
  ),
  // German obscene oath as an interjection with "!!!": profanity and emotional
  c(
    'r26d-03',
    'ru',
    'Scheiße!!! Третий раз пишу. Der Akku не держит заряд вообще: пылесос заряжаю всю ночь, работает 4 минуты и выключается. Купила 2 недели назад, с первого дня так. Видео прилагаю. Верните полную стоимость, 149 €.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // innocent: the Wank is a mountain; money declined, a replacement asked
  c(
    'r26d-04',
    'en',
    "Hello. I bought hiking poles (2 pcs, carbon, 135 cm). On 14 September we went on the Wank near Garmisch and on the way down the lower section of one pole broke in the lock — the plastic clamp is cracked, not possible to fix. I did not fall, I only leaned on it. Photo of the broken clamp is attached. Please send me replacement pole or the whole pair, I don't need money back.",
    'photo',
    [],
    'exchange',
  ),
  // innocent: Huittinen is a Finnish town; non-receipt, 47 days, tracking number in the text
  c(
    'r26d-05',
    'ru',
    'Hei! Живу в Huittinen, заказ — детский самокат. Трек-номер LP00912345678CN, по отслеживанию Posti посылка со 2 октября "в пути", прошло уже 47 дней, в pakettiautomaatti ничего не пришло, в отделении Posti сказали, что к ним не поступало. Прошу вернуть полную стоимость заказа.',
    'none',
    [],
    'full_refund',
  ),
  // veiled threat: a relative visiting the seller's warehouse
  c(
    'r26d-06',
    'ru',
    'Заказ пришёл 20.06: вместо вентилятора на 3 скорости пришёл на одну, кнопки 2 и 3 — просто наклейки, под ними ничего нет. Фото прилагаю. Мой двоюродный брат каждый месяц летает в Гуанчжоу по работе, адрес вашего склада у меня есть из накладной. Думаю, ему будет интересно зайти к вам и поговорить лично. Верните все деньги, 240 ₪.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // talking down to the reader, words cut for them: insult
  c(
    'r26d-07',
    'en',
    'I will write slowly, maybe this time somebody in your team can understand. Size. Of. Rug. Is. 160 on 230. You sent 120 on 170. I measured it with tape measure when I unpacked it on Saturday, photo is attached. Make exchange to correct size.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // "развод", "вы специально", "все продавцы такие" accuse; "!!!" emotional; facts and a sum present
  c(
    'r26d-08',
    'ru',
    'Это просто развод!!! Заказала набор кастрюль из 5 штук, пришло 3, коробка была вскрыта и заново заклеена скотчем. Получила на Казпочте 11 ноября, вскрывала при операторе, есть видео. Вы специально недокладываете, все продавцы здесь такие. Верните 9 800 ₸ за две недостающие кастрюли.',
    'video',
    ['emotional', 'accusation'],
    'partial_refund',
    9800,
  ),
  // a single two-letter word: empty text only
  c('r26d-09', 'ru', 'ну', 'none', ['empty_text'], 'none'),
  // innocent: a place name with a rude-looking piece; complete text
  c(
    'r26d-10',
    'en',
    'Hello. Bought 4-person camping tent. First time we set it up on Assateague Island on 5 April, and two of the fiberglass poles snapped in the joints while I was bending them into the clips, it was not windy. Photo of the broken poles is attached. Please send replacement set of poles, the tent itself is ok.',
    'photo',
    [],
    'exchange',
  ),
  // innocent: consumer centre and an honest review are lawful; offering the item back makes it a return
  c(
    'r26d-11',
    'ru',
    'Guten Tag. Заказывала кофемолку, получила через DHL 7 марта. Жернова не регулируются: ручка регулировки прокручивается вхолостую, помол всегда один и тот же, крупный. Видео приложила. Прошу вернуть деньги полностью, 59,90 €, товар могу отправить обратно за ваш счёт. Если вопрос не решится, обращусь в Verbraucherzentrale и напишу честный отзыв.',
    'video',
    [],
    'return',
  ),
  // "в шоке" is affect; concrete defect but no time and no evidence
  c(
    'r26d-12',
    'ru',
    'Я в шоке от этого магазина. Заказала сушилку для белья на балкон, а она складывается только наполовину — нижняя перекладина упирается в ножки, и в сложенном виде её не поставить к стене. Хочу замену на нормальную.',
    'none',
    ['emotional', 'missing_when', 'missing_evidence'],
    'exchange',
  ),
  // mat with a Greek look-alike letter judging the item, no "!": profanity only
  c(
    'r26d-13',
    'ru',
    'Термос держит тепло час от силы: в первый же день налила кипяток в 8 утра, в 9:15 он уже еле тёплый, а в описании "24 часа". Это не термос, а πиздец. Видео с термометром прилагаю, там видно время. Прошу вернуть полную стоимость.',
    'video',
    ['profanity'],
    'full_refund',
  ),
  // innocent: shuttlecock and Dick's are ordinary words; sending missing parts is an exchange
  c(
    'r26d-14',
    'en',
    "Hi, I ordered a badminton set (4 rackets, 3 shuttlecocks, net). The package came on June 3 without the net and with only 2 shuttlecocks. My neighbor bought the same set in Dick's Sporting Goods and there everything is in the box. Photo of what I got is attached. Please send the missing net and one shuttlecock.",
    'photo',
    [],
    'exchange',
  ),
  // Hebrew name-calling («хаморим», donkeys) aimed at the staff: insult
  c(
    'r26d-15',
    'ru',
    'Хаморим, вы там вообще смотрите, что кладёте в коробку? Заказал чехол на iPhone 13, пришёл на Samsung A52 — увидел сразу при распаковке 2 августа. Фото прилагаю. Замените на правильный.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // "the difference" without a sum; no evidence named
  c(
    'r26d-16',
    'ru',
    'Рахмет, что ответили. Постельное бельё пришло 14 сентября: пододеяльник 200×220, как в описании, а наволочки 50×70 вместо 70×70. Пользоваться можно, возвращать не хочу, верните разницу.',
    'none',
    ['missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // publishing the seller's personal data and family photos: threat; 'scammers like you' accuses
  c(
    'r26d-17',
    'en',
    'I have your full name and your home address in Yiwu from the return label, and also your WeChat photos with your little son. Would be pity if all this will appear in Russian Telegram channels where we write about scammers like you. Electric grill stopped heating on the third day, video is attached. Full refund, 320 shekels.',
    'video',
    ['threat', 'accusation'],
    'full_refund',
  ),
  // plain good text; decimal comma 8,50 is 8.5
  c(
    'r26d-18',
    'ru',
    'Moi. Заказал 2 налобных фонаря, получил в Matkahuolto 21.01. Один работает нормально, у второго не включается красный режим, только белый, проверил с новыми батарейками. Видео прикрепил. Прошу частичный возврат 8,50 € за второй фонарь.',
    'video',
    [],
    'partial_refund',
    8.5,
  ),
  // masked mat asked of the staff in a question: profanity and insult
  c(
    'r26d-19',
    'ru',
    'Вы там на складе е**нутые? Заказала детское автокресло группы 1, пришло группы 0+ для новорождённых, на коробке так и написано. Доставил DPD 30.04, фото коробки и этикетки прилагаю. Обмен на то, что я заказывала.',
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // scare quotes around "by mistake" and sarcasm about honesty: accusation
  c(
    'r26d-20',
    'en',
    "Second order from your store and second time 'by mistake' I get 3 pairs of wool socks instead of 6. What a great honesty. USPS delivered on April 9, photo of the opened package with 3 pairs is attached. Please refund for 3 missing pairs, $11.",
    'photo',
    ['accusation'],
    'partial_refund',
    11,
  ),
  // affect words, generic "не соответствует описанию", nothing else
  c(
    'r26d-21',
    'ru',
    'Товар ужасный, вообще не соответствует описанию. Очень разочарована. Верните деньги.',
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // says a photo is attached, the form has none
  c(
    'r26d-22',
    'ru',
    'Заказывала детские резиновые сапоги 28 размера, пришли 5 июня. После первой же прогулки по лужам правый сапог протекает по шву у пятки — носок мокрый насквозь. Прилагаю фото шва. Прошу замену пары.',
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // innocent: police and USPS reports are lawful, a negated blame; resending a lost parcel is an exchange
  c(
    'r26d-23',
    'en',
    "Parcel with 3D printer filament (4 spools PLA) shows 'delivered' by USPS on 10/12, but to a mailbox in another building, tracking 9400111899223344556677. I filed a report with USPS and with local police because it looks like it was stolen from the lobby. I am not blaming you, but please resend the order. Screenshot of tracking is attached.",
    'photo',
    [],
    'exchange',
  ),
  // wishing a fire on the seller is a threat; masked vulgar adjective before the item is profanity and an intensifier
  c(
    'r26d-24',
    'ru',
    'Чтоб у вас склад сгорел вместе с вашими г*вёнными утюгами. Утюг пришёл 3 декабря, на второй день подошва покрылась пузырями и стала прилипать к ткани. Фото подошвы прилагаю. Верните 14 990 ₸, всю стоимость.',
    'photo',
    ['threat', 'profanity', 'emotional'],
    'full_refund',
  ),
  // plain good text; sum in words
  c(
    'r26d-25',
    'en',
    'Good day. Yoga mat came 5 days ago, it is 4 mm thick and not 6 mm like in the listing, I measured with caliper, photo with caliper is attached. The mat is usable so I keep it, but please return me fifteen euros as compensation.',
    'photo',
    [],
    'partial_refund',
    15,
  ),
  // "?!", "КОШМАР": emotional; non-receipt with time and tracking, but no request
  c(
    'r26d-26',
    'ru',
    'Ну сколько можно?! Прошло 2 месяца, посылки нет, трек LB123456789SG уже три недели стоит на "прибыла в страну назначения". В доаре говорят, что у них её нет. Я устала писать вам и в доар, честное слово, это КОШМАР.',
    'none',
    ['emotional', 'missing_resolution'],
    'none',
  ),
  // transliterated Russian (ru); mat as an interjection: profanity and emotional
  c(
    'r26d-27',
    'ru',
    'blyat, nu skolko mozhno. Zakazal kovrik dlya myshi 90x40, prishel 80x30, zameril ruletkoy srazu kak otkryl 2 nedeli nazad. Foto prikrepil. Pomenyaite na pravilnyi razmer.',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // sarcastic praise of the staff's intelligence: insult
  c(
    'r26d-28',
    'en',
    'Congratulations to your packing department, real geniuses: glass teapot in a plastic bag, no bubble wrap at all. It arrived by Hermes on 2 November in five pieces. Photo attached. Please refund full price, 27 EUR.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Finnish fraud label «huijarit» accuses; no evidence
  c(
    'r26d-29',
    'ru',
    'Huijarit вы, а не магазин. Заказала зимнюю куртку с "натуральным пухом", пришла 15.12, из шва на рукаве лезет синтепон, а не пух. Требую вернуть 89 € полностью.',
    'none',
    ['accusation', 'missing_evidence'],
    'full_refund',
  ),
  // innocent: «потребитель», «оскорблений» contain rude-looking pieces; complete text
  c(
    'r26d-30',
    'ru',
    'Добрый день. Как потребитель прошу рассмотреть спор: набор масляных красок 24 цвета, получила в постамате 8 апреля. При открытии 6 тюбиков оказались наполовину пустыми — из них вытекло, коробка внутри вся в масле. Видео распаковки прилагаю. Прошу частичный возврат 2 400 ₸ за шесть испорченных тюбиков. Без оскорблений и претензий к вам лично, просто хочу решить вопрос.',
    'video',
    [],
    'partial_refund',
    2400,
  ),
  // spaced swear word judging the item, no "!": profanity only
  c(
    'r26d-31',
    'en',
    'Sorry but this blanket is s h i t. Turned it on the first night, December 4, and the left side got so hot that it left a brown mark on the sheet, controller shows only E1. Video attached. I want full refund.',
    'video',
    ['profanity'],
    'full_refund',
  ),
  // innocent: a negated "специально"; sending the missing knife is an exchange
  c(
    'r26d-32',
    'ru',
    'Я не думаю, что вы сделали это специально, скорее всего ошибка на складе. Но нож мне нужен: заказала набор из 6 предметов, в коробке 5 — нет хлебного ножа, ячейка пустая. Получила в Packstation 19.09, фото коробки с пустой ячейкой прилагаю. Пожалуйста, дошлите хлебный нож.',
    'photo',
    [],
    'exchange',
  ),
  // "half" without a sum; no time
  c(
    'r26d-33',
    'en',
    'Hello, lamp shade came with big dent on one side, and the bulb holder is missing the screw ring, so the shade cannot be fixed. I attach photos. I think it is correct if you return half of the price.',
    'photo',
    ['missing_when', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // knowing where the seller's family is, «мир тесен»: veiled threat
  c(
    'r26d-34',
    'ru',
    'Я знаю, что ваша жена держит магазин там же, в Иу, фото вашей семьи есть у вас в профиле. Мир тесен. Верните все деньги, 450 ₪, за робот-пылесос, который на третий день перестал заряжаться от базы — видео прикрепил.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // «ну конечно, "случайно"» is sarcasm about honesty; «брак» is generic
  c(
    'r26d-35',
    'ru',
    'Ну конечно, опять "случайно" прислали брак. Третий заказ у вас и третий раз одно и то же. Получила вчера, фото прилагаю. Верните деньги.',
    'photo',
    ['accusation', 'missing_what'],
    'full_refund',
  ),
  // innocent: chargeback is lawful; complete text with a sum
  c(
    'r26d-36',
    'en',
    'Dear seller, boundary wire set for robot lawn mower: listing says 150 m of wire, in the box is 100 m, it is written on the spool. I found it on 3 May when installing, photo of the spool label is attached. Please refund 18 € for the missing 50 m. If no answer in 5 days I will ask my bank for chargeback, it is normal procedure here.',
    'photo',
    [],
    'partial_refund',
    18,
  ),
  // English swear word as an intensifier in a Russian text: profanity and emotional
  c(
    'r26d-37',
    'ru',
    'Это какой-то fucking joke. Заказала настольную лампу с диммером, диммер не работает вообще: крутишь — яркость не меняется, только вкл/выкл. Получила по USPS 22 июля, сразу проверила. Видео прикрепила. Хочу полный refund.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // «обидно» and a crying emoji: emotional; otherwise complete
  c(
    'r26d-38',
    'ru',
    'Очень обидно 😭 Купила дочке на день рождения куклу с домиком, 12 марта открыли коробку — у домика отломана лестница и нет двух стульчиков из комплекта. Фото приложила. Верните, пожалуйста, 15 $ за недостающее и сломанное.',
    'photo',
    ['emotional'],
    'partial_refund',
    15,
  ),
  // concrete symptom, no time, no evidence
  c(
    'r26d-39',
    'en',
    'Hello, the sauna thermometer shows about 40 degrees more than real: in our sauna it shows 120 when it is maybe 80. Please send a new one that works correctly.',
    'none',
    ['missing_when', 'missing_evidence'],
    'exchange',
  ),
  // Kazakh name-calling («ақымақтар», fools) at the staff: insult
  c(
    'r26d-40',
    'ru',
    'Ақымақтар, я же писала, что размер ноги 37, а вы отправили 41 и ещё спорите в чате. Туфли получила 5 октября, фото размера на подошве прилагаю. Меняйте на 37.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // "not what I ordered" without saying what: vague; «решите вопрос» is no request
  c(
    'r26d-41',
    'ru',
    'Пришло не то, что заказывала. Решите вопрос.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // mat quoted from the seller stays mat: profanity only
  c(
    'r26d-42',
    'en',
    "Seller answered me in chat on 02.09: 'go fuck yourself, no refund'. Before that: the mixer bowl arrived with a crack across the bottom, I saw it when I unpacked on 28.08, photos and the chat screenshot attached. I ask full refund 210 ILS.",
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // innocent: German "Scheibe" (pane) only looks like a swear word
  c(
    'r26d-43',
    'ru',
    'Добрый день. Заказала садовый фонарь на солнечной батарее, пришёл через Hermes 16.05. Стеклянная Scheibe (плафон) треснула по всей длине, это видно сразу при распаковке, коробка без повреждений. Фото прилагаю. Прошу прислать замену плафона или фонарь целиком.',
    'photo',
    [],
    'exchange',
  ),
  // Hebrew fraud label («ганавим», thieves) and "все продавцы одинаковые": accusation; no evidence, no request
  c(
    'r26d-44',
    'ru',
    'Ганавим! Посылка с кроссовками пришла в доар 3 недели назад, открыла прямо на месте — внутри шлёпанцы за три копейки вместо Nike Air. Все продавцы тут одинаковые.',
    'none',
    ['accusation', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // shouting in capitals; wrong colour named; no evidence
  c(
    'r26d-45',
    'en',
    'I ORDERED BLUE, YOU SENT PINK. Curtains came on Monday, 2 panels 140x260 in pink color. Please exchange for blue ones.',
    'none',
    ['emotional', 'missing_evidence'],
    'exchange',
  ),
  // mat typed in the English layout as an interjection: profanity and emotional
  c(
    'r26d-46',
    'ru',
    ',kznm, опять. Вторая сушилка для обуви, и опять одна половинка не греется — левая холодная, правая горячая. Пришла в пятницу через СДЭК в Алматы, проверила в тот же вечер. Видео прилагаю. Деньги верните полностью, 7 500 ₸.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // innocent: "titmice" is a bird; missing part sent is an exchange
  c(
    'r26d-47',
    'en',
    "Hi. I ordered bird feeder 'for titmice and small birds' with 4 ports. It came on March 28 and the roof does not close — the hinge pin is missing, the roof just falls off in the wind. Photo attached. Could you please send the missing pin or a new roof?",
    'photo',
    [],
    'exchange',
  ),
  // «не доводите до греха» with finding the warehouse: threat; capitals: emotional
  c(
    'r26d-48',
    'ru',
    'Не доводите до греха. Я живу в Хайфе, но знакомых у меня и в Китае полно, найти ваш склад несложно. Раскладушка сломалась в первую же ночь — лопнула пружина крепления у изголовья. Фото прилагаю. ВЕРНИТЕ ДЕНЬГИ.',
    'photo',
    ['threat', 'emotional'],
    'full_refund',
  ),
  // «на фото видно» with no file; exchange declined, a sum at the seller's discretion
  c(
    'r26d-49',
    'ru',
    'Шторы блэкаут пришли 2 февраля, на одном полотнище затяжка и дырочка размером с булавочную головку, днём через неё светит луч. На фото видно. Менять не хочу, долго ждать. Компенсируйте, сколько сочтёте нужным.',
    'none',
    ['evidence_not_attached', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // questioning the staff's sanity: insult
  c(
    'r26d-50',
    'en',
    "Are you normal people? I ordered 10 m garden hose, you sent 5 m, and in chat you tell me it is 'the same'. Received from Kazpost on 7 June, photo of the hose with tape measure is attached. Send me the 10 m one.",
    'photo',
    ['insult'],
    'exchange',
  ),
  // innocent: police report is lawful; tracking number is evidence; sending again is an exchange
  c(
    'r26d-51',
    'ru',
    'Здравствуйте. Заказ — детские смарт-часы. По трек-номеру RB298765432SG посылка 17 января помещена в постамат на Абая, код я получила, но ячейка оказалась пустой. Написала заявление в полицию и в поддержку Казпочты, справка из отделения у меня есть. Прошу отправить часы повторно.',
    'none',
    [],
    'exchange',
  ),
  // "?!" emotional; bare «не работает», «брак»; German "Sauerei" (mess) is not a swear word
  c(
    'r26d-52',
    'ru',
    'Ну что за Sauerei?! Пылесос вообще не работает, какой-то брак. Требую замену.',
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence'],
    'exchange',
  ),
  // transliterated mat addressed to the seller: profanity and insult
  c(
    'r26d-53',
    'en',
    "Listen suka, I ordered winter gloves size L, you sent kids size, they don't even go over my fingers. Came on 12.12 by Posti, photo attached. Change them.",
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // «вы специально», «зная» accuse; no evidence named
  c(
    'r26d-54',
    'ru',
    'Вы специально пишете в описании 2 TB, зная, что там 64 GB. Флешку проверила программой H2testw в день получения, 9 сентября: реальный объём 58 GB, дальше запись идёт в никуда. Верните полную стоимость, 12,40 €.',
    'none',
    ['accusation', 'missing_evidence'],
    'full_refund',
  ),
  // says a video is attached, the form has none; sending back is a return
  c(
    'r26d-55',
    'en',
    'Good afternoon. Electric kettle arrived September 30, and after 1 week the lid button broke, the lid does not open anymore, I need to open it with a knife. I attached video how it is. I want return and full refund, I will send the kettle back.',
    'none',
    ['evidence_not_attached'],
    'return',
  ),
  // mat without vowels cried out on opening the box: profanity and emotional
  c(
    'r26d-56',
    'ru',
    'Открыла коробку — пздц. Настенные часы с разбитым стеклом, минутная стрелка отвалилась и болтается внутри. Забрала в доаре вчера, 4 апреля. Фото прилагаю. Прошу вернуть полную стоимость, 95 ₪.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // "ridiculous" affect, "classic scam" accuses, "what should I do" is no request
  c(
    'r26d-57',
    'en',
    'This is ridiculous and a classic scam. Listing shows 3-tier shoe rack with metal frame, I got 2 tiers and the frame is plastic painted silver. Came last Thursday, photos are attached. What should I do now?',
    'photo',
    ['emotional', 'accusation', 'missing_resolution'],
    'none',
  ),
  // innocent: blaming oneself; complete text
  c(
    'r26d-58',
    'ru',
    'Я, конечно, сама виновата, что не перепроверила, но всё же: заказывала детский комбинезон на рост 98, а на бирке 86, рукава заканчиваются у локтя. Получила в пакетоавтомате Posti 11 ноября, фото бирки и рукавов прилагаю. Пожалуйста, обменяйте на 98.',
    'photo',
    [],
    'exchange',
  ),
  // «для особо одарённых» talks down: insult
  c(
    'r26d-59',
    'ru',
    'Объясняю для особо одарённых из вашего саппорта: бэсэдэр — это когда товар работает. А ваш блендер после второго использования перестал крутить ножи: мотор гудит, ножи стоят. Видео приложено. Верните 299 ₪, это полная стоимость.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // plain good text in Russian-flavoured English
  c(
    'r26d-60',
    'en',
    'Hello! Received set of 12 glass food containers on 15 May from CDEK, two lids were cracked in the corner, I found it during unpacking, photo attached. Other containers are fine, so I ask partial refund 3 600 tenge for two lids.',
    'photo',
    [],
    'partial_refund',
    3600,
  ),
  // «мошенники» accuses; a review in community groups is lawful, no personal data: no threat
  c(
    'r26d-61',
    'ru',
    'Мошенники. Сковорода пришла 8 марта, антипригарное покрытие слезло после первой же жарки — фото прикрепила. Полный возврат, 45 €. Иначе напишу честный отзыв во все русские группы Германии, пусть люди знают, у кого не стоит покупать.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // missing adapter named; no time, no request
  c(
    'r26d-62',
    'ru',
    'Здравствуйте. Пришла кофеварка, но вилка у неё американская, плоская, а в описании было указано, что будет переходник под нашу розетку. Переходника в коробке нет. Фото коробки прилагаю.',
    'photo',
    ['missing_when', 'missing_resolution'],
    'none',
  ),
  // masked swear word before a name: profanity and insult, not emotional; tracking named
  c(
    'r26d-63',
    'en',
    "You are a bunch of f***ing idiots. I wrote in the order note 'no batteries, shipping to Finland' and you put batteries inside anyway, so Posti returned the parcel to sender on 20 January, the tracking says 'returned, dangerous goods'. Send it again without batteries.",
    'none',
    ['profanity', 'insult'],
    'exchange',
  ),
  // Hebrew «зикуй» (credit) for a sum in words: partial refund of 40
  c(
    'r26d-64',
    'ru',
    'Шалом. Получила 2 июля набор полотенец: заказывала 6 штук, пришло 4, упаковка целая, фото с содержимым прилагаю. Прошу зикуй за два недостающих — сорок шекелей.',
    'photo',
    [],
    'partial_refund',
    40,
  ),
  // "disappointed" is affect; no evidence
  c(
    'r26d-65',
    'en',
    'I am very disappointed. Kids scooter: the front wheel light stopped working after two days, and the bell fell off on the first ride. Please send new front wheel and bell.',
    'none',
    ['emotional', 'missing_evidence'],
    'exchange',
  ),
  // an obscene Arabic-Hebrew oath as an interjection: profanity and emotional
  c(
    'r26d-66',
    'ru',
    'Кус эммак, ну как так. Заказал магнитный держатель для телефона в машину, магнит не держит вообще, телефон падает на первом же повороте. Получил 10 января, видео снял в машине, прикрепил. Верните деньги полностью.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // innocent: "cocktail"; an honest review is lawful
  c(
    'r26d-67',
    'en',
    'Hi, cocktail shaker set (shaker, strainer, jigger, muddler). It arrived on August 8 without the strainer, and the jigger is 30/45 ml, not 30/60 ml like in the listing. Photo of the contents and of the jigger marks is attached. I ask partial refund of $6.50. After that I will leave honest review, 3 stars, nothing personal.',
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // irony without praise of the person («удружили») is not rude (round four)
  c(
    'r26d-68',
    'ru',
    'Ну спасибо, удружили: зеркало 60×80 отправили в мягком пакете, без уголков и картона. Пришло через Казпочту 23.02 в виде мозаики, осколки прорезали пакет. Видео распаковки прилагаю. Верните 18 000 ₸ — полную стоимость.',
    'video',
    [],
    'full_refund',
  ),
  // German fraud label accuses; «ужасное» affect; vague, no time
  c(
    'r26d-69',
    'ru',
    'Betrüger. Качество ужасное, совсем не как на картинке. Фото прилагаю. Деньги назад.',
    'photo',
    ['emotional', 'accusation', 'missing_what', 'missing_when'],
    'full_refund',
  ),
  // "it would be a shame" with a visit: veiled threat
  c(
    'r26d-70',
    'en',
    'It would be a big shame if something happens with your store when my friends from Shenzhen come to visit. Air fryer basket coating is peeling after 1 week, pieces go in the food. Photo attached. Refund.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // mat with a digit for a letter naming the item: profanity; «кидалово» accuses
  c(
    'r26d-71',
    'ru',
    'Кидалово чистой воды. Прислали какую-то ху1ню вместо электрической зубной щётки: корпус без мотора внутри, вес 40 г против 120 г в описании, взвесила на кухонных весах при получении 6 мая. Фото на весах прилагаю. Полный возврат.',
    'photo',
    ['profanity', 'accusation'],
    'full_refund',
  ),
  // generic words only; compensation without a sum
  c(
    'r26d-72',
    'en',
    'Product is defective and not as described. I want compensation.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // innocent: small-claims court and consumer protection are lawful; «третий раз пишу» is no insult
  c(
    'r26d-73',
    'ru',
    "Пишу уже в третий раз, поэтому кратко и по делу. Заказ: увлажнитель воздуха на 4 л, получен 11.08. С первого же дня из-под резервуара подтекает вода — за ночь лужа на полу, стоит на ровной поверхности, резервуар не треснут, течёт в месте соединения с базой. Видео прилагаю. Прошу вернуть полную стоимость, 176 ₪. Если спор закроют без решения, подам иск в суд мелких исков (тви'от ктанот) и жалобу в רשות להגנת הצרכן — это законный путь, не угроза.",
    'video',
    [],
    'full_refund',
  ),
  // questioning sanity is an insult; "??" emotional
  c(
    'r26d-74',
    'ru',
    'Вы там с дуба рухнули?? Присылаете чехол для гладильной доски 120×38, когда доска 140×45, и пишете "подходит ко всем". Получила 28 ноября, фото с рулеткой прикреплено. Заменяйте на 140×45.',
    'photo',
    ['insult', 'emotional'],
    'exchange',
  ),
  // "upset", "on purpose", "the difference" without a sum
  c(
    'r26d-75',
    'en',
    'I am really upset. You sent 32 GB tablet instead of 64 GB and I am sure you did it on purpose, because the 64 in the listing is more expensive. Came on 1 March, screenshot of Settings > Storage is attached. Refund me the difference.',
    'photo',
    ['emotional', 'accusation', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // masked mat to «ты» calls a name; «я тебя найду» threatens
  c(
    'r26d-76',
    'ru',
    'Слышь, с*ка, я тебя найду. Денег за набор отвёрток, 3 000 ₸, до сих пор нет, хотя возврат одобрен 2 недели назад, скрин одобрения прикрепил. Вертай деньги.',
    'photo',
    ['profanity', 'insult', 'threat'],
    'full_refund',
  ),
  // «с дефектом» is generic, no time; «к сожалению» is not emotional
  c(
    'r26d-77',
    'ru',
    'Добрый вечер. Товар с дефектом, к сожалению. Видео прилагаю. Прошу возврат средств.',
    'video',
    ['missing_what', 'missing_when'],
    'full_refund',
  ),
  // innocent long text: the seller's rude reply quoted, chargeback and BBB are lawful; return offered
  c(
    'r26d-78',
    'en',
    "Hello, I am writing for the third time, so please read until the end. I bought folding treadmill (model with 12 km/h max speed, 120 kg max user weight). FedEx delivered it on January 9, I assembled it by the instruction the same evening. From the first day the belt slips when I walk faster than 5 km/h: the motor works, the display shows the speed, but the belt stops under my foot for half of second and then jerks. I tightened the two bolts at the back as your manager advised me in chat, a quarter turn each side, three times — nothing changed, only now the belt goes to the left side. Your manager answered me on January 15: 'you are too heavy, this is your problem, not treadmill'. I weigh 82 kg, the listing says up to 120 kg. I think this answer is not correct, but okay. I attach the video where the belt slips and the screenshot of the chat. I ask return and full refund, $389. I am ready to send the treadmill back, but it is 34 kg, so please give prepaid label, I can not pay $90 for shipping myself. If you refuse, I will open a dispute in my bank (chargeback) and complain to BBB, this is how it works in USA. Thank you.",
    'video',
    [],
    'return',
  ),
  // innocent long mixed text: customs, consumer law and a consumer centre are lawful; sending the machine back makes it a return
  c(
    'r26d-79',
    'ru',
    'Guten Tag, пишу подробно, потому что ситуация запутанная. 2 апреля заказала швейную машинку (12 строчек, в описании — "metal frame, 85 W"). Посылка застряла в Zoll, пришло письмо от Deutsche Post, что её надо забрать в Zollamt и заплатить Einfuhrumsatzsteuer 23,40 €. Заплатила, забрала 29 апреля. Дома при распаковке увидела: корпус целиком пластиковый, никакой металлической рамы нет, на наклейке снизу 45 W, а не 85 W. Включила — игла делает несколько стежков и заклинивает, челнок стучит, нижняя нитка рвётся каждые 10–15 см. Пробовала разные нитки и новую иглу из комплекта, разницы нет. Сняла видео работы и сфотографировала наклейку с мощностью, видео прикрепила. По немецкому закону у меня есть Gewährleistung, но я понимаю, что вы в Китае, поэтому прошу решить здесь, через AliExpress: верните полную стоимость заказа, 118,90 €. Машинку готова отправить обратно, если оплатите Rücksendung. Если решение не устроит, обращусь за консультацией в Verbraucherzentrale — это не угроза, так у нас принято.',
    'video',
    [],
    'return',
  ),
  // innocent: Finnish "muovipussi" (plastic bag); decimal comma
  c(
    'r26d-80',
    'ru',
    'Moi! Заказала набор контейнеров для заморозки (10 шт. по 500 мл) и 50 зип-пакетов. Получила в Posti 14.03: контейнеры на месте, а вместо пакетов в коробке один обычный muovipussi с пятью пакетиками. Фото содержимого прилагаю. Прошу вернуть 4,90 € за недостающие 45 пакетов.',
    'photo',
    [],
    'partial_refund',
    4.9,
  ),
];
