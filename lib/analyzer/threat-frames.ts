import { clauseAround, cover, has, REACH, sentenceIndex, sentencesOf } from './frame-parts';
import { oneOf, spansByLexicon, spansOf, wordPattern } from './patterns';
import type { Span } from './types';

/**
 * Veiled threats, found by the parts they are built from (see frame-parts.ts): knowing or exposing the seller's
 * private life (family, car, home, school, identity), visits to the seller, "it would be a pity if … happened", care
 * for the seller's health or family, and the seller's kind of place catching fire; menace in set phrases (what befell
 * those who crossed the buyer, a calm buyer whose people are not, criminal slang, greetings to the seller's family,
 * small-world proverbs with the seller's place). None count in a sentence that names a lawful step or the return of
 * the item, except knowing the seller's home, putting private data before an audience and wishing harm, which no
 * lawful step excuses.
 */

// Knowing the seller's private life: family, car, home, school, identity.
const KNOWING = wordPattern`
знаю
знаем
знает
знают
выяснил~
выясню
узнал~
узнаю
нашел
нашла
нашли
найду
найти
пробил~
пробью
вычисл~
нашл(?:ись|ось|ась)
запомнил~
извест(?:ен|на|но|ны)
нарыл~
раздобыл~
разузна~
пробить
в курсе
записан~
записал~
сохранил~
know
knew
found
find
found out
figured out
looked up
tracked down
dug up
got hold of
`;
// A family or home word that names a product ("kids bike", "home page", "family pack") is not the seller's life.
const NOT_A_PRODUCT =
  '(?!\\W?s? (?:toy|bike|size|section|range|clothes|product|categor|line|version|model|shoe|book|game|set|seat|helmet|scooter|pack|plan|room|page|screen|button|delivery|socket|use|decor|charger|mount|brand|style|bag|backpack|uniform|supplies|friendly|edition)\\w*)';
const PRIVATE_LIFE = wordPattern`
машин(?<!(?:стиральн\w* |посудомоечн\w* |швейн\w* |кофе)машин)(?:а|у|ы|е|ой)
автомобил~
фамили~
фио
отчеств~
паспорт~
домашн~
квартир~
подъезд~
сосед~
дочь
дочк~
дочер~
сын
сына
сыну
сыном
дет(?:и|ей|ям|ьми)
ребенка
жен(?:а|у|ы|ой)
супруг~
мужа
личн\w* (?:номер|телефон|страниц|страничк|аккаунт|почт)~
страничк~
аватарк~
адрес регистрации
семь(?:я|и|ю|ей)
родител~
школ(?:а|у|е|ы)
садик~
сестр~
брат(?:а|у|ом|ья|ьев|ьям)
вк(?<!(?:групп|паблик|сообществ|канал|чат)\S*(?: \S+){0,4} в вк)
вконтакте(?<!(?:групп|паблик|сообществ|канал|чат)\S*(?: \S+){0,4} в вконтакте)
инст(?:а|у|ы|ой|аграм~)
университет~
универ~
sisters?
licen[cs]e plates?
number plates?
surname
last name
full name
passport
home${NOT_A_PRODUCT}
house${NOT_A_PRODUCT}
apartment
neighbou?rs?
daughters?${NOT_A_PRODUCT}
sons?${NOT_A_PRODUCT}
kids${NOT_A_PRODUCT}
children${NOT_A_PRODUCT}
wife${NOT_A_PRODUCT}
husband${NOT_A_PRODUCT}
girlfriend
boyfriend
personal (?:instagram|facebook|number|phone|page|account|email)
family${NOT_A_PRODUCT}
parents${NOT_A_PRODUCT}
school${NOT_A_PRODUCT}
which (?:building|street|floor|flat)
в каком (?:доме|подъезде)
на каком этаже
на какой улице
`;
const SECOND_PERSON = wordPattern`
вы
вам
вас
ваш~
ты
тебе
тебя
твой~
твоя
твое
твои
you
your
yours
y\W?all
yuh
unno
una
`;
// The seller named in the third person: "the lads know who sold me this", «ребята в курсе, кто мне это продал».
const SELLER_NAMED = wordPattern`
продав~
кто &2продал~
seller~
who sold
`;
// The buyer's own family or things, and where the buyer is: "моя дочь", "my husband", "everyone in the house".
const OWN = wordPattern`
мой
моя
мое
мои
моего
моей
мою
моих
моему
наш~
my
our
(?:in|at|around|across|all over) the
`;
// The seller's family with what they do or where they go: "Вашу жену зовут …", "make sure your kids don't walk home",
// either word order ("Дочка ваша в седьмой класс ходит").
const FAMILY_MEMBER = String.raw`(?:жен(?:а|у|ы|е|ой)|супруг(?:а|у|и|е|ой)?|муж(?:а|у|ем)?|дет(?:и|ей|ям|ьми)|ребен(?:ок|ка|ку)|сын(?:а|у|ом|овья|ишк\w*)?|доч(?:ь|ери|ерью|ка|ку|ки|ке|кой|урк\w*)|родител~|мам(?:а|у|ы|е|ой)|пап(?:а|у|ы|е)|семь(?:я|и|ю|ей)|близк(?:ие|их|им)|kids|children|wife|husband|sons?|daughters?|family|parents|loved ones|mother|father|mum|mom|girlfriend|boyfriend)`;
const SELLER_FAMILY = wordPattern`
(?:ваш(?:а|у|е|его|ей|и|их|им|ими|ему)?|тво(?:й|я|ю|е|его|ей|и|их|им|ему)|your) &${FAMILY_MEMBER}${NOT_A_PRODUCT}
${FAMILY_MEMBER} (?:ваш|тво)~
`;
const FAMILY_ROUTINE = wordPattern`
зовут
забира~
тоже &(?:получ|испыта|почувству)~
(?:get|feel|receive) the same
ход(?:ит|ят)
учит~
гуля~
возвраща~
выход~
одн(?:а|и|ого|у)
в (?:школ|садик|сад)~
(?:у|возле|около|из) (?:школ|садик|сад)~
привет~
фото~
фотограф~
аватарк~
профил~
соцсет~
вичат~
wechat
instagram
facebook
красив~
мил(?:ая|ый|ые|ое|а)
say (?:hi|hello)
regards
photos?
pictures?
cute
beautiful
pretty
alone
walk~
named
names?
school
picks? up
leav(?:e|es|ing)
comes? home
gets? home
goes
`;
const WISH = wordPattern`
надеюсь
надеемся
желаю
поздравля~
праздник~
hope
wish~
happy
holidays?
`;

