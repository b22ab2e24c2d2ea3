import { labelled as c, type CorpusCase } from './types';

/**
 * Round twenty-six, hold-out set F: buyers who write like they chat in messengers and social media (emoji and
 * emoticons, memes, hashtags, «ору», "lol", "bruh", stretched letters, little punctuation). Written by a hand that has
 * not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Emotive emoji (emotional): angry, crying, shocked or sad faces (😡 🤬 😤 😭 😢 😞 😔 😩 😱), the eye roll 🙄 and the
 *   facepalm 🤦 as markers of exasperation. 🤬 is an emotion marker only, not profanity (no word is written).
 * - Not emotive: friendly or decorative emoji (🙂 😊 👍 👌 🙏 👋 ☀️ 📦 📸 🍄 ⚓ 💪 🥳 🧵), the wink 😉 and 😇, the shrug 🤷,
 *   object emoji (🔥 🤖), applause 👏 and 👎 (their meaning comes from the words around them).
 * - 🤡, 🐑 and 🐒 aimed at the seller or the staff call them a name: `insult`. 🤡 said of a size chart judges the listing:
 *   not rude.
 * - 🖕 sent at the seller is an obscene gesture, rude like "f off": `profanity`, neither an insult nor emotional. A buyer
 *   who describes in words that the seller sent a middle finger emoji is reporting evidence: not rude.
 * - An emoji put in place of a letter inside mat («х🤬йня») is a mask: `profanity` (the 🤬 also makes it emotional).
 * - «ору», "lol", "bruh", "omg", hashtags used as tags (#aliexpress, #мангал) and stretched letters («нууу», "sooo",
 *   «Добрыыый») are chat filler: neither rude nor emotional. A hashtag that is a fraud label (#scam, #обман, #развод)
 *   is an accusation.
 * - "skill issue" said of the buyer's own earlier mistake is self-blame, not an insult.
 * - Files: a text that names no evidence is written with no file (`missing_evidence`); a text that says a photo or video
 *   is attached has that file, except where `evidence_not_attached` is the point.
 * - "it came the day before we left … didn't open it until we got to the lake" is a discovery circumstance (when).
 */
