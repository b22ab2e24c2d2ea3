import type checkEn from '../../locales/check/en.json';
import type dossierEn from '../../locales/dossier/en.json';
import type dashboardEn from '../../locales/dashboard/en.json';
import type en from '../../locales/en.json';
import type evidenceEn from '../../locales/evidence/en.json';
import type pageEn from '../../locales/page/en.json';
import type optionsEn from '../../locales/options/en.json';
import type pagesEn from '../../locales/pages/en.json';
import type remindersEn from '../../locales/reminders/en.json';
import type templatesEn from '../../locales/templates/en.json';
import type syncEn from '../../locales/sync/en.json';

/**
 * Strings come in bundles so each surface carries only its own: the panel's and the dispute check's (the panel
 * frame), the few words the content script writes into AliExpress pages (`page/`: badges, the check button), the
 * extension pages' (popup, options), the reminders' (the worker's notifications) and the evidence checklists' (the panel
 * frame) and the dispute dossier's (its own page). Keys are unique across bundles.
 */
export type MessageKey =
  | keyof typeof en
  | keyof typeof pageEn
  | keyof typeof pagesEn
  | keyof typeof checkEn
  | keyof typeof remindersEn
  | keyof typeof evidenceEn
  | keyof typeof templatesEn
  | keyof typeof dossierEn
  | keyof typeof syncEn
  | keyof typeof optionsEn
  | keyof typeof dashboardEn;
export type Dictionary = Partial<Record<string, string>>;

/** The languages the extension speaks. */
export type Language = 'en' | 'ru';
