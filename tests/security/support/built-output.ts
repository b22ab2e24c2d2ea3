import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const OUTPUT_DIR = path.resolve(import.meta.dirname, '../../../.output');

/** Both browsers' builds: the properties must hold for what each store receives. */
export const BUILDS = [
  { browser: 'chrome', dir: path.join(OUTPUT_DIR, 'chrome-mv3') },
  { browser: 'firefox', dir: path.join(OUTPUT_DIR, 'firefox-mv3') },
] as const;

export interface Manifest {
  [key: string]: unknown;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{ matches: string[]; world?: string; run_at?: string; js?: string[]; all_frames?: boolean }>;
  web_accessible_resources?: Array<{ resources: string[]; matches?: string[] }>;
}

export function readManifest(buildDir: string): Manifest {
  const file = path.join(buildDir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build && npm run build:firefox\` first`);
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

/** Every text file of a build that a browser may run or render. */
export function readCodeFiles(buildDir: string): Array<{ file: string; text: string }> {
  return readdirSync(buildDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(js|mjs|html|json)$/.test(file))
    .map((file) => ({ file, text: readFileSync(path.join(buildDir, file), 'utf8') }));
}
