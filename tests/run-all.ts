/**
 * `npm test`: every check and suite in order, even after a failure, then one line summing them all:
 * static checks count one each; the unit, Firefox, built-output and end-to-end suites count their tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
  /** The failed tests by name, so CI's last lines say which. */
  failures?: string[];
}

const STEPS: Array<{ name: string; command: string; report?: (path: string) => Tally; reportPath?: string }> = [
  { name: 'typecheck', command: 'npm run -s typecheck' },
  { name: 'lint', command: 'npm run -s lint' },
  { name: 'format', command: 'npm run -s format:check' },
  { name: 'unit', command: 'npm run -s test:unit', reportPath: 'reports/unit.json', report: vitestTally },
  // One build of each browser, shared by every later step.
  { name: 'build (chrome + firefox)', command: 'npm run -s build && npm run -s build:firefox' },
  { name: 'web-ext lint (firefox)', command: 'tsx tests/support/web-ext-lint.ts' },
  {
    name: 'firefox (firefox-esr)',
    command: 'tsx tests/firefox/run-firefox.ts',
    reportPath: 'reports/firefox.json',
    report: (file) => ({ ...(JSON.parse(readFileSync(file, 'utf8')) as Tally), skipped: 0 }),
  },
  {
    name: 'size budgets + security',
    command: 'vitest run --config vitest.output.config.ts',
    reportPath: 'reports/output.json',
    report: vitestTally,
  },
  { name: 'e2e', command: 'playwright test', reportPath: 'reports/e2e.json', report: playwrightTally },
];

// Steps call the project's own tools (vitest, playwright, web-ext) the way npm scripts do.
const LOCAL_BINARIES = { ...process.env, PATH: `node_modules/.bin${path.delimiter}${process.env.PATH ?? ''}` };

const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const lines: string[] = [];
const failures: string[] = [];
let exitCode = 0;

for (const step of STEPS) {
  if (step.reportPath) rmSync(step.reportPath, { force: true });
  const started = Date.now();
  console.log(`\n=== ${step.name}: ${step.command}`);
  const { status } = spawnSync(step.command, { shell: true, stdio: 'inherit', env: LOCAL_BINARIES });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = status === 0;
  if (!ok) exitCode = 1;

  let tally: Tally = { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 };
  if (step.report && step.reportPath && existsSync(step.reportPath)) {
    tally = step.report(step.reportPath);
    // A runner that failed without a failing test (crash, no tests) still counts as a failure.
    if (!ok && tally.failed === 0) tally.failed = 1;
  }
  total.passed += tally.passed;
  total.failed += tally.failed;
  total.skipped += tally.skipped;
  for (const failure of tally.failures ?? []) failures.push(`${step.name}: ${failure}`);
  lines.push(
    `${ok ? 'ok  ' : 'FAIL'} ${step.name.padEnd(30)} ${tally.passed} passed, ${tally.failed} failed (${seconds} s)`,
  );
}

if (failures.length) console.log(`\nFailed:\n${failures.map((failure) => `  ${failure}`).join('\n')}`);
console.log(`\n${lines.join('\n')}`);
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(exitCode);

interface VitestReport {
  numPassedTests?: number;
  numFailedTests?: number;
  numPendingTests?: number;
  numTodoTests?: number;
  testResults?: Array<{ name: string; assertionResults?: Array<{ fullName: string; status: string }> }>;
}

function vitestTally(path: string): Tally {
  const report = JSON.parse(readFileSync(path, 'utf8')) as VitestReport;
  const failures = (report.testResults ?? []).flatMap((file) =>
    (file.assertionResults ?? [])
      .filter((test) => test.status === 'failed')
      .map((test) => `${relative(file.name)} › ${test.fullName}`),
  );
  return {
    passed: report.numPassedTests ?? 0,
    failed: report.numFailedTests ?? 0,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    failures,
  };
}

interface PlaywrightSuite {
  title: string;
  file?: string;
  specs?: Array<{ title: string; file: string; tests: Array<{ status: string }> }>;
  suites?: PlaywrightSuite[];
}

/** The specs with a test of this status: 'unexpected' failed, 'flaky' failed first and passed when run again. */
function playwrightSpecs(status: 'unexpected' | 'flaky', suites: PlaywrightSuite[] = []): string[] {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? [])
      .filter((spec) => spec.tests.some((test) => test.status === status))
      .map((spec) => `${spec.file} › ${spec.title}`),
    ...playwrightSpecs(status, suite.suites),
  ]);
}

function relative(file: string): string {
  return path.relative(process.cwd(), file);
}

function playwrightTally(path: string): Tally {
  const { stats, suites } = JSON.parse(readFileSync(path, 'utf8')) as {
    stats: Record<string, number>;
    suites?: PlaywrightSuite[];
  };
  for (const flaky of playwrightSpecs('flaky', suites)) console.log(`flaky (passed when run again): ${flaky}`);
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: stats.unexpected ?? 0,
    skipped: stats.skipped ?? 0,
    failures: playwrightSpecs('unexpected', suites),
  };
}
