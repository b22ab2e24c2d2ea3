import { dashboardRow, sortRows } from '../../dashboard/rows';
import { isTimeZone } from '../../deadlines/local-time';
import { keepDashboardCases } from '../kept-dashboard-cases';
import { MessageError } from '../message-error';
import type { Handler } from './types';

/**
 * The popup's dashboard: the heavy part (deadlines, evidence, sorting) happens here, for every case. The cases and
 * their deadlines come from the worker's kept copy while no case was written since (a worker without one reads them
 * afresh); only what the clock moves is worked out on each ask.
 */
export const dashboard: Handler<'dashboard'> = async ({ timeZone }, _sender, env) => {
  if (!isTimeZone(timeZone)) throw new MessageError('bad-message', 'not a time zone');
  const cases = await (env.dashboardCases ?? keepDashboardCases()).read(await env.db(), timeZone);
  const now = env.now();
  return {
    rows: sortRows(cases.map(({ stored, deadlines }) => dashboardRow(stored, now, timeZone, deadlines))),
    now,
  };
};
