import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Which folder may import which. The arrows point from the page and the worker down to the shared vocabulary, so a
 * change to the model never needs a change to the UI, and the message contract depends on no implementation.
 */
const MAY_IMPORT: Record<string, readonly string[]> = {
  'lib/model': ['lib/pages'],
  'lib/pages': ['lib/aliexpress', 'lib/model'],
  'lib/aliexpress': ['lib/model', 'lib/pages'],
  'lib/i18n': ['lib/model', 'locales'],
  // The shared vocabulary (verdicts) and the zod setup its model file's schema needs.
  'lib/analyzer': ['lib/i18n', 'lib/model'],
  'lib/db': ['lib/model', 'lib/pages', 'lib/aliexpress'],
  'lib/messaging': ['lib/model', 'lib/pages', 'lib/i18n', 'lib/analyzer', 'lib/aliexpress', 'lib/case-log', 'lib/sync'],
  // The case log's pure core: which timeline lines a change makes (the worker writes them) and how one reads.
  'lib/case-log': ['lib/model', 'lib/pages', 'lib/aliexpress', 'lib/db'],
  // The evidence checklists, the score, the file checks and the frame's re-encoder; what AliExpress takes is in
  // lib/aliexpress, the evidence records in lib/db.
  'lib/evidence': ['lib/model', 'lib/aliexpress', 'lib/db', 'lib/i18n'],
  'lib/deadlines': ['lib/model', 'lib/pages', 'lib/i18n', 'lib/aliexpress'],
  // The reply templates' pure core: filling a template from the case's facts and the buyer's words.
  'lib/templates': ['lib/model', 'lib/aliexpress', 'lib/i18n', 'lib/evidence'],
  'lib/reminders': ['lib/deadlines', 'lib/model', 'lib/pages', 'lib/i18n', 'lib/aliexpress', 'locales'],
  'lib/watcher': ['lib/model', 'lib/pages', 'lib/i18n', 'lib/aliexpress'],
  // Sync's pure core: item keys, their values as they travel, the merge, quotas and write rates.
  'lib/sync': ['lib/model', 'lib/db'],
  // The popup's dashboard, pure: each case's row (from the deadlines' Now answer and the evidence score), the sort,
  // the filters and the windowed list's arithmetic. The worker builds the rows; the popup's components filter them.
  'lib/dashboard': ['lib/model', 'lib/pages', 'lib/aliexpress', 'lib/deadlines', 'lib/evidence', 'lib/i18n'],
  'lib/worker': [
    'lib/sync',
    'lib/messaging',
    'lib/db',
    'lib/evidence',
    'lib/deadlines',
    'lib/reminders',
    'lib/watcher',
    'lib/case-log',
    'lib/dashboard',
    'lib/model',
    'lib/pages',
    'lib/i18n',
    'lib/aliexpress',
  ],
  'lib/page-side': [
    'lib/messaging',
    'lib/model',
    'lib/pages',
    'lib/i18n',
    'lib/aliexpress',
    'lib/panel',
    'components',
    'locales',
  ],
  // The frame runs the dispute check: the analyzer is its chunk, loaded on the first draft (the worker may not import it).
  'lib/panel': [
    'components',
    'lib/analyzer',
    'lib/db',
    'lib/evidence',
    'lib/case-log',
    'lib/deadlines',
    'lib/messaging',
    'lib/model',
    'lib/pages',
    'lib/i18n',
    'lib/aliexpress',
    'lib/templates',
    'lib/dossier',
    'locales',
  ],
  // The dispute dossier (its page, the summary, the ZIP): reads the case as the panel does, with the panel's strings.
  'lib/dossier': [
    'components',
    'lib/db',
    'lib/deadlines',
    'lib/evidence',
    'lib/case-log',
    'lib/model',
    'lib/i18n',
    'lib/aliexpress',
    'lib/panel',
    'locales',
  ],
  // Backup and restore run in the options page, which reaches the extension's database directly (as the panel does).
  'lib/backup': ['lib/db', 'lib/model'],
  'lib/extension-pages': [
    'lib/messaging',
    'lib/model',
    'lib/i18n',
    'components',
    'locales',
    'lib/backup',
    'lib/db',
    'lib/reminders',
  ],
  components: [
    'lib/model',
    'lib/messaging',
    'lib/i18n',
    'lib/analyzer',
    'lib/pages',
    'lib/deadlines',
    'lib/case-log',
    'lib/evidence',
    'lib/templates',
    'lib/dossier',
    'lib/sync',
    'lib/dashboard',
  ],
};

/** Where a kind of code belongs, for the failure message. */
const HOMES: Record<string, string> = {
  'lib/model': 'record shapes and the shared vocabulary',
  'lib/messaging': 'message payloads and answer types (protocol.ts), the client and sender checks',
  'lib/worker': "the worker's handlers and its start",
  'lib/page-side': 'page features and the content-script side',
  'lib/panel': 'the panel frame (an extension page shown on AliExpress pages)',
  components: 'UI: props in, events out',
};

const ROOT = resolve(__dirname, '../../..');
const SOURCES = ['lib', 'components', 'entrypoints'];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+'(\.[^']+)'/g)) found.push(match[1]!);
  return found.map((specifier) => resolveFile(resolve(dirname(file), specifier.replace(/\?.*$/, ''))));
}

function resolveFile(base: string): string {
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // try the next form
    }
  }
  return base;
}

/** `lib/db/facts.ts` → `lib/db`; `components/Panel.tsx` → `components`. */
function folderOf(file: string): string {
  const parts = relative(ROOT, file).split('/');
  return parts[0] === 'lib' ? `lib/${parts[1]}` : parts[0]!;
}

const files = SOURCES.flatMap((folder) => sourceFiles(join(ROOT, folder)));
const graph = new Map(files.map((file) => [file, importsOf(file)]));

describe('import boundaries', () => {
  it('every folder imports only what it may', () => {
    const wrong: string[] = [];
    for (const [file, imports] of graph) {
      const from = folderOf(file);
      if (from === 'entrypoints') continue;
      const allowed = MAY_IMPORT[from];
      for (const target of imports) {
        const to = folderOf(target);
        if (to === from) continue;
        if (!allowed?.includes(to)) {
          const home = HOMES[from] ? ` (${from} holds ${HOMES[from]})` : '';
          wrong.push(
            `${relative(ROOT, file)} imports ${relative(ROOT, target)}: ${from} may not depend on ${to}${home}`,
          );
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('no module imports itself through others (type imports included)', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(ROOT, f)).join(' → '));
        return;
      }
      state.set(file, 'visiting');
      for (const target of graph.get(file) ?? []) if (graph.has(target)) visit(target, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('the rules above name every source folder', () => {
    const folders = new Set([...graph.keys()].map(folderOf).filter((folder) => folder !== 'entrypoints'));
    expect([...folders].filter((folder) => !MAY_IMPORT[folder])).toEqual([]);
  });
});
