import { describe, expect, it } from 'vitest';
import { placePanel, type Box, type PanelGeometry } from '../../../lib/page-side/panel-placement';

const GEOMETRY: PanelGeometry = { top: 96, width: 340, bottomMargin: 24, tab: { width: 44, height: 60 } };
const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });
// A 1200 px page centred in the window, with a button column at its right edge (as on the order list).
const buttonsAt = (pageRight: number, tops: number[]) =>
  tops.map((top) => box(pageRight - 130, top, pageRight, top + 30));

describe('placePanel', () => {
  it.each([
    {
      case: '1280 px window, buttons at the right of a centred 1200 px page: the panel would cover them',
      viewport: { width: 1280, height: 800 },
      controls: buttonsAt(1240, [309, 511]),
      expandedFits: false,
      tabTop: 96,
    },
    {
      case: '1920 px window, same page: the panel fits in the space beside it',
      viewport: { width: 1920, height: 1080 },
      controls: buttonsAt(1560, [309, 511]),
      expandedFits: true,
      tabTop: 96,
    },
    {
      case: 'a control at the right edge where the tab would go: the tab moves to the nearest free spot',
      viewport: { width: 1920, height: 1080 },
      controls: [box(1880, 80, 1920, 180)],
      expandedFits: false,
      tabTop: 16,
    },
    {
      case: 'the nearest free spot is below: the tab moves down',
      viewport: { width: 1920, height: 1080 },
      controls: [box(1880, 8, 1920, 150)],
      expandedFits: false,
      tabTop: 160,
    },
    {
      case: 'controls down the whole right edge but a gap above the usual spot: the tab goes up into it',
      viewport: { width: 1280, height: 800 },
      controls: [box(1250, 0, 1280, 20), box(1250, 90, 1280, 800)],
      expandedFits: false,
      tabTop: 24,
    },
    {
      case: 'nothing free at the right edge: the tab keeps its usual spot',
      viewport: { width: 1280, height: 800 },
      controls: [box(1200, 0, 1280, 800)],
      expandedFits: false,
      tabTop: 96,
    },
    {
      case: 'hidden controls (no size) do not count',
      viewport: { width: 1280, height: 800 },
      controls: [box(1100, 100, 1100, 100), box(1250, 90, 1250, 400)],
      expandedFits: true,
      tabTop: 96,
    },
    {
      case: 'a control within 4 px of the panel counts as covered',
      viewport: { width: 1280, height: 800 },
      controls: [box(900, 300, 938, 330)],
      expandedFits: false,
      tabTop: 96,
    },
    {
      case: 'a control 5 px left of the panel leaves it free',
      viewport: { width: 1280, height: 800 },
      controls: [box(900, 300, 935, 330)],
      expandedFits: true,
      tabTop: 96,
    },
  ])('$case', ({ viewport, controls, expandedFits, tabTop }) => {
    expect(placePanel({ viewport, contentRight: 0, controls }, GEOMETRY)).toEqual({ expandedFits, tabTop });
  });

  it.each([
    { contentRight: 1240, width: 1280, expandedFits: false },
    { contentRight: 1560, width: 1920, expandedFits: true },
    { contentRight: 1577, width: 1920, expandedFits: false },
    { contentRight: 1920, width: 1920, expandedFits: false },
  ])('main column ending at $contentRight px in a $width px window: opens by itself $expandedFits', (row) => {
    const layout = { viewport: { width: row.width, height: 900 }, contentRight: row.contentRight, controls: [] };
    expect(placePanel(layout, GEOMETRY).expandedFits).toBe(row.expandedFits);
  });

  it('never puts the tab below the window', () => {
    const layout = { viewport: { width: 1280, height: 300 }, contentRight: 0, controls: [box(1250, 0, 1280, 250)] };
    const { tabTop } = placePanel(layout, GEOMETRY);
    expect(tabTop + GEOMETRY.tab.height).toBeLessThanOrEqual(300 - GEOMETRY.bottomMargin);
  });
});
