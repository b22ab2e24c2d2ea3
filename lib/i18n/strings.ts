import type checkEn from '../../locales/check/en.json';
import type en from '../../locales/en.json';
import type pagesEn from '../../locales/pages/en.json';

/**
 * Strings come in three bundles so each surface carries only its own: the panel's (bundled with the content script
 * and everywhere else), the extension pages' (popup, options) and the dispute check's (kept by the worker, which
 * sends them with each check answer). Keys are unique across bundles.
 */
export type MessageKey = keyof typeof en | keyof typeof pagesEn | keyof typeof checkEn;
export type Dictionary = Partial<Record<string, string>>;

/** The languages the extension speaks. */
export type Language = 'en' | 'ru';
