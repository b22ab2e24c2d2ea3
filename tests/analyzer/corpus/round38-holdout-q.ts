import { labelled as c, type CorpusCase } from './types';

/**
 * Round thirty-eight, hold-out set q: humour and irony, from jokes about the product or the buyer (innocent) to irony
 * that belittles the seller or doubts their honesty, and jokes that turn into insults or threats. Written by a hand
 * that has not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Laughing faces (😂 🤣) are emotive emoji, so a joke carried by them is `emotional`; object emoji (🪔) are not.
 * - A clown emoji aimed at the staff is `insult` only (round twenty-six), not also `emotional`.
 * - A film genre or a set phrase with an affect root («фильм ужасов») is no feeling; «кошмар» said as an exclamation
 *   about the item is (the definitions' affect word).
 * - Mock thanks for a result with no praise of a person and no word about honesty («спасибо за урок терпения») is
 *   neither rude nor an accusation (round four's «Ну спасибо, удружили»).
 * - Rude-looking words about the item or the buyer ("idiot-proof tent … this idiot", «тёрка тупая», "this vacuum
 *   sucks", «кот — главный мошенник») are innocent.
 * - A text made only of emoji has no words: `empty_text` alone.
 * - «Видео есть» / "Фото есть" with that file in the form names the evidence; ready texts always have the file too.
 */
