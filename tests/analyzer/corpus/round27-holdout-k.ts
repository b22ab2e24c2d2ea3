import { labelled as c, type CorpusCase } from './types';

/**
 * Round twenty-seven, hold-out set k: buyers of health, beauty and personal-care goods (hair dye, supplements, blood
 * pressure monitors, thermometers, hearing-aid batteries, lens solution, breast pumps, formula scoops, insoles, razors)
 * who worry about their bodies and their children, and some of whom get frightened, furious or cruel. Written by a hand
 * that has not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Words of the body and of medicine with rude-looking pieces (себорейный, лечебный, бляшки, употребить/употребляю,
 *   молокоотсос, соски, гребень, потребителей, Роспотребнадзор, the surname Бляхер, Ебург, «Мандарин», massager,
 *   titanium, shiitake, cocktail, analysis, rectal, Scunthorpe, Cockermouth, Dr Dickens) are innocent.
 * - «Подделка»/"fake" backed by checkable facts (no hologram, a lot number the maker denies) names the problem; only a
 *   label of the seller's intent («вы прекрасно знаете, что торгуете подделками», «специально», "you knew it") or a
 *   fraud label (жульё, scammers) is an accusation. A lab certificate or doctor's note is named next to a photo, so
 *   evidence never rests on it alone.
 * - Wishing that the seller or the seller's family try the harmful product on their own skin, or that their hands
 *   wither, is a wish of harm: a threat. A relative "who knows how to find people" is a veiled threat.
 * - "What the f*ck is in this …?" is WTF as an intensifier: profanity and emotional. «Идите нах со своим …» sends the
 *   seller away: profanity only. Mat in the seller's line of a pasted chat is profanity only.
 * - A text naming a screenshot and a video when the form holds one file is not `evidence_not_attached`: the form has a
 *   file. A text saying a photo is attached with no file gets only `evidence_not_attached`.
 * - «Прошу вернуть полную стоимость обеих банок, 1 870 рублей» is the whole order: a full refund. «Прошу вернуть 2,40 €
 *   — цену контейнера, пинцет оставлю» is part of the order: a partial refund of 2.4.
 * - A threat that publishes the seller's home address on flyers is a threat even when the rest of the text is complete.
 * - «Молчите третью неделю» times the seller's silence, not a named problem: no time of the problem.
 * - A listing's claim repeated without scare quotes ("sold as hypoallergenic") is no sarcasm about honesty.
 */
