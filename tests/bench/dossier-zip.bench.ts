import { randomFillSync } from 'node:crypto';
import { buildZip, type ZipSource } from '../../lib/dossier/build-zip';
import { percentile, type BenchRow } from './measure';

const MB = 1024 * 1024;
const RUNS = 3;

/**
 * The dossier ZIP of a large case: 100 MB of evidence, as ten 9 MB photos and videos (random bytes, as compressed
 * media are; stored) and a 10 MB document (deflated), packed, hashed and read back as one Blob. Prints the time and
 * how much the process's memory grew at most over what it held before, against the 100 MB of files.
 */
export default async function dossierZipBench(): Promise<BenchRow[]> {
  const media = Array.from({ length: 10 }, () => new Blob([randomFillSync(new Uint8Array(9 * MB))]));
  const document = new Blob([new TextEncoder().encode('%PDF-1.7 statement line\n'.repeat((10 * MB) / 24))]);
  const sources: ZipSource[] = [
    ...media.map((blob, index) => source(`evidence/photo-${index}.jpg`, blob, true)),
    source('evidence/statement.pdf', document, false),
  ];
  const times: number[] = [];
  let growth = 0;
  let zipBytes = 0;
  for (let run = 0; run < RUNS; run++) {
    const before = process.memoryUsage().rss;
    let peak = before;
    const start = performance.now();
    const { zip } = await buildZip(sources, {
      mtime: Date.now(),
      manifest: {},
      onProgress: () => {
        peak = Math.max(peak, process.memoryUsage().rss);
      },
    });
    times.push(performance.now() - start);
    growth = Math.max(growth, peak - before);
    zipBytes = zip.size;
  }
  times.sort((a, b) => a - b);
  return [
    {
      name: 'dossier ZIP of 100 MB of evidence (11 files)',
      runs: RUNS,
      medianMs: percentile(times, 0.5),
      p95Ms: percentile(times, 0.95),
      note: `ZIP ${(zipBytes / MB).toFixed(1)} MB; RSS grew at most ${(growth / MB).toFixed(0)} MB`,
    },
  ];
}

function source(path: string, blob: Blob, store: boolean): ZipSource {
  return { path, label: path, size: blob.size, store, read: () => Promise.resolve(blob) };
}
