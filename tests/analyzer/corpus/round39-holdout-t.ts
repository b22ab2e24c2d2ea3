import { labelled as c, type CorpusCase } from './types';

/**
 * Round thirty-nine, hold-out set t: customs holds, import duties and VAT, couriers, pickup points, lockers, wrong
 * addresses and returns to sender, with blame on the seller, the carrier, customs or nobody. Written by a hand that has
 * not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - A parcel held at customs, returned to sender, sent to a distant pickup point or emptied from a locker is the
 *   problem named (non-receipt, as round ten decided); "charged duty the listing said was included" is concrete too.
 * - "Send it again", "resend", "reship" (the same item, no money) is an `exchange`.
 * - Duty, VAT, a delivery fee or a taxi fare asked back with a sum is a `partial_refund` with that sum; without one it
 *   is a partial refund without an amount.
 * - Calling the post or the sorting office thieves is no accusation (round thirty-one); theft by a third party told
 *   as fact is neither.
 * - A clown emoji aimed at the seller's team is an insult only (no emotive emoji counted).
 * - "Terrible"/«ужасная» said of a delivery service is an affect word (emotional), though not rude.
 * - Words with rude-looking strings (Scunthorpe, Cockermouth, "wire stripper", «застрахуйте», «убивать полдня»,
 *   "the driver was rude") are innocent.
 */
