import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readDisputeForm, type DisputeFormState } from '../aliexpress/dom/dispute-form';
import type { TextTranslator } from '../i18n/text';
import type { Verdict } from '../model/vocab';
import type { FormCheck, FormDraft } from '../messaging/panel-channel';

// Re-check once the buyer pauses typing.
const RETYPE_SETTLE_MS = 500;
const FORM_SETTLE_MS = 300;
const WIDGET = 'check';
// Draft ids grow for the content script's whole life: the panel frame outlives single-page navigation, and must never
// take a new page's draft for one it has already checked.
let drafts = 0;

/**
 * Follows the open-dispute form: a "Check" button next to the page's submit button, a check on request and again
 * as the buyer types, and one confirmation when they submit a draft whose verdict is `blocker`. The page's submit
 * is never blocked unless the buyer answers that confirmation with Cancel.
 */
export function watchDisputeForm(
  ctx: ContentScriptContext,
  signal: AbortSignal,
  i18n: TextTranslator,
  events: {
    onView: (view: FormCheck) => void;
    /** The buyer pressed our button on the page: the panel opens and asks for a check. */
    onPageButton: () => void;
  },
) {
  const { onView, onPageButton } = events;
  let lastDraft = '';
  let lastVerdict: Verdict | undefined;
  let requested = false;
  let askedBeforeSubmit = false;
  let retypeTimer: number | undefined;
  let formTimer: number | undefined;
  let newest = 0;
  let formSeen = false;
  // Listeners end with the page they were added for, not only with the content script.
  const listen = (type: string, handler: (event: Event) => void) =>
    document.addEventListener(type, handler, { capture: true, signal });

  // The panel frame runs the check (the analyzer is an extension page's to load, not the page's or the worker's).
  const check = (reason: 'request' | 'typing') => {
    const form = readDisputeForm(document);
    if (!form) return onView({ state: 'no-form' });
    const draft = draftOf(form);
    const key = JSON.stringify(draft);
    if (reason === 'typing' && key === lastDraft) return;
    lastDraft = key;
    onView({ state: 'draft', id: (newest = ++drafts), draft, shown: requested });
  };

  const checkNow = () => {
    requested = true;
    lastDraft = '';
    check('request');
  };

  /** The frame's verdict counts only for the newest draft: one typed since is not what it judged. */
  const verdictOf = (id: number, verdict: Verdict) => {
    if (id === newest && !signal.aborted) lastVerdict = verdict;
  };

  const placeWidget = (form: DisputeFormState) => {
    const submit = form.submitButton;
    if (!submit || submit.previousElementSibling?.getAttribute('data-dispute-helper') === WIDGET) return;
    document.querySelectorAll(`[data-dispute-helper="${WIDGET}"]`).forEach((old) => old.remove());
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.disputeHelper = WIDGET;
    button.textContent = i18n.t('disputeCheck.pageButton');
    button.setAttribute(
      'style',
      'margin:0 8px;padding:6px 12px;border:1px solid #0b4f6c;border-radius:8px;background:#fff;color:#0b4f6c;font:600 13px system-ui;cursor:pointer',
    );
    button.addEventListener('click', onPageButton);
    submit.before(button);
  };

  const locateForm = () => {
    const form = readDisputeForm(document);
    if (form) {
      placeWidget(form);
      if (!formSeen) onView({ state: 'idle' });
      formSeen = true;
    }
  };

  const recheck = () => {
    clearTimeout(retypeTimer);
    retypeTimer = ctx.setTimeout(() => check('typing'), RETYPE_SETTLE_MS);
  };
  listen('input', recheck);
  listen('change', recheck);

  // Capture phase: we see the click before the page's own handlers, and only ever stop it if the buyer cancels.
  listen('click', (event: Event) => {
    const submit = readDisputeForm(document)?.submitButton;
    if (!submit || !(event.target instanceof Node) || !submit.contains(event.target)) return;
    if (lastVerdict !== 'blocker' || askedBeforeSubmit) return;
    askedBeforeSubmit = true;
    if (!window.confirm(i18n.t('disputeCheck.confirmSubmit'))) {
      event.preventDefault();
      event.stopImmediatePropagation();
      checkNow();
    }
  });

  const observer = new MutationObserver(() => {
    clearTimeout(formTimer);
    formTimer = ctx.setTimeout(locateForm, FORM_SETTLE_MS);
  });
  // Steps of the form show and hide with attributes, so those changes count too.
  observer.observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['hidden', 'class', 'style'],
  });
  locateForm();
  if (!formSeen) onView({ state: 'no-form' });
  // A silent first check, so a blocker can be caught at submit time even if the buyer never pressed "Check".
  check('typing');

  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(retypeTimer);
    clearTimeout(formTimer);
    document.querySelectorAll(`[data-dispute-helper="${WIDGET}"]`).forEach((old) => old.remove());
  });
  return { checkNow, verdictOf };
}

function draftOf(form: DisputeFormState): FormDraft {
  return {
    text: form.text.slice(0, 20_000),
    ...(form.reason && { reason: form.reason }),
    ...(form.resolution && { resolution: form.resolution }),
    ...(form.amount !== undefined && { amount: form.amount }),
    ...(form.currencyText && { currencyText: form.currencyText }),
    attachedFiles: Math.min(form.attachmentCount, 50),
  };
}
