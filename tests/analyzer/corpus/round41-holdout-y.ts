import { labelled as c, type CorpusCase } from './types';

/**
 * Round forty-one, hold-out set y: buyers writing through a translator, as non-native speakers of Russian or English,
 * or by voice dictation, some switching language mid-way. Written by a hand that has not read the
 * analyzer's rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Translation slips are labelled by what the buyer means: "I want to kill this order" (cancel) is no threat,
 *   "shame product" judges the item, "I have become the LED strip" (German bekommen) means received, "I demand the
 *   refund" (French demander) is a plain request, "arbitrage" (Russian арбитраж) is a lawful escalation.
 * - "I am very deceived by this perfume" (French déçu) means disappointed: emotional, and no accusation, since no
 *   label is put on the seller's honesty.
 * - Greetings and terms of address in the buyer's own language (ака, ахпер джан, цавт танем, апа, салам, bhai, po,
 *   "Peace be upon you") are innocent; «шайтан-машина» said of the item is no finding.
 * - Words that speech recognition itself masks («п****ц») are masked mat; dictated punctuation words («точка»,
 *   "comma", "period") are noise.
 * - «Фото есть», «Foto est», "I send you photo" with a photo in the form are evidence; only a claim of an attachment
 *   with no file gets `evidence_not_attached`.
 * - "Today", "yesterday", "on Monday", «позавчера», «сегодня» of the parcel's arrival count as the time (the receipt
 *   date decision); «третью неделю пишу», "third day I try to open this dispute" are not the problem's time.
 * - "This sh!t is not charge" names the item with mat: profanity only, no cry.
 * - Sums in гривны, тенге, Rs and "7 dollars 20 cents" (7.2) are amounts like any other currency.
 * - Mostly Belarusian or Ukrainian sentences mixed with Russian are labelled `ru` (round fourteen).
 */
