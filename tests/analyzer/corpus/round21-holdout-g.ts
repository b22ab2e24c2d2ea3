import { labelled as c, type CorpusCase } from './types';

/**
 * Round twenty-one, hold-out set G: seasoned AliExpress buyers who, when furious, disguise rude words on purpose
 * (look-alike Greek, Armenian or Latin letters, digits and symbols, dropped vowels, masks, minced forms, spaced or
 * hyphenated letters, English leetspeak) and who, when calm, write polite texts full of innocent words with
 * rude-looking pieces inside. Written by a hand that has not read the analyzer's rules or other corpus files; labels
 * follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - A file attached in the form counts as evidence even where the text does not name it; every text here that has a
 *   file also names it.
 * - Look-alike letters from Greek (χ, δ, υ, capital Ε) and Armenian (լ, օ) inside mat are disguised mat, like the
 *   Greek letters of the earlier rounds; a word typed with the English layout («gbpltw») is mat as in round nineteen.
 * - «х-ня» and «звиздец» still read as the word (minced mat); «капец» is a soft euphemism, not rude, and the text that
 *   uses it is emotional only because of its «!!».
 * - «3аебали» shouted at the shop is profanity and emotional (an interjection), not an insult: it names nobody.
 * - «Εбланы, …?» and «ёδнутые?» in a single question at the staff are profanity and insult, not emotional (round ten).
 * - «Какой дятел её собирал?» is a mocking question about staff (insult), though the item is a bird feeder.
 * - «Пи-зде-ц.» cut by hyphens and standing as a sentence of its own is a cry: profanity and emotional.
 * - Innocent look-alikes: мандолина, тупой (нож), суккуленты, щебень, бляха, херес, козлы (строительные), за лупу,
 *   дебит, Сукко, Huizhou, Хуэй, употреблять, застрахуйте, сукно, корабля/рубля, синицы; ballcock, stopcock,
 *   bastard file, shiitake, pussy willow, butt hinges, Bitche, cocker spaniel, woodpecker, Cockermouth.
 * - A seller's quoted words without mat («дураков нет») are evidence, not the buyer's insult; quoted «х*й» is
 *   profanity only.
 * - "lying" before a name-call («a lying b!tch») also labels honesty: accusation besides profanity and insult.
 * - A request to post a further order insured («застрахуйте следующий заказ») is no resolution of its own; the refund
 *   asked before it is.
 */
