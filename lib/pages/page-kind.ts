/** The AliExpress pages the extension works on. */
export const PAGE_KINDS = ['order-list', 'order-detail', 'dispute-start', 'dispute-detail', 'dispute-list'] as const;

export type PageKind = (typeof PAGE_KINDS)[number];

/** The pages about one order (and its dispute): they make timeline lines and show the order's evidence checklist. */
export function isCasePage(kind: PageKind): boolean {
  return kind === 'order-detail' || kind === 'dispute-start' || kind === 'dispute-detail';
}
