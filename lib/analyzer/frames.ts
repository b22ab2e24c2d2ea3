import { CONCRETE_PROBLEM } from './content-phrases';
import { spansOf, wordPattern } from './patterns';
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
 *   place catching fire; none of them count in a sentence that names a lawful step or the return of the item.
 */

// Words that make a sentence about the reader: pronouns, possessives and the seller's staff.
const READER = wordPattern`
вы
вам
вас
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
figure (?:it |this )?out
comprehend~
explain~
spell~
type
write
repeat~
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
(?:simple|easy) words
`;

// Too hard for the reader: the difficulty frame, in either order around "for you", with an ironic hedge or a text.
const TOO_HARD = wordPattern`
(?:слишком|чересчур|непосильн~|видимо|наверное|похоже|явно) (?:\S+ ){0,2}?(?:сложн|длинн|трудн|заумн|мудрен)~ (?:\S+ ){0,2}?для (?:вас|тебя|ваш~|твоих)
для (?:вас|тебя|ваш~|твоих) (?:\S+ ){0,3}?(?:слишком|чересчур) (?:сложн|длинн|трудн|заумн|мудрен)~
(?:too|so) (?:advanced|complicated|hard|difficult|complex|long|much|technical) for (?:you|your)
(?:is|are|seems|seem) (?:\S+ )?beyond (?:you|your (?:\w+ )?(?!control|power|capacity|responsibility|scope|means)\w+)
`;

// Purpose clauses that doubt the reader: "чтобы даже вы поняли", "so even your team can follow", "чтоб не запутались".
const PURPOSE = wordPattern`
(?:чтобы|чтоб) (?:даже|хоть|наконец) (?:\S+ ){0,3}?(?:понял~|поняли|поймет~|поймут|дошло|разобрал~|осилил~)
(?:чтобы|чтоб) (?:\S+ ){0,3}?(?:вы|ты|ваш~|твой~) (?:\S+ )?не (?:запута|растеря|перегре|утоми|заблуди)~
(?:so|so that) even (?:you|your) (?:\S+ ){0,2}?(?:can|could|will|might|would) (?:\S+ )?(?:understand|follow|get it|keep up|grasp)
(?:хоть так|может|авось|глядишь|наконец|теперь-то|с \w+ раза),? (?:\S+ ){0,4}?до (?:вас|тебя|ваш~) (?:\S+ )?(?:дойд|дошл|доход)~
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
kudos
`;
const CONTRAST = wordPattern`
но
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
`;

// Name-calling by its grammar, whatever the word: "you bunch of galoots", "you lazy lot", "only a total nong would".
const NAME_CALLING = wordPattern`
you (?:\w+ ){0,2}?(?:bunch|pack|load|shower|herd|gang|band|troop|collection) of \w+
you (?!lovely|kind|nice|good|great|helpful|wonderful|lucky|brilliant)\w+ (?:\w+ )?lot
(?:you|only|even) (?:an? )?(?:total|complete|absolute|utter|proper|prize|right|real|bloody) (?!refund|amount|price|waste|mess|joke|disaster|nightmare|shambles|failure|sum|cost|loss|lack|number|time)\w+ (?:would|could|will|can|is|are|,)
(?:you\W?re|you are|what|such) an? (?:total|complete|absolute|utter|proper|prize) (?!refund|amount|price|waste|mess|joke|disaster|nightmare|shambles|failure|sum|cost|loss|lack|number|time|scam|rip.off)\w+
(?:ну и|какие же|какие|вот же|что за|одни|сплошные) (?!цены|сроки|порядки|правила|условия|товары|отзывы|ответы|вещи|дела|новости|люди)\w+ у (?:вас|тебя) (?:\S+ ){0,2}?(?:работают|сидят|трудятся|на складе|в поддержке|в магазине|в отделе|на упаковке)
у (?:вас|тебя) (?:\S+ ){0,2}?(?:работают|сидят|трудятся) (?:одни|сплошные|какие-то|какие) \w+
`;
// A sentence-initial plural noun called out before a second-person clause: "Охламоны, вы …", "Лоботрясы, месяц не можете".
const VOCATIVE_PLURAL =
  /(?:^|(?<=[.!?]\s{1,3}))([а-я]{4,}(?:ы|[кхгшжчщ]и)),\s+(?!котор|что|где|когда|как|и\s|а\s|но\s)(?=(?:\S+\s+){0,4}?(?:вы|ты|вам|вас|ваш[а-я]*|[а-я]+(?:ете|ите|ешь)|[а-я]+ли)(?![а-я]))/g;
