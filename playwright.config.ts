import { defineConfig } from '@playwright/test';

// One persistent Chromium at a time: these machines have two cores and each test gets its own profile.
export default defineConfig({
  testDir: 'tests',
  // End-to-end suites, and the security properties that need a browser (tests/security/*.spec.ts).
  testMatch: ['e2e/**/*.spec.ts', 'security/**/*.spec.ts'],
  workers: 1,
  fullyParallel: false,
  // On CI a test that fails is run once more; one that then passes is listed as flaky by `npm test`, not hidden.
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  outputDir: 'test-results',
});
