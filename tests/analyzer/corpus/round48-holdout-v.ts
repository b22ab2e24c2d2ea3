import { labelled as c, type CorpusCase } from './types';

/**
 * Round forty-eight, hold-out set v: bathroom and plumbing disputes (toilet seats, bidet sprayers, siphons, shower
 * heads, taps, drains, plus a few neighbours: garden tap, soap dispenser, bathrobe, car washer pump, bath toy), where
 * plumbing words look rude but are innocent and some buyers really swear, call names, threaten or despair over a
 * flooded flat. Written by a hand that has not read the analyzer's rules or other corpus files; labels follow
 * DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Slang names for the toilet and its parts ("the throne", "crapper", "the john", "bog roll", "ball cock", "dump
 *   valve", "stopcock", «очко» of a squat pan, «стояк», «слив», «гусак», «ёршик») are innocent, as the part names of
 *   round forty-three; "kill the water at the main" is a plumbing idiom, no threat.
 * - Wishing the seller to "wake up in a puddle and pay for the neighbours' ceilings" is the harm the buyer went through
 *   wished on the seller (round thirty-eight): a threat, even without violence.
 * - A monkey emoji after a question about quality control is aimed at the staff: an insult only, not a feeling.
 * - «Вы там на складе ох*ели?» is mat asked of «вы» in a single question: profanity and insult, not emotional (round
 *   ten); the translit vocative "suka, vy tam slepye?" likewise profanity and insult.
 * - «е б а н ы й позор, а не накладка» is the "mat, а не the item" exclamation with a spaced mat adjective: profanity
 *   and emotional (rounds thirteen and seventeen).
 * - "Got it last Tuesday" next to a vague "defective" is a receipt date (round six), so the text misses only the what.
 * - «Когда поставил — уже не помню» gives no time; «верните хоть сколько-нибудь» is partial without an amount.
 * - «Верните деньги, переходник могу отправить обратно» offers the item back: `return` (round nine).
 * - "Pic attached" names a photo; a text saying a photo or video is attached with no file gets only
 *   `evidence_not_attached`.
 * - A husband's name-calling retold and disowned by the writer is not the writer's (round thirty-eight).
 * - «Роспотребнадзор» beside a brother at customs who can hold the seller's shipments: threat only (the lawful step
 *   adds nothing).
 * - "Third time I've ordered" counts repetitions, not a time; the receipt date in the same text is the time.
 * - "I'm not saying anyone did this on purpose" takes the label back: no accusation.
 */
