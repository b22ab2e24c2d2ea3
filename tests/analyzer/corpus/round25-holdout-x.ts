import { labelled as c, type CorpusCase } from './types';

/**
 * Round twenty-five, hold-out set X: buyers who suspect they are being cheated and build a case (recycled tracking
 * numbers, parcels delivered to another town, swapped or lighter items, sellers asking to close the dispute or move to a
 * messenger, listings edited after the order, deleted reviews). Written by a hand that has not read the analyzer's
 * rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - A parcel shown as delivered in another town or country, or on a tracking number used before the order, is
 *   non-receipt (has_what); the order or payment date counts as its time.
 * - The seller's words quoted as evidence (asking to close the dispute, to move to WhatsApp, a coupon offer, an
 *   insult, a menace about a buyer rating) are not the buyer's; only quoted mat counts, as profanity.
 * - Facts about an edited listing, deleted reviews or a lighter parcel, stated without a label, are no accusation;
 *   innuendo about them («как удобно», «Совпадение? Не думаю», 'What a coincidence', «ВДРУГ исчезли») is.
 * - A seller's excuse set in scare quotes («посылка утеряна», «ошибка склада», 'forgot') is sarcasm about honesty:
 *   accusation. A carrier's status in quotes («вручено адресату», 'Delivered') is not.
 * - A disclaimer («никого не обвиняю», 'not suggesting anyone did this deliberately') followed only by facts is no
 *   accusation.
 * - Mat judging the tracking number or the item with a filler or as a predicate («пи3дец полный», «х@йня какая-то»,
 *   'is bullsh!t') is profanity only; a bare «Пздц.», 'What a fuсking joke' and spaced mat with «сколько можно!» are
 *   cries, emotional too.
 * - A profane adjective before a fraud label («eбaные жулики») is profanity and accusation, not emotional.
 * - «Вы с ума сошли — предлагать…» questions sanity: insult. «Все вы, продавцы с Али, одинаковые» is a blanket
 *   label: accusation.
 * - A police report, a court, the bank, consumer protection and an honest review are lawful; knowing the seller's
 *   address, family or children's school, 'you won't like how that conversation goes', «положу ваш магазин» are
 *   threats.
 * - A written note or certificate from the post office, a police letter and an opening report (акт вскрытия) are
 *   evidence; reviews by other buyers are not the buyer's evidence.
 * - 'Compensate me as you see fit' is «на ваше усмотрение»: a partial refund without a sum; 'refund $12 of the $27 I
 *   paid' is a partial refund of 12.
 * - Where the form has a photo, texts that say screenshots and photos are attached are treated as attached (one form
 *   file may hold several images).
 * - «Осёл» as a toy's product name is not name-calling; «гребной», «потребления», «гребнем», Нахабино, Cockermouth,
 *   shiitake, Scunthorpe are innocent.
 */
