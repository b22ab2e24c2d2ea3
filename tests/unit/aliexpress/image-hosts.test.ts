import { describe, expect, it } from 'vitest';
import { imageUrlOf } from '../../../lib/aliexpress/image-hosts';
import { isAliExpressImageUrl } from '../../../lib/model/picture-url';
import { OrderFacts } from '../../../lib/model/facts';
import { OrderItem } from '../../../lib/model/snapshots';

describe('AliExpress picture addresses', () => {
  it('accepts https pictures on the AliExpress image hosts', () => {
    expect(isAliExpressImageUrl('https://ae-pic-a1.aliexpress-media.com/kf/S1.jpg_220x220.jpg')).toBe(true);
    expect(isAliExpressImageUrl('https://ae01.alicdn.com/kf/S1.jpg')).toBe(true);
    expect(isAliExpressImageUrl('https://alicdn.com/kf/S1.jpg')).toBe(true);
  });

  it.each([
    'http://ae01.alicdn.com/kf/S1.jpg',
    'https://ae01.alicdn.com.evil.example/kf/S1.jpg',
    'https://notalicdn.com/kf/S1.jpg',
    'https://www.aliexpress.com/kf/S1.jpg',
    'https://user:pw@ae01.alicdn.com/kf/S1.jpg',
    'https://ae01.alicdn.com:8443/kf/S1.jpg',
    'javascript:alert(1)//alicdn.com',
    `https://ae01.alicdn.com/${'a'.repeat(1100)}.jpg`,
  ])('refuses %s', (url) => {
    expect(isAliExpressImageUrl(url)).toBe(false);
    expect(OrderItem.safeParse({ title: 'Cable', imageUrl: url }).success).toBe(false);
  });

  it('makes protocol-relative page addresses absolute and drops anything else', () => {
    expect(imageUrlOf('//ae01.alicdn.com/kf/S1.jpg')).toBe('https://ae01.alicdn.com/kf/S1.jpg');
    expect(imageUrlOf(' https://ae01.alicdn.com/kf/S1.jpg ')).toBe('https://ae01.alicdn.com/kf/S1.jpg');
    expect(imageUrlOf('//evil.example/kf/S1.jpg')).toBeUndefined();
    expect(imageUrlOf(42)).toBeUndefined();
  });

  it('still reads order facts stored before items had pictures', () => {
    const stored = {
      orderId: '8190000123456789',
      site: 'global',
      facts: { orderId: '8190000123456789', source: 'page-data', items: [{ title: 'USB-C cable', quantity: 1 }] },
      origins: {},
      updatedAt: 1,
    };
    expect(OrderFacts.safeParse(stored).success).toBe(true);
  });
});
