/**
 * The few words every part of the extension shares: one home each, so a new site or resolution is added once.
 * Plain constants (no zod) so the content script can use them without carrying a schema library.
 */

/** Order, dispute and product ids are long digit strings; ids above 2^53 are kept as strings. */
export const ID_DIGITS = String.raw`\d{6,24}`;
export const ID_PATTERN = new RegExp(`^${ID_DIGITS}$`);

/** The AliExpress platforms we support. `global` is aliexpress.com with all its language subdomains. */
export const SITES = ['global', 'ru', 'us'] as const;
export type Site = (typeof SITES)[number];

/** What the buyer asks for; AliExpress itself knows only refund and return-and-refund. */
export const RESOLUTIONS = ['full_refund', 'partial_refund', 'return', 'exchange'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

/** The dispute check's verdicts: `blocker` must be fixed before sending, `needs_work` keeps a draft from being ready. */
export const VERDICTS = ['ready', 'needs_work', 'blocker'] as const;
export type Verdict = (typeof VERDICTS)[number];
