import { labelled as c, type CorpusCase } from './types';

/**
 * Round twenty-eight, hold-out set m: buyers reporting unsafe products (chargers and power banks that burned or swelled,
 * heaters and kettles that shocked, toys with swallowable parts, failed scooter brakes, leaking gas fittings, choking dog
 * collars), frightened and sometimes furious. Written by a hand that has not read the analyzer's rules or other corpus
 * files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Violent words about what the product did or nearly did ("could have killed her", «чуть не спалил квартиру»,
 *   «шарахнуло током», "blow up", «не взорвалось») are neither threats nor emotional; a child's or dog's fright told as
 *   part of the event is not emotional, the writer's own present state ("still shaking", «до сих пор в шоке») is.
 * - Wishing that the seller's own nursery or dog gets the dangerous product is a wish of harm: threat (as round 25).
 * - Finding the seller's social page and mentioning their child of the same age, ending «Подумайте об этом»: threat.
 * - "You don't care whose house burns down as long as the money comes in", «все вы тут одинаковые: лишь бы впарить» and
 *   "dumping recalled stock — classic" label intent: accusation.
 * - «Денег не прошу, просто снимите это с продажи» asks nothing for the buyer: no request.
 * - A fire brigade report, a repair shop's report, a doctor's or vet's note are evidence; each such text also names photos.
 * - «раздолбаи» after masked mat, «безмозглые роботы», «для особо одарённых», «Вы в своём уме?» at the staff: insults.
 * - «Блин» in a frightened aside is neither rude nor emotional; "Shih Tzu", "cocker spaniel", Cockermouth, Clitheroe,
 *   "aunt Fanny", «Ли Хуэй», «скипидар», «оскорблять», «рубля», «корабля» are innocent.
 * - A text of only «??» is `empty_text` alone, labelled `ru` (sent in a Russian thread).
 * - Every text whose form has a file says so in words; texts with no file never rely on one.
 */
