import { labelled as c, type CorpusCase } from './types';

/**
 * Round forty-five, hold-out set l: buyers of flat-pack furniture, tiles, taps, lights and renovation hardware (with a
 * few tools, kitchen, garden and hobby goods) report missing screws and parts, wrong panels, transit damage and wasted
 * handyman days, with hardware words as traps. Written by a hand that has not read the
 * analyzer's rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - «забили болт на покупателя», «на хрена» and «хрен с ними» are soft euphemisms of the «хрен» kind, not mat: no
 *   finding (and no feeling without a marker); «забили х*р» is masked mat (profanity).
 * - "Screw you" said to the seller is profanity, like "eff off" (round thirty), neither an insult nor a cry (round
 *   twelve's sending away with mat).
 * - "Are you nuts?", "has a screw loose" and «у самих винтиков не хватает» question the staff's sanity: insult.
 * - Hardware words are innocent: nuts, bolts, screws, steel balls of a runner, a grease or hose nipple, «ниппель»,
 *   «гайка», «шуруп», «дюбель», a hammer, horseradish («тёрка для хрена»), a ball joint of a shower head.
 * - "During assembly", «при сборке», «при монтаже», "when fitting" are discovery circumstances (a "when"), like
 *   «при распаковке»; a handyman's "whole day" lost is the length of the work, not the problem's time.
 * - Evidence promised for later («видео сниму вечером и загружу») names evidence: neither `missing_evidence` nor
 *   `evidence_not_attached` (round thirteen), so such a text can be ready without a file; «видео у меня есть, могу
 *   скинуть» likewise.
 * - A refund for some pieces of a set with a sum (two chairs of four, three shades of five) is a partial refund with
 *   that sum; a handyman's time or parts bought locally asked back with a sum is a partial refund with that sum.
 * - "I've got a lot of hammers" beside the warehouse address and a personal collection is a veiled threat.
 */
