import { labelled as c, type CorpusCase } from './types';

/**
 * Round forty-four, hold-out set j: buyers who were hurt or scared by a product (burns, cuts, rashes, shocks, smoke,
 * swallowed parts), calm, shaken or abusive, with lawful steps, threats, curses and accusations of knowingly selling
 * dangerous goods. Written by a hand that has not read the analyzer's rules or other corpus files; labels follow
 * DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Fear told as the buyer's or a relative's feeling («испугалась», «до сих пор трясусь», "terrified", «со слезами») is
 *   an affect word (emotional), as "panicking" is in round forty-three; "dangerous", «опасно», "could have killed
 *   someone" judge the product and are no feeling.
 * - A named product with the specific harm it did or the way it did it (the mask's panel got hot and left a burn,
 *   the lotion gave hives, the magnet came off) names the problem; a harm with no product or mechanism («ребёнок
 *   пострадал», «ожоги у мужа», «мама пострадала») or "a hazard, not safe" is as vague as "defective".
 * - Body, injury and medical words (ожог, кровь, порез, копчик, сыпь, "bleeding", "blisters", "stitches") are
 *   innocent; so are «бляха» for a belt buckle, «палец», «соска»-type baby goods, a breeder's «сука» for the buyer's
 *   own dog, "drain cock", "nipple" on a baby bottle and the town Scunthorpe.
 * - A medical document named in the text («справка из травмпункта», «выписка», "the doctor's note from the walk-in
 *   clinic") is a concrete type of evidence, like a post-office certificate; a diagnosis only retold in words («ветеринар
 *   сказал — химический ожог», "the pharmacist said") is not.
 * - «засужу» is a threat, as DEFINITIONS lists it; «подам иск в суд», Роспотребнадзор, Trading Standards and a
 *   chargeback are lawful steps.
 * - Saying the seller knows the goods are dangerous and sells them anyway ("you knew these batteries were dangerous",
 *   «прекрасно знает», «торгуете отравой и прекрасно это знаете») labels intent: an accusation.
 * - Asking the seller to check the batch or pull the item from sale is no resolution; «...и убрать это с продажи» next
 *   to «вернуть деньги» leaves the refund as the request.
 * - "Opened it yesterday" is a discovery moment (a time) even when the problem itself is vague.
 * - Wishing the seller's children or the seller the same injury, or their warehouse the same fire, is a threat
 *   (rounds twenty-five and thirty-eight).
 */
