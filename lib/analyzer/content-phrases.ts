import { matches, wordPattern } from './patterns';

const MONTHS_RU = '(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр)~';
const MONTHS_EN =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const NUMBER_RU = '(?:\\d+|один|одну|два|две|три|четыре|пять|шесть|семь|десять|пару|несколько|полтора|полторы)';
const NUMBER_EN =
  '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of|several)';
const UNIT_RU = '(?:дн~|день|недел~|месяц~|час~|раз~|сутк~|сутки)';
const ORDINAL_RU = '(?:\\d+-?[а-я]{0,3}|перв|втор|трет|четверт|пят|шест|седьм|восьм|девят|десят|следующ|последн)~';
const ORDINAL_EN =
  '(?:\\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|following|same)';
// A use or an event of the item's life after which a fault shows ("after the first wash", «со второй стирки»).
const USE_EN =
  '(?:days?|weeks?|months?|hours?|minutes?|nights?|mornings?|evenings?|flights?|trips?|walks?|uses?|wash(?:es)?|charges?|rides?|wears?|tries|try|attempts?|runs?|cycles?|fittings?)';
const USE_RU =
  '(?:день|дня|дню|недел~|месяц~|сутк~|ноч~|прогулк~|мойк~|использовани~|включени~|стирк~|носк~|поездк~|примерк~|заряд~|запуск~)';
const WEEKDAYS_EN = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const WEEKDAYS_RU = '(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)';
const DAYTIME_EN = '(?:morning|afternoon|evening|night)';
// Verbs of handling the item, after which a fault is found ("when I opened", "when we fitted it").
const HANDLING_EN =
  '(?:opened|touched|held|pressed|lifted|sat on|stood on|unpacked|unboxed|unwrapped|tried|measured|plugged|turned|switched|took (?:it|them) out|used|wore|washed|charged|installed|fitted|assembled|hung|checked|inspected|picked (?:it|them) up|collected|started|tested|poured|filled|mounted|connected|pulled|lifted|rode|cooked|(?:got|received) (?:it|them|home|the (?:parcel|package|item|order|box|goods|delivery))|went to (?:use|put|wear|open|plug|install|charge|fit|hang|try|turn|switch)|put (?:it|them) (?:on|in|together)|set (?:it|them) up|first (?:used|opened|tried|wore|plugged|turned|switched|charged))';
// "It's been 5 days since your last message": the time of the talk, not of the problem.
const SINCE_A_MESSAGE =
  '(?! since (?:your|the seller\\W?s|their|his|her|my|our|the) (?:last |previous |first )?(?:message|reply|answer|response|email|offer))';
// Holidays name a day as well as a date does.
const HOLIDAYS_EN =
  '(?:christmas|xmas|easter|new year\\W?s?(?: day| eve)?|halloween|thanksgiving|boxing day|diwali|eid|hanukkah|ramadan|chinese new year|lunar new year|valentine\\W?s day|mother\\W?s day|father\\W?s day|independence day|labou?r day|bank holiday)';
const HOLIDAYS_RU =
  '(?:нов(?:ый|ого|ым|ом) год(?:а|ом|у)?|новогодн~ (?:праздник|каникул|ноч|утр)~|рождеств~|пасх~|маслениц~|майск~(?: праздник~)?|праздник(?:и|ах)|8 марта|23 февраля)';
const PART_EN =
  '(?:button|screen|display|speaker|mic|microphone|cable|battery|port|zipper|strap|backlight|fan|motor|sensor|camera|remote|buckle|handle|lid|sole|heel|leg|key|wheel|hinge)s?';
const PART =
  '(?:наушник|кнопк|экран|дисплей|динамик|микрофон|зарядк|кабел|провод|батаре|аккумулятор|порт|разъем|молни|застежк|ремеш|подсветк|вентилятор|мотор|датчик|камер|пульт|блютуз|bluetooth|wi-?fi|звук|вибрац|колес|крышк|ручк|лампочк|светодиод|клавиш|сенсор|замок|подошв|каблук|пуговиц|шнур|вилк|ножк|лезви|стекл|корпус)~';

// A number that is not a day of the month ("shows 3 May", «показывает 12 мая» is when, not what).
const NOT_A_DATE =
  '(?!(?:st|nd|rd|th)?\\s*(?:-?(?:го|е)\\s*)?(?:январ|феврал|март|апрел|ма[яйе]|июн|июл|август|сентябр|октябр|ноябр|декабр|числ|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|[./]\\d)';

// Parts named less often, read only by MORE_CONCRETE.
const MORE_PART_EN =
  '(?:zip|switch|plug|lens|bulb|blade|lock|cord|wire|pump|valve|chain|link|pedal|spring|clasp|pin|nozzle|filter|cap|seal|tap|knob|dial|trigger|latch|clip|hook|pull|lace|antenna|belt|spoke|arm|door|drawer|shelf|panel|glass|frame|bracket|screw|bolt|magnet|fuse|thermostat|timer|led|leash|handlebar|brake|tyre|tire|hose|needle|earbud|earpiece|igniter|ignitor|burner|gas lift|piston|cylinder|compressor|fan|motor|heating element|element|thermometer|gauge|sensor)';
const MORE_PART =
  '(?:выключател|переключател|линз|цеп|педал|пружин|клапан|насадк|фильтр|колпач|кольц|крючк|шнурк|антенн|лопаст|спиц|дверц|полк|ящик|рычаг|регулятор|термостат|таймер|предохранител|шланг|трубк|игл|ремн|ремень|колесик|подставк|крепл|винт|болт|магнит|кнопоч)';

/**
 * The problem named concretely enough for a third party to check: a defect or symptom, a measured mismatch with
 * the listing, a missing part or the parcel not arriving. Generic words (брак, не соответствует описанию,
 * defective, not as described) are deliberately absent.
 */
