import { labelled as c, type CorpusCase } from './types';

/**
 * Round thirty-two, hold-out set A: suspicious buyers who suspect a swapped item, a fake or foreign tracking number, a
 * parcel weighed too light, bought reviews, borrowed listing photos or a delay until protection runs out, and who
 * state, hedge, ask, deny or accuse outright. Written by a hand that has not read the analyzer's rules or other corpus
 * files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - A question that puts a fraud label on the seller («Это что, развод?», "Is this a scam?") is an accusation: the
 *   label is laid before the reader, not taken back; a question about a fact ("Кому вручили???") is not.
 * - Hoping or refusing to believe in intent («Очень надеюсь, что это не специально», «Не хочу думать, что …
 *   специально», "I really don't want to believe this was done on purpose", "I'd like to believe this was an honest
 *   mix-up") takes the label back: no accusation. "I'm done pretending this isn't on purpose" adopts it: accusation.
 * - A mismatch reported as a fact (another model, a serial number that differs, a tracking weight lighter than the
 *   item, «значит, так и отправили», a tracking number that belongs to someone else's parcel) is no accusation;
 *   saying the seller swapped it on purpose, sold a fake as an original, stole photos "to sell a knock-off", "that's
 *   fraud", "people who cheat me" is.
 * - A seller's reason or a carrier's status in quotes («подождите ещё», «вручили», 'departed sorting centre') is
 *   theirs: no sarcasm by itself. Sarcasm is labelled only where the buyer adds it ("Great honesty", «случайно» in
 *   scare quotes, «Какая трогательная честность»).
 * - Every text sent with a file also names it; a text with no file that names a tracking number, «трекинг» or a post
 *   office act still mentions evidence; "the listing photo" is the seller's picture and is kept out of texts that
 *   are meant to have no evidence.
 * - The seller's address read off a return label and used to send the item back is not a threat; knowing the
 *   seller's flat, family, city or warehouse, said as leverage, is.
 * - «Ну спасибо, удружили», "Well, thanks a lot" (irony about a result, no praise of people) are no finding; "Hats off
 *   to your quality control geniuses" praises people mockingly: insult.
 * - «Пздц.», "S H I T," and «Бл@ть, опять» open the text or a sentence as a cry: profanity and emotional;
 *   «Присланный фильтр — картонная х*йня» and "the lock … is pure bυllshit" judge the item: profanity only.
 * - «Продавец, ты м у д а к» is a vulgar name at the seller: profanity and insult.
 * - «В трекинге вес 0,09 кг … плойки нет» with no date or unpacking moment gets `missing_when`.
 * - «Подам иск в суд по закону о защите прав потребителей — просто предупреждаю, как положено» is a lawful step.
 */
