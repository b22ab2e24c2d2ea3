import { describe, expect, it } from 'vitest';
import { roleOfSender, type SenderInfo } from '../../../lib/messaging/sender';

const self = {
  id: 'abcdefghijklmnopabcdefghijklmnop',
  baseUrl: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/',
};
const page = 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000123456789';
const fromContentScript: SenderInfo = {
  id: self.id,
  url: page,
  origin: 'https://www.aliexpress.com',
  tab: { id: 7 },
  frameId: 0,
};

describe('roleOfSender', () => {
  it('accepts our content script in the top frame of an AliExpress tab', () => {
    expect(roleOfSender(fromContentScript, self)).toBe('content-script');
    expect(roleOfSender({ ...fromContentScript, origin: undefined }, self)).toBe('content-script'); // Firefox sends no origin
    expect(
      roleOfSender(
        { ...fromContentScript, url: 'https://aliexpress.ru/order-list', origin: 'https://aliexpress.ru' },
        self,
      ),
    ).toBe('content-script');
  });

  it('accepts our own extension pages', () => {
    expect(roleOfSender({ id: self.id, url: `${self.baseUrl}popup.html`, tab: { id: 3 }, frameId: 0 }, self)).toBe(
      'extension-page',
    );
  });

  it.each<[string, SenderInfo]>([
    ['another extension', { ...fromContentScript, id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' }],
    ['no id', { ...fromContentScript, id: undefined }],
    ['no url', { ...fromContentScript, url: undefined }],
    ['no tab', { ...fromContentScript, tab: undefined }],
    ['a sub-frame', { ...fromContentScript, frameId: 3 }],
    [
      'a lookalike host',
      {
        ...fromContentScript,
        url: 'https://aliexpress.com.evil.example/p/order/index.html',
        origin: 'https://aliexpress.com.evil.example',
      },
    ],
    ['another site', { ...fromContentScript, url: 'https://example.com/', origin: 'https://example.com' }],
    ['origin disagreeing with url', { ...fromContentScript, origin: 'https://evil.example' }],
    ['a file url', { ...fromContentScript, url: 'file:///tmp/aliexpress.com/p/order/index.html', origin: 'null' }],
    [
      'another extension page',
      { ...fromContentScript, url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/x.html' },
    ],
  ])('rejects %s', (_label, sender) => {
    expect(roleOfSender(sender, self)).toBeNull();
  });
});