const NEUTRAL_ADDRESS = new Set([
  'увы',
  'кстати',
  'коллеги',
  'продавцы',
  'сотрудники',
  'менеджеры',
  'покупатели',
  'товарищи',
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
вычислил~
нарыл~
раздобыл~
в курсе
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
const PRIVATE_LIFE = wordPattern`
машин(?:а|у|ы|е|ой)
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
мужа
семь(?:я|и|ю|ей)
родител~
школ(?:а|у|е|ы)
садик~
car
licen[cs]e plates?
number plates?
surname
last name
full name
passport
home
house
flat
apartment
neighbou?rs?
daughter\W?s?
sons?\W?s?
kids\W?
children\W?s?
wife\W?s?
husband\W?s?
family
parents
school
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
// Exposure: the private data, and an audience or channel for it.
const EXPOSURE = wordPattern`
(?:все|весь|всем|everyone|everybody|all) (?:\S+ ){0,3}?(?:сосед|коллег|город|район|знакомы|покупател|neighbou?r|colleague|town|city|buyers|customers)~ (?:\S+ ){0,3}?(?:узна|увид|learn|see|find out|know)~
(?:узна|увид|learn|see|find out)~ (?:\S+ ){0,3}?(?:все|весь|всем|everyone|everybody|all) (?:\S+ ){0,3}?(?:сосед|коллег|город|район|знакомы|покупател|neighbou?r|colleague|town|city|buyers|customers)~
(?:узнают|узнает|увидят|увидит|will learn|will see|will find out|going to learn|going to see|going to find out) (?:\S+ ){0,4}?(?:кто (?:вы|ты)|где (?:вы|ты) жив|who you are|where you live)~
(?:разошлю|выложу|опублику|солью|выкладу|распространю|размещу|раскидаю|post|publish|share|leak|expose|spread|plaster)~ (?:\S+ ){0,6}?(?:фио|фамили|паспорт|домашн|facebook|instagram|home address|wife|husband|kids|children|family)~
`;
// Visits: someone coming to the seller, or "persuading" in person.
const VISIT = wordPattern`
(?:к вам|к тебе) (?:\S+ ){0,3}?(?:постуч|придут|прид[её]т|приед|заглян|загляд|наведа|навест|нагрян|зайд|заед)~
(?:постуч|придут|прид[её]т|приед|заглян|загляд|наведа|навест|нагрян|зайд|заед)~ (?:\S+ ){0,3}?(?:к вам|к тебе)
(?:knock|visit|call|drop|stop|show|pop|come|turn)\w* (?:\S+ ){0,3}?(?:your (?:door|home|house|flat|office|shop|store|warehouse|place|family)|you (?:at home|in person|one (?:day|evening|night)))
(?:pay|paying) you (?:\S+ )?(?:a )?(?:\w+ )?visit
(?:убежд|уговарива|решать вопросы|решают вопросы|persuad|convinc|sort(?:ing)? (?:people|things) out|talk sense)~ (?:\S+ ){0,3}?(?:лично|по-своему|по-другому|по-мужски|без слов|in person|face to face|the old way|their own way|other ways)
`;
// Polite menace: "it would be a pity if …", care for the seller's health or family, the seller's kind of place burning.
const PITY_IF = wordPattern`
(?:жаль|печально|грустно|обидно|жалко|pity|shame|sad|unfortunate|terrible|awful)~,? (?:\S+ ){0,2}?(?:если|коли|когда|if|for|should)
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
`;
const CARE = wordPattern`
(?:на вашем месте|на твоем месте) (?:\S+ ){0,3}?(?:поберег|подумал|позаботил|берег)~ (?:\S+ ){0,3}?(?:здоровь|близк|семь|дет|родн)~
(?:поберегите|берегите|позаботьтесь о|подумайте о) (?:\S+ ){0,2}?(?:здоровь|близк|семь|дет|родн)~
(?:look after|take care of|think of|think about|watch out for|keep) (?:yourself and )?(?:your|their) (?:loved ones|famil|kids|children|health|wife|husband)~
(?:keep|kept) (?:\S+ ){0,2}?famil~ (?:\S+ ){0,2}?(?:out of trouble|safe)
(?:смотрите|оглядывайтесь|поглядывайте) (?:\S+ ){0,2}?(?:по сторонам|через плечо|за спину)
look over your shoulder
(?:посмотрим|поглядим|увидим),? как (?:вы|ты) (?:запоете|запоешь|заговорите|заговоришь)
(?:warehouses|shops|stores|sellers|businesses|склады|магазины|продавцы) (?:\S+ ){0,2}?(?:catch fire|burn down|burn|get hurt|have accidents|горят|сгорают|страдают) (?:\S+ ){0,3}?(?:all the time|often|sometimes|every day|постоянно|бывает|часто|иногда)
(?:short fuse|long memory|вспыльчив~)
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
pick (?:it |them )?up
picked up
collect~
`;

interface Sentence extends Span {
  text: string;
}

function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const pattern = /[^.!?\n]+[.!?\n]*/g;
  for (const match of text.matchAll(pattern)) {
    sentences.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return sentences;
}

const has = (pattern: RegExp, text: string) => spansOf(pattern, text).length > 0;
const shift = (spans: Span[], by: number) => spans.map((span) => ({ start: span.start + by, end: span.end + by }));
/** One span from the first part of a frame to its last, so the highlight covers the words that make it. */
const cover = (parts: Span[], by: number): Span[] =>
  parts.length === 0
    ? []
    : [
        {
          start: by + Math.min(...parts.map((span) => span.start)),
          end: by + Math.max(...parts.map((span) => span.end)),
        },
      ];

/** Condescension, sarcasm and name-calling by grammar. `text` is the flattened, lower-case text (same offsets). */
export function framedInsults(text: string, flat: string): Span[] {
  const found: Span[] = [];
  for (const match of flat.matchAll(VOCATIVE_PLURAL)) {
    if (!NEUTRAL_ADDRESS.has(match[1]!)) found.push({ start: match.index, end: match.index + match[1]!.length });
  }
  const sentences = sentencesOf(text);
  sentences.forEach((sentence, index) => {
    const { text: words, start } = sentence;
    const belittling = spansOf(BELITTLING, words);
    if (belittling.length > 0 && (has(READER, words) || has(MINDWORK, words))) found.push(...shift(belittling, start));
    const slowly = spansOf(SLOWLY, words);
    if (slowly.length > 0 && has(MINDWORK, words)) found.push(...shift(slowly, start));
    found.push(
      ...shift(spansOf(TOO_HARD, words), start),
      ...shift(spansOf(PURPOSE, words), start),
      ...shift(spansOf(CANNOT_READ, words), start),
      ...shift(spansOf(NAME_CALLING, words), start),
    );
    for (const praise of spansOf(PRAISE, words)) {
      // The praised failure follows in the same sentence or the next one, with no "but" between.
      const after = words.slice(praise.end) + (sentences[index + 1]?.text ?? '');
      const failure = Math.min(...[CONCRETE_PROBLEM, FAILURE].map((pattern) => firstAt(pattern, after)));
      const contrast = firstAt(CONTRAST, after);
      if (failure < Infinity && contrast > failure)
        found.push({ start: start + praise.start, end: start + praise.end });
    }
  });
  return found;
}

/** Veiled threats, doxxing and polite menace. `text` is the flattened, lower-case text (same offsets). */
export function framedThreats(text: string): Span[] {
  const found: Span[] = [];
  for (const { text: words, start } of sentencesOf(text)) {
    if (has(LAWFUL, words)) continue;
    const knowing = spansOf(KNOWING, words);
    if (knowing.length > 0 && has(SECOND_PERSON, words)) {
      const others = spansOf(PRIVATE_LIFE, words).filter((span) => !ownedByBuyer(words, span));
      if (others.length > 0) found.push(...cover([knowing[0]!, ...others], start));
    }
    found.push(...shift(spansOf(EXPOSURE, words), start), ...shift(spansOf(VISIT, words), start));
    found.push(...shift(spansOf(CARE, words), start));
    const pity = spansOf(PITY_IF, words);
    const harm = spansOf(HARM, words);
    if (pity.length > 0 && harm.length > 0) found.push(...cover([pity[0]!, harm[harm.length - 1]!], start));
  }
  return found;
}

/** "моя дочь", "my husband": one of the two words before the noun is the buyer's possessive. */
function ownedByBuyer(words: string, span: Span): boolean {
  const before = words
    .slice(Math.max(0, span.start - 24), span.start)
    .split(/\s+/)
    .slice(-3)
    .join(' ');
  return has(OWN, before);
}

function firstAt(pattern: RegExp, text: string): number {
  const spans = spansOf(pattern, text);
  return spans.length > 0 ? spans[0]!.start : Infinity;
}
