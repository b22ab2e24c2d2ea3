import { labelled as c, type CorpusCase } from './types';

/**
 * Round thirty-nine, hold-out set u: formal, structured complaints (numbered points, headings, timelines, law and
 * policy citations, business-letter register), most calm and complete, some hiding one rude word, a veiled threat or
 * a blanket accusation, some formal but vague or asking for nothing. Written by a hand that has not read the
 * analyzer's rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Mat used as a predicate that judges the item or the seller's replies, with no "!" and not as a cry («комплектация
 *   у вас — полный п#здец», "frankly bullsh1t", «получил хyетень», «я их вертел на х**»), is profanity only.
 * - A relative or acquaintance "dropping by" the seller's warehouse, the buyer having found the seller's office near
 *   home and "not wanting to come in person", and friends at customs holding up the seller's goods are veiled threats.
 * - Wishing the shop owner the same burn the buyer's blanket caused is a wished harm, so a threat.
 * - A demand phrased in the words of a consumer law («Требую расторгнуть договор и вернуть уплаченную сумму») is the
 *   buyer's own request (full refund), not a remedy the law merely lists.
 * - A purchase date with no defect named, and the date of the buyer's earlier message in a reply, are not the
 *   problem's time.
 * - Phone scammers posing as the courier, mentioned "for the record", accuse no one; "I'm not suggesting anyone did
 *   this on purpose" takes the label back; «разводка для пилы» and «развод зубьев» are a tool, not «это развод».
 * - Calling a product "a fire hazard" or saying it "killed my trust" is neither a threat nor a feeling.
 * - A clown emoji aimed at a named manager is an insult only (not an emotive emoji).
 * - «глаза пострадали» tells harm without an affect word: not emotional.
 * - A scare-quoted word the seller used, repeated with «такая „ошибка“» in the third instance, is sarcasm about
 *   honesty (accusation); the seller's words quoted once are not.
 */
