import { labelled as c, type CorpusCase } from './types';

/**
 * Round forty-seven, hold-out set q: disputes about gardening goods (seeds, bulbs, plants, garden tools, hoses,
 * greenhouse film, bird feeders and nest boxes) with a few other products, full of garden words that look rude but are
 * not, beside real swearing, name-calling, threats and rage over a lost season. Written by a hand that has not read the
 * analyzer's rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - A file attached to the form is evidence by itself (the brief), even when the text does not name it.
 * - Plant, bird and tool names with rude-looking roots («сучья», «сучки», «сучкорез», «пестик», «штамб», «хрен» the
 *   plant, «петушиный гребешок», «яйца» in a nest box or an incubator, "pussy willow", "cocksfoot", "cockscomb",
 *   "horny goat weed", "great tit", "blue tit", "hoe", "shaft", "bush", "root ball", "water butt", "wing nuts",
 *   "pricked out", "screw-in") are innocent, as product names are in round forty-six.
 * - «Семена оказались не те» without saying how they differ is as vague as "not as described" (`missing_what`).
 * - «Чтоб у вас самих руки отсохли» is harm wished on the seller's hands: a threat (rounds forty and forty-four).
 * - «Курьер-дятел» is a rude animal name for the courier: an insult (rounds thirty-one and forty-three).
 * - "You effing thieves" is profanity, accusation and emotional, as round twenty-seven keeps "you f*cking scammers".
 * - «Насос у него х*ёвый» with no "!" is a flat predicate about the item: profanity only (round forty-six).
 * - "Refund $9" for half a bag lost, with no order total, is a partial refund of 9 (rounds twelve and thirteen).
 * - «Могу прислать видео» / «пришлю по первому запросу» names evidence without a file: no evidence finding (round
 *   thirty-two), so such a text can be ready.
 * - "Fix it." asks for nothing (like "sort it out"): `missing_resolution`.
 * - In a reply, a photo "already attached to this dispute" is labelled with the form's file present.
 */
