import { dashboardRow, sortRows } from '../../dashboard/rows';
import { isTimeZone } from '../../deadlines/local-time';
import { readDashboardCases } from '../dashboard-cases';
import { MessageError } from '../message-error';
import type { Handler } from './types';

/** The popup's dashboard: the heavy part (deadlines, evidence, sorting) happens here, once, for every case. */
export const dashboard: Handler<'dashboard'> = async ({ timeZone }, _sender, env) => {
  if (!isTimeZone(timeZone)) throw new MessageError('bad-message', 'not a time zone');
  const cases = await readDashboardCases(await env.db());
  const now = env.now();
  return { rows: sortRows(cases.map((stored) => dashboardRow(stored, now, timeZone))), now };
};
