import { watchDisputeForm } from './dispute-check';
import type { MarkupSensors } from './markup-sensors';
import { removeOrderBadges, showOrderBadges } from './order-badges';
import { readPageMarkup } from './page-reader';

/**
 * The sensors as part of the content script itself, for Firefox only: there the content script cannot `import()`
 * its own packaged script by a relative address (it resolves against the page), and AMO's linter refuses an
 * `import()` of a computed one. Chrome keeps loading them lazily (markup-sensors.ts).
 */
export const BUNDLED_SENSORS: MarkupSensors = { readPageMarkup, watchDisputeForm, showOrderBadges, removeOrderBadges };
