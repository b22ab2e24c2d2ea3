import en from '../../locales/check/en.json';
import ru from '../../locales/check/ru.json';
import type { Language } from './index';
import type { Dictionary } from './strings';

/** The dispute check's strings: the panel frame's, which shows the check. */
export const CHECK_STRINGS: Record<Language, Dictionary> = { en, ru };
