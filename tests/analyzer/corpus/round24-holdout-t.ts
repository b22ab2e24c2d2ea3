import { labelled as c, type CorpusCase } from './types';

/**
 * Round twenty-four, hold-out set T: buyers of clothes, shoes and accessories (sizes against the chart, measurements,
 * fit, colour, fabric labels, smell, seams, prints), from picky fashion buyers and mothers to men buying work boots.
 * Written by a hand that has not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md and
 * DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - A file in the form counts as the evidence; every text labelled ready both has a file (or a tracking number) and names it.
 * - «при примерке», «при распаковке», "measured it the day it arrived", «мерила лентой в день получения» are discovery moments.
 * - Size and unit abbreviations in capitals (XL, 3XL, UK, EU, USD, PU, ЗАГС) are not shouting; "THIS IS NOT A SIZE M" is.
 * - A colour or composition name quoted from the listing or a label («графит», «молочный», «100% PU») is no scare quote.
 * - Clothing words with rude-looking pieces are innocent: тупой нос (shoe toe), слепой шов, бляха ремня, скипидар,
 *   разводы после стирки, лохматый мех, сукно, рубля, свитер с оленями, pussy-bow, cocktail, Dickies, Muppets,
 *   balls of fluff, prickly, steel toe cap; «тупо» as a colloquial adverb about a zip is neither rude nor emotional.
 * - Seller's insults quoted after «ответил» / "replied" are evidence, not the buyer's insult; mat in them is profanity only.
 * - Calling the seller's quoted reply "bullsh1t" judges the reply, not a person: profanity only.
 * - A repair cost named and asked back («ателье стоит 300 ₽, прошу вернуть эту сумму») is the partial amount.
 * - A condition of a defect ("when wet") is not a discovery moment; texts that needed a time were given a date instead.
 * - "Not sure what happens next" and «что мне с ней делать?» are no request.
 * - «подачка» about the offered sum is not name-calling; "bampots" (Scots) and «олухи царя небесного» aimed at staff are.
 * - A brother "near your warehouse" who "may drop by to talk", and the owner's name and shop address with "it would be a
 *   shame if someone turned up", are veiled threats.
 * - "Honestly disappointed" is an affect word (emotional) even in an otherwise calm text.
 */