export const ROUND38_HOLDOUT_Q: CorpusCase[] = [
  // self-deprecating film joke; «фильм ужасов» is a genre, not affect
  c(
    'r38q-01',
    'ru',
    `Заказала лампу-луну, думала, будет как в романтическом кино, а получилось как в фильме ужасов: при первом включении 3 марта свет мигает каждые две секунды, а режим «тёплый» не включается вообще. Видео приложила. Прошу вернуть полную стоимость.`,
    'video',
    [],
    'full_refund',
  ),
  // pun on the product, complete
  c(
    'r38q-02',
    'en',
    `This bike light is not so bright, and the joke's on me for trusting it. On my first evening ride (June 4) the LED switched itself off after 6 minutes on a full charge; the listing says 3 hours. Video of the ride attached. I'd like an exchange for a working unit.`,
    'video',
    [],
    'exchange',
  ),
  // sarcastic praise of the staff: insult
  c(
    'r38q-03',
    'ru',
    `Браво, гении логистики! Заказал набор отвёрток на 24 предмета, в кейсе 17, пересчитал дважды при вскрытии 12.04. Фото прилагаю. Верните 300 ₽ за недостающие.`,
    'photo',
    ['insult'],
    'partial_refund',
    300,
  ),
  // mock thanks plus "what great honesty": accusation
  c(
    'r38q-04',
    'en',
    `Thanks ever so much for the free bonus fingerprint in my lipstick. Someone has clearly used it, the tip is flattened and there's a print in the wax. What great honesty. Opened it on 2 May, photo attached. Full refund please.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // playful exaggeration with a laughing emoji: emotional
  c(
    'r38q-05',
    'ru',
    `Купила платье размера M, а пришло такое, что в него влезем мы с мужем и ещё собака 😂 Замерила сантиметром в день получения, 18 мая: обхват груди 120 см, а по таблице для M — 92. Фото во вложении. Хочу обменять на правильный размер.`,
    'photo',
    ['emotional'],
    'exchange',
  ),
  // joke that becomes a veiled threat (a cousin dropping by)
  c(
    'r38q-06',
    'en',
    `Funny thing, your return address is only twenty minutes from my cousin's place. Maybe he'll drop by and ask about my drill in person. The chuck has wobbled since day one, video attached. Refund.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // scare quotes around "by accident": accusation
  c(
    'r38q-07',
    'ru',
    `Ну конечно, «случайно» положили вместо шёлковой наволочки полиэстеровую. Уже третий раз «случайно». На бирке 100% polyester, получила 5 июня, фото бирки в приложении. Верните деньги.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // innocent trap: «тупая» about the grater and the buyer herself
  c(
    'r38q-08',
    'ru',
    `Эта тёрка тупая, как я на планёрке в понедельник утром: морковь не трёт, а мнёт. Заметила при первом использовании 9 ноября, на лезвиях зазубрины и загнутые края — всё видно на фото. Прошу замену.`,
    'photo',
    [],
    'exchange',
  ),
  // funny comparison with a pet; partial with a sum
  c(
    'r38q-09',
    'en',
    `My cat has more energy than this charger. Listing says 65W; my USB meter shows 18W max, tested the day it arrived (Oct 14). Screenshot of the meter reading attached. Partial refund of $12 and I'll keep it as a slow charger.`,
    'photo',
    [],
    'partial_refund',
    12,
  ),
  // joke about the name, then mat as an interjection
  c(
    'r38q-10',
    'ru',
    `Кроссовки называются «Облако», и правда — растаяли, как облако: на второй день носки подошва отклеилась по всей длине. Ну пиздец, приехали. Фото есть. Верните деньги.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // self-deprecating, no time; partial without a sum
  c(
    'r38q-11',
    'en',
    `I'm no Picasso, but even I can count to 48. This paint set has 12 tubes, not the 48 in the listing. Photo of the open box attached. Could I get a partial refund?`,
    'photo',
    ['missing_when', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // mock thanks for a lesson in patience: not rude, no honesty label; tracking number is evidence
  c(
    'r38q-12',
    'ru',
    `Спасибо, дорогой продавец, за бесплатный урок терпения: жду посылку 52 дня, трек LP00123456789CN стоит на месте с 3 апреля. Верните деньги.`,
    'none',
    [],
    'full_refund',
  ),
  // "congrats, genius" to the packer: insult
  c(
    'r38q-13',
    'en',
    `Congrats to whoever packed this, truly a genius: a glass teapot wrapped in a single sheet of newspaper. It arrived in three pieces on 7 Feb, photos attached. Full refund.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // joke about a sports car, missing hubcap, partial with a sum
  c(
    'r38q-14',
    'ru',
    `Я, конечно, мечтал о спорткаре, но не настолько, чтобы ездить с тремя колпаками: в комплекте колпаков R15 пришло 3 штуки вместо 4. Обнаружил при распаковке 21.08, фото коробки и содержимого приложил. Верните 450 руб за недостающий.`,
    'photo',
    [],
    'partial_refund',
    450,
  ),
  // laughing emojis, "the difference", no evidence
  c(
    'r38q-15',
    'ru',
    `Садовый шланг 15 м. Реально 9 м, мерил рулеткой 🤣🤣 Я ржал, жена — нет. Верните разницу.`,
    'none',
    ['emotional', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // clown emojis aimed at the warehouse team: insult
  c(
    'r38q-16',
    'en',
    `Your warehouse team 🤡🤡🤡 managed to send me two left gloves. Two left work gloves, size L, unpacked on 30 Nov. Photo attached. Send the right one.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // sarcasm about honesty without scare quotes: accusation
  c(
    'r38q-17',
    'ru',
    `Какая кристальная честность: в описании натуральная кожа, а на изнанке ремня напечатано PU. Увидел сразу при получении, 2 июля. Фото изнанки прикрепил. Прошу вернуть деньги, ремень готов отправить обратно.`,
    'photo',
    ['accusation'],
    'return',
  ),
  // innocent trap: "killing me" about a phone case
  c(
    'r38q-18',
    'en',
    `This phone case is killing me, honestly it's hilarious: the print is upside down, so the logo faces the floor when the camera is on top. Noticed the minute I unboxed it on Sunday 12 March, photo attached. I'd like an exchange for one printed the right way up.`,
    'photo',
    [],
    'exchange',
  ),
  // "just kidding" before a threat does not cancel it
  c(
    'r38q-19',
    'ru',
    `Шучу, конечно, но я знаю, где ваш склад в Подольске, и у меня много свободного времени. Электрорубанок: нож не крутится с первого включения 14.10. Видео есть. Возврат денег.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // joke with no concrete problem
  c(
    'r38q-20',
    'en',
    `Well, it's definitely a mascara. Technically. Not one I'd show my mum, though. Got it on 3 Jan, photo attached. Refund please.`,
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // pun on "star", complete
  c(
    'r38q-21',
    'ru',
    `Хотела стать звездой караоке, а микрофон решил, что звезда тут он: с первого дня (получила 11 февраля) шипит правый динамик, стоит поднять громкость выше 50%. Запись шипения на видео прикрепила. Прошу обмен на исправный.`,
    'video',
    [],
    'exchange',
  ),
  // condescension about reading: insult
  c(
    'r38q-22',
    'en',
    `I'll type slowly, since reading seems to be hard over there. Ordered: car floor mats for a left-hand-drive car. Received: mats cut for right-hand drive. Unpacked 9 April, photos attached. Exchange.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // «в шоке» said jokingly about the cat is still affect; no evidence
  c(
    'r38q-23',
    'ru',
    `Мой кот в шоке, я тоже: когтеточка-домик пришла без одной стенки и без винтов. Распаковали 28 сентября. Пришлите, пожалуйста, недостающие детали.`,
    'none',
    ['emotional', 'missing_evidence'],
    'exchange',
  ),
  // pun «сосёт» is innocent, masked «х*р» is mat about the result
  c(
    'r38q-24',
    'ru',
    `Пылесос сосёт только деньги, а пыль — х*р там. Щётка не крутится с первого включения 6 декабря, мощности ноль. Видео приложено. Верните деньги.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
  // child's nickname for a defective toy, complete
  c(
    'r38q-25',
    'en',
    `My daughter named the teddy Mr. Lumpy, because one arm has no stuffing at all and the seam under it is open for about 4 cm. She found it the evening it arrived, 19 August. Photos attached. We'd like a replacement bear, please.`,
    'photo',
    [],
    'exchange',
  ),
  // retired firefly comparison; no time; partial without a sum
  c(
    'r38q-26',
    'ru',
    `Фонарик обещали ярче солнца, а светит как светлячок на пенсии: заявлено 1000 люмен, а луч не добивает даже до стены в трёх метрах. Фото сравнения с фонариком телефона прилагаю. Хочу частичную компенсацию.`,
    'photo',
    ['missing_when', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // scare quotes around "honest mistake": accusation
  c(
    'r38q-27',
    'en',
    `Oh sure, another "honest mistake". Third order from this store, third time a cheaper model in the box: I ordered the Pro 2 earbuds and got the Lite. Opened on 15 May, photos of both boxes attached. Refund.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // staff compared to beavers: insult
  c(
    'r38q-28',
    'ru',
    `У вас на складе работают бобры, не иначе: саженец яблони пришёл с переломанным стволом и обгрызенной сеткой. Получил 17.04, фото ствола приложил. Прошу замену саженца.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // irony about the result with no praise of a person (round four): not rude
  c(
    'r38q-29',
    'ru',
    `Ну спасибо, удружили: вместо набора кистей для макияжа из 12 штук пришла одна кисточка для клея. Обнаружила при вскрытии на почте 2 октября, видео вскрытия есть. Верните полную стоимость.`,
    'video',
    [],
    'full_refund',
  ),
  // mat as an interjection in English
  c(
    'r38q-30',
    'en',
    `The stainless steel pan rusted after the first wash. Holy shit, that was quick. Photo of the rust spots attached. Refund.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // says a photo is attached, form has none
  c(
    'r38q-31',
    'ru',
    `Ножницы садовые режут только воздух, с ним у них полная гармония. Лезвия не смыкаются, зазор 2 мм, заметил при первой обрезке 20 мая. Фото прикладываю. Прошу вернуть деньги.`,
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // self-deprecating rapper joke; offers to send back
  c(
    'r38q-32',
    'en',
    `Confession: I ordered a 3XL hoodie hoping to look like a rapper. I look like a rapper's little cousin, because the tag says 3XL but the chest measures 52 cm flat, which is an M on your own size chart. Measured it the day it came, 4 June. Photo with the tape measure attached. I can ship it back this week for a refund.`,
    'photo',
    [],
    'return',
  ),
  // "it'll be funny when" a manager's data is posted: threat
  c(
    'r38q-33',
    'ru',
    `Смешно будет, когда адрес и телефон вашего менеджера Алины окажутся в паре тематических пабликов. Духи пришли без распылителя, флакон не открыть. Получила 8 марта. Фото есть. Верните деньги.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // frying-an-egg exaggeration; only a question, no request
  c(
    'r38q-34',
    'ru',
    `На автомобильной зарядке можно жарить яичницу. Через 10 минут работы 14 июля корпус оплавился у разъёма, на фото видно. Ну и что теперь делать?`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // LOL is chat filler; "disappointed" is affect
  c(
    'r38q-35',
    'en',
    `LOL. I asked for a yoga mat and got a bath mat. Still laughing, but also kind of disappointed. Arrived 22 Nov, pic attached. Please send the yoga mat.`,
    'photo',
    ['emotional'],
    'exchange',
  ),
  // «объясняю для тупеньких»: insult
  c(
    'r38q-36',
    'ru',
    `Объясняю для тупеньких: я заказывал коврики на Kia Rio 2017, а пришли на Ладу Гранту, крепления не совпадают. Распаковал 3 ноября. Фото прилагаю. Замена.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // innocent trap: «мошенник» about the buyer's cat
  c(
    'r38q-37',
    'ru',
    `Мой кот — главный мошенник в доме, но даже он не смог бы спрятать две банки из шести. В наборе контейнеров для специй 4 банки вместо 6, посчитала при распаковке 16 января. Фото приложила. Верните 180 ₽ за две недостающие.`,
    'photo',
    [],
    'partial_refund',
    180,
  ),
  // plot twist joke, no evidence at all
  c(
    'r38q-38',
    'en',
    `Plot twist nobody asked for: the wireless keyboard I ordered has no Bluetooth at all and only works on the USB cable. Found out while trying to pair it on 2 August. I'd like an exchange for the wireless version.`,
    'none',
    ['missing_evidence'],
    'exchange',
  ),
  // «шутки шутками, а это развод»: accusation; send back with refund = return
  c(
    'r38q-39',
    'ru',
    `Шутки шутками, а это развод: автомагнитола с Android 12 по описанию в настройках показывает Android 8.1. Проверил в день установки, 5 сентября, скриншот настроек прилагаю. Верните деньги, магнитолу отправлю обратно.`,
    'photo',
    ['accusation'],
    'return',
  ),
  // "you muppets": insult
  c(
    'r38q-40',
    'en',
    `Right, you muppets, let's try this again. The bathroom scale adds 3 kg every time I step off and back on. Checked it against my doctor's scale on 11 March. Video attached. Refund please.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // spring flew into the raspberries: playful, complete
  c(
    'r38q-41',
    'ru',
    `Секатор пришёл бодрый, но с характером: на третьем срезе, 12 июня, пружина выскочила и улетела в малину, где, видимо, теперь и живёт. Момент поломки снят на видео, оно во вложении. Прошу замену секатора.`,
    'video',
    [],
    'exchange',
  ),
  // self-joke about gadgets; "half" without a sum
  c(
    'r38q-42',
    'en',
    `My wife says I buy too many gadgets, and apparently you agree with her: the set of 10 LED bulbs has 5 in it. Counted on 8 Jan when I opened the box, photo attached. Refund half, please.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // transliterated mat as an interjection
  c(
    'r38q-43',
    'ru',
    `Ну blyat, ну как так. Заказал велошлем размера L, пришёл S, на бирке тоже S. Получил 10.05, бирка на фото. Обмен на L.`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // capitalised joke line: emotional
  c(
    'r38q-44',
    'ru',
    `ЭТО НЕ КРЕМ, ЭТО ЦЕМЕНТ. Крем для лица в банке засох в камень, вскрыла 3 декабря, срок годности на донышке — до 2023 года. Фото банки и даты приложила. Верните деньги.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // good news / bad news gnome joke, complete
  c(
    'r38q-45',
    'en',
    `Good news: the garden gnome survived the trip. Bad news: his head didn't. Unpacked on 25 April, the head had snapped off at the neck and there was no padding in the box. Photos attached. Please refund it in full.`,
    'photo',
    [],
    'full_refund',
  ),
  // April Fools joke with «вы специально»: accusation
  c(
    'r38q-46',
    'ru',
    `Видимо, у вас первое апреля круглый год, и вы специально шлёте не тот цвет. Заказывал чехлы на сиденья чёрные, пришли бежевые, получил 19 февраля. Фото приложил. Прошу заменить на чёрные.`,
    'photo',
    ['accusation'],
    'exchange',
  ),
  // mafia-film menace: threat
  c(
    'r38q-47',
    'en',
    `Lovely shop you've got. Would be a shame if someone posted your home address under every one of your listings. The trimmer line spool cracked on first use, 2 June, photo attached. Refund.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // innocent trap: «убить время», partial with a sum
  c(
    'r38q-48',
    'ru',
    `Хотела убить время за пазлом на 1000 деталей, а убила его на поиски: не хватает 14 деталей, и все из неба. Собирали в выходные 6–7 апреля, пустые места видно на фото. Прошу вернуть 250 руб.`,
    'photo',
    [],
    'partial_refund',
    250,
  ),
  // "a choice" and "not what I ordered" are vague; object emoji
  c(
    'r38q-49',
    'en',
    `This lamp 🪔 is... a choice. Let's just say it does not look like what I ordered. Got it Tuesday 9 July, photo attached. Return and refund please.`,
    'photo',
    ['missing_what'],
    'return',
  ),
  // «вы там с дуба рухнули?»: insult
  c(
    'r38q-50',
    'ru',
    `Вы там с дуба рухнули? Прислали кабель Type-C, а я заказывала Lightning, в заказе это указано. Получила 1 ноября. Фото прилагаю. Замена.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // «обидно, но смешно»: affect; no evidence; partial with a sum in words and digits
  c(
    'r38q-51',
    'ru',
    `Обидно, конечно, но смешно: набор для вышивания пришёл без ниток, только канва и схема. Открыла 22 января. Верните 200 рублей за нитки, докуплю сама.`,
    'none',
    ['emotional', 'missing_evidence'],
    'partial_refund',
    200,
  ),
  // pun "tyred", complete
  c(
    'r38q-52',
    'en',
    `I'm tyred of this already: the 700x25 inner tube has a split valve stem, air hisses out the moment I pump it. Found it while mounting it on 13 Sept. Video of the leak attached. Exchange please.`,
    'video',
    [],
    'exchange',
  ),
  // avocado joke about the print; no time, no request
  c(
    'r38q-53',
    'ru',
    `Заказал носки с авокадо, пришли с баклажанами. Авокадо, видимо, не доехали, съели в дороге. Фото прилагаю.`,
    'photo',
    ['missing_when', 'missing_resolution'],
    'none',
  ),
  // masked mat as an interjection
  c(
    'r38q-54',
    'en',
    `Well, that's a new one: a car phone holder that holds nothing. The clamp arms snapped off as soon as I put my phone in, on day one (March 2). F*cking hell. Video attached. Full refund.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // self-joke about a stool; offers to send back
  c(
    'r38q-55',
    'ru',
    `Теперь у меня самая дорогая табуретка в подъезде: у стремянки на 3 ступени одна ножка на 1,5 см короче остальных, качается. Собрала 27 марта, замерила рулеткой, видео приложено. Готова вернуть стремянку за ваш счёт и получить деньги.`,
    'video',
    [],
    'return',
  ),
  // mock thanks with scare quotes about genuineness: accusation
  c(
    'r38q-56',
    'en',
    `Thank you for the 'genuine' Bosch wiper blades. The logo peels off with a fingernail and the box has no barcode. Noticed while fitting them on 4 Oct; photos attached. Refund.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // wishing the seller a burn "with a smile": threat
  c(
    'r38q-57',
    'ru',
    `С улыбкой желаю вам самим так же обвариться, как я вчера, 15 августа: у чайника при кипении отлетела крышка, кипяток на руку. Фото ожога и крышки во вложении. Верните деньги.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // innocent trap: "idiot" about the buyer
  c(
    'r38q-58',
    'en',
    `They call it an idiot-proof tent, and this idiot still couldn't pitch it: one of the four poles is 30 cm shorter than the rest, so the corner sags. Found it on our first camping night, 20 July. Photo attached. Could you send a correct pole?`,
    'photo',
    [],
    'exchange',
  ),
  // inner perfectionist joke; «на ваше усмотрение» without a sum
  c(
    'r38q-59',
    'ru',
    `Мой внутренний перфекционист недоволен: крышка кофемолки не закрывается до щелчка, остаётся зазор миллиметра три. Заметила в первый же день, 4 марта. Фото есть во вложении. Компенсацию — на ваше усмотрение.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "Bravo, quality control, another masterpiece": insult
  c(
    'r38q-60',
    'en',
    `Bravo, quality control, another masterpiece. The left wheel of the kids' ride-on car falls off after five metres; happened the first time my son drove it, 1 May. Video attached. Exchange it for a new one.`,
    'video',
    ['insult'],
    'exchange',
  ),
  // lipstick vs coffee cup, partial with a sum
  c(
    'r38q-61',
    'ru',
    `Помада обещала стойкость 24 часа, а продержалась ровно до первой чашки кофе — минут 15. Проверяла три дня подряд, с 10 по 12 октября; снимки чашки с отпечатком и губ через 15 минут приложила. Прошу частичный возврат 150 ₽.`,
    'photo',
    [],
    'partial_refund',
    150,
  ),
  // joke spray pattern; no time, no evidence
  c(
    'r38q-62',
    'en',
    `Ordered a hose nozzle with 8 spray patterns. It has 7, and one of them is "soak the user". Please send the right one.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'exchange',
  ),
  // circus left, clowns stayed at your warehouse: insult
  c(
    'r38q-63',
    'ru',
    `Цирк уехал, а клоуны, видимо, остались у вас на складе. Отправили один наушник вместо пары, коробка была запечатана, вскрыл 7 декабря. Видео распаковки приложено. Верните деньги.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // «ну конечно, случайно … с кем не бывает»: accusation
  c(
    'r38q-64',
    'ru',
    `Ну конечно, случайно перепутали 256 ГБ с 32 ГБ, с кем не бывает. Флешка в H2testw показала 31,2 ГБ, проверял 14 февраля, скрин в приложении. Возврат полный.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // innocent trap: "this vacuum sucks"
  c(
    'r38q-65',
    'en',
    `This vacuum sucks, sadly only figuratively. Suction dropped to nothing after the third use on 9 Jan; the motor hums but the brush doesn't spin. Video attached. I'd like to send it back for a refund.`,
    'video',
    [],
    'return',
  ),
  // «кошмар» as an exclamation: emotional
  c(
    'r38q-66',
    'ru',
    `Кошмар дизайнера: на футболке надпись «Счастье» напечатана как «Счасте». Получила 2 сентября, фото надписи прилагаю. Хочу обмен.`,
    'photo',
    ['emotional'],
    'exchange',
  ),
  // "Just kidding. Mostly." locksmith relative: threat
  c(
    'r38q-67',
    'en',
    `Good thing I'm a patient man. My brother-in-law isn't, and he's a locksmith who knows your shop's street. Just kidding. Mostly. The car jump starter won't hold a charge past 2 hours, ever since delivery on 3 March. Video attached. Refund.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // «шутка дня» grill with a hot handle, complete
  c(
    'r38q-68',
    'ru',
    `Шутка дня: электрогриль, у которого греется только ручка. А если серьёзно: при первом включении 8 мая пластины через 10 минут холодные, пирометр показал 26 °C, зато ручка горячая. Видео с пирометром прилагаю. Прошу замену.`,
    'video',
    [],
    'exchange',
  ),
  // spaced mat as an interjection; partial with a sum
  c(
    'r38q-69',
    'ru',
    `Как говорится, е б а т ь, какой сюрприз: вместо детского конструктора на 500 деталей пришло 120. Считали с сыном 23 декабря. Фото разложенных деталей приложил. Верните 900 руб.`,
    'photo',
    ['profanity', 'emotional'],
    'partial_refund',
    900,
  ),
  // "video attached" but no file in the form
  c(
    'r38q-70',
    'en',
    `Note to my future self: don't trust star ratings. The silicone baking mat smells like burning tyres at 180°C, first bake on 18 Feb. Video attached so you can enjoy the smoke show. Full refund please.`,
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // «так себе, как мой французский» is vague; bare sum
  c(
    'r38q-71',
    'ru',
    `Ну что сказать, качество так себе, примерно как мой французский. Получила 1 июня, фото приложила. Верните 300 ₽.`,
    'photo',
    ['missing_what'],
    'partial_refund',
    300,
  ),
  // plant pun; sum for the half that doesn't work
  c(
    'r38q-72',
    'en',
    `Plant pun incoming: this grow light really leaves me in the dark. Two of the four LED strips haven't lit up at all since I plugged it in on 5 Nov. Photo attached showing the dead strips. Please refund $15 for the half that doesn't work.`,
    'photo',
    [],
    'partial_refund',
    15,
  ),
  // «кидалово» with a joke: accusation
  c(
    'r38q-73',
    'ru',
    `Кидалово с юмором: в коробке от смарт-часов лежала мыльница. Настоящая, для мыла. Вскрывал на почте 30 января, есть видео. Верните деньги.`,
    'video',
    ['accusation'],
    'full_refund',
  ),
  // "braindead or on holiday?": insult
  c(
    'r38q-74',
    'en',
    `Are you braindead or just on holiday? I wrote it twice in messages: the bumper clip kit is for a 2015 Civic, and you sent 2008 clips that don't fit. Unpacked 12 Aug, photo attached. Exchange.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // self-irony about faith in miracles; tracking number, no file
  c(
    'r38q-75',
    'ru',
    `Я, видимо, заказал не посылку, а веру в чудо: трек RU123456789CN, последний статус «Прибыло в сортировочный центр» от 12 сентября, с тех пор прошло 47 дней. Прошу полный возврат средств.`,
    'none',
    [],
    'full_refund',
  ),
  // crying emoji; no request
  c(
    'r38q-76',
    'en',
    `Not sure whether to laugh or cry 😭 The shoe horn snapped in half the first time I used it, 6 April. Photo attached.`,
    'photo',
    ['emotional', 'missing_resolution'],
    'none',
  ),
  // a half-joking curse: threat
  c(
    'r38q-77',
    'ru',
    `Будьте вы прокляты вечным поиском розетки, как я теперь. Шутка лишь наполовину. Power bank на 20000 мАч заряжает телефон на 30% и садится, тест 4 марта, видео приложил. Верните деньги.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // one-eyed night light; "half the price" without a sum
  c(
    'r38q-78',
    'ru',
    `Котик-ночник светит только одним глазом: левый светодиод не горит с первого вечера, 11 ноября. Фото прилагаю. Верните половину стоимости.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // seller's quoted mat stays profanity
  c(
    'r38q-79',
    'en',
    `The seller replied "shit happens" to my message. Well, it did: the blender jar cracked along the base on the very first smoothie, 14 June. Photo attached. Refund.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // only laughing emoji, no words
  c('r38q-80', 'ru', `🤣🤣🤣`, 'none', ['empty_text'], 'none'),
];
