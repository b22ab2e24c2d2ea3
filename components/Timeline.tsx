import { useState } from 'preact/hooks';
import { stepDateOf, timelineMessage, type TimelineLine } from '../lib/case-log/line-message';
import { renderMessage } from '../lib/deadlines/format-message';
import type { Translator } from '../lib/i18n';

/** How many of the newest lines show before the buyer asks for all. */
export const TIMELINE_SHOWN = 5;

/**
 * The case log: what happened and when the extension saw it, newest first, each time absolute in the buyer's own
 * time zone; a step the page dated shows that date too.
 */
export function Timeline({ lines, i18n }: { lines: readonly TimelineLine[]; i18n: Translator }) {
  const [all, setAll] = useState(false);
  if (!lines.length) return null;
  const shown = all ? lines : lines.slice(0, TIMELINE_SHOWN);
  const heading = i18n.t('reminders.timeline.heading');
  return (
    <section class="dh-timeline" data-testid="timeline" aria-label={heading}>
      <h2 class="dh-subtitle">{heading}</h2>
      <ol class="dh-history">
        {shown.map((line, index) => {
          const stepDate = stepDateOf(line);
          return (
            <li key={`${line.at}-${index}`} data-testid="timeline-entry" data-kind={line.kind}>
              <time class="dh-muted" dateTime={new Date(line.at).toISOString()}>
                {i18n.formatDate(line.at)}
              </time>{' '}
              {renderMessage(timelineMessage(line), i18n)}
              {stepDate && <span class="dh-muted"> · {i18n.formatPageDate(stepDate)}</span>}
            </li>
          );
        })}
      </ol>
      {lines.length > TIMELINE_SHOWN && (
        <button type="button" class="dh-link-button" data-testid="timeline-toggle" onClick={() => setAll(!all)}>
          {all ? i18n.t('reminders.timeline.showFewer') : i18n.plural('reminders.timeline.showAll', lines.length)}
        </button>
      )}
    </section>
  );
}
