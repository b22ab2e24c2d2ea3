import { spansOf } from './patterns';
import type { Span } from './types';

/** A middle finger (any skin tone) is an obscene gesture: profanity, as the word would be. */
const OBSCENE_GESTURE = /\u{1F595}[\u{1F3FB}-\u{1F3FF}]?/gu;
// A clown, a sheep, a monkey, a pig, a rat: names when aimed at the seller's people («Продавец, вы 🐑», «Упаковщикам
// 🐒🐒 привет»); "the size chart is a joke 🤡" laughs at a thing.
const CALLING_EMOJI = /[\u{1F921}\u{1F411}\u{1F412}\u{1F435}\u{1F437}\u{1F416}\u{1F40F}\u{1F400}\u{1F401}\u{1F98D}]+/gu;
const AIMED =
  /(?:^|[^a-zа-яё])(?:вы|ты|вам|тебе|уважаем[а-яё]*|дорог(?:ой|ая|ие)|dear|вас|тебя|ваш[а-яё]*|тво[а-яё]*|продав[а-яё]*|упаковщ[а-яё]*|менеджер[а-яё]*|сотрудник[а-яё]*|склад[а-яё]*|курьер[а-яё]*|поддержк[а-яё]*|контрол[а-яё]*|отдел[а-яё]*|сборщик[а-яё]*|кладовщик[а-яё]*|инженер[а-яё]*|служб[а-яё]*|quality|qc|you|your|seller|staff|packers?|team|geniuses|warehouse|courier|support|customer)(?![a-zа-яё])/;
const CLAUSE_END = /[.!?\n]/;

export function obsceneGestures(text: string): Span[] {
  return spansOf(OBSCENE_GESTURE, text);
}

export function emojiNames(text: string): Span[] {
  return spansOf(CALLING_EMOJI, text).filter((span) => {
    const clauses = text.slice(Math.max(0, span.start - 80), span.start).split(CLAUSE_END);
    // An emoji that follows its sentence's end answers that sentence: "Quality control on holiday again? 🐒".
    let before = clauses.pop() ?? '';
    if (before.trim() === '') before = clauses.pop() ?? '';
    const after = text.slice(span.end, span.end + 80).split(CLAUSE_END)[0] ?? '';
    return AIMED.test(`${before} ${after}`.toLowerCase());
  });
}
