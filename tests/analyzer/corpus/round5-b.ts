import { labelled as c, toneCase as item, type CorpusCase } from './types';

/**
 * Round five, set B (issue 12): the same kinds as set A with new situations, products and disguises. Written
 * without reading the analyzer's rules or its earlier corpus texts; labels follow analyzer-notes.md section 1 and
 * the README's labelling decisions. The round-five labelling decisions are written at the top of `round5-a.ts`
 * (mat as interjection/intensifier is also `emotional`; mat name-calling is also `insult`; `too_short` labelled).
 */
export const ROUND5_B: CorpusCase[] = [
  // ── Disguised mat (Russian) ─────────────────────────────────────────────────────────────────────────────────
  // Greek epsilon for «е» in «заебали», an interjection: profanity and emotional.
  c(
    'r5b-01',
    'ru',
    'Пуховик пришёл с оторванной собачкой молнии и дыркой на левом рукаве, заεбали уже. Вскрыла пакет на почте 28 ноября, фото прилагаю. Прошу вернуть деньги.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Greek pi for «п», mat as an intensifier («… какое хлипкое»).
  c(
    'r5b-02',
    'ru',
    'Крепление катушки на удочке πиздец какое хлипкое: катушка отвалилась на первой же рыбалке, 10 мая. Фото прилагаю. Прошу замену удилища.',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // Digits for a syllable inside a vulgar verb ("stole"); aimed at "someone on the way", not a label of the seller,
  // so no accusation. A partial refund with a sum.
  c(
    'r5b-03',
    'ru',
    'В коробке вместо 12 чайных ложек оказалось 6, похоже, кто-то по дороге с3,14здил половину. Обнаружила при вскрытии на почте 5 ноября. Фото прилагаю. Прошу вернуть 600 рублей за недостающие.',
    'photo',
    ['profanity'],
    'partial_refund',
    600,
  ),
  // Vowels dropped, intensifier.
  c(
    'r5b-04',
    'ru',
    'Защитное стекло пздц как бликует, на солнце экран вообще не видно, проверил в первый же день, 2 июня. Фото на улице прилагаю. Прошу вернуть деньги.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Minced «звиздец», interjection (README round two lists it as mat).
  c(
    'r5b-05',
    'ru',
    'Звиздец, а не доставка: коробка с блендером пришла смятой, кувшин треснул у основания. Получил 14 января, фото приложил. Прошу замену кувшина.',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // Dots as a mask for «бля», interjection.
  c(
    'r5b-06v',
    'ru',
    'Б...я, опять то же самое: третья по счёту зарядка для самоката не заряжает, индикатор мигает красным с момента подключения 19 апреля. Видео прилагаю. Прошу вернуть деньги.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Soft euphemisms («блин», «хреновая») are not mat (README round two) and not in the affect list: ready.
  c(
    'r5b-07',
    'ru',
    'Блин, пайка у паяльной станции хреновая: провод нагревателя отпаялся на третий день работы, 23 марта. Фото прилагаю. Прошу замену.',
    'photo',
    [],
    'exchange',
  ),

  // ── Insults without a swear word (Russian) ──────────────────────────────────────────────────────────────────
  // Condescension about memory and attention.
  item(
    'r5b-08',
    'ru',
    'Записывайте, а то через минуту опять забудете, как в прошлый раз: роликовые коньки пришли 36 размера вместо 39. Примерила в день получения, 8 сентября. Фото прилагаю. Прошу обмен.',
    'insult',
    'exchange',
  ),
  // The reader's brains.
  item(
    'r5b-09',
    'ru',
    'Мозгов у вашей поддержки хватает только на шаблонные ответы, поэтому повторяю факты: у эпилятора не вращается барабан, с первого включения 12 февраля. Видео прилагаю. Прошу вернуть деньги.',
    'insult',
    'full_refund',
  ),
  // Regional name-calling («валенки сибирские») aimed at the staff.
  item(
    'r5b-10',
    'ru',
    'Кто у вас там на складе сидит, валенки сибирские? Вместо двухспальной простыни положили односпальную, 150 на 200 вместо 220 на 240, измерила 6 октября. Фото прилагаю. Прошу обмен.',
    'insult',
    'exchange',
  ),
  // Sarcastic praise of the failure.
  item(
    'r5b-11',
    'ru',
    'Какие же вы молодцы, что упаковали стеклянную вазу в один слой пупырки: приехала в осколках 3 декабря. Фото прилагаю. Прошу вернуть деньги.',
    'insult',
    'full_refund',
  ),
  // The same animal word about the product: not an insult.
  item(
    'r5b-12',
    'ru',
    'Заказывала детский свитер с оленями, а пришёл с медведями, хотя артикул на бирке совпадает. Заметила при распаковке 17 декабря. Фото прилагаю. Прошу обмен на свитер с оленями.',
    undefined,
    'exchange',
  ),
  // Doubt about the reader's schooling.
  item(
    'r5b-13',
    'ru',
    'Вам, видимо, в школе не объяснили, чем зелёный цвет отличается от синего: я заказывал зелёный рюкзак, а пришёл синий. Получил 25 июля. Фото прилагаю. Прошу обмен.',
    'insult',
    'exchange',
  ),

  // ── Veiled threats (Russian) ────────────────────────────────────────────────────────────────────────────────
  // Knowing the seller's car and where it is parked.
  item(
    'r5b-14',
    'ru',
    'Я знаю, на какой машине вы ездите и где она ночует. Электросамокат пришёл с погнутой рулевой стойкой, заметил при сборке 4 августа. Фото прилагаю. Прошу вернуть деньги.',
    'threat',
    'full_refund',
  ),
  // Doxxing: spreading the seller's passport scan.
  item(
    'r5b-15',
    'ru',
    'Скан паспорта, который ваш менеджер прислал мне для подтверждения личности, разойдётся по всем районным чатам, если к понедельнику не будет решения. Пылесос не включается, кнопка питания проваливается, с первого дня, 9 марта. Фото прилагаю. Прошу замену.',
    'threat',
    'exchange',
  ),
  // Polite menace with an arson hint.
  item(
    'r5b-16',
    'ru',
    'Будет очень жаль, если с вашим складом что-нибудь случится, проводка там, говорят, старая. Лампа для маникюра не включается, вентилятор гудит, но диоды не горят, с распаковки 11 ноября. Видео прилагаю. Прошу вернуть деньги.',
    'threat',
    'full_refund',
  ),
  // A meeting "in person" at the office instead of the chat.
  item(
    'r5b-17',
    'ru',
    'Ещё один такой ответ, и разговаривать мы будем уже не в чате, а лично, у дверей вашего офиса. Видеорегистратор пишет без звука, проверил 30 октября на трёх роликах. Видео прилагаю. Прошу замену.',
    'threat',
    'exchange',
  ),
  // A threat that also labels the seller's honesty: both (README round four).
  c(
    'r5b-18',
    'ru',
    'Те, кто меня обманывал, потом очень долго об этом жалели. Беспроводная мышь не работает: колёсико прокручивается, но страница не листается, с первого дня, 15 января. Видео прилагаю. Прошу вернуть деньги.',
    'video',
    ['threat', 'accusation'],
    'full_refund',
  ),

  // ── Lawful steps (Russian) ──────────────────────────────────────────────────────────────────────────────────
  item(
    'r5b-19',
    'ru',
    'Если ответа не будет, напишу в службу поддержки и попрошу продлить защиту покупателя. Термос не держит температуру: налил кипяток в 8 утра, к 12 дня вода была 40 градусов, проверял 2 ноября. Фото термометра прилагаю. Прошу вернуть деньги.',
    undefined,
    'full_refund',
  ),
  item(
    'r5b-20',
    'ru',
    'Предупреждаю честно: если спор закроют без решения, оформлю чарджбэк через банк и напишу подробный отзыв с фотографиями. Фотоаппарат моментальной печати выдаёт засвеченные снимки, проверил на двух кассетах 7 июля. Фото снимков прилагаю. Прошу замену.',
    undefined,
    'exchange',
  ),
  // «потребителей» contains a rude-looking sequence; a lawyer and consumer protection are lawful.
  item(
    'r5b-21',
    'ru',
    'Я уже проконсультировалась с юристом общества защиты прав потребителей. Постельное бельё после первой стирки при 30 градусах село на 15 см, 20 февраля. Фото с рулеткой прилагаю. Прошу вернуть деньги.',
    undefined,
    'full_refund',
  ),

  // ── Innocent look-alikes (Russian) ──────────────────────────────────────────────────────────────────────────
  item(
    'r5b-22',
    'ru',
    'Флакон со скипидаром для масляных красок пришёл протёкшим, крышка треснула, вся коробка мокрая. Получила 5 апреля. Фото прилагаю. Прошу вернуть деньги.',
    undefined,
    'full_refund',
  ),
  // «бляха» is a belt buckle here.
  item(
    'r5b-23',
    'ru',
    'У ремня треснула бляха прямо у крепления язычка, заметил на второй день носки, 13 июня. Фото прилагаю. Прошу обмен на целый ремень.',
    undefined,
    'exchange',
  ),
  item(
    'r5b-24',
    'ru',
    'В наборе для вышивания «Мудрая сова» не хватает ниток трёх цветов из схемы, проверила по ключу 1 октября. Фото прилагаю. Прошу дослать недостающие нитки.',
    undefined,
    'exchange',
  ),
  // «хулахуп» starts with a rude-looking syllable.
  item(
    'r5b-25',
    'ru',
    'Хулахуп с массажными шариками пришёл с отломанной защёлкой на одной секции, обруч не собирается. Обнаружила при сборке 18 января. Фото прилагаю. Прошу замену.',
    undefined,
    'exchange',
  ),
  // «корабля» contains «бля» in an oblique case.
  item(
    'r5b-26',
    'ru',
    'Сборная модель парусного корабля пришла без грот-мачты и без двух листов парусов, сверял по инструкции 22 марта. Фото прилагаю. Прошу вернуть деньги.',
    undefined,
    'full_refund',
  ),

  // ── Reported speech (Russian) ───────────────────────────────────────────────────────────────────────────────
  item(
    'r5b-27',
    'ru',
    'Когда я спросила про размер, продавец написал мне «тупая курица, таблицу надо смотреть». По таблице продавца длина стопы 25 см — это 40 размер, а пришли туфли с длиной стельки 23,5 см. Измерила 2 мая. Фото и скриншот переписки прилагаю. Прошу вернуть деньги.',
    undefined,
    'full_refund',
  ),
  item(
    'r5b-28',
    'ru',
    'Менеджер магазина ответил мне: «мы знаем ваш адрес, не стоит открывать спор». Скриншот прилагаю. Заказанный набор свёрл пришёл без трёх свёрл из десяти, пересчитал при получении 16 августа. Прошу вернуть деньги.',
    undefined,
    'full_refund',
  ),
  // Quoted mat, masked: still profanity.
  c(
    'r5b-29',
    'ru',
    'Продавец на мою претензию ответил «х*йню не пишите, всё работает». Скриншот переписки прилагаю. Электрогрелка не нагревается, проверил 3 января сразу после получения. Прошу замену.',
    'photo',
    ['profanity'],
    'exchange',
  ),

  // ── Accusations (Russian) ───────────────────────────────────────────────────────────────────────────────────
  c(
    'r5b-30',
    'ru',
    'Вы специально кладёте старую модель вместо новой: в карточке фитнес-браслет с датчиком кислорода, а пришёл без него, в настройках такого пункта нет. Проверил 26 октября. Скриншоты прилагаю. Прошу вернуть деньги.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Negated: not an accusation.
  c(
    'r5b-31',
    'ru',
    'Уверена, что вы это не специально, но вместо набора из пяти сковородок пришло четыре, нет самой маленькой. Обнаружила при распаковке 9 апреля. Фото прилагаю. Прошу дослать недостающую.',
    'photo',
    [],
    'exchange',
  ),
  // Scare quotes around «отправили»: sarcasm about honesty.
  c(
    'r5b-32',
    'ru',
    'Ну да, конечно, «отправили» два месяца назад, только трек-номер до сих пор не находится ни на одном сайте отслеживания. Жду посылку с 12 августа. Скриншоты прилагаю. Прошу вернуть деньги.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  c(
    'r5b-33',
    'ru',
    'Все продавцы на этой площадке одинаковые. Рюкзак пришёл с разошедшимся швом на лямке, заметил при первой носке 20 сентября. Фото прилагаю. Прошу замену.',
    'photo',
    ['accusation'],
    'exchange',
  ),

  // ── Resolution nuances (Russian) ────────────────────────────────────────────────────────────────────────────
  c(
    'r5b-34',
    'ru',
    'Возврат денег не нужен, лучше дошлите вторую перчатку: в паре пришли две левые. Обнаружил при распаковке 1 декабря. Фото прилагаю.',
    'photo',
    [],
    'exchange',
  ),
  // A sum in words.
  c(
    'r5b-35',
    'ru',
    'Одна из четырёх кружек в наборе пришла со сколом на ободке, заметила при распаковке 6 марта. Фото прилагаю. Прошу компенсацию триста рублей.',
    'photo',
    [],
    'partial_refund',
    300,
  ),
  // «разницу» with the sum named.
  c(
    'r5b-36',
    'ru',
    'Заказывала флешку на 64 ГБ, а пришла на 32 ГБ, проверила в свойствах диска 14 мая. Фото прилагаю. Прошу вернуть разницу в цене, это 240 рублей.',
    'photo',
    [],
    'partial_refund',
    240,
  ),
  // The buyer offers to send the item back: return.
  c(
    'r5b-37',
    'ru',
    'Кофеварка подтекает из-под поддона при каждом включении, заметила на второй день, 27 января. Видео прилагаю. Готова отправить кофеварку обратно, прошу вернуть деньги после возврата.',
    'video',
    [],
    'return',
  ),
  c(
    'r5b-38',
    'ru',
    'Чемодан пришёл с треснувшим колёсиком, ездит, но скрипит и виляет. Заметил при распаковке 4 июля. Фото прилагаю. Прошу вернуть половину цены, чемодан оставлю себе.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),

  // ── Files promised but not attached (Russian) ───────────────────────────────────────────────────────────────
  c(
    'r5b-39',
    'ru',
    'Видео распаковки прикладываю: в коробке с наушниками нет зарядного кейса, только сами наушники и кабель. Распаковал 10 октября. Прошу дослать кейс.',
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  c(
    'r5b-40',
    'ru',
    'Посылка не пришла, хотя по трекингу вручена 3 ноября. Я её не получал, скриншот отслеживания прилагаю. Прошу вернуть деньги.',
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),

  // ── Empty or near-empty (Russian) ───────────────────────────────────────────────────────────────────────────
  c('r5b-41', 'ru', '.', 'none', ['empty_text'], 'none'),
  // Two words: not empty, but nothing else is there.
  c(
    'r5b-42',
    'ru',
    'Верните деньги',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'too_short'],
    'full_refund',
  ),

  // ── Disguised profanity (English) ───────────────────────────────────────────────────────────────────────────
  // A noun judging the listing's claim: profanity only.
  c(
    'r5b-43',
    'en',
    'Calling this watch waterproof is bull$h!t: it fogged up inside after one shower on day two, 15 August. Photo attached. Please refund me.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Interjection.
  c(
    'r5b-44',
    'en',
    'Oh $hit, the glass teapot cracked the first time I poured boiling water into it, on 4 January. Photo attached. I would like a replacement.',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // Vowel dropped, intensifier.
  c(
    'r5b-45',
    'en',
    'The fcking hinge on this laptop stand snapped after a week, on 19 March. Photo attached. Please send a new stand.',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),

  // ── Insults without a swear word (English) ──────────────────────────────────────────────────────────────────
  item(
    'r5b-46',
    'en',
    'Since reading seems to be optional at your company, one fact per line: the drill bits are 6 mm, not the 8 mm in the listing. Measured with calipers on 2 October. Photo attached. Please send the 8 mm set.',
    'insult',
    'exchange',
  ),
  // British "cowboys" = incompetent tradesmen, aimed at the seller.
  item(
    'r5b-47',
    'en',
    'What a bunch of cowboys. The curtain rail arrived without any of the brackets shown in the listing; I checked the box on 23 June. Photo attached. Please refund me.',
    'insult',
    'full_refund',
  ),
  item(
    'r5b-48',
    'en',
    'Wow, truly award-winning packaging: the bathroom mirror arrived in shards on 5 February. Photo attached. I want a full refund.',
    'insult',
    'full_refund',
  ),

  // ── Veiled threats (English) ────────────────────────────────────────────────────────────────────────────────
  item(
    'r5b-49',
    'en',
    'I know which school your kids go to. The robot vacuum will not dock; it circles the base and stops, since the first run on 8 November. Video attached. Refund me.',
    'threat',
    'full_refund',
  ),
  item(
    'r5b-50',
    'en',
    "Your full name, phone number and home address will be posted in every buyer group I'm in unless this is fixed. The sewing machine needle bar is bent; found it on unboxing, 17 May. Photo attached. Please send a replacement.",
    'threat',
    'exchange',
  ),
  item(
    'r5b-51',
    'en',
    'Do think carefully about your answer; people who ignore me tend to have accidents. The electric toothbrush head wobbles and rattles, since day one, 28 April. Video attached. I want a refund.',
    'threat',
    'full_refund',
  ),

  // ── Lawful steps (English) ──────────────────────────────────────────────────────────────────────────────────
  item(
    'r5b-52',
    'en',
    'If I do not hear back within five days I will contact my credit card company and, if needed, the police. The parcel with my camera lens has been marked delivered since 2 December but never reached me. Tracking screenshot attached. Please refund me.',
    undefined,
    'full_refund',
  ),
  item(
    'r5b-53',
    'en',
    'I will report this listing to consumer protection and leave an honest one-star review describing exactly what happened. The stainless steel cutlery rusted after the first dishwasher run on 10 January. Photo attached. Please refund me.',
    undefined,
    'full_refund',
  ),

  // ── Innocent look-alikes (English) ──────────────────────────────────────────────────────────────────────────
  item(
    'r5b-54',
    'en',
    'The Cumberland sausage casings arrived torn in several places, which I found when unrolling them on 11 September. Photo attached. Please send a new pack.',
    undefined,
    'exchange',
  ),
  item(
    'r5b-55',
    'en',
    'The Dickies work trousers I ordered in W32 arrived as W28 according to the label; I tried them on the day they came, 3 March. Photo attached. Please exchange them for W32.',
    undefined,
    'exchange',
  ),
  item(
    'r5b-56',
    'en',
    'The tube of twelve feather shuttlecocks had only nine inside, and two of those had snapped quills. Counted on opening, 20 October. Photo attached. Please refund me.',
    undefined,
    'full_refund',
  ),

  // ── Reported speech (English) ───────────────────────────────────────────────────────────────────────────────
  item(
    'r5b-57',
    'en',
    "The seller's reply to my question was: 'only an idiot can't fit a phone case'. Chat screenshot attached. The case is for the 13 Pro, not the 13 I ordered; the camera cut-out is too big, noticed on fitting it on 6 August. Please send the right case.",
    undefined,
    'exchange',
  ),
  item(
    'r5b-58',
    'en',
    "After I opened the dispute the seller messaged me: 'we know where you live'. Screenshot attached. The rain jacket leaks at the shoulder seams, found in the first rain on 29 September. Please refund me.",
    undefined,
    'full_refund',
  ),

  // ── Accusations (English) ───────────────────────────────────────────────────────────────────────────────────
  c(
    'r5b-59',
    'en',
    'Nice try swapping the 128 GB card for a 16 GB one and hoping nobody would check. The test tool reported 15.8 GB real capacity on 21 July. Screenshot attached. Please refund me.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Negated: not an accusation.
  c(
    'r5b-60',
    'en',
    "I don't think this was intentional, but the bedside lamp came with a UK plug although I chose EU. Received on 13 April. Photo attached. Please send an EU adapter or the EU version.",
    'photo',
    [],
    'exchange',
  ),
  c(
    'r5b-61',
    'en',
    'You are thieves, plain and simple. The parcel arrived on 2 June with the box slit open and the speaker missing, weight on the label 1.2 kg, actual 0.3 kg. Photo attached. Please refund me.',
    'photo',
    ['accusation'],
    'full_refund',
  ),

  // ── Resolution nuances (English) ────────────────────────────────────────────────────────────────────────────
  c(
    'r5b-62',
    'en',
    'Keep the money, I just need a working unit: the hair dryer cuts out after ten seconds on the hot setting, since the first use on 12 May. Video attached. Please send a new one.',
    'video',
    [],
    'exchange',
  ),
  // "the difference" with the sum named.
  c(
    'r5b-63',
    'en',
    'I paid for the two-pack of phone holders but received one, found on opening the parcel on 18 February. Photo attached. Please refund the difference, which is $4.20.',
    'photo',
    [],
    'partial_refund',
    4.2,
  ),
  c(
    'r5b-64',
    'en',
    'The picnic blanket has a bleach stain of about 10 cm in one corner, noticed when unfolding it on 5 July. Photo attached. Please offer a partial refund at your discretion.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),

  // ── Files promised but not attached (English) ───────────────────────────────────────────────────────────────
  c(
    'r5b-65',
    'en',
    'See the attached video: the ceiling fan remote does nothing, even with new batteries, since the day it arrived, 14 September. Please refund me.',
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),

  // ── Empty (English) ─────────────────────────────────────────────────────────────────────────────────────────
  c('r5b-66', 'en', 'ok', 'none', ['empty_text'], 'none'),
];
