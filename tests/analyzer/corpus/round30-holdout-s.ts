import { labelled as c, type CorpusCase } from './types';

/**
 * Round thirty, hold-out set S: buyers who talk in proverbs, sayings, film and song quotes and internet memes, in
 * Russian and English. Written by a hand that has not read the analyzer's rules or other corpus files; labels follow
 * DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - A saying is labelled by what it does: a proverb about the buyer's own thrift, luck or patience («Скупой платит
 *   дважды», «Доверяй, но проверяй», "Every cloud has a silver lining") is no finding.
 * - Proverbs that call the seller a thief or a cheat («На воре и шапка горит», «Не обманешь — не продашь» as the
 *   seller's motto, «Бог шельму метит», «Вор должен сидеть в тюрьме», "if it walks like a scam", "pull the other
 *   one … you knew full well") are accusations; «Обещанного три года ждут» about a late parcel is irony, no accusation.
 * - Menacing proverbs and film lines turned on the seller (Тарас Бульба's «я тебя породил…», «Отольются кошке мышкины
 *   слёзки» with the warehouse address, «Я вас из-под земли достану», «бить буду аккуратно, но сильно», the Taken and
 *   Godfather speeches, Cape Fear, "revenge is a dish best served cold" with a home address) are threats.
 * - «Не рой другому яму» alone would be an appeal to fate like "karma"; followed by "I'll help you fall in, I found your
 *   address" it is a threat.
 * - The same lines aimed at a parcel ("I will find you", «Ну, погоди!»), printed on the product, a film title, a gun or
 *   a shooting in a lyric threaten nobody; "Say hello to my little friend" that turns out to be a bank chargeback form
 *   is a lawful step.
 * - "Ha, I know where you live … Just kidding. Mostly." stays a threat (a joke disclaimer does not cancel it).
 * - Mocking sayings aimed at the staff («Ума палата, да ключ потерян», «Смотрите в книгу — видите фигу» with words cut
 *   into syllables, "Ok boomer 🤡", "I'll type this slowly") are insults; "I'm not the sharpest tool in the shed" said
 *   of oneself is not; the meme "I'm not crying, you're crying" is no insult (its crying emoji makes it emotional).
 * - A Pulp Fiction line with masked profanity addressed to the seller ("English, m*therf*cker, do you speak it?") is
 *   profanity and insult; "the f*cking handle" is an intensifier before the item: profanity and emotional.
 * - «Ёшкин кот», «блин», «хреновый», «бляха» (a belt buckle), «Сукко» (a village), "Great Tit" (a bird) are innocent.
 * - A request that depends on a deadline ("if it can't be found by the end of the month, refund me") is the request.
 * - "?!" counts as two marks in a row; two single question marks in separate sentences do not.
 * - Every text with a file in the form also names the evidence, so no label here depends on how a silent attachment is
 *   read; a tracking number or an order-status screenshot counts as evidence.
 */
