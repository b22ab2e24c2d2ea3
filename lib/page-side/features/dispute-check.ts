import type { PageFeature } from '../feature';
import { loadMarkupSensors } from '../markup-sensors';

/** Where a dispute is written: the check, its button next to the form's own, and one confirmation on a blocker. */
export const disputeCheckFeature: PageFeature = {
  name: 'dispute-check',
  runsOn: (page) => page.kind === 'dispute-start' || page.kind === 'dispute-detail',
  start({ ctx, signal, settled, hub, i18n }) {
    void settled
      .then(() => loadMarkupSensors())
      .then(({ watchDisputeForm }) => {
        if (signal.aborted) return;
        const form = watchDisputeForm(ctx, signal, i18n, {
          onView: (view) => hub.emit('check', view),
          onPageButton: () => hub.emit('check-requested', undefined),
        });
        hub.on('check-requested', form.checkNow, signal);
        hub.on('check-verdict', ({ id, verdict }) => form.verdictOf(id, verdict), signal);
      })
      .catch((error: unknown) => console.debug('[dispute-helper]', error));
  },
};
