import { readWatchInterval } from '../../db/preferences';
import { DEFAULT_WATCH_INTERVAL } from '../../model/preferences';
import { readWatch, readWatcherOff, writeWatch, writeWatcherOff } from '../../db/watches';
import type { WatchStatus } from '../../messaging/protocol';
import { startWatch } from '../../watcher/schedule';
import { scheduleAllWatches, scheduleWatch } from '../watcher/schedule-watch';
import type { Handler } from './types';

/** The watch of the panel's dispute; switching it on or off is remembered even before its request is learned. */
export const panelWatch: Handler<'panel-watch'> = async ({ disputeId, site, on }, _sender, env) => {
  const db = await env.db();
  const everywhereOff = await readWatcherOff(db);
  const interval = await readWatchInterval(db);
  let watch = await readWatch(db, disputeId);
  if (on !== undefined) {
    watch = watch
      ? { ...watch, off: !on }
      : { disputeId, site, state: startWatch(env.now(), env.watcher.random, interval * 60_000), off: !on };
    await writeWatch(db, watch);
    await scheduleWatch(env, watch, everywhereOff);
  }
  const status: WatchStatus = {
    learned: watch?.request !== undefined,
    on: !watch?.off,
    everywhereOff,
    ...(watch?.request && { phase: watch.state.phase }),
    ...(watch?.state.lastCheckAt !== undefined && { lastCheckAt: watch.state.lastCheckAt }),
    ...(interval !== DEFAULT_WATCH_INTERVAL && { intervalMinutes: interval }),
  };
  return status;
};

/** "Never check for seller replies": every alarm follows the setting at once. */
export const watcherSetting: Handler<'watcher-setting'> = async ({ off }, _sender, env) => {
  const db = await env.db();
  if (off !== undefined) {
    await writeWatcherOff(db, off);
    await scheduleAllWatches(env);
  }
  return { off: await readWatcherOff(db) };
};
