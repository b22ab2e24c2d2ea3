import { countStoredData, deleteAllData, listRecentRecords } from '../../db/stored-data';
import type { Handler } from './types';

/** How many records the popup shows: enough for every open case, small enough to answer at once. */
export const POPUP_RECORD_LIMIT = 100;

// What the extension pages may ask about the stored data. Only extension pages may send these (protocol.ts).

export const listRecords: Handler<'list-records'> = async (_message, _sender, env) => ({
  records: await listRecentRecords(await env.db(), POPUP_RECORD_LIMIT),
});

export const countData: Handler<'count-stored-data'> = async (_message, _sender, env) =>
  countStoredData(await env.db());

export const deleteAllMyData: Handler<'delete-all-data'> = async (_message, _sender, env) => {
  const db = await env.db();
  await deleteAllData(db, env.now());
  // No case is left: the next reminder pass clears their alarms.
  env.factsChanged?.();
  return countStoredData(db);
};
