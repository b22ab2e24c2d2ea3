import { toPlainText } from '../../model/plain-text';
import { PROTECTION_PHRASES } from '../text/anchors';
import { PRODUCT_ID_IN_LINK } from '../id-patterns';

/** An element's visible-ish text with whitespace collapsed (textContent: never parses or runs anything). */
export function textOf(element: Element | null | undefined, max = 2000): string {
  return ownText(element)
    .slice(0, max * 2)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);
}

/** The page's own text: what our widgets (badges, buttons: `data-dispute-helper`) put inside it is not the page's. */
function ownText(element: Element | null | undefined): string {
  if (!element) return '';
  if (!element.querySelector('[data-dispute-helper]')) return element.textContent ?? '';
  const copy = element.cloneNode(true) as Element;
  for (const widget of copy.querySelectorAll('[data-dispute-helper]')) widget.remove();
  return copy.textContent ?? '';
}

export function plainOf(element: Element | null | undefined, max: number): string | undefined {
  return toPlainText(textOf(element, max * 2), max);
}

/** Text the worker parses (a date, a price): cut as `textOf` cuts it, then made plain, never cut again. */
export function rawTextOf(element: Element | null | undefined, max: number): string | undefined {
  return toPlainText(textOf(element, max), max);
}

/**
 * The buyer-protection promise in a page's text: from the first phrase that occurs (in the phrases' order, as
 * `protectionEndIn` tries them) to the 60 characters it reads the date from.
 */
export function protectionTextIn(text: string): string | undefined {
  for (const phrase of PROTECTION_PHRASES) {
    const match = phrase.exec(text);
    if (match) return toPlainText(text.slice(match.index, match.index + match[0].length + 60), 200);
  }
  return undefined;
}

/** The id after /store/ in a link, or undefined. */
export function storeIdOf(link: Element | null | undefined): string | undefined {
  return /\/store\/(\d{1,24})(?:[/?#]|$)/.exec(link?.getAttribute('href') ?? '')?.[1];
}

/** The product id in an /item/<id>.html link. */
export function productIdOf(link: Element | null | undefined): string | undefined {
  return PRODUCT_ID_IN_LINK.exec(link?.getAttribute('href') ?? '')?.[1];
}

/** "x2" / "2 шт." / "1 Set" as 2 / 1. */
export function quantityOf(text: string): number | undefined {
  const match = /(?:^|\s|x|×)(\d{1,6})(?:\s*(?:шт|pcs?|sets?|pieces?)\.?)?\s*$/i.exec(text.trim());
  const quantity = match ? Number(match[1]) : NaN;
  return Number.isInteger(quantity) && quantity >= 1 ? quantity : undefined;
}

/** The text of a whole page or fragment (a Document has no textContent of its own: its body has). */
export function pageText(root: ParentNode, max: number): string {
  const scope = (root as Document).body ?? root;
  return textOf(scope as Element, max);
}

/** Text with a space between elements, so sibling spans do not run together ("US $5.00Keep the item"). */
export function spacedTextOf(element: Element | null | undefined, max = 4000): string {
  const parts: string[] = [];
  let length = 0;
  const visit = (node: Node) => {
    if (length > max) return;
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      length += (node.nodeValue ?? '').length;
    } else if (node.nodeType === 1) {
      parts.push(' ');
      node.childNodes.forEach(visit);
      parts.push(' ');
    }
  };
  if (element) visit(element);
  return parts.join('').replace(/\s+/g, ' ').trim().slice(0, max);
}

/** The first short element whose text starts with one of the labels ("Reason: …"), without the label. */
export function labelledText(root: ParentNode, label: RegExp, max: number): string | undefined {
  for (const element of Array.from(root.querySelectorAll('span, div, p, dd, td, li')).slice(0, 5000)) {
    const text = textOf(element, max + 40);
    if (text.length <= max + 40 && label.test(text)) return text.replace(label, '').trim();
  }
  return undefined;
}
