/** Where a case stands, in the order a buyer lives it (lib/deadlines/case-summary.ts finds a case's). */
export const STAGES = [
  'ordered',
  'shipped',
  'delivered',
  'dispute_open',
  'seller_answered',
  'escalated',
  'closed',
] as const;
export type Stage = (typeof STAGES)[number];
