import { labelled as c, type CorpusCase } from './types';

/**
 * Round thirty-eight, hold-out set r: buyers' replies inside an ongoing dispute (refusing, accepting or bargaining
 * over a counter-offer, answering the seller's questions, follow-ups after silence, escalation, quoting the seller).
 * Written by a hand that has not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md and
 * DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - A fact told earlier in the dispute but not repeated in this reply is missing from this text ("as I said" alone
 *   names nothing); a file in the form is evidence by itself (the brief), though most texts also name it.
 * - How long the seller has been silent, or how many times the buyer has written, is not the problem's time.
 * - An accepted offer whose sum is not written in the reply ("I'll take the partial refund you offered") is a
 *   partial refund without an amount; a refused offer's sum is never the amount.
 * - Quote marks that only repeat the seller's words or offer («Какой "недостаточно доказательств"», 'partial refund
 *   of 1 dollar') accuse no one; quote marks around «случайно» do (DECISIONS).
 * - "WTF" as a cry is profanity and emotional (DEFINITIONS lists it among profanity used as an interjection).
 * - "a$$hats" aimed at the staff is masked obscene name-calling: profanity and insult.
 * - Technical or slang look-alikes are innocent: "ball cock"/"stopcock" (plumbing), "killer deal", a "dead" power
 *   bank, Ебург, Хуавей, «свитер с оленями», «блин, ну капец».
 * - «ок» as a whole reply is `empty_text` alone, with resolution `none`.
 * - «товар не соответствует описанию» is as vague as "not as described" (`missing_what`).
 */
