import { labelled as c, type CorpusCase } from './types';

/**
 * Round twenty-two, hold-out set M: buyers who dictate their message by voice on a phone (run-on sentences, numbers,
 * dates and sums spoken as words, filler words, the dictation app's stray «точка»/«запятая»/"period"/"comma", repeated
 * words, misrecognitions, mat spelled out or starred by the app), and older or visually impaired buyers who dictate
 * slowly and politely. Written by a hand that has not read the analyzer's rules or other corpus files; labels follow
 * DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - A date or a sum spoken in words counts like one in digits («двадцать третьего мая» is a date, «триста сорок три
 *   рубля» is 343, «четыре тысячи рублей» is 4000, "four dollars fifty" style sums are decimals).
 * - The dictation app's own artefacts (punctuation written as words, a word said twice, "um", «ну», «короче», «вот»,
 *   «это самое») are neither rude nor emotional and change no label; a lone «Ну» or "Um" is an empty text.
 * - A word the app starred («х**ня», «п****ц», «у****и», "f***ing", "s***ty") is masked mat: profanity.
 * - A misrecognition that puts a swear word into the text ("flat shit" for "flat sheet") is labelled profanity: the
 *   text as it stands must be changed before sending, whatever the buyer meant.
 * - A file in the form counts as evidence even when the text does not name it; a text that says a file is attached
 *   when the form has none gets `evidence_not_attached` only (no `missing_evidence`).
 * - «насадка ваша пиздец полный» (a judgement of the item, no "!") is profanity only; «ну это п****ц а не утюг» (with
 *   «ну», a cry) and «бля ну сколько можно», «охуеть просто» (interjections) are profanity and emotional.
 * - "f***ing idiots" and «у****и со склада» aimed at staff: profanity and insult, not emotional (round nine).
 * - «вы там на складе совсем глухие или как» names staff by a deficiency, like «слепые»: an insult.
 * - «вы там в своём уме» questions sanity: an insult; declining a seller's 10% and asking for all the money is a full
 *   refund; declining 100 roubles with «идите нах» and asking for all the money is profanity and a full refund.
 * - «ну спасибо вашим мастерам упаковки, талантливые люди» praises the people for a failure: an insult.
 * - Offering to come to the seller's pickup point in person to hand the item back is a return, not a visit threat.
 * - Wishing the seller and their family good health is no veiled threat.
 * - "I'm not saying anyone did this on purpose" takes the label back: no accusation.
 * - "people who rip me off always end up regretting it" is a threat and an accusation (round four).
 * - «подскажите где моя посылка», "I do not know what to do now", «подскажите что мне делать» are no request.
 * - "refund thirty percent" is a partial refund without a sum; "4,50 euros" is 4.5.
 * - The seller's insult reported by the buyer («ответил что у меня руки кривые и я сама дура», "the seller's reply
 *   was, and I quote, …") is not the buyer's; quoted mat («написал мне «иди на х**»») stays profanity.
 * - Brand, place and thing names with a rude-looking piece (Cockermouth, shuttlecocks, shiitake, Sussex, Dick
 *   Hancock, «застрахуйте», «рубля», «бляха» of a belt, «корабля», «копилка свинья») are innocent.
 */
