import { labelled as c, type CorpusCase } from './types';

/**
 * Round ten, hold-out set X: dispute texts by an independent hand (a dry, formal author whose rude texts are mostly
 * cold and polite on the surface: condescension, sarcasm, veiled menace). Labels follow analyzer-notes.md section 1
 * and the README's labelling decisions (rounds two to nine); the checker was not run.
 *
 * Labelling decisions used in this file where the definitions left room:
 * - mat as an interjection ("Blyat, …", «пздц.») or an intensifier ("f4cking seat cover") is `profanity` and
 *   `emotional`; mat as a noun about the item («пиzдец в коробке») is `profanity` only; mat aimed at people
 *   ("a$$clowns") is `profanity` and `insult`; mat quoted from the seller is `profanity` only.
 * - name-calling in another language or dialect aimed at staff («телепни», «ишак», "numpties", "mjinga", "bodoh",
 *   «нуб») is an insult; «кидалово» (a fraud label in slang) is an accusation.
 * - "you knew it was broken when you sent it" labels intent and is an accusation even next to facts.
 * - knowing the seller's home, spouse or child's school, a relative "visiting" the warehouse, publishing the owner's
 *   name and phone number, and "I remember faces … I visit Shenzhen" are threats; a bank dispute, Роспотребнадзор,
 *   Trading Standards and a chargeback are lawful steps.
 * - "wrong colour" alone names a colour mismatch and counts as `has_what`; "looks nothing like the pictures", «брак»
 *   and "not as described" do not.
 * - a receipt date or a discovery moment ("when I unpacked it", «при примерке») counts as "when".
 * - every text with a file names the evidence in words, so `missing_evidence` never depends on the file alone; a
 *   tracking number in the text is evidence even with no file.
 * - a reply accepting the seller's sum ("Согласна на ваше предложение вернуть 300 рублей") is a partial refund with
 *   that sum, and is labelled for the facts it omits (what, when, evidence).
 */
