import { MAX_INSERTED_CHARS } from './insert-limit';
import type { PageFacts } from './protocol';
import type { CheckResult } from '../analyzer';
import { VERDICTS, type Resolution, type Verdict } from '../model/vocab';
import type { MessageKey } from '../i18n/strings';
import type { VisitSummary } from '../model/summaries';
import type { DetectedPage } from '../pages/detect-page';

/**
 * The panel frame and the content script of its tab talk through the worker, addressed by tab and frame, over the
 * extension's runtime messaging, which the browser authenticates: a page script can neither send nor read it (unlike
 * `postMessage`). The frame asks, the worker passes the request to the content script of the frame's own tab, and the
 * content script's answer comes back the same way. To hear of changes the frame asks to `wait` for a newer view,
 * which the content script answers when there is one. Firefox gives extension frames inside web pages no `tabs` API
 * and does not deliver a content script's messages to them, so this is the one way that works in both browsers.
 */
export const PANEL_PAGE = '/panel.html';
export const FROM_PANEL = 'dispute-helper:from-panel';

/**
 * How long the content script holds a `wait` without a change before answering with the view as it is. Well under
 * the client's answer timeout (`ANSWER_TIMEOUT_MS`, 15 s): a wait held longer reached the frame as "no answer", so a
 * quiet page counted as a failing one and, after some minutes, the panel stopped following the page.
 */
export const PANEL_WAIT_MS = 10_000;

export type SaveState =
  { state: 'saving' } | { state: 'saved'; visit: VisitSummary | null } | { state: 'error'; reason: MessageKey };

/** Whether the page's own data or markup has yielded facts yet; `not-recognised` once it is clear it won't. */
export type ReadingState = 'reading' | 'read' | 'not-recognised';

/** The open-dispute form as the content script reads it, capped: what the buyer typed and picked. */
export interface FormDraft {
  text: string;
  reason?: string;
  resolution?: Resolution;
  amount?: number;
  /** The form's text around the amount ("Max. US $12.99"): the worker reads its currency. */
  currencyText?: string;
  /** How many files the form holds (its thumbnails); absent when the form's files could not be read. */
  attachedFiles?: number;
}

/**
 * What the content script tells the panel about the dispute form. Each draft gets a newer `id`; the frame checks it
 * and shows the result once `shown` (the buyer asked for the check on this page), else only says its verdict back,
 * for the one confirmation at submit.
 */
export type FormCheck =
  { state: 'no-form' } | { state: 'idle' } | { state: 'draft'; id: number; draft: FormDraft; shown: boolean };

/** What the panel shows about the dispute check. */
export type CheckView =
  | { state: 'no-form' }
  | { state: 'idle' }
  | { state: 'checking' }
  /** The check's verdict and findings; the panel has the check's wording. */
  | { state: 'done'; text: string; result: CheckResult }
  | { state: 'error'; reason: MessageKey };

export interface ManualFacts {
  orderId: string;
  orderedOn?: string;
  shippedOn?: string;
  protectionEndsOn?: string;
}

/** Everything the panel shows about the page in its tab. */
export interface PanelView {
  page: DetectedPage;
  save: SaveState;
  collapsed: boolean;
  facts: PageFacts;
  reading: ReadingState;
  /** Orders read on a list page. */
  listed: number;
  check?: FormCheck;
}

export type FromPanel =
  /** Answered with the view once it is newer than `since` (at once when it already is), or unchanged after a while. */
  | { type: 'wait'; since: number }
  | { type: 'toggle' }
  | { type: 'check' }
  /** The frame checked the draft `id`: its verdict, for the confirmation at submit. */
  | { type: 'checked'; id: number; verdict: Verdict }
  /** Answered with the error to show, or null when saved. */
  | { type: 'manual-facts'; facts: ManualFacts }
  /** The height the panel's content needs, so the frame is no taller than that. */
  | { type: 'size'; height: number }
  /** A message template the buyer filled, for the page's dispute or reply text box: answered with `inserted`. */
  | { type: 'insert-text'; text: string };

/** What the content script answers: the view and its version, or the outcome of typed facts. */
export type PanelAnswer =
  | { view: PanelView; version: number }
  | { saved: MessageKey | null }
  | { done: true }
  /** False when the page has no text box to write into. */
  | { inserted: boolean };

/** The content script's check of what a panel frame sends: the port is authentic, its content still gets checked. */
export function isFromPanel(value: unknown): value is FromPanel {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  switch (message.type) {
    case 'toggle':
    case 'check':
      return true;
    case 'wait':
      return Number.isSafeInteger(message.since);
    case 'checked':
      return Number.isSafeInteger(message.id) && VERDICTS.some((verdict) => verdict === message.verdict);
    case 'size':
      return typeof message.height === 'number' && Number.isFinite(message.height);
    case 'insert-text':
      return typeof message.text === 'string' && message.text.length > 0 && message.text.length <= MAX_INSERTED_CHARS;
    case 'manual-facts': {
      const facts = message.facts as Record<string, unknown> | null;
      return (
        typeof facts === 'object' &&
        facts !== null &&
        Object.values(facts).every((field) => typeof field === 'string' && field.length <= 32)
      );
    }
    default:
      return false;
  }
}

/** The worker passing a panel frame's request on to the content script of its tab. */
export interface FromPanelRelay {
  type: typeof FROM_PANEL;
  request: FromPanel;
}
