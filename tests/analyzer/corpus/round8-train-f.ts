import { labelled as c, type CorpusCase } from './types';

/**
 * Round eight, training set F. Written by an independent hand in the voice of buyers a consumer-rights volunteer
 * meets: long polite letters with one barb, clipped commands, "with respect" letters, hints at connections and
 * visits, comparisons of staff to animals and children; British, Irish, Welsh, Midwest and non-native English.
 * Labels follow analyzer-notes.md section 1 and the README's labelling decisions (rounds two and four).
 *
 * Labelling decisions used in this file:
 * - a mocking comparison of staff to animals or children («упаковывали мартышки», "like a small child") is `insult`;
 *   the same kind of comparison about a thing would not be.
 * - leverage through personal connections (relatives or "friends" near the warehouse, acquaintances "in customs"
 *   who have "not been told yet", a personal visit "before which you had better pay") is a veiled `threat`; a plain
 *   announcement of a lawful step (dispute, chargeback, Роспотребнадзор, BBB, court, police, review) is not.
 * - fraud labels (ворюги, scam, "on purpose", «все вы тут одинаковые») are `accusation`, not `insult`.
 * - a receipt date ("получила 12 марта", "arrived three weeks ago") counts as the time of the problem.
 * - asking to send a missing part ("send the missing lid") is labelled `exchange` (send the correct item).
 * - `too_short` is labelled where a text has fewer than 8 words, next to the other findings.
 */