export const CONCRETE_PROBLEM = wordPattern`
(?:по)?царап~
трещин~
тресну~
скол(?:ы|ом|ами|ов|а)?
скол(?:от|ол)~
разби[тл]~
не(?<!(?:такого|подобного|такое|подобное|такой|таких) &2не) (?:включ|заряж|запуск|подключ|гор|свет|крут|гре|держ|вид|лов|чита|реагир|закрыва|застегива|реж|нажима|печата|едет|сохраня|открыва|показыва|распозна|ловит)~
${PART}(?: \S+){0,3}? (?:не (?!(?:тот|та|то|те|такой|такая|такое|такие|очень)(?![а-я]))\w+|сломал~|сломан~|треснул~|отвалил~|болтается|заедает|перегревается)
не работа~(?: \S+){0,2}? ${PART}
мига~
хрип~
тормоз~
зависа~
глюч~
шум(?:ит|ят|ел)
гуд(?:ит|ят)
искр(?:ит|ят)
скрип(?:ит|ят|ел)
люфт~
болтает~
шатает~
крив(?:ой|ая|ые|о)
неровн~
мутн(?:ый|ая|ое|ые)
крош(?:ит|ат|ится|атся)
(?:рас|от)слаива~
облупил~
выгорел~
линя(?:ет|ют)
катыш~
затяжк~
гасн~
гаснет
(?:на)?гре(?:ет|ва)ся
(?:на)?грева~
взорвал~
таможн~
(?:сломал~|треснул~|отвалил~|заела|заедает|перестал~ работать) ${PART}
${PART}(?: \S+){0,3}? (?:перестал~|прекратил~) &работать
(?:перестал~|прекратил~) работать (?!на |и |а |но |уже |так |как |когда |при |почти |через |после |с |в |уже |сразу |вообще |совсем |полностью |нормально |правильно )[а-я]{3,}
лопну~
раскол~
сгорел~
перегор~
расплав~
оплав~
отклеил~
отпал~
отменил~
(?:указан~|написан~|сказан~) в (?:описании|карточке|объявлении)
в (?:описании|карточке|объявлении) (?:указан|написан|сказан|заявлен)~
жд(?:у|ем|ала?) (?:уже )?(?:больше |более |почти )?(?:${NUMBER_RU} )?(?:дн|недел|месяц)~
шипит
трещит
отключа~
выключа~
разряжа~
не работа~ (?:левый|правый|один|одна|верхн|нижн)~
лез(?:ет|ут)
(?:пришл|получил|было|был|была|лежал)~ (?:только )?(?:\d+|один|одна|одно|две|два|три)(?!\s*(?:дн|недел|месяц|час|числ|янв|фев|мар|апр|ма[яйе]|июн|июл|авг|сен|окт|ноя|дек|-?(?:го|е|ого)(?!\w)|[./]\d))
(?:пришл|пришел|пришла)~ без (?!проблем|опоздани|задержк|повреждени|происшестви)\w+
в комплекте нет
долж(?:ен|на|но|ны) быть
(?:заявлен~|указан~|написан~|обещан~) &3\d+(?!-?(?:го|е|й)?\s*(?:раз|дн|недел|месяц|час|числ|январ|феврал|март|апрел|ма[яйе]|июн|июл|август|сентябр|октябр|ноябр|декабр|[./]\d))
(?:на фото|на картинке|в описании|в карточке|заявлен~|обещан~)[^.!?\n]{1,60},? (?:а|но)(?! &4(?:качеств|дешев|ужас|кошмар|отврат|плох|барахл|хлам|ерунд|фигн|мусор|убог|ничего общего|брак|не то(?![а-я])|совсем друг|абсолютно друг|не соответству)~)
(?:in the (?:photos?|pictures?|listing|description)|the listing|advertised|promised)[^.!?\n]{1,60},? but(?! &4(?:quality|cheap~|junk|rubbish|garbage|poor|terrible|awful|horrible|nothing like|crap~|defective|faulty|not (?:what|as)|completely different|totally different)(?![a-z]))
не отправ~
(?:посылк|заказ|товар|отправлени)~ (?:так и |все |до сих пор |там |тут )?нет
(?:ее|его|их) (?:все|до сих пор|так и) нет
жд(?:у|ем|ала|ал) &3(?:посылк|заказ|товар)~
(?:посылк|заказ|отправлени)~ (?:идет|в пути|застрял~)
статус~ не (?:меня|обновля)~
стоит на месте
трек~(?: \S+){0,2}? (?:не \w+|перестал~)
(?:стар|друг)\w+ модел~
запах~
пахн~
воня~
шов
швы
разош(?:лись|елся|лась)
не хвата~(?<!(?:терпени|сил|зла|слов|нерв|времен)\S* не хвата\S*)(?! (?:слов|терпени|сил|нерв|времен)~)
отсутству~
нет в комплекте
вместо(?! (?:того|ответа|помощи|возврата|извинени|решени|компенсаци|нормальн~ ответ|денег))
не (?:тот|та|то|те|того|той)(?! (?:что|чтобы|качеств~|уровн~|товар|вещь|я|на (?:котор|что)~|котор~|чего|как|чем)(?![а-я]))(?:\s{1,2}(?:\w+|\d+))
друг(?:ой|ая|ого|ие|ую) (?:цвет~|размер~|модел~|товар~|оттен~)
(?:цвет|размер|оттенок) (?:не|друг)~
маломер~
большемер~
(?:мала|мал|малы|велика|велик|велики) на
не подош(?:ел|ла|ли) по размеру
пуст(?:ая|ой|ую|ым|ое)(?! (?:трат~|обещани~|отговорк~|слов~|звук|отписк~))
подделк~
не оригинал~
порва~
дырк~
дыр(?:а|у|ы|ой|ами|ою)
пятн(?!иц)~
отвалил~
оторвал~
облез~
слезл~
выцвел~
полинял~
сел[аи]? после
протека~
теч(?:ет|ь)
ржав~
погну~
вмятин~
деформир~
помят~
раздавлен~
не совпада~
не подход~
не (?:пришл|пришел|пришла|получ|доставлен|доставил)~
не дош(?:ла|ел|ло|ли)
где (?:мой |моя |мое |мои |наш |наша )?(?:посылк|заказ|товар|отправлени)~
отслеживани~ не обновля~
(?:вернул~|возвращ~) отправителю
потерял~(?! &(?:время|деньги|терпение|доверие|надежд~|интерес|клиент~|покупател~|нервы|сон))
вес \d
\d+(?:[.,]\d+)?\s*(?:см|мм|кг|км|гр|г|гб|мб|тб|мач|вт|мл|л|дюйм~|gb|tb|mb|mah|w|v|mm|cm|kg|km|inch~)(?<!(?<!\d)(?:19|20)\d\d\s*г)
scratch~
chip(?:ped|s)?
snapped
freez(?:es|ing)
lags
squeak~
wobbl~
uneven
blurry
cloudy
pilling
fray~
unravel~
glitch~
noisy
hums
spark(?:s|ing)
explod~
customs
burn(?:t|ed|ing)
overheat~
cancel(?:l?ed)
(?:listing|description|advert|ad)(?<!what (?:the )?(?:listing|description|advert|ad)) (?:says|said|shows|showed|states|stated)
advertised(?<!(?:as|you|they|what|it|was|were|is|are|had|have|has|one|ones) advertised)
(?:size|sizes) \d+
(?:arrived|came) as(?! (?:a |an |such a |quite a |no |)(?:surprise|shock|disappointment|expected|promised|described|scheduled|planned|usual|ordered|advertised|pictured|shown))
${PART_EN} &2(?:broke|is broken|snapped|cracked)
(?:been )?waiting (?:for )?(?:over |more than |almost )?${NUMBER_EN} (?:days?|weeks?|months?)
melt~
smashed
disconnect~
turns? (?:itself )?off
(?:does|do)\s*(?:n\W?t| not) register
dead pixels?
crooked
not recogni[sz]ed
(?:ordered|chose|bought) &3(?:and|but) (?:you |they )?(?:sent|got|received)
(?:received|got|came with) (?:only )?\d+(?!(?:st|nd|rd|th)?\s*(?:days?|weeks?|months?|hours?|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|of|[./-]\d))
not in (?:my|the) (?:mailbox|letterbox|box)
marked (?:as )?delivered
label created
sent nothing
still no (?:package|parcel|order|item)
in transit
crack~
shatter~
dent(?:s|ed)?
(?:won\W?t|doesn\W?t|does not|will not|cannot|can\W?t|did not|didn\W?t) (?:turn on|power on|charge|hold (?:a )?charge|connect|pair|fit|close|zip|light up)
not (?:charging|connecting|pairing|turning on)
blink~
flicker~
smell~
stink~
stitch~
seams?
missing
instead of(?! &(?:help~|answer~|repl~|respond~|refund~|solv~|fix~|apolog~|deal~|giv~|offer~|process~|compensat~|sorting|my money|a solution))
wrong (?:size|colou?r|item|model|product|version|length|one)
different (?:size|colou?r|item|model|product)
too (?:small|big|large|tight|short|long)
empty(?! (?:promises?|words|excuses?|apolog~|replies|answers?))
fake
counterfeit
not (?:an? )?(?:original|genuine)
torn
ripped
holes?
stain(?:s|ed)?
leak~
rust~
bent
peel~
faded
shr[ua]nk
crushed
never (?:arrived|came|received|got)
(?:has|have)\s*(?:n\W?t| not) (?:yet )?(?:arrived|received|come|got|gotten)
(?:did not|didn\W?t) (?:arrive|receive|get|come)
not (?:arrived|received|delivered)
where is my (?:order|parcel|package)
tracking (?:has not|hasn\W?t|not|stopped) (?:been )?updat~
returned to (?:the )?sender
lost(?! (?:(?:my|all|any|so much|much|a lot of|your|a|the) )?(?:hope|faith|trust|patience|time|money|interest|customer|sleep|nerves|temper|confidence|cause|count|words))
(?:left|right) (?:earbud|earphone|headphone|speaker|side)~
${PART_EN} &2(?:is |are )?(?:not working|doesn\W?t work|does not work|came off|fell off|loose|dead|buzz~|rattl~)
only \d+ (?:of|out of) \d+
\d+(?:[.,]\d+)?\s?[×x*х]\s?\d+(?:[.,]\d+)?
\d+(?:[.,]\d+)? (?:метр~|м|литр~|грамм~|ватт~|вольт~|ампер~|мегапиксел~|герц~|гц|meters?|metres?|m|inch(?:es)?|feet|ft|liters?|litres?|grams?|watts?|volts?|amps?)
заказ(?:ал|ала|али|ывал|ывала|ывали)~[,;:]? (?:(?!\d|(?:в|на|до|по|после|с|к|и|а|уже|только|еще) )\S+ |(?:и|а|но) ){0,6}?(?:пришл|пришел|прислали|получил|приехал|доставили|отправили)~(?! &(?:вообще |совсем |опять |снова |абсолютно )?(?:вот (?:это|такое)(?=\s*(?:$|[.!?]))|(?:непонятно|неизвестно|не пойми|ч[её]рт знает) что|не (?:то|те|та|тот|такое|такой|такая|такие)(?=\s*(?:$|[.!?])|,?\s+(?:что|как|чем)(?![а-я]))|в (?:ужасном|плачевном|жутком|непотребном|каком-то) (?:виде|состоянии))| &(?:\d+(?:-?[а-я]{1,3})? (?:числ|январ|феврал|март|апрел|ма[яйе]|июн|июл|август|сентябр|октябр|ноябр|декабр|дн|недел|месяц)|\d{1,2}[./]\d|числ|через|спустя|вчера|сегодня|позавчера|только|лишь|уже|его|ее|их|посылк~|заказ~|товар~|в (?:срок|понедельник|среду|пятницу|субботу|воскресенье|четверг|вторник|начале|конце|середине)))
(?:ordered|chose|bought|paid for)[,;:.]? (?:(?!(?:on|in|at|from|since|ago|last|yesterday|\d\S*|jan\S*|feb\S*|mar\S*|apr\S*|may|jun\S*|jul\S*|aug\S*|sep\S*|oct\S*|nov\S*|dec\S*|monday|tuesday|wednesday|thursday|friday|saturday|sunday|it|them|this|these|that) )\S+ ){0,5}?(?:you |they |i |the seller |but |and |yet )*(?:sent|shipped|got|received|delivered)(?! (?:it|them|this|these|that|the (?:parcel|package|order|item|goods|delivery|box)|my (?:parcel|package|order|item)|on|in|at|after|only|yesterday|today|\d))
осколк~
вдребезги
останов(?:ил|ились|илась|ился|илось)
(?:перестал~|прекратил~) &(?:включаться|заряжаться|крутиться|греть|нагреваться|светить|показывать|держать|ловить|печатать|подключаться)
откол~
(?:бирк|этикетк|ярлык)~ &(?:говор|показ|пиш|указ|написан)~
\d+ ?% (?:хлоп|полиэст|шерст|кож|синтет|акрил|нейлон|вискоз|cotton|polyester|wool|leather|acrylic|nylon)~
(?:does\s*n\W?t|does not|won\W?t|will not|did not|didn\W?t|cannot|can\W?t|no longer) (?:spin|turn|heat|cool|close|open|lock|light|start|boot|play|print|cut|hold|stick|zip|move|rotate|respond|beep|vibrate|show|display|read|scan|inflate|seal|stay|blow|pump|flow|drain|suck|grip|latch)~
stopped(?<!(?:seller|you|they|he|she|support|store|shop|agent|manager|team|staff|company) stopped) (?:charging|spinning|heating|cooling|turning|responding|playing|printing)
(?:gives|has|with|there\W?s|there is) no (?:heat|sound|power|signal|light|picture|image|battery|water|air|suction|cold|display)
(?:came|arrived|shipped|delivered) &2(?:with no|without) (?!(?:any )?(?:problem|issue|delay|damage|trouble|incident|hassle|a scratch)s?(?![a-z]))\w+
(?:eu|uk|us|au) plug
отлом~
nothing (?:came|arrived)
upside down
inside out
вверх ногами
наизнанку
jam(?:s|med|ming)?
swell~
swollen
вздул~
(?:в коробке|в посылке|в комплекте) &только
мерца~
порез~
(?:size chart|chart|label|tag) (?:says|shows|states)
кожзам~
дерматин~
оказал(?:ся|ась|ось|ись) (?!(?:с|со|не|бракован|некачествен|плох|ужасн|отвратительн|дешев|ненадлежащ|совсем|вообще|полн|таким|такой|таким|хуже|дефектн)(?![а-я]))(?!бракован|некачествен|дефектн)\w+
(?:is|are) (?:obviously |clearly |actually |just )?(?:plastic|fake|synthetic|used|second.hand|empty|polyester|acrylic)
оторван~
(?:отста|спеш)(?:ют|ет|ат|ит) на \d
на \d+ (?:минут|секунд|градус|процент|сантиметр|миллиметр)~
broken in (?:half|two|pieces)
in pieces
(?:grinding|rattling|clicking|buzzing|squealing|whining|crackling|scraping) (?:noise|sound)s?
makes? (?:a |an )?\w+ (?:noise|sound)
came (?:loose|apart|off|undone)
fell (?:apart|off)
flew off
раскле~
(?:трек|статус|посылк)~ &3(?:стоит|не двига|замер)~
(?:does|do) nothing
ничего не (?:делает|происходит)
water (?:inside|got in|came in)
вода (?:внутри|попала|внутрь)
смят(?:а|ы|ый|ая)
сколот~
отбит~
размер~ \d+
не (?!работа|хвата|отвеча|отста|ответ|соответству|нрав|помога|устраива|понима|хоч|мож|зна|буд|сто|выгляд|пиш|реша|получ|присыла|отправля|верн|дела|вид|прос|треб|пользу|оправд|ожида|име|заслужива|функционир|дума|стал|успел|смотр|соглас|соблюд|выполн|оказ|рекоменд|совет|соотв|подход|похож|тян|вериться|вер(?:ил|ит)|ощуща|чувству|сравн|дотягива|смог|уда)\w+(?:ет|ит|ют|ят|ут|ат|ал|ала|ало|али|ил|ила|ило|или)(?:ся|сь)?
(?:does\s*n\W?t|does not|won\W?t|will not|did not|didn\W?t|cannot|can\W?t|no longer) (?!work|match|meet|look|correspond|answer|reply|respond|help|care|like|want|seem|have|know|think|understand|make|be |get back|function|perform|operate|live|satisfy|deserve|accept|refund|give|send|ship|provide|resolve|solve|fix|offer|reflect|resemble|suit|feel|expect|believe|recommend|use|return|wish|need|imagine|stand|afford|trust|even|tell|say|express|describe|explain|sleep|wait|see|agree|bother|mean|mention|notice|realis|realiz|come close|compare|justify|worth)\w+
stopped(?! (?:replying|answering|responding|writing|talking|working))
${PART_EN} &2stopped working
(?:ordered|chose|bought|selected|picked) (?:it |them |one )?in (?!(?:early |mid |late )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d|the (?:morning|evening|afternoon|sale|app)|advance|time|a hurry|bulk))&2(?:arrived|came|was sent|was delivered|is|was) in(?! (?:(?:early|mid|late) )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d|time|a (?:box|bag|parcel|package|envelope)))
not (?:\S+ ){1,2}as (?:listed|advertised|stated|shown|promised|pictured)
(?:not|instead of|rather than) (?!(?:at all |quite |really |even |exactly |remotely )*(?:what|which|that|the (?:item|product|thing|one)|an? (?:item|product|thing)) )(?:the |a |an )?&2(?:i|we) (?:ordered|paid for|chose|bought)
а не (?:тот|та|то|те)~ &(?:что|который|которую|которые) (?:я |мы )?(?:заказ|выбира|оплач)~
(?:в коробке|в комплекте|в посылке|в наборе|внутри) &не (?:было|оказалось)
не (?:было|оказалось) &2(?:в коробке|в комплекте|в посылке|в наборе|внутри)
(?:под|про|за)?тек(?:ает|ло|ли|ла|ут|ут)
(?:broken|cracked|bent|snapped|loose|missing|torn|detached|dead) ${PART_EN}
(?:сломан|треснут|погнут|оторван|порван|разбит)~ ${PART}
pulled threads?
loose threads?
snag(?:s|ged)?
(?:сломан|треснут|погнут|оторван|порван|разбит|бит|поцарапан|отколот|оплавлен|прожжен)(?:ы|а|о|ый|ая|ое|ые|ыми|ым|ой|ых|ую) &(?!товар|посылк|заказ|вещ|продукт)[а-я]{3,}
(?:в коробке|в комплекте|в посылке|в наборе|внутри) &нет
in (?:\w+ )?pieces
(?:\w+ )?(?:was|were) ordered,? (?:\w+ ){0,3}?(?:arrived|came|was sent|was delivered|showed up)
(?:but|while|whereas|yet) i (?:ordered|paid for|bought|chose)
(?:tore|torn|ripped|broke|snapped) (?:off|apart|open|loose)
(?:has|have|came with|arrived with) no (?!idea|reply|answer|response|tracking|update|problem|issue|way|time|choice|option|words|patience|trust|faith|desire|intention|interest|right|reason|business|excuse|clue|respect|value|quality|use|money|hope|other|more|chance|doubt)\w{3,}
`;

