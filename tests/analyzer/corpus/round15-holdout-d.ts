import { labelled as c, type CorpusCase } from './types';

/**
 * Round fifteen, hold-out set d: office workers and customer-service veterans writing formal, passive-aggressive
 * emails about kitchenware, smart-home gadgets, bags and luggage, pet supplies and hobby electronics. Written by a hand
 * that has not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Every text with a file in the form also names that kind of evidence in its words; no text relies on the file alone.
 * - Mat as a predicate judging the item or the service, with no "!" («это …, а не сервис», «χуйня, а не органайзеры»,
 *   «калибровка … х*ёвая»), is profanity only; spaced or masked mat as an interjection or an adjective before the
 *   item is profanity and emotional; "f*cking ridiculous" is profanity and emotional (ridiculous is an affect word).
 * - "a$$clown" aimed at the people who assemble the item is profanity and insult.
 * - A test procedure that found the fault (contacts dipped in a glass of water, a capacity meter, a measuring tape)
 *   counts as the discovery circumstance.
 * - Sending a missing part, pump, lid or seal is an exchange; "send the other two cases" is an exchange.
 * - A sum named together with «полную стоимость» is a full refund; a sum with a larger order total named is partial.
 * - «Жду вашего решения», «Надеюсь, вы сделаете выводы» and "someone take a look" are no request.
 * - Insinuations of design («вы прекрасно знали», «часть бизнес-модели», "and you know it", "pure coincidence that
 *   every battery…") are accusations; «Я не утверждаю, что специально» and "I'm not suggesting anyone did this
 *   deliberately" are taken back and are not.
 * - A relative who "will drop by" the seller's warehouse, knowing the seller's child's school, a hoarded phone number
 *   with a deadline to publish it, and "warehouses are fragile, so much cardboard" are threats; «надеюсь, до этого не
 *   дойдёт» after lawful steps only (support, a bank) is not.
 * - The breeder's word «сука» for the buyer's own female toy terrier is innocent, as in English.
 * - Words and names containing rude-looking pieces (бляха на ремне, застрахуйте, оскорблять, корабля, Херсонская,
 *   команда, cocktail, cockapoo, Dickens, Scunthorpe, Butt Splice) are innocent.
 */
