import { describe, expect, it } from 'vitest';
import {
  encodeNotificationId,
  pageOfNotification,
  parseNotificationId,
  type NotificationTarget,
} from '../../../lib/reminders/notification-id';
import { detectPage } from '../../../lib/pages/detect-page';

const TARGETS: NotificationTarget[] = [
  { site: 'global', about: 'order', id: '8190000123456789', suffix: 'dh:r:protection_end:8190000123456789:-:4320:1' },
  { site: 'ru', about: 'dispute', id: '5012345678901201', suffix: 'seller-reply.1767608364000' },
  { site: 'us', about: 'order', id: '123456', suffix: 'x' },
];

describe('notification ids', () => {
  it.each(TARGETS)('round-trips $site $about $id', (target) => {
    const id = encodeNotificationId(target);
    expect(id).toBe(`dh-note|${target.site}|${target.about}|${target.id}|${target.suffix}`);
    expect(parseNotificationId(id)).toEqual(target);
  });

  it.each([
    '',
    'dh-note|global|order|8190000123456789',
    'dh-note|global|order|8190000123456789|a|b',
    'dh-note|mars|order|8190000123456789|a',
    'dh-note|global|parcel|8190000123456789|a',
    'dh-note|global|order|81900|a',
    'dh-note|global|order|8190000123456789|',
    'other|global|order|8190000123456789|a',
    'dh:r:protection_end:8190000123456789:-:4320:1',
  ])('refuses %j, which is not ours', (id) => {
    expect(parseNotificationId(id)).toBeNull();
  });

  it('refuses to make an id the parser would not read back', () => {
    expect(() => encodeNotificationId({ site: 'global', about: 'order', id: '12', suffix: 'a' })).toThrow();
    expect(() => encodeNotificationId({ site: 'global', about: 'order', id: '123456', suffix: 'a|b' })).toThrow();
  });

  it.each([
    [TARGETS[0]!, undefined, 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000123456789'],
    [
      { site: 'global', about: 'dispute', id: '5012345678901201', suffix: 'a' } as const,
      undefined,
      'https://trade.aliexpress.com/issue/fastissue/Detail.htm?reverseOrderLineId=5012345678901201&from=1',
    ],
    // .ru shows a dispute on its order's page.
    [TARGETS[1]!, '5385013512515995', 'https://aliexpress.ru/order-list/5385013512515995'],
  ])('a click on %o opens the case page', (target, orderId, url) => {
    expect(pageOfNotification(target, orderId)).toBe(url);
    // Our content script runs there: the page opened is one the extension recognises.
    expect(detectPage(url)).not.toBeNull();
  });
});
