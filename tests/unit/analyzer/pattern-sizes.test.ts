import { describe, expect, it } from 'vitest';
import '../../../lib/analyzer';
import { LAZY_PATTERNS, V8_OPTIMISED_SOURCE } from '../../../lib/analyzer/patterns';

describe('every lexicon and scan stays small enough for V8 to optimise', () => {
  // Importing the analyzer makes every lexicon and scan: they are module constants, built into patterns here. One
  // scan of 20,830 characters once took half of every check's time.
  it('has found them all', () => {
    expect(LAZY_PATTERNS.length).toBeGreaterThan(50);
  });

  it.each(LAZY_PATTERNS.map((lazy) => [lazy.pattern.source.slice(0, 60), lazy.pattern.source.length] as const))(
    '%s… (%i characters)',
    (_, length) => {
      expect(length).toBeLessThan(V8_OPTIMISED_SOURCE);
    },
  );
});

describe('lexicon templates hold phrases only', () => {
  // A `//` comment line inside a wordPattern template is not a comment: it becomes one more phrase ("//\s+Transliterated
  // infinitives…") that nothing matches, and the note it meant to keep is lost.
  const COMMENT_AS_PHRASE = /(?:^|[|(])\/\/\\s\+/;

  it('no lexicon has a comment line as a phrase', () => {
    const withComments = LAZY_PATTERNS.map((lazy) => lazy.pattern.source).filter((source) =>
      COMMENT_AS_PHRASE.test(source),
    );
    expect(withComments).toEqual([]);
  });

  it('would see one', () => {
    expect(COMMENT_AS_PHRASE.test(String.raw`(?:верни|//\s+a note|отдай)`)).toBe(true);
  });
});
