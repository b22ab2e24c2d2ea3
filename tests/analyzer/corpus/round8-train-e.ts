import { labelled as c, type CorpusCase } from './types';

/**
 * Round eight, set E: a journalist's notes from online shoppers in Russia (Kaliningrad to Vladivostok), Kazakhstan,
 * Kyrgyzstan, Armenia and Georgia (some with second-language Russian and calques) and English-speaking shoppers in
 * Kenya, Ghana, Pakistan, Singapore and Jamaica. Many texts are replies to a seller's offer or question. Weighted
 * toward insults without swear words, veiled threats, innocent traps and vague vs concrete problems. Labels follow
 * analyzer-notes.md section 1 and the README's labelling decisions (rounds two and four), not any program's output.
 */
export const ROUND8_TRAIN_E: CorpusCase[] = [
  // Condescension about intelligence («медленно и по слогам»); otherwise complete: insult only.
  c(
    'r8e-01',
    'ru',
    'Объясняю в третий раз, медленно и по слогам, раз с первого раза у вас не доходит: я заказывал зарядку на 65 Вт, а на корпусе написано 20 Вт, и ноутбук от неё не заряжается. Получил посылку 4 марта, фото наклейки на корпусе приложил. Верните деньги.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Regional name-calling «ишаки» aimed at staff, Kazakh-Russian calques; measured mismatch 1 л vs 0,5 л: insult only.
  c(
    'r8e-02',
    'ru',
    'Я заказал у вас термос 1 литр, пришло 0,5 литр, на дне так и написано. Ваши ишаки на складе, наверно, цифры не различают. Посылку получил 11 апреля, фото дна термоса прикрепил. Делайте мне обмен на литровый.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Sarcastic praise of a failure aimed at the seller's work («Браво, мастера упаковки»): insult.
  c(
    'r8e-03v',
    'ru',
    'Браво, мастера упаковки: стеклянный чайник ехал из Китая в одном пакете, без единого слоя плёнки, и приехал с трещиной через всё дно. Обнаружила при вскрытии на почте 2 июня, видео вскрытия прикладываю. Прошу полный возврат.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // Mocking comparison of a person (packer «на уровне хомяка»): insult; video and post-office act named.
  c(
    'r8e-04v',
    'ru',
    'Упаковщик у вас, похоже, соображает на уровне хомяка: настольная лампа лежала в коробке без вкладышей, плафон разбит на три куска. Вскрыл 19 января прямо в пункте выдачи, есть видео и акт почты. Прошу вернуть полную стоимость.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // Reply to a $1 offer questioning the seller's sanity («Вы в своём уме»); declined partial offer, asks full refund: insult.
  c(
    'r8e-05',
    'ru',
    'Вы в своём уме, предлагать один доллар за куртку, у которой молния отвалилась в первый же день? Я прислал вам фото молнии ещё 8 ноября. Один доллар я не принимаю, прошу полный возврат денег.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Slang name-calling «чушпаны» as an address, Kyrgyz-Russian grammar; size 41 vs 44: insult.
  c(
    'r8e-06',
    'ru',
    'Слушайте, чушпаны, мне пришла кроссовки 41 размер, а я выбрал 44, на коробке и на стельке написано 41. Получил вчера, 3 сентября, фото коробки и стельки прикрепляю. Прошу обмен на 44.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Condescension «для особо одарённых»; non-receipt with tracking number, 47 days: insult only.
  c(
    'r8e-07',
    'ru',
    'Для особо одарённых сотрудников поддержки повторяю: посылка не пришла, трек LP00345678901234 с 12 мая стоит на статусе «Прибыла в страну назначения», прошло уже 47 дней. Скриншот отслеживания прилагаю. Прошу вернуть деньги.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Sarcastic congratulation on a 'genius invention' aimed at the seller's technologist: insult.
  c(
    'r8e-08',
    'ru',
    'Поздравляю вашего технолога с гениальным изобретением — водонепроницаемые часы, которые запотевают изнутри после мытья рук. Заметила на третий день, на фото видно капли под стеклом. Возврат денег, пожалуйста.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Mock-polite name-calling «Уважаемые лопухи» (Georgian speaker); 4 of 6 glasses, $9 asked: insult only.
  c(
    'r8e-09v',
    'ru',
    'Уважаемые лопухи из отдела отправки, я заказывала набор из 6 бокалов, а в коробке 4 бокала и пустые ячейки. Коробку открыла дома 27 февраля и сразу сняла видео. Прошу вернуть деньги за два бокала — 9 долларов.',
    'video',
    ['insult'],
    'partial_refund',
    9,
  ),
  // Mocking comparison of the manager to a parrot: insult; non-receipt with tracking screenshots.
  c(
    'r8e-10',
    'ru',
    'Разговаривать с вашим менеджером всё равно что с попугаем: третью неделю он повторяет одно «подождите ещё». Заказ оплачен 2 апреля, по отслеживанию посылка с 10 апреля не двигается, скриншоты прикладываю. Прошу вернуть деньги.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // «Бестолочи» aimed at the seller; a further exchange declined («Больше замены не хочу») so full refund: insult.
  c(
    'r8e-11',
    'ru',
    'Бестолочи, вы опять прислали чехол для iPhone 13 вместо iPhone 15, это уже вторая замена подряд. Вторую посылку получил 15 октября, на фото видна надпись на упаковке и что вырез под камеру не совпадает. Больше замены не хочу, верните деньги.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Condescension: 'if anyone in your shop can read'; colour mismatch: insult.
  c(
    'r8e-12',
    'ru',
    'Если у вас в магазине найдётся хоть один человек, умеющий читать, пусть откроет мой заказ: там выбран цвет «хаки», а пришло розовое худи. Получила 6 декабря, фото этикетки и заказа прикрепила. Прошу заменить на хаки.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Transliterated Russian (counts as ru): 'bez mozgov' questions the staff's intelligence; measured capacity: insult.
  c(
    'r8e-13v',
    'ru',
    'Vy tam na sklade sovsem bez mozgov? Zakazal powerbank na 20000 mAh, USB-tester 5 avgusta pokazal tolko 6800 mAh, video testa prilagayu. Vernite dengi polnostyu.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // Kenyan Swahili 'mjinga' (fool) aimed at the packer: insult.
  c(
    'r8e-14v',
    'en',
    'Whoever packed this is a proper mjinga — the blender jar was thrown in loose and arrived with the blade assembly snapped off. I opened it at the Nairobi pick-up point on 9 July and filmed it on video. Please refund me in full.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // Ghanaian Twi 'kwasia' (fool) in a question about the staff: insult.
  c(
    'r8e-15',
    'en',
    'Are your staff all kwasia? I ordered the 3-seater sofa cover in grey and you sent a 1-seater in beige; the label on the bag says so. Delivered to me in Kumasi on 14 March, photos of the label attached. Send me the correct grey 3-seater.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Singlish 'goondu' plus 'type this slowly' condescension: insult.
  c(
    'r8e-16',
    'en',
    "Let me type this slowly so even your goondu support team understands: the rice cooker's inner pot has a 4 cm dent, visible in the photos, and I found it when unboxing on 2 May. Full refund please.",
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Sarcastic praise 'real geniuses' of the quality team (Jamaica): insult.
  c(
    'r8e-17v',
    'en',
    'Congratulations to your quality team, real geniuses — a waterproof speaker that dies after one splash at the beach. It stopped charging the day after the first use, 21 August, video of it not turning on attached. I want my money back.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // 'Do I need to draw you a picture?' condescension (Pakistan); Rs 1,200 for missing length: insult.
  c(
    'r8e-18',
    'en',
    'Do I need to draw you a picture? I ordered 3 metres of lawn fabric and received 1.8 metres — I measured it with a tape on 30 April, photo of the tape along the fabric attached. Please refund Rs 1,200 for the missing length.',
    'photo',
    ['insult'],
    'partial_refund',
    1200,
  ),
  // Mocking comparison with a child plus 'warehouse clowns': insult.
  c(
    'r8e-19v',
    'en',
    'My five-year-old nephew could pack a parcel better than your warehouse clowns: the ceramic mug arrived in three pieces with no bubble wrap at all. Opened it on 12 June with my phone recording, video attached. Please send a replacement mug in proper packaging.',
    'video',
    ['insult'],
    'exchange',
  ),
  // Reply to an S$1 offer questioning sanity ('out of your minds'); declined partial, full refund: insult.
  c(
    'r8e-20',
    'en',
    "Are you people out of your minds? You offered me S$1 for a stroller whose front wheel fell off on the second day of use. I already sent photos of the broken axle. I'm not accepting S$1; refund the full price.",
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Veiled threat: brother near the warehouse will 'talk in person, our way' (Kazakh voice); 2 500 тенге: threat.
  c(
    'r8e-21v',
    'ru',
    'Мой брат как раз работает в Иу, рядом с вашим складом, и он может зайти к вам поговорить лично, по-нашему. Заказывал у вас дрель с двумя аккумуляторами, пришла с одним, коробку открыл 7 мая, есть видео. Верните деньги за аккумулятор, 2 500 тенге.',
    'video',
    ['threat'],
    'partial_refund',
    2500,
  ),
  // Veiled threat: knows the warehouse address and the seller's face, 'won't take long to find': threat.
  c(
    'r8e-22',
    'ru',
    'Адрес вашего склада я нашёл по накладной, а ваше фото — в профиле магазина, так что, если что, искать долго не придётся. Заказ — детский самокат, у него треснула дека после первой поездки 3 июля, фото трещины прикладываю. Прошу вернуть деньги.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Doxxing threat: phone and name published in buyer groups; a deadline is not the threat, the publication is.
  c(
    'r8e-23',
    'ru',
    'Если до пятницы не будет возврата, ваш номер телефона и имя из WeChat появятся во всех группах покупателей, которые я знаю, пусть вам звонят. Посылка с наушниками не пришла, прошло 62 дня с оплаты 1 февраля, скриншот трека прикладываю. Прошу вернуть деньги.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Ominous menace ('такие вещи не прощают') in an Armenian speaker's Russian: threat.
  c(
    'r8e-24',
    'ru',
    'Не испытывайте моё терпение, у нас на Кавказе такие вещи не забывают и не прощают. Прислали кожаный ремень, а он из кожзама, на срезе видна ткань — проверил 9 сентября при распаковке, фото среза прикреплено. Прошу вернуть деньги.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // 'It would be a shame if something happened to your shop and car': threat.
  c(
    'r8e-25',
    'ru',
    'Будет очень жаль, если с вашим магазином и вашей машиной что-нибудь случится, правда? Куртка пришла 50 размера вместо 54, бирку сфотографировала 14 ноября, когда достала из пакета. Прошу обмен на 54.',
    'photo',
    ['threat'],
    'exchange',
  ),
  // Family menace: photos of the seller's children at school, 'берегите их': threat.
  c(
    'r8e-26v',
    'ru',
    'Я видел в вашем профиле фото с детьми у школы, красивые дети, берегите их. А теперь по делу: робот-пылесос не заряжается от базы с первого дня, 20 января, видео прилагаю. Верните полную стоимость.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // 'Friends' who find people by order number and 'explain how to work': threat; 350 ₽ partial.
  c(
    'r8e-27',
    'ru',
    'У меня есть друзья, которые умеют находить людей по номеру заказа и объяснять им, как надо работать. Заказывала 10 метров гирлянды, пришло 5, измерила рулеткой 2 октября, фото приложила. Прошу вернуть 350 рублей за недостающие метры.',
    'photo',
    ['threat'],
    'partial_refund',
    350,
  ),
  // Vladivostok buyer: 'three hours to Suifenhe, I'm not lazy', 'пока по-хорошему': ominous threat.
  c(
    'r8e-28',
    'ru',
    'Вы, наверное, забыли, что от Владивостока до Суйфэньхэ три часа езды, а я человек не ленивый. Посылка не пришла: оплачено 5 марта, по треку с 20 марта тишина, скриншот прилагаю. Верните деньги, пока по-хорошему прошу.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Reply refusing to close the dispute + threat to publish the director's passport data: threat.
  c(
    'r8e-29v',
    'ru',
    'Спор закрывать не буду. Паспортные данные вашего директора у меня есть из регистрации магазина, и выложить их в интернет — дело одной минуты. Часы пришли с разбитым стеклом, видео распаковки от 11 августа прикладываю ещё раз. Верните деньги полностью.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // Uncle with a cargo business 'knows your people' and will 'explain at a meeting' (Kyrgyz calques): threat.
  c(
    'r8e-30',
    'ru',
    'Мой дядя в Бишкеке держит карго с Гуанчжоу, он ваших людей хорошо знает и может им при встрече всё объяснить. Пришла мне чайник 1,7 литр, а на нём 1,2 литр написано, проверил мерной кружкой 16 июня, фото прикрепил. Прошу замену на 1,7 литр.',
    'photo',
    ['threat'],
    'exchange',
  ),
  // Kenya: cousin will find the shop and 'have a quiet word in person': veiled threat.
  c(
    'r8e-31v',
    'en',
    "My cousin does business in Guangzhou and visits the markets every month — I'm sure he can find your shop and have a quiet word in person. The solar lamp I ordered stopped lighting after two nights, 5 and 6 May, video attached. Refund the full amount.",
    'video',
    ['threat'],
    'full_refund',
  ),
  // Jamaica: return address + 'friends who travel. Think on that.': threat.
  c(
    'r8e-32',
    'en',
    "I've got the return address from the label, and I've got friends who travel. Think on that. The hair clipper arrived with the blade guard missing; I noticed when I opened it on 3 October, photo attached. I want a full refund.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Pakistan: publishing name, phone and the owner's home address: doxxing threat.
  c(
    'r8e-33',
    'en',
    "If this isn't settled by Monday, your name, your phone number and your shop owner's home address will be posted on every buyers' group in Lahore. The parcel never arrived — I paid on 2 January, tracking hasn't moved since 15 January, screenshot attached. Refund me.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Singapore: polite ominous menace ('I'd hate for anything unfortunate to happen'); return requested: threat.
  c(
    'r8e-34v',
    'en',
    "I'd hate for anything unfortunate to happen to someone as hard-working as you. Now, the 32-inch monitor arrived with a vertical green line across the screen, which I saw the moment I switched it on, on 8 February; video attached. Please arrange a return and refund.",
    'video',
    ['threat'],
    'return',
  ),
  // Ghana: knows the seller's daughter's name, 'pass my regards': threat.
  c(
    'r8e-35',
    'en',
    "I know your daughter's name from your WhatsApp profile picture. Pass my regards. Meanwhile, the phone case I ordered in blue arrived in red — received on 18 June, photo of the package and the case attached. Please send the blue one.",
    'photo',
    ['threat'],
    'exchange',
  ),
  // 'Better hope I never find myself in Shenzhen with your address': threat.
  c(
    'r8e-36',
    'en',
    "You'd better hope I never find myself in Shenzhen with your address in my pocket. The smartwatch strap snapped at the buckle on day four, photos attached. Refund the full price please.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Lawful steps stated firmly (chargeback, Роспотребнадзор) with a deadline: not a threat; ready.
  c(
    'r8e-37',
    'ru',
    'Если возврат не будет оформлен до 20 мая, я подам заявление в банк на чарджбэк и пожалуюсь в Роспотребнадзор. Посылка с кроссовками не пришла: оплачено 1 марта, трек не обновляется с 12 марта, скриншот отслеживания приложен. Прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // Polite-but-firm reply declining a 300-тенге offer; buyer offers to send the item back: return; ready.
  c(
    'r8e-38v',
    'ru',
    'Спасибо за предложение вернуть 300 тенге, но я его не принимаю: у пылесоса не вращается щётка, она не крутится с первого включения 2 августа, видео я приложил. Прошу оформить возврат: готов отправить пылесос обратно за ваш счёт.',
    'video',
    [],
    'return',
  ),
  // Ordinary words with rude-looking substrings: «застрахуйте» (хуй), «рубля» (бля); firm request: ready.
  c(
    'r8e-39',
    'ru',
    'Впредь, пожалуйста, застрахуйте хрупкие посылки: зеркало приехало с отколотым углом. Скол заметил при распаковке 9 апреля, фото прикладываю. За доставку я отдельно доплатил 254 рубля. Прошу вернуть полную стоимость.',
    'photo',
    [],
    'full_refund',
  ),
  // Seller's insult quoted as evidence («назвал меня «бестолковой покупательницей»»): reported speech, not rude; ready.
  c(
    'r8e-40',
    'ru',
    'Продавец в переписке назвал меня «бестолковой покупательницей» и написал, что я «сама сломала». Скриншот переписки прилагаю. Фен перестал нагреваться на второй день, 4 ноября, дует только холодным воздухом, фото настроек и термометра у сопла тоже приложила. Прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // Seller's threat quoted as evidence; 'half' with an explicit sum (410 ₽) gives an amount: ready.
  c(
    'r8e-41',
    'ru',
    'После открытия спора продавец написал мне: «будете жаловаться — мы знаем ваш адрес». Скриншот этого сообщения прикладываю для поддержки. Сама проблема: в наборе кистей 12 штук вместо 24, пересчитала при получении 17 мая, фото тоже приложила. Прошу вернуть половину суммы — 410 рублей.',
    'photo',
    [],
    'partial_refund',
    410,
  ),
  // Irony about the result without praise of the person («Ну спасибо, выручили»): not rude (r2e-05 rule); ready.
  c(
    'r8e-42',
    'ru',
    'Ну спасибо, выручили: заказывала ортопедическую подушку, а приехала декоративная наволочка без самой подушки. Вскрыла пакет 28 января, фото содержимого прикладываю. Прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // Negated accusation («Не думаю, что вы это сделали нарочно»): not an accusation; ready.
  c(
    'r8e-43',
    'ru',
    'Не думаю, что вы это сделали нарочно, скорее ошибка склада: вместо чёрной сумки пришла коричневая, артикул на бирке другой. Получила 12 июля, фото бирки и заказа прикладываю. Прошу обменять на чёрную.',
    'photo',
    [],
    'exchange',
  ),
  // Lawful warning (суд, Роспотребнадзор, обжалование) worded as «предупреждаю официально»: not a threat; ready.
  c(
    'r8e-44v',
    'ru',
    'Я юрист и предупреждаю официально: при отказе в возврате обращусь в суд по месту жительства и в Роспотребнадзор, решение арбитража AliExpress тоже буду обжаловать. Телевизор пришёл с разбитой матрицей, трещина видна на видео распаковки от 3 декабря, которое я приложил. Требую полный возврат 23 990 рублей.',
    'video',
    [],
    'full_refund',
  ),
  // Product word «скипидар» (contains a slur substring); missing bottles, 280 ₽: ready.
  c(
    'r8e-45',
    'ru',
    'Заказывала набор для рисования маслом: в нём не оказалось флакона со скипидаром и разбавителя, хотя на коробке они нарисованы. Обнаружила при распаковке 5 октября, фото содержимого и коробки прикрепила. Прошу вернуть за недостающие флаконы 280 рублей.',
    'photo',
    [],
    'partial_refund',
    280,
  ),
  // Brand/food name «Мандариновый» (vulgar root inside) and «употреблять» (бля): innocent; expired tea, ready.
  c(
    'r8e-46',
    'ru',
    'Чай «Мандариновый сад» пришёл просроченный, употреблять его нельзя: на пачке срок годности до 01.2024, а получила я его 15 марта 2025 года. Фото пачки с датой прикладываю. Прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // Reply to the seller's question 'what is the problem?': concrete symptom, accepts the offered replacement; ready.
  c(
    'r8e-47v',
    'ru',
    'Отвечаю на ваш вопрос: правый наушник играет тише левого и шипит, если громкость выше половины. Заметила через неделю после получения, примерно 18 апреля, видео со звуком приложила. Если вы предлагаете замену — я согласна, пришлите новую пару.',
    'video',
    [],
    'exchange',
  ),
  // Polite-but-firm decline of 'close the dispute and we resend' — asks a refund within the dispute; ready.
  c(
    'r8e-48',
    'ru',
    'Благодарю за предложение отправить новый товар, если я закрою спор, но спор закрывать не буду: второй раз ждать два месяца я не готова. Блендер пришёл с треснувшей чашей, трещину видно на фото от 6 сентября, сделанном в день получения. Прошу вернуть деньги в рамках спора.',
    'photo',
    [],
    'full_refund',
  ),
  // An honest review announced as a lawful step; measured length 78 vs 95 cm; return: ready.
  c(
    'r8e-49',
    'ru',
    'Оставлю честный отзыв с фотографиями, чтобы другие покупатели знали о размерах: платье, заказанное в размере M, по длине 78 см вместо заявленных 95 см. Измерила сантиметровой лентой в день получения, 2 июля, фото приложила. Прошу оформить возврат, товар отправлю обратно.',
    'photo',
    [],
    'return',
  ),
  // Firm complaint with a negative judgement of the product only, 'меньшую сумму не приму': ready.
  c(
    'r8e-50',
    'ru',
    'Качество пошива слабое: у рюкзака на четвёртый день оторвалась лямка вместе с куском ткани, нитки просто выползли из шва. Фото шва прикладываю. Жду полного возврата средств, меньшую сумму не приму.',
    'photo',
    [],
    'full_refund',
  ),
  // «оскорблять» (contains бля) in 'I don't want to offend anyone'; missing part, send it: exchange; ready.
  c(
    'r8e-51v',
    'ru',
    'Я никого не хочу оскорблять, просто факты: хлебопечка пришла без ведра для теста, в коробке только корпус и мерный стакан. Открыла коробку 3 января, видео распаковки прилагаю. Прошу дослать ведро.',
    'video',
    [],
    'exchange',
  ),
  // Kenya: chargeback and report to AliExpress stated firmly: lawful, ready.
  c(
    'r8e-52',
    'en',
    "If I don't get a refund within 5 days, I will file a chargeback with my bank and report the listing to AliExpress. The package never arrived in Mombasa — I paid on 3 March and the tracking has said 'in transit' since 10 March, screenshot attached. Please refund the full amount.",
    'photo',
    [],
    'full_refund',
  ),
  // Breed name 'Shih Tzu' (rude-looking); measured chest size: ready.
  c(
    'r8e-53',
    'en',
    'I ordered a harness for my Shih Tzu in size S (chest 35–40 cm) and got one labelled XS that measures 28 cm around the chest — I measured it with a tape the day it arrived, 6 June. Photos attached. Please exchange it for size S.',
    'photo',
    [],
    'exchange',
  ),
  // Food word 'shiitake'; mouldy log and missing spawn plugs: ready.
  c(
    'r8e-54',
    'en',
    "The shiitake grow kit arrived with the log covered in green mould and no spawn plugs inside, which I found when I opened the box on 19 September. Photos attached. I'd like a full refund.",
    'photo',
    [],
    'full_refund',
  ),
  // Seller's insult quoted as evidence ('calling me a stupid customer'): reported speech; return: ready.
  c(
    'r8e-55v',
    'en',
    "Your agent replied to my message calling me 'a stupid customer who can't read instructions' — screenshot attached. For the record: the electric kettle trips my fuse every time it is switched on, since the first use on 11 November, and I've attached a video of that too. Please process a return and refund.",
    'video',
    [],
    'return',
  ),
  // Ghana: polite decline of a GH₵ 20 offer, full refund asked: ready.
  c(
    'r8e-56v',
    'en',
    "Thank you for offering GH₵ 20 as compensation, but I can't accept it: the hair dryer's motor stops after about 30 seconds and the casing gets too hot to hold. This has happened every time since the first use on 2 April, as shown in the video I attached. Please refund the full amount.",
    'video',
    [],
    'full_refund',
  ),
  // Irony without praise of the person ('Well, thanks a lot'); send the missing knives: exchange; ready.
  c(
    'r8e-57',
    'en',
    'Well, thanks a lot — I ordered a 10-piece knife set and got a single bread knife in a box made for ten. Opened it on 27 July, photo of the box attached. Please send the missing nine knives.',
    'photo',
    [],
    'exchange',
  ),
  // Negated accusation ('I'm not saying this was done on purpose'): not an accusation; ready.
  c(
    'r8e-58',
    'en',
    "I'm not saying this was done on purpose — probably a mix-up in the warehouse — but I received a women's size 36 shoe instead of the men's 42 I ordered. Delivered on 5 August in Karachi, photos of the sole labels attached. Please send the correct pair.",
    'photo',
    [],
    'exchange',
  ),
  // Singapore: CASE complaint and Small Claims Tribunal are lawful; 'CASE' is an abbreviation, not CAPS: ready.
  c(
    'r8e-59v',
    'en',
    "I will be filing a complaint with CASE, the Consumers Association of Singapore, and I'm prepared to go to the Small Claims Tribunal if needed. The air purifier's fan makes a grinding noise and the filter light stays red from the first day of use, 14 January; video attached. Please refund me in full.",
    'video',
    [],
    'full_refund',
  ),
  // Product word 'cocktail'; missing strainer cap, $4 partial: ready.
  c(
    'r8e-60',
    'en',
    'The cocktail shaker set is missing the strainer cap, and the box was sealed, so I only found out when I opened it on 2 December. Photo of the contents attached. Please refund $4 for the missing cap.',
    'photo',
    [],
    'partial_refund',
    4,
  ),
  // Vague «не соответствует описанию»: missing_what only.
  c(
    'r8e-61',
    'ru',
    'Товар не соответствует описанию. Получила 3 мая, фото прикладываю. Прошу вернуть деньги.',
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // Concrete measured mismatch (280 vs 350 ml, мерный стакан); «разницы» with a sum of 150 ₽: ready.
  c(
    'r8e-62',
    'ru',
    'В описании кружки объём 350 мл, а в неё влезает ровно 280 — наливала мерным стаканом в день получения, 8 октября. Фото мерного стакана и кружки прикладываю. Прошу вернуть 150 рублей разницы.',
    'photo',
    [],
    'partial_refund',
    150,
  ),
  // Vague «брак, пользоваться невозможно»: missing_what; date and video present.
  c(
    'r8e-63v',
    'ru',
    'Пришёл брак, пользоваться невозможно. Заметил сразу при распаковке 21 ноября, видео есть, прикладываю. Требую замену.',
    'video',
    ['missing_what'],
    'exchange',
  ),
  // Concrete symptom in unusual words (burnt-plastic smell, blistered paint), Kyrgyz-Russian grammar: ready.
  c(
    'r8e-64',
    'ru',
    'Электрочайник когда кипятит, из-под крышки идёт запах горелой пластмассы и на дне вспухла краска пузырём. Это с первого раза, 2 февраля я включил. Фото дна прикрепил. Верните деньги мне.',
    'photo',
    [],
    'full_refund',
  ),
  // Concrete missing parts but no date or discovery circumstance: missing_when.
  c(
    'r8e-65',
    'ru',
    'Пришла настольная игра без кубиков и без половины фишек: в комплекте 8 фишек вместо 16. Фото содержимого коробки прикладываю. Прошу вернуть деньги.',
    'photo',
    ['missing_when'],
    'full_refund',
  ),
  // Non-receipt with elapsed time, no evidence named and no file: missing_evidence.
  c(
    'r8e-66',
    'ru',
    'Посылка так и не пришла, хотя оплатил 10 января, уже 75 дней жду. Верните деньги.',
    'none',
    ['missing_evidence'],
    'full_refund',
  ),
  // «Плохое качество» + bare «не работает»: missing_what; buyer wants to send it back: return.
  c(
    'r8e-67',
    'ru',
    'Плохое качество, зарядное устройство не работает. Получил 15 апреля. Фото прилагаю. Хочу вернуть товар и получить деньги.',
    'photo',
    ['missing_what'],
    'return',
  ),
  // Concrete missing bits (19 of 24), Georgian grammar; compensation «на ваше усмотрение»: partial_without_amount.
  c(
    'r8e-68v',
    'ru',
    'В наборе отвёрток должно быть 24 бита, а в кассете пустые гнёзда — насчитал 19, нет пяти звездочек. Открыл коробка 30 августа при курьере, видео снимал, прикрепил. Прошу компенсацию за недостающие, сумма на ваше усмотрение.',
    'video',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Vague «в таком виде»: missing_what.
  c(
    'r8e-69',
    'ru',
    'Я не могу принять товар в таком виде. Получен 9 июня, фото приложила. Прошу обмен.',
    'photo',
    ['missing_what'],
    'exchange',
  ),
  // Vague 'not as described': missing_what.
  c(
    'r8e-70',
    'en',
    'Item not as described. Received on 4 July, photos attached. Please give a full refund.',
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // Concrete measured mismatch (200×200 vs 220×240 cm) with a tape; return: ready.
  c(
    'r8e-71',
    'en',
    "The 'king size' duvet cover measures 200 × 200 cm with my tape measure, not the 220 × 240 cm in the listing, so it doesn't fit my duvet. I measured it the evening it arrived, 17 March; photos attached. Please arrange a return and refund.",
    'photo',
    [],
    'return',
  ),
  // Vague 'defective', no date: missing_what and missing_when.
  c(
    'r8e-72v',
    'en',
    'The product is defective. I have attached a video. Kindly refund.',
    'video',
    ['missing_what', 'missing_when'],
    'full_refund',
  ),
  // Non-receipt (Accra) with elapsed time and a passed delivery date, no evidence: missing_evidence.
  c(
    'r8e-73',
    'en',
    "My order of school shoes still hasn't reached me in Accra. I paid on 20 February, that's 58 days ago, and the estimated delivery date of 5 April has passed. Please refund me.",
    'none',
    ['missing_evidence'],
    'full_refund',
  ),
  // Concrete symptom in vivid words (wobbles 'like a drunk man' — about the fan, not a person), measured blade: ready.
  c(
    'r8e-74v',
    'en',
    "The ceiling fan wobbles like a drunk man at full speed and one blade is 2 cm shorter than the other four — I measured them when I fitted it on 9 May. Video and photos attached. I'd like a replacement fan.",
    'video',
    [],
    'exchange',
  ),
  // Latin look-alike letters x, y inside mat (xyйню) as a noun about the item: profanity only.
  c(
    'r8e-75',
    'ru',
    'Вместо беспроводной мыши прислали какую-то xyйню без сенсора — снизу просто гладкий пластик. Распаковал 2 марта, фото низа мыши приложил. Прошу вернуть деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Digit for a letter («Бл9») used as an interjection: profanity and emotional.
  c(
    'r8e-76v',
    'ru',
    'Бл9, ну сколько можно: третий по счёту кабель перестал заряжать телефон через два дня, 14 и 16 мая, штекер болтается в гнезде. Видео прикладываю. Верните деньги за все три кабеля.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Dropped vowels («нхй») telling the seller off in reply to a $2 coupon; no name-calling: profanity only; full refund.
  c(
    'r8e-77',
    'ru',
    'Идите нхй со своим купоном на 2 доллара. Рюкзак пришёл с порванным дном, дыра 10 см, видно на фото от 12 сентября, сделанном в день получения. Прошу полный возврат.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Masked vulgar word «г@вно» about the item: profanity only.
  c(
    'r8e-78',
    'ru',
    'Это не термокружка, а г@вно: чай остывает за 20 минут вместо заявленных 6 часов, проверил термометром 3 декабря, фото термометра прикладываю. Верните деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Seller's mat quoted as evidence (masked «на х*й»): quoted mat stays profanity.
  c(
    'r8e-79',
    'ru',
    'В переписке продавец ответил мне «иди на х*й, сама сломала», скриншот прикладываю. Сама проблема: у электросамоката не включается фара с первого дня, 7 июля, видео тоже есть. Прошу вернуть деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Greek epsilon in a mat name-calling word (εбанаты) aimed at the staff: profanity and insult.
  c(
    'r8e-80v',
    'ru',
    'На складе у вас одни εбанаты: электрогриль положили в коробку вверх ногами, ручка отломана, крышка в трещинах. Получил 25 января, видео распаковки прилагаю. Прошу вернуть полную стоимость.',
    'video',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // Leetspeak 'sh1t' as a noun about the item: profanity only.
  c(
    'r8e-81',
    'en',
    'This is absolute sh1t: the LED strip has 3 dead segments out of 10 right out of the box, which I saw when I opened it on 13 April. Photos attached. Refund please.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Masked 'f*ck' as an interjection: profanity and emotional.
  c(
    'r8e-82v',
    'en',
    "What the f*ck, the drone's left rear propeller spins backwards and it flips over on take-off every single time since I unboxed it on 1 June. Video attached. Full refund.",
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Sarcasm about honesty (scare quotes «по ошибке», «какие честные люди») with facts: accusation; 900 ₽.
  c(
    'r8e-83',
    'ru',
    'Уже третий раз ваш склад «по ошибке» кладёт в коробку на одну деталь меньше — какие честные люди. В этот раз у стеллажа нет двух полок из пяти, пересчитал при распаковке 19 марта, фото приложил. Прошу вернуть 900 рублей за недостающие полки.',
    'photo',
    ['accusation'],
    'partial_refund',
    900,
  ),
  // Fraud label «кидалы» (Kazakh voice) with a measured resolution: accusation, not insult.
  c(
    'r8e-84',
    'ru',
    'Вы кидалы, я так и знал. Заказал проектор Full HD, а у него реальное разрешение 854×480, проверил тестовым видео 6 июня в тот же день, скриншот настроек прикладываю. Верните деньги.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Intent accusation («нарочно отправляете кривые экземпляры в регионы»): accusation.
  c(
    'r8e-85',
    'ru',
    'Такое ощущение, что вы нарочно отправляете самые кривые экземпляры в регионы — до Якутска ведь никто возвращать не станет. Зеркало заднего вида пришло с трещиной по корпусу, вскрывал на почте 2 февраля, есть акт почты и фото. Прошу вернуть деньги.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // 'This is a con, plain and simple' with a tracking number as evidence: accusation.
  c(
    'r8e-86',
    'en',
    'This is a con, plain and simple. The tracking number you gave me, YT2412345678901, shows delivery in Bukit Panjang on 3 May, while I live in Tampines and nothing came to my door. Screenshot attached. Refund me in full.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Scare-quoted 'mistake' that 'happens an awful lot': sarcasm about honesty, accusation.
  c(
    'r8e-87',
    'en',
    "Your 'mistake' of sending an 8GB card instead of the 128GB one seems to happen an awful lot. H2testw showed 7.8 GB real capacity on 22 October; screenshot attached. Please refund the full amount.",
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // CAPS words and ?!!, !!! (tracking code is not CAPS): emotional.
  c(
    'r8e-88',
    'ru',
    'ГДЕ МОЯ ПОСЫЛКА?!! Оплатила 4 апреля, сегодня уже 2 июня, трек RB123456789CN не обновляется с 15 апреля, скрин прикладываю. Верните деньги!!!',
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // Affect words «расстроена и разочарована»: emotional.
  c(
    'r8e-89',
    'ru',
    'Я очень расстроена и разочарована: на свадьбу дочери заказала туфли 37 размера, пришли 35, на подошве так и написано. Получила 8 августа, фото подошвы приложила. Прошу срочно замену на 37.',
    'photo',
    ['emotional'],
    'exchange',
  ),
  // «Кошмар» and ??? : emotional; 1 200 ₽ partial.
  c(
    'r8e-90v',
    'ru',
    'Кошмар какой-то. Заказала три блока питания, а в посылке один — так было уже при вскрытии на почте 11 ноября, есть видео. Где остальные два??? Верните деньги за два блока, 1 200 рублей.',
    'video',
    ['emotional'],
    'partial_refund',
    1200,
  ),
  // 'so upset!!': emotional.
  c(
    'r8e-91',
    'en',
    "I am so upset!! I ordered the blue school bag for my son's first day and received a pink one with a broken zip pull. It came on 30 August, photos attached. Please send the blue bag.",
    'photo',
    ['emotional'],
    'exchange',
  ),
  // Sum in words («двести пятьдесят рублей»): partial_refund 250; ready.
  c(
    'r8e-92',
    'ru',
    'Прошу вернуть двести пятьдесят рублей за недостающую крышку: у контейнера для обедов нет одной из трёх крышек, обнаружила при распаковке 5 марта, фото приложила.',
    'photo',
    [],
    'partial_refund',
    250,
  ),
  // Reply declining to send the item back; «разницу в цене» without a sum: partial_without_amount.
  c(
    'r8e-93',
    'ru',
    'На ваше предложение отправить футболку обратно отвечаю: вместо заявленного хлопка пришла синтетика, на бирке 100% полиэстер, это я увидел 2 ноября, когда достал из пакета, фото бирки приложил. Отправлять не буду, оставлю себе, если вернёте разницу в цене.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Reply to 'what do you want?': compensation of 30% (a percentage gives null): partial_without_amount.
  c(
    'r8e-94',
    'ru',
    'Вы спрашиваете, что я хочу. Монитор пришёл с одним битым пикселем в центре экрана, заметил при первом включении 13 января, фото прикрепил. Возвращать тяжело, прошу компенсацию 30% от стоимости.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // 'refund half' without a sum: partial_without_amount.
  c(
    'r8e-95',
    'en',
    "The set was supposed to have 12 glass jars and I got 6 — I counted them when I opened the box on 15 January, photo attached. I'll keep these if you refund half.",
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Reply declining a refund ('I don't need a refund, just send the remote'): exchange; ready.
  c(
    'r8e-96',
    'en',
    "To answer your question: I don't need a refund, just send the remote control. The TV box arrived without it; the slot in the box was empty when I opened it on 4 March, photo attached.",
    'photo',
    [],
    'exchange',
  ),
  // «Фото прикладываю» but no file in the form: evidence_not_attached.
  c(
    'r8e-97',
    'ru',
    'Лампа пришла с разбитым плафоном, увидела при распаковке 7 апреля. Фото прикладываю. Прошу вернуть деньги.',
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // 'Video attached' but no file: evidence_not_attached.
  c(
    'r8e-98',
    'en',
    'The left earbud has had no sound at all since the day it arrived, 12 May. Video attached. Please refund me in full.',
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // Whitespace only: empty_text.
  c('r8e-99', 'ru', ' \n ', 'none', ['empty_text'], 'none'),
  // Three words with ??? : non-receipt named, but emotional, no when, evidence or request; too_short.
  c(
    'r8e-100',
    'ru',
    'Где мой заказ???',
    'none',
    ['emotional', 'missing_when', 'missing_evidence', 'missing_resolution', 'too_short'],
    'none',
  ),
];
