import { labelled as c, type CorpusCase } from './types';

/**
 * Round thirty-nine, hold-out set s: disputes about intimate, medical and body-related products (underwear, breast
 * pumps, adult toys, condoms, hygiene, incontinence, posture, massagers, hair removal, tattoo and piercing supplies,
 * pet breeding) in clinical, everyday, embarrassed and vulgar words. Written by a hand that has not read the
 * analyzer's rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Product names built on anatomy ("butt plug", «вагинальные шарики», "penis pump") are the product's name, not
 *   vulgar words; only slang used as mat (хуй, пизда, "dick" aimed at a person) counts.
 * - Mat as a noun for the item inside a plain sentence («пришла какая-то х*йня») is profanity only; as a cry or an
 *   adjective before the item it is profanity and emotional (rounds nine and thirteen).
 * - "Exposing" the seller with an honest review or a post of the facts is lawful; publishing an owner's name, address
 *   or face, or sending the item's photos to the seller's family, is a threat.
 * - Embarrassment words («неловко», "embarrassed") are mild and not affect words; "dying of embarrassment" is a
 *   dying figure about the buyer (round thirty-five) and is left calm too.
 * - "Disgusting" opening a text about a lubricant is the definitions' affect word, even though it judges the item.
 * - «Вы там все с ума посходили??» questions the staff's sanity: an insult (round four's «с дуба рухнули»).
 * - A medical consequence told as a fact (rash, bleeding, burns) is part of the problem, not a feeling.
 * - "Bought in April" for a parcel that never came counts as elapsed time for non-receipt.
 */
