import { labelled as c, type CorpusCase } from './types';

/**
 * Round thirty-five, hold-out set H: buyers with an audience, or who think they have one (bloggers, YouTube/TikTok
 * reviewers, Telegram channel admins, moderators of buyer groups and forums), who mention their review, video, post,
 * channel or followers. Written by a hand that has not read the analyzer's rules or other corpus files; labels follow
 * DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Announcing an honest review, post, stream or video "with the facts" is a lawful step (no finding), like a review.
 * - "You'll regret it when my video comes out" («Пожалеете, когда выйдет мой ролик») and «было бы жаль, если бы с
 *   вашим магазином что-нибудь случилось после моего эфира» are veiled threats, not reviews.
 * - Collecting the owner's or staff's name, address, faces, family or children to publish them, "my followers will
 *   find you / tracked the last one down", coming to the showroom to film the staff's faces "so my viewers remember
 *   them", and followers who work at customs used as leverage are threats.
 * - "All my followers are going to see this scam" and "everyone in my group knows you're scammers" are accusations,
 *   not threats: what is threatened is only publicity under the buyer's own name.
 * - A clown emoji aimed at support is an insult only (it is not an emotive face).
 * - A file attached in the form together with a text that names it is evidence; «могу прислать фото» with no file is
 *   neither `missing_evidence` nor `evidence_not_attached` (round thirty-two).
 * - A seller's insult quoted by the buyer as what the seller wrote is not the buyer's; quoted mat stays profanity.
 * - Words with rude-looking pieces (потребляющий, Хуавей, Ебург, Отзовик, shiitake, Scunthorpe, cocktail) are innocent.
 * - «Досылайте решётку» (send the missing part) is an exchange; «Требую компенсацию» with no sum is a partial refund
 *   with a null amount; a sum in гривны or BYN is taken as written.
 * - A single capitalised word for stress («БЕЖЕВЫЙ», "SO") is not shouting; the affect word beside "SO" is.
 */
