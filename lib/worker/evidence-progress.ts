import { problemKindOf } from '../aliexpress/dispute-reasons';
import { evidenceCounts, readEvidenceState } from '../db/evidence';
import { checklistFor } from '../evidence/checklists';
import { evidenceProgress, type EvidenceProgress } from '../evidence/completeness';
import { DisputeFacts } from '../model/facts';
import type { Db } from '../db/schema';

export interface OrderEvidence {
  progress: EvidenceProgress;
  /** Files the buyer keeps for the order, over all items. */
  files: number;
  /** The buyer has started the order's checklist: a file, a tick or a chosen problem. */
  started: boolean;
}

/**
 * How far the order's evidence is, as the panel frame counts it: the problem is the dispute's reason when a page
 * showed it (or the open-dispute form's, when given), else the buyer's pick. Reads only the files' metadata.
 */
export async function orderEvidence(db: Db, orderId: string, formReason?: string): Promise<OrderEvidence> {
  const { problem, counts, ticked, picked } = await readOrderEvidenceState(db, orderId, formReason);
  const files = Object.values(counts).reduce((sum, count) => sum + count, 0);
  return {
    progress: evidenceProgress(checklistFor(problem ?? 'other'), counts, ticked),
    files,
    started: files > 0 || ticked.length > 0 || picked,
  };
}

/** The order's checklist state and its files per item; the problem as `orderEvidence` picks it. */
export async function readOrderEvidenceState(db: Db, orderId: string, formReason?: string) {
  const [counts, state, disputes] = await Promise.all([
    evidenceCounts(db, orderId),
    readEvidenceState(db, orderId),
    db.getAllFromIndex('disputeFacts', 'orderId', orderId),
  ]);
  const pageReason = disputes
    .map((raw) => DisputeFacts.safeParse(raw))
    .map((parsed) => (parsed.success ? problemKindOf(parsed.data.facts.reason) : undefined))
    .find(Boolean);
  const problem = problemKindOf(formReason) ?? pageReason ?? state?.problem;
  return { problem, counts, ticked: state?.ticked ?? [], picked: state?.problem !== undefined };
}
