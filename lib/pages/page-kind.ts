/** The AliExpress pages the extension works on. */
export const PAGE_KINDS = ['order-list', 'order-detail', 'dispute-start', 'dispute-detail', 'dispute-list'] as const;

export type PageKind = (typeof PAGE_KINDS)[number];
