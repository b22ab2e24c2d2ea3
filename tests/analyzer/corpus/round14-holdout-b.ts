import { labelled as c, type CorpusCase } from './types';

/**
 * Round fourteen, hold-out set b: Russian-speaking buyers typing the way people chat (lower case, emoji, voice-typing
 * slips, run-on sentences, Ukrainian and Belarusian words, home-made disguises of mat), plus a few very polite elderly
 * buyers and a few who write English badly; groceries, household chemicals, dacha goods, car accessories, children's
 * clothes and phone cases. Written by a hand that has not read the analyzer's rules or other corpus files; labels
 * follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Ukrainian and Belarusian words inside a mostly Russian text leave it `ru`; Ukrainian «жах» is an affect word.
 * - Voice-typed punctuation words («запятая», «точка») are neither emotional nor rude; they are just noise.
 * - Emoji as a mask inside a mat word («пи🌸дец») is a mask; object emoji (🚗, 🌷) are not emotive, 😭 😱 😢 🤬 are.
 * - Home-made softened name-calling that is no mat («долбоящеры», «ёлупни», «бовдуры», «макаки» for staff) is `insult`.
 * - A mat-built name for the seller as its own sentence («вот хyeплёты.») is `profanity` and `insult`, not emotional.
 * - "f*cking" before a fraud label is `profanity` (and the label `accusation`) and, as an intensifier, `emotional`.
 * - "wtf" and "fkn" are profanity used as interjection/intensifier, so also `emotional`.
 * - Translit «suka» as an interjection in a complaint about the item is `profanity` and `emotional`.
 * - The seller's non-mat insult quoted after «ответил» / "reply me" is evidence, not the buyer's insult.
 * - Bird and fertiliser words (great tit, «гуано»), «сучкорез», «дирижабля», «застрахуйте», «хуайань», «щебень»,
 *   «учебники», «оскорблять», shiitake spelt "shitake", butt hinges, Cockermouth are innocent.
 * - "are you blind?" aimed at the staff is name-calling (`insult`), as «слепые» in the definitions.
 * - «было бы очень жаль, если бы с вашей машиной что-нибудь случилось» plus knowing the home address is a threat.
 * - «фото ... есть» with a file in the form is evidence mentioned and attached.
 * - A declined exchange («менять не хочу») followed by a named sum is a partial refund with that sum.
 * - «заберите свой товар обратно и верните деньги» offers the item back, so `return`.
 * - Scare quotes around the seller's own word («ошибочка», «ошибка склада») are sarcasm about honesty: `accusation`.
 */
