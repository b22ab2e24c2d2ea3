import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { watchDisputeForm } from '../lib/page-side/dispute-check';
import { provideMarkupSensors } from '../lib/page-side/markup-sensors';
import { removeOrderBadges, showOrderBadges } from '../lib/page-side/order-badges';
import { readPageMarkup } from '../lib/page-side/page-reader';

// Imported by the AliExpress content script on our pages once they settle (lib/page-side/markup-sensors.ts).
// Firefox builds carry them in the content script instead (lib/page-side/bundled-sensors.ts).
export default defineUnlistedScript({
  exclude: ['firefox'],
  main() {
    provideMarkupSensors({ readPageMarkup, watchDisputeForm, showOrderBadges, removeOrderBadges });
  },
});
