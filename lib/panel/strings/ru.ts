import panel from '../../../locales/ru.json';
import page from '../../../locales/page/ru.json';
import reminders from '../../../locales/reminders/ru.json';
import type { Dictionary } from '../../i18n/strings';

/** The panel frame's strings in this language, one chunk (lib/panel/frame-translator.ts). */
const strings: Dictionary = { ...panel, ...page, ...reminders };
export default strings;
