import {
  ENGLISH_NAME_CALLING,
  NAMED_INSULTS,
  NAMED_INSULTS_RU,
  NOT_NAMES,
  OPEN_NAMES,
  TALKING_DOWN,
} from './abuse-phrases';
import { CONCRETE_PROBLEM } from './content-phrases';
import {
  clauseAround,
  firstIndexOf,
  has,
  lastIndexOf,
  REACH,
  sentenceAt,
  sentenceIndex,
  sentencesOf,
} from './frame-parts';
import { allMatches, matches, oneOf, spansByLexicon, spansOf, wordPattern } from './patterns';
import type { Span } from './types';

/**
 * Insults without a swear word, found by the parts they are built from (see frame-parts.ts):
 * - condescension: a belittling frame (like a child, by syllables, too hard for you) with the reader or a reading or
 *   understanding verb;
 * - sarcasm: emphatic praise followed, without "but", by the failure it praises, and ironic titles next to a failure;
 * - name-calling: the grammar of name-calling ("you bunch of …", "Охламоны, вы …", "какие же … у вас работают"),
 *   whatever the word;
 * - mocking comparisons: the reader's people likened to, or outdone by, an animal, a child or a dull thing.
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
читать?
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
(?:нарисовать|нарисую|рисовать)(?: вам| тебе)? &(?:картинк|схем|комикс|рисун)~
(?:картинк|схем|комикс)~ &нарисовать
(?:для|как для) (?:первоклассник|первоклашк|дошкольник|детсадовц|малыш|младенц|школьник)~
как (?:маленькой|маленькому|маленькая|маленький)
разжевыва~
разжую
разжевать
like (?:i would |i\W?d )?(?:for |to )?(?:a |an )?(?:child|kid|toddler|preschooler|(?:\w+|\d+).year.old|\w+ grader)
(?:as if|like) (?:you\W?re|you are|talking to) (?:a |an )?(?:child|kid|toddler|children|kids|\w+.year.olds?)
(?:ask|get|have|find) &(?:a |an |some )?(?:grown.up|adult)s?
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
(?:слишком|чересчур|непосильн~|видимо|наверное|похоже|явно) &2(?:сложн|длинн|трудн|заумн|мудрен)~ &2для (?:вас|тебя|ваш~|твоих)
для (?:вас|тебя|ваш~|твоих) &3(?:слишком|чересчур) (?:сложн|длинн|трудн|заумн|мудрен)~
(?:too|so) &3(?:advanced|complicated|hard|difficult|complex|long|much|technical|challenge|challenging|tricky)\w* for (?:you|your)
(?:is|are|seems|seem) &beyond (?:you|your (?!(?:\w+ )?(?:control|power|capacity|responsibility|scope|means))(?:\w+ )?\w+)
`;

// Purpose clauses that doubt the reader: "чтобы даже вы поняли", "so even your team can follow", "чтоб не запутались".
const PURPOSE = wordPattern`
(?:чтобы|чтоб) (?:даже|хоть|наконец) &3(?:понял~|поняли|поймет~|поймут|дошло|разобрал~|осилил~)
(?:чтобы|чтоб) &3(?:вы|ты|ваш~|твой~) &не (?:запута|растеря|перегре|утоми|заблуди)~
(?:so|so that) even (?:you|your) &2(?:can|could|will|might|would) &(?:understand|follow|get it|keep up|grasp)
(?:хоть так|может|авось|глядишь|наконец|теперь-то|с \w+ раза),? &4до (?:вас|тебя|ваш~) &(?:дойд|дошл|доход)~
`;

// The reader's mind, brains or education, said in a sentence about the reader: "хватит образования понять",
// "someone with a working brain in your office".
const INTELLECT = wordPattern`
образовани(?:я|е)
ума
мозг(?:а|ов|и)?
извилин~
соображени(?<!(?:ваш|ваши|ваших|ваше)\S* соображени)~
интеллект~
brains?
education
intelligence
common sense
i\.?q
`;

// Doubting that anyone there can read or think.
const CANNOT_READ = wordPattern`
(?:читать?|думать?|понимать?|прочитать?) &4(?:никто не умеет|никто не может|не умеете|не умеют|не умеешь|не в состоянии)
(?:кто-нибудь|хоть кто-(?:то|нибудь)|кто-то) &3(?:умеет|может|способен) &(?:читать?|прочитать?|думать?|понимать?)
(?:reading|thinking|understanding) &2(?:is |isn\W?t )?(?:not )?(?:part of|in) (?:the|your) (?:job|skill set|job description)
(?:does|can|could|did) (?:anyone|anybody|someone|no one) &3(?:actually |even )?(?:read|understand|think)
(?:what|which) (?:part|bit|word) of &8(?:is|was|do you|are you) &(?:confus|unclear|hard|difficult|advanced|complicated|not understand|don\W?t understand|struggling)~
(?:какое|какую|что) &(?:слово|часть|фразу) &3(?:непонятн|не понял|не поняли|не понимаете)~
что (?:тут|здесь) &непонятного
(?:you|your \w+(?: \w+)?|вы|ваш\w* \w+) &2(?:can\W?t|cannot|couldn\W?t|could not|не умеете|не умеют|не могут|не можете) (?:even )?(?:count|read|spell|think|add up|считать?|читать?|думать?)
(?:думаете|думать?|думают|думаешь|соображаете) &(?:головой|мозгами|башкой)
(?:головой|мозгами|башкой) &(?:думаете|думать?|думают|думаешь|соображаете)
(?:вы|ты) &2(?:хоть иногда|хоть когда-нибудь|вообще когда-нибудь) &(?:думаете|думаешь|соображаете|читаете)
(?:do|does|did) (?:you|your \w+) &(?:ever|even) (?:think|use your)
(?:an?|my|even a) \w+ (?:would|could)(?:\W?ve| have)? &2(?:packed|done|made|built|handled|shipped|assembled|sorted) (?:this|it|that) better
(?:для|for) (?:тех|those)(?: of you)?,? (?:кто|who) &3(?:прогул|пропуск|проспал|спал|не (?:умеет|умеют|учил|понима|дружит|ходил)|skipped|missed|slept|can\W?t (?:read|count|add)|cannot (?:read|count)|never learn|didn\W?t (?:go to|finish|pay attention|learn))~
(?:reading|words|maths?|counting|english|logic|thinking|spelling|numbers|measuring|geography|sizes) &(?:is|are)(?: clearly| obviously| evidently| apparently)?(?:n\W?t| not) (?:exactly |really )?(?:your|the \w+\W?s) (?:strong suit|forte|strength|strong point|cup of tea)
(?:чтение|читать?|математика|считать?|счет|счёт|логика|грамота|арифметика|внимательность|география) &2(?:явно |видимо |точно |совсем )?не (?:ваш|твой|ваша|твоя|ваше|ваши) &(?:конек|конёк|сильная сторона|сильная черта|сильное место)
`;

// Mocking comparisons: the reader's people likened to an animal, a child or a slow thinker ("ваш менеджер отвечает как
// пятиклассник", "your support is like a goldfish", "a hamster could pack better than your staff"). The likeness
// alone is not enough: the sentence must also be about the reader (READER). A preposition after "как"/"like" ("как для
// ребёнка", "like for a kid") and a thing of the child's ("a child's toy", "a hamster cage") are not likenesses.
const LIKENED = String.raw`(?:черепах(?<!бог черепах)~|(?:попуга|хомяк|обезьян|мартышк|баран|улитк|крот|лещ|рыбк|ишак|индюк|тюлен|ленивц|детсадовц|дошкольник|пятиклассник|первоклассник|первоклашк|школьник|младен|бабушк)~|осл[аеоуы]~|осел|осёл|слеп\w+ (?:кот|крот)~|ребенок|ребёнок|ребенка|ребёнка|дети|детей|детям|детьми|детский сад|детского сада|(?:golden fish|goldfish|parrot|hamster|monkey|chimp|ape|donkey|sloth|snail|headless chicken|toddler|kid|child|five.year.old|\w+ grader|first.grader|schoolboy|grandma|granny)s?|children)`;
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
(?:(?:с|со) (?:вами|тобой|ваш\w* \w+)|(?:with|to) (?:you|your (?:\w+ )?\w+)) &2(?:разговаривать|говорить|общаться|переписываться|объясняться|talking|speaking|dealing|communicating|arguing|chatting) &4(?:как|что|словно|будто|like|as if) &2(?:с |со |with |to )?(?:an? |the )?${DULL_THING}
(?:разговаривать|говорить|общаться|переписываться|объясняться|talking|speaking|dealing|communicating|arguing|chatting) (?:(?:с|со) (?:вами|тобой|ваш\w* \w+)|(?:with|to) (?:you|your (?:\w+ )?\w+)) &4(?:как|что|словно|будто|like|as if) &2(?:с |со |with |to )?(?:an? |the )?${DULL_THING}
(?:у (?:вас|тебя)|вы|ты|you|your \w+(?: \w+)?) &2(?:доверили|поручили|доверяют|поручают|доверяете|поручаете|hired|trusted|outsourced &to|left &to) &3(?:an? )?${CREATURE}
(?:made|done|run|packed|handled|checked|designed|operated|staffed|managed) by (?:an? )?(?:(?!my\s|our\s)\w+ )?${CREATURE}
(?:соображ|мысл|рассужда|отвеча)~ &на уровне &${CREATURE}
(?:соображ|шевел)~ &(?:медленнее|туже|хуже) &(?:чем|than)
(?:лучше|быстрее|умнее|толковее|осмысленнее) &чем (?:у (?:вас|тебя) )?&(?:голова|мозг|мозги|башка)
(?:собирает|собирают|упаковывает|упаковывают|пакует|пакуют|отвечает|отвечают|работает|работают|сидит|сидят) &2(?:тля|тли|попугай|попугаи|хомяк|хомяки|обезьяна|обезьяны|мартышка|мартышки|крот|кроты|дятел|дятлы|баран|бараны|осел|осёл|ослы|макака|макаки|слепой|слепые)(?![-\s]+(?:игрушк|фигурк))
(?:(?:вы|ваш~ &(?:склад|упаковщик|сотрудник|менеджер|работник|продав|оператор|поддержк)~|которые(?: ещ[её]| даже)?) &3не (?:отличают|отличает|различают|различает|отличаете|различаете|могут отличить|может отличить|можете отличить)|(?:you|your \w+) &(?:can\W?t|cannot|couldn\W?t|could not) tell) (?:\S+ ){1,4}?(?:от|from|apart)
(?:like|as|than|как|словно|будто|чем|(?:все|всё) равно что) (?:(?!(?:для|у|с|со|от|к|на|в|из|за|по|о|об|for|of|to|with|in|on|at|from|by)\s)\S+ )?(?:an? |the |my |a small |a little )?${LIKENED}(?!\W?s(?!\w)| (?:cage|toy|toys|size|seat|bed|food|bike|clothes|shoes|book|room|cup|plate|car|игрушк|размер|кроват|сидень|одежд|обув)~)
(?:(?:кот|кошк|собак)~|пес|пёс|cats?|dogs?|${LIKENED}) &6(?:better|faster|smarter|quicker|more carefully|лучше|быстрее|умнее|внимательнее|аккуратнее|толковее) (?:than|чем)
`;

// Emphatic praise: sarcasm when the failure it praises follows with no "but".
const PRAISE = wordPattern`
браво
так держать
превзош(?:ли|ел|ёл|ла) &себя
(?:снова|опять|в очередной раз) отличились
молодцы
умни(?:цы|чки)
(?:(?:огромное|большое|отдельное|огромнейшее) )?спасибо &за &(?:великолепн|чудесн|прекрасн|замечательн|отличн|потрясающ|восхитительн|волшебн|блестящ|незабываем|шикарн|изумительн)~
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
(?:gold star|medal|award|prize|пятерк\w|медал\w*|преми\w*|орден\w*|грамот\w*|оскар\w*) &(?:for|за)
аплодиру~
рукоплещ~
(?:снимаю|сниму) &шляпу
шляпу снимаю
низкий (?:вам )?поклон
(?:спасибо|благодарю|благодарность) &2(?:золот\w* рук|гениальн|мастер|умельц)~
(?:поздравляю|поздравляем) &3с (?:гениальн|блестящ|отличн|прекрасн|великолепн|замечательн|очередн|изобретени|достижени|успех|рекорд)~
гениальн~
(?:просто|настоящие|настоящий|ну и|вот это) ювелир(?:ы)?
congrat~ (?:on|for) &3(?:achieving|the most|your (?:quality|packing|packaging|design|work|team|service|staff)|such|another|a new record)
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
(?:это|такое|так) &(?:надо|нужно) &уметь
до такого &(?:надо|нужно) &(?:было )?(?:додумать?ся|дойти)
(?:настоящ|истинн|подлинн)\w* (?:талант|мастер своего дела|виртуоз|художник|ювелир|профи|гени|асы|ас)~
мастер~ своего дела
от(?<=\w\sот) бога
(?:employee|worker|packer|seller|staff member) of the (?:month|year)
(?:работник|сотрудник|упаковщик|продавец|менеджер)(?:ом)? (?:месяца|года)
(?:give|get) (?:that|this|the|your|whoever|him|her|them) &2an? (?:raise|promotion|pay rise|bonus|medal|award)
(?:выдайте|дайте|выпишите|вручите) &2(?:премию|медаль|грамоту|орден)
chef\W?s kiss
(?:outdid|outdone) yourselves?
высший пилотаж
профессионализм~ &(?:зашкалива|на высоте|поражает|впечатля)~
(?:such|what|impressive|stunning|amazing) professionalism
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
(?:asked for|ordered|paid for) (?:\S+ ){1,6}?(?:and|but) (?:got|received)
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
(?:в|на) &куск~
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

// Name-calling by its grammar, whatever the word: "you bunch of galoots", "you lazy lot", "only a total nong would";
// and «Ишак и то лучше бы упаковал», a creature that would have done the staff's work better.
const NAME_CALLING = wordPattern`
you (?:\w+ ){0,2}?(?:bunch|pack|load|shower|herd|gang|band|troop|collection|pair|couple|crew) of \w+
(?:сборище|стадо|свора|шайка|сброд) \w+
горе-\w+
(?:what|such) an? (?:shower|bunch|pack|gang|herd|crew|band) of \w+
you (?!lovely|kind|nice|good|great|helpful|wonderful|lucky|brilliant)\w+ (?:\w+ )?lot
(?:you|only|even) (?:an? )?(?:total|complete|absolute|utter|proper|prize|right|real|bloody) (?!refund|amount|price|waste|mess|joke|disaster|nightmare|shambles|failure|sum|cost|loss|lack|number|time)\w+ (?:would|could|will|can|is|are|,)
(?:you\W?re|you are|what|such) an? (?:total|complete|absolute|utter|proper|prize) (?!refund|amount|price|waste|mess|joke|disaster|nightmare|shambles|failure|sum|cost|loss|lack|number|time|scam|rip.off)\w+
(?:ну и|какие же|какие|вот же|что за|одни|сплошные) (?!цены|сроки|порядки|правила|условия|товары|отзывы|ответы|вещи|дела|новости|люди)\w+ у (?:вас|тебя) &2(?:работают|сидят|трудятся|на складе|в поддержке|в магазине|в отделе|на упаковке)
у (?:вас|тебя) &2(?:работают|сидят|трудятся) (?:одни|сплошные|какие-то|какие) \w+
(?:даже )?${CREATURE} (?:и то|бы и то|даже|и тот|и та) &лучше (?:бы )?&(?:упаковал|собрал|сделал|запаковал|положил|отправил|разобрался|ответил|посчитал)~
`;
// Name-calling whose first word is any word, so a scan for it would try every word: looked for only in sentences
// that have its fixed part ("а не продавцы", "ну вы и").
const ROLE_CONTRAST = wordPattern`
(?<!-)(?!жулик|жуль|мошенн|обман|вор|кидал|афер|ворюг|хапуг|лохотрон|развод|скам|вы |ты |цирк|конями|шапито|балаган|бардак|помойк|свалк|шарашк|контор|барахолк|лавочк|базар|дурдом|бедлам|позорищ|посмешищ|недоразумени|издевательств|насмешк|кошмар|ужас|фигн|ерунд|халтур|хлам|мусор|барахл|позор|пи?з?дец|пздц|писец|пипец|капец|трындец|хрен|херн|хуйн|лаж|безобрази|катастроф|отстой|треш|трэш|huijar|betr|просто|как(?:ой|ая|ое|ие)|полн|натуральн|сплошн|настоящ)\w{2,}(?= (?:вы |ты )?а не (?:продавц|магазин|сервис|поддержк|компани|профессионал|специалист|менеджер|работник|торгов|упаковщик|сотрудник|мастер)~)
`;
const ROLE_CONTRAST_HINT =
  /\sа\s+не\s+(?:продавц|магазин|сервис|поддержк|компани|профессионал|специалист|менеджер|работник|торгов|упаковщик|сотрудник|мастер)/;
const YOU_ARE_SUCH = wordPattern`
(?<=ну (?:вы|ты) и )(?!даете|даешь|дали|сказали|сказал|жук|жулик|мошенник|хитрец|хитрюг|ловкач|аферист|прохинде|шельм)\w+
`;
const YOU_ARE_SUCH_HINT = /ну\s+(?:вы|ты)\s+и\s/;
// A bare exclamation of praise opening a sentence ("Oh, brilliant.", «Восхитительно, просто восхитительно»): tried only at
// sentence starts.
const PRAISE_EXCLAMATION =
  /\s*(?:(?:oh|ну|ах|just|how|как)\s+)?(?:восхитительно|великолепно|прекрасно|чудесно|замечательно|блестяще|шикарно|brilliant|wonderful|fantastic|marvell?ous|lovely|perfect|superb|amazing|terrific)(?=\s*[,.!:;—–-]|\s+(?:просто|just|simply|really)\s)/y;

// A sentence-initial plural noun called out before a second-person clause: "Охламоны, вы …", "Лоботрясы, месяц не можете".
// Not the first of a list («Стаканы, пакеты и держатели в порядке»), and a noun in -тели («держатели») is no verb.
const VOCATIVE_PLURAL =
  /\s*([а-я]{4,}(?:ы|[кхгшжчщ]и)),\s+(?!котор|что|где|когда|как|и\s|а\s|но\s|[а-я]+(?:ы|и)(?:\s+(?:и|или)\s|\s*,))(?=(?:\S+\s+){0,4}?(?:вы|ты|вам|вас|ваш[а-я]*|[а-я]+(?:ете|ите|ешь)|[а-я]+(?<!те)ли)(?![а-я]))/y;
// A name in commas after an exasperated "вы что", "вы там": «Вы что, ахмоқлар, разницу не видите?», «Вы там, салаги, …».
// Past-tense verbs («вы что, ослепли, …») and short adjectives («вы что, уверены, …») are not names.
const VOCATIVE_INSIDE =
  /(?<![а-яё])(?:вы|ты)(?:\s+(?:что|чё|че|там|же|вообще|совсем|тут))+\s*,\s*([^\s,.!?;:]{3,}(?:ы|и|лар|лер|тар|тер|дар|дер)),\s/g;
const NOT_A_NAME = /(?:ли|ны|вы)$/;
const NEUTRAL_ADDRESS = new Set([
  'склады',
  'магазины',
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
  'барыги',
  // Plain addresses.
  'люди',
  'мужики',
  'девушки',
  'девочки',
  'ребятки',
  'специалисты',
  'китайцы',
  'братишки',
  'братцы',
  'земляки',
  'соседи',
  'парни',
  'пацаны',
  'девчонки',
  'мужчины',
  'женщины',
  'сами',
]);

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
const INSULT_SCAN = oneOf(INSULT_PARTS);

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
    ...nameCalling.filter((span) => !NOT_NAMES.has(lastWord(text, span).replace('-', ''))),
    ...spansOf(NAMED_INSULTS, text),
    ...spansOf(NAMED_INSULTS_RU, text),
    ...openNames(text),
    ...vocativesInside(flat),
    ...spansOf(TALKING_DOWN, text),
    ...spansOf(ENGLISH_NAME_CALLING, text),
    ...spelledBySyllables(text),
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
  // «Пишу уже в третий раз» is a buyer unanswered; «объясняю в третий раз» talks down.
  for (const span of slowly)
    if (explaining(words(span), NTH_TIME.test(text.slice(span.start, span.end)) ? WRITING : undefined))
      found.push(span);
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
  // An ironic title needs a failure near it: in its sentence or the one before, or in the two after it («…, мастера
  // своего дела! Кружку завернули в газету. Пришла в трёх кусках.»), within REACH.
  for (const span of irony) {
    const index = sentenceIndex(sentences, span.start);
    const from = Math.max(sentences[index - 1]?.start ?? 0, span.start - REACH);
    const to = Math.min(sentences[index + 2]?.end ?? sentences[index + 1]?.end ?? text.length, span.end + REACH);
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

/**
 * Someone explaining, reading or understanding, but not the buyer asking to be told ("Объясните, пожалуйста,
 * медленно ли…", "Объясните мне, как ребёнку…"): an imperative to the seller is a request, not condescension.
 */
