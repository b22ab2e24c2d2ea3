import { labelled as c, type CorpusCase } from './types';

/**
 * Round forty-six, hold-out set n: disputes about children's goods, toys, baby products and school supplies, written
 * by parents and grandparents (scared, furious or calm), with innocent traps from children's words and toy names.
 * Written by a hand that has not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md and
 * DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Toy, book and product names with rude-looking words («попа» of a potty seat, «пописать» of a doll, «лизун»,
 *   «какашки» squishies, «пукалка», "Dick and Jane", "Bitey", the "Boob" bottle, "cock-a-doodle-doo", "nipple" of a
 *   bottle, "bottom" of a plush) are innocent.
 * - A child's words retold by the parent follow the relative's rule of rounds thirty and thirty-eight: name-calling the
 *   parent disowns is not the parent's (r46n-58); retold mat the parent agrees with stays profanity (r46n-36); a rude
 *   word only described, never written («сказал слово, которое я повторять не буду»), is clean (r46n-35).
 * - A near miss told plainly ("she nearly choked", «вынула у неё изо рта») is no feeling without an affect word;
 *   "terrified", «в шоке», «расстроился» of a child, «в слезах», «обидно до слёз», «кошмар» are.
 * - «Фото есть» names evidence without saying it is attached: neither `missing_evidence` nor `evidence_not_attached`.
 * - A clown emoji aimed at the staff is an insult only, not an emotive emoji (round twenty-six).
 * - «Пришлите пульт / болты / пелёнки» and "send the missing croc" are exchanges; a repair part asked for too.
 * - A partial refund "for the difference" or "for the missing ones" with a named sum has that sum.
 */
