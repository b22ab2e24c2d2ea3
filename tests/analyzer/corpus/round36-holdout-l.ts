import { labelled as c, type CorpusCase } from './types';

/**
 * Round thirty-six, hold-out set l: buyers who cite consumer law (ЗоЗПП, the EU 14-day right, the UK Consumer Rights
 * Act, card chargeback rules) and compare platforms, sometimes politely, sometimes mixing lawful pressure with threats,
 * insults, mat or accusations. Written by a hand that has not read the analyzer's rules or other corpus files; labels
 * follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Remedies quoted from a statute («потребитель вправе потребовать замены…», the CRA's price reduction) are the law's
 *   words, not the buyer's request; the buyer's own sentence decides the resolution.
 * - Lawful pressure is no finding: a претензия, a letter before action, court, Роспотребнадзор, Trading Standards,
 *   Citizens Advice, a chargeback or Section 75 claim, a police report, leaving for Ozon/Wildberries/Temu, warning
 *   friends or an antenatal group with an honest account. Using the owner's name, home or family, "people" at the
 *   seller's market, a relative doing "collections" or friends in the prosecutor's office as leverage is a threat.
 * - A statutory penalty (неустойка 1% × days) worked out to a sum and asked for is a partial refund with that sum, even
 *   when the same text also asks again for the promised replacement (round fourteen: the money request with its sum).
 * - "An appropriate price reduction" under CRA s.24 is a partial refund without a sum, like «соразмерное уменьшение».
 * - Rejecting goods under the short-term right to reject or the EU withdrawal right and asking where to send them back
 *   (or for a collection) is a `return`.
 * - A statute's deadline for the seller («в десятидневный срок», "within 14 days") is not the problem's time.
 * - A heading "Letter before action" is written in ordinary case so it does not count as shouting.
 * - Transliterated Russian with «potrebitelei» is innocent in that word; «Blyat, nu skolko mozhno» is a cry.
 * - A seller's threat or insult quoted by the buyer as evidence is the seller's, and the buyer asking the platform to
 *   look at it is no accusation.
 */
