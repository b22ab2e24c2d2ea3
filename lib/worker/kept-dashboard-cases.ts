import { addCasesStamp, readCasesStamp } from '../db/cases-stamp';
import type { Db } from '../db/schema';
import type { StoredCase } from '../dashboard/rows';
import { caseDeadlines } from '../deadlines/case-summary';
import type { Deadline } from '../model/deadlines';
import { readDashboardCases } from './dashboard-cases';

/** A case with its deadlines in the buyer's time zone: everything of its dashboard row that the clock does not move. */
export interface CaseWithDeadlines {
  stored: StoredCase;
  deadlines: Deadline[];
}

export type DashboardCasesReader = (db: Db, timeZone: string) => Promise<readonly CaseWithDeadlines[]>;

/**
 * The dashboard's cases and their deadlines, kept in the worker's memory between popups: reading every store and
 * working out a thousand cases' deadlines is most of the dashboard's cost, and between two popups usually nothing
 * changed. Kept under the cases stamp they were read with, and used only while the stored stamp is the same: every
 * committed write to the cases renews it (cases-stamp.ts), so the rows are never older than the last write. Memory
 * only: a restarted worker reads everything again.
 */
export function keepDashboardCases(): DashboardCasesReader {
  let kept: { stamp: string; timeZone: string; cases: readonly CaseWithDeadlines[] } | undefined;
  return async (db, timeZone) => {
    const last = kept;
    if (last && last.stamp === (await readCasesStamp(db))) {
      if (last.timeZone === timeZone) return last.cases;
      kept = { ...last, timeZone, cases: withDeadlines(last.cases, timeZone) };
      return kept.cases;
    }
    const read = await readDashboardCases(db);
    const cases = read.cases.map((stored) => ({ stored, deadlines: caseDeadlines(stored, timeZone) }));
    const stamp = read.stamp ?? (await addCasesStamp(db));
    kept = stamp === undefined ? undefined : { stamp, timeZone, cases };
    return cases;
  };
}

function withDeadlines(cases: readonly CaseWithDeadlines[], timeZone: string): CaseWithDeadlines[] {
  return cases.map(({ stored }) => ({ stored, deadlines: caseDeadlines(stored, timeZone) }));
}
