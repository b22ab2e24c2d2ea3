import { labelled as c, type CorpusCase } from './types';

/**
 * Round twenty-nine, hold-out set R: buyers who hold or claim some authority or reach (police officers, lawyers,
 * customs brokers, journalists, bloggers and streamers, local officials, IT specialists), some citing lawful steps in
 * detail, others leaning on their position as menace. Written by a hand that has not read the analyzer's
 * rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Leaning on a position or connections as menace (a customs broker's friends holding the seller's boxes, «у меня
 *   связи … проверят, уж я позабочусь», «пробить по базе», «вами займутся», "one word from me and your listings go",
 *   taking the store offline) is a `threat`; announcing a lawful complaint in one's own name (Роспотребнадзор,
 *   Trading Standards, a chargeback, a court, a police report, a security report to the platform) is not.
 * - An honest review or video promised "as it happened" is a lawful step; posting the seller's address or family for
 *   followers or readers is a threat.
 * - Naming a criminal article as the label for the seller's conduct («мошенничество, ст. 159 УК РФ») is an
 *   `accusation`, not a threat: nothing is announced.
 * - "I have the unboxing video on my phone and can send it", with no file in the form, names evidence and does not say
 *   it is attached: no finding. «У меня есть все доказательства» names no type: `missing_evidence`.
 * - «готов оставить хаб, если вернёте 1 000 рублей» (keep the item if part is paid back) is a partial refund of 1000.
 * - A digit for a letter in an adjective before a noun («Ё6аный стыд … !!!») is disguised mat used as an intensifier:
 *   `profanity` and `emotional`.
 * - Rude-looking pieces inside ordinary words and names (потребляет, рубля, застрахуйте, сабля, Ебург, assessed,
 *   Scunthorpe, Shih Tzu) are innocent.
 * - An insult the seller wrote, quoted after «написал» / "replied", is the seller's; only quoted mat counts
 *   (profanity).
 */
