import { NAMED_INSULTS, TALKING_DOWN } from './abuse-phrases';
import { CONCRETE_PROBLEM } from './content-phrases';
import { allMatches, firstIndex, matches, oneOf, spansByLexicon, spansOf, wordPattern } from './patterns';
import type { Span } from './types';

/**
 * Insults without a swear word and veiled threats, found by the parts they are built from rather than by whole
 * phrases. Phrase lists tuned to examples kept missing new wordings (each batch of unseen texts brought phrasings
 * no list had), so here a finding needs two or three parts in one sentence, each part an open family of words:
 * - condescension: a belittling frame (like a child, by syllables, too hard for you) with the reader or a reading or
 *   understanding verb;
 * - sarcasm: emphatic praise followed, without "but", by the failure it praises;
 * - name-calling: the grammar of name-calling ("you bunch of …", "Охламоны, вы …", "какие же … у вас работают"),
 *   whatever the word;
 * - veiled threats: knowing or exposing the seller's private life (family, car, home, school, identity), visits to
 *   the seller, "it would be a pity if … happened", care for the seller's health or family, and the seller's kind of
 *   place catching fire; menace in set phrases (what befell those who crossed the buyer, a calm buyer whose people are
 *   not, criminal slang, greetings to the seller's family, small-world proverbs with the seller's place); none of them
 *   count in a sentence that names a lawful step or the return of the item, except knowing the seller's home and
 *   putting private data before an audience, which no lawful step excuses.
 */

// Words that make a sentence about the reader: pronouns, possessives and the seller's staff.
const READER = wordPattern`
вы
вам
вас
вами
тобой
ваш~
ты
тебе
тебя
твой
твои
твоя
твое
твоих
твоему
продавц~
продавец
менеджер~
оператор~
сотрудник~
поддержк~
склад~
отдел~
you
your
yours
you\W?re
you\W?ll
staff
team
seller
support
agents?
operators?
whoever
`;

// Understanding, reading and explaining: what a belittling frame is about.
const MINDWORK = wordPattern`
понять
понял~
поняли
поймет~
поймут
понима~
дойдет
дошло
доходит
дойти
читать
прочита~
перечита~
прочтет~
разобра~
разбер~
запута~
осил~
сообраз~
вник~
усвои~
уловит~
догада~
объясн~
поясн~
повтор~
разжев~
разжу~
пишу
напишу
распишу
understand~
follow
keep up
get it
grasp
read
reading
re.?read
figure (?:it |this )?out
comprehend~
explain~
spell~
type
write
repeat~
по-простому
попроще
простыми словами
`;

// Frames that belittle by themselves: a child, an adult to read for you, syllables, pictures, "too hard for you".
const BELITTLING = wordPattern`
по слогам
по буквам
на пальцах
как (?:для )?(?:детям|детей|детишкам|ребенку|малышам|малышу|первокласс~|первоклашк~|школьник~|дошкольник~|детсад~|маленьким)
(?:на уровне|уровня|для) (?:детского сада|детсада|первого класса|начальной школы|младшей группы)
(?:кто-нибудь|кого-нибудь|кого-то|кто-то) из взрослых
(?:нарисовать|нарисую|рисовать)(?: вам| тебе)? (?:\S+ )?(?:картинк|схем|комикс|рисун)~
(?:картинк|схем|комикс)~ (?:\S+ )?нарисовать
(?:для|как для) (?:первоклассник|первоклашк|дошкольник|детсадовц|малыш|младенц|школьник)~
как (?:маленькой|маленькому|маленькая|маленький)
разжевыва~
разжую
разжевать
like (?:i would |i\W?d )?(?:for |to )?(?:a |an )?(?:child|kid|toddler|preschooler|\w+.year.old|\w+ grader)
(?:as if|like) (?:you\W?re|you are|talking to) (?:a |an )?(?:child|kid|toddler|children|kids|\w+.year.olds?)
(?:ask|get|have|find) (?:\S+ )?(?:a |an |some )?(?:grown.up|adult)s?
crayons?
picture books?
draw (?:you |your \w+ )?(?:a )?(?:picture|diagram|map)
over (?:your|their) heads?
move your lips
шевеля губами
шевелите губами
водя пальцем
dumb(?:ed)? (?:it |this )?down
spoon.feed~
(?:tiny|small|little|short|one.syllable) words
(?:very small|baby) steps
`;

// Frames that belittle only when someone is explaining or understanding: slowly, in big letters, for the n-th time.
const SLOWLY = wordPattern`
медленно
крупно
крупными буквами
в (?:третий|четвертый|пятый|десятый|сотый|энный) раз
slowly
помедленнее
(?:nice and )?slow(?:er)?
(?:simple|easy) words
`;

// Too hard for the reader: the difficulty frame, in either order around "for you", with an ironic hedge or a text.
const TOO_HARD = wordPattern`
(?:слишком|чересчур|непосильн~|видимо|наверное|похоже|явно) (?:\S+ ){0,2}?(?:сложн|длинн|трудн|заумн|мудрен)~ (?:\S+ ){0,2}?для (?:вас|тебя|ваш~|твоих)
для (?:вас|тебя|ваш~|твоих) (?:\S+ ){0,3}?(?:слишком|чересчур) (?:сложн|длинн|трудн|заумн|мудрен)~
(?:too|so) (?:\S+ ){0,3}?(?:advanced|complicated|hard|difficult|complex|long|much|technical|challenge|challenging|tricky)\w* for (?:you|your)
(?:is|are|seems|seem) (?:\S+ )?beyond (?:you|your (?!(?:\w+ )?(?:control|power|capacity|responsibility|scope|means))(?:\w+ )?\w+)
`;

// Purpose clauses that doubt the reader: "чтобы даже вы поняли", "so even your team can follow", "чтоб не запутались".
const PURPOSE = wordPattern`
(?:чтобы|чтоб) (?:даже|хоть|наконец) (?:\S+ ){0,3}?(?:понял~|поняли|поймет~|поймут|дошло|разобрал~|осилил~)
(?:чтобы|чтоб) (?:\S+ ){0,3}?(?:вы|ты|ваш~|твой~) (?:\S+ )?не (?:запута|растеря|перегре|утоми|заблуди)~
(?:so|so that) even (?:you|your) (?:\S+ ){0,2}?(?:can|could|will|might|would) (?:\S+ )?(?:understand|follow|get it|keep up|grasp)
(?:хоть так|может|авось|глядишь|наконец|теперь-то|с \w+ раза),? (?:\S+ ){0,4}?до (?:вас|тебя|ваш~) (?:\S+ )?(?:дойд|дошл|доход)~
`;

// The reader's mind, brains or education, said in a sentence about the reader: "хватит образования понять",
// "someone with a working brain in your office".
const INTELLECT = wordPattern`
образовани(?:я|е)
ума
мозг(?:а|ов|и)?
извилин~
соображени~
интеллект~
brains?
education
intelligence
common sense
i\.?q
`;

