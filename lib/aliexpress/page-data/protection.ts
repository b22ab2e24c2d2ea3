import { protectionEndIn } from '../text/protection';
import { stringsIn } from './json-tree';

/** The first buyer-protection promise date anywhere in a response (its place differs between APIs). */
export function findProtectionEnd(payload: unknown, referenceDate?: Date): string | undefined {
  for (const text of stringsIn(payload)) {
    if (text.length > 4000) continue;
    const date = protectionEndIn(text, referenceDate);
    if (date) return date;
  }
  return undefined;
}
