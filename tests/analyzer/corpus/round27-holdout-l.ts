import { labelled as c, type CorpusCase } from './types';

/**
 * Round twenty-seven, hold-out set l: buyers answering a seller who was rude, mocking or threatening to them first,
 * often quoting the seller's words as evidence, then keeping their dignity, reporting calmly or answering in kind.
 * Written by a hand that has not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md and
 * DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - In a pasted chat the buyer's own lines ("Me (Jun 3): … you clown.") are the buyer's words: an insult there is the
 *   buyer's insult, even when the buyer regrets it afterwards.
 * - Name-calling, slurs, mockery of age or language and threats that the seller wrote, quoted or pasted, are the
 *   seller's: they make the buyer's text neither rude nor emotional; only quoted mat counts (profanity).
 * - Describing the seller's mat without repeating it («ответил нецензурной бранью») is innocent.
 * - A buyer answering the seller's threat with a threat of their own ("I found you first", the manager's home address,
 *   relatives who "visit") is a threat; reporting the seller's threat to the police or support is not.
 * - "go f*** yourself" sends the seller away like "f off": profanity only.
 * - «Это не мелочь, это пздц.» judges the situation, no "!": profanity only.
 * - When a text names no evidence, the form has no file, so `missing_evidence` is never in doubt; «Видео не записала,
 *   но сделала фото» counts the photo.
 * - «Верните четыреста пятьдесят рублей» after «пользоваться можно» keeps the item: a partial refund of 450.
 * - Offering to send the item back and asking for a full refund once it arrives is a return.
 * - "Please send a new jug" / «пришлите недостающие винты» (a part) is an exchange.
 */
