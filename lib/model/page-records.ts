import { PAGE_KINDS } from '../pages/page-kind';
import { ID_PATTERN, SITES } from './vocab';
import { z } from './zod';

const id = z.string().check(z.regex(ID_PATTERN));
const epochMs = z.number().check(z.int(), z.gte(0));
const site = z.enum(SITES);
const pageKind = z.enum(PAGE_KINDS);
const aliExpressUrl = z.string().check(z.maxLength(2048), z.regex(/^https?:\/\//));

/** An order the buyer has opened on AliExpress, as stored in IndexedDB (schema v1). */
export const OrderRecord = z.strictObject({
  id,
  site,
  kind: pageKind,
  url: aliExpressUrl,
  firstSeen: epochMs,
  lastSeen: epochMs,
  visits: z.int().check(z.gte(1)),
  /** The page load that counted the last visit: the same load reported again is not another visit. */
  lastLoadId: z.optional(z.string().check(z.maxLength(64))),
});
export type OrderRecord = z.infer<typeof OrderRecord>;

/** A dispute the buyer has opened on AliExpress, as stored in IndexedDB (schema v1). */
export const DisputeRecord = z.strictObject({
  ...OrderRecord.def.shape,
  orderId: z.optional(id),
});
export type DisputeRecord = z.infer<typeof DisputeRecord>;

/** The buyer's own choice to collapse or open the panel; absent until they make one. */
export const PanelSettings = z.strictObject({ collapsed: z.optional(z.boolean()) });
export type PanelSettings = z.infer<typeof PanelSettings>;
export const DEFAULT_PANEL_SETTINGS: PanelSettings = {};
