import { countStoredData, deleteAllData, listRecentRecords } from '../db/stored-data';
import type { Handlers } from './handle-message';

/** How many records the popup shows: enough for every open case, small enough to answer at once. */
export const POPUP_RECORD_LIMIT = 100;

/** What the extension pages may ask about the stored data. Only extension pages may send these (protocol.ts). */
export const DATA_HANDLERS: Pick<Handlers, 'list-records' | 'count-stored-data' | 'delete-all-data'> = {
  async 'list-records'(_message, _sender, env) {
    return { records: await listRecentRecords(await env.db(), POPUP_RECORD_LIMIT) };
  },
  async 'count-stored-data'(_message, _sender, env) {
    return countStoredData(await env.db());
  },
  async 'delete-all-data'(_message, _sender, env) {
    const db = await env.db();
    await deleteAllData(db);
    return countStoredData(db);
  },
};
