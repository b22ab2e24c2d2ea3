// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { textOf } from '../../../lib/aliexpress/dom/dom-text';

describe('textOf', () => {
  it('reads the page’s own text, not what our badges and buttons put inside it', () => {
    const status = document.createElement('span');
    status.innerText = 'In dispute';
    const badge = document.createElement('span');
    badge.dataset.disputeHelper = 'badge';
    badge.textContent = 'Dispute open';
    status.append(badge);
    expect(textOf(status)).toBe('In dispute');
    // The page itself is left as it was.
    expect(status.contains(badge)).toBe(true);
  });
});
