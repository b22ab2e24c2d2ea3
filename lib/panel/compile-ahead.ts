import type { Alphabet } from '../analyzer';
import type { Site } from '../model/vocab';

/**
 * The alphabet the buyer will most likely write in: Russian on aliexpress.ru or in a Russian browser. Only that one is
 * compiled ahead: both took the frame's heap after two .com checks from 14.5 to 38.7 MB, for a text most buyers never
 * write.
 */
export function likelyAlphabet(site: Site, language: string): Alphabet {
  return site === 'ru' || language === 'ru' ? 'other' : 'latin1';
}

/**
 * Runs `steps` (the check's compiling, ahead of the first check: `compileAheadSteps`) one at a time, letting the
 * frame handle what is waiting between two. The buyer who pastes a text and clicks at once would otherwise wait for
 * all of it in that first click: about 0.4 s for Russian text. Not in idle callbacks: Chromium gave the panel's frame
 * one idle period in two seconds while the page was quiet. The frame has its own process, so the page never waits.
 */
export async function compileInSteps(
  steps: ReadonlyArray<() => void>,
  pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
): Promise<void> {
  for (const step of steps) {
    step();
    await pause();
  }
}
