import { labelled as c, type CorpusCase } from './types';

/**
 * Round thirty-four, hold-out set E: buyers of intimate, medical, hygiene and baby goods (toys, breast pumps, teats,
 * condoms, incontinence and post-surgery items, dog-breeding supplies) who name them in plain anatomical and product
 * words. Written by a hand that has not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md
 * and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Clinical and product words for body parts and intimate goods (мошонка, анальная пробка, соски, nipple shields, cock
 *   ring, dildo-type toys) are innocent; so are the breeder's «сука» / "bitch" for the buyer's own dog, also in a text
 *   that has mat elsewhere. "b!tch" said to the seller is profanity and insult.
 * - Mild embarrassment («мне немного неловко», "awkward to write") is not a strong emotion marker: not emotional.
 * - The seller's threat to expose the buyer's order, quoted as evidence, is not the buyer's threat; the buyer's plan to
 *   go to the police if it is carried out is a lawful step.
 * - The buyer threatening to tell the seller's wife and friends what the seller sells, or to post the seller's name
 *   and address from the customs declaration in local chats, is a threat (publishing personal data).
 * - «Фото не прикладываю по понятным причинам, могу прислать по запросу» names evidence without attaching it (round 32):
 *   neither `missing_evidence` nor `evidence_not_attached`. "I'll film a video tonight and upload it" likewise (round 13).
 * - «Вы специально присылаете не тот размер??» asked as a question accuses (round 32's "is this a scam?").
 * - «Клоуны, а не магазин» names the shop's people: insult.
 * - A demand inside a threat («Не вернёте деньги до пятницы — …») is the request (full refund), as a conditional request.
 * - «Верните 700 рублей, это стоимость поильника без доставки» is a partial refund of 700 (less than the paid total).
 * - "refund the twenty-three dollars I paid" and "every penny" ask for the whole price: full refund.
 * - The hamlet name "Shitterton" in an address and the birds "great tit" / "blue tit" are innocent.
 */