export const ROUND21_HOLDOUT_G: CorpusCase[] = [
  // Innocent: мандолина and a blunt («тупой») blade are about the item; complete text.
  c(
    'r21g-01',
    'ru',
    'Здравствуйте. 3 апреля получила овощерезку-мандолину. При первой же нарезке огурцов выяснилось, что вставной нож для соломки тупой — не режет, а мнёт, а фиксатор толкателя треснул у основания. Фото трещины и смятых огурцов прикладываю. Прошу заменить овощерезку на исправную.',
    'photo',
    [],
    'exchange',
  ),
  // Greek χ in «χуйня» naming the item, no "!": profanity only; otherwise complete.
  c(
    'r21g-02',
    'ru',
    'Заказывал пенную насадку для мойки высокого давления. Пришла χуйня без резьбы под байонет, на пистолет не надевается вообще. Получил 4 мая, фото насадки и пистолета рядом приложил. Верните деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Innocent: ballcock and stopcock are plumbing parts; complete.
  c(
    'r21g-03',
    'en',
    'I ordered a brass ballcock float valve for my toilet cistern together with a stopcock key. The ballcock arm arrived bent at roughly 30 degrees (I noticed it when unpacking on 9 June) and the float rubs against the cistern wall, so the valve never shuts off. Photos with a ruler attached. Please send a replacement ballcock arm.',
    'photo',
    [],
    'exchange',
  ),
  // «Капец!!» is no mat, but the double "!" makes it emotional.
  c(
    'r21g-04',
    'ru',
    'Капец!! Силиконовые формы для льда на 24 кубика пришли слипшиеся намертво, при попытке разлепить две формы порвались пополам. Получила вчера, 16 июля. Фото прилагаю. Прошу вернуть деньги.',
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // Condescension about the reader («медленно, для особо одарённых»): insult.
  c(
    'r21g-05',
    'ru',
    'Объясняю ещё раз, медленно, для особо одарённых: я заказывал велоперчатки размера L, на бирке пришедших стоит S, в ладонь влезают только три пальца. Посылку забрал 22 августа, фото бирки приложено. Нужна замена на L.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Leetspeak "f@cking" as an intensifier with "!!"; no time, no evidence, only "sort it out".
  c(
    'r21g-06',
    'en',
    'This f@cking hose reel leaks again!! Water sprays out of the connector every time I open the tap, I have tightened it three times. Sort it out.',
    'none',
    ['profanity', 'emotional', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Innocent: суккуленты, щебень; partial refund with a sum.
  c(
    'r21g-07',
    'ru',
    'Заказ: 20 керамических кашпо для суккулентов и мешок декоративного щебня 5 кг. Щебень в порядке, а кашпо пришло 17 вместо 20 — пересчитала сразу при получении 12 мая. На фото все кашпо разложены рядами. Прошу частичный возврат 350 рублей за три недостающих.',
    'photo',
    [],
    'partial_refund',
    350,
  ),
  // Veiled threat: the seller's home address and daughter found; a tracking mention is evidence.
  c(
    'r21g-08',
    'ru',
    'Магазин не отвечает уже 9 дней. Садовые качели, заказ от 2 апреля, так и не пришли, трек стоит на месте с 15 апреля. Я нашла в интернете ваш домашний адрес в Цзиньхуа и страничку вашей дочери. Подумайте хорошенько, стоит ли оно того. Верните деньги.',
    'none',
    ['threat'],
    'full_refund',
  ),
  // "Classic bait and switch" labels intent: accusation, though the facts are there.
  c(
    'r21g-09',
    'en',
    'Classic bait and switch. The listing shows a cast iron skillet with a wooden handle; what arrived on 11 May is thin stamped steel with a plastic handle, 2.1 lbs instead of 4.5 lbs on my kitchen scale. Photos attached. I want a full refund.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Dropped vowels «пздц» judging the item, no "!": profanity only.
  c(
    'r21g-10',
    'ru',
    'Шланг поливочный 25 м — пздц, а не шланг: на второй день полива лопнул по продольному шву в двух местах. Фото разрывов прикладываю. Прошу замену.',
    'photo',
    ['profanity'],
    'exchange',
  ),
  // Innocent: a bastard file is a standard file cut.
  c(
    'r21g-11',
    'en',
    'I bought a 6-piece bastard file set for woodworking. When I unrolled the pouch on 21 March, the 10-inch bastard file turned out to have teeth cut on one face only; the other face is smooth steel. Photo of both faces attached. Please refund the order.',
    'photo',
    [],
    'full_refund',
  ),
  // "не соответствует описанию, брак" names no checkable problem.
  c(
    'r21g-12',
    'ru',
    'Получила заказ 10 марта — кухонные весы. Товар не соответствует описанию, брак. Фото прикладываю. Верните деньги.',
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // Transliterated Russian with Armenian «լ» in "bլyat" as a cry: profanity and emotional; 300 rub partial.
  c(
    'r21g-13',
    'ru',
    'Zakazal nabor otvertok 24 sht, prishlo 18, bլyat, opyat nedovlozhenie. Poluchil 5 iyunya, foto prilozhil. Verni 300 rub za nedostayushchie.',
    'photo',
    ['profanity', 'emotional'],
    'partial_refund',
    300,
  ),
  // Innocent: «херес»; act from the post office and photos; sum for two glasses.
  c(
    'r21g-14',
    'ru',
    'Набор бокалов для хереса, 6 шт.: при вскрытии на почте 7 ноября четыре бокала целые, два разбиты, почта составила акт. Фото акта и осколков прилагаю. Прошу вернуть стоимость двух бокалов — 580 рублей.',
    'photo',
    [],
    'partial_refund',
    580,
  ),
  // Mocking question naming staff a clown: insult.
  c(
    'r21g-15',
    'en',
    'Which clown in your warehouse packed a glass spice rack in a paper envelope with no padding? Four of the six jars arrived in pieces on 8 February. Photo attached. Please send four replacement jars.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // «половину стоимости»: a partial refund with no sum.
  c(
    'r21g-16',
    'ru',
    'Чехлы на передние сиденья Lada Vesta: на водительском чехле отверстие под подголовник прорезано на 4 см левее, подголовник не встаёт на место. Заметил при установке 3 сентября, фото приложил. Переделывать некогда, согласен оставить комплект себе, если вернёте половину стоимости.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Mat typed on the English layout («gbpltw» = пиздец) judging the item, no "!": profanity only.
  c(
    'r21g-17',
    'ru',
    'Мангал складной: это не мангал, а gbpltw — ножки из жести толщиной 0,4 мм, при первой же растопке 1 мая погнулись, и мангал сложился вместе с углями. Видео есть, прикрепила. Верните полную стоимость.',
    'video',
    ['profanity'],
    'full_refund',
  ),
  // Innocent: shiitake; complete.
  c(
    'r21g-18',
    'en',
    'The shiitake mushroom grow log arrived with green mould over half of its surface, which I saw when I opened the box on 3 October. Photos attached. Please refund me in full.',
    'photo',
    [],
    'full_refund',
  ),
  // Concrete mismatch, photo, request, but no time or discovery moment.
  c(
    'r21g-19',
    'ru',
    'Набор круговых спиц из 11 размеров: спиц 3,5 мм в наборе нет, вместо них вторая пара 4 мм. Фото набора приложила. Дошлите, пожалуйста, спицы 3,5 мм.',
    'photo',
    ['missing_when'],
    'exchange',
  ),
  // Publishing the owner's data, "it would be a real shame": veiled threat.
  c(
    'r21g-20',
    'en',
    "I have your shop's registration documents with the owner's full name and home address. It would be a real shame if that ended up on every buyer forum along with your phone number. The folding camping chair I received on 19 April has a cracked aluminium leg joint, photos attached. Refund me and we forget it.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Innocent: «бляха» is a belt buckle.
  c(
    'r21g-21',
    'ru',
    'Заказывала мужу кожаный ремень с латунной бляхой. Через неделю носки бляха отломилась: лопнул штифт, на котором она держится. Фото бляхи и штифта прикладываю. Прошу заменить ремень.',
    'photo',
    [],
    'exchange',
  ),
  // Greek δ in «ёδнутые?» aimed at the staff in one question: profanity and insult.
  c(
    'r21g-22',
    'ru',
    'Вы на складе вообще ёδнутые? Заказ — два удлинителя по 5 метров, в коробке один, и тот на 3 метра. Вскрыл на почте 27.10, есть видео вскрытия. Пришлите второй удлинитель нужной длины и поменяйте этот.',
    'video',
    ['profanity', 'insult'],
    'exchange',
  ),
  // "disappointed" is an affect word; the text asks for nothing.
  c(
    'r21g-23',
    'en',
    'Honestly disappointed. The bamboo cutting board split along the glue line after the first hand wash on Sunday, 2 March. Photo attached.',
    'photo',
    ['emotional', 'missing_resolution'],
    'none',
  ),
  // Innocent: «деньги за лупу» (a magnifier).
  c(
    'r21g-24',
    'ru',
    'Налобная лупа с подсветкой для вышивки: при первом включении 11 февраля светодиоды не загораются (батарейки новые, проверил тестером), а на линзе 2,5x царапина по центру. Видео прилагаю. Верните, пожалуйста, деньги за лупу.',
    'video',
    [],
    'full_refund',
  ),
  // Regional name-calling at staff («раззявы»): insult; send the missing length is an exchange.
  c(
    'r21g-25',
    'ru',
    'Раззявы вы на складе, иначе не скажешь. Заказала 3 рулона флизелина по 10 м, пришли 3 рулона по 5 м, перемерила портновским метром 14 января. Фото с метром прилагаю. Прошу дослать недостающие 15 метров.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Innocent: butt hinges; "€6,50" with a decimal comma is 6.5.
  c(
    'r21g-26',
    'en',
    'I ordered 20 stainless butt hinges for kitchen cupboard doors. While fitting them last Saturday I found that six have screw holes that are not countersunk, so the screw heads stick out and the doors will not close. Photo attached. Please give me a partial refund of €6,50 for those six.',
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // Sarcasm about honesty with scare quotes («конечно же, «случайно»»): accusation.
  c(
    'r21g-27',
    'ru',
    'Заказывала скатерть 140×220, пришла 140×180. Это уже второй раз в вашем магазине, и опять, конечно же, «случайно». Измерила рулеткой при получении 6 декабря, фото прикладываю. Прошу обмен на правильный размер.',
    'photo',
    ['accusation'],
    'exchange',
  ),
  // Spaced «С у к а» as a cry: profanity and emotional; offering the item back is a return.
  c(
    'r21g-28',
    'ru',
    'Третий день жду ответа. С у к а, ну сколько можно. Электрическая точилка для ножей: при включении 12 июня гудит, но диски не вращаются. Видео приложила. Хочу вернуть товар и получить деньги обратно.',
    'video',
    ['profanity', 'emotional'],
    'return',
  ),
  // Innocent: pussy willow stems; send the missing ones.
  c(
    'r21g-29',
    'en',
    'I ordered a 10-pack of artificial pussy willow stems for a spring vase. The box that came on 5 March holds 6 stems, I counted twice. Photo attached. Please send the 4 missing stems.',
    'photo',
    [],
    'exchange',
  ),
  // Says a photo is attached, the form has none.
  c(
    'r21g-30',
    'ru',
    'Держатель для телефона в машину на дефлектор: после двух дней использования сломалась защёлка зажима, телефон падает на поворотах. Фото прикладываю. Прошу заменить держатель.',
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // Leetspeak "a$$hats" at the packers: profanity and insult.
  c(
    'r21g-31',
    'en',
    'Dear a$$hats at the packing desk: the yoga mat arrived on 30 January with a 10 cm tear because you wrapped it around a metal frame. Photo attached. Send a new mat.',
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // Innocent: «козлы» are sawhorses here.
  c(
    'r21g-32',
    'ru',
    'Заказывал складные строительные козлы, пара, нагрузка до 150 кг. При сборке 8 мая выяснилось, что у одних козел не хватает двух фиксирующих пальцев, ножки не встают в рабочее положение. Фото комплекта прикладываю. Прошу прислать два недостающих пальца.',
    'photo',
    [],
    'exchange',
  ),
  // Capitals and «Мошенники!»: emotional and accusation; no evidence at all.
  c(
    'r21g-33',
    'ru',
    'ВЫ ОПЯТЬ ЗА СВОЁ! Мошенники! Заказывала садовую гирлянду на солнечной батарее длиной 10 м, пришла 5 м. Получила позавчера. Верните деньги!',
    'none',
    ['emotional', 'accusation', 'missing_evidence'],
    'full_refund',
  ),
  // Spaced "W T F" and dotted "s.h.i.t!": profanity and emotional; no time, evidence or request.
  c(
    'r21g-34',
    'en',
    'W T F. I ordered a 5 litre pressure sprayer for the garden and got a 1.5 litre one. What a pile of s.h.i.t!',
    'none',
    ['profanity', 'emotional', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Innocent: consumer protection and support named as lawful steps.
  c(
    'r21g-35',
    'ru',
    'Электромясорубка: при первом запуске 5 мая из-под корпуса пошёл дым и запах горелой изоляции, шнек остановился. Видео приложено. Требую полный возврат. Если продавец откажет, обращусь в поддержку AliExpress и в Роспотребнадзор.',
    'video',
    [],
    'full_refund',
  ),
  // Digits and @ inside a threat («я т3бя н@йду», the shop address known).
  c(
    'r21g-36',
    'ru',
    'Слушай сюда. Набор инструментов на 108 предметов пришёл без трещотки, проверил по списку 2 ноября. Фото списка и кейса приложено. Либо досылаешь трещотку, либо я т3бя н@йду, адрес склада в Иу у меня есть.',
    'photo',
    ['threat'],
    'exchange',
  ),
  // "refund the difference" without a sum.
  c(
    'r21g-37',
    'en',
    'The rowing machine was listed with an aluminium seat rail; the one delivered on 14 October has a steel rail painted silver (a magnet sticks to it). Photos attached. I will keep it if you refund the difference.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Vague, no time, no evidence, only «разберитесь».
  c(
    'r21g-38',
    'ru',
    'Товар не такой. Разберитесь.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Innocent: Bitche is a town in Moselle; letter from the post office.
  c(
    'r21g-39',
    'en',
    'My parcel with a 30 m garden hose reel shows "delivered" in Bitche, Moselle, on 12 May, but nothing arrived at my door. The Bitche post office gave me a letter confirming they have no signature for it; photo of the letter attached. Please refund the order.',
    'photo',
    [],
    'full_refund',
  ),
  // «3аебали» with a digit, shouted: profanity and emotional; tracking number is evidence.
  c(
    'r21g-40',
    'ru',
    '3аебали уже со своим «продлите защиту»! Посылка с ковриками в багажник идёт 68 дней, трек RR123456785CN не обновлялся с 3 августа. Верните деньги.',
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Sum in words (двести пятьдесят рублей): partial 250; complete.
  c(
    'r21g-41',
    'ru',
    'Скороварка 6 л: в комплекте нет пароотводного клапана, обнаружила при распаковке 19 ноября. Фото комплекта прилагаю. Клапан куплю сама в хозяйственном, поэтому прошу вернуть двести пятьдесят рублей.',
    'photo',
    [],
    'partial_refund',
    250,
  ),
  // "small words so your team can follow": condescension.
  c(
    'r21g-42',
    'en',
    'I will use small words so your team can follow. Tent pole. Snapped. First night. The fibreglass pole of the 3-person tent snapped at the ferrule when I pitched it on 6 July. Video attached. Send a new pole.',
    'video',
    ['insult'],
    'exchange',
  ),
  // Calm and complete but asks for nothing.
  c(
    'r21g-43',
    'ru',
    'Здравствуйте. Набор беличьих кистей для акварели, 12 шт.: после первого промывания 2 февраля у пяти кистей выпал ворс у обоймы, волоски остаются на бумаге. Фото кистей и листа прикладываю.',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // Seller's mat quoted as evidence: profanity only.
  c(
    'r21g-44',
    'ru',
    'В переписке 20.09 продавец на мою претензию ответил дословно: «иди на х*й, сам сломал». Скриншот переписки прилагаю. Сама претензия: у бензопилы при первом запуске 18.09 оторвался шнур стартера вместе с катушкой, видео тоже прилагаю. Прошу полный возврат.',
    'video',
    ['profanity'],
    'full_refund',
  ),
  // Says a video is attached, the form has none.
  c(
    'r21g-45',
    'en',
    "Please see the attached video: the front wheel of the kids' scooter wobbles and the bearing grinds, it started after two days of riding. Please exchange the front wheel.",
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // Innocent: «дебит» of a pump, the village Сукко; offering the pump back is a return.
  c(
    'r21g-46',
    'ru',
    'Живу в Сукко под Анапой, сад поливаю из скважины. Купил скважинный насос с заявленным дебитом 2,5 м³/ч. 20 июля замерил: 200-литровая бочка наполняется за 13 минут, то есть дебит около 0,9 м³/ч. Видео замера с секундомером прилагаю. Готов вернуть насос, прошу оформить возврат денег.',
    'video',
    [],
    'return',
  ),
  // Sarcastic praise of the packers («Браво, гении упаковки»): insult; one "!" only.
  c(
    'r21g-47',
    'ru',
    'Браво, гении упаковки! Керамическое кашпо завернули в один слой пупырки и положили в мягкий пакет — пришло тремя кусками 9 апреля. Фото осколков прилагаю. Верните деньги.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Innocent: chargeback and an honest review are lawful steps.
  c(
    'r21g-48',
    'en',
    'The piezo igniter of the portable camping gas stove has not produced a spark since the first use on 2 June; I have to light it with a match. Video attached. Please issue a full refund. If this is not resolved within the dispute, I will ask my bank for a chargeback and leave an honest review.',
    'video',
    [],
    'full_refund',
  ),
  // «Вы специально» labels intent; no time or discovery moment.
  c(
    'r21g-49',
    'ru',
    'Вы специально отправляете б/у товар. Аккумуляторная газонокосилка: на ноже засохшая трава и ржавчина, на корпусе царапины, аккумулятор заряжен на 40 %. Фото прилагаю. Требую полный возврат.',
    'photo',
    ['accusation', 'missing_when'],
    'full_refund',
  ),
  // Greek υ in "Fυck off" sends the seller away: profanity only; tracking and 52 days.
  c(
    'r21g-50',
    'en',
    'Fυck off with your "please wait 15 more days". The kettlebell set I ordered on 3 January has still not arrived, 52 days now, tracking LB123456789CN stuck in Guangzhou since 20 January. Refund me.',
    'none',
    ['profanity'],
    'full_refund',
  ),
  // Innocent: the seller's words («дураков нет») quoted as evidence.
  c(
    'r21g-51',
    'ru',
    'Опрыскиватель садовый 5 л: при первом использовании 10 июня насос не держит давление, через минуту из-под крышки идёт шипение, жидкость подтекает по шву бака. Продавец в переписке 12.06 написал: «покупатель сам сломал, нечего выдумывать, дураков нет». Скриншот переписки и видео прилагаю. Прошу вернуть деньги.',
    'video',
    [],
    'full_refund',
  ),
  // «Очень обидно» is an affect word.
  c(
    'r21g-52',
    'ru',
    'Очень обидно. Заказывала дочке на день рождения набор для вышивки крестиком «Лисички», в пакете не оказалось мулине трёх цветов из пятнадцати (нет номеров 310, 3865 и 946) — обнаружили, когда сели вышивать в субботу, 24 февраля. Фото содержимого прилагаю. Пришлите, пожалуйста, недостающие нитки.',
    'photo',
    ['emotional'],
    'exchange',
  ),
  // Negated accusation ("not saying … on purpose"); partial refund $3.75.
  c(
    'r21g-53',
    'en',
    "I'm not saying anyone did this on purpose, but the set of 4 wine glasses I received on 2 December contained 3 glasses and a broken stem wrapped in tissue. Photo attached. Please refund the price of one glass, $3.75.",
    'photo',
    [],
    'partial_refund',
    3.75,
  ),
  // «Какой дятел её собирал?» at the staff: insult (the item itself is a tit feeder).
  c(
    'r21g-54',
    'ru',
    'Кормушка деревянная для синиц: крыша приклеена криво, щель в сантиметр, дождь заливает корм — увидела в первый же дождь 3 октября. Какой дятел её собирал? Фото прилагаю. Прошу замену.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // No file and no evidence named; partial with a sum.
  c(
    'r21g-55',
    'en',
    'The set of 6 silicone baking mats arrived on 28 April with only 4 mats in the box. Please refund $5 for the two missing mats.',
    'none',
    ['missing_evidence'],
    'partial_refund',
    5,
  ),
  // Latin x and y in «xyйня» judging the item, no "!": profanity only.
  c(
    'r21g-56',
    'ru',
    'Триммерная леска: заявлена 2,4 мм, по штангенциркулю 1,6 мм, и это полная xyйня — крошится об траву через пять минут работы. Мерил 15 июня, фото штангенциркуля прилагаю. Верните деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // «на ваше усмотрение» without a sum; no time or discovery.
  c(
    'r21g-57',
    'ru',
    'Набор силиконовых кухонных лопаток, 5 шт.: у двух лопаток ручка отходит от силиконовой головки, внутри виден ржавый стержень. Фото прикладываю. Оставлю себе, если вернёте часть суммы на ваше усмотрение.',
    'photo',
    ['missing_when', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "a lying b!tch" at the manager: profanity, insult and an honesty label.
  c(
    'r21g-58',
    'en',
    'Your manager Lily is a lying b!tch: on 4 March she promised to resend the missing chuck key and sent nothing. The 13 mm chuck key is still missing from the cordless drill kit. Chat screenshot attached. Send the key.',
    'photo',
    ['profanity', 'insult', 'accusation'],
    'exchange',
  ),
  // Innocent: Huizhou sorting centre, «застрахуйте»; tracking number and 47 days.
  c(
    'r21g-59',
    'ru',
    'Посылка с пуходёркой для собаки: с 18 марта статус «Прибыла в сортировочный центр Huizhou» и больше не обновляется, с оплаты прошло 47 дней. Трек-номер LP00456789123456. Прошу вернуть деньги. И на будущее: если есть такая опция, застрахуйте, пожалуйста, следующий заказ.',
    'none',
    [],
    'full_refund',
  ),
  // «Не доводите до греха», «мир тесен, а я злопамятный»: veiled threat.
  c(
    'r21g-60',
    'ru',
    'Не доводите до греха. Электропростынь 150×200 не греет с левой стороны с первого же включения 21 ноября, пульт показывает ошибку E1. Видео приложено. Требую вернуть деньги, и побыстрее: мир тесен, а я злопамятный.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // "losing patience" is emotional; no time given.
  c(
    'r21g-61',
    'en',
    "I'm losing patience here. The garden kneeler pad you sent is 2 cm thick instead of the 4 cm in the listing. Photo attached. Please exchange it for the correct one.",
    'photo',
    ['emotional', 'missing_when'],
    'exchange',
  ),
  // A single two-letter word.
  c('r21g-62', 'ru', 'Ну?', 'none', ['empty_text'], 'none'),
  // "total sh!t!" cried out about the item: profanity and emotional.
  c(
    'r21g-63',
    'en',
    'This skipping rope is total sh!t! The left handle cracked where the cable goes in after 3 days of use and the bearing fell out. Video attached. Full refund please.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Innocent: корабля, рубля, «не хочу никого оскорблять»; money declined, missing parts asked: exchange.
  c(
    'r21g-64',
    'ru',
    'Сборная модель корабля «Ваза» 1:150: в наборе нет грот-мачты и двух реев, обнаружил на третий день сборки, сверяясь со списком деталей. Фото списка и разложенных деталей прилагаю. Не хочу никого оскорблять, наверное, недосмотрели на упаковке. Возвращать мне не нужно ни рубля — дошлите, пожалуйста, мачту и реи.',
    'photo',
    [],
    'exchange',
  ),
  // «е6@ный» as an adjective before the item: profanity and emotional (intensifier).
  c(
    'r21g-65',
    'ru',
    'Этот е6@ный робот-мойщик окон упал с пятого этажа: на второй день работы у него прямо на стекле отказал вакуумный насос. Хорошо, что внизу никого не было. Видео приложено. Верните деньги.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // "You scammers": accusation; no evidence.
  c(
    'r21g-66',
    'en',
    'You scammers sent a 20 litre daypack instead of the 40 litre hiking backpack I ordered. It arrived on 7 August. Send the 40 litre one.',
    'none',
    ['accusation', 'missing_evidence'],
    'exchange',
  ),
  // Innocent: manager's name Хуэй, «употреблять»; complete.
  c(
    'r21g-67',
    'ru',
    'Термос 1 л: через неделю использования крышка-чашка начала протекать по резьбе, чай течёт по корпусу. Менеджер магазина Хуэй Лин 4 июня пообещала замену, но с тех пор не отвечает. Видео протечки прилагаю. Инструкция запрещает употреблять термос для газированных напитков — я наливала только чай. Прошу вернуть деньги.',
    'video',
    [],
    'full_refund',
  ),
  // Innocent: woodpecker feeder, wrong house number; tracking screenshot.
  c(
    'r21g-68',
    'en',
    'The parcel with my woodpecker suet feeder was delivered to 14 Mill Lane instead of 41 Mill Lane: tracking shows "delivered" on 22 May, and the house at number 14 is empty, the tenants moved out. Screenshot of the tracking page attached. Please refund the order.',
    'photo',
    [],
    'full_refund',
  ),
  // «Ужас» is affect; no date, no evidence, no request.
  c(
    'r21g-69',
    'ru',
    'Ужас какой-то. Заказывала чехол на диван, пришёл весь в катышках и с дырой на подлокотнике.',
    'none',
    ['emotional', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Greek capital Ε in «Εбланы» aimed at staff, one question: profanity and insult.
  c(
    'r21g-70',
    'ru',
    'Εбланы, вы хоть раз открывали собственную карточку товара? Там газонокосилка с травосборником на 45 л, а пришла без травосборника вообще. Получил 17 мая, фото коробки приложил. Дошлите травосборник.',
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // Innocent: cocker spaniel harness.
  c(
    'r21g-71',
    'en',
    'Dog harness for a cocker spaniel, size M: the chest buckle snapped on our second walk, on 17 November. Photo attached. Please send a replacement harness.',
    'photo',
    [],
    'exchange',
  ),
  // Plain good text in transliterated Russian.
  c(
    'r21g-72',
    'ru',
    'Zdravstvuyte. Zakazal 2 nabora rezinok dlya fitnesa, prishel tolko 1, vtorogo v posylke net. Vskryval na pochte 3 marta pod video, video prilagayu. Proshu doslat vtoroy nabor.',
    'video',
    [],
    'exchange',
  ),
  // "Not as described, junk" is vague; "this store cheats people" is a blanket label.
  c(
    'r21g-73',
    'en',
    'Not as described, junk. Everyone knows this store cheats people. Refund.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'accusation'],
    'full_refund',
  ),
  // «Звиздец!!», «х-ня», Armenian «օ» in «гօвнօ»: profanity and emotional.
  c(
    'r21g-74',
    'ru',
    'Звиздец!! Полка для ванной на присосках отвалилась со всеми флаконами через час после установки, разбился шампунь. Присоски — гօвнօ, на кафеле не держат вообще, и крепёж в комплекте тоже х-ня. Фото прилагаю. Верните деньги.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Innocent: Cockermouth, Cumbria.
  c(
    'r21g-75',
    'en',
    'I ordered a 3-tier cake stand to my address in Cockermouth, Cumbria. It arrived on 10 January with the middle plate cracked across. Photo attached. Please send a replacement plate.',
    'photo',
    [],
    'exchange',
  ),
  // No evidence named or attached; «1,20 $» is 1.2.
  c(
    'r21g-76',
    'ru',
    'Набор свёрл по бетону, 8 шт., пришёл 5 февраля: сверла на 10 мм нет, ячейка пустая. Прошу вернуть 1,20 $ за недостающее сверло.',
    'none',
    ['missing_evidence'],
    'partial_refund',
    1.2,
  ),
  // Innocent: бильярдное «сукно».
  c(
    'r21g-77',
    'ru',
    'Бильярдное сукно для стола 9 футов: заказывал зелёное, пришло синее, на этикетке рулона написано Blue. Раскатал рулон 30 января, фото этикетки и сукна прилагаю. Прошу обменять сукно на зелёное.',
    'photo',
    [],
    'exchange',
  ),
  // "ridiculous" is affect; "half" without a sum.
  c(
    'r21g-78',
    'en',
    'This is ridiculous. The curtain rod arrived on 2 June bent in the middle by about 15 degrees and it cannot be straightened. Photos attached. Refund me half.',
    'photo',
    ['emotional', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Innocent: a bank chargeback and an honest review are lawful; complete.
  c(
    'r21g-79',
    'ru',
    'Автокресло 9–18 кг: 7 июля при установке обнаружили, что замок пятиточечного ремня не защёлкивается — язычки выскакивают при лёгком рывке. Видео проверки прилагаю. Перевозить ребёнка в таком кресле нельзя. Прошу полный возврат. Если вопрос не решится в рамках спора, обращусь в банк для оспаривания платежа и оставлю честный отзыв.',
    'video',
    [],
    'full_refund',
  ),
  // "sh1t-for-brains" at the seller: profanity and insult.
  c(
    'r21g-80',
    'en',
    'Listen, sh1t-for-brains: I have sent you the photo of the broken kayak paddle blade twice. The blade cracked on the first stroke on 12 August. Photo attached again. Refund it.',
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
];
