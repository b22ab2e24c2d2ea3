// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Options, type OptionsProps } from '../../../components/Options';
import { Popup } from '../../../components/Popup';
import { createPageTranslator as createTranslator } from '../../../lib/extension-pages/strings';

let root: HTMLElement;
function mount(node: preact.ComponentChild) {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
  return {
    get: (testId: string) => root.querySelector<HTMLElement>(`[data-testid="${testId}"]`),
    all: (testId: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)],
  };
}
afterEach(() => {
  render(null, root);
  root.remove();
});

const en = createTranslator('en');
const orderUrl = 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000123456789';

describe('Popup', () => {
  it('lists records with their kind, id, last visit and a link to the page', () => {
    const { all } = mount(
      <Popup
        i18n={en}
        onOpenOptions={() => undefined}
        records={{
          state: 'ready',
          records: [
            {
              kind: 'dispute',
              id: '5012345678901234',
              site: 'global',
              pageKind: 'dispute-detail',
              lastSeen: Date.UTC(2026, 0, 6),
            },
            {
              kind: 'order',
              id: '8190000123456789',
              site: 'global',
              pageKind: 'order-detail',
              lastSeen: Date.UTC(2026, 0, 5),
              url: orderUrl,
            },
          ],
        }}
      />,
    );
    const [dispute, order] = all('record');
    expect(dispute?.dataset).toMatchObject({ kind: 'dispute', id: '5012345678901234' });
    expect(dispute?.querySelector('a')).toBeNull();
    expect(order?.querySelector('a')?.getAttribute('href')).toBe(orderUrl);
    expect(order?.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(order?.textContent).toMatch(/^Order 8190000123456789Last opened .*2026/);
  });

  it('explains what to do when nothing is saved, in Russian too', () => {
    const { get } = mount(
      <Popup i18n={createTranslator('ru')} onOpenOptions={() => undefined} records={{ state: 'ready', records: [] }} />,
    );
    expect(get('popup-empty')?.textContent).toContain('Откройте свой заказ или спор на AliExpress');
  });

  it('says so when the worker could not answer, and opens the options', () => {
    const onOpenOptions = vi.fn();
    const { get } = mount(<Popup i18n={en} onOpenOptions={onOpenOptions} records={{ state: 'error' }} />);
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
    render(null, root);
    root.remove();

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
