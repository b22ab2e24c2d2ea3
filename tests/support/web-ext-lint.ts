/**
 * `web-ext lint` of the Firefox build, as AMO runs it, failing on any error, and on any warning or notice outside
 * the vendor chunks: Preact's runtime sets `innerHTML` for `dangerouslySetInnerHTML` (which we never use; security
 * test S3), and that is its only warning. Prints what it found.
 */
import { spawnSync } from 'node:child_process';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/** Chunks of other people's code, by their build name (wxt.config.ts names Preact's chunk). */
const VENDOR_CHUNK = /^chunks\/preact-[\w-]+\.js$/;

const run = spawnSync('web-ext', ['lint', '--source-dir', '.output/firefox-mv3', '--self-hosted', '--output=json'], {
  encoding: 'utf8',
  shell: true,
});
const report = JSON.parse(run.stdout) as LintReport;
const ours = [...report.warnings, ...report.notices].filter((found) => !VENDOR_CHUNK.test(found.file ?? ''));
const vendors = report.warnings.length + report.notices.length - ours.length;
for (const found of [...report.errors, ...ours]) console.log(`${found.code} ${found.file ?? ''}: ${found.message}`);
console.log(
  `web-ext lint: ${report.errors.length} errors, ${ours.length} warnings or notices in our code, ${vendors} in vendor chunks`,
);
process.exitCode = report.errors.length + ours.length > 0 ? 1 : 0;
