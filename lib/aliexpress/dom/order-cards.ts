import type { Site } from '../hosts';
import { GLOBAL_ORDER_LIST } from '../selectors/global';
import { RU_ORDER_LIST } from '../selectors/ru';
import { matchAll, matchFirst } from '../selectors/selector-list';
import { orderIdOfCard } from './global-pages';
import { ruOrderIdOfCard } from './ru-pages';

/**
 * Each order card on a list page with the element a badge can go next to: the status label when the card has
 * one, else the card itself. Cards without a readable order id are left out.
 */
export function findOrderCards(root: ParentNode, site: Site): Array<{ orderId: string; element: Element }> {
  const selectors = site === 'ru' ? RU_ORDER_LIST : GLOBAL_ORDER_LIST;
  const idOf = site === 'ru' ? ruOrderIdOfCard : orderIdOfCard;
  const cards: Array<{ orderId: string; element: Element }> = [];
  const seen = new Set<string>();
  for (const card of matchAll(root, selectors.card).elements) {
    const orderId = idOf(card);
    if (!orderId || seen.has(orderId)) continue;
    seen.add(orderId);
    cards.push({ orderId, element: matchFirst(card, selectors.status) ?? card });
  }
  return cards;
}
