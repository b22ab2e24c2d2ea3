import { labelled as c, type CorpusCase } from './types';

/**
 * Round forty-two, hold-out set c: gifts and events that went wrong (weddings, birthdays, anniversaries, school plays,
 * New Year, funerals), the item late, wrong or broken and the event missed, told calmly, in grief, in anger or with
 * curses. Written by a hand that has not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md
 * and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - A parcel delivered after the listing's delivery term, with the promised and the actual dates, names a checkable
 *   problem (a mismatch with the listing, like non-receipt) and the dates are its time.
 * - The date of the buyer's event is not the problem's time (round thirty-two); a first wear or first use on that
 *   day, or the day the parcel was opened, is a discovery moment and counts.
 * - Ordinals for ages and anniversaries ("my wife's 30th", "25th wedding anniversary") are not days of the month.
 * - A file in the form is evidence by itself (the brief), so «фото есть» with a photo attached is not missing evidence.
 * - Product and listing names with killing or bomb words ("killer dress", a "Da Bomb" topper, «Убийца овощей»,
 *   «убойный костюм»), a dead battery, a deceased relative, a funeral wreath and «могла убиться» said of the
 *   buyer's grandmother are innocent: neither threats nor feelings.
 * - Listing text in quote marks («до 11 марта», "925 sterling") is a citation, not scare quotes.
 * - "F*cking hell." and «П!зд@ц,» opening a text, and "blyat" closing a translit sentence, are interjections:
 *   profanity and emotional.
 * - «Вернуть полную стоимость» is a full refund; "some money back" is a partial refund without an amount.
 * - "Devastated" and «ревела» / «плакала» are affect words like «слёзы»; «стыдно» about a gift is mild embarrassment.
 */