/**
 * More ways of naming a defect: symptoms by their verb, a part or a share named broken ("a broken ladder", "3 of the
 * 12 mugs"). Kept apart from CONCRETE_PROBLEM because one pattern that large falls out of V8's compiled code into its
 * slow interpreter (17 times slower); `namesProblem` tries this one only when the first finds nothing.
 */
const MORE_CONCRETE = wordPattern`
(?:a|one|small|big|large|long|little|huge|\d+ ?(?:cm|mm|inch|inches)) (?:\S+ )?(?:tear|rip|split|gash)s? (?:in|on|along|across|at|near|by|down)(?! (?:my|her|his|their|your) eyes?)
(?:отслоил|отслаива|облуп|облез)~
(?:сдул|сдува|спуска)(?:ся|ется|ются|ась|ось|ись|ет)
(?:выходит|уходит|травит|стравливает) воздух
воздух (?:выходит|уходит|травит|стравливает)
(?:deflat|loses air|losing air|leaks air|leaking air)~
(?:no|still no|not a|haven\Wt (?:got|received)|have not (?:got|received)|never (?:got|received)) (?:the |my )?(?:parcel|package|order|delivery)
(?:came|arrived|got) (?:in )?\w+,? (?:not|instead of) (?!what|as |the |a |an |at |in |on |to )\w+
(?:says|shows|reads|is|states|label says) \d+ ?% (?:polyester|cotton|wool|acrylic|nylon|silk|linen|viscose|leather|spandex|elastane)
\d+ ?% (?:полиэстер|хлопок|шерст|акрил|нейлон|шелк|шёлк|лен|вискоз|кож|эластан)~
(?:код|ключ|карт|сертификат|подписк|лицензи|промокод|esim|сим-карт)~ &3(?:уже (?:использован|активирован|погашен)|не (?:активиру|подход|действ|принима|срабатыва|найден|вводит)|недействител|истек|истёк|заблокирован)~
(?:code|key|card|voucher|licen[cs]e|subscription|esim|pin)s? &3(?:(?:was|were|has|have|had) (?:already )?(?:been )?(?:used|redeemed|activated|claimed|rejected|blocked|deactivated)|(?:is|are|was|were) (?:invalid|expired|not valid|already used|region.locked|locked)|(?:doesn\Wt|does not|didn\Wt|did not|won\Wt|will not) (?:work|activate|redeem|register))
(?:already (?:been )?(?:used|redeemed)|not valid in your (?:region|country)|region.locked|code not found|invalid code|has expired)
(?:где|where\W?s|where is) (?:мой |моя |my |the )?(?:код|ключ|code|key|card|карт~)(?![a-zа-я])
(?:delivered|handed) to (?:a |my |the |some )?(?:neighbou?r|resident|locker)
(?:marked|shows?|showing|says?|listed) (?:as )?(?:\S+ )?delivered
(?:вручен|доставлен|выдан)~ (?:&)?(?:сосед|в постамат|в ячейк)~
(?:отош|отстал|вылез|выпал|вылетел|располз|разъехал|расшатал|перекос|перекошен|выгну|вогну)~
кача(?:ется|ются|лся|лась)
(?:треск|щелка|щелкает|дребезж|свист|пищ(?:ит|ат)|стуч(?:ит|ат))~
(?:flak|chipp|peel|rubb|wear|wor|came|come|comes|fall|fell|falls|break|breaks|tore|tear|tears)\w* (?:off|away|apart|unglued|unstuck|undone|out)
(?:falls?|fell|drops?|dropped|slips?|slipped|sinks?|sank) &(?:inside|into the|in the|through)
(?:listed|advertised|described|sold|labell?ed|marked|listing says?|listing said|description says?|description said|page says?) (?:as )?&4but &3(?:holds?|is|was|are|were|measures?|weighs?|came|arrived|got|received|only)
(?:unglued|unstuck|delaminat~|warped|crackl~|rattl~|clicks|clicking|slips|slipping|drips|dripping|loses|gains)
\d+ (?:minutes?|mins?|seconds?|secs?|degrees?|hours?) (?:a|per|an|every|fast|slow|behind|ahead|late|off|short)
(?:resets?|reboots?|restarts?)(?! (?:the|my|your)(?![a-z]))
shows? (?:an? )?(?:error|random|garbage|wrong|strange|weird|nothing|no)
trips? (?:the )?(?:fuse|breaker|circuit|rcd|switch)
(?:выбива|вышиба|выбил|вышиб)~ &(?:автомат|пробк|узо|предохранител|щиток)~
пропада(?:ет|ют|л|ла|ло|ли)
(?:сломал|треснул|отвалил|оторвал|лопнул|погнул|раскол(?:о|)л|порвал|выпал|слетел)(?:ся|ась|ось|ись)? &(?!товар|посылк|заказ|вещ|продукт|через|после|на(?![а-я])|в(?![а-я])|во(?![а-я])|при(?![а-я])|сразу|уже|почти|буквально|спустя|прямо|полностью|совсем|окончательно|опять|снова|еще|тоже|также|и(?![а-я])|а(?![а-я])|но(?![а-я]))[а-я]{3,}
(?:broken|cracked|bent|snapped|torn|dented|chipped|ripped|split|burst|scratched|shattered)(?!\s\s) (?!(?:item|product|thing|one|goods|order|parcel|package|box|packaging|unit|and|or|but|on|in|when|at|upon|after|with|from|to|by|it|the|a|an|promises?|record|english|heart|again|already|too|as|into|beyond|off|up|down|apart|open|during|before|while|so|completely|totally|upon|right|just)(?![a-z]))[a-z]{3,}
\d+ (?:of|out of) (?:the |my |all |these |those )?\d+
\d+ (?:штук~ |шт )?из \d+
\d+\s*(?:шт|pcs|pc|pieces)(?![a-zа-я])[^\d!?\n]{1,80}?\d+\s*(?:шт|pcs|pc|pieces)(?![a-zа-я])
(?:слипш|слипл|размок|отсырел)~
(?:сух(?:ие|ой|ая|ое|ими)|высох~|засох~|пересох~|смазан~|размыт~|стерт~|стерл~|выцвел~|облез~|облупил~|потрескал~|расслоил~)
(?:пуст(?:ые|ая|ой|ое|ыми|ую)|пустыми)(?! (?:обещани|слов|отговорк|отписк)~)
(?:\d+|one|two|three|four|five|six|half|some|several|all|most) of (?:the|them|my|these|those) &3(?:were |are |was |is |arrived |came )?(?:broken|cracked|smashed|shattered|missing|damaged|dented|chipped|torn|empty|leaking|dead)
${MORE_PART}~(?: \S+){0,3}? (?:не (?!соответству|подход|подош|похож|устраива|нрав)\w+|сломал~|сломан~|треснул~|отвалил~|болтается|заедает|перегревается)
(?:сломан|треснут|погнут|оторван|порван|разбит)~ ${MORE_PART}~
${MORE_PART_EN}s? &2(?:broke|is broken|are broken|was broken|snapped|cracked|split|burst|tore|ripped|perished|is not working|are not working|doesn\W?t work|does not work|came off|fell off|loose|dead|stopped working|is faulty|are faulty|is defective|are defective|leaks|is leaking|has not (?:produced|made|given)|hasn\W?t (?:produced|made|given)|does not (?:produce|make|give|hold)|doesn\W?t (?:produce|make|give|hold)|won\W?t (?:light|ignite|spark|hold|stay))
(?:broken|cracked|bent|snapped|loose|missing|torn|detached|dead) ${MORE_PART_EN}s?
`;

