import { labelled as c, type CorpusCase } from './types';

/**
 * Round fourteen, hold-out set a: buyers deep in a long dispute who answer the seller's offers by quoting them, pack
 * several problems and requests into one reply, put a disclaimer before the real point, set lawful steps next to veiled
 * menace, and hide insults in compliments and questions (home appliances, phone and laptop accessories, cosmetics,
 * furniture, travel gear). Written by a hand that has not read the analyzer's rules or other corpus files; labels follow
 * DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - A disclaimer ("I'm not threatening anyone", «я никому не угрожаю», «я никого не обвиняю») cancels nothing that
 *   follows it; when only a lawful step follows (bank, court, consumer protection, honest review), the text is innocent.
 * - A disclaimer that takes back the label in the same sentence ("I'm not saying you did this on purpose") is no accusation.
 * - Sums the seller offered and the buyer quotes (and declines) are not the buyer's request; the request is what follows.
 * - A text asking for parts to be sent for one fault and a named sum for another is labelled with the money request and
 *   its sum (the form takes one remedy, and the sum is what it needs).
 * - Compensation for a cost the item caused (an airline baggage fee, a repairer's bill) is a partial refund with that sum.
 * - «сами решите сколько», "whatever you think is fair" after the seller's «на ваше усмотрение» is a partial refund
 *   without a sum.
 * - A seller's quoted insult, threat, "!!!" or "crying" is neither the buyer's insult nor emotional; quoted mat is profanity.
 * - An ominous wish about the seller's warehouse («склады так легко горят, берегите свой») and "Подумайте об этом" after
 *   naming the seller's wife's home address are threats.
 * - «У вас там все дома?», «оболтусы», "numpty", «читать умеют только по слогам?» aimed at staff are insults; sarcastic
 *   praise of the staff ("truly gifted people", «какие же вы молодцы») is an insult.
 * - "nothing like the pictures" (the listing's pictures) is vague and is not evidence; «видеоинструкция» is not evidence.
 * - «справка» from the post office or a clinic counts as evidence; evidence "already sent in the chat" with a file also
 *   attached raises nothing.
 * - «Нет.» (three letters) is not an empty text: it is labelled as missing everything; "No." and «Ну?» are empty.
 * - Masked «х*рня» about an item, as a predicate with no "!", is profanity only; «пи3дец» about the seller's advice likewise.
 * - Transliterated Russian is `ru`.
 */
