import { labelled as c, type CorpusCase } from './types';

/**
 * Round eighteen, hold-out set w: young parents and teenagers writing as in a messenger (slang, memes, emoji, caps,
 * stretched letters, home-made masked swearing, outbursts and deadpan). Written by a hand that has not read the
 * analyzer's rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - A file in the form counts as evidence; `missing_evidence` only when the form has no file and the text names none.
 * - A receipt date next to the problem ("получила вчера", "arrived tuesday") counts as when.
 * - Stretched mat set off as its own sentence («ну пи3деееец», "f u c k i n g hell") is profanity and emotional.
 * - Home-made masks that still read as the word («пиzд0с», «х*ета», «еб@нутые», Cyrillic look-alikes in "bullѕhіt")
 *   are profanity; «г*вно» as a predicate about the item without "!" is profanity only.
 * - Teen name-calling at staff ("нубы", "smooth brain", "NPCs") is an insult; chat filler ("лол", "bro", «плиз»,
 *   «ребят», «короче») is neither rude nor emotional.
 * - Emoji 😭 😡 🤬 🙄 🤡 in a row count as emotive; «я плачу» and "my daughter cried" are affect; «что за дела» is not.
 * - Stretched screams in caps ("NOOOOO WHYYYY") are two capitalised words; a single caps word («СИНИЙ») is not.
 * - Words and names with rude-looking pieces (бляха on a belt, скипидар, оскорблять, команда, «Хулиган», Ебург,
 *   cockapoo, Dick Bruna, Scunthorpe, Shitterton, Penistone, shiitake, cocktail, pussy willow, titmouse) are innocent.
 * - "Refund £12 of the price and I'll keep them" is a partial refund of 12; «бабки» for money is a full refund.
 */
