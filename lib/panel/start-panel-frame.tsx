import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { Panel } from '../../components/Panel';
import { pickLanguage } from '../i18n/text';
import { replyErrorKey, sendToWorker } from '../messaging/client';
import type { FromPanel, ManualFacts, PanelAnswer, PanelView } from '../messaging/panel-channel';
import type { EvidenceState, WatchStatus } from '../messaging/protocol';
import { isCasePage } from '../pages/page-kind';
import { summariseCase } from '../deadlines/case-summary';
import type { TimelineLine } from '../case-log/line-message';
import { problemKindOf } from '../aliexpress/dispute-reasons';
import { dossierPageUrl } from '../dossier/dossier-url';
import { loadFrameTranslator } from './frame-translator';
import { createDisputeChecker, type CaseIds } from './dispute-checker';
import { followView } from './follow-view';
import { compileInSteps, likelyAlphabet } from './compile-ahead';
import type { Site } from '../model/vocab';
import type { RemindersView } from '../../components/RemindersToggle';

// Reminders are on exactly while the buyer lets the extension show notifications (an optional permission).
const NOTIFICATIONS = { permissions: ['notifications' as const] };

const COUNTDOWN_TICK_MS = 60_000;

/**
 * The panel frame: an extension page the content script shows inside AliExpress pages. The content script of its tab
 * answers its requests, which the worker passes on: "the view, once newer", and the buyer's actions.
 */
