import type { Language } from '../../../lib/i18n/strings';
import { fillTemplate } from '../../../lib/templates/fill-template';
import type { BuyerSlot, FactSlot } from '../../../lib/templates/slots';
import { TEMPLATE_IDS } from '../../../lib/templates/template-ids';
import en from '../../../locales/templates/en.json';
import ru from '../../../locales/templates/ru.json';
import type { CorpusCase } from './types';

/**
 * The product's own reply templates (lib/templates), filled for an order unlike the one the template tests use: texts
 * the extension itself writes, so they are innocent and complete by construction, and the learned model is taught
 * that a polite letter addressed to the seller ("Thank you for your offer…") is not an insult. The template tests keep
 * their own fills, which the model never sees.
 */
const FILLS: Record<Language, Record<BuyerSlot | FactSlot, string>> = {
  en: {
    problem: 'the left hinge of the laptop stand is bent and the stand wobbles under a 2 kg laptop',
    received: 'holds only 15 degrees of tilt',
    listingSays: 'the stand tilts up to 45 degrees',
    noticedOn: 'June 3',
    trackingStatus: 'stuck at the sorting centre since May 10',
    amount: '11 USD',
    reasons: 'a coupon for the next order does not help with a stand I cannot use',
    extension: '10 days',
    sellerAnswer: 'asked me to bend the hinge back by hand',
    orderId: '8123456789012345',
    disputeId: '5098765432109876',
    item: 'aluminium laptop stand',
    shippedOn: 'May 2',
    deliveredOn: 'May 30',
    protectionEnd: 'June 20',
    total: '24.50 USD',
    tracking: 'YT2312345678901234',
    offer: '2 USD',
    evidence: 'a video of the wobble and photos of the hinge',
  },
  ru: {
    problem: 'левый шарнир подставки для ноутбука погнут, подставка шатается под ноутбуком весом 2 кг',
    received: 'наклон только 15 градусов',
    listingSays: 'наклон до 45 градусов',
    noticedOn: '3 июня',
    trackingStatus: 'посылка лежит в сортировочном центре с 10 мая',
    amount: '800 рублей',
    reasons: 'купон на следующий заказ не поможет с подставкой, которой нельзя пользоваться',
    extension: '10 дней',
    sellerAnswer: 'предложил выпрямить шарнир руками',
    orderId: '8123456789012345',
    disputeId: '5098765432109876',
    item: 'алюминиевая подставка для ноутбука',
    shippedOn: '2 мая',
    deliveredOn: '30 мая',
    protectionEnd: '20 июня',
    total: '1 900 рублей',
    tracking: 'YT2312345678901234',
    offer: '150 рублей',
    evidence: 'видео, как подставка шатается, и фото шарнира',
  },
};

const STRINGS = { en, ru };

export const PRODUCT_TEMPLATES: CorpusCase[] = (['ru', 'en'] as const).flatMap((language) =>
  TEMPLATE_IDS.map((id): CorpusCase => {
    const asked = fillTemplate({ id, language, strings: STRINGS[language], facts: {}, evidence: [] }).asked;
    const inputs = Object.fromEntries(asked.map((slot) => [slot, FILLS[language][slot]]));
    const { text } = fillTemplate({ id, language, strings: STRINGS[language], facts: {}, evidence: [], inputs });
    return {
      id: `tpl-${language}-${id}`,
      lang: language,
      text,
      draft: { attachedFiles: 2, keptFiles: 3, formLanguage: language },
      expect: { verdict: 'ready', findings: [] },
    };
  }),
);
