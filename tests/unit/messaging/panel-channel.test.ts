import { describe, expect, it } from 'vitest';
import { MAX_INSERTED_CHARS } from '../../../lib/messaging/insert-limit';
import { isFromPanel } from '../../../lib/messaging/panel-channel';
import { MESSAGES } from '../../../lib/messaging/protocol';

const request = (text: unknown) => ({ type: 'insert-text', text });
const payload = (inner: unknown) =>
  MESSAGES['panel-request'].payload.safeParse({ type: 'panel-request', request: inner });

describe('insert-text: the only thing the page side receives is bounded text', () => {
  it('takes a message up to the limit, in the worker and in the content script', () => {
    const text = 'a'.repeat(MAX_INSERTED_CHARS);
    expect(payload(request(text)).success).toBe(true);
    expect(isFromPanel(request(text))).toBe(true);
  });

  it.each([
    ['too long', 'a'.repeat(MAX_INSERTED_CHARS + 1)],
    ['empty', ''],
    ['not text', ['Hello']],
  ])('refuses a message that is %s', (_name, text) => {
    expect(payload(request(text)).success).toBe(false);
    expect(isFromPanel(request(text))).toBe(false);
  });

  it('refuses anything besides the text', () => {
    expect(payload({ ...request('Hello'), selector: '#description' }).success).toBe(false);
  });
});
