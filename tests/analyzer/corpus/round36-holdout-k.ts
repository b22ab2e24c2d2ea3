import { labelled as c, type CorpusCase } from './types';

/**
 * Round thirty-six, hold-out set K: buyers stuck on the logistics of sending an item back (who pays the return
 * postage, a refund without a return, keeping the item for a partial refund, labels, warehouse addresses, customs
 * forms for China, a return lost on the way back, a refund missing after the return was delivered). Written by a hand
 * that has not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - A refund not received after the return reached the seller, and a return lost, stuck or bounced on the way back,
 *   name the problem (`has_what`) like a parcel not received; the dates of sending and delivery count as its time.
 * - The item's price plus the return postage asked back together is a full refund; the return postage alone, asked
 *   after the item was already refunded, is a partial refund with that sum.
 * - Sending the item back on a condition ("only if you pay the postage", «если пришлёте этикетку») is `return`; "refund
 *   without a return" / «без возврата товара» is `full_refund`; «верните деньги, а товар заберите сами» is `return`.
 * - Mat as an adjective before the post («е6учая почта») is an intensifier: profanity and emotional, not an insult.
 * - «Ебург» (city nickname), «застрахуйте», «ни рубля», «оскорблять», the manager's name «Ли Хуэй», Scunthorpe, Penistone
 *   and "cocktail" are innocent.
 * - A house address read off a return label next to "I'd hate for anything to happen" is a threat; a warehouse address
 *   quoted to ask about customs forms is not.
 * - «Prodavec, vy izdevaetes?» is exasperation, not an insult; «suka, skolko mozhno» as a cry is profanity and emotional.
 * - "Look at the photos!" with no file in the form is `evidence_not_attached`.
 * - A text that reports a refund still outstanding after the return arrived, but asks for nothing, is
 *   `missing_resolution`.
 * - "Everyone knows this store pockets returns" accuses; "well done, returns team 🤡🤡" is sarcastic praise plus a
 *   clown at the staff: an insult.
 * - "Refund whatever you think is fair" is a partial refund without a sum.
 */
