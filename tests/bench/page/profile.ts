/**
 * `npx tsx tests/bench/page/profile.ts [--runs N] [--extension DIR] [--top N]`: where the extension's time goes on
 * the fixture order list and order detail. It loads each page N times with the extension, records a CPU profile of
 * the page's renderer (CDP Profiler, 100 µs sampling) from before navigation to load + 2 s, as `bench:page` measures,
 * and prints the self time per script and the busiest functions of the extension's scripts (content scripts and the
 * MAIN-world observer), averaged per load. Function names are the minified ones unless the build was made without
 * minifying (a config that spreads wxt.config.ts and adds `build: { minify: false }` and its own `outDir`, passed with
 * `npx wxt build -c`, then `--extension` here). The profiler samples wall time: on a loaded machine a descheduled
 * thread's time lands on whatever function was running, so compare profiles taken under similar load only.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_PATH, EXTENSION_DIR, QUIET_CHROMIUM_ARGS } from '../../support/launch';
import { ALIEXPRESS_HOST, answerDataRequests, serveFixturePages } from './fixture-server';

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '8' },
    extension: { type: 'string', default: EXTENSION_DIR },
    top: { type: 'string', default: '25' },
  },
});
const RUNS = Number(options.runs);
const TOP = Number(options.top);
const WINDOW_AFTER_LOAD_MS = 2000;
const PAGES = [
  { name: 'order-list', path: '/p/order/index.html' },
  { name: 'order-detail', path: '/p/order/detail.html?orderId=8190000123456789' },
] as const;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const server = await serveFixturePages();
const profile = await mkdtemp(path.join(os.tmpdir(), 'dispute-helper-profile-'));
const extension = path.resolve(options.extension);
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM_PATH,
  headless: true,
  locale: 'en-US',
  args: [
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    ...server.chromiumArgs,
    ...QUIET_CHROMIUM_ARGS,
  ],
});
await answerDataRequests(context);

try {
  for (const target of PAGES) {
    const byScript = new Map<string, number>();
    const byFunction = new Map<string, number>();
    for (let run = 0; run < RUNS + 1; run++) {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      await page.goto(`https://${ALIEXPRESS_HOST}:${server.port}${target.path}`, { waitUntil: 'load' });
      await page.waitForTimeout(WINDOW_AFTER_LOAD_MS);
      const { profile: recorded } = (await cdp.send('Profiler.stop')) as { profile: Profile };
      await page.close();
      if (run === 0) continue; // warm-up: the first load compiles what later loads take from the cache
      addSelfTimes(recorded, byScript, byFunction);
    }
    console.log(`\n${target.name}: self time per load (ms), ${RUNS} loads after a warm-up`);
    for (const [script, ms] of sorted(byScript)) console.log(`  ${(ms / RUNS).toFixed(2).padStart(8)}  ${script}`);
    console.log(`  busiest functions of the extension's scripts:`);
    for (const [name, ms] of sorted(byFunction).slice(0, TOP)) {
      console.log(`  ${(ms / RUNS).toFixed(2).padStart(8)}  ${name}`);
    }
  }
} finally {
  await context.close();
  await server.close();
  await rm(profile, { recursive: true, force: true });
}

function addSelfTimes(recorded: Profile, byScript: Map<string, number>, byFunction: Map<string, number>): void {
  const nodes = new Map(recorded.nodes.map((node) => [node.id, node]));
  // Native frames (the page calling fetch, a MutationObserver delivering) have no URL: charge them to the script
  // that called them, so the Proxy traps and observers show under their own script.
  const parentOf = new Map<number, number>();
  for (const node of recorded.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const scriptOf = (id: number): string => {
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const url = nodes.get(at)!.callFrame.url;
      if (url) return shortUrl(url);
    }
    return nodes.get(id)!.callFrame.functionName || '(root)';
  };
  recorded.samples.forEach((id, index) => {
    const ms = (recorded.timeDeltas[index + 1] ?? 0) / 1000;
    const node = nodes.get(id)!;
    const script = scriptOf(id);
    byScript.set(script, (byScript.get(script) ?? 0) + ms);
    if (script.startsWith('ext:')) {
      const { functionName, lineNumber, columnNumber } = node.callFrame;
      const name = `${script} ${functionName || '(anonymous)'} :${lineNumber + 1}:${columnNumber + 1}${
        node.callFrame.url ? '' : ' (native)'
      }`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    }
  });
}

function shortUrl(url: string): string {
  const extension = /^chrome-extension:\/\/[^/]+\/(.*)$/.exec(url);
  if (extension) return `ext:${extension[1]}`;
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

function sorted(map: Map<string, number>): Array<[string, number]> {
  return [...map].sort((a, b) => b[1] - a[1]);
}
