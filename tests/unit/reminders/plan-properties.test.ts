import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DeadlineKind } from '../../../lib/model/deadlines';
import { MAX_REMINDER_ALARMS, planReminders, type Reminder } from '../../../lib/reminders/plan';
import { DEFAULT_REMINDER_SETTINGS } from '../../../lib/reminders/settings';
import { DAY, deadline, HOUR, NOW } from './support';

const KINDS: DeadlineKind[] = ['protection_end', 'seller_response', 'buyer_response', 'return_shipping'];
const deadlines = fc.array(
  fc.record({
    kind: fc.constantFrom(...KINDS),
    dueIn: fc.integer({ min: -DAY, max: 10 * DAY }),
    order: fc.constantFrom('8190000123456789', '8190000123456790'),
  }),
  { maxLength: 6 },
);
// Gaps between worker wake-ups: from a minute (alarms on time) to two days (the computer slept).
const wakeGaps = fc.array(fc.integer({ min: 60_000, max: 2 * DAY }), { minLength: 1, maxLength: 30 });

describe('reminder planning properties', () => {
  it('over any sequence of wake-ups, each reminder shows at most once, never for a passed deadline', () => {
    fc.assert(
      fc.property(deadlines, wakeGaps, fc.boolean(), (specs, gaps, moving) => {
        const list = specs.map((s) => deadline(s.kind, NOW + s.dueIn, { orderId: s.order }));
        const movingOrderIds = new Set(moving ? list.map((d) => d.orderId) : []);
        const sent = new Set<string>();
        const shown: Reminder[] = [];
        let now = NOW;
        for (const gap of gaps) {
          now += gap;
          const input = { deadlines: list, settings: DEFAULT_REMINDER_SETTINGS, sent, now, movingOrderIds };
          const plan = planReminders(input);
          // Rebuilding from the same input (a restart) gives the same plan.
          expect(planReminders({ ...input, deadlines: [...list].reverse() })).toEqual(plan);
          for (const alarm of plan.alarms) expect(alarm.when).toBeGreaterThan(now);
          for (const reminder of plan.due) {
            expect(sent.has(reminder.key)).toBe(false);
            expect(reminder.fireAt).toBeLessThanOrEqual(now);
            expect(reminder.deadline.due.at).toBeGreaterThan(now);
            sent.add(reminder.key);
            shown.push(reminder);
          }
        }
        // At most one per lead and type for each deadline.
        expect(new Set(shown.map((r) => r.key)).size).toBe(shown.length);
      }),
      { numRuns: 300 },
    );
  });

  it('when the worker wakes every few minutes, every lead shows exactly once and on time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4 * DAY, max: 6 * DAY }), (dueIn) => {
        const d = deadline('buyer_response', NOW + dueIn);
        const sent = new Set<string>();
        const shown: Reminder[] = [];
        for (let now = NOW; now < d.due.at; now += 5 * 60_000) {
          for (const reminder of planReminders({ deadlines: [d], settings: DEFAULT_REMINDER_SETTINGS, sent, now })
            .due) {
            sent.add(reminder.key);
            shown.push(reminder);
          }
        }
        expect(shown.map((r) => [r.leadMinutes, r.late])).toEqual([
          [4320, false],
          [1440, false],
          [180, false],
        ]);
      }),
      { numRuns: 20 },
    );
  });

  it('keeps under the browser alarm limit, soonest first', () => {
    const many = Array.from({ length: 300 }, (_, i) =>
      deadline('protection_end', NOW + 5 * DAY + i * HOUR, { orderId: String(8190000123000000 + i) }),
    );
    const { alarms } = planReminders({
      deadlines: many,
      settings: DEFAULT_REMINDER_SETTINGS,
      sent: new Set(),
      now: NOW,
    });
    expect(alarms).toHaveLength(MAX_REMINDER_ALARMS);
    expect(alarms.map((a) => a.when)).toEqual([...alarms.map((a) => a.when)].sort((a, b) => a - b));
  });
});
