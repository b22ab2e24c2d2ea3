import { labelled as c, type CorpusCase } from './types';

/**
 * Round twelve, hold-out set m: an adversarial tester who knows buyers' tricks, writing innocent texts full of
 * look-alike traps (quoted seller messages, product, brand and place names, lawful escalation stated firmly) and rude
 * texts that avoid obvious words (disguises, condescension, polite menace, sarcasm about honesty), in Russian and
 * American English. Written by a hand that has not read the analyzer's rules or other corpus files; labels follow
 * analyzer-notes.md section 1 and the README's labelling decisions.
 *
 * Choices where the definitions were silent:
 * - A phrase like «это не угроза, а порядок действий» before lawful steps (support, consumer agency, review) is innocent.
 * - «как вы специально просили» (the seller asked for something specifically) is not an accusation: no label of intent.
 * - Words and names with a rude-looking piece (бляха ремня, сучок в доске, сабля, хлебопечка, Мандаринка, Хуэйчжоу,
 *   Cockeysville, Middlesex, Assassin's Creed, Titmouse, Shih Tzu, "killer price") are innocent.
 * - Mat about the item in a question («что за х у й н ю вы продаёте») is `profanity` only; as an interjection it is
 *   also `emotional`; at people (including a single mocking question) it is `profanity` and `insult`.
 * - A vulgar word about the item (г0вно) is `profanity`.
 * - "WTF" and a spaced "f u c k" used as interjections are `profanity` and `emotional`.
 * - A mocking question about who packed the order («трактористы из колхоза»), «у вас там все дома?» and
 *   "Sherlock" after the seller's advice are insults at people.
 * - Mentioning the seller's wife or daughter by way of their address or social media, or an ominous health wish, is a
 *   veiled threat; "warehouses sometimes burn" after «не советую меня злить» is a threat.
 * - A seller's threat or insult quoted by the buyer is not the buyer's; quoted masked mat is still `profanity`.
 * - A text that says a photo is attached when the form has none gets only `evidence_not_attached`.
 * - «Требую компенсацию» and "refund 30%" are partial refunds without a sum; «двести восемьдесят рублей» is 280.
 * - «Получила 5 мая» next to a defect counts as "when"; a word in Latin caps plus a second caps word is shouting.
 * - «Где мой заказ?» with no other ask is `none`; a declined refund followed by "send the part" is an exchange.
 */
