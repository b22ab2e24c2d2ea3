import panel from '../../../locales/en.json';
import page from '../../../locales/page/en.json';
import reminders from '../../../locales/reminders/en.json';
import type { Dictionary } from '../../i18n/strings';

/** The panel frame's strings in this language, one chunk (lib/panel/frame-translator.ts). */
const strings: Dictionary = { ...panel, ...page, ...reminders };
export default strings;
