import { labelled as c, type CorpusCase } from './types';

/**
 * Round thirty-three, hold-out set c: timid, apologetic buyers who hate to complain, undersell the problem, hint rather
 * than ask, sometimes forget the date or the photo, and a few of whom finally snap after weeks of silence. Written by a
 * hand that has not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Apologies and politeness ("sorry to bother you", «простите за беспокойство», «извините, что отвлекаю») are no feeling.
 * - A softened affect word is still an affect word: «немного расстроилась», "a bit disappointed" are emotional.
 * - A hedged question that names a remedy ("Would a refund be possible? I understand if not.", «может, поменяете?»,
 *   "a partial refund of $3 would be more than fine") is the request; a hint («не знаю, что теперь делать», "Not sure
 *   what to do now", «решайте сами, как будет правильно», "I'll leave it to you to do whatever you think is fair") is none.
 * - "Whatever amount you think is fair" and «часть денег, сколько сочтёте справедливым» ask for money: a partial refund
 *   without a sum; the same words with no money asked for are no request.
 * - Underselling ("it's probably nothing", «может, я что-то не так делаю») does not make a named symptom vague.
 * - A relative who "could pop by" or «заходил к вам поговорить» near the seller's warehouse or shop is a veiled visit
 *   threat; knowing which school the seller's daughter attends is a threat about family.
 * - «3,14здец какой-то» said of a 70-day wait judges the situation: profanity only. «Открыла коробку — пздц.» and
 *   «Б л я т ь.» standing alone are cries: profanity and emotional.
 * - Spelling words out in syllables after «раз по-другому не доходит» and "I will type slowly so your team can follow.
 *   The. Raincoat. Leaks." talk down: insult.
 * - «трек не обновляется» and "The tracking shows nothing" name tracking: evidence, with no file.
 * - Every text sent with a file also names it, so no label depends on whether an unnamed file counts as evidence.
 * - «Видео нет, но фото приложила» with a photo in the form names evidence that is there: no evidence finding.
 */