export const ROUND29_HOLDOUT_R: CorpusCase[] = [
  // Lawyer, complete text; chargeback and Роспотребнадзор named as lawful next steps.
  c(
    'r29r-01',
    'ru',
    `Я практикующий юрист, поэтому сразу по существу. Электрический чайник на 1,7 л получен 3 апреля. При первом же включении 4 апреля выяснилось, что термостат не отключает нагрев: вода выкипает, а чайник продолжает греться, пока не появляется запах горячего пластика. Видео первого включения прикладываю. Прошу вернуть уплаченные 2 340 руб. В случае отказа оформлю chargeback через банк и направлю жалобу в Роспотребнадзор — это не угроза, а обычный порядок действий.`,
    'video',
    [],
    'full_refund',
  ),
  // Police officer: "I can look your manager up in the database, I know the home address" — a threat.
  c(
    'r29r-02',
    'ru',
    `Я сотрудник полиции, двенадцать лет в органах. Куртка пришла 10 марта не того размера: заказывал 52, на бирке 46, фото бирки приложил. Верните деньги за заказ полностью. И учтите: пробить вашего менеджера по базе для меня дело пяти минут. Адрес склада и домашний адрес я уже знаю, так что тянуть не советую.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Beat officer who filed a police report: lawful step, tracking number is evidence, complete.
  c(
    'r29r-03',
    'ru',
    `Работаю участковым, так что знаю, как такие вещи оформляются. Посылка LP004512378906 по отслеживанию «вручена» 18 мая в пункте выдачи на ул. Ленина, но я её не получал — подпись в журнале выдачи не моя. Записи с камер мне в пункте не показали. 20 мая я подал заявление в отдел полиции по месту жительства, талон-уведомление у меня на руках. Прошу вернуть 3 190 руб. — полную стоимость заказа (набор сковород).`,
    'none',
    [],
    'full_refund',
  ),
  // Local official explains "as to first-graders" and mocks counting: condescension, an insult.
  c(
    'r29r-04',
    'ru',
    `Я заместитель главы района, времени у меня на это нет, поэтому объясню как для первоклассников. Заказывал садовый шланг 25 метров, пришёл 15 метров. Мерили рулеткой 2 июня, фото рулетки прилагаю. Пятнадцать — это не двадцать пять, это даже на вашем складе должны уметь посчитать. Жду замену на шланг нужной длины.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Journalist announces an honest, factual review: lawful, complete.
  c(
    'r29r-05',
    'ru',
    `Я журналист, веду колонку о бытовой технике в городском издании. Робот-пылесос получен 7 февраля; на третий день работы перестала вращаться правая боковая щётка, в приложении появляется ошибка E14. Видео с ошибкой приложено. Прошу замену на исправный аппарат. Честно предупреждаю: по итогам я напишу обзор, в котором опишу и сам пылесос, и то, как прошёл спор, — без оценок, только факты.`,
    'video',
    [],
    'exchange',
  ),
  // Journalist threatens to publish the seller's name, home and entrance for neighbours to see.
  c(
    'r29r-06',
    'ru',
    `Я журналист, пишу о потребительском рынке больше пятнадцати лет, и меня читают. Фитолампа для рассады на три секции пришла 22 августа. Уже при первом включении светилась только одна секция из трёх, две другие не загораются ни от кнопки, ни от таймера. На видео это хорошо видно. Я написала вам 23 августа спокойно и по делу, в ответ — тишина. Теперь слушайте внимательно. Если до пятницы не будет полного возврата денег, я опубликую не только обзор. Я уже знаю ваше настоящее имя, знаю, где вы живёте, и у меня есть фото вашего подъезда. Всё это появится в моём канале, пусть соседи посмотрят, кто у них живёт.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // Customs broker explains customs status; conditional refund is the request; tracking = evidence.
  c(
    'r29r-07',
    'ru',
    `Я таможенный брокер, поэтому сразу скажу: дело не в таможне. Посылка RB123456785SG по отслеживанию прошла таможенное оформление 2 октября и с тех пор уже 34 дня стоит в статусе «Передано перевозчику». Если посылка не найдётся до 15 ноября, прошу вернуть деньги.`,
    'none',
    [],
    'full_refund',
  ),
  // Customs broker: "the lads at inspection know me, your boxes will sit for a month or go missing" — a threat.
  c(
    'r29r-08',
    'ru',
    `Я двадцать лет работаю таможенным брокером в Шереметьево. Ваши партии идут через наш терминал, и ребята на досмотре меня хорошо знают. Набор ножей пришёл 11 ноября, у хлебного ножа погнуто лезвие — фото приложено. Прошу вернуть деньги за набор. Вернёте — и всё у вас будет проходить как раньше. Не вернёте — каждая ваша коробка будет лежать на досмотре по месяцу, а то и теряться. Решайте.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // IT specialist threatens to take the store page down.
  c(
    'r29r-09',
    'ru',
    `Я системный администратор. Внешний SSD на 1 ТБ 5 января проверил в H2testw: реальный объём 128 ГБ, остальное пишется в никуда. Скриншот прилагаю. Верните деньги полностью, иначе в следующий раз вы откроете свой магазин и увидите пустую страницу. Мне на это нужно полчаса.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // IT buyer, "потребляет" and "рубля" hide rude-looking pieces; keep-and-refund-part with a sum.
  c(
    'r29r-10',
    'ru',
    `Я айтишник, поэтому тестировал как положено. USB-C хаб 7-в-1: через порт HDMI картинка 4K идёт только в 30 Гц вместо заявленных 60 Гц, курсор заметно дёргается. Обнаружил 14 июня при первом подключении к монитору, проверил на двух ноутбуках и двух кабелях — результат одинаковый. При этом по паспорту хаб потребляет до 100 Вт, тут претензий нет. Скриншот настроек дисплея прилагаю. Заплатил 2 872 рубля; готов оставить хаб у себя для офисных задач, если вернёте 1 000 рублей.`,
    'photo',
    [],
    'partial_refund',
    1000,
  ),
  // Blogger calls it «развод чистой воды»: an accusation; promise to speak out is not a threat.
  c(
    'r29r-11',
    'ru',
    `У меня 340 тысяч подписчиков, и молчать я не собираюсь. Кольцевая лампа пришла 3 мая без штатива, хотя в описании комплект со штативом 2 м. Фото коробки и описания прикрепила. Развод чистой воды. Досылайте штатив.`,
    'photo',
    ['accusation'],
    'exchange',
  ),
  // Blogger, missing container, video of unboxing, partial with a sum; review mention is innocent.
  c(
    'r29r-12',
    'ru',
    `Веду блог про товары для дома, около 20 тысяч подписчиков. Заказала набор контейнеров для круп из 6 штук, пришло 5 — не хватает одного большого, это видно на видео распаковки от 9 сентября. Прошу частичный возврат за недостающий контейнер — 410 руб. В обзоре честно расскажу, как решился вопрос, это обычная практика моего канала.`,
    'video',
    [],
    'partial_refund',
    410,
  ),
  // Police major: «вами займутся люди, которые умеют разговаривать по-другому» — a veiled threat.
  c(
    'r29r-13',
    'ru',
    `Я майор полиции. Вместо кожаного ремня мне прислали ремень из кожзама, который начал трескаться через неделю носки, фото трещин прилагаю. Даю вам сутки на возврат денег. Иначе вами займутся люди, которые умеют разговаривать по-другому.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Lawyer labels the sale as fraud under an article: accusation even with facts.
  c(
    'r29r-14',
    'ru',
    `Как юрист квалифицирую ваши действия однозначно: это мошенничество, ст. 159 УК РФ. Вы продали мне цепочку, заявленную как серебро 925 пробы, а в ювелирной мастерской 17 июля установили, что это латунь с покрытием. Заключение мастерской и фото клейма прилагаю. Требую полный возврат 4 900 руб.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Long lawyer text citing consumer law, chooses price reduction with a sum; court is a lawful step.
  c(
    'r29r-15',
    'ru',
    `Добрый день. Обращаюсь как потребитель, но по профессии я юрист, поэтому изложу всё последовательно и со ссылками на нормы, чтобы не было разночтений. 1) Заказ: детская коляска-трость, цвет серый, оплачена 11 апреля. 2) Получена в пункте выдачи 28 апреля. 3) При сборке в тот же вечер обнаружено, что фиксатор поворота левого переднего колеса треснул по всей длине: колесо болтается, коляску уводит влево, на бордюре она заваливается набок. Трещину видно на приложенных фото, там же фото упаковки — внешних повреждений на коробке нет. 4) Согласно ст. 18 Закона РФ «О защите прав потребителей» при обнаружении недостатка покупатель вправе по своему выбору потребовать замены товара, соразмерного уменьшения покупной цены, безвозмездного устранения недостатка или возврата уплаченной суммы. Возвращать коляску через границу мне невыгодно, замену придётся ждать месяц, а гулять с ребёнком нужно каждый день. Поэтому выбираю уменьшение цены: деталь нашлась в местном сервисе, с работой ремонт стоит 1 350 руб. 5) Прошу вернуть 1 350 руб. — стоимость ремонта, коляску оставляю себе. 6) Если договориться не получится, я попрошу арбитраж AliExpress рассмотреть спор, а при необходимости обращусь в суд по месту жительства — это обычный порядок, ничего личного. Благодарю за понимание.`,
    'photo',
    [],
    'partial_refund',
    1350,
  ),
  // Official «в бешенстве»: emotional only.
  c(
    'r29r-16',
    'ru',
    `Я депутат городской думы, и каждая минута у меня на счету. Настольная лампа пришла 19.11 с оторванным у основания проводом — фото приложено. Я просто в бешенстве: теперь ещё и время на переписку тратить. Замените лампу.`,
    'photo',
    ['emotional'],
    'exchange',
  ),
  // Police officer, digits-for-syllable mat judging the item: profanity only.
  c(
    'r29r-17',
    'ru',
    `Сам работаю в полиции, фонари у нас расходник, так что разбираюсь. Тактический фонарь пришёл 20 января и не включается вообще: кнопка проваливается внутрь корпуса, видео есть. Это 3,14здец, а не фонарь. Деньги верните.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
  // Transliterated Russian, programmer, "blyat" cried at the end of a question: profanity and emotional.
  c(
    'r29r-18',
    'ru',
    `Ya programmist, u menya vse logi zapisany. Klaviatura prishla 4 marta, s pervogo dnya zalipaet probel i klavisha Enter, video prikrepil. Vy voobshche testiruete to, chto prodaete, blyat? Prishlite novuyu klaviaturu na zamenu.`,
    'video',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // Network engineer, Latin look-alike letters in mat with a filler after it: a judgement, profanity only.
  c(
    'r29r-19',
    'ru',
    `Я сетевой инженер и знаю, о чём говорю. Роутер с 8 декабря каждые 20 минут отваливается от сети в диапазоне 5 ГГц, прошивку обновлял, сброс делал — это аппаратная проблема модуля. Логи и скриншоты приложены. Xyйня полная. Верните деньги.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Village head: «кошмар» and «!!!», no date.
  c(
    'r29r-20',
    'ru',
    `Я глава сельского поселения, покупала обогреватели для фельдшерского пункта. Из пяти масляных радиаторов два не греют вообще: индикатор горит, а секции холодные. Это просто кошмар, люди сидят в куртках!!! Прошу заменить два радиатора. Фото приложила.`,
    'photo',
    ['emotional', 'missing_when'],
    'exchange',
  ),
  // Customs broker, «ну конечно, "случайно"» — sarcasm about honesty.
  c(
    'r29r-21',
    'ru',
    `Я таможенный брокер и каждый день вижу, что на самом деле лежит в коробках. Заказывал беспроводную мышь Logitech, а 6 июня получил безымянную мышь без логотипа и с другим приёмником. Ну конечно, на складе «случайно» перепутали. Фото коробки и мыши приложил. Прошу полный возврат.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Lawyer talks down «медленно и для особо одарённых»: an insult.
  c(
    'r29r-22',
    'ru',
    `Поясняю медленно и для особо одарённых: рулонная штора должна быть шириной 80 см, как указано в заказе, а пришла шириной 60 см. Замер сделан 12 сентября, фото с рулеткой приложено. Прошу обменять на штору 80 см. По профессии я адвокат, и такие элементарные вещи мне обычно не приходится объяснять взрослым людям.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // No words at all.
  c('r29r-23', 'ru', `...`, 'none', ['empty_text'], 'none'),
  // Official, entirely vague.
  c(
    'r29r-24',
    'ru',
    `Я представитель районной администрации, закупали для школы. Товар не соответствует описанию, качество плохое. Разберитесь.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // IT specialist: "I traced your IP, I may drop by" — a threat.
  c(
    'r29r-25',
    'ru',
    `Айтишник со стажем. Термокружка протекает из-под крышки с первого дня, фото лужи на столе я прикладываю. Ваш менеджер 14.02 в чате пообещал замену и пропал. Для справки: IP, с которого он отвечал, я уже вычислил, город тоже. Так что замену жду до конца недели, а то ведь могу и в гости заглянуть.`,
    'photo',
    ['threat'],
    'exchange',
  ),
  // Editor asks for compensation «на ваше усмотрение»: partial without a sum.
  c(
    'r29r-26',
    'ru',
    `Я редактор новостного портала, поэтому сразу к делу. Часы-проектор пришли 2 марта: проекция времени работает, а датчик температуры показывает +45 в комнате, где обычный термометр показывает +22. Фото дисплея рядом с термометром приложено. Пользоваться часами можно, возвращать их не хочу. Прошу частичную компенсацию на ваше усмотрение.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Traffic police officer says files are attached; the form has none.
  c(
    'r29r-27',
    'ru',
    `Служу в ГИБДД, видеорегистратор заказывал для личной машины. Пришёл 25 июля, и с первой же поездки пишет видео без звука, хотя в описании заявлен встроенный микрофон. Прикладываю запись с регистратора и фото коробки. Прошу замену.`,
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // Lawyer quotes the manager's mat verbatim: quoted mat is profanity.
  c(
    'r29r-28',
    'ru',
    `Я юрист и привыкла фиксировать всё дословно. На мой вопрос о трещине в корпусе блендера (обнаружена при распаковке 30 августа, фото приложено) менеджер 31 августа ответил: «не еби мозги, сам уронил». Скриншот переписки тоже прикладываю. Прошу арбитраж вмешаться и вернуть мне полную стоимость блендера.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Housing-association chair: «возмутительно», «??» and «вы специально»; partial with a sum.
  c(
    'r29r-29',
    'ru',
    `Это возмутительно! Я председатель ТСЖ, заказывала для дома 10 датчиков движения, четыре из них не срабатывают вообще — проверяли 3 апреля всей комиссией. Вы специально отправляете брак в регионы, думаете, никто не проверит?? Видео проверки приложено. Верните деньги за четыре датчика — 2 360 рублей.`,
    'video',
    ['emotional', 'accusation'],
    'partial_refund',
    2360,
  ),
  // «У меня связи … проверят, уж я позабочусь» — a threat; «половину стоимости» has no sum.
  c(
    'r29r-30',
    'ru',
    `У меня связи и в прокуратуре, и в налоговой, имейте в виду. Сумка-холодильник пришла 16 июня с разошедшейся молнией — бегунок слетает, фото есть. Вернёте половину стоимости — разойдёмся мирно. Нет — проверят и вас, и ваших поставщиков, уж я позабочусь.`,
    'photo',
    ['threat', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Streamer: «Браво, гении логистики!» — sarcastic praise of the staff, an insult.
  c(
    'r29r-31',
    'ru',
    `Браво, гении логистики! Я стример, заказал микрофонную стойку-пантограф, а получил её без струбцины — крепить к столу не к чему. Распаковывал в прямом эфире 8 октября, запись сохранилась, фрагмент видео приложил. Пришлите струбцину.`,
    'video',
    ['insult'],
    'exchange',
  ),
  // Retired detective calls the manager a dotted-out mat name: profanity and insult.
  c(
    'r29r-32',
    'ru',
    `Двадцать лет в уголовном розыске, всякого повидал, но такого хамства не припомню. Заказывал палатку четырёхместную, прислали двухместную — 13 июля при установке на даче увидели. Фото палатки с биркой приложил. Менеджер в чате предложил мне «самому разобраться». Ваш менеджер — у.ё.бок, так ему и передайте. Требую обмен на четырёхместную палатку.`,
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // Customs declarant, plain complete text.
  c(
    'r29r-33',
    'ru',
    `Добрый день. Работаю декларантом, привыкла к точным цифрам, поэтому замеряла. Термос 1 л, цвет графит, получен 24 февраля. На третий день перестал держать тепло: кипяток остывает до комнатной температуры за 2 часа, а заявлено 24 часа. Видео замера термометром приложено. Прошу вернуть деньги.`,
    'video',
    [],
    'full_refund',
  ),
  // "From the authorities", knows the seller's children and their school — a threat.
  c(
    'r29r-34',
    'ru',
    `Кроссовки 43 размера пришли 1 ноября с разными стельками: левая 27 см, правая 28,5 см, фото с линейкой приложено. Я из органов, найти ваши данные мне не проблема. Уже знаю, что у вас двое детей и в какую школу они ходят. Думаю, вы понимаете, почему деньги лучше вернуть быстро.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Lawyer turns down an exchange, asks «пятьсот рублей» in words.
  c(
    'r29r-35',
    'ru',
    `Как юрист я мог бы расписать вам всё по статьям, но предложу проще. Обмен мне не нужен — ждать ещё месяц смысла нет. Комплект постельного белья евро получен 19 января: наволочки 50×70 вместо заявленных 70×70, это видно на фото с сантиметровой лентой. Прошу вернуть пятьсот рублей за несоответствие наволочек, бельё оставляю себе.`,
    'photo',
    [],
    'partial_refund',
    500,
  ),
  // Official «в шоке», no evidence named, no file.
  c(
    'r29r-36',
    'ru',
    `Я работаю в районной администрации и давно закупаю всё для детского сада, но такого разочарования ещё не было. Ковёр 2×3 м пришёл 5 декабря размером 1,5×2 м и пахнет так, что в группе невозможно находиться. Я в шоке, честно. Верните деньги за ковёр.`,
    'none',
    ['emotional', 'missing_evidence'],
    'full_refund',
  ),
  // Journalist: «на складе, похоже, слепые» — name-calling at staff.
  c(
    'r29r-37',
    'ru',
    `Пишу как журналист, который двадцать лет проверяет факты. А вы там на складе, похоже, слепые: заказывала чехол для планшета зелёный, прислали розовый. Получила 27.03, фото приложено. Прошу обмен на зелёный.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Security specialist reports a vulnerability to the platform's security team: lawful, complete.
  c(
    'r29r-38',
    'ru',
    `Я специалист по информационной безопасности. По существу спора: умная розетка с Wi-Fi получена 9 апреля, на второй день перестала подключаться к приложению — индикатор мигает красным, сброс не помогает. Видео приложено. Прошу замену. Отдельно: при настройке заметил, что приложение передаёт пароль от Wi-Fi открытым текстом. Я сообщил об этом в службу безопасности AliExpress через официальную форму — это стандартная практика и к спору отношения не имеет.`,
    'video',
    [],
    'exchange',
  ),
  // Procurement officer in «Ебурге» (city nickname): innocent; partial with a sum.
  c(
    'r29r-39',
    'ru',
    `Я специалист отдела закупок администрации, мы в Ебурге. Партия из 12 сетевых фильтров доставлена 14 августа, у трёх штук при включении выбивает автомат — проверял наш электрик. Видео проверки прикладываю. Прошу вернуть деньги за три фильтра — 1 740 руб.`,
    'video',
    [],
    'partial_refund',
    1740,
  ),
  // Police officer: «вы прекрасно знаете, что торгуете подделками» — an accusation.
  c(
    'r29r-40',
    'ru',
    `Я старший оперуполномоченный, контрафакт вижу регулярно. Духи пришли 2 сентября: на коробке нет штрихкода, голограмма напечатана, флакон легче оригинального на 40 г. Вы прекрасно знаете, что торгуете подделками. Фото упаковки рядом с оригиналом приложил. Верните деньги.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Blogger quotes the seller's insult after «написал»: not the buyer's; complete.
  c(
    'r29r-41',
    'ru',
    `Я блогер, и да, в переписке я упомянула, что буду снимать обзор. После этого продавец 5 мая написал мне: «ты никто, твой блог никто не читает, тупая курица». Скриншот прилагаю. По существу: ночник-проектор «звёздное небо» не вращается — мотор гудит, а купол стоит на месте. Обнаружила в день получения, 3 мая. Прошу вернуть деньги.`,
    'photo',
    [],
    'full_refund',
  ),
  // IT support worker takes the label back in the same sentence («не утверждаю … специально»): no accusation.
  c(
    'r29r-42',
    'ru',
    `Я не утверждаю, что вы сделали это специально, — сама двенадцать лет работаю в IT-поддержке и знаю, как путаются артикулы. Но вместо картриджа 051H для Canon пришёл 051 стандартной ёмкости, увидела при распаковке 21 октября. Фото коробки с артикулом приложила. Прошу прислать правильный картридж.`,
    'photo',
    [],
    'exchange',
  ),
  // Blogger, «Ё6аный» with a digit before a noun and «!!!»: profanity and emotional.
  c(
    'r29r-43',
    'ru',
    `Снимала распаковку для канала, открываю коробку 18 января — а там фен с расплавленной насадкой-концентратором. Ё6аный стыд перед подписчиками!!! Видео приложено. Верните деньги.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Museum procurement head: «сабля», «застрахуйте» — innocent words; complete.
  c(
    'r29r-44',
    'ru',
    `Я начальник отдела закупок в мэрии, заказывала сувенирную саблю для городского музея. Сабля пришла 7 июля со сломанной гардой — отломан один ус, фото приложено. Прошу отправить новую саблю и, пожалуйста, застрахуйте посылку: вещь недешёвая.`,
    'photo',
    [],
    'exchange',
  ),
  // Journalist "wants to see how you react": no request.
  c(
    'r29r-45',
    'ru',
    `Я журналист и сейчас собираю материал о работе продавцов на маркетплейсах. Свой случай описываю как есть: погружной блендер пришёл 30 мая, на второй день использования раскрошился пластиковый редуктор насадки-венчика, видео приложено. Хочу посмотреть, как вы отреагируете.`,
    'video',
    ['missing_resolution'],
    'none',
  ),
  // Lawyer "has all the proof" but names none and attaches none.
  c(
    'r29r-46',
    'ru',
    `Я юрист, и у меня есть все доказательства, если дойдёт до суда. Смеситель для кухни течёт из-под гайки излива с 3 марта, через месяц после установки. Прошу заменить смеситель.`,
    'none',
    ['missing_evidence'],
    'exchange',
  ),

  // Solicitor, chargeback named as the next lawful step; complete.
  c(
    'r29r-47',
    'en',
    `I'm a solicitor, so I'll keep this precise. The 12-cup glass coffee carafe arrived on 19 March with a crack running from the spout to the base, which I found when unpacking it. Photos of the crack and of the undamaged outer box are attached. Please issue a full refund. If the dispute is not resolved, I will raise a chargeback with my card issuer — I mention this only so you know the next step.`,
    'photo',
    [],
    'full_refund',
  ),
  // Security professional: "I can make your store disappear … I'd rather not have to" — a threat.
  c(
    'r29r-48',
    'en',
    `I do security for a living. The video doorbell you sold me arrived on 4 April; it drops off Wi-Fi every few hours and sends its snapshots unencrypted to a server I can't identify. Screenshots of the packet capture are attached. Refund me in full. I can make your store disappear from this platform in a weekend, and frankly I'd rather not have to.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Police officer logged a possible theft; resend request is an exchange; tracking number is evidence.
  c(
    'r29r-49',
    'en',
    `I'm a serving police officer and I've already logged this with my own force as a possible theft from the delivery van. Tracking LB284710395CN shows "delivered to mailbox" on 11 May at 14:02, but the box was empty and my door camera shows no courier at all that day. Please resend the parcel.`,
    'none',
    [],
    'exchange',
  ),
  // Lawyer "spells it out in short words" for the team: condescension, an insult.
  c(
    'r29r-50',
    'en',
    `Let me spell this out in short words, since reading your own listing seems to be a struggle for your team: the listing says 100% linen. The tablecloth I received on 8 June is polyester — the care label says so, and it went shiny where I touched it with a cool iron. Photos of the label are attached. I want a refund.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Reporter with the seller's real name and mother's address, family details "go into my next piece" — a threat.
  c(
    'r29r-51',
    'en',
    `I'm an investigative reporter; finding out who people really are is my job. I already have your real name from the company registry and your mother's home address. The camping stove arrived on 22 September and leaks gas at the valve — you can hear it hiss, video attached. Refund the full amount this week, or your family's details go into my next piece.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // YouTuber, fair review promised; complete.
  c(
    'r29r-52',
    'en',
    `Hi, I run a small YouTube channel reviewing kitchen gadgets, about 15k subscribers. The spiralizer arrived on 3 July and the largest blade snapped off at the hinge on the very first carrot. I filmed it for the review, clip attached. I'd like a replacement unit. I'll be fair in the video and mention how the seller handled it.`,
    'video',
    [],
    'exchange',
  ),
  // Streamer, dotted "F.u.c.k.i.n.g" as intensifier plus "ridiculous": profanity and emotional.
  c(
    'r29r-53',
    'en',
    `Streamer here. I ordered the silent-switch version of this mechanical keyboard and what arrived on 10 January has clicky blue switches — my chat could hear every key on stream. Clip attached. F.u.c.k.i.n.g ridiculous. Send me the silent-switch version I paid for.`,
    'video',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // Customs broker: "I know people at the inspection bay … nobody has to take a closer look" — a threat.
  c(
    'r29r-54',
    'en',
    `I'm a licensed customs broker. I know people at the Felixstowe inspection bay, and I know which of your shipments come through there. The 6-piece saucepan set arrived on 15 October with the handle of the largest pan loose — the rivet has sheared, photo attached. Refund me in full and nobody has to take a closer look at your paperwork.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Customs broker, import charges despite "duties included"; partial with a decimal sum.
  c(
    'r29r-55',
    'en',
    `I work as a customs broker, so I checked the import charge myself. The listing states that duties are included, but on delivery on 12 August Royal Mail charged me £18.40 import VAT plus an £8 handling fee. The Royal Mail payment receipt is attached. Please refund £26.40 to cover these charges.`,
    'photo',
    [],
    'partial_refund',
    26.4,
  ),
  // Councillor: "the worst experience" (affect) and a photo said attached with no file.
  c(
    'r29r-56',
    'en',
    `As a county councillor I deal with plenty of suppliers, and this is the worst experience I've had. I ordered two 90x120 whiteboards for the council offices; one arrived on 2 May, and the box carries a sticker saying 2 items packed. Photo of the sticker attached. Please send the second board.`,
    'none',
    ['emotional', 'evidence_not_attached'],
    'exchange',
  ),
  // Lawyer, entirely vague.
  c(
    'r29r-57',
    'en',
    `I'm a lawyer. This product is not as described and the quality is poor. I expect this to be handled appropriately.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Journalist: "this is a classic scam" — an accusation with facts.
  c(
    'r29r-58',
    'en',
    `I've written about online marketplace fraud for a decade, and this is a classic scam. The listing showed a 2 kg cast-iron griddle; on 1 February I received a 600 g pressed-steel pan. Photos of it on a kitchen scale are attached. Full refund, please.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Blogger "so upset", one capitalised word only: emotional.
  c(
    'r29r-59',
    'en',
    `I'm honestly so upset. I bought this ring light to start streaming for my followers and it arrived on 14 March with the dimmer stuck at the lowest setting — turning the knob does nothing. I've been looking forward to this for WEEKS and now I can't go live. Video attached. Please refund me.`,
    'video',
    ['emotional'],
    'full_refund',
  ),
  // Town clerk in Scunthorpe (place name), missing lanyards, partial with a sum.
  c(
    'r29r-60',
    'en',
    `I'm a town clerk in Scunthorpe and ordered 40 lanyards for a council event. Only 36 arrived on 9 September, while the packing list in the bag says 40. A photo of the packing list next to the counted lanyards is attached. Please refund $3.20 for the four missing lanyards.`,
    'photo',
    [],
    'partial_refund',
    3.2,
  ),
  // Influencer: followers given the return address to "pay you a visit" — a threat.
  c(
    'r29r-61',
    'en',
    `I have 80k followers on Instagram and a lot of them are very protective of me. The silk pillowcase arrived on 6 June with a tear along the zip seam, photo attached. Fix this with a full refund, or I post your shop name and the address from your return label and let my followers pay you a visit.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Detective sergeant says a photo is attached; form has no file.
  c(
    'r29r-62',
    'en',
    `Detective sergeant here, writing off duty. The dash cam mount I ordered arrived on 20 April and snapped at the ball joint on its second day in the car. I've attached a photo of the broken joint. Please send a replacement mount.`,
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // Lawyer asks for "half the price": partial without a sum.
  c(
    'r29r-63',
    'en',
    `Acting for myself in this matter: the standing desk frame arrived on 28 November with one leg motor dead — the left column doesn't move, the right one does, so the desk tilts. Video attached. I'm willing to keep the frame and have it repaired locally if you refund half the price.`,
    'video',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Network engineer: "unlike you f*cking idiots" — profanity and insult.
  c(
    'r29r-64',
    'en',
    `I'm a network engineer and I can read a spec sheet, unlike you f*cking idiots. The switch is listed as 8-port gigabit; the one that arrived on 3 May negotiates 100 Mbit on every single port. Screenshot of the link status attached. Replace it with the gigabit model.`,
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // Customs broker who reads labels; plain complete exchange.
  c(
    'r29r-65',
    'en',
    `Hello. I'm a customs broker, so I read labels for a living. I ordered hiking boots in EU 44. The pair delivered on 17 October says 44 on the box but 42 inside the tongue, and the insole measures 27 cm against 28.5 cm in your size chart. Photos of both labels and the insole on a ruler are attached. Please exchange them for a real 44.`,
    'photo',
    [],
    'exchange',
  ),
  // Two letters, one word.
  c('r29r-66', 'en', `ok`, 'none', ['empty_text'], 'none'),
  // Parish council chair: "Great honesty from your store, really" — sarcasm about honesty.
  c(
    'r29r-67',
    'en',
    `Great honesty from your store, really. The listing photo shows a solar garden light with a motion sensor; the twelve I received on 25 June have no sensor at all, they just switch on at dusk. I chair the parish council and bought them for the village path. Photos of the lights and the listing are attached. Please refund the full order.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Retired police officer, firm but polite; complete.
  c(
    'r29r-68',
    'en',
    `Thirty years in the police, and I've never had to ask three times for something this simple. The electric kettle cuts out before the water boils, every single time, since the day it arrived on 12 August. Video attached. Please refund me.`,
    'video',
    [],
    'full_refund',
  ),
  // Reporter writing as a customer; no time of the problem.
  c(
    'r29r-69',
    'en',
    `I'm writing this as a customer, not as a reporter. The food dehydrator's top tray is warped so badly that the lid won't close, and the fan rattles against the casing. Photo attached. I'd like a replacement.`,
    'photo',
    ['missing_when'],
    'exchange',
  ),
  // Paralegal quotes the agent's reply containing "shit": quoted profanity; "stupid cow" is the agent's.
  c(
    'r29r-70',
    'en',
    `For the record, I'm a paralegal and I keep everything in writing. When I reported that the curtain rail arrived bent (I unpacked it on 9 February, photo attached), your agent replied: "stop wasting my time, you stupid cow, shit happens in transit." A screenshot of that chat is attached too. I'm asking for a replacement rail.`,
    'photo',
    ['profanity'],
    'exchange',
  ),
  // Attorney: small-claims court and an honest review are lawful; complete.
  c(
    'r29r-71',
    'en',
    `I'm an attorney and I'll be blunt but fair. The hiking jacket is sold as waterproof, yet it soaked through at the shoulders in the first rain on 4 April — my shirt underneath was wet. Photos attached. I want a full refund. If the platform cannot resolve this, my next step is the small-claims court, and I will also leave an honest review describing exactly what happened.`,
    'photo',
    [],
    'full_refund',
  ),
  // Councillor, non-receipt with elapsed time; no evidence, no request.
  c(
    'r29r-72',
    'en',
    `I'm a councillor and I have better things to do than chase parcels. Order placed 30 days ago, a set of 4 bar stools, still nothing.`,
    'none',
    ['missing_evidence', 'missing_resolution'],
    'none',
  ),
  // IT contractor: "you lot are proper eejits" — regional name-calling, an insult.
  c(
    'r29r-73',
    'en',
    `I'm an IT contractor and I've dealt with clueless help desks before, but you lot are proper eejits. Three times now I've explained that the graphics tablet pen stops registering pressure after about ten minutes of drawing, ever since it arrived on 2 January. Video attached, again. Just send a working pen.`,
    'video',
    ['insult'],
    'exchange',
  ),
  // Freelance journalist in Germany, "€7,80" with a decimal comma.
  c(
    'r29r-74',
    'en',
    `I'm a freelance journalist based in Germany. The set of six wine glasses arrived on 3 March with one glass shattered inside the box. Photo attached. Please refund €7,80 for the broken glass — I'll keep the other five.`,
    'photo',
    [],
    'partial_refund',
    7.8,
  ),
  // Police officer "disgusted" and "you did this on purpose".
  c(
    'r29r-75',
    'en',
    `I'm a police officer and I'm frankly disgusted. I ordered a men's jacket in L and on 18 November received a women's size S, and your agent told me to 'just buy another one'. You did this on purpose to avoid a return. Photo of the label attached. Refund me.`,
    'photo',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // Blogger, spaced "s h i t" judging the product: profanity only; telling followers is an honest review.
  c(
    'r29r-76',
    'en',
    `The LED strip arrived on 27 May and every LED from segment 6 onwards is dead — you can see it in the video. It's a s h i t product, honestly, and I've told my followers not to buy it until this is sorted. Please refund.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
  // Lawyer: "ridiculous", "defective" only, no evidence.
  c(
    'r29r-77',
    'en',
    `I'm a lawyer and this is ridiculous. The vacuum cleaner arrived on 10 April and it is defective. I want my money back.`,
    'none',
    ['emotional', 'missing_what', 'missing_evidence'],
    'full_refund',
  ),
  // IT specialist: "assessed", "Shih Tzu" are innocent; H2testw discovery; complete.
  c(
    'r29r-78',
    'en',
    `I'm an IT specialist and I assessed the 2 TB external drive with h2testw the day it arrived, 16 July. It has only 64 GB of real capacity; everything written past that is lost. Screenshot attached. Our Shih Tzu chewed the corner of the box, sorry, but the drive itself is untouched. Refund please.`,
    'photo',
    [],
    'full_refund',
  ),
  // Trading-standards committee member reports the listing in the normal way: lawful, complete.
  c(
    'r29r-79',
    'en',
    `I sit on the trading standards committee in my borough, so I'll be doing this by the book. The baby monitor arrived on 2 December and has no night vision: in a dark room the screen is simply black, although the listing promises infrared night vision. Video attached. I'm asking for a full refund, and I will also report the listing through the platform's report button so other parents can see it has been checked.`,
    'video',
    [],
    'full_refund',
  ),
  // IT support tech mentions an unboxing video on the phone, not attached; send the missing part = exchange.
  c(
    'r29r-80',
    'en',
    `IT support tech here. The wireless presenter arrived on 5 August without its USB receiver, which is the one part it can't work without. I have the unboxing video on my phone and can send it if needed. Please send the missing receiver.`,
    'none',
    [],
    'exchange',
  ),
];
