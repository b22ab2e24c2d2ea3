import { labelled as c, type CorpusCase } from './types';

/**
 * Round seventeen, hold-out set T: hobbyists (anglers, gardeners, seamstresses, car and motorbike tinkerers, aquarium
 * keepers, model builders) who use their gear's jargon, paste the seller's chat as evidence, and when angry insult or
 * threaten in their subculture's slang or with disguised swearing. Written by a hand that has not read the analyzer's
 * rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Hobby jargon with rude-looking pieces is innocent (колебалка, мормышка «балда», петушок the fish, семена лопуха,
 *   липовые рейки, модель корабля, «застрахуйте», Hooker-style headers, bastard file, petcock, assassin snails, kill
 *   switch, spanner the tool, Fokker, cockatoo cichlid, shiitake); the same words aimed at staff («лопухи», "you
 *   absolute spanner") are insults.
 * - «Вы там с катушек съехали?» questions sanity: insult. «Память как у гуппи» and "packers with fins instead of hands"
 *   are mocking animal comparisons: insult. "Plonker", "galoots", «криворукие чайники» at staff: insult.
 * - Subculture menace is a threat: the motorbike club "stopping in for a chat" at a named warehouse, "sleeping with the
 *   fishes", «тормоза у всех иногда отказывают», «лёд нынче тонкий» (with «кто людей обманывает»: also accusation),
 *   finding the seller's WeChat and factory address, the daughter's Instagram and house.
 * - "You f***ing scammers!!": profanity, emotional (intensifier and "!!") and accusation; no insult (round twelve).
 * - «Обманули как лоха» about the buyer herself is not an insult; the «обманули» / «жульё» part is the accusation.
 * - Transliterated «blyat» at the end of a sentence is an interjection: profanity and emotional.
 * - Whenever the form has a file, the text also names it, so a file with no mention does not arise; a text that says
 *   "see attached video" with no file gets only evidence_not_attached.
 * - "Disgusting." as a sentence of its own is an affect word: emotional.
 * - Listing claims are never put in scare quotes (earlier rounds disagree on those).
 */
