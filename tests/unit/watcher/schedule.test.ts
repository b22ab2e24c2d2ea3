import { describe, expect, it } from 'vitest';
import {
  nextWatchState,
  startWatch,
  WATCH_TIMING,
  watchOutcomeOf,
  withInterval,
  type WatchOutcome,
} from '../../../lib/watcher/schedule';
import { WatchState } from '../../../lib/model/watch-state';

const MIN = 60_000;
const NOW = 1_760_000_000_000;
const fixed = (value: number) => () => value;
const active: WatchState = { phase: 'active', nextAt: NOW, failures: 0, tokenRetried: false };

function run(outcomes: WatchOutcome[], random = fixed(0.5), start: WatchState = active) {
  let state = start;
  let now = NOW;
  const delays: Array<number | undefined> = [];
  for (const outcome of outcomes) {
    state = nextWatchState(state, outcome, now, random);
    expect(WatchState.safeParse(state).success).toBe(true);
    delays.push(state.nextAt === undefined ? undefined : (state.nextAt - now) / MIN);
    now = state.nextAt ?? now + 60 * MIN;
  }
  return { state, delays };
}

describe('watch schedule', () => {
  it.each([
    [0, 30],
    [0.5, 45],
    [0.999, 59.97],
    [-3, 30], // a broken random source stays within bounds
    [7, 60],
    [Number.NaN, 30],
  ])('after a good answer, random %d: next check in %d minutes', (random, minutes) => {
    const { delays } = run(['ok'], fixed(random));
    expect(delays[0]).toBeCloseTo(minutes, 1);
  });

  it('errors back off exponentially to a cap, and a good answer resets', () => {
    const { delays, state } = run(['error', 'error', 'error', 'error', 'error', 'error', 'ok'], fixed(0));
    expect(delays).toEqual([60, 120, 240, 360, 360, 360, 30]);
    expect(state.failures).toBe(0);
  });

  it('the cap holds with jitter', () => {
    const { delays } = run(Array<WatchOutcome>(12).fill('error'), fixed(0.999));
    for (const delay of delays) expect(delay!).toBeLessThanOrEqual(WATCH_TIMING.backoffCapMs / MIN);
    expect(delays[0]).toBeGreaterThan(60);
  });

  it('an expired token is retried once, soon; a second one pauses', () => {
    const { delays, state } = run(['token-expired', 'token-expired']);
    expect(delays).toEqual([1, undefined]);
    expect(state.phase).toBe('paused');
  });

  it('an expired token then success continues normally', () => {
    const { delays, state } = run(['token-expired', 'ok', 'token-expired']);
    expect(delays).toEqual([1, 45, 1]);
    expect(state.phase).toBe('active');
  });

  it('signed out pauses with no next check; resume waits for the polite interval', () => {
    const paused = nextWatchState(active, 'signed-out', NOW, fixed(0.5));
    expect(paused).toEqual({ phase: 'paused', lastCheckAt: NOW, failures: 0, tokenRetried: false });
    expect(nextWatchState(paused, 'resume', NOW + 5 * MIN, fixed(0.5)).nextAt).toBe(NOW + 30 * MIN);
    expect(nextWatchState(paused, 'resume', NOW + 90 * MIN, fixed(0.5)).nextAt).toBe(NOW + 90 * MIN);
    expect(nextWatchState(paused, 'resume', NOW, fixed(0.5)).phase).toBe('active');
  });

  it('resume does nothing to an active watch', () => {
    expect(nextWatchState(active, 'resume', NOW, fixed(0.5))).toBe(active);
  });

  it.each<WatchOutcome>(['ok', 'error', 'token-expired', 'signed-out', 'resume', 'closed'])(
    'a closed dispute stays stopped (%s)',
    (outcome) => {
      const stopped = nextWatchState(active, 'closed', NOW, fixed(0.5));
      expect(stopped).toEqual({ phase: 'stopped', lastCheckAt: NOW, failures: 0, tokenRetried: false });
      expect(nextWatchState(stopped, outcome, NOW + MIN, fixed(0.5))).toBe(stopped);
    },
  );

  it.each([
    ['ok', 'refunded', 'closed'],
    ['ok', 'cancelled', 'closed'],
    ['ok', 'awaiting_buyer', 'ok'],
    ['ok', undefined, 'ok'],
    ['error', 'closed', 'error'],
  ] as const)('answer %s with status %s → %s', (answer, status, outcome) => {
    expect(watchOutcomeOf(answer, status)).toBe(outcome);
  });

  it('starts within the first half hour, spread by the random source', () => {
    expect(startWatch(NOW, fixed(0)).nextAt).toBe(NOW);
    expect(startWatch(NOW, fixed(0.5)).nextAt).toBe(NOW + 15 * MIN);
  });
});

describe('the least interval the buyer chose', () => {
  const NOW_MS = 1_750_000_000_000;
  const checked = {
    phase: 'active' as const,
    nextAt: NOW_MS + 45 * MIN,
    lastCheckAt: NOW_MS,
    failures: 0,
    tokenRetried: false,
  };

  it('a good answer puts the next look between the interval and twice it', () => {
    for (const value of [0, 0.5, 0.999]) {
      const next = nextWatchState(checked, 'ok', NOW_MS, () => value, 120 * MIN);
      expect(next.nextAt! - NOW_MS).toBeGreaterThanOrEqual(120 * MIN);
      expect(next.nextAt! - NOW_MS).toBeLessThanOrEqual(240 * MIN);
    }
  });

  it('never below the budget of 30 minutes, whatever is passed', () => {
    for (const interval of [0, 5 * MIN, Number.NaN]) {
      const next = nextWatchState(checked, 'ok', NOW_MS, () => 0, interval);
      expect(next.nextAt! - NOW_MS).toBe(WATCH_TIMING.minIntervalMs);
    }
    expect(startWatch(NOW_MS, () => 0.999, 0).nextAt! - NOW_MS).toBeLessThan(WATCH_TIMING.minIntervalMs);
  });

  it('errors back off from the chosen interval; the cap is never below it', () => {
    const next = nextWatchState(checked, 'error', NOW_MS, () => 0, 360 * MIN);
    expect(next.nextAt! - NOW_MS).toBe(360 * MIN);
  });

  it('a new interval moves an active watch: not sooner than it after the last look, nor later than it from now', () => {
    expect(withInterval(checked, NOW_MS + MIN, 360 * MIN).nextAt).toBe(NOW_MS + 360 * MIN);
    const far = { ...checked, nextAt: NOW_MS + 700 * MIN };
    expect(withInterval(far, NOW_MS + MIN, 30 * MIN).nextAt).toBe(NOW_MS + 31 * MIN);
    const never = { phase: 'active' as const, nextAt: NOW_MS + 10 * MIN, failures: 0, tokenRetried: false };
    expect(withInterval(never, NOW_MS, 360 * MIN).nextAt).toBe(NOW_MS + 10 * MIN);
    const paused = { phase: 'paused' as const, lastCheckAt: NOW_MS, failures: 0, tokenRetried: false };
    expect(withInterval(paused, NOW_MS, 360 * MIN)).toBe(paused);
  });
});