// Exposure: the private data, and an audience or channel for it.
const EXPOSURE = wordPattern`
(?:все|весь|всем|everyone|everybody|all) &3(?:сосед|коллег|город|район|знакомы|покупател|neighbou?r|colleague|town|city|buyers|customers)~ &3(?:узна|увид|learn|see|find out|know)~
(?:узна|увид|learn|see|find out)~ &3(?:все|весь|всем|everyone|everybody|all) &3(?:сосед|коллег|город|район|знакомы|покупател|neighbou?r|colleague|town|city|buyers|customers)~
(?:узнают|узнает|увидят|увидит|will learn|will see|will find out|going to learn|going to see|going to find out) &4(?:кто (?:вы|ты)|где (?:вы|ты) жив|who you are|where you live)~
(?:разошлю|выложу|опублику|солью|выкладу|распространю|размещу|раскидаю|post|publish|share|leak|expose|spread|plaster)~ &6(?:фио|фамили|паспорт|домашн|facebook|instagram|home address|wife|husband|kids|children|family)~
(?:адрес|телефон|фио|фамили|паспорт|данные)~ &12(?:будут|будет|окажутся|окажется) (?:висеть|опубликован~|выложен~|разослан~) &2(?:во всех|везде|на всех|в каждой|в каждом)
(?:ваш~|твой~|your) &(?:фио|фамили|паспорт|домашн\w* (?:адрес|телефон)|home address|passport|full name|surname|personal (?:phone|number|details))~ &6(?:pinned|posted|shared|circulat\w*|everywhere|every &(?:group|chat|forum)|всех &(?:чат|групп|форум)\w*|везде|в каждом)
(?:фио|фамили|паспорт|домашн\w* адрес|(?:его|ее|её|их) (?:адрес|телефон))~ &10(?:разошлю|выложу|опубликую|солью|выкладу|распространю|размещу|раскидаю)~
`;
// Visits: someone coming to the seller, or "persuading" in person.
const VISIT = wordPattern`
(?:заехать|заезжать|приехать|приезжать|наведаться|зайти|заходить|заглянуть) (?:туда |к (?:вам|нему|ней|ним) |в ваш \S+ |в офис |на склад )?(?:лично,? )?(?:для (?:разговора|беседы)|поговорить|побеседовать|пообщаться|на разговор|на беседу)
(?:к вам|к тебе) &3(?:постуч|придут|прид[её]т|приед|заглян|загляд|наведа|навест|нагрян|зайд|заед|заех)~
(?:постуч|придут|прид[её]т|приед|заглян|загляд|наведа|навест|нагрян|зайд|заед|заех)~ &3(?:к вам|к тебе)
(?:knock|visit|call|drop|stop|show|pop|come|turn)\w* &3(?:your (?:door|home|house|flat|office|shop|store|warehouse|place|family)|you (?:at home|in person|one (?:day|evening|night)))
(?:pay|pays|paying|paid) you &(?:a )?(?:\w+ )?visit
(?:зайду|заеду|загляну|приеду|наведаюсь|приду|заскочу|зайд[её]м|заедем) &3(?:познакомиться|знакомиться)
(?:my|me and my|i and my) (?:\S+ )?(?:friends|brothers|lads|guys|mates|boys|cousins|uncles)(?: and (?:i|me))? (?:will|\W?ll|are going to|gonna) (?:be|come|show up|turn up|pay a visit|drop by) (?:at|to|round|by) (?:your|the|that) (?:\S+ )?(?:showroom|shop|store|office|warehouse|place|house|home|door|stall)
(?:мы )?с (?:друзьями|братьями|ребятами|мужиками|парнями) &3(?:будем|буду|приедем|приеду|заедем|зайд[её]м|придём|придем) &3(?:у вас|к вам|в ваш|у вашего|в шоуруме|на складе|в магазине|в офисе)
(?:i\W?ll be|i will be|i\W?m coming|i am coming|i\W?m flying|i am flying|i\W?ll come|буду|приеду|прилечу|заеду) &2(?:in town|in your (?:city|town|area)|to your (?:city|town|area)|в вашем городе|в ваш город|в ваши края|к вам в город)
(?:обсуд|поговор|побесед|встрет|пообща|discuss|talk|chat|meet|have a word)~ &6(?:у|возле|около|рядом с|перед|outside|at|near|in front of) (?:ваш~|твоего|твоей|your) (?:склад|офис|дом|магазин|подъезд|квартир|warehouse|office|home|house|shop|store|door)~
(?:убежд|уговарива|решать вопросы|решают вопросы|persuad|convinc|sort(?:ing)? (?:people|things) out|talk sense)~ &3(?:лично|по-своему|по-другому|по-мужски|без слов|in person|face to face|the old way|their own way|other ways)
`;
// The buyer's people with time, vehicles or plans to meet the seller: "my cousins in Guangzhou got a truck and a lot of
// free time", «у меня мужики с тракторами и свободного времени навалом», "me and the lads … pop in for a chat".
// Relatives count too ("my grandsons are not as patient", «шурин часто бывает в Гуанчжоу»): with menace, never alone.
const ASSOCIATES = wordPattern`
(?:my|mi|мой|моя|мои|моих|моего|моему|моим|моими|у меня|у нас|me and (?:the|my)) &(?:brothers?|cousins?|uncles?|nephews?|friends?|mates|lads|boys|guys|associates|brothers?.in.law|sons?|grandsons?|husband|boyfriend|dad|tito|kuya|people|contacts|relatives|club|chapter|(?:брат|кузен|дяд|племянник|друз|друг|ребят|мужик|пацан|братв|знаком|родственник|кент|кореш|сын|внук|муж|супруг|зят|шурин|сват|кум|деверь|сослуживц|однополчан|мотоклуб)~)
(?:ребята|пацаны|мужики|братва|парни|знакомые) (?:с|из) (?:нашего|моего|моей|нашей)
(?:i\W?ve got|i have|i\W?ve|i got) (?:a |some )?&(?:friends|cousins?|mates|lads|brothers?|people|contacts|relatives|uncles?)
у меня (?:\S+ ){1,5}?(?:брат|друз|знаком|сослуживц|родственник|ребят|люди)~
(?:the lads|the boys) (?:from|at) (?:my|our|the)
(?:friends|cousins|mates|people|guys|lads|relatives|brothers|uncles) of (?:mine|ours)
`;
const MENACE = wordPattern`
free time
spare time
time on (?:their|his|our) hands
(?:a|the|their|his) trucks?
nothing (?:else )?to do
(?:pop|stop|pass) (?:in|by|round|over)
drop (?:in|by)
swing by
look you up
know (?:where you|who you|your (?:people|guys|address|family))
(?:a|for a) (?:little )?(?:chat|word|talk) (?:with you|about this)
(?:for|fi|have) a (?:little |likkle |lil |friendly |quiet )?(?:chat|word)(?! (?:with|to) (?:support|aliexpress))
свободного времени
свободное время
времени &навалом
(?:трактор|грузовик)~
(?:заглян|загляд|наведа|навест|нагрян)~
при встрече &3(?:объясн|поговор|разъясн|растолку|обсуд)~
(?:объясн|поговор|разъясн|растолку|обсуд)~ &3при встрече
по-мужски
по-свойски
(?:знает|знают) &(?:ваших|твоих|где (?:вы|ты))
(?:найд[уёе]т|найти|отыщ)~ (?:вас|тебя)
(?:знает|знают|найд~|найти|находить|отыскать|вычисл~) &3(?:людей|где (?:вы|ты|ваш|твой)~|кого спросить|вас|тебя)
(?:знает|знают) &2(?:ваш|твой|дорог)~ &(?:адрес|склад|офис|магазин|лавк|дом)~
(?:адрес|дорог)~ &5(?:записан|знают|известн|нашел|нашли|спрашивал)~
(?:заход|зайт|зайд|заех|заезж|съезд|съезж|подъед|подъех|прокат|наведа|навест|нагрян|приех|приед|приезж|бывает|бывают|ездит|ездят|летает|мотаются)~ &4(?:к вам|к тебе|в гости|лично|по-родственному|по-человечески|без предупреждения|(?:ваш|твой|твою|твоего|твоей)~ &(?:склад|офис|магазин|шоурум|лавк|дом|подъезд|пункт|город|квартир)~)
(?:поговор|объясн|разбер|пообща|побесед|обсуд)~ &3(?:лично|по-своему|по-другому|по-родственному|по-человечески|убедительн~|без слов)
(?:без предупреждения|в гости|не в переписке|не в чате|не прощают|интересуются (?:такими|вами|тобой|вашим))
хотят &познакомиться
заинтересова(?:лись|ются|лся|лась|лось|ться)
лично &(?:поговор|побесед|обсуд|пообща|разобра|разбира|встрет|познаком)~
(?:спрашивал|интересовал)~ &2(?:про вас|о вас|вами|тобой|про тебя|о тебе)
(?:asking|asked|ask) (?:after|about) you
(?:find|finding|locate|track(?:ing)? down) &3(?:your &(?:warehouse|shop|store|office|building|address|place|home|house|family|owner|manager)|you|people)
knows? &3(?:your &(?:warehouse|office|building|address|place|home|house|family|owner|manager)|who to ask|where (?:you|your)|which (?:warehouse|shop|store|office|building)|the (?:place|building))
(?:talk|speak|chat|word|visit|see|meet|discuss|explain|sort|settle)\w* &4(?:in person|face to face|personally)
(?:shops|sellers|stores|people|магазин\w*|продавц\w*) (?:like|как) (?:yours|you|ваш|вы)
(?:their own way|own way|persuasive|quiet word|not as patient|handle people|deal with people|travel a lot|who travel)
(?:make|making|makes) (?:things|life|it) &(?:difficult|hard|tough|hell) for
(?:боксер|борец|десантник|спецназ|boxer|fighter|bouncer)~
(?:умеют|умеет|know how to|knows how to|good at) &(?:убежда|уговарива|persuad|convinc)~
(?:good at|know how to|knows how to) (?:making|make) &3(?:disappear|vanish|go away)
owe me (?:a |one )?favou?r
(?:парти|посылк|контейнер|груз|отправлени|заказ)~ &4(?:будут|будет|могут|может) (?:\S+ )?(?:стоять|простоять|лежать|пролежать|зависнуть|висеть|задерживаться|задержаться|застрять|досматриваться|проходить|проверяться|оформляться)
(?:парти|посылк|контейнер|груз|отправлени)~ &4(?:досмотр|задерж|затормоз|застопор|промурыж|помурыж|конфиску)~
(?:make sure|see to it that|ensure) (?:that )?(?:your|the seller\W?s) (?:\S+ )?(?:shipments?|parcels?|containers?|packages?|goods|cargo) &3(?:sit|stay|rot|wait|get held|are held|get stuck|are stuck|get delayed|are delayed|never)(?![a-z])
(?:shipments?|parcels?|containers?|packages?|consignments?|cargo|goods|orders) &4(?:could|can|will|\W?ll|might|may|would) (?:easily |quickly |suddenly |very well |so easily )?(?:be |get )?(?:held|stuck|delayed|detained|seized|inspected|impounded)
knows? &2(?:area|neighbou?rhood|streets?|district) &2(?:your|you)
зна(?:ет|ют) &2(?:район|улиц|окрестност)~ &2(?:ваш|твой|вас|тебя)~
(?:dem|they) (?:no dey|don\W?t) send &message
`;
// Someone of the buyer's close to the seller's place: "живёт в двух кварталах от вашего офиса".
const NEAR_SELLER = wordPattern`
(?:в двух шагах|в \S+ (?:кварталах|улицах|остановках|минутах|домах)|рядом|недалеко|неподалеку|близко|по соседству|через дорогу|near|close to|next to|around the corner from|down the road from|a few (?:streets|blocks|minutes) from|(?:lives?|living|works?|working|stays?) (?:just |only )?\S+ (?:minutes?|blocks?|streets?|miles?|kilometres?|kilometers?) (?:away )?from) &(?:от |с )?(?:ваш~|твоего|твоей|твоим|your) (?:\S+ )?(?:офис|склад|дом|магазин|квартир|подъезд|office|warehouse|home|house|shop|store|flat|place)~
(?:pass|passes|passed|drives? past|walks? past|rides? past|goes past|drives? by|rides? by|проезжа\w*|проход\w*|ход\w*|езд\w*) (?:мимо )?(?:ваш~|твоего|твоей|твоим|your) (?:офис|склад|дом|магазин|квартир|подъезд|office|warehouse|home|house|shop|store|flat|place)~ &3(?:every|each|daily|most|каждый|каждое|ежедневно|по утрам|по вечерам)
`;

