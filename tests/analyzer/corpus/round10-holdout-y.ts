import { labelled as c, type CorpusCase } from './types';

/**
 * Round ten, hold-out set Y: written by an independent hand that has read only analyzer-notes.md section 1 and the
 * README's labelling decisions. Slant of this hand: young, fast, chatty buyers (slang, emoji, abbreviations, typos,
 * run-on sentences, little punctuation) next to older formal buyers, regional and non-native writers, and a few
 * Russian texts in Latin letters. Labels follow the definitions, not any program's output.
 *
 * Decisions taken where the definitions and earlier rounds were silent:
 * - Object and pointer emoji (📦, 📷) are not emotive; crying faces (😭) are.
 * - Chat filler ("lol", "ngl", "fr", "плиз", "прив", «слышь продавец») is neither emotional nor rude.
 * - Feeling told in ordinary words («сидела и ревела», "cried the whole evening") is an affect marker → `emotional`.
 * - Teen slang aimed at staff («скуфы без мозгов», "melts", "fala", "duffers", "ullu ke pathay", «телепни»,
 *   «ахмоқлар») is `insult`; "bro", "mate", "yaar", "brother" are not.
 * - "Which X packed this?" / «хомяк упаковывает?» mocking comparisons of staff to animals or children are `insult`.
 * - Mat with a digit or Latin look-alikes («6ля», «xyйня» with Latin x/y) is mat; `6лин`-style softer words are not.
 * - Mat at the seller in a question («вы там совсем ohueli?») is `profanity` + `insult`, not `emotional` (no marker).
 * - Words containing rude-looking strings (скипидар, застрахуйте, потребляет, оскорблять, колеблющихся, shiitake,
 *   Cockburn, Clitheroe, assorted bass, fanny pack) are innocent.
 * - A receipt or discovery date next to a defect counts as "when"; "it's been forever" and "still" do not.
 * - A threat tacked on after a complete, polite complaint is still `threat` (blocker).
 * - A quoted insult from the seller without mat is innocent; quoted mat (even masked) is `profanity` only.
 * - "refund the difference", "half", «на ваше усмотрение» → partial_refund with null amount.
 * - "I'll send it back, just refund me" → `return`.
 * - Stating a wrong pickup point or customs hold plus a tracking number / post-office letter is a concrete problem
 *   (non-receipt) with evidence.
 */
