import { DISPUTE_FORM } from '../selectors/global';
import { matchAll, matchFirst } from '../selectors/selector-list';
import { currencyIn, parseAmount, parseMoney } from '../text/money';
import { textOf } from './dom-text';

export interface DisputeFormState {
  text: string;
  reason?: string;
  resolution?: 'full_refund' | 'partial_refund' | 'return';
  amount?: number;
  currency?: string;
  attachmentCount: number;
  textarea: HTMLTextAreaElement | null;
  submitButton: Element | null;
}

// "Please select a reason" and its translations are placeholders, not a chosen reason.
const REASON_PLACEHOLDER = /^(?:please )?select|^выберите/i;
const RETURN_VALUES = /return/i;

/**
 * The open-dispute form as the buyer has filled it so far: current /p/reverse-pages/ form (Part 2 A2) or the legacy
 * createIssueStep2 form (A4). Null when the page has no description box. Refund-only becomes a partial refund when
 * the amount asked is below the maximum the form states.
 */
export function readDisputeForm(root: ParentNode): DisputeFormState | null {
  const textarea = matchFirst(root, DISPUTE_FORM.description);
  if (textarea?.tagName !== 'TEXTAREA') return null;
  const field = textarea as HTMLTextAreaElement;

  const reasonElement = matchFirst(root, DISPUTE_FORM.reason);
  const reasonText =
    reasonElement?.tagName === 'SELECT'
      ? textOf((reasonElement as HTMLSelectElement).selectedOptions?.[0] ?? null, 200)
      : textOf(reasonElement, 200);
  const amountInput = matchFirst(root, DISPUTE_FORM.amount) as HTMLInputElement | null;
  const hint = textOf(matchFirst(root, DISPUTE_FORM.amountCurrencyHint), 100);
  const currency = currencyIn(hint) ?? currencyIn(textOf(amountInput?.parentElement ?? null, 300));
  const amount = amountInput ? parseAmount(String(amountInput.value ?? '')) : undefined;
  const maximum = parseMoney(hint)?.amount;

  return {
    text: String(field.value ?? ''),
    reason: reasonText && !REASON_PLACEHOLDER.test(reasonText) ? reasonText : undefined,
    resolution: resolutionOf(root, amount, maximum),
    amount,
    currency,
    attachmentCount: matchAll(root, DISPUTE_FORM.thumbs).elements.length,
    textarea: field,
    submitButton: matchFirst(root, DISPUTE_FORM.submit) ?? matchFirst(root, DISPUTE_FORM.nextStep),
  };
}

function resolutionOf(
  root: ParentNode,
  amount: number | undefined,
  maximum: number | undefined,
): DisputeFormState['resolution'] {
  const chosen = matchFirst(root, DISPUTE_FORM.resolution) as HTMLInputElement | null;
  if (!chosen) return undefined;
  if (RETURN_VALUES.test(chosen.value)) return 'return';
  return amount !== undefined && maximum !== undefined && amount < maximum ? 'partial_refund' : 'full_refund';
}
