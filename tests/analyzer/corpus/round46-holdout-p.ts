import { labelled as c, type CorpusCase } from './types';

/**
 * Round forty-six, hold-out set p: sports, fitness, supplements and martial-arts buyers whose gym and fight slang
 * sounds rough but is innocent, next to real insults, threats and mat, across many products. Written by a hand that
 * has not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Gym slang about the buyer's own body or training («убиться в зале», «разбил ноги в мясо», «жёсткий сплит», «пушки»,
 *   «сушка», «убойная тренировка», "beast mode", "crushed my PR", "killer session", "destroyed my legs", "getting
 *   ripped", "knockout drills", "smash sessions") is no finding: killing and wrecking figures about the buyer or a
 *   workout, as round thirty-five reads them. «банка» is a tub of protein.
 * - A fighter's rank or punch used as menace ("I box four nights a week. Come say that to my face", «Не доводите до
 *   греха, я КМС по боксу», "Coach says I hit like a truck … Kidding. Mostly.", «встретимся на ринге — и не в
 *   переносном смысле») is a threat.
 * - "dumb as a dumbbell", «дрищи со склада», «криворукие сборщики», "run by clowns", "you muppets", and warehouse staff
 *   as «обезьяны» are insults aimed at people.
 * - "Honestly the motor is shit." is a full-stop predicate judging the item: profanity only, no cry. «Бл*ть, ну как
 *   так.», «Ёпт, …», "blyat, …", «Заебали уже!» and "What the fuck is … ??" are cries: profanity and emotional.
 *   "Are you lot f*cking blind?" is mat asked of the staff: profanity and insult.
 * - A file in the form counts as evidence even when the text does not name it (the brief says so); one text
 *   (`r46p-55`) tests that, every other ready text also names its file.
 * - «дорожку заберите курьером» and "take it back … I'll ship it" offer the item back: `return`.
 * - "Some compensation would be fair" and «частичную компенсацию» with no figure are partial refunds without an amount.
 * - "Tracking says delivered on 12 May" names evidence (the word "tracking") though the form has no file.
 */
