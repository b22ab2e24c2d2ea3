import { labelled as c, type CorpusCase } from './types';

/**
 * Round fifteen, hold-out set f: buyers in the middle of negotiating with the seller (answering offers, counter-offering
 * sums in many currencies, refusing one remedy and asking another) about furniture and lighting, cameras and photo gear,
 * bicycles and scooters, school supplies and jewellery. Written by a hand that has not read the analyzer's rules or
 * other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Accepting the seller's offered sum is the buyer's request: a partial refund with that sum.
 * - Per-item arithmetic: the amount is the total the text itself arrives at (every such text states the total).
 * - A whole price asked back with the words "full"/«полную стоимость» is a full refund, even when the sum is named.
 * - Evidence offered on request with no file («фото у меня есть, если нужно — пришлю») names a type of evidence and
 *   says nothing is attached: neither `missing_evidence` nor `evidence_not_attached`.
 * - Every text sent with a file names that photo or video in its words, so no text relies on the file alone.
 * - A stand-alone mat sentence ("Eto pizdec.") is profanity and emotional; a mat predicate about the item without "!"
 *   («Это χуйня, а не замок») is profanity only; a mat word before the item ("S H I T quality") is an intensifier,
 *   profanity and emotional.
 * - A reply that only weighs the seller's proposed replacement model, without naming what is wrong with the item
 *   received, has no concrete problem (`missing_what`).
 * - A parcel left at a far-away depot, with the buyer paying to have it forwarded, is a concrete problem.
 * - "?!" counts as two marks in a row (emotional).
 * - Quoting the listing's claim in quotes is not an accusation by itself; joined to "What great honesty" it is.
 * - Naming a third party's rude words (the seller's rep calling the buyer a liar) is reported speech, not an insult.
 */
