import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDispute, FINDING_CODES, type CheckResult } from '../../../lib/analyzer';

const RESOLUTIONS = ['full_refund', 'partial_refund', 'return', 'exchange'] as const;
// Fragments that reach every rule, mixed with arbitrary text, so the shrinker has something meaningful to cut.
const FRAGMENTS = [
  'х*й',
  'б л я',
  'Ужас!!!',
  'ВЕРНИТЕ ДЕНЬГИ',
  '1 234,56 ₽',
  '50%',
  '$12.50',
  'ё',
  'İ',
  '😡',
  '*',
  '@',
];

function expectWellFormed(text: string, result: CheckResult) {
  expect(['ready', 'needs_work', 'blocker']).toContain(result.verdict);
  expect(result.score).toBeGreaterThanOrEqual(0);
  expect(result.score).toBeLessThanOrEqual(100);
  for (const finding of result.findings) {
    expect(FINDING_CODES).toContain(finding.code);
    let previousEnd = 0;
    for (const span of finding.spans) {
      expect(span.start).toBeGreaterThanOrEqual(previousEnd);
      expect(span.end).toBeGreaterThan(span.start);
      expect(span.end).toBeLessThanOrEqual(text.length);
      previousEnd = span.end;
    }
  }
}

describe('checkDispute on any input', () => {
  it('never throws; spans are in range, ordered and do not overlap', () => {
    const text = fc
      .array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.constantFrom(...FRAGMENTS)))
      .map((parts) => parts.join(' '));
    const draft = fc.record(
      {
        text,
        resolution: fc.constantFrom(...RESOLUTIONS),
        amount: fc.double(),
        orderTotal: fc.double(),
        currency: fc.string(),
        attachments: fc.array(fc.record({ name: fc.string(), type: fc.string(), size: fc.nat() })),
      },
      { requiredKeys: ['text'] },
    );
    fc.assert(
      fc.property(draft, (input) => expectWellFormed(input.text, checkDispute(input))),
      { numRuns: 300 },
    );
  });

  it('copes with 100 KB of text quickly', () => {
    const sample = fc.sample(fc.string({ unit: 'binary', minLength: 1000, maxLength: 1000 }), 1)[0]!;
    const inputs = [
      sample.repeat(100),
      'х*й '.repeat(25_000),
      'a'.repeat(100_000),
      '!'.repeat(100_000),
      'Ужас! Трещина 3 см, фото. '.repeat(4000),
    ];
    // ~0.2 s each here; the bound catches runaway backtracking (minutes), not a machine busy with other work.
    for (const text of inputs) {
      const started = performance.now();
      expectWellFormed(text, checkDispute({ text }));
      expect(performance.now() - started).toBeLessThan(10_000);
    }
  });
});
