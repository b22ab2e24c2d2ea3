import { checkDispute, FINDING_CODES, type FindingCode } from '../../lib/analyzer';
import type { LearnedModel } from '../../lib/analyzer/learned/model';
import type { CorpusCase } from './corpus';

export interface CodeScore {
  code: FindingCode;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Miss {
  id: string;
  text: string;
  expectedVerdict: string;
  actualVerdict: string;
  missing: FindingCode[];
  extra: FindingCode[];
  /** `expected → detected` resolution and sum, when they differ. */
  resolution: string;
}

export interface CorpusScore {
  cases: number;
  /** "Rude" as the issue measures it: any of profanity, insult or threat, per text. */
  rude: { precision: number; recall: number; f1: number };
  verdictAccuracy: number;
  /** Share of the texts labelled with a resolution whose detected resolution (and partial sum) match the label. */
  resolutionAccuracy: number;
  resolutionCases: number;
  codes: CodeScore[];
  misses: Miss[];
}

const RUDE: FindingCode[] = ['profanity', 'insult', 'threat'];

function prf(tp: number, fp: number, fn: number) {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Precision, recall and F1 per finding code, and verdict accuracy, of checkDispute on labelled texts. */
export function scoreCorpus(cases: readonly CorpusCase[], learned?: LearnedModel): CorpusScore {
  const counts = new Map(FINDING_CODES.map((code) => [code, { tp: 0, fp: 0, fn: 0 }]));
  const misses: Miss[] = [];
  let rightVerdicts = 0;
  let resolutionCases = 0;
  const rude = { tp: 0, fp: 0, fn: 0 };
  let rightResolutions = 0;
  for (const item of cases) {
    const result = checkDispute({ ...item.draft, text: item.text }, learned);
    let resolutionMiss = '';
    if (item.expect.resolution !== undefined) {
      resolutionCases++;
      const detected = result.detected;
      const amount =
        detected.resolution === 'partial_refund' && detected.percent === undefined ? detected.amount : undefined;
      const sameAmount = item.expect.amount === undefined || (item.expect.amount ?? undefined) === amount;
      if (detected.resolution === item.expect.resolution && sameAmount) rightResolutions++;
      else
        resolutionMiss = `${item.expect.resolution}/${item.expect.amount ?? '-'} → ${detected.resolution}/${amount ?? '-'}`;
    }
    const actual = new Set(result.findings.map((finding) => finding.code));
    const expected = new Set(item.expect.findings);
    const isRude = (codes: Set<FindingCode>) => RUDE.some((code) => codes.has(code));
    if (isRude(actual) && isRude(expected)) rude.tp++;
    else if (isRude(actual)) rude.fp++;
    else if (isRude(expected)) rude.fn++;
    for (const code of FINDING_CODES) {
      const count = counts.get(code)!;
      if (actual.has(code) && expected.has(code)) count.tp++;
      else if (actual.has(code)) count.fp++;
      else if (expected.has(code)) count.fn++;
    }
    if (result.verdict === item.expect.verdict) rightVerdicts++;
    const missing = [...expected].filter((code) => !actual.has(code));
    const extra = [...actual].filter((code) => !expected.has(code));
    if (missing.length || extra.length || resolutionMiss || result.verdict !== item.expect.verdict) {
      misses.push({
        resolution: resolutionMiss,
        id: item.id,
        text: item.text,
        expectedVerdict: item.expect.verdict,
        actualVerdict: result.verdict,
        missing,
        extra,
      });
    }
  }
  const codes = FINDING_CODES.map((code) => {
    const { tp, fp, fn } = counts.get(code)!;
    return { code, truePositives: tp, falsePositives: fp, falseNegatives: fn, ...prf(tp, fp, fn) };
  });
  return {
    cases: cases.length,
    rude: prf(rude.tp, rude.fp, rude.fn),
    verdictAccuracy: rightVerdicts / Math.max(1, cases.length),
    resolutionAccuracy: rightResolutions / Math.max(1, resolutionCases),
    resolutionCases,
    codes,
    misses,
  };
}
