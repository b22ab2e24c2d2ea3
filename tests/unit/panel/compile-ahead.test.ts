import { describe, expect, it } from 'vitest';
import { checkDispute, compileAheadSteps } from '../../../lib/analyzer';
import { LAZY_PATTERNS } from '../../../lib/analyzer/patterns';
import { compileInSteps, likelyAlphabet } from '../../../lib/panel/compile-ahead';

describe('compileInSteps', () => {
  it('takes one step at a time, letting the frame run what waits between two', async () => {
    const done: string[] = [];
    let releasePause: () => void = () => undefined;
    const finished = compileInSteps(
      [1, 2, 3].map((n) => () => void done.push(`step ${n}`)),
      () =>
        new Promise((resolve) => {
          releasePause = () => resolve();
        }),
    );
    expect(done).toEqual(['step 1']);
    done.push('a click');
    releasePause();
    await Promise.resolve();
    expect(done).toEqual(['step 1', 'a click', 'step 2']);
    releasePause();
    await Promise.resolve();
    releasePause();
    await finished;
    expect(done).toEqual(['step 1', 'a click', 'step 2', 'step 3']);
  });
});

describe('likelyAlphabet', () => {
  it.each([
    ['ru', 'en', 'other'],
    ['global', 'ru', 'other'],
    ['global', 'en', 'latin1'],
    ['us', 'en', 'latin1'],
  ] as const)('on the %s site in a %s browser: %s', (site, language, expected) => {
    expect(likelyAlphabet(site, language)).toBe(expected);
  });
});

describe('compileAheadSteps', () => {
  it('has a step for every pattern the check builds lazily, and the check finds the same after them', () => {
    const draft = {
      text: 'Продавец, вы мошенники! Кабель сломан, заметил 12 декабря. Фото прилагаю. Прошу вернуть деньги.',
      attachedFiles: 1,
    };
    const before = checkDispute(draft);
    for (const alphabet of ['other', 'latin1'] as const) {
      const steps = compileAheadSteps(alphabet);
      expect(steps).toHaveLength(LAZY_PATTERNS.length);
      for (const step of steps) step();
    }
    expect(LAZY_PATTERNS.every((lazy) => lazy.pattern.lastIndex === 0)).toBe(true);
    expect(checkDispute(draft)).toEqual(before);
  });
});
