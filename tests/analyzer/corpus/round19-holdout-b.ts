import { labelled as c, type CorpusCase } from './types';

/**
 * Round nineteen, hold-out set b: people across Russia, Belarus, Kazakhstan and Kyrgyzstan typing in a hurry on a
 * phone (no punctuation, typos, voice-typing slips, wrong keyboard layout, regional words, army and street slang).
 * Written by a hand that has not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md and
 * DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Mat typed in the wrong keyboard layout ("[eqyz" for хуйня) is disguised mat; a greeting typed in the wrong
 *   layout ("ghbdtn ghjlfdtw") is innocent.
 * - Regional, army and street name-calling aimed at staff («акмак», «ёлупни», «духи … нюх потеряли», «черти»,
 *   "kelesoo") is an insult; regional words for things («шуфлядка», «казан») are not.
 * - «за базар ответишь», «найду тебя», «приеду лично и разберусь» are veiled threats.
 * - «фен не включается, проверила в двух розетках» names a symptom (has_what); spoken punctuation from voice
 *   typing («запятая», «точка») is neither emotional nor anything else.
 * - «трек молчит» mentions tracking, so it counts as evidence; «есть справка почты» with no file names evidence
 *   without claiming a file is attached, so it gets neither missing_evidence nor evidence_not_attached.
 * - "wtf" as an interjection is profanity and emotional; "suka" as a cry in an English text likewise.
 * - «верните полную стоимость 41 200 тенге» after offering to send the item back is `return`.
 * - Every text whose form has a file says so in words, so file and text agree.
 */
