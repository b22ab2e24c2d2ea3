import type { ObsceneWord } from './obscene';
import type { Span } from './types';
import { EN_PEOPLE } from './abuse-phrases';
import { unspelled } from './tokens';

/**
 * Whether an obscene word vents the buyer's feeling (emotional too): an interjection, a cry that opens its sentence or
 * stands alone; not a name, not mat asked of or said to the seller (`calledNames`: an insult), not a judgement of the
 * item, not the seller told where to go. Read from the words around it in the flattened text.
 */
export function vents(word: ObsceneWord, flat: string): boolean {
  const { span, nameCalling } = word;
  if (CRY_ONLY.test(lettersOf(flat, span))) return true;
  if (nameCalling || calledThat(span, flat) || askedOfThem(span, flat)) return false;
  if (sharpensAName(span, flat)) return false;
  if (
    !word.interjection &&
    !standsAlone(span, flat) &&
    !opensWithACry(span, flat) &&
    !exclaimedJudgement(span, flat) &&
    !forItsSake(span, flat) &&
    !CRY_LEAD_BEFORE.test(flat.slice(Math.max(0, span.start - 60), span.start))
  )
    return false;
  return (
    !putToTheSeller(span, flat) &&
    !calledAtTheEnd(span, flat) &&
    !judgesTheItem(span, flat) &&
    !SENT_OFF_BEFORE.test(flat.slice(Math.max(0, span.start - 12), span.start))
  );
}

// "WTF" is a cry wherever it stands ("a BMW decal sheet in a Porsche kit — WTF?"): it never names or judges.
const CRY_ONLY = /^wtf$/;

// Mat in a plural verb or adjective asked as a question («вы охуели?», «ваши упаковщики ё6нутые?», translit "ohueli?")
// speaks to the seller's people: it calls them names (an insult, labelled so since round ten), it does not vent the
// buyer's feeling.
const PLURAL_PAST = /(?:ли|лись|ые|ие|ый|ий|li|lis)$/;
const SENTENCE_END = /[.!?\n…]/g;

/** Mat that calls the seller's people names: asked of them («вы охуели?») or said to them («верни деньги, сука»). */
export function calledNames(span: Span, flat: string): boolean {
  return (
    (putToTheSeller(span, flat) && saidToThem(span, flat)) ||
    calledAtTheEnd(span, flat) ||
    calledThat(span, flat) ||
    askedOfThem(span, flat) ||
    calledOutThenAddressed(span, flat)
  );
}

// «Еб@нутые, вы хоть смотрите, что отгружаете?»: a plural adjective called out first, then spoken to; «Блядь, вы …»
// stays a cry.
const OPENS_SENTENCE = /(?:^|[.!?…\n])\s*$/;
const CALLED_THEN_ADDRESSED = /^\s*,\s*(?:вы|ты)(?![а-яё])/;
const PLURAL_ADJECTIVE = /(?:ые|ие)$/;

function calledOutThenAddressed(span: Span, flat: string): boolean {
  return (
    PLURAL_ADJECTIVE.test(lettersOf(flat, span)) &&
    OPENS_SENTENCE.test(flat.slice(Math.max(0, span.start - 3), span.start)) &&
    CALLED_THEN_ADDRESSED.test(flat.slice(span.end, span.end + 8))
  );
}

// «Ты ёбнт?», «Вы там совсем …?»: whatever the word's form, mat right after «ты» or «вы» and asked is what they are
// asked to be.
const ASKED_OF_BEFORE = /(?:^|[^a-zа-яё])(?:вы|ты|vy|ty)(?:\s+(?:там|что|совсем|вообще|реально|же|все))*\s+$/;

function askedOfThem(span: Span, flat: string): boolean {
  return (
    ASKED_OF_BEFORE.test(flat.slice(Math.max(0, span.start - 30), span.start)) &&
    /^\s*\?/.test(flat.slice(span.end, span.end + 3))
  );
}

