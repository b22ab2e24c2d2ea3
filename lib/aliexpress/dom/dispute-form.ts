import { DISPUTE_FORM } from '../selectors/global';
import { matchAll, matchFirst } from '../selectors/selector-list';
import { toPlainText } from '../../model/plain-text';
import { textOf } from './dom-text';

export interface DisputeFormState {
  text: string;
  reason?: string;
  resolution?: 'full_refund' | 'partial_refund' | 'return';
  amount?: number;
  /** The text that shows the amount's currency ("Max. US $12.99"), for `currencyIn` where the parsers run. */
  currencyText?: string;
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
  const amount = amountInput ? amountIn(String(amountInput.value ?? '')) : undefined;
  const maximum = amountIn(hint);

  return {
    text: String(field.value ?? ''),
    reason: reasonText && !REASON_PLACEHOLDER.test(reasonText) ? reasonText : undefined,
    resolution: resolutionOf(root, amount, maximum),
    amount,
    currencyText: toPlainText(hint || textOf(amountInput?.parentElement ?? null, 300), 300),
    attachmentCount: matchAll(root, DISPUTE_FORM.thumbs).elements.length,
    textarea: field,
    submitButton: firstShown([matchFirst(root, DISPUTE_FORM.submit), matchFirst(root, DISPUTE_FORM.nextStep)]),
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

/**
 * The first number in a typed amount or a "Max. US $12.99" hint: "5,50", "12.99", "1.234,56". A "." or ","
 * followed by one or two digits at the end is the decimal mark, the others group thousands (no currency
 * AliExpress shows has three decimals). Negative amounts are none. The full money parser stays in the worker.
 */
function amountIn(text: string): number | undefined {
  const sample = text.slice(0, 100);
  const match = /\d[\d.,]*/.exec(sample);
  if (!match || /[-−]/.test(sample.slice(Math.max(0, match.index - 6), match.index))) return undefined;
  const number = match[0].replace(/[.,]+$/, '');
  const decimals = /[.,](\d{1,2})$/.exec(number);
  const whole = (decimals ? number.slice(0, decimals.index) : number).replace(/[.,]/g, '');
  const amount = Number(`${whole}.${decimals?.[1] ?? '0'}`);
  return amount <= 1e9 ? amount : undefined;
}

/** The two-step form keeps both buttons in the page: the one on screen is the one the buyer will press. */
function firstShown(candidates: Array<Element | null>): Element | null {
  const present = candidates.filter((candidate): candidate is Element => candidate !== null);
  return present.find((element) => element.getClientRects().length > 0) ?? present[0] ?? null;
}
