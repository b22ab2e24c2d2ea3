import { labelled as c, type CorpusCase } from './types';

/**
 * Round forty-one, hold-out set a: expensive items and suspected fakes (phones, laptops, watches, jewellery, branded
 * sneakers, e-scooters, cameras, plus branded tools, cosmetics, toys, car and garden parts): counterfeits, swapped
 * parts, empty boxes, tracking weights that do not match, used goods sold as new, serial numbers that do not check
 * out. Written by a hand that has not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md
 * and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - A file in the form is evidence by itself (the brief), even when the text does not name it.
 * - "Fake", «подделка», «не оригинал», «клон» with no checkable sign is as vague as "not as described"
 *   (`missing_what`); a serial that fails the maker's lookup, a wrong weight, marking, capacity or model is concrete.
 * - Saying the item is a counterfeit or was used is a description of the item, not an accusation; saying the seller
 *   sells fakes as originals or used goods as new (plainly or by sarcasm) is an accusation, as in round twenty-nine.
 * - A weight read from the tracking, or a tracking number in the text, is evidence (rounds six to nine).
 * - A listing's slogan quoted in «» or '' to set it against the facts («убойная камера», «чёртова дюжина») is no
 *   scare quote and no accusation; scare quotes around the seller's "mistake" or the word "new" are.
 * - "Your offer is bullsh!t." judges a thing and ends with a full stop: profanity only (round thirteen's grammar).
 * - Mat asked of «вы» in one question («вы там совсем eбaнутые?») is profanity and insult (round ten), not emotional.
 * - A brother who works "two blocks from your warehouse" and "may drop by for a talk" is an associates' visit: threat.
 * - A clown emoji aimed at the warehouse staff is an insult only; it is no emotive emoji.
 * - An emoji-only reply is labelled `en` (no words to go by) and gets only `empty_text`.
 * - «после первого дня носки» is a discovery time, like "after the first wash".
 * - Full refunds are written without a sum, so no text raises the bare-price question of rounds twelve and thirteen.
 */
