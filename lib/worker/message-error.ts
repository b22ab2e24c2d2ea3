import type { ErrorCode } from '../messaging/protocol';

/** A handler's refusal, answered to the sender with its code. */
export class MessageError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}