// Menace said in a set way, with no private detail: what happened to those who crossed the buyer, a calm buyer with
// people who are not calm, a meeting in person, ominous wishes for the seller's health or locks, criminal slang
// («за базар ответишь», «на счётчик»), "where I come from we settle this differently".
const OMINOUS = wordPattern`
ещ[её] (?:увидимся|встретимся)(?! &3(?:в суде|в арбитраже|на суде))
(?:найду|найд[её]м|отыщу|вычислю),? &4(?:не такой|не такая|не такое|не настолько) (?:уж )?(?:большой|большая|большое)
(?:те|тех|теми|таких|такими|продавц~|последн~|люд(?:и|ей|ьми|ям)|people|those|anyone|sellers|the last \S+),? &(?:кто|которые|который|кого|как (?:вы|ты)|who|that) &3(?:меня|мне|me|я|i) &10(?:(?:случа|происход|приключа)\w* &неприятност~|(?:bad|unpleasant|unfortunate) things|жалел~|пожалел~|пожалеют|жалеют|неуютно|несладко|не поздоровилось|плохо кончили|до сих пор &(?:помн|вспомина)~|в больниц~|regrett?~|were sorry|ended up sorry|ended up in hospital|still remembers?|accidents|get hurt|learn(?:ed|t)? the hard way)
(?:sellers?|shops?|people|those|anyone|folks|guys|companies|продавц~|магазин~|те|тех|люди),? (?:who|that|которые|кто) (?!(?:buy|bought|order|ordered|purchase|purchased|use|used|покупа|купил|заказ|пользу)\w*)&6(?:tend to |usually |always |soon |eventually |all |обычно |всегда |потом |быстро )?(?:regrett?~ (?:it|that|this)|(?:пожалел|жалеют|пожалеют)~)
(?:я|я-то|i\W?m|i am) &3(?:спокойн|терпелив|мирн|пожил|разумн|вежлив|patient|calm|peaceful|reasonable|polite)~ &6(?:но|а|but) (?:&2(?:my|мои|мой|моя|моих|моего|моим|у меня|у моих|people|others|другие|those) &3(?:не такой|не такая|не такие|нет|не все|are not|aren\W?t|is not|isn\W?t|not as|(?:a )?different (?:story|matter)|другое дело|другой разговор)|&5(?:у всего есть предел|земля круглая|мир тесен)|&(?:не все|not everyone|not everybody|not all of))
(?:вам|тебе|you\W?d|you had) &(?:лучше|better) &2(?:не|not) &(?:знать|узнавать|проверять|выяснять|испытывать|find out|test|try)
(?:не советую|не рекомендую|don\W?t advise you to) &(?:проверять|испытывать|узнавать|test)~
(?:будь|если бы) (?:вы|ты) &2(?:рядом|здесь|передо мной|напротив)
(?:ваше|твое) счастье,? что
(?:lucky|good thing) (?:that )?(?:you\W?re|you are|we\W?re|we are|there\W?s|there are) &3(?:far|miles|kilometres|kilometers)
(?:had )?better (?:hope|pray) (?:that )?(?:i|we) (?:never|don\W?t|do not)
(?:мне|нам) (?:уже )?нечего (?:уже )?терять
терять (?:мне |нам )?(?:уже )?нечего
(?:i\W?ve|i have|i\W?ve got|i got) nothing (?:left )?to lose
бесследно не проход~
(?:почувствовали|почувствуете|почувствуешь|ощутите|ощутили) &на себе
(?:будет|станет) (?:уже )?поздно,? &2не для меня
too late,? &2not for me
(?:по-другому|иначе|по-плохому) &2(?:вам|тебе) не понравится
you won\W?t like (?:the )?(?:other|alternative)
пока &по-хорошему
пока я (?:ещ[её] )?(?:вежлив|добр|спокоен|спокойн)~
while i\W?m (?:still )?(?:nice|polite|asking nicely|calm)
за базар~
на сч[её]тчик
по понятиям
стрелк~ &(?:забь|заби|забит)~
(?:спросят|спрошу|спросим) &(?:с вас|с тебя)
с (?:вас|тебя) &спрос~
перо в бок
закатаю (?:вас|тебя)
вывез~ &в лес
(?:sleep~|swim~) with the fishes
concrete shoes
пока (?:что )?за здравие
(?:могу|можем|я|мы) &3в гости (?:заглянуть|зайти|заехать|наведаться|нагрянуть|приехать|прийти)
(?:загляну|зайду|заеду|наведаюсь|нагряну|приеду|приду|заглянем|зайд[её]м|заедем|нагрянем) &2(?:к вам )?в гости
(?:ваш~|каждая ваша|все ваши) &2(?:коробк|посылк|парти|груз|отправлени|контейнер)~ &6(?:на досмотре|теряться|потеряются|застрянут|застревать|задержаться|задержатся|задерживаться|простоять|простоят|зависнуть|зависнут|застрять)
(?:откроете|зайдете|зайдёте|откроешь|зайдешь) (?:свой|ваш|твой) (?:магазин|сайт|страниц)~ &3(?:увидите|увидишь|а там) &(?:пуст|ничего)~
(?:make|have) your (?:store|shop|page|listing|account|business)s? (?:disappear|vanish|go away|deleted|wiped)
(?:shame|pity) if your (?:next |future |other |\w+ )?(?:container|shipment|cargo|goods|boxes|parcels|consignment)s? &3(?:stuck|held|seized|impounded|confiscated|lost|delayed)
(?:every|each|all|any) (?:\w+ ){0,2}(?:box|boxes|parcel|parcels|shipment|shipments|container|containers|package|packages) (?:of yours|from you|you send) &6(?:will|\W?ll|is going to|are going to|gonna|shall) (?:now |all |also )?(?:sit|stay|be held|be stuck|get stuck|get lost|go missing|be opened|be inspected) (?:\w+ ){0,2}(?:inspection|customs|quarantine|for (?:a|one|two|three|six) (?:week|month)s?)
(?:i hope|hope) &3(?:someone (?:in|from|of) your \S+|one of your \S+|your (?:own )?(?:family|kids|children|wife|husband|daughter|son|mother|mum|mom|pets?)) &10(?:finds? out|learns?|feels?) (?:exactly )?what (?:it|that|this)(?:\W?s| is| feels) like
(?:заставлю|заставляю|заставим) &2(?:пожалеть|жалеть)
(?:i hope|may) &2(?:you|your(?: own)? &(?:pets?|dogs?|cats?|kids|children|family|wife|husband|mum|mom|mother|son|daughter|parents|loved ones)) (?:(?!not |don\Wt |never |won\Wt |doesn\Wt )\S+ ){0,3}?(?:sick|ill|die|dies|rot|rots|suffer|suffers|choke|chokes)(?![a-z])
(?:хорош|крепк|надежн)\w* замк~ &3(?:на &двер|у вас|вам)~
(?:у вас|вам|себе) &4(?:хорош|крепк|надежн)\w* замк~
(?:разговор|разговаривать|говорить|поговорим|общаться|беседовать|объясняться)~ &4не (?:в|по) (?:переписке|чате|сети|интернете|мессенджере|телефону|почте)
(?:talk|speak|chat|conversation)\w* &5not (?:only )?(?:by|in|over|through) (?:chat|text|messages?|email|here)
у нас &3за (?:такое|такие \S+|подобное|это) &4(?:по-другому|по-своему|иначе|не словами|не прощают|ищут|спрашивают|отвечают|бьют|руки|ноги|не через спор)
where i come from,? &4(?:settle|sort|handle|deal|do)\w* &3(?:face to face|in person|differently|the old way|our own way|outside)
(?:здоровь|жизнь)~ &10(?:хрупк~|понадобится|пригодится|не купишь)
(?:стоит|стоят|стоила) (?:ли )?&4(?:вашего|твоего) здоровья
worth your (?:health|safety)
(?:keep your doors locked|lock your doors|locks on your doors)
(?:ходить|гулять|возвращаться|выходить) &3(?:одному|одной|в одиночку) &3(?:небезопасно|опасно|не стоит)
времена (?:нынче |сейчас )?неспокойн~
(?:берегите|береги|беречь|бережет|поберегите) (?:себя|их|ее|его|близких|своих|детей|семью)~ &6(?:неспокойн|небезопасн|понимаете|знаете|опасн)~
(?:советую|рекомендую) &беречь &4(?:близк|семь|дет|родн)~
(?:дет|доч|сын|жен|семь|девоч|мальчик|малыш)~ &3(?:берегите|береги) (?:их|ее|его)
(?:передавайте|передай|передавай|передайте) &2привет &3(?:супруг|жен|муж|доч|сын|дет|ребен|мам|пап|родител|семь|близк)~
(?:супруг|жен|доч|сын|дет|ребен|мам|семь)~ &8(?:передавайте|передайте) &привет
(?:say hi|say hello|give my &regards|send my (?:love|regards|best)) &2your (?:wife|husband|kids|children|daughter|son|family|mum|mom|parents|girlfriend)
(?:i\W?d|we\W?d|i would|we would) (?:really )?hate (?:for |it if )?&6(?:to happen(?! to (?:another|other|any other|the next|other) (?:buyers?|customers?|shoppers?|people|persons?|one))|happened|to be next|to catch fire|to burn|to get hurt|to (?:have|suffer|meet with) (?:an? |any )?&(?:accident|fire|mishap)s?)
accidents (?:can |do )?happen &3(?:to|in) &3(?:warehouses?|shops?|stores?|people|sellers?|businesses|those)
accidents (?:can |do )?happen &10to (?:the )?(?:people|sellers|those) who
(?:умеют|умеет|good at|very good at) &(?:находить|вычислять|finding|tracking down) &(?:людей|people)
(?:зайду|приду|приеду|заеду|загляну|наведаюсь|приехал|пришел|заехал|прилетел|прилечу) &2лично
(?:объясню|объясним|поговорю|поговорим|разберусь|разберемся) &2(?:по-своему|по-мужски)
запомни(?:те|шь)? надолго
(?:руки|руку) &длинн~
(?:long arms|long reach)
(?:найд[уеё]т|найдем|найду|достанет|достанут|достанем) (?:вас|тебя) &3(?:в китае|везде|где угодно|хоть|из-под земли)
(?:у меня|есть) &5свои люди
(?:чем|как) &(?:заканчиваются|кончаются|заканчивается|кончается) &4для (?:тех|таких|людей)
(?:искать|найти) &2не (?:придется|составит)
не составит &труда &(?:найти|узнать|вычислить)
адрес (?:ваш|твой|твоего|твоей)~ &3(?:я |мы )?(?:знаю|знаем|нашел|нашла|нашли|записал~)
не буди лихо
(?:передавать|передам|отдам|покажу|показывать|give|pass|hand) &3(?:ваше|ваш|ваши|your) &(?:имя|фото|адрес|данные|name|address|photo|details)~ &2(?:знакомым|друзьям|ребятам|людям|friends|mates|people|guys)
(?:номер|адрес|телефон|фото|данные|фамили)~ (?:тво|ваш)\S* &2уже у (?:моих |наших )?(?:ребят|друз|знаком|людей|братв|пацан)~
(?:ваш|твой|your)~ &3(?:фамили|адрес|имя|фото|телефон|address|name|photo|number|details)~ &3(?:у моих|у наших|with my|with our) &(?:друз|знаком|ребят|людей|родственник|brothers|friends|cousins|mates|people|guys)~
(?:given|gave|give|passed|handed) (?:them|him|her) your &(?:address|name|details|number)
(?:дал|дала|передал~|скинул~) (?:им|ему) (?:ваш|твой)~ &(?:адрес|имя|телефон|данные)
(?:хорошая|отличная|долгая) память
good memory for &2faces
never forget a face
(?:фото|photos?|pictures?) &2(?:его|ее|вашей|вашего|ваших|his|her|your) &(?:дочк|доч|сын|дет|жен|супруг|daughter|son|kids|children|wife)~
(?:people|those|anyone) who &4(?:tend to|often|sometimes|usually) (?:have accidents|get hurt|end up)
(?:ваш|твой|your)~ &10(?:стоит|паркуется|parked|sits) &6(?:без присмотра|у подъезда|под окнами|unattended|outside)
(?:is|are) yours,? (?:isn\W?t|aren\W?t) (?:it|they)
value your (?:car|house|home|shop|business|family|health|kids|windows)
(?:вы|ты) (?:уход|выход|приход|возвращ|ездит|ходит|гуляет)~ &3(?:последн|одн|поздно|в одиночку|через черн|по вечерам|каждый (?:вечер|день))~
you (?:leave|walk|get home|go home|lock up) &3(?:alone|last|late|every (?:night|evening))
i know (?:exactly )?(?:who you are|what city|which city)
(?:о вас|о тебе|про вас|про тебя) &2(?:многое|все|достаточно|немало) &(?:знаю|узнал~|выяснил~)
(?:многое|все|достаточно|немало) &2(?:о вас|о тебе|про вас|про тебя) &2(?:знаю|узнал~|выяснил~)
(?:neither of us|you don\W?t) wants? me to &2use (?:them|it|this)
(?:i\W?ve|i have) (?:got )?(?:your )?&8(?:and )?a lot of (?:free )?time
and i have (?:the )?time
(?:ружь|карабин|ствол|двустволк|gun|rifle|shotgun)~ &4(?:не только (?:на|для)|not just for|not only for)
(?:с такими|с теми|с этими) &(?:продавц|магазин|людьми|кидал|жулик|обманщик)~ &2(?:всякое|всё что угодно|все что угодно|разное) &(?:случается|бывает|происходит|случиться может|может случиться)
things (?:tend to |can |do )?happen to (?:sellers|shops|people|businesses) like (?:you|yours)
(?:наказыва|накаж|наказа|проуч)~ &2(?:лично|сам|сама|своими руками)(?! &(?:рубл|отзыв|рейтинг|оценк|жалоб|спор))
(?:i\W?ll |i will |i )?(?:personally )?punish &3(?:personally|myself)
пусть &(?:таким|такой|спокойным|спокойной|целым|целой) &(?:и )?(?:оста[её]тся|останется)
(?:he|she|they)(?:\W?ll| will) (?:be leaving|leave|go home|end up|be going home) in an ambulance
(?:i\W?ll|i will|i\W?m going to) be waiting for (?:him|her|them)(?! to )
(?:he|she|they|you) (?:won\W?t|will not|wouldn\W?t) enjoy (?:the|our|that) (?:conversation|chat|talk|meeting)
(?:which|what) (?:street|house|building|flat|depot|yard) (?:he|she|they) (?:lives?|drives? out of|works? (?:at|from))
(?:разнесу|разнес[её]м|разгромлю) &2(?:отделение|склад|офис|пункт|почту|магазин|контору|к ч[её]ртям|в щепки)~
(?:отделение|склад|офис|пункт|почту|магазин|контору)~ &2(?:разнесу|разнес[её]м|разгромлю)
останется без (?:колёс|колес|стёкол|стекол|зубов)
(?:followers|subscribers|fans|viewers|readers|audience|community|members) &2(?:will|\W?ll|are going to|gonna) (?:find|track down|come for|get to|visit) you(?![a-z])
(?:подписчик|зрител|читател|фанат|участник)\w* &3(?:найдут|вычислят|достанут|доберутся до) (?:вас|тебя)
(?:подписчик|зрител|читател|фанат|участник)\w* &3(?:вас|тебя) (?:найдут|вычислят|достанут)
make (?:a |the |that |this )?(?:sellers?|you|someone|somebody|people|him|her|them|(?:a |the )?(?:man|person|packer|guy)) (?:disappear|vanish)
(?:сделать|сделаю|сделаем) так,? (?:чтобы|чтоб) (?:вы|ты|продав\w*|упаковщик\w*) &2(?:исчез|пропал|испарил)~
(?:your|the seller\W?s|the shop\W?s) (?:\S+ )?address &12just so you know
(?:ваш|твой)\S* (?:\S+ )?адрес &12(?:просто чтоб(?:ы)? (?:вы|ты) знал~|имейте в виду|имей в виду|так, к сведению)
таких &8(?:прикапыва|закапыва|прикопа|закопа|мочи|топи)л~
(?:встретил|встретила|поймал|поймала|попался бы мне|попалась бы мне)~? (?:бы )?&6(?:объяснил|показал|поговорил|научил|врезал|вмазал|проучил)~ бы
if i (?:ever )?(?:met|meet|find|found|catch|caught|get hold of) (?:the \S+|whoever|the person|the guy|the one|you) &8(?:i\W?d|i would) (?:show|teach|explain|have a word)
(?:знаю|знаем|в курсе|известно|узнал~|выяснил~|нашел|нашла)(?<!не (?:\S+ )?\S+),? &2(?:из какого|в каком) (?:\S+ )?(?:город|район)~
(?:know|found out|figured out)(?<!(?:n\W?t|not|no idea|never) \S+) (?:which|what) (?:city|town|district|street) (?:you\W?re in|you are in|you live|you work|your (?:warehouse|office|shop|store|home|house|family) is)
кто (?:\S+ )?(?:меня|мне|нас|нам) (?:\S+ ){0,2}?(?:обманыва|обманет|обманул|кида|кинет|кинул|подвод|обижа|обидит|обманут)~ &4(?:жале|пожале|раскаива|плач)~
(?:whoever|anyone who|people who|those who) (?:\S+ )?(?:(?:cheats?|cheated|scams?|scammed|crosses|crossed|lies? to|lied to) (?:me|us)|(?:rips?|ripped|screws?|screwed) (?:me|us) (?:off|over)) &4(?:regrets?|regretted|is sorry|ends? up sorry|learns?|learned)
nice (?:\S+ )?(?:house|home|car|place|garden),? (?:and )?nice (?:\S+ )?(?:kids|family|wife|children|husband|daughter|son)
(?:looked you up|looked up your \S+|found your (?:house|home|address|profile|family))[.!]?(?: \S+){0,3}? nice (?:\S+ )?(?:house|home|family|kids|car|place|wife|children)
(?:хорош|красив|мил|уютн|симпатичн)\S* (?:дом|квартир|машин|дач)\S*,? (?:(?:и|а) )?(?:хорош|красив|мил|симпатичн)\S* (?:дет|детишк|семь|жен|дочк|сын)~
`;
// Connections used as menace (round twenty-nine's decision), the lads who come along and the seller's data handed to
// them: a lawful word beside them («я юрист, у меня знакомые в прокуратуре», «подам в суд, а вашим представительством
// займутся», «либо полный возврат, либо навестим ваш офис с ребятами») does not make them ordinary.
const CONNECTIONS = wordPattern`
у (?:меня|нас) (?:есть )?(?:(?:хорошие|нужные|большие|серь[её]зные|свои) )?(?:связи|знакомые|свои люди|друзья) &4(?:в|во|на) (?:прокуратур|налогов|полици|таможн|мвд|фсб|органах|суде|администраци|управлени)~
(?:вами|тобой|ваш(?:им|ей) \S+) &2(?:займутся|займ[её]тся|заинтересуются|заинтересуется)
(?:этими|этим|такими) (?:сведениями|данными|информацией|адресом) &2(?:займутся|заинтересуются|заинтересуется)
у (?:меня|нас) (?:\S+ ){0,2}?(?:брат|сестр|сват|кум|жен|муж|отец|дяд|друг|подруг|знаком|родственни|тесть|зять)\S* (?:работает|служит|трудится|сидит) (?:в|во|на) (?:прокуратур|налогов|полици|таможн|мвд|фсб|органах|суде|администраци|следственн)\S* &4(?:так что|поэтому|и) (?:подумайте|смотрите|имейте в виду|решайте|делайте выводы|советую)
(?:навестить|навестим|наведаться|наведаемся|нагрянуть|нагрянем|заехать|заедем|заеду|приехать|приедем|приеду|прийти|придем|прид[её]м|заглянуть|заглянем|зайти|зайд[её]м) &4(?:ваш|твой|к вам|к тебе)\S* (?:\S+ ){0,4}?(?:вместе )?с (?:ребятами|друзьями|братьями|братвой|пацанами|парнями|мужиками|знакомыми)
(?:visit|pay a visit to|drop by|come round to|come to|show up at|turn up at) (?:your|the seller\W?s) (?:\S+ ){0,3}?with (?:the|my|some) (?:lads|boys|guys|mates|brothers|friends)
`;
// Wishes of harm on the seller, their people or their home: a lawful word in the sentence («…, кто придумал
// автозакрытие споров, руки отсохли») does not make a curse ordinary.
// "Whoever packed this", "the guy who made these": the one who handled the item, wished harm as a person.
const WHOEVER_MADE_IT = String.raw`(?:whoever|the (?:person|guy|one|people|idiot|genius|man|woman) (?:who|that)) (?:packed|made|sent|shipped|checked|assembled|tested|sold|approved|designed|built|inspected|sealed|taped|wrapped|boxed|picked|packs|makes)\S* (?:this|these|it|them|that|those|my \S+)`;
const CURSES = wordPattern`
(?:продайте|подарите|поставьте|купите|дайте|отдайте) &3(?:сво|ваш)\S* (?:детям|реб[её]нку|внукам|маме|матери|жене|семье|дочери|сыну)
(?:sell|give|gift|buy) (?:one|it|this|these|them) to your (?:own )?(?:kids|children|family|wife|mother|mum|mom|daughter|son)
(?:for )?anything (?:bad )?to happen to (?:that |your |the )?(?:\S+ ){0,3}?(?:shopfront|shop|store|warehouse|office|family|kids|children|car|house|home|stall|premises)
(?:чтоб|чтобы|пусть) &2(?:дом|дети|семья|родные|близкие|магазин|склад)\w* &3(?<!не )(?:разрушил|сгорел|сгорит|рухнул|не видел~ покоя|не знал~ покоя|болел|заболел|пропал|прокля)\w*
may (?:your|his|their) (?:house|home|children|kids|family|shop|business) &2(?:burn|fall|crumble|suffer|never know peace|be cursed|rot)\w*
(?:чтоб|чтобы|пусть) &(?:у )?(?:вас|тебя|вам|тебе|вы|ты|ваш~|тво~) (?:(?!не |у меня |у нас |мо[йяеи]\S* |я |мы |знал|понимал|понял)\S+ ){0,5}?(?:болел|заболел|сдох|подох|отсох|сгнил|мучил|ослеп|оглох|подавил|окочурил|рванул|взорвал|сгорел|хоронил|похоронил|лопнул|прорвал|рухнул|развалил|загорел|обрушил|искрил|коротнул|замыкал|полыхнул|полыхал|вспыхнул|бабахнул|бахнул|шарахнул|затопил)~
пока (?:у вас|у тебя|ваши|твои) &(?:руки|ноги|глаза|пальцы|кожа)~ не (?:отсох|сгни|облез|ослеп|отвалил)~
(?:руки|руку|руки-ноги|ноги) (?:бы )?(?:оторвать|поотрывать|повыдергивать|повыдёргивать|повыдергать|отрубить|оторвал бы|оторву|поотрываю) &3(?:тому|тем|того|им|ему|ей|вам|тебе|этим|упаковщик\w*|продавц\w*|кто)(?![а-яё])
(?:тому|тем),? кто &6(?:руки|руку|руки-ноги) (?:бы )?(?:оторвать|поотрывать|повыдергивать|повыдёргивать|отрубить)
(?:чтоб|чтобы|пусть) &8(?:руки|ноги|пальцы|глаза) (?:так же |тоже )?(?:отсохл|отсохнут|отвалил|отвалятся|сгнил|сгниют|оторвал|поотсыхал|поотвалива|обгорел|обгорят|обожгл|сгорел)~
желаю,? (?:чтобы|чтоб) &3такой же \S+ &6(?:у (?:вас|тебя) (?:дома|в детской|в квартире|в доме|на кухне|в спальне)|(?:вашему|вашей|вашим|твоему|твоей|твоим) (?:реб[её]нку|детям|сыну|дочери|маме|матери|семье|собаке|коту|внукам))
(?:i hope|i pray|may) (?:that )?your own (?:dogs?|cats?|pets?|kids?|children|baby|family|sons?|daughters?|mother|mum|mom|home|house) &6(?:one of these|this thing|these things|the same|it)(?![a-z])
(?:i hope|i pray|pray|may) (?:that )?(?:you|your \S+)(?: and yours)? &10(?:in|on) your own (?:bones|skin|body|flesh)
(?:чтоб|чтобы|пусть) &2(?:(?:ваш|тво)\S* (?:дет|внук|родн|близк|семь|сем|сын|доч|мам|жен)\S*|(?:вы|ты) (?:сами|сам|сама)|у (?:вас|тебя) (?:самих|самого|самой)) &6так же (?!(?:\S+ ){0,3}?(?:рад|счастлив|здоров|доволь|наслажд))&6,? как (?:и )?(?:(?:\S+ ){0,3}?у меня|я|мы|мой|моя|мои|моего|моей|наш\S*)(?![а-яё])
(?:желаю|пожелаю) &2(?:вам|тебе) &3так же (?!(?:\S+ ){0,3}?(?:рад|счастлив|здоров|доволь|наслажд))&6,? как (?:и )?(?:я|мы|мой|моя|мои|моего|моей|наш\S*)(?![а-яё])
(?:будьте|будь)(?: (?:вы|ты))? (?:прокляты|проклят|проклята)
(?:чтоб|чтобы|щоб|каб) (?:вас|тебя|вам|тебе|цябе|табе|ваш\S*|тво\S*) &2(?:гром|грім|пярун|перун)~
(?:чтоб|чтобы|пусть) &2(?:ваш|тво)\S* (?:дет|внук|родн|близк|семь|сем|сын|доч|мам|жен)\S* &2так же (?!(?:\S+ ){0,3}?(?:рад|счастлив|здоров|доволь|наслажд|мог|смог|игра|улыба|люб|польз|уч|получ|весел|знал|понимал))[а-яё]+(?:ли|ла|л|ть|ться|лись|ют|ут|ются|утся|ят|ат|ятся|атся)(?![а-яё])
(?:желаю|пожелаю) &2(?:вам|тебе) (?:сам\S* )?так же (?!(?:рад|счастлив|здоров|доволь|наслажд|повез|везл|успе|удач|хорош|приятн|весел|любв|терпени|поня|понима|разобра|узна|научи|осозна|сдела|решить|помочь)\S*)[а-яё]+(?:ть|ться|чь|чься|ти|тись)(?![а-яё])
(?:проклинаю|прокляну) (?:вас|тебя|ваш\S*|тво\S*)
(?:(?:i )?hope|i wish|may) (?:that )?(?:you|your (?:own )?(?:kids|children|family|wife|husband|son|daughter|mum|mom|mother|packers?|staff)|${WHOEVER_MADE_IT}) &8(?:the same way|like i did|like my \S+ did|as i did|as my \S+ did)
(?:(?:i )?hope|i wish|may) (?:that )?${WHOEVER_MADE_IT} &4(?:test|tries|try|use|ride|drive|wear|eat|drink)s? (?:it|them|these|this|one)(?: \S+){0,4}? (?:downhill|at speed|on the motorway|on the highway|with nothing|without brakes|on (?:himself|herself|themselves|his own|her own|their own))
(?:пусть|чтоб|чтобы|надеюсь,?(?: что)?) (?:тот|те|та),? (?:кто|который|которая|которые) &8(?:обожж|обжеч|обожг|порез|пореж|поран|отрав|покалеч|травмир|сгор|задохн|заболе|грохн|расшиб|разобь|упад[её]т|подавит|подавил|захлебн|шлепн|свалит|слетит|убь[её]т)~
(?:пусть|чтоб|чтобы|надеюсь,?(?: что)?|желаю,? (?:чтобы|чтоб)) (?:ваш|тво|этот|тот|эт)\S* (?:упаковщ|сборщ|кладовщ|продав|менеджер|директор|сотрудник|работник|оператор|владел|хозя|курьер)\S* &6(?:обожж|обожг|пореж|порез|поран|отрав|покалеч|травмир|грохн|расшиб|разобь|упад|свалит|слетит|шлепн|подавит|подавил|захлебн|задохн|сломает|переломает|убь[её]т)~
(?:(?:i )?hope|i wish|may|hopefully) (?:that )?${WHOEVER_MADE_IT}(?: \S+){0,3}? (?:chokes?|gets? (?:burned|burnt|hurt|cut|poisoned|electrocuted|injured)|burns? (?:himself|herself|themselves|his|her|their)|falls? (?:off|down|over|on)|trips? (?:over|on)|cuts? (?:himself|herself|themselves|his|her|their)|breaks? (?:his|her|their|a) (?:\S+ )?(?:neck|leg|arm|back|finger|hand|teeth|nose)|loses? (?:a|his|her|their) (?:finger|hand|eye))(?![a-z])
(?:чтоб|чтобы|пусть) у (?:вас|тебя) (?:(?:самого|самой|самих|тоже) )?(?:\S+ ){0,2}так же (?!(?:\S+ ){0,3}?(?:рад|счастлив|здоров|доволь|наслажд|мог|смог|игра|улыба|люб|польз|уч|получ|весел|знал|понимал|работал|служил|радовал|повезл|везл))[а-яё]+(?:ли|ла|л|сь|ся)(?![а-яё])
(?:пусть|чтоб|чтобы) (?:ваш|тво)\S* (?:дет|внук|сын|доч)\S* &2(?:поиграют|поиграет|поиграли|поиграл|поиграла|попользуются|попользовались|попробуют|попробовали|поедят|поели|наденут|надели|покатались|покатался|покаталась) (?:с |в |на )?(?:такими|таким|такой|такую|этим|этой|этими) же
(?:let|may|i hope) your (?:own )?(?:kids|children|son|daughter|grandkids) (?:\S+ )?(?:play|use|wear|eat|try) (?:with )?(?:these|this|the same|one of these)
(?:curse you|i curse you|a curse on you|may you be cursed)
(?:i hope|i pray|may) (?:that )?your (?:own )?(?:dogs?|cats?|pets?|kids?|children|baby|family|sons?|daughters?|fish|birds?) (?:(?!(?:doesn\W?t|don\W?t|won\W?t|didn\W?t|never|not|wouldn\W?t) )\S+ ){0,3}?(?:choke|chokes|die|dies|get sick|gets sick|suffer|suffers|get hurt|gets hurt|get poisoned|gets poisoned)(?![a-z])
(?:i hope|i wish|hopefully|may) (?:that )?(?:his|her|their|your|(?:that|the|this|your) (?:driver|courier|postman|seller|owner|packer)\W?s) (?:\S+ )?(?:van|car|truck|lorry|house|home|shop|store|warehouse|business|office) &3(?:ends? up in a ditch|crash(?:es)?|burns?(?: down)?|breaks? down|catches fire|goes up in flames|gets? (?:stolen|wrecked|robbed|torched)|falls? apart)
(?:желаю|пожелаю) &6(?:на себе|на своей шкуре|на собственной шкуре),? (?:с тем же|с таким же) (?:исходом|результатом|эффектом)
(?:i wish|i hope) &8(?:on (?:himself|herself|themselves|yourself|yourselves)|first.?hand),? with the same (?:result|outcome|effect)
`;
// Knowing where the seller lives or works: a threat unless the item is going back there ("I know where your warehouse
// is, it's on the return label, and the rug goes back there tomorrow").
const KNOW_WHERE = wordPattern`
(?:знаю|знаем|знают|знает|в курсе|известно|узнал~|нашли|нашел|нашла|выяснил~|вычислил~|knows?|found out|figured out|learned|tracked down),? &3(?:где|where) &2(?:ваш~|твой|твои|твоя|твое|твоего|твоих|вы|ты|вас|тебя|your|you)
i know &2(?:where (?:that|the|your|this) (?:driver|courier|postman|guy|seller|owner|packer|manager) (?:lives|parks|works|drinks|eats|sleeps)|where you (?:live|work|are)|your (?:home )?address|where your (?:shop|store|warehouse|office|family|kids|children))
`;
const GOES_BACK = wordPattern`
(?:return|returns) (?:label|address|slip)s?
(?:goes|go|going|send|sending|ship|shipping|sent) (?:it |them |the \S+ )?back
для возврата
на возврат
(?:отправлю|отправить|верну|вернуть) &(?:обратно|товар|посылку)
pick (?:it |them )?up
забрать
`;
// Knowing where the seller lives: a return goes to a warehouse, never to a home, so no lawful word excuses it.
const HOME = wordPattern`
(?:зна|узна|найд|найт|выясн|вычисл|пробить)~ &2(?:где|в каком (?:доме|подъезде)|на какой улице) &2(?:вы|ты) &(?:живете|живешь|ночуете)
(?:know|found out|find out|figured out|tracked down) &2where you &live
(?:know|found out|find out|figured out|tracked down) &2where &6(?:family|wife|husband|kids|children|daughter|son|parents|owner|manager|director)\W?s? &5lives?
(?:зна|узна|выясн|вычисл)~ &2где &2(?:живет|живут|проживает|проживают) &3(?:семь|жен|муж|дет|доч|сын|родител|владел|директор|менеджер|хозя)~
`;
// Proverbs of a small world (a small town where the two will meet) and of karma threaten when the seller's place or a
// meeting is named with them.
const PROVERB = wordPattern`
мир тесен
город (?:у нас |наш )?(?:небольшой|маленький|тесный) &4(?:пересеч|встрет|свид|увид)~
бумеранг~
земля круглая
what goes around comes around
karma
small world
small place
`;
const PROVERB_CUE = wordPattern`
злопамятн~
помню &(?:годами|долго|всех|всё|все)
не забываю
запомните
встрет~
пересеч~
свидимся
адрес~
address
город~
city
знаю
know
найд~
find
yours
приед~
visit
склад~
офис~
warehouse
shop
не так (?:уж )?(?:далеко|большой)
недалеко
not (?:that|so) far
closer than (?:you think|it seems)
ближе,? чем (?:кажется|вы думаете|ты думаешь)
bump into
meet
бываю
flying
лечу
happen
`;
// Publishing the seller's private data to an audience: the audience first, then the data in that sentence or the one
// before ("Ваш IP и личный номер директора я нашёл. Эти данные окажутся на трёх форумах").
const AUDIENCE = wordPattern`
(?:every|all|each) &3(?:groups?|chats?|forums?|review sites?)
buyers?\W?s? groups?
(?:my|his|her) &(?:stream|channel|followers|subscribers)
followers
subscribers
on facebook
(?:во|в|по) (?:все|всех|всем|паре|трех|нескольких) &2(?:чат|групп|форум|паблик|канал)~
подписчик~
паблик~
(?:into|in|to|on) my (?:review|post|video|stream|channel)s?
в открытом доступе
листовк~
`;
const SELLER_PERSON = String.raw`(?:директор|менеджер|владел|хозя|жен|муж|доч|сын|дет|семь|супруг)~`;
const PERSONAL_DATA = wordPattern`
(?:ваш|твой|your)~ (?:(?:real|full|personal|private|home|настоящ\w*|личн\w*|домашн\w*|полн\w*|паспортн\w*) )?(?:фио|фамили|имя|паспорт|адрес|телефон|номер|данные|фото|фотограф|страниц|страничк|ip|name|surname|phone|number|address|passport|photos?|pictures?|instagram|facebook|details)~
(?:фио|фамили|имя|паспорт|адрес|телефон|номер|данные|фото|скан|скрин|страниц|страничк|name|surname|phone|number|address|passport|photos?|pictures?|instagram|details)~ &3(?:(?:ваш|вашего|вашей|твоего|твоей|его|ее) &${SELLER_PERSON}|директора|менеджера|владельца|(?:the|your|shop) owner|your &(?:owner|manager|wife|husband|kids|family|girlfriend))
(?:owner|manager|director)\W?s &(?:name|address|phone|number|photos?|details)
(?:staff|employees?|workers?|packers?|sellers?)\W?s? home (?:address|phone)~
(?:his|her|their|его|ее|её|их) (?:real |full |home |личн\w* |домашн\w* )?(?:name|surname|address|photos?|linkedin|employer|phone|number|instagram|facebook|имя|фамили|адрес|фото|телефон|номер|страниц)~
(?:photos?|pictures?|фото) (?:of )?(?:his|her|their|его|ее|её|их) (?:house|home|car|family|kids|children|дом|квартир|машин|семь|дет)~
linkedin
ip
фио
паспорт~
домашн~ адрес~
home address
full name
real name
id photo
family pictures
`;
// Having the seller's data: only with the seller's (or staff's) possessive by the data word, never the buyer's own.
const HAVING = wordPattern`
у меня (?:уже )?есть
есть у меня
i\W?ve got
i have got
i\W?ve saved
(?:i\W?ve )?made a note of
`;
const SELLERS = wordPattern`
ваш~
твой~
твоего
твоей
your
его
ее
директора
менеджера
владельца
owner\W?s
`;
// Polite menace: "it would be a pity if …", care for the seller's health or family, the seller's kind of place burning.
const PITY_IF = wordPattern`
(?:жаль|печально|грустно|обидно|жалко|неприятно|досадно|pity|shame|sad|unfortunate|terrible|awful)~,? &2(?:если|коли|когда|if|for|should)
`;
const HARM = wordPattern`
(?:turned|turns|turn|showed|shows|show) up (?:there |at \S+ )?(?:asking|with|to ask)
found out (?:what kind|what sort|who|where)
случ(?:ит|ил|ае|и)~
стряс~
произо[йш]~
сгор~
пострада~
пожар~
загор~
авари~
несчаст~
бед(?:а|у|ой)
неприятност~
травм~
catch(?:es)? fire
caught fire
burn~
fire
accidents?
(?:something|a lot|plenty|much) to say about your (?:store|shop|business|listing|products?)s?
hurt
harm
injur~
trouble
caught up in
не заведется
сломает~
разобь~
проколют
поцарапа~
won\W?t start
end(?:s|ed)? up (?:on|in|all over)
(?:кто-(?:то|нибудь)|someone|somebody) &(?:зашел|зайдет|заглянет|пришел|придет|приедет|visit~|came|come|drop~|show~)
исчезн~
пойдет не так
(?:соседи|коллеги|родные|жена|муж|дети|знакомые) &узна~
breaks? down
(?:gets?|got) (?:scratched|smashed|broken|damaged)
`;
const CARE = wordPattern`
(?:на вашем месте|на твоем месте) &3(?:поберег|подумал|позаботил|берег)~ &3(?:здоровь|близк|семь|дет|родн)~
(?:поберегите|берегите|позаботьтесь о|подумайте о) &2(?:здоровь|близк|семь|дет|родн)~
(?:look after|take care of|think of|think about|watch out for|keep) (?:yourself and )?(?:your|their) (?:loved ones|famil|kids|children|health|wife|husband)~
(?:keep|kept) &2famil~ &2(?:out of trouble|safe)
(?:смотрите|оглядывайтесь|поглядывайте) &2(?:по сторонам|через плечо|за спину)
look over your shoulder
(?:посмотрим|поглядим|увидим),? как (?:вы|ты) (?:запоете|запоешь|заговорите|заговоришь)
(?:warehouses|shops|stores|sellers|businesses|склады|магазины|продавцы) &2(?:catch fire|burn down|burn|get hurt|have accidents|горят|сгорают|страдают) &3(?:all the time|often|sometimes|every day|easily|these days|nowadays|постоянно|бывает|часто|иногда|легко|сейчас)
(?:warehouses|shops|stores|склады|магазины) &3(?:often|sometimes|easily|часто|иногда|легко|бывает) (?:catch fire|burn|горят|сгорают|загораются)(?! &4(?:берегите|поберегите|берегли бы|take care))
(?:short fuse|long memory|вспыльчив~)
(?:fires?|accidents?) &2(?:start|happen|break out)~ (?:so |very |really |quite )?easily (?:in|at|to) (?:places|warehouses|buildings|shops|businesses|people) like (?:that|yours|this|you)
(?:в|на) таких (?:местах|складах|магазинах) &2(?:легко|часто|быстро) &(?:случа|бывают|начина|вспыхива)~ (?:пожар|несчаст|авари)~
(?:горят|сгорают|горит|сгорит|пожар~|загора~) &4(?:берегите|поберегите|берегли бы) (?:свой|свои|своё|свое|ваш|ваши)~
(?:do |please )?take (?:good )?care of (?:yours|your (?:warehouse|shop|store|office|premises|building|stock))(?![a-z])
у меня (?:очень )?длинные руки
i have a long reach
(?:не )?(?:испытывайте|испытывать) &терпени~
(?:don\W?t|do not) test my patience
(?:stay safe|be careful|take care|берегите себя|будьте осторожн\w*|осторожнее)(?: out there)?,? &3(?:and|и|а) &3(?:refund|return|верн|think|подума)~
(?:people|sellers|those|anyone|whoever|те|тот|люди|продавцы),? (?:who|that|кто|которые) &3(?:me|меня|мне) &4(?:regret|пожале|жалеют|жалеет|end up sorry)~
`;
// A lawful step or the item's return in the same sentence makes a visit, an address or a family word ordinary.
const LAWFUL = wordPattern`
возврат~
для возврата
обмен~
спор(?:а|е|у|ом|ы|ов)?
арбитраж~
суд(?:а|е|у|ом|ы)?
судебн~
полици~
банк~
чарджб~
роспотребнадзор~
юрист~
адвокат~
претензи~
жалоб~
заявлени~
отзыв~
забрать
получить
return~
exchange
dispute~
court
police
bank
chargeback
consumer
lawyer
review~
complaint
claim
(?:goes|go|going|send|sending|ship|shipping|sent) (?:it |them |the \S+ )?back
(?:отправлю|отправить|верну|вернуть) &(?:обратно|товар|посылку)
pick (?:it |them )?up
picked up
collect~
`;

