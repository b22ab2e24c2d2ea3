import type { PageFeature } from '../feature';
import { loadMarkupSensors, type MarkupSensors } from '../markup-sensors';

/** On the order list, a small badge after each order card says whether its order has a dispute. */
export const orderBadgesFeature: PageFeature = {
  name: 'order-badges',
  runsOn: (page) => page.kind === 'order-list',
  start({ hub, signal, i18n }) {
    // The list is read by the markup sensors, so they have loaded by the time it is: this resolves at once.
    let sensors: MarkupSensors | undefined;
    hub.on(
      'orders-listed',
      ({ cards, answer }) => {
        void loadMarkupSensors().then((loaded) => {
          sensors = loaded;
          if (!signal.aborted && answer.disputeStates)
            loaded.showOrderBadges(cards, answer.disputeStates, i18n, answer.evidence);
        });
      },
      signal,
    );
    return () => sensors?.removeOrderBadges();
  },
};
