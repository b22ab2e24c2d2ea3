/**
 * `npm run demo`: the built extension in Chromium on demo AliExpress pages, answered from fixtures with no
 * network. With a display it opens a window with a tab per page; without one it runs headless and saves
 * a screenshot of each page with the panel.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { serveAliExpressFixtures } from '../support/aliexpress-fixtures';
import { DEMO_PAGES } from '../support/demo-pages';
import { launchWithExtension } from '../support/launch';

const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../demo-screenshots');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

async function main() {
  const locales = headless ? ['en-US', 'ru-RU'] : [process.env.DEMO_LOCALE ?? 'en-US'];
  for (const locale of locales) {
    const browser = await launchWithExtension({ headless, locale });
    await serveAliExpressFixtures(browser.context);
    const [blank] = browser.context.pages();

    for (const [index, demo] of DEMO_PAGES.entries()) {
      const page = index === 0 && blank ? blank : await browser.context.newPage();
      await page.goto(demo.url);
      await page
        .locator('dispute-helper [data-testid="status"]:is([data-state="saved"], [data-state="error"])')
        .waitFor({ timeout: 10_000 });
      if (headless) {
        await mkdir(SCREENSHOT_DIR, { recursive: true });
        const file = path.join(
          SCREENSHOT_DIR,
          `${String(index + 1).padStart(2, '0')}-${demo.site}-${demo.kind}.${locale}.png`,
        );
        await page.screenshot({ path: file });
        console.log(`${demo.kind.padEnd(15)} ${demo.url}\n  -> ${path.relative(process.cwd(), file)}`);
        await page.close();
      }
    }

    if (headless) {
      await browser.close();
    } else {
      console.log(`Opened ${DEMO_PAGES.length} demo pages in Chromium. Close the window to finish.`);
      await new Promise((resolve) => browser.context.on('close', resolve));
    }
  }
  if (headless)
    console.log(`\nNo display found, so screenshots were saved in ${path.relative(process.cwd(), SCREENSHOT_DIR)}/`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