export const ROUND46_HOLDOUT_N: CorpusCase[] = [
  // «попа» of a potty seat, complete and calm
  c(
    'r46n-01',
    'ru',
    `Заказывала детский горшок «Королевский трон» (белый). При распаковке 3 февраля обнаружила, что край сиденья не зашлифован: острый заусенец прямо там, где сидит попа. Фото края приложила. Прошу замену на целый горшок.`,
    'photo',
    [],
    'exchange',
  ),
  // scared parent, name-calling for whoever approved the toy, no affect word
  c(
    'r46n-02',
    'en',
    `The eye on this teddy bear came off in my 2yo's mouth on Tuesday night, she nearly choked on it. Whoever signed off on button eyes for a baby toy is a brainless idiot. Photo of the bear and the loose eye attached. Full refund.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // «лизун» trap; child upset is emotional; partial with sum, no time, no evidence
  c(
    'r46n-03',
    'ru',
    `Набор для слаймов «Лизун-мастер»: активатора нет, хотя в описании указана бутылочка 100 мл. Ребёнок расстроился. Прошу вернуть 250 руб за активатор.`,
    'none',
    ['emotional', 'missing_when', 'missing_evidence'],
    'partial_refund',
    250,
  ),
  // mat as an interjection from a furious parent; sending back = return
  c(
    'r46n-04',
    'ru',
    `Блять, сын порезал палец о пряжку автокресла! Автокресло Baby Safe 0+ пришло 12.11, сегодня впервые пристегнула ребёнка — у металлической пряжки торчит необработанная острая кромка. Видео пряжки прикрепила. Отправлю кресло обратно, верните деньги.`,
    'video',
    ['profanity', 'emotional'],
    'return',
  ),
  // "Dick and Jane" books, missing volume, partial with $
  c(
    'r46n-05',
    'en',
    `Ordered the "Fun with Dick and Jane" reading set (6 books). Opened the box on 14 March: book 4 is missing, only 5 books in the shrink wrap. Photo of the set next to the list on the back cover is attached. Please refund $7 for the missing book.`,
    'photo',
    [],
    'partial_refund',
    7,
  ),
  // two capitalised words shout; no evidence
  c(
    'r46n-06',
    'ru',
    `Видеоняня VB603 перестала показывать картинку НОЧЬЮ, экран чёрный, звук при этом есть. Куплена 20 декабря, сломалась через 9 дней. Я ВООБЩЕ не спала. Хочу полный возврат.`,
    'none',
    ['emotional', 'missing_evidence'],
    'full_refund',
  ),
  // grandparent, veiled threat (knows where the warehouse is, a relative goes there)
  c(
    'r46n-07',
    'en',
    `The strap of the school backpack ripped off at the seam on the second day of school and my grandson's books went all over the road. Picture of the torn seam is in the form. I want my money back. I know where your warehouse is in Shenzhen, and my son-in-law flies there every month. Think about it.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «не пишут» of pens, calm partial with ₽
  c(
    'r46n-08',
    'ru',
    `Набор гелевых ручек для школы, 24 цвета. Открыли 1 сентября: 7 ручек вообще не пишут, стержни сухие, расписать не получилось. На видео пробую каждую на бумаге. Прошу частичный возврат 180 ₽ за эти 7 ручек.`,
    'video',
    [],
    'partial_refund',
    180,
  ),
  // «бараны» aimed at the staff; toxic smell set against the listing
  c(
    'r46n-09',
    'ru',
    `Поп-ит «Единорог»: в описании пищевой силикон без запаха, а он воняет резиной так, что у дочки после игры разболелась голова. Получили 5 мая, запах с первого дня не выветривается. Вы там вообще нюхаете, что продаёте, бараны? Фото упаковки без маркировки прикладываю. Верните деньги.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // poop emoji plush and its "bottom" are innocent; vague request
  c(
    'r46n-10',
    'en',
    `The poop emoji plush my son picked arrived brown and smiling as it should, but one of the eyes is sewn on upside down and the stuffing pokes through the seam on its bottom. Could you do something about it?`,
    'none',
    ['missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // «вы специально» is an accusation even beside measured facts
  c(
    'r46n-11',
    'ru',
    `Коляска прогулочная Yoya: вместо заявленных колёс 17 см пришли 12 см, сверили рулеткой при сборке 3 октября. Фото с рулеткой приложено. Вы специально в описании пишете одно, а шлёте другое, чтобы сэкономить. Хочу обмен на коляску с правильными колёсами.`,
    'photo',
    ['accusation'],
    'exchange',
  ),
  // toy named "Bitey", missing piece sent = exchange
  c(
    'r46n-12',
    'en',
    `My daughter's teething toy "Bitey the Croc" (green, 3-pack) came with only 2 crocs. Noticed when unpacking on June 2; a photo of what was in the box is attached. Please send the missing croc.`,
    'photo',
    [],
    'exchange',
  ),
  // masked mat next to a fraud label: profanity and accusation, not a cry (round 27)
  c(
    'r46n-13',
    'ru',
    `Детские часы Q12 с GPS показывают ребёнка в соседнем районе, погрешность 2 км — проверили с мужем 10 января, стоя рядом с сыном. Скрины из приложения приложены. Продавцы — кидалы еб@ные. Верните всё до копейки.`,
    'photo',
    ['profanity', 'accusation'],
    'full_refund',
  ),
  // "terrified" is a feeling; otherwise complete
  c(
    'r46n-14',
    'en',
    `I'm honestly terrified. The ISOFIX latch on the car seat releases by itself when I pull the seat forward — found out on Sunday when I buckled my baby in. Video attached. Full refund please.`,
    'video',
    ['emotional'],
    'full_refund',
  ),
  // «сосёт соску» trap, calm, full refund
  c(
    'r46n-15',
    'ru',
    `Соски-пустышки Avent 0-6 мес, 2 шт. Через неделю использования на одной появилась трещина у основания: сын сосёт соску, и кусочек силикона отходит. Фото трещины во вложении. Прошу вернуть полную стоимость.`,
    'photo',
    [],
    'full_refund',
  ),
  // "What the fuck ...??" as a cry: profanity and emotional
  c(
    'r46n-16',
    'en',
    `What the fuck is in this slime kit?? My 7 year old's hands went red and itchy after 10 minutes with it yesterday. There's no ingredient list anywhere on the tubs. Photos of her hands and the tubs attached. I want a full refund.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // wrong size on the label; partial without a sum; no time
  c(
    'r46n-17',
    'ru',
    `Школьная форма для девочки, размер 134: юбка пришла размера 122, на бирке так и написано. Фото бирки прикрепила. Юбку перешью сама, верните часть денег.`,
    'photo',
    ['missing_when', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // grandparent, offers to post it back = return
  c(
    'r46n-18',
    'en',
    `Bought a wooden abacus for my granddaughter. When I unpacked it on 8 February, two of the wires were bent and 4 beads were loose in the box. I've added photos showing the bent wires. I'm happy to post it back for a refund.`,
    'photo',
    [],
    'return',
  ),
  // harm wished on the seller's children (round 44)
  c(
    'r46n-19',
    'ru',
    `Погремушка развалилась у дочки в руках на третий день, мелкие шарики из неё рассыпались, один я вынула у неё изо рта. Видео прикладываю. Желаю, чтобы ваши дети поиграли с такими же погремушками. Верните деньги.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // «пукалка» trap; no evidence
  c(
    'r46n-20',
    'ru',
    `Подушка-пукалка для внука пришла проколотой: дырка у клапана, воздух сразу выходит, звука никакого. Получили 23 апреля. Прошу прислать новую.`,
    'none',
    ['missing_evidence'],
    'exchange',
  ),
  // the "Boob" bottle is a product name; "see the photo" with no file
  c(
    'r46n-21',
    'en',
    `The "Boob" anti-colic bottle (the breast-shaped one, 240 ml) leaks from the base ring after every wash, noticed on the 4th day. See the photo of the wet tea towel. Please send a replacement bottle.`,
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // «пописать» of a doll and a child's words quoted; calm
  c(
    'r46n-22',
    'ru',
    `Кукла «Маша-пописай» (пьёт из бутылочки и должна пописать на горшок): вода не выходит, трубка внутри пережата. Дочка сказала: «Мама, кукла не может пописать, она заболела». Обнаружили 2 марта, при первом же кормлении куклы. Видео прикладываю. Прошу обмен на исправную куклу.`,
    'video',
    [],
    'exchange',
  ),
  // sarcastic praise of quality control: insult
  c(
    'r46n-23',
    'en',
    `Bravo to your quality control geniuses: the front wheel of the kids' scooter fell off on the first ride, 21 May. My son has a scraped chin. Video of the wheel attached. Refund in full.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // generic «бракованный», no time; «Фото есть» names evidence without attaching
  c(
    'r46n-24',
    'ru',
    `Подарила внуку конструктор на день рождения, а он оказался бракованный, совсем не соответствует описанию. Фото есть. Верните деньги.`,
    'none',
    ['missing_what', 'missing_when'],
    'full_refund',
  ),
  // calm, short, a replacement asked
  c(
    'r46n-25',
    'en',
    `Rain cover for the stroller: the zip pull snapped off the first time I used it, on 3 November. Photo attached. A replacement cover would be fine.`,
    'photo',
    [],
    'exchange',
  ),
  // «засужу» is a threat (round 44); «к чертям» is not rude
  c(
    'r46n-26',
    'ru',
    `Ночник-проектор для детской перегрелся и оплавился через 40 минут работы, 7 июля, в комнате пахло пластиком. Фото оплавленного корпуса приложено. Верните деньги, иначе засужу вас к чертям.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «какашки» squishies; no request
  c(
    'r46n-27',
    'ru',
    `Игрушка «Весёлые какашки» (сквиши в виде какашек, набор 3 шт.) пришла в количестве 2 шт., третьей нет. Посылку получила 18.09, распаковывала на видео. Видео прикрепила.`,
    'video',
    ['missing_resolution'],
    'none',
  ),
  // scare quotes around "mistake": accusation
  c(
    'r46n-28',
    'en',
    `Ordered a size 7T snowsuit, got a 4T — label photo attached. Opened it on 12 December. Funny how the "mistake" always goes in the seller's favour. I'll send it back for a full refund.`,
    'photo',
    ['accusation'],
    'return',
  ),
  // packers compared to monkeys: insult
  c(
    'r46n-29',
    'ru',
    `Рюкзак школьный ортопедический: спинка не жёсткая, внутри вместо пластины картонка — разрезали чехол 2 сентября, когда спинка прогнулась. Фото картонки приложила. Ваши упаковщики-мартышки ещё и лямку порвали. Возврат полной суммы.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // capacity mismatch with a screenshot, partial with $
  c(
    'r46n-30',
    'en',
    `Kids' tablet (pink case, listed as 32 GB): Settings shows 16 GB total storage. Checked the day it arrived, 9 April; screenshot of the storage screen attached. Please refund $20 of the price for the missing capacity.`,
    'photo',
    [],
    'partial_refund',
    20,
  ),
  // tears are emotional; receipt date next to the defect is the time
  c(
    'r46n-31',
    'ru',
    `Заказала дочке платье на выпускной в садике, размер 116. Пришло 20 мая с пятном краски на подоле и оторванной бусиной. Дочка в слезах, я тоже. Фото пятна приложила. Прошу вернуть 1 200 ₽, бусину пришью сама, пятно попробую отстирать.`,
    'photo',
    ['emotional'],
    'partial_refund',
    1200,
  ),
  // "you absolute muppets" at the staff: insult
  c(
    'r46n-32',
    'en',
    `You absolute muppets sent my baby's crib mattress with a tear right across the cover, found it when unrolling it on Friday. Pictures attached. Send a new one.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // transliterated Russian, calm and complete
  c(
    'r46n-33',
    'ru',
    `Zakazala detskie rezinovye sapogi razmer 25, prishli 23 (na podoshve tak i napisano). Obnaruzhila 14 oktyabrya pri primerke, foto podoshvy prilozhila. Proshu obmen na 25 razmer.`,
    'photo',
    [],
    'exchange',
  ),
  // "junk" judges the item; nothing concrete
  c(
    'r46n-34',
    'en',
    `The toy kitchen set is junk. Half of it doesn't work properly. Refund me please.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // a child's rude word described, never written: clean
  c(
    'r46n-35',
    'ru',
    `Сын открыл пенал и сказал слово, которое я тут повторять не буду. И он прав: молния на пенале оторвалась вместе с бегунком в первый же учебный день, 1 сентября. Фото приложено. Прошу замену пенала.`,
    'photo',
    [],
    'exchange',
  ),
  // grandson's mat quoted and agreed with: profanity
  c(
    'r46n-36',
    'en',
    `My grandson opened the drone box on Christmas morning and said, pardon me, "it's a piece of shit, Nana" — and he's right: the left rear propeller motor doesn't spin at all. Video attached. I'd like a full refund.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
  // compensation without a sum, no evidence
  c(
    'r46n-37',
    'ru',
    `Набор фломастеров 36 цветов, а пришло 30 — пересчитали с дочкой при распаковке. Компенсируйте недостающие.`,
    'none',
    ['missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // return once a label is sent
  c(
    'r46n-38',
    'en',
    `The stroller's rear brake doesn't lock: with the pedal pressed, the wheel still turns freely. Assembled it on 30 August and it has been like this from day one. Video of the pedal and wheel attached. I will return the stroller if you send a return label; please refund on receipt.`,
    'video',
    [],
    'return',
  ),
  // knowing the seller's wife and workplace: threat
  c(
    'r46n-39',
    'ru',
    `Качели-шезлонг для новорождённого: мотор гудит и останавливается через минуту, так с первого дня (получили 11 ноября). Видео прикладываю. Я нашла ваш профиль, знаю, как зовут вашу жену и где она работает. Верните деньги по-хорошему.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // "!!" is emotional; otherwise complete
  c(
    'r46n-40',
    'en',
    `Baby monitor camera stopped connecting to the parent unit after 3 nights!! Red light blinking, "no signal" on the screen. Photo of the screen attached. Please exchange it.`,
    'photo',
    ['emotional'],
    'exchange',
  ),
  // count short in a pack of diapers, partial with руб.
  c(
    'r46n-41',
    'ru',
    `Трусики-подгузники размер L, на упаковке написано 44 шт., при вскрытии 6 июня насчитала 38. Снимок разложенных подгузников во вложении. Прошу вернуть 90 руб. за 6 недостающих штук.`,
    'photo',
    [],
    'partial_refund',
    90,
  ),
  // calm, a helmet that will not tighten
  c(
    'r46n-42',
    'ru',
    `Детский велошлем, размер S (48–52 см): регулировочное колёсико на затылке прокручивается и не фиксирует обхват. Заметили 27 апреля на первой прогулке, видео приложено. Прошу замену шлема.`,
    'video',
    [],
    'exchange',
  ),
  // "cock-a-doodle-doo" of a sound book is innocent
  c(
    'r46n-43',
    'en',
    `Farm animal sound book: the rooster button (the "cock-a-doodle-doo" one) and the cow button make no sound, the other 6 buttons work. We found it on 5 January and put in new batteries the same day; still silent. Short video attached. Please send a replacement book.`,
    'video',
    [],
    'exchange',
  ),
  // «обманщики»: accusation beside facts
  c(
    'r46n-44',
    'ru',
    `Детский термос 350 мл: при переворачивании течёт из-под клапана крышки, проверили 12 января над раковиной, видео прикреплено. Вы обманщики, пишете «герметичный», а он течёт. Хочу возврат денег.`,
    'video',
    ['accusation'],
    'full_refund',
  ),
  // "disappointed" and no request
  c(
    'r46n-45',
    'en',
    `I'm so disappointed. The doll's hair started falling out in clumps the first time my daughter brushed it, two days after it arrived. Photos attached.`,
    'photo',
    ['emotional', 'missing_resolution'],
    'none',
  ),
  // «для тупеньких»: condescension is an insult
  c(
    'r46n-46',
    'ru',
    `Объясняю для тупеньких ещё раз: заказывала пелёнки 5 шт., пришло 3. Посылку вскрывала на почте 2 февраля, видео вскрытия прикладываю. Досылайте две пелёнки.`,
    'video',
    ['insult'],
    'exchange',
  ),
  // masked mat adjective before the item: intensifier, profanity and emotional (round 13)
  c(
    'r46n-47',
    'ru',
    `Этот е*аный манеж складывается сам, когда ребёнок встаёт у бортика: фиксатор не защёлкивается до конца. Так с первого дня. Видео приложено. Возврат денег.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // calm, school calculator
  c(
    'r46n-48',
    'en',
    `Scientific calculator for my son's exams: the 7 key needs three presses to register. Noticed on 2 May during his revision, short video attached. Please refund the full price.`,
    'video',
    [],
    'full_refund',
  ),
  // missing bolts sent = exchange; no time, no evidence
  c(
    'r46n-49',
    'ru',
    `Кроватка-трансформер: в комплекте не хватает двух болтов М6 для боковой стенки, собрать невозможно. Пришлите болты.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'exchange',
  ),
  // "it would be a shame if ..." with the seller's home number: threat
  c(
    'r46n-50',
    'en',
    `Your high chair tray cracked along the clip on day 3, food everywhere. Pictures attached. Refund it. It would be a shame if your shop name ended up in every parents' group in town with your home number next to it.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // grandmother, polite, wrong colour
  c(
    'r46n-51',
    'ru',
    `Здравствуйте. Я бабушка, покупала внучке зимний комбинезон 92 размера, цвет розовый. Пришёл голубой, размер правильный. Обнаружила при вскрытии пакета 3 декабря. Фотографию прикладываю. Прошу поменять на розовый, если есть, внучка ждёт.`,
    'photo',
    [],
    'exchange',
  ),
  // «в шоке» is emotional
  c(
    'r46n-52',
    'ru',
    `Я в шоке: в бутылочке для кормления на дне чёрная частица, прямо внутри пластика, видно на просвет. Заметила при первой стерилизации. Фото приложила. Замена.`,
    'photo',
    ['emotional'],
    'exchange',
  ),
  // says the photo is attached, form has none; partial with £
  c(
    'r46n-53',
    'en',
    `Magnetic tiles set, 100 pcs advertised, 86 in the box — counted on 19 Jan, and a photo of the tiles laid out is attached. Refund £6 for the missing 14.`,
    'none',
    ['evidence_not_attached'],
    'partial_refund',
    6,
  ),
  // transliterated mat as an interjection
  c(
    'r46n-54',
    'ru',
    `Blyat, opyat eti chasy: detskie smart-chasy ne vidyat SIM-kartu, na ekrane "No SIM" s pervogo dnya. Video prilozhila. Vernite dengi.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // "braindead" at the staff: insult
  c(
    'r46n-55',
    'en',
    `Are you lot braindead? Third message: the baby carrier's waist buckle snapped on 2 October, photo of the broken buckle attached. Send a new buckle or a new carrier.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // «учусь писать» trap; offer to send back = return
  c(
    'r46n-56',
    'ru',
    `Обучающий планшет «Учусь писать»: стилус перестал писать на экране через 5 дней, буквы не прорисовываются, реагирует только верхний левый угол. Видео прилагаю. Верните, пожалуйста, деньги, могу отправить планшет обратно.`,
    'video',
    [],
    'return',
  ),
  // costume seam, partial with USD
  c(
    'r46n-57',
    'en',
    `The dinosaur costume (age 5-6) came with the tail half detached: the stitching along the back seam is open for about 10 cm. Found it on 28 October when my son tried it on. Photo attached. A partial refund of 8 USD would cover the tailor.`,
    'photo',
    [],
    'partial_refund',
    8,
  ),
  // a child's name-calling retold and disowned: not the writer's
  c(
    'r46n-58',
    'ru',
    `Сын (6 лет) сказал: «Продавец дурак, прислал машинку без пульта». Я с ним не согласна, наверное, просто забыли положить. Радиоуправляемая машинка пришла 15 августа без пульта, в коробке только машинка и зарядка. Пришлите пульт, пожалуйста.`,
    'none',
    ['missing_evidence'],
    'exchange',
  ),
  // «обидно до слёз», no request
  c(
    'r46n-59',
    'ru',
    `Обидно до слёз. Ждали этот кукольный домик к Новому году, а у него отломана лестница и треснула крыша — так он и пришёл 28 декабря. Фото приложила.`,
    'photo',
    ['emotional', 'missing_resolution'],
    'none',
  ),
  // threat aimed at the courier counts
  c(
    'r46n-60',
    'ru',
    `Курьер перебросил коробку с детским автокреслом через забор 4 марта, у кресла треснула база. Фото трещины приложено. Если этот курьер ещё раз появится у моего дома, ноги ему переломаю. Верните деньги за кресло.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // grandfather's formal letter, calm
  c(
    'r46n-61',
    'en',
    `Dear seller, I purchased a wooden train set for my grandson. On opening the parcel on 17 September I found the locomotive's front axle bent, so it will not roll on the track. Photographs enclosed with this form. I should be grateful for a replacement locomotive.`,
    'photo',
    [],
    'exchange',
  ),
  // first use on the day of the event is the time (round 42); return
  c(
    'r46n-62',
    'ru',
    `Конверт на выписку из роддома, бежевый: молния расходится за бегунком по всей длине. Заметили 9 июля, в день выписки, при первом же застёгивании. Видео прикладываю. Хочу вернуть конверт и получить деньги назад.`,
    'video',
    [],
    'return',
  ),
  // masked "a$$holes" aimed at the packers: profanity and insult
  c(
    'r46n-63',
    'en',
    `Which a$$holes packed a glass baby bottle loose in a plastic bag? It arrived on 6 June shattered, shards all through the bag. Photo attached. Refund.`,
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // clown emoji aimed at the assemblers: insult (round 26)
  c(
    'r46n-64',
    'ru',
    `Робот-трансформер пришёл без обеих рук (две детали), распаковали 10 апреля, фото есть во вложении. Ваши сборщики 🤡🤡. Пришлите детали.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // concrete fault only; no time, no evidence
  c(
    'r46n-65',
    'en',
    `The kids' smartwatch SOS button calls the wrong number: it still dials my old number even after I changed it in the app. Please refund me.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // grandfather, calm, full refund
  c(
    'r46n-66',
    'ru',
    `Глобус с подсветкой для внука-пятиклассника. Подсветка не включается ни от сети, ни от кнопки, лампа целая — проверили сразу при получении, 11.09.2024. Видео с проверкой прикрепил. Прошу полный возврат.`,
    'video',
    [],
    'full_refund',
  ),
  // mat as a predicate judging the item, no "!": profanity only (round 13)
  c(
    'r46n-67',
    'ru',
    `Ходунки детские: переднее колесо заклинивает, ребёнок не может ехать вперёд, с первого дня (получили 2 августа). Видео приложено. Ходунки эти — хуйня полная. Отправлю их обратно, верните деньги.`,
    'video',
    ['profanity'],
    'return',
  ),
  // "Scammers!!": emotional and accusation
  c(
    'r46n-68',
    'en',
    `Scammers!! The "organic cotton" baby sleepsuits are 100% polyester according to the sewn-in label. Found out on 3 Feb. Photo of the label attached. Refund in full.`,
    'photo',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // «лизун» by weight; "the difference" with a named sum
  c(
    'r46n-69',
    'ru',
    `Лизун-антистресс «Гусеница», заявлена банка 200 г, а пришла на 80 г — и на этикетке 80 г, проверили на кухонных весах 21 ноября. Фото весов и этикетки приложено. Прошу вернуть 150 ₽ разницы.`,
    'photo',
    [],
    'partial_refund',
    150,
  ),
  // kids' car sunshade, partial with €
  c(
    'r46n-70',
    'en',
    `Car sunshades for the rear windows (kids' cartoon print): one of the two suction cups is cracked and won't hold. Noticed when fitting them on 12 July; photo of the cracked cup attached. Please refund €3.50, since only one shade is usable.`,
    'photo',
    [],
    'partial_refund',
    3.5,
  ),
  // a brother at customs holding the next parcels: threat
  c(
    'r46n-71',
    'ru',
    `Детский электромобиль пришёл с треснувшим аккумулятором, 16 июня, фото приложено. Мой брат работает на таможне в Забайкальске, и ваши следующие посылки там могут очень надолго застрять. Верните деньги.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "Screw you." is profanity (round 45), no cry
  c(
    'r46n-72',
    'en',
    `Screw you. The silicone teether arrived on 2 March with black mould spots inside the ring, photo attached. Full refund.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // «кошмар» and a bare «брак»
  c(
    'r46n-73',
    'ru',
    `Кошмар какой-то, а не санки. Брак. Обнаружили на первой же горке 10 января, видео приложила. Хочу деньги назад.`,
    'video',
    ['emotional', 'missing_what'],
    'full_refund',
  ),
  // smell set against the listing; return at the seller's cost
  c(
    'r46n-74',
    'ru',
    `Поп-ит квадратный 20×20, заявлен силикон без запаха, а пришёл с резким запахом бензина. Открыли пакет 5 сентября, за неделю на балконе запах не выветрился. Фото пакета прилагаю, могу снять и видео. Товар вышлю обратно за ваш счёт, прошу полный возврат.`,
    'photo',
    [],
    'return',
  ),
  // "What should I do?" asks for nothing
  c(
    'r46n-75',
    'en',
    `Hi, the volume limiter on the kids' headphones doesn't work, the volume goes well above 85 dB — measured with a phone app on 20 August, screenshot attached. What should I do?`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // shouting and calling the staff kindergartners: insult and emotional
  c(
    'r46n-76',
    'ru',
    `ВЫ ТАМ ВСЕ ДЕТСАДОВЦЫ? Конструктор на 500 деталей, а в пакетах 380, пересчитывали два вечера, 14 и 15 февраля. Фото пакетов. Верните 1000 ₽ за недостачу.`,
    'photo',
    ['insult', 'emotional'],
    'partial_refund',
    1000,
  ),
  // bottle "nipple" is innocent
  c(
    'r46n-77',
    'en',
    `The bottle nipples are Level 3 (fast flow) instead of the Level 1 I ordered; the number is moulded on each nipple. Spotted when sterilising them on 25 April. Photo attached. Please send Level 1 nipples.`,
    'photo',
    [],
    'exchange',
  ),
  // «смотрите видео» with no file
  c(
    'r46n-78',
    'ru',
    `Смотрите видео: у детского электромобиля не работает задний ход, при нажатии педали назад только щелчок. Получили 30 мая, проверили в тот же день. Пришлите, пожалуйста, новый блок управления.`,
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // the seller's mat quoted as evidence stays profanity
  c(
    'r46n-79',
    'ru',
    `Продавец в переписке ответил мне: «иди нахуй, мамаша». Скрин прикладываю. Речь о детском манеже: сетка порвана по шву, обнаружила 8 марта при сборке. Прошу полный возврат.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // grandmother, calm partial with $
  c(
    'r46n-80',
    'en',
    `Grandma here. The reflective strip on the school backpack peeled off entirely after the first rainy day, 11 September. Photo of the strip attached. Partial refund of $5 please, my grandson still uses the bag.`,
    'photo',
    [],
    'partial_refund',
    5,
  ),
];
