import { browser } from 'wxt/browser';
import { learnedModelLoader } from '../analyzer/learned/model-file';

/**
 * The dispute check's part of the panel frame, loaded on the first draft: the analyzer (its lexicons are most of the
 * extension's code) and its learned model, neither of which a page without a dispute form needs.
 */
export { checkDispute, compileAheadSteps } from '../analyzer';

export const learnedModel = learnedModelLoader(browser.runtime.getURL('/learned-model.json'), (url) => fetch(url));
