import { labelled as c, type CorpusCase } from './types';

/**
 * Round forty-two, hold-out set d: resellers, small shops, workshops and offices writing about bulk orders (20–500
 * units) with defect counts, per-unit or percentage refunds, lawful B2B leverage next to real menace, and customers'
 * complaints passed on. Written by a hand that has not read the analyzer's rules or other corpus files; labels
 * follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Money asked back for part of a batch with no sum («верните деньги за те, что вернули покупательницы») is a partial
 *   refund without an amount; a sum named for that part is the amount, also when a unit price is given next to it.
 * - A percentage followed by the sum it works out to («10% стоимости, то есть 1 200 ₽») has that sum as the amount; a
 *   percentage alone has none.
 * - An invoice, a packing slip or an order number is not evidence of the problem; a photo of one attached to the form
 *   is a file, and a file is evidence.
 * - "We are a big customer", "we will stop ordering", moving purchasing to another supplier and an honest review are
 *   lawful leverage; running many accounts that will "suddenly have something to say" is menace (threat).
 * - A customer's accusation passed on and disowned by the shop owner is not the writer's; a customer's mat quoted
 *   verbatim stays profanity (only); a client's wish told as the request is the request; a client's capitals
 *   ("they are VERY UNHAPPY") written by the buyer are the buyer's shouting (emotional).
 * - Two clown emoji greeting the warehouse staff are name-calling (insult), not an emotive emoji.
 * - "Dead on arrival" about units, plants that «погибли» in transit, «бляхи» for belts, «соски» for baby bottles,
 *   «Пизанская башня», "bastard-cut" files, "stopcocks", "hoes" and a person named Dick Cox are innocent.
 * - «Могу прислать видео» with no file names evidence without claiming one is attached: neither `missing_evidence` nor
 *   `evidence_not_attached`.
 * - A deadline given to the seller («до пятницы») is not the problem's time.
 */
