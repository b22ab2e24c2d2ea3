import type { Span } from './types';

/**
 * Letters of the flattened (lower-case) text. `\p{L}` would be exact, but every use of it inlines the whole Unicode
 * letter table, which makes V8 fall back to its slow regexp interpreter for alternations this large.
 */
export const LETTER = 'a-zа-яёіїєґ';

/**
 * A tag for lexicons: one alternative per line, written as a raw regular expression, matched as a whole word.
 * `\b` is ASCII-only in JavaScript, so word edges are lookarounds on letters and digits. Shorthands keep the
 * lexicons short: a space stands for any run of white space (the caller turns a comma before a space into a space,
 * so "верните, пожалуйста, деньги" reads as one phrase), a space before "?" for at most one ("65 ?%": until
 * 2026-12-05 it read as "at least one", so "65%" was missed), and `~` for "any word ending", so a stem such as
 * `царапин~` works for Cyrillic too; `\w` stands for one letter of any of our alphabets. Words between the parts of a
 * phrase are written `&` (at most one word) and `&3` (at most three, fewest first): the lexicons hold about 800 of them,
 * and spelled out they cost the worker's bundle 7 KB. A lookbehind goes after an alternative's first letters
 * (`ужас(?<!фильм\S* ужас)~`), never before them: before them it is tried at every position of the text (one such
 * alternative in the seller's-offer pattern cost 0.08 ms of every check in round thirty-six).
 */
export function wordPattern(lines: TemplateStringsArray, ...parts: string[]): Lexicon {
  return new Lexicon(() =>
    String.raw({ raw: lines.raw }, ...parts)
      .split('\n')
      .filter((line) => line !== '')
      .join('|')
      .replace(/&(\d+)/g, '(?:\\S+ ){0,$1}?')
      .replaceAll('&', '(?:\\S+ )?')
      .replaceAll(' ?', '\\s?')
      .replaceAll(' ', '\\s+')
      .replaceAll('~', `[${LETTER}]*`)
      .replaceAll('\\w', `[${LETTER}]`),
  );
}

const EDGE_BEFORE = `(?<![${LETTER}0-9])`;
const EDGE_AFTER = `(?![${LETTER}0-9])`;

/** Past this much source V8 stops optimising a pattern, and a scan of 2,000 characters takes ten to twenty times longer. */
export const V8_OPTIMISED_SOURCE = 20 * 1024;

/** Every lexicon and scan made, so that a test can hold each under `V8_OPTIMISED_SOURCE`. */
export const LAZY_PATTERNS: LazyPattern[] = [];

/** A pattern built on its first use, and compiled at once for the kind of text it first scans (`compileAtOnce`). */
abstract class LazyPattern {
  #pattern: RegExp | undefined;
  #compiled = false;

  constructor() {
    LAZY_PATTERNS.push(this);
  }

  protected abstract source(): string;

  get pattern(): RegExp {
    return (this.#pattern ??= new RegExp(this.source(), 'g'));
  }

  /** The pattern, ready to scan `text`. */
  patternFor(text: string): RegExp {
    const pattern = this.pattern;
    if (!this.#compiled) {
      this.#compiled = true;
      compileAtOnce(pattern, text);
    }
    return pattern;
  }
}

/**
 * A lexicon of whole words, built on its first use rather than when the worker starts: the analyzer's lexicons come to
 * about 300,000 characters of patterns, and building them cost every start of the worker (a reminder's alarm, the
 * popup) about 20 ms whether or not anything was checked.
 */
export class Lexicon extends LazyPattern {
  #body: string | undefined;

  constructor(private readonly build: () => string) {
    super();
  }

  /** The alternatives, without the word edges. */
  get body(): string {
    return (this.#body ??= this.build());
  }

  protected source(): string {
    return `${EDGE_BEFORE}(?:${this.body})${EDGE_AFTER}`;
  }
}

/** Several lexicons scanned as one pattern, built on first use; `spansByLexicon` splits what it finds back by lexicon. */
export class LexiconScan<Parts extends readonly Lexicon[]> extends LazyPattern {
  /**
   * Several lexicons in one pattern, so the text is scanned once instead of once per lexicon (most of a scan's cost
   * is trying every position). Group `i + 1` of a match tells which lexicon matched; where two match at the same
   * place, the earlier one in the list wins.
   */
  constructor(readonly parts: Parts) {
    super();
  }

