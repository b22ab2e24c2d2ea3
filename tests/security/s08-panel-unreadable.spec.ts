import { expect, panel, test } from '../e2e/extension-test';

/**
 * S8: what the panel shows (the buyer's case, soon their evidence) cannot be read by the page's own scripts: the host's
 * shadow root is closed and the panel is an extension-origin frame.
 */
const COM_DISPUTE = 'https://www.aliexpress.com/p/reverse-pages/detail.html?reverseOrderLineId=5012345678901201';

test('S8: a script in the page’s own world cannot read the panel or the facts', async ({ page }) => {
  await page.goto(COM_DISPUTE);
  const ui = await panel(page);
  await expect(ui.frame.getByTestId('latest-offer')).toBeVisible();
  const seen = await page.evaluate(() => {
    const host = document.querySelector('dispute-helper');
    const attempts: string[] = [];
    // The shadow root is closed, the frame is another origin, and nothing of ours is in the page's text.
    attempts.push(String(host?.shadowRoot ?? ''));
    for (let index = 0; index < window.frames.length; index++) {
      try {
        attempts.push(window.frames[index]!.document.body.innerText);
      } catch {
        attempts.push('');
      }
    }
    attempts.push(host?.textContent ?? '', document.body.innerText.includes('The offer to answer') ? 'leak' : '');
    return attempts.join('');
  });
  expect(seen).toBe('');
});
