import type { Language } from '../i18n';
import type { Dictionary } from '../i18n/strings';
import en from '../../locales/reminders/en.json';
import ru from '../../locales/reminders/ru.json';

/** The reminders bundle (Now card, deadline names, notifications, watcher news): for the worker and the panel. */
export const REMINDER_STRINGS: Record<Language, Dictionary> = { en, ru };
