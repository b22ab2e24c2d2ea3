import { labelled as c, type CorpusCase } from './types';

/**
 * Round thirty-one, hold-out set X: buyers who quote a lot of text that is not their own (listing titles and
 * machine-translated descriptions, label and packaging print, app errors, carrier statuses, platform rules, consumer
 * law, the seller's chat replies, other buyers' reviews) and wrap it in calm, emotional, accusing or rude words of their
 * own. Written by a hand that has not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md and
 * DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Capitals, "!!" or harsh words inside quoted print, app error messages, carrier statuses or listing titles are not
 *   the buyer's shouting or feeling: not emotional. Mat or a vulgar word inside such a quote stays profanity (a
 *   T-shirt print, a zip-pull print, a line from another buyer's review), as quoted mat does.
 * - A quoted law article, platform rule, leaflet or seller offer that names remedies is no request; only the buyer's
 *   own ask is labelled (a rule quoting "refund or return" followed by "What should I do?" is `none`).
 * - Another buyer's review quoted and expressly not endorsed is no accusation; quoted and endorsed ("now I agree with
 *   every word") is the buyer's accusation.
 * - A seller's insult quoted and then turned back at the staff ("the only idiots here are…", «сами вы дурак») is the
 *   buyer's insult; a seller's insult or threat quoted as evidence alone is not.
 * - The breeder's word «сука» inside a quoted dog-harness listing is no profanity (round thirteen's dog decision).
 * - A factory town printed on the label as «Хуйчжоу», the verb «застрахуйте», "Shitake", "Blue Tit", "Ballcock",
 *   "Cockburn", "Dickens", «сучкорез», «мандолина», «скипидар», «потребляемая» are innocent.
 * - "Please refund whatever amount you think is fair" is «на ваше усмотрение»: a partial refund without a sum.
 * - A seller's offer quoted and turned down with no counter-request («Меня это не устраивает. Жду решения») is `none`.
 * - Every text whose form has a file also names its evidence in words, so the file-without-mention case never arises.
 */
