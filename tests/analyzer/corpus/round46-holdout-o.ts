import { labelled as c, type CorpusCase } from './types';

/**
 * Round forty-six, hold-out set o: buyers of hunting, fishing, airsoft, knife, camping and tactical gear (plus a few
 * hobby, kitchen, cosmetic, toy and car items), where trade words sound violent but are innocent and some buyers
 * really threaten, call names or curse. Written by a hand that has not read the analyzer's rules or other corpus
 * files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Trade words of the hobby (убойная приманка, пристрелка, выстрел, ствол, дробь, взвод, «нож вошёл», "kill shot",
 *   "deadly accurate", "gut hook", "shoot groups", "ammo pouch", "bait", "hooker" for a rug-hooking tool, "cock the
 *   crossbow") are product language: no finding. The same gear named as menace («у меня в сейфе два ствола», "I've
 *   got a crossbow and your warehouse address") is a threat, as round thirty-five says of a hunter's menace.
 * - «тупой как ложка» about a knife judges the item, not a person: no finding.
 * - «Фонарь убил мне всю рыбалку» is a killing figure about a product (round thirty-five): neither a threat nor a
 *   feeling.
 * - Mocking a staff member as an animal in a question ("Who packs your orders, a raccoon?") is an insult, as the
 *   mocking comparisons of rounds six to eight.
 * - "Your QC a$$holes clearly never tested it": masked mat aimed at people is profanity and insult; with no cry, no
 *   "!" and no affect word it is not labelled emotional; "never tested it" blames carelessness, not honesty.
 * - "WTF." and "For fuck's sake," opening a text are cries (round thirty-eight): profanity and emotional; a stretched
 *   «Бляяя» and a transliterated "Suka," opening a text are the same.
 * - "I have photos if you want them" names evidence without attaching it (round thirty-two): neither
 *   `missing_evidence` nor `evidence_not_attached`.
 * - Texts with a vague problem were written without a receipt date, so that "when" is not in doubt.
 * - A price named beside "Full refund, please" ("It cost me £24.99") is the order's price, not a sum asked back.
 * - «ок» alone in a reply is `empty_text` only, with resolution `none`.
 */
