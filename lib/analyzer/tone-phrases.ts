import { wordPattern } from './patterns';

/** Words of strong feeling. "К сожалению" and "unfortunately" are polite and stay out. */
export const AFFECT = wordPattern`
(?:я|мы) (?:просто |прямо |аж |сразу |так )?(?:офигел|обалдел|охренел|ошалел|офонарел|опупел|прифигел|афигел)~
ужас(?<!(?:фильм|кино|роман|книг|жанр|комнат|квест)\S* ужас)~
кошмар~
в шоке
шокирован~
в бешенстве
бешен~
расстро~
разочаров~
обидно
ненавиж~
терпение &3(?:заканчива|кончает|кончил|законч|лопну|лопает|на исходе|на пределе)~
i (?:really |just |absolutely )?hate (?:you|this|it|your|them|everything)(?![a-z])
сл[её]з(?:ы|ами|ах)?
(?:рас|за)?плакал~
издевает~
cried
crying
(?:she|he|they) (?:cry|cries)(?![a-z])
bloody(?<![«"“'‘]bloody)(?! (?:mary|red|merlot|handprint|hand|rose|orange|valentine|shade|colour|color|design|print|pattern|effect|makeup|wound|bath|bride))
рыда~
in tears
отвратительн~
возмущ~
негодова~
негоду(?:ю|ем|ет|ете)
(?:вся |весь |все )?на эмоциях
беси(?:т|ть|те|шь|ло|ли)
бесят
(?:вы|вз|из)?бесил~
невыносим~
издевательств~
позор~
нет слов
какого (?:х\S*|хрена|черта)
что за (?:х\S*н[яиюеь](?![a-zа-яё])|хрень|херня|фигня)
с+у+к+а+(?<!(?:(?:ты|вы)(?: (?:что|чё|че|там|же))?|продав\S*|магазин|слышь|слушай|эй|наша|моя|его|ее|её|их|эта|та),? с+у+к+а+)(?=\s*[,!])
suka(?<!(?:ty|vy|prodav\S*|seller|listen|hey),? suka)(?=\s*[,!])
worst(?<!(?:assumed|assume|expected|feared|thought|imagined) the worst)
disgust~
upset
dis+ap+oint~
ridiculous
terrible
horrible
awful(?<!an awful)(?! lot)
furious
(?:i\W?m|i am|am|so|absolutely|fair|bloody) raging
outrag~
angry(?! birds?(?![a-z]))(?! (?:messages?|emails?|reply|replies|texts?|words|tone|comments?|posts?|reviews?)(?![a-z]))
frustrat~
pathetic
nightmare
shocked
devastated
fed up
sick and tired
omg
could (?:scream|cry)
appalling
dreadful
atrocious
abysmal
злость
меня (?:всю |всего |аж )?трясет
руки опускаются
хоть плачь
pissed off
mad(?<=(?:i\W?m|i am|so|really|absolutely)\s+mad)
(?:рас|за)?плакать(?:ся)?(?<!(?:будешь|будете|будут|будет) (?:рас|за)?плакать(?:ся)?)
gutted
heartbroken
livid
fuming
seething
distraught
appalled
infuriat~
enraged
exasperat~
at (?:my )?wits\W? end
sick of(?<=(?:i\W?m|i am|we\W?re|we are|been|getting|so|really|truly)\s+sick\s+of)
(?:i\W?ve|i have) had enough
в &отчаянии
отчаяни[ея]
достало
(?:вы|как же|как|уже) (?:меня |нас )?достали(?! (?:из|с|со)(?![а-я]))
достали (?:уже|своими|со своими)
достали(?= ?!)
на грани(?= ?[.!…]|$)
мне (?:уже )?(?:плохо|дурно|тошно) от (?:этого|одной мысли|всего|такого|ваш)~
ugh+(?= ?[.!,]|$)
задолба~
надоело
взбеш[её]н~
в ярости
злюсь
зла не хватает
трясет от (?:злости|возмущения)
трясёт от (?:злости|возмущения)
нервы &(?:на пределе|сдают|не выдерживают)
вне себя
рв(?:ала|ал|у) и мечу
рв(?:ала|ал) и метал~
на грани &(?:срыва|истерики)
losing my mind
(?:end of my|the end of my) (?:rope|tether)
beside myself
cry(?<=(?:made me|makes me|make me|want to|wanted to|started to|began to|going to)\s+cry)
истерик~
(?:ну )?сколько можно(?=\s*[.!?,:—]|\s+(?:ждать|терпеть|издеваться|обманывать|кормить|тянуть|это))
(?:на|раз|за|об|вы)?рев(?:ела|ели|у)(?:сь)?
(?:на|раз|за)ревел(?:ся|ась|ись)
(?:расплака|поплака|наплака|всплакну)~
(?:руки|руки просто) опусти(?:лись|лись)
опустились руки
в (?:полном|диком|абсолютном|глубоком|настоящем|жутком|страшном) (?:шоке|ужасе|отчаянии|бешенстве)
(?:нервнича|перенервнича|изнервнича|психу|распсихова|истер)(?:ю|ла|л|ли|ем|ет|ешь|ть|ть)~
(?:весь |все |вся |мне )?(?:нервы|нервов) &(?:ушло|ушли|потрачено|вымотал~|измотал~|истрепал~|не осталось|на пределе)
(?:вымотал|измотал|довел|довели|доводите)~ &(?:до слез|до истерики|до ручки|до белого каления|меня|нас)
не (?:сплю|спала|спал) &(?:ночами|ночью|ночь|из-за)
(?:настроение|праздник|отпуск|день рождения|вечер|день|выходные) (?!стоит|стоял|показыва)&(?:испорчен~|испортили|испорчено|на нуле|насмарку)
(?:испортили|испортил~) (?:мне )?&(?:настроение|праздник|отпуск|день рождения|вечер|выходные)
(?:сердце|душа) &(?:кровью обливается|разрывается|болит|сжимается)
(?:чуть )?с ума (?:не )?(?:сош|схож|сойду|сходить)~
сил (?:моих |больше |уже )*нет
нет (?:больше |уже )?сил
(?:горько|обидно|больно) до слез
до слез
на грани нервного срыва
стресс~
в слезах
(?:убил~|раздавил~|добил~) (?:меня )?морально
морально (?:убит~|раздавлен~|уничтожен~)
(?:in|to|into|holding back|fighting back) tears
tears (?:streaming|running|welling|rolling)
sobb(?:ed|ing)
weep(?:ed|ing)(?<!(?:and|red|raw|wounds?|sores?|skin|rash|blisters?|eczema|earlobes?|lobes?|cuts?|eyes?) weep\w+)(?! (?:wounds?|sores?|rash|skin|eczema|blisters?|cuts?|willow|fig)(?![a-z]))
(?:i\W?m|i am|i was|i feel|i felt|i\W?ve been|i have been|feeling|left me|made me|makes me) (?:so |really |very |extremely |absolutely |completely |quite |truly |just |utterly |deeply |incredibly |genuinely |honestly )?(?:stressed|anxious|miserable|depressed|heartbroken|distressed|desperate|hurt|sad|exhausted|traumati[sz]ed)
(?:anxiety|heartache|misery)
(?:ruined|spoiled|wrecked) (?:my |our |the |his |her )&(?:day|week|weekend|birthday|holiday|christmas|evening|trip|mood|wedding|party|gift|surprise|anniversary)
(?:broke|breaks|breaking) my heart
(?:can\W?t|cannot|couldn\W?t|could not) (?:sleep|stop crying|take (?:it|this) any ?more)
(?:i\W?m|i am|we\W?re|we are) (?:s+o+ |really |just |completely |totally )?done with (?:this|you|it|waiting|your|these|the whole)
(?:losing|lost) (?:sleep|my (?:mind|temper|patience|nerve))(?<!(?:admit|admitted|sorry|apologi[sz]e|apologi[sz]ed|realise|realize) (?:that )?i lost my \S+)
(?:shaking|trembling) with (?:anger|rage)
(?:i\W?m|i am|i was|i\W?m still|still) (?:still |literally |actually )?(?:shaking|trembling)(?! (?:hands|the|it|out))
(?<!(?:it|this|that|which|they|these|he|she) )(?:i )?could (?:have|\W?ve) (?:strangled|throttled|murdered|killed|screamed at) (?:someone|somebody|anyone|everyone|the (?:\S+ )?(?:courier|packer|seller))(?! for)
(?:меня|нас) (?:(?:этот|эта|это|эти|этим|этой) )?(?:\S+ ){0,2}?(?:добил|добила|добило|добили|доконал|доконала|доконало|доконали)(?![а-яё])
(?:добил|добила|добило|добили|доконал|доконала|доконало|доконали) меня(?! (?:морально|цен))
(?:готова|готов|готовы) была? (?:убить|придушить|задушить|прибить) (?:кого-нибудь|кого-то|всех|курьера|продавца)
my blood (?:is |was )?boiling
(?:at the end of my tether|at my limit)
despair~
(?:horrif(?:ied|ic|ying)|mortified|gobsmacked|flabbergasted|dismayed|disheartened|sickened|speechless|traumati[sz]ing|distressing)
(?:lost|at a loss) for words
(?:crushed|shattered|annoyed|irritated|embarrassed|humiliated|ashamed)(?<=(?:i\W?m|i am|i was|i feel|i felt|i\W?ve been|i have been|we\W?re|we are|we were|we felt|feeling|left me|left us|made me|makes me)\s+(?:(?:so|really|very|extremely|absolutely|completely|utterly|quite|truly|just|beyond)\s+)?\S+)
(?:worried sick|sick with worry)
wreck(?<=(?:i\W?m|i am|i was|i feel|i felt|i\W?ve been|i have been|we\W?re|we are|we were|we felt|feeling|left me|left us|made me|makes me)\s+(?:(?:so|really|very|extremely|absolutely|completely|utterly|quite|truly|just|beyond)\s+)?(?:a\s+)?(?:(?:nervous|complete|total|emotional)\s+)?wreck)
breaking point(?<=(?:i\W?m|i am|i was|i feel|i felt|i\W?ve been|i have been|we\W?re|we are|we were|we felt|feeling|left me|left us|made me|makes me)\s+(?:(?:so|really|very|extremely|absolutely|completely|utterly|quite|truly|just|beyond)\s+)?at\s+(?:(?:my|a|the)\s+)?breaking\s+point)
in (?:complete |total |utter |absolute |such )?shock(?! (?:absorb|proof|resist|mount|wave|sensor|test)~)
nerves(?<=my\s+nerves) (?:are|were|have been) &(?:shot|frayed|shredded|gone|in tatters|in pieces|wrecked)
nervous wreck
hair out(?<=(?:pulling|tearing|ripping)\s+my\s+hair\s+out)
(?:driving|drives|drove|driven) (?:me|us) (?:absolutely |completely |totally )?(?:crazy|mad|insane|nuts|bananas|up the wall|round the bend|around the bend|to despair|to tears|to distraction)
sick to (?:my|the pit of my) stomach
patience(?<=(?:my|our)\s+patience) (?:has |had |is |was )?&(?:run out|ran out|running out|gone|exhausted|wearing thin|worn thin|running thin|at an end|snapped)
patience(?<=(?:lost|losing|run out of|ran out of|running out of)\s+(?:all\s+)?(?:(?:my|our)\s+)?patience)
enough is enough
had it(?<=(?:i\W?ve|i have|we\W?ve|we have)\s+had\s+it) (?:up to here|with (?:you|this|these|your|the))
(?:scream|yell|weep|howl)(?<=(?:want|wanted|wanting)\s+to\s+\S+)
в панике
(?:так |очень |сильно |жутко |до смерти )?(?:пере)?испугал(?:ась|ся|ись)
terrified
petrified
scared (?:to death|stiff|out of my wits)
(?:i|we) (?:was|were) (?:so |really |very |absolutely )?(?:scared|frightened)
panick(?:ing|ed)
in (?:a|full) panic
freaking out
(?:охренеть|офигеть|афигеть|обалдеть|прифигеть|офонареть|опупеть|ошалеть)
(?:паникую|паникуем|запаниковал~|(?:меня )?(?:охватила|накрыла|началась) паника)
терпение &(?:лопнуло|лопается|на исходе|кончилось|кончается|закончилось|заканчивается|иссякло|на пределе)
(?:лопнуло|кончилось|закончилось|иссякло) &терпение
(?:вся |весь |все |уже )?на нервах
(?:нервы|нервишки) &(?:ни к ч[её]рту|сдали|сдают|шалят|не железные)
терпение &3не железное
(?:действует|действуете|действуют) &на нервы
(?:вся |весь |совсем )?извел(?:ась|ся|ись)
изводит~ (?:меня|нас)
(?:мне|нам) &горько
(?:горько и обидно|обидно и горько)
отчая(?:лась|лся|лись|ваюсь|ваться)
возмутительн~
возмути(?:л|ло|ла|ли|лся|лась)
безобрази[ея]
(?:внутри|во мне) (?:вс[её] )?(?:кипит|закипает)
вс[её] (?:внутри|во мне) (?:кипит|закипает)
кровь &(?:кипит|закипает|стынет)
закипаю
слов (?:просто |уже |больше |у меня )?нет(?=\s*[.,!?:;…—-]|\s*$)
до сих пор тряс[её]т
аж тряс[её]т(?! (?:от вибрац|при)~)
шок(?<=(?:просто|полный|какой-то|какой|у меня|у нас|у него|у неё|у нее|испытала|испытал|настоящий|был|это)\s+шок)(?![а-я-])
(?:терпеть|выносить|выдержать)(?<=не\s+(?:могу|можем)\s+(?:больше\s+)?(?:(?:это|этого|такое)\s+)?\S+)
терпеть не могу
жесть(?<=(?:просто|полная|какая-то|какая|ну)\s+жесть)
жесть (?:какая|просто|полная)
(?:сижу|сидела|сидел|сидим) &и (?:плачу|плачем|реву|рыдаю)
(?:плачу|плачет|реву|ревет|рыдаю|рыдает|плакал~|ревел~|рыдал~)(?<=(?:до сих пор|весь вечер|всю ночь|который день|целый день|полдня|полночи)\s+(?:\S+\s+)?\S+)
пережива(?:ю|ла|л|ем|ли)(?<=(?:так|сильно|ужасно|жутко|безумно)\s+(?:\S+\s+)?\S+)
(?:злит|злило|разозли~|разозл[её]н~|обозлил~)
чуть (?:не )?поседел~
let down(?<=(?:feel|felt|feeling|so|really|totally|completely|very|utterly)\s+let\s+down)
(?:final|last) straw
words (?:fail|failed) me
insane(?<=(?:this is|it\W?s|that\W?s|absolutely|totally|just|completely)\s+insane)
freak(?:ing|ed) out
disgrace~
shocking(?! (?:me|us|when|if)(?![a-z]))
(?:плакал~|ревел~|рыдал~) &(?:весь|всю|целый|полдня|полночи|до утра|навзрыд)
зл(?:ая|ой|ые) как (?:собака|собаки|ч[её]рт|черти|мегера|фурия)
(?:зла|злая|злой)(?<=я\s+(?:(?:так|очень|ужасно|жутко|страшно)\s+)?\S+)(?=\s*[.,!…]| на)
в ауте
на взводе
(?:распирает|колотит|тряс[её]т|бомбит|разрывает) &от (?:злости|возмущения|обиды|негодования|ярости|бешенства)
(?:колотит|бомбит)(?<=(?:меня|нас)\s+(?:\S+\s+)?\S+)
(?:больше так|так больше|так больше уже) не (?:могу|можем)(?=\s*[.,!…]|\s*$)
не (?:могу|можем) так больше(?=\s*[.,!…]|\s*$)
`;