// «Вы суки», «ты сука», "you bitches": the word is what they are called.
const CALLED_THAT_BEFORE =
  /(?:^|[^a-zа-яё])(?:вы|ты|you|you are|you\Wre|vy|ty|слышь|слышишь|слушай|слушайте|listen|hey|эй)(?:\s+(?:все|там|просто|реально|же|ещё|еще|что|чё|че|all|such|just|are))*,?\s+$/;
// «Продавец, сука, код не работает», "Prodavec, suka, …": set off by commas after the seller is addressed.
const ADDRESSED_BEFORE = /(?:^|[^a-zа-яё])(?:продав[а-яё]*|prodav[a-z]*|seller|магазин|менеджер|manager)\s*,\s*$/;
// «продавец сучара ты ответь», «Курьер ваш — с у к а конченая», «Продавец — с*ка последняя»: the word said of the one
// just named.
const NAMED_JUST_BEFORE =
  /(?:^|[^a-zа-яё])(?:(?:продав[а-яё]*|seller)\s+|(?:курьер|продав|менеджер|упаковщик|сотрудник|оператор)[а-яё]*(?:\s+ваш[а-яё]*)?\s*[—–-]\s*)$/;

// «Суки вы, а не продавцы»: the word, then who is called it.
const CALLED_THAT_AFTER = /^\s+(?:вы|ты)\s*,?\s+а\s+не\s/;

function calledThat(span: Span, flat: string): boolean {
  if (!callable(flat.slice(span.start, span.end))) return false;
  const before = flat.slice(Math.max(0, span.start - 30), span.start);
  return (
    CALLED_THAT_BEFORE.test(before) ||
    CALLED_THAT_AFTER.test(flat.slice(span.end, span.end + 20)) ||
    (ADDRESSED_BEFORE.test(before) && /^\s*,/.test(flat.slice(span.end))) ||
    NAMED_JUST_BEFORE.test(before) ||
    setOffAndAddressed(span, flat, before)
  );
}

// "English, m*therf*cker, do you speak it?": set off by commas in a sentence said to "you", the word calls them that.
const YOU = /(?:^|[^a-zа-яё])(?:вы|ты|вас|тебя|you|your)(?![a-zа-яё])/;

function setOffAndAddressed(span: Span, flat: string, before: string): boolean {
  if (!/,\s*$/.test(before) || !/^\s*,/.test(flat.slice(span.end))) return false;
  const sentence = `${before.split(/[.!?…\n]/).pop()} ${flat.slice(span.end, span.end + 60).split(/[.!?…\n]/)[0]}`;
  return YOU.test(sentence);
}

// A past plural verb asks what they did («охуели?»); an adjective asks it of them only with them named («вы … ё6нутые?»).
const PLURAL_VERB = /(?:ли|лись|li|lis)$/;
const SECOND_PERSON = /(?:^|[^a-zа-яё])(?:вы|ты|ваш[а-яё]*|тво[а-яё]*|vy|ty|vash[a-z]*)(?![a-zа-яё])/;

function saidToThem(span: Span, flat: string): boolean {
  if (PLURAL_VERB.test(lettersOf(flat, span))) return true;
  const sentence =
    flat
      .slice(Math.max(0, span.start - 80), span.start)
      .split(/[.!?…\n]/)
      .pop() ?? '';
  return SECOND_PERSON.test(sentence);
}

// A swear word said to the reader after what they are told to do: «верни деньги, сука», "refund me, bitch".
const CALLABLE = [
  'сука',
  'суки',
  'suka',
  'cyka',
  'сучка',
  'сучки',
  'сучара',
  'тварь',
  'твари',
  'bitch',
  'bitches',
  'motherfucker',
  'motherfuckers',
];
const MASKS = new Set('*#_!@$'.split(''));

