import { parseAlarmName } from './alarm-names';
import type { PlannedAlarm } from './plan';

/**
 * What to change so the browser's alarms match the plan: create what is missing or mistimed, clear our reminder
 * alarms that are no longer planned. Tick, watcher and foreign alarms are not touched here.
 */
export function reconcileAlarms(
  existing: ReadonlyArray<{ name: string; scheduledTime: number }>,
  planned: readonly PlannedAlarm[],
): { create: PlannedAlarm[]; clear: string[] } {
  const wanted = new Map(planned.map((alarm) => [alarm.name, alarm]));
  const have = new Map(existing.map((alarm) => [alarm.name, alarm.scheduledTime]));
  const create = planned.filter((alarm) => have.get(alarm.name) !== alarm.when);
  const clear = existing
    .map((alarm) => alarm.name)
    .filter((name) => {
      const type = parseAlarmName(name)?.type;
      return (type === 'reminder' || type === 'extension') && !wanted.has(name);
    });
  return { create, clear };
}