// Fullwidth and emoji marks shout too (‼, ⁉, ！！).
export const SHOUTING_PUNCTUATION = /[!?！？]{2,}|[‼⁉]/g;

/** Faces and gestures of anger, disgust, sadness, crying or tears of laughter; a smiley, a prayer and an object (📦, 🔌) do not count. */
export const EMOTIVE_EMOJI =
  /[\u{1F620}-\u{1F62F}\u{1F613}\u{1F614}\u{1F63E}\u{1F63F}\u{1F97A}\u{1F979}\u{1F92C}\u{1F92E}\u{1F92F}\u{1F4A9}\u{1F631}\u{1F616}\u{1F61E}\u{1F61F}\u{1F622}\u{1F630}\u{1F4A2}\u{1F494}\u{1F926}\u{1F644}\u{1F612}\u{1F641}\u{2639}\u{1F602}\u{1F923}]/gu;

/** Blanket labels for the seller's honesty or intent; a factual account of what happened is not one. */
export const ACCUSATION = wordPattern`
(?:ну |да )?(?:конечно|разумеется),? (?:опять|снова|как всегда|в очередной раз) (?:почта|курьер|доставка|таможня|склад)
(?:валите|валят|сваливаете|сваливают|спихиваете|спихивают) &(?:всё |все )?на (?:почту|курьер|доставку|таможню|склад)~
(?:of course|naturally|sure),? (?:it\W?s )?(?:the )?(?:post|postal service|courier|carrier|customs)(?: office)? again
(?:always|conveniently) blam(?:e|ing) (?:it on )?(?:the )?(?:post|postal service|courier|carrier|customs)
на (?:воре|вор[еу]) (?:и )?шапка горит
(?:поддержк|платформ|али|алиэкспресс|aliexpress|арбитраж|администраци|модератор)\S* &3(?:(?:всегда|вечно|как всегда|опять) (?:на стороне|за)|заодно с) (?:продавц|селлер|мошенник)~
(?:поддержк|платформ|али|алиэкспресс|aliexpress|арбитраж|администраци|модератор)\S* &3(?:всегда|вечно|как всегда|опять|снова|как обычно) (?:встанет|встает|встаёт|встают|встанут|становится|станет|вста[её]т) на сторону (?:продавц|селлер|мошенник)~
(?:продавц|селлер|мошенник)\S* (?:вы |они |площадка |поддержка )?(?:всегда |вечно |как всегда |опять )?(?:прикрывает|прикрываете|прикрывают|покрывает|покрываете|покрывают|выгораживает|выгораживаете|выгораживают)
(?:покупатель|клиент) (?:у вас |здесь |тут )?всегда (?:неправ|виноват)
(?:вы|вы же|вы ведь) (?:\S+ )?(?:всегда|вечно|опять|снова|как обычно|как всегда) (?:\S+ )?(?:встанете|вста[её]те|становитесь|станете|будете) (?:на стороне|на сторону) (?:продавц|селлер|магазин)~
(?:вы|вы же|вы ведь) (?:\S+ )?(?:встанете|вста[её]те|становитесь|станете|будете) (?:на стороне|на сторону) (?:продавц|селлер|магазин)~,? (?:как всегда|как обычно|как и всегда|как в прошлый раз)
(?:you\W?ll|you will|you always|you\W?re going to) (?:\S+ )?(?:side|siding|stand) with the seller,? (?:as (?:always|usual)|again)
(?:обычная|стандартная|привычная|известная|любимая) (?:практика|схема|уловка|тактика) &3(?:всех|многих|здешних|местных|китайских|таких) (?:\S+ )?(?:продавц|магазин|селлер)~
(?:рассчитыва|надеет|надеют)~ на (?:доверчивость|наивность|невнимательность|лень|безграмотность) (?:покупател|клиент|людей)~
не (?:случайность|ошибка|совпадение|недосмотр),? а (?:способ|схема|умысел|расч[её]т|политика|бизнес|метод)
(?:standard|common|usual|normal|regular) practice (?:at|in|for|with) (?:your|this) (?:store|shop|company|business)
(?:разумеется|конечно|ну конечно|ну разумеется),? (?:совершенно |абсолютно |чисто |исключительно )?случайно
(?:of course|naturally|sure),? (?:purely |completely |totally |entirely )?by (?:accident|mistake)
(?:продать|продаете|продаёте|продавать|продали|продаешь|продаёшь|впарить|впариваете|впарили) &3(?:б/у|бу|бэушн~|ношен~|использованн~|восстановленн~|подделк~|копи~|реплик~|фейк~|пал[её]нк~) &3(?:как|под видом|за) (?:нов|оригинал|подлинн|новы)~
(?:(?:you|they|you guys|this (?:store|shop|seller)) (?:\w+ )?(?:sell|sold|selling|sells|pass(?:ed|ing)? off)|selling|shipping|sending|passing off) (?:\w+ ){0,3}?(?:used|refurbished|second.?hand|fake|counterfeit|knock.?off|replica)s? (?:\w+ ){0,2}?as (?:new|brand new|originals?|genuine|authentic)(?![a-z])
(?:standard|usual|common|typical) (?:practice|trick|tactic|scheme) (?:of|for|among) (?:all |every |most |these |such )?(?:sellers|shops|stores)
not (?:an accident|a mistake|a coincidence),? (?:but|it\W?s) (?:a way|a scheme|a tactic|deliberate|a trick)
(?:support|aliexpress|the platform|arbitration|moderators?) &2(?:always|only ever|invariably|just|conveniently) (?:sides?|siding|side|stands?) (?:with|by) (?:the )?(?:sellers?|scammers?)
(?:support|aliexpress|the platform|arbitration|moderators?|they) &2(?:always|only ever|invariably|conveniently) (?:takes?|taking) (?:the )?(?:sellers?|scammers?)\W?s? side
не обманешь,? (?:— |- )?не продашь
рыльце в пушку
на[её]б(?:алов~|ал(?:и|а|о)?|ыва(?:ют|ете|ет|ли|ние|ть)|к(?:а|и|у|ой)|щик~)
жук(?:и|а)?(?<=(?:вы|ты) (?:и |же |все |просто |ещё |еще )?жук(?:и|а)?)
мошенн~
барыг~
обманщи~
алая[қк](?:тар|сыз|сыңдар)?
шахра(?:ї|и|й|я|ю|єм|ям|ями|ів)
ошуканц~
ошуканец
махляр~
ашуканц~
скам(?:а|ом|ы|ить|ят|ите|ил|или|ила)?
скамер~
(?:за|на)скам(?:и|я)~
обман(?:а|у|ом|ы|ов|ам|ами|ах)?(?! зрения)
обману~
обманыва~
кидал(?:а|ы|е|у|ой|ам|ами|ах|ово|овка|овке|овку|овом)
(?:меня|нас) кидал~
кидали (?:меня|нас|покупател~|людей|клиент~)
(?:меня|нас) (?:кинули|развели|надули|нагрели|обули|облапошили|обвели вокруг пальца)
(?:кинули|развели|надули|нагрели|обули|облапошили) (?:меня|нас)
облапоши~
развод(?:илово|ят|ите|ит|ила|ом|а)?(?! руками)(?! (?:зубьев|зуба|пил))
жульнич~
проходим(?:ец|цы|цев|цам|цами)
прохинде~
афер(?:а|ы|у|ой|ам|ами|ах|ист~)
нечестн~
бесчестн~
недобросовестн~
обворова~
крад[её]те
пудри(?:те|ть|ли|т) &мозги
очки втира~
втира(?:ете|ют|ть|ли) &очки
лапш~ на уши
(?:(?:don\W?t|do not|stop|no more) )?(?:hang|hanging|hangs|put|putting) (?:\w+ )?noodles on (?:my|our|people\W?s|buyers\W?) ears
(?:вешать|вешаете|вешают|навешали) &лапш~
(?:рассказывайте|не рассказывайте|не надо|хватит) (?:мне )?(?:сказки|сказок|басни|басен)
сказки (?:мне )?(?:рассказывать|рассказываете|рассказывают)
(?:рассказываете|рассказывают|рассказывали|рассказывает) &2(?:сказки|байки|басни)
(?:сказки|сказку|байки|басни)(?<=(?:опять|снова|очередн[а-яё]*|ваши|ваша)\s+(?:\S+\s+)?\S+)
(?:прода[её]те|торгуете|продают|торгуют|продавать|продаете) воздух~
selling (?:thin )?air
conned
lying about (?:the|your|its|what|how|where|when|delivery|shipping|tracking)(?![a-z])
мухл(?:юете|юют|юет|евать|еж|ёж|ежа|ежом)
впари(?:ть|ли|ла|л|вать|вают|ваете|вает)
втюх~
всучи(?:ть|ли|ла|л)
подсун(?:ули|ул|ула|уть)(?! &под (?:дверь|коврик))
подсовыва~
лж[её]те
лжец~
лгун~
врун(?:ы|ов|ам|ами|ья|ьи|ишк~)?
ложь
лжи
брехн~
бреш(?:ете|ут|ет)
п\w?[зс]д[её]ж~(?! а не )
вор(?:ы|ов|ам|ами|ье|ьё|юги?|уют|уете|овство|ишки)?
жулик~
хитрец~
хитрожоп~
пройдох~
жуль[её]
аферист~
шарлатан~
лохотрон~
вы (?:все )?врете
вы &(?:врали|наврали|соврали|брешете)
наврали
соврали
навр[её]те
(?:ввели|вводите|ввести|вводят|вводит) &в заблуждение
вы &2(?:украли|своровали|обокрали|присвоили|прикарманили)
(?:украли|присвоили|прикарманили) (?:мои|наши) деньги
прикарман~
(?:развели|разводите|разводят) &на деньги
разводил[аы]
кидалово
дур(?:ите|ят|ит|или|ить) &(?:покупател|людей|народ|клиент|нас|меня)~
надувательств~
обвешива~
кида(?:ете|ют|ет) &(?:покупател~|людей|клиент~|всех|нас|меня|народ)
нажива(?:етесь|ются|ться) на
за лоха
грабеж
обдираловк~
вранье
враньё
scam~
fraud(?<!action fraud)(?:s|sters?|ulent|ulently)?(?! (?:department|dept|team|unit|section|protection|prevention|alert|claim|report|investigation|line|case)(?![a-z]))
bait.?and.?switch~
switcheroo
con (?:jobs?|games?|tricks?)
(?:it\W?s|this is|that\W?s|what) an? (?:(?:total|complete|classic|proper|real|obvious|nice little|right) )?(?:scheme|hustle|con|swindle|grift)(?![a-z-])
(?:it\W?s|this is|that\W?s|what) an? (?:total|complete|classic|proper|real|obvious|nice little|right) racket(?![a-z-])(?! (?:for|with|and|bag|string|handle|grip)(?![a-z]))
spivs?
chancers?
shysters?
grifters?
hustlers?
(?:dodgy|shady|sketchy|crooked|scammy|shonky)(?: \S+)? (?:sellers?|shops?|stores?|business(?:es)?|outfits?|dealers?|practices?|operations?|lot|people|company|companies|vendors?)
(?:seller|shop|store|outfit|you|you lot) (?:is|are|\W?re|seems?|looks?) &(?:dodgy|shady|sketchy|scammy|shonky)
(?:dodgy|shady|sketchy|crooked|scammy|shonky),? (?:this|that|these) (?:shop|store|seller|lot|outfit)s?
lie[ds]? to (?:me|us|customers|buyers|people)
(?:pack|bunch|load) of lies
(?:outright|blatant|barefaced|bare.faced|total|complete|shameless) lies?
thie(?:f|ves|ving)
stole my
you stole
cheat(?:ed|ers?|ing|s)?(?! (?:sheets?|codes?|mode|day|meal)(?![a-z]))
liars?(?!['’]s)
(?:пи[зс]д|3,1[4ч]зд|пи3д|п1зд)[ао]бол~
(?:ответ|слова|отговорк|обещани|объяснени|отмазк|отписк)~ &6(?:пи[зс]д|3,1[4ч]зд|пи3д|п1зд)[её]ж~
huijar~
betr(?:ü|u|ue)ger~
abzocke~
вы (?:же )?знали,? (?:что|об этом) &8(?:вс[её] равно|вс[её]-таки|тем не менее)
(?:you are|you\W?re|stop|quit|you keep|you\W?ve been|you have been) lying
lying to (?:me|us|customers|buyers|people|your customers)
you &(?:lied|lie) (?:to|about|in)
lying (?:cheats?|sellers?|store|shop|scum|crooks?|b\S{0,2}tch(?:es)?|bastards?|thie(?:f|ves)|manager|managers|staff|team|agents?|company|a\S{2}holes?|arseholes?|rats?|snakes?)
(?:о )?велик~ комбинатор~
ловко (?:же )?вы (?:это )?(?:придумали|устроились|провернули|обставили|схитрили)
(?:деньги|денежки|бабки)(?<!оставьте (?:деньги|денежки|бабки)) (?:себе|в карман)(?=\s*(?:[.!,;]|$))
(?:ripp(?:ed|ing)|rips?) (?:me|us|people|customers|buyers|everyone) off
(?:daylight|highway) robbery
rob(?:bed|bing) (?:me|us|people|customers|buyers)
fleec(?:ed|ing) (?:me|us|people|customers|buyers)
(?:duped|conned|hoodwinked|swindled|tricked|trick|tricking|fool|fooling) (?:me|us|people|customers|buyers)
(?:trying|try|tried) to fool
running (?:a|this|your) &(?:racket|scam|con|scheme|hustle)
took (?:me|us) for a ride
(?:to|you) mislead~
misled (?:me|us|buyers|customers|people)
rip\W?offs?(?<=(?:a|total|complete|absolute|such a|what a|is|it\W?s|this\W?s|that\W?s|pure|utter|blatant|massive|huge|big|real|another)\s+rip\W?offs?)
rip\W?offs? (?:merchants?|artists?|sellers?|shops?|stores?|prices?|outfits?)
rip off(?<=(?:to|you|they)\s+rip\s+off) (?:customers|buyers|people|me|us|everyone)
rip off(?<=(?:sellers?|shops?|stores?|people|companies|those|anyone) who\s+rip\s+off)
(?:you|they) (?:knew|were aware)~ &10(?:anyway|regardless|all the same|nonetheless)(?![a-z])
(?:don\W?t|do not|doesn\W?t|does not|never|not) (?:really |even )?(?:care|give a \S+) &10(?:as|so) long as (?:the |you get (?:your |the )?|you )?(?:money|cash|profits?|payments?) (?:comes? in|keeps? coming|flows?|rolls? in|is paid)
лишь бы (?:впарить|продать|сбыть|нажиться|сбагрить|деньги)
dumping (?:recalled|faulty|defective|unsafe|dangerous|old|expired|fake|counterfeit) &\S+ on
(?:you are|you\W?re|you) robbing
(?:вы|ты) (?:же )?знали,? (?:когда|что) (?:отправля|отправил|продава|продавал|высыла|слали)~
(?:всегда|постоянно|вечно|все такие),? &2(?:недокладыва|недоклад|обвешива|обсчитыва|недолож)~
(?:very nice|nice|great|such|what|lovely|wonderful|fine|real) honesty
(?:rating|ratings|reviews?|feedback|stars?)(?: \S+)? (?:is|are|were|was) (?:obviously |clearly |all |probably |definitely )?(?:bought|paid for|paid|fake|faked|fabricated)(?![a-z])
(?:отзывы|рейтинг)~ &2(?:куплен|накручен|проплачен|фейков|липов)~
иуд(?:а|ы)(?= вы| ты|,)
cowboy (?:outfit|operation|firm|company|traders?|sellers?|shop|store|business)s?(?<=(?:proper|right|real|total|complete|absolute|typical|bloody|such a|what a|bunch of|another|you\W?re a|you are a|is a|are)\s+cowboy\s+\S+)
(?:торгуете|торгуют|торгуешь|продаете|продают|продаешь|подсовываете|подсовывают|впариваете|впаривают) &(?:заведомо |сплошь |одни )?(?:подделк|фальсификат|контрафакт|фальшивк|палень|паль)~
crooks?(?<!(?:shepherd\W?s|bishop\W?s|crozier|crook) crooks?)(?! (?:hooks?|locks?|handles?|neck|stick|of (?:the|my|your|his|her) (?:arm|elbow|neck|finger)))
swindl~
dishonest(?:y|ly)?
deceiv~
deceptive
unscrupulous
untrustworthy
theft(?<=(?:is|it\W?s|that\W?s|this is|pure|outright|plain)\s+theft)
(?:you\W?re|you are|are you) &stealing
stealing from (?:customers|buyers|people|me|us)
deceit~
false advertising
(?:was|is|it\W?s|this was|that was) (?:no|not an?) accident(?! (?:that )?(?:i|we|my|our)(?![a-z]))
con artists?
con(?<=(?:is|was|are)\s+(?:a|one big|just a|nothing but a)\s+(?:\S+\s+)?con)(?![a-z-])(?! (?:jobs?|games?|tricks?|artists?)(?![a-z]))
robbery(?<=(?:is|it\W?s|this is|that\W?s|pure|plain|outright|total|absolute)\s+robbery)
вр[её]те
вр[её]шь
(?:you have|you\Wve|you) (?:\S+ )?(?:defrauded|swindled) (?:me|us)
брешешь
брешете
(?:хватит|не надо|перестаньте|прекратите|сколько можно|не нужно) &(?:врать|лгать|обманывать|брехать)
не (?:врите|лгите|обманывайте|дурите|пудрите|вешайте|брешите)
не (?:держите|считайте) &(?:меня|нас|покупател~|людей|клиент~) за (?:дурак~|дуру|дур|идиот~|лох~|лопух~|простак~|дурачк~)
не верю &(?:ни одному|ни единому) &слову
(?:don\W?t|do not|can\W?t|cannot) believe (?:a|one|a single) word (?:you|of)
(?:кинули|нагрели|обули|надули) на (?:деньги|бабки|\d+)
(?:don\W?t|stop|quit) play(?:ing)? dumb
playing dumb
(?:не )?прикидыва(?:етесь|ются|ться|лись|йтесь)
делаете вид,? (?:что|будто) &не (?:понимаете|видите|знаете|поняли|видели)
pretend(?:ing|ed)? (?:not to|you don\W?t|that you don\W?t|you didn\W?t) (?:understand|know|see|get)
(?:think|thinks|thought|take|took) (?:i\W?m|i am|i was|we\W?re|we are|your customers are|buyers are|people are) &(?:stupid|dumb|idiots?|fools?|naive|gullible|blind)(?: enough)?(?= to| enough|\s*\?)
born yesterday
(?:думаете|думали|считаете|рассчитываете),? (?:что )?(?:я|мы|покупатели|покупатель|люди) &(?:поверю|поверим|поверят|поверит|поведусь|поведемся|поведёмся|поведутся|поведется|поведётся)
fob(?:bed|bing|s)? (?:me|us|customers|buyers) off
pocket(?:ed|ing|s)? (?:my|our|the|his|her|their|people\W?s|buyers\W?) &(?:money|cash|payment|refund)
(?:took|take|taking|takes) (?:my|our|the|people\W?s|buyers\W?) money and (?:ran|run|running|disappeared|vanished|went silent)
lies?(?<=(?:is|was|are|were|it\W?s|that\W?s)\s+(?:a|all|just|nothing but|one big)\s+(?:(?:total|complete|flat|outright|big|blatant|barefaced|downright)\s+)?lies?)(?![a-z])
(?:dirty|sneaky|underhand|underhanded|same old) tricks?
(?:the )?oldest trick in the book
(?:фокус(?:ы|ов|ами)|трюк(?:и|ов|ами))(?<=(?:ваши|ваш|старые|очередн[а-яё]*|знакомые|опять|снова)\s+(?:\S+\s+)?\S+)
уловк~
(?:fake|faked|bogus|phony|phoney|made.up|fabricated|forged) &(?:tracking|track|receipts?|proof|delivery confirmation|signatures?|proof of delivery)
(?:tracking|track|tracking number|track number)(?: you (?:gave|sent|provided)(?: me| us)?)? (?:is|was) &(?:fake|bogus|made.up|fabricated|phony|phoney|forged)
(?:липов|фейков|поддельн|фальшив|фиктивн)\w* &(?:трек|трек-номер|номер отслеживания|накладн|чек|подпис|квитанц)~
(?:левый|левого|левым) (?:трек|трек-номер|номер отслеживания)~
(?:do not|don\W?t|never) trust (?:this|these|that) (?:seller|shop|store|vendor)s?(?!['’])
не (?:доверяйте|верьте) (?:этому|этим|данному|такому) (?:продавц|магазин)~
шарашкин~ контор~
нечист(?:ы|ый|ая|ые)? на руку
бессовестн~
shameless(?:ly)?
(?:держите|держат|держали|считаете|принимаете) &(?:меня|нас|покупател~|людей|клиент~) за (?:дурак~|дуру|дур|идиот~|лох~|лопух~|простак~|дурачк~)
за (?:дурак~|дуру|идиот~|лох~|лопух~|простак~|дурачк~) &(?:держите|держат|держали|считаете|принимаете)
(?:take|taking|took|takes) (?:me|us|your customers|buyers|people) for (?:a |an )?(?:fool|idiot|mug|sucker|mugs|fools|idiots)s?
(?:водить|водите|водят|водили|водит|водили) &за нос
(?:делать|делаете|делают|сделать|сделали) &из (?:меня|нас|покупател~|людей|клиент~) (?:дурак~|дуру|идиот~|лох~|лопух~|посмешищ~)
(?:кормить|кормите|кормят|кормили|кормит) &завтраками
string(?:ing|s)? (?:me|us|buyers|customers|people) along
strung (?:me|us|buyers|customers|people) along
(?:решил~|хотел~|пытал~|пытаетесь|хотите|решили) &(?:меня|нас) (?:кинуть|развести|надуть|обмануть|обуть|нагреть|облапошить)
(?:развели|кинули|надули|обули|нагрели|облапошили) &как (?:лох|дурак|последн|ребенк|дурачк)~
(?:таких|этих|всех|вас) кидал(?![а-я])
кидал(?= &3(?:учат|наказыва|помню|не прощают|находят|вычисляют))
(?:пишут|пишете|показывают|показываете|обещают|обещаете|рекламируют|рекламируете|продают|прода[её]те|выставляют|выставляете) одно,? (?:а )?(?:шлют|шл[её]те|присылают|присылаете|отправляют|отправляете|привозят|высылаете|высылают|кладут|кладете|кладёте) (?:совсем )?другое
(?:advertis|show|list|sell|promis|pictur|describ)\w* one thing,? (?:and |but |then )?&(?:send|ship|deliver|give)\w* &(?:another|something else|something different)
you knew &8(?:when|before) you (?:shipped|sent|packed|posted|listed|sold|dispatched)
(?:и|а) вы (?:это )?(?:прекрасно|отлично|сами|и так|и сами|не хуже меня) (?:это )?знаете
and you know it(?! &(?:works|is|was|isn))
вы (?:же |ведь |прекрасно |отлично )?знали,? &8когда (?:отправляли|отправили|продавали|упаковывали|высылали|выставляли)
(?:и|а|но|ведь|и ведь) вы (?:же |ведь |прекрасно |отлично |всё |все )?(?:об этом|о нем|о ней|о них|про это|о дефекте|о браке|о трещине|о вмятине|о поломке|про брак|про дефект) &знали
(?:and|but) you &knew (?:it|that|about it|about this|about the (?:defect|damage|fault|crack|dent|problem))(?=\s*[.!?;]|$)
(?:that\W?s|that is|this is|it\W?s|is) &3(?:the|your) business model
(?:такая|ваша|это ваша|вот и вся) бизнес-модель
is it (?:your |the |company |shop |store |the shop\W?s |the store\W?s |the company\W?s |your company\W?s )?policy to (?:ship|send|sell|deliver|pass off) &4(?:as new|used|fakes?|broken|defective|damaged|counterfeit|second.hand|wrong|short)
(?:is|are) (?:just |more of |apparently |clearly |evidently )?a state of mind
`;

