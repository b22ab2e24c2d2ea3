import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { md5 } from '../../../lib/aliexpress/md5';
import { readCaseEvents } from '../../../lib/db/case-events';
import { readFactsFor } from '../../../lib/db/facts';
import { readWatch, writeWatch, writeWatcherOff } from '../../../lib/db/watches';
import { WATCH_TIMING } from '../../../lib/watcher/schedule';
import { handleMessage } from '../../../lib/worker/handle-message';
import { checkWatchedDispute, CHECK_TIMEOUT_MS } from '../../../lib/worker/watcher/check';
import { scheduleAllWatches } from '../../../lib/worker/watcher/schedule-watch';
import type { WorkerEnv } from '../../../lib/worker/worker-env';
import { FakeWatcherHost } from '../../support/fake-watcher-host';
import { contentScriptAt, extensionPageAt, NOW, SELF, useTestWorker } from '../support/worker-env';

const makeEnv = useTestWorker('watcher-test');

const DISPUTE = '5012345678901201';
const ORDER = '8190000123456703';
const OTHER_DISPUTE = '5012345678909999';
const ALARM = `dh:w:${DISPUTE}`;
const PAGE = `https://www.aliexpress.com/p/reverse-pages/detail.html?reverseOrderLineId=${DISPUTE}&orderId=${ORDER}`;
const API = 'mtop.aliexpress.buyer.reverse.reverseOrderLineRenderForBuyer';
const REQUEST_URL =
  `https://acs.aliexpress.com/h5/${API}/1.0/?jsv=2.7.2&appKey=12574478&t=1749999999000` +
  `&sign=3c5e7a9b1d2f4a6c8e0b2d4f6a8c0e2b&api=${API}&v=1.0&type=originaljson&dataType=json`;
const DATA = JSON.stringify({ terminalType: 'PC', reverseOrderLineId: DISPUTE, tradeOrderId: ORDER, shipTo: 'US' });
const BODY = new URLSearchParams({ data: DATA }).toString();
const FORM = 'application/x-www-form-urlencoded';
const TOKEN = '0123456789abcdef0123456789abcdef';
const FRESH_TOKEN = 'fedcba9876543210fedcba9876543210';
const MINUTE = 60_000;

const FIXTURE = readFileSync(
  path.resolve(import.meta.dirname, '../../fixtures/api/com/dispute-detail/5012345678901201.json'),
  'utf8',
);
type Module = Record<string, unknown> & { processList: Array<Record<string, unknown>> };

/** The fixture answer, changed by `edit` (the seller replying, the case closing). */
function answerWith(edit: (module: Module) => void = () => undefined): string {
  const body = JSON.parse(FIXTURE) as { data: { module: Module } };
  edit(body.data.module);
  return JSON.stringify(body);
}
const SELLER_REPLY = (module: Module) => {
  module.processList.unshift({
    actionType: 'seller_send_message',
    content: 'We will send a replacement tomorrow.',
    gmtCreateFormat: '2026-01-08 09:00:00',
    submitMemberType: 'seller',
  });
};
const failure = (code: string) => JSON.stringify({ api: API, ret: [`${code}::x`], data: {} });

interface Harness {
  env: WorkerEnv;
  host: FakeWatcherHost;
  clock: { now: number };
}

function harness(): Harness {
  const clock = { now: NOW };
  const host = new FakeWatcherHost();
  host.cookies.set('_m_h5_tk', `${TOKEN}_1750009999000`);
  return { env: { ...makeEnv(), now: () => clock.now, watcher: host }, host, clock };
}

async function pageData(env: WorkerEnv, options: { pageUrl?: string; text?: string; request?: object } = {}) {
  const pageUrl = options.pageUrl ?? PAGE;
  const reply = await handleMessage(
    {
      type: 'page-data',
      pageUrl,
      requestUrl: REQUEST_URL,
      text: options.text ?? answerWith(),
      observedAt: NOW,
      request: options.request ?? { method: 'POST', body: BODY, contentType: FORM },
    },
    contentScriptAt(pageUrl),
    env,
  );
  if (!reply.ok) throw new Error(reply.error.message);
}

/** The buyer opened the dispute page: its data request is learned, and its answer is the baseline. */
async function learned(): Promise<Harness> {
  const h = harness();
  await pageData(h.env);
  return h;
}