export async function startPanelFrame(root: HTMLElement): Promise<void> {
  const preferred = navigator.languages.length ? navigator.languages : [navigator.language];
  const language = pickLanguage(preferred);
  // The worker knows which tab this frame is in; without an answer there is nothing to show. Asked while the
  // language's strings load, so the first paint waits for the slower of the two, not both in turn.
  const [{ i18n, dictionary }, hello] = await Promise.all([
    loadFrameTranslator(language, preferred),
    sendToWorker({ type: 'panel-hello' }),
  ]);
  document.documentElement.lang = language;
  document.title = i18n.t('panelTitle');
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
  // The check runs here, in the frame's own process: the page never carries the analyzer, and the worker starts without it.
  const checkPart = () => import('./check-part');
  const checker = createDisputeChecker({
    check: async () => (await checkPart()).checkDispute,
    learnedModel: async () => (await checkPart()).learnedModel(),
    context: async (ask) => {
      const reply = await sendToWorker({ type: 'check-context', ...ask });
      return reply.ok ? { ok: true, context: reply.result } : { ok: false, reason: replyErrorKey(reply.error) };
    },
    verdict: (id, verdict) => send({ type: 'checked', id, verdict }),
    // The step shows in the timeline at once, not at the next tick.
    ran: (orderId, text, verdict) =>
      void sendToWorker({ type: 'check-ran', orderId, text, verdict }).then(() => shown && refreshTimeline(shown)),
    changed: () => shown && paint(shown),
  });
  // A form on the page: the check's compiling is done now, a step at a time, before the buyer's first click needs it.
  let compiling: Promise<void> | undefined;
  const compileAhead = (site: Site) =>
    (compiling ??= checkPart()
      .then((part) => compileInSteps(part.compileAheadSteps(likelyAlphabet(site, language))))
      // A check still compiles what it needs itself.
      .catch(() => undefined));
  let timeline: readonly TimelineLine[] = [];
  // Unknown until the browser says; where the frame has no permissions API (Firefox gives frames inside pages only
  // some of the extension APIs) the switch is not offered rather than the panel failing.
  const permissions = (browser as { permissions?: typeof browser.permissions }).permissions;
  let reminders: RemindersView | undefined;
  const remindersChanged = async (denied: boolean) => {
    if (!permissions) return;
    reminders = { on: await permissions.contains(NOTIFICATIONS).catch(() => false), denied };
    if (shown) paint(shown);
  };
  // The browser asks the buyer only from within a click: request() runs first thing in the handler, before any await.
  const toggleReminders = () => {
    if (!permissions || !reminders) return;
    const turningOn = !reminders.on;
    const change = turningOn ? permissions.request(NOTIFICATIONS) : permissions.remove(NOTIFICATIONS);
    void change.then(
      (done) => remindersChanged(turningOn && !done),
      () => remindersChanged(turningOn),
    );
  };
  void remindersChanged(false);
  // Turned on or off elsewhere (another tab's panel, the browser's settings).
  permissions?.onAdded.addListener(() => void remindersChanged(false));
  permissions?.onRemoved.addListener(() => void remindersChanged(false));
  let watch: { disputeId: string; status: WatchStatus } | undefined;
  /** Asks the worker where this dispute's watcher stands (switching it when `on` is given), then paints again. */
  const askWatch = async (page: PanelView['page'], on?: boolean) => {
    if (page.kind !== 'dispute-detail' || !page.disputeId) return;
    const { disputeId, site } = page;
    const reply = await sendToWorker({ type: 'panel-watch', disputeId, site, ...(on !== undefined && { on }) });
    if (!reply.ok) return;
    watch = { disputeId, status: reply.result };
    if (shown) paint(shown);
  };
  // The order's evidence is the frame's own: it reads and writes the buyer's files in the extension's database. Its
  // part loads after the first paint; a check already shown runs again when the evidence changes.
  let evidence: EvidencePart | undefined;
  void import('./evidence-part').then(async (part) => {
    await part.loadEvidenceStrings(language, dictionary);
    const controller = part.createEvidenceController({
      changed: () => shown && paint(shown),
      saved: () => {
        if (checker.view(shown?.check)?.state === 'done') send({ type: 'check' });
        templates?.evidenceChanged();
        // The worker does not see the frame's own writes: told, it shares the checklist when sync is on.
        void sendToWorker({ type: 'sync-changed' });
      },
      stateElsewhere: async (orderId): Promise<EvidenceState | undefined> => {
        const reply = await sendToWorker({ type: 'evidence-state', orderId });
        return reply.ok ? reply.result : undefined;
      },
    });
    evidence = { controller, parts: () => part.evidenceParts(controller, i18n) };
    if (shown) followEvidence(shown);
  });
  // The reply templates load after the first paint too; their section keeps what the buyer typed across paints.
  let templates: ReturnType<typeof import('./templates-part').createTemplatesPart> | undefined;
  void import('./templates-part').then(async (part) => {
    const strings = await part.loadTemplateStrings(language, dictionary);
    templates = part.createTemplatesPart({
      i18n,
      strings,
      changed: () => shown && paint(shown),
      insert: async (text) => {
        const answer = await ask({ type: 'insert-text', text });
        return answer && 'inserted' in answer ? answer.inserted : undefined;
      },
      evidenceState: async (orderId) => {
        const reply = await sendToWorker({ type: 'evidence-state', orderId });
        return reply.ok ? reply.result : undefined;
      },
    });
    if (shown) paint(shown);
  });
  const followEvidence = (view: PanelView) =>
    evidence?.controller.follow(isCasePage(view.page.kind) ? orderOf(view) : undefined);
  const paint = (view: PanelView) => {
    shown = view;
    const { check: form, ...rest } = view;
    const check = checker.view(form);
    const page = view.page;
    const watchHere = watch && watch.disputeId === page.disputeId ? watch.status : undefined;
    const evidenceHere = isCasePage(page.kind) ? evidence?.parts() : undefined;
    const reasonKind = problemKindOf(view.facts.dispute?.facts.reason);
    const templatesHere = isCasePage(page.kind) ? templates?.section(view, orderOf(view), reasonKind) : undefined;
    const orderId = isCasePage(page.kind) ? orderOf(view) : undefined;
    const now = Date.now();
    render(
      <ErrorBoundary fallback={i18n.t('panelCrashed')}>
        <Panel
          {...rest}
          {...(check && { check })}
          summary={summariseCase(view.facts, now, timeZone)}
          reasonKind={reasonKind}
          now={now}
          timeline={timeline}
          i18n={i18n}
          onToggle={() => send({ type: 'toggle' })}
          onManualSave={saveManualFacts}
          onCheck={() => {
            checker.request();
            send({ type: 'check' });
          }}
          {...(reminders && { reminders, onRemindersToggle: toggleReminders })}
          {...(watchHere && { watch: watchHere, onWatchToggle: (on: boolean) => void askWatch(page, on) })}
          {...(evidenceHere && { evidence: evidenceHere })}
          {...(templatesHere && { templates: templatesHere })}
          {...(orderId && { dossierUrl: dossierPageUrl(orderId) })}
        />
      </ErrorBoundary>,
      root,
    );
  };
  // The case log is the worker's: asked again whenever the view changes (a report may have added lines), and on the
  // countdown's tick for the lines the worker adds on its own (reminders, the seller-reply watcher).
  let asked = 0;
  const refreshTimeline = async (view: PanelView) => {
    const ask = ++asked;
    const orderId = orderOf(view);
    const disputeId = view.page.disputeId;
    if (!orderId && !disputeId) return;
    const reply = await sendToWorker({
      type: 'case-timeline',
      ...(orderId && { orderId }),
      ...(disputeId && { disputeId }),
    });
    // An older answer arriving after a newer one must not replace it.
    if (!reply.ok || ask !== asked || shown !== view) return;
    timeline = reply.result.lines;
    paint(view);
  };
  // Back from the evidence tab (or another panel), the score is read again.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && shown) followEvidence(shown);
  });
  // Countdowns move on while the page stays open.
  setInterval(() => {
    if (!shown) return;
    paint(shown);
    void refreshTimeline(shown);
  }, COUNTDOWN_TICK_MS);

  void followView({
    wait: (since) => ask({ type: 'wait', since }),
    changed: (view) => {
      checker.follow(view.check, caseIdsOf(view));
      if (view.check && view.check.state !== 'no-form') void compileAhead(view.page.site);
      followEvidence(view);
      paint(view);
      void refreshTimeline(view);
      // A new view may mean the request was just learned or the page changed dispute.
      void askWatch(view.page);
    },
  });

  // The frame is only as tall as its content, within the window: tell the content script what that is.
  new ResizeObserver(() => send({ type: 'size', height: Math.ceil(root.getBoundingClientRect().height) })).observe(
    root,
  );
}

interface EvidencePart {
  controller: ReturnType<typeof import('./evidence-part').createEvidenceController>;
  parts: () => ReturnType<typeof import('./evidence-part').evidenceParts>;
}

function caseIdsOf(view: PanelView): CaseIds {
  const orderId = orderOf(view);
  const disputeId = view.page.disputeId;
  return { ...(orderId && { orderId }), ...(disputeId && { disputeId }) };
}

/** The order the view is about: named by the address, or known from the page's data (a dispute page names only the dispute). */
function orderOf(view: PanelView): string | undefined {
  return view.page.orderId ?? view.facts.order?.orderId ?? view.facts.dispute?.orderId;
}
