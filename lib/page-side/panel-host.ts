import { browser } from 'wxt/browser';
import { PANEL_PAGE } from '../messaging/panel-channel';
import {
  BOTTOM_MARGIN,
  PANEL_TOP,
  PANEL_WIDTH,
  TAB_HEIGHT,
  TAB_WIDTH,
  placePanel,
  type Placement,
} from './panel-placement';

/** Host element name: a stable hook that tests outside the project rely on. */
export const PANEL_HOST = 'dispute-helper';

/** What a buyer clicks or reads first: the panel must not hide these when it opens by itself. */
const CONTROLS = 'a,button,input,select,textarea,[role=button],[tabindex],h1,h2';

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
  style.textContent = `:host{all:initial;}iframe{position:fixed;z-index:2147483000;right:0;border:0;background:transparent;color-scheme:normal;}`;
  const frame = document.createElement('iframe');
  frame.src = browser.runtime.getURL(PANEL_PAGE);
  frame.title = title;
  // The panel's Copy button writes to the clipboard from inside the page, so the page delegates that to the frame.
  // Chromium matches neither the default `src` nor a named origin to an extension's, hence `*`: it grants nothing the
  // page has not got itself (a top-level page may write to the clipboard on a click), whatever the frame shows.
  frame.allow = 'clipboard-write *';
  shadow.append(style, frame);
  let requested = 0;
  let tabTop = PANEL_TOP;
  return {
    host,
    mount: () => document.documentElement.append(host),
    remove: () => host.remove(),
    setSize: (collapsed, contentHeight = requested) => {
      requested = contentHeight;
      const room = Math.max(TAB_HEIGHT, window.innerHeight - PANEL_TOP - BOTTOM_MARGIN);
      frame.style.top = `${collapsed ? tabTop : PANEL_TOP}px`;
      frame.style.width = `${collapsed ? TAB_WIDTH : PANEL_WIDTH}px`;
      frame.style.height = `${collapsed ? TAB_HEIGHT : Math.min(Math.max(contentHeight, 120), room)}px`;
    },
    place: () => {
      const viewport = { width: document.documentElement.clientWidth, height: window.innerHeight };
      const placement = placePanel({
        viewport,
        contentRight: mainColumnRight(viewport),
        controls: pageControls(viewport.width - PANEL_WIDTH),
      });
      tabTop = placement.tabTop;
      return placement;
    },
  };
}

/**
 * Where the page's main column ends: from the element in the middle of the window, the first ancestor at least half
 * the window wide (on AliExpress, the centred column of cards or forms; on a mobile page, the whole width). A middle
 * with only <body> or <html> under it (a short page) has no column to cover: 0.
 */
function mainColumnRight(viewport: { width: number; height: number }): number {
  let element = document.elementFromPoint(viewport.width / 2, viewport.height / 2);
  for (; element?.parentElement && element !== document.body; element = element.parentElement) {
    const box = element.getBoundingClientRect();
    if (box.width >= viewport.width / 2) return box.right;
  }
  return 0;
}

/**
 * The boxes of the page's controls in the strip the panel could cover (a hidden one's box is all zero: left out).
 * Reads only (one layout at most, no writes in between), once per page after it settled.
 */
function pageControls(stripLeft: number): DOMRect[] {
  return [...document.querySelectorAll(CONTROLS)]
    .map((control) => control.getBoundingClientRect())
    .filter((box) => box.right > stripLeft);
}