export const ROUND22_HOLDOUT_M: CorpusCase[] = [
  // Visually impaired buyer, punctuation dictated as words; leak, date, video, full refund: ready.
  c(
    'r22m-01',
    'ru',
    'Здравствуйте уважаемый продавец запятая пишу вам голосом потому что плохо вижу точка Заказывала у вас электрический чайник белого цвета запятая пришёл двенадцатого апреля запятая при первом же включении из-под крышки потекла вода на подставку точка Видео я приложила точка Прошу вас пожалуйста вернуть мне деньги полностью точка Спасибо и доброго вам здоровья',
    'video',
    [],
    'full_refund',
  ),
  // Mat judging the item, no "!" and not a cry: profanity only; otherwise complete.
  c(
    'r22m-02',
    'ru',
    'короче заказал у вас насадку для душа пришла вот вчера распаковал а она треснутая по резьбе вода брызгает во все стороны вот фото приложил короче насадка ваша пиздец полный верните деньги',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Plain good English dictation with fillers: handles, second day, photo, replacement.
  c(
    'r22m-03',
    'en',
    "hi um so I ordered a bamboo laundry basket and the handles came off on the second day when I lifted it with like wet towels in it um I've attached a photo of the torn handle and the stitching could you please send me a replacement basket thank you",
    'photo',
    [],
    'exchange',
  ),
  // «совсем глухие» aimed at warehouse staff: insult; size mismatch with receipt day and photo of the tag.
  c(
    'r22m-04',
    'ru',
    'слушайте ну вы там на складе совсем глухие или как я же русским языком писала размер сорок второй а прислали тридцать восьмой получила в пятницу примерила не налезает вот фото бирки замените пожалуйста на сорок второй',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Place name and product with rude-looking pieces; missing strainer, date, photo, send the part: ready.
  c(
    'r22m-05',
    'en',
    'Hello I live in Cockermouth and the cocktail shaker I ordered arrived on the fourteenth of June with the strainer lid missing comma only the base and the cap were in the box period I have attached a photo of the box contents period Please send the missing strainer lid thank you',
    'photo',
    [],
    'exchange',
  ),
  // Veiled threat: a relative near the warehouse who "can drop by to talk".
  c(
    'r22m-06',
    'ru',
    'так я вам уже третий раз пишу вот мой брат живёт в иу как раз рядом с вашим складом адрес я нашёл он может заехать поговорить лично если вы не вернёте деньги за самокат у которого на второй день сломался складной механизм руль просто падает вперёд на видео всё видно',
    'video',
    ['threat'],
    'full_refund',
  ),
  // The app sent a lone filler word.
  c('r22m-07', 'ru', 'Ну.', 'none', ['empty_text'], 'none'),
  // App-starred "f***ing" before the item: profanity and emotional (intensifier).
  c(
    'r22m-08',
    'en',
    'so the f***ing zip on this backpack broke the first time I opened it like seriously the pull tab just came off in my hand um photo attached I want a refund',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // «в шоке», generic «качество ужасное», no date, no file, «разберитесь».
  c(
    'r22m-09',
    'ru',
    'ну что это такое вообще я в шоке от вашего магазина заказала платье а пришло непонятно что качество ужасное ну как так можно вот короче разберитесь',
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // "you people do this on purpose": accusation, facts otherwise complete.
  c(
    'r22m-10',
    'en',
    "yeah hi so this is like the third time I've ordered from you guys and the third time something's missing you people do this on purpose this time the phone stand came without the rubber feet there should be four in the pack I opened it yesterday and there were none photo attached just send the four feet please",
    'photo',
    ['accusation'],
    'exchange',
  ),
  // Partial refund with the sum in words («рубля» contains a rude-looking piece): ready, 343.
  c(
    'r22m-11',
    'ru',
    'Здравствуйте продавец в комплекте постельного белья который я получила девятого марта не оказалось одной наволочки из двух вот фото содержимого пакета прошу вернуть за недостающую наволочку триста сорок три рубля',
    'photo',
    [],
    'partial_refund',
    343,
  ),
  // «застрахуйте» and «рубля» look rude; dent found at the post office, photo, full refund: ready.
  c(
    'r22m-12',
    'ru',
    'Добрый день посылку с термосом получил двадцать восьмого февраля на почте при вскрытии увидел вмятину на колбе и крышка не закручивается до конца фото с почты прикладываю стоимость две тысячи сорок три рубля прошу полный возврат и в следующий раз застрахуйте пожалуйста посылку',
    'photo',
    [],
    'full_refund',
  ),
  // "so even your team can follow along": condescension, an insult.
  c(
    'r22m-13',
    'en',
    "okay I'll say this slowly so even your team can follow along the lamp is meant to be warm white three thousand kelvin like the listing says and it is a cold blue white I noticed the moment I switched it on on Saturday I've attached a photo of the box next to the light I would like a warm white lamp sent instead",
    'photo',
    ['insult'],
    'exchange',
  ),
  // Dictation started and stopped: only fillers, no content.
  c(
    'r22m-14',
    'ru',
    'так вот значит это самое',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // App-starred «х**ня» as the word for the item: profanity only; return offered.
  c(
    'r22m-15',
    'ru',
    'так ну короче робот пылесос который пришёл в понедельник эта х**ня не заряжается вообще на базе стоит а индикатор не горит видео приложил верните деньги или заберите его обратно',
    'video',
    ['profanity'],
    'return',
  ),
  // Publishing the owner's home address and his wife's page: threat.
  c(
    'r22m-16',
    'en',
    "listen I've got the name of the man who owns this store and his home address in Guangzhou it's all on the business registry and I'm happy to share it on every forum I'm on along with his wife's page unless the refund for the rice cooker comes through this week the lid hinge snapped on day three video attached",
    'video',
    ['threat'],
    'full_refund',
  ),
  // «какую-то компенсацию» with no sum.
  c(
    'r22m-17',
    'ru',
    'ну вот получила куртку вчера на почте а на рукаве затяжка и пятно небольшое жёлтое фото прикрепила носить буду но хотелось бы какую-то компенсацию',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Says a photo is attached, the form has none; sum in words, 8.
  c(
    'r22m-18',
    'en',
    "hi there um the curtains I ordered arrived on the ninth of may and they're like twenty centimetres shorter than the listing says I measured them with a tape measure two hundred and thirty instead of two hundred and fifty I've attached a photo of the tape measure could I please get a partial refund of eight dollars",
    'none',
    ['evidence_not_attached'],
    'partial_refund',
    8,
  ),
  // Very polite older buyer naming support and the bank as next steps (lawful): ready.
  c(
    'r22m-19',
    'ru',
    'Добрый вечер уважаемые запятая мне семьдесят восемь лет и я почти не вижу поэтому пишу через телефон голосом точка Лупа настольная с подсветкой пришла семнадцатого числа запятая подсветка не загорается ни от сети ни от батареек точка Внучка сняла видео и приложила точка Пожалуйста верните деньги запятая если вы не ответите запятая мне придётся обратиться в службу поддержки и в свой банк точка Заранее спасибо',
    'video',
    [],
    'full_refund',
  ),
  // "are you fucking kidding me" as a cry: profanity and emotional.
  c(
    'r22m-20',
    'en',
    "are you fucking kidding me the blender jar arrived cracked right down the side I found it when I unpacked it this morning um video's attached refund me",
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // «ну конечно случайно… такие случайности»: sarcasm about honesty, accusation.
  c(
    'r22m-21',
    'ru',
    'здравствуйте заказывал плед серого цвета пришёл горчичный вот фото с этикеткой получил в среду ну конечно случайно положили не тот цвет уже второй раз у вас такие случайности прошу обменять на серый',
    'photo',
    ['accusation'],
    'exchange',
  ),
  // Concrete defect and request, no time, no file, no evidence named.
  c(
    'r22m-22',
    'en',
    "um so yeah the toaster only browns one side the left slot doesn't heat up at all can you send me a new one please",
    'none',
    ['missing_when', 'missing_evidence'],
    'exchange',
  ),
  // «копилка свинья» is the product, not a name for anyone; sum in words, 200: ready.
  c(
    'r22m-23',
    'ru',
    'здравствуйте керамическая копилка свинья пришла двадцатого числа с отбитым ухом и трещиной по спине увидела сразу как открыла коробку фото приложила прошу вернуть двести рублей',
    'photo',
    [],
    'partial_refund',
    200,
  ),
  // Visually impaired buyer, Sussex, torn elastic, date, photos: ready.
  c(
    'r22m-24',
    'en',
    "hello I'm visually impaired so I'm using voice typing please excuse any odd words the fitted sheet I ordered for my daughter in Sussex arrived on the second of July and the elastic on two corners is torn away from the fabric my daughter has taken photos which are attached I would be grateful for a replacement sheet kind regards",
    'photo',
    [],
    'exchange',
  ),
  // Ominous remark about warehouses catching fire: veiled threat.
  c(
    'r22m-25',
    'ru',
    'короче так я вам по-хорошему говорю верните деньги за гирлянду которая на второй вечер перегорела наполовину половина лампочек не горит видео приложил а то знаете склады сейчас часто горят жалко будет если и с вашим что-нибудь случится',
    'video',
    ['threat'],
    'full_refund',
  ),
  // "so disappointed", "he cried": emotional; strap named, no time, no evidence.
  c(
    'r22m-26',
    'en',
    "I am so disappointed um I saved up for this watch for my grandson's birthday and the strap snapped at the buckle he cried I want my money back",
    'none',
    ['emotional', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // «бля» spelled out by the app as an interjection; non-receipt with elapsed time and the track mentioned.
  c(
    'r22m-27',
    'ru',
    'бля ну сколько можно короче я заказал коврик для йоги ещё четвёртого марта уже больше месяца жду посылка так и не пришла трек номер не обновляется с двенадцатого числа верните деньги',
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // The seller's insult reported as evidence, not the buyer's: ready.
  c(
    'r22m-28',
    'ru',
    'Здравствуйте пишу голосом прошу прощения за ошибки кофемолка пришла десятого июня нож не крутится мотор гудит и всё когда я написала продавцу он ответил что у меня руки кривые и я сама дура скриншот переписки и видео прикладываю прошу вернуть деньги',
    'video',
    [],
    'full_refund',
  ),
  // Sarcastic praise of the packer: insult.
  c(
    'r22m-29',
    'en',
    "so um wow big congratulations to the genius who packed this they put a glass vase in a paper envelope with no bubble wrap and it arrived on Tuesday in like five pieces photos attached I'd like a full refund please",
    'photo',
    ['insult'],
    'full_refund',
  ),
  // «мошенники» and «в бешенстве»; empty box opened at the post office with a report, photo.
  c(
    'r22m-30',
    'ru',
    'так вы мошенники самые настоящие я в бешенстве заказал светильник пришла коробка пустая вес на почте был ноль ноль два килограмма сегодня получил при вскрытии на почте сотрудник составил акт фото акта прикладываю верните деньги',
    'photo',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // "shiitake" looks rude; mould on arrival date, photo, refund: ready.
  c(
    'r22m-31',
    'en',
    "hello the shiitake mushroom grow kit arrived on the ninth of September and the block inside is covered in green mould and smells sour photo attached I'd like a full refund",
    'photo',
    [],
    'full_refund',
  ),
  // Polite older buyer: size mismatch, no time, no file, asks what to do.
  c(
    'r22m-32',
    'ru',
    'Уважаемый продавец здравствуйте. Пишу вам с помощью телефона голосом, сама плохо вижу. Тапочки домашние пришли, заказывала тридцать девятый размер, а на подошве написано тридцать седьмой. Подскажите пожалуйста, что мне делать. Спасибо вам.',
    'none',
    ['missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // "it would be a real shame if something happened to your little shop": threat.
  c(
    'r22m-33',
    'en',
    "right so I've been patient the dehumidifier tank leaks from the bottom seam it started the first night there's a video attached refund me in full by Friday it would be a real shame if something happened to your little shop know what I mean",
    'video',
    ['threat'],
    'full_refund',
  ),
  // «бляха» is the belt buckle: innocent; second day, video, exchange.
  c(
    'r22m-34',
    'ru',
    'здравствуйте ремень мужской пришёл пятого сентября на второй день носки бляха отвалилась крепление на ней погнутое видео приложил прошу заменить ремень',
    'video',
    [],
    'exchange',
  ),
  // «половину стоимости»: partial without a sum.
  c(
    'r22m-35',
    'ru',
    'ну короче чемодан пришёл колесо одно отвалилось сразу как покатил из пункта выдачи в четверг фото колеса прикладываю верните мне половину стоимости',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // App-starred profanity with name-calling at staff: profanity and insult.
  c(
    'r22m-36',
    'en',
    'you guys are a bunch of f***ing idiots I ordered the black kettle and you sent a white one it arrived on Saturday and when I told you on Monday you said keep it um photo attached send me the black one',
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // «Очень обидно»; broken hinge found at the post office, photo, but no request.
  c(
    'r22m-37',
    'ru',
    'Очень обидно подарок к дню рождения мамы а у шкатулки отломана петля крышка держится на одной я открыла коробку сразу на почте фото сделала прикрепила вот',
    'photo',
    ['emotional', 'missing_resolution'],
    'none',
  ),
  // Missing markers counted at unpacking, sum with kopecks in words, 120.5: ready.
  c(
    'r22m-38',
    'ru',
    'здравствуйте в наборе фломастеров на сорок восемь цветов оказалось сорок пять не хватает трёх пересчитала сразу при распаковке двадцать первого октября фото разложенных фломастеров приложила прошу вернуть за три недостающих сто двадцать рублей пятьдесят копеек',
    'photo',
    [],
    'partial_refund',
    120.5,
  ),
  // Chargeback and consumer protection as lawful steps; the name Dick Hancock: ready.
  c(
    'r22m-39',
    'en',
    "hello um the electric blanket I ordered has a controller that shows error E one and the blanket stays cold that started the second night I used it the twelfth of November video attached showing the error I'd like a full refund please if it isn't resolved I will go to my bank for a chargeback and contact consumer protection thank you regards Dick Hancock",
    'video',
    [],
    'full_refund',
  ),
  // «ну это п****ц а не утюг»: a cry with «ну», profanity and emotional.
  c(
    'r22m-40',
    'ru',
    'ну это п****ц а не утюг подошва в первый же день покрылась чёрными пятнами и прилипает к ткани фото приложил верните деньги',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // "not as described", "not what I expected": vague; no time, no file.
  c(
    'r22m-41',
    'en',
    "um hi so the rain jacket is like not as described at all it's just not what I expected can I get a refund please",
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Knowing the seller's children and their school: threat.
  c(
    'r22m-42',
    'ru',
    'слушай продавец я нашёл твой вичат там и фотки твоих детей и где они в школу ходят так что давай по-хорошему верни деньги за рацию которая не ловит сигнал ни на одном канале с первого дня видео приложил',
    'video',
    ['threat'],
    'full_refund',
  ),
  // "period"/"comma" dictated as words; colour mismatch and date, no file, no evidence named.
  c(
    'r22m-43',
    'en',
    'hello period the rug I ordered is listed as sage green comma what arrived is bright mint green period I noticed as soon as I unrolled it on the fifth of March period please send the sage green one period',
    'none',
    ['missing_evidence'],
    'exchange',
  ),
  // «объясняю вам как для детского сада»: condescension, an insult; return offered.
  c(
    'r22m-44',
    'ru',
    'так объясняю вам как для детского сада медленно ещё раз заказывала юбку длиной семьдесят сантиметров пришла сорок пять измерила линейкой как только получила в субботу фото с линейкой прикрепила верните деньги товар отправлю обратно',
    'photo',
    ['insult'],
    'return',
  ),
  // «развод чистой воды»: accusation; material mismatch named, but no time.
  c(
    'r22m-45',
    'ru',
    'это развод чистой воды заказывала шерстяной свитер а он синтетика насквозь вот фото верните деньги',
    'photo',
    ['accusation', 'missing_when'],
    'full_refund',
  ),
  // A lone "Um." from the app.
  c('r22m-46', 'en', 'Um.', 'none', ['empty_text'], 'none'),
  // Words repeated by the app; cracked bowl, date, video, replacement: ready.
  c(
    'r22m-47',
    'ru',
    'здравствуйте здравствуйте у пароварки у пароварки треснула чаша нижняя заметила когда первый раз налила воду двадцать пятого января вода протекла на стол видео сняла приложила прошу замену чаши или пароварки целиком',
    'video',
    [],
    'exchange',
  ),
  // "ridiculous" and app-starred "s***ty" before the item; sum in words, 15.
  c(
    'r22m-48',
    'en',
    "this is honestly ridiculous um the s***ty hinges on this cabinet door snapped the day I fitted it which was Sunday the screws pulled straight out of the chipboard photo attached I'd like a refund of fifteen pounds for the door",
    'photo',
    ['profanity', 'emotional'],
    'partial_refund',
    15,
  ),
  // Older buyer, «корабля» looks rude; missing mast found at unpacking, photo, send the parts: ready.
  c(
    'r22m-49',
    'ru',
    'Добрый день. Заказывала внуку сборную модель парусного корабля, при распаковке двенадцатого декабря обнаружили, что нет мачты и паруса, одна только палуба и корпус. Фото содержимого коробки прилагаю. Пожалуйста, пришлите недостающие детали. С уважением, Нина Петровна',
    'photo',
    [],
    'exchange',
  ),
  // «вы это специально делаете»: accusation; no file, no evidence named.
  c(
    'r22m-50',
    'ru',
    'короче вы это специально делаете я уже понял у вентилятора решётка передняя одна защёлка не защёлкивается с первого дня так и болтается отправьте новую решётку',
    'none',
    ['accusation', 'missing_evidence'],
    'exchange',
  ),
  // "you absolute wallies": regional name-calling, an insult.
  c(
    'r22m-51',
    'en',
    'morning um you absolute wallies have sent me a single duvet cover when I ordered a double I opened it on Thursday photo of the label is attached swap it for a double please',
    'photo',
    ['insult'],
    'exchange',
  ),
  // «кошмар какой-то»; handlebar defect, video, but no time.
  c(
    'r22m-52',
    'ru',
    'кошмар какой-то заказала детский самокат а у него руль не фиксируется по высоте и болтается туда-сюда видео прикладываю верните деньги',
    'video',
    ['emotional', 'missing_when'],
    'full_refund',
  ),
  // "people who rip me off always end up regretting it": threat and accusation.
  c(
    'r22m-53',
    'en',
    'listen mate people who rip me off always end up regretting it one way or another um the power bank you sold me holds like half the charge it says I tested it with a USB meter on the tenth of October only four thousand eight hundred of the ten thousand milliamp hours screenshot of the meter is attached full refund now',
    'photo',
    ['threat', 'accusation'],
    'full_refund',
  ),
  // «идите вы нах» sends the seller away: profanity only; declines 100 roubles, asks for all the money.
  c(
    'r22m-54',
    'ru',
    'да идите вы нах со своими ста рублями компенсации я заплатил три тысячи семьсот за обогреватель а он выключается сам по себе через пять минут работы с первого дня видео приложил верните полностью деньги',
    'video',
    ['profanity'],
    'full_refund',
  ),
  // Sum in words in roubles from an English-writing buyer, 340: ready.
  c(
    'r22m-55',
    'en',
    "hello I'm writing in English because voice typing works better for me in English the set of kitchen towels arrived on the eighteenth of April with three towels instead of five I counted them when I opened the package photo attached please refund three hundred and forty roubles for the two missing towels",
    'photo',
    [],
    'partial_refund',
    340,
  ),
  // Polite older buyer, «на ваше усмотрение»: partial without a sum.
  c(
    'r22m-56',
    'ru',
    'Будьте добры, верните часть денег на ваше усмотрение. У скатерти по краю распустился шов почти на метр, увидела после первой стирки. Фото приложила. Спасибо.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «вы там в своём уме»: questioning sanity, an insult; refuses 10%, asks a full refund.
  c(
    'r22m-57',
    'ru',
    'вы там в своём уме вообще предлагать мне вернуть десять процентов за сковородку у которой антипригарное покрытие слезло лохмотьями после второй готовки фото приложил я прошу полный возврат',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // "so upset"; money declined, a working one asked: exchange.
  c(
    'r22m-58',
    'en',
    "I'm just so upset right now um the music box I ordered for my granddaughter's christening plays two notes and then the mechanism jams it did that straight out of the box on the twentieth of May video attached I don't want my money back just send a working one please",
    'video',
    ['emotional'],
    'exchange',
  ),
  // «охуеть просто» as a cry on opening: profanity and emotional; sum in words, 4000.
  c(
    'r22m-59',
    'ru',
    'охуеть просто открываю коробку а там вместо восьми стульев шесть ну как так то фото коробок и накладной приложил верните за два стула четыре тысячи рублей',
    'photo',
    ['profanity', 'emotional'],
    'partial_refund',
    4000,
  ),
  // "shuttlecocks" looks rude; decimal comma from the app, 4.5: ready.
  c(
    'r22m-60',
    'en',
    "hi there I ordered a tube of badminton shuttlecocks it arrived on Wednesday and six of the twelve have feathers snapped off at the base photo attached I'd like a refund of 4,50 euros for the broken ones",
    'photo',
    [],
    'partial_refund',
    4.5,
  ),
  // Polite non-receipt with elapsed time, but only asks where it is; no evidence.
  c(
    'r22m-61',
    'ru',
    'Добрый день подскажите пожалуйста где моя посылка с пряжей заказывала двадцать третьего мая уже почти два месяца прошло',
    'none',
    ['missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Coming to the pickup point in person to hand the helmet back: a return, no threat.
  c(
    'r22m-62',
    'ru',
    'здравствуйте я живу в москве рядом с вашим пунктом выдачи на складской улице шлем пришёл с трещиной на визоре заметил при распаковке фото приложил могу приехать к вам лично и сдать шлем верните пожалуйста деньги',
    'photo',
    [],
    'return',
  ),
  // "total accident I'm sure": sarcasm about honesty, accusation.
  c(
    'r22m-63',
    'en',
    "funny how it's always the charger that goes missing from your boxes isn't it total accident I'm sure anyway the hair clipper arrived on the third without its charging dock photo of the box contents attached please send the dock",
    'photo',
    ['accusation'],
    'exchange',
  ),
  // Long, slow, very polite dictation with artefacts and a good-health wish; return: ready.
  c(
    'r22m-64',
    'ru',
    'Здравствуйте уважаемый продавец точка Меня зовут Валентина Ивановна запятая мне восемьдесят два года запятая я плохо вижу и пишу вам через телефон голосом запятая так что простите если где-то будут ошибки точка Я заказывала у вас тонометр автоматический на плечо запятая его привезли мне четырнадцатого февраля запятая внук забрал с почты точка В первый же вечер я стала мерить давление и он показал двести десять на сто двадцать запятая я вызвала скорую запятая а врач померил своим аппаратом и у меня было сто сорок на восемьдесят точка Потом мы с внуком мерили три раза подряд одно и то же одно и то же запятая и каждый раз цифры разные запятая то сто шестьдесят то двести то девяносто точка Манжета тоже не держится на липучке и сползает с руки точка Внук снял всё на видео запятая видео приложено к обращению точка Мне такой прибор нельзя держать дома запятая он меня только с толку сбивает точка Я готова отправить тонометр обратно в коробке запятая внук поможет отнести на почту запятая а вы пожалуйста верните за него деньги точка Заранее большое вам спасибо запятая здоровья вам и вашим близким точка',
    'video',
    [],
    'return',
  ),
  // "I'm not saying anyone did this on purpose": a label taken back; ready.
  c(
    'r22m-65',
    'en',
    "hi um I want to be fair here I'm not saying anyone did this on purpose but the lampshade is listed as beige linen and what came yesterday is orange plastic photo attached please send the beige linen one",
    'photo',
    [],
    'exchange',
  ),
  // «не соответствует описанию, брак»: generic; everything else present.
  c(
    'r22m-66',
    'ru',
    'здравствуйте при распаковке двадцатого мая увидела что набор кастрюль не соответствует описанию брак фото приложила прошу возврат денег',
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // App-starred «у****и» aimed at warehouse staff: profanity and insult; sizes spoken as letters.
  c(
    'r22m-67',
    'ru',
    'слушайте вы у****и со склада опять прислали не тот размер перчаток эм вместо эль второй раз уже получил вчера фото бирки вот замените на эль',
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // "refund me the difference": partial without a sum.
  c(
    'r22m-68',
    'en',
    "um so I paid for the large storage box and got the medium I measured it when it arrived on Monday forty centimetres instead of sixty photo attached I'll keep it just refund me the difference",
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «ну спасибо вашим мастерам упаковки талантливые люди»: sarcastic praise of people, an insult.
  c(
    'r22m-69',
    'ru',
    'ну спасибо вашим мастерам упаковки талантливые люди положили зеркало в пакетик без ничего пришло третьего числа в осколках фото осколков прикладываю верните деньги',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // "bullshit" judging the seller's reply: profanity only.
  c(
    'r22m-70',
    'en',
    "your reply that it's normal for the kettle to smell of burning plastic is bullshit it has smelled like that every time since the first boil on the sixth of June video attached I want a refund",
    'video',
    ['profanity'],
    'full_refund',
  ),
  // Chargeback, Rospotrebnadzor and court as lawful next steps: ready.
  c(
    'r22m-71',
    'ru',
    'Здравствуйте. Оплатил восемь тысяч четыреста рублей за беговую дорожку, пришла седьмого ноября, при первом включении ремень проскальзывает и дёргается под ногами. Видео прилагаю. Прошу вернуть деньги полностью, в противном случае обращусь в банк с чарджбэком, в Роспотребнадзор и при необходимости в суд.',
    'video',
    [],
    'full_refund',
  ),
  // Slow polite older buyer: mismatch and date, no file or evidence, "I do not know what to do now".
  c(
    'r22m-72',
    'en',
    'Good afternoon. I am eighty one and I am dictating this slowly. The reading glasses arrived on the second of February. The left lens is plus two and the right lens is plus three, they should both be plus two and a half. I do not know what to do now. Thank you kindly.',
    'none',
    ['missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Misrecognised «мясо рубка»; says the video is attached, the form has none.
  c(
    'r22m-73',
    'ru',
    'здравствуйте мясо рубка пришла вчера мотор крутится а мясо не проходит наматывается на шнек и нож не режет видео прилагаю верните деньги',
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // Home address from the label and a cousin sent round: threat.
  c(
    'r22m-74',
    'en',
    "I've got your home address from the return label it's a flat in Yiwu right maybe I'll send my cousin round to pick up my refund in person since the hoverboard charger you sent melted on the first use photo attached",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «ворьё»: accusation; non-receipt with elapsed days, nothing to check it by.
  c(
    'r22m-75',
    'ru',
    'ворьё натуральное деньги взяли двадцать восьмого апреля а посылки так и нет уже сорок дней верните деньги',
    'none',
    ['accusation', 'missing_evidence'],
    'full_refund',
  ),
  // The seller's insult quoted by a blind buyer as evidence: ready.
  c(
    'r22m-76',
    'en',
    "hello support I'm a blind user dictating this. The seller's reply to my complaint was, and I quote, stop bothering us you stupid old woman. The talking kitchen scale I bought announces the wrong weight, it says two hundred grams for a one kilo bag of flour, ever since the day it arrived, the fifteenth of March. My son filmed it and the video is attached along with a screenshot of the chat. I would like a full refund.",
    'video',
    [],
    'full_refund',
  ),
  // «опять брак как всегда … разберитесь»: nothing concrete, no request.
  c(
    'r22m-77',
    'ru',
    'ну вот опять брак пришёл как всегда короче разберитесь',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Misrecognised "sheet" written as "shit": profanity in the text as sent.
  c(
    'r22m-78',
    'en',
    "hello um the king size flat shit I ordered arrived on the eleventh and it's actually a single it measures ninety by one ninety photo attached please exchange it for the king size flat shit",
    'photo',
    ['profanity'],
    'exchange',
  ),
  // The seller's mat quoted (masked): profanity; otherwise complete.
  c(
    'r22m-79',
    'ru',
    'Здравствуйте продавец в чате на мою просьбу о замене написал мне «иди на х**» скриншот приложила. Блендер пришёл первого июня при первом же использовании чаша потекла по шву снизу. Прошу замену чаши.',
    'photo',
    ['profanity'],
    'exchange',
  ),
  // "refund thirty percent": partial without an absolute sum.
  c(
    'r22m-80',
    'en',
    "um so the camping chair one of the legs is like two centimetres shorter than the others so it wobbles noticed the first time I sat in it last weekend photo attached I'll keep it if you refund thirty percent",
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
];
