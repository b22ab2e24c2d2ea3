import { labelled as c, type CorpusCase } from './types';

/**
 * Round ten, hold-out set Z: 80 texts (40 ru, 40 en) written by an independent hand to be hard but fair for a
 * checker. Innocent texts that look rude on the surface (firm lawful steps, quoted seller rudeness, rude-looking
 * ordinary words, brand and place names, negated accusations, irony about the situation), rude texts that look
 * innocent (plain-word insults and threats, politeness as a weapon, implications), long replies where one sentence
 * decides the label, vague problems dressed in many words and requests hidden in the middle.
 * Labels follow analyzer-notes.md section 1 and the README's labelling decisions (rounds two to nine).
 *
 * Decisions this hand made where the definitions are silent:
 * - words of the seller quoted as reported speech do not make the buyer's text emotional or insulting (only quoted
 *   mat counts, as profanity);
 * - a conditional request ("if it cannot be found, refund me") is still the request;
 * - a conditional offer to send the item back ("I can ship it back if you cover postage") is `return`;
 * - ordinary words that contain a mat root as letters (рубля, бляха, страхуйте, оскорблять) are innocent;
 * - an ominous wish about the seller's health or door locks is a veiled threat;
 * - a pre-emptive disclaimer ("не хочу никого оскорблять, но…") followed by facts only is innocent;
 * - a seller's question answered with an instruction addressed to slow readers is condescension (`insult`).
 */
