import { useMemo } from 'preact/hooks';
import { translatorFor, type Translator } from '../lib/i18n/translator';
import type { CheckAnswer } from '../lib/messaging/protocol';
import { CheckResult } from './CheckResult';

/** What the panel shows about the dispute check. */
export type CheckView =
  | { state: 'no-form' }
  | { state: 'idle' }
  | { state: 'checking' }
  | ({ state: 'done'; text: string } & CheckAnswer)
  | { state: 'error'; message: string };

/** "Check my dispute" in the panel: the button, then the verdict and findings of the latest check. */
export function DisputeCheckSection({
  view,
  onCheck,
  i18n,
}: {
  view: CheckView;
  onCheck: () => void;
  i18n: Translator;
}) {
  const { t } = i18n;
  const done = view.state === 'done' ? view : undefined;
  // The check's wording arrives with its answer (it is not bundled with the page script).
  const translators = useMemo(
    () =>
      done && {
        ui: translatorFor(i18n.language, done.strings.ui),
        text: translatorFor(done.strings.textLanguage, done.strings.text),
      },
    [done, i18n.language],
  );
  if (view.state === 'no-form') return <p class="dh-muted">{t('disputeCheck.noForm')}</p>;
  return (
    <section class="dh-dispute-check" aria-label={t('disputeCheck.button')}>
      <button
        class="dh-button"
        type="button"
        data-testid="check-button"
        disabled={view.state === 'checking'}
        onClick={onCheck}
      >
        {view.state === 'checking' ? t('disputeCheck.checking') : t('disputeCheck.button')}
      </button>
      {view.state === 'error' && (
        <p class="dh-form-status" data-state="error" role="alert">
          {t('disputeCheck.failed', { reason: view.message })}
        </p>
      )}
      <div aria-live="polite">
        {done && translators && (
          <CheckResult text={done.text} result={done.result} i18n={translators.ui} textI18n={translators.text} />
        )}
      </div>
    </section>
  );
}
