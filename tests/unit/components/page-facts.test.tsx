// @vitest-environment happy-dom
import type { ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel, type PanelProps } from '../../../components/Panel';
import { createTranslator } from '../../../lib/i18n';
import type { PageFacts } from '../../../lib/messaging/protocol';
import { showOrderBadges } from '../../../lib/page-side/order-badges';
import { pageTranslator } from '../../../lib/page-side/page-strings';
import { mount as mountNode } from './mount';

function mount(node: ComponentChild) {
  const { root, get } = mountNode(node);
  const fact = (name: string) => root.querySelector(`[data-fact="${name}"]`)?.textContent;
  return { root, get, fact };
}
afterEach(() => document.body.replaceChildren());

const ORDER = '8190000123456789';
const at = 1_750_000_000_000;
const facts: PageFacts = {
  order: {
    orderId: ORDER,
    site: 'global',
    facts: {
      orderId: ORDER,
      source: 'page-data',
      status: 'shipped',
      store: { name: 'Example Store' },
      items: [{ title: 'USB-C cable <b>2 m</b>', quantity: 2, options: ['Black'] }],
      total: { amount: 12.5, currency: 'USD' },
      orderedOn: '2026-10-01',
      tracking: [{ number: 'LP00123456789CN', carrier: 'Cainiao' }],
      protectionEndsOn: '2026-12-20',
    },
    origins: {
      status: { source: 'page-data', route: 'mtop.aliexpress.trade.buyer.order.detail', at },
      store: { source: 'page-data', at },
      items: { source: 'page-dom', at },
      total: { source: 'page-data', at },
      orderedOn: { source: 'page-data', at },
      tracking: { source: 'page-data', at },
      protectionEndsOn: { source: 'manual', at },
    },
    updatedAt: at,
  },
};

const props: PanelProps = {
  page: { kind: 'order-detail', site: 'global', orderId: ORDER },
  save: { state: 'saved', visit: null },
  collapsed: false,
  onToggle: () => undefined,
  i18n: createTranslator('en'),
};

describe('facts in the panel', () => {
  it('shows each fact, marks what the buyer typed, and names the sources', () => {
    const { get, fact, root } = mount(<Panel {...props} facts={facts} reading="read" />);
    expect(fact('status')).toBe('Shipped, awaiting delivery');
    expect(fact('store')).toBe('Example Store');
    expect(fact('items')).toContain('2 items');
    expect(fact('total')).toBe('$12.50');
    expect(fact('orderedOn')).toBe('Oct 1, 2026');
    expect(fact('tracking')).toBe('LP00123456789CN (Cainiao)');
    expect(get('deadline')?.getAttribute('data-kind')).toBe('buyer-protection');
    expect(fact('protectionEndsOn')).toBe('Dec 20, 2026 (typed by you)');
    expect(get('facts-sources')?.getAttribute('data-sources')).toBe('manual page-data page-dom');
    // In the buyer's words: when AliExpress showed it, and what they typed; never the page's internal names.
    expect(get('facts-sources')?.textContent).toMatch(/^As AliExpress showed it on .+; what you typed$/);
    expect(get('facts-sources')?.textContent).not.toContain('mtop');
    expect(root.querySelector('b')).toBeNull();
    expect(get('not-recognised')).toBeNull();
  });

  it('in Russian, with Russian dates, money and plural forms', () => {
    const { fact } = mount(<Panel {...props} facts={facts} reading="read" i18n={createTranslator('ru')} />);
    expect(fact('items')).toContain('2 товара');
    expect(fact('orderedOn')).toBe('1 окт. 2026 г.');
    expect(fact('total')).toMatch(/^12,50\s\$$/);
  });

  it('says it cannot read the page and offers the manual form, never a guess', async () => {
    const onManualSave = vi.fn(async () => null);
    const { get } = mount(<Panel {...props} reading="not-recognised" onManualSave={onManualSave} />);
    expect(get('not-recognised')?.textContent).toContain("Couldn't read this page");
    expect(get('order-facts')).toBeNull();
    expect((get('manual-order-id') as HTMLInputElement).value).toBe(ORDER);

    const date = get('manual-protectionEndsOn') as HTMLInputElement;
    await act(async () => {
      (get('manual-save') as HTMLButtonElement).click();
    });
    expect(get('manual-status')?.getAttribute('data-state')).toBe('invalid');
    expect(onManualSave).not.toHaveBeenCalled();

    await act(async () => {
      date.value = '2026-12-20';
      date.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      (get('manual-save') as HTMLButtonElement).click();
    });
    expect(onManualSave).toHaveBeenCalledWith({ orderId: ORDER, protectionEndsOn: '2026-12-20' });
    expect(get('manual-status')?.getAttribute('data-state')).toBe('saved');
  });

  it('rejects an order number that is not 6 to 24 digits', async () => {
    const onManualSave = vi.fn(async () => null);
    const { get } = mount(
      <Panel
        {...props}
        page={{ kind: 'dispute-detail', site: 'global', disputeId: '5012345678901234' }}
        reading="not-recognised"
        onManualSave={onManualSave}
      />,
    );
    const input = get('manual-order-id') as HTMLInputElement;
    await act(async () => {
      input.value = '12a45';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      (get('manual-save') as HTMLButtonElement).click();
    });
    expect(get('manual-status')?.textContent).toBe('An order number has 6 to 24 digits.');
    expect(onManualSave).not.toHaveBeenCalled();
  });
});

describe('order-list badges', () => {
  it('adds one text badge per card and updates it in place', () => {
    const card = document.createElement('div');
    const label = document.createElement('span');
    card.append(label);
    document.body.append(card);
    const cards = [{ orderId: ORDER, element: label }];
    showOrderBadges(cards, { [ORDER]: 'open' }, pageTranslator('en'));
    showOrderBadges(cards, { [ORDER]: 'closed' }, pageTranslator('ru'));
    const badges = document.querySelectorAll('[data-dispute-helper="badge"]');
    expect(badges).toHaveLength(1);
    expect(badges[0]?.getAttribute('data-state')).toBe('closed');
    expect(badges[0]?.textContent).toBe('Спор закрыт');
  });

  it('adds the evidence score to a dispute badge, and gives an order without a dispute a badge of its own', () => {
    const cards = ['8190000000000001', '8190000000000002', '8190000000000003'].map((orderId) => {
      const label = document.createElement('span');
      document.body.append(label);
      return { orderId, element: label };
    });
    const [open, quiet, untouched] = cards.map((card) => card.orderId) as [string, string, string];
    showOrderBadges(cards, { [open]: 'open', [quiet]: 'none', [untouched]: 'none' }, pageTranslator('en'), {
      [open]: { done: 1, required: 3 },
      [quiet]: { done: 2, required: 2 },
    });
    const badge = (orderId: string) =>
      document.querySelector(`[data-dispute-helper="badge"][data-order-id="${orderId}"]`);
    expect(badge(open)?.textContent).toBe('Dispute open · Evidence 1 of 3');
    expect(badge(open)?.getAttribute('data-evidence')).toBe('1/3');
    expect(badge(quiet)?.getAttribute('data-state')).toBe('evidence');
    expect(badge(quiet)?.textContent).toBe('Evidence 2 of 2');
    expect(badge(untouched)).toBeNull();

    // The score goes when the worker no longer reports one.
    showOrderBadges(cards, { [open]: 'open', [quiet]: 'none' }, pageTranslator('ru'));
    expect(badge(open)?.textContent).toBe('Идёт спор');
    expect(badge(open)?.hasAttribute('data-evidence')).toBe(false);
    expect(badge(quiet)).toBeNull();
  });
});