export const ROUND26_HOLDOUT_F: CorpusCase[] = [
  // Calm, decorative emoji, chip and crack at unpacking on a date, photo, exchange: ready.
  c(
    'r26f-01',
    'ru',
    'Здравствуйте 🙂 заказывала заварочный чайник 600 мл, заказ 8812003455. При распаковке 3 апреля увидела скол на носике и трещину на крышке. Фото приложила 📸 Прошу заменить на целый 🙏',
    'photo',
    [],
    'exchange',
  ),
  // Mat masked by an emoji in place of a letter, about the item; 😭 and 🤬 emotive; no time for the defect.
  c(
    'r26f-02',
    'ru',
    'нууу и х🤬йню вы прислали 😭 заказывала термос на 1 литр, пришёл на 0,5 и крышка вообще не закручивается. фотки прикрепила. верните деньги',
    'photo',
    ['profanity', 'emotional', 'missing_when'],
    'full_refund',
  ),
  // 🤡 aimed at the seller: insult; everything else complete.
  c(
    'r26f-03',
    'ru',
    'Продавец 🤡 вы там вообще смотрите, что отправляете? Заказывала тапочки 41 размера, пришли 38, хотя на коробке наклейка «41». Открыла вчера прямо в пункте выдачи, фото коробки и стельки прикладываю. Нужен обмен на 41-й.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Veiled threat: a relative "visiting" the warehouse; tracking number is evidence.
  c(
    'r26f-04',
    'ru',
    'приветик) набор кашпо так и не пришёл. заказ от 2 февраля, трек LP00123456789012 висит в Китае уже 40 дней. верните деньги по-хорошему. у меня брат в Гуанчжоу работает, может и к вам на склад в гости заглянуть, поболтать 😉',
    'none',
    ['threat'],
    'full_refund',
  ),
  // «в слезах» and 😭😭: emotional only; otherwise complete.
  c(
    'r26f-05',
    'ru',
    'Я в слезах 😭😭 заказывали дочке куклу на день рождения, а у неё оторвана рука и на лице пятно краски. Коробка целая, так что это не почта. Обнаружили 12 мая при распаковке, снимали на видео, видео приложено. Прошу вернуть деньги.',
    'video',
    ['emotional'],
    'full_refund',
  ),
  // Innocent look-alikes: «рубля», «употреблять», «застрахуйте»; complete partial refund with a sum.
  c(
    'r26f-06',
    'ru',
    'Добрый день 👋 Заказ: масло для бороды, 2 флакона по 422 рубля. Второй флакон пришёл разбитым, всё вытекло в пакет, употреблять такое нельзя. Заметила 20.03 прямо на почте при получении, фото и акт почты прикладываю. Прошу вернуть 422 рубля за разбитый флакон. И застрахуйте в следующий раз посылки со стеклом, пожалуйста 🙂',
    'photo',
    [],
    'partial_refund',
    422,
  ),
  // #обман and «специально недокладываете» accuse; no time given.
  c(
    'r26f-07',
    'ru',
    '#обман #aliexpress заказывала набор кистей для макияжа 24 шт, в пакете 12. специально недокладываете, думаете никто пересчитывать не будет. фото разложенных кистей прикрепила 📸 верните 310₽ за недостающие',
    'photo',
    ['accusation', 'missing_when'],
    'partial_refund',
    310,
  ),
  // Vague: generic words, no time, no evidence, «решите вопрос» is no request; shrug is not emotive.
  c(
    'r26f-08',
    'ru',
    'ну такое себе 🤷‍♀️ качество так себе, не соответствует описанию. решите вопрос плиз',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Transliterated Russian, innocent «rublya»; XXL is a size; complete partial refund.
  c(
    'r26f-09',
    'ru',
    'Zdravstvuite 🙂 zakazal kreslo-meshok XXL, prishel tolko chehol, bez napolnitelya, vnutri pusto. Raspakoval 5 iyunya, foto pustogo meshka na vesah (0,9 kg) prilozhil. Napolnitel kuplyu sam, poetomu proshu vernut 1 342 rublya — eto ego stoimost po vashemu zhe opisaniyu tovara.',
    'photo',
    [],
    'partial_refund',
    1342,
  ),
  // «Пишу уже в третий раз» is no talking down; ready.
  c(
    'r26f-10',
    'ru',
    'Пишу уже в третий раз, вдруг предыдущие потерялись 🙂 заказывала коврик для ванной 60х90, пришёл 40х60. измерила рулеткой 9 августа, сразу как забрала посылку, фото с рулеткой в приложении. прошу замену на 60х90 🙏',
    'photo',
    [],
    'exchange',
  ),
  // Plain English, friendly emoji, complete.
  c(
    'r26f-11',
    'en',
    'Hi 👋 my order of 3 ceramic plant pots arrived on 14 June and the biggest one has a crack running from the rim down to the base. Photos attached 📸 Could you send a replacement for that pot? Thanks 🙂',
    'photo',
    [],
    'exchange',
  ),
  // 🖕 at the seller: obscene gesture (profanity); carrier status in quotes; tracking is evidence.
  c(
    'r26f-12',
    'en',
    "28 days and my yoga mat is still 'in transit', tracking RB123456789CN hasn't moved since May 2. refund me now 🖕",
    'none',
    ['profanity'],
    'full_refund',
  ),
  // Sarcastic praise "geniuses" plus 🤡 at the seller: insult.
  c(
    'r26f-13',
    'en',
    'congrats on the packaging, geniuses 🤡👏 the glass candle holder came in a plain paper envelope with no bubble wrap, in three pieces. opened it yesterday evening, video attached. full refund pls',
    'video',
    ['insult'],
    'full_refund',
  ),
  // #scam is a fraud label; 😡😡 emotive; otherwise complete.
  c(
    'r26f-14',
    'en',
    '#scam #neveragain 😡😡 paid €42 for a double size heated blanket and got a single, 130x90 instead of 200x150. measured it the day it came, pics attached. I want my money back',
    'photo',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // Knowing the manager's name and street: veiled threat, "just saying".
  c(
    'r26f-15',
    'en',
    "fyi I looked up your company registration, so I know your manager's name and the street she lives on 🙂 just saying. anyway the aquarium filter I got on 3 March makes a grinding noise and shuts off after about 10 minutes, video attached. refund it and we're good",
    'video',
    ['threat'],
    'full_refund',
  ),
  // "bruh", "lol" filler; "not what I ordered" is vague; "what do I do now" is no request.
  c(
    'r26f-16',
    'en',
    'bruh this is not what i ordered lol. not as described at all. what do i do now',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // A two-letter word and an emoji: empty text.
  c('r26f-17', 'ru', 'ок 👌', 'none', ['empty_text'], 'none'),
  // The seller's insult quoted as evidence (screenshot); offering the jacket back: return; ready.
  c(
    'r26f-18',
    'ru',
    'Здравствуйте. Открываю спор, потому что в чате продавец 11.07 ответил мне «сама ты дура, носить не умеешь» — скрин переписки прикладываю. По сути: пуховик, через неделю носки разошёлся шов на левом рукаве, лезет пух. Фото шва тоже прикладываю. Прошу вернуть деньги, куртку готова отправить обратно.',
    'photo',
    [],
    'return',
  ),
  // Spaced mat judging the service, 😡 emotive.
  c(
    'r26f-19',
    'ru',
    'Продавец, ответьте уже. Блендер пришёл 2 октября, на второй день работы из-под ножа потекло масло и запахло гарью. Видео приложено ещё раз. Это п и з д е ц, а не сервис 😡 верните деньги',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Scare quotes around «случайно»: sarcasm about honesty; 🙄 emotive; no time.
  c(
    'r26f-20',
    'ru',
    'ну да, конечно, «случайно» перепутали цвет 🙄 у вас всё «случайно». заказывала худи оливкового цвета, прислали горчичное. фото с бирками прикладываю. хочу обмен на оливковое',
    'photo',
    ['accusation', 'emotional', 'missing_when'],
    'exchange',
  ),
  // Monkeys aimed at the packers: mocking comparison to animals, insult; partial with sum.
  c(
    'r26f-21',
    'ru',
    'Упаковщикам 🐒🐒 привет. Сервиз на 6 персон: из 6 чашек целых две, остальные в осколках, всё лежало в одном пакете без ничего. Вскрывала коробку 17 ноября на почте при сотруднике, есть акт и фото. Прошу частичный возврат 2 400 ₽ за 4 чашки.',
    'photo',
    ['insult'],
    'partial_refund',
    2400,
  ),
  // «ору», «нууу» filler; measured with a tape on a date; ready.
  c(
    'r26f-22',
    'ru',
    'ору. заказала плед 150х200, пришла салфеточка 50х70 — измерила сантиметровой лентой в тот же вечер, как забрала с пункта (14.01). фото с лентой прикрепила. нууу, деньги верните, пожалуйста 🙂',
    'photo',
    [],
    'full_refund',
  ),
  // «на ваше усмотрение»: partial without sum; no evidence.
  c(
    'r26f-23',
    'ru',
    'Добрый день. Набор отвёрток 32 в 1: в кейсе не хватает 5 бит (PH1, PH2, T10, T15, SL3), обнаружил при первом открытии кейса 8 сентября. Прошу частичную компенсацию на ваше усмотрение 👍',
    'none',
    ['missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Disguised "sh1t" in a cry, 😭😭 emotive.
  c(
    'r26f-24',
    'en',
    "omg what is this sh1t 😭😭 the leather wallet started peeling at the edges after 4 days in my pocket, underneath it's clearly plastic. pics attached. refund pls",
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Innocent "cocker spaniel"; chargeback is a lawful step; "refund the full" price: full refund; ready.
  c(
    'r26f-25',
    'en',
    "Hello 🙂 the harness for my cocker spaniel (size M, chest 55-70 cm) arrived on 9 April with the buckle snapped off, it was in two pieces in the bag. Photo attached. Please refund the full $18.50, otherwise I'll have to raise a chargeback with my bank 👍",
    'photo',
    [],
    'full_refund',
  ),
  // Ominous wish of a fire at the warehouse: veiled threat.
  c(
    'r26f-26',
    'en',
    "hope your warehouse doesn't catch fire one night 🔥😇 would be such a shame. anyway the rice cooker lid hinge snapped on the second use, video attached. refund.",
    'video',
    ['threat'],
    'full_refund',
  ),
  // Capitals, «в шоке», 😱, «!!»; photo said attached but none; no time.
  c(
    'r26f-27',
    'ru',
    'Я В ШОКЕ 😱 пришли кроссовки разного размера: левый 39, правый 41!! фото прикладываю. требую замену пары',
    'none',
    ['emotional', 'missing_when', 'evidence_not_attached'],
    'exchange',
  ),
  // «для тупеньких»: condescension, insult; non-receipt with tracking and elapsed time.
  c(
    'r26f-28',
    'ru',
    'Пишу для тупеньких ещё раз 🙂 посылка не пришла. Трек-номер YT2410293847561 последний раз обновлялся 28 ноября, сегодня 10 января. Верните деньги.',
    'none',
    ['insult'],
    'full_refund',
  ),
  // Accusation taken back ("not saying … on purpose"); refund declined, exchange asked; ready.
  c(
    'r26f-29',
    'en',
    "I'm not saying this was done on purpose, mistakes happen 🙂 but I ordered the bedside lamp in white and got a black one. Noticed as soon as I opened the box on Tuesday 6 May. Photo attached. I don't need a refund, just send the white one please.",
    'photo',
    [],
    'exchange',
  ),
  // Mat with a Latin letter asked of «ты»: profanity and insult; 🤡 too; send the rest: exchange.
  c(
    'r26f-30',
    'ru',
    'ты что, еbлан? 🤡 заказывал наклейки на стену «звёздное небо» 120 шт, пришло 40. посчитал в день получения, 3 марта. фото всех наклеек, разложенных на полу, прикладываю. досылай остальные 80 штук',
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // «Ужас», 😢; «брак» alone is vague; receipt date counts as when.
  c(
    'r26f-31',
    'ru',
    'Ужас 😢 брак полнейший, пришло 15.04, фото прикладываю. Верните деньги',
    'photo',
    ['emotional', 'missing_what'],
    'full_refund',
  ),
  // Seller's mat quoted as evidence: profanity only.
  c(
    'r26f-32',
    'en',
    "Seller replied on 21 Aug, quote: 'stop crying, fuck off and wait'. Screenshot attached. My order (garden hose reel) still hasn't arrived after 52 days, tracking LX556677889CN. I'm asking AliExpress to refund me.",
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Plain and calm, decimal comma sum: 12.6.
  c(
    'r26f-33',
    'ru',
    'Добрый день. Заказ: 3 упаковки силиконовых крышек для посуды, пришло 2. Обнаружила при вскрытии пакета 4 мая. Фото содержимого и этикетки с весом прикладываю. Прошу вернуть 12,60 BYN за недостающую упаковку. Спасибо 😊',
    'photo',
    [],
    'partial_refund',
    12.6,
  ),
  // Publishing the seller's phone and name: threat.
  c(
    'r26f-34',
    'ru',
    'У меня есть ваш номер телефона и имя со скрина оплаты. Выложу в пару городских пабликов, пусть все видят. Шторы блэкаут пропускают свет, как тюль, проверила в первый же вечер, видео приложено. Деньги назад.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // "disappointed", "upset", 😞: emotional; "sooo" filler; no evidence.
  c(
    'r26f-35',
    'en',
    "sooo disappointed. the kids scooter arrived on 30 Nov, the front wheel wobbles and the brake doesn't touch the wheel at all. my son was so upset 😞 please refund",
    'none',
    ['emotional', 'missing_evidence'],
    'full_refund',
  ),
  // "NPCs" aimed at support staff: slang name-calling, insult.
  c(
    'r26f-36',
    'en',
    'your support replies like NPCs 🤖 same copy-paste every time. order: 2 bath towels 70x140, received 50x90. measured on 11 Jan, photo with tape measure attached. send the right size',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Complete except the request: «Что мне теперь делать?».
  c(
    'r26f-37',
    'ru',
    'Здравствуйте 🙂 рюкзак пришёл 19 июня, через неделю оторвалась левая лямка у самого шва. Фото приложила. Что мне теперь делать?',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // Dropped-vowel mat as a sentence of its own: cry, profanity and emotional.
  c(
    'r26f-38',
    'ru',
    'Пздц 😭 Открыла коробку 23.02 — форма для выпечки вся погнутая, дно не защёлкивается. Фото в приложении. Верните деньги.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Innocent place name Phuket, police report is lawful; tracking number; ready.
  c(
    'r26f-39',
    'en',
    "Hi, I'm staying in Phuket and the parcel (a beach tent) was marked delivered on 2 July, but it never reached my hotel. Reception checked their log and nothing came, and I've filed a report with the tourist police. Tracking number EB123456789TH. Please refund me 🙏",
    'none',
    [],
    'full_refund',
  ),
  // «Кидалы»: accusation; «трек» is evidence; elapsed time for non-receipt.
  c(
    'r26f-40',
    'ru',
    'Кидалы вы 👎 оплатила увлажнитель 27 августа, прошло 50 дней, посылки нет, трек не обновляется с 3 сентября. Верните деньги.',
    'none',
    ['accusation'],
    'full_refund',
  ),
  // Sarcastic praise of the seller's packing («Браво, мастера»): insult.
  c(
    'r26f-41',
    'ru',
    'Браво, мастера 👏👏 отправить зеркало 50х70 в мягком пакете — это надо уметь. Пришло 30.09 в осколках, видео вскрытия на почте прилагаю. Верните деньги',
    'video',
    ['insult'],
    'full_refund',
  ),
  // "the difference" without a sum; percentages describe material.
  c(
    'r26f-42',
    'en',
    "the listing said 100% merino, the label on the scarf says 60% wool 40% acrylic 🙂 noticed it the day it came (Oct 8), photo of the label attached. I'll keep it but please refund the difference",
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Knowing the seller's children, «не доводите до греха»: threat.
  c(
    'r26f-43',
    'ru',
    'Плед так и не пришёл, жду 45 дней, трек RU123456789CN стоит на месте. Я знаю, что магазин у вас семейный, фото ваших деток в профиле видела 🙂 не доводите до греха, верните деньги.',
    'none',
    ['threat'],
    'full_refund',
  ),
  // Innocent "shiitake"; ready.
  c(
    'r26f-44',
    'en',
    'Hi 🙂 the shiitake grow kit arrived on 2 Feb and when I opened the bag the substrate block was covered in green mould. Photo attached 🍄 Could you send a new block?',
    'photo',
    [],
    'exchange',
  ),
  // #развод accuses, 😡 emotive; vague, no time.
  c(
    'r26f-45',
    'ru',
    '#развод #aliexpress 😡 товар не соответствует описанию. фото прикрепила. деньги верните',
    'photo',
    ['emotional', 'accusation', 'missing_what', 'missing_when'],
    'full_refund',
  ),
  // The seller's middle-finger emoji described in words as evidence: not rude; return.
  c(
    'r26f-46',
    'ru',
    'Добрый день. На мой вопрос про сломанную ручку чемодана продавец 4 декабря прислал в чате только эмодзи со средним пальцем, скриншот прикладываю. Сама проблема: в первой же поездке, 1 декабря, отломилась выдвижная ручка, фото тоже приложены. Прошу полный возврат, чемодан могу отправить обратно.',
    'photo',
    [],
    'return',
  ),
  // "defective" alone is vague; "lol" filler; no evidence.
  c(
    'r26f-47',
    'en',
    'hey, the thing is defective lol, arrived on friday. can i get a refund',
    'none',
    ['missing_what', 'missing_evidence'],
    'full_refund',
  ),
  // 🐑 said of the seller: name-calling by emoji.
  c(
    'r26f-48',
    'ru',
    'Продавец, вы 🐑. Я трижды писала, что нужен цвет «графит», прислали бежевый табурет. Получила 2 ноября, фото с этикеткой приложила. Обмен.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // «обидно», 😢; amount in words: 500.
  c(
    'r26f-49',
    'ru',
    'Очень обидно 😢 ждали эту настольную игру к празднику, а в коробке нет кубиков и половины карточек: должно быть 110, пришло 54. Открыли 31 декабря. Фото приложила. Прошу вернуть пятьсот рублей за некомплект.',
    'photo',
    ['emotional'],
    'partial_refund',
    500,
  ),
  // Two letters and an emoji: empty text.
  c('r26f-50', 'en', 'ok 👍', 'none', ['empty_text'], 'none'),
  // Transliterated, calm, complete.
  c(
    'r26f-51',
    'ru',
    'Zdravstvuyte 🙂 zakazyvala nabor kastryul 3 sht, prishli 13 oktyabrya, u samoi bolshoi otorvana ruchka. Foto prilozhila. Proshu zamenit etu kastryulyu.',
    'photo',
    [],
    'exchange',
  ),
  // "small words so you get it", words cut for the reader: insult.
  c(
    'r26f-52',
    'en',
    "ok let me use small words so you get it 🙂 parcel. not. here. ordered on 4 Sept, today is 26 Oct, tracking UB901234567CN stuck at 'departed origin'. refund.",
    'none',
    ['insult'],
    'full_refund',
  ),
  // Mat typed in the English layout, about the item with no "!": profanity only; no time.
  c(
    'r26f-53',
    'ru',
    'прислали какую-то [eqyz вместо чехла на диван. заказывала на трёхместный 190–230 см, пришёл на кресло, на этикетке так и написано «armchair». фото этикетки приложила. обмен на трёхместный',
    'photo',
    ['profanity', 'missing_when'],
    'exchange',
  ),
  // «ненавижу», 😤; «вы знали» accuses; receipt date next to the expiry.
  c(
    'r26f-54',
    'ru',
    'ненавижу такие магазины 😤 крем для рук пришёл просроченный: годен до 03.2024, получила 15 апреля 2024. вы знали, что он просрочен, и всё равно отправили. фото тюбика с датой приложила. верните деньги',
    'photo',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // Long story: "upset", "ridiculous", 😭; no evidence; return declined, part refund without a sum.
  c(
    'r26f-55',
    'en',
    "ok so story time 🧵 bought a folding camping stove ($46.90) for our first family trip this summer. it came the day before we left so I didn't open it until we got to the lake. turned on the gas and the ignition knob just spins round and round, no click, no spark, nothing lights. my husband spent an hour trying with matches too but the burner ring is blocked with some kind of factory glue. the kids were sooo upset, we ate cold sandwiches for two days lol 😭 honestly ridiculous for something sold as premium. I'm not sending it back, postage from here is more than it's worth. just refund part of it, whatever you think is fair",
    'none',
    ['emotional', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Long, calm, numbered; support, chargeback and an honest review are lawful; return; ready.
  c(
    'r26f-56',
    'ru',
    'Добрый вечер 🙂 Пишу спокойно и по пунктам, без наездов, просто чтобы модератору было всё понятно.\n1) Заказ от 2 марта — робот-пылесос, получен на почте 19 марта.\n2) На третий день уборки перестала вращаться правая боковая щётка: мотор жужжит, а щётка стоит. Снимала и ставила обратно, чистила от волос по инструкции — не помогло.\n3) Сняла на видео, как щётка не крутится, видео приложено к спору. Есть и скрины переписки, где вы 25 марта обещали прислать новую щётку, но трек так и не дали.\n4) Прошу оформить возврат: отправлю пылесос обратно в оригинальной коробке, а после получения вы вернёте деньги.\nЕсли не договоримся, обращусь в поддержку AliExpress и в банк за чарджбэком, это моё законное право. Отзыв потом тоже напишу, честный 👍 #пылесос #отзыв',
    'video',
    [],
    'return',
  ),
  // Sarcasm about honesty and "you knew": accusation; no evidence; send the missing chairs: exchange.
  c(
    'r26f-57',
    'en',
    'wow what great honesty 👏 listing says set of 4 chairs, box had 2. you knew exactly what you were sending. received Monday 12 Feb. send the other 2 chairs.',
    'none',
    ['accusation', 'missing_evidence'],
    'exchange',
  ),
  // Minced mat «ёпт» as an interjection: profanity and emotional; money declined, exchange.
  c(
    'r26f-58',
    'ru',
    'ёпт 🤦‍♂️ второй раз заказываю лампочки E27, второй раз приходят E14, цоколь не подходит. увидел, как только открыл коробку, 6 мая. фото цоколей приложил. деньги не нужны, замените на E27',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // «половину стоимости»: partial without sum; no time, no evidence.
  c(
    'r26f-59',
    'ru',
    'Здравствуйте 🙂 пазл на 1000 деталей, 3 детали отсутствуют, картинку не собрать. верните хотя бы половину стоимости',
    'none',
    ['missing_when', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // 🤡 said of the size chart, not of a person: not rude; ready.
  c(
    'r26f-60',
    'en',
    "the size chart on this listing is a joke 🤡 ordered a queen size mattress topper, got one that's 90 cm wide. found out when I unrolled it on Sunday, photo with tape measure attached. please exchange it for the queen size.",
    'photo',
    [],
    'exchange',
  ),
  // Capitals, «?!!», 😡: emotional only.
  c(
    'r26f-61',
    'ru',
    'ДА СКОЛЬКО МОЖНО?!! 😡 Пишу третий раз: электрогриль перестал нагреваться на 4-й день, 17 июля. Видео приложено. Верните деньги.',
    'video',
    ['emotional'],
    'full_refund',
  ),
  // Masked mat asked of the staff: profanity and insult; 🤬 emotive.
  c(
    'r26f-62',
    'ru',
    'вы там на складе долбо@бы? 🤬 заказывала детские ботинки 24 размера, пришёл левый на 24 и правый на 27. распаковала 8 октября. видео прикладываю. верните деньги',
    'video',
    ['profanity', 'insult', 'emotional'],
    'full_refund',
  ),
  // Innocent "cocktail"; honest review is lawful; €6,50 is 6.5; ready.
  c(
    'r26f-63',
    'en',
    "Hi 🙂 the set of 6 cocktail glasses arrived on 19 Sept with one glass cracked at the stem. Photo attached. Please refund €6,50 for the cracked one. I'll leave an honest review once it's sorted 👍",
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // Bare «не работает»; 😭😭; video said attached but none; receipt date counts.
  c(
    'r26f-64',
    'ru',
    'фен пришёл вчера и не работает 😭😭 видео прикрепила. верните деньги',
    'none',
    ['emotional', 'missing_what', 'evidence_not_attached'],
    'full_refund',
  ),
  // Wishing illness on the seller's children: threat.
  c(
    'r26f-65',
    'en',
    'the silicone baking mats smell of burning plastic in the oven and my kids got headaches after I baked on them on 3 Dec. photos attached. I hope your own kids get sick from these 🙂 refund.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Stretched greeting, tags, complete partial refund.
  c(
    'r26f-66',
    'ru',
    'Добрыыый день ☀️ заказ пришёл 25 июня: набор контейнеров 5 шт, у двух треснули крышки по краю, фото приложила. Прошу вернуть 280 ₽ за две крышки 🙏 #спасибо_заранее',
    'photo',
    [],
    'partial_refund',
    280,
  ),
  // "thieves" accuses, 😡 emotive; no time.
  c(
    'r26f-67',
    'en',
    'thieves 😡 you took my $37 and sent a bag of cotton wool instead of the bluetooth speaker. photo of what was in the box attached. give me my money back',
    'photo',
    ['emotional', 'accusation', 'missing_when'],
    'full_refund',
  ),
  // «Валенки» aimed at the sellers: regional name-calling, insult.
  c(
    'r26f-68',
    'ru',
    'Валенки вы, а не продавцы. Заказывала чехол для гладильной доски 140х45, прислали 110х35. Примерила на доску сразу, как получила, 9 сентября, фото приложено. Замену на 140х45, пожалуйста 🙏',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Spaced "F U C K" as a cry, 😭: profanity and emotional.
  c(
    'r26f-69',
    'en',
    'F U C K 😭 the glass top of my new coffee table shattered the first evening when I put a mug on it. video attached. refund',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // «расстроена», 😔; no request.
  c(
    'r26f-70',
    'ru',
    'Очень расстроена 😔 Платье пришло 3 марта, после первой стирки при 30 градусах село на два размера и полиняло на белый воротник. Фото до и после прикладываю. Не знаю, что теперь делать...',
    'photo',
    ['emotional', 'missing_resolution'],
    'none',
  ),
  // «Земля круглая, ещё встретимся … по-другому»: ominous menace, threat.
  c(
    'r26f-71',
    'ru',
    'Земля круглая, ещё встретимся, и поговорим уже по-другому 😉 Скейт пришёл 2 августа с треснувшей декой, видео распаковки приложил. Верните деньги.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // "the difference, $27": partial with a sum; ready.
  c(
    'r26f-72',
    'en',
    "Hi 🙂 I paid for the XL cat tree (150 cm) and got the M one, 98 cm tall. Measured it after assembling it on Saturday 11 May, photo attached. I'll keep it if you refund the difference, $27.",
    'photo',
    [],
    'partial_refund',
    27,
  ),
  // «??» and 😩: emotional; non-receipt with elapsed time; no evidence.
  c(
    'r26f-73',
    'ru',
    '60 дней жду светильник для аквариума, оплатил 12 марта. где посылка?? верните деньги уже 😩',
    'none',
    ['emotional', 'missing_evidence'],
    'full_refund',
  ),
  // Seller's insult quoted as evidence; chargeback lawful; send the missing charger: exchange; ready.
  c(
    'r26f-74',
    'en',
    "Seller told me in chat 'you are stupid, read description' (screenshot attached). The description says 'includes charger' and the drill came without one, I unboxed it on 5 March. I've mentioned a possible chargeback to my bank, but I'd rather you just send the charger 🙂",
    'photo',
    [],
    'exchange',
  ),
  // Calm non-receipt with tracking: ready.
  c(
    'r26f-75',
    'ru',
    'Добрый день 📦 набор кухонных ножей оплачен 20 января, трек LB123456789HK с 1 февраля не обновляется, посылка до меня не дошла. Прошу вернуть деньги.',
    'none',
    [],
    'full_refund',
  ),
  // Near-empty but with a request: vague, no time, no evidence.
  c(
    'r26f-76',
    'en',
    'not good. refund pls 🙏',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Innocent «корабля»; send the missing bag: exchange; ready.
  c(
    'r26f-77',
    'ru',
    'Здравствуйте 🙂 конструктор «Пиратская бухта», 640 деталей. При сборке 14 февраля выяснилось, что нет пакета №7, там мачта корабля и две пушки. Фото инструкции и всех пакетов прикладываю. Пришлите, пожалуйста, недостающий пакет ⚓',
    'photo',
    [],
    'exchange',
  ),
  // "skill issue" about the buyer's own earlier mistake: no insult; ready.
  c(
    'r26f-78',
    'en',
    'ok the first time it was a skill issue on my side lol, I ordered the wrong colour. but this time the ceramic vase came in 4 pieces with no padding at all. unboxed it on 22 April, video attached. full refund please 🙏',
    'video',
    [],
    'full_refund',
  ),
  // "you cheated me, and cheaters regret it": threat and accusation.
  c(
    'r26f-79',
    'ru',
    'Вы меня обманули, а кто меня обманывает, тот потом сильно жалеет 😉 Заказывала кофемолку с керамическими жерновами, внутри стальные — видно на фото, сняла крышку в день получения, 7 ноября. Верните деньги.',
    'photo',
    ['threat', 'accusation'],
    'full_refund',
  ),
  // Long story: 😭 🙄 emotive; "photos from another item as usual" insinuates deceit; exchange declined, sum in words.
  c(
    'r26f-80',
    'ru',
    'короче, история 🧵 заказала мужу на др складной мангал-чемодан за 4 890 ₽, ждали к 8 мая: шашлыки, друзья, вот это всё 🥳 пришёл 6 мая, открываем на даче — одна боковая стенка погнута буквой Г, а ножки в пазы не вставляются вообще, пазы на 3 мм уже, чем ножки. муж полчаса стучал молотком, я сначала орала со смеху, потом стало совсем не смешно 😭 жарили на кирпичах, гости в восторге, ага. вы этот мангал на фото в карточке вообще собирали? или фото как обычно от другого товара взяли 🙄 видео прилагаю, там видно и стенку, и как ножки не лезут. менять не хочу, к следующим выходным всё равно не успеете. верните тысячу пятьсот рублей за испорченную стенку, и разойдёмся, муж её сам выправит 💪 #мангал #дачныйсезон',
    'video',
    ['emotional', 'accusation'],
    'partial_refund',
    1500,
  ),
];
