import { labelled as c, type CorpusCase } from './types';

/**
 * Round fourteen, hold-out set c: English-speaking buyers from the US, the UK, Ireland, India, Nigeria, the Philippines,
 * Australia and South Africa with their own slang and swearing, and Russian-speaking professionals (an accountant, an
 * engineer, a lawyer, a nurse) writing formally, sometimes coldly hostile, about sports gear, instruments and audio, tools,
 * stationery and party supplies. Written by a hand that has not read the analyzer's rules or other corpus files; labels
 * follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Texts without an evidence code name a photo or video and have that file in the form, or give a tracking number (apart
 *   from the empty text and one video promised for tonight, labelled neither as in round thirteen); a file in the form
 *   with no mention of it in the text does not occur.
 * - Ordinary words with rude-looking pieces are innocent: «блин» (a weight plate), «бляха» (a belt buckle), «скипидар»,
 *   «сукно», «застрахуйте», «гребля», «рубля»/"rublya", shuttlecock, cocktail, assorted, butt hinges, cockled, knob,
 *   bum bag; so are the places Cockermouth, Cockburn, Muff, Dickinson and Cumming.
 * - "bloody" alone is a mild intensifier like «блин»: neither rude nor emotional; "you bloody fools" is an insult for "fools".
 * - Swearing in other languages is profanity like mat: Tagalog «put@ng ina» (as an interjection also emotional), Afrikaans
 *   "kak" about the item (profanity only) and "dose" at the staff (profanity and insult); Irish "gobshites" at the staff
 *   is profanity (the root) and insult.
 * - Regional name-calling at the staff is an insult: "numpties", "pack of dropkicks", Pidgin "ode", «олухи»; Pidgin
 *   "wahala", "oga", "abeg", Filipino "po" and Aussie "mate" are neither rude nor emotional.
 * - Mat at the packers as a vocative inside a sentence (уë6ки) is profanity and insult, not emotional without markers.
 * - «сверил с приложением» (an app) does not say that a file is attached.
 * - A sum named for "the difference" or for missing items is a partial refund with that sum; a shipping cost expressly not
 *   claimed does not change it; «полную стоимость, 14 990 ₽» is a full refund because the text says "full".
 * - An exchange with an offer to post the wrong item back stays an exchange; an offer to send the item back for the money
 *   is a return; a bare "Refund." or "Refund po." is a full refund.
 * - "hello??" is not empty (a five-letter word): emotional for "??", and every other part missing.
 */
