import { dashboardRow, sortRows } from '../../dashboard/rows';
import { readDashboardCases } from '../dashboard-cases';
import type { Handler } from './types';

/** The popup's dashboard: the heavy part (deadlines, evidence, sorting) happens here, once, for every case. */
export const dashboard: Handler<'dashboard'> = async ({ timeZone }, _sender, env) => {
  const cases = await readDashboardCases(await env.db());
  const now = env.now();
  return { rows: sortRows(cases.map((stored) => dashboardRow(stored, now, timeZone))), now };
};
