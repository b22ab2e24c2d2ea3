import { labelled as c, type CorpusCase } from './types';

/**
 * Round twenty-two, hold-out set P: buyers across the former USSR (Belarus, Ukraine, Kazakhstan, Uzbekistan, Armenia,
 * Georgia, Azerbaijan, Moldova) writing in Russian with trasianka, surzhyk and local words, or in school English.
 * Written by a hand that has not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md and
 * DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Obscene words of the neighbouring languages are mat like Russian mat: «курва» (Ukrainian/Belarusian), Armenian
 *   «кунем», Romanian "futu-i mama", Georgian «ყლეობა», Uzbek «далбаёб» (from долбоёб) are `profanity`.
 * - As an interjection («Шо за курва мать», «Ара, кунем, что за блендер!», "Suka, again…") they are also `emotional`;
 *   «ყლეობა» set against the item with no "!" is profanity only; «далбаёб» and «ё6нутые» at the seller are also
 *   `insult`.
 * - Regional name-calling aimed at the seller's people is `insult`: «ёлупни», «лайдакі» (Belarusian), «вири» (Georgian
 *   donkeys), «гиждыллах», «qoduqlar» (Azerbaijani), «ақымақтар» (Kazakh), "esh" (Armenian), «падлы».
 * - «3,14здабол» (a liar) said of the seller's manager is profanity, insult and, as a label for honesty, an accusation.
 * - A relative "who knows where your warehouse is" and may "visit", «заеду лично, поговорим по-мужски», greetings to the
 *   seller's daughter seen on the avatar, and a manager's family found on Facebook are threats.
 * - Address words and fillers (ара, брат-джан, генацвале, батоно, ака, Bună ziua, Сәлеметсіз бе) are neither rude nor
 *   emotional; local words and greetings do not change `lang` (majority Russian).
 * - Words and names with rude-looking pieces are innocent: бляха (belt plate), Херсон, Хуст, херес, Пизанская,
 *   скипидар, сучок, застрахуйте, колебалась, употреблять, оскорблять, блинница, Мудрак, Сукачёва, Херхеулидзе,
 *   Kuntsevich, Shitikova, shiitake, cocktail, cockatoo, Dickies.
 * - «Верните, будь ласка, гроші», «Гроші назад», "I want my money back" are full refunds; «пятьсот драм» is 500,
 *   «две тысячи тенге» is 2000, «1,50 $» is 1.5; «половину стоимости», «разницу в цене», «на ваше усмотрение» and
 *   "some compensation" are partial refunds without a sum.
 * - A text that names its evidence and has a file is complete on evidence; «Фото.» with a photo counts.
 */
