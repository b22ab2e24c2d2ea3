import { labelled as c, type CorpusCase } from './types';

/**
 * Round twelve, hold-out set k: a tired parent in a provincial Russian town and an English-speaking expat, both typing
 * from a phone about household goods, kids' things and tools. Written by a hand that has not read the analyzer's
 * rules or other corpus files; labels follow analyzer-notes.md section 1 and the README's labelling decisions.
 *
 * Choices where the definitions were silent:
 * - A file in the form counts as evidence even when the text does not name it; "фото есть" / "pic attached" with a file is fine.
 * - "Очень недовольна" (not happy) is a polite judgement, not an affect word: not emotional.
 * - Mat as an interjection or intensifier (бл@ть, пздц, п и з д е ц, blyat, fkn, f*cking ridiculous) is profanity and emotional.
 * - Mat as a noun for the item or the seller's reply (xyйню, х**ня, bullsh1t, pile of s h i t) is profanity only.
 * - Mat aimed at the seller (ох*ели?, идите нах, f***ing scammers) is profanity and insult; a single "?" is not emotional.
 * - «Дочка расстроилась» is an affect word about the child, so emotional (as "upset" in round four).
 * - A sum named next to «вернуть деньги полностью» is a full refund, with no amount.
 * - An exchange preferred with a refund only as a fallback to discuss is an exchange; "send the missing poles/key" is an exchange.
 * - A threat whose condition is a refund («если не вернете деньги…») still has the request full_refund.
 * - "Refund 30%" is a partial refund without an amount (a share, not a sum).
 * - A receipt date next to a bare «не работает» counts as "when", so only missing_what.
 * - Quoted seller insults are evidence (not the buyer's insult); quoted seller mat is profanity only.
 * - Ordinary words and names with rude-looking pieces (бляха, застрахуйте, Муданьцзян, оскорблять, команда, хулахуп,
 *   корабля, Роспотребнадзор, shuttlecocks, ball cock, butt hinges, cocktail) are innocent.
 */
