import type { Db } from '../../db/schema';
import type { SyncEntry } from '../../sync/entry';
import type { SyncView } from '../../messaging/protocol';
import { EMPTY_STATUS, type SyncState } from '../../sync/sync-state';
import { runPass, withProblem } from './run-pass';
import type { SyncArea } from './sync-area';
import { readSyncState, writeSyncState } from './sync-store';

/** Changes here wait this long for more before one pass shares them all (a write counts against the rate limit). */
export const PUSH_DELAY_MS = 2_000;
/** A pass this often while sync is on: it catches changes no message announced (the checklist's own tab). */
export const PASS_PERIOD_MS = 30 * 60_000;

/** What sync needs of the browser; tests pass fakes. */
export interface SyncHost {
  /** The sync storage, or undefined while the buyer has not allowed it. */
  area: () => SyncArea | undefined;
  /** The next pass at `at`, then every PASS_PERIOD_MS; null: none (sync is off). */
  schedule: (at: number | null) => Promise<void>;
  /** Changes from other devices were stored in the database. */
  applied: (entries: SyncEntry[]) => void;
}

export interface SyncControl {
  /** A local change: one pass soon, after more changes had the chance to join it. */
  soon: () => void;
  /** One pass now (an alarm, a change from another device); resolves when it is done. */
  pass: () => Promise<void>;
  /** Turns sync on (a first pass at once) or off (nothing more is read or written), and answers where it stands. */
  setOn: (on: boolean) => Promise<SyncView>;
  view: () => Promise<SyncView>;
}

/** Sync's passes, one at a time, each reading its state from the database (the worker may have stopped between). */
export function createSyncControl(db: () => Promise<Db>, now: () => number, host: SyncHost): SyncControl {
  let queue: Promise<unknown> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const passNow = async (connection: Db, state: SyncState): Promise<SyncState> => {
    const area = host.area();
    const at = now();
    if (!area) return withProblem(state, 'unavailable', at);
    const outcome = await runPass(connection, area, state, at);
    if (outcome.applied.length) host.applied(outcome.applied);
    return outcome.state;
  };

  const pass = () =>
    serial(async () => {
      const connection = await db();
      const state = await readSyncState(connection);
      if (!state.on) return;
      const after = await passNow(connection, state);
      await writeSyncState(connection, after);
      await host.schedule(after.status.retryAt ?? now() + PASS_PERIOD_MS);
    });

  const setOn = (on: boolean) =>
    serial(async () => {
      const connection = await db();
      const known = await readSyncState(connection);
      // Off forgets what was shared: turned on again, this device's data and the other devices' simply merge.
      let state: SyncState = on ? { ...known, on } : { ...known, on, ledger: {}, writes: [], status: EMPTY_STATUS };
      if (on) state = await passNow(connection, state);
      await writeSyncState(connection, state);
      await host.schedule(on ? (state.status.retryAt ?? now() + PASS_PERIOD_MS) : null);
      return { on: state.on, status: state.status };
    });

  return {
    soon: () => {
      clearTimeout(timer);
      timer = setTimeout(() => void pass(), PUSH_DELAY_MS);
    },
    pass,
    setOn,
    view: async () => {
      const state = await readSyncState(await db());
      return { on: state.on, status: state.status };
    },
  };
}
