import { describe, expect, it } from 'vitest';
import { checkDispute } from '../../../lib/analyzer';
import { codes } from './helpers';

const READY_RU =
  'Здравствуйте. 14 марта при распаковке обнаружила трещину на экране длиной 3 см. Фото прилагаю. Прошу вернуть полную стоимость заказа.';
const READY_EN =
  'Hello. The left earbud does not charge since the first day, March 3. A video is attached. Please issue a full refund.';

// The ready texts promise a photo or video, so the form has one.
const ATTACHED = { attachments: [{ name: 'photo.jpg', type: 'image/jpeg', size: 1 }] };

describe('verdict', () => {
  it('a polite and complete text is ready', () => {
    for (const text of [READY_RU, READY_EN]) {
      const result = checkDispute({ ...ATTACHED, text });
      expect(result.verdict, text).toBe('ready');
      expect(result.findings).toEqual([]);
      expect(result.score).toBe(100);
    }
  });

  it('abuse is a blocker even when everything else is there', () => {
    const result = checkDispute({ ...ATTACHED, text: `${READY_RU} Уроды.` });
    expect(result.verdict).toBe('blocker');
    expect(result.score).toBeLessThanOrEqual(30);
    expect(result.findings.find((item) => item.code === 'insult')?.severity).toBe('blocker');
  });

  it('missing facts, tone or an accusation need work', () => {
    expect(checkDispute({ text: 'Верните деньги' }).verdict).toBe('needs_work');
    expect(checkDispute({ ...ATTACHED, text: `${READY_RU} Ужас!!!` }).verdict).toBe('needs_work');
    expect(checkDispute({ ...ATTACHED, text: `${READY_RU} Вы мошенники.` }).verdict).toBe('needs_work');
  });

  it('tips alone keep a text ready', () => {
    const result = checkDispute({ ...ATTACHED, text: READY_RU, resolution: 'exchange' });
    expect(result.findings.map((item) => item.code)).toEqual(['resolution_conflict']);
    expect(result.verdict).toBe('ready');
    expect(result.score).toBeLessThan(100);
  });

  it('each finding says what to do; tone findings offer a calm rewrite in the text language', () => {
    const { findings } = checkDispute({ text: 'Вы мошенники!!! Верните деньги' });
    for (const item of findings) {
      expect(item.messageKey).toBe(`check.finding.${item.code}.advice`);
      expect(item.suggestion).toBeDefined();
    }
    expect(findings.find((item) => item.code === 'accusation')?.suggestion).toEqual({
      kind: 'rewrite',
      key: 'check.rewrite.accusation',
    });
    expect(findings.find((item) => item.code === 'missing_when')?.suggestion?.kind).toBe('advice');
  });

  it('spans point at the words in the original text, even after lower-casing and look-alike letters', () => {
    const text = 'ВЫ МОШЕННИКИ, а это х*йня. İstanbul';
    const { findings } = checkDispute({ ...ATTACHED, text });
    const words = (code: string) =>
      findings.find((item) => item.code === code)?.spans.map((span) => text.slice(span.start, span.end));
    expect(words('accusation')).toEqual(['МОШЕННИКИ']);
    expect(words('profanity')).toEqual(['х*йня']);
    expect(words('emotional')).toEqual(['ВЫ', 'МОШЕННИКИ']);
  });
});

describe('length and language', () => {
  it('too short and too long', () => {
    expect(codes('Верните деньги')).toContain('too_short');
    expect(codes(READY_RU)).not.toContain('too_short');
    expect(codes(`${READY_RU} `.repeat(12))).toContain('too_long');
  });

  it.each([
    [READY_RU, 'ru'],
    [READY_EN, 'en'],
    ['ya ne poluchil tovar, verni dengi pozhaluysta', 'ru'],
    ['这个产品坏了', 'other'],
  ])('language of %s', (text, language) => {
    expect(checkDispute({ ...ATTACHED, text }).language).toBe(language);
  });

  it('transliterated Russian is pointed out', () => {
    expect(codes('Zdravstvuyte, posylka ne prishla, proshu vernut dengi')).toContain('translit');
    expect(codes(READY_EN)).not.toContain('translit');
  });

  it('a text in another language than the form is pointed out', () => {
    expect(codes(READY_RU, { formLanguage: 'en' })).toContain('language_mismatch');
    expect(codes(READY_RU, { formLanguage: 'ru' })).not.toContain('language_mismatch');
    expect(codes(READY_EN)).not.toContain('language_mismatch');
    expect(checkDispute({ ...ATTACHED, text: READY_RU, formLanguage: 'en' }).verdict).toBe('ready');
  });

  it('mixed languages are pointed out, brand names are not', () => {
    expect(codes('Товар пришёл, but it is totally broken and does not work. Фото есть.')).toContain('mixed_language');
    expect(codes('Наушники Xiaomi Redmi Buds 4 Pro не заряжаются, кабель USB Type-C исправен.')).not.toContain(
      'mixed_language',
    );
  });
});

describe('an empty text', () => {
  it.each(['', '   ', '\n\t', '...', '?!', '—', 'ок', '12'])('%j gets a prompt to write, not a score', (text) => {
    const result = checkDispute({ text });
    expect(result.empty).toBe(true);
    expect(result.findings.map((item) => item.code)).toEqual(['empty_text']);
    expect(result.verdict).toBe('needs_work');
    expect(result.score).toBe(0);
  });

  it.each(['Брак', 'Ужас!!!', 'Refund', 'Верните деньги', 'Бля', 'ok refund'])('%j is checked as usual', (text) => {
    const result = checkDispute({ text });
    expect(result.empty).toBe(false);
    expect(result.findings.map((item) => item.code)).not.toContain('empty_text');
  });
});
