import { useMemo } from 'preact/hooks';
import { CHECK_STRINGS } from '../lib/i18n/check-strings';
import { translatorFor, type Translator } from '../lib/i18n/translator';
import type { CheckView } from '../lib/messaging/panel-channel';
import { CheckResult } from './CheckResult';

export type { CheckView };

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
  // Advice is in the panel's language; a suggested rewrite is in the language the dispute is written in.
  const textLanguage =
    done?.result.language === 'ru' || done?.result.language === 'en' ? done.result.language : undefined;
  const translators = useMemo(
    () => ({
      ui: withItemNames(translatorFor(i18n.language, CHECK_STRINGS[i18n.language]), i18n),
      text: translatorFor(textLanguage ?? i18n.language, CHECK_STRINGS[textLanguage ?? i18n.language]),
    }),
    [textLanguage, i18n.language],
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
          {t('disputeCheck.failed', { reason: t(view.reason) })}
        </p>
      )}
      <div aria-live="polite">
        {done && (
          <CheckResult text={done.text} result={done.result} i18n={translators.ui} textI18n={translators.text} />
        )}
      </div>
    </section>
  );
}

/**
 * A finding lists the evidence items the buyer's checklist still lacks by name: those names are the frame's (its
 * checklist strings, loaded after the first paint), not the check's, so that the check's strings stay small.
 */
function withItemNames(check: Translator, frame: Translator): Translator {
  return {
    ...check,
    t: (key, values) => (key.startsWith('evidence.item.') ? frame.t(key, values) : check.t(key, values)),
  };
}