export const ROUND10_HOLDOUT_Z: CorpusCase[] = [
  // ── Russian: innocent and complete (ready) ──────────────────────────────────────────────────────────────────
  // Firm lawful steps (support, chargeback, Роспотребнадзор) with a deadline: not a threat; complete otherwise.
  c(
    'r10z-01v',
    'ru',
    'Автокормушка для аквариума, полученная 6 ноября, не проворачивает барабан: мотор жужжит, а барабан стоит на месте. Пока я был в командировке, рыбы трое суток оставались без корма. На видео видно, что барабан не двигается даже при нажатии кнопки ручной подачи. Прошу полный возврат денег. Сразу предупреждаю: если до пятницы, 14 ноября, ответа не будет, спор уйдёт в поддержку AliExpress, а я подам в банк заявление на чарджбэк и жалобу в Роспотребнадзор.',
    'video',
    [],
    'full_refund',
  ),
  // «бляха» (a belt buckle) and «рубля» contain a mat root as letters only; a concrete missing part, sum in figures.
  c(
    'r10z-02',
    'ru',
    'Ремень пришёл с латунной бляхой без штырька-язычка, в пакете его тоже нет — обнаружила при распаковке 10.11, фото бляхи и пустого пакета прилагаю. Прошу вернуть 152 рубля, это цена отдельной пряжки в вашем же магазине.',
    'photo',
    [],
    'partial_refund',
    152,
  ),
  // The seller's insult quoted as reported speech (after «ответил»): not the buyer's insult; a measured mismatch;
  // a declined refund followed by an exchange request.
  c(
    'r10z-03',
    'ru',
    'Комбинезон получили 6 ноября и при первой же примерке он оказался сыну мал. На мой вопрос в переписке ваш менеджер ответил: «вы что, тупая, таблицу размеров открыть не можете?». Таблицу я открывала: для роста 116 там указана длина 68 см, а присланный комбинезон с биркой 116 по рулетке 59 см. Скриншоты таблицы и переписки, а также фото с рулеткой прикладываю. Деньги мне не нужны, прошу обменять на размер 128.',
    'photo',
    [],
    'exchange',
  ),
  // A negated accusation («не утверждаю, что… специально») is taken back in the same sentence: no accusation.
  c(
    'r10z-04',
    'ru',
    'Я не утверждаю, что заказ перепутали специально, скорее всего это ошибка при сборке. Вместо лески 0,25 мм в среду, 12-го, пришла катушка 0,40 мм — сечение напечатано на самой шпуле, фото этикетки прилагаю, прошу прислать леску 0,25.',
    'photo',
    [],
    'exchange',
  ),
  // Irony about the situation (summer sandals arriving in November) without praise of the person: not rude.
  // A text that offers the item back for the money is `return`.
  c(
    'r10z-05',
    'ru',
    'Ну что ж, летние сандалии, заказанные в мае, доехали к нам как раз к снегу — 18 ноября, скриншот отслеживания прилагаю. Вдобавок у левой сандалии оторвана пряжка на ремешке, это на втором фото. Прошу вернуть деньги, сандалии готова отправить обратно.',
    'photo',
    [],
    'return',
  ),
  // An older buyer writing formally; a counted shortage with a sum; «Уважаемый продавец!» is a single «!».
  c(
    'r10z-06',
    'ru',
    'Уважаемый продавец! Мною 28.10.2026 получен набор игл для швейной машины «Чайка»: заказано 10 упаковок, а в коробке оказалось 7, что видно на прилагаемой фотографии вскрытой коробки рядом с накладной. Прошу Вас вернуть стоимость трёх недостающих упаковок, то есть 270 рублей.',
    'photo',
    [],
    'partial_refund',
    270,
  ),
  // Translit Russian (lang ru): a measured filament diameter, a symptom, photos and video, an exchange.
  c(
    'r10z-07v',
    'ru',
    'Zdravstvuyte. Plastik PETG 1,75 mm poluchil 5 noyabrya; pri zamere shtangentsirkulem diametr gulyaet ot 1,62 do 1,81 mm, i printer zabivaet soplo uzhe na vtorom sloe. Video zasora i foto zamerov prikladyvayu. Proshu zamenit katushku.',
    'video',
    [],
    'exchange',
  ),
  // «страхуйте» contains a mat root as letters; non-receipt with elapsed time and a tracking number (evidence
  // without a file, nothing claimed as attached).
  c(
    'r10z-08',
    'ru',
    'Посылка с мебельными ручками (трек LP00612345678901) с 19 октября стоит в статусе «Прибыла на сортировку», прошло 42 дня. В следующий раз, пожалуйста, страхуйте такие отправления, а за этот заказ прошу вернуть полную сумму.',
    'none',
    [],
    'full_refund',
  ),
  // A street name with a rude-looking root (Херсонская улица, Moscow); a parcel delivered to the wrong pickup point.
  c(
    'r10z-09',
    'ru',
    'В заказе я выбирала пункт выдачи на Херсонской улице, 7, а по отслеживанию 17.11 посылку доставили в постамат на Каховке, 31, и код получения мне так и не пришёл. Скриншот отслеживания с адресом постамата прикладываю. Прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // A second dispute on the same order, a listing changed after the order (screenshots before and after), a sum.
  c(
    'r10z-10',
    'ru',
    'Это мой второй спор по этому заказу. Первый я закрыла 3 ноября, когда вы пообещали дослать фен-щётку с насадкой-диффузором. Досыл пришёл 17 ноября, и диффузора в нём снова нет. Кроме того, после моего заказа вы изменили описание: было «3 насадки в комплекте», стало «2 насадки» — скриншоты страницы до и после прикладываю вместе с фото комплекта. Прошу компенсацию 350 ₽ за недостающий диффузор.',
    'photo',
    [],
    'partial_refund',
    350,
  ),
  // A hard deadline and two lawful steps named firmly; the request after «либо… либо» is the exchange that follows.
  c(
    'r10z-11v',
    'ru',
    'Ставлю срок: до 25.11.2026 включительно. Если к этой дате не будет решения, спор уйдёт на рассмотрение AliExpress, а я подам претензию через банк. Суть такая: дисплейный модуль для iPhone 12, полученный 15 ноября, после установки показывает зелёную полосу по левому краю. Кроме того, нижняя треть экрана не реагирует на касания, это видно на видео. Прошу заменить модуль.',
    'video',
    [],
    'exchange',
  ),
  // «Не хочу никого оскорблять, но…» followed by facts only: innocent. An Uzbek greeting; an expired date on receipt.
  c(
    'r10z-12',
    'ru',
    'Ассалому алайкум. Не хочу никого оскорблять, но крем для лица пришёл 20 ноября уже просроченным: на тубе напечатано «годен до 03.2026». Фото тубы с датой отправляю, прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // A sum in words containing «рубля»; a counted shortage found on opening.
  c(
    'r10z-13',
    'ru',
    'Комплект свечей зажигания NGK для Лады Весты пришёл 11.11, и при вскрытии в коробке на четыре гнезда оказалось три свечи — пустое гнездо видно на фото. Прошу вернуть триста сорок два рубля за недостающую свечу.',
    'photo',
    [],
    'partial_refund',
    342,
  ),

  // ── Russian: rude (blocker) ─────────────────────────────────────────────────────────────────────────────────
  // Mat with Latin look-alike letters (x, y) about the item: profanity only.
  c(
    'r10z-14',
    'ru',
    'Заказывал кабель USB-C длиной 2 м, а пришла какая-то xyйня на 90 см — промерил рулеткой в день получения, 9 ноября, фото с рулеткой прикладываю. Верните деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Teen slang; «бл9» (digit for «я») as an interjection: profanity and emotional. «видос прикрепил» with a video.
  c(
    'r10z-15v',
    'ru',
    'бл9, ну вы серьёзно? Наушники пришли три дня назад, правый вообще не заряжается и в кейсе не мигает, видос прикрепил. Верните бабки.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Dropped vowels «пздц» as an interjection: profanity and emotional; a counted defect and a sum.
  c(
    'r10z-16v',
    'ru',
    'Мебельные петли с доводчиком, 10 штук, получены 13.11: у шести пружина не держит и дверца хлопает, пздц просто. Видео с тремя дверцами прилагаю. Прошу вернуть стоимость шести петель — 630 руб.',
    'video',
    ['profanity', 'emotional'],
    'partial_refund',
    630,
  ),
  // Masked and digit mat aimed at the staff as a question about their sanity: profanity and insult.
  c(
    'r10z-17',
    'ru',
    'Заказывал блёсны-вертушки №3, получил в понедельник №0 — номер напечатан на упаковке, фото прилагаю. Вы там на складе совсем е6@нулись? Пришлите нужный номер.',
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // A long, polite reply to a request for more photos; one sentence of condescension («вдруг без стрелочки у вас там
  // не догадаются») decides: insult.
  c(
    'r10z-18',
    'ru',
    'Отвечаю на ваш запрос дополнительных фото от 18.11. Прикладываю ещё четыре снимка: общий вид шторы, место, где отошла люверсная лента, крупно шов и бирку с артикулом. Лента отклеилась на второй день после того, как я повесила штору, и люверсы просто выпали. Специально для вас на каждом фото стрелочкой отмечено, где шов, — а то вдруг без стрелочки у вас там не догадаются, куда смотреть. Прошу вернуть полную стоимость.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // A regional (Ukrainian-born) word for dolts aimed at the warehouse: insult.
  c(
    'r10z-19',
    'ru',
    'Телепни вы, а не склад: заказала набор пялец для вышивки пяти размеров, а пришли три одинаковых по 20 см. Получила вчера, 24.11, фото всех трёх рядом с линейкой прилагаю. Прошу дослать пяльцы 10, 15 и 25 см.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // A mocking comparison of the packers to a donkey (Uzbek register, «махалля»): insult.
  c(
    'r10z-20v',
    'ru',
    'Аквариум на 30 литров пришёл 21 ноября с трещиной через всё переднее стекло, при заливке вода течёт по шву — видео прилагаю. У нас в махалле ишак груз бережнее возит, чем ваши упаковщики пакуют. Прошу вернуть деньги.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // A veiled threat: a strong relative living near the warehouse who «wants to get acquainted»; tracking in text.
  c(
    'r10z-21',
    'ru',
    'Третью неделю по трек-номеру YT2611045582310 нет движения, последний статус — 4 ноября, Иу. Мой племянник как раз учится в Иу и живёт в десяти минутах от вашего склада. Вы на сообщения не отвечаете с 6 ноября. Парень он крепкий и давно хотел зайти к вам познакомиться поближе. Так что верните деньги, пока он не занялся поисками моей посылки сам.',
    'none',
    ['threat'],
    'full_refund',
  ),
  // Ominous remark about the seller's daughter and her school: veiled threat, though nothing harsh is said.
  c(
    'r10z-22',
    'ru',
    'Косметичка из эко-кожи облезла по углам через неделю носки, фото углов прикладываю. Носила её только в сумке, под дождь она не попадала. Прошу вернуть деньги. Кстати, видела в вашем Douyin фото дочки у ворот школы, название там хорошо читается. Красивая девочка, берегите её.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Doxxing: the seller's home address and phone to be posted in car groups: threat.
  c(
    'r10z-23',
    'ru',
    'Глушитель на Приору пришёл 2.11 с дырой в сварном шве банки, фото прилагаю. Прошу возврат денег. Ваш домашний адрес и мобильный я уже пробил по ИНН, и если через три дня денег не будет, они окажутся во всех автомобильных пабликах города с подписью, кто вы такой.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Politeness as a weapon: thanks for the refusal and a wish for good health and strong door locks: veiled threat.
  c(
    'r10z-24',
    'ru',
    'Спасибо за вежливый отказ. Напомню: у детских сандалий подошва отклеилась через пять дней носки, фото было приложено к спору и прикладываю его ещё раз. Я человек спокойный и скандалить не люблю. Но очень надеюсь, что у вас крепкое здоровье и хорошие замки на дверях — в жизни всякое бывает. Жду возврат денег.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Sarcastic praise of the packers («аплодирую стоя… виртуозы») for a failure: insult.
  c(
    'r10z-25',
    'ru',
    'Аплодирую стоя вашим упаковщикам: положить стеклянный флакон духов в конверт без единого слоя плёнки — настоящие виртуозы. Флакон пришёл 22.11 разбитым, фото конверта и осколков прикладываю, верните деньги.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Translit condescension about whether the staff can read: insult.
  c(
    'r10z-26',
    'ru',
    'Zakazal dzhojstik-modul dlya Xbox, a prishel ot PlayStation, na plate napisano DS4 — foto prilozhil, poluchil 16.11. Vy tam voobshche chitat umeete ili tolko kartinki smotrite? Zamenite na pravilnyj.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Teen slang name-calling of support («нубы»): insult; «видос скинул» with a video attached.
  c(
    'r10z-27v',
    'ru',
    'Короче, вчера пришёл ремешок, заказывал на Mi Band 8, а он на 7-й, крепление вообще не входит, видос с примеркой скинул. Ваш саппорт третий день отвечает шаблонами, вы там все нубы или боты? Замените на нормальный.',
    'video',
    ['insult'],
    'exchange',
  ),
  // The seller's mat quoted as evidence: profanity (quoted mat is still mat), nothing else.
  c(
    'r10z-28',
    'ru',
    'Когда 19 ноября я попросила замену гнезда зарядки для Samsung A52 (пришёл разъём Micro-USB вместо Type-C, фото приложено), ваш менеджер ответил мне в чате: «иди на х*й со своим возвратом». Скриншот переписки тоже прилагаю. Прошу прислать разъём Type-C.',
    'photo',
    ['profanity'],
    'exchange',
  ),

  // ── Russian: needs work ─────────────────────────────────────────────────────────────────────────────────────
  // A vague problem dressed in many words («не соответствует описанию», «в таком виде»): missing_what only.
  c(
    'r10z-29',
    'ru',
    'Добрый день. Получила заказ 14 ноября и распаковала его в тот же вечер. К сожалению, сразу стало понятно, что товар совершенно не соответствует описанию на странице и тем ожиданиям, которые были у меня при покупке. Качество исполнения оставляет желать лучшего, и пользоваться этим в таком виде невозможно. Фото прикладываю. Прошу вернуть деньги.',
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // «брак» with no symptom and no time; the buyer's own «специально» is not an accusation.
  c(
    'r10z-30',
    'ru',
    'Набор кистей для макияжа оказался с браком, и подарить его подруге, как я планировала, уже нельзя, хотя заказывала специально к её дню рождения. Фото прилагаю, прошу замену набора.',
    'photo',
    ['missing_what', 'missing_when'],
    'exchange',
  ),
  // «вы специально сбываете просрочку»: an intent label next to facts is still an accusation.
  c(
    'r10z-31',
    'ru',
    'Тест-капли для аквариума на нитраты пришли 10 ноября с истёкшим сроком: на флаконе напечатано 08/2025, фото прилагаю. Уверен, вы специально сбываете просрочку в регионы — думаете, в Сыктывкаре никто на срок не посмотрит. Прошу вернуть деньги.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Scare quotes around «случайно» on a second dispute: sarcasm about honesty, accusation.
  c(
    'r10z-32',
    'ru',
    'Это уже второй спор по одному заказу: в первый раз вы «случайно» положили колготки размера 92 вместо 110, и в досыле 20 ноября — снова 92, бирка на фото. Пришлите, пожалуйста, 110.',
    'photo',
    ['accusation'],
    'exchange',
  ),
  // Feeling in ordinary words («очень расстроена») in an otherwise complete, polite text: emotional.
  c(
    'r10z-33',
    'ru',
    'Палантин я заказывала маме на юбилей, и когда 16 ноября развернула его, увидела затяжки по всей длине и дырку около 2 см у края. Упаковка была целой, так что в дороге его повредить не могли. Я правда очень расстроена, подарить такое нельзя. Фото дырки и затяжек прилагаю. Прошу вернуть деньги.',
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // Two fully capitalised words in an otherwise complete text: emotional.
  c(
    'r10z-34v',
    'ru',
    'ВЕРНИТЕ ДЕНЬГИ. Светильник для аквариума пришёл 3 ноября, а через неделю синий канал перестал включаться совсем и половина белых светодиодов не горит — на видео это видно.',
    'video',
    ['emotional'],
    'full_refund',
  ),
  // «видео прикладываю» but the form has no file: evidence_not_attached only.
  c(
    'r10z-35',
    'ru',
    'Сумка-холодильник для рыбалки течёт по шву дна: 20.11 налил в неё 2 литра воды, через 10 минут под ней лужа, видео прикладываю. Прошу вернуть деньги.',
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // Customs duty despite a duty-free listing; «Что мне теперь делать?» is not a request: missing_resolution.
  c(
    'r10z-36',
    'ru',
    'Посылку 12.11 задержала таможня и требует оплатить пошлину 1870 рублей, хотя в описании товара было написано «доставка без пошлин». Скриншот уведомления и страницы товара прикладываю. Что мне теперь делать?',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // «компенсацию на ваше усмотрение»: a partial refund with no sum.
  c(
    'r10z-37v',
    'ru',
    'Молния на детской куртке размера 104 разошлась на второй день носки: бегунок проскакивает, и зубцы расходятся снизу, видео прикладываю. Прошу компенсацию на ваше усмотрение, куртку оставим — менять некогда, на улице уже минус.',
    'video',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «половину стоимости» hidden in the middle of a long text: partial refund without a sum.
  c(
    'r10z-38',
    'ru',
    'Заказывала набор мулине на 50 цветов, чтобы вышивать с внучкой. Распаковала 10 ноября, разложила мотки по карте цветов и пересчитала: мотков 38, двенадцати цветов нет вовсе. Фото разложенных мотков рядом с картой прикладываю. Прошу вернуть половину стоимости набора. Нитки, которые пришли, хорошего качества, цвета совпадают с картой, к ним претензий нет. Вышивку мы уже начали.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // A concrete defect but «пришли ржавые» is no time, and no evidence or file.
  c(
    'r10z-39',
    'ru',
    'Офсетные крючки №2 пришли ржавые, у половины жало тупое и не цепляет ноготь. Прошу вернуть деньги.',
    'none',
    ['missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Five words: non-receipt with elapsed time, but no evidence and no request.
  c(
    'r10z-40',
    'ru',
    'Где посылка? Жду уже 40 дней.',
    'none',
    ['too_short', 'missing_evidence', 'missing_resolution'],
    'none',
  ),

  // ── English: innocent and complete (ready) ──────────────────────────────────────────────────────────────────
  // A place name with a rude-looking word (Muff, Co. Donegal); a wrong pickup point with a tracking screenshot.
  c(
    'r10z-41',
    'en',
    'Hi, I live in Muff, Co. Donegal, and chose the parcel point in Muff for collection. Tracking says the parcel was delivered on 18/11 to a locker in Moville instead, twenty minutes away, and the locker code you sent does not open anything there. A screenshot of the tracking page is attached. Please refund me in full.',
    'photo',
    [],
    'full_refund',
  ),
  // "bastard file" is a real file cut; a missing part with a sum.
  c(
    'r10z-42',
    'en',
    'The 6-piece file set arrived on Tuesday 11 November with only five files: the 8-inch half-round bastard file is missing and its foam slot is empty, see the attached photo. Please refund $3.20 for the missing file.',
    'photo',
    [],
    'partial_refund',
    3.2,
  ),
  // A Spanish buyer's non-native English; "Pajero" is a car model; a measured mismatch; offers the item back: return.
  c(
    'r10z-43',
    'en',
    'Hello, I ordered floor mats for Mitsubishi Pajero 2008 and the listing say the driver mat is 72 x 52 cm. I received them 9 of November and I measure the driver mat with tape: it is 64 x 47 cm, it not cover the pedals area. I attach photos with the tape measure. I want to send them back and get my money.',
    'photo',
    [],
    'return',
  ),
  // The seller's insult quoted as reported speech: not the buyer's insult; a measured capacity, video, exchange.
  c(
    'r10z-44v',
    'en',
    "On 20 November your agent replied to my message with 'are you stupid? it is cheap product, what you expect'. What I expect is what the listing promised: a 1200 mAh battery for the Nokia 6300. After a full charge it gives 540 mAh on my USB tester, as the attached video shows. Please send a replacement battery with the stated capacity.",
    'video',
    [],
    'exchange',
  ),
  // Strong but lawful words: final message, chargeback, Trading Standards, a deadline; complete and calm.
  c(
    'r10z-45',
    'en',
    'This is my final message before escalation. The front brake pads for my 2015 Ford Focus arrived on 3 November with 8 mm of friction material, while the listing and the OEM spec say 11 mm; the caliper photos with a ruler are attached. You promised a replacement on 5 November, and two weeks later there is still no tracking number. I no longer want the replacement. If a full refund is not in my account by Friday 28 November, I will escalate to AliExpress, file a chargeback with my bank and report the listing to Trading Standards.',
    'photo',
    [],
    'full_refund',
  ),
  // A negated accusation ("I'm not saying anyone did this on purpose"): no accusation.
  c(
    'r10z-46',
    'en',
    "I'm not saying anyone did this on purpose, it looks like a packing mix-up. The bag of 3D printer nozzles I received on 14 Nov holds 0.6 mm nozzles while I ordered 0.4 mm; the size is stamped on each nozzle and visible in the attached photo. Could you please send the 0.4 mm set instead?",
    'photo',
    [],
    'exchange',
  ),
  // Irony about the situation ("Funny how…") with no label of the seller; a tracking number and elapsed time;
  // a conditional refund request.
  c(
    'r10z-47',
    'en',
    "Funny how my parcel flew from Shenzhen to Nairobi in four days and has now spent 19 days on the road to the Kisumu pickup point. Tracking LB123456789CN has shown 'In transit to local depot' since 2 November. If it cannot be located, please refund the full amount.",
    'none',
    [],
    'full_refund',
  ),
  // A German buyer's firm deadline and a PayPal claim: lawful; a symptom with a video.
  c(
    'r10z-48v',
    'en',
    'I received the aquarium CO2 regulator on 05.11.2026. The solenoid valve does not close: bubbles continue at the same rate after the timer switches off, see the attached video. I expect a replacement unit to be shipped by 30.11.2026, otherwise I will open a claim with PayPal.',
    'video',
    [],
    'exchange',
  ),
  // Indian formal English ("Kindly do the needful"); kids' clothes measured against the size chart.
  c(
    'r10z-49',
    'en',
    'Respected Sir/Madam, I had ordered 2 cotton frocks for my daughter in size 4-5Y and received them on 19th Nov. On measuring, the chest is 54 cm whereas your size chart says 62 cm for 4-5Y, so she is not able to wear them. The fabric and stitching are fine. Photos with measuring tape are attached herewith. Kindly do the needful and exchange them for size 6-7Y at the earliest.',
    'photo',
    [],
    'exchange',
  ),
  // "shuttlecocks" contains a rude-looking word; Malaysian English; a sum in ringgit.
  c(
    'r10z-50',
    'en',
    'Hi seller, I received my tube of 12 feather shuttlecocks on 23/11 but when I opened it only 9 were inside lah, photo of the tube and the 9 pieces attached. Please refund RM6.90 for the 3 missing ones.',
    'photo',
    [],
    'partial_refund',
    6.9,
  ),
  // "kill switch", "armed": threat-looking words naming a product; a conditional offer to ship back: return.
  c(
    'r10z-51v',
    'en',
    'The anti-theft kill switch for my motorbike was fitted on 10 November and already fails: when armed, it does not cut the ignition and the engine still starts with the key (video attached). I want a full refund and can ship the unit back if you cover the postage.',
    'video',
    [],
    'return',
  ),
  // Brand and place names with rude-looking parts (Dickies, Cockermouth); a measured inside leg.
  c(
    'r10z-52',
    'en',
    'The Dickies work trousers 32R I ordered for my son in Cockermouth arrived on 12 Nov, and the inside leg measures 28 inches against 32 in your size chart, photo with the tape attached. Please send a pair in the correct length.',
    'photo',
    [],
    'exchange',
  ),
  // A harsh judgement of the product ("cheap rubbish") next to a concrete defect: not rude, not vague.
  c(
    'r10z-53',
    'en',
    'Assalam o Alaikum. The 18-colour eyeshadow palette arrived on 8 November with 5 pans cracked and loose powder all over the mirror, and in this state it is cheap rubbish. Photos of the cracked pans are attached. Please refund the Rs 2,450 in full.',
    'photo',
    [],
    'full_refund',
  ),

  // ── English: rude (blocker) ─────────────────────────────────────────────────────────────────────────────────
  // Leetspeak vulgarity about the order: profanity only.
  c(
    'r10z-54',
    'en',
    'Ordered 3 screen protectors for Pixel 7, got 3 for Pixel 6 — the model is printed on the box, photo attached, received 17 Nov. Honestly this whole order is a pi3ce of sh1t, send the right ones.',
    'photo',
    ['profanity'],
    'exchange',
  ),
  // A masked vulgar word used to call the staff names: profanity and insult.
  c(
    'r10z-55',
    'en',
    'Which of you a$$clowns packed a glass aquarium heater in a paper envelope? It arrived on 21/11 snapped in two, photo attached, refund it.',
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // Spaced mat as an intensifier: profanity and emotional; a tracking number as evidence.
  c(
    'r10z-56',
    'en',
    'F U C K I N G unbelievable, third parcel in a row lost. Tracking RR987654321CN has been frozen since 12 October, over 40 days now. Full refund.',
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Condescension in plain short sentences ("so your team can follow"): insult, no rude word at all.
  c(
    'r10z-57',
    'en',
    'Let me use short sentences so your team can follow. I ordered white thread. You sent black. Black is not white. It came on Monday, 17 November. A photo of the spool label is attached. Send white.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Hindi name-calling of the packing team ("ullu ke patthe"): insult.
  c(
    'r10z-58',
    'en',
    'I ordered a 20 mm fishing float set and received 10 mm floats, the size is on the packet in the attached photo, delivered 15/11. Is your packing team a bunch of ullu ke patthe or what? Kindly send the correct 20 mm set.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Kenyan buyer, Swahili name-calling of support staff ("wajinga"): insult.
  c(
    'r10z-59v',
    'en',
    'Received the car phone holder on 6 Nov and the suction cup does not hold, it drops off the windscreen within 5 minutes, video attached. Your support people are wajinga, they keep telling me to wet the glass. I want my money back.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // Sarcastic praise of quality control for a failure: insult.
  c(
    'r10z-60',
    'en',
    'Congratulations to your quality control, truly world-class work: you shipped a sewing machine bobbin case without its tension spring and still call it tested. I found it on the first use, 13 November, and the attached photo shows it next to a complete case. Please send a complete bobbin case.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // A mocking comparison of support to a goldfish, inside a calm long text: insult.
  c(
    'r10z-61',
    'en',
    "The replacement sponges for my Aquael 1000 filter came on 4 November. They are 8 cm tall instead of 12 cm, so the water bypasses them. A photo next to the old sponge is attached. I've sent your support the same details three times now. My goldfish has a longer memory than your support team. Please send the 12 cm sponges.",
    'photo',
    ['insult'],
    'exchange',
  ),
  // A veiled threat: a cousin who passes the warehouse and "isn't a patient man"; tracking number as evidence.
  c(
    'r10z-62',
    'en',
    "Tracking YT2609876543210 for my fishing reel has not moved since 28 October, four weeks now. My cousin drives for a freight firm in Yiwu and passes your warehouse every morning. Your support keeps sending me the same template. He's offered to drop in and discuss my refund in person, and he isn't a patient man. Refund me in full.",
    'none',
    ['threat'],
    'full_refund',
  ),
  // Publishing personal data (a printed chat for the seller's neighbours): threat.
  c(
    'r10z-63',
    'en',
    "The kids' trainers in EU 30 arrived on 12 November with a 17.5 cm insole instead of 19 cm as in your chart, photo attached. Refund please. I've got your business licence with your home address on it, and I'm sure your neighbours would enjoy a printed copy of this chat in their letterboxes.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Polite menace ("I'd hate for your shop to have an unfortunate accident"): threat. "rash" is a symptom.
  c(
    'r10z-64',
    'en',
    'Dear seller, the eyelash serum I received on 2 November caused a rash along my eyelid the next day, photo attached. I have used eyelash serums for years without any problem. I am asking politely for a full refund. I would hate for your shop to have an unfortunate accident before Christmas. These things do happen.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Knowing the seller's son's school: veiled threat in a friendly tone.
  c(
    'r10z-65',
    'en',
    "The 3D printer hotend arrived on 9/11 with a stripped thread on the heater block, photo attached. Please send a replacement. By the way, your son looks very smart in his uniform on your WeChat moments. Tianhe No. 2 Primary, isn't it?",
    'photo',
    ['threat'],
    'exchange',
  ),
  // A long polite reply declining an offer; one sentence (people who "sort things out" and know the shop) decides;
  // the disclaimer does not cancel the threat.
  c(
    'r10z-66',
    'en',
    "Thank you for your offer of a 10% refund, but I have to decline it. The motorcycle chain I received on 7 November has 118 links instead of the 120 in the listing, so it cannot be fitted to my bike. The link count is clear in the photo I attached. I'm not threatening anyone, but I know people in Guangzhou who sort things out for me, and they know where your shop is. I would like a full refund.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // The seller's masked mat quoted as evidence: profanity only.
  c(
    'r10z-67',
    'en',
    "On 16 November I asked about the car seat covers, which are the 5-seat set while I ordered the 7-seat one (listing screenshot and photo attached). Your rep wrote back 'f*** off, no refund for you'. Please send the 7-seat set as ordered.",
    'photo',
    ['profanity'],
    'exchange',
  ),

  // ── English: needs work ─────────────────────────────────────────────────────────────────────────────────────
  // "not as described", "looks nothing like the pictures" dressed in many words: missing_what only.
  c(
    'r10z-68',
    'en',
    'Hello, I received the item last Thursday and I must say it is simply not as described. It is really not what anybody would expect after reading the product page carefully. The quality is not at the level shown, and overall it looks nothing like the pictures. I have taken photos, which are attached. I would like a full refund please.',
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // "defective" with many words, no symptom and no time.
  c(
    'r10z-69',
    'en',
    'The phone battery replacement kit turned out to be defective, which is not acceptable for a repair part that people rely on to get their phone working again. Photos of the kit are attached. Please send a new kit.',
    'photo',
    ['missing_what', 'missing_when'],
    'exchange',
  ),
  // "bait and switch" next to a measured mismatch: accusation.
  c(
    'r10z-70',
    'en',
    'Classic bait and switch: the listing showed ball-bearing drawer slides rated 45 kg, and what arrived on 19 November are plastic roller slides rated 15 kg according to the sticker on the box (photo attached). I will send them back for a refund.',
    'photo',
    ['accusation'],
    'return',
  ),
  // Sarcasm about honesty without scare quotes on a second dispute: accusation; a sum.
  c(
    'r10z-71',
    'en',
    'This is my second dispute on this order. The first parcel had 2 reels of 0.8 mm solder wire instead of 3, and the resend of the missing reel that arrived on 24 Nov is a 1.0 mm reel, photo of both labels attached. Funny how every mistake on this order goes in your favour. Please refund $5.40 for the missing reel.',
    'photo',
    ['accusation'],
    'partial_refund',
    5.4,
  ),
  // "gutted" (an affect word) in an otherwise complete, quiet text: emotional.
  c(
    'r10z-72',
    'en',
    'I saved for months for this sewing machine and was gutted when I unpacked it on 15 November. The needle bar is bent, so the needle hits the plate on every stitch, which you can see in the photo. Please refund the full price.',
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // Too short; "??" is emotional; non-receipt without time, evidence or request.
  c(
    'r10z-73',
    'en',
    'where is my parcel??',
    'none',
    ['too_short', 'emotional', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // "Photos of the labels are attached" but the form has no file: evidence_not_attached only.
  c(
    'r10z-74',
    'en',
    'The foundation shade I received on 18 November is 120 Warm Beige, not 220 Natural Beige as ordered. Photos of the labels are attached. Please exchange it for 220.',
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // Customs hold with a date and a screenshot; "Please advise" is no request.
  c(
    'r10z-75',
    'en',
    'My parcel has been held at customs in Karachi since 5 November because they want a commercial invoice that I do not have, screenshot of the tracking attached. Please advise.',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // "refund the difference" hidden in the middle of a long text: partial refund without a sum.
  c(
    'r10z-76',
    'en',
    "I ordered the 2 kg spool of black PLA and the one delivered on 21 November is the 1 kg spool, as the label and the scale in my photo show. I do need filament for a project this week, so I'll keep it. Please refund the difference between the 2 kg and 1 kg price. The print quality is fine so far. Thanks for the quick shipping otherwise.",
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "half the price back": partial refund without a sum.
  c(
    'r10z-77',
    'en',
    'Of the 20 soft lures in the set that came on 10 Nov, 7 have split tails straight out of the bag, see the photo. I would accept half the price back and keep the rest.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // A concrete defect but "arrived" with it gives no time: missing_when.
  c(
    'r10z-78',
    'en',
    'The mascara arrived with the brush detached from the cap, so the wand spins freely and drops into the tube. Photo attached, please refund.',
    'photo',
    ['missing_when'],
    'full_refund',
  ),
  // A declined refund, then "send the missing screws" (exchange); no evidence and no file.
  c(
    'r10z-79',
    'en',
    "The cabinet hinge set delivered on 22 November has all 8 hinges but only 16 of the 32 mounting screws. I don't need my money back, just send the 16 missing screws.",
    'none',
    ['missing_evidence'],
    'exchange',
  ),
  // One word of two letters: empty_text only.
  c('r10z-80', 'en', 'ok', 'none', ['empty_text'], 'none'),
];