export const ROUND34_HOLDOUT_E: CorpusCase[] = [
  // breast pump: missing nipple shields and a torn valve membrane, all facts, photo, exchange
  c(
    'r34e-01',
    'ru',
    `Здравствуйте. Заказала электрический молокоотсос (заказ от 28 апреля), получила 12 мая. В комплекте нет силиконовых накладок на соски размера 24 мм, хотя в описании они указаны, а на второй день использования перестал держаться вакуум: мотор работает, но воронка не присасывается, мембрана клапана надорвана по краю. Фото мембраны и содержимого коробки прикладываю. Прошу заменить аппарат на исправный и доложить накладки.`,
    'photo',
    [],
    'exchange',
  ),
  // vibrator named plainly; symptom, date, video, item offered back: innocent, return
  c(
    'r34e-02',
    'ru',
    `Добрый день. Вибратор из заказа (розовый, 18 см, зарядка по USB) после первой полной зарядки не включается: индикатор трижды мигает красным и гаснет, на кнопку не реагирует. Заряжала 7 июня родным кабелем около трёх часов, другим кабелем — то же самое. Видео прикладываю. Прошу вернуть деньги, товар готова отправить обратно за ваш счёт.`,
    'video',
    [],
    'return',
  ),
  // breeder's «сук»/«сука» about the dog is no mat; missing quantity with a sum
  c(
    'r34e-03',
    'ru',
    `Заказывали одноразовые катетеры для искусственного осеменения сук, в описании 10 шт. в упаковке. Вскрывали 3 апреля в клинике при ветеринаре — внутри 6 штук, пересчитали вдвоём. Наша сука (бигль, первая вязка) как раз в охоте, недостающие пришлось покупать на месте. Фото открытой упаковки и всех шести катетеров прилагаю. Прошу вернуть 640 рублей за четыре недостающих.`,
    'photo',
    [],
    'partial_refund',
    640,
  ),
  // nipple shields wrong size, timid "could you send" is an exchange
  c(
    'r34e-04',
    'en',
    `Hello, I ordered nipple shields in 24 mm and the ones that came are 20 mm – the size is moulded into the silicone and printed on the case. I noticed it when I opened the parcel on 2 October. Photos of the case and of the shield next to a ruler are attached. Could you please send the 24 mm size instead?`,
    'photo',
    [],
    'exchange',
  ),
  // "cock ring" is a product name; missing piece with a decimal sum
  c(
    'r34e-05',
    'en',
    `The silicone cock ring set is supposed to have three sizes (S/M/L). The box I got on 14 March only had S and M, the L slot in the tray is empty. Photo of the open box attached. Please refund $4.50 for the missing ring.`,
    'photo',
    [],
    'partial_refund',
    4.5,
  ),
  // expired condoms, whole order price named as the full cost
  c(
    'r34e-06',
    'ru',
    `Презервативы, 3 упаковки по 12 шт. Получила 21 сентября, при распаковке увидела на каждой коробке и на самих квадратиках срок годности 08/2024 — он уже истёк. Пользоваться просроченными не стану. На фото крупно дата на фольге. Прошу вернуть полную стоимость заказа — 1 290 ₽.`,
    'photo',
    [],
    'full_refund',
  ),
  // post-surgery cushion, measured height vs listing; "больно" is pain, not an affect word
  c(
    'r34e-07',
    'ru',
    `Подушка-кольцо для сидения после операции на прямой кишке. В описании высота 8 см, пришла 4 см — измерил линейкой в день получения, 5 ноября. Сидеть на ней невозможно, проваливаюсь до стула, а после операции это больно. Фото с линейкой прилагаю. Прошу обменять на подушку заявленной высоты.`,
    'photo',
    [],
    'exchange',
  ),
  // town name Bitche; non-receipt with tracking number and elapsed time
  c(
    'r34e-08',
    'en',
    `Order of 4 anti-colic bottle teats (flow 2). Delivery address is in Bitche (57230), France. Tracking LB482916357CN shows 'arrived in destination country' since 10 May, and I paid on 29 April, so over seven weeks ago. Nothing has come to my door or to the post office. Please refund the order.`,
    'none',
    [],
    'full_refund',
  ),
  // «рубля», «соски-пустышки»: innocent; one of two pacifiers faulty, its price back
  c(
    'r34e-09',
    'ru',
    `Соски-пустышки ночные, светящиеся, 2 шт., заказ на 342 рубля. Пришли 14.01: одна светится, вторая не светится вообще даже после часа под лампой, и на её колечке трещина у основания — ребёнку такую давать нельзя. Фото обеих в темноте приложила. Прошу вернуть 171 рубль за вторую.`,
    'photo',
    [],
    'partial_refund',
    171,
  ),
  // incontinence pads, absorbency mismatch, found the first night
  c(
    'r34e-10',
    'ru',
    `Урологические прокладки при недержании, в карточке впитываемость «5 капель». Пришли с маркировкой «2 капли» на каждой упаковке, и по факту протекают уже через час. Получила 9 февраля, поняла в первую же ночь. Фото упаковок прилагаю. Папе 82 года, ему нужны именно пятикапельные. Прошу обмен на правильные.`,
    'photo',
    [],
    'exchange',
  ),
  // ostomy bags, opening size mismatch, discovery circumstance
  c(
    'r34e-11',
    'ru',
    `Калоприёмники однокомпонентные. Нужны с вырезаемым отверстием до 55 мм, как в описании, а пришли с готовым отверстием 25 мм, вырезать нельзя — там жёсткое кольцо. Обнаружила 19 августа, когда стала менять мешок маме. Для её стомы они не подходят. Фото пакета рядом с линейкой прикладываю. Прошу заменить на правильную модель.`,
    'photo',
    [],
    'exchange',
  ),
  // the seller's threat to expose the order is quoted as evidence; police is a lawful step
  c(
    'r34e-12',
    'en',
    `I'm reporting a defect and also the seller's reply, which I think support should see. The male masturbator sleeve (the soft TPE insert with the grey hard case, order placed on 21 May) arrived on 6 June with the inner seam split along about 3 cm, about halfway down the channel. It was visible as soon as I took the sleeve out of the case, before any use. A split like that can't be cleaned properly, so I haven't used it and won't. The case itself is fine, and the outer packaging was intact, so it didn't happen in transit as far as I can tell. When I wrote to the seller on 9 June asking for a replacement, they first asked for photos, which I sent, and then answered: 'If you open dispute we send your order photos to your contacts.' That is the full message, nothing before or after it. Screenshot of that chat and two photos of the seam, one with a ruler next to it, are attached. I've forwarded the message to AliExpress support as well, and if anything is actually sent to my contacts I will go to the police. I'm not interested in arguing with the seller any further. I have bought two other things from this store before without any trouble, which is why this reply surprised me. For the item itself I'd like a full refund.`,
    'photo',
    [],
    'full_refund',
  ),
  // Kegel balls weighed, chargeback and support named as lawful steps
  c(
    'r34e-13',
    'ru',
    `Тренажёр Кегеля, набор из трёх вагинальных шариков: заявлены 30, 45 и 60 г. При получении 2 февраля взвесила на кухонных весах — все три по 28–29 г, то есть разница только в цвете. Фото шариков на весах прикладываю. Прошу вернуть полную стоимость — 1 150 ₽. Если продавец откажет, подключу поддержку AliExpress и оформлю в банке возврат платежа.`,
    'photo',
    [],
    'full_refund',
  ),
  // compression garment torn at the crotch; an honest review is lawful
  c(
    'r34e-14',
    'en',
    `Post-surgery compression garment (stage 1 faja), size M. After the second wear, on 18 July, the seam at the crotch opening split for about 5 cm and the hook-and-eye strip tore off at the bottom. I'm eleven days after liposuction and need to wear it day and night. Photos of both spots attached. Please send a replacement in M as soon as possible. I will also leave an honest review describing this.`,
    'photo',
    [],
    'exchange',
  ),
  // "our bitch is due" is the breeder's word; missing parts sent again is an exchange
  c(
    'r34e-15',
    'en',
    `Whelping box, 120 x 120 cm, with the pig rails. When I assembled it on Saturday 11 May, two of the four corner hinges were snapped in the bag and one pig rail is 10 cm shorter than the rest, so it can't be fitted. Our bitch is due in ten days, so I need this sorted quickly. Photos of the hinges and of the rail next to the others are attached. Please send the two hinges and a correct rail.`,
    'photo',
    [],
    'exchange',
  ),
  // scrotal support named clinically; wrong size tag and measurement
  c(
    'r34e-16',
    'ru',
    `Суспензорий (поддерживающий бандаж для мошонки) после операции по варикоцеле. Заказывал размер L, по таблице под талию 90–100 см. Пришёл с биркой S, пояс в растянутом виде 70 см. Примерял 15 октября, на следующий день после получения. Фото бирки и замера пояса рулеткой прилагаю. Прошу обменять на L.`,
    'photo',
    [],
    'exchange',
  ),
  // medical dilators measured with calipers; offers the set back
  c(
    'r34e-17',
    'en',
    `I bought the set of 4 anal dilators recommended after fissure surgery. The listing says 10/15/20/25 mm; I measured them with calipers the day they came (22 January) and they are 14/18/22/27 mm. The smallest is the one I'm meant to start with, so the set is unusable for me. Photos with the calipers are attached. I'm happy to send the set back for a full refund.`,
    'photo',
    [],
    'return',
  ),
  // the seller's mat described, not repeated: innocent
  c(
    'r34e-18',
    'ru',
    `Заказ: менструальная чаша, размер S, силикон, прозрачная. Пришла размера L (на ободке выдавлено «L»), и у неё по краю облой — острая кромка от литья. Увидела сразу при вскрытии, 30 марта. Фото ободка и кромки прилагаю. Написала продавцу, он ответил нецензурной бранью, скриншот переписки тоже прикрепила. Прошу вернуть деньги.`,
    'photo',
    [],
    'full_refund',
  ),
  // formula dispenser, broken latch; «употребления», the whole price named
  c(
    'r34e-19',
    'ru',
    `Контейнер-дозатор для детской смеси «Кораблик», 3 секции. Крышка не защёлкивается: язычок замка отломан, обломок лежал в коробке. Обнаружила 26 декабря при распаковке. Смесь для употребления в дороге в нём не удержится — высыпается при наклоне, проверила дома. Видео прикладываю. Прошу вернуть 389 рублей — всю стоимость товара.`,
    'video',
    [],
    'full_refund',
  ),
  // real hamlet name Shitterton; failed delivery, send again = exchange
  c(
    'r34e-20',
    'en',
    `Baby bath thermometer and 2 packs of pacifier clips, order placed 3 August. The tracking (RR204718365GB) says 'address not found' on 19 August, although the address is right: 4 Shitterton Cottages, Bere Regis, Dorset. Yes, that is the real name of the hamlet. Nothing has been delivered since. Please send the parcel again to the same address.`,
    'none',
    [],
    'exchange',
  ),
  // prostate massager remote won't pair; both remedies are exchanges
  c(
    'r34e-21',
    'ru',
    `Массажёр простаты с пультом. Пульт не сопрягается с массажёром: держу кнопку 5 секунд, как в инструкции, светодиод не мигает, а сам массажёр работает только с кнопки на корпусе. Пробовал сразу после получения, 11 ноября, с новой батарейкой CR2032. Видео прикладываю. Прошу прислать рабочий пульт или заменить комплект.`,
    'video',
    [],
    'exchange',
  ),
  // puppy nursing nipples; "bitch" rejected pups is the breeder's word; the whole price named
  c(
    'r34e-22',
    'en',
    `Puppy nursing kit: 2 bottles and 6 nipples. Three of the nipples have no hole at all and the other three are cut so wide that the milk pours out. I tried them on 4 April, the day the litter was born and our bitch rejected two of the pups. Video of the bottle held upside down attached. Please refund $11.80, the full price of the kit.`,
    'video',
    [],
    'full_refund',
  ),
  // embarrassed but factual; "can send photos on request" names evidence without attaching; «член семьи»
  c(
    'r34e-23',
    'ru',
    `Мне немного неловко писать об этом, но товар интимный, так что по существу. Вакуумный клиторальный стимулятор, заказ от 1 июля, пришёл 17 июля. После двух использований силиконовая насадка порвалась у основания — трещина около 1 см. Фото не прикладываю по понятным причинам, могу прислать в поддержку по запросу. Прошу прислать новую насадку, в магазине она продаётся и отдельно. И пожалуйста, пишите в декларации нейтральное название: посылку на почте забирал член семьи.`,
    'none',
    [],
    'exchange',
  ),
  // lube bottle cracked; sum in words
  c(
    'r34e-24',
    'en',
    `Two bottles of water-based lube, 200 ml each. One arrived on 8 September with the pump head cracked and about a third left, the rest soaked into the bubble wrap. Photo of the bottle and the wet packaging attached. Please refund nine pounds fifty for that bottle; the other one is fine.`,
    'photo',
    [],
    'partial_refund',
    9.5,
  ),
  // long, strong but polite; consumer authority and court are lawful
  c(
    'r34e-25',
    'ru',
    `Здравствуйте. Пишу по заказу детского компрессорного небулайзера (комплект с детской и взрослой масками, мундштуком и двумя камерами). Посылку получили 2 декабря, 3 декабря включили в первый раз — сыну назначили ингаляции с физраствором при обструктивном бронхите. Компрессор работает, гудит, но из маски и из мундштука пар не идёт совсем. Если потрясти корпус, слышно, как внутри что-то болтается; похоже, что соединительная трубка внутри отсоединилась от компрессора. Проверили обе камеры, заливали разное количество раствора, меняли маску — результат одинаковый. На видео видно, что аппарат включён, а на выходе ничего. Видео прилагаю, инструкцию читали полностью. Ингаляции пришлось делать в поликлинике, а аппарат покупался именно для дома. Прошу вернуть 2 480 ₽ — полную стоимость заказа. Если продавец откажет, я обращусь в Роспотребнадзор и, если понадобится, в суд по месту жительства: это моё право как покупателя.`,
    'video',
    [],
    'full_refund',
  ),
  // cot mobile with felt blue tits and great tits: innocent bird names
  c(
    'r34e-26',
    'en',
    `The felt bird mobile for the cot (blue tit, great tit, robin, wren). When I unpacked it on 21 March the great tit had no hanging thread at all and the robin's beak was missing — the bead was loose in the bag, which is a choking hazard. Photo attached. Please send a replacement great tit and robin.`,
    'photo',
    [],
    'exchange',
  ),
  // affect word «кошмар», otherwise complete
  c(
    'r34e-27',
    'ru',
    `Это просто кошмар. Заказала подгузники-трусики размера 5 (12–17 кг), а пришёл размер 3 — на ребёнке не сходятся, липучки на боках не достают. Получила вчера, 4 марта, открыла упаковку сразу. Фото упаковки с размером прилагаю. Прошу заменить на размер 5.`,
    'photo',
    ['emotional'],
    'exchange',
  ),
  // "classic bait and switch" is a fraud label even next to facts
  c(
    'r34e-28',
    'en',
    `Ordered ultra thin 0.01 mm condoms, 24 pack. What came on 12 August is a 12 pack of ordinary 0.06 mm ones — it's printed on the box. Photo attached. This is a classic bait and switch: list the expensive ones, ship the cheap ones and hope nobody complains about something this private. Full refund, please.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // embarrassed and vague: no concrete problem, no time, no evidence
  c(
    'r34e-29',
    'ru',
    `Здравствуйте. Товар интимный, подробности расписывать не хочу, сами понимаете. Он не соответствует описанию, и качество очень плохое. Верните, пожалуйста, деньги.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // "refund me the difference" without a sum
  c(
    'r34e-30',
    'en',
    `My breast pump kit was listed with 4 storage bottles, 4 lids and 2 spare valves. When I unpacked it on 27 November there were 4 bottles but only 2 lids and no spare valves. Photo of everything laid out attached. I'll keep the pump, just refund me the difference for the missing bits.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «на фото видно» with no file in the form
  c(
    'r34e-31',
    'ru',
    `Бюстгальтер для кормления 80C: застёжка-клипса на левой чашке не защёлкивается — пружинка выпала. Заметила на третий день носки. На фото видно, что пружины нет. Прошу замену.`,
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // a helpless question is no request
  c(
    'r34e-32',
    'ru',
    `Вакуумный массажёр груди пришёл 8 апреля без одной из двух чашек и без зарядного кабеля, хотя на коробке нарисованы обе чашки и кабель. Фото содержимого прикладываю. Что мне теперь с этим делать?`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // nasal aspirator: concrete but no time at all
  c(
    'r34e-33',
    'en',
    `The baby nasal aspirator (electric, with 3 tips) only came with 1 silicone tip, and the suction is so weak it doesn't lift a drop of water from a glass. Video attached. Please send the missing tips and a working unit.`,
    'video',
    ['missing_when'],
    'exchange',
  ),
  // near-empty reply
  c('r34e-34', 'ru', `ок`, 'none', ['empty_text'], 'none'),
  // no words at all
  c('r34e-35', 'en', `...`, 'none', ['empty_text'], 'none'),
  // declines an exchange, asks for the money: full refund, complete
  c(
    'r34e-36',
    'ru',
    `Менять не надо, второй раз ждать полтора месяца я не готова. Стерилизатор для бутылочек пришёл 16 июня с треснувшей крышкой — трещина через всю крышку, пар выходит сбоку. Заметила при первом запуске. Фото трещины прилагаю. Верните деньги.`,
    'photo',
    [],
    'full_refund',
  ),
  // decimal comma in euros, missing pack of puppy pads
  c(
    'r34e-37',
    'ru',
    `Заказывала 3 упаковки одноразовых пелёнок для собак (для щенков после родов), по 30 шт. Пришли 2 упаковки, третьей нет — пересчитала, когда вскрыла посылку 20 марта. Фото вскрытой посылки прилагаю. Прошу частично вернуть 4,80 € за недостающую упаковку.`,
    'photo',
    [],
    'partial_refund',
    4.8,
  ),
  // «хотя бы половину» is a partial refund without a sum
  c(
    'r34e-38',
    'ru',
    `Термометр для ванночки (уточка) показывает 45 градусов в воде, которая по обычному градуснику 36. Проверяла 2 мая, когда купала сына. Фото обоих термометров в одной воде прилагаю. Верните хотя бы половину стоимости: выбрасывать жалко, пусть будет игрушкой.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «расстроена» + «на ваше усмотрение»
  c(
    'r34e-39',
    'ru',
    `Очень расстроена. Пакеты для хранения грудного молока: из шести протекли четыре, по боковому шву. Заморозила в них молоко 10 октября, при разморозке всё вытекло. Фото пакетов прикладываю. Компенсацию — на ваше усмотрение.`,
    'photo',
    ['emotional', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "partial refund at your discretion"
  c(
    'r34e-40',
    'en',
    `Silicone teething rings, set of 3. One of the three has its moulding seam split along the edge, leaving a sharp flap of silicone; I noticed it the day they came (5 Jan). I won't give that one to my daughter. Photo attached. A partial refund at your discretion is fine.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // the buyer takes the label back («не думаю, что это специально»): no accusation
  c(
    'r34e-41',
    'ru',
    `Набор сосок для бутылочек: заказала поток 1 (для новорождённых), пришли поток 3 — на каждой выбита цифра 3, ребёнок захлёбывается. Заметила 11 сентября при первом кормлении. Фото соски с цифрой приложила. Не думаю, что это специально, скорее перепутали на складе. Прошу обмен на поток 1.`,
    'photo',
    [],
    'exchange',
  ),
  // scare quotes around "mistake": sarcasm about honesty
  c(
    'r34e-42',
    'en',
    `Second time now. On 3 June I got 6 condoms instead of the 12 in the listing, you apologised and "resent" — and the new box on 20 June has 6 again. What a "mistake", twice in a row. Photos of both boxes with the count attached. Refund $7 for the 12 condoms I never got.`,
    'photo',
    ['accusation'],
    'partial_refund',
    7,
  ),
  // video promised for later (neither evidence code, round 13); no time for the crack
  c(
    'r34e-43',
    'en',
    `The hard case of the masturbator sleeve is cracked across the hinge and the lid doesn't close any more. I'll film a video tonight and upload it here. Please send a new case.`,
    'none',
    ['missing_when'],
    'exchange',
  ),
  // «Мошенники» opens an otherwise complete text
  c(
    'r34e-44',
    'ru',
    `Мошенники. Заказ — анальная пробка из медицинской стали, размер M, вес в описании 180 г. Пришла лёгкая, 60 г на весах, и магнит к ней липнет, а на ножке уже облезла краска — это крашеный металл, не сталь. Получил 7 мая, взвесил сразу. Фото на весах и с магнитом прилагаю. Верните деньги.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // disappointed, vague, no request
  c(
    'r34e-45',
    'en',
    `Really disappointed with the pregnancy pillow. It's nothing like the pictures and feels cheap. Please sort it out.`,
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // «Вы специально …??»: accusing question and double question mark
  c(
    'r34e-46',
    'ru',
    `Вы специально присылаете не тот размер?? Уже второй раз! Послеродовые сетчатые трусы, заказ XL, пришли S — на бирке и по замеру пояса 60 см. Получила 29 января. Фото бирки прикладываю. Замените на XL.`,
    'photo',
    ['emotional', 'accusation'],
    'exchange',
  ),
  // a percentage alone: partial without an amount
  c(
    'r34e-47',
    'en',
    `Baby bottle warmer: set to 37°C, it heats the milk to 52°C — I checked with a kitchen thermometer on the first use, 9 Feb, and twice since. Photo of both readings attached. I'll keep it if you refund 30%.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // potty chair with a broken leg, no evidence named
  c(
    'r34e-48',
    'ru',
    `Детский горшок-стульчик: одна из четырёх ножек отломана у основания, пришёл так в коробке 23 февраля. Прошу прислать замену.`,
    'none',
    ['missing_evidence'],
    'exchange',
  ),
  // crying emoji; breeder's "bitch" innocent
  c(
    'r34e-49',
    'en',
    `Progesterone meter for dog breeding. It shows 'Err 3' on every reading — tried on 14 and 15 March with the supplied probe, cleaned as the manual says. Our bitch's window is only a few days, so we may have missed it completely 😭😭 Video of the error attached. Please refund the full amount.`,
    'video',
    ['emotional'],
    'full_refund',
  ),
  // «Разберитесь» asks for nothing; tracking number and elapsed days given
  c(
    'r34e-50',
    'ru',
    `Посылка с тестами на овуляцию не пришла, жду 52 дня, трек RB123456789CN с 3 марта не обновлялся. Разберитесь.`,
    'none',
    ['missing_resolution'],
    'none',
  ),
  // «Это развод» plus a vague complaint
  c(
    'r34e-51',
    'ru',
    `Это развод. Массажёр для интимных мышц работает совсем не так, как обещали в описании. Верните деньги.`,
    'none',
    ['accusation', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // hardship without affect words; "the twenty-three dollars I paid" is the whole price
  c(
    'r34e-52',
    'en',
    `Adult incontinence briefs, size L, pack of 10. It arrived on 2 July with only 5 inside, and the packet had been cut open and taped shut again. My mother is bedbound and I ordered exactly what she needs for a week. Photo of the opened pack attached. I'd rather not wait for a second delivery, so please refund the twenty-three dollars I paid.`,
    'photo',
    [],
    'full_refund',
  ),
  // digit-masked mat judging the item, no "!": profanity only
  c(
    'r34e-53',
    'ru',
    `Это не молокоотсос, а пи3дец какой-то: на третий день треснул корпус воронки, молоко течёт прямо в рукав. Фото трещины прикладываю. Прошу замену.`,
    'photo',
    ['profanity'],
    'exchange',
  ),
  // «6лять» as an interjection; no evidence
  c(
    'r34e-54',
    'ru',
    `6лять, ну сколько можно. Второй раз заказываю силиконовые соски для бутылочек с широким горлом, второй раз приходят под узкое горлышко, на бутылку не налезают. Получила 12.11. Верните деньги.`,
    'none',
    ['profanity', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // talking down to the warehouse staff
  c(
    'r34e-55',
    'ru',
    `Объясняю для особо одарённых сотрудников склада: размер бандажа для беременных M — это обхват 90–100 см, а не 70. Прислали именно 70, замерила в день получения, 18 апреля. Фото с сантиметровой лентой прилагаю. Жду замену.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // threatens to tell the seller's wife and friends: personal data as leverage
  c(
    'r34e-56',
    'ru',
    `Вибропуля пришла 2 августа без крышки батарейного отсека, батарейку вставить некуда. Продавец неделю не отвечает. Так вот: я нашла вашу страницу ВКонтакте, знаю, как зовут вашу жену и где она работает. Не вернёте деньги до пятницы — ей и всем вашим друзьям расскажу, чем вы торгуете.`,
    'none',
    ['threat', 'missing_evidence'],
    'full_refund',
  ),
  // "This f*cking pump." as a sentence of its own: a cry
  c(
    'r34e-57',
    'en',
    `This f*cking pump. The breast pump I got on 4 March stopped charging after a week: plugged in, no light, nothing. Video attached. Replace it.`,
    'video',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // regional name-calling at the packers
  c(
    'r34e-58',
    'en',
    `To the numpties in your packing department: a glass baby bottle does not go in a paper envelope. Both bottles arrived on 30 May in pieces, photo attached. Refund me.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // veiled threat: the seller's kids and their school
  c(
    'r34e-59',
    'en',
    `The sterilizer arrived on 9 September with the heating plate cracked, photos attached, and you've ignored three messages. I found your personal Facebook. Nice photos of your kids outside their school. Refund the full $46 before Friday, I'd hate for anyone to get confused about where that school is.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // masked "a$$holes" addressed to the seller
  c(
    'r34e-60',
    'en',
    `Listen up, a$$holes. The bottle teats tore at the hole on the second feed, 2 of the 4 already, on 17 October. Photo attached. Send new ones that don't tear.`,
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // transliterated "blyat" as an interjection (Russian in Latin letters)
  c(
    'r34e-61',
    'ru',
    `blyat, opyat prishli ne te soski. Zakazyvala sosku dlya butylochki razmer L (6+ mes), prishli S, na upakovke tak i napisano. Poluchila 25 iyulya. Foto prilozhila. Pomenyajte na L.`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // spaced mat with a filler judges the item: profanity only
  c(
    'r34e-62',
    'ru',
    `Ваш бандаж после кесарева — х у й н я полная: липучка отклеилась от ткани на второй день, держится на двух нитках. Фото прилагаю. Верните деньги.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Latin look-alike letters in an adjective before the item; «сука» here is the dog
  c(
    'r34e-63',
    'ru',
    `Эти eбaные пелёнки для щенков протекают насквозь: впитывающий слой только посередине, по краям голая плёнка, вся лужа уходит на пол. Постелила 6 марта под суку со щенками — утром всё мокрое. Фото пелёнки на просвет прикладываю. Верните все 900 рублей за заказ.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // dropped-vowel mat as a sentence of its own
  c(
    'r34e-64',
    'ru',
    `Пздц. Открыла коробку с молокоотсосом — внутри только мотор, ни воронок, ни бутылки, ни трубок. Пришло 20 февраля. Видео распаковки прикладываю. Досылайте комплектующие.`,
    'video',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // «Клоуны» names the shop's people; «Кидалы» is a fraud label
  c(
    'r34e-65',
    'ru',
    `Клоуны, а не магазин. Заказывала 100 впитывающих пелёнок для лежачих, пришло 50, упаковка вскрыта и заклеена скотчем. Получила 8 июня. Фото прилагаю. Кидалы. Верните за 50 недостающих 1 200 ₽.`,
    'photo',
    ['insult', 'accusation'],
    'partial_refund',
    1200,
  ),
  // sarcastic praise of the packers
  c(
    'r34e-66',
    'ru',
    `Ну вы, конечно, мастера, золотые руки на складе: стеклянные бутылочки для кормления завернули в один слой бумаги и бросили в пакет. Из трёх целая одна. Получила 14 апреля, фото осколков прикладываю. Верните стоимость двух разбитых — 760 ₽.`,
    'photo',
    ['insult'],
    'partial_refund',
    760,
  ),
  // wishing the dangerous teats on the seller's own children
  c(
    'r34e-67',
    'ru',
    `Соски для бутылочек после первого кипячения, 12 января, расслоились: от краёв отходит резиновая плёнка, ребёнок чуть не проглотил кусок. Фото прикладываю. Верните деньги. И чтоб ваши собственные дети из таких сосок попили.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "Are you braindead??": insult and double question mark; return label asked
  c(
    'r34e-68',
    'en',
    `Are you braindead?? I've asked for a return label three times. The hernia belt (size L) has the velcro sewn on upside down, it can't close at all — I noticed it the first time I put it on, 6 May. Photos attached. Send a return label and refund me.`,
    'photo',
    ['insult', 'emotional'],
    'return',
  ),
  // the seller's mat quoted as evidence: profanity only
  c(
    'r34e-69',
    'en',
    `Support, please look at this. The rabbit vibrator's clitoral arm stopped vibrating on the third use (24 November); the main shaft still works. I asked the seller for a replacement and the reply was, word for word: 'f*ck off, no refund for used toys'. Screenshot of the chat and a video of the arm not moving are attached. Please replace the vibrator.`,
    'video',
    ['profanity'],
    'exchange',
  ),
  // words cut into syllables for the reader; no time
  c(
    'r34e-70',
    'ru',
    `Ещё раз, по слогам: за-ка-зы-ва-ла раз-мер L. Послеродовые прокладки размера L, пришли S — длина 24 см вместо 32, на упаковке так и написано. Фото упаковки прилагаю. Замените.`,
    'photo',
    ['insult', 'missing_when'],
    'exchange',
  ),
  // masked "b!tch" said to the seller, unlike the breeder's word
  c(
    'r34e-71',
    'en',
    `Listen, b!tch, I've been waiting 58 days for the whelping pads, tracking LP004512378CN hasn't moved since 2 March. Refund me now.`,
    'none',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // minced «Ёпт» as an interjection; «суки в течке» is the dog
  c(
    'r34e-72',
    'ru',
    `Ёпт, ну опять. Гигиенические трусы для собак (для суки в течке), размер M по обхвату 38–48 см, а пришли на 25–30, на маленькую собачку. Надели 3 октября — не застёгиваются. Фото с сантиметром прикладываю. Поменяйте на M.`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // sends the seller away with «нах»; the buyer's own counter-figure is the request
  c(
    'r34e-73',
    'ru',
    `Кружка-поильник для лежачих: носик отломан у основания, пришла так 17 сентября, фото прикладывал в первом сообщении и прикладываю снова. Вы предлагаете 200 рублей — идите нах со своей компенсацией. Верните 700 рублей, это стоимость поильника без доставки.`,
    'photo',
    ['profanity'],
    'partial_refund',
    700,
  ),
  // veiled threat via a relative near the seller's warehouse
  c(
    'r34e-74',
    'ru',
    `Заказ с тестами на беременность пришёл вскрытым: из 10 тестов внутри 4. Получали 2 июля на почте, там же составили акт вскрытия, фото акта и коробки прилагаю. Верните за 6 недостающих тестов 540 рублей. И да, у меня брат работает в Иу, недалеко от вашего склада. Не хотелось бы, чтобы с вашим товаром там что-нибудь случилось.`,
    'photo',
    ['threat'],
    'partial_refund',
    540,
  ),
  // masked mat in a cried question
  c(
    'r34e-75',
    'ru',
    `Что за х*йня?? Крем для сосков с ланолином, 3 тюбика, все три пришли с вытекшим содержимым — крышки треснули, коробка внутри вся в креме. Получила 11 августа. Фото коробки прикладываю. Верните деньги за все три.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // spaced "S H I T" in a judgement cried out; no time
  c(
    'r34e-76',
    'en',
    `What a load of S H I T! The digital thermometer for tracking our bitch's temperature before whelping reads 33.5 °C on every dog we have, and on me. Video of three readings attached. Refund please.`,
    'video',
    ['profanity', 'emotional', 'missing_when'],
    'full_refund',
  ),
  // condescension; "compensate me" without a sum
  c(
    'r34e-77',
    'en',
    `Let me go slowly, since reading a size chart seems to be beyond your team. The maternity support belt I ordered is XL (hips 110–120 cm). You sent S. The label says S. I measured it on 19 June, the day it arrived: 78 cm fully stretched. Photo of the label and the tape attached. Compensate me for the trouble, I'll keep it for my sister.`,
    'photo',
    ['insult', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «в бешенстве» and «бестолочи»; no time, no evidence
  c(
    'r34e-78',
    'ru',
    `Я в бешенстве. Бестолочи, я три раза писала, что мне нужен детский аспиратор с насадками для новорождённых, а вы третий раз шлёте его без насадок. Верните деньги!`,
    'none',
    ['insult', 'emotional', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // publishing the seller's name and address from the declaration in local chats
  c(
    'r34e-79',
    'ru',
    `Продавец, слушайте внимательно. Пеленальный коврик с подогревом перегрелся в первый же вечер, 28 октября: обивка оплавилась пятном 10 на 15 см, хорошо, что ребёнка на нём не было. Фото оплавленного места прикладываю. Я знаю ваше имя и адрес из декларации. Если до понедельника не будет полного возврата, эти данные вместе с фото коврика будут во всех мамских чатах города.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "You f*cking scammers!!": profanity, fraud label, cry; no evidence
  c(
    'r34e-80',
    'en',
    `You f*cking scammers!! Paid £32 for a hospital grade double electric breast pump and on 1 Dec got a single manual pump in a blank box. Refund me every penny.`,
    'none',
    ['profanity', 'accusation', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
];