export const ROUND24_HOLDOUT_T: CorpusCase[] = [
  // plain good: long, precise measurements against the chart, photo, exchange
  c(
    'r24t-01',
    'ru',
    'Здравствуйте. Пишу по заказу зимнего комбинезона для сына (цвет хаки, размер 110). Выбирала размер строго по вашей таблице: у сына рост 104 см, и по таблице размер 110 рассчитан на рост 104–110, длина по спинке 96 см, длина рукава от плеча 38 см. Посылку забрала 12 ноября и при распаковке сразу измерила комбинезон сантиметровой лентой, разложив его на столе: длина по спинке 84 см, рукав 33 см, ширина груди в половину 36 см вместо 40 по таблице. То есть это примерно размер 98, хотя на бирке написано 110. Сын в нём не может присесть — комбинезон тянет в шаге и задирается до середины спины, а рукава заканчиваются выше запястья, так что между рукавом и варежкой остаётся голая рука. На фото комбинезон лежит рядом с лентой, отдельно снята бирка с размером и скриншот вашей таблицы. Комбинезон не носили на улицу, только примерили дома, бирки на месте. Прошу заменить его на размер 116 или на комбинезон 110, который действительно соответствует таблице.',
    'photo',
    [],
    'exchange',
  ),
  // innocent: "Dickies" and "steel toe cap"; complete text
  c(
    'r24t-02',
    'en',
    "Hi, I bought these safety boots (EU 44) to wear with my Dickies work trousers on site. On the second day, 9 April, the sole came away from the upper at the left toe — about a 4 cm gap, you can see the steel toe cap through it. Photos of both boots are attached. These are sold as safety footwear, so I can't use them. Please give me a full refund.",
    'photo',
    [],
    'full_refund',
  ),
  // innocent: «бляха» is the belt buckle; partial refund with a sum
  c(
    'r24t-03',
    'ru',
    'Ремень мужской, натуральная кожа. Через неделю носки на бляхе облезло золотистое покрытие, виден серый металл, а у отверстий кожа треснула. Фото бляхи и ремня прикладываю. Ремень оставлю, прошу вернуть 250 рублей.',
    'photo',
    [],
    'partial_refund',
    250,
  ),
  // innocent: «тупой нос» is the shape of the shoe
  c(
    'r24t-04',
    'ru',
    'Заказывала лодочки с острым носком, как на главной фотографии, размер 38. Пришли туфли с тупым квадратным носом — другая модель, это было видно сразу при распаковке (получила 3 мая). Фото коробки, этикетки и туфель рядом со скрином карточки товара прилагаю. Прошу обменять на ту модель, что в объявлении.',
    'photo',
    [],
    'exchange',
  ),
  // innocent: "pussy-bow blouse" is a style; partial refund with a sum
  c(
    'r24t-05',
    'en',
    "The pussy-bow blouse (ivory, size S) arrived without the two long ties that make the bow — they're in every listing photo. I noticed when I unpacked it on 12 June: the neckline has the loops but nothing in them. Photo of the blouse and a screenshot of the listing attached. I'd like to keep it, so please refund 6 USD for the missing ties.",
    'photo',
    [],
    'partial_refund',
    6,
  ),
  // innocent: the seller's insult quoted as evidence; the buyer stays polite
  c(
    'r24t-06',
    'ru',
    'Джинсы W30 L32. В таблице размеров обхват талии для W30 — 78 см, я измерила по поясу в день получения, 21 августа: 72 см, то есть это скорее W28. Написала продавцу, он ответил: «сами вы слепая, размер правильный, учитесь мерить». Скриншот переписки и фото замера с сантиметром прилагаю. Готова отправить джинсы обратно, прошу вернуть деньги после возврата.',
    'photo',
    [],
    'return',
  ),
  // innocent: chargeback and consumer protection are lawful steps
  c(
    'r24t-07',
    'en',
    "The linen midi dress was listed in the colour Dusty Rose. What arrived on 27 July is mustard yellow, not a shade of pink under any light — I've attached photos taken by a window and under a lamp, next to the listing picture. Please refund the full amount. If the dispute can't be settled here, I'll ask my bank for a chargeback and report the listing to my local consumer protection office.",
    'photo',
    [],
    'full_refund',
  ),
  // innocent: «разводы» are stains after washing, not «развод»; «рубля»
  c(
    'r24t-08',
    'ru',
    'Белая футболка оверсайз с принтом, брала за 1 293 рубля. После первой стирки (30 градусов, деликатный режим, как на бирке) принт полинял, и вокруг него остались серо-синие разводы по всей груди. Фото до и после стирки прилагаю. Прошу вернуть полную стоимость.',
    'photo',
    [],
    'full_refund',
  ),
  // innocent: «слепой шов» is a sewing term; repair cost asked back
  c(
    'r24t-09',
    'ru',
    'Брюки классические, серые, размер 50. Низ подшит слепым швом, и после второй носки он распустился на обеих штанинах — нитка просто вытягивается. Фото прилагаю. Подшить в ателье стоит 300 ₽, прошу вернуть эту сумму.',
    'photo',
    [],
    'partial_refund',
    300,
  ),
  // innocent: "prickly", an honest review announced; sending back for a refund
  c(
    'r24t-10',
    'en',
    "The jumper is listed as 100% merino. The sewn-in care label says 60% acrylic, 40% wool — photo of the label attached, alongside the listing. I only checked because it felt prickly on my neck the first time I wore it, on 2 November. I'll leave an honest review either way. I'd like to send it back for a full refund.",
    'photo',
    [],
    'return',
  ),
  // plain good: mother, insole length, video
  c(
    'r24t-11',
    'ru',
    'Сандалии детские, размер 28. В таблице длина стельки 17,5 см, а по факту 16,5 — измеряла дома в тот же день, как забрала посылку, 6 июня, видео с замером линейкой прикладываю. Дочке малы, пальцы упираются в край. Прошу обменять на 29-й размер.',
    'video',
    [],
    'exchange',
  ),
  // innocent: "Muppets" is the licensed print; refund declined, replacement asked
  c(
    'r24t-12',
    'en',
    "Ordered the kids' Muppets pyjamas, age 7–8. They arrived on 14 January and when I unpacked them the print on the top was already cracked across Kermit's face and peeling at the edges — photos attached. My son really wants this set, so please send a replacement rather than a refund.",
    'photo',
    [],
    'exchange',
  ),
  // innocent: a bank chargeback announced calmly
  c(
    'r24t-13',
    'ru',
    'Куртка заявлена как натуральная кожа ягнёнка. На внутренней бирке написано «100% PU», а при осмотре 20 октября на срезе у петель видна тканевая основа — это экокожа. Фото бирки и среза прикладываю. Прошу вернуть деньги полностью. Если спор не решится, обращусь в банк за чарджбэком — это моё право как покупателя.',
    'photo',
    [],
    'full_refund',
  ),
  // plain good: two sizes in one box
  c(
    'r24t-14',
    'en',
    'Trainers, white/grey, UK 8. When I opened the box on 3 March the left shoe was labelled UK 8 and the right UK 9; the right one is visibly longer, about 1 cm at the heel. Photos of both tongue labels and the soles side by side are attached. Please send a correct pair in UK 8.',
    'photo',
    [],
    'exchange',
  ),
  // innocent: «лохматая» about fur
  c(
    'r24t-15',
    'ru',
    'Шапка с помпоном из искусственного меха. Пришла лохматая и облезлая: мех выпадает клоками при лёгком расчёсывании, на второй день ношения всё чёрное пальто было в ворсинках. Фото шапки и пальто прилагаю. Прошу полный возврат.',
    'photo',
    [],
    'full_refund',
  ),
  // innocent: Scunthorpe; non-receipt with tracking and elapsed time, no file needed
  c(
    'r24t-16',
    'en',
    "Order for a wool coat, paid on 3 September. Tracking number LV482019376CN has shown 'arrived at destination country' since 28 September and nothing after that. I've asked at the Scunthorpe delivery office and they have no parcel for me. It's now 52 days since payment. Please refund the order.",
    'none',
    [],
    'full_refund',
  ),
  // innocent: «Ебург» is the city; non-receipt with track and days
  c(
    'r24t-17',
    'ru',
    'Кроссовки для мужа, оплатила 2 февраля. Трек RB004512873SG, в отслеживании с 1 марта статус «Прибыло в сортировочный центр», дальше ничего. В Ебурге на почте сказали, что посылки у них нет. Прошло 45 дней. Прошу вернуть деньги.',
    'none',
    [],
    'full_refund',
  ),
  // innocent: the agent's insult quoted as evidence; sending the shirt back
  c(
    'r24t-18',
    'en',
    "Men's oxford shirt, XL. Your size chart gives chest 112 cm for XL. I measured the shirt laid flat the day it came (5 May): 52 cm across, so 104 cm around — that's your L. When I asked, your agent replied: 'maybe you are simply too fat for our shirts'. A screenshot of that chat and photos of the measurement are attached. I'll send the shirt back; please refund me once it arrives.",
    'photo',
    [],
    'return',
  ),
  // innocent: «к сожалению» and a declined refund; the request is the exchange
  c(
    'r24t-19',
    'ru',
    'Это мой третий заказ в вашем магазине, и, к сожалению, в этот раз ошибка с цветом. Худи заказывал в цвете «графит», а пришло ярко-синее, на пакете наклейка «blue». Обнаружил при распаковке 5 сентября, фото худи рядом с карточкой товара прилагаю. Деньги возвращать не нужно, пришлите, пожалуйста, худи графитового цвета.',
    'photo',
    [],
    'exchange',
  ),
  // innocent: "cocktail"; decimal comma
  c(
    'r24t-20',
    'en',
    "The sequin cocktail dress shed roughly thirty sequins along the hem the first evening I wore it, Saturday 18 May — there are bare patches where the thread came loose. Photos attached. I'd like to keep it and have it repaired, so I'm asking for a partial refund of €12,50.",
    'photo',
    [],
    'partial_refund',
    12.5,
  ),
  // innocent: «сукно» (cloth); offers to send back
  c(
    'r24t-21',
    'ru',
    'Пальто в карточке описано как шерстяное сукно с 80% шерсти. На бирке внутри — 100% полиэстер, фото бирки прилагаю. Увидела при распаковке 11.11. Пальто не носила, бирки на месте. Готова отправить обратно, прошу вернуть деньги после возврата.',
    'photo',
    [],
    'return',
  ),
  // innocent: "balls of fluff" is pilling
  c(
    'r24t-22',
    'en',
    "Grey cardigan, size M. I washed it once, at 30°C as the label says, and it came out covered in little balls of fluff all over the front and under the arms — photos attached, taken right after it dried on 9 October. It's wearable but already looks old. A partial refund of $8 would settle it for me.",
    'photo',
    [],
    'partial_refund',
    8,
  ),
  // innocent: «скипидар» (turpentine smell)
  c(
    'r24t-23',
    'ru',
    'Резиновые сапоги для дочки, размер 30. С момента распаковки 15 апреля от них сильный запах — как скипидаром или растворителем; неделю простояли на балконе, запах не ушёл, стелька пахнет так же. Ребёнку надевать не дам. На фото видна маркировка на подошве, состав нигде не указан. Прошу вернуть деньги полностью.',
    'photo',
    [],
    'full_refund',
  ),
  // plain good: long, work boots, video, posting them back
  c(
    'r24t-24',
    'en',
    "I bought these boots for work — I'm a bricklayer and I'm on site in all weathers, which is why I picked a pair sold as fully waterproof with a membrane and sealed seams. They came on 1 March and I wore them for the first time on Tuesday 4 March, when it rained steadily all morning. By lunch both socks were soaked through at the front. That evening I dried them, stood them in a tray with about 3 cm of water and filmed it: within two minutes the leather at the welt seam goes dark and you can see water coming in along the stitching on both boots. The video is attached. I've worn work boots for twenty years and I know the difference between sweat and a leak; this is a leak, and it's in the construction, not wear and tear. I want a full refund. I'll post them back to you, but the return postage should be on you, since the fault is in the boots.",
    'video',
    [],
    'return',
  ),
  // innocent: «тупо» as a colloquial adverb about the zip
  c(
    'r24t-25',
    'ru',
    'Молния на куртке тупо не застёгивается: бегунок проскакивает, и зубцы расходятся снизу, так с первого дня. Видео прилагаю. Прошу заменить куртку на такую же, размер 48.',
    'video',
    [],
    'exchange',
  ),
  // innocent: the police and a post office certificate are lawful; tracking
  c(
    'r24t-26',
    'ru',
    'Трек-номер LP00412398765432: в отслеживании 14 апреля стоит «Вручено адресату», но я посылку (платье и две футболки) не получала. Взяла на почте справку, что по моему извещению никто не расписывался, фото справки прикладываю. Напишу заявление в полицию, а от вас прошу вернуть деньги за заказ.',
    'photo',
    [],
    'full_refund',
  ),
  // innocent: a negated accusation
  c(
    'r24t-27',
    'ru',
    'Я не думаю, что вы перепутали специально, но пришёл не тот товар: вместо льняной мужской рубашки бежевого цвета, размер 52, в пакете женская блузка 44-го размера. Обнаружила при вскрытии пакета на почте 8 июля, сфотографировала там же. Прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // masked mat judging the item, no "!": profanity only
  c(
    'r24t-28',
    'ru',
    'Заказ от 2 марта, платье-комбинация, размер M. Пришла какая-то х**ня вместо платья: ткань просвечивает насквозь, боковые швы кривые, одна бретель на 4 см короче другой. Обнаружила при примерке в день получения, 19 марта. Фото прилагаю. Верните деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Latin look-alike letters in an adjective before the item: intensifier, emotional too
  c(
    'r24t-29',
    'ru',
    'Эти eбaные ботинки промокли в первый же день на стройке, 11 ноября, хотя в описании написано, что они водонепроницаемые. Внутри вода по щиколотку, фото мокрых носков и стельки прилагаю. Деньги верните.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // digits for a syllable, right after opening the parcel: a cry
  c(
    'r24t-30',
    'ru',
    'Открыла пакет — 3,14здец, а не купальник. Чашки разного размера, левая на сантиметр меньше, а вместо чёрного цвета тёмно-зелёный. Получила 2 июля. Фото прилагаю. Хочу обмен на нормальный чёрный купальник размера S.',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // dropped vowels as a bare sentence: a cry; no time, no evidence
  c(
    'r24t-31',
    'ru',
    'Пздц. Заказывала кеды 37 размера, пришли 35, на подошве так и написано. Дочка даже ногу не засунула. Верните деньги.',
    'none',
    ['profanity', 'emotional', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // spaced mat as an interjection; "заберите и верните деньги" is a return
  c(
    'r24t-32',
    'ru',
    'Третий раз заказываю у вас детские колготки, и опять, б л я т ь, размер 104 на ребёнка ростом 90 еле натягивается. Померила сразу после получения, 22 января: длина стопы у колготок 12 см вместо 15 по таблице. Фото рядом с линейкой прилагаю. Заберите их и верните деньги.',
    'photo',
    ['profanity', 'emotional'],
    'return',
  ),
  // masked English swear word as an intensifier before the item
  c(
    'r24t-33',
    'en',
    'These f*cking sandals fell apart on the second day of my holiday, 14 August: the toe strap on the right one ripped out of the sole while I was walking to the beach. Photo attached. I want a full refund.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // disguised swear word judging the seller's quoted reply: profanity only
  c(
    'r24t-34',
    'en',
    "Wool scarf, listed as 200 x 70 cm. I measured it the day it arrived, 2 December: 160 x 45 cm. Photos with the tape measure are attached. Your reply that 'handmade sizes may vary' is bullsh1t — 40 cm is not a variation. Please refund me.",
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // masked swear word aimed at people: profanity and insult; no time, no evidence
  c(
    'r24t-35',
    'en',
    "You a$$holes sent a size 6 dress when I ordered a 12. I can't even zip it past my hips. Refund me.",
    'none',
    ['profanity', 'insult', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // mat typed with the English keyboard layout, judging the item
  c(
    'r24t-36',
    'ru',
    'Сумка-шоппер, заявлена натуральная кожа, 35×40 см. Пришла [eqyz из клеёнки 28×30, ручки пришиты на одну нитку, одна оторвалась при первой же загрузке продуктов 16 мая. Фото с линейкой прилагаю. Верните деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // transliterated mat as a cry; "what do I do with it?" is no request
  c(
    'r24t-37',
    'ru',
    'blyat, opyat ne tot razmer. zakazyval kurtku 52, prishla 46, v plechah ne zastegivaetsya. poluchil vchera, 3 oktyabrya. chto mne s nei delat?',
    'none',
    ['profanity', 'emotional', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // sending the seller away with minced mat: profanity only; the request is a full refund
  c(
    'r24t-38',
    'ru',
    'Идите нах со своими 50 рублями компенсации. Пуховик, размер L, после первой же носки 7 декабря начал лезть пух по всем швам, на фото видно, как он торчит из каждой строчки. Мне нужен полный возврат, а не подачка.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Greek look-alike letter, filler after it: judgement, profanity only
  c(
    'r24t-39',
    'ru',
    'Это не пуховик, а πиздец полный: в карточке наполнитель 90% пух, а после первой стирки 2 января угол разошёлся по шву, и внутри синтепон с перьями. Фото прикладываю. Верните деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // spaced swear word in an exclamation: profanity and emotional
  c(
    'r24t-40',
    'en',
    'Opened the parcel this morning (6 February): the jacket sold as faux shearling is thin polyester fleece glued onto stiff vinyl, and the collar is already peeling. What a load of s h i t! Photos attached. Full refund please.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // condescension about the reader's intelligence, otherwise complete
  c(
    'r24t-41',
    'ru',
    'Объясняю для особо одарённых сотрудников склада, раз с первого раза не дошло. Я заказывал рабочие ботинки, размер 42. В вашей же таблице у 42-го размера длина стельки 27 см. Ботинки, которые вы прислали, — 25,5 см, я мерил стельку рулеткой сразу после получения, 30 октября. На коробке наклейка «42», а на подошве выдавлено «40». Я уже писал это в чате, мне прислали ту же таблицу и совет разносить. Разносить полтора сантиметра нельзя, это не кроссовки, а ботинки с металлическим подноском: он давит на пальцы уже через час. Фото стельки с рулеткой, подошвы и наклейки на коробке прилагаю. Пришлите 42-й размер, который я заказывал.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // talking down ("draw you a picture") without a swear word
  c(
    'r24t-42',
    'en',
    'Do I need to draw you a picture of what navy means? I ordered the navy chinos in 34/32 and got bright royal blue ones. Opened the parcel on 21 March; photos next to a navy tie are attached. Send me the navy pair.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // archaic name-calling aimed at the staff
  c(
    'r24t-43',
    'ru',
    'Олухи царя небесного, вы хоть раз читаете, что кладёте в пакет? Я заказывала детский костюм для девочки, розовый, рост 122, а пришёл мужской спортивный костюм размера XL. Обнаружила при распаковке 4 апреля, фото этикетки и содержимого прилагаю. Верните деньги.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Scots name-calling aimed at the seller
  c(
    'r24t-44',
    'en',
    'Right, you bampots, I ordered a tartan kilt in a 36 waist and you sent a 28 in a completely different tartan, green instead of the red Royal Stewart in your listing. I opened it on 15 August; photos of the label and the cloth next to your listing photo are attached. Refund the lot.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // sarcastic praise of the seller's work, single "!"
  c(
    'r24t-45',
    'ru',
    'Браво, кутюрье! Пришить левый рукав швами наружу — это, наверное, новое слово в моде. Рубашка пришла такой 9 сентября, заметил сразу при распаковке, фото прилагаю. Пришлите нормальную рубашку того же размера.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // mock praise ("a true genius") of the packer
  c(
    'r24t-46',
    'en',
    "Congratulations to whoever packed my gloves, a true genius: two left gloves, both size M, no right one. I found this when I unpacked them on 2 January. Photo attached. I'll send them back; please refund me when they arrive.",
    'photo',
    ['insult'],
    'return',
  ),
  // condescension (first-graders); no time, no evidence
  c(
    'r24t-47',
    'ru',
    'Вы вообще таблицу размеров читать умеете, или у вас там на складе все в первом классе учатся? Заказ — футболка 3XL, пришла S. Пришлите 3XL.',
    'none',
    ['insult', 'missing_when', 'missing_evidence'],
    'exchange',
  ),
  // affect word only ("ridiculous"), otherwise complete
  c(
    'r24t-48',
    'en',
    'This is ridiculous. I bought a leather watch strap marked 20 mm and received an 18 mm one that slips straight off the lugs. Noticed when fitting it on 7 May. Photo with calipers attached. Refund please.',
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // veiled threat: a relative near the warehouse who may "drop by"
  c(
    'r24t-49',
    'ru',
    'Заказ: рабочий комбинезон, размер 54-56. Пришёл 46-48, в поясе не сходится на 12 см — мерил в день получения, 17 марта, фото с метром прилагаю. Верните деньги. И имейте в виду: у меня брат работает в Гуанчжоу, недалеко от вашего склада, может заехать поговорить лично.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // publishing the seller's personal data and child's photo; "!!"; partial with a sum
  c(
    'r24t-50',
    'ru',
    'Я нашла ваш номер телефона и фото вашей дочки в вичате. Если не компенсируете 800 рублей на ремонт платья (шов на боку разошёлся на 10 см на второй день), выложу всё это в родительский чат нашего района, там 3000 человек!!',
    'none',
    ['threat', 'emotional', 'missing_evidence'],
    'partial_refund',
    800,
  ),
  // ominous "it would be a shame" with the owner's name and shop address
  c(
    'r24t-51',
    'en',
    "The linen trousers came with a 6 cm hole in the back seam — found it when I unpacked them on 10 June, photo attached. I expect a full refund. I've got your store owner's name and the shop address from the business licence on your page. It would be a shame if someone turned up there asking questions.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // threat of a cousin's visit plus a fraud label; no evidence
  c(
    'r24t-52',
    'en',
    "I know your factory is in Putian, and my cousin lives two streets away from it. Trainers that split across the toe after a week of wearing are exactly what I'd expect from cheats like you. Refund me before he pays you a visit.",
    'none',
    ['threat', 'accusation', 'missing_evidence'],
    'full_refund',
  ),
  // veiled threat: knowing the shop's address, "you may regret it"
  c(
    'r24t-53',
    'ru',
    'Туфли на свадьбу, 37 размер: у правой отвалился каблук прямо в ЗАГСе, 24 августа, на втором часу носки. Фото каблука и подошвы прилагаю. Верните деньги. Адрес вашего магазина я знаю, смотрите, как бы потом не пожалеть.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // a threat that also labels the seller's honesty
  c(
    'r24t-54',
    'ru',
    'Таких жуликов, как вы, я уже наказывала, и не раз — пожалеете, что связались. Сапоги замшевые, 39: после первой прогулки по мокрому снегу, 3 декабря, замша покрылась белыми пятнами, а подошва отклеилась на носке. Фото прилагаю. Верните деньги.',
    'photo',
    ['threat', 'accusation'],
    'full_refund',
  ),
  // the agent's mat quoted as evidence: still profanity, nothing else
  c(
    'r24t-55',
    'en',
    "Rain jacket, size L, sold as waterproof to 10,000 mm. In the first shower, on 2 April, water soaked straight through at the shoulders — video attached. When I raised it in chat your agent literally wrote 'f**k off and buy an umbrella'. I'd like a full refund.",
    'video',
    ['profanity'],
    'full_refund',
  ),
  // a pasted chat: mat in the seller's line is profanity only
  c(
    'r24t-56',
    'ru',
    'Переписка с продавцом:\nЯ (12.05): Здравствуйте, платье пришло с пятном на подоле, фото отправила.\nПродавец (13.05): Сама заляпала, нех*й было мерить.\nЯ (13.05): Пятно было ещё при распаковке, я платье даже не надевала.\nПрошу вернуть деньги за платье, фото пятна прилагаю.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // capitals, "??", a fraud label and name-calling; no time, no evidence
  c(
    'r24t-57',
    'ru',
    'ВЫ ВООБЩЕ НОРМАЛЬНЫЕ?? Кидалы и бараны, прислали детскую шапку на 2 года вместо 6 лет! Верните деньги.',
    'none',
    ['insult', 'emotional', 'accusation', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // affect word and "!!!": emotional only
  c(
    'r24t-58',
    'ru',
    'Я в шоке!!! Заказывала пуховик цвета «молочный», на фото в карточке он почти белый, а пришёл грязно-жёлтый, как старая бумага. Увидела при распаковке 28 ноября, сравнила при дневном свете — фото рядом с карточкой прилагаю. Верните деньги.',
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // a sentence in capitals: emotional
  c(
    'r24t-59',
    'en',
    'THIS IS NOT A SIZE M. I ordered a medium hoodie and the label says M, but it measures 46 cm across the chest — your chart says 56 cm for M. Measured on 19 October, the day it arrived; photo with the tape measure attached. Send me a real medium.',
    'photo',
    ['emotional'],
    'exchange',
  ),
  // "you do it on purpose": accusation, facts notwithstanding
  c(
    'r24t-60',
    'ru',
    'Вы специально отправляете маломерки, чтобы люди не заморачивались с возвратом. Платье 48 размера по таблице должно иметь обхват груди 96 см, а у присланного 88 — мерила в день получения, 14 марта, фото замера прилагаю. Прошу обменять на платье, которое соответствует таблице.',
    'photo',
    ['accusation'],
    'exchange',
  ),
  // scare quotes around "mistake": accusation
  c(
    'r24t-61',
    'en',
    "Second time you've sent a polyester blazer instead of the wool one I paid for — the care label says 100% polyester, photo attached. Opened it on 2 February. Another 'mistake', of course. Full refund, please.",
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // vague: "не соответствует описанию", "качество плохое"
  c(
    'r24t-62',
    'ru',
    'Платье не соответствует описанию, качество плохое. Верните деньги.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // vague, no request
  c(
    'r24t-63',
    'en',
    'Looks nothing like the pictures. Not what I expected from a store with this many reviews.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // complete but no time
  c(
    'r24t-64',
    'ru',
    'Заказал рабочие ботинки с композитным подноском, 44 размер. Пришли с обычным мягким носком, подноска нет совсем: нажимаешь пальцем — носок проминается. На фото видно, как носок сминается под нажимом. Прошу заменить на ботинки с подноском, как в объявлении.',
    'photo',
    ['missing_when'],
    'exchange',
  ),
  // no request
  c(
    'r24t-65',
    'en',
    'Just so you know: the zip on the pencil skirt (black, size 10) split from the bottom the first time I sat down in it, on Monday 11 March — the teeth came apart below the slider. Photo attached. Not sure what happens next.',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // partial refund without a sum; «с оленями» about the sweater
  c(
    'r24t-66',
    'ru',
    'Свитер детский с оленями, размер 128. После первой стирки 6 января при 30 градусах рукава вытянулись на 6 см, фото рядом со вторым свитером из того же заказа прилагаю. Свитер оставлю, прошу частичную компенсацию.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "на фото видно" with no file in the form
  c(
    'r24t-67',
    'ru',
    'Кожаные перчатки, размер 7,5. При распаковке 20 ноября обнаружила, что на левой перчатке шов большого пальца разошёлся на 2 см — на фото видно торчащие нитки. Прошу вернуть деньги.',
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // near-empty text
  c('r24t-68', 'ru', 'ок', 'none', ['empty_text'], 'none'),
  // refusing a replacement, asking the money back; no evidence
  c(
    'r24t-69',
    'en',
    "I don't want a replacement — the last one had the same problem. I wore the swimsuit for the first time at the pool on 22 July and the white lining went see-through as soon as it got wet. I'd like my money back.",
    'none',
    ['missing_evidence'],
    'full_refund',
  ),
  // a sum in words; no evidence
  c(
    'r24t-70',
    'ru',
    'Молния на платье сломалась при первой примерке, 3 апреля: бегунок слетел с зубцов и обратно не надевается. Замена молнии в ателье стоит четыреста рублей — прошу компенсировать эту сумму.',
    'none',
    ['missing_evidence'],
    'partial_refund',
    400,
  ),
  // "the difference" without a sum
  c(
    'r24t-71',
    'en',
    "I paid for the genuine leather belt and got the PU one — it has 'PU' stamped on the back, and the edge is already flaking after one week. Photos attached. I'll keep it if you refund the difference between the two versions.",
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "half" without a sum
  c(
    'r24t-72',
    'ru',
    'Носки шерстяные, набор из 10 пар. Пришло 5 пар, распаковывала 17 декабря при курьере, он тоже видел. Фото содержимого пакета прилагаю. Прошу вернуть половину стоимости.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «на ваше усмотрение»; no evidence
  c(
    'r24t-73',
    'ru',
    'Костюм для сына на выпускной в детском саду: брюки пришли на 4 см длиннее, чем в таблице, мерила 25 мая, как только получила. Подошью сама, но прошу компенсацию на ваше усмотрение.',
    'none',
    ['partial_without_amount', 'missing_evidence'],
    'partial_refund',
    null,
  ),
  // affect word; decimal comma sum
  c(
    'r24t-74',
    'en',
    'Honestly disappointed. The trench coat arrived on 30 September missing two of its six horn buttons — there are just loose threads where they should be. Photo attached. I can sew replacements on myself, so a partial refund of €6,50 is fine.',
    'photo',
    ['emotional'],
    'partial_refund',
    6.5,
  ),
  // a mother's affect words (обидно, до слёз, расстроилась)
  c(
    'r24t-75',
    'ru',
    'Очень обидно, дочка расстроилась до слёз. Платье на утренник, размер 116: при распаковке 26 декабря увидели, что пайетки на юбке нашиты только спереди, а сзади голая сетка. Фото прилагаю. Верните, пожалуйста, деньги.',
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // furious and vague: "!!", fraud labels, "do something"
  c(
    'r24t-76',
    'en',
    'Absolute garbage!! You people are scammers, everyone knows this store cheats. Do something about it.',
    'none',
    ['emotional', 'accusation', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // a fraud label before the facts
  c(
    'r24t-77',
    'ru',
    'Мошенники. Кроссовки в карточке из натуральной замши, а пришли из велюра на клею: при первой же носке, 9 мая, подошва отошла по всей пятке. Фото подошвы и бирки прилагаю. Верните деньги.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // "classic bait and switch"
  c(
    'r24t-78',
    'en',
    'Classic bait and switch: the listing shows a chunky cable-knit beanie, I got a thin flat-knit one with a different label. Unpacked it on 4 January; photos of both side by side are attached. Please send the cable-knit one from the listing.',
    'photo',
    ['accusation'],
    'exchange',
  ),
  // sarcasm about honesty («ну конечно, случайно»)
  c(
    'r24t-79',
    'ru',
    'Вместо заказанных трёх детских боди 68 размера пришли три боди 56 размера. В чате мне ответили, что склад ошибся случайно. Ну конечно, случайно — второй раз подряд. Распаковала 12 февраля, фото бирок прилагаю. Верните деньги.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // losing patience; non-receipt with no time, no evidence, no request
  c(
    'r24t-80',
    'en',
    "I'm losing patience. Where is my order? I paid for a pair of work boots and two pairs of socks and nothing has turned up.",
    'none',
    ['emotional', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
];
