// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { Options, type OptionsProps } from '../../../components/Options';
import { Popup } from '../../../components/Popup';
import type { DashboardRow } from '../../../lib/dashboard/rows';
import { createPageTranslator as createTranslator } from '../../../lib/extension-pages/strings';
import { mount } from './mount';

const en = createTranslator('en');
const orderUrl = 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000123456789';
const NOW = Date.UTC(2026, 0, 10, 12);
const HOUR = 3_600_000;

function row(orderId: string, extra: Partial<DashboardRow> = {}): DashboardRow {
  return {
    orderId,
    url: `https://www.aliexpress.com/p/order/detail.html?orderId=${orderId}`,
    whose: 'buyer',
    evidence: { done: 0, required: 3, started: false },
    state: 'open',
    lastSeen: NOW - HOUR,
    ...extra,
  };
}

describe('Popup', () => {
  it('shows each case with its picture, title link, date and time left, status, whose move and evidence', () => {
    const due = { at: NOW + 2 * 24 * HOUR + 5 * HOUR, local: '2026-01-12T17:00', allDay: false, estimated: false };
    const { all } = mount(
      <Popup
        i18n={en}
        onOpenOptions={() => undefined}
        dashboard={{
          state: 'ready',
          now: NOW,
          rows: [
            row('8190000123456789', {
              title: 'USB-C cable',
              imageUrl: 'https://ae01.alicdn.com/kf/S1.jpg',
              stage: 'dispute_open',
              due: { ...due, opens: false },
              evidence: { done: 1, required: 3, started: true },
              state: 'soon',
            }),
            row('8190000123456790', { whose: 'none' }),
          ],
        }}
      />,
    );
    const [first, second] = all('dashboard-row');
    expect(first?.dataset).toMatchObject({ orderId: '8190000123456789', status: 'dispute_open', whose: 'buyer' });
    expect(first?.dataset.due).toBe(String(due.at));
    const link = first?.querySelector('a');
    expect(link?.getAttribute('href')).toBe(orderUrl);
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link?.textContent).toBe('USB-C cable');
    const picture = first?.querySelector('img');
    expect(picture?.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(picture?.getAttribute('loading')).toBe('lazy');
    expect(picture?.getAttribute('alt')).toBe('USB-C cable');
    expect(first?.textContent).toContain('Until Jan 12, 2026, 5:00 PM · 2 days 5 hours left');
    expect(first?.textContent).toContain('Dispute opened · Your moveEvidence 1 of 3');
    // No title, no picture, no date: the order number, a placeholder, and the words for it.
    expect(second?.querySelector('a')?.textContent).toBe('Order 8190000123456790');
    expect(second?.querySelector('[data-testid="dashboard-placeholder"]')).not.toBeNull();
    expect(second?.dataset.due).toBeUndefined();
    expect(second?.textContent).toContain('No date known yet');
    expect(second?.textContent).toContain('Nothing to do nowEvidence not started');
  });

  it('filters by open, closing soon and closed', () => {
    const { all, get, root } = mount(
      <Popup
        i18n={en}
        onOpenOptions={() => undefined}
        dashboard={{
          state: 'ready',
          now: NOW,
          rows: [row('1000000001', { state: 'soon' }), row('1000000002'), row('1000000003', { state: 'closed' })],
        }}
      />,
    );
    const ids = () => all('dashboard-row').map((item) => item.dataset.orderId);
    const filter = (name: string) => root.querySelector<HTMLElement>(`[data-filter="${name}"]`)!;
    expect(ids()).toEqual(['1000000001', '1000000002']);
    expect(filter('open').getAttribute('aria-pressed')).toBe('true');
    act(() => filter('soon').click());
    expect(ids()).toEqual(['1000000001']);
    act(() => filter('closed').click());
    expect(ids()).toEqual(['1000000003']);
    expect(all('dashboard-filter').map((button) => button.dataset.count)).toEqual(['2', '1', '1']);
    expect(get('dashboard-none')).toBeNull();
  });

  it('draws only the rows in view of a long list', () => {
    const rows = Array.from({ length: 1000 }, (_, index) => row(String(1_000_000_000 + index)));
    const { all, get } = mount(
      <Popup i18n={en} onOpenOptions={() => undefined} dashboard={{ state: 'ready', now: NOW, rows }} />,
    );
    expect(get('dashboard-list')?.dataset.count).toBe('1000');
    expect(all('dashboard-row').length).toBeLessThan(20);
  });

  it('explains how to start when nothing is saved, in Russian too', () => {
    const { get } = mount(
      <Popup
        i18n={createTranslator('ru')}
        onOpenOptions={() => undefined}
        dashboard={{ state: 'ready', now: NOW, rows: [] }}
      />,
    );
    expect(get('popup-empty')?.textContent).toContain('Откройте страницу своих заказов на AliExpress');
    expect(get('open-orders')?.getAttribute('href')).toBe('https://aliexpress.ru/order-list');
  });

  it('says so when the worker could not answer, and opens the options', () => {
    const onOpenOptions = vi.fn();
    const { get } = mount(<Popup i18n={en} onOpenOptions={onOpenOptions} dashboard={{ state: 'error' }} />);
    expect(get('popup-error')?.getAttribute('role')).toBe('alert');
    act(() => get('open-options')?.click());
    expect(onOpenOptions).toHaveBeenCalledOnce();
  });
});

