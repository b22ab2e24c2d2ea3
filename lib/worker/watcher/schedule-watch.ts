import { readWatchIntervalMs } from '../../db/preferences';
import { readAllWatches, readWatcherOff, writeWatch } from '../../db/watches';
import { withInterval } from '../../watcher/schedule';
import type { DisputeWatch } from '../../db/case-records';
import { encodeAlarmName } from '../../reminders/alarm-names';
import type { WorkerEnv } from '../worker-env';

export function watchAlarmName(disputeId: string): string {
  return encodeAlarmName({ type: 'watch', disputeId });
}

/** True when the watcher should look at this dispute again by itself. */
export function isRunning(watch: DisputeWatch, globallyOff: boolean): boolean {
  return !globallyOff && !watch.off && watch.request !== undefined && watch.state.phase === 'active';
}

/** Sets the dispute's alarm at its `nextAt`, or clears it when the watch is not running. */
export async function scheduleWatch(env: WorkerEnv, watch: DisputeWatch, globallyOff: boolean): Promise<void> {
  const name = watchAlarmName(watch.disputeId);
  const { nextAt } = watch.state;
  if (!isRunning(watch, globallyOff) || nextAt === undefined) return env.watcher.clearAlarm(name);
  // A time already past (the worker was stopped, the computer slept) fires at once, which is what is due.
  await env.watcher.setAlarm(name, Math.max(nextAt, env.now()));
}

/**
 * Every watch's alarm again, from the database: at each worker start, so an alarm lost with a browser restart or a
 * profile change is back and nothing depends on the worker staying alive.
 */
export async function scheduleAllWatches(env: WorkerEnv): Promise<void> {
  const db = await env.db();
  const off = await readWatcherOff(db);
  for (const watch of await readAllWatches(db)) await scheduleWatch(env, watch, off);
}

/** The buyer chose another least interval: every active watch's next look moves to fit it, and its alarm with it. */
export async function applyWatchInterval(env: WorkerEnv): Promise<void> {
  const db = await env.db();
  const [off, intervalMs] = [await readWatcherOff(db), await readWatchIntervalMs(db)];
  for (const watch of await readAllWatches(db)) {
    const moved = { ...watch, state: withInterval(watch.state, env.now(), intervalMs) };
    if (moved.state !== watch.state) await writeWatch(db, moved);
    await scheduleWatch(env, moved, off);
  }
}
