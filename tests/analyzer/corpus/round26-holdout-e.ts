import { labelled as c, type CorpusCase } from './types';

/**
 * Round twenty-six, hold-out set E: buyers writing their second or third reply in a dispute that is already open,
 * after the seller rejected it or offered too little, quoting the seller, answering point by point, counting the days
 * left and sometimes losing patience. Written by a hand that has not read the analyzer's rules or other corpus files;
 * labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - A date that only points back to an earlier message or to the seller's reply ("as I wrote on 3 May", «отказ от
 *   9 октября»), days spent waiting for the seller's answer and the days left before the dispute closes are not a
 *   time of the problem; for a parcel not received, days waited for the parcel are.
 * - «Повторяю в третий раз», «Повторяю для службы поддержки» repeat, like «Пишу уже в третий раз»: no insult.
 *   «Объясняю в четвёртый раз, медленно, для тех, кто читает по слогам» talks down: an insult.
 * - An offer of the seller's quoted and turned down («Ваши 150 рублей…», "Your offer of $1.50") is not the request;
 *   what the buyer asks instead is.
 * - Capitals, insults, threats and fraud words inside the seller's quoted reply ("NO REFUND. NO RETURN.", «Сама дура»,
 *   «пытаюсь мошенничать», «знаем твой адрес») are the seller's: neither emotional, insulting, threatening nor an
 *   accusation by the buyer. Quoted mat stays profanity.
 * - "Photos are in the dispute" / «видео в споре» (sent in an earlier reply) names evidence; every such text has a file
 *   in the form, so none of them is labelled `evidence_not_attached`.
 * - Calling the seller's answer lies with disguised mat («ваш ответ — сплошной 3,14здёж») is profanity (a judgement,
 *   not emotional) and an accusation.
 * - «Вы, кидалы, …» addressed to the seller is a fraud label: an accusation, not an insult.
 * - Knowing the seller's home address from the return label and adding "Keep that in mind" is a threat.
 * - A refund request put as a question («Можно вернуть половину стоимости?») is a request (half: no sum);
 *   "whatever compensation you think is fair" and «компенсируйте ремонт» are partial refunds without a sum.
 * - A reshipment turned down in favour of a refund ("I'd rather have the refund than wait for a reshipment") is a full
 *   refund; offering to send the item back at the seller's cost is a return.
 * - "What the f*ck is this answer?" is profanity as an interjection: profanity and emotional.
 * - A bare «Нет.» or "No, I don't accept this." has words, so it is not `empty_text`; "No." (two letters) is.
 */