export const ROUND47_HOLDOUT_Q: CorpusCase[] = [
  // seeds that never sprouted, with a control sowing; everything present
  c(
    'r47q-01',
    'ru',
    `Заказывала семена томата «Бычье сердце», 2 пакетика по 20 штук. Посеяла 18 марта в торфяные таблетки, рядом в той же кассете посеяла перец другой фирмы. Перец взошёл на 7-й день, а из томатов за три недели не проклюнулось ни одного семечка. Фото кассеты прикладываю. Прошу вернуть полную стоимость.`,
    'photo',
    [],
    'full_refund',
  ),
  // innocent trap: «сучья», «сучок» on an apple tree; pruning saw blade broke
  c(
    'r47q-02',
    'ru',
    `Ножовка садовая складная, заказ от 2 апреля. Пилила сучья на старой яблоне, на третьем сучке (толщина около 4 см) полотно лопнуло у самой рукояти, ровно по заклёпке. Пилой пользовалась один раз, 20 апреля. На видео видно излом. Прошу заменить полотно или прислать новую пилу.`,
    'video',
    [],
    'exchange',
  ),
  // hose reel: concrete defect, no time, no file
  c(
    'r47q-03',
    'en',
    `The hose reel handle snapped off. The crank arm is plastic, not metal like the listing says. I want a refund.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // real swearing as an intensifier about seeds
  c(
    'r47q-04',
    'en',
    `Planted all 50 cucumber seeds on April 6th in a heated propagator and not one fucking seed came up in 3 weeks. Pic of the empty tray is in the form. Refund me.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // innocent trap: «пестик и тычинки»; lily bulbs of the wrong colour, partial with a sum
  c(
    'r47q-05',
    'ru',
    `Луковицы лилий, сорт заявлен белый, 5 штук. Посадила 10 апреля, первые цветки раскрылись 14 июля: у всех пяти оранжевые лепестки в тёмную крапинку, а в описании чисто белый сорт. Приложила фото цветка крупным планом, там видно и пестик, и тычинки. Прошу частичный возврат 350 руб., луковицы оставлю — выкапывать уже поздно.`,
    'photo',
    [],
    'partial_refund',
    350,
  ),
  // «садоводы-вредители» at the staff: insult; otherwise complete
  c(
    'r47q-06',
    'ru',
    `Садоводы-вредители, вы вообще видите, что отправляете? Заказывала шланг 25 м, пришёл 15 м, мерила рулеткой в день получения, 3 мая. Снимок рулетки рядом со шлангом во вложении. Верните 400 ₽ за недостающие 10 метров.`,
    'photo',
    ['insult'],
    'partial_refund',
    400,
  ),
  // innocent trap: "blue tit feeder"; wrong hole size measured
  c(
    'r47q-07',
    'en',
    `Ordered the blue tit feeder (hanging, 28 mm hole). The hole on the one I got is 38 mm — I measured it with a calliper the day it arrived, 11 May — so sparrows get in and the blue tits are pushed out. Photo with the calliper is attached. Please send the 28 mm version as listed.`,
    'photo',
    [],
    'exchange',
  ),
  // greenhouse film thinner than listed, with facts, but "bait and switch" labels the store
  c(
    'r47q-08',
    'en',
    `Greenhouse film arrived on 2 June. Listing says 200 micron UV-stabilised, it's about 80 micron (micrometer reads 0.08 mm in five places). Classic bait and switch from this store. Photos of the micrometer readings attached. I want a full refund.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // rage over a lost season with nothing in it
  c(
    'r47q-09',
    'ru',
    `Весь сезон насмарку!!! Это что вообще было, а не семена?? Разбирайтесь сами, я больше ничего объяснять не буду.`,
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // veiled threat: a personal visit to the warehouse
  c(
    'r47q-10',
    'ru',
    `Кормушка для птиц с крышей пришла 20 ноября, крыша треснула по шву — заметила при распаковке, фото есть в приложении. Продавец отказывает в возврате. Требую вернуть оплату. Я знаю адрес вашего склада в Подольске и заеду лично поговорить, если денег не будет до конца недели.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // tulip bulbs short and rotten, compensation with no sum, no file
  c(
    'r47q-11',
    'ru',
    `Тюльпаны, набор «Микс 25 луковиц». При вскрытии пакета 6 апреля насчитала 19 луковиц, из них три мягкие, загнившие. Хочу компенсацию за недостающие и гнилые.`,
    'none',
    ['missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // non-receipt with a tracking number in the text and no file: ready
  c(
    'r47q-12',
    'ru',
    `Семена газонной травы 1 кг, оплатила 3 февраля. По трек-номеру LP00498231776410 посылка с 19 февраля лежит на сортировке в Москве, с оплаты прошло больше 40 дней. Прошу вернуть деньги.`,
    'none',
    [],
    'full_refund',
  ),
  // mocking question at the packer plus masked "sh*t"
  c(
    'r47q-13',
    'en',
    `Which genius packed a pruning saw loose in a bag with no blade guard? The teeth were bent when I opened it on the 3rd. Photo attached. Send a new one, and tell your packers to get their sh*t together.`,
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // innocent traps: "pussy willow", "hoe"; part of an order refunded with a sum
  c(
    'r47q-14',
    'en',
    `Two items in one order: a pussy willow (Salix caprea 'Kilmarnock', grafted on a 1 m stem) and a Dutch hoe. The hoe arrived fine. The willow came with the graft snapped clean off the stem; I found it when I unwrapped the parcel on March 14. Pictures of the break are in the attachments. Please refund the willow, 18.40 USD.`,
    'photo',
    [],
    'partial_refund',
    18.4,
  ),
  // says a photo is attached while the form has none
  c(
    'r47q-15',
    'en',
    `Tomato seeds 'Sungold' — the packet had 6 seeds instead of the 20 listed; counted them when I opened it on April 2. See the attached photo. Refund please.`,
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // transliterated mat as an interjection
  c(
    'r47q-16',
    'ru',
    `blyat, opyat' protekaet. Nasadka dlya shlanga na 7 rezhimov, s pervogo dnya techet iz-pod rezby. Video prilozhila. Vernite dengi.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // innocent trap: «яйца» in a nest box; camera returned for money
  c(
    'r47q-17',
    'ru',
    `Скворечник с камерой. Синица отложила яйца 5 мая, а через два дня камера перестала передавать картинку: индикатор питания горит, в приложении «нет сигнала». Перезагружала, меняла аккумулятор — не помогает. Видео с экраном приложения прикладываю. Камера снимается с домика, готова отправить её обратно, прошу вернуть деньги.`,
    'video',
    [],
    'return',
  ),
  // memorial bed, wrong tulip colour, "disappointed", no file
  c(
    'r47q-18',
    'en',
    `I am so disappointed. Ordered 30 'Queen of Night' tulip bulbs, the near-black ones, for my mum's memorial bed. They opened this week and every one is bright pink. Please send the right bulbs for autumn planting.`,
    'none',
    ['emotional', 'missing_evidence'],
    'exchange',
  ),
  // staff called aphids in a mocking question; «сучкорез» innocent; missing part
  c(
    'r47q-19',
    'ru',
    `Кто у вас на складе работает, тля какая-то? Третий раз прошу: в наборе «Секатор + сучкорез» пришёл только сучкорез, секатора нет. Обнаружила при распаковке 12.06, фото содержимого коробки приложено. Вышлите секатор.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // innocent «штамб»; height mismatch with a photo but no time and no request
  c(
    'r47q-20',
    'ru',
    `Роза штамбовая, высота штамба по описанию 90 см, пришла со штамбом 45 см. Фото с рулеткой приложила.`,
    'photo',
    ['missing_when', 'missing_resolution'],
    'none',
  ),
  // innocent trap: "cocksfoot grass"; wrong species on the label, return once postage is covered
  c(
    'r47q-21',
    'en',
    `Ordered 5 kg of cocksfoot grass seed (Dactylis glomerata) for a horse paddock. The bag that arrived on 9 April is labelled perennial ryegrass, Lolium perenne, with a different lot number. Label photo attached. I'll send the bag back unopened if you cover the postage — please refund on return.`,
    'photo',
    [],
    'return',
  ),
  // vague "not as described", with a discovery moment, no file
  c(
    'r47q-22',
    'en',
    `The garden kneeler is not as described at all, noticed it the moment I unpacked it on Tuesday. Want my money back.`,
    'none',
    ['missing_what', 'missing_evidence'],
    'full_refund',
  ),
  // masked mat as a flat predicate about the sprayer pump
  c(
    'r47q-23',
    'ru',
    `Опрыскиватель 5 л, купила 1 мая. С первой же закачки травит воздух из-под крышки, манометр через минуту показывает ноль. Насос у него х*ёвый, давление не держит совсем. Видео с шипением приложено. Прошу оформить возврат средств.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
  // drip irrigation kit short, sum in words
  c(
    'r47q-24',
    'ru',
    `Заказ: капельный полив на 30 растений. При сборке 22 мая выяснилось, что в комплекте 20 капельниц вместо 30 и нет заглушек на концы шланга. Фото разложенного комплекта прилагаю. Докупать по отдельности неудобно, прошу вернуть двести пятьдесят рублей за недостающее.`,
    'photo',
    [],
    'partial_refund',
    250,
  ),
  // squirrel-proof feeder that isn't; veiled threat via a relative passing the warehouse
  c(
    'r47q-25',
    'en',
    `The weighted perch on the squirrel-proof feeder is supposed to shut the ports under a squirrel. It doesn't shut even under 400 g — I tested it with a bag of sugar on 4 October, video attached. I want a refund. I've got your warehouse address from the return label, and my brother-in-law drives past it every day. Think about that.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // innocent «сучки» in boards; sarcasm about honesty «ну конечно, „случайно“»
  c(
    'r47q-26',
    'ru',
    `Доска обрезная для грядок, 10 штук. В описании «без сучков», а на восьми досках из десяти сквозные сучки, две треснули по сучку при вкручивании саморезов 3 июня. Ну конечно, это опять «случайно» такие попались. Фото досок приложены. Прошу замену восьми досок.`,
    'photo',
    ['accusation'],
    'exchange',
  ),
  // condescension «объясняю как первокласснику»
  c(
    'r47q-27',
    'ru',
    `Объясняю как первокласснику, раз с третьего раза не доходит: заказала мешок торфа 50 л, пришёл 20 л. На мешке так и написано — 20 л, снимок мешка прикреплён. Получила 15 апреля. Верните разницу — 380 ₽.`,
    'photo',
    ['insult'],
    'partial_refund',
    380,
  ),
  // innocent trap: "water butt", "screw in"; wrong thread size
  c(
    'r47q-28',
    'en',
    `Water butt, 200 L, with a tap. The tap thread is 1/2 inch but the listing and the box say 3/4 inch, so none of my hose fittings screw in. Found out on 28 April while connecting it. There's a photo of the thread gauge on the tap. Please send a 1/2-to-3/4 adapter or the correct tap.`,
    'photo',
    [],
    'exchange',
  ),
  // shouting about a germination mat not received; "tracking" names evidence
  c(
    'r47q-29',
    'en',
    `THREE WEEKS and the germination mat still hasn't arrived. Tracking stopped updating on 12 March. I NEED it for my seedlings, please refund.`,
    'none',
    ['emotional'],
    'full_refund',
  ),
  // harm wished on the seller's hands: threat; lost gladioli
  c(
    'r47q-30',
    'ru',
    `Из 40 луковиц гладиолусов, посаженных 1 мая, взошло 4, остальные сгнили в земле — выкопала 10 июня, внутри труха. Фотографии выкопанных луковиц добавила. Верните деньги. И чтоб у вас самих руки отсохли, которыми вы эту гниль паковали.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // reply refusing the seller's offer; vague "не те"
  c(
    'r47q-31',
    'ru',
    `Ответ продавцу: ваше предложение в 50 рублей не принимаю. Семена оказались не те. Жду решения от AliExpress.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // solar garden lights: two of six dead, exchange
  c(
    'r47q-32',
    'ru',
    `Садовые фонари на солнечной батарее, 6 шт. Установила 15 июня, с 20 июня два фонаря перестали включаться вечером: днём индикатор зарядки зелёный, но светодиод не загорается. Остальные четыре работают. Видео прилагаю. Прошу прислать два рабочих фонаря на замену.`,
    'video',
    [],
    'exchange',
  ),
  // spaced "f u c k" as a cry; innocent "hoe"
  c(
    'r47q-33',
    'en',
    `What the f u c k?! The hoe blade bent 90 degrees on the very first pass through clay on May 7. Photos attached. Refund.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // gardening gloves wrong size, keeps them, partial without a sum
  c(
    'r47q-34',
    'en',
    `The garden gloves are size S, I ordered L — the label inside says S, you can see it in the picture. Opened the bag on 19 March. I'll keep them for my daughter, so a partial refund would be fine.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «обидно» is affect; strawberry plants dead on arrival, sum given
  c(
    'r47q-35',
    'ru',
    `Очень обидно: рассада клубники «Альбион», 10 кустов, пришла 16 мая, из них у шести засохшие сердечки и чёрные листья. Фото каждой розетки прикладываю. Прошу вернуть 600 руб. за шесть погибших.`,
    'photo',
    ['emotional'],
    'partial_refund',
    600,
  ),
  // courier called «дятел»; seedlings thrown over a fence
  c(
    'r47q-36',
    'ru',
    `Курьер-дятел бросил коробку с рассадой через забор, горшки перевернулись, земля высыпалась, три саженца сломаны пополам. Было 21 апреля, соседка видела и сняла на видео, видео приложено. Прошу вернуть деньги за три саженца — 1 350 ₽.`,
    'video',
    ['insult'],
    'partial_refund',
    1350,
  ),
  // innocent traps: "Cockscomb", "pricked out"; wrong flower type
  c(
    'r47q-37',
    'en',
    `Celosia 'Cockscomb' seed, red crested type, 2 packets. Sown 1 March, pricked out 20 March. Now in flower (July) and every plant is the plumed feather type, yellow, not the red crested comb the listing text describes. I've included photos of the plants and the empty packets. Requesting a full refund of both packets.`,
    'photo',
    [],
    'full_refund',
  ),
  // «это развод» with facts, no file
  c(
    'r47q-38',
    'ru',
    `Это развод. Семена петунии ампельной, 100 шт, в пакетике было 12 — пересчитала при вскрытии 2 марта. Деньги назад.`,
    'none',
    ['accusation', 'missing_evidence'],
    'full_refund',
  ),
  // innocent «пестик» of a kitchen mortar; return offered
  c(
    'r47q-39',
    'ru',
    `Ступка с пестиком из гранита, 12 см. При распаковке 7 февраля обнаружила скол на краю ступки размером с ноготь, а пестик треснул поперёк. Фото обеих деталей приложены. Готова отправить всё обратно, деньги прошу вернуть после получения.`,
    'photo',
    [],
    'return',
  ),
  // sarcastic praise of the packing staff
  c(
    'r47q-40',
    'en',
    `Bravo, packing department, truly masters of your craft: a 3 kg bag of bird seed shipped in a paper envelope, burst open, half of it gone by the time it reached me on 14 Jan. Snapshot of the torn envelope attached. Refund $9.`,
    'photo',
    ['insult'],
    'partial_refund',
    9,
  ),
  // car wash brush that takes a garden hose; missing seal
  c(
    'r47q-41',
    'ru',
    `Щётка для мойки машины с подключением к садовому шлангу. С первого использования, 3 августа, вода идёт не через щетину, а хлещет из места соединения ручки и щётки — уплотнительного кольца внутри нет. Видео приложила. Прошу заменить щётку.`,
    'video',
    [],
    'exchange',
  ),
  // masked mat as a sentence of its own; no time, no file
  c(
    'r47q-42',
    'ru',
    `П@здец просто. Заказала теплицу-бабочку на 4 м, а в коробке дуги только на 2 метра, и плёнки нет вообще. Прошу вернуть деньги.`,
    'none',
    ['profanity', 'emotional', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // hose reel cart wheel, asks only "what should I do?"
  c(
    'r47q-43',
    'en',
    `The hose reel cart's left wheel came off its axle the second time I pulled it across the lawn, on Sunday 12 May. The retaining clip is missing from that side. Video attached. What should I do?`,
    'video',
    ['missing_resolution'],
    'none',
  ),
  // "you muppets" at staff; wrong colour feeder
  c(
    'r47q-44',
    'en',
    `Right, you muppets, once more: ordered the Bird Café feeder in green, got brown. Noticed it straight out of the box on 2 Feb, picture attached. Send the green one.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // innocent «хрен» the plant; mouldy roots
  c(
    'r47q-45',
    'ru',
    `Корневища хрена для посадки, 5 шт. Пришли 9 апреля, при распаковке все пять покрыты белой плесенью и мягкие на ощупь, при надавливании выступает жидкость. Фото прилагаю. Прошу вернуть полную сумму.`,
    'photo',
    [],
    'full_refund',
  ),
  // «в шоке» is affect; evidence offered but not attached
  c(
    'r47q-46',
    'ru',
    `Я в шоке: секатор с храповым механизмом заклинило на второй день, 16 мая, лезвие не раскрывается даже двумя руками. Фото и видео пришлю по первому запросу. Прошу замену.`,
    'none',
    ['emotional'],
    'exchange',
  ),
  // visit with a shovel: threat; seller's words quoted
  c(
    'r47q-47',
    'ru',
    `Продавец, вы отправили 30 семян вместо 300 (пакет вскрыла 4 марта, фото с пересчётом приложено), а теперь пишете, что «так и было». Я живу в соседнем городе и знаю адрес вашего магазина на Садовой. Загляну в гости с лопатой, обсудим. Досылайте недостающие 270 семян.`,
    'photo',
    ['threat'],
    'exchange',
  ),
  // innocent «сучья»; shredder, compensation at the seller's discretion
  c(
    'r47q-48',
    'ru',
    `Садовый измельчитель веток: по описанию берёт сучья до 40 мм, а на деле застревает уже на 15-миллиметровых, нож останавливается и срабатывает защита. Проверяла 30 апреля на обрезках вишни, видео приложено. Пусть останется у меня, но прошу компенсацию на ваше усмотрение.`,
    'video',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // innocent traps: "screw-in hose", "shaft"; return for refund
  c(
    'r47q-49',
    'en',
    `Telescopic hose wand with a screw-in hose connector. The shaft won't lock at any length: the twist-lock spins freely, so the wand collapses to 60 cm whenever I spray. Started on the third use, 8 June. Video attached. I'm happy to return it for a refund.`,
    'video',
    [],
    'return',
  ),
  // "on purpose" about expired seeds; no discovery time
  c(
    'r47q-50',
    'en',
    `You sent expired seeds on purpose to clear old stock. The packets are stamped 'packed 2019, sow by 12/2021'. Photo attached. Full refund.`,
    'photo',
    ['accusation', 'missing_when'],
    'full_refund',
  ),
  // masked «с*ка» at the seller beside innocent «сучьев»
  c(
    'r47q-51',
    'ru',
    `Продавец — с*ка последняя. Пила-ножовка для сучьев затупилась после двадцати резов 3 апреля, зубья смяты и разведены в разные стороны. Видео есть во вложении. Верните мои деньги.`,
    'video',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // vague «с браком» and a photo said to be attached while the form has none
  c(
    'r47q-52',
    'ru',
    `Кормушка пришла с браком, 11 декабря получила. Фото во вложении. Верните деньги.`,
    'none',
    ['missing_what', 'evidence_not_attached'],
    'full_refund',
  ),
  // reply accepting the seller's offer with its sum written
  c(
    'r47q-53',
    'ru',
    `Согласна на ваше предложение: 4,5 $ компенсации за два разбитых кашпо из шести. Напомню: разбиты при доставке, обнаружила при вскрытии коробки 25 марта, фото осколков уже приложено к этому спору.`,
    'photo',
    [],
    'partial_refund',
    4.5,
  ),
  // publishing the seller's home address and phone: threat
  c(
    'r47q-54',
    'en',
    `Your seller profile lists a name, and I found the same person's home address and phone number. If the greenhouse film isn't refunded by Friday, both go up on every gardening forum I'm on. The film tore along the fold on the first windy day, 3 April; photos are attached.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "gutted" is affect; "bush", "root ball" innocent; no time for the defect
  c(
    'r47q-55',
    'en',
    `Absolutely gutted. The €32 blueberry bush arrived with the root ball bone dry and every leaf brown and crisp. Photos attached. I'd like a replacement plant in autumn.`,
    'photo',
    ['emotional', 'missing_when'],
    'exchange',
  ),
  // innocent «яйца» in an incubator; thermometer test, return offered
  c(
    'r47q-56',
    'ru',
    `Инкубатор на 24 яйца. Заложила яйца 2 апреля, на 5-й день термометр инкубатора показывал 37,8 °C, а контрольный ртутный — 40,5 °C. Проверяла три раза в разные часы, расхождение одно и то же. Фото двух термометров рядом приложено. Инкубатор отправлю обратно, прошу вернуть деньги.`,
    'photo',
    [],
    'return',
  ),
  // missing part with time, but no evidence and no request
  c(
    'r47q-57',
    'ru',
    `Грабли веерные, ручка 150 см. Ручка пришла из двух частей, а соединительной втулки в коробке не было, вскрывала 18 октября при курьере.`,
    'none',
    ['missing_evidence', 'missing_resolution'],
    'none',
  ),
  // «с дуба рухнули?» about a red oak seedling
  c(
    'r47q-58',
    'ru',
    `Вы там с дуба рухнули? Саженец дуба красного, 60–80 см, а прислали прутик 15 см без единой почки. Распаковала 10 октября, фото рядом с линейкой. Хочу возврат полной суммы.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // garden wellies leaking at the heel seam; bath test video
  c(
    'r47q-59',
    'en',
    `Garden wellies, EU 39. The left boot leaks at the heel seam: wet sock after 10 minutes in the vegetable patch, first noticed 22 Sept, and a water test in the bath shows a thin stream at the seam. Video of the bath test attached. Please exchange for a new pair in 39.`,
    'video',
    [],
    'exchange',
  ),
  // "effing thieves": profanity, accusation and a cry; duplicate charge with a sum
  c(
    'r47q-60',
    'en',
    `You effing thieves charged me twice for the same bird bath (two lines on my card statement, 5 and 6 May, screenshot attached) and only one arrived. Refund the second charge of £24.99.`,
    'photo',
    ['profanity', 'emotional', 'accusation'],
    'partial_refund',
    24.99,
  ),
  // transliterated Russian, calm and complete
  c(
    'r47q-61',
    'ru',
    `Zakazala semena ogurcov «Kurazh», 2 paketa. Posejala 20 aprelya, vzoshlo 3 iz 20, ostal'nye cherez 2 nedeli raskopala — pustye obolochki. Foto prilozhila. Proshu vernut' den'gi.`,
    'photo',
    [],
    'full_refund',
  ),
  // innocent «петушиный гребешок», «кустики»; wrong colour, partial with a sum
  c(
    'r47q-62',
    'ru',
    `Семена целозии «Петушиный гребешок», красная. Выросли 12 кустиков, зацвели в начале августа — все жёлтые, ни одного красного. Фото грядки прикладываю. Прошу частичный возврат 120 ₽ за пакет.`,
    'photo',
    [],
    'partial_refund',
    120,
  ),
  // innocent "wing nuts", "bush"; missing fixings sent as an exchange
  c(
    'r47q-63',
    'en',
    `Wall-mounted hose reel: the two wing nuts that hold the drum to the bracket are missing from the fixings bag. Found this on 15 April when mounting it behind the bush by the back door. Photo of the open fixings bag attached. Please send the two M8 wing nuts.`,
    'photo',
    [],
    'exchange',
  ),
  // "refund half" with no sum; a kitchen scale is not evidence
  c(
    'r47q-64',
    'en',
    `Ordered 5 kg of seed potatoes, the box weighed 2.4 kg on my kitchen scale when it arrived on 3 April. I'll keep what came — refund half.`,
    'none',
    ['missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // mat in Latin look-alike letters as an adjective before the item
  c(
    'r47q-65',
    'ru',
    `Эти eбaные колышки для рассады ломаются от одного нажатия пальцем, пластик хрупкий как стекло. Из 50 штук при установке 9 мая сломалось 32. Фото обломков приложено. Возврат денег, пожалуйста.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // blanket accusation about all bulb sellers, facts and sum present
  c(
    'r47q-66',
    'ru',
    `Луковицы гиацинтов пришли 2 октября мягкие и с гнилью у донца, 7 из 10. Фото приложено. Все продавцы луковиц на этой площадке такие, продают прошлогодние остатки. Прошу вернуть деньги за 7 штук, это 490 руб.`,
    'photo',
    ['accusation'],
    'partial_refund',
    490,
  ),
  // «не доводите до греха» and a brother at customs holding shipments: threat
  c(
    'r47q-67',
    'ru',
    `Фонтан для сада на солнечной батарее: насос не качает воду при полном солнце, 18 июня замерила мультиметром — панель выдаёт 0 В. Видеозапись с мультиметром прикрепила. Нужен возврат денег. Не доводите до греха, у меня брат на таможне работает, ваши следующие посылки могут и задержаться.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // «сидела и ревела» is affect; nothing concrete and no request
  c(
    'r47q-68',
    'ru',
    `Сидела и ревела над рассадой. Всё из-за вашего грунта, больше ничего говорить не хочу. Сделайте что-нибудь.`,
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // innocent "horny goat weed"; two wrong plants
  c(
    'r47q-69',
    'en',
    `Horny goat weed (Epimedium) plants, 3 pots, delivered 27 March. Two of the three pots hold a different plant entirely — the label says Epimedium, but the leaves are heart-shaped and hairy like a Brunnera, and they flowered blue on 14 April. Photos of leaves and flowers attached. Please send two correct Epimedium plants.`,
    'photo',
    [],
    'exchange',
  ),
  // condescension "so your team can keep up"; "Fix it." asks for nothing
  c(
    'r47q-70',
    'en',
    `Let me type this slowly so your team can keep up: HANGING feeder. Not a window one with suction cups, which is what came. Fix it.`,
    'none',
    ['insult', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // "ridiculous" is affect; edging roll half the length
  c(
    'r47q-71',
    'en',
    `This is ridiculous. The lawn edging roll is 5 m long, the listing says 10 m. Measured it when I unrolled it on 6 June, photo with the tape measure attached. Refund please.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // cosmetics: hand cream opened and rancid
  c(
    'r47q-72',
    'ru',
    `Крем для рук «Садовница», 75 мл. Тюбик пришёл 14 ноября вскрытым: фольга под крышкой проколота, крем пожелтел и пахнет прогорклым маслом. Фото фольги и крема приложено. Прошу заменить тюбик.`,
    'photo',
    [],
    'exchange',
  ),
  // electronics: soil sensor; error code in capitals is print; video offered, no file
  c(
    'r47q-73',
    'ru',
    `Датчик влажности почвы Wi-Fi. С 3 мая показывает 0 % в горшке, который я только что полила, в приложении ошибка E02. Пробовала перезапуск и новые батарейки. Могу прислать видео, если нужно. Прошу вернуть оплату полностью.`,
    'none',
    [],
    'full_refund',
  ),
  // «олухи» at the seller; coated carrot seeds instead of plain
  c(
    'r47q-74',
    'ru',
    `Олухи, я заказывала семена моркови без покрытия, а вы прислали дражированные, на пакете так и написано «драже». Заметила 1 апреля при посеве, фото пакета приложено. Пришлите правильные.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // says "as you can see in the video" with no file; no time
  c(
    'r47q-75',
    'en',
    `Garden gate padlock (weatherproof one): the key turns but the shackle won't open, as you can see in the video. Please replace it.`,
    'none',
    ['missing_when', 'evidence_not_attached'],
    'exchange',
  ),
  // "It would be a shame if something happened to it": threat; "great tits" innocent
  c(
    'r47q-76',
    'en',
    `Nice little shop you've got. It would be a shame if something happened to it. The nest box camera has shown a black screen since 2 April, right when the great tits started building. Clip from the app is attached. Refund.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // empty text
  c('r47q-77', 'en', `ok`, 'none', ['empty_text'], 'none'),
  // reply: counter-offer with the buyer's own sum, refused seller sum not the amount
  c(
    'r47q-78',
    'ru',
    `Отвечаю на предложение продавца вернуть 150 ₽: этого мало. Плёнка для теплицы 3×10 м пришла 12 мая с прорывами по сгибу через каждые 50 см, из 30 м² целых около 12, фото разложенной плёнки прикрепила ещё раз. Прошу 600 ₽, плёнку оставлю на укрытие.`,
    'photo',
    [],
    'partial_refund',
    600,
  ),
  // vague "defective", video attached, return offered
  c(
    'r47q-79',
    'en',
    `The bird feeder I got is defective. There's a video in the form. I want to return it for my money back.`,
    'video',
    ['missing_what', 'missing_when'],
    'return',
  ),
  // mat as a cry over a lost season; partial with a sum
  c(
    'r47q-80',
    'ru',
    `Бля, ну как так?! Весь сезон коту под хвост: семена перца «Гигант», посеяла 15 февраля, выросли мелкие горькие стручки вместо сладких мясистых. Фото урожая прикладываю. Верните хотя бы 300 ₽.`,
    'photo',
    ['profanity', 'emotional'],
    'partial_refund',
    300,
  ),
];