export const ROUND46_HOLDOUT_P: CorpusCase[] = [
  // wrong weight found with bathroom scales; everything present
  c(
    'r46p-01',
    'ru',
    `Заказал разборные гантели 2×10 кг, пришли 2×7,5: на блинах выбито 1,25 вместо 2,5. 15 июня при распаковке взвесил на напольных весах — каждая гантель 7,4 кг. Фото блинов и весов приложил. Прошу заменить на комплект 2×10 кг.`,
    'photo',
    [],
    'exchange',
  ),
  // innocent trap: "beast mode"; a band snapped, video attached
  c(
    'r46p-02',
    'en',
    `Resistance band set (5 bands). On my second session, March 4, the green 15 lb band snapped at the clip seam in the middle of a set of rows. Yes I was going full beast mode, but that's exactly the load it's rated for. Video of the tear is attached. Could you send a replacement green band?`,
    'video',
    [],
    'exchange',
  ),
  // real insult «дрищи со склада»; partial refund with a sum
  c(
    'r46p-03',
    'ru',
    `Протеин 2 кг, вкус шоколад, а пришла банка на 900 г. Дрищи со склада, вы хоть раз банку в руках держали? Взвесил 3 мая, снимок весов в файлах. Верните разницу — 1800 ₽.`,
    'photo',
    ['insult'],
    'partial_refund',
    1800,
  ),
  // short, no time, no evidence
  c(
    'r46p-04',
    'en',
    `Boxing gloves sold as 14oz came as 10oz, the tag inside literally says 10. I spar heavy, can't use these. Exchange for 14oz pls`,
    'none',
    ['missing_when', 'missing_evidence'],
    'exchange',
  ),
  // affect word and "!!"
  c(
    'r46p-05',
    'ru',
    `Фитнес-браслет перестал считать пульс на второй день — во время тренировки вместо цифр одни прочерки. Я в шоке, это уже второй браслет за месяц!! Видео записал. Верните деньги.`,
    'video',
    ['emotional'],
    'full_refund',
  ),
  // fighter's menace: threat
  c(
    'r46p-06',
    'en',
    `Your agent told me a slipping belt on a treadmill is normal. I box four nights a week. Come say that to my face and see what happens. The belt slips under load at anything below 8 km/h, has done since day one, it's on the video. Full refund.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // innocent traps «убиться в зале», «в мясо»; send the missing part = exchange
  c(
    'r46p-07',
    'ru',
    `Хотел убиться в зале на ногах, а вместо этого трос скакалки порвался в мясо на третьей тренировке (12.04): оплётка лопнула у ручки, проволока торчит. Фото прилагаю. Пришлите, пожалуйста, новый трос, ручки целые.`,
    'photo',
    [],
    'exchange',
  ),
  // innocent trap "killer workout"; partial with a dollar sum
  c(
    'r46p-08',
    'en',
    `Smart band X7. After a killer HIIT workout on 2 May the strap clasp cracked in half and the band fell off onto the treadmill. I've added a photo of the broken clasp. The tracker itself still works, so a partial refund of $6 to cover a new strap would settle it.`,
    'photo',
    [],
    'partial_refund',
    6,
  ),
  // masked mat as a cry; «сушка» innocent
  c(
    'r46p-09',
    'ru',
    `Сушка в самом разгаре, заказал L-карнитин в капсулах. Банка пришла без защитной пломбы, крышка болталась, половина капсул слиплась в комок. Бл*ть, ну как так. Вскрыл 20 мая, фото в приложении. Верните деньги.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // facts plus a blanket label
  c(
    'r46p-10',
    'en',
    `Yoga mat listed as 6mm. Measured it with calipers when I unrolled it on June 3: 4mm at every edge. Classic bait and switch, you guys do this on purpose. Pics attached. Refund please.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // no request at all
  c(
    'r46p-11',
    'ru',
    `Велоперчатки заказывала размер L, пришли M — на бирке внутри M, на ладони липучка не сходится. Получила 8 июля, бирку сфотографировала и прикрепила.`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // "dumb as a dumbbell": insult
  c(
    'r46p-12',
    'en',
    `Whoever packed this is dumb as a dumbbell. Two 5kg kettlebells thrown loose into a thin poly bag, one handle chipped and the paint scraped off a corner. Opened it on the 9th, photos are in the attachments. Replace the chipped one.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // innocent «пушки»; offering the item back = return
  c(
    'r46p-13',
    'ru',
    `Пушки накачал, а футболка не выдержала. Компрессионная футболка XL: на первой же тренировке 3 сентября шов под левой мышкой разошёлся на 6 см, нитки просто вылезли. Прилагаю фото шва. Готов отправить футболку обратно за свой счёт, верните деньги.`,
    'photo',
    [],
    'return',
  ),
  // vague problem words only
  c(
    'r46p-14',
    'en',
    `Protein powder is not as described, really poor quality. Got it last Tuesday. Photo attached. Want a full refund.`,
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // «встретимся на ринге — и не в переносном смысле»: threat, long text
  c(
    'r46p-15',
    'ru',
    `Боксёрский шлем пришёл с трещиной на пластиковой вставке у скулы, увидел сразу при распаковке 2 октября. Продавец второй раз отвечает одно и то же: «так и было на складе, это не влияет». Влияет — это защита лица. Я знаю, из какого вы города. Встретимся на ринге — и не в переносном смысле. Фото трещины во вложении. Требую полный возврат.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "crushed my PR" trap; bent buckle
  c(
    'r46p-16',
    'en',
    `Crushed my deadlift PR on Saturday and the lifting belt buckle bent open on that same lift. The prong now sits at an angle and won't go into the holes. Belt is 3 weeks old. Short video of the buckle attached. Please exchange it for a new belt, size M.`,
    'video',
    [],
    'exchange',
  ),
  // missing part count, no file, compensation without a figure
  c(
    'r46p-17',
    'ru',
    `Эспандеры кистевые: в наборе должно быть 5 штук с разным усилием, пришло 3 — нет тех, что на 40 и 60 кг. Коробку открыл вчера. Хочу частичную компенсацию.`,
    'none',
    ['missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // English mat as a cry with "??"
  c(
    'r46p-18',
    'en',
    `Cycling bib shorts: the chamois pad came unglued after the first 40 km ride on Aug 14, it slid down to my knee. What the fuck is this glue made of?? Photo attached. Send me a new pair.`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // says video attached, form has none; courier pickup = return
  c(
    'r46p-19',
    'ru',
    `Беговая дорожка складная. При первом включении 5 ноября полотно сразу уводит влево и оно трётся о раму, пахнет резиной. Видео прикладываю. Прошу вернуть деньги, дорожку заберите курьером.`,
    'none',
    ['evidence_not_attached'],
    'return',
  ),
  // "frustrated" + "!!", no time
  c(
    'r46p-20',
    'en',
    `The knee sleeves came in two different sizes, one L and one XL. Honestly so frustrated, I ordered a matching pair for squats!! Photo of both tags attached. Exchange the XL one please.`,
    'photo',
    ['emotional', 'missing_when'],
    'exchange',
  ),
  // blender for shakes; discovery time, video, full refund
  c(
    'r46p-21',
    'ru',
    `Блендер для протеиновых коктейлей. На второй день нож перестал крутиться: мотор гудит, из-под основания запах гари. Снял это на видео 14.02, файл прикреплён. Прошу полный возврат.`,
    'video',
    [],
    'full_refund',
  ),
  // sarcastic praise of staff: insult
  c(
    'r46p-22',
    'ru',
    `Браво, гении логистики. Гриф для штанги 180 см пришёл согнутым посередине: 7 марта прокатил его по полу — виляет, как восьмёрка на колесе. На видео всё видно. Нужна замена грифа.`,
    'video',
    ['insult'],
    'exchange',
  ),
  // partial in pounds, ready
  c(
    'r46p-23',
    'en',
    `Gym bag with the separate shoe compartment: the zip on the shoe pocket split open the first time I packed my lifting shoes, 11 Jan. Teeth are missing along about 3 cm, see the attached photo. A partial refund of £8 and I'll get it fixed locally.`,
    'photo',
    [],
    'partial_refund',
    8,
  ),
  // question that labels intent: accusation
  c(
    'r46p-24',
    'ru',
    `Вы специально кладёте в коробки гири с трещинами? Гиря 16 кг, трещина по ручке у основания, обнаружил при распаковке 21 августа. Фото прилагаю. Верните деньги.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // veiled threat: a relative visiting the warehouse
  c(
    'r46p-25',
    'ru',
    `Компрессионные гетры пришли разного цвета — одна чёрная, другая серая, вскрыл пакет 2 апреля. Фото есть. Адрес вашего склада в Иу я уже нашёл, брат туда летает каждый месяц. Будет жаль, если он зайдёт поговорить. Обмен на пару одного цвета.`,
    'photo',
    ['threat'],
    'exchange',
  ),
  // reply box: non-receipt, the word "tracking" is evidence, no request
  c(
    'r46p-26',
    'en',
    `Replying to your last message: tracking says delivered on 12 May, but the adjustable bench never reached my door and none of the neighbours have it. I checked the building's parcel room twice.`,
    'none',
    ['missing_resolution'],
    'none',
  ),
  // post office report named, sum in words, no file
  c(
    'r46p-27',
    'ru',
    `Креатин 500 г: заказывал два пакета, пришёл один. Вскрывал посылку 30 июня прямо на почте при сотруднице, у меня есть акт почты о несоответствии вложения. Прошу вернуть стоимость второго пакета — семьсот рублей.`,
    'none',
    [],
    'partial_refund',
    700,
  ),
  // masked mat asked of the staff: profanity + insult
  c(
    'r46p-28',
    'en',
    `Are you lot f*cking blind? I ordered the red 20kg bumper plates and you sent green 10kg ones. Unboxed them on 4 June, photo's attached. Send the right plates.`,
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // shouting in capitals
  c(
    'r46p-29',
    'ru',
    `ПУЛЬСОМЕТР НЕ ВИДИТ ТЕЛЕФОН. Нагрудный ремень не находится по Bluetooth ни на одном телефоне, с самого первого дня. Видео во вложении. Хочу обмен.`,
    'video',
    ['emotional'],
    'exchange',
  ),
  // innocent "knockout"
  c(
    'r46p-30',
    'en',
    `Bought this speed bag for knockout drills. The swivel arrived with a stripped thread, the bolt just spins and never tightens. Noticed it while mounting the platform on 20 Sept. Two photos of the thread are attached. Please send a replacement swivel.`,
    'photo',
    [],
    'exchange',
  ),
  // generic words only, partial sum
  c(
    'r46p-31',
    'ru',
    `Коврик для йоги бракованный, пришёл в таком виде. Получила 3 марта, фото приложила. Верните 500 рублей.`,
    'photo',
    ['missing_what'],
    'partial_refund',
    500,
  ),
  // harm wished on whoever sealed it: threat
  c(
    'r46p-32',
    'en',
    `Hope whoever sealed this whey tub chokes on the next scoop. The foil seal was already broken and the powder had clumped into a brick when I opened it on 8 Oct. Picture attached. Full refund.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // non-receipt with a tracking number in the text, no file
  c(
    'r46p-33',
    'ru',
    `Посылка с велокомпьютером не пришла. Трек LP00123456789012 с 10 января стоит на статусе «прибыла в сортировочный центр», прошло уже 45 дней. Прошу полный возврат средств.`,
    'none',
    [],
    'full_refund',
  ),
  // condescension: insult; «качалка» innocent
  c(
    'r46p-34',
    'ru',
    `Качалка научила меня терпению, а ваша поддержка — нет. Объясняю как первокласснику: штанга EZ, замки пришли без резьбы внутри, их невозможно накрутить. Вскрыл 17 ноября, видео снял. Обменяйте замки.`,
    'video',
    ['insult'],
    'exchange',
  ),
  // compensation without a figure, no time
  c(
    'r46p-35',
    'en',
    `Jump rope set came without the weighted handles shown in the listing, only the plain ones are in the box. Photo attached. Some compensation would be fair.`,
    'photo',
    ['missing_when', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // one line: concrete problem only
  c(
    'r46p-36',
    'ru',
    `Перчатки для турника рвутся между пальцами, кожа тонкая как бумага.`,
    'none',
    ['missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // cosmetics bought for runs
  c(
    'r46p-37',
    'en',
    `Bought the sport sunscreen SPF 50 for my outdoor runs. The tube arrived with the cap cracked and half the cream had leaked into the box — I saw it as soon as I opened the parcel on 2 July. Photo attached. Refund of the full price please.`,
    'photo',
    [],
    'full_refund',
  ),
  // transliterated mat as a cry
  c(
    'r46p-38',
    'ru',
    `blyat, опять не тот размер. Заказал велошорты М, пришли XXL, открыл сегодня, 5 мая. Фото бирки приложено. Меняйте на М.`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // "everyone knows this store scams", "ridiculous"
  c(
    'r46p-39',
    'en',
    `Everyone on the lifting forum knows this store scams people. The lifting straps are 40cm instead of the 60cm in the listing, measured them on arrival March 2. Photos attached. This is ridiculous. Refund.`,
    'photo',
    ['accusation', 'emotional'],
    'full_refund',
  ),
  // toy; «ниппель» innocent
  c(
    'r46p-40',
    'ru',
    `Детский боксёрский набор (груша + перчатки): игла от насоса из комплекта не подходит к ниппелю груши, она короче миллиметров на пять. Обнаружили 9 декабря, когда пытались надуть. Фото иглы и ниппеля прикладываю. Пришлите, пожалуйста, подходящий насос.`,
    'photo',
    [],
    'exchange',
  ),
  // innocent «разбил ноги в мясо», «жёсткий сплит»
  c(
    'r46p-41',
    'ru',
    `Разбил ноги в мясо на жёстком сплите и взял массажный пистолет. Пришёл 14 февраля, а на третий день насадка-шар перестала фиксироваться: защёлка сломана, насадка вылетает прямо на ходу. Видео прилагаю. Прошу заменить насадку.`,
    'video',
    [],
    'exchange',
  ),
  // "you muppets"; keep it for a sum
  c(
    'r46p-42',
    'en',
    `You muppets sent a 1.5m pull-up band instead of the 2m one. Measured it the day it arrived, last Friday, tape measure is in the picture. I'll keep it if you refund $5.`,
    'photo',
    ['insult'],
    'partial_refund',
    5,
  ),
  // «расстроилась»
  c(
    'r46p-43',
    'ru',
    `Очень расстроилась: заказывала лосины для йоги чёрные, а пришли тёмно-синие, при дневном свете это сразу видно. Получила 6 апреля, фото рядом с чёрной футболкой прикладываю. Хочу обмен на чёрные.`,
    'photo',
    ['emotional'],
    'exchange',
  ),
  // «не доводите до греха» with a boxing rank: threat
  c(
    'r46p-44',
    'ru',
    `Не доводите до греха, я КМС по боксу. Перчатки 12 унций: после второй тренировки, 19.09, в правой внутри отошла подкладка и сбилась в ком у костяшек. Фото есть. Верните деньги.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // innocent "smash"; send it back = return
  c(
    'r46p-45',
    'en',
    `Ordered the 10kg slam ball for my smash sessions. On the very first slam (Oct 3) the seam split about 4 cm and sand started pouring out. Filmed it, clip is attached. I'd like to send it back and get my money refunded.`,
    'video',
    [],
    'return',
  ),
  // keep for a sum, no evidence
  c(
    'r46p-46',
    'ru',
    `Пояс для пауэрлифтинга: пряжка ржавая по краю, заметил при распаковке 11 марта. Оставлю пояс себе, если вернёте 600 ₽.`,
    'none',
    ['missing_evidence'],
    'partial_refund',
    600,
  ),
  // "see the photo", no file
  c(
    'r46p-47',
    'en',
    `See the photo: the chest strap of my heart rate monitor has a crack right across the sensor pod. First noticed it after my run on 27 April. Please send a new strap.`,
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // garden tool, gym buyer; partial sum
  c(
    'r46p-48',
    'ru',
    `После качалки обустраиваю дачу, купил секатор. Лезвие тупое, в шарнире люфт — ветку в 1 см не режет, а мнёт. Проверил в день получения, 22 мая, видео прилагаю. Прошу частичный возврат 300 ₽.`,
    'video',
    [],
    'partial_refund',
    300,
  ),
  // quoted mat from the seller: profanity only
  c(
    'r46p-49',
    'ru',
    `Продавец в чате ответил мне дословно: «иди на х*й со своими претензиями». Скрин переписки приложил. По сути: гантель 8 кг пришла с треснувшим обрезиниванием на одном блине, заметил 2 июня при распаковке. Прошу замену гантели.`,
    'photo',
    ['profanity'],
    'exchange',
  ),
  // scare quotes about honesty: accusation
  c(
    'r46p-50',
    'ru',
    `Ну конечно, «случайно» положили 1 кг гейнера вместо 2,5 кг. Взвесил сразу при получении 15 июля, фото весов приложил. Верните разницу 1200 руб.`,
    'photo',
    ['accusation'],
    'partial_refund',
    1200,
  ),
  // publishing a manager's data: threat
  c(
    'r46p-51',
    'en',
    `Funny how easy it was to find your manager on LinkedIn, home town and all. Would be a shame if her face ended up on my fitness channel, 40k subscribers. Anyway. The foam roller arrived crushed flat on one side, I unboxed it on camera on 12 Dec and the video is attached. Full refund.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // transliterated Russian counts as ru
  c(
    'r46p-52',
    'ru',
    `Zakazal rezinki dlya fitnesa, komplekt iz 5 shtuk, prishlo 4 — net samoy zhestkoy, chernoy. Otkryl posylku 8 avgusta, foto soderzhimogo prilagayu. Proshu doslat' chernuyu rezinku.`,
    'photo',
    [],
    'exchange',
  ),
  // vague and no evidence
  c(
    'r46p-53',
    'en',
    `The yoga blocks are defective. Got them two days ago. I want a refund.`,
    'none',
    ['missing_what', 'missing_evidence'],
    'full_refund',
  ),
  // staff compared to monkeys: insult
  c(
    'r46p-54',
    'ru',
    `У вас на складе обезьяны работают? Кроссовки для зала 43 размера, а в коробке левый 43 и правый 41. Обнаружил 4 января, когда мерил. Фото подошв приложил. Пришлите правильную пару.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // file in the form, text does not name it: still evidence (brief)
  c(
    'r46p-55',
    'en',
    `Bought a roof bike rack for my road bike. When fitting it on 6 March one of the four clamps was missing from the box: the packing list says 4, there were 3. Please send the missing clamp.`,
    'photo',
    [],
    'exchange',
  ),
  // crying emoji, no time
  c(
    'r46p-56',
    'ru',
    `Шейкер течёт по резьбе крышки, весь протеин в сумке 😭 Фото в приложении. Замените шейкер.`,
    'photo',
    ['emotional', 'missing_when'],
    'exchange',
  ),
  // mat as a full-stop predicate about the item: profanity only
  c(
    'r46p-57',
    'en',
    `Treadmill incline motor grinds and stops at level 3, every time since the first use on 15 Jan. Honestly the motor is shit. Video attached. I want to return it for a full refund.`,
    'video',
    ['profanity'],
    'return',
  ),
  // «классический развод», no evidence
  c(
    'r46p-58',
    'ru',
    `Классический развод: в карточке «100% сывороточный протеин», а в составе на банке первой строкой соевый изолят. Получил 9 июня. Полный возврат.`,
    'none',
    ['accusation', 'missing_evidence'],
    'full_refund',
  ),
  // innocent «сушка», «банка»
  c(
    'r46p-59',
    'ru',
    `На сушке беру у вас BCAA уже третий раз, а в этот раз банка пришла без мембраны под крышкой, порошок просыпался в коробку. Заметил 28 февраля при вскрытии. Фото прилагаю. Прошу прислать новую банку.`,
    'photo',
    [],
    'exchange',
  ),
  // «заебали» as a cry; tracking number in text
  c(
    'r46p-60',
    'ru',
    `Заебали уже! Третью неделю жду эластичные бинты на колени, трек RU123456789CN стоит на месте с 3 марта. Верните деньги.`,
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // innocent "getting ripped"; a real hole
  c(
    'r46p-61',
    'en',
    `Getting ripped for summer so I grabbed the 3-pack of gym tank tops. The grey one has a 2 cm hole near the hem, spotted it the day they arrived (17 May), before any wash. Photo attached. Replace the grey one, please.`,
    'photo',
    [],
    'exchange',
  ),
  // earbuds for running; full refund
  c(
    'r46p-62',
    'ru',
    `Наушники для бега: левый не заряжается в кейсе, индикатор на нём не загорается вообще. Так с первого дня, получил их 1 ноября. Видео с кейсом приложил. Верните, пожалуйста, деньги полностью.`,
    'video',
    [],
    'full_refund',
  ),
  // "small words" condescension: insult
  c(
    'r46p-63',
    'en',
    `Let me use small words so your team can follow. Bag. Has. Hole. The punching bag has been leaking sand from the bottom seam since the first session on 2 Feb, it's all on the video. Send a new bag.`,
    'video',
    ['insult'],
    'exchange',
  ),
  // capitals + "!!", no evidence
  c(
    'r46p-64',
    'ru',
    `ЭТО УЖЕ ТРЕТИЙ РАЗ!! Ролик для пресса: колесо отвалилось от оси на второй тренировке, 10 октября. Верните деньги.`,
    'none',
    ['emotional', 'missing_evidence'],
    'full_refund',
  ),
  // harm wished on the packer: threat
  c(
    'r46p-65',
    'ru',
    `Степ-платформа: на первом же занятии, 25 января, подломилась передняя ножка, я слетел на пол. Пусть ваш упаковщик так же грохнется с неё, как я. Видео прилагаю. Возврат денег.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // reply box: "the difference" without a sum
  c(
    'r46p-66',
    'en',
    `As I wrote before, I ordered 4 pairs of running socks and 3 came. Opened the bag on 19 June, the photo of what was inside is attached. Please refund the difference.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // measured sleeve; offers to send it back
  c(
    'r46p-67',
    'ru',
    `Кимоно для дзюдо, рост 170. На бирке 170, но рукав по замеру 52 см, а в таблице размеров у вас 58. Мерила сантиметром сразу после получения, 13 марта, замер сфотографировала и приложила. Готова вернуть кимоно, прошу возврат денег.`,
    'photo',
    [],
    'return',
  ),
  // innocent "destroyed my legs"; partial with cents
  c(
    'r46p-68',
    'en',
    `Leg day destroyed my legs, and then the foam roller destroyed itself: the core tube cracked lengthwise on its second use, Sunday 4 Aug. Photos attached. Please refund $14.50 for the roller, the rest of the bundle is fine.`,
    'photo',
    [],
    'partial_refund',
    14.5,
  ),
  // minced mat «ёпт» as a cry
  c(
    'r46p-69',
    'ru',
    `Ёпт, опять не та модель. Заказывал велозамок с кодом, пришёл с ключом. Увидел сразу при вскрытии 7 сентября, фото во вложении. Пришлите замок с кодом.`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // missing parts, no time, no request
  c(
    'r46p-70',
    'ru',
    `Штанга пришла без двух замков-пружин, в коробке только гриф и блины. Фото во вложении.`,
    'photo',
    ['missing_when', 'missing_resolution'],
    'none',
  ),
  // "Kidding. Mostly." after a puncher's menace: threat
  c(
    'r46p-71',
    'en',
    `Coach says I hit like a truck. Think about that before you ignore me a third time. Kidding. Mostly. The wrist wraps came with both thumb loops torn off, found that on 11 Nov when I first put them on. Photo attached. Replacement pair please.`,
    'photo',
    ['threat'],
    'exchange',
  ),
  // cosmetics: wrong volume, partial sum
  c(
    'r46p-72',
    'ru',
    `Разогревающий крем для мышц: в заказе тюбик 100 мл, пришёл 50 мл, так и написано на тюбике. Заметил 2 декабря при получении, фото тюбика и страницы заказа приложил. Прошу частичный возврат 350 ₽.`,
    'photo',
    [],
    'partial_refund',
    350,
  ),
  // "disappointed", no time
  c(
    'r46p-73',
    'en',
    `Really disappointed. The zip pull on the cycling jersey broke off and now I can't close it on rides. Photo attached. Exchange for a new jersey.`,
    'photo',
    ['emotional', 'missing_when'],
    'exchange',
  ),
  // «криворукие сборщики»: insult
  c(
    'r46p-74',
    'ru',
    `Криворукие сборщики, вы гриф вообще видели? Втулка болтается, блины крутятся рывками. Заметил на первой тренировке, 6 июня, видео приложил. Замените гриф.`,
    'video',
    ['insult'],
    'exchange',
  ),
  // tool for a home gym; take it back = return
  c(
    'r46p-75',
    'en',
    `Bought the cordless drill to build my home gym rack. The battery won't hold a charge: 100% at night, dead by morning without being used, ever since the first charge on 22 Feb. Video of the charge indicator attached. Please take it back and refund me, I'll ship it at your cost.`,
    'video',
    [],
    'return',
  ),
  // "you knew" accusation, no time, no evidence
  c(
    'r46p-76',
    'ru',
    `Вы же знали, что эти лямки для тяги рваные, когда отправляли. Одна надорвана у петли. Верните деньги.`,
    'none',
    ['accusation', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // innocent "killer session"
  c(
    'r46p-77',
    'en',
    `After a killer session I put the smartwatch on its charger and since then (April 18) the screen stays black and the charging icon never shows up. Video attached. Please exchange it for a working watch.`,
    'video',
    [],
    'exchange',
  ),
  // "run by clowns": insult
  c(
    'r46p-78',
    'en',
    `Your warehouse is run by clowns. The doorway pull-up bar came without the two door brackets, so it can't be mounted at all. Opened it on Feb 9, photo of the box contents attached. Send the brackets.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // «ок» alone
  c('r46p-79', 'ru', `ок`, 'none', ['empty_text'], 'none'),
  // lawful steps, then friends at customs: threat
  c(
    'r46p-80',
    'ru',
    `Я напишу честный отзыв и открою спор — это моё право, тут вопросов нет. Но у меня есть друзья на таможне в Забайкальске, и ваши следующие партии вполне могут там задержаться. По товару: гантельный гриф пришёл без резьбы на одном конце, увидел при распаковке 1 июля, фото приложил. Полный возврат.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
];
