import { labelled as c, type CorpusCase } from './types';

/**
 * Round forty, hold-out set x: buyers who quote others (reviews, forums and chats, the listing's questions and
 * answers, friends, relatives and repairmen, AI assistants and translation apps, consumer-rights sites). Written by a
 * hand that has not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - The brief's "listing's QSETNAME_THEMEA" reads as an unfilled placeholder; it was taken to mean the listing's own
 *   words (its question-and-answer section, description and print on the box).
 * - A quoted review's, forum's or friend's accusation, insult or threat is the buyer's only when the buyer adopts it
 *   ("I agree", «подписываюсь», «похоже, он прав», "that's tempting", "Fair."), or passes it on as leverage; a quoted
 *   label the buyer disowns ("I wouldn't go that far") or a word an app mistranslated and the buyer corrects is not.
 * - A friend's or relative's menace told to the seller as something that may happen (a visit, IT digging) is used as
 *   leverage, so it is the buyer's threat; a saved photo of the owner's passport "for later" is a threat.
 * - A remedy named on a consumer-rights site or by the law is not the request; the buyer's own figure or words are.
 * - An AI assistant's draft the buyer says they deleted or did not use is not this text's wording.
 * - A repairman's or checker app's finding retold as the discovery (a wattmeter reading, a battery-cycle screenshot)
 *   gives the "how"; a friend's opinion alone, with no moment or check, does not.
 * - A receipt date in a text whose problem is only generic («брак», "not as described") is still a time; the text is
 *   `missing_what` only.
 * - "Send the missing wheel/bulb" and a relative's wish for a replacement are exchanges.
 */
