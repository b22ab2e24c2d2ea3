import type { ProblemKind } from '../model/problem-kinds';

/** What a file is, by its content: photos and screenshots, videos, documents (PDF). */
export type FileKind = 'image' | 'video' | 'document';

/**
 * Every item any checklist names. An id is stable (the database keeps files and ticks under it) and has its
 * title, why and "what a good one looks like" in `locales/evidence/*.json` as `evidence.item.<id>.*`.
 */
export const EVIDENCE_ITEM_IDS = [
  'tracking-screenshot',
  'tracking-number',
  'delivery-deadline-passed',
  'post-office-statement',
  'customs-papers',
  'listing-screenshot',
  'difference-photos',
  'measurements',
  'damage-photos',
  'package-photos',
  'parcel-label',
  'parcel-weight',
  'unboxing-video',
  'received-item-photos',
  'received-contents-photo',
  'failure-video',
  'model-label-photo',
  'brand-marks-photos',
  'genuine-comparison',
  'supporting-files',
  'seller-chat',
  'payment-confirmation',
] as const;
export type EvidenceItemId = (typeof EVIDENCE_ITEM_IDS)[number];

export interface EvidenceItem {
  id: EvidenceItemId;
  /** Counts towards the order's score; an optional item helps but its absence is not named as missing. */
  required: boolean;
  /** The kinds of file that prove it; empty = nothing to attach, the buyer ticks it. */
  accepts: readonly FileKind[];
}

const PHOTO: readonly FileKind[] = ['image'];
const VIDEO: readonly FileKind[] = ['video'];
const PHOTO_OR_VIDEO: readonly FileKind[] = ['image', 'video'];
const PHOTO_OR_DOCUMENT: readonly FileKind[] = ['image', 'document'];
const ANY_FILE: readonly FileKind[] = ['image', 'video', 'document'];
const TICK: readonly FileKind[] = [];

// One table per problem. Sources: the issue's list and the official evidence guidance (aliexpress-pages-and-disputes
// §2.3: list every difference with photos and videos; measure with a ruler and photograph the size label; a video
// for items that do not work; customs papers for a held parcel; the carrier or post office for a broken package).
// "Required" marks what the dispute is weak without and what the buyer can still get after delivery; things a buyer
// may not have (an unboxing video, a scale) are optional: they help, and the panel says so in their "why".
const TABLES: Readonly<Record<ProblemKind, readonly EvidenceItem[]>> = {
  not_received: [
    { id: 'tracking-screenshot', required: true, accepts: PHOTO },
    { id: 'tracking-number', required: true, accepts: TICK },
    { id: 'delivery-deadline-passed', required: true, accepts: TICK },
    // Only when tracking says "delivered" but nothing came, or the parcel is held at customs.
    { id: 'post-office-statement', required: false, accepts: PHOTO_OR_DOCUMENT },
    { id: 'customs-papers', required: false, accepts: PHOTO_OR_DOCUMENT },
  ],
  not_as_described: [
    { id: 'listing-screenshot', required: true, accepts: PHOTO },
    { id: 'difference-photos', required: true, accepts: PHOTO_OR_VIDEO },
    // Only for size or dimension problems.
    { id: 'measurements', required: false, accepts: PHOTO },
  ],
  damaged: [
    { id: 'damage-photos', required: true, accepts: PHOTO_OR_VIDEO },
    { id: 'package-photos', required: true, accepts: PHOTO },
    { id: 'unboxing-video', required: false, accepts: VIDEO },
    { id: 'parcel-label', required: false, accepts: PHOTO },
    { id: 'parcel-weight', required: false, accepts: PHOTO },
  ],
  wrong_item: [
    { id: 'listing-screenshot', required: true, accepts: PHOTO },
    { id: 'received-item-photos', required: true, accepts: PHOTO },
    { id: 'parcel-label', required: false, accepts: PHOTO },
  ],
  missing_parts: [
    { id: 'listing-screenshot', required: true, accepts: PHOTO },
    { id: 'received-contents-photo', required: true, accepts: PHOTO },
    { id: 'unboxing-video', required: false, accepts: VIDEO },
    { id: 'parcel-weight', required: false, accepts: PHOTO },
  ],
  not_working: [
    { id: 'failure-video', required: true, accepts: VIDEO },
    { id: 'model-label-photo', required: false, accepts: PHOTO },
    { id: 'listing-screenshot', required: false, accepts: PHOTO },
  ],
  counterfeit: [
    { id: 'listing-screenshot', required: true, accepts: PHOTO },
    { id: 'brand-marks-photos', required: true, accepts: PHOTO },
    { id: 'genuine-comparison', required: false, accepts: PHOTO_OR_DOCUMENT },
  ],
  empty_package: [
    { id: 'package-photos', required: true, accepts: PHOTO },
    { id: 'parcel-label', required: true, accepts: PHOTO },
    { id: 'unboxing-video', required: false, accepts: VIDEO },
    { id: 'parcel-weight', required: false, accepts: PHOTO },
    { id: 'post-office-statement', required: false, accepts: PHOTO_OR_DOCUMENT },
  ],
  other: [{ id: 'supporting-files', required: false, accepts: ANY_FILE }],
};

// Common to every problem. The chat is required: AliExpress and sellers look for the buyer having asked the seller
// first, and chat records are named evidence (§2.3). The payment is on AliExpress's own record, so its proof only
// helps (a double charge, a payment made outside the order page).
const COMMON: readonly EvidenceItem[] = [
  { id: 'seller-chat', required: true, accepts: PHOTO },
  { id: 'payment-confirmation', required: false, accepts: PHOTO_OR_DOCUMENT },
];

const LISTS: Readonly<Record<ProblemKind, readonly EvidenceItem[]>> = Object.fromEntries(
  Object.entries(TABLES).map(([problem, items]) => [
    problem,
    Object.freeze(
      [...items, ...COMMON].map((item) => Object.freeze({ ...item, accepts: Object.freeze(item.accepts) })),
    ),
  ]),
) as Record<ProblemKind, readonly EvidenceItem[]>;

/** The checklist of a problem: its own items first, then the common ones. */
export function checklistFor(problem: ProblemKind): readonly EvidenceItem[] {
  return LISTS[problem];
}

const IDS: ReadonlySet<string> = new Set(EVIDENCE_ITEM_IDS);

/** Whether `id` names an item of some checklist (for ids read back from storage or a message). */
export function isEvidenceItemId(id: string): id is EvidenceItemId {
  return IDS.has(id);
}
