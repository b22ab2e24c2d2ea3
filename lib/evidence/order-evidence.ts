import { problemKindOf } from '../aliexpress/dispute-reasons';
import type { DisputeFacts } from '../model/facts';
import type { ProblemKind } from '../model/problem-kinds';
import { checklistFor } from './checklists';
import { evidenceProgress, type EvidenceProgress } from './completeness';

export interface OrderEvidence {
  progress: EvidenceProgress;
  /** Files the buyer keeps for the order, over all items. */
  files: number;
  /** The buyer has started the order's checklist: a file, a tick or a chosen problem. */
  started: boolean;
}

/** What is stored about an order's evidence: its files per checklist item, the ticks and the buyer's pick. */
export interface StoredEvidence {
  counts: Readonly<Record<string, number>>;
  ticked: readonly string[];
  pickedProblem?: ProblemKind;
}

/**
 * Which checklist the order is measured against, as the panel frame picks it: the open-dispute form's reason when
 * given, else the reason a dispute page showed, else the buyer's own pick.
 */
export function problemOfOrder(
  disputes: readonly DisputeFacts[],
  pickedProblem: ProblemKind | undefined,
  formReason?: string,
): ProblemKind | undefined {
  const pageReason = disputes.map((dispute) => problemKindOf(dispute.facts.reason)).find(Boolean);
  return problemKindOf(formReason) ?? pageReason ?? pickedProblem;
}

/** Pure: how far the order's evidence is, for a problem (an unknown problem counts against the general list). */
export function orderEvidenceOf(stored: StoredEvidence, problem: ProblemKind | undefined): OrderEvidence {
  const files = Object.values(stored.counts).reduce((sum, count) => sum + count, 0);
  return {
    progress: evidenceProgress(checklistFor(problem ?? 'other'), stored.counts, stored.ticked),
    files,
    started: files > 0 || stored.ticked.length > 0 || stored.pickedProblem !== undefined,
  };
}