// Doubting that anyone there can read or think.
const CANNOT_READ = wordPattern`
(?:читать|думать|понимать|прочитать) (?:\S+ ){0,4}?(?:никто не умеет|никто не может|не умеете|не умеют|не умеешь|не в состоянии)
(?:кто-нибудь|хоть кто-(?:то|нибудь)|кто-то) (?:\S+ ){0,3}?(?:умеет|может|способен) (?:\S+ )?(?:читать|прочитать|думать|понимать)
(?:reading|thinking|understanding) (?:\S+ ){0,2}?(?:is |isn\W?t )?(?:not )?(?:part of|in) (?:the|your) (?:job|skill set|job description)
(?:does|can|could|did) (?:anyone|anybody|someone|no one) (?:\S+ ){0,3}?(?:actually |even )?(?:read|understand|think)
(?:what|which) (?:part|bit|word) of (?:\S+ ){0,8}?(?:is|was|do you|are you) (?:\S+ )?(?:confus|unclear|hard|difficult|advanced|complicated|not understand|don\W?t understand|struggling)~
(?:какое|какую|что) (?:\S+ )?(?:слово|часть|фразу) (?:\S+ ){0,3}?(?:непонятн|не понял|не поняли|не понимаете)~
что (?:тут|здесь) (?:\S+ )?непонятного
(?:you|your \w+(?: \w+)?|вы|ваш\w* \w+) (?:\S+ ){0,2}?(?:can\W?t|cannot|couldn\W?t|could not|не умеете|не умеют|не могут|не можете) (?:even )?(?:count|read|spell|think|add up|считать|читать|думать)
(?:думаете|думать|думают|думаешь|соображаете) (?:\S+ )?(?:головой|мозгами|башкой)
(?:головой|мозгами|башкой) (?:\S+ )?(?:думаете|думать|думают|думаешь|соображаете)
(?:вы|ты) (?:\S+ ){0,2}?(?:хоть иногда|хоть когда-нибудь|вообще когда-нибудь) (?:\S+ )?(?:думаете|думаешь|соображаете|читаете)
(?:do|does|did) (?:you|your \w+) (?:\S+ )?(?:ever|even) (?:think|use your)
(?:an?|my|even a) \w+ (?:would|could)(?:\W?ve| have)? (?:\S+ ){0,2}?(?:packed|done|made|built|handled|shipped|assembled|sorted) (?:this|it|that) better
(?:для|for) (?:тех|those)(?: of you)?,? (?:кто|who) (?:\S+ ){0,3}?(?:прогул|пропуск|проспал|спал|не (?:умеет|умеют|учил|понима|дружит|ходил)|skipped|missed|slept|can\W?t (?:read|count|add)|cannot (?:read|count)|never learn|didn\W?t (?:go to|finish|pay attention|learn))~
(?:reading|words|maths?|counting|english|logic|thinking|spelling|numbers|measuring|geography|sizes) (?:\S+ )?(?:is|are)(?: clearly| obviously| evidently| apparently)?(?:n\W?t| not) (?:exactly |really )?(?:your|the \w+\W?s) (?:strong suit|forte|strength|strong point|cup of tea)
(?:чтение|читать|математика|считать|счет|счёт|логика|грамота|арифметика|внимательность|география) (?:\S+ ){0,2}?(?:явно |видимо |точно |совсем )?не (?:ваш|твой|ваша|твоя|ваше|ваши) (?:\S+ )?(?:конек|конёк|сильная сторона|сильная черта|сильное место)
`;

// Mocking comparisons: the reader's people likened to an animal, a child or a slow thinker ("ваш менеджер отвечает как
// пятиклассник", "your support is like a goldfish", "a hamster could pack better than your staff"). The likeness
// alone is not enough: the sentence must also be about the reader (READER). A preposition after "как"/"like" ("как для
// ребёнка", "like for a kid") and a thing of the child's ("a child's toy", "a hamster cage") are not likenesses.
const LIKENED = String.raw`(?:(?:попуга|хомяк|обезьян|мартышк|баран|улитк|черепах|крот|лещ|рыбк|детсадовц|дошкольник|пятиклассник|первоклассник|первоклашк|школьник|младен|бабушк)~|осл[аеоуы]~|осел|осёл|слеп\w+ (?:кот|крот)~|ребенок|ребёнок|ребенка|ребёнка|дети|детей|детям|детьми|детский сад|детского сада|(?:golden fish|goldfish|parrot|hamster|monkey|chimp|ape|donkey|sloth|snail|headless chicken|toddler|kid|child|five.year.old|\w+ grader|first.grader|schoolboy|grandma|granny)s?|children)`;
// Animals, children and dull things that do the staff's work better, or stand in for them: "a blindfolded raccoon would've
// packed this better than whoever works in your warehouse", «заказы у вас собирает попугай», «всё равно что объяснять
// что-то табуретке».
const CREATURE = String.raw`(?:(?:попуга|хомяк|обезьян|мартышк|макак|баран|улитк|черепах|крот|рыбк|куриц|цыпл|индюк|телен|тел[её]н|телят|дятл|ишак|енот|козл|ослик|щен|котен|кошк|собак|внук|внучк|первоклассник|первоклашк|пятиклассник|школьник|детсадовц|дошкольник|младен|малыш)~|кот|коты|кота|осел|осёл|пес|пёс|ребенок|ребёнок|(?:одно|двух|трех|четырех|пяти|шести|семи|восьми|девяти|десяти|\d+)[- ]?летн\w+ \w+|(?:golden )?retrievers?|labradors?|poodles?|dogs?|cats?|hamsters?|parrots?|monkeys?|chimps?|apes?|raccoons?|goats?|chickens?|hens?|pigeons?|turkeys?|cows?|sheep|donkeys?|sloths?|snails?|goldfish|galahs?|toddlers?|kids?|child|children|grandson|granddaughter|grandkids?|nephew|niece|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten).year.olds?|(?:first|second|third|fourth|fifth|sixth|1st|2nd|3rd|\dth) graders?)`;
// Things one talks to in vain: a wall, a stool, an answering machine.
const DULL_THING = String.raw`(?:стен~|стенк~|табуретк~|тумбочк~|автоответчик~|робот~|бот(?:ом|у)|пн(?:ем|ю)|пень|бревн~|столб~|кирпич~|шкаф~|попуга~|wall|brick wall|rock|robot|toaster|chatbot|bot|answering machine|parrot|brick|fence post|stone)`;
// The seller's people as the ones outdone: "than your staff", «чем ваши работнички», "than whoever did this".
const OUTDONE = String.raw`(?:whoever|you(?!\w)(?! (?:can|could|would|might|may|will|think|expect|imagine|know|realise|realize|believe))|your (?:\S+ )?(?:packers?|staff|team|warehouse|support|seller|employees?|workers?|agents?|customer service|people|guys|quality control|mob|lot|crew|despatch|dispatch|department)(?!\W?s\s)|тот,? кто|те,? кто|вы(?!\w)(?! (?:можете|могли|думаете|представляете|ожидаете|знаете|полагаете|обещали|писали|сказали))|ваш~ (?:\S+ )?(?:сотрудник|работни|упаковщик|менеджер|мастер|поддержк|служб|склад|продав|оператор|консультант|отдел|кладовщик|сборщик|специалист)~)`;
const CREATURES = wordPattern`
${CREATURE}
`;
// "Than your staff" found first (it is rare); the creature that outdoes them is then looked for before it.
const OUTDONE_BY = wordPattern`
(?:than|чем) ${OUTDONE}
`;
const COMPARISON = wordPattern`
(?:(?:с|со) (?:вами|тобой|ваш\w* \w+)|(?:with|to) (?:you|your (?:\w+ )?\w+)) (?:\S+ ){0,2}?(?:разговаривать|говорить|общаться|переписываться|объясняться|talking|speaking|dealing|communicating|arguing|chatting) (?:\S+ ){0,4}?(?:как|что|словно|будто|like|as if) (?:\S+ ){0,2}?(?:с |со |with |to )?(?:an? |the )?${DULL_THING}
(?:разговаривать|говорить|общаться|переписываться|объясняться|talking|speaking|dealing|communicating|arguing|chatting) (?:(?:с|со) (?:вами|тобой|ваш\w* \w+)|(?:with|to) (?:you|your (?:\w+ )?\w+)) (?:\S+ ){0,4}?(?:как|что|словно|будто|like|as if) (?:\S+ ){0,2}?(?:с |со |with |to )?(?:an? |the )?${DULL_THING}
(?:у (?:вас|тебя)|вы|ты|you|your \w+(?: \w+)?) (?:\S+ ){0,2}?(?:доверили|поручили|доверяют|поручают|доверяете|поручаете|hired|trusted|outsourced (?:\S+ )?to|left (?:\S+ )?to) (?:\S+ ){0,3}?(?:an? )?${CREATURE}
(?:made|done|run|packed|handled|checked|designed|operated|staffed|managed) by (?:an? )?(?:(?!my\s|our\s)\w+ )?${CREATURE}
(?:соображ|мысл|рассужда|отвеча)~ (?:\S+ )?на уровне (?:\S+ )?${CREATURE}
(?:соображ|шевел)~ (?:\S+ )?(?:медленнее|туже|хуже) (?:\S+ )?(?:чем|than)
(?:лучше|быстрее|умнее|толковее|осмысленнее) (?:\S+ )?чем (?:у (?:вас|тебя) )?(?:\S+ )?(?:голова|мозг|мозги|башка)
(?:собирает|собирают|упаковывает|упаковывают|пакует|пакуют|отвечает|отвечают|работает|работают|сидит|сидят) (?:\S+ )?(?:попугай|попугаи|хомяк|хомяки|обезьяна|обезьяны|мартышка|мартышки|крот|кроты|дятел|дятлы|баран|бараны|осел|осёл|ослы|макака|макаки|слепой|слепые)(?![-\s]+(?:игрушк|фигурк))
(?:(?:вы|ваш~ (?:\S+ )?(?:склад|упаковщик|сотрудник|менеджер|работник|продав|оператор|поддержк)~|которые(?: ещ[её]| даже)?) (?:\S+ ){0,3}?не (?:отличают|отличает|различают|различает|отличаете|различаете|могут отличить|может отличить|можете отличить)|(?:you|your \w+) (?:\S+ )?(?:can\W?t|cannot|couldn\W?t|could not) tell) (?:\S+ ){1,4}?(?:от|from|apart)
(?:like|as|than|как|словно|будто|чем|(?:все|всё) равно что) (?:(?!(?:для|у|с|со|от|к|на|в|из|за|по|о|об|for|of|to|with|in|on|at|from|by)\s)\S+ )?(?:an? |the |my |a small |a little )?${LIKENED}(?!\W?s(?!\w)| (?:cage|toy|toys|size|seat|bed|food|bike|clothes|shoes|book|room|cup|plate|car|игрушк|размер|кроват|сидень|одежд|обув)~)
(?:(?:кот|кошк|собак)~|пес|пёс|cats?|dogs?|${LIKENED}) (?:\S+ ){0,6}?(?:better|faster|smarter|quicker|more carefully|лучше|быстрее|умнее|внимательнее|аккуратнее|толковее) (?:than|чем)
`;

