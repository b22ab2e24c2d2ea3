import { labelled as c, type CorpusCase } from './types';

/**
 * Round twenty-three, hold-out set R: buyers who fight with irony instead of swear words (sarcasm about honesty and
 * competence, mock praise and titles, rhetorical questions, proverbs and quotes turned on the seller, passive-aggressive
 * politeness), mixed with buyers who are really polite, laugh at their own mistake or quote a proverb innocently.
 * Written by a hand that has not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md and
 * DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Passive-aggressive politeness and mock-formal address («с глубочайшим уважением, ваш самый терпеливый покупатель»,
 *   «Милостивый государь, извольте», "the patience of a saint", "Dear valued seller, I'm pleased to report") is neither
 *   rude nor emotional; only a patience that is running out («терпение на исходе») is emotional.
 * - Mock titles and mock congratulations aimed at the seller's people ("Employee of the Month (whoever packed this)",
 *   «гений складской логистики», «поздравляю ваш отдел упаковки с рекордом… Гении», "Stellar work. Truly.") are
 *   sarcastic praise of the seller's work: `insult`.
 * - Ironic thanks about a result with no praise of a person ("Thanks, I suppose", «Ну спасибо, удружили») is not rude.
 * - A literary fraud label («о великий комбинатор», Ostap Bender) with «ловко вы это придумали» is an `accusation`, not
 *   an insult; a quote turned on the seller's wits («Горе от ума вашему складу не грозит») or Shakespeare's "thou art a
 *   boil" aimed at the seller is an `insult`.
 * - A rhetorical question about the reader's schooling («Вам в школе объясняли, чем синий отличается от зелёного?»)
 *   talks down: `insult`; a rhetorical question about the service with "??" or "?!" is only `emotional`.
 * - «Кроссовки «оригинал», ага» (scare quotes plus «ага») is sarcasm about authenticity: `accusation`.
 * - A buyer's own sizing mistake, named with the sizes («заказала 50×70, а подушки 70×70», size S for a 7 kg cat), names
 *   the problem (`has_what`); self-mockery («старая я растяпа», «Скупой платит дважды — это про меня») is no insult.
 * - "Happy to pay the difference" said by the buyer is no partial refund: the request is the exchange.
 * - «это не угроза, просто порядок моих действий» before police and a bank dispute: lawful steps, innocent.
 * - A video promised for tonight ("I'll record a video tonight and send it") names evidence and is not
 *   `evidence_not_attached` (set V, round thirteen).
 * - «после получения … через неделю» and «на третий день носки» are relative times for the defect.
 * - A pasted seller reply that is itself a threat or an insult ("we put your name on blacklist", «покупатель сам
 *   криворукий») is reported speech: nothing for the buyer; a seller's «иди нах» quoted is `profanity` only.
 */
