import type { CaseFacts } from '../../../lib/templates/fact-values';

const AT = { source: 'page-data' as const, at: 1_700_000_000_000 };

/** An order and its dispute as the pages showed them: every fact a template can take. */
export const CASE: CaseFacts = {
  order: {
    orderId: '8190000123456790',
    site: 'global',
    facts: {
      orderId: '8190000123456790',
      source: 'page-data',
      items: [{ title: 'USB-C Fast Charging Cable 2m Braided Nylon 100W', quantity: 1 }],
      total: { amount: 12.99, currency: 'USD' },
      orderedOn: '2025-01-28',
      shippedOn: '2025-02-02',
      deliveredOn: '2025-03-12',
      tracking: [{ number: 'LP00123456789012', carrier: 'Cainiao' }],
      protectionEndsOn: '2025-04-03',
    },
    origins: { total: AT },
    updatedAt: AT.at,
  },
  dispute: {
    disputeId: '5012345678901234',
    orderId: '8190000123456790',
    site: 'global',
    facts: {
      disputeId: '5012345678901234',
      source: 'page-data',
      history: [
        { actor: 'buyer', at: '2025-03-14', action: 'initiate', amount: { amount: 12.99, currency: 'USD' } },
        { actor: 'seller', at: '2025-03-15', action: 'seller_create_solution', amount: { amount: 3, currency: 'USD' } },
      ],
    },
    origins: {},
    updatedAt: AT.at,
  },
};

export const EVIDENCE = ['damage-photos', 'package-photos', 'seller-chat'];
