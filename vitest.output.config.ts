import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Checks that read the built extension (size budgets, security properties): `npm run test:output`, after a build.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/budgets/**/*.test.ts', 'tests/security/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: 'reports/output.json' }]],
    testTimeout: 60_000,
  },
});
