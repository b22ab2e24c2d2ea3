import type { DisputeState } from '../model/summaries';
import type { TextTranslator } from '../i18n/text';

const BADGE = 'badge';
const COLOURS: Record<DisputeState, [string, string]> = {
  open: ['#8a4b00', '#fff1d6'],
  closed: ['#22543d', '#e3f4ea'],
  none: ['#44546a', '#eef2f6'],
};

/**
 * A small badge after each order card saying whether its order has a dispute. Styled inline (the page's CSS
 * does not know it), text only, and placed once per card: a re-render updates the badge instead of adding one.
 */
export function showOrderBadges(
  cards: ReadonlyArray<{ orderId: string; element: Element }>,
  states: Record<string, DisputeState>,
  { t }: TextTranslator,
): void {
  for (const { orderId, element } of cards) {
    const state = states[orderId];
    if (!state) continue;
    let badge = element.nextElementSibling;
    if (!(badge instanceof HTMLElement) || badge.dataset.disputeHelper !== BADGE) {
      badge = document.createElement('span');
      element.after(badge);
    }
    const label = t(`badge.${state}`);
    const [colour, background] = COLOURS[state];
    const node = badge as HTMLElement;
    node.dataset.disputeHelper = BADGE;
    node.dataset.orderId = orderId;
    node.dataset.state = state;
    node.textContent = label;
    node.title = t('badge.label', { state: label });
    node.setAttribute(
      'style',
      `display:inline-block;margin:4px 0;padding:1px 8px;border-radius:10px;font:600 12px/18px system-ui,sans-serif;color:${colour};background:${background};`,
    );
  }
}

/** Takes every badge off the page (leaving the order list). */
export function removeOrderBadges(): void {
  for (const badge of document.querySelectorAll(`[data-dispute-helper="${BADGE}"]`)) badge.remove();
}
