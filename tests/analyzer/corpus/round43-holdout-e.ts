import { labelled as c, type CorpusCase } from './types';

/**
 * Round forty-three, hold-out set e: disputes about car, motorbike and bicycle parts (fitment to a model year, a VIN or
 * a frame size, parts that fail on the road, garage verdicts, installation costs), in blunt garage register with
 * innocent part names and slang, aimed slang, mat and threats. Written by a hand that has not read the
 * analyzer's rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Part names with rude-looking roots («палец», «шарик», «пыльник», «сальник», «петух» for a derailleur hanger,
 *   "ball joint", "nipple", "cock"/"petcock") are innocent.
 * - Garage slang about a part («колхоз», «костыль», «ушатанный», "a dog", "a bodge", "piece of junk") judges the item:
 *   no finding, and no concrete problem either; the same slang aimed at staff («упаковщики-колхозники») is an insult.
 * - A mechanic's verdict retold in words is context, not evidence; a garage's written inspection sheet would be, but
 *   the texts that name one also have a file, so it never decides a label.
 * - "No photo, I'm done taking photos" names no evidence (negated): `missing_evidence`, not `evidence_not_attached`.
 * - "Doesn't fit my car" with no model, size or mounting point named is as vague as "not as described".
 * - A VIN or a part number is not evidence (like an order number).
 * - Distance since fitting ("after 300 km", «через 800 км») is a relative time.
 * - Blunt imperatives with no name-calling («Меняйте», «Гоните деньги назад», "Refund it.") are plain requests.
 * - "In the form" / «в форме» points at the file attached to the form: with a file it is evidence, like "attached".
 */
