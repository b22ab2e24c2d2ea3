import { countdownText, dueDateText } from '../lib/deadlines/countdown';
import type { DashboardRow } from '../lib/dashboard/rows';
import type { Translator } from '../lib/i18n';

/** Every row is this tall (the list places rows by it): four lines of text beside a 56 px picture. */
export const ROW_HEIGHT_PX = 92;
const PICTURE_PX = 56;

/** One case: picture, title linking to its AliExpress page, its date and time left, status, whose move, evidence. */
export function DashboardRowView({
  row,
  now,
  i18n,
  top,
  position,
  count,
}: {
  row: DashboardRow;
  now: number;
  i18n: Translator;
  top: number;
  position: number;
  count: number;
}) {
  const { t } = i18n;
  const title = row.title ?? t('dashboard.untitled', { id: row.orderId });
  const passed = row.due !== undefined && row.due.at <= now;
  return (
    <div
      class={`dh-case-row dh-case-row-${row.state}`}
      role="listitem"
      aria-posinset={position}
      aria-setsize={count}
      style={{ top: `${top}px`, height: `${ROW_HEIGHT_PX}px` }}
      data-testid="dashboard-row"
      data-order-id={row.orderId}
      data-status={row.stage ?? 'unknown'}
      data-whose={row.whose}
      data-state={row.state}
      data-due={row.due?.at}
    >
      {row.imageUrl ? (
        <img
          class="dh-case-row-picture"
          data-testid="dashboard-picture"
          src={row.imageUrl}
          alt={title}
          width={PICTURE_PX}
          height={PICTURE_PX}
          loading="lazy"
          referrerpolicy="no-referrer"
        />
      ) : (
        <span
          class="dh-case-row-picture dh-case-row-placeholder"
          data-testid="dashboard-placeholder"
          aria-hidden="true"
        />
      )}
      <div class="dh-case-row-text">
        <a
          class="dh-case-row-title"
          data-testid="dashboard-link"
          href={row.url}
          target="_blank"
          rel="noopener noreferrer"
          title={`${title} (${t('dashboard.opensInNewTab')})`}
        >
          {title}
        </a>
        <span class={`dh-case-row-due${passed ? ' dh-case-row-passed' : ''}`} data-testid="dashboard-countdown">
          {row.due ? (
            <>
              {t(row.due.opens ? 'dashboard.from' : 'dashboard.until', { date: dueDateText(row.due, i18n) })}
              {' · '}
              {countdownText(row.due.at, now, i18n)}
              {row.due.estimated && ` · ${t('countdown.estimated')}`}
            </>
          ) : (
            t('dashboard.noDate')
          )}
        </span>
        <span class="dh-case-row-meta">
          {row.stage && <span data-testid="dashboard-status">{t(`stage.${row.stage}`)} · </span>}
          <span class={`dh-case-row-whose dh-whose-${row.whose}`}>{t(`dashboard.whose.${row.whose}`)}</span>
        </span>
        <span class="dh-case-row-meta">
          <span data-testid="dashboard-evidence" data-done={row.evidence.done} data-required={row.evidence.required}>
            {row.evidence.started
              ? t('dashboard.evidence', { done: row.evidence.done, required: row.evidence.required })
              : t('dashboard.evidenceNotStarted')}
          </span>
        </span>
      </div>
    </div>
  );
}
