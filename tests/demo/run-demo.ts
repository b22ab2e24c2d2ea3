/**
 * `npm run demo`: the built extension in Chromium on demo AliExpress pages, answered from fixtures with no
 * network. With a display it opens a window with a tab per page; without one it runs headless and saves
 * a screenshot of each page with the panel, once what it shows has settled.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { serveAliExpressFixtures } from '../support/aliexpress-fixtures';
import { DEMO_PAGES } from '../support/demo-pages';
import { extensionWorker, launchWithExtension } from '../support/launch';

const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../demo-screenshots');
/** The stores' screenshot size (Chrome Web Store: 1280×800 or 640×400; AMO takes any). */
const STORE_SIZE = { width: 1280, height: 800 };
const STORE_DIR = path.join(SCREENSHOT_DIR, 'store');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const TIMEOUT_MS = 10_000;

interface Scene {
  name: string;
  url: string;
  /** What the panel shows once it has read the page (a dispute list gives only the visit). */
  shows?: string;
  /** What the buyer does on the page before the screenshot, beyond waiting for the panel to settle. */
  act?: (page: Page, panel: Frame, locale: string) => Promise<void>;
  /** Also shot at the stores' size, for the store listing. */
  store?: boolean;
}

// A draft with a few things to fix, as a buyer might first write it.
const DRAFTS: Record<string, string> = {
  'en-US':
    'The seller is a liar!!! The cable I got is broken, the plug is cracked. I want my money back or I will report this shop.',
  'ru-RU':
    'Продавец обманщик!!! Кабель пришёл сломанный, штекер треснул. Верните деньги, иначе я пожалуюсь на магазин.',
};

const READ_SIGN: Partial<Record<(typeof DEMO_PAGES)[number]['kind'], string>> = {
  'order-list': 'list-read',
  'order-detail': 'now',
  'dispute-start': 'check-button',
  'dispute-detail': 'now',
};

const SCENES: Scene[] = [
  ...DEMO_PAGES.map((demo, index) => ({
    name: `${String(index + 1).padStart(2, '0')}-${demo.site}-${demo.kind}`,
    url: demo.url,
    shows: READ_SIGN[demo.kind],
    store: demo.site === 'global' && (demo.kind === 'order-list' || demo.kind === 'order-detail'),
  })),
  {
    name: `${String(DEMO_PAGES.length + 1).padStart(2, '0')}-global-dispute-check-filled`,
    url: 'https://www.aliexpress.com/p/reverse-pages/start.html?orderId=8190000123456790&tradeOrderLineId=8190000123456790001',
    act: async (page, panel, locale) => {
      await page.locator('#description').fill(DRAFTS[locale] ?? DRAFTS['en-US']!);
      await panel.getByTestId('check-button').click();
      await panel.getByTestId('check-verdict').waitFor({ timeout: TIMEOUT_MS });
      await panel.getByTestId('finding').first().waitFor({ timeout: TIMEOUT_MS });
    },
    store: true,
  },
  {
    name: `${String(DEMO_PAGES.length + 2).padStart(2, '0')}-global-dispute-seller-offer`,
    url: 'https://www.aliexpress.com/p/reverse-pages/detail.html?reverseOrderLineId=5012345678901201',
    act: async (_page, panel) => {
      await panel.locator('[data-testid="now"][data-whose="buyer"]').waitFor({ timeout: TIMEOUT_MS });
      await panel.getByTestId('latest-offer').waitFor({ timeout: TIMEOUT_MS });
    },
    store: true,
  },
];

async function main() {
  const locales = headless ? ['en-US', 'ru-RU'] : [process.env.DEMO_LOCALE ?? 'en-US'];
  for (const locale of locales) {
    // Third-party cookies allowed, so the panel keeps the buyer's evidence files itself (blocked, it offers a tab).
    const browser = await launchWithExtension({ headless, locale, thirdPartyStorage: 'allowed' });
    try {
      await serveAliExpressFixtures(browser.context);
      const [blank] = browser.context.pages();

      for (const [index, scene] of SCENES.entries()) {
        const page = index === 0 && blank ? blank : await browser.context.newPage();
        await page.goto(scene.url);
        const panel = await openPanel(page);
        await scene.act?.(page, panel, locale);
        await settled(page, panel, scene.shows);
        if (headless) {
          await mkdir(SCREENSHOT_DIR, { recursive: true });
          const file = path.join(SCREENSHOT_DIR, `${scene.name}.${locale}.png`);
          await page.screenshot({ path: file });
          console.log(`${scene.name.padEnd(36)} ${scene.url}\n  -> ${path.relative(process.cwd(), file)}`);
          await page.close();
        }
      }

      if (headless) await shootForStores(browser.context, locale);

      if (!headless) {
        console.log(`Opened ${SCENES.length} demo pages in Chromium. Close the window to finish.`);
        await new Promise((resolve) => browser.context.on('close', resolve));
      }
    } finally {
      // Also when a page did not settle: a Chromium left open would keep the command from ending.
      await browser.close();
    }
  }
  if (headless)
    console.log(`\nNo display found, so screenshots were saved in ${path.relative(process.cwd(), SCREENSHOT_DIR)}/`);
}