export const ROUND43_HOLDOUT_E: CorpusCase[] = [
  // calm, technical; «палец» and «шаровая» as innocent part names; everything present
  c(
    'r43e-01',
    'ru',
    `Заказал шаровую опору на Kia Rio 2017 (в карточке артикул 51760-4L000). При установке 12 марта выяснилось, что конус пальца толще штатного: гайка не доходит до отверстия под шплинт примерно на 4 мм. Фото штангенциркуля с замером приложил. Прошу заменить на правильную опору.`,
    'photo',
    [],
    'exchange',
  ),
  // "this thing is a dog" about the part is innocent, but nothing concrete, no time, no evidence
  c(
    'r43e-02',
    'en',
    `Honestly this thing is a dog. Bought the exhaust tip for my bike and it's just not right. Want my money back.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // masked mat in a single question at the seller: profanity and insult, not emotional
  c(
    'r43e-03',
    'ru',
    `Вы там совсем ох**ли? Прислали колодки на передний суппорт вместо задних, это видно по форме пластины. Пришли три дня назад, открыл коробку в гараже. Фото во вложении. Меняйте на задние.`,
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // frame size measured against the geometry chart; installation cost mentioned, a partial sum in £ asked
  c(
    'r43e-04',
    'en',
    `Ordered the 54 cm road frame listed for riders 175–183 cm. When I built it up on 2 May the seat tube measured 52 cm centre-to-top, not 54, and the top tube is 15 mm shorter than the geometry chart says. I'll keep it because I've already paid a shop £40 to build it, but I'd like a partial refund of £60. Pictures of the tape measure against the frame are in the form.`,
    'photo',
    [],
    'partial_refund',
    60,
  ),
  // «сальник» innocent; caps affect word plus "!!!", a fraud label with facts, no evidence
  c(
    'r43e-05',
    'ru',
    `Это просто КОШМАР!!! Сальник коленвала потёк через 300 км, масло по всему поддону. Мошенники, продаёте брак под видом оригинала Elring. Верните деньги.`,
    'none',
    ['emotional', 'accusation', 'missing_evidence'],
    'full_refund',
  ),
  // veiled threat: a relative who knows the warehouse and may "stop by for a chat"
  c(
    'r43e-06',
    'en',
    `The CV joint you sold me clicked on every left turn from the first drive on June 3rd, video attached. Refund it. My cousin drives a truck through Yiwu every month and he knows where your warehouse is — it'd be a shame if he had to stop by for a chat.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // «пыльник» innocent; offers to send back for the money: return
  c(
    'r43e-07',
    'ru',
    `Пыльник вилки на Yamaha YBR125 (2012 г.) по описанию 30×40,5 мм, фактически внутренний диаметр 33 мм — сидит свободно и при первой же поездке 20.04 сполз с пера. Снял видео, как он болтается. Готов отправить пыльники обратно за ваш счёт, верните их стоимость.`,
    'video',
    [],
    'return',
  ),
  // affect word and "??", a concrete failure, photo in the form, but only a question instead of a request
  c(
    'r43e-08',
    'en',
    `I'm so disappointed. The LED headlight bulbs (H4, for a 2016 Ford Ranger) started flickering after a week and now the left low beam is dead. Photo attached. What am I supposed to do now??`,
    'photo',
    ['emotional', 'missing_resolution'],
    'none',
  ),
  // «колхоз» about the bracket is innocent; «упаковщики-колхозники» aimed at staff is an insult; a partial sum in руб
  c(
    'r43e-09',
    'ru',
    `Кронштейн глушителя — колхоз полный, сварка пористая, шов треснул на второй день. Но это ладно, вещь дешёвая. Вопрос к вашим упаковщикам-колхозникам: как можно было положить болты в пакет без застёжки? Они рассыпались по коробке, двух не хватает. Фотографии есть в приложении. За недостающие болты и кривую сварку прошу вернуть 500 руб., кронштейн оставлю.`,
    'photo',
    ['insult'],
    'partial_refund',
    500,
  ),
  // non-receipt with a tracking number in the text and no file: ready
  c(
    'r43e-10',
    'en',
    `My 11-speed chain (order placed 1 March) never arrived. Tracking LP00412345678CN has shown "arrived at sorting centre" since 19 March, 47 days now. Please refund the full amount.`,
    'none',
    [],
    'full_refund',
  ),
  // missing quantity, photo in the form, no time, compensation with no sum
  c(
    'r43e-11',
    'ru',
    `Комплект крепежа для велобагажника: в наборе должно быть 4 болта М5, пришло 2. Фото приложила. Хотелось бы частичную компенсацию.`,
    'photo',
    ['missing_when', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "nipple" innocent; "are shit" as a predicate about the part, no "!": profanity only
  c(
    'r43e-12',
    'en',
    `Spoke nipples from this kit are shit. Three of them split at the flats while I was truing the wheel on Saturday, the brass is paper thin. Have a look at the picture. Send me a replacement set.`,
    'photo',
    ['profanity'],
    'exchange',
  ),
  // a mechanic's verdict retold in words, no evidence named, no file
  c(
    'r43e-13',
    'ru',
    `Механик на СТО посмотрел стойки стабилизатора, которые я у вас брал, и сказал, что пыльники порваны ещё с завода, а палец болтается в гнезде. Заметили на ТО 15 мая. Прошу вернуть деньги за стойки.`,
    'none',
    ['missing_evidence'],
    'full_refund',
  ),
  // scare quotes around "mistake": sarcasm about honesty is an accusation
  c(
    'r43e-14',
    'en',
    `Ordered a front brake disc for a 2019 Honda CB500X, 310 mm. Received a 296 mm one, found when I held it against the old disc on 8 July (photo attached). I'm sure it was just an honest "mistake" like the last two times. Send the 310 mm disc.`,
    'photo',
    ['accusation'],
    'exchange',
  ),
  // road safety; mat as an interjection (profanity, emotional) and a threat with the warehouse address
  c(
    'r43e-15',
    'ru',
    `Слышь, продавец. Рулевой наконечник развалился на трассе через 2 недели после установки, я чудом в отбойник не улетел. Видео с регистратора прикреплено. Если деньги не вернёте, я вас найду, бл*ть, адрес вашего склада в Москве у меня есть.`,
    'video',
    ['profanity', 'threat', 'emotional'],
    'full_refund',
  ),
  // "petcock"/"fuel cock" innocent; one capitalised label (OFF) is not shouting
  c(
    'r43e-16',
    'en',
    `The petcock (fuel cock) for a 2008 Suzuki GN125 leaks at the gasket in the OFF position — found on 11 August when petrol dripped onto the garage floor overnight. A photo of the wet valve body is attached. Please issue a full refund; I've fitted my old one back.`,
    'photo',
    [],
    'full_refund',
  ),
  // «ушатанный» and «так себе» are vague; a receipt date counts as the time; no evidence
  c(
    'r43e-17',
    'ru',
    `Пришёл ушатанный суппорт, качество так себе. Получил вчера, хочу обменять на нормальный.`,
    'none',
    ['missing_what', 'missing_evidence'],
    'exchange',
  ),
  // condescension about the reader's understanding is an insult even in a calm, complete text
  c(
    'r43e-18',
    'en',
    `Let me explain this slowly so even your warehouse can follow: a 2014 Golf VII takes a 5-pin MAF sensor. You sent a 4-pin one. I noticed when I unplugged the old one on 3 Feb. Photos of both connectors are attached. Exchange it.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // installation cost asked back as a partial refund with a sum in ₽
  c(
    'r43e-19',
    'ru',
    `Задние амортизаторы на Lada Vesta 2020 пришли 5 июня, при установке в сервисе оказалось, что нижняя втулка под болт 12 мм, а штатный болт 14 мм. Пришлось рассверливать, сервис взял сверх нормы 1800 ₽ (чек и снимок втулки прилагаю). Амортизаторы оставлю, прошу компенсировать 1800 ₽.`,
    'photo',
    [],
    'partial_refund',
    1800,
  ),
  // "See the photos" with no file in the form
  c(
    'r43e-20',
    'en',
    `Bar end mirrors for a Vespa GTS 300: the thread is M8 but the listing says M10, found when I tried to screw them in yesterday. See the photos. Refund please.`,
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // «сальник» innocent; a torn lip found at unpacking, seen under a magnifier on the photo
  c(
    'r43e-21',
    'ru',
    `Сальник полуоси 35×56×8 для Renault Logan: при распаковке 14.09 обнаружил, что рабочая кромка надорвана в одном месте примерно на 3 мм. На фото видно под лупой. Прошу выслать другой сальник.`,
    'photo',
    [],
    'exchange',
  ),
  // transliterated mat as an interjection (profanity, emotional) and a vulgar name for the staff (insult)
  c(
    'r43e-22',
    'ru',
    `blyat, opyat rukozhopy na sklade pereputali. zakazyval dvuhporshnevyi support na Suzuki SV650 2005, prishel odnoporshnevyi, uvidel pri raspakovke 2 dnya nazad. foto v prilozhenii. dengi nazad.`,
    'photo',
    ['profanity', 'insult', 'emotional'],
    'full_refund',
  ),
  // a chain tensioner that fails on the first ride; offers to send it back: return
  c(
    'r43e-23',
    'en',
    `Chain tensioner for a KTM 390 Duke 2018. On the first ride after fitting, 24 April, it rattled at idle and the plunger doesn't lock — you can push it back in by hand, which a good one won't allow. Video of it is attached. I can send it back; please refund once you receive it.`,
    'video',
    [],
    'return',
  ),
  // «в бешенстве» is affect; «на ваше усмотрение» is a partial refund without a sum; no evidence
  c(
    'r43e-24',
    'ru',
    `Я в бешенстве. Купил коврики под Toyota Camry 70, а они на 7 см короче штатных, водительский уезжает под педали. Заметил в первый же день. Компенсируйте на ваше усмотрение.`,
    'none',
    ['emotional', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // publishing the owner's home address is a threat, even with a complete report
  c(
    'r43e-25',
    'en',
    `The brake lever on my 2020 Cube Attention snapped at the pivot on a descent last Sunday — photos attached. I looked you up, I have the owner's name and home address from the company registry. Refund me in full or I post both in every cycling group in the country.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «петух» (derailleur hanger), «колхозить», «костыль» innocent; no time, no request
  c(
    'r43e-26',
    'ru',
    `Петух (держатель заднего переключателя) не подходит к раме Merida Big Nine 2021: отверстие под ось 12 мм, а у рамы 10 мм. Пришлось колхозить костыль из шайб. Фото приложил.`,
    'photo',
    ['missing_when', 'missing_resolution'],
    'none',
  ),
  // «могу прислать видео» names evidence without a file; ABS is an abbreviation, not shouting
  c(
    'r43e-27',
    'ru',
    `Датчик ABS переднего левого колеса на Hyundai Solaris 2015: после установки 2 октября загорелась лампа ABS, ошибка C1203 (обрыв цепи датчика). Старый поставил обратно — лампа погасла. Могу прислать видео с диагностическим сканером. Прошу вернуть полную стоимость.`,
    'none',
    [],
    'full_refund',
  ),
  // "you knew it was used when you shipped it" is an accusation
  c(
    'r43e-28',
    'en',
    `Got the rear hub for a Specialized Rockhopper (142x12 thru-axle). The bearings were already gritty and notchy when I spun it by hand out of the box on 19 Oct, video attached. You knew it was used when you shipped it. Exchange for a new one.`,
    'video',
    ['accusation'],
    'exchange',
  ),
  // «с дуба рухнули» questions the reader's sanity: insult; post-office report and photo named
  c(
    'r43e-29',
    'ru',
    `Вы с дуба рухнули — отправлять лобовое стекло в пупырке без уголков? Приехало с трещиной от края на 20 см, обнаружил при вскрытии на почте 7 ноября, есть акт почты и фото. Прошу вернуть оплату.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // small partial refund in $ for two faulty valve cores
  c(
    'r43e-30',
    'en',
    `Bought a set of 4 valve stem caps and 4 tyre valve cores for my Jeep Wrangler 2018. The caps are fine but two of the cores leak — found with soapy water on 9 November, the day after fitting; photos in the form. Please refund $3.50 for the two bad cores.`,
    'photo',
    [],
    'partial_refund',
    3.5,
  ),
  // mechanics' hand paste (cosmetics); «не соответствует описанию» is vague
  c(
    'r43e-31',
    'ru',
    `Паста для очистки рук от мазута не соответствует описанию. Получила 3 декабря, вскрыла дома. Снимки во вложении. Прошу возврат средств.`,
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // "for fuck's sake" as a cry: profanity and emotional; "No photo" names no evidence
  c(
    'r43e-32',
    'en',
    `For fuck's sake, third time. Ordered the upper radiator hose for a 2011 Mazda 3 2.0. You sent a lower one again — different bend and a 32 mm end instead of 28 mm. Opened it tonight. No photo, I'm done taking photos. Just refund me.`,
    'none',
    ['profanity', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // «шарик» innocent; a bearing that hums after 150 km, video of the teardown
  c(
    'r43e-33',
    'ru',
    `В ступичном подшипнике на Ниву 2121 после 150 км появился гул, при разборке 20.01 увидел, что один шарик сколот, а сепаратор погнут. Видео разборки прикрепил. Прошу замену подшипника.`,
    'video',
    [],
    'exchange',
  ),
  // «расстроена» is affect; "Фото прилагаю" with no file
  c(
    'r43e-34',
    'ru',
    `Очень расстроена. Брала мужу на день рождения оплётку на руль, а пришла диаметром 36 см вместо 38, на руль не налезает. Обнаружили, когда попробовали надеть 5 февраля. Фото прилагаю. Хочу обмен на 38.`,
    'none',
    ['emotional', 'evidence_not_attached'],
    'exchange',
  ),
  // an aimed wish of harm on the packer: threat
  c(
    'r43e-35',
    'en',
    `Fitted your brake pads on 2 March, they glazed within 100 km and the bike barely stops. Photos attached. Hope whoever packed these gets to test them downhill one day with nothing else to stop them. Full refund.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «это развод» is an accusation even with checkable facts; no evidence
  c(
    'r43e-36',
    'ru',
    `Это развод, а не свечи. По описанию NGK, а на изоляторе нет маркировки, и резьба идёт туго уже с первых витков в головку Приоры. Ставил 11 марта. Требую вернуть деньги.`,
    'none',
    ['accusation', 'missing_evidence'],
    'full_refund',
  ),
  // "grease nipple" innocent; send a complete part: exchange
  c(
    'r43e-37',
    'en',
    `The grease nipple on the universal joint is missing — there's an empty threaded hole where it should be. Noticed when I went to grease it before fitting on 14 March. Photo attached. Please send a complete U-joint.`,
    'photo',
    [],
    'exchange',
  ),
  // masked vulgar word about the item with "!": profanity and emotional; «охренеть» alone is not rude
  c(
    'r43e-38',
    'ru',
    `Охренеть! Педали пришли, левая ось раскрутилась на первой же покатушке 30 марта, шатун теперь под замену. Эти педали — г*вно полное! Фото шатуна и оси в приложении. Верните полную стоимость педалей.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // a toy (kids' balance bike); partial with a sum in USD, no time, no evidence
  c(
    'r43e-39',
    'en',
    `Kids' balance bike: the rear rim is cracked next to the valve hole. I'd accept a partial refund of 8 USD and keep it.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'partial_refund',
    8,
  ),
  // fitment by VIN; a VIN is not evidence, the photo in the form is; return after receipt
  c(
    'r43e-40',
    'ru',
    `Рычаг передней подвески подбирал по VIN (XW8ZZZ61ZEG012345, Skoda Rapid 2014), в карточке товара он указан как совместимый. При примерке 3 апреля оказалось, что посадка под сайлентблок 50 мм, а на машине 45 мм. Фото сравнения со старым рычагом прилагаю. Готов вернуть товар, прошу возврат средств после получения.`,
    'photo',
    [],
    'return',
  ),
  // "ball joint" innocent; a garage's measurement and inspection sheet, calm and complete
  c(
    'r43e-41',
    'en',
    `Lower ball joint (listed for 2012–2016 Subaru Impreza) failed my inspection on 2 May: the garage measured 2.5 mm of axial play on a part with 3,000 km on it. Their inspection sheet and a picture of the joint are uploaded. I'm requesting a full refund.`,
    'photo',
    [],
    'full_refund',
  ),
  // a hint («не знаю, что теперь делать») is no request
  c(
    'r43e-42',
    'ru',
    `Камера 26×1,95 пришла с ниппелем Presta, а в описании Schrader (автониппель). В обод не встаёт, обнаружил при монтаже 6 мая. Снимок ниппеля в форме. Не знаю, что теперь делать.`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // a relative at customs holding the next shipments: threat; a conditional request is the request
  c(
    'r43e-43',
    'ru',
    `Прямоток для Honda CBR600 заявлен с дб-киллером, а его в комплекте нет — увидел при распаковке 8 мая, фото есть в форме. У меня брат работает на таможне во Владивостоке. Если не вернёте деньги, ваши следующие партии будут стоять там месяцами. Подумайте.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // masked mat as an adjective before the item: profanity and emotional (intensifier)
  c(
    'r43e-44',
    'en',
    `This f*cking bottom bracket creaks and has side-to-side play after 60 km, first ride was 10 May. Pics of the play with a dial gauge are in the form. Refund.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // installation labour mentioned; partial refund with a sum for one lead out of a set
  c(
    'r43e-45',
    'ru',
    `Комплект проводов зажигания на ВАЗ 2114: провод 4-го цилиндра короче на 5 см, до катушки не дотягивается, выяснил при установке 15 мая. Видео примерки прикладываю. Мастер поставил провод от старого комплекта, за работу взял 500 ₽. Комплект оставляю, прошу вернуть 450 ₽ за один неподходящий провод.`,
    'video',
    [],
    'partial_refund',
    450,
  ),
  // a crying emoji is emotive; no time
  c(
    'r43e-46',
    'en',
    `Ordered a 1.5 m motorbike lock chain, got 1 m 😭 pic is in the form. Please send the right length.`,
    'photo',
    ['emotional', 'missing_when'],
    'exchange',
  ),
  // «пыльник» innocent; «все продавцы на этой площадке такие» is a blanket accusation
  c(
    'r43e-47',
    'ru',
    `Пыльник ШРУСа порвался по складке через месяц, хомуты в комплекте из мягкого алюминия, один лопнул при затяжке. Все продавцы на этой площадке такие, лишь бы впарить дешёвку. Снимки порванного пыльника добавил к спору. Деньги верните.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // «олени со склада» aimed at staff: insult
  c(
    'r43e-48',
    'ru',
    `Олени со склада опять перепутали: заказывал трос сцепления на Hunter 350, прислали трос газа. Разница видна сразу — другой наконечник. Открыл 20 мая, видео прикрепил к обращению. Жду правильный трос.`,
    'video',
    ['insult'],
    'exchange',
  ),
  // "returned to sender" is non-receipt; the word "tracking" is evidence with no file
  c(
    'r43e-49',
    'en',
    `My order for a Triumph Bonneville side stand spring was shipped on 2 April. Tracking shows it was returned to sender on 18 May, and I never got a delivery notice. I'd like a full refund.`,
    'none',
    [],
    'full_refund',
  ),
  // clothes (motorbike gloves); «фото во вложении» with no file; partial refund with no sum
  c(
    'r43e-50',
    'ru',
    `Заказывал мотоперчатки размера XL, пришли с биркой L, на руку не налезают — мерил в день получения, 22 мая. Бирку сфотографировал, фото во вложении. Прошу частичный возврат, перчатки отдам сыну.`,
    'none',
    ['evidence_not_attached', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "you muppets" at the staff: insult
  c(
    'r43e-51',
    'en',
    `You muppets sent a 700x25c tyre instead of the 700x32c I ordered for my gravel bike. Spotted it when I unboxed it on 24 May, a shot of the sidewall is uploaded. Exchange please.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // frame size measured with a tape; full refund
  c(
    'r43e-52',
    'ru',
    `Рама заявлена как размер M (17"), а на бирке и по замеру подседельной трубы — 19", это размер L. Замерила рулеткой 25 мая, фото замера добавила. Рама мне велика, прошу вернуть полную стоимость.`,
    'photo',
    [],
    'full_refund',
  ),
  // sending away with mat: profanity only; the refused offer's sum is not the amount
  c(
    'r43e-53',
    'ru',
    `Ваши 150 рублей за треснувший корпус зеркала — идите нах с ними. Зеркало лопнуло по креплению на первой же кочке 27 мая, фото трещины прикрепил. Зеркало оставлю, сам заклею, но прошу 900 руб.`,
    'photo',
    ['profanity'],
    'partial_refund',
    900,
  ),
  // "piece of junk" and "no luck" name no problem
  c(
    'r43e-54',
    'en',
    `Piece of junk. Got the roof rack crossbars on 28 May, tried to fit them the same evening, no luck. I've uploaded two pictures. Refund please.`,
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // a capitalised sentence is shouting; no evidence
  c(
    'r43e-55',
    'ru',
    `ПРИШЁЛ НЕ ТОТ ЦВЕТ. Заказывала чехлы на сиденья бежевые, пришли серые, открыла сегодня утром. Замените.`,
    'none',
    ['emotional', 'missing_evidence'],
    'exchange',
  ),
  // «палец» (piston pin) innocent; send the right pin: exchange
  c(
    'r43e-56',
    'ru',
    `Поршневой комплект 52,4 мм для Honda Dio: палец в комплекте на 10 мм, а бобышки поршня под 12 мм — палец болтается. Обнаружил при сборке 29 мая, снял на видео. Прошу прислать правильный палец на 12 мм.`,
    'video',
    [],
    'exchange',
  ),
  // electronics (OBD2 scanner); "ridiculous" is affect; "classic scam" an accusation; no evidence
  c(
    'r43e-57',
    'en',
    `This is ridiculous. The OBD2 scanner says it supports CAN for my 2010 Audi A4 but it won't connect to the car at all, tried on 30 May and again the next day. Classic scam. Refund.`,
    'none',
    ['emotional', 'accusation', 'missing_evidence'],
    'full_refund',
  ),
  // «ушатанный» innocent; a proverb used as menace is a threat
  c(
    'r43e-58',
    'ru',
    `Прислали ушатанный карбюратор с чужими следами герметика, жиклёр холостого хода забит, заметил при чистке 1 июня. Фото жиклёра на просвет прикладываю. Верните стоимость. И помните: мир тесен, а я злопамятный.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // a missing part; €6,50 is 6.5
  c(
    'r43e-59',
    'en',
    `The motorcycle phone mount arrived on 2 June without the vibration damper listed on the box — only the clamp and the cradle were inside. A photo of the box contents is included. Please refund €6,50 for the missing damper, I'll keep the rest.`,
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // "doesn't fit my car" with nothing named; offers to send back: return
  c(
    'r43e-60',
    'ru',
    `Брызговики не подошли на мою машину, хочу отправить их обратно и получить деньги.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'return',
  ),
  // «Ебург» is a place name, innocent; a voltage regulator measured against the old one
  c(
    'r43e-61',
    'ru',
    `Регулятор напряжения генератора для ГАЗели Бизнес: после установки в сервисе в Ебурге 3 июня напряжение в сети 15,8 В на холостых, аккумулятор закипел. Со старым регулятором — 14,2 В. Показания мультиметра в обоих случаях сфотографировал, снимки в форме. Прошу вернуть полную стоимость.`,
    'photo',
    [],
    'full_refund',
  ),
  // sarcastic praise of the staff ("quality control geniuses"): insult
  c(
    'r43e-62',
    'en',
    `Congratulations to your quality control geniuses: the stainless exhaust clamp for my Ducati Monster 821 went rust-brown after the first wet ride on 4 June. I've put two photos in the form. Send one that is actually stainless.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // electronics (bike computer); checked on two bikes; return
  c(
    'r43e-63',
    'ru',
    `Велокомпьютер с датчиком скорости: датчик на вилке не определяется, при езде на экране скорость 0. Проверял 5 июня на двух велосипедах, батарейку менял. Записал видео, оно в форме. Готов отправить обратно, после получения верните деньги.`,
    'video',
    [],
    'return',
  ),
  // "WTF" as a cry: profanity and emotional; no evidence
  c(
    'r43e-64',
    'en',
    `WTF is this. Ordered a 2-into-1 exhaust for a 2015 Harley Sportster; the header flange bolt spacing is 57 mm, the head is 63 mm. Tried fitting it Saturday. Want a full refund.`,
    'none',
    ['profanity', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // non-receipt; a tracking number in the text; a quoted status accuses no one
  c(
    'r43e-65',
    'ru',
    `Глушитель для скутера заказан 10 апреля, трек-номер UA987654321CN, с 2 мая статус "передан в доставку" и больше ничего. Больше месяца нет движения. Прошу вернуть деньги.`,
    'none',
    [],
    'full_refund',
  ),
  // mat disguised with digits, a sentence of its own: profanity and emotional; «шарики» innocent
  c(
    'r43e-66',
    'ru',
    `3,14здец. Подшипник рулевой колонки на Stels Navigator рассыпался через неделю, шарики по всей раме. Фотки в форме. Гоните деньги назад.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // "drain cock" innocent, twice; calm and complete
  c(
    'r43e-67',
    'en',
    `The drain cock on the radiator (for a 1998 Land Rover Defender 300Tdi) won't seal — coolant weeps past the thread with the cock fully closed. Found it when I refilled the system on 6 June, a video of the leak is in the form. Please send a replacement drain cock.`,
    'video',
    [],
    'exchange',
  ),
  // a threat inside a formal letter: the owner's data found, colleagues ready to visit
  c(
    'r43e-68',
    'ru',
    `Уважаемый продавец. Кардан для Нивы Шевроле пришёл с погнутой трубой, биение видно при вращении, обнаружено при установке 7 июня. Видеозапись прилагается. Прошу возврат денег. Также сообщаю, что данные владельца магазина мною уже найдены, и мои коллеги готовы заехать к нему для беседы.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // "Gutted" is an affect word; otherwise complete
  c(
    'r43e-69',
    'en',
    `Gutted. The carbon seatpost (27.2 mm, 350 mm) has a crack right at the clamp line, noticed it cleaning the bike after the ride on 8 June. Photo's in the form. Replacement please.`,
    'photo',
    ['emotional'],
    'exchange',
  ),
  // tools; a sum in words («триста рублей»)
  c(
    'r43e-70',
    'ru',
    `Набор головок для мотоцикла: в кейсе не хватает головок на 10 и 12 мм, гнёзда пустые — увидел при распаковке 9 июня. Приложил снимок открытого кейса. Прошу вернуть триста рублей за две недостающие головки.`,
    'photo',
    [],
    'partial_refund',
    300,
  ),
  // «для тупеньких» is condescension (insult); "!!" emotional
  c(
    'r43e-71',
    'ru',
    `Объясняю для тупеньких ещё раз!! Ремень ГРМ на Лачетти 1.6 — 127 зубьев, вы прислали на 111. Пересчитал зубья при установке 10 июня, фото есть в обращении. Пришлите правильный ремень.`,
    'photo',
    ['insult', 'emotional'],
    'exchange',
  ),
  // a percentage followed by the sum it works out to: partial with that sum
  c(
    'r43e-72',
    'en',
    `Two of the four wheel spacers (20 mm, 5x114.3) have studs that aren't pressed in straight — the wheel won't sit flush. Found it when test-fitting on 11 June; there's a photo with a straight edge in the form. I'll use the good pair. Please refund 50%, which is $22.`,
    'photo',
    [],
    'partial_refund',
    22,
  ),
  // "a bodge" and "rubbish" about the part: innocent but vague; nothing else
  c(
    'r43e-73',
    'en',
    `Licence plate bracket for my bike is a total bodge, rubbish. Want my money back.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // masked mat next to a fraud label: profanity and accusation, not a cry
  c(
    'r43e-74',
    'ru',
    `Кидалы еб@ные, рулевой демпфер на Kawasaki Z900 течёт из-под штока с первого дня, поставил 12 июня. Фотка штока в масле есть в форме. Возвращайте деньги.`,
    'photo',
    ['profanity', 'accusation'],
    'full_refund',
  ),
  // calm; clamp spacing measured; send it back for a refund: return
  c(
    'r43e-75',
    'en',
    `Handlebar riser for a 2021 Royal Enfield Meteor: the clamp spacing is 80 mm but the bike's top clamp holes are 70 mm apart, confirmed with calipers on 13 June (photo of the measurement uploaded). I'd like to send it back for a refund.`,
    'photo',
    [],
    'return',
  ),
  // «пальцы», «пыльники» innocent; a receipt date counts; no evidence, no request
  c(
    'r43e-76',
    'ru',
    `Ремкомплект суппорта пришёл 14 июня, в пакете нет направляющих пальцев, только пыльники и смазка.`,
    'none',
    ['missing_evidence', 'missing_resolution'],
    'none',
  ),
  // «не доводите до греха» is a veiled threat
  c(
    'r43e-77',
    'ru',
    `Сайлентблоки заднего рычага на Mitsubishi Lancer X разорвало через 800 км, увидел на подъёмнике 15 июня. Снимки в форме. Прошу обмен. Не доводите до греха, продавец, по-хорошему прошу.`,
    'photo',
    ['threat'],
    'exchange',
  ),
  // «Penistone» is a place name, innocent; battery voltage readings
  c(
    'r43e-78',
    'en',
    `Shipped to Penistone, arrived 16 June: the motorcycle battery (YTX9-BS) reads 10.9 V out of the box and won't take a charge — still 11.2 V after 12 hours on my optimiser. Meter readings are photographed and uploaded. A full refund, please.`,
    'photo',
    [],
    'full_refund',
  ),
  // the seller's mat quoted as evidence: profanity only
  c(
    'r43e-79',
    'ru',
    `Написал продавцу, что подкрылок на Polo седан 2018 не совпадает с креплениями: отверстия смещены на 2 см, проверял при установке 17 июня. Продавец ответил: "нах*й иди, всё подходит". Скриншот переписки и фото подкрылка в форме. Прошу полный возврат.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // road safety mentioned calmly; send a new one: exchange
  c(
    'r43e-80',
    'ru',
    `Поворотник на Урал с коляской пришёл с разбитым рассеивателем, осколки по всей коробке — это видно было сразу при распаковке 18 июня, я сфотографировала, снимок в форме. Без поворотника на дорогу не выеду, пришлите, пожалуйста, новый.`,
    'photo',
    [],
    'exchange',
  ),
];
