import { evidenceCounts, readEvidenceState } from '../db/evidence';
import { orderEvidenceOf, problemOfOrder, type OrderEvidence } from '../evidence/order-evidence';
import { DisputeFacts } from '../model/facts';
import type { Db } from '../db/schema';

export type { OrderEvidence };

/**
 * How far the order's evidence is, as the panel frame counts it: the problem is the dispute's reason when a page
 * showed it (or the open-dispute form's, when given), else the buyer's pick. Reads only the files' metadata.
 */
export async function orderEvidence(db: Db, orderId: string, formReason?: string): Promise<OrderEvidence> {
  const { problem, counts, ticked, pickedProblem } = await readOrderEvidenceState(db, orderId, formReason);
  return orderEvidenceOf({ counts, ticked, pickedProblem }, problem);
}

/** The order's checklist state and its files per item; the problem as `orderEvidence` picks it. */
export async function readOrderEvidenceState(db: Db, orderId: string, formReason?: string) {
  const [counts, state, disputes] = await Promise.all([
    evidenceCounts(db, orderId),
    readEvidenceState(db, orderId),
    db.getAllFromIndex('disputeFacts', 'orderId', orderId),
  ]);
  const valid = disputes.flatMap((raw) => {
    const parsed = DisputeFacts.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
  const problem = problemOfOrder(valid, state?.problem, formReason);
  return { problem, counts, ticked: state?.ticked ?? [], pickedProblem: state?.problem };
}