export const ROUND12_HOLDOUT_K: CorpusCase[] = [
  // missing part, discovery at assembly, photo, sum for the part: ready
  c(
    'r12k-01',
    'ru',
    'здравствуйте. самокат детский, заказ от 2 марта, пришел 19го. при сборке увидела что нет заднего колеса, в коробке одно колесо вместо двух. фото комплектации прикрепила. прошу вернуть 450 р за недостающее колесо',
    'photo',
    [],
    'partial_refund',
    450,
  ),
  // masked mat as an interjection: profanity and emotional
  c(
    'r12k-02',
    'ru',
    'бл@ть, третий раз заказываю и опять. пижама детская 104 размер, а внутри бирка 92, рукава короче на 6 см, замерила сразу как открыла пакет 10.01. фото бирки прикладываю. верните деньги',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // "shuttlecocks" is innocent; missing/broken pieces, replacement
  c(
    'r12k-03',
    'en',
    'ordered a tube of 12 badminton shuttlecocks for my kids, arrived may 3. 4 of them have feathers snapped off at the base, saw it as soon as i opened the tube. pics attached. pls send 4 replacements',
    'photo',
    [],
    'exchange',
  ),
  // generic "не соответствует", no time, no evidence, "разберитесь" is no request
  c(
    'r12k-04',
    'ru',
    'товар не соответствует описанию. разберитесь пожалуйста',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // "бляха" (belt buckle) is innocent
  c(
    'r12k-05',
    'ru',
    'ремень школьный для сына, бляха отвалилась на 3й день носки, штырек внутри сломан пополам. фото во вложении. прошу замену ремня',
    'photo',
    [],
    'exchange',
  ),
  // masked f-word as intensifier plus "ridiculous": profanity and emotional
  c(
    'r12k-06',
    'en',
    'this is f*cking ridiculous. the kids night light i ordered (moon lamp, 15cm) came with a cracked shell, crack runs right across the top, found when unboxing on jan 12. photo attached. full refund please',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // caps, "в шоке", !!!: emotional only
  c(
    'r12k-07',
    'ru',
    'Я В ШОКЕ!!! стульчик для кормления, при сборке 15.06 выяснилось что ремень безопасности не крепится, пластиковая защелка сломана пополам. фото прилагаю. верните деньги',
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // "застрахуйте" is innocent; sum mentioned but full refund asked
  c(
    'r12k-08',
    'ru',
    'добрый день. набор отверток пришел 11.05, коробка мятая, при вскрытии на почте увидела что бит 18 вместо 24, шести не хватает. на будущее застрахуйте пожалуйста такие посылки. фото вскрытия прикрепила. прошу вернуть деньги полностью, 1290 р',
    'photo',
    [],
    'full_refund',
  ),
  // masked mat at the seller in one question: profanity and insult
  c(
    'r12k-09',
    'ru',
    'вы там ох*ели? прислали сандалии 27 размера вместо 31, смотрела маркировку на подошве в день получения, 8 мая. фото подошвы прикреплено. прошу обмен на 31',
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // generic "not as described", no time; photo in form
  c('r12k-10', 'en', 'not as described. refund please', 'photo', ['missing_what', 'missing_when'], 'full_refund'),
  // place name "Муданьцзян" is innocent; symptom named, video
  c(
    'r12k-11',
    'ru',
    'посылка из Муданьцзяна шла 20 дней, это норм, претензий нет. но ночник-проектор для дочки не включается: при нажатии на кнопку щелкает, а светодиод не загорается. проверяли с тремя разными зарядками в день получения 7 июня. видео прикладываю. прошу возврат полной стоимости',
    'video',
    [],
    'full_refund',
  ),
  // Latin look-alike letters in mat about the item: profanity only
  c(
    'r12k-12',
    'ru',
    'опять xyйню прислали. заказывала набор прищепок для белья 50 шт, в пакете 32, посчитала при распаковке вчера 14.04. фото есть. верните 120 р за недостающие',
    'photo',
    ['profanity'],
    'partial_refund',
    120,
  ),
  // "ball cock" (plumbing valve) is innocent
  c(
    'r12k-13',
    'en',
    "The toilet ball cock valve I ordered leaks at the thread joint. Fitted it the day it arrived (June 2), it drips constantly even with PTFE tape on the thread. Short video of the drip attached. I'd like a full refund please.",
    'video',
    [],
    'full_refund',
  ),
  // fraud label with facts: accusation
  c(
    'r12k-14',
    'ru',
    'вы мошенники. гирлянда заявлена 5 м, пришла 3 м, измерила рулеткой 28.12 когда вешала. фото с рулеткой прилагаю. прошу вернуть 200 р за недостающие метры',
    'photo',
    ['accusation'],
    'partial_refund',
    200,
  ),
  // non-receipt with tracking number, chargeback is a lawful step
  c(
    'r12k-15',
    'ru',
    'Термокружка, заказ от 14 марта. Посылка не пришла, срок доставки истек 20 апреля, трек RU123456789CN не обновляется со 2 апреля. Прошу вернуть деньги. Если спор не решится, обращусь в банк за чарджбэком.',
    'none',
    [],
    'full_refund',
  ),
  // condescension about the reader's intelligence: insult
  c(
    'r12k-16',
    'en',
    "i'll explain slowly so even your packing team can follow: the order said 3 pcs of the toddler sippy cups. one. two. three. i got two. counted on the day it came, feb 20. photo attached. refund $4.50 for the missing cup",
    'photo',
    ['insult'],
    'partial_refund',
    4.5,
  ),
  // "the difference" with no sum
  c(
    'r12k-17',
    'ru',
    'заказывала набор сверл по металлу 19 шт, пришло 13, пересчитала при распаковке 02.02. фото приложила. прошу вернуть разницу',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // seller's insult quoted as evidence: innocent
  c(
    'r12k-18',
    'ru',
    'написала продавцу 14.03 что у детской куртки сломалась молния, бегунок слетел при первом же застегивании. продавец ответил «сама сломала, руки кривые». прошу обмен на такую же куртку 128 размера. фото молнии и скрин переписки прилагаю',
    'photo',
    [],
    'exchange',
  ),
  // "для особо одаренных": condescension, insult
  c(
    'r12k-19',
    'ru',
    'объясняю для особо одаренных: заказ был на коврик для ванной 50х80, а пришел 40х60. мерила рулеткой как только достала, 3 ноября. фото с рулеткой приложила. прошу обмен на правильный размер',
    'photo',
    ['insult'],
    'exchange',
  ),
  // "half" is a partial refund without a sum
  c(
    'r12k-20',
    'en',
    'the tool bag zipper split along the seam after one week of use, teeth pulled out in 3 spots. photo attached. just refund half',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // consumer protection and an honest review are lawful; "Роспотребнадзор" innocent
  c(
    'r12k-21',
    'ru',
    'Добрый день. Ручной пылесос, заказ от 1 февраля, получен 18-го. Через две недели работы перестал заряжаться: индикатор мигает красным, от сети тоже не включается. Перепробовала два кабеля. Видео прилагаю. Прошу вернуть полную стоимость, 3 400 ₽. Если здесь вопрос не решится, напишу в Роспотребнадзор и оставлю честный отзыв о магазине.',
    'video',
    [],
    'full_refund',
  ),
  // veiled threat: a relative visiting the warehouse
  c(
    'r12k-22',
    'ru',
    'у меня брат в Иу работает недалеко от вашего склада, может заехать поговорить лично если по-хорошему не понимаете. кастрюля пришла с вмятиной на дне, не стоит ровно, увидела при распаковке 6 июля. фото. верните деньги',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "butt hinges" innocent; decimal sum
  c(
    'r12k-23',
    'en',
    'Pack of 10 brass butt hinges, only 8 in the bag - counted when unpacking on 14 Feb. Photo of the bag and the 8 hinges attached. Please refund $3.20 for the two missing.',
    'photo',
    [],
    'partial_refund',
    3.2,
  ),
  // says photo attached, form has none
  c(
    'r12k-24',
    'ru',
    'здравствуйте, детские варежки пришли разного размера: левая 14 см, правая 11 см, померила линейкой в день получения 5.12. фото прикладываю. прошу замену пары',
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // "оскорблять" innocent; polite
  c(
    'r12k-25',
    'ru',
    'Не хочу никого оскорблять, просто факт: пижама детская заявлена ростом 110, по замеру длина 96 см, это скорее на 92. Получили 2 апреля, мерили сразу. Фото с рулеткой прикрепила. Прошу обмен на 116.',
    'photo',
    [],
    'exchange',
  ),
  // regional name-calling "numpties": insult
  c(
    'r12k-26',
    'en',
    'right, you bunch of numpties, i ordered the blue kids raincoat size 6 and got a yellow size 3. noticed when i opened it on sat 11 oct. photos attached. send the right one',
    'photo',
    ['insult'],
    'exchange',
  ),
  // concrete defect, no time
  c(
    'r12k-27',
    'ru',
    'у детского велосипеда сломалась левая педаль, трещина у основания оси. фото приложила. прошу прислать новые педали',
    'photo',
    ['missing_when'],
    'exchange',
  ),
  // "команда" innocent; quantity mismatch, sum
  c(
    'r12k-28',
    'ru',
    'Футбольная форма на детскую команду сына, 11 комплектов. Пришло 9, пересчитали при распаковке 23.08. Фото всех комплектов в приложении. Прошу вернуть 1 560 рублей за два недостающих.',
    'photo',
    [],
    'partial_refund',
    1560,
  ),
  // dropped-vowel mat as interjection: profanity and emotional
  c(
    'r12k-29',
    'ru',
    'пздц а не доставка. термос для школы 0,5 л, крышка не закручивается до конца, резьба сорвана, проверили в первый же вечер 2.09. фото прилагаю. прошу замену',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // no evidence named, no file
  c(
    'r12k-30',
    'en',
    'the baby bath thermometer reads about 10 degrees too high, compared it with our kitchen thermometer the evening it arrived (may 4). please refund',
    'none',
    ['missing_evidence'],
    'full_refund',
  ),
  // "Требую", "ребенка", "хулахуп" innocent
  c(
    'r12k-31',
    'ru',
    'Требую замену: обруч хулахуп для ребенка пришел с трещиной на стыке секций, заметили сразу при распаковке 5 июля. Фото трещины прикладываю.',
    'photo',
    [],
    'exchange',
  ),
  // knowing and publishing personal data and family: threat
  c(
    'r12k-32',
    'ru',
    'я нашла вашу страницу вконтакте и страницу вашей жены, адрес магазина тоже знаю. если не вернете деньги за детский рюкзак с оторванной лямкой (оторвалась на 2 день), все это выложу в родительские чаты. фото лямки прилагаю',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // non-receipt, deadline passed, the word "tracking", chargeback lawful
  c(
    'r12k-33',
    'en',
    'Order placed Jan 5, estimated delivery Feb 10 has passed and the parcel never arrived. Tracking has said "departed from sorting centre" since Jan 19. Please refund me in full. If the dispute doesn\'t resolve it I will raise a chargeback with my bank.',
    'none',
    [],
    'full_refund',
  ),
  // "что мне делать?" is no request
  c(
    'r12k-34',
    'ru',
    'пришла кофта детская, на спине пятно краски размером с ладонь, не отстирывается, увидела при распаковке 10.10. фото прилагаю. что мне теперь делать?',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // transliterated Russian, non-receipt with tracking number: ready
  c(
    'r12k-35',
    'ru',
    'zdravstvuyte. posylka ne prishla, zakaz ot 3 marta, uzhe 45 dnei, trek LP00123456789CN stoit na meste. proshu vernut dengi',
    'none',
    [],
    'full_refund',
  ),
  // knowing the warehouse, a relative "stopping in for a chat": veiled threat
  c(
    'r12k-36',
    'en',
    "I know where your warehouse is in Yiwu, my husband's cousin drives past it every day and could easily stop in for a chat. The kids' scooter you sent has a bent front fork and wobbles, seen when we assembled it on March 9. Photo attached. Refund me.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // scare-quoted "случайно": sarcasm about honesty, accusation
  c(
    'r12k-37',
    'ru',
    'ну конечно, «случайно» положили розовый вместо синего, у вас же всегда «случайно». заказывала синий рюкзак для сына, пришел розовый, 12.08 открыли. фото приложила. прошу обмен на синий',
    'photo',
    ['accusation'],
    'exchange',
  ),
  // strong but polite complaint: ready
  c(
    'r12k-38',
    'ru',
    'Очень недовольна. Подвесные качели для дачи, заявлена нагрузка 150 кг, а сиденье треснуло под ребенком 25 кг на второй день. Слава богу никто не пострадал. Фото трещины приложила. Прошу полный возврат.',
    'photo',
    [],
    'full_refund',
  ),
  // spaced mat as interjection
  c(
    'r12k-39',
    'ru',
    'п и з д е ц. детский горшок с крышкой, крышка не закрывается, петля сломана, прямо из коробки 17.01. фото. замену пришлите',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // "see attached video", form has none
  c(
    'r12k-40',
    'en',
    "the magnetic drill bit holder doesn't hold anything, magnet is so weak a 2 inch screw falls off, tried it the day it arrived (nov 3). see attached video. refund pls",
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // police report is lawful; brick instead of drill is a concrete mismatch
  c(
    'r12k-41',
    'ru',
    'Посылку получила 12.10 вскрытой, вместо дрели внутри кирпич в пакете. Вес по накладной 1,9 кг. На почте составили акт, фото акта и содержимого прикладываю. Заявление в полицию тоже подала. Прошу вернуть деньги полностью.',
    'photo',
    [],
    'full_refund',
  ),
  // old-fashioned name-calling at staff: insult
  c(
    'r12k-42',
    'ru',
    'олухи царя небесного у вас на складе работают. заказала 2 пачки подгузников размер 4, прислали 2 пачки размер 2, увидела когда открыла коробку 1 мая. фото пачек приложила. прошу обменять на 4',
    'photo',
    ['insult'],
    'exchange',
  ),
  // seller's insult quoted as evidence; offer to ship back
  c(
    'r12k-43',
    'en',
    'Seller replied to my message on 9 March with "you are stupid, it works fine". It does not: the kids walkie talkies only give static on every channel, tested both handsets the day they came. Screenshot of the chat and a video are attached. I want to return them for a refund, will ship back.',
    'video',
    [],
    'return',
  ),
  // «на ваше усмотрение» without a sum
  c(
    'r12k-44',
    'ru',
    'лампа настольная для школьника, мигает постоянно на любом режиме яркости, с первого дня. фото и видео прикладываю. прошу компенсацию на ваше усмотрение',
    'video',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // decimal comma
  c(
    'r12k-45',
    'ru',
    'здравствуйте, заказывала 2 набора пластилина, пришел один. проверила при получении 04.09. фото содержимого прилагаю. прошу вернуть 189,50 руб за второй набор',
    'photo',
    [],
    'partial_refund',
    189.5,
  ),
  // seller's mat quoted: profanity only
  c(
    'r12k-46',
    'ru',
    'продавец в переписке 20.02 написал мне «иди на х*й, сама виновата». товар - детский термос, крышка течет, проверили в первый день. скрин переписки и фото прилагаю. прошу возврат денег',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // a percentage is not a sum
  c(
    'r12k-47',
    'en',
    "kids bike helmet came with the chin strap buckle snapped, saw it right when i opened the box on 7 aug. pic attached. i'll keep it but refund 30% please",
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // declined exchange, sum in words
  c(
    'r12k-48',
    'ru',
    'Резиновые сапоги детские, 28 размер. По стельке 16 см, а по таблице продавца 28 размер это 18 см, измерили линейкой в день получения. Обмен не нужен, будем носить с носком. Прошу частичный возврат триста рублей. Фото с линейкой во вложении.',
    'photo',
    [],
    'partial_refund',
    300,
  ),
  // transliterated mat as interjection
  c(
    'r12k-49',
    'ru',
    'blyat, opyat ne to prislali. zakazyvala nabor kistochek dlya risovaniya 12 sht, prishlo 6, pereschitala 3 fevralya kak otkryla. foto est. verni dengi',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // veiled threat about the seller's children
  c(
    'r12k-50',
    'en',
    "refund me for the cot mobile with the snapped arm (broke on day two). i've seen the photos of your kids on your store profile, it'd be a pity if anything happened to them. photo of the arm attached",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // caps and !!!, "вы специально", no time
  c(
    'r12k-51',
    'ru',
    'ДА СКОЛЬКО МОЖНО!!! вы специально шлете брак. опять сломанный утюг, подошва с трещиной. фото. верните деньги',
    'photo',
    ['emotional', 'accusation', 'missing_when'],
    'full_refund',
  ),
  // wrong colour, honest review mentioned: ready
  c(
    'r12k-52',
    'en',
    "Hi, the silicone baby bib set came in the wrong colours - ordered grey/sage, got pink/red, seen when I unpacked them yesterday (Oct 2). Not the end of the world but the nursery asked for neutral colours. Photo of the label and bibs attached. Could you send the correct colour please? I'll leave an honest review once it's sorted.",
    'photo',
    [],
    'exchange',
  ),
  // sarcastic praise of the seller's work: insult
  c(
    'r12k-53',
    'ru',
    'ну вы гении логистики, браво. посылку с детским конструктором обмотали скотчем поверх дырки, детали высыпались, не хватает 3 пакетов из 8, открыли на почте 25.03. фото. прошу вернуть 700 руб',
    'photo',
    ['insult'],
    'partial_refund',
    700,
  ),
  // "classic scam": accusation
  c(
    'r12k-54',
    'en',
    'classic scam. the listing showed a 5m tape measure, what came is 3m, checked the end of the tape when it arrived tuesday 16th. photo. refund',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // long, complete, offers to send back; «дочка расстроилась» is affect
  c(
    'r12k-55',
    'ru',
    'Здравствуйте. Пишу по заказу мини-швейной машинки, брала дочке на день рождения (ей 10). Получили 14 ноября, упаковка целая, претензий к доставке нет. В тот же вечер начали разбираться по инструкции: нитку заправили как на схеме, шпульку вставили, но при нажатии на педаль игла делает 2-3 стежка и застревает, машинка гудит, а колесо не крутится. Если прокрутить колесо рукой, слышен скрежет внизу, как будто что-то задевает. Пробовали и от адаптера, и от батареек (4 шт АА, новые) — одинаково. Иглу меняли на запасную из комплекта, не помогло. Также в комплекте нет лапки для пуговиц, хотя она есть на фото в описании и в инструкции на странице 3. Дочка расстроилась, но мы не стали ничего разбирать, чтобы не испортить. Видео, где видно как застревает игла и слышен скрежет, прикладываю. Машинку готова отправить обратно, как скажете, прошу вернуть полную стоимость после возврата.',
    'video',
    ['emotional'],
    'return',
  ),
  // masked profanity about the seller's reply: profanity only
  c(
    'r12k-56',
    'en',
    "your reply saying 'colour may vary' is bullsh1t. i ordered the black kids snow boots, you sent grey, noticed on delivery day 2 dec. photo attached. exchange for black please",
    'photo',
    ['profanity'],
    'exchange',
  ),
  // «обидно», «до слез»: emotional
  c(
    'r12k-57',
    'ru',
    'так обидно, до слез. ждала этот набор кастрюль к новоселью, а у большой кастрюли отломана ручка, пластик треснул по креплению, увидела при распаковке 29.12. фото прикрепила. верните деньги пожалуйста',
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // «блин» is neither rude nor emotional
  c(
    'r12k-58',
    'ru',
    'блин, шапка детская пришла 48 размера вместо 52, мерили сантиметром 18.11 как только открыли. фото бирки прикрепила. прошу обмен на 52',
    'photo',
    [],
    'exchange',
  ),
  // "вы же не хотите, чтобы … что-нибудь случилось": veiled threat with family
  c(
    'r12k-59',
    'ru',
    'вы же не хотите, чтобы с вашим магазином и вашей семьей что-нибудь случилось? тогда верните деньги за пылесос для машины, он не всасывает вообще, мотор гудит а потока воздуха нет, с первого включения 3 июня. видео есть',
    'video',
    ['threat'],
    'full_refund',
  ),
  // outburst with nothing concrete
  c(
    'r12k-60',
    'en',
    'worst seller ever!! absolute garbage, never again',
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // "cocktail" innocent
  c(
    'r12k-61',
    'en',
    'cocktail shaker set arrived 21 nov, strainer lid doesnt fit the tin, gap of about 3mm, leaks everywhere when shaking. photo attached. refund pls',
    'photo',
    [],
    'full_refund',
  ),
  // minced mat «нах» aimed at the seller: profanity and insult
  c(
    'r12k-62',
    'ru',
    'идите нах со своими отговорками. 3 раза писала что в наборе гаечных ключей нет ключа на 13, в описании 12 шт, пришло 11, пересчитала 7 апреля. фото набора. пришлите ключ на 13',
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // «вы специально», no evidence
  c(
    'r12k-63',
    'ru',
    'вы специально отправили б/у коляску, на колесах грязь и потертости, на ручке царапины, видно сразу при распаковке 19.05. прошу полный возврат',
    'none',
    ['accusation', 'missing_evidence'],
    'full_refund',
  ),
  // "the difference" with a named sum
  c(
    'r12k-64',
    'en',
    'You sent the 18V drill instead of the 20V one I paid for - listing says 20V, battery label says 18V. Checked on delivery day, 30 Aug. Photos of the battery label attached. Happy to keep it if you refund the difference, $12.',
    'photo',
    [],
    'partial_refund',
    12,
  ),
  // masked mat as a noun for the item: profanity only
  c(
    'r12k-65',
    'ru',
    'пришла какая-то х**ня вместо ножниц для стрижки детей: лезвия не сходятся, между ними щель 2 мм, волосы не режут, проверили в день получения 22.02. фото приложила. верните деньги',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // "sort it out" is no request
  c(
    'r12k-66',
    'en',
    'the kids lunchbox lid clip broke off the first time my daughter opened it (mon 13 jan). pic attached. sort it out',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // «корабля» innocent; send the missing bag is an exchange
  c(
    'r12k-67',
    'ru',
    'Конструктор «Пиратский корабль» для сына. 21.12 при сборке выяснилось, что нет пакета №4 (мачта и паруса): детали 4-1…4-12 по инструкции отсутствуют. Фото инструкции и всех пакетов прикладываю. Прошу прислать недостающий пакет №4 для корабля.',
    'photo',
    [],
    'exchange',
  ),
  // spaced profanity about the item: profanity only
  c(
    'r12k-68',
    'en',
    'what a pile of s h i t. the cordless glue gun stopped heating after 2 days, light comes on but the nozzle stays cold. photo attached. refund',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // bare «не работает»
  c(
    'r12k-69',
    'ru',
    'купила радионяню, не работает. получила 11.11. фото прилагаю. прошу вернуть деньги',
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // negated accusation is not one
  c(
    'r12k-70',
    'en',
    "I'm not saying you did it on purpose, but the kids paint set has 10 pots instead of 12 (no white and no black), counted when my son opened it on 4 April. Photo attached. Could you refund $2 for the two missing pots?",
    'photo',
    [],
    'partial_refund',
    2,
  ),
  // «обалдуи» at staff: insult
  c(
    'r12k-71',
    'ru',
    'обалдуи, вы хоть раз смотрите что кладете? заказывала рулетку 5 м, пришел уровень строительный. открыла 9 октября. фото прилагаю. прошу прислать рулетку',
    'photo',
    ['insult'],
    'exchange',
  ),
  // "so disappointed": emotional
  c(
    'r12k-72',
    'en',
    'so disappointed. the play tent for my twins arrived with two poles missing (6 in the bag, instructions say 8), found when setting it up on sunday 14 july. photo of the parts laid out attached. please send the 2 missing poles',
    'photo',
    ['emotional'],
    'exchange',
  ),
  // declined money, exchange asked
  c(
    'r12k-73',
    'ru',
    'Деньги не нужны, пришлите пожалуйста правильный цвет. Заказывала серый комбинезон на мальчика, пришел сиреневый, открыли 3 февраля. Фото бирки и комбинезона прикрепила.',
    'photo',
    [],
    'exchange',
  ),
  // masked f-word at people, scammers, !!!
  c(
    'r12k-74',
    'en',
    'you f***ing scammers!!! ordered a 10 piece chisel set, got 6 chisels, counted on arrival 12 march. photo attached. refund $15 for the missing ones',
    'photo',
    ['profanity', 'insult', 'emotional', 'accusation'],
    'partial_refund',
    15,
  ),
  // near-empty
  c('r12k-75', 'ru', 'ок', 'none', ['empty_text'], 'none'),
  // long, complete, exchange preferred with refund only as a fallback
  c(
    'r12k-76',
    'en',
    "Hello, I'm writing about the lightweight stroller (order placed on 2 September, delivered 24 September). Delivery was fine and the box was undamaged. We used it gently for about ten days, mostly on pavement in town. On 5 October the left rear wheel started wobbling, and by the next morning the plastic hub had a crack running around the axle, so the wheel now leans out at an angle and rubs against the frame when we push it. The brake on that side also doesn't lock any more because the wheel isn't seated properly. My daughter is 14 months old and I can't take her out in it like this. I've attached a video showing the wobble, the crack close up, and the frame where it rubs. I'd prefer a replacement rear wheel assembly if you have one; if not, please let me know and we can talk about a refund.",
    'video',
    [],
    'exchange',
  ),
  // mocking question about reading ability: insult
  c(
    'r12k-77',
    'ru',
    'у вас там все читать разучились? в заказе черным по белому: коврик для мышки детский с котиками, пришел с машинками. открыла 30.01. фото. прошу обмен',
    'photo',
    ['insult'],
    'exchange',
  ),
  // near-empty
  c('r12k-78', 'en', 'hi', 'none', ['empty_text'], 'none'),
  // transliterated affect word and !!
  c(
    'r12k-79',
    'ru',
    'eto uzhas!! detskaya butylochka protekaet po rezbe, voda kapaet kak tolko perevorachivaesh, s pervogo dnya. foto prilozhila. proshu zamenu',
    'photo',
    ['emotional'],
    'exchange',
  ),
  // dropped-vowel f-word as intensifier
  c(
    'r12k-80',
    'en',
    'this fkn drill chuck wont hold a bit, spins loose after 5 seconds of drilling, had it for 3 days. photo of the chuck attached. send a new chuck',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
];