export const ROUND14_HOLDOUT_A: CorpusCase[] = [
  // Reply quoting the seller's coupon offer; medical words (отёк, дерматит) describe the symptom; complete and polite.
  c(
    'r14a-01',
    'ru',
    `Отвечаю на ваше предложение от 14 мая. Вы написали: «Крем сертифицирован, аллергии быть не может, предлагаем скидку 10% на следующий заказ». Скидка мне не нужна. Крем для лица «Aqua Balance» 50 мл я нанесла 9 мая вечером, утром были краснота и отёк век, дерматолог поставил контактный дерматит и запретил им пользоваться. Прикладываю фото банки с номером партии и справку от врача. Прошу вернуть полную стоимость крема.`,
    'photo',
    [],
    'full_refund',
  ),
  // Digit-for-letter mat judging the seller's advice as a predicate, no "!": profanity only.
  c(
    'r14a-02',
    'ru',
    `Вы мне третий раз пишете «перезагрузите робот». Перезагружала. Робот-пылесос X5 с 20 апреля крутится на месте и пищит ошибкой E07, боковая щётка не вращается. Видео прикладываю. Ваши советы — полный пи3дец, верните деньги.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
  // Declines a coupon, names a chargeback and support as next steps: lawful, complete.
  c(
    'r14a-03',
    'en',
    `Re: your offer of a $4 coupon. You wrote: "the stand is fine, you assembled it wrong." I followed the manual step by step, and on the first day, 2 June, the left hinge of the aluminium laptop stand snapped: the hinge pin is sheared clean through (see the photo and the close-up). I'm not accepting a coupon. Please give me a full refund. If this is refused again I will escalate to AliExpress support and then ask my bank for a chargeback, which is my right.`,
    'photo',
    [],
    'full_refund',
  ),
  // Disclaimer, lawful complaint, then a sister "dropping by" the warehouse: a veiled threat.
  c(
    'r14a-04',
    'ru',
    `Я никому не угрожаю, но скажу прямо. Кресло офисное «Комфорт-Про» пришло 3 марта, на второй неделе лопнула крестовина и одно колесо отлетело, фото и видео я вам уже отправляла в переписке, фото прикладываю ещё раз. Вы предлагаете 500 рублей. Нет. Я подам жалобу в поддержку и в Роспотребнадзор. А ещё у меня сестра живёт в Иу, в пяти минутах от вашего склада, — думаю, ей будет интересно зайти и поговорить с вами лично. Верните полную стоимость кресла.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Insult wrapped in a compliment (politeness vs. reading); otherwise complete.
  c(
    'r14a-05',
    'en',
    `Thank you for the quick reply, you are very polite. Shame politeness doesn't teach anyone to read: I ordered the iPhone 14 case in "Sage Green", the listing and my order both say so, and on 11 July I received a pink one. A photo of the case next to the order page is attached. Please send the green case; the pink one you can have back or I'll give it away, your choice.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // «я никого не обвиняю, однако…» followed by scare quotes around the seller's "mistake": accusation.
  c(
    'r14a-06',
    'ru',
    `Я никого не обвиняю, однако забавно получается: в объявлении чемодан 28 дюймов, пришёл 24 дюйма — я измерила рулеткой 17 августа, высота 66 см вместо 76. Вы пишете, что это «небольшая ошибка склада». Третья «небольшая ошибка» за месяц, если верить отзывам. Фото с рулеткой прикладываю. Прошу обмен на чемодан правильного размера.`,
    'photo',
    ['accusation'],
    'exchange',
  ),
  // Innocent look-alikes (гребень, рубля); missing part with a named sum.
  c(
    'r14a-07',
    'ru',
    `Заказывала набор: массажная щётка и гребень из рога, всего 1 290 рублей. 12 сентября при распаковке гребня не оказалось, в пакете только щётка, посылка весит 118 г вместо 180 г по накладной. Фото содержимого и накладной прикладываю. Гребень в вашем же объявлении стоит 390 рублей, сумму я проверила до рубля. Прошу вернуть 390 рублей за отсутствующий гребень.`,
    'photo',
    [],
    'partial_refund',
    390,
  ),
  // Chargeback (lawful) next to the home address and the neighbours: a threat.
  c(
    'r14a-08',
    'en',
    `I've been patient for three weeks. The 40L travel backpack arrived on 5 May with the main zip splitting open, teeth missing over about 10 cm; the photos were in my first message and I'm attaching them again. You keep offering $3. I'm filing a chargeback with my bank, that's one thing. The other thing: I found your home address through the business registration. It would be a shame if your neighbours learned how you treat customers. Full refund, please.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Caps, "!!!" and «в шоке»; accepts the seller's «на ваше усмотрение» without a sum; no evidence named.
  c(
    'r14a-09',
    'ru',
    `Я В ШОКЕ!!! Блендер разбрызгал суп по всей кухне, потому что крышка не фиксируется — защёлка сломана с первого дня. Продавец предлагает «компенсацию на ваше усмотрение». Давайте компенсацию, но сами решите сколько, мне уже всё равно.`,
    'none',
    ['emotional', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Brand and place with rude-looking pieces (Cockatoo, Phuket); plain complete exchange.
  c(
    'r14a-10',
    'en',
    `Universal travel adapter "Cockatoo Go": I took it to Phuket, and on the second day in the hotel the UK pins would not slide out at all, the slider is jammed and the plastic around it has cracked. Photo of the cracked slider attached. I'd like a replacement adapter, please.`,
    'photo',
    [],
    'exchange',
  ),
  // Insult posed as a question about schooling; quote of the seller is evidence; partial with a sum.
  c(
    'r14a-11',
    'ru',
    `Повербанк на 20 000 мАч, который вы продаёте, по USB-тестеру отдал 6 100 мАч — мерила 2 октября, два полных цикла, скрин тестера прикладываю. Вы ответили: «Это нормально, ёмкость указана для элементов». Скажите честно, у вас в магазине есть хоть кто-нибудь, кто закончил девять классов? Прошу частичный возврат 1 200 рублей, повербанк оставлю себе.`,
    'photo',
    ['insult'],
    'partial_refund',
    1200,
  ),
  // «Вы специально» despite the facts; two requests, the money one with its sum is labelled.
  c(
    'r14a-12',
    'ru',
    `Стеллаж пришёл 21 ноября: не хватает двух полок из пяти и пакета с крепежом, а одна стойка погнута. Фото приложила. Вы специально шлёте некомплект, чтобы люди потом сами докупали, это уже ясно. Прошу: дослать две полки и крепёж, а за погнутую стойку вернуть 450 ₽.`,
    'photo',
    ['accusation'],
    'partial_refund',
    450,
  ),
  // Plain good text, offers to send the item back.
  c(
    'r14a-13',
    'en',
    `The magnetic car mount stopped holding my phone on 18 March, nine days after it arrived: the magnet ring has come unglued from the base and the phone falls off on every bump. A video of it falling is attached. I'm happy to send the mount back at my cost if you refund me.`,
    'video',
    [],
    'return',
  ),
  // Transliterated mat as an interjection plus "!!": profanity and emotional.
  c(
    'r14a-14',
    'ru',
    `blyat, ya uzhe mesyac s vami perepisyvayus!! Fen 1600 W grel tolko na polovinu moshhnosti, a 14 fevralya zapahlo goreloj provodkoj i iz reshetki poshyol dym. Video prikladyvayu. Vernite dengi polnostyu.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // The seller's insult quoted as evidence for support; the buyer's own text is calm and complete.
  c(
    'r14a-15',
    'en',
    `For the record, since support asked for a summary: after I reported on 7 April that 4 of the 12 shades in the eyeshadow palette arrived shattered, the seller replied "stop crying, you idiot, it's only powder." The screenshot of that reply and the photo of the palette are attached. I'm asking for a partial refund of $9 for the four broken pans.`,
    'photo',
    [],
    'partial_refund',
    9,
  ),
  // «валенки» aimed at the warehouse staff, "??", no date for the fault.
  c(
    'r14a-16',
    'ru',
    `Опять вы мне предлагаете «собрать самостоятельно по видеоинструкции»?? Шкаф пришёл без двух дверных петель, а отверстия под петли просверлены не там, дверь висит криво. Фото прикладываю. Вы там на складе совсем валенки? Хочу замену петель и нормальную боковую стенку.`,
    'photo',
    ['insult', 'emotional', 'missing_when'],
    'exchange',
  ),
  // Sarcasm about honesty ("how honest sellers always…"): accusation.
  c(
    'r14a-17',
    'en',
    `Oh, what a surprise, the "genuine leather" laptop sleeve is vinyl. I did a burn test on a loose thread on 3 Feb and it melted and smelled of plastic, photo attached. Amazing how honest sellers always seem to have this problem. Full refund please.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // A bare refusal of the seller's latest offer: three letters, so not empty, but it says nothing checkable.
  c(
    'r14a-18',
    'ru',
    `Нет.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Two-letter reply to an offer: empty.
  c('r14a-19', 'en', `No.`, 'none', ['empty_text'], 'none'),
  // «Я не угрожаю, но предупреждаю» followed only by a bank claim and a court: lawful, complete.
  c(
    'r14a-20',
    'ru',
    `Я не угрожаю, но предупреждаю честно: если до 20 декабря решения не будет, я подам заявление на возврат через банк и иск в суд. Чайник стеклянный 1,7 л потёк по шву дна на пятый день, 2 декабря: вода на столе и под подставкой. Видео прилагаю. Верните деньги полностью.`,
    'video',
    [],
    'full_refund',
  ),
  // "ridiculous" and "scammers"; concrete and dated but no evidence named.
  c(
    'r14a-21',
    'en',
    `This is ridiculous. Two of the four spinner wheels on the hard-shell suitcase snapped off on my first flight, 9 January, at Lisbon airport. You people are scammers and you know it. Refund me.`,
    'none',
    ['emotional', 'accusation', 'missing_evidence'],
    'full_refund',
  ),
  // Latin look-alike letters in mat aimed at the staff, in one question: profanity and insult, not emotional.
  c(
    'r14a-22',
    'ru',
    `Клавиатура механическая, 87 клавиш: с 5 ноября залипает пробел и не срабатывает клавиша «Ё», на видео видно. Три недели вы мне присылаете одну и ту же инструкцию по чистке. Вы там все eбaнутые? Замените клавиатуру.`,
    'video',
    ['profanity', 'insult'],
    'exchange',
  ),
  // Legal register (досудебная претензия, иск, защита прав потребителей) and a declined offer: innocent, complete.
  c(
    'r14a-23',
    'ru',
    `Досудебная претензия. 28 января микроволновая печь при первом включении заискрила внутри камеры, слюдяная пластина прогорела насквозь, стенка камеры почернела. Фото и видео прикладываю. На предложение продавца от 3 февраля («пришлём новую пластину, поставьте сами») отвечаю отказом: печь новая, ремонт не моя задача. Требую вернуть полную стоимость товара. В случае отказа обращусь в общество защиты прав потребителей и подам иск в суд по месту жительства.`,
    'video',
    [],
    'full_refund',
  ),
  // Sarcastic praise of the packers ("truly gifted people"); sum in words.
  c(
    'r14a-24',
    'en',
    `Congratulations to your packing department, truly gifted people: they managed to put six lipsticks loose in a padded envelope with no box, and three of them arrived snapped at the base on 22 August. Photo attached. Please refund twelve dollars for the three broken ones.`,
    'photo',
    ['insult'],
    'partial_refund',
    12,
  ),
  // Tired, vague reply: generic words only, «разберитесь».
  c(
    'r14a-25',
    'ru',
    `Сколько можно уже. Товар не соответствует описанию, качество плохое, я вам всё уже писала. Разберитесь.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // "I'm not threatening anyone, but…" then a visit by "people in Guangzhou": threat.
  c(
    'r14a-26',
    'en',
    `I'm not threatening anyone, but you should know I don't forget things. The air fryer basket's non-stick coating started peeling into the food after the third use, on 14 October, photos attached. You offered to send "a spare basket in 60 days". No. Refund me in full, and let's keep this civil, because I know people in Guangzhou who'd happily pay your office a visit.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «Обидно до слёз» and «все продавцы такие… сбагрить просрочку».
  c(
    'r14a-27',
    'ru',
    `Обидно до слёз. Сыворотка с витамином С пришла 6 июня уже коричневая, хотя должна быть прозрачной, то есть окислилась давно. Срок годности на коробке заклеен наклейкой, под ней 2022 год. Видимо, тут все продавцы такие: сбагрить просрочку и не краснеть. Фото коробки и наклейки прилагаю. Верните деньги.`,
    'photo',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // Masked profane adjective before the item is an intensifier: profanity and emotional.
  c(
    'r14a-28',
    'en',
    `Third reply, same answer from you: "update your drivers". My drivers are fine. This f*cking hub drops both monitors every few minutes since day one, and the HDMI port gets too hot to touch. A video of the screens going black is attached. Send me a working hub; I want a replacement, not more advice.`,
    'video',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // "Half" with no sum; says the video is attached but the form has none.
  c(
    'r14a-29',
    'ru',
    `Лампа настольная пришла 19.09: светит, но сенсорная кнопка срабатывает через раз, а яркость не регулируется — работает только один режим из трёх. На видео, которое прикладываю, это видно. Готова оставить лампу себе, если вернёте половину стоимости.`,
    'none',
    ['evidence_not_attached', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Condescension («медленно и по буквам, раз не доходит»); two problems, one money request with a sum.
  c(
    'r14a-30',
    'ru',
    `Объясню ещё раз, медленно и по буквам, раз с первого раза не доходит. В заказе было два товара: набор из 6 органайзеров для чемодана и замок TSA. 10 марта пришло 4 органайзера вместо 6, а замок не открывается кодом 000, который указан в инструкции. Фото содержимого и видео с замком прилагаю. Вы ответили: «всё отправлено по списку». Нет, не всё. Прошу вернуть деньги за замок и два недостающих органайзера — 980 рублей.`,
    'video',
    ['insult'],
    'partial_refund',
    980,
  ),
  // Injury words (stitches, ER, safety hazard) describing what happened: innocent, complete.
  c(
    'r14a-31',
    'en',
    `The folding camping chair collapsed under me on 12 July: the rivet on the left leg sheared and I cut my palm on the frame edge, I needed three stitches at the ER. Photos of the broken rivet and the discharge note are attached. I weigh 68 kg, well below the 120 kg limit in the listing. I'm asking for a full refund, and I've reported the product to AliExpress as a safety hazard.`,
    'photo',
    [],
    'full_refund',
  ),
  // Polite thanks, then an ominous wish about the warehouse burning: veiled threat.
  c(
    'r14a-32',
    'ru',
    `Спасибо за вежливость, вы всегда так мило отвечаете. Чехол на угловой диван пришёл 25 апреля и после первой стирки при 30 градусах сел на 20 см, на фото видно — не натягивается даже на половину дивана. Верните деньги. Склады, говорят, так легко горят, берегите свой.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // A percentage is not a sum.
  c(
    'r14a-33',
    'en',
    `Of the 3 screen protectors in the pack, 2 have bubbles along the edge that won't press out; I noticed it while applying them on Sunday, 4 May. The third one is fine. Photo attached. Refund 60% of the price please.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Dropped-vowel mat as a sentence of its own: profanity and emotional.
  c(
    'r14a-34',
    'ru',
    `Пздц. Увлажнитель течёт из-под бака уже на третий день, 16 января залил ламинат. Продавец пишет «проверьте уплотнитель». Проверила: уплотнитель порван прямо из коробки, на фото видно. Верните деньги.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Look-alikes (Мандарин, команда); the difference with a named sum.
  c(
    'r14a-35',
    'ru',
    `Заказала 2 флакона шампуня «Мандарин и мята» по 400 мл, пришли 2 флакона по 250 мл — увидела на этикетке 30 мая, сразу при получении. Фото этикеток прикладываю. Ваша команда поддержки предложила вернуть разницу деньгами — согласна, прошу вернуть 310 рублей.`,
    'photo',
    [],
    'partial_refund',
    310,
  ),
  // "upset" and "on purpose"; the fault has no time.
  c(
    'r14a-36',
    'en',
    `I'm really upset. The electric standing desk wobbles at any height and the right motor makes a grinding noise when it goes up, video attached. You sent me a returned unit on purpose, there's someone else's hand cream on the frame. I want to send it back and get my money.`,
    'video',
    ['emotional', 'accusation', 'missing_when'],
    'return',
  ),
  // Compliment that turns into a jab at the seller's counting: insult.
  c(
    'r14a-37',
    'ru',
    `Вы, наверное, прекрасный человек, жаль только, что считать до шестидесяти пяти не умеете. Я заказывала блок питания для ноутбука на 65 Вт, на корпусе написано 45 Вт, ноутбук под нагрузкой с ним разряжается — заметила 8 июля, в первый же рабочий день. Фото наклейки на корпусе прикладываю. Пришлите блок на 65 Вт, как в заказе.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // The seller's threat quoted as evidence; the buyer's text is complete.
  c(
    'r14a-38',
    'en',
    `Support, please note: on 2 September I opened this dispute because the memory foam neck pillow arrived flat and smells strongly of solvent, and the foam never expanded after 72 hours. Today the seller replied: "we have your address, close the dispute or you will regret." The screenshot of that message and photos of the pillow are attached. I still want a full refund, and I'd like this seller's message reviewed.`,
    'photo',
    [],
    'full_refund',
  ),
  // «развод» with nothing checkable.
  c(
    'r14a-39',
    'ru',
    `Это развод чистой воды. Товар бракованный, я вам уже десять раз писала, а вы только отписками отвечаете. Верните деньги.`,
    'none',
    ['accusation', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Spaced profane name-calling aimed at the staff: profanity and insult.
  c(
    'r14a-40',
    'en',
    `The selfie stick tripod's Bluetooth remote has never paired, not once since it arrived on 1 June, and the leg lock is cracked, photo attached. And no, I'm not "holding it wrong". You s h i t h e a d s keep sending me the same copy-paste. Refund.`,
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // Declines the seller's money offer (in words) and asks for another iron: exchange, complete.
  c(
    'r14a-41',
    'ru',
    `На ваше предложение вернуть восемьсот рублей отвечаю: деньги не нужны. Утюг с первого дня капает из подошвы, как только включаю пар, — на белой рубашке остались пятна, фото прикладываю. Пришлите, пожалуйста, другой утюг той же модели.`,
    'photo',
    [],
    'exchange',
  ),
  // Dispute via support (lawful) next to publishing the seller's name, phone and address: threat; baggage fee as the sum.
  c(
    'r14a-42',
    'ru',
    `Пишу в последний раз перед эскалацией. Рюкзак для ручной клади «40×20×25» оказался 45×22×30, измерила 11 ноября, когда в лоукостере его не пустили в салон, и я заплатила 35 евро за багаж. Посадочный, квитанцию и фото с рулеткой прилагаю. Вы предложили 3 доллара. Прошу вернуть 35 евро. Если нет — открываю спор через поддержку, а ваш телефон, ФИО и адрес с накладной выложу в группе путешественников на 80 тысяч человек, пусть знают, с кем имеют дело.`,
    'photo',
    ['threat'],
    'partial_refund',
    35,
  ),
  // Plain good text: send the missing hardware.
  c(
    'r14a-43',
    'en',
    `The 5-tier bookshelf arrived on 27 March without the bag of cam locks (the parts list says 16, there are none in the box). A photo of the parts list and the empty compartment is attached. Please send the missing hardware bag.`,
    'photo',
    [],
    'exchange',
  ),
  // «Слёзы», "!!!" and "???"; symptom named, no date, no evidence.
  c(
    'r14a-44',
    'ru',
    `Слёзы уже. Мультиварка выключается посреди программы и пишет E4, я вам это писала пять раз!!! Вы опять: «подождите, передали инженеру». Сколько ждать??? Верните деньги.`,
    'none',
    ['emotional', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Accusation taken back in the same sentence ("I'm not saying… on purpose"); the difference with a sum.
  c(
    'r14a-45',
    'en',
    `I'm not saying you did this on purpose, mistakes happen in any warehouse. But the 100 ml Eau de Parfum I ordered arrived as a 30 ml travel spray; I noticed when I opened the box on 19 December. Photo of the bottle and the order page attached. Please refund the difference, $21.`,
    'photo',
    [],
    'partial_refund',
    21,
  ),
  // «Браво, гении логистики»: sarcastic praise of the staff.
  c(
    'r14a-46',
    'ru',
    `Браво, гении логистики: кухонные весы пришли 4 апреля в коробке без единого слоя пузырчатой плёнки, стекло треснуло по диагонали, на фото видно. Прошу замену.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // "disappointed"; compensation left to the seller.
  c(
    'r14a-47',
    'en',
    `Honestly disappointed. The laptop backpack's USB charging port is just a loose plug inside, not connected to anything; I found that on the first day, when I tried to charge my phone on the train. Photo attached. I'll keep the backpack, just compensate me whatever you think is fair.`,
    'photo',
    ['emotional', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // The seller's mat quoted for support: profanity only.
  c(
    'r14a-48',
    'ru',
    `Для поддержки: лампа для маникюра 48 Вт с 3 мая не сушит гель-лак — половина диодов не горит, видео прилагаю. Когда я попросила замену, продавец ответил: «иди на х*й со своей лампой». Скриншот тоже прилагаю. Прошу замену лампы и проверку этого продавца.`,
    'video',
    ['profanity'],
    'exchange',
  ),
  // Police report and a post-office certificate for a lost parcel: lawful; tracking number in the text.
  c(
    'r14a-49',
    'ru',
    `Посылка с чехлом и защитным стеклом не пришла: по отслеживанию RU048213597CN она 12 июня «вручена», но я её не получала, на почте мне выдали справку, что посылка в отделение не поступала. Я также написала заявление в полицию о пропаже — это не претензия к вам, просто для порядка. Прошу полный возврат.`,
    'none',
    [],
    'full_refund',
  ),
  // Scare quotes around the "free gift" and a hint at a pattern: accusation.
  c(
    'r14a-50',
    'en',
    `Funny how the "free gift" in your listing, the brush cleaning pad, never seems to make it into the box. It wasn't in mine (delivered 16 February), and three other reviews say the same. Also 2 of the 15 brushes shed badly, a dozen hairs per stroke. Photos attached. Please refund $6 for the shedding brushes; keep your "gift".`,
    'photo',
    ['accusation'],
    'partial_refund',
    6,
  ),
  // «Какие оболтусы у вас на поддержке сидят?»: insult; offers the item back.
  c(
    'r14a-51',
    'ru',
    `Охлаждающая подставка для ноутбука: из трёх вентиляторов с 27 сентября крутится только один, видео прилагаю. Вы мне неделю пишете «проверьте USB-порт». Проверяла на трёх ноутбуках. Какие оболтусы у вас на поддержке сидят? Верните деньги, подставку отправлю обратно.`,
    'video',
    ['insult'],
    'return',
  ),
  // Trading Standards (lawful), then "you wouldn't want anything to happen to it": threat.
  c(
    'r14a-52',
    'en',
    `The electric toothbrush stopped holding a charge after 10 days: it lasts 2 minutes instead of the "30 days" in the listing, dated video attached. I've gone through every step you asked for. I'll be reporting this to Trading Standards. And between us, you've got a nice little shop front in that Shenzhen market photo. You wouldn't want anything to happen to it. Full refund.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // Two capitalised words; sum in words.
  c(
    'r14a-53',
    'ru',
    `ПОЖАЛУЙСТА, ПРОЧИТАЙТЕ моё первое сообщение. Набор лаков из 12 цветов: 14 апреля пришло 9 флаконов, трёх (№4, №7, №11) нет, фото коробки с пустыми ячейками прикладываю. Прошу вернуть за три лака двести семьдесят рублей.`,
    'photo',
    ['emotional'],
    'partial_refund',
    270,
  ),
  // Curt refusal with nothing in it.
  c(
    'r14a-54',
    'en',
    `Not acceptable. Read my previous messages.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Look-alikes (скипидар) and health words; return, complete.
  c(
    'r14a-55',
    'ru',
    `Стулья из массива (2 шт.) пахнут так, будто их вчера покрыли скипидаром: запах не выветрился за три недели на балконе, с 2 августа. В описании написано «без запаха, для детской». Ребёнок после ночи в комнате жаловался на головную боль, стулья мы вынесли. Фото маркировки лака на упаковке прилагаю. Прошу принять стулья обратно и вернуть деньги.`,
    'photo',
    [],
    'return',
  ),
  // Masked "bullshit" judging the seller's answer: profanity only.
  c(
    'r14a-56',
    'en',
    `Your answer that the cracked LED makeup mirror "was damaged by the customer" is bullsh!t: it was cracked inside the sealed box when I opened it on 8 May, and the unboxing video attached shows the seal intact. Replace the mirror.`,
    'video',
    ['profanity'],
    'exchange',
  ),
  // «кидалы» plus «кидал я помню годами, а мир тесен»: accusation and threat.
  c(
    'r14a-57',
    'ru',
    `Термокружка на 500 мл протекает через крышку с первого дня, в сумке залило паспорт и ноутбук — фото прилагаю. Вы предлагаете купон на 50 рублей. Вы кидалы, это уже понятно. Но запомните: кидал я помню годами, а мир тесен. Верните деньги.`,
    'photo',
    ['threat', 'accusation'],
    'full_refund',
  ),
  // Strong words (dead, kill switch, Consumer Rights Act, not fit for purpose): innocent, complete.
  c(
    'r14a-58',
    'en',
    `The portable power station's AC outlet is dead in practice: the inverter's kill switch trips the moment I plug in anything over 50 W, although the listing says 300 W continuous. I found this on 23 April, the first time I took it camping. A video with a wattage meter is attached. Under the Consumer Rights Act this is not fit for purpose. I'd like to return it for a full refund.`,
    'video',
    [],
    'return',
  ),
  // «У вас там все дома?» questions sanity: insult.
  c(
    'r14a-59',
    'ru',
    `Массажный пистолет держит заряд 15 минут вместо 6 часов — замерила 20 июля с полной зарядки, видео прилагаю. И теперь вы предлагаете мне отправить его в Китай за свой счёт, за 2 000 рублей, чтобы вы его «проверили»? У вас там все дома? Прошу вернуть деньги без отправки.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // Says a photo is attached with no file; no time.
  c(
    'r14a-60',
    'en',
    `As I said, the hair straightener only heats one plate, the other stays cold; you can see it on the thermometer photo I've attached. Please replace it.`,
    'none',
    ['missing_when', 'evidence_not_attached'],
    'exchange',
  ),
  // Burn and casualty-ward words describe the incident: innocent, complete.
  c(
    'r14a-61',
    'ru',
    `Электрическая грелка-коврик: 9 января ночью у неё расплавился блок управления, я проснулась от запаха, на бедре лёгкий ожог, в травмпункте обработали. Фото расплавленного блока и справку из травмпункта прикладываю. Товар опасен, прошу полный возврат и прошу AliExpress снять его с продажи.`,
    'photo',
    [],
    'full_refund',
  ),
  // Mocking question with "numpty" aimed at the packer: insult.
  c(
    'r14a-62',
    'en',
    `Which numpty in your warehouse packed a ring light tripod with no ring light? The box arrived on 30 October with the tripod and the phone clamp only. A photo of the contents is attached. Send the ring light.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Scare-quoted «случайное» совпадение: accusation; colour named but no date, no evidence, compensation without a sum.
  c(
    'r14a-63',
    'ru',
    `Какое «случайное» совпадение: пуф пришёл серым вместо зелёного, как и у всех в отзывах. Компенсируйте.`,
    'none',
    ['accusation', 'missing_when', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Plain good text: the difference with a sum.
  c(
    'r14a-64',
    'en',
    `The 15 W wireless charging pad only charges at 5 W: measured with a USB meter on 2 March and confirmed in the phone's battery settings (screenshots attached). Please refund the $7 difference between the 15 W and the 5 W model.`,
    'photo',
    [],
    'partial_refund',
    7,
  ),
  // Transliterated; declined offer, dispute, bank and an honest review: lawful, complete.
  c(
    'r14a-65',
    'ru',
    `Chemodan 24 dyujma prishel 3 iyulya s treshhinoj po vsemu korpusu i otorvannoj ruchkoj, foto prikladyvayu. Vy predlagaete 5 dollarov — net. Spor ya otkryla, esli nado, napishu v bank i ostavlyu chestnyj otzyv. Vernite den'gi polnostyu.`,
    'photo',
    [],
    'full_refund',
  ),
  // Place names with rude-looking pieces (Bangkok, Shitterton), an honest review: innocent, complete.
  c(
    'r14a-66',
    'en',
    `The digital luggage scale reads 2.3 kg more than the real weight: I checked it against our bathroom scale and a 5 kg bag of flour on 15 May, the evening before my flight from Bangkok back home to Shitterton, and the video is attached. The airline charged me for excess baggage because of it. Please give me a full refund; I'll also leave an honest review.`,
    'video',
    [],
    'full_refund',
  ),
  // Sarcastic praise with "!!!"; dated crack, no evidence named.
  c(
    'r14a-67',
    'ru',
    `Какие же вы молодцы, ну просто профессионалы!!! Кофемашина пришла 2 марта с трещиной в резервуаре для воды, я пишу вам об этом третью неделю, а вы мне в ответ про «гарантию производителя». Замените резервуар.`,
    'none',
    ['insult', 'emotional', 'missing_evidence'],
    'exchange',
  ),
  // "Classic scam", "junk", "nothing like the pictures", no request; warning others is an honest review.
  c(
    'r14a-68',
    'en',
    `Classic scam. The product is junk, nothing like the pictures. Whatever, I'll just warn everyone.`,
    'none',
    ['accusation', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Double disclaimer, then masked mat as a predicate about the item: profanity only.
  c(
    'r14a-69',
    'ru',
    `Я никого не обвиняю и никому не угрожаю, просто факт: этот отпариватель для лица — х*рня. Через неделю, 18 октября, перестал идти пар, внутри гремит отломанная деталь, видео прилагаю. Готова отправить его обратно, верните деньги.`,
    'video',
    ['profanity'],
    'return',
  ),
  // Crying emoji; decimal comma in the sum.
  c(
    'r14a-70',
    'en',
    `😭😭 The vitamin C shower filter cracked at the thread on day two (11 September) and now sprays sideways onto the bathroom wall. Photo attached. I'd accept €6,50 back for the broken housing; the cartridges are fine.`,
    'photo',
    ['emotional'],
    'partial_refund',
    6.5,
  ),
  // Masked mat name-calling in a question with "??": profanity, insult, emotional.
  c(
    'r14a-71',
    'ru',
    `Тостер с 1 февраля поджаривает хлеб только с одной стороны, правая спираль не греется, фото прикладываю. Вы, уё#ки, хоть раз свой тостер включали?? Верните деньги.`,
    'photo',
    ['profanity', 'insult', 'emotional'],
    'full_refund',
  ),
  // Plain good non-receipt with a tracking number and elapsed time.
  c(
    'r14a-72',
    'en',
    `My order of packing cubes hasn't arrived. Tracking LP00512839475120 has shown "arrived at destination country" since 2 April, 45 days ago, and the local post office says they have no record of it. Please refund me in full.`,
    'none',
    [],
    'full_refund',
  ),
  // «Ворьё» and «Ужас», photo claimed but not attached, no request.
  c(
    'r14a-73',
    'ru',
    `Подставка для телефона с подсветкой пришла 9 мая, подсветка не включается, на фото видно. Ворьё, а не магазин. Ужас.`,
    'none',
    ['emotional', 'accusation', 'evidence_not_attached', 'missing_resolution'],
    'none',
  ),
  // Look-alikes (Hancock, cocktail); keeps the item, the part's price as the sum.
  c(
    'r14a-74',
    'en',
    `The "Hancock" cocktail cabinet arrived on 6 June with the glass shelf shattered inside the sealed carton; photos of the carton and the shards are attached. I'm keeping the cabinet, so please refund £18, the price of the shelf on your spare-parts page.`,
    'photo',
    [],
    'partial_refund',
    18,
  ),
  // Long summary: quotes, lawful steps, then scare-quoted «ошибки» and the wife's home address with «Подумайте об этом».
  c(
    'r14a-75',
    'ru',
    `Это мой шестой ответ в этом споре, поэтому повторю всё с начала, чтобы поддержке было видно целиком.
1) Планетарный миксер «Kitchen Pro 1200» получен 2 октября. При первом же замесе теста, 4 октября, из-под корпуса пошёл запах горелой изоляции, а мотор начал захлёбываться на второй скорости.
2) Чаша пришла с вмятиной у основания — коробку я вскрывала на почте, фото сделаны там же.
3) Венчик погнут, лопасти задевают дно чаши.
Фото и видео прилагаю.
5 октября вы написали: «Запах нормальный, это смазка, пройдёт через 10 использований». 9 октября: «Вмятина не влияет на работу». 14 октября: «Можем предложить 15 долларов и закрыть спор». От 15 долларов я отказалась.
Я никому не угрожаю. Я открыла спор, напишу в банк, а если понадобится — в Роспотребнадзор, это мои законные права. Но скажу и другое: интересно, что все ваши «ошибки» почему-то всегда в вашу пользу. И ещё: я знаю, что магазин ведёт ваша жена из дома в Нинбо, адрес с накладной у меня есть. Подумайте об этом.
Итого прошу: принять миксер обратно за ваш счёт и вернуть полную стоимость.`,
    'video',
    ['threat', 'accusation'],
    'return',
  ),
  // Long summary for the mediator quoting three offers; card issuer named as a lawful step; one sum asked.
  c(
    'r14a-76',
    'en',
    `Summary for the AliExpress mediator, since this has gone back and forth for 19 days.
Item: 3-seater sofa bed, grey, delivered 20 May.
Problems found when we unpacked it on 20 May:
1. The pull-out mechanism jams halfway on the left side; the metal guide rail is bent (photo 1).
2. One of the four wooden feet is missing; the bag holds three (photo 2).
3. There is a 6 cm tear in the fabric on the back, under the intact plastic wrap, so it happened before delivery (photo 3 and the unboxing video).
What the seller has offered so far:
- 22 May: "The mechanism needs force, please push harder." I did; the rail is visibly bent.
- 27 May: "We can send a new leg, the tear is small, we give $10."
- 3 June: "Final offer $20 or open a return at your own cost."
Returning a 60 kg sofa is not realistic, and I don't want it back-shipped. A local furniture repairer straightened the rail for $35 (receipt in photo 4), which fixed the jam. To close this, please refund $50: $35 for the repair, $10 for the tear and $5 for the missing foot, which I'll buy locally.
I'd rather settle this here than go to my card issuer, but I will if it's refused.`,
    'video',
    [],
    'partial_refund',
    50,
  ),
  // Disclaimer «не хочу никого обидеть, но» and a question about reading by syllables: insult.
  c(
    'r14a-77',
    'ru',
    `Не хочу никого обидеть, но у вас там читать умеют только по слогам? Я трижды написала: чехол-книжка для Samsung A54, а вы трижды прислали на A34 — вырез не совпадает с камерой, это видно сразу при распаковке, последний пришёл 5 августа. Фото прикладываю. Нужен чехол на A54.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // "nightmare" is affect; complete except that it asks for nothing.
  c(
    'r14a-78',
    'en',
    `This has been a nightmare. The self-inflating camping mat has a slow leak at the valve seam: it's been flat by 3 a.m. every night since the first night of my trip, 28 July. A video of the soap-bubble test is attached.`,
    'video',
    ['emotional', 'missing_resolution'],
    'none',
  ),
  // Look-alikes (колебания, употреблять) inside a quoted excuse and a plain sentence: innocent, complete.
  c(
    'r14a-79',
    'ru',
    `Электрогриль: 11 декабря при обычной жарке сработала защита, и с тех пор нижняя плита не греется. Продавец пишет, что виноваты «колебания напряжения в сети». У меня стоит стабилизатор, остальные приборы работают, видео с мультиметром прикладываю. Грилем больше не пользуюсь и употреблять то, что на нём приготовлено, опасаюсь. Прошу замену.`,
    'video',
    [],
    'exchange',
  ),
  // Two-letter nudge in a long dispute: empty.
  c('r14a-80', 'ru', `Ну?`, 'none', ['empty_text'], 'none'),
];