export const ROUND39_HOLDOUT_U: CorpusCase[] = [
  // calm numbered claim, complete: symptom, dates, photo, full refund
  c(
    'r39u-01',
    'ru',
    `Претензия по заказу № 8123 4471 0092
1. Товар: электрическая зубная щётка, в описании заявлены 3 режима и зарядка через USB-C.
2. Посылка получена 12.04 в пункте выдачи. При первой зарядке 13.04 индикатор не загорелся, щётка не включается ни в одном режиме.
3. Снимок щётки с подключённым кабелем прикреплён к спору.
4. Требование: полный возврат уплаченной суммы — 2 340 ₽.`,
    'photo',
    [],
    'full_refund',
  ),
  // English timeline, video, replacement part = exchange
  c(
    'r39u-02',
    'en',
    `Subject: Order 3051-88 — cordless drill, chuck wobble

Timeline:
- 2 May: parcel delivered.
- 4 May: first use; the chuck wobbles visibly at full speed and a 10 mm bit runs about 3 mm off centre.
- 5 May: wrote to the seller, no reply so far.

Evidence: video of the chuck spinning (attached).
Requested resolution: a replacement drill or chuck assembly, shipped at the seller's cost.`,
    'video',
    [],
    'exchange',
  ),
  // hidden insult at warehouse staff inside a formal statement; seller's quote is not the buyer's
  c(
    'r39u-03',
    'ru',
    `Уважаемая служба поддержки!
Настоящим сообщаю следующее.
1) 03.03 получен комплект автомобильных ковриков для Kia Rio 2017.
2) При примерке в тот же день выяснилось, что водительский коврик на 6 см короче пола, а отверстия под крепления не совпадают с клипсами.
3) Продавец на мои сообщения ответил, что «всё подходит», — видимо, на складе у вас трудятся одни бараны, раз левый руль от правого отличить не могут.
4) Фотографии ковриков в салоне во вложении.
Прошу вернуть 3 100 руб.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // formal but entirely vague: no problem, no date, no file, no request
  c(
    'r39u-04',
    'en',
    `To whom it may concern,

I am writing to formally register my dissatisfaction with order #77120934. The goods received do not conform to the description on the product page, in breach of the platform's buyer protection terms. I trust you will review the matter and take appropriate action.

Yours faithfully,
R. Whitcombe`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // blanket accusation of intent hidden in an "assessment" point
  c(
    'r39u-05',
    'ru',
    `Суть претензии: заказанный набор кистей для акварели (12 шт., натуральный беличий ворс) пришёл 21 февраля в количестве 9 штук, ворс синтетический — проверил кончиком над пламенем зажигалки сразу при распаковке, волос оплавился.
Оценка: учитывая, что это уже второй такой случай в вашем магазине, считаю, что вы сознательно вводите покупателей в заблуждение.
Доказательства: фото кистей и этикетки.
Требование: вернуть 640 ₽ полностью.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // veiled threat in a closing note: cousin "dropping by" the warehouse
  c(
    'r39u-06',
    'en',
    `Complaint summary
Item: garden hose reel, 30 m; the listing states brass fittings.
Received: 18 June. On first connection that same evening the fittings turned out to be plastic painted gold, and one cracked under tap pressure (photo attached).
Request: full refund of $41.90.
Note: I have your warehouse address in Yiwu from the return label, and a cousin who travels there often. I'd hate for him to have to drop by in person.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // innocent trap: phone scammers posing as the courier are third parties, no accusation of the seller
  c(
    'r39u-07',
    'ru',
    `Обращение по заказу 5561.
1. Товар: фен-щётка, 1000 Вт.
2. Получен 10.05. При первом включении 11.05 нагрев не работает — на всех режимах идёт только холодный воздух.
3. Для сведения: 10.05 мне звонили мошенники якобы из службы доставки и просили код из СМС; код я не сообщила, к продавцу по этому поводу претензий нет.
4. Видео включения приложено.
5. Прошу замену на исправный фен.`,
    'video',
    [],
    'exchange',
  ),
  // UK law citation, partial refund in pounds
  c(
    'r39u-08',
    'en',
    `Re: Order 8810023456 – women's wool coat, size M

1. The listing states 80% wool. The composition label sewn inside reads 100% polyester (photo of the label attached).
2. I found this on 9 November, when unpacking the parcel.
3. Under the Consumer Rights Act 2015, goods must match their description.
4. I am prepared to keep the coat if the seller refunds £18.00 of the £45.00 paid.

Kind regards`,
    'photo',
    [],
    'partial_refund',
    18,
  ),
  // masked mat as a predicate about the item, inside dashes of a formal statement
  c(
    'r39u-09',
    'ru',
    `Заявление.
По заказу № 1180-442 (набор торцевых головок, 46 предметов) сообщаю:
— дата получения: 27.08;
— при вскрытии на почте обнаружено отсутствие трещотки и головок на 10 и 13 мм, ячейки кейса пустые;
— снимок открытого кейса приложен.
Вежливо, но прямо: комплектация у вас — полный п#здец.
Требование: частичный возврат 900 ₽ за недостающие предметы.`,
    'photo',
    ['profanity'],
    'partial_refund',
    900,
  ),
  // lettered points, partial refund "proportionate" with no sum
  c(
    'r39u-10',
    'en',
    `Dispute statement
(a) Product: LED strip lights, 10 m, RGB.
(b) Issue: the last 2 metres stay red whatever colour is selected on the remote.
(c) Noticed: during installation on 14 January.
(d) Evidence: photo attached.
(e) Resolution sought: a partial refund proportionate to the faulty section.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // says the photo is attached while the form has none
  c(
    'r39u-11',
    'ru',
    `Тема: несоответствие размера.
Заказ: кроссовки беговые, размер 42 (по таблице продавца длина стельки 26,5 см).
Фактически: стелька 25 см, измерил линейкой 2 октября, в день получения.
Фото измерения прилагаю.
Прошу обмен на размер 43 или любой другой с длиной стельки 26,5 см.`,
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // masked English profanity judging the seller's reply, no cry
  c(
    'r39u-12',
    'en',
    `Formal complaint, order no. 4409-1172
Product: Bluetooth car FM transmitter.
Fault: loud hiss on every frequency from 87.5 to 108 MHz and the audio cuts out every 30 seconds; found on the first drive, 3 March.
Video: attached.
Comment: the seller's reply that it "works fine for other customers" is frankly bullsh1t.
Requested: full refund, 17.60 USD.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
  // bulleted, complete, offer to send back = return
  c(
    'r39u-13',
    'ru',
    `Претензия (кратко):
• товар — керамическая сковорода 28 см;
• получена 15.09, при первом нагреве 16.09 антипригарное покрытие вздулось пузырями в центре;
• фотография дна — в приложении;
• готов отправить сковороду обратно за счёт продавца и после этого получить возврат средств.`,
    'photo',
    [],
    'return',
  ),
  // formal and complete but one affect word: disappointed
  c(
    'r39u-14',
    'en',
    `Complaint re. order 2290011 (children's wooden train set)

Delivered 6 December. On opening the box that evening I found two carriages without wheels and the bridge piece split along the grain. Photos attached.

I must say I am deeply disappointed, as this was meant to be a Christmas present.

Requested resolution: replacement of the missing and broken pieces.`,
    'photo',
    ['emotional'],
    'exchange',
  ),
  // veiled threat in a P.S.: owner's name and address found, "acquaintances" interested
  c(
    'r39u-15',
    'ru',
    `Уведомление о споре
Предмет: видеорегистратор, заявлено разрешение 4K, фактически запись идёт в 1280×720 (проверено в свойствах файла 19.07, на следующий день после получения).
Доказательства: скриншот свойств файла.
Требование: возврат 4 990 ₽.
P.S. Адрес вашей фирмы в Шэньчжэне и имя владельца я уже нашёл. Советую решить вопрос до того, как этими сведениями заинтересуются мои знакомые.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // non-receipt, no file: tracking number in the text is the evidence
  c(
    'r39u-16',
    'en',
    `Non-delivery claim
Order: 1022-7781-33 (set of 6 silicone baking mats)
Paid: 2 February
Tracking: LP00483917265CN — last update "departed from sorting centre" on 10 February, nothing since.
Guaranteed delivery date: 20 March (passed).
Request: full refund of 12.40 USD.`,
    'none',
    [],
    'full_refund',
  ),
  // complete but asks only to "take measures and sort it out"
  c(
    'r39u-17',
    'ru',
    `Добрый день. Излагаю обстоятельства по пунктам.
1. 22.11 получил триммер для бороды.
2. В тот же вечер при первом использовании у насадки 3 мм отломился зуб, соседний треснул.
3. Фото насадки во вложении.
4. Прошу принять меры и разобраться.`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // condescension about the agent's intelligence, spelled out "slowly"
  c(
    'r39u-18',
    'en',
    `Case reference: 5590-3312
Item: phone case for iPhone 14 Pro; I received one for the iPhone 14 (the camera cut-out is too small and covers the lenses).
Discovered: 1 April, when fitting it.
Photo: attached.
Since your agent has now asked me three times which model I ordered, I will spell it out slowly enough for him to keep up: P-R-O.
Requested: send the correct case.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // sarcasm about honesty via repeated scare quotes around the seller's "mistake"
  c(
    'r39u-19',
    'ru',
    `Претензия по заказу № 3390011.
Заказаны аккумуляторы 18650 на 3400 мАч, 2 шт. Получены 05.06; по результатам разряда на тестере 08.06 ёмкость — 1150 и 1190 мАч. Скриншоты с тестера прикладываю к спору.
Продавец назвал это «ошибкой маркировки». Третий раз подряд такая «ошибка» у одного и того же магазина.
Требую вернуть полную стоимость — 780 ₽.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // short, request first; rust named but no time at all
  c(
    'r39u-20',
    'en',
    `Requested resolution: refund.
Reason: the kitchen knife set (5 pcs), listed as stainless steel, rusts — orange spots along the edge of the bread knife and the paring knife.
Evidence: photos attached.`,
    'photo',
    ['missing_when'],
    'full_refund',
  ),
  // shortfall by count and parcel weight, partial sum in words
  c(
    'r39u-21',
    'ru',
    `Тема: недовложение.
Заказ: пряжа мериносовая, 10 мотков по 50 г, цвет «графит».
Получено 14.01; при вскрытии пакета на почте насчитала 8 мотков, вес посылки по накладной 0,41 кг вместо 0,52 кг.
Фото мотков и накладной приложены.
Прошу компенсировать два недостающих мотка — триста двадцать рублей.`,
    'photo',
    [],
    'partial_refund',
    320,
  ),
  // transliterated Russian, mat as a judgement of the seller's replies
  c(
    'r39u-22',
    'ru',
    `Pretenziya po zakazu 7781.
1) Tovar: nabor dlya manikyura, 12 predmetov.
2) Polucheno 02.09, pri raspakovke kusachki okazalis' slomany — lezviya ne smykayutsya, zazor 1 mm.
3) Foto prilagayu.
4) Trebuyu polnyj vozvrat deneg.
5) Shablonnye otvety prodavca ya schitayu hujnej i prosba ih bol'she ne prisylat'.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // platform policy cited, return label asked, video
  c(
    'r39u-23',
    'en',
    `Return request – order 6612098

1. Item: men's leather belt, listed as genuine cowhide, 120 cm.
2. Received 22 August. Measured the same day: 108 cm from buckle to tip; the back of the strap is peeling and shows a fibreboard core.
3. Under AliExpress's "Not as described" policy I am entitled to return the item.
4. I will ship the belt back once I receive a return label; please refund on arrival.

Unboxing video attached.`,
    'video',
    [],
    'return',
  ),
  // complete, but two capitalised words in the last point
  c(
    'r39u-24',
    'ru',
    `1. Суть претензии: электрочайник 1,7 л подтекает по шву у основания, вода собирается на подставке.
2. Обнаружено: при первом кипячении, 3 марта.
3. Доказательства: видео.
4. Требование: полный возврат.
5. Прошу учесть, что это УЖЕ ВТОРОЙ чайник от вас с тем же дефектом.`,
    'video',
    ['emotional'],
    'full_refund',
  ),
  // sarcastic praise of the packing department as the closing line
  c(
    'r39u-25',
    'en',
    `Summary of complaint
- Item: set of 4 wine glasses
- Delivered: 30 October
- Condition on arrival: three of the four glasses shattered; the box had no padding at all (photos attached)
- Requested: refund of $22.00 for the three broken glasses

Congratulations to your packing department on a truly inspired piece of work.`,
    'photo',
    ['insult'],
    'partial_refund',
    22,
  ),
  // non-receipt, no file, tracking number and deadline
  c(
    'r39u-26',
    'ru',
    `Заявление о неполучении.
Номер заказа: 8450-6612-009.
Дата оплаты: 1 июля. Срок гарантированной доставки истёк 15 августа.
Трек-номер: LV428861734CN — по отслеживанию посылка с 20 июля «прибыла в страну назначения», дальше движения нет.
Требование: вернуть полную стоимость заказа, 1 560 руб.`,
    'none',
    [],
    'full_refund',
  ),
  // compensation "at your discretion": partial without a sum
  c(
    'r39u-27',
    'ru',
    `Уважаемый продавец,
сообщаю о следующем: детский самокат получен 09.05, при сборке в тот же день обнаружилось, что в комплекте нет одного болта крепления руля (в описании указано 4, в пакете 3). Самокат собран, ребёнок катается, но руль люфтит. Прикладываю фото пакета с крепежом.
Прошу частичную компенсацию на ваше усмотрение.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // threat to publish the owner's children's photos; declined coupon is not the amount
  c(
    'r39u-28',
    'en',
    `Dispute – order 3004417 – ceramic plant pots (set of 3)

Facts:
• Received 11 April; the largest pot arrived in four pieces (photo attached).
• The seller offered a $2 coupon, which I declined.

Requested: refund of $14.50 for the broken pot.

I would also point out that your shop's owner posts photos of his children on social media quite openly. It would be a pity if those ended up in my review next to this story.`,
    'photo',
    ['threat'],
    'partial_refund',
    14.5,
  ),
  // dated chronology of a wrong colour, exchange
  c(
    'r39u-29',
    'ru',
    `Хронология:
— 04.12 оформлен заказ: худи оверсайз, цвет «оливковый», размер L;
— 19.12 получено худи горчично-жёлтого цвета, размер L;
— 19.12 направлено сообщение продавцу, ответа нет.
Моё фото худи рядом с образцом цвета из карточки — во вложении.
Требование: заменить на худи оливкового цвета.`,
    'photo',
    [],
    'exchange',
  ),
  // letter register, generic "defective and poor quality"
  c(
    'r39u-30',
    'en',
    `Dear Sir/Madam,

Re: order 7719-2240, hair straightener.

The item received on 17 September is defective and of poor quality. I tested it on the day it arrived. A video is attached.

I request a full refund in accordance with the buyer protection policy.`,
    'video',
    ['missing_what'],
    'full_refund',
  ),
  // condescension "for the especially gifted staff" inside numbered points
  c(
    'r39u-31',
    'ru',
    `Претензия.
1. Заказан чехол на сиденье для Lada Vesta, получен 28.02.
2. При установке 01.03 выяснилось, что прорезей под подголовники нет, чехол не натягивается.
3. Фото — в приложении к спору.
4. Для особо одарённых сотрудников поясняю: Vesta — это не Granta.
5. Прошу обменять на комплект для Vesta.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // complete except evidence: no file, none named
  c(
    'r39u-32',
    'ru',
    `Суть претензии: умные часы не синхронизируются с телефоном — приложение находит часы, но на этапе сопряжения выдаёт ошибку 103.
Когда: с первого дня, часы получены 12.06.
Что сделано: сброс до заводских настроек, переустановка приложения, проверка с другим телефоном — результат тот же.
Требование: вернуть деньги.`,
    'none',
    ['missing_evidence'],
    'full_refund',
  ),
  // innocent traps: Scunthorpe, "dead on arrival"
  c(
    'r39u-33',
    'en',
    `Claim details
Name: D. Hargreaves, Scunthorpe, UK
Order: 5548120973
Item: 12V jump starter, 18000 mAh
Problem: dead on arrival — it will not take a charge from the supplied adapter and the display stays blank. Checked on 25 January, the day of delivery.
Evidence: short video showing the charger connected and no display.
Resolution: refund of £39.99 in full.`,
    'video',
    [],
    'full_refund',
  ),
  // partial refund in euros with a comma decimal
  c(
    'r39u-34',
    'ru',
    `Обращение по заказу 202455871.
Товар: набор акриловых красок, 24 цвета по 12 мл.
При распаковке 8 апреля обнаружены два засохших тюбика (белила и охра) — краска не выдавливается, тюбики твёрдые.
Видео распаковки приложено.
Прошу частичный возврат 3,20 € за два тюбика.`,
    'video',
    [],
    'partial_refund',
    3.2,
  ),
  // masked English mat as name-calling at the packer: profanity and insult
  c(
    'r39u-35',
    'en',
    `Formal complaint – order 8823011
1. Product: electric pruning shears with 2 batteries.
2. Delivered 2 June with one battery only; the second slot in the case is empty.
3. Photo of the open case attached.
4. Whoever packed this at dispatch is an a$$hole, frankly.
5. Requested: send the missing battery.`,
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // blanket "all sellers here do it" in a note after a complete claim
  c(
    'r39u-36',
    'ru',
    `Претензия
1. Товар: светодиодная лампа для растений, заявлено 45 Вт.
2. Замер ваттметром 11.03, на следующий день после получения: 9,8 Вт.
3. Снимок показаний ваттметра прилагается.
4. Требование: вернуть уплаченные 1 290 ₽.
5. Примечание: завышение мощности — обычная практика всех продавцов на этой площадке, рассчитывающих на доверчивость покупателей.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // veiled threat: seller's office found nearby, "would not want to come in person"
  c(
    'r39u-37',
    'ru',
    `Обращение.
Товар: садовый опрыскиватель 5 л.
Дефект: при накачке 17.05 треснул корпус у горловины, жидкость вытекает.
Фото трещины приложено.
Требование: замена.
Также сообщаю: ваше представительство в Подольске я нашёл, это в двадцати минутах от меня. Не хотелось бы заезжать туда лично для разговора.`,
    'photo',
    ['threat'],
    'exchange',
  ),
  // "see the enclosed screenshot" with no file; missing packs sent = exchange
  c(
    'r39u-38',
    'en',
    `Subject: Wrong quantity supplied
Ordered: 3 packs of 100 cable ties (300 in total).
Received on 7 July: 1 pack of 100.
Please see the enclosed screenshot of the order page and the photo of the delivered pack.
Resolution requested: dispatch the two missing packs.`,
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // one long business paragraph, platform rules, return then refund
  c(
    'r39u-39',
    'ru',
    `Руководствуясь правилами защиты покупателей площадки, направляю настоящую претензию. 25 ноября мною получен робот-пылесос (заказ № 11873320). При первой уборке 26 ноября обнаружено, что левая боковая щётка не вращается, а на дисплее горит код ошибки E5; после очистки датчиков и повторного запуска ошибка сохраняется. Видеозапись запуска с ошибкой прилагаю. Предлагаю следующий порядок урегулирования: я отправляю пылесос обратно продавцу, после получения им товара продавец возвращает уплаченные 14 700 ₽.`,
    'video',
    [],
    'return',
  ),
  // "for the record", no time, leaves the decision to the platform
  c(
    'r39u-40',
    'en',
    `For the record:
Item: kids' remote-control car, 2.4 GHz.
Observation: the steering only turns left; the right input has no effect.
Evidence: video attached.
I leave it to the platform to decide.`,
    'video',
    ['missing_when', 'missing_resolution'],
    'none',
  ),
  // mat with a Latin look-alike letter, predicate about the item
  c(
    'r39u-41',
    'ru',
    `Претензия по заказу 6671-22.
1. Товар: настольная лампа с беспроводной зарядкой.
2. Дата получения — 30.01; при первом же включении беспроводная зарядка не видит телефон, индикатор мигает красным.
3. Видео прилагаю.
4. Итого за 2 800 ₽ я получил хyетень с мигающей лампочкой.
5. Требую полный возврат.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
  // one-paragraph short claim; "heck" is a soft oath
  c(
    'r39u-42',
    'en',
    `Order 4120987 — 50-piece drill bit set delivered 3 Sept with 44 pieces (counted on unpacking; photo attached). Not the end of the world, but heck, six bits is six bits. Requesting a partial refund of $3.60 for the six missing bits.`,
    'photo',
    [],
    'partial_refund',
    3.6,
  ),
  // formal letter, expired serum, one affect word
  c(
    'r39u-43',
    'ru',
    `Уважаемые представители магазина!
Довожу до вашего сведения, что сыворотка для лица с витамином C (30 мл), полученная 2 августа, имеет мутно-коричневый цвет и запах уксуса; срок годности на коробке истёк в мае. Обнаружила при вскрытии в день получения, фото флакона и коробки прилагаю.
Крайне разочарована подобным отношением.
Прошу вернуть деньги в полном объёме.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // seller's masked mat quoted verbatim as evidence: profanity
  c(
    'r39u-44',
    'en',
    `Chronology of the dispute
• 12 May – received a 3-tier kitchen shelf; one of the four legs was missing (photo attached).
• 13 May – reported it to the seller with the photo.
• 14 May – the seller replied, verbatim: "stop bothering us, f*ck off and assemble it with three".
Requested resolution: send the missing leg.
I trust the platform will take note of the seller's language.`,
    'photo',
    ['profanity'],
    'exchange',
  ),
  // innocent trap: brand name with a rude-looking root
  c(
    'r39u-45',
    'ru',
    `Заявление по заказу № 99120334.
Товар: защитное стекло для Хуавей P30 Pro, 2 шт.
Описание проблемы: стекло меньше экрана на 3 мм с каждой стороны и не закрывает закруглённые края, по краям сразу образуются пузыри.
Когда обнаружено: 16 октября, при наклейке первого стекла.
Материалы: фото телефона с наклеенным стеклом.
Требование: обмен на стекло под полный размер экрана.`,
    'photo',
    [],
    'exchange',
  ),
  // law citation, generic "ненадлежащего качества", purchase date only, no evidence
  c(
    'r39u-46',
    'ru',
    `Претензия.
На основании ст. 18 Закона РФ «О защите прав потребителей» заявляю, что приобретённый мною 4 апреля товар (куртка демисезонная) ненадлежащего качества. Требую расторгнуть договор и вернуть уплаченную сумму.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // insult about support needing "a map and a torch" to find a button
  c(
    'r39u-47',
    'en',
    `Complaint reference 7734
Item: car phone mount, vent clip.
Defect: the clip snapped at the hinge on the second day of use (14 Feb).
Evidence: photo attached.
Remedy: full refund, 11.20 EUR.
Your support staff, who evidently need a map and a torch to find the refund button, have ignored this for a week.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // keep the item for a sum in roubles, video plus measurements
  c(
    'r39u-48',
    'ru',
    `Суть претензии:
— товар: комплект постельного белья, 2-спальный, 100% хлопок (сатин);
— при первой стирке 21.03 при 40 °C наволочки полиняли, пододеяльник сел на 12 см по длине;
— видео стирки и замеры рулеткой во вложении.
Требование: оставляю комплект себе при условии частичного возврата 1500 руб.`,
    'video',
    [],
    'partial_refund',
    1500,
  ),
  // wished harm on the owner: "the same outcome" as the burnt blanket
  c(
    'r39u-49',
    'ru',
    `Претензия по заказу 4410-77.
Товар: электроодеяло 150×200.
Проблема: 08.12, в первую же ночь, одеяло перегрелось в районе ног — на ткани пятно подпалины, контроллер стоял на режиме 1.
Фото пятна и контроллера прилагаю.
Требование: возврат полной стоимости — 3 450 ₽.
От себя добавлю: искренне желаю владельцу магазина испытать это одеяло на себе, с тем же исходом.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // innocent trap: "on purpose" taken back in the same sentence
  c(
    'r39u-50',
    'en',
    `Requested resolution: exchange for the correct size.
Details: I ordered size 10 (EU 44) hiking boots and received size 8 (EU 42) in a box labelled 10. Found when trying them on, 5 November. I'm not suggesting anyone did this on purpose — a labelling slip at the warehouse seems likely.
Evidence: photo of the box label next to the size stamp inside the boot (attached).`,
    'photo',
    [],
    'exchange',
  ),
  // two-sentence shortfall notice with a sum, no evidence
  c(
    'r39u-51',
    'ru',
    `Уведомление о недовложении.
В заказе № 310022 (бисер чешский, 20 пакетиков по 10 г) при распаковке 23.09 обнаружено 17 пакетиков. Прошу вернуть 255 ₽ за три недостающих.`,
    'none',
    ['missing_evidence'],
    'partial_refund',
    255,
  ),
  // questioning the staff's sanity; seller's advice quoted
  c(
    'r39u-52',
    'ru',
    `Уважаемая поддержка,
по спору № 88100231 предоставляю дополнительные сведения:
1) Заказывал пильный диск 190 мм с посадкой 30 мм, получил диск 160 мм с посадкой 20 мм — на циркулярку не ставится. Обнаружено 3 июня при установке.
2) Фото диска с линейкой приложено.
3) Ваш сотрудник предложил мне «рассверлить отверстие». У вас в отделе качества люди вообще в своём уме?
4) Прошу вернуть деньги.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // trap: "fire hazard" and "killed my trust" are neither threats nor feelings
  c(
    'r39u-53',
    'en',
    `Timeline
10 Mar — USB-C charger (65 W) delivered.
11 Mar — charger connected to my laptop; the casing became too hot to hold within ten minutes and the laptop reported "slow charger".
12 Mar — tested with a USB power meter: 14.8 W maximum.
Evidence: photo of the meter reading (attached).
Comment: the unit is a fire hazard and it has killed my trust in the brand, nothing more.
Requested resolution: refund in full, USD 24.50.`,
    'photo',
    [],
    'full_refund',
  ),
  // garden gloves with missing claws, exchange, video
  c(
    'r39u-54',
    'ru',
    `Обращение по заказу № 7004538.
Товар: садовые перчатки с когтями, 2 пары, размер M.
Получены 12.04. При распаковке обнаружено: на одной перчатке из каждой пары когтей нет (пустые гнёзда, следы клея).
Видео распаковки во вложении.
Прошу выслать две исправные перчатки на замену.`,
    'video',
    [],
    'exchange',
  ),
  // "effing" as an intensifier before the item: profanity and emotional
  c(
    'r39u-55',
    'en',
    `Dear AliExpress Dispute Team,

Order: 6610034422
Item: tent, 3-person, listed as waterproof to 3000 mm.

On 8 July, during the first night of use, water came through the roof seams within an hour of light rain and the sleeping bags were soaked. Photos of the seams and the wet groundsheet are attached.

I would like my money back for this effing tent, 89.00 EUR.

Regards,
P. Lindqvist`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // complete, but "!!" in the last point
  c(
    'r39u-56',
    'ru',
    `Претензия.
1. Товар: машинка для стрижки, заказ 2201-55.
2. Проблема: нож не двигается, мотор гудит; выявлено 19.08 при первом включении.
3. Фото прикреплено.
4. Прошу заменить машинку на исправную.
5. Ответа от продавца жду уже неделю!!`,
    'photo',
    ['emotional'],
    'exchange',
  ),
  // mocking animal comparison for the staff who pack kits
  c(
    'r39u-57',
    'ru',
    `Хронология:
• 01.11 — получен набор для вышивания «Маяк», 40×50;
• 01.11 — при разборе выяснилось, что в наборе нет мулине трёх цветов (по схеме № 312, 415, 3865);
• 02.11 — продавцу отправлено фото.
Складывается впечатление, что комплектацией у вас занимаются мартышки с завязанными глазами.
Прошу дослать недостающие нитки.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // "half the price" without a sum; photos offered, not attached
  c(
    'r39u-58',
    'en',
    `Points of complaint:
1. Bamboo cutting board, 45 x 30 cm.
2. Split along the glue line after the second wash, on 20 April.
3. I can send photos on request.
4. I'd accept half the price back and keep the board.`,
    'none',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // reply in a dispute accepting the seller's offer with its sum written
  c(
    'r39u-59',
    'ru',
    `Ответ на предложение продавца.
1. Напоминаю суть: крем для рук, 3 тюбика по 75 мл, получено 26.02; один тюбик при вскрытии пакета оказался пустым и надрезанным (фото повторно прилагаю).
2. Продавец предложил компенсацию 150 ₽.
3. Согласна на компенсацию 150 ₽, спор закрою после поступления средств.`,
    'photo',
    [],
    'partial_refund',
    150,
  ),
  // accusation of intent ("not an accident but a way to dump stock") after a complete claim
  c(
    'r39u-60',
    'ru',
    `Претензия по заказу 5120-88.
Товар: автомобильные лампы H7, 4300K, 2 шт.
Получены 15.10. При установке 16.10 выяснилось, что прислан цоколь H4, в фару не встаёт.
Фото ламп и маркировки на цоколе прилагаю.
Прошу обмен на H7.
Полагаю, пересорт у вас не случайность, а способ избавиться от залежавшегося товара.`,
    'photo',
    ['accusation'],
    'exchange',
  ),
  // ominous remark about warehouse "accidents" after a complete claim
  c(
    'r39u-61',
    'en',
    `Requested resolution: full refund (USD 56.00)

Background:
1. Order 9912003: smart doorbell with camera.
2. Installed 2 Dec; the night vision shows a black screen, only the daytime image works.
3. Video of the night feed attached.

Closing remark: I've read that warehouses have a lot of accidents — boxes falling, fires. I'd hate for yours to be next.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // one line, complete, partial sum
  c(
    'r39u-62',
    'ru',
    `Заказ 4471120: полотенец заказано 3, пришло 2 (пересчитала при вскрытии 11.06, фото приложено); прошу вернуть 290 ₽ за недостающее.`,
    'photo',
    [],
    'partial_refund',
    290,
  ),
  // bureaucratic and empty: no problem, no date, asks for "review in the established order"
  c(
    'r39u-63',
    'ru',
    `Настоящим уведомляю, что полученный мною товар (набор кухонных ножей) не соответствует описанию и заявленным характеристикам. Фотографии прилагаются. Прошу рассмотреть претензию в установленном порядке.`,
    'photo',
    ['missing_what', 'missing_when', 'missing_resolution'],
    'none',
  ),
  // innocent trap: place name Penistone
  c(
    'r39u-64',
    'en',
    `Ref: order 8002213 – ladies' swimsuit, size L, navy
Shipping address: Penistone, S36
Issue: received a size S in red on 28 May, checked on opening the parcel (photo of the label attached).
Request: please send the navy size L as ordered.`,
    'photo',
    [],
    'exchange',
  ),
  // masked mat idiom about the manager's template replies
  c(
    'r39u-65',
    'ru',
    `Претензия
Товар: беспроводные наушники; левый наушник не заряжается в кейсе — индикатор не загорается. Обнаружено 07.07, через два дня после получения.
Доказательства: видео.
Требование: полный возврат 2 150 ₽.
Шаблонные ответы вашего менеджера про «перезагрузку» прошу оставить при себе, я их вертел на х**.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
  // screenshots "in the attachment" with none, and no time
  c(
    'r39u-66',
    'ru',
    `Претензия к заказу 2213-004.
Товар: регистратор-зеркало, заявлен угол обзора задней камеры 170°.
Фактически задняя камера даёт картинку примерно на 90°, половину бампера не видно. Сравнение — на скриншотах во вложении.
Прошу вернуть уплаченные средства.`,
    'none',
    ['evidence_not_attached', 'missing_when'],
    'full_refund',
  ),
  // British slang name-calling in the last numbered point
  c(
    'r39u-67',
    'en',
    `Statement of facts
i. Item: ratchet tie-down straps, 4 pack, rated 500 kg.
ii. On first use, 16 August, the ratchet mechanism of one strap sheared off while tensioning a 60 kg load.
iii. Photo of the broken ratchet attached.
iv. Given the safety risk, I request a full refund of £21.99.
v. I would ask that this not be passed to the same numpties who handled my last query.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // no file but video named and offered; return, time "on the second day"
  c(
    'r39u-68',
    'ru',
    `Уважаемый продавец!
Прошу оформить возврат товара: фитнес-браслет, заказ № 340018. Браслет получен 20.01; на второй день экран перестал реагировать на касания, при этом уведомления приходят. Готов отправить браслет обратно по вашему адресу и получить деньги после его доставки. Видеозапись неисправности могу предоставить по запросу.`,
    'none',
    [],
    'return',
  ),
  // connections at customs used as menace; harm told without affect
  c(
    'r39u-69',
    'ru',
    `Суть претензии: сварочная маска-хамелеон не затемняется при зажигании дуги (проверено 14.04 на первом же шве, глаза пострадали).
Доказательства: видео с работающим аппаратом и светлым фильтром.
Требование: вернуть 3 900 ₽.
Отдельно отмечу, что у меня есть знакомые на таможне, и ваши следующие партии могут застрять там очень надолго.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // complete, one affect word: ridiculous
  c(
    'r39u-70',
    'en',
    `Requested resolution: replacement
Item: 2-pack HEPA filters for a Xiaomi air purifier
Problem: the filters are 2 cm too wide and will not seat in the housing (measured with a tape on 3 October, the day they arrived)
Evidence: photo attached
It is frankly ridiculous that a part sold as compatible fails on the one dimension that matters.`,
    'photo',
    ['emotional'],
    'exchange',
  ),
  // "the difference in price" without a sum
  c(
    'r39u-71',
    'ru',
    `Требование: вернуть разницу в цене.
Основание: заказан чемодан размера L (75 см), получен M (65 см); обнаружено 29.06 при распаковке, сравнение с рулеткой на фото.
Чемодан оставляю себе.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // one long paragraph, full refund, video
  c(
    'r39u-72',
    'en',
    `I am writing to open a formal dispute regarding order 7310045518, a 12-inch electric wok. On 19 February, the first time I used it, the non-stick coating flaked off in the centre after less than five minutes at medium heat, leaving black flecks in the food. I stopped using it immediately and recorded a short video of the damaged surface, which is attached to this dispute. As the item is unsafe for cooking, I request a full refund of the amount paid, 46.30 USD.`,
    'video',
    [],
    'full_refund',
  ),
  // clown emoji aimed at a named manager
  c(
    'r39u-73',
    'ru',
    `По спору № 55019:
1. Плойка для волос 25 мм, получена 02.03.
2. Терморегулятор не работает — в любом положении нагрев до максимума, при первом использовании 03.03 волосы опалены.
3. Фото прилагаю.
4. Прошу возврат полной стоимости.
5. Менеджер Лиля, которая третий день пишет мне «ожидайте», — 🤡.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // innocent trap: «разводка» / «развод зубьев» is a saw tool
  c(
    'r39u-74',
    'ru',
    `Обращение по заказу № 6620913.
Товар: разводка для ножовки (инструмент для развода зубьев пилы), металлический корпус.
Проблема: регулировочный винт сорван, упор не фиксируется — выставить развод зубьев невозможно. Выявлено 11.05 при первой настройке.
Фото винта прилагаю.
Прошу замену.`,
    'photo',
    [],
    'exchange',
  ),
  // vague "not as described" plus passing fakes off as originals
  c(
    'r39u-75',
    'en',
    `Re: dispute on order 4411-0023 (branded wireless earbuds)
1. Noticed on unpacking, 9 January.
2. The product is not as described.
3. Photo of the packaging attached.
4. It is obvious that this store knowingly passes off counterfeits as originals.
5. Requested: full refund.`,
    'photo',
    ['missing_what', 'accusation'],
    'full_refund',
  ),
  // affect phrase «в шоке» and no evidence; missing bag sent = exchange
  c(
    'r39u-76',
    'ru',
    `Претензия.
Товар: конструктор, 520 деталей. Получен 18.12. При сборке в тот же день выяснилось, что отсутствует пакет № 4 (по инструкции — 86 деталей), собрать модель невозможно. Честно говоря, я в шоке от такой комплектации. Прошу выслать недостающий пакет.`,
    'none',
    ['emotional', 'missing_evidence'],
    'exchange',
  ),
  // "WTF?" as a cry in a personal note: profanity and emotional
  c(
    'r39u-77',
    'en',
    `Dispute summary
Product: 1:24 scale model kit, Porsche 911.
Received: 4 September.
Problem: the decal sheet is for a different car (BMW M3) and the chrome sprue is missing; found when checking the parts against the manual on the day of arrival.
Evidence: photos attached.
Request: send the correct decals and the chrome sprue.
Personal note: a BMW decal sheet in a Porsche kit — WTF?`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // cosmetics, partial refund in dollars with a comma decimal
  c(
    'r39u-78',
    'ru',
    `Прошу рассмотреть спор по заказу 8800124.
1) Товар: гидрофильное масло для снятия макияжа, 200 мл, 2 флакона.
2) Получено 06.02; при вскрытии пакета оба флакона протекли, в одном осталось около 60 мл.
3) Видео распаковки прилагаю.
4) Прошу частичный возврат 4,50 $ за испорченный флакон.`,
    'video',
    [],
    'partial_refund',
    4.5,
  ),
  // masked mat compound aimed at staff: profanity and insult
  c(
    'r39u-79',
    'ru',
    `Заявление.
Предмет спора: шуруповёрт аккумуляторный 18 В.
Суть: аккумулятор держит заряд не более 5 минут работы; выявлено 25.04, на второй день после получения.
Доказательства: видео замера времени работы.
Требование: замена аккумулятора.
Комментарий: ответы ваших сотрудников-долбоe6ов приводить не буду.`,
    'video',
    ['profanity', 'insult'],
    'exchange',
  ),
  // reply that only points back to an earlier message: everything missing from this text
  c(
    'r39u-80',
    'en',
    `Dear team, please refer to my previous message of 12 March regarding this order. I await your response.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
];
