// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, it } from 'vitest';
import { Timeline, TIMELINE_SHOWN } from '../../../components/Timeline';
import type { TimelineLine } from '../../../lib/case-log/line-message';
import { createTranslator } from '../../../lib/i18n';
import remindersRu from '../../../locales/reminders/ru.json';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

const AT = Date.UTC(2026, 0, 9, 15, 20);
const lines: TimelineLine[] = [
  {
    kind: 'seller-replied',
    at: AT,
    key: 'reminders.log.seller.proposal',
    params: { amount: 500, currency: 'RUB', on: '2026-01-09T18:05', fact: 'f1' },
  },
  {
    kind: 'status-changed',
    at: AT - 1,
    key: 'reminders.log.dispute-status',
    params: { status: 'awaiting_buyer', fact: 'f2' },
  },
  ...Array.from({ length: TIMELINE_SHOWN }, (_, i) => ({
    kind: 'page-seen',
    at: AT - 10 - i,
    key: 'reminders.log.seen-dispute',
    params: { fact: `seen:${i}` },
  })),
];

it('shows the newest lines in the buyer’s words, then all of them on request', () => {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<Timeline lines={lines} i18n={createTranslator('ru', remindersRu)} />, root));
  const entries = () => [...root.querySelectorAll('[data-testid="timeline-entry"]')];
  expect(entries()).toHaveLength(TIMELINE_SHOWN);
  expect(entries()[0]!.getAttribute('data-kind')).toBe('seller-replied');
  expect(entries()[0]!.textContent).toMatch(/2026.*Продавец предложил 500,00\s₽\..*9 янв/);
  expect(entries()[1]!.textContent).toContain('Статус спора: ждём вашего ответа.');
  // The line's time is machine-readable too, and the stored `fact` never shows.
  expect(entries()[0]!.querySelector('time')?.getAttribute('datetime')).toBe(new Date(AT).toISOString());
  expect(root.textContent).not.toContain('f1');

  const toggle = root.querySelector<HTMLButtonElement>('[data-testid="timeline-toggle"]')!;
  expect(toggle.textContent).toBe(`Показать все ${lines.length} записей`);
  act(() => toggle.click());
  expect(entries()).toHaveLength(lines.length);
});

it('shows nothing when the case has no lines yet', () => {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<Timeline lines={[]} i18n={createTranslator('en')} />, root));
  expect(root.querySelector('[data-testid="timeline"]')).toBeNull();
});
