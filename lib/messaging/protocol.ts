import type { ProblemKind } from '../model/problem-kinds';
import { MAX_OBSERVED_CHARS, MAX_REQUEST_BODY_CHARS } from '../aliexpress/observe-traffic';
import type { TimelineLine } from '../case-log/line-message';
import type { DeadlineKind } from '../model/deadlines';
import type { DisputeFacts, FactOrigin, OrderFacts } from '../model/facts';
import type { PanelSettings } from '../model/page-records';
import { NotificationChoices, WatchInterval } from '../model/preferences';
import { ReminderSettings } from '../model/reminder-settings';
import { PageDate } from '../model/snapshots';
import type { DisputeState, RecordSummary, StoredCounts, VisitSummary } from '../model/summaries';
import { ID_PATTERN, SITES, VERDICTS } from '../model/vocab';
import { z } from '../model/zod';
import type { DetectedPage } from '../pages/detect-page';
import { MAX_INSERTED_CHARS } from './insert-limit';
import type { SyncStatus } from '../sync/sync-state';
import type { DashboardRow } from '../model/dashboard';

/**
 * Every message between the extension's contexts: its payload schema (strict: unknown keys are rejected),
 * which context may send it, and the type of its answer. The worker is the only place that parses them;
 * content scripts import types only, so zod stays out of the page.
 */
const pageUrl = z.string().check(z.maxLength(4096));
const id = z.string().check(z.regex(ID_PATTERN));
/** The most order cards one list page report may name. */
export const MAX_LISTED_ORDERS = 300;
const listedOrderIds = z.array(id).check(z.maxLength(MAX_LISTED_ORDERS));
const epochMs = z.number().check(z.int(), z.gte(0));
const loadId = z.string().check(z.regex(/^[\w-]{8,64}$/));

