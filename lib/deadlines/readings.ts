import type { FactOrigin } from '../model/facts';
import type { DeadlineKind } from '../model/deadlines';
import type { DisputeSnapshot, OrderSnapshot, PageDate } from '../model/snapshots';
import { stepOfDispute } from './steps';

/**
 * One date a page showed for a deadline. Merged facts keep only the newest value of a field, so a reading from an
 * older or another page (order detail vs tracking) would be lost: the worker keeps these per snapshot and passes
 * them in, and disagreeing pages stay visible.
 */
export interface PageReading {
  kind: DeadlineKind;
  on: PageDate;
  field: string;
  origin: FactOrigin;
}

/** The deadline dates one order snapshot shows (today: the protection end / "refund if no delivery before"). */
export function readingsOfOrderSnapshot(snapshot: OrderSnapshot, readAt: number): PageReading[] {
  if (!snapshot.protectionEndsOn) return [];
  return [
    {
      kind: 'protection_end',
      on: snapshot.protectionEndsOn,
      field: 'protectionEndsOn',
      origin: originOf(snapshot, readAt),
    },
  ];
}

/** The dispute page's timer, as the deadline of the step the dispute is in (seller's, buyer's, return). */
export function readingsOfDisputeSnapshot(snapshot: DisputeSnapshot, readAt: number): PageReading[] {
  const step = stepOfDispute(snapshot);
  if (!snapshot.deadline || !step?.kind) return [];
  return [{ kind: step.kind, on: snapshot.deadline.on, field: 'deadline', origin: originOf(snapshot, readAt) }];
}

function originOf(snapshot: OrderSnapshot | DisputeSnapshot, at: number): FactOrigin {
  return { source: snapshot.source, at, ...(snapshot.route && { route: snapshot.route }) };
}
