import type { PanelAnswer, PanelView } from '../messaging/panel-channel';

// When the content script does not answer (the worker restarting, the page busy), ask again a little later, and a
// little later each time, up to a few seconds: a change is never missed for longer than that.
const RETRY_MS = 500;
const MAX_RETRY_MS = 4000;

export interface ViewFollowing {
  /** Asks the content script for the view once it is newer than `since`; undefined when no answer came. */
  wait: (since: number) => Promise<PanelAnswer | undefined>;
  /** A newer view arrived. */
  changed: (view: PanelView) => void;
  sleep?: (ms: number) => Promise<void>;
  /** Only tests stop following: the frame follows its page for as long as it lives. */
  signal?: AbortSignal;
}

/**
 * Asks for the view, then for each newer one; the content script answers when there is a change. Nothing ends the
 * following: the frame lives exactly as long as its page, so a page that stops answering for a while (a worker
 * restarting, a long quiet spell) is asked again, and a click in the panel is shown once it answers. A view the panel
 * fails to show is passed over, so the next change still shows.
 */
export async function followView({
  wait,
  changed,
  sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  signal,
}: ViewFollowing): Promise<void> {
  let since = -1;
  let failures = 0;
  while (!signal?.aborted) {
    const answer = await wait(since).catch(() => undefined);
    if (signal?.aborted) return;
    if (answer && 'view' in answer) {
      failures = 0;
      if (answer.version !== since) showSafely(changed, answer.view);
      since = answer.version;
    } else {
      failures++;
      await sleep(Math.min(RETRY_MS * failures, MAX_RETRY_MS));
    }
  }
}

function showSafely(changed: (view: PanelView) => void, view: PanelView): void {
  try {
    changed(view);
  } catch (error) {
    console.error('Dispute Helper: the panel could not show a change of its page.', error);
  }
}
