import type { Translator } from '../i18n';
import type { Due } from '../model/deadlines';
import { MS } from './local-time';

/** Whole days and hours left until `at`; `passed` once the moment has come. */
export function timeLeft(at: number, now: number): { passed: boolean; days: number; hours: number } {
  const left = at - now;
  return { passed: left <= 0, days: Math.floor(left / MS.day), hours: Math.floor((left % MS.day) / MS.hour) };
}

/** "3 days 4 hours left" (under a day: the hours, at least one), or "This date has passed.": the Now card's words. */
export function countdownText(at: number, now: number, { t, plural }: Translator): string {
  const { passed, days, hours } = timeLeft(at, now);
  if (passed) return t('countdown.passed');
  const time =
    days > 0
      ? `${plural('countdown.days', days)} ${plural('countdown.hours', hours)}`
      : plural('countdown.hours', Math.max(1, hours));
  return t('countdown.left', { time });
}

/** A deadline's date as the buyer's zone showed it: a whole day without a time, else with its minute. */
export function dueDateText(due: Pick<Due, 'local' | 'allDay'>, translator: Translator): string {
  return translator.formatPageDate(due.allDay ? due.local.slice(0, 10) : due.local);
}
