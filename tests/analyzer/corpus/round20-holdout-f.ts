import { labelled as c, type CorpusCase } from './types';

/**
 * Round twenty, hold-out set F: bilingual young IT, marketing and design professionals writing Russian full of
 * anglicisms and corporate jargon or meme-laden English, with sarcasm, startup speak, emoji and pasted machine-translated
 * seller replies. Written by a hand that has not read the analyzer's rules or other corpus files; labels follow
 * DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - A lawful ultimatum with a disclaimer («это не угроза, просто мой процесс», chargeback, Citizens Advice) is innocent.
 * - Announcing a large audience and publishing the owner's home address, phone or wife's page is a doxxing threat;
 *   an honest review alone is lawful.
 * - A relative or the buyer "dropping by" the seller's office or warehouse, said next to knowing where it is, is a threat.
 * - "WTF" as an interjection inside a Russian text is profanity used as an interjection (profanity and emotional).
 * - Meme name-calling at staff ("NPCs") and regional «шлимазлы» are insults.
 * - «Ёпт, ну сколько можно» opens as a cry: profanity and emotional.
 * - "I'm quite frankly not happy" is no affect word; "literally crying" is.
 * - An object emoji (📏) is not emotive; a crying face is.
 * - A seller's translated offer quoted and declined («2 доллар компенсация … не вариант») is not the buyer's request.
 * - Capacities or pack sizes next to "the difference" (128/64 ГБ, 3-pack/2-pack) are no sum: amount null.
 * - "half the dust bag" describing the defect is not a request for half.
 * - An ultimatum "if no refund by Friday" is always preceded by an explicit request, which is what is labelled.
 * - Every text with a file in the form also names the evidence in words; texts with no file and no named evidence get
 *   missing_evidence.
 */
