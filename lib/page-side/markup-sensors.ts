import { browser } from 'wxt/browser';
import type { watchDisputeForm } from './dispute-check';
import type { removeOrderBadges, showOrderBadges } from './order-badges';
import type { readPageMarkup } from './page-reader';

/**
 * The page side's heavier half: the markup readers (`lib/aliexpress/dom/`, the selectors and text anchors), the
 * dispute form's watcher and the order-list badges. They are their own script (`entrypoints/markup-sensors.ts`),
 * loaded with `import()` only on our pages and only once the page has settled, so the content script that runs on
 * every AliExpress page stays small. Both share the isolated world's global object, which the page cannot see.
 */
export interface MarkupSensors {
  readPageMarkup: typeof readPageMarkup;
  watchDisputeForm: typeof watchDisputeForm;
  showOrderBadges: typeof showOrderBadges;
  removeOrderBadges: typeof removeOrderBadges;
}

/** Listed in web_accessible_resources for the AliExpress patterns only (wxt.config.ts): import() needs that. */
export const MARKUP_SENSORS_SCRIPT = '/markup-sensors.js';
const SENSORS = Symbol.for('dispute-helper:markup-sensors');

/** Called by the sensors' script when it runs. */
export function provideMarkupSensors(sensors: MarkupSensors, scope: object = globalThis): void {
  Object.defineProperty(scope, SENSORS, { value: sensors, configurable: true });
}

let loading: Promise<MarkupSensors> | undefined;

/** Loads the sensors' script once per content script; a failed load is tried again on the next call. */
export function loadMarkupSensors(scope: object = globalThis): Promise<MarkupSensors> {
  const present = (scope as Record<symbol, MarkupSensors | undefined>)[SENSORS];
  if (present) return Promise.resolve(present);
  loading ??= import(/* @vite-ignore */ browser.runtime.getURL(MARKUP_SENSORS_SCRIPT)).then(
    () => {
      const loaded = (scope as Record<symbol, MarkupSensors | undefined>)[SENSORS];
      if (!loaded) throw new Error(`${MARKUP_SENSORS_SCRIPT} ran but provided nothing`);
      return loaded;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
