import { labelled as c, type CorpusCase } from './types';

/**
 * Round forty-one, hold-out set z: long-running disputes and escalation (second to fourth replies after offers,
 * refusals and silence, countdowns, chargebacks, consumer protection, courts, reviews), mixed with veiled threats,
 * disguised rudeness and innocent look-alikes. Written by a hand that has not read the
 * analyzer's rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - A deadline the buyer sets for the seller ("by Friday", «ещё 3 дня») and how long the seller has been silent are
 *   not the problem's time; for a parcel not received, the payment date, the last tracking scan or a passed delivery
 *   deadline is.
 * - A plan of lawful steps (AliExpress, a chargeback, Роспотребнадзор, Trading Standards, a claim, a court, an honest
 *   review with photos) is no threat however firmly it is put; a visit "to talk", relatives at customs or the police,
 *   a manager's phone or home published, or harm wished on staff is a threat even next to lawful steps.
 * - «засужу» is avoided: DEFINITIONS lists it as a threat while a court is lawful; texts say «иск в суд» instead.
 * - A refused offer's sum is never the amount; the buyer's own counter-figure is; an accepted offer with its sum
 *   written is a partial refund with that sum, without it a partial refund without an amount.
 * - A reply that only answers the seller's question (box kept, sum accepted) lacks the problem and its time, as
 *   round thirty-eight says of facts told earlier.
 * - "Thanks for the free course in patience" is mock thanks for a result (round thirty-eight's «урок терпения»), not
 *   thinning patience; it is neither emotional nor rude.
 * - «вы ... ох*ели?» (mat asked of the staff in a single question) is `profanity` and `insult`, not emotional, as in
 *   rounds nine and ten.
 * - A clown emoji aimed at the staff is an insult only (not an emotive face); an angry face 😡 is emotional.
 * - "Nobody reads the thread" complains about the service and calls no one a name: no insult.
 * - «Кидалово, а не магазин» is an accusation; «г*вно» as a predicate about the item, with no "!", is profanity only.
 * - "I'll send it back once you send the address and pay the postage" is a return; a refund asked after a declined
 *   replacement is a full refund.
 * - «Видео не снимала, есть только фото — прикладываю» with no file is `evidence_not_attached` only (no problem named
 *   in that reply, so also `missing_what`, `missing_when`, `missing_resolution`).
 */