/**
 * Symptoms and checkable states by class, tried last: the item arriving "with" a named flaw or "without" a part, a
 * shelf life run out, mould, fogging, a measured reading or a comparison by a number, a share that works, lines and
 * dead spots on a screen, signs of someone else's use, a print or cut-out out of place, and fault verbs in the present.
 */
export const SYMPTOMS = wordPattern`
(?:has not|hasn\W?t|have not|haven\W?t|never|does not|doesn\W?t|did not|didn\W?t|won\W?t|will not|wouldn\W?t) (?:once |even once |ever )?(?:produced?|made|give|gave|given) (?:a |any |one )?(?:single )?(?:spark|flame|heat|sound|light|air|water|picture|signal|charge|cold|suction|pressure)
(?:produces|makes|gives) no (?:spark|flame|heat|sound|light|air|water|picture|signal|cold|suction|pressure)
(?:has not|hasn\W?t|have not|haven\W?t|never|did not|didn\W?t) (?:once |even once |ever )?(?:ignited|lit|sparked|lit up|turned on|switched on|powered on|started|fired)
(?:sinks?|sank|slides?|slid|creeps?|crept) (?:all the way |slowly |down )?(?:down |back )?to (?:the )?(?:lowest|bottom|floor|minimum)
(?:пришл(?:а|о|и)|пришел|приехал~|доставлен~|доставил~|прислал~|привезл~|привез|получил~|оказал~) &3с (?!(?:друг|красив|приятн|подарочн|фирменн|бесплатн|курьерск|больш|огромн|небольш|значительн|длительн|сильн|долг|месячн|недельн|заводск|явн|видим|скрыт|нов|полн|хорош|нормальн|отличн|брак|дефект|задержк|опоздани|повреждени|проблем|недостатк|изъян|ошибк|поломк|неисправност|неполадк)~)[а-я]{3,}(?:ым|им|ой|ей|ыми|ими) (?!(?:опоздани|задержк|брак|дефект|недостатк|изъян|повреждени|проблем|качеств|трек|номер|курьер|опозд|задерж|упаковк|коробк)~)[а-я]{3,}
(?:пришл(?:а|о|и)|пришел|приехал~|доставлен~|доставил~|прислал~|положил~|отправил~|упаковал~) (?:\S+ ){1,3}?без (?!(?:проблем|опоздани|задержк|повреждени|происшестви|приключени|коробк|упаковк|трек|номер|ответ|предупреждени|уведомлени|чек)~)[а-я]{3,}
(?:arrived|was delivered|were delivered|showed up|turned up) &3with (?:a |an |the |some |its |their |one |two |three |\d+ )?(?!(?:delay|damage|defect|fault|problem|issue|note|gift|thank|tracking|receipt|invoice|manual|instructions|everything|all|no|nothing|care|love|dhl|fedex|ups|usps|cainiao|the courier|another courier|a courier|my other|other)\w*)[a-z]{3,}
просроч~
(?:срок~ годности|годен до|годна до|годно до|годны до|употребить до)
expired
expir(?:y|ation) dates?
best before
use[- ]by
плесен~
заплесневел~
mou?ld(?:y|ed|s)?
mildew~
запотел~
запотева~
конденсат~
fog(?:s|ged|ging)? up
(?:fogged|fogging)
condensation
(?:выше|ниже|больше|меньше|короче|длиннее|уже|шире|тяжелее|легче|толще|тоньше|дольше|быстрее|медленнее|глубже|мельче) &на \d
на \d+(?:[.,]\d+)? &(?:выше|ниже|больше|меньше|короче|длиннее|уже|шире|тяжелее|легче|толще|тоньше|дольше|быстрее|медленнее)
(?:завыша|занижа)~
\d+(?:[.,]\d+)?\s?&(?:shorter|longer|smaller|bigger|larger|higher|lower|narrower|wider|heavier|lighter|thinner|thicker|slower|faster) than
(?:shorter|longer|smaller|bigger|larger|higher|lower|narrower|wider|heavier|lighter|thinner|thicker|slower|faster|off) by (?:about |around |almost |over )?\d
(?:показыва|весит|весил|держит|набира|отмеря)~ &2\d+${NOT_A_DATE}
(?:shows|showed|reads|weighs|weighed|measures|registers|displays|displayed) &2\d+${NOT_A_DATE}
по факту(?! (?:получени|вскрыти|доставк|обращени|оплат|прибыти)~) &6\d+${NOT_A_DATE}
in reality &4\d
(?:listed|advertised|described|sold|labell?ed) as \d+(?:[.,]\d+)?\s?(?:%|(?:cm|mm|kg|g|ml|l|w|mah|gb|tb|inch|inches|lumens|watts?)(?![a-z]))
(?:picture|screen|image|display|video|feed) (?:is|goes|stays|turns) (?:completely |totally |all |just |pitch )?(?:black|blank|dark|frozen)
(?:ordered|bought|paid for) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty) &4(?:only )?(?<!all )(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|half) (?:came|arrived|were in|was in|turned up|showed up)
из (?:\d+|${NUMBER_RU}) &2(?:только|лишь|всего|целых|горят|работают|работает|рабочих|пришло|пришли) &(?:\d+|${NUMBER_RU})
only (?:\d+|one|two|three|four|five|six|half) &(?:of|out of|instead of|rather than)
в (?:кейсе|коробке|наборе|пачке|упаковке|пакете|банке|комплекте|посылке) &(?:лежат|лежало|лежит|лежали|было|оказалось|оказались|всего|только)?\s?\d+
(?:наполовину|вполсилы|в полсилы)
halfway(?! (?:through|to|around|across|point|house|there|between)(?![a-z]))
(?:полос|пятн|точк)~ &(?:на|по|через|поперек|вдоль) &(?:экран|дисплe|дисплe|матриц|изображени|картинк)~
(?:вертикальн|горизонтальн|зелен|розов|цветн|фиолетов)~ &полос~
(?:vertical|horizontal) &(?:lines?|stripes?|bands?)
(?:lines?|stripes?|spots?|patches|dots) (?:on|across|down|along|in) (?:the |my )?&(?:screen|display|picture|image|panel|monitor|tv)
(?:dead|broken|missing|burnt|unlit) (?:segments?|pixels?|keys?|zones?|sections?|leds?|cells?)
(?:засвет|засвечен|бит(?:ые|ых) пиксел)~
чуж(?:ой|ая|ое|ие|им|ими|ого|ую|их|ом) (?!(?:человек|люд|мнени|опыт|отзыв|совет|ошибк|вин|проблем|дел)~)[а-я]{3,}
someone else\W?s
(?:следы|следами|следов) &(?:использовани|эксплуатаци|клея|краски|ржавчин|пыли|пальцев|ремонта|вскрыти|термопаст|носки|грязи|пайки|износа|воды|жира)~
(?:был~|бывш~) в (?:употреблении|использовании|эксплуатации)
б/у
(?:signs|traces|marks) of &(?:use|wear|repair|glue|rust|dirt|water)
(?:already|previously) (?:used|opened|activated|worn|registered|set up)
(?:смещ|сдвину|сдвинут|перекошен)(?<!(?:срок|дат|доставк|отправк)\S* &\S+)~(?! &(?:срок|дат|доставк|отправк)~)
(?:off.cent(?:er|re)d?|misaligned)
(?:китайск|английск|американск|европейск|чужой|иностранн)~ (?:прошивк|раскладк|верси|инструкци|вилк|розетк|локализаци|меню|язык)~
без (?:кириллиц|русск|русификац|русского языка|инструкции на русском)~
(?:вырубае|вырубает|глохн|залипа|западае|западаю|заклинива|заклинил|проскальзыва|прокручива|сползае|сползаю|слетае|слетаю|выскакива|осыпа|сыпется|сыплется|мажет|мажется|пачкае|пачкаю|липнет|липнут|прилипае|пригорае|подгорае|дымит|дымится|задымил|хрусти|жужж|натирае|натираю|жмут|жмет|колется|колются|перекручива|пропускае|пропускаю|ломается|ломаются|гнется|гнутся|мнется|мнет|жуе|жует|жуют|рвется|рвутся|лопается|лопаются|трескается|трескаются|облазит|отходит|отходят|отклеива|расклеива|плавится|пожелтел|позеленел|потемнел|почернел|окислил|окисля|вхолостую|течь)~
бь?ет током
(?:drift|drifts|drifting|cuts out|cutting out|soak(?:s|ed)? through|soaking through|drains? (?:fast|quickly|in)|grinds|shed(?:s|ding)|bleeds|bleeding|tarnish~|discolou?r~|turned (?:green|black|yellow|brown|white|pink|orange)|smok(?:es|ing)|electric shocks?|tangl~|skips|skipping|misfir~|stalls|sags|sagging|buckled|bulg~|dims|dimming|gets (?:too )?(?:hot|warm)|too hot to (?:hold|touch)|pulls? (?:the )?hair|prints? &2blank|won\W?t stay (?:on|in|closed|shut|up))
dies (?:after|within|in|when|every)
died (?:after|within|in|when|on|the first|during)
заказ(?:ал|ала|али|ывал|ывала|ывали|ан|ано|аны|ана)~ [^.!?\n]{2,80}?(?:а|но|однако) &2(?:пришл|пришел|прислали|приехал|доставили|положили|отправили|выслали|лежал|лежит|оказал)~(?! &(?:вообще |совсем |опять |снова |абсолютно )?(?:вот (?:это|такое)(?=\s*(?:$|[.!?]))|(?:непонятно|неизвестно|не пойми|ч[её]рт знает) что|не (?:то|те|та|тот|такое|такой|такая|такие)(?=\s*(?:$|[.!?])|,?\s+(?:что|как|чем)(?![а-я]))|в (?:ужасном|плачевном|жутком|непотребном|каком-то) (?:виде|состоянии))| &(?:\d+(?:-?[а-я]{1,3})? (?:числ|январ|феврал|март|апрел|ма[яйе]|июн|июл|август|сентябр|октябр|ноябр|декабр|дн|недел|месяц)|\d{1,2}[./]\d|числ|через|спустя|вчера|сегодня|позавчера|уже|вовремя|быстро|поздно|в срок|(?:только|лишь) (?:через|спустя|в|во|на|к|после|\d+ (?:дн|недел|месяц|числ))))
заказ(?:ал|ала|али|ывал|ывала|ывали)~ [^.!?\n]{2,80}?(?:а|но) (?:в коробке|в посылке|в пакете|внутри|в наборе)
(?:ordered|paid for|chose|bought|asked for) [^.!?\n]{2,80}?(?:,|;|—| and| but| yet| instead)(?: (?:i|we|you|they|the seller))? (?:got|received|sent|was sent|were sent|shipped|delivered)(?! (?:it|them|this|these|that|on|in|at|after|only|yesterday|today|late|quickly|fast|\d|the (?:parcel|package|order|item|goods|delivery|box)|my (?:parcel|package|order|item)|a (?:message|reply|notification|tracking)|an? (?:email|answer|update))(?![a-z]))
not (?:\S+ ){1,4}?as ordered
на (?:бирке|стельке|коробке|упаковке|этикетке|ярлыке|рулонах|рулоне|корпусе|пачке|тубе|флаконе|подошве) &3(?:\d+|[a-z]{1,3})(?![а-я])${NOT_A_DATE}
(?:box|label|tag|packet|bottle|sole|shoe|insole|sticker|spool) &(?:says|shows|reads|stamped|printed|marked) &\d+${NOT_A_DATE}
в (?:коробке|посылке|пакете|наборе|комплекте|упаковке) &(?:один|одна|одно|одни|две|два|три|четыре|пять) [а-я]{3,}
у (?!(?:вас|меня|нас|них|него|нее|тебя|продавц|магазин|ваш|поддержк|склад|менеджер|сотрудник|курьер|почт)~)[а-я]{3,} &нет (?!(?:ответ|совест|слов|времен|денег|возможност|желани|проблем|претензи|вопрос|трек|номер)~)[а-я]{3,}
(?:самого|самой|самих) [а-я]{3,} &нет
(?:второ(?:й|го|е|ой)|треть(?:его|ей|и)|одного|одной) (?!раз|день|недел|месяц)&2нет(?![а-я])
прислали &2(?:\d+|левы|правы|два|две|три|пять|один|одну|одни)~ &2(?:и|а|вместо)
(?:has|have)\s*(?:n\W?t| not| never) (?:yet )?(?:moved|been (?:shipped|sent|dispatched|updated))(?! (?:forward|on|ahead|an inch|at all on))
(?:has|have|had|did)(?:\s*n\W?t| not| never) reach(?:ed)? (?:me|us|my|our|the (?:post office|pickup point|locker))
never reach(?:ed|es)? (?:me|us|my|our|the (?:post|pickup|locker|address|destination|country)|home|here)
stuck (?:at|in) (?:the )?&(?:depot|customs|sorting|hub|centre|center|warehouse|transit|status|country|facility|post office|["'«])
(?:shows|says|showing|marked) (?:as )?delivered
no (?:package|parcel|order|delivery|item) (?:till|until|yet|so far)
nothing has (?:turned up|arrived|come)
(?:tracking|parcel|package) (?:has been |is |was )?(?:dead|frozen|stuck)
no record of (?:my|the) (?:parcel|package|order)
when (?:will|is|does|do) (?:my |the )?(?:order|parcel|package|item|goods)
нет движения
(?:не|ни разу не) (?:обновлял|двигал|менял)~
(?:никакого|ни одного) (?:движени|обновлени)~
висит (?:на|в) (?:статусе )?
когда (?:уже )?(?:придет|отправите|отправят|доставят|вышлете)
(?:посылк|заказ|отправлени|трек)~ &4(?:идет|висит|застрял~) (?:уже )?(?:\d+|${NUMBER_RU}|больше|более|почти|с )
(?:в коробке|в посылке|в пакете|в наборе|в комплекте|внутри) (?:\S+ ){1,3}?нет(?![а-я])
(?:одн|двух|трех|четырех|пяти)(?:ой|ого|ому|их|им)? из (?:\d+|двух|трех|четырех|пяти|шести|семи|восьми|девяти|десяти)
(?:sent|shipped|delivered|arrived|came) &3(?:with no|without) (?!(?:any )?(?:problem|issue|delay|damage|trouble|incident|hassle|a scratch|tracking|notice|warning|reply|answer)s?(?![a-z]))\w+
(?:забыли|забыл|забыла) &(?:положить|вложить|доложить|отправить|упаковать)
(?:forgot|forgotten|neglected) to (?:put|include|pack|send|add)
(?:colou?r|shade|size|model|version) (?:is|was|are|were) (?:\S+ ){1,2}?(?:not|instead of|rather than)
(?:drops?|dropping|loses|losing|keeps losing) (?:off )?(?:the )?(?:wi-?fi|signal|connection|bluetooth|network)
(?:has|have|with|there\W?s|there is|gets) no (?:wi-?fi|signal|connection|bluetooth|network)
stops? (?:every|after|within|mid|spinning|responding|recording|heating|charging)
switch(?:es)? (?:it|them)?sel(?:f|ves) off
goes (?:dead|flat|off|black|blank|dark)
backwards
flips? over
types? (?:twice|double)
(?:stays?|remains?|gets?) (?:cold|lukewarm|warm|hot)(?! (?:and|or) (?:dry|fresh))
lukewarm
(?:to|at|up to|only|reaches|reached|максимум|до|лишь|только) \d+\s?°[cfсф]?
caused (?:a |an )?(?:rash|burn|burns|allergic|itching|redness|irritation|blisters)
(?:сыпь|раздражени|покраснени|зуд|ожог|волдыр)~
час\S* &(?:отста|спеш)(?:ют|ет|ат|ит)
перезагружа~
(?:бутлуп|bootloop~)
(?:пишет|записывает|показывает|работает|идет|воспроизводит|играет|пришел|пришла|пришли|включается) &без (?:звука|изображения|сигнала|подсветки|питания)
(?:с ошибкой|погрешност~|error of) (?:в |of )?\d
(?:zero|no) (?:sound|audio|volume|signal|power|picture|heat|suction)(?! from)
bald (?:patch|spot)~
(?:don\W?t|do not) (?:grip|stick|hold|fit|close|seal|charge|light up|turn on|spin|heat|cool|lock|latch)
split (?:open|down|apart|along|in two|in half|at)
(?:про|под)тек(?:ла|ло|ли)?
(?:вдавлен|вмят|вздут|раздул|раздут)~
shards?
сыр(?:ым|ой|ая|ое) (?:внутри|в середине|в центре)
(?:slid|slides|sliding)
not (?:one|a single)(?: \S+){0,4}? (?:works|switches on|lights up|turns on|charges|fits|opens|closes)
разн(?:ого|ых|ые|ой) (?:размер|оттенк|цвет|длин|модел)~
(?:two |2 )?different (?:sizes|colou?rs|shades|lengths|models)
(?:лев|прав)(?:ый|ая|ое|ые) &3\d+\S*(?: \S+){0,2}? (?:и |а )?(?:лев|прав)(?:ый|ая|ое|ые) &2\d
(?:two |2 |both (?:are )?)(?:left|right)(?:s|-hand)?(?! (?:and|or|sides?)(?![a-z]))
(?:две|два|оба|обе) (?:левы|правы)~
(?:left|right) \S+ twice
в (?:коробке|посылке|пакете) &3(?:лежал|лежала|лежали|лежало|оказал)~ (?!(?:все|целое|целый|целая|целые|в|на|как|только|лишь|аккуратно|нормально)(?![а-я]))[а-я]{3,}
opens without
`;