export const ROUND36_HOLDOUT_L: CorpusCase[] = [
  // Formal претензия by ст. 18/22, date, video, whole price back; "потребитель" and the court are innocent.
  c(
    'r36l-01',
    'ru',
    'Претензия. 28 февраля получила кухонный комбайн, а 12 марта, на третий день использования, по чаше пошла трещина от основания до мерной шкалы, и при работе на второй скорости из неё подтекает. Видео с трещиной и подтёком приложено. На основании ст. 18 Закона РФ «О защите прав потребителей» отказываюсь от исполнения договора купли-продажи и требую вернуть уплаченную сумму 7 490 руб. в течение 10 дней (ст. 22). В случае отказа буду вынуждена обратиться в Роспотребнадзор и в суд, где, помимо стоимости, потребитель вправе взыскать неустойку и штраф 50%.',
    'video',
    [],
    'full_refund',
  ),
  // Short-term right to reject under the CRA, asks where to send it back: a return; Scunthorpe is a town.
  c(
    'r36l-02',
    'en',
    "Hello. I received the stainless steel kettle on 1 June. On 4 June the lid hinge snapped the second time I opened it, and the lid no longer closes, so the kettle doesn't switch off when it boils. Photos of the broken hinge are attached. Under the UK Consumer Rights Act 2015 goods must be of satisfactory quality, and I am within the 30-day short-term right to reject. I am rejecting the kettle: please refund the full £32.99 and tell me where to send it back, or arrange a courier collection from my address in Scunthorpe.",
    'photo',
    [],
    'return',
  ),
  // Masked mat judging the support, no "!": profanity only.
  c(
    'r36l-03',
    'ru',
    'Робот-пылесос перестал заряжаться на пятый день после получения: встаёт на базу, индикатор мигает красным, заряд не идёт. Видео прикладываю. Я уже дважды писала вам со ссылкой на статью 18 ЗоЗПП, а в ответ получаю шаблон «перезагрузите устройство». Перезагружала, не помогает. Ваша поддержка — п!зд@ц какой-то. Требую вернуть полную стоимость, 15 990 руб.',
    'video',
    ['profanity'],
    'full_refund',
  ),
  // Connections in the prosecutor's office used as menace next to a lawful claim: threat.
  c(
    'r36l-04',
    'ru',
    'Автокресло группы 1/2/3. Установила его 3 апреля в первый раз — замок пятиточечного ремня не фиксируется, язычок выскакивает при лёгком рывке. Фото замка прикладываю. Это детское кресло, речь о безопасности ребёнка. По ст. 18 ЗоЗПП требую полного возврата денег. И имейте в виду: я сама юрист, у меня хорошие знакомые в прокуратуре Новосибирска, так что вашим складом в Новосибирске займутся очень быстро, если вы и дальше будете отмалчиваться.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // EU 14-day withdrawal, colour temperature mismatch, photo, will post it back: return.
  c(
    'r36l-05',
    'en',
    'Dear seller, I am writing from Cologne. The desk lamp was delivered on 9 October. Under the EU Consumer Rights Directive (2011/83/EU) I have 14 days from delivery to withdraw from a distance contract without giving any reason, and I hereby withdraw. For the record, the reason is that the lamp is warm white (2700K printed on the base) while the listing says cool white 4000K; a photo of the base label is attached. Please send me a return address. I will post the lamp back in its original box and expect the refund within 14 days of you receiving it.',
    'photo',
    [],
    'return',
  ),
  // "мошенники!!!" and «заведомо» with a concrete fault but nothing attached; Ozon is a lawful exit.
  c(
    'r36l-06',
    'ru',
    'Купил масляный обогреватель на 11 секций, с первого дня он не греет: радиатор еле тёплый даже на максимальной мощности, в комнате +16. Вы обычные мошенники!!! Продаёте заведомо нерабочий хлам и потом неделями не отвечаете. По ст. 18 ЗоЗПП требую вернуть деньги. Больше у вас ничего не куплю, перехожу на Озон.',
    'none',
    ['emotional', 'accusation', 'missing_evidence'],
    'full_refund',
  ),
  // Non-receipt with dates and a tracking number, ст. 23.1 quoted; the paid sum is the whole price.
  c(
    'r36l-07',
    'ru',
    'Добрый день. Заказ оплачен 2 апреля, срок доставки по карточке — до 20 мая. Сегодня 14 июня, посылки нет, трек-номер LP00123456789012 не обновляется с 18 мая (последний статус — «Прибыло в сортировочный центр»). По ст. 23.1 Закона о защите прав потребителей при нарушении срока передачи предварительно оплаченного товара потребитель вправе потребовать возврата суммы предварительной оплаты. Прошу вернуть уплаченные 2 340 рублей. Спасибо.',
    'none',
    [],
    'full_refund',
  ),
  // Obscene judgement of the item with a masked letter, no "!": profanity only.
  c(
    'r36l-08',
    'en',
    'The air fryer basket started shedding its non-stick coating after the very first use on 15 January, black flakes in the chips. Photo of the basket attached. I know my rights under the Consumer Rights Act: cookware that sheds its coating into food is not of satisfactory quality. Frankly the whole thing is sh!t. Full refund, please.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Talking down («для тех, кто в школе прогуливал») while quoting ст. 18: insult; asks for a new pair.
  c(
    'r36l-09',
    'ru',
    'Объясняю для тех, кто в школе прогуливал чтение: статья 18 ЗоЗПП — потребитель вправе потребовать замены на товар этой же марки. Кроссовки, которые вы продали, через неделю носки (получила 2 мая) — подошва на правом отклеилась от носка до середины стопы. Фото приложено. Замените на новую пару 39 размера.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // CRA s.24 "appropriate price reduction": partial refund with no sum.
  c(
    'r36l-10',
    'en',
    "Hi, the rug arrived on 2 March and I measured it with a tape straight away: it is 160 x 230 cm, while the listing and my order say 200 x 290 cm. Photos with the tape measure are attached. Under the Consumer Rights Act s.24 I'm entitled to a price reduction if I keep goods that don't match their description. It still fits my hallway, so I'll keep it in return for an appropriate price reduction.",
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Court is lawful, but publishing the owner's family and home: threat.
  c(
    'r36l-11',
    'ru',
    'Шуруповёрт: аккумулятор с первого дня не держит заряд — полностью заряженный садится через 10 минут работы, видео с таймером прикладываю. В суд я подам, это само собой, претензию по ст. 18 вы уже получили. Но учтите: я знаю, как зовут владельца вашего магазина и где в Иу живёт его семья. Если денег не будет до пятницы, выложу фамилию, адрес и фотографии его дома во всех группах. Верните полную стоимость.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // Missing ladle found at unboxing, photo, asks to send it (ГК quoted, polite): exchange.
  c(
    'r36l-12',
    'ru',
    'Здравствуйте! Заказывала набор кастрюль из 5 предметов, пришло 4 — нет ковша 16 см с крышкой. Обнаружила при распаковке 2 февраля, коробка была заклеена заводским скотчем. Фото коробки и содержимого прикладываю. Прошу дослать недостающий ковш. По ст. 480 ГК РФ при некомплектности покупатель вправе требовать доукомплектования, но думаю, мы решим вопрос без формальностей.',
    'photo',
    [],
    'exchange',
  ),
  // Section 75 is lawful; "you bunch of clowns" calls names.
  c(
    'r36l-13',
    'en',
    "Office chair, delivered 20 September. From the second day the gas lift sinks to the lowest position within a few minutes of sitting down, video attached. I've written three times. Section 75 of the Consumer Credit Act makes my credit card company jointly liable with you, so carry on ignoring me, you bunch of clowns, the money will come back either way. I'd still rather you just refunded me here.",
    'video',
    ['insult'],
    'full_refund',
  ),
  // Law and Роспотребнадзор around a bare "не соответствует описанию": vague, no time, nothing attached.
  c(
    'r36l-14',
    'ru',
    'Товар не соответствует описанию. В соответствии со статьёй 18 Закона о защите прав потребителей требую вернуть деньги в десятидневный срок. В противном случае обращусь в Роспотребнадзор.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Latin "b" inside mat as an adjective before the item: intensifier, profanity and emotional.
  c(
    'r36l-15',
    'ru',
    'Утюг течёт прямо из подошвы: на второй глажке (получила 6 декабря) на рубашке остались мокрые пятна и ржавые разводы. Видео прилагаю. Этот еbучий утюг испортил мне рубашку за 4 тысячи. Статья 18 ЗоЗПП, возврат полной стоимости.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // The agent's insult quoted as evidence, chargeback opened: innocent.
  c(
    'r36l-16',
    'en',
    "The bedsheet set is listed as 100% cotton. The care label sewn into the fitted sheet says 65% polyester, 35% cotton; I noticed it when I washed the set for the first time on 12 January. When I asked, your agent replied: 'read the description, stupid, cotton feel is not cotton.' A screenshot of that chat and a photo of the label are attached. I have also opened a chargeback with my bank under Visa's 'not as described' reason code. Refund the full price here and I will withdraw it.",
    'photo',
    [],
    'full_refund',
  ),
  // «Вы специально отправили» labels intent despite facts; take it back and refund: return.
  c(
    'r36l-17',
    'ru',
    'Блендер пришёл б/у: при вскрытии 5 ноября на ножах засохшие остатки еды, на чаше царапины, в коробке нет пломбы. Фото прилагаю. Вы специально отправили возвращённый кем-то товар, рассчитывая, что я не замечу. Забирайте свой блендер и верните деньги.',
    'photo',
    ['accusation'],
    'return',
  ),
  // "It would be a real shame…" with people at the seller's market stall: veiled threat.
  c(
    'r36l-18',
    'en',
    "I tested the vacuum flask on 3 September: coffee poured at 90°C was cold after 2 hours, while the listing promises 12 hours hot. Photo of the thermometer attached. Under EU law I'm entitled to a remedy and I'm asking for a refund. It would be a real shame if something happened to your little stall in the Yiwu market. I know people who go there every week.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «Я в шоке!!!» in an otherwise complete text.
  c(
    'r36l-19',
    'ru',
    'Заказала шторы блэкаут, 2 полотна 150х270. Пришли 140х250, измерила рулеткой 8 октября, на бирке тоже 140х250. Я в шоке!!! Фото с рулеткой прикладываю. Прошу обмен на правильный размер.',
    'photo',
    ['emotional'],
    'exchange',
  ),
  // Хлебопечка, колебания, потребитель, учебник contain rude-looking pieces; money declined, exchange asked.
  c(
    'r36l-20',
    'ru',
    'Хлебопечка: ведёрко не фиксируется на валу, на второй выпечке 11 января оно сорвалось, тесто вывалилось на ТЭН и пригорело. Видео колебания ведёрка при замесе прикладываю. Ст. 18 ЗоЗПП: потребитель вправе потребовать замены на товар этой же марки. Прошу именно замену, деньги возвращать не нужно, печка в целом устраивает. Учебник по выпечке, который шёл в комплекте, пусть остаётся у меня.',
    'video',
    [],
    'exchange',
  ),
  // "your f*cking excuses": masked intensifier, profanity and emotional; chargeback is lawful.
  c(
    'r36l-21',
    'en',
    "Robot lawn mower, unboxed on 22 April: the blade guard is cracked right through and the blade disc rubs against it, photos attached. I've given you two weeks to answer and I am done with your f*cking excuses. I'll raise a chargeback with Mastercard if this isn't refunded by Friday. Full refund.",
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Sum in words for three missing lids: partial 250.
  c(
    'r36l-22',
    'ru',
    'Набор контейнеров для еды, 10 штук: у трёх нет крышек. Обнаружила при распаковке 19 августа, фото всего содержимого прилагаю. Пересылать крышки отдельно, думаю, невыгодно, поэтому прошу вернуть двести пятьдесят рублей за три контейнера без крышек.',
    'photo',
    [],
    'partial_refund',
    250,
  ),
  // Says photos are attached, the form has none.
  c(
    'r36l-23',
    'en',
    "The backpack's left shoulder strap seam tore open on the third day of use; the stitching simply unravelled. Photos of the torn seam are attached. Under the Consumer Rights Act this is not of satisfactory quality, and I am asking for a full refund.",
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // Wishing the seller's children freeze: threat; Wildberries is a lawful exit.
  c(
    'r36l-24',
    'ru',
    'Детский зимний комбинезон, 110 см. На второй прогулке, 14 декабря, сломалась молния: бегунок слетел, комбинезон не застёгивается. Фото приложено. Ребёнок в минус двадцать шёл домой в расстёгнутом. Чтоб ваши дети в таком же комбинезоне померзли. По закону о защите прав потребителей требую вернуть деньги, иначе ухожу на Вайлдберриз.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Letter before action, small claims, Trading Standards, signed Cockburn; "full purchase price of £46.50".
  c(
    'r36l-25',
    'en',
    'Letter before action. Dear Sir or Madam, on 14 May I received the 50 m expandable garden hose with reel. On first use the same day it leaked at the reel connector, and when I laid it out it measured 30 m, not 50 m. Photos of the leak and the tape measure are attached. The goods are not as described and not of satisfactory quality under sections 9 and 11 of the Consumer Rights Act 2015. I require a refund of the full purchase price of £46.50 within 14 days. If I do not receive it, I will issue a claim in the small claims court and report the listing to Trading Standards without further notice. Yours faithfully, Alan Cockburn',
    'photo',
    [],
    'full_refund',
  ),
  // Spaced mat as a cry: profanity and emotional.
  c(
    'r36l-26',
    'ru',
    'Кофемолка: нож прокручивается с треском, зёрна не мелет, на второй день после получения (17 марта). Видео прикладываю. Б л я т ь, я третий раз пишу одно и то же. По ст. 18 вы обязаны вернуть деньги, верните полную стоимость.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Scare quotes around «случайно»: accusation.
  c(
    'r36l-27',
    'ru',
    'Чехол на диван заказывала серый, пришёл бежевый — увидела при распаковке 3 марта, на пакете наклейка тоже с бежевым. Фото чехла на диване прикладываю. Ну конечно, «случайно» положили то, что залежалось на складе. Прошу обмен на серый.',
    'photo',
    ['accusation'],
    'exchange',
  ),
  // Complete except a request: knowing one's rights and preferring not to go to court asks for nothing.
  c(
    'r36l-28',
    'en',
    "Bathroom scales: from the first weigh-in on 2 February they show a different weight every time I step on, up to 4 kg apart within a minute. Video attached. I'm aware of my rights under the Consumer Rights Act and I'd much rather settle this here than go to the small claims court.",
    'video',
    ['missing_resolution'],
    'none',
  ),
  // «Бестолочи со склада» at the staff: insult; Temu comparison is no finding.
  c(
    'r36l-29',
    'ru',
    'Бестолочи со склада, вы хоть читаете, что кладёте в коробку? Заказывала садовые перчатки XL, при примерке 6 мая оказалось, что все пять пар — размер S, на бирках тоже S. Фото бирок прикладываю. На Temu такие же в два раза дешевле и без подобных сюрпризов. Прошу заменить на XL.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Honest review, antenatal group, chargeback: lawful; complete text.
  c(
    'r36l-30',
    'en',
    "The baby monitor camera's night vision doesn't work: once the lights go off the picture is completely black, from the first night we used it (7 November). Video of the screen attached. Please refund me in full. If this isn't resolved, I'll leave an honest review describing exactly this, tell the parents in my antenatal group what happened, and ask my bank about a chargeback.",
    'video',
    [],
    'full_refund',
  ),
  // «кошмар», compensation with no sum, nothing attached.
  c(
    'r36l-31',
    'ru',
    'Это просто кошмар. Набор ножей, в описании 8 предметов, в коробке 6 — нет ножа для хлеба и ножа для чистки. Увидела при вскрытии на почте 10 декабря. Требую компенсацию за недостающие ножи.',
    'none',
    ['emotional', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «Слышь, с*ка» to «ты» and tracing by IP to come in person: profanity, insult, threat.
  c(
    'r36l-32',
    'ru',
    'Монитор на 27 дюймов пришёл с вертикальной полосой по центру экрана, видно сразу при первом включении 2 июня. Фото прикладываю. По 18-й статье ты обязан вернуть деньги, а не учить меня кабели втыкать. Слышь, с*ка, ещё раз напишешь мне «проверьте кабель» — я тебя по айпи вычислю и приеду лично. Верни деньги.',
    'photo',
    ['profanity', 'insult', 'threat'],
    'full_refund',
  ),
  // Chargeback rules cited politely; concrete fault, video, no time at all.
  c(
    'r36l-33',
    'en',
    "Under Mastercard's chargeback rules I can dispute a purchase that isn't as described, but I'd prefer to resolve it with you first. The drone's left rear motor does not spin at all; the other three do, so it flips over on take-off. Video attached. Please issue a full refund.",
    'video',
    ['missing_when'],
    'full_refund',
  ),
  // Seller's «Вы тупая» quoted as evidence: not the buyer's insult.
  c(
    'r36l-34',
    'ru',
    'Фен: насадка-концентратор не садится на корпус — диаметр насадки меньше, защёлка не доходит. Выяснилось при первом использовании 15 июля. Я спросила продавца, а он написал мне: «Вы тупая, читайте описание». В описании при этом ясно сказано, что насадка входит в комплект. Скриншот переписки и фото насадки прикладываю. Прошу прислать подходящую насадку.',
    'photo',
    [],
    'exchange',
  ),
  // "bullsh1t" judging the process: profanity only; tracking number is evidence.
  c(
    'r36l-35',
    'en',
    "Ordered a set of bar stools on 2 January. Tracking LY123456789CN has said 'departed from origin country' since 6 January, that's 58 days. Under the EU rules a trader has to deliver within 30 days unless agreed otherwise, and this whole process is bullsh1t. Refund me in full, please.",
    'none',
    ['profanity'],
    'full_refund',
  ),
  // The platform "always covers sellers": accusation.
  c(
    'r36l-36',
    'ru',
    'Электрогриль: термостат не отключается, верхняя панель при первом же использовании 21 сентября раскалилась так, что запахло горелым пластиком. Видео прилагаю. Поддержка уже дважды закрыла спор в пользу продавца — видимо, у площадки так заведено: покупатель всегда неправ, а продавцов вы всегда прикрываете. Требую возврата денег по ст. 18 ЗоЗПП.',
    'video',
    ['accusation'],
    'full_refund',
  ),
  // A two-letter reply.
  c('r36l-37', 'ru', 'ок', 'none', ['empty_text'], 'none'),
  // Exchange turned down, refund chosen under ст. 18.
  c(
    'r36l-38',
    'ru',
    'Электрочайник: корпус треснул у ручки при первом кипячении 2 октября, из трещины сочится вода. Фото прилагаю. Вы предлагаете обмен — обмен мне не нужен. По ст. 18 ЗоЗПП выбор требования за потребителем, и я выбираю возврат уплаченной суммы.',
    'photo',
    [],
    'full_refund',
  ),
  // "Let me spell this out slowly…" talks down: insult.
  c(
    'r36l-39',
    'en',
    'Let me spell this out slowly, since reading seems to be a challenge for your warehouse staff: I ordered running shoes in EU 44. You sent EU 42. The label inside says 42, photo attached. I noticed on unboxing on 30 August. Please send the 44s.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // «Это развод!!», vague, no time, no file, only a warning to friends and leaving: no request.
  c(
    'r36l-40',
    'ru',
    'Это развод!! Вещь вообще не та, качество ужасное, ничего общего с картинкой. Напишу всем знакомым, чтобы не связывались, и уйду на Вайлдберриз.',
    'none',
    ['emotional', 'accusation', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Owner's name and home address from the registry, and a photo of his house in a review: threat.
  c(
    'r36l-41',
    'en',
    "Electric blanket: the left heating zone has not warmed up at all since the first night (12 December), and the controller shows E3. Photo attached. I want a full refund. And so we understand each other: I found your owner's name and home address on the company registry, and if I'm ignored again they will go into my review, along with a photo of his house.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Transliterated Russian; «Blyat, nu skolko mozhno» is a cry: profanity and emotional.
  c(
    'r36l-42',
    'ru',
    'Zdravstvuite. Zakazyval ryukzak na 40 litrov, prishel na 25 — na birke napisano 25L, zametil pri raspakovke 3 iyulya. Foto prilozhil. Blyat, nu skolko mozhno. Po zakonu o zashchite prav potrebitelei trebuyu vernut dengi.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // «половину стоимости»: partial refund without a sum.
  c(
    'r36l-43',
    'ru',
    'Плед заказывала 200х220, пришёл 150х200 — измерила 9 января, в день получения. Фото с рулеткой прикладываю. Возвращать через почту долго, готова оставить плед, если вернёте половину стоимости.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Decimal comma in euros; rejecting the lamp declined, keeps it for €12,50.
  c(
    'r36l-44',
    'en',
    "The floor lamp arrived on 5 March with only two of its three glass shades; the third slot in the box was empty. Photo of the open box attached. Under EU law I could reject the whole lamp, but I'd rather keep it if you refund €12,50 for the missing shade.",
    'photo',
    [],
    'partial_refund',
    12.5,
  ),
  // "Delivered" status quoted, post office certificate, police report: lawful and complete.
  c(
    'r36l-45',
    'ru',
    'Трек-номер RR123456789CN показывает «Вручено адресату» 4 апреля, но я посылку не получала. В почтовом отделении мне выдали справку, что отправление в отделение не поступало. Справку прикладываю. Заявление в полицию я подала, номер КУСП могу сообщить. Прошу вернуть деньги за заказ.',
    'photo',
    [],
    'full_refund',
  ),
  // «Браво, гении логистики» is sarcastic praise of the staff: insult.
  c(
    'r36l-46',
    'ru',
    'Браво, гении логистики: стеклянный заварочный чайник упакован в один пакет без единого слоя плёнки. При вскрытии на почте 17 ноября — носик отбит, по колбе трещина, акт почты и фото прилагаю. По ЗоЗПП риск случайной гибели товара до передачи потребителю лежит на продавце. Верните деньги.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Polite and complete but no evidence of any kind.
  c(
    'r36l-47',
    'en',
    "Hello, the 12-piece socket set arrived without the 10 mm socket; the slot in the case is empty. I noticed it when I opened the case on 8 March. I'd be grateful if you could send the missing 10 mm socket.",
    'none',
    ['missing_evidence'],
    'exchange',
  ),
  // Masked mat name for the packers: profanity and insult; send the missing parts.
  c(
    'r36l-48',
    'ru',
    'Смеситель для кухни пришёл без гибких подводок и без прокладок, хотя в описании они в комплекте. Обнаружил при распаковке 25 апреля, фото прикладываю. Какие долб@ёбы у вас там собирают заказы? Пришлите подводки и прокладки.',
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // "classic scam" and "disgusting" next to an H2testw result.
  c(
    'r36l-49',
    'en',
    "Listed as a 2TB portable SSD. H2testw, run the day it arrived (19 June), shows a real capacity of 64GB; screenshots attached. This is a classic scam and it's disgusting. Refund me in full or I go to my bank for a chargeback.",
    'photo',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // Only «разберитесь по закону»: nothing concrete, no time, no evidence, no request.
  c(
    'r36l-50',
    'ru',
    'Здравствуйте. С заказом возникла проблема. Прошу разобраться в соответствии с Законом о защите прав потребителей.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // «Не доводите до греха» with the pickup point's address: threat.
  c(
    'r36l-51',
    'ru',
    'Рулонная штора: механизм заедает, штора не опускается ниже середины окна, с первого дня — установила 1 марта. Видео прикладываю. Требую вернуть деньги по ст. 18. Не доводите до греха: адрес вашего пункта выдачи в Подольске я знаю, съездить недолго.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // Shiitake and Sussex are innocent; complete.
  c(
    'r36l-52',
    'en',
    "The shiitake grow kit arrived with the substrate block covered in green mould; I found it as soon as I opened the bag on 2 October. Photos attached. It was a gift for my dad in Sussex and it can't be used. Please refund the kit.",
    'photo',
    [],
    'full_refund',
  ),
  // «Вы прекрасно знали» accuses; no time given; take it back and refund.
  c(
    'r36l-53',
    'ru',
    'Сумка-холодильник: оба аккумулятора холода протекли, синий гель залил дно и пропитал подкладку. Фото прилагаю. Вы прекрасно знали, что эта партия течёт, и всё равно отправили. Забирайте сумку, верните деньги.',
    'photo',
    ['accusation', 'missing_when'],
    'return',
  ),
  // "Well done, Einsteins": mock title for the staff.
  c(
    'r36l-54',
    'en',
    "Well done, Einsteins. Two of the four shelves of the shelving unit have their holes drilled on the wrong side, so the brackets can't go in. Found during assembly last Saturday, 11 May. Photos attached. Please send two correctly drilled shelves.",
    'photo',
    ['insult'],
    'exchange',
  ),
  // Неустойка 1% worked out to 480 руб. and asked for, plus the replacement: partial 480.
  c(
    'r36l-55',
    'ru',
    'По спору о плойке (одна пластина не нагревается, обнаружила при первом включении 10 апреля) вы согласились прислать замену до 1 мая — скриншот вашего обещания прикладываю. Сегодня 16 мая, замены нет. По ст. 23 ЗоЗПП за просрочку замены положена неустойка 1% цены в день: 1% от 3 200 руб. × 15 дней = 480 руб. Прошу выплатить 480 руб. неустойки и всё-таки выслать замену.',
    'photo',
    [],
    'partial_refund',
    480,
  ),
  // "so upset" in a complete text.
  c(
    'r36l-56',
    'en',
    "Children's bike helmet listed as EN 1078 certified. It arrived on 3 August with no certification sticker or CE mark anywhere, and the inner foam is loose. Photos attached. I am so upset, my son was going to wear this on the road. Full refund, please.",
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // «Старый я дурак» blames the writer: innocent; asks for the right unit.
  c(
    'r36l-57',
    'ru',
    'Заказывал блок питания на 110–240 В, пришёл только на 110 В — так написано на корпусе, увидел при распаковке 14 января. Старый я дурак, включил в розетку не проверив, и он сразу хлопнул. Фото маркировки прилагаю. Прошу прислать блок на 220 В, как в описании.',
    'photo',
    [],
    'exchange',
  ),
  // Lawful court claim, then a relative doing "collections" in person: threat.
  c(
    'r36l-58',
    'en',
    "Letter before action. The projector I bought is advertised at 9000 lumens. Measured with a lux meter on 27 January it gives roughly 150 lumens; photos of the readings are attached. Under the Consumer Rights Act I'm entitled to a full refund, so refund me in full within 14 days, or I'll claim it through the courts. Also, my brother-in-law handles 'collections' in Shenzhen and he is very persuasive in person, so I'd settle this quickly.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «Могу прислать видео» names evidence without claiming a file: ready.
  c(
    'r36l-59',
    'ru',
    'Сушилка для обуви: правая колодка не греется с первого включения 20 ноября, левая тёплая. Могу прислать видео, если нужно. По ст. 18 прошу заменить на исправную.',
    'none',
    [],
    'exchange',
  ),
  // Greek chi in «Ну и χуйня.» cried out: profanity and emotional.
  c(
    'r36l-60',
    'ru',
    'Настольная лампа с беспроводной зарядкой: зарядка не работает, телефон на площадке не заряжается, проверила двумя разными телефонами в день получения, 8 мая. Видео прикладываю. Ну и χуйня. По ЗоЗПП верните полную стоимость.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // "You a$$holes" at the packers: profanity and insult.
  c(
    'r36l-61',
    'en',
    'The ceramic basin arrived cracked across the overflow; I found it when unpacking on 10 July. Photos attached. You a$$holes wrapped a ceramic sink in one layer of bubble wrap. Refund in full.',
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // «Кидалово» accuses; a photo is said to be attached but the form has none; 1 450 for the missing pair.
  c(
    'r36l-62',
    'ru',
    'Кидалово чистой воды. Заказала две пары джинсов, при получении 23 мая в пакете одна. Фото пакета с весом прилагаю. Верните за вторую пару 1 450 руб.',
    'none',
    ['accusation', 'evidence_not_attached'],
    'partial_refund',
    1450,
  ),
  // Hancock, Dickens and "assistant" are innocent; replacement unit.
  c(
    'r36l-63',
    'en',
    'Thermal label printer, bought for Hancock & Dickens Stationers: since 1 February it feeds the labels through but prints them blank. Your assistant asked for a test print, so a video of the self-test is attached. Please send a replacement unit.',
    'video',
    [],
    'exchange',
  ),
  // «чуть не спалил квартиру» is about the product; the candle «пока что за здравие» threatens.
  c(
    'r36l-64',
    'ru',
    'Удлинитель на 4 розетки: 12 января через два часа работы обогревателя корпус оплавился, вилка приварилась к гнезду, чуть не спалил квартиру. Фото прилагаю. Требую вернуть деньги. Свечку за вас поставлю. Пока что за здравие.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "defective and not as described" is vague; the arrival date counts as when.
  c(
    'r36l-65',
    'en',
    'The product is defective and not as described. It has been like this since it arrived on 3 March. Under EU consumer law I demand a full refund within 14 days.',
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // «разницу» with no sum.
  c(
    'r36l-66',
    'ru',
    'Пуховик заказывала с натуральным пухом 90/10, на бирке — «100% полиэстер», наполнитель синтепон. Увидела на бирке при получении 2 ноября, фото бирки прикладываю. Куртку готова оставить, если вернёте разницу между пуховым и синтетическим.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Capitals shout; Trading Standards is lawful.
  c(
    'r36l-67',
    'en',
    'The double hammock: one of the stitched straps tore on the second day with my 8-year-old in it, and she fell onto the grass. Photos of the torn strap attached. I WANT MY MONEY BACK. I will be reporting the listing to Trading Standards as well.',
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // «ослы» for the packers: insult.
  c(
    'r36l-68',
    'ru',
    'Зеркало в раме 60х80 пришло разбитым, вскрывали при курьере 6 июня, курьер подписал акт. Фото и акт прилагаю. Какие ослы у вас пакуют: стекло в тонком картоне без уголков. Верните деньги.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Ст. 18's list of remedies quoted; the buyer offers to send it back for the paid sum: return.
  c(
    'r36l-69',
    'ru',
    'Электромясорубка: на втором использовании, 30 декабря, шнек заклинило, мотор гудит, фарш не идёт; после разборки и чистки то же самое. Видео прикладываю. Статья 18 перечисляет права потребителя: потребовать замены, соразмерного уменьшения цены, незамедлительного безвозмездного устранения недостатков или отказаться от договора. Я отказываюсь от договора: готов отправить мясорубку вам за ваш счёт — укажите адрес — и получить назад уплаченные 4 100 руб.',
    'video',
    [],
    'return',
  ),
  // "You sell fakes as originals": accusation; no evidence named or attached.
  c(
    'r36l-70',
    'en',
    "Listed as a genuine Kingston 128GB microSD. The card says 'Kinqston' on the front, and H2testw on 4 April showed 32GB of real capacity. You sell fakes as originals and you know it. Refund in full.",
    'none',
    ['accusation', 'missing_evidence'],
    'full_refund',
  ),
  // Death figure about what the product nearly did: no threat, no feeling.
  c(
    'r36l-71',
    'ru',
    'Рюкзак-переноска для кошки: карабин лопнул на первой же прогулке, 19 марта, кошка повисла на одной лямке и чуть не выпала на проезжую часть, могла погибнуть под колёсами. Фото лопнувшего карабина прикладываю. Прошу вернуть деньги и, пожалуйста, проверьте эту партию карабинов.',
    'photo',
    [],
    'full_refund',
  ),
  // "ridiculous", and "the $14 difference" named: partial 14.
  c(
    'r36l-72',
    'en',
    'I ordered the 6-quart pressure cooker at $89 and received the 3-quart model, which sells for $75; the base plate says 3QT, I checked on arrival on 1 February. Photo of the plate attached. Honestly, this is ridiculous. I will keep it, but refund the $14 difference.',
    'photo',
    ['emotional'],
    'partial_refund',
    14,
  ),
  // Digits for a syllable, cried with "!" on opening: profanity and emotional.
  c(
    'r36l-73',
    'ru',
    'Кресло-мешок распаковала 11 октября — 3,14здец! Шов по боку разошёлся, гранулы рассыпались по всей прихожей. Видео прикладываю. По ЗоЗПП требую полный возврат.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // "I'm not saying you did this on purpose" takes the label back.
  c(
    'r36l-74',
    'en',
    "The glass pendant light has an E14 bulb holder, but the listing says E27; I found out when fitting it on 16 February, and none of my bulbs fit. Photo of the holder next to an E27 bulb attached. I'm not saying you did this on purpose, mix-ups happen. Could you send the E27 version?",
    'photo',
    [],
    'exchange',
  ),
  // «обидно, до слёз», knowing one's rights but asking nothing.
  c(
    'r36l-75',
    'ru',
    'Туфли на свадьбу дочери: каблук на правой туфле отвалился в первый же вечер, 24 августа, прямо в ресторане. Так обидно, до слёз. Фото туфли и отвалившегося каблука прикладываю. Свои права по закону о защите прав потребителей я знаю.',
    'photo',
    ['emotional', 'missing_resolution'],
    'none',
  ),
  // Mat typed in the English layout, judging the seller's reply: profanity only.
  c(
    'r36l-76',
    'ru',
    'Дрель-шуруповёрт: патрон бьёт, сверло описывает круг, это видно на видео, с первого включения 2 сентября. Вы ответили, что «это норма для бюджетной модели». Ваш ответ — полная [eqyz. По ст. 18 требую замену на исправную.',
    'video',
    ['profanity'],
    'exchange',
  ),
  // Two lines: no time, no evidence, $9 for two glasses.
  c(
    'r36l-77',
    'en',
    'Two of the six wine glasses are chipped at the rim. Please refund $9 for the two damaged glasses.',
    'none',
    ['missing_when', 'missing_evidence'],
    'partial_refund',
    9,
  ),
  // The seller's threat quoted as evidence, a police report announced: innocent.
  c(
    'r36l-78',
    'ru',
    'Робот-мойщик окон падает со стекла: присоска не держит, в первый же день, 5 мая, он сорвался дважды. Когда я открыла спор, продавец написал мне в чате: «Закроешь спор — пожалеешь, мы знаем твой адрес». Скриншот переписки и фото прикладываю. Прошу площадку обратить внимание на эти угрозы, заявление в полицию я подам. По ст. 18 ЗоЗПП прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // Words cut into syllables «для особо одарённых»: insult.
  c(
    'r36l-79',
    'ru',
    'Пов-то-ря-ю для о-со-бо о-да-рён-ных: нож у ма-шин-ки не за-креп-лён. Машинка для стрижки собак, нож выпадает на ходу с первой стрижки 7 июля, фото прилагаю. По закону потребитель вправе отказаться от товара с существенным недостатком. Верните деньги.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Long formal letter: CRA, Section 75, Citizens Advice, county court, honest review; collection and refund.
  c(
    'r36l-80',
    'en',
    'Letter before action: sofa bed. Dear Sir or Madam, I write as a consumer under the Consumer Rights Act 2015. The sofa bed was delivered on 8 April. On 10 April, the second time we opened it, the left-hand side of the folding mechanism jammed halfway and a steel rivet sheared off; the bed now cannot be opened or closed fully. Photos of the sheared rivet and the jammed frame are attached, together with a screenshot of our chat of 11 April. Under sections 9 and 10 the goods must be of satisfactory quality and fit for purpose, and under section 22 I am within the 30-day short-term right to reject. I therefore reject the goods. Please arrange collection of the sofa bed from my address and refund the full price within 14 days of that collection. I paid by credit card, so I am also entitled to claim under Section 75 of the Consumer Credit Act, and I have taken advice from Citizens Advice. If I have not heard from you by 2 May, I will begin proceedings in the county court small claims track and will leave an honest, factual review of this listing. I would much prefer to settle this directly with you. Yours faithfully, J. Penistone-Hall, Middlesex',
    'photo',
    [],
    'return',
  ),
];
