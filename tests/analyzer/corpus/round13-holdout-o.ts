import { labelled as c, type CorpusCase } from './types';

/**
 * Round thirteen, hold-out set O: ordinary Russian-speaking buyers of many ages and places (big cities, small towns,
 * Kazakhstan, Belarus, Russians abroad) with typos, run-ons, slang, translit and English words, plus second-language
 * English writers, disputing clothes, shoes, kitchen appliances, toys, beauty products and tools. Written by a hand that
 * has not read the analyzer's rules or other corpus files; labels follow analyzer-notes.md section 1 and the README's
 * labelling decisions.
 *
 * Choices where the definitions were silent:
 * - Mat as an adjective on the item, masked or spaced («е б а н ы й миксер»), is `profanity` only; as an interjection
 *   («бл@ть», «п1зд3ц просто», "what the f*ck") `profanity` and `emotional`; aimed at people `profanity` and `insult`.
 * - Vulgar «г*вно а не шуруповёрт» and "is s h i t" about the item are `profanity` only.
 * - An old buyer's «терять мне уже нечего, так что подумайте хорошенько» is ominous menace, so `threat`.
 * - A brother "who will drop by your warehouse to talk" is a veiled visit, so `threat`.
 * - A photo said to be sent earlier in the chat, with a file in the form, is evidence; a text naming photo and video
 *   while the form has only the video is not `evidence_not_attached` (a file is there).
 * - Evidence promised for later ("I will make a video tonight and upload it") with no file is `evidence_not_attached`,
 *   not `missing_evidence`.
 * - «заберите и верните деньги» (take it back) is `return`, like an offer to send it back.
 * - "Send a new remote / handpiece / missing bags / charger" (a replacement part) is `exchange`.
 * - A guess that the glue was the cheapest one is a judgement of the product, not an accusation.
 * - Keeping the item for «1 500 тенге за две кисти» or «пятьсот рублей» is a partial refund with that sum.
 * - A text of only "??" is `empty_text` alone; «верните деньги за самокат» alone is missing what, when and evidence.
 * - A Russian text with English words (Berlin buyer) is `ru` by majority; translit is `ru`, and the tip is not labelled.
 * - A child crying all evening («ребёнок весь вечер проревел») is affect, like "upset" said of children.
 */
