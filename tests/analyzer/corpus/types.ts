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
