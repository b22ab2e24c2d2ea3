import { labelled as c, type CorpusCase } from './types';

/**
 * Round thirty-two, hold-out set Y: buyers who write about impressions (quality, fit, feel, smell, looks, "not like the
 * photo", comparisons with a shop or an earlier order), sometimes with one concrete fault and sometimes with none.
 * Written by a hand that has not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md and
 * DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - «не как на фото», «фото в карточке/в объявлении», "the listing photos", "the picture suggested" point at the seller's
 *   pictures: they name no evidence of the buyer's and claim nothing attached (missing_evidence when no file).
 * - Feel and look words with no listing fact or symptom («шершавая, как бумага», «кожа будто картонная», «как ночнушка»,
 *   «дешёвая на ощупь», "feels cheap", "looks like a toy", «ткань не та») are impressions: missing_what. A material,
 *   colour, size or scent set against the listing (acrylic for cashmere, beige for grey, shiny polyester for matte
 *   satin, paraffin for vanilla) or a visible defect (threads sticking out of every seam) is concrete.
 * - A smell named with its persistence (rubber smell not gone after ten days of airing) is a concrete symptom;
 *   "smells nothing like the original, like cheap air freshener" is an impression.
 * - "disappointed", «разочарована», "upset", "ridiculous", "worst", «обидно до слёз», «сижу и реву» are affect
 *   (emotional); «удручающее», «так себе», "cheap", «дешёвка» are judgements of the item (not emotional).
 * - «Могу прислать фото» names a kind of evidence without saying it is attached: neither missing_evidence nor
 *   evidence_not_attached. A file in the form is evidence even when the text does not mention it.
 * - A relative receipt time next to a complaint («получила позавчера», "received it yesterday", "got it last week")
 *   counts as "when", like a receipt date; a wait before a defect («ждали целый месяц») does not.
 * - Chat time stamps are not the problem's time; the pasted chat (57) gives the discovery moment in the buyer's line.
 * - «290 рублей — это полная стоимость» asks for the whole price: full refund. "Send a replacement tap, or a whole new
 *   butt" is an exchange either way.
 * - «Вы же не хотите, чтобы с вашей семьёй что-нибудь случилось…» and "print your home address with your photo and pin it
 *   up" are threats; «не доводите до греха» is a threat (as in DECISIONS).
 * - «бляха ремня» (belt buckle), «сучки» in wood, «пипидастр», «херес», «потребителя», «командировку», «мандалы»,
 *   Cockermouth, cocktail, fanny pack, Dickies, water butt, Arsenal, assessment are innocent.
 */