export const ROUND30_HOLDOUT_S: CorpusCase[] = [
  // a proverb about the buyer's own thrift; defect, date, photo, refund: ready
  c(
    'r30s-01',
    'ru',
    'Скупой платит дважды — это про меня: взяла самый дешёвый электрочайник за 1 290 ₽. 12 марта, при первом же кипячении, из-под основания пошла вода, а шов у ручки разошёлся на 3 мм. На фото видно, где течёт и где щель. Прошу вернуть деньги полностью.',
    'photo',
    [],
    'full_refund',
  ),
  // meme quote is innocent; the difference is named in words (410): ready
  c(
    'r30s-02',
    'ru',
    'Как в том меме: «Это фиаско, братан». Заказывала садовый шланг на 15 метров, при распаковке 3 апреля измерила рулеткой — 9,5 м. Фото с рулеткой приложила. Шланг оставлю, прошу вернуть разницу — четыреста десять рублей.',
    'photo',
    [],
    'partial_refund',
    410,
  ),
  // film line as an opener; symptom, receipt date, video, replacement: ready
  c(
    'r30s-03',
    'en',
    'Houston, we have a problem. The desk lamp I ordered is listed with three brightness levels, but the one that arrived on 2 May only has one: pressing the touch switch turns it on and off, the brightness never changes. The video attached shows me pressing it five times. Please send a replacement lamp that dims as listed.',
    'video',
    [],
    'exchange',
  ),
  // ominous proverb plus 'I remembered your warehouse address': veiled threat
  c(
    'r30s-04',
    'ru',
    'Отольются кошке мышкины слёзки, продавец. Самокат для сына пришёл 5 мая с трещиной поперёк деки, сантиметров десять, — ребёнок на первой же прогулке чуть не упал. Фото трещины прикладываю. Верните деньги. А магазин ваш и адрес склада я запомнил, так что подумайте хорошенько.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // the duck saying labels the sale a scam: accusation despite the facts
  c(
    'r30s-05',
    'en',
    "If it walks like a scam and quacks like a scam… The wallet was listed as genuine leather. The one I received on 14 June is plastic: after two days in my pocket the edge peeled and there's a fabric mesh underneath. Photos of the peeled edge attached. Full refund please.",
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // the 'thief's hat' proverb calls the seller a thief: accusation
  c(
    'r30s-06',
    'ru',
    'На воре и шапка горит: стоило мне в чате спросить, почему на коробке нет заводской плёнки, как вы тут же удалили переписку. Робот-пылесос пришёл 21.02, боковая щётка не крутится, на корпусе царапины, в контейнере пыль — им явно уже пользовались. Фото прилагаю. Верните деньги.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // 'This is fine' meme is no emotion marker; offers the heater back: return, ready
  c(
    'r30s-07',
    'en',
    "This is fine. (I'm the dog in the burning room meme right now.) The fan heater smelled of melting plastic from the very first switch-on on 9 November, and by the third day the plug had got hot enough to leave a brown mark on the socket. Photos of the plug and the socket attached. I'm not using it again. I can send it back to you — please refund the full price once it's returned.",
    'photo',
    [],
    'return',
  ),
  // Taras Bulba's line turned on the seller and 'return the money and you'll live': threat; no evidence
  c(
    'r30s-08',
    'ru',
    'Как говорил Тарас Бульба: я тебя породил, я тебя и убью. Я у тебя, продавец, третий год всё беру, полподъезда к тебе привёл — значит, и разбираться с тобой буду сам, без всякого арбитража. Кофемолка пришла 2 октября, на любом режиме мелет одинаково крупно, верхний жернов болтается. Деньги вернёшь — поживёшь ещё.',
    'none',
    ['threat', 'missing_evidence'],
    'full_refund',
  ),
  // 'I know where you live' as a joke, with the address and 'Mostly': the disclaimer does not cancel the threat
  c(
    'r30s-09',
    'en',
    "Ha, I know where you live — the listing gives your shop's address, Bao'an district, building 7, third floor. Just kidding. Mostly. The bike pump I got on 8 August doesn't hold pressure: the gauge drops from 80 psi to zero in about ten seconds. Video attached. Refund me and we're good.",
    'video',
    ['threat'],
    'full_refund',
  ),
  // Scarface line that points at a bank chargeback, a lawful step: innocent, ready
  c(
    'r30s-10',
    'en',
    "Say hello to my little friend: the chargeback form from my bank, which I'll file on Monday if this isn't sorted. The electric toothbrush stopped charging on day four (it came on 3 February); the light on the charging base doesn't come on at all, with two different sockets. Photo of the dead base attached. Please refund the full price.",
    'photo',
    [],
    'full_refund',
  ),
  // song meme; non-receipt with elapsed time, tracking number as evidence, conditional refund: ready
  c(
    'r30s-11',
    'ru',
    'Я календарь переверну — и снова 3 сентября… Только мне не до песен: кроссовки для дочки жду с 3 августа, больше месяца. Трек RB123456789CN последний раз обновлялся 10 августа, «прибыло в сортировочный центр», и всё. Если посылка не найдётся до 15 сентября — верните деньги.',
    'none',
    [],
    'full_refund',
  ),
  // film quote with '!!!' and «в шоке»: emotional; otherwise complete, partial 640
  c(
    'r30s-12',
    'ru',
    'Шеф, всё пропало!!! Гипс снимают, клиент уезжает… Это я про свой набор форм для выпечки: открыла коробку 18 ноября — половина форм погнута, две сплющены в блин. Я в шоке. Фото в приложении. Верните за погнутые формы 640 ₽.',
    'photo',
    ['emotional'],
    'partial_refund',
    640,
  ),
  // Scarface line as a visit by a relative who has the address: threat
  c(
    'r30s-13',
    'en',
    'You want to play games? Fine. Say hello to my little friend — my brother-in-law drives through Yiwu every month, and he has your warehouse address. The saucepan set was listed as stainless steel: the base of the big pan warped on the first use, 3 March, and rust spots came up after one wash. Photos attached. Send a new set.',
    'photo',
    ['threat'],
    'exchange',
  ),
  // violent-sounding film title and saying that threaten nobody: ready
  c(
    'r30s-14',
    'en',
    'Revenge is a dish best served cold, but posters are best served in the right size. I ordered the Kill Bill Vol. 1 poster in A2 (42×59.4 cm). What came is A3, 29.7×42 cm — I measured it with a tape as soon as I unrolled it on 22 January. Photo with the tape measure attached. Please send the A2 size I paid for.',
    'photo',
    [],
    'exchange',
  ),
  // «в бешенстве» is affect; no time, no evidence
  c(
    'r30s-15',
    'ru',
    'Надо, Федя, надо… Нет уж, не надо такого. Я в бешенстве. Пуховик, заявленный до минус тридцати, продувается насквозь, а через швы на рукавах лезет пух. Верните деньги.',
    'none',
    ['emotional', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // a saying and generic words only; «разберитесь» is no request
  c(
    'r30s-16',
    'ru',
    'Хотели как лучше, а получилось как всегда. Товар не соответствует описанию, качество так себе. Разберитесь.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // a heartbreak lyric with shooting words threatens nobody: ready
  c(
    'r30s-17',
    'en',
    "'Bang bang, he shot me down' — my daughter sang that, very dramatically, when she opened her birthday present. The music box plays for about two seconds, then the spring jams and the tune stops. It arrived on 19 September, the day before her birthday. Video attached. I'd like a refund, please.",
    'video',
    [],
    'full_refund',
  ),
  // transliterated Russian; 'Blyat' as an interjection: profanity and emotional
  c(
    'r30s-18',
    'ru',
    'Kak govoritsya, hoteli kak luchshe. Blyat, opyat ne tot tsvet prislali: zakazyvala pled zelenyj 150x200, prishel seryj. Raspakovala 9 dekabrya, foto prilagayu. Pomenyajte na zelenyj.',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // 'as much as you see fit' for missing items: partial refund without a sum
  c(
    'r30s-19',
    'ru',
    'Дарёному коню в зубы не смотрят, но этого коня я купила сама. Набор кистей для рисования на 24 штуки пришёл 7 июля, а кистей в нём 18 — пересчитала при распаковке дважды. Фото набора приложено. Верните за недостающие кисти сколько сочтёте нужным.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // says a video is attached but the form has no file
  c(
    'r30s-20',
    'ru',
    'Доверяй, но проверяй — вот и проверила. Кухонные весы показывают гирю в 1 кг как 1 240 г. Проверяла 11 января, сразу после получения, и ещё раз на следующий день. Видео с гирей прикладываю. Прошу замену.',
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // 'I'll type this slowly' meme talks down to the reader: insult
  c(
    'r30s-21',
    'en',
    "I'll type this slowly, since reading clearly isn't your team's strong suit. The rug. Is. 120 by 170. Not 160 by 230, as listed. I measured it the day it arrived, 6 February; the photo with the tape is attached. Refund the difference: $34.",
    'photo',
    ['insult'],
    'partial_refund',
    34,
  ),
  // a proverb mocking the packers' wits, aimed at people: insult; whole price named: full refund
  c(
    'r30s-22',
    'ru',
    'Ума палата, да ключ потерян — это про ваших упаковщиков. Стеклянную вазу завернули в один слой газеты и положили в пакет. Пришла 16.04 в осколках; фото осколков и пакета приложила. Верните 2 300 ₽ — это полная стоимость заказа.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // «бляха» is a belt buckle, not mat: ready
  c(
    'r30s-23',
    'ru',
    'Заказывал армейский ремень с латунной бляхой, 1 450 ₽. Пришла бляха из крашеного сплава: через неделю носки краска облезла до серого металла, латуни там и не было. Фото облезшей бляхи приложил. Не в деньгах счастье, но верните полную стоимость.',
    'photo',
    [],
    'full_refund',
  ),
  // masked swear word as an intensifier before the item: profanity and emotional
  c(
    'r30s-24',
    'en',
    'Yippee-ki-yay. All I wanted was a quiet Christmas dinner, then the f*cking handle snapped off the cast-iron pan the second time I lifted it, on 27 December. Photo of the break attached. Send me a new pan.',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // spaced mat judging the item, no cry: profanity only
  c(
    'r30s-25',
    'ru',
    'Про такие вещи говорят: дёшево и сердито. Только тут не сердито, а х у й н я, а не термос: заявлено 24 часа, а чай остывает за два. Проверяла 2 февраля, в первый же день: налила кипяток в 8 утра, к 10 — еле тёплый. Фото градусника приложила. Верните деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // a village name with a rude-looking piece; non-receipt, 45 days, tracking, resend: ready
  c(
    'r30s-26',
    'ru',
    'Сидим у моря, ждём погоды — точнее, палатку. Заказ шёл в пункт выдачи в посёлке Сукко (Анапа), трек LP00987654321098. С 10 июня статус «в пути», прошло 45 дней, посылки нет. Отправьте, пожалуйста, палатку повторно.',
    'none',
    [],
    'exchange',
  ),
  // 'Ok boomer' and a clown emoji aimed at support: insult
  c(
    'r30s-27',
    'en',
    "Your support told me the cracked screen protectors are 'normal for glass'. Ok boomer 🤡 Three of the five protectors came cracked from the corner; I opened the pack on 30 April. Photo attached. Send three new ones.",
    'photo',
    ['insult'],
    'exchange',
  ),
  // the seller's mat quoted as evidence stays profanity, nothing else
  c(
    'r30s-28',
    'ru',
    'Прилагаю скрин переписки: на мой вопрос про сломанную молнию продавец ответил «иди на х*р, сама порвала». Как говорится, без комментариев. Молния на рюкзаке разошлась 6 сентября, на второй день носки, бегунок слетел. Прошу вернуть деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // 'Press F' meme, one letter: empty text only
  c('r30s-29', 'en', 'F', 'none', ['empty_text'], 'none'),
  // film quote, then 'expect guests' near the warehouse: threat; asks for nothing
  c(
    'r30s-30',
    'ru',
    'Как в «Брате 2»: сила в правде. А правда в том, что вместо новой болгарки вы прислали б/у: на защитном кожухе следы резки, щётки стёрты. Получил 25 июля, фото приложил. Кстати, склад ваш в Подольске, кум мой там рядом работает. Ждите гостей, поговорим по-братски.',
    'photo',
    ['threat', 'missing_resolution'],
    'none',
  ),
  // 'no sale without deceit' given as the seller's motto: accusation
  c(
    'r30s-31',
    'ru',
    'Не обманешь — не продашь, да? Смотрю, это ваш девиз. В описании постельного белья 100% хлопок, а на бирке — 65% полиэстер. Бирку сфотографировала, фото приложено. Получила 30.01. Прошу вернуть деньги.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // 'on purpose' and '!!'; no date, no evidence, money back without a sum
  c(
    'r30s-32',
    'en',
    'Fool me once, shame on you; fool me twice, shame on me. This is the second time your shop sends cream towels instead of white. You do it on purpose!! Give me some money back for the hassle.',
    'none',
    ['emotional', 'accusation', 'missing_when', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // the karma proverb becomes a threat with 'I'll help, I found your address'; vague otherwise
  c(
    'r30s-33',
    'ru',
    'Не рой другому яму — сам в неё попадёшь. А я помогу попасть: адрес ваш я уже нашла, и не только магазина. Чайник пришёл с браком, сами знаете каким. Верните деньги.',
    'none',
    ['threat', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // a bank chargeback is a lawful step; refund not received, dates, screenshot: ready
  c(
    'r30s-34',
    'ru',
    'Долг платежом красен. Заказ (шторы блэкаут, 2 шт.) вы отменили сами 12 октября и обещали вернуть деньги до 20 октября. Сегодня 2 ноября — денег нет. Скриншот вашего сообщения об отмене прилагаю. Верните всю сумму заказа, 3 870 ₽. Если не получится, подам заявление на возврат платежа в свой банк.',
    'photo',
    [],
    'full_refund',
  ),
  // the Taken line is said to the parcel, not the seller; tracking, 48 days, conditional refund: ready
  c(
    'r30s-35',
    'en',
    "I don't know who you are, parcel, but I will look for you, I will find you… Joking aside: my order of two bath towels hasn't arrived. Tracking YT2301234567890 has said 'arrived in destination country' since 2 March, 48 days with no movement. If it can't be found by the end of the month, please refund me.",
    'none',
    [],
    'full_refund',
  ),
  // «шельма», «специально», «ворьё» accuse; '!!!'; no evidence, no request
  c(
    'r30s-36',
    'ru',
    'Бог шельму метит: у вашего магазина за неделю сорок одинаковых пятизвёздочных отзывов. Вы специально продаёте брак, ворьё!!! Фен на третий день задымился и перестал включаться.',
    'none',
    ['emotional', 'accusation', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // the Taken speech aimed at the seller: threat; no time, no evidence
  c(
    'r30s-37',
    'en',
    "I have a very particular set of skills, skills that make me a nightmare for sellers like you. Refund me, and that'll be the end of it. If you don't, I will look for you, I will find you, and you won't enjoy it. The kettle lid won't stay shut — it pops open every time the water boils.",
    'none',
    ['threat', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // the police report is lawful, but the Zheglov line calls the seller a thief: accusation
  c(
    'r30s-38',
    'ru',
    'Как говорил Жеглов, вор должен сидеть в тюрьме. Заявление в полицию я напишу, а здесь прошу вернуть 5 600 ₽ — полную стоимость: вместо смарт-часов в коробке лежал кусок мыла. Вес посылки по трекингу 0,12 кг, а у часов в коробке — 0,45. Вскрывала 17 июня прямо на почте, видео вскрытия приложено.',
    'video',
    ['accusation'],
    'full_refund',
  ),
  // «тетери сонные» at the staff: insult; '!!'; no time, no evidence
  c(
    'r30s-39',
    'ru',
    'Ну вы и тетери сонные!! Я же в комментарии к заказу писала: цвет бежевый. Прислали чёрные шторы. Полный возврат.',
    'none',
    ['insult', 'emotional', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // crying emoji: emotional; the meme's 'you're crying' is no insult
  c(
    'r30s-40',
    'en',
    "I'm not crying, you're crying 😭 The cake topper for my grandmother's 80th arrived snapped in two on 11 April, the morning of the party. Photo attached. Please send a new one.",
    'photo',
    ['emotional'],
    'exchange',
  ),
  // «ёшкин кот», «хреновый», «блин» are soft euphemisms: ready, partial 350
  c(
    'r30s-41',
    'ru',
    'Ёшкин кот, ну и хреновый же клей положили в комплект к обоям: блин, на второй день полотна отошли по всем швам. Клеили 14–15 апреля строго по инструкции. Фото швов приложила. Обои оставлю, верните 350 ₽ за клей.',
    'photo',
    [],
    'partial_refund',
    350,
  ),
  // a menacing film line printed on the product threatens nobody: ready
  c(
    'r30s-42',
    'ru',
    'Заказывал брату в подарок футболку с надписью «Пасть порву, моргалы выколю» из «Джентльменов удачи». После первой стирки, 11 ноября, при 30 градусах надпись потрескалась и наполовину осыпалась. Фото до и после прикладываю. Прошу обменять на новую.',
    'photo',
    [],
    'exchange',
  ),
  // one word of two letters: empty text only
  c('r30s-43', 'ru', 'ой', 'none', ['empty_text'], 'none'),
  // masked swear word before a name: profanity and insult, not emotional
  c(
    'r30s-44',
    'en',
    'You absolute f*cking clowns. The curtains are listed with a 2 m drop, mine are 1.6 m — measured on 8 March, the day they arrived. Photo attached. Refund the difference, $12.',
    'photo',
    ['profanity', 'insult'],
    'partial_refund',
    12,
  ),
  // mat with a digit, asked of «ты»: profanity and insult
  c(
    'r30s-45',
    'ru',
    'Слышь, продавец, ты е6анутый? Семь раз отмерь — один отрежь, а ты и одного раза не отмерил: заказывал туфли 44-го размера, прислал 38-й. Пришли 19 марта, примерил сразу — не налезают. Фото бирки с размером прикладываю. Меняй на 44-й.',
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // the buyer's saying about himself is no insult: ready
  c(
    'r30s-46',
    'en',
    "I'm not the sharpest tool in the shed and I know next to nothing about drills, but calipers don't lie: the set is sold as 10 mm masonry bits and all five measure 8 mm. Checked on 2 September when they came. Photo of the caliper reading attached. Please exchange them for 10 mm bits.",
    'photo',
    [],
    'exchange',
  ),
  // 'I'll dig you out from under the ground' with the director's page and children: threat
  c(
    'r30s-47',
    'ru',
    'Я вас из-под земли достану, как говорится. Знаю, что директор вашего магазина — Ли Вэй, страничку его в соцсети я тоже нашёл, детки у него милые. Утюг: подошва поцарапана, из отпаривателя течёт вода. Жду возврата денег.',
    'none',
    ['threat', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // 'half the price' is a partial refund without a sum
  c(
    'r30s-48',
    'ru',
    'И на старуху бывает проруха — перепутали, понимаю. Вместо двух упаковок фильтров для пылесоса пришла одна. Заметила 5 июня при распаковке, фото приложила. Одну оставлю, верните половину стоимости.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // generic 'not as described', a question instead of a request
  c(
    'r30s-49',
    'en',
    "It is what it is, I guess. Not happy with the item, it's not as described. What should I do?",
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // decimal comma sum: partial 149.5, ready
  c(
    'r30s-50',
    'ru',
    'Мелочь, а неприятно. Из трёх обложек на паспорт одна пришла с перекошенным тиснением — буквы съехали на 5 мм. Получила 12.12, фото приложила. Перекошенную оставлю себе, верните за неё 149,50 ₽.',
    'photo',
    [],
    'partial_refund',
    149.5,
  ),
  // Godfather line with 'friends who know your shop': threat
  c(
    'r30s-51',
    'en',
    "I'm gonna make you an offer you can't refuse: a full refund by Friday. You don't want to find out what happens if you refuse — my friends in Guangzhou know your shop very well. The knife set rusted along the blades after the second hand wash, on 12 February. Photo attached.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // declines an exchange, asks for the money: full refund, ready
  c(
    'r30s-52',
    'ru',
    'Обжёгшись на молоке, дуют на воду: второй такой же блендер мне не нужен, замену не предлагайте. Он перестал переключать скорости на десятый день, 24 февраля: работает только на максимальной. Видео приложила. Верните деньги.',
    'video',
    [],
    'full_refund',
  ),
  // bird names that look rude are innocent: ready
  c(
    'r30s-53',
    'en',
    "As my nan says, you get what you pay for — but this was £19. The Great Tit bird feeder (listed as squirrel-proof, for tits and finches) arrived on 6 January with the cage bent, so there's a gap of about 4 cm and the squirrels get straight in. Photos attached. Please send a replacement.",
    'photo',
    [],
    'exchange',
  ),
  // the cartoon title said to a parcel is no threat; parcel returned, tracking, resend: ready
  c(
    'r30s-54',
    'ru',
    '«Ну, погоди!» — сказала я посылке, когда увидела статус «возвращено отправителю» от 3 октября. Коврик для йоги я так и не получила, трек LB123456789CN. Пожалуйста, отправьте его ещё раз.',
    'none',
    [],
    'exchange',
  ),
  // mat with a Latin look-alike letter as a word for the item: profanity only
  c(
    'r30s-55',
    'ru',
    'Век живи — век учись: больше дешёвую технику не беру. Мультиварка, 8 января, на втором включении отломилась защёлка — крышка больше не закрывается. Фото прилагаю. Верните деньги за этот пиzдец.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // an honest review is lawful; a percentage gives no sum
  c(
    'r30s-56',
    'en',
    "Every cloud has a silver lining: at least I found out before the party. The 10 m LED string (100 bulbs) has 38 dead bulbs in the second half; I tested it on 20 December, the day it came. Video attached. I'll keep it for the first half and leave an honest review either way. Please refund 50%.",
    'video',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // transliterated Russian meme, missing bits, send the missing part: exchange, ready
  c(
    'r30s-57',
    'ru',
    'Eto fiasko, bratan. Zakazyval nabor otvertok na 32 predmeta, prishlo 24 — pereschital pri raspakovke 6 marta. Foto prilozhil. Prishlite nedostayushchie 8 bit.',
    'photo',
    [],
    'exchange',
  ),
  // Stanislavsky's line followed by 'you are simply lying': accusation
  c(
    'r30s-58',
    'ru',
    'Вы пишете, что отправили заказ 1 марта. Как говорил Станиславский: «Не верю!» И правильно не верю — вы просто врёте: статус заказа до сих пор «ожидает отправки», прошло 34 дня, посылки нет. Скриншот статуса прилагаю. Верните деньги.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // a stalker film and the seller's home address: veiled threat
  c(
    'r30s-59',
    'en',
    "Cape Fear — ever seen it? Remember the guy on the boat. I've got all the time in the world, and your home address is on the return label. The camping stove leaks gas at the valve; I smelled it the first time I screwed on a canister, 1 August. Video attached. Full refund.",
    'video',
    ['threat'],
    'full_refund',
  ),
  // a negated fraud label is no accusation: ready
  c(
    'r30s-60',
    'ru',
    'Я не говорю, что вы мошенники: конь о четырёх ногах, и тот спотыкается. Но в коробке с настольной игрой не оказалось кубиков и фишек, только поле и карточки. Открыли 26 декабря, фото содержимого приложила. Пришлите, пожалуйста, недостающие кубики и фишки.',
    'photo',
    [],
    'exchange',
  ),
  // 'disappointed' is affect; non-receipt with days, but no evidence and no request
  c(
    'r30s-61',
    'en',
    'Why are we still here? Just to suffer? 53 days and still no parcel with my phone tripod. Honestly so disappointed.',
    'none',
    ['emotional', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // a proverb about not reading plus words cut into syllables: insult
  c(
    'r30s-62',
    'ru',
    'Смотрите в книгу — видите фигу. Повторяю по слогам, раз с первого раза не до-хо-дит: ку-пи-ла со-рок вто-рой раз-мер, при-шёл трид-цать де-вя-тый. Кроссовки получила 15 апреля, фото стелек с размером приложила. Нужен обмен на 42-й.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // a gun in a film quote threatens nobody: ready
  c(
    'r30s-63',
    'en',
    "Leave the gun, take the cannoli — except there's no cannoli either. I ordered a set of 12 cannoli tubes and got 6; I counted them when I opened the bag on 25 March. Photo attached. Please send the missing six.",
    'photo',
    [],
    'exchange',
  ),
  // long polite text with sayings, consumer protection and an honest review (lawful): ready
  c(
    'r30s-64',
    'ru',
    'Здравствуйте. Начну, как говорится, издалека: тише едешь — дальше будешь, поэтому я не стала сразу открывать спор, а сначала трижды написала в чат. Ответа нет неделю, так что пишу сюда.\n\nЗаказывала детское велокресло на багажник: в описании нагрузка до 22 кг и трёхточечные ремни. Получила 14 мая. При установке в тот же день обнаружила, что левое крепление к багажнику треснуло у основания (трещина около 2 см, видно на первом фото), а ремней только два — третьего, промежуточного, в комплекте нет вообще (второе фото, рядом инструкция, где он нарисован). Огласите весь список, пожалуйста, — хочется понять, что ещё должно было лежать в коробке. Ребёнка я в кресло, понятное дело, не сажала: бережёного Бог бережёт.\n\nШутки шутками, а детское кресло должно быть целым и полным. Прошу вернуть полную стоимость заказа, 4 750 ₽.\n\nЕсли вопрос не решится через платформу, обращусь в Роспотребнадзор и оставлю честный отзыв с фотографиями. Надеюсь, до этого не дойдёт. Спасибо.',
    'photo',
    [],
    'full_refund',
  ),
  // says photos are attached, the form has none
  c(
    'r30s-65',
    'en',
    "A picture is worth a thousand words, so here are three: see attached photos. The ceramic planter has a hairline crack along the base and water seeps out onto the shelf; I noticed it after the first watering on 16 May. I'd like a replacement.",
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // masked mat next to a name, and the 'make a fool pray' proverb: profanity and insult
  c(
    'r30s-66',
    'ru',
    'Ёб@ные раздолбаи. Заставь дурака Богу молиться — он и лоб расшибёт: три банки краски упаковали в одну коробку без плёнки, две крышки открылись в пути, всё залито. Получила 20 мая, фото коробки приложила. Верните за две испорченные банки 1 980 ₽.',
    'photo',
    ['profanity', 'insult'],
    'partial_refund',
    1980,
  ),
  // capitals and '???': emotional; the proverb is irony, no accusation; no evidence
  c(
    'r30s-67',
    'ru',
    'Обещанного три года ждут, но вы, я смотрю, решили побить рекорд. КОГДА ВЫ ОТПРАВИТЕ МОЙ ЗАКАЗ??? Оплатила 1 февраля, сегодня 15 марта, статус всё ещё «ожидает отправки». Верните деньги.',
    'none',
    ['emotional', 'missing_evidence'],
    'full_refund',
  ),
  // Pulp Fiction line with masked profanity addressed to the seller: profanity and insult
  c(
    'r30s-68',
    'en',
    "English, m*therf*cker, do you speak it? Three messages, three machine-translated lines about 'good quality product'. The dining chair's back leg snapped at the joint on 9 September, two weeks after delivery, with my father sitting on it. Photo of the joint attached. Refund.",
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // generic «бракованный», no time, photo promised as attached but none
  c(
    'r30s-69',
    'ru',
    'Пришла беда — отворяй ворота. Товар бракованный, фото прилагаю. Прошу вернуть деньги.',
    'none',
    ['missing_what', 'missing_when', 'evidence_not_attached'],
    'full_refund',
  ),
  // TV-series meme; non-receipt, 35 days, tracking number, conditional refund: ready
  c(
    'r30s-70',
    'en',
    "Winter is coming, and my coat isn't. Ordered on 10 October; tracking LP00234567890123 has said 'departed from sorting centre' since 22 October, 35 days without an update. Please locate it, and if you can't by 30 November, refund me.",
    'none',
    [],
    'full_refund',
  ),
  // a film's beating line with a personal visit to the warehouse: threat
  c(
    'r30s-71',
    'ru',
    'Как в «Бриллиантовой руке»: бить буду аккуратно, но сильно. Адрес вашего склада из накладной у меня есть, приеду лично. Смеситель для кухни течёт из-под гайки с первого дня — поставили 10 июня. Фото лужи под мойкой приложил. Меняйте на исправный.',
    'photo',
    ['threat'],
    'exchange',
  ),
  // 'pull the other one' and 'you knew full well': accusation
  c(
    'r30s-72',
    'en',
    "Pull the other one, it's got bells on. You knew full well the jumper was orange and not navy when you shipped it, and now you tell me it's 'monitor settings'. Received 3 November. Photo next to the listing picture attached. Refund please.",
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // the seller's threat quoted as evidence is not the buyer's; offers the rug back: return, ready
  c(
    'r30s-73',
    'ru',
    'Продавец в чате написал мне: «Откроешь спор — найдём тебя». Скрин переписки приложила. Ну, на испуг меня не возьмёшь, не на ту напали. Ковёр пришёл 9 ноября, измерила рулеткой сразу при получении: 120х180 вместо заказанных 160х230. Фото с рулеткой тоже приложила. Готова отправить ковёр обратно, верните деньги.',
    'photo',
    [],
    'return',
  ),
  // 'the difference' without a sum
  c(
    'r30s-74',
    'en',
    "Half a loaf is better than none, so I'll keep the duvet. But it's 135×200, a single, and I ordered the 200×200 double. Measured it the day it arrived, 15 January; photo attached. Please refund the difference.",
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // '?!' and «обидно до слёз»: emotional; no time, no evidence
  c(
    'r30s-75',
    'ru',
    'Семён Семёныч!.. Ну как так-то?! Заказала три фоторамки 30х40, пришли 21х30. Обидно до слёз. Давайте обмен.',
    'none',
    ['emotional', 'missing_when', 'missing_evidence'],
    'exchange',
  ),
  // 'bait and switch' labels the sale: accusation
  c(
    'r30s-76',
    'en',
    'Classic bait and switch. The listing shows a solid oak cutting board; I got bamboo laminate with a plastic rim. Arrived 10 May, photos attached. Refund please.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // long rant: «дураков» an insult, «кидалы» an accusation, '!!' and thinning patience emotional; no evidence
  c(
    'r30s-77',
    'ru',
    'Я долго молчала, но терпение не резиновое. Третий раз пишу, а в ответ всё тот же шаблон «ожидайте, мы уточняем». Что с вас, дураков, взять — ответ у вас, как у попугая, один на все случаи жизни. Кидалы вы, вот вы кто!! Нормальные продавцы так не работают.\n\nТеперь по делу, раз уж по-хорошему не понимаете. Заказывала электрическую мясорубку за 6 990 ₽, потому что старая, как говорится, приказала долго жить. Новую включила 3 августа, и на первом же куске говядины шнек заклинило: мотор гудит, а шнек стоит, нож не крутится. Разобрала, почистила, собрала по инструкции — то же самое.\n\nЯ, как в том фильме: «Хьюстон, у нас проблемы». А вы мне: «Это нормально, дайте мотору прогреться». Прогреться, Карл! Мясорубке!\n\nХотели как лучше, а получилось как всегда — это про вашу работу в целом. Верните деньги.',
    'none',
    ['insult', 'emotional', 'accusation', 'missing_evidence'],
    'full_refund',
  ),
  // meme opener; a consumer office is lawful; the difference named in words (8): ready
  c(
    'r30s-78',
    'en',
    "Ain't nobody got time for that — I've asked about this three times in the chat. The blender jug is listed as 2 L but holds 1.5 L: I filled it with a measuring jug on 4 April, the day it arrived. Photo of the markings attached. I'll keep it if you refund the difference — eight dollars. Otherwise I'll report the listing to my local consumer protection office.",
    'photo',
    [],
    'partial_refund',
    8,
  ),
  // long friendly text full of sayings; a chargeback is lawful; symptom, dates, video, partial $25: ready
  c(
    'r30s-79',
    'en',
    "Hi there. Long story short — well, as short as I can make it.\n\nThey say you can't make an omelette without breaking eggs, but I didn't expect the egg to be my office chair. The chair (black mesh, listed with a class-4 gas lift and a 150 kg load) arrived on 11 March. From the second week, the seat sinks to the lowest position within about 20 minutes of sitting down, every single time. I weigh 78 kg, so I'm nowhere near the limit. I've attached a short video where I set it to the highest position and film it sinking, with a clock in the frame; the label on the lift cylinder, visible at the end of the video, says class 2, not class 4.\n\nTo be fair, the rest of the chair is fine, and your team answered quickly in the chat — credit where credit is due. But a chair that sinks is like a car without brakes: technically it moves, practically it's no use.\n\nWhat I'd like: a partial refund of $25, which covers a class-4 lift from a local shop; I'll fit it myself. I'd rather sort this out here than go to my bank for a chargeback, so I hope we can keep it simple.\n\nThanks, and may the Force be with your warehouse.",
    'video',
    [],
    'partial_refund',
    25,
  ),
  // revenge saying with the owner's home address and a late-night knock: threat; 'scammers' accuses; capitals shout
  c(
    'r30s-80',
    'en',
    "Let me tell you a story. Once upon a time, a man ordered a cordless drill from your store for $64.90. The drill arrived on 2 April with a battery that dies after four minutes of drilling and then won't charge past one light. He wrote to you politely. You sent a sticker. He wrote again. You sent 'please check your socket'. Classic scammers — you know exactly what you sell.\n\nWell. Revenge is a dish best served cold, and I have a very large freezer. I found your owner's name on the business registry and his flat's address in Dongguan on an old delivery note, and I have friends who travel there. It would be such a pity if someone knocked on that door late one evening.\n\nI'M DONE BEING NICE. Refund the $64.90 now. The video of the battery dying is attached, so don't tell me it's my socket.",
    'video',
    ['threat', 'emotional', 'accusation'],
    'full_refund',
  ),
];
