import { labelled as c, type CorpusCase } from './types';

/**
 * Round sixteen, hold-out set g: parents and grandparents buying children's clothes, toys, school supplies, pet goods and
 * craft materials in a hurry, Russian speakers from Kazakhstan, Uzbekistan, Belarus, the Urals and Siberia and English
 * written by Spanish, Portuguese and Polish speakers. Written by a hand that has not read the analyzer's rules or other
 * corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Polish mat ("kurwa") as an interjection is profanity and emotional, like English profanity.
 * - Spanish "payasos", Belarusian «ёлупні», Central Asian «ишаки» and «бараны» aimed at staff are insults.
 * - Portuguese "Ladrões" (thieves) is a fraud label: accusation.
 * - Ural «голимое барахло» judges the item and is neither rude nor emotional.
 * - «засужу, мало не покажется» is a threat (the definition lists «засужу»), though a court itself is lawful.
 * - Kazakh, Uzbek and Belarusian greetings or kin words (ассалому алейкум, рахмат, келин, дзякуй) leave a text Russian.
 * - A whole refund asked with «полностью» / "full" is full_refund; no bare whole prices are named.
 * - A text that says a file is attached with none in the form gets evidence_not_attached, never missing_evidence too;
 *   other warnings (emotional) are still labelled beside it.
 * - Every text with a file in the form also names the evidence in its text, so the file question never decides a label.
 * - A seller's name-calling quoted by the buyer is not the buyer's insult; quoted mat is profanity only.
 * - Mat as a sentence of its own («Пздц.», «6лять, сколько можно») is profanity and emotional; a predicate about the
 *   item with no "!" («полной xyйнёй», "is sh1t") is profanity only; a spaced intensifier before the item is emotional.
 * - Declining one remedy and asking money back is a full refund; «на ваше усмотрение», «половину», "half", «разницу» are
 *   partial refunds without a sum.
 */
