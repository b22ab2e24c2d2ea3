import { PROTECTION_PHRASES } from './anchors';
import { parsePageDate } from './dates';

/** The date the buyer-protection promise names (phrases in `anchors.ts`), read from the 60 characters after it. */
export function protectionEndIn(text: string, referenceDate?: Date): string | undefined {
  for (const phrase of PROTECTION_PHRASES) {
    const match = phrase.exec(text);
    if (match)
      return parsePageDate(text.slice(match.index + match[0].length, match.index + match[0].length + 60), {
        referenceDate,
      });
  }
  return undefined;
}