export const ROUND42_HOLDOUT_C: CorpusCase[] = [
  // calm, complete: wedding dress torn at unpacking, full price back
  c(
    'r42c-01',
    'ru',
    `Здравствуйте. Заказывала свадебное платье, размер 44, цвет айвори. Получила на почте 3 июня, при распаковке увидела, что кружево по подолу порвано в двух местах (дырки примерно по 10 см), а на корсете не хватает трёх пуговиц из двадцати. Свадьба 14 июня, перешить уже не успеют. Фото подола и корсета приложила. Прошу вернуть полную стоимость.`,
    'photo',
    [],
    'full_refund',
  ),
  // trap: deceased grandfather and a funeral wreath; late delivery against the listed term, partial with a sum
  c(
    'r42c-02',
    'ru',
    `Здравствуйте. 9 марта умер мой дедушка, похороны были 12-го. Заказала похоронный венок с лентой, в карточке срок доставки «до 11 марта». По отслеживанию посылка пришла в пункт выдачи только 15 марта, когда всё уже прошло. Венок целый, но он мне больше не нужен. Скриншот отслеживания прикладываю. Прошу частичный возврат 1500 руб. за сорванный срок.`,
    'photo',
    [],
    'partial_refund',
    1500,
  ),
  // trap: "the battery died"; offer to send the drone back
  c(
    'r42c-03',
    'en',
    `Bought the X-Fly drone as my son's 10th birthday present. On 22 April, the first time we charged it fully, the battery died after about two minutes of flight, every single time (the listing says 18 minutes). The video shows the timer from takeoff until the drone drops. I'd like to return it for a full refund; tell me where to send it.`,
    'video',
    [],
    'return',
  ),
  // mat as an interjection: profanity and emotional; receipt date next to the wrong size is the time
  c(
    'r42c-04',
    'ru',
    `Костюм волка для школьного спектакля пришёл размера 110 вместо заказанного 140, сын в него даже руки не просунул. Посылку получили 18 декабря, спектакль был 20-го, купить другой не успели. Блять, ну как так можно, я же дважды проверила размер перед заказом. Сфотографировала бирку, снимок в заявке. Верните деньги.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // "upset" plus a fraud label: emotional and accusation, no rudeness
  c(
    'r42c-05',
    'en',
    `Ordered the engraved heart necklace for our 10th anniversary with "Anna & Mark" on it. It arrived on 2 October engraved "Anne & Mark", and I only noticed when my wife read it out loud at dinner. I'm so upset. You people are scammers who never check anything. Photo of the engraving is attached. Please send a correct one with the right name.`,
    'photo',
    ['emotional', 'accusation'],
    'exchange',
  ),
  // concrete symptom, but no time and no evidence; the holiday is not the problem's time
  c(
    'r42c-06',
    'ru',
    `Гирлянда «Бахрома» 5 метров, 200 лампочек, брали на Новый год. Горит только первая половина, дальше ни одна лампочка не светится, провод целый. Пришлите, пожалуйста, замену, праздник без гирлянды какой-то не праздник.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'exchange',
  ),
  // trap: «убойный костюм», «гости упадут» from the listing; partial with a sum
  c(
    'r42c-07',
    'ru',
    `Брала костюм пирата на корпоратив 27 декабря — в описании «убойный костюм, все гости упадут». Гости бы упали, да: при примерке 24 декабря у камзола отвалился правый рукав, шов разошёлся по всей длине, а шляпа пришла без пера, хотя перо есть на всех фото в карточке. Снимки рукава и шляпы — в приложении. Рукав муж пришил, так что прошу вернуть 700 ₽ за ремонт и перо.`,
    'photo',
    [],
    'partial_refund',
    700,
  ),
  // trap: "killer little black dress"; first wear is the discovery moment
  c(
    'r42c-08',
    'en',
    `The listing called it a "killer little black dress" and honestly it looked the part, until the zip split open from the bottom up about an hour into my sister's engagement party on 6 May, the first time it was worn. Four teeth are missing near the base of the zip. Photos of the zip are attached. I'd like a full refund please.`,
    'photo',
    [],
    'full_refund',
  ),
  // veiled threat: a brother who will "visit the warehouse to talk"; tracking number is evidence
  c(
    'r42c-09',
    'ru',
    `Заказ на свадебную арку из искусственных цветов (белые пионы, 2 м). Оплатила 10 мая, срок доставки стоял до 1 июня, трек RU483920175CN с 28 мая висит на сортировке в Москве. Свадьба прошла с голой аркой. Деньги верните полностью. И да, у меня в Гуанчжоу работает брат, адрес вашего склада я нашла, так что он к вам лично заедет поговорить, если до пятницы денег не будет.`,
    'none',
    ['threat'],
    'full_refund',
  ),
  // vague defect and only a hint instead of a request; grief without an affect word
  c(
    'r42c-10',
    'ru',
    `Купила маме массажёр для шеи на 60-летие. При первом же включении 2 февраля он оказался с браком, пользоваться им нельзя. Фото прикладываю. Мама очень ждала этот подарок. Не знаю, что теперь делать.`,
    'photo',
    ['missing_what', 'missing_resolution'],
    'none',
  ),
  // trap: "Da Bomb" cake topper with a lit fuse; partial in USD
  c(
    'r42c-11',
    'en',
    `The "Da Bomb 30th" cake topper (the cartoon bomb with the lit fuse) came snapped in two at the fuse, I found it that way when I opened the envelope on 19 August, it was posted in a plain envelope with no padding. Photo attached showing both pieces. I glued it and we used it, so I'm only asking for a partial refund of 6 USD.`,
    'photo',
    [],
    'partial_refund',
    6,
  ),
  // «олени на складе» at the staff: insult
  c(
    'r42c-12',
    'ru',
    `Заказывал жене часы на годовщину свадьбы, цвет корпуса серебро, ремешок белый. 7 ноября вскрыл коробку при ней — золотой корпус и чёрный ремешок. Олени на складе вообще смотрят, что кладут? Фото часов и скрин заказа прикреплены. Прошу обменять на серебряные.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // wishing the seller's children the same birthday: threat; "cried the whole evening": emotional
  c(
    'r42c-13',
    'en',
    `My daughter turned seven on 20 March and the unicorn scooter I ordered on 1 March never came. Tracking LB118406532CN hasn't moved since 9 March. She cried the whole evening. I hope your own kids wake up on their birthday to nothing and cry like she did. Refund me in full.`,
    'none',
    ['threat', 'emotional'],
    'full_refund',
  ),
  // says the photo is attached, the form has none
  c(
    'r42c-14',
    'ru',
    `Набор ёлочных шаров, 12 штук, стеклянные. Открыли 28 декабря — четыре шара разбиты вдребезги, ещё у одного отломано ушко. Фото прилагаю. Прошу вернуть 400 ₽ за пять испорченных.`,
    'none',
    ['evidence_not_attached'],
    'partial_refund',
    400,
  ),
  // partial compensation with no sum; ЗАГС is an abbreviation, not shouting
  c(
    'r42c-15',
    'ru',
    `Свадебные туфли, 38 размер. Надела в первый раз на регистрацию 12 августа, и примерно через два часа у левой туфли отклеился каблук, прямо на крыльце ЗАГСа. Фото каблука и подошвы во вложении. Носить их больше не буду, но возвращать неудобно — прошу частичную компенсацию.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // masked mat as a sentence of its own: profanity and emotional
  c(
    'r42c-16',
    'en',
    `F*cking hell. The elf costume for my son's school nativity play (size 7-8) arrived on 11 December and the seams down both sides of the tunic came apart the first time he put it on, the felt is just stapled, not sewn. Photo of the split seam attached. I want my money back.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // «вы специально»: accusation even with facts; a named sum for the difference
  c(
    'r42c-17',
    'ru',
    `Заказывал духи жене на годовщину, в карточке флакон 50 мл. Получил 5 августа, на коробке и на дне флакона написано 30 мл, на фотографии это видно. Вы специально шлёте меньший объём, думаете, никто не проверит. Верните разницу — 1200 ₽.`,
    'photo',
    ['accusation'],
    'partial_refund',
    1200,
  ),
  // missing items, no time, no evidence; a timid question with a sum is the request
  c(
    'r42c-18',
    'en',
    `Hi, I ordered the rose gold balloon arch kit for my daughter's eighteenth birthday party. The box had only 30 balloons instead of the 50 listed, and the hand pump and the glue dots were not in it at all. Could I get $5 back for the missing bits?`,
    'none',
    ['missing_when', 'missing_evidence'],
    'partial_refund',
    5,
  ),
  // sarcastic praise of the staff ("браво, гении логистики"): insult; late past the term, track number
  c(
    'r42c-19',
    'ru',
    `Костюм Деда Мороза для утренника в садике. Заказ оформлен 1 декабря, срок доставки — до 20 декабря, получила 3 января, трек 0012874413097. Утренник был 26-го, Дедом Морозом в итоге был папа в халате. Браво, гении логистики, ещё один шедевр. Верните деньги полностью.`,
    'none',
    ['insult'],
    'full_refund',
  ),
  // trap: a mother who passed away; calm and complete, replacement asked
  c(
    'r42c-20',
    'en',
    `My mother passed away on 2 November and I ordered a memorial lantern with her photo insert for the service on the 9th. It was delivered on 7 November; when I unwrapped it the same evening the front glass panel had a crack running corner to corner, and the photo slot is bent so the insert will not stay in. Photos of both are attached. Please send a replacement lantern. Thank you.`,
    'photo',
    [],
    'exchange',
  ),
  // missing and chipped pieces of a tea set filmed at unboxing; "send what is missing" is an exchange
  c(
    'r42c-21',
    'ru',
    `Добрый день. Чайный сервиз «Рубиновая свадьба» на 6 персон (в описании 14 предметов) покупали родителям на 40 лет совместной жизни. Коробку вскрывали на камеру 15 сентября: внутри 12 предметов — нет одного блюдца и сахарницы, а у одной чашки скол на ободке. Видео распаковки приложено. Пожалуйста, дошлите недостающие блюдце и сахарницу и замените чашку.`,
    'video',
    [],
    'exchange',
  ),
  // two words in capitals plus "devastated" and "WORST": emotional only
  c(
    'r42c-22',
    'en',
    `I am absolutely devastated. The cathedral veil I ordered on 2 May (estimated delivery 25 May, tracking screenshot attached) arrived on 2 June, the day AFTER my wedding. I walked down the aisle without a veil. WORST purchase I have ever made. Give me my money back, all of it.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // «не доводите до греха»: ominous menace, a threat; offer to send the guitar back
  c(
    'r42c-23',
    'ru',
    `Электрогитара сыну на 15-летие. Получили 4 апреля, открыли дома: гриф треснул у головки, трещина видна на фото, которое я прикрепил, струны при натяжке уводит в сторону. Я готов отправить гитару обратно за ваш счёт и получить деньги. Отвечайте быстро и не доводите до греха.`,
    'photo',
    ['threat'],
    'return',
  ),
  // "a pack of clowns" aimed at the warehouse: insult; H7/H4 are part codes
  c(
    'r42c-24',
    'en',
    `Bought a pair of H7 LED headlight bulbs as a birthday present for my husband. Opened the box on 14 June: they are H4, which do not fit his car at all, and the box itself says H4. Does anyone at your warehouse read the order? What a pack of clowns. Photo of the box and order page attached. Please send the H7 ones.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // «не соответствует описанию» is vague; «стыдно» is mild embarrassment, no feeling
  c(
    'r42c-25',
    'ru',
    `Набор косметики для учительницы ко Дню учителя. Получила 2 октября, в тот же день открыла — набор совсем не соответствует описанию, дарить такое стыдно. Фотографии набора загрузила. Верните деньги, пожалуйста.`,
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // trap: «бабушка могла убиться»; keeping the chair for a named sum
  c(
    'r42c-26',
    'ru',
    `Садовое кресло-качалку дарили бабушке на 80-летие. Собрали 21 июня, и в первый же день левая задняя опора согнулась, кресло накренилось — бабушка могла так и убиться, хорошо, что внук держал. Металл опоры на изгибе тоньше, чем на остальных, это видно на видео. Кресло оставим, опору муж выправил, прошу вернуть 2000 ₽.`,
    'video',
    [],
    'partial_refund',
    2000,
  ),
  // wattage against the listing, the brother offers to send it back
  c(
    'r42c-27',
    'en',
    `We bought the 1000 W stand mixer as a wedding gift for my brother. When he unboxed it on 30 September the rating plate underneath said 600 W, and the motor stalls on bread dough within a minute. Photo of the rating plate attached. He's happy to send it back; please give a return address and refund him in full once it arrives.`,
    'photo',
    [],
    'return',
  ),
  // masked mat as a noun for the item, no cry: profanity only
  c(
    'r42c-28',
    'ru',
    `Заказывали платье принцессы для дочки на новогодний утренник: атлас, пышная юбка, рост 122. Распаковали 25 декабря — пришла какая-то х*рня из колючей сетки на рост 104, юбка висит. Прилагаю два фото: бирка и платье на дочке. Прошу обмен на платье из карточки, 122.`,
    'photo',
    ['profanity'],
    'exchange',
  ),
  // "the 13th" is a day of the month; no evidence, only "what am I supposed to do"
  c(
    'r42c-29',
    'en',
    `The glass dome with the preserved rose was for our anniversary dinner on 14 February. The dome has a crack from the base halfway up and the rose inside has come off its stem, that's how it came out of the box on the 13th. What am I supposed to do now?`,
    'none',
    ['missing_evidence', 'missing_resolution'],
    'none',
  ),
  // reply box: «ок» alone
  c('r42c-30', 'ru', `ок`, 'none', ['empty_text'], 'none'),
  // publishing the owner's home address: threat; the missing cufflink asked for
  c(
    'r42c-31',
    'en',
    `Wedding cufflinks, engraved with our initials, ordered for my groom. Opened the box on 9 September: only one cufflink inside, the other slot is empty. Photo attached. Send the missing cufflink before the 20th. I've already found your owner's name and home address in Shenzhen, and if this isn't sorted they go up on every wedding forum I'm on.`,
    'photo',
    ['threat'],
    'exchange',
  ),
  // «в шоке!!!» and «мошенники» beside a checkable typo
  c(
    'r42c-32',
    'ru',
    `Мы с женихом в шоке!!! Заказали 100 приглашений на свадьбу с нашими именами, получили 10 июля — на всех написано «Ксеня и Дмитрий» вместо «Ксения и Дмитрий». Макет я утверждала в переписке, скриншот и фото приглашений прикладываю. Вы мошенники, деньги берёте, а проверять никто не собирается. Верните всю сумму.`,
    'photo',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // calm and complete: car mats for the wrong model
  c(
    'r42c-33',
    'ru',
    `Коврики в салон подарили отцу на день рождения, в заказе указано: Lada Vesta 2019. При примерке 3 ноября оказалось, что они под Granta — передний левый на 6 см короче, вырезы под крепления не совпадают. Сделал фото коврика на полу машины и страницы заказа, они в заявке. Прошу заменить на комплект для Vesta.`,
    'photo',
    [],
    'exchange',
  ),
  // no time; a declined return, then a partial refund with no sum; EU is an abbreviation
  c(
    'r42c-34',
    'en',
    `Our 2.4 m inflatable snowman for the front garden: the fan does not spin at all, so it just lies flat on the lawn, and the plug is the two-pin EU kind with no adapter. Photo of it lying on the grass is attached. Rather than returning something this bulky, I'd accept a partial refund.`,
    'photo',
    ['missing_when', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // grief with «плакала» (emotional) and «будьте вы прокляты» (a curse, threat); post-office report
  c(
    'r42c-35',
    'ru',
    `Заказывала керамический портрет мамы на памятник, к сороковинам. При вскрытии посылки на почте 4 апреля портрет был расколот на три части, упаковка — один пакет, без пенопласта. Акт вскрытия с почты и фото осколков прикладываю. Я сидела на почте и плакала. Требую вернуть всю сумму. Будьте вы прокляты со своей упаковкой.`,
    'photo',
    ['threat', 'emotional'],
    'full_refund',
  ),
  // trap: "Dead on arrival" about the sign; the cut cable is the concrete defect
  c(
    'r42c-36',
    'en',
    `Happy Birthday neon sign for my wife's 40th. Dead on arrival. Unboxed on 5 May: the USB power cable is cut through about 3 cm from the plug, bare wire showing, so the sign doesn't light. Video attached shows the cut and me plugging it in. Refund please.`,
    'video',
    [],
    'full_refund',
  ),
  // missing wagons, a sum in рублей, but no time
  c(
    'r42c-37',
    'ru',
    `Железная дорога внуку на день рождения: по описанию локомотив и 8 вагонов, в коробке только 6 вагонов, двух цистерн нет. Фото содержимого коробки и списка комплектации в приложении. Верните, пожалуйста, 600 рублей за недостающие вагоны.`,
    'photo',
    ['missing_when'],
    'partial_refund',
    600,
  ),
  // "For fuck's sake." as a cry: profanity and emotional
  c(
    'r42c-38',
    'en',
    `For fuck's sake. I ordered the black leather laptop bag as a graduation present and opened it yesterday to find a baby-pink one. Graduation is on Friday. Photo attached with the order page next to the bag. Exchange it for black, and fast.`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // trap: «краски просто мёртвые» about the product
  c(
    'r42c-39',
    'ru',
    `Набор акварели, 24 цвета, подарок дочке на 9 лет. При вскрытии 7 сентября все кюветы оказались пересохшими и потрескавшимися, краска не размокает даже после 10 минут с водой, на кисти ничего не остаётся. Краски просто мёртвые. Видео, где я пробую их размочить, прикладываю. Прошу вернуть деньги.`,
    'video',
    [],
    'full_refund',
  ),
  // "so disappointed": emotional; no evidence; wedding date is not the problem's time
  c(
    'r42c-40',
    'en',
    `Four bridesmaid dresses arrived on 12 August; three are sage green as ordered, the fourth is mint, with a different fabric sheen too. The wedding's in three weeks and I'm so disappointed. Could you send a sage one in size 12 to replace it?`,
    'none',
    ['emotional', 'missing_evidence'],
    'exchange',
  ),
  // trap: «батарейка сдохла»; the dark charging light is the symptom
  c(
    'r42c-41',
    'ru',
    `Поющий Дед Мороз на радиоуправлении, подарок племяннику на Новый год. Встроенная батарейка сдохла на второй день: 31 декабря зарядили до зелёного индикатора, 1 января игрушка проехала минуту и встала, а индикатор на зарядке больше не загорается вообще. На видео видно, что кабель подключён, а индикатор тёмный. Прошу полный возврат.`,
    'video',
    [],
    'full_refund',
  ),
  // «объясняю для тупеньких»: condescension, insult; otherwise complete with a sum
  c(
    'r42c-42',
    'ru',
    `Объясняю для тупеньких: пятьдесят — это пять десятков, а не три с половиной. Свадебные свечи-бонбоньерки с именами гостей, заказ на 50 штук, при получении 2 сентября пересчитали — 35. Фото всех свечей на столе приложено. Верните 1050 ₽ за 15 недостающих.`,
    'photo',
    ['insult'],
    'partial_refund',
    1050,
  ),
  // "not silver" with a checkable sign describes the item, accuses no one
  c(
    'r42c-43',
    'en',
    `The "925 sterling" bracelet I gave my wife for our anniversary left green marks on her wrist the first evening she wore it, 8 October, and a fridge magnet sticks to it, which silver doesn't do. Photos of her wrist and of the magnet hanging off the bracelet are attached. I'll send it back; please refund on return.`,
    'photo',
    [],
    'return',
  ),
  // wishing the seller's children no present: threat; «ревела полночи»: emotional
  c(
    'r42c-44',
    'ru',
    `Конструктор-замок заказан 25 ноября как подарок дочери на Новый год, срок доставки прошёл 25 декабря, трек LP00493817265 с 12 декабря без движения. Дочь ревела полночи. Желаю вашим детям так же остаться без подарка под ёлкой. Деньги на карту верните.`,
    'none',
    ['threat', 'emotional'],
    'full_refund',
  ),
  // «бракованный», no time, the mother's feeling told by the buyer; «фото есть» with a file
  c(
    'r42c-45',
    'ru',
    `Подарок маме на юбилей пришёл бракованный. Мама расстроилась, я тоже. Пусть пришлют нормальный вместо этого, фото есть.`,
    'photo',
    ['emotional', 'missing_what', 'missing_when'],
    'exchange',
  ),
  // slang name "bozo" aimed at the tester: insult
  c(
    'r42c-46',
    'en',
    `Gaming headset for my son's 14th birthday. The first time he plugged it in, on the morning of 3 July, the left earcup gave no sound at all on the PC or on his console; the right one works. Whichever bozo tested this before it shipped should find another job. Video of the sound test attached. Full refund please.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // trap: knife set named «Убийца овощей»; partial with a sum
  c(
    'r42c-47',
    'ru',
    `Набор ножей «Убийца овощей», 6 предметов, дарили сестре на свадьбу. Коробку открыли при нас 30 мая: на двух ножах (хлебном и филейном) рыжие пятна ржавчины у рукояти, не оттираются. Ржавчину сняла крупным планом, фото прикреплены. Остальные ножи хорошие, поэтому прошу частичный возврат — 900 ₽.`,
    'photo',
    [],
    'partial_refund',
    900,
  ),
  // "see the attached video" with no file; "some money back" has no sum
  c(
    'r42c-48',
    'en',
    `Angel wings for the school Christmas play: at the first rehearsal on Tuesday the feathers started dropping out in clumps, the left wing is half bald now, see the attached video. My daughter still wore them. I think some money back is fair.`,
    'none',
    ['evidence_not_attached', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // mat aimed at warehouse staff: profanity and insult, no cry
  c(
    'r42c-49',
    'ru',
    `Костюм сыну на выпускной, брюки по заказу на рост 182. При примерке 20 июня брюки оказались сантиметров на восемь короче, на бирке рост 170. Уёбки на складе даже бирку не читают. Смотрите фото: бирка и брюки на сыне. Замените брюки на 182.`,
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // trap: «бомбочки» for the bath; "send whole ones" is an exchange
  c(
    'r42c-50',
    'ru',
    `Набор бомбочек для ванны на 8 Марта, в описании 6 штук. При вскрытии 6 марта в коробке оказалось четыре, и две из них раскрошились в порошок. Фото открытой коробки загрузила. Пожалуйста, дошлите четыре целые бомбочки.`,
    'photo',
    [],
    'exchange',
  ),
  // "it would be a real shame if something happened": veiled threat
  c(
    'r42c-51',
    'en',
    `The fishing reel was my dad's Father's Day present. On his first cast, Sunday 16 June, the handle snapped off at the joint; the metal inside is hollow and thinner than a pencil lead. Photos attached. I want a full refund. I know where your shop is on Huaqiang Road, and it would be a real shame if something happened to that nice glass storefront.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // scare quotes around «случайно»: accusation; ГБ is an abbreviation
  c(
    'r42c-52',
    'ru',
    `Видеорегистратор мужу на 23 февраля. Распаковал 23-го вечером — в коробке нет карты памяти на 64 ГБ, которая по описанию идёт в комплекте. Ну конечно, «случайно» забыли положить, как и всем остальным, судя по отзывам. Комплектацию сфотографировал. Верните 500 ₽ за карту.`,
    'photo',
    ['accusation'],
    'partial_refund',
    500,
  ),
  // transliterated Russian with "blyat" as a cry: ru, profanity and emotional
  c(
    'r42c-53',
    'ru',
    `Zakazala plate podruge na svadbu, razmer M. Pri raspakovke 15 iyulya uvidela dyrku na spine razmerom s monetu i zatyazhki po vsemu podolu, blyat. Foto prilozhila. Vernite dengi polnostyu.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // calm, complete: six of ten lights with no battery, keep four, sum in pounds
  c(
    'r42c-54',
    'en',
    `Ten solar garden lights, a retirement present for my mum. We put them in on 2 May; after a week of full sun six of the ten still don't light at all at night, and with the cover off those six have no battery in the holder. Photo of the empty holders attached. We'll keep the four that work, so please refund £12 for the six.`,
    'photo',
    [],
    'partial_refund',
    12,
  ),
  // measured with a tape: concrete and timed, but no evidence at all
  c(
    'r42c-55',
    'ru',
    `Ёлка искусственная, заявлена высота 180 см. Собрали 27 декабря, померили рулеткой от пола до макушки — 122 см. Ставили её для детского праздника в классе, смотрелась как кустик. Прошу обменять на ёлку 180 см.`,
    'none',
    ['missing_evidence'],
    'exchange',
  ),
  // "you f*cking scammers": profanity, emotional (English, round 27) and accusation; the seller's words quoted
  c(
    'r42c-56',
    'en',
    `Ordered a custom photo album for our 25th wedding anniversary on 3 January. The anniversary was 14 February. Tracking LP00227193845 hasn't moved since 20 January and you keep telling me "wait 5 more days". You f*cking scammers. Refund me.`,
    'none',
    ['profanity', 'emotional', 'accusation'],
    'full_refund',
  ),
  // calm, complete: the drill bit stops above a speed; offer to send the device back
  c(
    'r42c-57',
    'ru',
    `Аппарат для маникюра дарила подруге на день рождения, в описании 35 000 об/мин. Проверили 9 октября при ней: на любой скорости выше 10 000 фреза останавливается, мотор гудит, а насадка не крутится. Видео приложила. Готова отправить аппарат обратно, пришлите адрес для возврата и верните деньги после получения.`,
    'video',
    [],
    'return',
  ),
  // "poor quality" is vague, "Gutted." is affect
  c(
    'r42c-58',
    'en',
    `Christmas jumpers for the whole family, opened on 20 December. Honestly just poor quality, nothing like what you'd expect for the price. Gutted. Photo attached. I'd like to send them back.`,
    'photo',
    ['emotional', 'missing_what'],
    'return',
  ),
  // «вы там с дуба рухнули?»: questioning sanity, insult; funeral dress is innocent
  c(
    'r42c-59',
    'ru',
    `Платье траурное, чёрное, заказывала 48 размер на похороны свекрови. Получила 11 ноября, на бирке 42, в плечах не сходится на ладонь. Вы там с дуба рухнули? Бирка на снимке. Жду возврат денег.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // calm, complete: cracked roof, keep it for a sum in dollars
  c(
    'r42c-60',
    'en',
    `The wooden dollhouse for my niece's birthday arrived on 14 November and the roof panel is cracked along the grain, about 20 cm long; the crack goes all the way through. Video of the unboxing attached. We can glue it, so a partial refund of $15 would be fine.`,
    'video',
    [],
    'partial_refund',
    15,
  ),
  // trap: «звук убойный» from the father; «с первого дня» is the time
  c(
    'r42c-61',
    'ru',
    `Беспроводные наушники папе на юбилей. С первого дня правый наушник не заряжается: в кейсе индикатор мигает красным, левый заряжается нормально. Батя сказал, что звук у левого убойный, но слушать одним ухом он не станет. Фото кейса с красным индикатором во вложении. Хочу вернуть деньги за наушники полностью.`,
    'photo',
    [],
    'full_refund',
  ),
  // complete report with no request at all
  c(
    'r42c-62',
    'en',
    `Just letting you know the wedding table numbers 1 to 12 came in silver instead of the gold I ordered; I saw it when unpacking on 2 September. Photo attached.`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // knowing the manager's house, a photo of his entrance: threat; return once postage is paid
  c(
    'r42c-63',
    'ru',
    `Трёхъярусная подставка под свадебный торт: при распаковке 6 июля нижний ярус треснул пополам, стойка погнута. Фото приложено. Подставку верну, оплатите пересылку и верните деньги. И передайте вашему менеджеру Ли, что я знаю, в каком доме он живёт — фото его подъезда мне уже прислали.`,
    'photo',
    ['threat'],
    'return',
  ),
  // three words in capitals with «кошмар»: emotional only
  c(
    'r42c-64',
    'ru',
    `ЭТО ПРОСТО КОШМАР. Костюм снежинки на утренник, заказывали 128, при примерке 26 декабря оказался 98 — дочка в него не влезла. Фото бирки прикрепила. Поменяйте на 128, пожалуйста.`,
    'photo',
    ['emotional'],
    'exchange',
  ),
  // "congratulations to your quality control geniuses": sarcastic praise, insult
  c(
    'r42c-65',
    'en',
    `Christening gown for my granddaughter, unwrapped on 3 March: yellow stains across the front panel and the lace collar, and a smell of damp. Congratulations to your quality control geniuses, another masterpiece. Photos attached. I want a full refund.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // «на ваше усмотрение»: partial without a sum; no evidence
  c(
    'r42c-66',
    'ru',
    `Электросамовар дарили тестю на юбилей. При первом включении подставка под краником треснула от нагрева, и из трещины подтекает вода. Дарить второй раз уже не будем, оставим себе, но хотелось бы компенсацию на ваше усмотрение.`,
    'none',
    ['missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // trap: "it's not dead" about the battery; calm and complete
  c(
    'r42c-67',
    'en',
    `Cordless drill, a Father's Day gift. The first time my dad used it, 17 June, the chuck wobbled visibly and a 6 mm bit drew a circle about 2 mm wide instead of a hole. The battery's fine, it's not dead, it's the chuck. Video attached showing the wobble at full speed. Please send a replacement drill.`,
    'video',
    [],
    'exchange',
  ),
  // masked mat opening the text as a cry: profanity and emotional; sum for the burst balloons
  c(
    'r42c-68',
    'ru',
    `П!зд@ц, полночи надували шары к выпускному. Из 100 шаров 30 лопнули прямо при надувании, у многих шов на горлышке расходится ещё до того, как их надуешь. Надували 24 июня, видео одного лопающегося шара приложила. Верните 450 ₽ за 30 штук.`,
    'video',
    ['profanity', 'emotional'],
    'partial_refund',
    450,
  ),
  // calm, complete: measured 36 cm against 38 cm; return on a label
  c(
    'r42c-69',
    'en',
    `Steering wheel cover for my husband's anniversary present, listed as 38 cm. We tried to fit it on Monday 4 March and it wouldn't stretch over the wheel; measured it with a tape, 36 cm. Photo with the tape measure attached. I can post it back if you send a return label; refund once it's with you.`,
    'photo',
    [],
    'return',
  ),
  // «все вы тут одинаковые, кидалы»: accusation; no time for the torn strap
  c(
    'r42c-70',
    'ru',
    `Сумку дарила подруге на день рождения, ремешок оторвался вместе с карабином, кожзам у крепления порвался. Фото приложила. Все вы тут одинаковые, кидалы. Верните деньги.`,
    'photo',
    ['accusation', 'missing_when'],
    'full_refund',
  ),
  // trap: flowers for a grandmother's grave; calm and complete
  c(
    'r42c-71',
    'ru',
    `Заказывала искусственные розы на могилу бабушки к Радонице, 30 штук, красные. Получила 20 апреля, при распаковке дома — все 30 белые. Фото цветов рядом со скриншотом заказа прикладываю. Прошу заменить на красные.`,
    'photo',
    [],
    'exchange',
  ),
  // "not as described" is vague; "arrived Tuesday" is the receipt time; no evidence
  c(
    'r42c-72',
    'en',
    `Prom dress arrived Tuesday. It's not as described, and my daughter won't wear it. I want to return it.`,
    'none',
    ['missing_what', 'missing_evidence'],
    'return',
  ),
  // a husband's visit "to sort it out" used as leverage: the writer's threat
  c(
    'r42c-73',
    'ru',
    `Свадебные бокалы, пара с гравировкой. При вскрытии на почте 19 августа один бокал разбит, ножка отдельно. Фото и акт с почты приложила. Оплату верните целиком. Муж сказал, что, если денег не будет, приедет к вам разбираться лично, и я его останавливать не стану.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "braindead???": insult and emotional; "8th birthday" is an age
  c(
    'r42c-74',
    'en',
    `Are you people braindead??? I ordered a 20 inch bike for my son's 8th birthday, you sent a 16 inch. We found out assembling it on Saturday. Photo of the frame sticker attached. Exchange it for the 20 inch.`,
    'photo',
    ['insult', 'emotional'],
    'exchange',
  ),
  // the heater named as the part that fails; calm and complete, offer to send back
  c(
    'r42c-75',
    'ru',
    `Сушилку для овощей подарили свекрови на юбилей. Включили 12 августа: вентилятор крутится, а нагрев не работает — через час поддоны холодные, термометр в камере показывает 24 градуса. Видео с термометром приложено. Можем отправить сушилку обратно, верните деньги после получения.`,
    'video',
    [],
    'return',
  ),
  // «обидно до слёз»: emotional; keeping the T-shirts for a sum
  c(
    'r42c-76',
    'ru',
    `Парные футболки на годовщину с надписью «Happy anniversary», а напечатано «Happy anniversay», без буквы r. Получили вчера, обидно до слёз. Фото надписи прикладываю. Верните 500 ₽, футболки оставим на дачу.`,
    'photo',
    ['emotional'],
    'partial_refund',
    500,
  ),
  // wishing the seller's dog the same injury: threat
  c(
    'r42c-77',
    'en',
    `Bought the dog tuxedo so Biscuit could be ring bearer at our wedding. At the first fitting on 1 June a wire in the collar seam poked through and scratched his neck raw. Photo of the wire attached. Full refund. And I hope your own dog gets a collar just like it.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // calm, complete: leaked perfume, sum in euros
  c(
    'r42c-78',
    'en',
    `Mother's Day perfume gift set, opened on 10 May: the 100 ml bottle had leaked in the box, the cap is cracked and the bottle is roughly half empty, the box is soaked. Photo attached. The lotion in the set is fine, so I'd ask for €15 back for the perfume.`,
    'photo',
    [],
    'partial_refund',
    15,
  ),
  // one line: a missing part, nothing else
  c(
    'r42c-79',
    'ru',
    `Костюм зайчика на утренник пришёл без ушей.`,
    'none',
    ['missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // "not saying anyone did it on purpose": label taken back; no evidence
  c(
    'r42c-80',
    'en',
    `Number balloons for my wife's 30th: we opened the pack this morning and it's two 3s, no 0. I'm not saying anyone did it on purpose, probably a picking mix-up. Could you send a gold 0 balloon?`,
    'none',
    ['missing_evidence'],
    'exchange',
  ),
];
