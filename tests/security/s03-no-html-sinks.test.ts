import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * S3: our code never hands text to an HTML sink. The lint rule is the guard, so this checks that the project's
 * own ESLint config really rejects each sink, in every folder that holds UI or page code.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

async function ruleIdsFor(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? `fatal: ${message.message}`);
}

const SINKS = [
  'export const f = (el: Element, text: string) => { el.innerHTML = text; };',
  'export const f = (el: Element, text: string) => { el.outerHTML = text; };',
  "export const f = (el: Element, text: string) => el.insertAdjacentHTML('beforeend', text);",
  'export const f = (text: string) => document.write(text);',
  'export const f = (text: string) => document.writeln(text);',
  'export const f = (text: string) => <div dangerouslySetInnerHTML={{ __html: text }} />;',
];
const FOLDERS = ['components/Probe.tsx', 'lib/panel/probe.tsx', 'entrypoints/aliexpress.content/probe.tsx'] as const;

describe('S3: HTML sinks are lint errors', () => {
  it.each(FOLDERS.flatMap((file) => SINKS.map((code) => [file, code] as const)))('%s: %s', async (file, code) => {
    const rules = await ruleIdsFor(code, file);
    expect(
      rules.some((rule) => rule === 'no-restricted-properties' || rule === 'no-restricted-syntax'),
      rules.join(),
    ).toBe(true);
  });

  it('while text through textContent is fine', async () => {
    expect(
      await ruleIdsFor('export const f = (el: Element, text: string) => { el.textContent = text; };', FOLDERS[0]),
    ).toEqual([]);
  });
});
