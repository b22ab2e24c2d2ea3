import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { FIXTURE_API_DIR, FIXTURE_PAGES_DIR } from './aliexpress-fixtures';

/** The dispute of the fixture dispute page (com/dispute-detail.html) and its order. */
export const FIXTURE_DISPUTE_ID = '5012345678901201';
export const FIXTURE_DISPUTE_ORDER_ID = '8190000123456703';
export const FIXTURE_DISPUTE_PAGE = `https://www.aliexpress.com/p/reverse-pages/detail.html?reverseOrderLineId=${FIXTURE_DISPUTE_ID}`;

/** The buyer's answer deadline as the fixture's markup and data show it, and its data's end time. */
const FIXTURE_DEADLINE = 'Jan 12, 2026 08:40';
const FIXTURE_END_TIME = '"endTime": 1768207200000';
const MINUTE = 60_000;

/** "Jan 12, 2026 08:40" as the page writes it, in the zone the browser (started from this process) runs in. */
function pageDateText(at: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const month = at.toLocaleString('en-US', { month: 'short' });
  return `${month} ${at.getDate()}, ${at.getFullYear()} ${two(at.getHours())}:${two(at.getMinutes())}`;
}

/**
 * Serves the fixture dispute with the buyer's answer due `fromNowMs` from now, rounded up to a whole minute as the
 * page shows it, in its markup and in its data. Registered after the fixture server's own routes, so these answer
 * first. Resolves with the deadline's instant.
 */
export async function serveDisputeDueIn(context: BrowserContext, fromNowMs: number): Promise<number> {
  const dueAt = Math.ceil((Date.now() + fromNowMs) / MINUTE) * MINUTE;
  const text = pageDateText(new Date(dueAt));
  const html = await readFile(path.join(FIXTURE_PAGES_DIR, 'com/dispute-detail.html'), 'utf8');
  const json = await readFile(path.join(FIXTURE_API_DIR, `com/dispute-detail/${FIXTURE_DISPUTE_ID}.json`), 'utf8');
  await context.route(/^https:\/\/www\.aliexpress\.com\/p\/reverse-pages\/detail\.html/, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: html.replaceAll(FIXTURE_DEADLINE, text) }),
  );
  await context.route(
    /^https:\/\/acs\.aliexpress\.com\/h5\/mtop\.aliexpress\.buyer\.reverse\.reverseorderlinerenderforbuyer\//i,
    async (route) => {
      const origin = (await route.request().headerValue('origin')) ?? '*';
      await route.fulfill({
        headers: { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true' },
        contentType: 'application/json; charset=utf-8',
        body: json.replaceAll(FIXTURE_DEADLINE, text).replace(FIXTURE_END_TIME, `"endTime": ${dueAt}`),
      });
    },
  );
  return dueAt;
}
