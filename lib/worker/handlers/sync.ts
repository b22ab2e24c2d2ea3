import { EMPTY_STATUS } from '../../sync/sync-state';
import type { Handler } from './types';

/** Sync's switch on the options page; the answer is where sync stands after it. */
export const syncSetting: Handler<'sync-setting'> = async ({ on }, _sender, env) => {
  if (!env.sync) return { on: false, status: EMPTY_STATUS };
  return on === undefined ? env.sync.view() : env.sync.setOn(on);
};

/** The panel saved the checklist: shared soon, with whatever else changes meanwhile. */
export const syncChanged: Handler<'sync-changed'> = async (_message, _sender, env) => {
  env.sync?.soon();
  return {};
};
