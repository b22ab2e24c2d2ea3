import { labelled as c, type CorpusCase } from './types';

/**
 * Round nineteen, hold-out set A: seasoned AliExpress buyers and small shop owners who quote the platform's rules,
 * deadlines and dispute stages, mix legalistic wording with sarcasm, name lawful steps, and sometimes slide into abuse
 * or menace. Written by a hand that has not read the analyzer's rules or other corpus files; labels follow
 * DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - A file attached in the form counts as evidence even when the text does not name it; with no file, a tracking
 *   number, the word «отслеживание»/«трекинг»/"tracking" or «акт почты» in the text is evidence.
 * - Escalating to AliExpress, «арбитраж», chargeback, Роспотребнадзор, police, court and an honest review are lawful
 *   steps, never threats, however firmly they are put.
 * - "I'm frankly losing patience" and "second time I'm raising this" are firm, not affect words: not emotional.
 * - "You f*cking scammers" is profanity, accusation and emotional (the mat word is an intensifier, section 1).
 * - «Вы там слепые?» and «Вы там совсем еб@нулись?» (a single question at the seller) are not emotional.
 * - Knowing the seller's warehouse address plus «знакомые могут заглянуть поговорить» is a veiled threat; "you'll
 *   regret dealing with me" next to «кидалы» is threat and accusation.
 * - Transliterated «eto pizdec:» judging the situation, followed by the facts, with no "!", is profanity only.
 * - «Если до пятницы не вернёте деньги…» is a conditional full-refund request.
 * - "Such honest sellers" and «Какая потрясающая честность» with no scare quotes are sarcasm about honesty:
 *   accusation.
 * - A text of only "..." has no words: empty_text only.
 */
