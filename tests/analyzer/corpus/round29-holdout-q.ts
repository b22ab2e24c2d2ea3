import { labelled as c, type CorpusCase } from './types';

/**
 * Round twenty-nine, hold-out set q: buyers of branded goods, "inspired" and replica items (bags, watches, sneakers,
 * perfume, sunglasses, phone cases), from snobbish connoisseurs to furious or plain polite buyers. Written by a hand
 * that has not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - «реплика», «копия», «паль», «под бренд», "replica", "reps", "fakes", "faux leather", «экокожа» used for what the
 *   buyer knowingly ordered are product attributes: no accusation, and no scare quotes around honesty.
 * - A factual mismatch between the listing's material and the item's own tag ("genuine leather" vs a "PU" label) names
 *   the problem and accuses nobody; "you sell fakes as originals", «вы продаёте подделки под видом оригинала» accuse.
 * - A rating called "obviously bought" (fake reviews) is a label for the seller's honesty: accusation.
 * - Brand acronyms in capitals (FCUK, LV, CC, PRX) are abbreviations, not shouting; brand and ordinary words with
 *   rude-looking pieces (FCUK, Dickies, Assos, Cockpit, «бляха», «застрахуйте», «колебания», «употребляю», «команда»)
 *   are innocent.
 * - «фото и видео у меня есть», "I've got photos" with no file in the form name evidence without saying it is attached:
 *   evidence mentioned, no `evidence_not_attached`. A video promised for later is treated the same (round thirteen).
 * - «γовно» (Greek look-alike in a vulgar word) is labelled `profanity`, the code for rude words that are not names or
 *   threats.
 * - «Я человек спокойный, а вот друзья у меня не такие … по-хорошему» and a remark that the director's car "would be
 *   a pity if something happened to it" are veiled threats.
 * - A single word with more than two letters ("refund") is not an empty text: it asks for a refund and misses the rest.
 * - "Refund me the difference" after naming both prices ($45 and $29) names no sum: partial without an amount.
 */