// Emphatic praise: sarcasm when the failure it praises follows with no "but".
const PRAISE = wordPattern`
браво
так держать
превзошли (?:\S+ )?себя
(?:снова|опять|в очередной раз) отличились
молодцы
умницы
(?:(?:огромное|большое|отдельное|огромнейшее) )?спасибо (?:\S+ )?за (?:\S+ )?(?:великолепн|чудесн|прекрасн|замечательн|отличн|потрясающ|восхитительн|волшебн|блестящ|незабываем|шикарн|изумительн)~
(?:великолепн|чудесн|прекрасн|замечательн|отличн|потрясающ|блестящ|ювелирн|шикарн)~ (?:работ|упаковк|сервис|обслуживани|сборк|доставк)~
(?:stellar|fantastic|brilliant|amazing|outstanding|superb|excellent|great|wonderful|top.notch|splendid|impeccable|lovely|terrific|marvell?ous) (?:job|work|service|packing|packaging|quality control|effort)
(?:what|such) an? (?:masterclass|masterpiece|triumph|achievement|stroke of genius)
masterclass in
thanks (?:(?:so much|a lot|a million|very much) )?for (?:the |your |this )?(?:amazing|wonderful|fantastic|lovely|brilliant|great|excellent|stellar|superb|terrific|marvell?ous)
bravo
hats off
(?:genius|smooth|brilliant|clever|smart) (?:move|idea|plan|decision|strategy|touch)
kudos
thanks for nothing
(?:top|full) marks for
(?:gold star|medal|award|prize|пятерк\w|медал\w*|преми\w*|орден\w*|грамот\w*|оскар\w*) (?:\S+ )?(?:for|за)
аплодиру~
рукоплещ~
(?:снимаю|сниму) (?:\S+ )?шляпу
шляпу снимаю
низкий (?:вам )?поклон
(?:спасибо|благодарю|благодарность) (?:\S+ ){0,2}?(?:золот\w* рук|гениальн|мастер|умельц)~
(?:поздравляю|поздравляем) (?:\S+ ){0,3}?с (?:гениальн|блестящ|отличн|прекрасн|великолепн|замечательн|очередн|изобретени|достижени|успех|рекорд)~
гениальн~
(?:просто|настоящие|настоящий|ну и|вот это) ювелир(?:ы)?
congrat~ (?:on|for) (?:\S+ ){0,3}?(?:achieving|the most|your (?:quality|packing|packaging|design|work|team|service|staff)|such|another|a new record)
congrat~ to (?:whoever|the (?:person|genius|team|packer|designer|people))
well done (?:truly|really|guys|team|seller|whoever|everyone|folks|you|again|on)
applause
round of applause
standing ovation
(?:very|so|such a|what a|pure|absolute) genius
achieving the impossible
(?:most|truly|so|very) creative
top effort
(?:truly|true|real|really|such|what an?|absolutely) (?:award|prize|medal).winning
(?:truly|true|real|really|such|what|absolutely) world.class
(?:truly|true|real|really|such|what an?|absolutely) gold.medal
first.class (?:work|job|packing|packaging|service)
`;
// Ironic titles and praise that are sarcasm whichever side of them the failure is: "A real stroke of genius from your
// team", «это надо уметь, настоящий талант», «бухгалтеры от бога».
const IRONY = wordPattern`
stroke of genius
work of (?:an? )?(?:genius|geniuses|art)
(?:true|real|truly|absolute|such|what) (?:an? )?(?:artists?|masterpiece|craftsm[ae]n|master of (?:the|his|her|their) craft)
master of (?:the|his|her|their) craft
(?:a )?(?:bold|brave|daring|innovative) (?:strategy|choice|move|decision|approach)
executed (?:it |this |that )?(?:flawlessly|perfectly|to perfection|brilliantly)
(?:это|такое|так) (?:\S+ )?(?:надо|нужно) (?:\S+ )?уметь
до такого (?:\S+ )?(?:надо|нужно) (?:\S+ )?(?:было )?(?:додуматься|дойти)
(?:настоящ|истинн|подлинн)\w* (?:талант|мастер своего дела|виртуоз|художник|ювелир|профи|гени|асы|ас)~
мастер~ своего дела
(?<=\w\s)от бога
`;
const CONTRAST = wordPattern`
но
а вот
кроме
except
apart from
однако
к сожалению
увы
зато
жаль
but
however
unfortunately
sadly
although
though
`;
// What went wrong, beyond the concrete problems: waiting, wrong or missing items.
const FAILURE = wordPattern`
вместо
dies
dying
(?:умудрил|ухитрил)~
managed to
(?:только|лишь) (?:один|одна|одно|два|две|три|четыре|\d+)
only (?:one|two|three|four|\d+)
оказал(?:ось|ся|ась|ись)
качается
осколк~
smashed
shards?
dented
soak~
leak~
fogg?~
tore
torn
with no
no (?:padding|battery|key|charger|cable|manual|screws|bubble wrap|protection)
loose
ни одного слоя
без единого
трещин~
запотева~
(?:в|на) (?:\S+ )?куск~
не (?:тот|та|те|то)
не пришл~
не приш[её]л
ожидани~
ни одной
ни одного
не хватает
без
не оказалось
still no
no parcel
instead of
wrong
without
missing
never (?:arrived|came|shipped)
in (?:\w+ )?pieces
snapped
shattered
broke~
cracked
melt~
плав~
died
dead
stopped
перестал~
не работает
не включается
(?:does not|doesn\W?t|won\W?t) (?:work|turn on|charge)
`;

