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

// The page answers a click with its draft within a few tens of milliseconds; a second means the answer was lost.
const PAGE_ANSWER_MS = 1000;

/**
 * The dispute check, run in the panel frame on each draft the content script passes on. Only the newest draft's
 * outcome counts: one typed while an older one was being checked replaces it. A draft the buyer did not ask to see
 * is still checked, silently, so that submitting a blocker can be caught. A click shows the draft the page reads at
 * that moment, and never depends on the page's answer alone.
 */
export function createDisputeChecker(parts: DisputeCheckerParts) {
  let newest: { id: number; draft: FormDraft; ids: CaseIds } | undefined;
  let shown: { id: number; view: CheckView } | undefined;
  let outcomes: { id: number; outcome: Outcome } | undefined;
  // The buyer clicked "Check" on this page: every draft from then on is shown, whatever the page says.
  let asked = false;
  let lastState: FormCheck['state'] | undefined;

  const show = (id: number, draft: FormDraft, ids: CaseIds, outcome: Outcome) => {
    shown = {
      id,
      view: outcome.ok
        ? { state: 'done', text: draft.text, result: outcome.result }
        : { state: 'error', reason: outcome.reason },
    };
    // Only a check the buyer asked to see is their step: a silent one would put a line in the case log they never
    // took, and move the panel under their cursor as they reach for the button.
    if (outcome.ok && ids.orderId && !outcome.result.empty) parts.ran(ids.orderId, draft.text, outcome.result.verdict);
    parts.changed();
  };

  const run = async (id: number, draft: FormDraft, showIt: boolean, ids: CaseIds) => {
    if (showIt) {
      shown = { id, view: { state: 'checking' } };
      parts.changed();
    }
    const outcome: Outcome = await Promise.all([
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
      .then(([check, learned, known]) =>
        known.ok ? { ok: true as const, result: check(draftToCheck(draft, known.context), learned) } : known,
      )
      // The analyzer's chunk failed to load (the extension was updated or removed under this page), or the check threw:
      // the buyer is told, rather than the panel waiting on "Checking…" for good.
      .catch(() => ({ ok: false as const, reason: 'error.no-answer' as const }));
    if (id !== newest?.id) return;
    outcomes = { id, outcome };
    if (outcome.ok) parts.verdict(id, outcome.result.verdict);
    // Asked for while it was being checked silently, it is shown now.
    if (showIt || shown?.id === id) show(id, draft, ids, outcome);
  };

  return {
    /** The view changed: a draft not checked yet is checked, at once. */
    follow(form: FormCheck | undefined, ids: CaseIds) {
      const state = form?.state;
      // A page without the form, or a form seen anew (another page), has had no click, nor any draft, yet.
      if (state !== 'draft' && state !== lastState) {
        asked = false;
        newest = shown = outcomes = undefined;
      }
      lastState = state;
      if (form?.state !== 'draft' || form.id === newest?.id) return;
      newest = { id: form.id, draft: form.draft, ids };
      void run(form.id, form.draft, form.shown || asked, ids);
    },
    /**
     * The buyer clicked "Check". The page answers with its live draft at once, which is then shown; should that answer
     * be lost (a worker restarting), the newest draft the frame knows is shown, from its silent check.
     */
    request() {
      asked = true;
      const clicked = newest;
      if (!clicked || shown?.id === clicked.id) return;
      shown = { id: clicked.id, view: { state: 'checking' } };
      parts.changed();
      setTimeout(() => {
        const done = outcomes?.id === clicked.id ? outcomes.outcome : undefined;
        if (done && newest === clicked && shown?.id === clicked.id && shown.view.state === 'checking')
          show(clicked.id, clicked.draft, clicked.ids, done);
      }, PAGE_ANSWER_MS);
    },
    /** What the panel shows for the form: the latest shown check, or the form's own state. */
    view(form: FormCheck | undefined): CheckView | undefined {
      if (form?.state !== 'draft') return form;
      if (!form.shown && !asked) return { state: 'idle' };
      return shown?.id === form.id ? shown.view : { state: 'checking' };
    },
  };
}

type Outcome = { ok: true; result: CheckResult } | { ok: false; reason: MessageKey };
