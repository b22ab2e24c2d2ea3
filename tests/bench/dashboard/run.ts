/**
 * `npm run bench:dashboard`: the popup's dashboard over 1,000 stored orders. Prints, not asserts:
 * - first render: from the popup script's start (its first module sets a mark) to the rows painted (a frame and a
 *   task after the render), and from the navigation's start, over RUNS fresh popups with the worker running (it
 *   keeps the cases between popups: the first popup reads them, the others use what it kept);
 * - first render right after a write: the same, with the cases stamp changed before each popup as any write to the
 *   cases changes it, so the worker reads every store and works out every deadline again;
 * - first render after the buyer opened an order page: the worker stored the visit and, once the writes paused, read
 *   the cases again ahead of the popup (VISIT_RUNS times: each waits for that pause);
 * - the worker's part: one 'dashboard' message's round trip from the popup (read every store, build and sort rows);
 * - scrolling: the list scrolled to the bottom 120 px a frame, as a fast wheel does: frames, the longest gap
 *   between frames, long tasks (≥ 50 ms) meanwhile, and the rows in the page at the end.
 */
import type { Page } from '@playwright/test';
import { serveAliExpressFixtures } from '../../support/aliexpress-fixtures';
import { seedCases } from '../../support/dashboard-seed';
import { extensionWorker, launchWithExtension } from '../../support/launch';
import { spread } from '../page/stats';
import { REFRESH_AFTER_WRITES_MS } from '../../../lib/worker/kept-dashboard-cases';

const SEEDED = 1000;
const RUNS = 15;
const SCROLL_STEP_PX = 120;
const VISIT_RUNS = 5;
const ORDER_PAGE = 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000123456789';

/** tsx names functions with a helper the page does not have: this stands in for it before a function is evaluated. */
const NAME_HELPER = 'globalThis.__name = (target) => target';

/** One 'dashboard' message from the popup to the worker (a string: the popup's `chrome` is not typed here). */
const TIME_DASHBOARD_MESSAGE = `(async () => {
  const started = performance.now();
  const reply = await chrome.runtime.sendMessage({
    type: 'dashboard',
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  });
  if (!reply || !reply.ok) throw new Error('the dashboard message failed');
  return performance.now() - started;
})()`;

/** Renews the cases stamp, as every write to the cases does (lib/db/cases-stamp.ts), from an extension page. */
const RENEW_CASES_STAMP = `new Promise((resolve, reject) => {
  const open = indexedDB.open('dispute-helper');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const tx = open.result.transaction('settings', 'readwrite');
    tx.objectStore('settings').put(crypto.randomUUID(), 'casesStamp');
    tx.oncomplete = () => { open.result.close(); resolve(undefined); };
    tx.onerror = () => reject(tx.error);
  };
})`;

const format = ({ median, p90 }: { median: number; p90: number }) =>
  `median ${median.toFixed(1)} ms, p90 ${p90.toFixed(1)} ms`;

/** The popup's own marks: its script's start and the rows painted, in ms since the navigation began. */
async function firstRender(page: Page): Promise<{ fromScript: number; fromNavigation: number }> {
  await page.waitForFunction(() => performance.getEntriesByName('dh:popup-painted').length > 0, undefined, {
    timeout: 10_000,
  });
  return page.evaluate(() => {
    const start = performance.getEntriesByName('dh:popup-start')[0]!.startTime;
    const painted = performance.getEntriesByName('dh:popup-painted')[0]!.startTime;
    return { fromScript: painted - start, fromNavigation: painted };
  });
}

