import { observedEndpointOf } from '../../aliexpress/endpoints';
import { LearnedRequest } from '../../aliexpress/learned-request';
import type { DisputeWatch } from '../../db/case-records';
import { readWatchIntervalMs } from '../../db/preferences';
import { readWatch, readWatcherOff, writeWatch } from '../../db/watches';
import type { DisputeFacts } from '../../model/facts';
import { FINISHED_DISPUTE_STATUSES, type PageSnapshots } from '../../model/snapshots';
import type { DetectedPage } from '../../pages/detect-page';
import { nextWatchState, startWatch } from '../../watcher/schedule';
import type { WorkerEnv } from '../worker-env';
import { scheduleWatch } from './schedule-watch';

export interface SeenRequest {
  requestUrl: string;
  method: 'GET' | 'POST';
  body?: string;
  contentType?: string;
}

/**
 * Learns the request the seller-reply watcher will make again, from a page report. Page data is hostile, so only
 * this is learned: a dispute's own page (its id in the address), its dispute-detail request to an AliExpress API
 * host for a read-only endpoint (LearnedRequest), asking for that dispute (its id in the address or body), and
 * answered with that dispute. Nothing is ever guessed. A paused watch resumes: the buyer is signed in again.
 */
export async function learnDisputeRequest(
  env: WorkerEnv,
  page: DetectedPage,
  seen: SeenRequest,
  kept: PageSnapshots,
  facts: DisputeFacts | undefined,
): Promise<void> {
  const disputeId = page.disputeId;
  if (page.kind !== 'dispute-detail' || !disputeId) return;
  if (observedEndpointOf(seen.requestUrl) !== 'dispute-detail') return;
  if (!kept.disputes.some((dispute) => dispute.disputeId === disputeId)) return;
  if (!`${seen.requestUrl}\n${seen.body ?? ''}`.includes(disputeId)) return;
  const { requestUrl, ...rest } = seen;
  const request = LearnedRequest.safeParse({ url: requestUrl, ...rest });
  if (!request.success) return;

  const db = await env.db();
  const now = env.now();
  const known = await readWatch(db, disputeId);
  const finished = facts?.facts.status !== undefined && FINISHED_DISPUTE_STATUSES.has(facts.facts.status);
  const orderId = facts?.orderId ?? known?.orderId ?? page.orderId;
  const watch: DisputeWatch = {
    disputeId,
    ...(orderId && { orderId }),
    site: known?.site ?? page.site,
    request: request.data,
    learnedAt: now,
    state: finished
      ? nextWatchState(known?.state ?? startWatch(now, env.watcher.random), 'closed', now, env.watcher.random)
      : resumed(known, now, env.watcher.random, await readWatchIntervalMs(db)),
    off: known?.off ?? false,
  };
  await writeWatch(db, watch);
  await scheduleWatch(env, watch, await readWatcherOff(db));
}

function resumed(
  known: DisputeWatch | undefined,
  now: number,
  random: () => number,
  intervalMs: number,
): DisputeWatch['state'] {
  switch (known?.state.phase) {
    case 'active':
      return known.state;
    case 'paused':
      return nextWatchState(known.state, 'resume', now, random, intervalMs);
    default:
      // New, or stopped while the page now shows the dispute open: start again.
      return startWatch(now, random, intervalMs);
  }
}