export const ROUND40_HOLDOUT_X: CorpusCase[] = [
  // other buyers' reviews as context only; complete and calm
  c(
    'r40x-01',
    'ru',
    `Несколько человек в отзывах жаловались, что у этого фена отходит насадка-концентратор. У меня ровно та же история: на третий день насадка перестала держаться, пластиковая защёлка обломилась. Фото защёлки прикладываю. Прошу обменять фен на исправный.`,
    'photo',
    [],
    'exchange',
  ),
  // a review quoted with English mat: quoted mat stays profanity
  c(
    'r40x-02',
    'en',
    `One review under this listing literally says "this charger is absolute shit, melted in a week". Mine melted at the plug on day 9, photo attached. Refund please.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // a forum's fraud label adopted by the buyer: accusation
  c(
    'r40x-03',
    'ru',
    `На 4pda в ветке про этот магазин пишут, что они кидалы и шлют восстановленные телефоны под видом новых. После моего заказа я с ними полностью согласен. Телефон получил 2 апреля, в сервисном меню счётчик циклов батареи — 412. Скриншот прилагаю. Верните деньги.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // innocent trap: a reviewer's "thieves" quoted and disowned; non-receipt with elapsed time and tracking
  c(
    'r40x-04',
    'en',
    `A reviewer called this seller "thieves who never ship". I wouldn't go that far, but my order simply hasn't come. I ordered on April 20, that's 45 days ago, and the tracking has shown "in transit" since the first week. I'd like a full refund.`,
    'none',
    [],
    'full_refund',
  ),
  // a brother "in the organs" who wants to meet the warehouse: connections as menace
  c(
    'r40x-05',
    'ru',
    `Знакомый мастер в прошлую субботу вскрыл газонокосилку и показал: на шильдике мотора 900 Вт, а в карточке обещано 1400 Вт. Фото шильдика приложено. Брат у меня, кстати, служит в органах и очень хочет познакомиться с вашим складом поближе. Прошу вернуть деньги.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // an AI assistant's court line declined; partial for missing brushes with no sum, no file
  c(
    'r40x-06',
    'ru',
    `Попросила нейросеть помочь составить жалобу, она выдала что-то про суд и «немедленное возмещение». Суд мне не нужен, скажу проще: набор кистей для акрила, заявлено 24 шт., в пачке 18. Пересчитала при распаковке 11 июня. Прошу частичный возврат за недостающие шесть кистей.`,
    'none',
    ['missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // buyer's own name-calling after quoting a positive review
  c(
    'r40x-07',
    'en',
    `Someone in the reviews wrote "seller answers fast and fixes everything". Clearly they met a different team from the clowns I've been chatting with. The left strap buckle on the backpack snapped the first time I loaded it, 12 Sept. Photo attached. Exchange please.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // innocent trap: a translation app turned "mistake" into «обман»; the buyer corrects it
  c(
    'r40x-08',
    'ru',
    `Пишу через переводчик, извините, если выйдет коряво: в прошлом сообщении приложение заменило моё «ошибка» на «обман», я имела в виду именно ошибку комплектации. Заказала кабель USB-C длиной 2 м, пришёл на 1 м — измерила сразу при получении, 5 мая. Видео с рулеткой прикладываю. Прошу замену на двухметровый.`,
    'video',
    [],
    'exchange',
  ),
  // mat quoted from a Telegram chat of buyers; buyer does not adopt the claim; tracking number in text
  c(
    'r40x-09',
    'ru',
    `В телеграм-чате покупателей этого магазина кто-то написал: «продавец пиздабол, трек липовый». Не знаю, так ли это, но мой трек LP00412345678 правда стоит без движения с 20 марта, уже 50 дней. Верните деньги.`,
    'none',
    ['profanity'],
    'full_refund',
  ),
  // remedies listed on a consumer site are not the request; "disappointed" is affect; "sort it out" is none
  c(
    'r40x-10',
    'en',
    `According to a consumer rights website I'm entitled to a repair, a replacement or a refund. Honestly I'm so disappointed with this kettle: the lid hinge cracked on the second boil and now the lid won't stay shut. Photo attached. I just want it sorted.`,
    'photo',
    ['emotional', 'missing_resolution'],
    'none',
  ),
  // the listing's Q&A quoted; no time, no evidence; offer to send it back
  c(
    'r40x-11',
    'ru',
    `В вопросах к товару продавец отвечал: «Да, подходят на Kia Rio 2017». Брал именно на Kia Rio 2017 — коврики не ложатся, водительский короче штатного места сантиметров на восемь. Готов отправить их обратно, верните деньги.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'return',
  ),
  // a mate's "drop by" at the warehouse passed on to the seller: veiled threat ("mate" itself is no insult)
  c(
    'r40x-12',
    'en',
    `My mate drives a delivery van out of Shenzhen, knows exactly where your warehouse is and says he'd happily "drop by" next trip. Anyway. The drone's left rear motor doesn't spin at all, noticed on the first flight on 2 June, video attached. Full refund.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // a repairman's "жулики" retold and disowned; sum for the difference
  c(
    'r40x-13',
    'ru',
    `Мастер в сервисе, куда я носил шуруповёрт, сказал, что вы жулики, но я думаю, на складе просто перепутали комплектацию. В описании два аккумулятора по 2 Ач, в коробке один на 1,3 Ач — это я увидел при распаковке 17.07. Фото коробки и аккумулятора во вложении. Прошу вернуть разницу — 1500 руб.`,
    'photo',
    [],
    'partial_refund',
    1500,
  ),
  // quoted CAPS and "!!" from a review are not the buyer's; partial with a sum but no evidence
  c(
    'r40x-14',
    'en',
    `Top review says "DO NOT BUY, STOPS HEATING AFTER A WEEK!!". Same story here, the heated blanket stopped warming on the left half after about a week. I'd like a partial refund of $15.`,
    'none',
    ['missing_evidence'],
    'partial_refund',
    15,
  ),
  // a friend's tip, then the buyer's own name-calling at the packers
  c(
    'r40x-15',
    'ru',
    `Подруга брала у вас такой же крем и говорила, что в банке вместо 50 мл от силы 30. Я не поверила, взвесила свою на кухонных весах в день получения, 9 октября: 31 г вместе с кремом. Ну что, бараны на фасовке, до пятидесяти считать не учили? Фото на весах прикрепила. Верните 400 ₽ за недовес.`,
    'photo',
    ['insult'],
    'partial_refund',
    400,
  ),
  // innocent trap: a Reddit thread titled "is this a scam?" answered "no"; timid request
  c(
    'r40x-16',
    'en',
    `Found a Reddit thread called "Is this LED strip seller a scam?" where most replies said you're legit and refund quickly, so here goes. The 5 m strip arrived on 14 Feb; the last 1.2 m stays dark while the rest lights up. Video attached. Could I get a replacement strip?`,
    'video',
    [],
    'exchange',
  ),
  // forum sarcasm in scare quotes, repeated by the buyer about their own order
  c(
    'r40x-17',
    'ru',
    `На Пикабу уже три поста о том, как этот магазин «случайно» кладёт в коробку не тот размер. Вот и мне «случайно» приехали кроссовки 41-го вместо 43-го, обнаружил три дня назад при примерке. Фото бирки есть. Нужен обмен на 43.`,
    'photo',
    ['accusation'],
    'exchange',
  ),
  // a sister's expert opinion as the only source: no moment, no file
  c(
    'r40x-18',
    'en',
    `My sister sews for a living and she says the fabric of this dress is polyester, not the silk the listing promises. The care label agrees: 100% polyester. Please refund me.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // a neighbour's masked mat retold: stays profanity
  c(
    'r40x-19',
    'ru',
    `Сосед-автомеханик глянул на колодки и выдал: «это х*рня, а не керамика». Колодки передние на Весту, заявлены керамические; через 300 км после установки начали скрипеть, край крошится. Фото колодок прикладываю. Прошу вернуть полную стоимость.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // an app-translated sticker as the discovery; "burnt" is no feeling
  c(
    'r40x-20',
    'en',
    `I used a phone app to translate the Chinese sticker on the power adapter and it reads "Input 110V only". The listing says 100-240V. I plugged it in on 3 March here in the UK and it popped and smelled burnt within seconds. Photo of the sticker attached. Full refund please.`,
    'photo',
    [],
    'full_refund',
  ),
  // a consumer-rights site quoted; the buyer names a sum and keeps the pan
  c(
    'r40x-21',
    'ru',
    `На сайте Роспотребнадзора прочитала, что при недостатке товара можно просить соразмерно уменьшить цену. Так и поступлю: у сковороды 28 см антипригарное покрытие пошло пузырями после третьей готовки, в субботу 22.02. Фото приложила. Прошу вернуть 600 ₽, сковороду оставлю себе.`,
    'photo',
    [],
    'partial_refund',
    600,
  ),
  // a forum's "pay him a visit" adopted by the buyer
  c(
    'r40x-22',
    'en',
    `Somebody on a buyers' forum posted this seller's home address and said people should "pay him a visit". Honestly, that's tempting. Three of the five tent poles arrived bent, found when I pitched it on 8 August. Photos attached. I'll send it back for a refund.`,
    'photo',
    ['threat'],
    'return',
  ),
  // glowing reviews quoted; the buyer's own «обидно» makes it emotional
  c(
    'r40x-23',
    'ru',
    `Под товаром двести отзывов в духе «всё супер, дочка в восторге», и так обидно, что нам досталась кукла с оторванной рукой. Коробка целая, рука болталась внутри — это видно на видео распаковки от 30 декабря, оно приложено. Хотим замену.`,
    'video',
    ['emotional'],
    'exchange',
  ),
  // "bait and switch" from reviews, agreed with; "some money back" without a sum
  c(
    'r40x-24',
    'en',
    `Reviews call this a bait and switch, and after getting mine I agree. The listing shows a stainless steel garlic press; what came is painted zinc alloy, and the paint was already flaking after two washes. Photo attached. I want some money back.`,
    'photo',
    ['accusation', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // masked mat as the buyer's own cry after quoting a review
  c(
    'r40x-25',
    'ru',
    `В отзывах пели: «отличные наушники, бас качает». Бл*ть, у меня правый вообще молчит с первого дня. Видео прикладываю, верните деньги.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // an anglers' forum's "брак через одну": generic defect, receipt time given
  c(
    'r40x-26',
    'ru',
    `На рыболовном форуме сказали, что у этой модели катушек брак через одну. Видимо, мне досталась как раз та. Пришла четыре дня назад, фото во вложении. Прошу замену.`,
    'photo',
    ['missing_what'],
    'exchange',
  ),
  // innocent trap: "stopcock" in a retired plumber's verdict
  c(
    'r40x-27',
    'en',
    `My neighbour, a retired plumber, took one look at the brass stopcock and said it's plated plastic. He was right: I filed into the thread on 19 May and it's white underneath. Photo attached. I'd like to return it for a refund.`,
    'photo',
    [],
    'return',
  ),
  // the AI's advice to be polite, then condescension spelt out in syllables
  c(
    'r40x-28',
    'ru',
    `ChatGPT посоветовал писать вежливо и коротко. Хорошо, пишу медленно и по слогам, чтобы на складе успели дочитать: за-ка-зы-ва-ла чёр-ный чехол на iPhone 13, при-шёл ро-зо-вый. Увидела 1 ноября, когда вскрыла пакет. Фото приложено. Замена.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // the listing's Q&A quoted; "see the attached photo" with no file
  c(
    'r40x-29',
    'en',
    `In the Q&A on the listing the seller answered "Yes, waterproof to 50 m". I wore the watch in a pool on 11 July, the screen fogged up inside and then went black. See the attached photo of the condensation. Full refund please.`,
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // the seller's insult quoted as evidence is not the buyer's
  c(
    'r40x-30',
    'ru',
    `Продавец в чате ответил мне: «Сами сломали, руки кривые». Это не так: робот-пылесос перестал заряжаться от базы на пятый день, контакты на базе не пружинят. Скрин переписки и видео приложены. Прошу вернуть деньги полностью.`,
    'video',
    [],
    'full_refund',
  ),
  // a husband's "all sellers do it" adopted: blanket accusation
  c(
    'r40x-31',
    'ru',
    `Муж сказал: «На Али все продавцы так делают — кладут меньше, чем написано». Похоже, он прав. Набор бисера заявлен на 24 цвета, пришло 16, пересчитала в день получения, 13 января. Фото. Прошу вернуть 150 рублей.`,
    'photo',
    ['accusation'],
    'partial_refund',
    150,
  ),
  // a YouTuber's masked f-word quoted
  c(
    'r40x-32',
    'en',
    `A YouTuber reviewing this exact blender said the jar is "f***ing cheap acrylic, not glass". I checked mine when I unboxed it on 21 Jan: the jar is stamped PS, while the listing says glass. Photo attached. Please exchange it for the glass version.`,
    'photo',
    ['profanity'],
    'exchange',
  ),
  // a colleague's good experience; complete but only a question instead of a request
  c(
    'r40x-33',
    'ru',
    `Коллега заказывал у вас такой же домкрат, говорит, всё нормально. У меня же подтекает цилиндр: масло на дне коробки увидел сразу при вскрытии, 25.04. Фото масла и цилиндра прилагаю. Что будем делать?`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // innocent trap: the seller's reply through a translator quoted; the buyer stays calm
  c(
    'r40x-34',
    'en',
    `Google Translate rendered your last reply as "you are liar customer", I'll assume that's the translation. Back to the point: the 32 GB SD card shows 32 GB, but f3probe found only 8 GB usable when I tested it on 2 October. Screenshot attached. Refund please.`,
    'photo',
    [],
    'full_refund',
  ),
  // a review's "ещё пожалеет" joined, plus an address and friends in the city
  c(
    'r40x-35',
    'ru',
    `Кто-то в отзывах написал, что этот магазин ещё пожалеет. Присоединяюсь и добавлю: ваш адрес в Гуанчжоу у меня есть, и хорошие знакомые там тоже есть. Удочка телескопическая — верхнее колено треснуло при первом забросе 6 июня, фото приложено. Возврат денег.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // a translator app reads the label; «компенсация» without a sum
  c(
    'r40x-36',
    'ru',
    `Приложение-переводчик перевело ярлык на пледе: «хлопок 30%, полиэстер 70%». В карточке было 100% хлопок. Ярлык я заметила при первой стирке на прошлой неделе. Фото ярлыка прикреплено. Прошу компенсацию.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // innocent trap: a father's "proper rubbish" about the item; measured with calipers
  c(
    'r40x-37',
    'en',
    `My dad, forty years a mechanic, calls this socket set "proper rubbish". He has a point: the socket marked 10 mm measured 11 mm with calipers the evening it arrived. Photo attached. Please send a correct 10 mm socket.`,
    'photo',
    [],
    'exchange',
  ),
  // transliterated mat quoted from a VK group
  c(
    'r40x-38',
    'ru',
    `В группе ВК один покупатель написал про эту лампу: «polnyj pizdec, sgorela za nedelyu». У меня настольная лампа начала мерцать на шестой день, а на десятый перестала включаться. Видео мерцания приложено. Прошу вернуть деньги.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
  // innocent trap: impostors posing as support are third parties
  c(
    'r40x-39',
    'en',
    `Heads-up first: someone in a Facebook group messaged me pretending to be your store's support and asked for my card number. I didn't give it. Now my actual issue: the aquarium heater's thermostat is stuck on, the water hit 33°C overnight on 5 Nov though it's set to 25. Photo of the thermometer attached. A replacement heater, please.`,
    'photo',
    [],
    'exchange',
  ),
  // a nail master's verdict, a wattmeter reading; «в шоке» and no file
  c(
    'r40x-40',
    'ru',
    `Мастер по маникюру посмотрела лампу и сказала, что 48 Вт тут и близко нет, максимум 12. Я в шоке. Ваттметр при первом включении 2 марта показал 11 Вт. Верните деньги.`,
    'none',
    ['emotional', 'missing_evidence'],
    'full_refund',
  ),
  // a reviewer's mockery of the packers adopted and sharpened: insult
  c(
    'r40x-41',
    'en',
    `Another reviewer said your packers work like "toddlers with a roll of tape". Having opened my box, I'd say that's unfair to toddlers. The ceramic planter arrived in three pieces on 17 April, wrapped in a single sheet of paper. Photos attached. Full refund please.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // innocent trap: a city nickname with a rude-looking root; non-receipt with a tracking number
  c(
    'r40x-42',
    'ru',
    `Я из Ебурга, в местном чате покупателей посоветовали не тянуть и сразу открыть спор. Термокружка идёт с 3 февраля, уже 52 дня, трек RB123456789CN так и висит на «покинула сортировочный центр». Верните деньги.`,
    'none',
    [],
    'full_refund',
  ),
  // "as the reviews said" and a generic complaint
  c(
    'r40x-43',
    'ru',
    `Как и писали в отзывах, качество оставляет желать лучшего. Получила 12 марта, через неделю стало понятно, что пользоваться этим нельзя. Фото есть. Хочу вернуть товар обратно.`,
    'photo',
    ['missing_what'],
    'return',
  ),
  // a forum thread's title with masked mat, quoted
  c(
    'r40x-44',
    'en',
    `There's a thread on an e-scooter forum about this exact battery pack titled "sh!tty cells, swelled in 3 weeks". Mine did the same: I noticed the case bulging on 28 Aug, three weeks after fitting it. Photo attached. I'll return it for a refund.`,
    'photo',
    ['profanity'],
    'return',
  ),
  // a grandmother's wish of the same cold on the seller, agreed with: threat
  c(
    'r40x-45',
    'ru',
    `Бабушка говорит, что таким продавцам надо, чтобы у них самих зимой батареи не грели. Я с ней согласна. Масляный обогреватель: третья секция холодная с первого включения, 10 декабря, снимок с тепловизора приложен. Прошу замену.`,
    'photo',
    ['threat'],
    'exchange',
  ),
  // innocent trap: an AI draft full of "outrageous" and "fraud" deleted by the buyer
  c(
    'r40x-46',
    'en',
    `ChatGPT's first draft of this message was full of words like "outrageous" and "fraud", so I deleted it and I'm writing it myself. The yoga mat is 4 mm thick, not the 8 mm listed; I measured it with a ruler the day it arrived, 30 June. Photo attached. I'd accept a partial refund of 7 EUR.`,
    'photo',
    [],
    'partial_refund',
    7,
  ),
  // the Q&A's promise quoted; a video "attached" with no file
  c(
    'r40x-47',
    'ru',
    `В разделе вопросов продавец уверял: «свечи соевые, без парафина». При горении 19-го числа свеча коптит чёрным, стакан весь в саже. Видео горения прикладываю. Верните деньги.`,
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // a review quoted, then masked mat asked of «вы»
  c(
    'r40x-48',
    'ru',
    `Отзыв выше: «продавец отзывчивый». Ага. Вы там на складе вообще ох*евшие? Заказывал удлинитель на 5 м, пришёл на 1,5 м, замерил в день получения. Фото есть. Обмен.`,
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // a son's feelings told by the parent ("upset"); send the missing part
  c(
    'r40x-49',
    'en',
    `My son read the other reviews out loud, "great gift, kids love it", then opened ours and got really upset: the remote-control car has no front left wheel. We opened it on his birthday, 9 January. Photo attached. Please send the missing wheel.`,
    'photo',
    ['emotional'],
    'exchange',
  ),
  // innocent trap: «хреновый» from a repairman; a checker app names the panel maker
  c(
    'r40x-50',
    'ru',
    `Мастер по ремонту телефонов поставил дисплей и сказал, что он хреновый. В карточке заявлен оригинальный Samsung, а приложение сразу после установки, 14 августа, показало производителя BOE. Скрин прилагаю. Прошу вернуть 1200 руб., дисплей оставлю.`,
    'photo',
    [],
    'partial_refund',
    1200,
  ),
  // a consumer magazine quoted; short, no time, no evidence
  c(
    'r40x-51',
    'en',
    `Which? says retailers must refund faulty goods. So: the cordless vacuum's trigger lock has snapped off. Full refund.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // a forum's claim turned into a question with a fraud label: accusation
  c(
    'r40x-52',
    'ru',
    `На форуме пишут, что вы продаёте б/у аккумуляторы под видом новых. Это правда развод? У моего аккумулятора для ноутбука при получении 3 сентября уже было 290 циклов, скрин из AIDA64 прилагаю. Прошу замену на новый.`,
    'photo',
    ['accusation'],
    'exchange',
  ),
  // a film line aimed at the seller, with a deadline
  c(
    'r40x-53',
    'en',
    `To quote The Godfather: I'm gonna make you an offer you can't refuse. You've got 48 hours. The sole of the running shoe came off at the heel on my second run, 4 Oct. Photo attached. Full refund.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // innocent trap: capitals and "!!!" printed on the box are not the buyer's; mild irony
  c(
    'r40x-54',
    'ru',
    `На коробке крупно напечатано «ГАРАНТИЯ КАЧЕСТВА!!! ПРОВЕРЕНО ОТК». Видимо, в тот день проверка не работала: у электроштопора не вращается шнек, мотор только гудит. Заметила при первой же бутылке, 31 декабря. Видео приложено. Прошу вернуть полную стоимость.`,
    'video',
    [],
    'full_refund',
  ),
  // a seamstress friend's remark; half the price; no file
  c(
    'r40x-55',
    'ru',
    `Знакомая швея сразу сказала, что молния на куртке пластиковая, хотя в описании металлическая. Да и сама вижу: с первого дня застёжка расходится снизу. Готова оставить куртку, если вернёте половину.`,
    'none',
    ['missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // clown emoji at the store, endorsed: insult
  c(
    'r40x-56',
    'en',
    `People in the Discord keep posting 🤡 under your store name. Fair. 🤡 The silicone baking mats are 30x40 cm, the listing said 40x60; measured on arrival, 2 Dec. Photo attached. Exchange for the right size.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // a translator used for the listing; problem and video, no time
  c(
    'r40x-57',
    'ru',
    `Карточку читаю через переводчик, там указано «Waterproof IP68». У моего фитнес-браслета экран запотел изнутри, и он больше не реагирует на касания. Видео приложено. Верните деньги.`,
    'video',
    ['missing_when'],
    'full_refund',
  ),
  // innocent trap: "killer" and "murder" in quoted reviews about shears
  c(
    'r40x-58',
    'en',
    `Reviews say these hedge shears are "killer sharp" and "will murder any branch". Mine won't cut a 5 mm twig: the blades don't meet, there's a 2 mm gap at the tip, found on first use on 12 April. Video attached. I'd like to send them back for a refund.`,
    'video',
    [],
    'return',
  ),
  // the seller's own mat quoted from the chat
  c(
    'r40x-59',
    'ru',
    `Продавец написал мне в чате: «ну и х*й с тобой, открывай спор». Открываю. Набор отвёрток: 8 бит из 32 отсутствуют, пересчитал при распаковке 5.05. Фото набора и скрин переписки приложены. Верните 250 руб за недостающие биты.`,
    'photo',
    ['profanity'],
    'partial_refund',
    250,
  ),
  // a reviewer's sarcasm about honesty, now "got": accusation
  c(
    'r40x-60',
    'en',
    `A reviewer wrote that "this store's honesty is legendary" and I didn't get the joke until now. The listing says genuine leather; the wallet's inner tag says PU and the edges peeled after a week of use. Photo attached. Full refund.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // a mother's worry from reviews checked at a clinic; her wish for a replacement is the request
  c(
    'r40x-61',
    'ru',
    `Мама прочитала в отзывах, что у некоторых этот тонометр завышает давление, и попросила проверить. 20 ноября сравнили в поликлинике с аппаратом врача: наш показывает на 25 единиц больше, три замера подряд. Фото обоих экранов приложила. Мама просит замену.`,
    'photo',
    [],
    'exchange',
  ),
  // a car forum's advice followed; complete and calm
  c(
    'r40x-62',
    'en',
    `Following advice from a car forum, I'm opening this straight away rather than waiting. I bought a pair of H7 LED headlight bulbs; the passenger-side one flickers whenever the engine idles, first seen on the drive home on 7 March. Video attached. Please send a replacement bulb.`,
    'video',
    [],
    'exchange',
  ),
  // a review's animal comparison for the packers, signed by the buyer
  c(
    'r40x-63',
    'ru',
    `В одном отзыве написали, что упаковкой у вас занимаются слепые котята. Полностью подписываюсь. Стеклянный заварочный чайник пришёл разбитым, в коробке ни одного слоя пупырки, вскрывал прямо на почте 15.01 — фото осколков приложил. Верните деньги.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // innocent trap: phone scammers posing as delivery are third parties; non-receipt
  c(
    'r40x-64',
    'ru',
    `Пока ждал посылку, звонили какие-то мошенники «из службы доставки AliExpress» и просили код из СМС — не дал. А сама посылка так и не пришла: заказ от 2 августа, трек LP00293847561234 не обновляется, прошло 60 дней. Прошу полный возврат.`,
    'none',
    [],
    'full_refund',
  ),
  // the seller's reply through a translation app, mat quoted
  c(
    'r40x-65',
    'en',
    `Your reply came through my translation app as "fuck off, no refund". I'd rather keep this civil. The 1000-piece jigsaw has 987 pieces; I counted twice on 3 Jan. Photo of the sorted pieces attached. I'd like $6 back.`,
    'photo',
    ['profanity'],
    'partial_refund',
    6,
  ),
  // a blog follower's question quoted; the crying emoji is the buyer's
  c(
    'r40x-66',
    'ru',
    `Подписчица в блоге спросила: «Где брала такую красоту?» — а через неделю ручка у сумки оторвалась вместе с куском кожи 😭 Фото приложила. Верните деньги за сумку.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // a consumer blog's advice to be specific; complete
  c(
    'r40x-67',
    'en',
    `A consumer-rights blog told me to be specific, so here it is: the electric toothbrush stops after 30 seconds instead of running its 2-minute cycle, ever since the third charge, around 18 May. Video attached. Please refund the full price.`,
    'video',
    [],
    'full_refund',
  ),
  // a stolen passport photo kept "for later" if no money: threat
  c(
    'r40x-68',
    'ru',
    `В чате покупателей кто-то выложил фото паспорта владельца этого магазина. Я себе сохранил — пригодится, если деньги не вернутся. Садовые фонари на солнечной батарее: четыре из шести не заряжаются с первой же ночи, 12 июня. Видео приложено. Верните 1320 ₽ за эти четыре штуки.`,
    'video',
    ['threat'],
    'partial_refund',
    1320,
  ),
  // a son calls the buyer «бумер» (not at the seller); a screenshot "attached" with no file, no time
  c(
    'r40x-69',
    'ru',
    `Сын-студент называет меня бумером и говорит, что надо было читать вопросы к товару: там продавец писал, что комплект без зарядки. Но в описании-то зарядка указана! Скрин описания прикрепляю. Прошу вернуть стоимость зарядки — 700 рублей.`,
    'none',
    ['missing_when', 'evidence_not_attached'],
    'partial_refund',
    700,
  ),
  // a flatmate's transliterated Russian oath retold
  c(
    'r40x-70',
    'en',
    `My Russian flatmate looked at the watch and just said "blyat". Fair enough: the strap pin fell out on day two, the watch hit the tiles and the glass cracked. Photos attached. A replacement watch, please.`,
    'photo',
    ['profanity'],
    'exchange',
  ),
  // innocent trap: «члены клуба» of a gardening club
  c(
    'r40x-71',
    'ru',
    `Этот секатор советовали члены нашего клуба садоводов. Но у моего на второй обрезке, 24 апреля, лопнула пружина, и рукоятки теперь не разжимаются. Фото пружины прилагаю. Прошу заменить секатор.`,
    'photo',
    [],
    'exchange',
  ),
  // a moderator's one-star advice declined; the buyer only asks what is on offer
  c(
    'r40x-72',
    'en',
    `A forum moderator suggested I just leave a one-star review and move on. I'd rather give you a chance: the bike computer loses GPS signal every few minutes, and has since the first ride on 3 June. Screenshots attached. What can you offer?`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // a mother-in-law's name-calling retold and disowned by the writer
  c(
    'r40x-73',
    'ru',
    `Свекровь ворчит, что у вас на складе одни растяпы, а я думаю, просто недосмотрели. Скатерть заказывала 140×180, пришла 140×140 — измерила рулеткой в день доставки, 17.09. Фото с рулеткой приложено. Верните, пожалуйста, 300 ₽ разницы.`,
    'photo',
    [],
    'partial_refund',
    300,
  ),
  // a cousin's IT digging used as menace
  c(
    'r40x-74',
    'en',
    `The smart plug won't pair with the app, error E03 every time since setup on 20 Oct. Screenshot attached. Full refund please. My cousin works in IT security and says he could find out a lot about who runs this store, so I'd sort this quickly if I were you.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // a forum's "AliExpress always sides with sellers" adopted: accusation of the platform
  c(
    'r40x-75',
    'ru',
    `На форуме все пишут, что АлиЭкспресс всегда на стороне продавца, и, похоже, так и есть: мой первый спор закрыли без меня. Повторю: детский самокат, трещина на деке у крепления руля, заметили через пять дней катания. Фото приложено. Верните деньги.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // the most useful review quoted, mat masked with a Latin x
  c(
    'r40x-76',
    'ru',
    `Самый честный отзыв под товаром: «xуйня, а не клей, через день всё отвалилось». Подтверждаю: подошва отошла через сутки после склейки, 8 февраля. Фото. Верните деньги.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // a repairman's "not as described" trusted: nothing concrete
  c(
    'r40x-77',
    'en',
    `My friend runs a phone repair shop and he says it's not as described, and I trust him on that. Received on 9 Sept, video attached. Refund.`,
    'video',
    ['missing_what'],
    'full_refund',
  ),
  // transliterated Russian, a review about sizing; complete
  c(
    'r40x-78',
    'ru',
    `Pishu translitom, net russkoj klaviatury. V otzyvah pisali, chto razmer malomerit, poetomu vzyala L vmesto M, a prishla XS: na birke XS, uvidela pri raspakovke 4 aprelya. Foto birki prilozhila. Proshu obmen na L.`,
    'photo',
    [],
    'exchange',
  ),
  // innocent trap: a town name with a rude-looking root; the seller's translated message quoted
  c(
    'r40x-79',
    'en',
    `Delivery address is in Cockermouth, Cumbria. The seller's message, via the translation app, says "parcel returned to sender, wrong address". The address was correct, see the screenshot of the order page I've attached. Order placed 1 March, 70 days ago, nothing has arrived. Full refund please.`,
    'photo',
    [],
    'full_refund',
  ),
  // a consumer society's site quoted; a percentage is no sum
  c(
    'r40x-80',
    'ru',
    `Прочитала на сайте общества защиты прав потребителей, что можно требовать скидку. Прошу вернуть 30% стоимости: у набора кастрюль у двух крышек нет ручек, обнаружила при распаковке 22 мая. Фото есть.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
];
