import { MESSAGES, type ErrorCode, type MessageType, type Reply } from '../messaging/protocol';
import { roleOfSender, type SenderInfo } from '../messaging/sender';
import { HANDLERS } from './handlers';
import { MessageError } from './message-error';
import type { WorkerEnv } from './worker-env';

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
