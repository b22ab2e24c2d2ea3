import { labelled as c, type CorpusCase } from './types';

/**
 * Round thirteen, hold-out set n: cold, long-winded, ironic buyers of home and garden goods, car parts, sports gear,
 * craft and pet supplies, who use sarcasm, condescension, accusations dressed as questions or compliments and polite
 * menace instead of swear words, next to innocent texts full of strong but lawful words. Written by a hand that has
 * not read the analyzer's rules or other corpus files; labels follow analyzer-notes.md section 1 and the README's
 * labelling decisions.
 *
 * Choices where the definitions were silent:
 * - Sarcastic praise of the seller's cunning or honesty ("I admire your dexterity", "compliment your photographer")
 *   is an accusation only; sarcastic praise of competence ("браво, профессионалы", "congratulations to your packing
 *   department") is an insult.
 * - A rhetorical question implying deliberate deceit (a "policy" of shipping used goods as new, "how many buyers got
 *   the same «new» feeder?") is an accusation.
 * - A plain negation («не думаю, что специально», "I'm not suggesting this was deliberate") is not an accusation, but a
 *   negation followed by a rhetorical reinstatement («не хочу называть это разводом, но как ещё назвать…») is.
 * - «сука» in kennel usage and "bitch" for a female dog, «подстрахуйся», «бляха» (buckle plate), «гребля»,
 *   «мандарин», «рубля», «сучки» (wood knots), «хулахуп», Cockapoo, Shih Tzu, great tits, Scunthorpe and
 *   "Weed Killer" are innocent; «тупые» about scissors is a judgement of the item.
 * - Veiled threats: a relative who drops in unannounced, a hint at a warehouse fire or at brake failure, showing
 *   knowledge of where the seller sits or of the seller's daughter's school, a cousin at a sorting centre through whom
 *   the seller's parcels "might start getting lost".
 * - Mat about the item («качество — пздц», «редкостная хyйня», "the chart is bullsh1t") is profanity only; mat or
 *   "wtf" / "blyat" as an interjection is profanity and emotional; mat aimed at a person is profanity and insult.
 * - A sum named for one item of a multi-item order ("refund the bottle, $12") is a partial refund with that sum;
 *   asking for the money for every item ordered is a full refund.
 * - "Let me know", «жду, что скажете», «решайте как-нибудь сами» are no request.
 * - Texts meant to lack a time give no date at all (no receipt date next to a vague complaint); a receipt date next to
 *   a defect found that day counts as "when".
 * - Evidence named but not said to be attached («фото могу прислать по запросу», "I've kept the screenshot") counts
 *   as mentioned evidence; the listing's own photos are never used as the only mention of a photo.
 */
