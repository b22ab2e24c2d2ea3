import { checkDispute, type DisputeDraft, type FindingCode } from '../../../lib/analyzer';

/** The highlighted words of one finding, cut from the original text by its spans. */
export function flagged(text: string, code: FindingCode, draft: Omit<DisputeDraft, 'text'> = {}): string[] | undefined {
  const finding = checkDispute({ ...draft, text }).findings.find((item) => item.code === code);
  return finding?.spans.map((span) => text.slice(span.start, span.end));
}

export function codes(text: string, draft: Omit<DisputeDraft, 'text'> = {}): FindingCode[] {
  return checkDispute({ ...draft, text }).findings.map((finding) => finding.code);
}
