import { wordPattern } from './patterns';

/**
 * Accusations without a label word: sentences that claim what the seller knew, meant or counted on ("вы же прекрасно
 * знали", "hoping nobody would check", «выдаёте реплику за оригинал»), call a failure a routine ("схема у вас
 * отработанная", "fake reviews", "you're all the same") or question the seller's conscience. Each line needs its
 * whole structure, so the same words in a plain account ("схема подключения", «чтобы другие знали») stay out.
 */
export const MOTIVE = wordPattern`
вы (?:же |ведь |и )?(?:сами )?(?:прекрасно|отлично|заранее|наверняка|точно|всё) знали
вы (?:же|ведь) &знали
you knew (?:exactly|full well|perfectly well|very well|damn well|fine well)
you know (?:full well|perfectly well|damn well|fine well)
you knew &4(?:when|before) you (?:sent|shipped|sold|listed|packed|posted)
you (?:clearly|obviously|certainly|surely|definitely) knew
you must have known
вы (?:же |ведь |и )?(?:сами )?(?:прекрасно|отлично) знаете,? что (?:\S+ ){0,3}?(?:продаете|продаёте|отправляете|шлете|шлёте|выдаете|выдаёте|присылаете)
you knew &8(?:and|but) (?:still |kept |continued |went on )(?:\S+ )?(?:selling|sending|shipping|to sell|listing)
(?:торгуете|продаёте|продаете|торгуешь|продаешь) &3(?:и|а) (?:(?:сами|прекрасно|отлично|всё|все|это|об этом) ){0,3}знаете
(?:думали|думаете|рассчитывали|рассчитываете|надеялись|надеетесь|решили),? (?:что )?&2(?:не (?:замечу|заметит|заметят|проверю|проверит|проверят|разберусь|разберется|разберутся|посмотрю|посмотрит|посмотрят|пойму|поймет|поймут|взвешу|взвесит|взвесят|измерю|измерит|измерят|вскроет|вскроют|прочитает|прочитают)|никто не &(?:заметит|проверит|поймет|узнает))
(?:hop(?:ed|ing)|thought|think|figured|assumed|counting on|banking on)(?: that)? (?:(?:nobody|no one|no-one) (?:would|will)|(?:i|we|the buyer|buyers|customers|people) (?:wouldn\W?t|won\W?t|would not|will not|doesn\W?t|don\W?t|didn\W?t))(?: \S+){0,2}? (?:notice|check|test|find out|look|measure|weigh|care|realise|realize)
(?:надеялись|надеетесь|рассчитывали|рассчитываете|думали|думаете),? (?:что )?(?:покупател|клиент|люди|я|мы)\w* &не (?:станет|станут|будет|будут|стану|будем) &(?:взвешива|измеря|меря|провер|считать|пересчит|замеря|вскрыва|смотреть)~
(?:такой|такая|такое|это) &способ (?:продавать|продаж|заработ|обман|впарива)~
(?:or|or just|just) (?:as )?a way to (?:sell|make money|trick|fool|cheat|get rid of)
(?:you|they|seller|and) (?:just |simply )?(?:hope|hoping|hoped)(?: that)? (?:nobody|no one|no-one) (?:ever )?(?:checks|notices|measures|weighs|counts|opens|reads|tests)
(?:теми|тех|тем|those|people|buyers|customers),? (?:кто|who) (?:не|don\W?t|do not|never|won\W?t|can\W?t) &(?:проверяет|проверяют|меряет|меряют|замеряет|взвешивает|взвешивают|вскрывает|check|measure|weigh|notice)~
(?:решили|хотели|пытаетесь|пытались|решаете) &(?:сэкономить|нажиться|заработать|навариться) на (?:мне|нас|покупател~|клиент~|людях)
(?:прода|выда|отправля|присыла|шл[её]|шл|впарива|подсовыва)\w* &4под видом
выда(?:[её]те|ют|ет|вали|вать) (?:\S+ ){1,3}?за (?:оригинал|нов|настоящ|натуральн|фирменн|брендов)~
(?:pass|passes|passing|passed) &4off as
(?:pass|passes|passing|passed) off (?:\S+ ){1,4}?as
(?:отработанн|отлаженн|проверенн|знаком|классическ|известн|мошенническ|обычн|стандартн|типичн|любим)\w* схем~(?! (?:подключения|сборки|монтажа|вышивки|вязания|установки|размеров))
схема (?:у вас )?&3(?:отработанн|отлаженн|проверенн)~
(?:схема у вас|у вас схема|это (?:у вас )?схема) такая(?!\s*:)
(?:накрученн|купленн|фейков|заказн|липов|проплаченн)\w* &отзыв~
отзыв~ &3(?:сами|себе) &(?:пиш|напис|накруч|заказ|покуп)~
(?:fake|paid|bought|planted|paid-for) &reviews?
(?:write|writing|wrote|buy|buying|bought) (?:your|their) own &reviews?
вы &(?:со всеми|всех|всем|каждого|каждому)(?: \S+)? (?:так|вот так|таким образом) (?:поступаете|делаете|обманываете|обходитесь|дурите|разводите|кидаете)
все (?:вы|продавцы|китайцы|магазины)(?: \S+){0,3}? (?:такие(?! \w+(?:ые|ие)(?![а-я]))|одинаковые|одним миром мазаны|обманывают|врут|воруют|так (?:делают|поступают)(?=\s*(?:[—–:.!,-]|$)))
(?:все|всем) &3(?:знают|известно),? (?:что|как) (?:вы|у вас|ваш)
every(?:one|body)(?<!(?:make sure|ensure|see to it|so that|until) every(?:one|body))(?: (?:on|in|at|who)(?: \S+){1,3}?)? knows(?= (?:that |about )?(?:this|these|you|your|such|sellers|shops|stores|chinese)(?![a-z]))
all (?:sellers|chinese sellers|these sellers) (?:are|do)
all (?:(?:the|these|you|chinese) )?(?:sellers|shops|stores|vendors)(?: \S+){0,3}? are (?:the same|alike|like this|scammers|crooks|thieves)
(?:you\W?re|you are|you lot are|you people are) all (?:the same|alike)
как (?:вы|вам) &(?:спите|спится)
(?:вам|как вам) &не стыдно
ни стыда,? ни совести
how do you &sleep at night
shame on you,? for (?:selling|cheating|lying|scamming|ripping|robbing|deceiving|stealing|tricking|fooling)\w*
(?:have you|you have|you\W?ve) (?:no|got no) (?:shame|conscience)
совести (?:у вас |у тебя )?&(?:нет|ни грамма|ни капли)
совесть(?<=(?:у вас|есть ли у вас|у вас вообще)\s+(?:\S+\s+)?совесть)(?= (?:есть|вообще)|\s*\?)
совесть &не (?:мучает|гложет|мучит)
knowing (?:full well|perfectly well|damn well|fine well|very well)
knowing(?<=you\s+(?:\S+\s+)?(?:sold|sent|shipped|listed|posted|packed)\s+(?:it|this|them|that|these|the\s+\S+)\s+knowing)
(?:count|counting|counted|bank|banking|banked|rely|relying|relied) on (?:(?:buyers|customers|people|me|us|the buyer) not|nobody|no one) &(?:checking|noticing|measuring|weighing|testing|looking|reading|opening)
never(?<=(?:you|they|seller)\s+(?:\S+\s+)?never) (?:intended|meant|planned|wanted) to (?:send|ship|deliver|refund|pay)
(?:had|have|has) no intention (?:of|to) (?:send|ship|deliver|refund|pay)~
не (?:собирались|собирался|собирается|собираетесь|планировали|планировал|думали)(?<=(?:вы|продавец|магазин)\s+(?:\S+\s+){0,2}не\s+\S+) &(?:отправлять|отправить|высылать|выслать|возвращать|вернуть|присылать|прислать)
designed to (?:wear &down|make (?:people|buyers|customers|us|me) give up|confuse|mislead|trick|fool)
(?:hop(?:ed|ing|e)|counting on|banking on)(?: that)? (?:i\W?ll|i will|i would|i\W?d|we\W?ll|we will|we would|the buyer (?:will|would)|buyers (?:will|would)|customers (?:will|would)|people (?:will|would)) (?:just )?(?:give up|forget|go away|lose interest|stop asking|let it go|miss the deadline|not notice)
(?:надеетесь|надеялись|рассчитываете|рассчитывали|думаете|думали),? (?:что )?(?:я|мы|покупатель|покупатели|люди) &(?:забуд|отстан|сдам|сдадимся|сдаст|сдадутся|махн|устан|плюн|передума)~
(?:you|they|the seller|seller)(?:\W?re| are| keep| kept| have been|\W?ve been| is| just)? (?:stall|stalls|stalling|stalled|playing for time|buying time|drag(?:ging)? (?:this|it|the dispute|things) out|dragging your feet|run(?:ning)? (?:out|down) the clock|string(?:ing)? (?:me|us) along)(?: \S+){0,3}? (?:until|till|so that|so (?:i|we|the|my|our)|hoping|in the hope)
(?:тянете|тянут|тянули|тянет) &(?:время|резину)(?= (?:чтобы|пока|в надежде))
(?:затягиваете|затягивает|затягивали|затянули)(?<=(?:вы|продавец|магазин)\s+(?:\S+\s+)?\S+) &2(?:чтобы|пока|в надежде)
(?:лишь бы|только бы) &не (?:возвращать|вернуть|отдавать) &деньг~
just so (?:you|they|the seller) (?:don\W?t|wouldn\W?t|won\W?t|didn\W?t|do not|would not) have to (?:refund|pay|return|answer)
(?:anything|whatever it takes) (?:to avoid|not to) (?:refund|pay)~
coincidence(?<=(?:is|was|it\W?s|that\W?s)\s+(?:no|not an?|hardly an?|never an?)\s+(?:\S+\s+)?coincidence)(?! (?:that )?(?:i|we|my|our)(?![a-z]))
coincidence(?<=(?:can\W?t|cannot|couldn\W?t)\s+(?:\S+\s+)?be\s+(?:a\s+)?coincidence)
не (?:совпадение|случайность)(?<=(?:это|тут|здесь|явно|точно|уже|вряд ли|никакое|никакая)\s+(?:\S+\s+)?не\s+\S+)
`;
