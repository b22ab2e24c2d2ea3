import type { Frame, Page } from '@playwright/test';

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
