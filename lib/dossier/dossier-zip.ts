import { summariseCase } from '../deadlines/case-summary';
import type { Translator } from '../i18n';
import { buildZip, type ZipSource } from './build-zip';
import { dossierData, DOSSIER_FORMAT } from './dossier-data';
import { dossierSummary } from './dossier-summary';
import { evidencePaths } from './evidence-paths';
import type { DossierCase } from './read-dossier-case';
import { summaryHtml } from './summary-html';

export const SUMMARY_PATH = 'summary.html';
export const DATA_PATH = 'case.json';

/** The name the buyer's ZIP is saved under. */
export function dossierFileName(orderId: string): string {
  return `dispute-helper-${orderId}.zip`;
}

/**
 * The dossier as one ZIP: the printable summary, the case as JSON, the buyer's files under `evidence/`, and the
 * manifest with every file's SHA-256. `readFile` gives a file's bytes by its id, or nothing when they are gone.
 */
export async function makeDossierZip(
  dossier: DossierCase,
  context: {
    i18n: Translator;
    now: number;
    timeZone: string;
    readFile: (id: string) => Promise<Blob | undefined>;
    onProgress?: (done: number, total: number) => void;
  },
) {
  const { i18n, now, timeZone } = context;
  const encode = (text: string) => new Blob([text]);
  const html = summaryHtml(dossierSummary(dossier, i18n, now, timeZone), i18n.language);
  const deadlines = summariseCase(dossier, now, timeZone)?.deadlines ?? [];
  const data = `${JSON.stringify(dossierData(dossier, deadlines, now, timeZone), null, 2)}\n`;
  const text = (path: string, content: string): ZipSource => {
    const blob = encode(content);
    return { path, label: path, size: blob.size, store: false, read: () => Promise.resolve(blob) };
  };
  const sources: ZipSource[] = [
    text(SUMMARY_PATH, html),
    text(DATA_PATH, data),
    ...evidencePaths(dossier.evidence.files).map(({ meta, path }) => ({
      path,
      label: meta.name,
      size: meta.size,
      // Photos and videos are compressed already; documents (PDF, text) may still shrink.
      store: meta.kind !== 'document',
      read: () => context.readFile(meta.id),
    })),
  ];
  const manifest = {
    format: DOSSIER_FORMAT,
    orderId: dossier.orderId,
    generatedAt: new Date(now).toISOString(),
    algorithm: 'SHA-256',
  };
  return buildZip(sources, { mtime: now, manifest, ...(context.onProgress && { onProgress: context.onProgress }) });
}
