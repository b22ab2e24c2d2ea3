import type { Due } from './deadlines';
import type { Money, PageDate } from './snapshots';

/**
 * Text for the buyer as a message key and its values, never prose: the panel or worker translates it with the
 * reminders bundle (locales/reminders). Dates and money stay typed so they are formatted in the buyer's language.
 */
export type MessageValue =
  | string
  | number
  | { type: 'due'; due: Due }
  | { type: 'date'; date: PageDate }
  | { type: 'money'; money: Money }
  | { type: 'key'; key: string }
  | { type: 'plural'; base: string; count: number };

export interface KeyedMessage {
  key: string;
  params: Record<string, MessageValue>;
}