/** Whether the word (spaced-out letters joined, a mask standing for one letter: «с*ка») is one of CALLABLE. */
function callable(raw: string): boolean {
  const word = unspelled(raw.replace(/[^a-zа-яё*#_!@$]/g, ''));
  return CALLABLE.some(
    (name) => name.length === word.length && [...name].every((letter, i) => word[i] === letter || MASKS.has(word[i]!)),
  );
}
const TOLD_TO_THE_READER =
  /(?:^|[^a-zа-яё])(?:вы|ты|вас|тебя|вам|тебе|ваш[а-яё]*|тво[а-яё]*|you|your|верни(?:те)?|отдай(?:те)?|пришли(?:те)?|отправь(?:те)?|ответь(?:те)?|дай(?:те)?|сделай(?:те)?|verni(?:te)?|otdai(?:te)?|prishli(?:te)?|refund|give|send|answer)(?![a-zа-яё])/;

function calledAtTheEnd(span: Span, flat: string): boolean {
  if (!callable(flat.slice(span.start, span.end))) return false;
  if (!/^\s*(?:[.!?…\n]|$)/.test(flat.slice(span.end, span.end + 4))) return false;
  const before = flat.slice(Math.max(0, span.start - 80), span.start);
  if (!/,\s*$/.test(before)) return false;
  const sentence = before.split(/[.!?…\n]/).pop() ?? '';
  return TOLD_TO_THE_READER.test(sentence);
}

// «Идите нах со своими 50 рублями»: the seller told where to go, not a cry of feeling.
const SENT_OFF_BEFORE =
  /(?:^|[^a-zа-яё])(?:иди|идите|пошли|пош[её]л|катитесь|валите|go)(?:\s+(?:вы|ты)(?:\s+все)?)?\s+$/;

// An obscene word that is a sentence by itself ("Bullsh!t.", «П1зд3ц просто.») is an exclamation, whatever the word.
const FILLER = /^(?:ну|просто|вообще|полный|полная|полное|какой|какая|just|total|utter|complete|absolute|what|a|oh)$/;

function standsAlone(span: Span, flat: string): boolean {
  const start = Math.max(...['.', '!', '?', '\n'].map((mark) => flat.lastIndexOf(mark, span.start)));
  const end = sentenceEnd(span, flat)?.index ?? flat.length;
  const words = `${flat.slice(start + 1, span.start)} ${flat.slice(span.end, end)}`.match(/[a-zа-яё]+/g) ?? [];
  // «Ну и хуйня.»: «ну и» opens an exclamation as «ну» alone does.
  const rest = words[0] === 'ну' && words[1] === 'и' ? words.slice(2) : words;
  return rest.length <= 1 && rest.every((word) => FILLER.test(word));
}

// Mat as what the item is, in English ("it is s h i t", "a pile of shit") or as a Russian predicate that ends its
// sentence («Качество — пздц.»), judges it; it vents only with an exclamation mark. «Пздц, а не зарядка» and «открыл
// коробку — пи3дец, …» stay exclamations: most hands label them emotional.
const JUDGED_BEFORE =
  /(?:^|[^a-zа-яё])(?:(?:is|are|was|were|it\W?s)(?:\s+(?:total|complete|utter|absolute|pure|real|just))?|(?:a|one|such a) (?:pile|load|piece|heap|bag) of)\s*$/;
const FULL_BEFORE = /[a-zа-яё]\s+[—–]\s*(?:полн[а-яё]*|сплошн[а-яё]*)\s+$/;
const PREDICATE_BEFORE =
  /[a-zа-яё0-9)»"]\s+(?:[—–]|у\s+(?:вас|тебя|них))\s*(?:полн[а-яё]*\s+|просто\s+|сплошн[а-яё]*\s+)?$/;
// «это уже пиzдeц», «Это, извините, бл@дство», «eto pizdec: zakazal …»: a verdict on what came. A bare «Это пиздец.»
// stays the cry most hands label it.
const VERDICT_BEFORE =
  /(?:^|[^a-zа-яё])(?:это|eto),?\s+(?:(?:извините|простите|уж извините|пардон|sorry|прости,? господи|господи,? прости),?\s+|(?:уже|просто|вообще|реально|полн[а-яё]*|сплошн[а-яё]*|uzhe|prosto|voobshe|voobsche|vobshe|realno)\s+)+$/;
// «Зажигалка — говно, кремень выпал»: a thing-word for the item just named, its subject and a dash before it, judges it
// (labelled profanity alone, as "the motor is shit."); «открыл коробку — пи3дец, …» stays a cry.
const THING_VERDICT = /^(?:г[оo]?вн|дерьм|хуйн|херн|shit|crap)/;
const SUBJECT_DASH_BEFORE = /(?:^|[.!?…\n]\s*)(?:[a-zа-яё0-9-]+\s+){0,2}[a-zа-яё0-9-]+\s+[—–]\s*$/;
const BARE_THIS_BEFORE = /(?:^|[^a-zа-яё])(?:это|eto)\s+$/;
// «Верните деньги за этот пиzдец.»: the word, ending its clause, names the item it points at («это пиздец» is "this is",
// above; «этот ебучий пылесос» is an adjective that vents).
const THIS_THING_BEFORE = /(?:^|[^a-zа-яё])(?:этот|эту|этого|этим|этом|такой|такую|такого|this|that)\s+$/;
const SET_AGAINST_AFTER =
  /^\s*(?:(?:просто|какой-то|какая-то|какое-то|полный|полная|полное|натуральный|натуральная)\s*)?,?\s*а не [«"“]?[a-zа-яё]+[^.!?\n]{0,30}?[»"”]?\s*(?:[:;—–]|$)/;
// «Ну это 3,14здец, а не палатка», «Открыл коробку 4 марта — πиздεц, а не торшер»: «ну» or the moment of discovery
// before the word makes the same contrast a cry (labelled emotional since round two).
const CRY_LEAD_BEFORE =
  /(?:(?:^|[^a-zа-яё])(?:ну|nu),?\s+(?:это|eto)\s+|(?:открыл|открыв|распаковал|распаковыв|вскрыл|вскрыв|достал|доста[её]шь|увидел|включил|примерил|opened|unboxed|unpacked)[a-zа-яё]*(?:\s+[^\s—–]+){0,7}\s+[—–]\s*)$/;

// «Sука, чуть квартиру не спалила», «перезаправляла — с у к а, бесполезно», "suka nu skolko mozhno": mat opening its
// sentence or set off by a dash, followed by a comma, "!" or «ну», is a cry.
const CRY_BEFORE = /(?:[.!?…\n]|[—–])\s*$/;
const CRY_AFTER = /^\s*[,!]|^\s+(?:ну|nu)(?![a-zа-яё])/;

function opensWithACry(span: Span, flat: string): boolean {
  const before = flat.slice(Math.max(0, span.start - 4), span.start);
  return (span.start === 0 || CRY_BEFORE.test(before)) && CRY_AFTER.test(flat.slice(span.end, span.end + 4));
}

// "Oh for fuck's sake, again a photo?": the oath is a cry wherever it stands.
const FOR_BEFORE = /(?:^|[^a-z])for\s+$/;
const SAKE_AFTER = /^\W?s?\s+sake(?![a-z])/;

function forItsSake(span: Span, flat: string): boolean {
  return (
    FOR_BEFORE.test(flat.slice(Math.max(0, span.start - 5), span.start)) &&
    SAKE_AFTER.test(flat.slice(span.end, span.end + 8))
  );
}

// "What a load of s h i t!": the judgement cried out.
function exclaimedJudgement(span: Span, flat: string): boolean {
  return (
    sentenceEnd(span, flat)?.[0] === '!' && JUDGED_BEFORE.test(flat.slice(Math.max(0, span.start - 30), span.start))
  );
}

function sentenceEnd(span: Span, flat: string): RegExpExecArray | null {
  SENTENCE_END.lastIndex = span.end;
  const end = SENTENCE_END.exec(flat);
  SENTENCE_END.lastIndex = 0;
  return end;
}

// «Это не чайник, а пиzдец какой-то», «Это не мелочь, это пздц»: the item contrasted with the word; «пи3дец полный»:
// a filler after it.
const CONTRASTED_BEFORE = /(?:^|[^a-zа-яё])не\s+(?:[a-zа-яё0-9]+\s+){0,5}?[a-zа-яё0-9]+,?\s+(?:а|это)\s+$/;
const FILLER_AFTER =
  /^(?:полный|полная|полное|полнейший|полнейшая|какой-то|какая-то|какое-то|просто|натуральный|натуральная|настоящий|настоящая|конкретный|редкостный|редкостная)$/;

// «оxyенный», and the adverb after a verb: «я в нём выгляжу ох*енно» (a masked letter is dropped from the letters).
const AWE_ADJECTIVE = /^[оаo][хx][уy]?[еиe]нн?(?:ый|ая|ое|ые|ого|ой|ую|ым|ых|о)$/;
const JUDGING_FILLER =
  /^\s+(?:полный|полная|полное|полнейший|полнейшая|натуральный|натуральная|настоящий|настоящая|конкретный|редкостный|редкостная)(?![a-zа-яё])/;

// «…х у й н я, простите за прямоту»: an apology after the word leaves the sentence a judgement.
const APOLOGY_AFTER =
  /^\s*,?\s*(?:(?:простите|извините|пардон|excuse|pardon|sorry)(?:\s+(?:за|my|me|for|the|мой|моё|мое)\s+[a-zа-яё]+(?:\s+[a-zа-яё]+)?)?)\s*$/;

// "This is F U C K I N G unbelievable": an -ing word before another intensifies it; it names nothing.
const INTENSIFIER = /(?:ing|in)$/;
// "a bunch of f***ing idiots": the -ing word sharpens a name; mat at people is profanity and an insult (round nine).
// «Ёб@ные раздолбаи», «Кидалы еб@ные»: a mat adjective next to a name or a fraud label sharpens the name (profanity
// and an insult or an accusation, rounds twenty-five to twenty-eight), it does not vent the buyer's feeling.
const RUSSIAN_ADJECTIVE = /(?:ые|ый|ая|ое|ых|ие|ий|ой|ую|ым|ыми)$/;
const RUSSIAN_NAME =
  '(?:раздолба|идиот|дебил|дурак|придур|кретин|урод|мудак|козл|баран|осл[ыао]|клоун|жулик|мошенник|кидал|ворюг|вориш|воровк|вор[ыа]|уебк|твар|сволоч|скотин|имбецил|дегенерат|олен)[а-яё]*';
const RUSSIAN_NAME_AFTER = new RegExp(`^\\s+${RUSSIAN_NAME}(?![а-яё])`);
const RUSSIAN_NAME_BEFORE = new RegExp(`(?:^|[^а-яё])${RUSSIAN_NAME}\\s+$`);

/** An -ing word or a Russian mat adjective that sharpens a name next to it ("f*cking idiots", «ёб@ные раздолбаи»). */
function sharpensAName(span: Span, flat: string): boolean {
  const after = flat.slice(span.end, span.end + 20);
  if (INTENSIFIER.test(lettersOf(flat, span)) && FRAUD_LABEL_AFTER.test(after)) return true;
  return sharpensANameAsAnIntensifier(span, flat);
}

/**
 * Mat that intensifies a name rather than the buyer's feeling: "you f*cking idiots", «ёб@ные раздолбаи», «кидалы
 * еб@ные». The English "you f*cking scammers" stays emotional as an intensifier: four older hands label it so.
 */
export function sharpensANameAsAnIntensifier(span: Span, flat: string): boolean {
  const letters = lettersOf(flat, span);
  if (INTENSIFIER.test(letters) && NAME_AFTER.test(flat.slice(span.end, span.end + 20))) return true;
  if (!RUSSIAN_ADJECTIVE.test(letters)) return false;
  return (
    RUSSIAN_NAME_AFTER.test(flat.slice(span.end, span.end + 24)) ||
    RUSSIAN_NAME_BEFORE.test(flat.slice(Math.max(0, span.start - 24), span.start))
  );
}

// The English names of the insult lexicon ("f-ing wazzocks", "fucking numpties") and a few more.
const NAME_AFTER = new RegExp(
  String.raw`^\s+(?:${EN_PEOPLE}|idiots?|morons?|clowns?|losers?|animals?|monkeys?)(?![a-z])`,
);
const FRAUD_LABEL_AFTER = /^\s+(?:scammers?|thie(?:f|ves)|liars?|crooks?|cheats?)(?![a-z])/;

function judgesTheItem(span: Span, flat: string): boolean {
  // Long enough for «это не водонепроницаемый рюкзак на 30 л, а …».
  const before = flat.slice(Math.max(0, span.start - 60), span.start);
  const end = sentenceEnd(span, flat);
  if (end?.[0] === '!') return false;
  const sentenceRest = flat.slice(span.end, end?.index ?? flat.length);
  if (VERDICT_BEFORE.test(before)) return true;
  if (THING_VERDICT.test(lettersOf(flat, span)) && SUBJECT_DASH_BEFORE.test(before) && !CRY_LEAD_BEFORE.test(before))
    return true;
  if (THIS_THING_BEFORE.test(before) && /^\s*(?:[.,;:]|$)/.test(sentenceRest)) return true;
  // «Сервис у вас, конечно, оxyенный»: the adjective of «охуеть» describes; only a "!" makes it a cry.
  if (AWE_ADJECTIVE.test(lettersOf(flat, span))) return true;
  // «насадка ваша пиздец полный верните деньги», dictated without a stop: a filler right after the word makes it a noun
  // phrase that judges, wherever the sentence goes next.
  if (JUDGING_FILLER.test(sentenceRest)) return true;
  // «eto pizdec: …», «это не мангал, а gbpltw — ножки …»: a colon or a dash right after the word ends the verdict;
  // «Это пи3дец, а не сервис», «Шланг — пздц, а не шланг: …»: so does the thing it is set against.
  const setAgainst = SET_AGAINST_AFTER.test(sentenceRest) && !CRY_LEAD_BEFORE.test(before);
  const endsHere = setAgainst || /^\s*[:;—–]/.test(sentenceRest);
  if (endsHere && (BARE_THIS_BEFORE.test(before) || CONTRASTED_BEFORE.test(before))) return true;
  // «…, п*здец просто, а не кофеварка»: in mid-sentence, after a comma, the contrast is a verdict too.
  if (setAgainst && (PREDICATE_BEFORE.test(before) || /[a-zа-яё0-9],\s*$/.test(before))) return true;
  // A comma after a filler ends the judgement («пи3дец полный, пожарная опасность»), but not one right after the
  // word («открыл коробку — пи3дец, …» is a cry).
  const [head, ...tail] = sentenceRest.split(',');
  const headWords = head!.match(/[a-zа-яё0-9-]+/g) ?? [];
  const rest =
    tail.length > 0 && headWords.length > 0 && headWords.every((word) => FILLER_AFTER.test(word))
      ? head!
      : sentenceRest;
  const after = APOLOGY_AFTER.test(rest) ? [] : (rest.match(/[a-zа-яё0-9-]+/g) ?? []);
  if (INTENSIFIER.test(lettersOf(flat, span)) && after.length > 0) return false;
  const endsSentence = after.every((word) => FILLER_AFTER.test(word));
  return (
    JUDGED_BEFORE.test(before) ||
    FULL_BEFORE.test(before) ||
    (endsSentence && !CRY_LEAD_BEFORE.test(before) && (PREDICATE_BEFORE.test(before) || CONTRASTED_BEFORE.test(before)))
  );
}

/** The word's letters, spaced-out ones («е б а н у л и с ь») joined. */
function lettersOf(flat: string, span: Span): string {
  return flat.slice(span.start, span.end).replace(/[^a-zа-яё]/g, '');
}

function putToTheSeller(span: Span, flat: string): boolean {
  if (!PLURAL_PAST.test(lettersOf(flat, span))) return false;
  return sentenceEnd(span, flat)?.[0] === '?';
}
