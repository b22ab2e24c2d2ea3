import { labelled as c, type CorpusCase } from './types';

/**
 * Round seven, train set B: written in the voice of a marketplace dispute-desk veteran. Sarcasm and condescension,
 * veiled threats and doxxing, innocent traps (lawful steps, rude-looking roots, reported speech, negated
 * accusations, irony without praise), accusations and emotion, vague versus concrete problems, disguised mat,
 * request nuances and empty texts. English voices: US, Canadian, Indian, Nigerian, Filipino, Malaysian.
 *
 * Labelling decisions of this set (beyond analyzer-notes.md section 1 and the README):
 * - The date the parcel was received or opened counts as `has_when_or_how` even when the problem itself is vague
 *   (the problem was present on arrival); "defective out of the box" alone does not (like «пришёл с браком»).
 * - Quoted mat in reported speech is `profanity` only, not `emotional`: it is not the buyer's interjection.
 * - "What great honesty" style sarcasm is `accusation` only (sarcasm about honesty), not `insult`.
 * - "Send the missing piece / the remaining one" is labelled `exchange` (send the correct item).
 * - A receipt/discovery date or a measured check counts as the "when"; a deadline for the seller does not.
 */
export const ROUND7_TRAIN_B: CorpusCase[] = [
  // ---------------------------------------------------------------- sarcasm and condescension (16)

  // Condescension about the reader's ability ("медленно, по слогам"), otherwise complete → insult only.
  c(
    'r7b-01',
    'ru',
    `Поясняю медленно, по слогам, раз с первого раза до вас не доходит: я заказывала чехол для iPhone 13, а пришёл для iPhone 12 — вырез под камеру смещён на 4 мм. Получила 11 мая, при распаковке сразу увидела, фото приложила. Верните деньги.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Sarcastic praise of the seller's packing work («Браво, мастера упаковки») → insult; video attached.
  c(
    'r7b-02v',
    'ru',
    `Браво, мастера упаковки: термокружку положили в тонкий пакет без единого слоя пупырки, и крышка треснула пополам. Трещину сняла на видео при вскрытии на почте 3 июня. Прошу замену.`,
    'video',
    ['insult'],
    'exchange',
  ),
  // Ordinary word aimed at staff («складским клоунам») → insult; buyer offers to send the shoes back → return.
  c(
    'r7b-03',
    'ru',
    `Вашим складским клоунам передайте, что 42 и 38 — это разные цифры. Заказывал кроссовки 42 размера, на стельке и на коробке стоит 38, фото этикетки прикрепил. Обнаружил, как только открыл коробку 20 апреля. Готов отправить их обратно за ваш счёт, верните деньги.`,
    'photo',
    ['insult'],
    'return',
  ),
  // Condescension disguised as sympathy ("видимо, цвета различать трудно") aimed at the store → insult.
  c(
    'r7b-04',
    'ru',
    `Понимаю, что различать цвета у вас на складе, видимо, непосильная задача, поэтому подскажу: синий — это как небо, а не как трава. Заказывала синий плед, пришёл ярко-зелёный, фото рядом со скриншотом карточки прилагаю. Увидела 6 марта, когда забрала из пункта выдачи. Прошу обмен на синий.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Regional name-calling («лапти») + "половину стоимости" (half → partial without a sum).
  c(
    'r7b-05',
    'ru',
    `Ну вы и лапти, конечно. В кейсе вместо 12 свёрл лежат 9, самых ходовых — 6, 8 и 10 мм — нет. Пересчитал сразу при получении 7 июля, фото пустых ячеек прикладываю. Верните половину стоимости набора.`,
    'photo',
    ['insult', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Sarcastic praise («гении логистики») on a non-receipt; tracking number in the text is evidence, no file needed.
  c(
    'r7b-06',
    'ru',
    `Спасибо, гении логистики: посылку в Москву вы, судя по всему, везли через Казахстан пешком. Заказ оформлен 10 февраля, прошло 45 дней, трек RU123456789CN последний раз обновлялся 2 марта. Верните деньги.`,
    'none',
    ['insult'],
    'full_refund',
  ),
  // «Для особо одарённых» — condescension; a declined coupon; full refund requested.
  c(
    'r7b-07v',
    'ru',
    `Для особо одарённых сотрудников повторю в третий раз: купон на 2 доллара мне не нужен. Лампа не включается — при нажатии кнопки только щёлкает внутри, видео снял в день получения, 15 мая. Нужен полный возврат.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // Mocking question about reading skill ("или вам картинки нужны?") → insult; missing brush is concrete.
  c(
    'r7b-08v',
    'ru',
    `Вы вообще читать умеете или вам с картинками объяснить? Я трижды написала, что в комплекте пылесоса нет щётки для шерсти, которая есть на фото в карточке. Коробку вскрывала на камеру 2 августа, видео приложено. Прошу замену на полный комплект.`,
    'video',
    ['insult'],
    'exchange',
  ),
  // Questioning sanity of the support person («с дуба рухнул»); the quoted advice is reported speech.
  c(
    'r7b-09',
    'ru',
    `Тот, кто у вас отвечает на сообщения, явно с дуба рухнул: советует мне «продуть разъём», когда у зарядки оплавлен штекер. Оплавление видно на фото, заметила через неделю пользования. Верните деньги.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Sarcastic congratulations to the seller («Поздравляю, профессионалы своего дела») → insult.
  c(
    'r7b-10',
    'ru',
    `Какая трогательная забота о покупателе — шапка с дыркой на макушке. Поздравляю, профессионалы своего дела. Дырку около 2 см обнаружила при первой примерке 9 декабря, фото приложила. Прошу вернуть деньги.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // US: "use small words so your team can follow" → condescension, insult.
  c(
    'r7b-11',
    'en',
    `Let me use small words so your team can follow: I ordered navy. You sent grey. The hoodie arrived grey instead of navy blue, I noticed as soon as I opened the bag on June 4. Photo of the tag next to the listing screenshot is attached. Please send the navy one.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Nigerian: "are you a mumu?" (regional word for fool) → insult; $14 for the missing power bank.
  c(
    'r7b-12v',
    'en',
    `Oga seller, are you a mumu? I ordered 2 power banks and you sent 1, the second one is simply not in the box. I counted when I opened the parcel on 12 March and the unboxing video is attached. Refund me for the missing one, $14.`,
    'video',
    ['insult'],
    'partial_refund',
    14,
  ),
  // Filipino Taglish: sarcastic praise "galing naman po ng seller, very genius" → insult.
  c(
    'r7b-13',
    'en',
    `Wow, galing naman po ng seller, very genius. The inner pot of the rice cooker is dented on the side, about 3 cm long, I saw it when I opened the box last Saturday. Photos attached. Please replace the unit.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Canadian: mock congratulations to the packer ("truly a master of the craft") → insult.
  c(
    'r7b-14',
    'en',
    `Congrats to whoever packed this, truly a master of the craft — a glass teapot wrapped in one sheet of newspaper. It arrived in pieces on Feb 2, photos of the box and the shards attached. I'd like a full refund.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Indian: "someone with a working brain" → condescension, insult.
  c(
    'r7b-15',
    'en',
    `Kindly forward this to someone with a working brain, since the last three replies were copy-paste. The strap pin of the smartwatch is missing, so the strap falls off; found on unboxing on 5th Oct, photo attached. Kindly send a replacement watch.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Malaysian: "Your packer bodoh or what?" (Malay for stupid) aimed at a person → insult.
  c(
    'r7b-16',
    'en',
    `Your packer bodoh or what? I ordered phone case for Samsung A54 but it is for A34, the camera hole does not match at all. Opened it on Monday, photo attached. Please refund lah.`,
    'photo',
    ['insult'],
    'full_refund',
  ),

  // ---------------------------------------------------------------- veiled threats and doxxing (16)

  // A relative "visiting to talk in person" near the seller's warehouse → threat.
  c(
    'r7b-17',
    'ru',
    `У меня двоюродный брат как раз живёт в Гуанчжоу, недалеко от вашего склада. Думаю, он с удовольствием заглянет к вам поговорить лично, если деньги за вазу не вернутся. Ваза пришла с отбитым горлышком 14 мая, фото прилагаю. Верните деньги.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Collected personal data of the manager and his wife, "пока что это просто у меня" → doxxing threat.
  c(
    'r7b-18v',
    'ru',
    `Имя вашего менеджера, его личный номер и страничка его жены у меня уже есть. Пока что это просто лежит у меня. Наушники пришли без левого амбушюра, видела при распаковке 2 июня, видео приложено. Жду замену.`,
    'video',
    ['threat'],
    'exchange',
  ),
  // Ominous menace ("как бы потом не пожалеть … по-хорошему") → threat; the measured battery time is concrete.
  c(
    'r7b-19v',
    'ru',
    `Смотрите, как бы вам потом не пожалеть, что не решили со мной по-хорошему. Третий раз пишу: фонарик держит заряд 10 минут вместо заявленных 4 часов, замеряла таймером 8 сентября. Видео замера приложила. Верните деньги.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // Knowing which entrance the seller lives in, from the return label → threat.
  c(
    'r7b-20v',
    'ru',
    `Я знаю, в каком подъезде вы живёте, продавец Олег, — адрес вы сами указали на накладке для возврата. Кофемолка не мелет: нож крутится, а зёрна остаются целыми, видео снял в первый же день, 3 марта. Верните деньги.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // Publishing the seller's passport photo and home address → doxxing threat.
  c(
    'r7b-21',
    'ru',
    `Верните деньги до пятницы, иначе в субботу в группе нашего города на 40 тысяч человек появятся фото вашего паспорта, который вы присылали для проверки, и ваш домашний адрес. Чайник течёт по шву на дне, заметила при первом кипячении 11 ноября, фото лужи прилагаю.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "Friends" in Yiwu who "dislike it when their friends are wronged" → threat; a rouble sum for the shortfall (partial 400).
  c(
    'r7b-22',
    'ru',
    `Передайте хозяину магазина: у нас с ним общие знакомые в Иу, и они очень не любят, когда обижают их друзей. Рулон обоев оказался 7 метров вместо 10, измерила рулеткой 20 июня, фото рулетки прилагаю. Верните 400 рублей.`,
    'photo',
    ['threat'],
    'partial_refund',
    400,
  ),
  // Mentions the seller's daughter and "it would be a pity if something happened" → threat (family).
  c(
    'r7b-23v',
    'ru',
    `Хорошая у вас дочка, в школу с розовым рюкзаком ходит — видел в вашем профиле. Было бы жаль, если бы с ней что-то случилось. Дрель бьёт током через корпус, обнаружил при первом включении 1 апреля, видео приложил. Верните деньги.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // "Свои люди в службе доставки", "подумайте над этим" → threat; non-receipt with tracking named (no file needed).
  c(
    'r7b-24',
    'ru',
    `Мне ничего не стоит узнать, где вы живёте, — у меня в вашей службе доставки свои люди. Подумайте над этим. Удочка так и не пришла: заказ от 2 января, прошло 70 дней, трек не обновляется с 15 января. Верните деньги.`,
    'none',
    ['threat'],
    'full_refund',
  ),
  // Threat that also labels honesty («таких жуликов … было очень неуютно») → threat + accusation.
  c(
    'r7b-25',
    'ru',
    `Таких жуликов, как вы, я уже находил в реальной жизни, и им потом было очень неуютно. Кабель HDMI выдаёт только 1080p вместо заявленных 4K, проверила на двух телевизорах 9 мая, фото меню телевизора прилагаю. Верните деньги.`,
    'photo',
    ['threat', 'accusation'],
    'full_refund',
  ),
  // Transliterated Russian (counts as ru): knowing the address + "poka po-horoshemu" → threat.
  c(
    'r7b-26',
    'ru',
    `Ya vash adres znayu, prodavec. Kurtka prishla s rvanoi podkladkoi v rukave, uvidela 3 dekabrya pri primerke, foto prilozhila. Vernite dengi, poka po-horoshemu.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // US: real name, registered address "and a lot of free time. Just saying." → veiled threat.
  c(
    'r7b-27v',
    'en',
    `I've got your real name, the address your business is registered at, and a lot of free time. Just saying. The left rear motor of the drone doesn't spin; noticed on the first flight on July 9, video attached. Full refund please.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // Nigerian: "my guys in Lagos know how to find shops like yours" → threat; send the missing bundle → exchange.
  c(
    'r7b-28',
    'en',
    `My guys in Lagos already know how to find shops like yours, abeg don't let it reach that level. I ordered 3 bundles of hair extensions and 2 arrived; I counted them on opening on 18 Jan, photo attached. Send the remaining bundle.`,
    'photo',
    ['threat'],
    'exchange',
  ),
  // Filipino: owner's family pictures ending up on Facebook → doxxing threat, politely worded ("po").
  c(
    'r7b-29',
    'en',
    `It would be really sad po if the family pictures of your shop owner end up on Facebook together with this story. The blade guard of the electric fan is cracked, I saw it when I unboxed it on 10 May, photo attached. Please refund.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Indian: a cousin in customs can make things difficult "for your family also. Think about it." → threat.
  c(
    'r7b-30',
    'en',
    `Sir, I have a cousin in Shenzhen customs, he can make things very difficult for your future shipments and for your family also. Think about it. The filter cartridge of the water purifier is missing from the box, noticed on delivery day 2nd April, photo attached. Kindly refund full amount.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Malaysian: knows the warehouse, brother "go and visit you" → threat.
  c(
    'r7b-31',
    'en',
    `I know your warehouse is in Ipoh, my brother stays just next door. Maybe he go and visit you ah. The coating of the air fryer basket peeled off after the first use on 3 Aug, photo attached. Refund me.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Canadian: "would hate for your personal phone number and home address to end up…" → doxxing threat.
  c(
    'r7b-32',
    'en',
    `Nice little shop you've got there. Would hate for your personal phone number and home address to end up in every buyer group in Ontario. The winter boots leak at the toe seam after one walk in slush on Dec 12; photos attached. Full refund, please.`,
    'photo',
    ['threat'],
    'full_refund',
  ),

  // ---------------------------------------------------------------- innocent traps (20)

  // Lawful steps stated firmly (chargeback, Роспотребнадзор) are not threats → ready.
  c(
    'r7b-33v',
    'ru',
    `Если до 20 мая спор не будет решён, я обращусь в банк за чарджбэком и напишу жалобу в Роспотребнадзор. Микроволновка не греет: подсветка горит, тарелка крутится, а вода за 3 минуты остаётся холодной — проверила в первый же день, 2 мая, видео прилагаю. Верните деньги.`,
    'video',
    [],
    'full_refund',
  ),
  // «Бляха» (belt plate) contains a rude-looking sequence; an ordinary word → ready.
  c(
    'r7b-34',
    'ru',
    `Бляха ремня отломилась от пряжки на третий день носки, 14 октября: штифт просто выпал. Фото бляхи и штифта прилагаю. Прошу заменить ремень.`,
    'photo',
    [],
    'exchange',
  ),
  // Place and tea names «Хуэйчжоу», «Хуаншань Маофэн»; weighed shortfall; partial 350 → ready.
  c(
    'r7b-35',
    'ru',
    `Заказывала чай «Хуаншань Маофэн» 250 г, отправлен из Хуэйчжоу, а в пачке 100 г — взвесила на кухонных весах сразу при получении 8 февраля. Фото весов прилагаю. Верните 350 рублей за недовес.`,
    'photo',
    [],
    'partial_refund',
    350,
  ),
  // Reported speech: the seller's insult quoted as evidence is not the buyer's insult → ready.
  c(
    'r7b-36v',
    'ru',
    `Продавец в чате написал мне: «ты тупая корова, сама сломала». Скриншот переписки прилагаю. По сути: блендер не включается — индикатор не горит, мотор молчит, проверила сразу при получении 16 марта, видео тоже прилагаю. Верните деньги.`,
    'video',
    [],
    'full_refund',
  ),
  // Reported speech with mat (masked «нах*й»): mat stays mat even when quoted → profanity only (not emotional).
  c(
    'r7b-37',
    'ru',
    `На мой вопрос про трещину продавец ответил: «иди нах*й, сама разбила». Скриншот ответа прикладываю вместе с фото трещины на экране планшета, которую увидела при распаковке 22 апреля. Верните деньги.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Negated accusation («не думаю, что специально»), a warehouse mistake → ready.
  c(
    'r7b-38',
    'ru',
    `Не думаю, что вы перепутали специально, скорее ошиблись на складе. Но пришли туфли 37 размера вместо 39, размер видно на фото подошвы, коробку открыла 12 июля. Прошу обмен на 39.`,
    'photo',
    [],
    'exchange',
  ),
  // Irony about the result without praise of the person («Ну надо же, какой сюрприз») → not rude, ready.
  c(
    'r7b-39',
    'ru',
    `Ну надо же, какой сюрприз: вместо шерстяных носков — синтетика, на бирке написано «100% полиэстер». Бирку сфотографировала, получила посылку 3 ноября. Верните деньги.`,
    'photo',
    [],
    'full_refund',
  ),
  // Police and court as lawful steps; a post-office weighing act → ready.
  c(
    'r7b-40',
    'ru',
    `Я уже подала заявление в полицию и готова идти в суд, если потребуется. Коробка из-под телефона пришла вскрытой и пустой: вес по накладке 0,45 кг, на почте взвесили 0,12 кг, акт вскрытия составлен 9 сентября. Фото акта прилагаю. Верните полную стоимость.`,
    'photo',
    [],
    'full_refund',
  ),
  // An honest review with photos announced firmly is a lawful step → ready.
  c(
    'r7b-41',
    'ru',
    `Если вопрос не решится, я оставлю честный отзыв с фотографиями — просто опишу, как всё было. Зонт сломался при первом открытии 30 августа: две спицы согнулись у основания. Фото приложила. Верните деньги.`,
    'photo',
    [],
    'full_refund',
  ),
  // Reported threat: the seller's words quoted to support → not the buyer's threat, ready.
  c(
    'r7b-42',
    'ru',
    `Продавец написал мне: «я знаю твой адрес, жди гостей». Скриншот прилагаю, прошу поддержку обратить на это внимание. По заказу: светильник пришёл с разбитым плафоном, видела при вскрытии на почте 17 января, фото тоже в приложении. Верните деньги.`,
    'photo',
    [],
    'full_refund',
  ),
  // «корабля» contains «бля»; sum in words («двести рублей») → partial 200, ready.
  c(
    'r7b-43',
    'ru',
    `Сборная модель парусного корабля пришла без грот-мачты: в схеме деталь B7 есть, в наборе её нет. Сверила по схеме в день получения, 6 июня, фото схемы и набора прилагаю. Верните, пожалуйста, двести рублей за недостающую деталь.`,
    'photo',
    [],
    'partial_refund',
    200,
  ),
  // Soft euphemism «хреновая» is not mat and not rude; no emotion markers → ready.
  c(
    'r7b-44',
    'ru',
    `Хреновая пайка у гирлянды: провод от третьей лампочки отвалился через два дня, 29 декабря, и половина гирлянды погасла. Фото места пайки приложила. Прошу замену.`,
    'photo',
    [],
    'exchange',
  ),
  // Nigerian: FCCPC and a bank chargeback are lawful steps → ready.
  c(
    'r7b-45v',
    'en',
    `If this is not resolved by Friday I will report to FCCPC and also ask my bank for a chargeback. The blender jar is cracked at the base and it leaked on first use on 4 Nov, video attached. Please refund my money.`,
    'video',
    [],
    'full_refund',
  ),
  // "Scunthorpe" contains a rude-looking string; a measured length mismatch → ready.
  c(
    'r7b-46',
    'en',
    `The Scunthorpe United scarf I ordered is 120 cm long, not 180 cm as listed — I measured it with a tape on the day it arrived, March 8. Photo of the tape attached. Please send the correct 180 cm scarf.`,
    'photo',
    [],
    'exchange',
  ),
  // Reported speech: the agent's insult quoted with a screenshot → not the buyer's insult, ready.
  c(
    'r7b-47',
    'en',
    `Your agent replied "stop crying you stupid woman, no refund" — screenshot attached. I am not going to argue with that. The fact is the dress arrived with a 5 cm tear along the side seam, I saw it on unboxing on Aug 21, photos attached too. Full refund please.`,
    'photo',
    [],
    'full_refund',
  ),
  // Reported speech with masked profanity ("f*ck off"): still profanity, only profanity.
  c(
    'r7b-48',
    'en',
    `The seller's last message was literally "f*ck off, not my problem" (screenshot attached). The laptop charger I got is 45W while the listing says 65W — it's printed on the brick, I noticed on delivery day, June 30, photo attached. Please refund.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Indian: National Consumer Helpline and consumer court are lawful → ready.
  c(
    'r7b-49v',
    'en',
    `Please note I will file a complaint on the National Consumer Helpline and in consumer court under the Consumer Protection Act if this is not resolved. The jar coupler of the mixer grinder is broken and the blade does not turn; noticed at first use on 2nd Feb, video attached. Kindly refund the full amount.`,
    'video',
    [],
    'full_refund',
  ),
  // Filipino negated accusation ("I'm not saying you did this on purpose po") → ready.
  c(
    'r7b-50',
    'en',
    `I'm not saying you did this on purpose po, maybe the warehouse mixed it up. But I received a pink phone case instead of the black one, I noticed it on opening on April 15. Photo attached. Please send the black one.`,
    'photo',
    [],
    'exchange',
  ),
  // Malaysian: consumer tribunal is lawful; "the difference, RM 18" has a sum → partial 18, ready.
  c(
    'r7b-51',
    'en',
    `I will bring this to the Tribunal for Consumer Claims if needed. I ordered 1 kg of dried cempedak chips but the pack weighs 500 g, I weighed it on kitchen scale the day it came, 9 Sept. Photo attached. Please refund the difference, RM 18.`,
    'photo',
    [],
    'partial_refund',
    18,
  ),
  // Filipino food name "puto" (rice cake) looks like Spanish vulgarity → innocent, ready.
  c(
    'r7b-52',
    'en',
    `The puto steamer (the 3-layer one for rice cakes) arrived with the middle layer dented, so the lid does not close; I found it when I opened the box on June 2. Photo attached. Kindly send a replacement po.`,
    'photo',
    [],
    'exchange',
  ),

  // ---------------------------------------------------------------- accusations and emotion (12)

  // Blanket intent label («специально», «схема такая») even with facts → accusation only.
  c(
    'r7b-53',
    'ru',
    `Вы специально шлёте пустые коробки, это у вас схема такая. Посылка пришла пустой: по трекингу вес 1,2 кг, на почте при вскрытии 3 октября — 0,15 кг, есть акт, фото прилагаю. Верните деньги.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Sarcasm about honesty (scare-quoted «случайно») → accusation; chain turned green in two days.
  c(
    'r7b-54',
    'ru',
    `Ну конечно, «случайно» вместо серебряной цепочки положили бижутерию, которая позеленела за два дня. Уже третий заказ у вас такое «случайно». Потемнение видно на фото, носила с 1 по 3 июля. Верните деньги.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // CAPS words + !!! + «в шоке» → emotional only.
  c(
    'r7b-55',
    'ru',
    `Я В ШОКЕ!!! Заказывала самокат сыну на день рождения, а переднее колесо отвалилось на первой же прогулке 12 мая, ребёнок упал. Фото сломанной оси прилагаю. Верните деньги.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // «развод» label + «!!» → accusation + emotional; the parcel was never sent (non-receipt), screenshots attached.
  c(
    'r7b-56',
    'ru',
    `Это просто развод!! Три недели обещаете «отправить завтра», а трек-номер так и не появился. Заказ от 1 марта, сегодня уже 24-е. Скриншоты ваших обещаний прилагаю. Верните деньги.`,
    'photo',
    ['accusation', 'emotional'],
    'full_refund',
  ),
  // Affect words («обидно», «до слёз») → emotional; measured hem difference is concrete.
  c(
    'r7b-57',
    'ru',
    `Очень обидно, честно, до слёз: платье на выпускной, а подол пришит криво — разница по длине слева и справа 6 см. Заметила на примерке 19 июня, фото с сантиметровой лентой приложила. Прошу вернуть деньги.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // «???» + «разочарована» → emotional.
  c(
    'r7b-58v',
    'ru',
    `Почему на мои сообщения никто не отвечает уже пять дней??? Я разочарована. Пылесос не заряжается: индикатор мигает красным и гаснет, и так с первого включения 2 сентября, видео приложила. Верните деньги.`,
    'video',
    ['emotional'],
    'full_refund',
  ),
  // Near-empty non-receipt with «???»: what is there (where is my order), nothing else → several warnings.
  c(
    'r7b-59',
    'ru',
    `Где мой заказ???`,
    'none',
    ['emotional', 'missing_when', 'missing_evidence', 'missing_resolution', 'too_short'],
    'none',
  ),
  // US: "Classic bait and switch" → accusation; the material mismatch is concrete.
  c(
    'r7b-60',
    'en',
    `Classic bait and switch. The listing shows a stainless steel thermos, what came is painted plastic — you can see the mould seam and it weighs next to nothing. Received Oct 10, photos attached. Refund please.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Nigerian: "so disappointed!!" → emotional.
  c(
    'r7b-61v',
    'en',
    `I am so disappointed!! I saved for this phone and there is a green line on the screen from top to bottom since the first day I switched it on, 2nd Dec. Video attached. Please refund my money.`,
    'video',
    ['emotional'],
    'full_refund',
  ),
  // Indian: "What great honesty, sir" — sarcasm about honesty → accusation (not insult).
  c(
    'r7b-62',
    'en',
    `What great honesty, sir — the box says 128 GB and the phone shows 32 GB in settings. I checked it the same evening I received it, 14th July. Screenshot of the storage page attached. I want a full refund.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Canadian: two CAPS words + "ridiculous" → emotional; tracking number in text, no file needed.
  c(
    'r7b-63',
    'en',
    `This is RIDICULOUS. Six weeks and NOTHING. The order was placed on January 3 and tracking LV123456789CN hasn't moved since January 9. Please refund me.`,
    'none',
    ['emotional'],
    'full_refund',
  ),
  // Malaysian: "you all sure do this on purpose one" → accusation (intent label).
  c(
    'r7b-64',
    'en',
    `You all sure do this on purpose one, send wrong colour then hope people lazy to complain. I ordered the beige curtain and got dark brown, saw it when I opened the pack on Sunday, 14 April. Photo attached. Exchange to beige please.`,
    'photo',
    ['accusation'],
    'exchange',
  ),

  // ---------------------------------------------------------------- vague versus concrete (12)

  // Generic «не соответствует описанию» → missing_what; receipt date counts as when.
  c(
    'r7b-65',
    'ru',
    `Товар не соответствует описанию. Получила 5 августа, фото прилагаю. Прошу вернуть деньги.`,
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // Concrete measured mismatch (28 vs 24 см) and "разница" with a sum → partial 250, ready.
  c(
    'r7b-66',
    'ru',
    `По описанию сковорода 28 см, а по линейке дно всего 24 см, если не считать бортики. Мерила в день получения, 11 марта, фото с линейкой прилагаю. Верните 250 рублей разницы.`,
    'photo',
    [],
    'partial_refund',
    250,
  ),
  // «брак» alone, no time, 6 words → missing_what, missing_when, too_short.
  c(
    'r7b-67',
    'ru',
    `Пришёл брак, фото прилагаю. Верните деньги.`,
    'photo',
    ['missing_what', 'missing_when', 'too_short'],
    'full_refund',
  ),
  // A concrete symptom (three beeps, shuts off) but no time or discovery → missing_when.
  c(
    'r7b-68v',
    'ru',
    `Электрическая зубная щётка трижды пищит и выключается через пару секунд после включения, даже полностью заряженная. Видео прилагаю. Прошу замену.`,
    'video',
    ['missing_when'],
    'exchange',
  ),
  // Concrete measured symptom, when given, but no evidence named and no file → missing_evidence.
  c(
    'r7b-69',
    'ru',
    `Плойка нагревается только до 120 градусов, а заявлено 200 — проверила термометром для духовки в первый же день, 4 декабря. Верните деньги.`,
    'none',
    ['missing_evidence'],
    'full_refund',
  ),
  // Non-receipt with elapsed time and tracking named, no file needed → ready.
  c(
    'r7b-70',
    'ru',
    `Посылка так и не пришла: заказ оформила 12 января, гарантированный срок доставки истёк 26 февраля, трек-номер последний раз обновлялся в Москве 2 февраля. Верните деньги.`,
    'none',
    [],
    'full_refund',
  ),
  // Bare «перестал работать» with a time → missing_what only.
  c(
    'r7b-71v',
    'ru',
    `Фен перестал работать на третий день. Видео прилагаю. Верните деньги.`,
    'video',
    ['missing_what'],
    'full_refund',
  ),
  // "not as described", "poor quality" → missing_what; date and photo present.
  c(
    'r7b-72',
    'en',
    `Item is not as described and the quality is very poor. Got it on 2 May, photo attached. Refund.`,
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // Filipino: measured curtain length (160 vs 210 cm) → concrete; "the difference, ₱250" → partial 250, ready.
  c(
    'r7b-73',
    'en',
    `The curtain is only 160 cm long po, the listing says 210 cm. I measured it with a tape when I hung it up last Saturday, photo attached. Please refund the difference, ₱250.`,
    'photo',
    [],
    'partial_refund',
    250,
  ),
  // US: "Defective out of the box" — generic, no real when, no evidence.
  c(
    'r7b-74',
    'en',
    `Defective right out of the box. Want my money back.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Nigerian non-receipt with dates and tracking status → ready, no file needed.
  c(
    'r7b-75',
    'en',
    `I have been waiting since 15 February, today is 2 April and the parcel is still "in transit" in the tracking with no update since 20 February. Please refund.`,
    'none',
    [],
    'full_refund',
  ),
  // Indian: concrete symptom (whistle does not release steam, lid bulges), no time → missing_when.
  c(
    'r7b-76v',
    'en',
    `The whistle of the pressure cooker does not release steam, pressure builds up and the lid bulges. Video attached. Kindly replace the product.`,
    'video',
    ['missing_when'],
    'exchange',
  ),

  // ---------------------------------------------------------------- disguised profanity (6)

  // Latin z inside Cyrillic mat, used as a standalone interjection → profanity + emotional.
  c(
    'r7b-77',
    'ru',
    `Пиzдец. Коробку с монитором просто обмотали скотчем без пенопласта, угол матрицы треснул. Трещину видно на фото, вскрывала при курьере 8 ноября. Верните деньги.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Digits for a syllable («про3,14здили» = lost) as a verb, not an interjection → profanity only; partial 600.
  c(
    'r7b-78',
    'ru',
    `Две пачки фильтров из четырёх по дороге про3,14здили: вес на накладке 0,8 кг, а на почте при получении 15 марта взвесили 0,4 кг. Фото весов прилагаю. Верните 600 рублей за недостающие пачки.`,
    'photo',
    ['profanity'],
    'partial_refund',
    600,
  ),
  // Dropped vowels «Блд» as an interjection → profanity + emotional.
  c(
    'r7b-79',
    'ru',
    `Блд, сколько можно. Зарядка для ноутбука выдаёт 12 В вместо 19 В, замерила мультиметром 2 июля, фото экрана мультиметра прилагаю. Верните деньги.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Digit-masked mat used to call the staff names («Уё6ки на складе») → profanity + insult.
  c(
    'r7b-80',
    'ru',
    `Уё6ки на складе опять перепутали: вместо кабеля Type-C положили micro-USB. Разъём видно на фото, пакет открыла 27 августа. Пришлите Type-C.`,
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // English minced form "Phuckin hell" as an interjection → profanity + emotional.
  c(
    'r7b-81',
    'en',
    `Phuckin hell, the main tent pole snapped on the very first setup, June 14. Photo of the break attached. Send a new pole set please.`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // Masked "a$$hat" aimed at the packer → profanity + insult.
  c(
    'r7b-82',
    'en',
    `Whoever packed this is a complete a$$hat: a ceramic lamp base in a bag with no padding, it came in three pieces on 9 Nov. Photos attached. Full refund.`,
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),

  // ---------------------------------------------------------------- requests (6) and empty texts (2)

  // "€6,50" is 6.5 → partial refund with a sum, ready.
  c(
    'r7b-83',
    'ru',
    `Вместо шести бокалов пришло четыре — пересчитали при распаковке 18 декабря, фото коробки с пустыми ячейками прилагаю. Верните, пожалуйста, €6,50 за два недостающих.`,
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // «компенсацию на ваше усмотрение» → partial refund without a sum.
  c(
    'r7b-84',
    'ru',
    `Куртка пришла с дыркой около кармана, заметила при распаковке 3 октября, фото прилагаю. Носить можно, поэтому прошу компенсацию на ваше усмотрение.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Declined refund («деньги возвращать не надо») + request for the right colour → exchange, ready.
  c(
    'r7b-85',
    'ru',
    `Деньги возвращать не надо, мне нужен сам чехол: пришлите, пожалуйста, чёрный вместо бежевого. Цвет не тот — видно на фото рядом с карточкой товара, увидела 2 июня при получении.`,
    'photo',
    [],
    'exchange',
  ),
  // Video promised («Прикладываю видео») but no file, and no request at all.
  c(
    'r7b-86',
    'ru',
    `Лампа в торшере мигает каждые несколько секунд с первого дня, 15 апреля; меняла лампочку — то же самое. Прикладываю видео.`,
    'none',
    ['evidence_not_attached', 'missing_resolution'],
    'none',
  ),
  // Indian: a percentage gives no absolute sum → partial_without_amount.
  c(
    'r7b-87',
    'en',
    `Kindly refund 30% of the price: the outer box was crushed and the user manual is missing, though the kettle itself works. Noticed on delivery on 11th March, photos attached.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // US: "the difference" with no sum, and screenshots promised but no file.
  c(
    'r7b-88',
    'en',
    `I paid for the 64 GB model and got the 32 GB one — it shows in Settings, I checked the day it arrived, Sept 2. Screenshots attached. Please refund the difference.`,
    'none',
    ['partial_without_amount', 'evidence_not_attached'],
    'partial_refund',
    null,
  ),
  // A single two-letter word → empty_text only.
  c('r7b-89', 'ru', `ок`, 'none', ['empty_text'], 'none'),
  // No text at all → empty_text only.
  c('r7b-90', 'en', ``, 'none', ['empty_text'], 'none'),
];