export const ROUND13_HOLDOUT_O: CorpusCase[] = [
  // pensioner, formal and complete: what, date, video, full refund
  c(
    'r13o-01',
    'ru',
    'Уважаемый продавец. Мною 3 февраля получен электрический чайник по заказу № 81234409. При первом же включении выяснилось, что чайник не отключается после закипания, вода выкипает, а крышка не защёлкивается и открывается сама. Видеозапись прилагаю. Прошу вернуть полную стоимость товара. С уважением, Нина Петровна Колесникова, г. Кинешма.',
    'video',
    [],
    'full_refund',
  ),
  // brand name Dickies is innocent; size measured, date, photo, exchange
  c(
    'r13o-02',
    'ru',
    'добрый день. заказывала мужу рабочие штаны Dickies 874 размер 32/32, пришли с биркой 32/32 а по факту в поясе 76 см вместо 82 по вашей таблице, измерила сантиметром в тот же день как забрала с почты 12 апреля. фото с сантиметром прикрепила. прошу обменять на правильный размер',
    'photo',
    [],
    'exchange',
  ),
  // translit, complete; a new remote is an exchange
  c(
    'r13o-03',
    'ru',
    'zdravstvuite. zakazal synu mashinku na radioupravlenii, poluchil 5 marta. pult ne vkluchaetsa voobshe, postavil novye batareiki 2 raza, lampochka ne gorit, mashinka bez pulta ne edet. video snyal i prikrepil. proshu vyslat novyi pult',
    'video',
    [],
    'exchange',
  ),
  // masked mat as an interjection: profanity and emotional
  c(
    'r13o-04',
    'ru',
    'Фен пришёл 20 мая, включила на второй день и он воняет горелым пластиком и через минуту сам вырубается, бл@ть, уже второй фен с али за год. Видео приложила. Верните деньги.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Latin look-alike letters in mat used as a word for the item: profanity only; offers to send back
  c(
    'r13o-05',
    'ru',
    'Заказывал пуховик размер 52, пришла 14.11 какая-то xyйня 46 размера с облезлым мехом на капюшоне. Фото с биркой есть в приложении. Готов отправить обратно, верните деньги после возврата.',
    'photo',
    ['profanity'],
    'return',
  ),
  // digits for letters in mat as an interjection; no file, no evidence named
  c(
    'r13o-06',
    'ru',
    'купила себе палетку теней за 1890 р, открыла вчера а там половина теней раскрошена в пыль и зеркало треснуто. п1зд3ц просто. верните деньги',
    'none',
    ['profanity', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // dropped-vowel mat as an interjection, tired parent; missing bags sent = exchange
  c(
    'r13o-07',
    'ru',
    'Конструктор для сына, 520 деталей, распаковали в субботу и в коробке нет двух пакетов, №4 и №7, собрать до конца нельзя. пздц, ребёнок весь вечер проревел. Фото коробки и пакетов прикрепила. Дошлите недостающие пакеты.',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // spaced mat as an adjective on the item: profanity only
  c(
    'r13o-08',
    'ru',
    'Миксер планетарный, пришёл 2 дня назад. При замесе теста чаша болтается и выскакивает из крепления, мотор трещит. Этот е б а н ы й миксер стоил мне 14 500 рублей. Фото и видео крепления приложил. Прошу полный возврат.',
    'video',
    ['profanity'],
    'full_refund',
  ),
  // masked English profanity as an interjection
  c(
    'r13o-09',
    'en',
    'Hello, I receive the sneakers on 9 October and the left shoe is size 42 and right shoe is 44. What the f*ck, how you pack this? Photo of the two insoles is attached. I want exchange for pair 42 please.',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // masked profanity aimed at the warehouse staff; no time given
  c(
    'r13o-10',
    'en',
    'The blender jar came with crack on the bottom and leaking all over my kitchen table. Your warehouse guys are a$$holes who throw boxes. Photo attached. Refund me.',
    'photo',
    ['profanity', 'insult', 'missing_when'],
    'full_refund',
  ),
  // masked mat at the seller in a single question: profanity and insult, not emotional
  c(
    'r13o-11',
    'ru',
    'вы там ох*ели? заказал худи оверсайз XL за 3200, пришло 28 числа детское на рост 140, на бирке так и написано. фото бирки скинул. деньги верните',
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // telling the seller to go away with a minced mat form: profanity only
  c(
    'r13o-12',
    'ru',
    'Продавец предлагает мне вернуть 50 рублей за сломанную ручку у сковороды которая стоит 2100. Ручка отвалилась на третий день, заклёпка вылетела, фото я вам в чате отправляла 15 июня. Идите нах со своими 50 рублями, хочу полный возврат.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // the seller's mat quoted as evidence: still profanity
  c(
    'r13o-13',
    'ru',
    'Кроссовки Nike (реплика, я знаю) размер 39, пришли 41. Написала продавцу 7 августа, приложила фото стельки с линейкой 26 см, а он ответил «не нравится иди на х*й». Скриншот переписки прилагаю. Прошу вернуть полную стоимость, 2750 ₽.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // masked vulgar word about the item: profanity only
  c(
    'r13o-14',
    'ru',
    'Шуруповёрт 18В, получил 3 сентября. Аккумулятор держит минут 5, патрон бьёт, биту зажимает криво. Г*вно а не шуруповёрт. Видео приложил. Прошу вернуть деньги.',
    'video',
    ['profanity'],
    'full_refund',
  ),
  // condescension about support's intelligence: insult; one capitalised word is not shouting
  c(
    'r13o-15',
    'ru',
    'Объясняю третий раз, медленно, для особо одарённых из отдела поддержки: я заказывала ПЛЕД 150х200, а пришёл 100х140. Я его измерила рулеткой сразу при получении 19 января. Фото с рулеткой вот, в приложении. Мне нужен обмен на 150х200.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // teen name-calling plus "!!"; money declined, exchange asked; no evidence
  c(
    'r13o-16',
    'ru',
    'короче вы клоуны. заказала кроп топ белый пришёл розовый в пятнах каких то, открыла пакет вчера вечером. ну как так можно!! пришлите белый, деньги мне не нужны',
    'none',
    ['insult', 'emotional', 'missing_evidence'],
    'exchange',
  ),
  // sarcastic praise of the packers: insult
  c(
    'r13o-17',
    'ru',
    'Браво, гении упаковки! Стеклянную форму для запекания положить в тонкий пакетик без единого слоя пупырки — это надо уметь. Получила 2 марта, форма разбита на три куска, осколки по всей коробке. Фото приложила. Верните деньги.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // questioning the seller's sanity: insult; partial with a sum
  c(
    'r13o-18',
    'ru',
    'Вы там белены объелись? Предлагаете 2% компенсации за то, что в наборе ножей из 6 штук пришло 4, ножа для хлеба и овощного нет. Посылку вскрыла на почте 11 октября, сняла на видео. Требую 1400 рублей за недостающие ножи.',
    'video',
    ['insult'],
    'partial_refund',
    1400,
  ),
  // mocking comparison of staff to monkeys: insult; no time
  c(
    'r13o-19',
    'ru',
    'Плойка пришла с погнутым штекером и отломанной кнопкой, коробка вся мятая, такое ощущение что паковали и везли её обезьяны. Фото прикрепляю. Прошу замену.',
    'photo',
    ['insult', 'missing_when'],
    'exchange',
  ),
  // English condescension about the team's understanding
  c(
    'r13o-20',
    'en',
    'Let me explain slowly, maybe this time somebody in your team can understand it: I ordered the toaster with 220V plug for Europe, you send 110V with american plug. Received 14 February, saw it on unboxing. Photo of the label attached. Please send correct 220V toaster.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // staff called donkeys: insult
  c(
    'r13o-21',
    'en',
    'Your packers are donkeys. The kids scooter arrive on 2 May with the front wheel bend and the brake cable cut, box was open. Photos attached. I want my money back.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // explicit threat to find the seller's home; tracking number is evidence
  c(
    'r13o-22',
    'ru',
    'Слышь, продавец. Два месяца жду детский самокат, трек RU482915367CN не обновляется с 3 апреля. Деньги верни или я найду где ты живёшь, мне не лень.',
    'none',
    ['threat'],
    'full_refund',
  ),
  // veiled visit by a relative near the warehouse, Kazakhstan
  c(
    'r13o-23',
    'ru',
    'Заказала мультиварку за 38 900 тенге, пришла 6 декабря, при включении на дисплее ошибка E4 и она не греет. Видео приложила. Кстати, у меня брат в Урумчи работает, как раз недалеко от вашего склада, если вопрос не решится, заедет к вам лично поговорить. Верните деньги.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // publishing the owner's name and phone, plus a fraud label
  c(
    'r13o-24',
    'ru',
    'Вы кидалы. Я нашла ваш номер телефона и имя владельца магазина, Ли Вэй, и если до пятницы не будет возврата, выложу всё это с фотографиями в наши городские группы и в телеграм, пусть все знают. Купальник пришёл 2 июля, заказывала M, пришёл S, швы на лямках разошлись при первой примерке. Фото в приложении. Возврат 4200 рублей полностью.',
    'photo',
    ['threat', 'accusation'],
    'full_refund',
  ),
  // veiled threat about the seller's children
  c(
    'r13o-25',
    'ru',
    'Мы с вами люди взрослые. У вас ведь тоже есть дети, и вы, думаю, не хотите, чтобы с ними что-нибудь случилось из-за какой-то куклы. Кукла пришла 18 ноября без ноги и без обещанного набора одежды. Фото приложила. Верните деньги.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "a pity if something happened to your warehouse": veiled threat
  c(
    'r13o-26',
    'en',
    'Your store sells me a cordless drill with a battery that is swelled, noticed it 3 days after delivery when it get hot in charger. Photo attached. Refund please. It would be a real pity if something happened to your little warehouse, fires happen with such batteries you know.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // knowing the office address and a cousin nearby: veiled threat
  c(
    'r13o-27',
    'en',
    'I know where your office is in Yiwu, Futian market district, and my cousin is there every month for business. The winter boots I got on 20 Jan, sole came off after one week walking. Photo attached. Refund me full and we will not have to meet.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // pensioner's ominous "nothing to lose, think carefully": threat
  c(
    'r13o-28',
    'ru',
    'Молодые люди, мне 74 года, и терять мне уже нечего, так что подумайте хорошенько. Заказывала тонометр, получила 10 сентября, показывает давление 190 на 40, когда в поликлинике намерили 135 на 85. Справку от врача и фото тонометра прилагаю. Прошу вернуть деньги.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // threat that also labels the seller's honesty; partial with a sum
  c(
    'r13o-29',
    'ru',
    'Заказывал набор головок 1/2, 24 предмета, пришло 17, не хватает 10, 12, 13, 14, 17, 19 и 22. Вскрывал на почте под видео 4 ноября. Таких жуликов как вы я наказываю лично, поверьте, не первый раз. Требую 1100 рублей за недостающие головки.',
    'video',
    ['threat', 'accusation'],
    'partial_refund',
    1100,
  ),
  // translit mat as an interjection and name-calling at the warehouse
  c(
    'r13o-30',
    'ru',
    'blyat opyat. zakazala synu lego politseiskii uchastok, prishla 8 yanvarya korobka vskrytaya i treh minifigurok net. vy tam debily na sklade? foto prilozhila. verni dengi',
    'photo',
    ['profanity', 'emotional', 'insult'],
    'full_refund',
  ),
  // spaced English vulgar word about the item: profanity only
  c(
    'r13o-31',
    'en',
    'The hair straightener is s h i t. One plate does not heat at all, the other one is burning hot, measured with kitchen thermometer on the first day: 60 and 230 degrees. Photo of display attached. I want refund.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Latin "e" inside mat aimed at support staff: profanity and insult
  c(
    'r13o-32',
    'ru',
    'Пылесос ручной, пришёл 25.02, через неделю перестал заряжаться, индикатор мигает красным. Поддержка магазина третий раз пишет «перезагрузите». Вы eбанутые там все? Видео с индикатором приложено. Прошу замену на рабочий.',
    'video',
    ['profanity', 'insult'],
    'exchange',
  ),
  // chargeback and consumer protection are lawful steps, not threats
  c(
    'r13o-33',
    'ru',
    'Здравствуйте. Электрогриль получен 16 мая, на второй день при включении выбило пробки, на вилке следы оплавления. Фото вилки прикладываю. Прошу вернуть 6 990 рублей полностью. Если спор закроют без решения, я обращусь в банк за возвратом платежа (чарджбэк) и напишу жалобу в Роспотребнадзор.',
    'photo',
    [],
    'full_refund',
  ),
  // the seller's insult quoted as evidence is not the buyer's
  c(
    'r13o-34',
    'ru',
    'Получила сапоги 9 октября, на левом сапоге молния расходится снизу, не держит, проверила сразу дома. Написала продавцу, он ответил «сама дура, неправильно застёгиваешь, у всех нормально». Скрин его ответа и фото молнии приложила. Прошу вернуть деньги за сапоги.',
    'photo',
    [],
    'full_refund',
  ),
  // city nickname Ебург is innocent
  c(
    'r13o-35',
    'ru',
    'Добрый вечер. Живу в Ебурге, посылку забрала в пункте выдачи 30.01. Заказывала комплект постельного белья евро, в пакете полуторка: пододеяльник 145х215 вместо 200х220, по этикетке видно. Фото этикетки и замеров прикрепила. Прошу отправить евро комплект.',
    'photo',
    [],
    'exchange',
  ),
  // истребитель, рубля, употребляли: ordinary words with rude-looking pieces
  c(
    'r13o-36',
    'ru',
    'Здравствуйте, покупали внуку игрушечный истребитель на радиоуправлении за 2 954 рубля. Получили 21 декабря, в первый же запуск отломилось крыло по линии склейки, клей, видимо, употребляли самый дешёвый. Фото крыла в приложении. Просим вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // блин and хреновый are neither rude nor emotional; a new lid is an exchange
  c(
    'r13o-37',
    'ru',
    'блин, крышка у блендера треснула прям по креплению, заметила на третий день когда мыла. пластик хреновый конечно. фото трещины скинула. пришлите пожалуйста новую крышку',
    'photo',
    [],
    'exchange',
  ),
  // "Cocktail" and "Essex" are innocent; offers to send back
  c(
    'r13o-38',
    'en',
    'Hello. I ordered the Cocktail shaker set (stainless steel, 750 ml), delivered to Essex on 3 June. The lid is leaking every time I shake, and the strainer is bent so it does not close. Photos attached. I can send it back, please refund after return.',
    'photo',
    [],
    'return',
  ),
  // negated accusation («не думаю, что специально») is not one
  c(
    'r13o-39',
    'ru',
    'Я не думаю, что вы это специально, наверное на складе перепутали. Заказывала детские сандалии 27 размера (стелька 17 см), пришли 25 размера, стелька 15,5 см, мерила в день получения, 4 июня. Фото стельки с линейкой приложила. Прошу обменять на 27.',
    'photo',
    [],
    'exchange',
  ),
  // chargeback and consumer protection in English: lawful
  c(
    'r13o-40',
    'en',
    'Dear seller, the electric kettle I received on 12 March stops working after 20 seconds, the light goes off and water is still cold. Video attached. I request a full refund. If the dispute is not solved, I will open a chargeback with my bank and contact consumer protection in my country.',
    'video',
    [],
    'full_refund',
  ),
  // honest review is lawful; partial with a sum
  c(
    'r13o-41',
    'en',
    'The yoga mat came 4 mm thick but the listing says 8 mm, I measured with caliper on the day it arrived, 21 August. Photo with caliper attached. I am ok to keep it for a partial refund of $8. I will also leave an honest review with the measurement.',
    'photo',
    [],
    'partial_refund',
    8,
  ),
  // strong but polite complaint; offers to send the iron back
  c(
    'r13o-42',
    'ru',
    'Добрый день. Считаю ситуацию недопустимой: утюг с отпаривателем на первом же использовании, 27 октября, начал плеваться ржавой водой и испортил белую рубашку, пятна не отстирываются. Фото пятен и подошвы приложила. Готова вернуть утюг за свой счёт, прошу возврат полной суммы.',
    'photo',
    [],
    'return',
  ),
  // the seller's rude words quoted in English as evidence
  c(
    'r13o-43',
    'en',
    "I ask the seller about the missing charger for the hair clipper and he wrote me: 'you are stupid customer, charger is inside'. It is not inside, I filmed the unboxing on 5 November, the box have only clipper and 3 combs. Video and screenshot of chat attached. Please refund the full amount.",
    'video',
    [],
    'full_refund',
  ),
  // partial sum in words
  c(
    'r13o-44',
    'ru',
    'Здравствуйте. Набор кастрюль 3 шт, пришёл 14 февраля, у самой маленькой кастрюли вмятина на боку и скол эмали около ручки, увидел при распаковке. Пользоваться можно, поэтому согласен оставить набор, если вернёте пятьсот рублей. Фото вмятины приложил.',
    'photo',
    [],
    'partial_refund',
    500,
  ),
  // decimal comma in a euro sum
  c(
    'r13o-45',
    'en',
    'Hi, I received the face serum set on 2.09, 3 bottles of 30 ml but one bottle arrive half empty, cap was loose and it leak inside the box. Photo attached. Please partial refund €4,50 for the one bottle.',
    'photo',
    [],
    'partial_refund',
    4.5,
  ),
  // money declined, the right colour asked: exchange
  c(
    'r13o-46',
    'ru',
    'Деньги возвращать не надо, мне нужна сама вещь к выпускному. Платье заказывали цвета пудра, пришло ярко-розовое, совсем другой оттенок, сравнили с фото в карточке сразу при получении 22 мая. Фото платья рядом с экраном приложила. Пришлите, пожалуйста, в цвете пудра, размер тот же, 44.',
    'photo',
    [],
    'exchange',
  ),
  // non-receipt with deadline and tracking number, no file needed
  c(
    'r13o-47',
    'ru',
    'Добрый день. Заказ на массажёр для шеи оплачен 2 августа, срок доставки по гарантии закончился 20 сентября, посылка так и не пришла. Трек-номер LP00483920184733, последний статус «покинула сортировочный центр» от 29 августа. Прошу вернуть деньги.',
    'none',
    [],
    'full_refund',
  ),
  // Belarus, BYN, offers to send back
  c(
    'r13o-48',
    'ru',
    'Здравствуйте. Я из Гродно. Электрическая мясорубка пришла 11.03, при перекручивании мяса через пару минут шнек останавливается, мотор гудит и пахнет гарью. Видео сняла в тот же день. Готова отправить мясорубку обратно, прошу вернуть 189 BYN после возврата.',
    'video',
    [],
    'return',
  ),
  // Kazakhstan, keeps the set, tenge for two missing brushes
  c(
    'r13o-49',
    'ru',
    'Салем. Заказала набор кистей для макияжа 12 штук, пришло 10, нет кисти для бровей и веерной, открыла дома 3 апреля. Фото набора приложила. Набор оставлю, верните пожалуйста 1 500 тенге за две кисти.',
    'photo',
    [],
    'partial_refund',
    1500,
  ),
  // chat filler (слышь, плиз, бро) is neither rude nor emotional
  c(
    'r13o-50',
    'ru',
    'слышь продавец, кеды пришли вчера, у правого подошва отклеена с носка где то на 3 см, видно на фото. плиз замените на новую пару 38, бро',
    'photo',
    [],
    'exchange',
  ),
  // negated accusation in English
  c(
    'r13o-51',
    'en',
    "I'm not saying you did this on purpose, maybe mistake in warehouse. I ordered kids puzzle 1000 pieces 'Ocean' and received 500 pieces 'Farm', opened on 18 December. Photo of box attached. Please send the correct puzzle.",
    'photo',
    [],
    'exchange',
  ),
  // сучок (a knot in wood) is an ordinary word
  c(
    'r13o-52',
    'ru',
    'Топор-колун с деревянным топорищем, получил 6 октября. На топорище сучок прямо под обухом и от него трещина сантиметров 7, заметил при первом осмотре, ещё не колол. Фото трещины приложил. Прошу замену топорища или топора целиком.',
    'photo',
    [],
    'exchange',
  ),
  // хлебопечка, ребёнок, требую: innocent words
  c(
    'r13o-53',
    'ru',
    'Хлебопечка получена 28 ноября. На третьей выпечке лопатка перестала крутиться, мотор гудит, тесто не замешивается. Ребёнок у меня аллергик, хлеб печём только дома, так что требую заменить печь на исправную. Видео работы приложено.',
    'video',
    [],
    'exchange',
  ),
  // police report and post-office letter: lawful, evidence by tracking number
  c(
    'r13o-54',
    'en',
    "My tracking shows the package with the sewing machine 'delivered' on 14 July, but I never get it, the post office gave me a letter that it was not delivered to my address. Tracking number LV558201934CN. I reported it to police too, just for record. Please refund me the full price.",
    'none',
    [],
    'full_refund',
  ),
  // pensioner, scales checked with a weight; return
  c(
    'r13o-55',
    'ru',
    'Добрый день. Кухонные весы получила 2 октября. Проверила их пачкой сахара в 1 кг, показывают 870 г, с гирькой 500 г из поликлиники — 430 г. Фото показаний приложила. Прошу принять весы обратно и вернуть деньги, отправлю почтой за ваш счёт.',
    'photo',
    [],
    'return',
  ),
  // ESL, measured temperature; "unsafe" is not an affect word
  c(
    'r13o-56',
    'en',
    'Hello, the baby bottle warmer received 11.01, temperature setting 40 °C but milk is 65 °C, I check with thermometer three times. This is unsafe for my baby. Video attached. Please exchange to a working warmer.',
    'video',
    [],
    'exchange',
  ),
  // Russian abroad mixing English words, majority Russian
  c(
    'r13o-57',
    'ru',
    'Hi, пишу из Берлина. Заказала skincare set, пришёл 5 мая, у крема для лица сломан pump, не выдавливается вообще, а сыворотка в коробке другая, не та что на фото в листинге (вместо vitamin C пришла с ниацинамидом). Фото приложила. Please full refund.',
    'photo',
    [],
    'full_refund',
  ),
  // «оскорблять» is an ordinary word; partial with a sum
  c(
    'r13o-58',
    'ru',
    'Оскорблять никого не хочу, просто опишу. Джинсы мужские 34/32, по длине пришли короче — измерил по внутреннему шву 76 см вместо 81, в день получения, 19.06. Фото с сантиметром приложил. Готов оставить за частичный возврат 700 ₽.',
    'photo',
    [],
    'partial_refund',
    700,
  ),
  // caps and "!!!": emotional only
  c(
    'r13o-59',
    'ru',
    'ЭТО УЖЕ ВТОРОЙ РАЗ!!! Заказываю электрическую зубную щётку, и второй раз приходит без зарядной подставки. Получила 17 марта, открывала при курьере. Фото коробки приложила. Пришлите зарядку.',
    'photo',
    ['emotional'],
    'exchange',
  ),
  // fraud label despite the facts
  c(
    'r13o-60',
    'ru',
    'Мошенники. Заказывал набор отвёрток 32 в 1, в коробке 24 биты, 8 ячеек пустые, открыл в день получения 2 февраля. Фото коробки приложил. Верните 350 рублей за недостающие биты.',
    'photo',
    ['accusation'],
    'partial_refund',
    350,
  ),
  // sarcasm about honesty with scare quotes
  c(
    'r13o-61',
    'ru',
    'Ну конечно, вы «случайно» третий раз отправляете не тот цвет. Заказывала сумку чёрную, пришла коричневая, получила 26.04. Фото приложила. Прошу обмен на чёрную.',
    'photo',
    ['accusation'],
    'exchange',
  ),
  // generic words only: no concrete problem
  c(
    'r13o-62',
    'ru',
    'Здравствуйте. Получила заказ 8 июля, товар не соответствует описанию, брак. Фото приложила. Прошу вернуть деньги.',
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // no date or discovery moment; wants to return it
  c(
    'r13o-63',
    'ru',
    'Соковыжималка шнековая, из выходного отверстия течёт сок вперемешку с мякотью, сито не держится в корпусе. Фото и видео прикрепила. Хочу вернуть её и получить деньги назад.',
    'video',
    ['missing_when'],
    'return',
  ),
  // only «разберитесь»: no request
  c(
    'r13o-64',
    'ru',
    'Добрый день. Детский электромобиль пришёл 3 июня, левое заднее колесо не крутится, когда машина едет слышен скрежет. Видео прикрепил. Разберитесь пожалуйста.',
    'video',
    ['missing_resolution'],
    'none',
  ),
  // compensation with no sum
  c(
    'r13o-65',
    'ru',
    'Пальто пришло 15 октября, на спине затяжка и одна пуговица другого цвета. Фото приложила. Пальто в целом нравится, хочу компенсацию.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "half" is a partial refund without a sum
  c(
    'r13o-66',
    'ru',
    'Набор для вышивания крестиком, пришёл 9 января, ниток мулине не хватает 5 цветов из 28 по схеме, номера 310, 321, 666, 702, 3865. Проверила по ключу в тот же вечер. Фото ключа и ниток. Верните половину стоимости, докупать придётся самой.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «на ваше усмотрение»: partial without a sum
  c(
    'r13o-67',
    'ru',
    'Добрый день. Форма для выпечки с антипригарным покрытием, после первого же использования 20.12 покрытие облезло пятнами по дну. Фото прикрепляю. Прошу частичный возврат, сумму на ваше усмотрение.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // says a photo is attached, the form has none
  c(
    'r13o-68',
    'ru',
    'Заказывала детский рюкзак с единорогом, пришёл 1 сентября, в первый же день в школе оторвалась лямка вместе с куском ткани. Фото прикладываю. Прошу замену.',
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // no words at all
  c('r13o-69', 'ru', '??', 'none', ['empty_text'], 'none'),
  // near-empty: a request and an item, nothing else
  c(
    'r13o-70',
    'ru',
    'верните деньги за самокат',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // translit, complete but no evidence
  c(
    'r13o-71',
    'ru',
    'zdravstvuyte, bigudi na lipuchke nabor 48 sht, prishlo 36, pereschitala dva raza pri raspakovke 13.05. proshu vernut 240 rublei za nedostayushie',
    'none',
    ['missing_evidence'],
    'partial_refund',
    240,
  ),
  // affect words from a grandmother, no evidence
  c(
    'r13o-72',
    'ru',
    'Очень расстроена. Купила внучке на день рождения набор детской косметики, открыли 7 марта, а лак для ногтей весь засохший, блеск для губ пахнет как растворитель. Праздник испорчен. Прошу вернуть деньги.',
    'none',
    ['emotional', 'missing_evidence'],
    'full_refund',
  ),
  // "вы специально" plus "!!!", no time, no evidence; «заберите» = return
  c(
    'r13o-73',
    'ru',
    'Вы специально отправляете бракованное!!! Садовые ножницы, пружина выпала, лезвия не сходятся, режут только траву. Мне такое не надо, заберите и верните деньги.',
    'none',
    ['emotional', 'accusation', 'missing_when', 'missing_evidence'],
    'return',
  ),
  // «кошмар» and a bare "doesn't work properly"
  c(
    'r13o-74',
    'ru',
    'Кошмар какой-то, а не кофеварка. Вообще не работает нормально. Фото приложила. Верните деньги.',
    'photo',
    ['emotional', 'missing_what', 'missing_when'],
    'full_refund',
  ),
  // fraud label with "!!"
  c(
    'r13o-75',
    'en',
    'Scammers!! The perfume I received on 30 April is not the 100 ml bottle from the listing, it is 30 ml tester with no box. Photo attached. Refund now.',
    'photo',
    ['accusation', 'emotional'],
    'full_refund',
  ),
  // generic words only, no time
  c(
    'r13o-76',
    'en',
    'Hello, the shoes are defective and not as described. Poor quality. Photos attached. I want a refund.',
    'photo',
    ['missing_what', 'missing_when'],
    'full_refund',
  ),
  // "upset" with an otherwise complete partial request
  c(
    'r13o-77',
    'en',
    "I am really upset, the children's raincoat arrived on 7 October with the hood missing, it is shown with hood on the listing. My daughter cannot wear it in rain. Photo attached. Please give me partial refund $6.",
    'photo',
    ['emotional'],
    'partial_refund',
    6,
  ),
  // video promised for later, no file
  c(
    'r13o-78',
    'en',
    'Hello, the electric nail drill I get on 19 June vibrates very strong and the bit falls out after 1-2 minutes. I will make a video tonight and upload it here. Please send a new handpiece.',
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // "What should I do?": no request
  c(
    'r13o-79',
    'en',
    'Good day. The vacuum sealer arrived on 28 February and it does not seal: the bar gets warm but the bag stays open on both sides, tried 5 bags. Video attached. What should I do?',
    'video',
    ['missing_resolution'],
    'none',
  ),
  // "on purpose" plus "the difference" without a sum
  c(
    'r13o-80',
    'en',
    'You sent the 600 W blender instead of 1000 W on purpose because it is cheaper, the label on the bottom says 600 W. Got it on 15 May. Photo of the label attached. Refund me the difference.',
    'photo',
    ['accusation', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
];
