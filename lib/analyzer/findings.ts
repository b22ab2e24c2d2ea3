import type { Finding, FindingCode, Severity, Span, Suggestion } from './types';

const SEVERITY: Record<FindingCode, Severity> = {
  profanity: 'blocker',
  insult: 'blocker',
  threat: 'blocker',
  emotional: 'warning',
  accusation: 'warning',
  missing_what: 'warning',
  missing_when: 'warning',
  missing_evidence: 'warning',
  missing_resolution: 'warning',
  partial_without_amount: 'warning',
  amount_exceeds_total: 'tip',
  resolution_conflict: 'tip',
  evidence_not_attached: 'warning',
  evidence_items_missing: 'tip',
  too_short: 'tip',
  too_long: 'tip',
  mixed_language: 'tip',
  translit: 'tip',
  language_mismatch: 'tip',
  empty_text: 'warning',
};

/** Every finding code; the severity table above is what makes the list complete. */
export const FINDING_CODES = Object.keys(SEVERITY) as readonly FindingCode[];

export function finding(code: FindingCode, spans: Span[], suggestion: Suggestion): Finding {
  return {
    code,
    severity: SEVERITY[code],
    spans: mergeSpans(spans),
    messageKey: `check.finding.${code}.advice`,
    suggestion,
  };
}

/** Sorted, without overlaps (touching spans stay apart), so the interface can cut the text into plain and highlighted pieces. */
function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}