export const ROUND14_HOLDOUT_C: CorpusCase[] = [
  // «the difference» without a sum; a video promised for tonight is neither evidence_not_attached nor missing (round 13)
  c(
    'r14c-01',
    'en',
    "Bought the 3 m tape measure and it's a 2 m one, the markings stop at 200 cm. Spotted it the first time I used it, last Sunday. I'll upload a video tonight. Just refund the difference.",
    'none',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // says a video is attached but the form has no file
  c(
    'r14c-02',
    'en',
    'Hi, the resistance band set (5 bands) came on Tuesday, Oct 8, and the yellow and green bands have the same tension, both labelled 10 lb; the green one should be 20 lb. See the attached video where I stretch them on a luggage scale. Please send the correct green band.',
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // a careful diagnosis with no date or discovery moment
  c(
    'r14c-03',
    'ru',
    'Электронная ударная установка, модуль и 8 пэдов. Пэд хай-хэта не реагирует на удары ни при какой чувствительности, индикатор входа HH на модуле не загорается. Если подключить этот пэд в гнездо тома, он тоже молчит, а другой пэд в гнезде HH работает, — значит, неисправен сам пэд или его кабель. Видео проверки приложено. Прошу прислать исправный пэд хай-хэта с кабелем.',
    'video',
    ['missing_when'],
    'exchange',
  ),
  // «очень обидно» is affect; non-receipt with elapsed time and tracking number
  c(
    'r14c-04',
    'ru',
    'Месяц жду посылку — набор для скандинавской ходьбы (палки и наконечники), подарок маме на 60 лет. Оплачено 11 ноября, трек-номер YT2431200987654 с 20 ноября показывает «прибыло в сортировочный центр» и больше не меняется. Юбилей уже прошёл, очень обидно. Прошу вернуть деньги.',
    'none',
    ['emotional'],
    'full_refund',
  ),
  // ironic thanks without praise of the person is not rude (r2e-05); discretionary compensation; no evidence
  c(
    'r14c-05',
    'ru',
    'Ну спасибо, удружили: заказывал пару барабанных палочек 5A, а в пакете одна 5A и одна 7A — вторая на 11 мм короче и заметно тоньше. Обнаружил 8 июля, когда сел заниматься. Играть такой парой нельзя. Прошу компенсацию на ваше усмотрение.',
    'none',
    ['missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // accountant's precise report with only «прошу разобраться»: no request
  c(
    'r14c-06',
    'ru',
    'Сообщаю о расхождении по заказу № 8129 0017 7734, получен 14 марта. Заказано: набор для праздника «Пираты» на 12 персон (12 тарелок, 12 стаканов, 12 колпаков, 1 скатерть). Фактически в упаковке: 12 тарелок, 8 стаканов, 12 колпаков, скатерти нет. Фото вскрытой упаковки и содержимого приложено. Прошу разобраться.',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // refuses an exchange and asks for the money back; no evidence
  c(
    'r14c-07',
    'ru',
    'Перчатки боксёрские заказаны 12 oz, а пришли 10 oz — размер вышит на манжете. Получил 28 августа. Замена мне не нужна, к соревнованиям она всё равно не успеет. Верните деньги.',
    'none',
    ['missing_evidence'],
    'full_refund',
  ),
  // innocent: the seller's insult is quoted as evidence, the buyer's own words are calm
  c(
    'r14c-08',
    'ru',
    'Заказывала струны для акустической гитары калибра 10–47, пришли 12–53 — это напечатано на конверте. Обнаружила 22 августа, когда меняла струны. На мой вопрос в чате продавец ответил: «сами вы дура, читать не умеете, там всё написано». Фото конверта, страницы заказа и скриншот этого ответа прилагаю. Прошу прислать комплект 10–47, как в заказе.',
    'photo',
    [],
    'exchange',
  ),
  // Scottish «numpties» at the staff: insult
  c(
    'r14c-09',
    'en',
    "Right, you numpties. I ordered 23 g tungsten darts and you've sent 18 g brass ones; it's printed on the box and my scales say 18.2 g. Found this on Tuesday 14 January when I opened the parcel. Photo of the box and the scales attached. Send the 23 g set please.",
    'photo',
    ['insult'],
    'exchange',
  ),
  // innocent: Filipino buyer quotes the shop's insult as evidence
  c(
    'r14c-10',
    'en',
    "Hello po. My soprano ukulele arrived on 21 August with the bridge lifting off the top: there's a 2 mm gap under the back edge and the strings pull it up more each day. I messaged the shop and the reply was, quote: “you are stupid, you tuned it too high”. I tuned it to standard pitch with a clip tuner. Screenshots of that chat and photos of the bridge are attached. Please give me a full refund.",
    'photo',
    [],
    'full_refund',
  ),
  // concrete defects, photos, a refund, but no time or discovery moment
  c(
    'r14c-11',
    'en',
    "The chalk bag I got has its drawstring sewn shut inside the channel, so the bag can't be closed and chalk spills everywhere. The belt loop is also only stitched on one side. Photos attached. Refund please.",
    'photo',
    ['missing_when'],
    'full_refund',
  ),
  // insult: condescension about the reader's understanding, otherwise complete
  c(
    'r14c-12',
    'ru',
    'Объясню медленно и по пунктам, раз с первого раза у вашего отдела не получилось. Пункт первый: тюнер-прищепка показывает ля первой октавы при 432 Гц, хотя в настройках стоит 440. Пункт второй: это я проверил 4 марта, в день получения, по эталонному генератору и по второму тюнеру. Пункт третий: фото обоих экранов приложены. Пункт четвёртый, самый сложный для вас: пришлите исправный тюнер взамен.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // profanity in Latin look-alike letters as a predicate about the item (no «!»); «приложение» here is an app, not a file
  c(
    'r14c-13',
    'ru',
    'Метроном механический. Два дня назад сверил его с приложением: при установке 120 ударов в минуту даёт 112, при 60 — 57, на всех темпах отстаёт примерно на 6–7 %. Это не метроном, а xyйня. Верните деньги.',
    'none',
    ['profanity', 'missing_evidence'],
    'full_refund',
  ),
  // questioning sanity with «??»: insult and emotional; «половину» is a partial refund without a sum
  c(
    'r14c-14',
    'ru',
    'Вы там в своём уме?? Набор акриловых красок «24 цвета», а в коробке 12 тюбиков, половина ячеек пустая. Вскрыла вчера, 3 октября, при дочери, фото коробки прилагаю. Верните половину стоимости.',
    'photo',
    ['insult', 'emotional', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // sum in words is the amount; otherwise complete
  c(
    'r14c-15',
    'ru',
    'Заказала набор свечей для торта: цифры от 0 до 9 и 24 тонкие свечи. Получила 5 мая, при распаковке в пакете оказались только цифры, тонких свечей нет. Фото пакета и описания товара прилагаю. Прошу вернуть триста двадцать рублей — столько стоят тонкие свечи отдельным лотом в вашем же магазине.',
    'photo',
    [],
    'partial_refund',
    320,
  ),
  // says photos are attached but the form has no file
  c(
    'r14c-16',
    'ru',
    'Гитарный ремень заявлен из натуральной кожи, получен 1 июля. При осмотре в тот же день видно, что это кожзам: на срезе тканевая основа, край при нагреве зажигалкой оплавился, а не обуглился. Фото среза и края прилагаю. Готов вернуть ремень за ваш счёт, деньги прошу вернуть после отправки.',
    'none',
    ['evidence_not_attached'],
    'return',
  ),
  // Afrikaans «kak» about the item and «dose» at the staff: profanity and insult
  c(
    'r14c-17',
    'en',
    "Howzit. Ordered a 40-piece socket set, 1/2 inch drive. The ratchet slipped on the first bolt I tried on Sunday 3 August; the pawl doesn't catch at all. Video attached. This thing is kak and your support keeps sending me the same copy-paste. Julle is 'n klomp dose. Refund the lot.",
    'video',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // innocent: Cumming, GA; offers both items back, so a return
  c(
    'r14c-18',
    'en',
    "Hi! I ordered the unicorn piñata and a “Happy 6th Birthday” banner for my daughter's party, delivered to Cumming, GA on April 11. On assembly the piñata's head was crushed flat with the pull strings torn off, and the banner says “Happy 5th Birthday”. Photos attached. I can send both back; please refund me.",
    'photo',
    [],
    'return',
  ),
  // innocent: cold but lawful steps (Роспотребнадзор, chargeback); «полную стоимость» makes the sum a full refund
  c(
    'r14c-19',
    'ru',
    'Продавцу. Синтезатор на 61 клавишу получен мной 5 мая. С первого включения клавиши до и ре-диез первой октавы не издают звука ни на одном тембре; остальные клавиши работают. Проверено с двумя блоками питания, через встроенные динамики и через линейный выход. Видеозапись проверки прилагаю. Требую вернуть полную стоимость товара, 14 990 ₽, в течение десяти дней. В случае отказа я подам претензию в Роспотребнадзор и заявление в банк о возврате платежа (чарджбэк). Переписка с вами сохранена.',
    'video',
    [],
    'full_refund',
  ),
  // innocent: an honest review announced; sending the missing adapter is an exchange
  c(
    'r14c-20',
    'ru',
    'Микрофонная стойка «журавль» пришла 30 октября. При сборке выяснилось, что резьба на конце стрелы 3/8 дюйма, а в описании указано 5/8 — мой держатель микрофона на неё не накручивается. Переходника в комплекте нет, хотя на фото в карточке он есть. Фото резьбы со штангенциркулем приложено. Прошу прислать переходник 5/8–3/8 или стойку с нужной резьбой. Отзыв напишу после решения, честно, как есть, с фотографиями.',
    'photo',
    [],
    'exchange',
  ),
  // innocent: Nigerian buyer names a chargeback and the consumer regulator as lawful steps
  c(
    'r14c-21',
    'en',
    'Good afternoon. I bought the 61-key keyboard (₦48,500) and it came on 3 March with a US two-pin adapter, although I selected the UK plug (type G) at checkout, as the screenshot of my order page shows. With a travel converter the adapter got hot within 10 minutes on the first day, so I stopped using it. Photo of the adapter and the order screenshot attached. Please send the correct UK adapter (12 V, 1.5 A). If this is not resolved, I will go through my bank for a chargeback and report it to the FCCPC, which is my right as a consumer.',
    'photo',
    [],
    'exchange',
  ),
  // condescension «для особо одарённых»: insult; receipt date next to the mismatch is the time
  c(
    'r14c-22',
    'ru',
    'Для особо одарённых сотрудников повторяю в третий раз. Я заказывала ежедневник, датированный на 2025 год, а получила 20 января датированный на 2023-й: год напечатан на обложке и на каждой странице. Фото обложки и страницы заказа прилагаю. Верните деньги.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // masked mat as an adjective before the item is an intensifier: profanity and emotional; offering it back is a return
  c(
    'r14c-23',
    'ru',
    'Пришла с ночной смены, собрала этот еб@ный штатив для микрофона: нижняя секция не фиксируется, винт-барашек прокручивается, резьба в гнезде сорвана прямо из коробки. Сегодня, 15 марта, первая сборка. Фото гнезда приложила. Готова отправить штатив обратно, деньги верните после получения.',
    'photo',
    ['profanity', 'emotional'],
    'return',
  ),
  // innocent: Aussie «mate», «bum bag», Cockburn; offers to send it back
  c(
    'r14c-24',
    'en',
    "G'day mate. The running bum bag (the 1 L one with the bottle holder) arrived at my place in Cockburn Central on 2 July. On my second run, 6 July, the main zip split open below the slider and my keys fell out; the teeth have pulled away from the tape for about 3 cm. Photos attached. Happy to send it back, just let me know the address, and refund me once it's with you.",
    'photo',
    [],
    'return',
  ),
  // innocent: police report is a lawful step; Dickinson is a town; tracking number
  c(
    'r14c-25',
    'en',
    'Order for a 10 kg kettlebell, tracking number LP00394475120018. Tracking shows it as delivered to my mailbox in Dickinson, ND on January 17, but nothing arrived and my neighbours have nothing either. I filed a report with the local police on January 19; a photo of the report slip is attached. Please refund the order in full.',
    'photo',
    [],
    'full_refund',
  ),
  // the seller's mat quoted as evidence stays profanity; the buyer is calm
  c(
    'r14c-26',
    'ru',
    'Комбоусилитель для электрогитары 20 Вт. С первого включения, 12 января, при положении регулятора громкости выше 3 появляется сильный фон 50 Гц, не зависящий от гитары и кабеля: проверено с двумя гитарами и двумя кабелями. Видео прилагаю, в конце видео — запись экрана с перепиской. На мою просьбу о замене продавец ответил: «иди на х*й, сам сломал». Прошу вернуть полную стоимость.',
    'video',
    ['profanity'],
    'full_refund',
  ),
  // scare quotes around «mistake» are sarcasm about honesty; «ten dollars» in words
  c(
    'r14c-27',
    'en',
    "Second time now you've sent the wrong item. I ordered the set of 48 oil pastels and got the 24-colour set, same as last month. Another 'mistake', of course. Found it on opening the parcel on 3 March. Photo of the box and the listing attached. Refund me ten dollars, that's the price difference between the two sets.",
    'photo',
    ['accusation'],
    'partial_refund',
    10,
  ),
  // «Я в шоке!!!» is emotional; everything else complete; offer to send back is a return
  c(
    'r14c-28',
    'ru',
    'Я в шоке!!! Коврик для йоги заявлен толщиной 8 мм, а я измерила штангенциркулем в день получения, 4 апреля, — 4 мм по всем четырём углам. Фото замеров прилагаю. Готова вернуть коврик, прошу оформить возврат с возвратом денег.',
    'photo',
    ['emotional'],
    'return',
  ),
  // spaced profanity as an adjective before the item, a sentence of its own: profanity and emotional
  c(
    'r14c-29',
    'en',
    "This f u c k i n g mic stand. Opened it on Nov 3 and the boom clutch won't hold a 300 g mic, it droops to the floor no matter how tight I crank it. Photo of it sagging attached. Send me one that actually clamps.",
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // mat disguised with a Latin letter and a digit, aimed at the packers as a vocative: profanity and insult; no evidence
  c(
    'r14c-30',
    'ru',
    'Кахон пришёл с треснувшей фронтальной панелью, трещина идёт от угла до центра, я увидел её, как только снял плёнку 2 декабря. Упаковали, уë6ки, в один слой пупырки. Верните деньги.',
    'none',
    ['profanity', 'insult', 'missing_evidence'],
    'full_refund',
  ),
  // veiled threat: acquaintances near the warehouse may drop by «по-соседски»
  c(
    'r14c-31',
    'ru',
    'Педаль эффектов «овердрайв». Получена 7 февраля, с первого дня футсвитч не срабатывает как надо: эффект включается только при сильном нажатии с перекосом, светодиод мигает. Видео приложено. Прошу вернуть деньги. У меня хорошие знакомые в Шэньчжэне, недалеко от вашего склада. Если вопрос затянется, они могут зайти к вам и поговорить лично, по-соседски.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // euro sum with a decimal comma (6.5); shipping expressly not claimed
  c(
    'r14c-32',
    'ru',
    'Набор одноразовой посуды для вечеринки: 100 бумажных стаканов и 100 тарелок. Получен 10 июня; при пересчёте в тот же день стаканов оказалось 50. Фото пересчитанных стопок приложено. Лот «50 стаканов» у вас стоит €6,50 — прошу частичный возврат в этом размере, €6,50. Стоимость доставки (€1,20) возвращать не нужно.',
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // masked Tagalog swear as an interjection: profanity and emotional
  c(
    'r14c-33',
    'en',
    "Put@ng ina, this is the third time I'm writing. Folding table tennis table: one of the leg hinges cracked on the first day we set it up (June 2) and that whole half now leans. Photos attached, I already sent them twice in chat. Refund po.",
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // innocent: «скипидар» is turpentine in an art set; sum split per item
  c(
    'r14c-34',
    'ru',
    'Покупала дочке набор для масляной живописи: 24 тюбика, кисти, скипидар и льняное масло. Посылку получила 27 мая, при вскрытии увидела, что флакон со скипидаром треснул у горлышка и весь вытек: коробка пропитана, две кисти и палитра в пятнах. Краски целы. Фото флакона и коробки приложила. Прошу частичный возврат за скипидар и кисти — 180 ₽ (флакон 120 ₽ и две кисти по 30 ₽, по ценам из вашей карточки).',
    'photo',
    [],
    'partial_refund',
    180,
  ),
  // «refund half the price» is a partial refund without a sum
  c(
    'r14c-35',
    'en',
    "Dear sir/madam, the sustain pedal for my digital piano, received on 22 July, works in reverse: notes sustain when the pedal is up and stop when I press it. The polarity switch shown in the listing is not on the pedal. Video attached. I can manage with the keyboard's own setting, so please refund half the price.",
    'video',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // near-empty but a five-letter word: not empty_text; «??» is emotional, everything else missing
  c(
    'r14c-36',
    'en',
    'hello??',
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // vague: generic words, no time, no evidence, only «sort it out»
  c(
    'r14c-37',
    'en',
    'Not as described. Poor quality, honestly expected better. Sort it out.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Nigerian Pidgin «ode» (fool) at the staff: insult; «wahala» is not
  c(
    'r14c-38',
    'en',
    'Oga seller, which kind wahala be this? I order cordless drill with 2 batteries, na only 1 battery dey inside when I open am on 18 May. Una be ode? Photo dey attached. Send the second battery abeg.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // innocent: «застрахуйте» contains a rude-looking piece; engineer's complete complaint
  c(
    'r14c-39',
    'ru',
    'Электрогитара, корпус типа «стратокастер», цвет «санберст». Получена 3 апреля; при распаковке обнаружена трещина лака и древесины на грифе в районе 5-го лада, длина около 4 см, уходит под накладку. Коробка снаружи без повреждений, жёсткого вкладыша под гриф в ней не было. Фотографии трещины с линейкой и упаковки приложены. Прошу замену гитары. При повторной отправке, пожалуйста, застрахуйте посылку и положите вкладыш под гриф.',
    'photo',
    [],
    'exchange',
  ),
  // masked «a$$clowns» at the staff: profanity and insult; no time, no evidence; a bare «Refund.»
  c(
    'r14c-40',
    'en',
    "Listen up, a$$clowns. The clip-on bass tuner you sent only has a guitar mode, there's no bass or chromatic mode like the listing says. Your reply about a firmware update doesn't help. Refund.",
    'none',
    ['profanity', 'insult', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // complete report that ends in «What should I do?»: no request
  c(
    'r14c-41',
    'en',
    "Hi, the DJ controller arrived on 28 April and the left jog wheel doesn't register touch: the platter turns but the track doesn't scratch or stop, while the right one is fine. Tested on two laptops with the latest drivers. Video attached. What should I do?",
    'video',
    ['missing_resolution'],
    'none',
  ),
  // plain good text: nurse, symptom, relative time, video, refund
  c(
    'r14c-42',
    'ru',
    'Добрый день. Скакалка скоростная на подшипниках, заказ получен 16 января. Через неделю занятий (около 15 минут в день) левая ручка перестала вращаться: подшипник заклинил, трос перекручивается и цепляется за пол. Видео, где правая ручка крутится, а левая нет, прилагаю. Прошу вернуть деньги.',
    'video',
    [],
    'full_refund',
  ),
  // vague: generic wording, no time, no evidence
  c(
    'r14c-43',
    'ru',
    'Гитарный ремень не соответствует описанию, качество очень плохое. Верните деньги.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // «classic bait and switch» is an accusation next to facts
  c(
    'r14c-44',
    'en',
    "Ordered 10 cutting discs for a 125 mm angle grinder, received 115 mm discs, which don't fit my guard. Noticed it yesterday (June 5) when I went to mount one. Classic bait and switch. Photo of a disc next to the listing screenshot attached. Refund please.",
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // innocent: «бляха» is the belt buckle; the lawyer offers the item back and asks for the return postage too
  c(
    'r14c-45',
    'ru',
    'Уважаемый продавец. 9 октября мною получен атлетический пояс (кожа, 10 мм, размер L). На первой тренировке, 11 октября, бляха пояса разогнулась под нагрузкой 140 кг в приседе: язычок вышел из гнезда, и пояс расстегнулся. Заявленная в описании нагрузка — до 250 кг. Фотографии деформированной бляхи приложены. Товар готов вернуть в полной комплектации. Прошу согласовать возврат и после получения вами пояса перечислить уплаченные 3 870 ₽, а также стоимость обратной пересылки по квитанции, которую приложу к отправлению.',
    'photo',
    [],
    'return',
  ),
  // veiled threat: the seller's home address and car, «would be a shame if…»
  c(
    'r14c-46',
    'en',
    "The guitar stand I ordered arrived on 12 October with a twisted neck cradle, it's turned about 20 degrees so the guitar slides out. Photos attached. Refund me. By the way, your return label has your home address on it, and there's a nice white car parked out front on Street View. Would be a shame if something happened to it while we wait.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // innocent: «butt hinges»; rand sum for the faulty ones
  c(
    'r14c-47',
    'en',
    "Hi there, I ordered 10 brass butt hinges (75 mm) with screws for kitchen cupboards. Fitting them on Saturday 12 April, I found that 4 of the 10 have screw holes that are not countersunk, so the screw heads stick up and the doors won't close flush. Photos of a good and a bad hinge side by side are attached. Please refund R95 for the 4 faulty hinges; I'll source replacements locally.",
    'photo',
    [],
    'partial_refund',
    95,
  ),
  // «gutted!!» is emotional; sending the missing pieces is an exchange
  c(
    'r14c-48',
    'en',
    "Absolutely gutted!! The magic trick kit was for my son's 8th birthday party on Saturday and half the tricks are missing: no linking rings, no wand, no card deck, just the instructions and the cups. I found out on Friday night when I went to wrap it. Photo of what was in the box attached. Please send the missing pieces or a full new kit.",
    'photo',
    ['emotional'],
    'exchange',
  ),
  // masked mat at the seller in a single question: profanity and insult, not emotional
  c(
    'r14c-49',
    'ru',
    'Заказал набор шестигранных ключей в дюймах (SAE, 1/16–3/8) для американского велосипеда. Пришли метрические, 1,5–10 мм, маркировка выбита на каждом ключе. Вскрыл посылку 26 ноября. Фото с маркировкой приложено. Вы там ох*ели? Пришлите дюймовый набор.',
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // «компенсацию» without a sum
  c(
    'r14c-50',
    'ru',
    'Уровень строительный 60 см, пришёл 22 сентября. В тот же день проверил на поверочной плите методом разворота на 180°: горизонтальная ампула даёт погрешность около 3 мм на метр, вертикальная в норме. Для укладки плитки таким уровнем пользоваться нельзя. Фото обоих положений пузырька приложено. Прошу компенсацию, раз вертикальная ампула исправна.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // sarcastic praise of the packers: insult; no evidence
  c(
    'r14c-51',
    'en',
    'Top effort, champions, truly the Olympians of packing: a set of bumper plates thrown in a paper satchel with no tape. Two of the 5 kg plates arrived on 11 March with chunks torn out of the rubber rim and the steel insert loose. Send two new 5 kg plates.',
    'none',
    ['insult', 'missing_evidence'],
    'exchange',
  ),
  // «разницу в стоимости» without a sum
  c(
    'r14c-52',
    'ru',
    'Кабель микрофонный XLR–XLR, в описании длина 5 м. Получен 17 декабря, при измерении рулеткой в тот же день длина 3 м 05 см. Фото рулетки с кабелем приложено. Прошу вернуть разницу в стоимости между кабелем 5 м и 3 м.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // innocent: police and post office are lawful steps; tracking number and documents; long text
  c(
    'r14c-53',
    'ru',
    'Здравствуйте. Посылка с гитарным комбоусилителем, трек-номер RU482915337CN. По отслеживанию 14 июня у неё статус «вручено адресату» в постамате на ул. Гагарина, 12, однако я её не получала: СМС с кодом не приходило, в приложении постамата посылки нет. 16 июня я обратилась в отделение, к которому относится постамат. Сотрудница подтвердила, что закладку делал курьер, но записи камеры у них нет, и выдала справку о том, что вручение не подтверждено. Там же мне посоветовали подать заявление в полицию, что я и сделала в тот же день (талон-уведомление № 1147). Фото справки почты и талона прилагаю, скриншот из отслеживания тоже. Понимаю, что ошибка могла произойти на стороне службы доставки, но товар я не получила. Прошу вернуть полную стоимость заказа; если посылка найдётся, сообщу вам сразу.',
    'photo',
    [],
    'full_refund',
  ),
  // innocent: «cockled» paper, a negated accusation and an honest review; pound sum
  c(
    'r14c-54',
    'en',
    "Hello, the A4 sketch pads (pack of 3) arrived on 2 October. When I opened the pack, the bottom pad was water-damaged: the first 20 sheets are cockled and stuck together at the edge. I'm not suggesting anyone did this on purpose, the outer bag had a tear, so it probably happened in transit. Photos attached. Please refund £4.20 for the one pad. I'll leave an honest review once it's sorted.",
    'photo',
    [],
    'partial_refund',
    4.2,
  ),
  // threat to publish personal data and the children's school; «disgusting» is affect
  c(
    'r14c-55',
    'en',
    "Absolutely disgusting. The ab roller wheel split in half on the third use, 19 February, and I went face first into the floor. Photo of the split wheel and my chin attached. Refund me in full or I'll post your name, your personal WhatsApp and the school your kids go to on every forum I can find. I've done my homework.",
    'photo',
    ['threat', 'emotional'],
    'full_refund',
  ),
  // mat with dropped vowels as an intensifier: profanity and emotional; non-receipt with days and a tracking number
  c(
    'r14c-56',
    'ru',
    'Мне уже пздц как надоело ждать. Гриф для штанги 180 см, оплачен 3 мая, сегодня 19 июня — 47 дней. Трек LP00217743159310 с 15 мая не обновляется. Отменяйте заказ и возвращайте деньги.',
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // veiled threat: knowing the seller's wife and her shop, «было бы неприятно, если…»; per-item sum in dollars
  c(
    'r14c-57',
    'ru',
    'Набор стамесок по дереву, 6 шт. (6, 10, 12, 16, 20, 25 мм). Получен 21 апреля, при вскрытии в кейсе 4 стамески: нет 16 и 25 мм. Фото кейса с пустыми гнёздами приложено. Прошу вернуть стоимость двух недостающих стамесок: 2 × 4,75 $ = 9,50 $. Напоминаю, что ваш склад находится в Иу, а ваша жена торгует на соседней линии того же рынка. Было бы неприятно, если бы с её товаром что-нибудь случилось.',
    'photo',
    ['threat'],
    'partial_refund',
    9.5,
  ),
  // Indian English «you bloody fools» at the staff: insult («bloody» alone is not profanity)
  c(
    'r14c-58',
    'en',
    'Dear seller, I have already written three times. The tabla set arrived on 7 December with the dayan head torn near the rim, photo attached. You bloody fools keep asking me to check the tuning. How can I tune a torn skin? Please send a replacement dayan.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // innocent: Indian English, «cocktail», «assorted»; rupee sum for the shortfall
  c(
    'r14c-59',
    'en',
    'Dear seller, I ordered the cocktail party kit: 100 paper straws (assorted colours), 50 cocktail umbrellas and 50 picks. The parcel reached me on 14 February and while unpacking I counted only 60 straws; the umbrellas and picks are complete. Photo of the counted straws and the pack label is attached. As per your listing a pack of 40 straws is ₹240, so kindly refund ₹240 for the shortfall.',
    'photo',
    [],
    'partial_refund',
    240,
  ),
  // fraud label plus a threat that labels the seller's honesty; no time, no evidence
  c(
    'r14c-60',
    'ru',
    'Массажный пистолет пришёл без двух насадок из четырёх: нет плоской и вилки. Вы жулики и прекрасно это знаете. Люди, которые меня обманывают, потом долго жалеют об этом. Верните деньги.',
    'none',
    ['threat', 'accusation', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // innocent: Irish village of Muff; sending missing screws is an exchange
  c(
    'r14c-61',
    'en',
    "Hi, hurling helmet (senior, size M) delivered to Muff, Co. Donegal on 4 June. Fitting the faceguard that evening I found only 2 of the 4 side screws in the bag, so the guard wobbles and can't be used in a match. Photo of the bag and the loose guard attached. Could you post out the 2 missing screws and clips? That'd be grand.",
    'photo',
    [],
    'exchange',
  ),
  // near-empty: one word of two letters
  c('r14c-62', 'ru', 'Ну?', 'none', ['empty_text'], 'none'),
  // threat to publish the seller's personal data; tracking number is the evidence
  c(
    'r14c-63',
    'ru',
    'Укулеле сопрано, трек LB734190526CN. Оплачено 2 августа, сегодня 52-й день, отслеживание с 10 августа стоит на «передано авиаперевозчику». Ваше настоящее имя и домашний адрес я уже нашла по регистрационным данным магазина. Если до пятницы деньги не вернутся, эти данные окажутся в каждом чате покупателей, куда я смогу написать. Верните деньги.',
    'none',
    ['threat'],
    'full_refund',
  ),
  // innocent: «гребля» in the listing's name; sending a new cable assembly is an exchange
  c(
    'r14c-64',
    'ru',
    'Добрый день. В карточке товар назван «Тренажёр гребля магнитный, 8 уровней». Пользуюсь им с 3 февраля; на пятой тренировке, 14 февраля, тяговый трос перетёрся у выходного ролика: видны разлохмаченные волокна, ручка теперь возвращается рывками. Нагрузку не превышал — мой вес 78 кг при допустимых 120. Видео с демонстрацией дефекта приложено. Прошу прислать новый трос в сборе с роликом (замена узла), остальное в тренажёре исправно.',
    'video',
    [],
    'exchange',
  ),
  // innocent: «сукно» and «рубля» look rude to a careless eye; offering to send the wrong cloth back does not change the exchange
  c(
    'r14c-65',
    'ru',
    'Заказывала сукно для покерного стола, цвет «изумрудный», размер 180 × 90 см, стоимостью 2 342 рубля. 18 июля забрала посылку и при раскрое увидела, что сукно синее, а не зелёное, и на 10 см уже: 180 × 80 см. На ярлыке внутри другой артикул. Фото ярлыка и замеров рулеткой прилагаю. Прошу обмен на сукно из карточки; синее отправлю обратно, если пришлёте ярлык для отправки.',
    'photo',
    [],
    'exchange',
  ),
  // «это развод» is an accusation even next to facts
  c(
    'r14c-66',
    'ru',
    'Набор свёрл по металлу HSS-Co, 19 шт., 1–10 мм, в описании — кобальтовая сталь М35. Проверил 10 ноября, на следующий день после получения: сверло 6 мм затупилось на втором отверстии в листе стали 3 мм, искра на наждаке как у обычной углеродистой стали. Никакого кобальта там нет, это развод. Видео сверления и искры приложено. Верните деньги.',
    'video',
    ['accusation'],
    'full_refund',
  ),
  // profanity with digits for a syllable, a sentence of its own: profanity and emotional
  c(
    'r14c-67',
    'ru',
    '3,14здец. Эспандер ленточный, набор из 5 лент: самая толстая лента лопнула на третий день у петли, при растяжении меньше чем на метр. Хорошо, что не по лицу. Фото разрыва прилагаю. Верните деньги за набор.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // innocent: «блин» is a weight plate; per-item sum with decimal comma
  c(
    'r14c-68',
    'ru',
    'Здравствуйте. Заказ № 8112 4406 3190 — разборные гантели 2 × 10 кг. Получен 12 марта, при вскрытии в пункте выдачи обнаружено 4 блина по 2,5 кг вместо 6 заявленных в описании (по 3 на каждый гриф). Грифы и замки в порядке. Фото содержимого коробки и взвешивания на весах прилагаю. Стоимость одного блина по прайсу продавца — 615,50 ₽. Прошу частичный возврат за два недостающих блина: 2 × 615,50 = 1 231,00 ₽.',
    'photo',
    [],
    'partial_refund',
    1231,
  ),
  // innocent: «knob» and the town of Cockermouth; offering to post it back does not change the exchange
  c(
    'r14c-69',
    'en',
    "Hello, the 15 W practice amp was delivered to my flat in Cockermouth on 9 May. When I unboxed it the same evening, the gain knob had snapped off and was rattling inside the box, and the shaft itself is bent, so a new knob won't sit straight. Photos of the shaft and the broken knob are attached. Could you send a replacement amp, please? I'm happy to post this one back if you provide a label.",
    'photo',
    [],
    'exchange',
  ),
  // innocent: a negated accusation; a named sum for the difference is a partial refund with that sum
  c(
    'r14c-70',
    'ru',
    'Шуруповёрт 18 В, в описании — два аккумулятора по 2,0 А·ч. Получил 2 декабря; на обоих аккумуляторах маркировка 1,5 А·ч, после полной зарядки тестер показал ёмкость 1,42 и 1,46 А·ч. Не утверждаю, что подмена сделана намеренно, скорее всего, ошибка при комплектации. Фото маркировки и показаний тестера приложены. Прошу вернуть разницу в цене между комплектациями — 9,80 $ (по карточке с 2,0 А·ч — 47,30 $, с 1,5 А·ч — 37,50 $).',
    'photo',
    [],
    'partial_refund',
    9.8,
  ),
  // Aussie «pack of dropkicks» in a mocking question: insult; «mate» is not
  c(
    'r14c-71',
    'en',
    'Ordered a 20 kg adjustable kettlebell, got it on 5 March, and the locking pin sheared on the first swing: the plates slid off onto the floor, an inch from my foot. Video attached. What pack of dropkicks tests these? Full refund, mate.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // outburst, fraud label, vague, no time, no evidence, only «разберитесь»
  c(
    'r14c-72',
    'ru',
    'Кошмар какой-то. Заказала набор для фитнеса, всё пришло в ужасном виде. Вы обманщики, больше у вас ничего не куплю. Разберитесь.',
    'none',
    ['emotional', 'accusation', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // innocent: «shuttlecock»; per-item dollar sum
  c(
    'r14c-73',
    'en',
    "Hi, I ordered a tube of 12 feather shuttlecocks (speed 77). I opened the tube at practice on March 8 and there were only 9 inside. Photos of the open tube and the 9 shuttlecocks are attached. Please refund $3.75 for the 3 missing ones ($1.25 each); I'll keep the rest.",
    'photo',
    [],
    'partial_refund',
    3.75,
  ),
  // refuses a replacement and asks for a refund; otherwise complete
  c(
    'r14c-74',
    'en',
    "Good day. The yoga blocks (pair, EVA foam, 23 × 15 × 7.5 cm) arrived on 9 September. On unpacking, one block measures 23 × 15 × 5 cm and is a different shade of purple; the photo with a tape measure is attached. I don't want a replacement because the delivery took five weeks. Refund my money please.",
    'photo',
    [],
    'full_refund',
  ),
  // transliterated mat as an interjection: profanity and emotional; no evidence
  c(
    'r14c-75',
    'ru',
    "Blyat, opyat' ne tot razmer. Kimono dlya karate zakazyvala na rost 160, segodnya poluchila — na birke 170, rukava do kolen. Pomenyayte na 160, pozhaluysta.",
    'none',
    ['profanity', 'emotional', 'missing_evidence'],
    'exchange',
  ),
  // innocent: transliterated Russian, «rublya» contains a rude-looking piece; sending the missing figure is an exchange
  c(
    'r14c-76',
    'ru',
    "Zdravstvuyte. Zakazyvala nabor folgirovannyh sharov-cifr «25» na yubiley mamy, stoimost' 1 152 rublya. 6 sentyabrya poluchila, pri raspakovke okazalos', chto v pakete dve cifry «2», a cifry «5» net. Foto soderzhimogo paketa prilagayu. Proshu srochno otpravit' cifru «5» togo zhe cveta, prazdnik 20 sentyabrya.",
    'photo',
    [],
    'exchange',
  ),
  // Irish «gobshites»: name-calling with a vulgar root, profanity and insult; receipt day next to the missing leg is the time
  c(
    'r14c-77',
    'en',
    "Ye shower of gobshites. Ordered a boxing bag stand, it came on Friday with one of the four legs missing, so it just tips over. Refund me, I'm not waiting another six weeks for a leg.",
    'none',
    ['profanity', 'insult', 'missing_evidence'],
    'full_refund',
  ),
  // innocent: accountant's per-item reconciliation, total stated
  c(
    'r14c-78',
    'ru',
    'Заказ от 2 февраля, получен 19 февраля. При приёмке по описи выявлено расхождение:\n1) ручки гелевые чёрные — заказано 10 шт., получено 7 шт.; недостача 3 шт. × 42,00 ₽ = 126,00 ₽;\n2) тетради А5, 48 л. — 5 шт., соответствует;\n3) маркеры-текстовыделители — заказаны жёлтые, получены 2 шт. розовых; прошу вернуть их стоимость 2 × 65,00 ₽ = 130,00 ₽, отправлять их обратно не требуется.\nИтого к частичному возврату: 256,00 ₽. Фото вскрытой посылки с разложенным содержимым прилагаю.',
    'photo',
    [],
    'partial_refund',
    256,
  ),
  // plain name-calling («олухи») with a mocking question; no time; sum per item in tenge
  c(
    'r14c-79',
    'ru',
    'Заказывал шесть струбцин F-образных 300 мм, пришло четыре. Олухи, вы хоть считать умеете? Фото коробки приложено. Прошу частичный возврат за две недостающие: 2 × 1 450 ₸ = 2 900 ₸.',
    'photo',
    ['insult', 'missing_when'],
    'partial_refund',
    2900,
  ),
  // sarcastic praise of the packers is an insult; «случайно» in quotes is sarcasm about honesty; «на ваше усмотрение» has no sum
  c(
    'r14c-80',
    'ru',
    'Браво, гении комплектации. Растяжка «С днём рождения, Алиса» пришла в виде «С днём рожения, Аиса»: нет букв «Д» и «Л». Обнаружила 11 ноября, когда развешивала её за час до праздника. И, конечно, «случайно» не хватает именно тех букв, которые отдельно не купишь. Фото растяжки приложено. Компенсацию назначьте на ваше усмотрение.',
    'photo',
    ['insult', 'accusation', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
];