export const ROUND38_HOLDOUT_R: CorpusCase[] = [
  // refuses a partial refund, repeats the defect, time and video: complete
  c(
    'r38r-01',
    'ru',
    `Нет, 150 рублей компенсации меня не устраивают. Повторю: у фена сломалась кнопка включения на третий день, видео с момента поломки приложила. Прошу полный возврат денег.`,
    'video',
    [],
    'full_refund',
  ),
  // bare short refusal, relies on earlier messages, no file
  c(
    'r38r-02',
    'en',
    `No, I want the full refund.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // two-word reply with a photo in the form: the file is evidence, the rest is missing
  c('r38r-03', 'ru', `Нет. Полный возврат.`, 'photo', ['missing_what', 'missing_when'], 'full_refund'),
  // quoted seller mat (masked) as evidence: still profanity
  c(
    'r38r-04',
    'ru',
    `Отвечаю на ваш вопрос, почему я не согласна на замену. Ваш менеджер в чате написал мне дословно: "да пошла ты на х*й со своим чайником". Скриншот переписки прикладываю. Чайник протекает по шву у основания с первого кипячения 12 февраля. После такого общения хочу только полный возврат.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // accepts the seller's sum and repeats it: the accepted offer is the request
  c(
    'r38r-05',
    'en',
    `OK, I accept your offer of $7.50 back and I'll keep the jacket. For the record again: the left zip pull snapped off on 2 April, the second time I used it, as shown in the photo I attached at the start. Please send the $7.50 today.`,
    'photo',
    [],
    'partial_refund',
    7.5,
  ),
  // bargaining up with no figure, nothing else repeated
  c(
    'r38r-06',
    'ru',
    `Половину стоимости — мало. Давайте побольше, и я оставлю себе эти наушники.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // condescension about reading, no swear word
  c(
    'r38r-07',
    'en',
    `Let me explain it slowly, since reading clearly isn't your team's strong suit: the drill came with a 12V battery, the listing says 20V. I measured it the day it arrived, 9 May, and the photo of the battery label is attached. Send the 20V battery.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // seller silent, "!!" after the silence, escalation with a refund
  c(
    'r38r-08',
    'ru',
    `Продавец молчит уже пятый день!! Я же прислала фото: у самоката треснула дека после первой поездки 20 июня. Прошу Алиэкспресс вмешаться и вернуть мне деньги.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // innocent trap: plumbing "ball cock", offer to send back
  c(
    'r38r-09',
    'en',
    `Re your question about the stopcock: yes, the ball cock valve from the kit was leaking at the thread from the moment I fitted it on 14 June, the video I attached shows the drip. I'm happy to return it, please refund me once it reaches you.`,
    'video',
    [],
    'return',
  ),
  // innocent trap: city nickname Ебург; missing items with a sum
  c(
    'r38r-10',
    'ru',
    `Отвечаю на вопрос продавца: да, посылку я получала в Ебурге, в пункте выдачи на Малышева. При вскрытии 2 марта обнаружила, что в наборе 10 кистей вместо 12, фото содержимого приложено. Прошу вернуть 140 ₽ за две недостающие кисти.`,
    'photo',
    [],
    'partial_refund',
    140,
  ),
  // veiled threat: relative nearby, warehouse address, "would be a shame"
  c(
    'r38r-11',
    'ru',
    `Я уже трижды писал, что в подставке для телефона нет креплений, а вы всё уточняете и уточняете. Знаете, у меня брат работает в вашем городе, адрес склада я нашёл. Было бы жаль, если бы к вам кто-нибудь заглянул. Верните деньги.`,
    'none',
    ['threat', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // "??" at a low offer plus a fraud label
  c(
    'r38r-12',
    'en',
    `As I already said, the tent poles arrived bent, I noticed it when I set it up on 6 July and the photo is attached. Now you offer $3?? That's a classic scam. Full refund.`,
    'photo',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // escalation to AliExpress after silence, complete
  c(
    'r38r-13',
    'ru',
    `Уважаемая поддержка AliExpress, прошу подключиться к спору. Продавец не отвечает с 10 апреля. Суть: заказанная автомобильная камера заднего вида пришла без кабеля питания, это видно на видео распаковки от 3 апреля. Прошу полный возврат средств.`,
    'video',
    [],
    'full_refund',
  ),
  // English mat as a cry
  c(
    'r38r-14',
    'en',
    `Oh for fuck's sake, again a photo? I sent you three. The blender jar cracked on the first use on 1 March. Refund.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // answers the seller's question fully but asks for nothing
  c(
    'r38r-15',
    'ru',
    `Вы спрашивали, какой размер я заказывала. Заказывала 42, пришёл 36, разницу заметила сразу при примерке в день получения, 8 мая. Бирку сфотографировала, фото во вложении.`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // says a screenshot is attached, the form has none
  c(
    'r38r-16',
    'en',
    `Following up as you asked: I've attached the screenshot from the post office website. It has said "in transit" since 2 May, 47 days now, and the parcel never reached me. Please refund the full amount.`,
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // sarcastic praise of the seller's work
  c(
    'r38r-17',
    'ru',
    `Браво, гении логистики: шлем для велосипеда ехал в пакете без коробки и пришёл с расколотым козырьком, я это увидела при получении на почте 15 мая, фото приложила. На вашу замену не согласна, верните деньги.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // innocent trap: "killer deal"; wrong count of cells, exchange
  c(
    'r38r-18',
    'en',
    `Thanks for the reply. The price was a killer deal, I'll give you that, but the seed trays you sent are 6-cell, not the 12-cell ones I ordered. I counted them when I unpacked the box on 19 March; the photo is attached. Please send the 12-cell trays instead.`,
    'photo',
    [],
    'exchange',
  ),
  // nudge after silence: nothing checkable, no request
  c(
    'r38r-19',
    'ru',
    `Продавец, вы где? Неделю тишина. Жду ответа по моему спору.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // masked mat as a predicate about the item, no "!": profanity only; return once postage paid
  c(
    'r38r-20',
    'ru',
    `Это не шуруповёрт, а х*йня какая-то: патрон болтается и бьёт, заметил в первый же день работы, 4 июня, видео приложил. Ваши 300 рублей не возьму, возвращаю товар, оплатите пересылку.`,
    'video',
    ['profanity'],
    'return',
  ),
  // counter-offer with the buyer's own sum
  c(
    'r38r-21',
    'en',
    `I can't accept $2. The lamp's dimmer only works at full brightness, it stopped dimming on the third evening (11 Oct) — see the video attached. My counter-offer: refund $9 and I keep it.`,
    'video',
    [],
    'partial_refund',
    9,
  ),
  // declines a percentage, asks for the missing cable
  c(
    'r38r-22',
    'ru',
    `Как я уже писала в первом сообщении, в комплекте массажёра не было зарядного кабеля. Обнаружила при распаковке 27 января, на видео распаковки это видно. Предложение вернуть 5% не принимаю. Пришлите, пожалуйста, недостающий кабель.`,
    'video',
    [],
    'exchange',
  ),
  // ordinary word aimed at staff («олени со склада»)
  c(
    'r38r-23',
    'ru',
    `Олени со склада опять положили не тот цвет. Я заказала зелёный органайзер, пришёл розовый, увидела при распаковке 9 ноября, фото в приложении. Нужен обмен на зелёный.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // accepts the seller's partial offer without writing its sum
  c(
    'r38r-24',
    'en',
    `Fine, I'll take the partial refund you offered. Just send it.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // innocent trap: soft oaths «блин», «капец», otherwise complete
  c(
    'r38r-25',
    'ru',
    `Блин, ну капец. Я же ответила на все вопросы: сковорода после первого мытья 3 сентября покрылась ржавыми пятнами, фото есть в приложении. Верните деньги.`,
    'photo',
    [],
    'full_refund',
  ),
  // knows the owner's daughter's school: threat
  c(
    'r38r-26',
    'en',
    `You keep asking for more photos. I've sent four. I know your shop is registered to a Mr. Li in Yiwu and I know which school his daughter goes to. Refund me for the phone case (arrived cracked, I saw it at unboxing on 2 Feb) before this gets personal.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "вы специально" next to facts: accusation
  c(
    'r38r-27',
    'ru',
    `Повторяю третий раз: куртка пришла без капюшона, хотя на странице он есть. Увидела это при получении 14 октября, фото приложила. Вы специально тянете время, чтобы закрылась защита покупателя. Прошу вернуть полную стоимость.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // bargaining in percentages: partial without a sum
  c(
    'r38r-28',
    'ru',
    `Согласна оставить себе игрушку, но вместо ваших 10% прошу 30% стоимости. Глаз у медведя оторвался в первый же день, 5 декабря, фото уже прислала.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // quotes the seller's request for proof, calm and complete
  c(
    'r38r-29',
    'en',
    `You wrote: "Please provide proof that the item is damaged." The proof is in the two photos attached again here: the car phone holder's clamp arm snapped the first time I mounted it, on 21 August. I'm requesting a full refund.`,
    'photo',
    [],
    'full_refund',
  ),
  // transliterated mat as a cry
  c(
    'r38r-30',
    'ru',
    `blyat, skolko mozhno? Ya uzhe pisal: naushniki ne zaryazhayutsya s 7 marta, video prikrepil. Vernite dengi.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // long but vague, asks AliExpress to decide
  c(
    'r38r-31',
    'en',
    `As I already explained, the product is not as described and the quality is poor. I have been patient for two weeks waiting for you to answer and I don't think a $4 coupon is fair. I would like AliExpress to review this case and decide.`,
    'photo',
    ['missing_what', 'missing_when', 'missing_resolution'],
    'none',
  ),
  // innocent trap: sweater with reindeer; return at seller's cost
  c(
    'r38r-32',
    'ru',
    `Это про свитер с оленями, вы спрашивали, о каком товаре речь. Рукава на 8 см короче, чем в таблице размеров, измерила сантиметром в день получения, 30 ноября. Фото с сантиметром приложила. Готова отправить свитер обратно за ваш счёт и получить деньги.`,
    'photo',
    [],
    'return',
  ),
  // questioning the seller's sanity; seller's words quoted
  c(
    'r38r-33',
    'ru',
    `Вы там с дуба рухнули? Какой "недостаточно доказательств", если на видео от 18 июля видно, что у робота-пылесоса не крутится левая щётка? Полный возврат.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // escalation in English, complete
  c(
    'r38r-34',
    'en',
    `Requesting AliExpress to step in. The seller hasn't replied since 3 May. In short: the garden hose reel arrived with a crushed handle; I found this while unpacking on 28 April and the photo is attached. I'd like a full refund.`,
    'photo',
    [],
    'full_refund',
  ),
  // affect word «расстроена», partial with a sum
  c(
    'r38r-35',
    'ru',
    `Очень расстроена вашим ответом. Я не прошу многого: у помады сломан механизм выкручивания, обнаружила сразу при открытии 2 апреля, фото вы видели. Помаду оставлю, прошу вернуть 250 руб. компенсации.`,
    'photo',
    ['emotional'],
    'partial_refund',
    250,
  ),
  // clown emoji aimed at support
  c(
    'r38r-36',
    'en',
    `Your support team 🤡🤡 asked me again which size I ordered. I ordered EU 42 boots, got EU 39, measured the insole on the day they arrived (5 Jan); photo attached. Exchange for 42 please.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // answers "what exactly is wrong" without a time
  c(
    'r38r-37',
    'ru',
    `Вы спросили, что именно не так. У кофемолки не вращаются ножи: мотор гудит, а ножи стоят. Видео прикладываю. Хочу вернуть её и получить деньги обратно.`,
    'video',
    ['missing_when'],
    'return',
  ),
  // wishing harm on the seller's children: threat
  c(
    'r38r-38',
    'ru',
    `Продавец, вы ещё не поняли? Пусть ваши дети так же мёрзнут, как я в этой куртке, у которой синтепон сбился в комки после первой стирки 10 января. Фото прислала. Верните деньги.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "refund the difference": partial without a sum
  c(
    'r38r-39',
    'en',
    `OK so you admit you sent the 64GB card instead of the 128GB. H2testw showed it on the day it came, 14 Sept, screenshot attached. I'll keep it if you refund the difference.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «прикладываю фото» with an empty form
  c(
    'r38r-40',
    'ru',
    `Как вы просили, прикладываю фото этикетки. На ней указано 500 Вт, а в описании было 1200 Вт. Заметил сразу при распаковке 6 мая. Верните полную стоимость.`,
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // accepted offer with a condition, € with a decimal comma
  c(
    'r38r-41',
    'en',
    `I accept the €6,50 partial refund for the scratched lens on the action camera (scratch visible straight out of the box on 17 May, photo attached), as long as it's paid this week.`,
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // declines a coupon, measured with a tape
  c(
    'r38r-42',
    'ru',
    `Нет, купон на 100 ₽ мне не нужен. Ещё раз: вместо 3 метров гирлянды прислали 1,5 м, измерила рулеткой 22 декабря, фото есть во вложении. Прошу полный возврат денег.`,
    'photo',
    [],
    'full_refund',
  ),
  // masked mat cried with "!!!"
  c(
    'r38r-43',
    'ru',
    `Ё*аный стыд!!! Третий раз объясняю: свеча зажигания не подходит к мотоблоку, резьба М14, а нужна М10, выяснили в сервисе 2 июня. Фото обеих свечей прислала. Замените на правильную.`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // masked obscene name-calling at staff
  c(
    'r38r-44',
    'en',
    `Listen up, a$$hats: the bike pump gauge reads 0 at all times, found on my first ride on 8 Aug, video attached. Refund.`,
    'video',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // "as I wrote" + generic «не соответствует описанию»
  c(
    'r38r-45',
    'ru',
    `Как я уже писал — товар не соответствует описанию. Верните деньги.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // innocent trap: "dead" power bank; return for refund
  c(
    'r38r-46',
    'en',
    `Answering your question: yes, I tried another charger. The power bank is completely dead, no LEDs light up, since the second charge on 12 Nov. The video I attached shows both chargers. I'll send it back for a refund.`,
    'video',
    [],
    'return',
  ),
  // video sent on request; discovery at unpacking on the child's birthday
  c(
    'r38r-47',
    'ru',
    `Вы просили видео — прикрепила. На нём видно, что у куклы не двигается правая рука, шарнир сломан. Обнаружили при распаковке в день рождения дочки, 11 февраля. Хотим обмен на целую куклу.`,
    'video',
    [],
    'exchange',
  ),
  // scare quotes around «случайно»: accusation
  c(
    'r38r-48',
    'ru',
    `Ну конечно, "случайно" отправили чёрный чехол вместо прозрачного, уже второй раз. Я заметила при получении 4 марта, фото вам отправлено. Мне нужен прозрачный, замените.`,
    'photo',
    ['accusation'],
    'exchange',
  ),
  // mocking question with "muppets"
  c(
    'r38r-49',
    'en',
    `Which one of you muppets decided a glass vase needs no bubble wrap? Arrived in three pieces on 23 Sept, photos attached. Full refund, not a voucher.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // «не доводите до греха»: ominous menace
  c(
    'r38r-50',
    'ru',
    `Не доводите до греха, продавец. Коврики для машины пришли не на ту модель, на Солярис они не ложатся, я примерил в тот же вечер, 16 октября, фото приложено. Деньги вернуть полностью.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // after silence: days since the last message are not the problem's time
  c(
    'r38r-51',
    'en',
    `It's been 5 days since your last message. I'm still waiting. The yoga mat has a tear along the edge, you can see it in my photo. I'll settle for $5 back.`,
    'photo',
    ['missing_when'],
    'partial_refund',
    5,
  ),
  // caps shouting at a low offer
  c(
    'r38r-52',
    'ru',
    `ВЫ ОПЯТЬ ПРЕДЛАГАЕТЕ 50 РУБЛЕЙ? Мне нужен полный возврат. Утюг не греется с 1 апреля, видео было в первом сообщении.`,
    'video',
    ['emotional'],
    'full_refund',
  ),
  // quotes the seller's claim of misuse and answers it calmly
  c(
    'r38r-53',
    'ru',
    `Вы написали: «Покупатель неправильно использует товар». Нет — триммер для бороды заряжен по инструкции, но лезвие перестало вращаться через 10 минут первого использования 25 мая. Это видно на видео. Прошу вернуть деньги полностью.`,
    'video',
    [],
    'full_refund',
  ),
  // bare "stopped working" with a day of the month
  c(
    'r38r-54',
    'en',
    `Yes, I still have the box and everything else. It stopped working on the 3rd, three days after delivery. Photos are attached. I want my money back.`,
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // «для тупеньких»: condescension
  c(
    'r38r-55',
    'ru',
    `Поясню для тупеньких ещё раз: заказ — две банки краски для моделей, пришла одна. Увидела при вскрытии пакета 13 августа, фото прикладываю. Верните 320 ₽ за вторую банку.`,
    'photo',
    ['insult'],
    'partial_refund',
    320,
  ),
  // meeting point with the buyer's own figure
  c(
    'r38r-56',
    'en',
    `Meeting you halfway: you offered $4, I asked $12, let's settle at $8. Reminder of the fault: the kettle's lid hinge broke on the fourth day (9 June), as in the video attached.`,
    'video',
    [],
    'partial_refund',
    8,
  ),
  // escalation for non-receipt with a tracking number, no file
  c(
    'r38r-57',
    'ru',
    `Прошу арбитраж AliExpress. Продавец не отвечает, а посылка так и не пришла: трек LP00123456789012, последний статус 2 февраля, прошло 55 дней. Прошу полный возврат.`,
    'none',
    [],
    'full_refund',
  ),
  // quoted seller mat (masked) in a screenshot reply
  c(
    'r38r-58',
    'en',
    `The seller replied in the chat: "f*** off and stop messaging me". I'm attaching that screenshot. The dog harness buckle snapped on our first walk, 30 July. Refund please.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // answers a question, "since day one", no file
  c(
    'r38r-59',
    'en',
    `To answer your question: yes, I tried a different bulb. The night light still flickers every couple of seconds, has done since day one. Exchange please.`,
    'none',
    ['missing_evidence'],
    'exchange',
  ),
  // sending the seller away in soft words: insult
  c(
    'r38r-60',
    'ru',
    `Идите лесом со своей компенсацией в 30 рублей. Семена томатов не взошли, ни одно из 20, посеяла 1 марта по инструкции. Фото лотка приложила. Верните деньги.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // accepts a return, waits for the address
  c(
    'r38r-61',
    'ru',
    `Согласен на возврат товара. Отправлю насос обратно, как только пришлёте адрес. Напомню: насос для бассейна не качает воду, мотор работает вхолостую — проверил при первом запуске 7 июля, видео во вложении.`,
    'video',
    [],
    'return',
  ),
  // declines a coupon, asks for the right size of part
  c(
    'r38r-62',
    'en',
    `No to the store coupon, sorry. What I need is the right part: the wiper blades you sent are 16 inch, my order says 22 inch. I checked them against the old ones on 4 Dec; a photo of both side by side is attached. Please send 22-inch blades.`,
    'photo',
    [],
    'exchange',
  ),
  // publishing the seller's home address: threat
  c(
    'r38r-63',
    'ru',
    `Раз вы молчите, я выложу ваш домашний адрес и телефон, которые нашла, во всех группах города. Фен-щётка перестала нагреваться через неделю, 19 сентября, видео было. Верните деньги.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // reminder with no facts and no request, photo in the form
  c(
    'r38r-64',
    'ru',
    `Напоминаю о себе. Ответа нет. Решите уже вопрос.`,
    'photo',
    ['missing_what', 'missing_when', 'missing_resolution'],
    'none',
  ),
  // "WTF" cry; quote marks repeat the seller's offer
  c(
    'r38r-65',
    'en',
    `WTF is a "partial refund of 1 dollar"? The speaker's bluetooth drops every 30 seconds since the first day, shown in the video. Full refund.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // innocent trap: brand Хуавей; wrong model of case
  c(
    'r38r-66',
    'ru',
    `Уточняю по вашему вопросу: чехол заказывала на Хуавей P30, а пришёл на P30 Pro, он не садится на телефон. Поняла при первой примерке 20 ноября, фото с телефоном приложила. Прошу обменять на чехол для P30.`,
    'photo',
    [],
    'exchange',
  ),
  // a one-word fraud label before complete facts
  c(
    'r38r-67',
    'ru',
    `Мошенники. Я всё уже описала: вместо 5 кг корма пришло 2 кг, взвесила на почте 28 октября, фото весов у вас есть. Верните 900 руб. за недостающие 3 кг.`,
    'photo',
    ['accusation'],
    'partial_refund',
    900,
  ),
  // affect word "upset", partial with a sum
  c(
    'r38r-68',
    'en',
    `I'm honestly upset that this is still going on. The ring's stone fell out on the second day I wore it (June 2nd), photo attached. I'd accept a $10 partial refund.`,
    'photo',
    ['emotional'],
    'partial_refund',
    10,
  ),
  // staff compared to monkeys: insult
  c(
    'r38r-69',
    'ru',
    `У вас на складе обезьяны работают? Банку с клеем для плитки положили открытой, всё высохло, увидела при распаковке 3 июня, фото приложено. Прошу полный возврат.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // confirms an earlier message, asks for a prepaid label to return
  c(
    'r38r-70',
    'en',
    `Confirming what I wrote on Monday: the RC car's front left wheel doesn't steer, noticed on the first run on 15 March. Video attached. I'm fine with returning it, just email me a prepaid label and I'll send it back for a refund.`,
    'video',
    [],
    'return',
  ),
  // short counter-offer with a rouble sum
  c(
    'r38r-71',
    'ru',
    `Хорошо, давайте так: вы возвращаете 400 ₽, я оставляю себе перчатки. Дырка на большом пальце правой перчатки была уже при распаковке 1 декабря, фото в споре.`,
    'photo',
    [],
    'partial_refund',
    400,
  ),
  // "it would be a shame if something happened": threat
  c(
    'r38r-72',
    'en',
    `Nice little shop you have. It would be a shame if something happened to that warehouse in Guangzhou. The vacuum's suction motor died on day three (11 Jan), video attached. Refund.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // "whatever part you think is fair": partial without a sum
  c(
    'r38r-73',
    'en',
    `Fine. Refund whatever part you think is fair — the backpack strap tore after two weeks of use, on 12 September, photo's already in the dispute.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "on purpose" plus no evidence
  c(
    'r38r-74',
    'en',
    `You sent the wrong colour on purpose because the blue was out of stock. I ordered navy curtains, got grey, saw it when I opened the bag on 26 Feb. Send the navy ones.`,
    'none',
    ['accusation', 'missing_evidence'],
    'exchange',
  ),
  // masked mat as a sentence of its own
  c(
    'r38r-75',
    'ru',
    `П@здец. Пятый раз повторяю: в наборе отвёрток нет биты PH2, которая есть на картинке, заметил при распаковке 8 августа, фото приложил. Верните 70 рублей за неё.`,
    'photo',
    ['profanity', 'emotional'],
    'partial_refund',
    70,
  ),
  // innocent: "sparked" and "frayed"; answers about the plug
  c(
    'r38r-76',
    'en',
    `About the plug you asked about: it's the UK version, as ordered. The curling iron's cord is frayed right at the plug and sparked 20 minutes into first use on 29 Oct — photo attached. Refund in full, please.`,
    'photo',
    [],
    'full_refund',
  ),
  // slang name-calling «чушпаны»
  c(
    'r38r-77',
    'ru',
    `Чушпаны, вы опять прислали не тот фильтр. Нужен масляный фильтр на Гранту, пришёл на Весту, сверил с каталогом в день получения, 2 апреля, фото приложил. Замените.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // quotes the seller, complete facts, only "what should I do?"
  c(
    'r38r-78',
    'ru',
    `Вы пишете: «Пришлите фото повреждения». Пожалуйста, прикрепила ещё раз. Трещина на корпусе увлажнителя, появилась на второй день работы, 15 января. Что мне теперь делать?`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // "ridiculous" affect word, pounds for missing pieces
  c(
    'r38r-79',
    'en',
    `This is ridiculous. I told you twice the puzzle is missing 14 pieces, I counted them when I finished it on 7 May, photo attached. Refund me £3 for the missing pieces.`,
    'photo',
    ['emotional'],
    'partial_refund',
    3,
  ),
  // a two-letter reply: empty text
  c('r38r-80', 'ru', `ок`, 'none', ['empty_text'], 'none'),
];
