import { describe, expect, it } from 'vitest';
import checkEn from '../../../locales/check/en.json';
import checkRu from '../../../locales/check/ru.json';
import dashboardEn from '../../../locales/dashboard/en.json';
import dashboardRu from '../../../locales/dashboard/ru.json';
import en from '../../../locales/en.json';
import dossierEn from '../../../locales/dossier/en.json';
import dossierRu from '../../../locales/dossier/ru.json';
import evidenceEn from '../../../locales/evidence/en.json';
import evidenceRu from '../../../locales/evidence/ru.json';
import optionsEn from '../../../locales/options/en.json';
import optionsRu from '../../../locales/options/ru.json';
import pageEn from '../../../locales/page/en.json';
import pageRu from '../../../locales/page/ru.json';
import pagesEn from '../../../locales/pages/en.json';
import pagesRu from '../../../locales/pages/ru.json';
import remindersEn from '../../../locales/reminders/en.json';
import remindersRu from '../../../locales/reminders/ru.json';
import ru from '../../../locales/ru.json';
import templatesEn from '../../../locales/templates/en.json';
import templatesRu from '../../../locales/templates/ru.json';
import syncEn from '../../../locales/sync/en.json';
import syncRu from '../../../locales/sync/ru.json';
import { createTranslator, pickLanguage } from '../../../lib/i18n';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
type Strings = Record<string, string>;

// Each surface's bundle: the panel's, the page widgets', the extension pages', the dispute check's, the reminders',
// the evidence checklists', the reply templates', the dispute dossier's.
const BUNDLES: Array<[string, Strings, Strings]> = [
  ['panel', en, ru],
  ['page', pageEn, pageRu],
  ['pages', pagesEn, pagesRu],
  ['check', checkEn, checkRu],
  ['reminders', remindersEn, remindersRu],
  ['evidence', evidenceEn, evidenceRu],
  ['templates', templatesEn, templatesRu],
  ['dossier', dossierEn, dossierRu],
  ['sync', syncEn, syncRu],
  ['options', optionsEn, optionsRu],
  ['dashboard', dashboardEn, dashboardRu],
];

describe.each(BUNDLES)('locales: %s', (_name, english, russian) => {
  it('English and Russian have the same messages, apart from plural forms', () => {
    const base = (keys: string[]) => new Set(keys.map((key) => key.replace(PLURAL_SUFFIX, '')));
    expect([...base(Object.keys(russian))].sort()).toEqual([...base(Object.keys(english))].sort());
  });

  it('every message is non-empty and uses the same placeholders in both languages', () => {
    for (const [key, text] of Object.entries(english)) {
      expect(text.trim(), key).not.toBe('');
      const translated = russian[key] ?? russian[key.replace(PLURAL_SUFFIX, '_other')];
      expect(translated?.trim(), `ru ${key}`).toBeTruthy();
      expect(placeholders(translated!), key).toEqual(placeholders(text));
    }
  });

  it('Russian plurals have one, few, many and other forms; English one and other', () => {
    const pluralBases = Object.keys(english)
      .filter((key) => key.endsWith('_other'))
      .map((key) => key.replace('_other', ''));
    for (const base of pluralBases) {
      for (const form of ['one', 'few', 'many', 'other'])
        expect(russian, `${base}_${form}`).toHaveProperty(`${base}_${form}`);
      for (const form of ['one', 'other']) expect(english, `${base}_${form}`).toHaveProperty(`${base}_${form}`);
    }
  });
});

it('no key is defined in two bundles', () => {
  const keys = BUNDLES.flatMap(([, english]) => Object.keys(english));
  expect(keys.length).toBe(new Set(keys).size);
});

describe('translator', () => {
  it.each([
    [1, 'Открыт 1 раз'],
    [2, 'Открыт 2 раза'],
    [4, 'Открыт 4 раза'],
    [5, 'Открыт 5 раз'],
    [11, 'Открыт 11 раз'],
    [21, 'Открыт 21 раз'],
    [22, 'Открыт 22 раза'],
    [25, 'Открыт 25 раз'],
    [111, 'Открыт 111 раз'],
  ])('Russian plural for %i', (count, expected) => {
    expect(createTranslator('ru').plural('visits', count)).toBe(expected);
  });

  it('English plural', () => {
    const { plural } = createTranslator('en');
    expect(plural('visits', 1)).toBe('Opened 1 time');
    expect(plural('visits', 2)).toBe('Opened 2 times');
  });

  it('interpolates and leaves unknown placeholders visible', () => {
    const { t } = createTranslator('en');
    expect(t('status.error', { reason: 'x' })).toBe("Couldn't save on this device: x");
    expect(t('status.error')).toContain('{reason}');
  });

  it('does not read placeholder values from the prototype chain', () => {
    expect(createTranslator('en').t('status.error', {})).toContain('{reason}');
    expect(createTranslator('en').t('status.error', JSON.parse('{"__proto__": {"reason": "polluted"}}'))).toContain(
      '{reason}',
    );
  });

  it.each([
    [['ru-RU', 'en-US'], 'ru'],
    [['en-GB', 'ru'], 'en'],
    [['de-DE', 'ru-RU'], 'ru'],
    [['uk-UA', 'pl'], 'en'],
    [['RU'], 'ru'],
    [[], 'en'],
  ])('picks a language from %j', (preferred, expected) => {
    expect(pickLanguage(preferred)).toBe(expected);
  });
});
