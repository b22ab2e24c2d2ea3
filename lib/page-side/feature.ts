import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Language, TextTranslator } from '../i18n/text';
import type { DetectedPage } from '../pages/detect-page';
import type { PageHub } from './page-hub';

/** What every feature on a page gets: the page, its own abort signal, and the ways to talk to the others. */
export interface FeatureContext {
  page: DetectedPage;
  ctx: ContentScriptContext;
  /** Aborted when the buyer leaves this page, the feature fails, or the extension is reloaded. */
  signal: AbortSignal;
  /** Resolves once the page has loaded and the main thread is idle: features start their work after it. */
  settled: Promise<void>;
  hub: PageHub;
  language: Language;
  /** The few words the page side writes into the page (badges, the check button), in the buyer's language. */
  i18n: TextTranslator;
}

/**
 * One thing the extension does on AliExpress pages, in its own file. `runsOn` says on which pages; `start` sets it
 * up and ties every listener, timer and element to `signal` (or returns a cleanup), so leaving the page ends it.
 */
export interface PageFeature {
  name: string;
  runsOn: (page: DetectedPage) => boolean;
  start: (context: FeatureContext) => void | (() => void);
}