export const ROUND26_HOLDOUT_E: CorpusCase[] = [
  // Innocent: seller's rejection quoted, defect with date, video attached, full price asked.
  c(
    'r26e-01',
    'ru',
    `Повторяю то, что писала 3 мая. Хлебопечка пришла 28 апреля, при первом же запуске 1 мая тестомес не крутится: мотор гудит, лопатка стоит на месте. Продавец отклонил спор с формулировкой «покупатель неправильно собрал ведёрко». Ведёрко вставлено до щелчка, это видно на видео, которое я прикладываю повторно. Прошу вернуть полную стоимость — 6 480 рублей.`,
    'video',
    [],
    'full_refund',
  ),
  // Short refusal: no problem, no time, no evidence, no request.
  c(
    'r26e-02',
    'en',
    `No, I don't accept this.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Masked mat judging the service (no cry) and "это развод": profanity + accusation; offer declined, full price asked.
  c(
    'r26e-03',
    'ru',
    `Ваши 150 рублей за разбитый плафон можете оставить себе. Третий раз пишу: настольная лампа пришла 12.06 с треснувшим стеклянным плафоном, фото и видео распаковки прикреплены к спору с первого дня. Вы отклоняете всё подряд — это развод, а не магазин, и сервис у вас п*здец. Верните 2 390 ₽ полностью.`,
    'photo',
    ['profanity', 'accusation'],
    'full_refund',
  ),
  // Innocent: "stopcock" is plumbing; seller quoted; complete.
  c(
    'r26e-04',
    'en',
    `Replying again to your rejection. You wrote "the valve was tested before shipping", but the 15 mm brass stopcock I received on 9 May leaks at the compression nut as soon as the water is turned on; I found this the same evening while fitting it under the sink. My plumber confirmed the thread on the body is cut crooked. The photo of the thread and a video of the drip are attached again. I am not accepting a coupon. Please refund the full £18.40.`,
    'video',
    [],
    'full_refund',
  ),
  // Talks down ("для тех, кто читает по слогам"): insult; otherwise complete.
  c(
    'r26e-05',
    'ru',
    `Объясняю в четвёртый раз, медленно, для тех, кто у вас читает по слогам. Самокат детский, розовый, получен 20 июля. При первой сборке выяснилось, что стойка руля не фиксируется: защёлка сломана, руль складывается на ходу. Фото защёлки приложено. Мне нужна замена самоката на целый.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Veiled threat: director's home address found, friends who travel there.
  c(
    'r26e-06',
    'en',
    `Third message. The 100W aquarium heater arrived on 2 June and got stuck at full power on the 5th; it heated the tank to 34°C — the thermometer photo is attached. You rejected the dispute saying "customer misuse". Fine. I found your company registration, your director's name and his home address in Ningbo. I have friends who travel there for work. Refund the full $27.90 and we can all forget about this.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Innocent: «повторяю в третий раз», tracking number in the text, days waited, escalation to support.
  c(
    'r26e-07',
    'ru',
    `Повторяю в третий раз: посылка с термокружкой не пришла. Заказ оплачен 2 марта, срок доставки по гарантии истёк 17 апреля, трек RB123456785CN с 28 марта не обновляется. Вы предлагаете «подождать ещё 15 дней» — нет, я жду уже 58 дней. Если до закрытия спора (осталось 3 дня) деньги не вернутся, передам спор в поддержку AliExpress. Прошу полный возврат — 1 240 рублей.`,
    'none',
    [],
    'full_refund',
  ),
  // "sh1tty" before the item is an intensifier: profanity + emotional.
  c(
    'r26e-08',
    'en',
    `No. I'm not taking $1.50 for this. The electric kettle (1.7 L, white) switches itself off before the water boils — every time since day one, 11 March. Your reply "normal function, please descale" is useless, it's brand new. A video of it clicking off at 60 degrees is attached. Full refund or I escalate to AliExpress. I'm not changing my mind about this sh1tty kettle.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Scare quotes around «случайно»: accusation; no evidence named and no file.
  c(
    'r26e-09',
    'ru',
    `Вы уже второй раз «случайно» присылаете не тот цвет. Заказывала шторы блэкаут графитовые 150×270, 2 шт., пришли бежевые — получила 14 сентября, вскрыла прямо на почте. В прошлом ответе вы написали «ошибка склада, извините», а теперь отклоняете спор. Прошу обмен на графитовые.`,
    'none',
    ['accusation', 'missing_evidence'],
    'exchange',
  ),
  // Innocent: "shuttlecocks"; seller's $2 offer declined, sum for the missing items.
  c(
    'r26e-10',
    'en',
    `Following up on my dispute of 21 April. The tube of 12 feather shuttlecocks arrived on 18 April with only 9 inside, and three of those had snapped shafts when I opened the tube. You offered $2 and said "feathers break in transport". Broken feathers I could live with, missing ones I can't. The photo of the open tube and the packing slip saying 12 is attached. I'm asking for a partial refund of $6.50 for the six unusable shuttlecocks.`,
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // Innocent: size mismatch, discovery moment, seller quoted.
  c(
    'r26e-11',
    'ru',
    `Повторно отвечаю на ваш отказ. Чехол для гладильной доски заказан размером 130×47 см, а пришёл 110×35 — это написано на его же бирке. Обнаружила 8 августа, когда попыталась натянуть его на доску: не достаёт до краёв сантиметров на десять с каждой стороны. Вы пишете, что «чехол тянется». Он не тянется, это хлопок без резинки. Фото бирки и чехла на доске приложены. Прошу прислать чехол размера 130×47.`,
    'photo',
    [],
    'exchange',
  ),
  // "ridiculous" is an affect word: emotional only.
  c(
    'r26e-12',
    'en',
    `Honestly, this is ridiculous. Third reply. The bathroom scale shows a different weight every time I step on it — 71.2, 74.8, 69.9 kg within one minute — since the day it arrived, 6 August. Video attached, again. You offered "a replacement battery". The battery is new. Refund.`,
    'video',
    ['emotional'],
    'full_refund',
  ),
  // Innocent: the seller's «Сама дура» is quoted as evidence; buyer offers the bag back: return.
  c(
    'r26e-13',
    'ru',
    `Отвечаю на ваш отказ от 9 октября. Вы написали мне дословно: «Сама дура, читать описание надо, там всё указано». Перечитала описание ещё раз: заявлена натуральная кожа, а сумка-шопер из кожзама, на срезе видна тканевая основа, и при вскрытии посылки 2 октября был сильный запах клея. Фото среза приложены. Прошу вернуть полную стоимость, 3 870 рублей; сумку готова отправить обратно за ваш счёт.`,
    'photo',
    [],
    'return',
  ),
  // 5% offer declined; "the difference" with no sum.
  c(
    'r26e-14',
    'en',
    `I've read your offer of 5% back and I don't accept it. The hiking backpack was listed as 45 litres; it holds 30 at most — I filled it with 1-litre bottles the day it came, 3 July, and only 29 fit. Photos attached. I'll keep it, but I want the difference between a 45 L and a 30 L model refunded.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Greek chi in mat, adjective before the item: profanity + emotional; the seller's return-at-own-cost declined.
  c(
    'r26e-15',
    'ru',
    `Пишу в третий раз, сколько можно. Этот χуёвый фен для волос (2200 Вт) с 5 ноября греет только на холодном режиме, кнопка горячего воздуха не срабатывает вообще. Видео есть в споре. Ваше «отправьте фен в Китай за свой счёт» не принимаю. Верните деньги.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Mock title "Einstein": insult; otherwise complete.
  c(
    'r26e-16',
    'en',
    `Thanks, Einstein. You say the ceramic coating "can't peel after one week". It peeled after one week: I bought the frying pan on 2 February, and the first flakes were in the omelette on the 9th. Photos of the bare spots are attached, for the second time. Send a replacement pan.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Innocent: «рубля» twice; decimal comma sum for missing beads.
  c(
    'r26e-17',
    'ru',
    `Не согласна с вашим предложением вернуть 2 рубля за каждый пакетик. В наборе для вышивания бисером «Маки» (получен 11.05) не хватает двух пакетиков бисера — красного №44 и чёрного №49; обнаружила при разборе набора в тот же день. Фото содержимого и вкладыша со списком приложила. Прошу частичный возврат 184,50 рубля — цену двух недостающих пакетиков по вашему же магазину.`,
    'photo',
    [],
    'partial_refund',
    184.5,
  ),
  // "disappointed" + photos said attached with no file.
  c(
    'r26e-18',
    'en',
    `I am honestly so disappointed. Second time I'm writing this. The yoga mat smells of petrol so strongly that my whole flat stinks — ever since I unrolled it on 30 May. Your answer was "air it for 3 days"; I've aired it for 12. See the attached photos of the tag: it says TPE, while the listing said natural rubber. Refund please.`,
    'none',
    ['emotional', 'evidence_not_attached'],
    'full_refund',
  ),
  // Veiled threat: knows the warehouse, people who drop by, «не доводите до греха».
  c(
    'r26e-19',
    'ru',
    `Последний раз по-хорошему. Электрогриль пришёл 3 декабря, при первом включении из-под панели пошёл дым и выбило автомат. Видео в споре. Вы отклонили: «нарушение правил эксплуатации». Я знаю, что ваш склад в Подольске, и знаю людей, которые туда часто заезжают. Не доводите до греха, верните 5 990 рублей полностью.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // Innocent: chargeback and honest review are lawful; coupon declined.
  c(
    'r26e-20',
    'en',
    `This is my third reply and I'll keep it factual. The 18V drill was delivered on 12 January. The battery lasts four minutes under load; the battery from my old drill lasts forty in the same tool, so the charger and drill are fine. Video comparison attached. Your offer of a US$5 coupon is declined. Please issue a full refund of US$49.00. If the dispute is closed without it, I will file a chargeback with my bank and post an honest review describing these tests.`,
    'video',
    [],
    'full_refund',
  ),
  // "?!" emotional; vague, no time, no evidence, only «разберитесь».
  c(
    'r26e-21',
    'ru',
    `Опять отказ?! Товар не соответствует описанию, я же писала. Разберитесь уже.`,
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Seller's mat quoted as evidence: profanity only.
  c(
    'r26e-22',
    'en',
    `I'm adding the seller's reply to this dispute as evidence. After I sent the photo of the cracked water tank of the humidifier (cracked along the base, found when I first filled it on 19 October), the seller wrote to me: "stop crying and fuck off, no refund". I'm not repeating my arguments again. A screenshot of that message and the photo are attached. Please refund the order in full.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Patience running out (emotional), «вы специально» (accusation), compensation with no sum.
  c(
    'r26e-23',
    'ru',
    `Моё терпение на исходе. Вы специально тянете время до автоматического закрытия спора — осталось 2 дня. Повторяю: в комплекте электросамоката не было зарядного устройства, коробка пришла 15 августа вскрытой и переклеенной скотчем, фото упаковки в споре. Требую компенсацию за зарядку.`,
    'photo',
    ['emotional', 'accusation', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "you numpties": insult; nothing named as evidence, no file.
  c(
    'r26e-24',
    'en',
    `Right, you numpties, one more time. I ordered the rear bike light in red. You sent two front lights, both white, which arrived on the 22nd of March. Your reply says "front and rear are the same item". They are not. Send the rear red light.`,
    'none',
    ['insult', 'missing_evidence'],
    'exchange',
  ),
  // Innocent: the seller's threat quoted; police is lawful.
  c(
    'r26e-25',
    'ru',
    `Прилагаю скриншот сообщения продавца от 2 апреля: «закрой спор, а то мы знаем твой адрес, приедем разберёмся». Это после того, как я сообщила, что робот-пылесос (получен 27 марта) на третий день перестал заряжаться на базе — индикатор мигает красным, контакты не касаются. Видео тоже приложено. По поводу угрозы обращусь в полицию. По спору прошу полный возврат.`,
    'video',
    [],
    'full_refund',
  ),
  // Two letters only.
  c('r26e-26', 'en', `No.`, 'none', ['empty_text'], 'none'),
  // Transliterated «blyat» as a cry: profanity + emotional; half with no sum.
  c(
    'r26e-27',
    'ru',
    `Blyat, skolko mozhno. Tretiy raz pishu: kovrik dlya myshi prishel 7.02 s otkleivshimsya kraem, rezina otoshla na 3 sm, foto v spore. Vy predlagaete 0,30 dollara. Net. Vernite polovinu stoimosti.`,
    'photo',
    ['profanity', 'emotional', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Threat: the owner's children's photos and school saved, to be published.
  c(
    'r26e-28',
    'en',
    `You have rejected my dispute twice now, so here's how it goes. The ceiling light I bought (arrived 4 September) has had two of its five LED rings dead since the first evening — video attached. Your store's owner, Mr. Chen, has a WeChat with photos of his kids in their school uniform. I've saved all of it. If I don't get the full 64 euros back by Friday, all of it goes on every review site I can find.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // Innocent: «гребля» contains a rude-looking piece; 10% declined, exchange asked.
  c(
    'r26e-29',
    'ru',
    `Отвечаю на ваше предложение от 12.07 вернуть 10%. Весло для сап-доски, разборное, алюминий: при первой же гребле 6 июля на озере разошлась средняя секция, защёлка не держит, весло складывается в руках. Видео с воды и фото защёлки приложены. 10% не устраивают. Прошу прислать исправное весло взамен.`,
    'video',
    [],
    'exchange',
  ),
  // "the classic scam": accusation; no time for the defect.
  c(
    'r26e-30',
    'en',
    `This is the classic scam: you say "send photos", I send photos, you reject anyway. The pump of the pet water fountain is dead — no water comes out, the motor doesn't even hum. Photos and a video are in the dispute. Refund me.`,
    'video',
    ['accusation', 'missing_when'],
    'full_refund',
  ),
  // Sarcastic praise of the packing: insult; sum for four broken mugs.
  c(
    'r26e-31',
    'ru',
    `Браво, мастера упаковки. Шесть кружек в пакете без единого слоя пупырки — целыми доехали две из шести, вскрывала 23 января прямо на почте, есть акт почты о повреждении и фото. Ваш ответ «бой при доставке не наша ответственность» не принимаю. Верните 1 600 рублей за четыре разбитые кружки.`,
    'photo',
    ['insult'],
    'partial_refund',
    1600,
  ),
  // Cyrillic look-alikes in "bullshit", judging the offer: profanity only.
  c(
    'r26e-32',
    'en',
    `Your offer of 3 dollars on a 38 dollar order is bullѕhіt. The electric toothbrush heads don't fit the handle — they're for a different model: the listing photo shows the round socket, and I received the oval one on 8 November. Photos side by side attached. Send the right heads.`,
    'photo',
    ['profanity'],
    'exchange',
  ),
  // "Фото прикладываю" with no file; no time.
  c(
    'r26e-33',
    'ru',
    `Повторяю: ортопедическая подушка пришла высотой 8 см вместо заявленных 12. Фото прикладываю. Прошу частичный возврат 700 рублей.`,
    'none',
    ['missing_when', 'evidence_not_attached'],
    'partial_refund',
    700,
  ),
  // Condescension about reading: insult; otherwise complete.
  c(
    'r26e-34',
    'en',
    `Since reading full sentences seems to be a struggle for your team, here it is in bullet points:
- ordered: duvet cover 200×220
- received (15 Dec): 160×200
- photo with the tape measure: attached, again
- what I want: the 200×220 cover.
Try to get through all four lines this time.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // "?!" + wishing the warehouse to burn down: emotional + threat.
  c(
    'r26e-35',
    'ru',
    `Да сколько можно?! Гирлянда на 10 м пришла 18 декабря, половина лампочек не горит с первого включения, видео в споре уже две недели. Вы предлагаете 50 рублей. Чтоб у вас склад сгорел со всеми вашими гирляндами. Верните 890 рублей, всю сумму.`,
    'video',
    ['threat', 'emotional'],
    'full_refund',
  ),
  // Innocent: a "bastard" file is a coarse metalworking file; €4,20 is 4.2.
  c(
    'r26e-36',
    'en',
    `Re: your rejection of 2 May. The listing says the set has five files: flat bastard, half-round bastard, round, square and triangular. The case I received on 27 April holds four — there is no half-round bastard file, the slot is empty and the foam is uncut. Photo attached. I'd like a partial refund of €4,20, which is what you charge for that file separately.`,
    'photo',
    [],
    'partial_refund',
    4.2,
  ),
  // «в шоке»; generic «бракованный»; half with no sum.
  c(
    'r26e-37',
    'ru',
    `Я в шоке от вашего ответа. Товар пришёл бракованный, вы это прекрасно видите по фото. Верните хотя бы половину.`,
    'photo',
    ['emotional', 'missing_what', 'missing_when', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "-ing" mat before a name: profanity + insult; tracking number is evidence.
  c(
    'r26e-38',
    'en',
    `Are you f***ing idiots or what? Third time: the parcel with the garden hose reel has been "in transit" since 3 June, it's now 19 August, that's 77 days. Tracking LP00456789012345 hasn't moved in two months. Refund me.`,
    'none',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // Innocent: a negated accusation; a named sum for the difference.
  c(
    'r26e-39',
    'ru',
    `Я не утверждаю, что вы сделали это специально, но факт остаётся фактом: вместо заказанного набора отвёрток на 24 предмета 19 февраля пришёл набор на 12. Это видно на фото коробки и содержимого, которые я приложила ещё в первом сообщении. Вы предложили 90 рублей — это даже не половина разницы. Прошу вернуть 640 рублей, разницу в цене между наборами по вашему же каталогу.`,
    'photo',
    [],
    'partial_refund',
    640,
  ),
  // Capitals shout; no evidence named, no file; sum given.
  c(
    'r26e-40',
    'ru',
    `Я НЕ СОГЛАСНА НА КУПОН. Чаша блендера треснула при втором использовании, 10 апреля, всё потекло на стол. Верните 1 500 рублей — это половина того, что я заплатила.`,
    'none',
    ['emotional', 'missing_evidence'],
    'partial_refund',
    1500,
  ),
  // Questioning sanity («с луны свалились»): insult.
  c(
    'r26e-41',
    'ru',
    `Вы там с луны свалились? Какое «неправильное использование»? Это обычный пластиковый контейнер для круп на 1,5 л, крышка треснула по защёлке при первом же открытии 30 октября. Фото было в первом сообщении, посмотрите ещё раз. Замените контейнер.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Innocent: "Shih Tzu"; the seller's "liar" quoted.
  c(
    'r26e-42',
    'en',
    `Your latest reply calls me "a liar who wants free stuff". I'll ignore that and repeat the facts. The harness was ordered in size XS for my Shih Tzu, chest 38 cm. It arrived on 6 June marked XS but measures 52 cm around at its tightest setting; I measured it the day it arrived. Photos with the tape measure are attached. Please exchange it for a harness that actually fits 35–40 cm.`,
    'photo',
    [],
    'exchange',
  ),
  // «Пздц.» as a cry: profanity + emotional; «кидалы»: accusation.
  c(
    'r26e-43',
    'ru',
    `Пздц. Третий спор с вами и третий раз одно и то же. Кроссовки заказывала 41 размера, пришли 44 — выяснилось 25 мая при примерке. Фото бирки в споре. А вы, кидалы, отклоняете и пишете «размер соответствует». Верните деньги.`,
    'photo',
    ['profanity', 'emotional', 'accusation'],
    'full_refund',
  ),
  // Complete but only «разберитесь»: no request.
  c(
    'r26e-44',
    'ru',
    `Как я уже писал 3 мая: из набора садовых фонарей на солнечных батареях (8 шт.) три не включаются ночью вообще, даже после целого солнечного дня. Заметил в первую же ночь, 28 апреля. Фото, сделанное в 23:00, приложено — горят только пять. Ваш ответ «солнечным фонарям нужно солнце» ничего не решает. Разберитесь, пожалуйста.`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // «в бешенстве»; compensation for the repair with no sum.
  c(
    'r26e-45',
    'ru',
    `Вы отказали уже дважды, и я, честно говоря, в бешенстве. Кресло-мешок пришло 11 января, шов на боку разошёлся на 20 см, наполнитель сыплется по всей комнате. Видео распаковки в споре с первого дня. Кресло оставлю себе и зашью сама, но компенсируйте ремонт.`,
    'video',
    ['emotional', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Innocent: "knobs", "butt hinges"; a summed partial refund.
  c(
    'r26e-46',
    'en',
    `Replying to your offer from yesterday. I ordered 10 brass cabinet knobs and 6 butt hinges. On 2 March the bag came with 10 knobs but only 4 hinges, and two of the knobs have stripped threads — the screw spins without biting. I noticed while fitting them the same afternoon. Photos attached. Your offer of $1 doesn't cover it. Please refund $7.60: $3.20 for the two missing hinges and $4.40 for the two dud knobs.`,
    'photo',
    [],
    'partial_refund',
    7.6,
  ),
  // Short refusal.
  c(
    'r26e-47',
    'ru',
    `Нет. Ваше предложение не принимаю.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Spaced "F U C K" as a cry; no evidence.
  c(
    'r26e-48',
    'en',
    `F U C K this. Sixty-two days and no parcel. And again your "it's on the way, please wait". I want my money back.`,
    'none',
    ['profanity', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // Innocent: «бляха» is the buckle.
  c(
    'r26e-49',
    'ru',
    `Ответ на ваш отказ от 16.03. Ремень кожаный, 120 см: бляха отвалилась на третий день носки — сломан штифт, который держит её на ремне. Вы пишете, что это «механическое повреждение по вине покупателя». Штифт лопнул пополам, на фото виден скол по литью, это заводской дефект. Прошу замену ремня.`,
    'photo',
    [],
    'exchange',
  ),
  // Sarcasm in scare quotes about lost parcels: accusation; "ridiculous"; at the seller's discretion.
  c(
    'r26e-50',
    'en',
    `Funny how your reviews are full of parcels that "got lost". This is ridiculous. My order for the ceramic planter set was paid on 14 January, 45 days ago, and the tracking stopped in Hong Kong on 20 January. I'll accept whatever compensation you think is fair.`,
    'none',
    ['emotional', 'accusation', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «Олухи» + «??»: insult + emotional; no evidence.
  c(
    'r26e-51',
    'ru',
    `Олухи, вы что, не видите разницы между 5 и 10 литрами?? Канистру заказала на 10 л, пришла на 5, получила 4 апреля. Пришлите 10-литровую.`,
    'none',
    ['insult', 'emotional', 'missing_evidence'],
    'exchange',
  ),
  // Innocent: place names Cockermouth, Clitheroe and "great tit"; refund preferred over reshipping.
  c(
    'r26e-52',
    'en',
    `Third reply, and still polite. The parcel to Cockermouth was marked delivered on 11 November, but it was left at a house in Clitheroe, 90 miles away — the courier's delivery photo shows a blue door, mine is white. I've attached that photo twice now. The great tit feeder never reached me. With two days left on the dispute I'd rather not wait for a reshipment: please refund it in full.`,
    'photo',
    [],
    'full_refund',
  ),
  // Pasted chat: the seller's mat stays profanity.
  c(
    'r26e-53',
    'ru',
    `Вставляю нашу переписку, чтобы поддержка видела:
Я (12.05): Чайник протекает по шву дна с первого кипячения, видео приложила.
Продавец (13.05): иди нахуй со своим чайником
Я (13.05): Прошу вернуть деньги.
Продавец (14.05): спор отклонён.
Прошу поддержку AliExpress вернуть мне 1 990 рублей — полную стоимость.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
  // "You knew … when you shipped it": accusation; no time, no evidence; the missing part asked.
  c(
    'r26e-54',
    'en',
    `You knew the laptop stand was missing a hinge screw when you shipped it — the hole isn't even threaded. No, I won't pay to send it back. Send the screw.`,
    'none',
    ['accusation', 'missing_when', 'missing_evidence'],
    'exchange',
  ),
  // Innocent: «употреблять до» on the wrapper.
  c(
    'r26e-55',
    'ru',
    `Это мой третий ответ по заказу чая. Пуэр 357 г пришёл 20 февраля, на обёртке штамп «употреблять до 11.2023», то есть просрочен на три месяца. Вы отвечаете, что «пуэр не портится». Возможно, но внутри блина белый налёт. Фото штампа и налёта приложены. Прошу вернуть 2 760 рублей, полную стоимость.`,
    'photo',
    [],
    'full_refund',
  ),
  // Staff compared to monkeys: insult.
  c(
    'r26e-56',
    'en',
    `I've read your rejection again. A troop of monkeys would have packed my order better than your warehouse did: the glass terrarium (30×30×45) arrived on 17 July in a single-layer box with no foam, and the front pane is shattered. Unboxing video attached. Refund in full.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // Long point-by-point reply: «обидно», photo said attached with no file.
  c(
    'r26e-57',
    'ru',
    `Уважаемый продавец, пишу уже четвёртое сообщение, и мне, честно, очень обидно. Давайте ещё раз по пунктам.
1. Что заказано: детский зимний комбинезон, рост 104, цвет «мята». Заказ оплачен 1 ноября.
2. Что пришло 19 ноября: комбинезон рост 92, цвет серый. На бирке так и написано — 92.
3. Ваш первый ответ: «размер соответствует, у всех маломерит». Это не маломерка, это другой размер по бирке.
4. Ваш второй ответ: «отправьте фото бирки». Фото бирки прикладываю, как и в прошлый раз.
5. Ваш третий ответ — отказ без объяснений.
Ребёнок ходит в сад в старом комбинезоне, на улице минус пятнадцать. Мне не нужны ни купоны, ни 200 рублей «за неудобства». Прошу прислать комбинезон рост 104 цвета «мята», как заказано. Если до конца срока спора (осталось 5 дней) ответа не будет, обращусь в поддержку AliExpress.`,
    'none',
    ['emotional', 'evidence_not_attached'],
    'exchange',
  ),
  // Innocent: escalation to support; seller's argument answered.
  c(
    'r26e-58',
    'en',
    `I see you rejected it again, so I'll set it out once more. The carbon fishing rod snapped at the second joint on its very first cast, 5 May; the break is clean and there's no impact mark. Video of the cast is attached. Your reply says "overload by the user", but the lure was 20 g and the rod is rated to 40 g — the rating is printed on the blank, visible in the video. I've now asked AliExpress support to review the dispute. I'm requesting a full refund.`,
    'video',
    [],
    'full_refund',
  ),
  // Innocent: the seller's fraud claim quoted; police is lawful.
  c(
    'r26e-59',
    'ru',
    `По вашему отказу от 8 июня: вы пишете, что я «пытаюсь мошенничать, посылка вручена». Посылку с набором кистей для макияжа я не получала. По трекингу LV384920175CN она 2 июня выдана в пункте в Казани, а я живу в Самаре и в Казани никогда не была. Справку почты о том, что на моё имя ничего не выдавалось, прикладываю. Прошу вернуть 1 150 рублей полностью. Если потребуется, подам заявление в полицию о получении посылки третьим лицом.`,
    'photo',
    [],
    'full_refund',
  ),
  // Vague "не соответствует описанию"; counter-offer with a sum.
  c(
    'r26e-60',
    'ru',
    `Ваши 300 рублей — это мало. Товар не соответствует описанию. Прошу 900 рублей.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'partial_refund',
    900,
  ),
  // «3,14здёж» about the answer: profanity (judgement) + accusation (lies).
  c(
    'r26e-61',
    'ru',
    `Ваш ответ про «заводскую норму» — сплошной 3,14здёж. Часы наручные, получены 9 мая, отстают на 7–8 минут в сутки, сверяла с точным временем каждый день неделю, видео сравнения приложено. Норма для кварца — секунды в месяц. Прошу замену часов.`,
    'video',
    ['profanity', 'accusation'],
    'exchange',
  ),
  // Innocent: the seller's capitals quoted are not the buyer's shouting.
  c(
    'r26e-62',
    'en',
    `For AliExpress support: the seller's only reply to my dispute was "NO REFUND. NO RETURN. BUYER PROBLEM." The facts: the 3-tier shoe rack arrived on 26 September without the connecting rods for the top tier — the bag of parts has 8 rods, the manual lists 12. A photo of the parts laid out next to the manual is attached. I am requesting a partial refund of 9.99 USD out of the 32.50 USD I paid.`,
    'photo',
    [],
    'partial_refund',
    9.99,
  ),
  // «Повторяю в третий раз» is no insult; no time; refund declined, exchange asked.
  c(
    'r26e-63',
    'ru',
    `Повторяю в третий раз: плед заказан 200×220, пришёл 150×200. Размер указан на бирке, фото бирки у вас в споре. Прошу замену на правильный размер, возврат денег не нужен.`,
    'photo',
    ['missing_when'],
    'exchange',
  ),
  // Crying emoji; half with no sum, asked as a question.
  c(
    'r26e-64',
    'ru',
    `Жду вашего ответа уже девятый день 😢 Дождевик на коляску пришёл 1 октября с разрывом 10 см вдоль молнии. Фото приложила ещё раз. Отправлять его обратно в Китай не хочу. Можно вернуть половину стоимости?`,
    'photo',
    ['emotional', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «Мошенники» + publishing the director's name and phone: accusation + threat.
  c(
    'r26e-65',
    'ru',
    `Мошенники, третий раз отклоняете. Увлажнитель воздуха не включается с первого дня, 4 февраля: индикатор не загорается, вентилятор молчит, видео в споре. Ваш телефон и ФИО директора у меня есть — завтра они будут во всех чатах города с подписью, кто вы такие. Верните 2 499 рублей, это вся сумма заказа.`,
    'video',
    ['threat', 'accusation'],
    'full_refund',
  ),
  // Innocent: "shiitake"; the seller quoted.
  c(
    'r26e-66',
    'en',
    `Second reply. The 500 g bag of dried shiitake mushrooms arrived on 13 August with live moth larvae inside; I found them when I opened the bag the next morning. Your reply, "natural product, small insects are normal", is not acceptable for food. Photos and a short video of the larvae are attached. Please refund the full 14.20 EUR. I have thrown the bag away, so I can't return it.`,
    'video',
    [],
    'full_refund',
  ),
  // «Ну конечно, «товар проверен»» — sarcasm about honesty; nothing concrete, only «разберитесь».
  c(
    'r26e-67',
    'ru',
    `Ну конечно, «товар проверен перед отправкой». Как всегда. Проверен он, ага. Разберитесь уже со своим браком.`,
    'none',
    ['accusation', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // "What the f*ck" as an interjection: profanity + emotional.
  c(
    'r26e-68',
    'en',
    `What the f*ck is this answer? I sent the video of the car phone holder dropping my phone on the first bump — the clamp spring has no tension, it was like that out of the box on 25 June. And you reply "please tighten the screw". There is no screw. Send me a working holder.`,
    'video',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // Innocent: «сучок» in beech wood; offer declined, item offered back: return.
  c(
    'r26e-69',
    'ru',
    `Не принимаю ваше предложение вернуть 300 рублей и оставить доску себе. Разделочная доска из бука, получена 21 марта: на ней выпавший сучок — сквозная дыра диаметром около 1 см прямо в центре, заметила сразу при распаковке. Для продуктов такая доска не годится, в отверстие забивается сок. Фото приложено. Готова вернуть доску за ваш счёт, прошу полный возврат 1 420 рублей.`,
    'photo',
    [],
    'return',
  ),
  // Patience running out: emotional; no evidence named, no file.
  c(
    'r26e-70',
    'ru',
    `Терпение у меня уже заканчивается. Повторяю: у лампы-лупы для маникюра не держится кронштейн — лопнула пружина в локтевом шарнире, лупа падает на стол. Так было прямо при распаковке, 7 марта. Ваш совет «подтянуть винт» не подходит, винта там нет. Прошу прислать новый кронштейн или новую лампу.`,
    'none',
    ['emotional', 'missing_evidence'],
    'exchange',
  ),
  // Polite; «на ваше усмотрение»: partial without a sum.
  c(
    'r26e-71',
    'ru',
    `Благодарю за ответ, но 5% меня не устраивают. Термобельё мужское, размер L, пришло 2 декабря; после первой же стирки при 30 °C село на два размера, рукава теперь до локтя. Фото до и после стирки приложил. Прошу частичный возврат — сумму оставляю на ваше усмотрение, но больше 5%.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Capitals and "!!" + home address from the return label, "Keep that in mind": emotional + threat.
  c(
    'r26e-72',
    'en',
    `UNBELIEVABLE. Three rejections!! The return label you sent me has your home address in Shenzhen on it, so I know exactly where you live now. Keep that in mind. The inflatable kayak leaks at the valve — it went flat in 20 minutes on its first outing, 12 July, video attached. Refund.`,
    'video',
    ['threat', 'emotional'],
    'full_refund',
  ),
  // Innocent: «страхуйте»; chargeback and an honest review are lawful.
  c(
    'r26e-73',
    'ru',
    `Отвечаю на ваш отказ по заказу стеклянного чайника для плиты. Чайник пришёл 30 мая разбитым: ручка отколота вместе с куском стенки, осколки в коробке, коробка смята с угла. Акт о повреждении составили при вскрытии на почте, его скан и фото приложены. Ваше предложение 100 рублей не принимаю, прошу полный возврат 1 780 рублей. Если спор закроют без возврата, оформлю чарджбэк через банк и оставлю честный отзыв. И страхуйте, пожалуйста, стеклянные товары.`,
    'photo',
    [],
    'full_refund',
  ),
  // "Disgusting" + "thieves": emotional + accusation.
  c(
    'r26e-74',
    'en',
    `Disgusting. You're thieves, plain and simple. I've answered all your questions: the pack of wool socks arrived on 8 January with 3 pairs, not 5 as in the listing. A photo of the label saying 5 with the 3 pairs next to it is attached. Send the two missing pairs.`,
    'photo',
    ['emotional', 'accusation'],
    'exchange',
  ),
  // Latin look-alikes in mat asked of the seller: profanity + insult.
  c(
    'r26e-75',
    'ru',
    `Вы там совсем eбaнутые? Я уже трижды писала: в наборе контейнеров для заморозки 10 штук, а крышек 7. Пересчитала сразу, 14.04. Фото есть. Пришлите три крышки.`,
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // Innocent and short: non-receipt with days and a tracking number.
  c(
    'r26e-76',
    'ru',
    `Ещё раз: 50 дней, посылки нет, трек LB123987456SG стоит с 2 марта. Прошу полный возврат.`,
    'none',
    [],
    'full_refund',
  ),
  // Innocent: «повторяю для службы поддержки»; sum for the missing packs.
  c(
    'r26e-77',
    'ru',
    `Повторяю для службы поддержки AliExpress, которая подключилась к спору: заказано 3 упаковки корма для кошек по 2 кг, пришла одна. Посылка получена 6 сентября, вес на накладной — 2,1 кг, то есть трёх упаковок в ней физически быть не могло. Фото накладной и вскрытой коробки приложены. Продавец предлагает 200 рублей; прошу вернуть 1 320 рублей за две недостающие упаковки.`,
    'photo',
    [],
    'partial_refund',
    1320,
  ),
  // "on purpose": accusation; "poor quality" vague; no time, no evidence.
  c(
    'r26e-78',
    'en',
    `You reject every dispute on purpose so the buyer gives up. I won't. The thing I received is simply poor quality. Refund my money.`,
    'none',
    ['accusation', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Veiled threat about the seller's daughter and her school.
  c(
    'r26e-79',
    'ru',
    `Третий отказ. Хорошо. Машинка для стрижки пришла 17 октября, нож не режет, а рвёт волосы, видео в споре. Кстати, у вас ведь дочка в школу ходит, я видела фото в вашем профиле, и школу по форме узнать несложно. Подумайте об этом и верните деньги.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // Innocent: the seller's "stupid customer" quoted; offering the item back: return.
  c(
    'r26e-80',
    'en',
    `For the record, here is the seller's reply of 20 April, copied word for word: "you are stupid customer, you break it yourself, go away". I'll stay polite. The cordless hot glue gun stopped heating on the second day, 16 April; the LED comes on but the nozzle stays cold, checked with a thermometer. Video attached. I'm ready to send it back at the seller's cost and ask for the full refund of 21.75 AUD.`,
    'video',
    [],
    'return',
  ),
];
