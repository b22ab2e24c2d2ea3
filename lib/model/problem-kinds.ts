/**
 * What went wrong with an order, whatever words a dispute form used for it: the dispute reason's meaning. The panel
 * names it in the buyer's language; the evidence checklist picks its items by it.
 */
export const PROBLEM_KINDS = [
  'not_received',
  'not_as_described',
  'damaged',
  'wrong_item',
  'missing_parts',
  'not_working',
  'counterfeit',
  'empty_package',
  'other',
] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];
