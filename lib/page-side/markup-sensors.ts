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

// A load that failed or hangs (seen once in CI while the worker was being stopped again and again) is tried again:
// without the sensors a list page can deliver nothing.
const ATTEMPTS = 3;
const ATTEMPT_TIMEOUT_MS = 5000;
const RETRY_AFTER_MS = 500;

type ImportScript = (url: string) => Promise<unknown>;
// Firefox builds carry the sensors in the content script (bundled-sensors.ts), so they have no import() at all.
const importScript: ImportScript = import.meta.env.FIREFOX
  ? () => Promise.reject(new Error('the sensors are bundled on Firefox'))
  : (url) => import(/* @vite-ignore */ url);

let loading: Promise<MarkupSensors> | undefined;

/** Loads the sensors' script once per content script, trying again a few times; a failed load is tried again next call. */
export function loadMarkupSensors(
  scope: object = globalThis,
  load: ImportScript = importScript,
): Promise<MarkupSensors> {
  if (import.meta.env.FIREFOX) return import('./bundled-sensors').then((bundled) => bundled.BUNDLED_SENSORS);
  const present = (scope as Record<symbol, MarkupSensors | undefined>)[SENSORS];
  if (present) return Promise.resolve(present);
  loading ??= loadWithRetries(scope, load).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function loadWithRetries(scope: object, load: ImportScript): Promise<MarkupSensors> {
  for (let attempt = 1; ; attempt++) {
    try {
      // Each try has its own address: the browser keeps a failed or pending import by its URL.
      const url = `${browser.runtime.getURL(MARKUP_SENSORS_SCRIPT)}${attempt > 1 ? `?try=${attempt}` : ''}`;
      await withTimeout(load(url), ATTEMPT_TIMEOUT_MS);
      const loaded = (scope as Record<symbol, MarkupSensors | undefined>)[SENSORS];
      if (!loaded) throw new Error(`${MARKUP_SENSORS_SCRIPT} ran but provided nothing`);
      return loaded;
    } catch (error) {
      if (attempt >= ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_MS * attempt));
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${MARKUP_SENSORS_SCRIPT} did not load in ${ms} ms`)), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}
