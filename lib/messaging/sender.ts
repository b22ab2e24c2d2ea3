import { isAliExpressUrl, safeParseUrl } from '../aliexpress/hosts';
import { PANEL_PAGE } from './panel-channel';
import type { SenderRole } from './protocol';

/** The parts of runtime.MessageSender the checks read. */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number } | null;
  frameId?: number;
}

export interface ExtensionIdentity {
  id: string;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`, i.e. runtime.getURL(''). */
  baseUrl: string;
}

/**
 * Who sent a message: our content script in the top frame of an AliExpress tab, one of our own pages,
 * or nobody we trust (null). A compromised page renderer can forge content-script messages, so a
 * content-script sender never gets more than content-script rights.
 */
export function roleOfSender(sender: SenderInfo, self: ExtensionIdentity): SenderRole | null {
  if (sender.id !== self.id || typeof sender.url !== 'string') return null;
  if (sender.url.startsWith(self.baseUrl)) {
    // The panel page is shown inside AliExpress pages, so it gets only what the panel needs, never the popup's rights.
    const path = safeParseUrl(sender.url)?.pathname;
    if (path === PANEL_PAGE) return sender.tab != null && typeof sender.frameId === 'number' ? 'panel-frame' : null;
    return 'extension-page';
  }

  const url = safeParseUrl(sender.url);
  if (!url || !isAliExpressUrl(sender.url) || sender.tab == null || sender.frameId !== 0) return null;
  // Chrome sends the frame's origin too; when it does, it must agree with the URL.
  if (sender.origin !== undefined && sender.origin !== url.origin) return null;
  return 'content-script';
}
