import { labelled as c, type CorpusCase } from './types';

/**
 * Round twenty-four, hold-out set V: buyers who write in a formal, legal or bureaucratic register (претензии, numbered
 * demands, ЗоЗПП, EU and UK consumer law, card-network rules, lawful warnings of court, lawyer or regulator), with a few
 * who mix that register with menace, insults or mat. Written by a hand that has not read the analyzer's rules or other
 * corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Legal abbreviations (ЗоЗПП, РФ, ГК, ФИО, UK, EU) are not shouting; headings («Претензия», "Formal complaint") are
 *   written in ordinary case or as a single capitalised word, so they are not emotional.
 * - «Соразмерное уменьшение покупной цены» (ст. 18 ЗоЗПП) with no sum is a partial refund without an amount.
 * - A formal naming of dishonesty («расцениваю действия как мошеннические», «признаки мошенничества», «умышленно вводите
 *   в заблуждение», "deceptive practice", "deliberate misrepresentation", "you have defrauded me") is an accusation;
 *   a carefully negated one («не утверждаю, что умышленно», "not suggesting any deliberate wrongdoing") is not.
 * - A police report about a parcel stolen at the post office, with no label for the seller, is a lawful step and no
 *   accusation.
 * - A demand to answer within a deadline, next to a remedy, is not a second remedy; "I await your proposals for
 *   remedying this", «прошу дать письменный ответ по существу» and "I require a remedy" alone are no request.
 * - "Collect the rug at your expense and refund me" is a return; refusing to send back opened food or a leaking kettle
 *   while asking for the money is a full refund.
 * - A refund asked as «полную стоимость заказа — 2 190 руб.» names the order's total, so it is a full refund.
 * - A formal sanity question («находились ли сотрудники склада в здравом уме») is an insult.
 * - «мошенники е*учие» (mat after a fraud label) is profanity and accusation, not an insult and not emotional, as round
 *   twelve decided for "you f***ing scammers".
 * - Knives that arrive «тупыми», a «костюм клоуна», «потребитель», «потребляемая», «употреблять», Хуайхуа, shiitake,
 *   Cockermouth, Dickies are innocent.
 * - A text that says "photo and video attached" when the form has only a video has a file: no evidence_not_attached.
 * - A burn test, a USB meter, a ваттметр or a caliper reading is a discovery circumstance ("how").
 */
