import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_PATH, EXTENSION_DIR, QUIET_CHROMIUM_ARGS } from '../../support/launch';
import { TIME_WORKER_ROUND_TRIP } from './page-probe';
for (let attempt = 0; attempt < 3; attempt++) {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'dbg-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, ...QUIET_CHROMIUM_ARGS],
  });
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const t0 = Date.now();
  const timeline: string[] = [];
  const log = (s: string) => timeline.push(`${Date.now() - t0} ${s}`);
  const page = await ctx.newPage();
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`, { waitUntil: 'load' });
  const cdp = await ctx.newCDPSession(page);
  let status = 'unknown';
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    const o = versions.find((v) => v.scriptURL === worker.url());
    if (o) {
      status = o.runningStatus;
      log(status);
    }
  });
  await cdp.send('ServiceWorker.enable');
  const waitUntil = async (c: () => boolean, f: string) => {
    for (const d = Date.now() + 5000; !c();) {
      if (Date.now() > d) throw new Error(f);
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  try {
    for (let run = 0; run < 17; run++) {
      log('STOP');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await waitUntil(() => status === 'stopped', 'the worker did not stop');
      await page.waitForTimeout(300);
      log('cold');
      const c = await page.evaluate(TIME_WORKER_ROUND_TRIP);
      log('cold done ' + JSON.stringify(c));
      await waitUntil(() => status === 'running', 'the worker did not start');
      await page.evaluate(TIME_WORKER_ROUND_TRIP);
    }
    console.log('attempt', attempt, 'ok');
  } catch (e) {
    console.log('attempt', attempt, String(e));
    console.log(timeline.slice(-15).join('\n'));
  }
  await ctx.close();
}