export const ROUND36_HOLDOUT_K: CorpusCase[] = [
  // complete and calm: defect, date, video, offers the lamp back if the shop covers postage
  c(
    'r36k-01',
    'ru',
    `Здравствуйте. Заказ 5019 2277 3410: настольная лампа с тканевым абажуром пришла 12 марта. При распаковке заметила, что патрон болтается, а при включении лампа мигает с треском. Видео приложила. Готова вернуть лампу, но пересылку в Китай оплачивать не должна — брак не по моей вине. Пришлите, пожалуйста, предоплаченную этикетку или адрес склада с кодом бесплатного возврата. Как только лампа будет у вас, прошу вернуть полную стоимость.`,
    'video',
    [],
    'return',
  ),
  // return costs more than the item: refund without return, complete
  c(
    'r36k-02',
    'ru',
    `Кофемолка за 1 290 ₽ пришла 4 апреля. Нож не вращается, мотор гудит и через минуту становится горячим — на видео всё слышно. Продавец в чате предложил вернуть кофемолку за мой счёт, но на почте отправка в Китай с треком стоит 2 100 ₽, дороже самой покупки. Прошу вернуть деньги без возврата товара.`,
    'video',
    [],
    'full_refund',
  ),
  // keep the coat for a named compensation
  c(
    'r36k-03',
    'ru',
    `Шерстяное пальто получила 20 февраля. При распаковке на левом рукаве увидела затяжку около 3 см и вытянутую петлю, фото приложила. Отправлять пальто обратно не хочу: в прошлый раз возврат в Китай шёл полтора месяца и стоил мне почти 2 000 рублей. Готова оставить его себе, если вернёте 1 500 рублей компенсации.`,
    'photo',
    [],
    'partial_refund',
    1500,
  ),
  // innocent trap: «застрахуйте» is an ordinary verb; return on the shop's label
  c(
    'r36k-04',
    'ru',
    `Согласна на возврат чемодана: у него треснул угол корпуса рядом с колёсиком, заметила сразу при получении 2 мая, фото приложила. Но чемодан крупный и стоит 7 800 ₽, поэтому оплатите, пожалуйста, пересылку и застрахуйте отправление на полную стоимость — если его помнут в дороге, я не хочу остаться и без денег, и без чемодана. Пришлите этикетку, и я отнесу его на почту в тот же день.`,
    'photo',
    [],
    'return',
  ),
  // innocent trap: «оскорблять», «ни рубля»; refund missing after delivery, tracking number
  c(
    'r36k-05',
    'ru',
    `Не хочу никого оскорблять, но по трек-номеру RB123456785SG видно, что мой возврат — детский велошлем, который пришёл с треснувшим козырьком, — вы получили 18 марта. Прошло три недели, а я не получила ни рубля. Скриншот отслеживания прикладываю. Прошу вернуть полную стоимость шлема, 2 340 рублей.`,
    'photo',
    [],
    'full_refund',
  ),
  // masked mat as a cry with ?!
  c(
    'r36k-06',
    'ru',
    `Пылесос вернула вам 2 апреля, трек LV004512887CN. Три недели посылка висит в статусе «Прибыла в сортировочный центр» в Гуанчжоу, а вы отвечаете одно и то же: ждите. Сколько можно ждать, бл@ть?! Скрин трека прилагаю. Верните полную стоимость пылесоса, 6 450 ₽.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // talking down, words cut into syllables for the reader
  c(
    'r36k-07',
    'ru',
    `Объясняю ещё раз, по слогам, раз с первого раза до вашего склада не доходит: по-сыл-ка с воз-вра-том у вас. Кроссовки пришли 41-го размера вместо заказанного 43-го, я отправила их обратно 14 апреля, трекинг показывает вручение на ваш склад 29 апреля, скриншот во вложении. Верните полную стоимость — 4 120 ₽.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // veiled threat: the warehouse address and a brother who might "drop by"
  c(
    'r36k-08',
    'ru',
    `Адрес вашего склада в Иу у меня есть — он на этикетке, которую вы сами прислали. Брат как раз летит туда в июне по работе. Может, заглянет к вам, поговорит лично про мои 3 200 рублей. Сумку с оторванной ручкой (пришла 2 апреля) я вернула, вы получили её 3 мая, это видно по треку, скрин прилагаю. Денег нет. Верните всю сумму, пока не пришлось никому ехать.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // sarcasm about honesty and «развод»; no evidence named; price plus postage = full refund
  c(
    'r36k-09',
    'ru',
    `Платье отправила вам обратно за свои 600 рублей, как вы и требовали. Вы его получили 11 июня, а теперь пишете, что «на складе посылку не нашли». Ну конечно, случайно потерялась именно моя посылка, именно после вручения. Классический развод покупателей. Верните 2 890 ₽ за платье и 600 ₽ за пересылку.`,
    'none',
    ['accusation', 'missing_evidence'],
    'full_refund',
  ),
  // vague: nothing concrete, no request
  c(
    'r36k-10',
    'ru',
    `Здравствуйте. С возвратом какая-то путаница, я уже ничего не понимаю. Что мне теперь делать?`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // near-empty
  c('r36k-11', 'ru', `ок`, 'none', ['empty_text'], 'none'),
  // keep it, sum left to the seller
  c(
    'r36k-12',
    'ru',
    `Табурет-стремянка пришёл 7 мая с погнутой верхней ступенькой, фото прилагаю. Возвращать его мне невыгодно: доставка туда и обратно стоит дороже, чем он сам. Оставлю себе, но прошу частичный возврат — сумму определите сами.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // says the receipt photo is attached, form has no file
  c(
    'r36k-13',
    'ru',
    `Возврат утюга (подошва покрылась пятнами ржавчины после первого же использования) я отправила 22 марта через пункт СДЭК на адрес, который вы дали. Квитанция и скриншот отслеживания — на фото во вложении. Склад принял посылку 9 апреля, а деньги так и не вернулись. Прошу вернуть полную стоимость утюга.`,
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // declines an exchange; money back and the seller collects the rug: return
  c(
    'r36k-14',
    'ru',
    `Обмен мне не нужен — замену ждать ещё месяц, а ковёр нужен к переезду. Заказывала 160×230, пришёл 160×200: измерила рулеткой 3 июля, в тот же день, фото с рулеткой приложила. Верните деньги, а ковёр заберите сами курьером, он упакован и ждёт.`,
    'photo',
    [],
    'return',
  ),
  // amount in words
  c(
    'r36k-15',
    'ru',
    `Набор из шести тарелок пришёл 15 августа, две тарелки со сколами по краю — видно на фото. Отправлять весь набор через полмира из-за двух тарелок смысла нет, да и пересылка обойдётся дороже. Набор оставлю, верните, пожалуйста, семьсот пятьдесят рублей за две повреждённые тарелки.`,
    'photo',
    [],
    'partial_refund',
    750,
  ),
  // «в шоке»; "half" without a sum; quote marks mock the offer, no accusation
  c(
    'r36k-16',
    'ru',
    `Я в шоке от вашего «решения»: вернуть пуховик за мой счёт, 3 400 рублей, при цене пуховика 4 990. Молния разошлась в первый же день, видео прикладываю. Отправлять не буду. Верните хотя бы половину, куртку оставлю.`,
    'video',
    ['emotional', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // decimal comma in euros; the postage figure is not the amount
  c(
    'r36k-17',
    'ru',
    `Сумка-шоппер пришла 3 сентября без плечевого ремня — на странице товара он входит в комплект, а в посылке только сама сумка, фото содержимого приложила. Пересылать её обратно в Китай за 14,90 € не буду, это дороже сумки. Прошу компенсацию 6,50 € за отсутствующий ремень.`,
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // digit-masked mat as an intensifier on the post, !!
  c(
    'r36k-18',
    'ru',
    `Эта е6учая почта потеряла мой возврат!! Электрогриль отправила 5 мая, трек RS558812347CN, с 12 мая ни одного нового статуса, скрин прилагаю. Продавец отвечает, что пока посылка не у него, денег не будет. Но я отправила гриль на адрес продавца и по его этикетке. Прошу вернуть деньги за гриль.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // name-calling without a swear word
  c(
    'r36k-19',
    'ru',
    `Ну что, клоуны из отдела возвратов, где деньги? Бра с двумя плафонами я вернула вам 30 июня, потому что один плафон пришёл разбитым (фото были в споре, прикладываю снова). По трек-номеру посылка лежит у вас с 19 июля. Верните 3 650 рублей — полную стоимость бра.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // threat: publishing a manager's personal number and photo
  c(
    'r36k-20',
    'ru',
    `Ваш менеджер Лиза, когда мы договаривались о возврате, дала мне свой личный WeChat и номер телефона. Блендер с треснувшей чашей вы получили обратно 8 октября, скриншот трекинга во вложении. Если до пятницы не будет денег, её номер и фото появятся во всех группах покупателей, где я состою. Верните полную стоимость блендера, 5 200 ₽.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // innocent: chargeback, consumer protection, honest review are lawful steps
  c(
    'r36k-21',
    'ru',
    `Пишу спокойно и в последний раз перед обращением в банк. Кресло-мешок за 4 700 ₽ пришло с разошедшимся швом на боку (обнаружила 2 февраля при распаковке), мы договорились о возврате. Я отправила его на ваш адрес 16 февраля, трекинг показывает вручение 10 марта, скриншот прилагаю. Деньги не вернулись. Если до 1 апреля возврата не будет, я оформлю чарджбэк в банке, подам жалобу в Роспотребнадзор и оставлю честный отзыв с датами. Прошу вернуть полную стоимость кресла.`,
    'photo',
    [],
    'full_refund',
  ),
  // «кошмар», ?!; "arrived broken" gives no time
  c(
    'r36k-22',
    'ru',
    `Это просто кошмар. Зеркало пришло разбитым вдребезги, осколки по всей коробке, фото приложила. А вы пишете «отправьте обратно за свой счёт, после проверки вернём деньги». Как я вам отправлю осколки?! Верните деньги без возврата.`,
    'photo',
    ['emotional', 'missing_when'],
    'full_refund',
  ),
  // long, calm: customs declaration for a return to China; offers the machine back
  c(
    'r36k-23',
    'ru',
    `Добрый день. Подскажите, пожалуйста, как правильно оформить возврат в Китай, я делаю это впервые. Швейная машинка (заказ от 2 ноября) пришла 28 ноября и не шьёт: при первом же запуске игла начала бить о челнок, нитка рвётся через два-три стежка. Видео приложила, там слышно, как игла стучит. Вы согласились на возврат и прислали адрес склада в Шэньчжэне, латиницей, без индекса. На почте мне сказали, что для отправки в Китай нужна таможенная декларация CN23, и спросили, что писать в графе «содержимое», какую стоимость указывать и отмечать ли «возврат товара», чтобы вам не пришлось платить пошлину на своей стороне. Ещё нужен индекс склада и телефон получателя — без телефона посылку не принимают. Машинка весит около 6 кг, пересылка выходит примерно 3 900 ₽, и вы написали, что компенсируете её после получения. Я сохраню чек и фото коробки перед отправкой. Напишите, пожалуйста, эти данные, и я сразу отправлю машинку обратно для возврата денег.`,
    'video',
    [],
    'return',
  ),
  // transliterated Russian; «suka» as a cry
  c(
    'r36k-24',
    'ru',
    `Prodavec, vy izdevaetes? Kovrik dlya jogi s otslaivayushimsya pokrytiem ya otpravila vam obratno 3 marta, on u vas s 20 marta, trek na skrine. Deneg net uzhe mesyac. suka, skolko mozhno. Vernite 1 850 rub polnostyu.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // "all sellers are the same" accuses; nothing concrete, no request
  c(
    'r36k-25',
    'ru',
    `Все эти продавцы одинаковые: пока не заплатишь, обещают золотые горы, а как дело доходит до возврата — тянут резину. Не первый раз такое, и опять то же самое.`,
    'none',
    ['accusation', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // innocent: the seller's insult quoted as evidence
  c(
    'r36k-26',
    'ru',
    `Прикладываю скриншот переписки. На мою просьбу дать адрес для возврата продавец 6 июня написал: «ты тупая, сама ищи адрес, мы не обязаны». Товар — увлажнитель воздуха, пришёл 1 июня с трещиной на баке, вода подтекает на стол. Прошу помочь получить адрес склада: я готова вернуть увлажнитель и получить назад деньги.`,
    'photo',
    [],
    'return',
  ),
  // quoted mat stays profanity
  c(
    'r36k-27',
    'ru',
    `Дрель пришла 14 января: патрон не держит сверло, через пару секунд работы оно вылетает. Я попросила продавца оплатить обратную пересылку, он ответил (скрин прилагаю): «иди на хуй со своим возвратом». Прошу оформить возврат: дрель отправлю обратно, доставку должен оплатить магазин, деньги — вернуть мне.`,
    'photo',
    ['profanity'],
    'return',
  ),
  // innocent: «Ебург» is the city's nickname
  c(
    'r36k-28',
    'ru',
    `Живу в Екатеринбурге — у нас его все называют Ебург, — и единственный пункт приёма возвратов на Малышева закрылся в сентябре. Вы предлагаете отправить ботинки на склад в Москве за мой счёт, это 900 ₽ и полдня. Ботинки пришли 10 октября, на второй день носки у правого отклеилась подошва по носку, фото приложил. Прошу вернуть деньги без отправки ботинок.`,
    'photo',
    [],
    'full_refund',
  ),
  // dropped-vowel mat judging the service, no "!"
  c(
    'r36k-29',
    'ru',
    `Фен пришёл 9 сентября, при первом включении запахло горелым, через минуту он сам выключился и больше не включается, видео прилагаю. Вы предлагаете вернуть его за мой счёт: 2 500 ₽ за пересылку при цене фена 1 900 — это пздц, а не сервис. Деньги верните, а фен заберите сами, курьером за ваш счёт.`,
    'video',
    ['profanity'],
    'return',
  ),
  // veiled threat to the shop; thinning patience is emotional
  c(
    'r36k-30',
    'ru',
    `Я человек мирный, но терпение заканчивается. Робот-пылесос (не заряжается от базы) я отправила вам назад 1 августа, трекинг показывает «вручено» 24 августа, скрин во вложении. Верните 14 990 ₽ — всю стоимость. Не хотелось бы, чтобы с вашим магазином что-нибудь случилось, сами понимаете.`,
    'photo',
    ['threat', 'emotional'],
    'full_refund',
  ),
  // «вы специально»; photo said attached, none in the form; sends the jeans again
  c(
    'r36k-31',
    'ru',
    `Вы специально дали неверный адрес склада, чтобы возврат не дошёл и спор закрылся. Джинсы, которые пришли 4 мая с дырой на колене, я отправила вам 10 мая, а 20 июня посылка вернулась ко мне с отметкой «адресат не найден» — фото конверта с отметкой прилагаю. Пришлите правильный адрес и оплатите повторную отправку, я верну джинсы ещё раз.`,
    'none',
    ['accusation', 'evidence_not_attached'],
    'return',
  ),
  // name-calling with an ordinary word
  c(
    'r36k-32',
    'ru',
    `Вы прислали этикетку возврата на имя какой-то Ольги из Самары, а не на моё. Обалдуи, вы хоть смотрите, кому что отправляете? Кастрюля пришла 12 марта с вмятиной на дне, фото в приложении. Пришлите нормальную этикетку на моё имя, и я верну кастрюлю за ваш счёт.`,
    'photo',
    ['insult'],
    'return',
  ),
  // spaced mat judging the seller's offer; partial with a sum
  c(
    'r36k-33',
    'ru',
    `Телескоп пришёл 23 ноября с трещиной на окуляре, фото приложила. Предлагать мне вернуть его за свои 4 000 рублей, когда он стоит 5 500, — х у й н я какая-то, а не решение. Прошу частичный возврат 2 000 рублей, телескоп оставлю как есть.`,
    'photo',
    ['profanity'],
    'partial_refund',
    2000,
  ),
  // concrete defect, tenge, but no time and no evidence
  c(
    'r36k-34',
    'ru',
    `Продавец просит отправить комод обратно в Китай, но комод весит 38 кг, пересылка стоит больше 40 000 тенге, а сам он стоил 31 500. У комода не закрываются два нижних ящика — направляющие погнуты, ящики упираются и перекашиваются. Прошу вернуть деньги без возврата комода.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // threat through the owner's children
  c(
    'r36k-35',
    'ru',
    `Знаю, что у владельца вашего магазина двое детей, он сам выкладывает их фото в профиле. Подумайте о них, прежде чем ещё раз отказывать мне. Обогреватель пришёл 5 января, второй режим не включается, видео прилагаю. Вы хотите, чтобы я отправила его в Китай за 3 000 рублей. Верните деньги без возврата.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // sarcastic praise of the seller's work; single "!"
  c(
    'r36k-36',
    'ru',
    `Браво, гении логистики! Прислать этикетку возврата, которую не принимает ни одно отделение Почты России, — это надо уметь. Набор кистей пришёл без трёх кистей из двенадцати, это я увидела при распаковке 2 февраля, фото прилагаю. Возвращать его больше не пытаюсь: верните 540 ₽ за недостающие кисти, остальное оставлю.`,
    'photo',
    ['insult'],
    'partial_refund',
    540,
  ),
  // innocent: a Chinese manager's name; price plus promised postage = full refund
  c(
    'r36k-37',
    'ru',
    `Менеджер Ли Хуэй 3 апреля подтвердила в чате, что обратную пересылку оплачивает магазин (скриншот прилагаю). Настольный вентилятор с треснувшей лопастью — трещину я увидела при распаковке 28 марта — я отправила 5 апреля за свои 1 150 ₽, как она попросила, с обещанием компенсации. Посылка у вас с 19 апреля. Прошу вернуть стоимость вентилятора и 1 150 ₽ за пересылку.`,
    'photo',
    [],
    'full_refund',
  ),
  // «обидно»; return conditional on a free label
  c(
    'r36k-38',
    'ru',
    `Мне очень обидно. Платье дочери на выпускной пришло 30 мая на два размера меньше: на бирке S вместо заказанного L, фото бирки приложила. Вы согласились на возврат, но только за мой счёт — 2 700 рублей до Китая, а платье стоило 3 900. Я верну платье, если пришлёте бесплатную этикетку, а деньги, пожалуйста, верните полностью.`,
    'photo',
    ['emotional'],
    'return',
  ),
  // "не соответствует описанию" is vague
  c(
    'r36k-39',
    'ru',
    `Покрывало пришло 17 сентября, не соответствует описанию, фото прилагаю. Вы предлагаете вернуть его за мой счёт. Согласна отправить обратно, но только если пересылку оплатите вы.`,
    'photo',
    ['missing_what'],
    'return',
  ),
  // "the difference" without a sum; no evidence
  c(
    'r36k-40',
    'ru',
    `Заказывала комплект постельного белья евро, а пришёл полуторный: пододеяльник 145×215. Обнаружила, когда распаковала 8 ноября. Менять через возврат в Китай — ещё два месяца без белья. Оставлю этот комплект, верните разницу в цене между евро и полуторкой.`,
    'none',
    ['missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // digit-masked mat judging the shop with "!"; «вы специально»; tracking number is evidence
  c(
    'r36k-41',
    'ru',
    `3,14здец, а не магазин! Вы специально тянете, пока спор не закроется сам. Электросамокат с неработающим задним тормозом отправлен вам 1 июня, трек LP00184550129311, вручён 25 июня. Денег нет. Верните стоимость самоката, 28 000 рублей.`,
    'none',
    ['profanity', 'emotional', 'accusation'],
    'full_refund',
  ),
  // long and calm: return lost by the courier; police and a claim are lawful steps
  c(
    'r36k-42',
    'ru',
    `Здравствуйте. Пишу по заказу кофеварки, и прошу дочитать до конца, потому что история длинная. Кофеварка пришла 2 сентября и с первого же дня не прокалывает капсулы: вода течёт мимо, в поддон, кофе не получается вообще. Видео я приложила ещё в первом споре. Продавец согласился на возврат и прислал адрес своего склада в Москве для отправки через СДЭК. 12 сентября я отдала кофеварку курьеру СДЭК, накладная 1587402219, упаковала в родную коробку и в пупырчатую плёнку. С 14 сентября статус не меняется, а 3 октября в СДЭК мне письменно подтвердили, что отправление утеряно при перегрузке на складе; акт об утере прилагаю. Продавец теперь пишет, что раз посылка до него не дошла, деньги он не вернёт, и что с перевозчиком мне надо разбираться самой. Я подала претензию в СДЭК и заявление в полицию об утере, но это отдельная история и может тянуться месяцами. Я выполнила всё, что от меня требовалось: отправила товар по указанному адресу в срок, тем способом, который выбрал продавец, и с отслеживанием. Прошу вас как площадку вернуть мне полную стоимость кофеварки, а вопросы со СДЭК пусть решает продавец или я сама, но уже не за свой счёт.`,
    'photo',
    [],
    'full_refund',
  ),
  // visit at the warehouse address as menace
  c(
    'r36k-43',
    'ru',
    `Я бываю в Иу по работе каждый месяц, и ваш склад на Чоучжоу-Бэйлу мне как раз по пути. Заеду лично поинтересоваться, где мой возврат. Ботильоны со сломанной молнией отправлены вам 10 марта (трек на скриншоте), получены 2 апреля, денег нет. Верните полную стоимость.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // reports the missing refund but asks for nothing
  c(
    'r36k-44',
    'ru',
    `Смеситель для кухни течёт из-под гайки с первого дня, мы договорились о возврате в чате. Я отправила его обратно 14 мая, трек-номер виден на фото чека. Посылка прибыла на ваш склад 3 июня, а возврата денег за три недели так и не было.`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // minced mat as an interjection
  c(
    'r36k-45',
    'ru',
    `Ёпт, опять новый адрес склада! 4 июня прислали один, 9 июня другой, сегодня третий. Шторы пришли 1 июня — две панели вместо заказанных четырёх, фото приложила. Я готова их вернуть, но назовите уже окончательный адрес и оплатите отправку.`,
    'photo',
    ['profanity', 'emotional'],
    'return',
  ),
  // scare quotes around "by mistake" and mock surprise: accusation
  c(
    'r36k-46',
    'ru',
    `Ваш склад «по ошибке» второй раз подряд отправляет мой возврат обратно мне. Какое удивительное совпадение. Аромадиффузор, у которого с первого дня не идёт пар, я отправляла вам 2 февраля, а 28 марта он вернулся ко мне с отметкой «отказ адресата», фото накладной прилагаю. Верните деньги, диффузор я утилизирую сам.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // questioning the seller's sanity
  c(
    'r36k-47',
    'ru',
    `Вы там с луны свалились? Какая «отправка в Китай за 250 рублей» — на почте мне насчитали 3 180 ₽ за коробку с ковриком-пазлом. Коврик пришёл 6 ноября с резким химическим запахом и белым налётом на каждой детали, фото прилагаю. Верните деньги без возврата.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // percentage only, no evidence
  c(
    'r36k-48',
    'ru',
    `Коврик для ванной пришёл 25 июля серым, а заказывала бежевый. Возвращать не буду, пересылка дороже коврика. Прошу компенсацию 30%.`,
    'none',
    ['missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // complete: return if the shop sends a prepaid label
  c(
    'r36k-49',
    'en',
    `The rice cooker arrived on 14 May with a dented inner pot, and the lid hinge snapped the first time I opened it. Photos attached. I'm happy to send it back, but since the damage isn't my doing, please email a prepaid return label or confirm in writing that you'll reimburse the postage. Once it's with you, I'd like a full refund.`,
    'photo',
    [],
    'return',
  ),
  // return costs more than the item: refund the whole price, no return
  c(
    'r36k-50',
    'en',
    `I ordered a $12.80 bamboo bath caddy. It came on 2 June with one side arm cracked right through (photo attached). You've asked me to send it back to Shenzhen at my own cost, but the cheapest tracked service at my post office is $31. That makes no sense for either of us. Please refund the $12.80 without a return.`,
    'photo',
    [],
    'full_refund',
  ),
  // keep it for a small named sum
  c(
    'r36k-51',
    'en',
    `My curtain rod set arrived on 9 August with one of the two finials missing. I'd rather keep it than post a 1.6 m box back to China. Could you refund $4 for the missing finial instead? Photo of the box contents attached.`,
    'photo',
    [],
    'partial_refund',
    4,
  ),
  // innocent: Scunthorpe; broken label barcode
  c(
    'r36k-52',
    'en',
    `The standing desk frame arrived on 3 March with a bent leg bracket (photos attached). You agreed to a return in chat, but the label you sent won't scan: the Post Office counter here in Scunthorpe says the barcode is invalid. Please send a working prepaid label, or the full warehouse address with the customs details, and I'll ship the frame back for a refund.`,
    'photo',
    [],
    'return',
  ),
  // innocent: chargeback and an honest review are lawful
  c(
    'r36k-53',
    'en',
    `I have been patient with this. My return of the trail running shoes (you sent size 9, I ordered 10) was signed for at your warehouse on 12 April, tracking LV338190624CN, screenshot attached. Today is 11 May and there's no refund. If it isn't processed within seven days, I will file a chargeback with my bank and leave an honest review with the dates. Please refund the full amount.`,
    'photo',
    [],
    'full_refund',
  ),
  // masked profanity in a question with ??
  c(
    'r36k-54',
    'en',
    `Where the f*ck is my refund?? You got the return on 21 March, the tracking says so, screenshot attached. It was a pair of hiking poles with a broken locking clip. Refund me.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // condescension about the team's ability to read
  c(
    'r36k-55',
    'en',
    `Let me put this in words your returns team can manage: item back, money back. The kettle (the lid wouldn't close, arrived 5 February) reached your warehouse on 3 March according to the tracking, screenshot attached. Full refund, please.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // menace around a home address read off the label
  c(
    'r36k-56',
    'en',
    `Funny thing: the return label you sent has a house address on it, not a warehouse. Yours, I assume. Nice street. Quiet. I'd hate for anything to happen to a place like that over a $45 lamp. The lamp arrived on 8 January with the shade holder snapped off, photos attached. Refund the $45 I paid.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "ridiculous"; scare quotes and "on purpose"; tracking named, no file claimed
  c(
    'r36k-57',
    'en',
    `This is ridiculous. You "never received" my return even though the tracking says delivered on 2 June? You do this on purpose so the dispute times out. The item was an electric toothbrush that wouldn't hold a charge for more than a day. I want my money back.`,
    'none',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // vague, "look into it" asks for nothing
  c(
    'r36k-58',
    'en',
    `Hi, the return thing isn't working for me. Can someone look into it?`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // no words
  c('r36k-59', 'en', `...`, 'none', ['empty_text'], 'none'),
  // declines a paid return; "half" without a sum
  c(
    'r36k-60',
    'en',
    `The seller suggested I return the hose reel at my own cost. No, thanks. It arrived on 16 April with the crank handle snapped off (photo attached), and postage to China costs more than the reel did. I'll keep it if you refund half.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // says receipt and screenshot are attached; form has none
  c(
    'r36k-61',
    'en',
    `I've attached the post office receipt and a tracking screenshot for my return of the foam roller, which arrived on 7 July split along its length. The return was delivered to your warehouse on 2 August. Please process my full refund.`,
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // item already refunded; only the promised return postage asked: partial with that sum
  c(
    'r36k-62',
    'en',
    `Thanks for refunding the vacuum sealer on 9 May once my return reached you. One thing is still open: on 20 April your agent Mei agreed in chat that the store would cover the return postage, which came to $18.40. I've attached the receipt and the chat screenshot. Please send the $18.40 you promised.`,
    'photo',
    [],
    'partial_refund',
    18.4,
  ),
  // British name-calling
  c(
    'r36k-63',
    'en',
    `Right, you plonkers sent me a return label for a parcel "under 2 kg", and the ottoman I'm returning weighs 6. The post office refused it on 4 November. The ottoman arrived on 28 October with the seam split along the base, photos attached. Send a correct prepaid label and I'll return it for a refund.`,
    'photo',
    ['insult'],
    'return',
  ),
  // threat to publish the owner's and his wife's details
  c(
    'r36k-64',
    'en',
    `I've got your owner's full name and his wife's Weibo account; took me ten minutes. The air fryer I returned was delivered to you on 14 September (tracking screenshot attached). It arrived with the basket coating flaking off on day one. If the refund isn't in my account by Friday, both go up in every buyer group I'm in. Refund the $89 I paid for it.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // spaced profanity judging the returns process; price plus postage = full refund
  c(
    'r36k-65',
    'en',
    `Your "free return" cost me $23 at the counter, because the label you generated was for the wrong country, which is a s h i t way to run returns. The bathroom scale I sent back (it read 4 kg heavy from day one) arrived at your end on 1 May, tracking screenshot attached. Refund the scale and the $23 postage.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // mock praise and a mock title
  c(
    'r36k-66',
    'en',
    `Stellar work, Einstein: the "return address" you gave me is my own address copied back. The ceiling fan (one blade warped, the whole thing wobbling at every speed, noticed when I installed it on 22 February) is still sitting in its box. Video attached. Send your real warehouse address, pay the postage, and I'll return it for a refund.`,
    'video',
    ['insult'],
    'return',
  ),
  // "upset"; no evidence; keep for a named sum
  c(
    'r36k-67',
    'en',
    `I'm so upset. The kids' winter boots came on 11 December a full size smaller than labelled: the insole measures 17 cm, and your size chart says 18.5 for that size. Posting them back would cost almost as much as the boots, so I'll keep them for my younger son if you refund $15.`,
    'none',
    ['emotional', 'missing_evidence'],
    'partial_refund',
    15,
  ),
  // blanket accusation, nothing concrete
  c(
    'r36k-68',
    'en',
    `Everyone knows this store pockets returns and never refunds. I sent your stuff back and, surprise, nothing. Refund me.`,
    'none',
    ['accusation', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // long, calm: customs form and phone number for a return to Ningbo
  c(
    'r36k-69',
    'en',
    `Hello, I'm trying to return the electric heated blanket. The controller shows error E1 and the blanket never warms up; I noticed on the first night, 9 January, and the video attached shows the error code and the pad still cold after twenty minutes. Your return address is in Ningbo, and my post office says I need a customs declaration for China. Could you tell me what description and value I should write, and whether to mark it as "returned goods", so you aren't charged import duty at your end? They also need a recipient phone number, which isn't on the address you sent. As soon as I have those details, I'll send the blanket back for a refund.`,
    'video',
    [],
    'return',
  ),
  // return lost by the carrier, letter attached
  c(
    'r36k-70',
    'en',
    `My return of the leather crossbody bag was posted on 2 March with Royal Mail, tracking RB441093277GB. Since 11 March the tracking has said "item held in transit", and Royal Mail have now confirmed in writing that it's lost; their letter is attached. I sent the bag back to the address you gave, as agreed. Please refund the full £38.`,
    'photo',
    [],
    'full_refund',
  ),
  // profane word before a name: profanity and insult
  c(
    'r36k-71',
    'en',
    `You f*cking idiots sent my return to the wrong warehouse and now want me to pay the postage again. Robot mop: the spray nozzle never sprayed, from the first day. Returned on 6 January, tracking screenshot attached. Refund me in full.`,
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // innocent: the seller's insult and threat quoted as evidence
  c(
    'r36k-72',
    'en',
    `Attaching the chat. When I asked who pays for return postage, the seller replied: "stupid customer, you pay or you get nothing, we know where you live". The item is a 24-piece socket set that arrived on 30 April with the 10 mm socket missing and the case latch broken. Given that reply, I'd like a refund without sending anything back.`,
    'photo',
    [],
    'full_refund',
  ),
  // outburst; photos referred to but no file; no time
  c(
    'r36k-73',
    'en',
    `DISGUSTING service!!! You want me to pay $40 to return a $25 raincoat with a broken zip?? Look at the photos! Just refund me.`,
    'none',
    ['emotional', 'missing_when', 'evidence_not_attached'],
    'full_refund',
  ),
  // amount in words with pence
  c(
    'r36k-74',
    'en',
    `The set of six linen napkins arrived on 20 September as five. Returning the lot to China would cost more than the napkins are worth, so I'll keep them. Please refund eight pounds fifty for the missing one. Photo of all five laid out is attached.`,
    'photo',
    [],
    'partial_refund',
    8.5,
  ),
  // "only if you pay the return shipping": a conditional return
  c(
    'r36k-75',
    'en',
    `I'm willing to send the jacket back only if you pay the return shipping. It arrived on 3 November with the left pocket stitched shut and a grease stain on the cuff (photos attached). I won't pay $36 to ship back a $42 jacket for faults that aren't mine. Send a prepaid label and I'll return it for a full refund.`,
    'photo',
    [],
    'return',
  ),
  // sarcastic praise with clowns aimed at the team
  c(
    'r36k-76',
    'en',
    `Well done, returns team 🤡🤡 The return I posted on 10 April, a bedside lamp whose touch sensor is dead, came back to me on 1 May marked "address closed". Tracking screenshot attached. Give me an address that exists and cover the second postage, and I'll send it again for a refund.`,
    'photo',
    ['insult'],
    'return',
  ),
  // innocent: the "on purpose" is taken back in the same sentence
  c(
    'r36k-77',
    'en',
    `I'm not saying you did it on purpose, but the return address you gave me on 12 February doesn't exist: the parcel with the massage gun (it cuts out after ten seconds of use) came back to me on 3 March as undeliverable. Tracking screenshot attached. I've paid postage once already and won't pay for another trip, so please refund me in full.`,
    'photo',
    [],
    'full_refund',
  ),
  // look-alike Cyrillic letters in a cried oath
  c(
    'r36k-78',
    'en',
    `Ѕhіt, not again!! The return of my drone (motor 3 hasn't spun since the first flight on 15 June) has bounced back for the second time, "refused by recipient" says the tracking (screenshot attached). Refund me, I'm done posting it.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // "whatever you think is fair"; no evidence
  c(
    'r36k-79',
    'en',
    `The picnic blanket came on 30 June with the waterproof backing peeling at two corners. Postage back would cost me more than the blanket, so I'll keep it. Refund whatever you think is fair.`,
    'none',
    ['missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // innocent: "cocktail", Penistone; refund without a return
  c(
    'r36k-80',
    'en',
    `About the cocktail shaker set from your store: the strainer lid doesn't fit the tin, there's a gap of about 3 mm and it leaks when shaken. I noticed the first time I used it, on 2 January; photo attached. I live in Penistone, and the nearest drop-off point for your return partner is a 40-mile round trip. Please refund me without a return, since the trip would cost more than the set.`,
    'photo',
    [],
    'full_refund',
  ),
];