export const ROUND27_HOLDOUT_L: CorpusCase[] = [
  // Seller's insult quoted as evidence, buyer keeps the tone; complete text.
  c(
    'r27l-01',
    'ru',
    `Здравствуйте. Настольная лампа (заказ 8120034417) пришла с треснувшим плафоном: трещина около 6 см от края, заметила при распаковке 12 мая, фото приложила. Написала продавцу, в ответ получила: «Сама уронила, криворукая, нечего на нас валить». Отвечать в таком тоне не буду. Прошу вернуть полную стоимость заказа — 2 340 руб.`,
    'photo',
    [],
    'full_refund',
  ),
  // Masked mat as an intensifier in the buyer's retort: profanity and emotional.
  c(
    'r27l-02',
    'ru',
    `Продавец в чате назвал меня «тупой курицей, которая не умеет читать таблицу размеров». Так вот, таблицу я читать умею, а вот вы, бл*ть, мерить не умеете: куртка XL, по вашей таблице обхват груди 116 см, по факту 104 — мерила сантиметром 3 июня, фото с сантиметром приложила. Прошу обмен на размер XXL.`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // Seller's threat and rating threat quoted; buyer declines to answer in kind.
  c(
    'r27l-03',
    'en',
    `Order 3051178842. The garden hose is listed as 15 m; when I unrolled it on 2 April it measured 9.6 m (photo with the tape measure attached). When I raised this in the chat, the seller wrote: "open a dispute and I will give you bad buyer rating, we know how to find people like you". I won't answer in kind. I have saved a screenshot of that message for AliExpress support. Please refund the full price of $18.40.`,
    'photo',
    [],
    'full_refund',
  ),
  // Buyer answers a "найду тебя" with the manager's home address: threat.
  c(
    'r27l-04',
    'ru',
    `Вы мне написали: «найду тебя, покупатель, мало не покажется». Давайте, ищите. Только учтите, что адрес вашего склада в Иу я знаю, а телефон и домашний адрес вашего менеджера Вадима в Новосибирске мне уже скинули знакомые. Посмотрим, кто кого первым найдёт. По делу: кофемолка не мелет — нож прокручивается вхолостую, так с первого включения 20 апреля, видео приложено. Верните деньги.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // Seller mocked the buyer's English; buyer talks down ("small words so even your team can follow"): insult.
  c(
    'r27l-05',
    'en',
    `The seller told me my English is "like a child's" and that I should "get a translator before complaining". Fine, I'll use small words so even your team can follow: the lid. Does. Not. Seal. The thermos leaks tea from under the lid from the first day I used it — see the video. Send me a new one.`,
    'video',
    ['insult'],
    'exchange',
  ),
  // Capitals, «в шоке», "!!!": emotional; no evidence named, no file.
  c(
    'r27l-06',
    'ru',
    `Я В ШОКЕ от вашего ответа!!! «Бабка, иди внуков попроси заказ сделать, раз сама не можешь разобраться» — это вы мне пишете, покупательнице с тридцатилетним стажем вязания. Разобралась я прекрасно: заказывала пряжу цвета бордо, 7 мотков, а вчера вскрыла пакет — там розовая. Прошу заменить на бордовую.`,
    'none',
    ['emotional', 'missing_evidence'],
    'exchange',
  ),
  // Seller called the buyer a liar; buyer answers "you're the one running a scam": accusation.
  c(
    'r27l-07',
    'en',
    `The seller said I was "lying to get free stuff". I'm not the one running a scam here — you are. I ordered the shower curtain in teal (it's in the order details) and received a grey one, which I saw as soon as I opened the bag on Tuesday. Photo of the curtain next to the listing colour is attached. Refund, please.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Pasted chat: «дура» and «читать умеете?» are the seller's lines; buyer offers the shelf back.
  c(
    'r27l-08',
    'ru',
    `Продавец (03.07, 14:12): вы вообще читать умеете? там написано 40 см
Я (03.07, 14:15): В описании указано 60 см, на фото с рулеткой 40.
Продавец (03.07, 14:20): ну и сидите со своими 40, дура

Это вся переписка, отвечать на последнее я не стала. Навесная полка короче заявленного: 40 см вместо 60, измерила рулеткой при сборке 3 июля. Фото с рулеткой и скриншот переписки прилагаю. Готова отправить полку обратно, прошу вернуть деньги.`,
    'photo',
    [],
    'return',
  ),
  // Seller's mat quoted verbatim: mat stays mat (profanity), nothing else.
  c(
    'r27l-09',
    'ru',
    `Когда я написала продавцу про колесо, он ответил: «иди нах*й со своим возвратом». Отвечать ему я не буду, прошу AliExpress разобраться. Чемодан пришёл с оторванным колесом — обнаружила при получении на почте 9 августа, фото колеса и скриншот ответа продавца прикладываю. Прошу вернуть полную стоимость.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // "go f*** yourself" sends the seller away: profanity only; missing parts asked for (exchange).
  c(
    'r27l-10',
    'en',
    `You called me a "cheap old hag" for asking about a missing bag of screws. Here's my answer: go f*** yourself. The bookshelf arrived on 14 March without the screws and without the two wall brackets — photo of everything that was in the box is attached. Send the missing parts.`,
    'photo',
    ['profanity'],
    'exchange',
  ),
  // «вернёте разницу»: partial refund without a sum.
  c(
    'r27l-11',
    'ru',
    `Продавец ответил, что я «выдумываю, лишь бы не платить». Не выдумываю: в наборе форм для выпечки кексов 6 форм вместо 8, как в описании. Пересчитала при распаковке 22.02, фото всех форм прилагаю. Набор готова оставить себе, если вернёте разницу.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "It would be a real shame if … a visit from my nephews": veiled threat.
  c(
    'r27l-12',
    'en',
    `You told me "people like you should stay off the internet, grandpa". Noted. It would be a real shame if your little shop on Fuyong Road got a visit from a few of my nephews who live in Shenzhen — they're not as patient as I am. The wall clock stopped on the third day: the second hand twitches at 12 and doesn't move on (video attached). Refund.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // Brand Хуавей and «оскорблять» look rude; consumer protection is lawful: innocent.
  c(
    'r27l-13',
    'ru',
    `Продавец назвал меня «неадекватным покупателем». Спорить не буду. Заказывал чехол для планшета Хуавей MatePad 11, пришёл для MatePad 10.4 — не совпадают вырезы под камеру и кнопки, увидел сразу, когда примерил 5 октября. Фото приложил. Прошу прислать чехол нужной модели. Если продавец продолжит оскорблять, обращусь в поддержку и в общество защиты прав потребителей.`,
    'photo',
    [],
    'exchange',
  ),
  // Scunthorpe and "cocktail" are innocent; "dumb people" is the seller's.
  c(
    'r27l-14',
    'en',
    `The seller replied "lol learn to read, no refunds for dumb people". I'm not going to trade insults. The cocktail shaker arrived here in Scunthorpe on 21 June with a dented lid: it doesn't seal, and liquid sprays out when you shake it. Photo of the dent attached. I'd like a replacement shaker.`,
    'photo',
    [],
    'exchange',
  ),
  // «валенок тут вы»: regional name-calling at the seller: insult.
  c(
    'r27l-15',
    'ru',
    `Вы мне написали: «деревня, сначала русский выучи, потом пиши». Так вот, валенок тут вы, и весь ваш склад вместе с вами. У рюкзака на второй день носки разошёлся шов у левой лямки, лямка висит на одной нитке — фото есть. Хочу деньги назад.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Complains about the seller's tone only; "not as described", "poor quality", "sort this out".
  c(
    'r27l-16',
    'en',
    `The seller was extremely rude to me in the chat and called my complaint "whining". The item is not as described and the quality is poor. I expect AliExpress to sort this out.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // A two-letter reply.
  c('r27l-17', 'ru', `ок`, 'none', ['empty_text'], 'none'),
  // Scare quotes around «случайно» and «ну конечно»: sarcasm about honesty, accusation; 1 050 ₽ for three cups.
  c(
    'r27l-18',
    'ru',
    `Продавец пишет, что я «сама всё разбила, чтобы получить сервиз бесплатно». Ну конечно, а вы «случайно» упаковали шесть фарфоровых чашек в один слой пупырки без коробки. При вскрытии на почте 17.11 три чашки из шести оказались разбиты, видео вскрытия приложено. Верните за три чашки 1 050 рублей.`,
    'video',
    ['accusation'],
    'partial_refund',
    1050,
  ),
  // Pasted chat with the seller's English profanity: profanity only; tracking number is evidence.
  c(
    'r27l-19',
    'en',
    `Seller [10:42]: you stupid bitch stop messaging me
Me [10:45]: I only asked where my parcel is.
Seller [10:47]: its coming, shut the fuck up

That's the whole conversation. My yoga mat was shipped on 2 May, tracking LP00123456789012 hasn't moved since 9 May, and it's now 47 days since I paid. Please refund me.`,
    'none',
    ['profanity'],
    'full_refund',
  ),
  // «Видео прикладываю» with no file in the form.
  c(
    'r27l-20',
    'ru',
    `Продавец на мой вопрос ответил «отстань, бабуля, у нас всё работает». Грубить в ответ не стану. Электрогрелка не нагревается: индикатор горит, а сама подушка остаётся холодной — проверила в первый же вечер, 28 января. Видео прикладываю. Прошу вернуть деньги.`,
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // Sarcastic praise "you absolute geniuses of customer service": insult; buyer ships the machine back.
  c(
    'r27l-21',
    'en',
    `When I asked for help, the seller wrote "ok boomer, ask your grandkids to push the buttons for you". Congratulations, you absolute geniuses of customer service. The foot pedal of the sewing machine stopped working after one week: the motor hums but the needle doesn't move (video attached). I'll ship the machine back — please refund me once it arrives.`,
    'video',
    ['insult'],
    'return',
  ),
  // Publishing the seller's surname and phone in a local group: threat.
  c(
    'r27l-22',
    'ru',
    `Вы обозвали меня «нищебродкой» и пообещали поставить мне плохую оценку как покупателю. Ладно. Ваша фамилия и номер телефона есть у меня с накладной, и если до пятницы деньги не вернутся, я выложу их в группе вашего района с подписью, кто вы такой и как разговариваете с людьми. Платье пришло на два размера меньше: заказывала 48, на бирке 44, увидела при примерке 6 марта, фото бирки приложены. Верните 3 900 руб. — полную стоимость.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Chargeback and Trading Standards are lawful steps; the seller's jibes are quoted.
  c(
    'r27l-23',
    'en',
    `The seller called me a "professional complainer" and said he'd "make sure no seller ever ships to me again". I'll leave that for AliExpress to judge. The facts: the electric kettle's base sparks and smells of burnt plastic when switched on — this happened at first use on 11 September, and the video is attached. This is a safety issue. If the dispute isn't resolved, I'll ask my bank for a chargeback and report the listing to Trading Standards. I'd like a full refund.`,
    'video',
    [],
    'full_refund',
  ),
  // Dignity first, then "!!!" and «хамло и неуч»: insult and emotional; «Забирайте… и верните деньги» is a return.
  c(
    'r27l-24',
    'ru',
    `Я долго молчала, когда вы мне писали «женщина, не истерите» и «купите себе очки». Но всё, хватит!!! Вы хамло и неуч, а не продавец. Шторы блэкаут пропускают свет: ткань просвечивает насквозь, днём в комнате светло как без штор. Повесила их 4 апреля, фото окна днём приложила. Забирайте свои шторы и верните деньги.`,
    'photo',
    ['insult', 'emotional'],
    'return',
  ),
  // Seller's "idiot" quoted; the defect has no time or discovery moment.
  c(
    'r27l-25',
    'en',
    `The seller's reply to my message was "read the listing, idiot". I won't sink to that. The bathroom mirror has a crack running across the lower left corner and one of the two hanging hooks is missing — see the photo. I'd accept a partial refund of $12 and keep the mirror.`,
    'photo',
    ['missing_when'],
    'partial_refund',
    12,
  ),
  // «6ля» (digit for a letter) as a cry: profanity and emotional; tracking number is evidence.
  c(
    'r27l-26',
    'ru',
    `6ля, 52 дня жду компрессор для аквариума! А продавец мне пишет «жди, старый, до пенсии успеешь». Трек RB123456789CN с 3 мая стоит на статусе «Покинуло место международного обмена». Верните деньги.`,
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // "You obviously leave parts out on purpose": accusation; send the missing clamp (exchange).
  c(
    'r27l-27',
    'en',
    `The seller told me "you people always lie about missing parts". I'm not lying. The pasta maker box had the machine and the crank, but no table clamp — I noticed while unpacking on 30 July, and the photo of the open box is attached. You obviously leave parts out on purpose to save a few cents. Please send the clamp.`,
    'photo',
    ['accusation'],
    'exchange',
  ),
  // Long, calm report with a pasted chat where the seller calls her a fraud and threatens; innocent.
  c(
    'r27l-28',
    'ru',
    `Добрый день. Пишу в спор спокойно, хотя продавец в переписке вёл себя очень грубо, и прошу сотрудников AliExpress учесть это при рассмотрении.

Что случилось. 14 февраля я получила робот-мойщик окон (заказ 8150 2291 7736). При первом же запуске в тот же вечер он не держится на стекле: насос гудит, присоска не создаёт разрежения, и робот через 2–3 секунды сползает вниз и повисает на страховочном тросе. Пробовала на трёх разных окнах, на чистом и сухом стекле, как написано в инструкции. Видео не записала, но сделала фото, где видно, что робот висит на тросе, и фото индикатора, который мигает красным.

Как ответил продавец. Переписка (фрагмент, дословно):
Продавец (15.02, 09:41): Вы не умеете пользоваться. У всех работает.
Я (15.02, 09:50): Я всё делала по инструкции, прикладываю фото.
Продавец (15.02, 10:02): Если откроете спор, поставим вам отметку как мошеннице. Мы знаем ваш адрес, найдём.
Я (15.02, 10:05): Я открываю спор.

Я не собираюсь отвечать на это в том же духе и никому ничем не угрожаю. Скриншоты этой переписки приложены вместе с фото. Прошу вернуть полную стоимость — 6 480 руб.`,
    'photo',
    [],
    'full_refund',
  ),
  // «по слогам, раз с первого раза не доходит»: talking down, insult.
  c(
    'r27l-29',
    'ru',
    `Вы написали, что я «в своём возрасте уже не соображаю, как включается утюг». Объясняю вам медленно, по слогам, раз с первого раза не доходит: у-тюг не на-гре-ва-ет-ся. Лампочка горит, регулятор на максимуме, подошва холодная. Так с первого включения 2 февраля, видео приложено. Замените утюг.`,
    'video',
    ['insult'],
    'exchange',
  ),
  // Calm report with every fact but no request.
  c(
    'r27l-30',
    'en',
    `The seller said "stop crying, it's a cheap hat, what did you expect". I'm not crying, I'm reporting a fault. The stitching along the brim came undone on one side after the first day of wearing it, 14 August. Photo attached.`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // Answering «подавиться» with «чтоб у вас руки отсохли»: wishing harm, threat; 640 ₽ for four bits.
  c(
    'r27l-31',
    'ru',
    `На мой вопрос про свёрла продавец пожелал мне «подавиться своими копейками». Ну и вам того же: чтоб у вас руки отсохли, которыми вы этот хлам пакуете. Из набора в 10 свёрл по дереву четыре сломались при первом же сверлении сосновой доски 10 мая, фото обломков прилагаю. Верните 640 рублей за четыре сломанных сверла.`,
    'photo',
    ['threat'],
    'partial_refund',
    640,
  ),
  // Seller's "come round" quoted; police report is lawful; no return wanted.
  c(
    'r27l-32',
    'en',
    `The seller wrote that he would "come round and explain it in person", since he has my address from the order. I've reported that message to AliExpress and to the local police, and I'm not replying to him directly any more. The problem itself: the latch on the cat carrier's door snapped off the first time I closed it, on 5 January, so the door can't be locked. Photo of the broken latch attached. I'd like a full refund and would prefer not to post anything back to this person.`,
    'photo',
    [],
    'full_refund',
  ),
  // Non-receipt with elapsed time, no evidence named.
  c(
    'r27l-33',
    'ru',
    `Продавец назвал мой вопрос «тупым». Хорошо, задам его ещё раз, спокойно: где моя посылка? Заказ 8147706612 оплачен 2 марта, прошло 60 дней, коврик для ванной так и не пришёл. Верните деньги.`,
    'none',
    ['missing_evidence'],
    'full_refund',
  ),
  // "What a load of b u l l s h i t!": spaced profanity cried out, profanity and emotional.
  c(
    'r27l-34',
    'en',
    `I asked why the zip keeps splitting and the seller said it's "supposed to be stiff, you just have weak fingers, granny". What a load of b u l l s h i t! The zip on the fleece jacket separates from the bottom up every time I close it, since the second time I wore it. Video attached. Full refund, please.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // «жульё тут как раз вы»: fraud label in slang, accusation.
  c(
    'r27l-35',
    'ru',
    `Продавец пишет: «не нравится — не покупай, все вы халявщики». Не халявщики мы, а жульё тут как раз вы. Зонт-автомат сломался при первом открытии 19 сентября: две спицы согнулись, купол провис. Фото прилагаю. Прошу замену.`,
    'photo',
    ['accusation'],
    'exchange',
  ),
  // "refund half": partial without a sum.
  c(
    'r27l-36',
    'en',
    `The seller made fun of my spelling ("lern to rite befor u complane") and refused to help. Fine. The bedspread came in single size, not the double I ordered: I measured it on the bed on 8 December, 150 × 200 cm instead of 220 × 240. Photo attached. I'll keep it for the spare room if you refund half.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // The seller's «мир тесен… пожалеешь» is quoted; the buyer's police and honest review are lawful.
  c(
    'r27l-37',
    'ru',
    `Продавец написал мне: «Мир тесен, бабуля, а мы злопамятные. Откроешь спор — пожалеешь». Я открываю спор и угрожать в ответ не собираюсь. Массажёр для шеи перестал включаться через 9 дней: кнопка нажимается, но индикатор не загорается и моторы не работают, зарядка не помогает. Фото и скриншот сообщения продавца приложены. Прошу вернуть полную стоимость. После решения спора оставлю честный отзыв, а если продавец продолжит писать мне такое, обращусь в полицию.`,
    'photo',
    [],
    'full_refund',
  ),
  // Mock title "Sherlock": insult.
  c(
    'r27l-38',
    'en',
    `You said I "obviously broke the blender myself" because "old people can't read manuals". Well, Sherlock, the jug leaks at the base seal — water runs onto the counter within a minute, and it has done that since the first use on 3 January. Video attached. Please send a new jug.`,
    'video',
    ['insult'],
    'exchange',
  ),
  // Ебург, хлебница, «Требую»: innocent look-alikes; seller's jibe quoted.
  c(
    'r27l-39',
    'ru',
    `Я из Ебурга, посылку забрала в пункте выдачи 11.04. Продавец на мою претензию ответил: «да кому ты нужна со своей хлебницей». Оставлю это без ответа. Бамбуковая хлебница пришла с отломанной крышкой — одна петля оторвана с мясом, увидела при вскрытии прямо в пункте выдачи. Требую замену. Фото прикладываю.`,
    'photo',
    [],
    'exchange',
  ),
  // Pasted chat: the buyer's own line "you clown" is the buyer's insult.
  c(
    'r27l-40',
    'en',
    `Seller (Jun 3): ur english so bad lol cant understand nothing u write
Me (Jun 3): Then find someone who can read, you clown.
Seller (Jun 4): no refund

I admit I lost my temper there. For AliExpress, the facts: the electric blanket's controller shows "E1" and the blanket stays cold. It happened on the second night of use, 2 June. Photo of the controller with the error attached. I'm asking for a full refund.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Only «хамы» and the seller's «отвали»: insult, and nothing else a dispute needs.
  c(
    'r27l-41',
    'ru',
    `Ну вы и хамы. Я вам вежливо, а вы мне «отвали».`,
    'none',
    ['insult', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Knowing the seller's children's school: threat.
  c(
    'r27l-42',
    'en',
    `The seller told me "we have your address, don't make us use it". Two can play that game. I've seen the photos on your WeChat, I know which school your two boys go to, and I'd hate for them to hear about their dad from me. The pet water fountain's pump died on day four — it hums but no water comes out. Photo attached. Refund me in full and we're done.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Seller's «совсем слепой?» quoted; sum in words, триста рублей.
  c(
    'r27l-43',
    'ru',
    `Продавец ответил мне: «ты чё, дед, совсем слепой? там написано 5 метров». Не слепой. Гирлянда в описании — 5 метров, по факту 3 метра, измерил рулеткой 20 декабря, когда вешал на окно. Фото с рулеткой прикладываю. Верните, пожалуйста, триста рублей за недостающие два метра.`,
    'photo',
    [],
    'partial_refund',
    300,
  ),
  // Decimal comma €6,50; seller's remark about Germans quoted.
  c(
    'r27l-44',
    'en',
    `The seller answered "you germans always complain about everything". Not worth a reply. The set of 12 cork coasters arrived with only 10 in the pack — I counted them when unpacking on 2 March. Photo attached. Please refund €6,50 for the two missing coasters.`,
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // "??": emotional; defect named but no time, no evidence.
  c(
    'r27l-45',
    'ru',
    `Какое вы имеете право мне так писать?? «Кто тебя вообще в интернет пустил» — это вы мне, покупателю, который у вас уже третий заказ делает! Верните деньги за кресло-мешок: наполнитель высыпается через шов на дне.`,
    'none',
    ['emotional', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Seller's "liar and scammer" quoted; the buyer's "not saying … on purpose" is negated.
  c(
    'r27l-46',
    'en',
    `The seller called me "a liar and a scammer" for reporting this. I'm not saying anyone did it on purpose — mix-ups happen. I ordered the 14-inch laptop sleeve in navy and received a black 13-inch one; I noticed when it arrived on 15 October and the laptop didn't fit. Photo of the label attached. Please send the navy 14-inch sleeve I ordered.`,
    'photo',
    [],
    'exchange',
  ),
  // Transliterated Russian; the seller's «tupaya» is quoted.
  c(
    'r27l-47',
    'ru',
    `Prodavec mne napisal «ty che, tupaya? razmer normalnyj». Otvechat v tom zhe tone ne budu. Tufli prishli raznogo razmera: levaya 38, pravaya 37, uvidela pri primerke 2 iyunya. Foto podoshv prilagayu. Proshu obmen na paru 38 razmera.`,
    'photo',
    [],
    'exchange',
  ),
  // "whatever you think is fair": partial without a sum.
  c(
    'r27l-48',
    'en',
    `The seller answered my polite question with a row of laughing emojis and "ask your mommy to help you count". I counted just fine: the 1000-piece puzzle is missing 3 pieces, which I found when I finished it on Sunday 9 February. Photo of the finished puzzle with the gaps attached. Refund whatever you think is fair for the missing pieces.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «€бантяй» (symbol for a letter) aimed at the seller: profanity and insult.
  c(
    'r27l-49',
    'ru',
    `Вы назвали меня «лохом, который сам не знает, что заказал». Сами вы €бантяй, и склад ваш такой же. Аккумулятор для шуруповёрта держит 10 минут вместо заявленного часа — так с первой зарядки 7 апреля, видео с таймером приложено. Замените аккумулятор.`,
    'video',
    ['profanity', 'insult'],
    'exchange',
  ),
  // "so disappointed": emotional; no evidence.
  c(
    'r27l-50',
    'en',
    `Honestly, I'm so disappointed. The seller told me I was "too old to be shopping online". Whatever. The desk lamp's switch is loose and the light flickers every few seconds, ever since the day it came, May 20. I'd like a replacement.`,
    'none',
    ['emotional', 'missing_evidence'],
    'exchange',
  ),
  // Exchange declined because of the seller's quoted threat; refund asked instead.
  c(
    'r27l-51',
    'ru',
    `Замену не хочу. После того как продавец написал мне «ещё раз напишешь — найдём тебя и твоего сына», никаких дел с этим магазином иметь не желаю. Детский самокат: через неделю катания треснула дека у заднего колеса, трещина около 8 см. Фото трещины и скриншот сообщения продавца прикладываю. Прошу вернуть деньги.`,
    'photo',
    [],
    'full_refund',
  ),
  // "a right shower of eejits": regional name-calling, insult.
  c(
    'r27l-52',
    'en',
    `You said I "type like a drunk paddy". Grand. You're a right shower of eejits yourselves. The raincoat lets water in at both shoulder seams — found that out in the first proper rain on 2 November, soaked to the skin. Photos of the wet lining attached. Refund, please.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Concrete fault, photo and request, but no time or discovery moment.
  c(
    'r27l-53',
    'ru',
    `Продавец пишет: «не морочь голову, сама виновата». Морочить никому ничего не буду, изложу факты. Ручной пылесос перестал заряжаться: при подключении к сети индикатор не загорается, другой блок питания тоже не помогает. Фото индикатора при подключении приложено. Прошу заменить пылесос.`,
    'photo',
    ['missing_when'],
    'exchange',
  ),
  // Pasted chat with the seller's "stupid customer" and veiled menace; buyer stays out of it.
  c(
    'r27l-54',
    'en',
    `Seller, 12 Mar 18:02: you again? return it and we will make sure your account is banned
Me, 12 Mar 18:10: I only want the headlamp to work as described.
Seller, 12 Mar 18:15: stupid customer. careful what you ask for

I'm including this so AliExpress can see the tone; I won't be replying to it. The headlamp's strap buckle snapped on the first evening I used it (11 March), and the lamp only lights on the lowest of its three modes. Photos of the buckle and the chat screenshot are attached. Please give me a full refund.`,
    'photo',
    [],
    'full_refund',
  ),
  // The seller's mat is described, not repeated: innocent; 500 ₽ for a pillowcase.
  c(
    'r27l-55',
    'ru',
    `Продавец ответил мне нецензурной бранью. Повторять её здесь не буду, скриншот переписки приложен. По сути спора: в наборе постельного белья евро одна наволочка вместо двух, обнаружила при распаковке 16 января. Фото содержимого упаковки прилагаю. Прошу частичный возврат — 500 руб. за недостающую наволочку.`,
    'photo',
    [],
    'partial_refund',
    500,
  ),
  // Seller's masked "f*cking idiot" quoted: quoted mat is profanity.
  c(
    'r27l-56',
    'en',
    `The seller said I was a "f*cking idiot who can't tell red from orange". I won't repeat the rest of what he wrote. I ordered the kids' raincoat in red (photo of the order page attached) and got an orange one, which I saw the moment I opened the parcel on 4 April. Please send the red one.`,
    'photo',
    ['profanity'],
    'exchange',
  ),
  // «чуть не расплакалась» (affect) and «Вы специально отправляете»: emotional and accusation.
  c(
    'r27l-57',
    'ru',
    `Я чуть не расплакалась, когда прочитала ваш ответ: «у нас товар качественный, это у вас руки кривые». Вы специально отправляете бракованные вещи, думая, что никто не станет связываться. Кухонные весы показывают разный вес одной и той же гири: 1 кг, 1,2 кг, 0,85 кг — проверила в день получения, 3 октября, фото с гирей приложены. Верните деньги.`,
    'photo',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // Seller compared her to a monkey (quoted); missing screws asked for.
  c(
    'r27l-58',
    'ru',
    `Продавец сравнил меня с «мартышкой, которая не может собрать три детали». Оставлю это на его совести. Собрать когтеточку невозможно: в комплекте нет двух винтов М6 для крепления верхней полки, это видно по инструкции и по фото содержимого коробки, которое я приложила. Обнаружила при сборке 25 ноября. Пришлите, пожалуйста, недостающие винты.`,
    'photo',
    [],
    'exchange',
  ),
  // "I found you first", the owner's address and friends who travel there: threat.
  c(
    'r27l-59',
    'en',
    `You wrote "we'll find you and you'll regret this". Guess what — I found you first. Your store is registered to a Mr. Chen in Yiwu, I have the address and your personal WeChat, and I've got friends who travel there every month. The wig arrived on 7 July with half the fibres matted into a felt-like clump at the back; photo attached. Refund now and you'll never hear from me.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Strong, lawful complaint: bank, Роспотребнадзор, honest review.
  c(
    'r27l-60',
    'ru',
    `Прошу рассмотреть спор по существу. На мою претензию продавец ответил угрозой поставить мне низкий рейтинг покупателя и словами «такие, как вы, только портят нам статистику». Это его право, а моё — защищать свои интересы законными способами. Мультиварка выключается через 5–7 минут после начала любой программы и показывает ошибку E4 — так с первого использования 30 апреля, видео приложено. Прошу вернуть полную стоимость. Если спор не будет решён, обращусь в банк за возвратом платежа, в Роспотребнадзор и оставлю честный отзыв о товаре.`,
    'video',
    [],
    'full_refund',
  ),
  // Pasted chat with named speakers; the shop's line has mat: profanity only.
  c(
    'r27l-61',
    'ru',
    `Магазин «HomeLight» (21.08, 11:03): опять ты?
Ирина (21.08, 11:05): Лампочки в люстре мигают, я отправила видео.
Магазин «HomeLight» (21.08, 11:09): да похер мне на твои лампочки, заеб*ла уже

Привожу переписку без изменений. Я им больше не отвечаю. Люстра: три плафона из пяти мигают с первого включения 19 августа, лампы меняла — не помогло. Видео и скриншоты переписки приложены. Прошу заменить люстру.`,
    'video',
    ['profanity'],
    'exchange',
  ),
  // A two-letter reply.
  c('r27l-62', 'en', `no.`, 'none', ['empty_text'], 'none'),
  // The seller's rating threat quoted; buyer indifferent to it.
  c(
    'r27l-63',
    'ru',
    `Продавец пообещал, цитирую, «поставить вам самую плохую оценку покупателя и занести в чёрный список, чтобы вам никто ничего не продавал». Пусть ставит. Мне нужно только одно: мясорубка, которую я получила 2 сентября, не крутит мясо — шнек проворачивается, а из решётки ничего не выходит, при первом же запуске был слышен треск шестерёнки. Видео и фото шестерёнки приложены. Прошу полный возврат.`,
    'video',
    [],
    'full_refund',
  ),
  // Seller mocked the accent; $2 for the missing pack.
  c(
    'r27l-64',
    'en',
    `The seller mocked my accent in a voice message and wrote "speak english properly first". I'll let AliExpress judge that. The order was 4 packs of replacement vacuum filters; 3 packs arrived, which I saw when I opened the box on 18 April. Photo of the contents and the packing slip attached. Please refund $2 for the missing pack.`,
    'photo',
    [],
    'partial_refund',
    2,
  ),
  // Negated «специально» is no accusation; «на ваше усмотрение» is partial without a sum.
  c(
    'r27l-65',
    'ru',
    `Продавец ответил, что я «придумываю дефекты». Я не говорю, что вы отправили это специально, возможно, недосмотрели на складе. Но у пледа по краю распущена нитка, дыра размером с ладонь — заметила при распаковке 30.12, фото приложила. Пользоваться пледом можно, поэтому прошу вернуть часть стоимости на ваше усмотрение.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «Сидела и ревела»: affect; the seller's slur is quoted, not the buyer's.
  c(
    'r27l-66',
    'ru',
    `Сидела и ревела весь вечер после вашего сообщения «учись сначала русскому, чурка». Никогда мне никто такого не писал. По товару: детский комбинезон пришёл 110 размера вместо 122, мерила по бирке и сантиметром 14 ноября. Фото бирки и сантиметра приложены. Прошу обменять на 122.`,
    'photo',
    ['emotional'],
    'exchange',
  ),
  // "seriously??" and "classic scam": emotional and accusation.
  c(
    'r27l-67',
    'en',
    `The seller said I was "making things up like all your customers" — seriously?? This is a classic scam. The hiking boots I got on 12 September have soles that started peeling off at the toe after a single 5 km walk. Photos of both boots attached. I want a full refund.`,
    'photo',
    ['accusation', 'emotional'],
    'full_refund',
  ),
  // «пришла бракованная»: generic, no concrete defect.
  c(
    'r27l-68',
    'ru',
    `Продавец написал, что я «сама не знаю, чего хочу». Знаю: хочу получить то, за что заплатила. Пароварка пришла бракованная, я это увидела при распаковке 5 мая. Фото приложила. Верните деньги.`,
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // «это пздц» (dropped vowels) judging the situation, no "!": profanity only.
  c(
    'r27l-69',
    'ru',
    `Продавец уверяет, что я «придираюсь к мелочам, как все пенсионеры». Мелочи такие: у электрической сковороды отошла ручка вместе с креплением при первом же поднятии, 22 июня, сковорода с горячим маслом чуть не упала. Это не мелочь, это пздц. Фото ручки приложено. Прошу полный возврат.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Seller called the buyer a liar (quoted); polite and complete.
  c(
    'r27l-70',
    'en',
    `The seller replied "you're lying, nothing is missing, we check every box". I'll stay polite, but I do want this resolved. The toolbox set lists 46 pieces; mine has 44 — the 10 mm and 13 mm sockets are missing. I noticed while checking the set against the list on 27 May. Photo of the tray with the two empty slots attached. Please send the two missing sockets.`,
    'photo',
    [],
    'exchange',
  ),
  // «Забирайте свою щётку, отправлю за свой счёт»: return.
  c(
    'r27l-71',
    'ru',
    `Продавец в ответ на мою претензию написал «не нравится — выкинь». Выкидывать не буду. Электрическая зубная щётка: после двух дней использования насадка болтается, и при включении вибрация не передаётся на щётку, гудит только корпус. Фото прилагаю. Забирайте свою щётку, отправлю за свой счёт, а деньги прошу вернуть.`,
    'photo',
    [],
    'return',
  ),
  // "Я не угрожаю" then a brother who "visits" and «чтобы с вашим складом что-нибудь случилось»: threat.
  c(
    'r27l-72',
    'ru',
    `Продавец написал мне: «будешь писать в поддержку — пожалеешь». Я не угрожаю, я просто напомню, что у меня брат работает в Гуанчжоу и очень любит навещать тех, кто обижает его сестру. Вам ведь не хочется, чтобы с вашим складом что-нибудь случилось? Тостер не опускает хлеб: рычаг не фиксируется в нижнем положении, с первого дня, 8 июля. Фото рычага прилагаю. Замените тостер.`,
    'photo',
    ['threat'],
    'exchange',
  ),
  // Non-receipt without elapsed time or evidence.
  c(
    'r27l-73',
    'en',
    `Where is my order? I asked the seller politely and he told me to "stop nagging like an old woman". I'd just like my money back for the parcel that never came.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // «Свитер с оленями» is a thing, not a name; «как маленькая» is the seller's.
  c(
    'r27l-74',
    'ru',
    `Продавец на мой вопрос написал: «что вы, как маленькая, пристали со своим свитером». Не пристала, а прошу помочь. Свитер с оленями, заказанный в подарок, после первой стирки при 30 градусах, как на бирке, сел на два размера, и олени на груди перекосились. Фото до и после стирки приложены. Прошу вернуть полную стоимость 2 150 руб.`,
    'photo',
    [],
    'full_refund',
  ),
  // Seller mocked her age (quoted); 149,50 грн with a decimal comma.
  c(
    'r27l-75',
    'ru',
    `Продавец на мой вопрос ответил: «ой, бабушка, идите внукам пироги печь». Пироги я испеку, а пока изложу проблему. В комплекте кухонных полотенец 4 штуки вместо 6, пересчитала сразу при вскрытии пакета 9 июня. Фото прилагаю. Прошу вернуть 149,50 грн за два недостающих полотенца.`,
    'photo',
    [],
    'partial_refund',
    149.5,
  ),
  // "you absolute a$$hole": masked profanity calling the seller a name.
  c(
    'r27l-76',
    'en',
    `You told me "go back to your village, granny". Real classy, you absolute a$$hole. The electric heater cuts out after two minutes and the fan makes a grinding noise — from the very first use on 1 December. Photo of the heater and the error light attached. Full refund.`,
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // «Я НЕ ВРУ»: two capitalised words, emotional.
  c(
    'r27l-77',
    'ru',
    `Вы написали, что я вру и что «таких, как вы, надо сразу блокировать». Я НЕ ВРУ. Рулонные шторы: механизм не держит штору, она сама раскручивается до пола, так с момента установки 12 марта. Фото механизма и сломанного фиксатора приложены. Прошу вернуть деньги.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // «прикладываю видео» with no file; 450 ₽ in words, item kept.
  c(
    'r27l-78',
    'ru',
    `Продавец ответил: «а ты докажи, что так пришло, умная нашлась». Доказываю: прикладываю видео распаковки 3 марта, на нём видно, что у термокружки вмятина на боку и крышка не закручивается до конца. Пользоваться можно, поэтому прошу вернуть четыреста пятьдесят рублей.`,
    'none',
    ['evidence_not_attached'],
    'partial_refund',
    450,
  ),
  // Long, calm report; the seller's mockery and "find where you live" are pasted; item offered back.
  c(
    'r27l-79',
    'en',
    `I'd like AliExpress to look at this dispute and at the seller's messages, which I'm quoting below exactly as received.

Order 8162 0047 9931 — robot lawn mower boundary wire kit, paid £64.90 on 28 April, delivered 9 May.

The problem: the kit is listed with 100 m of boundary wire and 200 pegs. The reel in the box is labelled 100 m, but when I laid it out around the lawn on 11 May it ran out at about 62 m. I then measured the whole length with a 30 m tape: 61.5 m in total. There were also 120 pegs, not 200 — I counted them into bags of ten. I filmed the measuring and the counting; the video is attached.

What the seller wrote when I reported it:
Seller (12 May): You cant measure, typical old man
Seller (12 May): Open dispute and we rate you as bad buyer, all sellers will see
Seller (13 May): Maybe we find where you live and bring the other 40 m personally haha

I didn't answer those messages and I won't. I'm not interested in an argument; I just want what I paid for. I'm happy to send the whole kit back at the seller's cost and would like a full refund once it has been returned.`,
    'video',
    [],
    'return',
  ),
  // Dignity, then «идите вы на х*р» (sending away, masked): profanity only.
  c(
    'r27l-80',
    'ru',
    `Вы написали мне: «ты вообще кто такой, чтобы мне указывать». Я покупатель, который заплатил вам 1 890 руб. за набор садовых ножниц, из которых одни пришли с треснувшей ручкой — увидел при распаковке 14 апреля, фото прикладываю. Я долго держался и отвечать на хамство не собирался, но раз так: идите вы на х*р со своим магазином. Деньги верните.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
];