export const ROUND45_HOLDOUT_L: CorpusCase[] = [
  // calm, complete: missing confirmat screws and cams counted against the parts list; send the parts
  c(
    'r45l-01',
    'ru',
    `Шкаф-купе «Лайн 160», получила 3 апреля. При сборке выяснилось, что в пакете с фурнитурой не хватает конфирматов и эксцентриков: по листу комплектации должно быть 36 конфирматов 7×50 и 16 эксцентриковых стяжек, в пакете 24 и 12. Фото пакета рядом с листом комплектации прикладываю. Прошу выслать недостающую фурнитуру.`,
    'photo',
    [],
    'exchange',
  ),
  // innocent trap: "nuts", "hardware", "bolts"; declines new parts and names a sum
  c(
    'r45l-02',
    'en',
    `Bed frame arrived 14 May. The hardware bag had all the bolts but zero nuts - the parts sheet lists 8 x M6 nuts. Pic of the open bag next to the sheet is attached. I'd rather not wait weeks for a new set, so please refund $9 and I'll buy nuts at the hardware store.`,
    'photo',
    [],
    'partial_refund',
    9,
  ),
  // trap: «забили болт на покупателя» is a soft idiom, no mat; seller's silence is not the problem's time
  c(
    'r45l-03',
    'ru',
    `Третью неделю пишу продавцу про комод без направляющих для ящиков — тишина, забили болт на покупателя. Верните деньги.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // "screw you" at the seller: profanity; a sum for two chairs of four
  c(
    'r45l-04',
    'en',
    `Set of 4 dining chairs delivered June 2nd. Two of them have the backrest split at the joint where it meets the seat frame, the cracks were there when I took them out of the box. Photos attached. Refund the two chairs, $58. And screw you for telling me to "assemble correctly".`,
    'photo',
    ['profanity'],
    'partial_refund',
    58,
  ),
  // innocent trap: horseradish grater; kitchen product
  c(
    'r45l-05',
    'ru',
    `Электротёрка для хрена и корнеплодов, пришла 21.09. При первом запуске на хрене треснул пластиковый корпус насадки-тёрки, трещина пошла от крепления к ножу. На видео момент запуска и трещина крупно. Прошу заменить насадку.`,
    'video',
    [],
    'exchange',
  ),
  // masked mat about the packing (predicate, no "!"): profanity only; sum for two boxes
  c(
    'r45l-06',
    'ru',
    `Керамогранит 60×60, 8 коробок. При приёмке 12 октября в двух коробках отбиты углы у всех плиток, в этих коробках даже не было пенопластовых уголков, упаковка х*ровая. Снимки коробок и плиток во вложении. Прошу компенсацию 2400 руб за две коробки.`,
    'photo',
    ['profanity'],
    'partial_refund',
    2400,
  ),
  // short, vague "defective", affect word, nothing else
  c(
    'r45l-07',
    'en',
    `The ceiling light is defective. Absolutely ridiculous, second one this year. Refund please.`,
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // innocent trap: "balls" of a drawer runner; video, send new runners
  c(
    'r45l-08',
    'en',
    `Drawer runners, 45 cm full extension, 3 pairs, received 8 Aug. While fitting them that evening the steel balls dropped out of the cage on two of the runners and the drawers now grind on bare metal. The video shows the loose balls and the empty cage. Please send two replacement runners.`,
    'video',
    [],
    'exchange',
  ),
  // insult: «у самих винтиков не хватает» aimed at the warehouse
  c(
    'r45l-09',
    'ru',
    `Кухонный фасад пришёл шириной 60 см вместо заказанных 45, на наклейке 596 мм. Проверила рулеткой при распаковке 5 ноября, фото с рулеткой приложила. У вас на складе, видимо, у самих винтиков не хватает. Нужна замена на 45.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // "see the attached video" with no file; innocent "nipple"
  c(
    'r45l-10',
    'en',
    `Mixer tap ordered 2 March. Since day 3 after installation the hose nipple on the flexible connector drips where it screws into the tap body, the thread on it looks split. See the attached video. Please send a new flexible connector.`,
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // handyman's lost day, compensation with no sum; no time, no evidence
  c(
    'r45l-11',
    'ru',
    `Мастер потратил целый день впустую: в комплекте кровати не оказалось держателей для ламелей, пришлось ему ехать в строительный магазин и потом доделывать. Прошу компенсировать стоимость работы мастера.`,
    'none',
    ['missing_when', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // threat: warehouse address and a personal visit
  c(
    'r45l-12',
    'ru',
    `Стол обеденный раздвижной: столешница треснула по всей длине, обнаружил 7 декабря при вскрытии коробки, фото трещины приложил. Прошу вернуть полную стоимость. И имейте в виду: я знаю, где ваш склад в Подольске, могу привезти вам этот стол лично, и не только стол.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // irony about the result with no praise of a person: not rude
  c(
    'r45l-13',
    'en',
    `Well, thanks - the wardrobe door arrived as a very expensive jigsaw. Delivered 19 Jan, the left door panel (part D on the diagram) is snapped clean in two and the box is crushed at that corner. I've put photos of the panel and of the box in the form. Please send a replacement part D.`,
    'photo',
    [],
    'exchange',
  ),
  // accusation: «вы специально»; otherwise complete
  c(
    'r45l-14',
    'ru',
    `Вы специально кладёте не те панели, чтобы люди махнули рукой и не связывались. Вместо боковины Б-14 прислали Б-12 от другой модели, маркировка на торце. Заметил при сборке 3 марта, фото маркировки в приложении. Замените боковину.`,
    'photo',
    ['accusation'],
    'exchange',
  ),
  // masked mat judging the item (no "!"): profanity only; innocent «гайка»
  c(
    'r45l-15',
    'ru',
    `Смеситель для ванной х**вый: через два дня после установки потекло из-под гайки излива, капает даже при закрытом кране. Видео прикладываю. Оформите возврат средств.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
  // calm, complete except the request: "not sure what the options are"
  c(
    'r45l-16',
    'en',
    `Hi, the white 5-tier bookshelf came on 11 April and one of the shelf boards is 78 cm long instead of 80, so it drops through the pins on one side. Photo with a tape measure attached. Not sure what the options are.`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // partial for parts and the electrician's second visit, with a sum
  c(
    'r45l-17',
    'ru',
    `Светильник потолочный LED 72 Вт, получен 15.02. При монтаже электрик обнаружил, что в коробке нет монтажной планки и дюбелей, хотя они указаны в описании. Планку и дюбели пришлось купить отдельно, плюс повторный выезд электрика — всего 800 ₽. Фото содержимого коробки прилагаю. Прошу частичный возврат 800 ₽.`,
    'photo',
    [],
    'partial_refund',
    800,
  ),
  // insult: "Are you nuts?" questions sanity; single "?"
  c(
    'r45l-18',
    'en',
    `Are you nuts? I ordered the L-shaped corner sofa cover and got a 3-seater cover, it says 3-seat right on the label. Noticed it when unpacking on 9 July, photo of the label attached. Exchange it for the corner cover.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // affect word «в бешенстве»; video named, offered, not attached
  c(
    'r45l-19',
    'ru',
    `Я уже в бешенстве. Шуруповёрт пришёл без аккумулятора, в кейсе только зарядка и биты. Вскрывала 20 мая прямо при курьере, видео вскрытия у меня есть, могу скинуть. Пришлите аккумулятор.`,
    'none',
    ['emotional'],
    'exchange',
  ),
  // veiled threat: owner's name and address, "it would be a shame if"
  c(
    'r45l-20',
    'en',
    `Two of the three pendant lamps came with shattered glass shades, found when I opened the box on 28 Oct (video attached). I want a refund for those two lamps, $64. Also, I know your owner's name and where the shop in Ningbo is. It would be a shame if people there found out what kind of guy he is.`,
    'video',
    ['threat'],
    'partial_refund',
    64,
  ),
  // bulky item: offers to send the sofa back, asks for pickup
  c(
    'r45l-21',
    'ru',
    `Диван-кровать «Орион» доставлен 2 августа. В тот же вечер при первом раскладывании сломался механизм: лопнула сварка на левой стойке, диван больше не фиксируется в разложенном виде. Шов сфотографировал. Готов вернуть диван, прошу организовать забор транспортной компанией и вернуть деньги.`,
    'photo',
    [],
    'return',
  ),
  // short: fraud label, generic «брак», no request
  c(
    'r45l-22',
    'ru',
    `Мошенники. Прислали полный брак вместо нормального стеллажа.`,
    'none',
    ['accusation', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // innocent trap: "hammer", "nails"; refund without return
  c(
    'r45l-23',
    'en',
    `16 oz claw hammer, fibreglass handle. First use on 3 Sept: after about twenty nails the head came loose and now wobbles roughly 3 mm on the handle. There's a short video of the wobble in the form. Please refund in full, no return needed - I'd rather not post a hammer with a loose head.`,
    'video',
    [],
    'full_refund',
  ),
  // insult: staff compared to woodpeckers; innocent «болт»
  c(
    'r45l-24',
    'ru',
    `Дятлы на упаковке, а не сотрудники. Четыре ножки для стола положили без единого болта М8, хотя в описании «крепёж в комплекте». Обнаружила при сборке 14.06, фото пустого пакетика прикладываю. Вышлите болты.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // tiles of two batches; percentage asked: partial without a sum
  c(
    'r45l-25',
    'ru',
    `Плитка настенная, 4 кв. м. Две коробки из шести заметно темнее остальных, и номер партии на них другой: T-0411 против T-0427. Заметили при раскладке на полу 10 апреля, до укладки. Коробки с номерами партий на фото. Прошу вернуть 30% стоимости.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // innocent "hardware"; no time at all
  c(
    'r45l-26',
    'en',
    `The hardware pack for the TV wall mount is missing the four M8 spacers shown on page 2 of the manual. Photo of the pack contents attached. Please send them.`,
    'photo',
    ['missing_when'],
    'exchange',
  ),
  // transliterated Russian, "Blyat" as a cry: profanity and emotional
  c(
    'r45l-27',
    'ru',
    `Zakazal komod, prishel bez ruchek i bez vintov k nim, nashel pri raspakovke 3 dnya nazad. Foto prikladyvayu. Blyat, uzhe tretiy zakaz s etim magazinom i vse cherez odno mesto. Vernite dengi.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // bulky return once the seller covers the courier
  c(
    'r45l-28',
    'en',
    `Office chair: the gas lift sinks to the lowest position within a minute of sitting down. Noticed on the first day, 5 March, and it has done it every time since. Video attached. I can send it back if you cover the courier; a refund once it reaches you is fine.`,
    'video',
    [],
    'return',
  ),
  // capitals and "!!!": emotional; otherwise complete
  c(
    'r45l-29',
    'ru',
    `ОПЯТЬ НЕ ТЕ ПЕТЛИ!!! Заказывала мебельные петли с доводчиком, пришли обычные, 10 штук. Увидела сразу, как вскрыла пакет 2 ноября. Фото приложила. Деньги верните.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // «не доводите до греха»: threat; sum for three shades
  c(
    'r45l-30',
    'ru',
    `Люстра на 5 рожков: три плафона из пяти разбиты. Вскрывал при курьере 18.01, видео приложено. Верните 2700 руб. за три плафона и не доводите до греха.`,
    'video',
    ['threat'],
    'partial_refund',
    2700,
  ),
  // calm, complete but names no evidence and has no file
  c(
    'r45l-31',
    'en',
    `My laminate order (12 packs, oak, 8 mm) arrived on 22 Feb with 3 packs soaked through and swollen along the edges, so those planks no longer click together. Please refund the three packs, £41.70.`,
    'none',
    ['missing_evidence'],
    'partial_refund',
    41.7,
  ),
  // innocent «дюбель», «шуруп»; counted short, asks a small sum
  c(
    'r45l-32',
    'ru',
    `Набор для крепления полок: в описании 50 дюбелей 6×40 и 50 шурупов, в пакете оказалось по 30. Пересчитала при распаковке 7 июля, весь крепёж разложила и сфотографировала. Докупать у вас не буду, верните, пожалуйста, 120 ₽ за недостающие.`,
    'photo',
    [],
    'partial_refund',
    120,
  ),
  // masked "f*cking" as an intensifier: profanity and emotional
  c(
    'r45l-33',
    'en',
    `The bevelled mirror (60x80) was packed in a single layer of bubble wrap and arrived in pieces on 14 Nov. Photo attached. Absolute f*cking joke of a packing job. Refund.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // reply box: vague "не соответствует описанию" even with a date and a photo
  c(
    'r45l-34',
    'ru',
    `Здравствуйте. Повторно пишу: стенка для гостиной не соответствует описанию. Получили 4 сентября, фото прикрепила. Прошу возврат средств.`,
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // irony about the result, no praise of a person: not rude
  c(
    'r45l-35',
    'ru',
    `Ну что ж, спасибо за сюрприз: вместо белых дверных ручек пришли чёрные, все 6 комплектов. Увидел при распаковке 25 марта, фото рядом со страницей заказа приложил. Прошу обменять на белые, как заказывал.`,
    'photo',
    [],
    'exchange',
  ),
  // accusation: "you knew it was cracked when you shipped it"
  c(
    'r45l-36',
    'en',
    `You knew the glass top was cracked when you shipped it - there's dust packed inside the crack. Coffee table received 1 June, photos attached. Full refund.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // sarcastic praise of the staff: insult
  c(
    'r45l-37',
    'ru',
    `Поздравляю ваших сборщиков заказов, настоящие профессионалы: в коробке с кроватью 160×200 лежали рейки от кровати 140, длина 138 см. Заметили при сборке 30 апреля, фото с рулеткой прилагаю. Нужна замена реек.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // innocent "grease nipple"; garden sprayer; asks nothing
  c(
    'r45l-38',
    'en',
    `The grease nipple on the garden sprayer pump snapped off the second time I used it, on 16 May. Picture of the broken stub is in the form.`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // trap: «на хрена» is not mat; a single "?" is no cry
  c(
    'r45l-39',
    'ru',
    `На хрена мне раковина без сифона? В описании сифон в комплекте, в коробке его нет. Пришлите сифон.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'exchange',
  ),
  // veiled threat: "a lot of hammers", the warehouse address, collecting in person
  c(
    'r45l-40',
    'en',
    `I've been a tiler for 20 years and I own a lot of hammers. Your 600x600 tiles, 20 boxes, chip along the edge at the lightest touch of the cutter - found on 4 Aug while cutting the first row, half the edges flaked. Video attached. Full refund, or I come and collect it personally. Your warehouse address is on the label.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // innocent «ниппель» in plumbing; calm, complete
  c(
    'r45l-41',
    'ru',
    `Сантехник поставил инсталляцию 12 января, а на следующий день из-под подключения бачка пошла вода: лопнул пластиковый ниппель подводки, трещина идёт по резьбе (видно на фото). Прошу прислать новый ниппель или весь узел подключения.`,
    'photo',
    [],
    'exchange',
  ),
  // wrong drilling on a panel found during assembly
  c(
    'r45l-42',
    'en',
    `Received the 6-drawer dresser on Oct 3. During assembly I found that panel F (right side) has its cam-lock holes drilled on the wrong face, so it can't be joined to the top. I circled the holes in the attached photo. Please send a correctly drilled panel F.`,
    'photo',
    [],
    'exchange',
  ),
  // threat hidden in a formal letter: a brother at customs
  c(
    'r45l-43',
    'ru',
    `Уважаемый продавец. 9 февраля получил кухонный смеситель; при первой же затяжке сорвало резьбу на гайке крепления к столешнице, фото резьбы приложено. Прошу вернуть деньги. Замечу также, что мой брат работает на таможне в Забайкальске, и ваши следующие партии могут там очень надолго задержаться.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // video promised for later with no file: names evidence, no claim of attachment
  c(
    'r45l-44',
    'ru',
    `Вентилятор-люстра гудит и заметно вибрирует на всех трёх скоростях, заметили в первый же день после установки, 11 июля. Видео сниму вечером, когда муж вернётся с работы, и загружу сюда. Хотим вернуть вентилятор.`,
    'none',
    [],
    'return',
  ),
  // vague "not as described" with a date and photos
  c(
    'r45l-45',
    'en',
    `Hi, the kitchen sink tap I got is not as described. Delivered last Tuesday. Photos attached. I would like a refund.`,
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // masked mat naming the packers: profanity and insult
  c(
    'r45l-46',
    'ru',
    `Какие-то ебл@ны упаковывали: зеркало в раме 50×70 завернули в одну газету, пришло треснутым 2 марта. Фото трещины в приложении. Хочу полный возврат.`,
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // bulky return in the original packing
  c(
    'r45l-47',
    'ru',
    `Мойка из искусственного камня 78×50 пришла со сколом на борту длиной 1,5 см. Заметили при вскрытии упаковки у курьера 26.06, видео вскрытия приложено. Мойку не устанавливали, готовы вернуть её в заводской упаковке — оформите, пожалуйста, возврат.`,
    'video',
    [],
    'return',
  ),
  // insult: "has a screw loose"; wrong LED strip
  c(
    'r45l-48',
    'en',
    `Whoever packs your orders has a screw loose. I ordered 10 m of 24 V LED strip and got 5 m of 12 V - checked the reel label on 7 Dec when unpacking. Photo of the reel label attached. Please send the correct strip.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // «обидно до слёз»: emotional; sum for a part bought locally
  c(
    'r45l-49',
    'ru',
    `Обидно до слёз. Собирали детскую кроватку всей семьёй 14 сентября, а одна перекладина оказалась на 3 см короче, дно не встаёт в пазы. Фото с рулеткой приложила. Рейку докупили сами, прошу компенсировать 650 ₽.`,
    'photo',
    ['emotional'],
    'partial_refund',
    650,
  ),
  // handyman's extra time and parts, calm, USD
  c(
    'r45l-50',
    'en',
    `My handyman lost half a day on 18 April because the kitchen wall cabinet came without the two hanging brackets listed on the parts sheet; he had to drive to a DIY store for some. The receipt and a photo of the empty hardware bag are attached. Please refund 35 USD for his extra time and the brackets.`,
    'photo',
    [],
    'partial_refund',
    35,
  ),
  // masked mat in «забили х*р»: profanity; sum for the brackets
  c(
    'r45l-51',
    'ru',
    `Десять дней нет ответа, забили х*р на покупателя. Полка для ванной пришла без кронштейнов, фото сделала при распаковке 2 мая, прикладываю. Верните 450 рублей за кронштейны.`,
    'photo',
    ['profanity'],
    'partial_refund',
    450,
  ),
  // trap: «хрен с ними» is not rude; "видно" names no evidence
  c(
    'r45l-52',
    'ru',
    `Хрен с ними, с ручками, докуплю сам. Но шкаф пришёл с поцарапанной дверцей: царапина сантиметров десять прямо по центру, видно было сразу при распаковке. Прошу частичную компенсацию.`,
    'none',
    ['missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // wrong colour temperature, calm and complete
  c(
    'r45l-53',
    'en',
    `Ordered a 3-pack of GU10 bulbs in warm white, 3000K. All three are printed 6500K on the base and give a cold blue light - noticed when I fitted them on Sunday 12 May. Photo of the three bases attached. Please exchange them for 3000K.`,
    'photo',
    [],
    'exchange',
  ),
  // condescension to support: insult
  c(
    'r45l-54',
    'ru',
    `Объясняю ещё раз, медленно, для особо одарённых в вашей поддержке: у тумбы под телевизор нет одной направляющей ящика. Одной. Из двух. Обнаружил при сборке 20 октября, фото приложено. Пришлите направляющую.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // carpet measured against the order; exchange
  c(
    'r45l-55',
    'ru',
    `Ковёр заказывали 200×300, пришёл 160×230. Измерила рулеткой в день доставки, 8 ноября, размер на этикетке тоже 160×230 — фото этикетки и рулетки прикреплены. Прошу заменить на 200×300.`,
    'photo',
    [],
    'exchange',
  ),
  // innocent "ball joint"; timid request, no time, no evidence
  c(
    'r45l-56',
    'en',
    `The shower head I bought has a cracked swivel ball joint and sprays sideways onto the wall. Could I get a refund?`,
    'none',
    ['missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // harm wished on whoever assembled the chair: threat
  c(
    'r45l-57',
    'ru',
    `Надеюсь, тот, кто собирал этот стул, сам на него сядет и грохнется. У кухонного стула лопнула задняя ножка по сварному шву в первый же день, 3 июня, фото излома приложила. Требую вернуть оплату.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // two words in capitals: emotional; otherwise complete
  c(
    'r45l-58',
    'en',
    `I am SO done. This is the THIRD time the door handle set arrives without the square spindle. Opened it today, 2 Sept, photo of the contents attached. Send the spindle please.`,
    'photo',
    ['emotional'],
    'exchange',
  ),
  // bulky return before fitting, "(см. фото)" with a photo in the form
  c(
    'r45l-59',
    'ru',
    `Раковина-тюльпан: пьедестал пришёл с трещиной у основания (см. фото), обнаружили при распаковке 17.03. Раковину ещё не монтировали. Готовы отправить всё обратно, оплату просим вернуть после получения возврата.`,
    'photo',
    [],
    'return',
  ),
  // "WTF" as a cry: profanity and emotional
  c(
    'r45l-60',
    'en',
    `WTF is this? Ordered a 120 cm curtain rod, got a 60 cm one - measured it when I unpacked on 21 Jan. Photo with the tape attached. Exchange it.`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // reply box: counter-offer with the sum in words; the seller's 300 is not the amount
  c(
    'r45l-61',
    'ru',
    `Отвечаю на ваше предложение. 300 рублей за недостающие заглушки мало, они продаются только наборами по 50 штук. Прошу пятьсот рублей. Напоминаю: при сборке шкафа 9 мая не нашли 20 заглушек на конфирматы, фото пустого пакета в приложении.`,
    'photo',
    [],
    'partial_refund',
    500,
  ),
  // electronics: smart switch, one gang dead; exchange
  c(
    'r45l-62',
    'en',
    `Smart wall switch, 2-gang, Wi-Fi. Installed by an electrician on 30 Nov: the left gang clicks but never switches the light on, the right one works fine. The video shows both gangs being pressed. Please send a replacement switch.`,
    'video',
    [],
    'exchange',
  ),
  // scare quotes about honesty: accusation
  c(
    'r45l-63',
    'ru',
    `Ну конечно, «случайно» положили б/у смеситель вместо нового: на корпусе известковый налёт и царапины, на гайках следы ключа. Заметила при распаковке 4 апреля, снимки во вложении. Деньги прошу вернуть на карту.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // minced mat «ёпт» as a cry: profanity and emotional
  c(
    'r45l-64',
    'ru',
    `Ёпт, опять гвозди вместо саморезов. Заказывал саморезы по дереву 4×40, 1000 шт., в коробке гвозди 4×40. Увидел, как открыл коробку 11 августа. Фото прикладываю. Замените на саморезы.`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // "refund the difference": partial without a sum; a mismatch reported as fact
  c(
    'r45l-65',
    'en',
    `Paid for solid oak legs. The four table legs are pine with an oak-coloured stain - you can see the pale pine grain where the stain is scuffed. Noticed when fitting them on 6 March, photos attached. I'll keep them if you refund the difference.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // staff called donkeys: insult
  c(
    'r45l-66',
    'ru',
    `Ослы на складе опять перепутали: прислали кран-буксу 1/2 вместо 3/4, хотя в заказе чётко 3/4. Увидела при установке 13 февраля, фото двух букс рядом прикладываю. Прошу замену.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // innocent "screws", "nuts"; hobby: bike rack
  c(
    'r45l-67',
    'en',
    `Wall-mounted bike rack, delivered 2 Feb. On assembly: the screws in the bag are 30 mm, but the manual calls for 60 mm lag screws, and two of the four nuts are M6 instead of M8 so they don't fit the bolts. Photo of the bag laid on the manual attached. Please send the 60 mm screws and two M8 nuts.`,
    'photo',
    [],
    'exchange',
  ),
  // «В шоке»: emotional; the courier's words quoted
  c(
    'r45l-68',
    'ru',
    `В шоке от доставки. Кресло-мешок привезли разорванным по шву, гранулы сыпались по всему подъезду, а курьер сказал «не моё дело». Это было 27 июня, фото разрыва приложила. Прошу вернуть деньги.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // threat in polite words: a cousin "stopping by for a talk"; garden lights, euros
  c(
    'r45l-69',
    'en',
    `Dear seller, the 4 solar garden lights arrived on 10 May and two of them do not charge at all - they stay dark after a full sunny day (video attached). Please refund those two, €18. I note that my cousin drives for a logistics firm in Yiwu and could stop by your office for a talk if this drags on.`,
    'video',
    ['threat'],
    'partial_refund',
    18,
  ),
  // refund without a return, the postage explained
  c(
    'r45l-70',
    'ru',
    `Рулонная штора 80×160: цепочка проскальзывает в механизме, и штора не держится в поднятом положении, сползает вниз. Обнаружили при первом же использовании 15 января, видео приложено. Прошу полный возврат без отправки товара: почта за пересылку просит больше, чем стоит сама штора.`,
    'video',
    [],
    'full_refund',
  ),
  // asks only for longer protection: no resolution; a tracking number is evidence
  c(
    'r45l-71',
    'en',
    `The seller has been telling me since 14 March that the 2 missing sideboard hinges are on the way. The tracking number they gave me, LP00123456789CN, shows nothing at all. Please extend my purchase protection.`,
    'none',
    ['missing_resolution'],
    'none',
  ),
  // fraud label plus menace about the warehouse: accusation and threat
  c(
    'r45l-72',
    'ru',
    `Кидалы. Вместо ламината 33 класса прислали 31-й, это видно по маркировке на торце каждой пачки, проверил при приёмке 2 декабря, фото маркировки приложил. Возврат денег — полностью. Адрес вашего склада я запомнил, ещё увидимся.`,
    'photo',
    ['accusation', 'threat'],
    'full_refund',
  ),
  // bunk bed found undrilled during assembly; return the whole bed
  c(
    'r45l-73',
    'en',
    `The pine twin bunk bed came on 25 Aug. The left post has no holes for the ladder bracket, so the ladder can't be bolted on - we found it during assembly that evening. We took photos of the post, they're attached. We'd like to return the whole bed for a refund; it's already back in its boxes.`,
    'photo',
    [],
    'return',
  ),
  // «на фото видно» with no file: only evidence_not_attached
  c(
    'r45l-74',
    'ru',
    `Добрый день. Плинтус МДФ 2,5 м, 12 штук: три пришли сломанными пополам, на фото видно. Получила 19.10. Прошу вернуть 690 ₽ за три плинтуса.`,
    'none',
    ['evidence_not_attached'],
    'partial_refund',
    690,
  ),
  // masked mat at the seller in a single question: profanity and insult
  c(
    'r45l-75',
    'ru',
    `Вы там ох*ели? Третью неделю нет ответа. Грунтовка глубокого проникновения пришла с лопнувшей канистрой, коробка насквозь мокрая, половина вытекла. Получала 1 сентября на пункте выдачи, фото коробки приложено. Верните деньги.`,
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // tiles, pounds with pence, sum for one box
  c(
    'r45l-76',
    'en',
    `Bathroom tile order: white metro tiles, 75x150, 8 boxes. On opening them on 3 Oct, one box had 14 of its 40 tiles cracked. I laid the cracked ones out and photographed them, picture attached. Please refund £11.20 for that box.`,
    'photo',
    [],
    'partial_refund',
    11.2,
  ),
  // «разочарована» and generic «качество плохое»
  c(
    'r45l-77',
    'ru',
    `Очень разочарована. Качество люстры плохое. Получила 1 февраля, фото прилагаю. Хочу назад свои деньги.`,
    'photo',
    ['emotional', 'missing_what'],
    'full_refund',
  ),
  // reply box: "ok" alone
  c('r45l-78', 'en', `ok`, 'none', ['empty_text'], 'none'),
  // vulgar «г*вно» judging the tool (no "!"): profanity only
  c(
    'r45l-79',
    'ru',
    `Перфоратор — г*вно. Через неделю работы перестал переключаться в режим удара, рычаг режимов прокручивается вхолостую. Видео в приложении. Прошу замену.`,
    'video',
    ['profanity'],
    'exchange',
  ),
  // bulky return offered, question about postage; no time, no evidence
  c(
    'r45l-80',
    'en',
    `The wardrobe doors don't line up, there's a 1 cm gap at the top whatever I do with the hinge screws. I want to send it back. Who pays the return shipping on something this size?`,
    'none',
    ['missing_when', 'missing_evidence'],
    'return',
  ),
];
