/** An element's box in viewport pixels, as `getBoundingClientRect` gives it. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PanelGeometry {
  /** The expanded panel's top edge (below AliExpress's header and search bar) and width, at the window's right edge. */
  top: number;
  width: number;
  bottomMargin: number;
  /** The collapsed tab, also at the right edge. */
  tab: { width: number; height: number };
}

export interface PageLayout {
  viewport: { width: number; height: number };
  /** The right edge of the page's main column, where its content ends. */
  contentRight: number;
  /** The boxes of the page's interactive elements and headings near the right edge. */
  controls: Box[];
}

export interface Placement {
  /** True when the expanded panel, at its tallest, fits beside the page's main column and covers none of its controls. */
  expandedFits: boolean;
  /** Where the collapsed tab sits: the free spot nearest the panel's top, clear of the page's controls. */
  tabTop: number;
}

// How finely the tab's spot is searched, and how far it keeps from the page's controls.
const STEP = 8;
const GAP = 4;

/**
 * Where the panel may go without hiding the page: it opens by itself only in the space beside the page's main column;
 * the tab goes where it covers none of the page's controls. Both sit at the window's right edge. When nothing is free,
 * the tab keeps its usual place: a spot that covers nothing may not exist on a crowded page.
 */
export function placePanel({ viewport, contentRight, controls }: PageLayout, geometry: PanelGeometry): Placement {
  const overlaps = (area: Box) =>
    controls.some(
      (box) =>
        box.right > box.left &&
        box.bottom > box.top &&
        box.left < area.right + GAP &&
        box.right > area.left - GAP &&
        box.top < area.bottom + GAP &&
        box.bottom > area.top - GAP,
    );
  const right = viewport.width;
  const expandedFits =
    contentRight <= right - geometry.width - GAP &&
    !overlaps({
      left: right - geometry.width,
      right,
      top: geometry.top,
      bottom: Math.max(geometry.top, viewport.height - geometry.bottomMargin),
    });
  const tabAt = (top: number): Box => ({
    left: right - geometry.tab.width,
    right,
    top,
    bottom: top + geometry.tab.height,
  });
  const lowest = viewport.height - geometry.bottomMargin - geometry.tab.height;
  // The spot nearest the usual one wins, below it before above it.
  for (let offset = 0; offset <= Math.max(lowest, geometry.top); offset += STEP) {
    for (const top of [geometry.top + offset, geometry.top - offset]) {
      if (top >= STEP && top <= lowest && !overlaps(tabAt(top))) return { expandedFits, tabTop: top };
    }
  }
  return { expandedFits, tabTop: geometry.top };
}
