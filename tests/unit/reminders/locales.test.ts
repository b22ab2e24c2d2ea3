import { describe, expect, it } from 'vitest';
import checkEn from '../../../locales/check/en.json';
import en from '../../../locales/en.json';
import pagesEn from '../../../locales/pages/en.json';
import remindersEn from '../../../locales/reminders/en.json';
import remindersRu from '../../../locales/reminders/ru.json';
import { DEADLINE_KINDS } from '../../../lib/model/deadlines';
import { DISPUTE_STATUSES } from '../../../lib/model/snapshots';

/**
 * The reminders bundle on its own, until the lead adds it to tests/unit/i18n/locales.test.ts's BUNDLES: the same
 * checks, plus every key the pure code builds from a template.
 */
type Strings = Record<string, string>;
const english: Strings = remindersEn;
const russian: Strings = remindersRu;
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('locales: reminders', () => {
  it('English and Russian have the same messages, apart from plural forms', () => {
    const base = (keys: string[]) => new Set(keys.map((key) => key.replace(PLURAL_SUFFIX, '')));
    expect([...base(Object.keys(russian))].sort()).toEqual([...base(Object.keys(english))].sort());
  });

  it('every message is non-empty and uses the same placeholders in both languages', () => {
    for (const [key, text] of Object.entries(english)) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(russian[key] ?? russian[key.replace(PLURAL_SUFFIX, '_other')]!), key).toEqual(
        placeholders(text),
      );
    }
  });

  it('plural forms: Russian one/few/many/other, English one/other', () => {
    const bases = Object.keys(english)
      .filter((k) => k.endsWith('_other'))
      .map((k) => k.replace('_other', ''));
    expect(bases).toEqual(['reminders.left.days', 'reminders.left.hours']);
    for (const base of bases) {
      for (const form of ['one', 'few', 'many', 'other']) expect(russian).toHaveProperty([`${base}_${form}`]);
      for (const form of ['one', 'other']) expect(english).toHaveProperty([`${base}_${form}`]);
    }
  });

  it('shares no key with the other bundles', () => {
    const others = new Set([...Object.keys(en), ...Object.keys(pagesEn), ...Object.keys(checkEn)]);
    expect(Object.keys(english).filter((key) => others.has(key))).toEqual([]);
  });

  it('names every deadline kind and dispute status', () => {
    for (const kind of DEADLINE_KINDS) expect(english).toHaveProperty([`reminders.kind.${kind}`]);
    for (const status of DISPUTE_STATUSES) expect(english).toHaveProperty([`reminders.status.${status}`]);
  });
});