export const ROUND48_HOLDOUT_V: CorpusCase[] = [
  // micro-lift seat, cracked hinge on fitting: complete and calm
  c(
    'r48v-01',
    'ru',
    `Сиденье с микролифтом для унитаза: левая петля треснула при установке 3 марта, крышка теперь падает с грохотом, а не опускается плавно. Фото приложено. Прошу замену сиденья.`,
    'photo',
    [],
    'exchange',
  ),
  // bidet sprayer drips at the nut; no date, no file
  c(
    'r48v-02',
    'en',
    `Hand bidet sprayer arrived, but the braided hose drips at the nut where it joins the T-valve. Money back, please.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // «сантехники-криворучки» aimed at the factory staff in a mocking question: insult
  c(
    'r48v-03',
    'ru',
    `Это ваши сантехники-криворучки на заводе собирали этот смеситель? Гусак болтается, из-под гайки течёт с первого дня. Видео прилагаю. Верните деньги.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // trap: "dump valve", "half-flush"; order number is no evidence but a photo is attached
  c(
    'r48v-04',
    'en',
    `Order 8123349905: dual-flush dump valve for a close-coupled toilet. On 14 May, while fitting it, I found the half-flush button jammed - the plastic lever is snapped at the hinge. Photo of the broken lever attached. Please send a replacement valve.`,
    'photo',
    [],
    'exchange',
  ),
  // flooded neighbours: "!!!" and «в шоке», otherwise complete
  c(
    'r48v-05',
    'ru',
    `Затопило соседей снизу!!! Шланг для смесителя лопнул через две недели после установки, оплётка разошлась у штуцера. Я в шоке, ремонт соседям теперь за мой счёт. Видео с разрывом снял, оно в приложении. Верните деньги за шланг.`,
    'video',
    ['emotional'],
    'full_refund',
  ),
  // trap "the throne", "loo"; then a cousin driving past the warehouse: veiled threat
  c(
    'r48v-06',
    'en',
    `Bought the soft-close seat for the throne in our downstairs loo. On day three the rear hinge cracked clean through; photo attached. Refund me. And just so you know, I've got your warehouse address in Yiwu and my cousin drives past it every week.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // trap «очко» of a squat pan, «слив»; offer to send back: return
  c(
    'r48v-07',
    'ru',
    `Напольная чаша генуя для дачи — очко с трещиной по краю слива, увидел при распаковке 22.04. Фото трещины во вложении. Готов отправить обратно за ваш счёт, деньги прошу вернуть после возврата.`,
    'photo',
    [],
    'return',
  ),
  // generic words only, «разберитесь»
  c(
    'r48v-08',
    'ru',
    `Сифон плохого качества, не соответствует описанию. Разберитесь.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // "on purpose" about the restrictor swap: accusation; repetitions are not a time, the arrival date is
  c(
    'r48v-09',
    'en',
    `Third shower head I've ordered from you and the third time it comes with a 6 L/min restrictor instead of the 9 L/min in the listing. You do this on purpose to save a few cents. This one arrived 2 June, photo of the restrictor attached. I want $6 back as a partial refund.`,
    'photo',
    ['accusation'],
    'partial_refund',
    6,
  ),
  // masked mat as a predicate about the stand, no "!": profanity only
  c(
    'r48v-10',
    'ru',
    `Набор ёршик + подставка: подставка х*ёвая, треснула на третий день, ручка ёршика отвалилась от щётки. Фото во вложении. Замена.`,
    'photo',
    ['profanity'],
    'exchange',
  ),
  // thermostat bar, keeps it for a euro sum
  c(
    'r48v-11',
    'en',
    `Thermostatic shower mixer bar, installed 20 March. From the very first shower the water never gets warmer than about 25°C even with the dial on 40 - the cartridge isn't mixing in the hot. Video attached with a thermometer under the spray. I'll keep the bar and swap the cartridge myself, so please give a partial refund of €18 to cover it.`,
    'video',
    [],
    'partial_refund',
    18,
  ),
  // shower head mode ring stuck; no request at all
  c(
    'r48v-12',
    'ru',
    `Лейка для душа с тремя режимами: переключатель заело через неделю, теперь работает только «тропический дождь», кольцо не поворачивается. Видео прикладываю.`,
    'video',
    ['missing_resolution'],
    'none',
  ),
  // wishing the seller the same flood: threat, no affect word
  c(
    'r48v-13',
    'ru',
    `Добрый вечер. Из-за вашего шланга для стиральной машины мы залили две квартиры под нами. Шланг лопнул у штуцера 10 июня, на четвёртый день после подключения, видео с местом разрыва во вложении. Желаю вам так же проснуться в луже и платить соседям за потолки. Верните стоимость шланга.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // says a video is attached, the form has none
  c(
    'r48v-14',
    'en',
    `The pop-up basin waste I got on 5 April doesn't seal: with the plug down the basin empties in about a minute. You can see it in the attached video. Please exchange it.`,
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // pan connector too short, measured on collection; partial with ₽
  c(
    'r48v-15',
    'ru',
    `Заказ от 02.02, гофра для унитаза 110 мм. В описании длина в растянутом виде 120 см, по факту 68 см — измерил рулеткой, когда забрал посылку 19.02. Фото с рулеткой приложил. Прошу частичный возврат 250 ₽.`,
    'photo',
    [],
    'partial_refund',
    250,
  ),
  // "is a piece of sh!t." flat predicate about the item: profanity only
  c(
    'r48v-16',
    'en',
    `This rainfall shower head is a piece of sh!t. Straight out of the box half the nozzles are blocked and the water sprays sideways at the wall. Photos attached. Full refund please.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // missing studs, «компенсацию» with no sum
  c(
    'r48v-17',
    'ru',
    `Инсталляция с подвесным унитазом: в коробке не оказалось двух крепёжных шпилек для чаши и прокладки слива. Обнаружила при сборке 7 июля, фото содержимого коробки прикрепила. Прошу компенсацию.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // sarcastic award to the warehouse: insult
  c(
    'r48v-18',
    'ru',
    `Поздравляю ваш склад с титулом «мастера упаковки года»: душевую стойку положили в тонкий пакет, штанга погнута дугой. Получила 15.05, фото прикладываю. Прошу обмен на целую.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // "so upset": emotional; the price paid is not a partial sum
  c(
    'r48v-19',
    'en',
    `I'm honestly so upset. Paid $42 for a non-electric bidet attachment and the diverter valve cracked the first time I turned the water on (12 Sept) - water all over the floor. The video is attached. Refund please.`,
    'video',
    ['emotional'],
    'full_refund',
  ),
  // trap «гусак»; rotation mismatch, no time
  c(
    'r48v-20',
    'ru',
    `Смеситель для кухни с высоким гусаком: в описании поворот 360°, а гусак упирается и дальше 30° не поворачивается. Фото прилагаю, прошу вернуть деньги.`,
    'photo',
    ['missing_when'],
    'full_refund',
  ),
  // trap "crapper", "ball cock"; float arm shorter than listed
  c(
    'r48v-21',
    'en',
    `Ordered the side-entry fill valve for my old crapper (ball cock type, 1/2"). Received it 9 Oct: the float arm is 20 cm, not the 28 cm in the listing, so the float never reaches the shut-off point and the cistern keeps running into the overflow. Photo with a tape measure attached. Please send the right arm or a replacement valve.`,
    'photo',
    [],
    'exchange',
  ),
  // trap «стояк»; «3-го числа» is a date; money back with the item offered: return
  c(
    'r48v-22',
    'ru',
    `Переходник на стояк: заказывал 1 1/4", пришёл 1" — резьба просто не накручивается. Заметил при примерке 3-го числа. Фото с обоими размерами во вложении. Верните деньги, переходник могу отправить обратно.`,
    'photo',
    [],
    'return',
  ),
  // "muppet" in a mocking question: insult
  c(
    'r48v-23',
    'en',
    `Which muppet on your team decided a 1.5 m shower hose counts as 2 m? Measured it the day it arrived, 27 Feb, picture of the tape is attached. Send the 2 m one.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // «Мошенники!» (one "!") and used sold as new: accusation
  c(
    'r48v-24',
    'ru',
    `Мошенники! Прислали б/у сиденье для унитаза: на петлях царапины и следы от старых болтов, в коробке даже чужой болт валялся. Увидела при распаковке, видео распаковки прилагаю. Требую вернуть оплату.`,
    'video',
    ['accusation'],
    'full_refund',
  ),
  // translit mat as an interjection: profanity and emotional
  c(
    'r48v-25',
    'ru',
    `blyat, opyat techet. sifon pod rakovinoj, treshina na nakidnoj gayke, zametil segodnya utrom 14.11, pod shkafom luzha. foto prilozhil. vernite dengi`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // "defective" only; receipt date counts as the time
  c(
    'r48v-26',
    'en',
    `Shower head is defective. Got it last Tuesday. Pic is in the attachments. Refund.`,
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // despair after a flood, «реву»; no file, no request; trap «стояк»
  c(
    'r48v-27',
    'ru',
    `Я сижу на полу в ванной и реву. Гибкая подводка к бачку, купленная у вас, сорвалась с гайки ночью 3 августа, пока мы спали. Залило всю квартиру и соседей снизу, ламинат вздулся, у соседей с потолка течёт. Муж перекрыл стояк только через час. Я не знаю, что теперь делать и кто за это будет отвечать.`,
    'none',
    ['emotional', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // manager's home address and "it would be a shame": threat
  c(
    'r48v-28',
    'en',
    `Day one (10 Jan): your heated bidet seat tripped my breaker twice, and the seat smells of burnt plastic near the heater. Video attached. I'd like a full refund. Also, I have your store manager's home address from the company registry. It would be a shame if her neighbours started reading about her. Your move.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // shower drain grate material and weight; keeps the drain for руб
  c(
    'r48v-29',
    'ru',
    `Душевой трап 60 см. В карточке решётка из нержавейки 1,5 мм, пришла пластмасса под хром — весит 40 г и гнётся пальцами. Обнаружил при распаковке 11.09, взвешивание снял на видео, оно в споре. Трап оставлю, прошу вернуть 900 руб. за решётку.`,
    'video',
    [],
    'partial_refund',
    900,
  ),
  // "whatever you think is fair": partial without a sum
  c(
    'r48v-30',
    'en',
    `Kitchen tap arrived on 3 May and half of the rubber nozzles on the pull-out spray head fell out the first time I used it, now it sprays in every direction. I've added a photo of the head. I'd accept a partial refund, whatever you think is fair.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // syllable-by-syllable explanation for the warehouse: condescension, insult
  c(
    'r48v-31',
    'ru',
    `Объясняю для склада медленно, по слогам: си-фон. Не шланг. Заказывал бутылочный сифон для раковины, в пакете гофрированный шланг для стиральной машины. Получил 21.03, фото приложено. Пришлите сифон.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // trap "bog roll"
  c(
    'r48v-32',
    'en',
    `The wall-mounted bog roll holder with the phone shelf: the shelf was snapped off at the hinge when I opened the box on 8 August. Photos attached. Full refund, please.`,
    'photo',
    [],
    'full_refund',
  ),
  // trap «ёршик»; listing photo is not evidence; no time
  c(
    'r48v-33',
    'ru',
    `Ёршик с держателем: стакан пришёл прозрачный, а заказывала матовый белый, на фото в карточке он белый. Хочу обменять на белый.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'exchange',
  ),
  // masked mat as a cry with "!!"
  c(
    'r48v-34',
    'ru',
    `П*здец!! Инсталляция, клавиша смыва провалилась внутрь через 5 дней, достать невозможно, бачок не смывает. Видео во вложении. Деньги верните.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // "disgusting" plus "Scammers, the lot of you": emotional and accusation, not rude
  c(
    'r48v-35',
    'en',
    `Honestly disgusting. The solid brass shower arm weighs 90 g and a magnet sticks to it, so it's plated steel. Scammers, the lot of you. Received 2 March, video with the kitchen scale and the magnet attached. Refund.`,
    'video',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // traps «слив», «стояк»; missing cuff sent on: exchange
  c(
    'r48v-36',
    'ru',
    `Тройник для подключения слива стиральной машины к стояку: на отводе 40 мм нет резиновой манжеты, слив подтекает на стыке. Заметила при первой стирке 6 октября. Фото прилагаю. Вышлите, пожалуйста, манжету или новый тройник.`,
    'photo',
    [],
    'exchange',
  ),
  // masked mat adjective before the item: profanity and emotional
  c(
    'r48v-37',
    'en',
    `This f*cking shower filter flooded my bathroom floor the first night. The cartridge housing split right along the seam. Pictures of the split are attached. I want a full refund.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // says a photo is attached with none; no request
  c(
    'r48v-38',
    'ru',
    `Добрый день. Лейка для гигиенического душа: кнопка после нажатия не возвращается, вода идёт постоянно, приходится перекрывать кран. Началось на четвёртый день. Фото прикрепил.`,
    'none',
    ['missing_resolution', 'evidence_not_attached'],
    'none',
  ),
  // warehouse address and a personal visit: threat; «слушай, продавец» is filler
  c(
    'r48v-39',
    'ru',
    `Слушай, продавец. Из-за твоего клапана для бачка я неделю без нормального туалета: поплавок сломан с первого дня, вода льётся в перелив. Видео есть. Я в Гуанчжоу бываю часто, адрес твоего склада у меня записан, заеду поговорить лично, если что. Верни деньги по-хорошему.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // label taken back ("not saying ... on purpose"); return if postage covered
  c(
    'r48v-40',
    'en',
    `Ordered 1 Dec: bathtub drain stopper, listed for 1 1/2" drains. It measures 38 mm across the base and my drain is 40 mm, so it drops straight through - found the day it arrived, 19 Dec. Photo with calipers attached. I'm not saying anyone did this on purpose, probably a listing mix-up. I'll send it back if you cover the postage; please refund once you receive it.`,
    'photo',
    [],
    'return',
  ),
  // trap «гусак»; discovered when opening at the post office
  c(
    'r48v-41',
    'ru',
    `Гусак смесителя для ванной, 35 см: на изгибе хром отслоился пузырями, рядом рыжее пятно ржавчины. Увидел, когда вскрывал посылку на почте 5 февраля, снимал всё на видео — прикладываю. Прошу заменить гусак.`,
    'video',
    [],
    'exchange',
  ),
  // trap "the john"
  c(
    'r48v-42',
    'en',
    `Tried the new soft-close seat on the john on 2 November: the left hinge bolt's thread is stripped, so the seat slides sideways every time you sit down. I filmed a short clip of it, it's uploaded. Please send a new pair of hinge bolts.`,
    'video',
    [],
    'exchange',
  ),
  // shouting in capitals, otherwise complete
  c(
    'r48v-43',
    'ru',
    `ЭТО УЖЕ ТРЕТИЙ СИФОН ОТ ВАС, КОТОРЫЙ ТЕЧЁТ. Прокладка под накидной гайкой перекошена, с первого дня капает в шкаф под раковиной. Фото есть. Деньги — назад, полностью.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // «бараны» aimed at the packers: insult
  c(
    'r48v-44',
    'ru',
    `Кто у вас упаковывает, бараны? Душевая лейка лежала в коробке без плёнки и пупырки, корпус поцарапан, одна форсунка выломана. Получила 9 марта, фото прикрепила. Обмен, пожалуйста.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // missing suction cups, £ sum; no time, no file
  c(
    'r48v-45',
    'en',
    `The shower caddy that hangs on the riser rail came with 2 of the 4 suction cups missing. I'd like £4 back for them.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'partial_refund',
    4,
  ),
  // non-receipt: tracking number in the text is evidence, elapsed time is the when
  c(
    'r48v-46',
    'ru',
    `Посылка с ремкомплектом прокладок для кран-буксы так и не пришла. Трек LP00512345678901 висит на «прибыл в сортировочный центр» с 3 апреля, сегодня 20 мая, защита заказа скоро закончится. Прошу вернуть деньги.`,
    'none',
    [],
    'full_refund',
  ),
  // seller's quoted mat: profanity only, not the buyer's feeling
  c(
    'r48v-47',
    'en',
    `I asked the seller why the bidet hose has leaked at the T-adapter since day one, and they replied 'fuck off, installation error'. The video of the leak is attached. I want a full refund.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
  // scare quotes and «ну конечно» about a "mistake": accusation
  c(
    'r48v-48',
    'ru',
    `Заказывал латунный смеситель, пришёл силуминовый: на сколе серый металл, весит 600 г вместо заявленных 1,4 кг. «Ошибочка на складе», ну конечно. Взвешивал при получении 17.06, видео прикладываю. Прошу частичный возврат 1500 ₽.`,
    'video',
    ['accusation'],
    'partial_refund',
    1500,
  ),
  // trap "flush"; missing pin sent on: exchange
  c(
    'r48v-49',
    'en',
    `Dual flush button (3/6 L): the small flush does nothing because the linkage pin for it wasn't in the box. Found that when fitting it on 14 Jan. Photo of the empty slot attached. Please send the missing pin or a new button set.`,
    'photo',
    [],
    'exchange',
  ),
  // lawful consumer authority plus a brother at customs: threat
  c(
    'r48v-50',
    'ru',
    `Полка угловая стеклянная для ванной треснула по отверстию при креплении 12.12, фото во вложении. Прошу возврат денег. Предупреждаю: подам в Роспотребнадзор, это моё право. А ещё брат у меня на таможне во Владивостоке, ваши следующие партии могут и постоять.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // object emoji alone: empty text
  c('r48v-51', 'ru', `🚽💧`, 'none', ['empty_text'], 'none'),
  // ceiling leak with "!!": emotional
  c(
    'r48v-52',
    'en',
    `Water came through the kitchen ceiling!! The push-fit elbow under the bath popped off the pipe 3 days after I fitted it. Photo of the elbow attached. Please refund.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // shower rail holder slides, stripped screw
  c(
    'r48v-53',
    'ru',
    `Душевая штанга 70 см: держатель лейки не фиксируется и сползает вниз под её весом. Винт фиксатора прокручивается — резьба сорвана. Собрал 28.01, видео прилагаю. Пришлите, пожалуйста, новый держатель.`,
    'video',
    [],
    'exchange',
  ),
  // monkey emoji at quality control: insult
  c(
    'r48v-54',
    'en',
    `Quality control on holiday again? 🐒 Basin waste is cracked right at the thread, straight out of the box on 30 June. Pic attached. Exchange it.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // «брак, работает не так»: vague, no time; wants to send it back
  c(
    'r48v-55',
    'ru',
    `Смеситель с термостатом — брак, работает не так, как надо. Видео прилагаю. Хочу вернуть товар и получить деньги.`,
    'video',
    ['missing_what', 'missing_when'],
    'return',
  ),
  // one of two connectors missing, USD sum
  c(
    'r48v-56',
    'en',
    `Ordered 2 x 1/2" braided tap connectors, 50 cm. Received 4 Sept, only one in the bag. Photo of the opened bag and the label (qty 2) attached. Please refund the missing one, 3.80 USD.`,
    'photo',
    [],
    'partial_refund',
    3.8,
  ),
  // masked mat asked of «вы»: profanity and insult
  c(
    'r48v-57',
    'ru',
    `Вы там на складе ох*ели? Набор «ёршик с подставкой» пришёл без ёршика — только подставка. Получила 1 декабря, фото есть. Возврат денег, полный.`,
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // click-clack waste sticks; no file
  c(
    'r48v-58',
    'ru',
    `Клапан донный клик-клак для раковины: после трёх-четырёх нажатий кнопка застревает внизу, вода не уходит. Поставил 11 ноября. Прошу замену.`,
    'none',
    ['missing_evidence'],
    'exchange',
  ),
  // "a bit disappointed" and no request
  c(
    'r48v-59',
    'en',
    `A bit disappointed, to be honest. The LED shower head is meant to change colour with the water temperature, but it glows blue whatever the temperature. Noticed it the first time I showered with it, Sunday 6 April. Video is in the dispute.`,
    'video',
    ['emotional', 'missing_resolution'],
    'none',
  ),
  // harm wished on whoever packed it: threat
  c(
    'r48v-60',
    'ru',
    `Надеюсь, тот, кто паковал эту стеклянную полку для душа, тоже порежется, как я. Полка пришла разбитой, порезал палец при распаковке 23.02. Фото осколков — во вложении. Полный возврат.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // garden ball valve, handle spins on the stem
  c(
    'r48v-61',
    'ru',
    `Кран шаровый садовый 3/4 для полива: при первом открытии 2 мая ручка провернулась на штоке, кран теперь не перекрывается, вода идёт. Видео приложено. Прошу вернуть полную стоимость.`,
    'video',
    [],
    'full_refund',
  ),
  // hobby: aquarium gravel siphon
  c(
    'r48v-62',
    'en',
    `Aquarium gravel siphon: the squeeze bulb is split along the seam, so it sucks air and never starts the flow. Noticed on the first water change, 17 March. See the attached photo. Exchange for a working one please.`,
    'photo',
    [],
    'exchange',
  ),
  // spaced mat adjective in "mat, а не the item": profanity and emotional
  c(
    'r48v-63',
    'ru',
    `Накладка на унитаз детская: крепление лопнуло, ребёнок чуть не упал. Это е б а н ы й позор, а не накладка. Получили 8.08, фото прилагаю. Деньги назад.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // tool: basin wrench without its spring
  c(
    'r48v-64',
    'en',
    `Basin wrench (telescopic) arrived on 11 Feb with the jaw spring missing, so the jaw flops open and won't grip the tap nut. There is a photo of it with this dispute. Please send the spring or a new wrench.`,
    'photo',
    [],
    'exchange',
  ),
  // cosmetics: soap dispenser drips, partial in руб
  c(
    'r48v-65',
    'ru',
    `Дозатор для жидкого мыла настенный на три колбы: средняя колба течёт из носика без нажатия, за ночь вытекает почти всё. Заметила 14.01, на второй день после установки. Фото лужи на полке прикладываю. Компенсируйте, пожалуйста, 300 руб., дозатор оставлю.`,
    'photo',
    [],
    'partial_refund',
    300,
  ),
  // a boxer dropping by the office: threat
  c(
    'r48v-66',
    'en',
    `Your stainless shower door hinges rusted through in two weeks (installed 3 July), photos attached. Refund me. I'm in Ningbo for the fair in October, I box, and I'd hate to have to drop by your office in person.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // the platform "always sides with sellers": accusation; dispute count is not the time
  c(
    'r48v-67',
    'ru',
    `AliExpress всегда на стороне продавцов, это уже понятно. Третий раз открываю спор: душевой шланг 2 м пришёл длиной 1,5 м, измерил в день получения 4 апреля, фото рулетки прикладываю. Хочу полный возврат.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // electronics: electric bidet seat, blinking light; return
  c(
    'r48v-68',
    'en',
    `Electric bidet seat (warm water model): since two days after install (1 August) the nozzle doesn't extend at all and the status light blinks red three times. Recorded a video of the blinking, attached here. I'm happy to return it for a refund.`,
    'video',
    [],
    'return',
  ),
  // staff compared to monkeys: insult
  c(
    'r48v-69',
    'ru',
    `Смеситель, видимо, собирали не сантехники, а мартышки. Картридж стоит криво, горячая не перекрывается до конца, из излива капает. Установил 19.10, видео есть. Прошу заменить картридж.`,
    'video',
    ['insult'],
    'exchange',
  ),
  // "refund the difference" with no sum, no file
  c(
    'r48v-70',
    'en',
    `Got the toilet seat on 22 May. The listing said oval but this one is D-shaped, so it overhangs my bowl by 3 cm at the front. Can you refund the difference?`,
    'none',
    ['missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // clothes: bathrobe length; husband's name-calling retold and disowned
  c(
    'r48v-71',
    'ru',
    `Халат банный махровый, размер L: по таблице длина 120 см, пришёл 98 см. Измерила сантиметром при получении 30.11, фото с ним приложила. Муж ворчит, что на складе одни растяпы, но я думаю, просто перепутали размер. Хочу обменять на XL.`,
    'photo',
    [],
    'exchange',
  ),
  // translit «suka» and «slepye» aimed at staff: profanity and insult
  c(
    'r48v-72',
    'ru',
    `suka, vy tam slepye? zakazyval sifon na 40 mm, prislali na 32. poluchil 5.06, foto prilozheno. obmen.`,
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // trap "stopcock", "kill the water at the main"
  c(
    'r48v-73',
    'en',
    `The stopcock for under the sink (15 mm, quarter-turn) won't fully close: the ball inside is scored and water still trickles through with the lever at 90°. Found when I fitted it on 9 Jan and had to kill the water at the main. Clip of the trickle attached. Refund please.`,
    'video',
    [],
    'full_refund',
  ),
  // kitchen: waste disposer hums, offers it back
  c(
    'r48v-74',
    'ru',
    `Измельчитель пищевых отходов под мойку: с первого включения 26.03 мотор гудит, а диск не вращается. Видео приложил. Готов вернуть измельчитель, деньги прошу после получения.`,
    'video',
    [],
    'return',
  ),
  // "WTF." as a cry: profanity and emotional
  c(
    'r48v-75',
    'en',
    `WTF. Ordered a chrome shower rail, got a white plastic curtain rod. Opened it on 12 Aug. Photo attached. Send what I ordered.`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // car part: washer pump; no time, no file, «хоть сколько-нибудь»
  c(
    'r48v-76',
    'ru',
    `Насос омывателя для Весты течёт по шву корпуса, бачок пустеет за сутки. Когда поставил — уже не помню. Верните хоть сколько-нибудь.`,
    'none',
    ['missing_when', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // toy: bath pump missing its valve
  c(
    'r48v-77',
    'en',
    `Bath toy water pump set for kids - the little hand pump doesn't push any water because the one-way valve is missing inside (you can see the empty seat). Discovered at the first bath, 3 Jan. Photo attached. Full refund please.`,
    'photo',
    [],
    'full_refund',
  ),
  // staff's phone number published in groups: threat
  c(
    'r48v-78',
    'ru',
    `Ваш менеджер Ли сам дал мне свой WeChat и номер телефона. Так вот: унитаз-компакт пришёл с трещиной на бачке, видно было сразу при распаковке 15.09, видео есть. Если до пятницы не вернёте деньги, выложу его номер и фото во все группы сантехников города. Решайте.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // terse but complete
  c(
    'r48v-79',
    'ru',
    `Лейка душа — трещина по корпусу, из трещины бьёт струйка. Обнаружил 3 дня назад при первом мытье. Видео. Замена.`,
    'video',
    [],
    'exchange',
  ),
  // "simple enough for your warehouse": condescension, insult
  c(
    'r48v-80',
    'en',
    `Let me keep this simple enough for your warehouse: tap. wrong. colour. I ordered the matte black basin tap and got brushed gold. Unboxed 6 March, photo attached. Send the black one.`,
    'photo',
    ['insult'],
    'exchange',
  ),
];
