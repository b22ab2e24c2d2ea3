import type { CheckResult, DisputeDraft, Verdict } from '../analyzer';
import type { LearnedModel } from '../analyzer/learned/model';
import type { MessageKey } from '../i18n/strings';
import type { CheckView, FormCheck, FormDraft } from '../messaging/panel-channel';
import type { CheckContext } from '../messaging/protocol';

/** The case a draft belongs to, as the panel's view names it. */
export interface CaseIds {
  orderId?: string;
  disputeId?: string;
}

export interface DisputeCheckerParts {
  /** The analyzer, imported on the first draft: its lexicons are most of its weight, and most pages have no form. */
  check: () => Promise<(draft: DisputeDraft, learned?: LearnedModel) => CheckResult>;
  learnedModel: () => Promise<LearnedModel | undefined>;
  /** What the worker knows that the check compares with, or why it could not say. */
  context: (
    ask: CaseIds & Pick<FormDraft, 'reason' | 'currencyText'>,
  ) => Promise<{ ok: true; context: CheckContext } | { ok: false; reason: MessageKey }>;
  /** Tells the content script the draft's verdict, for the one confirmation at submit. */
  verdict: (id: number, verdict: Verdict) => void;
  /** The buyer's step, for the case's timeline. */
  ran: (orderId: string, text: string, verdict: Verdict) => void;
  /** What the panel shows of the check changed. */
  changed: () => void;
}

/** The analyzer's draft: the form's, with what the worker knows (the text around the amount was the worker's to read). */
export function draftToCheck(draft: FormDraft, context: CheckContext): DisputeDraft {
  const { currencyText, ...typed } = draft;
  return { ...typed, ...context };
}

/**
 * The dispute check, run in the panel frame on each draft the content script passes on. Only the newest draft's
 * outcome counts: one typed while an older one was being checked replaces it. A draft the buyer did not ask to see
 * is still checked, silently, so that submitting a blocker can be caught.
 */
export function createDisputeChecker(parts: DisputeCheckerParts) {
  let newest = 0;
  let shown: { id: number; view: CheckView } | undefined;

  const run = async (id: number, draft: FormDraft, show: boolean, ids: CaseIds) => {
    if (show) {
      shown = { id, view: { state: 'checking' } };
      parts.changed();
    }
    const outcome = await Promise.all([
      parts.check(),
      parts.learnedModel(),
      // A page that names no case (yet) has nothing the worker could add.
      ids.orderId || ids.disputeId
        ? parts.context({
            ...ids,
            ...(draft.reason && { reason: draft.reason }),
            ...(draft.currencyText && { currencyText: draft.currencyText }),
          })
        : { ok: true as const, context: {} },
    ])
      .then(([check, learned, asked]) =>
        asked.ok ? { ok: true as const, result: check(draftToCheck(draft, asked.context), learned) } : asked,
      )
      // The analyzer's chunk failed to load (the extension was updated or removed under this page), or the check threw:
      // the buyer is told, rather than the panel waiting on "Checking…" for good.
      .catch(() => ({ ok: false as const, reason: 'error.no-answer' as const }));
    if (id !== newest) return;
    if (outcome.ok) {
      parts.verdict(id, outcome.result.verdict);
      // Only a check the buyer asked to see is their step: a silent one would put a line in the case log they never
      // took, and move the panel under their cursor as they reach for the button.
      if (show && ids.orderId && !outcome.result.empty) parts.ran(ids.orderId, draft.text, outcome.result.verdict);
    }
    if (!show) return;
    shown = {
      id,
      view: outcome.ok
        ? { state: 'done', text: draft.text, result: outcome.result }
        : { state: 'error', reason: outcome.reason },
    };
    parts.changed();
  };

  return {
    /** The view changed: a draft not checked yet is checked, at once. */
    follow(form: FormCheck | undefined, ids: CaseIds) {
      if (form?.state !== 'draft' || form.id === newest) return;
      newest = form.id;
      void run(form.id, form.draft, form.shown, ids);
    },
    /** What the panel shows for the form: the latest shown check, or the form's own state. */
    view(form: FormCheck | undefined): CheckView | undefined {
      if (form?.state !== 'draft') return form;
      if (!form.shown) return { state: 'idle' };
      return shown?.id === form.id ? shown.view : { state: 'checking' };
    },
  };
}
