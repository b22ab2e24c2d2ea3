import { DISPUTE_FORM } from '../aliexpress/selectors/global';
import { matchFirst } from '../aliexpress/selectors/selector-list';

/**
 * Writes the buyer's message into the page's dispute description or reply box (the box the dispute check reads), as
 * if typed: the value goes in through the element's own setter, past the tracker a page framework keeps on the
 * element, and `input` and `change` bubble up so the page's state (and our check) follow. Plain text only.
 * False when the page has no such box.
 */
export function insertIntoTextBox(root: Document, text: string): boolean {
  const box = matchFirst(root, DISPUTE_FORM.description);
  if (box?.tagName !== 'TEXTAREA') return false;
  const textarea = box as HTMLTextAreaElement;
  const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  if (!setValue) return false;
  textarea.focus();
  setValue.call(textarea, text);
  textarea.dispatchEvent(new Event('input', { bubbles: true }));
  textarea.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}
