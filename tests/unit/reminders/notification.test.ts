import { describe, expect, it } from 'vitest';
import type { Site } from '../../../lib/aliexpress/hosts';
import { disputeDetailUrl, orderDetailUrl } from '../../../lib/aliexpress/page-urls';
import { createTranslator } from '../../../lib/i18n';
import { renderMessage } from '../../../lib/deadlines/format-message';
import { notificationFor } from '../../../lib/reminders/notification';
import { planReminders } from '../../../lib/reminders/plan';
import { DEFAULT_REMINDER_SETTINGS } from '../../../lib/reminders/settings';
import { detectPage } from '../../../lib/pages/detect-page';
import en from '../../../locales/reminders/en.json';
import ru from '../../../locales/reminders/ru.json';
import { DAY, deadline, HOUR, NOW } from './support';

const ORDER = '8190000123456789';
const DISPUTE = '5012345678901201';

describe('page addresses', () => {
  it.each<[Site]>([['global'], ['us'], ['ru']])('the order page on %s is recognised as that order', (site) => {
    expect(detectPage(orderDetailUrl(site, ORDER))).toEqual({ kind: 'order-detail', site, orderId: ORDER });
  });

  it('the dispute page on global is recognised as that dispute', () => {
    expect(detectPage(disputeDetailUrl('global', DISPUTE, ORDER))).toEqual({
      kind: 'dispute-detail',
      site: 'global',
      disputeId: DISPUTE,
    });
  });

  it.each<[Site]>([['us'], ['ru']])('no known dispute page on %s: its order opens', (site) => {
    expect(disputeDetailUrl(site, DISPUTE, ORDER)).toBe(orderDetailUrl(site, ORDER));
    expect(detectPage(disputeDetailUrl(site, DISPUTE))?.kind).toMatch(/list/);
  });

  it('refuses ids that are not ids', () => {
    expect(() => orderDetailUrl('global', '123&x=<script>')).toThrow();
    expect(() => disputeDetailUrl('global', '../../')).toThrow();
  });
});

describe('notification content', () => {
  const render = (language: 'en' | 'ru', message: Parameters<typeof renderMessage>[0]) =>
    renderMessage(message, createTranslator(language, language === 'en' ? en : ru));

  it('names the order, what is due, when, and opens the dispute', () => {
    const d = deadline('seller_response', NOW + 3 * DAY, { disputeId: DISPUTE, whose: 'seller', basis: 'estimated' });
    const [reminder] = planReminders({
      deadlines: [d],
      settings: DEFAULT_REMINDER_SETTINGS,
      sent: new Set(),
      now: NOW,
    }).due;
    const content = notificationFor(reminder!, 'global', NOW);
    expect(content.id).toBe(reminder!.key);
    expect(content.url).toBe(disputeDetailUrl('global', DISPUTE));
    expect(render('en', content.title)).toBe(`Order ${ORDER}: Seller's time to respond ends`);
    expect(render('en', content.body).replace(/\s/g, ' ')).toBe('Oct 1, 2025, 12:00 PM (estimated), 3 days left.');
    expect(render('ru', content.body)).toBe('1 окт. 2025 г., 12:00 (примерно), осталось 3 дня.');
  });

  it.each([
    [2 * HOUR, false, '2 hours left', 'осталось 2 часа'],
    [1 * HOUR, false, '1 hour left', 'остался 1 час'],
    [25 * HOUR, false, '25 hours left', 'осталось 25 часов'],
    [5 * DAY, false, '5 days left', 'осталось 5 дней'],
    [21 * DAY, false, '21 days left', 'остался 21 день'],
  ])('%i ms left', (left, _late, english, russian) => {
    const d = deadline('protection_end', NOW + left);
    const reminder = { key: 'k', type: 'deadline' as const, deadline: d, leadMinutes: 60, fireAt: NOW, late: false };
    const body = notificationFor(reminder, 'ru', NOW).body;
    expect(render('en', body)).toContain(english);
    expect(render('ru', body)).toContain(russian);
  });

  it('a late reminder says so; the extension reminder opens the order', () => {
    const d = deadline('protection_end', NOW + 2 * DAY); // the 3-day reminder and the extension are both due
    const plan = planReminders({
      deadlines: [d],
      settings: DEFAULT_REMINDER_SETTINGS,
      sent: new Set(),
      now: NOW,
      movingOrderIds: new Set([ORDER]),
    });
    const extension = plan.due.find((r) => r.type === 'extension')!;
    const content = notificationFor(extension, 'ru', NOW);
    expect(content.url).toBe('https://aliexpress.ru/order-list/8190000123456789');
    expect(render('en', content.title)).toContain('ask the seller to extend protection');
    const late = notificationFor({ ...plan.due.find((r) => r.type === 'deadline')!, late: true }, 'global', NOW);
    expect(render('en', late.body)).toContain('This reminder comes late');
  });
});