export const ROUND10_HOLDOUT_Y: CorpusCase[] = [
  // ── Russian: insults without a swear word ──────────────────────────────────────────────────────────────────
  // Condescension in teen register ("объясню по слогам", "у вас не доходит"): insult; otherwise complete.
  c(
    'r10y-01v',
    'ru',
    `ладно, объясню медленно и по слогам, раз с первого раза у вас не доходит: фильтр для аквариума гудит но воду не качает вообще, а заборная трубка треснута, это было видно сразу при распаковке 20.11, видео в приложении. верните деньги пжлст`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // Ukraine-born buyer calls warehouse staff «телепни» (regional word for fools): insult, nothing else missing.
  c(
    'r10y-02',
    'ru',
    `Ну вы и телепни на складе, шо тут скажешь. Заказывала комбинезон ребёнку на рост 104, а пришёл 86 — на бирке так и написано, фото бирки прикладываю. Получила в пятницу, 28 ноября. Прошу обменять на 104.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Sarcastic praise of a failure («браво, гении логистики»), parcel handed out at the wrong pickup point; the
  // tracking number is the evidence, no file needed.
  c(
    'r10y-03',
    'ru',
    `Браво, гении логистики, такого я ещё не видела: выбрала пункт выдачи на Мира 12, а посылку отвезли на Ленина 5 и там выдали кому-то другому. Трек LP00412837561CN, статус «вручено» с 19 ноября, но я ничего не получала. На Ленина 5 я ходила дважды, 20 и 21 ноября, и мне сказали, что выдали по чужому коду. Там только развели руками. Верните деньги.`,
    'none',
    ['insult'],
    'full_refund',
  ),
  // Mocking comparison of the packer to a hamster: insult. Offers to send the headlight back → return.
  c(
    'r10y-04v',
    'ru',
    `У вас там товар хомяк упаковывает? Фара на Киа Рио 2017 пришла с отломанным верхним креплением, коробка смята в гармошку, я вскрывал прямо на почте 15.11 и снимал на видео. Готов отправить фару обратно, оформите возврат с возвратом денег.`,
    'video',
    ['insult'],
    'return',
  ),
  // ── Russian: veiled threats ───────────────────────────────────────────────────────────────────────────────
  // A cousin living near the warehouse who "may drop in to talk": veiled threat after a complete complaint.
  c(
    'r10y-05v',
    'ru',
    `Катушка для спиннинга: ручка болтается, люфт в пол-оборота. Заметил в субботу на первой же рыбалке. Видео прикладываю. Верните деньги. И имейте в виду, у меня двоюродный брат живёт в Иу, недалеко от вашего склада, он может и лично зайти поговорить, если будете тянуть.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // Teen threatens to leak the seller's WeChat and daughter's photos to public pages: publishing personal data.
  c(
    'r10y-06',
    'ru',
    `палетка теней пришла раскрошенная, 3 оттенка из 12 просто в пыль, сфоткала сразу как открыла 1 декабря. остальные 9 норм. верните 400 руб за испорченные. брала подруге на днюху. и да, ваш вичат и фотки вашей дочки я уже нашла, будет забавно если они всплывут в паре пабликов`,
    'photo',
    ['threat'],
    'partial_refund',
    400,
  ),
  // Older formal buyer, polite but ominous ("I know the address… and not only the shop's"): threat. One "!" only.
  c(
    'r10y-07',
    'ru',
    `Уважаемый продавец! Мною были заказаны мебельные петли под чашку 35 мм, фактически получены петли под чашку 26 мм. Это установлено замером штангенциркулем 25.11.2026, фотографии прилагаю. Прошу произвести замену на петли 35 мм. Настоятельно не рекомендую доводить до того, чтобы я приехал разбираться лично: адрес вашего магазина в Гуанчжоу мне известен, и не только магазина.`,
    'photo',
    ['threat'],
    'exchange',
  ),
  // ── Russian: disguised profanity ─────────────────────────────────────────────────────────────────────────
  // «xyйня» typed with Latin x and y, a noun about the item: profanity only.
  c(
    'r10y-08',
    'ru',
    `заказывала PLA пластик 1.75 мм, а пришла какая-то xyйня: диаметр скачет от 1.6 до 1.9, замерила микрометром в десяти местах, когда принтер забился на первой же печати. фото замеров прикладываю, верните деньги`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Digit for a letter («6ля») as an interjection: profanity + emotional.
  c(
    'r10y-09v',
    'ru',
    `6ля ну как так. поставил дисплей на айфон 11, нижняя треть тача вообще не реагирует, это сразу после установки 28.11, видео где тыкаю по экрану прикладываю. пришлите нормальный дисплей на замену`,
    'video',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // Translit mat aimed at the seller ("vy tam sovsem ohueli?"): profanity + insult; a single "?" is not emotional.
  c(
    'r10y-10',
    'ru',
    `Prodavec, vy tam sovsem ohueli? Zakazal nabor igl dlya shvejnoj mashinki 20 sht, prishlo 12, pereschital pri poluchenii 30 noyabrya, foto prikladyvayu. Vernite 150 rublej za nedostachu.`,
    'photo',
    ['profanity', 'insult'],
    'partial_refund',
    150,
  ),
  // Vowels dropped («пздц») as an interjection: profanity + emotional. Second wrong-size hat in a row.
  c(
    'r10y-11',
    'ru',
    `пздц, опять. второй заказ подряд и снова вместо шапки на 52 см прислали на 46, мерила сантиметровой лентой в тот же вечер как забрала с пункта, фотки с лентой прикладываю. деньги верните`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Seller's masked mat quoted as evidence: reported speech, but quoted mat is still profanity (only).
  c(
    'r10y-12',
    'ru',
    `Видеорегистратор перестаёт записывать на карту примерно через 5 минут и перезагружается, так с первой поездки 18 ноября. Когда я написал об этом продавцу, он ответил «иди на х*й, брак не наш» — скриншот переписки прикладываю вместе с фото экрана. Прошу полный возврат.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Uzbek buyer: «ахмоқлар» (fools) aimed at the seller: insult in another language.
  c(
    'r10y-13',
    'ru',
    `Ассалому алейкум. Вы что, ахмоқлар, разницу не видите? Заказал шланг для аквариума 16/22 мм, пришёл 12/16, померил 3 декабря когда начал подключать фильтр, фото прикладываю. Прошу заменить на правильный.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Teen slang name-calling («скуфы без мозгов») + «специально» (intent label) + "??": insult, emotional, accusation.
  c(
    'r10y-14',
    'ru',
    `вы реально скуфы без мозгов или специально так делаете?? кроссы детские 32 размер, а стелька 18 см вместо 20,5 по вашей же таблице, мерила линейкой в день получения, фото в приложении. заказ делала 10 ноября. ребёнок в них даже не влезает. верните деньги`,
    'photo',
    ['insult', 'emotional', 'accusation'],
    'full_refund',
  ),
  // ── Russian: innocent and complete (ready) ───────────────────────────────────────────────────────────────
  // Lawful steps stated firmly (chargeback, Роспотребнадзор) are not threats.
  c(
    'r10y-15v',
    'ru',
    `Светильник для аквариума на 60 см: горит только половина светодиодов, левая сторона тёмная с первого включения 22.11, видео прикладываю. Прошу вернуть деньги. Если до 10 декабря ответа не будет, я оформлю чарджбэк через банк и напишу жалобу в Роспотребнадзор.`,
    'video',
    [],
    'full_refund',
  ),
  // «скипидар» contains a rude-looking string; named sum for the difference → partial 180.
  c(
    'r10y-16',
    'ru',
    `Заказывал живичный скипидар 0,5 л для мастерской, пришла бутылка 0,25 л — так и на этикетке написано, сфотографировал при получении 27.11. Прошу вернуть разницу — 180 рублей.`,
    'photo',
    [],
    'partial_refund',
    180,
  ),
  // «оскорблять» (contains «бля») in a polite disclaimer; wrong thread colour with numbers; receipt date counts.
  c(
    'r10y-17',
    'ru',
    `Я не хочу никого оскорблять, ошибки бывают у всех: вместо мулине DMC 310 (чёрный) пришло 321 (красный), номер на бандероли видно на фото. Получила в понедельник, 1 декабря. Пришлите, пожалуйста, правильный цвет, 310.`,
    'photo',
    [],
    'exchange',
  ),
  // Seller's insult quoted by an older buyer as evidence (no mat): reported speech, innocent.
  c(
    'r10y-18',
    'ru',
    `Здравствуйте. Я пенсионерка, заказала тонометр на плечо. При первом же измерении 29 ноября манжета не накачивается — воздух выходит через шов, это видно на фото. Продавцу написала, а он в ответ назвал меня «тупой бабкой, которая не умеет читать инструкцию», скриншот тоже прикладываю. Прошу вернуть деньги.`,
    'photo',
    [],
    'full_refund',
  ),
  // Negated accusation («не говорю, что специально»); «колеблющихся» contains «еб». "Send the 20 g ones" → exchange.
  c(
    'r10y-19',
    'ru',
    `Я не говорю, что это специально, скорее всего пересорт на складе: вместо колеблющихся блёсен по 20 г пришли по 10 г, взвесила на кухонных весах 2 декабря, фото весов прикладываю. Пожалуйста, отправьте 20-граммовые.`,
    'photo',
    [],
    'exchange',
  ),
  // Irony about the result with no praise of a person («вот это подарочек»): not rude.
  c(
    'r10y-20',
    'ru',
    `Вот это подарочек к Новому году, конечно: в описании держатели для полок из нержавейки, а пришло крашеное железо, и через три дня в ванной краска облезла и пошла ржавчина. Фото прикладываю. Верните деньги.`,
    'photo',
    [],
    'full_refund',
  ),
  // Teen casual register, object emoji 📷 only, "прив"/"плиз": innocent and complete.
  c(
    'r10y-21',
    'ru',
    `прив, заказывала чехол на самсунг а54, а пришёл на а53 — вырез под камеру не совпадает и кнопки не там, проверила сразу как достала из пакета 📷 фотки прикрепила. можно обмен на а54 плиз`,
    'photo',
    [],
    'exchange',
  ),
  // Translit, non-receipt with a tracking number and a month of waiting: ready without files.
  c(
    'r10y-22',
    'ru',
    `Zdravstvujte, posylka ne prishla, trek RB123456789CN ne obnovlyaetsya s 5 noyabrya, zhdu uzhe mesyac. Vernite dengi pozhalujsta.`,
    'none',
    [],
    'full_refund',
  ),
  // Second dispute on the same order: the resent zipper never arrived (tracking, 25 days); named sum.
  c(
    'r10y-23',
    'ru',
    `Это уже второй спор по этому заказу. В первом вы обещали доотправить молнию для куртки, и я спор закрыла. Прошло 25 дней, а трек LV384920175CN с 8 ноября так и стоит на «принято», до меня ничего не дошло. Прошу вернуть стоимость молнии — 95 рублей.`,
    'none',
    [],
    'partial_refund',
    95,
  ),
  // Seller changed the listing after the order (factual, dated, screenshot): not an accusation; sum 1 050 ₽.
  c(
    'r10y-24',
    'ru',
    `Вы изменили описание после моего заказа: 12 ноября в карточке было «комплект 4 шт.», сейчас там «1 шт.», и пришла мне одна направляющая. Заказ оплачен в тот же день. Посылку получил 30 ноября. Скриншот карточки от 12.11 и фото содержимого посылки прикладываю. Верните, пожалуйста, за три недостающие — 1 050 ₽.`,
    'photo',
    [],
    'partial_refund',
    1050,
  ),
  // Reply to a request for more photos; declines the $5 offer, asks for a full refund.
  c(
    'r10y-25',
    'ru',
    `Вы просили ещё фото — прикладываю три. Трещина на корпусе помпы идёт от входного патрубка вниз, лучше всего видно на втором снимке сбоку. Трещину я нашла при распаковке 26.11, помпу даже не включала. Частичный возврат 5 долларов меня не устраивает. Прошу полный возврат.`,
    'photo',
    [],
    'full_refund',
  ),
  // «потребляет» (contains «бля») and «застрахуйте» (contains «хуй»): innocent; measured wattage mismatch.
  c(
    'r10y-26v',
    'ru',
    `Компрессор для аквариума потребляет 38 Вт вместо заявленных 5 Вт и сильно греется — замерил ваттметром в первый же вечер, видео прикладываю. Прошу замену, и застрахуйте, пожалуйста, повторную отправку.`,
    'video',
    [],
    'exchange',
  ),
  // Short formal lost-parcel text with elapsed time and a tracking number.
  c(
    'r10y-27',
    'ru',
    `Здравствуйте. Посылка так и не пришла, прошло уже 52 дня, трек-номер RS271845903CN не обновляется с 14 октября. Прошу вернуть деньги.`,
    'none',
    [],
    'full_refund',
  ),
  // ── Russian: needs work ──────────────────────────────────────────────────────────────────────────────────
  // "вообще не то что на картинке", «не соответствует описанию»: vague → missing_what; «бабки» = money (refund).
  c(
    'r10y-28',
    'ru',
    `короче пришло вообще не то что на картинке, ну прям совсем не соответствует описанию, распаковала вчера вечером, фотки в приложении. верните бабки`,
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // Feeling in ordinary words («сидела и ревела над этой коробкой»): emotional; otherwise complete.
  c(
    'r10y-29v',
    'ru',
    `Это был подарок сыну на день рождения, и я честно сидела и ревела над этой коробкой. Машинка на радиоуправлении едет, но передние колёса не поворачивают, сервопривод только щёлкает. Пульт новый, батарейки меняли. Обнаружили при первом запуске 30 ноября, видео прикладываю. Верните деньги.`,
    'video',
    ['emotional'],
    'full_refund',
  ),
  // Slang fraud labels («кидалово», «всех так разводите»): accusation even with facts.
  c(
    'r10y-30v',
    'ru',
    `наушники: правый не заряжается, в кейсе даже индикатор не загорается, со второго дня так, видео в приложении. кидалово чистой воды, вы походу всех так разводите. верните деньги`,
    'video',
    ['accusation'],
    'full_refund',
  ),
  // Missing parts named concretely, photo, request to send them (exchange) — but no time or discovery moment.
  c(
    'r10y-31',
    'ru',
    `Набор шестигранников должен быть из 9 штук, в коробке 7 — нет размеров 1,5 и 2 мм, фото ложемента с пустыми гнёздами прикладываю. Прошу доотправить недостающие два ключа.`,
    'photo',
    ['missing_when'],
    'exchange',
  ),
  // Concrete mismatch and discovery, but no evidence named and no file.
  c(
    'r10y-32',
    'ru',
    `Чехлы на сиденья заказывал для Лады Весты, а прислали на Гранту — подголовники и крепления не совпадают, выяснил вчера при установке. Прошу обменять на Весту.`,
    'none',
    ['missing_evidence'],
    'exchange',
  ),
  // Complete except the request: «ну и что мне теперь делать?» is not one (single "?").
  c(
    'r10y-33',
    'ru',
    `Пальто для дочки брали на рост 128, а рукав 38 см, как на 110, замеряла 3 декабря по вашей же таблице, фото с сантиметром прикладываю. Ну и что мне теперь с ним делать?`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // «верните часть суммы на ваше усмотрение»: partial refund without a sum.
  c(
    'r10y-34',
    'ru',
    `Крючки офсетные пришли №2 вместо №4 — видно на фото рядом с линейкой, получила 1 декабря. Оставлю себе, верните часть суммы на ваше усмотрение.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "видео вскрытия прикладываю" but the form has no file: evidence_not_attached only.
  c(
    'r10y-35',
    'ru',
    `Шуруповёрт пришёл без аккумуляторов, хотя в описании комплект с двумя АКБ и зарядкой. Вскрывал посылку на почте 24.11, видео вскрытия прикладываю. Верните полную стоимость.`,
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // A two-letter word: empty text only.
  c('r10y-36', 'ru', `ок`, 'none', ['empty_text'], 'none'),
  // Four words: non-receipt and a month of waiting are there; "??" emotional; no evidence, no request.
  c(
    'r10y-37',
    'ru',
    `где посылка?? месяц жду`,
    'none',
    ['too_short', 'emotional', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Reply in an ongoing dispute with a capitalised sentence: emotional; tracking number and date make it otherwise complete.
  c(
    'r10y-38',
    'ru',
    `Третий раз пишу одно и то же: ТРЕК НЕ ОБНОВЛЯЕТСЯ С 10 ОКТЯБРЯ. Трек-номер RU283746519CN, посылку с наживкой и грузилами я так и не получила. Я спрашивала уже 20 и 27 ноября. Ответа нет. Верните деньги.`,
    'none',
    ['emotional'],
    'full_refund',
  ),
  // Scare quotes around «случайно» (sarcasm about honesty): accusation; named sum 70.
  c(
    'r10y-39',
    'ru',
    `ну конечно, «случайно» положили 3 пуговицы вместо 10, как и в прошлый раз. пересчитала при распаковке 29.11, фото прикладываю. верните 70 руб за недостающие 7 шт`,
    'photo',
    ['accusation'],
    'partial_refund',
    70,
  ),
  // Translit teen, «слышь продавец» is rude in tone but not name-calling; non-receipt without time, evidence, request.
  c(
    'r10y-40',
    'ru',
    `slysh prodavec, kogda uzhe otpravite moi stikery, skolko mozhno zhdat`,
    'none',
    ['missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // ── English: insults without a swear word ────────────────────────────────────────────────────────────────
  // Condescension ("so whichever braincell is on shift can keep up"): insult; otherwise complete.
  c(
    'r10y-41',
    'en',
    `ok i'll type this slow so whichever braincell is on shift today can keep up: the replacement battery for my pixel 6 swelled up and lifted the screen two days after i put it in. it was fine the first day. then the back glass popped off. photo attached. refund pls`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Kenyan buyer: "fala" (Sheng for fool) aimed at the packer: insult. Measured temperature is the symptom.
  c(
    'r10y-42v',
    'en',
    `Which fala packed this heater? The 100W aquarium heater's thermostat is stuck on. My tank was at 34°C on Tuesday morning when I checked the thermometer, and the light on the heater never switches off. I have a video of the thermometer and the heater light. I unplugged it and I want my money back.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // UK slang "melts" aimed at warehouse staff: insult ("mate" is not). Wrong brake pads found when fitting.
  c(
    'r10y-43',
    'en',
    `Absolute melts in that warehouse mate. Ordered front brake pads for a 2014 Focus, got rears, checked the part number against the old ones when I went to fit them on Saturday, photo of both attached. Send the fronts please.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Sarcastic praise ("employee of the month material"): insult. One capitalised word is not shouting.
  // "I'll send it back, just refund me" → return.
  c(
    'r10y-44',
    'en',
    `wow, employee of the month material whoever picked my order, i asked for the LEFT wing mirror glass and got the right one. noticed when fitting it on 12/02, photos attached. i'll send it back, just refund me`,
    'photo',
    ['insult'],
    'return',
  ),
  // Mocking comparison of the QC team to a toddler in oven mitts: insult.
  c(
    'r10y-45',
    'en',
    `A toddler in oven mitts would've done a better job than your QC team. Half the brass 0.4 nozzles in the kit have no hole drilled through at all, checked each one with a cleaning needle when I unpacked them on 11/28, photo attached. I print every day and I know what a blocked nozzle looks like. These were never drilled. Refund please.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Indian English "duffers" aimed at support staff: insult; named sum for the missing length.
  c(
    'r10y-46',
    'en',
    `Sir, your support staff are total duffers, three times they have asked me the same question. I ordered saree fall of 5 metres. I received only 3 metres. I measured with tape on 2nd December and the photos are attached again. Kindly refund $3 for the missing 2 metres.`,
    'photo',
    ['insult'],
    'partial_refund',
    3,
  ),
  // Pakistani buyer: "ullu ke pathay" (Urdu, fools) aimed at the packing team: insult; "Brother" is not.
  c(
    'r10y-47',
    'en',
    `Brother your packing team are proper ullu ke pathay. Ordered kids school shoes EU 34 for my son, box says 34 but the shoe inside is stamped 31, we noticed when he tried them on 29 Nov, photo of the stamp attached. Please exchange for real 34.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // ── English: veiled threats ───────────────────────────────────────────────────────────────────────────────
  // "Mates who'd pop into your shop for a little chat": associates visiting, threat after a complete complaint.
  c(
    'r10y-48v',
    'en',
    `2 of the 4 bite alarms don't beep at all, found out on my first session last weekend, video attached. Refund please. Oh and I've got mates who do business in Yiwu every month, they'd be happy to pop into your shop and have a little chat about it.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // Doxxing in teen register ("be a shame if it ended up in every buyer group chat"): threat; "lol" is filler.
  c(
    'r10y-49',
    'en',
    `led strip was supposed to be 10m, reel's only 5m, measured it when i unboxed on 12/01 pic attached. the reel label even says 10m. the controller works fine tho. refund $6 for the missing half. btw found ur real name and home address off the business license lol, be a shame if it ended up in every buyer group chat`,
    'photo',
    ['threat'],
    'partial_refund',
    6,
  ),
  // German buyer, ominous calm ("I know where the family lives… I fly to China in January. Think about it."): threat.
  c(
    'r10y-50',
    'en',
    `I ordered drawer slides 450 mm. I received 350 mm, measured with tape on 27.11.2026, photos are attached. I want exchange to 450 mm. I am a patient man. But I know where the family of the shop owner lives in Shenzhen, and I fly to China in January. Think about it.`,
    'photo',
    ['threat'],
    'exchange',
  ),
  // ── English: disguised profanity ─────────────────────────────────────────────────────────────────────────
  // "fvcking" as an intensifier: profanity + emotional. Shade mismatch by number.
  c(
    'r10y-51',
    'en',
    `what a fvcking joke. ordered foundation in shade 120 ivory, bottle says 120 but what's inside is way darker, same as my old 220, noticed when I opened it Monday, swatch photo next to my old bottle attached. send the right shade`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // Masked "a$$clowns" aimed at people: profanity + insult (no emotion marker).
  c(
    'r10y-52',
    'en',
    `you absolute a$$clowns, I ordered a screen protector for iPhone 15 Pro and got one for the plain 15, the camera cutout covers half the lenses, found out when I put it on Sunday, photo attached. send the Pro one`,
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // The agent's masked mat quoted as evidence: profanity only (the quoted "stupid" is not the buyer's insult).
  c(
    'r10y-53',
    'en',
    `Bobbins are class 15 but the listing and my order say class 66. Found out when they didn't fit my Singer on 2 Dec, photo attached. When I complained, your agent Lily wrote "stop bothering me you stupid b*tch". The screenshot of that chat is attached too. Full refund please.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // ── English: innocent and complete (ready) ───────────────────────────────────────────────────────────────
  // Chargeback and Trading Standards stated firmly: lawful steps, not threats.
  c(
    'r10y-54v',
    'en',
    `OBD2 scanner won't pair over Bluetooth, the PIN 1234 from the manual gets rejected every time, since the first try on 11/24, video attached. Please refund. If it's not sorted by Friday I'm filing a chargeback with my bank and reporting the listing to Trading Standards.`,
    'video',
    [],
    'full_refund',
  ),
  // "shiitake" and "Cockburn Street" contain rude-looking strings: innocent.
  c(
    'r10y-55',
    'en',
    `The shiitake grow kit arrived at my flat on Cockburn Street completely dried out, the block is cracked and there's no white mycelium anywhere. The kit was a present for my mum. It never even got any water. I opened it the same day, 30 Nov, photo attached. Please refund.`,
    'photo',
    [],
    'full_refund',
  ),
  // "fanny pack" (rude in UK English, innocent here); concrete zipper failure on the first trip.
  c(
    'r10y-56',
    'en',
    `Got the waterproof fanny pack for kayaking and the zipper teeth split apart as soon as it's closed, so it leaked on the very first trip on Sunday. Photos of the split zipper attached. Full refund please.`,
    'photo',
    [],
    'full_refund',
  ),
  // "assorted", "bass" and "Clitheroe" contain rude-looking strings: innocent; weight measured.
  c(
    'r10y-57',
    'en',
    `Ordered the assorted bass jigs, 10 g each per the listing, shipped to my address in Clitheroe. On my kitchen scale they weigh 5 g, checked the day they arrived, photo of the scale attached. The listing photo shows 10 g on the packet. The packet I got says 5 g. Please send the 10 g ones.`,
    'photo',
    [],
    'exchange',
  ),
  // The seller's insult quoted as evidence (after "replied"): reported speech, innocent.
  c(
    'r10y-58',
    'en',
    `Seller replied to me "you are idiot, learn to read size chart". But the listing chart says size 110 is 34 cm chest width, and this jacket measures 29 cm flat. I measured it the day it arrived, photos with the tape are attached. My son is 108 cm tall, so he needs a real 110. Please exchange it for a jacket that matches the chart.`,
    'photo',
    [],
    'exchange',
  ),
  // Negated accusation ("not saying anyone did this on purpose"): innocent.
  c(
    'r10y-59',
    'en',
    `I'm not saying anyone did this on purpose, probably just a warehouse mix-up: I ordered 2 spools of black PETG and both are white. Noticed when unpacking on Nov 29, photo of the labels attached. Please send the black ones.`,
    'photo',
    [],
    'exchange',
  ),
  // Irony about the result, no praise of a person: not rude.
  c(
    'r10y-60v',
    'en',
    `Well, that's one way to make a 12V aquarium pump interesting: it rattles like a maraca and moves zero water. Started on the second day, video attached. Please refund.`,
    'video',
    [],
    'full_refund',
  ),
  // Teen casual with "ngl", "tbh"-style filler and an object emoji 📦: innocent and complete.
  c(
    'r10y-61v',
    'en',
    `ngl the left earcup on these headphones has zero sound, tried it on 3 diff phones the night it came (tue), vid attached 📦 can i just get a refund pls`,
    'video',
    [],
    'full_refund',
  ),
  // Malaysian English, non-receipt with tracking and a date: ready without files.
  c(
    'r10y-62',
    'en',
    `Parcel never reach me leh. Tracking LY583920174CN says delivered to Pos Laju Shah Alam on 18 Nov. But no slip in my letterbox, nothing. I already check at the counter two times and they say no record of my parcel. My neighbour also never receive anything for me. Please refund.`,
    'none',
    [],
    'full_refund',
  ),
  // Irish buyer, parcel at the wrong pickup point, tracking and date: non-receipt, ready.
  c(
    'r10y-63',
    'en',
    `Parcel went to the pickup point in Galway instead of the one in Athlone I picked, tracking RR918273645CN shows it sitting there since the 3rd and they won't move it. I'm not driving two hours for it, please refund.`,
    'none',
    [],
    'full_refund',
  ),
  // Spanish buyer, customs hold due to the declared value (factual, not a label), post-office letter attached.
  c(
    'r10y-64',
    'en',
    `The parcel is stopped in customs in Madrid since 15 of November. The declared value on it is 2 dollars but the item cost 60 dollars, so customs ask me 40 euros of penalty before they release it. I did not choose this value. I attach the letter from Correos. I want the full refund please.`,
    'photo',
    [],
    'full_refund',
  ),
  // Second dispute on the same order: resent presser foot never arrived; tracking number, 31 days, $4.50.
  c(
    'r10y-65',
    'en',
    `This is my second dispute on this order. I closed the first one because you promised to resend the missing presser foot. The tracking number you gave me, YT2230494817263, hasn't moved since Nov 2, that's 31 days now. Please refund $4.50 for the foot.`,
    'none',
    [],
    'partial_refund',
    4.5,
  ),
  // Reply to the seller's $2 offer: declined, the request that follows is $5.
  c(
    'r10y-66',
    'en',
    `Thanks for the offer of $2, but the bolt kit is missing 8 of the 20 M6 bolts, counted them right after opening, photo attached. I'd like $5 back instead.`,
    'photo',
    [],
    'partial_refund',
    5,
  ),
  // German buyer: honest review and Verbraucherzentrale are lawful steps; measured wattage.
  c(
    'r10y-67',
    'en',
    `The USB-C charger is sold as 65W but gives only 18W to my laptop, measured with a USB tester on the first day, photo of the tester display attached. Please refund. Otherwise I will leave an honest review and contact the Verbraucherzentrale.`,
    'photo',
    [],
    'full_refund',
  ),
  // ── English: needs work ──────────────────────────────────────────────────────────────────────────────────
  // "defective and not as described": vague → missing_what; "got it last week" counts as when.
  c(
    'r10y-68',
    'en',
    `item is defective and not as described, got it last week, pics attached, refund pls`,
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // Feeling in ordinary words ("cried the whole evening"): emotional; otherwise complete.
  c(
    'r10y-69',
    'en',
    `My daughter cried the whole evening, she'd been waiting for this costume for her school play. It's labelled 7-8 years but the chest is 26 cm flat, it barely fits my 4 year old. I measured it the day it arrived, photo attached. I'd like a refund.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // Crying emoji: emotional; "bro" and "literally" are filler. "send a new one" → exchange.
  c(
    'r10y-70',
    'en',
    `bro the phone screen i ordered is literally cracked in the corner 😭😭 found it when i peeled the film off this morning, pics attached. send a new one`,
    'photo',
    ['emotional'],
    'exchange',
  ),
  // Slang fraud labels ("finessing people", "bait and switch"): accusation even with a measured fault.
  c(
    'r10y-71',
    'en',
    `this store is finessing people fr, classic bait and switch. the 1TB SSD shows 1TB in windows but H2testw fails after 64GB, tested it the day it came, screenshot attached. refund`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Missing screws and a bent hinge arm, photos, request — no time or discovery moment.
  c(
    'r10y-72',
    'en',
    `The cabinet hinges came without the mounting screws and one hinge arm is bent at the pivot, photos attached. Please send the screws and a replacement hinge.`,
    'photo',
    ['missing_when'],
    'exchange',
  ),
  // "refund half": partial without a sum; no time, no evidence.
  c(
    'r10y-73',
    'en',
    `lure box came with 3 lures instead of 12, pls refund half`,
    'none',
    ['missing_when', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Complete but no request.
  c(
    'r10y-74v',
    'en',
    `Hi, the T20 7443 brake light bulbs flicker whenever the engine is running, noticed on the drive home the day I fitted them, video attached.`,
    'video',
    ['missing_resolution'],
    'none',
  ),
  // "see attached photos" with no file in the form: evidence_not_attached only.
  c(
    'r10y-75',
    'en',
    `the serum bottle came half empty and leaked all over the bag, noticed when I opened the parcel on Dec 1, see attached photos. full refund please`,
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // No words at all.
  c('r10y-76', 'en', ``, 'none', ['empty_text'], 'none'),
  // Four words: non-receipt named, "still" is not a time, no evidence.
  c(
    'r10y-77',
    'en',
    `still no parcel, refund`,
    'none',
    ['too_short', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // A shouted sentence (five capitalised words): emotional. "used" is a checkable fact (dust, scratches), not a label.
  c(
    'r10y-78',
    'en',
    `YOU SENT ME A USED DRILL. There's dust in the chuck, scratches all over the battery and someone else's drill bit still in it. I saw all of this when I opened the box on Thursday. Photos attached. Refund please.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // "refund the difference": partial refund without a sum.
  c(
    'r10y-79',
    'en',
    `Listing said 2 m of aquarium airline tubing, I got 1 m, measured it with a tape when setting up on 30 Nov, photo attached. Keep the rest, just refund the difference.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Hinglish chatty: non-receipt, "??" emotional, "its been forever" is no time; no evidence, no request.
  c(
    'r10y-80',
    'en',
    `yaar when will my order come?? its been forever`,
    'none',
    ['emotional', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
];