/** Fires the watcher's alarm at its time. */
async function fire(h: Harness): Promise<void> {
  const when = h.host.alarms.get(ALARM);
  if (when === undefined) throw new Error('no alarm set');
  h.clock.now = when;
  await checkWatchedDispute(h.env, DISPUTE);
}

async function watch(h: Harness) {
  return readWatch(await h.env.db(), DISPUTE);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('learning the request', () => {
  it("learns a dispute's own data request on its own page and sets its alarm within 30 minutes", async () => {
    const h = await learned();
    expect(await watch(h)).toMatchObject({
      disputeId: DISPUTE,
      orderId: ORDER,
      site: 'global',
      request: { url: REQUEST_URL, method: 'POST', body: BODY, contentType: FORM },
      learnedAt: NOW,
      off: false,
      state: { phase: 'active', failures: 0 },
    });
    const when = h.host.alarms.get(ALARM)!;
    expect(when).toBeGreaterThanOrEqual(NOW);
    expect(when).toBeLessThanOrEqual(NOW + WATCH_TIMING.minIntervalMs);
  });

  it('learns nothing from another page, for another dispute, without how it was asked, or for a write API', async () => {
    const h = harness();
    const otherPage = `https://www.aliexpress.com/p/reverse-pages/detail.html?reverseOrderLineId=${OTHER_DISPUTE}`;
    await pageData(h.env, { pageUrl: otherPage });
    await pageData(h.env, { pageUrl: `https://www.aliexpress.com/p/order/detail.html?orderId=${ORDER}` });
    await pageData(h.env, { request: { method: 'POST', body: 'data=%7B%7D', contentType: FORM } });
    await handleMessage(
      { type: 'page-data', pageUrl: PAGE, requestUrl: REQUEST_URL, text: answerWith(), observedAt: NOW },
      contentScriptAt(PAGE),
      h.env,
    );
    const db = await h.env.db();
    expect(await db.getAll('watches')).toEqual([]);
    expect(h.host.alarms.size).toBe(0);

    // A page script can make a request to any URL: a replay of a write API is refused by its shape alone.
    const reply = await handleMessage(
      {
        type: 'page-data',
        pageUrl: PAGE,
        requestUrl: REQUEST_URL.replace(API, 'mtop.aliexpress.buyer.reverse.submit'),
        text: answerWith(),
        request: { method: 'POST', body: BODY },
      },
      contentScriptAt(PAGE),
      h.env,
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    expect(await db.getAll('watches')).toEqual([]);
  });

  it('refuses a malformed request part (zod): another method, an extra key, an oversized body', async () => {
    const h = harness();
    for (const request of [
      { method: 'PUT' },
      { method: 'POST', body: BODY, extra: 1 },
      { method: 'POST', body: 'x'.repeat(100_001) },
      { method: 'POST', contentType: 'x'.repeat(101) },
    ]) {
      const reply = await handleMessage(
        { type: 'page-data', pageUrl: PAGE, requestUrl: REQUEST_URL, text: answerWith(), request },
        contentScriptAt(PAGE),
        h.env,
      );
      expect(reply).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    }
    expect(await (await h.env.db()).getAll('watches')).toEqual([]);
  });

  it('sets the alarms again from the database when the worker starts', async () => {
    const h = await learned();
    const when = h.host.alarms.get(ALARM);
    h.host.alarms.clear();
    await scheduleAllWatches(h.env);
    expect(h.host.alarms.get(ALARM)).toBe(when);
  });
});

describe('a check', () => {
  it("re-signs with the current token, sends the page's body with the session, and stays quiet without news", async () => {
    const h = await learned();
    h.host.answer = () => new Response(answerWith());
    await fire(h);

    expect(h.host.requests).toHaveLength(1);
    const { url, init } = h.host.requests[0]!;
    const sent = new URL(url);
    expect(sent.searchParams.get('t')).toBe(String(h.clock.now));
    expect(sent.searchParams.get('sign')).toBe(md5(`${TOKEN}&${h.clock.now}&12574478&${DATA}`));
    expect(init).toMatchObject({
      method: 'POST',
      body: BODY,
      credentials: 'include',
      headers: { 'content-type': FORM },
    });
    expect(h.host.notifications.size).toBe(0);

    const state = (await watch(h))!.state;
    expect(state).toMatchObject({ phase: 'active', failures: 0, lastCheckAt: h.clock.now });
    expect(state.nextAt! - h.clock.now).toBeGreaterThanOrEqual(WATCH_TIMING.minIntervalMs);
    expect(state.nextAt! - h.clock.now).toBeLessThanOrEqual(WATCH_TIMING.maxIntervalMs);
    expect(h.host.alarms.get(ALARM)).toBe(state.nextAt);
  });

  it('tells the buyer once what the seller did: a timeline line and one notification, never twice', async () => {
    const h = await learned();
    const linesAtLearning = await readCaseEvents(await h.env.db(), ORDER);
    const factsChanged = vi.fn();
    h.env.factsChanged = factsChanged;
    h.host.answer = () => new Response(answerWith(SELLER_REPLY));
    await fire(h);
    // The seller's move may start a countdown of the buyer's: reminders are planned again.
    expect(factsChanged).toHaveBeenCalled();

    const notes = [...h.host.notifications];
    expect(notes).toHaveLength(1);
    const [id, note] = notes[0]!;
    expect(id).toMatch(new RegExp(`^dh-note\\|global\\|dispute\\|${DISPUTE}\\|[0-9a-f]{16}$`));
    expect(note.title).toBe(`Dispute about order ${ORDER}: news from the seller`);
    expect(note.message).toBe('The seller wrote: We will send a replacement tomorrow.');
    const db = await h.env.db();
    // The case log gets the seller's new step as a page showing it would write it (lines before the check are the
    // page's own, from when the request was learned).
    const linesBefore = linesAtLearning.length;
    const events = (await readCaseEvents(db, ORDER)).slice(linesBefore);
    expect(events).toEqual([
      expect.objectContaining({
        kind: 'seller-replied',
        disputeId: DISPUTE,
        key: 'reminders.log.seller.message',
        params: expect.objectContaining({ text: 'We will send a replacement tomorrow.' }),
      }),
    ]);
    // Stored as the dispute page's own data would be.
    const { dispute } = await readFactsFor(db, { disputeId: DISPUTE }, h.clock.now);
    expect(dispute?.facts.history).toContainEqual(
      expect.objectContaining({ actor: 'seller', text: 'We will send a replacement tomorrow.' }),
    );

    h.host.notifications.clear();
    await fire(h);
    expect(h.host.requests).toHaveLength(2);
    expect(h.host.notifications.size).toBe(0);
    expect(await readCaseEvents(db, ORDER)).toHaveLength(linesBefore + 1);
  });

  it('an alarm set again at a worker start, firing right after a check, does not check again', async () => {
    const h = await learned();
    h.host.answer = () => new Response(answerWith());
    await fire(h);
    h.clock.now += MINUTE;
    await checkWatchedDispute(h.env, DISPUTE);
    expect(h.host.requests).toHaveLength(1);
    expect(h.host.alarms.get(ALARM)).toBe((await watch(h))!.state.nextAt);
  });

  it('records the news but shows no notification while the buyer has not allowed them', async () => {
    const h = await learned();
    const linesAtLearning = (await readCaseEvents(await h.env.db(), ORDER)).length;
    h.host.notificationsAllowed = false;
    h.host.answer = () => new Response(answerWith(SELLER_REPLY));
    await fire(h);
    expect(h.host.notifications.size).toBe(0);
    expect(await readCaseEvents(await h.env.db(), ORDER)).toHaveLength(linesAtLearning + 1);
  });

  it('after the buyer saw the reply on the page itself, the watcher has no news to tell', async () => {
    const h = await learned();
    await pageData(h.env, { text: answerWith(SELLER_REPLY) });
    h.host.answer = () => new Response(answerWith(SELLER_REPLY));
    await fire(h);
    expect(h.host.notifications.size).toBe(0);
  });
});

describe('the token and the session', () => {
  it('recovers once from a stale token with the fresh cookie the failed answer set', async () => {
    const h = await learned();
    h.host.answer = () => {
      if (h.host.requests.length > 1) return new Response(answerWith(SELLER_REPLY));
      h.host.cookies.set('_m_h5_tk', `${FRESH_TOKEN}_1750019999000`);
      return new Response(failure('FAIL_SYS_TOKEN_EXOIRED'));
    };
    await fire(h);
    expect(h.host.requests).toHaveLength(2);
    const second = new URL(h.host.requests[1]!.url);
    expect(second.searchParams.get('sign')).toBe(md5(`${FRESH_TOKEN}&${h.clock.now}&12574478&${DATA}`));
    expect((await watch(h))!.state).toMatchObject({ phase: 'active', tokenRetried: false, failures: 0 });
    expect(h.host.notifications.size).toBe(1);
  });

  it('a token refused twice means the session is gone: paused, one sign-in notice, no more requests', async () => {
    const h = await learned();
    h.host.answer = () => new Response(failure('FAIL_SYS_TOKEN_EXPIRED'));
    await fire(h);
    expect(h.host.requests).toHaveLength(2);
    expect((await watch(h))!.state.phase).toBe('paused');
    expect(h.host.alarms.has(ALARM)).toBe(false);
    expect([...h.host.notifications.keys()]).toEqual([`dh-note|global|dispute|${DISPUTE}|signed-out`]);
    expect(h.host.notifications.values().next().value?.title).toBe('Sign in to AliExpress');

    // A stray alarm (set before the pause) does nothing and says nothing again.
    h.host.notifications.clear();
    await checkWatchedDispute(h.env, DISPUTE);
    expect(h.host.requests).toHaveLength(2);
    expect(h.host.notifications.size).toBe(0);
  });

  it('pauses on a signed-out answer and resumes when the buyer opens the dispute signed in', async () => {
    const h = await learned();
    h.host.answer = () => new Response(failure('FAIL_SYS_SESSION_EXPIRED'));
    await fire(h);
    expect(h.host.requests).toHaveLength(1);
    expect((await watch(h))!.state.phase).toBe('paused');
    expect(h.host.notifications.size).toBe(1);

    const pausedAt = h.clock.now;
    h.clock.now += 5 * MINUTE;
    await pageData(h.env);
    const state = (await watch(h))!.state;
    expect(state.phase).toBe('active');
    // Not sooner than a normal interval after the last look.
    expect(state.nextAt).toBe(pausedAt + WATCH_TIMING.minIntervalMs);
    expect(h.host.alarms.get(ALARM)).toBe(state.nextAt);
  });

  it('without any token cookie the buyer is signed out: nothing is sent', async () => {
    const h = await learned();
    h.host.cookies.clear();
    await fire(h);
    expect(h.host.requests).toHaveLength(0);
    expect((await watch(h))!.state.phase).toBe('paused');
  });
});

describe('errors and the end of the dispute', () => {
  it('backs off exponentially on errors, to a cap, and returns to the normal pace after a good answer', async () => {
    const h = await learned();
    h.host.answer = () => Promise.reject(new TypeError('offline'));
    const delays: number[] = [];
    for (let i = 0; i < 5; i++) {
      await fire(h);
      delays.push(h.host.alarms.get(ALARM)! - h.clock.now);
    }
    // random() is 0.5 here: each delay is the base plus 5 %.
    expect(delays).toEqual([60, 120, 240, 360, 360].map((minutes) => minutes * MINUTE * (minutes < 360 ? 1.05 : 1)));
    expect((await watch(h))!.state.failures).toBe(5);
    h.host.answer = () => new Response('<html>Service unavailable</html>', { status: 503 });
    await fire(h);
    expect((await watch(h))!.state.failures).toBe(6);
    h.host.answer = () => new Response(answerWith());
    await fire(h);
    expect((await watch(h))!.state).toMatchObject({ failures: 0, phase: 'active' });
  });

  it('gives up on an answer that does not come within the timeout, and backs off', async () => {
    const h = await learned();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    h.host.answer = (_url, init) =>
      new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    const checking = fire(h);
    await vi.waitFor(() => expect(h.host.requests).toHaveLength(1));
    await vi.advanceTimersByTimeAsync(CHECK_TIMEOUT_MS);
    await checking;
    expect((await watch(h))!.state).toMatchObject({ phase: 'active', failures: 1 });
  });

  it('stops when the dispute is over: no alarm, no more requests', async () => {
    const h = await learned();
    h.host.answer = () =>
      new Response(
        answerWith((module) => {
          module.reverseStatus = 4;
          module.reverseStatusText = 'Refund complete';
          module.reverseDetailStatusText = 'Refund complete';
        }),
      );
    await fire(h);
    expect((await watch(h))!.state.phase).toBe('stopped');
    expect(h.host.alarms.has(ALARM)).toBe(false);
    await checkWatchedDispute(h.env, DISPUTE);
    expect(h.host.requests).toHaveLength(1);
  });

  it('does nothing for a dispute the buyer turned off, or when the watcher is off everywhere', async () => {
    const h = await learned();
    const db = await h.env.db();
    await writeWatch(db, { ...(await watch(h))!, off: true });
    await checkWatchedDispute(h.env, DISPUTE);
    expect(h.host.alarms.has(ALARM)).toBe(false);

    await writeWatch(db, { ...(await watch(h))!, off: false });
    await writeWatcherOff(db, true);
    await scheduleAllWatches(h.env);
    expect(h.host.alarms.has(ALARM)).toBe(false);
    await checkWatchedDispute(h.env, DISPUTE);
    expect(h.host.requests).toHaveLength(0);
  });
});

describe("the buyer's switches", () => {
  const panelFrame = { id: SELF.id, url: `${SELF.baseUrl}panel.html`, tab: { id: 1 }, frameId: 4 };
  const ask = async (h: Harness, message: object, sender: object = panelFrame) => {
    const reply = await handleMessage(message, sender, h.env);
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.result;
  };
  const panelWatch = (on?: boolean) => ({
    type: 'panel-watch',
    disputeId: DISPUTE,
    site: 'global',
    ...(on !== undefined && { on }),
  });

  it('the panel reads the watch and switches it off and on for its dispute', async () => {
    const h = await learned();
    h.host.answer = () => new Response(answerWith());
    await fire(h);
    expect(await ask(h, panelWatch())).toEqual({
      learned: true,
      on: true,
      everywhereOff: false,
      phase: 'active',
      lastCheckAt: h.clock.now,
    });
    expect(await ask(h, panelWatch(false))).toMatchObject({ on: false });
    expect(h.host.alarms.has(ALARM)).toBe(false);
    await ask(h, panelWatch(true));
    expect(h.host.alarms.get(ALARM)).toBe((await watch(h))!.state.nextAt);
  });

  it('switched off before anything was learned, it stays off once the page is seen', async () => {
    const h = harness();
    expect(await ask(h, panelWatch())).toEqual({ learned: false, on: true, everywhereOff: false });
    await ask(h, panelWatch(false));
    await pageData(h.env);
    expect(await watch(h)).toMatchObject({ off: true, request: { url: REQUEST_URL } });
    expect(h.host.alarms.size).toBe(0);
  });

  it('the options page turns it off everywhere (every alarm goes) and on again', async () => {
    const h = await learned();
    const options = extensionPageAt('options.html');
    expect(await ask(h, { type: 'watcher-setting', off: true }, options)).toEqual({ off: true });
    expect(h.host.alarms.size).toBe(0);
    expect(await ask(h, panelWatch())).toMatchObject({ everywhereOff: true });
    expect(await ask(h, { type: 'watcher-setting', off: false }, options)).toEqual({ off: false });
    expect(h.host.alarms.has(ALARM)).toBe(true);
    // Only the buyer's own pages may change it: a content script (a page could forge one) may not.
    const forged = await handleMessage({ type: 'watcher-setting', off: true }, contentScriptAt(PAGE), h.env);
    expect(forged).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });
});

describe("the options page's choices", () => {
  const optionsPage = extensionPageAt('options.html');

  it('news from the seller is recorded but not notified when the buyer turned that notification off', async () => {
    const h = await learned();
    const reply = await handleMessage(
      { type: 'notification-settings', choices: { reminders: true, sellerReplies: false, signIn: true } },
      optionsPage,
      h.env,
    );
    expect(reply).toEqual({ ok: true, result: { reminders: true, sellerReplies: false, signIn: true } });
    const linesBefore = (await readCaseEvents(await h.env.db(), ORDER)).length;
    h.host.answer = () => new Response(answerWith(SELLER_REPLY));
    await fire(h);
    expect(h.host.notifications.size).toBe(0);
    expect(await readCaseEvents(await h.env.db(), ORDER)).toHaveLength(linesBefore + 1);
  });

  it('a signed-out answer pauses the watch without the sign-in notice when that notification is off', async () => {
    const h = await learned();
    await handleMessage(
      { type: 'notification-settings', choices: { reminders: true, sellerReplies: true, signIn: false } },
      optionsPage,
      h.env,
    );
    h.host.answer = () => new Response(failure('FAIL_SYS_SESSION_EXPIRED'));
    await fire(h);
    expect((await watch(h))!.state.phase).toBe('paused');
    expect(h.host.notifications.size).toBe(0);
  });

  it('notification choices read as all on until changed; a malformed change is refused and stores nothing', async () => {
    const h = harness();
    expect(await handleMessage({ type: 'notification-settings' }, optionsPage, h.env)).toEqual({
      ok: true,
      result: { reminders: true, sellerReplies: true, signIn: true },
    });
    const bad = await handleMessage(
      { type: 'notification-settings', choices: { reminders: 'no' } } as never,
      optionsPage,
      h.env,
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    const forged = await handleMessage(
      { type: 'notification-settings', choices: { reminders: false, sellerReplies: false, signIn: false } },
      contentScriptAt(PAGE),
      h.env,
    );
    expect(forged).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await (await h.env.db()).get('settings', 'notifications')).toBeUndefined();
  });

  it('a longer interval spaces the looks: the next one comes between it and twice it, and alarms move at once', async () => {
    const h = await learned();
    h.host.answer = () => new Response(answerWith());
    await fire(h);
    const checkedAt = h.clock.now;
    expect(await handleMessage({ type: 'watch-interval', minutes: 360 }, optionsPage, h.env)).toEqual({
      ok: true,
      result: { minutes: 360 },
    });
    // The alarm set for 30–60 minutes after the last look moved to 6 hours after it.
    expect((await watch(h))!.state.nextAt).toBe(checkedAt + 360 * MINUTE);
    expect(h.host.alarms.get(ALARM)).toBe(checkedAt + 360 * MINUTE);

    await fire(h);
    const next = h.host.alarms.get(ALARM)! - h.clock.now;
    expect(next).toBeGreaterThanOrEqual(360 * MINUTE);
    expect(next).toBeLessThanOrEqual(720 * MINUTE);

    // Back to 30 minutes: the far alarm comes nearer, no sooner than 30 minutes after the last look.
    await handleMessage({ type: 'watch-interval', minutes: 30 }, optionsPage, h.env);
    expect(h.host.alarms.get(ALARM)).toBe(h.clock.now + 30 * MINUTE);
  });

  it('an interval below 30 minutes, or not one of the choices, is refused (P14)', async () => {
    const h = harness();
    for (const minutes of [5, 29, 45])
      expect(await handleMessage({ type: 'watch-interval', minutes } as never, optionsPage, h.env)).toMatchObject({
        ok: false,
        error: { code: 'bad-message' },
      });
    expect(await handleMessage({ type: 'watch-interval' }, optionsPage, h.env)).toEqual({
      ok: true,
      result: { minutes: 30 },
    });
  });

  it('after a restore the watches are scheduled again from the database', async () => {
    const h = await learned();
    h.host.alarms.clear();
    expect(await handleMessage({ type: 'backup-restored' }, optionsPage, h.env)).toEqual({
      ok: true,
      result: { watches: 1 },
    });
    expect(h.host.alarms.get(ALARM)).toBe((await watch(h))!.state.nextAt);
  });
});

describe('the panel says the chosen interval', () => {
  it('names it only when the buyer chose a longer one', async () => {
    const h = await learned();
    const ask = () =>
      handleMessage(
        { type: 'panel-watch', disputeId: DISPUTE, site: 'global' },
        { id: SELF.id, url: `${SELF.baseUrl}panel.html`, tab: { id: 1 }, frameId: 5 },
        h.env,
      );
    const usual = await ask();
    expect(usual.ok && usual.result).not.toHaveProperty('intervalMinutes');
    expect(usual).toMatchObject({ ok: true, result: { on: true } });
    await handleMessage({ type: 'watch-interval', minutes: 360 }, extensionPageAt('options.html'), h.env);
    expect(await ask()).toMatchObject({ ok: true, result: { intervalMinutes: 360 } });
  });
});
