import { labelled as c, type CorpusCase } from './types';

/**
 * Round twenty-four, hold-out set U: very short replies typed on a phone into an already open dispute, most of them
 * missing something, some rude or threatening in a few words, some short but complete and polite. Written by a hand
 * that has not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - A bare reply with no object («ну и где?», "still nothing", «нет. полный возврат») names no problem: missing_what,
 *   even though the seller can guess it from the dispute; the check only sees this text.
 * - Every text whose form has a file also names that file in the text ("photo attached", «фото выше», «фото есть»),
 *   so no label depends on whether a silent attachment counts as evidence.
 * - «фото же приложил!!» and «видео распаковки прикладываю» with no file get evidence_not_attached and not
 *   missing_evidence; «вечером скину видео» (a promise for later) gets neither, as in round thirteen.
 * - "give my money back" and «деньги верните» are full refunds; «доплатите за недостающие» is compensation for
 *   missing items without a sum (partial_refund, null).
 * - «Здоровья вашим детям. Пока что.» is an ominous wish about the family: a veiled threat.
 * - Packers called «обезьяны» is a mocking comparison of staff to animals: insult.
 * - «Вы там читать умеете?» questions the reader's ability: insult, not emotional (single "?").
 * - «,kznm» is «блять» typed with the English layout: profanity, and as a cry also emotional.
 * - "a$$holes, …" opening a reply names the seller with mat: profanity and insult, not emotional.
 * - "absolute b u l l s h i t." standing as its own sentence is a cry: profanity and emotional.
 * - «сучкорез с тупым лезвием», «бляха на ремне», «ни рубля», "blue tit feeder", "Shih Tzu", "Cockermouth", "Essex",
 *   "knob" on a lid are ordinary words: innocent.
 * - «Повторяю для тупеньких: … ВОЗВРАТ» has one capitalised word only: insult, not emotional.
 */