export const ROUND19_HOLDOUT_A: CorpusCase[] = [
  // Firm and rule-quoting, refuses a coupon, complete: ready.
  c(
    'r19a-01',
    'ru',
    'Заказ 81340027, настольная лампа. Получила 3 марта, при распаковке увидела, что плафон треснут по шву, трещина около 4 см, на фото видно. Продавец в переписке предложил купон на 50 ₽ — отказываюсь. Напоминаю: по правилам платформы у вас 15 дней на ответ, после этого спор уйдёт на рассмотрение AliExpress. Прошу полный возврат.',
    'photo',
    [],
    'full_refund',
  ),
  // Mat with Latin look-alike letters as a judgement, no "!": profanity only.
  c(
    'r19a-02',
    'ru',
    'Вы опять прислали не тот размер, это уже пиzдeц. Заказывала пуховик размер M, пришёл XXL, обнаружила при примерке 12 января. Фото бирки приложила. Прошу обмен на M.',
    'photo',
    ['profanity'],
    'exchange',
  ),
  // "Explaining for the third time, for those who read every other word": condescension.
  c(
    'r19a-03',
    'ru',
    'Объясняю в третий раз, специально для тех, кто читает через слово: я заказал набор свёрл 19 шт., в коробке 13, пересчитал при вскрытии 5 февраля. Фото с раскладкой приложено. Верните 420 ₽ за недостающие шесть свёрл.',
    'photo',
    ['insult'],
    'partial_refund',
    420,
  ),
  // Knows the warehouse address, "friends may drop in for a talk": veiled threat.
  c(
    'r19a-04',
    'ru',
    'Магазин у вас оформлен на Гуанчжоу, но склад, как я выяснил, в Подольске, адрес я знаю. Мои знакомые там часто бывают, могут и заглянуть поговорить. Кофеварка протекает из-под бойлера с первого включения 20 апреля, видео приложено. Верните деньги.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // Scare quotes around the seller's "warehouse error": accusation.
  c(
    'r19a-05',
    'ru',
    'Ну конечно, «ошибка склада» — третий раз подряд у одного и того же продавца. Заказывала чехол для чемодана размера L, пришёл S, увидела при распаковке 9 мая. Фото этикетки во вложении. Прошу прислать размер L.',
    'photo',
    ['accusation'],
    'exchange',
  ),
  // CAPS affect word and "!!", no request.
  c(
    'r19a-06',
    'ru',
    'Это просто КОШМАР какой-то!! Жду посылку уже третий месяц, отслеживание не обновляется со 2 декабря. Сколько можно?',
    'none',
    ['emotional', 'missing_resolution'],
    'none',
  ),
  // Innocent: хлебница, ребёнок, рублей contain rude-looking pieces.
  c(
    'r19a-07',
    'ru',
    'Хлебница из бамбука, заказ от 2 февраля. При распаковке 18 февраля увидела, что крышка не закрывается: петля оторвана, саморезы выпали. Ребёнок чуть не порезался об острый край. Стоимость 1 240 рублей, по правилам защиты покупателя прошу вернуть полную сумму. Фото приложены.',
    'photo',
    [],
    'full_refund',
  ),
  // "Refund the difference" with no sum.
  c(
    'r19a-08',
    'ru',
    'Пришло 3 пары носков вместо 5, проверила при вскрытии пакета 11 июня, фото упаковки приложено. Прошу вернуть разницу.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Says a photo is attached, the form has none.
  c(
    'r19a-09',
    'ru',
    'Кроссовки: подошва отклеилась на носке через 10 дней носки. Прикладываю фото. Прошу заменить пару.',
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // Spaced mat as an interjection with "!!!", no file and no evidence named.
  c(
    'r19a-10',
    'ru',
    'Опять б л я т ь отправили не тот цвет!!! Заказ 7712 — плед серый, пришёл ядовито-розовый, открыла 14.10. Верните деньги.',
    'none',
    ['profanity', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // Seller's insult quoted as evidence (no mat): innocent.
  c(
    'r19a-11',
    'ru',
    'Продавец в переписке 3 июля написал мне: «ты тупая, сама сломала». Скриншот переписки прикладываю. Фен перестал греть на пятый день: дует только холодным воздухом. Прошу полный возврат, по правилам AliExpress оскорбления от продавца недопустимы.',
    'photo',
    [],
    'full_refund',
  ),
  // Seller's mat quoted: still profanity.
  c(
    'r19a-12',
    'ru',
    'Продавец ответил мне в чате: «да пошёл ты на х*й, сам сломал». Это его слова, скрин приложен. Электрочайник: отвалилась кнопка включения при первом использовании 2 сентября. Прошу замену.',
    'photo',
    ['profanity'],
    'exchange',
  ),
  // Knows the wife's name and the son's school, hints at publishing: threat.
  c(
    'r19a-13',
    'ru',
    'Я нашла ваш профиль ВКонтакте, знаю, как зовут вашу жену и в какую школу ходит сын. Думаю, вы не хотите, чтобы всё это оказалось в открытом доступе. Вентилятор: сломана лопасть, обнаружила при распаковке 5 июля. Фото во вложении. Верните деньги полностью.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Chargeback, Роспотребнадзор, honest review: lawful, ready.
  c(
    'r19a-14',
    'ru',
    'Уважаемый продавец, 15 дней на ответ по спору истекли 22 марта, вы не ответили. Электронная книга: экран покрыт вертикальными полосами с первого включения, видео приложено. Прошу полный возврат. Если AliExpress спор не решит, подам заявление в банк на chargeback и обращусь в Роспотребнадзор. Отзыв напишу честный, с видео.',
    'video',
    [],
    'full_refund',
  ),
  // Name-calling packers with a rural slur, no swear word.
  c(
    'r19a-15',
    'ru',
    'Кто у вас там упаковщики, чушки деревенские? Стеклянную вазу положили в пакет без пупырки, пришла осколками 27 августа. Видео распаковки прикладываю. Возврат денег.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // Generic complaint, nothing concrete, "разберитесь".
  c(
    'r19a-16',
    'ru',
    'Товар не соответствует описанию, качество плохое. Разберитесь.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Near-empty.
  c('r19a-17', 'ru', 'ок', 'none', ['empty_text'], 'none'),
  // Transliterated mat as a judgement before the facts, no "!".
  c(
    'r19a-18',
    'ru',
    'Prodavec, eto pizdec: zakazal ryukzak na 40 litrov, prishel 20-litrovyj, sravnil s etiketkoj 3 maya. Foto prilozhil. Hochu vozvrat deneg.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Fraud label with facts and post-office evidence, no file.
  c(
    'r19a-19',
    'ru',
    'Вы мошенники. Заказ на 4 ножа для мясорубки, пришла пустая коробка, вес в трекинге 0,05 кг, вскрывала на почте 16 ноября, есть акт почты. Верните деньги.',
    'none',
    ['accusation'],
    'full_refund',
  ),
  // Negated accusation: innocent.
  c(
    'r19a-20',
    'ru',
    'Не думаю, что вы сделали это специально, но пришёл не тот товар: вместо фильтра для пылесоса модели X20 — фильтр от X15, не подходит по диаметру. Обнаружил при установке 8 января. Фото двух фильтров рядом во вложении. Прошу прислать нужный фильтр.',
    'photo',
    [],
    'exchange',
  ),
  // Affect word, otherwise complete partial refund.
  c(
    'r19a-21',
    'ru',
    'Я очень расстроена. Платье на выпускной дочери пришло с разошедшимся швом на боку, увидели при примерке 20 мая. Фото приложила. Прошу частичный возврат 1500 рублей, зашьём сами.',
    'photo',
    ['emotional'],
    'partial_refund',
    1500,
  ),
  // «Не доводите до греха»: ominous menace.
  c(
    'r19a-22',
    'ru',
    'Не доводите до греха. Я человек спокойный, но за свои деньги спрошу уже по-другому. Дрель: патрон бьёт, заметил при первом сверлении 2 апреля. Видео во вложении. Прошу возврат денег.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // Dropped-vowel mat cried out with "!".
  c(
    'r19a-23',
    'ru',
    'Пздц, а не палатка! Дуги лопнули при первой установке 17 июня, фото приложены. Верните деньги полностью.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Sarcastic praise of the staff: insult.
  c(
    'r19a-24',
    'ru',
    'Браво, гении логистики: посылка ехала 47 дней, а коробка пришла мокрая, книга разбухла и слиплась. Получила 3 октября. Фото приложено. Прошу вернуть деньги.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Declines money, asks for the right case: exchange.
  c(
    'r19a-25',
    'ru',
    'Деньги мне не нужны, пришлите, пожалуйста, правильный чехол: заказывала для Galaxy A54, пришёл для A34, вырез под камеру не совпадает. Заметила, когда надевала, 12.09. Фото приложено.',
    'photo',
    [],
    'exchange',
  ),
  // Sum in words.
  c(
    'r19a-26',
    'ru',
    'Из набора кистей на 12 шт. пришло 10, пересчитала при распаковке 4 марта. Фото приложено. Прошу вернуть двести сорок рублей за две недостающие кисти.',
    'photo',
    [],
    'partial_refund',
    240,
  ),
  // "Half the price": partial without a sum.
  c(
    'r19a-27',
    'ru',
    'Гирлянда из двух секций: вторая секция не светится с первого включения 25 декабря. Видео приложила. Верните половину стоимости, гирлянду оставлю.',
    'video',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Decimal commas.
  c(
    'r19a-28',
    'ru',
    'Заказ на 10 м светодиодной ленты, пришло 7,5 м — измерила рулеткой 2 июля. Фото с рулеткой во вложении. Прошу частичный возврат 3,40 $ за недостающие 2,5 м.',
    'photo',
    [],
    'partial_refund',
    3.4,
  ),
  // «На ваше усмотрение»: partial without a sum.
  c(
    'r19a-29',
    'ru',
    'Пылесос работает, но щётка-насадка пришла с трещиной через весь корпус, увидел при распаковке 30 января. Фото приложено. Компенсацию оставляю на ваше усмотрение.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Concrete defects, no time or discovery.
  c(
    'r19a-30',
    'ru',
    'Чайник пахнет горелой пластмассой, крышка не защёлкивается. Видео приложено. Прошу возврат денег.',
    'video',
    ['missing_when'],
    'full_refund',
  ),
  // Masked mat at the staff in a single question.
  c(
    'r19a-31',
    'ru',
    'Вы там совсем еб@нулись? Третий раз шлёте левую педаль вместо правой для велотренажёра, последний раз пришла 6 августа. Фото приложено. Нужна правая педаль.',
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // Police and court as lawful steps, tracking number in the text.
  c(
    'r19a-32',
    'ru',
    'Посылка RB123456789CN числится врученной 14 мая, но я её не получал: на почте моей подписи нет, я написал заявление. Если в рамках защиты покупателя деньги не вернут, обращусь в полицию и в суд. Прошу полный возврат.',
    'none',
    [],
    'full_refund',
  ),
  // "You'll regret it" with a fraud slang label.
  c(
    'r19a-33',
    'ru',
    'Таких кидал, как вы, я уже трёх закрыл, и вы ещё пожалеете, что со мной связались. Камера видеонаблюдения не подключается к wi-fi с первого дня, 10 сентября. Видео приложено. Верните деньги.',
    'video',
    ['threat', 'accusation'],
    'full_refund',
  ),
  // Sarcasm about honesty; says photos attached, none in the form.
  c(
    'r19a-34',
    'ru',
    'Какая потрясающая честность: в карточке ботинки из натуральной кожи, а пришёл кожзам, который облез на носах за неделю. Прошу вернуть деньги, фото прилагаю.',
    'none',
    ['accusation', 'evidence_not_attached'],
    'full_refund',
  ),
  // Staff compared to blindfolded monkeys.
  c(
    'r19a-35',
    'ru',
    'Ваши сотрудники склада, видимо, обезьяны с завязанными глазами: заказала 2 одинаковые шторы, пришли разной длины — 240 и 260 см, замерила при развешивании 1 ноября. Фото приложено. Замените одну штору.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Spaced mat adjective before the item: intensifier.
  c(
    'r19a-36',
    'ru',
    'Эти е б а н ы е тапки развалились через три дня: подошва отошла целиком. Фото приложено. Верните деньги.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Publishing passport data and phone: threat.
  c(
    'r19a-37',
    'ru',
    'Если до пятницы не вернёте деньги, выложу в сеть ваши паспортные данные из декларации и номер телефона, пусть все знают, с кем имеют дело. Куртка: молния сломалась на второй день, 12 ноября. Фото приложено.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «Слепые» at the staff, no file.
  c(
    'r19a-38',
    'ru',
    'Вы там слепые? В заказе белая краска для стен 5 л, пришла бежевая 3 л, увидел при вскрытии 21 апреля. Замените.',
    'none',
    ['insult', 'missing_evidence'],
    'exchange',
  ),
  // Ебург as a place name, tracking number in the text: ready.
  c(
    'r19a-39',
    'ru',
    'Живу в Ебурге, пункт выдачи на Малышева. Посылка LP00412345678901 висит в статусе «прибыла в пункт выдачи» с 3 марта, но в пункте её нет — при мне проверили 10 марта. Срок защиты покупателя истекает 18 марта, поэтому открываю спор. Прошу вернуть деньги или найти посылку.',
    'none',
    [],
    'full_refund',
  ),
  // Crying emoji and «реву».
  c(
    'r19a-40',
    'ru',
    'Сижу и реву 😭 Подарок маме — шкатулка — пришла с отломанной ножкой, открыла вчера, 7 марта. Фото приложила. Пожалуйста, верните деньги.',
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // "All sellers here are the same": blanket accusation, no time.
  c(
    'r19a-41',
    'ru',
    'Все продавцы на этой площадке одинаковые — продаёте б/у под видом нового. Роутер пришёл с царапинами на корпусе и чужими настройками, пароль администратора уже сменён. Видео прилагаю. Верните деньги.',
    'video',
    ['accusation', 'missing_when'],
    'full_refund',
  ),
  // Sends the seller away with minced mat: profanity only.
  c(
    'r19a-42',
    'ru',
    'Идите нах со своим купоном на 30 рублей. Стол складной: ножка погнулась при первой сборке 19 июня, видео во вложении. Полный возврат.',
    'video',
    ['profanity'],
    'full_refund',
  ),
  // Syllables cut for the reader: insult.
  c(
    'r19a-43',
    'ru',
    'Про-чи-тай-те мед-лен-но, раз с первого раза не доходит: в комплекте самоката два колеса, пришло од-но. Распаковывал 28 июля, видео приложено. Пришлите второе колесо.',
    'video',
    ['insult'],
    'exchange',
  ),
  // Long legalistic text; оскорблять/употреблять contain rude-looking pieces; ready.
  c(
    'r19a-44',
    'ru',
    'Добрый день. Пишу по заказу 80412233 (массажёр для шеи, 3 290 ₽). Хронология: оплатил 2 февраля, получил 19 февраля, при первом включении 20 февраля левый ролик не вращается, правый крутится с треском и через минуту останавливается. Видео с включением приложено. 21 февраля написал продавцу, 23 февраля получил ответ «перезагрузите устройство» — перезагрузил, не помогло, это тоже видно на видео. Оскорблять никого не собираюсь, употреблять громкие слова тоже, но напомню правила платформы: у продавца 15 дней на ответ по спору, после чего спор можно передать на рассмотрение AliExpress. Если платформа откажет, у меня остаются законные варианты: заявление в банк на chargeback и жалоба в Роспотребнадзор. Честный отзыв с видео я напишу в любом случае, без эмоций, только факты. Прошу полный возврат стоимости.',
    'video',
    [],
    'full_refund',
  ),
  // Affect word and a vague complaint, no request.
  c(
    'r19a-45',
    'ru',
    'Ужас, а не магазин. Пришло в таком виде, что даже дарить стыдно. Жду решения.',
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Хуавей as a brand name: innocent.
  c(
    'r19a-46',
    'ru',
    'Чехол-книжка для Хуавей MatePad 11: магнит не держит крышку, она открывается сама, заметила на второй день, 4 апреля. Видео приложено. Прошу заменить чехол.',
    'video',
    [],
    'exchange',
  ),
  // Chargeback and escalation named: lawful, ready.
  c(
    'r19a-47',
    'en',
    "Order 3051229874: garden hose reel. The crank handle snapped off the first time I wound it, on June 2. Photo attached. Under buyer protection you have 15 days to respond; if this isn't resolved I'll escalate to AliExpress and then file a chargeback with my card issuer. Please issue a full refund.",
    'photo',
    [],
    'full_refund',
  ),
  // Scunthorpe and cocktail shakers: innocent.
  c(
    'r19a-48',
    'en',
    'Delivered to my shop in Scunthorpe on 11 April: 24 cocktail shakers ordered, 18 in the carton, counted when unpacking. Photo of the open carton attached. Please refund $21 for the six missing shakers.',
    'photo',
    [],
    'partial_refund',
    21,
  ),
  // Shiitake: innocent.
  c(
    'r19a-49',
    'en',
    'The shiitake grow kit arrived on 3 May with the substrate block covered in green mould; I found it when I opened the bag. Photos attached. Please send a replacement kit.',
    'photo',
    [],
    'exchange',
  ),
  // Seller's insult quoted as evidence: innocent.
  c(
    'r19a-50',
    'en',
    "For the record, your agent replied on 8 July: 'you are an idiot who cannot read instructions.' Screenshot attached. The projector's fan stopped on day three and it now shuts down after ten minutes. I've kept this polite and I expect the same. Please refund the order in full.",
    'photo',
    [],
    'full_refund',
  ),
  // Consumer protection and honest review, offers to send back: return.
  c(
    'r19a-51',
    'en',
    "The dehumidifier's water tank cracked along the bottom seam in the second week and leaked onto my floor. Video attached. I've contacted my local consumer protection office for advice and I'll leave an honest review once this is settled. I'd like to send it back for a refund.",
    'video',
    [],
    'return',
  ),
  // Police report, tracking number in the text.
  c(
    'r19a-52',
    'en',
    "Tracking LB204518733CN shows delivered on 19 March, but nothing arrived and the building's camera shows no courier that day. I've reported it to the police and have a reference number. Please refund the order.",
    'none',
    [],
    'full_refund',
  ),
  // Strong but polite escalation.
  c(
    'r19a-53',
    'en',
    "This is the second time I'm raising this and I'm frankly losing patience. The pressure cooker's lid gasket was torn straight out of the box on 14 Feb, photo attached. The seller has gone past the response window, so I'm asking AliExpress to step in. Please send a replacement gasket.",
    'photo',
    [],
    'exchange',
  ),
  // Moby Dick: innocent.
  c(
    'r19a-54',
    'en',
    'I ordered the illustrated Moby Dick in hardback; a paperback arrived on 2 Oct, noticed when unwrapping it. Photo of the cover attached. Please send the hardback as listed.',
    'photo',
    [],
    'exchange',
  ),
  // Breeder's word for the buyer's dog: innocent.
  c(
    'r19a-55',
    'en',
    'Dog harness size M for my bitch (a 14 kg cockapoo): the buckle snapped on our first walk, 5 September. Photo attached. Please send a new harness.',
    'photo',
    [],
    'exchange',
  ),
  // Sum in words.
  c(
    'r19a-56',
    'en',
    "The wall clock arrived on 22 November with the glass cracked right across the face, seen when I opened the box. Photos attached. I'm happy to keep it if you refund five dollars for the glass.",
    'photo',
    [],
    'partial_refund',
    5,
  ),
  // Decimal comma in euros.
  c(
    'r19a-57',
    'en',
    'Set of 4 glass food containers, one lid missing, checked on unboxing on 9 Jan. Photo attached. Please refund €6,50 for the missing lid.',
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // Dispute stage two, seller's words quoted, escalation: ready.
  c(
    'r19a-58',
    'en',
    "Dispute stage two. The kettle is listed as 1.7 L but holds 1.2 L; I measured it with a jug on 26 Aug, the day it arrived. The seller rejected my dispute on 30 Aug, calling it 'normal tolerance'. A 0.5 L shortfall is not a tolerance. Photos of the measurement attached. I'm escalating to AliExpress under the not-as-described policy and request a full refund.",
    'photo',
    [],
    'full_refund',
  ),
  // Plain good text.
  c(
    'r19a-59',
    'en',
    'Hi, the yoga mat I got on 4 June is 4 mm thick, not 8 mm as listed; measured with calipers. Photo attached. Could you exchange it for the 8 mm one?',
    'photo',
    [],
    'exchange',
  ),
  // Negated accusation: innocent.
  c(
    'r19a-60',
    'en',
    "I'm not saying you did this on purpose, but the bike lights came without the mounting brackets. Found out when I tried to fit them on 12 March. Photo of the box contents attached. Please send the two brackets.",
    'photo',
    [],
    'exchange',
  ),
  // "Bastard file" is a tool: innocent.
  c(
    'r19a-61',
    'en',
    'Ordered a 10-inch bastard file set; the handle on the flat file split the first time I used it, 7 July. Photo attached. Please replace the flat file.',
    'photo',
    [],
    'exchange',
  ),
  // Masked profanity as intensifier before a fraud label.
  c(
    'r19a-62',
    'en',
    'You f*cking scammers sold me a waterproof watch that fogged up inside in the shower on day two. Video attached. Full refund.',
    'video',
    ['profanity', 'emotional', 'accusation'],
    'full_refund',
  ),
  // "Small words so your team can keep up": condescension.
  c(
    'r19a-63',
    'en',
    "I'll use small words so your team can keep up: the rug is 120 x 170. I paid for 160 x 230. Measured it with a tape when it arrived on 18 Jan. Photos attached. Send the right size.",
    'photo',
    ['insult'],
    'exchange',
  ),
  // "It would be a shame if something happened to your warehouse".
  c(
    'r19a-64',
    'en',
    "It would be a real shame if something happened to that little warehouse of yours on Baiyun Road. Anyway: the air fryer basket's coating peeled off after the second use, 6 May. Video attached. Refund me.",
    'video',
    ['threat'],
    'full_refund',
  ),
  // Digit for a letter, cried out with "!!".
  c(
    'r19a-65',
    'en',
    "What a load of sh1t!! The tripod's leg lock broke on the first trip, 2 August, and the camera hit the ground. Photo attached. Please refund.",
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Sarcastic "congratulations, geniuses".
  c(
    'r19a-66',
    'en',
    'Congratulations, geniuses: you shipped a left-handed mouse when I ordered the right-handed one. Noticed as soon as I opened it on 28 Feb. Photo attached. Please swap it for the right-handed model.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Disclaimer followed by knowing name, city and neighbours: threat.
  c(
    'r19a-67',
    'en',
    "I'm not threatening anyone, but I know the seller's real name and the city she lives in, and I'm sure her neighbours would love to hear how she does business. The blender jug has leaked from the base since the first use on 10 October. Video attached. Refund please.",
    'video',
    ['threat'],
    'full_refund',
  ),
  // Spaced profanity as a cry, no evidence at all.
  c(
    'r19a-68',
    'en',
    "F U C K this shop. Third dispute this year. The bathroom scale reads 3 kg more than my doctor's scale, checked side by side on 15 Sept. Refund.",
    'none',
    ['profanity', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // "You absolute muppets!!": insult and emotional.
  c(
    'r19a-69',
    'en',
    'You absolute muppets!! The dinner set arrived on 9 Dec with four of the six plates smashed; I opened it at the post office with the clerk watching. Photos attached. I want a partial refund of £24 for the four plates.',
    'photo',
    ['insult', 'emotional'],
    'partial_refund',
    24,
  ),
  // Caps and affect word, no request.
  c(
    'r19a-70',
    'en',
    "This is RIDICULOUS. The order was due by the 20 April delivery deadline. It's 3 May and TRACKING hasn't moved since it left Guangzhou.",
    'none',
    ['emotional', 'missing_resolution'],
    'none',
  ),
  // Scare quotes around "mistake".
  c(
    'r19a-71',
    'en',
    "Another 'mistake' from your warehouse, what a surprise. I ordered the 64 GB memory card and a 16 GB one came on 14 June; checked it in the camera settings. Screenshot attached. Please send the 64 GB card.",
    'photo',
    ['accusation'],
    'exchange',
  ),
  // "Refund the difference" with no sum.
  c(
    'r19a-72',
    'en',
    'The drill was listed with two batteries and came with one, noticed on unpacking on 1 March. Photo attached. Please refund the difference.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Says a video is attached, none in the form.
  c(
    'r19a-73',
    'en',
    'As you can see in the attached video, the robot vacuum drives in circles and never finds its dock, ever since the first run on 11 Nov. Please replace it.',
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // Blanket accusation and nothing concrete.
  c(
    'r19a-74',
    'en',
    'You did this on purpose, everyone knows this store cheats. Not as described. Sort it out.',
    'none',
    ['accusation', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Concrete mismatch, no time.
  c(
    'r19a-75',
    'en',
    "The curtain rod is 30 cm shorter than listed, so it doesn't reach the wall brackets. Photo attached. I'd like a refund.",
    'photo',
    ['missing_when'],
    'full_refund',
  ),
  // No words.
  c('r19a-76', 'en', '...', 'none', ['empty_text'], 'none'),
  // Affect word and "half the price".
  c(
    'r19a-77',
    'en',
    "Honestly disappointed. The leather wallet's stitching came loose along the coin pocket after a week. Photos attached. I'll keep it for half the price.",
    'photo',
    ['emotional', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Lawful escalation, non-receipt, no evidence.
  c(
    'r19a-78',
    'en',
    "Paid on 2 January, the 60-day delivery promise ran out on 3 March and the parcel never came. The seller stopped replying. I'm escalating to AliExpress today and will file a chargeback with my bank if needed. Full refund please.",
    'none',
    ['missing_evidence'],
    'full_refund',
  ),
  // Sarcasm about honesty, no evidence.
  c(
    'r19a-79',
    'en',
    'Such honest sellers. The perfume bottle was half empty when I opened the box on 5 April, and the seal was already broken. Refund.',
    'none',
    ['accusation', 'missing_evidence'],
    'full_refund',
  ),
  // Long shop-owner text: one affect word, otherwise complete partial refund.
  c(
    'r19a-80',
    'en',
    "Dispute #2 for order 8800147721, stage: awaiting seller response (deadline 27 May). Background: I run a small craft shop and bought 50 rolls of 3 cm satin ribbon for wedding orders. The parcel arrived on 12 May. On unpacking I counted 38 rolls, and 9 of those are 2 cm wide, not 3 cm; I measured every roll with a ruler. Photos of the counted rolls and the measurements are attached. It has been a terrible week because of this: I had to delay two customer orders and explain why. Your chat reply of 14 May ('all rolls checked before shipping') does not match what is in the box. I'm not accusing anyone of anything, mistakes happen in any warehouse. But under AliExpress rules the seller has to respond within the dispute window, and if that doesn't happen the case goes to AliExpress for a decision. I'm requesting a partial refund of $31.50: 21 unusable rolls (12 missing plus 9 of the wrong width) at $1.50 each, which is what I paid per roll. I'd rather settle it with you directly than wait for the platform.",
    'photo',
    ['emotional'],
    'partial_refund',
    31.5,
  ),
];
