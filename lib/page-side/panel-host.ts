import { browser } from 'wxt/browser';
import { PANEL_PAGE } from '../messaging/panel-channel';

/** Host element name: a stable hook that tests outside the project rely on. */
export const PANEL_HOST = 'dispute-helper';

// Where the panel sits: below AliExpress's own header and search bar, at the right edge of the window.
const TOP = 96;
const EXPANDED_WIDTH = 340;
const COLLAPSED = { width: 44, height: 60 };
const BOTTOM_MARGIN = 24;

export interface PanelHost {
  host: HTMLElement;
  mount: () => void;
  remove: () => void;
  /** Collapsed: a small tab. Expanded: the panel's width, and the height its content asked for, within the window. */
  setSize: (collapsed: boolean, contentHeight?: number) => void;
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
  style.textContent = `:host{all:initial;}iframe{position:fixed;z-index:2147483000;top:${TOP}px;right:0;border:0;background:transparent;color-scheme:normal;}`;
  const frame = document.createElement('iframe');
  frame.src = browser.runtime.getURL(PANEL_PAGE);
  frame.title = title;
  shadow.append(style, frame);
  let requested = 0;
  return {
    host,
    mount: () => document.documentElement.append(host),
    remove: () => host.remove(),
    setSize: (collapsed, contentHeight = requested) => {
      requested = contentHeight;
      const room = Math.max(COLLAPSED.height, window.innerHeight - TOP - BOTTOM_MARGIN);
      const height = collapsed ? COLLAPSED.height : Math.min(Math.max(contentHeight, 120), room);
      frame.style.width = `${collapsed ? COLLAPSED.width : EXPANDED_WIDTH}px`;
      frame.style.height = `${height}px`;
    },
  };
}
