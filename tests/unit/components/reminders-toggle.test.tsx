// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RemindersToggle, type RemindersView } from '../../../components/RemindersToggle';
import { createTranslator } from '../../../lib/i18n';

let root: HTMLElement;
function mount(view: RemindersView, language: 'en' | 'ru' = 'en') {
  const onToggle = vi.fn();
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<RemindersToggle view={view} onToggle={onToggle} i18n={createTranslator(language)} />, root));
  return onToggle;
}
const part = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;
afterEach(() => root.remove());

describe('RemindersToggle', () => {
  it('off: says so, and offers to turn them on', () => {
    const onToggle = mount({ on: false, denied: false });
    expect(part('reminders').dataset.state).toBe('off');
    expect(part('reminders-state').textContent).toBe('Reminders are off.');
    expect(part('reminders-toggle').textContent).toBe('Turn on reminders');
    expect(part('reminders-toggle').getAttribute('aria-pressed')).toBe('false');
    act(() => part('reminders-toggle').click());
    expect(onToggle).toHaveBeenCalledOnce();
  });

  it('on: says what it does, and offers to turn them off', () => {
    mount({ on: true, denied: false });
    expect(part('reminders').dataset.state).toBe('on');
    expect(part('reminders-state').textContent).toContain('Reminders are on');
    expect(part('reminders-toggle').textContent).toBe('Turn off reminders');
    expect(part('reminders-toggle').getAttribute('aria-pressed')).toBe('true');
  });

  it('when the browser refused, says why they are off; in Russian too', () => {
    mount({ on: false, denied: true }, 'ru');
    expect(part('reminders-state').textContent).toBe('Браузер не разрешил уведомления, поэтому напоминания выключены.');
    expect(part('reminders-toggle').textContent).toBe('Включить напоминания');
  });
});