export const ROUND31_HOLDOUT_X: CorpusCase[] = [
  // Innocent: «потребляемая мощность» quoted from the title; wattage measured, photos, item offered back.
  c(
    'r31x-01',
    'ru',
    `Здравствуйте. В карточке товара написано: «Хлебопечка автоматическая, 15 программ, потребляемая мощность 850 Вт, ведро 1,5 кг». На шильдике снизу самой печки указано 450 W, а ведро — на 750 г (на дне выдавлено «0.75kg»). 22 апреля замерила ваттметром: в режиме выпечки 430–445 Вт, хлеб на программе «Основной» не пропекается, середина сырая. Фото шильдика, ведра и ваттметра приложила. Прошу вернуть деньги, печку готова отправить обратно за ваш счёт.`,
    'photo',
    [],
    'return',
  ),
  // Innocent: "Shitake" in the quoted title; the leaflet's "replacement or refund" is not the buyer's request.
  c(
    'r31x-02',
    'en',
    `Hi. I ordered the "Shitake Mushroom Grow Kit – Easy Indoor Log, Harvest in 10 Days" (the listing spells it that way). I followed the leaflet exactly: soaked the log for 12 hours on 3 June and kept it at 18–20 °C. By 16 June there were no pins at all, and green mould now covers about half of the log. The leaflet in the box says "If no mushrooms appear within 14 days, contact seller for replacement or refund." Photos of the log and the leaflet are attached. I'd like a refund, please.`,
    'photo',
    [],
    'full_refund',
  ),
  // Innocent: the seller's «вы сами дурак» is quoted as evidence, the buyer stays factual.
  c(
    'r31x-03',
    'ru',
    `Заказала куртку, размер 48. По таблице размеров в объявлении длина рукава для 48 — 61 см, фактически 54 см, длина по спине 66 вместо 72. Измерила сантиметровой лентой в день получения, 12 июня. Написала продавцу, он ответил: «вы сами дурак, читать не умеете, таблица азиатская». Скриншот переписки и фото замеров прикладываю. Таблица в объявлении в сантиметрах, азиатская она или нет, а 54 — это не 61. Прошу принять куртку обратно и вернуть деньги.`,
    'photo',
    [],
    'return',
  ),
  // Pasted chat: the seller's line holds mat, which stays profanity; nothing else is the buyer's.
  c(
    'r31x-04',
    'ru',
    `Увлажнитель воздуха не включается: при нажатии кнопки на дисплее загорается «E2» и сразу гаснет. Так с первого включения, 2 февраля. В инструкции про E2 написано только «Error. Please contact after-sales». Переписка с продавцом:\nЯ (03.02): Здравствуйте, увлажнитель показывает E2 и не работает, что делать?\nПродавец (04.02): перезагрузите\nЯ (04.02): Перезагружала, отключала от сети на сутки, то же самое.\nПродавец (05.02): всё у тебя работает, долбоёб, не пиши сюда больше\nСкриншоты переписки и видео с ошибкой на дисплее прилагаю. Прошу вернуть полную стоимость.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
  // Innocent: «Сучкорез» is a pruner; bent blade measured, video, exchange.
  c(
    'r31x-05',
    'ru',
    `Купил «Сучкорез телескопический 2,4 м, лезвие SK5, режет ветки до 32 мм». 20 апреля первой же веткой яблони толщиной около 2 см (замерил штангенциркулем — 21 мм) лезвие повело вбок, теперь ножи не сходятся, зазор около 3 мм. Видео, как он закрывается, прикладываю. Прошу заменить сучкорез на исправный.`,
    'video',
    [],
    'exchange',
  ),
  // Innocent: «Мандолина» slicer; box print quoted, two blades missing, a sum for them.
  c(
    'r31x-06',
    'ru',
    `Овощерезка «Мандолина 5 в 1». На коробке напечатано «5 сменных лезвий в комплекте», на фото в объявлении тоже пять. При распаковке 9 сентября внутри оказалось три: нет лезвия для соломки и волнистого. Фото содержимого рядом с надписью на упаковке приложено. Саму овощерезку оставляю, прошу частичный возврат 400 рублей за два недостающих лезвия.`,
    'photo',
    [],
    'partial_refund',
    400,
  ),
  // The print is quoted calmly, but English mat stays profanity; money declined, the right shirt asked: exchange.
  c(
    'r31x-07',
    'ru',
    `Заказывала детскую футболку на 7 лет, в объявлении принт с динозавром и надписью «Dino power». Пришла футболка нужного размера, но на груди вместо динозавра крупно напечатано «FUCK OFF» с черепом. Обнаружила 14 мая, когда распаковала, хорошо, что ребёнок не успел надеть. Фото принта и страницы объявления прикладываю. Деньги возвращать не нужно, пришлите, пожалуйста, футболку с тем принтом, который на фото в карточке.`,
    'photo',
    ['profanity'],
    'exchange',
  ),
  // The masked print "BULLSH*T" is quoted mat: profanity; the buyer offers the case back.
  c(
    'r31x-08',
    'en',
    `The listing title reads "Cute Kawaii Pencil Case for Girls School Stationery", and the photos show a pink bunny. What arrived on 11 September has the bunny, but the zip pull is a rubber tag printed "BULLSH*T" in big letters. It's for my eight-year-old, so it can't go to school. Photo of the tag attached. I can send it back if you cover postage; please refund me once it arrives.`,
    'photo',
    ['profanity'],
    'return',
  ),
  // Innocent: "Ballcock" is plumbing; thread gauge, date, photos, the right size asked for.
  c(
    'r31x-09',
    'en',
    `Ordered the "Universal Ballcock Fill Valve, 1/2 inch BSP inlet". The inlet thread on what I received is 3/8 inch: I checked it with a thread gauge on 2 August when it would not go onto my isolation valve, and the bag label also says 3/8". Photos of the gauge on the thread and of the label are attached. Please send the 1/2 inch version that I ordered.`,
    'photo',
    [],
    'exchange',
  ),
  // Innocent: the app's error message is in capitals, the buyer is not shouting.
  c(
    'r31x-10',
    'en',
    `The smart body scale pairs with the "FitDay" app as the listing says, but since the first weigh-in on 27 October the app shows "ERROR 1F: SENSOR DATA INVALID. PLEASE CHECK DEVICE" and no weight is saved. The scale's own display shows 0.0 kg whatever I put on it, including a 5 kg bag of flour. I reinstalled the app and changed the batteries, no change. Screenshots of the error and a photo of the display with the flour bag are attached. I would like a full refund.`,
    'photo',
    [],
    'full_refund',
  ),
  // Innocent: consumer law quoted as a lawful step; replacement declined, refund asked.
  c(
    'r31x-11',
    'en',
    `The kettle's lid hinge snapped on the sixth day of normal use (14 January); the lid now falls off when I pour. Under the Consumer Rights Act 2015, s.9, goods must be "of satisfactory quality", and s.22 gives a "short-term right to reject" within 30 days. I'm well within that. Photos of the broken hinge and the two plastic pieces are attached. Please refund the full price; I don't need a replacement.`,
    'photo',
    [],
    'full_refund',
  ),
  // Innocent: the quoted article lists every remedy; the buyer's own choice is an exchange.
  c(
    'r31x-12',
    'ru',
    `Термос 1 л, в описании: «Сохраняет тепло 24 часа». 2 ноября залила кипяток в 8:00, в 14:00 термометр показал 41 °C, крышка снаружи горячая. Видео замера приложено. Ст. 18 Закона «О защите прав потребителей» позволяет потребовать «замены на товар этой же марки», «соразмерного уменьшения покупной цены» или «возврата уплаченной суммы». Я выбираю замену: пришлите, пожалуйста, другой термос.`,
    'video',
    [],
    'exchange',
  ),
  // Innocent: carrier statuses quoted («Возврат отправителю» is theirs); tracking number, re-send = exchange.
  c(
    'r31x-13',
    'ru',
    `Заказ не получен. Трек-номер LP00498172635104. Статусы в отслеживании: 28 февраля «Принято перевозчиком», 3 марта «Покинуло страну отправления», 12 марта «Возврат отправителю: адрес неполный». С 28 февраля прошло 47 дней. Адрес в заказе полный, с индексом и номером квартиры, скриншот адреса из профиля могу прислать. Прошу отправить заказ повторно на этот же адрес.`,
    'none',
    [],
    'exchange',
  ),
  // Innocent: the seller's threat is quoted as evidence, not made by the buyer.
  c(
    'r31x-14',
    'ru',
    `Сковорода 28 см с антипригарным покрытием «гранит». После второго использования, 7 октября, покрытие в центре вздулось пузырями и отслаивается кусками; жарила на среднем огне, без металлических лопаток. Когда я написала об этом продавцу, мне ответили: «открой спор — и мы найдём тебя, адрес твой у нас есть». Скриншот этого сообщения и фото дна сковороды прикладываю. Прошу вернуть полную стоимость.`,
    'photo',
    [],
    'full_refund',
  ),
  // Innocent: another buyer's «аферист» is quoted and expressly not endorsed.
  c(
    'r31x-15',
    'ru',
    `Шторы «блэкаут, затемнение 100%», 2 шт. по 150×250. При первой же примерке, 30 августа, днём сквозь ткань видно рамы окна и деревья, ткань полупрозрачная, фото на фоне окна прикладываю. Под товаром есть отзыв Ольги К. от 3 мая: «Пришла та же тюль вместо блэкаута, продавец — аферист». Судить о продавце не берусь, может, у них пересорт, но у меня ровно то же. Готова вернуть шторы, прошу возврат денег после получения.`,
    'photo',
    [],
    'return',
  ),
  // Innocent: chargeback and Rospotrebnadzor are lawful steps.
  c(
    'r31x-16',
    'ru',
    `Обогреватель масляный 2000 Вт. С первого включения 5 января пахнет горелой пластмассой, через 8–10 минут отключается сам, индикатор гаснет, через полчаса включается снова. Видео прикладываю. Прошу полный возврат. Если спор закроют без возврата, я обращусь в банк с заявлением о чарджбэке и направлю жалобу в Роспотребнадзор — это моё законное право, поэтому прошу отнестись к спору серьёзно.`,
    'video',
    [],
    'full_refund',
  ),
  // Innocent: «скипидар» in the quoted set name; missing bottle, sum asked.
  c(
    'r31x-17',
    'ru',
    `Набор «Масляные краски 24 цвета + скипидар живичный 100 мл + 6 кистей». При распаковке 14 октября скипидара в коробке не оказалось, есть только пустое гнездо под флакон; кистей 6, красок 24. Фото коробки приложено. Прошу частичный возврат 250 ₽ за отсутствующий скипидар.`,
    'photo',
    [],
    'partial_refund',
    250,
  ),
  // Innocent: the machine-translated listing uses the breeder's word; size measured, exchange to L.
  c(
    'r31x-18',
    'ru',
    `В описании шлейки написано (перевод, видимо, автоматический): «Шлейка для суки и кобеля средний размер, M: обхват груди 45–55 см». У моей таксы (девочка) обхват груди 47 см. Шлейка размера M застёгивается максимум на 41 см, это я измерила рулеткой 19 марта, когда примеряли. Фото с рулеткой прикладываю. Прошу обменять на размер L.`,
    'photo',
    [],
    'exchange',
  ),
  // Innocent: "Blue Tit / Great Tit" are birds; hole measured, the buyer keeps the box and names a sum.
  c(
    'r31x-19',
    'en',
    `Ordered the "Wooden Nest Box for Blue Tit and Great Tit, 28mm entrance hole". The hole on mine measures 35 mm (checked with a ruler the day it came, 6 March), which lets sparrows in and is the wrong size for tits. The description also says "pre-drilled for wall mounting", but there are no holes in the back panel. Photos with the ruler attached. I'll keep it and redrill it myself; could you refund £6 for the trouble?`,
    'photo',
    [],
    'partial_refund',
    6,
  ),
  // Innocent: the agent's "you are stupid customer" is quoted as evidence.
  c(
    'r31x-20',
    'en',
    `Hiking boots, ordered EU 42. Your size chart says EU 42 = insole 26.5 cm. The insole in the pair I got measures 25.1 cm; I measured both boots on 9 November, photos with the tape measure attached. When I asked about an exchange, your agent Lily replied: "you are stupid customer, cannot read size chart, Europe size different". A screenshot of that chat is attached too. I read the chart correctly. Please exchange them for a pair that really matches EU 42, i.e. a 26.5 cm insole.`,
    'photo',
    [],
    'exchange',
  ),
  // The seller's "idiot" is quoted and then turned back at the staff: the buyer's insult.
  c(
    'r31x-21',
    'en',
    `Wall shelf, 80 cm, "pre-drilled, easy assembly". The two bracket holes on the board are 2 cm off from the holes on the brackets, so it can't be put together without drilling new ones (found while assembling on 15 July, photos with a ruler attached). Your seller's reply in chat was: "only idiot cannot assemble this shelf". Fine. The only idiots here are whoever drilled those holes and whoever answers your chat. Refund, please.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // A review's "crooks" is quoted and endorsed: the buyer's accusation; item offered back.
  c(
    'r31x-22',
    'en',
    `The electric toothbrush is listed as "Brand new, sealed". It came on 21 April in a box with a cut seal, dried toothpaste inside the brush head and the battery at 37% straight out of the box. Photos attached. One review under the listing says "these people are crooks, they resell used items as new". I thought that was exaggerated; now I agree with every word. I'll send it back, refund me when you get it.`,
    'photo',
    ['accusation'],
    'return',
  ),
  // The seller's «сам дурак» is quoted, then the buyer calls names back («дурак», «сборище баранов»).
  c(
    'r31x-23',
    'ru',
    `Настольная лампа, в объявлении: «LED 12 Вт, 3 режима цветовой температуры». Работает один режим: переключатель щёлкает, а цвет не меняется. Проверила в день получения, 4 декабря, видео с переключением приложено. Продавец в чате ответил: «сам дурак, не умеешь пользоваться». Сами вы, уважаемый, дурак, и весь ваш склад — сборище баранов. Верните деньги.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // Quoted seller taunt, then the buyer's own veiled threat: the manager's page and his children's photos.
  c(
    'r31x-24',
    'ru',
    `Вы мне написали: «ничего вы не докажете, спор проиграете». Посмотрим. Кофемолка перестала молоть на 3-й день, 11 ноября: мотор гудит, нож не крутится, это видно на видео. Видео прилагаю. Прошу вернуть деньги. И ещё: я нашёл страничку вашего менеджера Дмитрия во ВКонтакте, там и город, и фото его детей. Подумайте, стоит ли со мной так разговаривать.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // The carrier's «Вручено» is quoted, but the mat around it is the buyer's, cried out with ?!.
  c(
    'r31x-25',
    'ru',
    `Трек RB482913076CN. 17 июня в отслеживании появилось «Вручено адресату». Какое нахуй «вручено»?! Я ничего не получал, в отделении 630099 сказали, что посылки с таким номером у них не было, в журнале выдачи моей подписи нет. Верните деньги.`,
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Mat with a Latin "e" judges the item, no "!": profanity only.
  c(
    'r31x-26',
    'ru',
    `В названии товара: «Шуруповёрт аккумуляторный 21V, 2 АКБ по 4000 mAh, 45 Нм». На самих аккумуляторах напечатано «1300 mAh», один сел за 12 минут работы в первый же день, 25 мая. Разобрала аккумулятор: внутри две банки вместо пяти. Это не шуруповёрт, а пиздeц. Фото наклеек и разобранного аккумулятора прикладываю. Прошу вернуть деньги.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Spaced profanity set off as a cry on unpacking: profanity and emotional; the sticker's capitals are quoted.
  c(
    'r31x-27',
    'en',
    `Ordered the "Tempered Glass Tabletop Round 60cm, 8mm". Unwrapped it on 2 May and – S H I T – a crack runs from the edge almost to the centre. The courier's sticker on the box says "FRAGILE – HANDLE WITH CARE", and the box has a dent right where the crack starts. Photos of the crack and the box attached. Please send a replacement top.`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // Quoting the listing "slowly, since reading seems to be hard for your team": condescension.
  c(
    'r31x-28',
    'en',
    `Let me quote your own listing to you, slowly, since reading seems to be hard for your team: "Waterproof IPX7, can be used in shower". The bathroom speaker stopped working after its first shower on 8 August; there is water behind the grille and it no longer turns on. Photos attached. Refund please.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // The seller's "no refund" is quoted; the buyer threatens to publish the owner's home address.
  c(
    'r31x-29',
    'en',
    `The rug I received on 19 February is 120×170 cm; the listing says 160×230 cm, and the label sewn on the back says "120x170". Photos with the tape measure and the label are attached. I asked for a refund in chat and got "size is correct, no refund". So here is how it will go: your shop's business licence lists the owner's full name and home address, I have both, and if the money isn't back this week they go up on every buyer forum and review site I can find, with street-view photos of the house. Refund the full amount.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «Браво, гении перевода» praises the seller's work in mockery: insult.
  c(
    'r31x-30',
    'ru',
    `Браво, гении перевода: в объявлении «Свитер мужской 100% натуральная шерсть мериноса», на вшитой бирке — «100% Acrylic». 16 января проверила нитку зажигалкой: плавится в шарик и пахнет пластиком, шерсть так не горит. Фото бирки и пробы прилагаю. Отправлю свитер обратно, верните деньги.`,
    'photo',
    ['insult'],
    'return',
  ),
  // «Обалдуи со склада» calls the staff a name.
  c(
    'r31x-31',
    'ru',
    `Заказывала комплект постельного белья «евро», в объявлении и на этикетке упаковки: «простыня 220×240». Внутри простыня 150×215 — полуторка, измерила 3 апреля при распаковке. Фото этикетки и замера прилагаю. Обалдуи со склада опять положили не тот комплект, у меня это уже второй раз. Прошу прислать евро, как заказано.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // The seller's template reply is quoted; «6лять» with a digit for «б» is a cried oath.
  c(
    'r31x-32',
    'ru',
    `Посылку не получил. Отслеживание с 4 апреля стоит на «Прибыло на таможню», уже 52 дня. Продавец каждый раз пишет одно и то же: «Пожалуйста, подождите ещё 7 дней». 6лять, сколько можно ждать? Верните деньги за заказ.`,
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Masked mat used as a name for the seller's people: profanity and insult, not a cry.
  c(
    'r31x-33',
    'ru',
    `Заказ: 10 упаковок кошачьего корма по 2 кг. Пришло 10 пакетов, на каждом написано «400 g», то есть вместо 20 кг — 4 кг. Взвесила 22 октября на напольных весах, фото весов и пакетов прикладываю. Еб@нутые, вы хоть смотрите, что отгружаете? Прошу вернуть деньги за заказ.`,
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // Quoted «жалуйтесь куда хотите», then connections at customs as menace: threat.
  c(
    'r31x-34',
    'ru',
    `Вы написали мне: «жалуйтесь куда хотите, нам всё равно». Хорошо. Коротко по сути: робот-пылесос не заряжается от базы с первого дня, 8 июля, контакты на базе не достают до робота, зазор около 4 мм, это видно на видео. Видео прилагаю. Верните деньги. И учтите: у брата знакомые на таможне, так что каждая ваша посылка в наш город будет месяцами стоять на досмотре.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // A masked "-ing" word before the item as an outburst: profanity and emotional.
  c(
    'r31x-35',
    'en',
    `This f*cking lamp. The listing says "Dimmable, 3 brightness levels, USB-C charging". It has one brightness level, and the USB-C port doesn't charge with any of my three cables; the light went out for good on day four (17 September). Photos of the port and the charger attached. Refund.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // A mocking question about who packed it ("a blindfolded chimp") is an insult.
  c(
    'r31x-36',
    'en',
    `Who packed this one, a blindfolded chimp? I ordered "Ceramic Dinner Plates, Set of 6, 27 cm" and unpacked it on 1 December: three plates broken, one chipped, stacked loose in the box with no paper between them. Photos of the pieces and the box attached. Please send 4 replacement plates.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Box print in capitals is quoted; wishing the dangerous blanket on the seller's kids is a threat.
  c(
    'r31x-37',
    'en',
    `The "Children's Electric Blanket, Overheat Protection, CE" arrived on 5 January. The first night, on setting 1, the control box got too hot to hold and the cable near the plug melted; there's a brown scorch mark on the sheet. Photos attached. The box says "AUTO SHUT-OFF 90 MIN". It didn't shut off. Refund the full price. And I hope your own kids get to sleep under one of these some night.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Transliterated Russian: quoted «zhdite», then «Blya» as a cry; no tracking or file named.
  c(
    'r31x-38',
    'ru',
    `Zakaz ne prishel, uzhe 47 dnej. Prodavec pishet "posylka v puti, zhdite". Blya, nu skolko mozhno zhdat? Vernite dengi.`,
    'none',
    ['profanity', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // A vulgar word quoted from another buyer's review stays profanity; the buyer offers the bag back.
  c(
    'r31x-39',
    'ru',
    `Рюкзак школьный, в описании «ортопедическая спинка, усиленные швы». Через 5 дней носки, 6 сентября, оторвалась лямка вместе с куском ткани: шов прошит в одну нитку. Фото прикладываю. Под товаром висит отзыв от июня: «Полное говно, лямка оторвалась через неделю» — я думала, это случайность. Верну рюкзак, верните деньги.`,
    'photo',
    ['profanity'],
    'return',
  ),
  // Pasted chat: the seller's "f**k off" stays profanity; the buyer's own lines are calm.
  c(
    'r31x-40',
    'en',
    `Chat with the seller, pasted as it is (screenshots attached):\nMe [12 Mar, 09:14]: The hair clipper I got yesterday won't hold a charge. Full charge overnight, dies after 4 minutes.\nSeller [12 Mar, 18:40]: charge more time\nMe [13 Mar, 08:02]: I charged it 12 hours. Same, 4 minutes. Video attached.\nSeller [13 Mar, 21:55]: f**k off, no refund\nI'd like a full refund through the dispute.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
  // Cutting the listing's word into syllables for the reader talks down: insult.
  c(
    'r31x-41',
    'ru',
    `Перечитайте своё же описание, по слогам, раз с первого раза не доходит: «во-до-не-про-ни-ца-е-мые». Сапоги резиновые детские протекли в первый же день, 27 сентября, в луже по щиколотку: шов между подошвой и голенищем не проклеен, носки мокрые насквозь. Фото шва прилагаю. Верните деньги.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // "Eff off with your patience" sends the seller away: profanity only; the quoted "dear friend" is theirs.
  c(
    'r31x-42',
    'en',
    `Tracking UB901245378CN has said "Arrived at destination country" since 2 October, 38 days ago. Nothing has arrived. You keep replying "please be patient, dear friend". No. Eff off with your patience and refund me.`,
    'none',
    ['profanity'],
    'full_refund',
  ),
  // Wishing the seller's children the same frost is a threat; the label's claim is quoted.
  c(
    'r31x-43',
    'ru',
    `Комбинезон зимний детский, в описании «до −30 °C, утеплитель 300 г». На бирке внутри — «утеплитель 100 г», под подкладкой тонкий синтепон; сын замёрз через 20 минут прогулки при −12, 14 января. Фото бирки и утеплителя через распоротый шов прикладываю. Верните деньги. И чтоб ваши дети в таком же комбинезоне на морозе погуляли.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Sarcastic praise of the quality control team is an insult; a sum is named.
  c(
    'r31x-44',
    'en',
    `Congratulations to your quality control team, truly world-class work: the "Stainless Steel Cutlery Set, 24 pieces" came on 30 June with 18 pieces, and four of the knives already have rust spots along the blade. Photos attached. Refund $9 for the missing pieces and the rusty knives.`,
    'photo',
    ['insult'],
    'partial_refund',
    9,
  ),
  // «пздц» right after opening the box is a cry; «Вы специально» accuses.
  c(
    'r31x-45',
    'ru',
    `Зеркало настенное 50×70 в раме. Открыла коробку 23 февраля — пздц: зеркало треснуло по диагонали, а в коробке ни пенопласта, ни уголков, просто картон. Вы специально так пакуете, чтобы потом не отвечать? Фото коробки и трещины приложены. Верните деньги.`,
    'photo',
    ['profanity', 'emotional', 'accusation'],
    'full_refund',
  ),
  // The platform rule is quoted; «Продавец, сука» calls the addressed seller a name.
  c(
    'r31x-46',
    'ru',
    `Правила AliExpress, раздел о спорах: «Если товар существенно отличается от описания, покупатель вправе получить возврат средств». Отличается существенно: заказывал кожаный кошелёк, пришёл из кожзама, на внутреннем ярлыке «PU», край расслоился через неделю, 9 августа. Фото ярлыка и края прикладываю. Продавец, сука, третий день отвечает шаблоном. Верните деньги.`,
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // Innocent: the seller's «Вы мошенница» is quoted; the buyer does not accuse back.
  c(
    'r31x-47',
    'ru',
    `Продавец в ответ на мой вопрос написал: «Вы мошенница, сами сломали и хотите деньги». Поясню, как было. Погружной блендер пришёл 2 марта, коробка целая, плёнка на ноже не снята. При первом включении, в тот же вечер, насадка-нога провернулась и пластиковое крепление треснуло, на видео слышен щелчок. Видео распаковки и первого включения прикладываю. Ничего я не ломала. Прошу вернуть полную стоимость.`,
    'video',
    [],
    'full_refund',
  ),
  // The platform's "refund or a return" is quoted; the buyer's own "What should I do now?" is no request.
  c(
    'r31x-48',
    'en',
    `Your Buyer Protection page says: "If the item is not as described, you can get a refund or a return." Mine is a "Cast Iron Dutch Oven 5.5 L, enamelled". The enamel inside chipped in three places the first time I used it, on 12 April, at medium heat, with a wooden spoon. Photos of the chips are attached. The seller has not answered in five days. What should I do now?`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // Statuses quoted with a tracking number; «Я в шоке» is affect.
  c(
    'r31x-49',
    'ru',
    `Трек-номер LP00377120945561. Статусы: 2 мая «Принято перевозчиком», 6 мая «Отправлено в страну назначения», с 9 мая — «Ожидает отправки авиарейсом». Всё. Пятьдесят дней «ожидает», посылку я так и не получила. Я в шоке, честное слово. Это был подарок маме на юбилей, юбилей прошёл. Верните деньги за заказ.`,
    'none',
    ['emotional'],
    'full_refund',
  ),
  // The seller's «ошибка склада» in scare quotes with «ну конечно, совершенно случайно»: sarcasm about honesty.
  c(
    'r31x-50',
    'ru',
    `Заказывала чехлы на стулья, 6 шт., цвет «шампань». Пришли серые, на пакете наклейка «Grey». Продавец ответил: «Извините, ошибка склада, вышлем правильные». Это я уже слышала в феврале, когда по этому же товару мне прислали бордовые. Третья «ошибка склада» подряд, ну конечно, совершенно случайно. Фото наклейки и чехлов прилагаю, получила 18 апреля. Пришлите шампань.`,
    'photo',
    ['accusation'],
    'exchange',
  ),
  // Innocent: a replacement offered by the seller is declined and the refund asked.
  c(
    'r31x-51',
    'en',
    `Ordered a "Bamboo Cutting Board Set, 3 pcs"; it came on 19 May. The largest board split along a glue line after its first hand wash on 20 May, a gap of about 2 mm the whole length. Photos attached. The seller offered a replacement; thank you, but I'd rather not, since the other two boards are glued the same way. Please refund the order instead.`,
    'photo',
    [],
    'full_refund',
  ),
  // The title is quoted, but «не соответствует», «брак» name nothing checkable; no time, no evidence.
  c(
    'r31x-52',
    'ru',
    `Товар «Умные часы мужские, премиум качество, водонепроницаемые» не соответствует описанию. Брак. Премиум качеством там и не пахнет. Верните деньги.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Innocent: "Cockburn" in the carrier status is a place; tracking number, enquiry with the post, refund.
  c(
    'r31x-53',
    'en',
    `Order not received. Tracking number AU004518273390 shows "Delivered – left at front door, Cockburn Central WA" on 14 August. Nothing was left at my door, and my neighbours saw nothing either. I lodged a missing-item enquiry with Australia Post the next day (reference MIE-2281904); they replied that the driver's scan has no GPS record. Please refund the order.`,
    'none',
    [],
    'full_refund',
  ),
  // «вернуть разницу» with no sum: a partial refund without an amount.
  c(
    'r31x-54',
    'ru',
    `В объявлении: «Соль для ванн с лавандой, 2 кг, дой-пак с застёжкой». Пришёл пакет без застёжки, на этикетке «нетто 1200 г»; взвесила 6 декабря на кухонных весах — вместе с пакетом 1 215 г. Фото весов и этикетки прилагаю. Прошу вернуть разницу.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «На фото видно» with no file in the form; the missing lids are asked for.
  c(
    'r31x-55',
    'ru',
    `Получила 11 ноября набор контейнеров для еды «10 шт. с крышками». Крышек пришло 7, у трёх контейнеров крышек нет. На фото видно, что в коробке 10 контейнеров и 7 крышек. Пришлите, пожалуйста, три недостающие крышки.`,
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // A two-letter reply: empty text only.
  c('r31x-56', 'ru', `ок`, 'none', ['empty_text'], 'none'),
  // Label and listing quoted, measured, photos, refund — but nothing says when.
  c(
    'r31x-57',
    'en',
    `The listing says "Linen Blend Tablecloth 140x240 cm, Natural Beige". The one I received measures 126x212 cm and is grey, not beige; the sewn-in label says "130x210". Photos of the tape measure along both edges and of the label are attached. I'd like a refund.`,
    'photo',
    ['missing_when'],
    'full_refund',
  ),
  // "refund half of the price": a partial refund without a sum.
  c(
    'r31x-58',
    'en',
    `"Set of 4 Solar Garden Lights, 8 hours lighting time" — two of the four have not lit up at all since I put them out on 28 March, and the other two go dark after about 40 minutes. Photos of all four at 10 pm are attached. I'll keep them, but please refund half of the price.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "on purpose, hoping nobody checks" labels intent: accusation.
  c(
    'r31x-59',
    'en',
    `Ordered "Grade A Organic Cotton Bath Towels, 600 gsm, set of 4". The bag label says "350 gsm", and one towel weighs 290 g on my scale, which fits 350 gsm, not 600. Received on 7 February, photos of the label and the scale attached. You obviously shipped the cheaper ones on purpose, hoping nobody checks. Send the 600 gsm set I paid for.`,
    'photo',
    ['accusation'],
    'exchange',
  ),
  // «Обидно до слёз» is affect; no file or evidence named; a conditional re-send is the request.
  c(
    'r31x-60',
    'ru',
    `Заказала дочке на выпускной заколку «Жемчуг, кристаллы, серебристый металл». Пришла 25 мая, в тот же день две бусины отклеились, а серебристое покрытие облезло до жёлтого, стоило взять заколку в руки. До выпускного три дня. Обидно до слёз. Пришлите, пожалуйста, новую, если успеете.`,
    'none',
    ['emotional', 'missing_evidence'],
    'exchange',
  ),
  // The seller's copy-paste is quoted; "This is ridiculous" is the buyer's feeling.
  c(
    'r31x-61',
    'en',
    `Order of a "Wool Felt Laptop Sleeve 14 inch" placed on 12 January, tracking YT2401157733920841. The tracking has shown "Departed from sorting center" for 52 days, and the seller's answer every week is the same copy-paste: "Dear friend, the logistics is slow due to holiday, please wait patiently." This is ridiculous. I never received the parcel. Please refund me.`,
    'none',
    ['emotional'],
    'full_refund',
  ),
  // «компенсацию на ваше усмотрение»: partial without a sum.
  c(
    'r31x-62',
    'ru',
    `Гирлянда «Бахрома 3 м, 120 LED, 8 режимов». На третий день, 29 декабря, перестала гореть правая треть — около 40 лампочек, переключение режимов не помогает. Фото с горящей и погасшей частью прикладываю. Возвращать через полмира не хочу, прошу компенсацию на ваше усмотрение.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // The app's error is quoted; "every time" is no time and the text asks for nothing.
  c(
    'r31x-63',
    'en',
    `The "Smart Wi-Fi Plug 16A with Energy Monitoring" won't add to the app. Every time I try, the app says: "Device add failed. Error code -70: network configuration timeout." My Wi-Fi is 2.4 GHz, as the box requires. The plug's LED keeps blinking fast. Screenshot of the error attached. The other two plugs from the same order connected fine.`,
    'photo',
    ['missing_when', 'missing_resolution'],
    'none',
  ),
  // «Мошенники!!!» and «Все продавцы здесь такие»: accusation and emotional; no evidence named.
  c(
    'r31x-64',
    'ru',
    `Мошенники!!! Заказала набор ножей «Японская сталь VG10, 5 шт.», пришли штампованные ножи с гравировкой «Stainless» на клинке, один сломался у рукояти, когда резала тыкву 3 октября. Все продавцы здесь такие. Верните деньги.`,
    'none',
    ['accusation', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // A bare non-receipt: no time, no evidence, no request.
  c('r31x-65', 'ru', `Заказ не пришёл.`, 'none', ['missing_when', 'missing_evidence', 'missing_resolution'], 'none'),
  // "As you can see in the attached photos" with no file; "whatever amount you think is fair" has no sum.
  c(
    'r31x-66',
    'en',
    `The "Kids Raincoat with Hood, size 110" arrived on 3 October with a broken zip: the slider came off the track the first time my son pulled it up. As you can see in the attached photos, two teeth at the bottom are missing. We'll keep the coat and sew in a new zip ourselves; please refund whatever amount you think is fair.`,
    'none',
    ['partial_without_amount', 'evidence_not_attached'],
    'partial_refund',
    null,
  ),
  // "Classic scam" with the title in scare quotes accuses; "Disgusting" is affect.
  c(
    'r31x-67',
    'en',
    `Listing title: "Genuine Leather Ankle Boots Women, Cowhide". The inside label says "Upper: PU, Lining: PU". The sole came unglued at the toe on the second day of wearing (11 November). Photos of the label and the sole attached. Classic scam: "genuine leather" in the title, plastic in the box. Disgusting. Full refund.`,
    'photo',
    ['accusation', 'emotional'],
    'full_refund',
  ),
  // The seller's quoted offer is turned down with no request of the buyer's own.
  c(
    'r31x-68',
    'ru',
    `Детский велосипед 16 дюймов: в комплекте по описанию «боковые колёса, звонок, корзина». Корзины и звонка нет, одно боковое колесо с трещиной на ступице. Обнаружили при сборке 1 июня. Фото приложила. Продавец в чате предложил: «Можем вернуть 10% стоимости или отправить звонок». Меня это не устраивает. Жду решения по спору.`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // The buyer's own capitals ("I ORDERED TWO … ONE") shout; the label's "QTY" is an abbreviation in a quote.
  c(
    'r31x-69',
    'en',
    `I ORDERED TWO, you sent ONE. The order page says "Quantity: 2 – Silicone Baking Mat 40x30 cm", the package label says "QTY: 2", and inside there was a single mat (unpacked on 24 July, photo of the opened package and the label attached). Please refund the $7.80 for the missing mat.`,
    'photo',
    ['emotional'],
    'partial_refund',
    7.8,
  ),
  // «и вы об этом знали» accuses; reviews are not evidence and no file is named.
  c(
    'r31x-70',
    'ru',
    `Пароварка трёхъярусная: на второй день, 15 марта, треснула пластиковая чаша нижнего яруса, вода потекла на основание. В отзывах под товаром у троих то же самое, значит, и вы об этом знали, когда продавали. Прошу вернуть деньги.`,
    'none',
    ['accusation', 'missing_evidence'],
    'full_refund',
  ),
  // "looks nothing like the pictures" and "poor quality" name no checkable fault.
  c(
    'r31x-71',
    'en',
    `Received the "Boho Macrame Wall Hanging, Large" on 4 May. It looks nothing like the pictures in the listing and the quality is poor. Photos of what I received next to a screenshot of the listing are attached. Please refund me.`,
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // Odd pair quoted from the labels and measured, photos, exchange — no time or discovery named.
  c(
    'r31x-72',
    'ru',
    `Заказывала кроссовки 39 размера, на коробке и на язычке написано «39», но левый кроссовок 39-го, а правый — 41-го, стельки отличаются на 1,3 см. Фото обеих стелек рядом и ярлыков прикладываю. Прошу заменить на пару одного размера, 39.`,
    'photo',
    ['missing_when'],
    'exchange',
  ),
  // A quoted review, «Очень разочарована» is affect; the sum in words is 300.
  c(
    'r31x-73',
    'ru',
    `Покупала ночник-проектор «Звёздное небо» для дочки, ориентировалась на отзыв: «Проецирует на весь потолок, 8 цветов, пульт работает». У нас пульт не реагирует ни на одну кнопку с первого вечера, 10 января, батарейку меняли; цвета переключаются только кнопкой на корпусе. Фото пульта с новой батарейкой прикладываю. Очень разочарована. Ночник оставим, прошу вернуть триста рублей за неработающий пульт.`,
    'photo',
    ['emotional'],
    'partial_refund',
    300,
  ),
  // Innocent: the factory town on the nameplate reads «Хуйчжоу»; runtime timed, video, item offered back.
  c(
    'r31x-74',
    'ru',
    `Вертикальный пылесос, в объявлении «время работы до 45 минут». На шильдике: «Модель VC-18, 22,2 V, 2000 mAh, сделано в г. Хуйчжоу». Фактически на минимальной мощности он работает 11 минут: замеряла секундомером трижды, 16 и 17 февраля, после полной зарядки. Видео с таймером прикладываю. Пылесос готова вернуть, деньги прошу перечислить после получения.`,
    'video',
    [],
    'return',
  ),
  // Innocent: «Я не говорю, что вы это сделали специально» takes the label back.
  c(
    'r31x-75',
    'ru',
    `Я не говорю, что вы это сделали специально, скорее всего, на складе перепутали. Заказала настенные часы «диаметр 40 см, бесшумный механизм», пришли 30 см, и механизм громко тикает. Замерила рулеткой при распаковке 8 августа, фото с рулеткой прилагаю. Прошу обменять на часы 40 см.`,
    'photo',
    [],
    'exchange',
  ),
  // Innocent: decimal commas in the quoted scheme and in the sum: 4,50 $ is 4.5.
  c(
    'r31x-76',
    'ru',
    `Набор из 12 силиконовых крышек-растяжек: в коробке 10, двух самых маленьких нет (сверила со схемой на упаковке: «Ø 6,5 / 9 / 11,5 / 14,5 / 17 / 20 см — по 2 шт.»). Распаковала 21 июня. Фото содержимого и схемы прикладываю. Прошу частичный возврат 4,50 $ за две недостающие крышки.`,
    'photo',
    [],
    'partial_refund',
    4.5,
  ),
  // Innocent: "Dickens" and "Bleak House"; the sum in words is 12.
  c(
    'r31x-77',
    'en',
    `"Charles Dickens Box Set, 10 Hardcover Volumes" — the box is printed "10 VOLS" but there were nine books inside when I unpacked it on 2 March; volume 7, Bleak House, is missing. Photo of the open box with the nine spines attached. Please refund twelve dollars for the missing volume.`,
    'photo',
    [],
    'partial_refund',
    12,
  ),
  // Innocent: «застрахуйте» is an ordinary verb; the courier sticker and a damage report are quoted.
  c(
    'r31x-78',
    'ru',
    `Заказ: ваза напольная керамическая, 60 см. Пришла 13 сентября разбитой на три крупных куска; в коробке ни слоя пузырчатой плёнки, снаружи наклейка курьерской службы «Хрупкое / Fragile». Акт о повреждении составили при вскрытии на пункте выдачи, фото акта и осколков прикладываю. Прошу вернуть полную стоимость. Пожелание на будущее: для таких вещей застрахуйте отправку и положите плёнку, тогда и вам, и покупателю будет спокойнее.`,
    'photo',
    [],
    'full_refund',
  ),
  // Innocent, long: listing, label, seller replies and the law quoted; a court named as a lawful step; item offered back.
  c(
    'r31x-79',
    'ru',
    `Здравствуйте. Открываю спор по автокреслу. Заголовок объявления: «Автокресло детское 0–36 кг, группа 0+/1/2/3, крепление ISOFIX, сертификат ECE R44/04, поворот 360°». Кресло пришло 4 октября, при распаковке (снимала на видео) выяснилось следующее. На боковой наклейке самого кресла напечатано: «Group 1/2/3, 9–36 kg». То есть для младенца с рождения, ради чего я его и покупала, оно не предназначено: ребёнку сейчас 3 месяца и 6 кг. Креплений ISOFIX нет совсем — только прорези под ремень автомобиля, поворотного основания тоже нет. Номера сертификата на наклейке нет, есть только надпись «Standard». Я написала продавцу, ответы такие: «ISOFIX is optional, price is low» и «Group 0 is same, just use the insert». Вкладыша в коробке тоже нет, это видно на видео распаковки. Напомню ст. 10 Закона «О защите прав потребителей»: продавец обязан своевременно предоставлять потребителю «необходимую и достоверную информацию о товарах», обеспечивающую возможность их правильного выбора. Здесь в заголовке указаны три вещи, которых у товара нет, а речь о безопасности ребёнка в машине. Видео распаковки и фото наклейки прикладываю. Прошу принять кресло обратно и вернуть деньги, отправлю его любым способом, который вы укажете. Если спор решить не получится, подам претензию и, при необходимости, иск в суд по месту жительства — это обычный законный порядок, ничего личного.`,
    'video',
    [],
    'return',
  ),
  // Innocent: the seller's machine-translated "we are not cheat you" is quoted; the buyer accuses nobody.
  c(
    'r31x-80',
    'en',
    `I ordered the "Stretch Sofa Cover, 3-seater, Dark Grey". What came on 26 January is mustard yellow, and the label on the bag says "Color: Yellow". When I wrote to the seller, the reply was: "Sorry dear, the color have difference because of the monitor, please don't be angry, we are not cheat you." It isn't a monitor issue: the bag label itself says yellow. Photos of the cover on the sofa and of the bag label are attached. Please send the dark grey one I ordered.`,
    'photo',
    [],
    'exchange',
  ),
];
