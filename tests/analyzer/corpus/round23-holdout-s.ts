import { labelled as c, type CorpusCase } from './types';

/**
 * Round twenty-three, hold-out set S: buyers of digital goods on AliExpress (gift cards, game currency and keys, software
 * licences, subscriptions, SIM and eSIM plans, course access codes) whose codes arrive used, expired, region-locked or
 * never; gamers, office workers and parents, in Russian and English. Written by a hand that has not read the analyzer's
 * rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - An error message the platform shows, quoted («Код уже использован», "not valid in your region", "Licence limit
 *   reached"), names the problem concretely; a bare "ключ не работает" does not.
 * - A code or access link that never arrives is non-receipt (has what); the days waited for it are the "when".
 * - The date a code arrived or was entered, or an eSIM's activation date on which it failed, counts as the "when".
 * - A screenshot of the error is evidence; a form with screenshots is labelled `photo`. Texts that mention no evidence
 *   have no file, so the form's file never has to stand in for the text.
 * - A platform's support quoted as saying a key was a resold volume key or bought with a stolen card is a reported fact,
 *   not the buyer's blanket accusation.
 * - "Refund the part for the three dead codes" names no sum: a partial refund without an amount, even if it could be
 *   computed from the listing.
 * - A whole price named with "full", «полностью», «все деньги» is a full refund; «ни рубля меньше» after declining the
 *   seller's smaller offer keeps it full.
 * - Threats to take a store offline, hack it or have a clan "take the page down" are threats, like visits.
 * - Mat as a vocative at the seller («Prodavec, suka, …») is profanity and insult, not emotional without other markers.
 * - Scare quotes around "support team" mock the staff's competence, not their honesty: no accusation by themselves.
 * - A game title or show with an animal or puppet word (Goat Simulator, «симулятор козла», The Muppets) is about a
 *   thing: innocent.
 */