const browser = await launchWithExtension({ headless: true });
try {
  const worker = await extensionWorker(browser.context);
  // Pictures load as from AliExpress's image hosts, with no network.
  await serveAliExpressFixtures(browser.context);
  const base = `chrome-extension://${new URL(worker.url()).host}`;
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(`${base}/options.html`);
  await page.getByTestId('count-orders').waitFor();
  await page.evaluate(NAME_HELPER);
  const seeded = await page.evaluate(seedCases, { count: SEEDED, now: Date.now() });

  const fromScript: number[] = [];
  const fromNavigation: number[] = [];
  let rowsInPage = 0;
  for (let run = 0; run < RUNS; run++) {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`${base}/popup.html`);
    const measured = await firstRender(popup);
    fromScript.push(measured.fromScript);
    fromNavigation.push(measured.fromNavigation);
    rowsInPage = await popup.getByTestId('dashboard-row').count();
    await popup.close();
  }

  const afterWrite: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await page.evaluate(RENEW_CASES_STAMP);
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`${base}/popup.html`);
    afterWrite.push((await firstRender(popup)).fromScript);
    await popup.close();
  }

  const afterVisit: number[] = [];
  const shop = await browser.context.newPage();
  for (let run = 0; run < VISIT_RUNS; run++) {
    await shop.goto(ORDER_PAGE);
    await shop.locator('dispute-helper').waitFor({ state: 'attached' });
    // The page's report is stored, then the worker waits for the writes to pause and reads the cases again.
    await shop.waitForTimeout(REFRESH_AFTER_WRITES_MS + 1500);
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`${base}/popup.html`);
    afterVisit.push((await firstRender(popup)).fromScript);
    await popup.close();
  }
  await shop.close();

  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`${base}/popup.html`);
  await firstRender(popup);
  const roundTrips: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    roundTrips.push(await popup.evaluate<number>(TIME_DASHBOARD_MESSAGE));
  }
  await popup.evaluate(NAME_HELPER);
  const openRows = Number(await popup.getByTestId('dashboard-list').getAttribute('data-count'));

  const scrolling = await popup.evaluate(async (step) => {
    const list = document.querySelector<HTMLElement>('[data-testid="dashboard-list"]')!;
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((entries) => {
      for (const entry of entries.getEntries()) longTasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const gaps: number[] = [];
    const started = performance.now();
    let last = started;
    await new Promise<void>((resolve) => {
      const frame = (at: number) => {
        gaps.push(at - last);
        last = at;
        if (list.scrollTop + list.clientHeight >= list.scrollHeight - 1) return resolve();
        list.scrollTop += step;
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    // Let the last frame's work land before reading the long tasks.
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
    const rows = [...document.querySelectorAll<HTMLElement>('[data-testid="dashboard-row"]')];
    return {
      ms: performance.now() - started,
      frames: gaps.length,
      worstGap: Math.max(...gaps.slice(1)),
      sortedGaps: gaps.slice(1).sort((a, b) => a - b),
      longTasks,
      rowsInPage: rows.length,
      lastShown: Math.max(...rows.map((row) => Number(row.getAttribute('aria-posinset')))),
    };
  }, SCROLL_STEP_PX);
  const p95Gap = scrolling.sortedGaps[Math.floor(scrolling.sortedGaps.length * 0.95)] ?? 0;

  console.log(
    [
      `Dashboard bench: ${seeded} stored orders (${openRows} open), ${RUNS} runs each, headless Chromium, worker running.`,
      `First render, popup script start → rows painted: ${format(spread(fromScript))}`,
      `First render, navigation start → rows painted:   ${format(spread(fromNavigation))}`,
      `First render right after a write (all read again): ${format(spread(afterWrite))}`,
      `First render after opening an order page:       ${format(spread(afterVisit))} (${VISIT_RUNS} runs)`,
      `Rows in the page after first render: ${rowsInPage} (of ${openRows} in the open filter)`,
      `Worker 'dashboard' round trip from the popup:    ${format(spread(roundTrips))}`,
      `Scroll to the bottom (${SCROLL_STEP_PX} px a frame): ${scrolling.frames} frames in ${scrolling.ms.toFixed(0)} ms,` +
        ` frame gap p95 ${p95Gap.toFixed(1)} ms, worst ${scrolling.worstGap.toFixed(1)} ms,` +
        ` long tasks ${scrolling.longTasks.length}` +
        (scrolling.longTasks.length ? ` (longest ${Math.max(...scrolling.longTasks).toFixed(0)} ms)` : '') +
        `; at the bottom ${scrolling.rowsInPage} rows in the page, the last shown is row ${scrolling.lastShown}`,
    ].join('\n'),
  );
} finally {
  await browser.close();
}
