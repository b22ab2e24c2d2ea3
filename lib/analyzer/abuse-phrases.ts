import { wordPattern } from './patterns';

/** Ordinary words (animals, objects, professions said with irony) that insult only when aimed at someone. */
const CALLED =
  '(?:бовдур(?:и|ы)|йолоп(?:и|ы)|jokers|cowboys|walnut|plank|melon|potato|spanner|tool|donkey|muppet|clown|joker|олен(?:и|ей|ям)|овц(?:ы)|осл(?:ы|ов)|овощ(?:и|ей)|куриц(?:ы)?|дятл(?:ы|ов)|обезьян(?:ы|ами)?|макак(?:и)?|пн(?:и|ей)|пеньк(?:и|ов)|валенк(?:и|ов)|шут(?:ы|ов)|бездар(?:и|ей|ности)|индюк(?:и)?|свинь(?:и|ей)|ишак(?:и)?|павиан(?:ы)?|чучел(?:а|о)|мартышк(?:и)?|гамадрил(?:ы)?|петух(?:и)?|крыс(?:ы)|шакал(?:ы)?|растяп(?:ы|ам)?|разгильдя(?:и|ев)|ротозе(?:и|ев)|пентюх(?:и|ов)?|клоун(?:ы|ов)?|дилетант(?:ы|ов)|криворук(?:ие|ий)|безрук(?:ие|ий)|donkeys|monkeys|sheep|pigs|animals|amateurs|apes|baboons|chimps|cows|geese|children|toddlers|muppets|drongos|dingbats|dipsticks|а[қк]ыма[қк](?:тар|лар)?|ахм[оа][қкх](?:лар|и|ы)?|ullu ke pat+h?e|ullu ka pat+h?a|gadh(?:e|a|ay))';
const IRONIC =
  '(?:гени(?:и|й|ям)|умник(?:и|ам)?|умниц(?:ы)?|умнич(?:ки|ек)|профессионал(?:ы)?|мастер(?:а)?|светил(?:а|о)|эксперт(?:ы)?|специалист(?:ы)?|молодц(?:ы)?|умельц(?:ы)?|кудесник(?:и)?|волшебник(?:и)?|виртуоз(?:ы)?|асы|профи|гуру|geniuses|genius|einsteins?|rocket scientists|masterminds|professionals|experts|wizards?|whizzes|heroes|champs|legends)';

/**
 * Russian words that call a person names (slang, regional, "not a pro"), used only in frames that aim them at the
 * seller's people: "Вашим растяпам со склада", "Салаги с вашей упаковки", "у вас там на складе нубы какие-то".
 */
const RU_PEOPLE = String.raw`(?:растяп~|тюх(?:и|ам|ами)|растет[её]х(?:и|ам|ами)|рохл(?:и|ям|ями)|недот[её]п(?:ы|ам|ами)|бовдур~|йолоп~|[её]лупн~|[её]лупень|дурн[іи]|бевз(?:і|и|ям|ями|ів)?|разгильдя~|ротозе~|раззяв~|разин(?:я|и|ям|ями)|лопух(?:и|ам|ами|ов)?|салаг(?:и|ам|ами|а)|ламер~|нуб(?:ы|ам|ами|ов|ас|асы)?|охламон~|фраер~|баклан(?:ы|ам|ами|ов)?|чепушил~|телеп(?:ень|ни|ням|нями|ня)|дятл(?:ы|у|ам|ами|ов|а)|дятел|бездар(?:и|ям|ями|ей|ь)|дилетант~|неуч(?:и|ам|ами|ей)?|недоучк~|лентя(?:и|ям|ями|ев|й)|бездельник~|лоботряс~|оболтус~|увальн~|дуболом~|балбес~|олух~|шут(?:ы|ам|ами|ов)|клоун~|новобранц~|двоечник~|школот~|малолетк~|криворук~|косорук~|шлимазл~|шлемазл~|безрук~|рукожоп~|ахм[оа][қкх](?:лар|ов|и|ы)?|а[қк]ыма[қк](?:тар|лар)?|npc|нпс)`;
/**
 * Animals, and names that are also things a shop sells (валенки, тормоза, олени for Christmas, pet goods): only in the
 * frames that make them a person: "вы там на складе совсем валенки?", "у вас на складе работают кроты",
 * "Упаковывали, видимо, мартышки". Oblique cases are spelled out where a stem would reach a food (баранина, оленина).
 */
const RU_BEASTS = String.raw`(?:обезьян(?:ы|а)|мартышк(?:и|а)|макак(?:и|а)|бабуин(?:ы)?|павиан(?:ы)?|баран(?:ы)?|осл(?:ы)|ос[её]л|козл(?:ы)|олен(?:и|ь)|индюк(?:и)?|хомяк(?:и)?|попуга(?:и|й)|кроты|крот|бобры|бобёр|бобер|еноты|медведи|ленивцы|валенк(?:и)|валенок|тормоз(?:а|ы)?|пн(?:и)|пеньк(?:и)|пень|дубин(?:а|ы)|лапт(?:и)|тюфяк(?:и)?|овощ(?:и)|бич(?:и)|амеб(?:ы)|инфузори(?:и)|табуретк(?:и|а))`;
/** Children named as the seller's staff: "у вас на складе работают дети из детского сада". */
const RU_KIDS = String.raw`(?:(?:\w+ )?групп\w (?:детского сада|детсада|яслей)|детский сад|детсад|ясли|зоопарк|дети|детишки|детсадовцы|школьники|школота|первоклашки|первоклассники|малыши|младенцы|подростки)`;
/** English and borrowed (Australian, Nigerian, Ghanaian, Kenyan, Filipino, Afrikaans) words that name a fool. */
export const EN_PEOPLE = String.raw`(?:bampots?|mamparas?|olodos?|kelesoo|galahs?|fools|gobshites?|odes?|drongos?|dropkicks?|nongs?|boofheads?|mugus?|bobos?|kwasias?|mjingas?|domkops?|gagos?|pagals?|gadhas?|ullus?|tontos?|idiotas?|goons?|dorks?|dweebs?|muppets?|numpties|numpty|wallies|wally|dingbats?|plonkers?|pillocks?|bozos?|nitwits?|twits?|prats?|berks?|simpletons?|cavemen|neanderthals?|troglodytes?|amateurs?|cowboys|jokers?|morons?|idiot+s?|imbeciles?|cretins?|buffoons?|halfwits?|dimwits?|duffers?|galoots?|wazzocks?|dunderheads?|goobers?|dingus(?:es)?|wajinga|wapumbavu|ahmoq(?:s|lar)?|ullu ke pat+h?e|ullu ka pat+h?a|ullu|gadh(?:e|ay|as)|khot(?:e|ay)|doqons?|wawas?|pendejos)`;
/** Words that call a person names but also name things sold (a mumu dress, eggs, mugs, a bobblehead): frames only. */
const EN_THINGS = String.raw`(?:mumus?|tits|eggs|chooks?|chickens?|goats?|sheep|donkeys?|monkeys?|apes|baboons?|chimps?|sloths?|zombies?|bots|npcs?|mugs|lemons|potatoes|spuds?|turnips?|cabbages?|melons?|planks?|tools|walnuts?|spanners?|dummies|dills?|bobbleheads?|clowns?|dipsticks?)`;
/** A role at the seller's: the people name-calling frames are about. */
const STAFF = String.raw`(?:packers?|staff|team|workers?|employees?|support|agents?|people|guys|folks|warehouse|seller|sellers|store|shop|lot|mob|crew|department|despatch|dispatch|service)`;

/** The seller's people and places, which "какой … это упаковывал" may ask about without calling anyone names. */
const RU_ROLES = String.raw`(?:сотрудн|работн|человек|люд|склад|магазин|продав|менеджер|упаковщ|сборщ|курьер|мастер|специалист|оператор|кладовщ|смен|цех|фабрик|завод|отдел|служб|компани|фирм|поставщ|девушк|парен|мужчин|женщин|товар|заказ|размер|цвет|модел|верси|детал|част|посылк|коробк|пакет|набор|комплект)`;
const RU_FILLERS = String.raw`(?:из|у|в|на|это|там|тут|еще|ещё|же|ж|мне|вам|мой|мою|ваш|именно|только)`;
const INTENSE = String.raw`(?:total|complete|absolute|utter|proper|right|bloody|prize|certified)`;

/**
 * What can follow "total", "absolute", "a bunch of", «сборище» or "whoever … is a" without calling a person names:
 * praise, roles, newcomers, fraud labels (an accusation, not an insult) and the service or the goods judged.
 */
