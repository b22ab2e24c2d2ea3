import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toPlainText } from '../../../lib/model/plain-text';
import { DisputeSnapshot, OrderSnapshot, PageDate, TEXT_LIMITS } from '../../../lib/model/snapshots';

describe('toPlainText', () => {
  it('keeps ordinary text and collapses whitespace', () => {
    expect(toPlainText('  USB-C  cable\n 2 m ', 100)).toBe('USB-C cable 2 m');
    expect(toPlainText('Size < 10 cm', 100)).toBe('Size < 10 cm');
  });

  it('removes markup and control characters', () => {
    expect(toPlainText('Cable<img src=x onerror=alert(1)>', 100)).toBe('Cable');
    expect(toPlainText('a<script>b</script>c\u0000', 100)).toBe('a b c');
    expect(toPlainText('<<script', 100)).toBe('<');
  });

  it('removes bidirectional embeddings, overrides and isolates, which can reorder what the buyer reads', () => {
    expect(toPlainText('Total \u202e05.21 $\u202c', 100)).toBe('Total 05.21 $');
    expect(toPlainText('\u2066Order\u2069 \u202a1\u202b2\u202d3', 100)).toBe('Order 123');
    expect(toPlainText('\u2067\u2068', 100)).toBeUndefined();
  });

  it('the schema rejects bidirectional controls in stored text', () => {
    for (const control of ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069']) {
      const parsed = OrderSnapshot.safeParse({ orderId: '123456', source: 'page-dom', statusText: `Paid${control}` });
      expect(parsed.success, JSON.stringify(control)).toBe(false);
    }
  });

  it('is absent for empty or non-text input', () => {
    expect(toPlainText('   ', 10)).toBeUndefined();
    expect(toPlainText({ toString: () => 'x' }, 10)).toBeUndefined();
  });

  it('always yields what the schema accepts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), (raw) => {
        const text = toPlainText(raw, TEXT_LIMITS.short);
        if (text === undefined) return;
        expect(OrderSnapshot.safeParse({ orderId: '123456', source: 'page-dom', statusText: text }).success).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('snapshot schemas', () => {
  it('accept a complete dispute and reject unknown keys and script-bearing text', () => {
    const dispute = {
      disputeId: '5012345678901234',
      orderId: '8123456789012345',
      source: 'page-data',
      status: 'awaiting_buyer',
      awaiting: 'buyer',
      deadline: { on: '2026-12-01' },
      history: [
        { actor: 'seller', at: '2026-11-20T10:05', text: 'We offer 5 USD', amount: { amount: 5, currency: 'USD' } },
      ],
    };
    expect(DisputeSnapshot.safeParse(dispute).success).toBe(true);
    expect(DisputeSnapshot.safeParse({ ...dispute, extra: 1 }).success).toBe(false);
    expect(DisputeSnapshot.safeParse({ ...dispute, reason: '<img src=x onerror=alert(1)>' }).success).toBe(false);
    expect(DisputeSnapshot.safeParse({ ...dispute, deadline: { on: '2026-13-01' } }).success).toBe(false);
  });
});

describe('PageDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2026-04-31', false],
    ['2026-12-31T23:59', true],
    ['2026-06-31T10:00', false],
  ])('%s is a real day: %s', (date, real) => {
    expect(PageDate.safeParse(date).success).toBe(real);
  });
});