// Name-calling by its grammar, whatever the word: "you bunch of galoots", "you lazy lot", "only a total nong would".
const NAME_CALLING = wordPattern`
you (?:\w+ ){0,2}?(?:bunch|pack|load|shower|herd|gang|band|troop|collection|pair|couple|crew) of \w+
(?:сборище|стадо|свора|шайка|сброд) \w+
горе-\w+
(?:what|such) an? (?:shower|bunch|pack|gang|herd|crew|band) of \w+
you (?!lovely|kind|nice|good|great|helpful|wonderful|lucky|brilliant)\w+ (?:\w+ )?lot
(?:you|only|even) (?:an? )?(?:total|complete|absolute|utter|proper|prize|right|real|bloody) (?!refund|amount|price|waste|mess|joke|disaster|nightmare|shambles|failure|sum|cost|loss|lack|number|time)\w+ (?:would|could|will|can|is|are|,)
(?:you\W?re|you are|what|such) an? (?:total|complete|absolute|utter|proper|prize) (?!refund|amount|price|waste|mess|joke|disaster|nightmare|shambles|failure|sum|cost|loss|lack|number|time|scam|rip.off)\w+
(?:ну и|какие же|какие|вот же|что за|одни|сплошные) (?!цены|сроки|порядки|правила|условия|товары|отзывы|ответы|вещи|дела|новости|люди)\w+ у (?:вас|тебя) (?:\S+ ){0,2}?(?:работают|сидят|трудятся|на складе|в поддержке|в магазине|в отделе|на упаковке)
у (?:вас|тебя) (?:\S+ ){0,2}?(?:работают|сидят|трудятся) (?:одни|сплошные|какие-то|какие) \w+
`;
// Name-calling whose first word is any word, so a scan for it would try every word: looked for only in sentences
// that have its fixed part ("а не продавцы", "ну вы и").
const ROLE_CONTRAST = wordPattern`
(?!жулик|жуль|мошенник|обманщик|вор|кидал|аферист|ворюг|хапуг|вы |ты )\w+(?= (?:вы |ты )?а не (?:продавц|магазин|сервис|поддержк|компани|профессионал|специалист|менеджер|работник|торгов|упаковщик|сотрудник|мастер)~)
`;
const ROLE_CONTRAST_HINT =
  /\sа\s+не\s+(?:продавц|магазин|сервис|поддержк|компани|профессионал|специалист|менеджер|работник|торгов|упаковщик|сотрудник|мастер)/;
const YOU_ARE_SUCH = wordPattern`
(?<=ну (?:вы|ты) и )(?!даете|даешь|дали|сказали|сказал)\w+
`;
const YOU_ARE_SUCH_HINT = /ну\s+(?:вы|ты)\s+и\s/;
// A bare exclamation of praise opening a sentence ("Oh, brilliant.", «Восхитительно, просто восхитительно»): tried only at
// sentence starts.
const PRAISE_EXCLAMATION =
  /\s*(?:(?:oh|ну|ах|just|how|как)\s+)?(?:восхитительно|великолепно|прекрасно|чудесно|замечательно|блестяще|шикарно|brilliant|wonderful|fantastic|marvell?ous|lovely|perfect|superb|amazing|terrific)(?=\s*[,.!:;—–-]|\s+(?:просто|just|simply|really)\s)/y;

// A sentence-initial plural noun called out before a second-person clause: "Охламоны, вы …", "Лоботрясы, месяц не можете".
const VOCATIVE_PLURAL =
  /\s*([а-я]{4,}(?:ы|[кхгшжчщ]и)),\s+(?!котор|что|где|когда|как|и\s|а\s|но\s)(?=(?:\S+\s+){0,4}?(?:вы|ты|вам|вас|ваш[а-я]*|[а-я]+(?:ете|ите|ешь)|[а-я]+ли)(?![а-я]))/y;
