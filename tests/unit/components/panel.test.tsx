// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../components/ErrorBoundary';
import { Panel, type PanelProps } from '../../../components/Panel';
import { createTranslator } from '../../../lib/i18n';

let root: HTMLElement;
function mount(node: preact.ComponentChild) {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
  return (testId: string) => root.querySelector(`[data-testid="${testId}"]`);
}
afterEach(() => {
  render(null, root);
  root.remove();
});

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
    render(null, root);
    root.remove();
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