export const ROUND39_HOLDOUT_S: CorpusCase[] = [
  // bra underwire through the fabric, clinical anatomy, complete
  c(
    'r39s-01',
    'ru',
    `Бюстгальтер, заказ от 3 февраля. После второй стирки в деликатном режиме косточка левой чашки прорвала ткань и торчит наружу, царапает кожу под грудью. Фото прикладываю. Прошу полный возврат денег.`,
    'photo',
    [],
    'full_refund',
  ),
  // breast pump: concrete symptoms but no time
  c(
    'r39s-02',
    'en',
    `The breast pump's suction is so weak it barely registers on either the lowest or the highest setting, and the left flange has a hairline crack along the rim. Photo attached. I'd like a refund please.`,
    'photo',
    ['missing_when'],
    'full_refund',
  ),
  // mat as an interjection about a dead vibrator
  c(
    'r39s-03',
    'ru',
    `Бля, вибратор сдох на третий день: не заряжается, индикатор даже не мигает, когда ставлю на зарядку. Видео прикрепила. Верните деньги.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // condoms: wrong size and count, complete, anatomy-free but intimate
  c(
    'r39s-04',
    'en',
    `Ordered a 12-pack of XL condoms on 5 March. When I opened the box on arrival there were only 6 inside and they're regular size, not XL as listed. Photo of the box and the foil strips is attached. Please send the correct XL 12-pack.`,
    'photo',
    [],
    'exchange',
  ),
  // incontinence pads short by ten, sum given, no evidence
  c(
    'r39s-05',
    'ru',
    `Заказывала урологические прокладки для мамы, упаковка на 30 штук, а пришло 20. Пересчитала сразу при распаковке 12.04. Верните, пожалуйста, 340 руб за недостающие.`,
    'none',
    ['missing_evidence'],
    'partial_refund',
    340,
  ),
  // condescension about reading a size chart: insult without a swear word
  c(
    'r39s-06',
    'en',
    `To whoever packs at your warehouse: is reading a size chart above your pay grade? I ordered the posture corrector in L and got XS, found out when I tried it on yesterday. Photo attached. Exchange it for an L.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // embarrassed, vague, nothing else
  c(
    'r39s-07',
    'ru',
    `Неловко писать, но подушка от геморроя оказалась совсем не такой, как в описании. Сидеть на ней невозможно. Что мне теперь делать?`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // enema bag leaking at the seam, discovery moment, video
  c(
    'r39s-08',
    'ru',
    `Кружка Эсмарха: при первом же наполнении водой потекло из места, где шланг крепится к резервуару, по шву трещина длиной около сантиметра. Снял видео, оно во вложении. Прошу обмен на целую.`,
    'video',
    [],
    'exchange',
  ),
  // "you knew exactly what you were shipping": accusation with facts
  c(
    'r39s-09',
    'en',
    `This lubricant is sold as water-based but the back label lists dimethicone, and after the first use it left oily marks on my cotton sheets that won't wash out. You knew exactly what you were shipping. Refund me.`,
    'none',
    ['accusation', 'missing_evidence'],
    'full_refund',
  ),
  // veiled threat: a brother who works near the warehouse
  c(
    'r39s-10',
    'ru',
    `Массажёр для шеи перестал греть на пятый день: подогрев не включается, кнопка щёлкает впустую. Фото приложил. Верните деньги, а то у меня брат в Гуанчжоу работает, совсем недалеко от вашего склада, может и заглянуть. Подумайте.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // trap: "I'd be shot by the inspector" is a figure about the buyer, not a threat
  c(
    'r39s-11',
    'en',
    `Tattoo cartridge needles, box of 20 x 5RL. Opened them on 14 May and four blister seals were already broken, so those four aren't sterile and I can't put them anywhere near a client. The health inspector would shoot me. Photos of the broken seals attached. Please refund $6 for the four.`,
    'photo',
    [],
    'partial_refund',
    6,
  ),
  // caps and "!!!" about an epilator; return offered
  c(
    'r39s-12',
    'ru',
    `Эпилятор ДЕРЁТ КОЖУ до крови!!! После первого же раза ноги в красных точках, головка с пинцетами перекошена набок. Видео приложила. Хочу отправить его обратно и получить деньги.`,
    'video',
    ['emotional'],
    'return',
  ),
  // masked mat as an exclamation about the item
  c(
    'r39s-13',
    'en',
    `Piercing kit arrived on the 9th. The 14G needles are bent and none of the balls screw onto the barbells. What a load of sh!t. Photo attached, full refund.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // trap: breeder's word for the buyer's female dog
  c(
    'r39s-14',
    'ru',
    `Трусики для суки в течку, заявлен размер M (талия 40–48 см). Пришёл S: измерила сантиметром сразу при получении 22 июня, в растянутом виде 30 см. Наша сука, кане-корсо на 45 кг, в них не влезает. Фото с сантиметром прикладываю. Прошу прислать размер M.`,
    'photo',
    [],
    'exchange',
  ),
  // partial refund asked without a sum
  c(
    'r39s-15',
    'ru',
    `Комплект мужских трусов, 5 штук, а в пакете 4, одной пары нет. Обнаружил при распаковке. Фото упаковки приложил. Прошу частичный возврат.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // says a photo is attached, the form has none
  c(
    'r39s-16',
    'en',
    `The menstrual cup I received is size S, not L as I ordered; the size is moulded on the stem. Noticed when I unpacked it on 2 August. See the attached photo. Please send the L.`,
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // "слепые" at the warehouse: name-calling
  c(
    'r39s-17',
    'ru',
    `Презервативы с истёкшим сроком годности: на коробке стоит 08.2023, а получила я их вчера. Вы там на складе совсем слепые, что ли? Фото коробки приложено. Деньги верните.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // hygiene gel leaked, discovered at the post office, sum in roubles
  c(
    'r39s-18',
    'ru',
    `Гель для интимной гигиены, 250 мл. Флакон пришёл с треснувшей крышкой, половина вытекла в пакет, заметила при вскрытии посылки на почте 17.09. Фото во вложении. Верните, пожалуйста, 150 ₽ как компенсацию за вытекшее.`,
    'photo',
    [],
    'partial_refund',
    150,
  ),
  // non-receipt with tracking, embarrassed, only "sort it out"
  c(
    'r39s-19',
    'en',
    `Where is my order? I bought a prostate massager in April and nothing has come. The tracking hasn't updated since it left China. Bit embarrassed to even be asking about this one. Please sort it out.`,
    'none',
    ['missing_resolution'],
    'none',
  ),
  // threat to publish the owner's home address
  c(
    'r39s-20',
    'ru',
    `Корректор осанки, размер L: липучка на спинке отклеилась на второй день носки, шов на правой лямке разошёлся. Фото приложил. Прошу полный возврат. Если не вернёте, опубликую фамилию и домашний адрес владельца магазина, я его уже нашёл.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // trap: product name with anatomy; complete, return offered
  c(
    'r39s-21',
    'en',
    `The silicone butt plug I ordered (medium, 3.5 cm base) arrived on 20 June with a split running up from the base, clearly visible in the video I've attached. I won't use cracked silicone on my body. I'll post it back, just refund me once it reaches you.`,
    'video',
    [],
    'return',
  ),
  // transliterated mat as a cry, in contrast with the breeder's word
  c(
    'r39s-22',
    'ru',
    `Zakazala trusy-shortiki razmer 48, prishli 42, pri primerke 3 marta ele natyanula na bedra. Suka, uzhe vtoroy raz u vas tak! Foto prilozhila. Hochu obmen na 48.`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // fraud label with full facts
  c(
    'r39s-23',
    'ru',
    `Вкладыши для груди: по описанию 60 штук в упаковке, по факту 36. Пересчитала два раза в день получения, 11 ноября. Вы мошенники и обвешиваете покупателей. Фото есть во вложении. Верните 200 рублей за недостающие.`,
    'photo',
    ['accusation'],
    'partial_refund',
    200,
  ),
  // "so upset" about an IPL device
  c(
    'r39s-24',
    'en',
    `I'm honestly so upset. I saved for months for this IPL hair removal device and the lamp window cracked the first time I pressed it against my leg, there's a split right across the glass. Video attached. I want my money back.`,
    'video',
    ['emotional'],
    'full_refund',
  ),
  // massage cushion in a car, complete
  c(
    'r39s-25',
    'ru',
    `Массажная подушка для спины: при включении от прикуривателя 12 В правый ролик не крутится, левый только гудит. Проверял 5 октября, в день получения, в двух разных машинах. Прикладываю видео. Прошу заменить на исправную.`,
    'video',
    [],
    'exchange',
  ),
  // sarcastic praise of the inspector: insult
  c(
    'r39s-26',
    'en',
    `Ordered thigh-high compression stockings, 20-30 mmHg, size 3. Both arrived with a ladder running from the knee down; spotted it when I took them out of the bag on the 4th. Hats off to whoever inspected these, a true artist of their craft. Photos attached. I want a replacement pair.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // tattoo machine voltage mismatch, no time, no evidence
  c(
    'r39s-27',
    'ru',
    `Тату-машинка роторная, в описании блок питания на 10 В, а в комплекте лежит на 5 В, машинка на нём еле крутит. Верните деньги.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // packers compared to zoo animals: insult
  c(
    'r39s-28',
    'ru',
    `Кружевной комплект (бралетт и трусики) упаковали в один пакет с какой-то машинной смазкой, всё в масляных пятнах. Увидела при распаковке 2 декабря. Ваших упаковщиков, видимо, в зоопарке набирали. Фото прикладываю. Верните деньги.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // trap: Ебург (a city nickname) and Kegel balls, complete
  c(
    'r39s-29',
    'ru',
    `Живу в Ебурге, посылка с вагинальными шариками (тренажёр Кегеля, набор из 3) пришла 14 января. В наборе 2 шарика вместо 3, самого тяжёлого, на 70 г, нет. Фото набора в ложементе прилагаю. Прошу дослать недостающий шарик.`,
    'photo',
    [],
    'exchange',
  ),
  // "refund half": partial without a sum
  c(
    'r39s-30',
    'en',
    `The whelping pads for our Labrador's litter were listed as 90x90 cm; the pack had the right count, 10, but they're 60x60, measured the day they arrived (Tuesday). Photo attached. I'll keep them, but refund half of what I paid.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // masked mat as a word for the item: profanity only
  c(
    'r39s-31',
    'ru',
    `Заказывала пояс-грелку для поясницы с тремя режимами и пультом, а пришла какая-то х*йня с одним режимом и без пульта. Обнаружила при распаковке 8 февраля. Фото во вложении. Прошу полный возврат.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // incontinence briefs, wrong absorbency, complete
  c(
    'r39s-32',
    'en',
    `My father uses the overnight adult briefs, absorbency level 6. The case delivered on 19 September is level 2 daytime, printed on every pack. Photo of the labels is attached. Please exchange it for the overnight ones he needs.`,
    'photo',
    [],
    'exchange',
  ),
  // «в шоке» about a nursing bra
  c(
    'r39s-33',
    'ru',
    `Я в шоке. Бюстгальтер для кормления, клипса на правой чашке отломилась на четвёртый день, теперь нормально кормить ребёнка не получается. Фото прикрепила. Верните деньги.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // veiled threat: showing the owner's wife and kids what he sells
  c(
    'r39s-34',
    'en',
    `The vacuum pump I got on 2 May has a split in the cylinder where it meets the hose, so it won't hold any pressure. Video attached. Refund me in full. I found your store owner's personal Facebook, by the way. I wonder how his wife and kids would feel seeing what he sells. Your call.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // vague defect, receipt date, "на фото" with no file
  c(
    'r39s-35',
    'ru',
    `Массажёр для лица пришёл бракованный, с дефектом. Получила 5 марта. На фото всё видно. Хочу обмен.`,
    'none',
    ['missing_what', 'evidence_not_attached'],
    'exchange',
  ),
  // non-receipt with a tracking number and a deadline, no file
  c(
    'r39s-36',
    'ru',
    `Посылка с подушкой-бубликом для сидения после операции так и не пришла. Оплатила 2 августа, срок доставки истёк 15 сентября, трек LP00123456789CN последний раз обновлялся 20 августа. Прошу вернуть деньги полностью.`,
    'none',
    [],
    'full_refund',
  ),
  // complete but asks for nothing
  c(
    'r39s-37',
    'en',
    `The depilatory cream tube was already opened: the foil seal is pierced and the cap is crusted over. Found that when I unboxed it last night. Photos attached. Not sure what the options are here.`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // name-calling plus a fraud label
  c(
    'r39s-38',
    'ru',
    `Машинка для стрижки собак, брала для груминга перед выставкой: нож тупой, рвёт шерсть, на второй день лезвие выкрошилось. Видео приложила. Вы бараны и кидалы. Полный возврат.`,
    'video',
    ['insult', 'accusation'],
    'full_refund',
  ),
  // trap: «блин» is a soft oath; repetition is not a time
  c(
    'r39s-39',
    'ru',
    `Блин, корректирующее бельё опять не того размера: заказывала XL, на бирке M. Второй раз за месяц у вас такое. Можно обменять?`,
    'none',
    ['missing_when', 'missing_evidence'],
    'exchange',
  ),
  // "WTF" as a cry
  c(
    'r39s-40',
    'en',
    `WTF is this? The silicone nipple shields say 20mm on the package but both measure 28mm with a ruler, checked the day they came (Oct 3). Photo attached. Replace them with the 20mm ones.`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // septum clicker sold as titanium, magnet test, return at the buyer's cost
  c(
    'r39s-41',
    'ru',
    `Серьга-кликер для септума, заявлен титан G23. 10 мая, в день получения, проверила магнитом: прилипает, значит это сталь, а у меня аллергия на никель. Видео с магнитом приложила. Хочу вернуть товар и получить деньги, отправлю за свой счёт.`,
    'video',
    [],
    'return',
  ),
  // trap: a place name with a rude-looking root
  c(
    'r39s-42',
    'en',
    `Delivered to Cockermouth on 7 July: a set of two sports bras listed as black, and both are navy. Held them against a black T-shirt in daylight to be sure, photo attached. Please send a black pair instead.`,
    'photo',
    [],
    'exchange',
  ),
  // wishing the seller the infection the buyer escaped: threat
  c(
    'r39s-43',
    'ru',
    `Набор для пирсинга: иглы вроде бы в стерильной упаковке, а внутри пакета капли воды и рыжий налёт на канюле. Заметила при вскрытии 30 апреля, к счастью до прокола. Фото налёта приложено. Верните деньги. И пусть у вас самих всё так же загноится, как могло загноиться у меня.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // scare quotes around "mix-up": accusation; no evidence
  c(
    'r39s-44',
    'en',
    `Ordered the pink rabbit vibrator, received a cheap bullet vibe on 12 Jan instead. Another "mix-up", I'm sure. Refund in full.`,
    'none',
    ['accusation', 'missing_evidence'],
    'full_refund',
  ),
  // expired dog ovulation tests, complete
  c(
    'r39s-45',
    'ru',
    `Набор для определения овуляции у собак, 10 тест-кассет. Срок годности на коробке истёк в январе 2024, а получили мы их 3 марта 2024. Фото коробки с датой прилагаю. Прошу замену на свежую партию.`,
    'photo',
    [],
    'exchange',
  ),
  // quoted mat from the seller stays profanity
  c(
    'r39s-46',
    'ru',
    `Пеньюар пришёл с дырой на подоле размером с монету, увидела при распаковке 19.06. Фото приложила. Продавец в чате ответил: «сама порвала, иди на х*й». Прошу полный возврат.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // crying emoji
  c(
    'r39s-47',
    'en',
    `The waist trainer's steel bones poked through the side seam after two days of wearing it 😭 now there's a bruise on my ribs. Photo attached. Could I get a refund?`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // mocking question about staff: insult
  c(
    'r39s-48',
    'en',
    `Body grooming trimmer: the guard comb snapped on first use on 11 Nov and the sharp edge nicked my skin. Video attached. Which numpty tested this thing? Exchange, please.`,
    'video',
    ['insult'],
    'exchange',
  ),
  // percentage asked: partial without a sum
  c(
    'r39s-49',
    'ru',
    `Массажный пистолет: в комплекте 4 насадки вместо 6, нет круглой и плоской. Обнаружил при распаковке 1 декабря, фото приложил. Сам пистолет работает, оставлю его себе, но прошу вернуть 30% стоимости.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // sum in words
  c(
    'r39s-50',
    'ru',
    `Молокоотсос электрический: в коробке нет силиконовой мембраны клапана, без неё не создаётся вакуум. Обнаружила при первой сборке 4 апреля. Фото содержимого коробки прикладываю. Прошу компенсацию триста рублей, мембрану куплю в аптеке сама.`,
    'photo',
    [],
    'partial_refund',
    300,
  ),
  // trap: an honest review with the photos is lawful
  c(
    'r39s-51',
    'en',
    `Pack of 50 disposable tattoo grips arrived on 28 Feb, but 18 of them are 25mm instead of the 30mm in the listing; measured with calipers. Photos attached. Please refund $4.20 for the wrong ones. I'll also post an honest review with the same photos so other artists know what to check.`,
    'photo',
    [],
    'partial_refund',
    4.2,
  ),
  // condescension to support: insult
  c(
    'r39s-52',
    'ru',
    `Специально для вашей поддержки разжёвываю по слогам: крем-депилятор, туба 100 мл, пришла вскрытой и пустой на треть. Получена 6 июля. Фото приложено. Нужен полный возврат.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // vague words only, a photo in the form
  c(
    'r39s-53',
    'en',
    `The posture corrector is poor quality and not as described. Photo attached, I want a refund.`,
    'photo',
    ['missing_what', 'missing_when'],
    'full_refund',
  ),
  // masked mat adjective before the item: intensifier
  c(
    'r39s-54',
    'ru',
    `Бандаж на колено: через неделю носки эта ё6аная липучка перестала держать, бандаж сползает при ходьбе. Фото приложил. Готов отправить его обратно за ваш счёт.`,
    'photo',
    ['profanity', 'emotional'],
    'return',
  ),
  // transliterated Russian, complete
  c(
    'r39s-55',
    'ru',
    `Podguzniki dlya vzroslyh razmer L, a prishli M, eto napisano na upakovke. Zametil pri poluchenii 15 avgusta. Foto upakovki prikrepil. Proshu zamenu na L.`,
    'photo',
    [],
    'exchange',
  ),
  // menace with the warehouse address
  c(
    'r39s-56',
    'en',
    `Enema kit: the nozzle was cracked straight out of the sealed pouch on 6 May and leaks everywhere. Video attached. Refund me. I've got plenty of free time and your warehouse address from the return label. Just saying.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // «обидно до слёз» and a video promised in the text, none in the form
  c(
    'r39s-57',
    'ru',
    `Обидно до слёз. Купила мужу на годовщину массажёр простаты, а он после первой же зарядки 20.02 перестал включаться, лампочка не горит. Прилагаю видео. Верните деньги.`,
    'none',
    ['emotional', 'evidence_not_attached'],
    'full_refund',
  ),
  // coccyx cushion without the cutout, return
  c(
    'r39s-58',
    'en',
    `The coccyx seat cushion has a U-shaped cutout in the listing; mine is a solid block of foam with no cutout at all. Noticed on unboxing, 3 Dec. Photos from both sides attached. I'd like to return it for a refund and will ship it back.`,
    'photo',
    [],
    'return',
  ),
  // clown emoji at support: insult; declined exchange, money asked
  c(
    'r39s-59',
    'ru',
    `Менструальные трусы, заявлено впитывание на 4 капли, а протекают уже через час, проверяла 9 и 10 марта. Фото приложила. Поддержка ответила шаблоном, вы там все 🤡🤡 Обмен не нужен, верните деньги.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // concrete symptom, no time, no request
  c(
    'r39s-60',
    'en',
    `Bought a kegel trainer for my wife and the app won't pair over Bluetooth, it shows "device not found" every time. Video attached.`,
    'video',
    ['missing_when', 'missing_resolution'],
    'none',
  ),
  // dermaroller with bent needles, sum in ₽
  c(
    'r39s-61',
    'ru',
    `Мезороллер 0,5 мм: при распаковке 12 ноября увидела, что иглы в третьем ряду загнуты, ролик цепляет кожу. Видео прокатки по салфетке приложила. Прошу вернуть 450 ₽, ролик выброшу.`,
    'video',
    [],
    'partial_refund',
    450,
  ),
  // basal thermometer wrong "since day one"
  c(
    'r39s-62',
    'en',
    `Basal body thermometer reads 35.1°C every morning since day one, while my regular clinical thermometer shows 36.6 at the same moment; comparison video attached. Please exchange it for a working unit.`,
    'video',
    [],
    'exchange',
  ),
  // «ок» alone as a reply
  c('r39s-63', 'ru', `ок`, 'none', ['empty_text'], 'none'),
  // profane fraud label in English: profanity, accusation, emotional
  c(
    'r39s-64',
    'en',
    `Paid €24,90 for a pair of shapewear shorts on 2 Oct, got a child's swim nappy. You f*cking scammers. Photo attached. Refund.`,
    'photo',
    ['profanity', 'accusation', 'emotional'],
    'full_refund',
  ),
  // sitz bath too narrow; return once postage is paid
  c(
    'r39s-65',
    'ru',
    `Ванночка для сидячих ванн на унитаз: по описанию подходит на стандартный унитаз, но она на 4 см уже ободка и проваливается внутрь, примеряла в день получения, 27.01. Фото с рулеткой прикладываю. Готова вернуть её, если оплатите пересылку.`,
    'photo',
    [],
    'return',
  ),
  // ominous "the last one who let me down regretted it"
  c(
    'r39s-66',
    'ru',
    `Электробритва для интимной зоны режет кожу: с первого же раза порезы, 15 июня. Фото приложил. Жду полный возврат. Я человек спокойный, но последний, кто меня так подвёл, потом долго жалел.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // gauge mismatch, partial with a sum, no time, no evidence
  c(
    'r39s-67',
    'en',
    `The nipple barbells came in 16G but I ordered 14G. Can I get a partial refund of $3?`,
    'none',
    ['missing_when', 'missing_evidence'],
    'partial_refund',
    3,
  ),
  // thickened tattoo ink, complete
  c(
    'r39s-68',
    'ru',
    `Краска для тату, чёрная, 30 мл: пришла загустевшей, как паста, не проходит через иглу даже после разведения. Вскрыл 3 сентября, в день получения, флакон был запечатан. Видео приложил. Прошу вернуть деньги полностью.`,
    'video',
    [],
    'full_refund',
  ),
  // "halfwits" as a greeting: insult
  c(
    'r39s-69',
    'en',
    `Hey halfwits, the bra extender doesn't line up with my bra: 3 hooks in the listing, 2 on the extender I got on Friday. Photo attached. Send the 3-hook version.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // "Disgusting." opening; scent mismatch and burning, no time
  c(
    'r39s-70',
    'en',
    `Disgusting. The strawberry lube has no scent at all and it caused burning and redness. Photo attached. Money back please.`,
    'photo',
    ['emotional', 'missing_when'],
    'full_refund',
  ),
  // sum for the difference between sizes
  c(
    'r39s-71',
    'ru',
    `Пелёнки впитывающие 60х90, 30 шт. Пришли 60х60, замерила в день доставки, 7 октября. Фото пелёнки с рулеткой во вложении. Прошу вернуть 520 руб., разницу в цене между размерами.`,
    'photo',
    [],
    'partial_refund',
    520,
  ),
  // trap: "dying of embarrassment" is a figure about the buyer; clinical word
  c(
    'r39s-72',
    'en',
    `Dying of embarrassment writing this, but: the penis extender kit arrived on 16 April with the traction rods missing, the box holds only the base ring and the straps. Photo of the box contents attached. Please send the missing rods.`,
    'photo',
    [],
    'exchange',
  ),
  // spaced mat as a cry; the item offered back
  c(
    'r39s-73',
    'ru',
    `Триммер для бикини, б л я т ь, на второй неделе перестал вращаться нож, мотор жужжит, а лезвие стоит. Видео приложила. Верните деньги, триммер отправлю обратно.`,
    'video',
    ['profanity', 'emotional'],
    'return',
  ),
  // "on purpose" with full facts
  c(
    'r39s-74',
    'en',
    `The posture corrector's strap buckle is plastic, not metal as in the listing, and it snapped on day three. Photo attached. Seems like you swap in cheaper parts on purpose. Exchange it for one with a metal buckle.`,
    'photo',
    ['accusation'],
    'exchange',
  ),
  // puppy feeding bottles, complete
  c(
    'r39s-75',
    'ru',
    `Набор бутылочек для выкармливания щенков: соски заявлены с крестообразным прорезом, а у трёх из четырёх прореза нет вовсе, молоко не идёт. Проверили при первом кормлении 21 мая. Видео приложено. Прошу обмен.`,
    'video',
    [],
    'exchange',
  ),
  // lawful complaint and review; compensation without a sum
  c(
    'r39s-76',
    'ru',
    `Массажная ванночка для ног при включении подогрева бьёт током через воду, 12 декабря я чуть её не уронила. Требую компенсацию, иначе пишу в Роспотребнадзор и оставляю честный отзыв с подробностями.`,
    'none',
    ['missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "my followers will find out who you are": threat
  c(
    'r39s-77',
    'en',
    `I run a 40k-follower account about postpartum recovery. The belly binder I got on 1 March has the velcro sewn on upside down, so it can't close. Photos attached. Full refund today, or my followers will find out exactly who you are and where you work.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «Не всё пришло» alone: missing_what; send the rest
  c(
    'r39s-78',
    'ru',
    `Не всё пришло. Набор для восковой депиляции, получила 3 мая. Фото коробки приложила. Прошу дослать.`,
    'photo',
    ['missing_what'],
    'exchange',
  ),
  // trap: "balls" and "sucks" about the item; sum for the difference
  c(
    'r39s-79',
    'en',
    `The spiky massage balls (set of 2) were listed at 8 cm, mine are 5 cm, see the ruler in the photo; unpacked them on 13 Aug. The smaller size sucks for my back, but I'll keep them: please refund 3.80 USD, the difference.`,
    'photo',
    [],
    'partial_refund',
    3.8,
  ),
  // questioning sanity plus "??": insult and emotional
  c(
    'r39s-80',
    'ru',
    `Прислали стринги вместо боксеров, и размер не тот: S вместо XL. Вскрыл при курьере 9 июля. Вы там все с ума посходили?? Фото приложил, жду замену.`,
    'photo',
    ['insult', 'emotional'],
    'exchange',
  ),
];
