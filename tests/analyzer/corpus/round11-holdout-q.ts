import { labelled as c, type CorpusCase } from './types';

/**
 * Round eleven, hold-out set Q. Written by an independent hand ("a fast phone typist": voice-typed run-ons, typos,
 * chat slang, non-native English, provincial / Kazakh / Belarusian Russian, some translit). Labels follow
 * analyzer-notes.md section 1 and the README's labelling decisions (rounds two to ten), not any program's output.
 *
 * Decisions taken where the definitions are silent:
 * - two requests joined by "or" ("замените, либо верните стоимость", "send new motor or refund") are labelled by the
 *   first one named; "send the missing part / the missing screw / the 20mm" is an exchange;
 * - "фото есть" / "видео есть" / "photo attached" with a file of that kind counts as evidence; a file is never
 *   counted as evidence when the text does not name it (every text with a file names it);
 * - a parcel that arrived after the refund, offered back, names a concrete, checkable situation (has_what) and the
 *   offer to send it back is `return`;
 * - a late express delivery with a refund of the shipping fee only is a partial refund with that fee as the amount;
 * - foreign or dialect name-calling at staff (лайдаки, обалдуи, ode, engot, matoły, burros, hmar, flogs, numpties,
 *   clowns) is `insult`; a mocking comparison of packers to sheep is `insult`;
 * - mat as an interjection / intensifier is `profanity` + `emotional`; about the item only `profanity`; at the seller in
 *   a single question `profanity` + `insult`; quoted seller mat `profanity` only;
 * - `too_short` is labelled where a text has fewer than 8 words.
 */
