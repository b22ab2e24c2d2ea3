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

export interface KeptDashboardCases {
  /** The cases and their deadlines in `timeZone`: the kept ones while the stored stamp is theirs, else read afresh. */
  read(db: Db, timeZone: string): Promise<readonly CaseWithDeadlines[]>;
  /**
   * After a write to the cases: reads them again once the writes have paused, in the zone the popup last asked for,
   * so that the next popup finds them ready (the buyer browses their orders, then opens it). Only in a worker that
   * showed the dashboard before. Resolves when that read is done.
   */
  refreshSoon(db: () => Promise<Db>): Promise<void>;
}

/** A burst of writes (a page report stores its facts, readings and visit) is over after this long without another. */
export const REFRESH_AFTER_WRITES_MS = 1500;

/**
 * The dashboard's cases and their deadlines, kept in the worker's memory between popups: reading every store and
 * working out a thousand cases' deadlines is most of the dashboard's cost, and between two popups usually nothing
 * changed. Kept under the cases stamp they were read with, and used only while the stored stamp is the same: every
 * committed write to the cases renews it (cases-stamp.ts), so the rows are never older than the last write. Memory
 * only: a restarted worker reads everything again.
 */
export function keepDashboardCases(refreshAfterMs = REFRESH_AFTER_WRITES_MS): KeptDashboardCases {
  let kept: { stamp: string; timeZone: string; cases: readonly CaseWithDeadlines[] } | undefined;
  let lastZone: string | undefined;
  let pending: { timer: ReturnType<typeof setTimeout>; done: Promise<void>; settle: () => void } | undefined;

  const read = async (db: Db, timeZone: string) => {
    lastZone = timeZone;
    const last = kept;
    if (last && last.stamp === (await readCasesStamp(db))) {
      if (last.timeZone === timeZone) return last.cases;
      kept = { ...last, timeZone, cases: withDeadlines(last.cases, timeZone) };
      return kept.cases;
    }
    const fresh = await readDashboardCases(db);
    const cases = fresh.cases.map((stored) => ({ stored, deadlines: caseDeadlines(stored, timeZone) }));
    const stamp = fresh.stamp ?? (await addCasesStamp(db));
    kept = stamp === undefined ? undefined : { stamp, timeZone, cases };
    return cases;
  };

  // Each write of a burst puts the read off again; everyone waiting is told when the one read is done.
  const refreshSoon = (db: () => Promise<Db>): Promise<void> => {
    if (lastZone === undefined) return Promise.resolve();
    if (pending) clearTimeout(pending.timer);
    let settle = pending?.settle;
    const done = pending?.done ?? new Promise<void>((resolve) => (settle = resolve));
    const timer = setTimeout(() => {
      pending = undefined;
      // A failed read only means that the next popup reads for itself.
      void db()
        .then((opened) => read(opened, lastZone!))
        .catch(() => undefined)
        .then(settle);
    }, refreshAfterMs);
    pending = { timer, done, settle: settle! };
    return done;
  };

  return { read, refreshSoon };
}

function withDeadlines(cases: readonly CaseWithDeadlines[], timeZone: string): CaseWithDeadlines[] {
  return cases.map(({ stored }) => ({ stored, deadlines: caseDeadlines(stored, timeZone) }));
}