export const MESSAGES = {
  /** A content script reports the page it shows; the worker records the order or dispute. */
  'page-seen': {
    from: 'content-script',
    payload: z.strictObject({
      type: z.literal('page-seen'),
      url: z.string().check(z.maxLength(4096)),
      /** The language the buyer reads (kept for the reminders the worker will write). */
      language: z.enum(['en', 'ru']),
      /** One page load's own id: a repeated report of the same load is not counted as another visit. */
      loadId: z.optional(loadId),
    }),
  },
  /** The page's own response to one of its order, tracking or dispute requests, as the observer copied it. */
  'page-data': {
    from: 'content-script',
    payload: z.strictObject({
      type: z.literal('page-data'),
      pageUrl: pageUrl,
      requestUrl: z.string().check(z.maxLength(8192)),
      text: z.string().check(z.maxLength(MAX_OBSERVED_CHARS)),
      /** When the page received it (ms since 1970): a response from before "Delete all my data" is refused. */
      observedAt: z.optional(epochMs),
      /** On a list page, the orders whose cards are on it: the response may teach us only about those. */
      listedOrderIds: z.optional(listedOrderIds),
      /** How the page made the request, for the seller-reply watcher to make it again (learned on its own page only). */
      request: z.optional(
        z.strictObject({
          method: z.enum(['GET', 'POST']),
          body: z.optional(z.string().check(z.maxLength(MAX_REQUEST_BODY_CHARS))),
          contentType: z.optional(z.string().check(z.maxLength(100))),
        }),
      ),
    }),
  },
  /**
   * What the content script read from the page's markup; each snapshot is validated on its own. On an order list it
   * names the orders whose cards are on the page, and the answer carries their dispute states for the badges.
   */
  'page-dom': {
    from: 'content-script',
    payload: z.strictObject({
      type: z.literal('page-dom'),
      pageUrl: pageUrl,
      orders: z.array(z.unknown()).check(z.maxLength(MAX_LISTED_ORDERS)),
      disputes: z.array(z.unknown()).check(z.maxLength(50)),
      listedOrderIds: z.optional(listedOrderIds),
    }),
  },
  /** Facts the buyer typed in because the page could not be read. */
  'manual-facts': {
    from: 'content-script',
    payload: z
      .strictObject({
        type: z.literal('manual-facts'),
        pageUrl: pageUrl,
        orderId: id,
        orderedOn: z.optional(PageDate),
        shippedOn: z.optional(PageDate),
        protectionEndsOn: z.optional(PageDate),
      })
      .check(
        // A report with no date says nothing: refuse it rather than store an empty fact.
        z.refine((typed) => Boolean(typed.orderedOn ?? typed.shippedOn ?? typed.protectionEndsOn), 'no date given'),
      ),
  },
  /**
   * What the dispute check compares the buyer's draft with, for the panel frame that runs it: the order's total when a
   * page showed it (in the form's currency only) and the buyer's files for the order. The draft itself stays in the frame.
   */
  'check-context': {
    from: 'panel-frame',
    payload: z
      .strictObject({
        type: z.literal('check-context'),
        orderId: z.optional(id),
        disputeId: z.optional(id),
        /** The reason picked in the form: it decides the evidence checklist. */
        reason: z.optional(z.string().check(z.maxLength(300))),
        /** The form's text around the amount ("Max. US $12.99"): the worker reads its currency. */
        currencyText: z.optional(z.string().check(z.maxLength(300))),
      })
      // Without a case there is nothing to compare with: the frame does not ask.
      .check(z.refine((asked) => Boolean(asked.orderId ?? asked.disputeId), 'no order or dispute named')),
  },
  /** The panel frame checked a draft: the buyer's step goes into the case's timeline (a digest of the text, not the text). */
  'check-ran': {
    from: 'panel-frame',
    payload: z.strictObject({
      type: z.literal('check-ran'),
      orderId: id,
      text: z.string().check(z.maxLength(20_000)),
      verdict: z.enum(VERDICTS),
    }),
  },
  /** The buyer collapsed or expanded the panel. */
  'panel-set-collapsed': {
    from: 'content-script',
    payload: z.strictObject({ type: z.literal('panel-set-collapsed'), collapsed: z.boolean() }),
  },
  /** The panel frame asks which tab it is in, to know its content script's messages from other tabs'. */
  'panel-hello': {
    from: 'panel-frame',
    payload: z.strictObject({ type: z.literal('panel-hello') }),
  },
  /** The buyer did something in the panel: the worker passes it to the content script of the frame's tab. */
  'panel-request': {
    from: 'panel-frame',
    payload: z.strictObject({
      type: z.literal('panel-request'),
      request: z.union([
        z.strictObject({ type: z.literal('wait'), since: z.int().check(z.gte(-1)) }),
        z.strictObject({ type: z.literal('toggle') }),
        z.strictObject({ type: z.literal('check') }),
        z.strictObject({ type: z.literal('checked'), id: z.int().check(z.gte(1)), verdict: z.enum(VERDICTS) }),
        z.strictObject({ type: z.literal('size'), height: z.number().check(z.gte(0), z.lte(10_000)) }),
        z.strictObject({
          type: z.literal('manual-facts'),
          facts: z.strictObject({
            orderId: id,
            orderedOn: z.optional(PageDate),
            shippedOn: z.optional(PageDate),
            protectionEndsOn: z.optional(PageDate),
          }),
        }),
        z.strictObject({
          type: z.literal('insert-text'),
          text: z.string().check(z.minLength(1), z.maxLength(MAX_INSERTED_CHARS)),
        }),
      ]),
    }),
  },
  /** The panel frame shows the timeline of the case on its page: the order's, or the dispute's order's. */
  'case-timeline': {
    from: 'panel-frame',
    payload: z
      .strictObject({ type: z.literal('case-timeline'), orderId: z.optional(id), disputeId: z.optional(id) })
      // A request naming no case asks for nothing: refuse it rather than answer an empty timeline.
      .check(z.refine((asked) => Boolean(asked.orderId ?? asked.disputeId), 'no order or dispute named')),
  },
  /**
   * Where the order's evidence stands, for a panel frame the browser keeps from the extension's storage (third-party
   * storage blocked): the checklist state and how many files each item holds, never the files.
   */
  'evidence-state': {
    from: 'panel-frame',
    payload: z.strictObject({ type: z.literal('evidence-state'), orderId: id }),
  },
  /**
   * The panel shows whether the seller-reply watcher looks at this dispute, and the buyer switches it on or off for
   * this dispute (`on`); the answer is the watch as it now stands.
   */
  'panel-watch': {
    from: 'panel-frame',
    payload: z.strictObject({
      type: z.literal('panel-watch'),
      disputeId: id,
      site: z.enum(SITES),
      on: z.optional(z.boolean()),
    }),
  },
  /** The options page reads or sets "never check for seller replies" (`off`). */
  'watcher-setting': {
    from: 'extension-page',
    payload: z.strictObject({ type: z.literal('watcher-setting'), off: z.optional(z.boolean()) }),
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
  /**
   * The reminders' lead times: read them, or (with `settings`) change them. Reminders are planned again at once.
   * Extension pages only: a page must not be able to silence the buyer's reminders.
   */
  'reminder-settings': {
    from: 'extension-page',
    payload: z.strictObject({ type: z.literal('reminder-settings'), settings: z.optional(ReminderSettings) }),
  },
  /** The buyer confirmed "Delete all my data" on the options page. */
  'delete-all-data': {
    from: 'extension-page',
    payload: z.strictObject({ type: z.literal('delete-all-data'), confirmed: z.literal(true) }),
  },
  /**
   * The options page reads or (with `on`) switches sync across the buyer's browsers. Extension pages only: a page
   * must not be able to send the buyer's data to their browser account.
   */
  'sync-setting': {
    from: 'extension-page',
    payload: z.strictObject({ type: z.literal('sync-setting'), on: z.optional(z.boolean()) }),
  },
  /** The panel changed the checklist in the database itself: sync shares it soon (when sync is on). */
  'sync-changed': {
    from: 'panel-frame',
    payload: z.strictObject({ type: z.literal('sync-changed') }),
  },
  /** The options page reads or sets which notifications the buyer wants (reminders, seller news, sign-in). */
  'notification-settings': {
    from: 'extension-page',
    payload: z.strictObject({ type: z.literal('notification-settings'), choices: z.optional(NotificationChoices) }),
  },
  /** The options page reads or sets the watcher's least interval; every watch's alarm follows at once. */
  'watch-interval': {
    from: 'extension-page',
    payload: z.strictObject({ type: z.literal('watch-interval'), minutes: z.optional(WatchInterval) }),
  },
  /** The options page restored a backup: reminders and watches are planned again from the database. */
  'backup-restored': {
    from: 'extension-page',
    payload: z.strictObject({ type: z.literal('backup-restored') }),
  },
  /**
   * The popup's dashboard: every case as one compact row, nearest deadline first. `timeZone` is the popup's, in which
   * the pages' dates are read (the worker has the same one, but the page says which it shows).
   */
  dashboard: {
    from: 'extension-page',
    payload: z.strictObject({
      type: z.literal('dashboard'),
      // A zone's name; the worker checks that the runtime knows it.
      timeZone: z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/)),
    }),
  },
} as const;