// What the buyer can do to a person: fight, shoot, a weapon at hand. Innocent in a text about the gear ("I hunt elk,
// the scope must hold zero"); a threat with a warning beside it ("I don't miss at sixty yards, keep that in mind").
const CAPABLE = wordPattern`
(?:i|i\W?m|i am|i\W?ve) (?:\S+ )?(?:box|boxed|fought|fight|hunt|shoot|a (?:\S+ )?(?:boxer|hunter|fighter|marksman|sniper|good shot|black belt))(?![a-z])(?! (?:up|it|them|videos?|photos?|pictures?|film|footage|content|weddings?|portraits?|for bargains|for deals))
i (?:\S+ )?(?:don\W?t|do not|never|rarely) miss(?! (?:the|a|an|my|your|it|this|that|him|her|them|out|any|anything|being|having|\S+ing)(?![a-z]))
hit like a (?:truck|train|freight train|mule|sledgehammer|brick)
(?:know|knows) how to use (?:a|an|my|this) (?:knife|gun|rifle|crossbow|bow|shotgun|pistol|blade|axe|machete|bat|fists?)
(?:i\W?ve got|i have|i own|got) (?:a |an |two |some )?(?:crossbow|gun|rifle|shotgun|pistol|knife|knives|guns|axe|machete|baseball bat)s?(?![a-z])
я (?:\S+ )?(?:охотник|боксер|боксёр|борец|каратист|самбист|кмс|мсмк|мастер спорта|снайпер|стрелок|десантник|спецназовец)
(?:стреляю|бью|попадаю) (?:\S+ )?без промаха
не (?:промахиваюсь|промахнусь)
(?:у меня|в сейфе) (?:\S+ ){0,2}?(?:ружь|карабин|арбалет|пистолет|оружи|ствол|травмат|два ствола)~
(?:умею|знаю,? как) (?:обращаться|пользоваться) (?:с )?(?:нож|оруж|ружь|арбалет|пистолет|топор)~
(?:удар|хук) (?:у меня )?(?:поставлен|тяж[её]л)~
разряд по (?:боксу|борьбе|самбо|стрельбе|дзюдо|карате)
`;
const WARNING = wordPattern`
(?:keep|bear) (?:that|this|it) in mind
think (?:about|on) (?:that|this|it)(?= ?[.!,;]| before| when| next|$)
just saying
(?:consider yourself|you\W?ve been|you have been) warned
(?:remember|don\W?t forget) that(?= ?[.!;]|$)
draw your own conclusions
имейте (?:это )?в виду(?! (?:что|,))
(?:учтите|учти)(?: это)?(?= ?[.!]|$)
(?:подумайте|подумай) (?:об этом|над этим|хорошенько|дважды|как следует)
делайте выводы
намек понятен
(?:я )?(?:вас )?предупредил~
вы предупреждены
к сведению
просто чтоб(?:ы)? (?:вы|ты) знал~
так что (?:думайте|подумайте|смотрите|решайте)
`;

