import { describe, expect, it } from 'vitest';
import { FILE_REFUSALS, FILE_WARNINGS } from '../../../lib/evidence/check-file';
import {
  checklistFor,
  EVIDENCE_ITEM_IDS,
  isEvidenceItemId,
  type EvidenceItem,
  type EvidenceItemId,
} from '../../../lib/evidence/checklists';
import type { MessageKey } from '../../../lib/i18n';
import { PROBLEM_KINDS, type ProblemKind } from '../../../lib/model/problem-kinds';
import en from '../../../locales/evidence/en.json';
import ru from '../../../locales/evidence/ru.json';

const ids = (items: readonly EvidenceItem[]) => items.map((item) => item.id);
const COMMON = ['seller-chat', 'payment-confirmation'];

describe('checklists', () => {
  it.each(PROBLEM_KINDS)('%s: its own items first, then the common ones, each id once', (problem) => {
    const list = ids(checklistFor(problem));
    expect(new Set(list).size).toBe(list.length);
    expect(list.slice(-COMMON.length)).toEqual(COMMON);
    expect(list.slice(0, -COMMON.length).some((id) => COMMON.includes(id))).toBe(false);
    expect(checklistFor(problem).some((item) => item.required)).toBe(true);
  });

  it.each<[ProblemKind, EvidenceItemId[]]>([
    ['not_received', ['tracking-screenshot', 'tracking-number', 'delivery-deadline-passed', 'post-office-statement']],
    ['not_as_described', ['listing-screenshot', 'difference-photos', 'measurements']],
    ['damaged', ['package-photos', 'damage-photos', 'unboxing-video', 'parcel-label', 'parcel-weight']],
    ['wrong_item', ['listing-screenshot', 'received-item-photos']],
    ['missing_parts', ['listing-screenshot', 'received-contents-photo']],
    ['not_working', ['failure-video']],
    ['counterfeit', ['listing-screenshot', 'brand-marks-photos']],
    ['empty_package', ['package-photos', 'parcel-label', 'parcel-weight']],
  ])('%s asks for what the issue lists', (problem, expected) => {
    expect(ids(checklistFor(problem))).toEqual(expect.arrayContaining(expected));
  });

  it('only the facts a buyer checks are ticks; every other item takes files', () => {
    const ticks = new Set(
      PROBLEM_KINDS.flatMap((problem) =>
        checklistFor(problem)
          .filter((item) => item.accepts.length === 0)
          .map((i) => i.id),
      ),
    );
    expect([...ticks].sort()).toEqual(['delivery-deadline-passed', 'tracking-number']);
  });

  it('a failure is proved by video, a difference by photo or video, a statement by photo or PDF', () => {
    const item = (problem: ProblemKind, id: EvidenceItemId) => checklistFor(problem).find((i) => i.id === id)!;
    expect(item('not_working', 'failure-video')).toMatchObject({ required: true, accepts: ['video'] });
    expect(item('not_as_described', 'difference-photos').accepts).toEqual(['image', 'video']);
    expect(item('not_received', 'post-office-statement')).toMatchObject({
      required: false,
      accepts: ['image', 'document'],
    });
    expect(item('damaged', 'unboxing-video')).toMatchObject({ required: false, accepts: ['video'] });
  });

  it('every id is used by some list, and ids are kebab-case', () => {
    const used = new Set(PROBLEM_KINDS.flatMap((problem) => ids(checklistFor(problem))));
    expect(EVIDENCE_ITEM_IDS.filter((id) => !used.has(id))).toEqual([]);
    for (const id of EVIDENCE_ITEM_IDS) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('the lists cannot be changed by a caller', () => {
    const list = checklistFor('damaged') as EvidenceItem[];
    expect(() => list.push(list[0]!)).toThrow();
    expect(() => ((list[0] as { required: boolean }).required = false)).toThrow();
    expect(() => (list[0]!.accepts as string[]).push('document')).toThrow();
  });

  it.each([...EVIDENCE_ITEM_IDS])('%s is an item id', (id) => expect(isEvidenceItemId(id)).toBe(true));

  it.each(['', 'constructor', '__proto__', 'toString', 'Tracking-Screenshot', 'tracking screenshot', 'photo'])(
    '%j is not an item id',
    (id) => expect(isEvidenceItemId(id)).toBe(false),
  );
});

describe('checklist strings', () => {
  const parts = ['title', 'why', 'good'] as const;

  it.each([
    ['en', en],
    ['ru', ru],
  ] as const)(
    '%s: every item of every list has its title, why and what a good one looks like',
    (_language, strings) => {
      const texts: Record<string, string> = strings;
      for (const problem of PROBLEM_KINDS)
        for (const item of checklistFor(problem))
          for (const part of parts) {
            // Typed: tsc fails here too when a key is missing from the English bundle.
            const key: MessageKey = `evidence.item.${item.id}.${part}`;
            expect(texts[key]?.trim(), key).toBeTruthy();
          }
    },
  );

  it('no item string is left over from an item that is gone', () => {
    const itemKeys = Object.keys(en).filter((key) => key.startsWith('evidence.item.'));
    const expected = EVIDENCE_ITEM_IDS.flatMap((id) => parts.map((part) => `evidence.item.${id}.${part}`));
    expect(itemKeys.sort()).toEqual(expected.sort());
  });

  it('every refusal and warning of the file check says what to do, in both languages', () => {
    const keys: MessageKey[] = [
      ...FILE_REFUSALS.map((reason) => `evidence.file.${reason}` as const),
      'evidence.file.too-many',
      ...FILE_WARNINGS.map((warning) => `evidence.warning.${warning}` as const),
    ];
    const english: Record<string, string> = en;
    const russian: Record<string, string> = ru;
    for (const key of keys) {
      expect(english[key], key).toBeTruthy();
      expect(russian[key], key).toMatch(/[а-яё]/i);
    }
  });

  it('Russian texts are Russian, not copies of the English', () => {
    const english: Record<string, string> = en;
    for (const [key, text] of Object.entries(ru)) {
      expect(text, key).not.toBe(english[key]);
      expect(text, key).toMatch(/[а-яё]/i);
    }
  });
});
