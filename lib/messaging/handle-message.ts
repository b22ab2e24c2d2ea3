import { recordPageVisit } from '../db/page-visits';
import type { Db } from '../db/schema';
import { readPanelSettings, writePanelSettings } from '../db/settings';
import { safeParseUrl } from '../aliexpress/hosts';
import { detectPage } from '../pages/detect-page';
import { MESSAGES, type ErrorCode, type Message, type MessageResults, type MessageType, type Reply } from './protocol';
import { DATA_HANDLERS } from './data-handlers';
import { roleOfSender, type ExtensionIdentity, type SenderInfo } from './sender';

export interface WorkerEnv {
  self: ExtensionIdentity;
  db: () => Promise<Db>;
  now: () => number;
}

export type Handlers = {
  [T in MessageType]: (message: Message<T>, sender: SenderInfo, env: WorkerEnv) => Promise<MessageResults[T]>;
};

class MessageError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const HANDLERS: Handlers = {
  async 'page-seen'({ url }, sender, env) {
    // A content script may only report the page of its own frame's site.
    if (safeParseUrl(url)?.origin !== safeParseUrl(sender.url ?? '')?.origin) {
      throw new MessageError('forbidden-sender', 'page url is not on the sender origin');
    }
    const page = detectPage(url);
    if (!page) throw new MessageError('not-our-page', 'not an order or dispute page');
    const db = await env.db();
    const visit = await recordPageVisit(db, page, url, env.now());
    return { page, visit, panel: await readPanelSettings(db) };
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
