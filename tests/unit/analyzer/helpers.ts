import { checkDispute, type DisputeDraft, type FindingCode } from '../../../lib/analyzer';
import { flatten } from '../../../lib/analyzer/flatten';
import { spansOf, type Scannable } from '../../../lib/analyzer/patterns';

/** The highlighted words of one finding, cut from the original text by its spans. */
export function flagged(text: string, code: FindingCode, draft: Omit<DisputeDraft, 'text'> = {}): string[] | undefined {
  const finding = checkDispute({ ...draft, text }).findings.find((item) => item.code === code);
  return finding?.spans.map((span) => text.slice(span.start, span.end));
}

export function codes(text: string, draft: Omit<DisputeDraft, 'text'> = {}): FindingCode[] {
  return checkDispute({ ...draft, text }).findings.map((finding) => finding.code);
}

/** The words a lexicon finds, cut from the original text (commas read as spaces, as checkDispute reads them). */
export function found(lexicons: Scannable | readonly Scannable[], text: string): string[] {
  const lex = flatten(text).flat.replace(/,(?=\s)/g, ' ');
  return (Array.isArray(lexicons) ? lexicons : [lexicons])
    .flatMap((lexicon: Scannable) => spansOf(lexicon, lex))
    .map((span) => text.slice(span.start, span.end));
}
