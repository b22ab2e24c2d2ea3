import type { Translator } from '../i18n';
import type { Deadline } from '../model/deadlines';

const HOUR_MS = 3_600_000;

/** Days and hours left until a deadline in the buyer's words ("3 days 4 hours left"), or that the date has passed. */
export function countdownText(deadline: Deadline, now: number, i18n: Translator): string {
  const { t, plural } = i18n;
  const left = deadline.due.at - now;
  if (left <= 0) return t('countdown.passed');
  const days = Math.floor(left / (24 * HOUR_MS));
  const hours = Math.floor((left % (24 * HOUR_MS)) / HOUR_MS);
  const time =
    days > 0
      ? `${plural('countdown.days', days)} ${plural('countdown.hours', hours)}`
      : plural('countdown.hours', Math.max(1, hours));
  return t('countdown.left', { time });
}
