import type { Translator } from '../lib/i18n';

/** Whether reminders are on (the browser lets us notify), and whether the browser just refused to. */
export interface RemindersView {
  on: boolean;
  denied: boolean;
}

/**
 * Reminders on or off, said in words, with the one button that changes it. Turning them on asks the browser for
 * notifications; the frame does that in the click itself, as browsers require.
 */
export function RemindersToggle({
  view,
  onToggle,
  i18n,
}: {
  view: RemindersView;
  onToggle: () => void;
  i18n: Translator;
}) {
  const { t } = i18n;
  return (
    <section class="dh-reminders" data-testid="reminders" data-state={view.on ? 'on' : 'off'}>
      <p data-testid="reminders-state">{t(view.on ? 'alerts.on' : view.denied ? 'alerts.denied' : 'alerts.off')}</p>
      <button type="button" class="dh-button" data-testid="reminders-toggle" aria-pressed={view.on} onClick={onToggle}>
        {t(view.on ? 'alerts.turnOff' : 'alerts.turnOn')}
      </button>
    </section>
  );
}
