/**
 * CSS selectors tried in order (first that matches wins). Where they were seen (a doc section, a real capture, or
 * "fixture assumption" when nothing public is known) is a `/* Seen: … *\/` comment at each call: it documents the
 * source without shipping it to every page.
 */
export interface SelectorList {
  readonly selectors: readonly string[];
}

export const selectorList = (...selectors: string[]): SelectorList => ({ selectors });

/** The elements the first matching selector finds, and which fallback it was (-1: none matched). */
export function matchAll(root: ParentNode, list: SelectorList): { index: number; elements: Element[] } {
  for (const [index, selector] of list.selectors.entries()) {
    const elements = Array.from(root.querySelectorAll(selector));
    if (elements.length > 0) return { index, elements };
  }
  return { index: -1, elements: [] };
}

export function matchFirst(root: ParentNode, list: SelectorList): Element | null {
  for (const selector of list.selectors) {
    const element = root.querySelector(selector);
    if (element) return element;
  }
  return null;
}
