import { labelled as c, type CorpusCase } from './types';

/**
 * Round forty, hold-out set v: buyers who write like chats, streams and meme threads (gamer and internet slang,
 * abbreviations, emoji), some only describing the item or their mood, some mocking or threatening the seller. Written
 * by a hand that has not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Chat filler (лол, кек, рофл, жиза, го, изи, сорян, bruh, ngl, ong, no cap, fr, tbh) is neither rude nor emotional;
 *   laughter becomes emotional only through an emotive emoji (😂) or an affect word next to it.
 * - Gamer slang for incompetence aimed at the staff (рак/раки, нубы, «боты без мозгов», NPC, skill issue, ratio, "you
 *   fell off", "go touch grass", "one brain cell", bozo) is an insult; the same words about the buyer, a product, a
 *   literal chat bot or a measurement (нуб about oneself, an NPC figure set, aspect ratio, a lawn-mat joke) are not.
 * - «скам» is a fraud label (accusation); «не скам, просто ошибка склада» takes it back in the same sentence.
 * - "cooked", "mid", "L item", «имба», «кринж» about a product judge the item; where no defect is named the text is
 *   still `missing_what`.
 * - Threatening to leak («солью») the seller's phones or address, to dox them, or «го на респавн» next to "I know where
 *   your warehouse is" is a threat; a streamer's chat "paying a visit" is followers sent to find the seller (threat).
 * - «GG WP, склад, легендарный скилл» is sarcastic praise of the staff (insult); GG, WP, XL, USB are abbreviations,
 *   not shouting.
 * - 😤 and 😭 are emotive emoji; 🤡 at the support staff is an insult only, as round twenty-six's decision reads.
 */
