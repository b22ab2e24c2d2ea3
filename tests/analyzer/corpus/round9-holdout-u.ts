import { labelled as c, type CorpusCase } from './types';

/**
 * Round nine, held-out set U: 80 texts (35 ru, 45 en) by an independent hand. Labels follow analyzer-notes.md
 * section 1 and the README's labelling decisions (round two and round four), not any program's output.
 *
 * Decisions used in this file where the definitions leave room:
 * - Mat used as an interjection or intensifier ("ну пuздeц просто", "blyat", "Phuck1ng great") is `profanity` +
 *   `emotional`; mat as a noun or adjective about the item is `profanity` only; mat aimed at people is
 *   `profanity` + `insult`.
 * - A receipt date ("получила 5 ноября", "got it last week") counts as the time of the problem.
 * - A refund together with an offer to send the item back is `return`.
 * - A fraud label ("thieves", «лохотрон») is `accusation`, not `insult`.
 * - `too_short` is labelled on texts under 8 words; it is a tip and does not change the verdict.
 */
export const ROUND9_HOLDOUT_U: CorpusCase[] = [
  // ══ Russian ═══════════════════════════════════════════════════════════════════════════════════════════════

  // ── Blockers: disguised mat ──
  // Latin «u» and «e» inside «пиздец», used as an interjection: profanity + emotional; otherwise complete.
  c(
    'r9u-01v',
    'ru',
    `Робот-пылесос пришёл 3 ноября, и при первой же зарядке из-под верхней крышки пошёл дым с запахом горелой проводки — ну пuздeц просто. Видео с моментом задымления прикладываю. Прошу вернуть деньги полностью.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Digit «6» for «б» in an adjective about the item: profanity only (no interjection, no person).
  c(
    'r9u-02',
    'ru',
    `Этот 6лядский кодовый замок на чемодане заклинило во второй же поездке, 10 ноября: колёсики кода не проворачиваются, и чемодан не открыть без ножовки. Фото замка прикладываю. Прошу заменить чемодан.`,
    'photo',
    ['profanity'],
    'exchange',
  ),
  // Dropped vowel («хйня») as a noun about the item: profanity only.
  c(
    'r9u-03',
    'ru',
    `Вместо зимних сапог 39 размера прислали какую-то хйню 36-го, на бирке так и написано. Обнаружила сегодня при примерке, фото бирки и стельки рядом с линейкой прикладываю. Прошу обмен на 39 размер.`,
    'photo',
    ['profanity'],
    'exchange',
  ),
  // Masked mat («ох*ели») asked of the seller, questioning their sanity: profanity + insult; a single «?» is calm.
  c(
    'r9u-04',
    'ru',
    `Вы там ох*ели совсем? Третий раз пишу, что в наборе отвёрток нет битов T10 и T15, которые указаны в описании, — это видно на фото комплекта, распакованного 8 октября. Верните 4 доллара за недостающие биты.`,
    'photo',
    ['profanity', 'insult'],
    'partial_refund',
    4,
  ),
  // Translit Russian with «blyat» as an interjection: lang ru, profanity + emotional.
  c(
    'r9u-05',
    'ru',
    `Zdravstvuyte. Posylka prishla 17 oktyabrya pustaya, blyat, vnutri tol'ko puzyrchataya plenka, a po treku ves 0,04 kg vmesto 0,6 kg. Skrin treka i foto korobki prilagayu. Vernite den'gi.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),

  // ── Blockers: insults without a swear word ──
  // Condescension about the reader's understanding in a reply ("помедленнее, раз не доходит"): insult only.
  c(
    'r9u-06',
    'ru',
    `Объясняю в третий раз и помедленнее, раз с первых двух до вашего отдела не доходит: куртка размера L, а длина рукава 54 см вместо 62 по вашей же таблице. Замерила сантиметром в день получения, 22 сентября. Фото с сантиметром на рукаве прикладываю. Таблица размеров из карточки товара тоже на скриншоте. Прошу обмен на правильный размер.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Everyday word «валенки» aimed at warehouse staff: insult only.
  c(
    'r9u-07',
    'ru',
    `Ну вы и валенки на складе: заказала чехол для Samsung A54, а положили под A34, камера закрыта наполовину, — получила 2 декабря. Фото чехла на телефоне прилагаю и прошу прислать правильный чехол.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Sarcastic praise of the packer's failure ("гениальному упаковщику", "мастер своего дела"): insult only.
  c(
    'r9u-08v',
    'ru',
    `Отдельное спасибо вашему гениальному упаковщику: положить стеклянный чайник в тонкий пакет без единого слоя плёнки — до такого надо было додуматься, настоящий мастер своего дела. Чайник пришёл 14 ноября с отбитым носиком. Видео распаковки прикладываю. Прошу вернуть деньги.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // Mocking comparison (the cat would have packed better than the pickers), long text from the provinces: insult only.
  c(
    'r9u-09',
    'ru',
    `Пишу из Саратовской области. Мой кот, честное слово, собрал бы этот заказ аккуратнее, чем ваши сборщики. Из 10 упаковок фильтров для кофемашины пришло 7, хотя в заказе и на накладной стоит 10. Посчитала при распаковке 30 октября, коробку вскрывала одна. Фото всех упаковок и накладной прикладываю. Прошу вернуть 540 рублей за три недостающие упаковки.`,
    'photo',
    ['insult'],
    'partial_refund',
    540,
  ),

  // ── Blockers: veiled threats ──
  // Translit: "friends" who "explain convincingly" may visit the warehouse: threat only.
  c(
    'r9u-10',
    'ru',
    `U moego brata v Shen'chzhene est' druz'ya, kotorye umeyut ob"yasnyat' ochen' ubeditel'no, i oni vpolne mogut zaekhat' na vash sklad lichno. Powerbank na 20000 mAh zaryazhaet telefon vsego na 30%, proverila v pervyy zhe den', 5 noyabrya, skrin testera prikreplyayu. Vernite den'gi, i nikomu ne pridetsya nikuda ekhat'.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Knowing the owner's home address and daughter's page, publishing personal data: threat only.
  c(
    'r9u-11',
    'ru',
    `Ваш магазин оформлен на Чжан Вэя, я уже нашла его домашний адрес и страничку его дочери, и если возврата не будет, всё это вместе с номером телефона окажется в каждой группе покупателей. Наушники пришли 9 ноября без левого амбушюра, фото прилагаю. Жду полный возврат.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // The seller's mat quoted as evidence: quoted mat is still profanity (the only finding).
  c(
    'r9u-12v',
    'ru',
    `Продавец в чате ответил мне дословно: «иди на х*й, сама сломала». Фен перестал греть на третий день, дует только холодным воздухом на всех режимах, видео прикладываю. Пользовалась им всего три раза. Скриншот переписки тоже прилагаю. Прошу вернуть деньги.`,
    'video',
    ['profanity'],
    'full_refund',
  ),

  // ── Ready: innocent traps and complete texts ──
  // Lawful steps stated firmly (escalation, chargeback, Rospotrebnadzor, honest review): not a threat; ready.
  c(
    'r9u-13',
    'ru',
    `Я из Москвы, настольная лампа пришла 11 ноября с треснувшим основанием — трещина длиной около 6 см видна на фото, сделанном при вскрытии коробки. Предложение продавца склеить её суперклеем меня не устраивает. Прошу полный возврат денег. Если решения не будет до 25 ноября, я открою эскалацию спора, подам заявление на чарджбэк в банк и жалобу в Роспотребнадзор. Также оставлю честный отзыв с фотографиями.`,
    'photo',
    [],
    'full_refund',
  ),
  // Rude-looking roots in ordinary words («Ебург», «потребляет», «подстрахуйте»): not profanity; ready.
  c(
    'r9u-14',
    'ru',
    `Живу в Екатеринбурге (в Ебурге, как у нас говорят), заказывал налобный фонарь, который по описанию работает 8 часов. По факту он потребляет полный аккумулятор за 40 минут: засёк по секундомеру в первый же вечер, 19 октября. Фото фонаря и секундомера прикладываю. Подстрахуйте, пожалуйста, следующих покупателей и проверьте партию. Прошу вернуть полную стоимость.`,
    'photo',
    [],
    'full_refund',
  ),
  // «команда», «Мандарин», «Хуахин» contain rude-looking letter runs: innocent; ready exchange.
  c(
    'r9u-15',
    'ru',
    `Заказала для нашей команды по бадминтону 12 футболок с принтом «Мандарин» — так называется наш клуб, мы тренируемся зимой в Хуахине. На пяти футболках принт сдвинут на спину и обрезан по краю, это видно на фото, сделанных сразу при распаковке 6 ноября. Прошу заменить эти пять футболок.`,
    'photo',
    [],
    'exchange',
  ),
  // Negated accusation ("не думаю, что нарочно"): not an accusation; ready.
  c(
    'r9u-16',
    'ru',
    `Беспроводная клавиатура пришла с раскладкой без русских букв, хотя на фото в объявлении кириллица есть. Я не думаю, что это сделано нарочно, скорее на складе перепутали партии. Обнаружил при распаковке 28 октября, фото клавиатуры и скриншот объявления прикладываю. Печатаю я много, и без русских букв клавиатура мне не подходит. Прошу прислать клавиатуру с русской раскладкой.`,
    'photo',
    [],
    'exchange',
  ),
  // Polite and firm, buyer from Belarus, a missing part named concretely: ready exchange (6 sentences).
  c(
    'r9u-17',
    'ru',
    `Добрый день. Я из Гродно, заказывала детский самокат, он пришёл 4 ноября. При сборке выяснилось, что в комплекте нет болта крепления руля, и без него руль болтается, кататься нельзя. На фото видно пустое отверстие и страница инструкции, где этот болт указан в комплектации. Прошу прислать недостающий болт. Спасибо за понимание.`,
    'photo',
    [],
    'exchange',
  ),
  // Irony about the product, not praise of the person: innocent; refund + offer to send back = return.
  c(
    'r9u-18',
    'ru',
    `Забавно получилось: часы с защитой IP68 запотели изнутри после обычного мытья рук на пятый день после получения, 20 ноября. На фото видны капли под стеклом. Прошу вернуть деньги, часы готова отправить обратно.`,
    'photo',
    [],
    'return',
  ),
  // Translit, missing quantity with a sum: ready partial 450.
  c(
    'r9u-19',
    'ru',
    `Dobryy den', v zakaze dolzhno byt' 3 nabora kistey dlya makiyazha, prishlo 2 — obnaruzhila pri vskrytii na pochte 13 noyabrya, foto upakovki s nakleykoy prilagayu. Proshu chastichnyy vozvrat 450 rubley za nedostayushchiy nabor.`,
    'photo',
    [],
    'partial_refund',
    450,
  ),
  // Reply declining the seller's $3 offer, measured capacity mismatch, counter-sum: ready partial 11.
  c(
    'r9u-20',
    'ru',
    `Вы предлагаете вернуть 3 доллара, я с этим не согласна. Флешка заявлена на 128 ГБ, а проверка H2testw в день получения, 2 ноября, показала реальные 16 ГБ, скриншот теста прикладываю. Для сравнения проверила той же программой свою старую флешку — она показала полный объём. Записывать на неё больше 16 ГБ нельзя — файлы портятся. Прошу частичный возврат 11 долларов, флешку оставлю себе.`,
    'photo',
    [],
    'partial_refund',
    11,
  ),
  // Sum in words («двести пятьдесят рублей»): partial 250; ready.
  c(
    'r9u-21',
    'ru',
    `Заказывала бежевую кофту, а пришла серо-зелёная: разглядела при дневном свете на следующий день после получения, разница видна на фото рядом со скриншотом карточки товара. Носить буду, но прошу вернуть двести пятьдесят рублей за несоответствие цвета.`,
    'photo',
    [],
    'partial_refund',
    250,
  ),
  // Declined refund, asks for the right item: exchange; ready (2 sentences).
  c(
    'r9u-22',
    'ru',
    `Деньги возвращать не нужно, мне нужна сама вещь: пришлите, пожалуйста, наволочку 50×70, а не 40×40, как пришла 16 ноября. Замер рулеткой и этикетку сфотографировала, фото во вложении.`,
    'photo',
    [],
    'exchange',
  ),
  // Kazakhstan, greeting in Kazakh (majority ru), sum in tenge: partial 3500; ready.
  c(
    'r9u-23v',
    'ru',
    `Сәлеметсіз бе. Я из Караганды, заказывал автомобильный держатель для телефона, он пришёл 7 ноября. Присоска не держит: через 10–15 минут держатель отваливается от стекла вместе с телефоном. Это видно на видео, которое я снял в машине на второй день. Прошу частичный возврат 3 500 тенге, держатель посажу на клейкую основу.`,
    'video',
    [],
    'partial_refund',
    3500,
  ),
  // Non-receipt with elapsed time and a real tracking number (order number is not evidence): ready.
  c(
    'r9u-24',
    'ru',
    `Посылка по заказу 8150329946 не пришла: оплатил 20 сентября, прошло 64 дня, а трек LV123456789CN с 3 октября стоит на статусе «Покинуло страну отправителя». Продавец на сообщения не отвечает уже две недели. Срок защиты покупателя истекает через 5 дней. Скриншот отслеживания прикладываю. Прошу полный возврат.`,
    'photo',
    [],
    'full_refund',
  ),

  // ── Needs work ──
  // Generic «не соответствует описанию»: missing_what only.
  c(
    'r9u-25',
    'ru',
    `Здравствуйте. Товар не соответствует описанию, получила его 5 ноября. Фото приложила. Прошу вернуть деньги.`,
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // «Брак» alone, photo promised but none attached, under 8 words.
  c(
    'r9u-26',
    'ru',
    `Брак. Верните деньги, фото прикладываю.`,
    'none',
    ['missing_what', 'missing_when', 'evidence_not_attached', 'too_short'],
    'full_refund',
  ),
  // CAPS words and «в шоке»: emotional only, otherwise complete.
  c(
    'r9u-27v',
    'ru',
    `Я В ШОКЕ ОТ ВАШЕГО СЕРВИСА. Утюг пришёл 10 ноября, и при первом же включении подошва нагрелась только с одной стороны, вторая половина осталась холодной — видео с термометром прикладываю. Прошу вернуть деньги.`,
    'video',
    ['emotional'],
    'full_refund',
  ),
  // «???», «в слезах», «обидно»: emotional only; partial with sum (5 sentences).
  c(
    'r9u-28',
    'ru',
    `Почему так??? Заказывала дочке на день рождения куклу с тремя платьями, а 15 ноября в коробке оказалось только одно платье. Ребёнок в слезах, мне очень обидно. Фото содержимого коробки прикладываю. Верните, пожалуйста, 600 рублей за два недостающих платья.`,
    'photo',
    ['emotional'],
    'partial_refund',
    600,
  ),
  // Sarcasm about honesty (scare-quoted «случайный пересорт», «как удобно»): accusation only.
  c(
    'r9u-29',
    'ru',
    `Ну конечно, опять «случайный пересорт» на складе — как удобно, что ошибка всегда в вашу пользу. Вместо 5 метров светодиодной ленты пришло 3 метра, измерила рулеткой при распаковке 21 ноября, фото прикладываю. Лента нужна для подсветки кухни длиной 4,8 м, и трёх метров не хватает. Это цельная катушка, обрезков в упаковке нет. Прошу вернуть 180 рублей за недостающие 2 метра.`,
    'photo',
    ['accusation'],
    'partial_refund',
    180,
  ),
  // Scam label «лохотрон» next to facts: accusation (flagged even with facts), not insult.
  c(
    'r9u-30',
    'ru',
    `Это обычный лохотрон: в описании натуральная кожа, а ремень оказался из кожзама, на срезе видна тканевая основа. Проверила в день получения, 3 ноября, фото среза прикладываю. Прошу полный возврат.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // «на ваше усмотрение»: partial refund without a sum.
  c(
    'r9u-31',
    'ru',
    `Пазл на 1000 деталей пришёл 12 ноября, при сборке не хватило 14 деталей, на фото видны пустые места. Собирать его заново смысла нет, поэтому прошу частичную компенсацию на ваше усмотрение.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Reply in a dispute ending with a question instead of a request: missing_resolution.
  c(
    'r9u-32',
    'ru',
    `Вы пишете, что отправили правильный размер, но на бирке платья, пришедшего 9 ноября, стоит S, а заказывала я M. Фото бирки и скрин заказа я уже прикладывала и прикладываю снова. Что мне теперь с этим делать?`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // Concrete symptom and relative time, but no evidence named and no file: missing_evidence only.
  c(
    'r9u-33',
    'ru',
    `Электрическая зубная щётка перестала держать заряд через неделю: после полной зарядки работает около двух минут, а не месяц, как написано в описании. Прошу замену на новую.`,
    'none',
    ['missing_evidence'],
    'exchange',
  ),
  // «Плохое качество» followed by a concrete defect (has_what true), but no time or discovery: missing_when only.
  c(
    'r9u-34',
    'ru',
    `Плохое качество пошива: у кресла-мешка разошёлся боковой шов сантиметров на 15, наполнитель сыплется на пол. Фото шва прикладываю. Прошу вернуть деньги.`,
    'photo',
    ['missing_when'],
    'full_refund',
  ),
  // Near-empty: a single two-letter word gets only empty_text.
  c('r9u-35', 'ru', `ок`, 'none', ['empty_text'], 'none'),

  // ══ English ═══════════════════════════════════════════════════════════════════════════════════════════════

  // ── Blockers: disguised profanity ──
  // Leetspeak "Phuck1ng" as a sarcastic intensifier about the item: profanity + emotional.
  c(
    'r9u-36v',
    'en',
    `The waterproof speaker I got on Oct 30 died the first time it touched pool water: the light went off and it no longer charges. Phuck1ng great. Video of it attached, I want a full refund.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Masked "a$$clowns" naming warehouse staff: profanity + insult.
  c(
    'r9u-37',
    'en',
    `Your a$$clowns in the warehouse sent a 6-pack of bike inner tubes with only 4 inside, I counted them at the post office on 2 November. Photo of the open pack is attached. Refund $5 for the two missing tubes.`,
    'photo',
    ['profanity', 'insult'],
    'partial_refund',
    5,
  ),
  // Spaced "s h i t" as a noun about the item: profanity only.
  c(
    'r9u-38',
    'en',
    `Ordered a 1.5 m HDMI 2.1 cable for my PS5, received it 11/14 and it only does 1080p, no 4K signal at all – total s h i t. Screenshot of the TV info screen and the listing are attached. Please send a replacement that supports 4K.`,
    'photo',
    ['profanity'],
    'exchange',
  ),

  // ── Blockers: insults without a swear word ──
  // Australian "drongos" aimed at the packers: insult only ("Fair dinkum" is not an emotion marker).
  c(
    'r9u-39',
    'en',
    `Fair dinkum, you drongos packed a kid's bike helmet in a bag with no box and it turned up in Perth on 19 Nov with the shell cracked right through at the back. Photos attached, full refund please.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Nigerian buyer, condescension about the team's reading: insult only (5 sentences).
  c(
    'r9u-40',
    'en',
    `Let me break this down in simple English since your team clearly struggles with reading. I ordered the blender in 220 V, and you sent a 110 V one with a US plug. It arrived in Abuja on 3 November and tripped the breaker the first time I plugged it in through an adapter. Photo of the rating label is attached. Kindly exchange it for the 220 V version.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Sarcastic praise of a failure aimed at the seller's design team: insult only.
  c(
    'r9u-41',
    'en',
    `Hats off to your design team for creating a rain jacket that soaks through at the shoulders after ten minutes of drizzle, truly world-class work. It happened on the first walk after delivery on 8 Nov, photo of my wet shirt underneath is attached. I'd like a refund.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Mocking comparison (a blindfolded raccoon) about the warehouse staff: insult only.
  c(
    'r9u-42v',
    'en',
    `A blindfolded raccoon would've packed this better than whoever works in your warehouse – the ceramic mug set arrived on 20 Oct with 3 of 6 mugs in pieces, loose in the box with zero padding. Unboxing video attached. Refund $12 for the broken ones please.`,
    'video',
    ['insult'],
    'partial_refund',
    12,
  ),
  // UK "proper plonkers" aimed at the seller: insult only.
  c(
    'r9u-43',
    'en',
    `Right, you lot are proper plonkers. I ordered the navy duvet cover in double and received a single in bright purple on 12 November. Photos of the label and packaging are attached. It was meant for the guest room, and my guests arrive on Saturday. Please send the right one.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Philippines, reply: questioning the staff's intelligence ("one brain cell to share"): insult only.
  c(
    'r9u-44',
    'en',
    `Do you people even have one brain cell to share among you? Third time I'm telling you the case is for iPhone 13 and you sent one for iPhone 12 again, the camera cutout doesn't line up, I noticed as soon as I opened it on 7 Nov. Last time I even sent you a screenshot of my order page. Photo attached. Please send the correct case.`,
    'photo',
    ['insult'],
    'exchange',
  ),

  // ── Blockers: veiled threats ──
  // Knowing the owner's home and the kids' school, ominous "think about that": threat only.
  c(
    'r9u-45v',
    'en',
    `I know your shop owner's real name, his home address in Yiwu and which school his kids go to. Think about that before you reject my claim again. The smartwatch I received on 1 Nov doesn't measure heart rate at all, the sensor light never turns on, see the attached video. The watch was a birthday gift for my father. Full refund.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // Doxxing: publishing the seller's phone, WeChat and wife's photos: threat only.
  c(
    'r9u-46',
    'en',
    `If this isn't refunded by Friday, your personal phone number, your WeChat ID and your wife's photos will be all over every buyers' group I'm in. The drone arrived on 25 October with a snapped propeller arm, photos attached. I want my money back.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "Cousins" who handle people "in their own way" and a visit: threat only (fraud-free, no name-calling).
  c(
    'r9u-47',
    'en',
    `My cousins handle people like you in their own way, and they travel a lot. The generator I received on 6 November has a cracked fuel tank and leaks petrol, I saw it the first time I filled it, photos are attached. Refund me and nobody has to visit anybody.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Polite, ominous menace ("keep your doors locked"): threat only.
  c(
    'r9u-48',
    'en',
    `Sleep well tonight and keep your doors locked, seller. The mattress topper I got on 18 Nov is 3 cm thick instead of 7 cm, measured with a tape measure, photo attached, refund please.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // The seller's masked swear quoted as evidence: quoted profanity is still profanity.
  c(
    'r9u-49',
    'en',
    `When I asked about the missing remote, the seller replied "f*** off, not my problem". The air conditioner arrived on 9 November without the remote control listed in the package contents. Screenshots of the chat and the listing are attached. Please refund $15 for the missing remote.`,
    'photo',
    ['profanity'],
    'partial_refund',
    15,
  ),
  // Masked "@$$h0les" calling the seller names: profanity + insult.
  c(
    'r9u-50',
    'en',
    `You @$$h0les sent me a used hair clipper, there is hair stuck in the blades and scratches all over the body, found on unboxing on 23 Oct. Photos attached, refund now.`,
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),

  // ── Ready: innocent traps and complete texts ──
  // Lawful steps stated firmly (escalation, chargeback, consumer protection, honest review): ready (5 sentences).
  c(
    'r9u-51v',
    'en',
    `The tablet I received on 4 November has a dead pixel line running down the left third of the screen, visible in the video I took right after unboxing. I have asked for a refund twice in chat without an answer. If this dispute is not resolved, I will escalate it to AliExpress, file a chargeback with my bank and report the listing to consumer protection. I will also leave an honest review with the video. Please refund the full amount.`,
    'video',
    [],
    'full_refund',
  ),
  // Place and brand names with rude-looking substrings (Scunthorpe, Dickies): innocent; ready.
  c(
    'r9u-52',
    'en',
    `I'm in Scunthorpe and ordered a pair of Dickies-style work trousers, waist 34. They arrived on 16 November with a 30 waist label and measure 76 cm around the waistband, photo with the tape measure attached. Could you please send the 34 instead?`,
    'photo',
    [],
    'exchange',
  ),
  // Cockburn (suburb), "shitake" (common misspelling), cocktail shaker: innocent; missing part named; ready.
  c(
    'r9u-53',
    'en',
    `Delivered to Cockburn Central on 21 Oct: a shitake mushroom grow kit and a cocktail shaker set. The shaker set is fine, but the mushroom kit came without the spawn block, the box only had the humidity tent and a spray bottle. Photo of the box contents next to the listing is attached. Please send the missing spawn block.`,
    'photo',
    [],
    'exchange',
  ),
  // The seller's insult quoted as evidence (reported speech, no mat): not the buyer's insult; ready return.
  c(
    'r9u-54',
    'en',
    `The seller replied to my first message calling me "a stupid customer who can't read". For the record, the listing promises 1080p native resolution, but the projector I got on 10 November shows 480p native in its own settings menu. I paid for this model specifically because of that line in the listing. The menu photo and the chat screenshot are attached. I would like to return the projector for a full refund.`,
    'photo',
    [],
    'return',
  ),
  // Negated accusation ("not saying anyone did this on purpose"): not an accusation; ready.
  c(
    'r9u-55',
    'en',
    `I'm not saying anyone did this on purpose, probably a mix-up at packing. The order was for 2 m of black silicone tubing with an 8 mm inner diameter, but on 27 Oct I received 6 mm tubing, measured with calipers; photo attached. Please send the 8 mm one.`,
    'photo',
    [],
    'exchange',
  ),
  // Irony about the product, not praise of a person; offer to send it back: return; ready.
  c(
    'r9u-56v',
    'en',
    `Ironically, the anti-slip bath mat slid right across the tiles the first time my mother stepped on it, on 12 November; the suction cups don't grip at all. Video of it sliding is attached. I'm happy to send it back for a refund.`,
    'video',
    [],
    'return',
  ),
  // US buyer, sum in words ("twelve dollars fifty"): partial 12.5; ready (2 sentences).
  c(
    'r9u-57',
    'en',
    `The table lamp arrived on Nov 3 with the shade dented on one side, as you can see in the photos. It still works, so I'll keep it if you refund twelve dollars fifty.`,
    'photo',
    [],
    'partial_refund',
    12.5,
  ),
  // Learner from Germany, "€6,50" with a decimal comma: partial 6.5; ready.
  c(
    'r9u-58',
    'en',
    `Hallo, I am from Germany and my English is not so good. The set of 4 kitchen knives came on 5 November but only 3 knives are in the box, the place for the bread knife is empty, see photo. Please give me back €6,50 for the missing knife.`,
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // Declined refund, asks for the missing charger: exchange; ready.
  c(
    'r9u-59',
    'en',
    `I don't want my money back, I just need the charger that should have come with it. The electric scooter arrived on 2 November with no charger in the box, though the listing shows one; photos of the box contents are attached. Please ship the charger.`,
    'photo',
    [],
    'exchange',
  ),
  // Reply declining a $2 offer, measured capacity, counter-sum $9: ready (5 sentences).
  c(
    'r9u-60',
    'en',
    `Thanks for offering $2, but I can't accept that. The power bank is sold as 20000 mAh, and my USB tester measured only 8200 mAh over three full cycles after it arrived on 29 October. Photos of the tester readings are attached. That is well under half the advertised capacity. I'm asking for a partial refund of $9 and I'll keep the power bank.`,
    'photo',
    [],
    'partial_refund',
    9,
  ),
  // Indian buyer, rupees, "the price difference" with a stated sum: partial 450; ready.
  c(
    'r9u-61',
    'en',
    `Sir, the steel water bottle delivered to Pune on 14 November is 500 ml, but I ordered and paid for the 1 litre one; photo of the bottle beside the order screen is attached. Kindly refund ₹450, the price difference between the two sizes.`,
    'photo',
    [],
    'partial_refund',
    450,
  ),
  // Philippines, non-receipt with elapsed time and a tracking number: ready.
  c(
    'r9u-62',
    'en',
    `Good day po. I ordered a rice cooker on September 18 and after 50 days it is still not delivered to Quezon City. Tracking number RB987654321SG has shown "Arrived at sorting center" since October 2, screenshot attached. The seller told me to wait two more weeks, and I did. Please refund my payment.`,
    'photo',
    [],
    'full_refund',
  ),
  // Learner's English with a measured mismatch and an offer to send back: return; ready.
  c(
    'r9u-63',
    'en',
    `Hello, I buy a winter jacket size XL but the jacket what I receive on 13 November have the sleeves 10 cm more short than the size table, I measure with tape. I send the photos with tape in attachment. I want to send back the jacket and receive my money.`,
    'photo',
    [],
    'return',
  ),
  // Error code and symptom, offer to send back at the seller's cost: return; ready.
  c(
    'r9u-64v',
    'en',
    `The robot vacuum I received on 31 October stops every 2–3 minutes with error E5 (left wheel stuck), even on a bare floor. I've attached a video showing the error. I can send the vacuum back at your shipping cost for a full refund.`,
    'video',
    [],
    'return',
  ),
  // Police report as a lawful step, non-receipt ("marked delivered"), no label of theft by the seller: ready.
  c(
    'r9u-65',
    'en',
    `My parcel was marked delivered on 6 November, but nothing was left at my door and my building's CCTV shows no courier that day. I've reported it to the local police (report no. 2026/11/4471) and attached the tracking screenshot and the police letter. Please issue a full refund.`,
    'photo',
    [],
    'full_refund',
  ),

  // ── Needs work ──
  // Generic "not as described"; "last week" is a relative time: missing_what only.
  c(
    'r9u-66',
    'en',
    `Item is not as described. Got it last week, photos attached. I want a refund.`,
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // "defective" with no time: missing_what + missing_when (exactly 8 words, not too_short).
  c(
    'r9u-67',
    'en',
    `The item is defective, photos attached, refund please.`,
    'photo',
    ['missing_what', 'missing_when'],
    'full_refund',
  ),
  // "worst", "ridiculous", "!!!": emotional only.
  c(
    'r9u-68v',
    'en',
    `This is the worst purchase I've ever made, absolutely ridiculous!!! The LED strip I received on 10 November has the last 2 metres not lighting at all, video attached. Refund me.`,
    'video',
    ['emotional'],
    'full_refund',
  ),
  // Three capitalised words ("EU" is an abbreviation): emotional only.
  c(
    'r9u-69',
    'en',
    `THIS IS UNACCEPTABLE. The shoes I ordered in EU 42 arrived on 22 October as EU 40, it's printed inside the tongue, photo attached. Please exchange them for size 42.`,
    'photo',
    ['emotional'],
    'exchange',
  ),
  // "Classic bait and switch" is a label of intent: accusation even with facts.
  c(
    'r9u-70',
    'en',
    `Classic bait and switch: the listing shows a stainless steel watch band, and what came on 8 Nov is painted plastic that's already peeling at the clasp. Photos attached, refund please.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Scare quotes around "accidental" and "never in the buyer's favour": sarcasm about honesty → accusation.
  c(
    'r9u-71',
    'en',
    `Another "accidental" mix-up, what a surprise – funny how these mistakes never go in the buyer's favour. I ordered the 64 GB microSD and the card that arrived on 15 November is labelled and formatted as 32 GB, screenshot of the phone storage screen attached. I checked it in two phones and a card reader with the same result. The 32 GB version is listed at almost half the price. Please send the 64 GB card.`,
    'photo',
    ['accusation'],
    'exchange',
  ),
  // "half the price back": partial refund without a sum.
  c(
    'r9u-72',
    'en',
    `The camping lantern arrived on 4 November with the hanging hook snapped off, though the light itself works (photo attached). Since it's still usable, I'd accept half the price back.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Reply to a refusal, "Refund the difference": partial refund without a sum.
  c(
    'r9u-73',
    'en',
    `I don't agree with your refusal. You sent the 3-seat sofa cover instead of the 4-seat one I paid for; it arrived on 19 Oct and is 60 cm too short, see the photos. Refund the difference.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Complete facts, but "What should I do?" is not a request: missing_resolution.
  c(
    'r9u-74',
    'en',
    `Hello, the parcel arrived on 28 October but the phone holder inside has a broken clamp spring, so it doesn't close at all. Photo attached. What should I do?`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // Concrete symptom and date, no evidence named and no file: missing_evidence.
  c(
    'r9u-75',
    'en',
    `Bought a kids' drawing tablet that arrived Nov 2. The stylus doesn't register on the right half of the screen. It is for my son's drawing lessons. I tried two different cables and a full charge, nothing changes. Please send a replacement.`,
    'none',
    ['missing_evidence'],
    'exchange',
  ),
  // Video promised in the text but no file in the form: evidence_not_attached.
  c(
    'r9u-76',
    'en',
    `The earbuds arrived on 17 November and the left one crackles loudly at any volume. I've attached a video where you can hear it, please refund.`,
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // Concrete defect, photo attached, no time or discovery circumstance: missing_when.
  c(
    'r9u-77',
    'en',
    `The USB hub has only 3 working ports out of 4, the fourth does not detect any device, see the attached photo. Please send a new hub.`,
    'photo',
    ['missing_when'],
    'exchange',
  ),
  // Non-receipt named (has_what) but nothing else, under 8 words.
  c(
    'r9u-78',
    'en',
    `Where is my parcel?`,
    'none',
    ['missing_when', 'missing_evidence', 'missing_resolution', 'too_short'],
    'none',
  ),
  // Empty text (whitespace only): empty_text only.
  c('r9u-79', 'en', `   `, 'none', ['empty_text'], 'none'),
  // Nigerian buyer: fraud labels ("thieves", "scam") are accusation, not insult; vague quality, nothing else given.
  c(
    'r9u-80',
    'en',
    `You people are thieves, this is a scam. The product is rubbish quality and nothing like what you advertised.`,
    'none',
    ['accusation', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
];