export const ROUND22_HOLDOUT_P: CorpusCase[] = [
  // Belarusian buyer, belt plate «бляха» is an ordinary word; complete, exchange after declining money.
  c(
    'r22p-01',
    'ru',
    'Добры дзень. Заказывал ремень армейский с бляхой, получил на почте в Гродно 3 лютага (февраля). В описании бляха из нержавейки, а пришла латунная, уже потемневшая, и язычок крепления бляхи погнут — ремень не застёгивается. На фото видно изгиб и надпись «brass» на пакетике. Деньги не нужны, прошу замену на ремень с нормальной бляхой из нержавейки.',
    'photo',
    [],
    'exchange',
  ),
  // «курва мать» as a cry (profanity, emotional) and «ох*ели?» at the seller (insult).
  c(
    'r22p-02',
    'ru',
    'Шо за курва мать, третий раз пишу! Мангал складной пришёл без решётки и без двух ножек, получил на Новой Почте 9 травня, открыл сразу при работнике. Фото коробки и того, шо внутри, прикладываю. Вы там шо, совсем ох*ели? Верните гроші.',
    'photo',
    ['profanity', 'insult', 'emotional'],
    'full_refund',
  ),
  // Generic words only, no date, no evidence, "решите вопрос" is no request.
  c(
    'r22p-03',
    'ru',
    'Сәлеметсіз бе. Товар не соответствует описанию, качество плохое, брак. Решите вопрос, пожалуйста.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Херсон contains a rude-looking piece; complete full refund.
  c(
    'r22p-04',
    'ru',
    'Доброго дня. Я с Херсона, заказывала термокружку на 500 мл, серую. Получила 12.09 на Новой Почте, при распаковке увидела, что крышка не закручивается до конца: на резьбе скол, чай течёт по стенке, если наклонить. Видео распаковки прикладываю. Верните, будь ласка, гроші в полном объёме.',
    'video',
    [],
    'full_refund',
  ),
  // A brother who knows the warehouse and may "drop in for a talk": veiled threat.
  c(
    'r22p-05',
    'ru',
    'Продавец, у меня брат в Урумчи работает, адрес вашего склада он знает. Ковёр заказывала 2×3 м, пришёл 1,5×2,2 — измерила рулеткой 19 октября прямо в пункте выдачи в Павлодаре, фото с рулеткой прикладываю. Советую вернуть деньги по-хорошему, пока брат к вам не заехал поговорить.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «Я в шоке!!!» is emotional; otherwise complete.
  c(
    'r22p-06',
    'ru',
    'Я в шоке!!! Заказала дочке платье на выпускной, размер S, а пришло XL, и ещё на юбке жёлтое пятно. Получили 28 мая в Виннице, выпускной 20 червня. Фото бирки и пятна прикладываю. Срочно пришлите S без пятна, дуже прошу.',
    'photo',
    ['emotional'],
    'exchange',
  ),
  // «Пизанская башня» is a landmark; partial refund with a sum in сум.
  c(
    'r22p-07',
    'ru',
    'Ассалому алайкум. Заказала набор магнитов на холодильник «Италия», 12 штук. Пришло 10: нет Пизанской башни и Колизея. Посылку получила 20 апреля в Ташкенте, пересчитала при вскрытии, на фото все 10 магнитов и упаковочный лист, где указано 12 шт. Прошу частичный возврат за два магнита — 24 000 сум.',
    'photo',
    [],
    'partial_refund',
    24000,
  ),
  // Belarusian name-calling at warehouse staff (ёлупни, лайдакі): insult, no emotion markers.
  c(
    'r22p-08',
    'ru',
    'Ну вы и ёлупни на складе. Заказывала тапки-валенки 38 размера, прислали 43 — это ж умудриться надо так перепутать. Получила 2 снежня (декабря), померила дома сразу. Фото бирки с размером прикладываю. Меняйте на 38, лайдакі.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // «херес» is sherry; complete partial refund in лари.
  c(
    'r22p-09',
    'ru',
    'Гамарджоба. Набор бокалов для хереса, 6 шт. Получил посылку 5 марта в Батуми, при вскрытии два бокала оказались с отбитыми ножками, остальные четыре целые. Прилагаю фото осколков и коробки. Бокалы у вас всё равно хорошие, поэтому прошу компенсацию только за два разбитых — 38 лари.',
    'photo',
    [],
    'partial_refund',
    38,
  ),
  // Uzbek-Russian «далбаёб» at the seller: profanity and insult; tracking number is evidence.
  c(
    'r22p-10',
    'ru',
    'Эй далбаёб, где моя посылка? 50 дней жду, трек LP00298765432109 с 3 числа стоит на месте в Ташкенте. Деньги верни.',
    'none',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // «Вы специально» is a blanket accusation even with facts.
  c(
    'r22p-11',
    'ru',
    'Вы специально кладёте в посылку старые батарейки? Весы кухонные пришли 7 сакавіка (марта), батарейка внутри окисленная, весы не включаются. Поставила новую — на экране 0 и мигает, на гирю 500 г не реагируют. Видео с гирей прикладываю. Верните деньги.',
    'video',
    ['accusation'],
    'full_refund',
  ),
  // «скипидар» and the surname Кунцевич are innocent; missing parts sent again is an exchange.
  c(
    'r22p-12',
    'ru',
    'Добрый день. Получатель Кунцевич А. Заказывала набор для масляной живописи: 24 тюбика и скипидар 100 мл. Пришёл 17.01, флакон со скипидаром протёк в дороге, восемь тюбиков в пятнах, этикетки отклеились, коробка размокла. Фото прикладываю. Прошу выслать новый флакон скипидара и замену испорченных 8 тюбиков.',
    'photo',
    [],
    'exchange',
  ),
  // Georgian «вири» (donkeys) aimed at staff: insult.
  c(
    'r22p-13',
    'ru',
    'Слушайте, вы там вири (ослы, по-нашему) или что? Я два раза писал в чат: нужен чехол на iPhone 13, прислали на 13 Pro — вырез под камеру не совпадает, кнопки мимо. Получил 4 апреля в Кутаиси. Фото чехла на телефоне прикладываю. Пришлите правильный.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // «на ваше усмотрение»: partial refund without a sum.
  c(
    'r22p-14',
    'ru',
    'Ассалому алайкум. Покрывало на диван заказывали 2×2,2 м, пришло 1,8×2 м — измерили с мужем при получении 15 июля в Намангане. Фото с рулеткой прикладываю. Отправлять обратно долго и дорого, оставим себе. Прошу компенсацию на ваше усмотрение.',
    'photo',
    [],
    'partial_refund',
    null,
  ),
  // Long, firm and lawful (support, chargeback, honest review); surname Мудрак; tracking number in text.
  c(
    'r22p-15',
    'ru',
    'Добрый день. Получатель: Мудрак Ирина, Хмельницкий. Пишу по заказу от 4 июня — робот-пылесос с влажной уборкой, оплачено 3 899 грн. Посылка до меня так и не дошла. Трек-номер LP00561234567890, в отслеживании с 19 июня висит статус «Прибыло в сортировочный центр», дальше ничего. Сегодня 5 августа, прошло 62 дня с оплаты, срок доставки по заказу закончился 20 июля. Я дважды звонила на Укрпочту, там сказали, что такая посылка к ним не поступала, и выдали об этом справку — могу прислать по запросу. Продавцу писала 22 июня, 1 июля и 15 июля, ответа нет ни на одно сообщение. Я понимаю, что бывают задержки, но два месяца — это уже не задержка. Прошу полный возврат стоимости заказа. Если до конца недели вопрос не решится, я обращусь в поддержку AliExpress, затем оформлю chargeback через ПриватБанк и оставлю честный отзыв о том, как проходила доставка. Дякую.',
    'none',
    [],
    'full_refund',
  ),
  // Armenian mat «кунем» as a cry: profanity and emotional.
  c(
    'r22p-16',
    'ru',
    'Ара, кунем, что за блендер! На второй день, когда взбивал мацун для супа, из мотора пошёл дым и запахло горелым, больше не включается. Видео прикладываю. Верните деньги.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // «На фото видно» with no file: evidence not attached only.
  c(
    'r22p-17',
    'ru',
    'Гамарджоба. Кроссовки беговые, 42 размер. На второй пробежке, 6 октября, на правом кроссовке отклеился носок подошвы, сантиметра четыре. На фото видно. Прошу замену на новую пару.',
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // Baku slang «гиждыллах» and a mocking comparison with a donkey: insult; partial with a sum in манат.
  c(
    'r22p-18',
    'ru',
    'Ай гиждыллах, ты как упаковывал? Сервиз чайный на 6 персон пришёл 12 августа в Гянджу, 4 чашки вдребезги: коробка без пузырчатой плёнки, просто газетой переложено. Фото. Ишак и то лучше бы упаковал. Верните за 4 разбитые чашки 30 манат.',
    'photo',
    ['insult'],
    'partial_refund',
    30,
  ),
  // Plain good Armenian text with friendly fillers.
  c(
    'r22p-19',
    'ru',
    'Барев, брат-джан. Заказал джезве медную 350 мл, получил в Гюмри 9 октября. На второй день при варке кофе ручка зашаталась, а потом заклёпка вылетела совсем, кофе пролился на плиту. Видео, где ручка болтается, прикладываю. Пришлите, пожалуйста, новую джезве.',
    'video',
    [],
    'exchange',
  ),
  // Declines a return, asks for half: partial refund without a sum.
  c(
    'r22p-20',
    'ru',
    'Возврат товара мне не нужен — пересылать чемодан обратно в Китай дороже самого чемодана. Пришёл с треснутым углом и одним колесом, которое не крутится, заметила при получении в Ереване 3 декабря. Фото прикладываю. Верните половину стоимости.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Romanian mat as a cry; no evidence named, no file.
  c(
    'r22p-21',
    'ru',
    'Futu-i mama lor, опять! Куртку заказывала, а молния расходится снизу, бегунок сломан. Когда? Да сразу, как первый раз надела, 3 ноября. Верните деньги.',
    'none',
    ['profanity', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // «застрахуйте» is an ordinary verb; sending missing saucers is an exchange.
  c(
    'r22p-22',
    'ru',
    'Салам. Заказал стаканы армуды, 6 штук с блюдцами. Пришло 6 стаканов и только 4 блюдца. Посылку забрал 11.05 в Сумгаите, при вскрытии сразу пересчитал, фото прикладываю. Прошу дослать 2 блюдца. И в следующий раз застрахуйте, пожалуйста, посылку — всё-таки стекло.',
    'photo',
    [],
    'exchange',
  ),
  // Scare quotes around «случайно»: sarcasm about honesty.
  c(
    'r22p-23',
    'ru',
    'Ну конечно, «случайно» положили 2 лампочки вместо 10. Гирлянда-ретро на 10 ламп, пришёл провод и 2 лампы, получил 27 декабря в Баку, фото коробки и упаковочного листа прилагаю. Прошу дослать 8 недостающих лампочек.',
    'photo',
    ['accusation'],
    'exchange',
  ),
  // Long surzhyk text; the manager's family found on Facebook and a promise to post it: threat.
  c(
    'r22p-24',
    'ru',
    'Доброго вечора. Пишу вже в четвёртый раз, теперь по-другому. Сушилка для белья напольная, трёхъярусная, заказ от 2 березня. Получил 21 березня, собрал в тот же вечер, а на второй день сломалась защёлка, которая держит верхний ярус: пластик лопнул по шву, ярус падает вместе с мокрым бельём на пол. Фото защёлки и трещины прикладываю, там видно, что пластик тонкий, как яичная скорлупа. Я писал 23-го, 26-го и 30-го, каждый раз один ответ: «подождите, уточняем на складе». Хорошо. Я тоже кое-что уточнил. Знаю, как зовут вашего менеджера, нашёл его страничку в Фейсбуке, а там и жена, и дети, и город, где они живут, и даже школа. Если до пятницы не будет возврата денег за сушилку, выложу всё это в группы покупателей с подписью, кто он такой и как работает. Так что верните деньги, и разойдёмся мирно.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // A single two-letter word: empty text only.
  c('r22p-25', 'ru', 'Да.', 'none', ['empty_text'], 'none'),
  // Plain good Moldovan text.
  c(
    'r22p-26',
    'ru',
    'Bună ziua. Заказывала чехлы на стулья, 6 штук, цвет «серый графит». Пришли бежевые. Получила 22 августа в Кишинёве, при распаковке положила чехол рядом с картинкой из объявления на экране — на моём фото видна разница. Прошу обмен на серые.',
    'photo',
    [],
    'exchange',
  ),
  // Disguised mat set against the item with no "!": profanity only.
  c(
    'r22p-27',
    'ru',
    'Дзень добры. Сушилка для грыбов и ягод, 5 поддонов. На пятый день перестал крутиться вентилятор, греет только нижний поддон, а верхние остаются сырые. Сушилка эта — пиzдец, а не сушилка: на видео слышно, как вентилятор щёлкает и стоит. Прошу замену.',
    'video',
    ['profanity'],
    'exchange',
  ),
  // «До сих пор» is no time; no evidence.
  c(
    'r22p-28',
    'ru',
    'Заказывал электробритву с тремя головками. До сих пор не могу нормально побриться: одну из трёх головок заклинило, ножи в ней не вращаются, остальные две крутятся. Прошу замену, бо бритва новая.',
    'none',
    ['missing_when', 'missing_evidence'],
    'exchange',
  ),
  // «сучок» and the surname Сукачёва are innocent.
  c(
    'r22p-29',
    'ru',
    'Сәлеметсіз бе. Получатель Сукачёва Т., Шымкент. Доска разделочная дубовая 40×30, получила 7 декабря. При распаковке увидела, что сучок выпал и в доске сквозная дыра 1,5 см, через неё течёт вода. Фото с линейкой прикладываю. Прошу замену на доску без сучков.',
    'photo',
    [],
    'exchange',
  ),
  // «3,14здабол» (liar) at the manager: profanity, insult, accusation.
  c(
    'r22p-30',
    'ru',
    'Менеджер ваш — 3,14здабол. Обещал отправить новую мясорубку 10 дней назад, трека до сих пор нет. Напомню: шнек треснул при первом же включении 2 сентября, фото ещё раз прикладываю. Больше ничего не надо, верните деньги.',
    'photo',
    ['profanity', 'insult', 'accusation'],
    'full_refund',
  ),
  // «блинница» is a pancake maker; concrete but no request.
  c(
    'r22p-31',
    'ru',
    'Добры вечар. Получила 18 лістапада блинницу электрическую. После второй выпечки антипригарное покрытие вздулось пузырями, блины прилипают и рвутся. Фото прикладываю. Вот так вот, дзякуй.',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // Police report and consumer protection are lawful steps; complete non-receipt case.
  c(
    'r22p-32',
    'ru',
    'Здравствуйте. Заказ от 3 марта — детский самокат трёхколёсный. В отслеживании посылка значится «вручена адресату 28.03», но я её не получал. В пункте выдачи в Самарканде посылки нет, сотрудница посмотрела журнал и сказала, что её выдали 28 марта по чужой доверенности, подпись не моя. Я написал заявление в полицию и жалобу в Агентство по защите прав потребителей. Фото заявления с отметкой о приёме и скриншот отслеживания прикладываю. Прошу полный возврат стоимости самоката, поскольку товар до меня не дошёл.',
    'photo',
    [],
    'full_refund',
  ),
  // «для тех, кто в танке» talks down (insult); ДВА / ОДИН in capitals (emotional).
  c(
    'r22p-33',
    'ru',
    'Объясняю медленно, для тех, кто в танке: я заказала ДВА электрических чайника, пришёл ОДИН. Один. Посылку получила в Андижане 16 января, открыла при курьере. Фото упаковочного листа, где написано «2 pcs», прикладываю. Вышлите второй чайник.',
    'photo',
    ['insult', 'emotional'],
    'exchange',
  ),
  // «Очень расстроена» is affect; decimal comma sum 1,50 $.
  c(
    'r22p-34',
    'ru',
    'Очень расстроена. Набор кистей для макияжа на 12 штук, пришло 11 — нет веерной кисти. Получила 9 января, пересчитала при распаковке, фото всех кистей в чехле прилагаю. Верните, пожалуйста, 1,50 $ за недостающую кисть.',
    'photo',
    ['emotional'],
    'partial_refund',
    1.5,
  ),
  // Support and an honest review are lawful; complete exchange.
  c(
    'r22p-35',
    'ru',
    'Калі ласка, разберитесь. Сушилка для обуви электрическая: левая вставка греется, правая холодная совсем. Заметила 14 студзеня (января), в первый же вечер, когда сушила сыну ботинки. Видео с термометром на обеих вставках прикладываю. Прошу замену. Если решения не будет, обращусь в поддержку AliExpress и напишу отзыв как есть.',
    'video',
    [],
    'exchange',
  ),
  // Ominous proverb and "you wouldn't want anything to happen to your warehouse": threat.
  c(
    'r22p-36',
    'ru',
    'Батоно продавец, у нас говорят: гость от Бога. Но и обиду у нас помнят долго. Квадрокоптер пришёл без аккумулятора, вскрывал 21 мая при курьере в Тбилиси, всё на видео — прикладываю. Вы же не хотите, чтобы с вашим складом что-нибудь случилось? Пришлите аккумулятор.',
    'video',
    ['threat'],
    'exchange',
  ),
  // «Мошенники» is a label even next to measured facts.
  c(
    'r22p-37',
    'ru',
    'Мошенники вы, ака. Пауэрбанк на 20000 мАч, а USB-тестер после полной зарядки показал 4 800 мАч — замерял 2 мая, два цикла подряд. Скрин тестера прикладываю. Полный возврат.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Spaced mat as a cry plus «??»: profanity, emotional.
  c(
    'r22p-38',
    'ru',
    'Я уже месяц жду ответа, б л я т ь. Ботинки зимние, через неделю носки на левом отклеилась подошва, прямо на улице в Ванадзоре, в снег. Фото прикладываю третий раз. Сколько можно?? Верните деньги.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // «Кошмар» is affect; material mismatch named, but no time and no evidence.
  c(
    'r22p-39',
    'ru',
    'Кошмар какой-то. Куртка в описании «натуральная кожа», а это клеёнка на тканевой основе, на сгибе локтя уже трещит. Верните деньги, генацвале.',
    'none',
    ['emotional', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // School English, surname Kuntsevich is innocent; complete.
  c(
    'r22p-40',
    'en',
    'Hello. Parcel for Kuntsevich, Brest. I ordered garden hose 2 m with spray gun, it came on 6 May. The spray gun is leaking at the joint when the tap is open, and the hose is 1.5 m, not 2 m — I have measured with a tape. In the video you can see the leak and the tape. Please make a full refund.',
    'video',
    [],
    'full_refund',
  ),
  // Azerbaijani «qoduqlar» at staff (insult) and «мошенники» (accusation); carrier collects boxes: return.
  c(
    'r22p-41',
    'ru',
    'Третий раз присылаете не тот размер кроссовок: заказывал 44, сначала пришли 42, потом 41, теперь снова 42. Вы там qoduqlar сидите или просто мошенники? Фото всех трёх коробок с бирками прикладываю, последнюю получил 8 июля в Баку. Верните деньги, коробки заберёте сами.',
    'photo',
    ['insult', 'accusation'],
    'return',
  ),
  // Sum in words (пятьсот драм); no evidence.
  c(
    'r22p-42',
    'ru',
    'Заказал набор отвёрток на 32 биты, пришло 24 — пересчитал при получении 11 февраля. Прошу вернуть пятьсот драм за недостающие биты.',
    'none',
    ['missing_evidence'],
    'partial_refund',
    500,
  ),
  // Sarcastic praise of the packers: insult.
  c(
    'r22p-43',
    'ru',
    'Браво, гении упаковки! Торшер отправили без коробки, в одном пакете: абажур смят в гармошку, стойка погнута. Получила 30 января в Бельцах. Фото прикладываю. Прошу вернуть деньги.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Surname Shitikova and shiitake are innocent.
  c(
    'r22p-44',
    'en',
    'Hi, my name is Dana Shitikova, Almaty. I ordered a grow kit for shiitake mushrooms. The kit arrived on 2 October, the block was already dry and covered with green mould on one side, no white mycelium at all. Photos are attached. Please refund me in full.',
    'photo',
    [],
    'full_refund',
  ),
  // «Все вы, продавцы, одинаковые — лишь бы впарить» is a blanket accusation; otherwise complete.
  c(
    'r22p-45',
    'ru',
    'Все вы, продавцы с Али, одинаковые — лишь бы впарить. Термос на 1 литр, стальной, в описании крупно «держит тепло 24 часа». Брал специально в дорогу, ездим с семьёй в Шеки к родственникам, шесть часов на машине. Проверил дома 4 ноября, перед поездкой: в 8 утра залил крутой кипяток до горлышка, плотно закрутил крышку, поставил на стол. В 10:00 открыл — чай еле тёплый, термометр показал 43 градуса, к обеду совсем холодный, 28. Для сравнения налил кипяток в старый термос от бабушки — в 10:00 там было 86. Крышка, похоже, не держит: силиконовое кольцо тонкое и болтается, при наклоне капает. Фото термометра в обоих термосах и фото кольца прикладываю. Верните деньги, такой термос мне не нужен.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // «ё6нутые» (digit for a letter) at the seller: profanity and insult; Хуст is a town.
  c(
    'r22p-46',
    'ru',
    'Вы там ё6нутые? Удочку заказывал 3 м, пришла 2,1 м, и в сложенном виде 40 см, а не 60. Рулеткой замерял при получении на почте в Хусте 5 червня. Фото. Гроші назад.',
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // "cocktail" is innocent; sending missing parts is an exchange.
  c(
    'r22p-47',
    'en',
    'Good day. I bought a cocktail shaker set: shaker, jigger and strainer. Received 18 July in Lviv. The strainer is missing in the box and the shaker lid does not close tight, it leaks when I shake. Photo is attached. Please send the strainer and a new lid.',
    'photo',
    [],
    'exchange',
  ),
  // One capitalised word is no shouting; "the difference" without a sum.
  c(
    'r22p-48',
    'ru',
    'Платила за простыни «100% хлопок», а на бирке ПОЛИЭСТЕР 65%. Получила 19.03 в Кишинёве, фото бирки прикладываю. Верните разницу в цене, мулцумеск.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Kazakh «ақымақтар» (fools) at the seller: insult; no evidence.
  c(
    'r22p-49',
    'ru',
    'Вы что, ақымақтар? Я два раза писала продавцу: цвет нужен бирюзовый. Прислали пуховик ярко-синий. Получила 10 ноября в Астане. Поменяйте на бирюзовый.',
    'none',
    ['insult', 'missing_evidence'],
    'exchange',
  ),
  // "disappointed" is affect.
  c(
    'r22p-50',
    'en',
    'Really disappointed. The snow shovel handle snapped the first time I used it, 10 January, on wet snow, not even ice. Photos are attached. Please send full refund.',
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // Greetings to the seller's daughter from the avatar: veiled threat; no time, no evidence.
  c(
    'r22p-51',
    'ru',
    'Я знаю, что магазин у вас семейный, на аватарке ваша дочка с бантиком. Передайте ей от меня привет. Вместо фена в коробке пришла пустая упаковка. Верните деньги. Если нет — будем разговаривать по-другому.',
    'none',
    ['threat', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Seller's insult quoted as evidence is not the buyer's.
  c(
    'r22p-52',
    'en',
    "Seller wrote me in chat: 'you are stupid, read the description'. Screenshot is attached. The description says 'waterproof'. The rain jacket was soaked through after 10 minutes of light rain on the first day I wore it, 12 April. I ask for a full refund.",
    'photo',
    [],
    'full_refund',
  ),
  // "Classic scam" is an accusation; no evidence.
  c(
    'r22p-53',
    'en',
    'Classic scam. Listing shows a pack of 6 pairs of socks, I got 2 pairs, opened it on 3 November. Send the other 4 pairs.',
    'none',
    ['accusation', 'missing_evidence'],
    'exchange',
  ),
  // «Курва» as a cry, «падлы» at people: profanity, insult, emotional.
  c(
    'r22p-54',
    'ru',
    'Курва, падлы, сколько можно? Пятый раз пишу. Шипованные покрышки 26" на велосипед так и не пришли, 74 дня с оплаты, трек LP00311223344556 молчит с 1 снежня. Верните деньги.',
    'none',
    ['profanity', 'insult', 'emotional'],
    'full_refund',
  ),
  // Chargeback and support are lawful; tracking number is evidence.
  c(
    'r22p-55',
    'en',
    "Good afternoon. Order from 15 January: electric kettle 1.7 L. It was not delivered. Tracking LP00412345678901 shows 'returned to sender' since 2 February, nobody asked me about it. I have already written to AliExpress support. If refund is not made in 7 days, I will file a chargeback with my bank in Yerevan. Please make a full refund.",
    'none',
    [],
    'full_refund',
  ),
  // Georgian obscene word set against the item with no "!": profanity only.
  c(
    'r22p-56',
    'ru',
    'Это не обогреватель, а ყლეობა: на третий день начал потрескивать внутри и пахнуть горелой проводкой, я его выключила и больше не включаю. Видео с треском прикладываю. Прошу полный возврат.',
    'video',
    ['profanity'],
    'full_refund',
  ),
  // Vague: generic words, "what should I do?" is no request.
  c(
    'r22p-57',
    'en',
    'Not as described. Junk. What should I do?',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // "cockatoo" is innocent; partial refund with a sum.
  c(
    'r22p-58',
    'en',
    'Hello. I ordered bird cage 60 cm for my cockatoo. It arrived on 3 March to Ganja. The door hinge is broken and two bars are bent, the bird can squeeze out. Please see the photos. Please refund 15 $ for the broken door, I will repair it myself.',
    'photo',
    [],
    'partial_refund',
    15,
  ),
  // A personal visit "to talk man to man": threat.
  c(
    'r22p-59',
    'ru',
    'Я в Иу бываю каждый месяц по работе, адрес вашего склада есть на накладной. Бензопила пришла с треснутой ручкой, цепь слетает на холостых — увидел 14 квітня при первом запуске, фото ручки прикладываю. Верните гроші. Не вернёте — заеду лично, поговорим по-мужски.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "came with" gives no time; "some compensation" has no sum.
  c(
    'r22p-60',
    'en',
    'Hello from Bukhara. The baby stroller came with one front wheel cracked, it wobbles when we walk. Photo attached. I want some compensation for this.',
    'photo',
    ['missing_when', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "cheap junk" judges the product: neither rude nor emotional; complete.
  c(
    'r22p-61',
    'en',
    'Desk fan, bought for 340 lei. From the third day it makes grinding noise on speed 2 and 3, and the clip of the blade guard snapped when I was cleaning it. Honestly, cheap junk. Video attached. Please refund the full price.',
    'video',
    [],
    'full_refund',
  ),
  // Masked profanity as an adjective before the item: profanity and emotional.
  c(
    'r22p-62',
    'en',
    'This f*cking kettle leaks from the bottom seam since the first day, I got it 4 March in Gomel. Video attached. I want my money back.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Says a screenshot is attached, the form has no file.
  c(
    'r22p-63',
    'en',
    'Parcel not received, 45 days after payment. Screenshot of tracking is attached. Please refund.',
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // «употреблять» is an ordinary word; complete.
  c(
    'r22p-64',
    'ru',
    'Заказала чай молочный улун 250 г. Пришёл 8 июля, на пакете написано «употреблять до 03.2024», то есть срок вышел 4 месяца назад, и чай пахнет сыростью. Фото этикетки прикладываю. Прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // "small words so your team can follow" and words cut for the reader: insult.
  c(
    'r22p-65',
    'en',
    'I will use small words so your team can follow. Lamp. Does. Not. Turn. On. Switch clicks and nothing. From the first day, received 11 June in Almaty. I tried a new bulb, the same. Video attached. Send a new lamp.',
    'video',
    ['insult'],
    'exchange',
  ),
  // "What great honesty" is sarcasm about honesty; partial with a sum.
  c(
    'r22p-66',
    'en',
    "What great honesty: the 'genuine leather' wallet peels like paper after one week in my pocket. Photo attached. Refund 10 $ and I keep it.",
    'photo',
    ['accusation'],
    'partial_refund',
    10,
  ),
  // Sum in words (две тысячи тенге); complete.
  c(
    'r22p-67',
    'ru',
    'Заказал комплект постельного белья евро. Наволочки в описании 70×70, пришли 50×70 — измерил рулеткой при распаковке 14 февраля в Актобе. Фото с рулеткой прикладываю. Бельё оставлю, прошу компенсацию две тысячи тенге.',
    'photo',
    [],
    'partial_refund',
    2000,
  ),
  // "idiots" at staff (insult) and spaced profanity judging the item (profanity).
  c(
    'r22p-68',
    'en',
    'Are you idiots? Third time I send photos. Inner pot of rice cooker loses coating after 5 uses, black pieces in plov. This is s h i t quality. Photo attached again. Full refund.',
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // Shouting in capitals; no request.
  c(
    'r22p-69',
    'en',
    'THIS IS UNACCEPTABLE. Electric heater switched off by itself after 20 minutes on the first evening, 14 December, and now it does not turn on, only the red light blinks. Video attached.',
    'video',
    ['emotional', 'missing_resolution'],
    'none',
  ),
  // Surname Херхеулидзе is innocent; a missing/faulty part sent again is an exchange.
  c(
    'r22p-70',
    'ru',
    'Получатель — Херхеулидзе Н., Тбилиси. Чайник со свистком 3 л пришёл 25.11. Свисток не свистит: отверстие внутри залито эмалью, видно на фото. Сам чайник в порядке, прошу прислать новый свисток.',
    'photo',
    [],
    'exchange',
  ),
  // A cousin who knows the warehouse, "it would be a shame": threat.
  c(
    'r22p-71',
    'en',
    'I have a cousin in Guangzhou, he is not so patient like me. He knows where is your warehouse. It would be a shame if he must visit you. The suitcase arrived on 9 September with broken wheel and torn handle, photos attached. Refund me in full.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «колебалась» is an ordinary verb; complete.
  c(
    'r22p-72',
    'ru',
    'Долго колебалась, брать ли этот набор сковородок (20, 24 и 28 см). Получила в Фергане 6 июня, после первой же жарки на сковороде 24 см покрытие вздулось пузырями и начало отслаиваться. Фото прикладываю. Прошу замену этой сковороды.',
    'photo',
    [],
    'exchange',
  ),
  // Armenian "esh" (donkey) at the seller and "scammers".
  c(
    'r22p-73',
    'en',
    'You are esh (donkey, in Armenian) and scammers. I paid for 128 GB memory card, H2testw shows only 14 GB real. Screenshot attached. Full refund.',
    'photo',
    ['insult', 'accusation'],
    'full_refund',
  ),
  // «оскорблять» is an ordinary verb; sending the grill back for the money is a return.
  c(
    'r22p-74',
    'ru',
    'Bună ziua. Не хочу никого оскорблять, но ответ «это нормально» мне не подходит: электрогриль через 9 дней перестал греть нижней пластиной, верхняя горячая. Видео с термощупом прикладываю. Прошу вернуть деньги, гриль отправлю обратно за ваш счёт.',
    'video',
    [],
    'return',
  ),
  // "WTF" and "??" (profanity, emotional), masked "bullsh!t"; no evidence.
  c(
    'r22p-75',
    'en',
    "WTF is this?? I ordered cover for 3-seat sofa, got cover for armchair. Received 20 October. And your answer 'it will fit' is bullsh!t. Exchange it.",
    'none',
    ['profanity', 'emotional', 'missing_evidence'],
    'exchange',
  ),
  // Brand name Dickies is innocent; complete.
  c(
    'r22p-76',
    'en',
    'Hello, I am writing from Kokand. I ordered Dickies work trousers W32 L32. Received 1 September. Label says 32 but the waist is 88 cm, that is size 34-35, I measured with tape. Photo of tape attached. Please exchange to real 32.',
    'photo',
    [],
    'exchange',
  ),
  // Publishing the seller's name, city and photo: threat.
  c(
    'r22p-77',
    'en',
    'I found your real name and home city in the company registry. If you continue ignoring me, I will post them with your photo in every buyers group so people know who you are. Toaster: right slot does not heat from the second day. Video attached. Refund.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // Negated accusation is none; complete.
  c(
    'r22p-78',
    'en',
    "I am not saying you did it on purpose, but the bike pump you sent is only for Presta valves, and the listing says Schrader and Presta. I found this on 30 May when I tried to pump my son's tyre. Photo of the pump head is attached. Please exchange to the dual-head model.",
    'photo',
    [],
    'exchange',
  ),
  // Transliterated «suka» as a cry: profanity and emotional.
  c(
    'r22p-79',
    'en',
    'Suka, again wrong colour. Ordered beige curtains, got grey, opened the parcel on 2 February in Karaganda. Photo attached. Send beige ones.',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // The seller's «сама ты дура» quoted as evidence is not the buyer's insult; complete.
  c(
    'r22p-80',
    'ru',
    'Здравствуйте. Казан чугунный на 8 литров, получила в Караганде 2 ноября. При распаковке увидела на дне трещину 6 см. Написала продавцу, он ответил: «сама ты дура, казан целый, это узор». Фото трещины и скриншот переписки прикладываю. Прошу полный возврат.',
    'photo',
    [],
    'full_refund',
  ),
];
