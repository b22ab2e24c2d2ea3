import { labelled as c, type CorpusCase } from './types';

/**
 * Round thirty-one, hold-out set v: buyers who complain with a literary flourish (rhymes, song parodies, fables, mock
 * odes, limericks, «частушки»), often followed by a plain paragraph of facts. Written by a hand that has not read the
 * analyzer's rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - A file in the form counts as evidence even when the text names none; the word «трек» or a tracking number counts
 *   without a file.
 * - A rhyme word left wholly to the reader («А без него торшер — …», no letter written) is no profanity; written with its
 *   first and last letters («Г...но») it is masked mat, judging the item: profanity only.
 * - The seller's mat described («слово из трёх букв», «нецензурным словом») is innocent; «ни фига» is a soft euphemism
 *   like «блин»: no finding.
 * - An ode or a song to the item itself (a three-legged stool) is irony about the result, not mock praise of a person;
 *   a mock ode to the packers («О гении картона») is sarcastic praise: insult.
 * - A pea-sized brain in a limerick mocks the seller's intelligence: insult. «для тупеньких», "keep the words small so
 *   even your team can keep up" talk down: insult.
 * - A wish in verse that the seller's hands fall off like the pan's handle is a threat; a fable's moral «Бог всё видит»
 *   is no finding; a fable's moral «у продавцов-лисиц обман в крови» is a blanket accusation.
 * - Capitalised first letters of verse lines are not shouting; single "!" at the ends of separate lines are not "!!".
 * - «Я рыдала три часа», «обидно до слёз», «в шоке», «плачу» are affect words (emotional).
 * - A word of mat quoted as the buyer's own cry («„Пи3дец!“ — сказал я») is the buyer's cry: profanity and emotional.
 * - «Эх» and "♪ ♪ ♪" are empty texts (one two-letter word; no words).
 * - Sending a missing part, volume or costume piece is an exchange; declining money for a new heater is an exchange.
 * - An English text with one cried Russian «Suka» is English by majority.
 */
