import { describe, expect, it } from 'vitest';
import { allMatches, firstIndex, oneOf, spansByLexicon, wordPattern } from '../../../lib/analyzer/patterns';

describe('allMatches', () => {
  it.each([
    [/\p{L}+/gu, 'один, two; три'],
    [/x*/g, 'axxb'],
    [/(?:)/gu, 'a😀b'],
    [/\d+|(?=!)/g, '12!3!!'],
  ])('finds what matchAll finds: %s in %j', (pattern, text) => {
    const expected = [...text.matchAll(pattern)].map((match) => [match.index, match[0]]);
    expect(allMatches(pattern, text).map((match) => [match.index, match[0]])).toEqual(expected);
  });

  it('compiles a large lexicon at once without changing what it finds, even one that matches the blank line', () => {
    // Over 1,000 characters of source, so its first use scans a blank line ending in «я» first: nothing may leak out.
    const lines = [...Array.from({ length: 200 }, (_, index) => `w${index}x`), 'я'];
    const lexicon = wordPattern({ raw: [`\n${lines.join('\n')}\n`] } as unknown as TemplateStringsArray);
    expect(lexicon.pattern.source.length).toBeGreaterThan(1000);
    const text = 'w7x я  w199x';
    const expected = [...text.matchAll(new RegExp(lexicon.pattern.source, 'g'))].map((match) => [
      match.index,
      match[0],
    ]);
    expect(expected).toHaveLength(3);
    expect(allMatches(lexicon, text).map((match) => [match.index, match[0]])).toEqual(expected);
    expect(
      firstIndex(wordPattern({ raw: [`\n${lines.join('\n')}\n`] } as unknown as TemplateStringsArray), 'aa w3x'),
    ).toBe(3);
  });

  it('leaves the shared pattern ready for the next caller, even when it found nothing', () => {
    const pattern = /б/g;
    pattern.lastIndex = 5;
    expect(allMatches(pattern, 'абаб')).toHaveLength(2);
    expect(pattern.lastIndex).toBe(0);
    expect(allMatches(pattern, 'ккк')).toHaveLength(0);
    expect(pattern.lastIndex).toBe(0);
  });
});

describe('spansByLexicon', () => {
  it('tells which lexicon matched each word, the earlier one winning', () => {
    const first = wordPattern`
кот~
`;
    const second = wordPattern`
котел
пес
`;
    const spans = spansByLexicon(oneOf([first, second]), 'котел и пес, кот');
    expect(spans).toEqual([
      [
        { start: 0, end: 5 },
        { start: 13, end: 16 },
      ],
      [{ start: 8, end: 11 }],
    ]);
  });
});
