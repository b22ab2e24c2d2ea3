import { EVIDENCE_ITEM_ID } from '../db/evidence-records';
import { PROBLEM_KINDS } from '../model/problem-kinds';
import { PageDate } from '../model/snapshots';
import { SITES } from '../model/vocab';
import { z } from '../model/zod';
import type { ItemKey } from './item-key';
import { SYNCED_SETTINGS } from './synced-settings';

/** An order's checklist as it travels: the problem picked (`p`) and the items ticked (`t`), never the files. */
export const EvidenceItem = z.strictObject({
  p: z.optional(z.enum(PROBLEM_KINDS)),
  t: z.array(z.string().check(z.maxLength(60), z.regex(EVIDENCE_ITEM_ID))).check(z.maxLength(100)),
});
export type EvidenceItem = z.infer<typeof EvidenceItem>;

/** The dates the buyer typed for an order (ordered `o`, shipped `s`, protection ends `e`), and its site when known. */
export const ManualFactsItem = z.strictObject({
  site: z.optional(z.enum(SITES)),
  o: z.optional(PageDate),
  s: z.optional(PageDate),
  e: z.optional(PageDate),
});
export type ManualFactsItem = z.infer<typeof ManualFactsItem>;

/** The schema the value of an item of this kind must pass, on the way out and on the way in. */
export function valueSchemaOf(key: ItemKey) {
  switch (key.kind) {
    case 'evidence':
      return EvidenceItem;
    case 'manual-facts':
      return ManualFactsItem;
    case 'setting':
      return SYNCED_SETTINGS[key.name].schema;
  }
}