export const ROUND41_HOLDOUT_Y: CorpusCase[] = [
  // Uzbek speaker, broken agreement, non-receipt with days, screenshot and a full refund: complete
  c(
    'r41y-01',
    'ru',
    `Здравствуйте ака. Я заказал зарядка для телефона Xiaomi 33W, заказ 81120455. Посылка не пришёл, уже 52 день прошло, трек номер показывает что в Ташкент пришёл 3 апреля и потом ничего. Скриншот отслеживания прикрепил. Прошу деньги вернуть полностью, 1 240 рублей. Рахмат.`,
    'photo',
    [],
    'full_refund',
  ),
  // translation slip: "kill this order" means cancel, not a threat; no time, no evidence
  c(
    'r41y-02',
    'en',
    `Hello dear seller. The goods is not arrive to me. I want to kill this order and take back my money, please. Thank you very much.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // voice dictation without punctuation, dictated "точка" left in; complete
  c(
    'r41y-03',
    'ru',
    `здравствуйте заказывала увлажняющий крем корейский пришла банка вскрытая крышка треснута крем вытек на коробку обнаружила при распаковке 14 мая фото прикладываю прошу вернуть деньги полностью точка`,
    'photo',
    [],
    'full_refund',
  ),
  // rude in broken grammar: "stupid people" at the staff; sizes are abbreviations, not shouting
  c(
    'r41y-04',
    'en',
    `You are stupid people or what? I write you many times, the size is wrong, I order hoodie size XL and you send size S. Nobody is reading. Send me XL now.`,
    'none',
    ['insult', 'missing_when', 'missing_evidence'],
    'exchange',
  ),
  // innocent trap: Armenian endearments (ахпер джан, цавт танем); calm exchange, complete
  c(
    'r41y-05',
    'ru',
    `Здравствуйте, ахпер джан, цавт танем. Я брал детский самокат, синий цвет заказал, а пришёл розовый. Сразу на почте открыл, 2 июня, фото сделал, прикрепил. Дочка синий хотела. Пожалуйста, поменяйте на синий, розовый обратно отправлю.`,
    'photo',
    [],
    'exchange',
  ),
  // Kazakh greeting, then «ишаки» at the staff: insult; no time
  c(
    'r41y-06',
    'ru',
    `Сәлеметсіз бе. Вы там что, ишаки сидите? Заказал автомобильные коврики на Камри 70, прислали на Камри 50, по размеру не подходят, фото прикрепил. Меняйте.`,
    'photo',
    ['insult', 'missing_when'],
    'exchange',
  ),
  // Spanish false friends ("actually", "announcement"), partial refund with a sum in euros; complete
  c(
    'r41y-07',
    'en',
    `Good afternoon. I received the garden hose reel the 9 of July, and actually the hose is 15 meters, not 30 meters like in the announcement. I have measured it with a tape, the photo is attached. I don't want to return it, it is too heavy for the post. I propose you a compensation of 11 euros.`,
    'photo',
    [],
    'partial_refund',
    11,
  ),
  // surzhyk; "??" and «в шоке» are emotional; the size tag is no time
  c(
    'r41y-08',
    'ru',
    `Добрий день. Шо это такое?? Заказывала платье размер М, а прийшло якесь на дитину, по бирке XS. Я в шоке, уже третий раз тут замовляю и такое впервые. Фото бирки в приложении. Верните гроши.`,
    'photo',
    ['emotional', 'missing_when'],
    'full_refund',
  ),
  // English voice dictation with a misheard split word ("cord less"); "it's dead" is about a battery; complete
  c(
    'r41y-09',
    'en',
    `hi I ordered a cord less drill the battery will not hold charge after ten minutes of work it's dead I noticed it the first day I used it on March twenty second I attached a video showing the charge light blinking red I would like a replacement battery or a new drill please`,
    'video',
    [],
    'exchange',
  ),
  // Belarusian-Russian mix with a curse wishing lightning on the seller: threat; no evidence
  c(
    'r41y-10',
    'ru',
    `Добры дзень. Заказала гирлянду на 10 метров, прыйшла на 5 метров, и палова лампочек не гарыць. Заметила сразу, как повесила на окно. Каб вас пярун спалiў разам з вашым складам. Верните грошы.`,
    'none',
    ['threat', 'missing_evidence'],
    'full_refund',
  ),
  // innocent trap: "shame product" judges the item; concrete zipper fault with a time, no evidence
  c(
    'r41y-11',
    'en',
    `This is shame product. The zipper of the backpack is broken after one week of use, the teeth come out. Please give me the money back.`,
    'none',
    ['missing_evidence'],
    'full_refund',
  ),
  // Uzbek speaker, short and calm, offers to send the kettle back: return, complete
  c(
    'r41y-12',
    'ru',
    `Ассалому алайкум. Электрочайник заказал, 1,7 литр. Первый раз включил 20.05 — дно протекает, вода на стол идёт. Видео снял, прикрепляю. Могу чайник обратно отправить, деньги верните пожалуйста.`,
    'video',
    [],
    'return',
  ),
  // German "become" = received; money for a missing roll with no sum; no evidence
  c(
    'r41y-13',
    'en',
    `Hello, I have become the LED strip today but one of the three rolls is missing, in the package are only two. I want that you give me money back for the missing roll.`,
    'none',
    ['missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // dictated text with «бля» as an interjection: profanity and emotional; no time
  c(
    'r41y-14',
    'ru',
    `алло ну короче заказал чехлы на сиденья для машины пришли вообще не того размера бля на переднее не налазит вообще фото прикрепил верните деньги`,
    'photo',
    ['profanity', 'emotional', 'missing_when'],
    'full_refund',
  ),
  // Russian idiom translated literally ("hang noodles on my ears" = you are lying): accusation
  c(
    'r41y-15',
    'en',
    `Dear seller, please do not hang noodles on my ears. You write that parcel is sent 20 days ago, but tracking number LP00298811723 is not showing nothing since this day. Return me money.`,
    'none',
    ['accusation'],
    'full_refund',
  ),
  // calm but only asks what to do: no resolution
  c(
    'r41y-16',
    'ru',
    `Здравствуйте. Я получил кофемолку 11 марта, ножи крутятся, но не мелет, зёрна целые остаются, крышка тоже до конец не закрывается. Видео прилагаю. Что мне теперь делать?`,
    'video',
    ['missing_resolution'],
    'none',
  ),
  // broken-English threat: a cousin near the warehouse will "come for talk"
  c(
    'r41y-17',
    'en',
    `My cousin is working in Shenzhen near your warehouse. If you not return money for the phone case, he will come to you for talk, you understand me. The case is came with crack on camera hole, I see this when I open it 3 days ago, photo is here.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // switches from English to Russian and back; majority Russian; complete
  c(
    'r41y-18',
    'ru',
    `Hello! Пишу по-русски, так проще. Заказывал наушники TWS, левый наушник не заряжается в кейсе — индикатор не загорается. Заметил на второй день, 7 октября. Video attached. Please refund, 2 450 ₽ полностью.`,
    'video',
    [],
    'full_refund',
  ),
  // Indian English officialese, partial refund in rupees; complete
  c(
    'r41y-19',
    'en',
    `Respected sir/madam, I am in receipt of the saree fall and pico set ordered by me. On opening the packet on 4th August it is found that 2 pieces out of 6 are of green colour instead of maroon as ordered. Photos are attached herewith for your kind perusal. Kindly do the needful and refund Rs 240 for the 2 wrong pieces.`,
    'photo',
    [],
    'partial_refund',
    240,
  ),
  // short, generic words only: nothing checkable
  c(
    'r41y-20',
    'ru',
    `Товар плохой качества, не соответствует. Деньги верните пожалуйста.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // innocent trap: «шайтан-машина» about the multicooker, "ака" as address; error code named; complete
  c(
    'r41y-21',
    'ru',
    `Ака, салам. Мультиварка пришла 18 числа, включаю в розетку — шайтан-машина сразу пищит и на экране E4, ничего не варит. Видео сделал. Хочу другой, поменяйте.`,
    'video',
    [],
    'exchange',
  ),
  // Portuguese oath "Porra" as a cry plus "!!": profanity and emotional; repetition is no time
  c(
    'r41y-22',
    'en',
    `Porra, again wrong!! I order the bike brake pads for Shimano MT200 and you send for Tektro. Second time same mistake. Photo of the box attached. I want the right pads.`,
    'photo',
    ['profanity', 'emotional', 'missing_when'],
    'exchange',
  ),
  // dictated surzhyk, sum in words in hryvnias; no evidence
  c(
    'r41y-23',
    'ru',
    `Добрый день, получила сегодня набор кисточек для рисования, в наборе должно быть двадцать четыре штуки, а есть только восемнадцать, шесть кисточек нема. Прошу вернуть часть денег за них, сто пятьдесят гривен.`,
    'none',
    ['missing_evidence'],
    'partial_refund',
    150,
  ),
  // innocent trap: "Allah sees everything" is an appeal to a higher judge; complete
  c(
    'r41y-24',
    'en',
    `Peace be upon you. The abaya I receive on 2 May has a hole under the arm, the stitches are open, I discover it when I try it at home. Picture is attached. Please return the full money. Allah sees everything, I trust you will be fair.`,
    'photo',
    [],
    'full_refund',
  ),
  // Armenian speaker asks whether the warehouse employs the blind: insult; no evidence
  c(
    'r41y-25',
    'ru',
    `Ара, у вас на складе слепые работают? Я в комментарии к заказу писал: цвет чёрный. Прислали бежевые кроссовки, 42 размер. Открыл коробку 3 дня назад. Забирайте свой бежевый, присылайте чёрный.`,
    'none',
    ['insult', 'missing_evidence'],
    'exchange',
  ),
  // Kazakh fraud label «алаяқтар» and "you all do this": accusation, facts otherwise complete
  c(
    'r41y-26',
    'ru',
    `Посылка не пришла, 60 дней жду, трек-номер уже месяц не обновляется. Вы алаяқтар, все так делаете. Деньги верните.`,
    'none',
    ['accusation'],
    'full_refund',
  ),
  // voice dictation with spoken punctuation; arrival is no time for the defect; no request
  c(
    'r41y-27',
    'en',
    `okay so the tent arrived and one of the poles is snapped in the middle comma the other three are fine I took a photo of the broken pole period`,
    'photo',
    ['missing_when', 'missing_resolution'],
    'none',
  ),
  // Uzbek speaker: brothers at the warehouse "will drop in to talk": threat
  c(
    'r41y-28',
    'ru',
    `Я знаю где ваш склад в Урумчи, мои братья там работают. Если до пятницы не вернёте деньги за телефон, они зайдут поговорить. Телефон пришёл с разбитый экран, 12 апреля получил, видео распаковки есть.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // two capitalised words in broken English: emotional; partial with a sum in USD; no evidence
  c(
    'r41y-29',
    'en',
    `It is VERY BAD situation. I pay for 2 pairs of winter gloves, came only 1 pair. I open the package 5 January. Give back money for one pair, 9 USD.`,
    'none',
    ['emotional', 'missing_evidence'],
    'partial_refund',
    9,
  ),
  // English mat inside a Russian text as an intensifier before "seller"; send the missing mount = exchange
  c(
    'r41y-30',
    'ru',
    `Заказал видеорегистратор, пришёл без крепления на стекло, в коробке только сам регистратор и провод. Fucking seller, второй раз у вас такое. Досылайте крепление.`,
    'none',
    ['profanity', 'emotional', 'missing_when', 'missing_evidence'],
    'exchange',
  ),
  // Belarusian month name and «рублёў»; keeps the jacket for a named sum; complete
  c(
    'r41y-31',
    'ru',
    `Добры дзень. Получила детскую курточку 3 лістапада, на рукаве пятно от краски, не отстирывается. Фото прикладываю. Оставлю себе, если вернёте 500 рублёў.`,
    'photo',
    [],
    'partial_refund',
    500,
  ),
  // French slip "deceived" (déçu) = disappointed: emotional, no accusation; no evidence
  c(
    'r41y-32',
    'en',
    `Hello. I am very deceived by this perfume. The smell is not vanilla like written in the description, it is like alcohol, and after one hour nothing stays. I received it the 28 of February. I demand the refund.`,
    'none',
    ['emotional', 'missing_evidence'],
    'full_refund',
  ),
  // dictation app masked the mat itself («п****ц»), used as a cry: profanity and emotional
  c(
    'r41y-33',
    'ru',
    `фен пришёл вчера включила через минуту запахло горелым и он выключился п****ц просто видео прикрепила верните деньги`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Turkish speaker, calm, offers to send the holder back: return, complete
  c(
    'r41y-34',
    'en',
    `Hello, the car phone holder I take on 14 April is not fitting to the air vent of my car, the clip is too thin for the grill, it falls down on every turn. I send you photo. I can send it back to you, please refund after.`,
    'photo',
    [],
    'return',
  ),
  // sarcastic praise of the packers: insult; post office report is evidence; sum in tenge
  c(
    'r41y-35',
    'ru',
    `Молодцы, гении упаковки! Сервиз положили в пакет без ничего, из шести чашек четыре разбитые. Получил 8 декабря, открыл прямо на почте, сотрудник составил акт. Верните за четыре чашки 6 400 тенге.`,
    'none',
    ['insult'],
    'partial_refund',
    6400,
  ),
  // voice dictation, "upset" is the only problem
  c(
    'r41y-36',
    'en',
    `Hi I'm so upset right now the remote control car I bought for my son's birthday arrived on the 3rd and the front left wheel is cracked it wobbles and the car pulls to one side I took a video please send a new one`,
    'video',
    ['emotional'],
    'exchange',
  ),
  // car part, keeps the headlight for 15 $; complete
  c(
    'r41y-37',
    'ru',
    `Здравствуйте. Заказал фару на Ниву, пришла 23.09, одно крепление отломано, ставить можно, но только на саморез. Фото сделал. Если вернёте 15 $, оставлю себе, спорить не хочу.`,
    'photo',
    [],
    'partial_refund',
    15,
  ),
  // says the photo is attached, form has none
  c(
    'r41y-38',
    'ru',
    `Здравствуйте, я из Ташкента. Кроссовки размер 40 заказал, по стельке длина 24 см, в таблице написано 25,5 см. Померил линейкой 30 июля когда пришло. Фото стельки с линейкой прикрепляю. Прошу обменять на 41.`,
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // Hinglish code-switch, "total fraud" label; H2testw facts otherwise complete
  c(
    'r41y-39',
    'en',
    `Bhai, this seller is total fraud. I ordered 128GB pendrive, H2testw shows only 8GB real, rest is fake. Tested on 10 June. Screenshot attached. Full refund karo.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // transliterated Russian, «suki» at the staff: profanity and insult; tracking named
  c(
    'r41y-40',
    'ru',
    `Zdravstvuyte. Posylka ne prishla, zakaz delal 1 mesyac nazad, trek ne obnovlyaetsya s 5 maya. Vy tam suki sovsem obnagleli. Vernite dengi.`,
    'none',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // over-polite translated English, timid request for a new keyboard; complete
  c(
    'r41y-41',
    'en',
    `Dear Seller, I am sorry to disturb you. I received the mechanical keyboard on October 2. The space bar and the enter key do not respond when I press them, other keys are fine. I made a short video. If possible, could you send me a new keyboard? I am sorry for the trouble.`,
    'video',
    [],
    'exchange',
  ),
  // Ukrainian name-calling «дурні» at the seller: insult; no evidence
  c(
    'r41y-42',
    'ru',
    `Дурні ви, а не продавці. Я ж русским языком написал: нужна бита для шуруповёрта, шестигранник 1/4, а прислали с круглым хвостовиком. Получил позавчера. Меняйте.`,
    'none',
    ['insult', 'missing_evidence'],
    'exchange',
  ),
  // dictation with a misheard «фиту лампу»; complete
  c(
    'r41y-43',
    'ru',
    `добрый день заказ на фиту лампу для растений пришёл 2 недели назад сразу включила а синие светодиоды не горят только красные через неделю и красные начали моргать видео прикрепила прошу вернуть деньги полностью спасибо`,
    'video',
    [],
    'full_refund',
  ),
  // German-English mix, "defekt" is generic; no time
  c(
    'r41y-44',
    'en',
    `Hallo, the coffee machine milk frother is defekt. Bitte send new one. Photo anbei.`,
    'photo',
    ['missing_what', 'missing_when'],
    'exchange',
  ),
  // Kazakh «апа» as address; «обидно» is an affect word
  c(
    'r41y-45',
    'ru',
    `Апа, здравствуйте. Брала для внучки куклу с длинными волосами, в описании волосы до пояса, а у куклы до плеч и одна рука не двигается. Открыли 1 сентября, в день рождения. Обидно очень. Фото куклы прикладываю. Верните деньги.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // masked mat asked of the seller in one question: profanity and insult; seller's silence is no time
  c(
    'r41y-46',
    'ru',
    `Ара, ох*ели совсем? Третью неделю пишу, ответа ноль. Заказал радиатор на Приору, пришёл с помятыми сотами, видно на фото. Меняйте на целый.`,
    'photo',
    ['profanity', 'insult', 'missing_when'],
    'exchange',
  ),
  // Vietnamese English: the daughter cried (emotional), "some money back" has no sum; no evidence
  c(
    'r41y-47',
    'en',
    `Hello shop, I get the phone case yesterday but the colour is black not purple like I choose. My daughter she cry. Can you give me some money back, I keep it.`,
    'none',
    ['emotional', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «не доводи до греха» after a polite start: veiled threat
  c(
    'r41y-48',
    'ru',
    `Братан, по-хорошему прошу. Заказ кондиционер мобильный, 9000 BTU, пришёл 7000 на наклейке, комнату не охлаждает. Получил 15 июля, фото наклейки скинул. Верни деньги, не доводи до греха.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // transliterated Russian, calm, pot handle rivet; complete
  c(
    'r41y-49',
    'ru',
    `Zdravstvuite. Poluchila nabor kastryul 19.01, u bolshoi kastryuli otvalilas ruchka pri pervom ispolzovanii, zaklepka lopnula. Foto prilagayu. Proshu zamenit kastryulyu.`,
    'photo',
    [],
    'exchange',
  ),
  // "On photo you can see" with no file; complaining to arbitration is lawful
  c(
    'r41y-50',
    'en',
    `Good day. Bluetooth speaker came 11.11 with crack on the grid and sound is hissing on maximum volume. On photo you can see the crack. I will complain on you to AliExpress arbitrage if you not answer. Please return my money.`,
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // dictated Russian switching to English for "idiots" at the staff: insult; no time
  c(
    'r41y-51',
    'ru',
    `здравствуйте заказывала спрей для волос с кератином пришёл шампунь вообще другой товар idiots честно фото прикрепила обменяйте`,
    'photo',
    ['insult', 'missing_when'],
    'exchange',
  ),
  // innocent trap: the village of Ебейты is a place name; tracking status quoted; complete
  c(
    'r41y-52',
    'ru',
    `Здравствуйте. Я живу в селе Ебейты, Омская область. Посылка с триммером электрическим для газона 35 дней не может дойти, по трек-номеру пишет «прибыла в сортировочный центр» с 2 июня и всё. Прошу вернуть полную сумму 4 300 руб.`,
    'none',
    [],
    'full_refund',
  ),
  // dictation, "ridiculous" is affect; Monday of arrival is the time; no evidence
  c(
    'r41y-53',
    'en',
    `this is ridiculous I ordered two silicone baking mats and received only one the order came on Monday please send the second mat`,
    'none',
    ['emotional', 'missing_evidence'],
    'exchange',
  ),
  // long Belarusian-Russian text, return at the buyer's cost; complete
  c(
    'r41y-54',
    'ru',
    `Добры дзень. Пишу вам па-беларуску і па-руску разам, прабачце. Заказывала садовый опрыскиватель на 5 литров. Получила 26 красавіка, налила воду — течёт из места, где шланг соединяется с баком, и насос не держит давление, через минуту всё сдувается. Видео снимала, прикрепила к спору. Гатова отправить его назад за свой счёт, если вернёте деньги.`,
    'video',
    [],
    'return',
  ),
  // "friends in the port", "it would be a shame if", "we understand each other": veiled threat
  c(
    'r41y-55',
    'en',
    `Dear friend, I order the fishing reel on 1 March, it came with the handle bent, it's not turning smooth. Video of it is attached. I have many friends in the Shanghai port, it would be a shame if your next container is stuck there for long. Please refund me, I think we understand each other.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // short, concrete valve fault, no time and no request
  c(
    'r41y-56',
    'ru',
    `Ассалому алайкум. Скороварка пришла, клапан на крышке не закрывается, пар выходит сбоку. Фото есть.`,
    'photo',
    ['missing_when', 'missing_resolution'],
    'none',
  ),
  // Arabic "hmar" (donkey) in a mocking question about the packer: insult
  c(
    'r41y-57',
    'en',
    `Who pack this, a hmar? The dress is size 38 EU on the order and I receive 44. I open it on 12/05. Photo with the label attached. Change it please.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // English opening then Russian; a percentage gives no sum
  c(
    'r41y-58',
    'ru',
    `Hi. Extremely sorry for my English, пишу дальше на русском. Купил набор инструментов 46 предметов, 3 головки на 10, 12 и 14 отсутствуют, ячейки пустые. Обнаружил при распаковке 9 января. Фото приложил. Хочу компенсацию 30% от цены.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // scare quotes around «случайно»: sarcasm about honesty, accusation
  c(
    'r41y-59',
    'ru',
    `Здравствуйте. Заказал часы Casio, пришли без коробки и без гарантийного талона, на задней крышке надпись кривая. Ну конечно, «случайно» так вышло. Получил 30 ноября. Фото приложил. Верните деньги.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // dictated «ёпт» as a cry (minced mat), «опять двадцать пять» is an idiom; measured at home
  c(
    'r41y-60',
    'ru',
    `ну ёпт опять двадцать пять заказывал удочку телескопическую 3 метра пришла 2 метра 40 замерил рулеткой дома видео скинул давайте деньги назад полностью`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Polish oath "Kurwa" as a cry: profanity and emotional; EU and 36V are abbreviations
  c(
    'r41y-61',
    'en',
    `Kurwa, third day I try to open this dispute. The electric scooter charger arrived 4 days ago, the plug is EU but the output is 36V instead of 42V, scooter not charging. Photo of label attached. Please send correct charger.`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // Uzbek speaker mixing an English product name; short and complete
  c(
    'r41y-62',
    'ru',
    `Салам. Power bank 20000 заказал, 1 марта получил, телефон заряжает только до 20%, потом сам выключается. Видео смотрите. Деньги верните пожалуйста.`,
    'video',
    [],
    'full_refund',
  ),
  // innocent trap: "Shame on the packing" scolds carelessness; Filipino "po"; complete
  c(
    'r41y-63',
    'en',
    `Sorry for disturbing, po. The baby stroller I received last Friday has a bent front wheel and it squeaks loud. Shame on the packing, there was no bubble wrap at all. I attach video. Kindly replace the wheel or the stroller, po.`,
    'video',
    [],
    'exchange',
  ),
  // wishing the seller's children the same waiting "and never get it": threat
  c(
    'r41y-64',
    'ru',
    `Столько ждал эту кофемашину, пришла 5 августа с отломанной ручкой от рожка, фото сделал. Чтобы ваши дети так же ждали и не дождались. Деньги верните полностью.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Hindi name-calling "ullu ke pathe" at the seller: insult; HDMI is an abbreviation
  c(
    'r41y-65',
    'en',
    `Ullu ke pathe, I ordered 5 metre HDMI cable and you sent 1.5 metre. Received on 21st. Photo attached. Send correct 5 metre one.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // dictation, sheet sizes in words, keeps the set for a sum in words; complete
  c(
    'r41y-66',
    'ru',
    `здравствуйте получила комплект постельного белья двуспальный вчера распаковала а простыня полуторка размер сто пятьдесят на двести вместо двести на двести двадцать фото этикетки прикрепила оставлю себе верните пожалуйста семьсот рублей`,
    'photo',
    [],
    'partial_refund',
    700,
  ),
  // Korean speaker's English, will send the dryer back: return, complete
  c(
    'r41y-67',
    'en',
    `Hello. Goods arrived in 17th May. The hair dryer wind is only cold, hot mode is not working although the red lamp is on. I made video. I will send back the dryer, please return the money after you receive.`,
    'video',
    [],
    'return',
  ),
  // surzhyk "all sellers here are the same, only cheat": blanket accusation; no time, no evidence
  c(
    'r41y-68',
    'ru',
    `Та шо ж такое, все продавцы тут одинаковые, одно обманывают. Лейка садовая пришла с трещиной на дне, вода течёт. Верните деньги.`,
    'none',
    ['accusation', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // German speaker, car part, "6,50 €" is 6.5; complete
  c(
    'r41y-69',
    'en',
    `Hello, I ordered 2 wiper blades 650 mm and 400 mm for my Golf 7. Both came 550 mm, I measured them when I unpacked on 3 November. Photos are attached. I can use one of them, so please refund 6,50 € for the other.`,
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // transliterated «blyat» as a cry: profanity and emotional
  c(
    'r41y-70',
    'ru',
    `blyat, zakazal chehol na planshet Samsung Tab A9, prishel na A8, ne nalazit. Poluchil vchera. Foto est. Pomenyayte.`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // English dictation, three lights of ten, "7 dollars 20 cents" = 7.2; complete
  c(
    'r41y-71',
    'en',
    `hello the garden solar lights I ordered arrived on the 8th out of the ten lights three do not switch on at night even after a full sunny day I checked them two evenings in a row I took photos of the three dark ones please refund for those three it's 7 dollars 20 cents`,
    'photo',
    [],
    'partial_refund',
    7.2,
  ),
  // «баран» aimed at the packer: insult
  c(
    'r41y-72',
    'ru',
    `Ваш упаковщик — баран, семена перепутал. Заказывал семена томата черри, пришли огурцы, на пакете так и написано «огурец». Получил 10 февраля. Фото пакета прикрепил. Верните деньги.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // writing for a father, declines money and asks for a new set: exchange, complete
  c(
    'r41y-73',
    'ru',
    `Добрый день, уважаемый продавец. Пишу от имени мой отец, он по-русски не пишет. Он заказал набор свёрл по металлу 13 штук, 25 декабря получил. Когда первый раз сверлил, сверло 6 мм сразу сломалось пополам, а 8 мм затупилось за два отверстия. Фото сломанного сверла прикладываю. Просим прислать новый набор, деньги не надо.`,
    'photo',
    [],
    'exchange',
  ),
  // "Disgusting" is affect, "not as described" is vague; no evidence
  c(
    'r41y-74',
    'en',
    `Disgusting quality, not as described at all. I receive the sweater last week. Refund.`,
    'none',
    ['emotional', 'missing_what', 'missing_evidence'],
    'full_refund',
  ),
  // non-receipt with a tracking number and a conditional request; complete
  c(
    'r41y-75',
    'ru',
    `Здравствуйте. Заказ на детский конструктор 45 дней назад оплатил, по трек-номеру RB123456789SG последний статус «передано в авиакомпанию» от 12 марта. Больше ничего нет. Если посылку найти нельзя, верните деньги, 3 990 ₸ (тенге).`,
    'none',
    [],
    'full_refund',
  ),
  // publishing the seller's name and home address: threat
  c(
    'r41y-76',
    'en',
    `I found your real name and your home address from the company register. Maybe I post it in all Facebook groups of my country with your photo. The smart watch stop showing time after 2 days, screen is black. Video attached. Refund.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // dictated, calm, odd pair of kids' trainers; no evidence
  c(
    'r41y-77',
    'ru',
    `добрый вечер пришли сегодня кроссовки детские левый кроссовок на размер меньше правого на стельке написано 31 а на правом 32 прошу поменять на пару одинакового размера`,
    'none',
    ['missing_evidence'],
    'exchange',
  ),
  // masked mat naming the item ("This sh!t"): profanity only
  c(
    'r41y-78',
    'en',
    `This sh!t is not charge at all. I plug the USB fan 25 January, nothing, no light. Photo attached. Money back.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // surzhyk, calm cosmetics complaint; complete
  c(
    'r41y-79',
    'ru',
    `Доброго дня. Получила палетку теней 14 червня, при открытии три цвета розбиті на крихти, ще й крышка треснута. Фото додаю. Прошу вернуть деньги полностью.`,
    'photo',
    [],
    'full_refund',
  ),
  // a reply of one two-letter word: nothing to check
  c('r41y-80', 'en', `ok`, 'none', ['empty_text'], 'none'),
];
