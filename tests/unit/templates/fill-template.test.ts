import { describe, expect, it } from 'vitest';
import { askExtensionBy } from '../../../lib/templates/extension-ask';
import { evidenceHeld } from '../../../lib/templates/evidence-list';
import { writeDate, writeMoney } from '../../../lib/templates/fact-values';
import { fillTemplate, MAX_INPUT_CHARS } from '../../../lib/templates/fill-template';
import { slotsOf } from '../../../lib/templates/slots';
import { TEMPLATE_IDS } from '../../../lib/templates/template-ids';
import en from '../../../locales/templates/en.json';
import ru from '../../../locales/templates/ru.json';
import { CASE, EVIDENCE } from './case';

describe('fillTemplate', () => {
  it('fills what the case knows and leaves the rest as named gaps', () => {
    const filled = fillTemplate({ id: 'describe.damaged', language: 'en', strings: en, facts: CASE });
    expect(filled.text).toBe(
      'Hello. My order 8190000123456790 (USB-C Fast Charging Cable 2m Braided Nylon 100W) was delivered on March 12, 2025. ' +
        'When I opened the parcel, I found that [what exactly is wrong]. I attach photos of the damage and of the package. ' +
        'Please issue a full refund of 12.99 USD.',
    );
    expect(filled.asked).toEqual(['problem']);
    expect(filled.blanks).toEqual(['problem']);
  });

  it('makes nothing up: with no facts every fact is a gap', () => {
    const filled = fillTemplate({ id: 'ask.extension', language: 'ru', strings: ru, facts: {} });
    expect(filled.blanks).toEqual([
      'orderId',
      'item',
      'shippedOn',
      'tracking',
      'trackingStatus',
      'protectionEnd',
      'extension',
      'total',
    ]);
    expect(filled.text).toContain('[трек-номер]');
    expect(filled.text.replace(/\[[^\]]*\]/g, '')).not.toMatch(/\d/);
  });

  it('takes the seller’s newest offer, the evidence held and the dispute id from the case', () => {
    const filled = fillTemplate({
      id: 'ask.support',
      language: 'en',
      strings: en,
      facts: CASE,
      evidence: EVIDENCE,
    });
    expect(filled.text).toContain('dispute 5012345678901234 about order 8190000123456790');
    expect(filled.text).toContain(
      'Evidence attached to the dispute: photos of the damage; photos of the package; a screenshot of my chat with the seller.',
    );
    expect(fillTemplate({ id: 'reply.accept', language: 'ru', strings: ru, facts: CASE }).text).toContain(
      'возврат 3 USD',
    );
    expect(fillTemplate({ id: 'ask.support', language: 'en', strings: en, facts: CASE }).blanks).toContain('evidence');
  });

  it('keeps a typed gap to one bounded line of plain text, and a bare sum in the order’s currency', () => {
    const filled = fillTemplate({
      id: 'reply.counter',
      language: 'ru',
      strings: ru,
      facts: CASE,
      inputs: { problem: ` line one\n\u0007line\u202e two  ${'x'.repeat(500)}`, amount: '8,5', noticedOn: '   ' },
    });
    expect(filled.text).toContain('Предлагаю частичный возврат 8,50 USD.');
    const problem = filled.text.split('недостаточно: ')[1]!.split(';')[0]!;
    expect(problem.startsWith('line one line two x')).toBe(true);
    expect(problem.length).toBe(MAX_INPUT_CHARS);
    // Spaces alone fill nothing.
    expect(filled.blanks).toEqual(['noticedOn']);
  });

  it('leaves a sum the buyer wrote with a currency as written', () => {
    const filled = fillTemplate({
      id: 'reply.counter',
      language: 'en',
      strings: en,
      facts: {},
      inputs: { amount: '€8' },
    });
    expect(filled.text).toContain('partial refund of €8 instead');
  });
});

describe('templates', () => {
  it.each(TEMPLATE_IDS)('%s has a text and a name in both languages, with the same gaps', (id) => {
    for (const strings of [en, ru] as Array<Record<string, string>>) {
      expect(strings[`templates.text.${id}`], id).toBeTruthy();
      expect(strings[`templates.name.${id}`], id).toBeTruthy();
    }
    const gaps = (strings: Record<string, string>) => slotsOf(strings[`templates.text.${id}`]!).sort();
    expect(gaps(ru)).toEqual(gaps(en));
    // Every gap is one the filling knows: an unknown `{name}` would reach the buyer as it is.
    for (const strings of [en, ru] as Array<Record<string, string>>) {
      const text = strings[`templates.text.${id}`]!;
      const named = [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      expect(new Set(named)).toEqual(new Set(slotsOf(text)));
    }
  });
});

describe('facts in words', () => {
  it('writes dates and sums the way the dispute check reads them', () => {
    expect(writeDate('2025-03-03', 'en')).toBe('March 3, 2025');
    expect(writeDate('2025-03-03T18:39', 'ru')).toBe('3 марта 2025');
    expect(writeMoney({ amount: 1234.5, currency: 'RUB' }, 'ru')).toBe('1234,50 ₽');
    expect(writeMoney({ amount: 12, currency: 'USD' }, 'en')).toBe('12 USD');
  });

  it('shortens a long listing title at a word', () => {
    const title = `Cable ${'very long keyword '.repeat(10)}`;
    const item = fillTemplate({
      id: 'describe.damaged',
      language: 'en',
      strings: en,
      facts: { order: { ...CASE.order!, facts: { ...CASE.order!.facts, items: [{ title }] } } },
    }).text.match(/\((.*?)\)/)![1]!;
    expect(item.length).toBeLessThanOrEqual(81);
    expect(item.endsWith('keyword…')).toBe(true);
  });
});

describe('asking for an extension', () => {
  it('is due a week before protection ends', () => {
    expect(askExtensionBy('2025-04-03')).toBe('2025-03-27');
    expect(askExtensionBy('2025-03-05T10:00')).toBe('2025-02-26');
  });
});

describe('evidenceHeld', () => {
  it('names the items with a file, or ticked where nothing is attached, and files kept outside the list', () => {
    const held = evidenceHeld(
      {
        counts: { 'tracking-screenshot': 2, 'seller-chat': 0, 'damage-photos': 1, bogus: 3 },
        ticked: ['tracking-number', 'seller-chat'],
      },
      'not_received',
    );
    expect(held).toEqual(['tracking-screenshot', 'tracking-number', 'damage-photos']);
    expect(evidenceHeld(undefined, 'damaged')).toEqual([]);
  });
});