export const ROUND44_HOLDOUT_J: CorpusCase[] = [
  // calm, complete: charger smoked on first use, photo named and attached
  c(
    'r44j-01',
    'ru',
    `Заказ 8123456. Сетевое зарядное устройство 65 Вт задымилось при первом же подключении к ноутбуку 12 марта: корпус оплавился возле вилки, на розетке остался чёрный след. Прикладываю фото зарядки и розетки. Прошу полный возврат средств.`,
    'photo',
    [],
    'full_refund',
  ),
  // shaken parent: "!!" and «трясусь» (fear as affect); concrete magnet defect, relative time, no file
  c(
    'r44j-02',
    'ru',
    `Купила сыну конструктор на магнитах, а через два дня нашла один магнит у него во рту!! Он отвалился от детали, клей там просто не держит. Я до сих пор трясусь, это же могло закончиться операцией. Верните деньги за этот набор.`,
    'none',
    ['emotional', 'missing_evidence'],
    'full_refund',
  ),
  // clinically calm English, burn named with the mechanism, photos attached
  c(
    'r44j-03',
    'en',
    `Hair straightener, order 30119. On 4 May, the second time I used it, the left plate heated unevenly and the plastic hinge next to it got hot enough to leave a small burn on my thumb. The display showed 180°C; a kitchen probe thermometer on the plate read well over 230°C. Photos of the melted hinge and of the burn are attached. I would like a full refund.`,
    'photo',
    [],
    'full_refund',
  ),
  // masked mat as a cry of its own next to the injury: profanity and emotional
  c(
    'r44j-04',
    'ru',
    `Стремянка сложилась подо мной 2 июня, в первый же раз, на третьей ступеньке: вылетела заклёпка на шарнире. Бл*ть, я чуть шею не свернул, колено разбито. Снимок заклёпки приложил. Деньги назад.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // "you knew these batteries were dangerous": accusation of intent even with facts
  c(
    'r44j-05',
    'en',
    `The power bank I bought in January swelled up like a pillow on Sunday while charging on my desk, and the case split open along the side. It was hot to the touch. Other reviews mention the same thing, so you knew these batteries were dangerous and kept selling them. Photo attached. Refund please.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // harm with no product defect or time: vague on every count
  c(
    'r44j-06',
    'ru',
    `Товар опасный, пользоваться им нельзя. Ребёнок пострадал. Прошу вернуть деньги и убрать это с продажи.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // complete text with a wish of the same injury on the seller: threat
  c(
    'r44j-07',
    'ru',
    `Чайник 1,7 л: 15 апреля у него отломилась ручка прямо когда я наливал кипяток, ошпарил кисть, ожог второй степени, справка из травмпункта есть. Фото ручки и места крепления в приложении. Прошу вернуть полную стоимость. Чтоб у вас самого руки так же облезли.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // innocent trap: "cut", "bleeding"; offer to send the item back is a return
  c(
    'r44j-08',
    'en',
    `The mandoline slicer arrived on 3 March. The hand guard does not lock onto the rail and slides off after one or two strokes; on the first use it came off and I cut the tip of my finger, which kept bleeding for half an hour. A video of the guard sliding off is attached. I'm sending the slicer back: please confirm the return address and refund on receipt.`,
    'video',
    [],
    'return',
  ),
  // cosmetics reaction, complete except the sum of the compensation
  c(
    'r44j-09',
    'ru',
    `Маска для лица с гиалуроновой кислотой. Нанесла в первый раз 20.05, через десять минут лицо покраснело и по щекам пошла сыпь, пришлось пить антигистаминное. На фото видно сыпь и банку. Прошу частичную компенсацию на лекарства.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «слепые что ли» aimed at the staff: insult; blood is innocent
  c(
    'r44j-10',
    'ru',
    `Самокат детский, руль сложился на ходу на второй день катания, дочь упала лицом, разбита губа, кровь. Защёлка фиксатора не держит — на видео видно, как она выскакивает от лёгкого нажатия. Кто у вас вообще проверяет товар, слепые что ли? Требую вернуть деньги.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // "see the attached photos" with nothing in the form
  c(
    'r44j-11',
    'en',
    `Heated gloves: the battery pack in the right glove got very hot on my first ride on 9 Jan and burned a red mark on my wrist through the lining. See the attached photos of the melted pocket. Please refund the full amount.`,
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // lawful step (Роспотребнадзор) and an abbreviation in capitals: still ready
  c(
    'r44j-12',
    'ru',
    `Заказ от 02.02, электрогрелка для ног. При третьем включении, 14 февраля, в месте входа провода в грелку пошёл дым и запах горелой изоляции, провод там почернел. Видео и фото прикладываю. Прошу вернуть деньги полностью. Параллельно направляю обращение в Роспотребнадзор, так как на товаре нет маркировки ЕАС.`,
    'video',
    [],
    'full_refund',
  ),
  // «засужу», listed by DEFINITIONS as a threat
  c(
    'r44j-13',
    'ru',
    `Ваш обогреватель упал от лёгкого касания и не выключился, 10 января прожёг ковёр, хорошо что я был дома. Датчика опрокидывания в нём нет, хотя в описании он заявлен. Фото ковра и обогревателя прилагаю. Верните оплату, иначе засужу.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // reply quoting the seller's masked mat: profanity even when quoted
  c(
    'r44j-14',
    'en',
    `Reply to the seller: the inner panel of the LED face mask got hot and left a burn line across my forehead on 28 April, it's in the photo I already uploaded, and your answer was "not our f*cking problem, read the manual". The manual says max 20 minutes; I used it for 10. I'm asking for a full refund.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // «в шоке» plus "!": emotional; otherwise complete, exchange
  c(
    'r44j-15',
    'ru',
    `Фен заискрил у меня в руках прямо при включении, 7 апреля: из решётки вылетели искры и запахло палёным. Я в шоке, волосы ведь могли загореться! Видео с искрами прикладываю. Хочу обменять на исправный.`,
    'video',
    ['emotional'],
    'exchange',
  ),
  // innocent trap: "could have killed someone" about a product
  c(
    'r44j-16',
    'en',
    `The USB desk fan's battery overheated on its second night of use (11 June): the base got too hot to touch and the plastic around the charging port bubbled. It could have killed someone if it had been standing next to the curtains. Photo of the bubbled base attached. Please refund the order in full and I'll dispose of the fan.`,
    'photo',
    [],
    'full_refund',
  ),
  // «вы специально», «прекрасно знает»: accusation; no time for the defect
  c(
    'r44j-17',
    'ru',
    `Продавец прекрасно знает, что эти гирлянды горят, в отзывах уже три человека писали про оплавленные контроллеры. У меня контроллер тоже оплавился и почернел, фото прилагаю. Вы специально продаёте брак. Оформите возврат средств.`,
    'photo',
    ['accusation', 'missing_when'],
    'full_refund',
  ),
  // clothing dye reaction, keeps the item for a named sum
  c(
    'r44j-18',
    'ru',
    `Футболка чёрная, размер L. После первой носки 3 июля на шее и плечах проступили красные пятна и зуд там, где ткань прилегала, а после стирки краска всё ещё сильно линяет на белое полотенце (фото прикладываю). Футболку оставлю для работы в гараже, прошу частичный возврат 600 ₽.`,
    'photo',
    [],
    'partial_refund',
    600,
  ),
  // sarcastic praise of the designer: insult
  c(
    'r44j-19',
    'en',
    `Congratulations to the genius who designed this remote-control car: the battery cover on the remote opens with a fingernail, there's no screw, and on 15 August my 2-year-old had the button battery in his mouth. We got it out in time. Photo of the open compartment attached. Full refund, please.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // calm report asking only to check the batch: no resolution
  c(
    'r44j-20',
    'ru',
    `Сообщаю: электрическая мухобойка-ракетка ударила током через рукоятку, когда я менял батарейки 18 мая — корпус у отсека треснул, и сетка касается контакта. Рука онемела минут на пять. Фото трещины прилагаю. Прошу проверить партию, у других покупателей может быть то же самое.`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // calm, complete: knife handle snapped, tang shorter than listed
  c(
    'r44j-21',
    'en',
    `Chef's knife, order placed 1 Feb. On 19 Feb the handle snapped at the bolster while I was cutting a squash and the blade slid across my palm: three stitches at urgent care. The break shows the tang is about 2 cm long, not full tang as the listing says. Photos of both pieces are attached. Please refund the full price.`,
    'photo',
    [],
    'full_refund',
  ),
  // a relative "visiting for a talk" near the seller's shop: veiled threat
  c(
    'r44j-22',
    'ru',
    `Кипятильник погружной, 25.11 при первом включении в ведро выбило пробки, а из места пайки спирали пошли пузыри и дым. Видео есть, прикладываю. Деньги верните полностью. И да, ваш магазин в Иу я нашёл, брат там бывает по делам — может зайти поговорить лично.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // «испугалась» (fear as affect), no file, price mentioned is not a partial sum
  c(
    'r44j-23',
    'ru',
    `Пауэрбанк за 1890 руб. вчера ночью начал шипеть и вздулся, лежал на тумбочке рядом с кроватью. Я так испугалась, что выкинула его на балкон в ведро с водой. Прошу вернуть деньги.`,
    'none',
    ['emotional', 'missing_evidence'],
    'full_refund',
  ),
  // "part of the money back" with no sum, no evidence
  c(
    'r44j-24',
    'en',
    `The silicone baby teether I ordered has a seam that splits when chewed; on Tuesday my daughter bit off a piece about the size of a pea and I had to fish it out of her mouth. I'd like part of the money back, the other two teethers in the set are fine.`,
    'none',
    ['missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // masked mat as a sentence of its own: profanity and emotional
  c(
    'r44j-25',
    'ru',
    `П!здец. Электроодеяло, третья ночь — 8 декабря проснулась от запаха гари, под простынёй коричневое пятно, провод внутри перегрелся. Фото пятна и ярлыка прилагаю. Возврат полной стоимости.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // innocent trap: «бляха» is the buckle, «палец», «крови»
  c(
    'r44j-26',
    'ru',
    `Ремень кожаный с металлической бляхой. У бляхи с обратной стороны острый необработанный край — 16 октября, в первый день носки, порезал палец, когда застёгивал, было много крови. Фото края бляхи с линейкой прилагаю. Прошу обменять на ремень с нормально обработанной пряжкой.`,
    'photo',
    [],
    'exchange',
  ),
  // staff compared to monkeys: insult
  c(
    'r44j-27',
    'en',
    `Car jump starter: the clamps sparked and the red clamp's insulation melted in my hand the first time I used it (Nov 2), I have a blister across two fingers. Clearly packed and tested by a troop of monkeys. Pictures are in the dispute. I want a replacement that doesn't melt.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // «торгуете отравой и прекрасно это знаете»: accusation; the vet's words are not evidence, the photo is
  c(
    'r44j-28',
    'ru',
    `Ошейник от блох для кошки, надела 5 сентября, через сутки на шее у кошки вылезла шерсть и появились мокнущие ранки. Ветеринар сказал — химический ожог. На упаковке нет ни состава, ни концентрации. Вы торгуете отравой и прекрасно это знаете. Фото ран и упаковки в приложении. Хочу назад свои деньги.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // transliterated Russian, complete
  c(
    'r44j-29',
    'ru',
    `Zakaz 5512904. Bigudi s podogrevom: 11 iyunya pri pervom ispolzovanii odna bigudi raskalilas silnee ostalnyh, na shee ostalsya ozhog razmerom s monetu. Foto ozhoga i bigudi prikladyvayu. Proshu vernut dengi polnostyu.`,
    'photo',
    [],
    'full_refund',
  ),
  // "a hazard, not safe": vague problem, but a discovery moment
  c(
    'r44j-30',
    'en',
    `Opened the kids' art set yesterday. It's a hazard, not safe for children at all, nowhere near what was described. Photos attached. Refund.`,
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // condescension «для особо одарённых»: insult; quotes mock the seller's advice only
  c(
    'r44j-31',
    'ru',
    `Повторяю для особо одарённых сотрудников: соковыжималка при первом запуске 30 марта разлетелась, крышка сорвалась с защёлок, кусок пластика рассёк мне бровь. Видео второй попытки, где крышку срывает на холостом ходу, приложено. Нужен возврат денег, а не ваши советы «собрать правильно».`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // reply: counter-offer with the buyer's own sum; the seller's 200 is refused; nothing else repeated
  c(
    'r44j-32',
    'ru',
    `По вашему предложению: 200 рублей не возьму. Готова закрыть спор на 1500 ₽, это стоимость мази и приёма у дерматолога.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'partial_refund',
    1500,
  ),
  // lawful steps (chargeback, Trading Standards) are no threat
  c(
    'r44j-33',
    'en',
    `Order 80441, battery-powered hand warmer. On 22 December, an hour into use in my coat pocket, it got hot enough to scorch the pocket lining and redden my thigh through my jeans; the switch was on the low setting. Photos of the scorched lining and the unit are attached. Please issue a full refund. If the dispute is closed without one, I will file a chargeback with my bank and a report with Trading Standards.`,
    'photo',
    [],
    'full_refund',
  ),
  // capitals as a cry: emotional, not an insult
  c(
    'r44j-34',
    'ru',
    `ВЫ ПОНИМАЕТЕ, ЧТО ПРОДАЁТЕ? Ночник для детской с аккумулятором, 3 мая ночью треснул корпус и из него потекла какая-то жижа, ребёнок ею испачкал руки. Есть и фото, и видео, видео прикрепила. Верните деньги.`,
    'video',
    ['emotional'],
    'full_refund',
  ),
  // publishing the manager's name and phone: threat
  c(
    'r44j-35',
    'en',
    `Your waterproof garden lights shorted in the rain on 6 July and gave my son a shock through the metal stake when he pulled one out. Video attached. Refund in full. I've got the name and phone number of your store's manager from the company registration, and if this isn't settled they'll be posted in every parents' group I'm in.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // calm glass lid that shattered, concrete mismatch (tempered), exchange
  c(
    'r44j-36',
    'ru',
    `Стеклянная крышка от сковороды лопнула 9 ноября, когда я сняла её с кипящего соуса и положила на столешницу; осколки разлетелись по кухне, порезала щиколотку. Крышка заявлена как закалённая, но раскололась на крупные острые куски, а не на мелкие кубики, как закалённое стекло. Снимки осколков прилагаю. Прошу заменить крышку.`,
    'photo',
    [],
    'exchange',
  ),
  // "disgusting" plus "scammers": emotional and accusation
  c(
    'r44j-37',
    'en',
    `Honestly disgusting. The organic baby lotion gave my son hives all over his legs within an hour on Saturday. The ingredients on the bottle list fragrance and parabens, the listing says neither. You are scammers selling this to parents. Photos attached. Full refund.`,
    'photo',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // mat aimed at the people who assembled it: profanity and insult
  c(
    'r44j-38',
    'ru',
    `Набор ножей для резьбы по дереву, лезвия не закреплены в ручках. 27.08 при первой же работе лезвие выскочило, глубокий порез ладони, зашивали. Фото ручки и лезвия. Какие уёбки это собирали. Прошу возврат.`,
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // innocent trap: "drain cock"; offer to post it back is a return
  c(
    'r44j-39',
    'en',
    `Garden pressure sprayer, 8 L. On 12 April the pressure relief valve failed to open and the tank seam split while I was pumping, spraying diluted weedkiller across my face and neck; my skin stayed red for two days. The drain cock underneath also drips. Video of the seam and the valve attached. I'm happy to post it back for a refund.`,
    'video',
    [],
    'return',
  ),
  // says a screenshot and a photo are attached, form has none
  c(
    'r44j-40',
    'ru',
    `Серьги-гвоздики, заявленные как гипоаллергенные. Надела 1 февраля на два часа — мочки распухли и покраснели, до сих пор мажу мазью. Скриншот из описания, где написано «хирургическая сталь», и фото ушей прикрепляю. Серьги выбросила, прошу вернуть полную стоимость.`,
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // calm, complete: cable melted at the phone end
  c(
    'r44j-41',
    'en',
    `USB-C cable (2 m, 100 W) from order 11873: on 28 September the connector housing at the phone end melted while charging overnight, and the phone's port is now scorched. The cable was plugged into the phone's original 20 W adapter. I've added photos of the melted plug and the port. Please refund the cable in full.`,
    'photo',
    [],
    'full_refund',
  ),
  // «верните» plus an offer to send it back at the seller's cost: return
  c(
    'r44j-42',
    'ru',
    `Накидка с подогревом на сиденье авто, 12 В. 19 января через 20 минут работы на минимальном режиме под накидкой запахло горелым, на обивке сиденья осталось оплавленное пятно, у меня покраснение на бедре. Фото пятна и термостата прилагаю. Прошу вернуть полную стоимость, накидку готов отправить обратно за ваш счёт.`,
    'photo',
    [],
    'return',
  ),
  // "it would be a shame if your warehouse caught fire": veiled threat
  c(
    'r44j-43',
    'ru',
    `Детский гироскутер при зарядке 4 октября задымился и прожёг ламинат, видео прилагаю. Верните деньги. Было бы очень жаль, если бы ваш склад тоже однажды так загорелся, правда?`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // keeps the board for a named sum; no evidence
  c(
    'r44j-44',
    'en',
    `The bamboo cutting board split along the glue line on the second day I used it, and a splinter went under my thumbnail. I'd keep it as a serving board if you refund $9.`,
    'none',
    ['missing_evidence'],
    'partial_refund',
    9,
  ),
  // «Бараны» aimed at quality control: insult
  c(
    'r44j-45',
    'ru',
    `Грелка солевая детская лопнула 2 декабря после нескольких нажатий на пластинку, горячий гель попал сыну на ладонь, покраснение. Фото грелки и ладони прикладываю. Бараны на контроле качества вообще смотрят, что пакуют? Прошу вернуть деньги.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // innocent traps: Scunthorpe, "nipple", "choked"; exchange from another batch
  c(
    'r44j-46',
    'en',
    `Order delivered to Scunthorpe on 3 March. The anti-colic bottle's nipple tore at the base on its fourth use and my 5-month-old choked on the loose flap for a few seconds before I got it out. Photo of the torn nipple attached. Please send a replacement set from a different batch.`,
    'photo',
    [],
    'exchange',
  ),
  // concrete missing guard, no time, no request
  c(
    'r44j-47',
    'ru',
    `Добрый день. В инструкции к электролобзику указано, что у него есть защитный кожух пилки, но кожуха в комплекте нет, а пилка выскакивает из зажима на холостом ходу. Я задел руку, рана неглубокая. Фото зажима во вложении.`,
    'photo',
    ['missing_when', 'missing_resolution'],
    'none',
  ),
  // transliterated «suka» at the seller: profanity and insult
  c(
    'r44j-48',
    'ru',
    `Prodavec, ty suka, tvoi lampy dlya akvariuma byut tokom. 6 avgusta opustil ruku v vodu — udarilo, kabel u lampy tresnul pryamo v vode. Foto kabelya prikrepil. Vozvrat deneg.`,
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // calm, keeps the station, euro sum with a comma
  c(
    'r44j-49',
    'en',
    `The soldering station's iron holder tipped over on 17 May because the base has no weight in it (listed as cast iron, it is hollow plastic). The hot iron landed on my forearm: a small burn, treated at home. Photos of the hollow base and the burn are attached. I'll keep the station and use my own stand; please refund €12,50 for the faulty holder.`,
    'photo',
    [],
    'partial_refund',
    12.5,
  ),
  // «со слезами»: emotional; no file
  c(
    'r44j-50',
    'ru',
    `Гель-лак, нанесла в субботу и сунула руки под лампу — через минуту ногти начало жечь так, что я со слезами выдернула руки. Теперь под двумя ногтями отслоение и боль. Верните деньги, пожалуйста.`,
    'none',
    ['emotional', 'missing_evidence'],
    'full_refund',
  ),
  // "WTF??" as a cry: profanity and emotional
  c(
    'r44j-51',
    'en',
    `WTF?? Magnetic lashes kit: one of the tiny magnets came off the lash strip on 21 Feb and got stuck in the corner of my eye, it's still red. Video attached. Refund.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // lawful steps (claim, court) and a medical certificate: ready
  c(
    'r44j-52',
    'ru',
    `Решётка для гриля, заказ 40211. 24 мая при первой готовке отломилась приваренная ручка, решётка с мясом упала, горячий жир брызнул на ноги — ожог голени, есть справка из травмпункта. Шов на ручке точечный, два прихвата, это видно на фото. Прошу вернуть полную стоимость. Если спор не решится, подам претензию и иск в суд по месту жительства.`,
    'photo',
    [],
    'full_refund',
  ),
  // scare quotes around "oversight": sarcasm about honesty, accusation
  c(
    'r44j-53',
    'en',
    `The plug adapter you sent, listed as CE certified, has no fuse at all: I opened it after it sparked in the socket on 8 Jan. Photos attached. I'm sure the missing fuse was just an "oversight". I'll ship it back, return and refund please.`,
    'photo',
    ['accusation'],
    'return',
  ),
  // a relative at customs who will "inspect" the next shipments: threat
  c(
    'r44j-54',
    'ru',
    `Увлажнитель воздуха: 11.11 ночью из-под основания потекла вода прямо на блок питания, выбило автомат, а ребёнок спал рядом. Видео лужи и искрящего разъёма приложила. Жду возврата денег. У меня кум на таможне работает, следующие ваши партии он очень внимательно досмотрит.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // calm, measured foam thickness, return
  c(
    'r44j-55',
    'en',
    `Kids' bike helmet, size S. My son fell off his bike at low speed on 30 June and the shell split in two at the vent; he has a graze and a bump on his head. The inner foam is about 1 cm thick, the listing shows 2.5 cm. Photos of the split shell and of the foam measured with a ruler are attached. I'll return the helmet for a refund.`,
    'photo',
    [],
    'return',
  ),
  // reply with a video: nothing repeated, only the husband's burns
  c(
    'r44j-56',
    'ru',
    `Как вы просили, добавляю видео. Повторять всё заново не буду, ожоги у мужа до сих пор не зажили. Верните деньги.`,
    'video',
    ['missing_what', 'missing_when'],
    'full_refund',
  ),
  // "absolute muppets" at the QC team: insult
  c(
    'r44j-57',
    'en',
    `Your resistance band snapped at the handle on the third workout (12 March) and whipped across my cheek; I've got a welt under my eye. Photo attached. Whoever does your quality checks, they are absolute muppets. Full refund.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // missing guard found at unpacking, "send the missing part" is an exchange
  c(
    'r44j-58',
    'ru',
    `Триммер аккумуляторный пришёл 5 августа без защитного кожуха над леской, хотя в инструкции он есть в комплекте. При первом покосе леской отбросило камешек мне в голень, рассекло кожу. Фото комплекта при распаковке и ссадины прилагаю. Пришлите, пожалуйста, недостающий кожух.`,
    'photo',
    [],
    'exchange',
  ),
  // "I was terrified": emotional only
  c(
    'r44j-59',
    'en',
    `I was terrified. The oil-filled radiator's thermostat started clicking and glowing orange inside at 2 am on 14 November, with a smell of burning plastic, right next to where my wife was sleeping. Video of the glowing thermostat is attached. We want a full refund.`,
    'video',
    ['emotional'],
    'full_refund',
  ),
  // «идите нах» at the seller's advice: profanity only; quotes mock the advice
  c(
    'r44j-60',
    'ru',
    `Кружка с электроподогревом, 3 сентября при первом включении треснуло дно, чай под напряжением, меня дёрнуло током. Видео прикреплено. С вашими «рекомендациями» проверить розетку — идите нах. Деньги вернуть.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
  // hobby: thermistor held by glue fell out, calm, exchange of parts
  c(
    'r44j-61',
    'ru',
    `3D-принтер, заказ пришёл 10 июля. 22 июля во время печати из хотэнда выпал термистор (его держит не винт, а капля клея), прошивка не отключила нагрев, сопло раскалилось докрасна, оплавился обдув, я обжёг пальцы, когда выдёргивал шнур. Видео с камеры над принтером прикладываю. Прошу замену хотэнда и обдува.`,
    'video',
    [],
    'exchange',
  ),
  // heel bleeding is innocent; keeps the shoes for a pound sum
  c(
    'r44j-62',
    'en',
    `Trainers, UK 9. A nail from the heel counter pushes through the insole of the left shoe; I found it on my first run on 2 April when my heel started bleeding. Photo of the nail tip through the insole attached. I'll get them fixed at a cobbler, please refund £15 towards it.`,
    'photo',
    [],
    'partial_refund',
    15,
  ),
  // «могу прислать фото» names evidence without a file; no time
  c(
    'r44j-63',
    'ru',
    `Держатель для пустышки: деревянная бусина треснула пополам, и кусок остался у дочки во рту, вытащила пальцем. Могу прислать фото треснувшей бусины. Прошу обмен на держатель с силиконовыми бусинами из вашего же магазина.`,
    'none',
    ['missing_when'],
    'exchange',
  ),
  // knowing where the office is and "visiting": threat
  c(
    'r44j-64',
    'en',
    `The e-bike battery pack I ordered caught fire in my garage on 9 October during its second charge; the clip from my doorbell camera is attached. Full refund, now. I've been to Shenzhen many times, I know which building your office is in, and I will be visiting.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // «лохотрон», «отзывы накручены»: accusation
  c(
    'r44j-65',
    'ru',
    `Термос детский, 13 февраля у него сорвало крышку давлением, горячий чай выплеснулся сыну на руку, краснота. Фото крышки и резьбы прилагаю. Магазин — лохотрон, отзывы накручены. Прошу вернуть оплату.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // "blow torch", "singed": innocent; calm exchange
  c(
    'r44j-66',
    'en',
    `Kitchen blow torch, order received 6 June. The gas valve doesn't close fully: after switching off, a small flame keeps burning at the nozzle for 10 to 15 seconds. On 12 June it singed the hair on my forearm when I put it down. Video showing the flame after switch-off is attached. Please send a replacement torch.`,
    'video',
    [],
    'exchange',
  ),
  // mat adjective with a Greek letter before the item: intensifier, profanity and emotional
  c(
    'r44j-67',
    'ru',
    `Этот ёδаный утюг капает кипятком из подошвы, хотя пар выключен. 17.03 обжёг ногу через штанину, фото подошвы и ожога прикладываю. Верните деньги.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // "really upset" (the children): emotional; no request
  c(
    'r44j-68',
    'en',
    `Just want you to know the scented candle you sell has a wick that flares into a 10 cm flame after about twenty minutes; it happened on 1 December and scorched the shelf above it. My kids are really upset and won't go near candles now. Photo attached.`,
    'photo',
    ['emotional', 'missing_resolution'],
    'none',
  ),
  // breeder's «сука» for the buyer's own dog: innocent; return
  c(
    'r44j-69',
    'ru',
    `Электронный ошейник для собаки. Наша сука, немецкая овчарка 4 лет, 7 апреля получила ожог на шее: электроды нагрелись, под ними шерсть выпала пятнами. Уровень стоял на 2 из 10. Фото шеи и электродов в приложении. Ошейник отправлю обратно, прошу оформить возврат.`,
    'photo',
    [],
    'return',
  ),
  // jab at the team's reading: insult
  c(
    'r44j-70',
    'en',
    `Let me spell it out slowly, since reading clearly isn't your team's strength: the toaster's crumb tray is not metal as listed, it's plastic, and on 25 January it melted and caught fire under the toaster. Photo of the melted tray attached, for the third time. Refund.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // compensation «на ваше усмотрение», the jar thrown away, no file
  c(
    'r44j-71',
    'ru',
    `Дополняю спор. Крем для рук «Облепиха», нанесла 15 апреля, к вечеру кожа на кистях пошла пузырями и шелушится до сих пор. Банку выбросила. Компенсацию — на ваше усмотрение.`,
    'none',
    ['missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // calm tool injury, sends the rest back: return
  c(
    'r44j-72',
    'en',
    `Cutting discs for an angle grinder, 125 mm, pack of 10, rated 13,300 rpm on the label. On 4 September the first disc shattered within seconds on an 11,000 rpm grinder and a fragment cut my forearm through the sleeve (the guard was on, which is the only reason it was just a cut). The other nine discs have visible cracks near the centre hole: photos attached. I'll send the remaining nine back; please refund the pack.`,
    'photo',
    [],
    'return',
  ),
  // wishing the seller's children the same toy: threat; a hospital discharge named
  c(
    'r44j-73',
    'ru',
    `Игрушка-антистресс с гелем лопнула у сына в руках 29 ноября, гель попал в глаза, всю ночь провели в приёмном покое. Фото игрушки и выписку прикрепляю. Возврат всей суммы. Пусть ваши дети поиграют с такими же, посмотрим, как вам понравится.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "as you can see in the video" with no file; offer to ship back
  c(
    'r44j-74',
    'en',
    `As you can see in the video, the bathroom heater's plug and the socket turned brown after 40 minutes on the first evening (Nov 20), and the plug was too hot to pull out with bare hands. Requesting a return and refund, I'll ship it back.`,
    'none',
    ['evidence_not_attached'],
    'return',
  ),
  // sum in words for the difference
  c(
    'r44j-75',
    'ru',
    `Перчатки садовые, заявленные как защищающие от порезов. 3 мая при обрезке роз шип прошёл через ладонь насквозь, перчатка тонкая, как обычная х/б. На фото — прокол и этикетка без класса защиты. Перчатки оставлю для простых работ, верните, пожалуйста, триста рублей разницы.`,
    'photo',
    [],
    'partial_refund',
    300,
  ),
  // masked English mat as a cry with "!": profanity and emotional; the pharmacist's words are not evidence
  c(
    'r44j-76',
    'en',
    `Absolute bullsh!t! The kids' glow-in-the-dark slime came with an activator sachet labelled borax-free; my daughter's hands broke out in red blisters after playing with it on Sunday, and the pharmacist said it looks like a chemical burn. Photos attached. Refund me.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // «не соответствует описанию», «мама пострадала»: vague, no time
  c(
    'r44j-77',
    'ru',
    `Фен-щётка не соответствует описанию и небезопасна в использовании, мама пострадала. Фото приложила. Прошу вернуть деньги.`,
    'photo',
    ['missing_what', 'missing_when'],
    'full_refund',
  ),
  // "I'm not saying you did this on purpose" takes the label back
  c(
    'r44j-78',
    'en',
    `Ceramic tile cutter: the axle bolt of the scoring wheel came loose on the fourth cut on 8 August and the handle dropped, pinching my index finger against the rail. The bolt thread is stripped. I'm not saying you did this on purpose, it looks like a factory fault, but please send a replacement cutter head. Photo of the stripped bolt attached.`,
    'photo',
    [],
    'exchange',
  ),
  // sarcastic praise of the engineers: insult; «копчик» is innocent
  c(
    'r44j-79',
    'ru',
    `Кресло-качалка садовое: 14 июня под мужем лопнула дуга основания по сварному шву, он упал на спину, ушиб копчика. На фото видно, что шов проварен только сверху. Гениальная конструкция, передайте привет вашим инженерам-гениям. Верните деньги полностью.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // no file, but a doctor's note named as evidence; scent against the label
  c(
    'r44j-80',
    'en',
    `Beard oil, order 66120, arrived 2 October. The bottle says 'cold-pressed argan, no essential oils', but it smells strongly of clove, and after the first use on 4 October my jaw came up in a burning red rash that needed a course of steroid cream. I can send the doctor's note from the walk-in clinic that names contact dermatitis. Please refund the full price.`,
    'none',
    [],
    'full_refund',
  ),
];
