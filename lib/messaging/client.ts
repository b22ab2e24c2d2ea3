import { browser } from 'wxt/browser';
import type { ErrorCode, Message, MessageType, Reply } from './protocol';

/** The answer when the worker could not be reached or answered something that is not a Reply. */
const NO_ANSWER = { ok: false, error: { code: 'storage-failed' as ErrorCode, message: 'no-answer' } } as const;

/** Sends a protocol message to the worker. Never throws: every failure comes back as an error Reply. */
export async function sendToWorker<T extends MessageType>(message: Message<T> & { type: T }): Promise<Reply<T>> {
  try {
    const reply: unknown = await browser.runtime.sendMessage(message);
    return isReply(reply) ? (reply as Reply<T>) : NO_ANSWER;
  } catch {
    return NO_ANSWER;
  }
}

function isReply(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { ok } = value as { ok?: unknown };
  return ok === true ? 'result' in value : ok === false && 'error' in value;
}