export const ROUND35_HOLDOUT_H: CorpusCase[] = [
  // complete: defect, discovery at unboxing, video named and attached, full refund; the channel is only context
  c(
    'r35h-01',
    'ru',
    `Здравствуйте. Веду небольшой канал про товары для фото и видео, снимаю распаковки целиком, без монтажа. Кольцевая лампа 26 см (заказ 8105 3349 2271) пришла 12 марта, и при распаковке на камеру обнаружилось, что пластиковый держатель телефона треснул у основания, а шарнир не держит наклон — голова лампы падает вниз. Видео распаковки прикладываю, трещина видна на 0:41. Прошу вернуть деньги полностью.`,
    'video',
    [],
    'full_refund',
  ),
  // complete; an honest review of the outcome is a lawful step
  c(
    'r35h-02',
    'ru',
    `Штатив-трипод на 160 см: на третий день съёмок перестал фиксироваться нижний зажим средней секции, штатив сам складывается под камерой весом 800 г. Фото зажима и щели между секциями прилагаю. Прошу заменить штатив на исправный. Результат опишу в отзыве честно, как будет.`,
    'photo',
    [],
    'exchange',
  ),
  // innocent trap: «потребляющий» contains a rude-looking piece; return declined, partial with a sum
  c(
    'r35h-03',
    'ru',
    `Добрый день. Для обзора на своём канале замеряю реальные характеристики. Увлажнитель воздуха заявлен как потребляющий 25 Вт, а при первом включении 5 апреля ваттметр показал 48 Вт, и так на всех трёх режимах. Видео замера и скрин со страницы товара прикладываю. Сам увлажнитель работает, поэтому возвращать не хочу — прошу частичный возврат 700 рублей.`,
    'video',
    [],
    'partial_refund',
    700,
  ),
  // complete; a chargeback is a lawful step
  c(
    'r35h-04',
    'en',
    `Hi, I review kitchen gadgets on YouTube and film every unboxing. The handheld milk frother arrived on 2 May and on its first use the whisk head flew off the shaft; the metal pin that should hold it is missing entirely. The video attached shows it from the sealed box onwards. Please refund the order. If we can't settle it here, I will ask my bank for a chargeback, which I'd rather avoid.`,
    'video',
    [],
    'full_refund',
  ),
  // innocent trap: a place name; complete with a sum for the missing skeins
  c(
    'r35h-05',
    'en',
    `I run the Scunthorpe Knit & Natter group on Facebook and we ordered a bundle for a group project: 10 skeins of merino in colour "Moss". When I opened the parcel on 14 June there were only 7 skeins, and the bag was still sealed. Photo of the contents and the label attached. Please refund £10.50 for the three missing skeins (£3.50 each).`,
    'photo',
    [],
    'partial_refund',
    10.5,
  ),
  // the seller's insult quoted as evidence is not the buyer's; otherwise complete
  c(
    'r35h-06',
    'ru',
    `Набор кистей для макияжа, заявлено 12 штук, в коробке 9: нет веерной кисти и двух кистей для теней. Обнаружила при распаковке 20 мая, записывала её для обзора, видео прикладываю. В чате продавец мне ответил: «иди отсюда, блогерша, твой канал никто не смотрит». Давайте просто решим вопрос: прошу частичный возврат 450 ₽ за недостающие кисти.`,
    'video',
    [],
    'partial_refund',
    450,
  ),
  // complete; a post "only with facts" is lawful
  c(
    'r35h-07',
    'ru',
    `Я админ телеграм-канала про дачу и огород, там около 4 тысяч человек. Садовый опрыскиватель на 5 литров: 9 июня, после первой же заправки, потёк шланг в месте крепления к баку — гайка крепления лопнула. Фото трещины прилагаю. Прошу вернуть деньги. Пост про этот опрыскиватель напишу только с фактами: что пришло и как решили.`,
    'photo',
    [],
    'full_refund',
  ),
  // complete; updating a Reddit review is lawful
  c(
    'r35h-08',
    'en',
    `I moderate a small photography subreddit and bought this camera backpack after a member recommended it. On the fourth day of use the main zip split: the teeth separated about 10 cm from the top and the slider no longer closes them. Photos of the zip are attached. Could you please send a replacement backpack? I'll update my Reddit review with how this ends, whichever way.`,
    'photo',
    [],
    'exchange',
  ),
  // non-receipt with elapsed time and a tracking number (evidence without a file); consumer authority and blog are lawful
  c(
    'r35h-09',
    'ru',
    `Посылка с гимбалом для смартфона так и не пришла. Оплатил 2 февраля, прошло 47 дней, трек LB482913570CN не обновляется с 10 февраля. Прошу вернуть деньги. Если здесь не решится, обращусь в Роспотребнадзор, а у себя в блоге расскажу, как всё было.`,
    'none',
    [],
    'full_refund',
  ),
  // innocent trap: "shiitake"; complete
  c(
    'r35h-10',
    'en',
    `I write a food blog and ordered the shiitake grow kit to document it for a month. When I opened the box on 8 September the substrate block was covered in green mould and smelled sour; the bag was split along one side. Photos attached. Please refund the kit.`,
    'photo',
    [],
    'full_refund',
  ),
  // innocent trap: brand name with a rude-looking root; complete
  c(
    'r35h-11',
    'ru',
    `Заказывал чехол-книжку для планшета Хуавей MatePad 11. При примерке 3 июля оказалось, что вырез под камеру смещён примерно на 5 мм, объектив закрыт наполовину, а магнит не будит экран. Фото приложил. Прошу обмен на чехол под правильную модель.`,
    'photo',
    [],
    'exchange',
  ),
  // innocent trap: city nickname; non-receipt, 52 days, the word "трек-номер" is evidence
  c(
    'r35h-12',
    'ru',
    `Веду паблик ВК «Барахолка Ебург», заказывала для розыгрыша среди подписчиков настольную игру. Прошло 52 дня с оплаты, до пункта выдачи в Екатеринбурге посылка не дошла, трек-номер висит на статусе «принято к отправке». Розыгрыш пришлось перенести. Прошу полный возврат.`,
    'none',
    [],
    'full_refund',
  ),
  // innocent trap: "cocktail"; offers the item back: return
  c(
    'r35h-13',
    'en',
    `Cocktail shaker set, ordered for a mixology reel on my Instagram. The very first time I shook it, on 21 July, the cap popped off and the strainer lid leaked along the seam; the rubber seal is cut through in one place. Photos attached. I'd like to return it for a refund, I can post it back this week.`,
    'photo',
    [],
    'return',
  ),
  // strong but polite: court and a factual video review are lawful
  c(
    'r35h-14',
    'ru',
    `Автомобильный видеорегистратор перестаёт записывать через 10–15 минут: на экране «Ошибка карты», хотя карта новая и проверена на компьютере. Заметил на второй день поездок, 14 августа. Видео с экрана и скриншоты проверки карты прикладываю. Прошу вернуть деньги. Если продавец откажет, я готов идти в суд и выложу у себя на канале обзор с этим видео — только факты.`,
    'video',
    [],
    'full_refund',
  ),
  // transliterated Russian; complete, exchange
  c(
    'r35h-15',
    'ru',
    `Zdravstvuyte. Zakazala termos 0,75 l dlya obzora v TikTok. Pri pervom zhe ispolzovanii 11 oktyabrya on ne derzhit teplo: kipyatok cherez 3 chasa stal 40 gradusov, a v opisanii 12 chasov. Foto termometra prikladyvayu. Proshu zamenu na rabochij.`,
    'photo',
    [],
    'exchange',
  ),
  // complete, partial with a decimal sum
  c(
    'r35h-16',
    'en',
    `Hey, I do little unboxing clips on TikTok. The set of 24 acrylic paint markers came with 4 markers completely dried out (the two blues, white and grey), found when I tested them all on camera the day it arrived, 16 March. Photo of the swatch card attached. Please refund $6.40 for those four.`,
    'photo',
    [],
    'partial_refund',
    6.4,
  ),
  // fraud label from the buyers' group is an accusation even with facts
  c(
    'r35h-17',
    'ru',
    `Модерирую группу покупателей с Али в ВК, и про ваш магазин у нас уже все в курсе, что вы мошенники. Мне пришли кроссовки 41 размера вместо заказанного 43, обнаружила 6 ноября при распаковке, фото бирки и стельки прилагаю. Прошу обмен на 43 размер.`,
    'photo',
    ['accusation'],
    'exchange',
  ),
  // "this scam" accuses; "disappointed" is affect; no evidence named, no file; followers seeing it is no threat
  c(
    'r35h-18',
    'en',
    `I have 80k followers and they are all going to see this scam. The LED panel light I ordered flickers constantly at any brightness below 50%, it started the day it arrived (10 January). Totally unusable for filming. I am SO disappointed. Refund me.`,
    'none',
    ['accusation', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // no time or discovery moment
  c(
    'r35h-19',
    'ru',
    `Снимаю обзоры на бытовую технику. Фен для волос: горячий режим не включается — переключатель ставится на «2», а дует холодным, регулятор температуры ни на что не влияет. Фото переключателя и этикетки прилагаю. Прошу вернуть деньги.`,
    'photo',
    ['missing_when'],
    'full_refund',
  ),
  // no request; telling viewers is lawful
  c(
    'r35h-20',
    'en',
    `Posting this here before I post my review. The mini projector's fan started rattling loudly on the second evening, 25 Feb, and the picture now shuts off after around 20 minutes with an overheating icon. Video with sound attached. I'll let my viewers know how the store responds.`,
    'video',
    ['missing_resolution'],
    'none',
  ),
  // "the difference" without a sum
  c(
    'r35h-21',
    'ru',
    `Блогер, делаю обзоры детских вещей. Комбинезон заказывала из 100% хлопка, а на бирке написано 65% полиэстер. Заметила 2 декабря, когда распаковала и сверила бирку для ролика. Фото бирки прилагаю. Оставлю себе, но верните разницу.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // says a video is attached, the form has no file
  c(
    'r35h-22',
    'ru',
    `Прикладываю видео распаковки: настольная лампа пришла с отломанным кронштейном у основания, плафон болтается. Распаковывала 17 января прямо на стриме, зрители видели. Прошу замену.`,
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // no words
  c('r35h-23', 'en', `.`, 'none', ['empty_text'], 'none'),
  // money declined, the item asked for: exchange; complete
  c(
    'r35h-24',
    'ru',
    `Деньги возвращать не надо, мне нужен сам товар для обзора. Подставка-охладитель для ноутбука пришла с одним рабочим вентилятором из двух — второй вообще не крутится, на фото видно, что у него отпаян провод. Обнаружил 28 апреля при первом подключении. Пришлите, пожалуйста, новую подставку.`,
    'photo',
    [],
    'exchange',
  ),
  // sum in words; complete
  c(
    'r35h-25',
    'ru',
    `Заказала 10 пакетиков лакомства для кошек, чтобы снять обзор для своего котоблога. Пришло 8, проверила при вскрытии посылки 4 сентября, фото содержимого прилагаю. Прошу вернуть триста пятьдесят рублей за два недостающих.`,
    'photo',
    [],
    'partial_refund',
    350,
  ),
  // "half" without a sum
  c(
    'r35h-26',
    'en',
    `The wooden wall shelf I ordered for my room-tour video arrived on 12 August with one bracket bent and a crack through the left corner of the board. I can still hang it, so I'd keep it, but please refund half. Photo attached.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «на ваше усмотрение»: partial without a sum
  c(
    'r35h-27',
    'ru',
    `Чашки для фотостиля, набор из 4, одна пришла со сколом по краю — открыла коробку 9 марта. Фото скола приложила. Возвращать набор не хочу, компенсацию сделайте на ваше усмотрение.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // decimal comma; complete
  c(
    'r35h-28',
    'en',
    `Bought the silicone baking mats to bake on my channel. The big one has a 4 cm tear at the edge, visible as soon as I unrolled it on 3 November. Photo attached. I'd like a partial refund of €12,90, which is what the large mat costs separately.`,
    'photo',
    [],
    'partial_refund',
    12.9,
  ),
  // sarcasm about honesty in scare quotes
  c(
    'r35h-29',
    'ru',
    `Я блогер, к вашему «случайному» пересорту уже привыкла. Заказывала термокружку мятного цвета, пришла ярко-розовая, увидела 23 февраля при распаковке, фото кружки прилагаю. Прошу замену на мятную.`,
    'photo',
    ['accusation'],
    'exchange',
  ),
  // a negated accusation is none; complete
  c(
    'r35h-30',
    'en',
    `I'm not saying you did it on purpose, mistakes happen in a warehouse. I ordered the grey yoga mat, 6 mm, and received a purple one, 4 mm; I opened it on 15 May while filming a haul. Photos of the mat and the label attached. Please send the grey 6 mm one.`,
    'photo',
    [],
    'exchange',
  ),
  // vague, nothing concrete, no time, no evidence, only "do something"
  c(
    'r35h-31',
    'ru',
    `У меня 12 тысяч подписчиков, и я не могу показать им такое. Товар не соответствует описанию, качество плохое. Сделайте что-нибудь.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // shouting in capitals with "!!"
  c(
    'r35h-32',
    'en',
    `THIS IS UNACCEPTABLE!! I filmed the whole unboxing for my channel on 2 October and the ceramic vase is in three pieces, the bubble wrap was just one layer. Video attached. Full refund please.`,
    'video',
    ['emotional'],
    'full_refund',
  ),
  // publishing the owner's name, warehouse address and packers' faces as leverage
  c(
    'r35h-33',
    'ru',
    `Я нашла ваш настоящий адрес склада в Иу, ФИО владельца и фотографии ваших упаковщиц из их соцсетей. Заказ: рюкзак для ноутбука, лямка оторвалась на второй день, фото прилагаю. Либо возврат денег сегодня, либо всё это — с адресом и лицами — уходит в мой канал на 30 тысяч. Выбирайте.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "scammers" accuses; followers tracking the seller down is a veiled threat; tracking named, delivery date given
  c(
    'r35h-34',
    'en',
    `You people are scammers just like the last seller, and my followers tracked him down within a day. I'd hate for that to happen to you. Tracking says the heated blanket was delivered on 4 April, but nothing came to my door or to my building's mailroom. Refund.`,
    'none',
    ['threat', 'accusation'],
    'full_refund',
  ),
  // "you'll regret it when my video comes out" is a veiled threat
  c(
    'r35h-35',
    'ru',
    `Пожалеете, когда выйдет мой ролик. Электрическая зубная щётка перестала держать заряд через неделю: с полной зарядки работает 2 минуты вместо заявленных 30 дней. Видео прикладываю. Верните деньги.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // talking down, words cut for the reader; one capitalised word is not shouting
  c(
    'r35h-36',
    'ru',
    `Объясняю для особо одарённых в вашей поддержке, медленно: я. заказала. БЕЖЕВЫЙ. плед. Пришёл серый, распаковала 1 декабря, фото в приложении, для подписчиков уже сняла сторис. Замените.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // digit-disguised mat judging the item, no "!": profanity only
  c(
    'r35h-37',
    'ru',
    `Это не стабилизатор, а пи3дец: на второй день ось поворота начала люфтить, камера заваливается влево на 10 градусов. Видео прилагаю. Прошу возврат денег, обзор про него сниму честный.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
  // spaced mat as a cry; non-receipt with elapsed time, no evidence named, no file
  c(
    'r35h-38',
    'ru',
    `Б л я т ь, третий раз пишу! Посылка со светодиодной лентой для сетапа не пришла, прошло 60 дней, магазин молчит. Мне нужны деньги назад.`,
    'none',
    ['profanity', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // masked "-ing" word before a name: profanity and insult, not emotional
  c(
    'r35h-39',
    'en',
    `Which of you f*cking clowns packed a glass teapot in a paper envelope? It came in pieces on 6 March, photos attached, my whole audience saw it live. Refund.`,
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // knowing the family and the children's school district, with followers as leverage
  c(
    'r35h-40',
    'en',
    `I know your shop is run by a husband and wife, and I know which school district your kids are in — it's all on your Douyin. The ceiling light came with a cracked diffuser (opened 19 Jan, photos attached). Refund it and we're done, otherwise my 150k followers get a very detailed story.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // slang name-calling at the warehouse staff; sending the missing part is an exchange
  c(
    'r35h-41',
    'ru',
    `Ну вы и бакланы на складе. Заказывал электрогриль, пришёл без съёмной решётки, только корпус и шнур. Открыл 30 июня при записи обзора, фото коробки прилагаю. Досылайте решётку.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // questioning sanity is an insult; the seller's «это нормально» is quoted
  c(
    'r35h-42',
    'ru',
    `Вы там совсем с головой не дружите? Я показывала в видео на своём канале, что у сумки отрывается ручка, а вы пишете «это нормально». Ручка оторвалась 14 апреля, на третий день носки, фото шва прилагаю. Прошу вернуть деньги.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // masked English profanity judging the item: profanity only
  c(
    'r35h-43',
    'en',
    `This ring light is absolute sh1t: two of the three colour modes don't work, only the cold white switches on, and it has been like that since the day I unboxed it (28 Aug). Photo of the control panel attached. Refund please.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // collecting the owner's details and a worker's face for a pinned post; no evidence, no file
  c(
    'r35h-44',
    'en',
    `I've got your company's registered address, the owner's WeChat and the face of the guy who signs your invoices. One more "please wait" and it all goes in my pinned post. Item: bluetooth meat thermometer, the probe reads 20°C too low since the first use on 9 December. Refund now.`,
    'none',
    ['threat', 'missing_evidence'],
    'full_refund',
  ),
  // «мир тесен» with followers "in your city too" menaces
  c(
    'r35h-45',
    'ru',
    `Скейтборд для обзора: дека треснула вдоль на первом же спуске, 7 мая, фото трещины прилагаю. Прошу частично вернуть 1 200 ₽, подвески и колёса переставлю на другую деку. И учтите: мир тесен, мои подписчики живут в каждом городе, и в вашем тоже.`,
    'photo',
    ['threat'],
    'partial_refund',
    1200,
  ),
  // sarcastic praise of the packers
  c(
    'r35h-46',
    'en',
    `Bravo, packaging geniuses. A 2 kg cast-iron pan thrown loose into a box with a glass lid — the lid shattered, I found the pieces when I opened it on 11 October, photos attached. Please send a new lid.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // look-alike Latin letters in a mat adjective before the item, with "!": profanity and emotional
  c(
    'r35h-47',
    'ru',
    `Этот eбaный проектор выключается каждые 15 минут, с первого дня, 3 марта! Видео с таймером прилагаю. Верните деньги.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // the seller's mat quoted as evidence stays profanity; otherwise complete
  c(
    'r35h-48',
    'ru',
    `Продавец на мою просьбу ответил в чате: «пошла нах*й со своим блогом». Скрин переписки прилагаю. По сути: заказала микрофон-петличку, в записи щелчки и треск с первого включения 22 января, фото экрана со звуковой дорожкой тоже прилагаю. Прошу возврат денег.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // «дармоеды» at the moderators is an insult; "!!" is emotional
  c(
    'r35h-49',
    'ru',
    `Ваши модераторы — дармоеды, неделю не отвечают!! Ножницы для стрижки собаки пришли тупые, не режут даже тонкую шерсть, проверила 5 июля в день получения, фото прилагаю. Прошу заменить.`,
    'photo',
    ['insult', 'emotional'],
    'exchange',
  ),
  // "my followers will find you" with a disclaimer is still a threat
  c(
    'r35h-50',
    'en',
    `My followers will find you. I'm not threatening, just telling you how it works. The bike phone mount snapped at the clamp on day two, 18 June, and my phone nearly went under a car. Photos attached. Full refund.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // a visit to the showroom to film the staff's faces for viewers
  c(
    'r35h-51',
    'ru',
    `Я в Москве, ваш шоурум на Савёловской тоже. Могу заехать с камерой, поговорить с вашими продавщицами прямо на входе и показать их лица моим зрителям крупным планом, чтобы запомнили. Куртка пришла с порванной подкладкой в кармане, увидела 2 ноября при примерке, фото приложила. Возврат денег.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «вы специально» accuses; "??" is emotional; no evidence, no file
  c(
    'r35h-52',
    'ru',
    `Вы специально отправляете брак блогерам, думаете, мы не заметим?? Бутылка для смузи протекает по резьбе крышки с первого дня, 9 июня, весь рюкзак был в соке. Верните деньги.`,
    'none',
    ['accusation', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // "upset" is affect; otherwise complete
  c(
    'r35h-53',
    'en',
    `I'm honestly upset. I saved up for this mechanical keyboard to review it, and when I unboxed it on 27 September the spacebar and the Enter key didn't register at all. Photos of the key test screen attached. I'd like an exchange for a working unit.`,
    'photo',
    ['emotional'],
    'exchange',
  ),
  // clown emoji at support: insult
  c(
    'r35h-54',
    'ru',
    `Поддержка 🤡🤡. Коврик для мыши заказывал 90×40, пришёл 80×30, измерил рулеткой 12 февраля, фото с рулеткой приложил. Обмен на правильный размер.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // vague, no time, no evidence, "look into it" is no request
  c(
    'r35h-55',
    'en',
    `My subscribers keep asking how this turned out. Honestly, the product is just not what was advertised. Not happy. Please look into it.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // a single two-letter word
  c('r35h-56', 'ru', `ок`, 'none', ['empty_text'], 'none'),
  // innocent trap: «Отзовик»; the review is lawful; no request
  c(
    'r35h-57',
    'ru',
    `Для обзора на Отзовике проверила кухонные весы: с эталонной гирей 500 г показывают 460 г, с любыми батарейками. Обнаружила 4 октября при первой проверке. Фото весов с гирей прилагаю. Отзыв напишу с этими цифрами.`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // "everyone in my group knows this store sends used stuff as new" accuses; offers the item back
  c(
    'r35h-58',
    'en',
    `Everyone in my buyers' group knows this store sends used stuff as new. The hair clipper came with hair already in the blade and scratches on the body, unboxed on 30 March, photos attached. Return for refund — I'll send it back as soon as you give me the address.`,
    'photo',
    ['accusation'],
    'return',
  ),
  // «клоуны» names, «кидалы» accuses; a video review is lawful
  c(
    'r35h-59',
    'ru',
    `Клоуны и кидалы, вот вы кто. В ролике всё покажу. Набор отвёрток: заявлено 32 биты, в кейсе 24, пересчитала 10 января при распаковке, фото приложила. Верните 320 рублей за недостающие 8 бит.`,
    'photo',
    ['insult', 'accusation'],
    'partial_refund',
    320,
  ),
  // spaced English oath as a cry
  c(
    'r35h-60',
    'en',
    `F U C K. The tent pole snapped the first time I put the tent up, 2 August, on a camping trip I was filming for my channel. Photo of the broken pole attached. Please send a replacement pole.`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // masked mat asked of «ты»: profanity and insult
  c(
    'r35h-61',
    'ru',
    `Слышь, продавец, ты ох*ел? Робот-пылесос не заряжается от базы с первого дня, 15 марта, видео прилагаю. Деньги верни.`,
    'video',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // the children seen on the profile and «Здоровья им. Пока что.»
  c(
    'r35h-62',
    'ru',
    `Я знаю, что у вас магазин семейный, видела ваших детей на фото в профиле. Здоровья им. Пока что. Органайзер для косметики пришёл с треснувшей крышкой, заметила 8 апреля при распаковке, фото приложила. Верните деньги.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "muppets" at the staff; "ridiculous" is affect
  c(
    'r35h-63',
    'en',
    `You muppets sent me a size S hoodie when the order clearly says XL. I unboxed it on 14 Nov while recording, photos of both labels attached. This is ridiculous. Exchange it for the XL.`,
    'photo',
    ['insult', 'emotional'],
    'exchange',
  ),
  // «Требую компенсацию» without a sum; no evidence, no file
  c(
    'r35h-64',
    'ru',
    `Веду канал про рыбалку. Катушка спиннинговая: на второй рыбалке, 21 мая, начал проскальзывать фрикцион, леска травится даже при полной затяжке. Требую компенсацию.`,
    'none',
    ['partial_without_amount', 'missing_evidence'],
    'partial_refund',
    null,
  ),
  // the seller's insult quoted after "and I quote"; complete
  c(
    'r35h-65',
    'en',
    `The seller replied to me, and I quote: "you influencers are all beggars, buy it yourself like everyone". I did buy it. The sunrise alarm clock never turns its light on at the alarm time, only the sound plays, and it has been like that since the first night, 6 January. Photo of the settings screen and a screenshot of the chat attached. Please refund.`,
    'photo',
    [],
    'full_refund',
  ),
  // followers at customs used as menace
  c(
    'r35h-66',
    'ru',
    `У меня среди подписчиков есть люди на таможне: если не вернёте деньги, каждая ваша посылка будет лежать на досмотре. Товар: электрочайник, с 3 августа, на второй неделе пользования, течёт по шву у дна. Фото лужи и шва приложил. Верните деньги.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «кошмар» is affect; a decimal sum in BYN
  c(
    'r35h-67',
    'ru',
    `Это просто кошмар. Заказывала 3 рамки для фото, для фона в видео, одна пришла с треснувшим стеклом — увидела 19 сентября, когда распаковывала. Фото прилагаю. Верните, пожалуйста, 15,50 BYN за одну рамку.`,
    'photo',
    ['emotional'],
    'partial_refund',
    15.5,
  ),
  // says a video is attached, none in the form; the review is lawful
  c(
    'r35h-68',
    'en',
    `Video attached. The electric kettle's lid won't stay shut: the latch broke on the third day (12 April), and the kettle doesn't switch off when it boils. I'll show exactly the same footage in my review. Please refund.`,
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // «брак, в таком виде» is vague; the receipt date counts as when
  c(
    'r35h-69',
    'ru',
    `Добрый день. Обещала подписчицам обзор на платье, но показывать нечего: брак, в таком виде его не наденешь. Получила 26 июля. Фото прилагаю. Прошу возврат денег.`,
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // "what great honesty" is sarcasm about honesty
  c(
    'r35h-70',
    'en',
    `Wow, what great honesty from a store with "genuine leather" in the title. The wallet's lining is peeling, and the material is PU: a printed label inside says so. Found it when I unboxed it on 5 May. Photos attached. Refund please.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // «классический развод» accuses; no time of discovery
  c(
    'r35h-71',
    'ru',
    `Это классический развод на отзывы: блогерам шлёте нормальные, а обычным покупателям вот это. Чайник заварочный пришёл с трещиной на носике, фото прилагаю. Прошу возврат денег.`,
    'photo',
    ['accusation', 'missing_when'],
    'full_refund',
  ),
  // money declined, the right colour asked for; complete
  c(
    'r35h-72',
    'en',
    `I don't need my money back: my followers voted for the lilac one and that's what I want to show them. You sent the beige duvet cover instead of lilac; I noticed it on 1 March when I unpacked it. Photo attached. Please send the lilac one.`,
    'photo',
    [],
    'exchange',
  ),
  // mat with vowels dropped as a sentence of its own: profanity and emotional
  c(
    'r35h-73',
    'ru',
    `Пздц. Снимала первый запуск сушилки для овощей: 12 августа, через полчаса работы, оплавился нижний поддон. Видео со вскрытия и с запуска прилагаю. Прошу вернуть деньги.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // "gutted" is affect; "the difference" without a sum
  c(
    'r35h-74',
    'en',
    `Honestly gutted. The action camera bundle was listed with a 64 GB memory card and the card inside is 32 GB; I checked it in the camera on 9 Jan right after unboxing. Photo of the card attached. Just refund the difference.`,
    'photo',
    ['emotional', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "it would be a shame if something happened to your shop after my stream"
  c(
    'r35h-75',
    'ru',
    `Заказала набор гирлянд для фона, 3 штуки по 5 метров. Две не горят вообще, третья горит наполовину — проверила 20 декабря сразу после получения, фото прилагаю. Прошу полный возврат. Было бы очень жаль, если бы с вашим магазином что-нибудь случилось после моего эфира.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // long, calm; «могу прислать» names evidence without a file; "half" without a sum
  c(
    'r35h-76',
    'ru',
    `Здравствуйте. Пишу подробно, потому что я модератор сообщества про рукоделие на Пикабу и ко мне уже пришли с вопросами, что за швейная машинка у меня на последних снимках. Машинку (мини-модель, заказ от 3 февраля) я брала для мастер-класса для начинающих: обещала участникам показать, как подшить джинсы. Пришла она 24 февраля, коробка целая. В тот же вечер я начала заправлять нитку, и выяснилось, что нитенаправитель над иглой отломан, обломок болтался внутри корпуса. Без него нитка слетает после двух-трёх стежков; пробовала разные нитки и иглы из комплекта. Педаль работает, мотор крутит, подсветка горит — то есть сама машинка живая, но шить ею нельзя. Я не хочу устраивать скандал, у нас в сообществе правило — писать о продавцах только факты, так я и сделаю. Отправлять машинку обратно из моего города долго и дорого, поэтому я готова оставить её себе и найти мастера, который поставит новый нитенаправитель. Прошу вернуть мне половину стоимости. Фото сломанной детали могу прислать в чат, если нужно.`,
    'none',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // digit-disguised mat cried out with «Ну» and "!"; telling the group honestly is lawful
  c(
    'r35h-77',
    'ru',
    `Ну 3,14здец! Блендер для смузи: на первом же запуске 6 июня треснула чаша, трещина пошла от ножа вверх, фото приложила. Я про вас уже рассказала в группе, честно, без приукрашивания. Верните деньги.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // «в шоке» is affect; «пришли с разбитым стеклом» gives no time; a sum in words, in гривны
  c(
    'r35h-78',
    'ru',
    `Я в шоке от упаковки. Настенные часы для моего интерьерного блога пришли с разбитым стеклом и погнутой минутной стрелкой, фото прилагаю. Часы идут, поэтому оставлю их, но прошу вернуть пятьсот гривен за стекло.`,
    'photo',
    ['emotional', 'missing_when'],
    'partial_refund',
    500,
  ),
  // "small words so your support team can keep up" talks down
  c(
    'r35h-79',
    'en',
    `Let me use small words so your support team can keep up: blue lamp. Not green lamp. Blue. The bedside lamp arrived green on 17 October, photo of it next to my order page attached. Send the blue one, please.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // complete; sending the broken part is an exchange
  c(
    'r35h-80',
    'en',
    `Hi, I film home-organisation videos. The 6-drawer plastic storage tower arrived on 4 June with two drawer runners snapped off, so the bottom two drawers fall out when opened. Photos of the runners are attached. Please send replacement runners for the bottom two drawers.`,
    'photo',
    [],
    'exchange',
  ),
];