export const ROUND17_HOLDOUT_T: CorpusCase[] = [
  // колебалки — fishing spoons, innocent jargon; complete text asking for the right weights
  c(
    'r17t-01',
    'ru',
    `Заказывал набор колебалок (колеблющиеся блёсны) 10 шт.: пять по 7 г и пять по 12 г. Пришли все десять по 7 г — взвесил на кухонных весах 12 мая, когда разбирал посылку. Фото блёсен на весах приложил. Прошу дослать пять колебалок по 12 г, как в заказе.`,
    'photo',
    [],
    'exchange',
  ),
  // мормышка «балда» is a lure, not name-calling; partial refund with a sum
  c(
    'r17t-02',
    'ru',
    `Мормышки «балда» с тройником, набор из 5 шт. У двух балд крючки отломились на первой же подсечке, 3 января на льду водохранилища. Металл на изломе серый, пористый, видно даже без лупы. Видео с изломом снял прямо на рыбалке, прикладываю. Прошу вернуть 180 ₽ за две сломанные балды.`,
    'video',
    [],
    'partial_refund',
    180,
  ),
  // петушок is the betta fish; calm, complete
  c(
    'r17t-03',
    'ru',
    `Купил терморегулятор-нагреватель на 50 Вт для банки 40 л с петушком. На пятый день работы он перестал отключаться: выставлено 26 °C, а термометр утром 18 ноября показал 33 °C. Петушок еле выжил, пришлось срочно менять воду. Фото термометра рядом с нагревателем приложил. Пользоваться им опасно, прошу полный возврат денег.`,
    'photo',
    [],
    'full_refund',
  ),
  // «застрахуйте» contains a rude-looking piece; innocent, complete
  c(
    'r17t-04',
    'ru',
    `Аэрограф с верхним бачком, сопло 0,3 мм. При первой продувке 20 февраля краска пошла кляксами, под лупой видно, что кончик иглы загнут крючком. Видео продувки на воде прикладываю. Прошу заменить аэрограф. И большая просьба: застрахуйте посылку и положите его в жёсткую коробку, а не в пакет.`,
    'video',
    [],
    'exchange',
  ),
  // «стебель», «оскорблять» — innocent; polite, complete
  c(
    'r17t-05',
    'ru',
    `Саженец клематиса «Найоби» пришёл со сломанным у основания стеблем, место излома уже почернело, почки сухие. Распаковала коробку 8 апреля, сразу сфотографировала, фото приложила. Никого не хочу оскорблять, скорее всего коробку придавили при сортировке, но сажать такой стебель бессмысленно. Прошу полный возврат.`,
    'photo',
    [],
    'full_refund',
  ),
  // chargeback and consumer protection are lawful steps
  c(
    'r17t-06',
    'ru',
    `Заказал втулки заднего амортизатора на ИЖ Планета-5, комплект 4 шт. Внутренний диаметр по описанию 12 мм, по факту 10 мм — замерил штангенциркулем 15 июня при примерке, на ось они не налезают. Фото со штангенциркулем приложил. Продавец не отвечает уже 12 дней. Прошу вернуть деньги; если вопрос не решится здесь, обращусь в банк за чарджбэком и напишу жалобу в Роспотребнадзор.`,
    'photo',
    [],
    'full_refund',
  ),
  // the seller's insult quoted as evidence is not the buyer's; offers the item back
  c(
    'r17t-07',
    'ru',
    `Продавец ответил мне в чате дословно: «Сам дурак, надо было описание читать». Описание я читала: оверлок заявлен с дифференциальным транспортёром, а регулятора дифференциала на корпусе нет вообще, трикотаж при шитье тянет волной. Обнаружила на первой же пробной строчке 2 марта. Скриншоты описания и переписки, фото корпуса прикладываю. Готова отправить оверлок обратно, прошу вернуть деньги.`,
    'photo',
    [],
    'return',
  ),
  // digit-masked mat as a predicate about the item, no "!": profanity only
  c(
    'r17t-08',
    'ru',
    `Карбюратор на Яву 638. Поплавковая камера течёт по прокладке с первого запуска 11 июля, бензин заливает весь двигатель. Карб ваш — пи3дец полный. Видео приложил. Верните деньги.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
  // garage slang name-calling at the packers
  c(
    'r17t-09',
    'ru',
    `Кто у вас глушители пакует, криворукие чайники из гаража? Глушитель на мопед Альфа пришёл с вмятиной на 3 см, резьба на фланце сорвана. Заметил при распаковке 5 сентября, фото приложил. Нужна замена.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // biker-club visit to the seller's warehouse: veiled threat
  c(
    'r17t-10',
    'ru',
    `Кофр на мотоцикл, 45 л: замок не закрывается, язычок не доходит до защёлки на 4 мм. Обнаружил 22 мая при первой установке на багажник. Фото приложил. Прошу вернуть деньги. И учтите: ваш склад в Подольске, я в мотоклубе не последний человек, ребята там рядом катаются. Заедем, поговорим по-людски, если денег не будет.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "!!!" and «в шоке»: emotional, otherwise complete
  c(
    'r17t-11',
    'ru',
    `Я в шоке!!! Компрессор для аквариума на 2 выхода гудит как трактор, а через неделю работы (с 3 по 10 августа) второй выход перестал качать совсем. Рыбы ночью задыхаются, я не сплю. Видео с шумом и пустым распылителем приложил. Верните деньги.`,
    'video',
    ['emotional'],
    'full_refund',
  ),
  // «вы специально» labels intent: accusation, despite the measured facts
  c(
    'r17t-12',
    'ru',
    `Леска монофильная, заявлено 0,25 мм. Микрометр показывает 0,18–0,19 мм — мерил 7 ноября на трёх отрезках с разных концов шпули. Фото микрометра приложил. Вы специально пишете завышенный диаметр, чтобы продавать тонкую как толстую. Прошу возврат денег.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // vague: generic mismatch, no date, no evidence, only «разберитесь»
  c(
    'r17t-13',
    'ru',
    `Набор для вышивки крестом не соответствует описанию. Разберитесь.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // compensation for a shortfall with no sum
  c(
    'r17t-14',
    'ru',
    `Ткань поплин, отрез 3 м, пришла длиной 2,4 м — измерила портновским метром в день получения, 19 октября. Фото отреза с метром приложила. Прошу компенсацию за недостающие 60 см.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // aquarium-slang mockery of the staff's memory: insult
  c(
    'r17t-15',
    'ru',
    `Третий раз пишу одно и то же. У вас что, память как у гуппи — на три секунды? Лампа УФ-стерилизатора для пруда на 11 Вт не загорается с первого включения 30 мая, балласт при этом гудит. Фото лампы и переписку прикладывала ещё 2 июня, прикладываю снова. Прошу замену лампы.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Latin-letter mat as an adjective before the item: profanity and emotional
  c(
    'r17t-16',
    'ru',
    `Теплица-парник 3 м: дуги из проволоки 3 мм вместо заявленных 5 мм, и этот eбучий каркас сложился от первого же ветра 2 июня, помидоры поломало. Фото дуг со штангенциркулем и сложенной теплицы приложила. Верните деньги.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // «модели корабля» contains a rude-looking piece; missing sprue, send it
  c(
    'r17t-17',
    'ru',
    `Сборная модель корабля «Варяг», 1:350. В коробке нет литника D с мачтами и трубами — проверял по инструкции при вскрытии 14 января, все остальные литники на месте. Фото содержимого и страницы инструкции со списком литников прикладываю. Прошу дослать литник D.`,
    'photo',
    [],
    'exchange',
  ),
  // condescension about the reader's intelligence
  c(
    'r17t-18',
    'ru',
    `Объясню медленно, специально для тех, кто путает сантиметры с дюймами. Я заказала разъёмную молнию длиной 50 сантиметров. Пришла молния 50 дюймов, то есть 127 сантиметров, — измерила сразу при получении, 6 декабря. Фото с рулеткой приложила. Пришлите молнию 50 см.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // ominous angler's wish plus «кто людей обманывает»: threat and accusation
  c(
    'r17t-19',
    'ru',
    `Ледобур 130 мм: ножи тупые и с выщербинами, 12 февраля за 20 минут не смог пробурить лёд 40 см, выкручивал руками. Фото ножей крупно приложил. Верните деньги. И удачи вам на рыбалке — лёд нынче тонкий, с теми, кто людей обманывает, всякое случается.`,
    'photo',
    ['threat', 'accusation'],
    'full_refund',
  ),
  // non-receipt with a tracking number and a passed deadline: complete with no file
  c(
    'r17t-20',
    'ru',
    `Заказ: шпульный колпачок и 10 шпулек для машинки Janome. Оплачен 3 марта, трек-номер LP00123456789012 не обновляется с 20 марта, срок доставки по заказу истёк 10 мая. Посылку не получила. Прошу вернуть деньги.`,
    'none',
    [],
    'full_refund',
  ),
  // transliterated Russian; «blyat» as an interjection
  c(
    'r17t-21',
    'ru',
    `Perchatki moto, zakazyval razmer L, prishli S, blyat. Obnaruzhil pri primerke 9 maya, na birke napisano S. Foto birki prilozhil. Pomenyaite na L pozhaluysta.`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // sarcasm about honesty with scare quotes: accusation
  c(
    'r17t-22',
    'ru',
    `Заказывал воблеры-минноу 110 мм, расцветка «перламутр», 3 шт. Пришли три воблера 70 мм кислотной расцветки — распаковал 25 апреля, линейку положил рядом. Фото приложил. Ну конечно, «случайно» положили то, что залежалось на складе. Пришлите заказанные 110 мм.`,
    'photo',
    ['accusation'],
    'exchange',
  ),
  // says a photo is attached, the form has none
  c(
    'r17t-23',
    'ru',
    `Редуктор CO2 с электромагнитным клапаном травит газ по резьбе у манометра: за ночь баллон 2 л опустел, впервые заметил 16 января, мыльный раствор на резьбе пузырится. Фото с пузырями прикладываю. Прошу вернуть деньги.`,
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // complete but only asks "what do I do now?"
  c(
    'r17t-24',
    'ru',
    `Из 20 семян перца «Хабанеро» не взошло ни одного: посеяла 1 марта в торфяные таблетки, 25 дней при 26 °C под фитолампой. Соседние сорта от другого продавца взошли на шестой день. Фото кассет прилагаю. Что мне теперь делать?`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // the seller's mat quoted as evidence stays profanity
  c(
    'r17t-25',
    'ru',
    `Маска сварщика-хамелеон не затемняется: при поджиге дуги 28 сентября светофильтр остался светлым, глаза нахватали зайчиков. Фото маски и скриншот переписки прикладываю. Когда я написал об этом продавцу, он ответил: «иди на х*й, сам сломал». Прошу вернуть деньги.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // «лопухи» aimed at the warehouse staff: insult
  c(
    'r17t-26',
    'ru',
    `Вы там на складе лопухи или как? Я заказал ремень вариатора на скутер 729×17,5, а положили 669×18 — размер написан на самом ремне, увидел при распаковке 13 апреля. Фото надписи на ремне приложил. Пришлите правильный ремень.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // лопух here is the vegetable; partial refund with a sum
  c(
    'r17t-27',
    'ru',
    `Заказывала семена лопуха съедобного (гобо) и салатного цикория, по 2 пакетика. Цикорий пришёл, а вместо лопуха — два пакетика обычной петрушки, заметила при разборе посылки 10 марта. Фото пакетиков приложила. Прошу вернуть 150 рублей за два пакетика лопуха.`,
    'photo',
    [],
    'partial_refund',
    150,
  ),
  // spaced mat as an interjection: profanity and emotional
  c(
    'r17t-28',
    'ru',
    `Швейная машинка на втором часу работы начала пропускать стежки через каждые 3–4, нитка снизу петляет. С 4 мая меняла иглы (три разных, 80 и 90), перезаправляла по инструкции — с у к а, бесполезно. Видео строчки приложила. Верните деньги, пожалуйста.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // knowing the seller's contacts and address, threatening to spread his photo: threat
  c(
    'r17t-29',
    'ru',
    `Катушка с байтраннером: байтраннер не включается, рычажок болтается, леску не стравливает — проверял 18 июня на берегу. Фото механизма приложил. Прошу возврат денег. Я, кстати, нашёл ваш WeChat и адрес фабрики в Нинбо. Будет очень жаль, если ваше фото с адресом разойдётся по всем рыболовным форумам.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // negated accusation is not one; send the right chain
  c(
    'r17t-30',
    'ru',
    `Не думаю, что вы сделали это специально, скорее ошибка комплектации. Цепь 428H, в заказе 130 звеньев, пришла на 118 — посчитал при установке 4 августа, на звёзды не хватает. Фото растянутой цепи рядом с рулеткой приложил. Прошу прислать цепь на 130 звеньев.`,
    'photo',
    [],
    'exchange',
  ),
  // «сидела и ревела», «обидно до слёз»: emotional
  c(
    'r17t-31',
    'ru',
    `Внешний фильтр для аквариума на 100 л потёк через уплотнитель крышки в первую же ночь, 21 октября. Утром вода на полу, залило ламинат, а в аквариуме погибли две скалярии, потому что уровень упал ниже нагревателя. Сидела и ревела, обидно до слёз. Фото лужи и трещины на уплотнителе приложила. Прошу вернуть деньги за фильтр.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // sum in words
  c(
    'r17t-32',
    'ru',
    `Набор швейных ниток, заявлено 24 катушки разных цветов, в коробке 20 — пересчитала при распаковке 17 июля, четыре ячейки пустые. Фото коробки приложила. Верните, пожалуйста, триста рублей за недостающие катушки.`,
    'photo',
    [],
    'partial_refund',
    300,
  ),
  // declines the return, asks for half: partial without a sum
  c(
    'r17t-33',
    'ru',
    `Шланг поливочный 20 м, пришёл 15 м — мерила рулеткой 2 мая, раскатав на участке. Фото рулетки у конца шланга приложила. Шлангом пользуюсь, возвращать не буду, верните половину стоимости.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "the difference" without a sum
  c(
    'r17t-34',
    'ru',
    `Лампы H7 для мотоцикла, в описании 100 Вт, на цоколе выбито 55 Вт, и ваттметр показал 54 Вт — проверил в гараже 8 октября. Фото цоколя приложил. Лампы светят, менять не надо, верните разницу.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // refuses a replacement, asks for the money
  c(
    'r17t-35',
    'ru',
    `Зеркало на мотоцикл, левое: резьба крепления М8, а заявлено М10, в штатное место не вкручивается. Выяснилось при установке 1 сентября. Фото резьбы и гайки М10 рядом приложил. Замену не надо, ждать ещё полтора месяца до сезона не могу. Верните деньги.`,
    'photo',
    [],
    'full_refund',
  ),
  // decimal comma in the sum
  c(
    'r17t-36',
    'ru',
    `Набор акриловых красок для моделизма, 12 баночек по 17 мл. Три баночки (RLM 02, RLM 76 и хаки) пришли полностью засохшими, открывала 29 января, краска не размешивается даже с разбавителем. Фото открытых баночек приложила. Прошу частичный возврат 4,50 $ за три баночки.`,
    'photo',
    [],
    'partial_refund',
    4.5,
  ),
  // generic «брак», «не работает», nothing else
  c(
    'r17t-37',
    'ru',
    `Пришёл брак, ничего не работает. Верните деньги.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // concrete symptom and video, but no time
  c(
    'r17t-38',
    'ru',
    `Светильник для аквариума 60 см: мигает синий канал, а белый не включается вообще ни на одной из программ. Видео мигания приложил. Прошу замену светильника.`,
    'video',
    ['missing_when'],
    'exchange',
  ),
  // sarcastic praise of the packers: insult
  c(
    'r17t-39',
    'ru',
    `Аплодирую стоя, профессора упаковки. Сборная модель Як-3 1:48 пришла в мятой коробке без пупырки, прозрачный фонарь кабины треснул пополам, литник с шасси сломан. Увидел при вскрытии 3 марта. Фото приложил. Прошу дослать фонарь и литник с шасси.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // vowel-dropped mat as a sentence of its own
  c(
    'r17t-40',
    'ru',
    `Пздц. Фидерное удилище 3,6 м сломалось в вершинке на первом же забросе кормушки 60 г, а тест заявлен до 120 г. Было это 17 мая на Оке, фото обломка и бланка с маркировкой приложил. Верните деньги.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // «тормоза у всех иногда отказывают. У продавцов тоже»: veiled threat
  c(
    'r17t-41',
    'ru',
    `Тормозные колодки на Yamaha XJ6: через 300 км накладка отслоилась от основы, на диске борозды. Обнаружил 19 июля при осмотре после поездки. Фото колодки и диска приложил. Прошу вернуть деньги. И подумайте на досуге: тормоза, знаете, у всех иногда отказывают. У продавцов тоже.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «кидалы» is a fraud label; no evidence named, no file
  c(
    'r17t-42',
    'ru',
    `Эхолот показывает глубину только до 3 метров, дальше пишет прочерки, хотя в описании до 100 м. Проверял 6 августа на озере, там 8 метров по карте глубин. Очередные кидалы, продают игрушки под видом эхолотов. Верните деньги.`,
    'none',
    ['accusation', 'missing_evidence'],
    'full_refund',
  ),
  // caps and "!!!", «жульё», no date, no evidence
  c(
    'r17t-43',
    'ru',
    `КОШМАР!!! Опять обманули как лоха. Заказывала мотокуртку с защитой, а в плечах и локтях вместо вставок CE просто поролон. Вы все тут одинаковые, жульё. Верните деньги немедленно.`,
    'none',
    ['emotional', 'accusation', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // an honest review is a lawful step
  c(
    'r17t-44',
    'ru',
    `Секатор с храповым механизмом: пружина лопнула на пятнадцатом срезе ветки толщиной 1,5 см, а заявлено до 2,5 см. Случилось 11 апреля при обрезке яблони. Фото лопнувшей пружины приложил. Прошу вернуть деньги. Если спор не решится, оставлю честный отзыв с этими фото, чтобы другие садоводы знали.`,
    'photo',
    [],
    'full_refund',
  ),
  // «с катушек съехали» questions sanity: insult
  c(
    'r17t-45',
    'ru',
    `Вы там с катушек съехали? Я третий раз объясняю: катушка безынерционная, размер 3000, ручка болтается в посадке, и при подмотке щелчок на каждом обороте. Так с первой рыбалки 2 июня. Фото крепления ручки приложил. А вы мне предлагаете купон на 1 доллар. Верните деньги за катушку.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // «липовые» is linden wood, «сучки» are knots: innocent
  c(
    'r17t-46',
    'ru',
    `Заказал липовые рейки 3×5 мм, 20 шт., для набора корпуса модели. На шести рейках сучки и трещины вдоль волокон, при гибке над паром они ломаются. Обнаружил при разметке 27 декабря. Фото всех шести реек приложил. Прошу заменить шесть реек.`,
    'photo',
    [],
    'exchange',
  ),
  // Hooker-style headers and a bastard file: innocent car jargon
  c(
    'r17t-47',
    'en',
    `Ordered the Hooker-style long tube headers for my '72 Chevelle 350. The collector flange is 6 mm thick instead of the 10 mm in the listing and it's already warped - measured with calipers the day they arrived, June 3. The bastard file that was supposed to be included for port matching wasn't in the box either. Photos of the flange with calipers and of the box contents are attached. Please send a replacement set with the file.`,
    'photo',
    [],
    'exchange',
  ),
  // petcock is a fuel tap
  c(
    'r17t-48',
    'en',
    `The fuel petcock for my Honda CB750 leaks at the lever seal in every position, including OFF. Found it the day it arrived (April 9) when I fitted it and filled the tank. Video of the drip attached. Please refund.`,
    'video',
    [],
    'full_refund',
  ),
  // shiitake: innocent; complete
  c(
    'r17t-49',
    'en',
    `Shiitake grow kit (oak sawdust block). Followed the card exactly - soaked 12 hours, kept at 18 °C with daily misting since 1 February. Six weeks later there isn't a single pin, and half the block has gone green with mould. Photos from week 1 and week 6 attached. Please refund.`,
    'photo',
    [],
    'full_refund',
  ),
  // assassin snails are aquarium snails; partial with a sum
  c(
    'r17t-50',
    'en',
    `Ordered 10 assassin snails for my shrimp tank. 4 were dead in the bag when I opened the box on 22 August, shells empty and smelling. Photo of the bag with the dead ones attached. Please refund $6 for the four.`,
    'photo',
    [],
    'partial_refund',
    6,
  ),
  // kill switch: a motorbike part
  c(
    'r17t-51',
    'en',
    `Handlebar switch unit for my Suzuki GN125: the kill switch doesn't stop the engine in either position, found on the first test ride on 14 May. The horn button and the starter work. Video attached showing the engine running with the switch on OFF. Please send a working switch unit.`,
    'video',
    [],
    'exchange',
  ),
  // "you absolute spanner" at the seller: insult
  c(
    'r17t-52',
    'en',
    `Right, you absolute spanner, I'll go through it again. I ordered 24 inch + 16 inch wiper blades for a 2011 Focus. You sent two 18 inch blades, it's printed right on the packaging, which I noticed on 30 January when I went to fit them. Photo attached. Send the correct sizes.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // minced profane adjective before the item
  c(
    'r17t-53',
    'en',
    `This fcuking tyre inflator stopped at 22 psi on its first use on 5 March, the motor just stalls and the screen shows E3. My car needs 36. Photo of the display attached. Refund please.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // the biker chapter "stopping in for a chat": threat
  c(
    'r17t-54',
    'en',
    `The chain tensioners for my Triumph Bonneville have the wrong thread (M6 instead of M8) - found it when I tried fitting them on 12 September. Photo with the thread gauge attached. I want a refund. Also, the lads from my chapter ride past your warehouse in Leeds most Sundays. It'd be a real shame if we had to stop in for a chat.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "sleeping with the fishes": threat; no date, no evidence
  c(
    'r17t-55',
    'en',
    `Bought your waterproof chest waders and they leak at the left boot seam, my leg gets soaked. Refund me, or you might end up sleeping with the fishes.`,
    'none',
    ['threat', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // "classic bait and switch": accusation
  c(
    'r17t-56',
    'en',
    `The listing photos show a 1/48 Spitfire Mk IX with resin cockpit parts. What came is a 1/72 kit with no resin at all - checked the box end and the sprues on 19 October. Photos of the box and sprues attached. Classic bait and switch. Please send the 1/48 kit I paid for.`,
    'photo',
    ['accusation'],
    'exchange',
  ),
  // the seller's masked swearing quoted as evidence: profanity
  c(
    'r17t-57',
    'en',
    `The 12V bilge pump for my boat runs but moves no water - the impeller was cracked in two when I opened the housing on 7 June, after the first test. Photo of the impeller attached. When I asked for help, the seller replied: "stop wasting my f***ing time, buy a new one". The chat is in the order history. I'm asking for a refund.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // the seller's insult quoted as evidence; buyer offers a return
  c(
    'r17t-58',
    'en',
    `The seller called me "an idiot who can't read a size chart" in the chat. I did read it: the chart says the jig heads are 1/4 oz (7 g), and the ones I got weigh 3.5 g each on my scale, weighed on 2 July when they arrived. Photo of the scale and a screenshot of the chart attached. I can send all 50 back - please refund on return.`,
    'photo',
    [],
    'return',
  ),
  // "ridiculous" and "!!": emotional
  c(
    'r17t-59',
    'en',
    `Absolutely ridiculous!! The automatic needle threader on the sewing machine snapped the first time I used it, on 11 November, the little hook just broke off. Photo attached. Please send a replacement threader arm.`,
    'photo',
    ['emotional'],
    'exchange',
  ),
  // vague, no request
  c(
    'r17t-60',
    'en',
    `Not as described. Sort it out.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // near-empty
  c('r17t-61', 'en', `ok`, 'none', ['empty_text'], 'none'),
  // euro with a decimal comma
  c(
    'r17t-62',
    'en',
    `CO2 kit for a planted tank: the glass diffuser listed in the kit contents wasn't in the box, checked on unboxing on 14 March against the listing. Photo of the contents attached. Everything else works, so please refund €6,50 for the missing diffuser.`,
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // chargeback and honest review: lawful
  c(
    'r17t-63',
    'en',
    `OBD2 scanner: it doesn't connect to any of the three cars I tried (2009 Golf, 2014 Corolla, 2017 Mazda 3), the app says "no ECU response" every time. Tested on 2 and 3 August. Photos of the error screen attached. The seller hasn't replied in 10 days. Please refund; if this isn't resolved here, I'll raise a chargeback with my card provider and leave an honest review.`,
    'photo',
    [],
    'full_refund',
  ),
  // British name-calling at the packer
  c(
    'r17t-64',
    'en',
    `Which plonker packed this? A set of 6 terracotta pots, 4 arrived in pieces with no wrapping at all, found when I opened the box on 26 April. Photo attached. Please send 4 replacement pots.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // "I'll type this slowly so your team can keep up": condescension
  c(
    'r17t-65',
    'en',
    `I'll type this slowly so your team can keep up. The. Filter. Does. Not. Pump. Canister filter, 1200 L/h, primed exactly as the manual says on 8 January, the impeller spins but no water comes out of the outlet. Photo of the impeller and the primed hoses attached. Refund.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // spaced English profanity in an exclamation about the item
  c(
    'r17t-66',
    'en',
    `What a load of s h i t! The stainless hook set rusted after one weekend of sea fishing, 15-16 June, every single hook has orange spots. Photo attached. Refund.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // profane intensifier before a fraud label, "!!"
  c(
    'r17t-67',
    'en',
    `You f***ing scammers!! The 2.5 ton trolley jack I got sinks slowly under load - found it on 28 February when it let my Civic down onto the wheel while I was changing a tyre. Photo of the leaking seal attached. Refund now.`,
    'photo',
    ['profanity', 'emotional', 'accusation'],
    'full_refund',
  ),
  // "see attached video" with no file
  c(
    'r17t-68',
    'en',
    `LED indicator pair for my Kawasaki Z650: the rear left one flickers and the hazard relay clicks twice as fast, ever since I fitted them on 3 May. See attached video. Please send a replacement pair with load resistors.`,
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // concrete symptom and photo, no time
  c(
    'r17t-69',
    'en',
    `Pond pump 2500 L/h: the flow is maybe a quarter of that, the waterfall barely trickles, and the impeller housing rattles. Photo of the pump and the waterfall attached. Please refund.`,
    'photo',
    ['missing_when'],
    'full_refund',
  ),
  // complete but no request
  c(
    'r17t-70',
    'en',
    `The walking foot for my Brother sewing machine doesn't fit - the mounting screw hole is 3 mm off from the presser bar, checked on 9 July when it arrived. Photo attached. What should I do?`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // non-receipt with elapsed time, nothing as evidence
  c(
    'r17t-71',
    'en',
    `I paid 45 days ago for a set of 20 soft plastic lures and nothing has arrived. Refund please.`,
    'none',
    ['missing_evidence'],
    'full_refund',
  ),
  // sarcasm about honesty: accusation
  c(
    'r17t-72',
    'en',
    `The LED grow light is sold as 1000W. My plug-in meter shows 95W at full brightness, measured on 4 October. Photo of the meter attached. What great honesty in your listings. Please refund.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // mocking the packers as fish: insult
  c(
    'r17t-73',
    'en',
    `Do your packers have fins instead of hands? I ordered a 60 cm aquarium lid and got a 45 cm one, measured it the moment I unpacked it on 20 September. Photo with the tape measure attached. Please send the 60 cm lid.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // cockatoo cichlid: fish name; send a male
  c(
    'r17t-74',
    'en',
    `Ordered a pair of cockatoo dwarf cichlids (Apistogramma cacatuoides). Both fish are females - no tall dorsal fin, no red on the tail - which my local fish shop confirmed on 2 October, two days after they arrived. Photo of both fish attached. Please send a male, as the listing promised a pair.`,
    'photo',
    [],
    'exchange',
  ),
  // Fokker is an aircraft maker
  c(
    'r17t-75',
    'en',
    `Fokker Dr.I 1/32 kit: the decal sheet is missing, I checked the box against the parts list when I opened it on 11 November. Photo of the box contents attached. Please send the decal sheet.`,
    'photo',
    [],
    'exchange',
  ),
  // "Disgusting.", blanket claim of shorting everyone, compensation with no sum, no file
  c(
    'r17t-76',
    'en',
    `Disgusting. The premium braided line spool is 85 m, not 150 m, I unwound and measured all of it on 9 June. You obviously short everyone on length and hope nobody checks. I want compensation for the missing metres.`,
    'none',
    ['emotional', 'accusation', 'partial_without_amount', 'missing_evidence'],
    'partial_refund',
    null,
  ),
  // long, careful, negated blame; offers the kit back
  c(
    'r17t-77',
    'en',
    `Hello, I'm restoring a 1978 Yamaha XS650 and ordered the complete carburettor rebuild kit (the listing says: main jets #137.5, pilot jets #27.5, needles, float needles and seats, all gaskets and O-rings for both Mikuni BS38 carbs). I'll try to be as clear as possible, because I know these kits come in many versions.

When I opened the parcel on 16 February and laid everything out next to the old parts, I found three problems:
1. The main jets are stamped #132.5, not #137.5.
2. The float needle seats have the wrong thread - they won't start into the carb body by hand, and I didn't force them.
3. There are only 3 of the 4 float bowl screw gaskets.
The needles and pilot jets look right.

I've attached photos of every part beside the original, including a close-up of the jet stamping under a loupe, plus a screenshot of the listing text. I'm not blaming anyone - with so many near-identical kits a mix-up at packing is easy. I haven't installed anything, the parts are back in their bags.

I'd prefer to send the whole kit back and get a refund, since I need it right first time and a second wait would push the bike into summer. If you'd like me to use a particular return label, please say so and I'll drop it at the post office this week. Thanks.`,
    'photo',
    [],
    'return',
  ),
  // minced swear as an interjection
  c(
    'r17t-78',
    'en',
    `Oh sh1t, not again. The raised bed kit came with 6 corner brackets instead of 8, counted when I unpacked it on 23 April. Photo of all the parts laid out attached. Please send the 2 missing brackets.`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // knowing the seller's daughter and house: threat
  c(
    'r17t-79',
    'en',
    `The 1/24 Porsche 911 kit arrived with the windscreen cracked right across and half the chrome sprue snapped off, seen on unboxing on 8 May. Photos attached. Refund it. And just so you know, I found your daughter's Instagram - she posts the shop's parcels, and the house in the background is easy to recognise. I'm sure you'd rather sort this out quietly.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // slang name-calling with "!!!", no evidence, no file
  c(
    'r17t-80',
    'en',
    `You pack of galoots!!! Third time I'm writing. The gravel vacuum for my 200 L tank came without the hose clip, so the hose slips off the siphon every time, since the day it arrived, 12 March. Refund me.`,
    'none',
    ['insult', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
];
