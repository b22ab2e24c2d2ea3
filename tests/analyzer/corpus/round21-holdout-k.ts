import { labelled as c, type CorpusCase } from './types';

/**
 * Round twenty-one, hold-out set K: teenagers and students buying games gear, clothes, cosmetics and gadgets (slang,
 * memes, translit, wrong keyboard layout, lowercase), and their parents writing for them in careful, polite texts.
 * Written by a hand that has not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md and
 * DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - «кринж» and «зашквар» said of an item or of packing are a negative judgement: neither rude nor emotional.
 * - «ору», «рофл», «имба», «крч», "ngl", "fr", "bro", "yo", "sick" (praise) are chat filler: neither rude nor emotional.
 * - «душнила», «нубы», «криворукие», "clowns", "braindead" aimed at the seller or staff are name-calling: `insult`.
 * - "skill issue", "ratio", "go touch grass" aimed at the seller mock the reader's competence: `insult`.
 * - "L seller" on its own is a judgement of the seller's service, like "bad seller": neither rude nor emotional.
 * - The meme «вычислю по айпи и приеду» is a visit threat: `threat`.
 * - Mat typed with the wrong keyboard layout («gbpltw») as a sentence of its own is a cry: `profanity` and `emotional`.
 * - "wtf." standing alone is profanity used as an interjection: `profanity` and `emotional`.
 * - A greeting typed in the wrong layout («ghbdtn») is neither rude nor a problem.
 * - A parent who says the seller swore at the child without repeating the word is innocent.
 * - Clothing sizes in capitals (L, S, XS, XL, XXL) are abbreviations, not shouting.
 * - «если не вернёшь деньги …» inside a threat, followed by «верни деньги», is a full-refund request.
 * - «Кидалы» before a factual report is an accusation even with the facts.
 */
