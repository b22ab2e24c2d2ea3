import { labelled as c, type CorpusCase } from './types';

/**
 * Round thirty-eight, hold-out set p: buyers writing for someone else or ordering for others (adult children for
 * parents, parents for teenagers, carers, resellers and client orders, broken gifts, orders shared by friends or a
 * household). Written by a hand that has not read the analyzer's rules or other corpus files; labels follow
 * DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - A relative's or client's wish told as the request («мама просит замену», "he'd like to send it back") is the
 *   buyer's request.
 * - Affect words said of the relative or client («мама расстроилась до слёз», "she's really disappointed", "she was
 *   gutted", «невеста в слезах») are emotional, as round four's "upset" about children.
 * - Opening a gift at the party or on the birthday is a discovery moment (the opening), not merely the date of the
 *   buyer's event, so it counts as "when".
 * - A relative's threat used as leverage («брат … заедет лично поговорить») is the writer's threat; a relative's name-
 *   calling retold and disowned by the writer («муж ворчал … но я думаю, просто перепутали») is not the writer's.
 * - Retold mat from a relative stays profanity, quoted or not, and is profanity only (not emotional) when it judges
 *   the item in the relative's words.
 * - Evidence promised for later («вечером сниму видео и загружу») names evidence: neither `missing_evidence` nor
 *   `evidence_not_attached` (round thirteen, set V).
 * - "Refund the missing one's share" names no sum: partial without an amount.
 * - Phone scammers who robbed a relative are third parties (round thirty-seven): no accusation.
 */