export const ROUND41_HOLDOUT_A: CorpusCase[] = [
  // calm, serial number not in Apple's database and differs from the box; offers to send it back
  c(
    'r41a-01',
    'ru',
    `Заказ 8142277310, iPhone 13 128 ГБ, получила 4 апреля. При проверке серийный номер F2LXK9Q1N72 с коробки не находится на сайте Apple (проверка покрытия пишет «неверный серийный номер»), а в настройках самого телефона стоит другой — DX3GL7R2PLJ. Скриншоты проверки и фото коробки прикладываю. Готова отправить телефон обратно за ваш счёт и получить деньги.`,
    'photo',
    [],
    'return',
  ),
  // concrete signs of a fake watch, photo attached, no time or discovery moment
  c(
    'r41a-02',
    'en',
    `The G-Shock GA-2100 has no Casio engraving on the buckle and the logo on the dial sits crooked. Photos attached. I would like a full refund.`,
    'photo',
    ['missing_when'],
    'full_refund',
  ),
  // mat about the item written with a Latin x; no exclamation, so not emotional
  c(
    'r41a-03',
    'ru',
    `Вместо AirPods Pro прислали китайскую xуйню за пятьсот рублей: шумоподавление не включается, а серийника из настроек нет в базе Apple. Проверила 12 мая, как только забрала посылку. Видео прикладываю. Верните деньги.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
  // laptop with swapped RAM and SSD; innocent trap "Killer" Wi-Fi card; partial with a sum
  c(
    'r41a-04',
    'en',
    `Ordered the ASUS ROG Strix G16 with 32 GB RAM and a 1 TB Samsung SSD (order 3021998475). When I first booted it on 2 March, Task Manager showed 16 GB of RAM and a 512 GB no-name drive. The Killer Wi-Fi card is the right one at least. Screenshots of Task Manager and a photo of the open bottom panel are in the form. I'd like a partial refund of $180 for the missing RAM and the smaller drive.`,
    'photo',
    [],
    'partial_refund',
    180,
  ),
  // empty box with tracking weight and a post office report, but a fraud label on top
  c(
    'r41a-05',
    'ru',
    `Пришла пустая коробка от Samsung Galaxy S23. В отслеживании вес 0,12 кг, а телефон с коробкой весит около полкило. Вскрывала на почте 21 марта при сотруднике, есть акт. Вы мошенники и прекрасно знали, что отправляете. Полный возврат.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // veiled threat: a relative near the warehouse who can "drop by"
  c(
    'r41a-06',
    'ru',
    `Самокат Xiaomi Pro 2: вместо батареи 12,8 Ач стоит 7,8 Ач, увидела в приложении на третий день катания. Фото наклейки на батарее прилагаю. Хочу замену батареи. И учтите, мой брат работает в Шэньчжэне в двух кварталах от вашего склада, может зайти поговорить лично.`,
    'photo',
    ['threat'],
    'exchange',
  ),
  // used camera sold as new; disappointed and "!!"; no request
  c(
    'r41a-07',
    'en',
    `I am SO disappointed. Paid £640 for a brand new Sony A7 III and the shutter count is 48,213 — I checked it with ShutterCounter the evening it arrived. That is a well-used camera!! Photo of the readout attached.`,
    'photo',
    ['emotional', 'missing_resolution'],
    'none',
  ),
  // gold ring tested at a pawnshop; calm and complete
  c(
    'r41a-08',
    'ru',
    `Кольцо заявлено как золото 585 весом 2,1 г. Получила 9 февраля, 12 февраля отнесла в ломбард на проверку: кислотный тест показал латунь с напылением, на их весах 1,6 г. Справку из ломбарда и фото весов прилагаю. Прошу вернуть полную стоимость кольца.`,
    'photo',
    [],
    'full_refund',
  ),
  // leetspeak intensifier, fraud label, "fakes as originals"
  c(
    'r41a-09',
    'en',
    `These Jordan 1 Chicago are fake as sh1t. Stitching on the swoosh is crooked, the box label says size 10 and the tag inside says 9.5, and there are no UV marks on the insole. Unboxed them yesterday, pics attached. You sell fakes as originals, bunch of scammers. Refund me.`,
    'photo',
    ['profanity', 'emotional', 'accusation'],
    'full_refund',
  ),
  // perfume: 50 ml bottle in a 100 ml box; partial with a sum; no evidence
  c(
    'r41a-10',
    'ru',
    `Духи Chanel Coco Mademoiselle 100 мл: в коробке флакон на 50 мл, и крышка не держится на магните. Открыла 3 июня. Прошу частичный возврат 2500 руб за разницу в объёме.`,
    'none',
    ['missing_evidence'],
    'partial_refund',
    2500,
  ),
  // sarcastic praise of the staff (insult) plus used-as-new sarcasm (accusation)
  c(
    'r41a-11',
    'ru',
    `Часы Garmin Fenix 7 пришли с царапинами на безеле и с чужим профилем: при первом сопряжении 15.05 Garmin Connect подтянул историю тренировок с 2022 года. Скрины прилагаю. Браво, гении, продать б/у часы как новые — это надо уметь. Хочу обмен на новые.`,
    'photo',
    ['insult', 'accusation'],
    'exchange',
  ),
  // lens serial mismatch confirmed by the maker; asks for a new lens
  c(
    'r41a-12',
    'en',
    `Canon RF 50mm f/1.8 received 18 April. The serial on the lens (0412003187) does not match the box and warranty card (0412077652), and Canon support replied by email on 20 April that the lens serial belongs to a unit sold in Germany in 2021. Their email and photos of both serials are attached. Please send a new lens with matching papers.`,
    'photo',
    [],
    'exchange',
  ),
  // innocent trap «убойная камера» quoted from the listing; partial with a sum
  c(
    'r41a-13',
    'ru',
    `В описании Poco X6 Pro обещана «убойная камера 64 Мп», а в AIDA64 основная камера 50 Мп и сенсор другой модели. Проверила в день получения, 7 мая, скриншоты прикреплены. Прошу вернуть 3000 ₽ как компенсацию.`,
    'photo',
    [],
    'partial_refund',
    3000,
  ),
  // generic complaint only, no time
  c(
    'r41a-14',
    'ru',
    `Планшет какой-то не такой, не соответствует описанию, качество плохое. Фото в приложении. Верните деньги.`,
    'photo',
    ['missing_what', 'missing_when'],
    'full_refund',
  ),
  // empty drone box; "f*cking scammers" (profanity, emotional, accusation)
  c(
    'r41a-15',
    'en',
    `Empty box. EMPTY. Ordered a DJI Mini 4 Pro, tracking LP00612345678CN shows 0.09 kg at dispatch when the drone alone is 249 g. Opened it at the pickup point on 11 June on camera. You f*cking scammers. Full refund.`,
    'video',
    ['profanity', 'emotional', 'accusation'],
    'full_refund',
  ),
  // «в шоке!!»; compensation with no sum
  c(
    'r41a-16',
    'ru',
    `Я в шоке!! Купила Dyson Airwrap за 32 000 ₽, а пришёл аналог с наклейкой Dyson: насадки другой формы, на корпусе нет серийного номера. Открыла в тот же вечер, фото прикладываю. Хочу компенсацию.`,
    'photo',
    ['emotional', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // car parts: fake spark plugs found while fitting
  c(
    'r41a-17',
    'ru',
    `Свечи Bosch FR7DC+ (4 шт.): на изоляторе нет лазерной маркировки, резьба на двух свечах кривая — одна так и не вкрутилась в головку. Обнаружил при установке 28.08. Фото свечей рядом с оригинальной из автомагазина прилагаю. Прошу заменить на оригинальные.`,
    'photo',
    [],
    'exchange',
  ),
  // scare quotes around "mistake"; offers to send back; no evidence
  c(
    'r41a-18',
    'en',
    `Another 'mistake', I'm sure. The MacBook Air M2 box had a 2019 Intel MacBook inside; About This Mac says Intel Core i5. Found that when I set it up on 5 July. Send me a return label and I'll ship it back.`,
    'none',
    ['accusation', 'missing_evidence'],
    'return',
  ),
  // masked mat as a one-word cry (digit for a letter)
  c(
    'r41a-19',
    'ru',
    `П!3дец. Третий раз заказываю Xiaomi Smart Band 8 и опять пришёл клон: Mi Fitness его не видит и просит поставить какое-то «FitPro». Заметила вчера при подключении. Видео с экрана прикладываю. Хочу назад свои деньги.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // innocent trap "sick design"; offers to send them back
  c(
    'r41a-20',
    'en',
    `Love the sick design of these Adidas Samba, but they are not the real thing: the tongue label font differs from my genuine pair and the size tag inside has no production code. Noticed on 14 Aug when I put them side by side. Comparison photos attached. Happy to send them back for a refund.`,
    'photo',
    [],
    'return',
  ),
  // tracking weight at dispatch and at delivery, post office report; calm and complete
  c(
    'r41a-21',
    'ru',
    `Трек RU123456785CN: при отправке в отслеживании указан вес 0,34 кг, при выдаче на почте 17.10 — 0,11 кг. Внутри коробка от Galaxy Watch 6 без часов, только зарядка. Акт вскрытия с почты и фото прилагаю. Прошу полный возврат средств.`,
    'photo',
    [],
    'full_refund',
  ),
  // says a screenshot and photo are attached, the form has none
  c(
    'r41a-22',
    'en',
    `The Apple Watch Series 9 I got on 3 Nov has a serial that Apple's coverage page calls invalid, and the back reads "Designed by Apple in Califonia". I've attached a screenshot and a photo of the back. Please exchange it for a genuine one.`,
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // «слепые» aimed at the warehouse staff
  c(
    'r41a-23',
    'ru',
    `Кроссовки New Balance 550: левый 42, правый 44, и на правом логотип N вверх ногами. Вы там на складе слепые? Получила 2 декабря, фото обеих бирок в форме. Пришлите пару правильного размера.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // swapped graphics card found in the BIOS; no evidence, no request
  c(
    'r41a-24',
    'ru',
    `Ноутбук Lenovo Legion 5: в BIOS видеокарта RTX 3050, а в описании и на наклейке под клавиатурой RTX 4060. Обнаружил при первой загрузке 19 ноября.`,
    'none',
    ['missing_evidence', 'missing_resolution'],
    'none',
  ),
  // polite menace: "it would be a shame if someone turned up there"
  c(
    'r41a-25',
    'en',
    `The Seiko 5 Sports I received has a quartz movement (the seconds hand jumps once a second) although the listing says automatic 4R36. Noticed it the day it came, 9 Jan. Video attached. I want a full refund. I have your shop's registered address in Yiwu now, and it would be a shame if someone turned up there asking about this watch.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // tools: fake Makita weighed against a genuine battery; keeps it for a sum
  c(
    'r41a-26',
    'ru',
    `Шуруповёрт Makita DDF485: на корпусе нет гравировки серийного номера, аккумулятор весит 380 г вместо 620 г у оригинального BL1850B, а у зарядки вилка без заземления. Взвесил и сравнил со своим рабочим инструментом 5 марта, фото всех трёх мест прикладываю. Согласен оставить шуруповёрт за частичный возврат 4 500 рублей.`,
    'photo',
    [],
    'partial_refund',
    4500,
  ),
  // "gutted" (affect word), otherwise complete
  c(
    'r41a-27',
    'en',
    `Honestly gutted. Saved for months for this Pixel 8 Pro and the screen has a burned-in keyboard outline, battery health at 81%. Saw both the moment I turned it on (3 Feb). Pictures are in the attachment. Refund please.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // spaced mat as a cry
  c(
    'r41a-28',
    'ru',
    `Б л я т ь, опять. GoPro Hero 12 пришла с чужой флешкой, на которой триста роликов какого-то мужика, и с царапиной на линзе. Распаковала сегодня утром, видео распаковки прикреплено. Замену на новую камеру.`,
    'video',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // a percentage asked back: partial without a sum
  c(
    'r41a-29',
    'ru',
    `Серьги заявлены как серебро 925, на замке даже проба стоит, но магнит их притягивает, а после первого дня носки на мочках зелёные следы. Фото прилагаю. Хочу вернуть 50% стоимости.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // innocent trap: Scunthorpe; serial lookup fails; send the right model
  c(
    'r41a-30',
    'en',
    `Delivered to our Scunthorpe office on 22 May: the Bose QuietComfort Ultra box held QC45 earcups with a QC Ultra sticker on top. Bose's serial lookup returns "product not found" for the code on the box. I've added photos of both labels and of the lookup result. Please send the correct QC Ultra headphones.`,
    'photo',
    [],
    'exchange',
  ),
  // sarcasm about honesty with «случайно» in quotes
  c(
    'r41a-31',
    'ru',
    `Вместо iPad Air 5 64 ГБ пришёл iPad 9-го поколения — это видно по кнопке Home, которой у Air нет. Разбирался 30 апреля, фото сбоку прикладываю. Ну конечно, «случайно» перепутали. Обмен на iPad Air.`,
    'photo',
    ['accusation'],
    'exchange',
  ),
  // kitchen: fake Tefal measured with calipers; offers to send it back
  c(
    'r41a-32',
    'ru',
    `Сковорода Tefal Ingenio 28 см: на дне нет индикатора Thermo-Spot, толщина дна 2 мм вместо заявленных 4,5 мм (мерил штангенциркулем 11 октября), на индукции не греется вообще. Фото замера во вложении. Готов отправить сковороду обратно, оформите возврат.`,
    'photo',
    [],
    'return',
  ),
  // shouting "WHO PACKED THIS??" plus "you muppets" at the staff
  c(
    'r41a-33',
    'en',
    `WHO PACKED THIS?? Ordered a Ninebot Max G30 e-scooter, got one with a cracked deck and a controller that throws error 21 on every start, from the day of delivery, 6 Sept. Video of the error attached. You muppets can't even ship a scooter in one piece. Send a replacement controller.`,
    'video',
    ['insult', 'emotional'],
    'exchange',
  ),
  // offers a screenshot (names evidence); only «решите вопрос»
  c(
    'r41a-34',
    'ru',
    `Телефон Honor 90 пришёл уже активированным: заметил при первом включении, в приложении гарантии дата активации 14.01.2024, а заказ я сделал только 2 февраля. Могу прислать скрин, если нужно. Решите вопрос.`,
    'none',
    ['missing_resolution'],
    'none',
  ),
  // threat to publish the director's passport data
  c(
    'r41a-35',
    'ru',
    `Yeezy 350 пришли с клеем по всей подошве, буквы на полосе кривым шрифтом, на коробке нет стикера с кодом. Получила в пятницу, фото приложила. Жду возврата денег, иначе паспортные данные вашего директора окажутся во всех кроссовочных чатах — я их уже нашла.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // emoji only
  c('r41a-36', 'en', `😡📱😡`, 'none', ['empty_text'], 'none'),
  // hobby: fishing reel opened at home; named sum "for the difference"
  c(
    'r41a-37',
    'ru',
    `Катушка Shimano Stradic 2500 (заказ 5113 0487 2210): после первой рыбалки 3 июля разобрал её дома — внутри 3 подшипника вместо заявленных 6+1, остальное пластиковые втулки. Фото внутренностей прилагаю. Прошу вернуть 2 000 ₽ за разницу.`,
    'photo',
    [],
    'partial_refund',
    2000,
  ),
  // reply: "your offer is bullsh!t." (profanity only); refused $10, asks $60 and keeps them
  c(
    'r41a-38',
    'en',
    `Your offer of $10 for Ray-Bans with no RB etching on the left lens is bullsh!t. The hinge also says Made in PRC. I checked them the day they came, 12 June, photos attached. I want $60 back and I'll keep them.`,
    'photo',
    ['profanity'],
    'partial_refund',
    60,
  ),
  // garden: fake chainsaw chain; calm and complete
  c(
    'r41a-39',
    'en',
    `The Husqvarna X-Cut SP33G chain (order 8820134) arrived 14 April. Fitted on 16 April, it stretched 6 mm within one tank and two drive links cracked; a genuine chain has the H stamp on every cutter and this one has none. See the attached photos of the cracked links. Please refund me in full.`,
    'photo',
    [],
    'full_refund',
  ),
  // capitals request; «подделка, видно сразу» is vague
  c(
    'r41a-40',
    'ru',
    `ВЕРНИТЕ ДЕНЬГИ. Сумка Michael Kors — подделка, видно сразу. Распаковала 8 марта, фото прилагаю.`,
    'photo',
    ['emotional', 'missing_what'],
    'full_refund',
  ),
  // toys: fake LEGO set found while building
  c(
    'r41a-41',
    'ru',
    `Набор LEGO Technic 42143 Ferrari: на штырьках деталей нет надписи LEGO, в коробке 3 пакета из 9 пронумерованных, инструкция — чёрно-белая ксерокопия. Заметили, когда начали собирать с сыном 2 января. Фото пакетов и деталей прилагаю. Прошу полный возврат.`,
    'photo',
    [],
    'full_refund',
  ),
  // "classic bait and switch"; fake SSD capacity found with H2testw; no request
  c(
    'r41a-42',
    'en',
    `Classic bait and switch. The listing shows a Samsung 990 Pro 2TB; CrystalDiskInfo reports a generic 2TB drive with a Phison controller, and H2testw found only 480 GB of real capacity before the errors started. Screenshot attached.`,
    'photo',
    ['accusation', 'missing_resolution'],
    'none',
  ),
  // condescension «для тупеньких»
  c(
    'r41a-43',
    'ru',
    `Объясняю для тупеньких ещё раз: заказывала Sony WH-1000XM5, пришли XM4 в коробке от XM5. Модель написана на оголовье изнутри. Получила 19.09, фото прикрепляю уже в третий раз. Нужна замена на XM5.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // jewellery tested by a jeweller; sends it back
  c(
    'r41a-44',
    'en',
    `Pandora charm bracelet, sold as sterling silver with the ALE hallmark. Received 7 Feb; the clasp has no hallmark at all, and my jeweller's XRF test on 9 Feb shows zinc alloy, no silver. His report and my photos are attached. I'm sending it back, so please give me a return address.`,
    'photo',
    [],
    'return',
  ),
  // charger wattage mismatch; no time, no evidence; partial with a sum
  c(
    'r41a-45',
    'ru',
    `Зарядка Anker 65 Вт на деле выдаёт максимум 18 Вт, ноутбук пишет «медленная зарядка». Прошу вернуть 900 руб.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'partial_refund',
    900,
  ),
  // Greek Χ in mat, "mat, а не item" with "!"
  c(
    'r41a-46',
    'ru',
    `Χyйня, а не планшет! Galaxy Tab S9 в Samsung Members определяется как SM-X200, а это Tab A8. Проверила сразу после получения 4 апреля, скрины приложены. Возврат полной суммы.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // "ridiculous" and "??"; no evidence
  c(
    'r41a-47',
    'en',
    `This is ridiculous. A Dyson V15 with no laser head in the box and a battery that dies after 6 minutes on its first charge on Sunday. How is this allowed?? Full refund.`,
    'none',
    ['emotional', 'missing_evidence'],
    'full_refund',
  ),
  // innocent trap «чёртова дюжина» (the listing's name for 13 chisels); send the missing two
  c(
    'r41a-48',
    'ru',
    `Заказывал набор резцов Narex «Чёртова дюжина» — 13 штук, а пришло 11: нет двух полукруглых, на 6 и на 10 мм. Пересчитал при распаковке 22.02, фото раскладки приложил. Прошу дослать два недостающих резца.`,
    'photo',
    [],
    'exchange',
  ),
  // threat hidden as customs connections holding the next shipments
  c(
    'r41a-49',
    'en',
    `Received the OnePlus 12 (16/512 GB) on 8 March. Settings show 12/256 GB and the IMEI isn't recognised by OnePlus' warranty check; both screenshots are in the form. Send the phone I paid for. My cousin works at Guangzhou customs, and your next containers could sit there a very long time.`,
    'photo',
    ['threat'],
    'exchange',
  ),
  // «вы специально»; compensation «на ваше усмотрение»
  c(
    'r41a-50',
    'ru',
    `Вы специально отправили восстановленный MacBook Pro вместо нового: в «Об этом Mac» 412 циклов зарядки, на нижней крышке следы вскрытия. Увидел в день получения, 10 октября, фото и скрин прилагаю. Хочу компенсацию на ваше усмотрение.`,
    'photo',
    ['accusation', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // transliterated Russian, calm and complete
  c(
    'r41a-51',
    'ru',
    `Zakazyvala chasy Tissot PRX, a prishli s kryshkoi ot drugoi modeli: na zadnei kryshke nomer T137.410, a v pasporte T137.407. Zametila pri poluchenii 16 iyunya, foto prilagayu. Proshu zamenu na pravilnuyu model.`,
    'photo',
    [],
    'exchange',
  ),
  // vague "not as described" and "feels cheap"; no time
  c(
    'r41a-52',
    'en',
    `The camera is not as described and feels cheap. I want to return it. See the attached photos.`,
    'photo',
    ['missing_what', 'missing_when'],
    'return',
  ),
  // car parts: brake pads measured before fitting
  c(
    'r41a-53',
    'en',
    `Brembo P 85 020 brake pads, delivered 29 Oct: the backing plates carry no Brembo laser code and no ECE R90 number, and the friction material is 8 mm thick, not the 10 mm printed on the box. Measured with calipers before fitting. Photos in the form. Please send genuine pads.`,
    'photo',
    [],
    'exchange',
  ),
  // clown emoji at the warehouse staff; tracking number as evidence, no file
  c(
    'r41a-54',
    'ru',
    `Вместо часов Amazfit GTR 4 пришёл фитнес-браслет за 500 рублей. Трек-номер LB123456789CN, вес по отслеживанию 0,05 кг. Открыла 1 сентября. Ваши 🤡 на складе вообще смотрят, что кладут? Оформите полный возврат.`,
    'none',
    ['insult'],
    'full_refund',
  ),
  // says a photo is attached, none in the form; no request
  c(
    'r41a-55',
    'ru',
    `Бритва Philips S9000 пришла 12 ноября как новая, но на корпусе царапины, а в меню счётчик показывает 47 бритьёв. Фото прикрепляю.`,
    'none',
    ['missing_resolution', 'evidence_not_attached'],
    'none',
  ),
  // spaced English mat as a cry
  c(
    'r41a-56',
    'en',
    `F U C K this. The Logitech MX Master 3S I got on Tuesday isn't detected by Logi Options+, and the Bolt receiver is missing from the box. Photo attached. Refund.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // clothes: jeans measured with a tape
  c(
    'r41a-57',
    'ru',
    `Джинсы Levi's 501, W32 L34. На внутренней бирке нет номера партии, красный ярлычок пришит наизнанку, а длина по внутреннему шву 78 см вместо 86 — измерила сантиметром 5 апреля, в день получения. Фото бирок и замера приложила. Пришлите, пожалуйста, оригинальные 501 того же размера.`,
    'photo',
    [],
    'exchange',
  ),
  // e-scooter motor weaker than listed; partial in euros
  c(
    'r41a-58',
    'en',
    `Segway Ninebot F2 Pro, order 3057788912, delivered 13 May. The motor label says 350 W where the listing says 450 W, and in Sport mode it tops out at 20 km/h. A video of the test ride is attached. A partial refund of €120 would settle it.`,
    'video',
    [],
    'partial_refund',
    120,
  ),
  // «обидно до слёз», otherwise complete
  c(
    'r41a-59',
    'ru',
    `Обидно до слёз. Подарок мужу на юбилей — часы Casio Edifice, а стрелка хронографа не возвращается на ноль, и под стеклом пылинки. Заметили вечером 20 января. Фото стрелки во вложении. Прошу обменять.`,
    'photo',
    ['emotional'],
    'exchange',
  ),
  // bare two-word complaint
  c(
    'r41a-60',
    'en',
    `Not original. Refund.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // «не доводите до греха» (ominous menace); seller's silence is not the problem's time
  c(
    'r41a-61',
    'ru',
    `Третью неделю пишу про наушники JBL Tour One M2: левая чашка шипит, на правой не работает шумоподавление — и так с первого дня. Видео прикрепляла, оно в форме. Верните деньги и не доводите до греха.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // mocking question about the staff's eyes and a "blindfolded hamster"
  c(
    'r41a-62',
    'en',
    `I ordered Galaxy Buds2 Pro in graphite and got Buds FE in white, packed in a Buds2 Pro box. Opened them on 2 Dec; the photos show both boxes. Does anyone at your shop have working eyes, or is the packing done by a blindfolded hamster? Send the right ones.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // mat asked of «вы» with Latin look-alikes (profanity, insult)
  c(
    'r41a-63',
    'ru',
    `Вы там совсем eбaнутые? На кольце Tiffany вместо клейма T&Co. выбито S925 кривыми буквами, и за неделю палец под ним позеленел. Фото прикрепила. Деньги верните.`,
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // service tag shows an older warranty start: sold as new; return
  c(
    'r41a-64',
    'en',
    `The Dell XPS 13 from order 3040 1122 9981 was sold as new, but Dell's warranty lookup for service tag 7HXK2L3 shows the warranty starting 14 Feb 2022 and the system first shipped to a customer in Poland. I ran the lookup on 18 Jan, the day it arrived; screenshot and a photo of the tag are attached. I'd like to return it for a refund.`,
    'photo',
    [],
    'return',
  ),
  // «ворьё»; vague "not original"
  c(
    'r41a-65',
    'ru',
    `Ворьё. Кроссовки не оригинал, качество никакое, это сразу видно при распаковке. Фото прикрепила. Деньги назад.`,
    'photo',
    ['accusation', 'missing_what'],
    'full_refund',
  ),
  // cosmetics: batch codes that do not check out; calm and complete
  c(
    'r41a-66',
    'ru',
    `Крем La Roche-Posay Effaclar Duo+: на тюбике партия 39V512, на коробке 41X208, и проверка кода на сайте производителя выдаёт «код не найден». Плюс сильный запах отдушки, хотя крем заявлен без неё. Открыла 7 ноября, скрин проверки и фото тюбика в приложении. Прошу полный возврат.`,
    'photo',
    [],
    'full_refund',
  ),
  // threat: the manager's name and phone to followers
  c(
    'r41a-67',
    'en',
    `The Apple Pencil 2 I received on 4 April doesn't charge on the iPad's magnetic connector and shows no serial under Bluetooth settings. Video attached. Refund it, or my 80k followers get your warehouse manager's name and phone number by Friday.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // dashcam resolution mismatch; says a screenshot is attached, the form has none; named sum
  c(
    'r41a-68',
    'ru',
    `Видеорегистратор 70mai A810: в описании 4K, а на записях максимум 1080p, в свойствах файла 1920×1080. Проверил в первый же день, 3 марта. Скриншот свойств файла прикладываю. Верните 2 100 руб. — это разница с моделью попроще.`,
    'none',
    ['evidence_not_attached'],
    'partial_refund',
    2100,
  ),
  // innocent trap "killer feature"
  c(
    'r41a-69',
    'en',
    `The killer feature of the Garmin Forerunner 965 was the AMOLED screen, but the unit that arrived on 30 Sept has a memory-in-pixel display and says Forerunner 265 under Settings > About. Photos of the screen and the About page are attached. Please exchange it for the 965 I paid for.`,
    'photo',
    [],
    'exchange',
  ),
  // sarcastic praise of quality control ("гении"); offers to send it back
  c(
    'r41a-70',
    'ru',
    `Пуховик The North Face Nuptse 700: внутри не пух, а синтепон — распорола шов у бирки 14 декабря, фото приложила. Ваш контроль качества заслуживает медаль, гении. Куртку отправлю обратно, верните за неё деньги.`,
    'photo',
    ['insult'],
    'return',
  ),
  // used smartwatch; keeps it for an unnamed sum; no time
  c(
    'r41a-71',
    'en',
    `The Fossil Gen 6 came with a scuffed strap, the box seal already cut, and the watch greets a previous owner by name. I'll keep it if you give me a partial refund; the pictures show all three.`,
    'photo',
    ['missing_when', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // digits in mat as a cry, then a fraud label
  c(
    'r41a-72',
    'ru',
    `3,14здец. Вы кидалы. Заказал видеокарту RTX 4070, а в коробке кирпич, обмотанный скотчем, вес по трекингу 1,4 кг. Вскрывал на ПВЗ 27.06 под видео. Требую вернуть всю сумму.`,
    'video',
    ['profanity', 'emotional', 'accusation'],
    'full_refund',
  ),
  // reply: refuses 500 ₽, asks 3000 ₽; no time, no evidence in this text
  c(
    'r41a-73',
    'ru',
    `Ваше предложение в 500 ₽ не принимаю. Galaxy Watch 5 пришли с чужой гравировкой на задней крышке «Лёше от Маши», то есть точно не новые. Хочу 3000 ₽ компенсации.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'partial_refund',
    3000,
  ),
  // masked "a$$holes" as name-calling
  c(
    'r41a-74',
    'en',
    `Listen, a$$holes: the 1 ct moissanite ring fails the GRA check, the laser code on the girdle doesn't exist in their database, and my tester reads it as a simulant. Tested it on 15 Aug and filmed the test. Full refund now.`,
    'video',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // shutter count from EXIF on a "new" camera; return if postage is paid
  c(
    'r41a-75',
    'ru',
    `Фотоаппарат Fujifilm X-T30 II пришёл 6 мая. Пробег затвора по EXIF — 12 480 кадров, хотя в объявлении написано «новый, в плёнке». У крепления ремешка потёртости. Скрин EXIF и фото потёртостей приложены. Готов вернуть камеру, если оплатите обратную доставку.`,
    'photo',
    [],
    'return',
  ),
  // "What great honesty" and scare quotes around "new"; no evidence
  c(
    'r41a-76',
    'en',
    `What great honesty: "new" AirPods Max with someone's hair in the earcups, and Find My says they are linked to another Apple ID. Found out when pairing on 2 Oct. Send a new pair.`,
    'none',
    ['accusation', 'missing_evidence'],
    'exchange',
  ),
  // wishing the seller the same burn: a threat
  c(
    'r41a-77',
    'ru',
    `Redmi Note 13 через неделю зарядки из комплекта вздулся, крышка отошла, я обожгла пальцы. Зарядка оказалась не Xiaomi: на ней 10 Вт вместо 33. Снимки вздувшегося корпуса в форме. Желаю вам так же обжечься. Верните всю стоимость телефона.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // short and complete
  c(
    'r41a-78',
    'en',
    `Order 8155023901: Kindle Paperwhite 16 GB shows 8 GB in Device Info, checked on arrival 19 Nov. Screenshot attached. Refund please.`,
    'photo',
    [],
    'full_refund',
  ),
  // digit for a letter in mat as a cry; compensation with no sum
  c(
    'r41a-79',
    'ru',
    `6лять, ну сколько можно. Бритва Braun Series 9, а сетки в ней от Series 5: не садятся в головку и хрустят. Заметил при первом бритье в понедельник. Фото. Компенсацию хочу.`,
    'photo',
    ['profanity', 'emotional', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // innocent trap: Dickies brand; measured waist
  c(
    'r41a-80',
    'en',
    `Dickies 874 work trousers, size 34x32, arrived 9 July. The waist measures 30 inches with a tape and the Dickies patch is glued on, not stitched. Photos are in the form. Please swap them for a genuine pair in 34x32.`,
    'photo',
    [],
    'exchange',
  ),
];