export const ROUND31_HOLDOUT_V: CorpusCase[] = [
  // friendly verse with «корабля»/«рубля» (innocent letters), symptom, date, video, full refund: ready
  c(
    'r31v-01',
    'ru',
    'Ждал я чайник, как моряк ждёт с путины корабля,\nОтдал сколько попросили — не осталось ни рубля.\nНалил воду, щёлкнул кнопкой — огонёк горит, как надо,\nТолько чайник холоднее, чем колодец у ограды.\n\nЕсли прозой: электрочайник Kelli KL-1340, получил 5 апреля. При первом же включении индикатор загорается, но вода не нагревается даже через 15 минут — проверял трижды, всё снято на видео (прикладываю). Прошу полный возврат 2 100 ₽.',
    'video',
    [],
    'full_refund',
  ),
  // song parody, non-receipt past the deadline, tracking number in the text, the whole sum: ready
  c(
    'r31v-02',
    'ru',
    'Жил-был покупатель один,\nТоршер заказал он и плед.\nЖдёт с февраля до седин,\nА посылки всё нет и нет.\nМиллион, миллион, миллион дней ожиданья…\n\nПо делу: заказ оплачен 2 февраля, обещанный срок доставки истёк 19 апреля. Трек LP00418826135 не обновляется с 3 марта. Прошу вернуть всю сумму заказа, 4 380 ₽.',
    'none',
    [],
    'full_refund',
  ),
  // fable opening, size mismatch measured, photo, partial refund with a sum: ready
  c(
    'r31v-03',
    'ru',
    'Попрыгунья-стрекоза\nСарафан ждала всё лето,\nА пришёл он в ноябре —\nДа и то размер не этот.\n\nТеперь по фактам. Сарафан заказан 3 июня, получен 28 ноября. Заказывала размер L, на бирке M; по моим замерам обхват груди 88 см, а в таблице продавца для L — 96 см. Фото бирки и замеров приложила. Возвращать не буду, отдам младшей сестре, поэтому прошу частичный возврат 900 ₽.',
    'photo',
    [],
    'partial_refund',
    900,
  ),
  // «баран ты, продавец» calls the seller a name in rhyme: insult; the rest is complete
  c(
    'r31v-04',
    'ru',
    'Ну, баран ты, продавец,\nНе смеситель — леденец:\nЯ просил блестящий хром,\nТы прислал латунный лом.\n\nЗаказ получил 24 мая, распаковал в тот же день: в описании смеситель для кухни с хромированным покрытием, пришёл из голой латуни без покрытия, на изливе две глубокие царапины. Фото приложил. Прошу замену на хромированный, как в карточке товара.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // masked mat judging the pot, no "!": profanity only
  c(
    'r31v-05',
    'ru',
    'Заказала я кастрюлю,\nСтавлю на плиту — и вот:\nДно кривое, будто пулей\nПрострелили ей живот.\nНи сварить, ни подогреть —\nНе кастрюля, а х*йня.\nВот такая, люди, песня\nПолучилась у меня.\n\nКастрюля 5 л для индукции, получила 7 июня. Дно выгнуто примерно на 4 мм, индукционная плита её не видит, на газу кастрюля качается. Фото с линейкой в приложении. Верните, пожалуйста, 1 650 ₽ — это её полная цена.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // the seller's address, friends visiting and «кто знает, что с вашим складом произойдёт»: veiled threat; the word «трек» is evidence
  c(
    'r31v-06',
    'ru',
    'Ваш адрес я нашёл: Иу, Биньван-роуд, двенадцать.\nНе хотелось бы мне к вам с друзьями собираться.\nНо если плед мой к Пасхе не придёт —\nКто знает, что с вашим складом произойдёт.\n\nПлед 200×220, заказ от 1 марта, посылки до сих пор нет, трек не обновляется с 10 марта. Верните деньги за заказ полностью.',
    'none',
    ['threat'],
    'full_refund',
  ),
  // vague poem: «не то» names nothing, no time, no evidence, «разберитесь» is no request
  c(
    'r31v-07',
    'ru',
    'Ах, посылка, ты посылка,\nОжидание — как сон…\nА пришло совсем не то,\nЧто сулил мне ваш салон.\nРазберитесь как-нибудь,\nУж не знаю, в чём тут суть.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // «я рыдала три часа» is affect: emotional; otherwise complete
  c(
    'r31v-08',
    'ru',
    'Я рыдала три часа\nНад осколками сервиза:\nБыло блюдо — чудеса,\nСтало — три куска с карниза.\n\nСервировочное блюдо 32 см, получила 18 сентября. Внутри коробки не было ни плёнки, ни картона, блюдо лежало прямо на стенке и пришло расколотым на три части. Видео распаковки прикладываю. Прошу вернуть деньги полностью, 1 240 ₽.',
    'video',
    ['emotional'],
    'full_refund',
  ),
  // the moral «у продавцов-лисиц обман в крови» is a blanket label: accusation, though the facts are complete
  c(
    'r31v-09',
    'ru',
    'Басня «Лиса и полотенца».\n\nВ лесу Лиса торговлю завела:\nТри полотенца Ёжику сулила,\nДеньги за три вперёд взяла,\nА в короб только два вложила.\nЁж пересчитывал, потом ещё,\nПотом позвал Сову на счёт —\nСова сказала: «Два, дружок,\nХоть лапой трогай, хоть ногой».\nМораль сей басни такова:\nу продавцов-лисиц обман в крови,\nи третье полотенце — не лови.\n\nБез басни: заказан набор из трёх банных полотенец 70×140, серые. Распаковала 9 октября — внутри два полотенца, упаковка производителя целая, на этикетке набора написано «3 шт.». Фото содержимого и этикетки приложила. Прошу вернуть 420 ₽ за недостающее полотенце.',
    'photo',
    ['accusation'],
    'partial_refund',
    420,
  ),
  // chargeback and consumer protection in rhyme are lawful steps: innocent, ready
  c(
    'r31v-10',
    'ru',
    'Не хочу я вам грозить —\nПросто честно доложить:\nЕсли деньги не вернёте,\nЧарджбэк в банке я оформлю,\nИ в Роспотребнадзор пойду —\nТам управу я найду.\n\nДетский самокат, заказ 14 июня, получили 2 июля. На третий день катания треснул хомут крепления руля, руль болтается, трещина видна на фото. Прошу полный возврат 5 600 ₽.',
    'photo',
    [],
    'full_refund',
  ),
  // spaced mat cried out on opening the box: profanity and emotional
  c(
    'r31v-11',
    'ru',
    'Я коробку открываю,\nСердце бьётся, жду обновку…\nБ л я т ь, опять не тот цвет:\nВместо чёрных — бежевые кроссовки.\n\nЗаказывала кроссовки чёрные, размер 38, получила 12 марта — пришли бежевые, на коробке тоже написано beige, фото прилагаю. Пожалуйста, замените на чёрные того же размера.',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // the seller's «Сам дурак» quoted as evidence is not the buyer's insult: ready, return
  c(
    'r31v-12',
    'ru',
    'Я про лампу писал вам и в рифму, и в прозе,\nА ответ от продавца был короток и прост —\nПривожу его дословно, как свидетель в протоколе:\n«Сам дурак, товар хороший». Что ж, тогда — открываю спор.\n\nНастольная лампа с сенсорным диммером, получена 20 января. С третьего дня мигает на любой яркости, примерно раз в секунду — на видео видно. В переписке продавец ответил дословно: «Сам дурак, товар хороший». Готов отправить лампу обратно, прошу вернуть деньги после её получения.',
    'video',
    [],
    'return',
  ),
  // the rhyme word is written with its first and last letters («Г...но»): masked vulgar word judging the item, profanity only
  c(
    'r31v-13',
    'ru',
    'Обещали мне шелка —\nГладь, как лунная река.\nНо товар у вас, друзья, —\nГ...но, иначе звать нельзя.\n\nНаволочки 50×70, в описании «100% шёлк тутового шелкопряда». 2 декабря проверила выдернутую нитку зажигалкой: плавится в твёрдый шарик и пахнет пластиком — это полиэстер. Фото приложила. Прошу вернуть полную стоимость, 1 980 ₽.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // the rhyme is left wholly to the reader, no letter of a swear word is written: no profanity; missing part sent = exchange; ready
  c(
    'r31v-14',
    'ru',
    'Я ждала торшер, как гонец,\nИ дождалась наконец.\nАбажура нет, отец,\nА без него торшер — …\n(рифму додумайте сами, я человек воспитанный)\n\nТеперь всерьёз. Торшер напольный, получила 11 ноября; при распаковке обнаружила, что абажура в коробке нет — только стойка, основание и патрон. В описании и на фото товара абажур есть. Фото содержимого коробки приложила. Прошу дослать абажур.',
    'photo',
    [],
    'exchange',
  ),
  // the seller's surname, the daughter's school and a poem on the neighbours' doorsteps: threat (family, publishing)
  c(
    'r31v-15',
    'ru',
    'Я фамилию вашу нашла,\nИ в какой школе дочка — узнала.\nНапишу про вас стишок\nИ соседям — на порожек.\n\nДетские кроссовки, размер 31, получены 6 мая. Через неделю носки у обоих кроссовок спереди отклеилась подошва, сантиметра на четыре. Фото прилагаю. Верните деньги, 89 BYN, это вся сумма заказа.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «для тупеньких», «складским мозгам» talk down to the reader: insult
  c(
    'r31v-16',
    'ru',
    'Пишу в стихах — раз прозу вы не осилили,\nДля тупеньких — медленно и по слогам:\nРюкзак был синий. Синий. Вы прислали серый.\nЧего тут непонятного складским мозгам?\n\nЗаказ получил 17 августа: рюкзак городской 25 л, цвет в заказе navy, пришёл серый, на бирке grey. Пишу уже третье сообщение. Фото бирки и скриншот заказа приложил. Прошу обменять на синий.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // an ode to the stool, not mock praise of the seller's people: no insult; compensation with no sum
  c(
    'r31v-17',
    'ru',
    'Ода табурету.\n\nО табурет! Ты гордо на трёх ножках встал,\nХотя четыре в описании тебе сулили.\nТы равновесию меня с утра учил,\nНо сесть на тебя мы так и не решились.\n\nЕсли без оды: табурет деревянный, при распаковке 15 ноября в коробке оказалось три ножки из четырёх, крепёж для четвёртой есть. Фото содержимого приложила. Упаковывать обратно и отправлять не хочу — прошу компенсацию за недостающую ножку.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «видео прилагаю» but the form has no file: evidence_not_attached only
  c(
    'r31v-18',
    'ru',
    'Фен мой, фен, ты чудо-птица,\nТолько искры — не годится:\nНа второй скорости — салют,\nБудто праздник тут как тут.\n\nФен получила 9 февраля, с третьего дня при включении второй скорости из сопла летят искры и пахнет горелым. Видео прилагаю. Готова вернуть фен, прошу оформить возврат с возвратом денег.',
    'none',
    ['evidence_not_attached'],
    'return',
  ),
  // mat name with a Latin «e» aimed at the packers: profanity and insult
  c(
    'r31v-19',
    'ru',
    'Кто ж так пакует, эй, упаковщики-eбланы?\nСтекло — в пакет, без плёнки, без картона,\nИ вот вместо вазы — осколки да изъяны,\nЗвенят в коробке, как в кармане у барона.\n\nСтеклянная ваза 30 см пришла 4 августа разбитой, упакована в один полиэтиленовый пакет без защиты. Фото осколков и упаковки прилагаю. Прошу вернуть 890 ₽ — полную стоимость.',
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // defect concrete, photo and request, but no date or discovery moment: missing_when
  c(
    'r31v-20',
    'ru',
    'Куртка — прямо с картинки, мечта,\nТолько шов на плече — как из паутинки:\nРазошёлся сантиметров на восемь,\nА нижних пуговиц нет и в помине.\n\nМужская куртка, размер 52. Шов на левом плече разошёлся на 8 см, двух нижних пуговиц нет, на их месте торчат нитки. Фото приложила. Прошу обменять на целую куртку.',
    'photo',
    ['missing_when'],
    'exchange',
  ),
  // «оскорблять», «хлеба», «требую» only look rude; complete: ready
  c(
    'r31v-21',
    'ru',
    'Не хочу я оскорблять,\nНо придётся заявлять:\nХлебопечка ваша, братцы,\nХлеба печь не хочет.\nТесто месит — загляденье,\nА нагреть — не может.\n\nХлебопечка получена 21 января. С первого запуска мотор месит тесто нормально, но на этапе выпечки нагрев не включается: через час тесто холодное и сырое. Видео первого запуска прилагаю. Требую замену на исправную хлебопечку.',
    'video',
    [],
    'exchange',
  ),
  // «складские обалдуи» is name-calling at the staff: insult
  c(
    'r31v-22',
    'ru',
    'Ох, складские обалдуи,\nВам бы мух ловить в июле:\nШесть бокалов я просила —\nТолько четыре получила.\n\nНабор бокалов для вина, 6 шт., пришёл 13 июля: в коробке четыре бокала и два пустых гнезда, упаковка не вскрыта. Фото приложила. Прошу вернуть 3 000 ₸ за два недостающих бокала.',
    'photo',
    ['insult'],
    'partial_refund',
    3000,
  ),
  // «случайно» in scare quotes is sarcasm about honesty: accusation; missing bits sent = exchange
  c(
    'r31v-23',
    'ru',
    '«Случайно» не доложили,\n«Случайно» не досчитали,\n«Случайно» деньги взяли\nИ «случайно» замолчали.\n\nНабор отвёрток на 24 предмета, распаковал 27 февраля: в кейсе 18 бит, шесть ячеек пустые (PH0, PH3, T25, T27, T30, SL6). Фото кейса приложил. Пришлите недостающие биты.',
    'photo',
    ['accusation'],
    'exchange',
  ),
  // wishing the seller's hands fall off: threat
  c(
    'r31v-24',
    'ru',
    'Сковородка, сковородка,\nРучка — будто из картона:\nОтвалилась на второй день.\nПусть и ваши руки так отвалятся —\nОт плеча и до ладони,\nЧтобы знали, каково мне.\n\nСковорода 28 см, получена 3 октября; на второй день ручка оторвалась вместе с заклёпкой, когда я снимала сковороду с плиты. Фото прилагаю. Верните деньги полностью, 1 490 ₽.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // capitals and "??": emotional; non-receipt with elapsed days, but no tracking or file
  c(
    'r31v-25',
    'ru',
    'ГДЕ МОЯ ПОСЫЛКА??\nГДЕ МОЙ ПЫЛЕСОС??\nЖду её неделями,\nКак весну — мороз.\n\nЗаказ оплатила 8 августа, сегодня 52-й день, а пылесоса нет. Верните деньги.',
    'none',
    ['emotional', 'missing_evidence'],
    'full_refund',
  ),
  // place names Сукко and Муданьцзян are innocent; part sent = exchange; ready
  c(
    'r31v-26',
    'ru',
    'Собралась я в Сукко к морю\nС палаткой из Муданьцзяна.\nРазложила на просторе —\nА дуга сломана, вот так история.\n\nПо фактам: палатка трёхместная, отправлена со склада в Муданьцзяне, получена 2 июня. При распаковке одна из двух дуг оказалась переломлена посередине, в месте соединения сегментов, чехол целый. Фото приложила. Прошу дослать целую дугу — палатку с ней оставлю.',
    'photo',
    [],
    'exchange',
  ),
  // «кошмар», «в бешенстве»: emotional; names for the iron are not insults
  c(
    'r31v-27',
    'ru',
    'Утюг-дракон, утюг-злодей,\nСпалил мне блузку в пять минут.\nКошмар какой-то, ей-же-ей,\nЯ в бешенстве — и там, и тут.\n\n30 ноября в первый раз включила утюг на режиме «шёлк»: подошва нагрелась так, что прожгла шёлковую блузку насквозь, на ткани отпечаток подошвы. Фото блузки и утюга прикладываю. Прошу полный возврат за утюг.',
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // complete except the request: «что будем делать?» asks for nothing
  c(
    'r31v-28',
    'ru',
    'Шёл пуховик ко мне полгода\nЧерез степи Казахстана,\nА у молнии — свобода:\nРазошлась на третий день, как по плану.\n\nПуховик женский, размер 46, получила 10 ноября. На третий день носки молния стала расходиться снизу сразу после застёгивания, бегунок не держит зубцы. Фото приложила. Что будем делать?',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // a single two-letter sigh: empty text
  c('r31v-29', 'ru', 'Эх', 'none', ['empty_text'], 'none'),
  // transliterated Russian (ru); «blyat» cried out with "!": profanity and emotional
  c(
    'r31v-30',
    'ru',
    'Zakazal ya kovrik v vannu,\nZhdal ego, kak manny s neba.\nVot prishyol — blyat, ne tot!\nSeryy vmesto golubogo.\n\nZakaz poluchil 20 maya, na etikette tsvet grey, a zakazyval blue. Foto prilozhil. Pomenyayte, pozhaluysta, na goluboy.',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // an honest review is a lawful step: innocent; offer to send back = return; ready
  c(
    'r31v-31',
    'ru',
    'Отзыв честный напишу,\nФото к отзыву приложу —\nПусть другие, не спеша,\nВыбирают осторожней.\n\nСушилка для овощей и фруктов, получена 28 августа. 5 сентября проверила кухонным термометром: при установке 60 °C в камере 38–41 °C, яблоки за 12 часов не высохли. Фото термометра и панели приложила. Готова отправить сушилку обратно, прошу вернуть деньги после возврата.',
    'photo',
    [],
    'return',
  ),
  // mock ode praising the packers for a failure: sarcastic praise, insult
  c(
    'r31v-32',
    'ru',
    'Ода упаковщикам.\n\nО гении картона, мудрецы скотча,\nТитаны пузырчатой пустоты!\nХрусталь — в конверт, без плёнки, без чего-то…\nБраво, таланты! Лучшие — это вы.\n\nХрустальная салатница пришла 16 декабря в мягком почтовом конверте без какой-либо защиты, разбита на куски. Видео вскрытия прилагаю. Верните, пожалуйста, полную стоимость — 2 300 ₽.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // «в шоке», «плачу»: emotional; nothing concrete, no time, no evidence; asks for the money
  c(
    'r31v-33',
    'ru',
    'Я в шоке, я в трансе,\nЯ плачу в романсе:\nТовар ваш — не тот,\nВсё наоборот.\nВерните деньги!',
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // the seller's mat is described («слово из трёх букв»), not repeated: innocent; ready
  c(
    'r31v-34',
    'ru',
    'Я про шторы написала —\nМол, коротки на тридцать сантиметров,\nА в ответ мне прилетело\nСлово из трёх букв, без лишних метров.\n\nШторы блэкаут, в заказе длина 260 см. 8 октября измерила рулеткой: обе половины по 230 см. На мой вопрос продавец ответил в чате нецензурным словом, скриншот переписки и фото с рулеткой приложены. Готова вернуть шторы, прошу возврат денег.',
    'photo',
    [],
    'return',
  ),
  // «ослы» is a name (insult), «жулики» a fraud label (accusation); no date
  c(
    'r31v-35',
    'ru',
    'Ослы и жулики в одном флаконе\nТоргуют термосами на перроне:\nНаклонишь термос — чай бежит в рукав,\nВот такой он, ваш термос, — дырявый рукав.\n\nТермос 1 л, в описании — полностью герметичный. Крышка не закручивается до конца, при наклоне чай течёт по резьбе. Фото приложила. Верните деньги.',
    'photo',
    ['insult', 'accusation', 'missing_when'],
    'full_refund',
  ),
  // sum in words («триста пятьдесят рублей») is an amount: partial 350, ready
  c(
    'r31v-36',
    'ru',
    'Сумочка-красавица,\nВсем она нравится,\nТолько вот застёжка\nОтвалилась немножко.\n\nСумка через плечо, получена 1 апреля. На пятый день магнитная застёжка оторвалась вместе с кусочком подкладки. Фото приложено. Сумку оставлю, застёжку пришью в ателье — верните, пожалуйста, триста пятьдесят рублей на ремонт.',
    'photo',
    [],
    'partial_refund',
    350,
  ),
  // «половину» is a share, no sum: partial refund without amount
  c(
    'r31v-37',
    'ru',
    'Спала я на наволочке, как принцесса на горошине:\nПодушка семьдесят на семьдесят, а наволочка — крошечная.\nПятьдесят на семьдесят — кому такие хороши?\nВерните половину — и будем от души.\n\nКомплект постельного белья «евро», в описании наволочки 70×70. 2 марта измерила рулеткой: обе 50×70. Фото с рулеткой приложила. Комплект оставлю, прошу вернуть половину стоимости.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «жулики» accuses; coming to Shenzhen with a belt «не словами, а ремнём» threatens
  c(
    'r31v-38',
    'ru',
    'Частушки про робот-пылесос (пою, как умею).\n\nОй, подружки, не зевайте,\nВ «ДомТехМире» не берите:\nПродавцы там — жулики,\nВместо денег — дулики.\n\nРобот-пылесос купила,\nДве недели с ним дружила,\nА теперь на базу встанет —\nЗаряжаться не желает.\n\nЯ писала им в окошко,\nПодождите, мол, немножко…\nЖду уже четвёртый раз —\nНе дождусь, видать, от вас.\n\nЯ и мужу говорила:\n«Не бери ты, где дешёво», —\nА сама же и купила,\nВот и спрос с меня какой?\n\nЯ приеду в Шэньчжэнь к вам,\nПрихвачу ремень с собой,\nОбъясню вам, что почём, —\nНе словами, а ремнём.\n\nА теперь серьёзно. Робот-пылесос получен 3 апреля. Со второй недели перестал заряжаться от базы: встаёт на контакты, индикатор зарядки не загорается, аккумулятор садится за 10 минут. Контакты протирала спиртом, базу включала в разные розетки — без изменений. Продавцу писала 18, 22 и 27 апреля, в ответ каждый раз «подождите, передали инженеру». Фото индикатора и контактов приложила. Верните деньги полностью.',
    'photo',
    ['threat', 'accusation'],
    'full_refund',
  ),
  // «ни фига» is a soft euphemism; money declined, a new heater asked: exchange; ready
  c(
    'r31v-39',
    'ru',
    'Ой, мороз, мороз,\nНе морозь меня:\nОбогреватель ваш\nНе греет ни фига.\n\nМасляный обогреватель, заявлено 2 кВт, три режима. С первого включения 1 декабря работает только режим 800 Вт: на режимах 1200 и 2000 Вт половина секций остаётся холодной — на видео видно, как рука лежит на холодных секциях. Деньги не нужны — пришлите, пожалуйста, исправный обогреватель взамен.',
    'video',
    [],
    'exchange',
  ),
  // mat with a digit cried out on opening the box, with "!": profanity and emotional
  c(
    'r31v-40',
    'ru',
    '«Пи3дец!» — сказал я, как поэт,\nОткрыв коробку в тот обед:\nСтойка гнута, крючков нет,\nВешалка — не вешалка, а бред.\n\nНапольная вешалка, получена 19 февраля. При распаковке стойка оказалась согнута посередине, крючков в пакете четыре вместо шести. Фото прилагаю. Верните деньги полностью.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // «не соответствует описанию», «брак», «с дефектом» are generic: missing_what
  c(
    'r31v-41',
    'ru',
    'Третьего июня пришло это чудо —\nНе то, что в описании, ни капли, ни грамма.\nСмотрю на него и смотрю отовсюду:\nБрак, да и только, — такая программа.\n\nКофемолка, получена 3 июня. Не соответствует описанию, с дефектом. Фото приложила. Верните деньги.',
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // «Бог всё видит» appeals to a higher judge: no finding; negated «не стал реветь»; ready, exchange
  c(
    'r31v-42',
    'ru',
    'Басня «Медведь и ножи».\n\nМедведь у Зайца ножики купил —\nШесть штук, как Заяц в лавке говорил.\nОткрыл набор — а там их пять.\nМедведь не стал реветь и рвать:\nОн просто Зайцу написал\nИ фото честно приложил.\nМораль: считайте, прежде чем продать, — а Бог всё видит.\n\nБез басни: набор кухонных ножей, по описанию 6 предметов. При распаковке 22 января в подставке пять ножей, нет ножа для хлеба. Фото подставки приложил. Прошу дослать нож для хлеба.',
    'photo',
    [],
    'exchange',
  ),
  // «психую» only contains a rude-looking piece, feelings negated: ready
  c(
    'r31v-43',
    'ru',
    'Я не психую, не злюсь —\nЯ в стихах объяснюсь:\nЗонт раскрыла первый раз —\nСпица хрустнула тотчас.\n\nЗонт-автомат получен 12 октября, при первом же раскрытии сломалась спица у основания, купол провис. Фото прикладываю. Прошу замену на новый зонт.',
    'photo',
    [],
    'exchange',
  ),
  // «обидно до слёз» is affect; no file and no evidence named
  c(
    'r31v-44',
    'ru',
    'Я маме шарф дарила к Восьмому марта,\nЧтоб грел до плеч и ниже, как в ангоре…\nА он короче, чем мои надежды, —\nОбидно до слёз, и стыдно перед мамой вскоре.\n\nШарф вязаный, в описании 180 см. Получила 4 марта, измерила — 120 см. Готова отправить шарф обратно, верните деньги.',
    'none',
    ['emotional', 'missing_evidence'],
    'return',
  ),
  // irony about the result with no praise of a person is not rude; «сделайте что-нибудь» is no request
  c(
    'r31v-45',
    'ru',
    'Ну спасибо, удружили:\nВместо кубиков и фишек\nВ коробку воздух положили —\nВот и весь подарок, слышь-ка.\n\nНастольная игра, распаковали 6 января с детьми: в коробке есть поле и карточки, но нет ни кубиков, ни фишек, пакетик для них пустой и заклеен. Фото приложила. Сделайте что-нибудь.',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // "the difference" with a named sum is partial 480; ready
  c(
    'r31v-46',
    'ru',
    'Мультиварка, мультиварка,\nТы мала, как та байдарка:\nТри литра мне сулили,\nА два литра привезли.\n\nМультиварка получена 25 сентября, при распаковке на дне чаши выбито «2.0 L», на коробке тоже 2 л, а заказывала 3-литровую. Фото чаши и коробки приложила. Оставлю себе, но прошу вернуть разницу в цене — 480 ₽.',
    'photo',
    [],
    'partial_refund',
    480,
  ),
  // friendly limerick, symptom, time, video, full refund: ready
  c(
    'r31v-47',
    'en',
    "There once was a lamp from Shenzhen\nThat flickered again and again.\nAt half brightness or more\nIt strobes like a disco floor,\nAnd I'd like to read books now and then.\n\nThe facts: desk lamp received September 3. From the second evening it flickers at any brightness above 50%, about twice a second. A video is attached. I'd like a full refund of the $23.40 I paid for it.",
    'video',
    [],
    'full_refund',
  ),
  // a pea-sized brain mocks the seller's intelligence: insult
  c(
    'r31v-48',
    'en',
    'There once was a seller named Lee\nWhose brain was the size of a pea:\nI asked for a nine,\nHe sent seven — "that\'s fine",\nIf your feet are the size of a flea.\n\nRain boots, ordered size 9 (US), received March 14; both boots are size 7 on the sole stamp and the label. Photo attached. Please exchange them for size 9.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // knowing the home address and "coming for you": threat
  c(
    'r31v-49',
    'en',
    "Roses are red,\nViolets are blue,\nI've got your home address\nAnd I'm coming for you.\n\nGarden hose listed as 30 m, arrived as 15 m — I measured it on June 8 when I unrolled it. Photo attached. Refund the full amount.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Scunthorpe, cocktail, assessed only look rude; complete, offers it back: return
  c(
    'r31v-50',
    'en',
    "Greetings from Scunthorpe! A shaker I bought\nFor cocktail nights with the neighbours, as one ought.\nBut the lid wouldn't hold —\nIt leaks, truth be told,\nAnd I've assessed it from every angle I've got.\n\nCocktail shaker, 750 ml, arrived May 2. From the first use the lid leaks around the strainer even when pressed down firmly; the video shows it dripping. I'm happy to send it back for a refund.",
    'video',
    [],
    'return',
  ),
  // masked swear word judging the blender, no "!": profanity only
  c(
    'r31v-51',
    'en',
    'An ode to my blender I tried to compose,\nBut the jar has a crack where the smoothie now flows.\nThe blender is sh*t, to be perfectly blunt:\nIt leaks from the back and it leaks from the front.\n\nThe jar is cracked at the base — I noticed it on the second use, on January 12, when juice pooled under the motor. Photos attached. Full refund please.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // says photos are attached, the form has none: evidence_not_attached
  c(
    'r31v-52',
    'en',
    "My bath mat was teal when it came in the post;\nOne wash and it's grey as a Victorian ghost.\n\nI washed it once at 30 °C, as the label says, on October 2, and it faded to a patchy grey. As you'll see in the photos I've attached, the label is still on. Please send a replacement in teal.",
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // vague verse: no problem named, no time, no evidence, no request
  c(
    'r31v-53',
    'en',
    "It came, and I looked, and I blinked at the thing.\nIt's not what the listing had promised to bring.\nI'll leave it with you —\nYou know what to do.",
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // spaced swear word cried out with "!": profanity and emotional; partial €20
  c(
    'r31v-54',
    'en',
    "Jingle bells, this zip's from hell,\nF U C K, it's stuck!\nOn day one of the trip it split —\nJust my holiday luck.\n\nSuitcase, 24-inch, first trip on December 20: the main zip came off the track on both sides and won't close. Photos attached. I've had it fixed locally, so I'm asking for a partial refund of €20 to cover the repair.",
    'photo',
    ['profanity', 'emotional'],
    'partial_refund',
    20,
  ),
  // "bait and switch", "a classic old trick" label the seller's intent: accusation
  c(
    'r31v-55',
    'en',
    "A ballad of bait and switch:\nThe listing showed walnut, the box brought pine,\nWith a sticker peeled off and a corner askew —\nA classic old trick, and you pulled it on cue.\n\nBookshelf listed as solid walnut; delivered April 9, and while assembling it I found it is pine veneer over chipboard, visible at the cut edges. Photos attached. I'll return it; please refund on receipt.",
    'photo',
    ['accusation'],
    'return',
  ),
  // the agent's "stupid customer" quoted as evidence is not the buyer's insult: ready
  c(
    'r31v-56',
    'en',
    "I asked for a cover to fit my old Golf\nAnd rhymed my request like a gentleman wolf.\nYour agent replied, and I quote, word for word:\n\"Learn to read, stupid customer.\" That's what I heard.\n\nFacts: car seat covers ordered for a VW Golf Mk7, arrived June 11. The rear seat cover is for a different model: it's 20 cm too narrow and the headrest holes don't line up. Photos and a screenshot of the chat are attached. Please send the correct rear cover for the Mk7.",
    'photo',
    [],
    'exchange',
  ),
  // "a pack of numpties" for the staff: insult
  c(
    'r31v-57',
    'en',
    "What shall we do with the careless packer,\nWhat shall we do with the careless packer,\nWhat shall we do with the careless packer,\nEarly in the morning?\nHire a pack of numpties — that's what you've done already.\n\nThe ceramic plant pot (30 cm) arrived on August 22 in three pieces; it was wrapped in a single sheet of paper. Photos attached. Please refund the full price.",
    'photo',
    ['insult'],
    'full_refund',
  ),
  // "whatever you consider fair" is a partial refund without a sum
  c(
    'r31v-58',
    'en',
    "Shall I compare thee to a full box?\nThou art more empty, and more sparse:\nTwelve velvet hangers promised in the ad,\nBut nine in the bag, and three gone who knows where.\n\nDelivered October 5: the bag held 9 hangers instead of 12. Photo attached. I'll keep them; please refund whatever you consider fair for the missing three.",
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "it would be a shame if your warehouse caught fire": veiled threat; tracking number is evidence
  c(
    'r31v-59',
    'en',
    "It would be a shame, in rhyme or in prose,\nIf your warehouse caught fire one night — who knows?\nForty-seven days and my parcel's not here;\nTracking RB384015562CN hasn't moved since the fourth of June, my dear.\n\nPlease refund the order.",
    'none',
    ['threat'],
    'full_refund',
  ),
  // chargeback, Trading Standards, honest review are lawful: ready
  c(
    'r31v-60',
    'en',
    "There once was a buyer from Crewe\nWhose air fryer basket split through.\nShe asked for her cash,\nNot fury, not clash —\nElse chargeback and Trading Standards too.\n\nPlainly: air fryer received November 2; on the fourth use the non-stick basket split along the weld at the bottom. Photos attached. Please give me a full refund; if that's refused I'll ask my bank for a chargeback, report it to Trading Standards and leave an honest review.",
    'photo',
    [],
    'full_refund',
  ),
  // "so disappointed" is affect; no date or discovery moment
  c(
    'r31v-61',
    'en',
    "O blanket of wool, I had such high hopes;\nNow my sofa looks like a sheep on the slopes.\nI'm so disappointed, I won't lie to you —\nThe fluff's everywhere and the bald spots show through.\n\nMerino throw: it sheds in clumps, leaving bald patches along the edges, and my dark sofa is covered in fibres. Photos attached. Please refund it in full.",
    'photo',
    ['emotional', 'missing_when'],
    'full_refund',
  ),
  // masked swear word as a name for the sellers: profanity and insult
  c(
    'r31v-62',
    'en',
    'Twinkle, twinkle, yoga mat,\nWhy are you so thin and flat?\nEight millimetres, the listing said —\nFour is what I got instead.\nYou bunch of a$$holes, is that right?\n\nMeasured with calipers on April 4, the day it arrived: 4 mm thick, not 8. Photo of the calipers on the mat is attached. Full refund please.',
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // concrete defect and request, but no time and no evidence or file
  c(
    'r31v-63',
    'en',
    "Rock-a-bye baby, the pram's on the lawn,\nThe left wheel is wobbling, the squeak's never gone.\n\nThe front left wheel of the pram wobbles side to side and squeaks at every turn; the axle clip looks bent. Please send a replacement wheel.",
    'none',
    ['missing_when', 'missing_evidence'],
    'exchange',
  ),
  // Sussex and Dickens only look rude; missing volume sent = exchange; ready
  c(
    'r31v-64',
    'en',
    'From Sussex I write, a Dickens fan true:\nI ordered twelve volumes, all handsome and blue.\nBut volume seven is missing, I mean —\nA gap on the shelf where it should have been.\n\nThe complete Dickens set (12 volumes) was delivered on February 17. On unpacking I found volume 7 is missing and volume 8 is there twice. Photo of the spines attached. Please send volume 7.',
    'photo',
    [],
    'exchange',
  ),
  // "keep the words small so even your team can keep up": condescension, insult
  c(
    'r31v-65',
    'en',
    "I'll put it in rhyme and I'll keep the words small,\nSo even your team can keep up with it all:\nThe duvet's a single. I ordered a double.\nIs that too much maths? Sorry for the trouble.\n\nDuvet cover ordered in double (200×200), received July 30 — the label and my tape measure say single, 135×200. Photo attached. Please exchange it for the double.",
    'photo',
    ['insult'],
    'exchange',
  ),
  // no words at all: empty text
  c('r31v-66', 'en', '♪ ♪ ♪', 'none', ['empty_text'], 'none'),
  // "Congratulations, geniuses" is mock praise (insult); "on purpose", "thought I'd not mind" accuse
  c(
    'r31v-67',
    'en',
    "Congratulations, geniuses — a hymn in your praise:\nYou packed a glass kettle in bubble-free haze.\nAnd the limescale, the scratches, the tea stains inside?\nYou sent me someone's return and thought I'd not mind.\nYou did it on purpose, I'm sure of that now.\n\nGlass kettle, delivered March 21: there's limescale and tea staining inside, scratches on the base, and the box had been opened and re-taped. Unboxing video attached. Refund please.",
    'video',
    ['insult', 'accusation'],
    'full_refund',
  ),
  // negated "on purpose" is no accusation; asks for the right colour: exchange; ready
  c(
    'r31v-68',
    'en',
    "I'm not saying you did it on purpose, I swear —\nPerhaps a wrong label, a box from elsewhere:\nI ordered the rug in a soft sage green,\nWhat came is a mustard I'd rather not have seen.\n\nRug 160×230, delivered May 27. The colour is mustard yellow instead of sage green, and the label says \"mustard\". Photos attached. Could you send the sage one? I'll send this one back if you give me a label.",
    'photo',
    [],
    'exchange',
  ),
  // finding the seller's social page, wife and gym: threat
  c(
    'r31v-69',
    'en',
    "I found your Facebook, your wife and your car,\nAnd the gym where you lift — it isn't that far.\nSo think about that when you read this, my friend:\nA watch strap that cracks is a bad way to end.\n\nLeather watch strap, received August 2; after one week it cracked through at the second hole. Photos attached. Please refund.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // decimal comma €6,50 is 6.5; complete: ready
  c(
    'r31v-70',
    'en',
    "There once was a set of six jars\nWith lids meant to seal like a car's,\nBut two lids weren't sent,\nSo the cookies all went\nRather stale on the shelf in the jars.\n\nThe set of 6 glass jars arrived on June 14 with only four lids; two are missing. Photo attached. I'll keep the set — a partial refund of €6,50 for the two missing lids would be fair.",
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // "effing" as an intensifier before the item: profanity and emotional
  c(
    'r31v-71',
    'en',
    'That effing rice cooker burns every batch:\nA crust at the bottom as black as a match.\n\n1.8 L rice cooker, delivered January 9. From the first use the bottom layer burns on the "white rice" setting even with the water at the marked line. Photos of the bowl attached. Please refund the full price.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // "defective", "not as described", "poor quality" name nothing: missing_what
  c(
    'r31v-72',
    'en',
    "Oh, what a beautiful morning,\nOh, what a beautiful day:\nThe package arrived on the twelfth of July\nAnd it's defective in every way.\n\nIt's not as described and poor quality. Photos attached. Please refund.",
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // "gosh", "frigging" are soft oaths, no finding: ready
  c(
    'r31v-73',
    'en',
    'Gosh, this frigging drill — I must say it in rhyme —\nStops dead in the wall every single time.\n\nCordless drill, 18 V, received March 2. From the first job the chuck slips under load: the bit stops turning in brick while the motor keeps running. Photo of the worn chuck jaws attached. Full refund, please.',
    'photo',
    [],
    'full_refund',
  ),
  // transliterated mat «suka» cried out with "!": profanity and emotional; mostly English
  c(
    'r31v-74',
    'en',
    "Suka, again the wrong size!\nI wrote it in rhyme and I wrote it in prose,\nIn Russian, in English, in song — heaven knows.\n\nOrdered a women's coat in M, received October 15, the label says XS and the sleeves end above the wrist. Photo of the label attached. Please exchange it for M.",
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // refund declined, the right colour asked: exchange; no file or evidence named
  c(
    'r31v-75',
    'en',
    "I don't want my money, I don't want it back —\nI want the blue teapot, not this one in black.\n\nOrdered the cast-iron teapot in blue; it came in black on September 19. Please just send the blue one, no refund needed.",
    'none',
    ['missing_evidence'],
    'exchange',
  ),
  // "Dick Whittington" is a pantomime name; missing part sent = exchange; ready
  c(
    'r31v-76',
    'en',
    "A panto in rhyme, oh yes it is:\nMy son is Dick Whittington in the school play this year.\nThe costume arrived with the hat and the boots,\nBut the cat? Not a whisker, not a tail, not an ear.\n\nDick Whittington children's costume, age 8, delivered November 20. The listing includes a plush cat on a strap, but the bag held only the hat, tunic and boots. Photo of the contents attached. Please send the missing cat before the play on December 6.",
    'photo',
    [],
    'exchange',
  ),
  // "!!" emotional; thieves, liars, scammers accuse; tracking number and days are there
  c(
    'r31v-77',
    'en',
    'Thieves in silk and liars in lace!!\nSixty days and not a trace!!\nTracking LX552019370CN has said "in transit" since March 3.\nScammers, the lot of you — refund me.',
    'none',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // plain fable, non-receipt past the deadline, tracking number, full refund: ready
  c(
    'r31v-78',
    'en',
    "A fable: the Tortoise and the Parcel.\n\nThe tortoise set off from Guangzhou on the first of April, promising to arrive within 20 working days. The hare — that's me — waited patiently by the door, checked the post box every morning and even learned to recognise the courier's van from the window. Spring turned into summer. The hare wrote politely on May 2 and again on May 20, and each time the answer was \"the tortoise is on its way, please wait a little longer\". The hare waited a little longer. Then a little longer again. The neighbours' parcels from the same city arrived in twelve days. Today is June 10, and the tortoise has still not crossed the finish line.\nMoral: patience is a virtue, but so is a delivery deadline.\n\nPlainly: order paid April 1; the delivery deadline shown on the order was May 25; tracking number CP118374920CN shows no movement since April 16. Please refund the full amount.",
    'none',
    [],
    'full_refund',
  ),
  // the threat is in the seller's line of a pasted chat, not the buyer's: ready, return
  c(
    'r31v-79',
    'en',
    "I kept it polite and I kept it in verse,\nAnd things with your agent went from bad to worse.\n\nChat from the order page:\nMe (May 3): Hello, the standing fan's oscillation stopped working on day two — the head doesn't turn at any speed.\nSeller (May 4): You break it yourself. I know where you live, don't make problem.\nMe (May 4): I didn't drop it or open it. It stopped turning on the second day, on the lowest speed, in a bedroom.\nSeller (May 5): Not our problem. Buy new motor.\nMe (May 5): Then I'll open a dispute.\n\nA screenshot of that chat and a photo of the fan's gear housing are attached. I'm ready to return the fan for a refund.",
    'photo',
    [],
    'return',
  ),
  // a relative's visit with the seller's address used as leverage: the writer's threat
  c(
    'r31v-80',
    'en',
    "My husband, a boxer, has asked me to say\nHe'd love to drop by your shop one fine day.\nHe's read all your chats and he's found your address,\nAnd he'd like to discuss customer service, no less.\n\nThe facts: hair straightener, delivered July 7. On the third use one plate stopped heating; the other reaches 230 °C and scorched a strand of my hair. Photos attached. Please refund the full price.",
    'photo',
    ['threat'],
    'full_refund',
  ),
];
