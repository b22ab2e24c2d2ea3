import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const DOM_ENTRIES = ['read-page.ts', 'order-cards.ts', 'dispute-form.ts'].map((file) => `lib/aliexpress/dom/${file}`);
// The parsers and zod belong to the worker: the content script has a size budget and only sends the page's texts.
const WORKER_ONLY = [
  /^lib\/aliexpress\/text\/(?:dates|money|statuses|protection|month-names)\.ts$/,
  /^lib\/aliexpress\/page-data\//,
  /(?:^|\/)node_modules\/zod\//,
];

describe('the DOM readers in the content script', () => {
  it.each(DOM_ENTRIES)('%s bundles without the text parsers or zod', async (entry) => {
    const { metafile } = await build({
      absWorkingDir: ROOT,
      entryPoints: [entry],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'browser',
      logLevel: 'silent',
    });
    const inputs = Object.keys(metafile.inputs);
    expect(inputs).toContain(entry);
    expect(inputs.filter((input) => WORKER_ONLY.some((pattern) => pattern.test(input)))).toEqual([]);
  });
});
