import type { VisitSummary } from '../db/page-visits';
import type { RecordSummary, StoredCounts } from '../db/stored-data';
import type { PanelSettings } from '../model/page-records';
import { z } from '../model/zod';
import type { DetectedPage } from '../pages/detect-page';

/**
 * Every message between the extension's contexts: its payload schema (strict: unknown keys are rejected),
 * which context may send it, and the type of its answer. The worker is the only place that parses them;
 * content scripts import types only, so zod stays out of the page.
 */
export const MESSAGES = {
  /** A content script reports the page it shows; the worker records the order or dispute. */
  'page-seen': {
    from: 'content-script',
    payload: z.strictObject({ type: z.literal('page-seen'), url: z.string().check(z.maxLength(4096)) }),
  },
  /** The buyer collapsed or expanded the panel. */
  'panel-set-collapsed': {
    from: 'content-script',
    payload: z.strictObject({ type: z.literal('panel-set-collapsed'), collapsed: z.boolean() }),
  },
  /** The popup lists the orders and disputes seen, newest first. */
  'list-records': {
    from: 'extension-page',
    payload: z.strictObject({ type: z.literal('list-records') }),
  },
  /** The options page shows how much is stored. */
  'count-stored-data': {
    from: 'extension-page',
    payload: z.strictObject({ type: z.literal('count-stored-data') }),
  },
  /** The buyer confirmed "Delete all my data" on the options page. */
  'delete-all-data': {
    from: 'extension-page',
    payload: z.strictObject({ type: z.literal('delete-all-data'), confirmed: z.literal(true) }),
  },
} as const;

export interface MessageResults {
  'page-seen': { page: DetectedPage; visit: VisitSummary | null; panel: PanelSettings };
  'panel-set-collapsed': PanelSettings;
  'list-records': { records: RecordSummary[] };
  'count-stored-data': StoredCounts;
  'delete-all-data': StoredCounts;
}

export type MessageType = keyof typeof MESSAGES;
export type SenderRole = (typeof MESSAGES)[MessageType]['from'] | 'extension-page';
export type Message<T extends MessageType = MessageType> = z.infer<(typeof MESSAGES)[T]['payload']>;

/** Why a message failed; `no-answer` is the client's own: the worker could not be reached. */
export type ErrorCode =
  'bad-message' | 'forbidden-sender' | 'not-our-page' | 'storage-full' | 'storage-failed' | 'no-answer';
export type Reply<T extends MessageType = MessageType> =
  { ok: true; result: MessageResults[T] } | { ok: false; error: { code: ErrorCode; message: string } };