export const ROUND32_HOLDOUT_Y: CorpusCase[] = [
  // One concrete fault (handle torn, seam split) among impressions; time, photo, request: ready.
  c(
    'r32y-01',
    'ru',
    `Заказывала сумку-шоппер из плотного хлопка. Впечатление в целом так себе, выглядит проще, чем на картинках, но писать бы не стала, если бы не ручка: на третий день носки она оторвалась, шов просто разошёлся по всей длине. Фото прикладываю. Прошу вернуть деньги полностью.`,
    'photo',
    [],
    'full_refund',
  ),
  // Only impressions ("так себе", "не то, что на фото" = the listing): no what, no time, no evidence; refund asked.
  c(
    'r32y-02',
    'ru',
    `Получила платье. Качество так себе, совсем не то, что на фото в карточке. В обычном магазине за эти деньги можно купить гораздо лучше. Верните деньги.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // "disappointed" is affect; vague; "Not sure what to do now" is no request.
  c(
    'r32y-03',
    'en',
    `Honestly, I'm disappointed. The jacket feels cheap and looks nothing like the photos on the listing. My last order from your store was so much better. Not sure what to do now.`,
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Latin "x" disguises mat that judges the item (profanity only); acrylic vs cashmere is concrete.
  c(
    'r32y-04',
    'ru',
    `Шарф — xуйня, а не кашемир. В описании 100% кашемир, на вшитой этикетке написано 100% акрил. Получила 12 ноября, этикетку сфотографировала, фото во вложении. Верните деньги.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Innocent "fanny pack"; shop comparison is context, the snapped buckle is the fault: ready.
  c(
    'r32y-05',
    'en',
    `The fanny pack I ordered (black, with the silver clip) arrived on 20 May and the plastic buckle snapped the very first time I clipped it shut. Overall it feels a lot cheaper than the one I bought in a shop last year, but the buckle is the actual problem. Photo of the broken clip attached. I'd like a replacement, please.`,
    'photo',
    [],
    'exchange',
  ),
  // Talking down to the warehouse ("для тех, кто не отличает…") is an insult; otherwise complete.
  c(
    'r32y-06',
    'ru',
    `Объясняю для тех, кто на складе не отличает бежевый от серого: я заказывала серые шторы, пришли бежевые. Увидела сразу при распаковке, 3 апреля. Фото прилагаю. Замените на серые.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // A single two-letter word: empty text only.
  c('r32y-07', 'ru', `ну`, 'none', ['empty_text'], 'none'),
  // Veiled threat (people turning up at the warehouse); matte satin vs shiny polyester is concrete; no time.
  c(
    'r32y-08',
    'en',
    `The dress looks nothing like the photo: the listing shows matte satin, what came is shiny, crinkly polyester. I've found out where your warehouse is in Yiwu and what your manager's name is. It would be a shame if some people turned up there asking questions. Refund me.`,
    'photo',
    ['threat', 'missing_when'],
    'full_refund',
  ),
  // Fraud label plus impressions only.
  c(
    'r32y-09',
    'ru',
    `Мошенники. Фото в объявлении одно, а присылаете совсем другое качество. Второй раз у вас заказываю и второй раз не то. Верните деньги.`,
    'none',
    ['accusation', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Lawful steps (chargeback, Роспотребнадзор) in a complete polite text: ready.
  c(
    'r32y-10',
    'ru',
    `Добрый день. Пишу по заказу пуховика (цвет графит, размер 48), получен 9 января. Общее впечатление, честно говоря, среднее: ткань выглядит проще, чем на фотографиях, и пахнет складом, но это я готова была простить. Не могу простить другое: при первой же примерке сломалась молния — бегунок слетел с левой стороны и обратно не надевается, куртку невозможно застегнуть. Всё снято на видео, файл прикладываю. Я уже писала в чат магазина 10 и 12 января, ответа нет. Если вопрос не решится в рамках спора, я обращусь в свой банк с запросом на возврат платежа (chargeback) и напишу жалобу в Роспотребнадзор. Прошу полный возврат средств.`,
    'video',
    [],
    'full_refund',
  ),
  // Masked "sh!t" as a predicate about the print, no "!": profanity only; colour mismatch is concrete.
  c(
    'r32y-11',
    'en',
    `Got the cushion covers on 14 October. The print is sh!t: the listing shows bright teal leaves, mine are a washed-out grey-green. Photo next to the listing picture attached. Please send the teal ones.`,
    'photo',
    ['profanity'],
    'exchange',
  ),
  // "!!", «в шоке», «обидно до слёз»; vague; «сделайте что-нибудь» is no request.
  c(
    'r32y-12',
    'ru',
    `Я в шоке!! Заказывала как на картинке, а получила непонятно что. Дешёвка дешёвкой. Обидно до слёз, это был подарок маме на юбилей. Сделайте что-нибудь.`,
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Quoted seller words and an honest review are innocent; measured size mismatch; partial with a sum: ready.
  c(
    'r32y-13',
    'en',
    `Hi. The wool throw arrived on 3 March. It's softer than I expected, no complaints there, but it's 130 x 150 cm, not the 150 x 200 cm listed – I measured it with a tape measure the same evening. In the chat your agent replied "all our blankets are correct size, buyer is wrong". I have a screenshot of that chat and photos of the tape measure. I'll leave an honest review once this is settled. I'd accept a partial refund of $14 and keep the throw.`,
    'photo',
    [],
    'partial_refund',
    14,
  ),
  // Dropped-vowel mat set against the thing: profanity only; chip and bubbles are concrete.
  c(
    'r32y-14',
    'ru',
    `Ваза — пздц, а не хрусталь: обычное мутное стекло с пузырями внутри, а на донышке скол с ноготь. Распаковала вчера, 18.02. Фото приложила. Верните деньги.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Comparison with an earlier pair only; «на ваше усмотрение» is a partial refund without a sum.
  c(
    'r32y-15',
    'ru',
    `Кроссовки вроде бы те же, но ощущение совсем не то, что от прошлой пары из вашего магазина: всё какое-то дешёвое, несерьёзное. Оставлю себе, но верните часть денег, сумму на ваше усмотрение.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Sarcastic praise of the staff is an insult; the rest is impression.
  c(
    'r32y-16',
    'en',
    `Bravo, geniuses of quality control. The lamp shade looks nothing like the pictures and the whole thing feels like it was made out of a cereal box. Refund please.`,
    'none',
    ['insult', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Knowing where the manager lives and her son's school: threat; the text is otherwise complete.
  c(
    'r32y-17',
    'ru',
    `Кольцо потемнело через неделю носки, а в описании заявлено серебро 925 пробы. Фото прикладываю. Я знаю, где живёт ваш менеджер Алина и в какую школу ходит её сын. Подумайте хорошенько, прежде чем снова отказывать. Верните деньги.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «бляха ремня» is the buckle, not an oath; plastic for metal is concrete: ready.
  c(
    'r32y-18',
    'ru',
    `Ремень в целом смотрится солидно, но бляха ремня оказалась не металлической, как в описании, а пластиковой, покрашенной под латунь: краска облезла за первые два дня носки. Фото прикладываю. Прошу заменить на ремень с металлической бляхой.`,
    'photo',
    [],
    'exchange',
  ),
  // Vague look-and-feel complaint with receipt date, photo and an offer to send it back.
  c(
    'r32y-19',
    'en',
    `Received the handbag on 11 June. To be honest it just isn't the bag from your photos – it looks and feels cheap, like something from a market stall. I attached a photo of it next to your listing picture. I'd like to send it back for a refund.`,
    'photo',
    ['missing_what'],
    'return',
  ),
  // Spaced mat cried out on opening the parcel: profanity and emotional; leatherette for leather is concrete.
  c(
    'r32y-20',
    'ru',
    `Открыла посылку — б л я т ь, опять не то. В описании натуральная кожа, а сумка из кожзама, на сгибах уже трещинки. Получила 5 марта, фото прилагаю. Верните деньги.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Sarcasm about honesty ("Very honest of you") accuses; the scent comparison is an impression.
  c(
    'r32y-21',
    'en',
    `The perfume smells nothing like the original I used to buy at the department store, more like a cheap air freshener. Very honest of you to use the brand's own bottle photos. Refund please.`,
    'none',
    ['accusation', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // A persistent rubber smell is a concrete symptom; offers the mat back: ready return.
  c(
    'r32y-22',
    'ru',
    `Коврик для йоги получен 22 сентября. Выглядит он, честно говоря, попроще, чем на картинках, но это ладно. Проблема в другом: от него резкий запах резины, проветриваю уже десять дней на балконе — не уходит, заниматься на нём невозможно. Фото коврика и этикетки прилагаю. Готова отправить его обратно, прошу вернуть деньги.`,
    'photo',
    [],
    'return',
  ),
  // «валенки на складе» calls the staff a name (the deer are on the pillowcases).
  c(
    'r32y-23',
    'ru',
    `Ну вы и валенки на складе. Заказывала наволочки с совами, прислали с оленями. Получила 7 декабря, фото приложено. Пришлите с совами, пожалуйста.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // "UGH" and "Worst" are emotional; vague; sending them back for money is a return.
  c(
    'r32y-24',
    'en',
    `UGH. Worst purchase I've made all year. The sneakers look like a cheap market-stall version of what was in the pictures. I'm sending them back and I want my money.`,
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence'],
    'return',
  ),
  // Masked mat asked of the seller: profanity and insult; "ткань не та, шершавая" is an impression; no time.
  c(
    'r32y-25',
    'ru',
    `Вы там ох*ели совсем? Третий раз беру у вас постельное бельё, и третий раз ткань не та, что в первый: шершавая, как бумага. Фото прилагаю. Верните деньги.`,
    'photo',
    ['profanity', 'insult', 'missing_what', 'missing_when'],
    'full_refund',
  ),
  // Cockermouth, cocktail and a chargeback are innocent; non-receipt with a date and a tracking screenshot: ready.
  c(
    'r32y-26',
    'en',
    `Hello, I live in Cockermouth and the courier marked my parcel as delivered on 2 August, but nothing arrived – the tracking shows it was signed for at a different postcode. It's a set of six cocktail glasses. Screenshot of the tracking page attached. Please refund me in full; if the dispute can't sort it out I'll ask my bank for a chargeback.`,
    'photo',
    [],
    'full_refund',
  ),
  // Says a photo is attached but the form has none; «всё не то» is vague; relative receipt time counts.
  c(
    'r32y-27',
    'ru',
    `Прикладываю фото, сами посмотрите: это не тот комбинезон, что на картинке. Ткань не та, вид не тот, всё не то. Получила позавчера. Хочу вернуть его и получить деньги обратно.`,
    'none',
    ['evidence_not_attached', 'missing_what'],
    'return',
  ),
  // Spreading the owner's home address among buyers: threat (publishing personal data).
  c(
    'r32y-28',
    'en',
    `The watch strap is sold as genuine leather; it's plastic with a printed grain, and it cracked at the buckle hole after four days. I have your store owner's full name and home address from the business registry, and I'm happy to share them in every buyers' group I'm in. Full refund, today.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «пипидастр» is a duster; a missing part sent later is an exchange: ready.
  c(
    'r32y-29',
    'ru',
    `Заказала пипидастр (метёлку для пыли) в наборе с салфетками из микрофибры. Метёлка пришла, смотрится хлипко, ну да ладно, а вот салфеток в коробке нет вообще — только пустой пакет с наклейкой. Распаковывала 14 мая при курьере, есть видео, прикладываю. Дошлите, пожалуйста, салфетки.`,
    'video',
    [],
    'exchange',
  ),
  // «для тупеньких» and a word cut into syllables talk down: insult.
  c(
    'r32y-30',
    'ru',
    `Для тупеньких повторяю: на фото в карточке платье изумрудное, пришло болотно-зелёное и тусклое. Ещё раз, по слогам: и-зу-мруд-но-е. Получила 30 октября. Фото прилагаю. Верните деньги.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Polyester for linen is concrete; "half" is a partial refund without a sum.
  c(
    'r32y-31',
    'en',
    `The tablecloth is usable, but it's clearly not the linen from the description – the care label says 100% polyester. I noticed when I washed it for the first time last weekend. Photo of the label attached. I'll keep it if you refund half.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "??" is emotional, «вы специально» accuses; threads from every seam is concrete; no time, no evidence.
  c(
    'r32y-32',
    'ru',
    `Это вообще нормально?? Кофта с виду как с рынка, из каждого шва торчат нитки, а в описании «премиум». Вы специально выкладываете чужие фото, чтобы люди велись. Верните деньги.`,
    'none',
    ['emotional', 'accusation', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Digits for a syllable, a judgement followed by a filler: profanity only.
  c(
    'r32y-33',
    'ru',
    `Чайник — 3,14здец полный: через неделю ручка отошла от корпуса и болтается. Купила в ноябре, фото прикладываю. Прошу заменить на новый.`,
    'photo',
    ['profanity'],
    'exchange',
  ),
  // "Quality is poor" with a date, photo and request: only the what is missing.
  c(
    'r32y-34',
    'en',
    `Two throw pillows received on 9 April. Quality is poor, nothing like my previous order from you. Photos attached. Please refund.`,
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // «Не доводите до греха» menaces; the hat is only "cheap to the touch".
  c(
    'r32y-35',
    'ru',
    `Шапка какая-то дешёвая на ощупь и выглядит как с распродажи в переходе, а стоила как в нормальном магазине. Не доводите до греха, верните деньги по-хорошему.`,
    'none',
    ['threat', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // The seller's rude reply quoted as evidence is not the buyer's: ready.
  c(
    'r32y-36',
    'en',
    `Timeline: the raincoat for my daughter arrived on 16 November; in the first proper rain the seams along the shoulders leaked and her jumper was soaked through. When I messaged, the seller replied: "maybe your child is just clumsy". A screenshot of that chat and photos of the seams are attached. I'd like a full refund.`,
    'photo',
    [],
    'full_refund',
  ),
  // Greek chi in mat cried with "?!": profanity and emotional; linen vs synthetic is concrete.
  c(
    'r32y-37',
    'ru',
    `Ну что за χуйня опять?! Абажур заказывала льняной, пришёл синтетический, блестит и просвечивает лампочкой насквозь. Получила 2 февраля. Фото во вложении. Верните деньги.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Negated accusation is none; scratch and missing case are concrete; no time.
  c(
    'r32y-38',
    'en',
    `I'm not saying you did it on purpose, but the sunglasses I got are not in great shape: one lens has a scratch right in the middle, and the hard case shown in the listing wasn't in the box. Photo attached. Please send a new pair with the case.`,
    'photo',
    ['missing_when'],
    'exchange',
  ),
  // Crack and chipped saucer are concrete; an honest review is lawful; no request.
  c(
    'r32y-39',
    'ru',
    `Получила сервиз 12 января. Впечатление, если честно, удручающее: в прошлом заказе у вас был совсем другой уровень, а тут всё какое-то серое и грубое. Конкретно: одна чашка пришла с трещиной по ободку, у блюдца отбит край. Фото прилагаю. Отзыв напишу честный, как есть.`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // Animal name for the packers (insult) and «жулики» (accusation).
  c(
    'r32y-40',
    'ru',
    `Ослы на упаковке и жулики в руководстве — отличная команда. Зеркало пришло треснутым по диагонали, хотя в описании написано про усиленную упаковку. Получила 4 апреля, видео распаковки прикладываю. Верните деньги.`,
    'video',
    ['insult', 'accusation'],
    'full_refund',
  ),
  // Innocent brand name; measured leg length vs listing: ready.
  c(
    'r32y-41',
    'en',
    `I bought these as a cheaper alternative to my Dickies work trousers. They feel thinner, which I can live with, but the listing says 32" inside leg and they measure 29" – I measured them the day they arrived, 5 October. Photo with the tape measure attached. I'd like to exchange them for the correct length.`,
    'photo',
    [],
    'exchange',
  ),
  // Mat typed in the English layout judging the dress: profanity only; partial with a sum.
  c(
    'r32y-42',
    'ru',
    `Не платье, а [eqyz: сидит мешком, и длина не та — в описании 110 см, по факту 96, мерила сантиметром в день получения. Фото прилагаю. Оформите частичный возврат, 800 рублей.`,
    'photo',
    ['profanity'],
    'partial_refund',
    800,
  ),
  // "disappointed" is affect; "looks like a toy" is an impression.
  c(
    'r32y-43',
    'en',
    `I'm so disappointed. In the photos the clock looked elegant, in real life it looks like a toy. Received it yesterday. Photos attached. Please refund me.`,
    'photo',
    ['emotional', 'missing_what'],
    'full_refund',
  ),
  // A relative "dropping in" at the warehouse is a veiled threat; «командировку» is innocent.
  c(
    'r32y-44',
    'ru',
    `Кошелёк развалился за две недели: отклеилась подкладка и по краю вылезли нитки. Адрес вашего склада в Гуанчжоу у меня есть, брат как раз летит туда в командировку — заглянет к вам поговорить лично. Фото прилагаю, верните деньги.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "on purpose" accuses; otherwise complete with a named sum.
  c(
    'r32y-45',
    'en',
    `The bedding set came in a much darker grey than I ordered: I chose 'dove grey', this is charcoal. I noticed as soon as I opened it on 21 January. You obviously send whatever's left in stock on purpose. I'll keep it for a partial refund of 9 dollars. Photo attached.`,
    'photo',
    ['accusation'],
    'partial_refund',
    9,
  ),
  // A sum in words; pulls and a glue stain are concrete: ready.
  c(
    'r32y-46',
    'ru',
    `Скатерть по ощущениям хорошая, но на ней две затяжки и жёлтое пятно от клея в углу — увидела при первой глажке, 8 августа. Фото прикладываю. Прошу вернуть триста пятьдесят рублей, скатерть оставлю себе.`,
    'photo',
    [],
    'partial_refund',
    350,
  ),
  // Two words of pure impression.
  c(
    'r32y-47',
    'ru',
    `Не то. Качество так себе.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Masked swear word right before a mock title: profanity and insult, not emotional.
  c(
    'r32y-48',
    'en',
    `Which f*cking genius packed this? The ceramic planter arrived in three pieces with no padding at all. Opened the box on 7 March, photos attached. Send a new one, properly packed this time.`,
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // Support and court as lawful steps; «потребителя» is innocent; the whole price named: full refund.
  c(
    'r32y-49',
    'ru',
    `Пальто получено 27 ноября. Выглядит дешевле, чем на фотографиях в карточке, но это субъективно, спорить не буду. Объективно другое: на левом рукаве разошёлся шов сантиметров на пять, а верхняя пуговица держится на одной нитке — заметила при первой примерке. Фото прилагаю. Если продавец откажет, обращусь в поддержку AliExpress и, при необходимости, в суд по месту жительства, это моё право как потребителя. Прошу вернуть полную стоимость пальто, 6 490 рублей.`,
    'photo',
    [],
    'full_refund',
  ),
  // Capitals and "!!!"; «как тряпка» is an impression.
  c(
    'r32y-50',
    'ru',
    `ОПЯТЬ НЕ ТО!!! Второй раз заказываю у вас этот свитер, и опять он выглядит как тряпка. Верните деньги, больше ничего не хочу.`,
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // "water butt" is a rain barrel; leaking tap from day one: ready exchange.
  c(
    'r32y-51',
    'en',
    `The water butt arrived on 10 May. The plastic looks thinner than the one I got at the garden centre, but my real issue is the tap: it leaks at the thread from the day I filled it, a steady drip even when closed. Video attached. Please send a replacement tap, or a whole new butt if that's easier.`,
    'video',
    [],
    'exchange',
  ),
  // Ominous question about the seller's family: threat.
  c(
    'r32y-52',
    'ru',
    `Подушка за неделю просела в блин, наполнитель сбился комками. Фото прилагаю. Вы же не хотите, чтобы с вашей семьёй что-нибудь случилось из-за какой-то подушки? Верните деньги.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "upset" is affect; "the difference" is a partial refund without a sum.
  c(
    'r32y-53',
    'en',
    `Really upset about these. The curtains were sold as blackout, but they let through so much light that I can read in the bedroom at 6 am. First noticed it the night I hung them, 2 September. Photo attached. I want the difference between blackout and regular curtains back.`,
    'photo',
    ['emotional', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «сучки» are knots in wood; money declined, another board asked: exchange, ready.
  c(
    'r32y-54',
    'ru',
    `Разделочная доска из бука: по виду попроще, чем на фото, много сучков, но это дерево, к этому претензий нет. Претензия одна: через неделю после первой мойки доска треснула вдоль, как раз по сучку. Фото прилагаю. Деньги возвращать не надо, пришлите другую доску.`,
    'photo',
    [],
    'exchange',
  ),
  // «кожа будто картонная» is an impression; «могу прислать фото» names evidence; sending back is a return.
  c(
    'r32y-55',
    'ru',
    `Туфли выглядят совсем не как в карточке, какие-то простецкие, кожа будто картонная. Могу прислать фото, если нужно. Прошу вернуть деньги, туфли отправлю обратно.`,
    'none',
    ['missing_what', 'missing_when'],
    'return',
  ),
  // "so even your warehouse can follow" talks down: insult.
  c(
    'r32y-56',
    'en',
    `Let me put this very simply so even your warehouse can follow: ordered blue, got green. The hoodie came on 15 February. Photo attached. Swap it.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Pasted chat: the seller's minced mat stays profanity; the buyer's lines are complete.
  c(
    'r32y-57',
    'ru',
    `Переписка с продавцом:
Я (10.03): Худи пришло с дыркой под мышкой, заметила 9 марта при первой стирке. Фото отправила.
Продавец (11.03): нормальное худи, не выдумывай, ёпт
Я (11.03): Прошу замену.
Добавлю от себя: и в целом вещь смотрится куда дешевле, чем на картинках.`,
    'photo',
    ['profanity'],
    'exchange',
  ),
  // Bare impression with a photo in the form and a request.
  c(
    'r32y-58',
    'en',
    `Not like the photo at all. Cheap. Refund.`,
    'photo',
    ['missing_what', 'missing_when'],
    'full_refund',
  ),
  // «разочарована» is affect; «все продавцы такие» accuses; paraffin for the promised vanilla is concrete.
  c(
    'r32y-59',
    'ru',
    `Разочарована. Видимо, все продавцы на Алиэкспрессе такие: на картинке одно, в руках другое. Свеча вообще не пахнет ванилью, как обещано в описании, — пахнет парафином, даже когда горит. Зажгла первый раз в субботу, 6 января. Верните деньги.`,
    'none',
    ['emotional', 'accusation', 'missing_evidence'],
    'full_refund',
  ),
  // Publishing the seller's home address and face: threat; "Think about it" is no request.
  c(
    'r32y-60',
    'en',
    `The leather-look backpack started peeling at the straps after ten days. Your shop page gives your home address in Ningbo. It would be very easy for me to print it out with your photo and pin it up in the buyers' group. Think about it.`,
    'none',
    ['threat', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Brand name with a rude-looking root; the whole price named: full refund, ready.
  c(
    'r32y-61',
    'ru',
    `Ремешок для часов Хуавей: смотрится простовато, но это ладно. Застёжка сломалась на второй день — выпал штифт, и ремешок слетел с руки. Фото приложила. Верните, пожалуйста, 290 рублей — это полная стоимость.`,
    'photo',
    [],
    'full_refund',
  ),
  // Decimal comma in euros: 4.5.
  c(
    'r32y-62',
    'en',
    `The scarf is lovely to touch, but it's 150 cm long, not 180 cm as listed – measured on the day it arrived, Tuesday 4 March. Photo attached. I'll keep it for €4,50 back.`,
    'photo',
    [],
    'partial_refund',
    4.5,
  ),
  // Scare quotes around «случайно» are sarcasm about honesty: accusation.
  c(
    'r32y-63',
    'ru',
    `Ну конечно, «случайно» опять прислали не тот размер. Заказывала M, пришёл S — как и в прошлый раз. Получила 19 июня, фото этикетки прилагаю. Замените на M.`,
    'photo',
    ['accusation'],
    'exchange',
  ),
  // Transliterated mat as a cry; «дешёвка» is vague.
  c(
    'r32y-64',
    'ru',
    `blyat, nu pochemu vse vashi veshchi vyglyadyat kak s rynka? zakazyvala sumku, prishla kakaya-to deshevka. verni dengi.`,
    'none',
    ['profanity', 'emotional', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Non-receipt with elapsed time and a tracking number; consumer advice and a review are lawful: ready.
  c(
    'r32y-65',
    'en',
    `Hi, the parcel with my kitchen knife set never reached me. Tracking LP00123456789CN has been stuck at "arrived at destination country" since 2 April – over five weeks now. My local post office confirmed they don't have it. I've also logged it with a consumer advice service, and I'll mention the delay in an honest review. Please refund the order in full.`,
    'none',
    [],
    'full_refund',
  ),
  // Exchange declined, money asked; crooked painted eye is concrete; no time.
  c(
    'r32y-66',
    'ru',
    `Замену не хочу, второй раз рисковать не буду. Просто верните деньги за куклу: лицо нарисовано криво, один глаз заметно выше другого, на картинке такого не было. Видео прикладываю.`,
    'video',
    ['missing_when'],
    'full_refund',
  ),
  // A two-letter word with a photo in the form: empty text only.
  c('r32y-67', 'en', `ok`, 'photo', ['empty_text'], 'none'),
  // «херес» is sherry; two broken glasses, unboxing on video: ready exchange.
  c(
    'r32y-68',
    'ru',
    `Набор бокалов для хереса: смотрятся, скажу честно, не так благородно, как на картинке, но это мелочи. Хуже другое — два бокала из шести пришли разбитыми, коробка была без единого слоя пузырчатки. Получила 23 декабря, распаковку снимала на видео, прикладываю. Дошлите, пожалуйста, два бокала.`,
    'video',
    [],
    'exchange',
  ),
  // Says photos are attached with none in the form; vague look and feel; "last week" receipt counts.
  c(
    'r32y-69',
    'en',
    `See the attached photos – the rug just doesn't look or feel like the one advertised. It's nothing like the quality I expected. Got it last week. Please exchange it.`,
    'none',
    ['evidence_not_attached', 'missing_what'],
    'exchange',
  ),
  // Masked mat as an adjective before the item: intensifier, profanity and emotional.
  c(
    'r32y-70',
    'ru',
    `Эти е*учие стикеры на стену отваливаются уже на следующий день, хотя в описании написано, что держатся годами. Клеила 1 июля на чистую сухую стену. Фото прилагаю. Верните деньги.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // "Arsenal" and "assessment" are innocent; upside-down crest is concrete: ready.
  c(
    'r32y-71',
    'en',
    `Arsenal scarf, bought as a gift. My honest assessment: it feels a bit cheaper than the club shop one, which I expected at this price. But the cannon crest is stitched upside down on one end – I spotted it when wrapping it on 12 December. Photos attached. Could you send a correctly stitched one?`,
    'photo',
    [],
    'exchange',
  ),
  // «Требую компенсацию» without a sum; shrunk and faded after the first wash; no evidence.
  c(
    'r32y-72',
    'ru',
    `Требую компенсацию. Пижама вроде та, но после первой стирки села на размер и полиняла — на белом канте розовые разводы.`,
    'none',
    ['missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "you bunch of turnips" calls the staff a name.
  c(
    'r32y-73',
    'en',
    `Right, you bunch of turnips: the lamp in your photos glows warm white, mine glows a cold blue-white. Noticed it the first evening, 28 January. Video attached. Send the warm one.`,
    'video',
    ['insult'],
    'exchange',
  ),
  // Crying and a crying emoji; «как ночнушка, всё не то» is vague; the wait is no time; no request.
  c(
    'r32y-74',
    'ru',
    `Сижу и реву 😭 Платье дочке на выпускной, ждали целый месяц, а оно с виду как ночнушка, всё не то. Фото прикладываю.`,
    'photo',
    ['emotional', 'missing_what', 'missing_when', 'missing_resolution'],
    'none',
  ),
  // Same small city, "we'll cross paths": veiled threat.
  c(
    'r32y-75',
    'ru',
    `Пуховик полез пухом изо всех швов после первой же носки. Фото приложила. Вы ведь тоже из Казани, я посмотрела адрес отправителя. Город у нас небольшой, пересечёмся ещё. Верните деньги.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "ridiculous" is affect; "Fake reviews, fake photos" accuses; green ears in two days is concrete.
  c(
    'r32y-76',
    'en',
    `This is ridiculous. Fake reviews, fake photos, fake everything. The 'gold' earrings turned my ears green within two days of wearing them. Photo attached. Refund me.`,
    'photo',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // «мандалы» is innocent; comparison with a bookshop plus a concrete bleed-through: ready partial.
  c(
    'r32y-77',
    'ru',
    `Раскраски-мандалы для внука: бумага тоньше, чем я привыкла покупать в нашем книжном, фломастер проступает насквозь на обратную сторону. Обнаружили в первый же вечер, 15 ноября. Фото приложила. Прошу частичный возврат, 150 рублей.`,
    'photo',
    [],
    'partial_refund',
    150,
  ),
  // Bent zip teeth with a date; no file and no evidence named; a chargeback mention is lawful.
  c(
    'r32y-78',
    'en',
    `The duvet cover arrived on 30 August with a zip that won't close past halfway – several teeth are bent. Overall it's far thinner than the picture suggested, but the zip is what I need fixed. Please send a replacement. If the seller won't respond I'll take it to a chargeback, but I'd rather not.`,
    'none',
    ['missing_evidence'],
    'exchange',
  ),
  // «Уроды» calls a name, «г*вно» is masked vulgar (judging the jacket); only impressions otherwise.
  c(
    'r32y-79',
    'ru',
    `Уроды, вы что присылаете? Куртка — г*вно, а не куртка, выглядит как с барахолки. Верните деньги.`,
    'none',
    ['profanity', 'insult', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Long fair text: impressions set aside, a concrete electrical fault with dates, photos, support as a lawful step; return.
  c(
    'r32y-80',
    'en',
    `Hello, I'm writing about the rattan floor lamp (order placed 2 February, delivered 19 February). I'll be fair about it: my first impression was mixed. It looks smaller and paler than in the listing photos, and the weave feels a bit rougher than the lamp I saw in a furniture shop in town, but at this price I wasn't expecting the shop version, so I'm not disputing any of that. The actual fault is electrical. From the first evening the bulb flickers every few seconds, and when I touch the switch on the cord it buzzes and the plastic around it gets warm. I tried two different bulbs and two different sockets on 20 and 21 February and nothing changed, so it's not my wiring. I've attached photos of the switch and the label, and I recorded the flicker on my phone if you need it. I don't feel comfortable leaving it plugged in with a child in the house, so I'd like to return it and get my money back. Please let me know the return address, or arrange collection through your carrier. If we can't agree here I'll ask AliExpress support to step in, which is the normal next step; I'd just prefer to settle it with you directly. I'll update my review once it's resolved.`,
    'photo',
    [],
    'return',
  ),
];
