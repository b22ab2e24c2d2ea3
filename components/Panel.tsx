import { useEffect, useRef } from 'preact/hooks';
import type { VisitSummary } from '../lib/db/page-visits';
import type { MessageKey, Translator } from '../lib/i18n';
import type { DetectedPage } from '../lib/pages/detect-page';

export type SaveState =
  { state: 'saving' } | { state: 'saved'; visit: VisitSummary | null } | { state: 'error'; reason: MessageKey };

export interface PanelProps {
  page: DetectedPage;
  save: SaveState;
  collapsed: boolean;
  onToggle: () => void;
  i18n: Translator;
}

/** The side panel: what page this is, which order or dispute, and whether it is saved on this device. */
export function Panel({ page, save, collapsed, onToggle, i18n }: PanelProps) {
  const { t } = i18n;
  const toggleRef = useRef<HTMLButtonElement>(null);
  const firstRender = useRef(true);
  useEffect(() => {
    // Keep keyboard focus on the control after it swaps between the panel and the tab.
    if (!firstRender.current) toggleRef.current?.focus();
    firstRender.current = false;
  }, [collapsed]);

  if (collapsed) {
    return (
      <div class="dh-root" lang={i18n.language} data-testid="panel" data-state="collapsed">
        <button
          ref={toggleRef}
          class="dh-tab"
          type="button"
          data-testid="panel-tab"
          aria-label={t('panelExpand')}
          title={t('panelExpand')}
          onClick={onToggle}
        >
          <span aria-hidden="true">DH</span>
        </button>
      </div>
    );
  }

  return (
    <section
      class="dh-root dh-panel"
      lang={i18n.language}
      data-testid="panel"
      data-state="expanded"
      aria-label={t('panelRegionLabel')}
    >
      <header class="dh-header">
        <h2 class="dh-title">{t('panelTitle')}</h2>
        <button
          ref={toggleRef}
          class="dh-icon-button"
          type="button"
          data-testid="panel-collapse"
          aria-label={t('panelCollapse')}
          title={t('panelCollapse')}
          onClick={onToggle}
        >
          <span aria-hidden="true">›</span>
        </button>
      </header>
      <p class="dh-kind" data-testid="page-kind" data-kind={page.kind}>
        {t(`kind.${page.kind}`)} <span class="dh-site">· {t(`site.${page.site}`)}</span>
      </p>
      <dl class="dh-ids">
        {(page.kind === 'order-detail' || page.kind === 'dispute-start' || page.orderId) && (
          <IdRow label={t('orderIdLabel')} value={page.orderId} missing={t('idMissing')} testId="order-id" />
        )}
        {page.kind === 'dispute-detail' && (
          <IdRow label={t('disputeIdLabel')} value={page.disputeId} missing={t('idMissing')} testId="dispute-id" />
        )}
      </dl>
      <p class="dh-hint">{t(`hint.${page.kind}`)}</p>
      <p class={`dh-status dh-status-${save.state}`} data-testid="status" data-state={save.state} role="status">
        {statusText(save, i18n)}
      </p>
    </section>
  );
}

function IdRow(props: { label: string; value: string | undefined; missing: string; testId: string }) {
  return (
    <div class="dh-id-row">
      <dt>{props.label}</dt>
      <dd data-testid={props.testId} data-value={props.value ?? ''}>
        {props.value ?? <span class="dh-muted">{props.missing}</span>}
      </dd>
    </div>
  );
}

function statusText(save: SaveState, { t, plural, formatDate }: Translator): string {
  switch (save.state) {
    case 'saving':
      return t('status.saving');
    case 'error':
      return t('status.error', { reason: t(save.reason) });
    case 'saved':
      return save.visit
        ? `${t('status.saved', { date: formatDate(save.visit.firstSeen) })} ${plural('visits', save.visit.visits)}.`
        : t('status.savedNoId');
  }
}
