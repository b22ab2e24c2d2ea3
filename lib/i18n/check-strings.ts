import en from '../../locales/check/en.json';
import ru from '../../locales/check/ru.json';
import type { Language } from './index';
import type { Dictionary } from './strings';

/** The dispute check's strings: imported by the worker only, which sends them with each check answer. */
export const CHECK_STRINGS: Record<Language, Dictionary> = { en, ru };