/** The problem named concretely enough for a third party to check (see CONCRETE_PROBLEM). */
export function namesProblem(text: string): boolean {
  return matches(CONCRETE_PROBLEM, text) || matches(MORE_CONCRETE, text) || matches(SYMPTOMS, text);
}

/** When or how the problem showed up, or how long the parcel has been awaited. "До сих пор" is not a time. */
const WHEN_OR_HOW = wordPattern`
(?:0?[1-9]|[12]\d|3[01])[./](?:0[1-9]|1[0-2])(?:[./](?:20)?\d{2})?(?!\s*(?:₽|руб|р\.|\$|usd|eur|€|долл|%))
\d{1,2}(?:-?(?:го|е))? ${MONTHS_RU}
\d{1,2}(?:-?(?:го|е|ого))? числа
\d{1,2} (?:студзеня|лютага|сакавіка|сакавика|красавіка|красавика|чэрвеня|ліпеня|липеня|жніўня|жнiўня|верасня|кастрычніка|кастрычника|лістапада|листапада|снежня|січня|сiчня|лютого|березня|квітня|квiтня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня)
(?:в|во) (?:начале |конце |середине )?(?:январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)е
(?:в|на) (?:начале|конце|середине) (?:месяца|недели|года|${MONTHS_RU})
${MONTHS_EN} \d{1,2}(?:st|nd|rd|th)?
\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTHS_EN}
через (?:${NUMBER_RU} )?${UNIT_RU}
(?:отработал|проработал|прослужил|продержал|поработал|протянул)~ (?:ровно |всего |только |лишь |около |меньше |больше )?${NUMBER_RU} ${UNIT_RU}
${NUMBER_RU} ${UNIT_RU} назад
(?:неделю|месяц) назад
на (?:\d+-?[йм]|втор|трет|пят|следующ|перв)~ (?:день|дня|недел~|раз~)
на (?:другой|другий|наступний|інший) (?:день|ранок|вечір)
(?:на|в|во|с|со|к|ко|после|до) ${ORDINAL_RU}(?: же)? ${USE_RU}
с первого (?:дня|раза|включения)
(?:перв|втор|трет)~ же ${USE_RU}
(?:${NUMBER_RU}|втор~|трет~|четверт~|пят~) (?:ноч~|дн~|дня|день|недел~|сутк~|сутки|раз~) подряд
(?:уже|вот) (?:втор|трет|четверт|пят|шест|седьм|десят)(?:ой|ий|ую|ья|ью|ые|ые) (?:день|ночь|неделю|месяц|сутки)
с самого (?:начала|первого (?:дня|раза|включения))
на днях
в день (?:доставки|получения|вручения|прихода|покупки|приезда)
(?:дн~|недел~|месяц~|час~) через (?:${NUMBER_RU}|\w+)
по (?:получени|прибыти|приезд|доставк|вскрыти|распаковк)~
когда &(?:пришл|пришел|приехал|доставил|привезл|привез|принесл|забрал|получил)~
(?:открыв|распаковав|вскрыв|примерив|включив|получив|достав|надев|собрав|установив|подключив|зарядив|постирав|попробовав|вытащив|развернув|забрав|померив|измерив|проверив|взвесив|вставив|налив)
(?:спустя|через) (?:${NUMBER_RU} )?${UNIT_RU}
${NUMBER_RU} ${UNIT_RU} спустя
(?:неделю|месяц|день|сутки) спустя
в (?:тот |этот )?момент когда
перед (?:первым|первой|самым первым) \w+
(?:вскрыл|открыл|проверил|распаковал|осмотрел)~ &(?:прямо |еще )?(?:на почте|в пункте выдачи|в пвз|при курьере|в постамате)
(?:на|в) (?:прошл|позапрошл)~ (?:неделе|месяце|выходных|году)
(?:на|в) выходн~
(?:на|в|во|перед|после|под|накануне) ${HOLIDAYS_RU}
(?:в|на) (?:тот|ту|то|этот|эту) же (?:день|вечер|ночь|утро|неделе|неделю)
(?:тем|этим) же (?:вечером|утром|днем)
(?:этим|сегодняшним|вчерашним) (?:утром|вечером)
в (?:день|момент) получения
в тот же день
сразу (?:после|при)
при (?:распаковке|вскрытии|получении|первом \w+|примерке|проверке|осмотре|открытии|включении|зарядке|установке)
при (?:(?:первой|первом|первых|второй|втором) (?:же )?(?:[а-я]{3,}(?:ании|ении|ятии|тии|ции|ке|ре|ве|ле|не))|(?:же )?(?!покупк|заказ|оформлени|оплат|желани|уважени|обращени|общени|поддержк|наличи|услови|этом|всем|подключени|падени|рывк|нагрузк|нагрев|движени|ходьб|нажати|торможени|удар|сгибани|вращени|поворот|давлени|касани|трени|растяжени|натяжени|наклон|малейш|работе|использовани)[а-я]{3,}(?:ании|ении|ятии|тии|ке|ре|ве|ле|не))
после(?<!(?:через|спустя) (?:\S+ ){0,3}после) &(?!оплат|заказ|обращени|спор|переписк|ответ|покупк|этого|того)[а-я]{3,}(?:ки|ния|тия|тья|вки|ры)
after (?:a |the |its |one )?(?:full |complete |single |short |proper |normal )?(?:wash|washing|charge|charging|discharge|use|wear|ride|cycle|drop|installation|assembly|unboxing|fitting|shower|rain)
во время (?!спор|переписк|разговор|обсуждени|звонк|чата)[а-я]{4,}
в процессе (?!спор|переписк)[а-я]{4,}
после (?:\d+|первой|второй|первого|второго|трех|двух|одной|одного|недели|месяца|дня)\s*~
когда (?:открыл|распаковал|вскрыл|примерил|включил|получил|начал|достал)~
когда (?:я |мы |муж |жена |сын |дочь |\S+ )?&(?!заказ|оплач|оплат|покупал|купил|выбирал|писал|написал|обращал|обратил|спрашивал|спросил|звонил|ждал|открыл~ спор|отправл|отвеча|ответил|обеща|продавал|предлага|упаковыва|общал|договарива)[а-я]{3,}(?:ал|ял|ил|ел|ул|ыл)(?:а|и|ось|ся|ась|ись)?
за(?<!раз за) (?:перв\S* )?(?:неделю|месяц|сутки|${NUMBER_RU} (?:дн|ден|недел|месяц)~)
уже (?:${NUMBER_RU} )?(?:дн|недел|месяц|год)~
вчера
сегодня
позавчера
(?:в|во) &${WEEKDAYS_RU}
(?:из|за)?мерил~
перв(?:ые|ых) (?:\S+ )?(?:дн|дня|недел|месяц|час|сутк)~
(?:через|после) \d+(?:[.,]\d+)? ?(?:км|километр~|тыс\S* км|миль|моточас~|km|miles)(?![a-zа-яё])
(?:на|в|при|с) (?:самом |самой )?(?:перв|втор|трет)(?:ом|ой|ых|ую|ые|ого) же [а-яё]{3,}
померил~
взвесил~
проверил~ (?:программ|тестер|мультиметр|h2testw|на почте)~
h2testw
(?:жду|ждем|ждала?|прошло|прошел|прошла|идет|иде[тм] уже) (?:уже )?(?:больше |более |почти )?(?:${NUMBER_RU} )?${UNIT_RU}
(?:${NUMBER_RU} )?(?:месяц~|недел~|дн~) (?:жду|ждем|ждём|ждал|ждала|ждали|ожидал~|в пути)
срок~ (?:доставки|защиты)~ (?:истек|прош[её]л|закончил|вышел)~
(?:сразу,? )?как (?:только )?(?:пришл|приш[её]л|доставил|принесл|привезл|забрал|надел|постирал|подключил|зарядил|собрал|установил|распаковыва|открыва)~
(?:едва|только|лишь|стоило) &(?:открыл|распаковал|вскрыл|достал|получил|включил|надел|примерил|подключил|вытащил|постирал)~
(?:утром|вечером|ночью|днем) (?:того же|следующего|того|в тот же) (?:дня|день)
того же дня
(?:в|во|на|с|со) (?:перв|втор|трет|четверт|пят|шест|седьм|следующ|последн)(?:ый|ой|ий|ого|ую|ое|ом|ая) (?:же )?(?:вечер|утро|утра|раз|ночь|ночи)
(?:с|со) (?:начала |конца |середины )?${MONTHS_RU}
(?:received|got|arrived|came|delivered|opened)(?: it| them)? (?:on )?(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?![\d/])
после (?:пары|нескольких|четырех|пяти|десяти) ~
после (?:первого |первой )?(?:дождя|душа|ливня|снега|мороза|падения|прогулки|похода|тренировки|купания|бассейна|моря|мытья)
(?:прослужил|проработал|продержал|протянул|отслужил|проносил|работал|служил|держал)~ &(?:всего |только |лишь |около |ровно |ровненько )?(?:${NUMBER_RU} )?${UNIT_RU}
хватило &на (?:${NUMBER_RU} )?${UNIT_RU}
(?:неделю|месяц|(?:${NUMBER_RU}) ${UNIT_RU}) &(?:было|был|была|работал~|служил~|нормально|отлично|проработал~)
(?:достал|вытащил|распаковал|открыл|вскрыл)(?:а|и)? &(?:из коробки|из пакета|из упаковки|посылку|коробку|пакет|упаковку)
(?:использовал|надел|надевал|постирал|включал|заряжал|пользовал|примерял|носил)~ &(?:всего |только |лишь )?(?:один раз|два раза|три раза|пару раз|\d+ раз~|несколько раз|разок|однажды)
`;

