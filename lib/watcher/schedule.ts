import type { AnswerClass } from '../aliexpress/mtop-answer';
import type { DisputeStatus } from '../model/snapshots';
import type { WatchState } from '../model/watch-state';

const MINUTE = 60_000;

/**
 * Timing of the background re-check. 30–60 minutes keeps within the performance budget (reliability doc P14: at
 * most one request per open dispute per 30 min, none for closed disputes); the jitter spreads disputes apart so
 * several are not fetched at once. Errors back off exponentially to a cap; a token refresh is retried once. The
 * buyer may ask for a longer least interval (options page): the look then comes between it and twice it.
 */
export const WATCH_TIMING = {
  minIntervalMs: 30 * MINUTE,
  maxIntervalMs: 60 * MINUTE,
  backoffCapMs: 6 * 60 * MINUTE,
  tokenRetryMs: MINUTE,
} as const;

/** What happened, as the worker saw it: an answer class, the dispute over, or the buyer back on a signed-in page. */
export type WatchOutcome = AnswerClass | 'closed' | 'resume';

const FINISHED: ReadonlySet<DisputeStatus> = new Set(['refunded', 'closed', 'cancelled']);

/** The outcome of one check: a good answer about a finished dispute ends the watch. */
export function watchOutcomeOf(answer: AnswerClass, status: DisputeStatus | undefined): WatchOutcome {
  return answer === 'ok' && status !== undefined && FINISHED.has(status) ? 'closed' : answer;
}

export function startWatch(now: number, random: () => number, minIntervalMs = WATCH_TIMING.minIntervalMs): WatchState {
  return {
    phase: 'active',
    nextAt: Math.round(now + jitter(random) * intervalOf(minIntervalMs)),
    failures: 0,
    tokenRetried: false,
  };
}

export function nextWatchState(
  state: WatchState,
  outcome: WatchOutcome,
  now: number,
  random: () => number,
  minIntervalMs = WATCH_TIMING.minIntervalMs,
): WatchState {
  if (state.phase === 'stopped') return state;
  const interval = intervalOf(minIntervalMs);
  const checked = { ...state, lastCheckAt: now };
  switch (outcome) {
    case 'closed':
      return { phase: 'stopped', lastCheckAt: now, failures: 0, tokenRetried: false };
    case 'ok': {
      const span = (WATCH_TIMING.maxIntervalMs / WATCH_TIMING.minIntervalMs - 1) * interval;
      return {
        ...checked,
        phase: 'active',
        failures: 0,
        tokenRetried: false,
        nextAt: Math.round(now + interval + jitter(random) * span),
      };
    }
    case 'error': {
      const failures = state.failures + 1;
      const cap = Math.max(WATCH_TIMING.backoffCapMs, interval);
      const base = Math.min(cap, interval * 2 ** Math.min(failures, 20));
      const delay = Math.min(cap, base * (1 + 0.1 * jitter(random)));
      return { ...checked, phase: 'active', failures, tokenRetried: false, nextAt: Math.round(now + delay) };
    }
    case 'token-expired':
      // The failed answer set a fresh token cookie: one quick retry. Failing again means the session is gone
      // (the shared notes list the token codes among the signed-out markers).
      if (state.tokenRetried) return paused(checked);
      return { ...checked, phase: 'active', tokenRetried: true, nextAt: now + WATCH_TIMING.tokenRetryMs };
    case 'signed-out':
      return paused(checked);
    case 'resume': {
      if (state.phase !== 'paused') return state;
      const earliest = (state.lastCheckAt ?? 0) + interval;
      return { ...state, phase: 'active', tokenRetried: false, nextAt: Math.max(now, earliest) };
    }
  }
}

/**
 * An active watch's next look under a newly chosen least interval: no sooner than the interval after the last look,
 * and no later than one interval from now (a shorter choice takes effect without waiting out the longer one).
 */
export function withInterval(state: WatchState, now: number, minIntervalMs: number): WatchState {
  if (state.phase !== 'active' || state.nextAt === undefined) return state;
  const interval = intervalOf(minIntervalMs);
  const earliest = state.lastCheckAt === undefined ? now : Math.max(now, state.lastCheckAt + interval);
  return { ...state, nextAt: Math.min(Math.max(state.nextAt, earliest), Math.max(earliest, now + interval)) };
}

/** The interval asked for, never below the budget's 30 minutes whatever the caller passes. */
function intervalOf(minIntervalMs: number): number {
  return Number.isFinite(minIntervalMs)
    ? Math.max(minIntervalMs, WATCH_TIMING.minIntervalMs)
    : WATCH_TIMING.minIntervalMs;
}

function paused(state: WatchState): WatchState {
  const next: WatchState = { ...state, phase: 'paused', tokenRetried: false };
  delete next.nextAt;
  return next;
}

/** The injected random source, clamped to [0, 1) so a bad source cannot break the timing bounds. */
function jitter(random: () => number): number {
  const value = random();
  return Number.isFinite(value) ? Math.min(Math.max(value, 0), 0.999999) : 0;
}
