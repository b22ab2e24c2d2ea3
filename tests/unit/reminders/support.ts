import type { Deadline, DeadlineKind } from '../../../lib/model/deadlines';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const NOW = Date.UTC(2025, 9, 1, 12);

export function deadline(kind: DeadlineKind, dueAt: number, extra: Partial<Deadline> = {}): Deadline {
  return {
    kind,
    due: { at: dueAt, local: '2025-10-01T12:00', allDay: false, timeZone: 'UTC' },
    basis: 'page',
    sources: [
      {
        source: 'page-data',
        field: 'deadline',
        due: { at: dueAt, local: '2025-10-01T12:00', allDay: false, timeZone: 'UTC' },
      },
    ],
    disagreement: false,
    orderId: '8190000123456789',
    whose: 'buyer',
    ...extra,
  };
}
