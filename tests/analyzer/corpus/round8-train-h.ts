import { labelled as c, type CorpusCase } from './types';

/**
 * Round eight, set H: written by a forensic-linguist hand that studies threats and harassment. Weighted toward veiled
 * threats (addresses, schedules, family, cars, "friends", personal data, disclaimers that do not undo menace), insults
 * without a swear word (condescension, diminutives, regional words, sarcastic praise, mocking comparisons) and
 * innocent harsh-but-lawful texts (chargeback, consumer protection, police, court, lawyer, honest review; addresses and
 * relatives mentioned for a return; rude-looking strings inside ordinary words and names; reported speech). Many texts
 * are replies in an ongoing dispute. Labels follow analyzer-notes.md section 1 and the README's labelling decisions,
 * not the analyzer's output.
 *
 * Labelling decisions used in this set:
 * - A threat keeps its label when the writer adds a disclaimer («ничем не угрожаю», "I haven't threatened anyone").
 * - Knowing an address, a car, a child's timetable or a relative is a threat only when it is offered as leverage; the
 *   same facts used for a return, a pickup or a lawful complaint (the seller's ИП/ИНН to Роспотребнадзор) are not.
 * - Diminutives and pet names used to talk down to staff («Катенька, солнышко… как маленькой») are `insult`.
 * - A missing part the buyer asks to be sent is `exchange` (send the correct item).
 * - A date of receipt next to the problem («Получила 3 марта») counts as a time; «пришёл брак» does not.
 */