export const ROUND24_HOLDOUT_U: CorpusCase[] = [
  // complete and polite; «сучка» is a knot in the wood
  c(
    'r24u-01',
    'ru',
    'Доска разделочная пришла с трещиной вдоль сучка, увидела при распаковке 12 мая. Фото приложила. Прошу замену.',
    'photo',
    [],
    'exchange',
  ),
  // bare question, nothing named
  c(
    'r24u-02',
    'ru',
    'ну и где?',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // fraud label, not rude; a refund request and nothing else
  c(
    'r24u-03',
    'en',
    'refund me now you thieves',
    'none',
    ['accusation', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // declines the seller's offer, asks a full refund, nothing else
  c(
    'r24u-04',
    'ru',
    'нет. полный возврат',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // says a photo is attached, form has none; "!!"
  c(
    'r24u-05',
    'ru',
    'фото же приложил!!',
    'none',
    ['emotional', 'evidence_not_attached', 'missing_what', 'missing_when', 'missing_resolution'],
    'none',
  ),
  // "still nothing": no problem named, no request
  c(
    'r24u-06',
    'en',
    'still nothing',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // agrees to an exchange, names nothing
  c('r24u-07', 'en', 'ok send a new one', 'none', ['missing_what', 'missing_when', 'missing_evidence'], 'exchange'),
  // name-calling; non-receipt with time, no tracking
  c(
    'r24u-08',
    'ru',
    'Клоуны, посылки нет 40 дней. Верните деньги.',
    'none',
    ['insult', 'missing_evidence'],
    'full_refund',
  ),
  // digit-masked mat as a cry, "??"
  c(
    'r24u-09',
    'ru',
    'пи3дец, третий раз пишу. где замена??',
    'none',
    ['profanity', 'emotional', 'missing_what', 'missing_when', 'missing_evidence'],
    'exchange',
  ),
  // "tit" is the bird; complete
  c(
    'r24u-10',
    'en',
    'Ordered the blue tit feeder, got a plain red one. Noticed when I opened it on 2 June, photo attached. Please send the blue one.',
    'photo',
    [],
    'exchange',
  ),
  // non-receipt, days, tracking number: ready without a file
  c(
    'r24u-11',
    'ru',
    'Заказ не пришёл, 52 дня с оплаты, трек LV123456789CN стоит с 3 апреля. Прошу вернуть деньги.',
    'none',
    [],
    'full_refund',
  ),
  // knowing the home address and a visit
  c(
    'r24u-12',
    'en',
    "I have your home address from the return label. Refund today or I'll be paying you a visit.",
    'none',
    ['threat', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // "the difference" without a sum
  c(
    'r24u-13',
    'ru',
    'ладно, оставлю себе, верните разницу',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // seller quoted, consumer authority: lawful, complete
  c(
    'r24u-14',
    'ru',
    'Ответ «это не брак» не принимаю. У сковороды отслоилось покрытие после второй готовки, прямо кусками, в центре дна видно металл. Фото приложил, там всё хорошо видно. Прошу вернуть деньги полностью. Если откажете, подам жалобу в Роспотребнадзор и напишу в поддержку АлиЭкспресс.',
    'photo',
    [],
    'full_refund',
  ),
  // questions the reader's literacy; no request
  c(
    'r24u-15',
    'ru',
    'Вы там читать умеете? Я писала: размер 44, а пришёл 38. Фото выше.',
    'photo',
    ['insult', 'missing_when', 'missing_resolution'],
    'none',
  ),
  // affect word, "sort it out" is no request
  c(
    'r24u-16',
    'en',
    'This is ridiculous. sort it out.',
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // mat with a Latin letter, said to «ты»: profanity and insult
  c(
    'r24u-17',
    'ru',
    'Продавец, ты еbанутый? Я заказывала чёрный, пришёл розовый.',
    'none',
    ['profanity', 'insult', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // knowing the shop's place, a brother nearby
  c(
    'r24u-18',
    'ru',
    'Я знаю, где ваш магазин в Иу. Брат там рядом живёт. Верните деньги по-хорошему.',
    'none',
    ['threat', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // chargeback is a lawful step; tracking number as evidence
  c(
    'r24u-19',
    'en',
    "Tracking RB482019335SG hasn't moved since 4 May and the parcel never arrived. Please refund me. If nothing by Friday I'll do a chargeback through my bank.",
    'none',
    [],
    'full_refund',
  ),
  // "on purpose" in capitals, "!!"
  c(
    'r24u-20',
    'ru',
    'ВЫ СПЕЦИАЛЬНО тянете время!! деньги верните',
    'none',
    ['emotional', 'accusation', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // no words at all
  c('r24u-21', 'ru', '?', 'none', ['empty_text'], 'none'),
  // masked swear word as an intensifier; not shipped after 3 weeks
  c(
    'r24u-22',
    'en',
    "are you f*cking kidding me. 3 weeks and the lamp still isn't shipped",
    'none',
    ['profanity', 'emotional', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // «бляха» is a belt buckle
  c(
    'r24u-23',
    'ru',
    'Бляха на ремне отвалилась на второй день носки, фото прикладываю. Прошу полный возврат.',
    'photo',
    [],
    'full_refund',
  ),
  // the seller's insult quoted as evidence, with a screenshot
  c(
    'r24u-24',
    'ru',
    'Продавец ответил мне в чате: «сама виновата, криворукая, читать инструкцию надо». Скрин переписки прилагаю. Чайник течёт по шву у ручки с первого дня, вода капает на стол, даже если налить половину. Инструкцию я читала. Прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // sarcastic praise of the packers
  c(
    'r24u-25',
    'en',
    'Congrats, packing geniuses, the vase arrived in three pieces. Photo attached. Refund please.',
    'photo',
    ['insult', 'missing_when'],
    'full_refund',
  ),
  // amount in words for missing items; complete
  c(
    'r24u-26',
    'ru',
    'Пришло 3 пары носков из 5. Верните за две недостающие триста рублей. Фото посылки приложила, вскрывала вчера.',
    'photo',
    [],
    'partial_refund',
    300,
  ),
  // decimal comma
  c(
    'r24u-27',
    'en',
    'Only 4 of the 6 glasses were in the box, found it unpacking on 9 July, photos attached. Please refund €6,50 for the two missing.',
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // affect; "сделайте что-нибудь" is no request
  c(
    'r24u-28',
    'ru',
    'я в шоке честно. посылку жду уже месяц, трек так и не обновился с момента отправки, в поддержке говорят ждите. я заказывала это на день рождения сына, день рождения прошёл, а он так ждал этот конструктор. сделайте уже что-нибудь',
    'none',
    ['emotional', 'missing_resolution'],
    'none',
  ),
  // "shame if something happened"
  c(
    'r24u-29',
    'en',
    "Nice little shop you've got. Would be a shame if something happened to it. Refund.",
    'none',
    ['threat', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // name-calling without a swear word
  c(
    'r24u-30',
    'ru',
    'Бестолочи, опять прислали не тот цвет. Мне нужен был серый. Замените.',
    'none',
    ['insult', 'missing_when', 'missing_evidence'],
    'exchange',
  ),
  // dog breed; complete
  c(
    'r24u-31',
    'en',
    'Ordered a Shih Tzu harness size S, got XL. Saw it when I opened the bag today, 14 March. Photo attached. Exchange for S please.',
    'photo',
    [],
    'exchange',
  ),
  // declines a coupon, complete and polite
  c(
    'r24u-32',
    'ru',
    'Спасибо, что ответили, но купон мне не подходит. Подставка для ноутбука пришла без винтов 3 марта, фото комплекта приложила. Нужен полный возврат.',
    'photo',
    [],
    'full_refund',
  ),
  // video said to be attached, none in the form
  c(
    'r24u-33',
    'ru',
    'видео распаковки прикладываю, там видно что ножка у стула сломана. верните деньги',
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // counts shouted in capitals
  c(
    'r24u-34',
    'en',
    'I ORDERED TWO AND GOT ONE',
    'none',
    ['emotional', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Greek chi in mat judging the item
  c(
    'r24u-35',
    'ru',
    'это не сушилка а χуйня какая-то. верните бабки',
    'none',
    ['profanity', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // English layout mat as a cry; otherwise complete
  c(
    'r24u-36',
    'ru',
    ',kznm, 45 дней жду заказ, трек молчит. верните деньги',
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // "say it slowly so you understand": condescension
  c(
    'r24u-37',
    'en',
    'Let me say it slowly so you understand: the kettle. does not. heat. Photo attached. Refund.',
    'photo',
    ['insult', 'missing_when'],
    'full_refund',
  ),
  // short and complete
  c(
    'r24u-38',
    'ru',
    'Термокружка не держит тепло: через час чай холодный, проверял в первый же день. Видео прикрепил. Прошу замену.',
    'video',
    [],
    'exchange',
  ),
  // scare quotes around "mistake"
  c(
    'r24u-39',
    'en',
    'Oh sure, the wrong size was an honest "mistake". Third time. Refund.',
    'none',
    ['accusation', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // publishing personal data
  c(
    'r24u-40',
    'ru',
    'У меня есть ваше имя и номер с накладной. Не вернёте деньги за треснутый аквариум — выложу везде.',
    'none',
    ['threat', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // lawful steps: support, bank
  c(
    'r24u-41',
    'ru',
    'Прошу вернуть деньги за непришедший заказ (набор кистей для акварели). Жду с 10 апреля, трек RR778812304CN не обновляется уже пять недель, последний статус — «покинул сортировочный центр». Если до 20 июня не решится, оформлю чарджбэк через банк и напишу в поддержку.',
    'none',
    [],
    'full_refund',
  ),
  // affect word; declines a replacement, asks a refund; no problem named
  c(
    'r24u-42',
    'en',
    "Please just refund me. I've been going back and forth with you for ages, sent everything you asked for, answered every question, and every reply is a copy-paste. I'm really disappointed and I don't want a replacement anymore.",
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // transliterated mat as a cry
  c(
    'r24u-43',
    'ru',
    'suka, opyat ne tot razmer prislali',
    'none',
    ['profanity', 'emotional', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // spaced swear word as a sentence of its own
  c(
    'r24u-44',
    'en',
    'zip broke on day two. absolute b u l l s h i t. refund.',
    'none',
    ['profanity', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // «на ваше усмотрение»
  c(
    'r24u-45',
    'ru',
    'Крышка у контейнера не защёлкивается, заметила сразу при распаковке. Фото в приложении. Компенсацию на ваше усмотрение.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // honest review is lawful
  c(
    'r24u-46',
    'en',
    "Jacket zip tore away from the fabric on the 2nd wear, the left side is completely loose now. Photos attached. Please refund the full price. If this isn't sorted I'll leave an honest 1-star review describing exactly what happened, nothing more.",
    'photo',
    [],
    'full_refund',
  ),
  // «тупым лезвием» is about a blade; «сучкорез» a tool
  c(
    'r24u-47',
    'ru',
    'Сучкорез пришёл с тупым лезвием — не режет даже тонкие ветки, проверил в первый же день. Видео приложил. Прошу замену.',
    'video',
    [],
    'exchange',
  ),
  // «требую», «потребителей»; lawful step
  c(
    'r24u-48',
    'ru',
    'Требую вернуть деньги: в наборе нет зарядной базы для пылесоса, без неё он просто не заряжается. Обнаружил при вскрытии коробки 5 октября, пломба была целая. Фото комплекта и пустого места в коробке приложил. Иначе буду обращаться в общество защиты прав потребителей.',
    'photo',
    [],
    'full_refund',
  ),
  // real name and a cousin near the warehouse
  c(
    'r24u-49',
    'en',
    'I know your real name now, Mr Chen. My cousin works near your warehouse. Think about it.',
    'none',
    ['threat', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // a single two-letter word
  c('r24u-50', 'en', 'ok', 'none', ['empty_text'], 'none'),
  // «обидно до слёз»; missing part named
  c(
    'r24u-51',
    'ru',
    'обидно до слёз, подарок дочке испорчен, кукла пришла без руки',
    'none',
    ['emotional', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // complete, replacement
  c(
    'r24u-52',
    'en',
    "The lamp's switch stopped clicking after 3 days of use. Video attached showing it. Please send a replacement switch or a new lamp.",
    'video',
    [],
    'exchange',
  ),
  // masked mat at the seller in a question
  c(
    'r24u-53',
    'ru',
    'вы там совсем ох*ели? третий раз шлёте не тот цвет',
    'none',
    ['profanity', 'insult', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // "half" without a sum
  c(
    'r24u-54',
    'en',
    "I'll keep the tablet, just refund half for the scratched screen. Noticed it while unboxing, photos attached.",
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «случайно» in scare quotes; compensation without a sum
  c(
    'r24u-55',
    'ru',
    'Ну конечно, «случайно» положили 2 пачки вместо 4. Фото приложила. Доплатите за недостающие.',
    'photo',
    ['accusation', 'missing_when', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // place name Cockermouth; lost parcel sent again
  c(
    'r24u-56',
    'en',
    'Parcel to Cockermouth shows delivered on 3 Aug but nothing came. Screenshot of the tracking attached. Please resend it.',
    'photo',
    [],
    'exchange',
  ),
  // packers compared to monkeys
  c(
    'r24u-57',
    'ru',
    'Упаковывали, видимо, обезьяны: банку с мёдом кинули в тонкий пакет без плёнки и без пупырки, крышка открылась, и всё вытекло. Пакет, коробка, квитанция — всё липкое, на почте на меня смотрели как на ненормальную. Фото есть. Верните деньги.',
    'photo',
    ['insult', 'missing_when'],
    'full_refund',
  ),
  // «не доводите до греха»
  c(
    'r24u-58',
    'ru',
    'Не доводите до греха. Деньги верните.',
    'none',
    ['threat', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // fraud label with "!!!"
  c(
    'r24u-59',
    'en',
    'scammers!!! give my money back',
    'none',
    ['accusation', 'emotional', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // declines money, asks the right colour
  c(
    'r24u-60',
    'ru',
    'Деньги не нужны, пришлите правильный цвет: заказывал зелёный, пришёл синий, увидел 2 ноября при получении. Фото приложил.',
    'photo',
    [],
    'exchange',
  ),
  // masked name-calling with a swear word
  c(
    'r24u-61',
    'en',
    'a$$holes, 50 days and no parcel',
    'none',
    ['profanity', 'insult', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // all capitals
  c(
    'r24u-62',
    'ru',
    'ВЕРНИТЕ ДЕНЬГИ. СКОЛЬКО МОЖНО ЖДАТЬ',
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // «ни рубля» contains a rude-looking piece
  c(
    'r24u-63',
    'ru',
    'Тарелка пришла разбитой 2 сентября, фото осколков приложила. Вы обещали вернуть деньги и до сих пор ни рубля. Прошу полный возврат.',
    'photo',
    [],
    'full_refund',
  ),
  // non-receipt with days and tracking; a lost parcel sent again is an exchange; «Essex» is a place
  c(
    'r24u-64',
    'en',
    'Still no parcel to Essex after 47 days. Tracking just says in transit. Could you send it again please?',
    'none',
    [],
    'exchange',
  ),
  // ominous wish about the children
  c(
    'r24u-65',
    'ru',
    'Верните деньги за коляску. Здоровья вашим детям. Пока что.',
    'none',
    ['threat', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // complete partial with a sum
  c(
    'r24u-66',
    'en',
    'Received 3 towels instead of 4 on 11 Feb, photo of the pack attached. Please refund $8 for the missing one.',
    'photo',
    [],
    'partial_refund',
    8,
  ),
  // non-receipt, no time, no request
  c(
    'r24u-67',
    'ru',
    'Сколько ещё ждать? Посылки нет.',
    'none',
    ['missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // swear word judging the item, no "!"
  c(
    'r24u-68',
    'en',
    'this blender is shit. refund',
    'none',
    ['profanity', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // sarcastic praise; otherwise complete
  c(
    'r24u-69',
    'ru',
    'Браво, гении логистики: 60 дней, а посылка всё в Китае. Трек UB019283746CN. Верните деньги.',
    'none',
    ['insult'],
    'full_refund',
  ),
  // complete partial with a sum
  c(
    'r24u-70',
    'ru',
    'Хлебница пришла с вмятиной на крышке, увидела при распаковке 14.02. Фото приложила. Согласна на частичный возврат 400 ₽.',
    'photo',
    [],
    'partial_refund',
    400,
  ),
  // affect, colour named, no request
  c(
    'r24u-71',
    'en',
    'so disappointed, dress came brown not navy',
    'none',
    ['emotional', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // sum "for the difference"; complete
  c(
    'r24u-72',
    'ru',
    'Одеяло 150×200 вместо 200×220, заметила при застилании. Фото есть. За разницу в размере верните 250 рублей, остальное устраивает.',
    'photo',
    [],
    'partial_refund',
    250,
  ),
  // police report is lawful
  c(
    'r24u-73',
    'en',
    "Parcel marked delivered on 21 Jan but it never reached me. Nobody in my building got it either, and the locker code in the app never worked. I've reported it to the police as a missing delivery and attached the tracking screenshot. Please refund.",
    'photo',
    [],
    'full_refund',
  ),
  // «для тупеньких»; declines a coupon
  c(
    'r24u-74',
    'ru',
    'Повторяю для тупеньких: мне нужен ВОЗВРАТ, а не купон.',
    'none',
    ['insult', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // «оскорблять» in a polite disclaimer; complete
  c(
    'r24u-75',
    'ru',
    'Не хочу никого оскорблять, но зонт сломался при первом открытии 9 мая: вылетела спица. Видео приложила. Верните деньги.',
    'video',
    [],
    'full_refund',
  ),
  // the owner's family found online
  c(
    'r24u-76',
    'en',
    "Found your shop owner's Facebook. Your wife looks nice. Refund me.",
    'none',
    ['threat', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // video promised for later; "!!"; vague item
  c(
    'r24u-77',
    'ru',
    'вечером скину видео, там всё видно. нормальный товар пришлите!!',
    'none',
    ['emotional', 'missing_what', 'missing_when'],
    'exchange',
  ),
  // "knob", "cocktail": ordinary words; complete
  c(
    'r24u-78',
    'en',
    'The knob on the cocktail shaker lid came off on the first use, 18 April. Photo attached. Please send a replacement lid.',
    'photo',
    [],
    'exchange',
  ),
  // dropped-vowel mat as a sentence of its own
  c(
    'r24u-79',
    'ru',
    'пздц. 2 месяца. где посылка',
    'none',
    ['profanity', 'emotional', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // "on purpose", affect word
  c(
    'r24u-80',
    'en',
    'You sent the broken one on purpose. Ridiculous.',
    'none',
    ['accusation', 'emotional', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
];