export const ROUND15_HOLDOUT_D: CorpusCase[] = [
  // Polite but firm, chargeback named as a lawful step; missing lid and dented ladle, date, photo, exchange.
  c(
    'r15d-01',
    'ru',
    `Добрый день, уважаемый продавец!
Пишу по заказу 8123456701 (набор кастрюль из нержавеющей стали, 5 предметов). Посылку получила 3 апреля, при распаковке обнаружила, что у кастрюли на 3 л отсутствует крышка, а у ковша вмятина на дне размером около 2 см. Фото комплекта и вмятины прилагаю.
Прошу отправить недостающую крышку и заменить ковш. Если замена невозможна, я буду вынуждена открыть спор и обратиться в банк для возврата платежа (chargeback) — это моё законное право как потребителя.
С уважением,
Наталья Сергеевна, отдел закупок`,
    'photo',
    [],
    'exchange',
  ),

  // Condescension about the reader's ability to read ("ask a grown-up"), otherwise complete.
  c(
    'r15d-02',
    'ru',
    `Здравствуйте.
Попробую объяснить ещё раз, медленно и по пунктам, раз предыдущие три сообщения, видимо, оказались слишком сложными для вашего отдела.
1. Умная розетка Wi-Fi (16 А) не подключается к приложению: индикатор мигает синим, сопряжение обрывается на 90%.
2. Проблема была с первого включения, 12 мая.
3. Видео с процессом сопряжения приложено.
4. Я прошу вернуть деньги.
Если и этот текст вызовет затруднения, попросите помочь кого-нибудь из взрослых.
Всего доброго.`,
    'video',
    ['insult'],
    'full_refund',
  ),

  // Seller's insult quoted as evidence; offers to send the feeder back, so return.
  c(
    'r15d-03',
    'en',
    `Hello,
For the record, and so the dispute team has the full picture: when I reported that the automatic feeder (model PF-20, 4L) jams and dispenses nothing at the 7am slot, your agent replied "you are stupid, read manual, not our problem". I have read the manual. The jam started on the fourth day of use, 18 June; the auger stops and the motor clicks. A video of the 7am cycle and a screenshot of the chat are attached.
I would like a full refund. I am happy to send the feeder back if you provide a return label.
Regards,
Mark Ellison`,
    'video',
    [],
    'return',
  ),

  // Scare quotes around «случайная пересортица» and «случайности» in the seller's favour: sarcasm about honesty.
  c(
    'r15d-04',
    'ru',
    `Добрый день.
Благодарю за ответ. Особенно тронула формулировка «случайная пересортица»: вместо заказанного набора ножей из дамасской стали (67 слоёв) пришли ножи из обычной нержавейки с нанесённым лазером узором, который стирается губкой. Удивительно, как такие «случайности» всегда происходят в пользу продавца.
Обнаружила 9 октября, когда первый раз помыла нож, — рисунок частично сошёл. Фото до и после прилагаю.
Прошу полный возврат средств.
С уважением, Ирина`,
    'photo',
    ['accusation'],
    'full_refund',
  ),

  // Masked "f*cking" as an intensifier with an affect word; otherwise complete.
  c(
    'r15d-05',
    'en',
    `Dear Seller,
Per my previous message (sent 2 August, unanswered), the telescopic handle of the 28-inch hard-shell suitcase jammed on its first trip: it extends about 10 cm and then locks, and it will not retract. I have attached photos of the handle at its stuck position.
I have now spent twenty minutes in an airport queue carrying a 23 kg suitcase by its side strap, so you will forgive me if I stop being polite: this is f*cking ridiculous.
Please arrange a replacement suitcase.
Kind regards,
D. Hartley`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),

  // «бляха» (belt buckle) and «застрахуйте» look rude but are not; partial with a sum.
  c(
    'r15d-06',
    'ru',
    `Здравствуйте.
Заказ 5019922834, кожаная сумка-портфель, коричневая. При получении 21 ноября на почте обнаружила, что металлическая бляха на плечевом ремне оторвана, а один из двух карабинов отсутствует. Фото ремня и бляхи сделаны прямо на почте, прикладываю.
Прошу частичный возврат 900 рублей — примерно столько стоит ремонт ремня в мастерской. И, пожалуйста, в следующий раз застрахуйте посылку: судя по коробке, её роняли.
С уважением, Ольга`,
    'photo',
    [],
    'partial_refund',
    900,
  ),

  // Veiled threat: a relative near the warehouse who "will drop by to discuss it in person".
  c(
    'r15d-07',
    'ru',
    `Уважаемый продавец!
Паяльная станция (T12, 72 Вт), полученная 2 февраля, не нагревается выше 180 °C, хотя на экране показывает 350. Замер термопарой мультиметра — на видео.
Прошу вернуть деньги.
Отдельно хочу сообщить, что ваш склад в Шэньчжэне, по адресу из накладной, находится в двух кварталах от офиса, где работает мой деверь. Он как раз собирался к вам заглянуть и лично обсудить вопрос. Надеюсь, до этого не дойдёт.
Всего хорошего.`,
    'video',
    ['threat'],
    'full_refund',
  ),

  // Corporate vagueness: no problem named, no time, no evidence, "take a look" is no request.
  c(
    'r15d-08',
    'en',
    `Hi there,
Just circling back on the smart thermostat. As I'm sure you're aware, it isn't quite what one would expect from the listing. I'd appreciate it if someone could take a look at this at your earliest convenience.
Best,
Priya`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),

  // Mat with Latin look-alike letters as a predicate about the service, no "!": profanity only.
  c(
    'r15d-09',
    'ru',
    `Добрый вечер.
Переноска для кошки (размер M), получена 14 января. Через три дня защёлка дверцы сломалась, кошка выбралась прямо в маршрутке. Фото сломанной защёлки прикладываю.
Я очень вежливо писала вам дважды, оба раза получила шаблон «пожалуйста, подождите». Коллеги, это пиzдeц, а не сервис.
Прошу вернуть деньги.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),

  // "cocktail", "shiitake", "Scunthorpe", Trading Standards as a lawful step; partial with a decimal sum.
  c(
    'r15d-10',
    'en',
    `Good afternoon,
Order 3004512987: stainless steel cocktail shaker set plus the bamboo shiitake drying rack. Delivered to our office in Scunthorpe on 6 March. On opening the box the same day I found the shaker's strainer lid cracked along the seam, and the rack is 30 x 30 cm instead of the listed 45 x 45 cm. Photos of both, with a tape measure, are attached.
I'd like a partial refund of £12.50 to cover the rack size and the cracked lid. If we can't agree, I will escalate to AliExpress and, if necessary, to Trading Standards.
Many thanks,
Helen Tran
Office Manager`,
    'photo',
    [],
    'partial_refund',
    12.5,
  ),

  // «в шоке» and «!!» are emotional; «на ваше усмотрение» is a partial refund without a sum.
  c(
    'r15d-11',
    'ru',
    `Здравствуйте.
Я, честно говоря, в шоке. Робот-пылесос приехал 28 августа, и уже на второй день у него перестала вращаться правая боковая щётка — мотор гудит, щётка стоит. Видео прилагаю.
Отправлять обратно через полмира у меня нет ни сил, ни желания. Прошу компенсацию на ваше усмотрение!!
Надежда`,
    'video',
    ['emotional', 'partial_without_amount'],
    'partial_refund',
    null,
  ),

  // Sarcastic praise of the warehouse staff («мастера», «лауреаты премии») and a jab in the request: insult.
  c(
    'r15d-12',
    'ru',
    `Добрый день, уважаемая команда магазина.
Хочу выразить восхищение мастерами вашего склада: упаковать стеклянный чайник на 1,7 л в один слой пупырчатой плёнки и пакет — это настоящее искусство, лауреаты премии «Логист года». Чайник пришёл 11 марта с трещиной по всей колбе от носика до дна; фото коробки и трещины прилагаю.
Прошу прислать новый чайник, упакованный, если это не слишком сложно, хотя бы в коробку.
С наилучшими пожеланиями,
Светлана Ковалёва`,
    'photo',
    ['insult'],
    'exchange',
  ),

  // Threat to publish the seller's home address and WeChat, politely phrased.
  c(
    'r15d-13',
    'en',
    `Dear Mr. Lin,
The DSO138 oscilloscope kit I received on 9 September is missing the 8 MHz crystal and two of the 10 µF capacitors, so the board cannot be completed. Photos of the parts bag laid out against your parts list are attached.
Please refund the order.
I also took the liberty of looking up your company registration, your home address in Dongguan and your personal WeChat. It would be a real shame if those ended up in every electronics forum I moderate. I trust we understand each other.
Regards,
T. Okafor`,
    'photo',
    ['threat'],
    'full_refund',
  ),

  // Support, an honest review, Роспотребнадзор: lawful; offers to send the suitcase back, so return.
  c(
    'r15d-14',
    'ru',
    `Добрый день.
Чемодан на колёсах (70 л, серый), заказ 8200334517, получен 30 июня. В первой же поездке, 4 июля, отломилось переднее колесо вместе с креплением, корпус в этом месте треснул. Фото и видео колеса и трещины приложены.
Прошу вернуть полную стоимость — 6 480 ₽. Готова отправить чемодан обратно за ваш счёт.
Предупреждаю заранее и без эмоций: если вопрос не будет решён в рамках спора, я обращусь в поддержку AliExpress, напишу подробный честный отзыв и при необходимости подам жалобу в Роспотребнадзор.
Анна Котова`,
    'video',
    [],
    'return',
  ),

  // «вы прекрасно знали» and «часть бизнес-модели»: accusation by insinuation; new pump is an exchange.
  c(
    'r15d-15',
    'ru',
    `Добрый день.
Фонтан-поилка для кошек на 2,5 л: насос перестал качать воду через неделю после начала использования, 19 апреля; гудит, но вода не поднимается. Видео прилагаю.
Судя по отзывам, насос ломается у каждого второго покупателя, и вы прекрасно знали об этом, когда продолжали его продавать. Видимо, это часть бизнес-модели.
Прошу прислать новый насос.`,
    'video',
    ['accusation'],
    'exchange',
  ),

  // Says photos are attached, the form has none.
  c(
    'r15d-16',
    'en',
    `Hi,
The dog harness (size L, red) arrived on 2 May with the chest buckle snapped in half inside the sealed bag. Photos attached showing the buckle and the bag.
Please send a replacement harness in the same size.
Thanks,
Joanna`,
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),

  // Masked mat as a predicate about the calibration, in a P.S.: profanity only.
  c(
    'r15d-17',
    'ru',
    `Коллеги, добрый день.
Мультиметр (цифровой, автовыбор пределов) показывает 7,3 В на свежей батарейке 9 В и 0,8 Ом на разомкнутых щупах. Проверила 15 сентября, сразу после получения, сравнила с лабораторным прибором на работе — видео сравнения прикладываю.
Прошу полный возврат.
P.S. Калибровка у вас, судя по всему, х*ёвая.`,
    'video',
    ['profanity'],
    'full_refund',
  ),

  // Non-receipt with a tracking number in the text and a police report; no file needed.
  c(
    'r15d-18',
    'en',
    `Dear AliExpress team,
I am opening this dispute on order 1122334455 (2 x outdoor Wi-Fi cameras). Tracking LP00512349876CN shows "delivered" on 14 October, but nothing was delivered to my address; my building has a concierge desk and they have no record of it. I filed a report with the local police on 16 October (reference 24/77810) and can supply it on request.
Please issue a full refund.
Sincerely,
Robert Vance`,
    'none',
    [],
    'full_refund',
  ),

  // Irony without praise of a person («Ну спасибо, удружили») is not rude; «обидно» is emotional; nothing concrete.
  c(
    'r15d-19',
    'ru',
    `Ну спасибо, удружили. Заказывала сковороду как нормальный человек, а получила вот это. Просто слов нет, как обидно. Деньги верните.`,
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),

  // Knowing the seller's daughter's school, wrapped in courtesy: threat.
  c(
    'r15d-20',
    'ru',
    `Уважаемый Ван Лэй!
Видеодомофон с Wi-Fi, полученный 7 декабря, на третий день перестал передавать изображение на телефон: звонок проходит, экран чёрный. Видео и скриншоты приложения прикладываю.
Прошу заменить устройство.
Я навела справки: у вас прекрасная семья, а ваша дочь учится в школе рядом с вашим магазином. Уверена, вы как заботливый отец понимаете, как важно, чтобы всё заканчивалось хорошо. Надеюсь на быстрое решение.`,
    'video',
    ['threat'],
    'exchange',
  ),

  // "the difference" without a sum; no evidence named.
  c(
    'r15d-21',
    'en',
    `Hello,
The travel backpack arrived on 11 January and it is the 30L version, not the 40L I ordered and paid for; the label inside says 30L and it is visibly smaller than my old 40L bag. I don't want to go through a return for this. Please refund me the difference between the two versions.
Thank you,
Sam`,
    'none',
    ['partial_without_amount', 'missing_evidence'],
    'partial_refund',
    null,
  ),

  // Seller's insult quoted from the chat as evidence; partial for two boards with a sum.
  c(
    'r15d-22',
    'ru',
    `Здравствуйте.
Для протокола: на мой вопрос о том, почему из пяти плат ESP32-WROOM две не определяются компьютером (порт не появляется, светодиод питания не горит), продавец ответил в чате: «ты тупой, не умеешь подключать, иди учись». Скриншот переписки и видео подключения всех пяти плат к одному и тому же кабелю прилагаю. Проблема обнаружена 23 февраля, при первой же проверке после получения.
Прошу частичный возврат за две неработающие платы — 640 рублей.
Спасибо.`,
    'video',
    [],
    'partial_refund',
    640,
  ),

  // «отработанная мошенническая схема» is a fraud label; no date or discovery moment.
  c(
    'r15d-23',
    'ru',
    `Добрый день.
Заказывала чехол для чемодана размера L (на 28 дюймов), прислали размер S: на бирке написано S, и он в два раза меньше нужного. Фото бирки прилагаю. Ваш ответ «размеры перепутал склад» я получаю уже от третьего продавца в этой категории, так что позвольте мне считать это отработанной мошеннической схемой.
Прошу обменять на размер L.`,
    'photo',
    ['accusation', 'missing_when'],
    'exchange',
  ),

  // Condescension about reading ("optional skill", "longer words need explaining"): insult.
  c(
    'r15d-24',
    'en',
    `Good morning,
Fourth attempt. I have added a labelled photo this time, since reading appears to be an optional skill in your support department.
The burr coffee grinder (order 7741200983) has been stuck on the coarsest setting since 3 May, its second day: the adjustment ring turns freely but the burrs do not move.
I am requesting a full refund. Do let me know if any of the longer words need explaining.
Regards,
Claire`,
    'photo',
    ['insult'],
    'full_refund',
  ),

  // Plain good text: missing shelf and screws, date, photo, send the parts.
  c(
    'r15d-25',
    'ru',
    `Здравствуйте. Когтеточка-столбик пришла 9 июня без одной из трёх полок и без крепёжных винтов (в пакете 2 винта вместо 8). Фото содержимого коробки прилагаю. Пришлите, пожалуйста, недостающую полку и винты.`,
    'photo',
    [],
    'exchange',
  ),

  // Spaced mat as an interjection: profanity and emotional.
  c(
    'r15d-26',
    'ru',
    `Добрый день!
Третья по счёту умная лампа E27 из этого заказа сгорела через два дня после установки. Первые две сгорели ещё раньше. Видео мигания перед отказом прилагаю.
Я двадцать лет работаю с клиентами и знаю, как вести себя вежливо. Но б л я д ь, сколько можно?
Верните деньги за все три лампы.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),

  // Two capitalised words and "disappointed": emotional; otherwise complete.
  c(
    'r15d-27',
    'en',
    `Hello,
I am honestly SO disappointed. The GPS pet tracker showed my dog sitting at home on 21 July while he was actually lost two streets away for three hours; the location did not update ONCE in that time. Screenshots of the app history and a video of the device sitting frozen are attached.
I'd like a refund please.`,
    'video',
    ['emotional'],
    'full_refund',
  ),

  // Near-empty text.
  c('r15d-28', 'ru', `ок`, 'none', ['empty_text'], 'none'),

  // Masked "a$$clown" at the assemblers and "sh!t" about the item: profanity and insult.
  c(
    'r15d-29',
    'en',
    `Dear Sir or Madam,
I regret to inform you that the replacement hotend you sent on 5 April leaks filament at the nozzle thread after about 20 minutes of printing, exactly like the first one. Video attached.
With the greatest respect, whoever assembles these is a complete a$$clown, and the product is sh!t.
I await your full refund.
Yours faithfully,
G. Brennan`,
    'video',
    ['profanity', 'insult'],
    'full_refund',
  ),

  // «требую», declined compensation, bank dispute as a lawful step: full refund.
  c(
    'r15d-30',
    'ru',
    `Уважаемый продавец,
хлебница из бамбука (заказ 4410098321) пришла 17 января с расколотой крышкой — трещина около 15 см вдоль волокон. Фото и видео распаковки прилагаю.
Я требую полного возврата средств. Вчера вы предложили мне компенсацию 2 доллара при цене товара 27 долларов; такое предложение я не принимаю. Если спор закроют не в мою пользу, я оспорю платёж через банк — это стандартная процедура защиты прав потребителей.
Марина Л.`,
    'video',
    [],
    'full_refund',
  ),

  // Accusation taken back in the same sentence; the water test is the discovery circumstance.
  c(
    'r15d-31',
    'ru',
    `Добрый день.
Я не утверждаю, что вы сделали это специально, но из трёх датчиков протечки в комплекте два не реагируют на воду вообще: опускаю контакты в стакан с водой — ни звука, ни уведомления в приложении. Видео с этой проверкой прилагаю.
Прошу заменить два неработающих датчика.`,
    'video',
    [],
    'exchange',
  ),

  // A friend who knows the warehouse "offered to pop by": veiled threat.
  c(
    'r15d-32',
    'en',
    `Hi Kevin,
Following up on our chat of 12 November. The main zip on the carry-on bag split open at the airport on its first use; the teeth separate behind the slider. Photo attached.
Please send a replacement bag.
Also, a friend of mine handles freight in Yiwu and knows your warehouse well. He has offered to pop by and explain the situation to you in person. I'd rather he didn't have to.
Best regards,
Ahmed`,
    'photo',
    ['threat'],
    'exchange',
  ),

  // Breeder's word for the buyer's own female dog; measured with a tape on the day of receipt.
  c(
    'r15d-33',
    'ru',
    `Здравствуйте.
Шлейка «Voyager», размер XS. Моя сука той-терьера весит 2,1 кг, обхват груди 30 см; по таблице на странице товара XS — это 28–34 см. Пришла шлейка с обхватом 40 см в самом узком положении, измерила портновским сантиметром 3 марта, в день получения. Фото с сантиметром прилагаю.
Прошу обменять на настоящий XS.`,
    'photo',
    [],
    'exchange',
  ),

  // "ridiculous" is emotional; "half the price" is a partial refund without a sum.
  c(
    'r15d-34',
    'en',
    `Hi,
The mandoline slicer arrived on 27 September with the blade guard missing from the box, which frankly is ridiculous for a tool with a razor blade. Photo of the box contents attached.
I'll keep the slicer if you refund half the price.
Thanks,
Lena`,
    'photo',
    ['emotional', 'partial_without_amount'],
    'partial_refund',
    null,
  ),

  // «тюхи и растетёхи» at the warehouse staff plus condescension: insult.
  c(
    'r15d-35',
    'ru',
    `Уважаемые сотрудники склада!
Из заказанных десяти сервоприводов MG996R пришли восемь, а вместо двух — SG90, совсем другие, пластиковые и в три раза слабее. Обнаружил 8 августа при разборе посылки, фото прилагаю.
Понимаю, что отличить одно от другого не каждому дано, особенно если на складе работают такие тюхи и растетёхи, как у вас.
Прошу прислать два недостающих MG996R.`,
    'photo',
    ['insult'],
    'exchange',
  ),

  // Passive-aggressive and empty: nothing named, no time, no request.
  c(
    'r15d-36',
    'ru',
    `Добрый день.
Рюкзак получила. Скажу так: я ожидала несколько большего от товара с рейтингом 4,9. Фото рюкзака приложила. Надеюсь, вы сделаете выводы.`,
    'photo',
    ['missing_what', 'missing_when', 'missing_resolution'],
    'none',
  ),

  // Seller's mat quoted as evidence: profanity only.
  c(
    'r15d-37',
    'en',
    `Hello AliExpress,
I want this on record. When I asked the seller on 3 March why the smart plug trips my breaker every time a kettle is connected (2 kW, well under the listed 3.5 kW), the seller replied: "fuck off, buy better kettle". A screenshot is attached, along with a video of the breaker tripping.
I am asking for a full refund.
Thank you,
Margaret`,
    'video',
    ['profanity'],
    'full_refund',
  ),

  // Sum in words for a partial refund; measured temperature, date, photo.
  c(
    'r15d-38',
    'ru',
    `Добрый день.
Термос 0,5 л пришёл 15 ноября; уже через сутки заметила, что он не держит тепло: кипяток, налитый вечером, утром еле тёплый (замерила — 31 °C). Крышка при этом не подтекает. Фото термометра прилагаю.
Возвращать его смысла нет, доставка дороже. Прошу частичную компенсацию — триста пятьдесят рублей.
Спасибо за понимание.`,
    'photo',
    [],
    'partial_refund',
    350,
  ),

  // "I'm sure it's pure coincidence that every battery…": sarcasm about honesty.
  c(
    'r15d-39',
    'en',
    `Dear seller,
The replacement battery for my robot vacuum is sold as 5200 mAh. Tested on 8 January with a USB capacity meter after a full charge: 2150 mAh. Photo of the meter reading attached. I'm sure it's pure coincidence that every battery in your store tests at less than half of its label.
Please refund the battery in full.
Regards,
Oliver`,
    'photo',
    ['accusation'],
    'full_refund',
  ),

  // Masked mat adjective before the item (intensifier): profanity and emotional.
  c(
    'r15d-40',
    'ru',
    `Добрый день.
Направляю повторно информацию по заказу 6612039984. Автоматическая кормушка с таймером с 5 мая, то есть с четвёртого дня использования, выдаёт корм в случайное время, а в заданное время не выдаёт. Видео с таймером и временем выдачи прилагаю.
Кот два дня сидел голодный, пока я была в командировке, потому что этот ёб@ный таймер решил, что ему виднее.
Прошу вернуть деньги.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),

  // "cockapoo", "Dickens", "assessment", "Cumbernauld": innocent; send the correct base is an exchange.
  c(
    'r15d-41',
    'en',
    `Hello,
We ordered the orthopaedic dog bed in size M for our cockapoo, Dickens. On assessment the day it arrived (24 February), the foam base is 3 cm thick rather than the listed 8 cm, and the zip on the cover is missing its pull tab. Photos with a ruler are attached.
Could you please send the correct 8 cm base? We're happy to keep the cover.
Kind regards,
The Whitcombe family, Cumbernauld`,
    'photo',
    [],
    'exchange',
  ),

  // «не соответствует описанию» and «с браком» only: nothing concrete.
  c(
    'r15d-42',
    'ru',
    `Добрый день.
Сумку-тоут получила 6 апреля, при распаковке сразу увидела, что товар не соответствует описанию, да ещё и с браком. Фото приложила.
Прошу частичный возврат 15 $.`,
    'photo',
    ['missing_what'],
    'partial_refund',
    15,
  ),

  // «незлопамятный, но память хорошая», the office address and frequent visits: threat.
  c(
    'r15d-43',
    'ru',
    `Уважаемый продавец,
лабораторный блок питания 30 В / 5 А, заказ 1200458877. При первом включении 19 марта выходное напряжение скакало от 12 до 31 В при выставленных 12, от этого сгорела плата, которую я к нему подключил. Видео с осциллографом прилагаю.
Прошу полный возврат.
Я человек мирный и в целом незлопамятный. Но память у меня хорошая, адрес вашего офиса в Гуанчжоу есть в накладной, а в Гуанчжоу я бываю часто. Подумайте.`,
    'video',
    ['threat'],
    'full_refund',
  ),

  // "scammers" is a fraud label, not name-calling; two capitalised words; no evidence.
  c(
    'r15d-44',
    'en',
    `Unbelievable. I paid for a set of three suitcases and got ONE. ONE. Delivered on 30 May, the box was sealed and just had the 20-inch case in it. You lot are scammers, plain and simple.
Send the other two cases.`,
    'none',
    ['emotional', 'accusation', 'missing_evidence'],
    'exchange',
  ),

  // Seller's threat quoted as evidence; buyer's own text is calm.
  c(
    'r15d-45',
    'ru',
    `Здравствуйте.
Прошу сотрудников AliExpress обратить внимание на переписку (скриншот прилагаю). На мою претензию о том, что гейзерная кофеварка на 6 чашек протекает по резьбе между нижней и верхней частью с первого использования (15 августа), продавец ответил: «Ещё раз откроешь спор — найду твой адрес». Я лишь прошу вернуть деньги за товар с дефектом.
Видео протечки также приложено.
С уважением, Дмитрий`,
    'video',
    [],
    'full_refund',
  ),

  // «разницу в стоимости» without a sum; no evidence.
  c(
    'r15d-46',
    'ru',
    `Добрый день.
Светодиодная лента заявлена как 5 метров, 60 светодиодов на метр. Измерила 10 января рулеткой: 4 метра 20 см, и на метр приходится 30 светодиодов. Вернуть её не получится, я уже обрезала кусок под свой шкаф. Прошу вернуть разницу в стоимости.`,
    'none',
    ['partial_without_amount', 'missing_evidence'],
    'partial_refund',
    null,
  ),

  // Spaced "F U C K" as an interjection: profanity and emotional.
  c(
    'r15d-47',
    'en',
    `Dear Support,
The smart door lock locked me out of my own flat on 2 December: the fingerprint reader stopped recognising any stored fingerprint and the app shows "device offline", although it is connected. I had to call a locksmith. His receipt and a video of the reader are attached.
What the F U C K am I supposed to do with a lock that locks out its owner?
I'd like a full refund.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),

  // «Оскорблять» contains a rude-looking piece; a court claim is lawful; partial with a sum.
  c(
    'r15d-48',
    'ru',
    `Добрый день.
Кодовый замок TSA на чемодане заклинило 28 июля, в аэропорту Стамбула, на первой же поездке: код 000 не подходит, колёсики не прокручиваются. Сотрудникам пришлось вскрывать замок, о чём составлен акт — фото акта и замка прилагаю.
Оскорблять никого не собираюсь, но хочу предупредить честно: если спор закончится ничем, я подам иск в суд по месту жительства о защите прав потребителя, и все расходы на перелёт и вскрытие будут в нём указаны.
Прошу частичный возврат 3 200 ₽ — это стоимость нового замка и работы мастера.`,
    'photo',
    [],
    'partial_refund',
    3200,
  ),

  // Complete except the request: «Жду вашего решения».
  c(
    'r15d-49',
    'ru',
    `Здравствуйте.
Лежанка для собаки размера L: после первой же стирки 12 сентября в деликатном режиме при 30 °C наполнитель сбился в комки, а внутренний шов разошёлся на 20 см. Фото прилагаю.
Жду вашего решения.`,
    'photo',
    ['missing_resolution'],
    'none',
  ),

  // Sum in words; says the photo is attached, the form has none.
  c(
    'r15d-50',
    'en',
    `Hello,
The set of 10 soldering tips arrived on 4 March with only 7 tips in the tube; the K, 2.4D and BC3 tips are missing. You can see in the attached photo that the foam has empty slots for them.
Please refund twenty dollars for the missing tips.
Many thanks,
Ray`,
    'none',
    ['evidence_not_attached'],
    'partial_refund',
    20,
  ),

  // «Для особо одарённых сотрудников» and «могу написать крупными буквами»: condescension.
  c(
    'r15d-51',
    'ru',
    `Добрый день.
Для особо одарённых сотрудников отдела поддержки повторяю в пятый раз: у блендера (1200 Вт) после двух дней использования, 10 и 11 октября, треснула чаша у основания, и через трещину течёт. Видео и фото уже отправляла, прилагаю снова.
Прошу заменить чашу. Если необходимо, могу написать крупными буквами.`,
    'video',
    ['insult'],
    'exchange',
  ),

  // Formal but refuses to name the issues: no what, no when.
  c(
    'r15d-52',
    'en',
    `Good afternoon,
I write regarding order 9004412376 (motorised curtain track). The product has a number of issues that I would rather not list again, since they were already explained to your colleague. Video attached.
Please process a full refund at your earliest convenience.
Best regards,
Anthony Marsh
Procurement`,
    'video',
    ['missing_what', 'missing_when'],
    'full_refund',
  ),

  // Mat with a Greek chi as a predicate about the item, no "!": profanity only.
  c(
    'r15d-53',
    'ru',
    `Добрый день.
Набор органайзеров для чемодана (6 штук), получен 3 мая. На двух сетчатых вставках при первой же упаковке вещей разошлись швы по углам, на третьей не закрывается молния — бегунок сошёл с зубцов. Фото приложены.
Сформулирую коротко и по-деловому: это χуйня, а не органайзеры.
Прошу полный возврат.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),

  // Chargeback, consumer authority and a factual review are lawful; "I lost two fish" is a fact, not affect.
  c(
    'r15d-54',
    'en',
    `To whom it may concern,
The 100 W aquarium heater (order 5567001298) failed on 20 January, ten days after installation: the thermostat stuck in the "on" position and heated my 60 L tank to 34 °C overnight, although it was set to 25 °C. I lost two fish. Photos of the heater, the thermometer and the tank are attached.
I request a full refund. To be clear about next steps: if the dispute is not resolved, I will file a chargeback with my card issuer and a complaint with the consumer protection authority, and I will post a factual review describing exactly what happened, with the same photos.
Sincerely,
Dr. P. Nakamura`,
    'photo',
    [],
    'full_refund',
  ),

  // «!!!» and «расстроена»: emotional only.
  c(
    'r15d-55',
    'ru',
    `Добрый день!!!
Я очень расстроена. Умная колонка пришла 8 февраля, и с самого первого дня она сама включается по ночам на полную громкость, примерно в 3:00, без всяких команд. Видео с ночной записью прилагаю.
Прошу вернуть деньги, пользоваться этим невозможно.`,
    'video',
    ['emotional'],
    'full_refund',
  ),

  // Hoarded personal phone number and photos, to be published by Friday: threat.
  c(
    'r15d-56',
    'ru',
    `Добрый день, Чжан.
Паяльный фен из комплекта станции 858D: спираль перегорела через 15 минут работы 4 апреля, при первом использовании, пошёл дым. Видео прилагаю.
Прошу вернуть деньги.
Для информации: ваш личный номер телефона и фотографии из вашего профиля у меня сохранены. Если к пятнице вопрос не решится, они будут опубликованы в пяти радиолюбительских сообществах вместе с подробным рассказом о вас.`,
    'video',
    ['threat'],
    'full_refund',
  ),

  // "??" and nothing concrete.
  c(
    'r15d-57',
    'en',
    `Honestly, what is this?? Not what I paid for.
Regards,
K.`,
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),

  // «Ребята» is chat filler; non-receipt with deadline and a tracking number in the text.
  c(
    'r15d-58',
    'ru',
    `Ребята, добрый день.
Заказ 3339001245 — компрессор для аквариума. Оплачен 2 марта, срок доставки истёк 20 апреля, посылка так и не пришла. Трек RB123456789SG последний раз обновлялся 25 марта («прибыла в сортировочный центр»).
Прошу полный возврат денег.`,
    'none',
    [],
    'full_refund',
  ),

  // "Congratulations to your packing team" and "someone who has seen a box before": insult.
  c(
    'r15d-59',
    'en',
    `Hello,
Congratulations to your packing team: you managed to break a 3 kg cast-iron skillet, which I honestly did not think was possible. The handle snapped clean off at the base in transit; I found it loose in the box when I opened it on 7 June. Photos attached.
I'd like a replacement, packed this time by someone who has seen a box before.
Regards,
Dana`,
    'photo',
    ['insult'],
    'exchange',
  ),

  // «Вы специально кладёте…»: accusation; decimal comma sum.
  c(
    'r15d-60',
    'ru',
    `Здравствуйте.
В наборе датчиков для Arduino (37 шт.) при проверке по списку 21 мая не оказалось датчика влажности DHT11 и ультразвукового HC-SR04. Фото разложенного набора рядом со списком прилагаю. Вы специально кладёте в наборы не всё, рассчитывая, что никто не станет пересчитывать.
Прошу частичный возврат 4,80 $.`,
    'photo',
    ['accusation'],
    'partial_refund',
    4.8,
  ),

  // Blunt tone and an announced factual review, but no rude words; complete.
  c(
    'r15d-61',
    'en',
    `Hello,
I'll be blunt, because I've been polite twice already: I ordered two luggage straps with TSA combination locks and received two straps with plain plastic buckles and no locks at all. I checked the package the day it arrived, 9 May; the attached photo shows both straps. The listing title still says "TSA lock". I will leave a factual review once this is settled, whichever way it goes.
Please send the two straps with locks that I paid for.
Ben`,
    'photo',
    [],
    'exchange',
  ),

  // «Sука» (Latin s) as an interjection: profanity and emotional.
  c(
    'r15d-62',
    'ru',
    `Добрый вечер.
Интерактивный мячик для кошек с моторчиком. Зарядила 26 ноября, как указано в инструкции, — через 10 минут он начал греться и запахло палёным, корпус у разъёма оплавился. Фото прилагаю.
Sука, чуть квартиру не спалила.
Прошу вернуть деньги и больше такое не продавать.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),

  // Product name "Butt Splice" is innocent; counted pieces, photo, partial with a sum.
  c(
    'r15d-63',
    'en',
    `Hi,
Order 2008734561: "Heat Shrink Butt Splice Connector Kit, 300 pcs". The kit arrived on 13 August with 180 pieces, counted the same evening, and the red 22-18 AWG size is missing entirely. Photo of the sorted tray attached.
A partial refund of $6 would be fine.
Cheers,
Nick`,
    'photo',
    [],
    'partial_refund',
    6,
  ),

  // Money declined, a new seal asked for: exchange.
  c(
    'r15d-64',
    'ru',
    `Добрый день.
Деньги возвращать не нужно. Вакуумный упаковщик пришёл 3 декабря с порванной уплотнительной резинкой на крышке — из-за неё он не откачивает воздух, пакет остаётся мягким. Фото резинки прилагаю. Пришлите, пожалуйста, новую резинку, этого будет достаточно.`,
    'photo',
    [],
    'exchange',
  ),

  // "Warehouses are such fragile places… so much cardboard": veiled arson threat.
  c(
    'r15d-65',
    'en',
    `Dear Ms. Zhou,
The leather messenger bag (order 7819002341) is not leather: the edge of the strap peeled after one week of use, on 14 September, showing a fabric backing, and a burn test on a hidden seam smelled of melting plastic. Photos attached.
I ask for a full refund.
I hope you take this seriously. Warehouses are such fragile places, you know: so much cardboard, so many things that could catch fire. It would be awful if something happened to yours.
Kind regards,
M. Doyle`,
    'photo',
    ['threat'],
    'full_refund',
  ),

  // Concrete defect and photo, but no date or discovery moment.
  c(
    'r15d-66',
    'ru',
    `Здравствуйте.
В наборе для сборки часов на газоразрядных индикаторах ИН-14 одна из четырёх ламп треснула у основания, внутри виден белый налёт. Фото лампы прилагаю.
Прошу прислать замену этой лампы.`,
    'photo',
    ['missing_when'],
    'exchange',
  ),

  // «полторы извилины» at staff is an insult; «обычное мошенничество» a fraud label.
  c(
    'r15d-67',
    'ru',
    `Уважаемые коллеги,
прошу передать это сообщение тому сотруднику, у которого в отделе есть хотя бы полторы извилины. Чехол-кофр для костюма заявлен как водонепроницаемый; 17 октября, в первой же поездке, он промок насквозь за пять минут под дождём, костюм в пятнах. Фото костюма и кофра прилагаю.
Продавать такое как водонепроницаемое — обычное мошенничество.
Прошу полный возврат.`,
    'photo',
    ['insult', 'accusation'],
    'full_refund',
  ),

  // Negated accusation; partial "at your discretion" without a sum.
  c(
    'r15d-68',
    'en',
    `Hello,
I'm not suggesting anyone did this deliberately, but of the four RGB smart bulbs only two can show blue; the other two turn white whenever blue is selected in the app. I tested all four on 11 April, in the same lamp. Video attached.
A partial refund at your discretion would be fine.
Regards,
Elaine`,
    'video',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),

  // «корабля», «Херсонская» innocent; the named sum is explicitly the full price.
  c(
    'r15d-69',
    'ru',
    `Добрый день.
Радиоуправляемая модель корабля, заказ 4418820933. При первом запуске в бассейне 6 июля через пять минут корпус начал набирать воду через шов у кормы, электроника намокла, мотор встал. Видео прилагаю.
Прошу вернуть 4 790 рублей — полную стоимость модели.
С уважением,
Павел, Херсонская улица, Москва`,
    'video',
    [],
    'full_refund',
  ),

  // Masked "b*llsh*t" and "you know it" (lying on purpose): profanity and accusation.
  c(
    'r15d-70',
    'en',
    `Hi,
Your reply of 2 May said the drone battery swelling is "normal for LiPo". That is b*llsh*t and you know it. A new 4S 1500 mAh pack should not puff up to 1.5 times its thickness after three charges. Photos next to a new pack are attached.
Refund, please.`,
    'photo',
    ['profanity', 'accusation'],
    'full_refund',
  ),

  // «дочь плакала», «обидно»: emotional; no request.
  c(
    'r15d-71',
    'ru',
    `Здравствуйте. Клетка для хомяка пришла 19 января, и при сборке выяснилось, что дверца не закрывается: защёлка на 5 мм не доходит до прута. Хомяк в первую же ночь сбежал, искали его всей семьёй до утра, дочь плакала — было очень обидно. Фото дверцы прилагаю.`,
    'photo',
    ['emotional', 'missing_resolution'],
    'none',
  ),

  // Plain good text.
  c(
    'r15d-72',
    'en',
    `Hello,
The Wi-Fi smart kettle (1.7 L) stopped heating on 15 March, the ninth day of use: the app shows "boiling" and the light is on, but the water stays cold. A video of a full cycle is attached.
Please send a replacement kettle.
Thank you,
Amir`,
    'video',
    [],
    'exchange',
  ),

  // Masked mat at the seller in a single question: profanity and insult, not emotional; partial with a sum.
  c(
    'r15d-73',
    'ru',
    `Добрый день.
Набор из шести бокалов для вина: пришёл 11 февраля, целыми оказались два, остальные четыре — в осколках, упакованы были в одну общую картонную перегородку без плёнки. Фото коробки прилагаю.
В ответ на мою претензию вы предлагаете компенсацию 50 рублей за набор стоимостью 2 300. Вы там совсем ох*ели?
Прошу вернуть 1 530 рублей за четыре разбитых бокала.`,
    'photo',
    ['profanity', 'insult'],
    'partial_refund',
    1530,
  ),

  // "Classic bait and switch" is an accusation; no time.
  c(
    'r15d-74',
    'en',
    `Hello,
The listing photos show a waxed canvas duffel with leather handles; what arrived is a polyester bag with plastic handles painted brown. Photos of the label ("100% polyester") are attached. Classic bait and switch.
I want a full refund.`,
    'photo',
    ['accusation', 'missing_when'],
    'full_refund',
  ),

  // Non-receipt with «до сих пор» only, «Разберитесь» is no request.
  c(
    'r15d-75',
    'ru',
    `Добрый день. Посылка с переноской для собаки до сих пор не пришла. Разберитесь, пожалуйста.`,
    'none',
    ['missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),

  // Long formal notice with lawful escalation («надеюсь, до этого не дойдёт» after support and the bank only).
  c(
    'r15d-76',
    'ru',
    `Добрый день, уважаемый продавец.

Настоящим уведомляю о недостатке товара по заказу 9920013345 (Wi-Fi-камера для наблюдения за ребёнком, 2K, белая).

Хронология:
— 26 мая камера получена, установлена и настроена по инструкции; первую неделю работала без замечаний;
— со 2 июня камера отключается от сети каждые 30–40 минут и сама не переподключается: помогает только отключение от питания;
— 4 июня я сбросил её к заводским настройкам и обновил прошивку до последней версии, предложенной приложением; поведение не изменилось;
— 5 июня подключил камеру к другому роутеру в другой квартире — результат тот же, значит, дело не в моей сети.

Прилагаю видео, на котором видно, как индикатор гаснет и камера пропадает из приложения, а также скриншоты журнала событий за три дня.

Камера нужна мне именно для того, чтобы ночью видеть ребёнка, поэтому устройство, которое отключается каждые полчаса, для меня бесполезно. Прошу заменить камеру на исправную в течение 10 дней. В противном случае буду вынужден обратиться в поддержку площадки и в банк-эмитент карты — надеюсь, до этого не дойдёт.

С уважением,
Игорь Владимирович Шестаков
руководитель отдела по работе с клиентами`,
    'video',
    [],
    'exchange',
  ),

  // "a bunch of clowns reading from a script" at the agents: insult.
  c(
    'r15d-77',
    'en',
    `Dear Customer Care,
I have now spoken to four of your agents about the self-cleaning litter box that jammed on 8 March, on its third cleaning cycle, with the rake stuck halfway and the motor grinding. Four agents, four copy-pasted answers. You are a bunch of clowns reading from a script.
Video attached. Please refund me in full.`,
    'video',
    ['insult'],
    'full_refund',
  ),

  // Says a video is attached, the form has none.
  c(
    'r15d-78',
    'ru',
    `Добрый день.
Рюкзак для ноутбука 15,6": при получении 30 августа обнаружила, что отделение для ноутбука на 3 см короче заявленного — ноутбук 15,6" не помещается, молния не застёгивается. На видео, которое прикладываю, видно, как я пытаюсь его застегнуть.
Прошу обменять на рюкзак 17".`,
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),

  // «не доводить до греха», «вам лучше не узнавать, что за ним»: ominous menace.
  c(
    'r15d-79',
    'ru',
    `Уважаемый продавец.
Мультиварка на 5 л, получена 1 марта. С пятого дня чаша нагревается неравномерно: по краю рис пригорает, в центре сырой. Тефлоновое покрытие на дне вздулось пузырём. Фото прилагаю.
Прошу замену.
Очень прошу не доводить до греха. Я терпеливый человек, но у терпения есть предел, и вам лучше не узнавать, что находится за ним.`,
    'photo',
    ['threat'],
    'exchange',
  ),

  // "Terrible", generic "defective"/"not as described", no time, no evidence; a bare sum is partial.
  c(
    'r15d-80',
    'en',
    `Terrible quality. The fume extractor is defective and not as described. Refund $15 please.`,
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence'],
    'partial_refund',
    15,
  ),
];
