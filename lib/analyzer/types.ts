import type { MessageKey } from '../i18n';
import type { Verdict } from '../model/vocab';

export type Resolution = 'full_refund' | 'partial_refund' | 'return' | 'exchange';
export type TextLanguage = 'ru' | 'en' | 'other';

export interface Attachment {
  name: string;
  type: string;
  size: number;
}

/** What the buyer has typed and picked in the open-dispute form. */
export interface DisputeDraft {
  text: string;
  reason?: string;
  resolution?: Resolution;
  amount?: number;
  currency?: string;
  orderTotal?: number;
  /**
   * The files attached in the form. Absent or empty means "no file": the form reader always knows how many thumbnails
   * it sees. A caller that could not read the attachments sets `attachmentsUnknown`, and then no finding is made
   * from the lack of files (only from the text).
   */
  attachments?: Attachment[];
  /** How many files the page's own form holds: AliExpress takes only photos and videos there, so each is evidence. */
  attachedFiles?: number;
  attachmentsUnknown?: boolean;
  /** The buyer's files for this order in the extension's evidence checklist: evidence as much as the form's. */
  keptFiles?: number;
  /** The checklist's required items still without evidence (item ids), for the check to name. */
  missingEvidence?: readonly string[];
  formLanguage?: 'ru' | 'en';
}

export type FindingCode =
  | 'profanity'
  | 'insult'
  | 'threat'
  | 'emotional'
  | 'accusation'
  | 'missing_what'
  | 'missing_when'
  | 'missing_evidence'
  | 'missing_resolution'
  | 'partial_without_amount'
  | 'amount_exceeds_total'
  | 'resolution_conflict'
  | 'evidence_not_attached'
  /** Required items of the order's evidence checklist have nothing yet: named in `items`. */
  | 'evidence_items_missing'
  | 'too_short'
  | 'too_long'
  | 'mixed_language'
  | 'translit'
  | 'language_mismatch'
  /** Nothing to check yet (an empty reply box): the only finding, with no score; see `CheckResult.empty`. */
  | 'empty_text';

/** `blocker` must be fixed before sending; `warning` keeps the draft from being ready; `tip` is advice only. */
export type Severity = 'blocker' | 'warning' | 'tip';
export type { Verdict };

/** UTF-16 offsets into the original text, end exclusive: `text.slice(start, end)` is the flagged part. */
export interface Span {
  start: number;
  end: number;
}

/**
 * What to do about a finding. `advice` is shown in the interface language; a `rewrite` is a calm sentence the buyer
 * may paste into the dispute, so it must be resolved in the language of the dispute text (`CheckResult.language`).
 */
export interface Suggestion {
  kind: 'advice' | 'rewrite';
  key: MessageKey;
  params?: Record<string, string | number>;
}

export interface Finding {
  code: FindingCode;
  severity: Severity;
  spans: Span[];
  messageKey: MessageKey;
  suggestion?: Suggestion;
  /** Evidence checklist item ids the finding is about (`evidence_items_missing`). */
  items?: readonly string[];
}

export interface DetectedRequest {
  resolution: Resolution | 'none';
  amount?: number;
  currency?: string;
  /** Set when the text asks for a share of the price ("50%", "половину") rather than a sum. */
  percent?: number;
}

export interface CheckResult {
  /** `needs_work` for an empty text, so older callers still show "needs work"; the interface should check `empty`. */
  verdict: Verdict;
  /** 0 for an empty text, which has no score (see `empty`). */
  score: number;
  /** True when there is nothing to check: show "write your description first" instead of a verdict and score. */
  empty: boolean;
  language: TextLanguage;
  detected: DetectedRequest;
  findings: Finding[];
}
