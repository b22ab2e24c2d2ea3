import { labelled as c, type CorpusCase } from './types';

/**
 * Round forty-four, hold-out set i: disputes about pet, farm and garden-animal goods (dog and cat gear, aquariums,
 * birds, poultry, beekeeping, horse tack, pet food and medicine), with animal words as innocent traps and as real
 * insults or mat. Written by a hand that has not read the analyzer's rules or other corpus files; labels follow
 * DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - "bitch" aimed at a person is labelled `profanity` and `insult`, as «сука» at a person (DEFINITIONS lists `suka`
 *   as obscene); "bitch", «сука», «сучка», «кобель» for the buyer's own dog are breeder's words, no finding.
 * - «петух» and «кобыла» aimed at a person, "ass" and "tit" aimed at staff, and comparing warehouse staff to pigs or
 *   goats are insults (mocking comparisons of staff to animals); the same words for the animals are innocent.
 * - "cockwomble" aimed at a packer is `insult` only: British name-calling, not a swear word used as an oath.
 * - Animal and bird names and product names with rude-looking words ("cockatiel", "cockerel", "blue tit", "brown
 *   boobies", "Busy Beaver", "Pussy Cat Palace", "pussycat", "Ass/Donkey" on a label, a "stud" stallion, browband
 *   "studs", "nipple" drinkers, «морская свинка», «козёл» for a billy goat) are innocent.
 * - A vet's diagnosis retold in words is not evidence (round forty-three's mechanic); "vet's note and photos attached"
 *   with a photo in the form is evidence.
 * - "Not sure what you can do" and «Как быть — не знаю» ask for nothing (`missing_resolution`).
 * - An expiry date overwritten on the box is the defect itself, not the time the problem was found.
 * - Menace at the courier ("better pray I don't see him near my house") is a threat (round thirty-one).
 * - «Ёб твою мать» and "Fucking hell" opening a text are cries: `profanity` and `emotional`.
 */
