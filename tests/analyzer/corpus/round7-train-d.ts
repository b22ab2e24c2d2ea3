import { labelled as c, type CorpusCase } from './types';

/**
 * Round seven, set D: written by an independent hand (a linguist's collection of online conflict speech). Weighted
 * toward hostility hidden in one sentence of an otherwise complete, polite text; innocent texts with strong but lawful
 * language or rude-looking roots; vague versus concrete problems; accusations and emotion; then disguised mat,
 * proverbs used as threats or insults, hostile questions, request nuances, promised files and empty texts.
 *
 * Labelling decisions (besides those of round five, which this set follows):
 * - A file attached to the form never replaces evidence named in the text; every "complete" text names its evidence.
 * - A receipt date alone is avoided as the only time; texts give a discovery moment (при распаковке, on unboxing).
 * - A proverb or idiom is labelled by what it does: ominous menace («мир тесен, а я злопамятный», "karma has my
 *   address and I have yours") is `threat`; a proverb that calls the staff fools is `insult`.
 * - A label of honesty asked as a question («Это что, развод??», «Как вы спите по ночам, продавая подделки…») is
 *   still an `accusation`.
 * - A question about the reader's literacy or brains («или в школе физику прогуливали?», "above your pay grade?")
 *   is condescension, `insult`.
 */
