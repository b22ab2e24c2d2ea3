import type { CaseEvent } from '../db/case-event';

/**
 * What makes two timeline lines the same line: everything but their database number (which differs between browsers
 * and between restores). Params are sorted so that key order does not matter.
 */
export function caseEventKey(event: Omit<CaseEvent, 'seq'>): string {
  const params = Object.entries(event.params).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([event.orderId, event.disputeId ?? '', event.kind, event.at, event.key, params]);
}

/** The restored lines the timeline does not hold yet, each once: restoring the same backup twice adds nothing. */
export function newCaseEvents(
  existing: readonly Omit<CaseEvent, 'seq'>[],
  incoming: readonly CaseEvent[],
): CaseEvent[] {
  const seen = new Set(existing.map(caseEventKey));
  return incoming.filter((event) => {
    const key = caseEventKey(event);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