export const ROUND28_HOLDOUT_M: CorpusCase[] = [
  // innocent: «чуть не спалил квартиру» describes the fire; defect, date, photo and request all present
  c(
    'r28m-01',
    'ru',
    'Здравствуйте. Заказывала пауэрбанк на 20 000 мА·ч, пришёл 3 февраля. В ночь на 11 февраля он стоял на зарядке на тумбочке: корпус раздуло, пошёл дым, пластик оплавился и прожёг лак на тумбочке. Чуть не спалил квартиру — в этой комнате спала дочь, проснулись от запаха. Фото вздутого корпуса и следа на тумбочке прикладываю. Прошу вернуть полную стоимость, отправлять его обратно почтой опасно.',
    'photo',
    [],
    'full_refund',
  ),
  // innocent: "could have killed her" is about the live kettle body; complete and calm
  c(
    'r28m-02',
    'en',
    "Hello. The electric kettle (order placed 14 February) arrived on 27 February. On 2 March my wife touched the stainless body while it was boiling and got an electric shock strong enough to knock her hand back. I checked afterwards with a mains tester screwdriver: the body is live whenever the kettle is plugged in, switched on or not. If her hands had been wet it could have killed her. Video of the tester lighting up on the kettle body is attached. Please give me a full refund; I don't think it's safe to post a live appliance back.",
    'video',
    [],
    'full_refund',
  ),
  // digit-masked mat judging the item («Это …, а не обогреватель»): profanity only; «шарахнуло током» is innocent
  c(
    'r28m-03',
    'ru',
    'Масляный обогреватель, включили первый раз 9 января. Взялась за ручку, чтобы передвинуть, — шарахнуло током так, что рука до локтя онемела. Индикаторная отвёртка на рёбрах светится. Это пи3дец, а не обогреватель. Видео с отвёрткой прикладываю, верните деньги.',
    'video',
    ['profanity'],
    'full_refund',
  ),
  // innocent: «рубля», «корабля» contain a rude-looking piece; age is not a time, the assembly date is
  c(
    'r28m-04',
    'ru',
    'Купили набор "Пиратский корабль" за 1 893 рубля сыну, ему год и десять месяцев. В описании указан возраст 1+, а на коробке внутри мелким шрифтом — 3+. 14 апреля при сборке от пушки корабля отвалилось ядро диаметром около 8 мм, сын сразу потянул его в рот, я успела вытащить. Фото ядра рядом с линейкой и скриншот описания с "1+" прикладываю. Прошу полный возврат, набор уже убрала.',
    'photo',
    [],
    'full_refund',
  ),
  // veiled threat: a relative who knows the office will "drop by and explain" in person
  c(
    'r28m-05',
    'en',
    "Electric scooter, delivered 6 May. On the third ride, 9 May, the rear brake cable slipped out of its clamp going downhill and my son had to steer into a hedge to stop. He's got scratches all over his arms. The clamp bolt was never tightened at the factory, you can see it in the video I've attached. I want a full refund. And just so you know, my brother-in-law works in Shenzhen and knows exactly where your shop's office is. He can drop by and explain brakes to you in person if this drags on.",
    'video',
    ['threat'],
    'full_refund',
  ),
  // «вы прекрасно знали, что продаёте горящие зарядки» labels intent, even next to facts
  c(
    'r28m-06',
    'ru',
    'Сетевое зарядное устройство на 65 Вт, получила 20 мая. На третий день при зарядке ноутбука вилка почернела, один штырь оплавился прямо в розетке, розетку пришлось менять. У вас в отзывах ещё с марта три человека пишут то же самое, так что вы прекрасно знали, что продаёте горящие зарядки, и продолжали продавать. Фото оплавленной вилки и розетки прикладываю. Верните деньги.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // "The fucking thing" is mat as an intensifier before the item: profanity and emotional
  c(
    'r28m-07',
    'en',
    '20,000mAh power bank, arrived 8 June. On 12 June it was charging on my desk when it popped, hissed and shot a jet of flame out of the side. The fucking thing burned a hole through my desk mat and scorched the wood. Photos of the burnt bank and the desk are attached. Full refund please.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // «до сих пор в шоке» and «!!!» are emotional; «могло убить» is no threat
  c(
    'r28m-08',
    'ru',
    'Скороварка 6 литров, первый запуск 2 марта. Минут через десять из-под крышки сбоку начал бить пар, клапан так и не сработал, а потом крышку сорвало с фиксатора. Мужу кипятком обожгло руку и шею. Я до сих пор в шоке, это же могло убить кого-нибудь!!! Фото ожога и вырванного уплотнителя прикладываю. Требую вернуть деньги полностью.',
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // "spell it out in small words" talks down to the reader: insult; the agent's quoted reply is evidence
  c(
    'r28m-09',
    'en',
    "Laptop charger, 90W. On 8 May, after about forty minutes of charging, the plug end melted into the wall socket and I had to switch the breaker off to pull it out. Your agent replied that 'it is normal for charger to be warm'. Let me spell it out in small words for whoever reads these: warm is fine, melted is not. Photo of the melted plug attached. Refund please.",
    'photo',
    ['insult'],
    'full_refund',
  ),
  // innocent: the seller's insult «криворукие» is quoted as evidence after «написал»
  c(
    'r28m-10',
    'ru',
    'Переходник для газового баллона к плите, установили 17 июля. В тот же вечер на кухне запахло газом; проверили мыльным раствором — на резьбе переходника идут пузыри, даже когда затянут до упора. Продавец в переписке написал мне: "сами криворукие, нечего было лезть". Скриншот переписки и видео с пузырями прикладываю. Прошу вернуть деньги, газ — не шутки.',
    'video',
    [],
    'full_refund',
  ),
  // threat: knows the warehouse address, husband will "go and talk in person"
  c(
    'r28m-11',
    'ru',
    'Ошейник-полуудавка с ограничителем: по описанию "не затягивается сильнее заданного размера". 5 августа на прогулке пластиковый ограничитель лопнул, ошейник затянулся, пёс захрипел и повалился, я еле срезала ошейник ножницами. Видео с камеры подъезда прикладываю. Верните деньги. И учтите: адрес вашего склада в Подольске мне уже скинули, муж съездит поговорить лично, если будете тянуть.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // "fire hazard", "junk", "nothing like the listing" name no defect; "sort it out" is no request
  c(
    'r28m-12',
    'en',
    'This heater is a fire hazard. Total junk and nothing like the listing promised. Sort it out.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // spaced mat set off as a cry: profanity and emotional
  c(
    'r28m-13',
    'ru',
    'Электросамокат детский. 23 сентября на спуске у дома перестал работать тормоз — ручку жмёшь, а он едет. Сын вылетел на асфальт, ссадины на руках и подбородке. Б л я т ь, ему восемь лет. Видео, где видно, что тормозная ручка проваливается без сопротивления, прикладываю. Верните деньги.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // innocent: Shih Tzu and Cockermouth; refund declined, exchange asked
  c(
    'r28m-14',
    'en',
    "Harness for our Shih Tzu, ordered 28 January and delivered here in Cockermouth on 9 February. On the very first walk the plastic chest buckle snapped and the harness slid up and tightened round her throat — she was gasping until I cut the strap. Photos of the snapped buckle are attached. I don't want a refund; please send the version with the metal buckle instead.",
    'photo',
    [],
    'exchange',
  ),
  // «Объясняю для особо одарённых» is condescension: insult
  c(
    'r28m-15',
    'ru',
    'Чайник стеклянный 1,7 л. С первого же включения 12 октября при касании к металлическому кольцу на ручке бьёт током, проверила индикатором — на корпусе фаза. Вы предлагаете "протирать чайник насухо". Объясняю для особо одарённых: руки сухие, ток идёт по корпусу. Видео с индикатором приложено. Верните полную стоимость.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // «частичную компенсацию» with no sum; receipt date next to the defect counts as when
  c(
    'r28m-16',
    'ru',
    'Обогреватель-конвектор, получила 2 декабря. Греет, но на режиме 2000 Вт через 15 минут начинает пахнуть горелой пластмассой и вилка становится горячей, на краю вилки уже оплавление. Пользуюсь только на 1000 Вт. Фото оплавленной вилки прикладываю. Отправлять обратно громоздко, прошу частичную компенсацию.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "You KNEW … shipped them anyway!!" accuses and shouts
  c(
    'r28m-17',
    'en',
    'E-bike battery, 36V 10Ah. Arrived 4 April, and by 10 April it had swollen so badly the case split along the seam. Your own Q&A page has three people reporting the same thing since January. You KNEW these cells swell and you shipped them anyway!! Photos of the split case attached. Refund in full.',
    'photo',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // no words at all: empty text only
  c('r28m-18', 'ru', '??', 'photo', ['empty_text'], 'none'),
  // wishing the dangerous night light on the seller's own nursery is a wish of harm on the family: threat
  c(
    'r28m-19',
    'ru',
    'Ночник с беспроводной зарядкой, поставили в детской 7 ноября. К утру катушка под крышкой обуглилась, в комнате дым и запах горелого, сын кашлял полдня. Фото обугленной катушки прилагаю. Верните деньги. А вам желаю, чтобы такой же ночник постоял ночь у вас в детской, может тогда поймёте.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // innocent: fire brigade, Trading Standards and a chargeback are lawful steps
  c(
    'r28m-20',
    'en',
    "On 19 November the fan heater I bought from you caught fire in my kitchen about twenty minutes after I switched it on, on the low setting. The fire brigade attended; their incident report is attached along with photos of the burnt unit and the wall behind it. I'm requesting a full refund of £42.99. I have also reported the product to Trading Standards, and if this isn't resolved within 14 days I will raise a chargeback with my card provider.",
    'photo',
    [],
    'full_refund',
  ),
  // masked mat right before a name aimed at the sellers: profanity and insult
  c(
    'r28m-21',
    'ru',
    'Газовый шланг для плиты 1,5 м, подключили 3 марта. Через неделю на стыке с гайкой пошла трещина и запах газа на всю кухню, хорошо соседка почувствовала на лестнице. Ёб@ные раздолбаи, вы хоть понимаете, что продаёте? Фото трещины прикладываю. Верните деньги.',
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // "can kill a toddler" is a fact about button cells; no time, no evidence
  c(
    'r28m-22',
    'en',
    "The remote control car's battery cover has no screw and pops off with a light knock, and the button cells just fall out onto the floor. I have an 18-month-old. Button batteries can kill a toddler in a couple of hours if swallowed. Please refund me.",
    'none',
    ['missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // «Это кошмар» is an affect word; «вчера вечером» is a time; no evidence named
  c(
    'r28m-23',
    'ru',
    'Ночник-проектор звёздного неба для детской. Вчера вечером корпус треснул возле блока питания, из трещины пошёл дым, сын проснулся от запаха гари. Это кошмар, теперь боюсь включать в доме что-либо из вашего магазина. Прошу вернуть деньги.',
    'none',
    ['emotional', 'missing_evidence'],
    'full_refund',
  ),
  // innocent: «Повторяю в третий раз» is an ignored buyer, not talking down
  c(
    'r28m-24',
    'ru',
    'Электросамокат, заказ получен 13 мая. На пятый день, 18 мая, перестал держать задний барабанный тормоз: на спуске муж еле остановился, тормозя ногами. Повторяю в третий раз: трос подтянут по вашей инструкции, дело не в нём — тормозная колодка раскрошилась, куски видно на видео, которое я прикладываю. Прошу замену самоката на новый.',
    'video',
    [],
    'exchange',
  ),
  // threat to publish the owner's name, WeChat, town and photo
  c(
    'r28m-25',
    'en',
    "Magnetic building sticks for my three-year-old. On 2 July two of the little ball magnets came out of a cracked stick and she had them in her mouth when I found her. Two magnets swallowed together can tear through a child's gut. Photos of the cracked stick and the magnets are attached. Full refund please. I've also found your store owner's name, his WeChat and which town he lives in. If I haven't heard back by Friday, all of it goes up in every parents' group I'm in, with his photo.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «Фото … прилагаю» with no file in the form
  c(
    'r28m-26',
    'ru',
    'Паяльник 60 Вт. 10 января при первом включении задымилась пластиковая ручка и через жало дёрнуло током. Фото оплавленной ручки прилагаю. Прошу вернуть деньги.',
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // innocent: «скипидар», «оскорблять» hold rude-looking pieces; a judgement of the product is no accusation
  c(
    'r28m-27',
    'ru',
    'Детский коврик-пазл, заказ от 27 июня. При распаковке 9 июля был резкий запах, как от скипидара, и он не выветрился за неделю на балконе. Через день после того, как младшая поиграла на коврике, у неё пошла сыпь на коленях и ладонях. Не хочу никого оскорблять, но такой коврик нельзя продавать для детей. Фото сыпи и заключение педиатра прикладываю. Прошу вернуть полную стоимость.',
    'photo',
    [],
    'full_refund',
  ),
  // innocent: "blasted", "burned", "taken an eye out" describe the accident
  c(
    'r28m-28',
    'en',
    "Pressure cooker, 6 quart. On 30 August, first use, the lid gasket popped out of its groove about ten minutes in and steam blasted out sideways across the counter. It burned my forearm and could easily have taken an eye out. Photos of the burn and of the gasket hanging out of the lid are attached. I'd like my money back.",
    'photo',
    [],
    'full_refund',
  ),
  // money declined and «снимите с продажи» is no remedy for the buyer: no request
  c(
    'r28m-29',
    'ru',
    'Фен на 2200 Вт. 4 сентября через пять минут работы из решётки полетели искры и запахло палёным, спираль внутри раскалилась докрасна. Фото и видео прикладываю. Денег не прошу, просто снимите это с продажи, пока кто-нибудь не сгорел.',
    'video',
    ['missing_resolution'],
    'none',
  ),
  // sarcastic praise "true geniuses of electrical safety" aimed at the seller: insult
  c(
    'r28m-30',
    'en',
    "Ceramic space heater. On 15 January the plug and socket were scorched black after an hour on the lowest setting. Your reply was 'please try a different socket'. Brilliant advice — well done, true geniuses of electrical safety. Photos of the scorched plug and socket attached. Refund please.",
    'photo',
    ['insult'],
    'full_refund',
  ),
  // «Ну конечно, "перепутали на складе"» is sarcasm about honesty with scare quotes
  c(
    'r28m-31',
    'ru',
    'Запасной клапан для скороварки. В описании — клапан с двойной защитой, а пришёл простой грузик без второго предохранителя, это видно сразу при распаковке 11 ноября, сравнила с фото в объявлении. Ну конечно, "перепутали на складе", у меня с вами так уже второй раз. Фото обоих клапанов рядом прикладываю. Пришлите клапан, который указан в описании.',
    'photo',
    ['accusation'],
    'exchange',
  ),
  // transliterated Russian; «suka» set off as a cry: profanity and emotional
  c(
    'r28m-32',
    'ru',
    'Zaryadka dlya samokata 42V. 6 dekabrya vo vremya zaryadki hlopok, iz bloka dym i iskry, suka, chut ne sgorel ves koridor. Foto bloka prilagayu. Vernite dengi.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // plain good text
  c(
    'r28m-33',
    'en',
    'Baby monitor power adapter: on 3 March it started crackling and the casing got too hot to hold within ten minutes. Photo of it next to the thermometer reading 78°C is attached. Please send a replacement adapter.',
    'photo',
    [],
    'exchange',
  ),
  // «опасный», «брак», «всё не так» name nothing; «разберитесь» is no request
  c(
    'r28m-34',
    'ru',
    'Товар опасный, брак, в описании всё не так. Детям такое давать нельзя. Продавец, разберитесь.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // "it would be a real shame if something nasty happened at that little shop of yours": veiled threat
  c(
    'r28m-35',
    'en',
    'Kettle arrived 22 September. The base sparks with a loud crack whenever you set the jug on it, video attached. Refund me in full. People who sell things like this should be careful, though — it would be a real shame if something nasty happened at that little shop of yours.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // «ВЫ ЧТО ПРОДАЁТЕ??» shouts (emotional), no name; «заберите … и верните деньги» is a return
  c(
    'r28m-36',
    'ru',
    'Погремушка для младенца. 28 февраля треснула по шву, из неё высыпались мелкие шарики, дочь (8 месяцев) один уже держала во рту. ВЫ ЧТО ПРОДАЁТЕ?? Фото шариков и трещины прикладываю. Заберите свою погремушку обратно и верните деньги.',
    'photo',
    ['emotional'],
    'return',
  ),
  // «Вы в своём уме?» questions the reader's sanity: insult
  c(
    'r28m-37',
    'ru',
    'Редуктор для пропанового баллона, установили 19 апреля, уже на следующий день на корпусе трещина и шипит газ. В ответ на мои фото вы предлагаете "замотать изолентой". Вы в своём уме? Видео с шипением и мыльной пеной прикладываю. Прошу полный возврат.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // a partial refund with the sum in words ("twenty dollars"); a return declined
  c(
    'r28m-38',
    'en',
    "Oil-filled heater with a 'tip-over safety switch' in the listing. On 6 December I tested it by tipping the heater onto its side and it kept running — the switch does nothing. Video attached. The heater itself heats fine and I can use it on a flat floor while I'm in the room, so rather than returning it I'd accept a partial refund of twenty dollars.",
    'video',
    [],
    'partial_refund',
    20,
  ),
  // found the seller's page and their daughter, «Подумайте об этом»: veiled threat against the family
  c(
    'r28m-39',
    'ru',
    'Игрушка-слайм с "бусинами". 3 ноября сын (3 года) проглотил одну бусину, четыре часа в приёмном покое. Выписку из больницы и фото бусин прикладываю. Верните деньги. Кстати, нашла ваш профиль во ВКонтакте, вижу, у вас дочка примерно того же возраста. Подумайте об этом.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // innocent: cocker spaniel, "choking", "could have died"; offering the collar back is a return
  c(
    'r28m-40',
    'en',
    "Reflective dog collar with a quick-release buckle. On 11 October it caught on a fence post and the buckle jammed instead of releasing, so our cocker spaniel was hanging by her neck, choking, until I cut it off. The vet said another minute and she could have died. Photos of the jammed buckle and the vet's note are attached. I'm happy to post the collar back; please refund me.",
    'photo',
    [],
    'return',
  ),
  // mat with Latin look-alike letters and a filler («…, а пиzдeц полный»): judgement, profanity only
  c(
    'r28m-41',
    'ru',
    'Удлинитель на 4 розетки, в описании до 3500 Вт. 16 августа включила чайник и утюг (вместе 2800 Вт) — через пять минут провод у основания оплавился и загорелся. Это не удлинитель, а пиzдeц полный, хорошо я была рядом. Фото сгоревшего провода прикладываю. Верните деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // "you don't care whose house burns down as long as the money comes in" labels intent: accusation
  c(
    'r28m-42',
    'en',
    "Hoverboard charger. On 14 August it started smoking about ten minutes into charging and the plug pins came out black. Photo attached. I want a refund. It's obvious you people don't care whose house burns down as long as the money comes in.",
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // concrete defect, photo and a sum, but no time or discovery moment
  c(
    'r28m-43',
    'ru',
    'Детский шлем для самоката: застёжка не фиксируется и при рывке расстёгивается сама, то есть при падении шлем просто слетит с головы. Фото застёжки прикладываю. Шлем оставлю и куплю застёжку отдельно, прошу вернуть 450 рублей.',
    'photo',
    ['missing_when'],
    'partial_refund',
    450,
  ),
  // masked "What the f*ck" as an interjection: profanity and emotional
  c(
    'r28m-44',
    'en',
    'Electric blanket, first night, 9 January: I woke up to a burning smell and a brown scorch mark on the sheet right above a spot where the heating wire had kinked. What the f*ck is wrong with your quality control? Photos of the scorched sheet and the blanket attached. Full refund.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // words cut into syllables «раз до вас не до-хо-дит»: insult
  c(
    'r28m-45',
    'ru',
    'Утюг паровой. С 5 марта при касании к металлической вставке сбоку бьёт током, проверено индикатором, видео прикладываю. Вы уже дважды ответили, что это "статическое электричество". Пишу по слогам, раз до вас не до-хо-дит: кор-пус под на-пря-же-ни-ем. Прошу вернуть деньги.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // innocent: the seller's threat «а то пожалеете» is quoted as evidence
  c(
    'r28m-46',
    'ru',
    'Зарядное устройство для аккумуляторов 18650. 2 июня зарядка не отключилась после полного заряда, аккумулятор нагрелся до 90 °C (мерила пирометром) и вздулся. Я оставила отзыв с фото, после чего продавец написал мне: "удалите отзыв, а то пожалеете". Скриншот этого сообщения и фото вздувшегося аккумулятора прикладываю. Прошу полный возврат.',
    'photo',
    [],
    'full_refund',
  ),
  // "still shaking", "upset and disappointed": emotional; no request
  c(
    'r28m-47',
    'en',
    "I'm honestly still shaking as I write this. The night light we put in our son's room (delivered 1 February) started popping and sparking at 3am on the 20th, and there were scorch marks on the plug. Photos attached. I'm so upset and disappointed — this was sold as a safe product for kids.",
    'photo',
    ['emotional', 'missing_resolution'],
    'none',
  ),
  // «Продавец, сука» calls the addressed seller a name: profanity and insult, not emotional
  c(
    'r28m-48',
    'ru',
    'Продавец, сука, у меня собака чуть не задохнулась из-за твоего ошейника. Пряжка "антирывок" заклинила 12 сентября, ошейник затянулся на шее, еле разрезала. Видео прикладываю. Деньги верни.',
    'video',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // "refund half" is a partial refund without a sum
  c(
    'r28m-49',
    'en',
    "The pressure gauge on this pressure cooker reads zero even when the pot is clearly under pressure. I found out on 18 April: the gauge said 0, I opened the lid and steam came out hard enough to scald my hand. Photo of the gauge at zero with the valve hissing is attached. The cooker still works with the weighted valve, so I'll keep it if you refund half.",
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «адрес вашего склада у меня есть … приеду и поговорим по-другому»: threat of a visit
  c(
    'r28m-50',
    'ru',
    'Зарядка для электросамоката на 60 В. На второй день, 24 октября, при зарядке блок раздулся и треснул, плата внутри почернела. Фото прикладываю. Прошу вернуть деньги. И ещё: я бываю в Иу каждые полгода по работе, адрес вашего склада у меня есть. Не решите вопрос — приеду и поговорим по-другому.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // innocent: Роспотребнадзор and a court are lawful steps; «Требую» is firm, not rude
  c(
    'r28m-51',
    'ru',
    'Туристическая газовая горелка. 1 июля при первом же розжиге из-под штуцера вырвалось пламя и обожгло мужу кисть. Фото оплавленного штуцера и справку из травмпункта прилагаю. Требую вернуть полную стоимость. Копию претензии я направила в Роспотребнадзор; если вопрос не решится в рамках спора, буду обращаться в суд.',
    'photo',
    [],
    'full_refund',
  ),
  // innocent: support's advice quoted without name-calling
  c(
    'r28m-52',
    'en',
    "Rechargeable bike light. On 26 March the battery swelled while it was mounted on my handlebars and cracked the casing open — I noticed when the lens popped off on my ride home. Photos attached. Support told me to 'charge it less often', which doesn't explain a swollen battery. Full refund please.",
    'photo',
    [],
    'full_refund',
  ),
  // «Все вы тут одинаковые: лишь бы впарить» is a blanket label; no request
  c(
    'r28m-53',
    'ru',
    'Грелка электрическая для ног. Включила 15 января, через час запахло палёным, на ткани над проводом коричневое пятно. Фото прикладываю. Все вы тут одинаковые: лишь бы впарить, а сгорит человек или нет — плевать.',
    'photo',
    ['accusation', 'missing_resolution'],
    'none',
  ),
  // innocent: Clitheroe and "aunt Fanny" are a place and a name; offering the item back is a return
  c(
    'r28m-54',
    'en',
    'Delivered to Clitheroe on 5 May: a rubber hot water bottle that split along the seam the first time it was filled, with hot tap water at about 60°C, not boiling. My aunt Fanny, who it was for, has a red burn on her thigh. Photos of the split seam and the burn are attached. I can post the bottle back if you need it; please refund me.',
    'photo',
    [],
    'return',
  ),
  // mat typed in the English layout as an adjective before the item («t,fysq обогреватель»): profanity and emotional
  c(
    'r28m-55',
    'ru',
    'Инфракрасный обогреватель. 30 ноября не сработал термостат, корпус раскалился, задымилась стена за ним. Этот t,fysq обогреватель чуть не спалил нам детскую. Фото закопчённой стены прикладываю. Возврат денег, пожалуйста.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // "Worst", "disgusted"; "dangerous and defective" names no defect
  c(
    'r28m-56',
    'en',
    "Worst purchase ever. This charger is dangerous and defective and I'm disgusted. I want my money back.",
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // plain good text; money declined, a part asked for
  c(
    'r28m-57',
    'ru',
    'Детские качели с электроприводом. При сборке 8 августа обнаружила, что в корпусе блока питания щель шириной около 5 мм, через неё видны контакты платы, ребёнок туда пальцем легко достанет. Фото щели с линейкой прикладываю. Деньги возвращать не нужно, пришлите исправный блок питания.',
    'photo',
    [],
    'exchange',
  ),
  // wishing harm on the seller's own dog: threat
  c(
    'r28m-58',
    'en',
    "LED dog collar: the battery compartment overheated on the first evening (12 November) and burned a bald patch on my dog's neck. The vet's photo of the burn is attached. Refund me. Honestly, I hope your own dog gets to wear one of these all night.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // partial refund with a decimal comma (7,45 $)
  c(
    'r28m-59',
    'ru',
    'Набор из двух удлинителей. У одного треснул корпус и видны голые контакты, внучка (2 года) сразу потянулась к нему пальцами; обнаружила при распаковке 3 сентября. Второй нормальный. Фото прилагаю. Прошу вернуть стоимость одного удлинителя — 7,45 $.',
    'photo',
    [],
    'partial_refund',
    7.45,
  ),
  // "See photo" with no file; "Dangerous" names nothing; no time, no request
  c(
    'r28m-60',
    'en',
    'See photo. Dangerous.',
    'none',
    ['evidence_not_attached', 'missing_what', 'missing_when', 'missing_resolution'],
    'none',
  ),
  // sarcastic praise «гении инженерной мысли»: insult; «Забирайте свой самокат» is a return
  c(
    'r28m-61',
    'ru',
    'Трёхколёсный самокат для ребёнка. На второй поездке, 17 мая, рычаг тормоза оторвался у основания, сын не смог затормозить перед проезжей частью, я успела схватить его за капюшон. Спасибо вам, гении инженерной мысли, за такой подарок. Видео с оторванным рычагом прикладываю. Забирайте свой самокат и верните деньги.',
    'video',
    ['insult'],
    'return',
  ),
  // innocent: "blow up" describes the risk; the accusation is negated in the same sentence
  c(
    'r28m-62',
    'en',
    "Cartridge adapter for a portable gas stove. On 20 July the rubber seal split and gas hissed out around the valve; I shut everything off before anything could blow up. I'm not saying you sold it knowing it was faulty, it may be a bad batch, but it's worth checking the rest. Video of the hissing seal attached. I'd like a replacement adapter.",
    'video',
    [],
    'exchange',
  ),
  // innocent: «Блин» is neither rude nor emotional
  c(
    'r28m-63',
    'ru',
    'Термопот на 5 литров. 21 января открыла крышку после закипания — кипяток плеснул во все стороны, замок крышки не держит. Блин, рядом же ребёнок стоял. Видео, где крышка отщёлкивается сама, прикладываю. Верните деньги.',
    'video',
    [],
    'full_refund',
  ),
  // compensation with a sum; defect and date given, but no evidence
  c(
    'r28m-64',
    'ru',
    'Детская лампа-ночник на батарейках: крышка отсека открывается без отвёртки, и батарейка-таблетка выпала в тот же день, как лампа пришла (6 апреля), когда сын уронил её со стола. Такие батарейки очень опасны для малышей. Сама лампа работает, отсек я заклеила скотчем. Прошу компенсацию 300 рублей.',
    'none',
    ['missing_evidence'],
    'partial_refund',
    300,
  ),
  // mat quoted from the seller stays profanity; the seller's name-calling is not the buyer's
  c(
    'r28m-65',
    'en',
    "Hand warmer with a built-in power bank: it swelled up on 2 January and the case split along one side. Photos attached. When I asked for help, the seller replied: 'stop crying, you are full of shit, it works fine.' I'm asking for a full refund.",
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // «КОШМАР!!!»; «Видео прикладываю» with no file
  c(
    'r28m-66',
    'ru',
    'Электрочайник. 2 марта при закипании отвалилось дно, кипяток на пол, еле успела отскочить. КОШМАР!!! Видео прикладываю. Верните деньги.',
    'none',
    ['emotional', 'evidence_not_attached'],
    'full_refund',
  ),
  // "You scammers" accuses; the home address with a cousin two streets away is a threat
  c(
    'r28m-67',
    'en',
    'You scammers shipped me a heater with a cracked element and no earth wire. Found it on 4 February when I opened it up to see why it kept tripping the RCD. Photos attached. Refund me. The return label has your home address in Guangzhou on it, and my cousin lives two streets away. Think about that.',
    'photo',
    ['threat', 'accusation'],
    'full_refund',
  ),
  // innocent: «шарахнуло током» describes the fault; repair shop report and photo
  c(
    'r28m-68',
    'ru',
    'Мультиварка. 14 декабря при открывании крышки шарахнуло током через металлический ободок. Отнесли в мастерскую: пробой нагревателя на корпус, акт мастерской и фото прилагаю. Прошу заменить мультиварку на исправную.',
    'photo',
    [],
    'exchange',
  ),
  // "Dumping recalled stock … classic" labels intent; no time for the crack
  c(
    'r28m-69',
    'en',
    'This is the same scooter model that was recalled in the EU for cracking front forks, and mine has exactly that crack at the fork crown. Dumping recalled stock on AliExpress buyers — classic. Photo of the crack attached. Please refund.',
    'photo',
    ['accusation', 'missing_when'],
    'full_refund',
  ),
  // «!!» is emotional; «взорвалось» is about the chemical, not a threat
  c(
    'r28m-70',
    'ru',
    'Набор "Юный химик". 25 декабря при первом же опыте пакетик с надписью "пищевая сода" зашипел в воде и дал едкий дым, дочь закашлялась. Хорошо, что не взорвалось. Это точно не сода. Фото пакетика и инструкции прикладываю. Верните деньги!!',
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // plain good text about a choking-size part
  c(
    'r28m-71',
    'en',
    'Wooden stacking toy, labelled 12m+. On unboxing (10 October) I found one of the rings has a loose bead inside that came out with a light pull — about 6 mm across, exactly a choking size. Photo of the bead next to a coin attached. Please send a replacement ring set.',
    'photo',
    [],
    'exchange',
  ),
  // a disclaimer «я никому не угрожаю» does not cancel «я вас найду»
  c(
    'r28m-72',
    'ru',
    'Магнитный конструктор. 9 марта магнит выпал из треснувшей детали, сын (2,5 года) засунул его в нос, доставали в травмпункте. Справку и фото треснувшей детали прикладываю. Верните деньги. Я никому не угрожаю, но я вас найду, поверьте.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "the difference" without a sum; wattage mismatch and a discovery moment given
  c(
    'r28m-73',
    'en',
    "The listing said '2000W heater with overheat cut-out'. The label on the unit that arrived on 13 January says 1200W and there is no cut-out at all — I found that out when it got hot enough to blister the paint on the skirting board behind it. Photos of the label and the skirting board attached. I'll keep it for the garage, but I want the difference refunded.",
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // long: «безмозглые роботы» at the staff (insult), «!!!» (emotional), «вы прекрасно знали» (accusation)
  c(
    'r28m-74',
    'ru',
    'Пишу уже не первый раз, ответа нет. Заказывала музыкальную книжку для сына (1 год 7 месяцев), пришла 19 января. В описании было: "батарейный отсек закрыт на винт, безопасно для детей от 10 месяцев". Никакого винта нет, крышка держится на пластиковой защёлке, которая сломалась через три дня, 22 января. Я зашла в комнату, а сын сидит с батарейкой-таблеткой в руке и тянет её в рот. Если бы я вышла на пять минут дольше, мы бы сейчас не переписывались, а сидели в реанимации. Вы хоть знаете, что батарейка-таблетка за пару часов прожигает пищевод? У вас же в магазине висит десяток отзывов про эту крышку с октября, так что вы прекрасно знали и продолжаете это продавать!!! Ваша поддержка ответила мне "заклейте скотчем и не давайте ребёнку без присмотра". Я что, должна сидеть и держать крышку рукой, пока он слушает песенку про утят? Вы там вообще люди или безмозглые роботы? Фото сломанной защёлки, описания товара и отзывов прикладываю. Верните деньги полностью и снимите книжку с продажи, пока какой-нибудь другой ребёнок её не проглотил.',
    'photo',
    ['insult', 'emotional', 'accusation'],
    'full_refund',
  ),
  // partial refund in euros with a decimal comma (€18,90)
  c(
    'r28m-75',
    'en',
    'Camping gas lantern: the glass chimney cracked the first time I lit it, on 16 August, and a piece fell onto the table right next to the flame. Photos of the cracked glass attached. The lantern itself works with the glass from my old one, so please refund €18,90, which is what a replacement chimney costs.',
    'photo',
    [],
    'partial_refund',
    18.9,
  ),
  // innocent: «Ли Хуэй» is a Chinese name; exchange declined, item offered back
  c(
    'r28m-76',
    'ru',
    'Электросушилка для обуви. 2 ноября оставили её в ботинках на ночь, утром стелька обуглилась, в прихожей пахло гарью — ещё немного, и был бы пожар. 5 ноября менеджер магазина Ли Хуэй в переписке пообещал замену, но так ничего и не отправил. Фото стельки и скриншот переписки прикладываю. Замену больше не жду: готова отправить сушилку обратно, прошу вернуть деньги.',
    'photo',
    [],
    'return',
  ),
  // "Did anyone at your company make it as far as primary school science?" talks down: insult
  c(
    'r28m-77',
    'en',
    'Hand blender: on 28 February one of the plug prongs came loose and sparked in the socket, leaving a black scorch mark on the wall plate. Photo attached. Your reply said water in the socket could cause that. Did anyone at your company make it as far as primary school science? There was no water. Full refund please.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // «Я очень расстроена» is affect; no evidence; a new toy asked for
  c(
    'r28m-78',
    'ru',
    'Купила дочке мягкую игрушку-грелку с гелем. 10 февраля шов разошёлся, гель с сильным запахом растворителя вытек на простыню. Я очень расстроена, это был подарок на день рождения. Пришлите, пожалуйста, новую целую игрушку.',
    'none',
    ['emotional', 'missing_evidence'],
    'exchange',
  ),
  // "That sticker is bullsh!t" judges the item (profanity only); "fake safety marks … knowingly" accuses
  c(
    'r28m-79',
    'en',
    "The 'UL listed' sticker on this power strip is fake: on 3 June I looked up the file number in UL's online database and it doesn't exist. Screenshot of the search and a photo of the sticker are attached. That sticker is bullsh!t, and it's the only reason I bought this strip over a cheaper one. You put fake safety marks on electrical goods knowingly. Full refund.",
    'photo',
    ['profanity', 'accusation'],
    'full_refund',
  ),
  // short plain good text
  c(
    'r28m-80',
    'ru',
    'Пауэрбанк вздулся на третий день, 15 июня, корпус разошёлся по шву. Фото приложено. Верните деньги.',
    'photo',
    [],
    'full_refund',
  ),
];
