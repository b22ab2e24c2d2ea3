import { labelled as c, type CorpusCase } from './types';

/**
 * Round forty-three, hold-out set f: tiny orders (buttons, cables, stickers, nail tips, seeds, nibs; $0.30 to $5,
 * 20 to 300 ₽) fought on principle by students, pensioners and stubborn buyers, calm, sarcastic or crude. Written by a
 * hand that has not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Irony aimed at the seller's offer (a rouble "for the inconvenience" in quotes, «щедрое предложение», «на жвачку
 *   хватит») mocks the offer and is no finding; sarcastic praise of the seller or the staff («браво, акулы бизнеса»,
 *   «Гении») is an insult, as the decisions say of praise of a failure.
 * - Name-calling for stinginess aimed at the seller («жлобы», "cheapskates") is an insult; stinginess told as a fact
 *   ("you offered one cent") is not.
 * - «Верните хоть сколько-нибудь» is a partial refund without an amount, like «на ваше усмотрение».
 * - Clown emoji aimed at the seller are an insult only (round twenty-six), not an emotive emoji.
 * - For a parcel not received, the date the tracking claims it was delivered is the problem's time.
 * - Words with rude-looking letters inside (рубля, оскорблять, сучок, shiitake, bastard file, stopcock, blue tits,
 *   cockpit) are innocent.
 * - "Bullshit." as a sentence of its own, a bare «бля» and a spaced «Б л я т ь» as cries are profanity and emotional.
 * - A receipt date counts as the problem's time even when the problem itself is named too vaguely (r43f-54).
 * - To keep full and partial refunds apart, texts that want all their money back say so («полностью», "in full")
 *   instead of repeating the price as the sum.
 */
