import { FROM_PANEL, type FromPanelRelay } from '../../messaging/panel-channel';
import type { SenderInfo } from '../../messaging/sender';
import { MessageError } from '../message-error';
import type { Handler } from './types';

/** The panel frame's tab, as the browser names it (a frame cannot claim another tab). */
function tabOf(sender: SenderInfo): number {
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0) throw new MessageError('forbidden-sender', 'the panel is not in a tab');
  return tabId;
}

export const panelHello: Handler<'panel-hello'> = async (_message, sender) => ({ tabId: tabOf(sender) });

/** What the buyer did in the panel goes to the content script of the same tab, and only there; its answer comes back. */
export const panelRequest: Handler<'panel-request'> = async ({ request }, sender, env) => {
  const relay: FromPanelRelay = { type: FROM_PANEL, request };
  try {
    return { answer: await env.toContentScript(tabOf(sender), relay) };
  } catch {
    // The tab has moved on to a page without our content script (or is closing).
    throw new MessageError('not-our-page', 'no content script answers in this tab');
  }
};