/** The store listing's screenshots: the scenes marked `store`, in a 1280×800 window. */
async function shootForStores(context: BrowserContext, locale: string): Promise<void> {
  await mkdir(STORE_DIR, { recursive: true });
  for (const scene of SCENES.filter((candidate) => candidate.store)) {
    const page = await context.newPage();
    await page.setViewportSize(STORE_SIZE);
    await page.goto(scene.url);
    const panel = await openPanel(page);
    await scene.act?.(page, panel, locale);
    await settled(page, panel, scene.shows);
    const file = path.join(STORE_DIR, `${scene.name}.${locale}.png`);
    await page.screenshot({ path: file });
    console.log(`store ${scene.name.padEnd(30)} -> ${path.relative(process.cwd(), file)}`);
    await page.close();
  }
  // The popup's dashboard (of the cases the scenes opened) and the options page, each in the same window size.
  const origin = `chrome-extension://${new URL((await extensionWorker(context)).url()).host}`;
  const pages = [
    { name: 'popup-dashboard', file: 'popup.html', shows: 'dashboard-row' },
    { name: 'options', file: 'options.html', shows: 'privacy-statement' },
  ];
  for (const [index, extensionPage] of pages.entries()) {
    const page = await context.newPage();
    await page.setViewportSize(STORE_SIZE);
    await page.goto(`${origin}/${extensionPage.file}`);
    await page.getByTestId(extensionPage.shows).first().waitFor({ timeout: TIMEOUT_MS });
    const file = path.join(
      STORE_DIR,
      `${String(SCENES.length + index + 1).padStart(2, '0')}-${extensionPage.name}.${locale}.png`,
    );
    await page.screenshot({ path: file });
    console.log(`store ${extensionPage.name.padEnd(30)} -> ${path.relative(process.cwd(), file)}`);
    await page.close();
  }
}

/** The panel's frame, open: where it starts as a tab (no room beside the page), the demo opens it as a buyer would. */
async function openPanel(page: Page): Promise<Frame> {
  const deadline = Date.now() + TIMEOUT_MS;
  let frame: Frame | undefined;
  while (!(frame = page.frames().find((f) => /^chrome-extension:\/\/[^/]+\/panel\.html/.test(f.url())))) {
    if (Date.now() > deadline) throw new Error(`no panel on ${page.url()}`);
    await page.waitForTimeout(50);
  }
  const root = frame.locator('[data-testid="panel"]:is([data-state="collapsed"], [data-state="expanded"])');
  await root.waitFor({ timeout: TIMEOUT_MS });
  if ((await root.getAttribute('data-state')) === 'collapsed') await frame.getByTestId('panel-tab').click();
  return frame;
}

/**
 * Waits for what the panel and the page show to stop changing: the visit saved, the case view or the list read, the
 * badges on a list, and the frame at its final height (it grows with its content).
 */
async function settled(page: Page, panel: Frame, shows: string | undefined): Promise<void> {
  await panel
    .locator('[data-testid="status"]:is([data-state="saved"], [data-state="error"])')
    .waitFor({ timeout: TIMEOUT_MS });
  if (shows) await panel.getByTestId(shows).first().waitFor({ timeout: TIMEOUT_MS });
  if (shows === 'list-read' && (await page.locator('.order-item').count()) > 0)
    await page.locator('[data-dispute-helper="badge"]').first().waitFor({ state: 'attached', timeout: TIMEOUT_MS });
  const frame = await panel.frameElement();
  let last = '';
  for (const deadline = Date.now() + TIMEOUT_MS; Date.now() < deadline;) {
    const box = JSON.stringify(await frame.boundingBox());
    if (box === last) return;
    last = box;
    // Two looks one animation frame apart: a size the frame asked for is applied within one.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