const ASKED_TO_EXPLAIN = /^(?:объясн|поясн|повтор|распиш|напиш|расскаж)[а-я]*(?:ите|йте)$/;

// «По-вто-ря-ю по сло-гам, раз не до-хо-дит»: words cut into syllables for a slow reader. One such word may be a
// stress («о-чень»), and «бок-о-бок» is a word of its own; two of them in a text spell it out to the reader.
const HYPHENATED = /(?<![а-яё-])[а-яё]{1,4}(?:-[а-яё]{1,4}){2,}(?![а-яё-])/g;
const SYLLABLE = /^[^аеёиоуыэюя]*[аеёиоуыэюя][^аеёиоуыэюя]*$/;

function spelledBySyllables(text: string): Span[] {
  const words = allMatches(HYPHENATED, text).filter((match) =>
    match[0].split('-').every((part) => SYLLABLE.test(part)),
  );
  return words.length >= 2 ? words.map((match) => ({ start: match.index, end: match.index + match[0].length })) : [];
}

const NTH_TIME = /^в \S+ раз$/;
// «Повторяю в третий раз» is a buyer ignored twice, as «пишу в третий раз» and «устала объяснять в третий раз» are.
const WRITING = /^(?:пишу|напишу|распишу|повторяю|повторю|объяснять)$/;

