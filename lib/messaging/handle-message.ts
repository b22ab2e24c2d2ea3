import { readDisputeStates, readFactsFor, storeSnapshots } from '../db/facts';
import { recordPageVisit } from '../db/page-visits';
import { readPanelSettings, writePanelSettings } from '../db/settings';
import { PANEL_STRINGS } from '../i18n';
import { checkDisputeDraft } from './check-dispute';
import { MessageError } from './message-error';
import { receiveManualFacts, receivePageData, receivePageDom, reportedPage, snapshotsFromAddress } from './page-facts';
import { MESSAGES, type ErrorCode, type Message, type MessageResults, type MessageType, type Reply } from './protocol';
import { DATA_HANDLERS } from './data-handlers';
import { roleOfSender, type SenderInfo } from './sender';
import type { WorkerEnv } from './worker-env';

export type { WorkerEnv } from './worker-env';

export type Handlers = {
  [T in MessageType]: (message: Message<T>, sender: SenderInfo, env: WorkerEnv) => Promise<MessageResults[T]>;
};

const HANDLERS: Handlers = {
  async 'page-seen'({ url, language }, sender, env) {
    const page = reportedPage(url, sender);
    const db = await env.db();
    const visit = await recordPageVisit(db, page, url, env.now());
    await storeSnapshots(db, snapshotsFromAddress(page), page.site, env.now());
    const facts = await readFactsFor(db, page, env.now());
    const panel = await readPanelSettings(db);
    return { page, visit, panel, facts, ...(language !== 'en' && { strings: PANEL_STRINGS[language] }) };
  },
  'page-data': receivePageData,
  'page-dom': receivePageDom,
  'manual-facts': receiveManualFacts,
  'check-dispute': checkDisputeDraft,
  async 'dispute-states'({ orderIds }, _sender, env) {
    return readDisputeStates(await env.db(), orderIds);
  },
  async 'panel-set-collapsed'({ collapsed }, _sender, env) {
    await writePanelSettings(await env.db(), { collapsed });
    return { collapsed };
  },
  ...DATA_HANDLERS,
};

/**
 * The worker's single entry for runtime messages: checks the sender, parses the payload strictly,
 * runs the handler and always answers with a Reply, never a throw. Rejected messages change nothing.
 */
export async function handleMessage(raw: unknown, sender: SenderInfo, env: WorkerEnv): Promise<Reply> {
  const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  if (typeof type !== 'string' || !Object.hasOwn(MESSAGES, type)) return failure('bad-message', 'unknown message type');
  const spec = MESSAGES[type as MessageType];

  const role = roleOfSender(sender, env.self);
  if (role !== spec.from) {
    return failure('forbidden-sender', `${type} is not accepted from this sender`);
  }
  const parsed = spec.payload.safeParse(raw);
  if (!parsed.success) return failure('bad-message', `malformed ${type}`);

  try {
    const handler = HANDLERS[type as MessageType] as (m: unknown, s: SenderInfo, e: WorkerEnv) => Promise<unknown>;
    return { ok: true, result: (await handler(parsed.data, sender, env)) as never };
  } catch (error) {
    if (error instanceof MessageError) return failure(error.code, error.message);
    return failure(isQuotaError(error) ? 'storage-full' : 'storage-failed', describe(error));
  }
}

function failure(code: ErrorCode, message: string): Reply {
  return { ok: false, error: { code, message } };
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'QuotaExceededError';
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 500) : 'unknown error';
}