export const ROUND40_HOLDOUT_V: CorpusCase[] = [
  // innocent «имба» and «го»: complete exchange request
  c(
    'r40v-01',
    'ru',
    `Наушники были имба первые три дня, а на четвёртый левый перестал заряжаться — кейс мигает красным, когда кладу его туда. Видео прикрепил. Го замену на рабочую пару, плиз.`,
    'video',
    [],
    'exchange',
  ),
  // "skill issue" aimed at the warehouse crew: insult, otherwise complete
  c(
    'r40v-02',
    'en',
    `Ordered the 2 m USB-C cable, got a 1 m one. Measured it with a tape the day it arrived, 3 May. Packing the right length is apparently a skill issue for your warehouse crew. Photo is attached, send me the 2 m cable.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // «кринж» judges the item; colour mismatch named, no time
  c(
    'r40v-03',
    'ru',
    `Худи пришло кринж: вместо чёрного какой-то болотно-зелёный цвет. Фотки в приложении. Хочу отправить его обратно и получить деньги.`,
    'photo',
    ['missing_when'],
    'return',
  ),
  // crying emoji makes a calm complaint emotional
  c(
    'r40v-04',
    'en',
    `bruh 😭 the case i ordered for a Pixel 8 is a Pixel 7 case, camera hole doesnt line up at all. noticed the second i put it on yesterday. refund pls, pic attached`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // «продавец — рак»: gamer name-calling at the seller; partial with sum
  c(
    'r40v-05',
    'ru',
    `Продавец — рак, серьёзно. Заказал набор отвёрток 24 в 1, в коробке 18 бит, шести нет. Пересчитал сразу при распаковке 12.06. Фото есть во вложении. Верните 300 руб за недостающие.`,
    'photo',
    ['insult'],
    'partial_refund',
    300,
  ),
  // innocent "cooked" and "no cap" about the charger
  c(
    'r40v-06',
    'en',
    `My 65W charger got cooked on the second day of use (14 March): the plastic next to the prongs melted and it smells burnt. Video of it sparking is attached. Full refund please, no cap.`,
    'video',
    [],
    'full_refund',
  ),
  // «вы специально» in slang surroundings: accusation
  c(
    'r40v-07',
    'ru',
    `Лол, классика: на картинке гирлянда 10 метров, пришла 5 м. Вы специально так пишете в описании, чтобы народ вёлся. Замерил рулеткой вчера, фото приложил. Хочу компенсацию 200 ₽.`,
    'photo',
    ['accusation'],
    'partial_refund',
    200,
  ),
  // threat to leak phones and warehouse address; tracking number is evidence; deadline is not the problem's time
  c(
    'r40v-08',
    'ru',
    `Кек. Ваш магазин прислал мне пустую коробку вместо мышки, трек RU123456789CN показывает вес 0,05 кг. Если не вернёте деньги до пятницы — солью ваши телефоны и адрес склада в паблики, пусть народ заглянет в гости.`,
    'none',
    ['threat', 'missing_when'],
    'full_refund',
  ),
  // "taking the L" about the buyer: innocent, return
  c(
    'r40v-09',
    'en',
    `Taking the L on this one I guess. The desk lamp arrived on 9 Oct with the arm snapped at the hinge, so it won't hold any angle. Photos attached. I'll send it back if you cover the postage, then refund me.`,
    'photo',
    [],
    'return',
  ),
  // «жиза», vague "не соответствуют описанию"; receipt date counts as when
  c(
    'r40v-10',
    'ru',
    `Жиза, опять не повезло. Кроссовки пришли 3 дня назад, не соответствуют описанию. Фото прикрепила. Верните деньги.`,
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // support compared to an NPC in a dialogue loop: insult; non-receipt with tracking
  c(
    'r40v-11',
    'en',
    `Support keeps answering like an NPC stuck in a dialogue loop, same three lines every time. The 4-person tent never arrived; tracking LP00123456789 stopped updating on 20 April, 45 days ago. Refund me.`,
    'none',
    ['insult'],
    'full_refund',
  ),
  // «нуб» about the buyer himself: innocent
  c(
    'r40v-12',
    'ru',
    `Я нуб в пайке, поэтому и взял готовый набор, но плата пришла с отколотым углом и оторванной дорожкой возле USB-порта — увидел при распаковке 2 ноября. Фото во вложении. Прошу замену платы.`,
    'photo',
    [],
    'exchange',
  ),
  // innocent "ratio" (aspect ratio); partial "of the difference" with no sum
  c(
    'r40v-13',
    'en',
    `The listing says the monitor's aspect ratio is 16:10, the one I got is 16:9 (checked the settings menu on first boot, 5 June). Screenshot of the settings and a photo of the label are attached. I'd keep it for a partial refund of the difference.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // masked mat in "X, а не фен": profanity and emotional
  c(
    'r40v-14',
    'ru',
    `Ну это п#здец, а не фен: через неделю насадка треснула, и он воняет горелым. Видео прикрепил. Верните деньги.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // "mid" about the blender, real problem concrete: ready
  c(
    'r40v-15',
    'en',
    `Honestly the blender is mid at best, but the real issue is the lid: the locking tab broke off the first time I closed it, on 11/02. Photo of the snapped tab attached. Please send a replacement lid.`,
    'photo',
    [],
    'exchange',
  ),
  // «рофл» filler; wrong item; no file, no request
  c(
    'r40v-16',
    'ru',
    `рофл конечно, заказал чехол на руль, а пришли чехлы на сиденья. Распаковал сегодня утром. И что теперь делать?`,
    'none',
    ['missing_evidence', 'missing_resolution'],
    'none',
  ),
  // staff called brainless bots: insult
  c(
    'r40v-17',
    'ru',
    `Вы там все боты без мозгов что ли? Третий раз пишу: крем для рук пришёл вскрытым, половина тюбика вытекла в пакет — обнаружила 8 августа, как только забрала с пункта выдачи. Фото приложены. Верните полную стоимость.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // "video attached" with no file
  c(
    'r40v-18',
    'en',
    `ngl the RC car is fun but the rear left wheel wobbles and falls off after like 2 min of driving, started on the very first run last Saturday. video attached. exchange for a new one pls`,
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // long, calm, slang only as framing: ready return
  c(
    'r40v-19',
    'ru',
    `Коротко и без кринжа: заказывал автомобильный видеорегистратор, пришёл 15 сентября. Через две недели начал сам перезагружаться каждые 5–7 минут, запись обрывается, на карте файлы по 30 секунд вместо 3 минут. Пробовал другую карту памяти и другой кабель — то же самое. Прикрепляю видео, где видно перезагрузку. Готов отправить регистратор обратно, если оплатите пересылку, и получить деньги.`,
    'video',
    [],
    'return',
  ),
  // streamer's chat sent to the warehouse: veiled threat
  c(
    'r40v-20',
    'en',
    `Wireless gamepad 🎮, ordered 1 July: the right stick drifts upward on its own since day one, video attached. Refund it. I stream to 40k people and I've got your warehouse address, be a shame if chat decided to pay you a visit, ong.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // «изи кейс»; sum in words
  c(
    'r40v-21',
    'ru',
    `Изи кейс: в наборе кистей для макияжа должно быть 12 штук, пришло 10 — пересчитала сразу при получении 4 апреля. Фото разложенных кистей прикрепила. Верните, пожалуйста, сто пятьдесят рублей за две недостающие.`,
    'photo',
    [],
    'partial_refund',
    150,
  ),
  // three capitalised words: emotional
  c(
    'r40v-22',
    'en',
    `Bro WHAT IS THIS. Ordered a 32GB flash drive, H2testw says only 7.8GB is real, tested it the day it came. Screenshot attached. Full refund.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // transliterated mat as an interjection
  c(
    'r40v-23',
    'ru',
    `blyat, opyat ne tot razmer. zakazal bryuki razmera L, prishli S, birka na foto. primeril v den polucheniya, 10.10. hochu obmen na L.`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // innocent "touch grass" joke about an artificial lawn mat
  c(
    'r40v-24',
    'en',
    `Bought the artificial grass mat (1x2 m) so I can touch grass without leaving the flat, lol. It came on 22 May as 1x1 m, measured with a tape. Photos attached. Please refund $14, the price gap between the 1x1 and 1x2 options.`,
    'photo',
    [],
    'partial_refund',
    14,
  ),
  // «скам» as a fraud label: accusation
  c(
    'r40v-25',
    'ru',
    `Очередной скам от этого магаза. Часы пришли с разбитым стеклом, заметил при вскрытии пакета 3 марта. Фото прикрепил. Прошу вернуть деньги.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // "go touch grass" at the seller: insult
  c(
    'r40v-26',
    'en',
    `Your reply "customer fault" about the screen protector is wild. It came cracked in the sealed sleeve on 8 June, photo is right there. Go touch grass and then refund me.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // literal chat bot, not name-calling: innocent
  c(
    'r40v-27',
    'ru',
    `Ваш бот в чате поддержки дважды закрыл обращение автоматически, поэтому пишу сюда. Садовый шланг на 15 м лопнул у коннектора при первом же поливе, 6 июня. Видео с фонтаном прикладываю. Прошу замену шланга.`,
    'video',
    [],
    'exchange',
  ),
  // "bruh" filler; partial refund with no sum
  c(
    'r40v-28',
    'en',
    `the keyring set says 10 pieces, i got 6, counted them when opening it on 12 Jan. photo attached. bruh. partial refund pls`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // clown emoji at support: insult
  c(
    'r40v-29',
    'ru',
    `Поддержка 🤡🤡, отвечаете копипастой. Гантели 2×5 кг, одна пришла с треснувшим блином, увидел при распаковке 17.02. Фото во вложении. Замените гантель.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // "not trying to be a karen": self-reference, innocent; order number is not evidence but the video is
  c(
    'r40v-30',
    'en',
    `Hi, not trying to be a karen here, but the 18V cordless drill (order 88231) came with a battery that won't charge: the charger LED flashes red-green and never goes solid. Found this on the first charge, the evening it was delivered, 4 Feb. Tried a second outlet too. Video attached. I'll ship the battery back if you send a working one; an exchange is all I want.`,
    'video',
    [],
    'exchange',
  ),
  // «ору» with a laughing emoji: emotional; no time, no file
  c(
    'r40v-31',
    'ru',
    `ору 😂 заказала платье размера M, а пришло на девочку лет десяти. Хочу вернуть его и получить деньги.`,
    'none',
    ['emotional', 'missing_when', 'missing_evidence'],
    'return',
  ),
  // spaced mat as a cry
  c(
    'r40v-32',
    'ru',
    `Что за х у й н я, продавец? Заказал масляный фильтр на Солярис, пришёл на другую модель, резьба не та — понял при установке 21 мая. Фото двух фильтров рядом прикреплено. Отправлю обратно, верните деньги.`,
    'photo',
    ['profanity', 'emotional'],
    'return',
  ),
  // sarcasm about an honest listing: accusation
  c(
    'r40v-33',
    'en',
    `Love how the waterproof speaker stopped turning on after one shower on day 3, real honest listing there, no cap. Video attached. Refund.`,
    'video',
    ['accusation'],
    'full_refund',
  ),
  // object emoji, innocent «Бычье сердце»
  c(
    'r40v-34',
    'ru',
    `Заказывал семена томатов «Бычье сердце» 🍅: из 20 семян не взошло ни одно, хотя пакеты другого магазина в том же лотке взошли все. Сеял 1 апреля, прошло три недели. Фото лотка прикладываю. Прошу вернуть деньги.`,
    'photo',
    [],
    'full_refund',
  ),
  // "ratio + L + you fell off" at the seller: insult
  c(
    'r40v-35',
    'en',
    `Ratio + L + you fell off. Seriously though: ordered a gold-tone necklace, got a silver-tone one, noticed when I opened it on 2 Dec. Pic attached. Send the gold one.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // «го» filler; vague defect; sum given
  c(
    'r40v-36',
    'ru',
    `Го без лишних слов: товар с дефектом, получил 14 числа. Фото приложил. Компенсируйте 500 рублей, и разойдёмся.`,
    'photo',
    ['missing_what'],
    'partial_refund',
    500,
  ),
  // innocent "killer"; no request
  c(
    'r40v-37',
    'en',
    `The LED strip is a killer idea but section 4 of 5 stays dark, the rest lights up fine. Noticed it when I stuck it up on Sunday 7 July. Video attached. idk what the options are here.`,
    'video',
    ['missing_resolution'],
    'none',
  ),
  // «го на респавн» with the warehouse's city: threat
  c(
    'r40v-38',
    'ru',
    `Продавец, го на респавн? Я знаю, в каком городе твой склад, и мне не лень доехать. Кабель для айфона разошёлся по оплётке через 5 дней, фото есть в приложении. Деньги верни.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "fr" filler; partial with £
  c(
    'r40v-39',
    'en',
    `Skateboard deck arrived 18 Aug with a 3 cm chip on the nose, spotted it while unboxing. Still rideable, so I'll keep it if you refund £8. Photos attached, no hard feelings fr.`,
    'photo',
    [],
    'partial_refund',
    8,
  ),
  // «кек» filler; screenshot and photo promised with no file
  c(
    'r40v-40',
    'ru',
    `кек, вместо розовой помады прислали коричневую, тон 07 вместо 02. Открыла вчера вечером. Скрин заказа и фото тюбика прилагаю. Обменяйте на 02.`,
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // «рофл ситуация» filler; wrong print
  c(
    'r40v-41',
    'ru',
    `Рофл ситуация, но по фактам: заказал 3 пары носков с котиками, пришли 3 пары с собаками. Открыл пакет 28.01. Фото прикрепил. Пришлите, пожалуйста, правильные, с котиками.`,
    'photo',
    [],
    'exchange',
  ),
  // masked mat as a predicate about the item, no "!": profanity only
  c(
    'r40v-42',
    'ru',
    `Сумка — полная еб@нина: ручка оторвана, молния не застёгивается до конца. Получила 5 декабря, фото есть. Верните деньги.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // "ridiculous" affect word
  c(
    'r40v-43',
    'en',
    `No cap this is ridiculous. The kids' scooter came without the screw for the rear brake, so the brake just flops around. Found that while assembling it on 30 Sep. Photo attached. Please send the missing screw.`,
    'photo',
    ['emotional'],
    'exchange',
  ),
  // «развод» with facts: accusation
  c(
    'r40v-44',
    'ru',
    `Опять развод, лол. Заявлено 2000 мАч, мой тестер показал 640 мАч при первой же разрядке 19 ноября. Скрин тестера прикреплён. Частичный возврат 250 ₽.`,
    'photo',
    ['accusation'],
    'partial_refund',
    250,
  ),
  // «нубы» aimed at the packers: insult
  c(
    'r40v-45',
    'ru',
    `Упаковщики у вас нубы: стеклянный чайник завернули в один слой пакета, носик отбит. Распаковала 11 марта, видео распаковки приложила. Нужна замена.`,
    'video',
    ['insult'],
    'exchange',
  ),
  // "bruh moment" filler: ready
  c(
    'r40v-46',
    'en',
    `Bruh moment: the car phone mount's suction cup won't stick, it drops off the windscreen within 10 minutes every single time since it arrived on 26 June. Video attached. Refund please.`,
    'video',
    [],
    'full_refund',
  ),
  // «имба цена»; quantity named; no time, no file, partial with no sum
  c(
    'r40v-47',
    'ru',
    `Имба цена, но прислали 4 колеса для самоката вместо 8. Верните часть денег.`,
    'none',
    ['missing_when', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "wtf" as a cry: profanity and emotional
  c(
    'r40v-48',
    'en',
    `wtf is this, the hoodie zip tore out of the seam the first time i zipped it up, 13 Nov. photo attached. refund.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // «сорян» filler; return after payment
  c(
    'r40v-49',
    'ru',
    `Сорян за сумбур. Аквариумный фильтр гудит, но не качает воду: крыльчатка не крутится, проверил в день получения, 7 июля. Видео прикладываю. Готов отправить его обратно за ваш счёт, деньги верните после возврата.`,
    'video',
    [],
    'return',
  ),
  // "mid" plus "not as described": vague
  c(
    'r40v-50',
    'en',
    `the yoga mat is mid and not as described. got it last Tuesday, photo attached. refund`,
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // tracking the seller down by IP, «жди гостей»: threat; nothing else given
  c(
    'r40v-51',
    'ru',
    `ну всё, продавец, ты попал. куртка пришла с дыркой на рукаве, а мой брат в теме — найдёт тебя по IP, жди гостей.`,
    'none',
    ['threat', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // «в шоке» affect word with «кринж»
  c(
    'r40v-52',
    'ru',
    `Я в шоке, какой кринж: принт на футболке отклеился после первой стирки, 2 мая. Фото прикрепила. Верните деньги.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // innocent NPC figure set
  c(
    'r40v-53',
    'en',
    `The NPC villager figure set should have 6 figures, the box had 5: the blacksmith is missing. We opened it on 9 March and the slot in the tray was empty. Photo of the contents attached. Please send the missing blacksmith figure.`,
    'photo',
    [],
    'exchange',
  ),
  // «GG WP … легендарный скилл»: sarcastic praise of the warehouse
  c(
    'r40v-54',
    'ru',
    `GG WP, склад, легендарный скилл: вместо коврика для мыши XL прислали S. Распаковал 1 октября, фото приложено. Хочу обмен на XL.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // "no cap" filler; no file
  c(
    'r40v-55',
    'en',
    `no cap the garden sprinkler head cracked at the base on its first use, 2 days after delivery. send a new one.`,
    'none',
    ['missing_evidence'],
    'exchange',
  ),
  // «жиза»; partial in euros
  c(
    'r40v-56',
    'ru',
    `Жиза любого автолюбителя: в наборе инструментов нет торцевой головки на 10. Увидел, когда открыл кейс 16 февраля, — ячейка пустая. Фото ячейки приложил. Верните 2,50 € за головку.`,
    'photo',
    [],
    'partial_refund',
    2.5,
  ),
  // a question instead of a request
  c(
    'r40v-57',
    'ru',
    `Лол, а почему камера заднего вида показывает картинку зеркально и с полосами? Поставил в субботу, 12.04, видео приложил. Что мне с этим делать?`,
    'video',
    ['missing_resolution'],
    'none',
  ),
  // "one brain cell between you": insult; "L seller" alone would judge the service
  c(
    'r40v-58',
    'en',
    `L seller, and honestly you all type like NPCs with one brain cell between you. The bike light came without its mounting bracket, I checked the bag on delivery day, 19 Sep. Photo attached. Send the bracket.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // «идите нах» with the offer in mocking quotes: profanity only
  c(
    'r40v-59',
    'ru',
    `Короче, идите нах со своей «компенсацией» в 50 рублей. Ламинатор жуёт каждую плёнку с первого дня, с 3 января. Видео прикрепил. Мне нужен полный возврат.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
  // "rant" is no affect word: ready
  c(
    'r40v-60',
    'en',
    `Slight rant incoming but I'll keep it chill: I ordered the lavender candle, the one I got smells of vanilla and the label says vanilla. Opened it 21 Oct. Photo of the label attached. Please exchange it for lavender.`,
    'photo',
    [],
    'exchange',
  ),
  // «изи» filler; compressor symptom named
  c(
    'r40v-61',
    'ru',
    `Изи возврат, надеюсь. Автомобильный компрессор не накачивает: мотор гудит, а стрелка манометра стоит на нуле — проверил сразу, 25 ноября. Видео в приложении. Прошу вернуть деньги.`,
    'video',
    [],
    'full_refund',
  ),
  // «не хейт»; keeps the figure for a sum
  c(
    'r40v-62',
    'ru',
    `Не хейт, просто факты: фигурка из аниме пришла с отломанным мечом, обломок потерян, клеить нечего. Обнаружил при распаковке 30.08. Фото прикреплено. Оставлю себе, если вернёте 400 ₽.`,
    'photo',
    [],
    'partial_refund',
    400,
  ),
  // partial in USD for a cutting-out mic
  c(
    'r40v-63',
    'en',
    `Gaming headset, ordered 1 Aug: the mic cuts out every few seconds on Discord, tested on two PCs the day it came. Video attached. Refund 15 USD and I'll keep it as plain headphones.`,
    'video',
    [],
    'partial_refund',
    15,
  ),
  // «Злой кот» is the toy's name: innocent
  c(
    'r40v-64',
    'ru',
    `Заказала игрушку «Злой кот» для племянника — мем, все дела. Хвост держался на одной нитке и оторвался сразу, как достала из пакета 4 ноября. Фото приложила. Пришлите, пожалуйста, замену.`,
    'photo',
    [],
    'exchange',
  ),
  // "not gonna lie"; return for a full refund
  c(
    'r40v-65',
    'en',
    `Not gonna lie, I expected more from a heavy duty hose reel, but the actual problem is the crank handle: it came off completely on the second use, 18 April. Photo of the broken pin attached. I'll return the reel for a full refund.`,
    'photo',
    [],
    'return',
  ),
  // «не скам» takes the label back
  c(
    'r40v-66',
    'ru',
    `Не скам, просто ошибка склада, бывает: вместо HDMI-кабеля на 3 м прислали 1,5 м. Заметил при подключении 9 декабря, до телевизора не дотянулся. Фото бирки приложил. Прошу обмен на 3 м.`,
    'photo',
    [],
    'exchange',
  ),
  // 😤 is emotive
  c(
    'r40v-67',
    'en',
    `seller plz 😤 the water bottle leaks from the lid seal, found out on day 1 (2 Nov) when it soaked my bag. pic attached. refund it.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // «лол»; compensation with no sum, no time
  c(
    'r40v-68',
    'ru',
    `лол, в коробке с конструктором не хватает двух пакетов деталей, номер 3 и 5. Фото коробки прикладываю. Хочу компенсацию.`,
    'photo',
    ['missing_when', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «случайно» in scare quotes: accusation
  c(
    'r40v-69',
    'ru',
    `Ну конечно, «случайно» прислали б/у коврик для йоги вместо нового — на нём потёртости и чужой волос. Распаковала 20.05, фото прикрепила. Верните деньги.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // «плиз»; missing screw, no time, no file
  c(
    'r40v-70',
    'ru',
    `Когтеточка шатается: один из четырёх винтов в основании сорван и не затягивается. Просто дошлите новый винт, плиз.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'exchange',
  ),
  // «раки» at the order pickers: insult
  c(
    'r40v-71',
    'ru',
    `Раки на сборке заказов опять накосячили: заказывал 2 зарядки, положили одну. Открыл коробку 2 февраля. Фото приложено. Дошлите вторую зарядку.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // masked mat as a sentence of its own
  c(
    'r40v-72',
    'en',
    `Absolute sh1tshow. The strap buckle on my LED face mask snapped the first time I used it, 6 Jan, pic attached. Send a new strap.`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // wishing the warehouse burns: threat
  c(
    'r40v-73',
    'ru',
    `Желаю, чтобы ваш склад сгорел так же, как мой ноутбук от вашей зарядки. Адаптер на 90 Вт задымился на третий день, 17.06. Видео приложено. Верните деньги.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // "bozo" at whoever packed: insult
  c(
    'r40v-74',
    'en',
    `Whatever bozo did the packing clearly skipped bubble wrap day. The ceramic mug arrived 22 Feb with the handle snapped clean off. Photo attached. Refund pls.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // masked mat as an interjection plus a fraud label
  c(
    'r40v-75',
    'ru',
    `Бл@, ну вы и мошенники. Термос не держит тепло: через 2 часа кипяток уже холодный, проверял в первый же день, 10.01. Видео прикреплено. Верните деньги.`,
    'video',
    ['profanity', 'emotional', 'accusation'],
    'full_refund',
  ),
  // "L item", "junk", bare "doesn't work": vague, no time
  c(
    'r40v-76',
    'en',
    `L item tbh, it's junk and doesn't work. video attached. refund.`,
    'video',
    ['missing_what', 'missing_when'],
    'full_refund',
  ),
  // innocent brand name «Хуавей», «имба» about the design
  c(
    'r40v-77',
    'ru',
    `Чехол для Хуавей P30 — имба по дизайну, но вырез под камеру смещён на 3 мм и закрывает вспышку. Надел в день получения, 14 мая. Фото прикрепил. Хочу вернуть чехол продавцу и получить деньги.`,
    'photo',
    [],
    'return',
  ),
  // "beast" as praise; swollen battery
  c(
    'r40v-78',
    'en',
    `Ok so the tactical flashlight is a beast, zero complaints there, but the included 18650 battery was swollen straight out of the package, noticed it on unboxing, 27 March. Photo attached. Please send a replacement battery.`,
    'photo',
    [],
    'exchange',
  ),
  // «без драмы»; missing floss colour
  c(
    'r40v-79',
    'ru',
    `Без драмы: в наборе для вышивания нет мулине цвета 310 (чёрный), а по схеме он нужен. Проверила пакетик по ключу 11 сентября. Фото ключа и пакетика приложила. Прошу дослать моток.`,
    'photo',
    [],
    'exchange',
  ),
  // doxxing on Discord: threat
  c(
    'r40v-80',
    'en',
    `I dox people for fun, gg no re. Either the refund for the smartwatch (screen went black on day 4, 12 May, video attached) lands by Friday or your name and home address go up on my Discord.`,
    'video',
    ['threat'],
    'full_refund',
  ),
];
