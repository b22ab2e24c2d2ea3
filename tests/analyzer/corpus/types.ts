import type { DisputeDraft, FindingCode, Verdict } from '../../../lib/analyzer';

/** One labelled dispute text. Labels follow the definitions in analyzer-notes.md, not the analyzer's output. */
export interface CorpusCase {
  id: string;
  lang: 'ru' | 'en';
  text: string;
  draft?: Omit<DisputeDraft, 'text'>;
  expect: { verdict: Verdict; findings: FindingCode[] };
}

export const PHOTO = { name: 'photo.jpg', type: 'image/jpeg', size: 250_000 };
export const VIDEO = { name: 'unboxing.mp4', type: 'video/mp4', size: 8_000_000 };
