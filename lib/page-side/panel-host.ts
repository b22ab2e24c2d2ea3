import { browser } from 'wxt/browser';
import { PANEL_PAGE } from '../messaging/panel-channel';
import { placePanel, type PanelGeometry, type Placement } from './panel-placement';

/** Host element name: a stable hook that tests outside the project rely on. */
export const PANEL_HOST = 'dispute-helper';

// Where the panel sits: below AliExpress's own header and search bar, at the right edge of the window.
const GEOMETRY: PanelGeometry = { top: 96, width: 340, bottomMargin: 24, tab: { width: 44, height: 60 } };
/** What a buyer clicks or reads first: the panel must not hide these when it opens by itself. */
const CONTROLS =
  'a[href],button,input:not([type=hidden]),select,textarea,summary,[role=button],[role=link],[role=tab],[tabindex]:not([tabindex="-1"]),h1,h2,h3';
// A page with more controls than this is measured on its first ones (the panel's strip is near the top anyway).
const MAX_CONTROLS = 3000;

export interface PanelHost {
  host: HTMLElement;
  mount: () => void;
  remove: () => void;
  /** Collapsed: a small tab. Expanded: the panel's width, and the height its content asked for, within the window. */
  setSize: (collapsed: boolean, contentHeight?: number) => void;
  /** Measures the page once and keeps the tab's spot clear of its controls; says whether the open panel fits. */
  place: () => Placement;
}

/**
 * The panel's element: a closed shadow root holding only the frame that shows the panel, an extension page. The page
 * can see that the element exists, but neither reach into the root nor read the frame, which has the extension's
 * origin. It goes after <body>, not inside it, so pages that re-render their body keep it.
 */
export function createPanelHost(title: string): PanelHost {
  const host = document.createElement(PANEL_HOST);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  // Nothing inherits from the page; the frame is fixed, so it never moves the page's layout.
  style.textContent = `:host{all:initial;}iframe{position:fixed;z-index:2147483000;top:${GEOMETRY.top}px;right:0;border:0;background:transparent;color-scheme:normal;}`;
  const frame = document.createElement('iframe');
  frame.src = browser.runtime.getURL(PANEL_PAGE);
  frame.title = title;
  shadow.append(style, frame);
  let requested = 0;
  let tabTop = GEOMETRY.top;
  return {
    host,
    mount: () => document.documentElement.append(host),
    remove: () => host.remove(),
    setSize: (collapsed, contentHeight = requested) => {
      requested = contentHeight;
      const { top, width, bottomMargin, tab } = GEOMETRY;
      const room = Math.max(tab.height, window.innerHeight - top - bottomMargin);
      const height = collapsed ? tab.height : Math.min(Math.max(contentHeight, 120), room);
      frame.style.top = `${collapsed ? tabTop : top}px`;
      frame.style.width = `${collapsed ? tab.width : width}px`;
      frame.style.height = `${height}px`;
    },
    place: () => {
      const viewport = { width: document.documentElement.clientWidth, height: window.innerHeight };
      const placement = placePanel(
        {
          viewport,
          contentRight: mainColumnRight(viewport),
          controls: pageControls(viewport.width - GEOMETRY.width),
        },
        GEOMETRY,
      );
      tabTop = placement.tabTop;
      return placement;
    },
  };
}

/**
 * Where the page's main column ends: from the element in the middle of the window, the first ancestor at least half
 * the window wide (on AliExpress, the centred column of cards or forms). A full-width page gives the window's edge.
 */
function mainColumnRight(viewport: { width: number; height: number }): number {
  let element = document.elementFromPoint(viewport.width / 2, viewport.height / 2);
  for (; element && element !== document.body; element = element.parentElement) {
    const box = element.getBoundingClientRect();
    if (box.width >= viewport.width / 2) return box.right;
  }
  return viewport.width;
}

/**
 * The boxes of the page's controls in the strip the panel could cover. Reads only (one layout at most, no writes in
 * between), once per page after it settled.
 */
function pageControls(stripLeft: number): DOMRect[] {
  const boxes: DOMRect[] = [];
  const controls = document.body?.querySelectorAll(CONTROLS) ?? [];
  for (let i = 0; i < controls.length && i < MAX_CONTROLS; i++) {
    const box = controls[i]!.getBoundingClientRect();
    if (box.right > stripLeft && box.width > 0 && box.height > 0) boxes.push(box);
  }
  return boxes;
}
