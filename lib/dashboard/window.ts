/** Rows drawn above and below the visible ones, so a quick scroll never shows a blank strip before the next paint. */
export const OVERSCAN_ROWS = 6;

/**
 * Pure: which rows a fixed-height list draws for a scroll position: the visible ones plus the overscan on each side,
 * as [start, end) indexes. Everything else is an empty spacer of the right height.
 */
export function visibleRange(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  count: number,
  overscan = OVERSCAN_ROWS,
): { start: number; end: number } {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const shown = Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 1;
  const start = Math.max(0, Math.min(first, count) - overscan);
  const end = Math.min(count, first + shown + overscan);
  return { start, end: Math.max(start, end) };
}