/** More of WHEN_OR_HOW, mostly English times relative to the item's arrival or use: one pattern would be past V8's limit. */
const MORE_WHEN_OR_HOW = wordPattern`
(?:0?[1-9]|[12]\d|3[01])-?го(?= [а-яё])(?! (?:размер|этаж|ряд|класс|номер|калибр|уровн|сорт|типа|поколени|года|века|диаметр|объ[её]м)\S*)
(?:the|on|after|at|during|by) (?:the |my )?(?:\d+(?:st|nd|rd|th) time (?:i|we) (?:\S+ ){0,2}?(?:used|use|wound|wore|washed|opened|turned|plugged|charged|tried|rode|switched|filled|put)|(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth) (?:use|wash|ride|hike|wear|charge|try|night|cycle|trip|run|launch|walk|game|session))
the day (?:it|they) (?:arr?ived|came|was delivered|were delivered|arived)
(?:my|our|мо[йяеи]|наш\S*) (?:\S+ )?(?:tester|meter|scale|gauge|multimeter|thermometer|calipers?|ruler|tape measure|тестер|мультиметр|термометр|весы|линейк|рулетк|штангенциркул)\S* (?:\S+ ){0,2}(?:shows|showed|reads|read|says|said|показ\S*)
(?:посылк|заказ|товар)~ (?:так и |всё ещё |все еще |до сих пор )?нет (?:уже )?(?:\d+|${NUMBER_RU}) (?:дн|ден|недел|месяц)~
\d{1,3} (?:дней|дня|недель|недели|месяцев|месяца)(?=\s*(?:[,.!?—]|а |и |жду|уже|как|прошл|нет|(?:посылк|заказ|товар)[а-яё]* (?:так и |всё ещё |все еще )?нет))
(?:видео|фото)~ (?:с )?(?:распаковк|вскрыти)~
(?:(?:двадцать|тридцать) )?(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят|одиннадцат|двенадцат|тринадцат|четырнадцат|пятнадцат|шестнадцат|семнадцат|восемнадцат|девятнадцат|двадцат|тридцат)(?:ого|ьего|его) (?:${MONTHS_RU}|числа)
(?:the )?(?:(?:twenty|thirty)[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth) of ${MONTHS_EN}
${MONTHS_EN} (?:the )?(?:(?:twenty|thirty)[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)
on (?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?! (?:floor|time|attempt|try|page|row|line|shelf|place|position|day|night|week|use|wash|charge)s?(?![a-z]))
on the (?:(?:twenty|thirty)[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)(?! (?:floor|shelf|page|line|row|photo|picture|image|video|one|item|box|attempt|try|day of)s?(?![a-z]))
(?:started|began|happened|appeared|showed up|failed|broke) &(?:on )?the (?:very )?(?:first|second|third) (?:night|day|morning|evening|week)
(?:открыл|открыв|распаковал|распаковыв|вскрыл|вскрыв|достал|доста[её]м)~ &(?:коробк|посылк|пакет|упаковк)~
(?:уже|целых|почти|больше|более) (?:двадцать|тридцать|сорок|пятьдесят|шестьдесят|семьдесят|восемьдесят|девяносто|сто)(?: [а-я]+)? (?:дн|ден|недел|месяц)~
(?:идет|идёт|едет|идут|едут) (?:уже |почти |целых )?(?:\d+|${NUMBER_RU}) (?:дн|ден|недел|месяц)~
(?:\d+|${NUMBER_RU}) (?:дн|ден|недел|месяц)~ (?:уже )?(?:прошл|минул|истекл)~
(?:for|over) (?:the (?:last|past) )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several) (?:days|weeks|months) (?:now |already )?(?:i|we|you|they) (?:have|\Wve) been
(?:on|in|during|over) the first (?:weekend|week|day|night|evening|morning|trip|ride|wash|use)
уже (?:\d+|${NUMBER_RU}) (?:ид[её]т|жду|ждем|ждём|прошло)
(?:\d+|${NUMBER_RU}) (?:дн|недел|месяц)~ &(?:лежит|висит|стоит|идет|едет|валяется|застрял~)
after (?:the )?(?:first|second|third|one|two|three|a|\d+) (?:wash~|uses?|charges?|days?|weeks?|months?|wears?|times?)
\d+ (?:days?|weeks?|months?) (?:later|ago)
(?:${NUMBER_EN}|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]\w+)? (?:days?|weeks?|months?) since (?:i|we) (?:paid|ordered|placed|bought|purchased|got|received)
(?:it\W?s|it has|it\W?s now|that\W?s) been (?:over |more than |almost |nearly )?(?:${NUMBER_EN}|twenty|thirty|forty|fifty|sixty)(?:[- ]\w+)? (?:days?|weeks?|months?)${SINCE_A_MESSAGE}
(?:for|over) (?:the (?:last|past) )?(?:${NUMBER_EN}|twenty|thirty|forty|fifty|sixty) (?:days?|weeks?|months?)(?= (?:now|already|and|but|with|without|in|at|on|since)\s|\s*[.,;:!?]|\s*$)
${NUMBER_EN} (?:days?|weeks?|months?) (?:later|ago)
on day (?:\d+|\w+)
(?:on|from|since|at|after|with|within|during) (?:the |its |my |our )?(?:very )?${ORDINAL_EN} (?:[a-z]+ )?${USE_EN}
(?:noticed|spotted|found|saw|heard) (?:it |this |that )?(?:on )?(?:the )?(?:first|frist|second|third) ${USE_EN}
(?:the )?(?:very )?${ORDINAL_EN} ${USE_EN} (?:i|we|it|they|after|of)
(?:on|since|from|by|until|till) the \d{1,2}(?:st|nd|rd|th)(?! (?:times?|floor|ones?|attempts?|tries|try|pages?|messages?|emails?|letters?|replacements?|orders?|parcels?|packages?|boxes|box|units?|pairs?|pieces?|items?|rows?|lines?|steps?|versions?|generation|gen|edition|place|round|level|size|model|person|seller|reply|answer)(?!\w))
${WEEKDAYS_EN}(?<!(?:by|until|till|before|next|every|from|to) \w+)
(?:this|last|that|yesterday|the same|the next|the following) ${DAYTIME_EN}
(?:the )?(?:same |very )?(?:day|evening|morning|night|afternoon|moment|minute|week) (?:it|they|the \w+|my \w+) (?:arrived|came|was delivered|were delivered|showed up|turned up)
(?:last|earlier this|that) (?:week|weekend|month|year)
(?:at|over|on|before|after|during|for|around|by) (?:the )?${HOLIDAYS_EN}
${HOLIDAYS_EN} (?:day|eve|morning|evening|night|weekend)
(?:in|since|at the (?:start|end|beginning) of|in (?:early|mid|late)\W?) ${MONTHS_EN}
within(?<!(?:reply|respond|answer|refund|resolve|fix|ship|send|return|pay|confirm|contact|act|decide)\w*(?: \S+){0,2} within) (?:the first |a |an |one |two |three |\d+ )?(?:few )?(?:hours?|days?|weeks?)
(?:when|while|as) (?:i|we) (?:was|were) \w+ing
(?:\d+|a|one|two|three|four|five|six|a few) (?:days?|weeks?|months?|hours?|minutes?) in(?=\s*[.;:!?—–-]|\s\s|\s*$)
${NUMBER_EN} (?:days?|weeks?|hours?) after
(?:the )?(?:day|morning|evening|night|week) (?:after|of) (?:the )?(?:delivery|arrival|receipt|unboxing|it (?:arrived|came)|(?:i|we) (?:got|received|opened) it)
(?:when|as soon as|once|the moment|the minute) (?:it|they|the \w+|my \w+) (?:arrived|came|was delivered|were delivered|got here|showed up|turned up)
(?:right|straight|immediately|just|shortly|soon) (?:after|upon|on) (?:(?:i|we) \w+|\w+ing|delivery|arrival|receipt)
before (?:i|we) (?:even |ever )?(?:used|opened|tried|wore|washed|installed|plugged|charged|assembled|fitted)
(?:from|since) (?:the )?(?:very )?(?:start|beginning|outset|get-go|first use|first day|day one)
the other day
(?:a|one|last|this) fortnight
fortnight (?:ago|later)
(?:this )?past (?:week|weekend|month|few days)
(?:over|at|on) the weekend
once (?:unpacked|opened|unboxed|assembled|installed|charged|plugged in|switched on|inflated|filled)
(?:on|upon|at) (?:arrival|delivery|receipt)
(?:opened|checked|inspected|unpacked) (?:it |them |the \w+ )?(?:at|in front of) (?:the )?(?:post office|pickup point|courier|counter|locker)
(?:on|since|from|by) (?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])
(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])/(?:20)?\d{2}
20\d{2}-(?:0[1-9]|1[0-2])-(?:[0-2]\d|3[01])
(?:the )?(?:very )?(?:first|second|third) time (?:i|we|it|they|my|the)
(?:on )?(?:the )?delivery day
(?:the )?day it (?:arrived|came)
it(?: has|\Ws) been (?:over |more than |almost )?${NUMBER_EN} (?:days?|weeks?|months?)${SINCE_A_MESSAGE}
\d+(?<!(?:size|sizes|ages?|aged) (?:\d+[-–])?\d+|(?:the|a) \d+[-–]\d+) (?:days|weeks|months)(?! old)${SINCE_A_MESSAGE}
(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))? (?:days|weeks|months)(?! old)
(?:the )?(?:very )?first (?:evening|night|morning|afternoon|weekend)(?! of)
yesterday
today
(?:last|this) (?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?! (?:of|i\W?ll|i will|we\W?ll|please))
on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)
when i (?:opened|unpacked|unboxed|tried|measured|plugged|turned|received|took|first)~
(?:when|as soon as|the moment|once|while) (?:i|we|my \w+|she|he)(?: \w+)? ${HANDLING_EN}
(?:on|upon|while|when|after) (?:first )?(?:opening|unpacking|unboxing|unwrapping|receiving|inspecting|checking|installing|assembling|fitting|charging|using|wearing|washing|trying|testing|plugging|setting|measuring|putting|taking|hanging|mounting|pouring|filling|cooking|riding|driving|connecting)
(?:сразу,? )?как (?:только )?(?:открыл|распаковал|вскрыл|примерил|включил|получил|достал)~
upon (?:opening|arrival|receipt|unboxing|delivery)
unboxing
measured~
weighed
(?:been )?waiting (?:for )?(?:over |more than |almost )?${NUMBER_EN} (?:days?|weeks?|months?)
(?:paid|ordered) (?:\w+ ){0,3}?(?:ago|on \w+)
deadline~
since (?:day one|the first day)
(?:worked|lasted|survived|ran) (?:for )?(?:only |just |exactly |about |around )?(?:\d+|${NUMBER_EN}) (?:days?|weeks?|months?|hours?)
(?:started|began|happened|appeared|showed up) after (?:about |around |roughly |nearly |almost |only |just )?(?:\d+|${NUMBER_EN}) (?:days?|weeks?|months?|hours?)
from (?:day one|the first day)
(?:since|from|on|by|after) day (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)(?![a-z\d])
right out of the box
out of the box
(?:the )?(?:day|night|morning|evening|week) after(?! (?:tomorrow|i (?:wrote|asked|complained|contacted|opened the dispute)))
(?:the )?(?:next|following) (?:day|morning|evening|night|week)
${NUMBER_EN} (?:hours?|minutes?|nights?|uses?|washes|wears) (?:later|in)(?![a-z])
after (?:only |just )?(?:a few|a couple of|several|some|${NUMBER_EN}) ${USE_EN}
(?:on|from|since|at|after|with|within|during|by|in) (?:the |its |my |our )?(?:very )?${ORDINAL_EN} ${USE_EN}
within (?:a few |\d+ |a couple of )?(?:seconds?|minutes?|hours?) of
(?:ever )?since (?:i|we|it|they|the \w+|my \w+) (?:\w+ )?(?:arrived|came|got|received|bought|unpacked|opened|started|first|plugged|installed|delivered)
ever since
(?:the moment|the minute|the second) (?:i|we|she|he|my \w+|it|they) \w+
(?:lasted|worked|survived|held up) (?:for )?(?:only |just |about |barely |less than )?(?:${NUMBER_EN}|a) ${USE_EN}
(?:fine|ok|okay|good|perfectly|well) for (?:only |just |about )?(?:${NUMBER_EN}|a) (?:days?|weeks?|months?|hours?)
(?:i\W?ve|i have|we\W?ve|we have) (?:only )?had (?:it|them) (?:for )?(?:only |just )?(?:${NUMBER_EN}|a) (?:days?|weeks?|months?)
day (?:\d+|one|two|three|four|five)(?=\s*[:,—–-])
(?:got|brought|took) (?:it|them) home
(?:opened|unpacked|unboxed|unwrapped) (?:it|them|the (?:box|parcel|package|bag|envelope))
(?:used|wore|worn|washed|charged|tried|rode|ridden|cooked with|played with) (?:it |them |this |these )?(?:only |just )?(?:once|twice|\d+ times|a few times|two times|three times|a couple of times)
`;

