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
