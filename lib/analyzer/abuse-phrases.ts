import { wordPattern } from './patterns';

/** Ordinary words (animals, objects, professions said with irony) that insult only when aimed at someone. */
const CALLED =
  '(?:jokers|cowboys|walnut|plank|melon|potato|spanner|tool|donkey|muppet|clown|joker|олен(?:и|ей|ям)|осл(?:ы|ов)|овощ(?:и|ей)|куриц(?:ы)?|дятл(?:ы|ов)|обезьян(?:ы|ами)?|макак(?:и)?|пн(?:и|ей)|пеньк(?:и|ов)|валенк(?:и|ов)|шут(?:ы|ов)|бездар(?:и|ей|ности)|индюк(?:и)?|свинь(?:и|ей)|ишак(?:и)?|павиан(?:ы)?|чучел(?:а|о)|мартышк(?:и)?|гамадрил(?:ы)?|петух(?:и)?|крыс(?:ы)|шакал(?:ы)?|растяп(?:ы|ам)?|разгильдя(?:и|ев)|ротозе(?:и|ев)|пентюх(?:и|ов)?|клоун(?:ы|ов)?|дилетант(?:ы|ов)|криворук(?:ие|ий)|безрук(?:ие|ий)|donkeys|monkeys|sheep|pigs|animals|amateurs|apes|baboons|chimps|cows|geese|children|toddlers|muppets|drongos|dingbats|dipsticks)';
const IRONIC =
  '(?:гени(?:и|й|ям)|умник(?:и|ам)?|умниц(?:ы)?|умнич(?:ки|ек)|профессионал(?:ы)?|мастер(?:а)?|светил(?:а|о)|эксперт(?:ы)?|специалист(?:ы)?|молодц(?:ы)?|умельц(?:ы)?|кудесник(?:и)?|волшебник(?:и)?|виртуоз(?:ы)?|асы|профи|гуру|geniuses|genius|einsteins?|rocket scientists|masterminds|professionals|experts|wizards?|whizzes|heroes|champs|legends)';

