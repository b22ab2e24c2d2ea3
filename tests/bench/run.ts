/**
 * `npm run bench`: runs every `tests/bench/*.bench.ts` (each default-exports a function returning rows) and prints
 * one table. Numbers are printed, never asserted: timing is the machine's business, not a test's.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchRow } from './measure';

const here = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(here)
  .filter((file) => file.endsWith('.bench.ts'))
  .sort();

const rows: BenchRow[] = [];
for (const file of files) {
  const module = (await import(pathToFileURL(join(here, file)).href)) as {
    default: () => BenchRow[] | Promise<BenchRow[]>;
  };
  rows.push(...(await module.default()));
}

const format = (ms: number) => `${ms.toFixed(3)} ms`;
console.log(`${'benchmark'.padEnd(52)} ${'runs'.padStart(5)} ${'median'.padStart(12)} ${'p95'.padStart(12)}  target`);
for (const row of rows) {
  console.log(
    `${row.name.padEnd(52)} ${String(row.runs).padStart(5)} ${format(row.medianMs).padStart(12)} ${format(row.p95Ms).padStart(12)}  ${row.target ?? ''}${row.note ? `  (${row.note})` : ''}`,
  );
}
console.log(`\nnode ${process.version}, ${(await import('node:os')).cpus().length} cores`);
