import path from 'node:path';
import { build } from 'esbuild';
import type { Page } from '@playwright/test';
import type * as Images from '../../lib/evidence/shrink-image';
import type * as Store from '../../lib/db/evidence';
import type * as OpenDb from '../../lib/db/open-db';

/**
 * The photo re-encoder and the evidence store run in the panel frame, an extension page. The built panel exposes
 * nothing to call from outside, so these tests bundle the very modules the panel imports and run them in one of the
 * extension's own pages, where the extension origin's IndexedDB and the browser's real image codecs are.
 */
type Modules = typeof Images & typeof Store & Pick<typeof OpenDb, 'openDisputeDb'>;
declare global {
  var evidenceModules: Modules;
}

const ROOT = path.resolve(import.meta.dirname, '../..');
const ENTRY = `
  export * from './lib/evidence/shrink-image';
  export * from './lib/db/evidence';
  export { openDisputeDb } from './lib/db/open-db';
`;

/** Makes `globalThis.evidenceModules` available in `page`, an extension page. */
export async function loadEvidenceModules(page: Page): Promise<void> {
  const { outputFiles } = await build({
    stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'evidenceModules',
    platform: 'browser',
    logLevel: 'silent',
  });
  // Evaluated through the DevTools protocol, which the page's script policy does not apply to.
  await page.evaluate(`${outputFiles[0]!.text};globalThis.evidenceModules = evidenceModules;`);
}
