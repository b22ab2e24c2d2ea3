import type { MessageKey, Translator } from '../i18n';
import type { KeyedMessage, MessageValue } from '../model/keyed-message';
import { dueDateText } from './countdown';

/**
 * Turns a keyed message into text with a translator that holds the reminders bundle. Dates are shown as the
 * buyer's zone saw them (`due.local`), so a worker in another zone cannot shift them; a day shows without a time.
 */
export function renderMessage(message: KeyedMessage, translator: Translator): string {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.params)) values[name] = renderValue(value, translator);
  return translator.t(message.key as MessageKey, values);
}

/** One value of a message as text in the translator's language (the case log keeps values as text). */
function renderValue(value: MessageValue, translator: Translator): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (value.type === 'money') return translator.formatMoney(value.money);
  if (value.type === 'date') return translator.formatPageDate(value.date);
  if (value.type === 'key') return translator.t(value.key as MessageKey);
  if (value.type === 'plural') return translator.plural(value.base as Parameters<Translator['plural']>[0], value.count);
  return dueDateText(value.due, translator);
}
