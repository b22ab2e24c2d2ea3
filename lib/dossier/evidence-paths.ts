import type { EvidenceFileMeta } from '../db/evidence-records';
import { uniqueZipNames } from './zip-names';

/** The folder of the ZIP that holds the buyer's files. */
export const EVIDENCE_FOLDER = 'evidence';

/** Each file with its path in the ZIP: the summary, the data file and the ZIP itself all name it the same. */
export function evidencePaths(files: readonly EvidenceFileMeta[]): Array<{ meta: EvidenceFileMeta; path: string }> {
  const names = uniqueZipNames(files.map((file) => file.name));
  return files.map((meta, index) => ({ meta, path: `${EVIDENCE_FOLDER}/${names[index]!}` }));
}
