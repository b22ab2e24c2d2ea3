import type { DetectedRequest, DisputeDraft, FindingCode, Verdict } from '../../../lib/analyzer';

/** One labelled dispute text. Labels follow the definitions in analyzer-notes.md, not the analyzer's output. */
export interface CorpusCase {
  id: string;
  lang: 'ru' | 'en';
  text: string;
  draft?: Omit<DisputeDraft, 'text'>;
  expect: {
    verdict: Verdict;
    findings: FindingCode[];
    /** What the text asks for (`requested_resolution`); labelled on the round-two texts. */
    resolution?: DetectedRequest['resolution'];
    /** The sum asked for in a partial refund; `null` when the text names none (or only a share). */
    amount?: number | null;
  };
}

export const PHOTO = { name: 'photo.jpg', type: 'image/jpeg', size: 250_000 };
export const VIDEO = { name: 'unboxing.mp4', type: 'video/mp4', size: 8_000_000 };

/**
 * A text that is complete in every other respect (what, when, evidence attached, a request), so only its tone is in
 * play: `rude` is its one blocker code, or none for an innocent look-alike. An id ending in `v` gets a video.
 */
export function toneCase(
  id: string,
  lang: 'ru' | 'en',
  text: string,
  rude: 'insult' | 'threat' | undefined,
  resolution: 'full_refund' | 'exchange' | 'return',
): CorpusCase {
  return {
    id,
    lang,
    text,
    draft: { attachments: [id.endsWith('v') ? VIDEO : PHOTO] },
    expect: { verdict: rude ? 'blocker' : 'ready', findings: rude ? [rude] : [], resolution },
  };
}

type Resolution = NonNullable<CorpusCase['expect']['resolution']>;

const BLOCKERS: FindingCode[] = ['profanity', 'insult', 'threat'];
const WARNINGS: FindingCode[] = [
  'emotional',
  'accusation',
  'missing_what',
  'missing_when',
  'missing_evidence',
  'missing_resolution',
  'partial_without_amount',
  'evidence_not_attached',
  'empty_text',
];

/** The verdict rule of analyzer-notes.md 1.1, applied to labels: any blocker code, else any warning, else ready. */
export function verdictOfLabels(codes: readonly FindingCode[]): Verdict {
  if (codes.some((code) => BLOCKERS.includes(code))) return 'blocker';
  return codes.some((code) => WARNINGS.includes(code)) ? 'needs_work' : 'ready';
}

/**
 * A labelled text with its form's files (`photo`, `video` or `none`). The verdict follows from the labelled
 * findings by the rule of analyzer-notes.md 1.1 (any blocker code → blocker; any warning → needs_work; tips alone
 * such as `too_short` leave it ready). `amount` is given only for partial refunds.
 */
export function labelled(
  id: string,
  lang: 'ru' | 'en',
  text: string,
  files: 'photo' | 'video' | 'none',
  findings: FindingCode[],
  resolution: Resolution,
  amount?: number | null,
): CorpusCase {
  return {
    id,
    lang,
    text,
    draft: { attachments: files === 'photo' ? [PHOTO] : files === 'video' ? [VIDEO] : [] },
    expect: { verdict: verdictOfLabels(findings), findings, resolution, ...(amount === undefined ? {} : { amount }) },
  };
}