export const ROUND13_HOLDOUT_N: CorpusCase[] = [
  // complete; chargeback and an honest review are lawful steps, not threats
  c(
    'r13n-01',
    'ru',
    'Здравствуйте. Заказ 8120034577, секатор для веток «Titan Pro». При первой же обрезке яблони 12 апреля лезвие отошло от рукояти: заклёпка выпала, люфт около 3 мм, фото прилагаю. Предупреждаю спокойно и заранее: если спор закроют без решения, я обращусь в банк за chargeback и напишу подробный честный отзыв с этими же фотографиями. Прошу вернуть полную стоимость, 1 870 ₽.',
    'photo',
    [],
    'full_refund',
  ),
  // condescension about the reader's intelligence is an insult; no file and no evidence named
  c(
    'r13n-02',
    'en',
    "Let me try again, slowly this time, since my first three messages apparently didn't survive the journey to whoever reads them. The bike floor pump I ordered is listed as 160 psi. The gauge on the pump that arrived stops at 60. Sixty. It's printed on the dial. I know numbers over a hundred can be intimidating, so perhaps ask a grown-up at the warehouse to hold the listing and the dial side by side. I noticed it on the first ride of the season, 3 May, when the tyre wouldn't go past 60. Refund, please.",
    'none',
    ['insult', 'missing_evidence'],
    'full_refund',
  ),
  // sarcastic praise of the seller's cunning is sarcasm about honesty (accusation); money declined, the missing colours asked for
  c(
    'r13n-03',
    'ru',
    'Хочу отдать должное вашей ловкости. В карточке набор акриловых красок на 24 цвета, в коробке 18 тюбиков, а наклейка «24» аккуратно переклеена поверх старой, под ней просвечивает «18». Так тонко работают далеко не все магазины. Вскрыла коробку 2 марта, фото коробки и наклейки на просвет прикладываю. Деньги мне не нужны — пришлите, пожалуйста, недостающие шесть цветов или полный набор на 24.',
    'photo',
    ['accusation'],
    'exchange',
  ),
  // a relative who drops in on the seller unannounced is a veiled threat; the tracking number is named as evidence
  c(
    'r13n-04',
    'ru',
    'Добрый вечер. Кормушка для птиц с камерой, заказ от 20 февраля, так и не пришла: трек-номер не обновляется с 1 марта, последний статус — «передано перевозчику». Я человек терпеливый и пишу вам вежливо. Но ваш магазин, судя по реквизитам в карточке, зарегистрирован в Гуанчжоу, а у моего брата там как раз офис через два квартала от вас. Он любит заходить к людям в гости без предупреждения. Прошу вернуть деньги. Думаю, нам всем будет спокойнее, если это случится до конца недели.',
    'none',
    ['threat'],
    'full_refund',
  ),
  // innocent: a breed name and 'bitch' for a female dog; size mismatch measured, return offered
  c(
    'r13n-05',
    'en',
    "Hello. I ordered the 'Cockapoo Comfort' orthopaedic dog bed, size L, listed as 90 x 70 cm. When I unpacked it on 9 June I measured it with a tape: 72 x 55 cm. Photo with the tape across it is attached. Our bitch is a 28 kg Labrador and simply doesn't fit on it. I'm happy to post it back at your cost; please refund me once it arrives.",
    'photo',
    [],
    'return',
  ),
  // masked mat as an interjection: profanity and emotional; nothing attached or named
  c(
    'r13n-06',
    'ru',
    'Третий раз пишу одно и то же, уже без особой надежды, что кто-то дочитает до конца. Тормозные колодки для Kia Rio, в заказе артикул 58101-H5A00. Пришли колодки с другим артикулом, на 8 мм короче родных, выяснилось в сервисе при установке 14 октября. Мастер долго смотрел, потом молча отдал их мне обратно. Ну п****ц, господа, другого слова у меня нет. Верните деньги.',
    'none',
    ['profanity', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // innocent: «гребля» contains a rude-looking piece; partial refund with a sum
  c(
    'r13n-07',
    'ru',
    'Добрый день. Весло для байдарки, разборное, 220 см, заказ 3016650012. Брал специально для гребли на реке, на сплав. При первой сборке 5 июля выяснилось, что втулка соединения треснула вдоль шва, трещина около 2 см, фото прилагаю. Весло держит, но люфтит в соединении. Готов оставить его себе, если вернёте 450 ₽ на ремонт втулки.',
    'photo',
    [],
    'partial_refund',
    450,
  ),
  // an accusation dressed as a question (a policy of selling used as new); no evidence named
  c(
    'r13n-08',
    'en',
    "Quick question, purely out of curiosity: is it company policy to ship used items as new, or did I just get lucky? The rattan garden chair cushion set arrived on 22 August with a coffee stain across one seat cushion and dog hair caught in the zip. We don't have a dog, so I'm assuming someone else enjoyed the set first. Please send a new set.",
    'none',
    ['accusation', 'missing_evidence'],
    'exchange',
  ),
  // plain complete text
  c(
    'r13n-09',
    'ru',
    'Здравствуйте. Заказ 5021883471, автомобильный компрессор 12 В, заявлено 10 атм. При первой проверке 3 ноября на колесе R15 компрессор отключился через 40 секунд, давление поднялось только до 1,2 атм, после этого не включается, из корпуса запах горелой проводки. Видео проверки приложено. Прошу вернуть деньги.',
    'video',
    [],
    'full_refund',
  ),
  // polite mention of the seller's home address and daughter's school is a veiled threat
  c(
    'r13n-10',
    'en',
    "Good afternoon. I have been patient for three weeks now over the canister aquarium filter (order 3047719921) whose impeller cracked on the second day of running; the photo is attached. In the meantime I've also been doing a little reading. Your company registration lists a Mr Chen at a residential address in Yiwu, and there's a lovely photo of his daughter's school sports day on a public profile, the school's name on the banner and everything. I'm sure none of that will ever need to come up between us. A full refund by Friday would be very much appreciated.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // condescension («помедленнее», «могу нарисовать») is an insult
  c(
    'r13n-11',
    'ru',
    'Попробую объяснить ещё раз, помедленнее, раз с первого раза не получилось. Размер — это буквы и цифры на бирке. Я заказала велосипедный шлем размера M, 55–59 см. На бирке пришедшего шлема написано S, 51–55 см. Это разные буквы, их даже видно на фото, которое я приложила. Примеряла 17 мая, на голову он не налезает. Пришлите, пожалуйста, размер M. Если что-то осталось непонятным, могу нарисовать.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // a single two-letter word: empty text only
  c('r13n-12', 'ru', 'Ну...', 'none', ['empty_text'], 'none'),
  // innocent: 'great tits' and Scunthorpe; complete
  c(
    'r13n-13',
    'en',
    "Hello, I ordered the cedar nest box for great tits (entrance hole 28 mm according to the listing) for our garden in Scunthorpe. When I put it up on 2 March I measured the hole: 38 mm, which lets starlings in and defeats the purpose. Photo with a ruler across the hole is attached. Please refund the 14.99 GBP; I'll recycle the box myself.",
    'photo',
    [],
    'full_refund',
  ),
  // «вы это прекрасно знаете» labels intent (accusation); generic problem, no time, no evidence, no request
  c(
    'r13n-14',
    'ru',
    'Ну что ж. Набор садовых инструментов получила. Посмотрела. Впечатлена. Товар, мягко говоря, не соответствует описанию, и вы это прекрасно знаете. Решайте как-нибудь сами.',
    'none',
    ['accusation', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // masked profanity about the chart plus name-calling at its author; not an outburst; nothing attached
  c(
    'r13n-15',
    'en',
    "Right. The roof rack crossbars (order 8811402230) are 120 cm long; the listing and its fitting chart said 135 cm for a 2018 Subaru Outback. I measured them on the drive on 30 September after they failed to reach the rails on either side. I'm sure the packing team are lovely people, but whoever wrote that fitting chart is a clown, and the chart itself is bullsh1t. Refund.",
    'none',
    ['profanity', 'insult', 'missing_evidence'],
    'full_refund',
  ),
  // innocent: kennel usage «сука» for a female dog; complete, exchange
  c(
    'r13n-16',
    'ru',
    'Здравствуйте. Шлейка для собаки, размер XL, по таблице обхват груди 80–100 см. Наша сука алабая весит 52 кг, обхват груди 94 см — как раз середина таблицы. При первой примерке 11 января выяснилось, что регулировка затягивается только до 78 см, дальше пряжка не идёт, фото с сантиметровой лентой приложила. Прошу обменять на XXL или на исправную XL.',
    'photo',
    [],
    'exchange',
  ),
  // a disclaimer does not cancel the menace of a personal visit; return offered
  c(
    'r13n-17',
    'ru',
    'Здравствуйте. Генератор для Лады Гранты, 115 А, заказ 7702318845. Поставили 2 декабря, уже на следующий день зарядка 12,1 В на работающем двигателе, лампа аккумулятора горит. Видео с мультиметром на клеммах приложил. Готов отправить генератор обратно за свой счёт и жду возврата денег после получения. Я никому не угрожаю, просто замечу: у меня очень хорошая память на адреса, а ваш возвратный адрес в Москве я уже себе записал. Было бы неприятно, если бы пришлось заехать к вам лично.',
    'video',
    ['threat'],
    'return',
  ),
  // complete; decimal comma sum is 6.5
  c(
    'r13n-18',
    'en',
    "Hi, the embroidery floss set (100 skeins advertised) came with 87 skeins; I counted them twice when unpacking on 14 April, and a photo of the sorted skeins is attached. I'd be fine keeping the set with a partial refund of €6,50 for the 13 missing ones.",
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // «обалдуи» is name-calling at staff; no evidence
  c(
    'r13n-19',
    'ru',
    'Уважаемые, передайте, пожалуйста, вашим обалдуям на упаковке: садовые ножницы не кладут в один пакет с пластиковой лейкой без всякой прокладки. Лейка пришла 8 июля с двумя пробитыми дырками от лезвий, вода при поливе течёт струйкой на ноги. Прошу прислать новую лейку.',
    'none',
    ['insult', 'missing_evidence'],
    'exchange',
  ),
  // an outburst; concrete problem but no time, no evidence and no request
  c(
    'r13n-20',
    'en',
    "I am honestly so disappointed!! I ordered the yoga mat in sage green as a present for my mum and it arrived bright lime, smells like a tyre shop, and the edges are already peeling away from the base. I don't even know what to ask for anymore.",
    'none',
    ['emotional', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // scare quotes around «случайная» and irony about luck are sarcasm about honesty
  c(
    'r13n-21',
    'ru',
    'Здравствуйте. Заказывал свечи зажигания NGK, 4 шт. Пришли четыре свечи неизвестного производителя в коробке NGK: номер на изоляторе не совпадает с каталогом, шрифт другой. Обнаружил при замене 19 сентября, фото маркировки рядом с оригинальной свечой прилагаю. Это уже третья за год «случайная» пересортица в вашем магазине — видимо, у вас очень невезучий склад. Верните деньги.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // a negated accusation («не думаю, что специально») is not one; complete
  c(
    'r13n-22',
    'ru',
    'Здравствуйте. Заказ 3118520447, когтеточка-столбик высотой 90 см. Пришла высотой 60 см, основание 30 на 30 вместо 40 на 40; измерила рулеткой при распаковке 23 ноября, фото с рулеткой прикладываю. Не думаю, что вы сделали это специально — скорее всего, на складе перепутали артикулы. Тем не менее прошу вернуть деньги полностью: кот на неё просто не помещается.',
    'photo',
    [],
    'full_refund',
  ),
  // an ominous hint at a warehouse fire is a veiled threat; no evidence
  c(
    'r13n-23',
    'en',
    "The golf laser rangefinder (order 7720183365) reads 180 yards for a pin that the course marker puts at 150; I tested it against three different markers on the practice range on Saturday the 12th, with the same 30-yard error each time. I'd like a full refund. I'd hate for this to become a bigger thing. Warehouses are such fragile places, all that cardboard and so few sprinklers. Do take care of yours.",
    'none',
    ['threat', 'missing_evidence'],
    'full_refund',
  ),
  // generic quality complaint: no concrete problem; no evidence
  c(
    'r13n-24',
    'ru',
    'Здравствуйте. Открыла 4 апреля набор для вышивания крестом «Зимний лес». Качество, скажем так, не то, на которое рассчитываешь за такие деньги. Прошу вернуть деньги.',
    'none',
    ['missing_what', 'missing_evidence'],
    'full_refund',
  ),
  // innocent: «подстрахуйся» contains a rude-looking piece; return offered
  c(
    'r13n-25',
    'ru',
    'Добрый день. Катушка для садового шланга на 50 м, заказ 4410972263. Муж ещё при заказе сказал: «подстрахуйся, возьми с металлической осью». Взяла с металлической, как написано в описании. При первой намотке шланга 28 апреля ось оказалась пластиковой трубкой, покрашенной под металл, и лопнула у основания. Видео приложено. Готова отправить катушку обратно, прошу вернуть деньги после её получения.',
    'video',
    [],
    'return',
  ),
  // sarcastic praise of the packers' work is an insult; a sum for one item is a partial refund
  c(
    'r13n-26',
    'en',
    "Congratulations to your packing department. I honestly didn't think it was possible to fit a 5 kg cast-iron kettlebell and a glass water bottle into the same plastic bag without a scrap of padding, but your team has made it look effortless. The bottle arrived in about forty pieces on 6 February (photo attached), and the kettlebell now has a chip in the handle. Truly inspired work. Please refund the bottle, $12.",
    'photo',
    ['insult'],
    'partial_refund',
    12,
  ),
  // a negation followed by a rhetorical reinstatement of the label is an accusation; no evidence
  c(
    'r13n-27',
    'ru',
    'Коврики в салон для Toyota RAV4 2019 года, в карточке «3D, точно по форме салона». Пришли универсальные коврики, которые надо самому вырезать ножницами по разметке. Обнаружил при примерке 2 августа. Не хочу называть это разводом, но как ещё назвать, когда в карточке показывают одно, а присылают другое, я, честно говоря, не знаю. Прошу вернуть деньги.',
    'none',
    ['accusation', 'missing_evidence'],
    'full_refund',
  ),
  // plain complete text, exchange
  c(
    'r13n-28',
    'en',
    "Order 9033471180: wetsuit, size ML ordered, size S delivered; the label inside the neck says S, photo attached. I noticed when trying it on the day it arrived, 18 June. Please send the ML instead; I'll post the S back if you need it.",
    'photo',
    [],
    'exchange',
  ),
  // quoted mat stays profanity; otherwise complete
  c(
    'r13n-29',
    'ru',
    'Здравствуйте. Пишу в арбитраж, потому что с продавцом разговор не получился. Набор спиц для вязания, 11 размеров от 2 до 8 мм, пришёл без спиц 3,5 и 4 мм — обнаружила при распаковке 9 января. На мой вопрос продавец ответил «иди на х**, всё положили». Скриншот переписки прилагаю. Прошу компенсировать 320 рублей за две недостающие пары.',
    'photo',
    ['profanity'],
    'partial_refund',
    320,
  ),
  // says photos are attached but the form has none; sending the missing part is an exchange
  c(
    'r13n-30',
    'en',
    "Hello, the 3 m garden gazebo (order 6604418972) arrived on 15 May without the four corner brackets. The parts list on page 2 shows them as item C, and the bag marked C was empty. I've attached photos of the parts laid out and of the empty bag. Could you please send the four brackets?",
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // a mocking question about the reader's schooling is an insult
  c(
    'r13n-31',
    'ru',
    'Здравствуйте. Блины для штанги, 2 × 10 кг. На весах 10 марта показали 8,3 и 8,6 кг, фото весов с каждым блином прилагаю. Вопрос к тому, кто у вас отвечает за описания: вас в школе учили, что десять больше восьми, или этот урок вы тоже пропустили? Прошу вернуть деньги за оба блина.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // threatening to publish the seller's phone and home address is a threat
  c(
    'r13n-32',
    'ru',
    'Добрый день. Пряжа «100% меринос», 10 мотков. Пробу прожигом сделала 20 января: нить плавится шариком и пахнет палёным пластиком, то есть это акрил, а не шерсть. Фото пробы прилагаю. Кстати, ваш телефон и домашний адрес я нашла через регистрацию компании. Если до пятницы вопрос не решится, эти данные появятся в каждой группе рукодельниц, где я состою, а их у меня двенадцать. Прошу вернуть деньги.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // concrete problem and request; no time and no evidence
  c(
    'r13n-33',
    'en',
    "The dog water fountain's pump makes a grinding noise and only moves water for a few seconds before stopping. Please send a replacement pump.",
    'none',
    ['missing_when', 'missing_evidence'],
    'exchange',
  ),
  // long and complete except that «жду, что скажете» is no request
  c(
    'r13n-34',
    'ru',
    'Добрый день. Заказ 7725031196, набор для выжигания по дереву: прибор с регулятором температуры и двенадцать насадок. Пишу подробно, чтобы не было вопросов. Прибор включается, индикатор горит, но жало нагревается так слабо, что даже на мягкой липовой дощечке остаётся бледный коричневатый след, причём регулятор выставлен на максимум. По инструкции рабочая температура должна доходить до 750 градусов, а у меня, судя по тому, что насадка не плавит даже кусочек полиэтиленового пакета, нет и двухсот. Проверила 6 декабря строго по инструкции: прогрела прибор десять минут, поменяла три насадки, попробовала на липе и на фанере. Ни одна насадка не дала нормального ожога. Прикладываю фото пробы на фанере, где все три насадки по очереди, и фото регулятора в крайнем положении. Сетевое напряжение в квартире в порядке, другие приборы от той же розетки работают. Отдельно отмечу, что коробка пришла целой, плёнка не нарушена, так что списать всё на почту не получится. Прибор я не разбирала и не роняла, шнур не перегибала, насадки меняла остывшими, пинцетом из вашего же комплекта. Инструкцию, кстати, я прочитала целиком, включая раздел про первый запуск, где советуют дать прибору «прокалиться» пять минут на весу, — сделала и это. Набор брала в подарок ученице художественной школы к конкурсу, подарок, как вы понимаете, откладывается, а конкурс нет. Жду, что скажете.',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // a question with scare quotes around «новые» implies reselling used goods: accusation
  c(
    'r13n-35',
    'ru',
    'Здравствуйте. Автокормушка для кошек с таймером. Выставлены кормления на 8:00 и 19:00, а корм она сыплет в случайное время, трижды за ночь 4 и 5 июня; снимала на видео, прикладываю. В памяти кормушки уже было чьё-то чужое расписание на 6:30 и 21:00. Скажите честно, сколько ещё покупателей получили от вас такие же «новые» кормушки? Прошу вернуть деньги.',
    'video',
    ['accusation'],
    'full_refund',
  ),
  // innocent: 'Killer' in a product name and lawful escalation
  c(
    'r13n-36',
    'en',
    "Hello. The 'Weed Killer Pro' 8 L pressure sprayer (order 5541207783) leaks from the pump seal at any pressure. I found this the first time I filled it, on 20 April, with plain water. Photo of the puddle and the cracked seal is attached. I'd like a full refund. If the dispute stalls, I'll raise a chargeback with my card issuer and report the listing to Trading Standards; I'd rather not have to.",
    'photo',
    [],
    'full_refund',
  ),
  // affect word; partial refund without a sum; no evidence
  c(
    'r13n-37',
    'ru',
    'Очень обидно. Ждала набор силиконовых форм для мыла к дню рождения подруги, а пришло на две формы меньше: в описании 12, в коробке 10, пересчитала при распаковке 1 декабря. Прошу частичную компенсацию.',
    'none',
    ['emotional', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // mat with a Latin look-alike letter, about the item: profanity only
  c(
    'r13n-38',
    'ru',
    'Пишу спокойно. Держатель на дефлектор для навигатора, заказ 1230985541. Лапки не удерживают навигатор весом 190 г: на первой же кочке 11 марта он упал под педаль тормоза, а защёлка сломалась. Фото сломанной защёлки прилагаю. Вещь, простите, редкостная хyйня. Прошу вернуть деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // dry irony with no concrete problem, time, evidence or request
  c(
    'r13n-39',
    'en',
    "Well. It arrived. I'll say this for it: it is certainly a tent. Whether it is the tent from your listing is a question I'll leave to the philosophers. Not as described, obviously.",
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // sarcastic praise of competence is an insult; «ошибка» in scare quotes an accusation
  c(
    'r13n-40',
    'ru',
    'Браво, профессионалы. Заказывал амортизатор передний левый на Ford Focus 2, пришёл задний правый, и это уже вторая «ошибка» подряд в одном и том же заказе. Обнаружил у мастера при установке 16 февраля, фото маркировки на корпусе прикладываю. Пришлите, пожалуйста, именно передний левый.',
    'photo',
    ['insult', 'accusation'],
    'exchange',
  ),
  // innocent: breed name with a rude-looking piece; partial refund with a sum
  c(
    'r13n-41',
    'en',
    "Hello, the grooming clippers for our Shih Tzu (order 2209158834) arrived with the 3 mm comb attachment snapped at one side. I saw it when unboxing on 27 July and filmed the unboxing; the video is attached. The clippers themselves work fine, so I'd accept a partial refund of $15 instead of a return.",
    'video',
    [],
    'partial_refund',
    15,
  ),
  // menace aimed at 'people who cheat me' is both a threat and an accusation; no evidence
  c(
    'r13n-42',
    'ru',
    'Заказ 6612047719, спальный мешок, в карточке комфортная температура −10. В первую же ночь, 3 ноября, при +2 в палатке замёрз так, что ушёл спать в машину. На бирке внутри мешка, кстати, написано «комфорт +5». Деньги верните. С людьми, которые меня обманывают, почему-то всегда потом случаются неприятности. Не от меня, разумеется. Просто так устроен мир.',
    'none',
    ['threat', 'accusation', 'missing_evidence'],
    'full_refund',
  ),
  // innocent: «мандарин», «рубля» contain rude-looking pieces; the price remark is not a request
  c(
    'r13n-43',
    'ru',
    'Здравствуйте. Заказала фетр для рукоделия, 20 листов А4 толщиной 1 мм, цвет «мандарин». Пришли листы цвета фуксии, толщиной около 0,5 мм — померила штангенциркулем при распаковке 2 октября, фото прилагаю. Разница в цене между цветами меньше рубля, но для моей работы нужен именно мандариновый. Прошу заменить на правильный цвет и толщину.',
    'photo',
    [],
    'exchange',
  ),
  // condescension about arithmetic is an insult; no evidence
  c(
    'r13n-44',
    'en',
    "Since your last reply suggested nobody at your end has read the listing, here it is, quoted for a busy reader: '4 pieces'. The ceramic planter set came with 3 pieces on 11 May. Three is one fewer than four. I realise arithmetic is a lot to ask of anyone before lunch. Please send the missing pot.",
    'none',
    ['insult', 'missing_evidence'],
    'exchange',
  ),
  // the seller's rude words quoted as evidence are not the buyer's insult; photo named; no time
  c(
    'r13n-45',
    'ru',
    'Добрый день. Набор бит для шуруповёрта, 32 предмета. Биты PH2 сминаются, у двух уже сорваны кромки, магнитный держатель не держит биту. Продавец в переписке ответил, что «руки у вас кривые, бита ни при чём». Фото бит могу прислать по запросу. Хочу вернуть набор и получить деньги.',
    'none',
    ['missing_when'],
    'return',
  ),
  // irony implying the seller knowingly misleads buyers is an accusation
  c(
    'r13n-46',
    'en',
    "Your listing for the hose connectors says 'solid brass'. A magnet sticks to all six of them, and the plating came off the threads the first time I screwed one onto the outside tap, on 8 April; photo attached. I suppose 'solid brass' is a state of mind. I'm sure you sell a great many of these to people who never own a magnet. Please refund.",
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // complete; a sum in words
  c(
    'r13n-47',
    'ru',
    'Добрый день. Набор кистей для акварели, 12 шт. У трёх кистей при первом же мытье 15 января ворс выпал прямо из обоймы, фото прилагаю. Остальные девять в порядке, поэтому прошу вернуть двести рублей за три испорченные.',
    'photo',
    [],
    'partial_refund',
    200,
  ),
  // 'wtf' as an interjection is profanity and emotional; no evidence
  c(
    'r13n-48',
    'en',
    'Ordered a 1/2" click torque wrench (order 4476620918), 28-210 Nm. Checked it against the calibrated one at my mate\'s garage on 21 January: set to 100, it clicks at 140. This is for wheel nuts. wtf. Refund please.',
    'none',
    ['profanity', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // a mocking comparison of the packer to a hamster is an insult; no evidence
  c(
    'r13n-49',
    'ru',
    'Набор для ухода за аквариумом: сачок, скребок, сифон. Сифон пришёл без груши, обнаружила сразу при распаковке 14 августа, а без неё он бесполезен. Интересно, заказы у вас собирает человек или хомяк, которому показали картинку? Пришлите грушу.',
    'none',
    ['insult', 'missing_evidence'],
    'exchange',
  ),
  // showing knowledge of where the seller sits, with an ominous wish, is a veiled threat
  c(
    'r13n-50',
    'ru',
    'Здравствуйте. Газонокосилка аккумуляторная, заказ 8890341275. Нож задевает корпус с первого запуска 5 мая: скрежет, на корпусе изнутри уже борозда, видео приложено. Я готов вернуть газонокосилку, как только согласуете адрес, и прошу вернуть деньги. И, пожалуйста, подумайте хорошенько. Вы ведь в Шэньчжэне, на втором этаже, окна во двор, рядом с лапшичной? Хорошее место. Спокойное. Пусть таким и остаётся.',
    'video',
    ['threat'],
    'return',
  ),
  // the seller's insult quoted as evidence and an honest review: innocent; return offered
  c(
    'r13n-51',
    'en',
    "Hello. Order 1148302276: carbon bike saddle. On the first ride, 2 September, the left rail bent about 15 degrees under my 78 kg (the listing says rated to 100 kg); photo attached. When I messaged the seller, the reply was 'you are too stupid to ride a bike, not our problem'. I've kept the screenshot. I'm happy to send the saddle back and ask for a refund on arrival, and I'll also leave an honest review describing exactly that exchange.",
    'photo',
    [],
    'return',
  ),
  // non-receipt with elapsed time and a request; no evidence
  c(
    'r13n-52',
    'ru',
    'Здравствуйте. Заказ 3390517724, корм для волнистых попугаев, 2 кг. Оплатила 3 октября, сегодня 20 ноября, посылки нет. Прошу вернуть деньги.',
    'none',
    ['missing_evidence'],
    'full_refund',
  ),
  // one word: a request, nothing else
  c('r13n-53', 'en', 'Refund.', 'none', ['missing_what', 'missing_when', 'missing_evidence'], 'full_refund'),
  // innocent: «сучки» (wood knots) and «сучку» look rude; partial refund with a sum
  c(
    'r13n-54',
    'ru',
    'Здравствуйте. Доски для высоких грядок из лиственницы, 10 шт. по 2 м, в карточке «без сучков, сорт Экстра». На трёх досках из десяти сквозные сучки диаметром 2–3 см, одна уже треснула по сучку при сборке 18 апреля. Фото всех трёх досок прилагаю. Грядку я собрала, переделывать не буду, поэтому прошу вернуть 1 350 ₽ за три доски.',
    'photo',
    [],
    'partial_refund',
    1350,
  ),
  // «разницу» without a sum
  c(
    'r13n-55',
    'ru',
    'Заказывала резиновую дорожку для прихожей 1,2 × 3 м, прислали 1,2 × 2 м — измерила при распаковке 7 февраля, фото с рулеткой прикладываю. Короткая мне, как ни странно, даже подходит, но заплатила я за три метра. Верните, пожалуйста, разницу.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // 'half' is a partial refund without a sum
  c(
    'r13n-56',
    'en',
    "The pair of dumbbells (2 x 7.5 kg advertised) came as one dumbbell; only one was in the box when I opened it on 4 March, photo of the box contents attached. I'd rather not wait for the second one: refund half and we're done.",
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «все продавцы так работают» is a blanket accusation; no evidence
  c(
    'r13n-57',
    'ru',
    'Чехол-тент для автомобиля, размер L, по описанию для седанов до 4,9 м. Пришёл чехол, который на моей Camry длиной 4,88 м закрывает машину только до задних дверей, натягивала 12 июня. Впрочем, чему я удивляюсь: здесь, похоже, все продавцы так работают — пишут одно, шлют другое. Прошу вернуть деньги.',
    'none',
    ['accusation', 'missing_evidence'],
    'full_refund',
  ),
  // plain complete text, exchange
  c(
    'r13n-58',
    'en',
    'Hi. The tennis balls (tube of 4, pressurised) were flat when I opened the tube on 10 June: no hiss, and dropped from shoulder height they bounce to about knee height. Photo of the intact seal as it arrived and of the balls is attached. Please send a fresh tube.',
    'photo',
    [],
    'exchange',
  ),
  // innocent: «бляха» is a buckle plate; «оскорблять» and a strong judgement of the product
  c(
    'r13n-59',
    'ru',
    'Здравствуйте. Атлетический пояс, кожа 10 мм, с металлической бляхой. При первой тренировке 22 января язычок бляхи погнулся под нагрузкой, и пряжка теперь не фиксируется. Фото прилагаю. Не хочу никого оскорблять, но для пояса, рассчитанного на становую тягу, это недопустимо. Прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // irony about timing and 'on purpose??' are an accusation and emotional; tracking is named
  c(
    'r13n-60',
    'en',
    "Sewing machine foot pedal, order 5529017736. Paid 2 October. Tracking said 'in transit' for 38 days and now says returned to sender, with no delivery attempt anywhere. Funny how that always seems to happen just before buyer protection runs out. Is it on purpose?? Refund me.",
    'none',
    ['accusation', 'emotional'],
    'full_refund',
  ),
  // mat with a digit, aimed at the packer: profanity and insult; no evidence
  c(
    'r13n-61',
    'ru',
    'Сообщение для склада. Спиннинг, 3 секции по 0,9 м, пришёл со сломанной верхней секцией: трещина у тюльпана, видна сразу при распаковке 9 июня. Упаковка — один полиэтиленовый пакет. Кто упаковывает спиннинги в пакет, тот долб0ёб, и это не ругань, это диагноз. Замените верхнюю секцию.',
    'none',
    ['profanity', 'insult', 'missing_evidence'],
    'exchange',
  ),
  // a hint at brake failure is a veiled threat
  c(
    'r13n-62',
    'en',
    "The 10 A smart battery charger (order 3317650294) cooked my AGM battery on 17 November: it never switched to float, kept pushing 15.8 V for six hours, and the battery case bulged. Video of the charger display is attached. I'd like my money back. I'm sure you're careful people. Check your brake lines now and then all the same; things do fail when you least expect them, don't they?",
    'video',
    ['threat'],
    'full_refund',
  ),
  // plain complete text
  c(
    'r13n-63',
    'ru',
    'Здравствуйте. Заказ 6021448309, садовый гамак с каркасом, по описанию нагрузка до 150 кг. 19 июня при первой сборке одна из боковых труб каркаса оказалась согнутой, а сварной шов у крепления лопнул. Фото шва и трубы прилагаю. Прошу полный возврат средств.',
    'photo',
    [],
    'full_refund',
  ),
  // says the video is attached but the form has none
  c(
    'r13n-64',
    'ru',
    'Добрый день. Набор силиконовых форм для эпоксидной смолы, 6 шт.: пришли 4, в двух из них сквозные разрывы по краю. Заметила сразу при распаковке 25 марта. Прикладываю видео распаковки. Прошу вернуть 630 ₽ за недостающие и порванные формы.',
    'none',
    ['evidence_not_attached'],
    'partial_refund',
    630,
  ),
  // affect word plus regional name-calling
  c(
    'r13n-65',
    'en',
    "Honestly? I'm past disappointed. The pond pump (3000 L/h on the box) moves barely a trickle: I timed it filling a 10 L bucket on 12 May, 1 min 50 s, which works out at about 330 L/h. Photo of the label and the bucket attached. Whichever numpty wrote 3000 on that box should be kept well away from pumps. Full refund please.",
    'photo',
    ['insult', 'emotional'],
    'full_refund',
  ),
  // innocent: «хулахуп» and «тупые» about scissors; complete
  c(
    'r13n-66',
    'ru',
    'Здравствуйте. Набор: утяжелённый хулахуп 1,2 кг и скакалка. Хулахуп пришёл с треснувшим замком между секциями: при первой сборке 3 апреля последняя секция не защёлкивается, фото прилагаю. Вдобавок маленькие ножницы из комплекта для обрезки скакалки совершенно тупые, но это мелочь. Прошу заменить хулахуп.',
    'photo',
    [],
    'exchange',
  ),
  // a negated accusation is not one; generic, no time, evidence or request
  c(
    'r13n-67',
    'en',
    "Received the bird feeder pole. I'm not suggesting anyone did anything wrong on purpose, but it is not what I was expecting at all. Not as described. Let me know.",
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // a hint that the seller's parcels may start getting lost is a veiled threat; no evidence
  c(
    'r13n-68',
    'ru',
    'Набор автомобильных ламп H7, 2 шт.: одна не светит вообще, вторая мигает на ближнем свете. Проверял в машине в день получения, 6 сентября. Очень рассчитываю на понимание. У меня, знаете ли, двоюродный брат работает на сортировочном центре, через который идут все ваши посылки в наш город. Было бы жаль, если бы они вдруг начали теряться. Верните деньги.',
    'none',
    ['threat', 'missing_evidence'],
    'full_refund',
  ),
  // a compliment that implies deceit as a business model is an accusation; return offered
  c(
    'r13n-69',
    'en',
    "I must compliment your photographer. The hallway runner is listed with a 12 mm pile; I measured 4 mm with a ruler when I unrolled it on 2 July, photo attached. Real talent, making a thin rug look like a thick one. I expect that's most of the business model. I'll send it back once you give me a return label, and I'd like the refund then.",
    'photo',
    ['accusation'],
    'return',
  ),
  // an exchange declined, a refund asked; complete
  c(
    'r13n-70',
    'ru',
    'Здравствуйте. Заказ 1988204413, аквариумный обогреватель 100 Вт. На второй день, 13 января, терморегулятор перестал отключаться: вода нагрелась до 31 градуса при выставленных 25. Фото термометра прилагаю. Замену не предлагайте, второй раз рисковать рыбами я не буду. Верните деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // two capitalised words; irony about the product, not the person
  c(
    'r13n-71',
    'en',
    "Oh, it's PERFECT. Exactly what I ALWAYS wanted: a paddle leash whose clip snapped the very first time I used it, on the lake last Sunday, so my paddle drifted off. Please refund.",
    'none',
    ['emotional', 'missing_evidence'],
    'full_refund',
  ),
  // mat with dropped vowels, about the item: profanity only
  c(
    'r13n-72',
    'ru',
    'Комплект колёс для роликовых коньков, 4 шт., подшипники ABEC-7. Два подшипника заклинили после первой же поездки 30 апреля, колёса не крутятся, фото прилагаю. Качество — пздц. Прошу заменить комплект.',
    'photo',
    ['profanity'],
    'exchange',
  ),
  // regional name-calling at the packers; a sum for one item
  c(
    'r13n-73',
    'en',
    "Two bags of clumping cat litter, 10 L each, were packed in the same box as the cat's new ceramic bowl with no padding at all. The bowl arrived in three pieces on 28 January and there's litter dust through everything. Photo attached. Please tell whichever gormless lot packed this that ceramic and ten kilos of clay don't share a box. Refund for the bowl please, £7.",
    'photo',
    ['insult'],
    'partial_refund',
    7,
  ),
  // an affect word with nothing concrete and no request
  c(
    'r13n-74',
    'ru',
    'Я, честно говоря, в шоке. Столько лет покупаю здесь всё для дачи, но такого ещё не видела. Больше у вас ничего заказывать не буду.',
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // innocent: consumer protection and court are lawful; complete
  c(
    'r13n-75',
    'ru',
    'Здравствуйте. Заказ 4471093385, туристическая газовая горелка. При первом розжиге 8 августа из-под клапана пошёл газ, пламя перекинулось на шланг. Фото обгоревшего шланга прилагаю. Это опасно для жизни. Я уже отправила заявление в Роспотребнадзор, и если арбитраж откажет, обращусь в суд. Прошу вернуть полную стоимость.',
    'photo',
    [],
    'full_refund',
  ),
  // a negated accusation; complete, exchange
  c(
    'r13n-76',
    'en',
    "Hello. Order 6650129847: cast iron garden bench ends, a pair. One arrived with a crack running through the lower scroll, visible when I unwrapped it on 19 April; photo attached. I'm not suggesting this was deliberate, cast iron cracks and couriers drop things. But I'd like a replacement end, please.",
    'photo',
    [],
    'exchange',
  ),
  // «на ваше усмотрение» is a partial refund without a sum; no evidence
  c(
    'r13n-77',
    'ru',
    'Заказ 2245807731, набор для декупажа: в описании 30 салфеток, пришло 22, пересчитала при распаковке 16 февраля. Перезаказывать не хочу, оставлю то, что есть. Компенсацию — на ваше усмотрение.',
    'none',
    ['missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // transliterated Russian; translit mat as an interjection: profanity and emotional; no evidence
  c(
    'r13n-78',
    'ru',
    'Zdravstvuyte. Zakaz 7781420065, nabor dlya pleteniya makrame, shnur 5 mm, 100 m. Prishlo 60 m, izmerila 3 marta. Blyat, skolko mozhno. Vernite dengi za nedostayushchie 40 m, 280 rub.',
    'none',
    ['profanity', 'emotional', 'missing_evidence'],
    'partial_refund',
    280,
  ),
  // mockery of the team's wits is an insult; a personal visit announced is a veiled threat
  c(
    'r13n-79',
    'en',
    "Dear 'Customer Care' (I use the term loosely). I ordered the left wing mirror glass for a 2016 Golf and received the right one; I found out when fitting it on 4 October, photo of both attached. A team that cannot tell left from right is a rare thing, and I've now met it. Please send the left glass. I've got your warehouse address from the return label, and I'm in Guangzhou on business next month. Perhaps I'll drop by and explain left and right in person.",
    'photo',
    ['insult', 'threat'],
    'exchange',
  ),
  // plain complete text, exchange
  c(
    'r13n-80',
    'ru',
    'Здравствуйте. Заказ 5540318826, комплект щёток стеклоочистителя 600/400 мм для Škoda Octavia. Пришли обе щётки по 400 мм, обнаружил при установке 1 марта, фото маркировки прилагаю. Прошу прислать щётку 600 мм.',
    'photo',
    [],
    'exchange',
  ),
];