export const ROUND8_TRAIN_H: CorpusCase[] = [
  // ── Veiled threats (Russian): harm implied through addresses, schedules, family, cars, "friends", personal data ──
  // Reply to a low offer; knows the shop's floor and barrier, "было бы жаль, если бы туда кто-нибудь зашёл": veiled threat only.
  c(
    'r8h-01',
    'ru',
    'Вы предложили 150 рублей за разбитый плафон — нет. Плафон люстры пришёл расколотым на три части, увидела при распаковке 9 февраля, фото в приложении. Кстати, ваш магазин ведь на Тверской, 12, второй этаж, рядом со шлагбаумом? Было бы жаль, если бы туда кто-нибудь зашёл не за покупками. Верните полную стоимость.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Mentions the manager's daughter and wishes her 'all to be fine' after a demand: family menace is a threat; the buyer offers to send the robot back, so `return`.
  c(
    'r8h-02v',
    'ru',
    'Продолжаю спор: в коробке с роботом-пылесосом нет зарядной базы, только сам робот и щётки — это видно на видео распаковки от 3 марта. Готов отправить робота обратно, прошу полный возврат денег. И да, я видел в профиле вашего менеджера фото его дочки с выпускного — хорошая девочка, пусть у неё всё будет в порядке.',
    'video',
    ['threat'],
    'return',
  ),
  // Conditional visit by 'ребята из нашего района' to the warehouse: associates visiting is a veiled threat.
  c(
    'r8h-03',
    'ru',
    'Куртка размера XL пришла с биркой S: замерила по спине 14 апреля при примерке — 48 см вместо 58, фото бирки и замеров приложены. Прошу замену на XL. Если к пятнице вопрос не решится, ребята из нашего района как раз будут в Иу по делам и с удовольствием заглянут к вам на склад обсудить мой заказ лично.',
    'photo',
    ['threat'],
    'exchange',
  ),
  // Knows when the seller leaves and by which door: a schedule used as menace, no harm verb.
  c(
    'r8h-04v',
    'ru',
    'Заказ забрал 2 мая, в коробке вместо фена лежала пустая упаковка от фена, видео вскрытия прямо в пункте выдачи прилагаю. Верните деньги. И ещё: ваш пункт закрывается в 20:00, а вы уходите последним, через чёрный ход. Я это знаю.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // Promise to publish the seller's name, phone and registered address in local public pages: doxxing is a threat, even though the sum is asked for correctly.
  c(
    'r8h-05',
    'ru',
    'Гирлянда, заявленная на 10 метров, оказалась длиной 6,3 м — измерил рулеткой 11 июня, фото с рулеткой приложил. Прошу частичный возврат 400 рублей. Ваше ФИО, телефон и адрес регистрации у меня есть; если до 20 июня возврата не будет, всё это появится в паре городских пабликов с подписью, кто вы такой.',
    'photo',
    ['threat'],
    'partial_refund',
    400,
  ),
  // Rhetorical question about the seller's car standing unattended, with its plate: veiled threat.
  c(
    'r8h-06v',
    'ru',
    'Видеорегистратор перестал включаться на пятый день, 22 августа: на видео видно, что экран не загорается при подаче питания. Жду полный возврат. Вы ведь понимаете, что ваша серебристая «Камри» с тремя семёрками на номере каждый вечер стоит у подъезда без присмотра?',
    'video',
    ['threat'],
    'full_refund',
  ),
  // Polite menace: 'не все такие спокойные, и адрес шоурума уже спрашивали' — others asking for the address is a threat despite the calm tone.
  c(
    'r8h-07',
    'ru',
    'Кресло прибыло 7 октября с треснувшей крестовиной, фото приложено. Прошу замену крестовины. Я человек спокойный и пишу вежливо. Но не все, кто знает о моей ситуации, такие же спокойные, и адрес вашего шоурума они у меня уже спрашивали.',
    'photo',
    ['threat'],
    'exchange',
  ),
  // Reply quoting the seller's promise, then the son's school hours: a child's schedule as menace is a threat (the quoted seller's words are neutral).
  c(
    'r8h-08',
    'ru',
    'Смартфон пришёл с чужим аккаунтом Google и заблокированным загрузчиком — обнаружил при первом включении 1 декабря, скриншоты приложены. Верните деньги. Вы пишете, что «разберётесь на следующей неделе». Мне тоже торопиться некуда: ваш сын ведь приходит в школу к 8:30, а забирают его в 14:00? Времени у всех много.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Leaflets for the neighbours about the seller: publishing personal information to harass is a veiled threat; the partial sum is stated.
  c(
    'r8h-09',
    'ru',
    'Вместо 6 банок краски пришло 4, пересчитал при получении 19 марта, фото коробки и накладной прилагаю. Прошу вернуть 1200 рублей за недостающие банки. Жаль будет, если ваши соседи узнают о вас много нового: листовки сейчас печатаются быстро.',
    'photo',
    ['threat'],
    'partial_refund',
    1200,
  ),
  // A threat with a disclaimer («ничем не угрожаю») followed by 'memory for faces' and monthly trips to the seller's city: the disclaimer does not undo the menace.
  c(
    'r8h-10',
    'ru',
    'Ноутбук пришёл с битыми пикселями — вертикальная полоса слева, заметил сразу при включении 30 января, фото экрана прилагаю. Прошу полный возврат средств. Я ничего не обещаю и ничем не угрожаю. Просто у меня хорошая память на лица, ваше лицо есть на странице магазина, а в Гуанчжоу я бываю каждый месяц.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Names the seller's wife and her cake business and proposes to tell her clients: family plus publicity is a threat.
  c(
    'r8h-11',
    'ru',
    'Сумка пришла 12 ноября с оторванной ручкой, шов распоролся по всей длине, фото приложила. Прошу обмен на целую. Ваша жена Марина ведёт страничку с тортами на заказ, красивые торты. Думаю, ей и её клиентам будет интересно почитать, как работает её муж.',
    'photo',
    ['threat'],
    'exchange',
  ),
  // Transliterated Russian (counts as ru): knows where the warehouse is and when nobody is there, 'think about it': veiled threat.
  c(
    'r8h-12v',
    'ru',
    'Naushniki prishli 5 iyunya, pravyi ne zaryazhaetsya voobshche, video prilagayu. Vernite dengi. Ya znayu, gde nahoditsya vash sklad, i znayu, kogda tam nikogo net. Podumaite ob etom.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // ── Veiled threats (English) ──
  // Comments on the seller's children and their school-run time: family and schedule as menace.
  c(
    'r8h-13',
    'en',
    "Lovely family photo on your store's About page, by the way. Your kids look about the age of my nephews, probably the same school-run time too. Anyway: the tent poles arrived on 4 May with two sections snapped, photos attached. I want a full refund.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "It would be a real pity if" the reviews started to include the home address and personal WeChat: polite doxxing threat.
  c(
    'r8h-14v',
    'en',
    "The drone's left rear motor does not spin at all; I noticed it on the first flight, 18 July, video attached. Refund me in full and we can forget all about it. It would be a real pity if the reviews on your store started to include your home address in Dongguan and your personal WeChat. Nobody wants that.",
    'video',
    ['threat'],
    'full_refund',
  ),
  // Reply to a low offer: a cousin in Yiwu 'good at finding people who don't answer': associates as menace.
  c(
    'r8h-15',
    'en',
    "You keep offering $3 for a $40 order. Let me put it another way: I have a cousin who does a lot of business in Yiwu, and he's very good at finding people who don't answer messages. The blender jar came cracked along the base, I found it when unpacking on 2 March, photos attached. Full refund, please.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Describes the seller's car, unit and arrival time after 'I'm sure you value your car': veiled threat.
  c(
    'r8h-16',
    'en',
    "The charger I received on 11 January puts out only 5 V instead of the listed 20 V, my USB tester screenshot is attached. Send me a replacement that actually does 20 V. I'm sure you value your car, too. The white Buick parked outside unit 3B every morning at 7:40 is yours, isn't it?",
    'photo',
    ['threat'],
    'exchange',
  ),
  // 'Accidents happen in warehouses… things catch fire. Just something to think about': ominous menace without a harm verb aimed at the reader.
  c(
    'r8h-17',
    'en',
    "The parcel, tracking LB204518837CN, shows delivered on 9 September but it never reached me; a screenshot of the tracking and my neighbour's statement are attached. Refund the full amount. Accidents happen in warehouses all the time, don't they? Boxes fall, things catch fire. Just something to think about while you decide.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Disclaimer followed by a list of saved personal data including the mother's address: doxxing threat; partial sum stated.
  c(
    'r8h-18',
    'en',
    "I ordered 3 phone cases and only 1 was in the packet when I opened it on 27 April, photo attached. Refund $14 for the two missing ones. I haven't threatened anyone and I won't. I'll just mention that I've saved your full name, your ID photo from the store verification page and your mum's address from Facebook.",
    'photo',
    ['threat'],
    'partial_refund',
    14,
  ),
  // 'Sleep well tonight… I've got your address': ominous menace.
  c(
    'r8h-19',
    'en',
    "The watch strap buckle snapped on day two, 15 August, photo attached; please refund the full price. Sleep well tonight. You've got my money, I've got your address, which seems fair to me.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // 'The world becomes a smaller place for them. I'd hate for that to happen to you': generic ominous menace.
  c(
    'r8h-20v',
    'en',
    "The desk lamp flickers constantly and the dimmer does nothing; I noticed it the first evening, 6 February, video attached. Please exchange it for a working one. People who sell broken lamps and keep the money sometimes find the world becomes a very small place for them. I'd hate for that to happen to you.",
    'video',
    ['threat'],
    'exchange',
  ),
  // ── Insults without a swear word (Russian) ──
  // Condescension: «медленно и по слогам, специально для вас» treats the reader as slow.
  c(
    'r8h-21',
    'ru',
    'Повторяю в третий раз, медленно и по слогам, специально для вас: раз-мер со-рок два, а не сорок шесть. Брюки пришли 10 марта, на бирке и на фото с сантиметром видно 46. Прошу обмен на 42.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Rhetorical question about the reader's schooling: condescension about intelligence.
  c(
    'r8h-22',
    'ru',
    'Вы в школе до какого класса доучились, что не можете отличить чёрный цвет от тёмно-синего? Заказала чёрную толстовку, 4 октября пришла тёмно-синяя, фото при дневном свете приложила. Прошу замену на чёрную.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Colloquial «шляпы» (bunglers) aimed at the staff: name-calling without a swear word.
  c(
    'r8h-23v',
    'ru',
    'Ну вы и шляпы, честное слово. Положили в коробку одну подушку вместо двух, я распаковывала при курьере 16 января, есть видео. Прошу вернуть 700 рублей за вторую подушку.',
    'video',
    ['insult'],
    'partial_refund',
    700,
  ),
  // Diminutives («Катенька, солнышко») and «объясню как маленькой»: condescension aimed at the manager.
  c(
    'r8h-24v',
    'ru',
    'Менеджер Катенька, солнышко, вы, наверное, очень устали, раз в пятый раз присылаете мне один и тот же шаблон. Объясню ещё разок, как маленькой: чайник не отключается после закипания и кипит, пока не выкипит вода, так с первого же дня, 3 сентября. Видео прикладываю снова. Верните деньги.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // Sarcastic praise of the packer's 'talent' for wrapping a vase in one newspaper sheet: praise of a failure aimed at the seller's work.
  c(
    'r8h-25',
    'ru',
    'Снимаю шляпу перед вашим упаковщиком: обернуть стеклянную вазу одним листом газеты — это надо уметь, настоящий талант. Ваза пришла 21 мая осколками, фото прикладываю. Верните полную стоимость.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Mocking comparison: warehouse staffed by moles (blind).
  c(
    'r8h-26',
    'ru',
    'У вас на складе, видимо, работают кроты: вместо зелёного коврика для йоги положили ярко-розовый. Получила 8 июля, фото прилагаю. Прошу заменить на зелёный.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // 'The translator works better than your head': condescension about intelligence; partial sum stated.
  c(
    'r8h-27',
    'ru',
    'Я понимаю, что переводчик у вас работает лучше, чем голова, но попробуйте всё-таки прочитать моё сообщение целиком. В наборе отвёрток не хватает трёх бит — T10, T15 и PH0, это видно на фото, которое я сделал при распаковке 25 ноября. Прошу вернуть за них 250 рублей.',
    'photo',
    ['insult'],
    'partial_refund',
    250,
  ),
  // Comparison to an answering machine 'that at least understands words': mocking the person.
  c(
    'r8h-28',
    'ru',
    'С вами разговаривать — как с автоответчиком, только автоответчик хотя бы понимает слова. Повторю: умные весы показывают на 3 кг больше, чем поверенные весы в поликлинике, сравнивал 12 и 13 апреля, фото обоих показаний прилагаю. Прошу вернуть деньги.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // «Растяпы» aimed at the seller: everyday name-calling.
  c(
    'r8h-29',
    'ru',
    'Растяпы вы, растяпы. 2 февраля получил коробку с шуруповёртом, а внутри аккумулятор от другой модели, в гнездо не входит; фото прикладываю. Пришлите правильный аккумулятор.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Quality control 'entrusted to a parrot that only says «ок»': mocking comparison aimed at staff.
  c(
    'r8h-30',
    'ru',
    'Я смотрю, контроль качества у вас доверили попугаю — он, наверное, только «ок» и умеет говорить. Набор кастрюль пришёл 30 сентября, у двух крышек отколота эмаль по краю, фото приложены. Прошу замену крышек.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // 'Can anyone there count to ten?': rhetorical question about competence; partial sum stated.
  c(
    'r8h-31',
    'ru',
    'У вас там вообще кто-нибудь умеет считать до десяти? В упаковке 8 батареек вместо 10, пересчитала при получении 6 июня, фото прилагаю. Прошу вернуть 90 рублей за две недостающие.',
    'photo',
    ['insult'],
    'partial_refund',
    90,
  ),
  // ── Insults without a swear word (English) ──
  // 'Words clearly aren't your strong suit': condescension about the reader's intelligence.
  c(
    'r8h-32',
    'en',
    "I'll go through this one more time, with pictures, since words clearly aren't your strong suit. The lamp shade I received on 3 June is 20 cm across, not the 35 cm in the listing; photo with a tape measure attached. Please send the 35 cm one.",
    'photo',
    ['insult'],
    'exchange',
  ),
  // Regional 'numpties' aimed at the seller: name-calling without a swear word.
  c(
    'r8h-33',
    'en',
    "Right, you absolute numpties: the hoodie is a kids' size 12 and I ordered an adult L. Opened it on the 14th, photo of the label attached. Swap it for the right size, please.",
    'photo',
    ['insult'],
    'exchange',
  ),
  // Sarcastic praise ('bold strategy… executed flawlessly') of a packing failure aimed at the team.
  c(
    'r8h-34',
    'en',
    'Well done, truly. Shipping a glass aquarium in a padded envelope is a bold strategy, and your team executed it flawlessly. It arrived on 22 October in pieces, photos attached. Full refund, please.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Mocking comparison: a golden retriever would have packed better than the warehouse staff.
  c(
    'r8h-35',
    'en',
    'A golden retriever could have packed this order more accurately than your warehouse did. The order was 2 blue and 2 grey cushion covers; I got 4 grey ones on 8 December, photo attached. Please send the 2 blue ones.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // 'Is there a grown-up at your company?': condescension aimed at the support staff.
  c(
    'r8h-36v',
    'en',
    "Is there a grown-up at your company I could speak to? Your last three replies read as if nobody has looked at a single video I sent. The bike computer doesn't pick up the speed sensor at all; I tried on 1, 2 and 5 May, video attached. I want my money back.",
    'video',
    ['insult'],
    'full_refund',
  ),
  // 'Bless your heart, you really do try': Southern-US condescension aimed at the seller.
  c(
    'r8h-37v',
    'en',
    'Bless your heart, you really do try. But the speaker sold as waterproof died the first time it got splashed at the pool on 19 July, video attached. Refund, please.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // 'It's your reading that needs work': condescension about competence.
  c(
    'r8h-38',
    'en',
    "Your English is fine; it's your reading that needs work. I've said four times that the case is for the iPhone 15 and you sent one for the 13. Received on 28 February, photo of the camera cut-out attached. Replace it with the correct one.",
    'photo',
    ['insult'],
    'exchange',
  ),
  // ── Innocent harsh-but-lawful texts and traps (Russian) ──
  // Firm deadline with a bank chargeback and Роспотребнадзор: lawful steps, not a threat. Complete text, ready.
  c(
    'r8h-39v',
    'ru',
    'Третий раз пишу по этому заказу. Кофемолка перестала молоть через неделю после получения, 14 ноября: мотор гудит, ножи не вращаются, видео приложено. Прошу вернуть деньги. Если до 25 ноября возврата не будет, обращусь в банк с заявлением об оспаривании платежа и в Роспотребнадзор.',
    'video',
    [],
    'full_refund',
  ),
  // «Адрес вашего склада я знаю» — from the label, to send the item back: an address mention that is a return, not menace.
  c(
    'r8h-40',
    'ru',
    'Адрес вашего склада в Шэньчжэне я знаю — он указан на этикетке, и именно туда я готов отправить пылесос обратно, если вы оплатите доставку. Пылесос пришёл 3 августа без фильтра HEPA, фото открытой коробки прилагаю.',
    'photo',
    [],
    'return',
  ),
  // A relative (brother, a lawyer) helping with a claim and a court: family mentioned for a lawful step, not a threat.
  c(
    'r8h-41v',
    'ru',
    'Мой брат — юрист, он уже помог мне составить претензию, и если ответа не будет, мы пойдём в суд. Роутер перестал раздавать Wi-Fi на десятый день, 17 сентября, индикатор горит красным; видео приложено. Прошу вернуть деньги.',
    'video',
    [],
    'full_refund',
  ),
  // Husband's visit to the pickup point with a time window: family plus schedule, but for a return; innocent.
  c(
    'r8h-42',
    'ru',
    'Ботинки пришли 26 октября на два размера меньше: на подошве 38 вместо 40, фото подошвы прилагаю. Мой муж будет в пункте выдачи в субботу с 10 до 12 и передаст коробку для возврата — подтвердите, пожалуйста, что вы её примете.',
    'photo',
    [],
    'return',
  ),
  // Rude-looking strings in ordinary words: brand «Хуавей», verb «страхуйте». Innocent.
  c(
    'r8h-43',
    'ru',
    'Заказывал чехол для Хуавей P60, а пришёл для другой модели: вырез под камеру не совпадает, обнаружил при примерке 11 марта. Фото приложил, прошу замену. В следующий раз, пожалуйста, страхуйте посылки и проверяйте модель перед отправкой.',
    'photo',
    [],
    'exchange',
  ),
  // «Требую», «гребли», «до рубля» contain еб/бля sequences inside ordinary words; firm but innocent.
  c(
    'r8h-44',
    'ru',
    'Требую вернуть всё до рубля за тренажёр для гребли: при сборке 4 апреля оказалось, что на рельсе сорвана резьба и сиденье не фиксируется. Фото резьбы и сиденья во вложении.',
    'photo',
    [],
    'full_refund',
  ),
  // Reported speech: the seller's «Вы сами дурак» quoted as evidence after «написал» is not the buyer's insult.
  c(
    'r8h-45v',
    'ru',
    'Продавец в переписке 7 мая написал мне: «Вы сами дурак, сломали и теперь хотите денег». Я ничего не ломал: у электросамоката при первой же поездке перестал работать задний тормоз, видео и скриншот переписки прилагаю. Прошу вернуть деньги.',
    'video',
    [],
    'full_refund',
  ),
  // Quoted mat stays mat: the seller's reply quoted in full is still `profanity` (a blocker), though it is not the buyer's insult.
  c(
    'r8h-46',
    'ru',
    'На мой вопрос о сломанной ножке стола продавец ответил «иди на хуй, сам сломал» — скриншот прилагаю. Ножка треснула при сборке 2 июня, фото трещины тоже во вложении. Прошу прислать замену ножки.',
    'photo',
    ['profanity'],
    'exchange',
  ),
  // Negated intent («не думаю, что вы сделали это нарочно»): not an accusation.
  c(
    'r8h-47',
    'ru',
    'Я не думаю, что вы сделали это нарочно, скорее ошиблись при комплектации: вместо зарядки на 65 Вт пришла на 20 Вт, это написано на корпусе (фото прилагаю). Получил 9 января. Прошу прислать зарядку на 65 Вт.',
    'photo',
    [],
    'exchange',
  ),
  // Irony about a result without praise of anyone («Вот это сюрприз»): not an insult (round-four decision).
  c(
    'r8h-48',
    'ru',
    'Вот это сюрприз: заказывал ремень на 120 см, а пришёл на 95 см, на последнюю дырку не застёгивается. Измерил рулеткой 15 февраля, фото с рулеткой приложил. Прошу обмен на 120 см.',
    'photo',
    [],
    'exchange',
  ),
  // Harsh judgement of the service («ниже всякой критики») is not rude; non-receipt with a tracking number and elapsed days, no file needed.
  c(
    'r8h-49',
    'ru',
    'Работа службы доставки и вашей поддержки — ниже всякой критики. Посылка с трек-номером RB518204773CN стоит «в пути» с 3 марта, прошло 52 дня, до меня она так и не дошла. Верните деньги.',
    'none',
    [],
    'full_refund',
  ),
  // An honest review with photos of the item and the chat: lawful, not a threat.
  c(
    'r8h-50v',
    'ru',
    'Термос перестал держать тепло на третий день, 8 декабря: чай остывает за час, видео с термометром прилагаю. Прошу вернуть деньги. Если спор закроется без возврата, я оставлю подробный отзыв с фотографиями товара и этой переписки, пусть покупатели видят, что получат.',
    'video',
    [],
    'full_refund',
  ),
  // A police report about a forged signature: lawful step, and a factual claim without a fraud label.
  c(
    'r8h-51',
    'ru',
    'По данным отслеживания посылку вручили 14 августа в 11:20, но я её не получала: подпись в извещении не моя. Я подаю заявление в полицию и прошу вас вернуть деньги; скан извещения и скриншот трека прикладываю.',
    'photo',
    [],
    'full_refund',
  ),
  // Declined counter-offer (10%) stated flatly, then a full refund asked: harsh but lawful; the declined share is not the request.
  c(
    'r8h-52',
    'ru',
    'Ваш ответ меня не устраивает. Предложение вернуть 10% за куртку, у которой на второй день сломалась молния (9 ноября, фото приложено), я не принимаю. Прошу полный возврат стоимости.',
    'photo',
    [],
    'full_refund',
  ),
  // «Сабля», «учебник» contain бля/еб sequences: ordinary words, innocent.
  c(
    'r8h-53',
    'ru',
    'Сувенирная сабля пришла 1 июля с погнутым клинком, это видно на фото. Учебник по фехтованию, который шёл в комплекте, тоже не тот: на китайском вместо английского. Прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // The seller's name and tax number from the listing, passed to consumer protection: lawful use of public data, not doxxing.
  c(
    'r8h-54',
    'ru',
    'Вместо банки протеина на 5 кг пришла банка на 2,27 кг, это видно на этикетке (фото приложено), получил 18 марта. Прошу вернуть деньги до 1 апреля. Иначе ваши данные — ИП Сидоренко, ИНН из карточки магазина — я передам в Роспотребнадзор вместе с претензией.',
    'photo',
    [],
    'full_refund',
  ),
  // «К сожалению» and a single «!» are not emotional; «брак» is backed by a concrete symptom; a declined exchange.
  c(
    'r8h-55v',
    'ru',
    'К сожалению, это уже второй брак подряд! Первые наушники вы заменили, а у вторых, полученных 20 мая, тоже отказывает левый: звук пропадает при любом повороте головы. Видео прикладываю. Третью замену не хочу, прошу вернуть деньги.',
    'video',
    [],
    'full_refund',
  ),
  // A friend mentioned as a second buyer with the same defect: not 'friends visiting'; innocent.
  c(
    'r8h-56',
    'ru',
    'Мы с подругой заказали у вас одинаковые платья в один день и получили их 5 июля — у обоих шов под мышкой разошёлся на несколько сантиметров, фото обоих платьев прилагаю. Прошу обмен на целые.',
    'photo',
    [],
    'exchange',
  ),
  // A car mentioned as where the product failed: innocent.
  c(
    'r8h-57v',
    'ru',
    'Автомобильный держатель для телефона отвалился на первой же кочке, 3 октября: присоска не держится на стекле моей машины и минуты. Видео прикладываю. Верните, пожалуйста, деньги.',
    'video',
    [],
    'full_refund',
  ),
  // ── Innocent harsh-but-lawful texts and traps (English) ──
  // 'Final message before I file a chargeback': lawful escalation, not a threat.
  c(
    'r8h-58',
    'en',
    "This is my final message before I file a chargeback with my bank and report the listing to AliExpress. The kettle's inner base started rusting after the fourth use, on 12 March; photos attached. Refund the full amount by Friday.",
    'photo',
    [],
    'full_refund',
  ),
  // 'I know exactly where your warehouse is' — from the return label, to send the item back: innocent return.
  c(
    'r8h-59',
    'en',
    "I know exactly where your warehouse is, it's printed on the return label you sent, and the rug goes back there tomorrow morning once you confirm. It arrived on 2 November at 120×170 cm instead of the listed 160×230; photo with a tape measure attached.",
    'photo',
    [],
    'return',
  ),
  // Brand and place names with rude-looking strings (Dickies, Shih Tzu, Scunthorpe): innocent.
  c(
    'r8h-60',
    'en',
    "I ordered a Dickies work jacket and a Shih Tzu harness, shipped to my Scunthorpe address. The harness is fine, but the jacket's left cuff stitching came apart the first time I wore it, on the 9th; photos attached. Please exchange the jacket.",
    'photo',
    [],
    'exchange',
  ),
  // 'Cocktail' and 'Hancock' contain rude-looking strings: innocent; partial sum stated.
  c(
    'r8h-61v',
    'en',
    "The cocktail shaker set I ordered for Mr Hancock's bar arrived on 14 June without the strainer cap; I opened it in front of the courier, video attached. Please refund $5 for the missing strainer.",
    'video',
    [],
    'partial_refund',
    5,
  ),
  // Reported speech: the agent's insult quoted after 'replied' with a screenshot is evidence, not the buyer's insult.
  c(
    'r8h-62v',
    'en',
    "Your agent Kevin replied on 3 April that I was 'too stupid to charge a phone properly'. I'm attaching that chat screenshot and a video showing the power bank doesn't charge any device, which has been the case since it arrived on 28 March. I'd like a full refund.",
    'video',
    [],
    'full_refund',
  ),
  // Quoted English profanity ('shit happens') in the seller's reply is still `profanity`.
  c(
    'r8h-63',
    'en',
    "Your seller's reply, screenshot attached, literally says 'stop emailing me, shit happens'. The phone tripod's locking clip broke on first use, 11 September; a photo of the clip is attached too. I want a replacement tripod.",
    'photo',
    ['profanity'],
    'exchange',
  ),
  // Negated intent ('I'm not suggesting anyone did this deliberately'): not an accusation.
  c(
    'r8h-64',
    'en',
    "I'm not suggesting anyone did this deliberately; these things get mixed up in busy warehouses. But I ordered the 256 GB card and received a 64 GB one (label photo and H2testw result attached, tested on 2 January). Please send the 256 GB card.",
    'photo',
    [],
    'exchange',
  ),
  // Escalation to AliExpress, Trading Standards and a lawyer: all lawful.
  c(
    'r8h-65v',
    'en',
    "If we can't settle this, I'll escalate to AliExpress and then to Trading Standards; my lawyer already has copies of everything. The heater trips the breaker every time it is switched to the 2000 W setting, from the first day, 1 December. Video attached. I want a refund.",
    'video',
    [],
    'full_refund',
  ),
  // An honest review with photos of what arrived: lawful, not a threat.
  c(
    'r8h-66',
    'en',
    "I'll be leaving an honest review with photos of what arrived, whatever the outcome. The knife set listed as 6 pieces had 4 knives when I opened it on 20 August, photo attached. Refund $12 for the two missing knives.",
    'photo',
    [],
    'partial_refund',
    12,
  ),
  // Blunt 'This is unacceptable' with counts but no affect word, CAPS or label; tracking number is the evidence; ready without files.
  c(
    'r8h-67',
    'en',
    "This is unacceptable. Three weeks, four messages, zero answers. Parcel LY382910447CN has shown 'arrived at destination country' since 6 May and has never reached me. Refund me.",
    'none',
    [],
    'full_refund',
  ),
  // Daughter's birthday mentioned as context, not menace; the buyer offers to post the dress back: `return`.
  c(
    'r8h-68',
    'en',
    "My daughter's birthday was on 12 October and the dress arrived on the 11th with a torn hem, about 10 cm long; photo attached. It's no use to us now, so please refund it. I can post it back if you need it.",
    'photo',
    [],
    'return',
  ),
  // ── Accusations (Russian) ──
  // Sarcasm about honesty: «ошибка склада» in scare quotes, 'always in your favour'.
  c(
    'r8h-69',
    'ru',
    'Ну конечно, опять «ошибка склада» — третья за месяц, и каждый раз в вашу пользу. Вместо флешки на 64 ГБ прислали на 8 ГБ, проверил H2testw 12 мая, скриншот прикладываю. Прошу вернуть деньги.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // «Схема у вас отработанная» labels intent even though the facts (14 g, empty bag, video) are given.
  c(
    'r8h-70v',
    'ru',
    'Схема у вас отработанная: отправить пустой пакет с трек-номером, дождаться «вручено» и закрыть спор. Пакет пришёл 20 июня, весом 14 граммов, внутри ничего, видео вскрытия на почте прилагаю. Верните деньги.',
    'video',
    ['accusation'],
    'full_refund',
  ),
  // Rhetorical question implying deliberate cheating of customers: accusation; partial sum stated.
  c(
    'r8h-71',
    'ru',
    'Вы со всеми покупателями так поступаете или только с теми, кто не меряет ткань при получении? Вместо 3 метров отрезали 2,2 м, измерила дома 1 сентября, фото с сантиметровой лентой прилагаю. Прошу вернуть 480 рублей за недостающие 80 см.',
    'photo',
    ['accusation'],
    'partial_refund',
    480,
  ),
  // «Жульё!!!»: a fraud label (accusation) with !!! (emotional); not rude.
  c(
    'r8h-72',
    'ru',
    'Жульё!!! Заказ пришёл 2 ноября, вместо кроссовок 43-го размера лежат 39-го, фото прилагаю. Верните деньги.',
    'photo',
    ['accusation', 'emotional'],
    'full_refund',
  ),
  // 'Wouldn't be surprised if you write your own reviews': a label of honesty.
  c(
    'r8h-73',
    'ru',
    'Не удивлюсь, если вы и отзывы себе сами пишете. Пауэрбанк заявлен на 20 000 мА·ч, а по тестеру 12 октября отдал 6 100, скриншот тестера приложен. Прошу вернуть деньги.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // ── Accusations (English) ──
  // Sarcasm about honesty: 'mix-ups' in scare quotes always favouring the seller.
  c(
    'r8h-74',
    'en',
    "Funny how these 'mix-ups' always go in the seller's favour. I ordered 10 m of LED strip and got 5 m, measured on 8 January, photo attached. Refund $9 for the missing 5 metres.",
    'photo',
    ['accusation'],
    'partial_refund',
    9,
  ),
  // 'You did this on purpose': a label of intent despite concrete facts.
  c(
    'r8h-75',
    'en',
    'You did this on purpose, plain and simple: you knew the battery was swollen when you shipped it, because the box was already bulging when it arrived on 17 February. Photos attached. Full refund.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // 'What remarkable honesty': sarcasm about honesty.
  c(
    'r8h-76',
    'en',
    'What remarkable honesty. The wallet sold as genuine leather peeled at the edges within a week (3 to 10 March), and the inside tag says PU. Photos attached. I want a full refund.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // 'Everyone on the forums knows this store ships used returns as new': blanket accusation.
  c(
    'r8h-77',
    'en',
    "Everyone on the review forums knows this store ships used returns as new. My earbuds arrived on 25 September with someone else's earwax in the tips and 47 charge cycles in the app; screenshot and photos attached. Refund, please.",
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // ── Vague vs concrete content (Russian) ──
  // Generic «не соответствует описанию»: missing_what only.
  c(
    'r8h-78',
    'ru',
    'Товар не соответствует описанию. Получила 3 марта, фото прилагаю. Прошу вернуть деньги.',
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // Concrete symptom in unusual words (smell of burnt plastic, tripped breaker, melted base): complete, ready.
  c(
    'r8h-79',
    'ru',
    'От нового чайника при первом кипячении, 9 января, пошёл запах жжёной пластмассы, а на третий раз выбило автомат в щитке. Запах на видео не снимешь, но оплавленный край подставки видно на фото. Прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // «Пришёл брак» is generic and not a time: missing_what and missing_when.
  c(
    'r8h-80',
    'ru',
    'Пришёл брак, пользоваться невозможно. Фото прилагаю. Верните деньги.',
    'photo',
    ['missing_what', 'missing_when'],
    'full_refund',
  ),
  // Concrete symptom and date, but no evidence named and no file: missing_evidence.
  c(
    'r8h-81',
    'ru',
    'Умные часы перестали считать шаги после обновления прошивки 14 мая: счётчик весь день показывает 0, хотя пульс измеряют. Прошу замену.',
    'none',
    ['missing_evidence'],
    'exchange',
  ),
  // Non-receipt with elapsed days and a passed deadline; 'что мне делать?' is no request; no evidence.
  c(
    'r8h-82',
    'ru',
    'Посылку жду уже 47 дней, срок доставки прошёл ещё 10 апреля. Что мне делать?',
    'none',
    ['missing_evidence', 'missing_resolution'],
    'none',
  ),
  // «Плохое качество», «в таком виде»: generic; photo promised but no file.
  c(
    'r8h-83',
    'ru',
    'Плохое качество, в таком виде носить нельзя. Получила 22 октября, прикладываю фото. Прошу обмен.',
    'none',
    ['missing_what', 'evidence_not_attached'],
    'exchange',
  ),
  // A missing part named concretely (milk frother); asking to send it is labelled `exchange` (send the correct item).
  c(
    'r8h-84v',
    'ru',
    'В коробке с кофеваркой не оказалось капучинатора, который есть и на фото в карточке, и в списке комплектации. Вскрывал при курьере 30 ноября, видео прилагаю. Прошу выслать капучинатор.',
    'video',
    [],
    'exchange',
  ),
  // ── Vague vs concrete content (English) ──
  // 'defective and not as described': generic; no time, no evidence.
  c(
    'r8h-85',
    'en',
    'Item is defective and not as described. Please refund.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Concrete mismatch in unusual words (shredded sponge instead of memory foam): ready.
  c(
    'r8h-86',
    'en',
    'The pillow sold as memory foam is filled with loose shredded sponge; I unzipped the cover the day it came, 6 April, photo attached. Please refund me.',
    'photo',
    [],
    'full_refund',
  ),
  // Measured mismatch (9 kg rated, sags under 6 kg) with no date or discovery circumstance: missing_when.
  c(
    'r8h-87',
    'en',
    "The monitor stand is listed as holding up to 9 kg, but it sags all the way down to the desk under my 6 kg monitor. Photo attached. I'd like a refund.",
    'photo',
    ['missing_when'],
    'full_refund',
  ),
  // 'Quality is poor' with a partial refund and no sum: vague, no time, no evidence.
  c(
    'r8h-88',
    'en',
    "Quality is poor, not what I expected. I'll keep it but I want a partial refund.",
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Non-receipt with payment date and five weeks without a tracking update: complete without files.
  c(
    'r8h-89',
    'en',
    "Where is my order? I paid on 2 August, it's now October and the tracking hasn't updated in five weeks. Refund me.",
    'none',
    [],
    'full_refund',
  ),
  // ── Disguised profanity, emotion, request nuances, empty texts ──
  // Latin x and y inside «xyйня» (look-alike letters) as a noun about the item: profanity only.
  c(
    'r8h-90',
    'ru',
    'Кабель USB-C перестал заряжать через 4 дня, 11 июля, разъём болтается, опять эта xyйня. Фото приложил. Прошу вернуть деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Digit for a letter («пи3дец») used as an interjection: profanity and emotional.
  c(
    'r8h-91',
    'ru',
    'Открыла коробку 5 марта — пи3дец, у зеркала отколот угол и трещина через всё стекло. Фото прилагаю. Верните деньги.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // CAPS plus !!! (emotional) and «Вы что, специально…?» (intent label: accusation).
  c(
    'r8h-92',
    'ru',
    'Я В ШОКЕ!!! Заказывала сыну конструктор на день рождения, а в коробке нет половины деталей: ни одного колеса и нет инструкции, разбирали 28 декабря. Фото прилагаю. Вы что, специально такие наборы собираете? Верните деньги.',
    'photo',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // A sum in words («триста пятьдесят рублей») for keeping the item: partial refund 350.
  c(
    'r8h-93',
    'ru',
    'Сумка пришла 3 мая с глубокой царапиной на застёжке, фото прилагаю. Оставлю её себе, если вернёте триста пятьдесят рублей.',
    'photo',
    [],
    'partial_refund',
    350,
  ),
  // Declined full refund, then compensation «на ваше усмотрение»: partial refund with no sum.
  c(
    'r8h-94',
    'ru',
    'Деньги за весь заказ возвращать не нужно. Фонарик пришёл 14 февраля без аккумулятора 18650, фото коробки прилагаю. Просто компенсируйте стоимость аккумулятора, сумму оставляю на ваше усмотрение.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // A single two-letter word: empty_text only.
  c('r8h-95', 'ru', 'ок', 'none', ['empty_text'], 'none'),
  // Dropped-vowel 'fcking' as an intensifier: profanity and emotional.
  c(
    'r8h-96v',
    'en',
    'This fcking blender leaked all over the counter on its first use, 4 April: the seal under the jar is missing. Video attached. Refund please.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Affect word 'upset' makes an otherwise complete text emotional.
  c(
    'r8h-97',
    'en',
    "I'm honestly so upset. The wedding shoes I ordered for 15 June arrived on the 16th, one size 38 and one size 39. Photos attached. I need a full refund.",
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // '€6,50' with a decimal comma: partial refund 6.5.
  c(
    'r8h-98',
    'en',
    'The phone case is fine, but the screen protector in the bundle was cracked when I took it out of the envelope on 8 May (photo attached). Please refund €6,50 for it.',
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // 'the difference' is a partial refund without a sum; photos promised but no file.
  c(
    'r8h-99',
    'en',
    'I paid for the 2000 mAh version and the battery label says 1200 mAh; I noticed when it arrived on 19 February. Photos attached. Please refund the difference.',
    'none',
    ['evidence_not_attached', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Near-empty: non-receipt named, 'still' is no time, no evidence; fewer than 8 words (too_short tip).
  c(
    'r8h-100',
    'en',
    'Still no parcel. Refund now.',
    'none',
    ['missing_when', 'missing_evidence', 'too_short'],
    'full_refund',
  ),
];