/**
 * Words that say a thing was done on purpose. They accuse only when the seller did it: "я специально заказала
 * размер больше" and "I deliberately ordered a size up" are the buyer's own doing (see `findAccusations`).
 */
export const INTENT = wordPattern`
(?:специально|нарочно|намеренно|преднамеренно|умышленно|сознательно|заведомо|целенаправленно|неслучайно|не случайно)(?! (?:для|под|к|чтобы|на)(?![а-я]))
on purpose
deliberately
intentionally
knowingly
purposely
purposefully
wil?fully
intentional
(?:намеренн|умышленн|преднамеренн)(?:ая|ый|ое|ые|ую|ой|ым)
deliberate(?! (?:choice|decision|design|about|over|on|whether)(?![a-z]))
`;

/** Sarcasm about honesty: scare quotes around "mistake", "ну конечно, случайно", "another honest mistake". */
export const SARCASTIC_ACCUSATION = wordPattern`
ну (?:конечно|да|разумеется),? &3[«"“]?(?:случайно|по ошибке|ошиб\w*|недосмотр\w*|совпадени\w*)
[«"“](?:случайно|по ошибке|ошибк~|ошибочк~|ошибочно|недосмотр~|честн~|совпадени~|нечаянно)(?: \S+){0,3}?[»"”]
(?:такое|это|ошибки) (?:ведь |же )?(?:с каждым|со всеми|у всех) (?:бывает|случается|бывают)
(?:опять|снова|в (?:очередной|третий|который) раз) &2(?:случайно|по ошибке)
(?:хотя бы|хоть) &честн~
(?:как|какой|какая|какие) (?:же )?(?:честн|благородн|порядочн)~(?=[!?]| (?:продав|магаз|с вашей))
(?:какая|какой|какое) (?:же )?(?:у вас |у тебя |ваша |твоя |ваше )(?:честность|порядочность|благородство|честное)
(?:разумеется|конечно|безусловно|естественно|of course|naturally),? &3(?:честнейш|порядочнейш|благороднейш|the most honest)~
верю,? верю
(?:ага|ну да|ну-ну),? (?:конечно|как же)(?=\s*(?:[.!…]|$))
так я (?:вам )?и поверил~
охотно верю
(?:a|that\W?s a|what a) likely story
[«"“'‘](?<!(?:[а-яёa-z]|(?:указано|написано|сказано|значится|заявлено|отмечено|стоит|пишут|пишете|says|said|reads|listed as|described as|marked|labell?ed|titled|called)[:,]?\s)[«"“'‘])(?:нов(?:ый|ая|ое|ые|ую|ых|ыми|ым|ой)|оригинальн~|фирменн~|new|brand new)[»"”'’]
как (?:ещё|еще|иначе) &(?:это )?(?:назвать|называть|назовешь|назовёшь)(?<=(?:развод|обман|мошенни|жуль|кидал|воровств)[^.!?\n]{0,60})
(?:what else (?:would|do|can|could) (?:you|i|one|we) call|how else (?:would|do|can|could) (?:you|i|one|we) (?:call|describe))(?<=(?:scam|fraud|con|theft|cheat|lie|lying)[^.!?\n]{0,60})
(?:отда\S* должное|восхища\S*|снимаю шляпу перед) &ваше\S* (?:ловкост|изобретательност|находчивост|фантази|смекалк)~
(?:compliment|admire|hand it to|applaud) &your (?:photographer|creativity|imagination|ingenuity|photoshop|editing|copywriter)
pull the other one
spare me the &(?:stories|story|fairy tales?|lies)
(?:какое|вот это) совпадение
(?:oh,? sure|yeah,? sure|yeah,? right|oh,? right),? &4(?:honest|accident|mistake|coincidence|error|mix.?up|glitch|oversight)~
(?:ага|ну да|как же|yeah right|so.called|так называем\w*),? &3[«"“']?(?:оригинал|качествен|честн|гаранти|случайн|ошибк|ошибочк|original|genuine|honest|quality|warranty)~
[«"“'](?:оригинал|original|genuine)~[»"”'],? (?:как же|ага|yeah right|sure)
['"‘“«]&2(?:mistake|accident|error|coincidence|glitch|mix.?up|oversight|forgot|forgotten|mixed|случайн|ошибк|ошибочн|недосмотр|сбой|совпадени|забы|перепутал|не заметил)~(?: \S+){0,2}?['"’”»](?! (?:line|excuse|answer|reply|response|script|template|argument|отговорк|отмазк|ответ|отписк|шаблон)\w*)
['"‘“](?:honest mistake|mistake|accident|by accident|accidentally|error|coincidence|mix.?up|glitch|genuine|original|honest)['"’”]
(?:another|yet another|one more|again,? an?) &(?:honest|innocent) (?:mistake|error|mix.?up)~
(?:honest|innocent) (?:mistakes?|errors?) (?:again|every time|twice)
what a (?:coincidence|surprise|shock)
(?:just|yet) another (?:coincidence|accident)
(?:i\W?m sure|surely|of course|no doubt) (?:it\W?s |it was |this is |that was )?(?:just |purely |only |pure |a pure |sheer )?(?:a |another )?coincidence
(?:interesting|funny|curious|strange|odd) (?:how|that) &8(?:right|just|only|immediately|exactly) (?:after|when|before) (?:i|we) (?:paid|ordered|opened|complained|asked|left|wrote)
(?:интересно|забавно|странно|любопытно),? (?:что|как) &8(?:сразу|как раз|именно|ровно) (?:после того,? как|когда|перед тем,? как) (?:я|мы) (?:оплатил|заказал|открыл|пожаловал|написал|оставил|попросил)~
what an? &coincidence
(?:какое|вот это|вот так) &совпадение
(?:funny|amusing|curious) (?:how|that) &8(?:always|every (?:single )?time|each time|every|each|never|somehow)
(?:funny|amusing|strange|odd) how (?:your|all your|so many of your) (?:reviews|parcels|orders|customers|buyers|items)
(?:забавно|смешно|любопытно),? (?:что|как) &8(?:всегда|каждый раз|каждый|каждая|каждое|вечно|всё время|постоянно|никогда)
my(?<=[a-z](?:,\s|\s\s)my) (?:foot|arse|ass)(?=\s*[.!?])
nice try
(?:честн|порядочн|над[её]жн)\w* &(?:ничего не скажешь|нечего сказать)
(?:very|so|how) honest of you
(?:honest|innocent) (?:mistake|error)\?
(?:честная|досадная|случайная) ошибка\?
(?:хорошая|неплохая|отличная) попытка
(?:ваш|ваша|ваше|ваши|your) [«"“'](?![а-яё]+(?:ите|йте)(?![а-яё]))(?!(?:send|try|check|wait|take|restart|reinstall|reset|update|contact|use|please|just|make|provide|upload|attach|open|charge|turn|tighten|return)(?![a-z]))(?!(?:free (?:return|shipping|delivery)|бесплатн\w* (?:возврат|доставк|пересылк)|компенсац|compensation|offer|предложени|решени|solution|return|возврат|refund|support|поддержк|help|помощ|service|сервис|express|экспресс|bonus|бонус)\w*)\w+(?=(?: \w+){0,2}[»"”'’](?!\w))(?![^'"”»\n]{0,60}['"”»] (?:advice|instructions?|suggestion|tips?|recommendations?|solution|line|excuse|answer|reply|response|script|template|совет~|инструкци~|рекомендаци~|отговорк~|отмазк~|ответ~|отписк~|шаблон~))
[»"”'] (?:— |- )?(?:просто |just |a )?(?:сказка|анекдот|цирк|фикция|миф|фантастика|joke|fiction|myth|fairy tale)
(?:какая|вот это|ну надо же) &случайность
как (?:же )?удобно(?=\s*[,.!—:]|\s+(?:для вас|вам|получилось|вышло))
(?:какая неожиданность|кто бы мог подумать|кто бы сомневался|who would have thought|who could have guessed)
(?:опять|снова|в очередной раз|again|once again) [«"“']\w+(?: \w+)?[»"”'’]
(?:and|yeah and) i\W?m the (?:queen|king|pope)
pigs (?:can |might |will )?fly
а я &(?:папа римский|балерина|император|королева)
(?:ну да|ага|ну конечно|как же|да-да|ну-ну|yeah,? right|oh,? sure|(?<!\w )sure)(?:,? (?:ну да|конечно|разумеется|sure|right))?[,.!]? &2[«"“']\w+
(?:wow|what|such|great|real|wonderful|amazing|impressive)(?:,? \w+)? (?:honesty|integrity)
(?:вот это|вот она|какая|какая же|ну и|поразительн\w+|удивительн\w+|трогательн\w+|образцов\w+)(?: \S+)? (?:честность|порядочность|добросовестность)
yeah,? right
how (?:very )?(?:convenient|honest)
(?:honest|trustworthy|reliable|decent|upstanding)[a-z]*(?<=(?:wow|oh|well|bravo|great),?\s+(?:\S+\s+){0,2}\S+) (?:seller|shop|store|service|people|business|company|vendor)s?
(?:sure|yeah right|supposedly|allegedly|(?:ну|да),? конечно|разумеется|якобы|видите ли|ага|как же|ну да)(?:,? \S+){0,3}?,? [«"“']&2(?:lost|missing|misplaced|delayed|stuck|out of stock|sold out|damaged|потерял|потерян|затерял|задержал|задержк|застрял|перепутал|пересорт|нет в наличии|закончил|повредил)~
in your favou?r(?<=(?:always|somehow|every time|each time|invariably|conveniently|every|each)(?:\s+\S+){0,5}\s+in\s+your\s+favou?r)
в вашу пользу(?<=(?:всегда|почему-то|каждый раз|вечно|как всегда|как обычно|постоянно|неизменно|все (?:ошибки|недочеты|недочёты|пересорты|промахи|косяки))(?:\s+\S+){0,4}\s+в\s+вашу\s+пользу)
`;

