import { labelled as c, type CorpusCase } from './types';

/**
 * Round thirty-two, hold-out set Z: buyers under pressure (the last of a pension, a student's budget, a single parent,
 * an order for a wedding, funeral or school start now spoiled, illness or a work deadline), some calm, some pleading,
 * some shouting, some lashing out. Written by a hand that has not read the analyzer's rules or other corpus files;
 * labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - A file in the form is evidence; every text with a file also names it, so `missing_evidence` is only for texts with
 *   no file and no evidence word, and `evidence_not_attached` only for "attached" with no file.
 * - The buyer's own hardship told without an affect word (последние деньги с пенсии, "rent is due", «хоронили папу в
 *   чужом пиджаке», «мне терять уже нечего») is not emotional; «в отчаянии», «реву», «сил моих больше нет», "upset" are.
 * - An event date or a deadline of the buyer's life (свадьба в субботу, thesis due Friday) is not a time for the problem;
 *   «третью неделю пишу» is time spent writing, not when the problem was found.
 * - «по-хорошему» after «знаю, в каком городе вы живёте» is a threat; a classmate who "will drop in to talk" at the
 *   seller's warehouse is an associate's visit (threat).
 * - "It would be a shame for the day to be spoiled over a shoe" is about the buyer's own wedding: no threat.
 *   "My legs are killing me" is an idiom: no threat.
 * - Rude-looking pieces inside ordinary words and names are innocent: погребального, хлебница, рубля, застрахуйте,
 *   Сукко, Херсонская, ballcock, Cockermouth, assessments, class, cocktail, Scunthorpe, shuttlecocks.
 * - A seller's insult quoted after "replied"/«ответил» is evidence, not the buyer's; a seller's mat quoted after "and I
 *   quote" is profanity only.
 * - «Ёпт.» as a sentence of its own is a cry: profanity and emotional. «,kznm» (keyboard layout) after capitals is a cry.
 * - "ARE YOU EVEN ABLE TO READ?" in capitals talks down (insult) and shouts (emotional).
 * - "Mei, you lying b!tch" is masked profanity next to a name (profanity, insult) and "lying" accuses.
 * - "Верните 1 200 за картридж" with no currency still names the sum 1200.
 * - «Верните хоть часть денег» and "refund part of the price" are partial refunds without a sum.
 * - A replacement turned down because it would come too late, then a refund asked, is a full refund.
 */
