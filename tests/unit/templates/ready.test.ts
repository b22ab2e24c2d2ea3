import { describe, expect, it } from 'vitest';
import { checkDispute } from '../../../lib/analyzer';
import { shippedModel } from '../../analyzer/learned-model';
import type { Language } from '../../../lib/i18n/strings';
import { fillTemplate } from '../../../lib/templates/fill-template';
import { TEMPLATE_IDS } from '../../../lib/templates/template-ids';
import type { BuyerSlot, FactSlot } from '../../../lib/templates/slots';
import en from '../../../locales/templates/en.json';
import ru from '../../../locales/templates/ru.json';
import { CASE, EVIDENCE } from './case';

// What a buyer would type into each gap: concrete, dated, calm.
const FILLS: Record<Language, Record<BuyerSlot, string>> = {
  en: {
    problem: 'the plug of the cable is cracked and the braid is torn at the connector',
    received: 'is only 1 m long',
    listingSays: 'the cable is 2 m long',
    noticedOn: 'March 14',
    trackingStatus: 'in transit since February 20, no updates after that',
    amount: '8',
    reasons: 'the offered sum covers only a small part of the price of a cable I cannot use',
    extension: '15 days',
    sellerAnswer: 'offered to send a coupon and did not answer about the refund',
  },
  ru: {
    problem: 'штекер кабеля треснул, оплётка порвана у разъёма',
    received: 'кабель длиной 1 м',
    listingSays: 'длина кабеля 2 м',
    noticedOn: '14 марта',
    trackingStatus: 'посылка в пути с 20 февраля, обновлений нет',
    amount: '8',
    reasons: 'предложенная сумма покрывает только малую часть цены кабеля, которым нельзя пользоваться',
    extension: '15 дней',
    sellerAnswer: 'предложил купон и не ответил про возврат денег',
  },
};

// On a page that showed nothing, the buyer types the facts in too.
const FACT_FILLS: Record<Language, Record<FactSlot, string>> = {
  en: {
    orderId: '8190000123456790',
    disputeId: '5012345678901234',
    item: 'USB-C cable 2 m',
    shippedOn: 'February 2',
    deliveredOn: 'March 12',
    protectionEnd: 'April 3',
    total: '12.99 USD',
    tracking: 'LP00123456789012',
    offer: '3 USD',
    evidence: 'photos of the damage and of the package',
  },
  ru: {
    orderId: '8190000123456790',
    disputeId: '5012345678901234',
    item: 'кабель USB-C 2 м',
    shippedOn: '2 февраля',
    deliveredOn: '12 марта',
    protectionEnd: '3 апреля',
    total: '12,99 USD',
    tracking: 'LP00123456789012',
    offer: '3 USD',
    evidence: 'фото повреждений и упаковки',
  },
};

const STRINGS = { en, ru };
// As the worker checks it: rules and the shipped learned model.
const LEARNED = shippedModel();
const CASES = [
  // A bare number is a sum in the order's currency...
  ['the case as the pages showed it', CASE, EVIDENCE, {}],
  // ...which is unknown here, so the buyer names it.
  ['nothing known but what the buyer types', {}, [], { amount: '8 USD' }],
] as const;

describe.each(
  CASES.flatMap(([name, facts, evidence, extra]) =>
    (['en', 'ru'] as const).map((language) => ({ name, facts, evidence, extra, language })),
  ),
)('every template in $language, $name', ({ facts, evidence, extra, language }) => {
  it.each(TEMPLATE_IDS)('%s is ready once its gaps are filled', (id) => {
    const asked = fillTemplate({ id, language, strings: STRINGS[language], facts, evidence });
    const fills = { ...FACT_FILLS[language], ...FILLS[language], ...extra };
    // The buyer fills exactly the gaps the panel asks for.
    const inputs = Object.fromEntries(asked.asked.map((slot) => [slot, fills[slot]]));
    const filled = fillTemplate({ id, language, strings: STRINGS[language], facts, evidence, inputs });
    expect(filled.blanks).toEqual([]);
    // As a real submission: the photos are in the form, and the order's checklist holds the buyer's files.
    const result = checkDispute(
      {
        text: filled.text,
        orderTotal: 12.99,
        currency: 'USD',
        attachedFiles: 2,
        keptFiles: 3,
        formLanguage: language,
      },
      LEARNED,
    );
    const warnings = result.findings.filter((finding) => finding.severity !== 'tip').map((finding) => finding.code);
    expect(warnings, filled.text).toEqual([]);
    expect(result.verdict, filled.text).toBe('ready');
    expect(result.language).toBe(language);
  });
});
