import { checklistFor, isEvidenceItemId, type EvidenceItemId } from '../evidence/checklists';
import { isItemDone } from '../evidence/completeness';
import type { ProblemKind } from '../model/problem-kinds';

/**
 * The order's evidence the buyer has, as the worker stores it: the checklist's items that are done (a file kept, or
 * ticked where there is nothing to attach), then items outside the list that still hold files. Never an item the
 * buyer has not got.
 */
export function evidenceHeld(
  state: { problem?: ProblemKind; ticked: readonly string[]; counts: Readonly<Record<string, number>> } | undefined,
  problem: ProblemKind | undefined,
): EvidenceItemId[] {
  if (!state) return [];
  const items = checklistFor(state.problem ?? problem ?? 'other');
  const done = items.filter((item) => isItemDone(item, state.counts, state.ticked)).map((item) => item.id);
  const listed = new Set<string>(items.map((item) => item.id));
  const elsewhere = Object.entries(state.counts)
    .filter(([id, count]) => !listed.has(id) && isEvidenceItemId(id) && count > 0)
    .map(([id]) => id as EvidenceItemId);
  return [...done, ...elsewhere];
}