const NEUTRAL_ADDRESS = new Set([
  'увы',
  'кстати',
  'коллеги',
  'продавцы',
  'сотрудники',
  'менеджеры',
  'покупатели',
  'товарищи',
  // Fraud labels called out are accusations, not name-calling.
  'кидалы',
  'мошенники',
  'жулики',
  'обманщики',
  'аферисты',
  'ворюги',
]);

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
(?<!стиральн\w* |посудомоечн\w* |швейн\w* |кофе)машин(?:а|у|ы|е|ой)
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
`;
// The buyer's own family or things: "моя дочь", "my husband".
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
`;
// The seller's family with what they do or where they go: "Вашу жену зовут …", "make sure your kids don't walk home",
// either word order ("Дочка ваша в седьмой класс ходит").
const FAMILY_MEMBER = String.raw`(?:жен(?:а|у|ы|е|ой)|супруг(?:а|у|и|е|ой)?|муж(?:а|у|ем)?|дет(?:и|ей|ям|ьми)|ребен(?:ок|ка|ку)|сын(?:а|у|ом|овья|ишк\w*)?|доч(?:ь|ери|ерью|ка|ку|ки|ке|кой|урк\w*)|родител~|мам(?:а|у|ы|е|ой)|пап(?:а|у|ы|е)|семь(?:я|и|ю|ей)|близк(?:ие|их|им)|kids|children|wife|husband|sons?|daughters?|family|parents|loved ones|mother|father|mum|mom|girlfriend|boyfriend)`;
const SELLER_FAMILY = wordPattern`
(?:ваш(?:а|у|е|его|ей|и|их|им|ими|ему)?|тво(?:й|я|ю|е|его|ей|и|их|им|ему)|your) (?:\S+ )?${FAMILY_MEMBER}${NOT_A_PRODUCT}
${FAMILY_MEMBER} (?:ваш|тво)~
`;
const FAMILY_ROUTINE = wordPattern`
зовут
забира~
тоже (?:\S+ )?(?:получ|испыта|почувству)~
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
(?:все|весь|всем|everyone|everybody|all) (?:\S+ ){0,3}?(?:сосед|коллег|город|район|знакомы|покупател|neighbou?r|colleague|town|city|buyers|customers)~ (?:\S+ ){0,3}?(?:узна|увид|learn|see|find out|know)~
(?:узна|увид|learn|see|find out)~ (?:\S+ ){0,3}?(?:все|весь|всем|everyone|everybody|all) (?:\S+ ){0,3}?(?:сосед|коллег|город|район|знакомы|покупател|neighbou?r|colleague|town|city|buyers|customers)~
(?:узнают|узнает|увидят|увидит|will learn|will see|will find out|going to learn|going to see|going to find out) (?:\S+ ){0,4}?(?:кто (?:вы|ты)|где (?:вы|ты) жив|who you are|where you live)~
(?:разошлю|выложу|опублику|солью|выкладу|распространю|размещу|раскидаю|post|publish|share|leak|expose|spread|plaster)~ (?:\S+ ){0,6}?(?:фио|фамили|паспорт|домашн|facebook|instagram|home address|wife|husband|kids|children|family)~
(?:ваш~|твой~|your) (?:\S+ )?(?:фио|фамили|паспорт|домашн\w* (?:адрес|телефон)|home address|passport|full name|surname|personal (?:phone|number|details))~ (?:\S+ ){0,6}?(?:pinned|posted|shared|circulat\w*|everywhere|every (?:\S+ )?(?:group|chat|forum)|всех (?:\S+ )?(?:чат|групп|форум)\w*|везде|в каждом)
`;
// Visits: someone coming to the seller, or "persuading" in person.
const VISIT = wordPattern`
(?:к вам|к тебе) (?:\S+ ){0,3}?(?:постуч|придут|прид[её]т|приед|заглян|загляд|наведа|навест|нагрян|зайд|заед)~
(?:постуч|придут|прид[её]т|приед|заглян|загляд|наведа|навест|нагрян|зайд|заед)~ (?:\S+ ){0,3}?(?:к вам|к тебе)
(?:knock|visit|call|drop|stop|show|pop|come|turn)\w* (?:\S+ ){0,3}?(?:your (?:door|home|house|flat|office|shop|store|warehouse|place|family)|you (?:at home|in person|one (?:day|evening|night)))
(?:pay|paying) you (?:\S+ )?(?:a )?(?:\w+ )?visit
(?:i\W?ll be|i will be|i\W?m coming|i am coming|i\W?m flying|i am flying|i\W?ll come|буду|приеду|прилечу|заеду) (?:\S+ ){0,2}?(?:in town|in your (?:city|town|area)|to your (?:city|town|area)|в вашем городе|в ваш город|в ваши края|к вам в город)
(?:обсуд|поговор|побесед|встрет|пообща|discuss|talk|chat|meet|have a word)~ (?:\S+ ){0,6}?(?:у|возле|около|рядом с|перед|outside|at|near|in front of) (?:ваш~|твоего|твоей|your) (?:склад|офис|дом|магазин|подъезд|квартир|warehouse|office|home|house|shop|store|door)~
(?:убежд|уговарива|решать вопросы|решают вопросы|persuad|convinc|sort(?:ing)? (?:people|things) out|talk sense)~ (?:\S+ ){0,3}?(?:лично|по-своему|по-другому|по-мужски|без слов|in person|face to face|the old way|their own way|other ways)
`;
// The buyer's people with time, vehicles or plans to meet the seller: "my cousins in Guangzhou got a truck and a lot of
// free time", «у меня мужики с тракторами и свободного времени навалом», "me and the lads … pop in for a chat".
// Relatives count too ("my grandsons are not as patient", «шурин часто бывает в Гуанчжоу»): with menace, never alone.
const ASSOCIATES = wordPattern`
(?:my|мой|моя|мои|моих|моего|моему|моим|моими|у меня|у нас|me and (?:the|my)) (?:\S+ )?(?:brothers?|cousins?|uncles?|nephews?|friends?|mates|lads|boys|guys|associates|brothers?.in.law|sons?|grandsons?|husband|boyfriend|dad|tito|kuya|people|contacts|relatives|(?:брат|кузен|дяд|племянник|друз|друг|ребят|мужик|пацан|братв|знаком|родственник|кент|кореш|сын|внук|муж|зят|шурин|сват|кум|деверь|сослуживц|однополчан|мотоклуб)~)
(?:ребята|пацаны|мужики|братва|парни|знакомые) (?:с|из) (?:нашего|моего|моей|нашей)
(?:i\W?ve got|i have|i\W?ve|i got) (?:a |some )?(?:\S+ )?(?:friends|cousins?|mates|lads|brothers?|people|contacts|relatives|uncles?)
у меня (?:\S+ ){1,5}?(?:брат|друз|знаком|сослуживц|родственник|ребят|люди)~
(?:the lads|the boys) (?:from|at) (?:my|our|the)
`;
const MENACE = wordPattern`
free time
spare time
time on (?:their|his|our) hands
(?:a|the|their|his) trucks?
nothing (?:else )?to do
pop (?:in|by|round|over)
drop (?:in|by)
swing by
look you up
know (?:where you|who you|your (?:people|guys|address|family))
(?:a|for a) (?:little )?(?:chat|word|talk) (?:with you|about this)
свободного времени
свободное время
времени (?:\S+ )?навалом
(?:трактор|грузовик)~
(?:заглян|загляд|наведа|навест|нагрян)~
при встрече (?:\S+ ){0,3}?(?:объясн|поговор|разъясн|растолку|обсуд)~
(?:объясн|поговор|разъясн|растолку|обсуд)~ (?:\S+ ){0,3}?при встрече
по-мужски
по-свойски
(?:знает|знают) (?:\S+ )?(?:ваших|твоих|где (?:вы|ты))
(?:найд[уёе]т|найти|отыщ)~ (?:вас|тебя)
(?:знает|знают|найд~|найти|находить|отыскать|вычисл~) (?:\S+ ){0,3}?(?:людей|где (?:вы|ты|ваш|твой)~|кого спросить|вас|тебя)
(?:знает|знают) (?:\S+ ){0,2}?(?:ваш|твой|дорог)~ (?:\S+ )?(?:адрес|склад|офис|магазин|лавк|дом)~
(?:адрес|дорог)~ (?:\S+ ){0,4}?(?:записан|знают|известн|нашел|нашли|спрашивал)~
(?:заход|зайт|зайд|заех|заезж|съезд|съезж|подъед|подъех|прокат|наведа|навест|нагрян|приех|приед|приезж|бывает|бывают|ездит|ездят|летает|мотаются)~ (?:\S+ ){0,4}?(?:к вам|к тебе|в гости|лично|по-родственному|по-человечески|без предупреждения|(?:ваш|твой|твою|твоего|твоей)~ (?:\S+ )?(?:склад|офис|магазин|шоурум|лавк|дом|подъезд|пункт|город|квартир)~)
(?:поговор|объясн|разбер|пообща|побесед|обсуд)~ (?:\S+ ){0,3}?(?:лично|по-своему|по-другому|по-родственному|по-человечески|убедительн~|без слов)
(?:без предупреждения|в гости|не в переписке|не в чате|не прощают|интересуются (?:такими|вами|тобой|вашим))
хотят (?:\S+ )?познакомиться
(?:спрашивал|интересовал)~ (?:\S+ ){0,2}?(?:про вас|о вас|вами|тобой|про тебя|о тебе)
(?:asking|asked|ask) (?:after|about) you
(?:find|finding|locate|track(?:ing)? down) (?:\S+ ){0,3}?(?:your (?:\S+ )?(?:warehouse|shop|store|office|building|address|place|home|house|family|owner|manager)|you|people)
knows? (?:\S+ ){0,3}?(?:your (?:\S+ )?(?:warehouse|office|building|address|place|home|house|family|owner|manager)|who to ask|where (?:you|your)|which (?:warehouse|shop|store|office|building)|the (?:place|building))
(?:talk|speak|chat|word|visit|see|meet|discuss|explain|sort|settle)\w* (?:\S+ ){0,4}?(?:in person|face to face|personally)
(?:their own way|own way|persuasive|quiet word|not as patient|handle people|deal with people|travel a lot|who travel)
(?:make|making|makes) (?:things|life|it) (?:\S+ )?(?:difficult|hard|tough|hell) for
(?:боксер|борец|десантник|спецназ|boxer|fighter|bouncer)~
(?:dem|they) (?:no dey|don\W?t) send (?:\S+ )?message
`;
// Someone of the buyer's close to the seller's place: "живёт в двух кварталах от вашего офиса".
const NEAR_SELLER = wordPattern`
(?:в двух шагах|в \S+ (?:кварталах|улицах|остановках|минутах|домах)|рядом|недалеко|неподалеку|близко|по соседству|через дорогу|near|close to|next to|around the corner from|down the road from|a few (?:streets|blocks|minutes) from) (?:\S+ )?(?:от |с )?(?:ваш~|твоего|твоей|твоим|your) (?:офис|склад|дом|магазин|квартир|подъезд|office|warehouse|home|house|shop|store|flat|place)~
`;