export const ROUND33_HOLDOUT_C: CorpusCase[] = [
  // Plain good: symptom, date, photo, spare part asked for; the buyer calls herself «старая дура» (no insult).
  c(
    'r33c-01',
    'ru',
    'Здравствуйте, извините, что беспокою. Фен пришёл 12 октября, и при первом же включении насадка-концентратор не держится: защёлка сломана, насадка просто падает на пол. На фото видно обломанный язычок. Может, я, старая дура, что-то не так делаю, но по инструкции вроде всё так. Если можно, пришлите, пожалуйста, новую насадку.',
    'photo',
    [],
    'exchange',
  ),
  // Trap: «скипидар» contains a rude-looking piece; a missing bottle with a sum for it.
  c(
    'r33c-02',
    'ru',
    'Добрый день. Простите за беспокойство. Заказывала набор для масляной живописи, в описании: 12 тюбиков краски и флакон скипидара 100 мл. Тюбики все на месте, а скипидара в коробке нет — вскрывала 3 ноября прямо на почте. Фото содержимого прикладываю. Если вам не трудно, верните, пожалуйста, 190 рублей за флакон.',
    'photo',
    [],
    'partial_refund',
    190,
  ),
  // Trap: consumer protection is a lawful step, «потребителей» contains a rude-looking piece.
  c(
    'r33c-03',
    'ru',
    'Извините, что снова пишу. Чайник начал подтекать снизу на четвёртый день после получения: после каждого кипячения под ним лужица, на видео это видно. Продавец третью неделю не отвечает в чате. Мне совсем не хочется никого беспокоить, но мне подсказали, что можно обратиться в общество защиты прав потребителей, если вопрос не решится здесь. Прошу вернуть деньги за чайник.',
    'video',
    [],
    'full_refund',
  ),
  // Trap: the town of Cockermouth; a cracked lid, a replacement asked for.
  c(
    'r33c-04',
    'en',
    "Hello, so sorry to bother you. The parcel was delivered to my mum's house in Cockermouth on 9 May, and when she opened it the glass lid of the casserole dish had a crack right across it. I've attached the photo she took. It's probably the courier and not your fault at all. Could you possibly send a replacement lid?",
    'photo',
    [],
    'exchange',
  ),
  // Trap: "shiitake" and self-blame ("I'm such an idiot"); a hedged refund question is still the request.
  c(
    'r33c-05',
    'en',
    "Hi, sorry, this might be a silly question, I'm such an idiot with these things. The shiitake grow kit arrived on 2 April and the block was already covered in green mould when I cut the bag open (photo attached). The instructions say it should be white. Would a refund be possible? I understand if not.",
    'photo',
    [],
    'full_refund',
  ),
  // Trap: the seller's insult quoted as evidence after «ответил» is not the buyer's.
  c(
    'r33c-06',
    'ru',
    'Извините, пожалуйста, я, наверное, плохо объяснила в чате. Ботинки 38 размера, а стелька 23 см, хотя в таблице размеров для 38 указано 24,5 см. Измерила линейкой в тот же день, когда получила, 21 сентября, фото с линейкой прикладываю. Продавец мне ответил: «Вы тупая, мерить не умеете». Я не спорю, может, и правда что-то не так мерила, но прошу обменять на пару с правильной стелькой.',
    'photo',
    [],
    'exchange',
  ),
  // Trap: quoted "idiot" from the seller and a bank chargeback (lawful).
  c(
    'r33c-07',
    'en',
    "I'm sorry to escalate this, I really don't like doing it. The desk lamp flickers and then switches itself off after about ten minutes. It started the very first evening, 14 June. I've attached a video. When I asked the seller about it, they replied \"stop wasting my time, idiot, it works fine\". I don't want any trouble. I would just like a refund; my bank told me I could request a chargeback, but I would rather sort it out here.",
    'video',
    [],
    'full_refund',
  ),
  // Trap: «сукно»; a short length with a named sum for the difference.
  c(
    'r33c-08',
    'ru',
    'Здравствуйте. Простите, что пишу по такому поводу. Заказала отрез сукна серого цвета, 2 метра. Пришло полтора метра — измерила рулеткой 6 декабря, как только распаковала. Фото с рулеткой прилагаю. Если можно, верните, пожалуйста, разницу — 350 рублей.',
    'photo',
    [],
    'partial_refund',
    350,
  ),
  // Trap: «бляха» (a buckle) and «оскорблять» contain rude-looking pieces.
  c(
    'r33c-09',
    'ru',
    'Добрый день. Ремень пришёл 30 августа, а на третий день бляха отвалилась — выпал штифт, который её держит. Фото бляхи и штифта прикладываю. Я совсем не хочу никого оскорблять или ругаться, может, мне просто не повезло. Но, если можно, замените, пожалуйста, ремень.',
    'photo',
    [],
    'exchange',
  ),
  // Trap: "Dickens"; a missing volume, the missing book asked for (exchange).
  c(
    'r33c-10',
    'en',
    "Sorry to trouble you. I ordered the six-volume Dickens set and it arrived on 17 January with only five books: Hard Times is missing. I've attached a photo of what was in the box. If it's not too much bother, could you send the missing book?",
    'photo',
    [],
    'exchange',
  ),
  // Plain good non-receipt: elapsed days and a tracking number in the text, no file claimed.
  c(
    'r33c-11',
    'ru',
    'Здравствуйте, извините за беспокойство. Посылка с пледом так и не пришла, жду уже 52 дня. Трек-номер LP00412233445566, отслеживание с 3 марта стоит на «Прибыло в сортировочный центр». Наверное, где-то потерялась, я понимаю, что вы тут ни при чём. Если не трудно, верните, пожалуйста, деньги.',
    'none',
    [],
    'full_refund',
  ),
  // Trap: an honest review announced is a lawful step.
  c(
    'r33c-12',
    'en',
    "Hello, I'm sorry to write with a complaint. The 15 m garden hose split along the seam next to the tap fitting the second time I used it, on Sunday 6 July. I've attached photos of the split. I'd like a refund, please. I will also leave an honest review describing what happened, just so other people know.",
    'photo',
    [],
    'full_refund',
  ),
  // Trap: a court mentioned and declined; the item offered back for the money is a return.
  c(
    'r33c-13',
    'ru',
    'Здравствуйте. Заранее прошу прощения за длинное сообщение, я не очень умею писать такие письма. Робот-пылесос получила 18 апреля. С первого же дня правая боковая щётка не крутится: левая вращается, а правая стоит, и весь мусор из углов остаётся на месте. Я сначала подумала, что это я неправильно её поставила, сняла и поставила обратно несколько раз, почистила от волос, проверила по инструкции — ничего не изменилось. Потом попробовала поставить левую щётку на место правой — тоже не крутится, значит, дело не в щётке, а в моторчике под ней. Всё это сняла на видео, оно приложено: там видно, что одна щётка вращается, а вторая нет. Писала продавцу 20 апреля, 24 апреля и 2 мая, ответа не было. Соседка говорит, что можно подать в суд, но я не хочу до этого доводить и надеюсь, что всё можно решить спокойно через спор. Я готова отправить пылесос обратно, если вы скажете адрес, только, пожалуйста, верните за него деньги. Коробку, инструкцию и все детали я сохранила.',
    'video',
    [],
    'return',
  ),
  // Trap: «хлебница»; a hedged exchange question.
  c(
    'r33c-14',
    'ru',
    'Хлебница бамбуковая пришла 15 мая, крышка треснула вдоль по всей длине — заметила сразу при распаковке. Фото прилагаю. Может быть, можно прислать новую крышку или новую хлебницу? Извините, если пишу не туда.',
    'photo',
    [],
    'exchange',
  ),
  // Plain good: a count short, a decimal comma in the sum.
  c(
    'r33c-15',
    'ru',
    'Простите, что беспокою из-за такой мелочи. Набор деревянных пуговиц: в описании 30 штук, а пришло 20, я пересчитала два раза, когда открыла пакет 11 февраля. Фото пуговиц, разложенных на столе, прикладываю. Если вам не сложно, верните, пожалуйста, 2,80 $ за недостающие.',
    'photo',
    [],
    'partial_refund',
    2.8,
  ),
  // Trap: "cocktail" and "Essex"; the missing part asked for (exchange).
  c(
    'r33c-16',
    'en',
    "Hello, apologies for the message. The cocktail shaker set arrived at my flat in Essex yesterday and the strainer lid isn't in the box. The listing shows three pieces and I only got two (photo attached). Could you please send the strainer lid when you can?",
    'photo',
    [],
    'exchange',
  ),
  // Trap: a chargeback mentioned only as what the buyer would rather avoid; tracking number in the text.
  c(
    'r33c-17',
    'en',
    "I'm sorry to chase this. My order of two satin pillowcases still hasn't arrived, and it has been 47 days since I paid on 2 February. The tracking number YT2209318847562 hasn't updated since 10 February. I don't really want to go to my bank for a chargeback, so I'd be grateful for a refund here.",
    'none',
    [],
    'full_refund',
  ),
  // Trap: "pussy willow" is a print; the print upside down is a visible defect.
  c(
    'r33c-18',
    'en',
    'Hi, sorry to be a bother. The four cushion covers with the pussy willow print arrived on 28 March, and on two of them the print is upside down compared with the zip, so the branches hang downwards. Photo attached showing all four side by side. Could you exchange those two, please?',
    'photo',
    [],
    'exchange',
  ),
  // Trap: the place name Сукко, and a husband's fraud label the writer disowns (no accusation).
  c(
    'r33c-19',
    'ru',
    'Добрый вечер. Извините за беспокойство. Надувной матрас забрала в пункте выдачи в Сукко 7 июля, и уже в первую ночь он сдулся: воздух выходит через клапан, слышно шипение, если прижать. Видео с шипением прикладываю. Муж говорит, что вы жулики, но я так не думаю, наверное, просто попался бракованный клапан. Верните, пожалуйста, деньги, если это возможно.',
    'video',
    [],
    'full_refund',
  ),
  // Trap: "Titmouse" in a product name; a half-way but named partial refund with a sum.
  c(
    'r33c-20',
    'en',
    'Hello, sorry to bother you over something small. The "Blue Titmouse" bird feeder arrived on 5 October with the perch snapped off, it was loose in the bag when I opened it. Photo attached. I can glue it myself, so a partial refund of $3 would be more than fine.',
    'photo',
    [],
    'partial_refund',
    3,
  ),
  // Trap: «гребень»; a timid but named sum.
  c(
    'r33c-21',
    'ru',
    'Гребень из рога пришёл 8 июня, два зубца отломаны, они лежали отдельно в пакетике. Заметила при распаковке, фото прилагаю. Гребнем всё равно можно пользоваться. Не знаю, можно ли так, но, может быть, вернёте хотя бы 120 рублей?',
    'photo',
    [],
    'partial_refund',
    120,
  ),
  // Plain good: the sum in words.
  c(
    'r33c-22',
    'ru',
    'Здравствуйте, простите. В наборе 10 кистей для рисования, и у двух из них ворс выпадает целыми пучками — после первого же мытья 19 апреля они стали почти лысые. Фото прикладываю. Если можно, верните, пожалуйста, триста рублей за эти две кисти.',
    'photo',
    [],
    'partial_refund',
    300,
  ),
  // Plain good: a euro sum with a decimal comma, return declined.
  c(
    'r33c-23',
    'en',
    "Hello, sorry, my English is not so good. The yoga mat is 3 mm thick, but the listing says 6 mm. I measured it with a ruler the day it came, 22 August, photo with the ruler attached. I don't want to send it back, so if you could refund €6,50 that would be fine for me.",
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // Trap: police and a post-office report are lawful; «не говорю, что вы это специально» takes the label back.
  c(
    'r33c-24',
    'ru',
    'Здравствуйте. Извините, что отнимаю время. Коробка пришла с порванной плёнкой, и внутри вместо часов был кусок пенопласта. Вскрывали 26 января прямо на почте, сотрудник составил акт, фото акта и коробки прикладываю. В полиции заявление тоже приняли. Я ни в коем случае не говорю, что вы это специально, скорее всего, что-то случилось в дороге. Если можно, верните, пожалуйста, деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // Trap: a pasted chat; the seller's line calls the buyer a name, the buyer's lines are polite.
  c(
    'r33c-25',
    'en',
    "Sorry, I'm pasting our chat so you can see what happened.\nMe (3 Oct): Hello, sorry to bother you, the blender jug has a crack along the bottom and leaks as soon as I pour water in.\nSeller (5 Oct): you broke it yourself stupid woman. no refund\nMe (5 Oct): I didn't, it was already cracked when I unpacked it on 2 October. I have a photo.\nThe photo is attached here. I'd really just like a replacement jug, please.",
    'photo',
    [],
    'exchange',
  ),
  // Trap: the seller's sarcasm ("гений", «ну конечно») quoted after «написал» is the seller's.
  c(
    'r33c-26',
    'ru',
    'Извините, что пишу сюда, в чате со мной уже не разговаривают. Настольные часы пришли 10 марта, через два дня секундная стрелка остановилась, батарейку я меняла — не помогло. Фото прилагаю. Продавец написал мне: «Ну конечно, сами сломали, гений, а мы виноваты». Я ничего не ломала, честное слово. Может быть, вы сможете поменять их на исправные?',
    'photo',
    [],
    'exchange',
  ),
  // Trap: "shuttlecocks"; a timid refund question.
  c(
    'r33c-27',
    'en',
    'Hi, sorry to bother you. The tube of 12 feather shuttlecocks arrived last week, and after our first game on Saturday three of them had lost most of their feathers, they came out of the cork base after a few hits. Short video attached. Would it be OK to get a refund?',
    'video',
    [],
    'full_refund',
  ),
  // Resolution nuance: an exchange turned down, a refund asked instead.
  c(
    'r33c-28',
    'ru',
    'Добрый день, извините. Термос не держит тепло: 13 января вечером залила кипяток, а утром вода была еле тёплая, проверила ещё два раза — так же. Фото с градусником утром прикладываю. Обмен мне, наверное, не нужен, ждать второй раз два месяца не хочется. Лучше верните деньги, если можно.',
    'photo',
    [],
    'full_refund',
  ),

  // Snapped after weeks: «Бля, ну сколько можно» is mat as an interjection.
  c(
    'r33c-29',
    'ru',
    'Извините, пишу уже пятый раз за три недели. Сушилка для обуви перестала греться через 10 дней после получения, то есть примерно 14 ноября, фото с холодной сушилкой и термометром прикладывала ещё тогда и прикладываю снова. Вы молчите. Бля, ну сколько можно. Верните деньги, пожалуйста.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Latin look-alike letters in «xyйня» judging the item; no file, only a hint at a remedy.
  c(
    'r33c-30',
    'ru',
    'Простите за грубость, я обычно так не пишу. Утюг с первого декабря плюётся ржавой водой прямо на бельё, уже испортил две белые рубашки. Это не утюг, а xyйня. Я не знаю, что теперь делать.',
    'none',
    ['profanity', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Masked "sh!t" judging the item, no "!": profanity only.
  c(
    'r33c-31',
    'en',
    "I'm sorry, I really have tried to be patient. The controller of the electric blanket died after three nights, on 20 January: the display stays blank and the blanket doesn't heat at all. Photo of the blank display is attached. I've written four times in three weeks and nobody has answered. It's a piece of sh!t and I just want my money back.",
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Talking down: words cut into syllables because «по-другому не доходит».
  c(
    'r33c-32',
    'ru',
    'Три недели я вежливо просила и извинялась. Раз по-другому не доходит, объясню медленно: ку-пи-ла курт-ку, на вто-рой день нос-ки о-то-рвал-ся ка-пю-шон. Вместе с кнопками, по шву, фото приложено. Прошу обменять куртку на новую.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Sarcastic praise of the packers; no photo and none named.
  c(
    'r33c-33',
    'en',
    'Sorry, but honestly, bravo to your packing geniuses. The ceramic vase came in a thin plastic bag with no padding at all and was in three pieces when I opened it on 11 March. I would like a refund.',
    'none',
    ['insult', 'missing_evidence'],
    'full_refund',
  ),
  // Veiled threat: a son near the shop who might «заходил к вам поговорить».
  c(
    'r33c-34',
    'ru',
    'Здравствуйте. Я очень долго ждала ответа и больше не знаю, как с вами разговаривать. Ночник пришёл 3 февраля, через неделю перестал переключаться режим — горит только тусклый жёлтый, синий и белый не включаются. Фото прикладываю. Мой сын сейчас как раз работает в Гуанчжоу, адрес вашего магазина у него есть. Мне бы не хотелось, чтобы он заходил к вам поговорить. Просто верните деньги, пожалуйста.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Veiled threat: publishing the seller's home address.
  c(
    'r33c-35',
    'en',
    "I've been very patient and polite for a month. The bed sheet set was listed as king size, 230 x 250 cm, but I measured the flat sheet when it arrived on 14 May and it is 200 x 200. Photo with the tape measure attached. Please send the king size set. It would be a shame if your home address ended up in a few local Facebook groups.",
    'photo',
    ['threat'],
    'exchange',
  ),
  // Transliterated Russian; "Suka, nu skolko mozhno" cried out; tracking number in the text.
  c(
    'r33c-36',
    'ru',
    'Izvinite, chto opyat pishu. Posylka s kovrikom dlya vannoy ne prishla, zhdu uzhe 63 dnya. Trek-nomer LP00298811773344, on ne obnovlyaetsya s 5 iyunya. Suka, nu skolko mozhno. Vernite, pozhaluysta, dengi.',
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Masked mat next to a name: profanity and insult, not a cry.
  c(
    'r33c-37',
    'ru',
    'Месяц пишу вам вежливо, с «пожалуйста» и «извините». Кастрюля: ручка отвалилась на третий день, заклёпка просто вылетела, фото прикладывала ещё 2 мая и прикладываю снова. Ё*аные раздолбаи, вы хоть раз откроете чат? Верните деньги.',
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // Spaced letters in "What the F U C K": an interjection; no evidence named.
  c(
    'r33c-38',
    'en',
    'I ordered a set of bathroom scales on 3 May. It is now 28 June and nothing has arrived. I asked politely three times. What the F U C K is wrong with your support? Please just refund me.',
    'none',
    ['profanity', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // Name-calling with an ordinary old word («охламоны»); a timid exchange question.
  c(
    'r33c-39',
    'ru',
    'Ох, простите, не сдержусь. Заказывала пряжу цвета «мятный» №12, шесть мотков, а пришёл ярко-зелёный, совсем не мятный, получила 14 января. Фото мотков при дневном свете прикладываю. Охламоны вы, а не магазин. Может, поменяете на мятный?',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Digits for a syllable judging the wait; «трек» is evidence; a question is no request.
  c(
    'r33c-40',
    'ru',
    'Извините, но это уже 3,14здец какой-то. Посылку с набором полотенец жду 70 дней, трек не обновляется с середины июня. Что мне теперь делать?',
    'none',
    ['profanity', 'missing_resolution'],
    'none',
  ),
  // Questioning sanity: "Are you lot braindead?"
  c(
    'r33c-41',
    'en',
    "I'm sorry, I know I'm supposed to stay polite. I ordered a case for a Pixel 8 and received one for a Pixel 7, it says so on the box and the camera cut-out doesn't line up. It arrived on 19 September, photo attached. I've explained this twice in the chat and got the same copy-paste answer. Are you lot braindead? Please send the Pixel 8 case.",
    'photo',
    ['insult'],
    'exchange',
  ),
  // Threat about the seller's daughter; no date; the photo said to be attached is missing.
  c(
    'r33c-42',
    'ru',
    'Здравствуйте. Я долго молчала, но больше не могу. Бра пришло с разбитым плафоном, осколки прямо в коробке, фото прикладываю. Я видела в вашем инстаграме, в какую школу ходит ваша дочка. Подумайте об этом. Верните деньги.',
    'none',
    ['threat', 'missing_when', 'evidence_not_attached'],
    'full_refund',
  ),
  // Swear adjective before the item: an intensifier, emotional too.
  c(
    'r33c-43',
    'en',
    "I'm sorry, I'm not normally like this. This fucking kettle switched itself off halfway through boiling on the fourth day, 9 November, and since then it won't turn on at all, the light doesn't even come on. Photo attached. Please refund me.",
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Dropped vowels «пздц» right after opening the box: a cry; the remedy left to the seller.
  c(
    'r33c-44',
    'ru',
    'Торшер забрала вчера. Открыла коробку — пздц. Абажур смят в гармошку, стойка погнута. Фото прикладываю. Не знаю, что теперь с этим делать, решайте сами.',
    'photo',
    ['profanity', 'emotional', 'missing_resolution'],
    'none',
  ),
  // Name-calling "a bunch of clowns"; the carrier's "delivered" status is quoted; tracking named.
  c(
    'r33c-45',
    'en',
    "Hello again. I ordered a wall clock 40 days ago. The tracking says \"delivered\" on 18 August but nothing came, and my neighbours haven't got it either. I've asked you three times to check with the courier and got three different excuses. Honestly, you're a bunch of clowns. I'd like my money back, please.",
    'none',
    ['insult'],
    'full_refund',
  ),
  // The seller's mat quoted as evidence stays profanity; otherwise a complete, polite text.
  c(
    'r33c-46',
    'ru',
    'Извините, я, наверное, как-то неправильно написала продавцу. Сапоги получила 2 октября, через неделю подошва на левом треснула поперёк, прямо под носком. Фото трещины прикладываю. Продавец ответил мне в чате: «иди на хуй со своими претензиями». Я не знаю, за что. Пожалуйста, обменяйте сапоги на новую пару.',
    'photo',
    ['profanity'],
    'exchange',
  ),
  // Veiled threat: a cousin near the warehouse who "could pop by for a chat"; photos named, not attached.
  c(
    'r33c-47',
    'en',
    "I'm sorry to be blunt after all these weeks. The curtains I ordered are 160 cm long, not 250 cm as listed. I measured them as soon as they arrived on 2 August. I have photos if you need them. My cousin lives twenty minutes from your warehouse in Yiwu, he could easily pop by for a chat. I would prefer a refund.",
    'none',
    ['threat'],
    'full_refund',
  ),
  // Sarcastic praise «умнички»; «сколько посчитаете нужным» is a partial refund without a sum.
  c(
    'r33c-48',
    'ru',
    'Спасибо, умнички, хорошо упаковали. Ёлочные шары пришли в пакете без всякой коробки, 4 из 12 разбиты, увидела при распаковке 20 декабря. Фото могу прислать. Верните, пожалуйста, за разбитые, сколько посчитаете нужным.',
    'none',
    ['insult', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Minced mat «Ёпт» as an interjection.
  c(
    'r33c-49',
    'ru',
    'Простите за выражение. Миксер получила 9 августа, и с первого же раза венчик выскакивает из гнезда, как только включаю вторую скорость. Ёпт, опять вылетел, пока пишу это. Видео нет, но фото гнезда приложила, там видно, что защёлка не держит. Прошу заменить миксер.',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // Masked "a$$holes" aimed at the seller: profanity and insult.
  c(
    'r33c-50',
    'en',
    "I have been polite for a month. I apologised for bothering you, I said thank you, I waited. The office chair sinks to the lowest position within a few minutes of sitting down, it started on the second day. Photo and the order details attached. You a$$holes haven't answered once. Please send a new gas cylinder.",
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // Wishing the seller's hands wither is a threat; no evidence named.
  c(
    'r33c-51',
    'ru',
    'Я пожилой человек, мне тяжело писать и ругаться. Тонометр показывает 180 на 120, а у врача 5 апреля в тот же час было 130 на 80, сравнивала прямо в поликлинике. Я из-за него пила лишние таблетки. Чтоб у вас руки отсохли за такой товар. Верните деньги.',
    'none',
    ['threat', 'missing_evidence'],
    'full_refund',
  ),
  // Masked "bullsh1t" judging the seller's excuse: profanity only; a partial refund with a sum.
  c(
    'r33c-52',
    'en',
    "Sorry, but your excuse is bullsh1t. The rug arrived on 3 March and it is grey, not the beige shown in the listing and in the colour name, Sand Beige. I've attached a photo in daylight next to a white sheet of paper. You say it's my monitor settings. I'm not paying to ship a 3 kg rug back, so please give me a partial refund of $15.",
    'photo',
    ['profanity'],
    'partial_refund',
    15,
  ),
  // Name-calling «олухи» plus the fraud label «обманщики».
  c(
    'r33c-53',
    'ru',
    'Извините, но больше не могу молчать. Заказывала лампочки на 100 Вт, как указано в названии, а на цоколе у всех трёх написано 60 Вт, и светят они еле-еле. Увидела сразу, как вкрутила, 2 июля. Фото цоколя прикладываю. Олухи и обманщики. Верните деньги.',
    'photo',
    ['insult', 'accusation'],
    'full_refund',
  ),
  // Found the seller's and his wife's personal pages, will show them: a threat; no date, no evidence.
  c(
    'r33c-54',
    'en',
    "I didn't want to write this. The necklace chain turned my neck green and the silver coating is rubbing off, the metal underneath is copper-coloured. I found your personal Facebook page, and your wife's. I think they should see what you sell. Refund me.",
    'none',
    ['threat', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Spaced mat standing alone as a cry; no evidence; only a question about what to do.
  c(
    'r33c-55',
    'ru',
    'Три недели тишина. Б л я т ь. Посылку с занавеской для ванной жду с 10 сентября, сегодня 25 октября. Вы вообще читаете, что вам пишут? Что мне делать?',
    'none',
    ['profanity', 'emotional', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Talking down: "I will type slowly so your team can follow."
  c(
    'r33c-56',
    'en',
    'Fine. I will type slowly so your team can follow this time. The. Raincoat. Leaks. Water came through both shoulder seams in the first rain, on Tuesday, and my daughter came home soaked. Photo of the wet seams attached. Could I have a refund, please.',
    'photo',
    ['insult'],
    'full_refund',
  ),

  // Complete, but «немного расстроилась» is an affect word.
  c(
    'r33c-57',
    'ru',
    'Извините, может, это мелочь. Платье пришло 2 августа, и когда я его примеряла, на спине разошёлся шов сантиметров на пять. Фото прилагаю. Я немного расстроилась, платье было на подарок дочке. Если можно, верните деньги.',
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // Vague and timid: nothing named, no time, no evidence, only a hint.
  c(
    'r33c-58',
    'ru',
    'Здравствуйте, простите, что отвлекаю. Мне кажется, товар не совсем соответствует описанию. Может, я ошибаюсь и что-то не так делаю. Не знаю, что теперь делать.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Forgot the photo: says it is attached, the form has none.
  c(
    'r33c-59',
    'ru',
    'Добрый вечер. Извините. Заказала садовые перчатки размера M, а пришли XL, на бирке так и написано. Получила 16 мая. Фото бирки прикладываю. Пожалуйста, если можно, обменяйте на размер M.',
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // «часть денег, сколько сочтёте справедливым»: partial refund without a sum.
  c(
    'r33c-60',
    'ru',
    'Здравствуйте. Одна чашка из набора пришла со сколом на ручке, заметила при распаковке 9 января, фото прилагаю. Возвращать весь набор не хочу, это долго, и остальные чашки целые. Может быть, вернёте часть денег, сколько сочтёте справедливым?',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «Решайте сами, как будет правильно» leaves the remedy to the seller: no request.
  c(
    'r33c-61',
    'ru',
    'Простите за беспокойство. Сковорода: после третьего использования антипригарное покрытие начало облезать чешуйками по центру, готовила на среднем огне, как в инструкции. Фото дна прилагаю. Решайте сами, как будет правильно.',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // Scare quotes around «случайно» with «ну конечно»: sarcasm about honesty; no evidence.
  c(
    'r33c-62',
    'ru',
    'Извините, но я заказывала шапку бордового цвета, а пришла чёрная. Получила 4 ноября. Второй раз у вас «случайно» кладут не тот цвет, ну конечно. Поменяйте, пожалуйста, на бордовую.',
    'none',
    ['accusation', 'missing_evidence'],
    'exchange',
  ),
  // Forgot when: the buyer says she does not remember.
  c(
    'r33c-63',
    'ru',
    'Здравствуйте. Простите, я не помню точно, когда это началось. Часы стали запотевать изнутри, под стеклом капельки, даже если я их не мочу. Фото прилагаю. Если можно, поменяйте на другие.',
    'photo',
    ['missing_when'],
    'exchange',
  ),
  // «половину стоимости»: partial refund without a sum.
  c(
    'r33c-64',
    'ru',
    'Добрый день, извините. Две шторы из комплекта разной длины: одна 260 см, другая 240, измерила рулеткой, когда распаковала 1 марта. Фото обеих штор рядом прилагаю. Подшивать мне не трудно, так что, может, вернёте половину стоимости?',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Near-empty: a single two-letter word.
  c('r33c-65', 'ru', 'ой', 'none', ['empty_text'], 'none'),
  // Long and heartfelt: «обидно, до слёз», «плакала»; no request, only «не знаю, как теперь быть».
  c(
    'r33c-66',
    'ru',
    'Здравствуйте. Простите, пожалуйста, что пишу такое длинное письмо, я первый раз открываю спор и не очень понимаю, как это правильно делается, внучка помогла найти эту кнопку. Я заказала куклу для внучки на Новый год, ту, что в голубом платье, с длинными волосами, которые можно заплетать. Посылка пришла вовремя, 28 декабря, всё было аккуратно упаковано, спасибо вам за это. Кукла очень красивая, внучка была так рада. Но 31 декабря, в первый же день, когда она с ней играла, у куклы отвалилась правая рука. Она не сломалась от удара, внучка её не бросала, просто подняла куклу за руку, и рука отошла вместе с креплением. Мы посмотрели: внутри плечо держится на маленьком пластиковом штырьке, и этот штырёк треснул пополам. Я попробовала вставить руку обратно, но она держится минуту и снова выпадает. Фото плеча и штырька прилагаю, там видно трещину. Мне так обидно, до слёз. Внучка плакала весь вечер, а у меня пенсия небольшая, я на эту куклу откладывала два месяца. Я никого не обвиняю, может, просто такая попалась. Может, я что-то не понимаю в этих игрушках. Я не знаю, как теперь быть и что можно сделать в таком случае. Ещё раз извините за беспокойство и с наступившим Новым годом вас.',
    'photo',
    ['emotional', 'missing_resolution'],
    'none',
  ),
  // «вы специально шлёте…»: a blanket accusation next to facts; no evidence.
  c(
    'r33c-67',
    'ru',
    'Здравствуйте. Извините, что опять я. Шуруповёрт пришёл 7 октября, аккумулятор держит пять минут работы, потом разряжается. Это уже второй, первый был точно такой же. Похоже, вы специально шлёте то, что вернули другие покупатели. Верните, пожалуйста, деньги.',
    'none',
    ['accusation', 'missing_evidence'],
    'full_refund',
  ),
  // «брак» alone is vague; the receipt date counts as when.
  c(
    'r33c-68',
    'ru',
    'Заказ получила 21 июня, там брак. Фото прилагаю. Извините. Верните, пожалуйста, деньги.',
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // «верните разницу» with no sum.
  c(
    'r33c-69',
    'ru',
    'Здравствуйте, простите за беспокойство. Заказывала набор из 6 стеклянных контейнеров с крышками, а в коробке было только 4, открывала на видео 12 сентября, оно приложено. Если можно, верните, пожалуйста, разницу.',
    'video',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // The timid buyer finally shouts: two capitalised words and "??".
  c(
    'r33c-70',
    'ru',
    'Извините, что пишу снова и снова. Посылку с подушкой жду 58 дней, трек-номер LP00561234987712, отслеживание молчит с 12 мая. Я уже не знаю, к кому обращаться. ПОЖАЛУЙСТА ОТВЕТЬТЕ хоть что-нибудь?? Верните деньги.',
    'none',
    ['emotional'],
    'full_refund',
  ),
  // Transliterated Russian; wrong colour named, no time, only a hint.
  c(
    'r33c-71',
    'ru',
    'Izvinite, chto pishu. Kurtka prishla ne togo tsveta: zakazyvala temno-sinyuyu, a prishla chernaya. Foto prilagayu. Ne znayu, mozhno li chto-to sdelat.',
    'photo',
    ['missing_when', 'missing_resolution'],
    'none',
  ),
  // Complete, but "a bit disappointed" is an affect word.
  c(
    'r33c-72',
    'en',
    "Hello, sorry to bother you. The knitted throw arrived on 8 December and it is 100 x 120 cm, while the listing says 150 x 200 cm. I measured it twice, photo with the tape attached. I'm a bit disappointed, it was meant for the sofa. Could you send the correct size, please?",
    'photo',
    ['emotional'],
    'exchange',
  ),
  // Vague and timid in English: nothing concrete, only "Not sure what to do now".
  c(
    'r33c-73',
    'en',
    "Hi, sorry, it's probably nothing, but the item isn't quite what I expected. Maybe I'm just being fussy. Not sure what to do now.",
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Forgot the photo and the date; the scent set against the listing is concrete.
  c(
    'r33c-74',
    'en',
    "Hello, apologies for the trouble. The set of three candles is listed as lavender, but they don't smell of anything, not even when lit. I've attached a photo of the label. Could I get a refund, please?",
    'none',
    ['evidence_not_attached', 'missing_when'],
    'full_refund',
  ),
  // Money asked for "whatever amount you think is fair": partial refund without a sum.
  c(
    'r33c-75',
    'en',
    'Sorry to write about something so small. The set of five glass food jars came with only four lids, I noticed while unpacking on 12 April. Photo of the jars and lids attached. Maybe you could refund whatever amount you think is fair for the missing lid?',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "whatever you think is fair" with no money asked: no request.
  c(
    'r33c-76',
    'en',
    "Hello, I'm sorry to trouble you. The jumper shrank from an M to roughly a child's size after the first wash, at 30 degrees exactly as the care label says. Photo next to my old M jumper attached. I'll leave it to you to do whatever you think is fair.",
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // A friend's fraud label the writer adopts ("starting to think she's right"): accusation.
  c(
    'r33c-77',
    'en',
    "Hello. I paid for the plant pots on 10 January, 45 days ago, and they have not arrived. The tracking number is YT2301847569302. My friend said this store is a scam and I'm starting to think she's right. Could you refund me, please?",
    'none',
    ['accusation'],
    'full_refund',
  ),
  // "half the price back": partial refund without a sum.
  c(
    'r33c-78',
    'en',
    "Hi, sorry. Two of the six knives from the cutlery set have rust spots on the blades after their first run in the dishwasher on Sunday. Photo attached. I don't really want to return the whole set. Would half the price back be OK?",
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "ridiculous" is an affect word; otherwise complete non-receipt with tracking named.
  c(
    'r33c-79',
    'en',
    "I don't want to be rude, but this is getting ridiculous. I ordered a ceramic planter on 1 March and today is 20 April. The tracking shows nothing since 8 March. Could you refund me, please?",
    'none',
    ['emotional'],
    'full_refund',
  ),
  // "not as described" is vague; the receipt day counts as when.
  c(
    'r33c-80',
    'en',
    'The shoes are not as described. Photos attached. I received them Tuesday. Sorry to be a nuisance, could I get a refund?',
    'photo',
    ['missing_what'],
    'full_refund',
  ),
];
