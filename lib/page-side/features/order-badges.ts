import type { PageFeature } from '../feature';
import { removeOrderBadges, showOrderBadges } from '../order-badges';

/** On the order list, a small badge after each order card says whether its order has a dispute. */
export const orderBadgesFeature: PageFeature = {
  name: 'order-badges',
  runsOn: (page) => page.kind === 'order-list',
  start({ hub, signal, i18n }) {
    hub.on(
      'orders-listed',
      ({ cards, answer }) => {
        if (answer.disputeStates) showOrderBadges(cards, answer.disputeStates, i18n);
      },
      signal,
    );
    return removeOrderBadges;
  },
};