export const ROUND25_HOLDOUT_X: CorpusCase[] = [
  // recycled tracking: delivered to someone else before the order; facts, dates, screenshots, full refund — ready
  c(
    'r25x-01',
    'ru',
    'Заказ от 3 февраля, термокружка 450 мл, 1 290 ₽. Трек-номер, который указал продавец, RB482915573SG, по данным Почты России вручён 11 января — за три недели до моего заказа, в Екатеринбурге, получатель не я. Я живу в Самаре, никакой посылки не получала. Скриншоты отслеживания и страницы заказа прикладываю. Прошу вернуть полную стоимость заказа.',
    'photo',
    [],
    'full_refund',
  ),
  // «ну конечно, совершенно случайно» is sarcasm about honesty: accusation; everything else complete
  c(
    'r25x-02',
    'ru',
    'Заказывала чугунную сковороду 26 см, в описании вес 2,1 кг. Пришла 14 марта, на кухонных весах 640 г, и магнит к ней не липнет — это алюминий. Ну конечно, совершенно случайно на складе перепутали чугун с алюминием, бывает. Фото на весах и с магнитом приложила. Верните деньги.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // parcel shown delivered in another country; cool facts, screenshot attached — ready
  c(
    'r25x-03',
    'en',
    "Order placed on 2 May, LED desk lamp, $23.80. Tracking LP00583921476802 shows 'Delivered' on 27 May in Porto, Portugal. I live in Leeds, UK, and the address on the order is in Leeds. Nothing was delivered to me. I have attached a screenshot of the tracking page next to my order address. Please issue a full refund.",
    'photo',
    [],
    'full_refund',
  ),
  // digit-for-letter mat judging the tracking number, with a filler: profanity only; tracking named, no file claimed
  c(
    'r25x-04',
    'ru',
    'Трек, который вы дали, — от чужой посылки: по нему вручение ещё 19 декабря в Новосибирске, а я в Краснодаре и заказ оплатила 9 января. Это не трек, а пи3дец полный. Деньги верните.',
    'none',
    ['profanity'],
    'full_refund',
  ),
  // talking down about the team's ability to read a tracking page: insult
  c(
    'r25x-05',
    'en',
    'Let me explain this slowly, since reading a tracking page seems to be beyond your team: the number you gave me, YT2210458833021, was delivered in Houston on April 9. I live in Calgary. I ordered the rain jacket on April 20, eleven days after that delivery. Screenshots attached. Refund me.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // a disclaimer («никого не обвиняю», «допускаю ошибку склада») is no accusation; complete — ready
  c(
    'r25x-06',
    'ru',
    'Я никого не обвиняю и допускаю, что это ошибка склада, но факты такие: заказывала 12 апреля шерстяной плед 150×200 серого цвета, пришёл 3 мая акриловый, 130×170, бежевый. На бирке состав — 100% акрил. Фото бирки и замеров рулеткой прилагаю. Прошу заменить на плед из описания.',
    'photo',
    [],
    'exchange',
  ),
  // knowing the warehouse and the owner's home address, «к вам заедут поговорить»: threat
  c(
    'r25x-07',
    'ru',
    'Я нашёл ваш склад в Иу по адресу из накладной, и домашний адрес владельца магазина тоже, у меня там знакомые. Либо возвращаете все деньги за куртку, которая пришла на два размера меньше (заказывал 52, на бирке 48, пришла 7 октября), либо к вам заедут поговорить. Фото бирки в приложении.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // seller's request to close the dispute quoted as evidence; complete — ready
  c(
    'r25x-08',
    'en',
    "The kitchen scale arrived on 12 June. It is listed with 0.1 g precision, but it only shows 1 g steps and reads 212 g for my 200 g calibration weight. I reported this on 14 June, and the seller replied in chat on 15 June: 'Close the dispute first and we will send you a new one.' I am not closing the dispute before the problem is solved. Photos of the scale with the calibration weight and a screenshot of the chat are attached. Please send a replacement scale with 0.1 g precision.",
    'photo',
    [],
    'exchange',
  ),
  // «развод чистой воды», «вы специально»: accusation even though the facts and tracking number are there
  c(
    'r25x-09',
    'ru',
    'Это развод чистой воды. Трек LV318450027CN показывает «вручено адресату» 2 ноября в Твери, а я живу в Пскове и ничего не получал. Вы специально даёте чужие треки, чтобы истёк срок защиты. Верните деньги за шуруповёрт.',
    'none',
    ['accusation'],
    'full_refund',
  ),
  // masked mat as an intensifier with '??': profanity and emotional; no date, only 'where is it'
  c(
    'r25x-10',
    'en',
    'Are you f*cking kidding me?? The tracking says delivered to Manchester, I live in Glasgow. Where is my blender?',
    'none',
    ['profanity', 'emotional', 'missing_when', 'missing_resolution'],
    'none',
  ),
  // «гребной», «потребления» only look rude; listing edited after the order, stated as fact — ready
  c(
    'r25x-11',
    'ru',
    'Заказал 21 августа гребной тренажёр, в описании магнитная система нагрузки 8 уровней и дисплей с расчётом потребления калорий. Пришёл 9 сентября тренажёр с водяным баком без дисплея, на коробке другая модель. Описание товара при этом было изменено 25 августа — сохранил скриншот страницы от дня заказа и сделал новый, оба прикладываю вместе с фото коробки. Прошу принять тренажёр обратно и вернуть деньги.',
    'photo',
    [],
    'return',
  ),
  // 'clowns' aimed at the staff: insult
  c(
    'r25x-12',
    'en',
    'Right, clowns. The hiking boots I ordered in EU 44 arrived on 2 March labelled 44 but with a 27.1 cm insole, which is a 42. Photos with a tape measure attached. Send the correct size.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // «в шоке» is affect; nothing concrete, no time, no evidence, only «разберитесь»
  c(
    'r25x-13',
    'ru',
    'Я в шоке от этого магазина. Всё не так, как в описании, и продавец ведёт себя странно. Разберитесь.',
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // seller's invitation to WhatsApp quoted as evidence; complete — ready
  c(
    'r25x-14',
    'ru',
    'Заказ на детский самокат (3 990 ₽) пришёл 17 июля с трещиной на деке у заднего колеса, трещина видна сразу при распаковке. Продавец в чате 18 июля написал: «Напишите нам в WhatsApp, тут не решаем, диспут закройте». Переписку вне площадки вести не буду, всё прошу решить здесь. Фото трещины и скриншот переписки прилагаю. Прошу вернуть полную стоимость.',
    'photo',
    [],
    'full_refund',
  ),
  // owner's name and his children's school, 'it would be a shame if…': veiled threat
  c(
    'r25x-15',
    'en',
    "The 1 kg bag of matcha I ordered on 5 January arrived on the 22nd weighing 480 g on two different scales; photo attached. I know your shop owner's name and the street his kids' school is on. It would be a shame if that ended up in every review. Refund the whole order.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // exchange declined, «частичную компенсацию» with no sum
  c(
    'r25x-16',
    'ru',
    'Комплект постельного белья евро пришёл 6 декабря: вместо двух наволочек 70×70 одна, и простыня 200×220 вместо 240×260 по описанию. Замерял рулеткой, фото прилагаю. Обменом заниматься не хочу, прошу частичную компенсацию.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «для особо одарённых сотрудников» talks down: insult
  c(
    'r25x-17',
    'ru',
    'Повторяю для особо одарённых сотрудников: трек-номер, который вы мне дали, принадлежит посылке, которая уже пришла кому-то в Казань 2 марта. Я в Уфе. Заказ оформлен 6 марта. Верните деньги.',
    'none',
    ['insult'],
    'full_refund',
  ),
  // 'What a coincidence.' after the listing edit is sarcasm about honesty: accusation
  c(
    'r25x-18',
    'en',
    'I ordered a 2 TB portable SSD on 11 August. It arrived on 30 August and H2testw shows 58 GB of real capacity; the rest is fake. The listing was changed to 64 GB the day after my order. What a coincidence. Screenshots of H2testw and both versions of the listing are attached. Full refund please.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // bank chargeback and Роспотребнадзор are lawful steps — ready
  c(
    'r25x-19',
    'ru',
    'Оплатила 8 апреля настольную лампу 2 450 ₽ картой. Посылка по трек-номеру ZA193847561LT вручена 2 мая в пункте выдачи в Химках, а я живу в Калуге и доставку указывала в Калугу. Если вопрос не решится в рамках спора, я подам заявление на возврат платежа в банк и жалобу в Роспотребнадзор. Скриншот отслеживания прилагаю. Прошу вернуть деньги полностью.',
    'photo',
    [],
    'full_refund',
  ),
  // mat with Latin look-alike letters before a fraud label: profanity and accusation
  c(
    'r25x-20',
    'ru',
    'Эти eбaные жулики опять прислали кофемолку с ножевым механизмом вместо жерновой, как в описании. Пришла 20 октября, видно на фото. Верните деньги.',
    'photo',
    ['profanity', 'accusation'],
    'full_refund',
  ),
  // 'not suggesting anyone did this deliberately' is no accusation; post-office weight record, sum for missing pieces — ready
  c(
    'r25x-21',
    'en',
    "I'm not suggesting anyone did this deliberately, but the facts are these: the parcel for my order (ceramic dinner set, 18 pieces) was marked as weighing 4.2 kg at dispatch on 3 October, and the box I collected on 19 October weighed 1.6 kg at the post office. Inside were 6 plates, no bowls or mugs. The post office gave me a written weight record; photos of it, the box and the contents are attached. Please refund $31 for the missing 12 pieces.",
    'photo',
    [],
    'partial_refund',
    31,
  ),
  // innuendo about deleted reviews («как удобно», «Совпадение? Не думаю»): accusation; no evidence named
  c(
    'r25x-22',
    'ru',
    'Ну надо же, как удобно: отзывы, где люди жаловались на протекающий бак, вдруг все пропали с карточки товара. А мой увлажнитель воздуха тоже течёт, с первого же дня лужа под ним. Совпадение? Не думаю. Верните деньги.',
    'none',
    ['accusation', 'missing_evidence'],
    'full_refund',
  ),
  // home address from the return label and 'drive over… you won't like how that conversation goes': threat
  c(
    'r25x-23',
    'en',
    "I've already got your home address from the return label, Mr. Chen. The espresso machine arrived on 8 Nov with a cracked water tank (photos attached). Give me a full refund, or I'll drive over and collect it from you in person, and you won't like how that conversation goes.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // a single two-letter word: empty text only
  c('r25x-24', 'ru', 'ок', 'none', ['empty_text'], 'none'),
  // long case built point by point; edited listing and vanished reviews stated as facts, no label; return offered — ready
  c(
    'r25x-25',
    'ru',
    'Оформляю спор по заказу от 11 ноября: набор кастрюль из нержавеющей стали, 5 предметов, 7 840 ₽. Излагаю только факты, по пунктам.\n1. В день заказа в описании были указаны сталь 18/10, капсульное дно толщиной 5 мм и общий вес комплекта 6,3 кг. Скриншот карточки от 11 ноября у меня сохранился. 14 ноября описание изменили: теперь там просто «нержавеющая сталь», вес не указан.\n2. В отслеживании вес отправления при приёме — 3,1 кг; на почте при выдаче 2 декабря посылку взвесили вместе с коробкой — 3,0 кг.\n3. Дно у всех пяти кастрюль одинарное, толщина 1,2 мм по штангенциркулю. Магнит липнет к стенкам и ко дну, а сталь 18/10 немагнитная.\n4. После первой же варки, 3 декабря, на дне большой кастрюли появились рыжие пятна, они не оттираются.\n5. 4 декабря продавец предложил в чате купон на 500 ₽, если я закрою спор. Я отказалась.\n6. Отзывы с оценками 1–2, которые я читала перед заказом, с карточки исчезли; их скриншоты от 10 ноября у меня есть.\nПрикладываю фото замеров, пятен и магнита, скриншоты карточки до и после изменения, отслеживания и переписки. Прошу принять набор обратно за счёт продавца и вернуть полную стоимость.',
    'photo',
    [],
    'return',
  ),
  // spaced-letter English profanity plus '!!': profanity and emotional
  c(
    'r25x-26',
    'en',
    "Tracking shows my parcel signed for in Bristol on 12 Feb by someone called 'K. Doyle'. I live in Cardiff and nobody called Doyle lives here. Three weeks of chasing this s h i t!! Refund the order.",
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // no date; photos said to be attached but the form has none; «разницу» without a sum
  c(
    'r25x-27',
    'ru',
    'Получила сумку, а она явно не та, что на видео в карточке: ремень из кожзама вместо кожи, фурнитура пластиковая, покрашенная под металл, краска уже облезает на застёжке. Прикладываю фото застёжки и ремня. Прошу вернуть разницу.',
    'none',
    ['missing_when', 'partial_without_amount', 'evidence_not_attached'],
    'partial_refund',
    null,
  ),
  // Cockermouth only looks rude; wrong town and postcode on the tracking — ready
  c(
    'r25x-28',
    'en',
    "Order of 2 brass garden hose connectors, paid £14.60 on 4 April. Tracking RR559014237GB shows it delivered on 17 April to a post office in Cockermouth; my address is in Scarborough and the tracking page lists a different postcode from the one on the order. I've attached a screenshot of both. Please refund the full amount.",
    'photo',
    [],
    'full_refund',
  ),
  // sarcastic praise «браво, гении логистики» and «олухи»: insult
  c(
    'r25x-29',
    'ru',
    'Браво, гении логистики. Пуховик, заказанный 1 ноября, по трек-номеру вручён 20 ноября в Оренбурге, а я в Перми. Верните деньги, олухи.',
    'none',
    ['insult'],
    'full_refund',
  ),
  // 'classic bait and switch' accuses; no evidence named; a sum for the difference
  c(
    'r25x-30',
    'en',
    "Classic bait and switch. The listing showed a 40 x 60 cm cork board when I ordered on 2 September; after my order it was changed to 30 x 40, and that's what arrived on the 19th. Refund me the $9 difference between the two sizes.",
    'none',
    ['accusation', 'missing_evidence'],
    'partial_refund',
    9,
  ),
  // seller's insult quoted as evidence is not the buyer's — ready
  c(
    'r25x-31',
    'ru',
    '25 января продавец в ответ на мой вопрос о трек-номере написал мне: «Ты тупая, жди и не пиши». Посылка с силиконовыми формами для выпечки (заказ от 28 декабря) не пришла, отслеживание с 5 января не обновляется. Скриншот переписки и страницы отслеживания прилагаю. Прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // seller's mat quoted word for word: profanity (mat stays mat when quoted)
  c(
    'r25x-32',
    'ru',
    'Продавец на мою просьбу вернуть деньги за сломанный зонт ответил (цитирую): «иди нахуй, сама сломала». Зонт пришёл 3 октября, при первом открытии вылетели две спицы. Фото спиц и скриншот чата прилагаю. Прошу вернуть деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // 'so upset' is affect; no evidence; no request ('don't know what to ask for')
  c(
    'r25x-33',
    'en',
    "I am honestly so upset. I saved for months for this sewing machine and it arrived on 14 May with the bobbin case missing and the foot pedal cracked. I don't even know what to ask for anymore.",
    'none',
    ['emotional', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // publishing the seller's phone, surname and home address: threat
  c(
    'r25x-34',
    'ru',
    'У меня есть ваш телефон и фамилия с накладной. Если до пятницы не вернёте деньги за рюкзак (пришёл 12 мая с оторванной лямкой, фото в приложении), выложу их во все группы с отзывами и ещё добавлю, где вы живёте.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // police report and an honest review are lawful steps — ready
  c(
    'r25x-35',
    'en',
    'My order of a cordless drill (£58.99) was shown as delivered on 23 January at 14:02 with a photo of the parcel at a blue front door. My door is white and I was at home all afternoon. I have reported this to the local police and will leave an honest review describing what happened. The delivery photo and the police letter with the reference number are attached. Please refund the order in full.',
    'photo',
    [],
    'full_refund',
  ),
  // transliterated mat as a cry with '!!': profanity and emotional; no date, no evidence
  c(
    'r25x-36',
    'ru',
    'blyat, opyat ne tot razmer!! zakazyvala 38, prishli 36, vtoroy raz podryad. verni dengi',
    'none',
    ['profanity', 'emotional', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // «не утверждаю, что намеренно» is no accusation; listing edit documented — ready
  c(
    'r25x-37',
    'ru',
    'Не утверждаю, что это сделано намеренно, но прошу учесть: в день заказа, 4 июня, шторы в описании были указаны как блэкаут плотностью 280 г/м² с полным затемнением, а 6 июня описание изменили на «димаут 70%». Пришли 21 июня именно димаут — на просвет видно лампу, фото на фоне окна прикладываю вместе со скриншотами обеих версий описания. Прошу обменять на шторы блэкаут, как в заказе.',
    'photo',
    [],
    'exchange',
  ),
  // 'Do I need to draw you a map?' talks down (insult); 'on purpose' accuses
  c(
    'r25x-38',
    'en',
    'Do I need to draw you a map? Houston is not Boston. Your tracking number shows delivery in Houston on July 2, and my order (a camping lantern, $19) was placed on July 8. You recycled an old number, on purpose. Refund.',
    'none',
    ['insult', 'accusation'],
    'full_refund',
  ),
  // affect word «разочарована» (with one capitalised word); a sum in words for missing paints
  c(
    'r25x-39',
    'ru',
    'Я ОЧЕНЬ разочарована. Набор акварели на 48 цветов пришёл 2 апреля, а в нём 36 кювет, двенадцати цветов нет вообще. Фото открытой коробки приложила. Прошу вернуть триста рублей за недостающие краски.',
    'photo',
    ['emotional'],
    'partial_refund',
    300,
  ),
  // seller's move-to-WhatsApp request quoted; wrong colour, photos, exchange — ready
  c(
    'r25x-40',
    'en',
    "The seller asked me on 3 March to 'continue on WhatsApp and cancel the dispute'. I will keep everything here. The coat arrived on 1 March in black instead of the camel colour I ordered; photos attached. Please exchange it for camel.",
    'photo',
    [],
    'exchange',
  ),
  // bare «Пздц.» (vowels dropped) as a cry: profanity and emotional
  c(
    'r25x-41',
    'ru',
    'Пздц. Третий трек подряд оказывается чужим: сначала Тула, теперь Барнаул, а я в Саратове, и посылки нет. Заказ на кухонные весы от 14 августа. Верните деньги.',
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // coupon offer quoted; 'honest review' is lawful; measured, sum of a partial refund — ready
  c(
    'r25x-42',
    'en',
    "Your colleague wrote to me on 9 September: 'If you close the dispute we give you 5 dollars coupon.' I'm declining. The yoga mat I received on 6 September is 4 mm thick, not the 8 mm in the listing; I measured it with a caliper at three points (photos attached). Please refund $12 of the $27 I paid, or I will describe all this in an honest review.",
    'photo',
    [],
    'partial_refund',
    12,
  ),
  // «все вы, продавцы, одинаковые» is a blanket label; «не соответствует описанию» is vague
  c(
    'r25x-43',
    'ru',
    'Все вы, продавцы с Али, одинаковые: присылаете не то и потом тянете время. Товар не соответствует описанию. Верните деньги.',
    'none',
    ['accusation', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // «не доводите до греха», knowing the family's town, «мир тесен»: threat
  c(
    'r25x-44',
    'ru',
    'Часы пришли 11 марта без заявленной защиты от воды — запотели изнутри после мытья рук, фото прилагаю. Прошу вернуть деньги. И не доводите до греха: я знаю, в каком городе живёт ваша семья, мир тесен.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // a single two-letter word: empty text only
  c('r25x-45', 'en', 'no', 'none', ['empty_text'], 'none'),
  // «ошибка склада» in scare quotes, «вторая за месяц»: accusation
  c(
    'r25x-46',
    'ru',
    'Вторая «ошибка склада» за месяц: снова вместо футболки из 100% хлопка пришла синтетика, на бирке 95% полиэстер. Получила 18 июля. Фото бирки прилагаю. Прошу заменить на хлопковую.',
    'photo',
    ['accusation'],
    'exchange',
  ),
  // masked 'bullsh!t' judging the tracking number (profanity only) and 'Scammers.' (accusation)
  c(
    'r25x-47',
    'en',
    'Your tracking number is bullsh!t — it belongs to a parcel delivered in Denver on 2 June, three days before I even placed my order on 5 June. Scammers. Refund the air fryer order.',
    'none',
    ['profanity', 'accusation'],
    'full_refund',
  ),
  // very short, tracking number in text, elapsed days — ready
  c(
    'r25x-48',
    'ru',
    'Посылки нет 47 дней, трек RS771204556CN не обновляется с 3 ноября. Прошу вернуть деньги.',
    'none',
    [],
    'full_refund',
  ),
  // «Вы с ума сошли» questions the seller's sanity: insult
  c(
    'r25x-49',
    'ru',
    'Вы с ума сошли — предлагать мне закрыть спор за купон на 50 рублей? Кресло-мешок пришло 4 февраля порванным по шву на 20 см, фото прилагаю. Верните деньги полностью.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // no time for the faults; 'half the price back' is a partial refund without a sum
  c(
    'r25x-50',
    'en',
    "The car vacuum cleaner works, but the nozzle set is missing (the listing shows 3 nozzles, the box had none) and the battery lasts 6 minutes instead of the stated 25. Photos of the box contents are attached. I'd accept half the price back and keep it.",
    'photo',
    ['missing_when', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // threat to take the store down with the help of acquaintances
  c(
    'r25x-51',
    'ru',
    'Если до конца недели не вернёте полную стоимость обогревателя (перестал греть на третий день, 9 января, видео прилагаю), я положу ваш магазин — есть знакомые, которые это умеют.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // chargeback as a lawful next step; decimal-comma sum for missing packs — ready
  c(
    'r25x-52',
    'en',
    "Order of 3 packs of bamboo bed sheets, queen size, paid €74,50 on 12 March. Only one pack arrived, on 2 April; the shipping label shows a weight of 0.9 kg while the seller's dispatch notice says 2.8 kg. Photos of the parcel, label and contents attached. Please refund €49,67 for the two missing packs. If that fails I will ask my bank for a chargeback.",
    'photo',
    [],
    'partial_refund',
    49.67,
  ),
  // «Осёл» is the toy's name, not a name for a person; listing mismatch measured — ready
  c(
    'r25x-53',
    'ru',
    'Мягкая игрушка «Осёл» (заказ от 3 декабря, подарок племяннику) в карточке заявлена высотой 40 см с наполнителем холлофайбер. Пришла 19 декабря: 24 см, внутри комки синтепона, шов на спине разошёлся и наполнитель лезет наружу. Фото с линейкой и шва прилагаю. Прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // «в бешенстве» is affect; non-receipt with elapsed days but no evidence named
  c(
    'r25x-54',
    'ru',
    'Я просто в бешенстве. Детский велосипед, который покупала сыну на день рождения, жду уже 34 дня с оплаты, посылки нет, а продавец только отвечает «ждите». Ребёнок каждый день спрашивает, когда приедет. Верните деньги!',
    'none',
    ['emotional', 'missing_evidence'],
    'full_refund',
  ),
  // Cyrillic look-alike letter in an English swear word used as an intensifier: profanity and emotional
  c(
    'r25x-55',
    'en',
    "After I ordered, the listing was edited to say 'similar item may be sent'. What a fuсking joke. I ordered a 12-piece stainless knife block set on Oct 2 and got 6 knives and no block on Oct 21. Photos attached. Send the missing 6 knives and the block.",
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // «гребнем» and «Нахабино» only look rude; post office certificate photographed — ready
  c(
    'r25x-56',
    'ru',
    'Посылка с гребнем для вычёсывания собак (заказ от 2 сентября) по треку LM204918375CN вручена 20 сентября в Нахабино, хотя адрес доставки — Истра. В пункте выдачи в Истре посылки нет, сотрудник выдал справку, фото справки прилагаю. Прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // 'what great honesty' is sarcasm about honesty; 'nothing like the pictures' vague; 'sort it out' no request
  c(
    'r25x-57',
    'en',
    'Wow, what great honesty from this store. The item is nothing like the pictures. Sort it out.',
    'none',
    ['accusation', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // mat with vowels dropped, asked of «ты»: profanity and insult
  c(
    'r25x-58',
    'ru',
    'Ты ёбнт? Прислал мне трек посылки, которую получили в Омске ещё до моего заказа: заказ 3 апреля, вручение 28 марта. Деньги верни.',
    'none',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // long, cool case with the seller's 'close for a coupon' offer quoted; return offered — ready
  c(
    'r25x-59',
    'en',
    "Dispute for the order placed on 6 February: a 1/2-inch drive click torque wrench, 28-210 Nm, listed at $46.90.\nWhat I received on 24 February is a 3/8-inch drive wrench with a 5-25 Nm scale. The model number printed on the handle (TW-38S) differs from the one in the listing (TW-12L), and the box has a sticker with the 1/2-inch model number placed over another printed number.\nOn 25 February the seller wrote in the order chat that the 3/8-inch model 'is the same product, just smaller' and asked me to close the dispute in exchange for a $5 coupon. I declined.\nI'm not claiming to know how this happened on the seller's side. I only need the item I paid for: I need the 28-210 Nm range for wheel nuts, and the 3/8-inch one cannot do that.\nAttached is a video showing the sealed parcel, the opening, the sticker on the box, the model number on the handle and the scale on the wrench. I am ready to send the wrong wrench back. Please refund the full price once it is returned.",
    'video',
    [],
    'return',
  ),
  // complete facts with a photo but no request at all
  c(
    'r25x-60',
    'ru',
    'Заказ от 10 мая, электрическая зубная щётка. Пришла 27 мая без зарядной подставки, в коробке только ручка и одна насадка вместо трёх, указанных в описании. Фото содержимого коробки прилагаю.',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // «Разжёвываю ещё раз, раз с первого раза у вас не доходит» talks down: insult
  c(
    'r25x-61',
    'ru',
    'Разжёвываю ещё раз, раз с первого раза у вас не доходит. Шапка, заказ от 7 ноября, размер 56–58 по описанию. Пришла 23 ноября, обхват 52 см, мерил сантиметровой лентой, фото есть в приложении. Обмен на нужный размер.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // consumer protection agency and card issuer are lawful steps; opened at the counter — ready
  c(
    'r25x-62',
    'en',
    'The hair clipper box arrived on 4 August weighing 40 g with no clipper inside. I opened it at the post office counter and the clerk signed a note confirming it was empty; a photo of the box on the scale and the signed note are attached. If this is not resolved here I will contact the consumer protection agency and my card issuer. Please refund the order.',
    'photo',
    [],
    'full_refund',
  ),
  // seller's excuse in scare quotes and «ВДРУГ исчезли»: accusation; «Смешно??» emotional; no evidence
  c(
    'r25x-63',
    'ru',
    'Ну конечно, «посылка утеряна», а отзывы про пустые коробки с вашей страницы ВДРУГ исчезли. Смешно?? Заказ от 2 июня, органайзер для обуви, ничего не пришло. Верните деньги.',
    'none',
    ['emotional', 'accusation', 'missing_evidence'],
    'full_refund',
  ),
  // sum in words for a missing pack — ready
  c(
    'r25x-64',
    'en',
    'Received on 15 February: I ordered two packs of 50 AA batteries and one pack of 50 arrived. A photo of the opened parcel and the packing slip (which itself says 2 packs) is attached. Please refund fourteen euros for the missing pack.',
    'photo',
    [],
    'partial_refund',
    14,
  ),
  // masked mat judging the item: profanity only; no evidence named
  c(
    'r25x-65',
    'ru',
    'Это не утюг, а х@йня какая-то: подошва поцарапана, провод перебит у основания, искрит при включении. Получил 30 января. Верните деньги.',
    'none',
    ['profanity', 'missing_evidence'],
    'full_refund',
  ),
  // photos said to be attached, form has none; sending back for a refund is a return
  c(
    'r25x-66',
    'en',
    "The wallet I received on 7 July is PU, not leather: the cut edge shows a fabric backing, and the surface melted slightly in a lighter test. I've attached photos of the edge. I will send it back for a refund.",
    'none',
    ['evidence_not_attached'],
    'return',
  ),
  // police and court are lawful; carrier status quoted; «5 670 ₽ — полную стоимость» is a full refund — ready
  c(
    'r25x-67',
    'ru',
    'По трек-номеру CJ338190042RU посылка с моим пылесосом 16 февраля «вручена адресату» в отделении 620014 в Екатеринбурге. Я живу в Челябинске, в Екатеринбург не ездил, доверенностей никому не давал. Почта выдала мне копию извещения: подпись в нём не моя. 20 февраля я подал заявление в полицию и при необходимости обращусь в суд. Копию извещения и талон-уведомление из полиции прикладываю. Прошу вернуть 5 670 ₽ — полную стоимость заказа.',
    'photo',
    [],
    'full_refund',
  ),
  // mock praise and a mock title ('Great detective work, Einstein'): insult
  c(
    'r25x-68',
    'en',
    "Great detective work, Einstein. You looked at the tracking and said 'delivered, not our problem'. Delivered to Tucson. I live in Tampa. I ordered the rice cooker on 1 March and the tracking shows delivery on 12 March to an address I've never been to. Screenshot attached. Refund.",
    'photo',
    ['insult'],
    'full_refund',
  ),
  // a percentage alone is a partial refund without a sum; no evidence named
  c(
    'r25x-69',
    'ru',
    'Поясной ремень пришёл 8 августа длиной 105 см вместо 120 по описанию, на последнее отверстие не застёгивается. Прошу вернуть 30% стоимости.',
    'none',
    ['missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «Кидалы» accuses; «нахожу и заставляю пожалеть» threatens; the opening report is named
  c(
    'r25x-70',
    'ru',
    'Кидалы. Таких, как вы, я нахожу и заставляю пожалеть. Пустая коробка вместо ночника, пришла 13 апреля, весила 80 г на почте — есть акт вскрытия. Деньги на карту до понедельника.',
    'none',
    ['threat', 'accusation'],
    'full_refund',
  ),
  // 'shiitake' and 'Scunthorpe' only look rude; video of the unboxing — ready
  c(
    'r25x-71',
    'en',
    "I ordered a shiitake mushroom grow kit on 3 October for delivery to Scunthorpe. It arrived on 24 October and the substrate block is dry and covered in green mould on all sides, with no white mycelium anywhere. I've attached an unboxing video. Please send a fresh kit as a replacement.",
    'video',
    [],
    'exchange',
  ),
  // «не хочу никого обвинять» is no accusation; weighed at the post office on receipt; send the missing lid — ready
  c(
    'r25x-72',
    'ru',
    'Не хочу никого обвинять, но вес посылки в отслеживании — 1,9 кг, а на почте при получении весы показали 0,7 кг. Внутри одна сковорода-гриль вместо комплекта из сковороды и стеклянной крышки. Фото весов на почте и содержимого прилагаю. Прошу прислать крышку.',
    'photo',
    [],
    'exchange',
  ),
  // spaced mat as a cry with «сколько можно!»: profanity and emotional
  c(
    'r25x-73',
    'ru',
    'Да б л я т ь, сколько можно! Четвёртая неделя пошла, посылки нет, трек не двигается с 1 марта, продавец молчит. Верните деньги.',
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // 'forgot' in scare quotes is sarcasm about honesty; 'as you see fit' is a partial refund without a sum
  c(
    'r25x-74',
    'en',
    "Of course you 'forgot' to mention the missing charger until I opened a dispute. The cordless glue gun arrived on 17 May without its charging base; photo attached. Compensate me as you see fit.",
    'photo',
    ['accusation', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // short, timed measurement on video; offers to send the flask back — ready
  c(
    'r25x-75',
    'ru',
    'Термос на 1 л пришёл 22 декабря, через 6 часов кипяток в нём остыл до 31 °C — на видео замер термометром. Прошу вернуть деньги, термос готова отправить обратно.',
    'video',
    [],
    'return',
  ),
  // 'numpties' aimed at the dispatch staff: insult
  c(
    'r25x-76',
    'en',
    'Whichever numpties run your dispatch: I ordered a grey wool rug 160 x 230 on 8 January and got a 120 x 170 polyester one on the 29th. Photos with the tape measure attached. Exchange it.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // «Обидно до слёз» is affect; photos said to be attached, form has none
  c(
    'r25x-77',
    'ru',
    'Обидно до слёз. Заказывала маме на юбилей шёлковый платок 90×90, пришёл 14 сентября платок 70×70 из вискозы, состав указан на ярлыке. Фото ярлыка и замеров прикладываю. Прошу заменить на шёлковый 90×90.',
    'none',
    ['emotional', 'evidence_not_attached'],
    'exchange',
  ),
  // a disclaimer does not cancel the threat about the seller's daughter
  c(
    'r25x-78',
    'en',
    "I'm not threatening anyone, but I know your daughter goes to school near the shop address on your business licence, and people talk. The solar garden lights (set of 8) arrived on 2 July with 3 units that don't light up at all; video attached. Full refund.",
    'video',
    ['threat'],
    'full_refund',
  ),
  // a bare request: nothing concrete, no time, no evidence
  c('r25x-79', 'ru', 'Верните деньги.', 'none', ['missing_what', 'missing_when', 'missing_evidence'], 'full_refund'),
  // seller's ominous message quoted as evidence is not the buyer's threat; sum for two faulty plugs — ready
  c(
    'r25x-80',
    'en',
    "On 11 November the seller messaged me: 'Close the dispute or we will leave you a bad buyer rating and block you.' I am reporting that message here; it is in the order chat. The facts of the case: the smart plug 4-pack arrived on 6 November, and two of the plugs do not connect to Wi-Fi and blink red continuously even after a reset. A video of the blinking plugs is attached. Please refund $13 for the two faulty plugs.",
    'video',
    [],
    'partial_refund',
    13,
  ),
];
