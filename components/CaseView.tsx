import { useState } from 'preact/hooks';
import type { Translator } from '../lib/i18n';
import { countdownText } from '../lib/deadlines/countdown';
import { renderMessage } from '../lib/deadlines/format-message';
import type { Deadline } from '../lib/model/deadlines';
import type { HistoryEntry } from '../lib/model/snapshots';
import { STAGES, type CaseSummary } from '../lib/deadlines/case-summary';
import type { ComponentChildren } from 'preact';

const MESSAGES_SHOWN = 6;

/** The top of the panel: what to do now and by when, where the case stands, the offer to answer, the messages. */
export function CaseView({
  summary,
  i18n,
  now,
  evidenceScore,
  dossierUrl,
}: {
  summary: CaseSummary;
  i18n: Translator;
  now: number;
  /** The order's evidence score: it belongs with what to do now. */
  evidenceScore?: ComponentChildren;
  /** The order's dossier page, opened in a tab of its own. */
  dossierUrl?: string;
}) {
  const { t } = i18n;
  const deadline = summary.now.deadline;
  return (
    <>
      <section
        class={`dh-now dh-now-${summary.now.whose}`}
        data-testid="now"
        data-whose={summary.now.whose}
        data-due={deadline ? deadline.due.local.slice(0, 10) : undefined}
        aria-label={t('now.heading')}
      >
        <p class="dh-now-step">{renderMessage(summary.now.step, i18n)}</p>
        {deadline && <Countdown deadline={deadline} i18n={i18n} now={now} />}
        {summary.now.guidance.length > 0 && (
          <ul class="dh-guidance">
            {summary.now.guidance.map((advice) => (
              <li key={advice.key}>{renderMessage(advice, i18n)}</li>
            ))}
          </ul>
        )}
        {evidenceScore}
      </section>
      {summary.stage && <Stepper stage={summary.stage} i18n={i18n} />}
      {summary.latestOffer && (
        <section class="dh-offer" data-testid="latest-offer" aria-label={t('offer.heading')}>
          <h2 class="dh-subtitle">{t('offer.heading')}</h2>
          <Step entry={summary.latestOffer} i18n={i18n} />
        </section>
      )}
      {summary.messages.length > 0 && <Messages messages={summary.messages} i18n={i18n} />}
      {dossierUrl && (
        <button
          type="button"
          class="dh-link-button"
          data-testid="dossier-open"
          // Without an opener: a tab opened with a link back to a page inside AliExpress gets no extension APIs.
          onClick={() => window.open(dossierUrl, '_blank', 'noopener')}
        >
          {t('dossier.open')}
        </button>
      )}
    </>
  );
}

/** Days and hours left in the buyer's time; a passed date says so, an estimate says it is one. */
function Countdown({ deadline, i18n, now }: { deadline: Deadline; i18n: Translator; now: number }) {
  const { t } = i18n;
  const passed = deadline.due.at <= now;
  return (
    <p class={`dh-countdown${passed ? ' dh-countdown-passed' : ''}`} data-testid="countdown" data-passed={passed}>
      {countdownText(deadline.due.at, now, i18n)}
      {deadline.basis === 'estimated' && <span class="dh-muted"> · {t('countdown.estimated')}</span>}
      {deadline.disagreement && <span class="dh-muted"> · {t('countdown.pagesDisagree')}</span>}
    </p>
  );
}

function Stepper({ stage, i18n }: { stage: (typeof STAGES)[number]; i18n: Translator }) {
  const reached = STAGES.indexOf(stage);
  return (
    <ol class="dh-stepper" data-testid="stage" data-stage={stage} aria-label={i18n.t('stage.heading')}>
      {STAGES.map((name, index) => (
        <li
          key={name}
          class={index < reached ? 'dh-stage-done' : index === reached ? 'dh-stage-now' : 'dh-stage-later'}
          aria-current={index === reached ? 'step' : undefined}
        >
          {i18n.t(`stage.${name}`)}
        </li>
      ))}
    </ol>
  );
}

function Messages({ messages, i18n }: { messages: HistoryEntry[]; i18n: Translator }) {
  const [all, setAll] = useState(false);
  const shown = all ? messages : messages.slice(0, MESSAGES_SHOWN);
  return (
    <section class="dh-messages" aria-label={i18n.t('fact.history')}>
      <h2 class="dh-subtitle">{i18n.t('fact.history')}</h2>
      <ol class="dh-history">
        {shown.map((entry, index) => (
          <li key={index} data-testid="history-entry" data-actor={entry.actor ?? ''}>
            <Step entry={entry} i18n={i18n} />
          </li>
        ))}
      </ol>
      {messages.length > MESSAGES_SHOWN && (
        <button type="button" class="dh-link-button" data-testid="history-toggle" onClick={() => setAll(!all)}>
          {all ? i18n.t('history.showFewer') : i18n.plural('history.showAll', messages.length)}
        </button>
      )}
    </section>
  );
}

/** One step: when, who, what they said, and the amount; the page's internal action codes are never shown. */
function Step({ entry, i18n }: { entry: HistoryEntry; i18n: Translator }) {
  return (
    <>
      <span class="dh-muted">
        {[entry.at && i18n.formatPageDate(entry.at), entry.actor && i18n.t(`actor.${entry.actor}`)]
          .filter(Boolean)
          .join(' · ')}
      </span>{' '}
      {[
        entry.text,
        entry.amount && !entry.text?.includes(String(entry.amount.amount)) && i18n.formatMoney(entry.amount),
      ]
        .filter(Boolean)
        .join(' · ')}
    </>
  );
}