export const ROUND15_HOLDOUT_F: CorpusCase[] = [
  // Counter-offer for a cracked lampshade with a decimal-comma rouble sum; complete and calm.
  c(
    'r15f-01',
    'ru',
    `Здравствуйте. По заказу торшера: при распаковке 12 ноября обнаружила, что плафон из матового стекла треснул по краю, трещина около 4 см, фото приложила. Вы предложили 500 ₽ компенсации — это слишком мало, сам плафон у вас же в магазине стоит 1 480,50 ₽. Прошу частичный возврат 1 480,50 ₽, торшер оставлю себе.`,
    'photo',
    [],
    'partial_refund',
    1480.5,
  ),
  // Mat with a Latin "e" about the seller's offer, and "??": profanity and emotional.
  c(
    'r15f-02',
    'ru',
    `Вы мне предлагаете 300 рублей за рюкзак, у которого на третий день оторвалась лямка?? Это пиздeц, а не компенсация. Фото лямки выше. Верните полную стоимость рюкзака.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Innocent hardware words (butt hinge, drawer knob); a refund declined in favour of parts.
  c(
    'r15f-03',
    'en',
    `Hello, thanks for the quick reply. I don't want a refund for the bedside cabinet — I'd rather have the parts. When I assembled it on 3 March, I found that one of the two butt hinges for the door was missing from the hardware bag, and the drawer knob has a stripped thread, so it spins without tightening. Photos of the open hardware bag and the knob are attached. Please send a replacement hinge and knob.`,
    'photo',
    [],
    'exchange',
  ),
  // Knowing the seller's daughter's school: a veiled threat.
  c(
    'r15f-04',
    'ru',
    `Это уже третий ответ с отговорками. Велосипед пришёл 2 октября с погнутым передним колесом, восьмёрка хорошо видна на видео. Вы предлагаете 10 долларов. Я знаю, что ваш магазин держит Ли Вэй, и знаю, в какой школе учится его дочь. Так что подумайте ещё раз о полном возврате.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // «на ваше усмотрение» is a partial refund without a sum; «серебра» is innocent.
  c(
    'r15f-05',
    'ru',
    `Добрый день. Серьги из серебра пришли 5 сентября, но у одной из них нет заглушки на застёжке, носить невозможно. Фото приложила. Возвращать не хочу, они очень красивые. Прошу компенсацию на ваше усмотрение.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Condescension about the team's reading: insult, no swear word.
  c(
    'r15f-06',
    'en',
    `Let me spell this out slowly, since reading your own listing seems to be hard for your team: the listing says the battery grip fits the Nikon Z6 II. It doesn't — the contacts sit 3 mm too low and the camera showed "no battery" the moment I fitted it on 14 May. Video attached. I don't want another grip. Refund me in full.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // «специально», «развод»: accusation despite the facts; tenge sum.
  c(
    'r15f-07',
    'ru',
    `Самокат Kugoo получила 20 июня. При первой зарядке выяснилось, что зарядное устройство на 36 В, а в описании 42 В, самокат не заряжается выше 60 %. Фото шильдика зарядки прикладываю. Вы это знали и специально отправили не ту зарядку, это развод. Согласна оставить самокат, если вернёте 12 500 тенге на покупку нормального зарядного.`,
    'photo',
    ['accusation'],
    'partial_refund',
    12500,
  ),
  // A two-letter reply to the seller: empty text.
  c('r15f-08', 'ru', `Ок.`, 'none', ['empty_text'], 'none'),
  // "не такая, как на картинке" and "what do I do now?": vague, no request.
  c(
    'r15f-09',
    'ru',
    `Ну и что мне теперь с этим делать? Люстра совсем не такая, как на картинке. Я рассчитывала на другое.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Strong but lawful: chargeback and Trading Standards; the £5 offer declined.
  c(
    'r15f-10',
    'en',
    `I have read your offer of £5 for the ring and I am declining it. The sterling silver ring I received on 9 January is stamped 925, but it turned my finger green within two days, and a jeweller tested it on 16 January as plated brass. Her written test result and my photos are attached. I am asking for a full refund of the order. If this is not resolved through the dispute, I will open a chargeback with my bank and report the listing to Trading Standards.`,
    'photo',
    [],
    'full_refund',
  ),
  // Digit for a letter in an interjection: profanity and emotional; discount declined, exchange asked.
  c(
    'r15f-11',
    'ru',
    `6лять, ну сколько можно. Заказывала 30 тетрадей в клетку для школы, пришло 30 в линейку, распаковала 28 августа. Фото обложек приложила. Вы пишете «оставьте себе, сделаем скидку 5 %». Не надо скидку, пришлите тетради в клетку, 1 сентября на носу.`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // Says photos are attached, the form has none; euro with a decimal comma.
  c(
    'r15f-12',
    'en',
    `Hi, regarding your offer: I accept a partial refund, but not €4. The dining chair arrived on 22 April with a scratch about 10 cm long across the seat and one leg 5 mm shorter than the others, so it wobbles. I've attached photos of the scratch and of the leg next to a ruler. I'd accept €18,50 back and keep the chair.`,
    'none',
    ['evidence_not_attached'],
    'partial_refund',
    18.5,
  ),
  // Transliterated Russian with a stand-alone mat sentence.
  c(
    'r15f-13',
    'ru',
    `Prodavec, dobryi den'. Zakazal velosipednyi fonar' na 1000 lumen, a on svetit kak na 300, proveril 11 marta lyuksmetrom ryadom so starym fonarem. Eto pizdec. Video est' vyshe. Vernite den'gi polnost'yu.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Threat to publish the seller's name and home address.
  c(
    'r15f-14',
    'en',
    `You keep offering $10 for a lens that arrived on 2 June with fungus inside the second element — it's clearly visible in the photos I attached, taken with a torch shining through it. I paid $180. I've found your real name and home address through the company registry. Refund the full $180 by Friday or I'll post both in every photography group I'm in.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // The seller's rude reply quoted as evidence; offering to send the chain back is a return.
  c(
    'r15f-15',
    'ru',
    `Добрый день. Цепочка 50 см пришла 18 июля длиной 45 см, измерила портновским сантиметром, фото с сантиметром приложила. Когда я написала об этом в чате, продавец ответил: «сама дура, меряй нормально». Скриншот переписки тоже прикладываю. Прошу вернуть полную стоимость, цепочку готова отправить обратно.`,
    'photo',
    [],
    'return',
  ),
  // «обалдуи со склада» aimed at staff: insult, no emotion markers.
  c(
    'r15f-16',
    'ru',
    `Лампа настольная пришла 3 февраля: при включении мигает и гаснет через минуту, видео снято в тот же вечер и приложено. Вы мне предлагаете «перезагрузить лампу». Перезагрузить лампу. Кто у вас там сидит, обалдуи со склада? Верните деньги полностью.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // Scare quotes around "mistake" and "What a coincidence": accusation; per-pack sum with its total.
  c(
    'r15f-17',
    'en',
    `So this is the second time the "wrong colour by mistake" has happened with my order. I ordered 12 packs of blue gel pens for my classroom and received 12 packs of black on 7 September, photo attached. What a coincidence, the black ones are the ones nobody buys. I don't need them exchanged any more, term has started and I'll use them. Refund £0.60 per pack, so £7.20 in total.`,
    'photo',
    ['accusation'],
    'partial_refund',
    7.2,
  ),
  // "It would be unpleasant if something happened to the warehouse": veiled threat.
  c(
    'r15f-18',
    'ru',
    `Добрый вечер. Самокат пришёл 14 апреля с трещиной на деке у крепления руля, на фото видно. Вы предлагаете прислать новую деку через 40 дней. Я не буду ждать 40 дней, верните деньги. У меня брат часто бывает в Гуанчжоу рядом с вашим складом, было бы неприятно, если бы со складом что-нибудь случилось.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // A discount declined, the item offered back: return; complete.
  c(
    'r15f-19',
    'en',
    `Thank you for offering a $15 discount, but I'd prefer to return the bike computer. It arrived on 30 August, and from the first ride the speed reading jumps between 0 and 60 km/h even when I'm riding steadily at 20. I recorded a video of the screen during a ride, attached. I'll send it back at your cost and expect a full refund once you receive it.`,
    'video',
    [],
    'return',
  ),
  // «в шоке» and two capitalised words: emotional; exchange refused, refund asked.
  c(
    'r15f-20',
    'ru',
    `Я просто в шоке. Кольцо брала на годовщину, камень выпал на второй день прямо на улице, найти не смогла. Фото пустой оправы прикладываю. Вы предлагаете ЗАМЕНУ через месяц — НЕТ, годовщина уже прошла. Верните деньги.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // Sarcastic praise of the packers: insult; «деньги не нужны, пришлите…» is an exchange.
  c(
    'r15f-21',
    'ru',
    `Снимаю шляпу перед вашими упаковщиками, профессионалы высшего класса. Шкаф пришёл 9 мая, обе боковые стенки с отколотыми углами, коробку ничем не проложили. Видео распаковки приложила. Деньги не нужны, пришлите две новые боковины.`,
    'video',
    ['insult'],
    'exchange',
  ),
  // Place names Cockermouth and Shitterton; a shipping cost asked back.
  c(
    'r15f-22',
    'en',
    `Hi Mia, thanks for sorting out the replacement bulb. One more thing: the parcel with the wall lights should have come to my address in Cockermouth, but the courier left it at a depot in Shitterton, Dorset, and I had to pay £6.95 on 11 October to have it forwarded. The receipt and a screenshot of the tracking page are attached. Could you refund that £6.95 shipping cost, please?`,
    'photo',
    [],
    'partial_refund',
    6.95,
  ),
  // Per-item arithmetic in hryvnia; complete.
  c(
    'r15f-23',
    'ru',
    `Доброго дня. Набор фломастеров на 24 цвета получила 16 октября, при открытии в коробке оказалось 20 штук, четырёх цветов нет — фото коробки приложила. Каждый фломастер в вашем магазине отдельно стоит 15 грн, значит 4 × 15 = 60 грн. Прошу вернуть 60 грн.`,
    'photo',
    [],
    'partial_refund',
    60,
  ),
  // Masked English profanity as intensifier and "?!": profanity and emotional; return.
  c(
    'r15f-24',
    'en',
    `Are you f*cking kidding me?! A tripod sold as new, with someone else's scratches all over the legs and a dent in the head plate. Opened it on 19 November, photos attached. Take it back — I'll ship it this week — and give me a full refund.`,
    'photo',
    ['profanity', 'emotional'],
    'return',
  ),
  // Lawful steps (Роспотребнадзор, суд) and «потребляет»: innocent; percent offer declined.
  c(
    'r15f-25',
    'ru',
    `Я отклоняю ваше предложение вернуть 15 %. Прожектор, заявленный как 50 Вт, по ваттметру потребляет 18 Вт — замерила 4 декабря, сразу после установки, видео замера приложено. Это существенное несоответствие описанию. Прошу полный возврат стоимости. Если спор не решится, обращусь в Роспотребнадзор и при необходимости в суд.`,
    'video',
    [],
    'full_refund',
  ),
  // "All sellers are the same": blanket accusation; no time or discovery.
  c(
    'r15f-26',
    'ru',
    `Все вы, продавцы с Али, одинаковые: продаёте б/у под видом нового. У фотоаппарата пробег затвора 38 000 кадров, а продавался как новый. Скриншот прилагаю. Верните деньги.`,
    'photo',
    ['accusation', 'missing_when'],
    'full_refund',
  ),
  // "the difference" without a sum; a return declined.
  c(
    'r15f-27',
    'en',
    `I don't want to send the sofa back — it's 40 kg and return shipping would cost more than it's worth. It arrived on 12 June in grey, while I ordered and paid for the beige one (order screenshot and photo attached). The grey one is cheaper on your own page. Please refund the difference.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Mat with dropped vowels as an intensifier: profanity and emotional.
  c(
    'r15f-28',
    'ru',
    `Пздц какой тормоз. Гидравлика на заднем колесе потекла после первой же поездки 8 июня, вся колодка в масле, фото приложил. Ваш вариант «прокачайте сами» не подходит. Пришлите новый тормоз в сборе.`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // Zloty sum in words; complete.
  c(
    'r15f-29',
    'ru',
    `Здравствуйте. Согласна на частичный возврат, но прошу другую сумму. Браслет пришёл 21 марта, при первом надевании на застёжке отломилось колечко, браслет держится на одном звене — фото приложила. Ювелир заменит застёжку за сорок злотых, квитанцию тоже прикладываю. Прошу вернуть сорок злотых.`,
    'photo',
    [],
    'partial_refund',
    40,
  ),
  // "disappointed", "not what I expected", "poor quality": emotional and vague.
  c(
    'r15f-30',
    'en',
    `Honestly so disappointed. The flash is just not what I expected and the quality is poor. I want my money back.`,
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // «умею считать до трёх, в отличие от некоторых»: condescension, insult.
  c(
    'r15f-31',
    'ru',
    `Объясню ещё раз, медленно, раз с первого раза у вас не получается: я заказала пенал с тремя отделениями, пришёл с одним. С одним. Видео распаковки от 2 сентября приложено. Писать «посмотрите внимательнее» не надо, я умею считать до трёх, в отличие от некоторых. Прошу заменить пенал на заказанный.`,
    'video',
    ['insult'],
    'exchange',
  ),
  // "I'd hate for us to meet in person" with the shop's address: veiled threat.
  c(
    'r15f-32',
    'en',
    `I've been patient. The e-scooter stopped charging on day five; the charging port is burnt black, see the photos attached. You offered 20 dollars. I happen to be in Shenzhen next month and your shop address is on your business licence. I'd hate for us to have to meet in person over this. Full refund, please.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Says a video is attached, none in the form; per-metre arithmetic in tenge.
  c(
    'r15f-33',
    'ru',
    `Светодиодная лента 5 м пришла 4 марта длиной 3,8 м, измерил рулеткой. На видео, которое прикладываю, всё видно. Вы предлагаете 1 000 тенге, а я посчитал по цене метра: 1,2 м × 1 450 тенге = 1 740 тенге. Прошу вернуть 1 740 тенге.`,
    'none',
    ['evidence_not_attached'],
    'partial_refund',
    1740,
  ),
  // «бляхой», «учебников», «рубля»: innocent look-alikes; complete.
  c(
    'r15f-34',
    'ru',
    `Добрый день. Заказывала школьный ремень с металлической бляхой и обложки для учебников. Обложки в порядке, а бляха пришла 30 августа с отломанным язычком, ремень не застёгивается, фото приложила. Вы предложили 50 рублей, но одна доставка стоила 92 рубля, а сама бляха в вашем магазине — 180 рублей. Прошу частичный возврат 180 рублей.`,
    'photo',
    [],
    'partial_refund',
    180,
  ),
  // The agent's profanity quoted as evidence: still profanity.
  c(
    'r15f-35',
    'en',
    `On 5 July I reported that the quick-release buckle on the camera strap snapped the first time I loaded it, and the camera dropped onto the pavement (photos of the buckle attached). Your agent replied in chat: "stop this bullshit and accept $3". I won't accept $3. Please refund the strap in full.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Facts and a video, but no request at all.
  c(
    'r15f-36',
    'ru',
    `Получила ваше сообщение. Про фотовспышку Godox я уже писала: 15 января после десяти кадров перестала срабатывать, индикатор горит красным, видео в приложении. Теперь вы пишете, что это из-за батареек. Батарейки новые, Eneloop. Не знаю, что вам ещё сказать.`,
    'video',
    ['missing_resolution'],
    'none',
  ),
  // Spaced profanity before the item, plus "you know it": profanity, emotional, accusation.
  c(
    'r15f-37',
    'en',
    `Gold-plated hoops went black in a week, photo attached. That's not plating, that's paint. S H I T quality and you know it. Refund me.`,
    'photo',
    ['profanity', 'emotional', 'accusation'],
    'full_refund',
  ),
  // A negated accusation is not one; exchange declined, a sum asked.
  c(
    'r15f-38',
    'ru',
    `Добрый день. Я не думаю, что вы специально прислали не тот цвет, такое бывает. Но комод пришёл 17 октября белый, а заказан был «дуб сонома» — это видно на фото этикетки на коробке и на скриншоте заказа. Менять не хочу, ждать ещё месяц неудобно. Готова оставить белый, если вернёте 3 000 ₽.`,
    'photo',
    [],
    'partial_refund',
    3000,
  ),
  // «идите нах» to the seller: profanity only.
  c(
    'r15f-39',
    'ru',
    `Со своими советами «подкрутите контакт» идите нах. Бра пришло 25 января, при включении искрит в патроне, сгорели две лампочки, видео приложено. Верните деньги за бра.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
  // Hryvnia sum for a part; complete.
  c(
    'r15f-40',
    'en',
    `Hello, thank you for agreeing to a partial refund instead of a return. The folding latch on the kick scooter arrived on 8 May with a cracked plastic lever, which I noticed when unfolding it for the first time. Photo attached. A local shop quoted 350 UAH for a new lever, so I'd ask for a partial refund of 350 UAH.`,
    'photo',
    [],
    'partial_refund',
    350,
  ),
  // «Ужас» and «половину»: emotional, partial without a sum.
  c(
    'r15f-41',
    'ru',
    `Ужас просто. Объектив Юпитер-37А пришёл 3 апреля: внутри пыль и царапина на задней линзе, фото через фонарик приложила. Возвращать в Китай дороже самого объектива. Верните хотя бы половину.`,
    'photo',
    ['emotional', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Greek chi in mat, a predicate about the item without "!": profanity only.
  c(
    'r15f-42',
    'ru',
    `Велосипедный замок пришёл 10 июня, код сбился на второй день, теперь замок открывается любым сочетанием — видео приложил. Это χуйня, а не замок. Пришлите другой замок, рабочий.`,
    'video',
    ['profanity'],
    'exchange',
  ),
  // Concrete symptom, no time, no evidence.
  c(
    'r15f-43',
    'en',
    `The scientific calculator I got for my son's exams shows "Math ERROR" for every square root, even √4. Please send a working replacement.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'exchange',
  ),
  // Support, bank chargeback and an honest review: lawful; discount declined.
  c(
    'r15f-44',
    'ru',
    `Уважаемый продавец, я вынуждена отказаться от вашего предложения скидки на следующий заказ. Настольная лампа пришла 2 ноября с оторванным у основания проводом — это видно на фото, которое я приложила к спору. Скидка мне не нужна, прошу полный возврат. Если не договоримся, обращусь в поддержку AliExpress, а затем в свой банк с заявлением об оспаривании платежа. Также оставлю честный отзыв о покупке.`,
    'photo',
    [],
    'full_refund',
  ),
  // "!!!" and a threat to post the seller's phone and address: threat and emotional.
  c(
    'r15f-45',
    'ru',
    `Третий раз пишу!!! Кулон пришёл 1 июня с облезшим покрытием, фото приложены. Вы не отвечаете неделю. Ваш телефон и адрес у меня есть с накладной. Верните деньги до пятницы, иначе выложу их в группу покупателей на 40 тысяч человек, пусть звонят.`,
    'photo',
    ['threat', 'emotional'],
    'full_refund',
  ),
  // "scammers" with a tracking number and elapsed time: accusation only.
  c(
    'r15f-46',
    'en',
    `My pendant lamp order has been in transit for 63 days, and tracking LP00523164877CN hasn't updated since 12 August. You told me twice to "wait a bit longer". You're scammers who ship nothing and wait for the buyer protection period to run out. Refund me.`,
    'none',
    ['accusation'],
    'full_refund',
  ),
  // Photo offered on request, none attached; no time.
  c(
    'r15f-47',
    'ru',
    `Фото у меня есть, если нужно — пришлю. Барный стул: одна ножка погнута, сиденье шатается. Прошу обмен на целый стул.`,
    'none',
    ['missing_when'],
    'exchange',
  ),
  // «Клоуны.» aimed at staff: insult.
  c(
    'r15f-48',
    'ru',
    `Вы там цирк устроили? Сначала прислали самокат с зарядкой под американскую розетку, получила 6 марта, фото вилки приложено. Потом предложили «купить переходник за свой счёт». Клоуны. Пришлите зарядку с европейской вилкой.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Zloty with a decimal comma; complete.
  c(
    'r15f-49',
    'en',
    `Hi, I'm replying to your offer of 20 zł. The bicycle saddle bag I received on 27 May has a broken zip slider — it came off in my hand the first time I opened the bag. Photo attached. Fitting a new slider at a tailor's costs 34,50 zł (receipt in the second photo). I'd accept a partial refund of 34,50 zł and keep the bag.`,
    'photo',
    [],
    'partial_refund',
    34.5,
  ),
  // «бракованная» is generic; «расстроилась ужасно» is affect.
  c(
    'r15f-50',
    'ru',
    `Гирлянда пришла бракованная, расстроилась ужасно, хотела ребёнку на Новый год повесить. Получила 20 декабря, фото приложила. Верните деньги.`,
    'photo',
    ['emotional', 'missing_what'],
    'full_refund',
  ),
  // Masked mat at the seller in a single question: profanity and insult.
  c(
    'r15f-51',
    'ru',
    `Вы там е**нутые? Я вам третий раз пишу: стол пришёл 11 апреля без четырёх винтов для ножек, собрать невозможно, фото пакета с фурнитурой приложила. А вы мне опять предлагаете скидку 3 %. Пришлите винты.`,
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // "Matsushita", "cocking lever": innocent; offer declined, return by tracked post.
  c(
    'r15f-52',
    'en',
    `Dear seller, the vintage Matsushita rangefinder arrived on 6 March. The cocking lever jams halfway on every second frame, so the shutter won't fire — I've attached a video showing ten attempts. The listing said "fully tested, works perfectly". I'm not accepting the $12 offer; I'll send the camera back by tracked post and ask for a full refund once it reaches you.`,
    'video',
    [],
    'return',
  ),
  // "?!" with a capitalised word; no time; refund declined, exchange asked.
  c(
    'r15f-53',
    'ru',
    `ПОЧЕМУ размер не тот?! Заказывала кольцо 17 размера, пришло 19, болтается на пальце, фото с кольцомером приложила. Деньги возвращать не надо, пришлите 17-й.`,
    'photo',
    ['emotional', 'missing_when'],
    'exchange',
  ),
  // "Which of you numpties packed this?": insult.
  c(
    'r15f-54',
    'en',
    `Which of you numpties packed this? I ordered a set of 10 A4 ring binders on 1 August; they arrived on 21 August crushed flat, because you sent them in a plastic bag. Photos attached. I need them for school on Monday, so please send a new set in a box.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // «Требую компенсацию» with no sum and no evidence; «Требую» is innocent.
  c(
    'r15f-55',
    'ru',
    `Требую компенсацию. Велосипедный шлем пришёл 12 мая без визора, хотя на странице товара визор указан в комплекте.`,
    'none',
    ['partial_without_amount', 'missing_evidence'],
    'partial_refund',
    null,
  ),
  // A long reply accepting a return with return shipping paid; complete.
  c(
    'r15f-56',
    'ru',
    `Добрый день, Анна. Спасибо, что ответили в выходные. Принимаю ваше предложение: я отправляю фоторюкзак обратно, вы оплачиваете обратную доставку и после получения возвращаете полную стоимость. Чтобы в споре всё было в одном месте, напомню суть. Рюкзак пришёл 26 сентября, первую неделю всё было хорошо, но ровно через неделю, когда я несла в нём камеру и два объектива, у нижнего отделения оторвалась ручка вместе с куском ткани — шов просто разошёлся, нитки вылезли по всей длине. Камера, к счастью, не пострадала. Фото ручки и шва приложены к спору, там же фото бирки с артикулом. Ваше первое предложение — 8 долларов компенсации — меня не устроило, потому что рюкзак с таким швом носить технику нельзя, а перешивать его в ателье мне предложили за сумму больше половины цены рюкзака. Второе предложение — замена на такой же рюкзак — тоже не подходит: если шов у этой партии такой, следующий порвётся так же. Поэтому возврат. Пришлите, пожалуйста, адрес для возврата и этикетку, если она у вас предусмотрена. Трек-номер отправки пришлю сюда же, как только сдам посылку на почту, обычно это занимает у меня день-два. Если понадобится что-то ещё — дополнительные фото, видео шва или переписка с ателье, — напишите, пришлю.`,
    'photo',
    [],
    'return',
  ),
  // "What great honesty" about a listing claim: sarcasm about honesty, accusation.
  c(
    'r15f-57',
    'en',
    `What great honesty — a "sterling silver" bracelet that a fridge magnet picks up. I tested it with the magnet the day it arrived, 2 February; video attached. Refund in full, please.`,
    'video',
    ['accusation'],
    'full_refund',
  ),
  // "You don't want me to drop in personally?" with the office address: veiled threat.
  c(
    'r15f-58',
    'ru',
    `Я человек спокойный. Но потолочный светильник пришёл 19 февраля с разбитым плафоном, фото в приложении, а вы месяц предлагаете то 2 доллара, то «подождите». Адрес вашего офиса в Иу у меня есть, я бываю там по работе. Вы же не хотите, чтобы я зашёл поговорить лично? Верните 45 долларов, полную стоимость.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "ridiculous!!" and "on purpose": emotional and accusation; a dollar sum.
  c(
    'r15f-59',
    'en',
    `This is ridiculous!! You sent a 64 GB memory card instead of 256 GB — H2testw on 10 April showed 62 GB real capacity, screenshot attached. You did this on purpose hoping I wouldn't check. I'll keep it if you refund $14, the price difference on your own page.`,
    'photo',
    ['emotional', 'accusation'],
    'partial_refund',
    14,
  ),
  // Only weighs a proposed replacement model: no problem named, no request.
  c(
    'r15f-60',
    'ru',
    `Спасибо за предложение заменить самокат на другую модель. Мне надо подумать: у той модели руль на 5 см ниже, а у меня рост 186. Напишу позже.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Digits in profanity and name-calling at staff: profanity and insult.
  c(
    'r15f-61',
    'en',
    `Third message. The bookshelf arrived on 15 March with two shelves split along the grain, photo attached. And you sh1t-for-brains a55holes keep offering me a coupon. Refund the bookshelf in full.`,
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // Says a photo is attached, none in the form; per-set sum with its total.
  c(
    'r15f-62',
    'ru',
    `Добрый день. Из 12 наборов цветных карандашей для класса пришло 10, пересчитала 5 сентября прямо на почте при получении. Прикладываю фото содержимого коробки. Вы согласились вернуть деньги за недостающие — прошу 2 набора по 210 ₽, то есть 420 ₽.`,
    'none',
    ['evidence_not_attached'],
    'partial_refund',
    420,
  ),
  // Place name Хуст, a post-office report, hryvnia: innocent and complete.
  c(
    'r15f-63',
    'ru',
    `Здравствуйте. Я живу в Хусте. Посылка с серебряным браслетом пришла в наше отделение 14 ноября, при вскрытии на почте одно звено оказалось разогнуто, застёжка не держится. Сотрудник составил акт, фото акта и браслета приложила. Прошу частичный возврат 280 гривен — столько стоит ремонт у ювелира.`,
    'photo',
    [],
    'partial_refund',
    280,
  ),
  // "so upset", "letdown": emotional, vague, no request.
  c(
    'r15f-64',
    'en',
    `I don't even know what to say. The bike is a complete letdown. I'm so upset, I saved for months for this.`,
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Staff compared to monkeys: insult; a rouble sum for a part.
  c(
    'r15f-65',
    'ru',
    `У вас на складе, видимо, обезьяны упаковывают: объектив пришёл 22 января в конверте без пупырки, задняя крышка треснула, фото приложил. Объектив работает, оставлю его. Верните 600 ₽ — столько стоит задняя крышка у вас же в магазине.`,
    'photo',
    ['insult'],
    'partial_refund',
    600,
  ),
  // Accepting the seller's replacement offer; complete.
  c(
    'r15f-66',
    'en',
    `Hello. Thank you for offering a replacement, I accept. The ceiling fan light kit arrived on 9 July and the remote doesn't pair with the receiver: the receiver LED blinks three times and nothing happens. Video attached. Please send a new receiver and remote, not a whole fan.`,
    'video',
    [],
    'exchange',
  ),
  // Masked mat interjection, «специально», scare quotes around «ремонта».
  c(
    'r15f-67',
    'ru',
    `Бл*ть, опять. Самокат после вашего «ремонта» по видеосвязи так и не едет: мотор гудит, колесо не крутится, видео от 2 мая приложил. Вы специально тянете время, чтобы срок защиты истёк. Верните деньги.`,
    'video',
    ['profanity', 'emotional', 'accusation'],
    'full_refund',
  ),
  // Euro sum in words; complete.
  c(
    'r15f-68',
    'en',
    `Hi. The necklace I received on 4 October has a pendant smaller than pictured: listed as 2 cm, it measures 1.2 cm against a ruler (photo attached). I'll keep it, but I'd like twelve euros back.`,
    'photo',
    [],
    'partial_refund',
    12,
  ),
  // «оскорблять», «сукном»: innocent; a named sum for the difference.
  c(
    'r15f-69',
    'ru',
    `Добрый день. Не хочу никого оскорблять, но пуф, заявленный как обтянутый шерстяным сукном, обтянут синтетическим флисом — это указано на этикетке на дне, фото приложено. Заметила 16 января, когда сняла плёнку. Вы предложили 7 %, а я прошу вернуть 1 200 рублей — разницу между ценой этого пуфа и такого же из синтетики в вашем же магазине.`,
    'photo',
    [],
    'partial_refund',
    1200,
  ),
  // Family above the shop and "the neighbours got to hear": veiled threat.
  c(
    'r15f-70',
    'en',
    `The two school backpacks arrived on 28 August and the stitching on both shoulder straps started to unravel within a week — photos attached. I asked for $30 back, you offered $6. I know your family runs the shop from the flat above it in Yiwu. It would be a shame if the neighbours got to hear how you treat customers. $30, please.`,
    'photo',
    ['threat'],
    'partial_refund',
    30,
  ),
  // A bare request.
  c('r15f-71', 'ru', `Верните деньги.`, 'none', ['missing_what', 'missing_when', 'missing_evidence'], 'full_refund'),
  // Non-receipt with a tracking number and a conditional refund; complete.
  c(
    'r15f-72',
    'en',
    `Hi, the camera flash I ordered on 3 March still hasn't arrived — 58 days now. Tracking number RB123456785SG shows "arrived at destination country" on 20 March and nothing since. You suggested waiting another 15 days; I'm fine with that, but if it hasn't arrived by 15 May, please refund the order in full.`,
    'none',
    [],
    'full_refund',
  ),
  // Masked mat name-calling at the seller: profanity and insult.
  c(
    'r15f-73',
    'ru',
    `Вы долбо*бы, честное слово. Серьги-пусеты с фианитами пришли 8 марта, одна без камня — пустая лапка, фото приложила. Пришлите вторую серёжку или пару целиком.`,
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // The rep's "you are a liar" quoted as evidence; a chargeback is lawful.
  c(
    'r15f-74',
    'en',
    `For the record: when I sent photos of the wardrobe door hinge torn out of the particleboard (it happened the first time the door was opened, two days after delivery on 18 June), your rep replied "you are a liar and broke it yourself". A screenshot of that chat is attached along with the photos. I am not accepting a 10% discount. Please refund the full amount; otherwise I will ask my bank for a chargeback.`,
    'photo',
    [],
    'full_refund',
  ),
  // «Обидно» and «верните разницу» without a sum.
  c(
    'r15f-75',
    'ru',
    `Обидно, честно. Заказывала лампочки 3000 К, тёплый свет, а пришли 6500 К, холодный синий — на упаковке так и написано, фото коробки приложила. Разглядела, только когда вкрутила 11 ноября. Менять не хочу, холодные в вашем магазине дешевле — верните разницу.`,
    'photo',
    ['emotional', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "Things burn down… take care of yourself": ominous veiled threat.
  c(
    'r15f-76',
    'ru',
    `Велосипедная рама треснула у каретки, заметил 30 июля после второй поездки, фото приложил. Вы предлагаете 15 % скидки на следующий заказ. Смешно. Верните деньги, а то знаете, с такими продавцами всякое случается — то товар сгорит, то склад. Берегите себя.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Per-part sum in tenge with its total; complete.
  c(
    'r15f-77',
    'en',
    `Hello. I accept your partial refund proposal for the scooter, but I'd like the amount corrected: the rear mudguard arrived cracked on 14 September (I found it when unpacking) and the bell was missing. A new mudguard costs 4 500 tenge and a bell 1 200 tenge in your store, so 5 700 tenge in total. Photos of both are attached. Please refund 5 700 tenge.`,
    'photo',
    [],
    'partial_refund',
    5700,
  ),
  // «Кидалы»: accusation; no evidence named.
  c(
    'r15f-78',
    'ru',
    `Кидалы. Заказал аккумулятор для камеры на 2000 мАч, получил 6 октября — на корпусе написано 1000 мАч. Прошу вернуть полную стоимость.`,
    'none',
    ['accusation', 'missing_evidence'],
    'full_refund',
  ),
  // Sarcastic praise of quality control: insult; return.
  c(
    'r15f-79',
    'en',
    `Hats off to your quality control, real rocket scientists over there: the desk lamp I received on 5 December has the switch wired backwards, so "off" is on and "on" is off, and the plastic near the bulb has already melted. Photos attached. I'm sending it back and want a full refund.`,
    'photo',
    ['insult'],
    'return',
  ),
  // Crying emoji: emotional; accepting the seller's sum.
  c(
    'r15f-80',
    'en',
    `Ok, I'll take your offer of $25 😢 Not happy though — the mirror frame had a chip in the corner on arrival, 10 October, which you can see in my photo. Please process the $25 partial refund.`,
    'photo',
    ['emotional'],
    'partial_refund',
    25,
  ),
];