export const ROUND14_HOLDOUT_B: CorpusCase[] = [
  // innocent: «рубля», «хлеб»; complete text, photo attached
  c(
    'r14b-01',
    'ru',
    'здравствуйте. заказывала бамбуковую хлебницу за 1 342 рубля, получила 12 марта и при распаковке увидела что крышка треснула вдоль, трещина сантиметров 10, хлеб в ней теперь сохнет за день. фото трещины приложила. прошу полный возврат',
    'photo',
    [],
    'full_refund',
  ),
  // mat with Latin look-alikes as an exclamation with "!!": profanity and emotional
  c(
    'r14b-02',
    'ru',
    'держатель на дефлектор сломался на третий день, лапка просто отвалилась и осталась у меня в руке, телефон улетел под сиденье прямо на ходу. ну что за xyйня!! видео приложил, давайте замену 🚗',
    'video',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // crying emoji, "not like the picture", no date, no evidence, no request
  c(
    'r14b-03',
    'ru',
    'короче куртку дочке заказывала на осень а пришло вообще не то что на картинке 😭😭 как так можно то',
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // veiled threat: a relative knows the warehouse and will "drop in to talk"
  c(
    'r14b-04',
    'ru',
    'шо за дела. парник пришёл без 4 дуг из 8, я пересчитал при распаковке 20 травня, фото комплекта приложил. короче так: у меня кум живёт у вашому місті, адрес склада я уже знаю, он зайдёт к вам поговорить если гроші не вернёте. верните гроші за парник по-хорошему',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // broken English, complete: wrong model, date, photo attached, exchange
  c(
    'r14b-05',
    'en',
    'hello. i buy case for samsung a54 but come case for a34, camera hole is not match, camera lens is closed by plastic. i recieve it 3 april and try put on phone same day. i make photo of case on my phone, it is attach. please send correct case for a54',
    'photo',
    [],
    'exchange',
  ),
  // condescension plus regional name-calling («ёлупни») at the staff
  c(
    'r14b-06',
    'ru',
    'объясняю медленно, специально для вашего склада, где видимо одни ёлупни работают: сто десять это не восемьдесят шесть. пижама для сына заказана 110, пришла 86, бирка на фото. получили позавчера. меняйте на 110',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Belarusian words, weighed shortage, partial refund with a sum
  c(
    'r14b-07',
    'ru',
    'дзень добры. стиральный порошок 3 кг прыйшоў 2 чэрвеня, пачка надорвана сбоку, в пакете россыпь, на весах вышло 1,6 кг вместо 3. видео со взвешиванием прикладываю. прошу частичный возврат 450 рублей за недостачу, дзякуй',
    'video',
    [],
    'partial_refund',
    450,
  ),
  // «пздц» as interjection, «криворукие» at people, "??"
  c(
    'r14b-08',
    'ru',
    'кофе в зёрнах пришёл просроченный, на пачке годен до 01.02, а получила я его 15 февраля. пздц вы криворукие, кто вообще такое отправляет?? фото пачки со сроком прикрепила, верните деньги',
    'photo',
    ['profanity', 'insult', 'emotional'],
    'full_refund',
  ),
  // innocent: the seller's insult quoted as evidence
  c(
    'r14b-09',
    'en',
    'seat covers for my car, after one week the elastic band is torn and cover slide down every time i sit. i write to seller, he reply me "you are stupid, you put it wrong". screenshot of chat and photo of torn band attached. please refund',
    'photo',
    [],
    'full_refund',
  ),
  // "вы специально" and "all sellers cheat" despite facts
  c(
    'r14b-10',
    'ru',
    'шланг заявлен 30 метров, я рулеткой перемерил в субботу когда разматывал на грядки — ровно 22 метра. вы специально так делаете, все продавцы тут людей на метраже дурят. видео замера приложил. верните за недостающие 8 метров 312 рублей',
    'video',
    ['accusation'],
    'partial_refund',
    312,
  ),
  // one two-letter word
  c('r14b-11', 'ru', 'ну', 'none', ['empty_text'], 'none'),
  // knowing the family and publishing personal data
  c(
    'r14b-12',
    'ru',
    'молния на зимнем комбинезоне разошлась в первый же день прогулки, бегунок слетел и обратно не надевается. продавец менять отказывается. я нашла вашу страницу вконтакте, знаю как зовут вашу жену и в какую школу ходит ваш сын. если до пятницы не решите, выложу всё это в районные группы вместе с вашим номером. фото молнии прикрепила. требую замену',
    'photo',
    ['threat'],
    'exchange',
  ),
  // innocent: "great tit", "tits" are birds; complete
  c(
    'r14b-13',
    'en',
    'hello, i ordered wooden nest box for great tit (titmouse), in listing hole 28 mm. received 9 may, when i hang it on the tree i measure entrance hole with caliper and it is 38 mm, so sparrows go inside, not tits. photo with caliper attached. please send correct box with 28 mm hole',
    'photo',
    [],
    'exchange',
  ),
  // "half of the price": partial refund without a sum
  c(
    'r14b-14',
    'ru',
    'пришёл набор специй 12 баночек, 3 разбились в дороге, стекло по всей коробке и перец везде. открывала 5 июля прямо на пункте выдачи. фото прикрепила. верните хотя бы половину стоимости',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // voice-typed sarcastic praise of the seller's work
  c(
    'r14b-15',
    'ru',
    'значит так запятая заказал дворники 65 и 40 сантиметров а пришли оба по 45 точка ну спасибо вам гении комплектации запятая лучшие в мире по перепутыванию размеров точка получил вчера запятая фото с рулеткой приложил точка прошу обмен на правильные',
    'photo',
    ['insult'],
    'exchange',
  ),
  // innocent: «дура» is the seller's reply, quoted with a screenshot
  c(
    'r14b-16',
    'ru',
    'чехол-книжка на айфон 13, магнит не держит крышку, она сама открывается в кармане и экран царапается о ключи. заметила на второй день. написала продавцу, он ответил «сама виновата, дура, не так носишь». скриншот этой переписки прилагаю вместе с фото чехла. прошу вернуть деньги',
    'photo',
    [],
    'full_refund',
  ),
  // broken English ominous "would be pity if something happen"
  c(
    'r14b-17',
    'en',
    'secateurs blade is broken after 2 days of cutting roses, spring fly away and blade is bent. i know your shop address in guangzhou, my brother work near there. would be very pity if something happen with your shop window. video attached. return money',
    'video',
    ['threat'],
    'full_refund',
  ),
  // «на фото видно» with no file in the form
  c(
    'r14b-18',
    'ru',
    'швабра с отжимом пришла 3 дня назад, при первом же отжиме треснула ручка в месте где она крепится к ведру, на фото видно трещину. прошу замену на целую',
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // masked «пиздёж» (Latin u, digit 3) as a predicate about the item, no "!"
  c(
    'r14b-19',
    'ru',
    'чехол прозрачный на редми ноут 12 пожелтел через неделю, ну реально жовтий як сеча. за такие деньги это пu3дёж а не чехол. фото рядом с новым чехлом подруги приложила. хочу вернуть гроші',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // innocent: "shitake" misspelling; complete
  c(
    'r14b-20',
    'en',
    'hi, i buy mushroom grow kit shitake, 2 blocks. after 3 weeks watering like in instruction no one mushroom, i open bag 20 march and see inside both blocks green mould. photos of both blocks attached. please refund',
    'photo',
    [],
    'full_refund',
  ),
  // scare quotes around the seller's «ошибочка»: sarcasm about honesty
  c(
    'r14b-21',
    'ru',
    'в описании шапки помпон из натурального меха, на деле синтетика, я подожгла одну ворсинку — плавится и воняет пластиком. продавец пишет «ошибочка вышла», ага, ошибочка, у всех покупателей почему-то одна и та же «ошибочка». получила 14 января, фото бирки и пробы прикрепила. хочу компенсацию 400 рублей',
    'photo',
    ['accusation'],
    'partial_refund',
    400,
  ),
  // Ukrainian name-calling «бовдуры» and "??"
  c(
    'r14b-22',
    'ru',
    'ну бовдуры, кто так пакует?? литровая бутылка оливкового масла протекла, вся коробка в масле, в бутылке осталось меньше половины. получила вчера, 18.09. фото коробки прикрепила, гроші верните',
    'photo',
    ['insult', 'emotional'],
    'full_refund',
  ),
  // polite elderly buyer; bank and consumer protection are lawful; missing part sent = exchange
  c(
    'r14b-23',
    'ru',
    'Уважаемый продавец, добрый день. Мне 74 года, внук помог оформить заказ на садовую тележку. Тележку получила 2 июня, при сборке оказалось, что в комплекте нет оси для колеса, колесо не на что надеть. Фотографию содержимого коробки внук приложил. Прошу Вас прислать недостающую ось. Если вопрос не решится, я вынуждена буду обратиться в банк за возвратом платежа и в Роспотребнадзор. Заранее благодарю, с уважением, Валентина Петровна.',
    'photo',
    [],
    'exchange',
  ),
  // masked "f*cking" before a fraud label
  c(
    'r14b-24',
    'en',
    'you f*cking scammers, i order 50 pcs kitchen sponges, come 20 pcs. i count when open package 2 days ago. photo attach. send me other 30 pcs',
    'photo',
    ['profanity', 'emotional', 'accusation'],
    'exchange',
  ),
  // «в шоке» and 😱; no time given
  c(
    'r14b-25',
    'ru',
    'чехол с жидкими блёстками потёк, весь телефон в какой-то маслянистой жиже и блёстках, я в шоке 😱 фото приложила. верните деньги пожалуйста',
    'photo',
    ['emotional', 'missing_when'],
    'full_refund',
  ),
  // innocent: consumer protection, court and an honest review are lawful
  c(
    'r14b-26',
    'ru',
    'таймер для полива работал ровно неделю, потом экран погас и клапан перестал закрываться, за ночь залило все грядки, огурцы поплыли. видео, где клапан открыт при выключенном экране, приложил. прошу вернуть деньги полностью. если продавец откажет, подам жалобу в защиту прав потребителей и, если понадобится, в суд, и оставлю честный отзыв с видео',
    'video',
    [],
    'full_refund',
  ),
  // innocent: «щебень», «оскорблять»; a negated accusation
  c(
    'r14b-27',
    'ru',
    'геотекстиль для дорожки под щебень, рулон заявлен 1,6×50 м, пришёл 1,6×25, мерили рулеткой с мужем 11 августа когда раскатывали. никого не хочу оскорблять, может на складе рулоны перепутали. фото с рулеткой и этикеткой прикрепила. прошу вернуть 1 150 рублей за недостающие 25 метров',
    'photo',
    [],
    'partial_refund',
    1150,
  ),
  // "!!!", disappointed, vague, nothing else
  c(
    'r14b-28',
    'en',
    'very very bad quality of kids jacket!!! not like on picture at all. i am disappointed. do something',
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // mat masked by an emoji, a sentence of its own
  c(
    'r14b-29',
    'ru',
    'фонарики на солнечной батарее, 6 штук, горят только 2, остальные 4 даже после целого дня на солнце не включаются, проверяю всю неделю с 3 числа. ну это пи🌸дец конечно. видос где они не горят приложила. верните за 4 штуки 1200р',
    'video',
    ['profanity', 'emotional'],
    'partial_refund',
    1200,
  ),
  // complete but asks for nothing
  c(
    'r14b-30',
    'ru',
    'таблетки для посудомойки 100 шт пришли одним слипшимся комом, пакет внутри влажный, это я увидела при вскрытии посылки 22.10. фото кома приложила',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // innocent: support and a bank chargeback are lawful steps
  c(
    'r14b-31',
    'en',
    'hello. the roof rack crossbars i receive 6 june come with only 3 of 4 mounting clamps, so i can not install them on car. in tracking parcel weight is 4.1 kg but listing say 5.3 kg. photos of box contents attached. i ask you send the missing clamp. if seller not answer in 5 days i will write to aliexpress support and, if need, ask my bank for chargeback',
    'photo',
    [],
    'exchange',
  ),
  // «для особо одарённых» and spelling it out by syllables
  c(
    'r14b-32',
    'ru',
    'для особо одарённых на складе повторяю третий раз, по слогам: раз-мер сто двад-цать во-семь. а вы прислали колготки на 98. получили 4 дня назад, фото бирки было в первом сообщении, прикладываю снова. делайте замену',
    'photo',
    ['insult'],
    'exchange',
  ),
  // sum in words, no evidence
  c(
    'r14b-33',
    'ru',
    'заказала 10 пачек чая пуэр, пришло 8, пересчитала сразу на почте 2 марта. верните за две недостающие пачки шестьсот рублей',
    'none',
    ['missing_evidence'],
    'partial_refund',
    600,
  ),
  // the seller's mat quoted: profanity only
  c(
    'r14b-34',
    'ru',
    'чехол с кольцом-держателем, кольцо отломилось через 5 дней вместе с куском пластика. написала продавцу, он ответил мне дословно: «иди нах со своим чехлом». скрин переписки и фото чехла прикладываю. прошу полный возврат',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // innocent: "cocktail", "butt hinges"; decimal sum
  c(
    'r14b-35',
    'en',
    'hi, in one order i buy stainless cocktail shaker and brass butt hinges for kitchen cabinet. shaker is ok, but hinges come 4 pcs instead of 6 like in listing, i count at unpacking 11 november. photo of bag and label attached. please partial refund 3.40 usd for two missing hinges',
    'photo',
    [],
    'partial_refund',
    3.4,
  ),
  // "it would be a shame if your car…" and knowing the home address
  c(
    'r14b-36',
    'ru',
    'коврики пришли не на мою модель, на рав4 заявлены, а по факту короче сантиметров на 15, примерил сразу как получил 7 числа. было бы очень жаль, если бы с вашей машиной во дворе что-нибудь случилось, правда? адрес-то ваш я знаю, вы ж мне с домашнего отправляли. фото коврика на полу машины есть. верните деньги',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // polite elderly buyer; complete, partial with a sum
  c(
    'r14b-37',
    'ru',
    'Здравствуйте, уважаемый продавец. Я пенсионер, пишу с помощью дочери. Заказывал у Вас набор из трёх баллонов средства от плесени для погреба. Получил 28 сентября. Один баллон оказался пустым: распылитель не пшикает, баллон заметно легче, при встряхивании внутри ничего не плещется. Дочь сняла видео, где я взвешиваю все три баллона на кухонных весах, видео прикреплено. Прошу вернуть стоимость одного баллона, 230 рублей. Благодарю за понимание.',
    'video',
    [],
    'partial_refund',
    230,
  ),
  // «кидалово», «ворьё»; "the wrong ones" is vague; nothing else
  c(
    'r14b-38',
    'ru',
    'очередное кидалово, продавцы тут одно ворьё. заказывала детские резиновые сапоги, пришли не те. ничего уже не жду',
    'none',
    ['accusation', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // "are you blind?" at the staff
  c(
    'r14b-39',
    'en',
    'shop people, are you blind? i write in message colour black and you send pink. for grown man pink phone case, very funny. receive yesterday, photo attach. change to black',
    'photo',
    ['insult'],
    'exchange',
  ),
  // declined refund, asks for the same dress: exchange
  c(
    'r14b-40',
    'ru',
    'платье для утренника, после первой примерки 1 декабря пайетки осыпались с целого рукава, весь дом в блёстках. фото рукава прикладываю. деньги возвращать не надо, нам к празднику нужно платье, пришлите пожалуйста такое же новое',
    'photo',
    [],
    'exchange',
  ),
  // spaced mat in a question at the seller, "??", «развод»
  c(
    'r14b-41',
    'ru',
    'леска для триммера заявлена 2 мм, пришла 1,2, меряла штангенциркулем сегодня когда заправляла катушку. вы там е б а н у л и с ь совсем?? это развод чистой воды. фото со штангенциркулем приложила. верните бабки',
    'photo',
    ['profanity', 'insult', 'emotional', 'accusation'],
    'full_refund',
  ),
  // plain complete broken English, partial with a sum
  c(
    'r14b-42',
    'en',
    'hi, 10 plastic flower pots 20 cm arrive 15 april, 3 of them is cracked on the bottom, i see it when take out from box. photo attached. please refund 2.70 usd for these 3 pots',
    'photo',
    [],
    'partial_refund',
    2.7,
  ),
  // Ukrainian «жах» and a crying emoji
  c(
    'r14b-43',
    'ru',
    'це жах просто 😢 открыла пакет кураги на 1 кг, а там жучки ползают и паутина. получила 9 ноября, видео сняла сразу и прикрепила. верните деньги полностью',
    'video',
    ['emotional'],
    'full_refund',
  ),
  // mocking comparison of the packers to monkeys
  c(
    'r14b-44',
    'ru',
    'из шести банок для круп доехали целыми две, остальные в осколки, упаковка один слой тонкой плёнки. у вас там на упаковке макаки работают или вы коробки с третьего этажа скидываете? вскрывала при курьере 30 января, он со мной видео снимал, видео прикрепила. прошу возврат за 4 банки 1 560 ₽',
    'video',
    ['insult'],
    'partial_refund',
    1560,
  ),
  // «на ваше усмотрение», no time, no evidence
  c(
    'r14b-45',
    'ru',
    'оплётка на руль, швы разошлись в двух местах и кожа отклеилась по шву. компенсацию на ваше усмотрение',
    'none',
    ['missing_when', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "wtf" and "fkn" as interjection/intensifier
  c(
    'r14b-46',
    'en',
    'bro wtf, kids raincoat i order size 6 years, come size 2 years, cant even put the arm inside. fkn joke. i get it on monday, photo with tag attached, refund pls',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // innocent: «хуайань» (a city), «команда»
  c(
    'r14b-47',
    'ru',
    'добрый день. автомобильный компрессор 12в, ну в смысле насос для колёс, пришёл 16.04, отправка из хуайаня. манометр на нём показывает 2,2 атмосферы, когда шина вообще пустая, проверял отдельным манометром — там 0, то есть стрелка сбита. видео сравнения двух манометров прикрепил. прошу прислать замену, ваша команда поддержки в чате сказала так и оформить',
    'video',
    [],
    'exchange',
  ),
  // ominous wish about the seller's health
  c(
    'r14b-48',
    'ru',
    'протеиновые батончики пришли просроченные, на упаковке годен до 10.06, а получил я их 21.06. смотрите, чтоб вам самим потом по больничкам бегать не пришлось, всякое в жизни бывает, здоровье штука хрупкая. фото срока годности приложил. деньги верните',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // caps and "!!!", «брак» is generic; offers the item back
  c(
    'r14b-49',
    'ru',
    'ЭТО ПРОСТО БРАК, А НЕ КОМБИНЕЗОН!!! получила 3 дня назад. фото прикладываю. забирайте свой товар обратно и верните деньги',
    'photo',
    ['emotional', 'missing_what'],
    'return',
  ),
  // "the difference" without a sum
  c(
    'r14b-50',
    'en',
    'i pay for baby bodysuits 100% cotton, but label inside say 65% polyester 35% cotton, you can see on photo attached. i got parcel 2 february and read label same evening. please return me the difference',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // non-receipt with a tracking number in the text; lawful support and review
  c(
    'r14b-51',
    'ru',
    'посылка с двумя чехлами так и не пришла. трек LP00123456789012, последний статус «прибыло в сортировочный центр» больше 3 месяцев назад, заказ оплачен 14 января, срок защиты покупателя истёк. прошу вернуть деньги полностью. если вопрос не решится, обращусь в поддержку и напишу честный отзыв',
    'none',
    [],
    'full_refund',
  ),
  // «бл€ть» (euro sign) as an interjection
  c(
    'r14b-52',
    'ru',
    'да бл€ть ну сколько можно, третий раз пишу. крышка у контейнера для еды не закрывается, защёлки короче на 3 мм, это видно было сразу при первой попытке закрыть 25 мая. видео прикрепил. меняйте уже',
    'video',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // polite elderly buyer in broken English; complete
  c(
    'r14b-53',
    'en',
    'Good day. I am old man, 79 years, my english is not good, sorry. I order thermometer for greenhouse. It come 12 July and show 45 degree when outside is 22, I check with old mercury thermometer hanging near. Photo of both thermometers is attached. Please give money back. Thank you very much and good health to you.',
    'photo',
    [],
    'full_refund',
  ),
  // negated accusation; named sum for the difference
  c(
    'r14b-54',
    'ru',
    'кешью 500 г по описанию, на весах 380 г вместе с пакетом, взвесила сразу как забрала 4 апреля. я не говорю что вы специально недовешиваете, может фасовщик ошибся, но недовес почти четверть. фото пакета на весах приложила. верните пожалуйста 170 рублей за разницу',
    'photo',
    [],
    'partial_refund',
    170,
  ),
  // angry emoji only, otherwise complete
  c(
    'r14b-55',
    'ru',
    '🤬 перчатки садовые просил размер L, пришли детские, на ладонь не налазят, пальцы до середины. заказ получил 9 мая. фото руки в перчатке прикрепил. пришлите нормальный размер',
    'photo',
    ['emotional'],
    'exchange',
  ),
  // missing part to be sent, no evidence at all
  c(
    'r14b-56',
    'ru',
    'органайзер на спинку сиденья, на одной из двух лямок нет пряжки, просто пришитая петля и всё, обнаружила когда вешала в машину 19 апреля. пришлите пожалуйста пряжку или новый органайзер',
    'none',
    ['missing_evidence'],
    'exchange',
  ),
  // publishing the wife's phone in city groups
  c(
    'r14b-57',
    'en',
    'gazebo tent for dacha come without roof canvas, only frame and poles, i open box 3 june. video attached. i find on internet your real name and phone of your wife. if you not refund me, i post it in all groups of your city',
    'video',
    ['threat'],
    'full_refund',
  ),
  // grandmother: «до слёз обидно», no evidence
  c(
    'r14b-58',
    'ru',
    'внучке купила шапочку на день рождения, а она в первый же день на сгибе порвалась, дырка с палец, до слёз обидно, деньги-то пенсионные. прошу поменять на новую',
    'none',
    ['emotional', 'missing_evidence'],
    'exchange',
  ),
  // transliterated Russian with «suka» as an interjection
  c(
    'r14b-59',
    'ru',
    'privet, prishla kraska v ballonchike dlya avto, cvet ne tot, zakazyval serebristyi metallik a ona belaya matovaya, proboval na kapote v subbotu, suka teper vse perekrashivat. foto kapota prilozhil. vernite dengi',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // innocent: «ребёнка», «учебники»; offers to send back
  c(
    'r14b-60',
    'ru',
    'рюкзак школьный для ребёнка, на второй неделе носки оторвалась лямка вместе с куском ткани, хотя учебники там лёгкие, 3–4 книжки. фото места отрыва во вложении. прошу вернуть деньги, рюкзак готова отправить обратно',
    'photo',
    [],
    'return',
  ),
  // "i attach photo" with no file
  c(
    'r14b-61',
    'en',
    'the car sunshade for windscreen is 130 cm, but my windscreen 145, in listing write fit for all suv. i try to put it the day it come, 2 october, is too short, big gap on both sides. i attach photo. please send bigger one',
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // "explained like to preschoolers"; no evidence
  c(
    'r14b-62',
    'ru',
    'ну раз вы с первого раза не понимаете, распишу на пальцах, как дошкольникам: заказывала 3 упаковки капсул для стирки, пришла 1. одна, карл. получила в пятницу. досылайте две',
    'none',
    ['insult', 'missing_evidence'],
    'exchange',
  ),
  // short non-receipt question, nothing else
  c(
    'r14b-63',
    'ru',
    'ну и где моя посылка вообще',
    'none',
    ['missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // "on purpose" and "ridiculous"
  c(
    'r14b-64',
    'en',
    'you send me broken case on purpose, because before i give low rating to your shop. corner of case is cracked, i see it when open package 5 days ago. ridiculous. video attach. refund',
    'video',
    ['accusation', 'emotional'],
    'full_refund',
  ),
  // softened, non-mat name-calling «долбоящеры»
  c(
    'r14b-65',
    'ru',
    'ну вы и долбоящеры конечно. набор ароматизаторов в машину, заказала «морской бриз» 5 штук, пришли все «ваниль», а от ванили меня в машине укачивает. получила вчера, фото этикеток прилагаю. поменяйте на бриз',
    'photo',
    ['insult'],
    'exchange',
  ),
  // innocent: «дирижабля», «застрахуйте»; object emoji
  c(
    'r14b-66',
    'ru',
    'фигурка гнома на дирижабле для клумбы: у дирижабля отбит пропеллер, лежал отдельно в пакете, обнаружила при распаковке 26.05. фото обломка и фигурки прикрепила. прошу компенсацию 250 рублей, склею сама. и пожалуйста застрахуйте такие хрупкие посылки в следующий раз 🌷',
    'photo',
    [],
    'partial_refund',
    250,
  ),
  // long voice-typed ramble: «в бешенстве», scare-quoted «ошибка склада», no request
  c(
    'r14b-67',
    'ru',
    'короче девочки ой то есть продавец слушайте сюда я вам сейчас всё расскажу по порядку потому что у меня уже нервов никаких нет я в бешенстве честно. заказывала 1 августа комплект в садик для сына футболка шорты и кепка размер 104 ну в смысле на рост 104 да, заплатила 2 300 и ещё доставку. ждала почти месяц, получила 29 августа, открываю а там футболка на 92 шорты вообще женские размер s и кепки нет никакой, просто нет. пишу вам в чат, вы мне отвечаете через три дня «извините, ошибка склада», ну конечно, у вас всегда всё «ошибка склада», я ваш магазин почитала, там у половины отзывов такая же «ошибка». потом вы мне пишете подождите, потом пишете отправим кепку, ничего не отправили, потом вообще перестали отвечать, а сад уже начался, сын ходит в старой футболке из которой вырос, мне перед воспитательницей стыдно. скрины всей переписки у меня есть, фотки тоже наделала, муж говорит не трать нервы, а я не могу, это же дети. вот сижу пишу это голосом на кухне пока суп варится, а он уже убежал наверно. короче решайте как-нибудь, я уже не знаю',
    'none',
    ['emotional', 'accusation', 'missing_resolution'],
    'none',
  ),
  // innocent: Cockermouth; complete, partial with a sum
  c(
    'r14b-68',
    'en',
    'hello, i order 2 bottles of windshield washer concentrate, delivered to cockermouth 8 january. one bottle cap was broken and half of liquid leak in the box. photo of the bottle and wet box attached. please partial refund 4 gbp for one bottle',
    'photo',
    [],
    'partial_refund',
    4,
  ),
  // disclaimer, then countrymen who will "talk like men"
  c(
    'r14b-69',
    'ru',
    'бочка складная на 250 литров для дождевой воды течёт по нижнему шву, налила первый раз в воскресенье, к утру пустая, под ней болото. видео приложил. я не угрожаю, но мир тесен, мои земляки у вас в иу на рынке стоят, найдут ваш магазинчик быстро и поговорят по-мужски. деньги верните',
    'video',
    ['threat'],
    'full_refund',
  ),
  // polite elderly: «расстроена», "not like the picture", no evidence
  c(
    'r14b-70',
    'ru',
    'Добрый день. Скатерть пришла не такая, как на картинке. Я очень расстроена. Получила 5 марта. Прошу вернуть деньги.',
    'none',
    ['emotional', 'missing_what', 'missing_evidence'],
    'full_refund',
  ),
  // "explain like for small child", "is it so hard to count to four?"
  c(
    'r14b-71',
    'en',
    'again i explain like for small child: order was 4 snow chains for tires, you send 2. two. is it so hard to count to four? received 10 december, photo of box attached. send other 2',
    'photo',
    ['insult'],
    'exchange',
  ),
  // concrete defect and video, but no time at all
  c(
    'r14b-72',
    'ru',
    'опрыскиватель садовый на 5 литров: крышка не держит давление, шипит по резьбе, накачать невозможно, из распылителя только капает. видео приложил. прошу замену',
    'video',
    ['missing_when'],
    'exchange',
  ),
  // innocent: «гуано», «сучкорез»; weighed shortage
  c(
    'r14b-73',
    'ru',
    'удобрение гуано летучих мышей 1 кг пришёл пакет надорванный, половина высыпалась в коробку, взвесила 14 апреля — 540 г. сучкорез из этого же заказа в порядке, к нему претензий нет. фото пакета на весах приложила. верните 200 рублей за недостачу',
    'photo',
    [],
    'partial_refund',
    200,
  ),
  // mat-built name for the seller with Latin letters; tracking number in text
  c(
    'r14b-74',
    'ru',
    'вот хyeплёты. обещали доставку до 10 октября, сегодня 2 ноября, трек RB123456785CN не обновляется с 12 октября. верните деньги и всё',
    'none',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // "so disappointed", no request
  c(
    'r14b-75',
    'en',
    'dishwasher salt 4 kg, come only 2 kg bag, i weigh it 17 of may. photo attach. i am so disappointed from this shop',
    'photo',
    ['emotional', 'missing_resolution'],
    'none',
  ),
  // long careful Belarusian-flavoured text; exchange declined, decimal comma sum
  c(
    'r14b-76',
    'ru',
    'дзень добры. пишу подробно, каб было понятно. заказывал у вас комплект капельного полива на 30 растений для теплицы: в описании шланг 20 м, 30 капельниц, 30 колышков, 2 тройника, заглушка и переходник на кран. посылку забрал на почте 14 мая, дома разложил всё на столе и пересчитал по списку из описания. шланг на месте, капельницы и колышки на месте, а тройников нет ни одного и переходника на кран тоже нет, без переходника систему к бочке не подключить вообще. на всякий случай пересчитал ещё раз с сыном — нет. сфотографировал всё содержимое разложенным на столе рядом с распечаткой описания, фото прикладываю. тройники я у себя в посёлке нашёл и купил сам, а переходник такой не продаётся, пришлось выдумывать из того что было в гараже. менять весь комплект не хочу, уже всё закопано в грядки. прошу частичный возврат 12,40 BYN за недостающие тройники и переходник. дзякуй',
    'photo',
    [],
    'partial_refund',
    12.4,
  ),
  // "you knew" plus "those who cheat me regret it"
  c(
    'r14b-77',
    'ru',
    'брызговики на весту, крепёжные отверстия не совпадают на 2 см, примерял в гараже сразу после получения 11.03. вы прекрасно знали что они не подходят, а продали как оригинал. кто меня обманывает, тот потом долго жалеет, предыдущий продавец вот пожалел. фото с линейкой прикрепил. верните деньги',
    'photo',
    ['threat', 'accusation'],
    'full_refund',
  ),
  // innocent: chargeback is a lawful step; complete
  c(
    'r14b-78',
    'en',
    'hello. kids swimsuit size 122 have hole in seam on the back, 2 cm, we find it first day in pool, 3 august. photo attached. i ask refund. if no answer i will do chargeback in my bank, it is my right',
    'photo',
    [],
    'full_refund',
  ),
  // «кошмар», "the difference" without a sum, no evidence
  c(
    'r14b-79',
    'ru',
    'вместо 2 кг гречки пришёл 1 кг, кошмар какой-то, уже второй раз у вас так. получила вчера. верните разницу',
    'none',
    ['emotional', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // masked "arseholes" aimed at the seller
  c(
    'r14b-80',
    'en',
    'child booster seat came with broken buckle, click but not lock, found at first installing in car 22 feb. you ar$eh0les put kids in danger. video attached. full refund',
    'video',
    ['profanity', 'insult'],
    'full_refund',
  ),
];
