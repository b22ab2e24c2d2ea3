import { labelled as c, type CorpusCase } from './types';

/**
 * Round twenty-five, hold-out set Y: buyers for whom the order mattered a great deal (a wedding dress or suit, a child's
 * birthday present, hearing aid batteries, glucose strips, a funeral ribbon, a school uniform for 1 September, a pet's
 * medicine) and went wrong, writing with strong feeling let out, held in, or turned on the seller. Written by a hand
 * that has not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Saying calmly how much an event mattered ("для нас это был очень важный день", "what this error meant to us") is no
 *   emotion marker; «реву», «ревели», "plakala", «расстроена», «Ненавижу», a crying emoji and «Терпение на исходе» are.
 * - "?!!" counts as repeated punctuation (emotional).
 * - Wishing illness on the seller, their children or their pets («Чтоб вы сами так болели», "I hope your own pets get
 *   sick") is a veiled threat, like the ominous wishes of round ten.
 * - A relative living near the seller's warehouse who "knows which car your manager drives" or «адрес вашего склада
 *   он уже знает», and knowing a manager's town and her daughter's school, are threats.
 * - Bare «Пздц.» as its own sentence, «Б**дь, …», «Ёпт, …», "blyat, …" and «Открыла коробку — п1здец» are cries
 *   (profanity and emotional); «не батарейки, а xуйня на постном масле» judges the item (profanity only).
 * - "Sixteen f*cking years old" is an intensifier (profanity and emotional).
 * - «Вы, с у к и, …» and «Продавец, сука, …» call the addressed seller a name (profanity and insult, not emotional);
 *   «Какие д0лб0ёбы у вас на складе пакуют?» and "You a-holes" name the staff (profanity and insult).
 * - «Олухи царя небесного», «слепые» and "numpties" aimed at the seller are insults; "Thieving little shop" is an
 *   accusation.
 * - «бляха» as a cadet belt buckle, «рубля»/"rublya", «корабля», «саблями», «сукно», Сукко, Shih Tzu, cockapoo, a dog
 *   named Dick, Scunthorpe, Cockermouth and "cocktail dress" are innocent.
 * - A receipt date next to a mismatch or defect found then counts as "when"; a carrier status date for a parcel never
 *   handed over counts for non-receipt; "a form to wear to school" is no time.
 * - "Money: back." and "Refund me" are full refunds; «Прошу оформить полный возврат 18 400 ₽» stays full although a
 *   sum is named; "send everything back at your cost for a full refund" is a return; «Сделайте что-нибудь»,
 *   «Разберитесь» and "What should I do?" style questions are no request.
 * - A comparison with a neighbour's glucose meter is not evidence; a post office «акт» is.
 */