export const ROUND29_HOLDOUT_Q: CorpusCase[] = [
  // Replica ordered knowingly; concrete mismatch (hardware colour, missing ring), date, photo, exchange: ready.
  c(
    'r29q-01',
    'ru',
    `Заказывала реплику сумки Dior Saddle, в описании было «люкс-копия 1:1, натуральная кожа, фурнитура под золото». Получила 12 июня, при распаковке увидела, что фурнитура серебристая, а не золотая, и на плечевом ремне не хватает одного кольца-крепления. Что это реплика, я знала и претензий к этому не имею — претензия только к цвету фурнитуры и к недостающему кольцу. Фото сумки и скриншот объявления прикладываю. Прошу обменять на сумку с золотой фурнитурой и полным комплектом.`,
    'photo',
    [],
    'exchange',
  ),
  // FCUK is the brand's acronym, not a swear word nor shouting; size measured, date, photos, full refund: ready.
  c(
    'r29q-02',
    'en',
    `I ordered two FCUK logo t-shirts in size M. The listing says "FCUK style, not original", which is exactly what I wanted. The parcel arrived on 3 May and both shirts are XS according to the neck label; they measure 44 cm across the chest instead of the 52 cm in the size chart. Photos of the labels and the tape measure are attached. Please refund the order in full.`,
    'photo',
    [],
    'full_refund',
  ),
  // Mat with a Latin "x" judging the item (profanity only); defect and time given, no evidence.
  c(
    'r29q-03',
    'ru',
    `Заказал часы «под Ролекс Сабмаринер» за 7 890 ₽. Через четыре дня стекло изнутри запотело, а безель перестал вращаться. Это не часы, а xуйня за восемь тысяч. Верните деньги.`,
    'none',
    ['profanity', 'missing_evidence'],
    'full_refund',
  ),
  // Snobbish "let me explain this slowly" talks down to the reader: insult; otherwise complete.
  c(
    'r29q-04',
    'en',
    `Let me explain this slowly, since nobody at your store seems to have ever held a real Birkin. I paid $189 for your "premium mirror quality" replica, and I knew perfectly well it was a replica. The one that arrived on 20 August has glued edges instead of stitched ones, and the lock is stamped "Hérmes Paris" with the accent on the wrong letter — photos attached. Even a copy is supposed to get the spelling right. Refund, please.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // «Вы мошенники!!!» is an accusation and an outburst, even with the facts that follow.
  c(
    'r29q-05',
    'ru',
    `Вы мошенники!!! Продаёте подделки под видом оригинала. В описании кроссовок Nike Air Jordan 1 написано «оригинал, с чеком из магазина». Пришли 5 октября: на язычке бирка с опечаткой «Jordn», чека в коробке нет. Фото прикладываю. Верните деньги полностью.`,
    'photo',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // «бляха» is a belt buckle; eco-leather ordered knowingly; concrete, dated, photo, exchange: ready.
  c(
    'r29q-06',
    'ru',
    `Ремень «под Гуччи», экокожа — так и было указано в карточке, к материалу вопросов нет. Получила 2 февраля, через неделю носки бляха отвалилась от ремня: лопнул штифт, который держит пряжку. Фото прилагаю. Прошу заменить ремень на новый.`,
    'photo',
    [],
    'exchange',
  ),
  // Knowing the store address plus a relative who "has to stop by and ask in person": veiled threat.
  c(
    'r29q-07',
    'en',
    `Your store's address in Guangzhou is printed on your business licence, and my brother-in-law works two streets away. The "Daytona homage" I paid $142 for stopped on day three — the chronograph pusher fell off inside the case, you can hear it rattling in the video. Refund me before he has to stop by and ask in person.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // Affect words about generic bad quality; nothing checkable, no time, no evidence, no request.
  c(
    'r29q-08',
    'ru',
    `Я в шоке от качества. Это даже на копию не тянет, позорище какое-то. Деньги на ветер, разочарована.`,
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Dickies is a workwear brand; measured waist and wrong colour, date, photos, exchange: ready.
  c(
    'r29q-09',
    'en',
    `Ordered Dickies 874 work trousers, waist 32, length 32, colour khaki. Received them on 14 March: the waist label says 32 but the waistband measures 29 inches, and the colour is olive, not khaki. Photos with the tape measure are attached. I'd like to exchange them for the correct size and colour.`,
    'photo',
    [],
    'exchange',
  ),
  // Masked mat as a cry (profanity + emotional); receipt date next to defect is "when"; no evidence, only "сделайте что-нибудь".
  c(
    'r29q-10',
    'ru',
    `Бл@ть, опять. Третий раз заказываю очки «Ray-Ban реплика», и третий раз они приходят с царапиной на левой линзе. Эти получил вчера. Сделайте уже что-нибудь.`,
    'none',
    ['profanity', 'emotional', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // A chargeback is a lawful step; honest replica; backlight and missing pin, date, video, full price: ready.
  c(
    'r29q-11',
    'en',
    `I ordered the "CasiOak" style watch (the listing says clearly it's a replica of the G-Shock GA-2100, $27.50). It arrived on 9 January with the backlight not working and the strap pin missing on the 6 o'clock side. I've attached a short video showing the light button and the strap. Please refund the full $27.50. If this can't be resolved through the dispute I'll contact my bank about a chargeback, which I'd rather avoid.`,
    'video',
    [],
    'full_refund',
  ),
  // «валенки со склада» is name-calling aimed at staff: insult.
  c(
    'r29q-12',
    'ru',
    `Ну что, валенки со склада, опять перепутали? Заказывал кепку «под Stone Island» чёрную, размер 58, пришла серая 54. Получил 18 апреля, фото бирки прилагаю. Меняйте.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Scare quotes around the seller's "ошибка" are sarcasm about honesty: accusation; named sum for the difference.
  c(
    'r29q-13',
    'ru',
    `Заказала духи «по мотивам» Chanel Coco Mademoiselle, 100 мл. Пришёл флакон на 30 мл — это видно и по надписи на дне, и по весу: 118 г вместе с коробкой. Продавец ответил, что это «ошибка склада». Ну конечно, «ошибка», судя по отзывам, уже у пятого покупателя подряд. Получила 22.07, фото флакона на весах прилагаю. Прошу вернуть разницу — 1 400 рублей.`,
    'photo',
    ['accusation'],
    'partial_refund',
    1400,
  ),
  // No words at all.
  c('r29q-14', 'en', `?`, 'none', ['empty_text'], 'none'),
  // Finding the seller's daughter and her school online: threat about family.
  c(
    'r29q-15',
    'ru',
    `Сумка «Prada Re-Edition, копия» пришла 3 сентября с оторванной ручкой, фото в приложении. Верните деньги. Я нашла ваш профиль во ВКонтакте — там и фото вашей дочки, и номер её школы. Подумайте хорошо, прежде чем мне отказывать.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Assos is a cycling brand; concrete sewing fault, date, photo, replacement: ready.
  c(
    'r29q-16',
    'en',
    `Hi, the Assos-style cycling bib shorts (size L, black) arrived on 2 June with the chamois pad sewn in back to front, so the thick part sits at the front. Photo attached. Could you send a replacement pair?`,
    'photo',
    [],
    'exchange',
  ),
  // Spaced mat in «Это …, а не …» judges the item: profanity only.
  c(
    'r29q-17',
    'ru',
    `Очки пришли 11 ноября, дужка треснула прямо на сгибе при первой же примерке, фото приложил. Это п и з д е ц, а не «премиум копия». Верните деньги.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Says photos are attached but the form has none; otherwise complete with a $ sum in words.
  c(
    'r29q-18',
    'en',
    `The Gucci-inspired sunglasses came with the wrong case — a plain black pouch instead of the hard case with the logo that's shown in the listing. I noticed this when I opened the parcel on 28 April. Photos attached. The glasses themselves are fine, so I'll keep them; please refund five dollars for the missing case.`,
    'none',
    ['evidence_not_attached'],
    'partial_refund',
    5,
  ),
  // «Объясняю для тех, кто путает кожу с клеёнкой» talks down to the reader: insult.
  c(
    'r29q-19',
    'ru',
    `Объясняю для тех, кто путает кожу с клеёнкой. В карточке было: «натуральная кожа, не экокожа». Кошелёк «под Bottega» пришёл 9 марта: на срезе видна тканевая основа, а край от зажигалки плавится — видео прилагаю. Это полиуретан. Верните деньги.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // "You knew … when you shipped them" accuses; measured soles with a date; no evidence.
  c(
    'r29q-20',
    'en',
    `You knew these "Balenciaga Triple S" reps had mismatched soles when you shipped them. The left shoe has a size 42 sole and the right one a size 44 — I measured both the day they arrived, 6 July. Refund me.`,
    'none',
    ['accusation', 'missing_evidence'],
    'full_refund',
  ),
  // The seller's insult quoted after «написал» is evidence, not the buyer's; complete: ready.
  c(
    'r29q-21',
    'ru',
    `Скриншоты переписки прилагаю. Заказывала реплику часов Cartier Tank с корпусом 31 мм, а пришли часы с корпусом 26 мм — замерила штангенциркулем 14 августа, фото замера тоже прилагаю. В чате продавец написал мне: «вы тупая, не умеете мерить». Прошу вернуть полную стоимость.`,
    'photo',
    [],
    'full_refund',
  ),
  // Pasted chat: the seller's line carries masked mat, which stays profanity; nothing else.
  c(
    'r29q-22',
    'ru',
    `Прикладываю скрин переписки, вот что мне ответили:
Я (12.05): Ремешок на часах «под Omega Speedmaster» разошёлся по шву на третий день, фото выше.
Продавец (12.05): нормальный ремешок, не еб*те мозг, носить надо аккуратно.
Прошу заменить ремешок на новый.`,
    'photo',
    ['profanity'],
    'exchange',
  ),
  // Publishing the seller's name, phone and address on forums: threat.
  c(
    'r29q-23',
    'en',
    `Your full name, phone number and home address are on the return label. The "Yeezy slides" you sent are a size 40 instead of the 43 I ordered — photo of the insole attached, they arrived on 2 October. Refund me. If the money isn't back by Friday, all three details go up on every sneaker forum I'm on, with a nice caption.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «застрахуйте» is "insure"; non-receipt with elapsed days and a tracking number; resend is an exchange: ready.
  c(
    'r29q-24',
    'ru',
    `Здравствуйте! Кошелёк «под Louis Vuitton» (реплика, заказ от 3 марта) так и не пришёл: трек LP00412345678901 последний раз обновлялся 21 марта в Москве, с тех пор прошло 35 дней. Прошу отправить заново и, если можно, застрахуйте посылку в этот раз.`,
    'none',
    [],
    'exchange',
  ),
  // Capitals and "ridiculous"; feathers through the seams is concrete; no time, evidence or request.
  c(
    'r29q-25',
    'en',
    `This is RIDICULOUS. I paid £64 for a "Moncler style" puffer and it's shedding feathers through every seam. Sort it out.`,
    'none',
    ['emotional', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Masked mat asked of the seller («Вы … ох*ели?»): profanity and insult.
  c(
    'r29q-26',
    'ru',
    `Вы там совсем ох*ели? Кроссовки «Adidas Samba, реплика» пришли 7 июня: левый 41 размера, правый 43. Фото подошв приложил. Верните деньги.`,
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // "fanny pack" is a bag; concrete faults, date, photos, $6 partial: ready.
  c(
    'r29q-27',
    'en',
    `Ordered a "Gucci style" fanny pack in beige canvas. It arrived on 18 September with the zip pull missing and the strap buckle cracked across the middle. Photos attached. I'd like a partial refund of $6 and I'll keep the bag.`,
    'photo',
    [],
    'partial_refund',
    6,
  ),
  // Wishing the harmful shoes on the seller's children: threat.
  c(
    'r29q-28',
    'ru',
    `Пусть ваши дети носят такие же кроссовки и стирают ноги в кровь, как мой сын. Кроссовки «под New Balance 550»: внутри на пятке острый пластиковый шов, сын стёр ноги в первый же день, 4 мая. Фото шва и пяток прилагаю. Верните деньги.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Generic complaint, no time or evidence, compensation without a sum.
  c(
    'r29q-29',
    'en',
    `Not really what I expected for the price. The watch looks cheap and the quality is not as described. I would like some compensation.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «команда», eco-leather said to be honest; slider fault on day two, video, 800 ₽ partial: ready.
  c(
    'r29q-30',
    'ru',
    `Добрый день. Куртка из экокожи «в стиле Schott Perfecto» — материал экокожа, как и указано, здесь всё честно. Проблема в молнии: на второй день бегунок слетел с левой стороны и обратно не встаёт, видео прилагаю. Куртка стоила 4 990 рублей, молнию отремонтирую в ателье сама, поэтому прошу частичный возврат 800 рублей. Ваша команда поддержки обещала ответ в течение суток, жду.`,
    'video',
    [],
    'partial_refund',
    800,
  ),
  // Digit-masked swear word in a predicate about the item: profanity only.
  c(
    'r29q-31',
    'en',
    `The "Off-White" industrial belt I got on 11 February is already fraying at the buckle end after two wears, and the black lettering is peeling off. Honestly the whole belt is sh1t. Photos attached, refund please.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // «Кидалы» is a fraud label; wrong shape is concrete but there is no time.
  c(
    'r29q-32',
    'ru',
    `Кидалы. Заказала очки «копия Prada Symbole», а пришли очки вообще другой формы — круглые вместо прямоугольных и без логотипа на дужке. Фото прикладываю. Верните деньги.`,
    'photo',
    ['accusation', 'missing_when'],
    'full_refund',
  ),
  // Long, snobbish but polite; reporting the listing and an honest review are lawful; offers the bag back: return, ready.
  c(
    'r29q-33',
    'en',
    `Good afternoon. I have bought designer bags for twenty years, so I knew exactly what I was ordering from you: a replica of the Bottega Veneta Jodie, listed as "intrecciato weave, lambskin, mirror quality", for $212. I have no complaint about it being a replica. My complaint is that it is not the bag in the listing.
The parcel arrived on 30 November and I checked the bag the same evening against your own listing photos:
1. The woven strips are 8 mm wide; the listing says 10 mm and the photos show the wider weave.
2. The knot at the handle is glued, not tied, and it has already started to lift at one edge.
3. The interior stamp reads "Bottega Venetta", with a double t.
4. The leather is coated split leather, not lambskin: the coating cracks where the strips fold.
I have attached photos of each point, with a ruler next to the weave. I have also reported the listing to AliExpress over the material claim, and I will leave an honest review once this is settled. I am happy to send the bag back at my own cost, in its dust bag and box, for a full refund.`,
    'photo',
    [],
    'return',
  ),
  // «ревела» is affect; exchange turned down, sum in words; no evidence.
  c(
    'r29q-34',
    'ru',
    `Сидела и ревела весь вечер. Заказала на выпускной клатч «под YSL» с цепочкой, получила 20 июня, а цепочка на 30 см короче, чем в описании: написано 120 см, по факту 90, мерила сантиметром. Выпускной завтра, менять уже некогда. Верните хотя бы пятьсот рублей.`,
    'none',
    ['emotional', 'missing_evidence'],
    'partial_refund',
    500,
  ),
  // Sarcastic praise of the staff ("Congratulations, geniuses"): insult.
  c(
    'r29q-35',
    'en',
    `Congratulations, geniuses. I ordered a black "Supreme box logo" hoodie in XL and you sent a red one in S. It arrived yesterday; photo of both labels attached. Exchange it.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Friends who "are not so calm" and «по-хорошему»: veiled threat.
  c(
    'r29q-36',
    'ru',
    `Я человек спокойный, а вот друзья у меня не такие. Часы «под Patek Nautilus» встали через неделю, 2 декабря: заводная головка прокручивается вхолостую, видео в приложении. Верните деньги по-хорошему.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // A two-letter word only.
  c('r29q-37', 'ru', `ок`, 'none', ['empty_text'], 'none'),
  // A negated accusation is none; complete: ready.
  c(
    'r29q-38',
    'en',
    `I'm not accusing you of doing this on purpose — probably the packer grabbed the wrong box. I ordered the Wayfarer-style sunglasses with green G-15 lenses and received brown gradient lenses. Opened the parcel on 5 August; a photo of the lenses next to a screenshot of my order is attached. Please send the green version.`,
    'photo',
    [],
    'exchange',
  ),
  // «заебали» typed in the English layout, as a cry: profanity and emotional; non-receipt otherwise complete.
  c(
    'r29q-39',
    'ru',
    `Посылка с часами «под Hublot Big Bang» идёт 52 дня, трек RB123456785CN висит на статусе «Прибыло в сортировочный центр» с 3 апреля. pft,fkb уже. Верните деньги.`,
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Video promised for later counts as evidence named; "What are my options?" is no request.
  c(
    'r29q-40',
    'en',
    `The Chanel-style quilted wallet-on-chain arrived today, 12 May, with the CC clasp hanging loose — one of the two screws is missing from the back plate. I'll upload a video this evening when I get home. What are my options?`,
    'none',
    ['missing_resolution'],
    'none',
  ),
  // Declines the seller's $2 offer and asks for the whole price: full refund, ready.
  c(
    'r29q-41',
    'ru',
    `Сумка «копия Coach Tabby» пришла 15.09, а 19.09 ручка оторвалась вместе с куском кожи у заклёпки, фото прикладываю. Предложенную компенсацию в 2 доллара не принимаю: сумкой пользоваться нельзя. Прошу вернуть полную стоимость.`,
    'photo',
    [],
    'full_refund',
  ),
  // "Classic scam" accuses, "very disappointed" is affect; no evidence.
  c(
    'r29q-42',
    'en',
    `Classic scam. The listing shows a Datejust-style watch with a sapphire crystal and an automatic movement. What arrived on 19 March has a quartz movement — the second hand jumps once a second — and the glass scratched against my keys on the first day. Very disappointed. I want my money back.`,
    'none',
    ['emotional', 'accusation', 'missing_evidence'],
    'full_refund',
  ),
  // Masked mat next to a name («Ё*аные клоуны»): profanity and insult, not a cry.
  c(
    'r29q-43',
    'ru',
    `Заказывал худи «Palm Angels, реплика» размера L, уже второй раз пришёл S. Получил 30 октября, фото бирки прилагаю. Ё*аные клоуны. Меняйте на L.`,
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // "Cockpit USA" is a brand; faux leather ordered knowingly; concrete, dated, photos, 20 USD: ready.
  c(
    'r29q-44',
    'en',
    `Bought a "Cockpit USA style" A-2 bomber, listed as faux leather, which is what I wanted. It arrived on 23 January: the rib knit on the left cuff is coming away from the seam, about 5 cm open, and one collar snap won't close. Photos attached. I'd like a partial refund of 20 USD so I can have it repaired locally.`,
    'photo',
    [],
    'partial_refund',
    20,
  ),
  // Posting the seller's name and phone in buyers' chats: threat; no evidence; the whole order sum is a full refund.
  c(
    'r29q-45',
    'ru',
    `Духи «по мотивам Tom Ford Lost Cherry» пахнут спиртом и через час после нанесения исчезают полностью, так с первого дня. Верните деньги — 3 200 ₽, это вся сумма заказа. Ваши имя и телефон есть на накладной. Не вернёте до конца недели — выложу их в паре больших чатов покупателей, пусть люди сами вам позвонят.`,
    'none',
    ['threat', 'missing_evidence'],
    'full_refund',
  ),
  // Police report and post-office letter are lawful steps and evidence; tracking number; ready without a file.
  c(
    'r29q-46',
    'en',
    `The parcel with the "Cartier Love inspired" bracelet never reached me. Tracking LY123456789CN shows "delivered" on 8 June, but nothing was delivered to my address and my neighbours haven't got it either. I have a letter from the post office confirming they have no signature for it, and I've filed a report with the local police. Please issue a full refund.`,
    'none',
    [],
    'full_refund',
  ),
  // "The difference" without stating it: partial without a sum.
  c(
    'r29q-47',
    'ru',
    `Заказывала две пары серёг «под Van Cleef Alhambra» по 690 ₽, а в посылке оказалась одна. Заметила при распаковке 17 января, на видео распаковки видно, что в пакете одна коробочка. Прошу вернуть разницу.`,
    'video',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "Really upset" is affect; photos named but not claimed attached; no request.
  c(
    'r29q-48',
    'en',
    `Really upset. My daughter saved her pocket money for this "Pandora-style" charm bracelet and the clasp snapped the day after her birthday, 14 November — half the charms rolled under a bus seat. I've got photos of the broken clasp. Not sure what you can do about it.`,
    'none',
    ['emotional', 'missing_resolution'],
    'none',
  ),
  // «колебания» holds a rude-looking piece; measured drift, dates, video, offers the watch back: return, ready.
  c(
    'r29q-49',
    'ru',
    `Сразу поясню: я знала, что покупаю копию, а не оригинал, к этому претензий нет. Претензия к точности: часы «под Longines» отстают на 4 минуты в сутки. Проверяла пять дней подряд по точному времени, начиная с 6 февраля, колебания от 3,5 до 4,2 минуты. В описании указано «точность ±15 секунд в сутки». Таблицу замеров и видео прикладываю. Готова отправить часы обратно, прошу вернуть деньги.`,
    'video',
    [],
    'return',
  ),
  // "I'll use small words so your team can follow": condescension, insult.
  c(
    'r29q-50',
    'en',
    `I'll use small words so your team can follow: wrong colour sent. I ordered the "Lady Dior style" bag in black and got pink. I unboxed it on 14 February on camera, video attached. Swap it for black.`,
    'video',
    ['insult'],
    'exchange',
  ),
  // Negated «специально» is no accusation; capitals and «??» are emotional; evidence named, no request.
  c(
    'r29q-51',
    'ru',
    `Я не говорю, что вы это специально, но это уже ТРЕТЬЯ ПОСЫЛКА с кошельком «под Michael Kors», в которой молния заедает на середине. Третью получила 25 августа, фото и видео у меня есть. Как так??`,
    'none',
    ['emotional', 'missing_resolution'],
    'none',
  ),
  // Expert and cold but polite; chargeback and a report to the platform are lawful; "the $38 I paid" is the whole price: ready.
  c(
    'r29q-52',
    'en',
    `I'm a leatherworker, so I can tell bonded leather at a glance. Your listing: "genuine full-grain leather, H-buckle style". The 38 mm belt I received on 12 April started peeling at the third hole after five days of wear: the top layer lifts off and shows fibre board underneath. Photos under a loupe are attached. I've reported the listing to AliExpress over the material claim. Please refund the $38 I paid; if the dispute is closed without it, I'll raise a chargeback with my bank.`,
    'photo',
    [],
    'full_refund',
  ),
  // Transliterated Russian with «blyat» as a cry: profanity and emotional.
  c(
    'r29q-53',
    'ru',
    `Blyat, nu skolko mozhno. Zakazal krossovki "pod Yeezy 350", prishli 12 marta, cherez 2 dnya podoshva otkleilas na oboih. Foto prilozhil. Vernite dengi.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Decimal comma in euros; concrete scratch, date, photo: ready.
  c(
    'r29q-54',
    'en',
    `Hello, the "Hermès-inspired" Oran sandals (size 38, gold) arrived on 2 August. The left sandal's H-strap has a 2 cm scratch through the gold coating. Photo attached. I'm happy to keep them with a partial refund of €7,50.`,
    'photo',
    [],
    'partial_refund',
    7.5,
  ),
  // Vulgar word with a Greek look-alike judging the item: profanity only.
  c(
    'r29q-55',
    'ru',
    `Браслет «под Cartier Juste un Clou» позеленел через неделю: 10 ноября заметила зелёные следы на запястье, фото прилагаю. Заявлено «сталь 316L, не темнеет». Это не сталь, а γовно. Прошу вернуть деньги.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // A rating called "obviously bought" accuses; concrete faults but no time or evidence.
  c(
    'r29q-56',
    'en',
    `Your 4.9 rating is obviously bought. The "Dior B23 replica" high-tops I got have the Oblique print misaligned on the side panel and glue stains all over the toe cap. Refund.`,
    'none',
    ['accusation', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // The seller's threat quoted as evidence is not the buyer's; complete: ready.
  c(
    'r29q-57',
    'ru',
    `Прилагаю скриншот: после открытия спора продавец написал мне «я знаю, где ты живёшь, закрой спор». Прошу поддержку обратить на это внимание. По самому товару: сумка «под Chanel Boy» пришла 2 апреля с треснувшей металлической застёжкой, фото застёжки тоже прилагаю. Прошу вернуть деньги полностью.`,
    'photo',
    [],
    'full_refund',
  ),
  // «Расстроилась» is affect; «на ваше усмотрение» is a partial without a sum; no evidence.
  c(
    'r29q-58',
    'ru',
    `Расстроилась ужасно. Реплики Jordan 4, которые ждала с марта, пришли 15 мая, и на правом кроссовке порвана сетка на боковой вставке. Компенсацию оставляю на ваше усмотрение.`,
    'none',
    ['emotional', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Plain phone case with a logo, wrong colour, date, photo and screenshot: ready.
  c(
    'r29q-59',
    'ru',
    `Чехол на iPhone 14 с монограммой «под LV»: заказывала коричневый, пришёл чёрный. Получила 8 мая, фото чехла и скрин заказа приложила. Пришлите, пожалуйста, коричневый.`,
    'photo',
    [],
    'exchange',
  ),
  // Spaced swear word sending the seller away: profanity, not an insult or a cry.
  c(
    'r29q-60',
    'en',
    `f u c k off with your "just wear them in" advice. The "Dr. Martens style" boots I got on 9 October have split along the sole at the toe after four days; photos attached. Refund.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Generic «не соответствует описанию», «половину» without a sum.
  c(
    'r29q-61',
    'ru',
    `Товар так себе, не соответствует описанию. Верните половину стоимости, и разойдёмся.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Listing quoted as "original, not a replica"; serial check and missing CE mark; consumer agency and bank: ready.
  c(
    'r29q-62',
    'ru',
    `Здравствуйте. В объявлении было чётко написано: «оригинал, не реплика, гарантия подлинности», и цена была соответствующая — 18 700 рублей. Получила очки Gucci GG0061S 18 июля. При сверке серийного номера на сайте производителя выяснилось, что такого номера не существует, на внутренней стороне дужки отсутствует маркировка CE, а в футляре нет сертификата, который указан в комплектации. Для сравнения сходила в фирменный магазин: у оригинальной модели другой шрифт на дужке и линзы с гравировкой, у моих гравировки нет. Фото дужки, футляра и скриншот проверки серийного номера прилагаю. Прошу вернуть деньги полностью, очки готова отправить обратно за ваш счёт. Если спор не решится, не колеблясь обращусь в Роспотребнадзор и в банк для возврата платежа.`,
    'photo',
    [],
    'return',
  ),
  // The seller's "you are stupid customer" quoted after "replied"; analogue watches; missing bezel: ready.
  c(
    'r29q-63',
    'en',
    `Ordered two "Seamaster homage" analogue watches, one 41 mm and one 36 mm. Both arrived on 19 June, but the 36 mm one has the bezel insert missing altogether — the glue residue is visible in the photo I've attached. When I asked in chat, the seller replied "replica watch, bezel not important, you are stupid customer". Please send the missing bezel insert.`,
    'photo',
    [],
    'exchange',
  ),
  // «Жулики!!» accuses and shouts; says the video is attached but the form has none.
  c(
    'r29q-64',
    'ru',
    `Жулики!! Вместо духов «по мотивам Baccarat Rouge 540» прислали флакон с водой: запаха нет вообще, проверяла с первого дня, с 3 марта. Видео прилагаю. Верните деньги.`,
    'none',
    ['emotional', 'accusation', 'evidence_not_attached'],
    'full_refund',
  ),
  // One word asking for a refund, nothing else.
  c('r29q-65', 'en', `refund`, 'none', ['missing_what', 'missing_when', 'missing_evidence'], 'full_refund'),
  // Mat asked of «ты» (profanity and insult); «Пишу тебе третий день» is no insult; missing strap sent = exchange.
  c(
    'r29q-66',
    'ru',
    `Сумка «копия Celine Triomphe» пришла 4 декабря без плечевого ремня, хотя в описании написано «ремень в комплекте». Пишу тебе третий день, а ты мне «ремень не входит». Ты чё, ебл@н? Фото комплектации прилагаю. Пришли ремень.`,
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // Plain return with faux leather ordered knowingly: ready.
  c(
    'r29q-67',
    'en',
    `Hi, I'd like to return the faux-leather "Loewe Puzzle style" bag. It arrived on 7 March with a 3 cm tear in the lining next to the zip pocket; photos attached. I'll send it back in the original packaging for a refund, so please provide a return address.`,
    'photo',
    [],
    'return',
  ),
  // «Какая честность» is sarcasm about honesty: accusation; receipt date counts; no evidence.
  c(
    'r29q-68',
    'ru',
    `Какая честность: в описании «натуральная кожа», а на бирке внутри кошелька «PU leather». Получил 13.01. Верните деньги.`,
    'none',
    ['accusation', 'missing_evidence'],
    'full_refund',
  ),
  // Irony about the result without praising anyone is not rude; complete: ready.
  c(
    'r29q-69',
    'en',
    `Well, thanks for that: instead of the navy "Burberry check" scarf I ordered, I received a grey one with no check pattern at all. It arrived on 29 November; photo attached. Please send the navy one.`,
    'photo',
    [],
    'exchange',
  ),
  // Knowing the director's car and "it would be a pity if something happened": veiled threat.
  c(
    'r29q-70',
    'ru',
    `Часы «реплика Tissot PRX» пришли 19 апреля, через три дня перестала работать подсветка и отвалился ремешок вместе с ушком корпуса. Фото приложила. Верните деньги. Кстати, в инстаграме вашего магазина видно, на какой машине ездит ваш директор, и номер тоже видно. Красивая машина, жалко будет, если с ней что-нибудь случится.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «НЕНАВИЖУ» is strong feeling, «Вы специально» accuses; otherwise complete.
  c(
    'r29q-71',
    'ru',
    `НЕНАВИЖУ этот магазин. Вы специально прислали не тот размер, потому что моего не было на складе, и понадеялись, что я не стану возиться. Кеды «под Golden Goose» заказывала 39-го размера, пришли 41-го, коробку открыла 4 апреля, фото этикетки прилагаю. Пришлите 39-й.`,
    'photo',
    ['emotional', 'accusation'],
    'exchange',
  ),
  // «Обидно до слёз» is affect; pilling is concrete; no time.
  c(
    'r29q-72',
    'ru',
    `Обидно до слёз. Шарф «под Burberry» весь в катышках по всей поверхности, хотя заявлен кашемир 100%. Фото прилагаю. Прошу компенсацию 600 рублей.`,
    'photo',
    ['emotional', 'missing_when'],
    'partial_refund',
    600,
  ),
  // Mocking the staff's reading ability: insult.
  c(
    'r29q-73',
    'en',
    `Did anyone at your store get past the reading part of primary school? I wrote in the order note "no logo on the case, please", and the "Chanel-inspired" case for my iPhone 15 arrived on 10 January with a huge gold logo glued to the back. Photo attached. Refund.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Describing the seller's mat without repeating it is innocent; complete: ready.
  c(
    'r29q-74',
    'ru',
    `Часы «под Rado» пришли 27 мая с трещиной на керамическом безеле, заметила при распаковке, снимала на видео. Видео распаковки и скриншот чата, где продавец ответил мне нецензурной бранью, прилагаю. Прошу вернуть деньги.`,
    'video',
    [],
    'full_refund',
  ),
  // "People like you who cheat are found sooner or later": threat that also labels honesty.
  c(
    'r29q-75',
    'ru',
    `Заказала «люкс-копию» сумки Hermès Kelly за 14 000 ₽, а пришла сумка из картона, обтянутого плёнкой: на сгибе ручки плёнка лопнула, и виден серый картон. Обнаружила 2 октября при распаковке, видео прилагаю. Верните деньги. И запомните: таких, как вы, кто обманывает людей, рано или поздно находят.`,
    'video',
    ['threat', 'accusation'],
    'full_refund',
  ),
  // «Клоуны» at the staff plus «!!»; concrete fault but no time, evidence or request.
  c(
    'r29q-76',
    'ru',
    `Клоуны, все до единого!! Линзы у очков «реплика Prada Linea Rossa» выпадают каждый раз, когда их протираешь. Сделайте что-нибудь.`,
    'none',
    ['insult', 'emotional', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // «употребляю» holds a rude-looking piece; upside-down logo, date, photo, 700 ₽: ready.
  c(
    'r29q-77',
    'ru',
    `Здравствуйте. Кроссовки «Nike Dunk Low Panda, реплика» — так и заказывала, слово «реплика» употребляю только потому, что так назывался товар. Размер верный, но на правом кроссовке галочка-логотип пришита вверх ногами. Обнаружила при распаковке 11 сентября, фото прилагаю. Носить можно, поэтому прошу частичный возврат 700 рублей.`,
    'photo',
    [],
    'partial_refund',
    700,
  ),
  // Scare quotes around "mistake" accuse; "the difference" is stated nowhere as a sum.
  c(
    'r29q-78',
    'en',
    `I ordered the 18k gold-plated "Love" bracelet replica at $45 and got the silver-tone version that costs $29 on your own store page. Opened the parcel on 3 March; photo attached. Of course it was just a "mistake". Refund me the difference.`,
    'photo',
    ['accusation', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Mat with dropped vowels as a bare cry: profanity and emotional; no evidence.
  c(
    'r29q-79',
    'ru',
    `Пздц. Вместо кошелька «под Prada» в посылке брелок. Получила 16.02. Верните деньги.`,
    'none',
    ['profanity', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // "fakes" bought knowingly; hole in the sole, date, photo, another pair: ready.
  c(
    'r29q-80',
    'en',
    `I know these are fakes — that's what I paid for, $19 for a pair of "Foam Runner" fakes. But the pair that came on 28 July has a hole right through the left sole; you can see daylight through it in the photo I've attached. Please send another pair.`,
    'photo',
    [],
    'exchange',
  ),
];