export const ROUND27_HOLDOUT_K: CorpusCase[] = [
  // Hair dye, expired, skin test blistered; dermatologist's "лечебная мазь" is innocent; complete.
  c(
    'r27k-01',
    'ru',
    'Здравствуйте. Заказала краску для волос, оттенок 7.1 «пепельный русый», получила 12 апреля. Перед окрашиванием сделала тест на сгибе локтя, как написано в инструкции: через 15 минут кожа покраснела, к вечеру появились волдыри. На коробке срок годности до 03.2023 — краска просрочена больше чем на год. Дерматолог выписал лечебную мазь и сказал, что с просроченным окислителем такое бывает. Прикладываю фото коробки с датой и фото руки. Прошу вернуть полную стоимость.',
    'photo',
    [],
    'full_refund',
  ),
  // Breast pump loses vacuum; «молокоотсос», «груди» are innocent; exchange, complete.
  c(
    'r27k-02',
    'ru',
    'Молокоотсос электрический (двухфазный) получила 3 февраля. На второй день перестал держать вакуум: мотор гудит, а воронка не присасывается к груди, молоко не идёт. Осмотрела — силиконовый клапан надорван у основания. Видео работы и фото клапана прилагаю. Прошу заменить молокоотсос на исправный, мне кормить ребёнка.',
    'video',
    [],
    'exchange',
  ),
  // «лечебный», «себорейного» innocent; refuses a return, asks the difference with a sum.
  c(
    'r27k-03',
    'ru',
    'Заказывала лечебный шампунь от себорейного дерматита с кетоконазолом 2 %, в описании объём 250 мл. Пришёл флакон на 100 мл — на этикетке так и написано, на фото флакон рядом с линейкой. Получила 9 октября. Шампунь сам подходит, поэтому прошу не возврат, а вернуть разницу — 340 рублей.',
    'photo',
    [],
    'partial_refund',
    340,
  ),
  // Blood pressure monitor shows nonsense; «бляшки» innocent; offers to send it back: return.
  c(
    'r27k-04',
    'ru',
    'Тонометр автоматический на плечо. В день получения, 22 ноября, мерили мужу давление: прибор показал 212/38 и пульс 190, через минуту — 96/110. В тот же вечер участковый врач измерил механическим тонометром: 130/85. У мужа атеросклеротические бляшки в сосудах, ему нужен точный прибор, а этот показывает что угодно. Видео трёх измерений подряд прилагаю. Готова отправить тонометр обратно, верните деньги.',
    'video',
    [],
    'return',
  ),
  // Expired vitamin D; «употребить» innocent; complete.
  c(
    'r27k-05',
    'ru',
    'Витамин D3 5000 МЕ, 120 капсул. Банку получила 11 сентября 2024 года, на дне срок годности — до 08.2024, то есть продали уже просроченный. Заметила не сразу, успела употребить четыре капсулы. Фото дна банки с датой приложила. Прошу полный возврат.',
    'photo',
    [],
    'full_refund',
  ),
  // Digit-masked mat judging the item, followed by a filler: profanity only.
  c(
    'r27k-06',
    'ru',
    'Краска для бровей — пи3дец полный. Держала 5 минут, как в инструкции, кожа над бровями горела ещё час, а брови стали рыжими вместо графитовых. Красила 2 марта, фото до и после приложила. Верните деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Condescension («для особо одарённых») aimed at the staff: insult.
  c(
    'r27k-07',
    'ru',
    'Объясняю для особо одарённых сотрудников вашего склада: срок годности — это дата, после которой капсулы пить нельзя. На банке омега-3 напечатано 05.2023, а получила я её 18 июня 2024 года. Фото банки с датой прилагаю. Верните деньги.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Cracked formula scoop; then knowing the seller's home address and wife's page: veiled threat.
  c(
    'r27k-08',
    'ru',
    'Мерная ложка из набора для детской смеси при первом же использовании, 6 мая, треснула по ручке, и от неё откололся кусочек пластика — нашла его в бутылочке. Фото ложки и осколка приложила. Верните деньги. И ещё: я нашла ваш домашний адрес и страничку вашей жены. Советую ответить быстро, пока я не решила, что с этим делать.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Facts about a fake, plus a label of intent («прекрасно знаете, что торгуете подделками»): accusation.
  c(
    'r27k-09',
    'ru',
    'Коллаген в порошке «Marine Collagen», две банки. Получила 7 июля: на банках нет защитной голограммы, QR-код ведёт на несуществующий сайт, порошок пахнет ванилином, хотя заявлен без вкуса. Вы прекрасно знаете, что торгуете подделками, не делайте вид, что это ошибка. Фото банок приложены. Верните деньги.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Frightened mother: «Я в ужасе!!» is emotional; everything else complete.
  c(
    'r27k-10',
    'ru',
    'Я в ужасе!! Мерные ложки для смеси из набора, на ручке выбито «4,5 г». Сегодня, 10 мая, взвесила на кухонных весах — ложка набирает почти 8 граммов. Я неделю кормила дочку по этой ложке, ей 4 месяца, у неё запор и срыгивания, педиатр велел срочно сменить мерку. Фото ложки на весах прилагаю. Верните деньги.',
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // Vague: no concrete problem, no time, no evidence, «разберитесь» is no request.
  c(
    'r27k-11',
    'ru',
    'Крем пришёл какой-то не такой, пользоваться невозможно. Разберитесь.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Wrong insole size measured; declines exchange; «часть стоимости» without a sum.
  c(
    'r27k-12',
    'ru',
    'Стельки ортопедические, заказывала размер 39. Пришли на 37: при распаковке 16 августа измерила линейкой — 23,5 см вместо 25,5 см по таблице. Фото стельки рядом с линейкой прикладываю. Менять не хочу, ждать ещё месяц долго — отдам дочери. Верните часть стоимости.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «На фото это хорошо видно» but the form has no file: evidence_not_attached only.
  c(
    'r27k-13',
    'ru',
    'Набор пинцетов для бровей, 4 шт. Получила 28 января, в тот же день выяснилось, что у скошенного пинцета кончики не смыкаются — зазор около миллиметра, волоски проскальзывают. На фото это хорошо видно. Прошу прислать замену скошенного пинцета.',
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // A single two-letter word: empty text only.
  c('r27k-14', 'ru', 'ок', 'none', ['empty_text'], 'none'),
  // "massager" innocent; burn from the heating pad measured; complete.
  c(
    'r27k-15',
    'en',
    'The neck and shoulder massager (the model with heated nodes) arrived on 4 March. On the third use the left heating pad got hot enough to leave a red mark on my skin — I measured the surface at 61 °C with a kitchen thermometer, while the listing says 45 °C maximum. I have stopped using it. Photos of the mark and of the thermometer reading are attached. Please refund the full amount.',
    'photo',
    [],
    'full_refund',
  ),
  // "titanium" innocent; magnet test shows plated steel; complete.
  c(
    'r27k-16',
    'en',
    "Ordered the titanium tweezers set (3 pcs, $12.80). They arrived on 19 May, and when I tested them with a magnet that evening all three stuck to it, so they are plated steel, not titanium. I am allergic to nickel and bought these specifically for that reason; after one use the skin under my eyebrows is itchy. Video with the magnet attached. I'd like a full refund.",
    'video',
    [],
    'full_refund',
  ),
  // "shiitake" innocent; torn seal and wet capsules on arrival; asks a new bottle.
  c(
    'r27k-17',
    'en',
    'The shiitake and reishi mushroom capsules arrived on 2 February with the seal under the lid already torn and the capsules stuck together in a wet lump. The best-before date on the bottle is 11/2023. Photos of the seal and the date are attached. Please send a new, sealed bottle.',
    'photo',
    [],
    'exchange',
  ),
  // "Scunthorpe" innocent; Trading Standards is a lawful step; complete.
  c(
    'r27k-18',
    'en',
    "I live in Scunthorpe and ordered a digital ear thermometer for my son. It arrived on 8 January. Since the first evening it shows anything between 34.1 and 41.9 °C on the same ear within a minute; our GP's thermometer showed 36.8. A video of five readings in a row is attached. If this cannot be resolved, I will report the listing to Trading Standards, because a medical device that gives false readings is a safety issue. Please refund me in full.",
    'video',
    [],
    'full_refund',
  ),
  // Masked "f*ck" as WTF intensifier: profanity and emotional.
  c(
    'r27k-19',
    'en',
    "What the f*ck is in this contact lens solution? Two days after opening the bottle (received 12 June) both my eyes were red and burning; the optician found a chemical irritation and told me to stop using it. The bottle has no batch number at all. Photos of the bottle and the optician's note attached. Refund me.",
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // "Are you braindead?" questions the reader's sanity: insult; wrong battery size, exchange.
  c(
    'r27k-20',
    'en',
    "Are you braindead? I ordered size 10 zinc-air hearing aid batteries (yellow tab) and got size 312 (brown tab), which don't fit my mother's hearing aids. Received 30 April, photo of the packs attached. Send the correct size 10 batteries.",
    'photo',
    ['insult'],
    'exchange',
  ),
  // Chemical burn; wishing the seller's family the same on their skin: threat.
  c(
    'r27k-21',
    'en',
    'The hair removal cream burned the skin on my legs — after 4 minutes, well under the 10 minutes on the box, I had red raw patches that my doctor treated as a second-degree chemical burn. I used it on 21 July, the day it arrived. Photos of my legs and the tube attached. Refund the full price. I hope someone in your family rubs this stuff on their own skin and finds out what it feels like.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Scare quotes around 'genuine' and 'mistake': sarcasm about honesty, accusation.
  c(
    'r27k-22',
    'en',
    "So the 'genuine' Omron blood pressure monitor arrives on 5 October with a misspelled logo ('Omrom'), no serial number and a manual in broken English. Another honest 'mistake', I'm sure. Photos of the box and the logo attached. Please refund.",
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Missing sachets with a sum, but no time or discovery.
  c(
    'r27k-23',
    'en',
    'The pack of 60 contact lens solution sachets had only 40 inside. Photo of the open box with the sachets laid out attached. Please refund $6 for the missing 20.',
    'photo',
    ['missing_when'],
    'partial_refund',
    6,
  ),
  // "upset and disappointed": emotional; "nipples" innocent; exchange.
  c(
    'r27k-24',
    'en',
    "I'm so upset and disappointed. The breast pump flanges arrived on 14 August in size 21 mm, but I ordered and paid for 24 mm — it says so on the order page. The smaller ones pinch my nipples and pumping is painful. Photo of the size marking on the flange attached. Please exchange them for 24 mm.",
    'photo',
    ['emotional'],
    'exchange',
  ),
  // Vague "useless" and "not as described", no time, no evidence, a question instead of a request.
  c(
    'r27k-25',
    'en',
    'This thermometer is useless and not as described. What am I supposed to do with it?',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Latin look-alike letters in «eбaные» before the item: intensifier, profanity and emotional; «заберите обратно»: return.
  c(
    'r27k-26',
    'ru',
    'Эти eбaные стельки «с поддержкой свода» натёрли мне ступни до крови за один день, 3 апреля. Супинатор из жёсткого пластика, края не обработаны, торчит заусенец. Фото ступни и стельки приложила. Заберите их обратно и верните деньги.',
    'photo',
    ['profanity', 'emotional'],
    'return',
  ),
  // Surname «Бляхер» of the eye doctor is innocent; flakes in eye drops; complete.
  c(
    'r27k-27',
    'ru',
    'Капли для глаз «искусственная слеза», 10 мл. Получила 25 ноября, при вскрытии оказалось, что под крышкой нет защитного кольца, а в растворе плавают белые хлопья. Мой офтальмолог, Марина Львовна Бляхер, сказала ни в коем случае не закапывать. Фото флакона на просвет прилагаю. Прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // Retinol serum swelling; husband "who knows how to find people": veiled threat.
  c(
    'r27k-28',
    'ru',
    'Сыворотка для лица с ретинолом. Нанесла в первый же вечер, 17 января, — к утру лицо опухло, глаза заплыли, пришлось ехать в травмпункт, поставили аллергический дерматит. В составе на коробке ретинола нет вообще, зато есть отдушка, которой нет в описании. Фото лица и коробки прилагаю. Верните деньги. И учтите: мой муж служил и умеет находить людей. Не хотелось бы, чтобы ему пришлось искать вас лично.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Quoted seller words, expert test, Роспотребнадзор, honest review: all innocent; complete.
  c(
    'r27k-29',
    'ru',
    'Детские мерные ложки для смеси из вашего магазина пахнут растворителем: запах почувствовала сразу при вскрытии пакета 2 декабря, и он не ушёл после трёх кипячений. В переписке продавец написал мне: «Не нравится — не покупайте, мамаша». Скриншот переписки и видео с ложками прилагаю. Прошу вернуть деньги. Параллельно отправлю образец на экспертизу, напишу жалобу в Роспотребнадзор, а на товар оставлю честный отзыв.',
    'video',
    [],
    'full_refund',
  ),
  // «Кошмар» emotional; «специально подсовываете подделки» accusation.
  c(
    'r27k-30',
    'ru',
    'Кошмар какой-то. Купила сыну «оригинальный» детский рыбий жир, 3+. После второй ложки, 8 марта, его обсыпало по всему телу, педиатр сказал — аллергия на ароматизатор, которого нет в составе на сайте производителя. Вы же специально подсовываете людям подделки, вам плевать на детей. Фото сыпи и банки приложила. Верните деньги.',
    'photo',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // Complete report of a foot massager fault, but no request.
  c(
    'r27k-31',
    'ru',
    'Массажёр для ног с прогревом: 20 февраля, на третий день работы, перестал греть правый отсек, ролики с той стороны крутятся рывками и скрипят. Видео прилагаю.',
    'video',
    ['missing_resolution'],
    'none',
  ),
  // Spaced mat set off as a cry: profanity and emotional; non-receipt with a tracking number.
  c(
    'r27k-32',
    'ru',
    'б л я т ь, сколько можно. Третью неделю жду батарейки для слухового аппарата, трек-номер LP00412345678901 не обновляется со 2 числа. Отец без аппарата ничего не слышит. Верните деньги.',
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Sarcastic praise «Браво, гении логистики!» aimed at the seller's work: insult; single "!".
  c(
    'r27k-33',
    'ru',
    'Браво, гении логистики! Инфракрасный градусник пришёл 14 сентября без коробки, в тонком пакете, экран треснул по диагонали и показывает только половину цифр. Фото прилагаю. Верните деньги.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Bare «Пздц.» (vowels dropped) as a cry on opening: profanity and emotional.
  c(
    'r27k-34',
    'ru',
    'Пздц. Открыла посылку с контактными линзами — блистеры вздутые, раствор в двух мутный, срок годности на коробке истёк в январе. Получила 30 марта. Фото блистеров и коробки прикладываю. Прошу вернуть деньги.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Wish that the seller's hands wither: threat.
  c(
    'r27k-35',
    'ru',
    'Крем для рук «с гиалуроновой кислотой» превратил мне руки в наждачку: кожа потрескалась, на костяшках ссадины. Мазала 11 февраля вечером, 12-го утром уже были трещины. Фото рук приложила. Верните деньги. Чтоб вы сами этим кремом мазались, пока у вас руки не отсохли.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «Гребень» innocent; broken teeth scratch the scalp; asks the whole price: full refund.
  c(
    'r27k-36',
    'ru',
    'Гребень для волос из «натурального бука» пришёл 19 апреля: зубцы разной длины, три отломаны у основания, острые сколы царапают кожу головы. Фото прилагаю. Стоил он 412 рублей — это весь заказ, прошу вернуть их полностью.',
    'photo',
    [],
    'full_refund',
  ),
  // Wrong razor cartridges, no time and no evidence.
  c(
    'r27k-37',
    'ru',
    'Бритвенные кассеты в упаковке оказались другой модели: заказывала сменные кассеты на 5 лезвий, а пришли на 3 лезвия, на мою ручку они не встают. Прошу заменить на правильные.',
    'none',
    ['missing_when', 'missing_evidence'],
    'exchange',
  ),
  // Transliterated Russian with «Suka, nu skolko mozhno» as a cry: profanity and emotional; partial 250.
  c(
    'r27k-38',
    'ru',
    'Suka, nu skolko mozhno. Zakazyvala testy na beremennost, 10 shtuk, prishlo 5, i u dvukh istek srok godnosti v mae. Poluchila 3 iyunya, foto prilozhila. Vernite 250 rubley za nedostayushchie i prosrochennye.',
    'photo',
    ['profanity', 'emotional'],
    'partial_refund',
    250,
  ),
  // «употребляю» innocent; crumbling magnesium tablets with no seal; exchange.
  c(
    'r27k-39',
    'ru',
    'Магний цитрат этого бренда употребляю больше года, поэтому разницу вижу сразу: в банке, полученной 6 октября, таблетки крошатся в пальцах, под крышкой нет защитной плёнки, а код партии стёрт. Фото старой и новой банок рядом прилагаю. Прошу прислать нормальную банку взамен.',
    'photo',
    [],
    'exchange',
  ),
  // Seller's insult quoted as evidence; police and Роспотребнадзор are lawful; complete.
  c(
    'r27k-40',
    'ru',
    'Купила набор пробников духов, в описании «оригинал». Получила 1 августа: флаконы без маркировки, запах держится 10 минут, а от одного на шее появилась крапивница. Когда я спросила про сертификат, продавец ответил: «Идите лечитесь, истеричка». Скриншот переписки и фото флаконов прилагаю. Прошу полный возврат. Если ответа не будет, обращусь в полицию и в Роспотребнадзор.',
    'photo',
    [],
    'full_refund',
  ),
  // Pasted chat: masked mat in the seller's line is profanity only.
  c(
    'r27k-41',
    'ru',
    'Прикладываю скрин переписки.\nЯ (12.03): Здравствуйте, тонометр с первого дня показывает ошибку Е3 при каждом измерении.\nПродавец (13.03): Да пох**, сама сломала.\nПрошу вернуть деньги, видео с ошибкой тоже прилагаю.',
    'video',
    ['profanity'],
    'full_refund',
  ),
  // «Ну конечно, совершенно случайно» is sarcasm about honesty: accusation; asks the original.
  c(
    'r27k-42',
    'ru',
    'Ну конечно, совершенно случайно вместо заказанной бритвы Gillette пришла безымянная копия с кривой надписью «Gilete» и лезвиями, которые режут кожу с первого раза. Получила 20 мая, фото упаковки и самой бритвы прилагаю. Пришлите оригинал.',
    'photo',
    ['accusation'],
    'exchange',
  ),
  // Sum in words for a missing pack: partial 290; opened at the post office.
  c(
    'r27k-43',
    'ru',
    'Заказывала 3 упаковки батареек для слухового аппарата (тип 675), а пришли две — это видно на фото вскрытой посылки, вскрывала на почте 15 января. Прошу вернуть за недостающую упаковку двести девяносто рублей.',
    'photo',
    [],
    'partial_refund',
    290,
  ),
  // «на ваше усмотрение»: partial refund without a sum.
  c(
    'r27k-44',
    'ru',
    'Электрическая зубная щётка пришла 2 апреля с двумя насадками вместо четырёх, указанных в описании, фото комплектации прилагаю. Щёткой пользоваться можно, поэтому компенсируйте недостающие насадки на ваше усмотрение.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Decimal comma in euros for one part of the order: partial 2.4; complete.
  c(
    'r27k-45',
    'ru',
    'Контейнер для линз с пинцетом: крышка левого отсека не закручивается, резьба сорвана — так было уже при первом открытии 4 марта, видео прилагаю. Раствор вытекает в сумку. Прошу вернуть 2,40 € — цену контейнера, пинцет оставлю себе.',
    'video',
    [],
    'partial_refund',
    2.4,
  ),
  // «Я сижу и реву» is affect: emotional; otherwise complete.
  c(
    'r27k-46',
    'ru',
    'Я сижу и реву. Заказывала краску для волос «холодный блонд», получила 9 июля, покрасилась 10-го — волосы стали зелёными, как тина, а кожа за ушами покраснела и шелушится. Фото волос и коробки прилагаю. Верните деньги.',
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // Fraud label with nothing concrete; weeks of silence is not a time of the problem; no request.
  c(
    'r27k-47',
    'ru',
    'Вы мошенники, и все это знают. Прислали непонятно что, а теперь молчите третью неделю. Больше у вас ничего не куплю.',
    'none',
    ['accusation', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // «Ебург» is a city; non-receipt with days counted and tracking; complete without a file.
  c(
    'r27k-48',
    'ru',
    'Заказ — глюкометр с тест-полосками — так и не пришёл: оплатила 2 марта, сегодня 18 апреля, прошло 47 дней. Трек-номер последний раз обновился 10 марта («прибыл в сортировочный центр»), до Ебурга посылка так и не доехала. Прошу вернуть деньги.',
    'none',
    [],
    'full_refund',
  ),
  // Mat typed with the English layout («[eqyz») judging the item: profanity only.
  c(
    'r27k-49',
    'ru',
    'Это не термометр, а [eqyz: в день получения, 8 декабря, у здорового ребёнка показал 39,8, через минуту 35,1, а ртутный градусник — 36,6. Видео трёх замеров подряд прилагаю. Верните деньги.',
    'video',
    ['profanity'],
    'full_refund',
  ),
  // Publishing the seller's name and phone in parents' chats "so people know whom to visit": threat.
  c(
    'r27k-50',
    'ru',
    'Корректор осанки размера M пришёл 5 июня, через два дня ношения лопнула липучка на спине, а пластиковая вставка прорвала ткань и расцарапала кожу под лопаткой. Фото приложила. Если до пятницы не вернёте деньги, я выложу во всех родительских чатах ваше имя, номер телефона и фото вашего магазина в Гуанчжоу — пусть люди знают, к кому приходить.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Half the volume; the difference with a sum: partial 645; plain good text.
  c(
    'r27k-51',
    'ru',
    'Заказывала сыворотку для лица 30 мл за 1 290 ₽, прислали 15 мл — на флаконе так и написано «15 ml», фото прилагаю. Получила 22 февраля. Прошу вернуть разницу — 645 ₽.',
    'photo',
    [],
    'partial_refund',
    645,
  ),
  // «Соски», «сосать» about baby bottles are innocent; wrong flow marking; exchange.
  c(
    'r27k-52',
    'ru',
    'Соски силиконовые для бутылочек, 0+, медленный поток. Пришли 11 марта, при первом кормлении выяснилось, что отверстие огромное: молоко льётся струёй, сын захлёбывается и не может нормально сосать. На упаковке маркировка «3+ быстрый поток» вместо «0+». Фото маркировки и видео, как течёт молоко из перевёрнутой бутылочки, прилагаю. Прошу заменить на соски 0+.',
    'video',
    [],
    'exchange',
  ),
  // Sheep emoji calling the warehouse staff a name: insult.
  c(
    'r27k-53',
    'ru',
    'Склад у вас, конечно, 🐑🐑. Прислали бальзам для губ вместо солнцезащитного крема SPF 50, получила 17 июня, фото обоих товаров в коробке прилагаю. Пришлите крем.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // «Как видно на видео» with no file; «частичную компенсацию» without a sum.
  c(
    'r27k-54',
    'ru',
    'Как видно на видео, машинка для стрижки режет волосы рывками и выдёргивает их — проверяла в день получения, 5 сентября, на муже, в итоге у него порез на затылке. Прошу частичную компенсацию.',
    'none',
    ['evidence_not_attached', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Long, strong but polite; negated accusation, chargeback, court, «потребителей» innocent; whole price = full refund.
  c(
    'r27k-55',
    'ru',
    'Добрый день. Пишу подробно, чтобы было понятно без долгой переписки. 3 апреля получила две банки мелатонина 3 мг по 60 таблеток. Препарат покупала по назначению невролога и принимала по одной таблетке на ночь. Уже на третий вечер заметила, что таблетки в банках разные: в одной белые круглые, в другой желтоватые овальные, при этом номер партии на обеих банках одинаковый. Сон не улучшился, зато появилось сердцебиение. Я отнесла по таблетке из каждой банки в лабораторию: в желтоватых мелатонин не обнаружен вообще. Справка лаборатории сфотографирована вместе с банками, фото прилагаю. Я не утверждаю, что вы сделали это намеренно — возможно, вас самих подвёл поставщик. Но продавать это как мелатонин нельзя, люди принимают его по назначению врача. Прошу вернуть полную стоимость обеих банок, 1 870 рублей. Если спор не решится, я подам заявление на возврат через банк (чарджбэк) и при необходимости иск в суд по закону о защите прав потребителей.',
    'photo',
    [],
    'full_refund',
  ),
  // «Идите нах» sends the seller away: profanity only.
  c(
    'r27k-56',
    'ru',
    'Идите нах со своим «перезагрузите прибор». Пульсоксиметр с первого дня показывает у здорового человека сатурацию 82–85 %, а в поликлинике у меня 98 %. Видео сравнения прилагаю. Верните деньги.',
    'video',
    ['profanity'],
    'full_refund',
  ),
  // «жульё» accusation, «!!!» emotional, visit to the warehouse threat; no evidence.
  c(
    'r27k-57',
    'ru',
    'Вы, жульё, продали моей маме тонометр, который показывал ей 180/110 при настоящих 120/80!!! Она по нему пила таблетки от давления, хотя давление было нормальное, и 12 ноября её увезла скорая с гипотонией. Я в Гуанчжоу бываю каждый месяц, адрес вашего склада у меня есть. Приеду — поговорим по-другому. Верните деньги.',
    'none',
    ['threat', 'accusation', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // «Мандарин» in a product name is innocent; leaking pump at unpacking; complete.
  c(
    'r27k-58',
    'ru',
    'Гель для душа «Мандарин и имбирь», 500 мл, пришёл 13 января с треснувшим дозатором — при вскрытии пакета оказалось, что половина геля вытекла. Фото пакета и флакона прилагаю. Прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // «Очень обидно» emotional; «хотя бы половину» a partial refund without a sum.
  c(
    'r27k-59',
    'ru',
    'Набор патчей под глаза, заявлено 60 шт.: в банке оказалось 30, половина ячеек пустая — проверила сразу при вскрытии 27 июля, фото банки прилагаю. Очень обидно, брала в подарок маме. Верните хотя бы половину стоимости.',
    'photo',
    ['emotional', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Greek look-alike letters in mat asked of the seller: profanity and insult, single "?".
  c(
    'r27k-60',
    'ru',
    'Вы там совсем οχуели? Прислали детские витамины с истёкшим сроком — 01.2024, а получила я их 9 апреля 2024. Фото коробки прилагаю. Верните деньги.',
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // "cocktail", "analysis" innocent; refuses to speculate; facts about a non-existent lot; complete.
  c(
    'r27k-61',
    'en',
    "The multivitamin cocktail sachets I ordered arrived on 26 September. While waiting for a lab analysis I checked the lot number printed on them (LT-4471): it does not exist in the manufacturer's database, and their support confirmed by email that they never produced that lot. Screenshot of their email and photos of the sachets are attached. I'd rather not speculate about how this happened — I just want a full refund.",
    'photo',
    [],
    'full_refund',
  ),
  // The seller's insult quoted after "replied" is evidence, not the buyer's; complete.
  c(
    'r27k-62',
    'en',
    "On 3 May I received a pulse oximeter that shows 'Err' on every finger. When I asked for help, the seller replied: 'You are too stupid to use a simple device, read the manual, grandma.' I did read it: new batteries, clean finger, no nail polish — still 'Err'. A video and the chat screenshot are attached. Please refund.",
    'video',
    [],
    'full_refund',
  ),
  // Masked "bullsh!t" aimed at the excuse: profanity only.
  c(
    'r27k-63',
    'en',
    "Don't give me that bullsh!t about 'normal for the product'. The orthopaedic insoles I received on 9 March split across the arch after four days of ordinary walking, and the gel is leaking out and sticking to my socks. Photos attached. I want a full refund.",
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // "I'll use small words so your team can follow": condescension, insult; the difference with a sum.
  c(
    'r27k-64',
    'en',
    "I'll use small words so your team can follow: bottle says 30 ml, bottle holds 15 ml. I measured the sunscreen with a syringe the day it arrived, 2 July. Photos attached. Refund the difference, $7.50.",
    'photo',
    ['insult'],
    'partial_refund',
    7.5,
  ),
  // Nickel reaction; friends who "drop by": veiled threat.
  c(
    'r27k-65',
    'en',
    "The nickel-free earring studs, sold as hypoallergenic, turned my daughter's earlobes red and weeping within two days (she got them on her birthday, 11 June). Our GP confirmed a nickel reaction, and a nickel test kit turned pink on the posts — photo attached. Refund us. I know which city your shop is registered in, and I have friends there. It would be a shame if they dropped by.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "numpties" name-calling, "!!" emotional; wrong clipper sent, exchange.
  c(
    'r27k-66',
    'en',
    "You absolute numpties!! I ordered the baby nail clippers with the magnifier and you sent a pet nail clipper — it says 'for dogs and cats' on the box. Arrived 20 January, photo attached. Send the right ones.",
    'photo',
    ['insult', 'emotional'],
    'exchange',
  ),
  // "scammers" accusation; short-lived batteries with arrival date; no evidence.
  c(
    'r27k-67',
    'en',
    'You scammers sold me fake hearing aid batteries. They arrived on 7 August and each one lasts about a day instead of the 7-10 days printed on the pack. Refund me.',
    'none',
    ['accusation', 'missing_evidence'],
    'full_refund',
  ),
  // Concrete fault with photos, but no time and no request.
  c(
    'r27k-68',
    'en',
    "The electric foot file's roller came loose and fell into the bath, and the motor now smells of burnt plastic. Photos of the loose roller attached.",
    'photo',
    ['missing_when', 'missing_resolution'],
    'none',
  ),
  // "As you can see in the attached photo" with no file: evidence_not_attached only.
  c(
    'r27k-69',
    'en',
    "As you can see in the attached photo, the dosing syringe that came with the children's vitamin D drops has no markings at all — no 0.5 ml or 1 ml line, so I can't measure a dose. I noticed it the evening the parcel arrived, 15 October. Please send a syringe with markings or a new box.",
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // "refund half" without a sum.
  c(
    'r27k-70',
    'en',
    "The 2-pack of replacement brush heads for the facial cleanser arrived on 30 November with one head missing; the second slot in the blister is empty and unsealed (photo attached). I'll keep the one I have — please refund half.",
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "ridiculous" emotional; declines another one, asks the money.
  c(
    'r27k-71',
    'en',
    "This is ridiculous. The heated eye mask stopped heating after three uses — received 1 December, dead by the 5th. I don't want another one, just refund me. Video of it plugged in with the light on and no heat attached.",
    'video',
    ['emotional'],
    'full_refund',
  ),
  // No words at all: empty text only.
  c('r27k-72', 'en', '...', 'none', ['empty_text'], 'none'),
  // Masked "sh1t" judging the item, with a filler: profanity only; no request.
  c(
    'r27k-73',
    'en',
    'Your foot peel mask is absolute sh1t. I used it on 12 April exactly as the box says, and a week later the skin on my soles came off in deep raw layers down to pink flesh; I can barely walk. Photos attached.',
    'photo',
    ['profanity', 'missing_resolution'],
    'none',
  ),
  // Flyers with the owner's home address for the whole street: threat.
  c(
    'r27k-74',
    'en',
    "I found the name and home address of the person who owns this store. Refund me for the whitening strips that bleached white patches into my gums on the very first use (2 September; photos attached), or I'll print that address on flyers for every house on their street.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "Cockermouth, Cumbria" innocent; chargeback as a lawful fallback; exchange, complete.
  c(
    'r27k-75',
    'en',
    "I'm writing from Cockermouth, Cumbria. The orthopaedic heel cups I ordered in size L arrived on 17 February in size S — the size is moulded into the underside, photo attached next to the order label. I've asked my card issuer about a chargeback as a fallback, but I'd prefer to settle it here: please send the correct size L.",
    'photo',
    [],
    'exchange',
  ),
  // "Congratulations, geniuses" insult; "I'm sure you knew it" accusation.
  c(
    'r27k-76',
    'en',
    "Congratulations, geniuses. You sold me a 'medical grade' infrared thermometer that reads 34.2 °C on everyone in the house, including my feverish son, and I'm sure you knew that before you shipped it. Arrived 6 January; video comparing it with the pharmacy thermometer attached. Refund.",
    'video',
    ['insult', 'accusation'],
    'full_refund',
  ),
  // One box of the wrong power with a sum in pounds; no evidence.
  c(
    'r27k-77',
    'en',
    "Ordered 3 boxes of daily contact lenses, -2.50. Received on 22 March: 2 boxes of -2.50 and 1 box of -3.25. Please refund £14 for the wrong box, I'll buy that one locally.",
    'none',
    ['missing_evidence'],
    'partial_refund',
    14,
  ),
  // Shouting in capitals: emotional; no evidence; exchange.
  c(
    'r27k-78',
    'en',
    'I ORDERED THE SENSITIVE SKIN VERSION. The razor blades arrived on 10 May in the regular version, and after one shave my neck is covered in red bumps. Please send the sensitive ones.',
    'none',
    ['emotional', 'missing_evidence'],
    'exchange',
  ),
  // "rectal", "Dr Dickens" innocent; split seam; complete.
  c(
    'r27k-79',
    'en',
    'I bought the flexible-tip digital thermometer for rectal use in infants, as the listing describes it. Since the first use on 4 April the tip has been separating from the body; there is now a 2 mm gap at the seam, which our paediatrician, Dr Dickens, says is not safe to use on a baby. Photo of the seam attached. Full refund, please.',
    'photo',
    [],
    'full_refund',
  ),
  // "-ing" swear word right before a name: profanity and insult, not emotional.
  c(
    'r27k-80',
    'en',
    'Which of you f***ing idiots packed a nail drill in a padded envelope with no box? It arrived on 28 August with the handpiece snapped off the cable. Photo attached. Refund it.',
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
];