// Menace said in a set way, with no private detail: what happened to those who crossed the buyer, a calm buyer with
// people who are not calm, a meeting in person, ominous wishes for the seller's health or locks, criminal slang
// («за базар ответишь», «на счётчик»), "where I come from we settle this differently".
const OMINOUS = wordPattern`
(?:те|тех|теми|таких|такими|продавц~|последн~|people|those|anyone|sellers|the last \S+),? (?:\S+ )?(?:кто|которые|который|кого|как (?:вы|ты)|who|that) (?:\S+ ){0,3}?(?:меня|мне|me|я|i) (?:\S+ ){0,10}?(?:жалел~|пожалел~|пожалеют|жалеют|неуютно|несладко|не поздоровилось|плохо кончили|до сих пор (?:\S+ )?(?:помн|вспомина)~|в больниц~|regrett?~|were sorry|ended up sorry|ended up in hospital|still remembers?|accidents|get hurt|learn(?:ed|t)? the hard way)
(?:я|я-то|i\W?m|i am) (?:\S+ ){0,3}?(?:спокойн|терпелив|мирн|пожил|patient|calm|peaceful)~ (?:\S+ ){0,6}?(?:но|а|but) (?:\S+ ){0,5}?(?:не такой|не такая|не такие|нет|не все|are not|aren\W?t|is not|isn\W?t|not as|у всего есть предел|земля круглая|мир тесен)
(?:вам|тебе|you\W?d|you had) (?:\S+ )?(?:лучше|better) (?:\S+ )?(?:не|not) (?:знать|узнавать|проверять|выяснять|find out|test)
(?:не советую|не рекомендую|don\W?t advise you to) (?:\S+ )?(?:проверять|испытывать|узнавать|test)~
(?:будь|если бы) (?:вы|ты) (?:\S+ ){0,2}?(?:рядом|здесь|передо мной|напротив)
(?:ваше|твое) счастье,? что
(?:lucky|good thing) (?:that )?(?:you\W?re|you are|we\W?re|we are|there\W?s|there are) (?:\S+ ){0,3}?(?:far|miles|kilometres|kilometers)
better hope (?:i|we) (?:never|don\W?t)
(?:мне|нам) (?:уже )?нечего (?:уже )?терять
терять (?:мне |нам )?(?:уже )?нечего
(?:i\W?ve|i have|i\W?ve got|i got) nothing (?:left )?to lose
бесследно не проход~
(?:почувствовали|почувствуете|почувствуешь|ощутите|ощутили) (?:\S+ )?на себе
(?:будет|станет) (?:уже )?поздно,? (?:\S+ ){0,2}?не для меня
too late,? (?:\S+ ){0,2}?not for me
(?:по-другому|иначе|по-плохому) (?:\S+ ){0,2}?(?:вам|тебе) не понравится
you won\W?t like (?:the )?(?:other|alternative)
пока (?:\S+ )?по-хорошему
пока я (?:ещ[её] )?(?:вежлив|добр|спокоен|спокойн)~
while i\W?m (?:still )?(?:nice|polite|asking nicely|calm)
за базар~
на сч[её]тчик
по понятиям
стрелк~ (?:\S+ )?(?:забь|заби|забит)~
(?:спросят|спрошу|спросим) (?:\S+ )?(?:с вас|с тебя)
с (?:вас|тебя) (?:\S+ )?спрос~
перо в бок
закатаю (?:вас|тебя)
вывез~ (?:\S+ )?в лес
(?:sleep|swimming) with the fishes
concrete shoes
(?:хорош|крепк|надежн)\w* замк~ (?:\S+ ){0,3}?(?:на (?:\S+ )?двер|у вас|вам)~
(?:у вас|вам|себе) (?:\S+ ){0,2}?(?:хорош|крепк|надежн)\w* замк~
(?:разговор|разговаривать|говорить|поговорим|общаться|беседовать|объясняться)~ (?:\S+ ){0,4}?не (?:в|по) (?:переписке|чате|сети|интернете|мессенджере|телефону|почте)
(?:talk|speak|chat|conversation)\w* (?:\S+ ){0,5}?not (?:only )?(?:by|in|over|through) (?:chat|text|messages?|email|here)
у нас (?:\S+ ){0,3}?за (?:такое|такие \S+|подобное|это) (?:\S+ ){0,4}?(?:по-другому|по-своему|иначе|не словами|не прощают|ищут|спрашивают|отвечают|бьют|руки|ноги|не через спор)
where i come from,? (?:\S+ ){0,4}?(?:settle|sort|handle|deal|do)\w* (?:\S+ ){0,3}?(?:face to face|in person|differently|the old way|our own way|outside)
(?:здоровь|жизнь)~ (?:\S+ ){0,10}?(?:хрупк~|понадобится|пригодится|не купишь)
(?:стоит|стоят|стоила) (?:ли )?(?:\S+ ){0,4}?(?:вашего|твоего) здоровья
worth your (?:health|safety)
(?:keep your doors locked|lock your doors|locks on your doors)
(?:ходить|гулять|возвращаться|выходить) (?:\S+ ){0,3}?(?:одному|одной|в одиночку) (?:\S+ ){0,3}?(?:небезопасно|опасно|не стоит)
времена (?:нынче |сейчас )?неспокойн~
(?:берегите|береги|беречь|бережет|поберегите) (?:себя|их|ее|его|близких|своих|детей|семью)~ (?:\S+ ){0,6}?(?:неспокойн|небезопасн|понимаете|знаете|опасн)~
(?:советую|рекомендую) (?:\S+ )?беречь (?:\S+ ){0,4}?(?:близк|семь|дет|родн)~
(?:дет|доч|сын|жен|семь)~ (?:\S+ ){0,3}?(?:берегите|береги) (?:их|ее|его)
(?:передавайте|передай|передавай|передайте) (?:\S+ ){0,2}?привет (?:\S+ ){0,3}?(?:супруг|жен|муж|доч|сын|дет|ребен|мам|пап|родител|семь|близк)~
(?:супруг|жен|доч|сын|дет|ребен|мам|семь)~ (?:\S+ ){0,8}?(?:передавайте|передайте) (?:\S+ )?привет
(?:say hi|say hello|give my (?:\S+ )?regards|send my (?:love|regards|best)) (?:\S+ ){0,2}?your (?:wife|husband|kids|children|daughter|son|family|mum|mom|parents|girlfriend)
(?:i\W?d|we\W?d|i would|we would) (?:really )?hate (?:for |it if )?(?:\S+ ){0,6}?(?:to happen|happened|to be next|to catch fire|to burn|to get hurt)
accidents (?:can |do )?happen (?:\S+ ){0,3}?(?:to|in) (?:\S+ ){0,3}?(?:warehouses?|shops?|stores?|people|sellers?|businesses|those)
accidents (?:can |do )?happen (?:\S+ ){0,10}?to (?:the )?(?:people|sellers|those) who
(?:умеют|умеет|good at|very good at) (?:\S+ )?(?:находить|вычислять|finding|tracking down) (?:\S+ )?(?:людей|people)
(?:зайду|приду|приеду|заеду|загляну|наведаюсь) (?:\S+ ){0,2}?лично
(?:объясню|объясним|поговорю|поговорим|разберусь|разберемся) (?:\S+ ){0,2}?(?:по-своему|по-мужски)
запомни(?:те|шь)? надолго
(?:руки|руку) (?:\S+ )?длинн~
(?:long arms|long reach)
(?:найд[уеё]т|найдем|найду|достанет|достанут|достанем) (?:вас|тебя) (?:\S+ ){0,3}?(?:в китае|везде|где угодно|хоть|из-под земли)
(?:у меня|есть) (?:\S+ ){0,5}?свои люди
(?:чем|как) (?:\S+ )?(?:заканчиваются|кончаются|заканчивается|кончается) (?:\S+ ){0,4}?для (?:тех|таких|людей)
(?:искать|найти) (?:\S+ ){0,2}?не (?:придется|составит)
не составит (?:\S+ )?труда (?:\S+ )?(?:найти|узнать|вычислить)
адрес (?:ваш|твой|твоего|твоей)~ (?:\S+ ){0,3}?(?:я |мы )?(?:знаю|знаем|нашел|нашла|нашли|записал~)
не буди лихо
(?:передавать|передам|отдам|покажу|показывать|give|pass|hand) (?:\S+ ){0,3}?(?:ваше|ваш|ваши|your) (?:\S+ )?(?:имя|фото|адрес|данные|name|address|photo|details)~ (?:\S+ ){0,2}?(?:знакомым|друзьям|ребятам|людям|friends|mates|people|guys)
(?:given|gave|give|passed|handed) (?:them|him|her) your (?:\S+ )?(?:address|name|details|number)
(?:дал|дала|передал~|скинул~) (?:им|ему) (?:ваш|твой)~ (?:\S+ )?(?:адрес|имя|телефон|данные)
(?:хорошая|отличная|долгая) память
good memory for faces
never forget a face
(?:фото|photos?|pictures?) (?:\S+ ){0,2}?(?:его|ее|вашей|вашего|ваших|his|her|your) (?:\S+ )?(?:дочк|доч|сын|дет|жен|супруг|daughter|son|kids|children|wife)~
(?:people|those|anyone) who (?:\S+ ){0,4}?(?:tend to|often|sometimes|usually) (?:have accidents|get hurt|end up)
(?:ваш|твой|your)~ (?:\S+ ){0,10}?(?:стоит|паркуется|parked|sits) (?:\S+ ){0,6}?(?:без присмотра|у подъезда|под окнами|unattended|outside)
(?:is|are) yours,? (?:isn\W?t|aren\W?t) (?:it|they)
value your (?:car|house|home|shop|business|family|health|kids|windows)
(?:вы|ты) (?:уход|выход|приход|возвращ|ездит|ходит|гуляет)~ (?:\S+ ){0,3}?(?:последн|одн|поздно|в одиночку|через черн|по вечерам|каждый (?:вечер|день))~
you (?:leave|walk|get home|go home|lock up) (?:\S+ ){0,3}?(?:alone|last|late|every (?:night|evening))
i know (?:exactly )?(?:who you are|what city|which city)
(?:о вас|о тебе|про вас|про тебя) (?:\S+ ){0,2}?(?:многое|все|достаточно|немало) (?:\S+ )?(?:знаю|узнал~|выяснил~)
(?:многое|все|достаточно|немало) (?:\S+ ){0,2}?(?:о вас|о тебе|про вас|про тебя) (?:\S+ ){0,2}?(?:знаю|узнал~|выяснил~)
(?:neither of us|you don\W?t) wants? me to (?:\S+ ){0,2}?use (?:them|it|this)
(?:i\W?ve|i have) (?:got )?(?:your )?(?:\S+ ){0,8}?(?:and )?a lot of (?:free )?time
and i have (?:the )?time
`;
// Knowing where the seller lives or works: a threat unless the item is going back there ("I know where your warehouse
// is, it's on the return label, and the rug goes back there tomorrow").
const KNOW_WHERE = wordPattern`
(?:знаю|знаем|знают|знает|в курсе|известно|узнал~|нашли|нашел|нашла|выяснил~|вычислил~|knows?|found out|figured out|learned|tracked down),? (?:\S+ ){0,3}?(?:где|where) (?:\S+ ){0,2}?(?:ваш~|твой|твои|твоя|твое|твоего|твоих|вы|ты|вас|тебя|your|you)
i know (?:\S+ ){0,2}?(?:where you (?:live|work|are)|your (?:home )?address|where your (?:shop|store|warehouse|office|family|kids|children))
`;
const GOES_BACK = wordPattern`
(?:return|returns) (?:label|address|slip)s?
(?:goes|go|going|send|sending|ship|shipping|sent) (?:it |them |the \S+ )?back
для возврата
на возврат
(?:отправлю|отправить|верну|вернуть) (?:\S+ )?(?:обратно|товар|посылку)
pick (?:it |them )?up
забрать
`;
// Knowing where the seller lives: a return goes to a warehouse, never to a home, so no lawful word excuses it.
const HOME = wordPattern`
(?:зна|узна|найд|найт|выясн|вычисл|пробить)~ (?:\S+ ){0,2}?(?:где|в каком (?:доме|подъезде)|на какой улице) (?:\S+ ){0,2}?(?:вы|ты) (?:\S+ )?(?:живете|живешь|ночуете)
(?:know|found out|find out|figured out|tracked down) (?:\S+ ){0,2}?where you (?:\S+ )?live
`;
// Proverbs of a small world and of karma threaten when the seller's place or a meeting is named with them.
const PROVERB = wordPattern`
мир тесен
бумеранг~
земля круглая
what goes around comes around
karma
small world
small place
`;
const PROVERB_CUE = wordPattern`
злопамятн~
встрет~
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
(?:every|all|each) (?:\S+ ){0,2}?(?:groups?|chats?|forums?)
buyers?\W?s? groups?
(?:my|his|her) (?:\S+ )?(?:stream|channel|followers|subscribers)
followers
subscribers
on facebook
(?:во|в|по) (?:все|всех|всем|паре|трех|нескольких) (?:\S+ ){0,2}?(?:чат|групп|форум|паблик|канал)~
подписчик~
паблик~
в открытом доступе
листовк~
`;
const SELLER_PERSON = String.raw`(?:директор|менеджер|владел|хозя|жен|муж|доч|сын|дет|семь|супруг)~`;
const PERSONAL_DATA = wordPattern`
(?:ваш|твой|your)~ (?:(?:real|full|personal|private|home|настоящ\w*|личн\w*|домашн\w*|полн\w*|паспортн\w*) )?(?:фио|фамили|имя|паспорт|адрес|телефон|номер|данные|фото|фотограф|страниц|страничк|ip|name|surname|phone|number|address|passport|photos?|pictures?|instagram|facebook|details)~
(?:фио|фамили|имя|паспорт|адрес|телефон|номер|данные|фото|скан|скрин|страниц|страничк|name|surname|phone|number|address|passport|photos?|pictures?|instagram|details)~ (?:\S+ ){0,3}?(?:(?:ваш|вашего|вашей|твоего|твоей|его|ее) (?:\S+ )?${SELLER_PERSON}|директора|менеджера|владельца|(?:the|your|shop) owner|your (?:\S+ )?(?:owner|manager|wife|husband|kids|family|girlfriend))
(?:owner|manager|director)\W?s (?:\S+ )?(?:name|address|phone|number|photos?|details)
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
(?:жаль|печально|грустно|обидно|жалко|неприятно|досадно|pity|shame|sad|unfortunate|terrible|awful)~,? (?:\S+ ){0,2}?(?:если|коли|когда|if|for|should)
`;
const HARM = wordPattern`
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
(?:кто-(?:то|нибудь)|someone|somebody) (?:\S+ )?(?:зашел|зайдет|заглянет|пришел|придет|приедет|visit~|came|come|drop~|show~)
исчезн~
пойдет не так
(?:соседи|коллеги|родные|жена|муж|дети|знакомые) (?:\S+ )?узна~
breaks? down
gets? (?:scratched|smashed|broken|damaged)
`;
const CARE = wordPattern`
(?:на вашем месте|на твоем месте) (?:\S+ ){0,3}?(?:поберег|подумал|позаботил|берег)~ (?:\S+ ){0,3}?(?:здоровь|близк|семь|дет|родн)~
(?:поберегите|берегите|позаботьтесь о|подумайте о) (?:\S+ ){0,2}?(?:здоровь|близк|семь|дет|родн)~
(?:look after|take care of|think of|think about|watch out for|keep) (?:yourself and )?(?:your|their) (?:loved ones|famil|kids|children|health|wife|husband)~
(?:keep|kept) (?:\S+ ){0,2}?famil~ (?:\S+ ){0,2}?(?:out of trouble|safe)
(?:смотрите|оглядывайтесь|поглядывайте) (?:\S+ ){0,2}?(?:по сторонам|через плечо|за спину)
look over your shoulder
(?:посмотрим|поглядим|увидим),? как (?:вы|ты) (?:запоете|запоешь|заговорите|заговоришь)
(?:warehouses|shops|stores|sellers|businesses|склады|магазины|продавцы) (?:\S+ ){0,2}?(?:catch fire|burn down|burn|get hurt|have accidents|горят|сгорают|страдают) (?:\S+ ){0,3}?(?:all the time|often|sometimes|every day|easily|these days|nowadays|постоянно|бывает|часто|иногда|легко|сейчас)
(?:short fuse|long memory|вспыльчив~)
у меня (?:очень )?длинные руки
i have a long reach
(?:не )?(?:испытывайте|испытывать) (?:\S+ )?терпени~
(?:don\W?t|do not) test my patience
(?:stay safe|be careful|take care|берегите себя|будьте осторожн\w*|осторожнее)(?: out there)?,? (?:\S+ ){0,3}?(?:and|и|а) (?:\S+ ){0,3}?(?:refund|return|верн|think|подума)~
(?:people|sellers|those|anyone|whoever|те|тот|люди|продавцы),? (?:who|that|кто|которые) (?:\S+ ){0,3}?(?:me|меня|мне) (?:\S+ ){0,4}?(?:regret|пожале|жалеют|жалеет|end up sorry)~
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
(?:отправлю|отправить|верну|вернуть) (?:\S+ )?(?:обратно|товар|посылку)
pick (?:it |them )?up
picked up
collect~
`;