export const ROUND43_HOLDOUT_F: CorpusCase[] = [
  // missing quantity, discovery date, photo, small partial sum with a decimal comma
  c(
    'r43f-01',
    'ru',
    `Заказ пуговиц (10 шт., 45 ₽). Пришло 7 штук вместо 10 — пересчитала при вскрытии пакета 3 апреля. Фото содержимого приложила. Понимаю, что сумма смешная, но прошу вернуть 13,5 ₽ за три недостающие пуговицы.`,
    'photo',
    [],
    'partial_refund',
    13.5,
  ),
  // short and calm: symptom named, no time, no file
  c(
    'r43f-02',
    'en',
    `The micro USB cable ($0.89) stopped charging my phone. I know it's less than a dollar but I'd like my money back.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // sarcastic praise of the seller over a 1 ₽ offer: insult
  c(
    'r43f-03',
    'ru',
    `Предложили мне компенсацию 1 рубль за сломанную молнию на кошельке за 189 ₽. Браво, акулы бизнеса, щедрость уровня «бог». Молния разошлась на второй день, фото прикрепила. Ваш рубль оставьте себе, верните полную стоимость.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // innocent trap: "bastard file" is a tool
  c(
    'r43f-04',
    'en',
    `Ordered a 6-inch bastard file for £2.10. On arrival on 14 May I found the tang snapped clean off at the handle end — photo attached. It's two quid, I know, but I'd like a replacement file sent, please.`,
    'photo',
    [],
    'exchange',
  ),
  // scare quotes around "mistake": accusation
  c(
    'r43f-05',
    'ru',
    `Третий раз заказываю наклейки за 59 руб и третий раз приходит не тот рисунок: заказывала котиков, пришли динозавры. Пакет вскрыла вчера вечером. Очередная «ошибка», ага. Фото прилагаю. Прошу прислать котиков.`,
    'photo',
    ['accusation'],
    'exchange',
  ),
  // crude: «бля» as a cry, seeds that did not sprout, no evidence
  c(
    'r43f-06',
    'ru',
    `Семена томатов, 4 пакетика по 35 ₽. Сеяла 20 марта, прошло три недели — из 40 семян не взошло ни одно, бля. Земля та же, в которой перец отлично поднялся. Не в деньгах дело, а в потерянном сезоне. Верните деньги полностью.`,
    'none',
    ['profanity', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // pensioner, counted needles, sum for the missing ones
  c(
    'r43f-07',
    'en',
    `I'm a pensioner and I bought a pack of 50 sewing needles for 1.20 USD. When I opened the packet on 2 March there were only 30 needles, I counted them twice. I have taken a photo of them laid out on the table. Please refund the 20 missing needles, 0.48 USD.`,
    'photo',
    [],
    'partial_refund',
    0.48,
  ),
  // generic «с браком», nothing else
  c(
    'r43f-08',
    'ru',
    `Кисточки для дизайна ногтей, набор за 99 ₽, пришли с браком. Сумма копеечная, понимаю, но хочу вернуть деньги.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // proverb-like menace: "small world, long memory" is a veiled threat
  c(
    'r43f-09',
    'en',
    `$2.30 for a phone holder that snapped at the clip the first time I put it on the air vent (12 June, photo in the form). You offered a $0.50 coupon. Keep it. Refund me in full. It's a small world, and I have a long memory for shops that treat people like this.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // innocent trap: «рубля»; a declined 20 ₽ offer, exchange
  c(
    'r43f-10',
    'ru',
    `Заказ: переходник Type-C на 3,5 мм за 87 рублей. При первом подключении 5 мая звук идёт только в левый наушник, правый молчит, проверяла на двух телефонах. Видео записала и прикрепила. Ваши 20 рублей компенсации мне не нужны, и доплачивать ни одного рубля я тоже не хочу — прошу обмен на рабочий переходник.`,
    'video',
    [],
    'exchange',
  ),
  // student, «Обидно!!»: emotional
  c(
    'r43f-11',
    'ru',
    `Я студентка, 250 ₽ для меня не пустяк. Заказала чехол для наушников с ушками, пришёл без ушек — просто голый силикон. Обнаружила при распаковке вчера. Фото в приложении. Обидно!! Прошу вернуть деньги.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // "on purpose" about short shipping: accusation with facts
  c(
    'r43f-12',
    'en',
    `You people ship short on purpose because you know nobody opens a dispute over 80 cents. Well, I do. Ordered 100 M3 screws, received 62, counted them the evening they arrived (3 Oct). Photo of the pile is attached. Refund 0.30 USD for the 38 missing.`,
    'photo',
    ['accusation'],
    'partial_refund',
    0.3,
  ),
  // condescension «для тупеньких»; quotes around the coupon only mock the offer
  c(
    'r43f-13',
    'ru',
    `Объясняю для тупеньких, раз с первого раза не дошло: я заказывала 20 типсов размера S, пришли размера L, все 20. Обнаружила 11.09, как только открыла пакет. Фото прилагала. Замена на размер S, а не «купон на 30 рублей».`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // postage worth three times the item: refund without a return
  c(
    'r43f-14',
    'en',
    `The keychain carabiner (€1.40) arrived with the spring gate bent outward so it won't close — noticed it while unpacking on 9 April. Photo attached. Sending it back would cost me €4.60 in postage, more than three times its price, so I'm asking for a refund without a return.`,
    'photo',
    [],
    'full_refund',
  ),
  // relatives near the seller's warehouse: veiled threat
  c(
    'r43f-15',
    'ru',
    `Продавец, вы мне должны 64 рубля за брелок с отломанным карабином: сломан он был уже при вскрытии пакета, видно на фото. Предложили 5 рублей купоном. Адрес вашего склада в Иу я знаю, у меня там родня работает рядом. Подумайте ещё раз. Верните деньги.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // self-irony ("congrats to me") is no insult; missing loop, no time, no file
  c(
    'r43f-16',
    'en',
    `Congrats to me, I now own a very exclusive bracelet charm with no loop to hang it on. It cost $0.60 so I'm not going to write a novel about it. Please send one with the loop.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'exchange',
  ),
  // reply refusing a coupon; receipt date with the defect; no evidence
  c(
    'r43f-17',
    'ru',
    `Купон на 10 ₽ не нужен, спасибо. Я уже писала: крышка у солонки не закручивается, резьба сорвана, это было видно в день получения, 17 февраля. Хочу полный возврат 120 ₽.`,
    'none',
    ['missing_evidence'],
    'full_refund',
  ),
  // «Жлобы.» aimed at the seller: insult; quotes around the offer mock it
  c(
    'r43f-18',
    'ru',
    `Заказала насадки для крема, 6 шт. за 150 ₽, в коробке 4. Пересчитала при курьере 22.04. Фото у вас есть. Вы предлагаете 1 рубль «за неудобства». Жлобы. Верните 50 ₽ за две недостающие насадки.`,
    'photo',
    ['insult'],
    'partial_refund',
    50,
  ),
  // student, "not about the money", offers a video without attaching it
  c(
    'r43f-19',
    'en',
    `Student here, so yes, I'm disputing $1.75. It's not about the money, it's that the set of 12 gel pens came with 3 pens completely dry — they wouldn't write from the very first try on 28 January. I can send a video of them scratching on paper if needed. Please refund 0.44 USD for the three pens.`,
    'none',
    [],
    'partial_refund',
    0.44,
  ),
  // "compensate the difference" with no sum
  c(
    'r43f-20',
    'ru',
    `Купила шнурки для кроссовок за 38 руб: одна пара короче другой сантиметров на 15, заметила в день получения, когда зашнуровала. Фото прикладываю. Компенсируйте разницу как-нибудь.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "Fuck me" as a cry over a 40p pick: profanity and emotional
  c(
    'r43f-21',
    'en',
    `Fuck me, 40p for a guitar pick and you still manage to send the wrong one. Ordered 0.46mm, got 1.5mm, saw it the second I opened the envelope on Tuesday. Photo's on the form. Just send the right pick.`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // pensioner, seeds not received, elapsed days and a tracking number, no file
  c(
    'r43f-22',
    'ru',
    `Здравствуйте. Я пенсионерка, заказала семена петунии за 49 рублей 10 марта. Прошло 52 дня, посылка так и не пришла, отслеживание последний раз обновлялось 18 марта. Трек RB483920175SG. Для меня это не пустяк. Прошу вернуть деньги.`,
    'none',
    [],
    'full_refund',
  ),
  // "all sellers here are the same": blanket accusation
  c(
    'r43f-23',
    'ru',
    `У вас тут все продавцы одинаковые: думаете, за 30 рублей никто не станет связываться. Вместо 100 стразов в пакетике 60, посчитала сразу при получении 7 июня. Фото есть в заявке. Верните 12 рублей за недостающие.`,
    'photo',
    ['accusation'],
    'partial_refund',
    12,
  ),
  // says the photo is attached, form has none
  c(
    'r43f-24',
    'en',
    `The replacement nib for my fountain pen (1.99 USD) has one tine longer than the other, it scratches and skips on every stroke. Noticed on the first fill last weekend. See the photo I've attached under a magnifier. I'd like a new nib sent.`,
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // publishing the manager's phone: threat
  c(
    'r43f-25',
    'ru',
    `Значит так. Ножницы для ниток за 75 ₽ не режут вообще, лезвия не сходятся — это я выяснила в первый же день. Фото вы видели. Ваши 7 рублей компенсации можете оставить себе. Если до пятницы денег не будет, выложу ваш телефон и имя менеджера во всех группах рукодельниц, пусть ей звонят. Возврат полной суммы.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // innocent trap: shiitake; "half" with a sum
  c(
    'r43f-26',
    'en',
    `I bought shiitake mushroom spawn plugs, 100 pcs for $3.20. When I opened the bag on 4 November about half of them were covered in green mould instead of white mycelium. Photos of the bag and a close-up are attached. Please refund $1.60 for the mouldy half.`,
    'photo',
    [],
    'partial_refund',
    1.6,
  ),
  // two capitalised words: emotional
  c(
    'r43f-27',
    'ru',
    `Магнит на холодильник, 1 шт., 29 рублей. Пришёл РАЗБИТЫЙ пополам, ДВЕ половинки в пакете. Увидела при вскрытии на почте 30 августа, фото приложено. Прошу замену.`,
    'photo',
    ['emotional'],
    'exchange',
  ),
  // masked mat in a question at the warehouse: profanity and insult
  c(
    'r43f-28',
    'ru',
    `Вы там на складе совсем ох*ели? Заказ: 3 резинки для волос за 19 ₽, в пакете две, и одна из них лопнула в первый же день. Фото на форме. Верните деньги полностью.`,
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // calm, coupon declined, video of two batteries
  c(
    'r43f-29',
    'en',
    `Thanks for the offer of a 0.20 USD coupon, but I'd rather not. The LED keyring torch (0.99 USD) doesn't light at all with the included battery or with a new CR2016 I bought; tested on the day it arrived, 21 July. Video of both attempts is attached. A full refund, please.`,
    'video',
    [],
    'full_refund',
  ),
  // irony about the 1 ₽ offer is only a remark; «Разберитесь» asks for nothing
  c(
    'r43f-30',
    'ru',
    `Рубль компенсации за кривой шов на носке — ну, на жвачку, может, и хватит. Носки, 3 пары за 210 ₽: на одной паре шов на пятке разошёлся после первой стирки, фото приложила. Разберитесь, пожалуйста.`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // "You absolute cheapskates": insult
  c(
    'r43f-31',
    'en',
    `A pack of 20 kraft stickers for 1.50 USD and five of them were printed upside down, found when I opened them on 8 March (photo attached). You offered me a 1 cent refund. One cent. You absolute cheapskates. Refund 0.38 USD for the five misprints.`,
    'photo',
    ['insult'],
    'partial_refund',
    0.38,
  ),
  // transliterated Russian, calm, partial sum
  c(
    'r43f-32',
    'ru',
    `Zdravstvuyte. Zakazal 5 zhal dlya payalnika za 180 rub. Pri raspakovke 12 dekabrya okazalos, chto 2 iz 5 s treshchinoy na nakonechnike. Foto prikrepil. Proshu vernut 72 rub za dva bitykh.`,
    'photo',
    [],
    'partial_refund',
    72,
  ),
  // pensioner: wrong dioptre, no time, no evidence, «хоть сколько-нибудь»
  c(
    'r43f-33',
    'ru',
    `Пенсионер, 74 года. Мне внучка заказала очки для чтения за 230 рублей, а пришли +1,5 вместо +3, читать в них невозможно. Деньги небольшие, но и пенсия небольшая. Верните хоть сколько-нибудь.`,
    'none',
    ['missing_when', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "ridiculous" is an affect word
  c(
    'r43f-34',
    'en',
    `This is ridiculous. A $0.70 zipper pull that came off in my hand the first time I used it, on 2 May. Photo attached. Refund please.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // congratulating quality control, «Гении»: sarcastic praise, insult
  c(
    'r43f-35',
    'ru',
    `Поздравляю ваш отдел контроля качества: из 10 крючков для вязания ровно у трёх отбита головка. Гении. Заказ на 160 ₽, обнаружила 3 октября, когда разбирала набор. Фото есть. Прошу 48 ₽ за три крючка.`,
    'photo',
    ['insult'],
    'partial_refund',
    48,
  ),
  // reply accepting the seller's offer with its sum
  c(
    'r43f-36',
    'ru',
    `Согласна на ваше предложение: 35 рублей за две сломанные прищепки. Я отправляла видео, там у обеих лопнула пружина при первом же использовании 19 мая. Жду возврат 35 ₽.`,
    'video',
    [],
    'partial_refund',
    35,
  ),
  // "would be a shame if something happened to it": threat
  c(
    'r43f-37',
    'en',
    `Your listing says 10 bobbins, the bag had 7 (counted when I unpacked on Saturday; photo attached). That's 90p worth of bobbins, and you've refused a partial refund twice. Nice little shop you've got. Would be a shame if something happened to it. Send the three bobbins.`,
    'photo',
    ['threat'],
    'exchange',
  ),
  // «кидалово»: accusation beside facts
  c(
    'r43f-38',
    'ru',
    `Классическое кидалово на мелочах. В описании ложек для мороженого (2 шт., 99 ₽) нержавейка, а пришёл пластик с серебристым напылением, и напыление облезло после первого мытья. Фото в заявке. Верните деньги.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // innocent trap: blue tits
  c(
    'r43f-39',
    'en',
    `Ordered a window bird feeder for blue tits and sparrows, £3.49. Two of the three suction cups were split when I took it out of the bubble wrap on 6 January, so it won't stay on the glass. Photo attached. Please send two replacement suction cups.`,
    'photo',
    [],
    'exchange',
  ),
  // masked mat calling the packers names: profanity and insult, no cry
  c(
    'r43f-40',
    'ru',
    `Пенал за 290 ₽, молния разошлась, когда ребёнок первый раз закрывал его 1 сентября. Сумма мелкая, дело принципа. А упаковщики ваши — долбо*бы: засунули пенал в один пакет с бутылкой клея, клей вытек. Видео распаковки приложено. Верните деньги.`,
    'video',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // car part not received: deadline passed, tracking number in the text, no file
  c(
    'r43f-41',
    'ru',
    `Колпачки на ниппели, 4 шт., 120 руб. Заказ от 3 июля, срок доставки истёк 18 августа, посылки нет. Трек-номер LP00489211734561, в отслеживании последний статус «принято сортировочным центром» 9 июля. Ради 120 рублей можно было бы и не писать, но прошу вернуть деньги.`,
    'none',
    [],
    'full_refund',
  ),
  // "Bullshit." as a sentence of its own: profanity and emotional
  c(
    'r43f-42',
    'en',
    `Nail clipper, $1.90. The lever snapped off the second time I used it (18 Feb), photo is in the form. Your answer is a 5-cent coupon. Bullshit. Full refund, please.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // postage against price, refund without return; no time, no evidence
  c(
    'r43f-43',
    'ru',
    `Отправлять назад не буду: почта за возврат просит 350 ₽, а брелок стоил 48. Брелок не тот — заказывала с совой, пришёл с лисой. Верните деньги без возврата товара.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // innocent trap: stopcock
  c(
    'r43f-44',
    'en',
    `The brass mini stopcock for my garden hose (£1.80) leaks from the spindle as soon as the water is on — found on first fitting on 11 April, video attached. Please exchange it for one that doesn't leak.`,
    'video',
    [],
    'exchange',
  ),
  // «не доводите до греха»: polite menace, threat
  c(
    'r43f-45',
    'ru',
    `Набор из 10 прищепок для штор за 300 ₽: у трёх крючок отломан, увидела в день получения, 25.11, фото на форме. Верните 90 рублей за эти три и не доводите до греха. Я человек спокойный, но всему есть предел.`,
    'photo',
    ['threat'],
    'partial_refund',
    90,
  ),
  // innocent trap: «сучку» (a knot in wood)
  c(
    'r43f-46',
    'ru',
    `Деревянная лопатка для сковороды, 140 ₽. После первого же мытья 2 февраля треснула вдоль, как раз по сучку у основания. Фото трещины приложено. Прошу заменить лопатку.`,
    'photo',
    [],
    'exchange',
  ),
  // "Thieves" over a 35-cent button: accusation
  c(
    'r43f-47',
    'en',
    `Thieves, honestly. You charge $0.35 a button, then send buttons with two holes when the listing clearly shows four. Noticed when sewing them on last night. Photo in the form. Send four-hole ones.`,
    'photo',
    ['accusation'],
    'exchange',
  ),
  // student «в шоке», partial with no sum
  c(
    'r43f-48',
    'ru',
    `Я в шоке, честно. Студент, заказал кабель Lightning за 150 ₽, он заряжает, только если держать штекер под углом, и то через раз. Так с первого дня, 14 сентября. Видео приложил. Хотя бы частичный возврат сделайте.`,
    'video',
    ['emotional', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "I'll use small words": condescension, insult
  c(
    'r43f-49',
    'en',
    `I'll use small words. Ordered: red. Got: pink. Item: hair clips, 2.10 USD. Saw it: day they came, 5 Sept. Photo: attached. Want: red ones.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // return offered once the seller pays postage
  c(
    'r43f-50',
    'ru',
    `Ручка-брелок с фонариком за 65 ₽: фонарик не включается, батарейки внутри окисленные, с белым налётом — увидела, как только открыла корпус 10 октября. Фото приложено. Готова отправить ручку обратно, если вы оплатите пересылку, и получить деньги.`,
    'photo',
    [],
    'return',
  ),
  // nail tips short per size, calm, pounds
  c(
    'r43f-51',
    'en',
    `It's honestly not about the money. The listing said 25 nail tips per size, and size 4 had only 15 — I sorted them on 30 June, the day they arrived. Photo of the sorted trays is attached. Please refund £0.30 for the ten missing tips.`,
    'photo',
    [],
    'partial_refund',
    0.3,
  ),
  // innocent trap «оскорблять»; says photo attached, none in the form
  c(
    'r43f-52',
    'ru',
    `Не хочу никого оскорблять, но наклейки на ногти за 45 ₽ отклеиваются через час после нанесения, клеила 8 марта строго по инструкции. Прикладываю фото ногтей через час. Верните деньги.`,
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // spaced mat as a cry: profanity and emotional; «третий заказ» is no time
  c(
    'r43f-53',
    'ru',
    `Б л я т ь, опять. Третий заказ набора бит для отвёртки (220 ₽), и опять нет шестигранника 4 мм, гнездо пустое. Открыл вчера. Фото выше. Верните за эту биту 20 ₽.`,
    'photo',
    ['profanity', 'emotional'],
    'partial_refund',
    20,
  ),
  // "not as described" is vague; USB and LED are not shouting
  c(
    'r43f-54',
    'en',
    `The USB LED strip (3.40 USD) is not as described. Got it on 12 March, photo attached. Refund please.`,
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // name-calling the postwoman: insult
  c(
    'r43f-55',
    'ru',
    `Посылка с пуговицами (8 шт., 56 ₽) числится врученной 3 декабря, а я её не получала. Трек RA019283746CN. Почтальонша наша, видимо, слепая курица, отдала кому попало. Продавец, верните деньги, а с почтой я сама разберусь.`,
    'none',
    ['insult'],
    'full_refund',
  ),
  // mock thanks for a result: innocent
  c(
    'r43f-56',
    'en',
    `Thanks for the lesson in patience. Still, the facts haven't changed: the 2 m aux cable (0.85 USD) crackles in the left channel whenever the plug is touched, from the first minute I plugged it in on 16 August, and the video I attached shows it. I'd like the cable replaced.`,
    'video',
    [],
    'exchange',
  ),
  // pensioner, a hint is no request
  c(
    'r43f-57',
    'ru',
    `Мне 68 лет, я вышиваю. Набор игл за 85 рублей: у пяти из двадцати игл ушко не прорезано до конца, нитку не вдеть. Заметила, когда начала работу 20 января. Фото приложила. Не знаю, что теперь делать.`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // car part in the wrong colour, exchange
  c(
    'r43f-58',
    'ru',
    `Заглушка буксировочного крюка для Kia Rio, 270 руб. Заказывал серебристую, пришла чёрная. Выяснилось при вскрытии пакета 7 апреля, фото пакета с наклейкой и самой заглушки прикладываю. Прошу прислать серебристую.`,
    'photo',
    [],
    'exchange',
  ),
  // "a bit disappointed" is still emotional
  c(
    'r43f-59',
    'en',
    `Honestly a bit disappointed. The 1.99 USD cookie cutter set was supposed to include a star and a heart; the bag had two hearts and no star, which I saw when opening it on 23 December. Photo is attached. Please send the star cutter.`,
    'photo',
    ['emotional'],
    'exchange',
  ),
  // formal letter hiding a customs-connection threat
  c(
    'r43f-60',
    'en',
    `Dear seller, the order of 10 pairs of silicone earplugs (USD 2.60) arrived with only 6 pairs, as noted on opening on 2 May; please see the attached photo. I request a partial refund of USD 1.04. Kindly note that my brother-in-law works at the customs office your parcels pass through, and your future shipments could easily be held for inspection. I trust we understand each other.`,
    'photo',
    ['threat'],
    'partial_refund',
    1.04,
  ),
  // reply of two letters to a 1 ₽ offer: nothing to check
  c('r43f-61', 'ru', `ок`, 'none', ['empty_text'], 'none'),
  // euro with a comma price; full refund asked without repeating the sum
  c(
    'r43f-62',
    'en',
    `Silicone bottle stopper, €2,40. The sealing ring was missing when I unpacked it on 19 March, so it doesn't seal at all. Photo attached. Please refund the full price.`,
    'photo',
    [],
    'full_refund',
  ),
  // wishing the seller's children the same harm: threat
  c(
    'r43f-63',
    'ru',
    `Значки на рюкзак, 5 штук за 110 ₽: у двух застёжки отвалились в первый же день, иголка осталась в ткани, сын укололся. Фото на форме. Верните 44 ₽. И пусть ваши дети так же поколются, как мой.`,
    'photo',
    ['threat'],
    'partial_refund',
    44,
  ),
  // seeds of the wrong variety, calm, exchange
  c(
    'r43f-64',
    'ru',
    `Семена базилика, пакет за 39 руб. На пакете написано «фиолетовый», а все 15 ростков зелёные — сеяла 1 апреля, через три недели листья так и не потемнели. Фото рассады приложено. Деньги копеечные, прошу просто прислать правильные семена.`,
    'photo',
    [],
    'exchange',
  ),
  // clown emoji at the seller: insult
  c(
    'r43f-65',
    'en',
    `You offered me 3 cents for a $1.20 phone charm whose chain snapped at the clasp on day one (14 Nov, photo in the form). 3 cents. You guys 🤡🤡 Full refund.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // «ну конечно, совершенно случайно»: sarcasm about honesty, accusation
  c(
    'r43f-66',
    'ru',
    `Ну конечно, совершенно случайно в каждом третьем заказе мелочёвки чего-то не хватает. Брелоки-помпоны, 6 шт. за 96 ₽, пришло 5. Пересчитала на почте 28.02, фото приложено. Верните 16 ₽.`,
    'photo',
    ['accusation'],
    'partial_refund',
    16,
  ),
  // innocent trap: cockpit; hobby decals
  c(
    'r43f-67',
    'en',
    `Decal sheet for a 1/72 Spitfire model, $2.15. The cockpit instrument panel decal is printed in blue instead of black, spotted when I went to apply it on 9 July. Photo of the sheet next to the listing image is attached. Please send a correctly printed sheet.`,
    'photo',
    [],
    'exchange',
  ),
  // «Вы с дуба рухнули»: questioning sanity, insult
  c(
    'r43f-68',
    'ru',
    `Вы с дуба рухнули — предлагать 2 рубля за сломанную мышеловку? Пружина лопнула при первой же установке 15 октября, видео есть в заявке. Стоила она 180 ₽. Верните полностью.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // pensioner "upset", timid request, no evidence
  c(
    'r43f-69',
    'en',
    `I'm 81 and my grandson helped me order a magnifier clip for my glasses, $3.90. The lens fell out of the frame the first day, 3 April, and I can't get it back in. I'm quite upset over it, silly as that sounds for four dollars. Could I have a refund?`,
    'none',
    ['emotional', 'missing_evidence'],
    'full_refund',
  ),
  // reply: coupon declined, protection expired, tracking number
  c(
    'r43f-70',
    'ru',
    `Купон на 15 ₽ мне не нужен. Повторю: насадки для сифона (2 шт., 210 ₽) заказаны 1 сентября, срок защиты истёк 10 ноября, посылки нет. По треку YT2491837465022 она с 20 сентября «в пути». Прошу полный возврат.`,
    'none',
    [],
    'full_refund',
  ),
  // mock of the offer is innocent; «с дефектом» is vague and has no time
  c(
    'r43f-71',
    'ru',
    `Щедрое предложение — вернуть 1 ₽ за шнурок для очков с дефектом. Спасибо, конечно, но нет. Прошу вернуть деньги за шнурок.`,
    'photo',
    ['missing_what', 'missing_when'],
    'full_refund',
  ),
  // masked "a$$holes" at the seller: profanity and insult
  c(
    'r43f-72',
    'en',
    `Three orders of 1.5V button cells, $0.99 each, and every single pack has one cell that reads 0.0V on my multimeter (tested the day each arrived, latest on 4 Feb). Photos attached. Fix your stock, a$$holes. Refund for the dead cells: $0.60.`,
    'photo',
    ['profanity', 'insult'],
    'partial_refund',
    0.6,
  ),
  // student, calm, video, exchange
  c(
    'r43f-73',
    'ru',
    `Добрый день. Я студентка, взяла кисти для акварели, набор 3 шт. за 199 ₽. Самая тонкая кисть линяет: после первых двух мазков 26 января на бумаге остались ворсинки, видео приложено. Обмен на другой набор, пожалуйста.`,
    'video',
    [],
    'exchange',
  ),
  // "the difference, whatever you think is fair": partial without a sum
  c(
    'r43f-74',
    'en',
    `The hex key set came with a 2.5 mm key instead of the 3 mm I needed — the tag on the holder says 3 but the key gauges 2.5 mm on my calipers, checked on 17 October. Photo attached. It was only $1.40, so just refund the difference, whatever you think is fair.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // the seller's mat quoted as evidence: profanity only
  c(
    'r43f-75',
    'ru',
    `Продавец в чате ответил мне дословно: «из-за 30 рублей ебёте мозг». Прикладываю скриншот переписки. Напоминаю суть: заказ 3 шт. стикеров-отражателей на велосипед за 90 ₽, пришло 2, это видно на фото с распаковки 6 июня. Прошу вернуть 30 ₽.`,
    'photo',
    ['profanity'],
    'partial_refund',
    30,
  ),
  // wheel nut caps, calm, video
  c(
    'r43f-76',
    'en',
    `Wheel nut caps, chrome, set of 20 for $4.50. Four caps cracked as soon as they were pressed onto the nuts — happened on the first fitting, 11 May, video attached. Please send four new caps.`,
    'video',
    [],
    'exchange',
  ),
  // crying emoji: emotional; no file or evidence named
  c(
    'r43f-77',
    'ru',
    `Внук подарил мне заказ — кольцо для ключей с брелоком-котиком, 79 рублей. Котик отвалился через неделю, клей просто отошёл 😭 Пришлите, пожалуйста, нового котика.`,
    'none',
    ['emotional', 'missing_evidence'],
    'exchange',
  ),
  // "F off" with the coupon: profanity only
  c(
    'r43f-78',
    'en',
    `F off with your 10-cent coupon. The charging cable (USD 1.10) has the plug housing split open, bare wire visible, spotted while unboxing on 22 Aug — photo attached. Refund me in full.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // return at the buyer's own cost, on principle
  c(
    'r43f-79',
    'ru',
    `Набор форм для льда, 2 шт. за 260 ₽. Одна форма протекает по шву в углу, вода вытекает на полку — увидела при первой заморозке 4 июля, видео приложено. Хочу отправить обе формы обратно за свой счёт: пусть почта стоит дороже, мне важен принцип. Деньги прошу вернуть после получения.`,
    'video',
    [],
    'return',
  ),
  // "my followers will find you": threat
  c(
    'r43f-80',
    'ru',
    `У меня блог про рукоделие, 40 тысяч подписчиков. Бусины (200 шт. за 130 ₽) пришли с облезлым покрытием: 50 из 200 облупились прямо в пакете, я сняла это на видео при распаковке 9 марта. Верните 33 рубля, или мои подписчики найдут вас сами, поверьте.`,
    'video',
    ['threat'],
    'partial_refund',
    33,
  ),
];
