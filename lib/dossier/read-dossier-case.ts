import { problemKindOf } from '../aliexpress/dispute-reasons';
import type { TimelineLine } from '../case-log/line-message';
import { readCaseEvents } from '../db/case-events';
import type { StoredReading } from '../db/case-records';
import { listEvidenceFiles, readEvidenceState } from '../db/evidence';
import type { EvidenceFileMeta } from '../db/evidence-records';
import { readFactsFor } from '../db/facts';
import { readReadings } from '../db/readings';
import type { Db } from '../db/schema';
import { DisputeFacts, type OrderFacts } from '../model/facts';
import type { ProblemKind } from '../model/problem-kinds';
import { currentDispute } from '../deadlines/current-dispute';

/** Everything the extension keeps about one order, as the dossier shows and packs it. */
export interface DossierCase {
  orderId: string;
  order?: OrderFacts;
  /** The dispute that runs now (or the newest): the one the summary is about. */
  dispute?: DisputeFacts;
  /** Earlier disputes of the same order, kept in the data file. */
  otherDisputes: DisputeFacts[];
  readings: StoredReading[];
  /** The case log, oldest first: a dossier reads as a story. */
  timeline: TimelineLine[];
  evidence: {
    /** The checklist's problem: the dispute's reason when a page showed one, else the buyer's pick. */
    problem: ProblemKind;
    ticked: readonly string[];
    /** Metadata only, oldest first; the bytes are read one file at a time while the ZIP is made. */
    files: EvidenceFileMeta[];
  };
}

/** Reads one order's case from the extension's database; undefined when nothing at all is known about it. */
export async function readDossierCase(db: Db, orderId: string, now: number): Promise<DossierCase | undefined> {
  const disputes = (await db.getAllFromIndex('disputeFacts', 'orderId', orderId)).flatMap((raw: unknown) => {
    const parsed = DisputeFacts.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
  const dispute = currentDispute(disputes);
  const { order } = await readFactsFor(db, { orderId }, now);
  const [readings, events, files, state] = await Promise.all([
    readReadings(db, orderId),
    readCaseEvents(db, orderId),
    listEvidenceFiles(db, orderId),
    readEvidenceState(db, orderId),
  ]);
  if (!order && !dispute && !events.length && !files.length) return undefined;
  // As the panel's checklist decides it (evidence-controller.ts): a reason the page showed wins over the buyer's pick.
  const fromReason = disputes.map((known) => problemKindOf(known.facts.reason)).find(Boolean);
  return {
    orderId,
    ...(order && { order }),
    ...(dispute && { dispute }),
    otherDisputes: disputes.filter((known) => known !== dispute),
    readings,
    timeline: events.map(({ kind, at, key, params }) => ({ kind, at, key, params })),
    evidence: { problem: fromReason ?? state?.problem ?? 'other', ticked: state?.ticked ?? [], files },
  };
}