function explaining(words: string, besides?: RegExp): boolean {
  return spansOf(MINDWORK, words).some((span) => {
    const word = words.slice(span.start, span.end);
    return !ASKED_TO_EXPLAIN.test(word) && !besides?.test(word);
  });
}

// A question names its target in one word ("which goober packed this?", «какой дуралей собирал?»): that word is the
// highlight, and a disguised mat word there («какой мдл…») stays one highlight with the profanity finder's.
const QUESTION_WORD = /^(?:which|whichever|какой|какая|какие|что)\s/;

/** The last word of a match: the name in the name-calling grammar. */
function lastWord(text: string, span: Span): string {
  return /[a-zа-яё-]*$/.exec(text.slice(span.start, span.end))![0];
}

// Thanks or praise in the sentence make an unknown word after "absolute" or "whoever … is a" a kind one ("your staff
// are absolute sweethearts, thank you").
const KIND = /(?:^|[^a-zа-яё])(?:thank|thanks|appreciate|lovely|kind|helpful|friendly|polite|спасибо|благодар)/;

function openNames(text: string): Span[] {
  const found: Span[] = [];
  const spans = spansOf(OPEN_NAMES, text);
  const sentences = spans.length > 0 ? sentencesOf(text) : [];
  for (const span of spans) {
    const sentence = sentenceAt(sentences, span.start);
    // Kind words before a "but" are set against the name, not said of it ("lovely people, but whoever … is a clown").
    const from = Math.max(sentence.start, text.lastIndexOf(' but ', span.start) + 1);
    if (KIND.test(text.slice(from, sentence.end))) continue;
    const name = lastWord(text, span);
    if (NOT_NAMES.has(name.replace('-', ''))) continue;
    found.push(
      QUESTION_WORD.test(text.slice(span.start, span.end)) ? { start: span.end - name.length, end: span.end } : span,
    );
  }
  return found;
}

function vocativesInside(flat: string): Span[] {
  const found: Span[] = [];
  for (const match of allMatches(VOCATIVE_INSIDE, flat)) {
    const name = match[1]!;
    if (NEUTRAL_ADDRESS.has(name) || NOT_A_NAME.test(name)) continue;
    const start = match.index + match[0].lastIndexOf(name);
    found.push({ start, end: start + name.length });
  }
  return found;
}