export const ROUND20_HOLDOUT_F: CorpusCase[] = [
  // complete and calm: size mismatch, unpacking date, photo, refund
  c(
    'r20f-01',
    'ru',
    'Коллеги, привет. Короткий апдейт по заказу: кольцевая лампа заявлена 18 дюймов (45 см), по факту пришла 10 дюймов — при распаковке 12 ноября замерила рулеткой, внешний диаметр 26 см. Фото с рулеткой и скрин карточки товара прикладываю. Прошу полный возврат денег, под мои задачи (съёмка рилсов) такая лампа не подходит.',
    'photo',
    [],
    'full_refund',
  ),
  // innocent look-alikes (скипидар, сукно); missing part with a sum
  c(
    'r20f-02',
    'ru',
    'Добрый день. Заказал набор для реставрации мебели: воск, скипидар и сукно для полировки. Сукна в коробке нет — только банка воска и флакон со скипидаром, обнаружил при распаковке 3 марта. Фото содержимого и скрин состава лота во вложении. Прошу частичный возврат 240 рублей за недостающее сукно.',
    'photo',
    [],
    'partial_refund',
    240,
  ),
  // mat in Latin look-alike letters, cried out with ???
  c(
    'r20f-03',
    'ru',
    'Рюкзак для ноута 15,6", молния на главном отделении разошлась на второй день — зубцы просто не сцепляются. Это что за xyйня вообще??? Фото молнии приложил. Верните деньги.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // seller's machine-translated insult quoted as evidence; the buyer is polite
  c(
    'r20f-04',
    'ru',
    'Здравствуйте. Настольная лампа с беспроводной зарядкой: зарядка не работает с первого дня — телефон на площадке не заряжается, индикатор не загорается, пробовала два телефона с Qi. Написала продавцу 5 апреля, ответ дословно: «Дорогой друг, вы сами сломать, это не наша проблема, глупый покупатель». Скрин переписки и видео теста прикладываю. Прошу вернуть полную стоимость.',
    'video',
    [],
    'full_refund',
  ),
  // capitals and «в шоке»; otherwise complete
  c(
    'r20f-05',
    'ru',
    'Я В ШОКЕ. Заказала органайзер для косметики из акрила, пришёл с трещиной через всю заднюю стенку — увидела сразу при распаковке 27.08. Фото трещины приложила. Прошу замену на целый.',
    'photo',
    ['emotional'],
    'exchange',
  ),
  // digits for a syllable of mat, a predicate judging the packing without "!": profanity only
  c(
    'r20f-06',
    'ru',
    'Бокалы для вина, набор 6 шт. При вскрытии на почте 11.11 два бокала оказались разбиты, осколки по всей коробке, пузырчатой плёнки ноль. Упаковка — 3,14здец, а не упаковка. Видео вскрытия есть, прикладываю. Верните, пожалуйста, 700 рублей за два бокала.',
    'video',
    ['profanity'],
    'partial_refund',
    700,
  ),
  // lawful steps (chargeback, support, honest review) are no threat
  c(
    'r20f-07',
    'ru',
    'Добрый день, команда магазина.\nПишу структурно, как тикет, чтобы сэкономить всем время.\n\nЧто заказал: кресло-мешок XL, экокожа, в комплекте должны быть внешний чехол, внутренний чехол и наполнитель 300 л.\nЧто пришло: только внешний чехол. Внутреннего чехла нет вообще, наполнитель (пенополистирольные гранулы) насыпан прямо в коробку, коробка по шву лопнула, и часть гранул рассыпалась по подъезду, пока я нёс её от курьера.\nКогда: получил и распаковал 2 мая, в тот же день. Распаковку снимал на видео от начала до конца, видео во вложении, там видно и пустую коробку, и гранулы.\nДля контекста: заказ брал под переезд офиса, кресло должно было стоять в зоне отдыха для команды, так что ждать ещё месяц дозаказ наполнителя — не вариант. Вес посылки по накладной 4,1 кг, а у комплектного кресла с наполнителем, судя по карточке товара, около 7 кг, то есть недовложение видно даже по весу.\nЧто прошу: полный возврат денег. Пересылать кресло обратно в таком виде смысла нет — гранулы собрать уже нереально.\nЧто будет дальше: если до 20 мая решения не будет, я открою чарджбэк через банк и параллельно напишу в поддержку AliExpress. Также оставлю честный отзыв с фото и видео — без эмоций, только факты из этого сообщения. Это не угроза, просто мой стандартный процесс, ничего личного.\n\nЗаранее спасибо за фидбек, надеюсь закрыть вопрос быстро.',
    'video',
    [],
    'full_refund',
  ),
  // talking down to the reader («объясняю ещё раз, медленно») without a swear word
  c(
    'r20f-08',
    'ru',
    'Объясняю ещё раз, медленно, специально для вашего саппорта: размер M — это не XS. Худи M по вашей же таблице — длина 70 см, у пришедшего 58 см, ширина груди 48 вместо 56. Замерил сантиметром при получении 02.03, фото с сантиметром в приложении. Нужен обмен на M, который реально M.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // place name with a rude-looking piece; sending missing parts is an exchange
  c(
    'r20f-09',
    'ru',
    'Здравствуйте! Заказала 3D-пазл «Пизанская башня» на 48 деталей. При сборке в воскресенье, 9 февраля, не хватило трёх деталей — номера 17, 23 и 41 по схеме. Пересчитала дважды. Фото разложенных деталей и схемы прикладываю. Прошу дослать недостающие детали.',
    'photo',
    [],
    'exchange',
  ),
  // fraud label next to checkable facts
  c(
    'r20f-10',
    'ru',
    'Ребят, ну это классический развод. Заказывал power bank на 20000 мАч, USB-тестером намерил 6200 мАч — разряжал дважды, 14 и 15 июля, скрины тестера приложил. Вес 180 г, у нормальных на 20000 около 400. Верните деньги.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // non-receipt with a tracking number; consumer protection and court are lawful
  c(
    'r20f-11',
    'ru',
    'Заказ так и не пришёл. Трек RB123456785CN — последний статус «Прибыл в сортировочный центр» 3 февраля, с тех пор тишина; с момента оплаты прошло 62 дня, гарантированный срок доставки истёк. Прошу вернуть деньги полностью. Если магазин не отреагирует, обращусь в поддержку платформы, а при необходимости — в Роспотребнадзор и суд.',
    'none',
    [],
    'full_refund',
  ),
  // veiled threat: acquaintances who know the warehouse, "something might happen"
  c(
    'r20f-12',
    'ru',
    'Графический планшет: стилус не реагирует на силу нажатия, линия всегда одной толщины, в любой программе. Заметил с первого включения, 19 января, видео с тестом в Krita приложил. Хочу оформить возврат: отправлю планшет обратно, верните деньги. И да, у меня есть знакомые в Гуанчжоу, они знают, где ваш склад. Не хотелось бы, чтобы с ним что-то случилось, правда?',
    'video',
    ['threat'],
    'return',
  ),
  // vague: no concrete problem, time, evidence or request
  c(
    'r20f-13',
    'ru',
    'Товар не соответствует описанию, качество так себе, вообще не то что на картинке. Разберитесь.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // material mismatch; money declined, exchange asked
  c(
    'r20f-14',
    'ru',
    'Привет! Кейс такой: заказал подставку под ноутбук, в листинге — aluminum alloy, 850 г. Пришла пластиковая, покрашенная под металл: на ребре краска от ногтя слезла, под ней белый пластик, на весах 310 г. Обнаружил в день получения, 14.10. Фото скола, весов и скрин карточки приложил. Деньги не нужны, хочу обмен на нормальную алюминиевую. Thx',
    'photo',
    [],
    'exchange',
  ),
  // English profanity inside Russian, WTF as an interjection
  c(
    'r20f-15',
    'ru',
    'Ребят, WTF? Заказала сумку-шоппер с принтом, после первой стирки на 30 градусах принт отслоился кусками. Это fucking joke какой-то. Фото до и после прикладываю, хочу рефанд.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // concrete defect, but no date or discovery moment
  c(
    'r20f-16',
    'ru',
    'Френч-пресс 600 мл: по колбе идёт трещина от носика вниз, сантиметров пять, по ней подтекает. Фото трещины приложил. Прошу замену колбы или всего пресса.',
    'photo',
    ['missing_when'],
    'exchange',
  ),
  // sarcastic praise of the seller's work; wrong pickup point is non-receipt; tracking named
  c(
    'r20f-17',
    'ru',
    'Браво, гении логистики. Заказ из Москвы в Москву ехал 41 день, и по трекингу он сейчас лежит в пункте выдачи в Казани. Я в Казани не был ни разу. Посылку на руки не получил. Верните деньги.',
    'none',
    ['insult'],
    'full_refund',
  ),
  // complete except that nothing is asked for
  c(
    'r20f-18',
    'ru',
    'Заказ 8142 5567 3301: напольные весы показывают разный вес при повторном взвешивании, разброс до 3 кг за минуту (встала — 71,2, сошла, снова встала — 74,0). Заметила на следующий день после получения, 10 сентября. Видео прикладываю.',
    'video',
    ['missing_resolution'],
    'none',
  ),
  // doxxing threat (owner's address, wife's page), «в бешенстве», no evidence named
  c(
    'r20f-19',
    'ru',
    'Так, коллеги. Умная розетка не подключается к Wi-Fi 2.4 ГГц: пробовала три разных роутера и два телефона, приложение каждый раз пишет «Тайм-аут подключения». Мучаюсь с первого дня. Саппорт магазина неделю отвечает шаблонами. Я в бешенстве. Верните деньги. Я маркетолог, у меня 80к в телеге, и если до пятницы не будет рефанда, я найду владельца магазина — имя, домашний адрес, телефон, страницу его жены — и выложу всё это во все каналы. Удачи вам.',
    'none',
    ['threat', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // quoted machine-translated offer declined; exchange asked
  c(
    'r20f-20',
    'ru',
    'Механическая клавиатура: клавиши R, T и Y не срабатывают с первого дня, проверял в Keyboard Tester на двух компьютерах. Скрин теста и видео приложил. Продавец предложил: «Мы даём вам 2 доллар компенсация, пожалуйста хорошо подумать». Спасибо, но 2 доллара за клавиатуру за 54 доллара — не вариант. Прошу замену клавиатуры на исправную.',
    'video',
    [],
    'exchange',
  ),
  // mat quoted from the seller stays profanity
  c(
    'r20f-21',
    'ru',
    'Кофемолка электрическая: нож не крутится, мотор гудит, и через 10 секунд запах горелого. Обнаружил при первом включении, 6 июня, видео прикладываю. Написал продавцу, он ответил в чате «иди нахуй, это ты сломал». Скрин переписки тоже прикладываю. Прошу полный возврат денег.',
    'video',
    ['profanity'],
    'full_refund',
  ),
  // compensation with no sum
  c(
    'r20f-22',
    'ru',
    'Пледы заказала цвета sage green, как на фото в листинге (шалфейный, примерно #9CAF88), пришли ярко-салатовые. Сравнила с листингом при распаковке 21.09 при дневном свете, фото и скрин приложила. Возвращать не хочу, хочу компенсацию.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «Барсук» holds a rude-looking piece; plain good text
  c(
    'r20f-23',
    'ru',
    'Мягкая игрушка «Барсук» 40 см: на левой лапе разошёлся шов, сантиметра три, наружу лезет синтепон. Заметили в первый же вечер, 3 декабря, когда распаковали. Фото шва прикладываю. Прошу замену на целую игрушку.',
    'photo',
    [],
    'exchange',
  ),
  // spaced-out mat as an interjection; no evidence
  c(
    'r20f-24',
    'ru',
    'Ночник-проектор «звёздное небо» мигает каждые пару секунд, с первого включения. б л я т ь, я его дочке на днюху брала. Верните деньги.',
    'none',
    ['profanity', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // says a photo is attached, the form has none
  c(
    'r20f-25',
    'ru',
    'Добрый день. Набор кистей для макияжа 12 шт, пришло 10 — нет двух кистей для теней, ячейки в чехле пустые. Обнаружила при распаковке 17 апреля. Фото чехла с пустыми ячейками прикладываю. Прошу дослать две недостающие кисти.',
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // regional (Odessa/Yiddish) name-calling aimed at staff
  c(
    'r20f-26',
    'ru',
    'К настенной полке положили шурупы 3×16 вместо 5×50, а дюбели вообще под другой диаметр — обнаружил при сборке 8 июля. Фото комплекта рядом с инструкцией прикладываю. Шлимазлы, честное слово. Пришлите правильный крепёж.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // negated accusation («не думаю, что специально») is none
  c(
    'r20f-27',
    'ru',
    'Заказывал 4 барных стула, пришло 2. По трекингу видно, что отправлено одно место весом 7 кг, хотя в заказе две коробки по 7 кг. Получил 15 июня. Скрин трекинга и фото единственной коробки приложил. Не думаю, что вы это специально, скорее косяк склада. Прошу дослать оставшиеся два стула.',
    'photo',
    [],
    'exchange',
  ),
  // a single two-letter word
  c('r20f-28', 'ru', 'ну', 'none', ['empty_text'], 'none'),
  // masked mat at the seller in a single question: profanity and insult, not emotional
  c(
    'r20f-29',
    'ru',
    'Фен-щётка, в описании 5 насадок, в коробке 3: нет диффузора и круглой щётки. Проверил при распаковке 30 октября, фото коробки и скрин описания приложил. Вы там вообще ох*ели? Верните 900 руб за недостающие насадки.',
    'photo',
    ['profanity', 'insult'],
    'partial_refund',
    900,
  ),
  // exchange declined, refund asked; no evidence
  c(
    'r20f-30',
    'ru',
    'Чехол-книжка для планшета: магнит не держит крышку, она открывается сама, и экран не гаснет при закрытии. Так с первого дня, получил 1 марта. Замену не надо, уже купил другой в офлайне. Верните полную стоимость.',
    'none',
    ['missing_evidence'],
    'full_refund',
  ),
  // transliterated Russian, complete
  c(
    'r20f-31',
    'ru',
    'Privet, zakazal ruchku-stilus dlya iPad, nakonechnik otvalilsya na tretiy den, 12 avgusta, prosto vypal pri risovanii. Foto ruchki i nakonechnika prilozhil. Proshu zamenu.',
    'photo',
    [],
    'exchange',
  ),
  // minced mat as a cry; non-receipt with a tracking number
  c(
    'r20f-32',
    'ru',
    'Ёпт, ну сколько можно. Заказ оплачен 2 марта, сегодня 70-й день, трек LP00123456789012 с 20 марта стоит на «Покинуло страну отправителя». Верните деньги, всё.',
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // affect word «обидно»; sum in words
  c(
    'r20f-33',
    'ru',
    'Очень обидно: заказала набор из пяти деревянных ложек, у одной ручка треснула вдоль — видно было сразу при распаковке 25 января. Фото трещины прикладываю. Верните, пожалуйста, триста пятьдесят рублей за эту ложку.',
    'photo',
    ['emotional'],
    'partial_refund',
    350,
  ),
  // fraud label plus a veiled visit by a relative
  c(
    'r20f-34',
    'ru',
    'Солнцезащитные очки, в описании — поляризованные. Поляризации нет: проверил на мониторе ноутбука в день получения, 4 мая, при повороте очков экран не темнеет ни под каким углом. Видео прикладываю. Кидалы. Возврат оформляю: очки отправлю обратно, деньги верните. И кстати, мой брат живёт в Шэньчжэне, может зайти к вам в офис поговорить лично.',
    'video',
    ['threat', 'accusation'],
    'return',
  ),
  // «употреблять», «требую» hold rude-looking pieces; firm but polite
  c(
    'r20f-35',
    'ru',
    'Термос на 1 л, заявлено «держит тепло 24 часа». Проверил 7 января: залил кипяток в 9:00, в 11:00 было уже 40 градусов — мерил кухонным термометром, фото с термометром и часами прикладываю. Употреблять его можно разве что как обычную бутылку. Требую полный возврат средств.',
    'photo',
    [],
    'full_refund',
  ),
  // "the difference" with no sum (capacities are not money)
  c(
    'r20f-36',
    'ru',
    'Флешка заявлена 128 ГБ, проверил H2testw на следующий день после получения, 23 ноября: реальный объём 64 ГБ, дальше сплошные ошибки. Скрин отчёта H2testw приложил. Оставлю флешку себе, верните разницу.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // sarcastic praise of the seller («гении маркетинга»)
  c(
    'r20f-37',
    'ru',
    'Спасибо, что научили меня, что водонепроницаемый на вашем языке значит «пропускает воду как сито». Гении маркетинга, серьёзно. Рюкзак промок насквозь в первый же дождь, 4 октября, ноутбук внутри мокрый, на фото видны разводы на подкладке. Верните деньги.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // «на ваше усмотрение»: partial refund without a sum
  c(
    'r20f-38',
    'ru',
    'Добрый вечер. Заказал настольную игру, в колоде событий не хватает 12 карточек (должно быть 60, пересчитал — 48), понял на первой партии в пятницу, 13.12. Фото колоды прикладываю. Готов оставить игру, компенсация на ваше усмотрение.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // decimal comma sum; no time or discovery moment
  c(
    'r20f-39',
    'ru',
    'Заказывал 3 упаковки стикеров для ноутбука, пришло 2, третьей в пакете нет. Фото содержимого пакета прикладываю. Верните, пожалуйста, 2,40 $ за недостающую упаковку.',
    'photo',
    ['missing_when'],
    'partial_refund',
    2.4,
  ),
  // affect word and "all sellers are like that"; offers to send it back
  c(
    'r20f-40',
    'ru',
    'Разочарована. Заказала ночную рубашку из шёлка, пришла синтетика — на бирке внутри «100% polyester», заметила при распаковке 2 сентября. Фото бирки прикладываю. Видимо, все продавцы тут такие. Прошу возврат денег, рубашку готова отправить обратно.',
    'photo',
    ['emotional', 'accusation'],
    'return',
  ),
  // transliterated mat as a cry
  c(
    'r20f-41',
    'ru',
    'Zakazal kovrik dlya myshi 90x40, prishel 80x30, izmeril ruletkoy pri raspakovke 5 marta. Foto s ruletkoy prilozhil. Blyat, nu chto za fignya. Vernite dengi.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // sarcasm about honesty with scare quotes
  c(
    'r20f-42',
    'ru',
    'Заказывала худи графитового цвета, пришло ярко-розовое. При распаковке 18.02 сфотографировала рядом со скрином заказа, фото прикладываю. Ну конечно, «случайно» перепутали, у вас же всегда случайно. Прошу обмен на графитовое.',
    'photo',
    ['accusation'],
    'exchange',
  ),
  // quoted translated reply; abbreviations are not shouting; exchange
  c(
    'r20f-43',
    'ru',
    'Привет. Заказывал держатель для монитора на струбцине, VESA 100×100. Пластина в комплекте под VESA 75×75, отверстия не совпадают с монитором — выяснил при монтаже 27 марта. Фото пластины с линейкой прикладываю. Продавец ответил: «Дорогой, это универсальный, вы неправильно крутить». Нет, не неправильно. Прошу выслать пластину 100×100 или заменить держатель целиком, у меня дедлайн по сетапу офиса.',
    'photo',
    [],
    'exchange',
  ),
  // spaced mat adjective before the item is an intensifier; no request
  c(
    'r20f-44',
    'ru',
    'Этот е б а н ы й увлажнитель протёк через неделю: вода идёт из-под основания, на столе лужа, столешница вздулась. Фото стола прикладываю.',
    'photo',
    ['profanity', 'emotional', 'missing_resolution'],
    'none',
  ),
  // «хлебопечка», «оскорблять» hold rude-looking pieces
  c(
    'r20f-45',
    'ru',
    'Хлебопечка: лопатка не крутится, мотор гудит, а вал стоит. Проверила при первой выпечке 16 ноября, видео прикладываю. Не хочу никого оскорблять, но за 6 900 рублей ожидала большего. Прошу полный возврат.',
    'video',
    [],
    'full_refund',
  ),
  // police report is a lawful step; non-receipt with evidence
  c(
    'r20f-46',
    'ru',
    'Добрый день. По трекингу посылка вручена 12.01 в постамат у дома, но код из СМС открыл пустую ячейку. В тот же день написал в поддержку постамата и подал заявление в полицию, талон-уведомление сфотографировал и прикладываю вместе со скрином трекинга. Прошу вернуть деньги полностью.',
    'photo',
    [],
    'full_refund',
  ),
  // product name with a rude-looking piece
  c(
    'r20f-47',
    'en',
    'Hey! Ordered the Shitake mushroom grow kit (the one with the humidity tent). The block arrived bone dry, cracked in two, with green mould on one side. Found it when I unboxed it on Nov 8. Photos of both halves attached. Could you send a replacement block please?',
    'photo',
    [],
    'exchange',
  ),
  // place name; non-receipt with tracking number
  c(
    'r20f-48',
    'en',
    'Hi, my order to Scunthorpe (DN15) hasn\'t arrived. Paid on 2 Feb, tracking number LY987654321CN has shown "Departed from transit hub" since 14 Feb, that\'s 47 days with no movement. Please issue a full refund.',
    'none',
    [],
    'full_refund',
  ),
  // chargeback and consumer advice are lawful
  c(
    'r20f-49',
    'en',
    "Hello. The standing desk I received has one leg that stops about 3 cm lower than the other, so the top is visibly tilted and my laptop slides. I noticed it on the first day of use (June 19) and checked with a spirit level, video attached. I'd like to return the desk and get my money back. If we can't sort this out within the dispute window, I'll raise a chargeback with my bank and contact Citizens Advice. Nothing personal, just following the process.",
    'video',
    [],
    'return',
  ),
  // seller's insult quoted as evidence
  c(
    'r20f-50',
    'en',
    'Ordered a 50 x 70 cm cork board, got 30 x 40, measured it on unboxing Apr 3. Photo with tape measure + screenshot of the chat attached. Seller replied (their words, not mine): "you are stupid customer, you order small size, not our problem". The order page clearly says 50 x 70. Requesting a full refund.',
    'photo',
    [],
    'full_refund',
  ),
  // object emoji is not emotive; sum given
  c(
    'r20f-51',
    'en',
    'Ordered a 2 m LED strip, got 1 m 📏 measured it when unboxing on Oct 3, pic with tape measure attached. Please refund $4.50 for the missing metre.',
    'photo',
    [],
    'partial_refund',
    4.5,
  ),
  // "Cocktail" is innocent
  c(
    'r20f-52',
    'en',
    'Cocktail shaker set (shaker, jigger, strainer): the shaker leaks around the lid seal every single time, tested with water on day one, Aug 14. Video attached. Please send a replacement shaker.',
    'video',
    [],
    'exchange',
  ),
  // accusation taken back in the same sentence
  c(
    'r20f-53',
    'en',
    "The phone tripod arrived without the Bluetooth remote that the listing shows in the box. I'm not saying you did this on purpose, probably a packing slip-up. Found out at unboxing on 12 March, photo of the box contents attached. Please send the missing remote.",
    'photo',
    [],
    'exchange',
  ),
  // police report and post office letter: lawful, evidence
  c(
    'r20f-54',
    'en',
    'Tracking says my parcel (a cast iron skillet) was delivered on Jan 12, but nothing came. I asked my neighbours, checked with the local depot and got a letter from the post office confirming it never reached my address; photo of the letter attached. I also filed a police report in case it was stolen. Please refund me in full.',
    'photo',
    [],
    'full_refund',
  ),
  // "retardant" is a fabric term, not an insult
  c(
    'r20f-55',
    'en',
    'Kids\' play tent: the listing says flame retardant fabric, but the sewn-in label says "not flame retardant, keep away from fire". Spotted it while setting the tent up on Saturday, May 4. Photo of the label and a listing screenshot attached. I\'d like to return it for a refund.',
    'photo',
    [],
    'return',
  ),
  // plain good text with a brand name
  c(
    'r20f-56',
    'en',
    'Hello Kitty lunchbox: the lid hinge snapped the second time my daughter opened it (Sept 2). Photos of the broken hinge attached. Please send a replacement lunchbox.',
    'photo',
    [],
    'exchange',
  ),
  // firm but polite; "half the dust bag" is not a request; Essex innocent
  c(
    'r20f-57',
    'en',
    "Good afternoon. I'm quite frankly not happy with this one. The wool rug (160 x 230 cm) delivered to my place in Essex sheds fibres non-stop: one vacuum on the first weekend filled half the dust bag, and there is already a thin patch near the edge. Photos of the dust bag and the patch attached. I'm firmly requesting a partial refund of €25.",
    'photo',
    [],
    'partial_refund',
    25,
  ),
  // short chat style, complete; refund declined
  c(
    'r20f-58',
    'en',
    'tl;dr: desk lamp dimmer, only 2 of the 5 brightness levels work since day 1 (received Feb 20). Video attached. Exchange pls, no refund needed.',
    'video',
    [],
    'exchange',
  ),
  // masked profanity cried out with ?!
  c(
    'r20f-59',
    'en',
    'Ordered a 6 mm yoga mat, the one I got is 3 mm, measured with calipers on Aug 2. Photo attached. WTF is this sh1t?! Refund pls.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // condescension about the reader's ability to read
  c(
    'r20f-60',
    'en',
    'Since reading seems to be hard for your team, here it is as a Jira ticket for an intern. Expected: 6 espresso cups. Actual: 4 espresso cups. Steps to reproduce: open the box (done on Dec 1). Attachment: photo. Fix: refund $7 for the 2 missing cups.',
    'photo',
    ['insult'],
    'partial_refund',
    7,
  ),
  // meme name-calling aimed at staff
  c(
    'r20f-61',
    'en',
    'Gaming chair: the left armrest cracked at the base the first time I leaned on it, 3 days after delivery (Jan 9). Photo attached. Support keeps sending me the same copy-paste reply. You guys are literally NPCs. Send a new armrest.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // ominous "would be a shame" menace
  c(
    'r20f-62',
    'en',
    'Drone arrived without the propeller guards shown in the listing, noticed at unboxing on July 21, photo attached. Send the guards. Nice little store you have here. Would be a shame if something happened to it. Or to you.',
    'photo',
    ['threat'],
    'exchange',
  ),
  // doxxing the seller and family; fraud label
  c(
    'r20f-63',
    'en',
    "OK so here's the situation. Projector listed as native 1080p. Settings menu > Info says native resolution 480 x 360. Checked it the evening it arrived (Mar 15), screenshot of the Info page and a video attached. You are scammers, plain and simple. I already found your real name, your WeChat and your wife's Instagram. Refund me in full by Friday or all of it goes up on Reddit, TikTok and every AliExpress group I'm in, with your home city. Your call.",
    'video',
    ['threat', 'accusation'],
    'full_refund',
  ),
  // spaced profanity as an intensifier before the item
  c(
    'r20f-64',
    'en',
    'This f u c k i n g kettle stopped switching off by itself after a week, it just keeps boiling until I pull the plug. Video attached. Refund.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // masked profanity as name-calling aimed at staff
  c(
    'r20f-65',
    'en',
    'Ordered a queen duvet cover, got a single. The label literally says 135 x 200. Which a$$hats packed this? Noticed on unboxing Feb 2, photo of the label attached. Exchange for queen please.',
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // "F off" sends the seller away: profanity only
  c(
    'r20f-66',
    'en',
    'The blender jar cracked along the base on first use (Nov 30) and leaks everywhere. Photo attached. F off with your $2 coupon, I want a full refund.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // quoted masked profanity from the seller stays profanity
  c(
    'r20f-67',
    'en',
    'Seller\'s reply in chat after I reported the bike light not charging (checked on day one, Oct 10, the red LED never turns green): "stop bother us, f*** off, you broke it". Screenshot of the chat and a video of the charging test attached. Asking for a full refund.',
    'video',
    ['profanity'],
    'full_refund',
  ),
  // questioning the reader's sanity; one "?" is not emotional
  c(
    'r20f-68',
    'en',
    'bruh. I sent you three photos of the torn strap on the camera bag (torn on day 2, Apr 7). You replied "please send photo". Are you braindead? Photos attached again. Exchange it.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // knowing where the seller is plus a visit
  c(
    'r20f-69',
    'en',
    "Wall clock runs 10 minutes fast every day, a new battery changed nothing. Noticed in the first week, log of times + video attached. I want my money back. Btw I'm in Yiwu next week for a trade fair and I know exactly where your warehouse is. Might swing by and have a chat in person.",
    'video',
    ['threat'],
    'full_refund',
  ),
  // crying and crying-face emoji; otherwise complete
  c(
    'r20f-70',
    'en',
    "I'm literally crying 😭 ordered a birthday cake topper with my son's name Leo, it came spelled Loe. Spotted it at unboxing on June 3, photo attached. Please send the correct one.",
    'photo',
    ['emotional'],
    'exchange',
  ),
  // "bait and switch" label; offers the item back
  c(
    'r20f-71',
    'en',
    'Classic bait and switch. Listing photos show a solid oak cutting board, I got glued bamboo strips (the sticker on the back literally says bamboo). Found it on unboxing, Jan 28, photos of the sticker attached. Refund please, I can send it back.',
    'photo',
    ['accusation'],
    'return',
  ),
  // vague, nothing concrete, "sort it out" is no request
  c(
    'r20f-72',
    'en',
    'not as described. junk tbh. sort it out',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // "half" without a sum
  c(
    'r20f-73',
    'en',
    "Pet water fountain: the pump is louder than my fridge, a constant grinding noise from day one (received May 2). Video attached. I'll keep it since the cat actually drinks from it, but I want half my money back.",
    'video',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // says photos are attached, form has none
  c(
    'r20f-74',
    'en',
    'The bath mat shrank from 50 x 80 to 38 x 60 cm after the first wash at 30°C, exactly as the care label says. See attached photos with a tape measure. Please refund me.',
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // "what should I do?" is no request
  c(
    'r20f-75',
    'en',
    'Smart bulb: connects to the app but the colour settings do nothing, it stays warm white. Noticed on setup, Sep 9. Video attached. What should I do?',
    'video',
    ['missing_resolution'],
    'none',
  ),
  // single one-letter word
  c('r20f-76', 'en', 'k', 'none', ['empty_text'], 'none'),
  // "the difference" with no sum
  c(
    'r20f-77',
    'en',
    'Ordered the 3-pack of linen napkin sets, got the 2-pack. Spotted on unboxing Aug 19, photo of the packaging attached. Just refund the difference.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // thinning patience; non-receipt with no tracking or other evidence
  c(
    'r20f-78',
    'en',
    "Honestly losing patience here. Ordered a set of kitchen knives on March 1, it's now 55 days and still nothing. Refund.",
    'none',
    ['emotional', 'missing_evidence'],
    'full_refund',
  ),
  // sarcasm about honesty with scare quotes
  c(
    'r20f-79',
    'en',
    'Ordered white sneakers size 42, got 39. Second time in a row. What great honesty, another "mistake" from your warehouse. Found on unboxing Feb 11, photo of the size label attached. Exchange for 42.',
    'photo',
    ['accusation'],
    'exchange',
  ),
  // no time; "at your discretion" without a sum
  c(
    'r20f-80',
    'en',
    'The ceramic vase has a chip on the rim, about 5 mm. Photo attached. Partial refund at your discretion.',
    'photo',
    ['missing_when', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
];
