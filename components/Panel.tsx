import { useEffect, useRef } from 'preact/hooks';
import type { Translator } from '../lib/i18n';
import type { ManualFacts, ReadingState, SaveState } from '../lib/messaging/panel-channel';
import type { PageFacts, WatchStatus } from '../lib/messaging/protocol';
import type { ProblemKind } from '../lib/model/problem-kinds';
import type { DetectedPage } from '../lib/pages/detect-page';
import type { CaseSummary } from '../lib/deadlines/case-summary';
import type { TimelineLine } from '../lib/case-log/line-message';
import type { ComponentChildren } from 'preact';
import { CaseView } from './CaseView';
import { DisputeCheckSection, type CheckView } from './DisputeCheckSection';
import { ManualFactsForm } from './ManualFactsForm';
import { RemindersToggle, type RemindersView } from './RemindersToggle';
import { PageFactsView } from './PageFacts';
import { Timeline } from './Timeline';
import { WatchSection } from './WatchSection';

export type { ReadingState, SaveState };

export interface PanelProps {
  page: DetectedPage;
  save: SaveState;
  collapsed: boolean;
  onToggle: () => void;
  i18n: Translator;
  facts?: PageFacts;
  reading?: ReadingState;
  /** Orders read on a list page. */
  listed?: number;
  onManualSave?: (facts: ManualFacts) => Promise<string | null>;
  /** The dispute check, on pages where a dispute is written. */
  check?: CheckView;
  onCheck?: () => void;
  /** The case view (Now card, stage, offer, messages), from the facts; absent when nothing is known yet. */
  summary?: CaseSummary;
  /** What the dispute's reason means, when its words are known: named in the buyer's language. */
  reasonKind?: ProblemKind;
  /** The time the summary's countdowns count from. */
  now?: number;
  /** The case log, newest first. */
  timeline?: readonly TimelineLine[];
  /** Whether reminders are on; with the case view, the panel offers to turn them on or off. */
  reminders?: RemindersView;
  onRemindersToggle?: () => void;
  /** The seller-reply watcher of this dispute (dispute pages only) and its switch. */
  watch?: WatchStatus;
  onWatchToggle?: (on: boolean) => void;
  /**
   * The evidence checklist of the order on screen and its score (components/EvidenceSection.tsx), drawn by the frame's
   * evidence part, which loads after the first paint.
   */
  evidence?: { section: ComponentChildren; score: ComponentChildren };
  /** The reply templates (components/TemplatesSection.tsx), drawn by the frame's templates part after the first paint. */
  templates?: ComponentChildren;
  /** The order's dossier page (print or ZIP), offered with the case view on an order's or dispute's page. */
  dossierUrl?: string;
}

/** The side panel: what page this is, which order or dispute, and whether it is saved on this device. */
export function Panel(props: PanelProps) {
  const { page, save, collapsed, onToggle, i18n, facts = {}, reading = 'reading', listed = 0 } = props;
  const { t, plural } = i18n;
  const readFromPage = readFromPageData(facts);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const firstRender = useRef(true);
  useEffect(() => {
    // Keep keyboard focus on the control after it swaps between the panel and the tab.
    if (!firstRender.current) toggleRef.current?.focus();
    firstRender.current = false;
  }, [collapsed]);

  if (collapsed) {
    return (
      <main class="dh-root" lang={i18n.language} data-testid="panel" data-state="collapsed">
        <h1 class="dh-visually-hidden">{t('panelTitle')}</h1>
        <button
          ref={toggleRef}
          class="dh-tab"
          type="button"
          data-testid="panel-tab"
          aria-label={t('panelExpand')}
          title={t('panelExpand')}
          onClick={onToggle}
        >
          <img class="dh-mark" src="/icon/mark.svg" alt="" width="24" height="24" />
        </button>
      </main>
    );
  }

  return (
    <main
      class="dh-root dh-panel"
      lang={i18n.language}
      data-testid="panel"
      data-state="expanded"
      aria-label={t('panelRegionLabel')}
    >
      <header class="dh-header">
        <h1 class="dh-title">
          <img class="dh-mark" src="/icon/mark.svg" alt="" width="20" height="20" />
          {t('panelTitle')}
        </h1>
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
      {props.summary && (
        <CaseView
          summary={props.summary}
          i18n={i18n}
          now={props.now ?? Date.now()}
          evidenceScore={props.evidence?.score}
          {...(props.dossierUrl && { dossierUrl: props.dossierUrl })}
        />
      )}
      {props.summary && props.reminders && props.onRemindersToggle && (
        <RemindersToggle view={props.reminders} onToggle={props.onRemindersToggle} i18n={i18n} />
      )}
      {props.watch && props.onWatchToggle && (
        <WatchSection status={props.watch} onToggle={props.onWatchToggle} i18n={i18n} />
      )}
      {page.kind === 'order-list' && listed > 0 && (
        <p data-testid="list-read" data-count={listed}>
          {plural('facts.readList', listed)}
        </p>
      )}
      {props.evidence && !props.summary && props.evidence.score}
      {props.evidence?.section}
      {props.timeline && <Timeline lines={props.timeline} i18n={i18n} />}
      {props.templates}
      {props.check && props.onCheck && <DisputeCheckSection view={props.check} onCheck={props.onCheck} i18n={i18n} />}
      {(facts.order || facts.dispute) && (
        <details class="dh-details" data-testid="facts-details">
          <summary>{t('facts.details')}</summary>
          <PageFactsView facts={facts} i18n={i18n} reasonKind={props.reasonKind} />
        </details>
      )}
      {reading === 'reading' && !readFromPage && !listed && <p class="dh-muted">{t('facts.reading')}</p>}
      {reading === 'not-recognised' && !readFromPage && !listed && (
        <section class="dh-not-recognised" data-testid="not-recognised" aria-labelledby="dh-not-recognised-title">
          <h2 class="dh-subtitle" id="dh-not-recognised-title">
            {t('notRecognised.title')}
          </h2>
          <p>{t('notRecognised.body')}</p>
          {/* Typed facts are about the order on screen: a list has none. */}
          {props.onManualSave && (page.orderId || page.disputeId) && (
            <ManualFactsForm orderId={page.orderId} i18n={i18n} onSave={props.onManualSave} />
          )}
        </section>
      )}
      <p class="dh-hint">{t(`hint.${page.kind}`)}</p>
      <p class={`dh-status dh-status-${save.state}`} data-testid="status" data-state={save.state} role="status">
        {statusText(save, i18n, listed)}
      </p>
    </main>
  );
}

/** True when some fact came from the page itself, not from the buyer or the address. */
export function readFromPageData(facts: PageFacts): boolean {
  return [facts.order, facts.dispute].some((record) =>
    Object.values(record?.origins ?? {}).some(
      (origin) => origin.source === 'page-data' || origin.source === 'page-dom',
    ),
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

function statusText(save: SaveState, { t, plural, formatDate }: Translator, listed: number): string {
  switch (save.state) {
    case 'saving':
      return t('status.saving');
    case 'error':
      return t('status.error', { reason: t(save.reason) });
    case 'saved':
      return save.visit
        ? `${t('status.saved', { date: formatDate(save.visit.firstSeen) })} ${plural('visits', save.visit.visits)}.`
        : t(listed > 0 ? 'status.savedList' : 'status.savedNoId');
  }
}
