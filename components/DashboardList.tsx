import { useState } from 'preact/hooks';
import type { DashboardRow } from '../lib/dashboard/rows';
import { visibleRange } from '../lib/dashboard/window';
import type { Translator } from '../lib/i18n';
import { DashboardRowView, ROW_HEIGHT_PX } from './DashboardRow';

/** How tall the list is before it scrolls: about five rows, inside the popup's 600 px. */
const LIST_HEIGHT_PX = 5.5 * ROW_HEIGHT_PX;

/**
 * A windowed list: a thousand cases scroll smoothly because only the visible rows and a few either side are in the
 * page; the rest is the height of an empty track. Rows are a fixed height, so where each one goes is arithmetic.
 */
export function DashboardList({ rows, now, i18n }: { rows: readonly DashboardRow[]; now: number; i18n: Translator }) {
  const [scrollTop, setScrollTop] = useState(0);
  const height = Math.min(rows.length * ROW_HEIGHT_PX, LIST_HEIGHT_PX);
  const { start, end } = visibleRange(scrollTop, height, ROW_HEIGHT_PX, rows.length);
  return (
    <div
      class="dh-dashboard-list"
      data-testid="dashboard-list"
      data-count={rows.length}
      style={{ height: `${height}px` }}
      role="list"
      tabIndex={0}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <div class="dh-dashboard-track" style={{ height: `${rows.length * ROW_HEIGHT_PX}px` }}>
        {rows.slice(start, end).map((row, offset) => (
          <DashboardRowView
            key={row.orderId}
            row={row}
            now={now}
            i18n={i18n}
            top={(start + offset) * ROW_HEIGHT_PX}
            position={start + offset + 1}
            count={rows.length}
          />
        ))}
      </div>
    </div>
  );
}
