import { describe, expect, it } from 'vitest';
import { checklistFor, type EvidenceItem } from '../../../lib/evidence/checklists';
import { evidenceProgress, isItemDone } from '../../../lib/evidence/completeness';

const ITEMS: readonly EvidenceItem[] = [
  { id: 'tracking-screenshot', required: true, accepts: ['image'] },
  { id: 'tracking-number', required: true, accepts: [] },
  { id: 'post-office-statement', required: false, accepts: ['image', 'document'] },
  { id: 'seller-chat', required: true, accepts: ['image'] },
];

const missingIds = (files: Record<string, number>, ticked: string[]) =>
  evidenceProgress(ITEMS, files, ticked).missing.map((item) => item.id);

describe('evidenceProgress', () => {
  it.each<[string, Record<string, number>, string[], number, string[]]>([
    ['nothing yet', {}, [], 0, ['tracking-screenshot', 'tracking-number', 'seller-chat']],
    ['one file', { 'tracking-screenshot': 1 }, [], 1, ['tracking-number', 'seller-chat']],
    ['several files count once', { 'tracking-screenshot': 3 }, [], 1, ['tracking-number', 'seller-chat']],
    ['a tick item ticked', {}, ['tracking-number'], 1, ['tracking-screenshot', 'seller-chat']],
    ['all required done', { 'tracking-screenshot': 1, 'seller-chat': 2 }, ['tracking-number'], 3, []],
    [
      'an optional item does not raise the score',
      { 'post-office-statement': 1 },
      [],
      0,
      ['tracking-screenshot', 'tracking-number', 'seller-chat'],
    ],
    [
      'a tick on a file item is not a file',
      {},
      ['tracking-screenshot', 'seller-chat'],
      0,
      ['tracking-screenshot', 'tracking-number', 'seller-chat'],
    ],
    [
      'a file on a tick item is not a tick',
      { 'tracking-number': 1 },
      [],
      0,
      ['tracking-screenshot', 'tracking-number', 'seller-chat'],
    ],
    ['zero files', { 'tracking-screenshot': 0 }, [], 0, ['tracking-screenshot', 'tracking-number', 'seller-chat']],
    [
      'nonsense counts',
      { 'tracking-screenshot': NaN, 'seller-chat': -2 },
      [],
      0,
      ['tracking-screenshot', 'tracking-number', 'seller-chat'],
    ],
    [
      'ids of other lists are ignored',
      { 'failure-video': 1 },
      ['delivery-deadline-passed'],
      0,
      ['tracking-screenshot', 'tracking-number', 'seller-chat'],
    ],
    [
      'a tick given twice counts once',
      {},
      ['tracking-number', 'tracking-number'],
      1,
      ['tracking-screenshot', 'seller-chat'],
    ],
  ])('%s', (_case, files, ticked, done, missing) => {
    const progress = evidenceProgress(ITEMS, files, ticked);
    expect(progress).toMatchObject({ done, required: 3 });
    expect(missingIds(files, ticked)).toEqual(missing);
    expect(progress.done + progress.missing.length).toBe(progress.required);
  });

  it('reads counts only from the record itself, not its prototype', () => {
    const files = Object.create({ 'tracking-screenshot': 1 }) as Record<string, number>;
    expect(missingIds(files, [])).toContain('tracking-screenshot');
    expect(missingIds(JSON.parse('{"__proto__": {"seller-chat": 1}}'), [])).toContain('seller-chat');
  });

  it('names the missing items in the order of the list', () => {
    const list = checklistFor('damaged');
    const progress = evidenceProgress(list, { 'package-photos': 1 }, []);
    expect(progress.missing.map((item) => item.id)).toEqual(['damage-photos', 'seller-chat']);
    expect(progress).toMatchObject({ done: 1, required: 3 });
  });

  it('an empty list is complete: nothing required', () => {
    expect(evidenceProgress([], {}, [])).toEqual({ done: 0, required: 0, missing: [] });
  });

  it('isItemDone marks optional items too', () => {
    expect(isItemDone(ITEMS[2]!, { 'post-office-statement': 1 }, [])).toBe(true);
    expect(isItemDone(ITEMS[2]!, {}, ['post-office-statement'])).toBe(false);
  });
});