export const ROUND16_HOLDOUT_G: CorpusCase[] = [
  // innocent: city name Ебург and «учебники»; defect, day, photo and exchange all present
  c(
    'r16g-01',
    'ru',
    'Здравствуйте. Заказывала внуку школьный рюкзак, синий, с ортопедической спинкой. Забрала в пункте выдачи в Ебурге 28 августа, а на третий день, как внук стал носить в нём учебники, у молнии на главном отделении отлетел бегунок и разошлись зубцы сантиметров на пять. Фото молнии прикладываю. Прошу заменить рюкзак на такой же, ребёнок пока ходит с пакетом.',
    'photo',
    [],
    'exchange',
  ),
  // mat with a Latin e as an exclamation with !!: profanity and emotional
  c(
    'r16g-02',
    'ru',
    'Заказала дочке платье на утренник, рост 110, как в таблице. Вечером в день получения примерили — а там бирка 92, дочка голову еле просунула. Пиздeц просто!! Утренник в пятницу, платья нет. Фото бирки и таблицы размеров прилагаю. Верните деньги полностью.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // innocent: breed name cockapoo and a lawful chargeback; complete
  c(
    'r16g-03',
    'en',
    'Hello, I bought dog harness size M for my cockapoo (chest 52 cm, exactly like in your size table). On 4 March, on our second walk, the plastic buckle on the chest strap cracked and the dog almost run to the street. I attach photo of the crack and of the buckle in two pieces. Please make full refund. I prefer to solve it here with you, if not I will ask my bank about chargeback.',
    'photo',
    [],
    'full_refund',
  ),
  // condescension about the reader's intelligence without a swear word: insult
  c(
    'r16g-04',
    'ru',
    'Для особо одарённых на складе объясняю медленно, по слогам. В описании: ка-ран-да-ши, двад-цать че-ты-ре цве-та. В коробке, которую я открыла 9 сентября при внучке, — двенадцать. Двадцать четыре минус двенадцать — двенадцать, это во втором классе проходят. Фото коробки и скрин описания прилагаю. Верните 150 рублей за недостающие карандаши.',
    'photo',
    ['insult'],
    'partial_refund',
    150,
  ),
  // veiled threat: knows the warehouse, a relative will drop by
  c(
    'r16g-05',
    'ru',
    'Ака, ассалому алейкум. Кроссовки для сына, размер 34, пришли 2 октября, через неделю подошва на правом отошла от носка, сын ходит и хлюпает. Фото подошвы прикрепил. Верните деньги за кроссовки полностью. И скажу по-дружески: склад ваш в Ташкенте я знаю, мой племянник там рядом работает, заглянет, если надо. Лучше решим по-хорошему.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // crying child is affect; 'on purpose' is a blanket accusation; facts, date, video present
  c(
    'r16g-06',
    'en',
    "Good evening. I bought building blocks set 'Fire Station' 520 pieces for my son birthday. When we opened on 12/05 the box was already open with tape, there is no instruction booklet and inside are bags from another set, a police car. My son cried all the night. It is obvious you sell returned products on purpose to people who cannot read chinese. I recorded video of the unboxing, it is attached. I want the refund of my money.",
    'video',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // innocent: the seller's rude words quoted as evidence; complete
  c(
    'r16g-07',
    'ru',
    'Добрый день. Заказывала пряжу мериносовую, цвет «пыльная роза», 10 мотков, чтобы связать внучке кардиган. При распаковке 3 ноября увидела, что 4 мотка из другой партии: номер партии на бирке другой и цвет заметно темнее, в одном изделии будут полосы. Написала продавцу, в чате мне ответили: «бабка, не морочь голову, цвет как на фото». Скриншот переписки и фото мотков рядом прикладываю. Прошу заменить 4 мотка на пряжу из той же партии, что и остальные шесть.',
    'photo',
    [],
    'exchange',
  ),
  // vague: generic words, no date, no evidence, only «разобраться»
  c(
    'r16g-08',
    'ru',
    'Товар не соответствует описанию, качество плохое. Покупала ребёнку, а пришло вот это. Прошу разобраться.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // masked profanity as a predicate about the item, no exclamation: profanity only; offers to send back
  c(
    'r16g-09',
    'en',
    'Hola. The kids scooter is sh1t, honestly. From the first day the front wheel wobbles left and right and the brake does not touch the wheel, my daughter cannot stop. Video is attached where you can see the wheel. I can send it back to you, please refund me when you receive it.',
    'video',
    ['profanity'],
    'return',
  ),
  // «разницу» without a sum: partial refund without amount
  c(
    'r16g-10',
    'ru',
    'Здравствуйте. Брали сыну школьные брюки, в описании «шерсть 70%». Когда я пришивала метку с фамилией, прочитала состав на внутренней бирке: 100% полиэстер. Фото бирки и скриншот описания прикладываю. Брюки сидят нормально, менять уже некогда, оставим, если вернёте разницу в цене.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Belarusian name-calling «ёлупні» at warehouse staff: insult; mixed Belarusian is ru
  c(
    'r16g-11',
    'ru',
    'Добры дзень. Заказывала банку бисера и стеклянные бусины для внучкиных фенечек, 2 февраля открыла посылку прямо на почте — банка разбита, бусины в осколках, всё было просто в пакете, без пупырки. Ну што за ёлупні у вас на складзе пакуюць стекло в пакет? Фото осколков прилагаю. Прошу отправить заказ заново, нормально упакованный.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // innocent: consumer office and honest review are lawful; measured mismatch, return offered
  c(
    'r16g-12',
    'en',
    "Good morning. Winter boots for my son, size 30. In your table size 30 is 19,5 cm inside. I measured with ruler the insole when they came on 21 November: 18 cm. My son cannot put his foot inside. Photo with the ruler is attached. I want to return them and get refund. If we don't agree here I will write to UOKiK and leave honest review, but I hope it is not needed.",
    'photo',
    [],
    'return',
  ),
  // knowing and threatening to publish family data: threat; «обманщики»: accusation
  c(
    'r16g-13',
    'ru',
    'Продавец, слушайте внимательно. Электромобиль для внука, аккумулятор не заряжается с первого дня: зарядку втыкаем, индикатор не горит, машина не едет. Видео прилагаю. Вы обманщики, это уже понятно. Я нашла ваш профиль в Одноклассниках, знаю, как зовут вашу жену и в какой школе учится ваш сын. Если не вернёте деньги за машину, выложу всё это в нашей городской группе.',
    'video',
    ['threat', 'accusation'],
    'full_refund',
  ),
  // says photos are attached, form has none: evidence_not_attached only
  c(
    'r16g-14',
    'en',
    'Hi, I bought 2 swimsuits for my girls (8 and 10 years) for the swimming classes. After the first time in the pool, on Saturday, the pink one lost the colour, now it is white with spots, and the other stayed OK. I send photos attached of the two swimsuits together. Please send a new pink one in size 10.',
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // transliterated mat aimed at staff in a single question: profanity and insult, not emotional
  c(
    'r16g-15',
    'ru',
    "Zdravstvuyte. Zakazyval vnuchke graficheskiy planshet dlya risovaniya, 15.10 otkryl korobku — ekran tresnul po diagonali, cherez ves planshet. Foto prikladyvayu. Vy tam na sklade sovsem dolboyoby, kidat' planshet v meshok bez korobki? Proshu zamenu na celiy.",
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // complete, but «в слёзы», «расстроена» are affect words
  c(
    'r16g-16',
    'ru',
    'Здравствуйте. Кукла с набором одежды, подарок внучке на Новый год. Открывали 5 января всей семьёй, у куклы отломана правая рука в плече, прямо в коробке лежала отдельно. Внучка в слёзы, я очень расстроена. Фото руки и коробки приложила. Прошу прислать такую же куклу на замену.',
    'photo',
    ['emotional'],
    'exchange',
  ),
  // scare quotes around 'mistake': sarcasm about honesty, accusation
  c(
    'r16g-17',
    'en',
    "Hello again. This is the third time I order ballet shoes size 28 for my daughter and third time arrive size 32. Package arrived 20 April, the label inside say 32, photo attached with the label and my order. What a big 'mistake', every time the same. Please send the 28, my daughter has presentation in May.",
    'photo',
    ['accusation'],
    'exchange',
  ),
  // innocent: «оскорблять», «сабля», «корабля» only look rude; complete partial with sum
  c(
    'r16g-18',
    'ru',
    'Добрый вечер. Я не хочу никого оскорблять, но набор «Пират» пришёл в таком состоянии: сабля сломана пополам у рукоятки, у модели корабля нет мачты и паруса, хотя на картинке они есть. Вскрывала посылку прямо на почте 14 июня и снимала на видео, видео прилагаю. Подзорная труба и треуголка целые, внук ими уже играет. Прошу вернуть 1 200 рублей за саблю и части корабля.',
    'video',
    [],
    'partial_refund',
    1200,
  ),
  // concrete defect but no time or discovery and no evidence
  c(
    'r16g-19',
    'ru',
    'Ветровка детская, рост 128. Рукава разной длины, левый короче правого на 3 см, шов на спине кривой. Носить нельзя. Прошу вернуть деньги.',
    'none',
    ['missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Polish mat as an interjection with !!: profanity and emotional
  c(
    'r16g-20',
    'en',
    "Kurwa, again!! Second filter from you and the same problem. Aquarium filter for my son fish tank works 5 days and then starts to make loud noise like tractor and stop to pump water, the fish are without oxygen. Video with the noise is attached, you can see no water coming out. Please full refund, I don't want third one.",
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // near-empty: one generic word
  c(
    'r16g-21',
    'ru',
    'Брак.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // a single two-letter word: empty_text only
  c('r16g-22', 'ru', 'ок', 'none', ['empty_text'], 'none'),
  // innocent: breed name shih tzu; complete, asks for a new cover
  c(
    'r16g-23',
    'en',
    'Hello, I bought the round pet bed size L for my shih tzu. After the first wash in the machine, 30 degrees like the label says, on 2 June, the zipper of the cover broke, the slider came off and the teeth are open. I attach two photos of the zipper. The bed itself is fine, so please send only a new cover in the same colour.',
    'photo',
    [],
    'exchange',
  ),
  // sarcastic praise of the seller's work: insult
  c(
    'r16g-24',
    'ru',
    'Браво, гении упаковки. Набор пластилина 36 цветов положили в пакет без коробки, 12 декабря открываю — бруски слиплись в один ком, коробка смята в гармошку. Внук хотел лепить динозавров, лепить нечего. Фото кома приложила. Верните деньги за набор.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // «не доводите до греха»: veiled threat; capitals and «в бешенстве»: emotional
  c(
    'r16g-25',
    'ru',
    'Я В БЕШЕНСТВЕ. Зимний комбинезон для внука, через неделю носки молния разошлась снизу доверху, ребёнок на морозе минус тридцать. Фото молнии прикрепила. Третий раз пишу в чат — тишина. Я человек пожилой, но не доводите до греха. Замените комбинезон.',
    'photo',
    ['threat', 'emotional'],
    'exchange',
  ),
  // 'upset' is affect; 'what should I do' is no request
  c(
    'r16g-26',
    'en',
    'Good afternoon. The school backpack for my son, the two shoulder straps got torn from the bag after 10 days of use, the seam opened on both sides. I am very upset, it was not cheap and now he goes to school with old bag. The photos of the straps are attached. What should I do now?',
    'photo',
    ['emotional', 'missing_resolution'],
    'none',
  ),
  // «развод», «на это и рассчитано»: accusation despite facts; sending missing parts is exchange
  c(
    'r16g-27',
    'ru',
    'Здравствуйте. Набор для вышивания крестиком «Зимний домик». В описании 24 цвета мулине, на второй день, когда разбирала нитки по органайзеру, насчитала 18: нет двух оттенков синего, белого, серого и двух коричневых. Фото органайзера и схемы с легендой цветов прилагаю. Вышлите, пожалуйста, недостающие 6 цветов. Развод для бабушек, а не набор — на это и рассчитано, что мы не пересчитаем.',
    'photo',
    ['accusation'],
    'exchange',
  ),
  // spaced mat as an interjection: profanity and emotional; sum in words
  c(
    'r16g-28',
    'ru',
    'Автокормушка для кота, таймер сбивается каждую ночь, уже три ночи подряд с первой же: вечером ставлю на 7:00, утром экран показывает 00:00 и миска пустая, кот орёт в пять утра. Б л я т ь, я не высыпаюсь третий день. Сняла на видео экран вечером и утром, видео прилагаю. Верните хотя бы две тысячи рублей, остальное как-нибудь переживу.',
    'video',
    ['profanity', 'emotional'],
    'partial_refund',
    2000,
  ),
  // plain good text; decimal comma sum
  c(
    'r16g-29',
    'en',
    'Hello. I ordered set of 12 watercolor brushes for my granddaughter. When I unpacked it on 11.02 and counted, there are 9 brushes, the three smallest sizes are missing. Photo of the set next to the listing picture is attached. Please partial refund 7,50 zł for the missing three.',
    'photo',
    [],
    'partial_refund',
    7.5,
  ),
  // innocent: consumer agency and bank dispute are lawful; missing part is an exchange
  c(
    'r16g-30',
    'ru',
    'Здравствуйте. Детский велосипед 16 дюймов, при сборке 7 мая обнаружили, что в комплекте нет двух болтов крепления руля, а в инструкции они есть (позиция 14). Без них руль не закрепить, ребёнок не может кататься. Фото пакета с крепежом и страницы инструкции прилагаю. Прошу выслать недостающие болты. Если вопрос не решится, обращусь в Агентство по защите прав потребителей и в Kaspi для оспаривания платежа.',
    'photo',
    [],
    'exchange',
  ),
  // Spanish 'payasos' (clowns) aimed at staff: insult
  c(
    'r16g-31',
    'en',
    'Hi. Set of 40 hair clips for my daughters, arrived on 3 August and when we opened we count 25, all the small butterflies missing. What a bunch of payasos you have in the warehouse, they cannot count to forty. Photo of all the clips on the table attached. Please refund 5 USD for the missing ones.',
    'photo',
    ['insult'],
    'partial_refund',
    5,
  ),
  // «на фото видно» with no file: evidence_not_attached; offers to send back
  c(
    'r16g-32',
    'ru',
    'Поводок-рулетка для собаки, 5 м. На второй прогулке, 19 октября, кнопка фиксации перестала держать: нажимаю, а лента всё равно проматывается, собака чуть не выбежала на дорогу. На фото видно, что фиксатор проваливается внутрь. Готова отправить рулетку обратно, верните деньги.',
    'none',
    ['evidence_not_attached'],
    'return',
  ),
  // innocent: «скипидар» only looks rude; complete
  c(
    'r16g-33',
    'ru',
    'Добрый день. Брала внучке набор масляных красок, 24 тюбика, и скипидар для разбавления. Вскрыли 22 января: два тюбика (кадмий жёлтый и ультрамарин) лопнули по шву, краска вытекла на остальные тюбики, ими можно пользоваться только в перчатках. Фото коробки прилагаю. Прошу прислать замену двух тюбиков, остальное оставим.',
    'photo',
    [],
    'exchange',
  ),
  // non-receipt with elapsed time and tracking; ??? emotional; 'thieves' accusation
  c(
    'r16g-34',
    'en',
    "Where is my order??? I paid R$ 120 on 2 February for the musical mobile for my baby crib, it is 45 days and nothing. Tracking stopped in São Paulo 20 days ago, the post office says they don't have it. Ladrões, you are thieves. I want my money back.",
    'none',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // innocent: Ural «голимое барахло» judges the item, not a person
  c(
    'r16g-35',
    'ru',
    'Здравствуйте. Фломастеры двусторонние, 12 штук, для школы. 2 сентября внук сел рисовать: 8 из 12 сухие с обеих сторон, остальные пишут только тонким концом. Голимое барахло, честно говоря. Фото с пробами на листе прилагаю. Прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // 'it would be a pity if something happen' plus friends visiting: veiled threat
  c(
    'r16g-36',
    'en',
    'Hello. Night lamp projector for my baby room. From the third day the music does not turn off with the button and the light stopped working, only the music plays all night. Video attached. Please refund. It would be a pity if something happen to your little shop, I have some friends in Shenzhen who can pass by and see how you work.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // declines a return, asks part «на ваше усмотрение»: partial without amount
  c(
    'r16g-37',
    'ru',
    'Ассалому алейкум. Набор бисера 20 цветов в баночках для дочкиной поделки в школу. При открытии 16 марта 4 баночки оказались пустыми, крышки заклеены, а внутри ничего. Фото пустых баночек прилагаю. Возврат товара не нужен, верните часть суммы на ваше усмотрение. Рахмат.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // mat without vowels as a sentence of its own: profanity and emotional; «кидалы»: accusation; track is evidence
  c(
    'r16g-38',
    'ru',
    'Пздц. Два месяца жду колготки внучке, трек не обновляется с 3 апреля. Кидалы. Верните деньги.',
    'none',
    ['profanity', 'emotional', 'accusation'],
    'full_refund',
  ),
  // plain good text
  c(
    'r16g-39',
    'en',
    'Hello. I ordered pack of 3 kids raincoats size 6T. When I opened the bag on 14/09, two are 6T and one is 4T, the label says 4T and it is clearly smaller. Photo of the three labels attached. Please send one raincoat 6T, same colour yellow.',
    'photo',
    [],
    'exchange',
  ),
  // «ишаки» aimed at staff: insult
  c(
    'r16g-40',
    'ru',
    'Ишаки вы на складе, честное слово. Заказывала чехол для детского планшета 10.2, а пришёл на iPad mini — при примерке 30 января планшет просто не влез. Фото чехла на планшете и скрин заказа прилагаю. Готова вернуть чехол, оформите возврат и деньги.',
    'photo',
    ['insult'],
    'return',
  ),
  // affect words, no concrete problem, no time, no evidence; asks refund
  c(
    'r16g-41',
    'ru',
    'Ужас, а не товар. Пришло что-то непонятное, совсем не то, что на картинке. Дочь расстроена. Верните деньги.',
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // innocent: the seller's insult quoted as evidence; complete
  c(
    'r16g-42',
    'en',
    "Hello, bird cage for my parakeet, model with two doors. When we assembled it on Sunday 8 October, the small door latch was missing, so the door stays open and the bird can fly out. I wrote in the chat and the seller answered me 'you are stupid customer, look better in the box'. I looked, it is not there. Screenshot of the chat and photo of the door attached. Please send the missing latch.",
    'photo',
    [],
    'exchange',
  ),
  // quoted seller mat stays profanity; the quoted name-calling is not the buyer's insult
  c(
    'r16g-43',
    'ru',
    'Здравствуйте. Тапочки детские, при распаковке 10 февраля увидела, что в паре разные размеры: на левом 22, на правом 24. Написала продавцу, он ответил в чате: «да пошла ты на х..., бабка, сама перепутала». Скриншот переписки и фото подошв с размерами прикладываю. Прошу вернуть деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // 'half' without a sum; no time or discovery
  c(
    'r16g-44',
    'en',
    'Hello. The plush unicorn has a big hole under the horn, the stuffing is coming out. Photo attached. We keep it because my daughter already loves it and sleeps with it, I will sew it myself, but please refund half.',
    'photo',
    ['missing_when', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «засужу, мало не покажется»: threat by the definition
  c(
    'r16g-45',
    'ru',
    'Набор слаймов для внучки, 12 баночек. При вскрытии коробки 11.11 три баночки оказались треснутыми, слайм протёк и залил остальное, всё слиплось. Фото прилагаю. Верните деньги, или я вас засужу, мало не покажется.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // innocent: strong but calm, lawful escalation; complete
  c(
    'r16g-46',
    'ru',
    'Добрый день. Самокат для внука, складной. Механизм складывания не фиксируется: 6 июня на ходу руль сложился вперёд, внук упал и разбил колено. На видео видно, как защёлка не входит в паз даже при нажатии. Считаю товар опасным для детей. Прошу вернуть полную стоимость. Если не договоримся, обращусь в поддержку AliExpress, в банк и в Роспотребнадзор.',
    'video',
    [],
    'full_refund',
  ),
  // spaced profanity as an intensifier before the item: profanity and emotional
  c(
    'r16g-47',
    'en',
    'This F U C K I N G stroller fan. The clip broke the first day when I put it on the stroller, the plastic just cracked in two. My baby was sweating under the sun the whole walk. Photo of the broken clip attached. Send me one that works.',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // negated «специально» is no accusation; no evidence named or attached
  c(
    'r16g-48',
    'ru',
    'Здравствуйте. Брали внучке пимы (валенки с галошей), размер 28. Через две недели носки у правого отклеилась галоша от войлока по всей пятке, снег набивается внутрь. Не думаю, что вы это специально, но у нас морозы, ребёнку ходить не в чем. Прошу заменить на новую пару.',
    'none',
    ['missing_evidence'],
    'exchange',
  ),
  // mat with a digit aimed at people, with !!!: profanity, insult, emotional
  c(
    'r16g-49',
    'ru',
    'Е6ланы!!! Костюм снеговика на ёлку, открыли 25 декабря утром — шапки-ведра нет, а она на картинке и в описании комплекта. Утренник 26-го, ребёнок без шапки. Фото содержимого пакета прилагаю. Верните 1500 рублей за шапку.',
    'photo',
    ['profanity', 'insult', 'emotional'],
    'partial_refund',
    1500,
  ),
  // vague outburst: 'terrible', nothing concrete, no request
  c(
    'r16g-50',
    'en',
    'Terrible quality, not as described. I regret to buy this for my son, nothing like in the pictures.',
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // plain good text with Belarusian courtesy words and a decimal comma
  c(
    'r16g-51',
    'ru',
    'Добры дзень. Набор фетра для рукоделия, в описании 40 листов 20×30 см. Пересчитала при распаковке 17.03 — 30 листов, не хватает всех зелёных и коричневых оттенков. Фото листов, разложенных по цветам, прилагаю. Прошу вернуть 12,40 BYN за недостающие 10 листов. Дзякуй.',
    'photo',
    [],
    'partial_refund',
    12.4,
  ),
  // condescension ('short words so even your warehouse can understand'): insult
  c(
    'r16g-52',
    'en',
    'I will write slowly and with short words so even your warehouse can understand. Pencil case. On photo: with ruler and sharpener inside. On 1 September I opened it. No ruler. No sharpener. Photo attached. Please refund 15 zł for the missing things.',
    'photo',
    ['insult'],
    'partial_refund',
    15,
  ),
  // «кошмар» is affect; says video and photo attached with no file
  c(
    'r16g-53',
    'ru',
    'Кошмар. Переноска для кота, первая же поездка к ветеринару — ручка оторвалась вместе с куском пластика, переноска упала на асфальт, кот внутри. Видео распаковки и фото ручки прикладываю. Прошу оформить возврат, отправлю переноску обратно.',
    'none',
    ['emotional', 'evidence_not_attached'],
    'return',
  ),
  // innocent: «барсук», «ребёнок» only look rude; complete
  c(
    'r16g-54',
    'ru',
    'Здравствуйте. Плюшевый барсук 30 см, подарок внуку. На второй день у барсука отвалился пластиковый глаз, держался на одной капле клея, ребёнок успел взять его в рот. Хорошо, что я была рядом. Фото игрушки и глаза прилагаю. Для маленьких детей такое не годится, прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // knowing the owner's name and family: veiled threat
  c(
    'r16g-55',
    'en',
    'Hello. Spider-Man costume for my son birthday, size 6. The morning of the party, 21 July, when he put the mask the seam on the side opened completely. Photo attached. I want my money back. And you should know I saw the name of the owner in my bank statement and I found your family on Facebook. Think about that before you answer.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «вы специально»: accusation; no evidence
  c(
    'r16g-56',
    'ru',
    'Шапка детская с помпоном, после первой прогулки помпон оторвался, держался на одной нитке. Вы специально продаёте такое, знаете же, что дети не будут жаловаться. Прошу заменить шапку.',
    'none',
    ['accusation', 'missing_evidence'],
    'exchange',
  ),
  // declines an exchange and asks money back: full refund; complete
  c(
    'r16g-57',
    'ru',
    'Здравствуйте. Ланч-бокс детский с двумя отделениями. На второй день в школу внучка понесла суп — крышка не защёлкивается с одной стороны, суп вытек в портфель, учебники мокрые. Фото защёлки прилагаю, видно, что выступ отломан. Замену не надо, боюсь, будет то же самое. Верните, пожалуйста, деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // innocent: bird name cockatiel; missing part as exchange
  c(
    'r16g-58',
    'en',
    'Good morning. I bought the wooden swing with bell for my cockatiel. When I opened the package on 2 August there was no hook to hang it in the cage, only the swing. Photo of everything in the package attached. Please send the hook.',
    'photo',
    [],
    'exchange',
  ),
  // transliterated Russian, plain good text
  c(
    'r16g-59',
    'ru',
    'Zdravstvuyte. Zakazyvala multifory dlya shkoly, v opisanii 100 sht, prishlo 50. Pereschitala pri raspakovke 26 avgusta, foto pachki prikladyvayu. Proshu vernut 90 rubley za nedostayushchie 50 sht.',
    'photo',
    [],
    'partial_refund',
    90,
  ),
  // telling the seller to go away with minced mat: profanity only; refuses compensation, asks full refund
  c(
    'r16g-60',
    'ru',
    'Коньки детские раздвижные. На первой же тренировке 14 ноября механизм раздвижки сломался, правый конёк теперь сам съезжает на размер меньше. Видео прилагаю. Вы мне предложили 200 рублей компенсации — идите нах со своими двумястами рублями. Верните полную стоимость коньков.',
    'video',
    ['profanity'],
    'full_refund',
  ),
  // sum in words; no time or discovery, no evidence
  c(
    'r16g-61',
    'en',
    'Hello. The box of 500 pony beads for bracelets, the bag inside is less than half full, I think about 200 beads. Please refund ten euros for the missing beads.',
    'none',
    ['missing_when', 'missing_evidence'],
    'partial_refund',
    10,
  ),
  // «для тупеньких»: insult; tracking number in text is evidence; one capital word is not shouting
  c(
    'r16g-62',
    'ru',
    'Для тупеньких повторяю в третий раз: посылка НЕ пришла. Трек LP00512347891234, последний статус «покинула сортировочный центр» 2 апреля, сегодня 24 мая. Ранец внуку к школе я уже купила в магазине в Караганде. Не надо мне больше писать «подождите ещё». Верните деньги.',
    'none',
    ['insult'],
    'full_refund',
  ),
  // plain good text
  c(
    'r16g-63',
    'en',
    'Hello. Hamster cage with tubes, when assembling on 9 January I found that one of the plastic tubes (the long curved one) has crack along all the length, the hamster could bite it and escape. Photos of the crack are attached. Please send replacement tube.',
    'photo',
    [],
    'exchange',
  ),
  // «обидно до слёз»: affect; «половину» without a sum
  c(
    'r16g-64',
    'ru',
    'Гончарный круг детский, брали внуку на день рождения. В первый же вечер включили — мотор гудит, а круг не крутится, если чуть придержать. Обидно до слёз, ребёнок так ждал. Видео прилагаю. Верните хотя бы половину стоимости.',
    'video',
    ['emotional', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // innocent: PROCON, chargeback and review are lawful; non-receipt with tracking
  c(
    'r16g-65',
    'en',
    "Hello. I paid the order for the school lunch bag and the water bottle 6 weeks ago, on 3 March. The tracking LB123456789CN shows last update 'arrived at destination country' on 28 March and nothing more. I please ask full refund. If not resolved, I will open a complaint in PROCON, ask chargeback with my bank and write an honest review.",
    'none',
    [],
    'full_refund',
  ),
  // mat with Latin x and y as a predicate about the item, no !: profanity only
  c(
    'r16g-66',
    'ru',
    'Эргорюкзак для малыша. Пряжка поясного ремня оказалась полной xyйнёй: лопнула на второй прогулке, хорошо, что муж поддержал ребёнка. Фото пряжки прилагаю. Готова отправить обратно, верните деньги.',
    'photo',
    ['profanity'],
    'return',
  ),
  // proverb-like «мир тесен, а у меня память хорошая»: veiled threat
  c(
    'r16g-67',
    'ru',
    'Детский пластиковый аквариум. При первом наполнении 2 марта дно треснуло, вода на столе, на полу, рыбки чудом живы. Фото трещины приложила. Верните деньги. Мир тесен, а у меня память хорошая.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // shouting in capitals; no evidence
  c(
    'r16g-68',
    'en',
    'I AM REALLY ANGRY. Rain boots for my son, the left one leaks water from the first rainy day, his sock is wet every time. Please send another pair.',
    'none',
    ['emotional', 'missing_evidence'],
    'exchange',
  ),
  // innocent: place name Сучжоу; non-receipt with elapsed time and tracking
  c(
    'r16g-69',
    'ru',
    'Добрый день. Заказ от 5 мая: набор для рисования и школьный пенал. Прошло 38 дней. По отслеживанию последний статус от 20 мая — «принято на склад, Сучжоу», дальше ничего не движется. Прошу вернуть деньги за заказ.',
    'none',
    [],
    'full_refund',
  ),
  // «ну конечно, «случайно»»: sarcasm about honesty, accusation
  c(
    'r16g-70',
    'ru',
    'Заказывали наклейки для тетрадей с динозаврами, сын сам выбирал. При распаковке 4 сентября — наклейки с принцессами. Ну конечно, «случайно» положили, как всегда. Фото листов наклеек и скрин заказа прилагаю. Пришлите динозавров.',
    'photo',
    ['accusation'],
    'exchange',
  ),
  // masked profanity before a fraud label: profanity and accusation; !! emotional
  c(
    'r16g-71',
    'en',
    "60 days waiting for cat scratching post. Tracking stuck on 'departed from origin' since 12 January. You f*cking scammers!! Refund me now.",
    'none',
    ['profanity', 'emotional', 'accusation'],
    'full_refund',
  ),
  // complete but only asks what to do: no request
  c(
    'r16g-72',
    'ru',
    'Здравствуйте. Варежки детские на резинке. В описании длина резинки 60 см, измерила сантиметром при получении 12 ноября — 40 см, ребёнку в первом классе не хватает, варежки не надеть через рукава. Фото с сантиметром прилагаю. Что мне теперь делать?',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // long: «в шоке», crying: emotional; «обманщики»: accusation; facts, date, photo and a sum
  c(
    'r16g-73',
    'ru',
    'Здравствуйте. Пишу уже второй раз, первый раз мне ответили шаблоном, поэтому опишу всё подробно. Я бабушка, живу в Новосибирске, собирала внучке Полине в первый класс. Заказ от 10 августа, пришёл 22 августа, вскрывали вечером того же дня вместе с дочерью. В заказе было: ранец с мешком для сменки, пенал с наполнением, набор тетрадей 12 штук, обложки, краски и кисти. Ранец хороший, претензий нет. А дальше: в пенале вместо 12 цветных карандашей 6, нет точилки и ластика, которые есть на фото товара. Тетрадей 10, а не 12. Мешок для сменки порван по шву сбоку, дырка с ладонь. Краски — один ряд из шести раскрошен, кисточки нет вообще. Я всё разложила на столе и сфотографировала, фото прилагаю, там же скриншот описания. Честно, я в шоке. Полина плакала, ей всё это обещали к линейке. Такое ощущение, что на пенсионеров рассчитано: бабка не пересчитает, не заметит. Обманщики вы, по-другому не скажу. Ранец и обложки оставляю. За недостающее и порванное прошу вернуть 700 рублей, я посчитала по ценам из вашего же магазина. Жду ответа.',
    'photo',
    ['emotional', 'accusation'],
    'partial_refund',
    700,
  ),
  // sarcastic praise 'geniuses of packaging': insult; decimal comma
  c(
    'r16g-74',
    'en',
    'Congratulations, geniuses of packaging. Six glass jars of paint for my kids, in a paper bag, no bubble wrap. I opened on 5 March and recorded: three jars broken, paint all over the other three. Video attached. Please refund 4,50 € for the three broken.',
    'video',
    ['insult'],
    'partial_refund',
    4.5,
  ),
  // mat with a digit as an interjection: profanity and emotional
  c(
    'r16g-75',
    'ru',
    'Детские часы-телефон внучке, с первого дня не видят сим-карту, пишут «нет SIM». Симку проверили в телефоне — работает. 6лять, сколько можно, третий день с вами переписываюсь. Фото экрана часов и скриншот переписки прилагаю. Верните деньги.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // 'came with defect' names nothing; receipt date next to a defect counts as when
  c(
    'r16g-76',
    'en',
    'Hello, I received the order on 3 May and the product came with defect. Photo attached. Please exchange.',
    'photo',
    ['missing_what'],
    'exchange',
  ),
  // says photo attached with no file; sum in words in tenge
  c(
    'r16g-77',
    'ru',
    'Здравствуйте. Сортер для внука, в описании 12 фигурок, при распаковке 8 июля нашли 9: нет звезды, треугольника и сердечка. Фото прикрепила. Келин говорит, проще вернуть часть денег. Верните, пожалуйста, две тысячи тенге за недостающие фигурки.',
    'none',
    ['evidence_not_attached'],
    'partial_refund',
    2000,
  ),
  // accusation taken back in the same sentence is none; complete
  c(
    'r16g-78',
    'en',
    'Hello. Set of bamboo knitting needles, 11 pairs from 2 mm to 10 mm. Opened it on 30 November and the 4 mm pair is missing, and it is the one I need for my grandson sweater. I am not saying you did it on purpose, these things happen, but it is a pity. Photo of the case with the empty place attached. Please send the missing pair.',
    'photo',
    [],
    'exchange',
  ),
  // «бараны» at staff: insult; a relative visiting to talk: veiled threat
  c(
    'r16g-79',
    'ru',
    'Бараны у вас в отделе отправки. Заказывала добок для тхэквондо, рост 150, прислали 140 — на примерке 11 сентября рукава до локтя, штаны выше щиколотки. Фото с биркой прилагаю. Замените на 150. И учтите, мой зять часто бывает в Гуанчжоу по работе, может зайти к вам, поговорить по-мужски.',
    'photo',
    ['threat', 'insult'],
    'exchange',
  ),
  // plain good text with Uzbek courtesy words; compensation in sum
  c(
    'r16g-80',
    'ru',
    'Ассалому алейкум. Глобус для внука, с подсветкой. Распаковали 19 сентября — на глобусе вмятина в районе Африки, сантиметра три, подсветка работает. Фото вмятины прилагаю. Внук уже пользуется, менять не хотим. Прошу вернуть 25 000 сум как компенсацию за вмятину. Рахмат.',
    'photo',
    [],
    'partial_refund',
    25000,
  ),
];
