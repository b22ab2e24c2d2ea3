// The panel sits at the window's right edge, below AliExpress's own header and search bar; collapsed, a small tab.
export const PANEL_TOP = 96;
export const PANEL_WIDTH = 340;
export const BOTTOM_MARGIN = 24;
export const TAB_WIDTH = 44;
export const TAB_HEIGHT = 60;

/** An element's box in viewport pixels, as `getBoundingClientRect` gives it. */
export interface Box {
  top: number;
  right: number;
  bottom: number;
}

export interface PageLayout {
  viewport: { width: number; height: number };
  /** The right edge of the page's main column, where its content ends. */
  contentRight: number;
  /** The boxes of the page's controls and headings near the window's right edge. */
  controls: Box[];
}

export interface Placement {
  /** True when the open panel, at its tallest, fits beside the page's main column and covers none of its controls. */
  fits: boolean;
  /** Where the tab sits: the first spot from the panel's top down that covers none of the page's controls. */
  tabTop: number;
}

// How finely the tab's spot is searched, and how far the panel keeps from the page's controls.
const STEP = 8;
const GAP = 4;

/**
 * Where the panel may go without hiding the page: it opens by itself only in the space beside the page's main column,
 * and the tab goes where it covers none of the page's controls. Both touch the window's right edge, so only a
 * control's right, top and bottom decide. When no spot is free the tab keeps its usual one.
 */
export function placePanel({ viewport, contentRight, controls }: PageLayout): Placement {
  const free = (left: number, top: number, bottom: number) =>
    !controls.some((box) => box.right > left - GAP && box.top < bottom + GAP && box.bottom > top - GAP);
  const fits =
    contentRight <= viewport.width - PANEL_WIDTH - GAP &&
    free(viewport.width - PANEL_WIDTH, PANEL_TOP, viewport.height - BOTTOM_MARGIN);
  const lowest = viewport.height - BOTTOM_MARGIN - TAB_HEIGHT;
  let tabTop = PANEL_TOP;
  while (tabTop <= lowest && !free(viewport.width - TAB_WIDTH, tabTop, tabTop + TAB_HEIGHT)) tabTop += STEP;
  return { fits, tabTop: tabTop <= lowest ? tabTop : PANEL_TOP };
}
