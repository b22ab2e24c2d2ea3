import type { Translator } from '../../lib/i18n';

const HOUR = 60;
const DAY = 24 * HOUR;

/** "1 day 12 hours", "30 minutes": the non-zero parts of a lead given in minutes, in the buyer's language. */
export function leadText(minutes: number, { plural }: Translator): string {
  const days = Math.floor(minutes / DAY);
  const hours = Math.floor((minutes % DAY) / HOUR);
  const rest = minutes % HOUR;
  return [
    days && plural('options.leadDays', days),
    hours && plural('options.leadHours', hours),
    rest && plural('options.leadMinutes', rest),
  ]
    .filter(Boolean)
    .join(' ');
}
