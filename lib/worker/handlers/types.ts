import type { Message, MessageResults, MessageType } from '../../messaging/protocol';
import type { SenderInfo } from '../../messaging/sender';
import type { WorkerEnv } from '../worker-env';

/** A handler gets a message already checked for its sender and shape, and answers its type's result. */
export type Handler<T extends MessageType> = (
  message: Message<T>,
  sender: SenderInfo,
  env: WorkerEnv,
) => Promise<MessageResults[T]>;

export type Handlers = { [T in MessageType]: Handler<T> };
