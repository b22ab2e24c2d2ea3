import { describe, expect, it, vi } from 'vitest';
import { checkDispute, type DisputeDraft } from '../../../lib/analyzer';
import type { LearnedModel } from '../../../lib/analyzer/learned/model';
import type { FormCheck, FormDraft } from '../../../lib/messaging/panel-channel';
import type { CheckContext } from '../../../lib/messaging/protocol';
import { createDisputeChecker, draftToCheck, type DisputeCheckerParts } from '../../../lib/panel/dispute-checker';

const ORDER = '8190000123456789';
const TEXT =
  'The parcel arrived on 3 March with a cracked screen: photos of the crack and the box are attached. Please refund 40 of the price.';
const ANGRY = 'This is fucking garbage, you idiots. Refund me now.';

type ContextAnswer = Awaited<ReturnType<DisputeCheckerParts['context']>>;

/** A checker over the real analyzer, with the worker's answers and the frame's outlets recorded. */
type CheckPart = Parameters<typeof createDisputeChecker>[0]['check'];

function harness(options: { context?: () => Promise<ContextAnswer>; learned?: LearnedModel; check?: CheckPart } = {}) {
  const verdicts: Array<[number, string]> = [];
  const ran: Array<[string, string]> = [];
  const analyzed: DisputeDraft[] = [];
  const changed = vi.fn();
  const checker = createDisputeChecker({
    check:
      options.check ??
      (async () => (draft, learned) => {
        analyzed.push(draft);
        return checkDispute(draft, learned);
      }),
    learnedModel: async () => options.learned,
    context: options.context ?? (async () => ({ ok: true, context: { keptFiles: 2 } })),
    verdict: (id, verdict) => verdicts.push([id, verdict]),
    ran: (_orderId, text, verdict) => ran.push([text, verdict]),
    changed,
  });
  return { checker, verdicts, ran, analyzed, changed };
}