/** Name-calling aimed at a person. Judgements of the product ("уродливая сумка", "тупой нож") are not insults. */
export const INSULT = wordPattern`
идиот(?:ы|ов|ам|ами|ка|ки|ина)?
дебил(?:ы|ов|ам|ами|ка|ки)?
кретин(?:ы|ов|ам|ами)?
урод(?:ы|ов|ам|ами|ина|ины)?
баран(?:ы|ов|ам|ами)?
козл(?:ы|ина|ины)
коз[её]л
быдл[оау]
дегенерат(?:ы|ов)?
недоум(?:ок|ки|ков)
придур(?:ок|ки|ков)
ублюд(?:ок|ки|ков)
сволоч(?:ь|и|ей)
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
слепые
idiots?(?!-)
morons?
imbeciles?
clowns
retard(?:s|ed)?
losers
jerks
dumb(?:ass|asses)
you(?: are|\s*\W?re)? (?:so )?(?:stupid|dumb|blind|useless|pathetic)
are you (?:\w+ )?(?:stupid|dumb|blind|brain.?dead|brainless|retarded|insane|out of your minds?|thick|daft|dense|dim)
(?:i know|i realise|i realize|i understand|i get that) (?:it\W?s|this is|reading is|english is|this may be) (?:\S+ )?(?:hard|difficult|a lot|too much|tricky) for you
brain.?dead
(?:вы|ты) (?:\S+ ){0,2}?(?:в адеквате|в своем уме|в здравом уме|неадекватн\w*|с приветом|не в себе|ку-ку|рехнулись|рехнулся|спятили|спятил|свихнулись|офонарели|обалдели|одурели|ополоумели|с ума сошли|с дуба (?:рухнули|упали|рухнул)|с луны (?:свалились|упали)|белены объелись)
для (?:особо |совсем )?(?:недалеких|тугодумов|бестолковых|тупых|тупеньких|одар[её]нн\w*|непонятлив\w*|тормоз\w*|альтернативно \w+)
(?:stupid|dumb) (?:seller|sellers|people|store|shop)
(?:тупые|тупоголовые|бестолковые|безмозглые|слабоумные|недалекие|тупорылые) (?:же |все |у вас |у тебя |там |ваши )*(?:сотрудник|работник|менеджер|упаковщик|кладовщик|продавц|курьер|люди|консультант|оператор)~
бестолоч~
безрук(?:ие|ий|ая)
(?:упаковщик|сотрудник|работник|менеджер|продавц|кладовщик|курьер|поддержк|packers?|workers?|employees?|staff|team|service|support)\S* (?:\S+ ){0,3}?${CALLED}
(?:для вас|для тебя) (?:\S+ )?(?:слишком )?(?:сложн|трудн|непонятн)~
(?:объясню|повторю|напишу|скажу|объясняю|повторяю) (?:\S+ )?(?:проще|попроще)
(?:who|кто) (?:\S+ ){0,3}?(?:packed|made|built|designed|wrote|упаковывал|собирал|делал|паковал)~ (?:\S+ )?(?:this|это|эту|этот)~,? (?:a |an )?(?:toddler|monkey|chimp|child|kid|blind|drunk|идиот|обезьян|ребенок|слеп|пьян)~
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
позорище
muppets
dumbo
doofus
(?<!for )dummies
numpties
buffoons?
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
(?:вы|ты|эти|какие|такие|ну и|просто|настоящие|кругом|одни|сплошные|кучка|банда|стадо|сборище|свора|шайка|you|bunch of|band of|pack of|absolute|complete|total|such|these|utter)(?: (?:же|все|там|тут|совсем|вообще|что|реально|просто|натуральные|настоящие|конченые|конченные|самые|тупые|безрукие|absolute|complete|total|utter|useless|bloody|lazy))* ${CALLED}
(?:${CALLED}|${IRONIC}) (?:с|из|на|в) (?:вашего|вашей|склад|магазин|поддержк|службы|почт|отдел)~
эй,? (?:\S+ )?(?:${CALLED}|${IRONIC})
${CALLED} (?:from|at|in) (?:your|the) (?:warehouse|store|shop|support|team|office)
(?:браво|поздравляю|аплодирую|ну вы и|вы просто|ну вы),? (?:\S+ )?${IRONIC}
(?:гени(?:и|ям|ев)|мастера|профессионалы|кудесники|волшебники|виртуозы|асы|умельцы) (?:упаковки|логистики|торговли|склада|сервиса|маркетинга|коммерции|бизнеса|доставки|\w+ского)
молодцы,? ничего не скажешь
ничего не скажешь,? (?:молодцы|профессионалы|гении|мастера)
(?:congratulations|congrats|well done|bravo|great job|good job|nice job|nice work|hats off|thanks|thank you|cheers),? (?:\S+ ){0,2}?${IRONIC}
(?:you|what|such|real|absolute|bunch of) (?:\S+ )?(?:geniuses|genius|einsteins?|rocket scientists|masterminds?)
(?:geniuses|wizards|masterminds|einsteins|rocket scientists) (?:at|in|of) \w+
ну спасибо(?: вам)?,? (?:\S+ )?${IRONIC}
(?:объясняю|объясню|объясним|повторяю|повторю|пишу|напишу|расскажу|разжую|разжевываю|перечисляю|перечислю|распишу|расписываю|попробую|попытаюсь),? (?:\S+ ){0,4}?(?:медленно|по слогам|по буквам|крупными буквами|на пальцах|как (?:перво|пяти|второ)?класснику|как ребенку|как маленьким|как (?:для )?(?:детск~ сад~|детей|детям|маленьких|дошкольник~|первоклашек|первоклашкам)|для (?:особо )?(?:одар[её]нн|тупых|непонятлив)~)
(?:повтор(?:яю|ю)|напишу|пишу) (?:\S+ ){0,2}?(?:медленно|по слогам|крупными буквами|для (?:особо )?(?:одар[её]нн|тупых|непонятлив)~|специально для вас)
для (?:особо )?одар[её]нн~
для тех,? кто в танке
по слогам
(?:даже|любой) (?:перво|второ|пяти)?(?:класс|школь|реб[её]н|дет)\w* (?:\S+ ){0,2}?(?:бы )?(?:понял|поймет|понимает|разобрал|справил|догадал)~
(?:научитесь|учитесь|начните|научись) (?:\S+ )?читать
(?:вы|ты) (?:\S+ )?(?:читать|думать|считать) (?:умеете|умеешь|не умеете|не умеешь|научились|не научились)
(?:включите|включи|напрягите|напряги) (?:\S+ )?(?:мозг|мозги|голову|извилин)~
(?:мозг|мозги|извилин)~ (?:\S+ )?(?:включите|включи|напрягите|напряги)
(?:у вас|у тебя) (?:\S+ )?(?:мозгов|мозги|извилин)~ (?:нет|не хватает|нету|хоть)
(?:мозгов|извилин|ума) (?:\S+ ){0,4}?(?:не хватает|нет|не хватило)
(?:is )?any(?:one|body) (?:at )?home
до (?:вас|тебя) (?:\S+ )?(?:не )?(?:доходит|дошло)
как до жирафа
с головой (?:не )?(?:дружите|дружишь)
(?:use|using|in|with) (?:\S+ )?(?:small|simple|short|easy|little) words
(?:explain|explaining|walk (?:you )?through|go through|spell|spelling|say|repeat|repeating|write|writing|type|typing) (?:\S+ ){0,4}?(?:very |really |extra )?slowly
(?:seems|appears) (?:to be )?(?:so |too |very )?(?:hard|difficult|complicated|confusing) for you
(?:let me|i\W?ll|i will) (?:\S+ ){0,2}?(?:spell (?:it|this) out|explain (?:this |it )?(?:slowly|again slowly|very slowly|like you\W?re|as if))
(?:slowly|once more|one more time) so (?:even )?(?:you|your)
so (?:even )?(?:you|your (?:\w+ )?\w+) (?:can|could|might|will) (?:follow|understand|get it|keep up)
(?:can|do) you (?:even |actually )?(?:read|understand english)
learn (?:how )?to read
reading (?:comprehension|is (?:hard|difficult)|isn\W?t your)
(?:even )?an? (?:child|kid|toddler|five.year.old|\w+ grader|monkey|chimp) (?:could|would|can) (?:\S+ ){0,3}?(?:understand|figure|do|see|get|follow)
too (?:hard|complicated|difficult) for (?:you|your)
(?:two )?brain cells?
(?:повторяю|повторю|объясняю|объясню|пишу|напишу|перечисляю|перечислю) (?:\S+ )?для (?:особо )?(?:глухих|слепых|глухонемых)
(?:do|does) (?:you|your \w+)(?: people| guys| lot)? (?:even |actually )?have (?:any )?(?:brains?|eyes|a clue|common sense)
(?:попроще|проще|медленно|по буквам|крупно),? чтобы (?:даже )?(?:вы|ты|ваш~|до вас)(?: \S+)? (?:понял|поняли|понять|разобрал|разобрались|дошло)~
чтобы даже (?:вы|ты|ваш~)(?: \S+)? (?:понял|поняли|понять|разобрал|разобрались|дошло)~
с (?:первого|второго|третьего|пятого|десятого) раза (?:\S+ )?не (?:доходит|дошло|понимаете|поняли|понимают|понял)
(?:читать|считать|думать) (?:\S+ ){0,5}?(?:не умеют|не умеете|не умеешь|не научились|разучились)
simple enough (?:even )?for (?:you|your)
(?:make|keep) (?:it|this) (?:very |really )?simple (?:\S+ ){0,3}?for (?:you|your)
even (?:you|your \w+) (?:can|could|will|should|might) (?:understand|follow|get it|keep up)
(?:use|using|engage) (?:your|a) brains?
do i (?:need|have) to draw (?:you )?a (?:picture|diagram)
`;

