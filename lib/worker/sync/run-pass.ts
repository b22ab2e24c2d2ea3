import type { Db } from '../../db/schema';
import type { SyncEntry } from '../../sync/entry';
import { nextLedger } from '../../sync/ledger';
import { SYNC_LIMITS, type SyncLimits } from '../../sync/limits';
import { planPass } from '../../sync/plan-pass';
import { MAX_LEFT_OUT_SHOWN, type SyncProblem, type SyncState } from '../../sync/sync-state';
import { recentWrites, writeAllowedAt } from '../../sync/write-rate';
import { applyEntry, readLocalItems } from './local-items';
import { problemOf, type SyncArea } from './sync-area';

/** How long after a refused or failed write the worker tries again, by why it was refused. */
export const RETRY_AFTER_MS: Record<SyncProblem, number> = {
  rate: 60_000,
  quota: 30 * 60_000,
  failed: 5 * 60_000,
  unavailable: 5 * 60_000,
};

export interface PassOutcome {
  state: SyncState;
  /** Changes from other devices were stored here (the worker then plans reminders and watches again). */
  applied: SyncEntry[];
}

/**
 * One pass: newer changes from other devices into the database, this device's newer changes out, within the quotas
 * and write limits. A refused write is recorded in the status with when to try again; nothing local is touched by
 * it. Local data changes only where another device's change is newer, and never because of a quota.
 */
export async function runPass(
  db: Db,
  area: SyncArea,
  state: SyncState,
  now: number,
  limits: SyncLimits = SYNC_LIMITS,
): Promise<PassOutcome> {
  let stored: Record<string, unknown>;
  try {
    stored = await area.getAll();
  } catch (error) {
    return { state: withProblem(state, problemOf(error), now), applied: [] };
  }
  const plan = planPass({
    items: await readLocalItems(db),
    ledger: state.ledger,
    device: state.device,
    now,
    stored,
    limits,
  });

  const applied: SyncEntry[] = [];
  const notApplied = new Set<string>();
  for (const entry of plan.toLocal) {
    try {
      await applyEntry(db, entry, now);
      applied.push(entry);
    } catch {
      // A change this database refuses stays in sync storage for the next pass; the rest go on.
      notApplied.add(entry.key);
    }
  }

  const writes = recentWrites(state.writes, now);
  const removals = plan.removals.filter((key) => !notApplied.has(key));
  const calls = (Object.keys(plan.writes).length ? 1 : 0) + (removals.length ? 1 : 0);
  const allowedAt = writeAllowedAt(writes, calls, now, limits);
  let problem: SyncProblem | undefined;
  if (allowedAt > now) problem = 'rate';
  else {
    try {
      if (Object.keys(plan.writes).length) {
        writes.push(now);
        await area.set(plan.writes);
      }
      if (removals.length) {
        writes.push(now);
        await area.remove(removals);
      }
    } catch (error) {
      problem = problemOf(error);
    }
  }

  const ledger = nextLedger(await readLocalItems(db), plan.stamped, applied);
  const status = {
    ...(problem ? pick(state.status, 'lastSyncedAt') : { lastSyncedAt: now }),
    items: plan.items,
    leftOutCount: plan.leftOut.length,
    leftOut: plan.leftOut.slice(0, MAX_LEFT_OUT_SHOWN),
    ...(problem && { problem, retryAt: Math.max(allowedAt, now + RETRY_AFTER_MS[problem]) }),
  };
  return { state: { ...state, ledger, writes, status }, applied };
}

/** The state after a pass that could not start, the rest of the status as it was. */
export function withProblem(state: SyncState, problem: SyncProblem, now: number): SyncState {
  const { retryAt: _retryAt, problem: _problem, ...status } = state.status;
  return { ...state, status: { ...status, problem, retryAt: now + RETRY_AFTER_MS[problem] } };
}

function pick<T extends object, K extends keyof T>(object: T, key: K): Partial<Pick<T, K>> {
  return object[key] === undefined ? {} : ({ [key]: object[key] } as Pick<T, K>);
}