// Every first part of a threat frame, scanned for once (see `oneOf`), in this order. Two scans, not one: together
// they are past the 20 KiB of source beyond which V8 stops optimising a pattern, and that one scan took half the time
// of a whole check. The cues' scan also carries the kinds that stand on their own but exposure and ominous words
// (visits, connections, care and nearness); curses, which grew past what either could take, are a third scan.
const THREATS_ON_THEIR_OWN = oneOf([EXPOSURE, OMINOUS]);
const THREAT_CUES = oneOf([
  VISIT,
  CONNECTIONS,
  HOME,
  KNOW_WHERE,
  KNOWING,
  PITY_IF,
  SELLER_FAMILY,
  ASSOCIATES,
  PROVERB,
  AUDIENCE,
  HAVING,
  CARE,
  NEAR_SELLER,
]);

/** Veiled threats, doxxing and polite menace. `text` is the flattened, lower-case text (commas read as spaces). */
export function framedThreats(text: string): Span[] {
  const [exposure, ominous] = spansByLexicon(THREATS_ON_THEIR_OWN, text);
  // Its own scan: with exposure and ominous words it would pass V8's optimising limit.
  const capable = spansOf(CAPABLE, text);
  const cues = spansByLexicon(THREAT_CUES, text);
  const [visit, connections, home, where, knowing, pity, family, associates, proverb, audience, having, care, near] =
    cues;
  const curses = spansOf(CURSES, text);
  const candidates: Span[] = [...exposure, ...visit, ...care, ...near, ...ominous];
  if (candidates.length === 0 && capable.length === 0 && curses.length === 0 && cues.every((list) => list.length === 0))
    return [];
  const sentences = sentencesOf(text);
  const around = (span: Span) => {
    const clause = clauseAround(sentences, span);
    return { start: clause.start, words: text.slice(clause.start, clause.end) };
  };
  // The sentence before and after as well: a threat often spans two ("Я нашёл ваш адрес. Эти данные окажутся …").
  const withNeighbours = (span: Span) => {
    const index = sentenceIndex(sentences, span.start);
    const first = sentences[Math.max(0, index - 1)] ?? { start: 0, end: 0 };
    const last = sentences[Math.min(sentences.length - 1, index + 1)] ?? { start: 0, end: text.length };
    return text.slice(Math.max(first.start, span.start - REACH), Math.min(last.end, span.end + REACH));
  };
  for (const part of knowing) {
    const { start, words } = around(part);
    if (!has(SECOND_PERSON, words)) continue;
    const others = spansOf(PRIVATE_LIFE, words).filter((span) => !ownedByBuyer(words, span));
    // Knowing only the seller's name from the waybill is how the buyer addresses them, not a threat.
    if (has(PAPER, words) && others.every((span) => NAME.test(words.slice(span.start, span.end)))) continue;
    const last = others[others.length - 1];
    if (last) candidates.push(cover(part, { start: start + last.start, end: start + last.end }));
  }
  for (const part of associates) {
    // The menace may follow in the next sentence ("Some of my lads are in Ningbo. They can be very persuasive.").
    const index = sentenceIndex(sentences, part.start);
    const end = Math.min((sentences[index + 1] ?? sentences[index] ?? { end: text.length }).end, part.end + REACH);
    const menace = spansOf(MENACE, text.slice(part.start, end));
    const last = menace[menace.length - 1];
    const nearby = last ? withNeighbours(part) : '';
    if (last && (has(SECOND_PERSON, nearby) || has(SELLER_NAMED, nearby)))
      candidates.push(cover(part, { start: part.start + last.start, end: part.start + last.end }));
  }
  // A warning before it or after it ("И имейте в виду: я охотник", "I hit like a truck. Think about that").
  for (const part of capable) if (has(WARNING, withNeighbours(part))) candidates.push(part);
  for (const part of family) {
    const { words } = around(part);
    if (has(FAMILY_ROUTINE, words) && !has(WISH, words)) candidates.push(part);
  }
  const exposures: Span[] = [];
  for (const part of pity) {
    const clause = clauseAround(sentences, part);
    const rest = text.slice(part.end, clause.end);
    const harm = spansOf(HARM, rest);
    if (harm.length > 0) candidates.push({ start: part.start, end: part.end + harm[harm.length - 1]!.end });
    // "A shame if your reviews filled up with your staff's home addresses": the harm is the exposure, and no review
    // makes it lawful.
    const exposed = spansOf(PERSONAL_DATA, rest).filter((span) => !ownedByBuyer(rest, span));
    const last = exposed[exposed.length - 1];
    if (harm.length === 0 && last) exposures.push({ start: part.start, end: part.end + last.end });
  }
  for (const part of proverb) if (has(PROVERB_CUE, around(part).words)) candidates.push(part);
  for (const part of having) {
    const { words } = around(part);
    if (has(PERSONAL_DATA, words) || sellersPrivateLife(words)) candidates.push(part);
  }
  // A lawful step or the item's return in the same sentence keeps it innocent; publishing private data never is.
  const threats = candidates.filter((span) => !lawful(around(span).words));
  for (const part of audience) if (has(PERSONAL_DATA, withNeighbours(part))) threats.push(part);
  threats.push(...exposures);
  for (const part of where) if (!has(GOES_BACK, around(part).words)) threats.push(part);
  threats.push(...home, ...curses, ...connections);
  return threats;
}

