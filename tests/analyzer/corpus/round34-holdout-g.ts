import { labelled as c, type CorpusCase } from './types';

/**
 * Round thirty-four, hold-out set g: buyers fed up with AliExpress itself as much as with the seller (dispute
 * deadlines, template answers from support, disputes closed automatically, a bot in the chat, refunds stuck
 * «в обработке»), some escalating lawfully, some accusing, insulting or threatening support or the seller. Written by
 * a hand that has not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - "Support always sides with the seller", "AliExpress protects scammers", «поддержка их покрывает», «вы с продавцом
 *   заодно» label the platform's honesty or intent: `accusation`.
 * - Name-calling aimed at the chat bot as the addressee («Бот, ты тупая жестянка») is an `insult`, since the bot speaks
 *   for support; judging the bot as a tool ("your chat bot is useless") is a judgement of the service, no finding.
 * - A support agent's name in quote marks («Анастасия», 'Kevin') doubts the name, not anyone's honesty: no accusation.
 * - Templates, statuses and bot replies quoted from support («Спасибо за терпение!!!», 'Your case is CLOSED') are
 *   support's words: their capitals and "!!!" are not the buyer's.
 * - A refund granted but not received («на карту не пришло ни копейки») names the problem; the decision date is its
 *   time. "The refund has shown 'processing'" with "What should I do?" asks for nothing.
 * - Finding a support agent's LinkedIn, employer, city or children and promising to publish them, or hinting at them
 *   ("Подумайте об этом"), is a threat, like the seller's personal data.
 * - «Это не поддержка, а пздц какой-то» and «χуйня, а не ответ» judge the service: profanity only; "This is bullsh!t."
 *   as a sentence of its own and «Это пиzдeц, а не поддержка!» with "!" cry out: profanity and emotional.
 * - "Disgusting." about a rusted cutlery set and «Обидно до слёз» are affect words: emotional.
 * - Valenki (felt boots) ordered as the item and "The Muppets lunch box" are goods, not names.
 * - "I'll keep the mirror and accept whatever amount you think is fair" is «на ваше усмотрение»: a partial refund
 *   without a sum.
 * - When a file is attached, the text's own mention of it is what makes the evidence; every text with a file here also
 *   names it.
 */
