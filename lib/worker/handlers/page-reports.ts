import { observedEndpointOf } from '../../aliexpress/endpoints';
import { safeParseUrl } from '../../aliexpress/hosts';
import { finishDomDrafts } from '../../aliexpress/page-data/finish-dom-drafts';
import { validSnapshots } from '../../aliexpress/page-data/keep-valid';
import { parseObservedResponse } from '../../aliexpress/page-data/parse-response';
import { evictUnopenedFacts } from '../../db/evict';
import { readDisputeStates, readFactsFor, storeSnapshots } from '../../db/facts';
import { keepReadings, readPageFacts } from '../keep-readings';
import { readDeletedAt } from '../../db/settings';
import type { PageDomResult, PageReadResult } from '../../messaging/protocol';
import type { Db } from '../../db/schema';
import { orderEvidence } from '../evidence-progress';
import type { SenderInfo } from '../../messaging/sender';
import type { PageSnapshots, SnapshotSource } from '../../model/snapshots';
import { detectPage, type DetectedPage } from '../../pages/detect-page';
import { logPageReport } from '../case-log';
import { MessageError } from '../message-error';
import { keepOwnFacts } from '../page-trust';
import { learnDisputeRequest } from '../watcher/learn';
import type { WorkerEnv } from '../worker-env';
import type { Handler } from './types';

/** The page a content script reports: it must be on the sender's own origin and be one of our pages. */
export function reportedPage(pageUrl: string, sender: SenderInfo): DetectedPage {
  if (safeParseUrl(pageUrl)?.origin !== safeParseUrl(sender.url ?? '')?.origin) {
    throw new MessageError('forbidden-sender', 'page url is not on the sender origin');
  }
  const page = detectPage(pageUrl);
  if (!page) throw new MessageError('not-our-page', 'not an order or dispute page');
  return page;
}

export const receivePageData: Handler<'page-data'> = async (
  { pageUrl, requestUrl, text, observedAt, listedOrderIds, request },
  sender,
  env,
) => {
  const page = reportedPage(pageUrl, sender);
  if (!observedEndpointOf(requestUrl)) throw new MessageError('bad-message', 'not an observed endpoint');
  if (observedAt !== undefined && observedAt < (await readDeletedAt(await env.db()))) {
    throw new MessageError('outdated', 'seen before the buyer deleted their data');
  }
  // The parsers return validated snapshots already.
  const parsed = parseObservedResponse({ requestUrl, text, observedAt: new Date(env.now()) });
  const kept = keepOwnFacts(page, parsed, listedOrderIds);
  const answer = await storeAndAnswer(page, kept, env);
  if (request) await learnDisputeRequest(env, page, { requestUrl, ...request }, kept, answer.facts.dispute);
  return answer;
};

export const receivePageDom: Handler<'page-dom'> = async (
  { pageUrl, orders, disputes, listedOrderIds },
  sender,
  env,
) => {
  const page = reportedPage(pageUrl, sender);
  // The content script sends the page's texts; they are parsed and validated here, with `page-dom` as source.
  const snapshots = finishDomDrafts({ orders, disputes }, new Date(env.now()));
  const answer = await storeAndAnswer(page, keepOwnFacts(page, snapshots, listedOrderIds), env);
  if (!listedOrderIds?.length) return answer;
  const db = await env.db();
  return {
    ...answer,
    disputeStates: await readDisputeStates(db, listedOrderIds, env.now()),
    evidence: await listedEvidence(db, listedOrderIds),
  };
};

/** The evidence score of each listed order the buyer has gathered evidence for; no entry for the rest. */
async function listedEvidence(db: Db, orderIds: readonly string[]): Promise<PageDomResult['evidence']> {
  const scores: NonNullable<PageDomResult['evidence']> = {};
  for (const orderId of orderIds) {
    const { started, progress } = await orderEvidence(db, orderId);
    if (started) scores[orderId] = { done: progress.done, required: progress.required };
  }
  return scores;
}

export const receiveManualFacts: Handler<'manual-facts'> = async ({ pageUrl, type: _type, ...typed }, sender, env) => {
  const page = reportedPage(pageUrl, sender);
  // The buyer types the facts of the order on screen; anything else would be a page script speaking for them.
  const { dispute } = page.disputeId ? await readFactsFor(await env.db(), page, env.now()) : {};
  const onScreen = page.orderId ?? dispute?.orderId;
  if (onScreen ? onScreen !== typed.orderId : !page.disputeId) {
    throw new MessageError('bad-message', 'typed facts are not about the order on this page');
  }
  return storeAndAnswer(
    { ...page, orderId: typed.orderId },
    validated({ orders: [typed], disputes: [] }, 'manual'),
    env,
  );
};

/** Links the dispute a page shows to the order its address names. */
export function snapshotsFromAddress(page: DetectedPage): PageSnapshots {
  if (!page.disputeId || !page.orderId) return { orders: [], disputes: [] };
  return { orders: [], disputes: [{ disputeId: page.disputeId, orderId: page.orderId, source: 'page-url' }] };
}

async function storeAndAnswer(page: DetectedPage, snapshots: PageSnapshots, env: WorkerEnv): Promise<PageReadResult> {
  const db = await env.db();
  // The timeline first: were the worker to stop after the store, the page's next report would show no difference.
  await logPageReport(db, page, snapshots, env.now());
  await storeSnapshots(db, snapshots, page.site, env.now());
  await keepReadings(db, snapshots, env.now());
  await evictUnopenedFacts(db);
  if (snapshots.orders.length || snapshots.disputes.length) env.factsChanged?.();
  const ids = { orderId: page.orderId ?? onlyOne(snapshots.orders)?.orderId, disputeId: page.disputeId };
  return {
    read: { orders: snapshots.orders.length, disputes: snapshots.disputes.length },
    facts: await readPageFacts(db, ids, env.now()),
  };
}

/** Each snapshot is checked field by field with the source its channel allows; what fails is dropped. */
function validated(raw: { orders: readonly unknown[]; disputes: readonly unknown[] }, source: SnapshotSource) {
  const stamp = (value: unknown) => (typeof value === 'object' && value !== null ? { ...value, source } : value);
  return validSnapshots({ orders: raw.orders.map(stamp), disputes: raw.disputes.map(stamp) });
}

function onlyOne<T>(list: readonly T[]): T | undefined {
  return list.length === 1 ? list[0] : undefined;
}