/** A family or home word with the seller's (or the staff's) possessive within three words of it. */
function sellersPrivateLife(words: string): boolean {
  return spansOf(PRIVATE_LIFE, words).some((span) => {
    const near = words.slice(Math.max(0, span.start - 30), Math.min(words.length, span.end + 30));
    return has(SELLERS, near) && !ownedByBuyer(words, span);
  });
}

// The address on a return label or a waybill says where the parcel goes back, not that the sentence is lawful: a
// threat that found the address there is still a threat ("I've got the address from your return label, and friends").
const PAPERWORK = /(?:return|returns) (?:label|address|slip)s?/g;
// «Не будет возврата — зайду познакомиться лично»: a refund withheld is the condition of the threat, not the item's
// lawful return.
const REFUND_AS_CONDITION =
  /(?:не будет|нет|без|если не (?:будет|сделаете|оформите|получу)|пока не (?:будет|получу))\s+(?:\S+\s+)?(?:возврат|возмещени)\S*(?:\s+(?:денег|средств))?/g;

const PAPER = wordPattern`
накладн~
накладк~
квитанци~
этикетк~
label
waybill
invoice
receipt
`;
const NAME = /^(?:фамили|фио|отчеств|surname|last name|full name)/;

/** The words name a lawful step (a dispute, support, the bank, the police, a court, a review) or the item's return. */
export function lawful(words: string): boolean {
  return has(LAWFUL, words.replace(PAPERWORK, ' ').replace(REFUND_AS_CONDITION, ' '));
}

/** "моя дочь", "my husband": one of the words just before the noun is the buyer's possessive. */
function ownedByBuyer(words: string, span: Span): boolean {
  const before = words
    .slice(Math.max(0, span.start - 24), span.start)
    .split(/\s+/)
    .slice(-3)
    .join(' ');
  return has(OWN, before);
}
