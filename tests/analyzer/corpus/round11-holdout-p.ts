import { labelled as c, type CorpusCase } from './types';

/**
 * Round eleven, hold-out set P: a patient, articulate buyer-writer in ongoing disputes, polite but firm, whose rude
 * texts are cold (sarcasm, condescension, ironic politeness, veiled menace) rather than loud. Written by a hand that
 * has not read the analyzer's rules or other corpus files; labels follow analyzer-notes.md section 1 and the README's
 * labelling decisions (rounds two to ten).
 *
 * Choices where the definitions were silent:
 * - A text that attaches a file AND names the evidence type is complete on evidence; every ready text does both.
 * - Mat about the item is `profanity` only; as an interjection `profanity` + `emotional`; at the seller
 *   `profanity` + `insult`. Quoted mat from the seller is still `profanity`.
 * - "Send the missing strings / part" is `exchange`; a refund of shipping only with a sum is a partial refund.
 * - Two requests ("refund, or else a new one") are labelled by the first one.
 * - Ironic politeness that questions the staff's ability to count or read is condescension (`insult`).
 * - A parcel that arrived after a refund is labelled by the defect it has; "what should I do with it?" is `none`.
 */
export const ROUND11_HOLDOUT_P: CorpusCase[] = [
  // ── Russian ─────────────────────────────────────────────────────────────────────────────────────────────────
  // Condescension in a long patient reply ("объясню ещё раз, медленно"), no swear word: insult; otherwise complete.
  c(
    'r11p-01',
    'ru',
    'Попробую объяснить ещё раз, медленно и по пунктам, раз с третьего сообщения у вас не складывается. Каретка для велосипеда в описании — под резьбу 68 мм, а пришла на 73 мм: это видно на фото со штангенциркулем, которое я уже дважды прикладывала. Я обнаружила это 5 мая при установке, в мастерской. Ни «подождите», ни «это стандарт» не отменяют цифр. Прошу вернуть деньги полностью; если что-то опять непонятно, могу нарисовать схему попроще.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Veiled menace: "I am often in Yiwu and remember addresses" — knowing where the seller is. Threat only.
  c(
    'r11p-02',
    'ru',
    'Это уже третье моё сообщение по этому заказу. Автокормушка для кошки перестала выдавать корм на четвёртый день: мотор гудит, а диск не крутится, видео прикладываю. Готова отправить её обратно за ваш счёт, верните деньги после получения. И кстати, я часто бываю в Иу по работе, ваш склад на улице, которую я хорошо запомнила. Память на адреса у меня отличная, так что давайте решим всё по-хорошему.',
    'video',
    ['threat'],
    'return',
  ),
  // Innocent: lawful steps stated firmly (chargeback, an honest review with measurements). Ready.
  c(
    'r11p-03',
    'ru',
    'Солнечная панель заявлена на 100 Вт, а 12 июня в полдень при ясном небе мультиметр показал не больше 38 Вт; замеры сняты на видео, оно приложено. Ваше предложение «проверить угол наклона» я выполнила: панель стояла строго на юг под углом 45°. Результат тот же. Прошу полный возврат средств. Если до пятницы ответа не будет, я открою спор в банке (чарджбэк) и оставлю подробный честный отзыв с цифрами.',
    'video',
    [],
    'full_refund',
  ),
  // Disguised mat: Latin x and y inside a Cyrillic word about the item. Profanity only.
  c(
    'r11p-04',
    'ru',
    'Заказывала светодиодную ленту на 5 метров, а в пакете лежит какая-то xyйня длиной метра три, вторая половина катушки просто пустая. Измерила рулеткой в день получения, 22 апреля, фото с рулеткой прикрепила. Прошу вернуть деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Digits for a syllable (3.14здец) as an interjection: profanity + emotional.
  c(
    'r11p-05',
    'ru',
    'Ну 3.14здец, а не квадрокоптер: на первом же взлёте 8 августа левый задний винт слетел и дрон рухнул в траву. Видео полёта прикладываю, там видно, как винт отделяется. Прошу вернуть полную стоимость.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Innocent look-alikes: «требую» (…еб…), «рубля», a board game called «Пизанская башня». Ready.
  c(
    'r11p-06',
    'ru',
    'Настольная игра «Пизанская башня» пришла 3 марта без кубика и без шести деревянных блоков из 54 — пересчитали при распаковке всей семьёй, фото разложенных блоков прилагаю. Игра стоила 1490 рублей, и без блоков в неё не сыграть. Дети ждали её к выходным, поэтому прошу решить вопрос побыстрее. Требую заменить комплект или дослать недостающие детали.',
    'photo',
    [],
    'exchange',
  ),
  // Vague problem words only («не соответствует описанию», «брак»), with date, photo and a request: missing_what.
  c(
    'r11p-07',
    'ru',
    'Получила садовый секатор 14 мая и сразу увидела, что он не соответствует описанию, обычный брак, фото приложила. Прошу вернуть деньги.',
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // Detailed problem but only «разберитесь» at the end: missing_resolution.
  c(
    'r11p-08',
    'ru',
    'Коляска пришла 2 октября, и уже на третьей прогулке у переднего правого колеса треснула пластиковая втулка, колесо теперь болтается и заваливается набок. На видео видно трещину и то, как колесо шатается. Я пользовалась коляской аккуратно, по асфальту, без бордюров. Ребёнку гулять не в чем. Пожалуйста, разберитесь.',
    'video',
    ['missing_resolution'],
    'none',
  ),
  // Slang name-calling at staff («бакланы»), no swear word: insult.
  c(
    'r11p-09',
    'ru',
    'Гитарный тюнер пришёл 9 ноября с разбитым экраном: коробка смята, будто её пинали по складу. Видимо, у вас на упаковке работают одни бакланы, которым всё равно, что внутри. Фото коробки и экрана прилагаю. Прошлый заказ от вас пришёл целым, так что дело явно в упаковке. Прошу прислать новый тюнер.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Sarcastic praise of a failure aimed at the seller («гении»), plus a factual report of borrowed photos: insult.
  c(
    'r11p-10',
    'ru',
    'Поздравляю, гении маркетинга: фото парика в вашем объявлении взяты из чужого магазина, я нашла их поиском по картинке, скриншоты прилагаю. Пришёл парик не каштановый, а рыжий, и длиной 35 см вместо 60 — измерила сразу при распаковке, 17 января. Мне не нужны объяснения про «освещение в студии». Цвет и длина — это не освещение. Прошу вернуть деньги.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Reported speech: the seller's rude words quoted as evidence are not the buyer's insult. Ready.
  c(
    'r11p-11',
    'ru',
    'На мою просьбу о замене продавец написал: «сам ты дурак, ремешок нормальный». Скриншот переписки прилагаю вместе с фото. Ремешок для часов 22 мм, а пришёл 20 мм — в ушки не встаёт, замерила линейкой 6 февраля, в день получения. Грубость я оставляю на вашей совести, мне важен только результат. Прошу прислать ремешок правильной ширины.',
    'photo',
    [],
    'exchange',
  ),
  // Quoted mat from the seller, masked: still profanity (advice: describe instead of repeating).
  c(
    'r11p-12',
    'ru',
    'Продавец в чате ответил мне «иди на х*й, всё отправлено», хотя трек-номер не обновляется с 28 июня, посылки нет уже 52 дня. Скриншоты чата и отслеживания прилагаю. Прошу вернуть деньги за неполученный заказ.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Blanket intent label («специально подсунули подделку») next to facts: accusation.
  c(
    'r11p-13',
    'ru',
    'Вместо оригинального ремешка Garmin пришла подделка: нет гравировки на застёжке, силикон липкий, логотип кривой, сравнила с оригиналом 11 сентября, фото рядом прилагаю. Я ношу часы Garmin шесть лет и знаю, как выглядит их ремешок. Вы специально подсовываете копии, рассчитывая, что никто не заметит. Прошу полный возврат.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // CAPS words and «!!!» about a swollen battery: emotional; otherwise complete.
  c(
    'r11p-14',
    'ru',
    'Пауэрбанк ВЗДУЛО через неделю после покупки, корпус разошёлся по шву и он стал горячим!!! Я В ШОКЕ, он лежал на тумбочке рядом с ребёнком. Фото прилагаю. Верните деньги.',
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // «Верните разницу» without a sum: partial_without_amount.
  c(
    'r11p-15',
    'ru',
    'Размерная сетка врёт: по таблице обхват груди куртки 110 см, а по факту 98 см, измерила сантиметром 20 ноября, когда забрала посылку. Фото с сантиметром прилагаю. Я понимаю, что мерки бывают с погрешностью, но 12 см — это не погрешность. Обмен мне неудобен: доставка шла полтора месяца. Куртку оставлю дочери, но верните, пожалуйста, разницу.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Several items, some never came; partial sum in words (350). Ready.
  c(
    'r11p-16',
    'ru',
    'В заказе было пять позиций для аквариума, а 15 мая пришло только три: нет термометра и сачка. Фото содержимого посылки и вес на квитанции прилагаю. Прошу вернуть триста пятьдесят рублей за два недостающих товара.',
    'photo',
    [],
    'partial_refund',
    350,
  ),
  // Photo promised in the text, none attached: evidence_not_attached only.
  c(
    'r11p-17',
    'ru',
    'Лежанка для собаки пришла 7 декабря с таким резким химическим запахом, что пёс к ней не подходит, а у меня за сутки разболелась голова; после двух дней на балконе запах не ушёл. Фото этикетки прикладываю. Прошу вернуть деньги.',
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // Near-empty: non-receipt with elapsed time, no evidence, no request, fewer than 8 words.
  c(
    'r11p-18',
    'ru',
    'Где посылка? Уже сорок дней жду.',
    'none',
    ['too_short', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Empty-ish: a single two-letter word.
  c('r11p-19', 'ru', 'ок', 'none', ['empty_text'], 'none'),
  // Voice-typed, no punctuation; missing strings named, "send the missing" = exchange. Ready.
  c(
    'r11p-20',
    'ru',
    'здравствуйте я получил струны для гитары вчера вечером открыл упаковку а там вместо комплекта из шести струн только четыре нет первой и второй струны фото пакетика приложил прошу дослать недостающие две струны',
    'photo',
    [],
    'exchange',
  ),
  // Russian in Latin letters (counts as ru); concrete measured mismatch; ready.
  c(
    'r11p-21',
    'ru',
    'Zdravstvuite. Zakazyvala parik dlinoi 50 sm, a prishel 30 sm, izmerila lineikoi pri raspakovke 3 iyulya. Foto s lineikoi prilagayu. Proshu vernut dengi polnostyu.',
    'photo',
    [],
    'full_refund',
  ),
  // Translit name-calling («klouny») with condescension at staff: insult.
  c(
    'r11p-22',
    'ru',
    'Nu vy i klouny konechno. Zakazal velosipednyi zamok s kodom, prishel bez koda i ne otkryvaetsya, kod ne podhodit ni odin iz instrukcii, proveril v den polucheniya 2 marta. Video prilagayu. Vernite dengi.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // A few English words mixed into Russian; «хочу refund» is a full refund; ready.
  c(
    'r11p-23',
    'ru',
    'Короче, ремешок для смарт-часов заявлен 22 мм, а пришёл 20 мм, в часы не fit вообще, болтается на пинах. Заметила сразу, как примерила 9 апреля. Фото с линейкой attached, прикрепила к спору. Хочу refund, полный.',
    'photo',
    [],
    'full_refund',
  ),
  // Dash list: some items never came; partial refund in dollars with a decimal comma (12.4). Ready.
  c(
    'r11p-24',
    'ru',
    'Заказ от 1 августа, посылка получена 29 августа:\n- поводок — пришёл;\n- шлейка — пришла;\n- миска-непроливайка — нет;\n- игрушка-канат — нет.\nВзвесила посылку на почте при получении, фото весов и содержимого прилагаю. Прошу вернуть 12,40 $ за две недостающие позиции.',
    'photo',
    [],
    'partial_refund',
    12.4,
  ),
  // Concrete defect, evidence and request, but no time or discovery moment («пришла с трещиной» does not count).
  c(
    'r11p-25',
    'ru',
    'Колба Эрленмейера на 500 мл пришла с трещиной по дну, трещина идёт от центра к краю, использовать её для нагрева нельзя. Фото приложила. Готова отправить колбу обратно, верните деньги после возврата.',
    'photo',
    ['missing_when'],
    'return',
  ),
  // Doxxing menace in polite words (personal data "in open access"): threat.
  c(
    'r11p-26',
    'ru',
    'Я нашла вашу страницу в соцсети, номер телефона и фотографии вашей семьи. Будет очень неловко, если всё это вдруг окажется в открытом доступе с пометкой о том, как вы работаете. Дрон пришёл 4 июня без пульта, фото комплекта прилагаю. Я человек вежливый и надеюсь, что до этого не дойдёт. Всё зависит только от вас, а пока прошу вернуть деньги.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Seller asks to confirm receipt first; buyer refuses firmly, names lawful steps. Ready.
  c(
    'r11p-27',
    'ru',
    'Вы просите сначала подтвердить получение, а уже потом «разберёмся». Подтверждать получение посылки, которой у меня нет, я не буду: трек-номер RU204518733CN стоит на статусе «принято в сортировочном центре» со 2 августа, скриншот отслеживания прилагаю. Срок защиты покупателя истекает через пять дней. Прошу вернуть деньги; при отказе обращусь в поддержку и в Роспотребнадзор.',
    'photo',
    [],
    'full_refund',
  ),
  // A declined coupon is not a request; ends in a question that asks for nothing concrete: missing_resolution.
  c(
    'r11p-28',
    'ru',
    'Ваш «бонус» — купон на 2 доллара за закрытие спора — мне не нужен, спасибо. Зонт сломался 16 октября на первом же ветру: две спицы переломились у основания, фото прилагаю. Я не закрою спор ради купона. Зонт стоил 19 долларов, и купон на два доллара этого никак не возмещает. Что вы собираетесь с этим делать?',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // Mocking comparison of staff to an animal: insult.
  c(
    'r11p-29',
    'ru',
    'Грабли пришли 25 апреля с отломанными зубьями, а черенок треснул вдоль: похоже, упаковывал медведь в варежках, причём с закрытыми глазами. Фото и видео распаковки приложены. Прошу прислать новые грабли.',
    'video',
    ['insult'],
    'exchange',
  ),
  // «На ваше усмотрение» about the sum: partial refund without an amount.
  c(
    'r11p-30',
    'ru',
    'Игра «Каркассон» пришла 19 января, при распаковке не оказалось 12 карточек из 72 — пересчитали два раза, фото карточек прилагаю. Играть можно, но неполноценно: без этих карточек не собрать часть дорог и монастырей. Докупить их отдельно, насколько я знаю, нельзя. Прошу частичную компенсацию, сумму оставляю на ваше усмотрение.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Older formal writer, ironic politeness with ominous menace (a proverb-like line): threat.
  c(
    'r11p-31',
    'ru',
    'Уважаемый продавец! Позвольте напомнить вам, что земля круглая, а я человек терпеливый и очень злопамятный, и всё, что мне обещают, я помню годами. Пишу вам уже в четвёртый раз и всякий раз получаю шаблонный ответ. Садовый опрыскиватель протекает по шву бака с первого использования 3 мая, видео прилагаю. Прошу возвратить денежные средства в полном объёме.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // Older formal buyer from Belarus, swollen battery, «прошу вернуть средства». Ready.
  c(
    'r11p-32',
    'ru',
    'Добрый день. Аккумулятор к квадрокоптеру, полученный мною 21 февраля, после второй зарядки вздулся: корпус выгнулся на 4 мм, батарея не входит в отсек. Фотографии с линейкой прилагаю. Прошу вернуть средства, оплаченные за аккумулятор, в полном объёме.',
    'photo',
    [],
    'full_refund',
  ),
  // Emotion in ordinary words (обидно, до слёз): emotional; otherwise complete.
  c(
    'r11p-33',
    'ru',
    'Укулеле покупала маме на юбилей, а при распаковке 30 марта увидела, что гриф треснул у головки и струны не держат строй. Мне до слёз обидно, подарок испорчен. Мама ждала его весь год. Фото трещины прилагаю. Прошу прислать новую укулеле.',
    'photo',
    ['emotional'],
    'exchange',
  ),
  // Vowels dropped («пздц») as an interjection: profanity + emotional.
  c(
    'r11p-34',
    'ru',
    'Пздц, у коляски на второй день, 11 июля, отвалился тормоз заднего колеса — просто выпал штифт, видео прилагаю. Верните деньги.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Teen slang name-calling at staff («нубы»), chat filler «плиз» is neutral: insult.
  c(
    'r11p-35',
    'ru',
    'ну вы и нубы конечно, даже коробку нормально собрать не можете. наушники пришли вчера, 14 сентября, левый вообще не заряжается, в кейсе не горит диод. видос прикрепил. верните деньги плиз',
    'video',
    ['insult'],
    'full_refund',
  ),
  // Negated accusation and a request hidden in a question. Ready.
  c(
    'r11p-36',
    'ru',
    'Я не думаю, что вы сделали это специально, но вместо чёрного ремешка для часов пришёл тёмно-синий — разница хорошо видна при дневном свете, фото рядом с часами прилагаю. Посылку я получила 2 декабря. Сам ремешок хороший и мягкий, но я выбирала именно чёрный под корпус. Может быть, проще будет вернуть мне деньги, чем пересылать новый?',
    'photo',
    [],
    'full_refund',
  ),
  // Two requests (refund, or else a new one): the first; no evidence named and no files: missing_evidence.
  c(
    'r11p-37',
    'ru',
    'Велосипедный насос пришёл 6 мая, и на второй день у него оторвался шланг от корпуса, воздух теперь уходит мимо. Верните деньги, а если так нельзя — пришлите новый насос.',
    'none',
    ['missing_evidence'],
    'full_refund',
  ),
  // Refund of shipping only, with a sum: a partial refund of 4.90. Ready.
  c(
    'r11p-38',
    'ru',
    'Я оплатила экспресс-доставку за 4,90 $ 1 марта, а посылка шла обычной почтой 35 дней, что видно по трек-номеру и скриншоту отслеживания (прилагаю). К самому товару претензий нет. Прошу вернуть только стоимость доставки — 4,90 $.',
    'photo',
    [],
    'partial_refund',
    4.9,
  ),
  // Kazakhstan buyer, sum in tenge; no evidence named and no files: missing_evidence.
  c(
    'r11p-39',
    'ru',
    'Светодиодная лента пришла 18 января, включила в тот же вечер — горит только первая половина, после второго метра все диоды тёмные. Прошу вернуть 5000 тенге, лентой частично пользуюсь.',
    'none',
    ['missing_evidence'],
    'partial_refund',
    5000,
  ),
  // Masked mat aimed at the seller (с*ки): profanity + insult.
  c(
    'r11p-40',
    'ru',
    'Ну вы и с*ки: кормушка для птиц пришла 27 октября без крепления и без крышки, фото приложила. Верните деньги.',
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // Harsh words about the PRODUCT, rude-looking ordinary words («колеблюсь», «употребляя»): not rude. Ready.
  c(
    'r11p-41',
    'ru',
    'Переноска для кота — никудышный пластик: защёлка дверцы сломалась 8 июня при первом же закрывании, я её лишь слегка нажала. Колеблюсь только в одном: можно ли вообще употреблять слово «пластик» для этого материала. Фото сломанной защёлки прилагаю. Прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // Vague only, no time, no evidence: three missing findings.
  c(
    'r11p-42',
    'ru',
    'Качество плохое, товар совсем не соответствует описанию, верните деньги пожалуйста.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),

  // ── English ─────────────────────────────────────────────────────────────────────────────────────────────────
  // Condescension via a mocking comparison ("explain it as to a golden retriever"): insult.
  c(
    'r11p-43',
    'en',
    'Let me walk you through this the way one would explain it to a golden retriever, since the last three replies suggest that is the level we are at. The chain I ordered is 11-speed; the one you sent is 9-speed, and it does not fit my cassette. I found this on April 4 when I tried to fit it, and the photos of both chains side by side are attached. I have also included the screenshot of your product page, where 11-speed is written in bold. Please refund me in full.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Veiled menace via an associate who "stops by" the warehouse: threat.
  c(
    'r11p-44',
    'en',
    'The dog water fountain pump died on day five: it hums but no water comes out, video attached. I want a full refund. I have asked politely twice. By the way, my cousin drives for a freight company that stops at your warehouse in Yiwu every Thursday, and he is very curious to meet whoever packed my order.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // Innocent: firm lawful steps (chargeback, consumer protection). Ready.
  c(
    'r11p-45',
    'en',
    'The 60 W foldable solar charger delivers 14 W at most: I measured it with a USB meter in full sun on July 9, and the video of the readings is attached. I have already sent the same video twice in chat, and your advice to tilt the panel does not explain a shortfall of three quarters. I am asking for a full refund. If this is not resolved within seven days, I will file a chargeback with my bank and report the listing to consumer protection.',
    'video',
    [],
    'full_refund',
  ),
  // Leetspeak vulgar word about the item (sh1te): profanity only.
  c(
    'r11p-46',
    'en',
    'This drone is total sh1te: the gimbal camera shakes so badly the footage is unwatchable, from the very first flight on 3 June, video attached. Refund please.',
    'video',
    ['profanity'],
    'full_refund',
  ),
  // Australian, sarcastic praise of a failure aimed at the seller: insult.
  c(
    'r11p-47',
    'en',
    'Well done, lads, truly world-class quality control. The wig arrived on 12 March with a bald patch the size of a coin right at the crown, which I noticed the moment I took it out of the bag. The listing promised full density. You can see the scalp cap right through it. Photos attached. I would like my money back.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Innocent look-alikes: a real town (Cockermouth) and a street name. Ready.
  c(
    'r11p-48',
    'en',
    'My parcel was delivered to Cockermouth post office on 5 May, but the box contained only the saddle, not the seat post clamp that was part of the same order. The photo of the open box and the packing slip is attached. Please send the missing clamp to my address in Cockermouth.',
    'photo',
    [],
    'exchange',
  ),
  // Reported speech: seller called the buyer an idiot; quoted as evidence, not the buyer's insult. Ready.
  c(
    'r11p-49',
    'en',
    'When I asked about the missing charger, your agent replied "stop bothering me, you idiot", and the screenshot of that chat is attached. The smartwatch arrived on 20 August without its magnetic charging cable, so it cannot be charged at all. I am not going to answer that in kind. I simply need the part that should have been in the box, so please send the charging cable.',
    'photo',
    [],
    'exchange',
  ),
  // Quoted mat from the seller (masked): profanity.
  c(
    'r11p-50',
    'en',
    'Your seller answered my question with "f*ck off, it shipped", yet the tracking number LP00482910375 has not moved since 2 September, 47 days ago. Screenshots of the chat and tracking are attached. Please refund the order.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Intent label ("classic bait and switch") next to facts about a counterfeit: accusation.
  c(
    'r11p-51',
    'en',
    'The listing said genuine Shimano Deore rear derailleur; what arrived on 8 October is a counterfeit with a misspelt logo ("Shimamo") and no serial number. Photos next to my genuine one are attached. The real one has a serial number stamped under the cage; yours has a sticker that peels off with a fingernail. Classic bait and switch. I want a full refund.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // "Gutted" is an affect word: emotional; otherwise complete.
  c(
    'r11p-52',
    'en',
    'I am honestly gutted. The cat fountain pump stopped after the second day, 14 November; the light is on but it does not pump any water. Video attached. Please send a replacement pump.',
    'video',
    ['emotional'],
    'exchange',
  ),
  // "Not as described" only: missing_what.
  c(
    'r11p-53',
    'en',
    'I received the garden hose reel on 2 May and it is not as described, photos attached. Please refund.',
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // Long run-on reply, concrete problem, ends in "what are you going to do about it?": missing_resolution.
  c(
    'r11p-54',
    'en',
    'I have been patient for three weeks now and I have answered every one of your questions, I sent the photos of the stroller canopy that tore along the seam on the first windy day, 30 September, I sent the video of the clip that no longer locks, I even measured the tear for you, it is 14 cm, and each time you reply with a new form to fill in and a new question about the order number you already have. So what are you going to do about it?',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // "Half the price back" without a sum: partial_without_amount.
  c(
    'r11p-55',
    'en',
    'The board game arrived on 7 January with the box crushed and two of the four player boards bent in half, found during unboxing. Photos attached. I will keep it, but I would like half the price back.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Polish buyer, euro sum with a decimal comma: 6.5. Ready.
  c(
    'r11p-56',
    'en',
    'Hello, I ordered 3 LED strips and 2 controllers, but on 16 March only the strips came, the controllers are missing. I attach photo of the package content and the label with weight. Please return me €6,50 for the two controllers.',
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // Video promised in the text, none attached: evidence_not_attached only.
  c(
    'r11p-57',
    'en',
    'The metronome arrived on 22 April and the tempo dial skips from 60 straight to 120, as the video I have attached shows. Please send a working one.',
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // Two words: vague, no time, no evidence; too_short.
  c(
    'r11p-58',
    'en',
    'Defective. Refund.',
    'none',
    ['too_short', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Empty text.
  c('r11p-59', 'en', '', 'none', ['empty_text'], 'none'),
  // Nigerian English, size chart that lies, "I'd like my money back". Ready.
  c(
    'r11p-60',
    'en',
    'Good day seller. Please the size chart says XL chest is 112 cm but the shirt I received on 4 June measures 98 cm, I measured it with tape the same day, pictures attached. I have bought from your store before and everything was fine. This time the shirt cannot even close across my chest. Kindly I would like my money back.',
    'photo',
    [],
    'full_refund',
  ),
  // Yoruba name-calling («olodo», dunce) aimed at the seller: insult.
  c(
    'r11p-61',
    'en',
    'Oga seller, only an olodo would pack glass like this. The pet aquarium came on 10 July cracked on the front panel, water leaks out, photos and video attached. Refund my money.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // Filipino name-calling («tanga») at the packer: insult.
  c(
    'r11p-62',
    'en',
    'Whoever packed this is tanga talaga. The ukulele neck is snapped off at the headstock, I saw it when I opened the box last Saturday. Photos attached. Please send a new one.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Filipino polite buyer: missing propeller guards; "send the missing part" = exchange. Ready.
  c(
    'r11p-63',
    'en',
    'Hi po, the drone arrived yesterday, 18 May, but the four propeller guards shown in the listing photos were not in the box. I took photos of everything during unboxing, attached po. Kindly send the missing guards. Thank you.',
    'photo',
    [],
    'exchange',
  ),
  // Brazilian non-native, LED strip colour wrong, refund. Ready.
  c(
    'r11p-64',
    'en',
    'Hello, the LED strip is announced as RGB but it make only white and blue, red and green never turn on. I test on day of arrival, 2 February, with the remote and with the app. Video is attached. I want refund please.',
    'video',
    [],
    'full_refund',
  ),
  // Arab buyer writing English, affect word plus "?!?!": emotional.
  c(
    'r11p-65',
    'en',
    'I am very disappointed brother. The baby stroller arrived on 11 Ramadan with the folding lock broken, it folds by itself when baby is inside, how is this possible?!?! Video attached. I request full refund.',
    'video',
    ['emotional'],
    'full_refund',
  ),
  // Ironic politeness with publishing personal data: threat.
  c(
    'r11p-66',
    'en',
    "I would so hate for your home address and your daughter's school to end up on a few buyer forums, so let us keep this civil. I have been very patient with you, and we shall see whether patience is rewarded. The garden trimmer blade came bent on 6 June, photos attached. Full refund, please.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Negated accusation, partial refund with a dollar sum. Ready.
  c(
    'r11p-67',
    'en',
    'I am not suggesting you did this deliberately, but two of the six borosilicate beakers arrived with hairline cracks at the base. I found them when unpacking on 3 November; photos attached. The other four are perfect and I will keep them. The cracks show clearly when the beakers are held against the light. Please refund $7.80 for the two cracked beakers.',
    'photo',
    [],
    'partial_refund',
    7.8,
  ),
  // Concrete defect, evidence and request but no time at all: missing_when.
  c(
    'r11p-68',
    'en',
    'The middle C key on the keyboard sticks down and stays silent after being pressed, photo and video attached. Please replace the keyboard.',
    'video',
    ['missing_when'],
    'exchange',
  ),
  // Two requests, first is refund; no evidence and no files: missing_evidence.
  c(
    'r11p-69',
    'en',
    'The bicycle bell arrived on 9 August with the striker missing, so it makes no sound at all. Refund me, or else send a new one.',
    'none',
    ['missing_evidence'],
    'full_refund',
  ),
  // Ominous "accidents happen" wish: veiled threat.
  c(
    'r11p-70',
    'en',
    'Drive carefully this winter. Roads get icy, and accidents do seem to happen to people who ignore their customers. The heated pet mat stopped heating on 2 December, video attached. Refund in full.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // Request hidden in a question, with a sum (12). Ready.
  c(
    'r11p-71',
    'en',
    'My order had a bike light, a lock and a mini pump, and the parcel delivered on 27 June had no pump in it; the photo of the contents and the packing list is attached. The lock and the light are fine. The pump is listed on the invoice at 12 dollars, so the sum is easy to check. Could you simply refund the 12 dollars for the missing pump?',
    'photo',
    [],
    'partial_refund',
    12,
  ),
  // Request set against the seller's coupon offer ("I'd rather have my $23 back"). Ready.
  c(
    'r11p-72',
    'en',
    'Thank you for the offer, but I would rather have the full $23 I paid back than a $5 coupon. The hose nozzle leaks at the thread from the first use on 4 May, even with new tape; video attached.',
    'video',
    [],
    'full_refund',
  ),
  // Masked vulgar name-calling ("a$$hats") at the seller: profanity + insult.
  c(
    'r11p-73',
    'en',
    'You a$$hats sent a size 6 horse rug instead of size 7, it does not close across the chest. Found out on 19 October at the stable, photos attached. Exchange it for the right size.',
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // Scare quotes around "mistake": accusation (sarcasm about honesty).
  c(
    'r11p-74',
    'en',
    'Another "mistake", I am sure. This is the second time the wig arrived in the wrong colour: platinum instead of ash brown, received 13 January, photo attached. The order page and my confirmation email both say ash brown. The label on the bag says platinum. Please send the ash brown one.',
    'photo',
    ['accusation'],
    'exchange',
  ),
  // Harsh about the PRODUCT only (cheap rubbish, smells like a tyre fire). Ready.
  c(
    'r11p-75',
    'en',
    'This strap is cheap rubbish that smells like a tyre fire, and its spring bar snapped on the second day, 28 May, so the watch fell off my wrist (photos attached). Please refund me.',
    'photo',
    [],
    'full_refund',
  ),
  // Voice-typed run-on, no evidence named, no files: missing_evidence.
  c(
    'r11p-76',
    'en',
    'hi so i got the dog harness on tuesday and the buckle snapped on the first walk the clip just cracked in half and the dog nearly ran onto the road i want a refund please',
    'none',
    ['missing_evidence'],
    'full_refund',
  ),
  // Parcel arrived after the refund, wrong model; "What should I do with it?" asks for nothing: missing_resolution.
  c(
    'r11p-77',
    'en',
    'The parcel finally turned up on 19 May, two weeks after you refunded me for non-delivery, and it is the wrong model anyway: XT-200 instead of the XT-300 drone battery I ordered. Photo of the label attached. I am not trying to keep something I have not paid for, and I have no use for the wrong battery either. What should I do with it?',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // UK ironic politeness + condescension ("counting to four is a stretch"): insult.
  c(
    'r11p-78',
    'en',
    'Bless you, I can see counting to four is a bit of a stretch for your warehouse. I ordered four chew toys; three arrived on 8 July, photo of the open bag attached. Please refund £2.50 for the missing one.',
    'photo',
    ['insult'],
    'partial_refund',
    2.5,
  ),
  // US buyer, firm but polite, lawful escalation mentioned; "I'd like my money back". Ready.
  c(
    'r11p-79',
    'en',
    'The lace front wig I received on March 21 sheds a handful of hair every time I brush it; the video shows it after one gentle brushing. I have used only a wide-tooth comb, as the listing advises. A thin patch at the nape is already visible. I would like my money back. If we cannot agree, I will ask AliExpress support to step in.',
    'video',
    [],
    'full_refund',
  ),
  // Three words: non-receipt named, nothing else; too_short.
  c(
    'r11p-80',
    'en',
    "Where's my drone?",
    'none',
    ['too_short', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
];