export const ROUND46_HOLDOUT_O: CorpusCase[] = [
  // scope zero shift; «пристрелка», «выстрел» are trade words; complete
  c(
    'r46o-01',
    'ru',
    `Прицел 3-9x40 не держит пристрелку: после каждых 5 выстрелов точка попадания уходит вправо на 8–10 см на дистанции 50 м. Кольца затянуты по моменту, заметил на первой же пристрелке 12 октября. Видео со стрельбой по мишеням — во вложении. Прошу полный возврат средств.`,
    'video',
    [],
    'full_refund',
  ),
  // reel drag slips; no time, no file
  c(
    'r46o-02',
    'en',
    `The reel drag slips under any load, line just pays out and the fish got away with my lure. Refund please.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // «тупой как ложка» about the knife is innocent; the hunter's menace with the address is a threat
  c(
    'r46o-03',
    'ru',
    `Нож пришёл тупой как ложка, на обухе скол около 3 мм. Получил 3 ноября, фото скола прикрепил. Верните деньги. И имейте в виду: я охотник, стреляю без промаха, а адрес вашего склада у меня есть.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "deadly accurate", "shoot groups", "bolts" are trade words; complete
  c(
    'r46o-04',
    'en',
    `The listing says the red dot is deadly accurate. Mine won't hold zero. I shot three groups on 9 March at 20 yards with the crossbow and each one opened up to about 6 inches after a few bolts, the dot visibly drifting. Photo of the target is attached. I'd like an exchange for a working unit.`,
    'photo',
    [],
    'exchange',
  ),
  // leaking tent, "!!!" is emotional; otherwise complete
  c(
    'r46o-05',
    'ru',
    `Палатка протекает по швам!!! Первая же ночь на Селигере — спальник мокрый насквозь, вода капала с конька. Снимки швов приложила. Верните деньги.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // "WTF." as a cry: profanity and emotional
  c(
    'r46o-06',
    'en',
    `WTF. The piezo igniter on this camping stove never sparked, not once. Tested it at home the day it arrived, 14 May, with a full gas canister. Video attached. Refund.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // «убойная приманка» from the listing is innocent; short count, partial with a sum in ₽
  c(
    'r46o-07',
    'ru',
    `В описании — убойная приманка на щуку, набор воблеров 110 мм, 5 штук. В блистере оказалось 3. Вскрывал 21.09 прямо на почте, под запись на телефон. Прошу вернуть 540 ₽ за два недостающих.`,
    'video',
    [],
    'partial_refund',
    540,
  ),
  // wrong holster model, "obviously on purpose" is an accusation
  c(
    'r46o-08',
    'en',
    `Ordered a leather IWB holster for a Glock 19, received one molded for a 1911 on the 2nd. Obviously on purpose, this is how you clear out old stock. Photo attached. Please send the correct holster.`,
    'photo',
    ['accusation'],
    'exchange',
  ),
  // «слепые кроты» aimed at warehouse staff: insult
  c(
    'r46o-09',
    'ru',
    `Заказал блёсны-колебалки по 20 г, пришли по 10 г — на пачке так и напечатано. Получил 15 августа, фото пачки с маркировкой прилагаю. Кто у вас на складе работает, слепые кроты? Замените на 20 г.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // "gut hook" is a knife part; return offered
  c(
    'r46o-10',
    'en',
    `The gut hook on this skinning knife arrived with a chip about 2 mm deep right at the curve of the hook. Noticed it while unboxing on October 30. Photos attached. Return and refund please, I'll ship it back.`,
    'photo',
    [],
    'return',
  ),
  // «брак» is vague; no file; receipt date left out
  c(
    'r46o-11',
    'ru',
    `Сапоги для рыбалки — брак. Хочу вернуть деньги.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // "cock the crossbow" is innocent; crossbow plus warehouse address is a veiled threat
  c(
    'r46o-12',
    'en',
    `Bolts are 20 inch, the listing said 22. They don't even sit on the rail right when I cock the crossbow. Got them last Friday, photos are in the form. Send the 22s. I've got a crossbow and your warehouse address, just saying.`,
    'photo',
    ['threat'],
    'exchange',
  ),
  // «ствол» in a gun case: innocent; measured with a tape
  c(
    'r46o-13',
    'ru',
    `Чехол для ружья: в описании длина 130 см, фактически 118 — ствол торчит на 10 см, молния не застёгивается. Измерил рулеткой при получении 2 декабря, снимок с рулеткой в форме. Прошу обмен на чехол 130 см.`,
    'photo',
    [],
    'exchange',
  ),
  // "disappointed" is emotional; no request
  c(
    'r46o-14',
    'en',
    `Honestly so disappointed. The headlamp strap elastic snapped on the second night of our camping trip, and the battery cover won't latch anymore. Photo attached.`,
    'photo',
    ['emotional', 'missing_resolution'],
    'none',
  ),
  // masked mat as a predicate about the burner, no "!": profanity only
  c(
    'r46o-15',
    'ru',
    `Горелка — х*йня полная, клапан травит газ сразу после подключения баллона, слышно шипение. Заметил 5 июня на даче, видео, как шипит, приложено. Верните деньги.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
  // rug-hooking "hookers" are tools; partial with $ sum
  c(
    'r46o-16',
    'en',
    `Set of 3 latch hookers for rug hooking, the pack had only 2 hookers in it. Counted them when I opened it on 11 Jan, photo of the open pack attached. Please refund $4.20 for the missing hooker.`,
    'photo',
    [],
    'partial_refund',
    4.2,
  ),
  // says a video is attached, form has none
  c(
    'r46o-17',
    'ru',
    `Катушка: люфт ручки, при вращении хруст. Началось на второй рыбалке, 18 мая. Видео прикладываю. Прошу заменить катушку.`,
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // condescension about the reader's understanding: insult
  c(
    'r46o-18',
    'en',
    `Let me explain it slowly so even your team gets it: the tent should come with 4 poles. I got 2. Counted on 7 June when we pitched it. Photo attached. Send the missing poles.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // thermal underwear size; keeps it, partial in руб
  c(
    'r46o-19',
    'ru',
    `Термобельё для охоты, на сайте размер XL, а на бирке L, в плечах жмёт. Обнаружила при примерке 4 ноября; фото бирки и размерной таблицы загрузила. Вещь оставлю, прошу частично вернуть 600 руб.`,
    'photo',
    [],
    'partial_refund',
    600,
  ),
  // "baits" fused; no time, partial without a sum
  c(
    'r46o-20',
    'en',
    `Three of the ten soft plastic baits came fused together into one lump, the rest are fine. A partial refund for the ruined ones would be fair. Photo attached.`,
    'photo',
    ['missing_when', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «нож вошёл» is a cutting test; «я с ножом обращаться умею» plus a found address is a threat
  c(
    'r46o-21',
    'ru',
    `Нож вошёл в берёзовую ветку, и клинок сразу выгнулся — сталь сырая. Это было на второй день похода, 3 июля. Фото изгиба отправляю вместе с заявкой. Деньги верните. Я с ножом обращаться умею, и адрес ваш нашёл — подумайте.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "ammo pouch" is gear; complete
  c(
    'r46o-22',
    'en',
    `The MOLLE ammo pouch arrived with the snap torn off the flap, the stud is missing completely so it won't close. Found it while unpacking on April 4th. Photo attached. I'd like a replacement pouch.`,
    'photo',
    [],
    'exchange',
  ),
  // smoker lid skewed; no time, no file
  c(
    'r46o-23',
    'ru',
    `Коптильня для рыбы: крышка не закрывается, перекос примерно на сантиметр по одной стороне. Прошу заменить.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'exchange',
  ),
  // transliterated Russian, wrong tent capacity; complete
  c(
    'r46o-24',
    'ru',
    `Zakazal palatku 3-mestnuyu, prishla 2-mestnaya, na chehle napisano "2 persons". Poluchil 10 avgusta, foto chehla prilozhil. Proshu vernut' polnuyu stoimost'.`,
    'photo',
    [],
    'full_refund',
  ),
  // "morons" aimed at the seller: insult
  c(
    'r46o-25',
    'en',
    `Second time you've sent a left-hand holster, morons. Ordered right-hand on 2 Feb, got left-hand again on the 20th. Photo attached. Exchange it.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // «это развод» labels the seller; facts are complete
  c(
    'r46o-26',
    'ru',
    `Это развод, а не магазин. Заказал приманку-поппер, пришёл пустой пакет без воблера, вес на наклейке 0,01 кг. Вскрыл на почте 12.06, есть видео. Верните деньги.`,
    'video',
    ['accusation'],
    'full_refund',
  ),
  // "kill shot" marketing line is innocent; turret fault
  c(
    'r46o-27',
    'en',
    `Bought the 4x32 scope for deer season. The listing promises a kill shot every time, fine, that's marketing. The problem: the windage turret has no clicks, it spins freely with no stops, so I can't adjust anything. Found it when mounting the scope on 17 September. Video attached. Full refund please.`,
    'video',
    [],
    'full_refund',
  ),
  // the seller's mat quoted by a calm buyer: profanity only
  c(
    'r46o-28',
    'ru',
    `Дуга шатра сломалась при первой установке 8 мая, трещина у соединителя. Написал продавцу — он ответил «иди на х*й». Скрин переписки и фото дуги прикладываю. Прошу вернуть деньги полностью.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // airsoft gearbox; «выстрелов» is innocent
  c(
    'r46o-29',
    'ru',
    `Страйкбольный привод после 200 выстрелов перестал подавать шары: мотор гудит, поршень не двигается. Случилось 26 апреля прямо на игре, видео с игры прикрепил. Прошу замену привода.`,
    'video',
    [],
    'exchange',
  ),
  // missing sheath, listing photos are not evidence; partial without a sum
  c(
    'r46o-30',
    'en',
    `The fillet knife came without the sheath that's pictured in the listing. Noticed the day it arrived, 8/14. I'll keep the knife but want some money back for the missing sheath.`,
    'none',
    ['missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // caps and «в шоке»: emotional
  c(
    'r46o-31',
    'ru',
    `Я В ШОКЕ. Заказывал спальник с комфортом до -5, а на бирке комфорт +10. Получил 30 сентября, фото бирки тоже тут. Замените на правильный.`,
    'photo',
    ['emotional'],
    'exchange',
  ),
  // polite menace about a cousin near the shop: threat
  c(
    'r46o-32',
    'en',
    `Hi. The handle scales on the hunting knife are loose, they wobble and one rivet fell out on the first use, May 2. Photos attached. Please refund. By the way, I know how to use a knife, and my cousin lives ten minutes from your shop in Yiwu. Would be a shame if he had to drop by.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // thermos test, no request
  c(
    'r46o-33',
    'ru',
    `Термос для рыбалки не держит тепло: залил кипяток в 8 утра, к 11 еле тёплый, а заявлено 24 часа. Проверял 1 февраля на льду. Фото с термометром прикреплено.`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // sarcastic praise of the warehouse staff: insult
  c(
    'r46o-34',
    'ru',
    `Спасибо, золотые руки на складе: прицел завернули в один пакетик без коробки, линза поцарапана. Получил 6 марта, фото есть. Верните деньги.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // multitool "blade" is innocent; return
  c(
    'r46o-35',
    'en',
    `The multitool's main blade won't lock: the liner lock slips and the blade folds back under light pressure. Noticed during first use on 23 June while cutting rope. Video attached. I'll send it back for a refund.`,
    'video',
    [],
    'return',
  ),
  // «ужас» plus vague quality; nothing else
  c(
    'r46o-36',
    'ru',
    `Ужас какой-то, а не удочка, качество отвратительное. Верните деньги.`,
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // "ridiculous" is an affect word
  c(
    'r46o-37',
    'en',
    `This is ridiculous. Ordered the 2-person camping hammock in olive and got bright pink. Opened it the day it arrived, Monday the 3rd. Pic attached. Please exchange for olive.`,
    'photo',
    ['emotional'],
    'exchange',
  ),
  // hook count, partial in words of рублей
  c(
    'r46o-38',
    'ru',
    `Крючки офсетные №2: в заказе 50 шт., в пакете 30. Пересчитал при получении 14.01.2025, фото пересчёта — прилагаю. Верните, пожалуйста, 120 рублей за недостающие 20 штук.`,
    'photo',
    [],
    'partial_refund',
    120,
  ),
  // stretched mat as a cry: profanity and emotional
  c(
    'r46o-39',
    'ru',
    `Бляяя, опять! Второй раз присылаете лебёдку для лодки без троса. Получил вчера, фотки в заявке. Пришлите трос.`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // scare quotes about honesty: accusation; cosmetics, partial in $
  c(
    'r46o-40',
    'en',
    `Ordered the 5-color camo face paint kit, received 3 colors (no brown, no black). Opened it on 19 Oct, photo attached. Refund $3 for the missing two. Funny how every "mistake" from this store goes in your favour.`,
    'photo',
    ['accusation'],
    'partial_refund',
    3,
  ),
  // reply in a dispute adding the facts; line diameter measured
  c(
    'r46o-41',
    'ru',
    `Добавляю к спору: видео распаковки прикрепил. Леска 0,25 мм на деле 0,18 — замерил микрометром 2 апреля. Прошу полный возврат.`,
    'video',
    [],
    'full_refund',
  ),
  // the hunter who doesn't miss, aimed at the seller's decision: threat
  c(
    'r46o-42',
    'en',
    `Bow sight arrived with two of the five fiber pins snapped off. Unboxed on Nov 12, photo attached. Refund me. I hunt elk and I don't miss at sixty yards, keep that in mind when you decide.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // material mismatch of a sheath; no time; compensation without a sum
  c(
    'r46o-43',
    'ru',
    `Нож-мачете: в описании ножны кожаные, пришли из кожзама и уже треснули на сгибе. Снимок приложила. Хочу частичную компенсацию.`,
    'photo',
    ['missing_when', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «манок» is innocent; «стадо баранов» aimed at the packers: insult
  c(
    'r46o-44',
    'ru',
    `Манок на утку не крякает, а свистит — язычок внутри треснул. Проверил в первый же день, 20 сентября, видео есть. Ваши упаковщики — стадо баранов, коробку раздавили в лепёшку. Замена.`,
    'video',
    ['insult'],
    'exchange',
  ),
  // "bait boat" is innocent; complete
  c(
    'r46o-45',
    'en',
    `The RC bait boat's left hopper door won't open: the servo buzzes but the door stays shut. Happened on the first trip, 6 July. Video attached. Please replace the servo or the boat.`,
    'video',
    [],
    'exchange',
  ),
  // says photo attached, none in the form; no time
  c(
    'r46o-46',
    'ru',
    `Плита газовая туристическая: поджиг щёлкает, но искры нет. Фото во вложении. Верните деньги.`,
    'none',
    ['missing_when', 'evidence_not_attached'],
    'full_refund',
  ),
  // «дробь», «патроны» in a pouch: innocent; partial with ₽
  c(
    'r46o-47',
    'ru',
    `Патронташ 12 калибра заявлен на 25 гнёзд, а пришёл на 15. Патроны с дробью в него влезают, но гнёзд меньше, чем в описании. Получила посылку 2 ноября, фото прилагаю. Прошу возврат 450 ₽.`,
    'photo',
    [],
    'partial_refund',
    450,
  ),
  // only vague words
  c(
    'r46o-48',
    'en',
    `Tent is defective and not as described. Refund please.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // «взвод» innocent; masked mat question at the seller: profanity and insult
  c(
    'r46o-49',
    'ru',
    `Тетива для арбалета короче на 3 см, при взводе не садится на замок. Обнаружил 15 марта при установке, фото с рулеткой приложил. Вы там ох*ели? Пришлите нормальную тетиву.`,
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // long, «убил мне всю рыбалку» about a torch is innocent; offers the item back: return
  c(
    'r46o-50',
    'ru',
    `Добрый день. Пишу по заказу фонаря для ночной рыбалки. Фонарь убил мне всю рыбалку: заявлено 6 часов работы на максимуме, а аккумулятор 18650 садится за 20 минут, после чего фонарь гаснет. Замерял 9 и 10 января, два полных цикла от зарядки, фото зарядника с показаниями ёмкости загрузил. Готов отправить фонарь обратно за счёт продавца, прошу вернуть полную стоимость.`,
    'photo',
    [],
    'return',
  ),
  // "For fuck's sake," as a cry
  c(
    'r46o-51',
    'en',
    `For fuck's sake, third reel in a row with a bent bail arm. Got this one 28 Feb, photos attached. Send one that isn't bent.`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // fraud label with "!!!"; non-receipt with tracking named
  c(
    'r46o-52',
    'ru',
    `Мошенники!!! Месяц жду спиннинг, трек не обновляется с 3 числа. Верните деньги.`,
    'none',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // reply accepting the seller's offer with its sum
  c(
    'r46o-53',
    'ru',
    `Согласна на ваше предложение: компенсация 800 ₽ за погнутый колышек и порванную растяжку, палатку оставляю. Фото повреждений уже в форме, посылку получила 12.07.`,
    'photo',
    [],
    'partial_refund',
    800,
  ),
  // calm report, no request, no file
  c(
    'r46o-54',
    'en',
    `Just so you know, the fishing waders started leaking at the left boot seam on my third outing, March 15. Water up to the ankle within an hour.`,
    'none',
    ['missing_evidence', 'missing_resolution'],
    'none',
  ),
  // harm wished on the packer: threat
  c(
    'r46o-55',
    'ru',
    `Складной нож прислали раскрытым, лезвие прорезало коробку, и я порезал палец при распаковке 7 мая. Фотографии коробки и пальца добавил. Верните деньги. Надеюсь, тот, кто это упаковывал, так же порежется.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // the price named beside a full refund is not a partial sum
  c(
    'r46o-56',
    'en',
    `Folding camp chair, rated 120 kg. I'm 85 kg and the rear leg snapped at the rivet the first time I sat in it, 11 August at the lake. It cost me £24.99. Photos of the break are attached. Full refund, please.`,
    'photo',
    [],
    'full_refund',
  ),
  // «не такой, как в описании» is vague; receipt date given
  c(
    'r46o-57',
    'ru',
    `Жилет разгрузочный пришёл не такой, как в описании. Получил 18 октября, фото приложил. Прошу обмен.`,
    'photo',
    ['missing_what'],
    'exchange',
  ),
  // staff compared to an animal in a question: insult
  c(
    'r46o-58',
    'en',
    `The carbon arrows arrived with 4 of 12 nocks cracked. Who packs your orders, a raccoon? Opened the tube on 5 Sept, photo attached. Send 4 replacement arrows.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // transliterated mat as a cry
  c(
    'r46o-59',
    'ru',
    `Suka, opyat' prislali ne tot razmer: zakazyval shtany dlya rybalki XL, prishli S. Poluchil 22.11, foto birki v zayavke. Obmenyaite.`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // «не думаю, что это специально» takes the label back; complete
  c(
    'r46o-60',
    'ru',
    `Не думаю, что это специально, скорее перепутали на складе: вместо мультитула с пассатижами пришёл простой складной нож. Вскрыл 30.03, снимок содержимого посылки прилагаю. Пришлите, пожалуйста, заказанный мультитул.`,
    'photo',
    [],
    'exchange',
  ),
  // "shoot groups" is innocent; a spare part asked for is an exchange
  c(
    'r46o-61',
    'en',
    `Airsoft sniper rifle: it can't shoot groups under 30 cm at 30 m because the hop-up chamber came cracked, there's a visible split along the housing. Found it when I opened it up on 2 June to adjust the hop. Photo attached. Exchange for a new hop-up unit, please.`,
    'photo',
    [],
    'exchange',
  ),
  // crying emoji: emotional; the birthday is not the time, the opening is
  c(
    'r46o-62',
    'ru',
    `Заказала сыну набор юного рыболова на день рождения, а в коробке нет удочки, только катушка и поплавки 😭 Вскрыли 9 декабря. Фото открытой коробки добавила. Пришлите удочку, пожалуйста.`,
    'photo',
    ['emotional'],
    'exchange',
  ),
  // publishing the owner's data on a forum: threat
  c(
    'r46o-63',
    'ru',
    `Ремень для ружья порвался у антабки на первой же охоте, 14 ноября, ружьё упало в снег. Фото разрыва приложено. Верните деньги. ФИО владельца магазина и его адрес я уже нашёл — не вернёте, выложу всё на охотничьем форуме.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // paracord bracelet missing its ferro rod; € sum with a comma
  c(
    'r46o-64',
    'en',
    `Hi, the paracord bracelet's fire starter rod is missing from the buckle, just an empty slot. Noticed on 1 May when I tried to use it at camp. Photo attached. Could you refund €2,50 for the missing rod?`,
    'photo',
    [],
    'partial_refund',
    2.5,
  ),
  // car part for a boat trailer; offers to send it back
  c(
    'r46o-65',
    'ru',
    `Фаркоп для прицепа под лодку: крепёжные отверстия не совпадают с кузовом на 12 мм, хотя в описании указан Duster 2021, как у меня. Примеряли 27 апреля в сервисе, фото с замером прикладываю. Готов вернуть фаркоп, прошу возврат денег.`,
    'photo',
    [],
    'return',
  ),
  // masked mat aimed at the QC staff: profanity and insult, no cry
  c(
    'r46o-66',
    'en',
    `The gas canister adapter leaks at the thread, hissing as soon as it's screwed on. Tested on 19 April, video attached. Your QC a$$holes clearly never tested it. Refund.`,
    'video',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // «обидно до слёз»: emotional; no time, no file
  c(
    'r46o-67',
    'ru',
    `Обидно до слёз: леска рвётся на узле при каждом забросе, ни одной рыбы не вытащила. Верните деньги.`,
    'none',
    ['emotional', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // non-receipt with a tracking number as evidence, no file
  c(
    'r46o-68',
    'ru',
    `Надувная лодка не получена. Трек LP00123456789012 с 5 мая стоит в статусе «Прибыло в сортировочный центр», прошло 47 дней. Прошу вернуть деньги.`,
    'none',
    [],
    'full_refund',
  ),
  // "bait cooler" innocent; "nitwits" aimed at packers: insult
  c(
    'r46o-69',
    'en',
    `Bait cooler arrived with the lid hinge snapped off, it was thrown loose into a bag with no box. Unpacked it 16 July, photo attached. Tell the nitwits in your packing room that coolers need a box. I want a replacement.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // blanket accusation; no request
  c(
    'r46o-70',
    'ru',
    `Все продавцы тут одинаковые, обманщики. Прицельная планка пришла с сорванной резьбой под винт, обнаружил при установке 3 апреля. Фото есть во вложении.`,
    'photo',
    ['accusation', 'missing_resolution'],
    'none',
  ),
  // cosmetics for camping, formal, USD sum; DEET is an abbreviation
  c(
    'r46o-71',
    'en',
    `Order of two DEET-free mosquito repellent sprays (100 ml each). One bottle arrived with the pump head cracked and had leaked about half of its contents into the parcel. Discovered on opening the parcel, 2024-06-21. Photos of the bottle and the wet box attached. Please refund USD 5.50 for the damaged bottle.`,
    'photo',
    [],
    'partial_refund',
    5.5,
  ),
  // vulgar word as a predicate about the pot, no "!": profanity only
  c(
    'r46o-72',
    'ru',
    `Котелок походный — г*вно: дно прогорело насквозь после второго костра, 19 августа. Фото дыры приложила. Верните деньги.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // says a video is attached, none in the form; keeps it for $60
  c(
    'r46o-73',
    'en',
    `See the attached video: the trolling motor cuts out after 5 minutes at any speed. Happened on the first two trips, 12 and 19 May. I'll keep it if you refund $60.`,
    'none',
    ['evidence_not_attached'],
    'partial_refund',
    60,
  ),
  // syllable-by-syllable condescension in a reply: insult
  c(
    'r46o-74',
    'ru',
    `Повторяю по слогам, раз с первого раза до вас не доходит: ман-гал при-шёл без ре-шёт-ки. Получил 4 мая, фото коробки в форме. Пришлите решётку.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // toy crossbow, "cock the crossbow" innocent; sends it back
  c(
    'r46o-75',
    'en',
    `Bought the foam-dart crossbow for my son. The cocking lever broke on the first day (Dec 26): the plastic pin snapped, so you can't cock the crossbow at all now. Video attached. We'll send it back, please refund.`,
    'video',
    [],
    'return',
  ),
  // «разочарована»: emotional; partial with ₽
  c(
    'r46o-76',
    'ru',
    `Разочарована. Коврик самонадувающийся сдувается за ночь, проверяла два раза, 11 и 12 июня, видео прикреплено. Оставлю себе для дачи, верните 700 ₽.`,
    'video',
    ['emotional'],
    'partial_refund',
    700,
  ),
  // «не доводите до греха» with guns in a safe: threat
  c(
    'r46o-77',
    'ru',
    `Эхолот не видит дно глубже 3 м, хотя заявлено 36 м. Проверял 8 июля на Волге, видео экрана приложил. Верните деньги. Не доводите до греха, у меня в сейфе два ствола.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // fraud label, vague problem, evidence offered but not attached
  c(
    'r46o-78',
    'en',
    `Scammers. The knife is junk and nothing like the listing. I have photos if you want them. Refund now.`,
    'none',
    ['accusation', 'missing_what', 'missing_when'],
    'full_refund',
  ),
  // «ок» alone in a reply
  c('r46o-79', 'ru', `ок`, 'none', ['empty_text'], 'none'),
  // long review-channel text: manager's home address to subscribers is a threat
  c(
    'r46o-80',
    'en',
    `I've hunted whitetail for thirty years and reviewed gear on my channel for ten. This 3-12x50 scope fogged up inside the tube on the first cold morning, 28 November, at about -5 °C, so the nitrogen purge clearly failed. Photos of the fogged lens are attached. I want a full refund. If that doesn't happen, my 40k subscribers will get your manager's name and home address along with the review.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
];
