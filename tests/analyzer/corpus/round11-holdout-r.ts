import { labelled as c, type CorpusCase } from './types';

/**
 * Round eleven, holdout set R: written by an independent hand to be hard for an automatic checker. Rudeness with
 * no rude word (condescension, slang or foreign name-calling, mocking comparisons, sarcastic praise, veiled and polite
 * menace, doxxing), disguised mat, innocent look-alikes (lawful steps stated hard, harsh words about the product,
 * quoted seller words, rude-looking roots in brand, place and ordinary words), unusual requests and vague problems.
 *
 * Labelling decisions where the definitions were silent:
 * - mat as a judgement of the item ("полный п1зд3ц" about the strip, "s h i t condition") is profanity only; mat
 *   as an exclamation about the situation ("Пздц.", "nu eto voobshche pi3dets") is profanity + emotional.
 * - "npc", "olodo", "dropkick", "numpties", "лопухи" aimed at people are insults; staff compared to camels,
 *   baboons, a kindergarten group or a toddler are insults.
 * - the literal breeding words (сука, bitch) about a dog are not rude; FCUK as a brand is one abbreviation, not shouting.
 * - two requests: the first stated is the request ("верните деньги, а если нельзя — новый" → full_refund).
 * - refund of shipping only with a sum is a partial refund with that sum.
 * - a buyer who only refuses to confirm receipt asks for nothing (missing_resolution).
 * - "heartbroken" and «проплакал весь вечер» are affect.
 * - evidence named in the text with a file attached is evidence; a tracking number with no file is evidence.
 * - express shipping paid for 10 days that took 31 days is a concrete problem (a checkable mismatch with the order).
 * - "even after airing it out on the balcony" is not a time or discovery moment (r11r-70 is missing_when).
 * - a sarcastic "I suppose expecting your numpties… was optimistic" is an insult, not an accusation.
 */