export const ROUND8_TRAIN_F: CorpusCase[] = [
  // ── Insults without a swear word (Russian) ──────────────────────────────────────────────────────────────────
  // Long courteous letter with one barb: warehouse staff compared to kindergarten children. Otherwise complete.
  c(
    'r8f-01v',
    'ru',
    'Здравствуйте, уважаемый продавец! Надеюсь, у вас всё хорошо и торговля идёт бойко. Я заказала у вас электрический чайник на 1,7 литра, получила его 3 февраля, и при первом же включении вода пошла из-под крышки по корпусу — уплотнитель просто не прилегает, видео прикладываю. Понимаю, что на складе у вас, видимо, работают дети из детского сада, которым доверили коробки, но всё-таки прошу вернуть полную стоимость. Всего вам доброго.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // Condescension: "explaining by syllables" for the seller's department. Clipped, otherwise complete.
  c(
    'r8f-02',
    'ru',
    'Объясняю медленно, по слогам, специально для вашего отдела: за-ка-зы-вал чёр-ный, при-шёл се-рый. И размер 52 вместо 54, бирка на фото. Получил вчера, 18 ноября. Обмен на чёрную 54-го.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Animal comparison aimed at the packers (people), not at the item.
  c(
    'r8f-03',
    'ru',
    'Упаковывали, видимо, мартышки: лампа для аквариума лежала в пакете без единого слоя плёнки, плафон расколот пополам. Обнаружил при распаковке 7 апреля, фото коробки и плафона приложил. Прошу полный возврат.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Everyday word used as name-calling («валенки»); partial refund with a sum.
  c(
    'r8f-04',
    'ru',
    'Ну вы и валенки, конечно. Третий раз пишу, что в наборе отвёрток нет биты PH2, которая есть на картинке в карточке товара, — заметил сразу при распаковке 2 марта. Фото набора и скрин карточки прикладываю. Верните 150 рублей за недостающую биту.',
    'photo',
    ['insult'],
    'partial_refund',
    150,
  ),
  // Sarcastic praise of a failure aimed at the seller's work («браво, мастера своего дела»).
  c(
    'r8f-05',
    'ru',
    'Браво, мастера своего дела! Умудриться положить в одну коробку левый ботинок 41-го размера и правый 43-го — это надо талант иметь. Получила 25 мая, на фото подошвы с маркировкой размеров. Прошу обмен на пару 41-го размера.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Teacher-style condescension about the reader's schooling («для тех, кто прогуливал математику»).
  c(
    'r8f-06',
    'ru',
    'Для тех, кто в школе прогуливал математику: пять штук минус две штуки — это три штуки. Именно столько вакуумных пакетов пришло из заказанных пяти, пересчитали при получении 11 сентября, фото содержимого посылки приложено. Верните стоимость двух недостающих, 340 рублей.',
    'photo',
    ['insult'],
    'partial_refund',
    340,
  ),
  // Passive-aggressive "with respect" letter mocking the reader's reading ability. Offers to send back: return.
  c(
    'r8f-07',
    'ru',
    'С уважением к вашему, очевидно, небольшому опыту чтения: в описании написано «100% хлопок», а на бирке — «полиэстер 65%, хлопок 35%». Бирку сфотографировала в день получения, 9 июня. Прошу вернуть деньги, рубашку готова отправить обратно.',
    'photo',
    ['insult'],
    'return',
  ),
  // Manager compared to a pupil called to the board without homework; a real tracking number is the evidence.
  c(
    'r8f-08',
    'ru',
    'Ваш менеджер отвечает как пятиклассник, которого вызвали к доске без домашки: «не знаю», «уточню», «подождите». Жду посылку уже 45 дней, трек LP00412387561320 не обновлялся с 20 августа. Прошу вернуть деньги за заказ.',
    'none',
    ['insult'],
    'full_refund',
  ),
  // Comparison of the pickers to a parrot; the mismatch itself is measured (thickness, colour).
  c(
    'r8f-09',
    'ru',
    'Похоже, заказы у вас собирает попугай: слышит «синий» — кладёт зелёный. Заказывал синий коврик для йоги толщиной 6 мм, пришёл зелёный на 4 мм, толщину измерил штангенциркулем при получении 14 января. Фото с замером приложил. Прошу заменить на синий 6 мм.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Questioning the seller's sanity without a swear word; a single "?" is not emotional.
  c(
    'r8f-10v',
    'ru',
    'Вы там вообще в своём уме? Предлагать 50 центов компенсации за кофемолку, у которой ножи не вращаются с первого включения, — это надо додуматься. Получила 2 декабря, видео включения прикладываю. Прошу полный возврат.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // Name-calling with a colloquial word («бестолочи») aimed at warehouse staff.
  c(
    'r8f-11',
    'ru',
    'Не знаю, кто у вас сидит на складе, но это явно какие-то бестолочи: вместо зарядки на 65 Вт положили 20-ваттную, на корпусе так и написано 20W. Получил 30 октября, фото маркировки приложил. Прошу заменить на 65 Вт, как в заказе.',
    'photo',
    ['insult'],
    'exchange',
  ),

  // ── Veiled threats: connections, visits, exposure (Russian) ─────────────────────────────────────────────────
  // Relative "nearby" who may "drop in and talk", plus «по-хорошему»: veiled threat.
  c(
    'r8f-12',
    'ru',
    'Мой племянник как раз работает в Гуанчжоу, недалеко от вашего склада, — может и заглянуть к вам, поговорить лично, по-родственному. Фен пришёл с оплавленной вилкой, заметила при первом включении 5 марта, фото вилки прикладываю. Лучше верните деньги по-хорошему.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Mentions the seller's daughter seen on social media: menace through the family.
  c(
    'r8f-13v',
    'ru',
    'Я нашёл ваш профиль в соцсети, видел фото вашей дочки на выпускном — красивая девочка. Думаю, вы понимаете, что вопрос с планшетом лучше решить быстро: на экране вертикальная полоса слева с момента получения 21 апреля, видео приложено. Верните деньги.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // Leverage through acquaintances in customs and the tax office who "have not been told yet": threat, not a lawful step.
  c(
    'r8f-14',
    'ru',
    'У меня в таможне и в налоговой есть знакомые люди, они очень интересуются такими магазинами, как ваш. Пока я им ничего не рассказывал. Кроссовки пришли 39-го размера вместо 42-го, на фото стелька с цифрой, получил 8 июля. Жду обмена на 42-й.',
    'photo',
    ['threat'],
    'exchange',
  ),
  // Doxxing: publishing the phone, warehouse address and manager's name "so people come to you".
  c(
    'r8f-15v',
    'ru',
    'Если до пятницы не будет возврата, я выложу в интернет ваш телефон, адрес склада и имя менеджера — пусть люди сами к вам приходят разбираться. Пылесос с первого дня не держит заряд дольше 4 минут, видео с таймером приложено. Верните полную стоимость.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // Polite ominous menace: "would not like something to happen to your shop; people differ".
  c(
    'r8f-16',
    'ru',
    'Очень не хотелось бы, чтобы с вашим магазином что-нибудь случилось. Мир тесен, а люди бывают разные. Набор кастрюль пришёл с вмятиной на крышке и отколотой эмалью на дне, это было видно сразу при вскрытии 16 октября, фото в приложении. Прошу заменить набор.',
    'photo',
    ['threat'],
    'exchange',
  ),
  // An elderly buyer hints that her son visits Shenzhen and "has your address written down".
  c(
    'r8f-17',
    'ru',
    'Я человек пожилой и спокойный, а вот сын у меня не такой. Он бывает в Шэньчжэне по работе каждый месяц, и ваш адрес у него записан. Тонометр показывает давление на 30 единиц выше, чем прибор в поликлинике, — сверяла 19 января, фото обоих экранов прилагаю. Прошу вернуть деньги.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Searching for the seller's home address "and then we'll talk differently"; non-receipt with tracking named.
  c(
    'r8f-18',
    'ru',
    'Ваша фамилия и город у меня уже есть, осталось найти домашний адрес — и тогда поговорим иначе. Посылка не пришла, жду 62 дня, отслеживание последний раз обновлялось 3 июня. Верните деньги.',
    'none',
    ['threat'],
    'full_refund',
  ),
  // Transliterated Russian (lang ru): "I know where your warehouse is, my lads go there every week".
  c(
    'r8f-19',
    'ru',
    'Ya znayu, gde vash sklad, moi rebyata iz Ussuriyska tuda ezdyat kazhduyu nedelyu. Zakazal dva akkumulyatora 18650, prishel odin, vzvesil posylku pri poluchenii 10 avgusta, foto vesov prilagayu. Vernite 400 rubley za vtoroy.',
    'photo',
    ['threat'],
    'partial_refund',
    400,
  ),
  // "Walking alone in the evening is unsafe, let him take care of himself": menace toward a named manager.
  c(
    'r8f-20v',
    'ru',
    'Передайте вашему менеджеру Ли: ходить по вечерам одному сейчас небезопасно, пусть бережёт себя. Настольная лампа мигает на любой яркости с первого дня, получил её 12.02, видео прилагаю. Жду возврата денег.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // A personal visit "for a heart-to-heart talk", and "better refund before we arrive": veiled threat.
  c(
    'r8f-21v',
    'ru',
    'Мы с мужем в сентябре будем в Иу и заедем к вам в магазин лично, поговорим по душам. Платок, заявленный как шёлковый, оказался синтетикой: нитка при поджигании плавится, а не тлеет, проверяла 4 августа, видео приложено. Но лучше верните деньги до нашего приезда.',
    'video',
    ['threat'],
    'full_refund',
  ),

  // ── Innocent traps (Russian): must not be flagged ───────────────────────────────────────────────────────────
  // Place name with a rude-looking start (Хуэйчжоу); non-receipt with elapsed time and tracking.
  c(
    'r8f-22',
    'ru',
    'Посылка из Хуэйчжоу идёт уже 38 дней и так и не дошла: по отслеживанию она с 12 мая лежит на сортировке в Москве. Прошу вернуть деньги.',
    'none',
    [],
    'full_refund',
  ),
  // Ordinary verb «застрахуйте» contains a mat-looking sequence; polite partial refund with a sum.
  c(
    'r8f-23',
    'ru',
    'В прошлый раз кружка-хамелеон пришла разбитой, это я увидела при распаковке, фото осколков прикладываю. Поэтому в следующий раз прошу: застрахуйте посылку и заверните в пузырчатую плёнку. А за разбитую кружку верните, пожалуйста, 420 рублей.',
    'photo',
    [],
    'partial_refund',
    420,
  ),
  // «Бляха» (a belt buckle) is an ordinary noun; missing part, unboxing video.
  c(
    'r8f-24v',
    'ru',
    'Ремень пришёл без пряжки: бляхи в коробке нет, только сам кожаный ремень. Вскрывала на почте 17 ноября, есть видео вскрытия. Прошу частичный возврат 250 рублей за отсутствующую бляху.',
    'video',
    [],
    'partial_refund',
    250,
  ),
  // «Гребля» and «сучок» contain rude-looking sequences but are ordinary words.
  c(
    'r8f-25',
    'ru',
    'Весло для гребли на сапе пришло с трещиной по лопасти, как раз в месте сучка на деревянной вставке. Трещину увидел сразу, как снял плёнку 6 июля, фото приложено. Прошу замену весла.',
    'photo',
    [],
    'exchange',
  ),
  // Reported speech: the seller's insult quoted as evidence is not the buyer's insult.
  c(
    'r8f-26v',
    'ru',
    'Продавец в чате ответил мне: «вы бестолковая, сами всё сломали». Я ничего не ломала: фонарик не включился уже при распаковке 22 января, на видео видно, что кнопка проваливается внутрь корпуса. Видео прикладываю, переписка сохранена в чате. Прошу вернуть полную стоимость.',
    'video',
    [],
    'full_refund',
  ),
  // Lawful steps stated firmly (escalation, bank chargeback, Роспотребнадзор): not a threat.
  c(
    'r8f-27v',
    'ru',
    'Если до 20 сентября деньги за роутер не вернутся, я открою спор с эскалацией, обращусь в банк за возвратом платежа и напишу жалобу в Роспотребнадзор. Роутер не раздаёт Wi-Fi: индикатор WLAN не загорается ни после какого сброса, это видно на видео, снятом 2 сентября, в день получения. Верните деньги.',
    'video',
    [],
    'full_refund',
  ),
  // Negated accusation ("I don't think you deceived me"); "the difference" with a sum.
  c(
    'r8f-28',
    'ru',
    'Я не считаю, что вы меня обманули, скорее всего, на складе просто перепутали коробки. Но вместо набора из 24 кистей пришёл набор из 12, пересчитала при распаковке 28 февраля, фото разложенных кистей прилагаю. Верните, пожалуйста, разницу — 390 рублей.',
    'photo',
    [],
    'partial_refund',
    390,
  ),
  // Irony about the result with no praise of the person: not rude. Offers to send the item back.
  c(
    'r8f-29',
    'ru',
    'Вот это подарок к Новому году: гирлянда, заявленная как десятиметровая, при замере рулеткой оказалась длиной 3 метра 20 сантиметров. Мерила 27 декабря, фото с рулеткой в приложении. Прошу вернуть деньги, гирлянду могу отправить обратно.',
    'photo',
    [],
    'return',
  ),
  // Lawful steps (court, police statement) in a formal claim; non-receipt with a tracking number.
  c(
    'r8f-30',
    'ru',
    'Прошу считать это сообщение официальной претензией. Оплатил заказ 4 апреля, посылка не пришла, трек RB123456785CN не обновляется с 10 апреля. Прошу вернуть деньги. Если возврата не будет, подам иск в суд по месту жительства и напишу заявление в полицию.',
    'none',
    [],
    'full_refund',
  ),
  // Transliterated Russian, innocent and complete: missing wheel, sum for it.
  c(
    'r8f-31',
    'ru',
    'Zdravstvuyte. Zakazyvala detskiy samokat, a on prishel bez perednego kolesa — v korobke tolko rama i ruchka. Uvidela pri raspakovke 3 iyunya, foto prilagayu. Proshu vernut 900 rubley za nedostayushchee koleso.',
    'photo',
    [],
    'partial_refund',
    900,
  ),
  // «Скипидар» (turpentine) contains a rude-looking sequence; product name only.
  c(
    'r8f-32',
    'ru',
    'Заказал масляные краски и скипидар для разбавления. Флакон скипидара пришёл наполовину пустым, коробка внутри промокла — это видно на фото, сделанном при получении 9 октября. Прошу компенсацию 180 рублей за флакон.',
    'photo',
    [],
    'partial_refund',
    180,
  ),
  // «Оскорблять» contains «бля»; a polite preface followed by a measured mismatch.
  c(
    'r8f-33',
    'ru',
    'Не хочу никого оскорблять и понимаю, что ошибки бывают. Заказал кабель Type-C длиной 2 м, пришёл метровый — измерил рулеткой при получении 13 марта, фото приложено. Прошу вернуть разницу в цене, 95 рублей.',
    'photo',
    [],
    'partial_refund',
    95,
  ),
  // Reported speech: the seller's threat quoted as evidence is not the buyer's threat.
  c(
    'r8f-34',
    'ru',
    'Продавец написал мне: «ещё один спор — и пожалеешь». Прикладываю скриншот этой переписки. По сути: шуруповёрт перестал держать заряд на третий день, после 10 минут работы отключается. Прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // Brand name «Хуавэй» (Huawei) in Cyrillic; measured mismatch of a camera cut-out.
  c(
    'r8f-35',
    'ru',
    'Чехол для Хуавэй P30 не подошёл: вырез под камеру смещён на 4 мм, камера закрыта наполовину. Примерила сразу при получении 1 августа, фото прилагаю. Прошу обмен на правильный чехол.',
    'photo',
    [],
    'exchange',
  ),

  // ── Accusations and emotion (Russian) ───────────────────────────────────────────────────────────────────────
  // Sarcasm about intent ("a well-practised scheme") is an accusation even with a post-office report attached.
  c(
    'r8f-36',
    'ru',
    'Схема у вас, я смотрю, отработанная: коробку отправить, а товар положить «забыть». При вскрытии на почте 14 июня в коробке оказался только пакет с пенопластом, фото акта вскрытия приложено. Верните деньги.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // CAPS, "!!!" and «в шоке»: emotional; otherwise complete.
  c(
    'r8f-37v',
    'ru',
    'Я В ШОКЕ!!! Три недели ждала этот увлажнитель, а он при включении трещит и пахнет горелым. Получила 10 ноября, видео прилагаю. Верните деньги.',
    'video',
    ['emotional'],
    'full_refund',
  ),
  // Scare quotes around «забыли» and "what a coincidence": sarcasm about honesty → accusation.
  c(
    'r8f-38',
    'ru',
    'Какое удивительное совпадение: второй заказ у вас, и второй раз «забыли» положить батарейки, хотя в описании они указаны в комплекте. Обнаружила при распаковке 3 декабря, фото содержимого коробки прикладываю. Прошу вернуть 120 рублей за батарейки.',
    'photo',
    ['accusation'],
    'partial_refund',
    120,
  ),
  // A pensioner's letter with an affect word («обидно»): emotional only.
  c(
    'r8f-39',
    'ru',
    'Пишу с помощью внучки. Мне очень обидно, я эти деньги с пенсии откладывала, а очки для чтения пришли +1,5 вместо +2,5, на дужке так и выбито. Получила 2 апреля, фото дужки прикладываю. Верните, пожалуйста, деньги.',
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // «Ворюги» is a fraud label (accusation, not an insult); "!!" is emotional.
  c(
    'r8f-40',
    'ru',
    'Ворюги вы, а не продавцы!! Оплатила три комплекта постельного белья, пришло два, в накладной тоже два — фото накладной прилагаю, получила 19 сентября. Верните 1 700 рублей за третий комплект.',
    'photo',
    ['emotional', 'accusation'],
    'partial_refund',
    1700,
  ),
  // "You are all the same" generalisation about sellers: accusation, with a concrete defect.
  c(
    'r8f-41',
    'ru',
    'Все вы тут одинаковые — продаёте пластик под видом стали. Нож, заявленный как цельнометаллический, оказался с пластиковой ручкой под краской, и краска облезла после первой же мойки. Фото прилагаю. Прошу вернуть деньги.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // "???" and «разочарована»: emotional; measured weight mismatch and a sum.
  c(
    'r8f-42',
    'ru',
    'Почему так??? Я очень разочарована: заказала 2 кг шерстяной пряжи, а пришло 1,4 кг, взвесила на кухонных весах в день получения, 6 октября. Фото весов с пряжей прикладываю. Верните стоимость недостающих 600 граммов — 840 рублей.',
    'photo',
    ['emotional'],
    'partial_refund',
    840,
  ),

  // ── Vague vs concrete (Russian) ─────────────────────────────────────────────────────────────────────────────
  // Generic «не соответствует описанию»: missing_what only.
  c(
    'r8f-43',
    'ru',
    'Товар не соответствует описанию. Получила 12 марта, фото прикладываю. Прошу вернуть деньги.',
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // «Брак» with no date or discovery circumstance.
  c(
    'r8f-44',
    'ru',
    'Пришёл брак, пользоваться этим просто невозможно. Фото приложила. Верните деньги.',
    'photo',
    ['missing_what', 'missing_when'],
    'full_refund',
  ),
  // Concrete symptom in unusual words (motor hums, blades still, body heats up): ready.
  c(
    'r8f-45v',
    'ru',
    'Электробритва при включении гудит, но ножи стоят на месте, а через минуту корпус становится горячим. Заметил в первый же день, 4 мая, видео прикладываю. Прошу вернуть деньги.',
    'video',
    [],
    'full_refund',
  ),
  // Bare «не работает» (no part or symptom) with a time: missing_what only.
  c('r8f-46v', 'ru', 'Не работает с первого дня. Видео прилагаю. Прошу замену.', 'video', ['missing_what'], 'exchange'),
  // Measured mismatch but no date or discovery circumstance.
  c(
    'r8f-47',
    'ru',
    'Шторы заявлены длиной 2,5 м, а на деле 2,1 м, на фото это хорошо видно. Прошу вернуть 500 рублей.',
    'photo',
    ['missing_when'],
    'partial_refund',
    500,
  ),
  // Concrete missing item and a date, but no evidence named and no file.
  c(
    'r8f-48',
    'ru',
    'Посылка пришла вскрытой, и в ней не было одной из трёх баночек крема — получила 8 декабря. Прошу вернуть 350 рублей за недостающую баночку.',
    'none',
    ['missing_evidence'],
    'partial_refund',
    350,
  ),

  // ── Disguised profanity (Russian) ───────────────────────────────────────────────────────────────────────────
  // Latin "y" inside a mat noun about the item: profanity only.
  c(
    'r8f-49',
    'ru',
    'Прислали какую-то хyйню вместо беспроводной мыши — проводную, да ещё с обрезанным кабелем. Получил 23 марта, фото прилагаю. Прошу вернуть деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Digit for a letter in a mat interjection: profanity and emotional.
  c(
    'r8f-50v',
    'ru',
    'Пи3дец. Коробка смята в лепёшку, у торшера отломана ножка — это видно на видео вскрытия на почте 30 мая. Верните деньги.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Vowels dropped from «блять» used as an interjection: profanity and emotional.
  c(
    'r8f-51',
    'ru',
    'Блть, опять двадцать пять: в третий раз заказываю у вас кабель на 3 метра и в третий раз приходит полтора, мерил рулеткой 8 мая. Фото приложено. Верните деньги.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Masked mat verb questioning the seller's sanity («ох@ели»): profanity and insult.
  c(
    'r8f-52',
    'ru',
    'Вы там совсем ох@ели? Второй раз присылаете зарядку с американской вилкой, хотя я выбирал европейскую. Получил 15 апреля, фото вилки прилагаю. Прошу замену на EU.',
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // Greek capital epsilon at the start of a mat intensifier about the item: profanity and emotional.
  c(
    'r8f-53v',
    'ru',
    'Εбаный робот-пылесос перестал заряжаться на второй неделе: на базе горит красный индикатор, на самом пылесосе ничего. Видео приложил. Прошу вернуть деньги.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Seller's mat quoted as evidence: still profanity (reported speech does not clean mat).
  c(
    'r8f-54',
    'ru',
    'Прикладываю скриншот: на мой вопрос про недостающий шнур продавец написал «иди на х*й со своим спором». Шнура питания в комплекте к монитору не было, обнаружила при распаковке 5 февраля. Прошу вернуть 300 рублей за шнур.',
    'photo',
    ['profanity'],
    'partial_refund',
    300,
  ),

  // ── Requests and files (Russian) ────────────────────────────────────────────────────────────────────────────
  // Declined money, asks for the right size: exchange. Photo named and attached.
  c(
    'r8f-55',
    'ru',
    'Деньги мне не нужны, пришлите, пожалуйста, правильный размер — 44 вместо пришедшего 40. Размер на подошве сфотографировала при получении 7 марта, фото прилагаю.',
    'photo',
    [],
    'exchange',
  ),
  // Sum in words («двести сорок рублей»).
  c(
    'r8f-56',
    'ru',
    'Вместо шести фильтров для кофеварки пришло четыре, пересчитала при вскрытии пакета 21 января, фото прилагаю. Верните, пожалуйста, двести сорок рублей за два недостающих.',
    'photo',
    [],
    'partial_refund',
    240,
  ),
  // «На ваше усмотрение» (no sum) and a photo promised but the form has no file.
  c(
    'r8f-57',
    'ru',
    'Прикладываю фото: у сумки оторвана одна ручка, шов разошёлся сразу при распаковке 2 ноября. Компенсацию прошу на ваше усмотрение.',
    'none',
    ['partial_without_amount', 'evidence_not_attached'],
    'partial_refund',
    null,
  ),
  // No request at all, only a rhetorical question: missing_resolution.
  c(
    'r8f-58',
    'ru',
    'Заказывала сковороду диаметром 28 см, пришла 24 см — замерила линейкой по дну при получении 19 августа, фото в приложении. Как такое вообще возможно?',
    'photo',
    ['missing_resolution'],
    'none',
  ),

  // ── Empty and near-empty (Russian) ──────────────────────────────────────────────────────────────────────────
  // Only spaces: empty_text only.
  c('r8f-59', 'ru', '   ', 'none', ['empty_text'], 'none'),
  // Two words with a request and nothing else.
  c(
    'r8f-60',
    'ru',
    'Верните деньги!',
    'none',
    ['too_short', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),

  // ── Insults without a swear word (English) ──────────────────────────────────────────────────────────────────
  // British: "short sentences so the lads in despatch can follow": condescension.
  c(
    'r8f-61',
    'en',
    "Right, I'll use very short sentences so the lads in despatch can follow along. Ordered: the green kettle. Received: a toaster. Opened it on Tuesday 4 March, photo of the order page and the toaster attached. Send the kettle.",
    'photo',
    ['insult'],
    'exchange',
  ),
  // Irish regional name-calling ("ye eejits"); measured mismatch on the label.
  c(
    'r8f-62',
    'en',
    'Ye eejits have sent me a duvet cover for a single bed when I ordered a double: the label says 135x200 and the listing says 200x200. Noticed it Sunday night when I went to put it on the bed, photo of the label attached. Swap it for the double please.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Midwest sarcastic praise aimed at the packing team ("gold star").
  c(
    'r8f-63',
    'en',
    "Gold star for the packing team, it takes real talent to get a snow shovel to Iowa with the handle snapped clean in half inside a box twice its size. Found it that way when I opened it on December 12, photos attached. I'd like a full refund.",
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Spanish speaker: seller compared to a small child who broke a vase. Offers to return.
  c(
    'r8f-64',
    'en',
    "Your seller answer like a small child who broke the vase and say 'was not me'. The blouse color is orange, not red like in the listing photos, I see it in daylight when I receive it on 20 of June. I attach photo next to the listing screenshot. I want to return it for refund.",
    'photo',
    ['insult'],
    'return',
  ),
  // British condescension: "Is there an adult in the building?"
  c(
    'r8f-65',
    'en',
    'Is there an adult in the building I could speak to? The smart plug drops off the Wi-Fi every 20 minutes, it started the day I installed it (8 Oct), screenshot of the app log attached. Refund please.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Polish speaker: support compared to a goldfish; non-receipt with tracking named, no file needed.
  c(
    'r8f-66',
    'en',
    'Your support is like a goldfish, forget everything after three seconds. Four times I explain the parcel not arrive, it is 50 days now and tracking stopped in Warsaw sorting centre on 2 November. Please return my money.',
    'none',
    ['insult'],
    'full_refund',
  ),
  // Welsh grandmother: packer compared unfavourably with a hamster.
  c(
    'r8f-67',
    'en',
    "Honestly, my grandson's hamster could pack a box better than whoever did this one. The glass lampshade came loose in the box with no padding at all and arrived in four pieces on 19 February; photos of the box and the pieces are attached. Please refund in full.",
    'photo',
    ['insult'],
    'full_refund',
  ),

  // ── Veiled threats (English) ────────────────────────────────────────────────────────────────────────────────
  // Irish: a cousin who delivers to the warehouse "and is not as patient as I am".
  c(
    'r8f-68v',
    'en',
    "My cousin drives for a freight company that delivers to your warehouse in Guangzhou every week. He knows the place well and he's not as patient as I am. The drone's left rear motor doesn't spin at all, it's been like that since I unboxed it on 2 May, video attached. Full refund, please.",
    'video',
    ['threat'],
    'full_refund',
  ),
  // Knowing the seller's wife and the children's school: threat through the family.
  c(
    'r8f-69',
    'en',
    "I've found your LinkedIn, your wife's Facebook and the school your kids go to. Sort out my refund and none of that needs to go anywhere. The blender jug arrived on 14 March cracked along the base seam, photos attached.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Welsh: "friends in the trade" who would visit the stall and "don't leave reviews".
  c(
    'r8f-70',
    'en',
    "Now listen. I've got friends in the trade who'd be very keen to pay your stall a visit next time they're over for the Canton Fair, and they don't leave reviews, if you catch my drift. The cot mattress is 10 cm shorter than the 120 cm on the listing, measured it the night it came, 6 June, photo with the tape measure attached. I want my money back.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Midwest: "be a real shame if your home address ended up" online: exposure.
  c(
    'r8f-71v',
    'en',
    "Be a real shame if your home address ended up on every buyer forum out there, wouldn't it? The ice maker has leaked from the drain plug on every cycle since I set it up on January 9, video attached. Full refund.",
    'video',
    ['threat'],
    'full_refund',
  ),
  // Polish speaker: brother lives two streets away and "can come and talk personally".
  c(
    'r8f-72v',
    'en',
    'I am know where is your shop, my brother live in Yiwu two streets from you, he can come and talk with you personally, you understand me. The vacuum sealer not seal the bags, air coming back after 1 minute, I check it on first day, 12 of April, video is attached. I want refund of money.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // Chinese speaker: publishing name, phone and photo "so everyone can find you": doxxing, not a review.
  c(
    'r8f-73',
    'en',
    'Your name and phone number I already have from the delivery label. If no refund, I will post them with your photo on Weibo and Douyin, let everyone find you. Phone case arrived 15 Sept, it is for iPhone 13 but I ordered 15 Pro, photos attached. Please full refund.',
    'photo',
    ['threat'],
    'full_refund',
  ),

  // ── Innocent traps (English) ────────────────────────────────────────────────────────────────────────────────
  // "Shiitake" contains a rude-looking sequence; concrete mould, date, photos.
  c(
    'r8f-74',
    'en',
    'The dried shiitake mushrooms arrived mouldy, white fuzz on about half the caps when I opened the bag on 5 Nov. Photos attached. Full refund please.',
    'photo',
    [],
    'full_refund',
  ),
  // Place names Scunthorpe and Penistone; tracking screenshot.
  c(
    'r8f-75',
    'en',
    'The parcel was meant to come to Scunthorpe, but the tracking shows it delivered to Penistone on 14 Feb and nobody here has received it. Screenshot of the tracking page attached. Please refund me.',
    'photo',
    [],
    'full_refund',
  ),
  // "Cocktail shaker" and "Phuket"; missing part, "send the missing lid" labelled exchange.
  c(
    'r8f-76',
    'en',
    "I ordered the cocktail shaker set as a gift for a friend's bar in Phuket, but the strainer lid is missing from the box. Checked the contents the day it arrived, 3 August, photo attached. Please send the missing lid.",
    'photo',
    [],
    'exchange',
  ),
  // Reported speech: the agent's insult quoted as evidence; partial with a sum.
  c(
    'r8f-77',
    'en',
    "For the record, your agent Tony wrote to me 'you are stupid customer, read description'. I did read it: it says 4 pcs and I got 3, counted on unboxing on 22 Jan, photo attached along with a screenshot of his message. Please refund the missing piece, $4.20.",
    'photo',
    [],
    'partial_refund',
    4.2,
  ),
  // Midwest: lawful steps stated firmly (escalation, chargeback, BBB): not a threat.
  c(
    'r8f-78v',
    'en',
    "If this isn't resolved by Friday I'll escalate the dispute, file a chargeback with my credit card company and report the listing to the Better Business Bureau. The space heater trips my breaker every time it's switched to high, first noticed on December 3, video attached. I want a full refund.",
    'video',
    [],
    'full_refund',
  ),
  // Welsh: negated accusation ("not suggesting you did this on purpose").
  c(
    'r8f-79',
    'en',
    "I'm not for one minute suggesting you did this on purpose, parcels get thrown about. But the guitar arrived with the headstock cracked through at the nut; I found it taking it out of the box on 30 April, photos attached. Could you refund me in full?",
    'photo',
    [],
    'full_refund',
  ),
  // British irony about the result without praising anyone: not rude.
  c(
    'r8f-80',
    'en',
    "Well, that's one way to make a raincoat: the seams let water straight through the first time I wore it in a shower, Sunday 7 Sept. Photo of the soaked lining attached. Refund, please.",
    'photo',
    [],
    'full_refund',
  ),
  // Chinese speaker: polite and firm, complete.
  c(
    'r8f-81',
    'en',
    'Hello, sorry to trouble you. The rice cooker inner pot coating peels off after the second use, small black pieces in the rice, I take photos on 18 March. Please give me a full refund, thank you.',
    'photo',
    [],
    'full_refund',
  ),
  // "Dickens" contains a rude-looking word; missing volumes with a sum.
  c(
    'r8f-82',
    'en',
    'Ordered the leather-bound Dickens collection (10 volumes) and received 8, counted them when unwrapping on 2 Dec, photo attached. Please refund the two missing ones, $18.',
    'photo',
    [],
    'partial_refund',
    18,
  ),
  // British plumbing term "ball cock"; concrete leak, video.
  c(
    'r8f-83v',
    'en',
    'The ball cock valve for my cistern leaks at the thread, it has done since I first fitted it on 11 June; video attached. Please send a replacement valve.',
    'video',
    [],
    'exchange',
  ),

  // ── Accusations and emotion (English) ───────────────────────────────────────────────────────────────────────
  // "This whole store is a scam" with a measured fact: accusation.
  c(
    'r8f-84',
    'en',
    'This whole store is a scam from top to bottom. The 20,000 mAh power bank arrived on 2 March and tests at 4,800 mAh on a USB meter after a full discharge, photo of the meter attached. Refund me in full.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Midwest: "so upset": emotional only.
  c(
    'r8f-85v',
    'en',
    "I am so upset right now. My daughter's birthday present, a karaoke microphone, arrived on March 28 with no sound from the speaker at all: the light comes on, nothing plays. Video attached. Please refund.",
    'video',
    ['emotional'],
    'full_refund',
  ),
  // British sarcasm about honesty ("remarkable coincidence", scare quotes): accusation.
  c(
    'r8f-86',
    'en',
    "What a remarkable coincidence that the 'genuine leather' wallet smells of plastic and started peeling at the corners after one week in my pocket. I received it on 1 July; photos attached. I want a full refund.",
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Spanish speaker: CAPS and "??": emotional; non-receipt with tracking named.
  c(
    'r8f-87',
    'en',
    "WHY YOU NOT ANSWER?? I write 5 times. The parcel not arrive, 55 days since I pay, tracking say 'in transit' since 1 of May. Return my money please.",
    'none',
    ['emotional'],
    'full_refund',
  ),
  // Polish speaker: "you do this on purpose": accusation; concrete model mismatch.
  c(
    'r8f-88',
    'en',
    'You do this on purpose, send the cheaper version and hope nobody check. The headphones are model Q20 but I order Q30 with noise cancelling, the box show Q20, I find this when I open it on 11 May. Photos attached. Please exchange to Q30.',
    'photo',
    ['accusation'],
    'exchange',
  ),

  // ── Vague vs concrete (English) ─────────────────────────────────────────────────────────────────────────────
  // "Not as described" and "poor quality": nothing concrete, no time, no evidence.
  c(
    'r8f-89',
    'en',
    'Item not as described. Very poor quality. Please refund.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Concrete failure (mount clip snaps) with a time: ready.
  c(
    'r8f-90',
    'en',
    "The bike light's mount clip snaps off the moment any pressure goes on it: on my second ride, 16 March, it came off over a pothole. Photo of the broken clip attached. I'd like a replacement.",
    'photo',
    [],
    'exchange',
  ),
  // "Defective item" only: missing_what.
  c(
    'r8f-91',
    'en',
    'Defective item. Arrived three weeks ago, photos attached. Replacement please, thanks.',
    'photo',
    ['missing_what'],
    'exchange',
  ),
  // Irish: non-receipt with dates but no evidence named and no file.
  c(
    'r8f-92',
    'en',
    "Ordered a set of bed sheets on the 2nd of January and nothing has turned up, it's now the 20th of February. Please refund me.",
    'none',
    ['missing_evidence'],
    'full_refund',
  ),
  // Concrete symptom (crackle in the left earbud) but no time or discovery circumstance.
  c(
    'r8f-93v',
    'en',
    'The left earbud crackles at any volume while the right one is fine; video attached. Please replace the pair.',
    'video',
    ['missing_when'],
    'exchange',
  ),

  // ── Disguised profanity (English) ───────────────────────────────────────────────────────────────────────────
  // Leetspeak noun about the item: profanity only.
  c(
    'r8f-94',
    'en',
    'This backpack is complete sh1t: the main zip came off its track on the first day of use, 3 June, photos attached. Refund please.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Minced intensifier "phucking" in a question: profanity and emotional.
  c(
    'r8f-95',
    'en',
    'Are you phucking kidding me? Third time the charger has come with a US plug instead of the UK one I selected. Opened it this morning, 9 Nov, photo attached. Send the UK version.',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // Masked name-calling "@$$h0les": profanity and insult; H2testw is the discovery circumstance.
  c(
    'r8f-96',
    'en',
    'You sent a 32 GB card instead of the 256 GB one, H2testw shows 29.8 GB of real capacity, screenshot attached. Refund me, you @$$h0les.',
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),

  // ── Requests and files (English) ────────────────────────────────────────────────────────────────────────────
  // Irish: euro sum with a decimal comma (€6,50 = 6.5).
  c(
    'r8f-97',
    'en',
    "Two of the six ceramic drawer knobs arrived cracked through, spotted them unpacking on Saturday 12 April, photo attached. I'll keep the rest if you refund €6,50 for the broken pair.",
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // "The difference" without a sum, and a video promised but not attached.
  c(
    'r8f-98',
    'en',
    "I've attached a video showing the projector's native resolution is 720p, not 1080p as the listing says; the settings menu shows it, checked the evening it arrived, 27 Sept. I'd accept the difference in price back.",
    'none',
    ['partial_without_amount', 'evidence_not_attached'],
    'partial_refund',
    null,
  ),

  // ── Empty and near-empty (English) ──────────────────────────────────────────────────────────────────────────
  // A single two-letter word: empty_text only.
  c('r8f-99', 'en', 'ok', 'none', ['empty_text'], 'none'),
  // Four words: non-receipt named, "??" emotional, nothing else.
  c(
    'r8f-100',
    'en',
    'Where is my parcel??',
    'none',
    ['too_short', 'emotional', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
];