/** Where each sentence of the text starts and ends. */
function sentencesOf(text: string): Span[] {
  const sentences: Span[] = [];
  for (const match of allMatches(/[^.!?\n]+[.!?\n]*/g, text)) {
    sentences.push({ start: match.index, end: match.index + match[0].length });
  }
  return sentences;
}

function sentenceAt(sentences: readonly Span[], offset: number): Span {
  return sentences[sentenceIndex(sentences, offset)] ?? { start: 0, end: offset };
}

/** Binary search: the first sentence that ends after `offset`. */
function sentenceIndex(sentences: readonly Span[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sentences[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * How far from a frame's first part its other parts are looked for. A sentence is usually much shorter; the bound
 * keeps a text without full stops (or 100 KB of one phrase) from being rescanned whole for every part found in it.
 */
const REACH = 240;

/** The sentence around a span, cut to `REACH` characters either side of it. */
function clauseAround(sentences: readonly Span[], span: Span): Span {
  const sentence = sentenceAt(sentences, span.start);
  return { start: Math.max(sentence.start, span.start - REACH), end: Math.min(sentence.end, span.end + REACH) };
}

const has = (pattern: RegExp, text: string) => matches(pattern, text);
/** One span from the first part of a frame to its last, so the highlight covers the words that make it. */
const cover = (first: Span, last: Span): Span => ({
  start: Math.min(first.start, last.start),
  end: Math.max(first.end, last.end),
});

// Every first part of a frame, scanned for once (see `oneOf`), in this order.
const INSULT_PARTS = [
  TOO_HARD,
  PURPOSE,
  CANNOT_READ,
  NAME_CALLING,
  BELITTLING,
  SLOWLY,
  PRAISE,
  INTELLECT,
  COMPARISON,
  IRONY,
  OUTDONE_BY,
] as const;
/** Exported for the size check: past 20 KB of source V8 stops optimising a pattern. */
export const INSULT_SCAN = oneOf(INSULT_PARTS);
const THREAT_PARTS = [
  EXPOSURE,
  VISIT,
  CARE,
  NEAR_SELLER,
  OMINOUS,
  HOME,
  KNOW_WHERE,
  KNOWING,
  PITY_IF,
  SELLER_FAMILY,
  ASSOCIATES,
  PROVERB,
  AUDIENCE,
  HAVING,
] as const;
const THREAT_SCAN = oneOf(THREAT_PARTS);

/**
 * Condescension, sarcasm and name-calling by grammar. `text` is the flattened, lower-case text with commas before a
 * space read as spaces, `flat` the same with its commas (same offsets). The first parts of every frame are found in
 * one scan; a frame's other parts are looked for only in the sentences where its first part was found.
 */
export function framedInsults(text: string, flat: string): Span[] {
  const [tooHard, purpose, cannotRead, nameCalling, belittling, slowly, praise, intellect, comparison, irony, outdone] =
    spansByLexicon(INSULT_SCAN, text);
  const found: Span[] = [
    ...tooHard,
    ...purpose,
    ...cannotRead,
    ...nameCalling,
    ...spansOf(NAMED_INSULTS, text),
    ...spansOf(TALKING_DOWN, text),
  ];
  const sentences = sentencesOf(text);
  if (ROLE_CONTRAST_HINT.test(text)) found.push(...spansOf(ROLE_CONTRAST, text));
  if (YOU_ARE_SUCH_HINT.test(text)) found.push(...spansOf(YOU_ARE_SUCH, text));
  for (const sentence of sentences) {
    PRAISE_EXCLAMATION.lastIndex = sentence.start;
    const exclamation = PRAISE_EXCLAMATION.exec(text);
    if (exclamation) {
      const start = exclamation.index + exclamation[0].length - exclamation[0].trimStart().length;
      praise.push({ start, end: exclamation.index + exclamation[0].length });
    }
    VOCATIVE_PLURAL.lastIndex = sentence.start;
    const match = VOCATIVE_PLURAL.exec(flat);
    if (match && !NEUTRAL_ADDRESS.has(match[1]!)) {
      const start = match.index + match[0].indexOf(match[1]!);
      found.push({ start, end: start + match[1]!.length });
    }
  }
  VOCATIVE_PLURAL.lastIndex = 0;
  PRAISE_EXCLAMATION.lastIndex = 0;
  const words = (span: Span) => {
    const clause = clauseAround(sentences, span);
    return text.slice(clause.start, clause.end);
  };
  for (const span of belittling) if (has(READER, words(span)) || explaining(words(span))) found.push(span);
  for (const span of slowly) if (explaining(words(span))) found.push(span);
  for (const span of [...intellect, ...comparison]) if (has(READER, words(span))) found.push(span);
  // "A blindfolded raccoon would've packed this better than whoever works in your warehouse": a creature earlier in
  // the sentence does the staff's work better.
  for (const span of outdone) {
    const sentence = sentenceAt(sentences, span.start);
    const before = text.slice(Math.max(sentence.start, span.start - REACH), span.start);
    const creatures = spansOf(CREATURES, before);
    const first = creatures[0];
    if (first) found.push({ start: span.start - before.length + first.start, end: span.end });
  }
  for (const span of praise) {
    // The praised failure follows in the same sentence or the next one, with no "but" between.
    const index = sentenceIndex(sentences, span.start);
    const sentence = sentences[index] ?? { start: 0, end: text.length };
    const next = sentences[index + 1];
    const after = text.slice(span.end, Math.min(next ? next.end : sentence.end, span.end + REACH));
    const failure = Math.min(firstIndexOf(CONCRETE_PROBLEM, after), firstIndexOf(FAILURE, after));
    if (failure < Infinity && firstIndexOf(CONTRAST, after) > failure) found.push(span);
  }
  // An ironic title needs a failure near it, before or after: in its sentence or the one either side.
  for (const span of irony) {
    const index = sentenceIndex(sentences, span.start);
    const from = Math.max(sentences[index - 1]?.start ?? 0, span.start - REACH);
    const to = Math.min(sentences[index + 1]?.end ?? text.length, span.end + REACH);
    const before = text.slice(from, span.start);
    const after = text.slice(span.end, to);
    const failureAfter = Math.min(firstIndexOf(CONCRETE_PROBLEM, after), firstIndexOf(FAILURE, after));
    const failureBefore = Math.max(lastIndexOf(CONCRETE_PROBLEM, before), lastIndexOf(FAILURE, before));
    // Praise of one thing set against another ("курьер — настоящий мастер своего дела, а вот товар разбит") is praise.
    const ironicAfter = failureAfter < Infinity && firstIndexOf(CONTRAST, after) > failureAfter;
    const ironicBefore = failureBefore >= 0 && !matches(CONTRAST, before.slice(failureBefore));
    if (ironicAfter || ironicBefore) found.push(span);
  }
  return found;
}

/** Veiled threats, doxxing and polite menace. `text` is the flattened, lower-case text (commas read as spaces). */
export function framedThreats(text: string): Span[] {
  const parts = spansByLexicon(THREAT_SCAN, text);
  const [
    exposure,
    visit,
    care,
    near,
    ominous,
    home,
    where,
    knowing,
    pity,
    family,
    associates,
    proverb,
    audience,
    having,
  ] = parts;
  const candidates: Span[] = [...exposure, ...visit, ...care, ...near, ...ominous];
  if (parts.every((list) => list.length === 0)) return candidates;
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
    if (last && has(SECOND_PERSON, withNeighbours(part)))
      candidates.push(cover(part, { start: part.start + last.start, end: part.start + last.end }));
  }
  for (const part of family) {
    const { words } = around(part);
    if (has(FAMILY_ROUTINE, words) && !has(WISH, words)) candidates.push(part);
  }
  for (const part of pity) {
    const clause = clauseAround(sentences, part);
    const harm = spansOf(HARM, text.slice(part.end, clause.end));
    if (harm.length > 0) candidates.push({ start: part.start, end: part.end + harm[harm.length - 1]!.end });
  }
  for (const part of proverb) if (has(PROVERB_CUE, around(part).words)) candidates.push(part);
  for (const part of having) {
    const { words } = around(part);
    if (has(PERSONAL_DATA, words) || sellersPrivateLife(words)) candidates.push(part);
  }
  // A lawful step or the item's return in the same sentence keeps it innocent; publishing private data never is.
  const threats = candidates.filter((span) => !lawful(around(span).words));
  for (const part of audience) if (has(PERSONAL_DATA, withNeighbours(part))) threats.push(part);
  for (const part of where) if (!has(GOES_BACK, around(part).words)) threats.push(part);
  threats.push(...home);
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

function lawful(words: string): boolean {
  return has(LAWFUL, words.replace(PAPERWORK, ' '));
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

/**
 * Someone explaining, reading or understanding, but not the buyer asking to be told ("Объясните, пожалуйста,
 * медленно ли…", "Объясните мне, как ребёнку…"): an imperative to the seller is a request, not condescension.
 */
const ASKED_TO_EXPLAIN = /^(?:объясн|поясн|повтор|распиш|напиш|расскаж)[а-я]*(?:ите|йте)$/;

function explaining(words: string): boolean {
  return spansOf(MINDWORK, words).some((span) => !ASKED_TO_EXPLAIN.test(words.slice(span.start, span.end)));
}

function lastIndexOf(pattern: RegExp, text: string): number {
  const spans = spansOf(pattern, text);
  return spans.length > 0 ? spans[spans.length - 1]!.start : -1;
}

function firstIndexOf(pattern: RegExp, text: string): number {
  const index = firstIndex(pattern, text);
  return index < 0 ? Infinity : index;
}