export const ROUND42_HOLDOUT_D: CorpusCase[] = [
  // cold and precise: defect count, date, photo, partial sum with a unit price beside it
  c(
    'r42d-01',
    'ru',
    `Здравствуйте. Заказ 8123456701, 50 чехлов для iPhone 13. При приёмке партии 12 марта обнаружили, что у 14 штук вырез под камеру смещён примерно на 3 мм и закрывает объектив. Фото всех 14 чехлов приложены. Просим вернуть частично 1 820 ₽ (по 130 ₽ за штуку), остальные 36 оставляем у себя.`,
    'photo',
    [],
    'partial_refund',
    1820,
  ),
  // complete test report, but the refund is a percentage
  c(
    'r42d-02',
    'en',
    `Order 3009918822, 200 pcs LED strip 5 m, 12V. During incoming inspection on 4 June we tested 40 reels: 9 had the third segment dead (no light on any colour). Photos of the test bench are attached. We request a 20% partial refund on the full order.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // furious about losses: masked mat as an interjection
  c(
    'r42d-03',
    'ru',
    `Бл*ть, 300 пар носков, и у половины пятка расползается после первой же стирки, клиенты несут обратно пачками! Я на этом потеряла 18 тысяч. Видео приложила. Верните деньги за всю партию.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // innocent trap: "bastard-cut" is a grade of file
  c(
    'r42d-04',
    'en',
    `Hi, we run a hardware store and ordered 60 bastard-cut flat files, 10 inch (order 1190028374). When we unpacked them on 2 May, every single one turned out to be second-cut, not bastard-cut as listed: the teeth are visibly finer, compare with our reference file in the attached photo. Please exchange the batch for the bastard-cut files we paid for.`,
    'photo',
    [],
    'exchange',
  ),
  // customers' returns passed on; money for part of the batch with no sum; no time, no evidence
  c(
    'r42d-05',
    'ru',
    `Добрый день. Я продаю детскую одежду в своём магазине, брала у вас 40 комбинезонов на рост 86. Уже три покупательницы вернули: молния заедает посередине и расходится снизу. Одна оставила моему магазину отзыв с одной звездой. Прошу вернуть деньги за те комбинезоны, что вернули покупательницы.`,
    'none',
    ['missing_when', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // complete request with a veiled threat: partners "dropping by" the warehouse
  c(
    'r42d-06',
    'ru',
    `Заказ 5011234509, 120 автомобильных ковриков. При приёмке 3 апреля у 30 штук нет крепёжных клипс, фото приложил. Прошу дослать 30 комплектов клипс. И ещё: у моего партнёра офис в Иу через дорогу от вашего склада, ребята могут зайти поговорить лично, если вопрос затянется.`,
    'photo',
    ['threat'],
    'exchange',
  ),
  // lawful leverage ("big customer", another supplier), vague "defective", no time
  c(
    'r42d-07',
    'en',
    `We have been ordering from your store for two years, around $4,000 a month. This batch of 100 wireless mice (order 7700145523) is defective, a lot of them. If this is not resolved we will move our purchasing to another supplier. Please refund the order.`,
    'photo',
    ['missing_what', 'missing_when'],
    'full_refund',
  ),
  // innocent trap: «бляхи» are belt buckles
  c(
    'r42d-08',
    'ru',
    `Заказ 4400987123: 100 латунных блях для ремней, 40 мм. При распаковке 19.02 выяснилось, что пришли бляхи 35 мм — ремни нашей мастерской шириной 40 мм в них не проходят. Фото с линейкой прикладываю. Прошу заменить всю партию на 40 мм.`,
    'photo',
    [],
    'exchange',
  ),
  // sarcastic praise of the packer: insult
  c(
    'r42d-09',
    'en',
    `80 ceramic mugs for our café, order 2233445566. Unpacked on the 9th: 17 arrived with the handles snapped off, photos attached. Congratulations to whoever packed 80 mugs in one box with zero padding, a true logistics genius. Please send 17 replacements.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // complete, but "вы специально" labels intent
  c(
    'r42d-10',
    'ru',
    `Партия 60 шт. термокружек, заказ 6600112233. У 11 штук не держит крышка — протекает при наклоне, проверили при приёмке 7 октября, фото есть во вложении. Вы явно специально отправили нам отбраковку, думали, оптовик не проверит. Верните 2 750 руб. за эти 11 кружек.`,
    'photo',
    ['accusation'],
    'partial_refund',
    2750,
  ),
  // short and dry: offer to send all back = return
  c(
    'r42d-11',
    'ru',
    `Заказ 9900123456, 25 шуруповёртов. На видео: 5 шт. не заряжаются, индикатор на зарядке мигает красным с первого включения 15.11. Прошу возврат средств за весь заказ, готовы отправить все 25 обратно.`,
    'video',
    [],
    'return',
  ),
  // "disappointed" plus "photos attached" with no file
  c(
    'r42d-12',
    'en',
    `I'm honestly disappointed. Our salon ordered 30 bottles of the argan hair oil (order 1029384756). When we opened the carton on March 28, 8 bottles had leaked, the caps were cracked. Photos attached. Please refund $64 for the 8 bottles.`,
    'none',
    ['emotional', 'evidence_not_attached'],
    'partial_refund',
    64,
  ),
  // condescension about the staff's intelligence, no swear word
  c(
    'r42d-13',
    'ru',
    `Объясняю для особо одарённых на вашем складе: я заказывал 200 кабелей USB-C длиной 2 метра, а пришли по 1 метру. Померили рулеткой при приёмке 21 января, на фото видно. Нужна замена всей партии.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // office buyer, complete but only «разберитесь»
  c(
    'r42d-14',
    'ru',
    `Здравствуйте, я закупщик в офис, брали 45 офисных кресел (заказ 3131478206). При сборке 2 сентября у 6 кресел газлифт не держит высоту, сиденье опускается до упора за минуту. Фото прилагаю. Разберитесь, пожалуйста.`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // office, pounds, keeps the items for a sum
  c(
    'r42d-15',
    'en',
    `Hello, we are an accounting office and bought 20 desk lamps (order 5566778899). On 10 January, after setting them up, we found 4 lamps whose touch dimmer only switches between off and full brightness; none of the three dimmer levels work. Photo attached. We would like a partial refund of £36 for those four lamps and will keep them.`,
    'photo',
    [],
    'partial_refund',
    36,
  ),
  // masked mat judging the packaging, no "!": profanity only
  c(
    'r42d-16',
    'ru',
    `Брали 100 мешков грунта для рассады, заказ 7878120394. При разгрузке 5 мая у 23 мешков порваны швы, грунт высыпался. Упаковка х*ёвая, фото прикладываю. Верните деньги за 23 мешка — 4 600 ₽.`,
    'photo',
    ['profanity'],
    'partial_refund',
    4600,
  ),
  // customers' complaint passed on, timid exchange question, no time
  c(
    'r42d-17',
    'en',
    `Passing on what my customers say: the kids' walkie-talkies (order 4455667788, 48 sets) lose connection beyond about 10 metres, while the listing says 3 km. Four parents brought them back. Photos of the returned boxes attached. Could you send 48 sets of the 3 km model instead?`,
    'photo',
    ['missing_when'],
    'exchange',
  ),
  // publishing a manager's phone and home address; deadline for the seller is no time
  c(
    'r42d-18',
    'ru',
    `У меня сеть из трёх магазинов, заказ 1212093847, 300 ёлочных гирлянд, у 40% не горит половина лампочек. Если до пятницы не будет полного возврата, я выложу в наших городских чатах телефон и домашний адрес вашего менеджера Ли, мы его уже нашли.`,
    'none',
    ['threat', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // two capitalised words, generic «брак»
  c(
    'r42d-19',
    'ru',
    `Взяли 500 шт. силиконовых форм для выпечки для кондитерской — и ПОЛОВИНА БРАК. Видео приложено. Требуем полный возврат.`,
    'video',
    ['emotional', 'missing_what', 'missing_when'],
    'full_refund',
  ),
  // innocent trap "dead on arrival"; "we will stop ordering" is lawful
  c(
    'r42d-20',
    'en',
    `Order 6677889900, 24 cordless hedge trimmers for our garden centre. Unboxed on 14 April: 3 units were dead on arrival, the motor does not start with a fully charged battery, video attached. We are a regular buyer, but if this isn't handled we will stop ordering from this store. Please refund the 3 units, $117 in total.`,
    'video',
    [],
    'partial_refund',
    117,
  ),
  // capacity fraud in numbers, then a profane fraud label (English: stays emotional)
  c(
    'r42d-21',
    'en',
    `Paid $1,850 for 150 power banks, order 1928374650. Tested on arrival 3 Feb: real capacity 3,000 mAh instead of 20,000, photos of the tester readings attached. You f*cking scammers. Full refund now.`,
    'photo',
    ['profanity', 'accusation', 'emotional'],
    'full_refund',
  ),
  // yarn shop, sum in words, exchange declined
  c(
    'r42d-22',
    'ru',
    `Добрый день. ИП Смирнова, магазин пряжи. Заказ 5050381726, 80 мотков мериноса цвета «горчица». При распаковке 11.10 оказалось, что 20 мотков другого оттенка — заметно зеленее, на фото рядом с мотком из того же заказа. Просим компенсацию три тысячи рублей за эти 20 мотков, менять не нужно.`,
    'photo',
    [],
    'partial_refund',
    3000,
  ),
  // mat in a single question at the warehouse: profanity and insult
  c(
    'r42d-23',
    'ru',
    `Вы там на складе совсем ох*ели? Заказ 4141902837: заказывал 50 ламп E27, пришло 50 ламп E14. Верните деньги.`,
    'none',
    ['profanity', 'insult', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // keeps the boots, asks for "the difference" with no sum
  c(
    'r42d-24',
    'en',
    `We bought 36 pairs of work boots for our crew (order 8080172635), listed as steel toe. When the crew tried them on on Monday 6 May, our site manager found the toe caps are plastic composite, not steel; photo of a cut-open boot attached. We'll keep them for the warehouse staff, but please refund the difference.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // transliterated Russian, complete
  c(
    'r42d-25',
    'ru',
    `Zdravstvuite. Zakaz 3030564718, 40 par detskih sandalii dlya nashego magazina. Pri priemke 2 iyunya u 9 par otkleilas podoshva na nosochke, foto prilagayu. Prosim zamenit eti 9 par na takie zhe, razmery 28-32.`,
    'photo',
    [],
    'exchange',
  ),
  // a customer's fraud label passed on and disowned; no evidence
  c(
    'r42d-26',
    'ru',
    `Пишу от имени своего магазина косметики. Заказ 7171650493, 60 тюбиков крема SPF 50. Покупательница вернула тюбик через три дня — на нём SPF 15 — и написала в отзыве, что вы мошенники. Я так не считаю, скорее пересорт на складе. Проверила остальные 10 сентября: ещё у 24 штук тоже SPF 15. Прошу заменить эти 24 тюбика на SPF 50.`,
    'none',
    ['missing_evidence'],
    'exchange',
  ),
  // polite menace: thirty accounts that will "suddenly have something to say"
  c(
    'r42d-27',
    'en',
    `Order 2468013579, 250 phone tripods for our online shop. Checked on arrival 18 March: 40 have the ball head cracked, photos attached. Please send 40 replacements. Our team runs 30 buyer accounts on this platform; it would be a shame if all of them suddenly had something to say about your store this week.`,
    'photo',
    ['threat'],
    'exchange',
  ),
  // affect word, otherwise complete
  c(
    'r42d-28',
    'ru',
    `Я в бешенстве. Заказ 6060284719, 30 кофемолок для нашей сети кофеен. На второй день работы у 7 штук перестали крутиться ножи, мотор гудит, видео прикладываю. Прошу вернуть полную стоимость заказа.`,
    'video',
    ['emotional'],
    'full_refund',
  ),
  // non-receipt, no file, tracking number in the text
  c(
    'r42d-29',
    'en',
    `Hello, this is Brightline Print Ltd. Our order 1357924680 (500 A4 ring binders) has not been delivered. It was paid on 2 October and the delivery deadline passed on 15 November; tracking LP00123456789012 has shown no update since 20 October. Please issue a full refund.`,
    'none',
    [],
    'full_refund',
  ),
  // mat with a Latin letter as a sentence of its own: profanity and emotional
  c(
    'r42d-30',
    'ru',
    `Заказ 9191736450, 100 наборов отвёрток для магазина инструментов. При распаковке 8 августа у 26 наборов в кейсе 8 бит вместо заявленных 32. Пиzдец. Фото приложил. Прошу вернуть за 26 наборов 7 800 ₽.`,
    'photo',
    ['profanity', 'emotional'],
    'partial_refund',
    7800,
  ),
  // scare quotes around "mistake": accusation
  c(
    'r42d-31',
    'en',
    `Third batch in a row with the same 'mistake': we ordered 120 cotton tote bags in natural beige (order 1122334455) and got 120 in white, photos attached. Noticed when unpacking on 12 July. Please exchange them for beige.`,
    'photo',
    ['accusation'],
    'exchange',
  ),
  // innocent trap: «соски» for baby bottles
  c(
    'r42d-32',
    'ru',
    `Детский магазин «Карапуз», Екатеринбург. Заказ 8282017364: 150 сосок для бутылочек, размер M (средний поток). При проверке партии 25.03 выяснилось, что 50 штук с отверстием размера L — молоко льётся струйкой, фото сравнения прилагаем. Просим дослать 50 сосок размера M.`,
    'photo',
    [],
    'exchange',
  ),
  // a brother at customs holding the next containers: threat
  c(
    'r42d-33',
    'ru',
    `Заказ 2727465019, 400 пар наушников. При проверке 14 декабря у 60 пар не работает левый наушник, фото прикладываю. Требую вернуть 9 000 ₽ за эти 60 пар. Напомню, что мой брат работает на таможне во Владивостоке, и ваши следующие контейнеры могут простоять там очень долго.`,
    'photo',
    ['threat'],
    'partial_refund',
    9000,
  ),
  // terse: vague, no time, no evidence, a percentage
  c(
    'r42d-34',
    'en',
    `Order 9988776655. 60 yoga mats, not as described. Our studio members complained. We want 30% back.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // long formal letter from a car service, return at own cost
  c(
    'r42d-35',
    'ru',
    `Здравствуйте. Пишет закупщик автосервиса «Колесо». По заказу 1414902736 получили 20 комплектов тормозных колодок для Kia Rio. При установке первого комплекта 30 января механик обнаружил, что колодки на 4 мм короче оригинала и не встают в суппорт; после этого проверили остальные — размер у всех 20 одинаковый. Фото с замерами штангенциркулем приложены. Пожалуйста, примите всю партию обратно и верните деньги, отправку оплатим сами.`,
    'photo',
    [],
    'return',
  ),
  // "small words so your team can follow": condescension
  c(
    'r42d-36',
    'en',
    `Let me use small words so your team can follow. We ordered 100 blue hoodies. You sent 100 pink. Order 5432109876. We saw it when we opened the boxes on 3 March. Photo attached. Send 100 blue.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // «на фото видно» with no file
  c(
    'r42d-37',
    'ru',
    `Добрый вечер. Мы небольшая пекарня, брали 20 противней с антипригарным покрытием, заказ 6363029184. После третьей выпечки у 6 противней покрытие начало отслаиваться хлопьями, на фото видно. Просим вернуть 2 400 ₽ за эти 6 противней.`,
    'none',
    ['evidence_not_attached'],
    'partial_refund',
    2400,
  ),
  // mat adjective before the item (intensifier), lawful "we won't buy from you again"
  c(
    'r42d-38',
    'ru',
    `Ваш е*учий перфоратор из партии 15 штук (заказ 4747310562) сломался у 5 бригад в первую же неделю: патрон перестаёт держать бур, видео есть. Мы больше у вас закупать не будем. Верните деньги за 5 штук, 22 500 руб.`,
    'video',
    ['profanity', 'emotional'],
    'partial_refund',
    22500,
  ),
  // innocent trap: "stopcocks"
  c(
    'r42d-39',
    'en',
    `Plumbing supplies order 7654321098: 80 brass stopcocks, 15 mm compression. During a pressure test on 22 August, 11 of them leaked at the spindle at 3 bar. Photos of the test attached. Please send 11 replacement stopcocks.`,
    'photo',
    [],
    'exchange',
  ),
  // "AliExpress always sides with sellers": accusation of the platform
  c(
    'r42d-40',
    'en',
    `Since the first week of use (early September) 9 of the 40 hair dryers we bought for our salon chain cut out after about two minutes: the motor stops and the air goes cold. Order 3344556677, photos attached. I already know AliExpress always sides with sellers, but I'm asking for a refund for these 9, $171.`,
    'photo',
    ['accusation'],
    'partial_refund',
    171,
  ),
  // phone fraudsters using the shop's name are third parties: no accusation
  c(
    'r42d-41',
    'ru',
    `Здравствуйте. Пишу от магазина игрушек. Заказ 1616290384, 72 радиоуправляемые машинки. При приёмке 9 ноября у 12 машинок пульт не связывается с машинкой — индикатор мигает и гаснет, фото коробок и пультов приложила. Кстати, нам звонили какие-то мошенники от вашего имени и просили оплату на карту, мы ничего не платили. Прошу заменить 12 машинок.`,
    'photo',
    [],
    'exchange',
  ),
  // reply box: refused 10% offer, own figure, «обидно», no evidence
  c(
    'r42d-42',
    'ru',
    `Ответ на ваше предложение: 10% нас не устраивает. Из 100 фонариков 31 не включается вообще — кнопка проваливается внутрь корпуса, это выяснили при проверке 3 июля. Обидно, работаем с вами третий год. Готовы принять 1 500 ₽ за эти 31 фонарик.`,
    'none',
    ['emotional', 'missing_evidence'],
    'partial_refund',
    1500,
  ),
  // cold menace: the owner's home address
  c(
    'r42d-43',
    'en',
    `Order 2020837465: 60 electric kettles for our hotel rooms, 14 of them have the lid hinge snapped. We have your factory address in Dongguan and the owner's home address too. I suggest you refund the full order before we need to use them.`,
    'none',
    ['threat', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // euros with a decimal comma
  c(
    'r42d-44',
    'ru',
    `Цветочный магазин в Риге, заказ 8484019273: 30 керамических кашпо. При распаковке 16 апреля у 5 кашпо отбит край, фото прилагаю. Прошу частичный возврат 27,50 € за эти 5 штук.`,
    'photo',
    [],
    'partial_refund',
    27.5,
  ),
  // "what should we do?" is no request
  c(
    'r42d-45',
    'en',
    `We run a small bike repair shop. The 50 inner tubes from order 4646203918 (700x25c) have valves that come loose: 8 tubes went flat within a day of fitting, the valve core unscrews by itself. Video attached. What should we do with the rest of the batch?`,
    'video',
    ['missing_resolution'],
    'none',
  ),
  // transliterated mat as an interjection in a Russian text
  c(
    'r42d-46',
    'ru',
    `Blyat, опять. 200 кружек с логотипом для корпоративного заказа нашей типографии (номер 9292741605), логотип напечатан зеркально на всех 200 штуках. Увидели при распаковке вчера, 3 марта. Фото приложены. Перепечатайте и пришлите заново всю партию.`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // «Это развод» and a percentage
  c(
    'r42d-47',
    'ru',
    `Это развод. Заказ 1717093846: 100 комплектов постельного белья, заявлен сатин 100% хлопок, а на бирке полиэстер 80%, увидели при приёмке 5 октября. Фото бирок приложены. Требуем вернуть 50% стоимости.`,
    'photo',
    ['accusation', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // one line, everything present, return at own cost
  c(
    'r42d-48',
    'en',
    `12 of our 40 ring lights (order 5858102937) flicker at any brightness from first power-on on 2 Dec, video attached; we'll ship all 40 back at our cost for a full refund.`,
    'video',
    [],
    'return',
  ),
  // innocent trap: «олени» on sweaters
  c(
    'r42d-49',
    'ru',
    `Магазин одежды, заказ 3737561029: 60 свитеров с оленями. Вместо оленей на 18 свитерах вышиты снеговики — увидели при раскладке товара 1 декабря, фото прилагаю. Олени у нас под праздник разбирают лучше, поэтому просим заменить 18 свитеров на модель с оленями.`,
    'photo',
    [],
    'exchange',
  ),
  // clown emoji greeting the warehouse: insult
  c(
    'r42d-50',
    'en',
    `Hi 🤡🤡 in the warehouse. Order 6161029384, 90 tins of car wax: 15 arrived with the lids popped and wax all over the other tins, found when we unloaded them on 20 May. Photos attached. Refund $45 for the 15 tins.`,
    'photo',
    ['insult'],
    'partial_refund',
    45,
  ),
  // bare «не работают»
  c(
    'r42d-51',
    'ru',
    `Добрый день! Заказ 2525810374, 35 электронных весов для нашего рынка. Получили 12 февраля, уже при проверке 10 штук не работают. Фото прикладываю. Прошу вернуть деньги за 10 штук — 6 500 ₽.`,
    'photo',
    ['missing_what'],
    'partial_refund',
    6500,
  ),
  // regional name-calling of the staff («валенки»)
  c(
    'r42d-52',
    'ru',
    `Валенки на вашем складе опять перепутали: в заказе 8686203745 было 48 пар садовых перчаток размера L, пришли все размера S. Обнаружили при приёмке 6 апреля, фото есть. Заберите эти и пришлите L.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // a client's wish as the request, their feelings in capitals
  c(
    'r42d-53',
    'en',
    `My client, a dental clinic, ordered 25 LED curing lights through me (order 7373920184). They tested them on 11 June: 6 units shut off after 5 seconds instead of running the 20-second cycle. They are VERY UNHAPPY and want these 6 replaced. Photos from the clinic attached.`,
    'photo',
    ['emotional'],
    'exchange',
  ),
  // short, dry, full refund
  c(
    'r42d-54',
    'ru',
    `20 электрочайников для хостела, заказ 4949102836. При первом включении 28.08 у всех 20 течёт вода из-под основания, видео прилагаю. Верните полную стоимость заказа.`,
    'video',
    [],
    'full_refund',
  ),
  // lawful leverage: big customer, honest review
  c(
    'r42d-55',
    'en',
    `We're one of your larger UK customers (around 2,000 units a quarter). Order 8787465120: 300 silicone phone grips, and when we counted them at goods-in on 7 March there were 260 in the cartons, not 300. Photo of the counted stacks and the packing slip attached. Please refund £28 for the 40 missing grips. We will also leave an honest review describing how this was resolved.`,
    'photo',
    [],
    'partial_refund',
    28,
  ),
  // a customer's mat quoted verbatim: profanity only
  c(
    'r42d-56',
    'ru',
    `Передаю слова покупателя дословно: «эта х**ня развалилась через два дня». Речь о садовых опрыскивателях из заказа 6262038475 (25 шт.): у трёх покупателей треснул корпус насоса через два дня после покупки, фото от них прикладываю. Прошу заменить эти 3 опрыскивателя.`,
    'photo',
    ['profanity'],
    'exchange',
  ),
  // "могу прислать видео": evidence named, not claimed attached; no time
  c(
    'r42d-57',
    'ru',
    `Добрый день, у нас автомагазин, заказ 5353291046 — 40 комплектов щёток стеклоочистителя 600/400 мм. У 16 комплектов обе щётки по 500 мм, на машины клиентов не подходят. Могу прислать видео. Просим дослать 16 правильных комплектов.`,
    'none',
    ['missing_when'],
    'exchange',
  ),
  // reply to a low offer: "F off" (profanity only)
  c(
    'r42d-58',
    'en',
    `Your offer of $5 for 30 broken umbrellas? F off. Order 1818294057: 30 umbrellas for our shop's rental stand, the ribs snapped on the first windy day, 12 April. Refund the order.`,
    'none',
    ['profanity', 'missing_evidence'],
    'full_refund',
  ),
  // innocent trap: plants that «погибли» in transit
  c(
    'r42d-59',
    'ru',
    `Садовый центр, заказ 2929301857: 60 саженцев голубики в горшках. Получили 22 апреля, при распаковке у 19 саженцев корни сгнили, стебли сухие и ломаются — эти растения погибли ещё в дороге. Фото приложены. Прошу вернуть 5 700 ₽ за 19 саженцев.`,
    'photo',
    [],
    'partial_refund',
    5700,
  ),
  // "ridiculous" plus "cheap junk" (a judgement, vague)
  c(
    'r42d-60',
    'en',
    `This is ridiculous. We ordered 150 kids' water bottles for our school shop and they're cheap junk. Parents keep complaining. Please send a replacement batch.`,
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence'],
    'exchange',
  ),
  // wattmeter readings, return once the seller pays postage
  c(
    'r42d-61',
    'ru',
    `Здравствуйте. Студия маникюра, заказ 3838572910: 24 УФ-лампы 48 Вт. При проверке ваттметром 17 января все 24 лампы потребляют 18 Вт, гель не полимеризуется за 60 секунд. Фото показаний ваттметра приложены. Готовы вернуть всю партию, если вы оплатите пересылку, и ждём возврат денег.`,
    'photo',
    [],
    'return',
  ),
  // ominous "accidents happen in warehouses"
  c(
    'r42d-62',
    'en',
    `Order 9393018462, 70 folding camping chairs for our rental business. Found on 4 July when setting them up: 22 have a rivet missing on the left leg joint, photo attached. Send 22 replacement chairs. Warehouses are dangerous places, shelves fall, people get hurt. I'd hate for that to happen at yours.`,
    'photo',
    ['threat'],
    'exchange',
  ),
  // «на ваше усмотрение», no evidence
  c(
    'r42d-63',
    'ru',
    `Добрый день. Брала для своего салона 50 флаконов шампуня по 1 л (заказ 7474390162). При вскрытии коробки 2 ноября у 8 флаконов дозатор не нажимается, его заклинило. Прошу компенсацию на ваше усмотрение.`,
    'none',
    ['missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Russian mat next to a fraud label: profanity and accusation, no cry
  c(
    'r42d-64',
    'ru',
    `Заказ 1919284650, 100 пар кроссовок для магазина. При приёмке 15 мая: все 100 пар из кожзама, а заявлена натуральная кожа, на фото видно трещины на сгибе после первой примерки. Кидалы еб@ные. Верните всю сумму.`,
    'photo',
    ['profanity', 'accusation'],
    'full_refund',
  ),
  // "not saying it was on purpose" takes the label back
  c(
    'r42d-65',
    'en',
    `Our staff found during fitting on 19 September that all 200 screen protectors from order 4848103927, sold as iPhone 15 Pro, are cut for the iPhone 15 (non-Pro): the camera cutout is 3 mm off. I'm not saying this was done on purpose, most likely the wrong SKU was picked. Photos attached. Please send 200 of the correct model.`,
    'photo',
    [],
    'exchange',
  ),
  // formal letter, percentage worked out to a sum
  c(
    'r42d-66',
    'ru',
    `Уважаемый продавец! Наше ООО закупило у вас 120 комплектов столовых приборов для кафе (заказ 6464027183, счёт оплачен 1 февраля). При приёмке 14 февраля выявлено: в 30 комплектах отсутствуют чайные ложки, в коробке по 3 предмета вместо 4. Фото вскрытых коробок приложены. Просим частично вернуть 10% стоимости заказа, то есть 1 200 ₽.`,
    'photo',
    [],
    'partial_refund',
    1200,
  ),
  // reply box: facts told earlier, silence is no time
  c(
    'r42d-67',
    'ru',
    `Как я уже писал выше — нам нужна замена 15 штук. Ждём ответа уже неделю.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'exchange',
  ),
  // "pack of clowns", capitals, "see attached video" with no file
  c(
    'r42d-68',
    'en',
    `You are a pack of clowns. THIRD TIME we get the wrong thread: ordered 300 spools of black polyester thread no. 40 for our sewing workshop (order 2828190374), got 300 spools of no. 20. See attached video from our unpacking on 8 October. Exchange the lot.`,
    'none',
    ['insult', 'emotional', 'evidence_not_attached'],
    'exchange',
  ),
  // proverb-like menace about meeting at a trade fair
  c(
    'r42d-69',
    'ru',
    `Заказ 3939405816, 80 сварочных масок «хамелеон». При проверке 26 июня у 21 маски светофильтр не затемняется при дуге, фото приложены. Верните 10 500 ₽ за эти 21 маску. Земля круглая, мы с вами ещё встретимся на выставке в Гуанчжоу, и разговор там будет совсем другой.`,
    'photo',
    ['threat'],
    'partial_refund',
    10500,
  ),
  // innocent trap: a person named Dick Cox; no time
  c(
    'r42d-70',
    'en',
    `Hi, this is Dick Cox from Cox & Sons Hardware. Our order 5757203948 had 500 wood screws 4x40, but 120 of them have no thread cut on the last centimetre. Photos attached. Please refund $14 for those.`,
    'photo',
    ['missing_when'],
    'partial_refund',
    14,
  ),
  // dollars in a Russian text, relative time
  c(
    'r42d-71',
    'ru',
    `Таксопарк, заказ 1313820495: 40 видеорегистраторов. На второй неделе эксплуатации у 9 штук запись обрывается каждые 3 минуты и файл не сохраняется, видео с экрана регистратора прилагаю. Просим вернуть 252 USD за эти 9 регистраторов.`,
    'video',
    [],
    'partial_refund',
    252,
  ),
  // "!!" and «вы все тут одинаковые, лишь бы впарить»
  c(
    'r42d-72',
    'ru',
    `Да что ж такое!! 60 детских самокатов, заказ 2626395018, у 14 при сборке 10 марта не фиксируется руль — складывается на ходу. Фото прилагаю. Вы все тут одинаковые, лишь бы впарить. Возврат денег за 14 самокатов — 35 000 ₽.`,
    'photo',
    ['emotional', 'accusation'],
    'partial_refund',
    35000,
  ),
  // innocent trap: garden hoes; euros with a decimal point
  c(
    'r42d-73',
    'en',
    `For our allotment society we bought 45 garden hoes (order 1515928374). When we handed them out on Saturday 27 April, 7 hoes had the blade welded at about 45° instead of 90°, so they can't be used for weeding. Photos attached. Please refund €31.50 for the 7 hoes.`,
    'photo',
    [],
    'partial_refund',
    31.5,
  ),
  // mock gratitude that praises the storekeepers: insult
  c(
    'r42d-74',
    'ru',
    `Отдельная благодарность вашим кладовщикам-виртуозам: 36 бутылок оливкового масла для ресторана (заказ 4343870126) упаковали в один пакет без плёнки, 9 разбились. Обнаружили при получении 18 января, фото приложено. Верните 4 050 руб. за разбитые.`,
    'photo',
    ['insult'],
    'partial_refund',
    4050,
  ),
  // "faulty" is generic; receipt date counts; "I can send photos"
  c(
    'r42d-75',
    'en',
    `Good afternoon. We received order 6969302817 (100 electric toothbrushes for our pharmacy) on 3 November and several units are faulty. I can send photos if needed. We'd like to return the whole shipment for a refund.`,
    'none',
    ['missing_what'],
    'return',
  ),
  // transliterated mat as an interjection, all in Latin letters
  c(
    'r42d-76',
    'ru',
    `Suka, opyat prislali ne to. Zakaz 7272018364, 50 zaryadok na 65 Vt, prishli na 20 Vt, proverili testerom segodnya utrom. Vernite dengi.`,
    'none',
    ['profanity', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // innocent trap: «Пизанская башня»
  c(
    'r42d-77',
    'ru',
    `Сувенирная лавка, заказ 8989104736: 100 фигурок Пизанской башни из полистоуна, высота 15 см. При распаковке 12 сентября у 27 фигурок отломан верхний ярус, фото прикладываю. Просим дослать 27 целых фигурок.`,
    'photo',
    [],
    'exchange',
  ),
  // masked mat judging the seller's reply, with "!"
  c(
    'r42d-78',
    'en',
    `Order 2121039475: 60 Bluetooth speakers for our gift shop, 18 of them crackle and cut out at half volume from the first day (9 Jan). Video attached. Your reply that this is 'normal for the price' is bullsh1t! Refund $270 for the 18 units.`,
    'video',
    ['profanity', 'emotional'],
    'partial_refund',
    270,
  ),
  // customers' returns passed on, lawful "we will stop ordering", no request
  c(
    'r42d-79',
    'ru',
    `Добрый день. Мы сеть зоомагазинов, брали у вас 200 автоматических кормушек (заказ 3636481920). С первой недели продаж покупатели возвращают: таймер сбивается после отключения света, корм не выдаётся. Видео от покупателя приложено. Если так будет и дальше, мы перестанем у вас заказывать.`,
    'video',
    ['missing_resolution'],
    'none',
  ),
  // one line, complete
  c(
    'r42d-80',
    'en',
    `10 of 25 cast-iron skillets arrived with rust spots across the cooking surface, seen at unboxing on 30 May (order 9797304615, photos attached); please send 10 replacements.`,
    'photo',
    [],
    'exchange',
  ),
];