export const ROUND11_HOLDOUT_Q: CorpusCase[] = [
  // ── Russian: rude (blocker) ───────────────────────────────────────────────────────────────────────────────
  // Voice-typed run-on; Belarusian «лайдаки» (loafers) + "читать не умеете" aimed at staff: insult. Otherwise complete.
  c(
    'r11q-01',
    'ru',
    'здравствуйте заказывал каретку для велосипеда на 68 мм а пришла на 73 мм я померил штангенциркулем в тот же день как забрал с почты 14 ноября фото замеров прикладываю вы там на складе совсем лайдаки читать не умеете прошу вернуть деньги',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Mocking comparison of packers to sheep (no swear word): insult. Missing parts sent → exchange.
  c(
    'r11q-02',
    'ru',
    'Дрон E88 пришёл 20 ноября без пульта и без двух пропеллеров, в коробке только сам корпус и зарядка. Собирали, наверно, как бараны в загоне: кто что схватил, то и кинул. Фото содержимого коробки прилагаю. Вышлите пульт и пропеллеры.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Digit for a letter («пи3дец») as an interjection: profanity + emotional.
  c(
    'r11q-03',
    'ru',
    'Ну пи3дец. Солнечная панель заявлена на 100 Вт и 18 В, а на солнце в полдень выдаёт 3,2 В, мерил мультиметром на следующий день после получения. Видео замера прикладываю, прошу полный возврат.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Dropped vowels «пздц» as an intensifier in a voice-typed run-on: profanity + emotional.
  c(
    'r11q-04',
    'ru',
    'светодиодная лента 5 метров включил первый раз вчера вечером и половина диодов не горит пздц прям фото и видео прикрепил верните деньги',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Masked mat at the seller in a single question: profanity + insult (round ten), not emotional.
  c(
    'r11q-05',
    'ru',
    'Вы там ох@ели? Коляска пришла 3 декабря с треснувшей рамой у левого заднего колеса, трещина хорошо видна на фото. Прошу замену рамы или новую коляску.',
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // Veiled threat: a cousin near the warehouse "may drop in to talk in person"; no threatening verb.
  c(
    'r11q-06',
    'ru',
    'Парик заказала каштановый длинный, пришёл короткий блонд, разница видна на фото рядом с картинкой из объявления. Получила 28 ноября. У меня двоюродный брат работает в Иу, адрес вашего склада я уже нашла. Он может зайти и поговорить с вами лично, ему не сложно. Верните деньги.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Doxxing: publishing the seller's name, phone and home address in chats is a threat.
  c(
    'r11q-07',
    'ru',
    'Ремешок для часов порвался у застёжки на четвёртый день носки, фото есть. Ваше имя, телефон и адрес из накладной у меня сохранены, выложу всё в пару больших чатов, пусть люди знают, где вы живёте. Прошу вернуть деньги.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Condescension about the reader's intelligence ("может хоть с картинками до вас дойдёт"): insult.
  c(
    'r11q-08',
    'ru',
    'Повторяю в третий раз, может хоть с картинками до вас дойдёт: струны для гитары пришли калибра 12-53, а я заказывал 10-46. На упаковке это написано крупно, фото упаковки приложил. Получил 1 декабря. Пришлите правильный комплект.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Sarcastic praise of the packers' failure ("вот это профессионалы, снимаю шляпу"): insult.
  c(
    'r11q-09',
    'ru',
    'Вот это профессионалы, снимаю шляпу: колбу Эрленмейера на 500 мл положить в один тонкий пакет без пупырки — это надо уметь. При распаковке 25 ноября горлышко было отбито, осколки на фото. Прошу вернуть деньги.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Translit Russian with «blyat» as an interjection: profanity + emotional. Weight mismatch, screenshot, photo.
  c(
    'r11q-10',
    'ru',
    'posylku poluchil vchera 2 dekabrya a vnutri pusto blyat tolko paket i bumazhka ves na trekere 0.4 kg a prishlo 0.05 kg skrin treka i foto prilagayu vernite dengi',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Colloquial «обалдуи» aimed at the staff: insult. Partial refund with a sum.
  c(
    'r11q-11',
    'ru',
    'Настольную игру «Каркассон» открыли в день получения, 30 ноября: нет 12 тайлов и всех фишек-человечков, пакетик с ними просто не положили. Какие-то обалдуи у вас комплектуют, честное слово. Фото вскрытой коробки приложила. Прошу вернуть 900 рублей за недостающее.',
    'photo',
    ['insult'],
    'partial_refund',
    900,
  ),
  // Ominous menace about the seller's children ("будет жаль, если…"): threat.
  c(
    'r11q-12',
    'ru',
    'Автокормушка для кота перестала выдавать корм на третий день: мотор крутится, а дозатор стоит. Видео прикрепила. В профиле вашего магазина я видела фото ваших детей возле школы. Будет жаль, если с ними что-нибудь случится, пока вы тянете с ответом. Верните деньги.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // Russian with English words mixed in; "clowns" aimed at the people: insult. Majority Russian → ru.
  c(
    'r11q-13',
    'ru',
    'Секатор сломался на второй день работы в саду, пружина вылетела и лезвия больше не сходятся, фото attached. Вы честно какие-то clowns, ну кто так собирает. Refund please, полностью.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // The seller's mat quoted as evidence: still profanity (only), advice to describe it instead.
  c(
    'r11q-14',
    'ru',
    'Написала продавцу, что в наборе шуруповёрта нет аккумулятора, а он ответил мне «иди на х*й, всё положили». Коробку вскрыла прямо на почте 2 декабря, аккумулятора не было, видео вскрытия прикладываю. Прошу прислать аккумулятор.',
    'video',
    ['profanity'],
    'exchange',
  ),

  // ── Russian: innocent and complete (ready) ───────────────────────────────────────────────────────────────
  // Kazakhstan; firm lawful steps (chargeback through the bank, consumer-protection complaint) are not threats.
  c(
    'r11q-15',
    'ru',
    'Повербанк на 20000 мА·ч через неделю после покупки раздуло, корпус разошёлся по шву, фото прилагаю. Пользоваться им опасно, он лежит на балконе в металлической банке. Если до пятницы не будет возврата, подаю на чарджбэк через банк и пишу жалобу в агентство по защите прав потребителей. Прошу вернуть полную стоимость.',
    'photo',
    [],
    'full_refund',
  ),
  // Brand with a rude-looking root («Хуион» = Huion): innocent.
  c(
    'r11q-16',
    'ru',
    'Графический планшет Хуион H640P: перо не реагирует на нажим, линия одной толщины при любом усилии. Заметила при первой же настройке 26 ноября, видео приложила. Прошу заменить перо.',
    'video',
    [],
    'exchange',
  ),
  // Ordinary word with a rude-looking root («бляха» = buckle): innocent; colour mismatch named.
  c(
    'r11q-17',
    'ru',
    'Ремешок к часам пришёл с бляхой другого цвета: в объявлении серебристая, у меня золотистая. Получил 29.11, фото рядом с экраном объявления прикладываю. Прошу обменять на серебристую.',
    'photo',
    [],
    'exchange',
  ),
  // Place name Сукко and «потребляет» (contains «бля»): innocent. «Хочу назад свои деньги» = full refund.
  c(
    'r11q-18',
    'ru',
    'Живу в Сукко, посылку забрала 1 декабря. Блок питания для ленты потребляет 2 А вместо заявленных 0,5 А и греется так, что не дотронуться, замер амперметром на видео. Хочу назад свои деньги.',
    'video',
    [],
    'full_refund',
  ),
  // Harsh words about the PRODUCT («позорище, а не коляска») are not rude; offering the item back → return.
  c(
    'r11q-19',
    'ru',
    'Коляска — позорище, а не коляска: через неделю прогулок у неё отвалилось переднее колесо, ось просто выскочила из пластикового гнезда. Фото оси и гнезда прилагаю. Прошу вернуть деньги, коляску могу отправить обратно.',
    'photo',
    [],
    'return',
  ),
  // Negated accusation ("я не говорю, что специально") + counterfeit brand shown by a serial check: ready.
  c(
    'r11q-20',
    'ru',
    'Я не говорю, что вы это сделали специально, но наушники пришли не Sony. На коробке логотип Sony, а серийный номер на сайте Sony не находится, и в фирменном приложении наушники не определяются. Проверял в день получения, 27 ноября, скриншоты прикрепил. Прошу полный возврат.',
    'photo',
    [],
    'full_refund',
  ),
  // A coupon offered to close the dispute is declined; the request is set against it: full refund.
  c(
    'r11q-21',
    'ru',
    'Продавец предлагает купон на 3 доллара, чтобы я закрыла спор. Купон мне не нужен. Радионяня из заказа не включается ни от сети, ни от батареек, проверяла сразу при получении 24 ноября, видео есть. Прошу вернуть деньги полностью.',
    'video',
    [],
    'full_refund',
  ),
  // Seller asks to confirm receipt first (quoted, not the buyer's words); non-receipt with elapsed time and tracking.
  c(
    'r11q-22',
    'ru',
    'Продавец пишет: «подтвердите получение, тогда посылка придёт быстрее». Подтверждать не буду — посылки нет уже 52 дня, отслеживание стоит на «покинула страну отправителя» с 15 октября, скрин трека приложен. Прошу вернуть средства.',
    'photo',
    [],
    'full_refund',
  ),
  // Sum in words («триста пятьдесят рублей») for missing pieces: partial refund, 350.
  c(
    'r11q-23',
    'ru',
    'В настольной игре «Колонизаторы» не хватало двух дорог и одного кубика, пересчитали всё по списку из правил в первый же вечер, 19 ноября. Фото разложенных компонентов прилагаю. Прошу вернуть триста пятьдесят рублей за недостающее.',
    'photo',
    [],
    'partial_refund',
    350,
  ),
  // Kazakhstan, an order of several items where one never came; sum in tenge: partial refund, 2500.
  c(
    'r11q-24',
    'ru',
    'Заказал 3 пары велоперчаток, пришли 2, третьей пары в пакете не было. Посылку забрал на почте в Актобе 2 декабря, фото накладной с весом и содержимого прикладываю. Прошу компенсацию 2 500 тенге за недостающую пару.',
    'photo',
    [],
    'partial_refund',
    2500,
  ),
  // Irony about the result without praise of the person: not rude.
  c(
    'r11q-25',
    'ru',
    'Вот так сюрприз под Новый год: вместо чёрного прямого парика 60 см пришёл рыжий кудрявый 35 см. Распаковала 21 ноября, фото рядом с линейкой прилагаю. Прошу обменять на заказанный.',
    'photo',
    [],
    'exchange',
  ),
  // Older formal writer; two requests joined by «либо» — the first (exchange) is labelled.
  c(
    'r11q-26',
    'ru',
    'Уважаемый продавец. 18 ноября мною получен набор садового инструмента (грабли, тяпка, совок). При первой же работе на участке у тяпки отломилась ручка в месте крепления к полотну. Излом виден на фотографиях, которые я прилагаю. Прошу Вас заменить тяпку либо вернуть её стоимость. С уважением, Валентина Петровна.',
    'photo',
    [],
    'exchange',
  ),
  // The seller's photos taken from another shop, stated as a fact with a screenshot (no honesty label); size mismatch.
  c(
    'r11q-27',
    'ru',
    'Фотографии в вашем объявлении взяты из другого магазина: тот же фон и чужой водяной знак, скриншот обоих объявлений прикладываю. По этим фото я и заказала переноску для собаки 45 см, а пришла 32 см, собака в неё не помещается. Замерила рулеткой в день получения, 30 ноября. Прошу возврат денег, переноску верну.',
    'photo',
    [],
    'return',
  ),

  // ── Russian: needs work ─────────────────────────────────────────────────────────────────────────────────
  // Vague «не соответствуют описанию»: missing_what only.
  c(
    'r11q-28',
    'ru',
    'Барабанные палочки не соответствуют описанию. Получил 22 ноября, фото прикладываю. Прошу вернуть деньги.',
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // Belarusian greeting; «с браком» is vague and there is no time: missing_what + missing_when.
  c(
    'r11q-29',
    'ru',
    'Добры дзень. Парик пришёл с браком, носить так нельзя. Фото прилагаю, верните деньги пожалуйста.',
    'photo',
    ['missing_what', 'missing_when'],
    'full_refund',
  ),
  // Two fully capitalised words: emotional. Otherwise complete.
  c(
    'r11q-30',
    'ru',
    'Прогулочная коляска пришла 26 ноября, и при первом же складывании сломался фиксатор ручки, теперь ручка падает вперёд. Ребёнка так возить НЕЛЬЗЯ ВООБЩЕ. Видео прилагаю, прошу вернуть деньги.',
    'video',
    ['emotional'],
    'full_refund',
  ),
  // Fraud label «кидалы» (Kazakhstan, Shymkent): accusation, even next to facts.
  c(
    'r11q-31',
    'ru',
    'Опять кидалы, третий раз на этом магазине. Заказывал чехол для домбры, пришёл чехол для гитары: домбра 98 см, а чехол 105 и форма другая, она в нём болтается. Получил 20 ноября в Шымкенте, фото есть. Верните деньги.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Sarcasm about honesty with scare quotes («случайно»): accusation.
  c(
    'r11q-32',
    'ru',
    'Вам ещё раз «случайно» отправили не тот цвет? Заказала зелёную шлейку для собаки размера M, третий раз подряд приходит розовая S. Последняя пришла 1 декабря, фото этикеток всех трёх прилагаю. Пришлите зелёную M.',
    'photo',
    ['accusation'],
    'exchange',
  ),
  // Several items, one never came; tracking named; ends in «Разберитесь» → missing_resolution.
  c(
    'r11q-33',
    'ru',
    'Заказ из трёх позиций: пюпитр, тюнер и каподастр. 23 ноября пришли только пюпитр и тюнер, каподастра в посылке нет, по трек-номеру посылка одна, вес 0,6 кг. Разберитесь.',
    'none',
    ['missing_resolution'],
    'none',
  ),
  // «Сумма на ваше усмотрение»: partial refund without an amount.
  c(
    'r11q-34',
    'ru',
    'Садовый фонарь на солнечной батарее светит минут 20 вместо заявленных 8 часов, проверяла три ночи подряд после полной зарядки на солнце. Видео прилагаю. Прошу частичный возврат, сумма на ваше усмотрение.',
    'video',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Video promised in the text, no file on the form: evidence_not_attached only.
  c(
    'r11q-35',
    'ru',
    'Бутылочка для кормления с первого дня течёт из-под кольца, даже если закрутить до упора. Видео прикладываю. Прошу замену.',
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // A single two-letter word: empty_text only.
  c('r11q-36', 'ru', 'ок', 'none', ['empty_text'], 'none'),
  // Near-empty: a request and nothing else.
  c(
    'r11q-37',
    'ru',
    'верните деньги',
    'none',
    ['too_short', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Translit, no punctuation; concrete mismatch and date but no evidence named, no file: missing_evidence.
  c(
    'r11q-38',
    'ru',
    'zdravstvuyte zakazal cep dlya velosipeda 116 zvenev a prishla 108 ne hvataet na moy velik uznal kogda stavil v subbotu 29 noyabrya proshu pomenyat na 116',
    'none',
    ['missing_evidence'],
    'exchange',
  ),
  // Voice run-on; concrete symptom and a screenshot, but no time or discovery moment: missing_when.
  c(
    'r11q-39',
    'ru',
    'дрон летает нормально но камера не записывает видео на флешку вообще файл создаётся 0 байт скриншот папки прикладываю прошу вернуть деньги',
    'photo',
    ['missing_when'],
    'full_refund',
  ),
  // Affect in ordinary words («проплакала весь вечер») and a question asking for nothing concrete.
  c(
    'r11q-40',
    'ru',
    'Заказывала набор пробирок с подставкой для дочки, она у нас юный химик, это был подарок на день рождения. Открыли вместе 28 ноября, а там 7 пробирок из 12 треснутые. Она так ждала, проплакала весь вечер. Фото прилагаю. Что вы будете с этим делать?',
    'photo',
    ['emotional', 'missing_resolution'],
    'none',
  ),

  // ── English: rude (blocker) ─────────────────────────────────────────────────────────────────────────────
  // Nigerian English; "ode" (fool) aimed at whoever packed: insult.
  c(
    'r11q-41',
    'en',
    'Good day seller. I ordered 2 solar panels of 50W, only one came and the one that came is giving 6 volts instead of 18, I tested am with my meter the same day I picked it on 25 November. Which kind ode packed this order abeg? Photos of the meter reading attached. Refund my money.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Filipino English; Tagalog "engot" (idiot) aimed at the packer: insult.
  c(
    'r11q-42',
    'en',
    'hi po the watch strap i order is 20mm but what arrive is 22mm, i measure it with ruler pag dating nung Nov 27, picture attached po. your packer is so engot talaga cannot even read the label. pls send the 20mm',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Polish buyer; "matoły" (dimwits) aimed at the shop: insult.
  c(
    'r11q-43',
    'en',
    'Hello. Bicycle chain came with 112 links, I ordered 116, I counted it when I install it last weekend. Photo of the chain and the order page attached. You are really bunch of matoły in this shop. Please refund.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Brazilian buyer; "muito burros" + mocking comparison with a nephew: insult.
  c(
    'r11q-44',
    'en',
    'Bought a lace front wig 26 inches, arrived 18 inches, I measured with tape on the day it came (Nov 30), photos attached. Honestly you guys are muito burros, even my little nephew could pack the right size. I want my money back.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Arab buyer writing English; "like hmar, ya hmar" (donkey) at the seller: insult. Two requests → first (exchange).
  c(
    'r11q-45',
    'en',
    'Salam. The drone arrive 2 December and the left front motor not spinning at all, the other three spin good, I make video. I write to you already and you answer me copy-paste like hmar, ya hmar read my message. Please send new motor or refund.',
    'video',
    ['insult'],
    'exchange',
  ),
  // Australian slang "a pack of flogs" at the dispatch staff: insult ("mate" is not).
  c(
    'r11q-46',
    'en',
    'Garden hose reel turned up Tuesday with the crank handle snapped clean off at the hub, photo attached. Whoever is running your dispatch is a pack of flogs mate. Replacement reel please.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // UK "numpties" in a mocking comparison of the staff: insult. Partial refund £6.
  c(
    'r11q-47',
    'en',
    'The board game arrived on 19 November with the dice missing and two character cards printed upside down. Photos attached. Honestly, it is like the warehouse is staffed by numpties. Please refund £6 for the missing dice and misprinted cards.',
    'photo',
    ['insult'],
    'partial_refund',
    6,
  ),
  // Condescension ("I'll go slowly and use pictures since reading seems hard for your team"): insult.
  c(
    'r11q-48',
    'en',
    'Okay, I will go slowly and use pictures since reading seems hard for your team: the LED strip is 3 meters, the listing says 5. I measured it with a tape the day it arrived, 28 Nov, photo attached. Refund $4 for the missing 2 meters.',
    'photo',
    ['insult'],
    'partial_refund',
    4,
  ),
  // Veiled threat: a cousin who knows the warehouse and will "stop by in person".
  c(
    'r11q-49',
    'en',
    'Ordered a ukulele and got it on Nov 22 with a crack along the soundboard right under the bridge, photos attached. My cousin drives trucks around Yiwu and knows exactly which building your warehouse is in. He said he would be happy to stop by and talk about my order in person. Nothing to worry about, of course. Full refund please.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Doxxing: posting the seller's licence, name and home district in buyer groups.
  c(
    'r11q-50',
    'en',
    'The pet stroller wheel lock snapped on the first walk, Nov 24, photo attached. I have got your business licence, your full name and your home district. Would be easy to post all of it in every buyer group I am in. Refund me.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Masked English mat ("fvcking") as an intensifier in a voice run-on: profanity + emotional.
  c(
    'r11q-51',
    'en',
    'the fvcking stroller canopy clip broke the second time i opened it on dec 1 video attached send a new canopy',
    'video',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // The seller's mat quoted as evidence: profanity only (quoted words make the text neither emotional nor insulting).
  c(
    'r11q-52',
    'en',
    'I told the seller the smartwatch charging cable does not charge (the watch shows no charging icon, tried 3 adapters since delivery on Nov 26) and he replied "stop bothering me you f***ing idiot". Screenshot of his reply and video of the charging attempt attached. Please refund in full.',
    'video',
    ['profanity'],
    'full_refund',
  ),
  // Leetspeak "sh1t" about the item: profanity only.
  c(
    'r11q-53',
    'en',
    'This telescope eyepiece is sh1t, the image is blurry at every focus position, even on the moon. Noticed on the first clear night, Nov 23, photos through the eyepiece attached. Refund please.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Ominous menace ("would be a pity if something happened to that shop front… accidents happen"): threat.
  c(
    'r11q-54',
    'en',
    'Bike saddle rails bent on the first ride on 30 November, photos attached. Refund me by Friday. Would be a pity if something happened to that nice shop front of yours in the pictures, accidents happen.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Sarcastic praise of the packer ("the genius … a visionary"): insult. Partial refund $11.
  c(
    'r11q-55',
    'en',
    'Big congrats to the genius who packed 20 glass pipettes loose in a paper bag with no padding, a true visionary. 14 were broken when I opened the parcel on Dec 2, photo attached. Refund $11 for the broken ones.',
    'photo',
    ['insult'],
    'partial_refund',
    11,
  ),

  // ── English: innocent and complete (ready) ──────────────────────────────────────────────────────────────
  // Place name Shitterton (Dorset): innocent. Missing screw → exchange.
  c(
    'r11q-56',
    'en',
    'I live in Shitterton, Dorset, and the parcel reached me on 21 November. The cat tree top platform wobbles because one of the four screws that hold it was not in the bag, the hardware bag has only 3. Photo of the hardware bag attached. Please send the missing screw.',
    'photo',
    [],
    'exchange',
  ),
  // "butt connectors" and "cocktail shaker" look rude and are not; item never came, tracking named, no file needed.
  c(
    'r11q-57',
    'en',
    'Ordered 20 butt connectors for my LED strips and a cocktail shaker in one order. The shaker came but the butt connectors never did, tracking shows only one parcel delivered on Nov 18. Please refund $3.40 for the connectors.',
    'none',
    [],
    'partial_refund',
    3.4,
  ),
  // Swollen battery; chargeback and consumer protection stated firmly: lawful, not threats.
  c(
    'r11q-58',
    'en',
    'The drone battery was swollen when I opened the box on 27 November, the case is split and it will not sit in the slot. Photos attached. I would like a full refund. If this is not resolved within 5 days I will file a chargeback with my bank and report the listing to consumer protection.',
    'photo',
    [],
    'full_refund',
  ),
  // Harsh judgement of the PRODUCT ("a piece of junk") next to a concrete symptom: not rude.
  c(
    'r11q-59',
    'en',
    'This keyboard is a piece of junk: the E and R keys stopped registering two days after it arrived, tested on two computers. Video of the key tester attached. I want a refund.',
    'video',
    [],
    'full_refund',
  ),
  // Negated accusation ("not saying anyone did this on purpose"): not an accusation. Missing parts → exchange.
  c(
    'r11q-60',
    'en',
    'I am not saying anyone did this on purpose, but the hamster cage arrived without the water bottle and the wheel shown in the listing. Opened it on Dec 1, photo of the contents attached. Please send the bottle and wheel.',
    'photo',
    [],
    'exchange',
  ),
  // A bonus offered to close the dispute is declined; measured mismatch; indirect "I'd like my money back".
  c(
    'r11q-61',
    'en',
    'The seller offered me a bonus gift if I close this dispute. No thanks. The metronome I received runs fast: set to 60 bpm it gives 71 beats per minute, checked against a phone app the day it arrived, Nov 25. Video attached. I would like my money back.',
    'video',
    [],
    'full_refund',
  ),
  // Refund of shipping only (a named fee): partial refund 7.80.
  c(
    'r11q-62',
    'en',
    'My parcel arrived on 20 November, 19 days after the 10-day express delivery I paid extra for. The tracking history shows it sat in a sorting centre for two weeks, screenshot attached. Please refund the $7.80 express shipping fee.',
    'photo',
    [],
    'partial_refund',
    7.8,
  ),
  // Sum in words ("fifteen dollars"): partial refund 15.
  c(
    'r11q-63',
    'en',
    'Three of the ten violin strings in the pack are the wrong gauge: they are labelled E but measure 0.32 mm instead of 0.26. I checked with a micrometer when restringing on Sunday, 29 Nov. Photo attached. Please refund fifteen dollars.',
    'photo',
    [],
    'partial_refund',
    15,
  ),
  // Request hidden in a question ("Could you send me a replacement tank?"): exchange.
  c(
    'r11q-64',
    'en',
    'Got the garden sprayer on 23 November and the plastic tank cracks at the seam near the handle every time I pump it up, so it leaks. There is a video attached. Could you send me a replacement tank?',
    'video',
    [],
    'exchange',
  ),
  // Counterfeit of a brand shown by comparison with the original; return for a refund.
  c(
    'r11q-65',
    'en',
    'The strap box says Apple but the strap has no logo on the pin, the stitching is different and the connector is loose in the watch slot. I compared it with my original strap the day it arrived, Dec 1, photos side by side attached. I want to return it for a refund.',
    'photo',
    [],
    'return',
  ),
  // A size chart that lies, measured: exchange.
  c(
    'r11q-66',
    'en',
    'Your size chart says L is 56 cm across the chest. The jacket I received measures 49 cm, laid flat and measured with a tape on the day of delivery, 26 November. Photo of the tape on the jacket attached. Please exchange it for a size that really is 56 cm.',
    'photo',
    [],
    'exchange',
  ),
  // Strong smell named as a symptom, with a time span; return and refund.
  c(
    'r11q-67',
    'en',
    'The dog bed gives off a strong smell of solvent, like paint thinner, and it has not faded after a week of airing on the balcony since it arrived on Nov 15. My dog will not lie on it. Photo of the bed and its label attached. Please accept a return and refund me.',
    'photo',
    [],
    'return',
  ),
  // A parcel that came after the refund, offered back honestly: a concrete situation; offer to send back → return.
  c(
    'r11q-68',
    'en',
    'You refunded me on 2 December because the tracking was stuck, but the watch strap parcel arrived yesterday after all. I do not want to keep something I got my money back for. Photo of the parcel label attached. I can send it back if you give me the return address.',
    'photo',
    [],
    'return',
  ),

  // ── English: needs work ─────────────────────────────────────────────────────────────────────────────────
  // Vague "not as described": missing_what only.
  c(
    'r11q-69',
    'en',
    'The drum pedal is not as described. Received on Nov 28, photos attached. Refund please.',
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // Vague "defective" and no time: missing_what + missing_when.
  c(
    'r11q-70',
    'en',
    'The bike light is defective. Photo attached, please replace it.',
    'photo',
    ['missing_what', 'missing_when'],
    'exchange',
  ),
  // "gutted" is an affect word: emotional. Otherwise complete.
  c(
    'r11q-71',
    'en',
    'The drone for my son arrived on 30 Nov and the camera gimbal hangs loose, the picture is tilted about 30 degrees. He was gutted, it was his birthday present. Video attached. Please refund.',
    'video',
    ['emotional'],
    'full_refund',
  ),
  // "Classic bait and switch": accusation, even with a measured mismatch.
  c(
    'r11q-72',
    'en',
    'Classic bait and switch: the listing shows a 200W panel and the one I got says 60W on the label on the back. Received Dec 3, photo of the label attached. Refund me.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // "See attached video" with no file: evidence_not_attached only.
  c(
    'r11q-73',
    'en',
    'Hi, the pet water fountain pump stopped after 4 days, it hums but no water comes out. See attached video. Please refund me.',
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // Problem described well, ends in "What are you going to do about it?": missing_resolution.
  c(
    'r11q-74',
    'en',
    'Two of the six solar garden lights from my order never turned on, even after two full sunny days of charging since they came on 24 November. The other four work fine. Photos attached. What are you going to do about it?',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // Nigerian English; part of the order never came, tracking number in the text; "Please sort it out" → no request.
  c(
    'r11q-75',
    'en',
    'Abeg, I order the keyboard stand together with the bag, the bag came 20 Nov but the stand never show, tracking number LP00482913374CN shows only one package. Please sort it out.',
    'none',
    ['missing_resolution'],
    'none',
  ),
  // "refund half": partial refund without an amount.
  c(
    'r11q-76',
    'en',
    'The wig sheds heavily, a handful of hair comes out with every brush since the first wash on Nov 22. Photos attached. I will keep it if you refund half.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Missing part named, photo, request, but no time or discovery moment: missing_when.
  c(
    'r11q-77',
    'en',
    'Kids balance bike: the seat clamp bolt is missing, so the seat slides all the way down to the frame. Photo attached. Please send the bolt.',
    'photo',
    ['missing_when'],
    'exchange',
  ),
  // Empty text: empty_text only.
  c('r11q-78', 'en', '', 'none', ['empty_text'], 'none'),
  // Voice-typed, swollen battery, date and request, but no evidence named and no file: missing_evidence.
  c(
    'r11q-79',
    'en',
    'hey so the smartwatch battery is swollen the back cover popped off noticed it this morning dec 3 need a full refund asap',
    'none',
    ['missing_evidence'],
    'full_refund',
  ),
  // A seller who asks to confirm receipt first; "you do it on purpose" is an accusation.
  c(
    'r11q-80',
    'en',
    'You asked me to confirm receipt before the parcel even arrived. I know this trick, you do it on purpose so the buyer protection runs out. The parcel is still not here after 47 days, tracking screenshot attached. Refund.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
];
