import { labelled as c, toneCase as item, type CorpusCase } from './types';

/**
 * Round five held-out set (issue 12): the same kinds as sets A and B, with other situations, products and
 * disguises. Written without reading the analyzer's rules or its earlier corpus texts; labels follow
 * analyzer-notes.md section 1 and the README's labelling decisions. The round-five labelling decisions are written
 * at the top of `round5-a.ts` (mat as interjection/intensifier is also `emotional`; mat name-calling is also
 * `insult`; `too_short` labelled). Meant to be scored before and after, never tuned on.
 */
export const ROUND5_HOLDOUT: CorpusCase[] = [
  // ── Disguised mat (Russian) ─────────────────────────────────────────────────────────────────────────────────
  // Greek alpha for «а» in «нахуя», an expletive "why the f…": profanity and emotional.
  c(
    'r5h-01',
    'ru',
    'Нαхуя было класть зарядку прямо на экран планшета? На экране остались две глубокие царапины, увидела при распаковке 16 марта. Фото прилагаю. Прошу вернуть деньги.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Armenian «օ» for «о» in a mat verb questioning the seller's sanity: profanity and insult.
  c(
    'r5h-02',
    'ru',
    'Вы там совсем օхуели? Заказал чёрные кроссовки 44 размера, пришли белые 42-го, открыл посылку 9 октября. Фото прилагаю. Прошу обмен.',
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // Greek pi standing for the syllable «пи», intensifier.
  c(
    'r5h-03',
    'ru',
    'Чехол πздец какой тонкий: телефон упал со стола, и угол корпуса погнулся, через неделю после получения, 2 июня. Фото прилагаю. Прошу вернуть деньги за чехол.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Mat abbreviation with vowels dropped («збс»), sarcastic interjection.
  c(
    'r5h-04',
    'ru',
    'Ну збс: вместо набора отвёрток из 24 предметов пришло 11, пересчитал при получении 20 апреля. Фото прилагаю. Прошу вернуть деньги.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Minced «нах» as an intensifier.
  c(
    'r5h-05',
    'ru',
    'Такой чайник нах никому не нужен: от кипятка пластик внутри пахнет жжёным и плавится у спирали, заметила на второй день, 12 января. Фото прилагаю. Прошу вернуть деньги.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // A masked ordinary insult (hyphens between letters): insult, no mat.
  item(
    'r5h-06',
    'ru',
    'Ваши к-р-е-т-и-н-ы на складе опять перепутали цвет: заказывала бежевое пальто, пришло серое. Получила 4 ноября. Фото прилагаю. Прошу обмен на бежевое.',
    'insult',
    'exchange',
  ),
  // A soft euphemism («ёпрст») is not mat (README round two): ready.
  item(
    'r5h-07',
    'ru',
    'Ёпрст, у кухонного таймера отвалилась магнитная пластина на задней стороне, на следующий день после получения, 7 февраля. Фото прилагаю. Прошу замену.',
    undefined,
    'exchange',
  ),

  // ── Insults without a swear word (Russian) ──────────────────────────────────────────────────────────────────
  // Doubting anyone at the warehouse can read.
  item(
    'r5h-08',
    'ru',
    'Если на вашем складе хоть кто-то умеет читать, передайте ему: в заказе набор ключей в метрических размерах, а пришёл в дюймовых. Обнаружил при первой попытке открутить гайку 10 мм, 14 августа. Фото прилагаю. Прошу обмен.',
    'insult',
    'exchange',
  ),
  // A discount on the reader's intellect.
  item(
    'r5h-09',
    'ru',
    'Сделаю скидку на ваш интеллект и напишу совсем коротко: увлажнитель не выпускает пар. С первого дня, 5 декабря. Видео прилагаю. Деньги верните.',
    'insult',
    'full_refund',
  ),
  // Slang name-calling aimed at the warehouse staff.
  item(
    'r5h-10',
    'ru',
    'Эй, чепушилы со склада, вы зачем положили зарядку с американской вилкой? Заказ был с европейской, увидел при распаковке 27 сентября. Фото прилагаю. Прошу замену.',
    'insult',
    'exchange',
  ),
  // Sarcastic praise of the seller's work.
  item(
    'r5h-11',
    'ru',
    'Отдельное спасибо вашим золотым рукам: ножки у табурета разной длины, он качается, собрал 3 марта строго по инструкции. Фото прилагаю. Прошу вернуть деньги.',
    'insult',
    'full_refund',
  ),
  // «баран» about a toy: not an insult.
  item(
    'r5h-12',
    'ru',
    'Мягкая игрушка-баран пришла без одного рога, на его месте торчат нитки. Заметила при распаковке 30 декабря. Фото прилагаю. Прошу обмен.',
    undefined,
    'exchange',
  ),
  // Doubting that the reader can read at all.
  item(
    'r5h-13',
    'ru',
    'Вы читать вообще умеете или только копировать шаблоны? Я уже писал: у пылесоса отломан фиксатор контейнера, обнаружил при распаковке 18 мая. Фото прилагаю. Прошу вернуть деньги.',
    'insult',
    'full_refund',
  ),

  // ── Veiled threats (Russian) ────────────────────────────────────────────────────────────────────────────────
  // The seller's address and friends "dropping in".
  item(
    'r5h-14',
    'ru',
    'Ваш адрес в Гуанчжоу я нашёл, а у меня там как раз друзья, с радостью заглянут к вам на чай. Рация не передаёт звук, проверил в паре со второй 11 июня. Видео прилагаю. Прошу вернуть деньги.',
    'threat',
    'full_refund',
  ),
  // Doxxing: the seller's passport and his wife's phone number.
  item(
    'r5h-15',
    'ru',
    'Фото вашего паспорта и номер телефона вашей жены будут в моём отзыве, если завтра не будет ответа. Плед пришёл 150 на 100 вместо 200 на 150, измерила рулеткой 23 октября. Фото прилагаю. Прошу обмен.',
    'threat',
    'exchange',
  ),
  // Polite menace about the buyer's patience running out.
  item(
    'r5h-16',
    'ru',
    'Я человек спокойный, но у всего есть предел, и вам лучше не узнавать, где мой. Аккумулятор для шуруповёрта держит заряд 10 минут вместо заявленного часа, проверил 1 апреля. Видео прилагаю. Прошу замену.',
    'threat',
    'exchange',
  ),
  // Violence without a violent verb.
  item(
    'r5h-17',
    'ru',
    'Будь вы сейчас рядом, этот разговор закончился бы иначе, и вашей челюсти это бы не понравилось. Стекло духовки мини-печи лопнуло при первом нагреве 26 января. Фото прилагаю. Прошу вернуть деньги.',
    'threat',
    'full_refund',
  ),
  // The seller's family and routine, with "it would be a pity".
  item(
    'r5h-18',
    'ru',
    'Ваша жена ведь забирает сына из садика в шесть? Жаль будет, если однажды что-то пойдёт не так. Детское автокресло пришло без ремня безопасности, обнаружили при установке 8 июля. Фото прилагаю. Прошу вернуть деньги.',
    'threat',
    'full_refund',
  ),

  // ── Lawful steps (Russian) ──────────────────────────────────────────────────────────────────────────────────
  item(
    'r5h-19',
    'ru',
    'Если решения не будет, подам претензию через горячую линию Алиэкспресса и сообщу в свой банк. Гирлянда на батарейках не светит, батарейки новые, проверила 21 декабря. Видео прилагаю. Прошу вернуть деньги.',
    undefined,
    'full_refund',
  ),
  item(
    'r5h-20',
    'ru',
    'Сумма для меня немаленькая, поэтому при необходимости обращусь в суд, все документы сохранены. Посылка с ноутбуком не доставлена, срок доставки истёк 15 ноября, трек-номер не обновляется месяц. Прошу вернуть деньги.',
    undefined,
    'full_refund',
  ),
  item(
    'r5h-21',
    'ru',
    'Напишу правдивый отзыв с фото, пусть другие покупатели знают, что с размерами в этом магазине надо быть внимательнее. Платье пришло 42 размера вместо 48, увидела на бирке при получении 10 мая. Фото прилагаю. Прошу обмен.',
    undefined,
    'exchange',
  ),

  // ── Innocent look-alikes (Russian) ──────────────────────────────────────────────────────────────────────────
  // «Требую» and «потребляю» contain a rude-looking sequence inside.
  item(
    'r5h-22',
    'ru',
    'Требую замены: электрический чайник потребляет 2,8 кВт вместо 1,8 и выбивает автомат, проверил ваттметром 29 октября. Фото прилагаю.',
    undefined,
    'exchange',
  ),
  item(
    'r5h-23',
    'ru',
    'Мебельные петли пришли не те: заказывал накладные на 35 мм, а пришли вкладные на 26 мм, сверил по чертежу 4 сентября. Фото прилагаю. Прошу обмен.',
    undefined,
    'exchange',
  ),
  item(
    'r5h-24',
    'ru',
    'Магнит с Пизанской башней пришёл расколотым пополам, увидела при распаковке 15 августа. Фото прилагаю. Прошу вернуть деньги.',
    undefined,
    'full_refund',
  ),
  item(
    'r5h-25',
    'ru',
    'Песцовый воротник для пуховика пришёл с проплешиной около 3 см у застёжки, заметила при распаковке 2 февраля. Фото прилагаю. Прошу замену.',
    undefined,
    'exchange',
  ),
  // «сабля», «рубля», «гребень» in oblique cases.
  c(
    'r5h-26',
    'ru',
    'Игрушечная сабля пришла с отломанной гардой, а гребень из того же заказа без трёх зубцов. Обнаружила при распаковке 12 июня. Фото прилагаю. Прошу вернуть за саблю 180 рублей, а гребень оставлю: со скидкой он обошёлся мне дешевле одного рубля.',
    'photo',
    [],
    'partial_refund',
    180,
  ),

  // ── Reported speech (Russian) ───────────────────────────────────────────────────────────────────────────────
  item(
    'r5h-27',
    'ru',
    'В чате продавец назвал меня «неадекватной истеричкой», когда я попросила проверить размер. Скриншот переписки прилагаю. Босоножки пришли 37 размера вместо 39, видно на подошве; получила 6 июля. Прошу обмен.',
    undefined,
    'exchange',
  ),
  item(
    'r5h-28',
    'ru',
    'Продавец пригрозил мне в переписке: «откроете спор — заблокируем ваш аккаунт, и вы пожалеете». Скриншот прилагаю. Электронная книга не включается, экран не реагирует с момента получения 3 марта. Прошу вернуть деньги.',
    undefined,
    'full_refund',
  ),
  // Quoted mat stays mat.
  c(
    'r5h-29',
    'ru',
    'На вопрос о недостающих деталях продавец ответил «пошла на х**, всё положили». Скриншот прилагаю. В конструкторе не хватает двух пакетов деталей из восьми, проверила по инструкции 19 ноября. Прошу дослать детали.',
    'photo',
    ['profanity'],
    'exchange',
  ),

  // ── Accusations (Russian) ───────────────────────────────────────────────────────────────────────────────────
  c(
    'r5h-30',
    'ru',
    'Обманщики. Заказывала серебряные серьги 925 пробы, а после недели носки 12 мая они позеленели, ювелир в салоне сказал, что это латунь. Фото прилагаю. Прошу вернуть деньги.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // A negated label: not an accusation.
  c(
    'r5h-31',
    'ru',
    'Не думаю, что это обман, скорее путаница на складе: вместо зубной щётки с тремя насадками пришла с одной. Получил 8 апреля. Фото прилагаю. Прошу дослать две насадки.',
    'photo',
    [],
    'exchange',
  ),
  // Scare quotes around «честный»: sarcasm about honesty.
  c(
    'r5h-32',
    'ru',
    'Очень «честный» магазин: на весах в карточке написано «до 180 кг», а они показывают ошибку уже при моих 95 кг, проверил 13 сентября. Видео прилагаю. Прошу вернуть деньги.',
    'video',
    ['accusation'],
    'full_refund',
  ),
  c(
    'r5h-33',
    'ru',
    'Это развод: в описании объектив со стеклянной линзой, а пришла пластиковая, видно по царапине от ногтя, заметил 28 августа. Фото прилагаю. Прошу частичный возврат 700 рублей.',
    'photo',
    ['accusation'],
    'partial_refund',
    700,
  ),

  // ── Resolution nuances (Russian) ────────────────────────────────────────────────────────────────────────────
  c(
    'r5h-34',
    'ru',
    'Деньги не возвращайте, просто замените: у наушников-вкладышей левый динамик хрипит на любой громкости, с первого дня, 22 октября. Видео прилагаю.',
    'video',
    [],
    'exchange',
  ),
  // A sum in words.
  c(
    'r5h-35',
    'ru',
    'Из двух заказанных курток пришла одна, вторую не нашла в посылке при вскрытии на почте 17 января. Фото содержимого прилагаю. Прошу вернуть за недостающую куртку полторы тысячи рублей.',
    'photo',
    [],
    'partial_refund',
    1500,
  ),
  c(
    'r5h-36',
    'ru',
    'Заказывала плед из шерсти, а по бирке 80% акрила, прочитала при получении 9 декабря. Фото бирки прилагаю. Пользоваться буду, но прошу вернуть разницу между шерстяным и акриловым.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // The buyer offers to send the item back.
  c(
    'r5h-37',
    'ru',
    'Колонка отключается через пять минут работы от аккумулятора, проверил несколько раз 2 мая. Видео прилагаю. Хочу вернуть колонку продавцу и получить деньги обратно.',
    'video',
    [],
    'return',
  ),
  // «компенсацию» without a sum.
  c(
    'r5h-38',
    'ru',
    'На столешнице журнального столика глубокая вмятина у края, обнаружил при сборке 24 февраля. Фото прилагаю. Прошу компенсацию, столик оставлю.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),

  // ── Files promised but not attached (Russian) ───────────────────────────────────────────────────────────────
  c(
    'r5h-39',
    'ru',
    'Фото во вложении: у настольной лампы отломано крепление плафона, он висит на проводе. Увидела при распаковке 11 марта. Прошу замену.',
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  c(
    'r5h-40',
    'ru',
    'Прилагаю скриншоты переписки, где продавец сам подтвердил, что отправил не ту модель: пришёл фен без ионизации. Получила 30 июля. Прошу обмен.',
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),

  // ── Empty or near-empty (Russian) ───────────────────────────────────────────────────────────────────────────
  c('r5h-41', 'ru', '  \n  ', 'none', ['empty_text'], 'none'),
  // No words, only question marks: empty (and nothing else, even though "??" would otherwise be emotional).
  c('r5h-42', 'ru', '???', 'none', ['empty_text'], 'none'),

  // ── Disguised profanity (English) ───────────────────────────────────────────────────────────────────────────
  // Masked name-calling with a swear word: profanity and insult.
  c(
    'r5h-43',
    'en',
    'You @ssholes shipped the lamp without a bulb holder; I noticed when assembling it on 9 April. Photo attached. Please refund me.',
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // A noun about the item: profanity only.
  c(
    'r5h-44',
    'en',
    'This keyboard is a piece of sh1t: the space bar sticks and the E key types twice, since the day it came, 24 May. Video attached. Please send a working one.',
    'video',
    ['profanity'],
    'exchange',
  ),
  // "wtf" as an interjection.
  c(
    'r5h-45',
    'en',
    'wtf, the bike lock opens without the key if you pull hard; found this on 6 November, the first day I used it. Video attached. I want a refund.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),

  // ── Insults without a swear word (English) ──────────────────────────────────────────────────────────────────
  item(
    'r5h-46',
    'en',
    "I'll type slowly, as your support team clearly struggles with anything longer than a sentence: the blender jug leaks at the blade seal, since the first use on 17 March. Video attached. Please refund me.",
    'insult',
    'full_refund',
  ),
  // British name-calling.
  item(
    'r5h-47',
    'en',
    'Which of you pillocks packed a ceramic planter with no padding at all? It arrived in pieces on 30 April. Photo attached. Please send a new one.',
    'insult',
    'exchange',
  ),
  item(
    'r5h-48',
    'en',
    'Congratulations on achieving the impossible: a waterproof speaker that dies in light rain, on its first outing, 12 August. Photo attached. Please refund me.',
    'insult',
    'full_refund',
  ),

  // ── Veiled threats (English) ────────────────────────────────────────────────────────────────────────────────
  item(
    'r5h-49',
    'en',
    'I have your home address, so perhaps I will just pay you a personal visit. The steam mop will not heat up at all, since unboxing on 2 December. Video attached. I want a refund.',
    'threat',
    'full_refund',
  ),
  item(
    'r5h-50',
    'en',
    "Your personal number and your daughter's photos will be all over the local forums by Friday. The baby monitor loses its connection every few minutes, since the first night, 19 January. Video attached. Please refund me.",
    'threat',
    'full_refund',
  ),
  item(
    'r5h-51',
    'en',
    'It would be a real shame if your warehouse caught fire. These things happen. The electric blanket controller shows an error light and will not heat, since 3 November when it arrived. Photo attached. Please send a replacement.',
    'threat',
    'exchange',
  ),

  // ── Lawful steps (English) ──────────────────────────────────────────────────────────────────────────────────
  item(
    'r5h-52',
    'en',
    'If we cannot agree, I will open a dispute and ask AliExpress to step in; I have also told my bank I may request a chargeback. The wireless charger does not charge through a 2 mm case as advertised, tested on 7 October. Photo attached. Please refund me.',
    undefined,
    'full_refund',
  ),
  item(
    'r5h-53',
    'en',
    "I'm prepared to take this to the consumer ombudsman if needed. The parcel with my headphones never arrived; the delivery deadline passed on 1 September and tracking has not updated in 40 days. Tracking screenshot attached. Please refund me.",
    undefined,
    'full_refund',
  ),

  // ── Innocent look-alikes (English) ──────────────────────────────────────────────────────────────────────────
  item(
    'r5h-54',
    'en',
    'The cockatoo perch arrived with the screw thread stripped, so it will not attach to the cage; I found this when fitting it on 25 July. Photo attached. Please send a replacement.',
    undefined,
    'exchange',
  ),
  item(
    'r5h-55',
    'en',
    "Please refund me: the bass guitar strings are 0.045 gauge, not the 0.050 in the listing. Measured with a micrometer at Mr Hancock's music workshop on 13 May. Photo attached.",
    undefined,
    'full_refund',
  ),
  item(
    'r5h-56',
    'en',
    'The titmouse feeder came without its hanging hook, and the cumin grinder in the same order has a cracked lid. Both found on unpacking, 8 October. Photo attached. Please send replacements.',
    undefined,
    'exchange',
  ),

  // ── Reported speech (English) ───────────────────────────────────────────────────────────────────────────────
  item(
    'r5h-57',
    'en',
    "The seller called me 'a moron who can't read a size chart' in the chat. Screenshot attached. Per that same chart, a 96 cm chest is size L, and the shirt that arrived on 2 March measures 88 cm. Please exchange it for an L.",
    undefined,
    'exchange',
  ),
  // Quoted mat stays mat.
  c(
    'r5h-58',
    'en',
    "When I asked about the missing screws, the seller wrote 'go f*ck yourself'. Screenshot attached. The shelf kit is missing 8 of its 16 screws, counted on 21 June. Please refund me.",
    'photo',
    ['profanity'],
    'full_refund',
  ),

  // ── Accusations (English) ───────────────────────────────────────────────────────────────────────────────────
  c(
    'r5h-59',
    'en',
    'This was clearly deliberate: the listing photo shows a leather wallet, and what arrived on 4 April is plastic with a leather print. Photo attached. Please refund me.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Negated: not an accusation.
  c(
    'r5h-60',
    'en',
    "I'm not saying you're scamming anyone, but the 2 m extension cable is 1.5 m; I measured it on 16 September. Photo attached. Please refund me.",
    'photo',
    [],
    'full_refund',
  ),
  // Scare quotes around the excuse.
  c(
    'r5h-61',
    'en',
    "Sure, it 'got lost' again, the third parcel from your store this year. This one was due on 10 October and tracking has shown nothing for 35 days. Tracking screenshot attached. Please refund me.",
    'photo',
    ['accusation'],
    'full_refund',
  ),

  // ── Resolution nuances (English) ────────────────────────────────────────────────────────────────────────────
  c(
    'r5h-62',
    'en',
    'No refund needed; please just send the correct colour. I ordered the green yoga mat and received a purple one on 27 January. Photo attached.',
    'photo',
    [],
    'exchange',
  ),
  // A sum in words.
  c(
    'r5h-63',
    'en',
    'Two of the six glasses in the set arrived chipped at the rim; I found them when unpacking on 14 February. Photo attached. Please refund twelve dollars for the two damaged glasses.',
    'photo',
    [],
    'partial_refund',
    12,
  ),
  c(
    'r5h-64',
    'en',
    'I was charged for the 4-port USB hub but received the 3-port one, found on opening it on 5 August. Photo attached. Please refund the difference.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),

  // ── Files promised but not attached (English) ───────────────────────────────────────────────────────────────
  c(
    'r5h-65',
    'en',
    'The right strap of the backpack tore away from the bag at the stitching on the fourth day, 11 June. Photos attached. Please send a replacement.',
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),

  // ── Empty (English) ─────────────────────────────────────────────────────────────────────────────────────────
  // Only an emoji: no words.
  c('r5h-66', 'en', '👍', 'none', ['empty_text'], 'none'),
];
