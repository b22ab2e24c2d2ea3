// @vitest-environment happy-dom
import type { ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../components/ErrorBoundary';
import { Panel, type PanelProps } from '../../../components/Panel';
import { summariseCase } from '../../../lib/deadlines/case-summary';
import { createTranslator } from '../../../lib/i18n';
import { mount as mountNode } from './mount';

const mount = (node: ComponentChild) => mountNode(node).get;

const props: PanelProps = {
  page: { kind: 'dispute-detail', site: 'global', orderId: '8190000123456789', disputeId: '5012345678901234' },
  save: { state: 'saved', visit: { firstSeen: Date.UTC(2026, 0, 5, 10), visits: 3 } },
  collapsed: false,
  onToggle: () => undefined,
  i18n: createTranslator('en'),
};

describe('Panel', () => {
  it('shows the kind, both ids and the saved status', () => {
    const get = mount(<Panel {...props} />);
    expect(get('page-kind')?.getAttribute('data-kind')).toBe('dispute-detail');
    expect(get('order-id')?.textContent).toBe('8190000123456789');
    expect(get('dispute-id')?.textContent).toBe('5012345678901234');
    expect(get('status')?.textContent).toMatch(/^Saved on this device\. First seen .*2026.*\. Opened 3 times\.$/);
  });

  it('says when the address has no order id instead of guessing one', () => {
    const get = mount(<Panel {...props} page={{ kind: 'order-detail', site: 'ru' }} i18n={createTranslator('ru')} />);
    expect(get('order-id')?.textContent).toBe('не указан в адресе');
    expect(get('dispute-id')).toBeNull();
  });

  it('on a list it read, says what it saved, not that there was nothing to save', () => {
    const list = {
      ...props,
      page: { kind: 'order-list', site: 'global' } as const,
      save: { state: 'saved', visit: null } as const,
    };
    expect(mount(<Panel {...list} listed={10} />)('status')?.textContent).toBe(
      'What this page showed is saved on this device.',
    );
    expect(mount(<Panel {...list} listed={0} />)('status')?.textContent).toBe('Nothing to save on this page yet.');
  });

  it('shows an error status with its reason', () => {
    const get = mount(<Panel {...props} save={{ state: 'error', reason: 'error.storage-full' }} />);
    expect(get('status')?.textContent).toBe("Couldn't save on this device: the browser's storage is full.");
    expect(get('status')?.getAttribute('role')).toBe('status');
  });

  it('collapses to a labelled tab that calls onToggle', () => {
    const onToggle = vi.fn();
    const get = mount(<Panel {...props} collapsed onToggle={onToggle} />);
    expect(get('page-kind')).toBeNull();
    const tab = get('panel-tab') as HTMLButtonElement;
    expect(tab.getAttribute('aria-label')).toBe('Show Dispute Helper');
    act(() => tab.click());
    expect(onToggle).toHaveBeenCalledOnce();
  });

  it('renders page-derived text as text, never as markup', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const get = mount(<Panel {...props} i18n={{ ...createTranslator('en'), t: () => hostile }} />);
    expect(get('page-kind')?.querySelector('img')).toBeNull();
    expect(get('page-kind')?.textContent).toContain(hostile);
  });
});

describe('ErrorBoundary', () => {
  it('keeps a rendering error inside the panel', () => {
    const Broken = () => {
      throw new Error('boom');
    };
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const get = mount(
      <ErrorBoundary fallback="Dispute Helper hit a problem">
        <Broken />
      </ErrorBoundary>,
    );
    expect(get('panel-error')?.textContent).toBe('Dispute Helper hit a problem');
  });
});

describe('the seller-reply watcher in the panel', () => {
  const watching = (watch: NonNullable<PanelProps['watch']>, onWatchToggle = vi.fn()) =>
    mount(<Panel {...props} watch={watch} onWatchToggle={onWatchToggle} />);
  const base = { learned: true, on: true, everywhereOff: false };

  it('says when it last looked, and switches off for this dispute', () => {
    const onWatchToggle = vi.fn();
    const get = watching({ ...base, phase: 'active', lastCheckAt: Date.UTC(2026, 0, 7, 9) }, onWatchToggle);
    expect(get('watch-status')?.getAttribute('data-state')).toBe('active');
    expect(get('watch-status')?.textContent).toMatch(/^On: checked every 30–60 minutes\. Last checked .*2026.*\.$/);
    const toggle = get('watch-toggle') as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    act(() => toggle.click());
    expect(onWatchToggle).toHaveBeenCalledWith(false);
  });

  it('says the span the buyer chose on the options page when it is longer than the usual one', () => {
    const get = watching({ ...base, phase: 'active', intervalMinutes: 120 });
    expect(get('watch-status')?.textContent).toBe('On: checked every 2–4 hours, not yet checked.');
  });

  it.each<[string, NonNullable<PanelProps['watch']>, string, string]>([
    [
      'no request learned yet',
      { ...base, learned: false },
      'not-learned',
      "The seller's reply will be caught the next time you open this dispute page.",
    ],
    ['off here', { ...base, on: false }, 'off', 'Off for this dispute.'],
    ['off everywhere', { ...base, everywhereOff: true }, 'everywhere-off', 'Off for all disputes (in the options).'],
    [
      'signed out',
      { ...base, phase: 'paused' },
      'paused',
      'Paused: sign in to AliExpress and open this dispute again.',
    ],
    ['over', { ...base, phase: 'stopped' }, 'stopped', 'This dispute is over: no more checks.'],
  ])('%s', (_name, watch, state, text) => {
    const get = watching(watch);
    expect(get('watch-status')?.getAttribute('data-state')).toBe(state);
    expect(get('watch-status')?.textContent).toBe(text);
    expect((get('watch-toggle') as HTMLInputElement).disabled).toBe(state === 'everywhere-off');
  });
});

describe('the dossier link in the case view', () => {
  const orderId = '8190000123456789';
  const summary = summariseCase(
    { order: { orderId, facts: { orderId, source: 'page-data', status: 'shipped' }, origins: {}, updatedAt: 0 } },
    Date.UTC(2026, 0, 8),
    'UTC',
  )!;
  const url = `chrome-extension://id/dossier.html?order=${orderId}`;

  it('opens the order’s dossier in a tab of its own, without an opener', () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const get = mount(<Panel {...props} summary={summary} dossierUrl={url} />);
    expect(get('dossier-open')?.textContent).toBe('Dispute file (print or ZIP)');
    act(() => (get('dossier-open') as HTMLButtonElement).click());
    expect(open).toHaveBeenCalledWith(url, '_blank', 'noopener');
    open.mockRestore();
  });

  it('is not offered without an order to make it of', () => {
    const get = mount(<Panel {...props} summary={summary} />);
    expect(get('dossier-open')).toBeNull();
  });
});
