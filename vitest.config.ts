import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // Property tests and SHA-256 over megabytes take ~1 s here and several times that on a loaded CI machine.
    testTimeout: 20_000,
    // Type tests of the message contract: checked by tsc, not run.
    typecheck: { enabled: true, include: ['tests/unit/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    reporters: ['default', ['json', { outputFile: 'reports/unit.json' }]],
  },
});
