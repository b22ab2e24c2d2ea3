import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readDisputeForm, type DisputeFormState } from '../aliexpress/dom/dispute-form';
import type { Language, TextTranslator } from '../i18n/text';
import type { CheckView } from '../messaging/panel-channel';
import { sendToWorker } from '../messaging/client';
import type { CheckAnswer } from '../messaging/protocol';

// Re-check once the buyer pauses typing.
const RETYPE_SETTLE_MS = 500;
const FORM_SETTLE_MS = 300;
const WIDGET = 'check';

/**
 * Follows the open-dispute form: a "Check" button next to the page's submit button, a check on request and again
 * as the buyer types, and one confirmation when they submit a draft whose verdict is `blocker`. The page's submit
 * is never blocked unless the buyer answers that confirmation with Cancel.
 */
export function watchDisputeForm(
  ctx: ContentScriptContext,
  signal: AbortSignal,
  uiLanguage: Language,
  i18n: TextTranslator,
  events: {
    onView: (view: CheckView) => void;
    /** The buyer pressed our button on the page: the panel opens and asks for a check. */
    onPageButton: () => void;
  },
) {
  const { onView, onPageButton } = events;
  let lastDraft = '';
  let lastResult: CheckAnswer['result'] | undefined;
  let requested = false;
  let askedBeforeSubmit = false;
  let retypeTimer: number | undefined;
  let formTimer: number | undefined;
  let sequence = 0;
  let formSeen = false;
  // Listeners end with the page they were added for, not only with the content script.
  const listen = (type: string, handler: (event: Event) => void) =>
    document.addEventListener(type, handler, { capture: true, signal });

  const check = async (reason: 'request' | 'typing') => {
    const form = readDisputeForm(document);
    if (!form) return onView({ state: 'no-form' });
    const draft = draftOf(form);
    const key = JSON.stringify(draft);
    if (reason === 'typing' && key === lastDraft) return;
    lastDraft = key;
    const current = ++sequence;
    if (requested) onView({ state: 'checking' });
    const reply = await sendToWorker({ type: 'check-dispute', pageUrl: location.href, draft, uiLanguage });
    if (current !== sequence || signal.aborted) return;
    if (!reply.ok) {
      if (requested) onView({ state: 'error', message: reply.error.message });
      return;
    }
    lastResult = reply.result.result;
    if (requested) onView({ state: 'done', text: draft.text, ...reply.result });
  };

  const checkNow = () => {
    requested = true;
    lastDraft = '';
    void check('request');
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
    retypeTimer = ctx.setTimeout(() => void check('typing'), RETYPE_SETTLE_MS);
  };
  listen('input', recheck);
  listen('change', recheck);

  // Capture phase: we see the click before the page's own handlers, and only ever stop it if the buyer cancels.
  listen('click', (event: Event) => {
    const submit = readDisputeForm(document)?.submitButton;
    if (!submit || !(event.target instanceof Node) || !submit.contains(event.target)) return;
    if (lastResult?.verdict !== 'blocker' || askedBeforeSubmit) return;
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
  void check('typing');

  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(retypeTimer);
    clearTimeout(formTimer);
    document.querySelectorAll(`[data-dispute-helper="${WIDGET}"]`).forEach((old) => old.remove());
  });
  return { checkNow };
}

function draftOf(form: DisputeFormState) {
  return {
    text: form.text.slice(0, 20_000),
    ...(form.reason && { reason: form.reason }),
    ...(form.resolution && { resolution: form.resolution }),
    ...(form.amount !== undefined && { amount: form.amount }),
    ...(form.currencyText && { currencyText: form.currencyText }),
    attachedFiles: Math.min(form.attachmentCount, 50),
  };
}
