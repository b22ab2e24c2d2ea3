import { describe, expect, it } from 'vitest';
import { BOTTOM_MARGIN, PANEL_WIDTH, TAB_HEIGHT, placePanel, type Box } from '../../../lib/page-side/panel-placement';

const box = (right: number, top: number, bottom: number): Box => ({ right, top, bottom });
// Buttons at the right of the page's column, 30 px tall (as on the order list).
const buttonsAt = (right: number, tops: number[]) => tops.map((top) => box(right, top, top + 30));

describe('placePanel', () => {
  it.each([
    {
      case: '1280 px window, buttons at the right of a centred 1200 px column: the panel would cover them',
      viewport: { width: 1280, height: 800 },
      contentRight: 1240,
      controls: buttonsAt(1220, [309, 511]),
      fits: false,
      tabTop: 96,
    },
    {
      case: '1920 px window, same page: the panel fits in the space beside the column',
      viewport: { width: 1920, height: 1080 },
      contentRight: 1560,
      controls: [],
      fits: true,
      tabTop: 96,
    },
    {
      case: 'a narrow column but a control at the window’s edge (a floating toolbar): the panel would cover it',
      viewport: { width: 1920, height: 1080 },
      contentRight: 1200,
      controls: [box(1920, 400, 600)],
      fits: false,
      tabTop: 96,
    },
    {
      case: 'a control at the right edge where the tab would go: the tab moves below it',
      viewport: { width: 1920, height: 1080 },
      contentRight: 1560,
      controls: [box(1920, 80, 180)],
      fits: false,
      tabTop: 184,
    },
    {
      case: 'a control ending left of the tab, however tall, leaves its spot free',
      viewport: { width: 1280, height: 800 },
      contentRight: 1240,
      controls: [box(1231, 0, 800)],
      fits: false,
      tabTop: 96,
    },
    {
      case: 'a control reaching within 4 px of the tab takes its spot',
      viewport: { width: 1280, height: 800 },
      contentRight: 1240,
      controls: [box(1233, 90, 300)],
      fits: false,
      tabTop: 304,
    },
    {
      case: 'nothing free at the right edge: the tab keeps its usual spot',
      viewport: { width: 1280, height: 800 },
      contentRight: 1280,
      controls: [box(1280, 0, 800)],
      fits: false,
      tabTop: 96,
    },
    {
      case: 'a column ending 5 px short of the panel leaves room for it',
      viewport: { width: 1280, height: 800 },
      contentRight: 1280 - PANEL_WIDTH - 5,
      controls: [],
      fits: true,
      tabTop: 96,
    },
    {
      case: 'a column ending 3 px short of the panel does not',
      viewport: { width: 1280, height: 800 },
      contentRight: 1280 - PANEL_WIDTH - 3,
      controls: [],
      fits: false,
      tabTop: 96,
    },
  ])('$case', ({ viewport, contentRight, controls, fits, tabTop }) => {
    expect(placePanel({ viewport, contentRight, controls })).toEqual({ fits, tabTop });
  });

  it('never puts the tab below the window', () => {
    const { tabTop } = placePanel({
      viewport: { width: 1280, height: 300 },
      contentRight: 0,
      controls: [box(1280, 0, 250)],
    });
    expect(tabTop + TAB_HEIGHT).toBeLessThanOrEqual(300 - BOTTOM_MARGIN);
  });
});
