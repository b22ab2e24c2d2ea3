/** The gaps a template's text has, as `{name}`: those the order's and dispute's facts fill, and the buyer's own. */
export const FACT_SLOTS = [
  'orderId',
  'disputeId',
  'item',
  'shippedOn',
  'deliveredOn',
  'protectionEnd',
  'total',
  'tracking',
  'offer',
  'evidence',
] as const;
export const BUYER_SLOTS = [
  'problem',
  'received',
  'listingSays',
  'noticedOn',
  'trackingStatus',
  'amount',
  'reasons',
  'extension',
  'sellerAnswer',
] as const;
export type FactSlot = (typeof FACT_SLOTS)[number];
export type BuyerSlot = (typeof BUYER_SLOTS)[number];
export type SlotName = FactSlot | BuyerSlot;

const SLOT_NAMES: ReadonlySet<string> = new Set([...FACT_SLOTS, ...BUYER_SLOTS]);
const SLOT = /\{(\w+)\}/g;

/** The slots of a template's text, in the order they first appear. */
export function slotsOf(text: string): SlotName[] {
  const names = [...text.matchAll(SLOT)].map((match) => match[1]!);
  return [...new Set(names)].filter((name): name is SlotName => SLOT_NAMES.has(name));
}

/** Replaces each known slot with what `valueOf` gives. */
export function replaceSlots(text: string, valueOf: (slot: SlotName) => string): string {
  return text.replace(SLOT, (whole, name: string) => (SLOT_NAMES.has(name) ? valueOf(name as SlotName) : whole));
}
