import type { Frame, Locator, Page } from '@playwright/test';

/** The panel frame of this page: an extension page, found by its address since the page cannot reach into it. */
export async function panelFrame(page: Page, timeout = 10_000): Promise<Frame> {
  for (const deadline = Date.now() + timeout; ; await page.waitForTimeout(50)) {
    const frame = page
      .frames()
      .findLast((f) => /^chrome-extension:\/\/[^/]+\/panel\.html/.test(f.url()) && !f.isDetached());
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error('no panel frame appeared on this page');
  }
}

/**
 * Waits until the panel frame has the height its content asked for: the content script sizes the frame a round trip
 * after the content grows, and until then the frame scrolls inside. A click aimed while it is still short lands where
 * the button was before the resize (CI traces: the frame went from 120 to 607 px during such a click). A frame capped
 * by the window keeps scrolling; one whose height has not changed for a second is taken as settled too.
 */
export async function panelSettled(frame: Frame, timeout = 10_000): Promise<void> {
  await frame.waitForFunction(
    () => {
      const state = window as unknown as { dhHeight?: number; dhSince?: number };
      const now = performance.now();
      if (state.dhHeight !== window.innerHeight) {
        state.dhHeight = window.innerHeight;
        state.dhSince = now;
        return false;
      }
      const fits = document.documentElement.scrollHeight <= window.innerHeight + 1;
      return now - (state.dhSince ?? now) > (fits ? 200 : 1000);
    },
    undefined,
    { timeout, polling: 50 },
  );
}

/**
 * Opens a folded section (`<details>`) as a buyer would. A part that loads late above it (the case log, the evidence)
 * can move its summary while a click is on its way (a CI trace: the templates stayed shut after a click "done"), so the
 * summary is clicked again until the section is open.
 */
export async function openDetails(details: Locator, timeout = 10_000): Promise<void> {
  for (const deadline = Date.now() + timeout; ; await details.page().waitForTimeout(100)) {
    if (await details.evaluate((node) => (node as HTMLDetailsElement).open)) return;
    if (Date.now() > deadline) throw new Error('the folded section did not open');
    await details.locator('summary').click();
  }
}