export const ROUND11_HOLDOUT_R: CorpusCase[] = [
  // Condescension (syllable-by-syllable explanation) about a bicycle cassette; no rude word -> insult only.
  c(
    'r11r-01',
    'ru',
    'Объясняю медленно, по слогам, раз на складе с первого раза не доходит: кас-се-та на о-дин-над-цать звёзд, а вы при-сла-ли на во-семь. Обнаружил 9 ноября при установке на велосипед, фото кассеты и скрин заказа прикладываю. Прошу обменять на правильную.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Mocking comparison of packers to baboons (pet litter tray missing grid); sum for the part -> insult, partial 250.
  c(
    'r11r-02',
    'ru',
    'Лоток для кота пришёл без решётки, хотя в описании она есть в комплекте. Видимо, комплектовали гамадрилы, которые до двух считать не умеют. Обнаружила при распаковке 3 ноября, фото содержимого коробки прикладываю. Верните 250 рублей за решётку.',
    'photo',
    ['insult'],
    'partial_refund',
    250,
  ),
  // Sarcastic praise of the seller's QC for a cracked solar panel -> insult (praise of a failure aimed at their work).
  c(
    'r11r-03',
    'ru',
    'Снимаю шляпу перед вашим отделом контроля качества: умудриться отправить солнечную панель так, чтобы стекло пошло паутиной трещин от угла до угла, — это талант, такого мастерства я не встречал. Получил 18.09, вскрывал на почте, видео вскрытия приложено. Верните полную стоимость.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // Veiled threat: a cousin in Yiwu will 'talk like family' at the warehouse; drone with bent arm -> threat.
  c(
    'r11r-04',
    'ru',
    'Здравствуйте. Квадрокоптер пришёл с погнутым лучом, правый передний мотор не крутится — сняла всё на видео при распаковке 2 октября. Я писала вам трижды, в ответ только смайлики и «подождите». У меня двоюродный брат как раз в Иу работает, могу попросить его заехать к вам на склад и поговорить по-родственному. Думаю, вам такие гости ни к чему. Так что давайте по-хорошему: верните деньги.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // Doxxing: manager's WeChat and her daughter's photo to be shown to 40k subscribers; stroller missing wheel -> threat.
  c(
    'r11r-05',
    'ru',
    'Коляска пришла без левого заднего колеса, обнаружила при распаковке 21 августа, фото коробки и комплектации приложены. Ваш менеджер две недели обещает доотправить колесо, но так ничего и не отправил. Я тоже умею искать. Имя вашей менеджерки, её страницу в WeChat и фото её дочки я уже нашла. Если до пятницы не вернёте деньги, всё это увидят 40 тысяч подписчиков моего канала.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Digits for letters in mat ('п1зд3ц') as a judgement of the LED strip itself -> profanity only (about the item).
  c(
    'r11r-06',
    'ru',
    'Светодиодная лента — полный п1зд3ц: из пяти метров горит только первый, дальше ни один диод не светится. Проверил сразу при подключении 7 декабря, видео приложил. Верните деньги.',
    'video',
    ['profanity'],
    'full_refund',
  ),
  // Dropped vowels ('Пздц.') as an interjection opening the text -> profanity + emotional.
  c(
    'r11r-07',
    'ru',
    'Пздц. Открываю чехол, а у гитары отклеилась подставка под струны и треснула дека возле розетки. Это было при получении 30 октября, фото трещины прилагаю. Прошу замену на целую гитару.',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // Russian in Latin letters with masked transliterated mat as an exclamation about the situation -> profanity + emotional; ruler measurement is the discovery.
  c(
    'r11r-08',
    'ru',
    'Prodavec, nu eto voobshche pi3dets: zakazyvala parik 60 sm, a prishel 35 sm, ja izmerila linejkoj srazu kak otkryla paket 12 noyabrya. Foto s linejkoj prikladyvayu. Vernite dengi pozhalujsta.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Mocking comparison of warehouse staff to a kindergarten group (board game missing pieces) -> insult; 'send the missing pieces' is exchange.
  c(
    'r11r-09',
    'ru',
    'В настольной игре не хватает 12 фишек из 60 и одного кубика — пересчитала при распаковке 5 ноября, фото разложенного комплекта прилагаю. Такое ощущение, что у вас на складе комплектует средняя группа детского сада, причём сразу после тихого часа. Пришлите недостающие фишки и кубик.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Kazakhstan buyer, polite menace ('I have a good memory, your rep is often in Almaty… while it is still friendly') -> threat.
  c(
    'r11r-10',
    'ru',
    'Ремешок для часов заказан 22 мм, а пришёл 20 мм — приложил к часам сразу при получении на почте в Караганде 14 ноября, на фото видны зазоры. Заказ делал для отца, он ждал эти часы к юбилею. Ваш ответ «носите так» меня не устраивает. Я человек спокойный, но память у меня хорошая, а ваш представитель, как я вижу, часто бывает в Алматы. Пусть лучше вернёт деньги, пока всё по-доброму.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Teenager calls the seller an 'npc' (English gamer slang for a mindless person) -> insult; 'плз' is chat filler, not emotional.
  c(
    'r11r-11',
    'ru',
    'продавец ты реально какой-то npc, на все вопросы отвечаешь одним шаблоном. лента RGB светит только красным, синий и зелёный не включаются, заметил в первый же вечер 28.10, видео есть в приложении. верни деньги плз',
    'video',
    ['insult'],
    'full_refund',
  ),
  // Seller's masked mat quoted as evidence: reported speech, but quoted mat is still profanity.
  c(
    'r11r-12',
    'ru',
    'Спросила про трещину на стеклянной колбе, а продавец в чате ответил мне «иди на х*р, сама разбила». Колба пришла с трещиной по горлышку, это видно на фото при вскрытии посылки 16 ноября, переписку тоже прикладываю скриншотом. Прошу вернуть средства.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Ominous wish about health and slippery ladders in dark gardens after a garden-tool complaint -> threat.
  c(
    'r11r-13',
    'ru',
    'Секатор сломался на третий день: пружина вылетела, лезвия больше не сходятся, фото прилагаю. Резал им только тонкие ветки смородины, ничего толще карандаша. Дача у меня под Тверью, инструмент нужен до заморозков. Верните деньги за него. И берегите здоровье, а то мало ли — лестницы нынче скользкие, а сады такие тёмные.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Voice-typed, no punctuation: 'лопухи' at staff (everyday word as name-calling) + 'в шоке' -> insult + emotional.
  c(
    'r11r-14',
    'ru',
    'вы там совсем лопухи что ли я в шоке заказывала поводок рулетку на 5 метров а пришёл на 3 метра померила рулеткой в день получения 19 ноября фото приложила хочу обмен на пять метров',
    'photo',
    ['insult', 'emotional'],
    'exchange',
  ),
  // Lawful steps stated firmly (arbitration, chargeback, Rospotrebnadzor) next to a swollen power bank -> not a threat; ready.
  c(
    'r11r-15',
    'ru',
    'Пауэрбанк вздулся на пятый день зарядки: корпус разошёлся по шву примерно на 3 мм, пользоваться опасно, фото и видео прикладываю. Заряжал штатным кабелем из комплекта, от розетки. Сейчас пауэрбанк лежит в металлической коробке на балконе. Прошу вернуть полную стоимость. Если ответа не будет до пятницы, я обращусь в арбитраж AliExpress, открою chargeback через банк и подам жалобу в Роспотребнадзор.',
    'photo',
    [],
    'full_refund',
  ),
  // Ordinary words with rude-looking roots (скипидара, команды, застрахуйте) in a lab glassware order -> innocent; partial 640.
  c(
    'r11r-16',
    'ru',
    'Заказывала набор колб для перегонки скипидара для нашей команды в лаборатории. Из шести колб пришли четыре, хотя в описании набор из шести; заметила при распаковке 10 ноября, фото коробки прикладываю. Остальные четыре целые, к ним претензий нет. Коробка была без повреждений, так что, скорее всего, недоложили при комплектации. Прошу вернуть стоимость двух колб — 640 рублей, и в следующий раз, пожалуйста, застрахуйте посылку.',
    'photo',
    [],
    'partial_refund',
    640,
  ),
  // Harsh words about the PRODUCT ('позорище и хлам') with a measured wattage mismatch -> not rude; ready.
  c(
    'r11r-17',
    'ru',
    'Это не солнечная панель, а позорище и хлам: по описанию 100 Вт, а мультиметр на ярком солнце 20 октября показал максимум 18 Вт. Фото показаний прикладываю. Прошу полный возврат.',
    'photo',
    [],
    'full_refund',
  ),
  // Seller's insult quoted as evidence ('сам ты дурак') -> reported speech, not the buyer's insult; ready.
  c(
    'r11r-18',
    'ru',
    'Продавец на мой вопрос ответил: «сам ты дурак, читай описание», — скриншот переписки прикладываю. В описании указан пюпитр высотой до 150 см, а пришёл на 110 см, измерил рулеткой при сборке 2 ноября. Прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // Negated accusation ('не думаю, что нарочно') about wrong cat food flavour -> no accusation; ready.
  c(
    'r11r-19',
    'ru',
    'Не думаю, что вы сделали это нарочно — скорее всего, ошиблись на складе. Вместо корма для кошек с лососем пришли два пакета с курицей, а у моей кошки на курицу аллергия; увидела при получении 25 октября, фото пакетов прилагаю. Прошу заменить на лосось.',
    'photo',
    [],
    'exchange',
  ),
  // Irony about the result without praising the person ('Ну спасибо, порадовали') -> not rude (round four decision); ready.
  c(
    'r11r-20',
    'ru',
    'Ну спасибо, порадовали к празднику: вместо чёрного кожаного ремешка 22 мм пришёл розовый силиконовый на 20 мм. Получила 15 ноября, фото обоих рядом с часами прилагаю. Прошу обменять на заказанный.',
    'photo',
    [],
    'exchange',
  ),
  // Older formal writer, one '!' after the greeting (not emotional), formal 'прошу вернуть уплаченные средства' -> ready.
  c(
    'r11r-21',
    'ru',
    'Уважаемый продавец! Настоящим сообщаю, что 11 ноября 2026 года мною получена детская коляска, у которой при первой сборке не фиксируется тормоз правого заднего колеса: педаль опускается, но колесо продолжает вращаться. Коляска приобретена для внука. Эксплуатация невозможна, поскольку на уклоне она самопроизвольно откатывается. Прилагаю видеозапись. Прошу вернуть уплаченные средства в полном объёме.',
    'video',
    [],
    'full_refund',
  ),
  // 'сука' in its literal breeding sense (female dachshund) and a lying size chart -> innocent; ready.
  c(
    'r11r-22',
    'ru',
    'Заказывала шлейку для суки таксы весом 7 кг, размер M по вашей таблице (обхват груди 45 см). Пришла шлейка с обхватом 34 см — измерила сантиметровой лентой в день получения, 8 ноября, фото с лентой прилагаю. Пожалуйста, пришлите размер L.',
    'photo',
    [],
    'exchange',
  ),
  // Russian typed in Latin letters (lang ru), several items where some never came; sum for the missing ones -> partial 420; ready.
  c(
    'r11r-23',
    'ru',
    'Zdravstvujte. Zakazala 3 nabora strun dlya ukulele, a v posylke, kotoruyu poluchila 13 noyabrya, okazalsya tolko odin, ostalnye dva ne prishli. Foto soderzhimogo posylki prilagayu. Proshu vernut dengi za dva nedostayushchih nabora, 420 rublej.',
    'photo',
    [],
    'partial_refund',
    420,
  ),
  // Russian with English words mixed in; request hidden in a question ('Можно exchange на L?') -> exchange; ready.
  c(
    'r11r-24',
    'ru',
    'Ремешок для Galaxy Watch заказывал size L, а пришёл S: на моё запястье 19 см он не застёгивается даже на последнюю дырку. Получил 6 ноября, фото с линейкой attached. Можно exchange на L?',
    'photo',
    [],
    'exchange',
  ),
  // Request as a question ('Могу я получить обратно свои деньги?') about a wig of the wrong colour -> full_refund; ready.
  c(
    'r11r-25',
    'ru',
    'Парик заказывала тёмно-каштановый, а пришёл рыжий, и это видно даже при дневном свете — фото у окна прилагаю, получила 17 ноября. Могу я получить обратно свои деньги?',
    'photo',
    [],
    'full_refund',
  ),
  // Two requests ('верните деньги, а если нельзя — новый'): the first is the request -> full_refund; ready.
  c(
    'r11r-26',
    'ru',
    'Замок для велосипеда пришёл с одним ключом вместо трёх, и этот ключ проворачивается в личинке, замок не открывается. Обнаружил в первый же день, 4 ноября, видео приложил. Верните деньги, а если так нельзя — пришлите новый замок с ключами.',
    'video',
    [],
    'full_refund',
  ),
  // Refund of shipping only, stated indirectly ('прошу вернуть хотя бы их') -> partial 189; ready.
  c(
    'r11r-27',
    'ru',
    'Лейка для сада пришла с трещиной на дне — течёт уже при наполнении, заметила при первом поливе 29 октября, фото лужи под ней прикладываю. Сама лейка копеечная, новую заказывать не буду, но за доставку я заплатила 189 рублей; прошу вернуть хотя бы их.',
    'photo',
    [],
    'partial_refund',
    189,
  ),
  // Sum in words ('трёхсот пятидесяти рублей') for missing board-game cards -> partial 350; ready.
  c(
    'r11r-28',
    'ru',
    'Игровой набор «Монополия» пришёл без шести карточек улиц: пересчитали с детьми при распаковке 12 ноября, фото комплекта прилагаю. Играть можно, поэтому прошу компенсацию в размере трёхсот пятидесяти рублей.',
    'photo',
    [],
    'partial_refund',
    350,
  ),
  // Vague mismatch only ('не соответствует заявленному') -> missing_what.
  c(
    'r11r-29',
    'ru',
    'Шланг для полива не соответствует заявленному в описании. Получила 1 ноября, фото прилагаю. Верните деньги.',
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // Concrete symptom of a drone but no time or discovery; 'хочу назад свои деньги' -> missing_when.
  c(
    'r11r-30',
    'ru',
    'Дрон заваливается на левый бок, левый задний мотор не крутится совсем, видео приложил. Хочу назад свои деньги.',
    'video',
    ['missing_when'],
    'full_refund',
  ),
  // Partial order with concrete missing item, date, evidence, but only 'Разберитесь.' -> missing_resolution.
  c(
    'r11r-31',
    'ru',
    'Из трёх заказанных позиций пришли две: нет набора медиаторов для гитары. Посылку получила 14.11, фото содержимого и трек-номер прикладываю. Разберитесь.',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // Seller's coupon 'bonus' to close the dispute declined, request set against it; no evidence named, no file -> missing_evidence.
  c(
    'r11r-32',
    'ru',
    'Когтеточка пришла без столбика: в коробке только основание и лежанка, это я увидела, как только открыла коробку 9 ноября. Ваш бонус — купон на 300 рублей за закрытие спора — мне не нужен, хочу назад свои деньги.',
    'none',
    ['missing_evidence'],
    'full_refund',
  ),
  // Seller asks to confirm receipt first; non-receipt with tracking number and 45 days, but the buyer only refuses to confirm -> missing_resolution.
  c(
    'r11r-33',
    'ru',
    'Вы просите сначала подтвердить получение, а потом обещаете всё решить. Но подтверждать нечего: гитарный тюнер я не получил, трек LP00512345678CN стоит на месте с 3 октября, прошло 45 дней. На почте мне сказали, что такого отправления у них нет. Посылку я в руках не держала. Подтверждать получение не буду.',
    'none',
    ['missing_resolution'],
    'none',
  ),
  // Unboxing video promised in the text, no file in the form -> evidence_not_attached only.
  c(
    'r11r-34',
    'ru',
    'Мерный цилиндр на 250 мл пришёл с отколотым носиком, осколки лежали в пакете. Обнаружила при вскрытии посылки 20 ноября, видео распаковки прикладываю. Прошу вернуть деньги.',
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // 'Верните часть денег, сколько сочтёте справедливым' -> partial refund with no sum.
  c(
    'r11r-35',
    'ru',
    'Машинка для стрижки собак работает, но в комплекте нет двух насадок из четырёх (3 и 6 мм), заметил при распаковке 7 ноября, фото коробки прикладываю. Верните часть денег, сколько сочтёте справедливым.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Seller's photos taken from another shop (a checkable fact) plus a label of intent ('обычная ваша схема') -> accusation.
  c(
    'r11r-36',
    'ru',
    'Фото в карточке товара вы взяли у другого магазина — я нашла те же снимки с их водяным знаком, скриншоты прикладываю. На деле рюкзак-переноска для кошки пришёл без сетчатого окна и без второй молнии, получила 16 ноября. Размер и цвет совпадают, но это явно другая модель. Обычная ваша схема: красивые чужие картинки, а шлёте что подешевле. Верните деньги.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // List with dashes; affect in ordinary words ('проплакал весь вечер') -> emotional; 'прислать поле' first -> exchange.
  c(
    'r11r-37',
    'ru',
    'Что не так с заказом:\n- настольная игра пришла без игрового поля\n- в коробке только карточки и фишки\n- открыли её 22 ноября на дне рождения сына, и он проплакал весь вечер\nФото коробки прикладываю. Прошу прислать поле или вернуть деньги.',
    'photo',
    ['emotional'],
    'exchange',
  ),
  // Two words, non-receipt named but nothing else -> too_short, missing_when, missing_evidence, missing_resolution.
  c(
    'r11r-38',
    'ru',
    'Где посылка?',
    'none',
    ['too_short', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Near-empty: one two-letter word -> empty_text only.
  c('r11r-39', 'ru', 'Ну', 'none', ['empty_text'], 'none'),
  // Counterfeit of a brand named concretely (sticker logo, app does not find it, no serial) with two CAPS words -> emotional.
  c(
    'r11r-40',
    'ru',
    'Здравствуйте, это ПОЛНАЯ ПОДДЕЛКА под Sony: логотип — наклейка, которая отходит ногтем, в приложении Sony Headphones наушники не находятся, серийного номера на коробке нет. Получил 10 ноября, проверил в тот же вечер, видео проверки приложил. Верните деньги.',
    'video',
    ['emotional'],
    'full_refund',
  ),
  // Condescension ('draw this in crayon for whoever reads these') about brake pads -> insult.
  c(
    'r11r-41',
    'en',
    'Let me draw this in crayon for whoever reads these tickets: brake pads for a 160 mm rotor, and you sent 140 mm ones. Found out when fitting them on 3 November, photo with a ruler attached. Send the 160 mm pads.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Nigerian English; Yoruba 'olodo' (dunce) aimed at customer care -> insult.
  c(
    'r11r-42',
    'en',
    'Oga, your customer care na real olodo, I have explained three times that the solar inverter came with the cooling fan not spinning and it shut down after ten minutes on first use, 5th November. Each time your agent tells me to restart it. I restarted it ten times. Video is attached. Kindly refund my money.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // Australian slang 'dropkick' for the packer; swollen drone battery; 'mate' is not rude -> insult.
  c(
    'r11r-43',
    'en',
    'Whatever dropkick packed this drone put the batteries loose in the box and one came out puffed up like a pillow. Noticed it when I opened the parcel on 12 Nov, photos attached. Refund please, mate.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // UK 'numpties in dispatch' with a sneer about reading a tape measure -> insult; measured chain length.
  c(
    'r11r-44',
    'en',
    'Ordered a 2 m bike chain, got a 1.5 m one — measured it on the garage floor the day it arrived, 8 November; photo attached. I suppose expecting your numpties in dispatch to read a tape measure was optimistic. Please send the correct length.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Sarcastic praise ('world-class engineering… give your design team a medal') of a melting charge controller -> insult.
  c(
    'r11r-45',
    'en',
    'Truly world-class engineering: a solar charge controller that melts its own terminals on day two. Give your design team a medal, they have outdone themselves. Photos of the scorched terminals are attached; I want a full refund.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Veiled threat: a cousin 'dropping by the warehouse for a little chat' -> threat.
  c(
    'r11r-46',
    'en',
    "My cousin does deliveries around Shenzhen and he'd be glad to drop by your warehouse for a little chat about this ukulele with the split neck. It arrived split on 30 October, photo attached. Save him the trip and refund me.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Doxxing: manager's WeChat, home district and child's school to be posted -> threat.
  c(
    'r11r-47',
    'en',
    "I've found your manager Lily's WeChat, her home district and her kid's school. Funny what you can find online with just a shop name. The wig arrived with a bald patch the size of a coin at the crown, I saw it the moment I took it out on 15 Nov, photos attached. I asked for help twice and got copy-paste answers. Refund by Friday or all of Lily's details go up on my forum.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Polite ominous menace ('warehouses catch fire all the time… just an observation') -> threat.
  c(
    'r11r-48',
    'en',
    "Warehouses catch fire all the time, you know — just an observation. The LED strip controller arrived with a cracked case and the remote doesn't pair, found on unboxing 2 November, video attached. I'd like my money back.",
    'video',
    ['threat'],
    'full_refund',
  ),
  // Masked English profanity aimed at the seller ('a$$hat') -> profanity + insult.
  c(
    'r11r-49',
    'en',
    'Listen, you absolute a$$hat, the stroller canopy clip snapped the first time I opened it on 9 Nov. Photo attached. Replace the canopy.',
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // Spaced profanity about the item ('s h i t condition') -> profanity only.
  c(
    'r11r-50',
    'en',
    'The garden hose reel arrived in s h i t condition: the crank handle is snapped off and the drum is cracked, as you can see in the unboxing video from 19 October. Please refund.',
    'video',
    ['profanity'],
    'full_refund',
  ),
  // Seller's masked mat quoted as evidence -> profanity; 'send the pedals or refund' -> first request, exchange.
  c(
    'r11r-51',
    'en',
    'When I asked about the missing pedals, your agent replied "f*** off, no refund" — screenshot attached along with my photos of the box. The bike trainer arrived on 10 November without its two pedals. Please send the pedals or refund their cost, 14 dollars.',
    'photo',
    ['profanity'],
    'exchange',
  ),
  // Mocking comparison ('a toddler wearing oven mitts could pack a drone better than your people') -> insult.
  c(
    'r11r-52',
    'en',
    'A toddler wearing oven mitts could pack a drone better than your people: propellers loose in the box, two snapped, one arm cracked. Unpacked it on 21 November, video attached. Full refund please.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // Arab writer in English comparing staff to sleeping camels -> insult (staff compared to animals).
  c(
    'r11r-53',
    'en',
    'Dear brother, I am writing you again. Your staff sleeping like camels in the sun and understand nothing. Your agent tell me wait, wait, wait. I told three times: the smartwatch strap is 20mm but my watch need 22mm, I measured same day it arrived 6 November, photo attached. Please exchange to 22mm.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Disclaimer ('I'm not threatening anyone') followed by knowing the building and a visit -> threat.
  c(
    'r11r-54',
    'en',
    "I'm not threatening anyone, but I know exactly which building your shop is in in Yiwu and I'll be there in March. The drum practice pad came with the rubber top peeled off on arrival, 13 Nov — photo attached. Refund me before then.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Swollen battery with lawful steps stated hard (escalation, chargeback, consumer protection) -> ready.
  c(
    'r11r-55',
    'en',
    'The power station battery is swollen — the case has bulged about 4 mm and the lid no longer closes; I noticed it on the third charge, 14 November, photos attached. I only ever charged it indoors with the supplied adapter. It is now sitting in a metal box on my balcony. I want a full refund. If this is not resolved in the dispute, I will escalate to AliExpress, file a chargeback with my bank and report the listing to consumer protection.',
    'photo',
    [],
    'full_refund',
  ),
  // Rude-looking real place names (Dildo, Newfoundland; Cockburn, WA) in a misdelivery -> innocent non-receipt; ready.
  c(
    'r11r-56',
    'en',
    'My shipping address is in Dildo, Newfoundland, but the tracking shows the parcel went to Cockburn, Western Australia, where it was marked delivered on 2 November. Tracking screenshot attached. I have never been to Australia and nobody there ordered anything for me. The seller keeps answering "delivered, case closed". Please refund me, as I never received the bird feeder.',
    'photo',
    [],
    'full_refund',
  ),
  // Counterfeit of the FCUK brand (one brand abbreviation in caps, not shouting), concrete signs -> ready.
  c(
    'r11r-57',
    'en',
    "I ordered an FCUK watch and received a counterfeit: the logo on the dial is misspelled, there is no serial number on the caseback and the strap is plastic, not leather as listed. Noticed when I unboxed it on 18 October, photos attached. I'd like a refund.",
    'photo',
    [],
    'full_refund',
  ),
  // Harsh words about the product ('dangerous garbage') with a concrete brake failure -> not rude; ready.
  c(
    'r11r-58',
    'en',
    'This stroller is garbage — dangerous garbage: the left rear wheel lock does not engage, so it rolls away on the slightest slope. We found that on the first walk, 20 November; video attached. Refund in full, please.',
    'video',
    [],
    'full_refund',
  ),
  // Seller's insult quoted ('a stupid liar') as reported speech -> ready.
  c(
    'r11r-59',
    'en',
    'Your agent called me "a stupid liar" when I reported the problem; the chat screenshot is attached. The cat water fountain pump hums but pushes no water — checked on day one, 4 November, video also attached. I cleaned the pump as the manual says and tried two different sockets. Nothing changed. I want my money back.',
    'video',
    [],
    'full_refund',
  ),
  // Negated accusation ('I'm not saying anyone did this on purpose') about a wrong-language board game -> ready.
  c(
    'r11r-60',
    'en',
    "I'm not saying anyone did this on purpose, probably a mix-up in the warehouse. The kids' board game came in Chinese only, while the listing says English edition; we opened it on 7 November, photo of the rulebook attached. Please send the English edition.",
    'photo',
    [],
    'exchange',
  ),
  // 'bitch' in its literal sense (female whippet) and a size chart that lies -> innocent; ready.
  c(
    'r11r-61',
    'en',
    'Ordered a size M harness for my bitch, a 9 kg whippet, using your chart (chest 50-60 cm), but it measures 41 cm at full extension — measured on arrival, 11 November, photo with tape attached. Please exchange it for one that matches the chart.',
    'photo',
    [],
    'exchange',
  ),
  // Rude-looking roots in ordinary names (Cockapoo, Middlesex); request as a question -> exchange; ready.
  c(
    'r11r-62',
    'en',
    'Dog bed for my Cockapoo, shipped to Middlesex: the zip on the cover split along its whole length on the first wash, on 16 November, and the stuffing came out. Photo attached. Could you send a replacement cover?',
    'photo',
    [],
    'exchange',
  ),
  // Filipino English ('po'), request hidden in a polite question -> full_refund; ready.
  c(
    'r11r-63',
    'en',
    'Good day po. The pipette set came with 3 of the 5 glass pipettes cracked at the tip, I saw it upon opening the box last Saturday, photo attached. Would it be possible to get my money back?',
    'photo',
    [],
    'full_refund',
  ),
  // Two requests ('send a new strap, and if you cannot, refund') -> first one, exchange; 'on the second day' is the when; ready.
  c(
    'r11r-64',
    'en',
    'The smartwatch strap clasp snapped off on the second day of wearing; photo attached. Please send a new strap, and if you cannot, refund me.',
    'photo',
    [],
    'exchange',
  ),
  // Brazilian buyer, sum in another currency (R$35) for a missing metre of LED strip -> partial 35; ready.
  c(
    'r11r-65',
    'en',
    'Hello, I am from Brazil. The LED strip came 4 meters instead of 5 meters like the listing, I measured when I opened it on 3 November, photo with measuring tape attached. Please return me R$35 for the missing meter.',
    'photo',
    [],
    'partial_refund',
    35,
  ),
  // Sum in words ('twelve dollars fifty') for broken drum sticks -> partial 12.5; ready.
  c(
    'r11r-66',
    'en',
    "Two of the six drum sticks in the set arrived cracked down the middle, which I found when unpacking on 9 November; photo attached. I'll keep the rest, so please refund twelve dollars fifty for the broken pair.",
    'photo',
    [],
    'partial_refund',
    12.5,
  ),
  // Refund of shipping only ($7.99) for express delivery that took 31 days -> partial 7.99; ready.
  c(
    'r11r-67',
    'en',
    'I paid $7.99 for express shipping promised within 10 days; the bike pump arrived on 25 November, 31 days after ordering, tracking screenshot attached. The pump itself works fine, so please refund only the $7.99 shipping.',
    'photo',
    [],
    'partial_refund',
    7.99,
  ),
  // Seller's coupon declined; buyer offers to ship the wig back -> return; ready.
  c(
    'r11r-68',
    'en',
    "You offered a $3 coupon to close this, but no thanks. The wig's lace front is torn 3 cm above the left ear, which I found when I unpacked it on 6 November, photos attached. The colour and length are right. It has not been worn or washed. I'll ship it back at your cost — please refund me once it arrives.",
    'photo',
    [],
    'return',
  ),
  // Vague 'not as described' only -> missing_what.
  c(
    'r11r-69',
    'en',
    'The drone is not as described. I got it on 28 October, video attached. Refund please.',
    'video',
    ['missing_what'],
    'full_refund',
  ),
  // Strong smell named concretely (burnt rubber, headache) but no time of discovery -> missing_when.
  c(
    'r11r-70',
    'en',
    'The yoga mat reeks of burnt rubber so strongly that it gave my wife a headache, even after airing it out on the balcony. Photos attached. I want my money back.',
    'photo',
    ['missing_when'],
    'full_refund',
  ),
  // Several items, one never came; ends in 'Please sort it out.' -> missing_resolution.
  c(
    'r11r-71',
    'en',
    'Ordered a 3-piece garden tool set; only the trowel and the fork came, the cultivator is missing. Parcel delivered on 19 November per tracking, photo of the contents attached. The box was taped shut and not damaged. The trowel and fork are fine. Please sort it out.',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // Concrete break with date and photo, ends in 'what are you going to do about it?' -> missing_resolution.
  c(
    'r11r-72',
    'en',
    'The tent pole section snapped at the ferrule the first time I assembled it on 1 November; photo attached. So what are you going to do about it?',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // 'refund half' with no sum -> partial_without_amount.
  c(
    'r11r-73',
    'en',
    "The wig is the right colour but 10 cm shorter than the listing, measured on arrival on 14 November, photo attached. I'll keep it if you refund half.",
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // 'See the attached photo' with no file -> evidence_not_attached; 'send the 3 missing tubes' -> exchange.
  c(
    'r11r-74',
    'en',
    'Ordered 10 test tubes, received 7 — counted them on unpacking on 22 November. See the attached photo of the rack. Please send the 3 missing tubes.',
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // Feeling in ordinary words ('She was heartbroken and honestly so am I') -> emotional.
  c(
    'r11r-75',
    'en',
    'My daughter saved her pocket money for three months for this keyboard, and now the middle C and D keys make no sound — we found it the evening it arrived, 17 November. The other keys all work. We tried both the mains adapter and batteries. She was heartbroken and honestly so am I. Video attached; please refund.',
    'video',
    ['emotional'],
    'full_refund',
  ),
  // Counterfeit charger with facts, plus a label of intent ('clearly your business model') -> accusation.
  c(
    'r11r-76',
    'en',
    'The "Anker" charger is a knockoff — no serial number, the logo is a sticker, and it gets too hot to touch after 5 minutes; tested it the day it arrived, 12 November, photos attached. I compared it with my genuine Anker from the official store. It weighs half as much. Swapping in fakes and hoping nobody checks is clearly your business model. Refund me.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Concrete defect, request, but no time and no evidence, no file (eight words) -> missing_when, missing_evidence.
  c(
    'r11r-77',
    'en',
    'The bass drum pedal spring snapped. Refund please.',
    'none',
    ['missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Four words: non-receipt and a request only -> too_short, missing_when, missing_evidence.
  c(
    'r11r-78',
    'en',
    'Refund. Parcel never came.',
    'none',
    ['too_short', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // No words at all -> empty_text only.
  c('r11r-79', 'en', '?', 'none', ['empty_text'], 'none'),
  // Voice-typed run-on: seller asks to confirm receipt first; tracking and 50 days; 'ridiculous' -> emotional; request indirect ('until I get a full refund').
  c(
    'r11r-80',
    'en',
    'hi so the seller keeps asking me to confirm receipt first but I never got the bike computer the tracking has said arriving at destination country since october 2 thats 50 days and this is ridiculous I am not confirming anything until I get a full refund',
    'none',
    ['emotional'],
    'full_refund',
  ),
];
