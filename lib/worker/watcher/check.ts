import { classifyAnswer, type AnswerClass } from '../../aliexpress/mtop-answer';
import { isMtopUrl } from '../../aliexpress/api-hosts';
import { MTOP_TOKEN_COOKIE, mtopTokenOf } from '../../aliexpress/mtop-sign';
import type { LearnedRequest } from '../../aliexpress/learned-request';
import { parseObservedResponse } from '../../aliexpress/page-data/parse-response';
import type { DisputeWatch } from '../../db/case-records';
import { readFactsFor, storeSnapshots } from '../../db/facts';
import { logPageReport } from '../case-log';
import { readWatchIntervalMs } from '../../db/preferences';
import { readWatch, readWatcherOff, writeWatch } from '../../db/watches';
import { nextWatchState, watchOutcomeOf, type WatchOutcome } from '../../watcher/schedule';
import { resignRequest } from '../../watcher/resign';
import { sellerEvents } from '../../watcher/seller-events';
import { keepOwnFacts } from '../page-trust';
import type { WorkerEnv } from '../worker-env';
import { tellBuyer } from './tell-buyer';
import { scheduleWatch } from './schedule-watch';

/** A check that takes longer is abandoned and counts as an error (backed off). */
export const CHECK_TIMEOUT_MS = 20_000;
/** Two checks of one dispute are at least this far apart, whatever fires (the token retry is within one check). */
const MIN_GAP_MS = 5 * 60_000;
/** Larger answers are not read: a dispute's data is a few tens of KB. */
const MAX_ANSWER_CHARS = 2_000_000;

interface Answer {
  answer: AnswerClass;
  text: string;
}

/**
 * One look at a dispute, when its alarm `dh:w:<disputeId>` fires: the learned request again, re-signed with the
 * current token, fetched with the buyer's AliExpress cookies; the answer is stored as the dispute page's own data
 * would be, and news from the seller is told to the buyer. A stale token is cured once (the failed answer sets a
 * fresh cookie); errors back off; a signed-out session pauses the watch with one notice; a closed dispute ends it.
 */
export async function checkWatchedDispute(env: WorkerEnv, disputeId: string): Promise<void> {
  const db = await env.db();
  const watch = await readWatch(db, disputeId);
  if (!watch) return env.watcher.clearAlarm(`dh:w:${disputeId}`);
  const off = await readWatcherOff(db);
  const request = watch.request;
  if (off || watch.off || !request || watch.state.phase !== 'active') return scheduleWatch(env, watch, off);
  // An alarm set again at a worker start (the one that woke it included) may fire right after a check: not again.
  const { lastCheckAt } = watch.state;
  if (lastCheckAt !== undefined && env.now() - lastCheckAt < MIN_GAP_MS) return scheduleWatch(env, watch, off);

  const intervalMs = await readWatchIntervalMs(db);
  let state = watch.state;
  let result = await ask(env, request);
  if (result.answer === 'token-expired') {
    state = nextWatchState(state, 'token-expired', env.now(), env.watcher.random);
    result = await ask(env, request);
  }
  const outcome = result.answer === 'ok' ? await take(env, watch, request, result.text) : result.answer;
  const next = nextWatchState(state, outcome, env.now(), env.watcher.random, intervalMs);
  const checked: DisputeWatch = { ...watch, state: next };
  // Read again: the buyer may have switched it off while we were fetching.
  const latest = await readWatch(db, disputeId);
  await writeWatch(db, { ...checked, off: latest?.off ?? watch.off });
  // It was active, so this is the moment it pauses: the notice is shown once, not at every alarm.
  if (checked.state.phase === 'paused') await tellBuyer.signedOut(env, watch);
  await scheduleWatch(env, checked, off);
}

/** The request once: re-signed with the token the browser holds now, answered and classified. */
async function ask(env: WorkerEnv, learned: LearnedRequest): Promise<Answer> {
  const token = isMtopUrl(learned.url)
    ? mtopTokenOf(await env.watcher.cookie(learned.url, MTOP_TOKEN_COOKIE).catch(() => undefined))?.token
    : undefined;
  const signed = resignRequest(learned, token, env.now());
  // No token cookie at all: the browser holds no AliExpress session.
  if (!signed.ok) return { answer: signed.reason === 'no-token' ? 'signed-out' : 'error', text: '' };
  const { url, method, body, contentType } = signed.request;
  const abort = new AbortController();
  // The whole exchange, body included, within the time allowed.
  const timer = setTimeout(() => abort.abort(), CHECK_TIMEOUT_MS);
  try {
    const response = await env.watcher.fetch(url, {
      method,
      ...(body !== undefined && { body }),
      ...(contentType && { headers: { 'content-type': contentType } }),
      // The buyer's AliExpress session cookies, as the page's own request carries them.
      credentials: 'include',
      cache: 'no-store',
      signal: abort.signal,
    });
    if (Number(response.headers.get('content-length')) > MAX_ANSWER_CHARS) return { answer: 'error', text: '' };
    const text = await response.text();
    if (text.length > MAX_ANSWER_CHARS) return { answer: 'error', text: '' };
    return { answer: classifyAnswer({ status: response.status, finalUrl: response.url || url, text }), text };
  } catch {
    // Offline, timed out, refused: try again later.
    return { answer: 'error', text: '' };
  } finally {
    clearTimeout(timer);
  }
}

/** Stores a good answer as the dispute page's own data, tells the buyer what the seller did, and says what's next. */
async function take(env: WorkerEnv, watch: DisputeWatch, request: LearnedRequest, text: string): Promise<WatchOutcome> {
  const db = await env.db();
  const now = env.now();
  const parsed = parseObservedResponse({ requestUrl: request.url, text, observedAt: new Date(now) });
  // What the dispute's own page would be allowed to teach: this dispute and its order, nothing else.
  const page = {
    kind: 'dispute-detail' as const,
    site: watch.site,
    disputeId: watch.disputeId,
    ...(watch.orderId && { orderId: watch.orderId }),
  };
  const kept = keepOwnFacts(page, parsed);
  const fresh = kept.disputes.find((dispute) => dispute.disputeId === watch.disputeId);
  // A good answer that is not about this dispute (a changed shape): nothing learned, try again later.
  if (!fresh) return 'error';
  const before = (await readFactsFor(db, { disputeId: watch.disputeId }, now)).dispute;
  // The case log's lines first, as for the page's own report: a worker stopped in between writes them again, once.
  await logPageReport(db, page, kept, now);
  await storeSnapshots(db, kept, watch.site, now);
  // The seller's move may start the buyer's own countdown (an offer to answer): reminders are planned again.
  env.factsChanged?.();
  const after = (await readFactsFor(db, { disputeId: watch.disputeId }, now)).dispute;
  const events = sellerEvents(before?.facts, fresh);
  await tellBuyer.sellerNews(env, { ...watch, orderId: after?.orderId ?? watch.orderId }, events);
  return watchOutcomeOf('ok', after?.facts.status ?? fresh.status);
}