export const NOT_NAMES = new Set(
  [
    'help helper helpers pro pros professional professionals expert experts hero heroes star stars gem gems',
    'legend legends angel angels saint saints darling darlings dear dears lifesaver lifesavers sweetheart',
    'sweethearts champ champs champion champions treasure treasures rockstar rockstars superstar superstars',
    'gentleman gentlemen lady ladies human humans person people man men woman women guy guys girl girls boy',
    'boys beginner beginners novice novices newbie newbies trainee trainees intern interns temp temps student',
    'students volunteer volunteers stranger strangers robot robots machine machines genius pleasure delight',
    'dream success bargain bargains class gold joke jokes mess disaster disasters shambles scenes nightmare',
    'nightmares failure failures farce letdown waste state embarrassment disgrace shame scam scams scammer',
    'scammers ripoff ripoffs fraud frauds fraudster fraudsters thieves thief crook crooks cheat cheats cheater',
    'cheaters liar liars fake fakes copies knockoffs con rubbish garbage trash junk crap nonsense lies excuses',
    'promises mistakes errors problems issues delays questions messages emails templates replies scripts boxes',
    'parcels orders items products photos circus chaos mystery pain headache lack loss refund amount price sum',
    'cost number time',
    // Roles, places and things a question such as "which warehouse packed this?" asks about.
    'warehouse courier company seller store employee one department team shop factory worker staff member packer',
    'carrier branch office version size model colour color box parcel order item way day country service agent',
    'driver post postman batch supplier brand system colleague dress part piece depot hub centre center line shift',
    'crew site facility location you they he she we i means unknown',
    // More praise: what a kind word about the staff can call them.
    'blessing blessings sweetie sweeties babes units joy credit asset assets godsend marvel marvels',
    // Things «сборище …» or "a bunch of …" can gather: reviews, excuses, defects.
    'отзывов товаров вещей проблем ошибок косяков отговорок глупостей нелепостей вранья лжи мусора хлама брака',
    'дефектов недочетов деталей запчастей барахла подделок фейков отписок шаблонов',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Name-calling by its grammar with an open slot for the name, whatever the word ("your packers are total galoots",
 * "which goober packed this", «какой дуралей собирал», "whoever taped this is a dingus", "run by a bunch of lummoxes"):
 * the last word of each match is the name, kept only when it is not in `NOT_NAMES` (the Russian line leaves out
 * roles itself). With them, English doubts that the reader can manage a basic task ("reading an address seems to be a
 * struggle over there"), kept out of the Russian scans, whose speed on English text depends on having no English line.
 */
export const OPEN_NAMES = wordPattern`
your (?:\w+ ){0,2}?${STAFF}(?: \w+)? (?:are (?:all |just |clearly |obviously |really )*(?:an? (?:bunch|pack|load|herd|gang|shower|crowd) of )?${INTENSE} \w+s|is (?:just |clearly |obviously |really )?an? ${INTENSE} \w+)
(?:absolute|utter) \w+s(?= (?:in|at|from|running) (?:that|your|the|this) (?:\w+ )?(?:warehouse|store|shop|office|depot|team|department|company|place|outfit|dispatch|despatch|factory))
(?:whoever|who ever) &5(?:is|was|must be|must have been|has to be) an? \w+(?=\s*[.!?;:]|\s\s|\s*$)
(?:whoever|who ever) &5(?:is|was|must be|must have been|has to be) an? (?:\w+ )?(?:${EN_PEOPLE}|${EN_THINGS})
only (?:a|an|some) (?:\w+ )?(?:${EN_PEOPLE}|${EN_THINGS})(?= (?:would|could))
(?:какой|какая|какие|что за) (?:(?:же|ж|такой|такая|такие) )?(?!${RU_ROLES}\w*\s|${RU_FILLERS}\s)\w+(?= (?:(?:это|так|мне|нам|вам|мой|мою|мои|там|тут|вообще) )?(?:упаковывал|запаковывал|паковал|собирал|комплектовал))
(?:which|whichever) \w+(?= (?:(?:in|at|from) (?:your|the) \w+ (?:\w+ )?)?(?:packed|picked|boxed|wrapped|taped|assembled|measured|counted|labell?ed|cut|sewed|sewn) (?:this|that|it|my|these|those|the))
(?:reading|counting|checking|measuring|matching|following|understanding|finding|looking at)(?: \S+){0,4}? (?:seems|appears|is|must be|proved|proves|has proven)(?: to be)? &(?:an? |quite an? |such an? |a real |a bit of an? )?(?:struggle|challenge|big ask|tall order|foreign concept|lost art|mystery) (?:over there|for (?:you|your|them)|at your|in your|there)
(?:in case|since|because|seeing as) (?:you|your \w+(?: \w+)?|anyone (?:over )?there|nobody (?:over )?there|no one (?:over )?there) &2(?:can\W?t|cannot|couldn\W?t|don\W?t know how to|struggle to|forgot how to|never learned (?:how )?to) (?:figure|work) (?:it |this |that )?out
(?:run|staffed|packed|managed|handled|checked|operated|manned|tested|made|assembled|built)(?: and \w+)? by (?:an? )?(?:\w+ )?(?:bunch|pack|load|gang|herd|troop|shower|crowd|band) of \w+
your (?:\w+ )?${STAFF} (?:are|is|seem) &2an? (?:\w+ )?(?:bunch|pack|load|gang|herd|troop|shower|crowd) of \w+s
`;

/** Name-calling aimed at a person. Judgements of the product ("уродливая сумка", "тупой нож") are not insults. */
export const INSULT = wordPattern`
а[қк]ы?ма[қк](?:тар|лар)?
келесоо
(?:вы|ты) &3нюх (?:потеряли|потерял|потеряла)
(?:you|ye|youse) (?:(?:bloody|damn|stupid|absolute|utter|complete|total|useless|incompetent|lazy|blind|f\S{0,4}ing|freaking|flipping|effing) )+(?:${EN_PEOPLE}|idiots|morons|clowns)(?![a-z])
(?:teach|taught|teaches) (?:anyone|you|your \w+|them|people) (?:there |over there )?(?:how )?to (?:read|count|spell)
explain(?:ing)? &(?:like|as) (?:for |to )?(?:a )?(?:small |little |five.year.old |5.year.old )?(?:child|kid|toddler|baby|children|kids)
(?:is it|is that|it is|it\W?s) (?:so|that|really so|really that|too) hard to (?:count|read|add|spell)
do (?:you|your \w+(?: \w+)?)(?: people| guys| lot)? (?:even|actually|really) know what an? &3(?:is|looks like)
(?:are|is) (?:you|your \w+(?: \w+)?)(?: people| guys| lot)? (?:even (?:able|capable) (?:to|of) \w+|(?:able|capable) (?:to|of) (?:read|count|think)(?:ing)?(?=\s*(?:\?|$)))
(?:вы|ты) &(?:вообще|хоть|хотя бы) &(?:знаете|знаешь|понимаете|понимаешь),? (?:что такое|как выглядит)
(?:вы|ты|там|у вас) &(?:(?:вообще|хоть|хотя бы) &(?:русский|английский|человеческий) (?:язык )?|(?:русский|английский|человеческий) (?:язык )?(?:вообще|хоть|хотя бы) )(?:понимаете|понимаешь|понимают|знаете|знаешь)(?=\s*\?)
(?:do|does|can) (?:you|anyone (?:there|at your \w+)|your \w+) (?:even|actually) (?:understand|speak|read) (?:plain |simple )?english(?=\s*\?)
(?:ваш\S*|вы|ты|там|у вас) &2(?:читать|считать) (?:вообще |хоть |хотя бы )?(?:умеют|умеете|умеет|умеешь|научились|научился)(?=\s*\?)
(?:packed|assembled|boxed|wrapped|handled|shipped) by (?:an? )?(?:\w+ )?(?:monkeys?|chimps?|apes|baboons?|toddlers?)(?![a-z])
(?:arithmetic|maths?|counting|reading|spelling|basic (?:maths?|arithmetic|counting|reading)) (?:is|was|might be|may be|seems) &(?:a lot|too much|a big ask|asking (?:a lot|too much))
\(?i use the (?:term|word) loosely
(?:can\W?t|cannot|couldn\W?t|could not|unable to) tell &left from &right
не (?:отличают|отличает|может отличить|могут отличить|в состоянии отличить) &(?:левое от правого|левую от правой|левый от правого|право от лева)
петушар~
(?:работают|сидят|трудятся|собирают|пакуют) (?:одни|такие|сплошные|какие-то) ${RU_PEOPLE}
(?:в детстве|в младенчестве|маленьк(?:им|ой|ими))(?<!(?:я|мы|сын|дочь|дочка|ребенок|брат|сестра|муж|жена|внук|внучка) &(?:в детстве|в младенчестве|маленьк(?:им|ой|ими))) &3(?:(?:с|со) (?:дерева|печки|печи|дуба|крыши|кровати|качелей|горки|лестницы) &(?:упал~|свалил~|рухнул~|падал~)|(?:уронили|роняли)|головой &(?:ударил~|стукнул~|приложил~|ударял~))
(?:с (?:дерева|печки|печи|крыши|качелей) &(?:упал~|свалил~|рухнул~)|(?:уронили|роняли)|головой &(?:ударил~|стукнул~)) &2в (?:детстве|младенчестве)
dropped on (?:his|her|their|your) heads? as (?:a baby|babies|a child|children|kids|an infant)
идиот(?:ы|ов|ам|ами|ка|ки|ина)?
дебил(?:ы|ов|ам|ами|ка|ки)?
кретин(?:ы|ов|ам|ами)?
урод(?:ы|ов|ам|ами|ина|ины)?
баран(?<!игрушк\w*[-\s«"']{1,3}баран)(?:ы|ов|ам|ами)?(?![-\s»"']{1,3}(?:игрушк|вася|фигурк|брелок))
козл(?:ы|ина|ины)
коз(?<![«"']коз)[её]л(?![-\s»"']{1,3}(?:игрушк|вася|фигурк|брелок))
быдл[оау]
хамл[оау]
хамлом
дегенерат(?:ы|ов)?
недоум(?:ок|ки|ков)
придур(?:ок|ки|ков)
ублюд(?:ок|ки|ков)
сволоч(?:ь|и|ей)
падл(?:а|ы|ам|ами|у)
скотин(?:а|ы)
твар(?:ь|и|ей)
мраз(?:ь|и|ей)
упыр(?:ь|и)
клоун(?:ы|ов|ам|ами)
лохи
тупиц(?:а|ы)
тупорыл~
тупоголов~
(?:вы|ты) (?:что |там |совсем )?(?:тупые|тупой|тупая|слепые|слепой|слепая|больные|ненормальные)
are you (?:even |all |guys )?normal(?: people)?(?=\s*\?)
слепые(?! (?:отверстия|отверстий|зоны|зон|пятна|швы|петли|карманы|углы|датчики))
idiots?(?!-)
morons?
imbeciles?
clowns
retard(?:s|ed)?
losers
jerks
dumb(?:ass|asses)
you(?: are|\s*\W?re)? (?:so )?(?:stupid|dumb|blind|useless|pathetic)
are you (?:\w+ )?(?:\S+ing |bloody |damn )?(?:stupid|dumb|blind|brain.?dead|brainless|retarded|insane|out of your minds?|thick|daft|dense|dim|nuts|bonkers|mental|crazy)
(?:i know|i realise|i realize|i understand|i get that) (?:it\W?s|this is|reading is|english is|this may be) &(?:hard|difficult|a lot|too much|tricky) for you
brain.?dead
(?:вы|ты) &2(?:в адеквате|в своем уме|в здравом уме|неадекватн\w*|с приветом|не в себе|ку-ку|рехнулись|рехнулся|спятили|спятил|свихнулись|офонарели|обалдели|охренели|офигели|очумели|ошалели|одурели|ополоумели|с ума сошли|с дуба (?:рухнули|упали|рухнул)|с луны (?:свалились|упали)|белены объелись|с (?:ёлки|елки|пальмы|печки) (?:упали|свалились|рухнули|упал|свалился)|с катушек (?:съехали|слетели|съехал|слетел)|(?:на солнце |на жаре )перегрел(?:ись|ся)|перегрелись(?=\s*\?)|перегрелся(?=\s*\?))
для (?:особо |совсем )?(?:недалеких|тугодумов|бестолковых|тупых|тупеньких|одар[её]нн\w*|непонятлив\w*|тормоз\w*|альтернативно \w+)
(?:stupid|dumb) (?:seller|sellers|people|store|shop)
(?:тупые|тупоголовые|бестолковые|безмозглые|слабоумные|недалекие|тупорылые) (?:же |все |у вас |у тебя |там |ваши )*(?:сотрудник|работник|менеджер|упаковщик|кладовщик|продавц|курьер|люди|консультант|оператор)~
бестолоч~
безрук(?:ие|ий|ая)
(?:упаковщик|сотрудник|работник|менеджер|продавц|кладовщик|курьер|почтальон|поддержк|packers?|workers?|employees?|staff|team|service|support)\S* &3${CALLED}
(?:для вас|для тебя) &(?:слишком )?(?:сложн|трудн|непонятн)~
(?:объясню|повторю|объясняю|повторяю) &(?:проще|попроще)
(?:who|кто) &3(?:pack|wrap|assembl|check|seal|ship|made|built|designed|wrote|упаковывал|собирал|делал|паковал)~ &(?:this|это|эту|этот|your (?:\S+ )?(?:orders?|parcels?|boxes|packages?|stuff|goods))~,? (?:(?:a |an )?(?:toddler|monkey|chimp|child|kid|blind|drunk|идиот|обезьян|ребенок|слеп|пьян)~|(?:a|an) [a-z]+(?=\s*\?))
(?:was|were|is|are) (?:this|these|it|they|that|my \S+) (?:\S+ )?(?:packed|made|assembled|checked|sealed|wrapped|shipped|built|tested) by (?:an? |some )?(?:blind \S+|drunk \S+|goldfish|monkeys?|chimps?|toddlers?|raccoons?|hamsters?|parrots?|donkeys?|sloths?|baboons?|five.year.olds?|child|kids?|trained \S+)(?= ?\?)
остолоп~
болван~
олух~
балбес~
лошар~
ушл[её]п~
утыр~
чушпан~
недотеп~
дурак~
дурачь~
дура
дуры
дурни
жлоб(?:ы|ов|ье)?
чурк(?:и|а)
чурбан~
нищеброд~
быдлан~
безмозгл~
криворук~
недоразвит~
умственно отстал~
дебилоид~
отморож(?:ки|ок|енные)
пустоголов~
обалду~
ничтожеств~
позорище(?! какое-то| полное)(?<!(?:это|просто|полное|сплошное|какое-то) позорище)
(?:объясняю|поясняю|повторяю|пишу) (?:специально |ещ[её] раз )?для (?:тех|особо одар\S*|непонятлив\S*|тугодум\S*),? кто (?:путает|не отличает|не понимает|не в курсе|не знает|не умеет)
нехрист~
ирод(?:ы|ов|ам|ами)?(?= (?:вы|окаянн|проклят)|,)
раздолба(?:и|й|ев|ям|ями|йка|йки)
wretch(?:es)?(?<=(?:you|godless|miserable|wretched|greedy|lying|thieving|little)\s+wretch(?:es)?)
dasar (?:anjing|babi|bodoh|goblok|tolol|monyet|bangsat|bego)
(?:anjing|babi|goblok|bangsat) kamu
muppets(?! (?:plush|toys?|figures?|show|movie|costumes?|puppets?))
dumbo
doofus
dummies(?<!for dummies)
numpties
buffoons?
scoundrels?
blackguards?
nincompoops?
halfwits?
nitwits?
dimwits?
numbskulls?
bozos
dolts?
dunces?
nincompoops?
knuckleheads?
boneheads?
airheads?
pillocks?
plonkers?
twits
scumbags?
lowlifes?
prats?
gits
wallies
eejits?
tossers?
wankers?
(?:вы|ты|эти|какие|такие|ну и|просто|настоящие|кругом|одни|сплошные|кучка|банда|стадо|сборище|свора|шайка|you|bunch of|band of|pack of|absolute|complete|total|such|these|utter)(?: (?:же|все|там|тут|совсем|вообще|что|реально|просто|натуральные|настоящие|конченые|конченные|самые|тупые|безрукие|продав\w*|селлер|absolute|complete|total|utter|useless|bloody|lazy))* ${CALLED}
(?:${CALLED}|${IRONIC}) (?:с|со|из|на|в) (?:вашего|вашей|склад|магазин|поддержк|службы|почт|отдел)~
${CALLED} (?:с|со|из|на) (?:сдэк|cdek|dpd|dhl|boxberry|боксберри|пункт|курьерск|доставк|cainiao|5post|озон|ozon|яндекс|ups|usps|fedex|evri|hermes)~
эй,? &(?:${CALLED}|${IRONIC})
${CALLED} (?:from|at|in) (?:your|the) (?:warehouse|store|shop|support|team|office)
(?:браво|поздравляю|аплодирую|ну вы и|вы просто|ну вы),? &${IRONIC}
(?:гени(?:и|ям|ев)|мастера|профессионалы|кудесники|волшебники|виртуозы|асы|умельцы) (?:упаковки|логистики|торговли|склада|сервиса|маркетинга|коммерции|бизнеса|доставки|инженерной мысли|инженерии|\w+ского)
молодцы,? ничего не скажешь
ничего не скажешь,? (?:молодцы|профессионалы|гении|мастера)
(?:congratulations|congrats|well done|bravo|great job|good job|nice job|nice work|hats off|thanks|thank you|cheers|compliments to),? &4${IRONIC}
(?:отдельн\S* |огромн\S* |особ\S* |большое |низкий )?(?:благодарность|спасибо|респект|поклон|привет) (?:\S+ )?(?:вашим|вашему|вашей|твоим|твоему) (?:[а-яё]+-)?(?:виртуоз|гени|умник|умниц|кудесник|волшебник|профессионал|мастер|умельц|светил|эксперт)[а-яё]*
(?:congratulations|congrats|well done|bravo|hats off|kudos|браво|поздравляю|аплодирую|молодцы),? &4(?:another|yet another|what an?|a true|a real|очередной|ещ[её] один|настоящий|истинный) (?:masterpiece|triumph|work of art|шедевр)
(?:you|what|such|real|absolute|bunch of) &(?:geniuses|genius|einsteins?|rocket scientists|masterminds?)
(?:geniuses|wizards|masterminds|einsteins|rocket scientists) (?:at|in|of) \w+
ну спасибо(?: вам)?,? &${IRONIC}
(?:объясняю|объясню|объясним|повторяю|повторю|пишу|напишу|расскажу|разжую|разжевываю|перечисляю|перечислю|распишу|расписываю|попробую|попытаюсь),? &4(?:медленно|по слогам|по буквам|крупными буквами|на пальцах|как (?:перво|пяти|второ)?класснику|как ребенку|как маленьким|как (?:для )?(?:детск~ сад~|детей|детям|маленьких|дошкольник~|первоклашек|первоклашкам)|для (?:особо )?(?:одар[её]нн|тупых|непонятлив)~)
(?:повтор(?:яю|ю)|напишу|пишу) &2(?:медленно|по слогам|крупными буквами|для (?:особо )?(?:одар[её]нн|тупых|непонятлив)~|специально для вас)
(?:поясн|объясн|повтор|расскаж|напиш)~ &4(?:максимально|предельно) (?:доступно|просто|понятно)
до (?:вас|тебя|ваш\S*(?: \S+)?) &2не (?:дошло|доходит|доходят|дошла)
`;

/**
 * More of `INSULT`, scanned apart: one pattern of both would pass the 20 KiB of source beyond which V8 stops optimising
 * it (`V8_OPTIMISED_SOURCE`).
 */
export const INSULT_MORE = wordPattern`
(?:whoever|you|your (?:packer|staff|seller|team|warehouse|worker|employee|people|guys)\w*|(?:packer|seller|staff|warehouse)\w*) &4(?:has|have|\W?s got|\W?ve got) (?:a |some )?screws? loose
(?:поздравляю|поздравляем|браво|респект|снимаю шляпу перед) &4${IRONIC}
у (?:самих|(?:вас|тебя|них) (?:самих|самого)) (?:\S+ )?(?:винтиков|шариков) (?:в голове )?не хватает
шарики за ролики
[а-яё]{4,}-колхозник~
(?:упаковщик|сборщик|кладовщик|продавц|продавец|менеджер|работничк|сотрудничк|сотрудник|оператор|складск|курьер|почтальон|доставщик)\S*-(?:мартышк|обезьян|бандерлог|баран|осл|козл|дятл|дятел|клоун|вредител|криворук|рукожоп|косорук|макак|хомяк|олух|балбес|тормоз|дебил|имбецил|недоумк)~
(?:вы |ты )?[а-яё]{4,}-вредител(?:и|ь)(?= (?:вы|ты)(?![а-яё]))
[а-яё]{4,}-(?:криворук|криворучк|рукожоп|косорук|недоумк|дебил|имбецил|бездар|халтурщик|балбес|олух|идиот|кретин|бестолоч)~
(?:ваш~ )?(?:складск|упаковочн)\S* (?:олени|бараны|ослы|козлы|обезьяны|мартышки|кроты|дятлы|хомяки|клоуны|валенки)(?![а-яё])
(?:вы|ты) [а-яё]{4,}-вредител~
(?:вы|ты)(?: (?:там|тут|все|что|ли|же|прямо|вообще|на складе)){0,3} (?:детсадов(?:ец|ц)|ясельник|первоклашк|мартышк|обезьян|макак|бандерлог)~
дрищ(?:и|ей|ам|ами) (?:со|с|из|на) \S+
(?:ваш~|эй|эти),? дрищ~
бездар(?:ь|и|ей|ям|ями)(?![а-яё])
скоты(?![а-яё])
глух(?:ие|ой|ая|их) (?:упаковщик|сборщик|кладовщик|сотрудник|работник|менеджер|оператор|продав|курьер)~
отбросы(?![а-яё])
(?:жалк|никч[её]мн)\S* (?:неудачник|лузер|торгаш|людишк|работничк)~
неудачники(?![а-яё])
(?:вы|ты) (?:\S+ )?никч[её]мн(?:ые|ый|ая)(?= ?[.!?]|$| (?:люди|работники|продав|сотрудник|менеджер|упаковщик))
(?:глуп|безмозгл)(?:ый|ые|ая|ого|ых) (?:продав|сотрудник|менеджер|оператор|упаковщик|сборщик|кладовщик|людишк)~
you (?:\S+ )?(?:slobs?|losers?|lowlifes?|parasites?|leeches|vermin|scum|swine|weasels?)(?![a-z])
you (?:\S+ )?piece of (?:garbage|trash|crap|junk|filth|dirt|work)
(?:gormless|brainless|clueless|witless|feckless) (?:lot|bunch|crew|mob|numpties|muppets|people|staff|packers?)(?! of)
(?:incompetent|useless|lazy|worthless|pathetic|clueless|brainless) (?:fools|idiots|slobs|clowns|morons|muppets|losers|imbeciles|cretins|halfwits|nitwits)(?![a-z])
you(?:\W?re| are) (?:a |an |such a |an absolute |a total |a complete )?(?:disgrace|joke|embarrassment)(?= ?[.!?,]|$)
you (?:people|guys|lot) are (?:so |just |all )?(?:pathetic|useless|hopeless|incompetent|clueless|a joke)
гори(?:те)? в аду
(?:вы|ваши|твои|эти) колхозник~
you (?:\w+ )?(?:cheapskates?|tightwads?|skinflints?|penny.pinchers?|misers|scrooges)
(?:what|such|bunch of|pack of) (?:a )?(?:bunch of )?(?:cheapskates|tightwads|skinflints|penny.pinchers|misers)
(?<!как )(?:слеп|туп|глух|безмозгл|бестолков|безрук|криворук)(?:ая|ие|ые|ой|ую|ых) (?:куриц|кур|овц|овечк|коров|ворон|тетер|гусын|индюшк)~
для (?:особо )?одар[её]нн~
для тех,? кто в танке
по слогам
(?:даже|любой) (?:перво|второ|пяти)?(?:класс|школь|реб[её]н|дет)\w* &2(?:бы )?(?:понял|поймет|понимает|разобрал|справил|догадал)~
(?:научитесь|учитесь|начните|научись) &читать?
(?:вы|ты) &(?:читать?|думать?|считать?) (?:умеете|умеешь|не умеете|не умеешь|научились|не научились)
(?:включите|включи|напрягите|напряги) &(?:мозг|мозги|голову|извилин)~
(?:мозг|мозги|извилин)~ &(?:включите|включи|напрягите|напряги)
(?:у вас|у тебя) &(?:мозгов|мозги|извилин)~ (?:нет|не хватает|нету|хоть)
(?:мозгов|извилин|ума) &4(?:не хватает|нет|не хватило)
(?:is )?any(?:one|body) (?:at )?home
до (?:вас|тебя) &(?:не )?(?:доходит|дошло)
как до жирафа
с головой (?:не )?(?:дружите|дружишь)
(?:use|using|in|with) &(?:small|simple|short|easy|little) words
(?:explain|explaining|walk (?:you )?through|go through|spell|spelling|say|repeat|repeating|write|writing|type|typing) &4(?:very |really |extra )?slowly
(?:seems|appears) (?:to be )?(?:so |too |very )?(?:hard|difficult|complicated|confusing) for you
(?:let me|i\W?ll|i will) &2(?:spell (?:it|this) out|explain (?:this |it )?(?:slowly|again slowly|very slowly|like you\W?re|as if))
(?:slowly|once more|one more time) so (?:even )?(?:you|your)
so (?:even )?(?:you|your (?:\w+ )?\w+) (?:can|could|might|will) (?:follow|understand|get it|keep up)
(?:can|do) you (?:even |actually )?(?:read|understand english)
learn (?:how )?to read
reading (?:comprehension|is (?:hard|difficult)|isn\W?t your)
(?:even )?an? (?:child|kid|toddler|five.year.old|\w+ grader|monkey|chimp) (?:could|would|can) &3(?:understand|figure|do|see|get|follow)
too (?:hard|complicated|difficult) for (?:you|your)
(?:two )?brain cells?
(?:повторяю|повторю|объясняю|объясню|пишу|напишу|перечисляю|перечислю) &для (?:особо )?(?:глухих|слепых|глухонемых)
(?:do|does) (?:you|your \w+)(?: people| guys| lot)? (?:even |actually )?have (?:any )?(?:brains?|eyes|a clue|common sense)
(?:попроще|проще|медленно|по буквам|крупно),? чтобы (?:даже )?(?:вы|ты|ваш~|до вас)(?: \S+)? (?:понял|поняли|понять|разобрал|разобрались|дошло)~
чтобы даже (?:вы|ты|ваш~)(?: \S+)? (?:понял|поняли|понять|разобрал|разобрались|дошло)~
с (?:первого|второго|третьего|пятого|десятого) раза &не (?:доходит|дошло|понимаете|поняли|понимают|понял)
(?:читать?|считать?|думать?) &5(?:не умеют|не умеете|не умеешь|не научились|разучились)
simple enough (?:even )?for (?:you|your)
(?:make|keep) (?:it|this) (?:very |really )?simple &3for (?:you|your)
even (?:you|your \w+) (?:can|could|will|should|might) (?:understand|follow|get it|keep up)
(?:use|using|engage) (?:your|a) brains?
do i (?:need|have) to draw (?:you )?a (?:picture|diagram)
чепушил~
охламон~
раззяв~
ламер(?:ы|ам|ами|ов)
нуб(?:ы|ам|ами|ов|ас|асы)
телеп(?:ень|ни|ням|нями)
увальн~
лоботряс~
оболтус~
дуболом~
недоучк~
неуч(?:и|ам|ами|ей)
простофил~
косорук~
рукожоп~
bodoh
kwasia
mjinga
mpumbavu
domkops?
dummkopfs?
boofheads?
bewakoof
ulol
estupid(?:o|os|a|as)
idiotas
imb[eé]ciles
cretinos
`;

/**
 * Name-calling by its Russian grammar with a well-chosen word family: the seller's people called slang, regional or
 * animal names ("Салаги с вашей упаковки", "у вас на складе работают кроты", "вы там совсем валенки?"). Each of these
 * patterns is kept under 20,000 characters: past that V8 stops optimising a pattern and a scan costs twenty times
 * more (tests/unit/analyzer/pattern-sizes.test.ts checks every lexicon and scan).
 */
/**
 * The seller's people sent away in soft words («пошли вы в пень», «идите лесом», "sod off"), dismissed ("ok boomer", a
 * brain "the size of a pea"), called freeloaders («ваши дармоеды из поддержки») or animals at their workplace, said at a
 * sentence's start («Ослы на упаковке», so that deer on a print stay deer): names in all but the swear word. A
 * scan of its own: INSULT is near V8's optimising limit, and NAMED_INSULTS repeats RU_PEOPLE eleven times.
 */
export const DISMISSALS = wordPattern`
(?:${EN_PEOPLE}) that (?:he|she|they) (?:is|are|was|were)
(?:whichever|which|what) (?:pair|bunch|pack|team|couple|gang) of (?:${EN_PEOPLE})
brains? (?:was |is |are |were )?(?:the size of|no bigger than|smaller than) an? (?:pea|peanut|walnut|raisin)
(?:дармоед|тунеядц)(?:ы|ов|ам|ами|ах)
бездельник(?:и|ов|ам|ами|ах)
(?:пошли|пошёл|пошел|иди) (?:вы|ты) &(?:в пень|в баню|лесом|полем|к (?:ч[её]рту|лешему|бесу)|куда подальше)
(?:идите|катитесь|валите|проваливайте|катись|вали|проваливай) &(?:вы |ты )?(?:в пень|в баню|лесом|полем|к (?:ч[её]рту|лешему|бесу)|куда подальше|отсюда)
(?:sod|bugger|naff|push) off
go (?:to hell|take a hike|jump in (?:a|the) lake|fly a kite)
ok,? boomer
${RU_BEASTS}(?<=(?:^|[.!?:;—–]\s{0,3}|ваши |эти )[а-яё]+) (?:на|в|из) (?:(?:вашем|вашей|вашего|твоем|твоём|твоей) )?(?:упаковк|склад|поддержк|руководств|отдел|офис|магазин)~
(?:рекомендую|советую|предлагаю|можете|пусть) &3(?:пойти|идти|отправиться|прогуляться|отправляться) &(?:в пень|в баню|лесом|полем|к (?:ч[её]рту|лешему|бесу)|куда подальше)
(?:чтоб|чтобы) (?:вам|тебе|вас) пусто (?:было|был|была|были)
(?:staffed|run|manned|packed) by (?:a |an )?(?:\S+ ){0,3}(?:animals|pigeons|monkeys|chimps|donkeys|sheep|goats|hamsters|squirrels|raccoons|penguins|sloths|toddlers|baboons|apes|cows|pigs|chickens|parrots|seagulls|turkeys|clowns)(?![a-z])
`;

// «Старая я дура», «дура я», "I'm such an idiot", "I felt like a right plonker", "I'm not the sharpest tool": the buyer
// blames themself; no one else is called a name.
const SELF_BEFORE =
  /(?:^|[^a-zа-яё])(?:я|сама|сам|i\W?m|i am|i was|i (?:felt|feel|looked|look)(?: like)?|made me (?:feel|look) like|чувствую себя|почувствовала? себя)(?:(?:,?\s+(?:такая|такой|полная|полный|старая|старый|круглая|круглый|ещё|еще|a|an|such an?|total|complete|right|proper|bit of a|silly|old|the biggest))+,?)?\s+$/;
const SELF_AFTER = /^\s+(?:я|i am)(?![a-zа-яё])/;
// «Виновата сама, дура невнимательная»: the name set after the buyer's own blame.
const SELF_BLAME_BEFORE = /(?:^|[^a-zа-яё])(?:сама|сам|my (?:own )?fault|my bad),\s+$/;

/** Whether the name at `span` is one the buyer calls themself. */
export function callsThemself(span: { start: number; end: number }, flat: string): boolean {
  return (
    SELF_BEFORE.test(flat.slice(Math.max(0, span.start - 40), span.start)) ||
    SELF_BLAME_BEFORE.test(flat.slice(Math.max(0, span.start - 20), span.start)) ||
    SELF_AFTER.test(flat.slice(span.end, span.end + 6))
  );
}

// «Строительные козлы», «козлы для распила»: the trestles a builder saws on. In a text about them, «у одних козел» (their
// genitive) is the tool too.
const GOAT = /^коз(?:лы|ел|ёл|лов|лам|лами)$/;
// «Бараны у соседа съели газон»: in a text about a farm's animals, the bare word is the animal; «вы бараны» still calls
// names, through its frame.
const LIVESTOCK = /^(?:баран(?:ы|ов|ам|ами)?|коз(?:лы|ел|ёл|лов|лам|лами))$/;
const FARM =
  /овц|овеч|ягн|ферм|хлев|стад|пастбищ|загон|скот|отар|козлят|поросят|сарай|курятник|сено|комбикорм|поилк|кормушк/;
const TRESTLES =
  /(?:строительн|складн|раскладн|малярн|монтажн|столярн|плотницк|пильн|металлическ|деревянн)[а-яё]*\s+козл|козл[а-яё]*\s+(?:для\s+(?:распил|пилк|резк|дров)|[-–]\s*подстав)/;

// "the kids' Muppets pyjamas", "watch The Muppets": one plural English name capitalised in mid-sentence is a title.
// A mock title in the singular ("…, Sherlock.") is the insult itself.
const TITLE_WORD = /^[A-Z][a-z]+s$/;
const SENTENCE_START = /(?:^|[.!?:;\n]\s*|["“«(]\s*)$/;

/** Whether the name at `span` is a title: one capitalised plural English word that does not open its sentence. */
export function namesATitle(span: { start: number; end: number }, text: string): boolean {
  return (
    TITLE_WORD.test(text.slice(span.start, span.end)) &&
    !SENTENCE_START.test(text.slice(Math.max(0, span.start - 4), span.start))
  );
}

/** Whether the name at `span` is the trestles of a text about them, or a farm's rams or goats. */
export function namesTrestles(span: { start: number; end: number }, flat: string): boolean {
  const word = flat.slice(span.start, span.end);
  return (GOAT.test(word) && TRESTLES.test(flat)) || (LIVESTOCK.test(word) && FARM.test(flat));
}

export const NAMED_INSULTS = wordPattern`
(?:a\$\$|a\*\*|ass|arse|idiot|clown|moron|joke|excuse|disgrace) of an? (?:manager|seller|shop|store|packer|warehouse|company|human|person|support|team|service)
(?:am i|abi i dey|do i dey) &(?:talk|talking|speaking|writing|dealing) (?:to|with) (?:a bunch of |some )?(?:idiots|morons|fools|imbeciles|clowns|children|kids|toddlers|robots|bots|olodos?|mugus?|bampots?|numpties)(?![a-z])
you(?: are|\W?re| r) (?:such |a |an |real |right |total |complete |proper )*(?:bampots?|mamparas?|olodos?|kelesoo|galahs?|drongos?|numpties|numpty|dropkicks?|nongs?|boofheads?|mugus?|wazzocks?|plonkers?|pillocks?|eejits?|ejits?)(?![a-z])
(?:couldn\W?t|could not|can\W?t|cannot) pour (?:water|piss) out of a boot
(?:у вас|у тебя|your|you have|you\W?ve got|you got) &2(?:память|memory) &(?:как у|like a|of a) (?:золотой |аквариумной )?(?:рыбки|рыбы|гуппи|goldfish|guppy)
(?:i know|i realise|i realize|i understand|i appreciate|i get that|i gather) &3(?:reading|counting|following|understanding|measuring|maths|math|numbers|english|sizes) &4(?:may be|might be|can be|is|seems|must be) &(?:challenging|hard|difficult|tricky|a challenge|a struggle|too much)
(?:тебя|вас|твою голову|вашу голову|тебе|вам) &2(?:ос[её]л|осл\w*|лошадь|конь|корова|мул) &(?:пинал|лягнул|лягал|ударил)\w*
(?:kicked|hit) in the head by a (?:horse|donkey|mule|cow)
(?:you|ye|youse) (?:(?:bloody|damn|stupid|absolute|utter|complete|total|f\S{0,4}ing|freaking|flipping|effing) )+${EN_THINGS}(?![a-z])
`;

/** The Russian half of NAMED_INSULTS, scanned apart: one pattern of both passed `V8_OPTIMISED_SOURCE`. */
export const NAMED_INSULTS_RU = wordPattern`
(?:продав\w*|магазин|селлер|склад|поддержк\w*|менеджер\w*|упаковщик\w*|курьер\w*|оператор\w*|консультант\w*|вы|ты)(?: ваш\w*| тво\w*)? [—–-] (?:просто |реально |полный |полные |какой-то |какие-то |конченый |конченые )?(?:рак|раки|нуб|нубы|нубас|нубасы|бот|боты|npc|нпс|дно|днище|тюфяк|тюфяки|тетеря|тетери|размазня|мямля|мямли|кобыла|корова|овца|курица|свинья|коза|индюк|петух|баран)(?![а-яё])
раки (?:на|с|со) (?:сборк|упаковк|комплектац|отправк)\S*
${RU_PEOPLE} (?:с|со|из|на) (?:вашего|вашей|вашим|ваших|склад|магазин|поддержк|служб|почт|отдел|упаковк|сборк|отправк|комплектац)~
(?:ваш|твой|твои|твоим|твоему|твоих)~ &${RU_PEOPLE}(?![-\s]+(?:игрушк|фигурк|брелок|статуэтк|принт))
у (?:вас|тебя) (?:(?:там|тут|видимо|похоже|наверное|явно|походу|заказы|товар|посылки|коробки|на \w+|в \w+) ){0,4}(?:работа(?:ют|ет)|сид(?:ят|ит)|труд(?:ятся|ится)|занима(?:ются|ется)|собира(?:ют|ет)|упаковыва(?:ют|ет)|паку(?:ют|ет)|отвеча(?:ют|ет)|заказы собирают|товар собирают) (?:(?:одни|сплошные|какие-то|видимо|похоже|наверное|явно|настоящие|натуральные|целый|целая|\w+(?:ая|ие|ий|ой|ые|ый)) )*(?:${RU_PEOPLE}|${RU_BEASTS}|${RU_KIDS})(?![-\s]+(?:игрушк|фигурк))
кто у (?:вас|тебя) &3(?:сидит|сидят|работает|работают|трудится) (?:${RU_PEOPLE}|${RU_BEASTS}|${RU_KIDS})
(?:свинь|баран|осл|козл|обезьян|кур|индюк|овц|коров|гус)(?:и|ы) &6а у (?:вас|тебя) (?:они|такие|такие же|те же) &3(?:работают|сидят|трудятся|собирают|упаковывают|комплектуют|пакуют|отвечают)
у (?:вас|тебя) (?:(?:там|тут|видимо|похоже|наверное|явно|походу|на \w+|в \w+) ){0,4}(?:одни |сплошные )?${RU_PEOPLE} (?:какие-то|одни|сплошные|сидят|работают)
${RU_PEOPLE} &у (?:вас|тебя) (?:(?:там|тут|на \w+|в \w+) ){0,2}(?:работают|сидят|трудятся|собирают|упаковывают|пакуют|отвечают)
(?:(?:у вас|у тебя) )?(?:упаковщик|сборщик|кладовщик|сотрудник|работник|менеджер|оператор|складск)\w* (?:у (?:вас|тебя) )?(?:— |- )?(?:(?:чистые|чистый|настоящие|натуральные|сущие|форменные|полные|сплошные|одни|тот еще|та еще|те еще) (?:${RU_PEOPLE}|${RU_BEASTS})|(?:тот еще|та еще|те еще|сущие|форменные|чистые) \w+)
(?:вы|ты)(?: (?:—|-|там|тут|на складе|на упаковке|в поддержке|в магазине|совсем|все|что|вообще|реально|просто|правда|чё|че|уже|действительно|случаем|часом|извините|простите|уж|ж|же|сами|что ли|чистые|натуральные|настоящие|форменные|сущие|полные|конченые))* (?:${RU_PEOPLE}|${RU_BEASTS})(?=\s*[?.!:;—–]|\s+(?:что ли|чё ли|че ли|чтоли|какие-то|какой-то|или|а не))
ваш\w* (?:упаковщик|сборщик|сотрудник|менеджер|работник|кладовщик|оператор|консультант)\w* (?:— |- )?(?:(?:просто|явно|видимо|похоже|все|сплошь|наверное|точно) )*(?:${RU_PEOPLE}|${RU_BEASTS})(?![-\s]+(?:игрушк|фигурк))
(?:какой|какая|какие|который|которые) (?:же |ж )?(?:${RU_PEOPLE}|гени(?:й|и)|умник~|умниц~|кудесник~|умелец|умельцы|светил(?:о|а)) &2(?:упаковывал|собирал|паковал|отправлял|комплектовал|клал|положил|отвечал|пишет|писал)~
(?:каким|какой|какими) (?:же |ж )?(?!образом|способом|макаром)\w+(?:-\w+)? &(?:надо|нужно) быть
у (?:вас|тебя) (?:(?:там|тут|видимо|похоже|наверное|явно|походу|товар|заказы|посылки|коробки|склад|на \w+|в \w+) ){0,4}(?:${RU_PEOPLE}|${RU_BEASTS}) (?:(?:упаковыва|собира|паку|комплекту|отгружа|работа)(?:ет|ют)|сид(?:ит|ят)|труд(?:ится|ятся))
(?:вы|у вас|ваш\w*) &3(?:набрали|наняли|набираете|нанимаете|берете|взяли|нашли) &3(?:в|из) (?:зоопарк|детск\w+ сад|детсад|цирк|дурдом|психушк)~
(?:вас|ваш\w*) &3(?:в|из) (?:зоопарк|детск\w+ сад|детсад|цирк|дурдом|психушк)\S* (?:набирали|набрали|наняли|нанимали|брали|взяли|нашли)
даже &(?:кот|кошка|собака|пес|пёс|хомяк|попугай|обезьяна|мартышка|реб[её]нок|малыш|первоклассник|школьник|младенец|бабушка|дедушка|внук|внучка|слепой|пьяный|\S+летн\w+ \w+) &3(?:упаковал|собрал|сделал|запаковал|завернул|положил|проверил|справил|ответил|посчитал|прочитал|прочел)\w*(?: \S+)? бы &3(?:лучше|аккуратнее|быстрее|толковее|умнее|внимательнее|надежнее|ровнее)(?!(?: \S+){0,3}? если)
(?:вы|ты)(?: \S+){0,4}? [её]\S?б\S{0,2}?нул(?:ись|ся|ась|и)
а то &6не (?:догада|сообраз|допр|дотум)~
для (?:особо|самых) (?:сообразительн|умн|внимательн|понятлив|продвинут|непонятлив|одар[её]нн)~
`;

/**
 * Talking down to the reader: doubting that anyone there can read, count or finished school, asking for an adult,
 * idioms of stupidity, patronising address («деточка», "sweetie", "bless your heart"), mat used as a predicate about
 * the seller ("вы там совсем ох*ели?"), and Filipino name-calling; English name-calling by grammar is the next
 * lexicon, ENGLISH_NAME_CALLING.
 */
export const TALKING_DOWN = wordPattern`
(?:вас|тебя) (?:в школе|в детстве|в садике) (?:\S+ )?(?:учили|не учили|научили|не научили)(?! (?:\S+ )?(?:читать|считать|писать))
(?:этот |тот )?(?:урок|уроки|занятия) (?:\S+ )?(?:вы|ты) (?:тоже |опять |явно |видимо )?(?:пропустил|прогулял|проспал)\S*
(?:need|needs|needed|would need|require|requires) (?:a )?map and (?:a )?(?:torch|flashlight|compass) to find
(?:есть|найд[её]тся|работает|сидит) (?:ли )?(?:у вас |там |тут )*(?:в \S+ |на \S+ )?(?:хоть )?кто-(?:нибудь|то),? (?:кто|который) &3(?:закончил|окончил|умеет (?:читать|считать|думать|писать)|читать умеет|считать умеет|школу|грамот)~
(?:is there|have you got|do you have) (?:anyone|anybody|someone|somebody|a single (?:person|soul)) &4(?:who|that) (?:can|could|has|did|actually) &2(?:read|count|think|finished school|finished (?:primary|high) school|passed)
(?:put|say|explain|write|spell) (?:this|it|that) (?:out )?in (?:words|terms|language) (?:that )?(?:your|even your) &3(?:can|could|will|might) (?:manage|handle|follow|understand|grasp|cope with)
(?:let me|i\W?ll|i will|i can|i\W?m going to) (?:do|go through|spell out|work out|count|walk you through|explain) &3(?:slowly|very slowly|step by step|in small steps) for (?:you|your)
(?:counting|maths?|arithmetic|reading|numbers|simple sums) (?:is|are|seems|seem) (?:clearly |obviously |evidently |apparently |really |a bit )?(?:hard|difficult|tough|a struggle|a challenge|tricky) (?:over there|for you|there|at your \w+|in your \w+)
(?:посчитаю|объясню|распишу|разжую|пересчитаю) &2(?:для вас|вам|для тебя|тебе) &(?:медленно|помедленнее|по слогам|на пальцах)
(?:считать|сч[её]т|арифметика|математика) (?:у вас|там у вас|вам|там),? (?:видимо|похоже|явно|как видно),? (?:сложн|трудн|тяжел|непосильн)~
(?:someone|somebody|anyone|people|a person|staff|packers?) with (?:opposable thumbs|a pulse|two brain cells|a working brain)
(?:did|was it|has) (?:a |an )?(?:herd|pack|troop|bunch|flock|gang) of \w+ (?:pack|packed|wrap|wrapped|box|boxed|assemble|assembled) (?:this|it|these|the)
(?:упаковывал|собирал|паковал|комплектовал)~ (?:стадо|табун|стая|толпа) \w+
(?:записывайте|запишите|запоминайте|записывай|запиши),? &5(?:забудете|забудешь)
(?:упаковывал|собирал|паковал|комплектовал|заворачивал)(?:и|а)? (?:(?:\S+ ),?){0,3}?(?:обезьяны|мартышки|макаки|бабуины|дятлы|бараны|ослы|козлы|кроты|хомяки|попугаи|индюки|шимпанзе|криворукие|косорукие)(?![-\s]+(?:игрушк|фигурк))
bless (?:your|their|his|her) (?:little |sweet |cotton socks and your )?hearts?
(?:(?:a|one|two|three|few|couple of) )+(?:sandwiches|sandwich|bricks|cards|fries|chips|stubbies|tinnies|beers|snags|sausages|roos|kangaroos|nuggets|crayons) short of (?:an? )?\w+
not the (?:sharpest|brightest) (?:tools?|knife|knives|pencils?|crayons?|bulbs?|sparks?|buttons?)
(?:you(?:\W?re| are)?|your (?:\S+ ){1,3}?(?:is|are|must be|seems?)|(?:whoever|the (?:person|guy|one|people) (?:who|that)) (?:\S+ ){1,4}?(?:is|was|are|must be)|(?:he|she|they)(?:\W?s| is| are| must be| seems?)) (?:\S+ )?(?:thick|dense|dumb|daft|stupid|deaf|blind) as (?:a )?(?:brick|bricks|two short planks|a plank|mince|a post|a rock|a box of rocks|a dumbbell|a doorknob|a bag of (?:hammers|rocks)|an ox|they come|a bat|a mole|a doornail)
the lights? (?:are|is) on (?:but|and) (?:no ?one|nobody)
(?:no ?one|nobody)(?:\W?s| is) home (?:at|in) (?:your|the) &(?:support|service|team|warehouse|office|shop|store|company|department)
(?:couldn\W?t|could not|can\W?t|cannot) find (?:\S+ ){1,4}?with both hands
(?:memory|attention span|brains?|iq|intelligence)(?<!(?:it|this|that|phone|device|camera|card|drive|watch|tablet|laptop|unit|gadget|thing) (?:has|had|have) (?:the |a )?\w+(?: \w+)?) of an? (?:\w+ )?(?:goldfish|gnat|fly|flea|squirrel|hamster|potato|brick|toddler|parrot|sloth|rock|chicken|pigeon|mayfly)
above (?:your|their) pay ?grade
(?:is|was|seems|be|quite) (?:an? |quite an? |a bit of an? |a real )?stretch for (?:you|your)
(?:is there|are there|is anyone|can i|could i|may i|let me|i\W?d like to|i want to|i need to|put me through to) (?:[^\s?.!]+ ){0,3}?(?:an? |some )?(?:adults?|grown.?ups?) (?!(?:size|sizes|version|model|bike|clothes|costume|shoes?|range|mask)\s)(?:[^\s?.!]+ ){0,6}?(?:speak|talk|deal|handle|read|reply|answer|help)
your (?:reading|maths?|counting|spelling|listening|comprehension|arithmetic)(?: skills?| comprehension)? (?:really |clearly |still )?(?:needs?|could use|requires?) (?:some |a little |a bit of |more )?(?:work|practice|improvement|help)
(?:it\W?s|it is|is) your (?:reading|maths?|counting|spelling|listening|comprehension|arithmetic) that
(?:you|your \w+|your \w+ \w+) &(?:clearly |obviously |evidently |really )?(?:struggles?|struggling|struggled|has trouble|have trouble|having trouble) &with (?:basic |simple |plain )?(?:reading|counting|english|numbers|maths?|words|letters|the alphabet)
(?:you|your \w+|your \w+ \w+) &2(?:cannot|can\W?t|can not|could not|couldn\W?t) (?:even )?understand (?:normal|simple|basic|plain) english
(?:reading|counting|thinking|literacy|checking|looking) &3optional (?:at|for|in|on) (?:your|you)
(?:what|which) grade (?:did|do|have) (?:you|your \w+) &(?:finish|reach|get to|drop out|leave|complete|stop|graduate)
(?:didn\W?t|did not|don\W?t|do not) (?:they )?teach (?:you|your \w+) &4(?:at|in) (?:school|kindergarten|class)
(?:did|do) (?:you|your \w+)(?: guys| people| lot)? &2(?:skip|fail|drop out of|sleep through) &2(?:school|kindergarten|grade|primary|maths? class|english class|physics)
(?:unlike|as opposed to) (?:you|your \w+),? &2(?:i|we) &(?:can|know how to|am able to|are able to) (?:read|count|think|spell)
(?:did|does|has|have|can) (?:anyone|anybody|someone|somebody|no ?one|you|your \w+)(?: \S+){0,4}? (?:pass|passed|finish|finished|complete|completed|make it (?:past|through)|made it (?:past|through)|get (?:past|through)|got (?:past|through)|graduate from|go to|attend) &2(?:year \d+|grade \d+|(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th) grade|primary school|elementary school|grade school|kindergarten|school)
(?:кто-нибудь|кто-то|хоть кто-то|хоть кто-нибудь|вы|ты)(?: \S+){0,4}? (?:закончил|окончил|осилил|прош[её]л|доучил)\S* &(?:начальн\S* школ\S*|школ\S*|(?:первый|второй|третий|четвертый|четвёртый|\d)(?:-?й)? класс\S*|садик\S*)(?=(?: \S+){0,4}?\s*\?)
(?:вы|ты)(?: \S+){0,3}? (?:начальную )?(?:школу|садик|(?:первый|второй|третий|\d)(?:-?й)? класс) &(?:закончил|окончил|осилил)\S*(?=(?: \S+){0,3}?\s*\?)
(?:very|really|extra|nice) (?:short|simple|small) sentences &3(?:so|for|since|because)
(?:which|what) (?:bright |absolute )?(?:genius|einstein|rocket scientist|mastermind|bright spark)e?s? (?:in|at|from|on|of) your
(?:team|bunch|crew|department) of (?:geniuses|einsteins|rocket scientists)
кто из ваших (?:гениев|умников|светил)
(?:команд|бригад|отдел)~ (?:гениев|умников)
(?:go|just|pls|please|should|need to|needs to|seller|продавец|and|then) (?:\S+ )?touch (?:some )?grass
touch(?<=(?:^|[.!?:;—–-]\s*)touch) (?:some )?grass
(?:поясняю|объясняю|разъясняю|повторяю|пишу) (?:вам )?(?:&3)?(?:в доступной (?:для вас |вам )?форме|короткими словами|простыми словами|для тупеньких|для тупых|для непонятливых|видимо впервые)
(?:в здравом уме|в своем уме|в своём уме)(?<=(?:вы|ваш\S*|сотрудник\S*|склад\S*|менеджер\S*)\s.{0,60})
вахлак~
(?:ну что|эй|nu chto|ну-с),? (?:умники|умницы|гении|umniki)
(?:(?:может|может быть|может,) )?(?:объяснить вам|вам объяснить|нужно (?:ли )?вам объяснять|вам (?:нужно|надо) объяснять|рассказать вам|вам рассказать),? &что такое &3[^\s?]*\?
(?:do|shall|should|must) i &2(?:explain|spell out|teach you) (?:to you |to your \w+ )?what (?:an? |the )?(?:\S+ ){1,2}?(?:is|means)\?
(?:do|does) (?:you|your \w+)(?: guys| people| lot)? know what (?:an? |the )?(?:centimet|millimet|inch|metre|meter|kilo|gram|size|colour|color|number|calendar|week|day|month)\w* (?:is|means)
(?:вы|ты) (?:знаете|знаешь|в курсе),? что такое (?:сантиметр|миллиметр|метр|килограмм|грамм|размер|цвет|цифр|календар|недел|месяц)\w*
one (?:fact|thing|word) (?:per|a) line
(?:в отличие от|не то что) (?:вас|тебя|ваш\w* \w+),? &2(?:умею|умеем|могу|можем|способн\w*|знаю как) &(?:читать?|считать?|думать?|понимать?|прочитать?)
(?:хоть|хотя бы|ни) (?:один|одна|одного|кто-нибудь|кто-то) &2(?:человек|сотрудник|менеджер|работник)?\w* &(?:умеющ|владеющ|способн|грамотн)\w* &(?:читать?|считать?|прочитать?|прочесть|думать?|понимать?|навык\w* чтения|грамот\w*)
(?:сотрудник|человек|специалист|менеджер|работник|кому-нибудь|кому-то)\w* &(?:владеющ|умеющ)\w* &(?:навык\w* чтения|читать?|считать?|грамот\w*)
(?:читать?|считать?|думать?|понимать?|различать|отличать) &5(?:у (?:вас|тебя) )?(?:там )?(?:некому|никто не умеет)
(?:некому|никто не умеет) &2(?:у (?:вас|тебя) )?&(?:читать?|считать?|думать?|понимать?)
(?:вы|ты) &2(?:читать?|считать?|думать?) &(?:умеете|умеешь|не умеете|не умеешь|научились|не научились)
(?:вы|ты) &3(?:головой|башкой|лбом) &3не (?:ударил|стукнул|приложил|треснул)~
(?:вы|ты) &2(?:головой|башкой) &2(?:ударились|стукнулись|ударился|стукнулся)(?=\s*(?:что ли|\?))
(?:с дуба (?:рухнул|упал)|белены объел|с луны свалил|рехнул|спятил|свихнул|ополоумел|офонарел)~(?<=(?:вы|ты|у (?:вас|тебя)|ваш\w* \w+|тот,? кто у (?:вас|тебя) \S+ &&)\s.{0,60})
(?:баран\w*|смотр\w*|уставил\w*|пялит\w*|глядит\w*) &3на новые ворота
у (?:вас|тебя) (?:(?:там|тут|на \w+|в \w+|вообще|случаем) ){0,3}все дома(?=\s*\?)
(?:все|всё) ли у (?:вас|тебя) &(?:дома|с головой)
без царя в голове
пороха не выдума\w*
звезд с неба не хват\w*
(?:у (?:вас|тебя)|ваш\w* \w+|вы|ты) &3(?:не все дома|шарики за ролики|котелок &не варит|крыш\w* &(?:поехала|съехала|уехала)|(?:опилки|ветер|солома) в голове)
(?:(?:в )?(?:школе|садике|детском саду|институте|универе|училище)) &4(?:не объясн|не уч|не научил|прогулива|прогулял|доучил|не рассказ|не показ)\w*(?<=(?:вам|вас|вы|тебе|тебя|ты|ваш\w*)\s.{0,140})
(?:вас|тебя) &2в школе &2(?:учили|научили) &(?:читать?|считать?|думать?|писать)
(?:до какого|в каком|какой|сколько) (?:класс\w*|классов) &(?:вы |ты )?(?:доучил|учил|закончил|окончил|проучил)\w*
(?:в школе|на уроках) &&(?:прогуливал|прогулял|проспал)\w*(?<=(?:вам|вас|вы|тебе|тебя|ты|ваш\w*)\s.{0,140})
(?:кто-нибудь|кто-то|никто|вы|ты|ваш\w* (?:сотрудник|упаковщик|склад|менеджер|работник|оператор)\w*) &3(?:умеет|умеют|умеете|может|могут|можете|в состоянии)? ?(?:считать?|посчитать?|сосчитать?) до (?:двух|трех|пяти|десяти|двенадцати)
(?:count|counting|add up) (?:up )?to (?:two|three|four|five|ten|twelve|twenty) (?:is|was|seems|must be|might be) &(?:stretch|challenge|hard|difficult|beyond|much|task)
(?:anyone|anybody|someone|somebody|you|your \w+)(?: there| at \w+| in \w+)* &(?:can|could|able to|know how to) count (?:up )?to (?:two|three|four|five|ten|twelve|twenty)
(?:непосильн|неподъемн)\w* (?:умственн\w* )?(?:задач|труд|ноша)\w*(?<=(?:вам|вас|вы|тебе|тебя|ты|ваш\w*|прочитать?|читать?|различать|считать?|понять)\s.{0,90})
задач\w* со звездочкой(?<=(?:вам|вас|вы|тебе|тебя|ты|ваш\w*)\s.{0,60})
(?:опыт|навык)\w* (?:чтения|счета)(?<=(?:небольш|скромн|маленьк|слаб|невелик|огранич)\w* &(?:опыт|навык)\w* (?:чтения|счета))
(?:не в состоянии|неспособн\w*|не способн\w*) &(?:прочитать?|прочесть|понять|читать?|сосчитать?|посчитать?|отличить)(?<=(?:вы|ты|ваш\w* (?:менеджер|сотрудник|оператор|продав|склад|упаковщик|поддержк|служб|специалист|консультант)\w*)\s.{0,40})
(?:кто-нибудь|кто-то|кто) &2помо\w+ &(?:прочитать?|прочесть|понять|разобраться)(?<=(?:вам|тебе)\s.{0,40})
(?:someone|somebody|anyone|a person|people|staff|colleague) &2(?:with|who has|who have|that has) (?:an? |two )?(?:working |functioning |functional |real )?(?:brains?|brain cells|common sense|a clue)
(?:солнышко|милочка|милая|honey|hun|hon|darling|sunshine)(?<=(?:^|[.!?]\s{1,3}|\s\s|(?:oh|ох|ну|ой|listen|look|слушай|слушайте)\s)\S+)(?=\s\s&3(?:вы|ты|you|your|вам|вас|тебе|тебя|ваш\S*)\s)
(?:вы|ты)(?: \S+){0,3}? ох\S{1,2}ел(?:и|а)?
(?:вы|ты|ваши \w+|одни|сплошные)(?: \S+){0,3}? е\S?б\S{0,3}?н\S{0,2}?т(?:ые|ый|ая|ое|ых|ым|ики|ик|ы)
(?:деточка|детка|милочка|дорогуша|голубушка|голубчик|лапочка|лапуля|sweetie|sweetheart|kiddo)(?<=(?:^|[.!?]\s{1,3}|\s\s)\S+)(?=\s\s|\s*[.!?])
(?:ang|napaka|sobrang|mga) &(?:bobo|tanga|gago|engot|ungas|bano)
(?:bobo|tanga|gago|engot|ungas) (?:naman|talaga|ng|niyo|nyo|kayo|ka)
`;

/** Name-calling by English grammar: "your packers are proper galahs", "which drongo packed this", "you lot are a bunch
 * of muppets"; kept apart from TALKING_DOWN so that each scan stays under V8's optimising limit. */
export const ENGLISH_NAME_CALLING = wordPattern`
skill issue (?:for|on the part of|from|at) (?:your|the seller\W?s|the) (?:\S+ )?(?:warehouse|crew|staff|team|packers?|seller|store|shop|support|people|guys)
(?:your|ur|the seller\W?s) (?:\S+ ){0,2}?(?:is|has|=) (?:a |such a |major )?skill issue
ratio (?:\+ |and )?(?:l|you fell off)(?![a-z])
(?:${EN_PEOPLE}|clown|joker) (?:seller|sellers|store|shop)(?=\s*[.!?,])
(?:what|which) (?:sort|kind|type) of (?!(?:person|people|company|seller|shop|store|business|courier|warehouse|factory|service|packaging|packing|box|tape|material|machine|robot|system|process)(?![a-z]))[a-z]{3,} (?:packs|packed|sends|sent|ships|shipped|checks|checked|assembles|assembled|wraps|wrapped)(?![a-z])
(?:support|you|your \S+|the seller|seller|they|the agent) &3(?:answer|repl|respond|talk|writ|sound)\w* like (?:an? )?(?:npc|bot|robot|parrot)s?(?![a-z])
gg,? ?wp,? &2(?:склад|продав|упаковщ|поддержк|warehouse|seller|packer|support)\S*
(?:did|has|have) (?:someone|somebody|anyone|everyone|you|your \S+)(?: \S+){0,4}? (?:(?:fall|fell|fallen|been dropped|dropped) on|hit|bang|banged|bump|bumped) (?:their|his|her|your|its) heads?
an? (?:${INTENSE}|real) ${EN_PEOPLE}(?![a-z])
your (?:\w+ )?${STAFF} ${EN_PEOPLE}(?![a-z])
your \w+ (?:is|was) (?:such |a |an )*(?:proper |total |complete |absolute |utter |right |real |bloody )?${EN_PEOPLE}(?![a-z])
(?:you guys|you lot|you people|y\W?all|you all) (?:are|r) (?:literally |just |all |such |a bunch of |total |complete )*(?:npcs|bots|clowns|muppets|${EN_PEOPLE})(?![a-z])
your (?:\w+ )?${STAFF}(?: \w+)? (?:are|is) (?:all |just |clearly |obviously |a bunch of |such |an? )*(?:proper |total |complete |absolute |utter |right |real )?(?:${EN_PEOPLE}|${EN_THINGS})(?!\w)
(?:which|whichever|whatever|what kind of|what sort of|which kind|which kind of) (?:an? )?(?:(?:f\S{0,4}ing|freaking|frigging|bloody|damn|absolute) )?(?:${EN_PEOPLE}|genius|geniuses|einstein|bright spark|wizard|mastermind|rocket scientist) &3(?:packed|pack|packs|dey pack|picked|sent|shipped|made|checked|tested|designed|approved|built|assembled|labell?ed|measured|signed off|did the (?:packing|packaging|picking|checking)|wrote|handled|put|is packing|answers)
(?:which|whichever) (?:kind )?(?:an? )?${EN_THINGS} (?:in your \w+ |at your \w+ )?(?:packed|dey pack|picked) (?:this|it|that|my|these|orders|the|your)
which (?!(?:warehouse|courier|company|seller|store|employee|person|one|department|team|shop|factory|worker|staff|member|packer|carrier|branch|office|version|size|model|colou?r|box|parcel|order|item|of|is|was|the|your|a|an|way|day|time|country|service|agent|driver|post|postman|batch|supplier|brand|machine|robot|system|guy|guys|lady|man|woman|people|colleague|dress|part|piece)\s)\w+ (?:in|at|from) (?:your|the) \w+ (?:\w+ )?(?:packed|picked) (?:this|it|my|these|that)
(?:whoever|who ever|the (?:person|guy|one|people|folks) (?:who|that)) &3(?:is|was|are|must be|must have been|has to be) (?:an? )?(?:proper|real|right|total|complete|absolute|utter|prize|certified|bloody|true|genuine) (?!(?:pro|professional|expert|hero|star|gem|legend|human|person|one|pleasure|help|sweetheart|champ)\s)\w+
(?:whoever|who ever) &3(?:is|was|must be|must have been|has to be) (?:an? )?(?:${EN_PEOPLE}|${EN_THINGS})(?!\w)
(?:are|is) (?:you|your ${STAFF})(?: (?:people|guys|lot|all|folks|there|over there|really|actually))* (?:an? )?(?:${EN_PEOPLE}|${EN_THINGS})(?!\w)
(?:you|una|your ${STAFF}) (?:be|bin|dey) (?:an? )?(?:${EN_PEOPLE}|${EN_THINGS})
(?:you|your) (?:\w+ )?(?:bampots?|mamparas?|olodos?|galahs?|drongos?|numpties|bozos?|dropkicks?|nongs|mugus?|dingbats|plonkers|pillocks)(?!\W?s\s)
(?:are|is) (?:you|your ${STAFF}) (?:all |just |really |even )?(?!(?:\w+ing|going|serious|kidding|joking|open|closed|there|here|able|coming|done|sure|ok|okay|alright|available|real|human|a bot|a robot)\s)\w+ or what
your ${STAFF} (?:\w+ )?(?!(?:\w+ing|going|serious|open|closed|there|here|able|coming|done|sure|available)\s)\w+ or what
(?:room|office|warehouse|building|shop|team) full of (?:${EN_PEOPLE}|${EN_THINGS})
(?:bunch|pack|load|gang|crew|troop|herd|shower) of ${EN_PEOPLE}
(?:you|you lot|you guys|you people|your \w+) (?:\w+ ){0,4}?(?:bunch|pack|load|shower|herd|gang|band|troop|collection|crew) of (?:${EN_PEOPLE}|${EN_THINGS})
`;

const MOCK_TITLE =
  '(?:sherlock|einstein|genius|mr\\.? genius|smarty\\s?pants|captain obvious|шерлок|эйнштейн|гений|умник|умники|капитан очевидность)';

/**
 * A mock title as a sentence of its own ("Гении.", "Geniuses!"), a name-calling word on its own as an address at the
 * start of a sentence ("Олени, …", "Clowns, …"), or a mock title
 * addressed at its end ("…, Sherlock.", «…, гений») or after a "well" that turns to the reader ("Well, Sherlock, …").
 */
export const VOCATIVE = new RegExp(
  `(?:^|(?<=[.!?]\\s{1,3}))(?:гении|умники|geniuses|einsteins)(?=\\s*[.!?…])|(?:^|(?<=[.!?]\\s{1,3}))(?:(?:ну что|ну|эх|ой|ох),? )?${CALLED}(?: (?:со|с|из|на) [а-яё]+)?,|(?<=,\\s{1,3})${MOCK_TITLE}(?=\\s*(?:[.!?…]|$))|(?<=(?:^|[.!?]\\s{1,3})(?:well|so|okay|ok|listen|look|ну|ну что|так вот|итак),\\s{1,3})${MOCK_TITLE}(?=,)|(?<=(?:^|[.!?]\\s{1,3})(?:listen|look|hey|oi|well),?\\s{1,3})${EN_PEOPLE}(?=,)`,
  'g',
);

/** Threats to the person (not a lawful next step such as "обращусь в Роспотребнадзор" or "I will open a claim"). */
export const THREAT = wordPattern`
check your brake(?:s| lines| pipes)(?![a-z])
(?:i will|i\W?ll|i am going to|i\W?m going to|i\W?m gonna) &6find you(?![a-z])(?! (?:a|an|the|some|another|one|it|them|more|better|\d+)(?![a-z]))
(?:make|making|made) you an offer you can\W?t refuse
(?:send|bring) (?:my|mi|me|our) (?:boys|guys|lads|people|brothers|cousins?|friends|crew) &2(?:to|round|over)(?! (?:pick|collect|help|bring|take|return|drop))
you (?:don\W?t|do not) want (?:any )?(?:wahala|trouble|problems)
засуж~
найду (?:тебя|вас)
здоровья (?:вам|тебе|вашим|твоим) &(?:детям|близким|родным|семье)?[.,]? (?:пока что|пока)(?![а-я])
(?:приед|заед|наведа|прид|приех)~ &3разбираться
(?:i |we )?(?:do |really )?hope nothing &3(?:your|at your|in your|to your) (?:shop|store|warehouse|office|family|home|house|kids|children|car)
(?:take|knock|bring|shut) (?:your|ur) &2(?:store|shop|site|page|account|listing)s? &2(?:offline|down)
your (?:containers|shipments|cargo|consignments|parcels) &12if i were you
ddos~
(?:взломаю|взломаем|взломать|хакн|задудос|ддос|положим ваш|положу ваш)~
(?:я|мы) (?:тебя|т[3з]бя|вас) &(?:найду|найдем|найдём|достану|достанем)(?! &(?:в (?:чате|поддержке|списке|приложении)|по (?:номеру заказа|трек)))
(?:нашел|нашёл|нашла|нашли|знаю) &(?:твой|ваш|твою|вашу|твои|ваши) (?:инст|инсту|инстаграм~|вк|вконтакте|тикток|фейсбук|одноклассник~|личн~ (?:страниц|профил|аккаунт)~)
пожалеете
пожалеешь
(?:вам|тебе) (?:конец|кранты|хана|не жить)
уро(?:ю|ем)
убью
прибью
закопаю
доберусь до (?:вас|тебя)
(?:ноги|руки|голову) (?:оторву|повыдергаю)
сожгу \w+
(?:i\W?ll|i will) (?:kill|destroy|hunt|ruin|sue) you~
you(?:\W?ll| will) (?:regret|pay for) (?:this|it)
watch your back
(?:find out|know) where you live
(?:знаю|узнаю|найду) где (?:ты живешь|вы живете)
(?:ваш|ваши|твой|твои|your) &4(?:фото|имя|телефон|адрес|паспорт|данные|номер|photos?|name|phone|address|passport|details) &6(?:окаж|появ|разлет|выложу|опублику|солью|узнают|в интернет|в сет|во всех|в групп|everywhere|online|all over|public|internet)~
(?:советую|рекомендую) (?:вам |тебе )?(?:хорошо |крепко |серьезно )?подумать?
вы (?:сильно |очень )?рискуете
(?:and|и) (?:see|посмотрим|посмотрите|увидите) (?:what happens|что будет|что (?:с вами )?будет)
это вам (?:так |даром )?(?:не пройдет|выйдет боком)
последнее предупреждение
(?:don\W?t|do not) make me (?:come|find|visit|get|do|show)
you (?:don\W?t|do not) want me to (?:come|find|show|visit|get)
не заставляйте меня (?:приезжать|приходить|искать|ехать|действовать)
(?:смотрите|глядите),? как бы (?:вам|тебе)
как бы (?:вам|тебе) &2не пришлось (?:пожалеть|объясняться|отвечать)
(?:вы|ты) у меня (?:ещ[её] )?(?:попляш|поплат|пожале|получ|узна|взво|запо)~
попляшете
поплатитесь
поплатишься
(?:ответите|ответишь) за (?:это|все)
heads (?:will|are going to|gonna) roll
(?:полетят головы|головы полетят)
пеняй(?:те)? на себя
(?:вам|тебе) (?:же )?(?:будет )?хуже
иначе &(?:пожалеете|будет хуже|вам конец|пеняйте)
(?:сделаю|устрою) &2(?:жизнь|ад|проблемы|веселую жизнь)
make your life &(?:difficult|hell|miserable|hard)
or else
(?:ваш|твой)~ (?:домашн|личн)\w* (?:адрес|телефон|номер)~
your (?:personal|home|private|family) (?:phone|address|number|details|email|cell)
(?:i )?hope you sleep well
(?:people like me|i) (?:don\W?t|do not|never|won\W?t) (?:forget|forgive)
(?:я )?(?:такое |такого |ничего )?не (?:забуду|прощу|забываю|прощаю)
friends? who &3(?:china|your (?:city|country|town))
(?:знаю|знаем|узнал~|нашел|нашла|нашли|know|found|have|got)\S*,? &8(?:его|ее|её|ваш~|твоих|твою|твоего|your|his|her) &(?:дет(?:и|ей)|жен~|муж~|семь~|родител~|дочь|дочер~|сын~|kids|children|wife|husband|family|daughter|son|parents)
(?:не )?(?:доводите|доведете|доводи) до греха
(?:это |все )?добром не (?:кончится|закончится)
(?:пока )?прошу по-хорошему
не советую &(?:ссориться|связываться)
(?:не знаете|не понимаете),? с кем (?:связались|имеете дело)
(?:you )?(?:don\W?t|do not) know who you\W?re (?:dealing|messing) with
this (?:won\W?t|will not) end well
bad things (?:\w+ )?happen to
(?:плохо|нехорошо) (?:кончают|заканчивают)
долго не (?:живут|протянут)
(?:you\W?ve been|you have been|consider yourself|вы) (?:warned|предупреждены)
don\W?t say i didn\W?t warn you
(?:last|final) warning
(?:люди|ребята|друзья|знакомые|парни|people|friends|guys)~,? &6(?:не любят|не прощают|don\W?t like|do not like|don\W?t forgive)
(?:брат~|брату|друз~|друг|знаком~|родствен~|ребят~|парн~|люди|кузен~|дядя|мужики) &14(?:заглян~|загляд~|наведа~|навест~|навещ~|приед~|придут|прид[её]т|зайд~|найд[уе]т|разберутся|поговор~ &2(?:лично|по-другому|иначе|по-мужски))
поговор~ &2(?:по-другому|по-мужски|иначе)
разговор (?:будет )?(?:другой|коротким|не здесь)
(?:знаю|нашел|нашла|нашли|вычислил~|пробил~) &3(?:где (?:(?:находится|находятся|живут|учатся|работают) (?:ваш|твой|его|ее)~|живете|живешь|ваш~|твой)|(?:ваш|твой) (?:домашний )?адрес)
(?:ваш|твой) (?:домашний |личный )?(?:адрес|телефон|паспорт)~ &4(?:знаю|нашел|нашла|есть|уже|у меня)
(?:знаю|знаем|нашел|нашла|нашли|узнал~|выяснил~|пробил~|вычислил~|раздобыл~|есть|у меня) &3(?:адрес|телефон|фото|данные|имя|школ)~ &2(?:жены|мужа|детей|ребенка|дочери|сына|семьи|родителей|мамы)
(?:адрес|телефон|фото|данные|имя|школ)~ &(?:(?:ваш|тво)~ (?:жены|мужа|детей|ребенка|дочери|сына|семьи|родителей|мамы)|(?:жены|мужа|детей|ребенка|дочери|сына|семьи|родителей|мамы) (?:ваш|тво)~)
(?:выложу|опубликую|солью|разошлю|распространю|размещу|слью|выложим|опубликуем) &4(?:данные|адрес|телефон|фото|паспорт|имя|номер)~
деанон~
(?:я|я-то) &терпелив~,? &2(?:но|а) (?:мои |наши )?(?:друз|ребят|брат|знаком|люди|родствен)~
i\W?m (?:a |very )?patient &2(?:but )?my (?:friends|brothers?|cousins?|people|boys|family)
(?:вас|тебя) &(?:найдут|достанут|вычислят)
вычисл~ (?:(?:вас|тебя) )?по (?:айпи|ip|ип|айпишнику|номеру|адресу)
найд(?:у|ем|ут) (?:вас|тебя) по (?:айпи|ip|ип|айпишнику|номеру|адресу)
(?:track|trace|find|hunt) (?:you|u) (?:down )?(?:by|through|from) (?:your |ur )?(?:ip|phone number|address)
(?:have|got|know|found) your &(?:name|photo|face|city|address|phone|location|workplace)s?,? &(?:and )?your
(?:будет|было бы) (?:очень |крайне )?(?:жаль|обидно|печально),? (?:если|когда) &8(?:случ(?:ит|ил|ае)|произо[йш]|сгор|пострада|что-(?:то|нибудь))~
(?:вы же не хотите|не хотелось бы|вам же не нужно|не хотите же),? (?:чтобы )?&8(?:случил|произош|пострадал|сгорел)~
(?:с вами|с вашим|с вашей|с вашими|с тобой|с твоим|с твоей|с семьей) &3(?:что-(?:то|нибудь)) &(?:случ(?:ит|ил|ае)|произо[йш])~
(?:выясня(?:ю|ем|ют)|узна(?:ю|ем|ют)|узнал~|ищ(?:у|ем|ут)|пробил~|пробива(?:ю|ем|ют)|разузна~|вычисля(?:ю|ем|ют)|найд(?:у|ем|ут)),? &2где &2(?:ваш~ (?:склад|офис|дом|семь|дет|жен|муж|квартир|магазин|родител)~|(?:вы|ты) (?:жив|работа|быва|ход)~)
как зовут &(?:ваш|вашу|вашего|ваших|твою|твоего|твоих)~ (?:дочь|дочер|сын|жен|муж|дет|ребен|мам|родител)~
будьте &(?:осторожн|внимательн|аккуратн)~ &4(?:вечер|ночь|ночью|на улице|выходите|выходя|в темноте|по дороге|с работы|домой)~
(?:всякое|разное|что угодно|все что угодно) &(?:бывает|случается|происходит|может случиться) с (?:теми|людьми|такими|продавцами)
hope (?:your|you) &4(?:insurance|insured|good locks|alarm|security|guards)
ждите &(?:гостей|в гости|визита|визитеров)
expect (?:a )?(?:visit|visitors|company|guests)
(?:надеюсь|надеемся|hope),? &2(?:ваш|ваши|ваша|твои|твоя|your)~ (?:дет|семь|близк|жен|муж|родител|kids|children|family|wife|husband|parents)~ (?:(?:is|are|will be|stay|stays|будут|останутся) )?(?:в безопасности|safe)
(?:address|phone|number|details|photos?|name|адрес|телефон|фото|данные|паспорт)~ &4(?:going|go|will go|will be|are going|ending up|end up|будут|окажутся|появятся|уйдут) &(?:on|online|up on|all over|в|во) &(?:reddit|twitter|facebook|instagram|tiktok|telegram|forums?|the internet|social media|соцсет|телеграм|интернет|сеть|сети|чатах|чаты)~
(?:хорошая|милая|красивая|славная) &(?:семья|семейка|дети|квартира|машина|дом) у (?:вас|тебя)
(?:мало ли что|всякое) (?:может )?(?:случит|быва|произойд)~ (?:с вами|с тобой|с вашим|с вашей|с людьми)
ходите (?:осторожно|аккуратно|оглядываясь)
берегитесь
мир тесен,? &4(?:найд|встрет|увид)~
(?:у меня|есть) &2(?:связи|знакомые|люди) &3(?:в органах|в китае|в вашем город|которые)~
(?:pay|give) you &(?:a )?(?:little |personal |friendly )?visit
(?:drop|stop|swing|come) (?:by|over|round|around) &5(?:in person|your (?:shop|store|warehouse|office|house|home|place))
(?:discuss|talk about|chat about|sort) (?:this|it|things|that) (?:out )?(?:with you )?in person
(?:friend|friends|brother|cousin|guys|people|relatives|uncle|boys) &14(?:visit|drop by|stop by|pay you|in person|find you|come (?:over|by|for you)|have a (?:word|chat|talk) with you)
(?:found|have|got|know|tracked down|looked up) &3(?:home address|your address|your &phone number|your (?:kids|children|family|wife|husband|daughter|son))
(?:post|publish|share|leak|expose|spread|put)\w* &4(?:your &2(?:address|details|personal|info|data|name(?<!(?:store|shop|brand|company|business|product|item|listing)\W+name)|number|photos?|family|kids)|them (?:everywhere|online|all over))
dox(?:x)?(?:ing|ed)?
(?:would(?:n\W?t| not)?|don\W?t|do not) want (?:anything|something) (?:bad |unfortunate )?to happen
(?:shame|pity) if (?:something|anything) &3happen~
(?:something|anything) (?:bad |unfortunate )?(?:might|could|may|will) happen to (?:you|your)
accidents (?:can |do )?happen to (?:you|people)
(?:be careful|watch out) &3(?:at night|out there|walking|on the street|where you go)
sleep with one eye open
i know (?:some )?people (?:in|who|that)
nice (?:little )?(?:shop|store|warehouse|business|place|family|kids|house|home|car) you (?:have|got|\w+ve got)
(?:i\W?ll|i will|i\W?m going to|i\W?m gonna|gonna|i\W?d|i would|i could) &2(?:break|smash|snap|bust|punch|kick|knock|bash|rip|rearrange|cave|wring|slit) (?:your|his|her|their|ur|the \S+\W?s|that \S+\W?s) (?:\S+ )?(?:legs?|arms?|necks?|faces?|heads?|teeth|nose|jaw|kneecaps?|knees?|fingers?|ribs|skulls?|throats?|ass|arse|butt|bones)(?![a-z])
(?:i\W?ll|i will|i\W?m going to|i\W?m gonna|gonna|i\W?d|i would) &2(?:punch|kick|beat|slap|strangle|stab|smack|deck|thump|batter|throttle|clobber|flatten|knock out|beat up) (?:you|him|her|them|the (?:packer|seller|courier|owner|manager|guy|idiot|driver)\w*)(?! (?:an? |the |with |back|off|to it))(?![a-z])
kick (?:your|his|her|their|ur) (?:\S+ )?(?:ass|arse|butt|teeth in)
beat (?:the (?:crap|shit|hell|living daylights|snot|stuffing) out of|you (?:up|senseless|black and blue))
come (?:and )?(?:say|tell me) (?:that|this|it) to my face
(?:meet|see) me (?:outside|in the ring|in the parking lot|in the car park)
(?:ноги|руки|голову|головы|башку|башки|бошку|бошки|шею|челюсть|р[её]бра|морду|рожу|хребет|пальцы|зубы) (?:(?:ему|ей|им|вам|тебе|всем|этому \S+|этой \S+|тому|той|вашему \S+|вашим \S+) )?(?:оторву|повыдергаю|переломаю|пересчитаю|откручу|сверну|поотрываю|поотбиваю|отобью|выбью|повыбиваю)(?![а-яё])
(?:переломаю|пересчитаю|откручу|сверну|поотрываю|повыдергаю|набью|начищу|расквашу|разобью|выбью|повыбиваю) (?:(?:ему|ей|им|вам|тебе|всем|этому \S+|этой \S+|вашему \S+|вашим \S+|твою|вашу|твои|ваши) )?(?:ноги|руки|голову|башку|шею|челюсть|р[её]бра|морду|рожу|лицо|нос|хребет|пальцы|хлебало|табло|физиономию|зубы)(?![а-яё])
(?:сломаю|поломаю) (?:ему|ей|им|вам|тебе|этому \S+|вашему \S+) (?:ноги|руки|шею|челюсть|р[её]бра|нос|хребет|пальцы)
(?:ноги|руки|шею|челюсть|р[её]бра|нос|хребет|пальцы) (?:ему|ей|им|вам|тебе) (?:сломаю|поломаю)
(?:морду|рожу|лицо|хлебало|табло|физиономию) (?:(?:ему|ей|им|вам|тебе) )?(?:набью|начищу|расквашу|разобью|подправлю)
(?:дам|двину|заеду|врежу|вмажу|въеду|засвечу) &2(?:в морду|по морде|в рожу|по роже|в челюсть|в зубы|в табло|по табло|в глаз|в нос|в лицо|по лицу|в ухо|по шее)
(?:изобью|покалечу|отметелю|отлуплю|поколочу|отпинаю|вломлю)(?![а-яё])
(?:скажите|скажи|повторите|повтори) (?:это )?(?:мне )?в лицо
(?:сдохните|сдохни)(?![а-яё])
drop dead(?! (?:gorgeous|simple|easy|beautiful))
(?:i\W?ll|i will|i\W?m going to|i\W?m gonna|gonna) &2(?:burn|torch|blow up|set fire to) (?:down )?(?:your|the seller\W?s|his|their) (?:\S+ )?(?:warehouse|shop|store|office|house|home|car|place|building|factory)
(?:you\W?d|you had) better watch (?:out|yourself|your step)
(?:i\W?ll|i will|i\W?m going to|i\W?m gonna) make (?:you|him|them|your \S+) pay (?:for (?:this|that|it)|dearly)
you(?:\W?re| are) (?:so |a )?dead (?:man|meat|men)
put (?:you|him|her|them|the (?:packer|seller|courier|owner|manager|guy|driver)\w*) in (?:the |a )?(?:hospital|ground|grave|wheelchair)
(?:i\W?ll|i will) end you
я (?:тебе|вам) (?:такое )?устрою(?= ?[.!]|$)
из-под земли (?:достану|достанем|найду|найд[её]м)
кровью (?:харкать|умоешься|умоетесь|умоются)
(?:пристрелю|застрелю|зарежу|прирежу|перестреляю|придушу|задушу|порешу)(?![а-яё])
(?:тебя|вас|его|их) (?:\S+ )?порву(?! (?:в|на) (?:отзыв|коммент)~)
(?:получишь|получите|отхватишь|отхватите|огреб[её]шь|огреб[её]те) (?:\S+ )?(?:по башке|по морде|по шее|по рогам|по голове|в морду|в рожу|в табло|люлей|звездюлей|лещей|тумаков)
(?:отхватишь|отхватите|огреб[её]шь|огреб[её]те) по полной
(?:шею|холку) (?:\S+ )?намылю
намылю (?:\S+ )?(?:шею|холку)
(?:считай|считайте),? (?:что )?(?:ты|вы) (?:уже )?(?:труп|покойник|покойники|трупы)
(?:встретимся|увидимся|выйдем|поговорим) &2на ринге
`;