export const ROUND12_HOLDOUT_M: CorpusCase[] = [
  // Seller's insult quoted as evidence after «ответил»; the buyer's own text is complete and calm.
  c(
    'r12m-01',
    'ru',
    'Здравствуйте. Заказала настольную лампу на прищепке. 12 апреля при распаковке увидела, что плафон треснул у основания: трещина около 3 см, плафон шатается. Написала продавцу, он ответил дословно: «сами вы криворукие, у нас всё уходит целым». Скриншот переписки и фото трещины прикладываю. Прошу вернуть полную стоимость — 1 870 ₽.',
    'photo',
    [],
    'full_refund',
  ),
  // Non-receipt from Huizhou with a tracking number in the text; a chargeback announced is a lawful step.
  c(
    'r12m-02',
    'ru',
    'Добрый день. Заказ оплачен 2 февраля, трек-номер LP00512345678901. Последний статус от 9 февраля: «Покинул сортировочный центр, Хуэйчжоу», после этого 47 дней без движения, посылку я так и не получила. Срок доставки по заказу истёк 20 марта. Прошу вернуть деньги. Если спор не решится, я подам в банк заявление на возврат платежа (chargeback) — сообщаю об этом заранее.',
    'none',
    [],
    'full_refund',
  ),
  // «Хлебопечка», «потребляет» hold rude-looking pieces; wattage mismatch measured, photo, exchange.
  c(
    'r12m-03',
    'ru',
    'Хлебопечка потребляет 1 150 Вт, хотя в карточке и на коробке указано 550 Вт. Замерил ваттметром в первый же вечер, 3 марта: при замесе выбивает автомат на кухне. Фото ваттметра с показаниями прикладываю. Прошу заменить на исправный экземпляр с заявленной мощностью.',
    'photo',
    [],
    'exchange',
  ),
  // «бляха» is a belt buckle; colour mismatch, post-office opening, partial 350.
  c(
    'r12m-04',
    'ru',
    'Ремень кожаный, 110 см. В карточке бляха латунная, золотистая, а пришла серебристая, и покрытие на ней облезает. Заметила при вскрытии на почте 18.05. Фото бляхи рядом со скрином карточки прилагаю. Ремень оставлю себе, прошу частичный возврат 350 рублей.',
    'photo',
    [],
    'partial_refund',
    350,
  ),
  // «сучок» is a knot in wood; concrete hole, date, photo, refund.
  c(
    'r12m-05',
    'ru',
    'Разделочная доска из бука 40×25 см. Посередине выпал сучок, осталась сквозная дыра диаметром около 1 см — обнаружил при первом мытье, 7 июня. В описании сказано «массив без сучков и трещин». Фото с линейкой прилагаю. Прошу вернуть деньги, 640 ₽.',
    'photo',
    [],
    'full_refund',
  ),
  // Firm third appeal listing lawful steps, explicitly not a threat; complete.
  c(
    'r12m-06',
    'ru',
    'Это моё третье обращение по этому заказу, поэтому пишу подробно и по пунктам.\n1) Робот-пылесос перестал заряжаться на второй неделе использования: с 10 октября индикатор на базе мигает красным, аккумулятор не набирает больше 8%.\n2) Я сделал всё, что советовал продавец: протёр контакты, перезагрузил базу, включал в другую розетку. На видео видно, что робот стоит на базе, а заряд не растёт.\n3) Продавец дважды предлагал «подождать обновления», но сроков не назвал.\nПрошу вернуть полную стоимость — 14 990 ₽. Если решения не будет, я передам спор в поддержку AliExpress, подам жалобу в Роспотребнадзор и опишу ситуацию в отзыве с фотографиями. Это не угроза, а порядок действий, который предусмотрен правилами площадки.',
    'video',
    [],
    'full_refund',
  ),
  // Negated accusation («не думаю, что специально»); facts with weight; partial 780.
  c(
    'r12m-07',
    'ru',
    'Не думаю, что вы сделали это специально, скорее ошиблись на складе: вместо 3 упаковок фильтров для кувшина пришла 1. Посылку вскрыл на почте 22 ноября, вес в накладной 0,3 кг вместо 0,9 кг. Фото коробки и накладной прилагаю. Прошу компенсацию за две недостающие упаковки — 780 ₽.',
    'photo',
    [],
    'partial_refund',
    780,
  ),
  // Transliterated Russian, plain and complete: size mismatch measured, exchange.
  c(
    'r12m-08',
    'ru',
    'Zdravstvuyte. Zakazala chehol dlya chemodana razmera M, a prishel razmer S: na birke S, izmerila — 52 sm vmesto 65 sm. Obnaruzhila pri raspakovke 14 iyulya. Foto birki i zamera prilagayu. Proshu obmen na razmer M.',
    'photo',
    [],
    'exchange',
  ),
  // Product name «Мандаринка» holds a rude-looking root; symptom, date, video, exchange.
  c(
    'r12m-09',
    'ru',
    'Гирлянда «Мандаринка», 10 м: вторая половина, примерно 5 м, не горит с первого включения 28 декабря, первая половина работает во всех режимах. Видео прилагаю. Прошу прислать замену.',
    'video',
    [],
    'exchange',
  ),
  // Seller's threat quoted as evidence, reported to support; buyer offers to send the scooter back.
  c(
    'r12m-10',
    'ru',
    'Детский самокат: ось переднего колеса погнута, колесо трётся о вилку и не крутится. Заметили сразу при сборке, 9 сентября. Когда я написала об этом, продавец ответил: «откроете спор — пожалеете, мы знаем, как таких найти». Я сохранила скриншот и сообщила в поддержку. Фото оси и скриншот прикладываю. Готова отправить самокат обратно, прошу вернуть деньги после возврата.',
    'photo',
    [],
    'return',
  ),
  // Police report and post-office certificate are lawful; non-receipt with tracking, photo.
  c(
    'r12m-11',
    'ru',
    'Посылка не получена. По отслеживанию 3 ноября стоит статус «Вручено адресату», трек RB482913576CN, но я её не получала, подпись в извещении не моя. На почте выдали справку, что вручение оформлено ошибочно, также я подала заявление в полицию. Фото справки и талона-уведомления прикладываю. Прошу вернуть деньги за заказ, 3 240 ₽.',
    'photo',
    [],
    'full_refund',
  ),
  // Honest review and court under consumer law are lawful; complete.
  c(
    'r12m-12',
    'ru',
    'Электрическая зубная щётка через месяц использования (с 5 августа) перестала держать заряд: после полной зарядки выключается через 40 секунд работы. Видео с таймером прилагаю. Прошу вернуть 2 300 ₽. Если спор закроют без решения, я оставлю честный отзыв и при необходимости обращусь в суд по закону о защите прав потребителей.',
    'video',
    [],
    'full_refund',
  ),
  // «сабля» holds «бля»; a declined remedy (glue it) then an exchange.
  c(
    'r12m-13',
    'ru',
    'Сувенирная сабля — нож для бумаги: ножны треснули по шву, трещина 8 см, видно было сразу при распаковке 2 декабря. Продавец предложил подклеить самим, но это подарок, клеить его я не буду. Прошу обмен на целый экземпляр. Фото трещины прилагаю.',
    'photo',
    [],
    'exchange',
  ),
  // Plain good text: measured temperature vs listing, partial 450.
  c(
    'r12m-14',
    'ru',
    'Термос 0,75 л не держит тепло: кипяток через 3 часа остывает до 40 °C, в описании заявлено 12 часов. Замерила кухонным термометром 16 января, на следующий день после получения. Фото термометра приложила. Прошу частичный возврат 450 ₽.',
    'photo',
    [],
    'partial_refund',
    450,
  ),
  // «как вы специально просили» is not an accusation; chips on a comb, video, exchange.
  c(
    'r12m-15',
    'ru',
    'Гребень для волос из рога: у 6 зубцов сколы по краю, ими цепляет и рвёт волосы. Заметила при первом же использовании 21 апреля. Как вы специально просили в чате, сняла видео при дневном свете, крупным планом. Прошу обмен на целый гребень.',
    'video',
    [],
    'exchange',
  ),
  // Sum in words: двести восемьдесят рублей = 280.
  c(
    'r12m-16',
    'ru',
    'Набор крючков для ванной: в комплекте 6 крючков вместо 10, вскрыла коробку 3 марта. Фото содержимого прилагаю. Прошу частичный возврат — двести восемьдесят рублей за четыре недостающих.',
    'photo',
    [],
    'partial_refund',
    280,
  ),
  // Refund declined, missing lid requested: exchange.
  c(
    'r12m-17',
    'ru',
    'Деньги возвращать не нужно. В коробке с блендером не оказалось крышки для чаши на 1,5 л — проверили при распаковке 2 августа, в списке комплектации она есть. Фото содержимого коробки прикладываю. Пришлите, пожалуйста, недостающую крышку.',
    'photo',
    [],
    'exchange',
  ),
  // Decimal comma in euros: 3,50 € = 3.5.
  c(
    'r12m-18',
    'ru',
    'Живу в Германии, заказывала прищепки для белья, 40 шт. Пришло 28, пересчитала 15.01 при распаковке. Фото прилагаю. Прошу компенсацию за 12 недостающих — 3,50 €.',
    'photo',
    [],
    'partial_refund',
    3.5,
  ),
  // Spaced mat in a question about the goods: profanity only.
  c(
    'r12m-19',
    'ru',
    'Автомобильный пылесос: на первом же запуске, 3 апреля, через 5 минут из корпуса пошёл дым и запах горелой проводки. Видео приложил. Что за х у й н ю вы продаёте? Верните деньги.',
    'video',
    ['profanity'],
    'full_refund',
  ),
  // Mat with Latin look-alike letters about the sneakers: profanity.
  c(
    'r12m-20',
    'ru',
    'Третий раз пишу. Эти eбaные кроссовки развалились через неделю: 12 мая подошва отклеилась на обоих носках. Фото приложил. Верните деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Digit for a letter in mat used as an interjection: profanity and emotional.
  c(
    'r12m-21',
    'ru',
    'Рюкзак пришёл порванный: левая лямка оторвана вместе с куском ткани, пи3дец просто. Получил 20.06, фото прикладываю. Хочу обмен на целый рюкзак.',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // Vowel-less mat plus shock and !!!; non-receipt with tracking mentioned.
  c(
    'r12m-22',
    'ru',
    'Я в шоке, пздц!!! 52 дня жду посылку с пледом, трек не обновляется с 3 марта, в пункт выдачи ничего не поступало. Верните деньги.',
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Mat with Latin look-alikes in a single question at the seller: profanity and insult.
  c(
    'r12m-23',
    'ru',
    'Вы там совсем oxyeли? Вместо 5 метров светодиодной ленты прислали 2 метра, измерил рулеткой при получении 14.02. Фото рулетки приложил. Верните 900 рублей за недостающие 3 метра.',
    'photo',
    ['profanity', 'insult'],
    'partial_refund',
    900,
  ),
  // Condescension about the reader's intelligence, no swear word: insult.
  c(
    'r12m-24',
    'ru',
    'Объясняю в третий раз, медленно и по слогам, раз с первых двух до вашего склада не доходит: я заказывала босоножки размера 38, а пришли 36. На коробке и на подошве стоит 36 — это видно на фото. Обнаружила при распаковке 2 июня. Попросите кого-нибудь, кто умеет читать, открыть мой заказ и прислать правильный размер.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Mocking question likening the packers to collective-farm tractor drivers: insult.
  c(
    'r12m-25',
    'ru',
    'Ваза из стекла пришла разбитой на три части, в коробке не было ни плёнки, ни наполнителя. Вскрывала при сотруднике почты 9 января, всё на видео. Кто у вас упаковывает — трактористы из колхоза «Красный лапоть»? Прошу вернуть деньги.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // Sarcastic praise of the warehouse's work: insult.
  c(
    'r12m-26',
    'ru',
    'Снимаю шляпу перед профессионалами вашего склада: дозатор с жидким мылом отправили без колпачка, и половина литра вытекла в коробку. Высший пилотаж, так держать. Получила 30 октября, фото мокрой коробки прилагаю. Прошу вернуть 300 ₽ за вытекшее мыло.',
    'photo',
    ['insult'],
    'partial_refund',
    300,
  ),
  // Knowing the seller's home address and wife's name, wanting to talk to her in person: veiled threat.
  c(
    'r12m-27',
    'ru',
    'Складной стул: при первом же использовании, 4 августа, подломилась задняя ножка в месте заклёпки. Фото прилагаю. Прошу вернуть деньги. Кстати, ваш домашний адрес был на накладной возврата, а имя вашей жены есть в вашем профиле. Думаю, ей будет интересно пообщаться со мной лично.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "On purpose" label plus polite menace about warehouses burning: threat and accusation.
  c(
    'r12m-28',
    'ru',
    'Набор ножей: заявлено 5 штук, в коробке 3 — нет хлебного и овощного. Вскрывал при курьере 15.09, всё на видео. Вы специально недокладываете, я уже понял. Верните 1 100 ₽ за два ножа. Я человек спокойный, но очень не советую меня злить: склады, знаете ли, иногда горят.',
    'video',
    ['threat', 'accusation'],
    'partial_refund',
    1100,
  ),
  // Seller's masked mat quoted as evidence: still profanity.
  c(
    'r12m-29',
    'ru',
    'Детские резиновые сапоги протекают по шву на левом сапоге, обнаружили на первой прогулке 2 октября. Когда я написала продавцу, он ответил: «иди на х**, сапоги нормальные». Скриншот и фото шва прикладываю. Готова вернуть сапоги, прошу вернуть деньги.',
    'photo',
    ['profanity'],
    'return',
  ),
  // Translit mat: interjection plus name-calling at the seller.
  c(
    'r12m-30',
    'ru',
    'blyat, skolko mozhno zhdat. Posylka s kovrikom idet uzhe 60 dney, trek ne obnovlyaetsya s 1 iyunya. Verni dengi, suka.',
    'none',
    ['profanity', 'insult', 'emotional'],
    'full_refund',
  ),
  // «у вас там все дома?» questions the staff's sanity: insult.
  c(
    'r12m-31',
    'ru',
    'Куртка пришла мокрая, со следами машинного масла на спине: три пятна по 2–4 см. Заметила при вскрытии пакета 25.11, фото в приложении. У вас там на складе все дома? Прошу замену на чистую куртку того же размера.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Publishing the seller's phone and address across town groups, plus «кидалы».
  c(
    'r12m-32',
    'ru',
    'Посылку жду 35 дней, трек-номер не отслеживается с момента отправки. Кидалы. Если к пятнице не вернёте деньги, ваши телефон, домашний адрес и фото выложу во все группы вашего города с подписью. Мне не сложно, я уже всё нашёл.',
    'none',
    ['threat', 'accusation'],
    'full_refund',
  ),
  // Masked mat name-calling at the staff with !!: profanity, insult, emotional.
  c(
    'r12m-33',
    'ru',
    'Вы там все д*лб@ёбы на складе?! Заказывала плед чёрный 150×200, пришёл бежевый 130×170, на бирке так и написано. Распаковала 7 февраля, фото бирки прилагаю. Меняйте на чёрный 150×200!!',
    'photo',
    ['profanity', 'insult', 'emotional'],
    'exchange',
  ),
  // Long, detailed and calm, but ends in an ominous wish about health: veiled threat.
  c(
    'r12m-34',
    'ru',
    'Здравствуйте. Пишу по заказу мини-стиральной машины на 4,5 кг. Получила её 11 сентября, в тот же вечер поставила первую стирку по инструкции: 20 литров воды, режим «стандарт», загрузка 2 кг. Примерно через 7 минут машина начала протекать снизу, из-под сливного шланга, вода растеклась по всей ванной. Я выключила машину, слила воду и осмотрела: хомут на сливном шланге не затянут, а сам шланг надорван у основания, трещина около 1,5 см. На видео видно и надрыв, и лужу, и то, что хомут болтается. Написала продавцу в тот же день, мне предложили «замотать изолентой», от замены отказались. Через три дня ответили, что это «повреждение при эксплуатации», хотя машина отработала 7 минут. Прошу вернуть полную стоимость, 6 480 ₽, машину готова передать курьеру. Надеюсь, мы решим вопрос спокойно. Здоровья вам и вашим близким — оно вам ещё понадобится, если и дальше будете так обращаться с покупателями. Вы понимаете, о чём я.',
    'video',
    ['threat'],
    'return',
  ),
  // Vulgar word with a digit for a letter, about the iron, plus «ужас»: profanity and emotional.
  c(
    'r12m-35',
    'ru',
    'Утюг: после первого использования 6 марта подошва покрылась ржавыми пятнами и оставляет коричневые следы на белом белье. Это не утюг, а г0вно, ужас просто. Фото подошвы и простыни прилагаю. Верните деньги.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Affect («плакала», «расстроена»), otherwise complete.
  c(
    'r12m-36',
    'ru',
    'Заказала платье дочке на выпускной. Пришло 13 мая, при распаковке увидели дырку на подоле около 2 см и затяжки рядом. Дочь плакала весь вечер, я очень расстроена. Фото прилагаю. Прошу вернуть деньги.',
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // Scare quotes around «случайно»: sarcasm about honesty is an accusation.
  c(
    'r12m-37',
    'ru',
    'Напольный вентилятор пришёл без пульта ДУ, хотя в описании и на коробке он указан. Вскрыла 6 июля, фото комплектации прилагаю. Ну конечно, пульт «случайно» забыли — у вас это уже третья «случайность» за год. Пришлите пульт.',
    'photo',
    ['accusation'],
    'exchange',
  ),
  // Vague: generic words only, no time, no evidence.
  c(
    'r12m-38',
    'ru',
    'Товар не соответствует описанию, качество плохое. Хочу вернуть деньги.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Concrete defect and photo, but no time or discovery moment.
  c(
    'r12m-39',
    'ru',
    'Кастрюля 24 см: антипригарное покрытие на дне отслаивается кусками, один кусок размером с монету. Фото прилагаю. Прошу замену.',
    'photo',
    ['missing_when'],
    'exchange',
  ),
  // Complete facts but only «что теперь делать?»: no request.
  c(
    'r12m-40',
    'ru',
    'Заказ пришёл 19 февраля. В коробке с пазлом на 1000 деталей не хватает примерно 40 штук — пересчитала в тот же день, разложив по 50. Фото разложенных деталей приложила. Что теперь делать?',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // «на ваше усмотрение»: partial refund without a sum.
  c(
    'r12m-41',
    'ru',
    'Шторы блэкаут пропускают свет: ткань просвечивает насквозь, видно силуэт окна, а в описании обещано 100% затемнение. Повесила 3 декабря, фото днём с задёрнутыми шторами прилагаю. Шторы оставлю, прошу частичную компенсацию на ваше усмотрение.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «верните разницу» with no sum.
  c(
    'r12m-42',
    'ru',
    'Заказывала набор кистей для рисования из 24 штук, пришло 18, пересчитала при распаковке 8.04. Фото набора прилагаю. Верните разницу.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Says a photo is attached but the form has no file.
  c(
    'r12m-43',
    'ru',
    'Коврик для йоги: толщина 4 мм вместо заявленных 8 мм, измерила штангенциркулем в день получения, 27 января. Фото замера прикладываю. Прошу вернуть полную стоимость, 1 200 ₽.',
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // Near-empty text.
  c('r12m-44', 'ru', 'ок', 'none', ['empty_text'], 'none'),
  // Fraud labels, !!, generalisation, nothing concrete.
  c(
    'r12m-45',
    'ru',
    'Вы мошенники!! Все продавцы на Али одинаковые, только и умеете что обманывать. Верните мои деньги.',
    'none',
    ['emotional', 'accusation', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // «классический развод» label next to real facts: accusation only.
  c(
    'r12m-46',
    'ru',
    'Это классический развод: на фото в карточке комод с 4 ящиками, а пришёл с 3, и по высоте он 78 см вместо 95 см. Собрали и замерили 20 августа. Фото комода и скрин карточки прилагаю. Прошу вернуть деньги.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Crying emoji, elapsed time, but no evidence and only «где мой заказ?».
  c(
    'r12m-47',
    'ru',
    'Где мой заказ? Оплатила 10 января, прошло уже 2 месяца 😭 Никто ничего не отвечает.',
    'none',
    ['emotional', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Receipt date next to a generic «не работает. Брак.»: only the what is missing.
  c(
    'r12m-48',
    'ru',
    'Получила 5 мая, фен не работает. Брак. Фото прилагаю. Замените.',
    'photo',
    ['missing_what'],
    'exchange',
  ),
  // Two caps words; «требую компенсацию» with no sum.
  c(
    'r12m-49',
    'ru',
    'Туристический коврик-матрас спускает за ночь: клапан пропускает воздух, проверила в первую же ночь в походе 12 июля, на видео пузыри у клапана в воде. Я ТРЕБУЮ КОМПЕНСАЦИЮ.',
    'video',
    ['emotional', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Place names with rude-looking pieces (Middlesex, Shih Tzu); size mismatch measured.
  c(
    'r12m-50',
    'en',
    'Shipping to Middlesex County, NJ. I ordered the Shih Tzu harness in size S and got an XL: the tag says XL and the chest strap measures 28 in. instead of the 14 in. in the size chart. Measured it when I unboxed it on March 9. Photos of the tag and tape measure attached. Please send the size S.',
    'photo',
    [],
    'exchange',
  ),
  // Seller's name-calling quoted as evidence after "replied".
  c(
    'r12m-51',
    'en',
    "The lid of the cocktail shaker leaks at the seam: about a tablespoon comes out with every shake, from the very first use on Aug 2. When I reported it, the seller replied: 'stop whining, you idiot, it works fine.' Screenshot of that chat and a photo of the seam are attached. I'm asking for a full refund.",
    'photo',
    [],
    'full_refund',
  ),
  // Long, firm lawful escalation (chargeback, FTC, attorney general, honest review): innocent.
  c(
    'r12m-52',
    'en',
    'I want to be direct so there is no misunderstanding. The 1500 W space heater I received on June 1 melted its own plug after two hours of use on June 3: the prongs are blackened and the plastic around them is deformed. The outlet is fine; I tested it with a lamp and had an electrician check it the next day. The photos attached show the plug, the outlet, and the rating label. This is a fire hazard, so I have stopped using the heater. Your chat agent offered a 10% coupon, which I decline. I am requesting a full refund of $64.99. If this is not resolved by June 30, I will file a chargeback with my credit card company, submit a complaint to the FTC and my state attorney general, and post an honest review with the same photos. I would much rather settle it here.',
    'photo',
    [],
    'full_refund',
  ),
  // "Assassin's Creed" holds a rude-looking piece; named sum for the difference.
  c(
    'r12m-53',
    'en',
    "Ordered the Assassin's Creed poster in 24x36 in. It arrived 18x24 with a crease right across the middle, which I saw when I unrolled it on Oct 12. Photos attached. Please refund the difference, $9.50.",
    'photo',
    [],
    'partial_refund',
    9.5,
  ),
  // "dead", "killer price", "zapper" are ordinary words; symptom, date, video.
  c(
    'r12m-54',
    'en',
    "The bug zapper was dead on arrival: no hum and the blue light never comes on. I tried two different outlets on July 7, the day it arrived; the video shows both. Killer price, so I'd still like it to work. Please send a replacement unit.",
    'video',
    [],
    'exchange',
  ),
  // Negated accusation ("not accusing you of doing this on purpose"); partial with decimals.
  c(
    'r12m-55',
    'en',
    "I'm not accusing you of doing this on purpose, it was probably a warehouse mix-up, but I received 2 packs of AA batteries instead of the 4 I paid for. I counted them when I opened the box on Feb 2, and the shipping label lists 0.2 kg instead of 0.4 kg. Photo attached. Please refund $6.80 for the two missing packs.",
    'photo',
    [],
    'partial_refund',
    6.8,
  ),
  // Police report and USPS letter are lawful steps; non-receipt with tracking and photo.
  c(
    'r12m-56',
    'en',
    "I never received this order. Tracking number UH038472915CN shows 'delivered to mailbox' on May 14, but nothing was in my mailbox, and my neighbors didn't get it either. The local USPS office gave me a letter saying the carrier scanned it at the wrong address. I also filed a police report. Photos of the letter and the report number are attached. Please refund my $38.",
    'photo',
    [],
    'full_refund',
  ),
  // "Titmouse" product name; sum in words.
  c(
    'r12m-57',
    'en',
    "The Titmouse bird feeder's perch snapped off on day three, April 19, when a single sparrow landed on it; the plastic is cracked at the joint. Photo attached. I'll keep the feeder and use it without the perch, so please refund twelve dollars.",
    'photo',
    [],
    'partial_refund',
    12,
  ),
  // Refund declined, correct colour asked for; "Cockeysville" is a place name.
  c(
    'r12m-58',
    'en',
    "I don't need a refund. The hoodie came in charcoal instead of the forest green I picked; I noticed when I opened the bag on Sept 4. A screenshot of my order is attached next to the photo of the tag. Please send the green one in size L to the same address in Cockeysville, MD.",
    'photo',
    [],
    'exchange',
  ),
  // Cyrillic look-alike letters in a swear word about the kettle: profanity.
  c(
    'r12m-59',
    'en',
    'The handle of this ѕhіtty kettle came off on the third boil, Jan 22, and hot water went all over the counter. Photo attached. Refund me.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Spaced swear word as an interjection: profanity and emotional.
  c(
    'r12m-60',
    'en',
    "f u c k, it's been 9 weeks. Tracking LP00938475610293 hasn't moved since Feb 10 and the order never arrived. Refund the $27.",
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Condescension: "I'll type slowly" at the reader.
  c(
    'r12m-61',
    'en',
    "I'll type this slowly since reading seems to be hard at your store. The bathroom scale reads 12 lb heavy: I checked it against a 10 lb dumbbell on Nov 3, right after it arrived, and it showed 22 lb. Photo attached. Please send a scale that works.",
    'photo',
    ['insult'],
    'exchange',
  ),
  // Questioning whether the staff finished third grade: insult.
  c(
    'r12m-62',
    'en',
    'The shoe rack came with 4 screws instead of the 12 listed in the manual; I found out while assembling it on March 28. Photo of the parts bag attached. Did anyone at your store make it past third grade math? Send the 8 missing screws.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Name-calling with an ordinary word ("bozos") at the packers.
  c(
    'r12m-63',
    'en',
    'I ordered 6 pairs of wool socks and got 1 pair. Opened the envelope on Dec 5, photo attached. Whatever bunch of bozos runs your packing room, please refund $10 for the 5 missing pairs.',
    'photo',
    ['insult'],
    'partial_refund',
    10,
  ),
  // Sarcastic praise of the packer's "genius": insult.
  c(
    'r12m-64',
    'en',
    'Gold star to whoever packed this. Truly a genius move to mail a glass teapot in a paper envelope with no padding. It arrived in pieces on Aug 17; the unboxing video is attached. Please refund the full $31.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // Knowing the home address and offering to stop by: veiled threat.
  c(
    'r12m-65',
    'en',
    "The desk organizer arrived with a split back panel, about 5 inches long; I saw it when I unpacked it on April 2. Photos attached. I want a refund. By the way, your home address was on the return label, and I'll be in Shenzhen next month. Maybe I'll stop by so we can discuss this face to face.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "Be a real shame if your warehouse caught fire": polite menace.
  c(
    'r12m-66',
    'en',
    "Second time you've sent the 32 oz bottle instead of the 64 oz one. Got it on Jan 9, photo of the label attached. Send the right size. Lovely storefront you have, by the way. It would be a real shame if your warehouse caught fire one night. Accidents happen.",
    'photo',
    ['threat'],
    'exchange',
  ),
  // Mentioning the seller's daughter and her school uniform: threat.
  c(
    'r12m-67',
    'en',
    "The ring light won't turn on: the switch clicks but nothing lights, checked on the day it came, Oct 21. Video attached. Refund me. I found your daughter's Instagram, by the way. Cute school uniform. Let's settle this quickly so we don't have to take it further.",
    'video',
    ['threat'],
    'full_refund',
  ),
  // Masked swear words, one at the staff, with caps and !!.
  c(
    'r12m-68',
    'en',
    "This is BULLSH*T!! The umbrella's frame snapped the first time I opened it, on May 2. Two ribs broke clean off. You a-holes owe me a refund.",
    'none',
    ['profanity', 'insult', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // Seller's masked swear word quoted as evidence: profanity even when quoted.
  c(
    'r12m-69',
    'en',
    "The yoga pants have a 3-inch split along the inner seam after the first wear on June 11. When I asked for help, the seller messaged me: 'f*** off, no refund.' Screenshot and photo of the seam attached. I will send the pants back; please refund me once they arrive.",
    'photo',
    ['profanity'],
    'return',
  ),
  // "WTF" as an interjection: profanity and emotional.
  c(
    'r12m-70',
    'en',
    'WTF is this? I ordered a 50 ft garden hose and got a 25 ft one, measured it on the lawn on May 20 when it came. Photo attached. Send the 50 ft hose.',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // "Sherlock" sarcasm at the support agent: insult.
  c(
    'r12m-71',
    'en',
    "Thanks for the brilliant tip to 'try plugging it in', Sherlock. Yes, it was plugged in. The aroma diffuser makes no mist at all: the light comes on, the fan hums, nothing comes out, since the first day, Feb 14. Video attached. Full refund, please.",
    'video',
    ['insult'],
    'full_refund',
  ),
  // "ridiculous", "worst": affect words, otherwise complete.
  c(
    'r12m-72',
    'en',
    "This is ridiculous. Worst purchase I've made this year. The standing desk's left leg motor stopped working on the fourth day, March 15, so the desk only rises on one side and tilts. Video attached. I want a full refund.",
    'video',
    ['emotional'],
    'full_refund',
  ),
  // Scare quotes around "mistake": sarcasm about honesty.
  c(
    'r12m-73',
    'en',
    "Another 'mistake': I paid for the stainless steel lunch box and got the plastic one, noticed the moment I opened the box on July 30. Funny how your mistakes always save you money. Photo attached. Please send the steel one.",
    'photo',
    ['accusation'],
    'exchange',
  ),
  // Vague: generic words only.
  c(
    'r12m-74',
    'en',
    'Item is defective and not as described. Very poor quality. I want my money back.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // "half" with no sum.
  c(
    'r12m-75',
    'en',
    "The picture frame's glass has a scratch across the corner, about 2 inches, which I saw when I unwrapped it on Nov 8. Photo attached. I'll keep it; please refund half.",
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Says a video is attached, but the form has no file.
  c(
    'r12m-76',
    'en',
    'The electric kettle shuts off before the water boils, every time, since the first use on Jan 4. See attached video. Please refund me.',
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // Complete facts, no ask at all.
  c(
    'r12m-77',
    'en',
    'Just letting you know the wall clock I got on Sept 2 runs about 10 minutes fast every day; I set it against my phone each morning for a week. Photo attached.',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // Near-empty text.
  c('r12m-78', 'en', 'ok', 'none', ['empty_text'], 'none'),
  // "Everyone knows this store cheats" label; no time or discovery moment.
  c(
    'r12m-79',
    'en',
    'Everyone knows this store cheats on sizes. The jeans are labeled 32 waist but measure 29 in. across the band, doubled. Photo with the tape attached. Please send a real 32.',
    'photo',
    ['accusation', 'missing_when'],
    'exchange',
  ),
  // "gutted" is affect; a percentage gives no sum.
  c(
    'r12m-80',
    'en',
    "Honestly gutted. The birthday banner letters arrived with 'HAPPY' misprinted as 'HAPYP', found it when I opened the pack on May 6, two days before the party. Photo attached. Please refund 30%.",
    'photo',
    ['emotional', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
];