export const ROUND38_HOLDOUT_P: CorpusCase[] = [
  // adult daughter for elderly mother; complete, exchange told as mother's wish
  c(
    'r38p-01',
    'ru',
    `Пишу за маму, ей 78, сама с телефоном не справляется. Заказывали ей тонометр на запястье, пришёл 3 октября, при первом же включении на экране Err 2 и манжета не накачивается. Фото экрана приложила. Мама просит замену на исправный.`,
    'photo',
    [],
    'exchange',
  ),
  // parent for teen; size mismatch measured, no file
  c(
    'r38p-02',
    'en',
    `Ordering for my 15yo son. The hoodie he picked says L on the label but fits like a kids' M, sleeves end above his wrists. We held it against his old L hoodie the day it came. He wants his money back and I'm fine with that.`,
    'none',
    ['missing_evidence'],
    'full_refund',
  ),
  // carer; «слепые» aimed at warehouse staff
  c(
    'r38p-03',
    'ru',
    `Я сиделка у пожилого мужчины, ходунки заказывала по его просьбе. Одно переднее колесо сломано пополам, обнаружили при сборке 12 ноября, снимок во вложении. Вы там на складе слепые что ли, как такое можно было отправить? Верните деньги.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // broken birthday gift opened at the party; video; complete
  c(
    'r38p-04',
    'en',
    `Bought this as a birthday present for my niece, a ceramic unicorn night lamp. We opened the box at her party on 14 June and the horn had snapped clean off, the pieces loose in the bubble wrap. There's an unboxing video on this dispute. A full refund please.`,
    'video',
    [],
    'full_refund',
  ),
  // reseller; «вы специально» accusation next to facts; partial with sum
  c(
    'r38p-05',
    'ru',
    `Беру у вас чехлы партиями для своего магазина. В последней партии из 50 штук 12 оказались под iPhone 13 вместо 14, заметила при пересчёте 2 февраля, разложенные чехлы на фото. Такое уже второй раз, похоже вы специально сбрасываете неликвид оптовикам. Прошу вернуть 1800 ₽ за эти 12 штук.`,
    'photo',
    ['accusation'],
    'partial_refund',
    1800,
  ),
  // son for father; father's mat retold and adopted
  c(
    'r38p-06',
    'ru',
    `Заказал отцу на дачу секатор. Пружина вылетела на первом же кусте, лезвия теперь не сходятся. Батя сказал, что это х*йня китайская, и я с ним согласен. Деньги назад.`,
    'none',
    ['profanity', 'missing_evidence'],
    'full_refund',
  ),
  // flat-share order; partial as "the missing one's share" without a sum
  c(
    'r38p-07',
    'en',
    `Four of us in the flat went quarters on a set of 4 silicone baking mats. Only 3 were in the packet when I opened it yesterday, pic attached. Could you refund the missing one's share?`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // translit Russian for grandmother; colour mismatch; exchange
  c(
    'r38p-08',
    'ru',
    `Pishu za babushku, ona zakazyvala pryazhu, 10 motkov sinego cveta. Prishlo 10 motkov, no 4 iz nih serye, a ne sinie. Uvideli pri raspakovke 5 marta, foto prilozhila. Babushka prosit prislat 4 sinih motka vmesto seryh.`,
    'photo',
    [],
    'exchange',
  ),
  // brother's menace used as leverage: the writer's threat
  c(
    'r38p-09',
    'ru',
    `Заказывала для брата автомобильный видеорегистратор. 22.09 он его поставил, а тот перезагружается каждые две минуты, видео прилагаю. Брат у меня человек горячий, сказал, что знает, где у вас склад в Москве, и заедет лично поговорить. Так что лучше верните деньги по-хорошему.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // innocent trap: "shooting" about photography; material mismatch; return
  c(
    'r38p-10',
    'en',
    `My dad is 81 and still out shooting every weekend, so I got him a camera strap listed as black genuine leather. What came is brown faux leather with a plastic buckle; he spotted it the moment he unwrapped it on 2 August. The photo shows the "PU" tag. He'd like to send it back for a refund.`,
    'photo',
    [],
    'return',
  ),
  // mother's tears: emotional
  c(
    'r38p-11',
    'ru',
    `Мама так ждала этот халат, а он с дырой на рукаве. Она расстроилась до слёз(( Заметили сразу, как открыли пакет 18 января, на снимке дырку видно. Верните, пожалуйста, стоимость.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // reseller for a client; sarcastic praise of packers = insult
  c(
    'r38p-12',
    'en',
    `Ordered a drill bit set for a client's job. The case had 9 bits instead of the 13 listed, counted when I opened it on site Tuesday. Image attached. Congratulations to your packing geniuses, my client now thinks I'm the clown here. Refund $6 for the 4 missing bits.`,
    'photo',
    ['insult'],
    'partial_refund',
    6,
  ),
  // gift for niece; concrete missing part only, nothing else
  c(
    'r38p-13',
    'ru',
    `Покупала племяннице на выпускной серьги, у одной нет гвоздика-застёжки. И что теперь делать?`,
    'none',
    ['missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // care-home hobby club order; sum in words; video
  c(
    'r38p-14',
    'ru',
    `Закупаю раскраски по номерам для кружка в доме престарелых. В коробке было 20 наборов вместо 24, пересчитали при вскрытии на почте 7 апреля, всё это снято на видео. Прошу вернуть четыреста восемьдесят рублей за недостающие 4 набора.`,
    'video',
    [],
    'partial_refund',
    480,
  ),
  // question with a fraud label accuses
  c(
    'r38p-15',
    'en',
    `I bought a baby monitor for my daughter and her newborn. The night vision never switches on, the screen stays black in a dark room, which she noticed on the very first night. Screenshot of the black screen is attached. Is this a scam? Please issue a full refund.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // mother-in-law's quoted mat: profanity only
  c(
    'r38p-16',
    'ru',
    `Тёща попросила заказать ей чайник. Включили 3 мая — из-под дна потекла вода прямо на стол. Тёща так и сказала: «п@здец, а не чайник». Лужа на фото. Прошу полный возврат.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // "see the attached photo" with no file
  c(
    'r38p-17',
    'en',
    `Hi, I'm writing on behalf of my mum who doesn't read English. She ordered a 2m phone cable and got a 1m one, measured with a tape when it arrived last Friday. Please see the attached photo of the tape measure. She wants the 2m cable sent instead.`,
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // wife for husband; vague «не соответствует описанию»; return
  c(
    'r38p-18',
    'ru',
    `Заказывала для мужа куртку, она не соответствует описанию. Получили 10 декабря, фотографии во вложении. Хотим отправить товар обратно и получить деньги.`,
    'photo',
    ['missing_what'],
    'return',
  ),
  // crew order; «олени на складе» aimed at staff
  c(
    'r38p-19',
    'ru',
    `Заказ делал на всю бригаду — 6 пар рабочих перчаток размера XL. Все шесть пар пришли M, на бирках видно, фото приложил, вскрыли на объекте 11.06. Олени на складе даже бирку прочитать не могут. Пришлите XL.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // innocent traps: "crack shot", "kills it" about a toy blaster
  c(
    'r38p-20',
    'en',
    `My son's Nerf-style blaster, he reckons it kills it at the park. The trigger spring broke on the second day, the plastic pin sheared right through, video attached. We'd like to exchange it for a working one; he's a crack shot already and misses it.`,
    'video',
    [],
    'exchange',
  ),
  // auto electrician for a client; wrong side headlight
  c(
    'r38p-21',
    'ru',
    `Заказывал фару для клиента (я автоэлектрик), Toyota Corolla 2016, левая. Пришла правая, выяснилось при примерке на машину 9 сентября. Прилагаю снимки маркировки и машины. Прошу заменить на левую фару.`,
    'photo',
    [],
    'exchange',
  ),
  // mat as an interjection: profanity and emotional
  c(
    'r38p-22',
    'en',
    `Ordered a kettle for my gran's 90th, she has no internet so I handle all her orders. The lid hinge snapped the first time she opened it, on Sunday. For f*ck's sake. Photo's on the dispute, refund please.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // teen keeps the shoes for a percentage: partial without amount
  c(
    'r38p-23',
    'ru',
    `Брала сыну-подростку кроссовки, на левом отклеилась подошва у носка через неделю носки, фото прикрепила. Сын отдавать не хочет, они ему нравятся. Готовы оставить себе за скидку 30%.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // publishing the seller's address and family photos
  c(
    'r38p-24',
    'ru',
    `Заказывала автокресло для сестры, у неё двойня. Замок ремня не защёлкивается, заедает — проверили в день получения, 2 июля, видео прилагается. Если не вернёте деньги, выложу ваш домашний адрес и фото вашей семьи в мамских чатах нашего города, там 40 тысяч человек.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // neighbour helped; two capitalised words = emotional; send the missing part
  c(
    'r38p-25',
    'en',
    `My elderly neighbour asked me to help with this. She paid £24.99 for a heated throw and it ARRIVED WITHOUT the controller, the cable just ends in a plug for a unit that isn't in the box. We opened it together on 3 January; there's a photo of the box contents. Please send her the missing controller.`,
    'photo',
    ['emotional'],
    'exchange',
  ),
  // innocent trap: phone scammers who robbed the aunt are third parties
  c(
    'r38p-26',
    'ru',
    `Заказ оформлял по просьбе тёти, её на прошлой неделе развели телефонные мошенники и карту заблокировали. Лейка пришла на 10 л, а в описании 12 л — отмерили мерным ведром в день получения, 15.05, на фото видно. Просим вернуть разницу 150 руб.`,
    'photo',
    [],
    'partial_refund',
    150,
  ),
  // daughter's palette: what only
  c(
    'r38p-27',
    'ru',
    `Дочке 14, выбрала себе палетку теней на 18 оттенков. В палетке 16, двух ячеек просто нет. Хочу вернуть деньги.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Etsy reseller; partial with cents
  c(
    'r38p-28',
    'en',
    `I run a small Etsy shop and resell these enamel pins. Of the 100 ordered, 15 have no clasp on the back, found them while sorting stock on 21 Feb. All 15 are in the attached picture. Please refund $9.75 for the defective ones.`,
    'photo',
    [],
    'partial_refund',
    9.75,
  ),
  // mocking question at the packer: insult
  c(
    'r38p-29',
    'en',
    `Bought a building block set for my twin boys' birthday. Bag 4 is missing, the instructions call for it from step 30 and we found out halfway through the build on Saturday. Which muppet packed this? Photo attached. Just send bag 4.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // translit chat: mat interjection, fraud label, no evidence
  c(
    'r38p-30',
    'ru',
    `kupila mame fen, on vyrubaetsya cherez minutu raboty, s pervogo dnya. blyat, vy voobshe proveryaete tovar? moshenniki. vernite dengi`,
    'none',
    ['profanity', 'emotional', 'accusation', 'missing_evidence'],
    'full_refund',
  ),
  // blind father; a hint is no request
  c(
    'r38p-31',
    'ru',
    `Пишу по поручению отца, он инвалид по зрению. Заказывали говорящие часы: динамик хрипит на любой громкости с первого включения 4 марта, записала видео со звуком. Отец не знает, что теперь делать.`,
    'video',
    ['missing_resolution'],
    'none',
  ),
  // "on purpose" label
  c(
    'r38p-32',
    'en',
    `I ordered three phone cases for my kids: pink, blue and green. All three came in black. Unboxed on 10 Oct, photo included. I refuse to believe this was anything but on purpose, you clearly dump unsold stock on people. Please send the right colours.`,
    'photo',
    ['accusation'],
    'exchange',
  ),
  // innocent trap: «убивать комаров»
  c(
    'r38p-33',
    'ru',
    `Мама попросила заказать электрическую мухобойку, чтобы убивать комаров на даче. Сетка не бьёт током: индикатор горит, а разряда нет, проверили в первый же вечер, 20 июня. На видео всё видно. Мама просит вернуть деньги.`,
    'video',
    [],
    'full_refund',
  ),
  // questioning sanity: insult; gift for wife
  c(
    'r38p-34',
    'ru',
    `Вы там с дуба рухнули? Заказывал жене к 8 марта духи 50 мл, пришёл флакон 30 мл, это написано на коробке. Открыли 7 марта, фото приложил. Верните разницу 900 рублей.`,
    'photo',
    ['insult'],
    'partial_refund',
    900,
  ),
  // support worker for a client; complete
  c(
    'r38p-35',
    'en',
    `I'm a support worker ordering for a client with limited mobility. The grabber tool's jaw doesn't close because the trigger cable came detached inside the handle. Found on first use, 5 May. Video attached. My client would like a full refund.`,
    'video',
    [],
    'full_refund',
  ),
  // «кошмар» and «прикрепляю» with no file
  c(
    'r38p-36',
    'ru',
    `Кошмар какой-то. Заказывала маме на день рождения сервиз на 6 персон, при распаковке 12 апреля две чашки в осколках. Фото прикрепляю. Прошу заменить разбитые чашки.`,
    'none',
    ['emotional', 'evidence_not_attached'],
    'exchange',
  ),
  // generic "defective"; day of the month is a time
  c(
    'r38p-37',
    'en',
    `ordered this for my dad, its defective. he got it on the 3rd. refund`,
    'none',
    ['missing_what', 'missing_evidence'],
    'full_refund',
  ),
  // client's associates and «не доводите до греха»
  c(
    'r38p-38',
    'ru',
    `Заказывал для клиента комплект дисков R17, один из четырёх с погнутой закраиной, видно было сразу при распаковке 16.10, фото прилагаю. Клиент человек серьёзный, у него ребята в вашем городе есть, так что не доводите до греха. Верните 6200 руб за этот диск.`,
    'photo',
    ['threat'],
    'partial_refund',
    6200,
  ),
  // innocent trap: Scunthorpe
  c(
    'r38p-39',
    'en',
    `Posting this for my mum in Scunthorpe, she's 84 and I sort her orders. The +2.5 reading glasses arrived with the left lens cracked from the edge to the centre, spotted when she took them out of the case on 8 November. I've attached a photo. She'd like a replacement pair.`,
    'photo',
    [],
    'exchange',
  ),
  // housemates; "sort it out" and a question are no request
  c(
    'r38p-40',
    'en',
    `Me and my two housemates chipped in £40 each for this robot vacuum. The side brush hasn't spun once since day one. What are we supposed to do now? Sort it out.`,
    'none',
    ['missing_evidence', 'missing_resolution'],
    'none',
  ),
  // grandmother's drip irrigation kit; send the missing parts
  c(
    'r38p-41',
    'ru',
    `Заказывала бабушке на дачу капельный полив на 30 растений. В комплекте 20 капельниц вместо 30 — пересчитали вместе с ней при сборке 1 мая, разложенные детали на фото. Просим дослать недостающие 10 капельниц.`,
    'photo',
    [],
    'exchange',
  ),
  // spaced mat judging the item, full stop: profanity only
  c(
    'r38p-42',
    'en',
    `I ordered a gaming headset for my nephew's birthday. The mic doesn't pick up anything on Discord or in Windows, tested the day it arrived, 12/09. This is s h i t. Video attached, refund me.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
  // «компенсацию на ваше усмотрение»: partial without amount
  c(
    'r38p-43',
    'ru',
    `Дочь уезжает в лагерь, заказывала ей спальник до −5. Молния расходится снизу, заметили при примерке 25 июня. Фото есть. Спальник оставим, компенсацию на ваше усмотрение.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «для тупеньких»: condescension
  c(
    'r38p-44',
    'ru',
    `Объясняю для тупеньких, третий раз: заказывала маме ортопедическую подушку 60×40, пришла 50×30. Измерили рулеткой в день получения, 3 февраля, снимок с рулеткой прилагаю. Меняйте на правильный размер.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // teen daughter "really disappointed": emotional; timid request
  c(
    'r38p-45',
    'en',
    `My teenage daughter saved up her pocket money for this ring light. The clamp arrived cracked right through, we noticed as soon as we unboxed it on Monday. She's really disappointed. A photo is attached. Could we get a refund?`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // innocent trap: Хуавей; refund with the item sent back = return
  c(
    'r38p-46',
    'ru',
    `Отец попросил заказать чехол на его Хуавей P30. Прислали чехол под P40 — вырез под камеру не совпадает, это видно сразу при примерке, 14.08, фото во вложении. Верните деньги, чехол отправим обратно.`,
    'photo',
    [],
    'return',
  ),
  // «ну конечно, «случайно»»: sarcasm about honesty
  c(
    'r38p-47',
    'ru',
    `Заказ делала для подруги, у неё нет карты. Вместо набора из 12 кистей для макияжа пришло 7, пересчитали 30 августа при вскрытии, фото во вложении. Ну конечно, «случайно» недоложили. Верните 350 ₽ за недостающие кисти.`,
    'photo',
    ['accusation'],
    'partial_refund',
    350,
  ),
  // mat at the seller in one question: profanity and insult; no request
  c(
    'r38p-48',
    'ru',
    `Заказывал сыну велосипедный фонарь, крепление лопнуло при первой установке на руль 19.04, фото приложил. Вы там е*анулись совсем, такое продавать?`,
    'photo',
    ['profanity', 'insult', 'missing_resolution'],
    'none',
  ),
  // office colleagues split an order; partial with sum
  c(
    'r38p-49',
    'en',
    `Three of us at the office split an order of 6 USB-C chargers, two each. Four of them don't fast charge: they top out at 5W on a USB meter, the listing says 20W. Tested on 2 April; a photo of the meter reading is attached. We'd like a partial refund of $22 for those four.`,
    'photo',
    [],
    'partial_refund',
    22,
  ),
  // husband's fishing reel; no time
  c(
    'r38p-50',
    'ru',
    `Мужу на рыбалку заказывала катушку, ручка болтается и выпадает из гнезда. Видео прикрепила. Прошу обмен.`,
    'video',
    ['missing_when'],
    'exchange',
  ),
  // reseller; "it would be a shame if" menace
  c(
    'r38p-51',
    'en',
    `I buy jewellery boxes for my customers' gift hampers. Of the last batch of 20, six had broken hinges, found while packing hampers on 3 Dec; photos attached. Refund the 6, that's $31.80. I know where your warehouse in Yiwu is. It would be a shame if anything happened to it.`,
    'photo',
    ['threat'],
    'partial_refund',
    31.8,
  ),
  // long paragraph; non-receipt with tracking; «в бешенстве»
  c(
    'r38p-52',
    'ru',
    `Пишу за свою маму, ей 72, она сама в таких вещах не разбирается, а я живу в другом городе и всё заказываю ей удалённо, на её адрес. Месяц назад, 2 сентября, оплатила ей электрическую грелку для ног за 3490 руб. По трек-номеру посылка вручена 20 сентября, но мама ничего не получала, в отделение ходила дважды, там только разводят руками. Я в бешенстве, честно. Верните деньги.`,
    'none',
    ['emotional'],
    'full_refund',
  ),
  // workshop purchase; wrong grit
  c(
    'r38p-53',
    'ru',
    `Для мастерской закупаю наждачку. Заказ на 100 листов зернистостью P240, пришла P120 — маркировка на обороте, фото прилагаю. Обнаружил при вскрытии коробки 06.03. Прошу обменять на P240.`,
    'photo',
    [],
    'exchange',
  ),
  // husband's phone holder; what and when only
  c(
    'r38p-54',
    'en',
    `My husband's car phone holder, I ordered it for him. The suction cup won't stick to the windscreen at all, it falls off within a minute, has done since day one.`,
    'none',
    ['missing_evidence', 'missing_resolution'],
    'none',
  ),
  // clown emoji aimed at the seller: insult
  c(
    'r38p-55',
    'ru',
    `Заказывал для жены набор ножей, в коробке 5 вместо 6 — нет ножа для хлеба. Открыли 28.12, видео распаковки есть. Продавец 🤡🤡 Дошлите нож.`,
    'video',
    ['insult'],
    'exchange',
  ),
  // home care worker; "poor quality" is vague
  c(
    'r38p-56',
    'en',
    `I'm a home care worker and place orders for my clients. One of them, an 80-year-old gentleman, received compression socks of poor quality. They arrived on 11 November, photo on file. We'd like our money back please.`,
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // innocent trap: "Cocky" the cockatiel; partial with sum
  c(
    'r38p-57',
    'en',
    `For my son's cockatiel (he's 12 and insists I write "for Cocky the bird"). The cage arrived with the door hinge bent so it won't latch, we spotted it unpacking on 9 July. Video attached. Please refund $7 so we can buy a new latch locally.`,
    'video',
    [],
    'partial_refund',
    7,
  ),
  // evidence promised for later, no file: names evidence, ready
  c(
    'r38p-58',
    'ru',
    `Оформлял на себя, но для клиента: светодиодная лента 5 м, RGB. Не работает зелёный канал, светят только красный и синий, проверили вчера при монтаже. Вечером сниму видео и загружу сюда. Прошу вернуть деньги.`,
    'none',
    [],
    'full_refund',
  ),
  // wish of harm on the seller's children: threat
  c(
    'r38p-59',
    'ru',
    `Заказывала внукам самокат, дека треснула на третий день катания, 17 мая, снимок трещины прилагаю. Чтоб ваши дети так же с самоката летели, как мой внук. Верните стоимость.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // shared with neighbour; "half" without a sum
  c(
    'r38p-60',
    'en',
    `Ordered a set of 4 solar garden lights to share with my neighbour, two each. Two of them don't light up at night even after a full sunny day, checked on the 15th and the 16th. Photo of them in the dark attached. Could you refund half?`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // mother for son in the army; complete
  c(
    'r38p-61',
    'ru',
    `Пишу от имени сына, он сейчас в армии, заказывал себе наушники с доставкой на мой адрес. Правый наушник не заряжается, в кейсе индикатор не горит — проверила в день получения 4 апреля, записала видео. Сын просит вернуть деньги.`,
    'video',
    [],
    'full_refund',
  ),
  // "F off" with mat at support: profanity only
  c(
    'r38p-62',
    'en',
    `I bought this blender for my mum. The jug leaks from the base seal, first time she used it on 22 Jan, photo attached. Your support told me to "tighten it". F off with your advice and send a new jug.`,
    'photo',
    ['profanity'],
    'exchange',
  ),
  // «все вы, продавцы … обманщики»: blanket accusation
  c(
    'r38p-63',
    'ru',
    `Муж просил заказать ему машинку для стрижки. Нож тупой, тянет волосы, а не режет, заметили при первой же стрижке 10.10, видео приложила. Все вы, продавцы с Алиэкспресс, такие — обманщики. Нужна замена.`,
    'video',
    ['accusation'],
    'exchange',
  ),
  // wedding order for a client; «криворукие упаковщики», tears and shock
  c(
    'r38p-64',
    'ru',
    `Заказ для клиентки — свадебная фата длиной 3 м. Пришла 1,5 м, мерили рулеткой при получении 12 июля, фото есть. Криворукие упаковщики ещё и край порвали. Невеста в слезах, я в шоке. Верните 2100 рублей, это разница.`,
    'photo',
    ['insult', 'emotional'],
    'partial_refund',
    2100,
  ),
  // innocent trap: "balls" for junior cricket
  c(
    'r38p-65',
    'en',
    `My son plays junior cricket, so I ordered him a tube of 6 training balls. Only 4 inside, counted as soon as it arrived on 19 May. There's a photo attached. Please refund £5 for the 2 missing balls.`,
    'photo',
    [],
    'partial_refund',
    5,
  ),
  // bare «не работает»
  c(
    'r38p-66',
    'ru',
    `Дочь попросила заказать ей плойку. Не работает. Получили вчера. Оформите возврат денег`,
    'none',
    ['missing_what', 'missing_evidence'],
    'full_refund',
  ),
  // brother in the police as menace, plus «мошенники»
  c(
    'r38p-67',
    'ru',
    `Заказывала маме в подарок шерстяной плед 150×200, пришёл 100×150, да ещё и акрил по бирке. Увидели при распаковке 3 января, фото в приложении. Вы мошенники, и имейте в виду: у меня брат в полиции служит, найдёт вас и устроит вам весёлую жизнь. Деньги верните.`,
    'photo',
    ['threat', 'accusation'],
    'full_refund',
  ),
  // reply box: a two-letter word
  c('r38p-68', 'ru', `Ок`, 'none', ['empty_text'], 'none'),
  // "braindead": questioning sanity
  c(
    'r38p-69',
    'en',
    `Second message about this. My mum's hair straightener: one ceramic plate is peeling off, she noticed it the first time she used it on 2 March; the peeling is clear in the picture. Are you lot braindead or just not reading? Refund her.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // innocent trap: "kills two birds"; return
  c(
    'r38p-70',
    'en',
    `Writing for my elderly father. His wall clock's minute hand scrapes the glass and stops at :40 every hour, seen from the first day, 11 January. The video shows it stopping. He'd like to send it back and get his money; I'll post it from my place, which kills two birds with one stone.`,
    'video',
    [],
    'return',
  ),
  // «!!!»; send the missing wick; no evidence
  c(
    'r38p-71',
    'ru',
    `Заказывала подарок на юбилей коллеги — набор для фондю. Горелка без фитиля!!! Обнаружили, когда начали собирать его прямо на празднике 20 февраля. Прошу прислать фитиль.`,
    'none',
    ['emotional', 'missing_evidence'],
    'exchange',
  ),
  // neighbours' shared hose; €9,50 is 9.5
  c(
    'r38p-72',
    'en',
    `A few of us on our street went in together on a 30 m garden hose for the shared flower beds. It's 20 m: we laid it out and measured it with a tape on 8 May, see the photo of the tape on the hose. We're asking for a partial refund of €9,50 for the missing 10 metres.`,
    'photo',
    [],
    'partial_refund',
    9.5,
  ),
  // grandson's earbuds; no time
  c(
    'r38p-73',
    'en',
    `I ordered a pair of wireless earbuds for my grandson. He says the left one has no sound at all; I've attached a video of him testing it. Could we have a replacement?`,
    'video',
    ['missing_when'],
    'exchange',
  ),
  // Greek χ in mat; own sentence, "?": profanity and emotional
  c(
    'r38p-74',
    'ru',
    `Сын попросил заказать игровую мышку. Колёсико прокручивается само, курсор дёргается, и так с первого дня, 27.11. Видео приложили. Что за χуйня? Деньги верните.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // "Classic scam" and a screenshot said attached with no file
  c(
    'r38p-75',
    'en',
    `My daughter asked me to sort this, she's at uni. She ordered a 1TB USB stick; H2testw shows only 32GB of real capacity, she ran it when it arrived on 6 March. Screenshot attached. Classic scam. Refund in full.`,
    'none',
    ['accusation', 'evidence_not_attached'],
    'full_refund',
  ),
  // innocent trap: «свитер с оленями»
  c(
    'r38p-76',
    'ru',
    `Заказывала мужу на Новый год свитер с оленями, размер 52. Пришёл 46-й — бирка и замер подмышками на фото. Вскрыли посылку 27 декабря. Хотим обменять на 52-й.`,
    'photo',
    [],
    'exchange',
  ),
  // "my followers will find you and your family"
  c(
    'r38p-77',
    'en',
    `I run a small online shop and ordered these phone stands for my customers. 12 of the 30 have a snapped hinge, found while checking stock on 2 June, photos attached. Refund $18 for those 12 or my 50k followers will find you and your family.`,
    'photo',
    ['threat'],
    'partial_refund',
    18,
  ),
  // husband's name-calling retold and disowned: not the writer's
  c(
    'r38p-78',
    'ru',
    `Заказывала сыну зимние ботинки 38 размера, прислали 36 — видно по стельке на снимке, примеряли при получении 1 ноября. Муж, конечно, ворчал, что на складе одни придурки, но я думаю, просто перепутали коробки. Прошу обмен на 38-й.`,
    'photo',
    [],
    'exchange',
  ),
  // gift for a flatmate; "gutted" and a percentage
  c(
    'r38p-79',
    'en',
    `Bought my flatmate a glass cake stand for her birthday, the top arrived chipped on the rim, we noticed at unboxing on 4 Aug. She was gutted. Pic's in the attachments. We'll keep it for 40% off.`,
    'photo',
    ['emotional', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // the seller's mat quoted as evidence: profanity only
  c(
    'r38p-80',
    'ru',
    `Заказывала для отца стартер на Ниву. Не крутит — щелчок и тишина, проверили при установке 14.03, видео прилагаю. Продавец в чате ответил мне «иди на х*й, сама сломала». Прошу вернуть деньги и разобраться с этим продавцом.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
];