/** One date a page showed for a deadline of the order (every page's, so pages that disagree are all known). */
export interface DeadlineReading {
  kind: DeadlineKind;
  on: PageDate;
  field: string;
  origin: FactOrigin;
}

/** What is known about the order and dispute a page is about. */
export interface PageFacts {
  order?: OrderFacts;
  dispute?: DisputeFacts;
  /** The order's deadline readings; absent when none were kept. */
  readings?: DeadlineReading[];
}

/** The answer to a page report: how many snapshots it yielded, and the page's facts after storing them. */
export interface PageReadResult {
  read: { orders: number; disputes: number };
  facts: PageFacts;
}

/** The answer to a markup report: on an order list, also the dispute state of each listed order. */
export interface PageDomResult extends PageReadResult {
  disputeStates?: Record<string, DisputeState>;
  /** Listed orders whose evidence checklist the buyer has started: required items done out of all required. */
  evidence?: Record<string, { done: number; required: number }>;
}

/** What the worker knows that the check compares a draft with (the analyzer's draft fields of the same names). */
export interface CheckContext {
  currency?: string;
  orderTotal?: number;
  keptFiles?: number;
  missingEvidence?: string[];
}

/** The order's evidence as the worker reads it: the problem it is for, the buyer's ticks, files per item. */
export interface EvidenceState {
  problem?: ProblemKind;
  ticked: string[];
  counts: Record<string, number>;
}

/** Where the seller-reply watcher stands for one dispute, as the panel says it. */
export interface WatchStatus {
  /** The dispute page's own data request is known, so the watcher can look by itself. */
  learned: boolean;
  /** The buyer has not switched it off for this dispute. */
  on: boolean;
  /** The buyer switched it off for every dispute (options page). */
  everywhereOff: boolean;
  /** active: looking; paused: signed out; stopped: the dispute is over. */
  phase?: 'active' | 'paused' | 'stopped';
  lastCheckAt?: number;
  /** The least interval the buyer chose on the options page, when longer than the usual 30 minutes. */
  intervalMinutes?: WatchInterval;
}

/** Whether sync is on, and how its last pass went. */
export interface SyncView {
  on: boolean;
  status: SyncStatus;
}

export interface MessageResults {
  'page-seen': {
    page: DetectedPage;
    visit: VisitSummary | null;
    panel: PanelSettings;
    facts: PageFacts;
  };
  'page-data': PageReadResult;
  'page-dom': PageDomResult;
  'manual-facts': PageReadResult;
  'check-context': CheckContext;
  'check-ran': Record<string, never>;
  'panel-set-collapsed': PanelSettings;
  'panel-hello': { tabId: number };
  /** The content script's answer (PanelAnswer), as it sent it: the frame checks its shape. */
  'panel-request': { answer: unknown };
  /** Newest first. */
  'case-timeline': { lines: TimelineLine[] };
  'evidence-state': EvidenceState;
  'panel-watch': WatchStatus;
  'watcher-setting': { off: boolean };
  'list-records': { records: RecordSummary[] };
  'count-stored-data': StoredCounts;
  'reminder-settings': ReminderSettings;
  'delete-all-data': StoredCounts;
  'sync-setting': SyncView;
  'sync-changed': Record<string, never>;
  'notification-settings': NotificationChoices;
  'watch-interval': { minutes: WatchInterval };
  'backup-restored': { watches: number };
  /** Sorted by the nearest deadline; `now` is the worker's clock the rows were classed at. */
  dashboard: { rows: DashboardRow[]; now: number };
}

export type MessageType = keyof typeof MESSAGES;
export type SenderRole = (typeof MESSAGES)[MessageType]['from'] | 'extension-page';
export type Message<T extends MessageType = MessageType> = z.infer<(typeof MESSAGES)[T]['payload']>;

/** Why a message failed; `no-answer` is the client's own: the worker could not be reached. */
export type ErrorCode =
  'bad-message' | 'forbidden-sender' | 'not-our-page' | 'outdated' | 'storage-full' | 'storage-failed' | 'no-answer';
export type Reply<T extends MessageType = MessageType> =
  { ok: true; result: MessageResults[T] } | { ok: false; error: { code: ErrorCode; message: string } };
