import { describe, expect, it } from 'vitest';
import remindersEn from '../../../locales/reminders/en.json';
import { deadlinesFor } from '../../../lib/deadlines/compute';
import { renderMessage } from '../../../lib/deadlines/format-message';
import { nowAnswer } from '../../../lib/deadlines/now';
import { createTranslator } from '../../../lib/i18n';
import { DEADLINE_KINDS } from '../../../lib/model/deadlines';
import type { KeyedMessage } from '../../../lib/model/keyed-message';
import { DISPUTE_STATUSES, type HistoryEntry } from '../../../lib/model/snapshots';
import { notificationFor } from '../../../lib/reminders/notification';
import { planReminders } from '../../../lib/reminders/plan';
import { DEFAULT_REMINDER_SETTINGS } from '../../../lib/reminders/settings';
import { REMINDER_STRINGS } from '../../../lib/reminders/strings';
import { signedOutNotificationFor, watchNotificationFor } from '../../../lib/watcher/notification';
import { sellerEvents } from '../../../lib/watcher/seller-events';
import { disputeFacts, orderFacts, utc } from '../deadlines/support';

/** Every key the pure code builds from a template exists in both languages of the reminders bundle. */
type Strings = Record<string, string>;
const english: Strings = remindersEn;

describe('locales: reminders', () => {
  // Parity, placeholders, plural forms and key clashes: tests/unit/i18n/locales.test.ts checks every bundle.
  it('names every deadline kind and dispute status', () => {
    for (const kind of DEADLINE_KINDS) expect(english).toHaveProperty([`reminders.kind.${kind}`]);
    for (const status of DISPUTE_STATUSES) expect(english).toHaveProperty([`reminders.status.${status}`]);
  });
});

describe('every message the pure code builds renders in both languages', () => {
  const ZONE = 'Europe/Berlin';
  const usd = (amount: number) => ({ amount, currency: 'USD' });
  const histories: HistoryEntry[][] = [
    [],
    [{ actor: 'buyer', at: '2025-10-20T09:00', action: 'initiate' }],
    [{ actor: 'seller', at: '2025-10-22T12:00', action: 'seller create solution', amount: usd(5) }],
    [{ actor: 'seller', at: '2025-10-22T12:00', action: 'seller create solution', amount: usd(0) }],
    [{ actor: 'seller', at: '2025-10-22', text: 'Please cancel the dispute' }],
    [{ actor: 'seller', at: '2025-10-22', action: 'seller accept' }],
    [{ actor: 'seller', at: '2025-10-22', action: 'seller create proof' }],
    [{ actor: 'seller', at: '2025-10-22', action: 'seller modify solution' }],
    [{ actor: 'seller', action: 'seller create solution', amount: usd(5) }], // undated: no estimate
    [{ actor: 'seller', action: 'seller create solution', amount: usd(0) }],
  ];
  const messages: KeyedMessage[] = [];
  const times = [
    '2025-09-05T10:00',
    '2025-10-21T10:00',
    '2025-10-30T10:00',
    '2025-11-29T10:00',
    '2025-12-05T10:00',
    '2025-12-14T10:00',
    '2026-02-01T10:00',
  ];
  const order = orderFacts({ status: 'shipped', shippedOn: '2025-09-01', protectionEndsOn: '2025-11-30' });
  for (const status of [undefined, ...DISPUTE_STATUSES])
    for (const history of histories)
      for (const deadline of [undefined, { on: '2025-10-27' }])
        for (const time of times) {
          const dispute = disputeFacts({
            ...(status && { status }),
            ...(history.length && { openedOn: '2025-10-20' }),
            requestedAmount: usd(20),
            history,
            ...(deadline && { deadline }),
          });
          const deadlines = deadlinesFor({ order, dispute, timeZone: ZONE });
          const answer = nowAnswer({ order, dispute, deadlines, now: utc(time) });
          messages.push(answer.step, ...answer.guidance);
          // The guidance names the site's own escalate button: the .ru dispute's words too.
          const onRu = nowAnswer({ order, dispute: { ...dispute, site: 'ru' }, deadlines, now: utc(time) });
          messages.push(...onRu.guidance);
          const events = sellerEvents(
            { history: [], status: 'awaiting_seller', deadline: { on: '2025-10-25' } },
            dispute.facts,
          );
          const news = watchNotificationFor(events, dispute, 'global');
          messages.push(...events, ...(news ? [news.title, ...news.lines] : []));
        }
  for (const facts of [
    { status: 'cancelled' as const },
    { status: 'processing' as const },
    { status: 'shipped' as const },
  ])
    messages.push(nowAnswer({ order: orderFacts(facts), deadlines: [], now: utc(times[0]!) }).step);
  for (const time of times) {
    const deadlines = deadlinesFor({ order, timeZone: ZONE });
    messages.push(nowAnswer({ order, deadlines, now: utc(time) }).step);
    const plan = planReminders({
      deadlines,
      settings: DEFAULT_REMINDER_SETTINGS,
      sent: new Set(),
      now: utc(time),
      movingOrderIds: new Set([order.orderId]),
    });
    for (const reminder of plan.due)
      for (const late of [false, true]) {
        const content = notificationFor({ ...reminder, late }, 'global', utc(time));
        messages.push(content.title, content.body);
      }
  }

  const signedOut = signedOutNotificationFor({ disputeId: '5012345678901201', orderId: order.orderId }, 'global');
  messages.push(signedOut.title, ...signedOut.lines);

  it('covers every message key of the bundle', () => {
    const built = new Set(messages.map((m) => m.key));
    const used = new Set(Object.keys(english).filter((key) => /^reminders\.(now|guide|watch|notify)\./.test(key)));
    expect([...used].filter((key) => !built.has(key))).toEqual([]);
  });

  it.each(['en', 'ru'] as const)('%s: no key left as a key, no placeholder left empty', (language) => {
    const translator = createTranslator(language, REMINDER_STRINGS[language]);
    for (const message of messages) {
      const text = renderMessage(message, translator);
      expect(text, message.key).not.toMatch(/reminders\.|\{\w+\}/);
    }
  });
});