/** The lexicons that say when or how the problem showed up. */
export const WHEN_LEXICONS = [WHEN_OR_HOW, MORE_WHEN_OR_HOW] as const;

export function saysWhen(text: string): boolean {
  return WHEN_LEXICONS.some((lexicon) => matches(lexicon, text));
}

/**
 * A photo word that is the buyer's evidence, not the listing's picture: "like the photo", "than the picture suggested",
 * "nowhere near the pictures", "different from the photos",
 * "your photo", "the brand's own bottle photos", "the photos in the listing" are the seller's.
 */
const buyersPicture = (noun: string) =>
  `${noun}(?<!(?:like|as|than|near|from|compared to|match|matches|resembles?) (?:the |on |in |on the |in the |the listing\\W?s |your )?${noun})` +
  `(?<!(?:your|their|brand\\W?s|listing\\W?s|seller\\W?s|store\\W?s|shop\\W?s|stock|product|bottle|advertised|fake|stolen|catalog(?:ue)?|official|promo(?:tional)?) (?:own )?${noun})` +
  `(?! (?:in|on|of) (?:the|your) (?:listing|ad|advert|page|store|shop|website|site|description))` +
  // "No photo, I'm done taking photos": a picture the buyer says they will not give.
  `(?<!(?:no|without|(?:done|tired of|sick of|fed up with|stopped|not|won\\Wt be|refuse to) (?:taking|sending|attaching|making|take|send|attach|make)) (?:any )?(?:more )?${noun})`;

/** A named kind of evidence (not "у меня есть доказательства"), or an actual tracking number. */
export const EVIDENCE = wordPattern`
фот(?<!(?:как|чем|чуж\S*|ваш\S*|рекламн\S*) (?:на |в )?фот)(?<!(?:нет|без) фот)~(?! (?:в|на|из) (?:карточк|объявлени|описани|листинг|витрин|реклам|сайт|страниц|магазин)~)(?! (?:нет|не будет)(?![а-яё]))
видео(?!регистратор|карт|камер|нян|наблюден|домофон|глазок|звон|проектор|плеер|приставк|кабел|адаптер|выход|вход|разъ|игр|связ|чип|памят|драйвер|ядр|систем)~
скрин~
снимк~
снимок
трек~
отслеживани~
переписк~
акт(?:а|ом|у)?
справк~
${buyersPicture('photos?')}
${buyersPicture('photographs?')}
${buyersPicture('pictures?')}
${buyersPicture('pics?')}
videos?(?! (?:card|doorbell|camera|cam|monitor|player|projector|cable|adapter|output|input|port|game|chip|driver|call|intercom)s?(?![a-z]))
screenshots?
screen recording
tra(?:c)?king
fotos?
letter from the post office
post office (?:statement|report|letter)
receipts? (?:is |are )?(?:attached|enclosed)
(?:attached|enclosed|attaching|attach) (?:is |are )?(?:the |a |my )?receipts?
(?:квитанци|чек)~ (?:об оплате |оплаты )?(?:прилагаю|приложен|прикладываю|во вложении)~
(?:прилагаю|прикладываю|приложил|приложила) (?:\S+ )?(?:квитанци|чек)~
chat (?:history|log)
(?:doctor|gp|vet|clinic|hospital|medical)(?:\W?s)? (?:note|report|certificate|letter|records?)
(?:заключени|выписк)~ (?:врача|ветеринара|дерматолога|педиатра|из (?:больницы|клиники|травмпункта))
[a-z]{2}\d{9}[a-z]{2}
[a-z]{2}\d{10,18}(?:[a-z]{2})?
\d{14}
`;