export const ROUND10_HOLDOUT_X: CorpusCase[] = [
  // ── Russian: rude (blocker) ─────────────────────────────────────────────────────────────────────────────────
  // Condescension about the reader's reading of numbers, no swear word; otherwise complete → insult only.
  c(
    'r10x-01',
    'ru',
    `Попробую объяснить медленно и по пунктам, раз за две недели переписки смысл до вас так и не дошёл. Я заказывала внешний фильтр для аквариума производительностью 600 л/ч, а прислан фильтр на 200 л/ч — это напечатано на наклейке на его же корпусе. Обнаружила при распаковке 5 ноября, фото наклейки и скриншот страницы товара прикладываю. Если цифры всё ещё вызывают затруднения, попросите прочитать их вслух кого-нибудь из коллег постарше. Прошу вернуть деньги.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Veiled threat: a nephew who "would like to talk in person" at the warehouse whose address he has → threat.
  c(
    'r10x-02',
    'ru',
    `Заказывал передние тормозные колодки для Kia Rio 2017 года, а пришли колодки на 9 мм короче — в суппорт не встают, на фото они лежат рядом со старыми. Обнаружил 14.11 при установке в сервисе. Старые колодки я сохранил для сравнения. Кстати, мой племянник в январе едет по работе в Иу, адрес вашего склада у него уже записан, и он очень хотел бы лично побеседовать с вашим менеджером о моём заказе. Прошу вернуть деньги.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Publishing the owner's real name and phone number (doxxing) as leverage → threat; facts otherwise complete.
  c(
    'r10x-03v',
    'ru',
    `Катушка PETG-пластика «1 кг» весит 640 г вместе с пустой катушкой — взвесила на кухонных весах сразу после получения, 21 ноября, видео взвешивания приложено. Прошу вернуть деньги. Во избежание недоразумений: настоящее имя владельца магазина и его личный номер телефона мне известны, и если вопрос затянется, они вместе с подробным рассказом появятся в трёх крупных чатах 3D-печатников.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // Disguised mat (Latin z inside «пиzдец») used as a noun about the item → profanity only.
  c(
    'r10x-04v',
    'ru',
    `Дисплейный модуль для iPhone 11 после установки показывает зелёные полосы по левому краю, а тачскрин не реагирует в верхней трети экрана. Обнаружил сразу при установке 2 декабря, видео приложено. Это не запчасть, а пиzдец в коробке. Прошу заменить модуль на исправный.`,
    'video',
    ['profanity'],
    'exchange',
  ),
  // Translit Russian; "Blyat" as an interjection → profanity + emotional. lang stays ru.
  c(
    'r10x-05',
    'ru',
    `Blyat, opyat to zhe samoe. Zakazyval katushku Shimano FX 2500, a prishla FX 1000 — eto napisano na korpuse, foto prilagayu. Poluchil 28 noyabrya na pochte i srazu uvidel. Verni dengi.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Ukraine-born buyer: regional «телепни» (dolts) aimed at warehouse staff → insult.
  c(
    'r10x-06',
    'ru',
    `Ну вы и телепни на складе: заказывала 20 потайных молний по 50 см, а прислали 20 штук по 18 см. Обнаружила при распаковке 1 декабря, фото с линейкой прикладываю. Прошу заменить на молнии нужной длины.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Mocking comparison of staff to kindergarten children (kids' clothes size mismatch) → insult.
  c(
    'r10x-07',
    'ru',
    `Судя по комплектации, заказы у вас собирает старшая группа детского сада сразу после тихого часа. Заказывала комбинезон на рост 104, пришёл на рост 80 — бирка на фото. Обнаружила при примерке на следующий день после получения. Прошу обменять на 104.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Sarcastic praise of the packers' failure («снимаю шляпу… редкий талант») → insult.
  c(
    'r10x-08v',
    'ru',
    `Снимаю шляпу перед вашими упаковщиками: отправить стеклянный аквариум на 60 литров в одном слое пупырки и в картоне толщиной с открытку — для этого нужен редкий талант. Сама коробка при этом пришла целой, без вмятин. Переднее стекло треснуло по диагонали, обнаружила при вскрытии коробки на почте 19.11, есть видео вскрытия и акт почты. Аквариум покупался для креветок, запускать его теперь нельзя. Прошу полный возврат.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // Older buyer, ominous polite menace («вам лучше на себе не проверять»); "дослать планки" = missing part → exchange.
  c(
    'r10x-09',
    'ru',
    `Я человек пожилой, терпеливый и воспитанный, но у всякого терпения есть конец, и что бывает после него, вам лучше на себе не проверять. Петли для кухонных шкафов пришли без монтажных планок: в пакете 10 петель и ни одной планки, фото прилагаю. Обнаружила 27 ноября, когда начала сборку. Инструкция на них ссылается, без планок петли не установить. Прошу дослать планки.`,
    'photo',
    ['threat'],
    'exchange',
  ),
  // "Greetings to your wife… found your house on the map": knowing where the seller and family live → threat.
  c(
    'r10x-10',
    'ru',
    `Крем для лица из вашего магазина дал покраснение и сыпь на щеках на второй день применения, фото кожи и баночки прикладываю. Раньше кремов этой серии я не использовала, аллергии на косметику у меня никогда не было. Баночку с остатками я сохранила. Прошу вернуть деньги. И передайте, пожалуйста, привет вашей супруге: у вас очень красивый дом на фотографиях в профиле, я их внимательно рассмотрела и даже нашла его на карте.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // The seller's mat quoted as evidence (reported speech): mat stays mat → profanity only.
  c(
    'r10x-11',
    'ru',
    `22 ноября посылка пришла в пункт выдачи в Коврове вместо выбранного мной во Владимире, это видно в отслеживании. Я попросил продавца перенаправить её. Он ответил дословно: «не ебёт, забирай сам». Скриншот переписки и отслеживания прикладываю. Ехать за 60 км я не могу, поэтому прошу вернуть деньги.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Teenager's slang: «нуб» aimed at the seller → insult; receipt weekday next to the mismatch counts as "when".
  c(
    'r10x-12',
    'ru',
    `Чел, ты реально нуб или прикидываешься? Чехол заказывал на Redmi Note 12, а пришёл на Note 11. Вырез под камеру не совпадает, скрин заказа и фото прикрепил. Пришёл в пятницу. Верни бабки.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Formal condescension ("you were not taught arithmetic… I repeat syllable by syllable") → insult; sum stated.
  c(
    'r10x-13',
    'ru',
    `Уважаемый продавец, арифметике в школе вас, по-видимому, не обучали, поэтому повторю по слогам: в наборе было обещано десять металлических шпулек для машинки Janome, а пришло восемь. Пересчитала дважды при распаковке 26 ноября, фото разложенных шпулек прилагаю. Прошу вернуть 120 рублей за недостающие две.`,
    'photo',
    ['insult'],
    'partial_refund',
    120,
  ),
  // Uzbekistan-born buyer: «упрямый, как ишак» aimed at the seller (mocking animal comparison) → insult.
  c(
    'r10x-14v',
    'ru',
    `Ака, вы упрямый, как ишак: третий раз пишу одно и то же. Казан заказывал на 12 литров, пришёл на 8 — проверил водой мерным кувшином в день получения, 18 ноября, видео есть. Деньги верните.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // Dropped vowels «пздц» as an opening interjection → profanity + emotional; measured mismatch otherwise complete.
  c(
    'r10x-15',
    'ru',
    `пздц. Леска по описанию 0,25 мм, микрометр показывает 0,18 — мерил в трёх местах в день получения, 30 ноября, фото с микрометром прилагаю. Верните деньги.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),

  // ── Russian: innocent and complete (ready) ──────────────────────────────────────────────────────────────────
  // Lawful steps stated firmly (bank dispute, Роспотребнадзор) are not threats; tracking number is the evidence.
  c(
    'r10x-16',
    'ru',
    `Посылка с трек-номером LP00123456789CN не обновляется с 12 октября, прошло 52 дня, на руки я её не получила. Прошу вернуть деньги. Если до 10 декабря вопрос не будет решён, я подам в банк заявление об оспаривании платежа и обращусь в Роспотребнадзор.`,
    'none',
    [],
    'full_refund',
  ),
  // Ordinary word with a rude-looking substring («застрахуйте») → innocent.
  c(
    'r10x-17',
    'ru',
    `Зеркало для ванной пришло разбитым: трещина от угла до угла, обнаружила при вскрытии на почте 24 ноября, фото и акт почты прикладываю. Прошу прислать новое зеркало и в этот раз застрахуйте, пожалуйста, отправление и упакуйте его в жёсткую коробку.`,
    'photo',
    [],
    'exchange',
  ),
  // «истребителя», «рубля» contain rude-looking letters; sum in words → 322.
  c(
    'r10x-18',
    'ru',
    `Сборная модель истребителя Су-27 в масштабе 1:72 пришла без листа декалей и без прозрачного фонаря кабины — сверила с инструкцией при распаковке 15.11, фото содержимого прилагаю. Прошу вернуть триста двадцать два рубля за недостающие детали.`,
    'photo',
    [],
    'partial_refund',
    322,
  ),
  // «скипидар» (a product with a rude-looking root) is innocent; send the missing part → exchange.
  c(
    'r10x-19',
    'ru',
    `В описании набора для масляной живописи указаны 12 туб и флакон скипидара 100 мл, а в коробке только тубы, флакона нет. Заметила при распаковке 2 декабря, фото содержимого прилагаю. Прошу дослать скипидар.`,
    'photo',
    [],
    'exchange',
  ),
  // The seller's insult quoted as evidence (reported speech, no mat) is not the buyer's insult → ready.
  c(
    'r10x-20v',
    'ru',
    `Катушка Daiwa на второй рыбалке, 16 ноября, перестала держать фрикцион: шпуля проворачивается при любом положении регулятора, это видно на видео. Продавец в переписке назвал меня «бестолковым дедом, который не умеет крутить ручку» и отказался разбираться, скриншот переписки тоже прилагаю. Прошу вернуть деньги.`,
    'video',
    [],
    'full_refund',
  ),
  // Negated accusation («не думаю, что это сделано нарочно») is not an accusation.
  c(
    'r10x-21',
    'ru',
    `Не думаю, что это сделано нарочно, скорее перепутали на складе. Вместо ниток мулине DMC 310 (чёрные) пришли 321 (красные), номер на бандероли виден на фото. Обнаружила при распаковке 29 ноября, когда начала вышивку. Схема рассчитана именно на чёрный цвет, заменить его нечем. Прошу прислать 310.`,
    'photo',
    [],
    'exchange',
  ),
  // Irony about the result, no praise of the person («вот это сюрприз») → not rude; measured length mismatch.
  c(
    'r10x-22',
    'ru',
    `Вот это сюрприз к Новому году: вместо гирлянды на 10 метров пришла на 3 метра, измерила рулеткой в день получения, 1 декабря, фото с рулеткой прикладываю, прошу вернуть деньги.`,
    'photo',
    [],
    'full_refund',
  ),
  // Customs: returned to sender, never delivered; elapsed time since 3 ноября; screenshot.
  c(
    'r10x-23',
    'ru',
    `С 3 ноября посылка RU123456785CN стоит на таможне со статусом «возврат отправителю», мне её так и не выдали, скриншот отслеживания прикладываю. Прошу вернуть деньги.`,
    'photo',
    [],
    'full_refund',
  ),
  // Seller changed the listing after the order; offers to send the bag back → return.
  c(
    'r10x-24',
    'ru',
    `После моего заказа 2 ноября продавец изменил описание сумки: было «натуральная кожа», стало «экокожа», скриншоты обеих версий прикладываю. Пришла сумка из кожзаменителя — на срезе ремня видна тканевая основа, это тоже на фото. Заказ я делала именно из-за натуральной кожи, и цена это подтверждала. Сумкой я не пользовалась, бирки на месте. Прошу вернуть деньги, сумку готова отправить обратно.`,
    'photo',
    [],
    'return',
  ),
  // Second dispute on the same order; a new defect with a relative time; remaining sum named → partial 780.
  c(
    'r10x-25v',
    'ru',
    `Открываю второй спор по этому заказу. В первом вы вернули деньги за недостающий шланг, а теперь, через три недели работы, у компрессора для аквариума треснул корпус возле крепления, и он перестал подавать воздух — видео прилагаю. Прошу вернуть оставшиеся 780 рублей.`,
    'video',
    [],
    'partial_refund',
    780,
  ),
  // Translit Russian, parcel delivered to the wrong pickup point; tracking number and screenshot.
  c(
    'r10x-26',
    'ru',
    `Zdravstvuyte. Posylka po treku RB123456789SG prishla v punkt vydachi na ulitse Lenina 5, a ya vybirala punkt na Sovetskoy 12, i na Lenina mne ee ne vydayut. Status «vrucheno» stoit s 20 noyabrya, skrinshot prilagayu. Proshu vernut dengi.`,
    'photo',
    [],
    'full_refund',
  ),
  // Car part with a concrete symptom (error code, capitalised code is not shouting); offer to send back → return.
  c(
    'r10x-27',
    'ru',
    `После установки датчика кислорода 20 ноября бортовой компьютер выдаёт ошибку P0134 (нет активности датчика). Со старым датчиком этой ошибки не было, я проверил, поставив его обратно. Машина — Lada Vesta 2019 года, датчик подобран по каталожному номеру из описания. Фото экрана сканера с кодом ошибки прилагаю. Прошу вернуть деньги, датчик готов отправить обратно.`,
    'photo',
    [],
    'return',
  ),
  // «Требую», «употреблять» contain rude-looking letters; a firm demand is not rude. Expired cosmetics.
  c(
    'r10x-28',
    'ru',
    `Тушь для ресниц пришла просроченной: на коробке напечатано «годен до 09.2026», увидела это при распаковке 30 ноября, фото коробки прилагаю. Требую вернуть деньги, употреблять её уже нельзя.`,
    'photo',
    [],
    'full_refund',
  ),
  // Declined refund, then the real request (exchange); kids' shoe size mismatch.
  c(
    'r10x-29',
    'ru',
    `Детские сандалии пришли 24-го размера вместо заказанного 28-го, разница видна на фото бирки и стельки с линейкой. Обнаружила при примерке 25.11. Деньги возвращать не нужно, пришлите, пожалуйста, 28-й размер.`,
    'photo',
    [],
    'exchange',
  ),

  // ── Russian: needs work ─────────────────────────────────────────────────────────────────────────────────────
  // Generic «не соответствует описанию» → missing_what only.
  c(
    'r10x-30',
    'ru',
    `Товар не соответствует описанию. Получила 3 декабря, фото прикладываю. Прошу вернуть деньги.`,
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // «с браком» names no defect → missing_what; discovery moment and video present.
  c(
    'r10x-31v',
    'ru',
    `Удочка телескопическая оказалась с браком, заметил на первой же рыбалке 9 ноября, видео прилагаю. Прошу заменить на новую.`,
    'video',
    ['missing_what'],
    'exchange',
  ),
  // Concrete symptom, video, return offer, but no time or discovery circumstance → missing_when.
  c(
    'r10x-32v',
    'ru',
    `Швейная машинка пропускает стежки на трикотаже, а на плотной ткани игла бьёт по лапке и ломается — видео прилагаю, на нём подряд ломаются две иглы. Прошу вернуть деньги, машинку готова отправить обратно.`,
    'video',
    ['missing_when'],
    'return',
  ),
  // Measured mismatch and date, no evidence named and no file → missing_evidence.
  c(
    'r10x-33',
    'ru',
    `Заказала мебельные ручки-скобы, 12 штук с межцентровым расстоянием 128 мм, а пришли 96 мм, под старые отверстия они не подходят, проверила сразу при распаковке 28 ноября. Прошу обменять на 128 мм.`,
    'none',
    ['missing_evidence'],
    'exchange',
  ),
  // «Фото прикладываю» but the form has no file → evidence_not_attached only; sum stated.
  c(
    'r10x-34',
    'ru',
    `Посылку с кормом для рыб вскрыла на почте 27.11: две банки из трёх раздавлены, корм высыпался в коробку. Фото прикладываю. Прошу вернуть деньги за две банки — 640 рублей.`,
    'none',
    ['evidence_not_attached'],
    'partial_refund',
    640,
  ),
  // Older buyer, formal; «прошу разобраться» is no request → missing_resolution.
  c(
    'r10x-35',
    'ru',
    `Добрый день. Уведомляю вас, что приобретённый мною набор торцевых головок получен 19 ноября не в полной комплектации: отсутствуют головки на 10 и 13 мм, гнёзда под них в кейсе пустые, что видно на фото. Кейс был запечатан плёнкой, её я вскрыла сама. Набор приобретался в подарок, и вручить его в таком состоянии я не могу. Прошу разобраться.`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // «вернуть разницу» with no sum → partial_without_amount (the percentages describe the yarn, not the request).
  c(
    'r10x-36',
    'ru',
    `Заказывала пряжу 100 % мериноса, а на этикетке состав 50 % акрил, фото этикетки прилагаю. Обнаружила при распаковке 22 ноября. Вязать из неё всё равно буду, поэтому прошу вернуть разницу.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «компенсацию на ваше усмотрение» → partial_without_amount.
  c(
    'r10x-37',
    'ru',
    `Кресло-мешок пришло с разошедшимся боковым швом длиной около 15 см, наполнитель высыпается; заметила на следующий день после получения, фото шва прилагаю. Зашью сама, но прошу компенсацию на ваше усмотрение.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Feeling in ordinary words (расстроена, до слёз, обидно) → emotional; otherwise complete.
  c(
    'r10x-38',
    'ru',
    `Я очень расстроена, до слёз обидно. Заказывала внучке на выпускной платье цвета шампанского, а пришло ярко-жёлтое, это видно на фото рядом с картинкой из описания. Получили его 20 ноября. Праздник уже через неделю, и заказать другое мы не успеем. Прошу вернуть деньги.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // Two fully capitalised words → emotional; tracking number is the evidence, elapsed time is "when".
  c(
    'r10x-39',
    'ru',
    `ДВА МЕСЯЦА жду посылку, трек LB998877665CN не обновляется с 4 октября. Верните деньги.`,
    'none',
    ['emotional'],
    'full_refund',
  ),
  // Sarcasm about honesty with scare quotes («ну конечно, «случайно»») → accusation.
  c(
    'r10x-40',
    'ru',
    `Ну конечно, «случайно» положили в посылку самый дешёвый вариант. Вместо видеорегистратора с двумя камерами пришёл с одной, без задней камеры и кабеля к ней. Обнаружил при распаковке 17 ноября, фото коробки и комплекта прилагаю. На коробке тоже указана модель с одной камерой. Прошу вернуть деньги.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Slang fraud label «кидалово» → accusation, even next to facts; sum for the missing items.
  c(
    'r10x-41',
    'ru',
    `Вместо набора из 5 воблеров пришёл один, в описании было «5 шт.», фото прилагаю. Получил 12.11. Это обычное кидалово. Прошу вернуть 900 рублей за недостающие четыре.`,
    'photo',
    ['accusation'],
    'partial_refund',
    900,
  ),
  // Translit, five words: non-receipt with elapsed time, no evidence, no request.
  c(
    'r10x-42',
    'ru',
    `Gde posylka? Zhdu uzhe 50 dney.`,
    'none',
    ['too_short', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // A single two-letter word → empty_text only.
  c('r10x-43', 'ru', `ок`, 'none', ['empty_text'], 'none'),
  // Reply accepting the seller's offer: a partial refund with a sum, but no problem, time or evidence in the text.
  c(
    'r10x-44',
    'ru',
    `Согласна на ваше предложение вернуть 300 рублей, товар оставлю себе.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'partial_refund',
    300,
  ),

  // ── English: rude (blocker) ─────────────────────────────────────────────────────────────────────────────────
  // Condescension about reading ability, no swear word → insult.
  c(
    'r10x-45',
    'en',
    `Let me walk you through this one step at a time, since reading the order page seems to be a struggle over there. I ordered floor mats for a 2019 Toyota Corolla. You sent mats cut for a RAV4, which are 6 cm too wide and ride up over the pedals. I found this when I fitted them on 17 November; photos of the mats in the footwell are attached. Please refund my money.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Scottish "numpties" aimed at the packers → insult.
  c(
    'r10x-46',
    'en',
    `Whichever numpties packed this put a size 8 hook assortment in a box labelled size 2, and half of the 50 hooks were rusted together when I opened it on Saturday 22 November. Photos attached; please send the correct size 2 set.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Kenyan buyer: Swahili "mjinga" (fool) aimed at the seller → insult; majority English.
  c(
    'r10x-47',
    'en',
    `Wewe mjinga, I have told you three times that the phone battery is wrong: I ordered a BL-5C 1020 mAh and received a BL-4C, which does not fit the slot. I found it on 3 November when the repair shop opened the phone; photo attached. Refund me.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Malaysian English: "bodoh" (stupid) aimed at staff → insult; "lah" is not.
  c(
    'r10x-48',
    'en',
    `Your packing staff very bodoh lah, I order baby romper size 12-18 months, you send 0-3 months, the label is in the photo. Received on 25/11 and only saw when trying on my son. Please exchange to 12-18 months.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // A cousin who knows the warehouse building and will "have a quiet word" → veiled threat.
  c(
    'r10x-49',
    'en',
    `The aquarium heater you sent is listed as 300 W, but its own label says 100 W. It has not got the tank above 21 °C since I installed it on 10 November; photos of the label and the thermometer are attached. My cousin works in logistics in Guangzhou and knows exactly which building your warehouse is in. He has kindly offered to pop round and have a quiet word with whoever packs the orders. Please refund the full amount.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Cold menace: home address and the son's school named → threat.
  c(
    'r10x-50v',
    'en',
    `I have your business registration, your home address in Yiwu and the name of your son's school, so I am confident we can settle this like reasonable people. The filament dryer I received on 12 November does not heat: the display shows 25 °C after two hours on the 55 °C setting, video attached. Full refund, please.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // Doxxing ultimatum (owner's real name and mobile on forums) → threat.
  c(
    'r10x-51',
    'en',
    `The wading boots leaked through the left heel seam on their first outing, 9 November; photos attached. Refund me in full this week, or the store owner's real name and mobile number go up on every fly-fishing forum I belong to, next to those photos.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Sarcastic praise of the dispatch team's failure → insult.
  c(
    'r10x-52v',
    'en',
    `Truly outstanding work from your dispatch team: it takes real talent to ship a 1 kg spool of PLA in a paper envelope so that it arrives as a tangle of snapped filament. I opened it at the post office on 28 November and filmed it; the video is attached. Please refund me.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // "I remember names and faces… I visit Shenzhen twice a year" → ominous menace, a threat.
  c(
    'r10x-53',
    'en',
    `I am a patient man, and I have a very good memory for names and faces. I also visit Shenzhen twice a year. The replacement screen for my Samsung A52 has a dead stripe 1 cm wide along the right edge, visible in the attached photo taken on the day I fitted it, 4 November. The rest of the panel flickers whenever the brightness is above half. I expect a refund.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Mocking comparison of staff to hamsters → insult.
  c(
    'r10x-54',
    'en',
    `I've met hamsters with better organisational skills than your warehouse. I ordered six pairs of soft-close drawer runners in 450 mm and received six in 350 mm, measured with a tape on the day they arrived, 18 November; photos attached. Please send the 450 mm ones.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Leetspeak mat as an intensifier ("f4cking seat cover") → profanity + emotional; sum for the missing piece.
  c(
    'r10x-55',
    'en',
    `Three weeks of waiting for this f4cking seat cover set, and the driver's side piece is missing: the bag holds 4 pieces, the listing says 5. Found it when I unpacked it on Monday, photo attached. Refund $14 for the missing piece.`,
    'photo',
    ['profanity', 'emotional'],
    'partial_refund',
    14,
  ),
  // Masked mat aimed at people ("a$$clowns") → profanity + insult.
  c(
    'r10x-56',
    'en',
    `Listen, you a$$clowns: the bobbin case for my Singer 4423 arrived with the tension spring snapped off, and I saw it the moment I opened the bag on 14 November, photo attached. Send me a working one.`,
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),

  // ── English: innocent and complete (ready) ──────────────────────────────────────────────────────────────────
  // Chargeback and Trading Standards stated firmly: lawful steps, not threats. Tracking number as evidence.
  c(
    'r10x-57',
    'en',
    `My parcel (tracking LY204518337CN) has shown 'held at delivery office' since 30 September, and Royal Mail confirm they have no record of it. I paid on 12 September and have received nothing. The seller has not answered my two messages. Please refund me in full. If this is not resolved by 15 December, I will raise a chargeback with my bank and report the store to Trading Standards.`,
    'none',
    [],
    'full_refund',
  ),
  // Place name with a rude-looking root (Shitterton, Dorset) → innocent; wrong pickup point.
  c(
    'r10x-58',
    'en',
    `The parcel was delivered to a pickup point in Shitterton, Dorset, instead of the one I chose in Wool, about eight miles away; the attached tracking screenshot shows that address and the date, 26 November. The Shitterton shop says it cannot hand it over to me. I have asked twice for the parcel to be moved, with no result. The shop will keep it only until 10 December. Please refund me.`,
    'photo',
    [],
    'full_refund',
  ),
  // Brand name (Dickies) → innocent; measured size mismatch.
  c(
    'r10x-59',
    'en',
    `The Dickies 874 work trousers are labelled W32 but measure 28 inches round the waistband, which I checked the day they came, 20 November; photo with the tape measure attached. Please exchange them for a true W32.`,
    'photo',
    [],
    'exchange',
  ),
  // Lure brand "Bass Assassin" contains "ass" → innocent; wrong colour named.
  c(
    'r10x-60',
    'en',
    `I ordered 20 Bass Assassin 4-inch paddle tails in chartreuse and received 20 in plain white, as the attached photo of the bag shows. I noticed when I unpacked them on 2 December. Please send the chartreuse ones.`,
    'photo',
    [],
    'exchange',
  ),
  // The seller's insult quoted as evidence (reported speech, no mat) → not rude; offer to return the machine.
  c(
    'r10x-61v',
    'en',
    `On 21 November I reported that the presser foot of the sewing machine will not lower. The seller replied that I am 'too stupid to use a sewing machine' and closed the chat. A screenshot of that chat and a video of the lever moving while the foot stays up are attached. The machine has not been used otherwise. Please refund me; I can return the machine.`,
    'video',
    [],
    'return',
  ),
  // Irish buyer; accusation explicitly disclaimed ("I'm not saying anyone did it on purpose") → not an accusation.
  c(
    'r10x-62',
    'en',
    `I'm not saying anyone did it on purpose, but the cot mobile arrived without the motor unit — the box has the arm and the toys only. We found that when we unpacked it on Sunday 23 November, photo attached. Could you send the motor unit, please?`,
    'photo',
    [],
    'exchange',
  ),
  // Irony about the result with no praise of the person → not rude; counted missing parts.
  c(
    'r10x-63',
    'en',
    `Well, that was a short assembly evening: the fitting kit for the wardrobe came with 16 of the 32 cam locks, counted when I started assembly on 29 November. Photo of the contents attached. Please send the missing 16 cam locks.`,
    'photo',
    [],
    'exchange',
  ),
  // German buyer, firm and formal; concrete symptom, measured pressure, test date, video.
  c(
    'r10x-64v',
    'en',
    `I must insist on a full refund. The 12 V air compressor for my car stops after 40 seconds with error E2. It reaches only 1.2 bar instead of the 10 bar stated in the listing. I tested it twice on 24 November, the day after delivery, with the engine running. I attach a video of both attempts.`,
    'video',
    [],
    'full_refund',
  ),
  // Indian English formulas ("kindly do the needful") are polite; quantity mismatch; numeric date.
  c(
    'r10x-65',
    'en',
    `Kindly note the eyeshadow palette I received on 19/11/2026 has 9 shades instead of the 18 shown in the listing, photo of the open palette attached. Kindly do the needful and refund the full amount at the earliest.`,
    'photo',
    [],
    'full_refund',
  ),
  // Customs VAT charged despite "duties included"; €12,40 → 12.4 (VAT is an abbreviation, not shouting).
  c(
    'r10x-66',
    'en',
    `The listing said duties were included, but on 27 November the courier charged me €12,40 import VAT before handing over the fishing reel. The receipt and a screenshot of the listing are attached. Please refund the €12,40.`,
    'photo',
    [],
    'partial_refund',
    12.4,
  ),
  // Spanish buyer's reply to a request for more photos; broken clip found on opening.
  c(
    'r10x-67',
    'en',
    `As you asked yesterday, I send two more photos of the car phone holder: the clip that holds the phone is broken off at the hinge, and it was like this when I opened the box on 1 December. I hope now it is clear. I ask for the return of my money.`,
    'photo',
    [],
    'full_refund',
  ),
  // Pakistani English, formal; non-receipt since an order date, tracking number in the text, no file needed.
  c(
    'r10x-68',
    'en',
    `Dear Sir, the 3D printer nozzle set I ordered on 5 October has not reached me till date. The tracking number 4PX3001234567CN shows no movement since 20 October. Please refund my amount.`,
    'none',
    [],
    'full_refund',
  ),

  // ── English: needs work ─────────────────────────────────────────────────────────────────────────────────────
  // "not as described" → missing_what only.
  c(
    'r10x-69',
    'en',
    `Item not as described. I got it on 15 November, photos attached. Please refund.`,
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // "look nothing like the pictures" is as vague as "not as described" → missing_what.
  c(
    'r10x-70',
    'en',
    `The curtain tie-backs look nothing like the pictures in the listing. They arrived on Tuesday and I've attached photos of them next to the listing images. I'd like a refund.`,
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // "gutted" is an affect word → emotional; otherwise complete.
  c(
    'r10x-71',
    'en',
    `I'm honestly gutted. It was meant to keep her dry on a long walk in the hills. The raincoat I bought for my daughter's school trip is size 4 instead of the size 8 I ordered, the label is in the photo, and we only found out on the morning of the trip, 28 November. She wore her old coat instead, which is far too small. Please send the size 8.`,
    'photo',
    ['emotional'],
    'exchange',
  ),
  // Capitalised words and "???" → emotional; tracking number and dates make it complete otherwise.
  c(
    'r10x-72',
    'en',
    `WHERE IS MY PARCEL??? I paid on 3 September and tracking LP00998877665 has not moved since 10 September. Refund me.`,
    'none',
    ['emotional'],
    'full_refund',
  ),
  // "Classic bait and switch" is a fraud label → accusation, next to a concrete material mismatch.
  c(
    'r10x-73',
    'en',
    `Classic bait and switch: the listing showed a stainless steel hopper for the bait boat, and what came on 16 November is plastic with a silver sticker, photo attached. Refund please.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // A single space: no words → empty_text only.
  c('r10x-74', 'en', ` `, 'none', ['empty_text'], 'none'),
  // "refund half" → partial refund with no sum.
  c(
    'r10x-75',
    'en',
    `The knitting needle set came with the 4 mm and 5 mm pairs bent, which I found when I unpacked it on 13 November; photo attached. I'll keep the rest, so please refund half.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "refund me the difference" → partial refund with no sum; H2testw is the discovery.
  c(
    'r10x-76',
    'en',
    `I paid for a 64 GB microSD card, but H2testw shows 7.8 GB of real capacity; the test screenshot is attached. I ran the test the day it arrived. I'll keep it as a small card, so just refund me the difference.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "Please look into it" is no request → missing_resolution.
  c(
    'r10x-77v',
    'en',
    `Since the second day, the LED strip for my fish tank has had three dead segments near the plug end; video attached. Please look into it.`,
    'video',
    ['missing_resolution'],
    'none',
  ),
  // Concrete missing part, photo, request, but no time or discovery circumstance → missing_when. Accusation taken
  // back ("I'm sure it's not deliberate") is none.
  c(
    'r10x-78',
    'en',
    `The baby car seat arrived without the harness buckle, so it cannot be used at all; photo of the seat and the empty slot attached. I'm sure it's not deliberate. Please send the buckle.`,
    'photo',
    ['missing_when'],
    'exchange',
  ),
  // "Please see the attached photos" with no file → evidence_not_attached only.
  c(
    'r10x-79',
    'en',
    `The velvet bow ties for my wedding party arrived in navy instead of burgundy; I noticed when I opened the parcel on 30 November. Please see the attached photos. I would like an exchange for burgundy.`,
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // Five words: a colour mismatch and a photo, but no time and no request.
  c(
    'r10x-80',
    'en',
    `Wrong colour sent. Photo attached.`,
    'photo',
    ['too_short', 'missing_when', 'missing_resolution'],
    'none',
  ),
];