export const ROUND18_HOLDOUT_W: CorpusCase[] = [
  // slang and "лол" only; size mismatch, opening date, photo, refund: ready
  c(
    'r18w-01',
    'ru',
    'Всем привет) заказала мелкому пижаму с динозаврами, на сайте размер 110, а пришла с биркой 86 — он туда только руку засунет лол. Вскрыла пакет 14 мая прям на почте, фото бирки рядом с линейкой прикрепила. Возвращать через полстраны не хочу, плиз просто верните деньги',
    'photo',
    [],
    'full_refund',
  ),
  // "cockapoo" is a dog breed; "lol" and one "!" are fine; ready
  c(
    'r18w-02',
    'en',
    'hey! ordered a raincoat for our cockapoo, listing says size L fits 45cm back length, this one is 31cm, measured it the day it arrived (june 4). pics attached. pls refund, not worth shipping back lol',
    'photo',
    [],
    'full_refund',
  ),
  // stretched digit-masked mat as a sentence of its own: profanity and emotional
  c(
    'r18w-03',
    'ru',
    'ну пи3деееец. кроссы 38 размера, подошва на левом отклеилась на третий день, я в них просто до школы дошла и обратно. фото прикрепила. верните деньги',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // «бляха» is a belt buckle; money declined, correct part asked: exchange, ready
  c(
    'r18w-04',
    'ru',
    'Добрый день. Брал ремень с металлической бляхой «волк», в карточке бляха матовая чёрная, пришла золотая глянцевая, ещё и с царапиной через всю морду волка. Обнаружил 3 июня при распаковке, фото прикладываю. Деньги не нужны, пришлите чёрную бляху как в описании, ремень оставлю себе',
    'photo',
    [],
    'exchange',
  ),
  // spaced-out f-word as an interjection
  c(
    'r18w-05',
    'en',
    'f u c k i n g hell. the baby monitor camera arrived with a cracked lens, found it when unboxing on 3/12. photo attached. send me a new one',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // «для особо одарённых» talks down; one caps word only; receipt date counts as when
  c(
    'r18w-06',
    'ru',
    'Объясняю для особо одарённых на складе: я заказывала СИНИЙ рюкзак, а пришёл розовый с единорогами. Сыну 14 лет, он с ним в школу не пойдёт, угадайте почему. Получила вчера. Верните деньги.',
    'none',
    ['insult', 'missing_evidence'],
    'full_refund',
  ),
  // "Dick Bruna" and "Scunthorpe" are names; ready
  c(
    'r18w-07',
    'en',
    "Hi, the Miffy night light (Dick Bruna design per the listing) arrived at my flat in Scunthorpe on 2 May with the USB port pushed inside the housing, it won't take a cable at all. Photos attached. Please refund me.",
    'photo',
    [],
    'full_refund',
  ),
  // brother near the warehouse "may drop by to talk": veiled visit threat
  c(
    'r18w-08',
    'ru',
    'Короче. Кофемолка не мелет, нож крутится вхолостую с первого включения, получили 2 дня назад. Я нашёл ваш магазин на карте, у меня брат в Иу учится, это рядом с вашим складом. Он может зайти лично поговорить, если деньги не вернёте. Думаю, вы поняли.',
    'none',
    ['threat', 'missing_evidence'],
    'full_refund',
  ),
  // scream and crying emoji: emotional; otherwise complete
  c(
    'r18w-09',
    'ru',
    'ААААА ну почему вечно со мной так 😭😭 заказала чехол на телефон с котиками, пришёл с надписью на китайском и без котиков вообще. открыла посылку 20.04, фото тут. замените пожалуйста на тот что с котиками',
    'photo',
    ['emotional'],
    'exchange',
  ),
  // "smooth brain" at the packer is name-calling
  c(
    'r18w-10',
    'en',
    'which smooth brain packed this. ordered 3 phone stands, got 3 phone cases. arrived tuesday. just send the stands',
    'none',
    ['insult', 'missing_evidence'],
    'exchange',
  ),
  // scare-quoted «случайно» is sarcasm about honesty; sum for missing pairs
  c(
    'r18w-11',
    'ru',
    'ну да, ну да, «случайно» положили в коробку одну пару носков вместо пяти. третий раз у вас заказываю и третий раз такое «случайно». пришло 2 февраля. верните 480 рублей за 4 недостающие пары',
    'none',
    ['accusation', 'missing_evidence'],
    'partial_refund',
    480,
  ),
  // "classic bait and switch" is a fraud label even with facts
  c(
    'r18w-12',
    'en',
    'Classic bait and switch. The listing shows a solid wood bookshelf, what came is MDF with a wood-look sticker peeling off the corner. Unboxed Sept 9, photos attached. Refund please.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // chargeback and Роспотребнадзор are lawful steps, not threats; ready
  c(
    'r18w-13',
    'ru',
    'Здравствуйте. Детский самокат: заказ оплачен 3 марта, пришёл 28 марта со сломанной защёлкой складного механизма — руль не фиксируется и складывается на ходу, ребёнок чуть не упал в первую же поездку. Фото защёлки прикрепил. Прошу полный возврат. Если вопрос не решится в рамках спора, подам заявление на чарджбэк в банк и жалобу в Роспотребнадзор.',
    'photo',
    [],
    'full_refund',
  ),
  // a two-letter reply: empty text only
  c('r18w-14', 'ru', 'ок', 'none', ['empty_text'], 'none'),
  // a one-letter reply: empty text only
  c('r18w-15', 'en', 'k', 'none', ['empty_text'], 'none'),
  // masked mat aimed at staff, "???" and two caps words; no date, no evidence
  c(
    'r18w-16',
    'ru',
    'вы там все еб@нутые на складе??? я заказывала ЧЁРНЫЙ ТЕРМОС, пришёл розовый в блёстках. верните бабки',
    'none',
    ['profanity', 'insult', 'emotional', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // chargeback and small claims court are lawful steps; offers to send back
  c(
    'r18w-17',
    'en',
    "Hello. The kids' electric toothbrush stops after about 10 seconds and the light flashes red, from the very first charge on 14 Oct. Video attached showing it. I'm happy to send it back for a full refund. If the dispute gets closed without that I'll go to my bank for a chargeback, and to small claims court after that if needed.",
    'video',
    [],
    'return',
  ),
  // "верните разницу" with no sum: partial without amount
  c(
    'r18w-18',
    'ru',
    'Привет. Заказывал набор маркеров на 48 цветов, в коробке 36, пересчитал дважды сразу как получил 9 июля. Фото разложенных маркеров прикрепил. Докупать не хочу, верните разницу за недостающие 12 штук',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "кринж", no problem, date, evidence or request
  c(
    'r18w-19',
    'ru',
    'ну такое себе если честно. не то что я ждала, кринж какой-то. 2 звезды',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // "be a shame if someone posted your home address": publishing personal data
  c(
    'r18w-20',
    'en',
    'nice little shop you got there. would be a shame if someone posted your home address all over tiktok lol. anyway the car seat cover came without the straps, got it 2 weeks ago. refund.',
    'none',
    ['threat', 'missing_evidence'],
    'full_refund',
  ),
  // seller's insult quoted as evidence is not the buyer's; ready
  c(
    'r18w-21',
    'ru',
    'Продавец в чате ответил мне дословно: «сама виновата, тупая, надо было мерить». Скрин переписки и фото приложила. По факту: купальник размер M, по таблице обхват груди 88, у присланного 72 — измерила сантиметром в день получения, 11 июня. Прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // caps screams, crying emoji, "cried": emotional only
  c(
    'r18w-22',
    'en',
    'NOOOOO WHYYYY 😭 the unicorn lunchbox came with the lid hinge snapped off, opened it the second it arrived friday. pic attached. my daughter cried. please send a new one',
    'photo',
    ['emotional'],
    'exchange',
  ),
  // found phone and wife online, will post to TikTok: threat; «КИДАЛЫ!!!» accusation and emotional
  c(
    'r18w-23',
    'ru',
    'КИДАЛЫ!!! я нашла ваш вичат и телефон, и вашу жену в соцсетях тоже нашла. если до пятницы не вернёте деньги за платье, которое пришло с дырой на спине, выложу всё это в тикток, у меня 40к подписчиков. платье получила 5 дней назад.',
    'none',
    ['threat', 'accusation', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // transliterated stretched mat as interjection; translit is ru
  c(
    'r18w-24',
    'ru',
    'blyaaat opyat. zakazal chasy dlya bati na DR, remeshok lopnul na vtoroy den, prosto tresnul u zastezhki. verni dengi pls',
    'none',
    ['profanity', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // "Shitterton" is a real village; non-receipt, 5 weeks, tracking screenshot
  c(
    'r18w-25',
    'en',
    'Hi, my parcel with the toddler rain boots was addressed to Shitterton, Dorset (yes, that is the real name of our village) but tracking shows it went to a depot in Leeds and has not moved since 2 April, 5 weeks now. Tracking screenshot attached. Please refund the order.',
    'photo',
    [],
    'full_refund',
  ),
  // «скипидар» contains a rude-looking piece; ready exchange of the bottle
  c(
    'r18w-26',
    'ru',
    'Добрый вечер. Заказывала набор для рисования маслом, в описании разбавитель — скипидар 100 мл, а во флаконе от силы 30 мл, и он подтекает из-под крышки, всё в коробке было липкое. Заметили при распаковке 2 октября, сняли видео. Пришлите, пожалуйста, новый флакон на замену, остальное в наборе нормальное.',
    'video',
    [],
    'exchange',
  ),
  // decimal comma €6,50 is 6.5; one "!" only
  c(
    'r18w-27',
    'en',
    "Hi! Ordered a pack of 12 crayon-shaped erasers for my son's class, 9 came. Counted on opening on 21 Jan, photo attached. Could you refund €6,50 for the 3 missing ones? Thanks",
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // "нубы" at staff is name-calling; clown emoji and "??"
  c(
    'r18w-28',
    'ru',
    'вы реально нубы какие-то 🤡🤡 кто так пакует?? геймпад пришёл с отломанным стиком, коробка мятая. получил сегодня. хочу замену',
    'none',
    ['insult', 'emotional', 'missing_evidence'],
    'exchange',
  ),
  // «Это развод» is a blanket label even next to facts
  c(
    'r18w-29',
    'ru',
    'Это развод чистой воды. Заказывала ночник-проектор звёздного неба, в описании 8 режимов и пульт, пришёл без пульта и светит только одним синим цветом. Распаковали 17 января, фото коробки и ночника прикрепила. Верните деньги.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // meme-speak with no problem, date, evidence or request
  c(
    'r18w-30',
    'en',
    'meh. not it. 0/10 vibes',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // a question with no date, evidence or request
  c(
    'r18w-31',
    'ru',
    'а чё делать если у коляски колесо отвалилось? переднее левое, просто отскочило. это вообще нормально?',
    'none',
    ['missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // seller's insult quoted as evidence; material mismatch, date, files
  c(
    'r18w-32',
    'en',
    'Seller replied in chat: "you are idiot, read description". Screenshot attached along with photos of the label. The description says 100% cotton, the label on the romper says 65% polyester, I saw it the day it arrived, 8 August. Please refund.',
    'photo',
    [],
    'full_refund',
  ),
  // masked mat as a predicate about the item, no "!": profanity only
  c(
    'r18w-33',
    'ru',
    'Это не фен, а х*ета какая-то: дует еле тёплым воздухом даже на максимуме, на табличке 800 Вт вместо заявленных 2000. Проверила в день получения, 8 августа. Фото таблички приложила. Замените на нормальный фен.',
    'photo',
    ['profanity'],
    'exchange',
  ),
  // says video attached but the form has none; offers to send back: return
  c(
    'r18w-34',
    'ru',
    'Здравствуйте, пришла куртка на мальчика, у неё не работает молния — бегунок слетает с зубьев, если чуть потянуть. Обнаружили на второй день носки. Видео прикладываю. Готовы отправить куртку обратно, верните деньги после получения.',
    'none',
    ['evidence_not_attached'],
    'return',
  ),
  // cousin near the warehouse will "have a chat in person"; "!!!"
  c(
    'r18w-35',
    'en',
    "My cousin literally works in Shenzhen right next to your warehouse, he can drop by and have a chat with you in person. Think about that. The bike light hasn't turned on even once since it arrived on the 3rd, the button clicks but nothing. Send a replacement!!!",
    'none',
    ['threat', 'emotional', 'missing_evidence'],
    'exchange',
  ),
  // contacts and warehouse address handed to "неспокойные ребята": veiled threat
  c(
    'r18w-36',
    'ru',
    'Слушайте, по-хорошему прошу. Электрочайник течёт по шву снизу, заметили при первом же кипячении 25.12, фото лужи на столе прикрепил. Верните деньги. Я человек спокойный, но вы же не хотите, чтобы ваши контакты и адрес склада оказались у очень неспокойных ребят из моего района?',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "refund half": partial without a sum
  c(
    'r18w-37',
    'en',
    "Hi, the set of 4 bath toys came with 2 of them already mouldy inside (black spots visible through the hole), noticed when unpacking on 5 March. Photos attached. I'll keep the clean ones, could you refund half?",
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // long teen story with "!!!" and «в шоке»; no evidence named
  c(
    'r18w-38',
    'ru',
    'короче история, мама сказала писать всё как есть, вот пишу. я копила на эти кеды два месяца с карманных, отказывалась от шавухи после школы и всё такое. заказала 1 сентября, белые, 39 размер, как в карточке. ждала почти месяц, каждый день проверяла где посылка. вчера наконец забрала на пункте выдачи, прибежала домой, открываю коробку — а там один кед 39, а второй 41!!! я сначала думала что мне кажется, перемерила раз пять, приложила подошвы друг к другу — второй длиннее почти на полтора сантиметра, и на язычке бирка 41. подруга сказала может так и задумано, типа стиль, но нет, в описании одна пара одного размера. я в шоке честно, это мой первый заказ который я сама оплатила со своей карты. в школу в них не пойдёшь, буду хромать как пират. отправлять обратно я не знаю как, мама говорит там долго и сложно. поэтому просто верните пожалуйста деньги, я закажу у кого-нибудь ещё',
    'none',
    ['emotional', 'missing_evidence'],
    'full_refund',
  ),
  // sum in words «сто пятьдесят рублей»; ready
  c(
    'r18w-39',
    'ru',
    'Добрый день. Бутылочки для кормления, набор из трёх: в одной треснула соска у основания, увидела при первом мытье 3 апреля. Фото прикрепила. Две целые оставлю, прошу частичный возврат — сто пятьдесят рублей за бракованную.',
    'photo',
    [],
    'partial_refund',
    150,
  ),
  // "pics attached" with no file in the form
  c(
    'r18w-40',
    'en',
    "Hey, the teething ring's water filling leaks from the seam, noticed the first time I took it out of the fridge on 12/02. pics attached. Can you send a replacement?",
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // mat at the seller in a single question: profanity and insult, not emotional
  c(
    'r18w-41',
    'ru',
    'вы ох*ели? прислали гирлянду на 5 метров вместо 20, получила 10 декабря, хочу замену на 20 м.',
    'none',
    ['profanity', 'insult', 'missing_evidence'],
    'exchange',
  ),
  // "scammers" label and "so disappointed"
  c(
    'r18w-42',
    'en',
    "Scammers. Absolute scammers. The kids' watch sold as waterproof died after ONE bath, the screen fogged up and went black, 2 days after delivery. I'm so disappointed. Photo attached. Refund now.",
    'photo',
    ['accusation', 'emotional'],
    'full_refund',
  ),
  // complete but asks for nothing
  c(
    'r18w-43',
    'ru',
    'Заказывали развивающий коврик для малыша, пришёл с оторванной подвеской-погремушкой, шов распоролся по краю. Увидели сразу при распаковке 6 ноября. Фото прикрепила.',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // «браво, гении логистики»: sarcastic praise of staff
  c(
    'r18w-44',
    'ru',
    'браво, гении логистики. заказала две пачки подгузников размер 3, приехала одна пачка размера 5. получила 19.02. пришлите правильные',
    'none',
    ['insult', 'missing_evidence'],
    'exchange',
  ),
  // "cocktail", "shiitake": innocent; send the missing part is an exchange
  c(
    'r18w-45',
    'en',
    'Hello, ordered the cocktail shaker set with the shiitake mushroom-shaped ice mold (the bonus item in the listing). The shaker came but the mold is missing from the box. Unboxed on 30 Nov, photo of everything that came is attached. Please send the missing mold.',
    'photo',
    [],
    'exchange',
  ),
  // «случайно» in scare quotes plus eye-roll emoji; compensation with sum
  c(
    'r18w-46',
    'ru',
    'Ну конечно, насадку-щётку «случайно» забыли положить 🙄🙄 Ручной пылесос пришёл без неё, хотя в карточке она есть в комплекте. Открыли 30 июня, фото содержимого коробки прикладываю. Компенсируйте 500 рублей за насадку и разойдёмся.',
    'photo',
    ['emotional', 'accusation'],
    'partial_refund',
    500,
  ),
  // plain good text: symptom, since first day with date, video, refund
  c(
    'r18w-47',
    'en',
    'hi, the bluetooth speaker for the kids room has a rattling buzz from the left side at any volume, since the first day we used it (Dec 1). video attached with the sound. could i get a refund please',
    'video',
    [],
    'full_refund',
  ),
  // masked vulgar word judging the item, no "!": profanity only; nothing concrete
  c(
    'r18w-48',
    'ru',
    'г*вно полное, а не товар. деньги верните',
    'none',
    ['profanity', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // «оскорблять» holds a rude-looking piece; honest review is lawful; ready
  c(
    'r18w-49',
    'ru',
    'Ребят, оскорблять никого не буду, просто факты. Термокружка 500 мл: крышка не закручивается до конца, резьба кривая, чай проливается в рюкзак. Первый раз налила 22 сентября — сразу залила все тетради. Фото резьбы крупным планом прикрепила. Верните, пожалуйста, деньги. И да, напишу честный отзыв с этими же фото, чтобы другие знали.',
    'photo',
    [],
    'full_refund',
  ),
  // "Congrats, packing geniuses": sarcastic praise of staff
  c(
    'r18w-50',
    'en',
    'Congrats, packing geniuses, you managed to ship a glass baby bottle in a paper envelope. It arrived on 19 April in pieces. Photo attached. Refund please.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // bare «не работает»; receipt date is the when; «что за дела» is not emotional
  c(
    'r18w-51',
    'ru',
    'вчера пришла радионяня, не работает. что за дела. заменить',
    'none',
    ['missing_what', 'missing_evidence'],
    'exchange',
  ),
  // "did this on purpose"; £12 of the price is partial
  c(
    'r18w-52',
    'en',
    "You clearly did this on purpose: I ordered 20 party balloons in gold and got 20 plain yellow ones. Arrived yesterday. Refund £12 of the price and I'll keep them.",
    'none',
    ['accusation', 'missing_evidence'],
    'partial_refund',
    12,
  ),
  // mat with Latin look-alikes as an adjective before the item, plus "!!"
  c(
    'r18w-53',
    'ru',
    'этот eбaный увлажнитель воздуха!! три дня работал, на четвёртый перестал выпускать пар совсем, вода стоит, лампочка горит. фото прикрепил. хочу назад деньги',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // «я плачу», caps question; «что мне делать» is no request
  c(
    'r18w-54',
    'ru',
    'я плачу. просто плачу. платье на выпускной, ждала его как не знаю что, а оно на два размера меньше и цвет вообще не тот, серый вместо пудрового. выпускной через неделю. ЧТО МНЕ ДЕЛАТЬ',
    'none',
    ['emotional', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // negated accusation and Trading Standards report are innocent; ready
  c(
    'r18w-55',
    'en',
    "I'm not saying you did this on purpose, but the high chair tray doesn't lock in any of the 3 positions, it just slides out. Found it when assembling on 7 July. Photos attached. I'd like a full refund; I've also reported the safety issue to Trading Standards.",
    'photo',
    [],
    'full_refund',
  ),
  // «команда», «Хулиган» print: innocent; size mismatch, date, photo, exchange
  c(
    'r18w-56',
    'ru',
    'Привет, команда поддержки. Заказ — футболка с принтом «Хулиган» для сына, размер 128. Принт правильный, но размер 98, на бирке так и написано. Распаковали 13 июля, фото бирки и футболки на линейке прикладываю. Просим обмен на 128, деньги не надо.',
    'photo',
    [],
    'exchange',
  ),
  // plain good text
  c(
    'r18w-57',
    'en',
    "Ordered the kids' paddling pool, it came with 2 holes along the bottom seam, found when we first filled it on Sunday 16 June. Photos attached. Refund please, we already bought another one locally.",
    'photo',
    [],
    'full_refund',
  ),
  // dad's acquaintances will visit the address from the waybill; angry emoji
  c(
    'r18w-58',
    'ru',
    'короче я всё бате рассказала, он сказал что у него в Китае знакомые есть и они к вам заедут по адресу из накладной 😡😡 весы кухонные показывают 0 с любым грузом, как получила 3 марта так нормально и не работают. деньги верните',
    'none',
    ['threat', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // «на ваше усмотрение»: partial without a sum
  c(
    'r18w-59',
    'ru',
    'Добрый день. Набор кастрюль: у самой большой крышка не от неё — меньше на пару сантиметров, проваливается внутрь. Увидела 1 декабря при распаковке, всё есть на видео. Кастрюли нужны, возвращать не хочу. Верните часть суммы на ваше усмотрение.',
    'video',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "So disappointed", no request
  c(
    'r18w-60',
    'en',
    'So disappointed. The bunk bed ladder came with 2 rungs too short and one screw hole not drilled, found while assembling on Saturday. Photos attached.',
    'photo',
    ['emotional', 'missing_resolution'],
    'none',
  ),
  // «объясняю в третий раз, медленно» talks down; three caps words
  c(
    'r18w-61',
    'ru',
    'Объясняю в третий раз, медленно, чтоб даже у вас на складе дошло: ЛАМПА. ДЛЯ. РИСОВАНИЯ. должна гнуться, а эта не гнётся, ножка переломана пополам. получила 16 мая. замену.',
    'none',
    ['insult', 'emotional', 'missing_evidence'],
    'exchange',
  ),
  // replacement declined, "fifteen dollars" in words
  c(
    'r18w-62',
    'en',
    'Hi there, the curtain set is fine but one of the two tiebacks is missing. Opened the parcel on 2 June, photo of the contents attached. Instead of a replacement could you just refund fifteen dollars?',
    'photo',
    [],
    'partial_refund',
    15,
  ),
  // concrete defect, photo, request, but no time or discovery circumstance
  c(
    'r18w-63',
    'ru',
    'Здравствуйте. Зимний комбинезон, заявлен как непромокаемый, а мембрана промокает насквозь, внутри всё мокрое до подкладки. Фото мокрого комбеза изнутри прикрепила. Верните деньги, пожалуйста.',
    'photo',
    ['missing_when'],
    'full_refund',
  ),
  // seller's mat quoted as evidence stays profanity
  c(
    'r18w-64',
    'ru',
    'Продавец на мою просьбу ответил «иди нах*й, сама сломала». Не сама. Блендер перестал крутить на второй неделе: мотор гудит, ножи стоят. Скрин переписки и фото блендера прикрепила. Верните деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // "people who cheat me end up regretting it": threat and accusation
  c(
    'r18w-65',
    'en',
    'People who cheat me always end up regretting it, ask around. The toddler shoes you sent are two left shoes, size 22, got them March 2. Refund.',
    'none',
    ['threat', 'accusation', 'missing_evidence'],
    'full_refund',
  ),
  // stretched «ребяяят» and "??"; decimal comma 299,50
  c(
    'r18w-66',
    'ru',
    'ребяяят ну как так то?? заказала 10 пачек наклеек для скрапбукинга, пришло 7. посчитала сразу при вскрытии 4 августа, фото на столе прикрепила. верните за 3 недостающие 299,50 ₽ и всё норм',
    'photo',
    ['emotional'],
    'partial_refund',
    299.5,
  ),
  // "Penistone" is a town; parcel at the wrong pickup point is non-receipt; tracking number
  c(
    'r18w-67',
    'en',
    'Hi, my parcel (baby bath seat) has been sitting at the wrong pickup point in Penistone instead of Barnsley for 3 weeks, tracking LY123456789CN says delivered but the shop says it is not for my address. Screenshot attached. Please refund.',
    'photo',
    [],
    'full_refund',
  ),
  // «обманщики» and nothing else
  c(
    'r18w-68',
    'ru',
    'вы все тут одинаковые, обманщики. больше ни копейки',
    'none',
    ['accusation', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // staff compared to «обезьянка с гранатой»: mocking animal comparison
  c(
    'r18w-69',
    'ru',
    'Упаковщики у вас, видимо, как обезьянка с гранатой: стеклянный аквариум на 20 литров положили в пакет без пупырки. Угол отколот, по стенке трещина. Получили 9 апреля, фото прикрепила. Верните деньги.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // support staff called "NPCs"; swearing-face emoji
  c(
    'r18w-70',
    'en',
    'bro your support team are literally NPCs 🤬🤬 same copy paste answer 4 times. the gaming chair armrest is cracked right through, has been since day one. just send a new armrest',
    'none',
    ['insult', 'emotional', 'missing_evidence'],
    'exchange',
  ),
  // sum in words, no date, no evidence
  c(
    'r18w-71',
    'ru',
    'Добрый день, в наборе резинок для волос должно быть 50 штук, пришло 35. Прошу вернуть двести рублей за недостающие.',
    'none',
    ['missing_when', 'missing_evidence'],
    'partial_refund',
    200,
  ),
  // "pussy willow", "titmouse" are a plant and a bird; ready
  c(
    'r18w-72',
    'en',
    'Hello, ordered the wall decal with the pussy willow branch and titmouse birds, size 120 cm. Received the 60 cm version (it says 60 cm on the package). Opened on 15 February, photo of the package label attached. Please send the 120 cm one.',
    'photo',
    [],
    'exchange',
  ),
  // «Ебург» is a city nickname; non-receipt with elapsed time and tracking screenshot
  c(
    'r18w-73',
    'ru',
    'Посылка с детскими сандалиями так и не пришла в Ебург. Оплатил 2 февраля, срок доставки истёк 20 марта, по отслеживанию висит «передано перевозчику» уже 45 дней. Скрин отслеживания прикрепил. Верните деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // masked «с*ка» at the seller, "найду и пожалеешь", two caps words
  c(
    'r18w-74',
    'ru',
    'слышь ты с*ка, я тебя найду и ты пожалеешь. 3 недели назад получил скейт, подшипники рассыпались на первом же спуске. ВЕРНИ ДЕНЬГИ',
    'none',
    ['profanity', 'insult', 'threat', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // "terrible quality" is affect and vague; receipt date is the when
  c(
    'r18w-75',
    'en',
    'terrible quality honestly. got it on the 10th and it is just bad. want a refund',
    'none',
    ['emotional', 'missing_what', 'missing_evidence'],
    'full_refund',
  ),
  // plain good text: size mismatch, date, photo, offers to send back
  c(
    'r18w-76',
    'ru',
    'Здравствуйте. Пришёл детский велошлем размера S, а заказывали M, на бирке внутри тоже S. Получили 27 мая, фото бирки прикрепила. Готовы отправить шлем обратно за свой счёт, верните деньги после возврата.',
    'photo',
    [],
    'return',
  ),
  // mat with Cyrillic look-alike letters judging the item, no "!"
  c(
    'r18w-77',
    'en',
    'This tablet case is bullѕhіt, the magnetic flap does not hold, it falls open when you tilt it. Noticed on day one (March 11), short video attached. Send a case that actually closes.',
    'video',
    ['profanity'],
    'exchange',
  ),
  // police for a theft in transit is a lawful step; empty box opened at the post office
  c(
    'r18w-78',
    'ru',
    'Здравствуйте. Заказывала детский планшет для рисования, пришла пустая коробка — внутри только инструкция. Вскрывала на почте при сотруднице 11 ноября, акт о вскрытии и фото коробки прикрепила. Если на почте скажут, что это кража в пути, напишу заявление в полицию, но деньги прошу вернуть сейчас.',
    'photo',
    [],
    'full_refund',
  ),
  // own disguise «пиzд0с» cried out with "!!"; sum for the broken cup
  c(
    'r18w-79',
    'ru',
    'чайная пара — 2 кружки, одна разбита в крошку. распаковала сегодня утром. ну это пиzд0с, ребят!! верните за разбитую 350р',
    'none',
    ['profanity', 'emotional', 'missing_evidence'],
    'partial_refund',
    350,
  ),
  // long teen story, calm, complete; resend declined
  c(
    'r18w-80',
    'en',
    "ok so this is kind of a long one sorry. I ordered the glow in the dark star ceiling stickers for my little brother's room (the 200 piece pack, listing says 200 stars + moon). my mum paid, I'm doing the dispute bc her english is not great. the parcel came on 18 October and when we opened it there were only 2 sheets out of 4, so around 100 stars and no moon at all. we counted them on the floor, took photos of everything that came and of the packing slip, which also says 4 sheets. photos are attached. we also tried the ones that came and they barely glow, like maybe 2 minutes after the light goes off, and the listing says 8 hours. my brother didn't mind that much, it's stickers. we'd like a full refund please, we don't want a resend because honestly the glow is the whole point and they don't glow. thanks for reading this far",
    'photo',
    [],
    'full_refund',
  ),
];
