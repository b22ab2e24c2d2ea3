import type { Translator } from '../../lib/i18n';
import { leadParts } from '../../lib/reminders/lead-times';

/** "1 day 12 hours", "30 minutes": the non-zero parts of a lead, in the buyer's language. */
export function leadText(minutes: number, { plural }: Translator): string {
  const parts = leadParts(minutes);
  return [
    parts.days && plural('options.leadDays', parts.days),
    parts.hours && plural('options.leadHours', parts.hours),
    parts.minutes && plural('options.leadMinutes', parts.minutes),
  ]
    .filter(Boolean)
    .join(' ');
}
