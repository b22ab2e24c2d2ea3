import { allMatches, LETTER } from './patterns';
import type { Span } from './types';

/**
 * Reported speech: what someone else wrote, quoted by the buyer as evidence ("продавец ответил: «…»", "the seller
 * replied: "…""), and "назвал меня …" / "called me …". Insults and threats inside it are not the buyer's; mat stays
 * mat (the buyer repeats it), so the caller flags it with advice to describe it instead.
 */
// Single quotes too ('…', ‘…’), told from apostrophes by their place: the opening one follows a space or a colon,
// the closing one is followed by punctuation or a space, and an apostrophe inside a word (don't) does not close it.
const QUOTE =
  /«[^«»\n]{1,300}»|“[^“”\n]{1,300}”|„[^„“”\n]{1,300}[“”]|"[^"\n]{1,300}"|(?<=[\s:(—–-]|^)['‘](?:[^'‘’\n]|['’](?=[a-zа-я])){1,300}['’](?=[\s.,;:!?)—–-]|$)/g;
// A verb or noun of speech (or of print: «на коробке напечатано», "the box says") shortly before the quote, in the same
// sentence.
const SPEECH_BEFORE = new RegExp(
  `(?:предложил|предлагает|offered|offers|написал|ответил|сказал|заявил|пишет|отвечает|говорит|прислал|назвал|обозвал|сообщил|заявляет|ответ|сообщени|фраз|слова|цитирую|цитата|отзыв|review|пригрозил|угрожа|грозит|грозил|threaten|warned|wrote|writes|replied|replies|said|says|saying|told me|answer|answered|responded|messaged|texted|called me|reply|message|response|words|quote|напечатан|написано|значится|надпись|printed|label says|box says)[${LETTER}]*[^.!?\\n]{0,40}$`,
);
// «…, а вы опять «пришлите ещё фото»», "and you again: "…"": the seller's stock answer, quoted back.
const YOU_AGAIN_BEFORE = new RegExp(
  `(?<![${LETTER}])(?:вы|ты|you)\\s+(?:(?:опять|снова|вновь|again|всё|все|только|just|always|keep|still)\\s+){1,2}[,:—–-]?\\s*$`,
);
// An answer of two words or more that ends its clause; «вы опять «случайно» забыли» is sarcasm, not a quote.
const STOCK_ANSWER = /^.[^\s«»“”"]+\s+\S/;
const CLAUSE_END = /^\s*(?:[.!?;,\n]|$)/;
// «Муж сказал: «…». Похоже, он прав.», "… Fair.": words the buyer agrees with right after are the buyer's own again.
const AGREED_AFTER =
  /^[^\n]{0,30}?(?<![a-zа-яё])(?:(?:он|она|они) (?:прав|права|правы)(?![а-яё])|(?:я )?(?:с (?:ним|ней|ними) )?(?:полностью |вполне )?(?<!не )согла(?:сен|сна|сны)(?![а-яё])|так и есть|(?:he|she|they)(?:\W?s| is|\W?re| are) right|i (?:fully |totally )?(?<!not )agree|fair(?: enough)?[.!]|couldn\W?t agree more)/;
// Or right after it: «…», — написал продавец / "…", he wrote.
const SPEECH_AFTER = new RegExp(
  `^[\\s,.—–-]{0,4}(?:написал|ответил|сказал|заявил|пишет|отвечает|говорит|пригрозил|угрожал|he wrote|she wrote|they wrote|wrote|replied|said|the seller|продавец|менеджер|поддержка)`,
);
// A speaker's label before a colon, as in a pasted chat: «Продавец (16.06): …», "Seller [10:42]: …", «Магазин
// «HomeLight» (21.08, 11:03): …», «Мы: …».
const SELLER_LABEL = `(?:продав[${LETTER}]*|курьер|водитель|courier|driver|seller|магазин|store|shop|support|поддержк[${LETTER}]*|менеджер|manager|оператор|operator|agent|service)`;
const BUYER_LABEL = `(?:я|мы|me|we|i|buyer|покупатель|наш ответ|мой ответ|our reply|my reply)`;
const LABEL_TAIL =
  '(?:\\s*(?:«[^»\\n]{1,30}»|"[^"\\n]{1,30}"|“[^”\\n]{1,30}”))?(?:\\s*(?:\\([^)\\n]{0,25}\\)|\\[[^\\]\\n]{0,25}\\]))?\\s*:';
const SELLER_SAID_BEFORE = new RegExp(`${SELLER_LABEL}${LABEL_TAIL}\\s*$`);
const SPEAKER_LINE = new RegExp(`(?:^|\\n)[ \\t]*(?:(${SELLER_LABEL})|${BUYER_LABEL})${LABEL_TAIL}[^\\n]*`, 'g');
// "…, and I quote, stop bothering us you stupid old woman.", «цитирую: …»: a dictated quote without marks runs to the
// end of its sentence. A bare "quote" needs its comma or colon: "a quote of 350 UAH" is a price.
const QUOTED_WITHOUT_MARKS = new RegExp(
  `(?<![${LETTER}])(?:(?:and )?i quote(?![${LETTER}])\\s*[,:—–-]?|(?:quote|дословно)\\s*[,:—–-]|цитирую(?![${LETTER}])\\s*[,:—–-]?)\\s*([^«“„"'‘\\s][^.!?\\n]*)`,
  'g',
);
// «Папа просил передать дословно: …», "she asked me to pass this on, quote: …": a message delivered to the seller is
// the writer's to send, not evidence of what was said to them.
const PASSED_ON_BEFORE =
  /(?:передать|переда[юём]|передам|pass (?:it |this )?on|passing (?:it |this )?on|tell you)[^.!?\n]{0,12}$/;
const CALLED_ME = new RegExp(
  `(?<![${LETTER}])(?:назвал|обозвал)[${LETTER}]* (?:меня|нас|мою [${LETTER}]+|моего [${LETTER}]+) [${LETTER}]+(?: [${LETTER}]+)?|(?<![${LETTER}])called (?:me|us) (?:an? )?[${LETTER}]+`,
  'g',
);

// The buyer's own earlier words, taken back: "I'm sorry I called your staff 'brain-dead', I take it back", «Прошу
// прощения за вчерашнее сообщение, где я назвала вас мошенниками, — беру эти слова обратно», "My first message accused
// you of … I withdraw that." The apology, or the sentence after it, must say the words are taken back.
const TAKEN_BACK =
  /(?<![a-zа-яё])(?:беру (?:эти |свои |те |мои )?слова (?:назад|обратно)|(?:take|took|taking) (?:it|that|those words|them|this|that remark) back|withdraw (?:that|it|the accusation|my words|the remark|what i said)|(?:that|it) was (?:out of line|uncalled for|unfair|childish|rude|wrong of me))/;
// Regret alone («мне стыдно», "sorry") takes words back only beside the buyer's own words.
const REGRET = /стыдно|неправ|погорячил|sorry|apologi|прошу прощения|извините|простите|извиняюсь|извинени/;
const OWN_WORDS =
  /called|calling|accus|назвал|обозвал|обвин|my (?:message|words|tone|language)|мо[её] (?:сообщени|слова)|сво[её] (?:вчерашн|сообщени|слова)|вчерашн\S* (?:сообщени|слова)|перечитал/;
// What the buyer said then: the words after "called"/«назвала», or "accused you of …", up to the clause's end.
const SAID_THEN = new RegExp(
  `(?<![${LETTER}])(?:called|calling|accused|accusing|назвал|обозвал|обвинил|обвиняя)[${LETTER}]*[^.!?\\n;—–]*?(?=\\s(?:and that|and it|but|но|а|и это)(?![${LETTER}])|\\s*[.!?\\n;—–]|$)`,
  'g',
);
const SENTENCES = /[^.!?\n]+[.!?\n]*/g;

function takenBack(flat: string): Span[] {
  const spans: Span[] = [];
  const sentences = allMatches(SENTENCES, flat);
  sentences.forEach((sentence, index) => {
    // This sentence and the one before it, read as one: a quote ending in "?" splits them.
    const start = (sentences[index - 1] ?? sentence).index;
    const region = flat.slice(start, sentence.index + sentence[0].length);
    if (!TAKEN_BACK.test(sentence[0]) && !(REGRET.test(sentence[0]) && OWN_WORDS.test(region))) return;
    for (const match of [...allMatches(SAID_THEN, region), ...allMatches(QUOTE, region)])
      spans.push({ start: start + match.index, end: start + match.index + match[0].length });
  });
  return spans;
}

export function reportedSpans(flat: string): Span[] {
  const spans: Span[] = [];
  if (
    /sorry|apologi|withdraw|back|out of line|uncalled|unfair|childish|wrong of me|прощени|извин|простите|стыдно|неправ|погорячил/.test(
      flat,
    )
  )
    spans.push(...takenBack(flat));
  if (/[«“„"'‘]/.test(flat)) {
    for (const match of allMatches(QUOTE, flat)) {
      const start = match.index;
      const end = start + match[0].length;
      // A quote set on the line after its "word for word:" still follows it, and an initial («Ольги К.») ends no
      // sentence.
      const before = flat
        .slice(Math.max(0, start - 80), start)
        .replace(/[:,]\s*\n\s*$/, ': ')
        .replace(/(?<=\s[a-zа-яё])\./g, ' ');
      if (
        (SPEECH_BEFORE.test(before) ||
          SELLER_SAID_BEFORE.test(before) ||
          (YOU_AGAIN_BEFORE.test(before) && STOCK_ANSWER.test(match[0]) && CLAUSE_END.test(flat.slice(end, end + 3))) ||
          SPEECH_AFTER.test(flat.slice(end, end + 30))) &&
        !AGREED_AFTER.test(flat.slice(end, end + 60))
      )
        spans.push({ start, end });
    }
  }
  if (flat.includes(':')) spans.push(...sellerChatLines(flat));
  if (/quote|цитирую|дословно/.test(flat)) {
    for (const match of allMatches(QUOTED_WITHOUT_MARKS, flat)) {
      if (PASSED_ON_BEFORE.test(flat.slice(Math.max(0, match.index - 40), match.index))) continue;
      spans.push({ start: match.index + match[0].length - match[1]!.length, end: match.index + match[0].length });
    }
  }
  if (/назвал|обозвал|called/.test(flat)) {
    for (const match of allMatches(CALLED_ME, flat))
      spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/**
 * A pasted chat (two lines or more opened by a speaker's label): the seller's lines are what the seller wrote. One
 * line alone may be the buyer addressing the seller («Продавец: вы прислали не тот размер»).
 */
function sellerChatLines(flat: string): Span[] {
  const lines = allMatches(SPEAKER_LINE, flat);
  if (lines.length < 2) return [];
  return lines
    .filter((line) => line[1] !== undefined)
    .map((line) => ({ start: line.index + line[0].indexOf(':') + 1, end: line.index + line[0].length }));
}

/**
 * Every quote of two words or more, whoever wrote it: a carrier's status («Возврат отправителю»), the listing, the
 * seller. A request is the buyer's own words, so these are left out when the request is read.
 */
export function quotedPhrases(flat: string): Span[] {
  if (!/[«“„"'‘]/.test(flat)) return [];
  return allMatches(QUOTE, flat)
    .filter((match) => /\S\s+\S/.test(match[0]))
    .map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

export function inside(span: Span, spans: readonly Span[]): boolean {
  return spans.some((outer) => span.start >= outer.start && span.end <= outer.end);
}