export const ROUND41_HOLDOUT_Z: CorpusCase[] = [
  // third reply, refuses the seller's 200 ₽, counter-offer with its own sum; complete
  c(
    'r41z-01',
    'ru',
    `Это уже третий мой ответ в споре. 200 ₽ за шуруповёрт, у которого патрон бьёт с первого же включения 2 апреля, — не компенсация. На видео видно биение сверла. Готова оставить инструмент себе, если вернёте 700 ₽.`,
    'video',
    [],
    'partial_refund',
    700,
  ),
  // reply that only answers the seller's question: no problem, no time, no request
  c(
    'r41z-02',
    'en',
    `Answering your question: yes, I still have the original box and all the cables. Photo of them is attached.`,
    'photo',
    ['missing_what', 'missing_when', 'missing_resolution'],
    'none',
  ),
  // veiled threat: knows the warehouse, "не доводите до греха"
  c(
    'r41z-03',
    'ru',
    `Я знаю, где находится ваш склад в Гуанчжоу, у меня там знакомые. Не доводите до греха. Куртка пришла 48 размера вместо заказанного 52, получила 10 мая, фото бирки приложено. Верните деньги.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // innocent trap: escalation and chargeback with a countdown; tracking number is the evidence
  c(
    'r41z-04',
    'en',
    `Day 21 of this dispute. Parcel LP00412345678CN has shown "arrived at sorting centre" since 2 February and never reached me. You have offered nothing so far. If there is no full refund by Friday I will escalate to AliExpress and then file a chargeback with my bank, which is my right.`,
    'none',
    [],
    'full_refund',
  ),
  // tired buyer, "??" after the seller's third "wait"; quotes mock the offer, no accusation
  c(
    'r41z-05',
    'ru',
    `Четвёртая неделя. Вы в третий раз предлагаете «подождать ещё 15 дней». Серьёзно?? Заказ оплачен 3 января, посылки нет, трек не обновляется с 20 января. Верните деньги.`,
    'none',
    ['emotional'],
    'full_refund',
  ),
  // sarcastic praise of the support staff: insult
  c(
    'r41z-06',
    'en',
    `Congratulations to your customer service geniuses: three replies, three copy-pasted apologies and still no answer. The kettle's lid hinge snapped on the fourth use, 12 March, video attached. Full refund, please.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // reply that accepts "half": partial without a sum, nothing else repeated
  c(
    'r41z-07',
    'ru',
    `Хорошо, согласна на частичную компенсацию, но не на ту сумму, что вы предлагаете. Пусть будет половина.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // counter-offer in £ worked out from a unit price; "dead" plants are living goods, innocent
  c(
    'r41z-08',
    'en',
    `Thanks for the offer of £3, but no. The rose bushes arrived on 9 April and four of the ten plants are dead, brown and dry at the roots (photos attached). At £4.50 a plant that's £18: please refund £18 and I'll keep the other six.`,
    'photo',
    [],
    'partial_refund',
    18,
  ),
  // mat as an interjection with "!!": profanity and emotional
  c(
    'r41z-09',
    'ru',
    `Бля, третий месяц одно и то же!! Чехлы на сиденья пришли 5 февраля серые вместо чёрных, фото давно в споре и ещё раз прикладываю. Пришлите чёрные.`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // scare quotes around "mistake": sarcasm about honesty, accusation
  c(
    'r41z-10',
    'en',
    `Your "mistake" has now happened twice. I ordered a 1TB SSD and on 14 May received a 128GB one, the second time in a row; the CrystalDiskInfo screenshot is attached. Send the 1TB drive I paid for.`,
    'photo',
    ['accusation'],
    'exchange',
  ),
  // innocent trap: seller's deadline passed, support and Роспотребнадзор named as the buyer's right
  c(
    'r41z-11',
    'ru',
    `Продавец, ваш срок ответа истёк 20 июня. Напоминаю: фен перестал включаться на 6-й день, 18 мая, при нажатии кнопки щёлкает реле и пахнет гарью, видео приложено. Прошу полный возврат. Если спор не будет решён, я обращусь в поддержку AliExpress и в Роспотребнадзор — это моё право как покупателя.`,
    'video',
    [],
    'full_refund',
  ),
  // pressure dressed as lawful: a brother at customs holding the next shipments
  c(
    'r41z-12',
    'ru',
    `У меня брат работает на таможне, и ваши следующие партии могут очень долго стоять на досмотре. Подумайте об этом. Левый наушник не заряжается с третьего дня после получения (получила 11.07), видео приложено. Прошу вернуть оплату.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // mock thanks for a result, no praise of a person; no evidence named, no file
  c(
    'r41z-13',
    'en',
    `Thanks for the free course in patience. Five weeks in, your answer is still 'please wait'. The jacket zip broke the first time I used it, on 2 October. Please send a replacement zip, or a new jacket.`,
    'none',
    ['missing_evidence'],
    'exchange',
  ),
  // affect word «в шоке» at the seller's offer; counter-offer in руб
  c(
    'r41z-14',
    'ru',
    `Я в шоке от вашего предложения: 50 рублей за кофемолку, у которой с первого помола 8 августа треснула крышка. Фото трещины в приложении. Согласна оставить её себе за 600 руб.`,
    'photo',
    ['emotional'],
    'partial_refund',
    600,
  ),
  // condescension about the reader: "I'll type slowly so your team can keep up"
  c(
    'r41z-15',
    'en',
    `I'll type slowly so your support team can keep up: wrong size. I ordered EU 42 boots, got EU 39, found out when I unpacked them on 3 November. Photo of both labels is attached. Exchange for 42.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // reply to the seller's request for a video: says a photo is attached, form has none
  c(
    'r41z-16',
    'ru',
    `Видео распаковки не снимала, есть только фото коробки — прикладываю.`,
    'none',
    ['missing_what', 'missing_when', 'missing_resolution', 'evidence_not_attached'],
    'none',
  ),
  // innocent trap: chargeback and an honest review after three answers; complete
  c(
    'r41z-17',
    'en',
    `I've answered your questions three times now. For the record: the 12V car compressor I received on 6 June stops at 18 PSI and the hose connector leaks; the video shows the gauge. I am asking for a full refund. If the dispute is closed without one, I will file a chargeback with my card issuer and leave an honest review with the video.`,
    'video',
    [],
    'full_refund',
  ),
  // questioning the seller's sanity after a $1 offer: insult
  c(
    'r41z-18',
    'ru',
    `Вы там на солнце перегрелись — предлагать $1 за детский самокат, у которого на второй день треснула дека? Фото трещины прилагаю. Верните полную стоимость.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // "ridiculous" after repeated requests for proof; no time for the leak
  c(
    'r41z-19',
    'en',
    `This is honestly ridiculous. You asked for photos, I sent photos. You asked for a video, I sent a video, it's attached again. Now you want a photo of the barcode on a box I threw out. The blender jug leaks from the base where it sits on the motor. Just refund me.`,
    'video',
    ['emotional', 'missing_when'],
    'full_refund',
  ),
  // non-receipt after the delivery deadline, refuses more extensions; tracking number in text
  c(
    'r41z-20',
    'ru',
    `Срок доставки по заказу истёк 15 мая, сегодня 2 июня. Трек RR123456789CN последний раз обновлялся 28 апреля ещё в Китае. Продавец трижды просил продлить защиту, больше не соглашаюсь. Прошу полный возврат средств.`,
    'none',
    [],
    'full_refund',
  ),
  // counter-offer with the sum in words; keeps the hose
  c(
    'r41z-21',
    'ru',
    `Отвечаю на ваше предложение. Шланг 30 м пришёл 22 апреля, при первом поливе лопнул у фитинга — фото разрыва приложила. Отправить его назад в Китай мне дороже самого шланга, поэтому прошу компенсацию четыреста рублей, шланг оставлю себе.`,
    'photo',
    [],
    'partial_refund',
    400,
  ),
  // "for f**k's sake" as a cry: profanity and emotional
  c(
    'r41z-22',
    'en',
    `For f**k's sake, six weeks of 'we are checking with the warehouse'. The LED strip's red channel died on day 3 (it arrived on 1 September), video attached. Refund it, please.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // «ну конечно, «случайно»»: sarcasm about honesty, with every fact present
  c(
    'r41z-23',
    'ru',
    `Ну конечно, «случайно» положили 3 пары носков вместо 10. Уже второй заказ подряд так. Вскрыла пакет 9 сентября при курьере, видео приложено. Верните 420 ₽ за недостающие 7 пар.`,
    'video',
    ['accusation'],
    'partial_refund',
    420,
  ),
  // escalation note after refusals: lawful, but nothing concrete and no request
  c(
    'r41z-24',
    'en',
    `You've refused the refund twice and closed the chat. I've escalated the dispute to AliExpress. They can look at the evidence.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // threat to publish the owner's name and address on a channel
  c(
    'r41z-25',
    'ru',
    `Настоящее имя владельца магазина и его домашний адрес я уже нашёл. Если денег не будет до пятницы, их увидят все подписчики моего канала. Видеорегистратор перестаёт писать через 10 минут, проверял 4 октября в первой же поездке, видео приложено. Полный возврат.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // innocent trap: Trading Standards and a report to AliExpress with a deadline
  c(
    'r41z-26',
    'en',
    `Fourth message. The silicone baking mats (set of 3) arrived on 17 January; two of them smell strongly of solvent and left a white residue after the first bake at 200°C. Photos attached. I'd like a full refund. If the seller won't answer by the 30th, I'll report the listing to AliExpress and to Trading Standards.`,
    'photo',
    [],
    'full_refund',
  ),
  // several fully capitalised words: emotional; coupon declined, exchange asked
  c(
    'r41z-27',
    'ru',
    `Я ПРОСИЛА ЗАМЕНУ, А НЕ КУПОН НА 2 ДОЛЛАРА. Платье пришло с дыркой на левом рукаве, увидела при распаковке, фото в приложении. Пришлите новое платье того же размера.`,
    'photo',
    ['emotional'],
    'exchange',
  ),
  // "it'd be a shame if something happened": veiled threat
  c(
    'r41z-28',
    'en',
    `It'd be a shame if something happened to that nice little shop of yours. The drone's gimbal motor grinds and the camera tilts left, ever since the first flight on 8 May. Video attached. Send me a new drone.`,
    'video',
    ['threat'],
    'exchange',
  ),
  // «на ваше усмотрение» after refusing the seller's 10 рублей: partial without a sum
  c(
    'r41z-29',
    'ru',
    `Спор открыт уже 23 дня. Ракетка для бадминтона: струны лопнули на второй игре, 14 июля, фото струн во вложении. Согласен на компенсацию на ваше усмотрение, только не 10 рублей, как в прошлый раз.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "classic bait and switch" with facts: still an accusation
  c(
    'r41z-30',
    'en',
    `Classic bait and switch. The listing said 100% cotton; the label on the bedsheet says 65% polyester (photo attached), which I saw when I washed it on 2 March. Refund me the full amount.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // seller silent 10 days (not the problem's time); receipt date, review and escalation lawful
  c(
    'r41z-31',
    'ru',
    `Прошло 10 дней с моего последнего сообщения, ответа нет. Повторю коротко: тушь для ресниц пришла 3 марта с сорванной защитной плёнкой и засохшей щёточкой, фото приложено. Прошу вернуть деньги полностью. Если продавец промолчит ещё 3 дня, передам спор на рассмотрение AliExpress и оставлю честный отзыв с фотографиями.`,
    'photo',
    [],
    'full_refund',
  ),
  // slang name at the staff ("bozo"): insult
  c(
    'r41z-32',
    'en',
    `Listen, bozo, I've told you three times: the USB-C port on the power bank is loose and it stops charging if you touch the cable. Noticed it on the first charge, 19 Feb. Video attached. Full refund.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // reply with the date but only the generic «брак»
  c(
    'r41z-33',
    'ru',
    `Ответ на ваш вопрос: товар я получила 12 ноября, брак обнаружила в тот же день. Фото прикладываю повторно. Хочу возврат денег.`,
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // accepting the seller's offer with its sum written: partial with that sum
  c(
    'r41z-34',
    'en',
    `OK, I accept your offer of $7.50 for the missing drill bits (the set came with 13 of 20, counted on unboxing, 4 Aug, photo attached). Please send it and I'll close the dispute.`,
    'photo',
    [],
    'partial_refund',
    7.5,
  ),
  // wishing the same scald on the manager: threat
  c(
    'r41z-35',
    'ru',
    `Утюг с первого включения 2 декабря плюётся кипятком из подошвы, я обожгла руку — видео приложено. Верните деньги полностью. И желаю, чтобы у вашего менеджера дома всё так же плевалось кипятком ему в лицо.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // tired fourth repetition, keeps the hoodie for $9; no evidence and no file
  c(
    'r41z-36',
    'en',
    `I'll say it a fourth time since nobody reads the thread: the hoodie is XL on the tag but measures 52 cm pit to pit, which is a size S on your own chart. I measured it the day it came, 11 January. I'll keep it for a $9 refund.`,
    'none',
    ['missing_evidence'],
    'partial_refund',
    9,
  ),
  // «обидно» is affect; the mother's jubilee is not the problem's time, unpacking is
  c(
    'r41z-37',
    'ru',
    `Обидно, честно: заказывала сервиз маме на юбилей, а в коробке при распаковке две чашки из шести оказались разбиты. Видео распаковки приложено. Пришлите, пожалуйста, две чашки взамен.`,
    'video',
    ['emotional'],
    'exchange',
  ),
  // the seller's mat quoted as evidence: profanity; the seller's "stop whining" is not the buyer's
  c(
    'r41z-38',
    'en',
    `Sending this to AliExpress: on 5 June the seller wrote to me in chat, quote, "stop whining, f*** off, no refund". Screenshot of the chat attached. The problem is still the same: the rear parking sensor has reported obstacles constantly since I installed it on 28 May. I want a full refund.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // accepts the seller's return option; sends it once the postage is paid
  c(
    'r41z-39',
    'ru',
    `Согласна на ваш вариант с возвратом товара. Левая фара для Kia Rio 2017 пришла 8 октября с трещиной на стекле — фото в приложении. Отправлю её обратно, как только пришлёте адрес и оплатите доставку.`,
    'photo',
    [],
    'return',
  ),
  // "the difference" without a sum; no time for the finding
  c(
    'r41z-40',
    'en',
    `As I said before, the earrings are silver-plated brass, not 925 silver: the magnet test and the jeweller's note show it (photo attached). I'd accept a refund of the difference.`,
    'photo',
    ['missing_when', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // innocent trap: a court named as the next step; quote marks mock the coupon offer
  c(
    'r41z-41',
    'ru',
    `Третье обращение. Аккумуляторная газонокосилка: 16 мая при первом покосе сломался пластиковый держатель ножа, нож слетел. Видео с моментом поломки приложено. Ваш «купон на 5$» не подходит. Прошу полный возврат. Если AliExpress откажет, буду решать вопрос через суд по месту жительства.`,
    'video',
    [],
    'full_refund',
  ),
  // transliterated mat as an interjection: profanity and emotional; tracking number in text
  c(
    'r41z-42',
    'ru',
    `suka, skolko mozhno zhdat. Posylka s girlyandoj ne prishla, zakaz oplachen 25 noyabrya, trek LP00398877665CN stoit na meste s 1 dekabrya. Vernite dengi.`,
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // reply to the seller's question, partial refund in euros with a comma
  c(
    'r41z-43',
    'en',
    `Re your question: yes, the other three cushion covers are fine. Only one of the four arrived with the zip torn off its seam, which I noticed when I opened the parcel on 21 September (photo attached). A partial refund of €6,50 for that one cover is fine by me.`,
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // ironic «ну спасибо, порадовали» about a result: not rude; no request
  c(
    'r41z-44',
    'ru',
    `Ну спасибо, порадовали: вместо обещанной замены прислали точно такую же сковороду с тем же вздутым дном. Получила вчера, 14 февраля, фото обеих в приложении.`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // condescension: writing slowly so support "finally manages"
  c(
    'r41z-45',
    'ru',
    `Пишу в третий раз и медленно, чтобы ваш отдел поддержки наконец осилил: заднее колесо самоката заклинивает, началось через неделю после получения (получили 2 июня). Видео приложено. Возврат денег.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // "AliExpress always takes the seller's side": accusation of the platform
  c(
    'r41z-46',
    'en',
    `Fine, I'm escalating, though we all know AliExpress always takes the seller's side. The fishing reel's handle snapped off on its second trip out, 30 April. Photos are attached. I'm asking for a full refund.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // parcel at the wrong pickup point: non-receipt with a time and tracking
  c(
    'r41z-47',
    'ru',
    `Отвечаю на ваш вопрос про пункт выдачи: посылка по треку YT2412345678901 с 7 августа лежит в пункте в Самаре, а я живу в Саратове, и адрес в заказе указан верно (скриншот заказа приложен). Получить её я не могу. Прошу вернуть деньги.`,
    'photo',
    [],
    'full_refund',
  ),
  // mat asked of the warehouse staff in a question: profanity and insult
  c(
    'r41z-48',
    'ru',
    `Вы на складе совсем ох*ели? Третий раз шлёте кроссовки 41 размера вместо 44. Последнюю пару получил 18 марта, фото бирки приложил. Пришлите 44.`,
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // connections in the police used as menace: threat
  c(
    'r41z-49',
    'en',
    `I'd rather this didn't go any further than it needs to. My cousin works for the police in Shenzhen and knows exactly where your office is. The smartwatch strap lugs snapped on day two (received 3 July); see the attached photo. I want my money back in full.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «ужас» plus a percentage: emotional and partial without a sum
  c(
    'r41z-50',
    'ru',
    `Это просто ужас. Полотенца после первой стирки 20 октября полиняли и покрасили всю светлую одежду, фото приложено. Прошу вернуть 50% стоимости.`,
    'photo',
    ['emotional', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // coupon declined, missing brushes asked for; complete
  c(
    'r41z-51',
    'ru',
    `Нет, купон мне не нужен. Набор кистей для рисования: 4 кисти из 12 с первого же использования 9 января теряют ворс, видео приложено. Пришлите недостающие 4 кисти или новый набор.`,
    'video',
    [],
    'exchange',
  ),
  // "I've attached it again" while the form has no file
  c(
    'r41z-52',
    'en',
    `As you can see in the video, the ring light's LEDs flicker at any brightness. I've attached it again. It started the week after it arrived (arrived 2 Dec). I want my money back.`,
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // a visit to the warehouse "to talk man to man": threat
  c(
    'r41z-53',
    'ru',
    `Продавец, я бываю в Иу каждый месяц по работе. В следующий приезд загляну к вам на склад лично, поговорим по-мужски. Термос не держит тепло: залил кипяток 1 ноября, через 2 часа было +35, видео с термометром приложено. Жду возврат всей суммы.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // one-line acceptance with its sum: partial 300, nothing else in this reply
  c(
    'r41z-54',
    'ru',
    `Хорошо, 300 рублей меня устроит, переводите.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'partial_refund',
    300,
  ),
  // long numbered fourth reply; offer to send back once postage is paid is a return
  c(
    'r41z-55',
    'en',
    `This is my fourth reply, so I'll number things. 1) The product: a 20 V cordless hedge trimmer. 2) The fault: the blade stops under any load and the battery indicator drops from four bars to one; it started on the first use, 25 April. 3) Evidence: two videos attached, one of the trimmer stalling on a thin branch and one of the battery indicator. 4) What I want: my money back, and I'm happy to send the trimmer back if you pay the postage. 5) What happens next: if there's no reply within the dispute deadline, I'll ask AliExpress to step in, and I've kept copies for my card issuer.`,
    'video',
    [],
    'return',
  ),
  // refuses $3 («мало»), asks $8 for two leaked jars; complete
  c(
    'r41z-56',
    'ru',
    `3 $ — мало. Из 5 банок крема для рук пришли все 5, но у двух при вскрытии посылки 12 апреля вытекло содержимое — пакет весь в креме, фото приложила. Прошу компенсацию 8 $ за две банки.`,
    'photo',
    [],
    'partial_refund',
    8,
  ),
  // mocking question with sarcastic "genius" at the warehouse: insult
  c(
    'r41z-57',
    'en',
    `Which genius at your warehouse packed a glass aquarium in a plastic bag with no padding? It arrived on 14 Aug in pieces; photos attached. Refund in full, please.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // angry emoji after another "wait"; no tracking or file
  c(
    'r41z-58',
    'ru',
    `Опять «ждите ещё 10 дней» 😡 Посылку с семенами томатов жду с 1 марта, сегодня 19 апреля. Верните деньги.`,
    'none',
    ['emotional', 'missing_evidence'],
    'full_refund',
  ),
  // «кидалово» (accusation) and vulgar «г*вно» about the item (profanity only)
  c(
    'r41z-59',
    'ru',
    `Кидалово, а не магазин. Робот-пылесос — г*вно: с 3 мая не видит базу и ездит по кругу, видео есть в приложении. Деньги назад.`,
    'video',
    ['profanity', 'accusation'],
    'full_refund',
  ),
  // answers "what exactly is wrong" for the third time: missing roll, exchange
  c(
    'r41z-60',
    'ru',
    `Заказ: 3 рулона обоев, пришло 2 (вскрыла коробку 11 сентября, видео приложено). Вы третий раз спрашиваете, что именно не так, — не хватает одного рулона. Прошу прислать недостающий рулон.`,
    'video',
    [],
    'exchange',
  ),
  // innocent place name (Scunthorpe); non-receipt with tracking after the extra wait
  c(
    'r41z-61',
    'en',
    `Still no parcel in Scunthorpe. I ordered the brake pads on 2 January and tracking LP00511122233CN has said 'departed from origin' since the 9th. The seller's answer was to wait another 20 days, which I did. Please refund in full now.`,
    'none',
    [],
    'full_refund',
  ),
  // "это не угроза" followed by publishing the manager's phone and page: threat
  c(
    'r41z-62',
    'ru',
    `Это не угроза, просто информация: номер телефона вашего менеджера и его страничку ВК я уже нашла, завтра они будут в моём посте. Платье на выпускной: молния разошлась в день первой примерки, 20 мая, фото шва прикрепила. Возврат денег.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // accepts the seller's offer without writing its sum; "a bit disappointed" still emotional
  c(
    'r41z-63',
    'en',
    `I'm a bit disappointed, but fine, I'll take the partial refund you offered for the scratched lens on the action camera. Photo of the scratch is attached again.`,
    'photo',
    ['emotional', 'missing_when', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // innocent trap: claim, Роспотребнадзор and a court after 9 days of silence
  c(
    'r41z-64',
    'ru',
    `Продавец не отвечает 9 дней. Кратко: электросамокат, контроллер сгорел 6 июня на 12-й поездке, из деки шёл дым — видео приложено. Стоимость 31 990 руб. Прошу полный возврат. В случае отказа — претензия, заявление в Роспотребнадзор и иск в суд, документы уже готовлю.`,
    'video',
    [],
    'full_refund',
  ),
  // spaced English mat as an interjection: profanity and emotional
  c(
    'r41z-65',
    'en',
    `Oh f u c k me, another 'please be patient'. The garden sprinkler timer floods the bed because valve 2 won't close; I found it on the first morning, 11 May. Video attached. Send a working timer.`,
    'video',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // «вы специально тянете время»: accusation; no evidence
  c(
    'r41z-66',
    'ru',
    `Вы специально тянете время до окончания защиты покупателя. Часы: стекло треснуло на третий день после получения, 8 апреля. Прошу вернуть деньги.`,
    'none',
    ['accusation', 'missing_evidence'],
    'full_refund',
  ),
  // refuses 150 руб., counter-offer 450 руб.; complete
  c(
    'r41z-67',
    'ru',
    `Ваши 150 руб. не покрывают даже доставку. Гирлянда 10 м: не горят последние 3 метра, обнаружила при первом включении 28 декабря, фото приложено. Готова оставить её себе за возврат 450 руб.`,
    'photo',
    [],
    'partial_refund',
    450,
  ),
  // clown emoji aimed at the quality control team: insult
  c(
    'r41z-68',
    'en',
    `Say hi to your quality control team 🤡. The dog harness buckle snapped on the first walk, 4 Feb; there's a photo of it in the attachments. Replace it with one that has a metal buckle.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // transliterated Russian, calm: offers to send the pump back
  c(
    'r41z-69',
    'ru',
    `Zdravstvujte. Otvechayu na vash vopros: da, gotova vernut' nasos obratno. Nasos dlya bassejna ne kachaet vodu, motor gudit, a kryl'chatka ne krutitsya — proverila pri pervom zapuske 3 iyulya, video prilozheno. Prishlite adres dlya vozvrata.`,
    'video',
    [],
    'return',
  ),
  // followers told where the manager lives: threat dressed as publicity
  c(
    'r41z-70',
    'en',
    `I'd think very carefully before closing this again. 80,000 people follow my channel and they'd love to know where your manager lives. The hair straightener's plate came loose after the third use (bought 2 March), video attached. Refund the full price.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // reply to "does the lid fit": concrete gap, no time
  c(
    'r41z-71',
    'ru',
    `Да, крышка от той же серии, но к кастрюле плотно не прилегает — зазор около 5 мм, видео в приложении. Прошу замену крышки.`,
    'video',
    ['missing_when'],
    'exchange',
  ),
  // «ёпт» as an interjection: profanity and emotional; replacement declined, refund asked
  c(
    'r41z-72',
    'ru',
    `Ёпт, опять двадцать пять: второй раз прислали ту же рацию с отломанной антенной. Получил 22 августа, фото антенны приложил. Верните деньги, замен больше не надо.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // counter-offer in USD against the seller's 4 USD; capitals are currency codes
  c(
    'r41z-73',
    'en',
    `Counter-offer: 15 USD. Your 4 USD doesn't cover it. The left sole of the hiking boots started peeling at the toe after the second hike, on 27 September. The photo of the sole is attached.`,
    'photo',
    [],
    'partial_refund',
    15,
  ),
  // «Сколько можно??»: emotional; missing threads, exchange
  c(
    'r41z-74',
    'ru',
    `Сколько можно?? Три недели «мы проверим». Набор для вышивки: не хватает 4 цветов мулине из 28, пересчитала при распаковке 30 октября, фото раскладки ниток прикладываю. Пришлите недостающие нитки.`,
    'photo',
    ['emotional'],
    'exchange',
  ),
  // lawful escalation then "accidents happen to people who cheat": threat and accusation
  c(
    'r41z-75',
    'en',
    `I've escalated to AliExpress and my bank, all by the book. And a word of advice: accidents tend to happen to people who cheat their customers. The e-bike battery charger melted at the plug on 16 June, photos attached. Full refund.`,
    'photo',
    ['threat', 'accusation'],
    'full_refund',
  ),
  // refuses 2 €, asks 12 €; honest review as a lawful next step
  c(
    'r41z-76',
    'ru',
    `Пишу из Германии. Продавец предложил 2 €, я прошу 12 €: у куртки при первой носке 5 ноября оторвался капюшон по шву, фото во вложении. Куртку оставлю себе. Если не договоримся, оставлю честный отзыв с фото.`,
    'photo',
    [],
    'partial_refund',
    12,
  ),
  // a reply of «ок» alone: empty text
  c('r41z-77', 'ru', `ок`, 'none', ['empty_text'], 'none'),
  // "not saying you did it on purpose" takes the label back: no accusation
  c(
    'r41z-78',
    'en',
    `I'm not saying you did it on purpose, but this is the second order that arrived short. In the LEGO-compatible castle kit, bag 3 of 6 was missing when I opened the box on 1 December; the unboxing video is attached. Please send bag 3.`,
    'video',
    [],
    'exchange',
  ),
  // sarcastic praise «браво, мастера упаковки»: insult
  c(
    'r41z-79',
    'ru',
    `Браво, мастера упаковки, снимаю шляпу: хрустальная ваза в пакете без пупырки. Пришла 3 марта осколками, видео распаковки приложено. Деньги верните в полном объёме.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // long calm fourth message: firmware tried, $5 refused, chargeback as a lawful step
  c(
    'r41z-80',
    'ru',
    `Это четвёртое сообщение в споре, поэтому ещё раз с начала, коротко. Товар: автомобильный видеорегистратор, заказ от 2 февраля, получен 20 февраля. Проблема: с первого дня после установки (21 февраля) ночная запись идёт с сильной засветкой, номера машин не читаются, это видно на приложенном видео. Вы предлагали перепрошивку — сделал её 5 марта по вашей инструкции, ничего не изменилось. Вы предлагали 5 долларов — отказываюсь. Прошу полный возврат. Если спор закроют без него, подам заявку на возврат платежа через банк (chargeback), это законная процедура.`,
    'video',
    [],
    'full_refund',
  ),
];
