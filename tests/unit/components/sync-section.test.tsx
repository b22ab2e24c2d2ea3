// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SyncSectionView } from '../../../components/SyncSection';
import { createPageTranslator } from '../../../lib/extension-pages/strings';
import type { SyncSwitch } from '../../../lib/messaging/sync-switch';
import type { SyncStatus } from '../../../lib/sync/sync-state';

const AT = new Date(2026, 11, 3, 14, 5).getTime();
const EMPTY: SyncStatus = { items: 0, leftOutCount: 0, leftOut: [] };
let root: HTMLElement;
function mount(sync: Partial<SyncSwitch>, language: 'en' | 'ru' = 'en') {
  const toggle = vi.fn();
  root = document.createElement('div');
  document.body.append(root);
  const props: SyncSwitch = { denied: false, busy: false, toggle, ...sync };
  act(() => render(<SyncSectionView sync={props} i18n={createPageTranslator(language)} />, root));
  return toggle;
}
const part = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;
afterEach(() => root.remove());

describe('SyncSection', () => {
  it('until the worker answers, the switch waits', () => {
    mount({});
    expect(part('sync-toggle').hasAttribute('disabled')).toBe(true);
  });

  it('off: says so and offers to turn it on', () => {
    const toggle = mount({ view: { on: false, status: EMPTY } });
    expect(part('sync').dataset.state).toBe('off');
    expect(part('sync-status').textContent).toBe('Sync is off.');
    expect(part('sync-toggle').textContent).toBe('Turn on sync');
    act(() => part('sync-toggle').click());
    expect(toggle).toHaveBeenCalledOnce();
  });

  it('refused by the browser: says what to do', () => {
    mount({ view: { on: false, status: EMPTY }, denied: true });
    expect(part('sync-status').textContent).toContain('did not allow sync');
  });

  it('on: when it last synced (absolute, local time), how many items, and what stayed here, in words', () => {
    mount({
      view: {
        on: true,
        status: {
          lastSyncedAt: AT,
          items: 3,
          leftOutCount: 2,
          leftOut: [
            { key: 'ev:8190000123456789', reason: 'no-room' },
            { key: 'set:reminders', reason: 'too-big' },
          ],
        },
      },
    });
    const status = part('sync-status').textContent!;
    expect(status).toContain('Sync is on.');
    expect(status).toMatch(/Last synced: .*2026.*14:05|Last synced: .*2026.*2:05/);
    expect(status).toContain('3 items are in sync.');
    expect(part('sync-left-out').textContent).toContain('2 items stay on this computer only');
    expect(part('sync-left-out').textContent).toContain('the checklist of order 8190000123456789 (no room left)');
    expect(part('sync-left-out').textContent).toContain('a setting (too big to sync)');
    expect(part('sync-toggle').textContent).toBe('Turn off sync');
  });

  it("a refused write: said in the buyer's words with when we try again, no codes; Russian plurals", () => {
    mount(
      {
        view: { on: true, status: { items: 5, leftOutCount: 0, leftOut: [], problem: 'quota', retryAt: AT } },
      },
      'ru',
    );
    expect(part('sync-problem').textContent).toContain('Место в синхронизации браузера закончилось');
    expect(part('sync-problem').textContent).not.toMatch(/QUOTA|quota/);
    expect(part('sync-status').textContent).toContain('Ещё не синхронизировано.');
    expect(part('sync-items').textContent).toBe('Синхронизировано 5 элементов.');
  });
});
