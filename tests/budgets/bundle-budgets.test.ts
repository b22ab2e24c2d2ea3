import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import {
  BUDGETS,
  CHROME_OUTPUT_DIR,
  CLASSIC_ZOD_MARKER,
  findViolations,
  formatSizeTable,
  kb,
  LEARNED_MODEL_FILE,
  measureEntries,
  PANEL_FIRST_PAINT,
  pageScripts,
} from './bundle-sizes';

describe('size budgets of the Chrome build (P1, P3, P12)', () => {
  it('the build exists', () => {
    expect(existsSync(CHROME_OUTPUT_DIR), 'run `npm run build` first').toBe(true);
  });

  const entries = existsSync(CHROME_OUTPUT_DIR) ? measureEntries(CHROME_OUTPUT_DIR) : [];
  console.log(`\n${formatSizeTable(entries)}\n`);

  it.each(BUDGETS.map((budget) => [`${budget.id}: ${budget.what}`, budget] as const))('%s', (_label, budget) => {
    expect(
      entries.filter((entry) => budget.files.test(entry.file)),
      'no output file matches',
    ).not.toEqual([]);
    expect(findViolations(entries, [budget]).map(({ file, problem }) => `${file}: ${problem}`)).toEqual([]);
  });
});

describe('P2: the panel frame', () => {
  const entries = existsSync(CHROME_OUTPUT_DIR) ? measureEntries(CHROME_OUTPUT_DIR) : [];
  it(`what ${PANEL_FIRST_PAINT.page} loads before its first paint is within ${kb(PANEL_FIRST_PAINT.maxGzipBytes)} gzip`, () => {
    const scripts = pageScripts(CHROME_OUTPUT_DIR, PANEL_FIRST_PAINT.page);
    expect(scripts.some((file) => file.startsWith('chunks/panel-'))).toBe(true);
    const loaded = scripts.map((file) => entries.find((entry) => entry.file === file)!);
    const total = loaded.reduce((sum, entry) => sum + entry.gzipBytes, 0);
    console.log(`P2: ${loaded.map((entry) => `${entry.file} ${kb(entry.gzipBytes)}`).join(' + ')} = ${kb(total)} gzip`);
    expect(total).toBeLessThanOrEqual(PANEL_FIRST_PAINT.maxGzipBytes);
  });
});

describe('the learned model file', () => {
  it(`${LEARNED_MODEL_FILE.file} is in the build and within ${kb(LEARNED_MODEL_FILE.maxRawBytes)}`, () => {
    const file = path.join(CHROME_OUTPUT_DIR, LEARNED_MODEL_FILE.file);
    expect(existsSync(file)).toBe(true);
    const bytes = statSync(file).size;
    console.log(`learned model: ${kb(bytes)} raw`);
    expect(bytes).toBeLessThanOrEqual(LEARNED_MODEL_FILE.maxRawBytes);
  });
});

describe('the classic-zod marker', () => {
  // Fresh bundles of each flavour, minified like WXT's build does.
  async function bundle(specifier: string): Promise<string> {
    const entry = '\0zod-probe';
    const output = (await build({
      configFile: false,
      logLevel: 'silent',
      plugins: [
        {
          name: 'zod-probe',
          resolveId: (id) => (id === 'zod-probe' ? entry : null),
          load: (id) =>
            id === entry
              ? `import { z } from '${specifier}'; console.log(z.object({ a: z.string() }).safeParse({ a: 1 }));`
              : null,
        },
      ],
      build: { write: false, minify: true, rolldownOptions: { input: 'zod-probe' } },
    })) as Rolldown.RolldownOutput;
    return output.output[0].code;
  }

  it('is found in classic zod, so the P3 check fails on it', async () => {
    const code = await bundle('zod');
    expect(code).toMatch(CLASSIC_ZOD_MARKER);
    const probe = { file: 'content-scripts/probe.js', rawBytes: code.length, gzipBytes: 0, code };
    expect(findViolations([probe]).map((violation) => violation.budget.id)).toEqual(['P3']);
  });

  it('is absent from zod/mini', async () => {
    expect(await bundle('zod/mini')).not.toMatch(CLASSIC_ZOD_MARKER);
  });
});
