import { useState } from 'preact/hooks';
import type { MessageKey, Translator } from '../lib/i18n';
import type { ManualFacts } from '../lib/messaging/panel-channel';

export type { ManualFacts };

type FormState = { state: 'idle' | 'saving' | 'saved' } | { state: 'invalid' | 'error'; message: string };
const DATE_FIELDS = ['orderedOn', 'shippedOn', 'protectionEndsOn'] as const;
const FIELD_LABELS: Record<(typeof DATE_FIELDS)[number], MessageKey> = {
  orderedOn: 'manual.orderedOn',
  shippedOn: 'manual.shippedOn',
  protectionEndsOn: 'manual.protectionEndsOn',
};

/** The page could not be read: the buyer types the order number and key dates; nothing is prefilled by guessing. */
export function ManualFactsForm(props: {
  orderId?: string;
  i18n: Translator;
  onSave: (facts: ManualFacts) => Promise<string | null>;
}) {
  const { t } = props.i18n;
  const [orderId, setOrderId] = useState(props.orderId ?? '');
  const [dates, setDates] = useState<Partial<Record<(typeof DATE_FIELDS)[number], string>>>({});
  const [form, setForm] = useState<FormState>({ state: 'idle' });

  const submit = async (event: Event) => {
    event.preventDefault();
    const id = orderId.replace(/\s+/g, '');
    if (!/^\d{6,24}$/.test(id)) return setForm({ state: 'invalid', message: t('manual.invalidOrderId') });
    const filled = Object.fromEntries(Object.entries(dates).filter(([, value]) => value));
    if (!Object.keys(filled).length) return setForm({ state: 'invalid', message: t('manual.needOneDate') });
    setForm({ state: 'saving' });
    const error = await props.onSave({ orderId: id, ...filled });
    setForm(error ? { state: 'error', message: error } : { state: 'saved' });
  };

  return (
    <form class="dh-manual" data-testid="manual-form" onSubmit={(event) => void submit(event)} noValidate>
      <label class="dh-field">
        <span>{t('manual.orderId')}</span>
        <input
          data-testid="manual-order-id"
          inputMode="numeric"
          autoComplete="off"
          maxLength={40}
          value={orderId}
          onInput={(event) => setOrderId(event.currentTarget.value)}
        />
      </label>
      {DATE_FIELDS.map((field) => (
        <label class="dh-field" key={field}>
          <span>{t(FIELD_LABELS[field])}</span>
          <input
            type="date"
            data-testid={`manual-${field}`}
            value={dates[field] ?? ''}
            onInput={(event) => setDates({ ...dates, [field]: event.currentTarget.value })}
          />
        </label>
      ))}
      <button class="dh-button" type="submit" data-testid="manual-save" disabled={form.state === 'saving'}>
        {form.state === 'saving' ? t('manual.saving') : t('manual.save')}
      </button>
      <p class="dh-form-status" data-testid="manual-status" data-state={form.state} role="status">
        {form.state === 'saved' ? t('manual.saved') : 'message' in form ? form.message : ''}
      </p>
    </form>
  );
}