export const ROUND39_HOLDOUT_T: CorpusCase[] = [
  // customs hold caused by the seller's declaration; conditional refund is the request
  c(
    'r39t-01',
    'ru',
    `Посылка с перфоратором стоит на таможне с 3 апреля: продавец указал в декларации стоимость 0 $, и таможня требует инвойс, которого у меня нет. Трек RU123456789CN, скриншот статуса прикладываю. Прошу вернуть полную стоимость, если до 20 апреля посылку не выпустят.`,
    'photo',
    [],
    'full_refund',
  ),
  // VAT charged on delivery, compensation asked without a sum
  c(
    'r39t-02',
    'en',
    `Royal Mail would not hand over my two phone cases until I paid import VAT plus their handling fee (the grey card came through the door on 12 June, photo attached). The listing said VAT was included at checkout. I'd like partial compensation for those charges.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // name-calling aimed at the courier, otherwise complete
  c(
    'r39t-03',
    'ru',
    `Курьер СДЭК 15.05 обещал занести до двери, а сам оставил коробку с монитором у мусоропровода, этот олух даже не позвонил. На экране трещина в левом нижнем углу, фото есть. Верните деньги за монитор.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // innocent trap: place name; wrong pickup point; resend
  c(
    'r39t-04',
    'en',
    `My parcel went to the Evri ParcelShop in Scunthorpe instead of my local one in Lincoln, tracking shows it arrived there on 9 October. I can't drive 40 miles for a pair of garden shears. Please resend it to my local shop.`,
    'none',
    [],
    'exchange',
  ),
  // affect word and !!! about the post, all facts present
  c(
    'r39t-05',
    'ru',
    `Это просто кошмар!!! Почта России уже 52 дня держит мой заказ (набор кистей для макияжа) в сортировочном центре. Трек-номер RB412907733SG. Верните деньги.`,
    'none',
    ['emotional'],
    'full_refund',
  ),
  // threat to publish the courier's face, plate and home
  c(
    'r39t-06',
    'ru',
    `22 февраля курьер Boxberry перекинул пакет с кроссовками через забор прямо в лужу, кроссовки внутри промокли и пошли грязными разводами, фото прилагаю. Прошу полный возврат. Если магазин откажет, выложу в районный чат лицо этого курьера, номер его машины и подъезд, где он живёт.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "on purpose" labels intent even next to facts; duty asked back with a sum
  c(
    'r39t-07',
    'en',
    `The seller marked my parcel as a "gift" worth $2 on purpose so that I'd pay the duty instead of them. DHL charged me 31 EUR on delivery on 4 Nov, receipt in the photos. Refund me the 31 EUR.`,
    'photo',
    ['accusation'],
    'partial_refund',
    31,
  ),
  // seller's wrong address, return to sender seen in tracking, resend
  c(
    'r39t-08',
    'ru',
    `Продавец отправил фары на старый адрес: в заказе Казань, ул. Ямашева, а на наклейке почему-то Набережные Челны. 11 января посылку вернули отправителю, это видно в отслеживании. Прошу отправить заново на правильный адрес.`,
    'none',
    [],
    'exchange',
  ),
  // returned for "insufficient address" with a full address; complete
  c(
    'r39t-09',
    'en',
    `USPS tracking shows the package with my drone battery as "returned to sender - insufficient address" on April 3, but the address on my order is complete, apartment number included (screenshot attached). I want a full refund.`,
    'photo',
    [],
    'full_refund',
  ),
  // masked mat as an interjection about customs
  c(
    'r39t-10',
    'ru',
    `Таможня в Шереметьеве держит пакет с детским конструктором уже третью неделю, бл@ть. Трек LV998877665CN. Прошу продавца прислать документы для таможни, а если не сможет, вернуть деньги.`,
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // wrong parcel from the courier, no request
  c(
    'r39t-11',
    'ru',
    `Курьер DPD привёз мне чужую посылку: в коробке вместо садового шланга на 25 метров лежат женские босоножки. Вскрывала при курьере 8 июля, всё снято на видео.`,
    'video',
    ['missing_resolution'],
    'none',
  ),
  // innocent trap: a tool called a stripper; locker shows collected
  c(
    'r39t-12',
    'en',
    `Ordered a wire stripper and crimping tool set. The Cainiao locker at Tesco Extra shows it as collected on 21 Aug at 14:02, but I was at work all day and never got a pickup code. Screenshot of the tracking page attached. Please refund the full amount.`,
    'photo',
    [],
    'full_refund',
  ),
  // sarcastic praise of the logistics staff
  c(
    'r39t-13',
    'ru',
    `Браво, логисты года: фильтр салона для Киа Рио уехал в Хабаровск, хотя я живу в Калининграде. Статус «вручено» от 2 сентября, скрин отслеживания прилагаю. Хочу полный возврат.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // "upset" is affect; duty sum asked back
  c(
    'r39t-14',
    'en',
    `I'm honestly so upset. I paid $18.40 in duties to UPS on the 3rd for a $25 yoga mat, because the seller shipped it DDU instead of DDP as the listing promised. Photo of the invoice attached. Please send me the $18.40 back.`,
    'photo',
    ['emotional'],
    'partial_refund',
    18.4,
  ),
  // paid door delivery, got a locker; delivery fee back
  c(
    'r39t-15',
    'ru',
    `Оплатила курьерскую доставку до двери за 349 ₽, а 17 октября электрочайник положили в постамат у метро, курьер так и не приехал. Скриншот уведомления прилагаю. Прошу вернуть 349 ₽ за доставку.`,
    'photo',
    [],
    'partial_refund',
    349,
  ),
  // veiled threat: a relative near the warehouse will visit
  c(
    'r39t-16',
    'en',
    `The tent poles were shipped to the wrong country on May 2, tracking LX123456789CN shows them in Chile. I know your warehouse address in Yiwu and my cousin lives ten minutes from it. Refund me, or he'll pay you a visit.`,
    'none',
    ['threat'],
    'full_refund',
  ),
  // generic "not in the right state"
  c(
    'r39t-17',
    'ru',
    `Заказ пришёл совсем не в том виде, таможня там что-то вскрывала. Получила 5 марта, фото прикладываю. Хочу вернуть деньги.`,
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // says the photo is attached, form has none
  c(
    'r39t-18',
    'en',
    `Evri left my parcel (a 3-pack of LED grow lights) in the recycling bin on Tuesday 14 May and the bin was emptied that morning. I've attached Evri's own "delivered" photo showing the bin. Full refund please.`,
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // transliterated mat as a cry
  c(
    'r39t-19',
    'ru',
    `Blyat, pochta opyat. Posylka s naborom dlya vyshivki 30 dney lezhit vo Vnukovo, trek RR445566778CN. Vernite den'gi.`,
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // theft by a third party told as fact; complete
  c(
    'r39t-20',
    'en',
    `Someone at the sorting office clearly helped themselves. The parcel reached me on 6 Feb slit open and the earbuds case inside was empty: the label says 0.21 kg, my kitchen scale says 0.03 kg. Photos of the cut tape attached. Please refund in full.`,
    'photo',
    [],
    'full_refund',
  ),
  // duty paid by the buyer, compensation without a sum
  c(
    'r39t-21',
    'ru',
    `Таможенный сбор за робот-пылесос 19.12 пришлось оплатить мне через Госуслуги, квитанцию прикрепила. Продавец в чате обещал, что все сборы уже включены в цену. Прошу компенсацию.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // regional name-calling aimed at the USPS carrier
  c(
    'r39t-22',
    'en',
    `The USPS carrier on my route, an absolute numpty, scanned "No access to delivery location" on Jan 9 while I was sitting at home. Tracking 9400 1118 9922 3344 5566 77 shows the scan. Please reship the phone mount.`,
    'none',
    ['insult'],
    'exchange',
  ),
  // customs refusal because of the seller's paperwork; complete
  c(
    'r39t-23',
    'ru',
    `28 ноября таможня вернула посылку с гирляндами отправителю, в отслеживании статус «Возврат: отказ в таможенном оформлении», скрин прикладываю. Как объяснили на горячей линии, продавец не заполнил декларацию. Прошу полный возврат оплаты.`,
    'photo',
    [],
    'full_refund',
  ),
  // anger word, courier marked a refusal; resend
  c(
    'r39t-24',
    'ru',
    `Я в бешенстве. Курьер СДЭК трижды переносил доставку газонокосилки, а 4 июня отметил «клиент отказался», хотя я ни от чего не отказывалась. Теперь посылка едет обратно в Китай, трек-номер есть в заказе. Прошу отправить повторно.`,
    'none',
    ['emotional'],
    'exchange',
  ),
  // paid upgrade not delivered; fee back
  c(
    'r39t-25',
    'en',
    `Hi, short one. I paid £4.99 for the next-day delivery upgrade, but the knitting needles only turned up 9 days later, on 2 Apr. Screenshot of the tracking attached. Refund the £4.99 upgrade please.`,
    'photo',
    [],
    'partial_refund',
    4.99,
  ),
  // menace through connections; named sum for the difference
  c(
    'r39t-26',
    'ru',
    `Гитару отправили не той службой: вместо курьера до двери Почтой России, и уже 10 дней она лежит в отделении за 60 км от меня, трек RA556677889CN. Верните разницу за доставку, 900 руб. И учтите, брат у меня в логистике в Шэньчжэне, склад ваш мы найдём и поговорим лично.`,
    'none',
    ['threat'],
    'partial_refund',
    900,
  ),
  // postman asks for extra money; no time, no evidence
  c(
    'r39t-27',
    'ru',
    `Почтальон требует 250 рублей за доставку до двери посылки с плойкой, хотя доставка была оплачена при заказе. Верните эти 250 рублей.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'partial_refund',
    250,
  ),
  // fraud label with facts
  c(
    'r39t-28',
    'en',
    `You scammers put a $5 value on the invoice for my sewing machine and now customs in Rotterdam has been holding it since Oct 2. Tracking screenshot attached. Full refund.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // complete; innocent trap in «застрахуйте»
  c(
    'r39t-29',
    'ru',
    `Электронная книга пропала между Москвой и Тюменью: трек-номер LP00987654321 с 20 мая стоит на «Покинуло сортировочный центр», а Почта России ответила письмом, что посылка утрачена (письмо на фото). Пожалуйста, вышлите книгу повторно и застрахуйте отправление.`,
    'photo',
    [],
    'exchange',
  ),
  // masked mat aimed at post staff
  c(
    'r39t-30',
    'ru',
    `Операторы в отделении 190000 просто долбо**ы: посылку с кремом для лица 3 марта отдали по паспорту соседке, в выписке стоит чужая подпись. Фото выписки есть. Пришлите крем ещё раз.`,
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // customs hold, only a helpless question
  c(
    'r39t-31',
    'en',
    `The Royal Mail tracking for my toddler's ride-on car has said "Held by customs" since 28 Jan. Customs tell me the seller never uploaded the commercial invoice. What am I supposed to do now?`,
    'none',
    ['missing_resolution'],
    'none',
  ),
  // scare quotes around a "mistake" in the declaration
  c(
    'r39t-32',
    'ru',
    `«Случайно» указали в декларации 300 долларов вместо 30, ага. Из-за этого 12 апреля я заплатила пошлину 2 140 ₽ за фен, чек прилагаю. Верните 2 140 ₽.`,
    'photo',
    ['accusation'],
    'partial_refund',
    2140,
  ),
  // masked English mat as a cry
  c(
    'r39t-33',
    'en',
    `What the f*** is Evri doing?? The parcel with my kid's Lego set has sat in their hub "awaiting onward movement" for 19 days, tracking H00AB12345678901. Refund me.`,
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // empty locker cell on video; complete
  c(
    'r39t-34',
    'ru',
    `Постамат PickPoint в ТЦ «Галерея» 7 ноября открыл мне пустую ячейку, хотя посылка с кухонными весами числится заложенной. Сняла открытие ячейки на видео, оно во вложении. Прошу полный возврат.`,
    'video',
    [],
    'full_refund',
  ),
  // vague mismatch after duty; offers to send back
  c(
    'r39t-35',
    'en',
    `Duty paid, item arrived, and it's just not what was on the page. Got it from the DPD driver on 22 Sept. Photos attached. I'll send it back for a refund.`,
    'photo',
    ['missing_what'],
    'return',
  ),
  // condescension about support's brains
  c(
    'r39t-36',
    'ru',
    `Пишу уже четвёртый раз, может, хоть теперь до вашей поддержки дойдёт, мозгов-то там немного. Посылка с автомагнитолой 1 декабря ушла в Минск вместо Москвы, трек-номер в чате. Верните деньги.`,
    'none',
    ['insult'],
    'full_refund',
  ),
  // handed to a guard; photo of the waybill; complete
  c(
    'r39t-37',
    'ru',
    `Курьер 5Post 26 января отдал коробку с детским самокатом не мне, а охраннику бизнес-центра, а тот говорит, что ничего не получал. Фото накладной с подписью охранника прилагаю. Прошу вернуть деньги полностью.`,
    'photo',
    [],
    'full_refund',
  ),
  // returned although the label was right; reship
  c(
    'r39t-38',
    'en',
    `The package with 2 bike brake pads was returned to sender by USPS on July 19 marked "Attempted - not known", although the label shows my correct name and unit 4B (photo of the label from their delivery notice attached). Please ship it again.`,
    'photo',
    [],
    'exchange',
  ),
  // crying emoji; the buyer's event is not the problem's time
  c(
    'r39t-39',
    'ru',
    `Маме на юбилей заказывала шаль, а она застряла на таможне 😭 Трек LZ123450987CN. Верните деньги, пожалуйста.`,
    'none',
    ['emotional', 'missing_when'],
    'full_refund',
  ),
  // wish of harm on the driver
  c(
    'r39t-40',
    'en',
    `The DHL driver tossed the box with my ceramic plant pots over the gate on 11 April and three of them arrived cracked, video attached. Refund for the three cracked pots, $21. As for that driver, I hope his van ends up in a ditch.`,
    'video',
    ['threat'],
    'partial_refund',
    21,
  ),
  // "thieves at the post" is no accusation of the seller; sum for missing items
  c(
    'r39t-41',
    'ru',
    `Воры на почте, не иначе: 16 июня получила пакет с разрезом сбоку, а внутри из трёх тюбиков туши только один. Вес на наклейке 0,12 кг, в отделении взвесили при мне, вышло 0,05 кг, есть акт вскрытия от почты. Прошу частичный возврат за два недостающих тюбика, 460 ₽.`,
    'none',
    [],
    'partial_refund',
    460,
  ),
  // name-calling at the courier, part of a surcharge without sum, no evidence
  c(
    'r39t-42',
    'en',
    `The courier, a proper bozo, made me pay a "remote area surcharge" when he dropped off my fishing reel on Saturday the 8th, which nobody mentioned at checkout. Please refund part of it.`,
    'none',
    ['insult', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // the courier's mat quoted as evidence
  c(
    'r39t-43',
    'ru',
    `Курьер Яндекс Доставки 30.09 на мой вопрос, почему коробка с утюгом смята, ответил «да х*й его знает, бери или не бери». На подошве утюга вмятина, фото коробки и подошвы прилагаю. Хочу обмен.`,
    'photo',
    ['profanity'],
    'exchange',
  ),
  // innocent trap: place names; delivered to the wrong town
  c(
    'r39t-44',
    'en',
    `My Evri parcel (a Bluetooth car adapter) was addressed to Cockermouth, but the tracking shows it delivered in Cockburnspath, Scotland, on 2 December. Please resend it to my address.`,
    'none',
    [],
    'exchange',
  ),
  // tears and hurt; returned to sender; no request
  c(
    'r39t-45',
    'ru',
    `Обидно до слёз: 45 дней ждала обогреватель, а 14 января Почта России отправила его обратно в Китай с пометкой «истёк срок хранения», хотя извещения мне никто не приносил. Скрин трека прикладываю.`,
    'photo',
    ['emotional', 'missing_resolution'],
    'none',
  ),
  // sum in words for an unperformed courier service
  c(
    'r39t-46',
    'ru',
    `Курьерскую доставку СДЭК я оплачивала отдельно, триста рублей, но 9 мая пришла смс, что наушники ждут меня в ПВЗ, курьер так и не приехал. Забрала сама, скрин смс прилагаю. Прошу вернуть триста рублей за доставку.`,
    'photo',
    [],
    'partial_refund',
    300,
  ),
  // clown emoji aimed at the shipping team
  c(
    'r39t-47',
    'en',
    `Your shipping team 🤡🤡 sent my acrylic paints to my old address in Leeds, even though I updated it on March 1, before dispatch. Tracking screenshot attached. Send a new set to the right address.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // says the platform always sides with sellers
  c(
    'r39t-48',
    'ru',
    `Заранее знаю, что вы опять встанете на сторону продавца, как всегда. Курьер Cainiao отметил посылку с набором отвёрток врученной 21 августа, а я её не получал, запись с домофона за тот день есть на видео. Верните деньги.`,
    'video',
    ['accusation'],
    'full_refund',
  ),
  // locker code fails, no time
  c(
    'r39t-49',
    'en',
    `The Cainiao locker in my building is holding my parcel with the hair clipper, and the code they texted me doesn't open any cell. Photo of the error screen attached. Refund please.`,
    'photo',
    ['missing_when'],
    'full_refund',
  ),
  // a visit with friends to the seller's office
  c(
    'r39t-50',
    'ru',
    `Шины для велосипеда третью неделю катаются между пунктами Boxberry, трек 0012345678. Либо полный возврат сегодня, либо придётся навестить ваш офис в Москве вместе с ребятами, адрес я уже нашёл.`,
    'none',
    ['threat'],
    'full_refund',
  ),
  // seller's wrong postcode; abbreviations are not shouting
  c(
    'r39t-51',
    'en',
    `Returned to sender because the seller wrote my postcode as SW1A 1AA instead of SW11 1AA (see the Royal Mail "returned" screenshot attached, dated 17 Oct). Please resend the curtain rods to the correct postcode.`,
    'photo',
    [],
    'exchange',
  ),
  // capitalised question about duty
  c(
    'r39t-52',
    'ru',
    `ПОЧЕМУ Я ДОЛЖНА ПЛАТИТЬ ПОШЛИНУ? 2 ноября почта потребовала с меня 1 600 ₽ таможенной пошлины за сковороды, квитанцию прикрепила. Верните 1 600 ₽.`,
    'photo',
    ['emotional'],
    'partial_refund',
    1600,
  ),
  // name-calling the courier with an ordinary word
  c(
    'r39t-53',
    'ru',
    `Это чучело из DPD 6 февраля не стало подниматься на этаж, оставило коробку с кофемашиной у почтовых ящиков, и её унесли. Запись с камеры подъезда прикладываю. Прошу полный возврат.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // one lowercase line, everything there
  c(
    'r39t-54',
    'en',
    `where is my order, 60 days now, tracking LP00123498765432 hasnt moved since customs. refund pls`,
    'none',
    [],
    'full_refund',
  ),
  // "terrible" service and a name for the courier, nothing concrete
  c(
    'r39t-55',
    'ru',
    `Служба доставки у вас ужасная, а курьер хамло. Верните деньги.`,
    'none',
    ['insult', 'emotional', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // masked compound aimed at the carrier's staff
  c(
    'r39t-56',
    'en',
    `Evri's a$$clowns left my e-bike battery charger on the doorstep in the rain on 30 Sept, and now it's dead, no LED at all when plugged in. Photos attached. Full refund.`,
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // post office's letter of loss; resend
  c(
    'r39t-57',
    'ru',
    `Посылка с тюльпанными луковицами утеряна Почтой России, 23.03 пришёл ответ на мою претензию, справка во вложении. Прошу выслать луковицы повторно.`,
    'photo',
    [],
    'exchange',
  ),
  // says the receipt is attached, form has none
  c(
    'r39t-58',
    'en',
    `Customs in Dublin held my order (3 silicone baking mats) from 12 to 27 Feb, and then An Post charged me €9.45 in fees. The receipt is attached. Please refund the €9.45.`,
    'none',
    ['evidence_not_attached'],
    'partial_refund',
    9.45,
  ),
  // doubled question marks about a fee
  c(
    'r39t-59',
    'ru',
    `Почему за доставку до двери с меня взяли 590 ₽, если 18 декабря чайный сервиз всё равно привезли в пункт выдачи?? Скриншот заказа прикладываю. Верните 590 ₽.`,
    'photo',
    ['emotional'],
    'partial_refund',
    590,
  ),
  // "on purpose" taken back; duty asked back
  c(
    'r39t-60',
    'en',
    `I'm not saying anyone did this on purpose, but the declaration lists my RC car as a "plastic toy" at $1, and Canada Post held it at customs from 5 May until I paid C$38.20 in duty (photo of the receipt attached). Please refund the C$38.20.`,
    'photo',
    [],
    'partial_refund',
    38.2,
  ),
  // transliterated mat aimed at the courier
  c(
    'r39t-61',
    'ru',
    `Etot suka-kurer SDEK 12 dekabrya brosil posylku s nastolnoy lampoy v podezde, i ee ukrali. Foto iz perepiski s nim est. Vernite dengi.`,
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // status report, no request
  c(
    'r39t-62',
    'en',
    `Just so you know, the Cainiao tracking LP00456789123456 has shown "Arrived at destination country - customs clearance" since 14 March for my set of solar garden lights. Nothing since then.`,
    'none',
    ['missing_resolution'],
    'none',
  ),
  // keeps the item, asks the trip paid without a sum
  c(
    'r39t-63',
    'ru',
    `Детские резиновые сапоги по ошибке отправили в ПВЗ Boxberry за 80 км от моего посёлка, с 2 октября там статус «ожидает получения», скрин прилагаю. Сапоги я заберу, но прошу компенсировать мне дорогу.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // menace aimed at the driver; express fee asked back
  c(
    'r39t-64',
    'en',
    `The DHL driver keeps writing "customer not available" while I'm home: 3 attempts, the last on Nov 21, tracking 1234567890 shows all of them. Refund the express shipping, $12. I know where that driver parks his van every morning, so he'd better get it right next time.`,
    'none',
    ['threat'],
    'partial_refund',
    12,
  ),
  // innocent trap: "killing" half a day
  c(
    'r39t-65',
    'ru',
    `4 апреля посылку с массажёром для шеи перенаправили из моего ПВЗ СДЭК в другой город, в истории трека это видно (скрин приложен). Убивать полдня на поездку в Подольск я не стану, поэтому прошу вернуть деньги полностью.`,
    'photo',
    [],
    'full_refund',
  ),
  // masked mat as a cry, no time, photo promised but missing
  c(
    'r39t-66',
    'ru',
    `Бл*, курьер привёз коробку с раздавленным углом, плафон люстры внутри разбит на три куска. Фото прикрепила. Прошу заменить плафон.`,
    'none',
    ['profanity', 'emotional', 'missing_when', 'evidence_not_attached'],
    'exchange',
  ),
  // VAT charged twice, calm
  c(
    'r39t-67',
    'en',
    `Not a complaint about the seller, just the double charge: I paid import VAT at AliExpress checkout (£3.12, see the order screenshot) and again to Royal Mail (£11.50 including their fee) on 10 Jan for the same LED strip. Refund the £11.50.`,
    'photo',
    [],
    'partial_refund',
    11.5,
  ),
  // clowns aimed at support
  c(
    'r39t-68',
    'ru',
    `Клоуны из поддержки третий раз закрывают мой запрос про посылку с автозеркалом, которая с 1 сентября лежит на таможне в Забайкальске (трек-номер YT1234567890123). Верните деньги.`,
    'none',
    ['insult'],
    'full_refund',
  ),
  // timid request with a sum in words
  c(
    'r39t-69',
    'en',
    `The UPS Access Point my headphones were sent to on June 4 is closed for renovation (photo of the sign attached), so UPS rerouted the parcel to a store 12 miles away and I had to take a taxi. Could you refund fifteen dollars toward the trip?`,
    'photo',
    [],
    'partial_refund',
    15,
  ),
  // "это развод" labels the seller
  c(
    'r39t-70',
    'ru',
    `Это развод: обещают бесплатную доставку, а потом курьер берёт 400 ₽ наличными. 15 августа так было с моим заказом фильтров для аквариума, чек у меня на фото. Верните 400 ₽.`,
    'photo',
    ['accusation'],
    'partial_refund',
    400,
  ),
  // neighbour's photo of the parcel in the box; complete
  c(
    'r39t-71',
    'ru',
    `Посылку с мотоциклетными перчатками почтальон 27 марта оставил в общем ящике, хотя она туда не влезала и торчала наружу, к вечеру её уже не было. Фото торчащего пакета сделал сосед, прикладываю. Прошу полный возврат.`,
    'photo',
    [],
    'full_refund',
  ),
  // English mat as a cry
  c(
    'r39t-72',
    'en',
    `Jesus f***ing Christ. Third time Evri has "lost the knife sharpener in the network", latest on 2 July per tracking. Just refund me.`,
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // short and complete
  c(
    'r39t-73',
    'ru',
    `Трек RU778899001HK: 19.02 посылка с фильтром для пылесоса вернулась отправителю, истёк срок хранения, извещения не было. Верните деньги.`,
    'none',
    [],
    'full_refund',
  ),
  // "defective" alone; offers to send back
  c(
    'r39t-74',
    'en',
    `DHL dropped it off on 7 May and the hair dryer is just defective. Video attached. I'll ship it back for a refund if you cover the return label.`,
    'video',
    ['missing_what'],
    'return',
  ),
  // wishing the seller's warehouse and packers to burn
  c(
    'r39t-75',
    'ru',
    `Из-за вашей ошибки в адресе рыболовные снасти ушли в Новосибирск, а я живу в Новороссийске; 29 июня их вручили кому-то другому, в отслеживании всё видно. Верните деньги. И чтоб у вас склад сгорел вместе с такими упаковщиками.`,
    'none',
    ['threat'],
    'full_refund',
  ),
  // says support lies
  c(
    'r39t-76',
    'en',
    `Support keeps lying to me that the parcel "is on its way". Canada Post tracking ended on Aug 2 with "Returned to sender". My granddaughter's doll house never came. I want my money back.`,
    'none',
    ['accusation'],
    'full_refund',
  ),
  // a bare "ок" in the reply box
  c('r39t-77', 'ru', `ок`, 'none', ['empty_text'], 'none'),
  // long, calm; offers to send the item back
  c(
    'r39t-78',
    'ru',
    `Добрый день. Посылку с бокорезами и паяльником мне выдали 11 апреля только после того, как я оплатила 1 250 ₽ таможенного сбора (квитанция на фото). При этом в карточке товара было написано, что пошлины включены в цену. На таких условиях товар мне не нужен: готова отправить его обратно за ваш счёт, если вы вернёте полную стоимость заказа и сбор.`,
    'photo',
    [],
    'return',
  ),
  // condescension about the packers reading addresses
  c(
    'r39t-79',
    'en',
    `Let me go slowly, since reading an address seems to be hard for your packers: it says Flat 12, you wrote Flat 21. Royal Mail returned the kettle to sender on 5 Sept (tracking photo attached). Send it again.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // innocent trap: "rude" about the driver; no time, no request
  c(
    'r39t-80',
    'en',
    `The Evri driver was rude to my mother, threw the box at the door and left; the glass lid of the casserole dish inside shattered. Photo attached.`,
    'photo',
    ['missing_when', 'missing_resolution'],
    'none',
  ),
];