export const ROUND21_HOLDOUT_K: CorpusCase[] = [
  // Parent, complete and polite: symptom, date, video, exchange.
  c(
    'r21k-01',
    'ru',
    `Здравствуйте. Пишу от имени сына, ему 14, заказ оформлен на мой аккаунт. Беспроводной геймпад, чёрный, получили 3 октября. С первого дня левый стик сам уводит камеру вниз, даже когда его никто не трогает: на экране калибровки в настройках консоли ось Y показывает отклонение около 20%. Прикладываю видео с этого экрана. Просим заменить геймпад на исправный.`,
    'video',
    [],
    'exchange',
  ),
  // Translit «blyat» as an interjection: profanity and emotional.
  c(
    'r21k-02',
    'ru',
    `bro ty chto prislal voobshe. zakazyval hudi oversize L chernoe, vchera prishlo S i seroe. blyat nu kak tak. foto prikrepil, pomenyajte na L chernoe plz`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // «душнила» aimed at the seller: insult.
  c(
    'r21k-03',
    'ru',
    `Третий раз скидываю вам фото, а вы опять «пришлите ещё фото». Ну ты и душнила, продавец, честное слово. Кепка пришла 12.09 с козырьком, оторванным по шву, увидела сразу при распаковке. Все фото снова прикрепила. Верните деньги за кепку.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Trap: «застрахуйте», «рублей»; complete partial refund with a sum.
  c(
    'r21k-04',
    'ru',
    `Здравствуйте! Заказывала парик для косплея (серебристый, длина 80 см) и гребень к нему. Посылку получила 5 ноября: длина парика по факту 55 см, мерила сантиметровой лентой, фото с лентой прикрепила. Гребня в пакете нет, хотя в описании он входит в комплект. Прошу частичный возврат 450 рублей за гребень и недостающую длину. И пожалуйста, в следующий раз застрахуйте посылку, коробка пришла мятая.`,
    'photo',
    [],
    'partial_refund',
    450,
  ),
  // "let me explain this slowly" and words cut up for the reader: insult.
  c(
    'r21k-05',
    'en',
    `ok let me explain this slowly since your support clearly can't read. I. Ordered. The. Blue. Keycaps. You sent pink ones. They came on June 2, photo of the box and the caps is attached. Send the blue set.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Parent, non-receipt with tracking number and lawful steps (chargeback, support): innocent.
  c(
    'r21k-06',
    'en',
    `Hello, I am writing on behalf of my daughter, who is 15 and ordered a ring light with a tripod using my card. The parcel never arrived. Tracking number LP00481736259011 has shown "arrived at sorting centre" since August 20, which is 47 days ago. She has written to you twice without an answer. Please issue a full refund. If I do not hear back within a week, I will ask my bank for a chargeback and contact AliExpress support.`,
    'none',
    [],
    'full_refund',
  ),
  // Brother who knows the warehouse address "dropping by": veiled threat.
  c(
    'r21k-07',
    'ru',
    `ахах ну ок. мой старший брат как раз живёт в Иу, адрес вашего склада у меня есть. зайдёт к вам поболтать, если до пятницы не вернёте деньги за мышку. мышка пришла 2 числа, колесо прокрутки не крутит страницу вообще, ни вверх ни вниз. видео прикрепил. короче верните деньги`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // Scare quotes around «случайно» and «Какая честность»: sarcasm about honesty, accusation.
  c(
    'r21k-08',
    'ru',
    `Ну конечно, «случайно» положили не тот оттенок, уже второй раз подряд. Какая честность. Заказывала тинт для губ 03 «вишня», пришёл 07 «нюд», получила 18.04. Фото тюбика с номером оттенка прикладываю. Пришлите 03.`,
    'photo',
    ['accusation'],
    'exchange',
  ),
  // "disappointed" is an affect word; otherwise complete, sending the part is an exchange.
  c(
    'r21k-09',
    'en',
    `ngl im kinda disappointed. saved up for 3 months for this mechanical keyboard and the spacebar rattles and sticks on the left side, started on day two. video attached. can u send a new spacebar stabilizer`,
    'video',
    ['emotional'],
    'exchange',
  ),
  // Masked mat as a predicate about the item, no "!": profanity only.
  c(
    'r21k-10',
    'ru',
    `худи с принтом после первой стирки: принт потрескался и отваливается кусками, стирала на 30 градусах, как на бирке. х*йня полная, а не худи. фото прикрепила. верните деньги`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Parent quoting the seller's rude reply to the child (no mat): reported speech, innocent.
  c(
    'r21k-11',
    'ru',
    `Добрый день. Моя дочь, ей 13 лет, заказала у вас лампу для сушки гель-лака. Лампа не включается ни от одного кабеля и ни от одного адаптера: индикатор не загорается, вентилятор не крутится, и так с момента получения 22 февраля. Когда дочь написала об этом продавцу, ей ответили: «сама дура, инструкцию читать научись». Прошу службу поддержки обратить внимание на такой ответ ребёнку. Видео проверки прикладываю, переписка сохранена в чате заказа. Просим вернуть полную стоимость.`,
    'video',
    [],
    'full_refund',
  ),
  // "skill issue" and "clowns" aimed at the packing team: insult.
  c(
    'r21k-12',
    'en',
    `bro your packing team has a serious skill issue. the figure came with the sword snapped off and the base cracked, the box had zero padding. opened it on the 9th, pics attached. full refund pls. clowns fr`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Vague teen text: no problem, time, evidence or request; «кринж» is a judgement.
  c(
    'r21k-13',
    'ru',
    `ну такое себе если честно. ожидала большего. кринж`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // «пиздец» typed in the wrong layout as a cry; "the difference" with a sum is partial 600.
  c(
    'r21k-14',
    'ru',
    `gbpltw. сорян, раскладка. короче заказал коврик для мыши XXL 90х40, пришёл 70х30, померил рулеткой сегодня, как только распаковал. фото с рулеткой прикрепил. верните разницу 600 р`,
    'photo',
    ['profanity', 'emotional'],
    'partial_refund',
    600,
  ),
  // Plain good text; offering to send back is a return.
  c(
    'r21k-15',
    'en',
    `Hi, I ordered the cargo pants in size M (waist 76 cm according to your size chart). They arrived on 14 May, and when I unpacked them I measured the waist flat with a tape: 34 cm, so 68 cm around. Photos with the tape measure are attached. I'd like to return them for a refund, please send me the return details.`,
    'photo',
    [],
    'return',
  ),
  // Long worried parent: «расстроен» is affect; declines money, asks for a replacement.
  c(
    'r21k-16',
    'ru',
    `Здравствуйте. Пишу вам как мама покупателя, сыну 12 лет, заказ сделан с моего аккаунта. Сын два месяца откладывал карманные деньги на эти смарт-часы, очень ждал посылку, каждый день проверял отслеживание. Получили 30 января, коробку открывали вместе, и я сразу сняла это на телефон: экран с трещиной по диагонали от верхнего левого угла, под стеклом видна полоса, сенсор в нижней части не реагирует на касания. Сын был очень расстроен, весь вечер не мог успокоиться. Видео распаковки прикрепляю. Понимаю, что в дороге бывает всякое, и никого не обвиняю. Пожалуйста, замените часы на целые, нам важно получить именно часы, а не деньги.`,
    'video',
    ['emotional'],
    'exchange',
  ),
  // Found the seller's family online and will post it: threat (publishing personal data).
  c(
    'r21k-17',
    'ru',
    `короче я нашла твой инст по номеру с накладной. там и жена, и дети, и где вы живёте. если не вернёшь деньги за палетку, выложу всё это в тикток с подписью, кто ты такой, у меня 20к подписчиков. так что верни деньги. палетка пришла разбитая, 6 из 12 теней раскрошены в пыль, получила 3 марта. фото в приложении`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Trap: Dickies, Assassin's Creed, Scunthorpe; complete partial refund.
  c(
    'r21k-18',
    'en',
    `Hello. I ordered the Dickies-style work pants (W30 L32) and an Assassin's Creed keychain, delivered to Scunthorpe on 3 April. The pants are W34 according to the tag sewn into the waistband; a photo of the tag is attached. The keychain is fine and I'll keep everything, so I'd ask for a partial refund of £18 for the wrong size.`,
    'photo',
    [],
    'partial_refund',
    18,
  ),
  // «на ваше усмотрение»: partial refund without a sum.
  c(
    'r21k-19',
    'ru',
    `Заказывала сумку-шоппер с аниме-принтом, пришла 11.07. Принт смещён вбок и обрезан по краю, у персонажа отрезана половина лица. Фото прикрепила. Пользоваться буду, но хочу компенсацию на ваше усмотрение.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Masked "f*cking" as an intensifier: profanity and emotional.
  c(
    'r21k-20',
    'en',
    `bro this f*cking controller. right stick drifts up on its own, started 2 days after it arrived on Oct 5. video attached. refund`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // «для особо одарённых», «медленно», the number cut up: condescension, insult.
  c(
    'r21k-21',
    'ru',
    `Объясняю для особо одарённых ещё раз, медленно: размер кроссовок заказан 39, пришли 36. Тридцать. Шесть. Получила 20 августа, фото стельки с размером приложила. Нужен обмен на 39.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // "Classic scam" is a blanket label even with the facts: accusation.
  c(
    'r21k-22',
    'en',
    `Classic scam. The listing says 1TB SSD, but the drive shows up as 128GB in the console storage settings and H2testw found only 120GB of real capacity. Tested it the day it came, 11 Sept. Screenshots attached. Full refund.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Parent, non-receipt, tracking number, bank and consumer protection: innocent.
  c(
    'r21k-23',
    'ru',
    `Здравствуйте. Заказ оформлял мой сын-подросток с моей банковской карты: скейтборд в сборе, оплачен 25 июля. Посылка до сих пор не получена. Трек-номер LP00592817364420, последнее обновление статуса — 2 сентября («покинула страну отправления»), с тех пор прошло 52 дня, срок гарантии доставки истёк. Сын дважды писал вам в чат, ответа нет. Прошу вернуть полную стоимость заказа. Если вопрос не решится, я обращусь в банк с оспариванием платежа, в поддержку AliExpress и при необходимости в Роспотребнадзор.`,
    'none',
    [],
    'full_refund',
  ),
  // Translit shouting with "??": emotional; no time, no evidence, «sdelajte chto-nibud» is no request.
  c(
    'r21k-24',
    'ru',
    `ALO VY VOOBSHE CHITAETE?? kotoryj raz vam pishu pro kurtku, rukava koroche na 5 sm chem v tablice razmerov. sdelajte uzhe chto-nibud`,
    'none',
    ['emotional', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Parent quoting the seller calling the child an idiot: reported speech; sending back is a return.
  c(
    'r21k-25',
    'en',
    `Hello, I'm the father of the buyer, he's 16. He ordered a USB microphone for streaming, and from the first day, 2 March, it produces a constant buzzing even with the gain turned to zero. When he reported it, the seller replied: "your kid is an idiot who broke it himself". I'd ask AliExpress to take note of that reply. A video where the buzz is clearly audible is attached. We would like to send the microphone back for a full refund.`,
    'video',
    [],
    'return',
  ),
  // «Нубы со склада» aimed at staff: insult.
  c(
    'r21k-26',
    'ru',
    `Нубы со склада, вы серьёзно? Заказывал мышь белого цвета, пришла чёрная, и это уже второй заказ подряд. Распаковал вчера, фото коробки и мыши прикладываю. Поменяйте на белую.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Complete except evidence: no file, none named.
  c(
    'r21k-27',
    'en',
    `hi so the bucket hat I got on the 2nd has a hole in the stitching on the brim, about 2cm long, it was there when I opened the bag. can I get a refund pls`,
    'none',
    ['missing_evidence'],
    'full_refund',
  ),
  // Says the video is attached, the form has no file.
  c(
    'r21k-28',
    'ru',
    `Добрый день. Заказывала фигурку Наруто высотой 25 см, пришла высотой 15 см — обнаружила при распаковке 7 июня, измерила линейкой. Видео распаковки прикладываю. Прошу заменить на фигурку нужного размера.`,
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // «пздц.» with dropped vowels as a cry: profanity and emotional; partial 400.
  c(
    'r21k-29',
    'ru',
    `пздц. заказал RGB-ленту на 5 метров, пришло 3, перемерил рулеткой прямо на почте 14.01. фото прикрепил. верните 400 р за недостающие 2 метра`,
    'photo',
    ['profanity', 'emotional'],
    'partial_refund',
    400,
  ),
  // "it would be a real shame if something happened… to you", knows the warehouse: threat.
  c(
    'r21k-30',
    'en',
    `it would be a real shame if something happened to your store. or to you. my cousin works in logistics in Shenzhen and knows exactly where your warehouse is. the LED face mask I got on 8 Jan has 3 dead rows of lights on the left side, video attached. refund it.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // Strong but polite, honest review is lawful: innocent.
  c(
    'r21k-31',
    'ru',
    `Здравствуйте. Качество рюкзака меня совершенно не устроило: получила его 2 октября, а уже через неделю носки оторвалась левая лямка, шов разошёлся по всей длине, примерно 6 см. Фото прикладываю. Прошу вернуть деньги. Также оставлю честный отзыв с фотографиями, чтобы другие покупатели знали, чего ожидать.`,
    'photo',
    [],
    'full_refund',
  ),
  // "ridiculous" is affect; "on purpose" and the scare-quoted "new": accusation.
  c(
    'r21k-32',
    'en',
    `This is ridiculous. You obviously sent me a used one on purpose: the "new" gaming mouse I got on 21 Nov has scuffed skates, someone's hair stuck under the scroll wheel and the box had already been opened. Photos attached. Full refund.`,
    'photo',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // Parent: negated accusation («не утверждаю, что специально»); complete partial refund.
  c(
    'r21k-33',
    'ru',
    `Добрый день. Пишу за дочь, ей 15. Пришёл набор косметики: тушь в нём вскрытая и засохшая, у помады сломан стержень. Я не утверждаю, что это сделали специально, возможно, перепутали на складе. Получили 9 декабря, фото прилагаю. Просим частичный возврат — 700 рублей за тушь и помаду.`,
    'photo',
    [],
    'partial_refund',
    700,
  ),
  // Translit «debily» aimed at the warehouse staff: insult.
  c(
    'r21k-34',
    'ru',
    `vy tam na sklade vse debily chto li? zakazyval chehol dlya switch sinij, prishel rozovyj. poluchil 25 aprelya, foto prikreplyayu. pomenyajte na sinij`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // "refund the difference" without a sum.
  c(
    'r21k-35',
    'en',
    `got a 64GB microSD instead of the 256GB one I paid for, checked in the phone settings the day it arrived (July 3). screenshot attached. just refund the difference`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Trap: «Хуавей», «оскорблять»; complete exchange.
  c(
    'r21k-36',
    'ru',
    `Здравствуйте. Заказывала чехол для планшета Хуавей MatePad 11, а пришёл чехол для другой модели: вырез под камеру смещён на 1 см, кнопки громкости закрыты. Обнаружила при примерке 16 ноября, фото прикладываю. Не хочу никого оскорблять, понимаю, что ошибки бывают. Прошу прислать чехол для правильной модели.`,
    'photo',
    [],
    'exchange',
  ),
  // Parent quoting the seller's mat to the child: quoted mat stays profanity.
  c(
    'r21k-37',
    'ru',
    `Здравствуйте. Моему сыну 12 лет. Он спросил продавца, почему машинка на радиоуправлении не едет вперёд, а продавец ответил ему: «иди нах*й, сам сломал». Считаю такой ответ ребёнку недопустимым. Передние колёса не крутятся, мотор гудит, но машинка стоит на месте — так с первого включения 4 мая. Видео прикладываю. Просим вернуть деньги.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
  // Spaced "s h i t" cried out with "!": profanity and emotional.
  c(
    'r21k-38',
    'en',
    `what a load of s h i t! the jelly sandals I got on May 30, the sole of the left one split in half after one walk to the shop. pics attached. refund`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // A single two-letter word: empty text.
  c('r21k-39', 'ru', `ну`, 'none', ['empty_text'], 'none'),
  // "are you guys braindead": questioning sanity, insult.
  c(
    'r21k-40',
    'en',
    `are you guys braindead or what. I picked size L, the tag on the jersey says XS and it barely fits my little brother. got it on 17 Feb, pic of the tag attached. exchange it for an L.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // «Кидалы»: accusation; no date or discovery moment.
  c(
    'r21k-41',
    'ru',
    `Кидалы. Заказал наклейки на клавиатуру с кириллицей, а пришли только с латиницей, ни одной русской буквы. Фото приложил. Верните деньги.`,
    'photo',
    ['accusation', 'missing_when'],
    'full_refund',
  ),
  // Sum in words («триста рублей») for missing photocards: complete partial refund.
  c(
    'r21k-42',
    'ru',
    `Здравствуйте. В наборе фотокарточек должно быть 55 карточек, пришло 40 — пересчитала два раза при распаковке 2 июня. Фото разложенных карточек прикрепила. Прошу вернуть триста рублей за недостающие 15 штук.`,
    'photo',
    [],
    'partial_refund',
    300,
  ),
  // Knows the seller's home address and the child's school: threat.
  c(
    'r21k-43',
    'en',
    `btw my dad found your shop's registration. he knows your name, your home address in Guangzhou and which school your kid goes to. just saying. the phone case I got on 2 Aug doesn't fit, the camera cutout covers half the lens. photo attached. send me the right case`,
    'photo',
    ['threat'],
    'exchange',
  ),
  // «в шоке» is affect («ору» is filler); offers to send back: return.
  c(
    'r21k-44',
    'ru',
    `я в шоке, ору. заказала кофту цвета лаванды, а пришла ядовито-зелёная. получила 6 октября, фото прикрепила. хочу вернуть, готова отправить обратно за свой счёт, если вернёте деньги`,
    'photo',
    ['emotional'],
    'return',
  ),
  // Firm, with bank claim and support as lawful next steps: innocent.
  c(
    'r21k-45',
    'en',
    `This is the second time I'm writing about this. The gaming chair I received on 12 Jan sinks to the lowest position within a minute of sitting down, every time, since day one, so the gas lift is faulty. Video attached. I want a full refund. If there's no response in 5 days, I'll open a claim with my bank and report the listing to AliExpress support.`,
    'video',
    [],
    'full_refund',
  ),
  // Masked mat at the staff in a single question: profanity and insult, not emotional.
  c(
    'r21k-46',
    'ru',
    `Вы там на складе еб@нутые? Заказала чехол-кошелёк бежевый, а прислали чёрный, получила 1 марта, фото приложила. Меняйте на бежевый.`,
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // "not as described" is vague; no time, evidence or request.
  c(
    'r21k-47',
    'en',
    `the dress is not as described. really not what I expected. what are you going to do about it?`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Parent: «обидно» is affect; otherwise complete.
  c(
    'r21k-48',
    'ru',
    `Добрый вечер. Пишу за сына, ему 10. Он купил у вас электронного питомца на свои первые сэкономленные деньги. Получили 10 апреля, а на третий день экран пошёл полосами и перестал реагировать на кнопки, даже после замены батарейки. Мне как маме очень обидно за ребёнка, он так радовался. Видео снимали, прикрепляю. Просим прислать замену.`,
    'video',
    ['emotional'],
    'exchange',
  ),
  // Sarcastic praise of the packers ("absolute geniuses"): insult.
  c(
    'r21k-49',
    'en',
    `wow, congrats, absolute geniuses of packing. you managed to ship a glass tumbler in a plastic bag with zero padding. it arrived in pieces on 19 March. photos attached. refund please.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // «Это развод»: accusation; no request.
  c(
    'r21k-50',
    'ru',
    `Это развод, а не лайтстик. Официальный лайтстик подключается к приложению по Bluetooth, а этот телефон вообще не находит — проверяла в день получения, 8 мая, на двух телефонах. Скрин приложения прикладываю.`,
    'photo',
    ['accusation', 'missing_resolution'],
    'none',
  ),
  // Trap: «имба», «рофл» in a polite complete text; a new switch or keyboard is an exchange.
  c(
    'r21k-51',
    'ru',
    `привет! клава сама по себе имба, но клавиша W залипает через раз, с первого дня (пришла 4 ноября). видео прикрепил, там видно в тестере клавиш. не рофл, в шутерах вообще никак. пришлите новый свитч под W или новую клаву`,
    'video',
    [],
    'exchange',
  ),
  // "wtf." as an interjection: profanity and emotional; "the difference, $12" is partial 12.
  c(
    'r21k-52',
    'en',
    `wtf. ordered the 20000mAh power bank, it charges my phone from 0 to 100 once and dies, that's like 5000 real. tested it for the first 3 days after it came. screenshots of the battery stats attached. refund the difference, $12`,
    'photo',
    ['profanity', 'emotional'],
    'partial_refund',
    12,
  ),
  // Parent: «Не доводите до греха» is ominous menace: threat.
  c(
    'r21k-53',
    'ru',
    `Я отец покупателя. Очень не советую вам и дальше морочить голову моему сыну. Не доводите до греха, я человек спокойный, но не всегда. Кроссовки пришли 12 июня, через неделю отклеилась подошва на правом, фото прикладываю. Верните деньги.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Says a photo is attached with no file; no time; sending the missing items is an exchange.
  c(
    'r21k-54',
    'en',
    `Hello, the lip gloss set I ordered was supposed to have 6 shades, but there were only 4 tubes in the box. I've attached a photo of the open box. Could you please send the 2 missing ones? Thank you.`,
    'none',
    ['evidence_not_attached', 'missing_when'],
    'exchange',
  ),
  // Translit, complete; trap «pizhamu».
  c(
    'r21k-55',
    'ru',
    `Zdravstvujte. Zakazyvala pizhamu-kigurumi razmer M, prishla 9 fevralya, pri pervoj primerke na spine razoshelsya shov, dyra okolo 10 sm. Foto prikladyvayu. Proshu vernut dengi.`,
    'photo',
    [],
    'full_refund',
  ),
  // "scammers all of you": accusation; "L seller" alone is not rude.
  c(
    'r21k-56',
    'en',
    `L seller, scammers all of you. the charging dock for my controllers doesn't charge: the light blinks red and both controllers stay at 0%, from the day I got it, Dec 1. video attached. refund.`,
    'video',
    ['accusation'],
    'full_refund',
  ),
  // «половину стоимости»: partial refund without a sum.
  c(
    'r21k-57',
    'ru',
    `Пришла сумка, молния заедает через раз, а на второй день бегунок вообще отлетел. Получила 27.03. Фото прикрепила. Оставлю сумку себе, если вернёте половину стоимости.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Greek chi in «χуета», judging the item without "!": profanity only.
  c(
    'r21k-58',
    'ru',
    `Кольцевая лампа мигает каждые 10 секунд на любом режиме яркости, началось на третий день. Не лампа, а χуета полная. Видео прикладываю. Верните деньги.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
  // Parent, trap: Cockermouth; complete exchange.
  c(
    'r21k-59',
    'en',
    `Dear seller, my son (13) ordered a carrying case for his Nintendo Switch, delivered to our home in Cockermouth. The zip pull came off in his hand the first time he opened it, on 6 October, and the zip cannot be closed without it. I have attached a photo of the case and the broken pull. Could you please send a replacement case? Thank you.`,
    'photo',
    [],
    'exchange',
  ),
  // «с браком» is generic: no concrete problem.
  c(
    'r21k-60',
    'ru',
    `Плеер пришёл с браком. Получила 13 сентября, фото приложила. Верните деньги, пожалуйста.`,
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // Parent: negated "on purpose", post office report; innocent non-receipt.
  c(
    'r21k-61',
    'en',
    `Hello. Tracking says my son's order (a Bluetooth speaker shaped like a game console) was delivered on 4 June, but nothing came to our address, and no neighbour has it. I'm not suggesting anyone did this on purpose; it may well be the courier. I've filed a report with our local post office, and a photo of their letter is attached. Please refund the order in full.`,
    'photo',
    [],
    'full_refund',
  ),
  // «зашквар» about the packing is a judgement, «Криворукие» at the staff is an insult.
  c(
    'r21k-62',
    'ru',
    `Это зашквар, а не упаковка. Криворукие у вас на складе сидят. Бьюти-бокс пришёл 19 ноября, флакон с тоником треснул и залил всё остальное, коробка насквозь мокрая. Фото приложила. Верните деньги за весь бокс.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Four capitalised words: emotional; no request.
  c(
    'r21k-63',
    'en',
    `I ORDERED PURPLE NOT PINK. the hair dye came on March 4 and it's bright pink, the label says Pink Flamingo instead of Violet Storm. pic attached.`,
    'photo',
    ['emotional', 'missing_resolution'],
    'none',
  ),
  // Parent: the husband "dropping by" the seller's office: threat.
  c(
    'r21k-64',
    'ru',
    `Здравствуйте. Дочь заказала у вас выпрямитель для волос, заявлено 230 градусов, а он не нагревается выше 80 — мерили термометром в первый же день, 5 июля. Видео прикладываю. Мы с мужем выяснили, что у вашего магазина офис в Москве на Садовой. Если деньги не вернутся до понедельника, муж заедет к вам лично поговорить. Верните деньги.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // Slang filler ("ngl", "fr", "sick", "bro") in a complete polite text: innocent.
  c(
    'r21k-65',
    'en',
    `yo, ngl the tee is sick but the print on the back is upside down fr, noticed it when I took it out of the bag on Aug 12. pic attached. can u send one with the print the right way up? thanks bro`,
    'photo',
    [],
    'exchange',
  ),
  // «Все вы, продавцы, одинаковые»: blanket accusation; no evidence.
  c(
    'r21k-66',
    'ru',
    `Все вы, продавцы, одинаковые, лишь бы впарить подделку. Кроссовки пришли 2 февраля: логотип на языке пришит криво, а на коробке нет ни штрихкода, ни артикула. Верните деньги.`,
    'none',
    ['accusation', 'missing_evidence'],
    'full_refund',
  ),
  // Parent says the seller swore at the son without repeating the word: innocent.
  c(
    'r21k-67',
    'en',
    `Good afternoon. My son, who is 14, bought a UV nail lamp for his sister's birthday. It arrived on 2 May, and the LEDs on the left side do not light at all; the lamp also switches itself off after about 30 seconds. When he wrote to the seller, he got a reply with a swear word in it, which I won't repeat here. Please deal with that separately. A video showing the lamp is attached. We are asking for a full refund.`,
    'video',
    [],
    'full_refund',
  ),
  // Trap: «корабля», «Ебург»; sending missing parts is an exchange.
  c(
    'r21k-68',
    'ru',
    `Добрый день. Сын собирал сборную модель корабля «Чёрная жемчужина» и 14 декабря при сборке обнаружил, что в комплекте нет грот-мачты и двух парусов, сверяли по списку деталей в инструкции. Фото всех деталей, разложенных по списку, прилагаю. Просим прислать недостающие детали. Доставка в Ебург заняла месяц, но к этому претензий нет.`,
    'photo',
    [],
    'exchange',
  ),
  // Parent: "disappointed" is affect; "defective" is vague; no time or evidence.
  c(
    'r21k-69',
    'en',
    `Hi, my daughter's birthday present arrived defective. We are really disappointed, she was so looking forward to it. Please refund us.`,
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Translit meme «вычислю по айпи и приеду»: visit threat.
  c(
    'r21k-70',
    'ru',
    `slysh prodavec, vychislyu tebya po ip i priedu, esli ne vernesh dengi. kovrik s podsvetkoj ne svetitsya s pervogo dnya, poluchil 7 iyunya, video prikrepil. vernite dengi`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // Decimal comma «2,40 $» for missing pairs; no evidence.
  c(
    'r21k-71',
    'ru',
    `Заказал 10 пар сменных глайдов для мыши, пришло 6 пар, пересчитал при распаковке 22.10. Верните, пожалуйста, 2,40 $ за 4 недостающие пары.`,
    'none',
    ['missing_evidence'],
    'partial_refund',
    2.4,
  ),
  // Parent: "I'll use short sentences so you can follow": condescension, insult.
  c(
    'r21k-72',
    'en',
    `Since your team has now replied three times without reading my messages, I'll use short sentences so you can follow. I ordered the costume in size 140. You sent size 110. My daughter cannot wear it. It arrived on 28 October. Photos of the size label are attached. Send size 140.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Self-blame («сама дура») is no insult; complete partial refund.
  c(
    'r21k-73',
    'ru',
    `Я, конечно, сама дура, что постирала до того, как написала вам, но стирала строго по бирке, на 30 градусах. После первой же стирки свитшот сел: длина была 68 см, стала 58, мерила до и после. Фото замеров прикладываю. Прошу частичный возврат 900 ₽.`,
    'photo',
    [],
    'partial_refund',
    900,
  ),
  // A percentage is no sum: partial refund without an amount.
  c(
    'r21k-74',
    'en',
    `the stitching on the edge of the mouse pad came loose after a week (got it on Jan 5), photo attached. I'll keep it if you refund 30%.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Translit «suka» set off as a cry: profanity and emotional; non-receipt 60 days, no evidence.
  c(
    'r21k-75',
    'ru',
    `suka nu skolko mozhno, tretij raz pishu, posylka ne prishla, 60 dnej uzhe proshlo. vernite dengi`,
    'none',
    ['profanity', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // Declines the refund and asks for the right print: exchange, complete.
  c(
    'r21k-76',
    'en',
    `I don't want my money back, I just want the controller skin in the Galaxy print I ordered, not the plain black one that came on 11 March. Photo of what arrived is attached. Please send the Galaxy one.`,
    'photo',
    [],
    'exchange',
  ),
  // Parent with a pasted chat: the seller's lines are the seller's words; sending back is a return.
  c(
    'r21k-77',
    'ru',
    `Здравствуйте. Я мама покупателя, сыну 15 лет, он копил на веб-камеру для стримов с лета. Камеру получили 28 апреля. С первого же подключения изображение идёт с зелёными горизонтальными полосами, проверяли на двух разных компьютерах, с двумя кабелями и в двух программах — картина одинаковая. Сын сразу написал продавцу, привожу переписку дословно:
Сын (29.04): Здравствуйте, камера показывает зелёные полосы, что делать?
Продавец (30.04): ты сам сломал, не ври, малолетка
Сын (30.04): Я её только достал из коробки, могу прислать видео
Продавец (02.05): не пиши сюда больше
Я понимаю, что у продавца может быть много заказов, но так разговаривать с ребёнком нельзя, и прошу поддержку AliExpress это учесть. Видео с полосами прикладываю, переписка сохранена в чате заказа. Мы готовы отправить камеру обратно за счёт продавца и просим вернуть деньги. Если договориться не получится, обратимся в поддержку площадки и в банк.`,
    'video',
    [],
    'return',
  ),
  // "ratio + skill issue", "go touch grass", "learn to read": mocking the reader, insult.
  c(
    'r21k-78',
    'en',
    `ratio + skill issue on your end. go touch grass and maybe learn to read an order after. the portable monitor is sold as 144Hz, but the settings menu tops out at 60Hz and windows only offers 60. checked it the day it came, Apr 23. screenshots attached. refund.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Lowercase short text: no time, no evidence; sum for the missing keychain.
  c(
    'r21k-79',
    'ru',
    `крч заказала 3 брелка с аниме, пришло 2. верните 150 р за третий`,
    'none',
    ['missing_when', 'missing_evidence'],
    'partial_refund',
    150,
  ),
  // Greeting in the wrong layout, then a plain complete exchange.
  c(
    'r21k-80',
    'ru',
    `ghbdtn, ой, раскладка. Здравствуйте. Бомбер заказывал размер L, пришёл XL, бирка на фото. Получил 3 апреля. Прошу обмен на L.`,
    'photo',
    [],
    'exchange',
  ),
];
