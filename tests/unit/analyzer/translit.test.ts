import { describe, expect, it } from 'vitest';
import { analyseLanguage } from '../../../lib/analyzer/language';
import { transliterate } from '../../../lib/analyzer/translit';
import { checkDispute } from '../../../lib/analyzer';
import { codes, flagged } from './helpers';

const PHOTO = { attachments: [{ name: 'shtory.jpg', type: 'image/jpeg', size: 90_000 }] };

describe('transliterated Russian is recognised by its words, not by a list of them', () => {
  it.each([
    "Zakazala plat'e, prishlo sovsem drugogo tsveta, khochu obmenyat",
    'Posylku poluchil vchera, korobka mokraya, vnutri vsyo slomano',
    'Dobryi den. Nasos ne kachaet vodu s pervogo dnya, video est',
    'Chasy otstayut na desyat minut v sutki, eto nenormalno',
  ])('%s', (text) => {
    const report = analyseLanguage(text);
    expect(report.language).toBe('ru');
    expect(report.translit.length).toBeGreaterThanOrEqual(2);
  });

  it.each([
    'Xiaomi Redmi Note 12 Pro Max 256GB Global Version',
    'The Baseus charger arrived broken on Monday, photo attached',
    'Sony WH-1000XM5 Midnight Blue, Hoco Zhongli cable, Kia Sorento Prestige',
    'Please refund. Ugreen Nexode charger dead.',
    'Tovar',
  ])('not: %s', (text) => {
    expect(analyseLanguage(text).translit).toEqual([]);
  });
});

describe('transliterate', () => {
  it('reads Latin letters as Cyrillic, with soft signs the typist left out', () => {
    expect(transliterate('shchetka prishla 5 iyunya, verni dengi tolko').text).toBe(
      'щетка пришла 5 июня, верни деньги только',
    );
  });

  it('maps every span of the reading back onto the Latin words', () => {
    const source = 'vy tam na sklade bez mozgov? zhdu';
    const { text, sourceSpan } = transliterate(source);
    const at = (word: string) => {
      const start = text.indexOf(word);
      const span = sourceSpan({ start, end: start + word.length });
      return source.slice(span.start, span.end);
    };
    expect(at('мозгов')).toBe('mozgov');
    expect(at('жду')).toBe('zhdu');
    expect(at('складе без')).toBe('sklade bez');
  });
});

describe('the rules read transliterated Russian in Cyrillic and point at the Latin words', () => {
  it("a threat about the seller's family", () => {
    const text =
      "Ya znayu, gde zhivet vasha sem'ya. Chasy ostanovilis cherez nedelyu, 12 fevralya, foto prilagayu. Vernite dengi.";
    expect(flagged(text, 'threat', PHOTO)?.join(' ')).toMatch(/znayu, gde zhivet/);
  });

  it('an accusation of fraud', () => {
    const text = 'Vy prosto moshenniki, prislali b/u telefon. Poluchil 5 maya, foto prilagayu. Vernite dengi.';
    expect(flagged(text, 'accusation', PHOTO)).toContain('moshenniki');
  });

  it('a complete, polite text is ready: the date and the request are read', () => {
    const text =
      'Zdravstvuyte. Kurtka prishla bez molnii, zametila 3 oktyabrya, kogda dostala iz paketa. Foto prilagayu. Proshu vernut dengi polnostyu.';
    const found = codes(text, PHOTO);
    expect(found).not.toContain('missing_when');
    expect(found).not.toContain('missing_resolution');
    expect(found).toContain('translit');
  });

  it.each([
    ['Lampa prishla razbitoi 2 maya, foto prilagayu. Pomenyaite na celuyu.', 'exchange', undefined],
    [
      'V nabore ne bylo dvukh otvertok, uvidel 2 maya, foto prilagayu. Vernite 350 rubley za nikh.',
      'partial_refund',
      350,
    ],
  ])('the request in %s', (text, resolution, amount) => {
    const { detected } = checkDispute({ text, ...PHOTO });
    expect(detected.resolution).toBe(resolution);
    expect(detected.amount).toBe(amount);
  });
});
