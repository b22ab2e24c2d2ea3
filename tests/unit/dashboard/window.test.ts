import { describe, expect, it } from 'vitest';
import { OVERSCAN_ROWS, visibleRange } from '../../../lib/dashboard/window';

describe('visibleRange', () => {
  it('draws the visible rows and the overscan below at the top', () => {
    expect(visibleRange(0, 400, 80, 1000)).toEqual({ start: 0, end: 6 + OVERSCAN_ROWS });
  });

  it('draws the overscan on both sides in the middle', () => {
    expect(visibleRange(8000, 400, 80, 1000)).toEqual({ start: 100 - OVERSCAN_ROWS, end: 106 + OVERSCAN_ROWS });
  });

  it('ends at the last row at the bottom, and copes with a scroll past it or before the top', () => {
    expect(visibleRange(1000 * 80 - 400, 400, 80, 1000).end).toBe(1000);
    expect(visibleRange(10 ** 9, 400, 80, 1000)).toEqual({ start: 1000 - OVERSCAN_ROWS, end: 1000 });
    expect(visibleRange(-50, 400, 80, 3)).toEqual({ start: 0, end: 3 });
    expect(visibleRange(0, 400, 80, 0)).toEqual({ start: 0, end: 0 });
  });
});
