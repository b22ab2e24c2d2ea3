import { DEADLINE_KINDS, type DeadlineKind } from '../model/deadlines';

/**
 * Alarm names carry everything needed to act on them, so a woken worker knows what to do from the name alone, and
 * the same deadline, lead and due time always give the same name (creating it again replaces, never duplicates).
 * The name of a reminder alarm is also the key recorded once its reminder was shown.
 */
export type AlarmName =
  | { type: 'reminder'; kind: DeadlineKind; orderId: string; disputeId?: string; leadMinutes: number; dueAt: number }
  | { type: 'extension'; orderId: string; dueAt: number }
  | { type: 'watch'; disputeId: string }
  | { type: 'tick' };

const PREFIX = 'dh';
/** The periodic alarm that re-plans everything (reconciliation and catch-up after sleep or a cleared alarm). */
export const TICK_ALARM = `${PREFIX}:tick`;
export const TICK_PERIOD_MINUTES = 30;

export function encodeAlarmName(name: AlarmName): string {
  switch (name.type) {
    case 'reminder':
      return [PREFIX, 'r', name.kind, name.orderId, name.disputeId ?? '-', name.leadMinutes, name.dueAt].join(':');
    case 'extension':
      return [PREFIX, 'x', name.orderId, name.dueAt].join(':');
    case 'watch':
      return [PREFIX, 'w', name.disputeId].join(':');
    case 'tick':
      return TICK_ALARM;
  }
}

const ID = '(\\d{6,24})';
const NUMBER = '(0|[1-9]\\d{0,14})';
const REMINDER = new RegExp(`^dh:r:(${DEADLINE_KINDS.join('|')}):${ID}:(-|\\d{6,24}):${NUMBER}:${NUMBER}$`);
const EXTENSION = new RegExp(`^dh:x:${ID}:${NUMBER}$`);
const WATCH = new RegExp(`^dh:w:${ID}$`);

/** The alarm a name stands for, or null for any name we did not make (other code's alarms are left alone). */
export function parseAlarmName(name: string): AlarmName | null {
  if (name === TICK_ALARM) return { type: 'tick' };
  const reminder = REMINDER.exec(name);
  if (reminder) {
    const [, kind, orderId, disputeId, lead, dueAt] = reminder as unknown as [
      string,
      DeadlineKind,
      string,
      string,
      string,
      string,
    ];
    return {
      type: 'reminder',
      kind,
      orderId,
      ...(disputeId !== '-' && { disputeId }),
      leadMinutes: Number(lead),
      dueAt: Number(dueAt),
    };
  }
  const extension = EXTENSION.exec(name);
  if (extension) return { type: 'extension', orderId: extension[1]!, dueAt: Number(extension[2]) };
  const watch = WATCH.exec(name);
  if (watch) return { type: 'watch', disputeId: watch[1]! };
  return null;
}
