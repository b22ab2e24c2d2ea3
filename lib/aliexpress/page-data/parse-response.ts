import type { PageSnapshots } from '../../model/snapshots';

/** Placeholder until the parsers branch lands: reads nothing. */
export function parseObservedResponse(_input: { requestUrl: string; text: string }): PageSnapshots {
  return { orders: [], disputes: [] };
}
