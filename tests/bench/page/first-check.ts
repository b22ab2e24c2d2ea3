/**
 * `npm run bench:check [-- --runs N] [-- --extension DIR] [-- --pause MS]`: how long "Check my dispute" takes in Chromium with the built extension, from
 * the buyer's click to the verdict on screen, on the .com and .ru open-dispute fixture forms. Each run is a fresh
 * browser, so the first check pays for everything done once (the panel frame importing the analyzer, the learned
 * model's file, building and compiling the lexicons; the worker did this until 2026-12-05); the second check, of another draft, is what every later one costs. It also
 * reads the panel frame's JS heap (after a garbage collection) before the first check and after the second, which is
 * what holding the analyzer costs the frame's own process. Numbers are printed, not asserted.
 */
import { parseArgs } from 'node:util';
import type { BrowserContext, Frame } from '@playwright/test';
import { serveAliExpressFixtures } from '../../support/aliexpress-fixtures';
import { launchWithExtension } from '../../support/launch';
import { panelFrame } from '../../support/panel-frame';
import { spread } from './stats';

const { values: options } = parseArgs({
  // --extension: another unpacked build to time instead of .output/chrome-mv3 (an older commit's, to compare).
  // --pause: milliseconds on the page before the first check (a buyer reading it, then pasting a text); 0 clicks at once.
  options: {
    runs: { type: 'string', default: '7' },
    extension: { type: 'string' },
    pause: { type: 'string', default: '0' },
  },
});
const RUNS = Number(options.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`--runs must be a whole number ≥ 1, not "${options.runs}"`);
const PAUSE_MS = Number(options.pause);
if (!Number.isInteger(PAUSE_MS) || PAUSE_MS < 0)
  throw new Error(`--pause must be milliseconds ≥ 0, not "${options.pause}"`);

const FORMS = [
  {
    site: '.com',
    url: 'https://www.aliexpress.com/p/reverse-pages/start.html?orderId=8190000123456790&tradeOrderLineId=8190000123456790001',
    // A blocker, then a draft that only needs work: each check changes the verdict the panel shows.
    drafts: [
      'This f*cking seller sent me a broken cable: the plug is cracked and the phone does not charge. I noticed it when I opened the parcel on December 12. Please refund the full price.',
      'The left earbud gives no sound at any volume. I would like a replacement.',
    ],
  },
  {
    site: '.ru',
    url: 'https://aliexpress.ru/p/reverse-pages/start.html?orderId=5385013512515995&tradeOrderLineId=5385013512515995001',
    drafts: [
      'Продавец, вы е**ные мошенники! Кабель пришёл сломанный: штекер треснул, телефон не заряжается. Заметил это 12 декабря, когда открыл посылку. Прошу вернуть деньги полностью.',
      'Левый наушник не издаёт звука ни на какой громкости. Прошу замену.',
    ],
  },
] as const;

const VERDICTS = ['blocker', 'needs_work'] as const;

/**
 * Clicks the panel's check button inside its frame and waits there until it shows `expected`: the frame's own clock.
 * A string, because tsx would wrap a function's inner helpers in a `__name` call the frame does not have.
 */
const TIME_CHECK = `(expected) => new Promise((resolve, reject) => {
  const button = document.querySelector('[data-testid="check-button"]');
  if (!button) return reject(new Error('no check button in the panel'));
  const started = performance.now();
  const observer = new MutationObserver(() => {
    const verdict = document.querySelector('[data-testid="check-verdict"]');
    if (verdict && verdict.getAttribute('data-verdict') === expected) {
      observer.disconnect();
      resolve(performance.now() - started);
    }
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  button.click();
  setTimeout(() => reject(new Error('no "' + expected + '" verdict within 20 s')), 20000);
})`;

async function timeCheck(frame: Frame, expected: string): Promise<number> {
  return (await frame.evaluate(`(${TIME_CHECK})(${JSON.stringify(expected)})`)) as number;
}

/** The frame's used JS heap in MB after a full collection; an extension frame has its own process and CDP target. */
async function frameHeapMb(context: BrowserContext, frame: Frame): Promise<number> {
  const cdp = await context.newCDPSession(frame);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 1024 / 1024;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const mb = (value: number) => `${value.toFixed(1)} MB`;
for (const form of FORMS) {
  const first: number[] = [];
  const second: number[] = [];
  const heapBefore: number[] = [];
  const heapAfter: number[] = [];
  for (let run = 1; run <= RUNS; run++) {
    console.error(`${form.site} form: run ${run}/${RUNS}`);
    const browser = await launchWithExtension({ headless: true, extensionDir: options.extension });
    try {
      await serveAliExpressFixtures(browser.context);
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      await page.goto(form.url);
      const frame = await panelFrame(page);
      await frame.getByTestId('check-button').waitFor();
      heapBefore.push(await frameHeapMb(browser.context, frame));
      if (PAUSE_MS) await page.waitForTimeout(PAUSE_MS);
      for (const [index, draft] of form.drafts.entries()) {
        await page.locator('#description').fill(draft);
        (index === 0 ? first : second).push(await timeCheck(frame, VERDICTS[index]!));
      }
      heapAfter.push(await frameHeapMb(browser.context, frame));
    } finally {
      await browser.close();
    }
  }
  const [a, b] = [spread(first), spread(second)];
  console.log(
    `${form.site} form, click to verdict, ${RUNS} fresh browsers, first click ${PAUSE_MS} ms after the panel showed: first check median ${ms(a.median)} (p90 ${ms(a.p90)}), ` +
      `second check median ${ms(b.median)} (p90 ${ms(b.p90)}); panel frame's heap ` +
      `${mb(spread(heapBefore).median)} before the first check, ${mb(spread(heapAfter).median)} after the second (medians)`,
  );
}
