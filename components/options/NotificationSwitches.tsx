import type { Translator } from '../../lib/i18n';
import type { NotificationChoices } from '../../lib/model/preferences';

export interface NotificationSwitchesProps {
  /** Undefined until the worker answered. */
  choices: NotificationChoices | undefined;
  failed: boolean;
  onChange: (choices: NotificationChoices) => void;
  i18n: Translator;
}

const SWITCHES = [
  { key: 'reminders', testId: 'notify-reminders', label: 'options.notifyReminders' },
  { key: 'sellerReplies', testId: 'notify-seller', label: 'options.notifySeller' },
  { key: 'signIn', testId: 'notify-signin', label: 'options.notifySignin' },
] as const;

/** One switch per kind of notification the extension shows. */
export function NotificationSwitches({ choices, failed, onChange, i18n: { t } }: NotificationSwitchesProps) {
  return (
    <fieldset class="dh-switches" data-testid="notification-switches">
      <legend class="dh-page-subheading">{t('options.notifyHeading')}</legend>
      <p>{t('options.notifyExplain')}</p>
      {SWITCHES.map(({ key, testId, label }) => (
        <label key={key} class="dh-switch">
          <input
            type="checkbox"
            data-testid={testId}
            checked={choices?.[key] ?? false}
            disabled={choices === undefined}
            onChange={(event) => choices && onChange({ ...choices, [key]: event.currentTarget.checked })}
          />{' '}
          {t(label)}
        </label>
      ))}
      {failed && (
        <p class="dh-error" role="alert">
          {t('options.saveFailed')}
        </p>
      )}
    </fieldset>
  );
}