export const ROUND7_TRAIN_D: CorpusCase[] = [
  // ===== A. Hostility hidden in one sentence of a long polite text (20) =====

  // Condescension in one sentence ("объясню медленно") of a complete exchange request: insult only.
  c(
    'r7d-01',
    'ru',
    `Здравствуйте. Заказывала настольную лампу с тёплым светом 3000K, а пришла с холодным белым — сравнила с лампой в соседней комнате в день получения, 12 апреля, разница видна сразу. Фото обеих ламп рядом прикрепила. Объясню медленно, раз с первого раза на складе не поняли: тёплый — это жёлтый, холодный — это синеватый. Прошу обмен на правильную модель, обратную отправку могу оплатить сама, если нужно.`,
    'photo',
    ['insult'],
    'exchange',
  ),

  // Veiled threat: a cousin "may drop by the warehouse to discuss sizes in person". Offers to send back: return.
  c(
    'r7d-02',
    'ru',
    `Добрый день. Куртка размера XL пришла с длиной рукава 58 см вместо заявленных 64, мерила в день получения, 3 марта, фото с сантиметром во вложении. Прошу вернуть полную стоимость, куртку готов отправить обратно. Кстати, мой двоюродный брат часто бывает в Гуанчжоу по работе, может заглянуть к вам на склад и обсудить размеры лично. Надеюсь, до этого не дойдёт.`,
    'photo',
    ['threat'],
    'return',
  ),

  // Sarcastic praise of the seller's quality control ("Браво, мастера…") in the middle: insult.
  c(
    'r7d-03v',
    'ru',
    `Здравствуйте! Пишу по заказу с кофемолкой. При первом же включении, 20 мая, ножи провернулись пару секунд и встали, мотор гудит, но не крутит — видео прикладываю. Браво, мастера контроля качества, такой товар надо было ещё постараться отправить. Прошу полный возврат средств.`,
    'video',
    ['insult'],
    'full_refund',
  ),

  // Doxxing threat (publishing the seller's personal page and address) inside a polite partial-refund request.
  c(
    'r7d-04',
    'ru',
    `Уважаемый продавец, в наборе отвёрток должно быть 32 биты, а в кейсе 24, пустые гнёзда видно на фото, пересчитала при распаковке. Прошу частичный возврат 400 рублей за недостающие биты. Я нашла вашу личную страницу во ВКонтакте и домашний адрес, так что если не договоримся, эти данные увидят все мои подписчики. Спасибо за понимание.`,
    'photo',
    ['threat'],
    'partial_refund',
    400,
  ),

  // Long rambling polite text; one sentence calls the warehouse staff "растяпы" (everyday word as name-calling).
  c(
    'r7d-05',
    'ru',
    `Добрый вечер. Заказывал два комплекта постельного белья, евро размер, покупал родителям на годовщину, долго выбирал, читал отзывы, вроде всё было хорошо. Оба комплекта пришли полуторные: простыня 150 на 215 вместо 200 на 220, измерял рулеткой сразу после получения, 8 февраля, вместе с отцом. Фото с рулеткой и этикеткой приложил. Понимаю, ошибки бывают у всех, но у вас на складе, видимо, одни растяпы работают. Годовщина уже прошла, подарили что было, но бельё на их кровать не налезает. Прошу заменить оба комплекта на евро.`,
    'photo',
    ['insult'],
    'exchange',
  ),

  // Ominous polite menace ("не все вокруг меня такие же терпеливые"); tracking number is the evidence, no file needed.
  c(
    'r7d-06',
    'ru',
    `Здравствуйте. Посылка с трек-номером LP00512345678CN не пришла: оплатил 2 января, прошло 58 дней, отслеживание стоит на «Прибыла на сортировочный центр» с 14 января. Прошу вернуть деньги. Очень рекомендую решить вопрос мирно — я человек спокойный, но не все вокруг меня такие же терпеливые.`,
    'none',
    ['threat'],
    'full_refund',
  ),

  // Masked mat as a plain noun about the item ("полная х*йня") in a polite text: profanity only (not an interjection).
  c(
    'r7d-07',
    'ru',
    `Здравствуйте, по заказу с рюкзаком: на второй день носки оторвалась левая лямка, нитки просто вылезли из шва, фото приложила. Рюкзак за такие деньги — это, извините, полная х*йня. Прошу вернуть деньги, рюкзак могу отправить обратно за свой счёт.`,
    'photo',
    ['profanity'],
    'return',
  ),

  // Hostile question about the reader's schooling, hidden between measurements and the request: insult.
  c(
    'r7d-08',
    'ru',
    `Добрый день. Зарядное устройство на 65 Вт выдаёт максимум 18 Вт — проверил USB-тестером в первый же вечер, 9 октября, ноутбук пишет «медленная зарядка». Скриншот и фото тестера прикладываю. Вы сами-то понимаете разницу между ваттами и вольтами, или в школе физику прогуливали? Прошу полный возврат.`,
    'photo',
    ['insult'],
    'full_refund',
  ),

  // Idiom as a veiled threat ("земля круглая, а Гуанчжоу не такой большой") after a complete exchange request.
  c(
    'r7d-09',
    'ru',
    `Здравствуйте. Пришёл чехол для iPhone 13, а телефон у меня 13 Pro — отверстие под камеру не совпадает, проверила сразу при распаковке, фото приложено. В заказе была выбрана модель 13 Pro, скриншот заказа тоже прикладываю. Прошу отправить правильный чехол. И помните: земля круглая, а Гуанчжоу не такой уж большой город.`,
    'photo',
    ['threat'],
    'exchange',
  ),

  // "Обалдуи на упаковке" — ordinary word calling staff names: insult. Measured shortfall, partial 250.
  c(
    'r7d-10v',
    'ru',
    `Здравствуйте. Заказывала гирлянду на 10 метров, на катушке оказалось 6,5 м — размотала и измерила в тот же день, 23 декабря, видео приложено. Обалдуи на упаковке даже метраж на этикетке не сверили. Прошу частичный возврат — 250 рублей.`,
    'video',
    ['insult'],
    'partial_refund',
    250,
  ),

  // Threat through family ("знаю, в каком городе живёт ваша семья, и у меня там знакомые").
  c(
    'r7d-11v',
    'ru',
    `Добрый день! Детский самокат пришёл с треснувшей декой: трещина 7 см вдоль левого края, заметили при сборке 5 июня, фото и видео во вложении. Прошу заменить деку или весь самокат на новый. Я, кстати, знаю, в каком городе живёт ваша семья, и у меня там есть хорошие знакомые. Надеюсь на быстрый ответ.`,
    'video',
    ['threat'],
    'exchange',
  ),

  // «повторю для первоклассника» — condescension about intelligence: insult.
  c(
    'r7d-12',
    'ru',
    `Здравствуйте. Вы ответили, что «товар соответствует», поэтому повторю для первоклассника: в описании — нержавеющая сталь, а на лезвиях ножей через неделю мытья появились рыжие пятна ржавчины. Фото пятен приложила. Прошу вернуть деньги полностью.`,
    'photo',
    ['insult'],
    'full_refund',
  ),

  // Native English; "the two brain cells they share" buried in the middle: insult.
  c(
    'r7d-13',
    'en',
    `Hi there, I ordered the 2-pack of silicone baking mats (40x30 cm) and received only one, in a smaller 30x20 size. I measured it the day it arrived, on 11 July, and the photo with the tape measure is attached. I'm sure whoever packed this was doing their absolute best with the two brain cells they share. Please send the correct pair.`,
    'photo',
    ['insult'],
    'exchange',
  ),

  // Non-native English; a cousin who "know where your warehouse is" may "come and discuss": veiled threat.
  c(
    'r7d-14',
    'en',
    `Hello, dear seller. The phone holder for car broke on third day, the clamp arm snapped at the plastic hinge when I was putting phone, photo is attached. I ask full refund please. My cousin works in logistic in Shenzhen and he know where your warehouse is, maybe he can come and discuss with you personally. I hope we solve this nice way.`,
    'photo',
    ['threat'],
    'full_refund',
  ),

  // Hostile question ("above your pay grade?") in a measured, complete partial-refund request: insult.
  c(
    'r7d-15v',
    'en',
    `Good afternoon. The LED strip I received is 3 m long instead of the 5 m I paid for — I unrolled and measured it right after unboxing on 2 March, video attached. Does anyone at your shop actually know how to read a tape measure, or is that above your pay grade? I'd like a partial refund of $6 for the missing length.`,
    'video',
    ['insult'],
    'partial_refund',
    6,
  ),

  // Doxxing menace: the seller's home address "the local buyers' groups would love to see": threat.
  c(
    'r7d-16',
    'en',
    `Hi, the wool socks (size 39-42) shrank to children's size after the first wash at 30 degrees, exactly as the label says to wash them — photo next to a new pair attached. I'm asking for a full refund. By the way, your company registration lists your home address, and I'm sure the local buyers' groups would love to see it. Thanks in advance.`,
    'photo',
    ['threat'],
    'full_refund',
  ),

  // Sarcastic praise of the packing ("truly the work of geniuses"), no swear word: insult.
  c(
    'r7d-17',
    'en',
    `Hello. My order was a set of 6 wine glasses; 4 of them arrived in pieces, I found the broken glass when opening the box at the post office on 17 November, photos attached. Wow, packing glass in one thin plastic bag — truly the work of geniuses. I would like a partial refund of 18 dollars for the four broken glasses.`,
    'photo',
    ['insult'],
    'partial_refund',
    18,
  ),

  // Proverb turned into a threat ("it will come to your door").
  c(
    'r7d-18v',
    'en',
    `Dear seller, the drone's left rear motor stops spinning mid-flight; it started on the second flight, 6 August, and the drone fell into a tree — video attached. Please refund the full amount. What goes around comes around, and in your case it will come right to your door.`,
    'video',
    ['threat'],
    'full_refund',
  ),

  // Non-native English; support called "a circus of clowns": insult. Offers to return the speaker.
  c(
    'r7d-19v',
    'en',
    `Hello, I write about the bluetooth speaker. Right after charging first time (12 September) it makes loud crackle on any volume over 50%, I attach video. Your support answered me three times with copy-paste text, it is like talking with a circus of clowns. I want to return speaker and get my money back.`,
    'video',
    ['insult'],
    'return',
  ),

  // Polite ominous menace ("I never forget a face or an address"): threat.
  c(
    'r7d-20',
    'en',
    `Hi! The hair clipper arrived with the blade guard missing, I noticed it when unpacking on 4 January, photo attached. I would appreciate an exchange for a complete set. I'd hate for this to become personal — people who know me say I never forget a face or an address.`,
    'photo',
    ['threat'],
    'exchange',
  ),

  // ===== B. Innocent: strong but lawful language, rude-looking roots, reported speech, negations (16) =====

  // Lawful steps stated firmly (Роспотребнадзор, bank chargeback): not a threat. Ready.
  c(
    'r7d-21v',
    'ru',
    `Здравствуйте. Наушники пришли без правого амбушюра — обнаружил при распаковке 15 апреля, видео распаковки приложено. Прошу вернуть полную стоимость. Если в течение 5 дней вопрос не решится, я подам жалобу в Роспотребнадзор и оспорю платёж через банк.`,
    'video',
    [],
    'full_refund',
  ),

  // "потребляет" contains a rude-looking sequence; an ordinary word. Measured mismatch, partial 1500. Ready.
  c(
    'r7d-22',
    'ru',
    `Добрый день. Обогреватель заявлен на 2000 Вт, а по ваттметру потребляет 1100 Вт на максимальном режиме — измерил в первый день, 10 ноября, фото ваттметра прилагаю. Прошу частичный возврат 1500 рублей.`,
    'photo',
    [],
    'partial_refund',
    1500,
  ),

  // "корабля" (contains «бля») and the city Хуэйчжоу: innocent look-alikes. Missing parts, partial 300. Ready.
  c(
    'r7d-23',
    'ru',
    `Здравствуйте. Модель корабля из дерева пришла без двух мачт из комплекта — в описании их три, в коробке одна, проверил при распаковке 2 сентября, фото содержимого приложил. Посылка шла со склада в Хуэйчжоу почти месяц, это не претензия, просто к сведению. Прошу вернуть 300 рублей за недостающие мачты.`,
    'photo',
    [],
    'partial_refund',
    300,
  ),

  // Seller's insult quoted as evidence (reported speech «криворукая»): not the buyer's insult. Ready.
  c(
    'r7d-24v',
    'ru',
    `Добрый день. Термокружка протекает через крышку — при наклоне течёт по стенке, заметила в первый день использования, 18 января, видео приложено. На мой вопрос продавец в чате ответил: «Вы просто криворукая, закрывайте нормально» — скриншот переписки тоже есть. Прошу полный возврат.`,
    'video',
    [],
    'full_refund',
  ),

  // Negated accusation («не думаю, что вы сделали это специально»): no accusation. Ready.
  c(
    'r7d-25',
    'ru',
    `Здравствуйте. Вместо чёрной толстовки пришла тёмно-синяя, при дневном свете это хорошо видно, сравнила с фото в карточке сразу после получения, 7 октября. Фото приложила. Я не думаю, что вы сделали это специально, скорее перепутали на складе. Прошу обмен на чёрную того же размера.`,
    'photo',
    [],
    'exchange',
  ),

  // Irony about the result without praise of the person («Ну спасибо, порадовали»), per r2e-05: not rude. Ready.
  c(
    'r7d-26v',
    'ru',
    `Ну спасибо, порадовали: вместо набора из 12 кистей для рисования в пакете лежала одна кисть и резинка для волос. Обнаружила при вскрытии на почте 25 февраля, видео вскрытия приложено. Прошу вернуть деньги полностью.`,
    'video',
    [],
    'full_refund',
  ),

  // Long, firm text with "Требую" and a court: lawful, not a threat. Ready.
  c(
    'r7d-27v',
    'ru',
    `Добрый день. Робот-пылесос перестал заряжаться на базе через 12 дней после получения: индикатор мигает красным, контакты я протёр спиртом, базу переставлял в другую розетку, ничего не меняется. Видео приложено. Требую вернуть полную стоимость. Если продавец откажет, я передам дело в суд и приложу всю переписку — это моё законное право как покупателя.`,
    'video',
    [],
    'full_refund',
  ),

  // Harsh judgement of the product only («хлам»), with a concrete symptom: not rude. Ready.
  c(
    'r7d-28',
    'ru',
    `Здравствуйте. Этот фен — хлам: через неделю использования пластик корпуса возле решётки оплавился и запахло горелым. Фото оплавленного корпуса прикладываю. Прошу вернуть деньги.`,
    'photo',
    [],
    'full_refund',
  ),

  // "бляха" (belt buckle) contains «бля»: innocent word. Ready.
  c(
    'r7d-29',
    'ru',
    `Добрый день. На ремне отвалилась бляха: крепёжный штифт выпал на третий день носки, 14 мая, фото ремня и бляхи отдельно приложено. Прошу заменить ремень на новый.`,
    'photo',
    [],
    'exchange',
  ),

  // "колебаниях" contains a rude-looking sequence; firm return request. Ready.
  c(
    'r7d-30v',
    'ru',
    `Здравствуйте. Стабилизатор не держит напряжение: при колебаниях в сети на выходе скачет от 190 до 250 вольт, измерял мультиметром 3 и 4 августа, видео замеров приложил. Прошу вернуть деньги, стабилизатор готов отправить обратно за ваш счёт.`,
    'video',
    [],
    'return',
  ),

  // Chargeback and consumer protection: lawful steps. Tracking number is the evidence. Ready.
  c(
    'r7d-31',
    'en',
    `Hello. The parcel (tracking RB123456789CN) has not arrived: I paid on 3 May and the estimated delivery date of 20 June has passed, tracking shows no update since 28 May. Please issue a full refund. If this is not resolved within the dispute, I will file a chargeback with my bank and report the listing to consumer protection.`,
    'none',
    [],
    'full_refund',
  ),

  // "Shih Tzu": a dog breed with a rude-looking spelling. Ready.
  c(
    'r7d-32',
    'en',
    `Hi, I ordered the harness for my Shih Tzu in size S, but the chest strap only reaches 28 cm, while the listing says 35-45 cm. I measured it when it arrived on Tuesday, 9 April — photo with the tape attached. Could you send the correct size please?`,
    'photo',
    [],
    'exchange',
  ),

  // British buyer: "cocktail" and "Scunthorpe" (classic false positives). Partial £5. Ready.
  c(
    'r7d-33',
    'en',
    `Hello, the cocktail shaker set arrived at my address in Scunthorpe missing the strainer lid — the box had only the tin and the jigger when I opened it on 30 October. Unboxing photo attached. Please give me a partial refund of £5 for the missing lid.`,
    'photo',
    [],
    'partial_refund',
    5,
  ),

  // Non-native; seller's insult quoted as evidence ("replied 'you are stupid'"): reported speech. Ready.
  c(
    'r7d-34v',
    'en',
    `Hello, the electric kettle switch itself off after 20 seconds, before the water boils; this happen from first use on 8 March, video attached. When I asked about it, the seller replied 'you are stupid, read manual' — I have the chat screenshot. I am requesting a full refund.`,
    'video',
    [],
    'full_refund',
  ),

  // Escalation and an honest review, stated firmly: lawful. Ready.
  c(
    'r7d-35',
    'en',
    `Good morning. The wallet sold as genuine leather peels like paper at the edges after two weeks — the top layer came off in strips, photos attached. I expect a full refund. If the dispute is closed without one, I'll escalate to AliExpress support and leave an honest review with the photos so other buyers know.`,
    'photo',
    [],
    'full_refund',
  ),

  // "shitake" spelling (food name) and a negated intent; "the difference of $7" has a sum. Ready.
  c(
    'r7d-36',
    'en',
    `Hello, I ordered 500 g of dried shitake mushrooms and the bag weighs 230 g on my kitchen scale — I weighed it the same evening it arrived, 14 December, photo of the scale attached. I'm not saying it was done on purpose, probably a packing error. Please refund the difference of $7.`,
    'photo',
    [],
    'partial_refund',
    7,
  ),

  // ===== C. Vague versus concrete problems; missing when or evidence (14) =====

  // Vague "не соответствует описанию" only: missing_what.
  c(
    'r7d-37',
    'ru',
    `Здравствуйте. Товар не соответствует описанию, обнаружила при распаковке 10 марта, фото прикладываю. Прошу вернуть деньги.`,
    'photo',
    ['missing_what'],
    'full_refund',
  ),

  // Concrete in unusual words (a measured drift of a watch, minus 4 minutes a day). Ready.
  c(
    'r7d-38',
    'ru',
    `Добрый день. Часы отстают: за сутки набегает минус 4 минуты, сверял с телефоном три дня подряд после получения, с 1 по 3 апреля. Фото циферблата рядом с экраном телефона приложены. Прошу замену.`,
    'photo',
    [],
    'exchange',
  ),

  // "брак" with no time: missing_what, missing_when; 6 words: too_short.
  c(
    'r7d-39',
    'ru',
    `Пришёл брак. Фото приложил, верните деньги.`,
    'photo',
    ['missing_what', 'missing_when', 'too_short'],
    'full_refund',
  ),

  // Concrete capacity mismatch but no time or discovery circumstance: missing_when.
  c(
    'r7d-40',
    'ru',
    `У пауэрбанка заявлено 20000 мАч, а реальная ёмкость около 6500 мАч. Фото коробки и экрана прикладываю. Прошу частичный возврат 900 рублей.`,
    'photo',
    ['missing_when'],
    'partial_refund',
    900,
  ),

  // Concrete symptom and date, but no evidence named and no file: missing_evidence.
  c(
    'r7d-41',
    'ru',
    `Добрый день. Пылесос не всасывает: щётка крутится, мотор работает, но мусор остаётся на полу; началось на пятый день, 16 марта. Прошу замену на исправный.`,
    'none',
    ['missing_evidence'],
    'exchange',
  ),

  // Non-receipt with elapsed time and a tracking screenshot. Ready.
  c(
    'r7d-42',
    'ru',
    `Здравствуйте. Посылку так и не получил, хотя оплатил 50 дней назад; в отслеживании последний статус «Передано перевозчику» от 12 мая. Скриншот отслеживания приложил. Прошу полный возврат.`,
    'photo',
    [],
    'full_refund',
  ),

  // Vague "плохое качество" and no request: missing_what, missing_resolution.
  c(
    'r7d-43',
    'ru',
    `Качество очень плохое, совсем не как на картинке. Заметила сразу, как открыла пакет, фото приложила.`,
    'photo',
    ['missing_what', 'missing_resolution'],
    'none',
  ),

  // Bare "не работает", no part or symptom: missing_what.
  c(
    'r7d-44v',
    'ru',
    `Здравствуйте, электрическая зубная щётка не работает, проверила в день получения, 22 сентября. Видео прилагаю. Прошу вернуть деньги.`,
    'video',
    ['missing_what'],
    'full_refund',
  ),

  // Concrete symptom in unusual words (a chemical smell that gave a headache) but no evidence: missing_evidence.
  c(
    'r7d-45',
    'ru',
    `Добрый день. Резиновый коврик для йоги так пахнет химией, что после первой тренировки 2 июля у меня разболелась голова, и запах не выветрился за неделю на балконе. Прошу вернуть деньги, коврик могу отправить назад.`,
    'none',
    ['missing_evidence'],
    'return',
  ),

  // Vague "defective": missing_what only.
  c(
    'r7d-46',
    'en',
    `Item is defective, noticed it when opening the box on May 2. Photos attached. Please refund.`,
    'photo',
    ['missing_what'],
    'full_refund',
  ),

  // Concrete unusual symptom (left earbud delayed half a second). Ready.
  c(
    'r7d-47v',
    'en',
    `Hello, the left earbud's sound is delayed by about half a second compared to the right — it's obvious when watching videos, I noticed it the first evening (21 Jan). I recorded a video showing it. Please exchange for a working pair.`,
    'video',
    [],
    'exchange',
  ),

  // Non-native; vague "not as described", no evidence: missing_what, missing_evidence.
  c(
    'r7d-48',
    'en',
    `Hello seller, the dress is not as described, I saw it when I opened package yesterday. I want return it and get refund.`,
    'none',
    ['missing_what', 'missing_evidence'],
    'return',
  ),

  // Concrete non-receipt with tracking number but no time: missing_when.
  c(
    'r7d-49',
    'en',
    `My order never arrived. The tracking number LX123456785CN shows it was delivered to a parcel locker I have never used. Please refund me.`,
    'none',
    ['missing_when'],
    'full_refund',
  ),

  // Vague "poor quality" and a partial refund with no sum: missing_what, partial_without_amount.
  c(
    'r7d-50',
    'en',
    `Opened it on 5 August and honestly it's poor quality, nothing like the photos in the listing. Pictures attached. I'd accept a partial refund.`,
    'photo',
    ['missing_what', 'partial_without_amount'],
    'partial_refund',
    null,
  ),

  // ===== D. Accusations and emotion (12) =====

  // Fraud label next to facts ("Вы мошенники"): accusation even with facts. Partial 1240.
  c(
    'r7d-51',
    'ru',
    `Здравствуйте. Заказала 3 флакона сыворотки, пришёл 1, вес посылки по накладной 0,1 кг вместо 0,35 — фото накладной и содержимого прилагаю, вскрывала 19 апреля. Вы мошенники, и это не первый такой случай. Прошу вернуть деньги за два флакона — 1240 рублей.`,
    'photo',
    ['accusation'],
    'partial_refund',
    1240,
  ),

  // CAPS + «в шоке» + !!!: emotional only.
  c(
    'r7d-52',
    'ru',
    `Я В ШОКЕ!!! Заказывала платье 46 размера, а пришло детское — длина 70 см вместо 105, померила сразу при получении 3 июня, фото с сантиметром прилагаю. Верните деньги!!!`,
    'photo',
    ['emotional'],
    'full_refund',
  ),

  // Sarcasm about honesty (scare quotes «случайно»): accusation.
  c(
    'r7d-53',
    'ru',
    `Добрый день. Уже второй раз приходит не тот цвет — вместо бежевого серый, распаковала 11 ноября, фото обоих заказов прилагаю. Ну конечно, опять «случайно» перепутали. Прошу заменить на бежевый.`,
    'photo',
    ['accusation'],
    'exchange',
  ),

  // Affect word «обидно» and a crying emoji: emotional.
  c(
    'r7d-54',
    'ru',
    `Очень обидно, ждала эту шкатулку в подарок маме: у неё сломана петля, крышка просто отваливается — увидела при распаковке 28 февраля. Фото прикладываю. Прошу вернуть деньги 😢`,
    'photo',
    ['emotional'],
    'full_refund',
  ),

  // Label asked as a question with ?? («Это что, развод??»): accusation and emotional. Partial 700.
  c(
    'r7d-55v',
    'ru',
    `Это что, развод?? Наушники пришли без зарядного кейса, в коробке только сами наушники и кабель, распаковывала на камеру 6 мая, видео прилагаю. Верните 700 рублей за кейс.`,
    'video',
    ['accusation', 'emotional'],
    'partial_refund',
    700,
  ),

  // Generalised accusation («все продавцы здесь такие») and no evidence.
  c(
    'r7d-56',
    'ru',
    `Все продавцы здесь такие, лишь бы впарить. Лампа в ночнике мигает каждые пару секунд с первого дня, 2 апреля. Прошу вернуть деньги.`,
    'none',
    ['accusation', 'missing_evidence'],
    'full_refund',
  ),

  // «Я в бешенстве» (affect); non-receipt stuck at customs with dates and a tracking number: emotional only.
  c(
    'r7d-57',
    'ru',
    `Я в бешенстве. Третий раз пишу, а вы отвечаете шаблоном. Посылка LB987654321CN с 20 марта лежит на таможне, сегодня уже 2 мая. Верните деньги.`,
    'none',
    ['emotional'],
    'full_refund',
  ),

  // "You are scammers" with H2testw facts: accusation.
  c(
    'r7d-58',
    'en',
    `You are scammers. I paid for a 256 GB memory card and H2testw shows only 31 GB of real capacity, tested on the day it arrived, 9 September. Screenshot attached. Full refund please.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),

  // CAPS words and "ridiculous": emotional. Tracking named, elapsed time given.
  c(
    'r7d-59',
    'en',
    `This is RIDICULOUS. THREE WEEKS and the tracking still says "label created". I ordered on 1 March. Refund me now.`,
    'none',
    ['emotional'],
    'full_refund',
  ),

  // Sarcasm about honesty (scare-quoted "mistake", "what great honesty"): accusation.
  c(
    'r7d-60',
    'en',
    `Hi, the phone case I got is for Samsung A52 instead of the A53 I ordered; the camera hole doesn't line up, noticed when fitting it on 13 June, photo attached. Another "mistake", what great honesty. Send me the correct case please.`,
    'photo',
    ['accusation'],
    'exchange',
  ),

  // Non-native; "very disappointed" and "on purpose": emotional and accusation. Partial 3.
  c(
    'r7d-61',
    'en',
    `I am very disappointed. You sent me 5 pieces instead of 10 pieces of hooks, I counted when open package 22/10, photo attached. I think you do this on purpose to save money. Please refund for 5 missing, 3 dollars.`,
    'photo',
    ['emotional', 'accusation'],
    'partial_refund',
    3,
  ),

  // ??? and an angry emoji: emotional.
  c(
    'r7d-62',
    'en',
    `Where is my parcel??? 😡 Ordered on 2 January, it's now 15 February and the tracking hasn't moved since 10 January. Please refund.`,
    'none',
    ['emotional'],
    'full_refund',
  ),

  // ===== E. Disguised mat =====

  // Latin "y" inside «хyйня» (noun about the item): profanity.
  c(
    'r7d-63v',
    'ru',
    `Здравствуйте, посылку вскрыла 4 марта — внутри вместо блендера какая-то хyйня из пластика, похожая на сито. Видео прилагаю. Верните деньги.`,
    'video',
    ['profanity'],
    'full_refund',
  ),

  // Digit for a letter («Ё6аный») as an intensifier: profanity and emotional.
  c(
    'r7d-64',
    'ru',
    `Ё6аный провод отвалился от вилки на второй день, 17 июля, фото прикладываю, прошу замену зарядки.`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),

  // Dropped vowels («Пздц») as an interjection: profanity and emotional.
  c(
    'r7d-65',
    'ru',
    `Пздц, а не доставка: посылка RA123456789CN идёт уже 73 дня, статус не меняется с 1 августа. Верните деньги.`,
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),

  // Minced «нах» as an intensifier inside a question about sanity: profanity, insult, emotional.
  c(
    'r7d-66',
    'ru',
    `Вы там на складе совсем нах с ума посходили? Куртка пришла без бегунка на молнии, заметила при примерке 10 ноября, фото прилагаю. Верните деньги.`,
    'photo',
    ['profanity', 'insult', 'emotional'],
    'full_refund',
  ),

  // English minced "fvck" as an interjection: profanity and emotional.
  c(
    'r7d-67',
    'en',
    `What the fvck is this? The tent pole snapped on first setup, 3 June, photo attached. Refund please.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),

  // Masked "a$$holes" calling the staff names: profanity and insult.
  c(
    'r7d-68v',
    'en',
    `Your support team are a bunch of a$$holes. The vacuum's battery dies after 4 minutes instead of 40, from the first charge on 5 April; video attached. I want my money back.`,
    'video',
    ['profanity', 'insult'],
    'full_refund',
  ),

  // ===== E. Proverbs and idioms as threats or insults =====

  // «Мир тесен, а я человек злопамятный» — ominous menace: threat.
  c(
    'r7d-69v',
    'ru',
    `Мир тесен, а я человек злопамятный. Часы пришли с разбитым стеклом, увидел при вскрытии на почте 8 августа, видео вскрытия во вложении. Верните деньги.`,
    'video',
    ['threat'],
    'full_refund',
  ),

  // Proverb calling the packer a fool («Заставь дурака Богу молиться…»): insult.
  c(
    'r7d-70',
    'ru',
    `Заставь дурака Богу молиться — он и лоб расшибёт: ваш упаковщик положил стеклянную вазу на дно коробки под гантели. Трещина через всё горлышко, увидела при распаковке 2 декабря, фото прилагаю. Прошу вернуть деньги.`,
    'photo',
    ['insult'],
    'full_refund',
  ),

  // One-liner (7 words): "I have your address and phone" — threat; nothing else present.
  c(
    'r7d-71',
    'ru',
    `Ваш адрес и телефон у меня есть.`,
    'none',
    ['threat', 'too_short', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),

  // "Karma has my address and I have yours": threat.
  c(
    'r7d-72',
    'en',
    `Remember, karma has my address and I have yours. The screen protector cracked from corner to corner while I was applying it on 2 May, photo attached. Full refund please.`,
    'photo',
    ['threat'],
    'full_refund',
  ),

  // Idiom "lights are on but nobody's home" aimed at customer service: insult.
  c(
    'r7d-73v',
    'en',
    `The lights are on but nobody's home at your customer service, clearly. The jacket zipper split open the second time I wore it, 19 October — video attached. I'd like a replacement jacket.`,
    'video',
    ['insult'],
    'exchange',
  ),

  // ===== E. Hostility hidden in questions =====

  // Question mocking literacy and family («или это у вас семейное?»): insult. Missing part sent = exchange.
  c(
    'r7d-74',
    'ru',
    `Вам в школе читать не объясняли или это у вас семейное? Третий раз пишу: у кресла сломано колёсико — ось лопнула на третий день, 5 сентября, фото прилагала и прилагаю снова. Прошу прислать новое колёсико.`,
    'photo',
    ['insult'],
    'exchange',
  ),

  // Question announcing a personal visit "не по-хорошему": threat.
  c(
    'r7d-75v',
    'ru',
    `Как думаете, ваш директор обрадуется, если я приеду к вам в офис в Иу и поговорю с ним лично, не по-хорошему? Моющий пылесос протекает снизу: лужа после каждой уборки с первого дня, 14 июня, видео прилагаю. Верните деньги.`,
    'video',
    ['threat'],
    'full_refund',
  ),

  // Question labelling the seller a counterfeiter («продавая подделки»): accusation.
  c(
    'r7d-76',
    'ru',
    `Как вы спите по ночам, продавая подделки под видом оригинала? Кроссовки: логотип на язычке приклеен, а не вышит, шов на пятке кривой — сравнила с оригиналом в магазине 1 марта, фото обеих пар прилагаю. Прошу вернуть деньги.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),

  // "Is there a single person … with a working brain?": insult.
  c(
    'r7d-77',
    'en',
    `Is there a single person at your company with a working brain? The kettle lid won't stay closed because the latch spring is missing, I saw it when unboxing on 26 February. Photo attached. Send a new lid or a new kettle.`,
    'photo',
    ['insult'],
    'exchange',
  ),

  // ===== E. Request nuances =====

  // Declined refund («Деньги возвращать не нужно»), asks for the missing glove: exchange. Ready.
  c(
    'r7d-78',
    'ru',
    `Здравствуйте. Деньги возвращать не нужно, просто пришлите вторую перчатку: в пакете оказались две левые, обнаружила при примерке 12 января, фото приложила.`,
    'photo',
    [],
    'exchange',
  ),

  // Sum in words («двести рублей»): partial 200. Ready.
  c(
    'r7d-79',
    'ru',
    `Добрый день. В наборе контейнеров не хватает двух крышек из шести, пересчитала при распаковке 9 мая, фото прилагаю. Прошу компенсировать двести рублей.`,
    'photo',
    [],
    'partial_refund',
    200,
  ),

  // «на ваше усмотрение»: partial with no sum.
  c(
    'r7d-80',
    'ru',
    `Здравствуйте. Светильник пришёл с отколотым углом плафона — скол около сантиметра, увидела при распаковке 30 июня, фото прикладываю. Пользоваться можно, поэтому прошу частичный возврат на ваше усмотрение.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),

  // "half the price": partial with no sum.
  c(
    'r7d-81',
    'en',
    `Hello, one of the two pairs of socks had a hole in the heel straight out of the pack, I noticed it when taking them out on 3 April, photo attached. Please refund half the price.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),

  // "€6,50" with a decimal comma: partial 6.5. Ready.
  c(
    'r7d-82',
    'en',
    `Hi, the cable is 1 m long, not 2 m as ordered — measured it on arrival, 7 November, photo attached. Please refund €6,50, the price difference between the two lengths.`,
    'photo',
    [],
    'partial_refund',
    6.5,
  ),

  // Indian English, "the difference amount" without a sum: partial_without_amount.
  c(
    'r7d-83',
    'en',
    `Dear sir, I paid for the 128 GB version but the tablet is showing 64 GB in settings, checked right after setup on 18 August; screenshot attached. Kindly refund the difference amount at the earliest.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),

  // ===== E. Files promised in the text, none attached =====

  // «Фото прикладываю», no file: evidence_not_attached.
  c(
    'r7d-84',
    'ru',
    `Здравствуйте. Шапка после первой стирки 1 декабря села на два размера: обхват был 56 см, стал 50. Фото прикладываю. Прошу вернуть деньги.`,
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),

  // «На видео видно», no file: evidence_not_attached.
  c(
    'r7d-85',
    'ru',
    `Добрый день! На видео видно, что у миксера не вращается одна насадка — шестерёнка проскальзывает. Заметила при первом включении 4 октября. Прошу заменить миксер.`,
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),

  // Non-native "I attach the photos", no file: evidence_not_attached. Partial 4.
  c(
    'r7d-86',
    'en',
    `Hello, I attach the photos: the backpack has no rain cover which is in description, I checked all pockets when received it on 12 March. Please refund 4 USD for the rain cover.`,
    'none',
    ['evidence_not_attached'],
    'partial_refund',
    4,
  ),

  // ===== E. Empty and near-empty =====

  // Nothing typed: empty_text only.
  c('r7d-87', 'ru', ``, 'none', ['empty_text'], 'none'),

  // «ок» (two letters): empty_text only.
  c('r7d-88', 'ru', `ок`, 'none', ['empty_text'], 'none'),

  // "no" (two letters): empty_text only.
  c('r7d-89', 'en', `no`, 'none', ['empty_text'], 'none'),

  // Two words, vague "Broken": too_short, missing_what, missing_when, missing_evidence.
  c(
    'r7d-90',
    'en',
    `Broken. Refund.`,
    'none',
    ['too_short', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
];