export const ROUND19_HOLDOUT_B: CorpusCase[] = [
  // 'people who cheat me always regret': threat and accusation
  c(
    'r19b-01',
    'en',
    'People who cheat me always regret it, ask around. Wallet came with broken zip, received 1 nov, photo attached. Refund.',
    'photo',
    ['threat', 'accusation'],
    'full_refund',
  ),
  // threat to publish home address and the wife's phone
  c(
    'r19b-02',
    'ru',
    'Ваш магазин оформлен на Ли Вэя, я уже нашла ваш домашний адрес и телефон жены. Кофемашина не греет воду, проверила в первый же день, видео есть. Если до пятницы не вернете деньги, выложу ваш адрес и телефоны во все группы с отзывами, пусть люди знают где вы живете.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // innocent: breeder's word for the buyer's female dog
  c(
    'r19b-03',
    'ru',
    'Шлейка для моей суки (лабрадор, 32 кг) по таблице размер XL обхват 80-95 см, а пришла с обхватом максимум 60. Мерили сантиметром 6 марта в день получения. Фото с сантиметром приложила. Прошу обмен на правильный размер.',
    'photo',
    [],
    'exchange',
  ),
  // innocent: 'истребитель', 'оскорблять' (contains a rude-looking piece); polite
  c(
    'r19b-04',
    'ru',
    'Сборная модель истребителя Су-27 пришла со сломанным левым крылом, отломано у основания. Коробка целая, обнаружил при вскрытии 3 августа. Не хочу никого оскорблять, но внутри модель лежала просто в пакете, без пленки и перегородок. Фото прилагаю. Прошу замену модели.',
    'photo',
    [],
    'exchange',
  ),
  // near-empty: one two-letter word
  c('r19b-05', 'ru', 'ну', 'none', ['empty_text'], 'none'),
  // sarcastic praise of the packers ('браво гении упаковки'): insult
  c(
    'r19b-06',
    'ru',
    'браво гении упаковки, зеркало 60 на 80 положили в пакет без пленки и картона, пришло осколками 9 числа. видео распаковки прикрепила. верните деньги',
    'video',
    ['insult'],
    'full_refund',
  ),
  // 'classic scam'; no evidence
  c(
    'r19b-07',
    'en',
    'classic scam. listing show 6 glasses, box has 4. got it yesterday. refund 5$ for 2 missing',
    'none',
    ['accusation', 'missing_evidence'],
    'partial_refund',
    5,
  ),
  // spaced 'shit' judging the item, no '!': profanity only; 'bro' is filler
  c(
    'r19b-08',
    'en',
    'bro this desk lamp is s h i t, switch fell inside after 2 days of use, i send video. refund pls',
    'video',
    ['profanity'],
    'full_refund',
  ),
  // street threat: 'пацаны заедут', knows the warehouse
  c(
    'r19b-09',
    'ru',
    'слышь продавец я с бишкека, брат у меня в гуанчжоу на рынке работает и склад твой знает где. размер 43 заказывал прислал 39, получил 5 дней назад фотки скинул. либо деньги за кроссы вернешь либо пацаны заедут поговорят',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // veiled threat of a personal visit ('приеду лично и разберусь')
  c(
    'r19b-10',
    'ru',
    'я в гуанчжоу бываю каждый месяц по работе, адрес склада на накладной есть. приеду лично и разберусь с тем кто паковал. люстра пришла с разбитыми плафонами 2 из 5, увидел при вскрытии 13.12. фото в приложении. компенсируйте 4000р за плафоны',
    'photo',
    ['threat'],
    'partial_refund',
    4000,
  ),
  // 'half the price' without a sum
  c(
    'r19b-11',
    'en',
    'headlamp elastic strap is broken, came like this on 10 oct, photo attached. refund half the price please',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // '??' and a bare where-is-my-order
  c(
    'r19b-12',
    'en',
    'hello?? where is my order',
    'none',
    ['emotional', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // innocent: consumer protection is lawful; tracking number is evidence
  c(
    'r19b-13',
    'en',
    'Parcel not received, 50 days since payment on 2 january, tracking UA123456789CN stopped in Almaty. I already wrote to Kazpost and will go to consumer protection if needed. Please refund.',
    'none',
    [],
    'full_refund',
  ),
  // mat typed in the wrong keyboard layout ([eqyz), judging the item, no '!': profanity only
  c(
    'r19b-14',
    'ru',
    'чехол заказывал на redmi note 12 пришел на note 11 вырез под камеру не совпадает. это [eqyz а не чехол. получил 14 числа сразу примерил фото есть. верните деньги',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // three capitalised words; no time; sum for one shirt
  c(
    'r19b-15',
    'ru',
    'ОПЯТЬ НЕ ТОТ размер. заказывала 2 футболки xl пришли m. фото прикладываю. одну оставлю сестре, за вторую верните 900 тенге',
    'photo',
    ['emotional', 'missing_when'],
    'partial_refund',
    900,
  ),
  // transliterated Russian mat as a cry in an English text: profanity and emotional
  c(
    'r19b-16',
    'en',
    'suka, car seat cover torn on the seam after one week, photo attached, refund',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // masked mat (digit 6) aimed at people in a single question: profanity and insult, not emotional
  c(
    'r19b-17',
    'ru',
    'вы там е6анутые все что ли? заказ пришел пустой, коробка от фена а внутри ничего. вскрывала на почте при работнике, есть справка почты. деньги верните',
    'none',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // 'disappointed' is affect; return and refund
  c(
    'r19b-18',
    'en',
    'so disappointed, dress color totally different, listing say burgundy but came bright pink. received 30 july. photos attached. i want return it and get refund',
    'photo',
    ['emotional'],
    'return',
  ),
  // 'вы специально' is an accusation even with measured facts
  c(
    'r19b-19',
    'ru',
    'Вы специально пишете в описании 10000 мАч, а павербанк заряжает телефон всего на 40%. Проверил USB тестером в первый же день: реальная емкость 3800 мАч. Фото тестера прилагаю. Верните деньги.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // spaced mat as a cry: profanity and emotional; tracking number is evidence
  c(
    'r19b-20',
    'ru',
    'б л я т ь ну сколько можно, 52 дня жду сушилку для обуви, трек LV118203944CN с 10 числа не обновляется. верните деньги уже',
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // innocent: the town Находка; concrete crack and torn plug, date, photo, refund
  c(
    'r19b-21',
    'ru',
    'заказ пылесос автомобильный пришел в находку 3 марта при распаковке на почте увидел трещину на корпусе возле кнопки и шнур от прикуривателя оторван у штекера фото приложил прошу полный возврат денег',
    'photo',
    [],
    'full_refund',
  ),
  // plain good: one torn mat, sum
  c(
    'r19b-22',
    'en',
    'Hello, order of 4 silicone baking mats, 1 arrived torn in the corner, i found when unpacking on 2 december. Photo attached. Can you refund 4 USD for that mat?',
    'photo',
    [],
    'partial_refund',
    4,
  ),
  // 'кидалово' is an accusation; nothing named as evidence
  c(
    'r19b-23',
    'ru',
    'опять кидалово. заказал три пары носков пришла одна пара. получил 28 января. верните за две пары 380 руб',
    'none',
    ['accusation', 'missing_evidence'],
    'partial_refund',
    380,
  ),
  // no time; 'половину' is a partial without a sum
  c(
    'r19b-24',
    'ru',
    'кастрюля пришла с вмятиной на дне стоит криво на плите, фото прикрепила. верните половину стоимости',
    'photo',
    ['missing_when', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // innocent: the seller's insult quoted as evidence
  c(
    'r19b-25',
    'ru',
    'Продавец в переписке мне написал «сами вы тупые читайте описание». я описание читала там написано 4 конфорки у плитки а пришла с двумя. обнаружила 12 апреля когда распаковала. скрин переписки и фото плитки прикладываю. прошу обмен на плитку с 4 конфорками',
    'photo',
    [],
    'exchange',
  ),
  // innocent: seller's insult quoted as evidence
  c(
    'r19b-26',
    'en',
    "Seller replied me 'you are stupid, learn to use it'. I use it like instruction say, hair clipper blade does not move, only motor sound, from first day 3 march. Video attached. Please full refund.",
    'video',
    [],
    'full_refund',
  ),
  // generic words only
  c(
    'r19b-27',
    'en',
    'not as described. bad quality. refund',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // scare quotes around 'mistake': accusation
  c(
    'r19b-28',
    'en',
    "wow another 'mistake' from your warehouse. ordered bed sheets set 160x200, got 140x200, opened it 12 feb. photo attached. refund please",
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // 'на ваше усмотрение' is a partial without sum; no evidence
  c(
    'r19b-29',
    'ru',
    'сковорода антипригарное покрытие облезло после второй жарки прям кусками. оставлю себе, компенсацию на ваше усмотрение',
    'none',
    ['missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // long: talking down ('для особо одаренных', 'повторяю медленно', sarcasm about brains); offers the item back
  c(
    'r19b-30',
    'ru',
    'Здравствуйте еще раз. Объясняю для особо одаренных сотрудников магазина, раз с первого раза не доходит. 2 февраля я заказала детский зимний комбинезон на рост 110 цвет синий, оплатила 24 500 тенге через каспи. Посылку забрала в постамате 19 февраля после работы, дома распаковала и сразу увидела: на бирке 110, а по факту комбинезон на рост 92, рукава ребенку по локоть, молния на капюшоне не застегивается, бегунок болтается. Я приложила фото с линейкой и фото бирки. Ваш сотрудник мне ответил что «все размеры соответствуют таблице». Таблицу я тоже читала, умею, спасибо. Длина по спинке по таблице 62 см, у меня 51. Это уже не погрешность. Специально для вас повторяю медленно: рост сто десять. пришло девяносто два. Ребенку в сад ходить не в чем, на улице минус 25, а я сижу на работе и пишу вам четвертый раз вместо того чтобы работать. Прошу оформить возврат: отправлю комбинезон обратно, верните полную стоимость. Если у вас на складе все такие сообразительные, передайте им пожалуйста, что цифры на бирке читаются слева направо.',
    'photo',
    ['insult'],
    'return',
  ),
  // 'some compensation' with no sum
  c(
    'r19b-31',
    'en',
    'Hi seller, kettle came with dent on side and lid not closing fully, i see it 3 june when open box. photos attached. i want keep it but please give some compensation',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // masked 'assholes' aimed at people: profanity and insult
  c(
    'r19b-32',
    'en',
    'you a$$holes sent me used shoes, sole dirty and worn out, opened box 3 october, photos attached. full refund',
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // long innocent: the seller's threat quoted as evidence; consumer protection and an honest review are lawful
  c(
    'r19b-33',
    'ru',
    'Добрый вечер. Открываю спор, потому что договориться с продавцом не получилось. 3 марта получил в пункте выдачи в Караганде детское автокресло, при распаковке дома обнаружил, что левый ремень не фиксируется в замке: защелка входит, но при легком рывке выскакивает. Проверил три раза, снял видео, где это хорошо видно, видео прикладываю. Ребенка в таком кресле возить нельзя. Написал продавцу в тот же день и отправил то же видео. Сначала ответили, что я неправильно вставляю ремень. Потом, после второго сообщения, прислали: «мы знаем ваш адрес, не пишите плохой отзыв, будет хуже». Скриншот этой переписки тоже есть, могу предоставить по запросу. Я никому не угрожаю и не собираюсь, но оставлять это так тоже не буду: если спор не решится, обращусь в защиту прав потребителей и оставлю честный отзыв с видео. Прошу принять возврат: отправлю кресло обратно в оригинальной коробке, верните полную стоимость 41 200 тенге.',
    'video',
    [],
    'return',
  ),
  // veiled threat ('не доводите до греха', knows the address); no request
  c(
    'r19b-34',
    'ru',
    'уважаемый продавец не доводите до греха. третий месяц жду мангал, трек молчит с декабря. я человек спокойный но терпение кончается а адрес вашего представителя в москве я знаю',
    'none',
    ['threat', 'missing_resolution'],
    'none',
  ),
  // innocent: army words (присяга, погоны); non-receipt with elapsed days and tracking number
  c(
    'r19b-35',
    'ru',
    'Заказывал шевроны и погоны сыну к присяге 20 мая, уже 38 дней прошло, посылки нет, трек RL552017364CN последний статус «принято в сортировочном центре». Присяга прошла без них. Прошу вернуть деньги.',
    'none',
    [],
    'full_refund',
  ),
  // transliterated Russian, non-receipt with elapsed days and a tracking number: complete
  c(
    'r19b-36',
    'ru',
    'zdravstvuite posylka ne prishla uzhe 45 dnei trek LP00482915736CN stoit na meste s 2 chisla verni dengi pozhaluista',
    'none',
    [],
    'full_refund',
  ),
  // 'черти' at the shop's people: insult
  c(
    'r19b-37',
    'ru',
    'черти вы а не магазин. заказывала гирлянду 10 метров на 200 лампочек пришла 5 метров и половина не горит. получила 23 декабря. фото скинула. верните деньги',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // negated accusation ('not saying you did it on purpose'); counted pieces, sum
  c(
    'r19b-38',
    'en',
    'I am not saying you did it on purpose, but puzzle 1000 pcs has only 996 pieces, we counted two times on 22 january when finish it. Photo of counted rows attached. Refund 3 usd please.',
    'photo',
    [],
    'partial_refund',
    3,
  ),
  // 'wtf' as an interjection: profanity and emotional; send the second pillow = exchange
  c(
    'r19b-39',
    'en',
    'wtf seller, ordered set of 2 pillows got 1. parcel came 7 june, photo attached. send second pillow',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // crying emoji is emotive; missing bags sent = exchange
  c(
    'r19b-40',
    'ru',
    'сын ждал этот конструктор на день рождения 😭 пришел без инструкции и без пакетов 5 6 и 7, открыли 1 мая. фото приложила. дошлите недостающие пакеты пожалуйста',
    'photo',
    ['emotional'],
    'exchange',
  ),
  // 'explain like for 5 year old': condescension
  c(
    'r19b-41',
    'en',
    'Ok i explain like for 5 year old: I order white. White is not blue. Bath mat came blue on 21 june, photo attached. Exchange to white.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // street threat ('за базар ответишь', 'найду тебя'); no request
  c(
    'r19b-42',
    'ru',
    'короче ты за базар ответишь. обещал доставку 10 дней а уже 35 идет, трек молчит. найду тебя, у меня в урумчи знакомые есть',
    'none',
    ['threat', 'missing_resolution'],
    'none',
  ),
  // masked 'bullshit' about the seller's answer (quoted answer is clean): profanity only
  c(
    'r19b-43',
    'en',
    "your answer 'it is normal colour difference' is bullsh!t. shoe rack paint is grey not white, see photo, received 3 days ago. return and refund",
    'photo',
    ['profanity'],
    'return',
  ),
  // masked 'заебали' (digit 6) as a cry plus 'ворье'
  c(
    'r19b-44',
    'ru',
    'зае6али уже со своими отговорками. 70 дней жду раскладушку, трек ZA882910473HK стоит в казахстане с ноября. ворье. верните деньги',
    'none',
    ['profanity', 'emotional', 'accusation'],
    'full_refund',
  ),
  // innocent: strong but polite, bank chargeback and honest review are lawful
  c(
    'r19b-45',
    'en',
    'Hello, this is my third message about this order. Robot vacuum arrived on 4 april, from first cleaning the left wheel does not turn, robot just spin around in one place and show error E2. Video attached where you can see the wheel stuck. I tried to clean it as manual say, no change. If we cannot solve it here in dispute I will contact my bank for chargeback and write honest review with the video. Please full refund.',
    'video',
    [],
    'full_refund',
  ),
  // Belarusian greeting in a Russian text; decimal comma 12,50 BYN
  c(
    'r19b-46',
    'ru',
    'Добры дзень. Термометр для ванной показывает на 6 градусов больше, сверила с обычным градусником 11.02 в первый же вечер. Фото обоих приложила. Прошу частичный возврат 12,50 BYN, оставлю себе детям для игры.',
    'photo',
    [],
    'partial_refund',
    12.5,
  ),
  // innocent: product name «Пизанская башня»; two missing pieces, sum
  c(
    'r19b-47',
    'ru',
    'Набор магнитов «Пизанская башня» 6 шт, пришло 4, в блистере две пустые ячейки. Посылку получила 18.06, вскрыла дома и сразу пересчитала. Фото упаковки приложила. Верните за два недостающих по 95 руб, итого 190 руб.',
    'photo',
    [],
    'partial_refund',
    190,
  ),
  // innocent: 'Dickens'; post office act, sum for the missing book
  c(
    'r19b-48',
    'en',
    'Hello. Ordered Dickens collection 5 books, received 4, Bleak House is missing. Parcel opened at post office on 2 march, photo of post office act attached. Please partial refund 7.50 usd for missing book.',
    'photo',
    [],
    'partial_refund',
    7.5,
  ),
  // threat about the seller's son; no problem, time or evidence
  c(
    'r19b-49',
    'ru',
    'байке я знаю что твой сын в шэньчжэне учится, фамилию вашу тоже нашел. верни деньги за пылесос пока по хорошему',
    'none',
    ['threat', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // money declined, new lid asked: exchange
  c(
    'r19b-50',
    'ru',
    'у термоса крышка не закручивается резьба сорвана, заметила на 3 день. фото прилагаю. деньги возвращать не надо просто пришлите новую крышку',
    'photo',
    [],
    'exchange',
  ),
  // 'на фото видно' with no file
  c(
    'r19b-51',
    'ru',
    'на фото видно что стекло у фоторамки разбито, пришла 17.10. верните деньги',
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // innocent: 'shiitake', 'Essex'
  c(
    'r19b-52',
    'en',
    'Hi, i ordered shiitake mushroom grow kit as gift, it was delivered to my sister in Essex on 11 nov. The bag inside was dry with green mould, nothing grow after 3 weeks of watering like instruction say. Photos attached. Please refund.',
    'photo',
    [],
    'full_refund',
  ),
  // caps and '???' plus 'вы специально'
  c(
    'r19b-53',
    'ru',
    'ВЫ ЧТО ТАМ ИЗДЕВАЕТЕСЬ??? уже третий раз пишу. вы специально шлете не тот цвет, заказывала куртку бежевую пришла хаки. получила вчера, фото в приложении. верните деньги',
    'photo',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // 'would be a shame if' + publishing the family address: threat
  c(
    'r19b-54',
    'en',
    'Nice shop you have. Would be a shame if your store page and your family address in Yiwu went to all buyer chats. Massage gun stopped on 2nd day, head not rotating, video attached. Full refund.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // vague outburst: 'ужас', generic 'брак', nothing else
  c(
    'r19b-55',
    'ru',
    'это вообще ужас какой то а не товар брак полный деньги на ветер',
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Kazakh name-calling ('акмак') at the seller: insult
  c(
    'r19b-56',
    'ru',
    'эй акмак ты что отправил. казан заказывала на 12 литров пришел на 6 литров. получила на казпочте 11 сентября фото приложила. делай полный возврат',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // transliterated mat as an interjection: profanity and emotional
  c(
    'r19b-57',
    'ru',
    'blyat opyat ne tot cvet. zakazyvala chehol na divan seryi prishel goluboi, poluchila 19 avgusta, foto prikrepila, pomenyaite',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // 'обидно до слез' affect, 'жулье' fraud label
  c(
    'r19b-58',
    'ru',
    'обидно до слез копила на эти часы а пришли с царапиной через все стекло. жулье. получила 4.04 фото приложила. верните деньги',
    'photo',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // masked mat (Latin z) as a cry of its own: profanity and emotional; 'разницу 1500р' is a partial with sum
  c(
    'r19b-59',
    'ru',
    'заказывала плед 200 на 220 пришел 150 на 200 мерила рулеткой сразу как достала из пакета. ну что за пиzдец опять. фотку с рулеткой прикрепила верните разницу 1500р',
    'photo',
    ['profanity', 'emotional'],
    'partial_refund',
    1500,
  ),
  // Belarusian name-calling ('ёлупни') at staff: insult; 'шуфлядка' is just a regional word
  c(
    'r19b-60',
    'ru',
    'вы там ёлупни на складе или как? органайзер в шуфлядку заказывала на 6 ячеек пришел на 4. распаковала 7 июля в минске, фото вложила. обмен прошу',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Kyrgyz name-calling ('kelesoo') at the seller: insult
  c(
    'r19b-61',
    'en',
    'Seller you are real kelesoo. Two times I ask size L, two times you send S. Came 15 march, photo attached. Send L.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // innocent: Ебург; offers to send the boots back
  c(
    'r19b-62',
    'ru',
    'Получила в Ебурге 21 ноября зимние сапоги 39 размер, на левом после первой прогулки по снегу отклеилась подошва на носке. Фото подошвы прикладываю. Хочу вернуть сапоги и получить деньги, отправлю обратно.',
    'photo',
    [],
    'return',
  ),
  // innocent: 'гандбол', 'мандаринового' contain rude-looking pieces
  c(
    'r19b-63',
    'ru',
    'Мяч для гандбола заказывали размер 2 мандаринового цвета, пришел размер 1 и желтый. Окружность 50 см вместо 54-56, мерили сантиметром 3 апреля в день получения. Фото с сантиметром прилагаю. Прошу обмен на размер 2.',
    'photo',
    [],
    'exchange',
  ),
  // 'at your discretion': partial without a sum
  c(
    'r19b-64',
    'en',
    'rug 120x170 came 100x150, i measured with tape on 8 september, photos attached. I will keep it for kids room, give me partial refund at your discretion',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // 'идите нах' sends the seller away: profanity only
  c(
    'r19b-65',
    'ru',
    'идите нах со своим промокодом на 100 рублей. миксер сломался через неделю, мотор гудит а венчики не крутятся. видео есть. полный возврат',
    'video',
    ['profanity'],
    'full_refund',
  ),
  // innocent: Хуавей, the town Хойники; GT is a model name
  c(
    'r19b-66',
    'ru',
    'Заказала ремешок для часов Хуавей GT 3, пришел для GT 2, крепление не подходит. Получила в Хойниках 27 июня и сразу попробовала надеть. Фото креплений рядом приложила. Прошу обменять на ремешок для GT 3.',
    'photo',
    [],
    'exchange',
  ),
  // words cut up for the reader: insult
  c(
    'r19b-67',
    'en',
    'Ok i will write slow so your manager can understand. I. Ordered. Black. You. Sent. Green. Backpack came 20 april, photo in attachment. Exchange to black one.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // decimal comma €6,50
  c(
    'r19b-68',
    'en',
    'Received 2 of 3 curtain rods on 16 october, third one missing from the box. Photo attached. Please refund €6,50 for the missing one.',
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // innocent: police report and bank chargeback are lawful; tracking number is evidence
  c(
    'r19b-69',
    'ru',
    'Добрый день. Оплатила 38 900 тенге за робот-мойщик окон, по треку RB123456785SG посылка вручена 2 октября, но не мне, в отделении казпочты говорят расписалась какая то другая женщина. Я написала заявление в полицию и если спор не решится обращусь в банк за chargeback. Прошу вернуть полную стоимость.',
    'none',
    [],
    'full_refund',
  ),
  // Greek chi in mat judging the item, no '!': profanity only
  c(
    'r19b-70',
    'ru',
    'электрогриль полная χуйня, пластина греет только с одной стороны, проверила в день получения 3 февраля. видео прикрепила. верните деньги',
    'video',
    ['profanity'],
    'full_refund',
  ),
  // voice-typing slip (spoken punctuation); symptom named, no time, no evidence, only 'что делать'
  c(
    'r19b-71',
    'ru',
    'алиса напиши продавцу здравствуйте заказ пришел но фен не включается вообще запятая проверила в двух розетках точка что мне делать вопросительный знак',
    'none',
    ['missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // 'разберитесь' is no request
  c(
    'r19b-72',
    'ru',
    'Посылка с набором отверток пришла 2 мая, в кейсе не хватает 8 бит из 24, гнезда пустые. Фото приложил. Разберитесь пожалуйста.',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // no request
  c(
    'r19b-73',
    'en',
    'Juicer jar leaking from the bottom, noticed on first use 14 may, video attached.',
    'video',
    ['missing_resolution'],
    'none',
  ),
  // innocent: greeting typed in the wrong layout (ghbdtn ghjlfdtw), corrected
  c(
    'r19b-74',
    'ru',
    'ghbdtn ghjlfdtw ой раскладка не та. утюг пришел 8 числа подошва вся в царапинах и ржавое пятно, видно сразу как достала из коробки. фото приложила. замену пожалуйста',
    'photo',
    [],
    'exchange',
  ),
  // innocent: 'cocktail'; send the missing part = exchange
  c(
    'r19b-75',
    'en',
    'Hello, i order cocktail shaker set 3 pcs (shaker, jigger, strainer). In box only 2, strainer missing. I see it when unpack on 9 may. Photo of box attached. Please send the strainer.',
    'photo',
    [],
    'exchange',
  ),
  // sum in words ('триста пятьдесят')
  c(
    'r19b-76',
    'ru',
    'зонт пришел без чехла 5 сентября открыла пакет а чехла нет. фото упаковки прикладываю. верните пожалуйста триста пятьдесят рублей за чехол',
    'photo',
    [],
    'partial_refund',
    350,
  ),
  // associate visiting in person: veiled threat; conditional refund is the request
  c(
    'r19b-77',
    'en',
    'My cousin live in Ningbo 20 min from your warehouse. He can come talk with you in person if refund not happen this week. Smart watch strap broke on day 3, pin fell out. Photo attached.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // 'в шоке' is affect; video said attached but the form has none
  c(
    'r19b-78',
    'ru',
    'я в шоке, у блендера на второй день треснула чаша, вода течет через дно. прикладываю видео. прошу замену чаши',
    'none',
    ['emotional', 'evidence_not_attached'],
    'exchange',
  ),
  // 'ridiculous' is affect; screenshot said attached, no file
  c(
    'r19b-79',
    'en',
    'This is ridiculous, i wait 60 days, tracking show delivered 1 feb but i never got it. I attach screenshot of tracking. Refund please',
    'none',
    ['emotional', 'evidence_not_attached'],
    'full_refund',
  ),
  // army slang name-calling at staff ('духи', 'нюх потеряли'): insult
  c(
    'r19b-80',
    'ru',
    'короче духи на складе вы там совсем нюх потеряли. заказал берцы 44 пришли 41 и на левом дырка у шнуровки. получил 2 мая на почте сразу открыл. фотки прицепил. меняйте на нормальные',
    'photo',
    ['insult'],
    'exchange',
  ),
];