export const ROUND32_HOLDOUT_A: CorpusCase[] = [
  // A different model arrived, reported as a fact with the intent explicitly set aside; everything present: ready.
  c(
    'r32a-01',
    'ru',
    'Заказывала беспроводную мышь модели M330 с бесшумными кнопками. 12 марта получила посылку, при вскрытии на почте внутри оказалась другая мышь: кнопки щёлкают громко, на корпусе надпись M185, а серийный номер на наклейке не совпадает с номером на коробке. Не утверждаю, что подмена была намеренной, возможно, перепутали на складе. Фото коробки, наклейки и самой мыши прикладываю. Прошу обменять на заказанную модель M330.',
    'photo',
    [],
    'exchange',
  ),
  // "Классическая схема: отправляете пустышку" labels intent even beside facts: accusation.
  c(
    'r32a-02',
    'ru',
    'Заказ 3107745562, кухонный комбайн на 1000 Вт. Трек-номер LP00412345678912 показывает вес отправления 0,18 кг, а сам комбайн по описанию весит 3,2 кг. Посылку получила 4 апреля, внутри были только пенопласт и инструкция. Классическая схема: отправляете пустышку с трек-номером, чтобы заказ считался доставленным. Верните полную стоимость — 5 890 рублей.',
    'none',
    ['accusation'],
    'full_refund',
  ),
  // Tracking shows a different city, stated without a label; "Bitche" is a French town; a factual question.
  c(
    'r32a-03',
    'en',
    'Order 8142339017. The tracking for my parcel, LV482913365CN, says it was delivered on 9 May to a pickup point in Bitche, France. I live in Lyon and nothing has been delivered to me. Is it normal for a parcel to be handed over in a different city? Either way, it never reached me. A screenshot of the tracking page is attached. Please refund the full amount.',
    'photo',
    [],
    'full_refund',
  ),
  // Masked mat judging the item, no cry: profanity only; the fake is only wondered about, no label.
  c(
    'r32a-04',
    'ru',
    'Заказывал оригинальный фильтр HEPA для пылесоса, артикул 4471. Присланный фильтр — картонная х*йня без маркировки: рамка гнётся пальцем, уплотнителя нет. Обнаружил 3 июня, когда ставил его в пылесос. Брак это или подделка, гадать не буду. Фото рядом со старым оригинальным фильтром прикладываю. Прошу прислать оригинальный фильтр.',
    'photo',
    ['profanity'],
    'exchange',
  ),
  // "Let me explain this slowly, since reading a tracking page seems to be beyond your team" talks down: insult.
  c(
    'r32a-05',
    'en',
    'Let me explain this slowly, since reading a tracking page seems to be beyond your team: the number you gave me, RB773019442SG, belongs to a parcel delivered in Penang on 2 March. I live in Perth. My order never arrived, and it has been 38 days since I paid. Screenshot of the tracking page attached. Refund me.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Hedge «надеюсь, что это не специально» is no accusation; light parcel and missing pots stated as facts: ready.
  c(
    'r32a-06',
    'ru',
    'Очень надеюсь, что это не специально. Набор кастрюль (три штуки: 16, 20 и 24 см) пришёл 18 апреля: в трекинге вес 4,2 кг, а коробка на почтовых весах показала 0,9 кг, она была вскрыта и заклеена другим скотчем. Внутри одна крышка, кастрюль нет. Прилагаю фото коробки, скотча и весов с посылкой. Прошу вернуть полную стоимость заказа.',
    'photo',
    [],
    'full_refund',
  ),
  // Knowing the owner's name and warehouse, then "приеду поговорить лично": threat.
  c(
    'r32a-07',
    'ru',
    'Я выяснил, на кого зарегистрирован ваш магазин: ИП Сергей Валентинович, Подольск, и адрес вашего склада на Комсомольской тоже знаю. Палатка четырёхместная, заказ от 14 мая, трек RB184556120CN с 20 мая не обновляется, прошло 45 дней, палатки у меня нет. Верните деньги до пятницы, иначе приеду поговорить лично.',
    'none',
    ['threat'],
    'full_refund',
  ),
  // "Your 4.9 rating is obviously bought" accuses (round 29), even with a concrete fault, date and video.
  c(
    'r32a-08',
    'en',
    'Your 4.9 rating is obviously bought: half the five-star reviews are one-word posts from accounts created in the same week. The desk lamp I received on 11 June flickers whenever the brightness is below 50%, the same fault the only three-star review describes. Video attached. I want a replacement lamp.',
    'video',
    ['accusation'],
    'exchange',
  ),
  // The seller's "мошенница" is quoted as evidence; the buyer accuses nobody: ready.
  c(
    'r32a-09',
    'ru',
    'Продавец в переписке 7 июля написал мне: «вы мошенница и хотите получить товар бесплатно». Я никого не обвиняю и прошу разобраться по фактам: куртка, заказанная в размере L, пришла с биркой S, длина рукава 58 см вместо 64 по таблице размеров. Обнаружила при примерке в день получения, 5 июля. Скриншот переписки и фото бирки с замерами прилагаю. Прошу обмен на размер L.',
    'photo',
    [],
    'exchange',
  ),
  // A single two-letter word: empty text only.
  c('r32a-10', 'ru', 'ну?', 'none', ['empty_text'], 'none'),
  // Sarcasm about honesty ("what a coincidence … Great honesty") accuses; tracking and dates are there.
  c(
    'r32a-11',
    'en',
    "Wow, what a coincidence. My parcel sat at 'departed sorting centre' for 58 days and started moving the day after my buyer protection ran out. Great honesty. Tracking LP00528817340011, order placed on 3 February, and I still have no curtains. Refund please.",
    'none',
    ['accusation'],
    'full_refund',
  ),
  // Spaced mat cried out right after opening the box: profanity and emotional.
  c(
    'r32a-12',
    'ru',
    'Открыла коробку — п и з д е ц. Вместо шерстяного пледа 150×200, как в карточке, лежит тонкая синтетическая тряпка 100×140, пахнет химией. На картинке в карточке явно другой плед, с кистями по краю. Получила вчера, 22 ноября. Фото с рулеткой прилагаю. Верните деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Chargeback and consumer protection are lawful steps, said calmly: ready.
  c(
    'r32a-13',
    'ru',
    'Заказ 4420918837, электрочайник на 1,7 л. Получила 2 сентября, на третий день он начал протекать по шву у основания — после каждого кипячения на подставке лужа. Видео протечки прикладываю. Прошу вернуть полную стоимость. Если в споре вопрос не решится, я обращусь в банк за возвратом платежа и напишу жалобу в Роспотребнадзор — это не угроза, а обычный порядок.',
    'video',
    [],
    'full_refund',
  ),
  // Knowing the flat and the daughter's photos, "we can all forget I ever looked you up": threat.
  c(
    'r32a-14',
    'en',
    "I've done some digging. Your store is run out of a flat on Jiangnan Road, and your daughter's school photos are public on her mum's page. The wallet listed as genuine leather, which I received on 4 October, is PU: the edges are peeling and the inside is stamped PU in tiny letters. Photos attached. Refund me in full, and we can all forget I ever looked you up.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // A question that lays the label («Это что, развод?») accuses; "what should I do" is no request.
  c(
    'r32a-15',
    'ru',
    'Это что, развод? Посылки с настольной лампой нет, а трек-номер, который вы дали, не отслеживается ни на одном сайте — уже три недели после отправки. Что мне теперь делать?',
    'none',
    ['accusation', 'missing_resolution'],
    'none',
  ),
  // «бляха» is a belt buckle; painted plastic instead of brass, a sum asked back: ready.
  c(
    'r32a-16',
    'ru',
    'Заказывал кожаный ремень 120 см с латунной бляхой. Пришёл 9 августа, и уже в первый день носки краска на бляхе облезла: под ней белый пластик, а на кухонных весах вся бляха весит 12 г. На фото в карточке бляха с гравировкой, у меня гравировки нет. Фото бляхи и весов прилагаю. Ремень оставлю себе, прошу частичный возврат 600 рублей.',
    'photo',
    [],
    'partial_refund',
    600,
  ),
  // Masked "f#cking" before "clowns" aimed at the packers: profanity and insult, not a cry.
  c(
    'r32a-17',
    'en',
    "Which one of you f#cking clowns packed this? The glass blender jar arrived on 12 May with a crack from the rim to the base, wrapped in a single sheet of paper, and the outer box is untouched, so don't tell me the courier did it. Photo attached. Send a new jar.",
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // "Все продавцы на Али одинаковые … вы не исключение" is a blanket label; nothing concrete.
  c(
    'r32a-18',
    'ru',
    'Все продавцы на Али одинаковые: обещают одно, присылают другое. Вы не исключение. Верните деньги.',
    'none',
    ['accusation', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Transliterated Russian; "Nu eto pizdets." is a cry: profanity and emotional; sum for the missing pillow.
  c(
    'r32a-19',
    'ru',
    'Posylka prishla 14.10, vnutri vmesto dvuh podushek odna, bez chehla. Ves po treku 1,6 kg, a na pochte vzvesili 0,7. Nu eto pizdets. Foto prikladyvayu. Vernite dengi za vtoruyu podushku, 890 rub.',
    'photo',
    ['profanity', 'emotional'],
    'partial_refund',
    890,
  ),
  // "shiitake" holds a rude-looking piece; the light box is reported as a fact: ready.
  c(
    'r32a-20',
    'en',
    'I ordered the shiitake mushroom grow kit (the 2 kg log). It arrived on 3 March, but the box weighed 600 g on my kitchen scale and held only a bag of loose sawdust, with no spawn plugs and no mycelium anywhere. Photos of the bag and of the box on the scale are attached. Please send the kit I ordered.',
    'photo',
    [],
    'exchange',
  ),
  // Acquaintances who "find warehouses" and "не хотелось бы, чтобы к вам пришли": veiled threat.
  c(
    'r32a-21',
    'ru',
    'Продавец, вы третью неделю пишете «подождите ещё», а защита покупателя заканчивается 30 июня. Кофемолку я так и не получила: трек RR442019875CN с 28 мая стоит в статусе «принято в сортировочном центре». Верните 3 120 рублей — это полная стоимость заказа. Я человек спокойный, но у меня есть знакомые в Иу, они умеют находить склады, и мне бы не хотелось, чтобы к вам пришли с вопросами.',
    'none',
    ['threat'],
    'full_refund',
  ),
  // Borrowed listing photo stated as a fact; the text says files are attached but the form has none.
  c(
    'r32a-22',
    'ru',
    'Картинка в карточке товара — не этого товара: я нашла её на сайте японского бренда, у которого чайник заварочный с двойными стенками. Мне 10 февраля пришёл обычный чайник с одинарным стеклом толщиной около 1 мм. Скриншот сравнения и фото чайника прикладываю. Прошу вернуть деньги.',
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // "I'm not saying you cheated me" is a negated accusation; missing sockets sent again is an exchange: ready.
  c(
    'r32a-23',
    'en',
    "I'm not saying you cheated me, and mistakes happen in any warehouse. But the 12-piece socket set I received on 20 January has 9 sockets: the 10, 12 and 14 mm ones are missing, and the foam insert has empty slots for them. Photo attached. Please send the three missing sockets.",
    'photo',
    [],
    'exchange',
  ),
  // «Обалдуи на вашем складе» is name-calling without mat: insult; sum for the second lamp.
  c(
    'r32a-24',
    'ru',
    'Обалдуи на вашем складе положили в коробку одно бра вместо двух. Заказывала и оплатила 2 настенных бра, 16 сентября получила одно. Вес в накладной 1,2 кг — ровно одно бра, то есть второе даже не отправляли. Фото содержимого и скриншот трекинга прилагаю. Верните деньги за второе бра — 1 450 рублей.',
    'photo',
    ['insult'],
    'partial_refund',
    1450,
  ),
  // Capitals, «в шоке», "!!!" and "???": emotional; the carrier's «вручили» is theirs, no accusation.
  c(
    'r32a-25',
    'ru',
    'Я В ШОКЕ. Третий месяц жду посылку с пледом, а трек-номер показывает, что её «вручили» 2 мая в Хабаровске, хотя я живу в Калининграде!!! Кому вручили??? Верните деньги.',
    'none',
    ['emotional'],
    'full_refund',
  ),
  // "I'm done pretending this isn't on purpose" adopts the intent label: accusation.
  c(
    'r32a-26',
    'en',
    "You've asked me to 'wait 10 more days' three times now, and every extension lands right before my protection runs out. I'm done pretending this isn't on purpose. The rug was ordered on 2 April, the tracking has said 'awaiting airline' since 9 April, and it still hasn't arrived. Refund the order in full.",
    'none',
    ['accusation'],
    'full_refund',
  ),
  // Look-alike Latin letters in «оxуeли», asked of the seller: profanity and insult.
  c(
    'r32a-27',
    'ru',
    'Прислали не ту дрель: в карточке бесщёточный мотор и два аккумулятора, пришла щёточная и с одним аккумулятором. Обнаружил при распаковке 6 марта, видео распаковки прикладываю. Вы там совсем оxуeли? Прошу замену на дрель из карточки.',
    'video',
    ['profanity', 'insult'],
    'exchange',
  ),
  // Hedged ("an honest mix-up"); "whatever you think is fair" is a partial refund with no sum.
  c(
    'r32a-28',
    'en',
    "I'd like to believe this was an honest mix-up. The duvet cover set I ordered in king size came in double: the cover measures 200×200 cm, not 230×220 as listed. I measured it when I unpacked it on 14 August; photos with the tape measure are attached. It still fits our guest bed, so I'll keep it if you refund whatever you think is fair.",
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Publishing passport data and the wife's phone number: threat.
  c(
    'r32a-29',
    'ru',
    'Маникюрный набор пришёл 2 июля: в футляре 5 предметов вместо 7, нет кусачек и пилки, ячейки под них пустые. Фото прилагаю. Верните деньги. Если до конца недели возврата не будет, выложу в сеть ваши паспортные данные с накладной и телефон вашей жены.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Long, careful report of a swapped model; intent set aside; offers the item back: return, ready.
  c(
    'r32a-30',
    'ru',
    'Здравствуйте. Пишу подробно, чтобы всё было понятно без долгой переписки. 2 февраля я заказала в вашем магазине робот-пылесос модели R7 Pro: в карточке указаны лидар, влажная уборка, станция самоочистки и аккумулятор 5200 мАч. Посылка пришла в пункт выдачи 19 февраля. Я сразу взвесила её там же: 4,1 кг, хотя в трекинге при отправке значилось 7,8 кг. Меня это насторожило, поэтому коробку я вскрывала дома под запись на телефон. Внутри оказался робот без лидара — на месте башенки гладкая крышка, — станции самоочистки в коробке нет вообще, а на наклейке снизу указана модель R5. Серийный номер на наклейке заканчивается на C0923, а на коробке — на A4471. Аккумулятор, судя по надписи на нём, 2600 мАч. Я не утверждаю, что кто-то сделал это намеренно: возможно, коробки перепутали при упаковке или уже в пути. Но я получила не тот товар, за который платила, и пользоваться им не буду. Прикладываю видео вскрытия, фото наклейки, фото коробки с серийным номером и скриншот трекинга с весом. Прошу вернуть полную стоимость — 24 990 рублей. Пылесос R5 готова отправить обратно за счёт продавца, как только получу адрес для возврата.',
    'video',
    [],
    'return',
  ),
  // "Hats off to your quality control geniuses" is sarcastic praise of people: insult.
  c(
    'r32a-31',
    'en',
    'Hats off to your quality control geniuses: the stainless steel garlic press I received on 2 November has rust all over the hinge after its second wash. Funny how the one in the listing has a completely different hinge. Photos attached. Refund please.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // The item and the tracking weight are there, but no date or unpacking moment: missing_when.
  c(
    'r32a-32',
    'ru',
    'Плойки в посылке нет, только чехол от неё. В трекинге указан вес 0,09 кг, а плойка весит около 400 г, так что её туда, похоже, и не клали. Верните деньги.',
    'none',
    ['missing_when'],
    'full_refund',
  ),
  // «скипидар», «застрахуйте» hold rude-looking pieces; post office act and photo; a new bottle: ready.
  c(
    'r32a-33',
    'ru',
    'Заказывал набор для реставрации мебели: воск, морилка, две кисти и флакон скипидара 250 мл. 27 октября при получении на почте коробка была мокрой: у флакона треснуло горлышко, скипидар вытек почти весь. Акт почты о повреждении и фото флакона прикладываю. Прошу прислать новый флакон скипидара, а в следующий раз, пожалуйста, застрахуйте отправку и положите жидкость в отдельный пакет.',
    'photo',
    [],
    'exchange',
  ),
  // Spaced "S H I T" as a cry: profanity and emotional; H2testw result gives the how.
  c(
    'r32a-34',
    'en',
    'I ordered a 2 TB portable SSD and ran H2testw on it the day it arrived, 8 January: only 64 GB is real, everything written past that comes back corrupted. S H I T, I knew the price was too good to be true. Screenshot of the test attached. Refund.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // «Поясняю для особо одарённых сотрудников склада» talks down: insult.
  c(
    'r32a-35',
    'ru',
    'Поясняю для особо одарённых сотрудников склада: в заказе был набор из 6 бокалов по 450 мл. Пришло 4 бокала по 300 мл — пересчитала и проверила мерным стаканом сразу при распаковке, 11 декабря. Фото прилагаю. Прошу заменить на заказанный набор.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // The seller's "you idiot" quoted as evidence; a police report is lawful: ready.
  c(
    'r32a-36',
    'en',
    "For the record, the seller's message of 3 March said: 'Stop lying, you idiot, the parcel was delivered.' I'm not going to answer that. The facts: the tracking for RS119934221NL says the parcel was delivered on 1 March at 14:02 to a parcel locker in Tilburg, but I collected nothing, and the locker company's log (screenshot attached) shows that no locker was opened with my code that day. I have filed a police report about the missing parcel, reference 2024-0311-88. Please refund the order in full.",
    'photo',
    [],
    'full_refund',
  ),
  // «случайно» in scare quotes is sarcasm about honesty; «Обидно до слёз» is affect.
  c(
    'r32a-37',
    'ru',
    'Ну конечно, «случайно» перепутали размер. Уже второй раз подряд «случайно». Заказывала кроссовки 38-го размера, пришли 36-го, в прошлый раз было то же самое. Обидно до слёз, я на них копила. Получила 19 мая, на коробке наклейка «36» поверх «38» — фото прикладываю. Хочу обмен на 38.',
    'photo',
    ['accusation', 'emotional'],
    'exchange',
  ),
  // Concrete missing bits and a date, but no evidence named and no file.
  c(
    'r32a-38',
    'ru',
    'Заказ 88120445, набор отвёрток на 32 предмета. В кейсе 24 биты, нет всех шестигранников от H1.5 до H4, ячейки под них пустые, так что это не я их потерял. Заметил 7 ноября, когда первый раз открыл кейс. Прошу дослать недостающие биты.',
    'none',
    ['missing_evidence'],
    'exchange',
  ),
  // The address from the return label, used to send the scale back: no threat; a return, ready.
  c(
    'r32a-39',
    'en',
    "The bathroom scale I received on 2 June reads 6 kg heavier than the scale at my doctor's office, every single time; photos of both readings taken on the same day are attached. The return label in the box gives your address as 14 Nanhai Road, Foshan. I'm happy to send the scale back there if you cover the postage, and then please refund me.",
    'photo',
    [],
    'return',
  ),
  // An amount in words for a lid; intent explicitly set aside: ready.
  c(
    'r32a-40',
    'ru',
    'Пришла сковорода 28 см вместо заказанной 26. Не думаю, что это специально, скорее пересорт. Готовить на ней можно, но к моей крышке она не подходит, пришлось купить новую. Обнаружила 15 января, когда примеряла крышку, фото с линейкой прилагаю. Прошу компенсировать стоимость крышки — триста пятьдесят рублей.',
    'photo',
    [],
    'partial_refund',
    350,
  ),
  // Negated accusation, but nothing concrete and no request.
  c(
    'r32a-41',
    'en',
    "I'm not accusing anyone, but something feels off about this order. It's not what the listing showed. Please look into it.",
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // «Кидалы е6aные»: disguised mat next to a fraud label: profanity and accusation.
  c(
    'r32a-42',
    'ru',
    'Трек-номер, который вы дали, LB118273645CN, принадлежит чужой посылке: по нему доставлено в Новосибирск 3 марта, а я живу в Самаре. Торшер так и не пришёл, с оплаты прошло 52 дня. Кидалы е6aные. Верните деньги.',
    'none',
    ['profanity', 'accusation'],
    'full_refund',
  ),
  // «корабля» holds a rude-looking piece; a missing parts sheet sent again: ready.
  c(
    'r32a-43',
    'ru',
    'Собираю сборную модель корабля «Паллада» в масштабе 1:200. В наборе не оказалось листа № 4 с деталями мачт — это выяснилось 2 февраля, когда я дошёл до шага 31 инструкции. Фото раскрытой коробки и страницы с перечнем листов прикладываю. Прошу дослать лист № 4.',
    'photo',
    [],
    'exchange',
  ),
  // "I really don't want to believe this was done on purpose" is no accusation; "gutted" is affect.
  c(
    'r32a-44',
    'en',
    "I really don't want to believe this was done on purpose, but I'm honestly gutted. The ring I bought as a birthday present is listed as 925 silver, yet it turned my finger green within two days, and a jeweller's acid test on 6 October showed it isn't silver at all. A photo of the test slip is attached. I'd like a full refund.",
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // «Ну спасибо, удружили» is irony about the result, no praise of people: ready.
  c(
    'r32a-45',
    'ru',
    'Ну спасибо, удружили: вместо вазы для цветов получила три осколка в одном слое плёнки. Посылка пришла 12 апреля, коробка снаружи целая, ни вмятин, ни следов вскрытия, так что ваза, видимо, уехала от вас уже треснутой. Фото осколков и коробки прикладываю. Прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // "Верните разницу" is a partial refund with no sum.
  c(
    'r32a-46',
    'ru',
    'Оплачивала пуховик на натуральном пуху, по описанию 90% пуха и 10% пера, а на бирке во внутреннем шве написано «100% полиэстер». Увидела 3 декабря, когда перед первой стиркой читала бирку. Фото бирки прилагаю. Пуховик оставлю, но верните разницу.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "You're scammers" and "sold me a fake as an original" accuse, even with concrete facts.
  c(
    'r32a-47',
    'en',
    "You're scammers, plain and simple. You sold me a fake as an original: the lighter listed as a genuine branded item has no date code stamped on the bottom, and the hinge has 4 barrels instead of 5. I noticed it on 17 July when I put it next to my old one. Photos of both are attached. Full refund.",
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Wishing the dangerous cot on the seller's own children: threat; the fall risk itself is not.
  c(
    'r32a-48',
    'ru',
    'Детская кроватка-манеж пришла 8 сентября, при сборке выяснилось, что одна боковая перекладина треснута, а винтов на 4 меньше, чем в инструкции. Ребёнок мог выпасть. Чтоб ваши собственные дети в таких спали. Фото прилагаю, прошу прислать новую перекладину и винты.',
    'photo',
    ['threat'],
    'exchange',
  ),
  // "Is this a scam?" lays the label: accusation; "What am I supposed to do now?" asks for nothing.
  c(
    'r32a-49',
    'en',
    'Is this a scam? The tracking number you gave me, YT2301144527781, shows a parcel of 0.04 kg delivered to someone in Ohio on 22 April. I ordered a 3 kg cast iron dutch oven, I live in Oregon, and nothing has arrived. What am I supposed to do now?',
    'none',
    ['accusation', 'missing_resolution'],
    'none',
  ),
  // An honest review is a lawful step ("не угроза"); offers the lamp back: return, ready.
  c(
    'r32a-50',
    'ru',
    'Честный отзыв о магазине я уже написал — это не угроза, просто другим покупателям полезно знать. По делу: настольная лампа пришла 4 ноября, плафон треснут по всей высоте, при этом в коробке нет ни одного осколка, то есть трещина была ещё до упаковки. Видео распаковки прикладываю. Готов отправить лампу обратно за ваш счёт, прошу вернуть деньги.',
    'video',
    [],
    'return',
  ),
  // The seller's mat quoted as evidence stays mat: profanity only.
  c(
    'r32a-51',
    'ru',
    'Продавец ответил мне в чате 21.03: «иди на х*й со своими претензиями». Ящик для инструментов пришёл со сломанной защёлкой и трещиной на крышке, обнаружил при распаковке 19 марта. Скриншот чата и фото ящика прикладываю. Прошу вернуть деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // "Do you people even know what a sock looks like?" talks down: insult.
  c(
    'r32a-52',
    'en',
    'Do you people even know what a sock looks like? I ordered 10 pairs of wool hiking socks, size 43-46, and on 28 February got 10 pairs of thin cotton ankle socks, size 36-40. Photo of the labels attached. Exchange them for what I paid for.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // «ничего не забываю, а в каком городе вы живёте, я уже знаю»: veiled threat.
  c(
    'r32a-53',
    'ru',
    'Щётка для пола так и не пришла: заказ от 3 апреля, трек UB339128554HK второй месяц показывает «в пути». Верните деньги. И имейте в виду: я человек терпеливый, но ничего не забываю, а в каком городе вы живёте, я уже знаю.',
    'none',
    ['threat'],
    'full_refund',
  ),
  // «разочарована» is affect; no date; says a video is attached with no file; offers the bag back.
  c(
    'r32a-54',
    'ru',
    'Я так разочарована. Сумка совсем не та, что на картинке в карточке: у моей нет внутреннего кармана на молнии, ремешок короче сантиметров на 20, а фурнитура не золотая, а серебристая. Видео прикладываю. Хочу вернуть сумку и получить деньги обратно.',
    'none',
    ['emotional', 'missing_when', 'evidence_not_attached'],
    'return',
  ),
  // "Cockburn" street names; a parcel left at the wrong address, asked to be sent again: ready.
  c(
    'r32a-55',
    'en',
    "The tracking for LY551029837CN says my parcel was delivered on 30 September to Cockburn Street, Falkirk. My address is 12 Cockburn Road, Falkirk. I rang the courier and they confirmed it was left at the wrong address and can't be recovered. Screenshots of the tracking and of the courier's email are attached. Please resend the hanging shelf.",
    'photo',
    [],
    'exchange',
  ),
  // «Вы там белены объелись?» questions sanity: insult.
  c(
    'r32a-56',
    'ru',
    'Вы там белены объелись? Прислали электрогриль на 110 вольт с американской вилкой, а в карточке — 220 В и евровилка. Включать его нельзя. Обнаружила 9 января, когда доставала гриль из коробки. Фото шильдика прикладываю. Замените на версию на 220 В.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Two capitalised words shout; "You swapped the camera … on purpose" accuses.
  c(
    'r32a-57',
    'en',
    'ABSOLUTELY UNBELIEVABLE. You swapped the camera for a cheaper one on purpose: the box says 4K, the settings menu tops out at 1080p, and the model number on the lens ring differs from the one in your listing. Found this on 29 August during the first setup. Video attached. I want my money back.',
    'video',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // A percentage alone is a partial refund with no sum.
  c(
    'r32a-58',
    'ru',
    'Гирлянда-бахрома заявлена длиной 6 метров, по факту 4,2 м — измерил рулеткой 20 декабря, когда вешал её на окно. Фото с рулеткой прилагаю. Гирлянду оставлю, прошу вернуть 30% стоимости.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «Пздц.» with dropped vowels as a sentence of its own: profanity and emotional.
  c(
    'r32a-59',
    'ru',
    'Пздц. Вместо набора из 10 шампуров из нержавейки в коробке 6 штук, и после первой мойки, 2 июня, все покрылись рыжими пятнами. Фото прилагаю. Верните деньги.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Firm but polite, with chargeback and Trading Standards as lawful steps: ready.
  c(
    'r32a-60',
    'en',
    'This is my final message before I escalate. The espresso machine I received on 15 March is not the model in the listing: the listing shows a 15-bar pump and a steam wand, while the unit I got has a 5-bar pump label and no steam wand at all. Photos of the label and of the box are attached. Please refund the full price. If this is not resolved in the dispute, I will file a chargeback with my bank and report the listing to Trading Standards.',
    'photo',
    [],
    'full_refund',
  ),
  // Clown emoji passed to the warehouse staff: insult; a sum for the missing packs.
  c(
    'r32a-61',
    'ru',
    'Заказывал 5 пачек фильтров для кофеварки по 100 штук, 14 февраля пришло 3 пачки. Вес по трекингу 0,6 кг — ровно три пачки, значит, так и отправили. Фото пачек прилагаю. Верните деньги за две недостающие пачки — 380 рублей. А складу передайте от меня 🤡🤡',
    'photo',
    ['insult'],
    'partial_refund',
    380,
  ),
  // "to sell a cheap knock-off. That's fraud" accuses; decimal comma sum 18,50 EUR.
  c(
    'r32a-62',
    'en',
    "You took the listing photos from a ceramics studio's website to sell a cheap knock-off. That's fraud, not a mistake. The planter I received on 5 May is thin grey plastic with 2 mm walls, while those photos show glazed stoneware. Photos of mine next to a ruler are attached. Refund 18,50 EUR of the 24,50 EUR I paid and I'll keep it as a spare pot.",
    'photo',
    ['accusation'],
    'partial_refund',
    18.5,
  ),
  // A court claim in the buyer's own name is lawful; the light tracking weight is a fact: ready.
  c(
    'r32a-63',
    'ru',
    'Шуруповёрт пришёл 6 октября без аккумулятора: в коробке пустое гнездо под него, пенопласт и зарядка. Вес в трекинге 1,1 кг — столько и весит комплект без аккумулятора, так что его, видимо, не положили ещё при отправке. Фото коробки прилагаю. Прошу дослать аккумулятор. Если спор ничем не закончится, подам иск в суд по закону о защите прав потребителей — просто предупреждаю, как положено.',
    'photo',
    [],
    'exchange',
  ),
  // A long appeal to support: the delays are reported, intent explicitly not claimed; the tracking number is evidence: ready.
  c(
    'r32a-64',
    'ru',
    'Прошу службу поддержки подключиться к спору, потому что с продавцом мы ходим по кругу. Хронология. 12 января я заказала набор кухонных ножей из пяти предметов с подставкой и оплатила его в тот же день. 15 января продавец прислал трек-номер LP00633190245517. 20 января статус сменился на «покинуло сортировочный центр», и с тех пор посылка стоит без движения. 5 февраля я написала продавцу, он попросил подождать и продлил срок защиты покупателя на 15 дней. 21 февраля всё повторилось, затем 4 марта ещё раз, и каждый раз продавец ссылался на технические причины у перевозчика. Сегодня 14 марта: с момента оплаты прошло больше двух месяцев, трекинг не менялся почти восемь недель, а на сайте перевозчика по этому номеру вообще нет данных, они есть только в приложении магазина. Я не утверждаю, что продавец тянет время нарочно, и допускаю, что посылка действительно потерялась. Но больше продлений я не принимаю: если товар потерян, продавцу проще получить компенсацию у перевозчика, чем мне ждать дальше. Прошу полный возврат уплаченной суммы. Если в рамках спора это не получится, обращусь в банк с заявлением об оспаривании операции.',
    'none',
    [],
    'full_refund',
  ),
  // Concrete size mismatch, but no date and no evidence.
  c(
    'r32a-65',
    'en',
    "The tablecloth is 140 cm round, not 180 cm as I ordered. The listing says it covers a six-seat table; this one doesn't even cover our four-seat one. Please send the right size.",
    'none',
    ['missing_when', 'missing_evidence'],
    'exchange',
  ),
  // «Бл@ть, опять» is a masked oath cried out: profanity and emotional; tracking and a post office act named.
  c(
    'r32a-66',
    'ru',
    'Бл@ть, опять то же самое. Вторая посылка подряд приходит с надорванным пакетом и без половины содержимого: из 4 рулонов обоев дошли 2, получила вчера, 25 апреля. Трек CY045512638CN, вес в трекинге 2,2 кг, а на почте при мне взвесили 1,1 кг — это записано в акте почты. Прошу выслать 2 недостающих рулона.',
    'none',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // Flyers with the owner's name and photo for his neighbours: publishing personal data, threat.
  c(
    'r32a-67',
    'en',
    "I know the owner of your shop lives in block 7 of Huafu Garden. If this isn't sorted by Friday, every flat in that block gets a flyer with his name, his photo and what he sells. The steam iron I got on 3 July leaks from the soleplate after two minutes of use. Video attached. Full refund.",
    'video',
    ['threat'],
    'full_refund',
  ),
  // «Не хочу думать, что это специально» takes the label back; concrete fabric mismatch: ready.
  c(
    'r32a-68',
    'ru',
    'Не хочу думать, что это специально, но уже второй раз вместо сатинового постельного белья приходит бязь. Сатин гладкий и с блеском, а этот комплект матовый и жёсткий, на бирке написано «бязь, 100% хлопок». Заметила 11 мая, когда доставала комплект из упаковки, — сравнить было с чем, прошлый комплект у меня сатиновый. Фото бирки и ткани при дневном свете прилагаю. Прошу заменить на сатиновый комплект евро-размера, как в заказе.',
    'photo',
    [],
    'exchange',
  ),
  // "Well, thanks a lot" is irony about a result; money declined, the coat asked for: exchange, ready.
  c(
    'r32a-69',
    'en',
    "Well, thanks a lot. Instead of the navy wool coat in size M I got a grey polyester coat in size XS; I noticed the moment I opened the bag on 21 November. Photos of both labels are attached. I don't need my money back, I need the coat for a wedding on 5 December, so please send the navy wool coat in M.",
    'photo',
    [],
    'exchange',
  ),
  // Spaced vulgar name at «ты»: profanity and insult; the seller's quoted excuse is theirs.
  c(
    'r32a-70',
    'ru',
    'Грелка для ног перестала греть на четвёртый день, 17 января: индикатор горит, а подошва холодная, проверял термометром. Продавец в чате ответил, что «так и должно быть, это режим экономии». Фото с термометром приложил. Продавец, ты м у д а к. Верни деньги.',
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // «Вы прекрасно знали» accuses; no evidence and no request.
  c(
    'r32a-71',
    'ru',
    'Вы прекрасно знали, что у этой партии утюгов течёт подошва, — в отзывах у вас об этом пишут с марта. Мой потёк 2 апреля, в первый же день.',
    'none',
    ['accusation', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // One word, a fraud label and nothing else.
  c(
    'r32a-72',
    'en',
    'Scam.',
    'none',
    ['accusation', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Long, reasoned report with a weight mismatch, intent set aside, a decimal-comma sum: ready.
  c(
    'r32a-73',
    'ru',
    'Добрый день. Заказ 5098812734 от 3 октября: люстра на 8 рожков с хрустальными подвесками, оплачено 9 480 рублей. Получил 24 октября в пункте выдачи. Сразу бросилось в глаза: на коробке наклейка с весом 2,3 кг, а в трекинге при отправке указано 5,6 кг. Коробка при этом не повреждена и заклеена фирменным скотчем магазина, так что в пути, похоже, ничего не вынимали. Дома при распаковке пересчитал: рожков 8, тут всё на месте, а вот подвесок 48 вместо 96, как в описании (по 12 на рожок), и нет второго пакета с крепежом для потолка. Сами подвески, судя по всему, не хрусталь, а акрил: лёгкие, при касании не звенят, на просвет видны швы от литья, хотя на картинке в карточке они гранёные и стеклянные. Для сравнения: запасная стеклянная подвеска, которую я покупал у вас же отдельно прошлой весной, весит 14 г, а каждая из этих — около 5 г, это видно на кухонных весах. Я не хочу никого обвинять без оснований и допускаю ошибку комплектовщика. Люстру я уже повесил на временный крепёж, снимать её и отправлять обратно не хочу. Прошу частичный возврат за недостающие подвески и крепёж: по цене запасных подвесок в вашем же магазине это 48 × 22,50 ₽ = 1 080 ₽, плюс пакет крепежа 157,50 ₽, итого 1 237,50 ₽. Фото коробки с наклейкой веса, скриншот трекинга, фото пакетов с подвесками, фото подвесок на весах и фото люстры прикладываю.',
    'photo',
    [],
    'partial_refund',
    1237.5,
  ),
  // "Nice little shop you've got. Be a pity if anything happened to it": threat.
  c(
    'r32a-74',
    'en',
    "The tripod arrived on 26 September with one leg that won't lock: it collapses under a 1 kg camera. Video attached. Replace the tripod. Nice little shop you've got, by the way. Be a pity if anything happened to it.",
    'video',
    ['threat'],
    'exchange',
  ),
  // «Какая трогательная честность» is sarcasm about honesty; a sum asked back, item kept.
  c(
    'r32a-75',
    'ru',
    'Какая трогательная честность у магазина: на корпусе пауэрбанка написано 20 000 мАч, а USB-тестер при полной разрядке показал 6 100 мАч. Проверял 9 и 10 марта, два раза. Фото тестера прилагаю. Прошу вернуть 1 500 рублей из 2 300 уплаченных, пауэрбанк оставлю.',
    'photo',
    ['accusation'],
    'partial_refund',
    1500,
  ),
  // Greek upsilon in "bυllshit" judging the lock, no cry: profanity only.
  c(
    'r32a-76',
    'en',
    'The lock on this anti-theft backpack is pure bυllshit: both zip pulls open with a bent paper clip in about five seconds, I tested it on 2 August. Video attached. Please refund me.',
    'video',
    ['profanity'],
    'full_refund',
  ),
  // «в бешенстве» is affect; hedge is no accusation; "half" without a sum; no evidence.
  c(
    'r32a-77',
    'ru',
    'Я в бешенстве. Пятый раз прошу вас проверять товар перед отправкой, вы каждый раз отвечаете «всё проверили». Итог: кофта пришла 30 октября с пятном на рукаве и затяжками на спине. Не хочу думать, что вы отправили её такой специально, но верните хотя бы половину.',
    'none',
    ['emotional', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "I'm a right numpty" is said of the buyer: no insult; missing pieces sent again: ready.
  c(
    'r32a-78',
    'en',
    "I'm a right numpty, I signed for the parcel without opening it. At home on 9 December I found two pillowcases and nothing else: no duvet cover and no sheet, though I ordered the full 4-piece bedding set. The shipping label says 1.9 kg, and two pillowcases weigh nowhere near that. Photos of the contents and of the label are attached. Please send the duvet cover and the sheet.",
    'photo',
    [],
    'exchange',
  ),
  // Self-blame «растяпа» and a negated «обманули»; weight shows a mix-up before shipping: ready.
  c(
    'r32a-79',
    'ru',
    'Старая я растяпа, не вскрыла посылку на почте. Дома 14 августа открыла: вместо электрической мясорубки с тремя решётками лежит ручная, и решёток нет вовсе. Я не говорю, что вы обманули, может, на складе перепутали: вес в трекинге 1,2 кг, а электрическая весит 3,5 кг, так что перепутали ещё до отправки. Фото прилагаю. Прошу прислать электрическую мясорубку, как в заказе.',
    'photo',
    [],
    'exchange',
  ),
  // "People who cheat me always end up regretting it" is both a threat and an accusation (round four).
  c(
    'r32a-80',
    'en',
    'You shipped a used hair dryer as new: there is hair in the filter and the nozzle is scratched. I opened it on 13 April. Photos attached. Refund me. People who cheat me always end up regretting it.',
    'photo',
    ['threat', 'accusation'],
    'full_refund',
  ),
];
