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