export const ROUND34_HOLDOUT_G: CorpusCase[] = [
  // Polite reopening after an automatic closure; defect, date, video, full price: clean.
  c(
    'r34g-01',
    'ru',
    'Здравствуйте. Открываю спор повторно по заказу 8154 2201 7736. Первый спор система закрыла автоматически 3 апреля: на ответ давалось 5 дней, а я в это время лежала в больнице и не заходила в приложение. Проблема никуда не делась. Электрочайник Kelli 1,7 л течёт по шву у основания — через минуту после того, как нальёшь воду, на столе лужа. Заметила при первом же кипячении, 24 марта, и в тот же день написала продавцу. Продавец ответил, что «это конденсат», но конденсат не капает из шва снизу, а на видео хорошо видно, откуда идёт вода: я поставила чайник на сухое бумажное полотенце и сняла, как оно намокает. Видео прикладываю. Прошу вернуть полную стоимость заказа — 2 340 руб.',
    'video',
    [],
    'full_refund',
  ),
  // Masked "f*cking" before the bot (intensifier) plus "!!": profanity and emotional; tracking named.
  c(
    'r34g-02',
    'en',
    "I have typed 'talk to a human' nine times and your f*cking bot keeps sending me the same three help links!! Order 3019554871, a brass desk lamp. Tracking has shown 'in transit' since February 2 and nothing has moved for seven weeks. I want a full refund.",
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // "Support is always on the seller's side" labels the platform's intent: accusation, otherwise complete.
  c(
    'r34g-03',
    'ru',
    'Поддержка AliExpress всегда на стороне продавца, это уже давно всем понятно. Тем не менее пишу по фактам: заказывала плед 150×200 см, пришёл 100×140 см. Измерила рулеткой в день получения, 11 мая, фото с рулеткой прикладываю. Прошу вернуть деньги.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Scunthorpe is a town; a chargeback is a lawful step: clean.
  c(
    'r34g-04',
    'en',
    "Hello. I live in Scunthorpe and the courier marked my parcel 'delivered' on 14 June, but nothing arrived. The tracking photo shows a door that is not mine: my door is blue, the one in the photo is white. Support closed my first case after 48 hours with a template reply. I've attached a screenshot of the tracking photo. Please refund the order in full; if the case is closed again without anyone looking at it, I will ask my bank for a chargeback.",
    'photo',
    [],
    'full_refund',
  ),
  // «объясняю вам в третий раз, медленно, чтобы дошло» talks down to the agent: insult.
  c(
    'r34g-05',
    'ru',
    'Уважаемая «Анастасия» из поддержки, объясняю вам в третий раз, медленно, чтобы дошло: фен Dreamlux перестал греть на четвёртый день — дует только холодным воздухом на любом режиме. Вы трижды прислали мне один и тот же шаблон «Пожалуйста, предоставьте доказательства». Доказательство — видео, оно приложено к спору с первого дня. Верните деньги.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // Refund stuck: "??" and two capitalised words are emotional; screenshot said attached, no file.
  c(
    'r34g-06',
    'ru',
    'Спор решён в мою пользу 2 марта. С тех пор статус возврата «в обработке», на карту не пришло ни копейки. Сколько можно?? Я УЖЕ НЕ ЗНАЮ, куда ещё писать. Скриншот статуса прилагаю. Заказ — массажная подушка, которая пришла с неработающим подогревом. Верните деньги за заказ.',
    'none',
    ['emotional', 'evidence_not_attached'],
    'full_refund',
  ),
  // Plain good partial refund with a decimal comma (€4,50 = 4.5).
  c(
    'r34g-07',
    'en',
    "Order 8102337465, set of 6 glass storage jars. One jar arrived with a chipped rim, found when unpacking on 9 October; the other five are fine. Photo attached. I'd like to keep the set and ask for a partial refund of €4,50 for the damaged jar.",
    'photo',
    [],
    'partial_refund',
    4.5,
  ),
  // Knowing where the office is and coming "to talk differently": veiled threat.
  c(
    'r34g-08',
    'ru',
    'Спор по креслу-мешку поддержка закрыла автоматически, пока я ждал ответа продавца. Ещё раз: кресло пришло с разорванным боковым швом, разрыв около 30 см, наполнитель высыпается. Обнаружил при распаковке 17 февраля, фото в приложении. Верните деньги. И имейте в виду: я знаю, где находится ваш московский офис. Если спор закроют ещё раз, приду туда лично, и поговорим уже по-другому.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Support's quoted template with CLOSED is theirs; non-receipt, time, tracking number: clean.
  c(
    'r34g-09',
    'en',
    "I ordered a wool rug on 2 March and nothing has arrived in nine weeks. Support replied on 3 May, and I quote: 'The seller has provided valid proof of shipment. Your case is CLOSED.' That proof is a tracking number, LP00482193847561, which shows delivery in Leeds. I live in Truro, about 400 km away, and nobody here signed for anything. Screenshot of the tracking page attached. Please reopen the case and refund me in full.",
    'photo',
    [],
    'full_refund',
  ),
  // Latin look-alike letters in mat, said with "!" and after "??": profanity and emotional.
  c(
    'r34g-10',
    'ru',
    'Спор по сушилке для белья закрыли автоматически 21 января — у меня на ответ было 5 дней, а я ехала в поезде без связи. Пять дней, серьёзно?? Это пиzдeц, а не поддержка! Сушилка пришла с отломанной ножкой, увидела при распаковке, фото было в первом споре, прикладываю снова. Верните деньги.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // "Disappointed", "not as described", no date, no evidence, "sort it out".
  c(
    'r34g-11',
    'en',
    "I'm really disappointed with how AliExpress handles disputes. The item is not as described and support just keeps pasting templates at me. Sort it out.",
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // A complaint to Роспотребнадзор and an honest review are lawful: clean.
  c(
    'r34g-12',
    'ru',
    'Добрый день. Заказ 5039 1187 2246, детский самокат. Через неделю катания треснула передняя вилка у основания: трещина около 3 см, её видно на фото. Сын катался по ровному асфальту, самокат не падал. Продавец не отвечает 9 дней, поддержка дважды продлила срок рассмотрения без объяснений. Прошу полный возврат. Если срок продлят снова, подам жалобу в Роспотребнадзор и опишу всю историю в отзыве к товару.',
    'photo',
    [],
    'full_refund',
  ),
  // Mock title and "brains of a toaster" aimed at whoever programmed the bot: insult.
  c(
    'r34g-13',
    'en',
    'Dear bot, or whichever genius programmed you with the brains of a toaster: the curtain rod arrived 40 cm shorter than listed. The listing says 160 cm, I measured 120 cm with a tape on 8 August, the day it came. Photo attached. Exchange it for the correct length.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Compensation «на ваше усмотрение»: a partial refund without a sum.
  c(
    'r34g-14',
    'ru',
    'Заказывал набор кастрюль из 5 штук, пришло 4 — нет самой маленькой, на 1,5 л. Обнаружил при распаковке 6 сентября, фото коробки и упаковочного листа прикладываю. Поддержка десятый день отвечает одним словом «ожидайте». Прошу компенсацию за недостающую кастрюлю на ваше усмотрение.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Masked mat asked of the addressed support staff: profanity and insult; "вся сумма заказа" is a full refund.
  c(
    'r34g-15',
    'ru',
    'Третий раз пишу: перфоратор пришёл без патрона, в коробке только корпус и кейс. Нашёл при распаковке 2 ноября, видео вскрытия приложено. А вы мне снова: «Продавец отправил товар согласно описанию». Вы там в поддержке совсем ох*ели? Верните 4 700 ₽, это вся сумма заказа.',
    'video',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // Shiitake contains a rude-looking piece; mould on arrival with date and photos: clean.
  c(
    'r34g-16',
    'en',
    "Order 8176620034: shiitake mushroom grow kit. The block arrived on 12 November covered in green mould, while the listing says 'fresh inoculated block, ready to fruit'. Photos of the block and the packaging attached. The seller hasn't replied in 6 days. Please refund in full.",
    'photo',
    [],
    'full_refund',
  ),
  // Publishing the seller's name, face and address: threat; no evidence named, no file.
  c(
    'r34g-17',
    'ru',
    'Поддержка мне не помогла, поэтому пишу продавцу напрямую. Настольная лампа не включается: кнопка щёлкает, но свет не загорается — так с первого дня, с 3 августа. Я нашёл ваш профиль во ВКонтакте, Вэй Лин, и адрес вашего склада. Если деньги не вернутся до пятницы, выложу ваше имя, лицо и адрес во всех группах покупателей, какие найду. Верните деньги.',
    'none',
    ['threat', 'missing_evidence'],
    'full_refund',
  ),
  // "I attach a video" with no file: evidence_not_attached only.
  c(
    'r34g-18',
    'en',
    "Blender jug: the blade assembly wobbles and scrapes the jug wall from the first use on 5 April, leaving plastic shavings in the smoothie. I attach a video. Support told me to 'negotiate with the seller', and the seller has been silent for a week. Please exchange the jug.",
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // Spaced mat cried out with "!": profanity and emotional.
  c(
    'r34g-19',
    'ru',
    'Коврик для йоги пришёл порванный по краю, спор я выиграла 14 февраля, продавец согласился на полный возврат. С тех пор статус «в обработке». Уже месяц. Б л я т ь, месяц! Скриншот статуса прикладываю. Верните деньги наконец.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // "assistant", "Essex" are innocent; Trading Standards and a review are lawful; no evidence named or attached.
  c(
    'r34g-20',
    'en',
    "Your assistant in the chat closed my case on 22 July saying I had 'accepted the seller's solution'. I did not accept anything. The item, a car seat cover listed as 50×40 cm, is 35×30 cm; I measured it with a tape the day it came to my flat in Essex. I'd like a full refund. Otherwise I'll contact Trading Standards and leave an honest review describing how the case went.",
    'none',
    ['missing_evidence'],
    'full_refund',
  ),
  // Валенки are the ordered felt boots, not a name; support's coupon offer is not the request: clean exchange.
  c(
    'r34g-21',
    'ru',
    'Заказала валенки детские, размер 28, а пришёл 25 размер: по стельке 16 см вместо 18, измерила линейкой в день получения, 4 декабря. Фото стельки с линейкой прикладываю. Поддержка предложила вернуть 10% стоимости купоном, мне это не подходит: ребёнку нужны валенки на зиму. Прошу обмен на размер 28.',
    'photo',
    [],
    'exchange',
  ),
  // Concrete volume mismatch, but no date or discovery moment and no evidence.
  c(
    'r34g-22',
    'ru',
    'Здравствуйте. Поддержка ответила мне шаблоном, что «продавец предложил решение». Никакого решения мне никто не предлагал. Заказывала термокружку на 500 мл, пришла на 350 мл — объём выбит на дне. Прошу вернуть деньги.',
    'none',
    ['missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // "People who play games … have accidents on the way home, Kevin": veiled threat to the agent.
  c(
    'r34g-23',
    'en',
    "Agent 'Kevin' (ID 44821) closed my case twice in one day. I've saved his ID and the whole chat. People who play games with other people's money sometimes have accidents on the way home, Kevin. Just saying. The backpack's main zip split open on the first hike, 19 May, photos attached. Full refund.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // The seller's «Сама дура» is quoted as evidence: not the buyer's insult; clean.
  c(
    'r34g-24',
    'ru',
    'Продавец на мою просьбу ответил дословно: «Сама дура, читай описание». В описании указано: шторы блэкаут, не пропускают свет. Пришли полупрозрачные — сквозь них виден фонарь за окном, проверила в первый же вечер, 28 октября. Фото днём и вечером и скриншот переписки прилагаю. Прошу полный возврат.',
    'photo',
    [],
    'full_refund',
  ),
  // "ridiculous" is affect; "AliExpress protects scammers and everyone knows it" accuses the platform.
  c(
    'r34g-25',
    'en',
    'This is ridiculous. AliExpress protects scammers and everyone knows it. The wall clock stopped after 3 days: the second hand just twitches in place and the time is stuck. Video attached. I want my money back.',
    'video',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // Transliterated Russian: "suka, skolko mozhno" is a cry (profanity, emotional); tracking number is evidence.
  c(
    'r34g-26',
    'ru',
    'Zdravstvuyte. Uzhe tretiy raz pishu v chat, a otvechaet bot odno i to zhe, suka, skolko mozhno. Posylka s nasosom dlya velosipeda ne prishla, zhdu 52 dnya, trek RU284719365CN stoit na meste s 10 iyunya. Vernite dengi.',
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Wrong voltage found on first use; offers to send it back: a return, clean.
  c(
    'r34g-27',
    'en',
    "Order 8055419902, electric kettle listed as 220 V / 1800 W. The plate underneath says 110 V, and on our 230 V mains it tripped the fuse on first use, 2 February. Photos of the plate and a screenshot of the listing attached. I'm happy to send the kettle back at the seller's cost for a full refund.",
    'photo',
    [],
    'return',
  ),
  // «в шоке», «брак», no time, no evidence.
  c(
    'r34g-28',
    'ru',
    'Я в шоке от вашей поддержки. Месяц пишу — и ничего. Товар — брак. Верните деньги.',
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // "This is bullsh!t." as a sentence of its own: masked profanity and a cry.
  c(
    'r34g-29',
    'en',
    "Support's answer: 'Please wait for the seller's response within 15 days.' I have now waited 15 days twice. This is bullsh!t. The food dehydrator's fan grinds loudly and the bottom tray stays cold, since the second day of use. Video attached. Refund please.",
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // «Хлебница», «застрахуйте» hold rude-looking pieces; whole price with delivery named: full refund, clean.
  c(
    'r34g-30',
    'ru',
    'Хлебница бамбуковая, заказ от 2 августа. Пришла с расколотой крышкой — трещина по всей длине, видно на фото, сделанном при вскрытии пакета на почте. Стоимость 1 450 рублей, доставка 99 рублей. Прошу вернуть полную стоимость с доставкой, 1 549 рублей. И на будущее: застрахуйте хоть как-то хрупкие вещи — крышка была завёрнута в один слой плёнки.',
    'photo',
    [],
    'full_refund',
  ),
  // «Браво, поддержка! Гении копипаста» is sarcastic praise of the staff: insult.
  c(
    'r34g-31',
    'ru',
    'Браво, поддержка! Гении копипаста. На мой вопрос про заклинивший замок чемодана вы в четвёртый раз прислали статью «Как открыть спор». Спор открыт с 3 марта. Кодовый замок заклинило на 000 после первой же поездки, чемодан не открывается — видео приложено. Прошу обмен на исправный чемодан.',
    'video',
    ['insult'],
    'exchange',
  ),
  // "Just refund the difference": partial refund without a sum.
  c(
    'r34g-32',
    'en',
    "I paid for the 2 kg pack of basmati rice and received a 1 kg pack; the weight is printed on the bag, and I checked it on arrival on 30 January. Photo attached. I don't want to go through a return, support takes weeks to answer anything. Just refund the difference.",
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «Ну конечно, „технические причины“» is sarcasm about honesty: accusation; partial with a sum.
  c(
    'r34g-33',
    'ru',
    'Поддержка закрыла спор по «техническим причинам». Ну конечно, «технические причины» — как раз в тот день, когда истёк срок защиты покупателя. Заказ — набор отвёрток на 24 предмета, пришло 18 бит, шесть ячеек пустые, пересчитал при получении 19 апреля. Фото кейса прикладываю. Прошу частичный возврат 240 рублей за недостающие биты.',
    'photo',
    ['accusation'],
    'partial_refund',
    240,
  ),
  // "what a bunch of plonkers" names the agents: insult; quote marks mock the coupon offer only.
  c(
    'r34g-34',
    'en',
    "Four agents, four different answers. Honestly, what a bunch of plonkers. The set of 4 ink cartridges: the black one prints nothing at all, the three colour ones work. Found when installing them on 11 March; photo of the test page attached. I asked for a replacement black cartridge and was offered a 'coupon for $1'. Please just send the black cartridge.",
    'photo',
    ['insult'],
    'exchange',
  ),
  // A single two-letter word: empty text only.
  c('r34g-35', 'ru', 'ок', 'none', ['empty_text'], 'none'),
  // The seller's obscene reply is described, not repeated; his quoted threat is his; police report is lawful: clean.
  c(
    'r34g-36',
    'en',
    "The seller replied to my photos with obscene language and a threat to 'find my house'. Screenshots of the chat attached. I've reported this to AliExpress security and filed a report with my local police, reference 24/118832. The problem itself: the pressure cooker came without the lid gasket, noticed the day it arrived, 6 June. Please refund the order in full.",
    'photo',
    [],
    'full_refund',
  ),
  // The seller's threat quoted as evidence is not the buyer's: clean.
  c(
    'r34g-37',
    'ru',
    'Прикладываю скриншот переписки: после того как я открыла спор, продавец написал мне: «Ещё раз откроешь спор — найду тебя, адрес у меня есть». Прошу службу поддержки обратить на это внимание. Суть спора: смеситель для кухни течёт из-под рычага с первого дня, с 12 июля, фото лужи под мойкой тоже приложено. Прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // "THREE WEEKS" shouts; waiting for support is not the defect's time.
  c(
    'r34g-38',
    'en',
    "THREE WEEKS waiting for a human in support to read my case. The toaster's left slot doesn't heat at all, the right one works. Photo of the bread from both slots attached. I want a refund.",
    'photo',
    ['emotional', 'missing_when'],
    'full_refund',
  ),
  // A chargeback announced politely is lawful; tracking number, dates, request, no file claimed: clean.
  c(
    'r34g-39',
    'ru',
    'Уведомляю: если до 15 мая деньги не вернутся, подам в банк заявление на оспаривание платежа (чарджбэк) — выписка и вся переписка у меня сохранены. Суть: робот-пылесос заказан 12 февраля за 14 380 руб., трек LP00193847562103 с 3 марта показывает «возвращено отправителю». Товар я не получил. Прошу вернуть полную стоимость.',
    'none',
    [],
    'full_refund',
  ),
  // "You f*cking clowns": profanity and insult, not a cry.
  c(
    'r34g-40',
    'en',
    "Ten days, five agents, zero answers. You f*cking clowns closed the case while I was still uploading the video. The rice cooker's inner pot coating flakes off into the rice, starting after the third use in mid-April. Video attached again. Refund.",
    'video',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // The bot's template is quoted; concrete, dated, video attached, but no request.
  c(
    'r34g-41',
    'ru',
    'Чат-бот на любое моё сообщение отвечает «Ваше обращение передано специалисту». Специалиста нет уже 12 дней. Ручной пылесос разряжается за 4 минуты вместо заявленных 30, проверила с секундомером в день получения, 9 июня. Видео приложено.',
    'video',
    ['missing_resolution'],
    'none',
  ),
  // Name-calling the bot as the addressee (it speaks for support): insult; трек-номер is evidence.
  c(
    'r34g-42',
    'ru',
    'Бот, ты тупая жестянка, позови оператора! Третий день одно и то же. Посылка с садовым шлангом на 15 м не пришла, ждём 47 дней, трек-номер не обновляется с 8 мая. Оформите возврат денег.',
    'none',
    ['insult'],
    'full_refund',
  ),
  // "Dickens", "Bleak House" are innocent; a replacement copy asked, refund declined: clean exchange.
  c(
    'r34g-43',
    'en',
    "Ordered the Dickens box set (6 hardbacks) on 20 September. Volume 4, Bleak House, has 32 pages printed upside down (pages 113 to 144), noticed when I started reading it on 2 October. Photos attached. Please send a correct copy of volume 4; I don't need a refund.",
    'photo',
    [],
    'exchange',
  ),
  // «Вы специально тянете время» labels intent: accusation; no evidence.
  c(
    'r34g-44',
    'ru',
    'Вы специально тянете время, чтобы истёк срок защиты покупателя. Спор по электрогрилю открыт 4 апреля, решение продлевали уже трижды. Гриль не нагревается снизу: нижняя панель холодная, верхняя греет — заметили на второй день после получения. Прошу вернуть деньги.',
    'none',
    ['accusation', 'missing_evidence'],
    'full_refund',
  ),
  // Publishing the agent's photo, name and employer unless the case is reopened: threat.
  c(
    'r34g-45',
    'en',
    "Your agent signed as 'Lily Zhang'. It took me two minutes to find her LinkedIn, her employer and her city. Reopen my case today, or her photo and this whole chat go up on every review site and forum I can find, with her name on it. The case: a 3-person tent came with only one of its two poles, found when pitching it on the first night, 14 July. Photo of the contents attached. Send the missing pole.",
    'photo',
    ['threat'],
    'exchange',
  ),
  // «Хуавей» is a brand; quote marks mock the coupon offer; clean exchange.
  c(
    'r34g-46',
    'ru',
    'Заказывала защитное стекло для Хуавей P40, а пришло для P30 — оно на 4 мм короче и на экран не ложится, обнаружила при наклеивании 3 ноября. Фото стекла на телефоне прилагаю. Поддержка предложила «купон на 50 рублей» — нет, спасибо. Прошу заменить на стекло для P40.',
    'photo',
    [],
    'exchange',
  ),
  // «не поддержка, а пздц какой-то» judges the service (filler after mat): profanity only.
  c(
    'r34g-47',
    'ru',
    'Это не поддержка, а пздц какой-то: на каждое сообщение приходит шаблон про «сроки рассмотрения». По делу: нож кофемолки болтается, через минуту работы она останавливается и пахнет горелым — с первого включения 25 декабря. Видео прикладываю. Верните деньги.',
    'video',
    ['profanity'],
    'full_refund',
  ),
  // Negated accusation is none; "not what I paid for" is vague; no time, no evidence.
  c(
    'r34g-48',
    'en',
    "I'm not saying the seller did this on purpose, but the order is just not what I paid for. Support keeps telling me to wait. Please refund me.",
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Wishing that the inventor of auto-closing loses his hands: threat.
  c(
    'r34g-49',
    'ru',
    'Чтоб у того, кто придумал автозакрытие споров, руки отсохли. Мой спор про велосипедный замок система закрыла 30 сентября без моего ответа. Замок открывается любым ключом — проверил в первый же день ключом соседа от замка другой модели. Видео прикладываю. Прошу вернуть деньги.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // Firm but factual; "fifteen dollars" in words is the sum: clean partial refund.
  c(
    'r34g-50',
    'en',
    "This is my fourth message, so I'll keep it short and factual. The bathroom scale shows 2.5 kg more than my clinic's scale: checked on 4 March and again on 5 March with a 5 kg dumbbell, which it reads as 7.5 kg. Video attached. I'll keep the scale as a spare and ask for a partial refund of fifteen dollars.",
    'video',
    [],
    'partial_refund',
    15,
  ),
  // «Обидно до слёз» is affect; the rest is complete.
  c(
    'r34g-51',
    'ru',
    'Обидно до слёз: это был подарок маме на юбилей, а спор закрыли, пока я ждала ответа продавца. Открываю заново. Шарф по описанию из 100% кашемира, а на бирке «100% акрил» — увидела при распаковке 10 января. Фото бирки прикладываю. Верните деньги, пожалуйста.',
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // "a paradise for scammers" accuses the platform; "Disgusting." is affect.
  c(
    'r34g-52',
    'en',
    "Your platform is a paradise for scammers. The 'stainless steel' cutlery set rusted after one dishwasher cycle on 28 August: brown spots on all 12 forks. Disgusting. Photos attached. Refund.",
    'photo',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // A formal claim with a court as the lawful next step: clean.
  c(
    'r34g-53',
    'ru',
    'Претензия. 18 июля я получил куртку-пуховик размера 52; на бирке 52, но длина рукава 58 см вместо 64 см по размерной сетке продавца — измерил портновской лентой в день получения. Фото замеров и скриншот размерной сетки приложены. Спор закрыт системой 2 августа со статусом «покупатель не ответил», хотя ответ я отправлял 31 июля (скриншот отправленного сообщения тоже приложен). Прошу вернуть 6 890 руб. — полную стоимость заказа. В случае отказа буду вынужден обратиться в суд по месту жительства в соответствии с Законом о защите прав потребителей.',
    'photo',
    [],
    'full_refund',
  ),
  // "What great honesty from everyone involved" is sarcasm about honesty; no discovery time.
  c(
    'r34g-54',
    'en',
    "Support told me the seller 'confirmed the package was complete'. What great honesty from everyone involved. The drone arrived without the remote controller: only the drone, two propellers and a USB cable in the box. Video attached. Please send the controller.",
    'video',
    ['accusation', 'missing_when'],
    'exchange',
  ),
  // «Для особо одарённых … по слогам» talks down (insult); the capitalised syllables shout (emotional).
  c(
    'r34g-55',
    'ru',
    'Для особо одарённых сотрудников поддержки пишу по слогам: ПО-СЫЛ-КА НЕ ПРИ-ШЛА. Заказ с кухонными весами оформлен 1 марта, прошло 68 дней, трек UB123456789CN с 20 марта стоит на статусе «прибыл в сортировочный центр». Верните деньги.',
    'none',
    ['insult', 'emotional'],
    'full_refund',
  ),
  // Refund stuck after a won case; "What should I do?" asks for nothing; no evidence.
  c(
    'r34g-56',
    'en',
    "My dispute was resolved in my favour on 9 February, and the refund has shown 'processing' ever since. My bank confirms nothing has arrived. The original problem was a bedside lamp that flickers at every brightness level, noticed on the first evening. What should I do?",
    'none',
    ['missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Greek χ in mat judging support's answer, no "!": profanity only.
  c(
    'r34g-57',
    'ru',
    'Ваш ответ «рекомендуем договориться с продавцом» — χуйня, а не ответ. Продавец молчит с 5 октября. Грелка для ног не греет вообще: индикатор горит, а поверхность холодная даже через 20 минут после включения, проверила в день получения. Видео в приложении. Прошу вернуть деньги.',
    'video',
    ['profanity'],
    'full_refund',
  ),
  // "Penistone", "cocktail" are innocent; a fitting part asked: clean exchange.
  c(
    'r34g-58',
    'en',
    "Hi, I'm writing from Penistone. The cocktail shaker set (order 8201556630) came with a strainer that doesn't fit the tin: it's 7 cm across and the tin opening is 8.5 cm, so it falls in. Found when I first used it on 3 December. Photos with a ruler attached. Please send a strainer that fits; no refund needed.",
    'photo',
    [],
    'exchange',
  ),
  // «Верните половину стоимости»: partial without a sum; «трек» is evidence.
  c(
    'r34g-59',
    'ru',
    'Заказ — две подушки для сна, пришла одна: в упаковке одна подушка, а в упаковочном листе указано 2 шт. Получила 22 ноября. Поддержка предложила «подождать вторую посылку», но трек у заказа один, и он закрыт как доставленный. Верните половину стоимости.',
    'none',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "You wouldn't want anything to happen to all that stock" with the warehouse address: veiled threat.
  c(
    'r34g-60',
    'en',
    "To the seller, since support won't do anything: your warehouse address is printed on the return label, I have it right here. You wouldn't want anything to happen to all that stock, would you? The porch light's motion sensor does not react at all, from the day I installed it, 17 May. Video attached. Refund me.",
    'video',
    ['threat'],
    'full_refund',
  ),
  // "?!" and "!!" are emotional; «не соответствует описанию» is vague; no time.
  c(
    'r34g-61',
    'ru',
    'Сколько можно ждать ответа?! Уже второй раз открываю спор!! Товар не соответствует описанию, фото прилагаю. Верните деньги.',
    'photo',
    ['emotional', 'missing_what', 'missing_when'],
    'full_refund',
  ),
  // The buyer calls himself an idiot (no insult); dead motor from first assembly; offers the frame back: return.
  c(
    'r34g-62',
    'en',
    "I'm such an idiot: I missed the 5-day reply window because I was travelling, and the system closed my case on 11 August. Reopening it. The standing desk frame came with the left leg motor dead: the right side rises, the left stays down, from the very first assembly on 2 August. Video attached. I'm happy to return the frame for a full refund.",
    'video',
    [],
    'return',
  ),
  // Digit-masked mat as an adjective before "бот": intensifier, profanity and emotional; the bot's "!" is quoted.
  c(
    'r34g-63',
    'ru',
    'Этот е6учий бот уже неделю отвечает мне «Я вас понимаю! Ваш вопрос очень важен для нас». Живого человека так и не было. Электронная книга: с 14 апреля экран покрыт горизонтальными полосами, текст не читается, книгу не роняли. Фото экрана в приложении. Прошу обмен на исправную.',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // «в бешенстве» is affect; «Вы специально сделали срок…» accuses the platform; no evidence.
  c(
    'r34g-64',
    'ru',
    'Я в бешенстве. Вы специально сделали срок ответа в споре 5 дней, чтобы покупатели не успевали отвечать, а продавцу даёте 15. Мой спор по контейнеру для обуви закрыли 12 июня, пока я была на даче без связи, и никакой кнопки «я не успел» у вас нет. Сама проблема: контейнер треснул в первый же день — трещина на крышке около 10 см, крышка больше не защёлкивается, обувь пылится. Открываю спор заново и прошу вернуть деньги.',
    'none',
    ['emotional', 'accusation', 'missing_evidence'],
    'full_refund',
  ),
  // Photos said attached with no file; no date; "whatever amount you think is fair" is a partial without a sum.
  c(
    'r34g-65',
    'en',
    "The mirror (60×80 cm) arrived with the silver backing scratched along the bottom edge; the scratch is visible from the front. I attach photos. Support suggested 'partial compensation' but never named a figure, and the seller hasn't answered. I'll keep the mirror and accept whatever amount you think is fair.",
    'none',
    ['evidence_not_attached', 'missing_when', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «употребляю» holds a rude-looking piece; 7,80 BYN with a decimal comma: clean partial refund.
  c(
    'r34g-66',
    'ru',
    'Заказ от 6 марта: набор чая, 10 пачек по 50 г. Пришло 8 пачек, двух нет — пересчитала при вскрытии посылки в отделении 27 марта, есть видео вскрытия. Сам чай хороший, я его употребляю каждый день, возвращать не хочу. Прошу частичный возврат 7,80 BYN за две недостающие пачки.',
    'video',
    [],
    'partial_refund',
    7.8,
  ),
  // "The Muppets" is the show on the lunch box, not a name: clean exchange.
  c(
    'r34g-67',
    'en',
    "Order 8099127743, The Muppets lunch box for my daughter. The hinge pin is missing, so the lid falls off; found when unpacking it on 7 February. Photos attached. The support bot suggested I 'contact the seller', and the seller has read my messages without replying for 9 days. Please send a replacement box.",
    'photo',
    [],
    'exchange',
  ),
  // «все продавцы одинаковые, а поддержка их покрывает» accuses; «плохого качества» is vague; no time.
  c(
    'r34g-68',
    'ru',
    'Все продавцы на Али одинаковые, а поддержка их покрывает. Товар пришёл плохого качества, фото приложила. Хочу вернуть деньги.',
    'photo',
    ['accusation', 'missing_what', 'missing_when'],
    'full_refund',
  ),
  // "losing patience" is emotional; a replacement is refused and a refund asked.
  c(
    'r34g-69',
    'en',
    "I'm losing patience. Support has now offered me a replacement three times. I don't want a replacement: the last one had the same fault. The electric toothbrush stops after 10 seconds and won't start again until it has been recharged, both units, from the first day (the first one on 3 January, the second on 1 February). Videos attached. I want a full refund.",
    'video',
    ['emotional'],
    'full_refund',
  ),
  // A brother at the prosecutor's office and «вами займутся»: connections used as menace, a threat.
  c(
    'r34g-70',
    'ru',
    'У меня брат работает в прокуратуре, и вашим представительством здесь займутся, если спор снова закроют. Пароварка: после первого же включения, 11 июня, из-под основания течёт вода на стол. Видео есть в приложении. Верните полную стоимость.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // «разочарована» is affect; «пришло вообще не то» is vague; receipt date given.
  c(
    'r34g-71',
    'ru',
    'Очень разочарована. Пришло вообще не то, что я заказывала, получила 16 августа, фото прилагаю. Замените, пожалуйста.',
    'photo',
    ['emotional', 'missing_what'],
    'exchange',
  ),
  // An honest review announced, facts given: clean.
  c(
    'r34g-72',
    'en',
    'For the record, I will post an honest review of this order and of how the case was handled. The case was closed automatically on 19 March while the return address field in the app was still blank (screenshot attached). The facts: a cast-iron skillet, 26 cm, arrived on 2 March with the handle cracked through at the base. Photos attached. I ask for a full refund.',
    'photo',
    [],
    'full_refund',
  ),
  // «Олухи царя небесного» and the clown emoji aimed at the operators: insult; «Повторяю» alone is not.
  c(
    'r34g-73',
    'ru',
    'Олухи царя небесного 🤡 Третий оператор подряд спрашивает у меня номер заказа, который написан в первой строке спора. Повторяю: заказ 8163 0094 5521, москитная сетка на окно 100×120 см, пришла 80×100 см, измерила рулеткой при получении 1 июля. Фото в приложении. Прошу вернуть деньги.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // "useless" judges the bot; "!!" is emotional; no evidence; no request (the refund is only described).
  c(
    'r34g-74',
    'en',
    "Your chat bot is useless. It answers 'Your refund is being processed, please allow 3-20 business days' to every single question. It has been 34 business days. The refund is for an air fryer that never arrived, ordered on 5 October. This is absurd!!",
    'none',
    ['emotional', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // «Ебург» is a city; support's quoted «!!!» is theirs; справка and track number: clean.
  c(
    'r34g-75',
    'ru',
    'Живу в Ебурге, посылку должны были привезти в пункт выдачи на Малышева. Трек LP00572918463019 с 20 апреля показывает «вручено», но в пункте выдачи посылки нет — справку пункта выдачи прикладываю. Поддержка отвечает шаблоном «Спасибо за терпение!!!», но такой ответ ничего не решает. Прошу вернуть деньги за фильтр для воды.',
    'photo',
    [],
    'full_refund',
  ),
  // Spaced "F U C K" as an opening cry; "item broken" is vague; no time, no evidence.
  c(
    'r34g-76',
    'en',
    'F U C K this platform. Third dispute, third auto-close. Item broken, seller laughing, support asleep. Refund me.',
    'none',
    ['profanity', 'emotional', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // «На фото видно» with no file; «триста рублей» in words is the sum.
  c(
    'r34g-77',
    'ru',
    'Настольная игра «Каркассон»: в коробке нет мешочка и 12 фишек-подданных, пересчитали при открытии 8 января. На фото видно все компоненты, которые пришли. Игру оставляем, прошу вернуть триста рублей за недостающие детали.',
    'none',
    ['evidence_not_attached'],
    'partial_refund',
    300,
  ),
  // "Congratulations … Well done, geniuses" is sarcastic praise of support: insult; $9 partial.
  c(
    'r34g-78',
    'en',
    "Congratulations, AliExpress support, you've set a new record: three templates in four minutes. Well done, geniuses. Now the facts: the duvet cover, sold as king size 230×220 cm, is actually 200×200 cm, measured on 15 January when I unpacked it. Photo with the tape measure attached. I'll keep the cover; refund me $9.",
    'photo',
    ['insult'],
    'partial_refund',
    9,
  ),
  // «вы с продавцом явно заодно» accuses; knowing the operator's city and children: threat.
  c(
    'r34g-79',
    'ru',
    'Вы с продавцом явно заодно — иначе как объяснить, что спор закрыли через час после его «доказательств»? Я знаю, в каком городе живёт ваш оператор Ольга и что у неё двое детей, в соцсетях всё открыто. Подумайте об этом. Утюг: подошва в пятнах ржавчины, пачкает бельё с первой глажки, 2 сентября. Фото прилагаю. Верните деньги.',
    'photo',
    ['threat', 'accusation'],
    'full_refund',
  ),
  // Short non-receipt with elapsed time and a tracking number: clean.
  c(
    'r34g-80',
    'ru',
    'Посылка не пришла: заказ от 1 марта, прошло 45 дней, трек CX293847561CN не обновляется с 9 марта. Прошу вернуть деньги.',
    'none',
    [],
    'full_refund',
  ),
];
