import type { Site } from '../hosts';

/** Placeholder until the parsers branch lands: finds nothing. */
export function findOrderCards(_root: ParentNode, _site: Site): Array<{ orderId: string; element: Element }> {
  return [];
}
