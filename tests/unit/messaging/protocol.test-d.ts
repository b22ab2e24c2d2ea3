import { describe, expectTypeOf, it } from 'vitest';
import type { sendToWorker } from '../../../lib/messaging/client';
import type {
  CheckContext,
  Message,
  MessageResults,
  MessageType,
  PageDomResult,
  Reply,
  SenderRole,
} from '../../../lib/messaging/protocol';
import type { Handlers } from '../../../lib/worker/handlers/types';

describe('the message contract', () => {
  it('gives every message an answer type, and no answer without a message', () => {
    expectTypeOf<keyof MessageResults>().toEqualTypeOf<MessageType>();
  });

  it('types each handler by its own message and answer', () => {
    expectTypeOf<Parameters<Handlers['page-dom']>[0]>().toEqualTypeOf<Message<'page-dom'>>();
    expectTypeOf<Awaited<ReturnType<Handlers['page-dom']>>>().toEqualTypeOf<PageDomResult>();
    expectTypeOf<Awaited<ReturnType<Handlers['check-context']>>>().toEqualTypeOf<CheckContext>();
  });

  it('answers the sender with the reply of the type it sent', () => {
    expectTypeOf<Awaited<ReturnType<typeof sendToWorker<'page-seen'>>>>().toEqualTypeOf<Reply<'page-seen'>>();
    expectTypeOf<Extract<Reply<'page-dom'>, { ok: true }>['result']>().toEqualTypeOf<PageDomResult>();
  });

  it('knows exactly three kinds of sender', () => {
    expectTypeOf<SenderRole>().toEqualTypeOf<'content-script' | 'panel-frame' | 'extension-page'>();
  });

  it('keeps the manual-facts order id a string, never a number', () => {
    expectTypeOf<Message<'manual-facts'>['orderId']>().toEqualTypeOf<string>();
  });
});