export const ROUND32_HOLDOUT_Z: CorpusCase[] = [
  // Calm pensioner: symptom, date, photo, refund offering the item back (return). Ready.
  c(
    'r32z-01',
    'ru',
    `Здравствуйте. Заказала электроматрас-грелку за 3 870 руб., это были почти последние деньги с пенсии до следующего месяца. Получила 12 ноября, в тот же вечер включила — греет только левая половина, правая остаётся холодной на всех трёх режимах. Фото с градусником на обеих половинах прикладываю. Прошу вернуть деньги полностью, грелку готова отправить обратно, скажите только куда.`,
    'photo',
    [],
    'return',
  ),
  // Wedding dress wrong colour and split zip; «Это пи3дец.» is a cry (digit disguise); "!!!" "??"; no evidence.
  c(
    'r32z-02',
    'ru',
    `Платье подружки невесты пришло три дня назад, свадьба в субботу. Вместо пудрового цвета — ярко-малиновое, молния на спине разошлась при первой же примерке. Я вам писала пять раз!!! Вы хоть понимаете, что мне теперь не в чем идти?? Это пи3дец. Верните деньги полностью, попробую хоть что-то найти в городе.`,
    'none',
    ['profanity', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // Funeral order delivered after the service, crushed stems; calm, complete. Ready.
  c(
    'r32z-03',
    'en',
    `Hello. I ordered the silk lily arrangement for my father's funeral on 9 October. It was delivered on 11 October, two days after the service, so it could not be used. The box was also crushed and three of the six stems are snapped at the base; photos are attached. I would like a full refund, please.`,
    'photo',
    [],
    'full_refund',
  ),
  // Student; classmate "will drop in" at the seller's warehouse: veiled threat by an associate's visit.
  c(
    'r32z-04',
    'ru',
    `Я студентка, купила со стипендии подставку для ноутбука с охлаждением за 2 150 руб. Пришла 5 марта, вентилятор не крутится ни от одного USB-порта, проверяла на двух ноутбуках, видео приложено. Вы мне уже неделю пишете «проверьте кабель». Хорошо. У вас на витрине указан адрес склада в Шэньчжэне, а мой одногруппник как раз там на стажировке. Думаю, он заглянет к вам лично и поговорит. Верните деньги.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // Single dad, school bag strap torn; "f*cking unbelievable" intensifier: profanity and emotional.
  c(
    'r32z-05',
    'en',
    `My son starts school on Monday and the backpack I paid £23.40 for arrived today with the left shoulder strap torn off at the seam. Photo attached. I'm a single dad and I don't have spare money for another one. This is f*cking unbelievable. Please just refund me so I can buy one locally before Monday.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Wedding favours short by 25; capitals, "!!!", crying; act from the post office; sum for the missing part.
  c(
    'r32z-06',
    'ru',
    `Заказывала 60 бонбоньерок для гостей на свадьбу дочери, пришло 35!!! СВАДЬБА ЧЕРЕЗ ДВА ДНЯ, где я теперь возьму ещё 25?? Всю ночь проплакала. Посылку вскрывали на почте 18 июля при мне, есть акт о недостаче. Верните деньги за недостающие 25 штук — 1 125 рублей.`,
    'none',
    ['emotional'],
    'partial_refund',
    1125,
  ),
  // Insulin cooler fails; chargeback and consumer protection are lawful steps. Ready.
  c(
    'r32z-07',
    'en',
    `I need to be direct. The insulin cooling case, listed as keeping 2–8 °C for 36 hours, reached me on 2 August and failed its first test: after 6 hours the thermometer inside showed 19 °C. I take insulin every day and bought this for a work trip, which I have now had to postpone. Photos of the thermometer at 0, 3 and 6 hours are attached. Please refund the full amount within five days. If the dispute is not resolved, I will file a chargeback with my bank and report the listing to my national consumer protection agency.`,
    'photo',
    [],
    'full_refund',
  ),
  // "Объясняю медленно, для особо одарённых" talks down: insult; money declined, right size asked (exchange).
  c(
    'r32z-08',
    'ru',
    `Объясняю медленно, для особо одарённых сотрудников склада: я заказала школьную форму на рост 128, а вчера пришла на 152. Рукава до колен. Рост 128 — это ребёнку семь лет. Первое сентября через четыре дня, я одна воспитываю сына, второй комплект купить не на что. Фото бирки с размером прикладываю. Деньги не нужны, пришлите правильный размер.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Scare quotes around "mistake" mock honesty: accusation; otherwise complete.
  c(
    'r32z-09',
    'en',
    `Oh great, another "mistake". I ordered the navy blazer in size 40 for a job interview on Thursday and got a charcoal one in size 36. It was delivered yesterday; photo of the label is attached. Please exchange it for the navy 40.`,
    'photo',
    ['accusation'],
    'exchange',
  ),
  // Funeral ribbon misprint; «погребального», «требую» look rude inside; «полную стоимость ленты, 640 руб.» is full. Ready.
  c(
    'r32z-10',
    'ru',
    `Добрый день. Заказывала траурную ленту с надписью для погребального венка, текст согласовали в переписке 2 февраля: «Любимой маме от детей». Получила 9 февраля, на ленте напечатано «Любимой маме от детии» — лишняя буква. Похороны были 10-го, пришлось срочно заказывать ленту в мастерской и платить второй раз. Скриншот переписки и фото ленты прилагаю. Требую вернуть полную стоимость ленты, 640 руб.`,
    'photo',
    [],
    'full_refund',
  ),
  // Knowing the seller's district and daughter's photos, telling the neighbours: threat.
  c(
    'r32z-11',
    'en',
    `Your store manager Lily told me in chat that she is not responsible. Fine. I've found your company registration, your home district in Yiwu and your daughter's photos on your public profile. I'm sure your neighbours would love to hear how you treat a pensioner. The wool blanket (£31) arrived on 14 January with two large moth holes in the middle; photos attached. Refund it.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // No words at all.
  c('r32z-12', 'ru', `...`, 'none', ['empty_text'], 'none'),
  // Pleading, "в отчаянии" (affect); "не то, что на картинке" is vague; no time, no evidence, «сделайте что-нибудь».
  c(
    'r32z-13',
    'ru',
    `Пожалуйста, помогите, я не знаю, что мне делать. Это были последние деньги, а пришло совсем не то, что на картинке. Я в отчаянии, очень вас прошу, сделайте что-нибудь.`,
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Teacher in Scunthorpe, shuttlecocks short; place and product names are innocent; sum for missing items. Ready.
  c(
    'r32z-14',
    'en',
    `Hi, I'm a primary teacher in Scunthorpe buying PE kit out of my own pocket before term. The tube of 12 feather shuttlecocks arrived on 28 August with only 7 inside, and the tube had been opened and re-taped. A photo of the tube and its contents is attached. Please refund the 5 missing shuttlecocks, that's £4.15.`,
    'photo',
    [],
    'partial_refund',
    4.15,
  ),
  // «ты е6анутый?» asked of the seller (digit disguise): profanity and insult.
  c(
    'r32z-15',
    'ru',
    `Слышь, продавец, ты е6анутый? Я заказывала детские сандалии 29 размера к утреннику, а пришли 25-го размера. Ребёнок даже ногу не засунул. Получила четыре дня назад, фото стельки с размером в приложении. Меняй на 29-й.`,
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // Wedding guest book misprint, polite; "refund part of the price" has no sum.
  c(
    'r32z-16',
    'en',
    `Good morning. The wedding guest book I ordered (cream linen, gold lettering "Anna & Tom") arrived on 3 June with the lettering reading "Anna & Tomm". The wedding is on the 15th, so there is no time to reorder and we will use it anyway. Photo attached. Could you refund part of the price for the misprint?`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «обалдуи» at the staff: insult; "!!!": emotional. Blood pressure monitor for a mother after a stroke.
  c(
    'r32z-17',
    'ru',
    `Да что ж вы за обалдуи такие!!! Заказывала тонометр маме после инсульта, 2 890 руб. Пришёл 20 апреля и при каждом измерении показывает 210 на 40, такого у мамы быть не может — сверяли с тонометром в поликлинике в тот же день. Видео измерений прилагаю. Верните деньги, куплю в аптеке.`,
    'video',
    ['insult', 'emotional'],
    'full_refund',
  ),
  // Fraud labels with nothing concrete: accusation, vague, no time, no evidence, no request.
  c(
    'r32z-18',
    'en',
    `You are scammers, plain and simple. Everyone on the forums knows this store cheats people. I saved for months for this and it's junk.`,
    'none',
    ['accusation', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Seller's insult quoted as evidence; return offered. Ready.
  c(
    'r32z-19',
    'ru',
    `Здравствуйте. Детское автокресло (группа 1, 4 990 руб.) получила 7 октября, при распаковке обнаружила трещину на пластиковом основании возле крепления ремня. Написала продавцу, он ответил: «сама сломала, дура, нечего было заказывать». Скриншот этой переписки и фото трещины прикладываю. Прошу полный возврат денег, кресло готова вернуть за счёт продавца.`,
    'photo',
    [],
    'return',
  ),
  // Cockermouth is a town; split seam after the first wash; sum offered to keep. Ready.
  c(
    'r32z-20',
    'en',
    `We live in Cockermouth and my daughter's school ski trip leaves on 20 January. The thermal leggings (age 10) split along the inside seam after the first wash on 12 January. Photo of the seam attached. There's no time for an exchange, so I'd accept £10 back and keep them.`,
    'photo',
    [],
    'partial_refund',
    10,
  ),
  // Wrong suit size for a father's funeral; wishing the seller to bury their own: threat.
  c(
    'r32z-21',
    'ru',
    `Заказала чёрный костюм 52 размера для похорон отца, а пришёл 46-й: пиджак не сходится, брюки выше щиколотки. Увидела это на примерке 3 декабря, за день до похорон. Хоронили папу в чужом пиджаке. Фото костюма с биркой прилагаю. Верните деньги. И чтоб вы сами так своих хоронили.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Pleading in capitals; sparking charger, no time for the defect, no evidence; a working one asked (exchange).
  c(
    'r32z-22',
    'ru',
    `УМОЛЯЮ ВАС, ПОМОГИТЕ. Блок питания для ноутбука, который вы прислали, искрит в разъёме, пахнет горелым пластиком. У меня в пятницу сдача диплома, а денег на новый нет. Пришлите, пожалуйста, рабочий блок.`,
    'none',
    ['emotional', 'missing_when', 'missing_evidence'],
    'exchange',
  ),
  // Pensioner, missing pillowcase, sum in words («триста рублей»). Ready.
  c(
    'r32z-23',
    'ru',
    `Добрый день. Я пенсионерка, заказывала комплект постельного белья «Евро» за 2 300 рублей. Получила 16 мая, при распаковке оказалось, что в комплекте одна наволочка вместо двух. Фото упаковки и содержимого прилагаю. Прошу вернуть за недостающую наволочку триста рублей.`,
    'photo',
    [],
    'partial_refund',
    300,
  ),
  // "Congratulations, geniuses of packing": sarcastic praise of the staff, insult.
  c(
    'r32z-24',
    'en',
    `Congratulations, geniuses of packing: you managed to send a glass cake stand for my daughter's 18th birthday in a plastic bag with no bubble wrap. It arrived on 22 March in four pieces. Photos attached. Refund it, please.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Transliterated Russian; "blyat" as an interjection: profanity and emotional.
  c(
    'r32z-25',
    'ru',
    `Zdravstvuyte. Zakazala synu zimnyuyu kurtku za 4200 rub, prishla 2 noyabrya, molniya slomalas v pervyi zhe den, blyat, rebenok hodit v shkolu v moei kofte. Foto molnii prikladyvayu. Proshu obmenyat na novuyu.`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // Mobility scooter battery not received; tracking number, police report (lawful). Ready.
  c(
    'r32z-26',
    'en',
    `I'm writing this calmly, but I want it on record. I paid $212 for a mobility scooter battery on 1 May. Tracking LP00458812093CN shows "delivered" on 29 May, but nothing reached me, and the camera in my building shows no courier that day. I have filed a report with the local police (reference 24/11873) and can send it if needed. I rely on the scooter to get to my hospital appointments. Please refund the full amount.`,
    'none',
    [],
    'full_refund',
  ),
  // «случайно» in scare quotes twice: sarcasm about honesty (accusation); «Верните разницу» has no sum.
  c(
    'r32z-27',
    'ru',
    `Ну конечно, «случайно» положили вместо шерстяного пледа 150×200 полиэстеровый 100×150. Уже второй раз у вас так «случайно». Получила 2 января, измерила рулеткой, фото с рулеткой и этикеткой «100% polyester» в приложении. Верните разницу.`,
    'photo',
    ['accusation', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "It would be a shame" about the buyer's own wedding day, not a menace; replacement asked. Ready.
  c(
    'r32z-28',
    'en',
    `My wedding shoes (EU 38, white satin) came on June 2 with the right heel snapped off at the base. The wedding is on June 16. It would be a shame for the day to be spoiled over a shoe, so please send a replacement pair by express. Photo of the heel attached.`,
    'photo',
    [],
    'exchange',
  ),
  // Long, polite pleading grandmother; "плакал весь вечер" is affect; no evidence named, no file.
  c(
    'r32z-29',
    'ru',
    `Здравствуйте, простите, что пишу так длинно, я не очень умею с этими компьютерами, внучка помогает. Мне 74 года, живу одна на пенсию. Внуку Ване исполнилось восемь лет, и он весь год просил радиоуправляемую машинку, красную, как в мультике. Я откладывала понемногу с каждой пенсии и заказала у вас машинку за 1 990 рублей, выбирала долго, читала отзывы, у вас их много и хорошие. Посылка пришла 8 апреля, как раз к празднику, упаковка была целая. Ваня открыл коробку при всех гостях, вставили батарейки, и оказалось, что у машинки не крутятся задние колёса, а пульт мигает красным огоньком и машинка не отзывается. Зять посмотрел, сказал, что внутри что-то с моторчиком, батарейки меняли два раза. Ваня плакал весь вечер, и я вместе с ним, потому что других денег на подарок у меня нет. Я понимаю, что вы далеко и что такое бывает. Внучка говорит, что можно было бы попросить другую машинку, но пока она доедет, праздник давно пройдёт, а у Вани через месяц ещё и выпускной в садике, я хотела к нему отложить. Я пробовала позвонить по номеру, который был на коробке, но там отвечают не по-русски, и я ничего не поняла. Соседка сказала, что здесь, на сайте, надо написать спокойно и всё объяснить, вот я и пишу. Машинку я сохранила вместе с коробкой и пультом, ничего не выбрасывала, если надо, внучка поможет всё показать. Пожалуйста, верните деньги, я тогда куплю ему что-нибудь в нашем магазине. Спасибо вам заранее и извините ещё раз.`,
    'none',
    ['emotional', 'missing_evidence'],
    'full_refund',
  ),
  // Student; "assessments" contains a rude-looking piece; calm and complete. Ready.
  c(
    'r32z-30',
    'en',
    `I'm a student and this lamp was a real stretch for my budget: $37, bought to revise at night for my final assessments. It arrived on 4 February with the clamp cracked in half, so it cannot attach to the desk at all. Photo attached. Please refund the full price.`,
    'photo',
    [],
    'full_refund',
  ),
  // «хлебница», «рубля» are innocent; "send a new lid or a whole bread bin" is an exchange. Ready.
  c(
    'r32z-31',
    'ru',
    `Здравствуйте. Хлебницу из бамбука за 1 482 рубля получила 30 сентября. При распаковке обнаружила, что крышка не закрывается: петля с левой стороны оторвана, шурупы болтаются в пакетике. Фото прилагаю. Понимаю, что при перевозке всякое бывает, претензий к вам лично нет. Пришлите, пожалуйста, новую крышку или целую хлебницу.`,
    'photo',
    [],
    'exchange',
  ),
  // "classic scam" accuses, "ridiculous" is affect; the test result and screenshot are facts.
  c(
    'r32z-32',
    'en',
    `This is a classic scam and honestly ridiculous. I ordered a 128 GB USB stick for my dissertation backups. On 19 November I started copying my files and it stopped accepting data at about 32 GB; a capacity test gives 32 GB real, everything past that comes back corrupted. Screenshot of the test attached. I want my money back.`,
    'photo',
    ['accusation', 'emotional'],
    'full_refund',
  ),
  // "can you read, or shall I draw pictures": talking down, insult; sum for the missing half.
  c(
    'r32z-33',
    'ru',
    `Вы там читать умеете или вам картинками нарисовать? Заказ: 12 белых бумажных скатертей для поминок. Пришло 6, и те серые. Получила 13 марта вечером, поминки были 14-го. Фото в приложении. Верните деньги за 6 недостающих — 540 рублей.`,
    'photo',
    ['insult'],
    'partial_refund',
    540,
  ),
  // New job trousers in the wrong waist; "Dickies-style" and "an honest review" are innocent. Ready.
  c(
    'r32z-34',
    'en',
    `Hi. I ordered Dickies-style work trousers, size 34/32, for a new warehouse job that started on 7 March. They arrived on 5 March with a 30 waist (the label says 30/32), so I had to start the job in jeans. Photo of the label and a tape measure attached. I'd like an exchange for the correct size, and I'll be leaving an honest review describing what happened.`,
    'photo',
    [],
    'exchange',
  ),
  // Knowing the seller's city and «по-хорошему»: threat; whole order total named (full refund).
  c(
    'r32z-35',
    'ru',
    `Мне терять уже нечего. Кредит, двое детей, а вы прислали вместо коляски 3 в 1 одну раму без люльки и без автокресла. Получила 11 августа, на фото видно — в коробке только рама и колёса. Я нашла вашу страницу во ВКонтакте и знаю, в каком городе вы живёте. Верните 18 400 руб., это вся сумма заказа. По-хорошему.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "I've attached a video" with no file in the form.
  c(
    'r32z-36',
    'en',
    `The breast pump I ordered arrived on 10 July and the motor stops after about 20 seconds every time. I'm back at work next week and really need it. I've attached a video showing it cutting out. Please send a replacement unit.`,
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // Capitals and "!!!", daughter in tears; «хотя бы половину» is a share without a sum.
  c(
    'r32z-37',
    'ru',
    `ЭТО БЫЛ ПОДАРОК НА ВЫПУСКНОЙ!!! Часы пришли 25 июня с треснутым стеклом, дочь открыла коробку и расплакалась. Видео распаковки прикладываю. Верните хотя бы половину, часы оставим.`,
    'video',
    ['emotional', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "you lying b!tch" at a named seller: masked profanity, insult, and "lying" accuses. Tracking named.
  c(
    'r32z-38',
    'en',
    `Mei, you lying b!tch, you told me on 3 May that it was shipped. Tracking says the label was only created on 20 May, and it is now 14 June with no parcel. It's my daughter's prom dress, and the prom was on the 10th. Refund.`,
    'none',
    ['profanity', 'insult', 'accusation'],
    'full_refund',
  ),
  // Place names Сукко and Херсонская are innocent; whole price named as the order total. Ready.
  c(
    'r32z-39',
    'ru',
    `Отдыхаем с сыном в Сукко, заказала надувной круг с доставкой в пункт выдачи на Херсонской улице. Круг получила 21 июля, при первом же надувании он стал стравливать воздух по шву у клапана и за 10 минут сдулся полностью. Видео с мыльной пеной на шве прилагаю. Прошу вернуть 690 руб. — это полная стоимость заказа.`,
    'video',
    [],
    'full_refund',
  ),
  // "Очень разочарована" (affect); vague quality, no time, no evidence; «хоть часть денег» without a sum.
  c(
    'r32z-40',
    'ru',
    `Очень разочарована. Качество совсем не то, что я ожидала, а это был подарок на свадьбу. Верните хоть часть денег.`,
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «Пздц.» as a sentence (dropped vowels) is a cry; «Кидалы» accuses; tracking number and 63 days.
  c(
    'r32z-41',
    'ru',
    `Пздц. Жду посылку 63 дня, там мамин ингалятор. Трек RB104773265SG стоит на месте с 3 октября. Кидалы. Верните деньги.`,
    'none',
    ['profanity', 'emotional', 'accusation'],
    'full_refund',
  ),
  // "ballcock" is a cistern part; landlord's deadline; wrong item, right one asked. Ready.
  c(
    'r32z-42',
    'en',
    `Last Tuesday (the 6th) a ballcock for a toilet cistern arrived instead of the shower mixer I ordered. My landlord's inspection is on Friday and I will be charged if the shower isn't fixed by then. A photo of the part next to the listing is attached. Please send the shower mixer I paid for.`,
    'photo',
    [],
    'exchange',
  ),
  // Money declined, the same jacket asked (exchange); calm and complete. Ready.
  c(
    'r32z-43',
    'ru',
    `Деньги возвращать не нужно. Пуховик для сына (рост 146) пришёл 1 ноября с неисправной молнией: бегунок соскакивает с левой стороны через пару сантиметров, застегнуть невозможно. Видео прилагаю. Пришлите, пожалуйста, такой же пуховик взамен, зима уже началась.`,
    'video',
    [],
    'exchange',
  ),
  // Crib mattress undersized; reporting the listing to the platform is lawful. Ready.
  c(
    'r32z-44',
    'en',
    `The crib mattress, listed as 60 x 120 cm, arrived on 2 September measuring 55 x 110 cm. I measured it with a tape, photo attached. It leaves a gap along the side that a baby's leg can slip into, and our baby is due next week. Please refund in full. I will also report the listing to the platform as a safety concern.`,
    'photo',
    [],
    'full_refund',
  ),
  // «Сил моих больше нет!!!»; different insole sizes; no time for the problem, no evidence; a proper pair (exchange).
  c(
    'r32z-45',
    'ru',
    `Сил моих больше нет!!! Третью неделю пишу, а вы молчите. Ортопедические стельки для мамы пришли разного размера: одна 37, другая 39. Пришлите нормальную пару.`,
    'none',
    ['emotional', 'missing_when', 'missing_evidence'],
    'exchange',
  ),
  // Seller's insult quoted with its date; chargeback as a lawful step; full price named with "in full". Ready.
  c(
    'r32z-46',
    'en',
    `On 12 April your agent wrote to me: "you are stupid, read the description". I did read it. The description says the baby monitor has night vision up to 5 metres. I tested it on the night it was delivered, 8 April, and in a dark room the screen stays completely black, even with the camera half a metre from the cot. I work nights at a care home and my partner relies on this monitor while I'm away. A screenshot of the chat and a video of the black screen are attached. Please refund the $46.80 in full; otherwise I will ask my bank for a chargeback.`,
    'video',
    [],
    'full_refund',
  ),
  // Latin x and y in «xyйня» judging the iron, no "!": profanity only.
  c(
    'r32z-47',
    'ru',
    `Это не утюг, а xyйня: с первого включения 28 августа подошва греется только по краю, в центре холодная. Собиралась гладить сыну форму к линейке. Фото с пирометром прикладываю. Прошу замену.`,
    'photo',
    ['profanity'],
    'exchange',
  ),
  // Negated accusation; replacement refused as too late, refund asked. Ready.
  c(
    'r32z-48',
    'en',
    `I'm not saying anyone did this on purpose, and I know parcels get thrown around. The memorial photo frame for my mother's service arrived on 17 November with the glass shattered and a dent in one corner. Photos attached. A replacement would not arrive in time for the service, so I'd like a refund of the full price, please.`,
    'photo',
    [],
    'full_refund',
  ),
  // «Повторяю для тупеньких»: insult; «половину стоимости» without a sum.
  c(
    'r32z-49',
    'ru',
    `Повторяю для тупеньких: сумка-холодильник по описанию держит холод 12 часов, ваша через 3 часа тёплая. Проверяла 6 июля с термометром, фото показаний приложены. Я вожу в ней инсулин ребёнку. Верните половину стоимости.`,
    'photo',
    ['insult', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "!!!" outburst; wrong gown colour, date, photo; no request.
  c(
    'r32z-50',
    'ru',
    `Я не могу в это поверить!!! Мантия на выпускной пришла 30 мая зелёная вместо чёрной, а вручение дипломов 2 июня. Фото прилагаю.`,
    'photo',
    ['emotional', 'missing_resolution'],
    'none',
  ),
  // Publishing the manager's phone and photo: threat.
  c(
    'r32z-51',
    'ru',
    `Детский термос-ланчбокс за 1 350 руб. пришёл 2 сентября, крышка не закручивается — резьба сорвана. В первый же школьный день суп вылился сыну в рюкзак, учебники на выброс. Видео прилагаю. Если до пятницы не вернёте деньги, я выложу номер телефона и фотографию вашего менеджера Вана во все родительские чаты и группы покупателей, пусть знают его в лицо.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // Spaced "s h i t" cried out with "!": profanity and emotional.
  c(
    'r32z-52',
    'en',
    `What a load of s h i t! The kids' wellies leaked on the very first walk to school on 4 October, both socks soaked through. Photo of the wet socks and the boots attached. Refund please.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // After surgery; missing splint; euros with a decimal comma (12,50 €). Ready.
  c(
    'r32z-53',
    'ru',
    `Здравствуйте. Я после операции, заказала ортез на коленный сустав за 38,90 €. Получила 14 января, при примерке обнаружила, что нет одной из двух боковых металлических шин — карман пустой. Фото пустого кармана и комплектации из описания прикладываю. Прошу частичный возврат 12,50 € за отсутствующую шину.`,
    'photo',
    [],
    'partial_refund',
    12.5,
  ),
  // Capitals asking whether the seller can read: insult and emotional (peanut allergy).
  c(
    'r32z-54',
    'en',
    `ARE YOU EVEN ABLE TO READ? I wrote "NO PEANUTS" in the order note because my son has a peanut allergy, and the snack box that came on 21 March had three peanut bars in it. Photo of the note and the bars attached. Refund the box.`,
    'photo',
    ['insult', 'emotional'],
    'full_refund',
  ),
  // «Вы специально» accuses; non-receipt with no elapsed time; no evidence.
  c(
    'r32z-55',
    'ru',
    `Вы специально отправили самой дешёвой доставкой, чтобы я не успела к юбилею мамы. Набор посуды так и не пришёл. Верните деньги.`,
    'none',
    ['accusation', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // «Ёпт.» (minced mat) as its own sentence: profanity and emotional; 45 days and a tracking number.
  c(
    'r32z-56',
    'ru',
    `Ёпт. Сорок пять дней жду обогреватель, трек LB224019876HK не обновлялся с 11 марта, а дома у нас 14 градусов и маленький ребёнок. Верните деньги.`,
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Formula for the wrong age; calm, brand names, complete. Ready.
  c(
    'r32z-57',
    'ru',
    `Вместо двух банок смеси «Нутрилон 2» пришли две банки «Нутрилон 3», это для другого возраста. Получила 9 июня. Фото банок с маркировкой прилагаю. Сыну 8 месяцев, эта смесь ему не подходит, а денег на ещё одну покупку сейчас нет. Пожалуйста, обменяйте на «Нутрилон 2».`,
    'photo',
    [],
    'exchange',
  ),
  // "I'm an idiot" about the buyer themself is no insult; return for a full refund. Ready.
  c(
    'r32z-58',
    'en',
    `I'm an idiot for not asking before ordering, but the listing clearly said 230 V and the plate on the hair clipper says 110 V. It arrived on 19 September; on our 230 V socket it hums loudly and cuts out after a minute. Photo of the plate next to the listing attached. I'm on a pension and would like to return it for a full refund.`,
    'photo',
    [],
    'return',
  ),
  // «Сижу и реву» (affect); veil too short, found at the fitting; no evidence, no request.
  c(
    'r32z-59',
    'ru',
    `Сижу и реву. Заказывала свадебную фату длиной 3 метра, пришла полтора метра, обнаружила вчера на примерке. Свадьба в субботу.`,
    'none',
    ['emotional', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Wishing illness on the seller's children: threat.
  c(
    'r32z-60',
    'en',
    `The humidifier I bought for my son's croup arrived on 8 December and leaks water from the base within ten minutes of filling; video attached. We were up with him all night. I hope one day your own kids are sick at 3 a.m. and the thing you bought for them fails. Refund me.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // Formal; Роспотребнадзор, court and a review are lawful; «уплаченные 6 990 руб.» is the whole price. Ready.
  c(
    'r32z-61',
    'ru',
    `Уважаемый продавец. 3 июля я получила мини-стиральную машину за 6 990 руб. При первом запуске в тот же день барабан не вращается, мотор гудит, через минуту срабатывает защита. Видео прилагаю. Машинку покупала для стирки вещей лежачей мамы, без неё очень тяжело. Прошу вернуть уплаченные 6 990 руб. в течение 10 дней. В противном случае буду вынуждена обратиться в Роспотребнадзор и в суд, а также оставлю подробный отзыв о ситуации.`,
    'video',
    [],
    'full_refund',
  ),
  // "what great honesty" sarcasm accuses; "!!" emotional; sum for the missing glasses.
  c(
    'r32z-62',
    'en',
    `Wow, what great honesty from your store!! Listed as a set of 6 champagne flutes for our wedding toast, and I received 4 on 1 September. Photo of the open box attached. Refund $14 for the two missing glasses.`,
    'photo',
    ['accusation', 'emotional'],
    'partial_refund',
    14,
  ),
  // Student on a thesis deadline, flickering monitor; a chargeback is lawful. Ready.
  c(
    'r32z-63',
    'ru',
    `Монитор за 11 490 руб. пришёл 26 февраля, на второй день начал мерцать горизонтальными полосами в нижней трети экрана, на любом кабеле и любом разрешении. Видео прилагаю. Я сдаю дипломный проект, работаю по ночам, и денег на второй монитор у меня нет. Прошу вернуть деньги в полном объёме. Если спор не решится, оформлю чарджбэк через банк.`,
    'video',
    [],
    'full_refund',
  ),
  // "cocktail" is innocent; pensioner's side job; sum offered to keep the set. Ready.
  c(
    'r32z-64',
    'en',
    `Hello. I run a small cocktail stand at weddings at weekends to top up my pension. The stainless cocktail shaker set (order total £27.60) arrived on 15 May; the strainer lid does not fit the tin, there is a 3 mm gap and it leaks when shaken. I had a booking on 18 May and had to borrow one. Video attached. I would accept a partial refund of £10 and keep the set.`,
    'video',
    [],
    'partial_refund',
    10,
  ),
  // «Браво, гении логистики»: sarcastic praise, insult; guaranteed date passed, tracking number.
  c(
    'r32z-65',
    'ru',
    `Браво, гении логистики. Переноску для кота заказала 1 марта, гарантированный срок доставки истёк 15 апреля, посылки нет, трек LP003284519CN показывает «в пути» с 10 марта. Кота тем временем прооперировали, к ветеринару возили в коробке из-под обуви. Верните деньги.`,
    'none',
    ['insult'],
    'full_refund',
  ),
  // «не соответствует описанию» is vague; «Разберитесь» is no request.
  c(
    'r32z-66',
    'ru',
    `Здравствуйте, детское одеяло не соответствует описанию. Разберитесь, пожалуйста.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Two letters only.
  c('r32z-67', 'ru', `ок`, 'none', ['empty_text'], 'none'),
  // "a$$hole" at the packer: profanity and insult, not a cry. Funeral urn.
  c(
    'r32z-68',
    'en',
    `To whichever a$$hole packed this: the ceramic urn for my grandad's ashes arrived on 30 January with the lid cracked right through. The funeral is on the 3rd. Photos attached. Refund in full.`,
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // «Не доводите до греха!!!»: menace and "!!!".
  c(
    'r32z-69',
    'ru',
    `Не доводите до греха!!! Молокоотсос, купленный 5 мая, через неделю перестал держать вакуум, ребёнок голодный, смесь ему нельзя. Видео в приложении. Деньги верните.`,
    'video',
    ['threat', 'emotional'],
    'full_refund',
  ),
  // "on purpose" accuses; no evidence; "the difference" without a sum.
  c(
    'r32z-70',
    'en',
    `You sent the cheaper 1.5 m extension pole instead of the 3 m one on purpose, I'm sure of it. It came on 6 April. I'm a window cleaner, this is my work gear, and I've lost a week of jobs on the upper floors. Refund the difference.`,
    'none',
    ['accusation', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «застрахуйте» is innocent; nine replacement baubles asked (exchange). Ready.
  c(
    'r32z-71',
    'ru',
    `Здравствуйте. Набор стеклянных ёлочных игрушек для школьного утренника (24 шт.) пришёл 20 декабря, 9 шаров разбиты — видно на фото, прикладываю. Понимаю, стекло. Пришлите, пожалуйста, 9 шаров взамен и, если можно, застрахуйте посылку: утренник 27-го, я отвечаю за украшение зала.`,
    'photo',
    [],
    'exchange',
  ),
  // Refund declined, the right dress asked (exchange); "so upset" is affect.
  c(
    'r32z-72',
    'en',
    `I don't want my money back, I want the dress I paid for. The flower-girl dress came on 11 August in ivory instead of white, and the wedding is on the 24th. Photo attached next to the listing's colour swatch. Please send the white one. My daughter was so upset she wouldn't even try it on.`,
    'photo',
    ['emotional'],
    'exchange',
  ),
  // Capitals and «,kznm» (keyboard-layout mat) cried; no date, no evidence; sum without currency.
  c(
    'r32z-73',
    'ru',
    `ДА ВЫ ИЗДЕВАЕТЕСЬ ,kznm. Принтер для рефератов дочери пришёл без картриджа, хотя в комплектации он заявлен. Верните 1 200 за картридж.`,
    'none',
    ['profanity', 'emotional', 'missing_when', 'missing_evidence'],
    'partial_refund',
    1200,
  ),
  // The seller's mat quoted after "and I quote": profanity only.
  c(
    'r32z-74',
    'en',
    `When I asked about the missing second cushion cover on 9 October, your seller replied, and I quote, "go f*** yourself, old woman". I'm 71 and nobody has ever spoken to me like that. Screenshot attached. The set was listed as 2 covers and I received 1 on 7 October. Please refund £6 for the missing cover.`,
    'photo',
    ['profanity'],
    'partial_refund',
    6,
  ),
  // «Олухи царя небесного»: name-calling, insult; sum in words.
  c(
    'r32z-75',
    'ru',
    `Олухи царя небесного, ну как можно было сделать топпер на свадебный торт с надписью «Оля и Дима», если я писала «Юля и Дима»? Получила 4 сентября, свадьба 6-го, фото с ошибкой прикладываю. Верните пятьсот рублей за топпер.`,
    'photo',
    ['insult'],
    'partial_refund',
    500,
  ),
  // Capitals about the service, nothing concrete; full refund asked.
  c(
    'r32z-76',
    'ru',
    `ОТВРАТИТЕЛЬНЫЙ сервис. Последние деньги вам отдала. НИКОГДА БОЛЬШЕ. Верните деньги НЕМЕДЛЕННО.`,
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // «Я вас вычислю, адрес вашего склада муж уже нашёл»: threat.
  c(
    'r32z-77',
    'ru',
    `У сына астма, купила очиститель воздуха с HEPA-фильтром за 9 700 руб. Пришёл 13 октября, при распаковке — фильтра внутри нет, пустая рамка, фото приложено. Продавец перестал отвечать. Я вас вычислю, адрес вашего склада муж уже нашёл. Верните деньги.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Polite; a partial refund "at your discretion" has no sum.
  c(
    'r32z-78',
    'en',
    `Good afternoon. The pram rain cover arrived on 27 October with one of the four elastic corner straps missing. It still fits with a hair tie, so I'll keep it. Photo attached. A partial refund at your discretion would be fair.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «Опять развод» accuses; "photo attached" with no file; sum for the short weight.
  c(
    'r32z-79',
    'ru',
    `Опять развод. Пенсия маленькая, а собаку кормить надо. Заказывала мешок корма на 5 кг, пришло 3 кг — взвесила на весах 15 февраля, фото весов прикладываю. Верните 640 рублей за недовес.`,
    'none',
    ['accusation', 'evidence_not_attached'],
    'partial_refund',
    640,
  ),
  // "class" and "killing me" are innocent; wrong stocking size, exchange. Ready.
  c(
    'r32z-80',
    'en',
    `I'm a nurse on night shifts and my legs are killing me. The compression stockings I ordered (size M, class 2) came on 2 March in size XL; the label says XL. Photo of the label attached. Please exchange them for size M.`,
    'photo',
    [],
    'exchange',
  ),
];
