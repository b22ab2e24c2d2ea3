import { browser } from 'wxt/browser';
import type { MessageKey } from '../i18n/strings';
import type { ErrorCode, Message, MessageType, Reply } from './protocol';

/** The answer when the worker could not be reached or answered something that is not a Reply. */
const NO_ANSWER = {
  ok: false,
  error: { code: 'no-answer' as ErrorCode, message: 'the worker did not answer' },
} as const;

// Chrome may refuse a message while it restarts a stopped worker; one retry covers that window.
const RETRY_DELAY_MS = 150;
// A worker stopped while it starts or answers can leave a message unsettled for good; a caller waiting on it would
// never send it again. Every answer we wait for (the check of a 100 KB text included) comes well within this.
export const ANSWER_TIMEOUT_MS = 15_000;

/** Sends a protocol message to the worker. Never throws: every failure comes back as an error Reply. */
export async function sendToWorker<T extends MessageType>(message: Message<T> & { type: T }): Promise<Reply<T>> {
  for (let attempt = 1; ; attempt++) {
    try {
      const reply = await withTimeout(browser.runtime.sendMessage(message) as Promise<unknown>, ANSWER_TIMEOUT_MS);
      return isReply(reply) ? (reply as Reply<T>) : NO_ANSWER;
    } catch {
      if (attempt === 2) return NO_ANSWER;
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
    }
  }
}

/** What a failed reply means to the buyer, in words of the panel's strings. */
export function replyErrorKey(error: { code: ErrorCode }): MessageKey {
  if (error.code === 'no-answer') return 'error.no-answer';
  if (error.code === 'storage-full') return 'error.storage-full';
  if (error.code === 'storage-failed') return 'error.storage-failed';
  return 'error.rejected';
}

/**
 * Whether a failed report may go again: only when the worker could not be reached or could not store it. A report it
 * answered as malformed, out of date or not ours stays refused, so a page script that forges reports cannot make the
 * page side repeat them.
 */
export function worthSendingAgain(reply: { ok: boolean; error?: { code: ErrorCode } }): boolean {
  return !reply.ok && RETRIABLE.has(reply.error!.code);
}
const RETRIABLE: ReadonlySet<ErrorCode> = new Set(['no-answer', 'storage-failed', 'storage-full']);

/** Resolves `undefined` (no answer) if the promise has not settled after `ms`. */
function withTimeout(promise: Promise<unknown>, ms: number): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, ms, undefined)));
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

function isReply(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { ok } = value as { ok?: unknown };
  return ok === true ? 'result' in value : ok === false && 'error' in value;
}