export const ROUND25_HOLDOUT_Y: CorpusCase[] = [
  // calm and exact about a wedding dress in the wrong colour and size; a sum named with «полный возврат» stays full
  c(
    'r25y-01',
    'ru',
    'Здравствуйте. Пишу спокойно, хотя это непросто. Заказ 8127… — свадебное платье «Аделина», цвет «айвори», размер 44, оплачено 18 400 ₽ 2 июля. Регистрация у меня 14 сентября, платье я выбирала полгода, мама помогала откладывать на него. Посылку получила 9 сентября. При распаковке оказалось, что платье белоснежное, а не айвори: рядом с образцом ткани, который вы сами присылали мне в июле, разница видна сразу. Размер на бирке — 48, а не 44; обхват талии по моему замеру сантиметровой лентой 82 см вместо 68 по вашей таблице. Перешивать корсет с такой разницей ателье отказалось: мастер сказала, что при разнице в 14 см придётся распарывать все косточки и заново кроить лиф, а это минимум три недели. 10 сентября я написала вам в чат магазина, приложила те же фотографии и спросила, можно ли срочно прислать платье нужного цвета и размера; ответа за три дня так и не пришло. Ждать дальше я не могла, поэтому 13 сентября купила другое платье в салоне, в последний день перед регистрацией. Платье от вас лежит в коробке, бирки не срезаны, я его не надевала, кроме одной примерки. Прикладываю фото: бирка с размером, платье рядом с образцом ткани, замер талии. Прошу оформить полный возврат 18 400 ₽.',
    'photo',
    [],
    'full_refund',
  ),
  // concrete mismatch and date, no evidence named and no file
  c(
    'r25y-02',
    'ru',
    'Заказывала батарейки для слухового аппарата мамы, размер 312, упаковка 60 штук. Пришли размера 13 — они крупнее и в аппарат не входят. Заметила 3 марта, как только открыла коробку. Мама без аппарата почти не слышит, по телефону с ней сейчас не поговорить. Прошу обменять на размер 312.',
    'none',
    ['missing_evidence'],
    'exchange',
  ),
  // masked mat as a cry of pain about a funeral ribbon: profanity and emotional
  c(
    'r25y-03',
    'ru',
    'Заказывала траурную ленту на венок с надписью «Любимому папе от детей и внуков». Лента пришла 6 ноября, за день до похорон, и на ней напечатано «от детей и внкуов». Перезаказать было уже негде, так и положили. Б**дь, это же похороны, а не открытка на Новый год. Фото ленты прикладываю. Верните деньги.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // broken birthday present, calm; sending missing pieces is an exchange
  c(
    'r25y-04',
    'en',
    "Hello. I ordered the wooden dollhouse (order 3051…) for my daughter's sixth birthday. We unwrapped it at her party on 12 May: two of the stair pieces were snapped in half and the roof panel had split along the grain, about 10 cm. She had been waiting for it since Christmas. I've attached photos of the broken pieces next to the box. Please send replacement stair pieces and a new roof panel.",
    'photo',
    [],
    'exchange',
  ),
  // veiled threat (a relative near the warehouse, the manager's car); tracking number is evidence without a file
  c(
    'r25y-05',
    'en',
    "My dog's heart tablets have not arrived. Tracking LP00481736295CN, paid on 2 March, that's 41 days. He is thirteen and has been without them for a week now; the vet is improvising with what she has. I am asking for a refund. And before you brush me off a third time: my cousin works in Yiwu, two streets from your warehouse, and he knows which car your manager drives. It would be a real shame if that car had a bad week.",
    'none',
    ['threat'],
    'full_refund',
  ),
  // innocent: «рубля» and «сукно» in a calm complaint about a graduation suit
  c(
    'r25y-06',
    'ru',
    'Добрый день. Брал костюм-тройку сыну на выпускной, в карточке товара написано «шерстяное сукно». 20 июня начал гладить брюки на режиме «шерсть», и ткань поплавилась — на внутреннем ярлыке пиджака указано 100% polyester. Фото ярлыка и оплавленной штанины прикладываю. Выпускной был 24 июня, сын пошёл в костюме старшего брата. Заплатил 7 432 рубля. Прошу вернуть полную стоимость.',
    'photo',
    [],
    'full_refund',
  ),
  // "ON PURPOSE" in capitals with "!!": accusation and emotional; no evidence
  c(
    'r25y-07',
    'en',
    "You sent the wrong size ON PURPOSE, I'm sure of it!! Wedding suit, ordered 52, a 46 arrived on 3 July, and the wedding was on the 6th. I got married in my father's old suit. Refund me.",
    'none',
    ['accusation', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // talking down («как первокласснику», «кто умеет читать цифры»): insult
  c(
    'r25y-08',
    'ru',
    'Объясняю как первокласснику, медленно. Заказывали школьную форму к 1 сентября. Размер 140. Пришла 116. Сто шестнадцать — это меньше, чем сто сорок. Посылку получили 29 августа, бирка на фото, мерили на ребёнке. Замените на 140, если у вас найдётся кто-то, кто умеет читать цифры.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // innocent: «бляха» is the belt buckle of a cadet uniform
  c(
    'r25y-09',
    'ru',
    'Заказывали кадетскую форму сыну к 1 сентября: китель, брюки и ремень с латунной бляхой, всё в размере 146. Посылка пришла 28 августа, при примерке оказалось, что китель 134-го размера (бирка на фото), а на бляхе отломан шпенёк, ремень не застёгивается. На линейку сын пошёл в кителе, который нам одолжили соседи. Прошу заменить китель на размер 146 и прислать целую бляху.',
    'photo',
    [],
    'exchange',
  ),
  // "!!!" and «ужас»: emotional; receipt date next to the expiry counts; no evidence
  c(
    'r25y-10',
    'ru',
    'Тест-полоски для глюкометра пришли просроченные!!! На коробке срок годности 02.2024, а получила я их 11 апреля 2024. Я диабетик второго типа, сахар мне надо мерить три раза в день, а мерить теперь нечем. Это ужас какой-то. Верните деньги за обе упаковки.',
    'none',
    ['emotional', 'missing_evidence'],
    'full_refund',
  ),
  // innocent: Shih Tzu; partial refund with a sum
  c(
    'r25y-11',
    'en',
    'Hi, the ear drops for our Shih Tzu arrived on 2 October with one of the three bottles cracked at the neck and empty, the inner box soaked through. Photos of the cracked bottle and the wet box are attached. The other two bottles are fine, so I only need that one covered: please give a partial refund of $9.40.',
    'photo',
    [],
    'partial_refund',
    9.4,
  ),
  // mat with a Latin look-alike letter judging the item, no "!": profanity only
  c(
    'r25y-12',
    'ru',
    'Батарейки для слухового аппарата, размер 675, получила 22 января. Ни одна не держит больше двух часов, а на упаковке обещано до 14 дней. Это не батарейки, а xуйня на постном масле. Фото упаковки и тестера прилагаю. Верните деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // generic «не соответствует описанию, брак», no time, no evidence; saying the day mattered is no emotion
  c(
    'r25y-13',
    'ru',
    'Платье на свадьбу дочери пришло не соответствующее описанию, брак, в таком виде его надеть невозможно. Для нас это был очень важный день. Верните деньги.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // innocent: a chargeback named as a lawful next step
  c(
    'r25y-14',
    'ru',
    'Здравствуйте. Глюкометр из заказа от 3 июля показывает ошибку E-3 на каждой полоске, даже с контрольным раствором из комплекта — проверила 9 июля, в день получения. Прикладываю фото экрана с ошибкой. Глюкометр для отца, он после инсульта, сахар нужно мерить каждый день, поэтому мы купили другой в аптеке. Прошу полный возврат. Если спор не решится, обращусь в банк с заявлением о чарджбэке — это не угроза, просто порядок действий.',
    'photo',
    [],
    'full_refund',
  ),
  // masked "f*cking" as an intensifier: profanity and emotional
  c(
    'r25y-15',
    'en',
    "The ring light for my daughter's sweet sixteen photo booth died twenty minutes into the party on 8 March: it flickered, smelled of burning, and the base went black. Video attached. Sixteen f*cking years old, one party, and this is what she'll remember. Refund me.",
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // says photos are attached, the form has none
  c(
    'r25y-16',
    'en',
    'The pet medicine (liquid antibiotics for my rabbit) arrived on 11 January warm and separated into two layers; the box says store at 2–8°C and there was no cold pack inside. I attach photos of the bottle and the box. Please refund.',
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // innocent: the seller's insult quoted after «ответил», as evidence
  c(
    'r25y-17',
    'ru',
    'Заказ на батарейки для слухового аппарата ZA10, 2 блистера. 15 мая получила, открыла дома: все 12 штук разряжены, тестер показывает 0,9 В вместо 1,4. Написала продавцу, он ответил: «Сами вы дура старая, батарейки нормальные, вставлять правильно надо». Скриншот переписки и фото тестера прикладываю. Прошу вернуть деньги за оба блистера.',
    'photo',
    [],
    'full_refund',
  ),
  // spaced mat said to the addressed seller: profanity and insult, single "?"
  c(
    'r25y-18',
    'ru',
    'Продавец, я вам третий раз пишу: комбинезон для собаки после операции, размер L, пришёл размера S, бирка на фото. Получили 9 декабря, на собаку он не налезает даже наполовину, а шов ей закрывать надо сейчас. Вы, с у к и, хоть раз читаете, что вам пишут? Верните деньги.',
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // «мошенники» alongside facts: accusation
  c(
    'r25y-19',
    'ru',
    'Заказывала подарок внуку на день рождения — детские смарт-часы с GPS. Пришли 10 октября, при включении выяснилось, что GPS-модуля нет вообще: в меню нет пункта геолокации, а на коробке указана модель без GPS (фото коробки и меню прикладываю). Продаёте одно, шлёте другое — мошенники. Верните деньги.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // innocent: consumer protection and an honest review as lawful steps
  c(
    'r25y-20',
    'en',
    "Hello. The rechargeable hearing aid charger (order 8150…) stopped charging on the fourth day: the left slot light stays red and the aid shows 0% after a full night. I noticed it on 19 January, when my husband's aid went dead in the middle of his granddaughter's christening. A video of the red light and the dead aid is attached. Please refund the full price. If that isn't possible through the dispute, I will contact consumer protection in my country and leave an honest review describing exactly this.",
    'video',
    [],
    'full_refund',
  ),
  // "I'll use small words so your team can follow": condescension, insult
  c(
    'r25y-21',
    'en',
    "I'll use small words so your team can follow. Dress ordered: red. Dress sent: pink. Prom: 14 June. Dress came: 12 June. Photo: attached. Money: back. Thanks.",
    'photo',
    ['insult'],
    'full_refund',
  ),
  // no words at all
  c('r25y-22', 'ru', '…', 'none', ['empty_text'], 'none'),
  // innocent: Rospotrebnadzor complaint and a review named as lawful steps; calm about what the gown meant
  c(
    'r25y-23',
    'ru',
    'Крестильная рубашка для внучки, заказ от 10 мая. Крестины были 2 июня, посылка пришла 31 мая. При распаковке увидела, что кружево по подолу оторвано на длину около 15 см, а на груди жёлтое пятно размером с пятирублёвую монету. Для нашей семьи это должна была быть рубашка на всю жизнь, мы собирались хранить её для правнуков. Крестили в рубашке, которую дали в храме. Фото пятна и кружева прилагаю. Прошу полный возврат. Если спор закроют без решения, я напишу жалобу в Роспотребнадзор и отзыв с этими фотографиями.',
    'photo',
    [],
    'full_refund',
  ),
  // knowing the manager's town and the daughter's school: veiled threat
  c(
    'r25y-24',
    'ru',
    'Свадебный костюм жениха, заказ от 1 мая: пиджак пришёл 11 мая с прожжённой дырой на лацкане размером с монету, фото прилагаю. Свадьбу сын отгулял в прокатном. Я вас по-хорошему прошу вернуть деньги. Ваш магазин в Гуанчжоу, а ваш менеджер Анна, как я выяснил, живёт в Подольске, и я знаю, в какую школу ходит её дочь. Давайте решим это быстро.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "defective, nothing like the pictures" is vague; sending it back is a return
  c(
    'r25y-25',
    'en',
    "The flower girl dress arrived on 18 May and it's defective, nothing like the pictures. Photos attached. I'd like to send it back for a refund.",
    'photo',
    ['missing_what'],
    'return',
  ),
  // innocent: «корабля», «саблями»; «на фото видно» with a photo attached; missing bag is an exchange
  c(
    'r25y-26',
    'ru',
    'Сыну на семилетие подарили конструктор пиратского корабля с саблями и пушками, заказ от 20 февраля. Открывали коробку 5 марта, в день рождения: нет пакета №4 — это мачта и паруса, без них корабль не собрать. На фото видно пустую ячейку в коробке и страницу инструкции с этим пакетом. Прошу прислать недостающий пакет №4.',
    'photo',
    [],
    'exchange',
  ),
  // name-calling «олухи царя небесного» and "?!!": insult and emotional
  c(
    'r25y-27',
    'ru',
    'Олухи царя небесного, что вы отправили?!! Заказывала траурную ленту, чёрную с золотой надписью, пришла белая с серебряной. Похороны свёкра были 15 января, посылка пришла 14-го вечером, другую достать было уже негде. Я стояла у гроба с этой белой лентой на венке. Фото прикладываю. Деньги верните.',
    'photo',
    ['insult', 'emotional'],
    'full_refund',
  ),
  // «компенсацию за переделку» with no sum
  c(
    'r25y-28',
    'ru',
    'Костюм на выпускной сына пришёл 15 июня, брюки на 6 см короче, чем указано в таблице размеров, — измеряла рулеткой, фото с рулеткой прикладываю. Подшивать некуда, пришлось надставлять в ателье. Прошу компенсацию за переделку.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // innocent: card issuer and small claims court as lawful steps; sending back at the seller's cost is a return
  c(
    'r25y-29',
    'en',
    "My son's wedding suit arrived on 2 August with a 38 jacket instead of the 42 I ordered, and trousers in navy instead of charcoal; photos of both labels and of the trousers next to the jacket are attached. The wedding is on the 17th. I'm happy to send everything back at your cost for a full refund. If the dispute stalls, my next steps are my card issuer and, if it comes to that, the small claims court.",
    'photo',
    [],
    'return',
  ),
  // mat with a digit, cried out right after opening the box: profanity and emotional
  c(
    'r25y-30',
    'ru',
    'Открыла коробку с подарком дочке на день рождения — п1здец. Кукольная коляска с отломанной ручкой и треснувшим колесом, день рождения через два часа, гости уже едут. Коробка пришла сегодня, 17 марта, на фото всё видно. Пришлите новую коляску.',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // «случайно» in scare quotes: sarcasm about honesty, accusation
  c(
    'r25y-31',
    'ru',
    'Заказывала два комплекта формы для двойняшек, мальчику и девочке, 1 сентября они идут в первый класс. 25 августа пришли два комплекта для девочки — два сарафана, фото в приложении. Ну конечно, «случайно» перепутали, как и в прошлый раз. Пришлите брюки и жилет для мальчика, размер 122.',
    'photo',
    ['accusation'],
    'exchange',
  ),
  // innocent: transliterated Russian with «rublya»
  c(
    'r25y-32',
    'ru',
    'Zdravstvuyte. Zakazyvala serebryanyi krestik dlya docheri k pervomu prichastiyu, v opisanii serebro 925. Prishel 14 aprelya, a cherez 2 dnya noski on pozelenel i ostavil zelenuyu polosku na shee. Foto krestika i shei prilagayu. Zaplatila 3 902 rublya, proshu vernut vsyu summu.',
    'photo',
    [],
    'full_refund',
  ),
  // name-calling "numpties" without a swear word or emotion marker: insult; no evidence
  c(
    'r25y-33',
    'en',
    "Absolute numpties, the lot of you. My mum's hearing aid batteries, size 10, pack of 60, came on 2 November as size 312, which don't even fit in her aids. She's 84 and went a week without hearing the phone or the doorbell. Refund the order.",
    'none',
    ['insult', 'missing_evidence'],
    'full_refund',
  ),
  // "refund the difference": partial refund without a sum
  c(
    'r25y-34',
    'en',
    'I ordered 50 m of black satin funeral ribbon and received 25 m, which I found on 7 February when preparing the wreaths; a photo of the reel label (25 m) is attached. I had to buy the rest locally at a higher price. Please refund the difference.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // innocent: Scunthorpe and cocktail dresses
  c(
    'r25y-35',
    'en',
    "Hi. I ordered four bridesmaid cocktail dresses in sage green for my sister's wedding in Scunthorpe on 21 September. They arrived on 10 September: three are sage, one is bright mint, as you can see in the attached photo of all four on one rail. Please send the fourth dress in sage, size 12, by express if at all possible.",
    'photo',
    [],
    'exchange',
  ),
  // publishing the seller's phone and house photo: threat; "!!!" emotional
  c(
    'r25y-36',
    'ru',
    'Лекарство для собаки пришло 2 февраля разбитым: флакон треснул, всё вытекло в коробку (фото прилагаю). Собака без лечения уже неделю!!! Верните деньги. Если до пятницы возврата не будет, я выложу ваш личный номер и фото вашего дома во все собачьи группы города, пусть люди знают, к кому идти.',
    'photo',
    ['threat', 'emotional'],
    'full_refund',
  ),
  // a cracked clip with no date or discovery moment
  c(
    'r25y-37',
    'ru',
    'Держатель для глюкометра на пояс, брали сыну-подростку: клипса треснула пополам, фото прилагаю. Сын носит глюкометр в школу, без держателя он его теряет. Прошу прислать новый держатель.',
    'photo',
    ['missing_when'],
    'exchange',
  ),
  // calm, complete, but no request
  c(
    'r25y-38',
    'en',
    'The engraved ring for our 25th anniversary arrived on 6 June with the date engraved as 14.07.1999 instead of 14.07.1998 — photo of the engraving attached. We had planned the whole dinner around giving the rings to each other; I gave my husband a card instead. I wanted you to know what this error meant to us.',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // bare «Пздц.» as a sentence of its own, and «реву»: profanity and emotional; no evidence
  c(
    'r25y-39',
    'ru',
    'Пздц. Заказала свадебные туфли 38 размера, пришли 36-го. Забрала вчера, 3 августа, свадьба в субботу, а я сижу и реву. Верните деньги, новые покупать уже не на что.',
    'none',
    ['profanity', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // «расстроена» is affect; «на ваше усмотрение» is a partial refund without a sum
  c(
    'r25y-40',
    'ru',
    'Фата для свадьбы пришла 20 июля с затяжкой посередине и рваным краем, фото приложила. Я так расстроена, что словами не передать. Свадьба 27-го, ушиваю сама. Прошу компенсацию на ваше усмотрение.',
    'photo',
    ['emotional', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // calm about a memorial wreath; «Разберитесь» is no request
  c(
    'r25y-41',
    'ru',
    'Венок на могилу мамы к годовщине, 12 октября. Доставили 11-го, на ленте вместо «Помним, любим, скорбим» напечатано латиницей «Pomnim, lubim, skorbim», фото ленты прилагаю. Мы приехали на кладбище всей семьёй, ленту пришлось снять. Разберитесь, пожалуйста.',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // "I'll be knocking on that door" at a home address: threat
  c(
    'r25y-42',
    'en',
    "The christening gown arrived on 22 April with a tear along the back seam, about 10 cm; photo attached. I have asked for a refund politely twice. Your return label has a home address on it, not a warehouse. I'm in Shenzhen on business in May, and I'll be knocking on that door if this isn't refunded by then.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // capitals refusing the refund: emotional; the request is the exchange
  c(
    'r25y-43',
    'en',
    "I DON'T WANT A REFUND, I want the dress. The wedding is on 2 October, and the dress that arrived on 14 September is blush, not champagne; photo attached. Please send the champagne one in size 10 by express.",
    'photo',
    ['emotional'],
    'exchange',
  ),
  // innocent: the seller's "stupid" quoted after "replied"
  c(
    'r25y-44',
    'en',
    "The insulin cooling case for my cat arrived on 8 July and does not cool: with the ice pack frozen overnight, the inner thermometer reads 24°C after one hour (photo of the thermometer attached, plus a screenshot of our chat). When I reported it, the seller replied: 'you are stupid buyer, read instruction'. I did read it. My cat needs insulin twice a day and we travel next week. Please refund the full amount.",
    'photo',
    [],
    'full_refund',
  ),
  // sarcastic praise «Браво, гении упаковки»: insult
  c(
    'r25y-45',
    'ru',
    'Браво, гении упаковки. Детская гитара на день рождения сына (6 лет) была завёрнута в один пакет без пупырки, гриф сломан пополам — на видео распаковка 25 октября, в день доставки. Пришлите новую гитару в нормальной коробке.',
    'video',
    ['insult'],
    'exchange',
  ),
  // «половину стоимости»: partial refund without a sum
  c(
    'r25y-46',
    'ru',
    'Комплект батареек для слуховых аппаратов — 10 блистеров, пришло 5 (фото посылки с содержимым), получила 14 марта. Верните, пожалуйста, половину стоимости.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // innocent: pasted chat, the seller's rude lines are the seller's
  c(
    'r25y-47',
    'ru',
    'Переписка с продавцом:\nЯ (02.09): Здравствуйте, школьная форма для дочки пришла 1 сентября утром, юбка 122, а заказывали 134, на бирке видно, фото прикладываю.\nПродавец (02.09): Мамаша, не морочьте голову, меряйте лучше.\nЯ (03.09): Я мерила рулеткой, длина юбки 32 см, по вашей таблице у 134 должно быть 40.\nПродавец (03.09): Сами виноваты.\nПрошу платформу помочь: нужна замена юбки на размер 134. На линейку дочка пошла в юбке прошлого года.',
    'photo',
    [],
    'exchange',
  ),
  // wishing illness on the seller's pets: threat; two capitalised words: emotional; no time, no evidence
  c(
    'r25y-48',
    'en',
    "My dog's seizure medication never came and you marked it DELIVERED. I hope your own pets get sick and there's NOBODY to send them anything. I hope you feel what I feel every night. Give me my money back.",
    'none',
    ['threat', 'emotional', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // «на фото видно» with no file
  c(
    'r25y-49',
    'ru',
    'Рубашка к свадебному костюму пришла 3 сентября с пятном ржавчины на манжете, на фото видно. Прошу заменить.',
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // innocent: cockapoo named Dick
  c(
    'r25y-50',
    'en',
    "Our cockapoo's flea and tick collar arrived on 14 May in the small-dog size (up to 8 kg) instead of the large one I ordered (8–25 kg); the label is in the attached photo. Dick, our cockapoo, weighs 11 kg, so the small one won't even go round his neck. Please send the large size.",
    'photo',
    [],
    'exchange',
  ),
  // wishing illness on the seller and their children: threat; «Ненавижу» affect; no evidence
  c(
    'r25y-51',
    'ru',
    'Тест-полоски, которые вы прислали, врут на 4–5 единиц: 20 мая сравнила с глюкометром соседки — у неё 6,1, у вашего 10,8. Я из-за этого чуть не вколола лишний инсулин, вечером меня трясло. Чтоб вы сами так болели, как я, и чтоб вашим детям такие же полоски продавали. Ненавижу. Верните деньги.',
    'none',
    ['threat', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // «оба ревели весь вечер»: emotional, otherwise complete
  c(
    'r25y-52',
    'ru',
    'Заказала сыну на день рождения плюшевого динозавра, 60 см. Пришёл 2 декабря размером с ладонь — 18 см, измерила линейкой, фото с линейкой приложила. Сын ждал его полгода, мы с ним оба ревели весь вечер. Верните деньги.',
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // innocent: an accusation taken back in the same sentence
  c(
    'r25y-53',
    'ru',
    'Заказывала тест-полоски для глюкометра, 100 штук, в описании срок годности до 2026 года. Пришли 18 марта, при вскрытии коробки увидела на упаковке срок 04.2024 (на фото), то есть через две недели они будут просрочены. Я не говорю, что вы сделали это специально, возможно, на складе перепутали партию. Но полоски мне нужны на полгода вперёд. Прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // transliterated mat as an interjection; «plakala ves vecher»: profanity and emotional; no evidence
  c(
    'r25y-54',
    'ru',
    'blyat, opyat ne to. Zakazyvala shkolnyi ryukzak docheri k 1 sentyabrya, rozovyi s edinorogom, a 30 avgusta prishel chernyi s dinozavrom. Doch plakala ves vecher. Vernite dengi.',
    'none',
    ['profanity', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // a crying emoji: emotional
  c(
    'r25y-55',
    'en',
    "My dad's memorial photo frame arrived on 5 March with the glass shattered and the frame split at the corner 😭 Photo attached. The memorial is on Saturday. Please refund.",
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // innocent: "not accusing anyone of doing this on purpose"
  c(
    'r25y-56',
    'en',
    "I'm not accusing anyone of doing this on purpose, but the wedding veil I received on 3 June is 150 cm long, not 300 cm as ordered; I measured it with a tape and attach a photo. The wedding is on 29 June. Please send the 300 cm veil as soon as you can.",
    'photo',
    [],
    'exchange',
  ),
  // the seller's mat quoted as evidence: still profanity
  c(
    'r25y-57',
    'ru',
    'Заказ: свадебные бутоньерки, 6 штук. Пришли 4 июля, у всех шести отломаны стебли (фото). Свадьба была 6 июля. Я написала продавцу, он ответил: «иди на х*й со своими цветочками». Скриншот прилагаю. Прошу вернуть деньги за заказ полностью.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // «Терпение на исходе»: emotional; «Пишу уже третий раз» is no insult
  c(
    'r25y-58',
    'ru',
    'Пишу уже третий раз. Лечебный корм для кошки с больными почками: заказ пришёл 8 мая, вместо почечной диеты прислали гастро, фото упаковки прикладываю. Терпение на исходе. Пришлите правильный корм.',
    'photo',
    ['emotional'],
    'exchange',
  ),
  // innocent: a police report and a tracking number, no file; sending again is an exchange
  c(
    'r25y-59',
    'ru',
    'Лекарство для кошки (капли, 3 флакона) не пришло. Трек-номер RB123456789CN, по отслеживанию посылка «вручена» 14 августа в отделении 630099, но мне ничего не выдавали, моей подписи нигде нет. Я подала заявление в полицию и запрос на почту. Лечение кошки прервалось на шестой день. Прошу отправить заказ повторно.',
    'none',
    [],
    'exchange',
  ),
  // minced mat «Ёпт» as a cry: profanity and emotional
  c(
    'r25y-60',
    'ru',
    'Ёпт, ну как так. Подарок сыну на десятилетие — радиоуправляемый вертолёт, пришёл 12 ноября, при первом включении сломалась лопасть заднего винта, прямо в руках, он и взлететь не успел. Фото лопасти прилагаю. Пришлите, пожалуйста, новый вертолёт или хотя бы запасной винт.',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // a two-letter reply only
  c('r25y-61', 'en', 'ok', 'none', ['empty_text'], 'none'),
  // innocent: a very short complete reply
  c(
    'r25y-62',
    'en',
    'Ring pillow came ivory, not white. Found on unboxing, 3 June. Photo attached. Please exchange for white.',
    'photo',
    [],
    'exchange',
  ),
  // mat said to the addressed seller: profanity and insult; tracking number, but no time
  c(
    'r25y-63',
    'ru',
    'Продавец, сука, где посылка? Трек LX384920571CN так и висит на «отправлено», а форму ребёнку в школу надевать. Верните деньги.',
    'none',
    ['profanity', 'insult', 'missing_when'],
    'full_refund',
  ),
  // «ГДЕ МОЯ ПОСЫЛКА» in capitals: emotional; tracking number and days waited
  c(
    'r25y-64',
    'ru',
    'ГДЕ МОЯ ПОСЫЛКА? Свадебные туфли, трек LV219384756CN, жду 47 дней, свадьба была неделю назад. Верните деньги.',
    'none',
    ['emotional'],
    'full_refund',
  ),
  // innocent: a sum in words («восемьсот рублей»)
  c(
    'r25y-65',
    'ru',
    'Платье подружки невесты пришло 5 июля без пояса из атласной ленты, который есть на фото в карточке товара и указан в комплектации. Фото платья и скрин карточки прикладываю. Свадьба 12 июля, пояс я купила в ателье сама. Прошу частичный возврат — восемьсот рублей, столько стоил пояс.',
    'photo',
    [],
    'partial_refund',
    800,
  ),
  // masked "a-holes" at the seller: profanity and insult; "Thieving little shop": accusation
  c(
    'r25y-66',
    'en',
    "You a-holes sent a used glucose meter: the memory had 143 readings from someone else, the oldest from 2022, and there's dried blood on the strip port. Found it on 4 April when setting it up for my dad. Photos attached. Thieving little shop. Full refund.",
    'photo',
    ['profanity', 'insult', 'accusation'],
    'full_refund',
  ),
  // "Classic scam": accusation; no time, no evidence
  c(
    'r25y-67',
    'en',
    "Classic scam. My son's birthday drone has one motor that doesn't spin at all, the other three work. Refund me.",
    'none',
    ['accusation', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // innocent: a decimal comma in a partial refund (€12,50)
  c(
    'r25y-68',
    'en',
    "The school shoes for my son arrived on 30 August with the left sole glued crooked and already peeling at the toe (photo attached). He wore them on 1 September anyway, and I re-glued the sole myself. I'd rather not return them; please issue a partial refund of €12,50.",
    'photo',
    [],
    'partial_refund',
    12.5,
  ),
  // sarcastic "Congratulations, geniuses": insult
  c(
    'r25y-69',
    'en',
    "Congratulations, geniuses: the pet carrier for my cat's trip to the vet clinic in Lyon on 15 May arrived on the 12th with the door latch missing entirely, photo attached. She travelled in a borrowed one. Please send the latch or a new carrier.",
    'photo',
    ['insult'],
    'exchange',
  ),
  // vague «не то, что на картинке», no time, no evidence, «Сделайте что-нибудь»
  c(
    'r25y-70',
    'ru',
    'Это был подарок маме на семидесятилетие, она его очень ждала. То, что пришло, совсем не то, что было на картинке. Сделайте что-нибудь.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // innocent: money declined, a replacement asked
  c(
    'r25y-71',
    'ru',
    'Деньги мне не нужны, пришлите замену. Заказывала для внука (8 лет) чехол-клипсу для слухового аппарата, а пришёл только силиконовый чехол, без клипсы, — фото прикладываю. Получили 16 февраля, без клипсы аппарат на физкультуре слетает с уха.',
    'photo',
    [],
    'exchange',
  ),
  // «Мошенникам … объясняю лично», a brother who knows the warehouse: threat and accusation
  c(
    'r25y-72',
    'ru',
    'Пишу по заказу 3019… — свадебное платье-русалка, цвет шампань, размер 42, заказ от 2 апреля, оплачено 21 700 ₽. Платье пришло 28 апреля. При распаковке: на корсаже не хватает примерно половины бусин, из швов висят нитки, по спине под молнией пятно тонального крема, подол внизу серый от пыли. Его явно уже кто-то надевал, и не один раз. Фото корсажа, пятна и подола приложены. Я полгода готовилась к этой свадьбе, мы с сестрой объездили три салона и выбрали именно ваше, потому что у вас были живые фото. Свадьба 18 мая, новое платье я уже заказала в ателье за двойную цену. Мошенникам, которые продают ношеное за новое, я обычно объясняю всё лично: у меня в Иу живёт родной брат, и адрес вашего склада он уже знает. Верните деньги полностью, и на этом разойдёмся.',
    'photo',
    ['threat', 'accusation'],
    'full_refund',
  ),
  // "partial refund" with no sum, and no time
  c(
    'r25y-73',
    'en',
    'The hearing aid batteries came in a pack of 30, not 60 as listed; photo of the pack attached. Please give me a partial refund.',
    'photo',
    ['missing_when', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // innocent: Sukko (a village near Anapa); a post office report; missing lanterns sent is an exchange
  c(
    'r25y-74',
    'ru',
    'Добрый день. Свадьба у нас 30 июня в Сукко, на берегу, заказывали 40 свадебных фонариков-подсвечников. Коробка пришла в пункт выдачи в Анапе 21 июня, при вскрытии на почте обнаружили 11 разбитых стаканов, это записано в акте почты (фото акта и осколков прикладываю). Просим дослать 11 фонариков до 28 июня, если это реально.',
    'photo',
    [],
    'exchange',
  ),
  // «Я В ШОКЕ!!!», «слепые» at the staff, «развод»: emotional, insult, accusation
  c(
    'r25y-75',
    'ru',
    'Я В ШОКЕ!!! Школьный костюм к 1 сентября пришёл с разными рукавами — один длиннее на 4 см, фото прилагаю, получили 27 августа. Вы там все слепые, что ли, или это ваш обычный развод? Верните деньги.',
    'photo',
    ['insult', 'emotional', 'accusation'],
    'full_refund',
  ),
  // «30% стоимости»: a share only, partial refund without a sum; no evidence
  c(
    'r25y-76',
    'ru',
    'Школьный пиджак пришёл 29 августа без двух пуговиц на рукаве и с распоротым карманом. Переделывать будем сами. Верните 30% стоимости.',
    'none',
    ['missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // innocent: Cockermouth
  c(
    'r25y-77',
    'en',
    "Hello, I live in Cockermouth and on 2 July ordered a glucose meter carry case with a cooling compartment for my daughter's insulin. It arrived on 19 July with the hinge of the compartment lid broken, so the lid won't close; see the attached photo. She starts a week at camp on Monday and I've had to buy one locally. I'd like a full refund, please.",
    'photo',
    [],
    'full_refund',
  ),
  // «Для тупеньких» and "!!!": insult and emotional; no time, no evidence, a question instead of a request
  c(
    'r25y-78',
    'ru',
    'Для тупеньких повторяю ещё раз!!! Ошейник от клещей пришёл для маленькой собаки, а у меня алабай. Что мне с ним делать?',
    'none',
    ['insult', 'emotional', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // complete but no request
  c(
    'r25y-79',
    'en',
    "My granddaughter's birthday scooter arrived on 4 June with the front wheel bearing seized: the wheel doesn't turn at all, even by hand. Video attached.",
    'video',
    ['missing_resolution'],
    'none',
  ),
  // mat with digits for vowels aimed at the warehouse staff: profanity and insult, single "?"
  c(
    'r25y-80',
    'ru',
    'Какие д0лб0ёбы у вас на складе пакуют? Кукольный домик дочке на пятилетие пришёл с крышей, расколотой на три части, видео распаковки от 3 июня прилагаю. Пришлите новую крышу.',
    'video',
    ['profanity', 'insult'],
    'exchange',
  ),
];
