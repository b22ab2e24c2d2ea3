/**
 * Writes lib/analyzer/confusables.ts from the Unicode confusables data shipped by `unhomoglyph` (a dev dependency,
 * MIT; its data.json is generated from Unicode's confusables.txt, Unicode licence) and the NFKC compatibility folding
 * built into the JavaScript engine:
 * for every character that Unicode lists as looking like one of our Cyrillic or Latin letters, the letter it imitates.
 * Run with `npx tsx tests/analyzer/tools/generate-confusables.ts`, then `npx prettier --write lib/analyzer`.
 *
 * Only characters of one UTF-16 unit are kept, so that the analyzer's flattened text keeps its offsets, and only
 * letters of other scripts (Greek, Armenian, Cherokee, Latin and Cyrillic variants…): ASCII and our own alphabets
 * are handled by flatten.ts itself.
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const data = require('unhomoglyph/data.json') as Record<string, string>;

const CYRILLIC = [...'абвгдежзийклмнопрстуфхцчшщъыьэюя'];
const LATIN = [...'abcdefghijklmnopqrstuvwxyz'];
const OURS = /^[\u0020-\u007f\u0400-\u045f]$/u;

/**
 * The prototype Unicode maps a character to ("skeleton" of one character); itself when it is not listed. A prototype
 * that is a letter with marks under or over it ("ƒ" is "f" with a comma below) counts as the bare letter.
 */
function prototype(char: string): string {
  const listed = data[char];
  if (listed === undefined) return char;
  const bare = listed.normalize('NFD').replace(/\p{M}/gu, '');
  return [...listed].length > 1 && bare.length === 1 ? bare : listed;
}

/** Each prototype of a letter of ours, lower case first, so "η" (prototype of "Η" is "H") finds "н" through "Н". */
function targetsOf(alphabet: string[]): Map<string, string> {
  const byPrototype = new Map<string, string>();
  for (const pass of [(c: string) => c, (c: string) => c.toUpperCase()]) {
    for (const letter of alphabet) {
      const key = prototype(pass(letter));
      if (!byPrototype.has(key)) byPrototype.set(key, letter);
    }
  }
  return byPrototype;
}

/** The letter of ours a character stands for, through its own prototype or its capital's; `which` = 1 gives the
 * second such letter when there are two ("γ" is у through its prototype "y", and г through "Γ"). */
function tableFor(alphabet: string[], which = 0): Record<string, string> {
  const targets = targetsOf(alphabet);
  const table: Record<string, string> = {};
  const candidates = new Set([...Object.keys(data), ...Object.values(data)].filter((c) => c.length === 1));
  for (const char of [...candidates].sort()) {
    if (OURS.test(char) || !/\p{L}/u.test(char)) continue;
    const lower = char.toLowerCase();
    if (lower.length !== 1) continue;
    const hits = [prototype(lower), prototype(char), prototype(char.toUpperCase())]
      .map((key) => targets.get(key))
      .filter((hit): hit is string => hit !== undefined);
    const hit = [...new Set(hits)][which];
    if (hit) table[lower] = hit;
  }
  return table;
}

/**
 * Compatibility forms that Unicode's NFKC normalisation folds into one of our letters (fullwidth "ｆ", circled "ⓕ",
 * modifier "ᶠ"): confusables.txt leaves many of them out because they are variants rather than look-alikes, but they
 * are used the same way to dodge a filter. Added only where the confusables data gives no reading.
 */
function addCompatibilityForms(table: Record<string, string>, alphabet: string[]) {
  const ours = new Set(alphabet);
  for (let code = 0x80; code <= 0xffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const char = String.fromCharCode(code);
    if (OURS.test(char) || !/\p{L}|\p{So}/u.test(char)) continue;
    const lower = char.toLowerCase();
    if (lower.length !== 1 || table[lower]) continue;
    const folded = char.normalize('NFKC').toLowerCase();
    if (ours.has(folded)) table[lower] = folded;
  }
}

/**
 * Look-alikes that buyers use to dodge a filter but that confusables.txt does not list (it lists only what renders
 * alike in most fonts): Greek "δ" for the handwritten "б" («ёδнутые»), Armenian "լ" for "l" ("bլyat"). Added only
 * where the data gives no reading; keep this list to letters seen in real texts.
 */
const UNLISTED: readonly (readonly [string, 'cyrillic' | 'latin', string])[] = [
  ['δ', 'cyrillic', 'б'],
  ['լ', 'latin', 'l'],
];

const toCyrillic = tableFor(CYRILLIC);
const toLatin = tableFor(LATIN);
addCompatibilityForms(toCyrillic, CYRILLIC);
addCompatibilityForms(toLatin, LATIN);
for (const [char, alphabet, letter] of UNLISTED) {
  const table = alphabet === 'cyrillic' ? toCyrillic : toLatin;
  table[char] ??= letter;
}
const toCyrillicAlt = tableFor(CYRILLIC, 1);

/**
 * ASCII letters and digits that Unicode lists as look-alikes of a Cyrillic letter or its capital ("r" of "г", "6" of
 * "б", "3" of "З"), lower case, the first letter in alphabet order when there are two ("b": "В" before "Ь").
 */
function asciiAsCyrillic(): Record<string, string> {
  const table: Record<string, string> = {};
  for (const pass of [(c: string) => c, (c: string) => c.toUpperCase()]) {
    for (const letter of CYRILLIC) {
      // Listed prototypes only: "Б" is "b" with a bar, which would take "b" from "В".
      const key = (data[pass(letter)] ?? '').toLowerCase();
      if (/^[a-z0-9]$/.test(key) && !table[key]) table[key] = letter;
    }
  }
  return table;
}
const asciiToCyrillic = asciiAsCyrillic();
const keys = [...new Set([...Object.keys(toCyrillic), ...Object.keys(toLatin)])].sort();
const line = (table: Record<string, string>) =>
  keys
    .filter((key) => table[key])
    .map((key) => `${key}${table[key]}`)
    .join('');

const out = `// Generated by tests/analyzer/tools/generate-confusables.ts from the Unicode confusables data (package unhomoglyph).
// Do not edit by hand.

/** Pairs "look-alike, Cyrillic letter it imitates", one UTF-16 unit each, lower case. */
export const TO_CYRILLIC = ${JSON.stringify(line(toCyrillic))};
/** Pairs "look-alike, second Cyrillic letter it may imitate" (Greek "γ" is у, but also г), for a second reading. */
export const TO_CYRILLIC_ALT = ${JSON.stringify(line(toCyrillicAlt))};
/** Pairs "look-alike, Latin letter it imitates", one UTF-16 unit each, lower case. */
export const TO_LATIN = ${JSON.stringify(line(toLatin))};
/** Pairs "ASCII letter or digit, Cyrillic letter it looks like" ("r" and "г", "6" and "б"), lower case. */
export const ASCII_TO_CYRILLIC = ${JSON.stringify(
  Object.keys(asciiToCyrillic)
    .sort()
    .map((key) => `${key}${asciiToCyrillic[key]}`)
    .join(''),
)};
`;
writeFileSync(new URL('../../../lib/analyzer/confusables.ts', import.meta.url), out);
console.log(
  `${Object.keys(toCyrillic).length} to Cyrillic, ${Object.keys(toLatin).length} to Latin, ${out.length} bytes`,
);
