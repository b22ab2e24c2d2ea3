import { labelled as c, type CorpusCase } from './types';

/**
 * Round thirty-seven, hold-out set N: buyers who spell by ear and barely punctuate (phonetic Russian, sound-alike English,
 * run-on sentences), mostly calm, some angry, rude, threatening or vague. Written by a hand that has not read the analyzer's
 * rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Misspelt words are read as the word they spell: «в шоки», «расстроина», "dissapointed", "ridiculus" are affect words;
 *   «писдец», «хуиня», «ибланы», «заибали», «блят», "fukin", "shity", "ashols" are mat or profanity; «дибилы», "idiotts" names.
 * - Misspelt evidence words ("foto", "atached", "traking", «скрин», «трек») name evidence; "i atach a video" with no file is
 *   `evidence_not_attached`.
 * - Innocent words that look rude by accident stay innocent: «бляшка», «рубля», «потребитель», «страхуйте», «ребята»,
 *   «ебонитовая» (a phonetic «эбонитовая»), "shitake", "bed shit" (a bed sheet, 160x200), "cocktail", "assembly",
 *   "Dickens", the town of Cockermouth.
 * - «получил неделю назад и сразу так было» is the discovery moment (when); «до пятницы» as a deadline is not.
 * - «верните за крышку скока не жалко, на ваше усмотрение» and "some money back, what ever u think is fair" are partial
 *   refunds without a sum.
 * - «240 рублей ..., по 40 рубля за штуку» asks for 240 (the unit price is not the amount).
 * - A parcel «stuck at depot for 3 weeks» in the wrong town is non-receipt with a time; "send it agin" is an exchange.
 * - "its to smal for me" with no size named is a fit complaint, vague like "doesnt look like the pictures" (`missing_what`).
 * - "u sent me a used vacum cleaner" reported with what was found is a fact, not an accusation.
 * - «у меня кум на таможне ..., ваши посылки будут стоять месяцами» uses connections as menace: a threat.
 * - "this shity blender jug": an adjective before the item is an intensifier, so profanity and emotional (round thirteen).
 * - Texts with a file in the form also name it, so no label hangs on whether a silent file counts as evidence.
 */