/** A name-calling word on its own as an address at the start of a sentence: "Олени, …", "Clowns, …". */
export const VOCATIVE = new RegExp(`(?:^|(?<=[.!?]\\s{1,3}))${CALLED},`, 'g');

/** Threats to the person (not a lawful next step such as "обращусь в Роспотребнадзор" or "I will open a claim"). */
export const THREAT = wordPattern`
засуж~
найду (?:тебя|вас)
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
(?:i\W?ll|i will) (?:find|kill|destroy|hunt|ruin|sue) you~
you(?:\W?ll| will) (?:regret|pay for) (?:this|it)
watch your back
(?:find out|know) where you live
(?:знаю|узнаю|найду) где (?:ты живешь|вы живете)
(?:ваш|ваши|твой|твои|your) (?:\S+ ){0,4}?(?:фото|имя|телефон|адрес|паспорт|данные|номер|photos?|name|phone|address|passport|details) (?:\S+ ){0,6}?(?:окаж|появ|разлет|выложу|опублику|солью|узнают|в интернет|в сет|во всех|в групп|everywhere|online|all over|public|internet)~
(?:советую|рекомендую) (?:вам |тебе )?(?:хорошо |крепко |серьезно )?подумать
вы (?:сильно |очень )?рискуете
(?:and|и) (?:see|посмотрим|посмотрите|увидите) (?:what happens|что будет|что (?:с вами )?будет)
это вам (?:так |даром )?(?:не пройдет|выйдет боком)
последнее предупреждение
(?:don\W?t|do not) make me (?:come|find|visit|get|do|show)
you (?:don\W?t|do not) want me to (?:come|find|show|visit|get)
не заставляйте меня (?:приезжать|приходить|искать|ехать|действовать)
(?:смотрите|глядите),? как бы (?:вам|тебе)
как бы (?:вам|тебе) (?:\S+ ){0,2}?не пришлось (?:пожалеть|объясняться|отвечать)
(?:вы|ты) у меня (?:ещ[её] )?(?:попляш|поплат|пожале|получ|узна|взво|запо)~
попляшете
поплатитесь
поплатишься
(?:ответите|ответишь) за (?:это|все)
heads (?:will|are going to|gonna) roll
(?:полетят головы|головы полетят)
пеняй(?:те)? на себя
(?:вам|тебе) (?:же )?(?:будет )?хуже
иначе (?:\S+ )?(?:пожалеете|будет хуже|вам конец|пеняйте)
(?:сделаю|устрою) (?:\S+ ){0,2}?(?:жизнь|ад|проблемы|веселую жизнь)
make your life (?:\S+ )?(?:difficult|hell|miserable|hard)
or else
(?:ваш|твой)~ (?:домашн|личн)\w* (?:адрес|телефон|номер)~
your (?:personal|home|private|family) (?:phone|address|number|details|email|cell)
(?:i )?hope you sleep well
(?:people like me|i) (?:don\W?t|do not|never|won\W?t) (?:forget|forgive)
(?:я )?(?:такое |такого |ничего )?не (?:забуду|прощу|забываю|прощаю)
friends? who (?:\S+ ){0,3}?(?:china|your (?:city|country|town))
(?:знаю|знаем|узнал~|нашел|нашла|нашли|know|found|have|got)\S*,? (?:\S+ ){0,8}?(?:его|ее|её|ваш~|твоих|твою|твоего|your|his|her) (?:\S+ )?(?:дет(?:и|ей)|жен~|муж~|семь~|родител~|дочь|дочер~|сын~|kids|children|wife|husband|family|daughter|son|parents)
(?:не )?(?:доводите|доведете|доводи) до греха
(?:это |все )?добром не (?:кончится|закончится)
(?:пока )?прошу по-хорошему
не советую (?:\S+ )?(?:ссориться|связываться)
(?:не знаете|не понимаете),? с кем (?:связались|имеете дело)
(?:you )?(?:don\W?t|do not) know who you\W?re (?:dealing|messing) with
this (?:won\W?t|will not) end well
bad things (?:\w+ )?happen to
(?:плохо|нехорошо) (?:кончают|заканчивают)
долго не (?:живут|протянут)
(?:you\W?ve been|you have been|consider yourself|вы) (?:warned|предупреждены)
don\W?t say i didn\W?t warn you
(?:last|final) warning
(?:люди|ребята|друзья|знакомые|парни|people|friends|guys)~,? (?:\S+ ){0,6}?(?:не любят|не прощают|don\W?t like|do not like|don\W?t forgive)
(?:брат~|брату|друз~|друг|знаком~|родствен~|ребят~|парн~|люди|кузен~|дядя|мужики) (?:\S+ ){0,14}?(?:заглян~|загляд~|наведа~|навест~|навещ~|приед~|придут|прид[её]т|зайд~|найд[уе]т|разберутся|поговор~ (?:\S+ ){0,2}?(?:лично|по-другому|иначе|по-мужски))
поговор~ (?:\S+ ){0,2}?(?:по-другому|по-мужски|иначе)
разговор (?:будет )?(?:другой|коротким|не здесь)
(?:знаю|нашел|нашла|нашли|вычислил~|пробил~) (?:\S+ ){0,3}?(?:где (?:(?:находится|находятся|живут|учатся|работают) (?:ваш|твой|его|ее)~|живете|живешь|ваш~|твой)|(?:ваш|твой) (?:домашний )?адрес)
(?:ваш|твой) (?:домашний |личный )?(?:адрес|телефон|паспорт)~ (?:\S+ ){0,4}?(?:знаю|нашел|нашла|есть|уже|у меня)
(?:адрес|телефон|фото|данные|имя|школ)~ (?:\S+ ){0,2}?(?:жены|мужа|детей|ребенка|дочери|сына|семьи|родителей|мамы)
(?:выложу|опубликую|солью|разошлю|распространю|размещу|слью|выложим|опубликуем) (?:\S+ ){0,4}?(?:данные|адрес|телефон|фото|паспорт|имя|номер)~
деанон~
(?:я|я-то) (?:\S+ )?терпелив~,? (?:\S+ ){0,2}?(?:но|а) (?:мои |наши )?(?:друз|ребят|брат|знаком|люди|родствен)~
i\W?m (?:a |very )?patient (?:\S+ ){0,2}?(?:but )?my (?:friends|brothers?|cousins?|people|boys|family)
(?:вас|тебя) (?:\S+ )?(?:найдут|достанут|вычислят)
(?:have|got|know|found) your (?:\S+ )?(?:name|photo|face|city|address|phone|location|workplace)s?,? (?:\S+ )?(?:and )?your
(?:будет|было бы) (?:очень |крайне )?(?:жаль|обидно|печально),? (?:если|когда) (?:\S+ ){0,8}?(?:случ(?:ит|ил|ае)|произо[йш]|сгор|пострада|что-(?:то|нибудь))~
(?:вы же не хотите|не хотелось бы|вам же не нужно|не хотите же),? (?:чтобы )?(?:\S+ ){0,8}?(?:случил|произош|пострадал|сгорел)~
(?:с вами|с вашим|с вашей|с вашими|с тобой|с твоим|с твоей|с семьей) (?:\S+ ){0,3}?(?:что-(?:то|нибудь)) (?:\S+ )?(?:случ(?:ит|ил|ае)|произо[йш])~
(?:выясня(?:ю|ем|ют)|узна(?:ю|ем|ют)|узнал~|ищ(?:у|ем|ут)|пробил~|пробива(?:ю|ем|ют)|разузна~|вычисля(?:ю|ем|ют)|найд(?:у|ем|ут)),? (?:\S+ ){0,2}?где (?:\S+ ){0,2}?(?:ваш~ (?:склад|офис|дом|семь|дет|жен|муж|квартир|магазин|родител)~|(?:вы|ты) (?:жив|работа|быва|ход)~)
как зовут (?:\S+ )?(?:ваш|вашу|вашего|ваших|твою|твоего|твоих)~ (?:дочь|дочер|сын|жен|муж|дет|ребен|мам|родител)~
будьте (?:\S+ )?(?:осторожн|внимательн|аккуратн)~ (?:\S+ ){0,4}?(?:вечер|ночь|ночью|на улице|выходите|выходя|в темноте|по дороге|с работы|домой)~
(?:всякое|разное|что угодно|все что угодно) (?:\S+ )?(?:бывает|случается|происходит|может случиться) с (?:теми|людьми|такими|продавцами)
hope (?:your|you) (?:\S+ ){0,4}?(?:insurance|insured|good locks|alarm|security|guards)
ждите (?:\S+ )?(?:гостей|в гости|визита|визитеров)
expect (?:a )?(?:visit|visitors|company|guests)
(?:надеюсь|надеемся|hope),? (?:\S+ ){0,2}?(?:ваш|ваши|ваша|твои|твоя|your)~ (?:дет|семь|близк|жен|муж|родител|kids|children|family|wife|husband|parents)~ (?:(?:is|are|will be|stay|stays|будут|останутся) )?(?:в безопасности|safe)
(?:address|phone|number|details|photos?|name|адрес|телефон|фото|данные|паспорт)~ (?:\S+ ){0,4}?(?:going|go|will go|will be|are going|ending up|end up|будут|окажутся|появятся|уйдут) (?:\S+ )?(?:on|online|up on|all over|в|во) (?:\S+ )?(?:reddit|twitter|facebook|instagram|tiktok|telegram|forums?|the internet|social media|соцсет|телеграм|интернет|сеть|сети|чатах|чаты)~
(?:хорошая|милая|красивая|славная) (?:\S+ )?(?:семья|семейка|дети|квартира|машина|дом) у (?:вас|тебя)
(?:мало ли что|всякое) (?:может )?(?:случит|быва|произойд)~ (?:с вами|с тобой|с вашим|с вашей|с людьми)
ходите (?:осторожно|аккуратно|оглядываясь)
берегитесь
мир тесен,? (?:\S+ ){0,4}?(?:найд|встрет|увид)~
(?:у меня|есть) (?:\S+ ){0,2}?(?:связи|знакомые|люди) (?:\S+ ){0,3}?(?:в органах|в китае|в вашем город|которые)~
(?:pay|give) you (?:\S+ )?(?:a )?(?:little |personal |friendly )?visit
(?:drop|stop|swing|come) (?:by|over|round|around) (?:\S+ ){0,5}?(?:in person|your (?:shop|store|warehouse|office|house|home|place))
(?:discuss|talk about|chat about|sort) (?:this|it|things|that) (?:out )?(?:with you )?in person
(?:friend|friends|brother|cousin|guys|people|relatives|uncle|boys) (?:\S+ ){0,14}?(?:visit|drop by|stop by|pay you|in person|find you|come (?:over|by|for you)|have a (?:word|chat|talk) with you)
(?:found|have|got|know|tracked down|looked up) (?:\S+ ){0,3}?(?:home address|your address|your (?:\S+ )?phone number|your (?:kids|children|family|wife|husband|daughter|son))
(?:post|publish|share|leak|expose|spread|put)\w* (?:\S+ ){0,4}?(?:your (?:\S+ ){0,2}?(?:address|details|personal|info|data|name|number|photos?|family|kids)|them (?:everywhere|online|all over))
dox(?:x)?(?:ing|ed)?
(?:would(?:n\W?t| not)?|don\W?t|do not) want (?:anything|something) (?:bad |unfortunate )?to happen
(?:shame|pity) if (?:something|anything) (?:\S+ ){0,3}?happen~
(?:something|anything) (?:bad |unfortunate )?(?:might|could|may|will) happen to (?:you|your)
accidents (?:can |do )?happen to (?:you|people)
(?:be careful|watch out) (?:\S+ ){0,3}?(?:at night|out there|walking|on the street|where you go)
sleep with one eye open
i know (?:some )?people (?:in|who|that)
nice (?:little )?(?:shop|store|warehouse|business|place|family|kids|house|home|car) you (?:have|got|\w+ve got)
`;