describe('Options', () => {
  const props: OptionsProps = {
    counts: {
      state: 'ready',
      counts: { orders: 3, disputes: 1, orderFacts: 12, disputeFacts: 1, quarantine: 0, evidenceFiles: 2 },
    },
    deletion: 'idle',
    onDeleteRequest: () => undefined,
    onDeleteConfirm: () => undefined,
    onDeleteCancel: () => undefined,
    onWatcherOff: () => undefined,
    i18n: en,
  };

  it('switches the seller-reply watcher off everywhere, once the worker said how it stands', () => {
    expect(mount(<Options {...props} />).get('watcher-off')).toHaveProperty('disabled', true);
    const onWatcherOff = vi.fn();
    const { get } = mount(<Options {...props} watcherOff={false} onWatcherOff={onWatcherOff} />);
    const box = get('watcher-off') as HTMLInputElement;
    expect(box.checked).toBe(false);
    act(() => box.click());
    expect(onWatcherOff).toHaveBeenCalledWith(true);
  });

  it('shows the stored counts and the privacy statement', () => {
    const { get } = mount(<Options {...props} />);
    expect(get('count-orders')?.textContent).toBe('3 orders');
    expect(get('count-disputes')?.textContent).toBe('1 dispute');
    expect(get('count-order-facts')?.textContent).toBe('What the pages showed about 12 orders');
    expect(get('count-dispute-facts')?.textContent).toBe('What the pages showed about 1 dispute');
    expect(get('count-quarantine')).toBeNull();
    expect(get('privacy-statement')?.textContent).toContain('Nothing leaves it except requests to AliExpress');
    expect(get('privacy-statement')?.textContent).toContain('seller-reply watcher repeats the dispute page');
    expect(get('privacy-statement')?.textContent).toContain('never files');
  });

  it('uses Russian plural forms', () => {
    const counts = {
      state: 'ready',
      counts: { orders: 5, disputes: 2, orderFacts: 21, disputeFacts: 3, quarantine: 21, evidenceFiles: 22 },
    } as const;
    const { get } = mount(<Options {...props} counts={counts} i18n={createTranslator('ru')} />);
    expect(get('count-orders')?.textContent).toBe('5 заказов');
    expect(get('count-disputes')?.textContent).toBe('2 спора');
    expect(get('count-order-facts')?.textContent).toBe('Что страницы показали о 21 заказе');
    expect(get('count-dispute-facts')?.textContent).toBe('Что страницы показали о 3 спорах');
    expect(get('count-quarantine')?.textContent).toBe('21 нечитаемая запись отложена');
  });

  it('asks before deleting: the first button only requests, the confirmation deletes, cancel is focused', () => {
    const onDeleteRequest = vi.fn();
    const first = mount(<Options {...props} onDeleteRequest={onDeleteRequest} />);
    expect(first.get('delete-confirm')).toBeNull();
    act(() => first.get('delete-all')?.click());
    expect(onDeleteRequest).toHaveBeenCalledOnce();
    first.root.remove();

    const onDeleteConfirm = vi.fn();
    const onDeleteCancel = vi.fn();
    const confirming = mount(
      <Options {...props} deletion="confirming" onDeleteConfirm={onDeleteConfirm} onDeleteCancel={onDeleteCancel} />,
    );
    expect(document.activeElement).toBe(confirming.get('delete-cancel'));
    expect(confirming.get('delete-all')).toBeNull();
    act(() => confirming.get('delete-confirm')?.click());
    act(() => confirming.get('delete-cancel')?.click());
    expect(onDeleteConfirm).toHaveBeenCalledOnce();
    expect(onDeleteCancel).toHaveBeenCalledOnce();
  });

  it('reports the outcome', () => {
    expect(mount(<Options {...props} deletion="deleted" />).get('delete-result')?.textContent).toBe(
      'All your data has been deleted.',
    );
  });
});