export const ROUND37_HOLDOUT_N: CorpusCase[] = [
  // Polite phonetic text, broken latch found at unpacking with a date, photo, exchange: ready.
  c(
    'r37n-01',
    'ru',
    'здраствуйте. заказывала чайник електрический 1,7 литра, пришел щас посмотрела а крышка не закрываеца, защелка сломана пополам. обнаружила при распаковке 12 марта. фото прикладываю. прошу замену на новый, спасибо заранее',
    'photo',
    [],
    'exchange',
  ),
  // «бляшка», «бляхи» are a belt buckle, not mat; buckle fell off on day two, photo, full refund: ready.
  c(
    'r37n-02',
    'ru',
    'ремень кожаный мужской пришол, на второй день носки бляшка отвалилась, ваще держалась на одном маленьком винтике а второго сдеся нету. фото бляхи и дырки прилагаю. верните пожалуйста денги полностью',
    'photo',
    [],
    'full_refund',
  ),
  // «рубля», «потребитель» contain rude-looking pieces; six bits missing, counted at the post office, 240 asked: ready.
  c(
    'r37n-03',
    'ru',
    'извените за беспокойство. заказал набор отверток 24 предмета а в кейсе только 18, не хватает шести бит, пересчитал при вскрытии на почте 3 апреля. видео вскрытия прилагаю. прошу вернуть 240 рублей за недостающие биты, по 40 рубля за штуку, я как потребитель считаю это честно',
    'video',
    [],
    'partial_refund',
    240,
  ),
  // Consumer protection and a chargeback are lawful steps; the seller's reply is quoted; no steam from day one: ready.
  c(
    'r37n-04',
    'ru',
    'утюг паровой, пар не идет ваще с первого дня, тока вода капает на одежду и пятна оставляет. видео и скрины переписки прикладываю. продавец пишет "ниче не знаем, пользуйтесь правильно". верните денги полностью, иначе пойду в роспотребнадзор и в банк на чарджбек, это по закону можно',
    'video',
    [],
    'full_refund',
  ),
  // The seller's insult is quoted as evidence, not the buyer's; size S instead of L, measured 14.05: ready.
  c(
    'r37n-05',
    'ru',
    'заказала кофту размер L а пришла S, на бирке S, померила сантиметром 14.05 длина 58 см а в описании 68. написала продавцу, он ответил "сама ты корова, читай описание внимательно". скрин переписки и фото бирки прилагаю. прошу обмен на L',
    'photo',
    [],
    'exchange',
  ),
  // «страхуйте» hides a rude-looking piece; vase in three pieces, found at the pickup point 2 June: ready.
  c(
    'r37n-06',
    'ru',
    'коробка пришла мятая, ваза стеклянная внутри разбита на три куска, обнаружил при получении 2 июня на пункте выдачи при сотруднике. фото осколков прикрепил. верните денги пожалуста. и страхуйте посылки в следущий раз, пупырки ваще не было',
    'photo',
    [],
    'full_refund',
  ),
  // «ребята», «ребенок» are innocent; strap torn on day three, photo, exchange: ready.
  c(
    'r37n-07',
    'ru',
    'ребята здраствуйте, рюкзак школьный для ребенка, на 3 день лямка оторвалась по шву, шов ваще не прошит был до конца, нитка торчит. фото шва прилагаю. прошу замену на такой же рюкзак',
    'photo',
    [],
    'exchange',
  ),
  // A visit to the warehouse "to talk differently" with the loaders is a threat; otherwise complete.
  c(
    'r37n-08',
    'ru',
    'кресло офисное пришло, колесико отломано и газлифт не держит, опускаеца сам под весом. распоковал 20 числа. фото есть прикрепил. верните денги. а если будите дальше игнорить то я знаю где ваш склад в подольске, приеду сам и поговорю с вашими грузчиками по другому',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «это писдец а не пылесос.» misspelt mat judging the item, no «!»: profanity only.
  c(
    'r37n-09',
    'ru',
    'это писдец а не пылесос. щетка не крутица ваще с первого дня, мотор гудит а щетка стоит. видео приложил. верните денги',
    'video',
    ['profanity'],
    'full_refund',
  ),
  // «бля» as an interjection, «!!!», «заибали»: profanity and emotional; tracking number and 45 days given.
  c(
    'r37n-10',
    'ru',
    'бля ну скока можно ждать!!! посылка не пришла уже 45 дней, трек LP00345678912345 стоит на месте с 3 числа. заибали, верните денги',
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // «одни дибилы работают» is name-calling at the staff (misspelt), one «?»: insult only.
  c(
    'r37n-11',
    'ru',
    'заказал чехол на диван черный а пришел розовый, открыл 5 мая. фото приложил. вы там на складе читать умеете ваще или одни дибилы работают? замените на черный',
    'photo',
    ['insult'],
    'exchange',
  ),
  // «для особо одареных» and syllables for the reader talk down: insult.
  c(
    'r37n-12',
    'ru',
    'обьясняю ищо раз для особо одареных. я заказывал ботинки размер 42 а пришли 40, на коробке написано 40, стелька 25 см. понял при примерке 8 октября. фото коробки и стельки прикладываю. со-рок два, по-нят-но? нада обмен',
    'photo',
    ['insult'],
    'exchange',
  ),
  // The director's wife found and "a pity if something happens" is a threat; «мошеники» accuses; no evidence named.
  c(
    'r37n-13',
    'ru',
    'лампа настольная не включаеца ваще, кнопку жмеш щелкает и все, лампочку менял на другую. получил неделю назад и сразу так было. вы мошеники, впариваете хлам людям. я нашел страницу вашего директора вк, и жену его нашел и где она работает. будет очень жаль если с ними что то случица. верните денги',
    'none',
    ['threat', 'accusation', 'missing_evidence'],
    'full_refund',
  ),
  // Capitals, «???» and «я в шоки»: emotional; the defects are concrete.
  c(
    'r37n-14',
    'ru',
    'ЭТО ВАЩЕ ЧТО ТАКОЕ??? куртка зимняя а синтепон внутри комками сбился, молния сломалась в первый же день, бегунок слетел. я в шоки. фото прикладываю. верните денги',
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // «вы специяльно», «это развод» accuse even beside the tester facts.
  c(
    'r37n-15',
    'ru',
    'вы специяльно шлете старые батарейки, это развод на денги. заказала 20 батареек АА, пришли все с датой 2019 года и половина не держит заряд, проверяла тестером 11.11. фото тестера прилагаю. верните денги за них',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Only generic words, no time, no evidence, «нада чтото делать» asks for nothing.
  c(
    'r37n-16',
    'ru',
    'получила заказ а там ваще не то что я хотела, качество плохое, не соответствует описанию. нада чтото делать с этим',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // «скока не жалко, на ваше усмотрение» for the cracked lid: partial refund without a sum.
  c(
    'r37n-17',
    'ru',
    'в наборе из трех кастрюль одна крышка пришла треснутая, трещина через все стекло, увидела при распаковке. остальное норм, оставлю себе. верните за крышку скока не жалко, на ваше усмотрение. фото прикладываю',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Says the unboxing video is attached, the form has no file.
  c(
    'r37n-18',
    'ru',
    'вентилятор напольный, лопасть отломана у основания, кусок пластика гремит внутри решетки. видео распаковки прикрепляю, там видно что сломан был сразу, снимала 7 июля. прошу замену',
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // A single two-letter word: empty text only.
  c('r37n-19', 'ru', 'ну', 'none', ['empty_text'], 'none'),
  // Exchange turned down, money asked; sizes measured with a tape 9 September: ready.
  c(
    'r37n-20',
    'ru',
    'заказывала шторы блекаут 2 шт 150 на 260, пришли 140 на 250 и ищо просвечивают на солнце. померила рулеткой 9 сентября. фото с рулеткой прилагаю. обмен не хочу ждать ищо месяц, верните денги',
    'photo',
    [],
    'full_refund',
  ),
  // A sum in words, «триста рублей», for 20 missing pegs: partial 300, ready.
  c(
    'r37n-21',
    'ru',
    'набор прищепок 50 штук, пришло 30, пересчитала при распаковке 16.02. фото прикладываю. верните пожалуйста триста рублей за недостачу',
    'photo',
    [],
    'partial_refund',
    300,
  ),
  // «верните разницу в цене» with no sum: partial without amount; the material mismatch is concrete.
  c(
    'r37n-22',
    'ru',
    'заказывал пуховик с натуральным пухом а на бирке написано синтепон 100%, увидел когда получил 4 декабря. фото бирки. носить буду раз уж пришел, но верните разницу в цене',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // A decimal comma, 312,50: partial 312.5, ready.
  c(
    'r37n-23',
    'ru',
    'блендер, в комплекте должно быть две насадки а пришла одна, венчика нету. распаковал 3 марта. фото комплекта прилагаю. верните за венчик 312,50 рублей',
    'photo',
    [],
    'partial_refund',
    312.5,
  ),
  // «земля круглая, ищо свидимся и тогда по другому поговорим» is a veiled threat.
  c(
    'r37n-24',
    'ru',
    'часы наручные пришли, стекло поцарапано и секундная стрелка отвалилась, болтаеца под стеклом. распаковала 1 августа. фото. верните денги. вы мне уже два раза отказали, ну ниче, земля круглая, ищо свидимся и тогда по другому поговорим',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «олухи вы» is name-calling without a swear word: insult.
  c(
    'r37n-25',
    'ru',
    'олухи вы на складе, заказ был бежевый плед а положили серый. получил 22.01. фото прилагаю. замените на бежевый',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Misspelt mat cried out with «!!»: profanity and emotional.
  c(
    'r37n-26',
    'ru',
    'нахуа мне такая хуиня!! сумка новая а ручка оторвалась на второй день, шов разошелся. фото есть прикрепила. верните денги',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // «продавец сучара ты» calls the seller a name with mat: profanity and insult; «трек» and two months given.
  c(
    'r37n-27',
    'ru',
    'продавец сучара ты ответь уже, посылку жду 2 месяца, трек не обновляеца с 10 марта. верните денги',
    'none',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // «блят» as an opening interjection: profanity and emotional; 12 V instead of 18 V.
  c(
    'r37n-28',
    'ru',
    'блят опять не то пришло. заказывал шуруповерт 18 вольт а пришел на 12 вольт, на корпусе написано 12V. открыл 30 апреля. фото наклейки. замените на 18 вольт',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // Scare quotes around «случайно» plus «у вас всегда случайно»: sarcasm about honesty, accusation; 380 asked.
  c(
    'r37n-29',
    'ru',
    'заказала крем для рук 3 тюбика, пришел один и тот вскрытый. ну канешно "случайно" так вышло, у вас всегда случайно. получила 6 ноября. видео распаковки. верните денги за 2 тюбика 380 рублей',
    'video',
    ['accusation'],
    'partial_refund',
    380,
  ),
  // A negated accusation is not one; odd sizes 39/40 found at the fitting: ready.
  c(
    'r37n-30',
    'ru',
    'я не говорю что вы спецально, может на складе перепутали, но пришли кроссовки разные: левый 39 а правый 40. заметила при примерке на следущий день как получила. фото подошв прилагаю. поменяйте пожалуйста пару',
    'photo',
    [],
    'exchange',
  ),
  // «расстроилась до слез», «ужас»: emotional; "not like the picture" is vague; no time, no evidence.
  c(
    'r37n-31',
    'ru',
    'получила посылку и расстроилась до слез, ваще не то что на картинке, ужас какой то. верните деньги',
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Thickness and colour mismatch are concrete, but nothing says when or how it was found.
  c(
    'r37n-32',
    'ru',
    'коврик для йоги в описании толщина 8 мм а прислали 4 мм, и цвет не сиреневый а синий. фото прилагаю. замените пожалуйста на правильный',
    'photo',
    ['missing_when'],
    'exchange',
  ),
  // «че делать?» asks for no remedy.
  c(
    'r37n-33',
    'ru',
    'пылесос робот не видит базу, кружит по комнате пока не сядет и встает посреди комнаты, с первого дня так. видео приложил. че делать?',
    'video',
    ['missing_resolution'],
    'none',
  ),
  // Publishing the seller's personal number and address found is a threat; the Friday deadline is not the problem's time.
  c(
    'r37n-34',
    'ru',
    'платье выпускное пришло с пятном на юбке и порваная подкладка, увидела сразу при получении 25 мая. фото прикладываю. если не вернете денги до пятницы я ваш личный номер и адрес который нашла выложу во все группы пусть вам звонят день и ночь',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // The seller's mat quoted as evidence stays profanity; nothing else missing.
  c(
    'r37n-35',
    'ru',
    'написала продавцу что коробка пришла пустая, вес на накладной 0,1 кг, открыла на почте 14 февраля при работнике. а он мне ответил "иди нахуй со своей коробкой". скрин и фото прилагаю. прошу вернуть денги полностью',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // A police report is lawful; parcel handed to someone else on the 3rd per tracking; resend asked: ready.
  c(
    'r37n-36',
    'ru',
    'посылку на пункте выдачи отдали кому то другому 3 числа, по отслеживанию вручено а я ее не получала, на пункте сказали ниче не знаем. написала заявление в полицию, талон есть. прошу отправить заказ заново',
    'none',
    [],
    'exchange',
  ),
  // «ну молодцы, профессора упаковки» is sarcastic praise of the packers: insult.
  c(
    'r37n-37',
    'ru',
    'забрала зеркало на почте 18.06, открыла дома а оно в осколках. ну молодцы, профессора упаковки, зеркало в пакетике без пупырки отправить это уметь надо. фото прилагаю. верните деньги',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // «КИДАЛЫ!!!» accuses and cries out; two weeks unsent is a time; no evidence named.
  c(
    'r37n-38',
    'ru',
    'КИДАЛЫ!!! деньги взяли а товар не отправили, уже 2 недели статус ожидает отправки. верните деньги',
    'none',
    ['accusation', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // «ебонитовая» is a phonetic «эбонитовая» (ebonite rod); the missing part sent again is an exchange: ready.
  c(
    'r37n-39',
    'ru',
    'набор юный физик для сына, ебонитовая палочка пришла сломаная напополам, в коробке два куска. увидели сразу при распаковке 9 января. фото прилагаю. прошу прислать палочку отдельно, остальное все на месте',
    'photo',
    [],
    'exchange',
  ),
  // Wishing the seller's home cooker catches fire is a threat.
  c(
    'r37n-40',
    'ru',
    'мультиварка на третий день задымилась и выключилась, запах горелой проводки, больше не включаеца. видео приложил. верните денги. и чтоб у вас дома такая же загорелась',
    'video',
    ['threat'],
    'full_refund',
  ),
  // A long polite story: readings 40-50 too high against the pharmacy's meter the next day, error E3, photo, exchange: ready.
  c(
    'r37n-41',
    'ru',
    'извените что много пишу, я первый раз на алиэкспрессе, внук помог заказать. заказывали тонометр автоматический на плечо для бабушки, ей 80 лет, у нее давление скачет и врач сказал мерить утром и вечером. пришел быстро, все красиво упаковано, манжета, батарейки, инструкция по китайски и по английски, ну ладно разобрались. но он показывает ваще не то. бабушка мерила 180 на 110 а сама себя чувствует нормально, мы вызвали скорую, фельдшер померил своим механическим 130 на 85. на следущий день пошли в аптеку и сравнили там с аптечным три раза подряд, наш каждый раз показывает больше на 40-50. фармацевт сказала что прибор неисправный, датчик врет. ищо он иногда пишет ошибку Е3 и сам выключается. фото экрана рядом с аптечным прибором прикладываю, там видно разницу. прошу замену на исправный тонометр, можно такой же модели, бабушке он нужен каждый день. спасибо',
    'photo',
    [],
    'exchange',
  ),
  // «вы ибланы чтоли?» is misspelt mat asked of the seller: profanity and insult, one «?», not emotional.
  c(
    'r37n-42',
    'ru',
    'вы ибланы чтоли? я писал в коментарии к заказу размер 44, а вы прислали тапки 38, на ребенка. получил вчера 12.03, на подошве 38. фото. замените на 44',
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // A relative at customs holding the seller's parcels for months is connections used as menace: threat.
  c(
    'r37n-43',
    'ru',
    'триммер бензиновый не заводица ваще, свеча сухая, бензин не поступает, с первого запуска 5 июня так. видео. замените на рабочий. и имейте ввиду у меня кум на таможне работает, если не замените все ваши посылки в наш город будут стоять месяцами, подумайте',
    'video',
    ['threat'],
    'exchange',
  ),
  // «верните половину стоимости»: a half with no sum.
  c(
    'r37n-44',
    'ru',
    'сковорода, антипригарное покрытие облезло после второй жарки, кусками слазит прям в еду, ну пользоваться как то можно. фото. верните половину стоимости',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Transliterated Russian, sleeve torn at the seam found at unpacking 3 March, photo: ready.
  c(
    'r37n-45',
    'ru',
    'zdrastvuite, prishla kurtka, rukav porvan po shvu pod myshkoi, uvidela pri raspakovke 3 marta, foto prikrepila. verni dengi pls',
    'photo',
    [],
    'full_refund',
  ),
  // «suka skolko mozhno» is transliterated mat cried out: profanity and emotional; 50 days and «trek» given.
  c(
    'r37n-46',
    'ru',
    'suka skolko mozhno zhdat, posylki net uzhe 50 dnei, trek ne obnovlyaetsa s aprelya. verniti dengi',
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Sound-alike English, pink instead of green, opened 3 June, "foto atached": ready.
  c(
    'r37n-47',
    'en',
    'hi pls help, i recieved rong item. i orderd a green garden kneeler and got a pink one, opened the box on june 3. foto atached. pls send the green one',
    'photo',
    [],
    'exchange',
  ),
  // "shitake" is a mushroom; 250 g instead of 500 g weighed on arrival, "the diffrence $6": partial 6, ready.
  c(
    'r37n-48',
    'en',
    'orderd dried shitake mushrooms 500g, the bag is only 250g, weigh it on my kitchen scale the day it arived. photo of the scale atached. pls refund the diffrence $6',
    'photo',
    [],
    'partial_refund',
    6,
  ),
  // "bed shit" is a misspelt bed sheet; 140x200 instead of 160x200 measured on 5 May: ready.
  c(
    'r37n-49',
    'en',
    'i orderd a fitted bed shit 160x200 for king bed but it is 140x200, measured with tape wen i opened it on 5 may, it dont fit the matress at all. foto of the tape on it atached. pls exchange for rite size',
    'photo',
    [],
    'exchange',
  ),
  // Cockermouth is a town; parcel stuck in the wrong depot 3 weeks, "traking" named, resend asked: ready.
  c(
    'r37n-50',
    'en',
    'my parcel went to cockermouth depot and is stuck their for 3 weeks now, traking just says held at depot. i live in keswick not cockermouth. pls send it agin to the right adress',
    'none',
    [],
    'exchange',
  ),
  // A chargeback and an honest review are lawful steps; handle snapped the second time: ready.
  c(
    'r37n-51',
    'en',
    'garden hose reel, the handle snaped off the 2nd time i wound it up, plastic is cracked rite thru. video atached. pls full refun. if i dont hear back i will do a chargeback with my bank and leave a honest review, nothing personal',
    'video',
    [],
    'full_refund',
  ),
  // The seller's insult quoted as evidence; rod extends to 160 not 210, measured 11 Feb; offers it back: return, ready.
  c(
    'r37n-52',
    'en',
    'curtain rod sais 120-210cm on the listing but it only extends to 160cm, measured it wen i put it up on 11 feb. i messaged the seller and they replied "you are stupid customer, read description". screenshot of chat and photo with tape measure atached. i want to send it back and get refund',
    'photo',
    [],
    'return',
  ),
  // "cocktail" is innocent; seal missing, found first use last Saturday, video: ready.
  c(
    'r37n-53',
    'en',
    'cocktail shaker lid leaks evrywhere, the rubber seal isnt there at all, noticed first time i used it last saturday. short video atached. pls send a new lid with the seal',
    'video',
    [],
    'exchange',
  ),
  // "twelve dollars" in words for 4 broken glasses found at the post office: partial 12, ready.
  c(
    'r37n-54',
    'en',
    'set of 6 wine glases, 4 was brokken wen i opened the box at post office on 14 august, only 2 ok. photo atached. pls refund twelve dollars for the 4 brokken ones',
    'photo',
    [],
    'partial_refund',
    12,
  ),
  // A negated "on purpose"; charger missing, box retaped, found 20 July: ready.
  c(
    'r37n-55',
    'en',
    'cordless drill came without the battery charger, the box tape was cut and taped again. i dont say you did it on purpose maybe warehouse. noticed wen i unpacked it 20 july. photos of the box atached. pls send the charger',
    'photo',
    [],
    'exchange',
  ),
  // A conditional refund is the request; 60 days, tracking number: ready.
  c(
    'r37n-56',
    'en',
    'its been 60 days since i payed and the parcel never came, tracking LB123456789CN has no update since it left china. if it cant be found pls refund me',
    'none',
    [],
    'full_refund',
  ),
  // "assembly" is innocent; 6 screws not 12 counted 2 October; "3,50 euro" with a decimal comma: partial 3.5, ready.
  c(
    'r37n-57',
    'en',
    'the shelf assembly kit has only 6 screws in the bag not 12 like the instructions say, counted them wen i unboxed on 2 october. photo of the bag atached. pls refund 3,50 euro for the missing screws',
    'photo',
    [],
    'partial_refund',
    3.5,
  ),
  // "dickens" is the author; one book of five missing, found 9 March; the missing book sent: exchange, ready.
  c(
    'r37n-58',
    'en',
    'i orderd the charles dickens box set 5 books and only 4 came, great expectations is missing, found it wen i unwraped it yesterday (march 9). photo atached. pls send the missing book',
    'photo',
    [],
    'exchange',
  ),
  // "fukin ridiculus!!" is misspelt profanity as an intensifier with "!!": profanity and emotional.
  c(
    'r37n-59',
    'en',
    'this is fukin ridiculus!! rain jacket says waterproof but i got soaked thru on the first walk in rain, water comes in at the zip and the seams. photo of the wet shirt underneath atached. refund pls',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // "are u all idiotts over there" is name-calling at the staff: insult.
  c(
    'r37n-60',
    'en',
    'dog harness, orderd large for my 30kg dog, you sent small, label says S. opened it tuesday. photos atached. are u all idiotts over there, do u even read the orders. send the large',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Knowing where the warehouse is and a cousin who "can pay u a visit": threat.
  c(
    'r37n-61',
    'en',
    'i no were your warehouse is in shenzhen, my cousin lives 10 min from there and he can pay u a visit and talk about my money. the air fryer basket coating peeled off after 3 uses and there is black flakes in the food. photos atached. refund',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "this shity blender jug": profanity as an intensifier before the item, profanity and emotional.
  c(
    'r37n-62',
    'en',
    'this shity blender jug cracked on the 2nd use, now it leaks out the botom all over the counter. video atached. send a new jug',
    'video',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // "u ashols" is misspelt profanity aimed at the seller: profanity and insult; the used vacuum is a reported fact.
  c(
    'r37n-63',
    'en',
    'u ashols sent me a used vacum cleaner, the bin was full of someone elses dust and hair wen i opened it on 8 may. photos atached. refund me',
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // "would be a real shame if somthing happend to it" about the shop: veiled threat.
  c(
    'r37n-64',
    'en',
    'nice little shop you got there, would be a real shame if somthing happend to it. the desk lamp arm wont hold position, it just flops down, from day one. video atached. send a working one',
    'video',
    ['threat'],
    'exchange',
  ),
  // "fuk off with ur 2 dollars" sends the seller away: profanity only; full refund asked.
  c(
    'r37n-65',
    'en',
    'the glass teapot arrived with the lid shatterd, saw it as soon as i opened the box on 19 april, photo atached. you offer me 2 dollars? fuk off with ur 2 dollars, i paid 35, i want full refund',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // The seller's "bullshit" quoted as evidence stays profanity; nothing else missing.
  c(
    'r37n-66',
    'en',
    'i told the seller the rice cooker inner pot has a dent and the non stick is scratched, i saw it on arrival 23 march, and they wrote back "stop bothering us with this bullshit". screenshot and photos atached. pls refund',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // "let me explain slow so even u can understand" and words cut by full stops talk down: insult.
  c(
    'r37n-67',
    'en',
    'let me explain slow so even u can understand. i. orderd. size. 38. the sandals say 36 on the sole, i saw wen i tried them on the day they came. photo of the sole atached. exchange for 38',
    'photo',
    ['insult'],
    'exchange',
  ),
  // "what genius packed this" mocks the packer (insult); "you scamers know it will brake" accuses.
  c(
    'r37n-68',
    'en',
    'wow what genius packed this, a ceramic plant pot in a envelope with no padding, it came in 3 pieces on 7 june. you scamers know it will brake and dont care. photo atached. refund',
    'photo',
    ['insult', 'accusation'],
    'full_refund',
  ),
  // "im so dissapointed" is an affect word misspelt: emotional; polyester instead of wool is concrete.
  c(
    'r37n-69',
    'en',
    'im so dissapointed, the wool blanket i orderd is 100% polyester on the label, not wool like the listing. found out wen it came on 12 jan. photo of label atached. pls refund',
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // "scamers and theifs" accuse even with the model mismatch stated.
  c(
    'r37n-70',
    'en',
    'you are scamers and theifs. the phone case i paid for is a diffrent model, it says iphone 13 but i orderd 14 pro and the camera hole dont line up, saw it wen i put it on on the 2nd. photo atached. refund',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Only "not like discription": no what, no when, no evidence.
  c(
    'r37n-71',
    'en',
    'its not good, not like discription at all. pls refun',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Crack and Monday named, but no evidence and no file.
  c(
    'r37n-72',
    'en',
    'the lamp shade is crackd down one side, saw it wen i opened the box on monday. pls send new shade',
    'none',
    ['missing_evidence'],
    'exchange',
  ),
  // "i atach a video" with no file in the form.
  c(
    'r37n-73',
    'en',
    'the kids scooter front wheel wobbles and the bearing grinds, it was like that from the first ride on 4 sept. i atach a video so you can see. pls exchange',
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // "some money back, what ever u think is fair": partial refund without a sum.
  c(
    'r37n-74',
    'en',
    'the bath towel set came 3 towels not 4, counted wen i unpacked on 30 june, photo atached. pls give me some money back, what ever u think is fair',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // A single two-letter word: empty text only.
  c('r37n-75', 'en', 'hi', 'none', ['empty_text'], 'none'),
  // "what should i do?" asks for nothing.
  c(
    'r37n-76',
    'en',
    'the electric kettle switch wont stay down, it clicks off after 2 seconds and never boils, since the first day i got it on 15 nov. video atached. what should i do?',
    'video',
    ['missing_resolution'],
    'none',
  ),
  // "to smal for me" with no size and "doesnt look like the pictures" are vague.
  c(
    'r37n-77',
    'en',
    'got the jumper on 2 nov its to smal for me, doesnt look like the pictures ether. photo atached. refund pls',
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // "refund half": partial without a sum.
  c(
    'r37n-78',
    'en',
    'the hiking boots sole came unglued at the toe after the 2nd hike, i can still wear them if i glue it. photos atached. can u refund half',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Capitals, "!!!", "WORST" are emotional; "on purpose" accuses.
  c(
    'r37n-79',
    'en',
    'WORST SELLER EVER!!! u sent me a brokken chair on purpose, the leg is snapped clean off at the joint, got it tuesday. photos atached. refund NOW',
    'photo',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // Non-receipt with a tracking number but no elapsed time.
  c(
    'r37n-80',
    'en',
    'my parcel never came, tracking number UB987654321CN shows nothing. pls refund',
    'none',
    ['missing_when'],
    'full_refund',
  ),
];
