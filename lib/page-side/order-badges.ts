import type { TextTranslator } from '../i18n/text';
import type { DisputeState } from '../model/summaries';

/** Required evidence items done out of all required, for an order whose checklist the buyer has started. */
export type BadgeEvidence = Readonly<Record<string, { done: number; required: number }>>;

const BADGE = 'badge';
const COLOURS: Record<Exclude<DisputeState, 'none'> | 'evidence', [string, string]> = {
  action: ['#8a1c1c', '#fde8e8'],
  open: ['#8a4b00', '#fff1d6'],
  ending: ['#6b3fa0', '#f1eafb'],
  closed: ['#22543d', '#e3f4ea'],
  evidence: ['#0b4f6c', '#e6f1f7'],
};

/**
 * A small badge by each order card that has something to say: its dispute waits for the buyer, is open or closed,
 * or its protection ends soon. Nothing for the rest. It sits inside the card's status label, taken out of the flow
 * (absolute, at the place it would have had) and lifted just above the label's end, into the card's margin, so no box
 * of the page moves and no text is covered; styled inline, text only, placed once per card: a re-render updates the
 * badge instead of adding one.
 */
export function showOrderBadges(
  cards: ReadonlyArray<{ orderId: string; element: Element }>,
  states: Record<string, DisputeState>,
  { t }: TextTranslator,
  evidence: BadgeEvidence = {},
): void {
  for (const { orderId, element } of cards) {
    const disputeState = states[orderId];
    if (!disputeState) continue;
    const score = evidence[orderId];
    // An order without a dispute still gets a badge once the buyer gathers evidence for it.
    const state = disputeState === 'none' && score ? 'evidence' : disputeState;
    let badge = element.querySelector(`:scope > [data-dispute-helper="${BADGE}"]`);
    if (state === 'none') {
      badge?.remove();
      continue;
    }
    if (!(badge instanceof HTMLElement)) {
      badge = document.createElement('span');
      element.append(badge);
    }
    const words = score ? t('badge.evidence', { done: score.done, required: score.required }) : undefined;
    const label = state === 'evidence' ? words! : [t(`badge.${state}`), words].filter(Boolean).join(' · ');
    const [colour, background] = COLOURS[state];
    const node = badge as HTMLElement;
    node.dataset.disputeHelper = BADGE;
    node.dataset.orderId = orderId;
    node.dataset.state = state;
    if (score) node.dataset.evidence = `${score.done}/${score.required}`;
    else delete node.dataset.evidence;
    node.textContent = label;
    node.title = t('badge.label', { state: label });
    node.setAttribute(
      'style',
      `position:absolute;z-index:1;transform:translate(-100%,-100%);margin:0;padding:1px 8px;border-radius:10px;white-space:nowrap;font:600 12px/18px system-ui,sans-serif;color:${colour};background:${background};`,
    );
  }
}

/** Takes every badge off the page (leaving the order list). */
export function removeOrderBadges(): void {
  for (const badge of document.querySelectorAll(`[data-dispute-helper="${BADGE}"]`)) badge.remove();
}