export const ROUND23_HOLDOUT_R: CorpusCase[] = [
  // mock title and mock congratulations aimed at the warehouse: insult; otherwise complete
  c(
    'r23r-01',
    'ru',
    `Уважаемый гений складской логистики, поздравляю: вы совершили невозможное. Заказала скатерть 140×180 см, а получила 140×110 — на бирке так и написано. Обнаружила 12 мая, когда постелила её на стол: с одной стороны свисает на ладонь, с другой не доходит до края. Фото бирки и стола прикладываю. Прошу вернуть деньги полностью.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // genuinely polite, complete: ready
  c(
    'r23r-02',
    'ru',
    `Здравствуйте! Большое спасибо за быструю доставку, но, к сожалению, у термокружки не закручивается крышка: резьба сорвана с одной стороны. Заметила 3 апреля при первом использовании — чай протёк в сумку. Фото резьбы прикладываю. Буду благодарна за замену кружки. С уважением, Ольга.`,
    'photo',
    [],
    'exchange',
  ),
  // scare quotes around "warehouse mistake": sarcasm about honesty, accusation
  c(
    'r23r-03',
    'en',
    `Ah yes, another "warehouse mistake", I suppose. The listing says 12 W LED desk lamp; the label on the base of the one I received says 5 W, and it is about as bright as a candle. I noticed when unpacking it on 2 March. Photo of the label and of the listing attached. Please refund the full price.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // "объясняю медленно, специально для вашего отдела": condescension, insult
  c(
    'r23r-04',
    'ru',
    `Объясняю медленно, специально для вашего отдела комплектации: сорок — это не тридцать восемь. Заказывала ботинки 40 размера, на коробке и на подошве — 38. Примерила 5 июня, в день получения: пальцы упираются, надеть невозможно. Фото подошвы и страницы заказа прилагаю. Прошу обменять на 40-й размер.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // humour about her own mistake, self-naming is no insult; offers to send back: return
  c(
    'r23r-05',
    'ru',
    `Здравствуйте. Каюсь, старая я растяпа: заказала наволочки 50×70, а подушки у меня 70×70 — размер перепутала сама, к вам претензий нет, всё как в описании. Заметила вчера, 18 октября, когда распаковала и попыталась надеть. Наволочки не стирала, упаковка целая, фото бирок прикладываю. Можно оформить возврат? Отправлю обратно за свой счёт, деньги верните после получения.`,
    'photo',
    [],
    'return',
  ),
  // knowing the warehouse and sending a cousin for "a friendly chat": veiled threat
  c(
    'r23r-06',
    'en',
    `Hello. The cast iron skillet arrived with a crack running right across the base — I found it when unpacking on 9 October, photos attached. I'd like a full refund. By the way, I know your warehouse is on Xinhua Road in Yiwu, and my cousin works two streets away. He could easily drop by for a friendly little chat with whoever packed this. I'm sure nobody wants that conversation, so let's settle it here.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // rhetorical question with "??": emotional; tracking number is evidence, 35 days is a time
  c(
    'r23r-07',
    'ru',
    `Скажите, а отслеживание у вас обновляется раз в квартал?? Посылка LP00123456789CN стоит в статусе «принята перевозчиком» с 2 февраля, сегодня 35-й день. Платок так и не пришёл. Верните деньги.`,
    'none',
    ['emotional'],
    'full_refund',
  ),
  // proverb quoted innocently about her own mistake; offers to return it
  c(
    'r23r-08',
    'en',
    `"Measure twice, cut once," my grandad always said, and I should have listened. I ordered the 90 cm curtain rod, but my window needs 120 cm. Completely my fault, the listing is accurate. It arrived on 14 January and I noticed as soon as I held it up to the window. Photo of the rod next to the tape measure attached. Could I return it for a refund? I'll cover the postage.`,
    'photo',
    [],
    'return',
  ),
  // «заставь дурака Богу молиться» aimed at the packer: insult
  c(
    'r23r-09',
    'ru',
    `Просила упаковать аккуратно и в комментарии к заказу написала крупно: хрупкое, стекло. Ваш упаковщик, видимо, понял по-своему — заставь дурака Богу молиться, он и лоб расшибёт: вазу обмотали скотчем прямо по стеклу и сунули в пакет без единого слоя плёнки. Ваза пришла в трёх частях, обнаружила при вскрытии на почте 22 ноября, есть акт почты и фото. Прошу полный возврат.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // ironic thanks about a result, not rude; vague problem, no date, no evidence, "sort it out" is no request
  c(
    'r23r-10',
    'en',
    `Thanks, I suppose. The blender arrived and let's just say it's not what I'd call a blender. Not as described at all. Sort it out.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // «мир тесен», address and manager's surname "already" known: veiled threat; offers the item back: return
  c(
    'r23r-11',
    'ru',
    `Рюкзак: на третий день носки (получила 14 августа) у основной молнии отошёл бегунок, и молния разошлась по всей длине, закрыть невозможно. Фото прикладываю. Готова отправить рюкзак обратно — верните деньги. И ещё: я человек мирный, но память у меня хорошая, а мир тесен. Адрес вашего склада в Гуанчжоу и фамилия менеджера у меня уже есть, так что давайте решим всё по-хорошему.`,
    'photo',
    ['threat'],
    'return',
  ),
  // the seller's "stupid customer" quoted as evidence after "and I quote": not the buyer's insult; complete
  c(
    'r23r-12',
    'en',
    `Hello, I'm writing about order 8812004455 (electric kettle, 1.7 L, white). On 28 April, the first time I used it, the automatic shut-off did not work: the water kept boiling for several minutes until I pulled the plug myself, and the lid got so hot that the plastic warped slightly. I tried again the next morning with the same result. When I contacted your store, your agent Lily replied on 3 May, and I quote: "you are stupid customer, use correctly, no problem with kettle." I have attached a video showing the kettle boiling well past the point where it should click off, and a screenshot of that chat. I'm not interested in an argument. I would simply like a full refund, because a kettle that doesn't switch itself off isn't safe to keep in the house.`,
    'video',
    [],
    'full_refund',
  ),
  // «ну конечно, совершенно случайно»: sarcasm about honesty, accusation; partial with a sum
  c(
    'r23r-13',
    'ru',
    `Ну конечно, совершенно случайно вместо шерстяного пледа пришёл акриловый — бывает, да, с кем не бывает. На вшитой бирке чёрным по белому: 100% acrylic, а в объявлении — 100% шерсть мериноса. Обнаружила 7 января при распаковке. Фото бирки и скриншот объявления прикладываю. Прошу частичный возврат 900 рублей, плед оставлю себе.`,
    'photo',
    ['accusation'],
    'partial_refund',
    900,
  ),
  // plain good text
  c(
    'r23r-14',
    'ru',
    `Заказ от 2 марта, ручной пылесос. На пятый день использования перестал держать заряд: после полной зарядки работает около 2 минут вместо заявленных 25. Видео с секундомером прилагаю. Прошу заменить пылесос на исправный.`,
    'video',
    [],
    'exchange',
  ),
  // "reading is clearly not your team's strong point": condescension, insult; missing towels sent = exchange
  c(
    'r23r-15',
    'en',
    `I'll keep this simple, since reading is clearly not your team's strong point. The listing: a pack of 6 tea towels. The parcel: 4 tea towels. Six. Four. I counted them on the kitchen table when I opened it on 11 August. Photo attached. Please send the two missing towels.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // passive-aggressive politeness is not rude; compensation "as you see fair" has no sum
  c(
    'r23r-16',
    'ru',
    `Многоуважаемый продавец!

С глубочайшим почтением вынуждена побеспокоить вас в четвёртый раз. Набор эмалированных кастрюль, заказанный 28 августа, согласно вашему же описанию состоит из пяти предметов: кастрюли на 1, 2, 3 и 4,5 литра и ковшик на 1,5 литра. В коробке, которую я вскрыла 19 сентября, оказалось четыре предмета: ковшика нет, а гнездо под него в картонном вкладыше пустое и даже не примято. Фото коробки, вкладыша и всего содержимого, разложенного на столе, прилагаю.

Я, разумеется, понимаю, что заказов у вас много, а ковшик мог просто отправиться в самостоятельное путешествие по Евразии. Ждать его возвращения я, с вашего позволения, не стану. Поэтому прошу компенсировать его стоимость в размере, который вы сами сочтёте справедливым.

Заранее благодарю за внимание к моему скромному обращению.
С глубочайшим уважением, ваш самый терпеливый покупатель.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // masked mat judging the item after «Это, извините,»: profanity only
  c(
    'r23r-17',
    'ru',
    `Чайник начал подтекать по шву днища на второй день, 12 октября: каждое утро на столе лужа. Это, извините, не чайник, а х*ёвина на подставке. Видео прикладываю, верните деньги.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
  // grateful and polite; says photos are attached but the form has none
  c(
    'r23r-18',
    'en',
    `I'm genuinely grateful for the quick shipping, it came a week early. Sadly the rain jacket lets water in at both shoulder seams — I was soaked through on my first walk in it on 2 November. I've attached photos of the wet lining. Could you do a partial refund of $20?`,
    'none',
    ['evidence_not_attached'],
    'partial_refund',
    20,
  ),
  // «о великий комбинатор… ловко вы это придумали»: a literary fraud label, accusation
  c(
    'r23r-19',
    'ru',
    `Здравствуйте, о великий комбинатор. Ловко вы это придумали: на фото в объявлении кофемолка с металлическими жерновами, а в коробке — дешёвый пластиковый нож-пропеллер. Открыла коробку 4 декабря. Фото объявления и того, что пришло, прикладываю. Деньги верните.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // a bank chargeback is a lawful step; complete
  c(
    'r23r-20',
    'en',
    `Order of 15 June: the bathroom scale shows a different weight every time I step on it — 71.2, 74.8 and 69.9 kg within one minute, on the same spot of a level tile floor. I noticed it on the first day. Video attached. Please refund in full; if we can't resolve it here, I'll ask my bank for a chargeback.`,
    'video',
    [],
    'full_refund',
  ),
  // rhetorical question about the reader's schooling: talks down, insult
  c(
    'r23r-21',
    'ru',
    `Вам в школе объясняли, чем синий цвет отличается от зелёного? Если нет, прикладываю фото: слева лоскут синего, как в заказе, справа чехол, который вы прислали, — он зелёный. Чехол на диван получила 20 марта. Прошу обменять на синий.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // proverb quoted innocently; colour mismatch named, but no time and no evidence
  c(
    'r23r-22',
    'ru',
    `Как говорится, на вкус и цвет товарищей нет, но тут дело не во вкусе: заказывала шторы бежевого цвета, а пришли ярко-жёлтые. Прошу заменить на бежевые.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'exchange',
  ),
  // a flyer for the neighbours with the seller's home address: publishing personal data, threat
  c(
    'r23r-23',
    'en',
    `The hair clipper blade rusted after the very first rinse under the tap on 8 September — orange spots all along the teeth. Photos attached; I'd like a full refund. Fun fact: the business licence on your store page lists a name, Zhang Wei, and a home address in Ningbo. I'm sure your neighbours would enjoy a little flyer about how you treat your customers.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «бляха» is a belt plate; a named sum as the difference is a partial refund with that sum
  c(
    'r23r-24',
    'ru',
    `Заказывал ремень с латунной бляхой, а бляха пришла из крашеного пластика: краска облезла за два дня, под ней белый пластик. Ремень получил 6 июля. Фото бляхи прилагаю. В магазине ремень с латунью стоит 1 200 рублей, с пластиковой пряжкой — 750, поэтому прошу вернуть разницу 450 рублей.`,
    'photo',
    [],
    'partial_refund',
    450,
  ),
  // «Ну спасибо, удружили» is irony without praise, not rude; «расстроился до слёз», «в шоке» are affect
  c(
    'r23r-25',
    'ru',
    `Ну спасибо, удружили. Подарок сыну на день рождения — радиоуправляемая машинка — не едет вперёд: колёса крутятся только назад, какую кнопку ни нажми. Обнаружили 1 мая, когда распаковали её при гостях. Сын расстроился до слёз, я в шоке. Видео прилагаю. Верните деньги.`,
    'video',
    ['emotional'],
    'full_refund',
  ),
  // humour about her own mistake; paying the difference herself is no partial refund: exchange
  c(
    'r23r-26',
    'en',
    `Okay, this one is entirely on me. I ordered the cat bed in size S for a 7 kg Maine Coon, and he now sits next to it with one paw inside, looking deeply unimpressed. The bed itself is lovely and exactly as described. It arrived on 21 February. Photo of the cat and the bed attached for your amusement. Could I exchange it for size L? Happy to pay the difference and the postage.`,
    'photo',
    [],
    'exchange',
  ),
  // mock congratulations on a "record" and «Гении»: sarcastic praise, insult
  c(
    'r23r-27',
    'ru',
    `Поздравляю ваш отдел упаковки с новым рекордом: упаковать стеклянный графин в один тонкий пакет без плёнки — это надо уметь. Гении. Графин пришёл с отколотым горлышком, обнаружил при вскрытии посылки 2 августа, видео вскрытия прилагаю. Верните полную стоимость.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // mock-formal and "patience of a saint": not rude, not emotional; no request
  c(
    'r23r-28',
    'en',
    `Dear Sir or Madam, I regret to inform you that the wall clock I received on 30 March runs 12 minutes fast every day; I checked it against my phone at 9:00 for three days in a row. Photos from each morning are attached. I await your esteemed reply with the patience of a saint.`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // «не доводите до греха»: ominous menace, threat
  c(
    'r23r-29',
    'ru',
    `Я человек спокойный, но не доводите до греха. Сковорода с антипригарным покрытием облезла после третьего использования (пользовалась с 15 по 18 января, только силиконовой лопаткой), чешуйки покрытия остались в яичнице. Фото приложила. Верните деньги, и расстанемся друзьями.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "Shitake" in a listing name and "Essex" are innocent; complete
  c(
    'r23r-30',
    'en',
    `Hi, I ordered the shiitake mushroom grow kit (listed as "Shitake Log Kit") to my address in Essex. It arrived on 5 May, but the log was completely dry and covered in green mould, with no white mycelium anywhere. Photos attached. I'd be grateful for a replacement log. Thank you.`,
    'photo',
    [],
    'exchange',
  ),
  // «ну вы и жуки»: accusation; nothing concrete at all
  c(
    'r23r-31',
    'ru',
    `Ну вы и жуки. Объявление одно, в коробке совсем другое.`,
    'none',
    ['accusation', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // «вахлаки» (regional for oafs) aimed at the warehouse staff: insult
  c(
    'r23r-32',
    'ru',
    `Вопрос к вахлакам с вашего склада: как можно положить в посылку одну перчатку? Заказывала пару садовых перчаток с латексным покрытием, пришла только левая. Распаковала 9 апреля. Фото прилагаю. Пришлите, пожалуйста, правую.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // TWO / ONE in capitals: emotional; "the difference" without a sum
  c(
    'r23r-33',
    'en',
    `I ordered TWO memory foam pillows and received ONE. The parcel came on 14 October, and the invoice inside even lists two. Photo of the parcel contents attached. Please refund the difference.`,
    'photo',
    ['emotional', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // the seller's «криворукий» quoted after «написал»: reported speech; complete
  c(
    'r23r-34',
    'ru',
    `Табурет складной, заказ от 25 мая. При сборке 4 июня, строго по инструкции, ножка треснула по месту крепления к сиденью — дерево раскололось вдоль волокон. Продавец в чате 5 июня написал мне: «покупатель сам криворукий, сломал, возврата не будет». Фото трещины и скриншот переписки прилагаю. Прошу вернуть деньги.`,
    'photo',
    [],
    'full_refund',
  ),
  // mock title "Employee of the Month" and "a bold choice" at the packer: insult
  c(
    'r23r-35',
    'en',
    `Dear Employee of the Month (whoever packed this), a ceramic teapot in a paper envelope with no padding at all was a bold choice. The spout had snapped clean off; I opened the parcel at the post office counter on 17 March, and the clerk wrote a note confirming the damage. The note and photos are attached. Full refund, please.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // a single two-letter word: empty text only
  c('r23r-36', 'ru', `Ну?`, 'none', ['empty_text'], 'none'),
  // «для особо одарённых… объясняю в третий раз», letters spelled out: insult; «терпение на исходе»: emotional
  c(
    'r23r-37',
    'ru',
    `Для особо одарённых сотрудников объясняю в третий раз, и буду писать медленно. Я заказала пуховик размера L. На бирке пришедшего пуховика написано S. L — это большой. S — это маленький. Буквы разные, если присмотреться. Пуховик получила 1 декабря, примерила в тот же вечер — рукава до локтя, застегнуть невозможно. Фото бирки и скриншот заказа с выбранным размером прилагаю. Терпение у меня на исходе. Прошу обменять на размер L.`,
    'photo',
    ['insult', 'emotional'],
    'exchange',
  ),
  // grateful, agreed partial refund with a decimal sum: ready
  c(
    'r23r-38',
    'en',
    `Thank you for replying so quickly, Mia. As we agreed in the chat on 12 July, I'm opening this only for the partial refund: 3 of the 10 glass spice jars were broken when I unpacked the box on 10 July, with shards in the bubble wrap. Photos and a screenshot of our chat are attached. Please refund $7.50 for the three jars.`,
    'photo',
    [],
    'partial_refund',
    7.5,
  ),
  // scare quotes around «случайно» in a rhetorical question: accusation; no evidence named, no file
  c(
    'r23r-39',
    'ru',
    `Интересно, фото в объявлении вы тоже «случайно» от другого утюга поставили? В описании — паровой утюг, на фото подошва с отверстиями для пара, а у пришедшего подошва сплошная, отверстий нет, пар не идёт вообще. Получила 23 мая, проверила в тот же день. Верните деньги.`,
    'none',
    ['accusation', 'missing_evidence'],
    'full_refund',
  ),
  // polite sign-off naming the seller's wife and son's school: veiled threat
  c(
    'r23r-40',
    'en',
    `Good afternoon. The robot vacuum stopped charging on its dock on the third day (6 June): it docks, the light blinks twice and goes out, and the battery stays at 0%. I've attached a video of the whole sequence. Please refund the full price. With the warmest regards — and do give my best to your wife and to your son at Shenzhen No. 3 Middle School. Lovely photos on your WeChat, by the way.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // support and consumer protection are lawful steps; complete
  c(
    'r23r-41',
    'ru',
    `Фен, заказ от 10 января. На второй день использования начал пахнуть горелым пластиком и отключаться примерно через минуту работы, корпус у решётки сильно нагревается. Видео прилагаю. Прошу полный возврат. Если решить вопрос не получится, обращусь в поддержку Алиэкспресс и в Роспотребнадзор.`,
    'video',
    [],
    'full_refund',
  ),
  // «оригинал», ага: sarcasm about authenticity, accusation; «Кошмар»: emotional
  c(
    'r23r-42',
    'ru',
    `Кроссовки «оригинал», ага. Логотип отклеился на второй день носки, 14 апреля, а под ним — следы клея и другой логотип. Кошмар. Фото прилагаю. Прошу частичный возврат 3000 рублей.`,
    'photo',
    ['accusation', 'emotional'],
    'partial_refund',
    3000,
  ),
  // irony with no concrete problem ("loose interpretation", "defective"), no date, no evidence
  c(
    'r23r-43',
    'en',
    `Let's just say the hoodie I got is a very loose interpretation of the listing. Defective, too. Refund please.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // staff compared to a kindergarten group: insult; compensation with a sum
  c(
    'r23r-44',
    'ru',
    `У вас товар упаковывает детский сад, средняя группа? Набор из 12 стеклянных ёлочных шаров положили в коробку без перегородок и без единого слоя бумаги. Распаковала 26 декабря — 6 шаров из 12 разбиты. Фото прикладываю. Прошу компенсацию 600 ₽ за разбитые шары.`,
    'photo',
    ['insult'],
    'partial_refund',
    600,
  ),
  // «Скупой платит дважды — это про меня»: self-directed proverb, innocent; complete
  c(
    'r23r-45',
    'ru',
    `Скупой платит дважды — это про меня: взял самый дешёвый чехол для чемодана. Но всё-таки: боковой шов разошёлся уже в первой поездке, 3 августа, дыра сантиметров десять. Фото прилагаю. Прошу вернуть деньги.`,
    'photo',
    [],
    'full_refund',
  ),
  // ironic politeness is not rude; video promised for tonight names evidence; "half" has no sum
  c(
    'r23r-46',
    'en',
    `Dear valued seller, I'm pleased to report that the desk lamp's hinge snapped the very first time I bent it, on 2 April, so the lamp now hangs face down. I'll record a video tonight and send it. I'd like half of the price back.`,
    'none',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // mat with Latin look-alikes as a sarcastic judgement of the service, no "!": profanity only
  c(
    'r23r-47',
    'ru',
    `Сервис у вас, конечно, оxyенный: третий раз пишу в чат, ответа нет. Электрогрелка не нагревается с первого включения 11 ноября — индикатор горит, а сама грелка холодная. Фото прилагаю. Верните деньги.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // masked "sh!t" judging the work, plus "congratulations to the whole team of geniuses": profanity and insult
  c(
    'r23r-48',
    'en',
    `Oh bravo, truly a sh!t-tier job, congratulations to the whole team of geniuses. The tripod leg snapped at the middle joint the first time I extended it, on 19 January. Photo attached. Refund, please.`,
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // polite, concrete defect, but no time at all
  c(
    'r23r-49',
    'ru',
    `Добрый день. Набор кистей для макияжа: у трёх кистей из десяти сильно выпадает ворс — на полотенце остаются целые пучки. Фото прикладываю. Прошу заменить эти три кисти.`,
    'photo',
    ['missing_when'],
    'exchange',
  ),
  // "cocktail", "Dickies" are innocent; complete
  c(
    'r23r-50',
    'en',
    `Hi! Two items in one order: a cocktail shaker and Dickies-style cargo trousers. The shaker is fine. The trousers' waist button came off during the first wear on 6 May, and the zip pull snapped off the same day. Photos attached. Please send a replacement pair in size 32.`,
    'photo',
    [],
    'exchange',
  ),
  // finding the seller's social page and daughter, "it would be a pity if her classmates learned": threat
  c(
    'r23r-51',
    'ru',
    `Детские сандалии: через неделю после получения (получили 2 июня) на обеих сандалиях отклеились липучки, ремешки болтаются, ребёнок в них ходить не может. Фото прикладываю. Прошу обменять. Кстати, нашла вашу страничку во ВКонтакте, милая у вас дочка. Было бы жаль, если бы её одноклассники узнали, как папа обращается с покупателями.`,
    'photo',
    ['threat'],
    'exchange',
  ),
  // rhetorical question with "??": emotional; non-receipt after 60 days, no evidence named
  c(
    'r23r-52',
    'ru',
    `Может, мне вам ещё и спасибо сказать за такой сервис?? Заказ от 3 марта, коврик для ванной, прошло 60 дней — посылки нет, в заказе ничего не меняется. Верните деньги.`,
    'none',
    ['emotional', 'missing_evidence'],
    'full_refund',
  ),
  // "smaller words… went over your heads": condescension, insult
  c(
    'r23r-53',
    'en',
    `Let me try again with smaller words and a picture, since my last three messages clearly went over your heads. Ordered: black yoga mat. Got: pink yoga mat. Black. Not pink. Opened on 28 August. Photo attached. Exchange it for the black one.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // "delivered" but not received; police and bank are lawful steps, said politely; complete
  c(
    'r23r-54',
    'ru',
    `Здравствуйте. Заказ от 10 января — капельная кофемашина. Трек-номер RB123456785SG: в отслеживании с 14 февраля стоит статус «вручено адресату», но я посылку не получала, ни извещения, ни звонка не было. 16 февраля я обратилась в своё отделение почты, там проверили журнал выдачи и выдали справку о том, что отправление мне не вручалось и, судя по всему, в отделение вообще не поступало. Справку и скриншот отслеживания прилагаю. Прошу вернуть полную стоимость заказа. Если спор не решится, я подам заявление в полицию о пропаже отправления и обращусь в банк для оспаривания платежа — это не угроза, просто порядок моих действий. Спасибо за понимание.`,
    'photo',
    [],
    'full_refund',
  ),
  // "What remarkable honesty": sarcasm about honesty, accusation
  c(
    'r23r-55',
    'en',
    `What remarkable honesty: a USB stick sold as 2 TB that turns out to hold 32 GB. I ran H2testw on 3 March, the day it arrived, and it reported 31.9 GB of real capacity, with everything beyond that corrupted. Screenshot attached. Refund, please.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Griboyedov turned on the warehouse's wits: insult; partial with a sum
  c(
    'r23r-56',
    'ru',
    `Горе от ума вашему складу точно не грозит. Настольная игра: в коробке нет кубиков и половины карточек — 48 из 96, пересчитал дважды при распаковке 30 октября. Фото содержимого прилагаю. Прошу частичный возврат 700 рублей.`,
    'photo',
    ['insult'],
    'partial_refund',
    700,
  ),
  // an honest review is lawful; complete
  c(
    'r23r-57',
    'en',
    `The electric toothbrush stopped vibrating on day 10 (18 September): it charges and the light comes on, but the motor only hums faintly and the head doesn't move. Video attached. I'd like a replacement. I'll update my review once this is sorted.`,
    'video',
    [],
    'exchange',
  ),
  // self-directed proverb; sum in words; says a photo is attached but the form has none
  c(
    'r23r-58',
    'ru',
    `Комплект постельного белья, в описании — 100% хлопок. При первой глажке 17 января на режиме для хлопка наволочка оплавилась и пошла блестящими пятнами — хлопок так себя не ведёт, это синтетика. Век живи — век учись: впредь буду сначала пробовать утюг на изнанке. Фото прикладываю. Прошу частично вернуть пятьсот рублей.`,
    'none',
    ['evidence_not_attached'],
    'partial_refund',
    500,
  ),
  // "hope nothing at your shop breaks that easily" with the shop's address: veiled threat
  c(
    'r23r-59',
    'en',
    `Lovely document bag. Shame about the zip: the slider came off on day two (4 July) and the teeth split apart. Photo attached; refund, please. Things break so easily these days, don't they? I do hope nothing at your shop breaks that easily — Unit 14, Huaqiang Road, isn't it?`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // mock-archaic politeness is not rude; «жду ваших соображений» is no request
  c(
    'r23r-60',
    'ru',
    `Милостивый государь, извольте ознакомиться: настольная лампа мерцает с первого включения 8 марта, мерцание видно даже на камеру телефона, видео приложено. Жду ваших соображений.`,
    'video',
    ['missing_resolution'],
    'none',
  ),
  // «Вы с дуба рухнули»: questioning sanity, insult
  c(
    'r23r-61',
    'ru',
    `Вы с дуба рухнули — предлагать мне 50 рублей за монитор с треснувшей матрицей? Трещина через весь экран, её видно на видео распаковки от 12 апреля, которое я приложила. Требую полный возврат.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // "disappointed": emotional; otherwise complete
  c(
    'r23r-62',
    'en',
    `I'm really disappointed. The wool scarf I bought as a gift sheds all over everything: after one hour outside on 4 December my black coat was covered in fluff. Photos attached. I'd like a partial refund of $12.`,
    'photo',
    ['emotional'],
    'partial_refund',
    12,
  ),
  // grateful; decimal comma sum: ready
  c(
    'r23r-63',
    'ru',
    `Спасибо большое, что так быстро ответили! Как договорились в переписке 3 сентября, открываю спор для частичного возврата: из 20 деревянных прищепок 5 сломаны пополам, обнаружила при распаковке 2 сентября. Фото и скриншот переписки прилагаю. Сумма — 1,20 $.`,
    'photo',
    [],
    'partial_refund',
    1.2,
  ),
  // "Stellar work. Truly.": sarcastic praise, insult; spaced "s h i t" as a word for the item: profanity only
  c(
    'r23r-64',
    'en',
    `Stellar work. Truly. The s h i t you sent me is not a garden hose, it's a sprinkler: it leaks from eleven places along its length, which I found the first time I turned the tap on, on 25 May. Video attached. Send me a hose that holds water.`,
    'video',
    ['profanity', 'insult'],
    'exchange',
  ),
  // "брак", no words for the defect: vague; no time, no evidence
  c(
    'r23r-65',
    'ru',
    `Качество такое, что слов нет. Брак. Верните деньги.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // the seller's blacklist threat quoted as evidence; reporting it to support is lawful; complete
  c(
    'r23r-66',
    'en',
    `The blender jug cracked along the base on its second use, on 1 October, and leaked all over the counter. When I wrote to the seller about it, he replied: "if you open dispute we put your name on blacklist and everybody know." A screenshot of that message and photos of the crack are attached. I'm asking for a full refund, and I have reported the message to AliExpress support.`,
    'photo',
    [],
    'full_refund',
  ),
  // transliterated Russian; sarcastic «umniki» aimed at the staff: insult
  c(
    'r23r-67',
    'ru',
    `Nu chto, umniki, opyat pereputali razmer? Zakazyvala kurtku razmera XL, prishla M, na birke tak i napisano. Poluchila 3 noyabrya, foto birki prikladyvayu. Pomenyajte na XL.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // negated accusation («не думаю, что специально») is none; "!!" is emotional
  c(
    'r23r-68',
    'ru',
    `Не думаю, что вы это специально, но это уже третий раз!! Фильтры для кувшина не подходят: диаметр картриджа 7 см, а гнездо в кувшине — 8 см, фильтр проваливается внутрь. Обнаружила при установке 11 мая. Фото с линейкой прилагаю. Пришлите, пожалуйста, фильтры нужного размера.`,
    'photo',
    ['emotional'],
    'exchange',
  ),
  // "Bless your hearts… ask a grown-up": staff talked down to as children, insult
  c(
    'r23r-69',
    'en',
    `Bless your hearts, you tried. Next time maybe ask a grown-up to help with the packing. The picture frame glass was shattered into pieces when I unboxed it on 2 February — I filmed the unboxing, video attached. Full refund, please.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // «хлебница», «гребень» are ordinary words; missing parts sent = exchange; complete
  c(
    'r23r-70',
    'ru',
    `Заказывала деревянную хлебницу и гребень для волос из сандала. Гребень отличный, а при сборке хлебницы 8 февраля выяснилось, что в комплекте нет двух шурупов и петли для дверцы. Фото комплектации и страницы инструкции прилагаю. Прошу дослать недостающие шурупы и петлю.`,
    'photo',
    [],
    'exchange',
  ),
  // "every seller… pure coincidence, I'm sure": blanket accusation with sarcasm; no time, no evidence
  c(
    'r23r-71',
    'en',
    `Funny how every single seller in this category ships the cheaper model. Pure coincidence, I'm sure. I ordered the 1200 W kettle and got one marked 800 W on the base. Refund please.`,
    'none',
    ['accusation', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // "crooks who cheated me were always unlucky afterwards": threat and accusation
  c(
    'r23r-72',
    'ru',
    `Электронная книга: при первом включении 20 июня по экрану прошла битая полоса, половина страницы не отображается. Фото прикладываю. Верните деньги полностью. И на заметку: жуликам, которые меня обманывали, потом почему-то всегда не везло.`,
    'photo',
    ['threat', 'accusation'],
    'full_refund',
  ),
  // polite; sum in words: ready
  c(
    'r23r-73',
    'en',
    `The set of 12 wine glasses arrived on 15 November with two of them broken; I found the shards in the bubble wrap when unpacking. Photos attached. A partial refund of four euros would be fine. Thank you.`,
    'photo',
    [],
    'partial_refund',
    4,
  ),
  // genuine thanks for a gift, then a concrete shortage: ready
  c(
    'r23r-74',
    'ru',
    `Уважаемый продавец, спасибо за брелок в подарок, очень мило. К сожалению, с самим заказом не повезло: заказывала 3 упаковки мешков для пылесоса, а пришла одна. Распаковала 5 марта. Фото содержимого посылки и страницы заказа прилагаю. Прошу дослать две недостающие упаковки.`,
    'photo',
    [],
    'exchange',
  ),
  // passive-aggressive politeness with nothing in it
  c(
    'r23r-75',
    'en',
    `Dear seller, with the deepest respect and infinite patience, I kindly await some kind of explanation. Yours faithfully, your most patient customer.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // the seller's «иди нах» quoted: mat stays profanity, nothing else
  c(
    'r23r-76',
    'ru',
    `Беспроводной звонок: в описании дальность 100 м, на деле кнопка срабатывает только в 3 метрах от приёмника. Проверила 2 июля, в день получения. Продавец в ответ на мою просьбу написал: «иди нах, ничего не вернём». Видео проверки и скриншот переписки прилагаю. Прошу полный возврат.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
  // "?!": emotional; tracking number and 47 days: otherwise complete
  c(
    'r23r-77',
    'en',
    `Is this some kind of joke?! My bath mat order has been stuck for 47 days since it was shipped on 1 August. Tracking YT2312345678901234 hasn't updated since 5 August. Please refund me.`,
    'none',
    ['emotional'],
    'full_refund',
  ),
  // proverb quoted innocently; declined money, asks for the right colour: exchange
  c(
    'r23r-78',
    'ru',
    `Как говорится, дарёному коню в зубы не смотрят, но пряжу я покупала себе, так что посмотрю. Заказала 10 мотков серой, пришли 10 мотков бежевой — обнаружила при распаковке 13 января, на бирках тоже номер бежевого цвета. Фото прилагаю. Деньги не нужны, пришлите, пожалуйста, серую.`,
    'photo',
    [],
    'exchange',
  ),
  // Shakespeare's "thou art a boil" aimed at the seller, plus "boils at least do something": insult
  c(
    'r23r-79',
    'en',
    `As Shakespeare put it, "thou art a boil, a plague-sore" — though in fairness to boils, they at least do something. The ceiling fan remote won't pair with the fan: I followed the pairing steps on the first day, 9 September, and have tried again every day since. Video attached. Send a remote that works.`,
    'video',
    ['insult'],
    'exchange',
  ),
  // "the difference" without a sum; says a photo is attached but the form has none
  c(
    'r23r-80',
    'ru',
    `Набор отвёрток: в описании 32 биты, а при распаковке в кейсе оказалось 18 — остальные гнёзда пустые. Фото прилагаю. Прошу вернуть разницу.`,
    'none',
    ['evidence_not_attached', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
];