const draft = (id: number, text: string, shown = true, extra: Partial<FormDraft> = {}): FormCheck => ({
  state: 'draft',
  id,
  draft: { text, attachedFiles: 1, ...extra },
  shown,
});
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the dispute check in the panel frame', () => {
  it('checks a draft the buyer asked for and shows the verdict, telling the page and the timeline', async () => {
    const { checker, verdicts, ran } = harness();
    const form = draft(1, ANGRY);
    checker.follow(form, { orderId: ORDER });
    expect(checker.view(form)).toEqual({ state: 'checking' });
    await settle();
    const view = checker.view(form);
    expect(view?.state).toBe('done');
    expect(view?.state === 'done' && view.result.verdict).toBe('blocker');
    expect(verdicts).toEqual([[1, 'blocker']]);
    expect(ran).toEqual([[ANGRY, 'blocker']]);
  });

  it('checks a draft nobody asked to see silently: the panel stays idle, the page still learns the verdict', async () => {
    const { checker, verdicts, ran } = harness();
    const form = draft(1, ANGRY, false);
    checker.follow(form, { orderId: ORDER });
    await settle();
    expect(checker.view(form)).toEqual({ state: 'idle' });
    expect(verdicts).toEqual([[1, 'blocker']]);
    // Not a step the buyer took: nothing in the case's timeline.
    expect(ran).toEqual([]);
  });

  it('a click the page never answers still shows the newest draft, from its silent check, after a moment', async () => {
    const { checker, ran } = harness();
    const form = draft(1, ANGRY, false);
    checker.follow(form, { orderId: ORDER });
    await settle();
    expect(checker.view(form)).toEqual({ state: 'idle' });
    vi.useFakeTimers();
    try {
      checker.request();
      expect(checker.view(form)).toEqual({ state: 'checking' });
      await vi.advanceTimersByTimeAsync(1000);
    } finally {
      vi.useRealTimers();
    }
    const view = checker.view(form);
    expect(view?.state === 'done' && view.result.verdict).toBe('blocker');
    expect(ran).toEqual([[ANGRY, 'blocker']]);
  });

  it('a click the page answers shows the page’s live draft, not an older one checked silently', async () => {
    const { checker, ran } = harness();
    checker.follow(draft(1, ANGRY, false), { orderId: ORDER });
    await settle();
    checker.request();
    const live = draft(2, TEXT, true);
    checker.follow(live, { orderId: ORDER });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const view = checker.view(live);
    expect(view?.state === 'done' && view.text).toBe(TEXT);
    expect(ran.map(([text]) => text)).toEqual([TEXT]);
  });

  it('a click while the silent check runs shows "checking", then its result', async () => {
    let answer: (value: ContextAnswer) => void = () => undefined;
    const { checker } = harness({ context: () => new Promise((resolve) => (answer = resolve)) });
    const form = draft(1, TEXT, false);
    checker.follow(form, { orderId: ORDER });
    checker.request();
    expect(checker.view(form)).toEqual({ state: 'checking' });
    answer({ ok: true, context: {} });
    await settle();
    expect(checker.view(form)?.state).toBe('done');
  });

  it('after a click, each newer draft is shown as the buyer types, whatever the page says', async () => {
    const { checker } = harness();
    checker.follow(draft(1, TEXT, false), {});
    await settle();
    checker.request();
    const typed = draft(2, ANGRY, false);
    checker.follow(typed, {});
    await settle();
    const view = checker.view(typed);
    expect(view?.state === 'done' && view.text).toBe(ANGRY);
  });

  it('another page (its form seen anew) has had no click: its drafts stay silent', async () => {
    const { checker } = harness();
    checker.follow(draft(1, TEXT, false), {});
    await settle();
    checker.request();
    checker.follow({ state: 'idle' }, {});
    const next = draft(2, ANGRY, false);
    checker.follow(next, {});
    await settle();
    expect(checker.view(next)).toEqual({ state: 'idle' });
  });

  it('passes the form’s own states through', () => {
    const { checker } = harness();
    expect(checker.view({ state: 'no-form' })).toEqual({ state: 'no-form' });
    expect(checker.view({ state: 'idle' })).toEqual({ state: 'idle' });
    expect(checker.view(undefined)).toBeUndefined();
  });

  it('keeps only the newest draft’s outcome when the buyer types while an older one is checked', async () => {
    let answerFirst: (answer: ContextAnswer) => void = () => undefined;
    let asks = 0;
    const { checker, verdicts, ran } = harness({
      context: () =>
        ++asks === 1
          ? new Promise((resolve) => (answerFirst = resolve))
          : Promise.resolve({ ok: true, context: { keptFiles: 2 } }),
    });
    checker.follow(draft(1, ANGRY), { orderId: ORDER });
    checker.follow(draft(2, TEXT), { orderId: ORDER });
    await settle();
    answerFirst({ ok: true, context: {} });
    await settle();
    expect(verdicts.map(([id]) => id)).toEqual([2]);
    expect(ran.map(([text]) => text)).toEqual([TEXT]);
    const view = checker.view(draft(2, TEXT));
    expect(view?.state === 'done' && view.text).toBe(TEXT);
  });

  it('does not check the same draft twice when the view is only painted again', async () => {
    const { checker, analyzed } = harness();
    const form = draft(5, TEXT);
    checker.follow(form, {});
    checker.follow(form, {});
    await settle();
    checker.follow(form, {});
    expect(analyzed).toHaveLength(1);
  });

  it('checks a new page’s draft after a single-page navigation, whatever its id', async () => {
    const { checker, analyzed } = harness();
    checker.follow(draft(7, TEXT), {});
    checker.follow(draft(3, ANGRY), {});
    await settle();
    expect(analyzed.map((checked) => checked.text)).toEqual([TEXT, ANGRY]);
  });

  it('says why it could not check when the worker does not answer, and tells the page nothing', async () => {
    const { checker, verdicts, ran } = harness({ context: async () => ({ ok: false, reason: 'error.no-answer' }) });
    const form = draft(1, ANGRY);
    checker.follow(form, { orderId: ORDER });
    await settle();
    expect(checker.view(form)).toEqual({ state: 'error', reason: 'error.no-answer' });
    expect(verdicts).toEqual([]);
    expect(ran).toEqual([]);
  });

  it('says so when the analyzer cannot be loaded (the extension updated under the page)', async () => {
    const { checker } = harness({
      check: () => Promise.reject(new Error('Failed to fetch dynamically imported module')),
    });
    const form = draft(1, TEXT);
    checker.follow(form, {});
    await settle();
    expect(checker.view(form)).toEqual({ state: 'error', reason: 'error.no-answer' });
  });

  it('asks the worker nothing on a page that names no case', async () => {
    const context = vi.fn(async (): Promise<ContextAnswer> => ({ ok: true, context: {} }));
    const { checker, verdicts } = harness({ context });
    checker.follow(draft(1, TEXT), {});
    await settle();
    expect(context).not.toHaveBeenCalled();
    expect(verdicts).toHaveLength(1);
  });

  it('says so when the check itself fails, instead of checking for good', async () => {
    const { checker } = harness({
      check: async () => () => {
        throw new Error('a lexicon failed to build');
      },
    });
    const form = draft(1, TEXT);
    checker.follow(form, {});
    await settle();
    expect(checker.view(form)).toEqual({ state: 'error', reason: 'error.no-answer' });
  });

  it('adds no timeline line for an empty text, nor without an order', async () => {
    const { checker, verdicts, ran } = harness();
    checker.follow(draft(1, '   '), { orderId: ORDER });
    await settle();
    checker.follow(draft(2, TEXT), { disputeId: '5010000123456789' });
    await settle();
    expect(verdicts).toHaveLength(2);
    expect(ran).toEqual([]);
  });

  it('compares with what the worker knows: the order’s total in the form’s currency', async () => {
    const context: CheckContext = { orderTotal: 11.48, currency: 'USD', keptFiles: 2 };
    const { checker, analyzed } = harness({ context: async () => ({ ok: true, context }) });
    const form = draft(1, TEXT, true, { resolution: 'partial_refund', amount: 40, currencyText: 'Max. US $12.99' });
    checker.follow(form, { orderId: ORDER });
    await settle();
    const view = checker.view(form);
    expect(view?.state === 'done' && view.result.findings.map((finding) => finding.code)).toContain(
      'amount_exceeds_total',
    );
    expect(analyzed[0]).not.toHaveProperty('currencyText');
  });

  it('passes the learned model to the check', async () => {
    const text = `${TEXT} My cousin has heard all about this order.`;
    const threatOn = (cousin: number): LearnedModel => ({
      insult: { bias: -10, threshold: 0.5, weights: {} },
      threat: { bias: -10, threshold: 0.5, weights: { cousi: cousin } },
      vague: { bias: -10, threshold: 0.5, weights: {} },
      vocabulary: ['cousi'],
    });
    const codes = async (learned: LearnedModel | undefined) => {
      const { checker } = harness(learned ? { learned } : {});
      const form = draft(1, text);
      checker.follow(form, {});
      await settle();
      const view = checker.view(form);
      return view?.state === 'done' ? view.result.findings.map((finding) => finding.code) : [];
    };
    expect(await codes(threatOn(20))).toContain('threat');
    expect(await codes(threatOn(0))).not.toContain('threat');
    expect(await codes(undefined)).not.toContain('threat');
  });
});

describe('draftToCheck', () => {
  it('adds the worker’s facts and leaves out the text it read the currency from', () => {
    expect(
      draftToCheck(
        { text: 'x', amount: 5, currencyText: 'Max. US $12.99', attachedFiles: 0 },
        { currency: 'USD', orderTotal: 12.99, keptFiles: 1, missingEvidence: ['damage-photos'] },
      ),
    ).toEqual({
      text: 'x',
      amount: 5,
      attachedFiles: 0,
      currency: 'USD',
      orderTotal: 12.99,
      keptFiles: 1,
      missingEvidence: ['damage-photos'],
    });
  });
});
