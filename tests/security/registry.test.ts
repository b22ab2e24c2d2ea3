import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

/** Every property S1–S16 has its own test file here, or a stated reason in README.md why it does not apply yet. */
it('every checklist property is covered by a file or explained', () => {
  const files = readdirSync(import.meta.dirname);
  const readme = readFileSync(`${import.meta.dirname}/README.md`, 'utf8');
  const notYet = new Set([...readme.matchAll(/^- S(\d+): \S/gm)].map((match) => Number(match[1])));
  const tested = new Set(
    files.flatMap((file) => /^s(\d+)-[a-z0-9-]+\.(test|spec)\.ts$/.exec(file)?.[1] ?? []).map(Number),
  );

  for (let property = 1; property <= 16; property++) {
    expect(tested.has(property) || notYet.has(property), `S${property} has neither a test file nor a reason`).toBe(
      true,
    );
    expect(tested.has(property) && notYet.has(property), `S${property} is tested yet listed as not applicable`).toBe(
      false,
    );
  }
  for (const property of tested)
    expect(readme, `S${property} is missing from the README table`).toMatch(`| S${property} `);
});
