import type { DossierCase } from '../../../lib/dossier/read-dossier-case';
import dossierEn from '../../../locales/dossier/en.json';
import evidenceEn from '../../../locales/evidence/en.json';
import remindersEn from '../../../locales/reminders/en.json';
import { createTranslator } from '../../../lib/i18n';

export const ORDER = '8190000123456703';
export const DISPUTE = '5012345678901201';
/** Noon UTC on 8 Jan 2026: the buyer's answer is due on the 12th. */
export const NOW = Date.UTC(2026, 0, 8, 12);
export const READ_AT = Date.UTC(2026, 0, 8, 10);

export const HOSTILE = {
  store: '<img src=x onerror="alert(1)">',
  message: '</script><script>alert("x")</script>',
  reason: `Item "not" as described & 'broken'`,
};

/** The English translator of the dossier page: the panel's, the reminders', the checklist's and the dossier's strings. */
export const i18n = createTranslator('en', { ...remindersEn, ...evidenceEn, ...dossierEn });

const origin = { source: 'page-data' as const, at: READ_AT };

/** A dispute where the seller offered less than asked, with page text that tries to become markup. */
export function hostileCase(): DossierCase {
  return {
    orderId: ORDER,
    order: {
      orderId: ORDER,
      site: 'global',
      facts: {
        orderId: ORDER,
        source: 'page-data',
        status: 'in_dispute',
        store: { name: HOSTILE.store },
        items: [{ title: 'Wireless Earbuds', quantity: 2, price: { amount: 19.35, currency: 'USD' } }],
        total: { amount: 38.7, currency: 'USD' },
        orderedOn: '2025-12-01',
        shippedOn: '2025-12-03',
        tracking: [{ number: 'LP00123456789012', carrier: 'Cainiao' }],
      },
      origins: {},
      updatedAt: READ_AT,
    },
    dispute: {
      disputeId: DISPUTE,
      orderId: ORDER,
      site: 'global',
      facts: {
        disputeId: DISPUTE,
        orderId: ORDER,
        source: 'page-data',
        reason: HOSTILE.reason,
        resolution: 'partial_refund',
        requestedAmount: { amount: 18.02, currency: 'USD' },
        status: 'awaiting_buyer',
        deadline: { on: '2026-01-12T08:40' },
        openedOn: '2026-01-05T10:12',
        history: [
          { actor: 'buyer', at: '2026-01-05T10:12', text: 'Left earbud has no sound.' },
          {
            actor: 'seller',
            at: '2026-01-07T08:40',
            action: 'seller_create_solution',
            text: HOSTILE.message,
            amount: { amount: 5, currency: 'USD' },
          },
        ],
      },
      origins: {},
      updatedAt: READ_AT,
    },
    otherDisputes: [],
    readings: [{ kind: 'buyer_response', on: '2026-01-12T08:40', field: 'deadline', origin }],
    timeline: [
      { kind: 'page-seen', at: READ_AT, key: 'reminders.log.seen-dispute', params: {} },
      {
        kind: 'seller-replied',
        at: READ_AT + 1,
        key: 'reminders.log.seller.proposal',
        params: { amount: 5, currency: 'USD', on: '2026-01-07T08:40', fact: 'x' },
      },
    ],
    evidence: {
      problem: 'not_as_described',
      ticked: [],
      files: [
        {
          id: '0b0c1f44-7f5a-4b7e-9a43-3d2f7c1e9a01',
          orderId: ORDER,
          itemId: 'difference-photos',
          name: 'earbud.png',
          mime: 'image/png',
          kind: 'image',
          size: 4,
          addedAt: READ_AT,
        },
        {
          id: '0b0c1f44-7f5a-4b7e-9a43-3d2f7c1e9a02',
          orderId: ORDER,
          itemId: 'seller-chat',
          name: 'earbud.png',
          mime: 'image/png',
          kind: 'image',
          size: 3,
          addedAt: READ_AT + 1,
        },
        {
          id: '0b0c1f44-7f5a-4b7e-9a43-3d2f7c1e9a03',
          orderId: ORDER,
          itemId: 'payment-confirmation',
          name: 'statement.pdf',
          mime: 'application/pdf',
          kind: 'document',
          size: 2000,
          addedAt: READ_AT + 2,
        },
      ],
    },
  };
}