/**
 * The buyer says a photo or video is attached, which the form should then show. "На фото стекло" and "different from
 * the photo" speak of the listing's photo, so a bare "на фото" / "in the photo" needs a verb of showing next to it.
 */
export const ATTACHMENT_PROMISE = wordPattern`
прилага~
приклад~
прикреп~
прилож(?:ил|ила|или|ен|ено|ены|ена)(?!ием|ия|ии|ие)~(?! &2(?:к|ко) (?!(?:обращени|спор|заявк|сообщени|письм|претензи|жалоб|диспут)~)\S+)
влож(?<!(?:запрещ|опасн|недопустим|ценн|таможн|почтов|описи|соответстви)\S* влож)(?:ени|ил|ила|ен)~(?! (?:в посылк|посылк|отправлени)~)
(?:высыла|отправля|загружа|добавля)(?:ю|ем) &2(?:фот|видео|скрин|снимк)~
(?:фот|видео|скрин|снимк)~ (?:ниже|прилага~|во вложении)
(?:фот|видео|скрин|снимк)~ &6в приложении(?! (?:aliexpress|алиэкспресс|али|магазина|банка|почты))
см\.? (?:на )?(?:фото|видео|скрин)~
(?:смотрите|посмотрите|гляньте|взгляните) (?:на )?(?:фото|видео|скрин|снимк)~(?! &2(?:в|на|из) (?:объявлени|карточк|описани|странице|листинг|сайте)~)
(?:как )?(?:видно|показано|заметно) &2на (?:фото|видео|скрин|снимк)~
на (?:фото|видео|скрин|снимк)~ &2(?:видн~|показан~|заметн~)
at+ach(?<!(?<![a-z])(?:seller|they|he|she|which|who) at+ach)~(?! to (?:my|the|this|your) (?:order|parcel|package|listing|dispute))
enclos(?:e|ed|ing)
see &2(?:photo|picture|pic|video|screenshot|image)s?
(?:seen|shown|visible|can see) &3(?:photo|picture|pic|video|screenshot|image)s?
(?:on|in) (?:the |my |this |these )?(?:photo|picture|pic|video|screenshot|image)s? (?:you )?(?:can |could )?(?:see|is visible|are visible|it is visible|it\W?s visible)
(?:photo|picture|pic|video|screenshot|image)(?<!(?:delivery|courier\W?s|driver\W?s|carrier\W?s|their|his|her|the listing\W?s|your) (?:photo|picture|pic|video|screenshot|image))s? (?:below|show|shows|prove|proves)
(?:i(?:\W?ve| have)? )?(?:uploaded|included|added|uploading|including|adding) &2(?:photo|picture|pic|video|screenshot|image)s?
here (?:is|are) &2(?:photo|picture|pic|video|screenshot|image)s?
(?:look|have a look) at (?:the|my|these|this|our) (?:photo|picture|pic|video|screenshot|image)s?
(?:i\W?m sending|i am sending|sending|i send) &2(?:photo|picture|pic|video|screenshot|image)s?
`;

/**
 * The problem named only in generic words: a judgement a third party cannot check («брак», «не соответствует
 * описанию», "defective", "not what I ordered", "doesn't work properly"). A bare state ("broken", «не работает»,
 * "stopped working") is left to the model: it is usually followed by the symptom, in words no list has. The learned model reads a long, polite text
 * with dates, files and a request as concrete even when this is all it says, so a text whose problem is put only
 * this way is asked "what exactly?" whatever the model says.
 */
export const VAGUE_PROBLEM = wordPattern`
не соответству~(?: \S+){0,2}? (?:описани|заявлен|фото|фотографи|картинк|характеристик|изображени|ожидани|действительност|реальност|объявлени|карточк|качеств|стоимост|цен)~
несоответстви~
(?:не|совсем не|вообще не|ничем не) похож~ на &(?:фото|картинк|описани|изображени|то что)~
ничего общего с
(?:брак|бракован|дефектн|некачествен|неисправн|непригодн)~
с (?:дефект|изъян|недостатк)~
(?:плох|ужасн|отвратительн|низк|никак|паршив|скверн|отвратн|кошмарн|убог|дешев)\S* качеств~
качеств~ &2(?:плох|ужасн|отвратительн|низк|никак|паршив|скверн|отвратн|кошмарн|убог|оставляет желать)~
(?:дешевк|барахл|хлам|подделк|ерунд|фигн|мусор)~
отстой~
(?:it|this|that|the \S+|this \S+) sucks(?= ?[.!,;]| ?$| not in)
не работа(?:ет|ют|л|ла|ло|ли) (?:как (?:надо|следует|положено|должно|должен|должна)|нормально|должным образом|правильно|корректно|исправно|толком)
работа(?:ет|ют|л|ла|ло|ли) (?:плохо|ужасно|отвратительно|криво|через раз|некорректно|неправильно|не так)
(?:не то|не тот товар|не та вещь|не то что)(?: я)? (?:заказывал|заказал|ожидал|хотел|оплачивал)~
не оправда~ &ожидани~
not as (?:described|advertised|pictured|shown|listed|expected|stated|promised)
not (?:\S+ ){1,2}as (?:described|advertised|pictured|shown|listed|expected|stated|promised)
(?:doesn\W?t|does not|didn\W?t|did not) (?:match|correspond to|look like|resemble|live up to|meet) &2(?:description|listing|pictures?|photos?|images?|ad|advert|expectations?|specs?|specifications?)
nothing like &2(?:pictures?|photos?|images?|description|listing|advert|advertised|ad|picture|shown|described)
(?:defective|faulty|substandard|shoddy|flawed|malfunctioning)
(?:has|have|with) (?:a |some )?(?:defects?|faults?|flaws?)
(?:poor|bad|terrible|awful|low|cheap|horrible|lousy|shoddy|inferior|crappy|appalling|dreadful|abysmal|very poor|really poor|really bad|very bad|very low)(?:[- ]grade)? quality
quality (?:is |was )?&2(?:poor|bad|terrible|awful|low|horrible|lousy|shoddy|inferior|crappy|appalling|dreadful|abysmal)
(?:junk|rubbish|garbage|trash|a piece of junk|cheap knock.?off|knock.?off)
(?:looks?|feels?|looked|felt|looking|feeling) (?:so |very |really |super )?(?:like )?(?:a )?cheap
cheap (?:market.stall|knock.?off|copy|imitation|version|fake|rip.?off)
(?:look|feel)s? (?:or (?:feel|look) )?like (?:the one|the ones|what was|what i saw) (?:advertised|in the (?:pictures?|photos?|listing)|shown|pictured|listed)
not (?:at all )?like (?:the|in the|on the) (?:photos?|pictures?|listing|ad)
nothing like the quality
something (?:feels|is|seems|looks) off
worst (?:purchase|order|buy|thing|item) (?:i\W?ve|i have|i) (?:ever )?(?:made|bought|ordered)
(?:выгляд|смотр)~ (?:как|будто|словно|точно) (?:с |из |из-под )?(?:рынк|барахолк|распродаж|переход|помойк|секонд|тряпк|ночнушк|мешок|мешк|подделк|дешевк|игрушк|фикс)~
(?:какой|какая|какое|какие|какую|каким)-то (?:дешев|простецк|несерьезн|убог|самопальн|колхозн)~
дешев~ (?:на ощупь|с виду|на вид)
(?:вс[её]|вид|ощущени~) &(?:совсем |вообще |опять |снова )?не (?:то|тот|та|те)(?![а-я])
(?:совсем|вообще|опять|снова) не то(?=\s*(?:$|[.!?,]))
(?:совсем |вообще )?не как (?:на|в) (?:картинк|фото|карточк|описани|объявлени)~
(?:отвратительн|ужасн|кошмарн|паршив|омерзительн)~ (?:сервис|обслуживани|магазин)~
обеща~ одно,? (?:а )?(?:присыла|приход|отправля|получа|привоз)~ (?:совсем )?друго~
(?:does\s*n\W?t|does not|did not|didn\W?t|do not|don\W?t) (?:work|function|operate|perform) (?:properly|correctly|right|well|as (?:it should|they should|expected|described|advertised|intended)|normally)
(?:not|isn\W?t|aren\W?t) (?:working|functioning) (?:properly|correctly|right|well|as (?:it should|expected))
(?:works|worked|working) (?:badly|poorly|terribly|intermittently)
not (?:at all )?(?:what|the (?:item|product|thing)) (?:i|we) (?:ordered|expected|paid for|bought|wanted)
в (?:таком|ужасном|плачевном|непотребном|жутком) (?:виде|состоянии)
(?:is|was|are|were) not (?:what|the one) (?:i|we) (?:ordered|expected|paid for|bought)
(?:not|never) &happy with (?:this|the|my) (?:order|item|purchase|product)
expected (?:much |a lot |far )?better
(?:isn\W?t|is not|wasn\W?t|was not|not) (?:quite |really |exactly |at all )?what (?:one|i|we|you|anyone) (?:would |might )?(?:expect|expected|hope for|hoped for)
(?:complete|total|big|real|huge) (?:letdown|let.down|disappointment)
(?:получил|пришл|прислали|привезли)~ &(?:вот это|вот такое|непонятно что|неизвестно что)(?=\s*[.!?]|$)
(?:пришл|пришел|прислали|привезли)~ (?:вообще |совсем |опять |снова )?не (?:то|те|та|тот)(?=\s*(?:$|[.!?]))
не (?:такой|такая|такое|такие|тот|та|то|те),? (?:как|что|чем) &(?:на|в) (?:картинк|фото|фотографи|описани|карточк|сайт|объявлени|обзор|видео|ролик)~
оказал~ не (?:те|то|тот|та|такие|такой|такая)(?= ?[.!]|$)
качеств~ (?:так себе|ниже среднего)
(?:такого|подобного) &2не (?:видел|встречал)~
(?:словами|в двух словах) не (?:описать|передать|объяснить)
вроде (?:бы )?(?:и )?\S+,? а вроде (?:бы )?(?:и )?нет
(?:words can\W?t|i can\W?t put it into words|hard to (?:describe|explain|put into words))
качеств~ &3не (?:то|та|те)(?![а-я])
(?:товар|вещь|он|она|оно|они)? ?не подош(?:[её]л|ла|ло|ли)(?! (?:по|из-за|так как|потому)(?![а-я]))
(?:есть )?(?:вопрос|проблем)~ &(?:по|с) (?:моему |моим |нашему |нашим |вашему )?(?:заказ|товар|покупк|посылк)~
(?:i have |there is )?(?:a question|an issue|a problem) (?:about|with|regarding) (?:my|the|our|this) (?:order|item|purchase|parcel)
`;