export const ROUND44_HOLDOUT_I: CorpusCase[] = [
  // complete: pet feeder timer reset, date, video named and attached, exchange
  c(
    'r44i-01',
    'ru',
    `Автокормушка для кошки с 3 апреля каждую ночь сбрасывает расписание: около 2:00 экран гаснет, утром таймер пустой, корм не выдаётся. Батарейки новые, адаптер родной. Прикладываю видео, где видно, как она перезагружается. Прошу заменить кормушку на исправную.`,
    'video',
    [],
    'exchange',
  ),
  // innocent trap: «сука» as the breeder's word for the buyer's own dog; refund without a return is a full refund
  c(
    'r44i-02',
    'ru',
    `Покупала шлейку размера M для нашей суки (лабрадор, 28 кг, обхват груди 74 см). На бирке M, но максимальный обхват — 58 см, измерила рулеткой сразу при распаковке 12.05. Фото с рулеткой приложила. Прошу вернуть полную стоимость без возврата товара — пересылка обратно дороже самой шлейки.`,
    'photo',
    [],
    'full_refund',
  ),
  // innocent trap: "cockatiel"; a missing latch sent is an exchange
  c(
    'r44i-03',
    'en',
    `Ordered the medium bird cage for my cockatiel. It arrived on 9 June with two bars of the door bent inward and the latch missing completely, so the door won't stay shut. Pictures of the door and the empty latch hole are in the attachments. Could you send a replacement latch and door panel, please.`,
    'photo',
    [],
    'exchange',
  ),
  // «козёл» for the goat is innocent; «козлы» aimed at the warehouse is an insult; no time
  c(
    'r44i-04',
    'ru',
    `Заказывала ошейник с колокольчиком для козы, а прислали кошачий ошейник на 20 см — на шею даже близко не сходится. Козёл у нас спокойный, а вот у вас на складе настоящие козлы, читать заказ не умеют. Фото приложила. Верните деньги.`,
    'photo',
    ['insult', 'missing_when'],
    'full_refund',
  ),
  // innocent trap: "bitch" for the buyer's own dog; no evidence; partial with a sum in USD
  c(
    'r44i-05',
    'en',
    `My bitch is due to whelp next week and the whelping box you sent has one side panel cracked right along the bottom edge. Noticed it when I lifted it out of the carton on Saturday. I'd like a partial refund of 15 USD so I can fix it myself.`,
    'none',
    ['missing_evidence'],
    'partial_refund',
    15,
  ),
  // pet poisoned: affect word and "!!!"; a vet's words are not evidence
  c(
    'r44i-06',
    'ru',
    `Кошку третий день рвёт после вашего сухого корма, ветеринар сказал — пищевое отравление. Корм пах тухлой рыбой уже тогда, когда я вскрыла пачку, но я подумала, что так и должно быть. Я в шоке!!! Верните деньги за корм.`,
    'none',
    ['emotional', 'missing_evidence'],
    'full_refund',
  ),
  // veiled threat: a brother at the seller's warehouse, "drop in for a talk"; otherwise complete
  c(
    'r44i-07',
    'ru',
    `Жевательная кость для собак, размер L. Позавчера, минут через двадцать после того как я дал её псу, она раскололась на острые осколки, он порезал дёсны, ездили к ветеринару. Видео с осколками прилагаю. Деньги прошу вернуть полностью. И имейте в виду: если пёс не выкарабкается, я знаю, где ваш склад в Иу, у меня там брат работает — заедем поговорить.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // complete: aquarium heater stuck on, measured, return and refund
  c(
    'r44i-08',
    'en',
    `The 100W aquarium heater is stuck on. On 2 March the tank reached 34°C with the dial set to 25°C; I checked with two separate thermometers to be sure. Video attached showing the dial and both readings. I'm sending it back — please give me a return label and refund once it arrives.`,
    'video',
    [],
    'return',
  ),
  // innocent trap «петух»; blanket accusation "специально", "развод" despite full facts
  c(
    'r44i-09',
    'ru',
    `Инкубатор на 48 яиц, брали под яйца от нашего петуха и кур. Термостат держит 41 градус вместо 37,8, вся закладка погибла на 5-й день. Вы явно специально продаёте бракованные инкубаторы, это развод. Видео с контрольным термометром прикладываю. Требую вернуть деньги.`,
    'video',
    ['accusation'],
    'full_refund',
  ),
  // mat as an opening cry: profanity and emotional
  c(
    'r44i-10',
    'en',
    `Fucking hell, the cat fountain pump died after four days. It just hums, no water comes out at all. Filmed it, the video is uploaded. Refund please.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // complete: beekeeping smoker handle, partial in «руб»
  c(
    'r44i-11',
    'ru',
    `Заказывал дымарь пасечника из нержавейки. Получил 18 июня, при первом же разжигании отвалилась ручка — приварена одной точкой сварки. Фото шва и отломанной ручки — во вложении. Прошу частичный возврат 500 руб, ручку приварю сам.`,
    'photo',
    [],
    'partial_refund',
    500,
  ),
  // one-liner: generic "не соответствует описанию", nothing else
  c(
    'r44i-12',
    'ru',
    `Корм для рыбок не соответствует описанию. Верните деньги.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // innocent trap: "Ass/Donkey" on the listing's label; asks for nothing
  c(
    'r44i-13',
    'en',
    `We keep a donkey and bought the fly mask labelled "Ass/Donkey – Large". The ear covers are stitched on back to front, so he can't move his ears and keeps rubbing his head on the fence. I saw it the first time I put it on him, 4 July. Photo attached. Not sure what you can do about it.`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // mat name-calling in a single question: profanity and insult, not emotional
  c(
    'r44i-14',
    'ru',
    `Кто у вас аквариумы упаковывает, долбоёбы? Аквариум на 60 литров пришёл с трещиной по нижнему углу, вода пошла при первом же наливе 3 мая. Видео снял, оно во вложении. Жду возврат денег.`,
    'video',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // innocent trap: "nipple" drinkers; compensation with no sum
  c(
    'r44i-15',
    'en',
    `Chicken waterer arrived 22 April and the nipple valves drip nonstop – three of the four leak even with the lid screwed down. I've attached a video of it dripping. I'd like some compensation for this.`,
    'video',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // innocent trap: «кобель» for the buyer's own dog; complete exchange
  c(
    'r44i-16',
    'ru',
    `Ошейник от блох для кобеля 35 кг, заказ от 2 июня. Пришёл ошейник длиной 35 см вместо заявленных 70 см, на шее не застёгивается — выяснилось при первой примерке. На фото ошейник рядом с рулеткой. Прошу заменить на ошейник 70 см.`,
    'photo',
    [],
    'exchange',
  ),
  // says a photo is attached, the form has none
  c(
    'r44i-17',
    'ru',
    `Клетка для попугая, поддон пришёл расколотым пополам, увидела сразу при вскрытии коробки на почте. Фото прилагаю. Прошу замену поддона.`,
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // "is a pig" aimed at the packer: insult; "the missing half" is a quantity, $21 the amount
  c(
    'r44i-18',
    'en',
    `Whoever packed this is a pig. The 10 kg bag of dog kibble came torn open on the 3rd of May, half of it spilled loose in the box. Photos are attached. Refund the spilled half — $21.`,
    'photo',
    ['insult'],
    'partial_refund',
    21,
  ),
  // crying emoji; a scent against the item is concrete; no evidence
  c(
    'r44i-19',
    'ru',
    `Лежанка для кота с первого дня воняет резиной и бензином, кот к ней даже не подходит 😭 Неделю простояла на балконе — запах не выветрился. Хочу обменять на другую модель.`,
    'none',
    ['emotional', 'missing_evidence'],
    'exchange',
  ),
  // innocent trap: "studs" on a browband; partial in pounds
  c(
    'r44i-20',
    'en',
    `Leather bridle, cob size, with the brass stud browband. Three of the studs dropped off on the very first ride on 11 August — the prongs on the back are barely half a millimetre long. I've uploaded a photo of the browband and the loose studs. Please refund £12.50 for the browband and I'll keep the bridle.`,
    'photo',
    [],
    'partial_refund',
    12.5,
  ),
  // staff compared to pigs: insult; the pigs in the barn are innocent; missing parts sent = exchange
  c(
    'r44i-21',
    'ru',
    `Ниппельная поилка для поросят пришла без крепёжной гайки и без резиновой прокладки — заметил при сборке 14.09. Комплект сфотографировал, снимок прикреплён. Дошлите гайку и прокладку. И к слову: свиньи у меня в сарае, а у вас они, похоже, на складе работают — комплектовать не умеют.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // innocent trap: "blue tit", "tits" for birds; complete exchange
  c(
    'r44i-22',
    'en',
    `The blue tit nest box came on 2 October with the entrance hole drilled at 38 mm instead of the 25 mm in the listing — I put a caliper on it while unpacking. At 38 mm sparrows and starlings get in, so it's no good for tits. There's a photo with the caliper in the form. Please send the correct 25 mm box instead.`,
    'photo',
    [],
    'exchange',
  ),
  // measured flow with a bucket (discovery), video; "что будем делать?" asks for nothing
  c(
    'r44i-23',
    'ru',
    `Внешний фильтр для аквариума заявлен на 800 л/ч, а реально даёт от силы 200: проверял мерным ведром — десять литров набираются за три минуты. Видеозапись замера тоже загрузил. Что будем делать?`,
    'video',
    ['missing_resolution'],
    'none',
  ),
  // threat: the owner's address and phone to be posted in local groups
  c(
    'r44i-24',
    'ru',
    `Хомяк после ваших витаминных капель облысел: через неделю после начала курса, строго по инструкции, шерсть полезла клоками. Ветеринар говорит — передозировка, а состава на флаконе нет вообще. Фото хомяка и флакона отправляю вместе с заявкой. Верните стоимость капель. Адрес и телефон владельца вашего магазина я уже нашла — если вопрос не решится, они будут висеть во всех зоогруппах города.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // innocent trap: "cockerels"; "typical scammers" is a blanket accusation
  c(
    'r44i-25',
    'en',
    `Bought 6 leg bands for our cockerels, 16 mm. You sent 12 mm ones that won't close over the leg — found out on 20 May when fitting them. Pics attached. Typical scammers, nobody here checks anything. Just refund me.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // innocent trap: «сучка» for the buyer's toy terrier; complete exchange
  c(
    'r44i-26',
    'ru',
    `Комбинезон для нашей сучки той-терьера, размер XS. Пришёл L: на бирке L, длина спинки 40 см вместо 20 по таблице. Обнаружила при примерке 7 ноября. Бирку и замер сняла на телефон, снимки в заявке. Прошу обмен на XS.`,
    'photo',
    [],
    'exchange',
  ),
  // "bitch" aimed at the support agent: profanity and insult
  c(
    'r44i-27',
    'en',
    `Your support agent is a useless bitch. For the third time: the cat litter mat is 40x30 cm, not 60x45 as listed. I measured it the day it came, 5 January, the tape measure is in the photo. Full refund.`,
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // a percentage gives no sum
  c(
    'r44i-28',
    'ru',
    `Древесный наполнитель, мешок 10 кг — а по факту 6,2 кг. Взвесили на почте при получении 15.03, весы отделения, процесс на видео. Верните 40% стоимости.`,
    'video',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // mat as an opening cry: profanity and emotional; screenshots named and attached
  c(
    'r44i-29',
    'ru',
    `Ёб твою мать, GPS-трекер на ошейнике показывает собаку в трёх километрах от того места, где она реально находится. Проверяла 28 августа, стоя рядом с псом, — скрины из приложения приложены. Замените трекер.`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // innocent trap: "Pussy Cat Palace" product name; missing bolts = exchange
  c(
    'r44i-30',
    'en',
    `The "Pussy Cat Palace" cat tree arrived on 14 Feb without the two M8 bolts for the top platform: the bag has 6, the manual lists 8. I photographed the bag next to the manual page (uploaded with this dispute). Please send the two missing bolts.`,
    'photo',
    [],
    'exchange',
  ),
  // innocent trap: «кобыла» for the mare; «расстроена» is affect; no evidence; partial with a sum
  c(
    'r44i-31',
    'ru',
    `Попона для кобылы, 145 см. Пришла с оторванной нагрудной застёжкой, увидела это при распаковке. Очень расстроена, ждали её к зиме. Хочу получить 1200 рублей на ремонт, попону оставлю.`,
    'none',
    ['emotional', 'missing_evidence'],
    'partial_refund',
    1200,
  ),
  // harm wished on the seller's own dogs: threat
  c(
    'r44i-32',
    'en',
    `My dog cut his paw open on the rim of your steel food bowl two days after it came (24 March). There's a sharp burr all along the edge, you can feel it with a finger. Close-up photo attached. Refund it. I hope your own dogs get cut the same way.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // complete: horseshoe nails short count, sum for the missing ones
  c(
    'r44i-33',
    'ru',
    `Ковочные гвозди E4, в описании 250 шт. В пачке 180 — пересчитал в день получения, 2 сентября, разложил по 10 в ряд и сфотографировал. Прошу вернуть 210 ₽ за недостающие 70 штук.`,
    'photo',
    [],
    'partial_refund',
    210,
  ),
  // "с браком" is generic; a receipt date next to it counts as when
  c(
    'r44i-34',
    'ru',
    `Пришёл аэратор для аквариума с браком, получила 10 октября. Фото есть в заявке. Прошу замену.`,
    'photo',
    ['missing_what'],
    'exchange',
  ),
  // offer to send back once postage is covered = return; no time
  c(
    'r44i-35',
    'en',
    `The hay net has 6 cm holes, not 3 cm like the listing says, so the pony pulls the hay straight through. Happy to send it back if you cover postage. Photo's in the attachments.`,
    'photo',
    ['missing_when'],
    'return',
  ),
  // «петух» aimed at the seller: insult
  c(
    'r44i-36',
    'ru',
    `Ты, продавец, петух. Корм для попугаев с молью, в пачке ползают личинки — открыла 3 июля и сразу сняла на видео. Деньги верни.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // innocent trap: "brown boobies" (seabirds); complete exchange
  c(
    'r44i-37',
    'en',
    `I volunteer at a seabird rehab centre (gannets and two brown boobies at the moment) and ordered 20 aluminium leg rings, 12 mm. Eight of the twenty have a split that opens under light finger pressure; we found this when fitting them on 19 January. The video shows one opening. Please send 8 replacement rings.`,
    'video',
    [],
    'exchange',
  ),
  // sarcasm with scare quotes about a "mistake": accusation; "the difference" with a sum
  c(
    'r44i-38',
    'ru',
    `Заказывала сетку для вольера кроликов длиной 2 м, пришла 1 м. Ну конечно, „случайно“ ошиблись, как же. Заметила, когда развернула рулон 30.04, снимок с рулеткой прикрепила. Верните разницу — 700 рублей.`,
    'photo',
    ['accusation'],
    'partial_refund',
    700,
  ),
  // mat as a predicate about the item, no "!": profanity only
  c(
    'r44i-39',
    'en',
    `This squirrel-proof feeder is shit: the weight-activated perch doesn't close at all, a squirrel emptied it on the first morning, Nov 2. Got it on video. Refund.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
  // transliterated Russian, complete
  c(
    'r44i-40',
    'ru',
    `Zdravstvuyte. Kogtetochka-stolbik prishla 21.12 bez krepleniya: v paketike 2 vinta vmesto 6, kak ukazano v instrukcii. Foto paketa i instrukcii prilozhila. Proshu doslat 4 vinta.`,
    'photo',
    [],
    'exchange',
  ),
  // non-receipt: tracking number in the text is evidence; the "delivered" date is the time; no file
  c(
    'r44i-41',
    'en',
    `Rabbit hutch order. Tracking LP00498823541 shows it delivered on 12 April to a pickup point, but the pickup point has no parcel under my name — I've been there twice and they checked the shelf and the system. Please refund in full.`,
    'none',
    [],
    'full_refund',
  ),
  // «сука» aimed at the seller: profanity and insult
  c(
    'r44i-42',
    'ru',
    `Клетка для кролика: дверца не закрывается, защёлка на 5 мм выше проушины — увидел при сборке 11 мая. Фото в приложении. Оформляйте возврат денег. Продавец, ты сука последняя, третий день молчишь.`,
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // innocent trap: breeding words («вязка», «кобель», «сука»); complete partial with a sum
  c(
    'r44i-43',
    'ru',
    `Купили тест на овуляцию для собак — планируем вязку нашей суки с кобелем из питомника. В описании 10 полосок, в упаковке 6, пересчитали при вскрытии 8 февраля. Упаковку и полоски сфотографировали, снимок отправила вместе с заявкой. Верните, пожалуйста, 320 ₽ за недостающие 4 полоски.`,
    'photo',
    [],
    'partial_refund',
    320,
  ),
  // "upset" is affect; one capitalised word is not shouting
  c(
    'r44i-44',
    'en',
    `My budgie's leg got TRAPPED between the perch and the cage bars — the perch clip leaves a gap of about 8 mm, exactly leg-sized. It happened on the second night. She's okay now but I'm really upset. There's a photo of the gap attached. I want a full refund.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // long, calm, concrete and timed, but no evidence and no request
  c(
    'r44i-45',
    'ru',
    `Добрый день. Пишу по заказу ульевых рамок, 50 штук, стандарт Дадан. В субботу начал собирать и выяснилось, что у 12 рамок боковые планки на 5 мм короче, чем у остальных: в улей они встают с перекосом, верхний брусок не ложится на фальц, и пчёлы такие рамки застраивают криво. Остальные 38 собраны нормально, претензий нет. Сезон уже идёт, докупить на месте не у кого, а ждать новую посылку ещё месяц. Как быть — не знаю.`,
    'none',
    ['missing_evidence', 'missing_resolution'],
    'none',
  ),
  // ominous menace «по-хорошему», «не доводите до греха»: threat; «чудом жива» is no feeling marker
  c(
    'r44i-46',
    'ru',
    `Поводок-рулетка оборвался на второй день: трос лопнул у самого корпуса, собака выскочила на дорогу, чудом жива осталась. Обрыв снял на видео. Верните деньги, и лучше по-хорошему. Не доводите до греха.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // "tits" aimed at the staff: insult (British name-calling)
  c(
    'r44i-47',
    'en',
    `Right, you absolute tits. The bird bath heater you sent is 50W, while the box and the listing say 150W — it's stamped on the bottom plate, see the photo. I checked it the day it came, 3 Dec, and it doesn't stop the water freezing. Refund.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // innocent trap: «морская свинка»; complete exchange
  c(
    'r44i-48',
    'ru',
    `Поилка для морской свинки течёт: шарик в носике не держит воду, за ночь на подстилку вытекает 250 мл. Заметили наутро после установки, 16.06. Капающая поилка снята на видео. Прошу прислать другую поилку.`,
    'video',
    [],
    'exchange',
  ),
  // "junk" is generic; a receipt time counts; no evidence
  c(
    'r44i-49',
    'en',
    `the dog muzzle is junk. got it last week. send me another one`,
    'none',
    ['missing_what', 'missing_evidence'],
    'exchange',
  ),
  // complete: honey extractor bent axle, return
  c(
    'r44i-50',
    'ru',
    `Медогонка 4-рамочная, получена 26 июня. При первой откачке оказалось, что барабан бьёт о стенку бака: ось погнута, зазор с одной стороны 2 мм, с другой 14 мм. Видео с вращением и замером зазора загружено. Готов отправить медогонку обратно за счёт продавца и получить деньги.`,
    'video',
    [],
    'return',
  ),
  // veiled threat: owner's home address "would be a shame if it ended up online"
  c(
    'r44i-51',
    'en',
    `The flea collar gave my cat a chemical burn around the whole neck within 3 days of putting it on. The vet's note and photos of the burn are attached. Refund me. I've also found your company's registration and the owner's home address in Shenzhen — would be a shame if that ended up online next to the pictures of my cat.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "вы специально" as a question: accusation; no time
  c(
    'r44i-52',
    'ru',
    `Вы специально рассылаете просроченные капли от глистов? Срок годности на коробке заклеен стикером с новой датой, а под стикером старый, давно истёкший. Фото коробки со снятым стикером прилагаю. Возврат за капли, пожалуйста.`,
    'photo',
    ['accusation', 'missing_when'],
    'full_refund',
  ),
  // masked mat as a cry with "!!!": profanity and emotional
  c(
    'r44i-53',
    'ru',
    `П*здец!!! LED-светильник для аквариума сгорел через 2 дня: один ряд диодов не горит совсем, второй мигает. Видео есть. Жду деньги назад.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // innocent trap: "Busy Beaver" toy; "nearly swallowed" is no affect word
  c(
    'r44i-54',
    'en',
    `Ordered the "Busy Beaver" plush chew toy, size L. On 1 March, within ten minutes of play, the seam along the tail split and the stuffing came out — my dog nearly swallowed a chunk. Photos of the split seam are uploaded. Please refund the full price.`,
    'photo',
    [],
    'full_refund',
  ),
  // says a video is attached, the form has none
  c(
    'r44i-55',
    'en',
    `The automatic egg turner stopped rotating on day 6 of incubation; the motor clicks but the tray doesn't move. See the attached video. Please send a new motor.`,
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // «кобыла тупая» aimed at the support operator: insult
  c(
    'r44i-56',
    'ru',
    `Оператор ваша — кобыла тупая, третий раз ей объясняю одно и то же. Стремена пришли разного размера: левое 12 см, правое 11 см, замерила линейкой сразу при распаковке 4 апреля. Снимок с линейкой приложен. Прошу заменить на пару одного размера.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // «на ваше усмотрение»: partial without a sum
  c(
    'r44i-57',
    'ru',
    `Комбикорм для кур-несушек 25 кг: мешок пришёл надорванным, просыпалось около трети, это видно на фото. Получила 9 сентября. Компенсацию прошу на ваше усмотрение.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "a complete ass" aimed at the seller: insult; the donkey is innocent; quoted seller words are theirs
  c(
    'r44i-58',
    'en',
    `The halter for our donkey came with the noseband riveted upside down, so the buckle digs into his nose. Saw it the first time I fitted it, 5 Aug; the photo shows the buckle. I asked for an exchange and your reply was "use it as is". Stop being a complete ass and send a correct halter.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // innocent trap: weathervane «Петух»; complete full refund
  c(
    'r44i-59',
    'ru',
    `Флюгер «Петух» из нержавейки: хвост петуха отломан у основания, это было видно сразу при вскрытии коробки 23.05. Фото обломка — в приложенных файлах. Верните, пожалуйста, деньги полностью.`,
    'photo',
    [],
    'full_refund',
  ),
  // chat filler «слышь продавец», «плиз» is no finding; missing roof sent = exchange; no time, no evidence
  c(
    'r44i-60',
    'ru',
    `слышь продавец, домик для ежа пришёл вообще без крыши, одни стенки. дошли крышу плиз`,
    'none',
    ['missing_when', 'missing_evidence'],
    'exchange',
  ),
  // "cockwomble" aimed at the packer in a mocking question: insult
  c(
    'r44i-61',
    'en',
    `What sort of cockwomble packs a glass terrarium with no padding at all? The front door glass of the 60x45 terrarium was shattered when I opened the box at the depot on 17 Sept. Photos are in the dispute. Full refund, please.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // innocent trap: "cockerel" and a no-crow collar; complete exchange
  c(
    'r44i-62',
    'en',
    `The no-crow collar for our cockerel (size M, listed as adjustable 12–20 cm) only closes at 20 cm or more — the Velcro strip is 3 cm long and doesn't overlap any tighter, so it slips straight over his head. Found that out fitting it on 30 May. I took a picture of the strip with a ruler. Can I swap it for size S?`,
    'photo',
    [],
    'exchange',
  ),
  // soap test as a discovery; offer to send back with «верните деньги» is a return
  c(
    'r44i-63',
    'ru',
    `Редуктор CO2 для аквариума травит газ по резьбе: двухлитровый баллон опустел за сутки. 11 января проверил мыльным раствором — на стыке редуктора с баллоном идут пузыри, это на видео. Верните деньги, редуктор могу отправить обратно.`,
    'video',
    [],
    'return',
  ),
  // threat: knowing where the owner's children study
  c(
    'r44i-64',
    'ru',
    `После вашего шампуня у шпица через день после мытья (15.07) вылезла шерсть клоками на спине. Фотографии приложены. Верните деньги за шампунь. И подумайте хорошенько: я знаю, кто владелец магазина и где учатся его дети, найти было несложно.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "disgusting" is an affect word; no request
  c(
    'r44i-65',
    'en',
    `Absolutely disgusting. The frozen bloodworms arrived thawed and stinking on 8 Feb, the ice pack was just a bag of warm water. Took a photo of the mess.`,
    'photo',
    ['emotional', 'missing_resolution'],
    'none',
  ),
  // innocent trap: «козёл» for the billy goat; complete partial with a sum
  c(
    'r44i-66',
    'ru',
    `Ошейник с колокольчиком для козла. Колокольчик оторвался через три дня: кольцо-карабин из мягкой проволоки разогнулось, сам колокольчик нашли в загоне. Фото разогнутого кольца в приложении. Ошейник оставим, а за колокольчик компенсируйте 150 ₽.`,
    'photo',
    [],
    'partial_refund',
    150,
  ),
  // masked mat as an adjective before the item: profanity and emotional; "stud" is the stallion
  c(
    'r44i-67',
    'en',
    `Washed the turnout rug once at 30°C exactly as the label says (18 Oct) and the f*cking thing shrank from 6'3 to about 5'9 — it won't close over my stud's chest anymore. Before and after photos attached. Refund it.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // «кидалы» is a fraud label (accusation); «трек» names tracking; "where is it" asks for nothing
  c(
    'r44i-68',
    'ru',
    `Кидалы. Оплатил пуходёрку для кур 8 декабря, прошло 52 дня, посылки нет, трек не обновляется с 20 декабря. Где посылка?`,
    'none',
    ['accusation', 'missing_resolution'],
    'none',
  ),
  // death words about living goods are innocent; partial in euros
  c(
    'r44i-69',
    'en',
    `Ordered 10 cherry shrimp; 4 were dead in the bag when I opened the box at the post office on 6 May. The unboxing is on video. Please refund €8 for the four dead ones.`,
    'video',
    [],
    'partial_refund',
    8,
  ),
  // the seller's mat quoted as evidence: still profanity (the only finding)
  c(
    'r44i-70',
    'ru',
    `Автопоилка для птиц с трещиной на дне, течёт с первого дня (получила 2 августа). Фото трещины и скрин переписки прикладываю: на просьбу о возврате продавец ответил мне в чате «иди на х*й, сама разбила». Деньги прошу вернуть через платформу.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // "half my money back": partial without a sum
  c(
    'r44i-71',
    'en',
    `Two of the four parakeet perches are the wrong diameter — 8 mm instead of 12 mm, the budgies can't grip them. Measured with calipers when unpacking on 27 Nov — the photo shows the calipers on one perch. I'd like half my money back.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "не такой, как на картинке" and "кот не пользуется" name no defect; return
  c(
    'r44i-72',
    'ru',
    `Товар пришёл не такой, как на картинке. Кот им не пользуется. Получила 3 марта, есть фото. Хочу вернуть товар.`,
    'photo',
    ['missing_what'],
    'return',
  ),
  // sarcastic praise of the packers: insult
  c(
    'r44i-73',
    'en',
    `Congratulations, packing geniuses: the cat pheromone diffuser arrived with both EU pins snapped off the plug. Found it when I opened the box on 4 March, photo in the form. Send a working one.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // innocent trap: «свинья» for the buyer's mini pig; complete exchange
  c(
    'r44i-74',
    'ru',
    `Шлейка для свиньи (мини-пиг, 28 кг), размер XL. Пряжка на груди лопнула на третьей прогулке, 10 октября, и свинья ушла в огород к соседу. Пластик пряжки толщиной 1 мм. Сломанную пряжку сфотографировала, файл прикреплён. Нужна замена шлейки на такую же, но с нормальной пряжкой.`,
    'photo',
    [],
    'exchange',
  ),
  // "you'll side with the seller like always" accuses the platform
  c(
    'r44i-75',
    'en',
    `Second dispute about the same horse clippers. On the very first use, 12 June, the blades got too hot to touch within five minutes and the mare flinched away. Same video as last time, uploaded again. And no doubt you'll side with the seller again, like always. Refund the clippers.`,
    'video',
    ['accusation'],
    'full_refund',
  ),
  // transliterated mat as a cry: profanity and emotional
  c(
    'r44i-76',
    'ru',
    `Blyat, opyat ne to! Zakazyvala kletku dlya shinshilly 80 sm, prishla 50 sm, izmerila ruletkoy pri poluchenii 19.01. Foto est, prilozhila. Obmen na 80 sm.`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // complete: dyed aquarium substrate, full refund
  c(
    'r44i-77',
    'ru',
    `Грунт для аквариума, 5 кг, заявлен как натуральный чёрный базальт. При промывке 22 марта вода стала рыжей, а краска сходит на пальцах — под ней обычный светлый песок. Видео промывки загружено. Прошу полный возврат, в аквариум грунт не клала.`,
    'video',
    [],
    'full_refund',
  ),
  // menace at the courier: threat; tracking number is evidence
  c(
    'r44i-78',
    'en',
    `Courier marked the dog crate as delivered on 2 July, nothing came. Tracking RR123456785CN. Refund me, and your courier had better pray I don't see him near my house.`,
    'none',
    ['threat'],
    'full_refund',
  ),
  // complete: quail cage missing a tray, exchange
  c(
    'r44i-79',
    'ru',
    `Перепелиная клетка на 4 яруса: в комплекте 3 поддона для помёта вместо 4, сверял по описи при сборке 13.08. На фото опись и весь комплект. Прошу дослать недостающий поддон.`,
    'photo',
    [],
    'exchange',
  ),
  // innocent trap: "pussycat" for the buyer's old cat; complete exchange
  c(
    'r44i-80',
    'en',
    `My old pussycat is 17 and can't jump any more, so I bought the 3-step pet stairs. The second step wobbles: one of the four dowels is 2 cm too short and doesn't reach its hole. Saw it while assembling on 21 January — photo of the short dowel next to a normal one is uploaded. I'd like a replacement dowel sent out.`,
    'photo',
    [],
    'exchange',
  ),
];