export const ROUND23_HOLDOUT_S: CorpusCase[] = [
  // Used Steam card, date of entry, screenshots attached, full refund: ready.
  c(
    'r23s-01',
    'ru',
    `Заказ 5031884412. Купил подарочную карту Steam на 50 USD, код пришёл в сообщении 3 апреля. Ввёл его в тот же вечер — Steam пишет: «Этот код уже был активирован другим аккаунтом». Прикладываю скриншот ошибки и скриншот письма с кодом. Прошу вернуть полную стоимость — 4 390 ₽.`,
    'photo',
    [],
    'full_refund',
  ),
  // "Assassin's" contains a rude-looking piece; complete region-lock report asking for another key: ready, exchange.
  c(
    'r23s-02',
    'en',
    `Order 3019922871, Assassin's Creed Mirage key (listed as Global). I tried to redeem it on Ubisoft Connect on 12 May and got "This product is not available in your region" — I'm in Portugal. Screenshot of the error and of the listing attached. Please send me a key that works in the EU instead.`,
    'photo',
    [],
    'exchange',
  ),
  // Mat at the staff in a question (profanity + insult), "!!" and «заебали» as a cry (emotional); no evidence named.
  c(
    'r23s-03',
    'ru',
    `Вы чё, ебанутые там? Третий раз присылаете код на 1000 В-баксов, и третий раз Fortnite пишет «код уже использован». Первый код пришёл 2 мая, последний — сегодня, 9-го. Верните деньги, заебали!!`,
    'none',
    ['profanity', 'insult', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // Chargeback and an honest review are lawful steps; Microsoft's finding is reported as fact: ready.
  c(
    'r23s-04',
    'en',
    `I bought a 12-month Microsoft 365 Family licence (order 8120045567) on 4 March. The key activated, but on 2 April Microsoft deactivated it with the message "This product key has been blocked" — their support told me it was a volume key resold without permission. Screenshots of the message and of my chat with Microsoft are attached. I'd like a full refund. If the dispute is closed without one, I will file a chargeback with my bank and leave an honest review describing what happened.`,
    'photo',
    [],
    'full_refund',
  ),
  // Threat to bring down the store and the seller's accounts ("пока по-хорошему"); otherwise complete.
  c(
    'r23s-05',
    'ru',
    `Код на Xbox Game Pass Ultimate на 3 месяца при вводе 15 июня выдал «Этот код недействителен». Скрин ошибки приложил. Продавец отвечает «у нас всё работало». Слушай сюда: я программист, твой магазин я положу за вечер, и все твои аккаунты тоже. Верни деньги полностью, пока по-хорошему.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «командной», «Команда», «ни рубля» hold rude-looking pieces; complete expired-course report: ready.
  c(
    'r23s-06',
    'ru',
    `Оформил доступ к курсу «Python для командной разработки» за 1 990 рублей (заказ 77623108). Код доступа пришёл 10 февраля, но платформа при вводе в тот же день пишет «Срок действия кода истёк 31.12.2023». Скриншот ошибки и страницу курса прилагаю. Команда платформы ответила, что продлить код нельзя, а на него ушли мои последние деньги до зарплаты, ни рубля лишнего. Прошу полный возврат 1 990 рублей.`,
    'photo',
    [],
    'full_refund',
  ),
  // Talking down to the reader ("explain this slowly … struggles with reading"): insult; seller's words only quoted.
  c(
    'r23s-07',
    'en',
    `Let me explain this slowly, since your support clearly struggles with reading: a code that says "already redeemed" the first time I type it is not a code that "worked on your side". PlayStation Store gift card, 20 GBP, order 6600123987, received and tried on 8 January. Screenshot attached again. Refund, please.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Bare "не работает", no time, no evidence, only "what do I do now".
  c(
    'r23s-08',
    'ru',
    `Купил ключ, а он не работает. Что мне теперь делать?`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Masked mat judging the shop (profanity); «в слезах», «в бешенстве» are affect (emotional).
  c(
    'r23s-09',
    'ru',
    `Купила сыну карту Roblox на 800 робуксов к дню рождения. 21 октября ввели код на сайте — «This code has already been redeemed». Ребёнок в слезах, я в бешенстве. Скрин прилагаю. Это п1зд@ц, а не магазин. Верните деньги.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // "Cockpit" is a product name; licence limit reached on first use; asks a fresh key: ready, exchange.
  c(
    'r23s-10',
    'en',
    `I bought the Cockpit Pro add-on licence for Microsoft Flight Simulator, order 5512098834, 27.80 USD. The licence key came on 14 July, but on first use the developer's activation page says "Licence limit reached (3/3 machines)". I've attached a screenshot of that page and of the email with the key. Please send a fresh, unused key instead.`,
    'photo',
    [],
    'exchange',
  ),
  // «Вы же знали» and «обычный развод» label the seller's honesty although facts are given: accusation.
  c(
    'r23s-11',
    'ru',
    `Заказ 40918877, карта Google Play на 1 000 рублей. 5 марта при вводе в Play Маркете выдало «Этот код уже использован». Скриншот прикладываю. Вы же знали, что продаёте уже активированные коды, — это обычный развод. Прошу полный возврат.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Knowing the daughter's profile and "it would be a shame if…": veiled threat.
  c(
    'r23s-12',
    'en',
    `Nintendo eShop card, 35 EUR, arrived as a photo of a scratch card where the last four characters of the code are scraped off. I opened the message on 2 February. Photo attached. Your shop lists an address in Yiwu, and I've found your daughter's profile on WeChat too. It would be a shame if she had to read what people write about her father. Refund in full.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // The seller's «вы сами дурак» is quoted as evidence, not the buyer's insult: ready.
  c(
    'r23s-13',
    'ru',
    `Купил лицензию Kaspersky Standard на 1 год (заказ 6677120), ключ пришёл 19 января. При активации в тот же день: «Код активации заблокирован». Написал продавцу, он ответил дословно: «вы сами дурак, не умеете вводить код, у нас всё работает». Скриншоты ошибки и этой переписки прилагаю. Прошу вернуть деньги полностью.`,
    'photo',
    [],
    'full_refund',
  ),
  // Bundle of codes, three dead, "refund the part" with no sum: partial without amount.
  c(
    'r23s-14',
    'en',
    `I ordered a bundle of 10 Razer Gold codes of 10 USD each (order 7003311982). On 6 April I redeemed them: 7 worked, 3 gave "PIN already used". Screenshots of the three errors are attached. Please refund the part for the three dead codes.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «Пишу уже в третий раз» is persistence, not talking down: ready.
  c(
    'r23s-15',
    'ru',
    `Пишу уже в третий раз, прошу ответить по существу. Ключ Windows 11 Pro, заказ 30112487: активирован 11 ноября, а 25 ноября система слетела с ошибкой 0xC004C003 — «ключ заблокирован». Скриншоты ошибки и двух моих прошлых сообщений во вложении. Верните, пожалуйста, деньги.`,
    'photo',
    [],
    'full_refund',
  ),
  // Travel SIM failing on its activation date, tried in two phones, full price asked: ready.
  c(
    'r23s-16',
    'en',
    `Order 9081234455: prepaid data SIM for Japan, 30 days / 20 GB, activation date chosen as 1 October. I inserted it at Narita on 1 October as instructed; the phone shows the carrier name but no data, and the APN from the leaflet gives "Authentication failed". I tried two phones. Photos of the leaflet and screenshots of the APN error are attached. Please refund the full price of 3,480 JPY.`,
    'photo',
    [],
    'full_refund',
  ),
  // "!!!" (emotional), «мошенники» and "all sellers are the same" (accusation); no time, no evidence.
  c(
    'r23s-17',
    'ru',
    `Это уже просто издевательство!!! Код на PUBG UC пришёл пустой, в сообщении вместо кода одни звёздочки. Вы мошенники, все продавцы цифры на Али одинаковые. Верните деньги.`,
    'none',
    ['emotional', 'accusation', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Mat with Latin look-alike letters as an adjective before the item: profanity and emotional.
  c(
    'r23s-18',
    'ru',
    `Этот eбaный ключ от Office 2021 активировался 2 июля, а через 5 дней Word пишет «Нелицензированный продукт». Скрин во вложении. Требую замену на рабочий ключ.`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // "I attach the screenshot" with no file in the form: evidence not attached.
  c(
    'r23s-19',
    'en',
    `Hello. I bought a 1-year NordVPN subscription code (order 2231009876) and activated it on 17 August. On 20 August the app logged me out and now says "Your subscription has been cancelled due to a payment reversal". I attach the screenshot from the app. Please give me a full refund.`,
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // Knowing the seller's city and «найду тебя»: threat.
  c(
    'r23s-20',
    'ru',
    `Заказ 55120934, карта App Store на 3 000 рублей. Код пришёл 28 декабря, при вводе в тот же день — «Код уже погашен». Скриншот прикрепил. Продавец, ты мне не отвечаешь третий день. Я знаю, что ты из Новосибирска, и найду тебя, не сомневайся. Возврат полный, сейчас.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Scare quotes around 'accidentally': sarcasm about honesty, accusation.
  c(
    'r23s-21',
    'en',
    `So the seller 'accidentally' sent a Turkish-region Netflix gift card instead of the US one in the listing. Order 4409981230, 25 USD. Netflix showed "This gift card can't be used in your country" when I entered it on 11 March. Screenshot attached. I want a US card as listed.`,
    'photo',
    ['accusation'],
    'exchange',
  ),
  // Negated accusation («не утверждаю, что специально») and a named partial sum: ready.
  c(
    'r23s-22',
    'ru',
    `Я не утверждаю, что вы сделали это специально, возможно, ошибка у поставщика. Но факт такой: из 5 кодов Steam по 5 долларов (заказ 9900112233) два при активации 14 августа выдали «Недействительный код». Скриншоты обеих ошибок прилагаю. Прошу частичный возврат — 10 долларов за два кода.`,
    'photo',
    [],
    'partial_refund',
    10,
  ),
  // Spaced mat as a cry at the start: profanity and emotional.
  c(
    'r23s-23',
    'ru',
    `Б Л Я Т Ь, ну сколько можно. Второй eSIM для Грузии, купленный 3 сентября, опять не ставится при установке в тот же день: телефон пишет «Невозможно добавить eSIM, код больше недействителен». Скрины обеих попыток во вложении. Верните деньги за оба.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Concrete region mismatch but no time and no evidence.
  c(
    'r23s-24',
    'en',
    `The Spotify Premium 12-month code you sent is for Spotify India, and my account is in Canada, so it won't apply ("This code is not valid in your country"). The listing didn't say anything about region. I want my money back.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Sarcastic praise of the seller's work («Браво, гении…»): insult.
  c(
    'r23s-25',
    'ru',
    `Браво, гении цифровой торговли: продать ключ от Cyberpunk 2077 для Steam, который оказался ключом для GOG. Заказ 2081733, ключ пришёл 6 апреля, в Steam при активации пишет «Неверный код продукта». Скрин ошибки и вашего письма — в приложении. Пришлите ключ для Steam.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Consumer protection office is a lawful step; the stolen-card finding is Adobe's, reported: ready.
  c(
    'r23s-26',
    'en',
    `Order 6120045578, Adobe Creative Cloud All Apps, 12 months, 89.99 USD. The redemption code was delivered on 9 September; Adobe accepted it, but on 23 September my account was suspended and Adobe support said the code had been bought with a stolen card. Screenshots of the suspension notice and the support chat are attached. Please refund the full 89.99 USD. I have also reported this to my local consumer protection office, as Adobe advised.`,
    'photo',
    [],
    'full_refund',
  ),
  // «Очень обидно» is affect; no request at all.
  c(
    'r23s-27',
    'ru',
    `Очень обидно. Оплатила онлайн-курс по акварели на 6 месяцев (заказ 71120456), 12 января пришёл код, а платформа в тот же день пишет «Код привязан к другому пользователю». Скриншот прикрепила.`,
    'photo',
    ['emotional', 'missing_resolution'],
    'none',
  ),
  // «идите нах» sends the seller away: profanity only.
  c(
    'r23s-28',
    'ru',
    `Заказ 88120931: подписка Яндекс Плюс на 12 месяцев, промокод пришёл 1 мая, в тот же день при вводе — «Промокод недействителен». Скрин прилагаю. Ваше «у нас всё работает» я уже слышал. Идите нах со своими советами почистить кэш. Деньги верните.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // A child "cried the whole evening" and "so disappointed": emotional; no evidence named.
  c(
    'r23s-29',
    'en',
    `My son saved his pocket money for this Minecraft Java key and he cried the whole evening. You sent it on 5 December, and when he typed it in that night the launcher said "This code has already been redeemed". I'm so disappointed. Please give us a refund.`,
    'none',
    ['emotional', 'missing_evidence'],
    'full_refund',
  ),
  // Holding the seller's phone and full name and promising to post them in "chats that deal with such people": threat.
  c(
    'r23s-30',
    'ru',
    `Ключ ESET NOD32 на 2 ПК, заказ 40219933. Активирован 7 марта, 21 марта программа пишет «Лицензия отозвана». Скрины прикладываю. У меня есть ваш номер телефона и ФИО из накладной на прошлый заказ. Не вернёте деньги до пятницы — выложу всё это в паре чатов, где любят разбираться с такими, как вы.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Expired offer link, dates of tries, screenshots, full sum: ready.
  c(
    'r23s-31',
    'en',
    `Order 1207783345: Duolingo Super family plan, 12 months, 42.00 USD. The activation link arrived on 2 January and opens, but Duolingo shows "This offer has expired" on every try (I tried on 2, 3 and 5 January). Screenshots attached. Please refund the full 42.00 USD.`,
    'photo',
    [],
    'full_refund',
  ),
  // Transliterated mat as a vocative at the seller: profanity and insult, no emotion marker.
  c(
    'r23s-32',
    'ru',
    `Prodavec, suka, kod na PS Plus Essential 12 mesyacev ne aktiviruetsya: pishet "kod uzhe ispolzovan". Kupil 20 iyunya, vvel srazu. Skrin prilozhil. Vernite dengi.`,
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // Bundle of three keys, one used, sum in words («пятьсот рублей»): ready, partial 500.
  c(
    'r23s-33',
    'ru',
    `Купил набор из трёх ключей Steam (Hades, Celeste, Stardew Valley) за 1 500 рублей, заказ 31190045. 18 октября активировал: Hades и Celeste добавились, а Stardew Valley — «Этот ключ уже активирован». Скрин прикладываю. Прошу вернуть пятьсот рублей за неработающий ключ.`,
    'photo',
    [],
    'partial_refund',
    500,
  ),
  // "f*cking" as an intensifier (profanity, emotional), "sh1t" about the item.
  c(
    'r23s-34',
    'en',
    `This is the second f*cking time. Order 7781230091, 50 USD Steam Wallet code, sent on 22 April, and Steam again shows "This code is for a different currency (ARS)". Same sh1t as the first one. Screenshot attached. Refund me.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // «не соответствует описанию» names no problem.
  c(
    'r23s-35',
    'ru',
    `Ключ Windows 10 Home пришёл 2 февраля, но товар не соответствует описанию. Скриншот прилагаю. Прошу вернуть деньги.`,
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // "Touch grass, learn what region lock means" aimed at the staff: insult; "skill issue" is the seller's quoted reply.
  c(
    'r23s-36',
    'en',
    `Dear "support team": the Valorant Points card (1000 VP, order 6605541278) that arrived on 30 May says "Card not valid in your region" for EU accounts. Your answer "it's a skill issue, try VPN" is not help. Touch grass and learn what region lock means. Screenshot attached. Send me an EU card.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // A two-letter word only: empty text.
  c('r23s-37', 'ru', `ок`, 'none', ['empty_text'], 'none'),
  // Declines a new code and asks the money: full refund, ready.
  c(
    'r23s-38',
    'ru',
    `Заказ 67001239, Nintendo eShop на 20 евро. Код пришёл 14 ноября, при вводе 15 ноября — «Этот код не может быть использован в вашем регионе». Скриншот ошибки приложил. Новый код мне не нужен — второй раз рисковать не хочу. Верните деньги полностью.`,
    'photo',
    [],
    'full_refund',
  ),
  // Threat to take the store page offline "and this goes away".
  c(
    'r23s-39',
    'en',
    `I'm asking one last time. The Genshin Impact Welkin Moon code you sent on 14 February says "Redemption code has expired". Screenshot attached. My clan runs servers, and it would be really easy for us to take your store page offline for a week. Refund me and this goes away.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Three capitalised words (emotional); «хотя бы половину» is a partial refund without a sum.
  c(
    'r23s-40',
    'ru',
    `Я ОПЛАТИЛА ГОД, а подписка Кинопоиска по вашему коду встала только на 3 месяца! Активировала 8 января, скрин из приложения прилагаю. Верните хотя бы половину.`,
    'photo',
    ['emotional', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «Вы там все слепые или читать не умеете?» is name-calling and talking down: insult; no time, no evidence.
  c(
    'r23s-41',
    'ru',
    `Вы там все слепые или читать не умеете? Я трижды написал, что у меня аккаунт в Казахстане, а вы прислали код iTunes для Турции. Ни толку, ни ответа. Верните деньги.`,
    'none',
    ['insult', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // "Everyone … knows this store sells recycled codes": blanket accusation; no time.
  c(
    'r23s-42',
    'en',
    `Everyone on Reddit knows this store sells recycled Xbox codes. Mine, a 25 USD Xbox gift card, says "This code has already been redeemed". Screenshot attached. Refund.`,
    'photo',
    ['accusation', 'missing_when'],
    'full_refund',
  ),
  // "The difference" with a named sum: partial 800, ready.
  c(
    'r23s-43',
    'ru',
    `Заказывала пакет для eSIM в Таиланде на 15 ГБ за 1 200 рублей (заказ 80091237). Активировала 4 марта в Бангкоке — в приложении подключено только 5 ГБ, скрин приложила. Прошу вернуть разницу — 800 рублей.`,
    'photo',
    [],
    'partial_refund',
    800,
  ),
  // Masked profanity at the seller (profanity + insult) and "Thieves" (accusation).
  c(
    'r23s-44',
    'en',
    `You a$$holes sold me a Windows 11 key that Microsoft blocked after a week. Activated on 3 March, blocked on 10 March with error 0xC004C060. Thieves, all of you. Screenshot attached. Full refund.`,
    'photo',
    ['profanity', 'insult', 'accusation'],
    'full_refund',
  ),
  // Access code never arrived, a week waited; no evidence, no request.
  c(
    'r23s-45',
    'ru',
    `Здравствуйте. Оплатил 6 марта курс «Бухучёт с нуля», код доступа так и не пришёл, прошла уже неделя. Продавец на сообщения не отвечает.`,
    'none',
    ['missing_evidence', 'missing_resolution'],
    'none',
  ),
  // «Хуавей», «рубля» look rude; declines the seller's 100 ₽ and asks all 390 ₽: full refund, ready.
  c(
    'r23s-46',
    'ru',
    `Купил код активации Huawei Cloud на 200 ГБ для телефона Хуавей Nova 11 (заказ 11023945) за 390 рублей. При вводе 26 апреля в настройках пишет «Код не подходит для вашего региона». Скриншот приложил. Продавец предложил вернуть 100 рублей, но мне нужны все деньги — 390 рублей, ни рубля меньше.`,
    'photo',
    [],
    'full_refund',
  ),
  // Declines a new code, asks "the difference" without a sum; no evidence.
  c(
    'r23s-47',
    'en',
    `The Xbox Game Pass code was supposed to be 3 months, but it only added 1 month to my account when I redeemed it on 19 July. I'm not asking for a new code — just refund the difference.`,
    'none',
    ['missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Mat typed in the English layout with a filler after it, judging the key: profanity only.
  c(
    'r23s-48',
    'ru',
    `Ключ для Adobe Photoshop на 1 год, заказ 9120034, пришёл 30 ноября. 1 декабря при входе: «Этот ключ уже используется на максимальном числе устройств». Ваш ключ — [eqyz полная. Скриншот в приложении. Верните деньги.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // "The Muppets" is a show the kids wanted: innocent; complete region report: ready.
  c(
    'r23s-49',
    'en',
    `My kids wanted to watch The Muppets, so I bought a Disney+ 3-month gift subscription (order 6690012873, 24.99 USD). The code arrived on 4 June; on 5 June Disney+ said "This code is not valid for your account's country (Brazil)". The listing says nothing about region. Screenshot attached. Please refund the full amount.`,
    'photo',
    [],
    'full_refund',
  ),
  // Quoted seller reply and a police report are lawful and factual: ready.
  c(
    'r23s-50',
    'ru',
    `Заказ 42201193: ключ Kaspersky Premium на 3 устройства. Получен 12 сентября, 13 сентября программа сообщила «Ключ занесён в чёрный список». Продавец ответил: «на нашей стороне ключ рабочий». Прикладываю скриншоты уведомления и переписки. Прошу вернуть деньги полностью. Если спор не решится, подам заявление в полицию и напишу в поддержку Kaspersky.`,
    'photo',
    [],
    'full_refund',
  ),
  // Friends "dropping by" the warehouse and «не доводите до греха»: veiled threat.
  c(
    'r23s-51',
    'ru',
    `Уважаемый продавец. Код Steam на 60 долларов пришёл 2 марта, при вводе — «Код недействителен». Скрин приложил. У меня есть друзья в Гуанчжоу, они с удовольствием заглянут к вам на склад поговорить. Не доводите до греха, верните деньги.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "Fix it" is no request; nothing concrete.
  c(
    'r23s-52',
    'en',
    `Doesn't work. Fix it.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // «Ну конечно, случайно» and «честность зашкаливает»: sarcasm about honesty, accusation.
  c(
    'r23s-53',
    'ru',
    `Ну конечно, случайно отправили код для Индии вместо российского. Ваша честность просто зашкаливает. Код Google Play на 500 рублей, заказ 51223098, 9 февраля при вводе: «Этот код предназначен для другой страны». Скриншот прилагаю. Прошу прислать код для России.`,
    'photo',
    ['accusation'],
    'exchange',
  ),
  // «Я в шоке» is affect; Dr.Web's «незаконно» is quoted, not the buyer's label.
  c(
    'r23s-54',
    'ru',
    `Я в шоке. Купил 15 февраля годовую лицензию на антивирус Dr.Web, через три дня сайт Dr.Web сообщил, что серийный номер аннулирован как «полученный незаконно». Прикладываю скриншот письма. Прошу полный возврат.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // Pasted chat: the seller's mat stays profanity, nothing else.
  c(
    'r23s-55',
    'en',
    `Seller (12.05): the code works, it's your fucking phone\nMe (12.05): the eSIM QR code gives "This code is no longer valid" on two different phones\nThat is the seller's reply to me. It's an eSIM for Italy, 5 GB, bought on 10 May and scanned on 12 May. Screenshots of the error and the chat are attached. Please refund the 9.50 USD in full.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // «расстроена» is affect; "screenshot attached" but the form has no file.
  c(
    'r23s-56',
    'ru',
    `Вообще-то я уже расстроена. Ключ Microsoft Office 2019 пришёл 3 июля, при активации 4 июля: «Этот ключ продукта уже использовался». Скриншот прикрепляю. Верните деньги.`,
    'none',
    ['emotional', 'evidence_not_attached'],
    'full_refund',
  ),
  // Scunthorpe and Dick Francis look rude but are a town and an author; polite exchange: ready.
  c(
    'r23s-57',
    'en',
    `Hi, I live in Scunthorpe and bought an Audible 3-month gift code (order 3304499812) for my mum, who wanted the Dick Francis novels. When she entered it on 20 November, Audible said "This code is only valid on Audible.de". The listing said UK. Screenshot attached. Could you send a UK code instead? Thank you.`,
    'photo',
    [],
    'exchange',
  ),
  // «Повторяю для тупеньких» talks down (insult); «НЕ РАБОТАЕТ» is shouting (emotional).
  c(
    'r23s-58',
    'ru',
    `Повторяю для тупеньких: ключ НЕ РАБОТАЕТ. При вводе в Epic Games 7 августа пишет «Код не найден». Скрин был в первом сообщении и есть здесь. Верните деньги.`,
    'photo',
    ['insult', 'emotional'],
    'full_refund',
  ),
  // «Кидалово» accuses; nothing concrete, no time, no evidence, no request.
  c(
    'r23s-59',
    'ru',
    `Кидалово полное. Ничего не работает, как описано. Делайте что хотите.`,
    'none',
    ['accusation', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // One card of four already used; decimal comma €9,80: partial 9.8, ready.
  c(
    'r23s-60',
    'en',
    `Order 2290017745: four PSN 10 EUR cards for my kids, bought at €9,80 each. Redeemed on 1 December: three were fine, the fourth shows "The code you entered has already been used" (screenshot attached). Please refund €9,80 for that card.`,
    'photo',
    [],
    'partial_refund',
    9.8,
  ),
  // Digit-disguised mat opened with «Ну»: a cry, profanity and emotional.
  c(
    'r23s-61',
    'ru',
    `Ну это 3,14здец. Купил eSIM на 30 дней для Турции, дата активации 1 июня, а 1 июня в Анталье — «Нет сети». Три дня сидел без интернета. Скриншоты приложил. Верните деньги.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Name from the receipt and "people in Shenzhen … you'll meet them": threat; RIDICULOUS is emotional.
  c(
    'r23s-62',
    'en',
    `This is RIDICULOUS. Third dead Apple gift card code from you (100 USD, order 7712009845, received 18 March, rejected the same day with "This code has already been redeemed"). Screenshot attached. I have your name from the PayPal receipt and I know people in Shenzhen. Refund me or you'll meet them.`,
    'photo',
    ['threat', 'emotional'],
    'full_refund',
  ),
  // Four expired codes of twenty, sum named, but no time given.
  c(
    'r23s-63',
    'ru',
    `Из 20 кодов Free Fire по 100 алмазов (заказ 60012399) четыре показывают «Код истёк». Скрины всех четырёх прилагаю. Прошу вернуть 240 рублей за них.`,
    'photo',
    ['missing_when'],
    'partial_refund',
    240,
  ),
  // Роспотребнадзор and a court are lawful steps, not threats: ready.
  c(
    'r23s-64',
    'ru',
    `Оплатил годовую лицензию на «МойОфис» за 4 800 рублей (заказ 10993321). Ключ пришёл 2 октября, 3 октября при регистрации — «Лицензия выдана другой организации». Скриншот ошибки и переписку с продавцом прикладываю. Прошу полный возврат. Если продавец откажет, обращусь в Роспотребнадзор и в суд по месту жительства.`,
    'photo',
    [],
    'full_refund',
  ),
  // A crying emoji is emotional; no request.
  c(
    'r23s-65',
    'en',
    `Bought a lifetime Canva Pro invite for my small business on 2 August, and on 2 September Canva downgraded the team to the free plan 😭 Screenshot of the email attached.`,
    'photo',
    ['emotional', 'missing_resolution'],
    'none',
  ),
  // Vowel-dropped mat as a cry with «уроды» (profanity, insult, emotional), «Жулики» (accusation); no evidence.
  c(
    'r23s-66',
    'ru',
    `Пздц вы уроды. Продаёте коды Apple Music на 6 месяцев, которые истекли ещё в прошлом году. Получил 11 марта, 11 марта и проверил. Жулики. Деньги назад.`,
    'none',
    ['profanity', 'insult', 'emotional', 'accusation', 'missing_evidence'],
    'full_refund',
  ),
  // Physical travel SIM offered back for the refund: return, ready.
  c(
    'r23s-67',
    'en',
    `Order 8823001147: physical prepaid SIM for the USA, 30 days. It arrived on 15 August; I inserted it on 20 August in New York and the phone says "SIM not provisioned MM#2". Photos of the SIM packaging and a screenshot of the error are attached. I can post the SIM card back to you at my cost — please refund me once it arrives.`,
    'photo',
    [],
    'return',
  ),
  // «разочарована» (emotional) and «Вы специально продаёте…» (accusation).
  c(
    'r23s-68',
    'ru',
    `Очень разочарована. Вы специально продаёте ключи, которые через неделю блокируются? Ключ для Windows 11 Home активировала 5 мая, 12 мая — «Ключ заблокирован». Скриншот во вложении. Прошу вернуть деньги.`,
    'photo',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // A disclaimer does not cancel the threat that follows (address, owner's name, the wife's photo).
  c(
    'r23s-69',
    'ru',
    `Я никому не угрожаю, но ваш адрес в Иу и имя владельца магазина я уже нашёл, и жена ваша, кстати, на фото в профиле милая. Код Razer Gold на 50 долларов, заказ 31125590, получен 22 апреля, при вводе в тот же день — «PIN уже использован». Скрин прикрепил. Верните деньги.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "isn't as described" names nothing; keeps the licence for 15 USD.
  c(
    'r23s-70',
    'en',
    `The Office 2021 licence I bought isn't as described. I noticed on 9 October when I installed it. Screenshot attached. Refund 15 USD and I'll keep it.`,
    'photo',
    ['missing_what'],
    'partial_refund',
    15,
  ),
  // Greek χ in mat, a sentence of its own (profanity, emotional); no evidence.
  c(
    'r23s-71',
    'ru',
    `Ключ для Forza Horizon 5 пришёл 16 января, в Xbox-приложении сразу при вводе пишет «Этот код предназначен для другого региона». Что за χуйня вообще. Верните деньги.`,
    'none',
    ['profanity', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // The buyer calls themself an idiot: no insult; complete: ready.
  c(
    'r23s-72',
    'en',
    `I'm such an idiot — I didn't check the region before buying. Still, the listing title says Global, and the Steam key for Hollow Knight (order 4410078823) gave "This product is not available in your country" when I redeemed it on 3 March. Screenshots of the error and of the title are attached. Could you please refund the 7.20 USD in full?`,
    'photo',
    [],
    'full_refund',
  ),
  // «симулятор козла» is the game, not a name for anyone: ready, exchange.
  c(
    'r23s-73',
    'ru',
    `Заказывал ключ Goat Simulator 3 («симулятор козла», сын давно просил) для PS5, а пришёл ключ для Xbox — в письме так и написано: «Platform: Xbox». Получил 5 июня, скриншот письма с ключом приложил. Нужен ключ для PS5.`,
    'photo',
    [],
    'exchange',
  ),
  // Calm office report with no evidence and no request.
  c(
    'r23s-74',
    'en',
    `Hello, our office bought 5 Microsoft 365 Business Basic licences from you on 14 January (order 5599230014). Two of the activation codes were rejected by the admin centre on 15 January with "The product key has already been redeemed". The other three work fine.`,
    'none',
    ['missing_evidence', 'missing_resolution'],
    'none',
  ),
  // «на ваше усмотрение»: partial refund without a sum.
  c(
    'r23s-75',
    'ru',
    `Подписка Wink на 6 месяцев по вашему промокоду подключилась 1 марта только на 1 месяц — скриншот из личного кабинета прикладываю. Компенсацию прошу на ваше усмотрение.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // The seller's mat quoted after «ответил мне»: quoted mat stays profanity, nothing else.
  c(
    'r23s-76',
    'ru',
    `Ключ от Microsoft Visio 2021 (заказ 21009934) активировал 27 февраля, 28 февраля программа перешла в режим ограниченной функциональности. Скриншоты приложил. Продавец в переписке ответил мне: «иди на хуй, у нас всё работает». Прошу полный возврат.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // "Are you braindead?" questions sanity: insult.
  c(
    'r23s-77',
    'en',
    `Are you braindead? I wrote three times that the Amazon gift card is for amazon.de and you keep sending amazon.com codes. Order 8812099031, first code on 7 February. Screenshot attached. Send a German code.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // «Ебург» is a city nickname: innocent; complete: ready.
  c(
    'r23s-78',
    'ru',
    `Живу в Ебурге, покупала подписку Иви на 12 месяцев для родителей (заказ 77012338). Промокод пришёл 8 марта, при активации в тот же день сайт ответил «Промокод недоступен в вашем регионе», хотя Екатеринбург — это Россия. Скриншот прилагаю. Прошу заменить на рабочий промокод.`,
    'photo',
    [],
    'exchange',
  ),
  // "Terrible" and "!!!"/"???" are emotional; a code not received is named, but nothing else.
  c(
    'r23s-79',
    'en',
    `Terrible service!!! Where is my code???`,
    'none',
    ['emotional', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Bundle of ten codes, three used, named sum: partial 285, ready.
  c(
    'r23s-80',
    'ru',
    `Заказывала 10 кодов на 60 UC для PUBG Mobile для сына, по 95 рублей за код (заказ 66001245). 3 апреля при вводе на сайте Midasbuy три кода выдали «Код уже использован». Скриншоты трёх ошибок приложила. Прошу частичный возврат — 285 рублей за три кода.`,
    'photo',
    [],
    'partial_refund',
    285,
  ),
];
