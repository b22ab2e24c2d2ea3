import { render } from 'preact';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { Panel } from '../../components/Panel';
import { pickLanguage } from '../i18n';
import { sendToWorker } from '../messaging/client';
import type { FromPanel, ManualFacts, PanelAnswer, PanelView } from '../messaging/panel-channel';
import { summariseCase } from '../deadlines/case-summary';
import { problemKindOf } from '../aliexpress/dispute-reasons';
import { frameTranslator } from './frame-translator';

// When the content script does not answer (the worker restarting, the page going), ask again a little later.
const RETRY_MS = 500;
// The page is gone for good after this many failed asks in a row: the frame goes with it anyway.
const MAX_FAILURES = 20;
const COUNTDOWN_TICK_MS = 60_000;

/**
 * The panel frame: an extension page the content script shows inside AliExpress pages. The content script of its tab
 * answers its requests, which the worker passes on: "the view, once newer", and the buyer's actions.
 */
export async function startPanelFrame(root: HTMLElement): Promise<void> {
  const preferred = navigator.languages.length ? navigator.languages : [navigator.language];
  const language = pickLanguage(preferred);
  const i18n = frameTranslator(language, preferred);
  document.documentElement.lang = language;
  document.title = i18n.t('panelTitle');

  // The worker knows which tab this frame is in; without an answer there is nothing to show.
  const hello = await sendToWorker({ type: 'panel-hello' });
  if (!hello.ok) return;
  const ask = async (request: FromPanel): Promise<PanelAnswer | undefined> => {
    const reply = await sendToWorker({ type: 'panel-request', request });
    return reply.ok ? (reply.result.answer as PanelAnswer | undefined) : undefined;
  };
  const send = (request: FromPanel) => void ask(request);

  const saveManualFacts = async (facts: ManualFacts): Promise<string | null> => {
    const answer = await ask({ type: 'manual-facts', facts });
    const error = answer && 'saved' in answer ? answer.saved : 'error.no-answer';
    return error ? i18n.t('status.error', { reason: i18n.t(error) }) : null;
  };

  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  let shown: PanelView | undefined;
  const paint = (view: PanelView) => {
    shown = view;
    const now = Date.now();
    render(
      <ErrorBoundary fallback={i18n.t('panelCrashed')}>
        <Panel
          {...view}
          summary={summariseCase(view.facts, now, timeZone)}
          reasonKind={problemKindOf(view.facts.dispute?.facts.reason)}
          now={now}
          i18n={i18n}
          onToggle={() => send({ type: 'toggle' })}
          onManualSave={saveManualFacts}
          onCheck={() => send({ type: 'check' })}
        />
      </ErrorBoundary>,
      root,
    );
  };
  // Countdowns move on while the page stays open.
  setInterval(() => shown && paint(shown), COUNTDOWN_TICK_MS);

  // Asks for the view, then for each newer one; the content script answers when there is a change.
  void (async () => {
    let since = -1;
    for (let failures = 0; failures < MAX_FAILURES;) {
      const answer = await ask({ type: 'wait', since });
      if (answer && 'view' in answer) {
        failures = 0;
        if (answer.version !== since) paint(answer.view);
        since = answer.version;
      } else {
        failures++;
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS * failures));
      }
    }
  })();

  // The frame is only as tall as its content, within the window: tell the content script what that is.
  new ResizeObserver(() => send({ type: 'size', height: Math.ceil(root.getBoundingClientRect().height) })).observe(
    root,
  );
}