  protected source(): string {
    return `${EDGE_BEFORE}(?:${this.parts.map((part) => `(${part.body})`).join('|')})${EDGE_AFTER}`;
  }
}

export function oneOf<const Parts extends readonly Lexicon[]>(parts: Parts): LexiconScan<Parts> {
  return new LexiconScan(parts);
}

/** A pattern, or a lexicon (or several) whose pattern is built on first use. */
export type Scannable = RegExp | LazyPattern;

const patternOf = (scannable: Scannable, text: string): RegExp =>
  scannable instanceof RegExp ? scannable : scannable.patternFor(text);

/**
 * Every match of a global pattern, like `matchAll`. `matchAll` copies the pattern on each call, and for our large
 * lexicons that copy cost more than the scan itself; this runs the pattern in place and leaves its `lastIndex` at
 * zero.
 */
export function allMatches(scannable: Scannable, text: string): RegExpExecArray[] {
  const pattern = patternOf(scannable, text);
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.push(match);
    if (match[0].length === 0) pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode);
  }
  pattern.lastIndex = 0;
  return found;
}

/** After an empty match, step over one character (a whole surrogate pair in unicode mode), as `matchAll` does. */
function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff ? index + 2 : index + 1;
}

/** The spans of each lexicon of a scan, in the order `oneOf` was given them. */
export function spansByLexicon<Parts extends readonly Lexicon[]>(
  scan: LexiconScan<Parts>,
  text: string,
): { -readonly [Index in keyof Parts]: Span[] } {
  const spans = scan.parts.map((): Span[] => []);
  for (const match of allMatches(scan, text)) {
    const which = match.findIndex((group, index) => index > 0 && group !== undefined);
    if (which > 0 && match[0].length > 0)
      spans[which - 1]!.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans as { -readonly [Index in keyof Parts]: Span[] };
}

export function spansOf(pattern: Scannable, text: string): Span[] {
  const spans: Span[] = [];
  for (const match of allMatches(pattern, text)) {
    if (match[0].length > 0) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/** `test` and `exec` on a global pattern move its `lastIndex`; these leave it at zero for the next caller. */
export function matches(pattern: Scannable, text: string): boolean {
  return firstIndex(pattern, text) >= 0;
}

export function firstIndex(scannable: Scannable, text: string): number {
  const pattern = patternOf(scannable, text);
  pattern.lastIndex = 0;
  const match = pattern.exec(text);
  pattern.lastIndex = 0;
  return match ? match.index : -1;
}

/**
 * V8 runs a new pattern in its bytecode interpreter and compiles it to machine code only on a later scan, unless the
 * text is at least 1,000 characters long, and it compiles a pattern apart for texts of Latin-1 characters only and for
 * the others (Cyrillic). In Node 20 the interpreter took 50–120 ms per lexicon over an ordinary draft, so the first
 * check took half a second and the next ones up to 100 ms more. One scan of a long blank line of the same kind of
 * characters as the first text compiles the pattern at once and finds nothing. (Chromium 150 spends most of that time
 * compiling bytecode whatever we do; there it only moves the machine code into the first check: see README.)
 */
const COMPILE_AT_ONCE = { latin1: ' '.repeat(1000), other: `${' '.repeat(999)}я` };
const BEYOND_LATIN1 = /[\u0100-\uffff]/;
const LARGE_PATTERN = 1000;

function compileAtOnce(pattern: RegExp, text: string): void {
  compileFor(pattern, BEYOND_LATIN1.test(text) ? 'other' : 'latin1');
}

function compileFor(pattern: RegExp, alphabet: Alphabet): void {
  if (pattern.source.length < LARGE_PATTERN) return;
  pattern.lastIndex = 0;
  pattern.exec(COMPILE_AT_ONCE[alphabet]);
  pattern.lastIndex = 0;
}

/** Texts of Latin-1 characters only (English), and the others (Cyrillic): V8 compiles a pattern apart for each. */
export type Alphabet = keyof typeof COMPILE_AT_ONCE;

/**
 * The first check's compiling, done ahead of it in small steps (one pattern each), so that a panel can spend its idle
 * time on it and still answer the buyer between two steps. Each step builds its pattern if no check has yet.
 */
export function compileAheadSteps(alphabet: Alphabet): Array<() => void> {
  return LAZY_PATTERNS.map((lazy) => () => compileFor(lazy.pattern, alphabet));
}
