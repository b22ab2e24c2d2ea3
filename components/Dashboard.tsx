import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  CLOSING_SOON_MS,
  countByFilter,
  DASHBOARD_FILTERS,
  filterRows,
  type DashboardFilter,
  type DashboardRow,
} from '../lib/dashboard/rows';
import { MS } from '../lib/deadlines/local-time';
import type { Translator } from '../lib/i18n';
import { DashboardList } from './DashboardList';

/** The cases with a filter above them: open (the default), closing soon, closed. */
export function Dashboard({
  rows,
  now,
  i18n,
  onShown,
}: {
  rows: readonly DashboardRow[];
  now: number;
  i18n: Translator;
  onShown?: () => void;
}) {
  const { t, plural } = i18n;
  const [filter, setFilter] = useState<DashboardFilter>('open');
  const counts = useMemo(() => countByFilter(rows), [rows]);
  const shown = useMemo(() => filterRows(rows, filter), [rows, filter]);
  useEffect(() => onShown?.(), [onShown]);
  const nothing = {
    open: () => t('dashboard.noneOpen'),
    soon: () => plural('dashboard.noneSoon', CLOSING_SOON_MS / MS.day),
    closed: () => t('dashboard.noneClosed'),
  }[filter];
  return (
    <section class="dh-dashboard" aria-labelledby="dh-dashboard-heading">
      <h2 class="dh-page-heading" id="dh-dashboard-heading">
        {t('dashboard.heading')}
      </h2>
      <div class="dh-filters" role="group" aria-label={t('dashboard.filters')}>
        {DASHBOARD_FILTERS.map((name) => (
          <button
            key={name}
            type="button"
            class="dh-filter"
            data-testid="dashboard-filter"
            data-filter={name}
            data-count={counts[name]}
            aria-pressed={filter === name}
            onClick={() => setFilter(name)}
          >
            {t(`dashboard.filter.${name}`)} <span class="dh-filter-count">{counts[name]}</span>
          </button>
        ))}
      </div>
      {shown.length === 0 ? (
        <p class="dh-dashboard-none" data-testid="dashboard-none" role="status">
          {nothing()}
        </p>
      ) : (
        // A new filter starts at the top of its own list.
        <DashboardList key={filter} rows={shown} now={now} i18n={i18n} />
      )}
    </section>
  );
}