export const ROUND24_HOLDOUT_V: CorpusCase[] = [
  // Plain complete претензия: concrete defect, dates, photo attached, full refund.
  c(
    'r24v-01',
    'ru',
    'Претензия. Заказ № 8123456701234567: ручная кофемолка с керамическими жерновами, 2 340 руб. Товар получен 14.03.2025. При первом использовании 15.03 рукоятка стала проворачиваться вхолостую: внутри треснула пластиковая втулка, которая передаёт усилие на ось, молоть кофе невозможно. Фото втулки с трещиной прилагаю. На основании ст. 18 Закона РФ «О защите прав потребителей» прошу вернуть уплаченную сумму в полном объёме.',
    'photo',
    [],
    'full_refund',
  ),
  // The seller's rude reply is quoted as evidence after «ответил»; the buyer's own text is clean and complete.
  c(
    'r24v-02',
    'ru',
    'Прошу арбитраж учесть следующее. 02.04 я получил настольную лампу (заказ № 5566 0132 7781 4490), у неё не включается режим тёплого света: переключатель щёлкает, а цвет не меняется. В переписке продавец ответил мне: «сам разбирайся, не тупи, в описании всё написано». Скриншот переписки и видео с переключателем прилагаю. Считаю такой ответ недопустимым, но по существу прошу одного — замены лампы на исправную.',
    'video',
    [],
    'exchange',
  ),
  // Condescension about the staff's literacy in a formal letter: insult.
  c(
    'r24v-03',
    'ru',
    'Уважаемый продавец! Разъясняю вам, видимо впервые в жизни, что такое размерная сетка, поскольку грамотных людей в вашем магазине, очевидно, не держат. Заказывала пальто размера 48: по вашей же таблице обхват груди 96 см. 11 ноября при примерке измерила изделие сантиметровой лентой — 88 см. Фото с лентой приложены. Требую возврата денежных средств на основании ст. 18 ЗоЗПП.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Formal fraud label next to facts and a tracking number: accusation only; partial with a sum.
  c(
    'r24v-04',
    'ru',
    'Настоящим уведомляю, что расцениваю действия продавца как мошеннические. Оплачено 2 комплекта постельного белья (евро, сатин), 21.01.2025 получен один комплект. Вес посылки по трек-номеру LP00123456789012 — 0,9 кг, тогда как два комплекта весят около 2 кг. Прошу вернуть стоимость недостающего комплекта — 1 850 рублей.',
    'none',
    ['accusation'],
    'partial_refund',
    1850,
  ),
  // Long досудебная претензия with numbered demands and lawful warnings (Роспотребнадзор, bank, court): innocent.
  c(
    'r24v-05',
    'ru',
    'Досудебная претензия.\nЯ, покупатель по заказу № 3012 7788 4410 0923, 5 февраля 2025 г. получил электрический чайник из нержавеющей стали объёмом 1,7 л стоимостью 2 190 руб. При первом же кипячении в тот же вечер из-под дна на столешницу потекла вода: нарушена герметичность нижнего шва, вокруг подставки образовалась лужа, пользоваться прибором опасно. Видео, на котором видна течь, прилагаю.\nВ соответствии со ст. 18 Закона РФ «О защите прав потребителей» требую:\n1. Вернуть уплаченные 2 190 руб. — полную стоимость заказа.\n2. Дать ответ на настоящую претензию в течение 10 календарных дней.\nЗабирать неисправный чайник за счёт продавца не требуется, я готов утилизировать его по вашему указанию.\nВ случае отказа или молчания буду вынужден обратиться в Роспотребнадзор, в банк с заявлением об оспаривании операции по правилам платёжной системы и в суд с требованием взыскания неустойки и штрафа по п. 6 ст. 13 ЗоЗПП. Прошу расценивать это не как давление, а как уведомление о порядке моих дальнейших действий.',
    'video',
    [],
    'full_refund',
  ),
  // Mat with a digit («пи3дец какой-то») judging the item, no "!": profanity only.
  c(
    'r24v-06',
    'ru',
    'В соответствии с Законом о защите прав потребителей прошу принять к сведению: присланный рюкзак — это не водонепроницаемый рюкзак на 30 л, а пи3дец какой-то. После первого же дождя 8 октября всё содержимое промокло насквозь, швы изнутри не проклеены. Фото мокрых документов и швов приложены. Прошу вернуть деньги полностью.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Legal boilerplate only: "ненадлежащего качества", no defect, no time, no evidence.
  c(
    'r24v-07',
    'ru',
    'Претензия. Приобретённый мною товар (заказ № 8170 2256 9934 0012) является товаром ненадлежащего качества и не соответствует заявленным характеристикам. Руководствуясь ст. 18 Закона РФ «О защите прав потребителей», требую вернуть уплаченную за товар денежную сумму.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Holding the owner's name and relatives' pages and threatening to publish them: threat.
  c(
    'r24v-08',
    'ru',
    'Уважаемый продавец, довожу до вашего сведения, что я располагаю вашими данными: ФИО владельца магазина, адресом склада в Гуанчжоу и ссылками на страницы ваших родственников в соцсетях. Смарт-часы (заказ от 3 марта) пришли с разбитым стеклом экрана, фото при вскрытии посылки 19.03 приложено. Требую вернуть деньги. Если этого не произойдёт, перечисленные сведения будут опубликованы с соответствующими комментариями, а о последствиях, полагаю, вы догадываетесь сами.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «потребитель», «потребляемая» contain rude-looking pieces; complete text asking for the difference with a sum.
  c(
    'r24v-09',
    'ru',
    'Обращаюсь как потребитель по заказу № 5120 6643 0098 2271: масляный обогреватель, заявленная потребляемая мощность — 2000 Вт. 12 января замерил ваттметром: на максимальном режиме прибор потребляет 780 Вт, комната 14 м² не прогревается выше 17 °C. Фото показаний ваттметра прилагаю. Пользоваться обогревателем можно, поэтому прошу вернуть разницу — 1 500 рублей из уплаченных 4 990.',
    'photo',
    [],
    'partial_refund',
    1500,
  ),
  // Sarcastic praise of the staff («гении … заслуживают почётной грамоты»): insult.
  c(
    'r24v-10',
    'ru',
    'Выражаю восхищение вашим отделом контроля качества: гении, сумевшие упаковать стеклянную вазу в один слой пакета без пупырчатой плёнки, безусловно заслуживают почётной грамоты. Ваза (заказ № 4471 2290 0381 5526) получена 27.05 в виде осколков — видео вскрытия на почте прилагаю. Прошу полный возврат средств.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // Legal "proportionate price reduction" with no sum.
  c(
    'r24v-11',
    'ru',
    'В соответствии с абз. 4 п. 1 ст. 18 ЗоЗПП требую соразмерного уменьшения покупной цены. Основание: у складного стула, полученного 08.06.2025, при сборке в тот же день обнаружено, что одна из четырёх ножек короче остальных на 1,5 см, стул качается. Фото с линейкой приложено.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «глубоко разочарована» is an affect word; otherwise complete non-receipt with tracking.
  c(
    'r24v-12',
    'ru',
    'Уважаемая служба поддержки, я глубоко разочарована уровнем обслуживания. Детский зимний комбинезон (заказ № 8802 1134 5561 0027) оплачен 2 октября, гарантированный срок доставки истёк 10 ноября, а по отслеживанию посылка с 15 октября числится «в пути». Прошу вернуть денежные средства в полном объёме.',
    'none',
    ['emotional'],
    'full_refund',
  ),
  // «Пздц» (dropped vowels) as a cry with "!": profanity and emotional.
  c(
    'r24v-13',
    'ru',
    'Согласно п. 1 ст. 18 ЗоЗПП я вправе требовать замены товара ненадлежащего качества. Поясняю: триммер для газона (заказ № 7723 0094 1180 6651) при первом запуске 30.04 задымил из-под кожуха мотора и заглох. Пздц, третий раз пишу одно и то же! Видео приложено. Требую замены на исправный триммер.',
    'video',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // Negated accusation («не утверждаю, что умышленно»); asking to send the missing pieces is an exchange.
  c(
    'r24v-14',
    'ru',
    'Добрый день. Не утверждаю, что ошибка допущена умышленно, однако вместо заказанного набора из 6 предметов (сковороды 20, 22, 24, 26, 28 см и сотейник) 17 июля доставлено 4 предмета: сотейника и сковороды 28 см в коробке нет. Фото содержимого коробки и наклейки с весом прилагаю. Прошу допослать недостающие предметы.',
    'photo',
    [],
    'exchange',
  ),
  // "Official warning" of a personal visit to the warehouse where "the talk will be different": threat.
  c(
    'r24v-15',
    'ru',
    'Официально предупреждаю: если до 1 сентября деньги за пылесос (заказ № 9902 5513 7740 2218) не будут возвращены, я найду способ лично приехать на ваш склад, и разговор там будет совсем другой. Пылесос с 12.08 не включается, индикатор зарядки не загорается, видео приложено. Верните деньги.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // Scare quotes around «ошибка»: sarcasm about honesty, an accusation.
  c(
    'r24v-16',
    'ru',
    'Прошу рассмотреть спор по существу. Заказывал кроссовки 43 размера, 9 апреля при распаковке обнаружил размер 40 на ярлыке и на стельке — фото прилагаю. Очередная «ошибка» вашего склада, уже вторая за год. Прошу обменять на 43 размер.',
    'photo',
    ['accusation'],
    'exchange',
  ),
  // «обалдуи» aimed at the packers: name-calling without a swear word.
  c(
    'r24v-17',
    'ru',
    'Довожу до сведения руководства магазина, что упаковкой у вас занимаются обыкновенные обалдуи. Набор из 24 стеклянных ёлочных шаров уложен в коробку без единой перегородки; 14 декабря при получении на почте 11 шаров оказались разбиты. Фото осколков приложены. Прошу вернуть стоимость разбитых шаров — 770 руб.',
    'photo',
    ['insult'],
    'partial_refund',
    770,
  ),
  // «употреблять» and «потребитель» look rude to a careless checker; complete text.
  c(
    'r24v-18',
    'ru',
    'Претензия по заказу № 6120 4418 2203 7765: протеин шоколадный, 900 г. Получен 22.04.2025, при получении на банке обнаружен срок годности до 03.2025 — продукт просрочен, употреблять его в пищу нельзя. Фото маркировки со сроком приложено. Как потребитель требую полного возврата уплаченной суммы.',
    'photo',
    [],
    'full_refund',
  ),
  // Asks only for a written answer: no remedy.
  c(
    'r24v-19',
    'ru',
    'Уведомляю вас, что 3 марта 2025 года получен набор бит для шуруповёрта (заказ № 2280 4471 9036 1125). При первом же использовании 4 марта у шести из двенадцати бит сломались шлицы. Фото бит прилагаю. Прошу дать письменный ответ по существу претензии в установленный законом срок.',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // Mat with Latin look-alike letters as an adjective before the item (intensifier): profanity and emotional.
  c(
    'r24v-20',
    'ru',
    'Ставлю вас в известность, что данный eбaный утюг (заказ № 3390 1172 6654 8801) с 20.11 не нагревается: индикатор горит, подошва остаётся холодной. Видео прилагаю. Прошу вернуть уплаченные денежные средства.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Says the photos are attached, the form has none.
  c(
    'r24v-21',
    'ru',
    'Заявление. Заказ № 7001 3350 8812 4409: шторы блэкаут, 2 шт., 150×260 см. При распаковке 6 июня установлено, что длина каждой шторы 230 см, а не 260 см, что подтверждается замером рулеткой. Фотографии замера прилагаю. Прошу заменить шторы на изделия заявленной длины.',
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // "Slowly, for those who struggle with written speech" talks down; «квалифицирую как мошеннические» accuses.
  c(
    'r24v-22',
    'ru',
    'Повторно, медленно и по пунктам — для тех, кто в вашем магазине испытывает трудности с пониманием письменной речи: 1) заказан блендер мощностью 1200 Вт; 2) 15.09 получен блендер с маркировкой 350 Вт на шильдике; 3) фото шильдика было приложено ещё к первому обращению, прикладываю его повторно. Ваши действия квалифицирую как мошеннические. Требую полного возврата денег.',
    'photo',
    ['insult', 'accusation'],
    'full_refund',
  ),
  // A lawyer and a lawsuit announced as the lawful next step; offers to send the item back: return.
  c(
    'r24v-23',
    'ru',
    'Добрый день. Сообщаю, что 28.02 получено кресло-мешок (заказ № 1189 6620 3345 7712). При распаковке обнаружено, что молния внешнего чехла разошлась по всей длине и не застёгивается. Фото и видео приложены. Готов за ваш счёт отправить кресло обратно и прошу вернуть уплаченную сумму. Если спор не удастся решить на площадке, вопрос будет передан моему юристу для подготовки искового заявления — это не угроза, а порядок, предусмотренный законом.',
    'video',
    [],
    'return',
  ),
  // Concrete symptom and a legal basis, but no time and no evidence.
  c(
    'r24v-24',
    'ru',
    'Руководствуясь ст. 21 Закона «О защите прав потребителей», прошу произвести замену машинки для стрижки: нож не срезает волосы, а выдёргивает их, мотор гудит с перебоями.',
    'none',
    ['missing_when', 'missing_evidence'],
    'exchange',
  ),
  // Knowing the seller's son's school, «мир тесен»: threat.
  c(
    'r24v-25',
    'ru',
    'Претензия. Мне известно, на чьё имя зарегистрирован магазин, и я уже знаю, в какой школе учится ваш сын — мир тесен. Игровая мышь (заказ № 5570 3318 2204 9961) с 2 января кликает дважды при одном нажатии левой кнопки, видео приложено. Требую вернуть деньги до 15 января.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // «тупыми» is said of knives, not people: innocent.
  c(
    'r24v-26',
    'ru',
    'Обращаюсь в связи с несоответствием товара описанию: заказан набор кухонных ножей с заводской заточкой, сталь 440C. При получении 11.07 и первой пробе все пять ножей оказались тупыми — не режут ни помидор, ни лист бумаги, на режущей кромке видны заусенцы. Видео пробы реза прилагаю. Прошу обменять набор на новый.',
    'video',
    [],
    'exchange',
  ),
  // "??" in a formal demand: emotional; the rest is complete.
  c(
    'r24v-27',
    'ru',
    'Настоящим в третий раз требую ответа: где мой заказ?? Кухонные весы (1 290 руб.) оплачены 2 февраля, гарантированный срок доставки истёк 20 марта, трек-номер не обновляется с 10 февраля. Прошу вернуть деньги в полном объёме.',
    'none',
    ['emotional'],
    'full_refund',
  ),
  // Spaced mat judging the item («х у й н я, а не топпер»), no "!": profanity only.
  c(
    'r24v-28',
    'ru',
    'В порядке досудебного урегулирования сообщаю: топпер для матраса, заявленный в карточке как ортопедический толщиной 7 см, фактически толщиной 3 см и продавливается до основания. Если говорить по-простому — х у й н я, а не топпер. Замер линейкой сделан 3 октября при распаковке, фото приложено. Требую возврата 2 800 руб. — полной стоимости заказа.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // «признаки мошенничества» is a label; no evidence named.
  c(
    'r24v-29',
    'ru',
    'Усматриваю в действиях продавца признаки мошенничества. Камера 10 дюймов для электросамоката оплачена 14 декабря, однако за 52 дня посылка так и не пришла, а на сообщения продавец не отвечает. Требую вернуть оплату.',
    'none',
    ['accusation', 'missing_evidence'],
    'full_refund',
  ),
  // The seller's masked mat quoted as evidence stays profanity.
  c(
    'r24v-30',
    'ru',
    'Прошу арбитраж обратить внимание на поведение продавца. 19.08 я сообщил, что у робота-пылесоса (заказ № 6645 0021 7789 3304) с момента получения 17.08 не вращается правая боковая щётка. В ответ продавец написал дословно: «иди на х*р, ничего не верну». Скриншот переписки и видео работы пылесоса прилагаю. Прошу вернуть деньги.',
    'video',
    ['profanity'],
    'full_refund',
  ),
  // Partial refund with the sum in words (genitive): complete.
  c(
    'r24v-31',
    'ru',
    'Добрый день. В наборе акварели на 24 цвета (заказ № 3378 5509 1126 4480), полученном 4 ноября, при вскрытии обнаружено, что нет трёх кювет — белил, охры и сажи, на их месте пустые гнёзда. Фото прилагаю. Прошу частичный возврат в размере двухсот пятидесяти рублей.',
    'photo',
    [],
    'partial_refund',
    250,
  ),
  // Formal question about the staff's sanity: insult.
  c(
    'r24v-32',
    'ru',
    'Прошу пояснить, находились ли сотрудники вашего склада в здравом уме, отправляя в одной коробке без перегородок банку мёда и шерстяной плед. Банка разбилась, плед пропитан мёдом насквозь — обнаружено при вскрытии посылки на почте 7 октября, фото приложены. Требую замены пледа.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // «Я в шоке», generic "не соответствует описанию", no time, no evidence, only «решить вопрос».
  c(
    'r24v-33',
    'ru',
    'Я в шоке от уровня вашего сервиса. Товар не соответствует описанию, о чём я уведомлял вас неоднократно. Прошу решить вопрос в установленный законом срок.',
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // An ominous wish that nothing happens to the warehouse or the seller: veiled threat.
  c(
    'r24v-34',
    'ru',
    'Уважаемый продавец, даю вам последнюю возможность урегулировать вопрос миром. Вместо заказанного серого ковра 160×230 см 12 апреля пришёл бежевый 120×170, фото с рулеткой прилагаю. Прошу вернуть деньги. Искренне надеюсь, что с вашим складом и с вами лично ничего не случится, пока вы думаете, — времена сейчас неспокойные.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // A chargeback under Visa's rules and an honest review are lawful; complete non-receipt.
  c(
    'r24v-35',
    'ru',
    'Сообщаю о намерении защищать свои права всеми законными способами. Сумка-холодильник на 24 л, оплаченная 1 июля, не доставлена: срок, указанный на странице заказа, истёк 15 августа, а отслеживание с 5 июля показывает статус «принято в сортировочном центре». Прошу вернуть 3 450 руб. — полную стоимость заказа. В случае отказа обращусь в банк-эмитент с требованием возврата платежа по правилам платёжной системы Visa и оставлю честный отзыв о магазине.',
    'none',
    [],
    'full_refund',
  ),
  // Masked mat put to the seller in a single question: profanity and insult, not emotional.
  c(
    'r24v-36',
    'ru',
    'Уважаемая администрация магазина! Согласно описанию, в комплект электросушилки для обуви входят две пары насадок и таймер. 25.10 при вскрытии коробки таймера не оказалось, одна насадка оплавлена. Фото прилагаю. Вы там совсем ох*ели? Требую вернуть деньги в полном объёме.',
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // «производственный брак» names no defect.
  c(
    'r24v-37',
    'ru',
    'Претензия. 16.05.2025 получен товар — мультиварка (заказ № 4412 9087 3365 0021). При первом включении 17.05 выявлен производственный брак. Фото приложено. Требую замены товара на аналогичный надлежащего качества в семидневный срок согласно ст. 21 ЗоЗПП.',
    'photo',
    ['missing_what'],
    'exchange',
  ),
  // «костюм клоуна» is the item: no name-calling; complete.
  c(
    'r24v-38',
    'ru',
    'Добрый день. Заказывала детский карнавальный костюм клоуна, размер 122 (заказ № 9140 2273 5581 0036). Посылка получена 26 декабря; при распаковке оказалось, что в комплекте нет парика и колпака, указанных в описании, а сам комбинезон размера 104 — это видно по бирке. Фото приложены. Прошу заменить костюм на размер 122 с полным комплектом.',
    'photo',
    [],
    'exchange',
  ),
  // Plain good return.
  c(
    'r24v-39',
    'ru',
    'Здравствуйте. Термокружка 450 мл (заказ № 2207 6618 4490 1153) получена 3 декабря. Уже на следующий день выяснилось, что крышка не герметична: при наклоне кофе вытекает через клапан. Видео прилагаю. Прошу оформить возврат: кружку отправлю обратно, деньги прошу вернуть после её получения.',
    'video',
    [],
    'return',
  ),
  // «компенсация на ваше усмотрение»: partial refund with no sum.
  c(
    'r24v-40',
    'ru',
    'Учитывая, что настольный органайзер, полученный 21.03, пришёл с двумя сколами на передней панели, но в целом пригоден к использованию, готова его оставить при условии компенсации на ваше усмотрение. Фото сколов приложены.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Masked mat after a fraud label: profanity and accusation; tracking number is evidence.
  c(
    'r24v-41',
    'ru',
    'На основании изложенного заявляю: вы — мошенники е*учие. Оплачено 6 банок краски по 2,5 л, 30.06 пришло 4 банки; по трек-номеру RB123456785CN вес отправления 10 кг вместо 15 кг. Требую вернуть стоимость двух недостающих банок — 1 980 руб.',
    'none',
    ['profanity', 'accusation'],
    'partial_refund',
    1980,
  ),
  // The buyer calls herself «растяпа»: no insult; complete.
  c(
    'r24v-42',
    'ru',
    'Признаю, что сама, старая растяпа, не проверила посылку на почте, но это не меняет сути: дома 14 февраля обнаружила, что в наборе контейнеров для заморозки (12 шт.) все крышки на 2 мм меньше контейнеров и не закрываются. Фото прилагаю. Прошу заменить крышки на подходящие.',
    'photo',
    [],
    'exchange',
  ),
  // Police report about theft at the post office: lawful, no label for the seller; complete non-receipt.
  c(
    'r24v-43',
    'ru',
    'Сообщаю, что по данным отслеживания посылка с электрогрилем (заказ № 3366 7120 0945 8812) 11 февраля значится врученной, однако я её не получал: подпись в извещении не моя, что подтверждено справкой почтового отделения от 13 февраля. Я подал заявление в полицию по факту хищения посылки на почте, талон-уведомление приложен. Прошу вернуть мне уплаченные средства в полном объёме.',
    'photo',
    [],
    'full_refund',
  ),
  // "!!", «умышленно вводите в заблуждение», no evidence named, no file.
  c(
    'r24v-44',
    'ru',
    'Возмутительно!! Согласно ст. 10 ЗоЗПП продавец обязан предоставлять достоверную информацию о товаре, вы же умышленно вводите покупателей в заблуждение: в карточке указана подушка из гусиного пуха, а 14 ноября, распоров шов в уголке, я обнаружила внутри синтепон. Требую вернуть деньги.',
    'none',
    ['emotional', 'accusation', 'missing_evidence'],
    'full_refund',
  ),
  // Place name Хуайхуа looks rude; tracking number, elapsed days: complete.
  c(
    'r24v-45',
    'ru',
    'Прошу вернуть полную стоимость заказа. Посылка с мужскими ботинками 44 размера (трек LB234567890CN) с 12 марта, то есть уже 47 дней, числится на сортировке в г. Хуайхуа и никуда не движется.',
    'none',
    [],
    'full_refund',
  ),
  // "In a form accessible to you, in short words … hope it is clear now": condescension.
  c(
    'r24v-46',
    'ru',
    'Поясняю в доступной для вас форме, короткими словами. Куртка. Размер L. Пришла M. 23 сентября. Бирка на фото. Нужен обмен на L. Надеюсь, теперь понятно.',
    'photo',
    ['insult'],
    'exchange',
  ),

  // UK short-term right to reject, offers to return at the seller's expense: complete.
  c(
    'r24v-47',
    'en',
    'Dear Sir or Madam, I write regarding order 8142 5530 9917 2264, a stainless steel saucepan set received on 4 March 2025. On first use on 6 March the handle of the 20 cm pan came loose: two of its three rivets sheared off. Photographs of the rivets are attached. Under the Consumer Rights Act 2015 I am exercising my short-term right to reject. I will return the set at your expense and request a full refund on its return.',
    'photo',
    [],
    'return',
  ),
  // "is, with respect, bullsh!t" judges the seller's reply: masked profanity; the seller's words are quoted.
  c(
    'r24v-48',
    'en',
    "Further to my message of 12 May: your reply that the crushed lid is 'normal for transport' is, with respect, bullsh!t. The biscuit tin arrived on 9 May with the lid bent so that it no longer closes; photos attached. I request a replacement tin.",
    'photo',
    ['profanity'],
    'exchange',
  ),
  // Cockermouth and a Dickies-style item look rude to a careless checker; complete.
  c(
    'r24v-49',
    'en',
    'To the seller: I ordered a pair of Dickies-style work trousers, waist 34, leg 32 (order 3055 7120 6648 0913). The parcel was delivered on 18 June to my address in Cockermouth, and on opening it I found waist 30 — both the label and my tape measure show it. A photo of the label and the measurement is attached. Please send the correct size 34.',
    'photo',
    [],
    'exchange',
  ),
  // "a deceptive practice" labels the seller's honesty: accusation.
  c(
    'r24v-50',
    'en',
    'Pursuant to the EU rules on the conformity of goods, I hereby notify you of a lack of conformity. The listing describes the camping table as aluminium, weighing 3.2 kg. The table delivered on 2 August weighs 6.9 kg on my scales and its frame is steel: a magnet sticks to it. Photos attached. Listing a steel table as aluminium is a deceptive practice. I request a full refund.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // "short sentences so that your team can follow": condescension.
  c(
    'r24v-51',
    'en',
    'I shall use short sentences so that your team can follow. I ordered a blue kettle. On 14 October a pink one arrived. The photo shows it. I want the blue one. Please send it.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Concrete fault, video, sum; no time or discovery.
  c(
    'r24v-52',
    'en',
    'Notice of defect: the cordless drill (order 7723 4410 0856 3391) slips in the chuck. The chuck will not hold bits larger than 6 mm; they spin loose as soon as I press. I attach a video. I request a partial refund of US$18 and will keep the drill.',
    'video',
    ['missing_when'],
    'partial_refund',
    18,
  ),
  // Knowing the seller's name, address and where the wife works, "I trust we understand each other": threat.
  c(
    'r24v-53',
    'en',
    'This is a formal final notice. The wall clock (order 6611 2039 4475 8820) arrived on 3 November with its glass shattered; photos attached. I require a full refund within seven days. I should add that I know your name, I know the address registered for your shop, and I know your wife works at the bank on the same street. I trust we understand each other.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Chargeback under Mastercard's rules, Trading Standards, small claims court: lawful; complete non-receipt.
  c(
    'r24v-54',
    'en',
    "Order 4418 0076 2293 5512, a cast-iron griddle pan, was paid for on 10 January. The guaranteed delivery date of 25 February has passed, and tracking has shown 'Departed from sorting centre' since 14 January with no further update. I therefore request a full refund. Should this not be resolved within 14 days, I will raise a chargeback with my card issuer under Mastercard's rules and report the matter to Trading Standards. I also reserve the right to bring a claim in the small claims court. I would much prefer to settle it here.",
    'none',
    [],
    'full_refund',
  ),
  // "extremely disappointed" is an affect word; otherwise complete.
  c(
    'r24v-55',
    'en',
    'I am extremely disappointed to have to write again. The linen tablecloth (order 2201 5584 7730 1149) delivered on 5 April measures 140 x 180 cm rather than the 150 x 250 cm ordered, as I found when unpacking it. Photographs are attached. I ask that you send the correct size.',
    'photo',
    ['emotional'],
    'exchange',
  ),
  // Spaced swear word in a judgement cried out with "!": profanity and emotional.
  c(
    'r24v-56',
    'en',
    'Re: order 9087 3321 6650 1472, a garden hose advertised as heavy duty. It split lengthwise on first use on 21 May, within two minutes of the tap being opened. Video attached. Heavy duty? What a load of s h i t! I request a full refund.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // The seller's insult quoted after "and I quote": not the buyer's; complete.
  c(
    'r24v-57',
    'en',
    "For the arbitration team: the desk fan (order 3340 9126 5507 8813) arrived on 5 September and rattled loudly at all three speeds from the first switch-on, because one blade is cracked near the hub. When I reported this, the seller replied, and I quote: 'you are stupid customer, you broke it yourself'. Screenshots of the conversation and a video of the blade are attached. I did not damage the fan. I request a replacement.",
    'video',
    [],
    'exchange',
  ),
  // Legal boilerplate only: "not of satisfactory quality", "not as described", "a remedy".
  c(
    'r24v-58',
    'en',
    'I wish to register a formal complaint regarding order 5512 0083 6641 2297. The goods are not of satisfactory quality within the meaning of section 9 of the Consumer Rights Act 2015 and are not as described. I require a remedy.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // "numpties" aimed at the dispatch staff: insult.
  c(
    'r24v-59',
    'en',
    'Kindly inform the numpties in your dispatch department that a glass cafetière cannot be posted in a paper envelope. It arrived on 30 January in pieces; photos attached. I request a full refund.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Partial refund with a decimal comma (€6,50 = 6.5): complete.
  c(
    'r24v-60',
    'en',
    'Dear seller, the set of six wine glasses (order 1204 7768 3019 5546) arrived on 11 December with one glass chipped at the rim, which I noticed when unpacking. Photo attached. I am happy to keep the rest and request a partial refund of €6,50 for the damaged glass.',
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // Says a video is attached; the form has no file.
  c(
    'r24v-61',
    'en',
    'In accordance with the Consumer Rights Act 2015, I am notifying you that the electric blanket received on 22 November stopped heating on its third night of use: the controller light stays on but the blanket remains cold. I attach a video demonstrating the fault. I request a replacement.',
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // "accidents happen in warehouses, don't they?": veiled threat.
  c(
    'r24v-62',
    'en',
    "Formal request for refund. The rowing machine seat (order 8899 1045 3372 6610) cracked through on the second day of use, 4 July; photos attached. I expect a full refund by Friday. It would be a shame if bad reviews turned out to be the least of your shop's problems. Accidents happen in warehouses, don't they?",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "what remarkable honesty": sarcasm about honesty, accusation.
  c(
    'r24v-63',
    'en',
    'I note with interest that your 20,000 mAh power bank somehow delivers 5,800 mAh when measured with a USB meter on 19 March. What remarkable honesty. A screenshot of the meter reading is attached. Please refund me in full.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Carefully not accusing ("not suggesting any deliberate wrongdoing"): complete.
  c(
    'r24v-64',
    'en',
    'I want to be clear that I am not suggesting any deliberate wrongdoing on your part; mistakes happen in a busy warehouse. However, the sofa cover delivered on 8 August is for a two-seater, whereas I ordered and paid for the three-seater version. The label and the 150 cm width I measured confirm this. Photos attached. Please send the three-seater cover.',
    'photo',
    [],
    'exchange',
  ),
  // "f*ckwits" as the salutation: profanity and name-calling.
  c(
    'r24v-65',
    'en',
    "Dear f*ckwits at customer service, with reference to order 6130 2284 9957 0041: the bathroom scale shows a weight 4 kg heavier than my doctor's scale. I tested it on 2 February on a hard floor with fresh batteries. Video attached. Refund me in full.",
    'video',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // "the difference in price" with no sum.
  c(
    'r24v-66',
    'en',
    'I was charged for the king-size duvet, but the duvet delivered on 16 October is labelled and measures as a double: 200 x 200 cm rather than 230 x 220 cm. Photos of the label and the tape measure are attached. As I am prepared to keep it, please refund the difference in price.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "shiitake" contains a rude-looking piece; declining to return opened food: full refund; complete.
  c(
    'r24v-67',
    'en',
    'Order 2749 3306 1182 5570: dried shiitake mushrooms, 500 g pack, delivered on 6 May. On opening the bag the same day I found white and green mould on roughly half of the caps and a strong musty smell. Photos attached. As this is food and unfit to eat, I request a full refund; I will not be returning an opened food item.',
    'photo',
    [],
    'full_refund',
  ),
  // "Are you all braindead??": insult, and "??" is emotional; sending missing brackets is an exchange.
  c(
    'r24v-68',
    'en',
    'I refer to my three previous messages, all of which remain unanswered. Are you all braindead?? The curtain rail delivered on 1 March is missing both end brackets, as the attached photo shows. Please send the brackets.',
    'photo',
    ['insult', 'emotional'],
    'exchange',
  ),
  // "I await your proposals" is no request.
  c(
    'r24v-69',
    'en',
    'Please be advised that the leather wallet (order 3380 6615 0024 9987) received on 27 June has stitching coming apart along the coin pocket after one week of ordinary use. Photographs are enclosed. I await your proposals for remedying this in accordance with the applicable consumer legislation.',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // "you have defrauded me" accuses; "those who defraud me come to regret it" threatens.
  c(
    'r24v-70',
    'en',
    'Let me state this formally, for the record: you have defrauded me, and those who defraud me come to regret it, one way or another. The 3 m extension lead I ordered arrived on 5 December as a 1 m lead; photo attached. Refund in full.',
    'photo',
    ['threat', 'accusation'],
    'full_refund',
  ),
  // EU 14-day withdrawal, offers to send back, the ECC named as a lawful route: complete return.
  c(
    'r24v-71',
    'en',
    'Under the EU rules on distance selling I am withdrawing from the contract within the 14-day period. The yoga mat arrived on 3 September; it is 4 mm thick rather than the 8 mm stated, measured with a caliper when I unpacked it. Photos attached. I will send it back and request a refund of the full price, including the original delivery cost. If we cannot agree, I will contact my national European Consumer Centre.',
    'photo',
    [],
    'return',
  ),
  // Empty: a single two-letter word.
  c('r24v-72', 'en', 'Re:', 'none', ['empty_text'], 'none'),
  // Near-empty heading only.
  c(
    'r24v-73',
    'en',
    'Formal complaint.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Spaced swear word as an interjection: profanity and emotional.
  c(
    'r24v-74',
    'en',
    'With respect to my claim of 3 April: the left slot of the toaster does not heat at all, which I noticed on the first morning of use, 28 March. F u c k i n g hell, how many times must I send the same photo? It is attached again. Full refund, please.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Partial refund with the sum in words and an honest review announced: complete.
  c(
    'r24v-75',
    'en',
    'Good afternoon. The bamboo bed sheets (order 6009 4471 2385 0016) arrived on 14 January with a 5 cm tear along the hem of the fitted sheet, which I found when unpacking. Photo attached. I would accept a partial refund of twelve dollars and keep the set. I will leave an honest review once this is settled.',
    'photo',
    [],
    'partial_refund',
    12,
  ),
  // "a deliberate misrepresentation designed to mislead": accusation; carrier collection is a return.
  c(
    'r24v-76',
    'en',
    'The listing describes the rug as 100% wool. On unpacking it on 9 October I found that the care label sewn into it says 100% polyester. Photos of the label are attached. In my view this is a deliberate misrepresentation designed to mislead buyers. I request that you collect the rug at your expense and refund me in full.',
    'photo',
    ['accusation'],
    'return',
  ),
  // Mock praise of the quality-control "geniuses": insult.
  c(
    'r24v-77',
    'en',
    "Congratulations to the geniuses in your quality control team: the child's bicycle helmet (order 7404 1196 3358 2027) delivered on 12 April has a cracked shell straight out of the box, as the attached video shows. I request a full refund.",
    'video',
    ['insult'],
    'full_refund',
  ),
  // "My patience is wearing thin" is emotional; no tracking or other evidence named.
  c(
    'r24v-78',
    'en',
    "My patience is wearing thin. Order 2020 8845 1163 7709, a children's car seat cover, was paid for on 2 March and has still not arrived, 61 days later. I request a full refund.",
    'none',
    ['emotional', 'missing_evidence'],
    'full_refund',
  ),
  // Tracking number, elapsed days, asks to reship (an exchange): complete.
  c(
    'r24v-79',
    'en',
    'Dear seller, the parcel with the ceramic plant pots (order 1555 3024 8869 4410) has not arrived. It was paid for on 15 May, and tracking number LP00987654321098 has shown no movement since 22 May, 45 days ago. Please reship the order.',
    'none',
    [],
    'exchange',
  ),
  // Plain good formal letter citing the Consumer Rights Act, replacement.
  c(
    'r24v-80',
    'en',
    'Dear Sir or Madam, I am writing about the cordless hair straightener (order 8876 2210 5049 3318) delivered on 19 February. From the first use the following day, the left plate does not heat: the right plate reaches temperature within a minute, while the left stays cold to the touch. A video showing both plates is attached. Under the Consumer Rights Act 2015 I am entitled to a repair or replacement, and I would like a replacement unit. Thank you for your assistance.',
    'video',
    [],
    'exchange',
  ),
];
