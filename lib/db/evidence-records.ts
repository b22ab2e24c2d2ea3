import { PROBLEM_KINDS } from '../model/problem-kinds';
import { ID_PATTERN } from '../model/vocab';
import { z } from '../model/zod';

const orderId = z.string().check(z.regex(ID_PATTERN));
const epochMs = z.number().check(z.int(), z.gte(0));
const pixels = z.number().check(z.int(), z.gte(1), z.lte(100_000));

/** Checklist item ids are short kebab-case words (`unboxing-video`); the checklist tables own the list. */
export const EVIDENCE_ITEM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const itemId = z.string().check(z.maxLength(60), z.regex(EVIDENCE_ITEM_ID));

/**
 * The kinds of file the checklist takes, as stored (schema v4). The file checks decide the kind from the content;
 * this list is the stored vocabulary, so a row written today still reads if those checks change.
 */
export const EVIDENCE_FILE_KINDS = ['image', 'video', 'document'] as const;

/** The longest file name kept, in characters; longer names lose the middle, not the extension. */
export const MAX_EVIDENCE_NAME = 200;

// Control characters and the bidi controls that can make `gpj.exe` read as `exe.jpg`.
const UNSAFE_NAME_CHARACTERS = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * The buyer's file name made safe to keep and show: no control or bidi characters, no path separators, spaces
 * collapsed, at most `MAX_EVIDENCE_NAME` characters (the extension kept when the name is cut). Never used as a key.
 */
export function sanitiseEvidenceName(raw: string): string {
  // Spaces first: a tab or a line break between words becomes a space, not nothing.
  const clean = raw.replace(/\s+/g, ' ').replace(UNSAFE_NAME_CHARACTERS, '').replace(/[/\\]/g, '_').trim();
  const characters = [...clean];
  if (!characters.length) return 'file';
  if (characters.length <= MAX_EVIDENCE_NAME) return clean;
  const extension = /\.[\p{L}\p{N}]{1,10}$/u.exec(clean)?.[0] ?? '';
  return characters.slice(0, MAX_EVIDENCE_NAME - extension.length).join('') + extension;
}

const evidenceName = z.string().check(
  z.minLength(1),
  z.refine((name) => sanitiseEvidenceName(name) === name, 'not a sanitised file name'),
);

/** One file the buyer attached to a checklist item: metadata only, the bytes live in `evidenceBlobs` (schema v4). */
export const EvidenceFileMeta = z.strictObject({
  /** `crypto.randomUUID()`: never derived from the file name. */
  id: z.string().check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)),
  orderId,
  itemId,
  name: evidenceName,
  /** The content type the file checks found from the bytes, not the one the name or the OS claimed. */
  mime: z.string().check(z.maxLength(100), z.regex(/^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/)),
  kind: z.enum(EVIDENCE_FILE_KINDS),
  size: z.number().check(z.int(), z.gte(0)),
  addedAt: epochMs,
  width: z.optional(pixels),
  height: z.optional(pixels),
  /** The photo was re-encoded smaller on the buyer's request (which also dropped its location data). */
  shrunk: z.optional(z.boolean()),
});
export type EvidenceFileMeta = z.infer<typeof EvidenceFileMeta>;

/** The bytes of one file and its thumbnail, under the file's id (schema v4). Listing files never reads these. */
export interface EvidenceBlobRecord {
  id: string;
  file: Blob;
  thumb?: Blob;
}

/** The checklist state of one order: the problem the buyer picked and the items they marked done (schema v4). */
export const EvidenceState = z.strictObject({
  orderId,
  problem: z.optional(z.enum(PROBLEM_KINDS)),
  ticked: z.array(itemId).check(z.maxLength(100)),
  updatedAt: epochMs,
});
export type EvidenceState = z.infer<typeof EvidenceState>;
