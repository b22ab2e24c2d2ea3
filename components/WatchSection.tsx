import type { MessageKey, Translator } from '../lib/i18n';
import type { WatchInterval } from '../lib/model/preferences';
import type { WatchStatus } from '../lib/messaging/protocol';

/** Whether the seller-reply watcher looks at this dispute, when it last did, and the buyer's switch for it. */
export function WatchSection(props: { status: WatchStatus; onToggle: (on: boolean) => void; i18n: Translator }) {
  const { status, onToggle, i18n } = props;
  const { t } = i18n;
  const state = stateOf(status);
  return (
    <section class="dh-watch" aria-labelledby="dh-watch-title">
      <h2 class="dh-subtitle" id="dh-watch-title">
        {t('watch.title')}
      </h2>
      <label class="dh-watch-toggle">
        <input
          type="checkbox"
          data-testid="watch-toggle"
          checked={status.on && !status.everywhereOff}
          disabled={status.everywhereOff}
          onChange={(event) => onToggle(event.currentTarget.checked)}
        />{' '}
        {t('watch.toggle')}
      </label>
      <p class="dh-muted" data-testid="watch-status" data-state={state} role="status">
        {textOf(state, status, i18n)}
      </p>
    </section>
  );
}

type WatchState = 'everywhere-off' | 'off' | 'not-learned' | 'active' | 'paused' | 'stopped';

function stateOf(status: WatchStatus): WatchState {
  if (status.everywhereOff) return 'everywhere-off';
  if (!status.on) return 'off';
  if (!status.learned) return 'not-learned';
  return status.phase ?? 'active';
}

function textOf(state: WatchState, status: WatchStatus, { t, formatDate }: Translator): string {
  switch (state) {
    case 'everywhere-off':
      return t('watch.offEverywhere');
    case 'off':
      return t('watch.offHere');
    case 'not-learned':
      return t('watch.notLearned');
    case 'paused':
      return t('watch.paused');
    case 'stopped':
      return t('watch.stopped');
    case 'active': {
      const spanKey = status.intervalMinutes && SPAN_KEYS[status.intervalMinutes];
      if (spanKey) {
        const span = t(spanKey);
        return status.lastCheckAt === undefined
          ? t('watch.activeSlowNever', { span })
          : t('watch.activeSlow', { span, date: formatDate(status.lastCheckAt) });
      }
      return status.lastCheckAt === undefined
        ? t('watch.activeNever')
        : t('watch.active', { date: formatDate(status.lastCheckAt) });
    }
  }
}

/** The buyer's least interval and twice it: the span the next look falls in (lib/watcher/schedule.ts). */
const SPAN_KEYS: Record<WatchInterval, MessageKey | undefined> = {
  30: undefined,
  60: 'watch.span60',
  120: 'watch.span120',
  360: 'watch.span360',
};
