import { useState } from 'preact/hooks';
import type { Translator } from '../../lib/i18n';
import { leadText } from './lead-text';

/** Why the editor refused a change (lib/reminders/lead-times.ts decides). */
export type LeadError = 'duplicate' | 'out-of-range' | 'too-many' | 'last-one';
/** How the last change went: saved by the worker, refused by the editor, or not saved. */
export type LeadStatus = 'saved' | 'failed' | LeadError | undefined;

export interface LeadTimesProps {
  /** The stored leads in minutes, longest first; undefined until the worker answered. */
  leads: number[] | undefined;
  /** The leads offered in the list, in minutes. */
  presets: readonly number[];
  status: LeadStatus;
  onAdd: (minutes: number) => void;
  /** A time the buyer typed: an amount as typed, in hours or days. Answers whether it was taken. */
  onAddOwn: (amount: string, unit: 'hours' | 'days') => boolean;
  onRemove: (minutes: number) => void;
  i18n: Translator;
}

const ERROR_KEYS = {
  duplicate: 'options.leadErrorDuplicate',
  'out-of-range': 'options.leadErrorOutOfRange',
  'too-many': 'options.leadErrorTooMany',
  'last-one': 'options.leadErrorLastOne',
} as const;

/** The reminders' lead times: the list with a remove button each, a list of presets, and a time of one's own. */
export function LeadTimes({ leads, presets, status, onAdd, onAddOwn, onRemove, i18n }: LeadTimesProps) {
  const { t } = i18n;
  const [preset, setPreset] = useState('');
  const [amount, setAmount] = useState('');
  const [unit, setUnit] = useState<'hours' | 'days'>('hours');
  const disabled = leads === undefined;
  return (
    <div data-testid="lead-times" aria-labelledby="leads-heading">
      <h3 id="leads-heading" class="dh-page-subheading">
        {t('options.leadsHeading')}
      </h3>
      <p>{t('options.leadsExplain')}</p>
      <ul class="dh-leads">
        {leads?.map((minutes) => {
          const time = leadText(minutes, i18n);
          return (
            <li key={minutes} data-testid="lead-time" data-minutes={minutes}>
              {t('options.leadBefore', { time })}{' '}
              <button
                type="button"
                class="dh-link-button"
                data-testid="lead-remove"
                aria-label={t('options.leadRemoveLabel', { time })}
                onClick={() => onRemove(minutes)}
              >
                {t('options.leadRemove')}
              </button>
            </li>
          );
        })}
      </ul>
      <div class="dh-row">
        <label>
          {t('options.leadPresetLabel')}{' '}
          <select
            data-testid="lead-preset"
            value={preset}
            disabled={disabled}
            onChange={(event) => setPreset(event.currentTarget.value)}
          >
            <option value="">{t('options.leadChoose')}</option>
            {presets
              .filter((minutes) => !leads?.includes(minutes))
              .map((minutes) => (
                <option key={minutes} value={minutes}>
                  {t('options.leadBefore', { time: leadText(minutes, i18n) })}
                </option>
              ))}
          </select>
        </label>{' '}
        <button
          type="button"
          class="dh-button"
          data-testid="lead-add"
          disabled={disabled || !preset}
          onClick={() => {
            onAdd(Number(preset));
            setPreset('');
          }}
        >
          {t('options.leadAdd')}
        </button>
      </div>
      <fieldset class="dh-row">
        <legend>{t('options.leadCustomLabel')}</legend>
        <input
          type="text"
          inputMode="decimal"
          size={5}
          aria-label={t('options.leadCustomAmount')}
          data-testid="lead-custom-amount"
          value={amount}
          disabled={disabled}
          onInput={(event) => setAmount(event.currentTarget.value)}
        />{' '}
        <select
          aria-label={t('options.leadCustomUnit')}
          data-testid="lead-custom-unit"
          value={unit}
          disabled={disabled}
          onChange={(event) => setUnit(event.currentTarget.value === 'days' ? 'days' : 'hours')}
        >
          <option value="hours">{t('options.unitHours')}</option>
          <option value="days">{t('options.unitDays')}</option>
        </select>{' '}
        <button
          type="button"
          class="dh-button"
          data-testid="lead-custom-add"
          disabled={disabled || !amount.trim()}
          onClick={() => {
            if (onAddOwn(amount, unit)) setAmount('');
          }}
        >
          {t('options.leadAdd')}
        </button>
      </fieldset>
      <p role="status" data-testid="lead-status" data-tone={status === 'saved' ? 'ok' : status ? 'error' : undefined}>
        {status === 'saved' && t('options.leadsSaved')}
        {status === 'failed' && <span class="dh-error">{t('options.saveFailed')}</span>}
        {status && status !== 'saved' && status !== 'failed' && <span class="dh-error">{t(ERROR_KEYS[status])}</span>}
      </p>
    </div>
  );
}