/** Words before an accusation, in the same sentence, that take it back: "я не говорю, что вы специально". */
export const NEGATED_BEFORE =
  /(?:(?:not|n\W?t|never|не) (?:(?:for (?:one|a) (?:minute|second|moment)|really|even|necessarily|here|at all|trying to|going to|вовсе|совсем|ни в коем случае|хочу) )?(?:\S+ ){0,2}(?:call|calling|say|saying|accus\w*|claim\w*|suggest\w*|impl\w*|назыв[а-я]*|говор[а-я]*|утвержд[а-я]*|обвиня[а-я]*)|(?:no ?one|nobody)(?: is|\W?s)? (?:accusing|blaming|calling|saying)|никто (?:\S+ )?не (?:обвиняет|обвиняю|называет|говорит)|не (?:говорю|говорим|утверждаю|утверждаем|обвиняю|обвиняем|считаю|считаем|думаю|думаем|хочу сказать|хотим сказать|намекаю|намекаем|заявляю|подозреваю|подозреваем)|не (?:хочу|хочется|хотелось бы|буду) (?:даже )?(?:думать|верить|предполагать|подозревать)|(?:don\W?t|do not|really don\W?t) want to (?:believe|think|assume)|hope (?:it|this|that) (?:was|is)(?:n\W?t| not)|далек[аи]? от мысли|без обвинений|не в обиду|not (?:saying|accusing|claiming|suggesting|implying)|(?:don\W?t|do not|didn\W?t) (?:think|believe|mean|say|claim|suggest)(?: for (?:a|one) (?:moment|second|minute))?|no (?:accusation|offen[cs]e)|(?:report|complaint|заявлени[а-я]*|жалоб[а-я]*) (?:\S+\s+){0,2}(?:for|about|of|о|об|по факту)|(?:won\W?t|will not|wouldn\W?t|would not) call (?:it|this|you)|не буду (?:это |вас )?называть|i\W?m sure (?:it|this) (?:was|is)n\W?t)\s*[,:]?\s*(?:\S+\s+){0,6}$|(?<![а-яa-z])(?:не|ни|not|never|n\W?t)\s+(?:(?:было|был|была|done|been|do|did|it|this|that|a|an|any)\s+)?$/;
