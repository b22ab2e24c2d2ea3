import type { Deadline } from '../model/deadlines';
import { evidencePaths } from './evidence-paths';
import type { DossierCase } from './read-dossier-case';

/** Names the data file's shape, for whoever reads it with a program. */
export const DOSSIER_FORMAT = 'dispute-helper-dossier';
export const DOSSIER_FORMAT_VERSION = 1;

/**
 * The case as data: the facts as the extension stored them, every page's deadline readings and the deadlines worked
 * out from them, the case log, and the evidence's metadata with each file's path in the ZIP (never its thumbnail).
 */
export function dossierData(dossier: DossierCase, deadlines: readonly Deadline[], now: number, timeZone: string) {
  return {
    format: DOSSIER_FORMAT,
    version: DOSSIER_FORMAT_VERSION,
    generatedAt: new Date(now).toISOString(),
    timeZone,
    orderId: dossier.orderId,
    order: dossier.order ?? null,
    dispute: dossier.dispute ?? null,
    otherDisputes: dossier.otherDisputes,
    readings: dossier.readings,
    deadlines,
    timeline: dossier.timeline.map((line) => ({ ...line, at: new Date(line.at).toISOString() })),
    evidence: {
      problem: dossier.evidence.problem,
      ticked: dossier.evidence.ticked,
      files: evidencePaths(dossier.evidence.files).map(({ meta, path }) => ({
        path,
        ...meta,
        addedAt: new Date(meta.addedAt).toISOString(),
      })),
    },
  };
}
