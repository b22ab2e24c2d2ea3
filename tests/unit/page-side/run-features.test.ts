// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createTranslator } from '../../../lib/i18n';
import type { FeatureContext, PageFeature } from '../../../lib/page-side/feature';
import { createPageHub } from '../../../lib/page-side/page-hub';
import { runFeatures } from '../../../lib/page-side/run-features';
import type { DetectedPage } from '../../../lib/pages/detect-page';

const LIST: DetectedPage = { kind: 'order-list', site: 'global' };
const DETAIL: DetectedPage = { kind: 'order-detail', site: 'ru', orderId: '5385013512515995' };

function contextFor(page: DetectedPage): Omit<FeatureContext, 'signal'> {
  return {
    page,
    ctx: {} as ContentScriptContext,
    settled: Promise.resolve(),
    hub: createPageHub(),
    language: 'en',
    i18n: createTranslator('en'),
  };
}

function feature(name: string, runsOn: PageFeature['runsOn'], start: PageFeature['start']): PageFeature {
  return { name, runsOn, start };
}

afterEach(() => vi.restoreAllMocks());

describe('runFeatures', () => {
  it('starts only the features that run on the page', () => {
    const started: string[] = [];
    const features = [
      feature(
        'everywhere',
        () => true,
        () => void started.push('everywhere'),
      ),
      feature(
        'lists',
        (page) => page.kind === 'order-list',
        () => void started.push('lists'),
      ),
    ];
    runFeatures(features, contextFor(DETAIL), new AbortController().signal);
    expect(started).toEqual(['everywhere']);
    runFeatures(features, contextFor(LIST), new AbortController().signal);
    expect(started).toEqual(['everywhere', 'everywhere', 'lists']);
  });

  it('a feature that throws is stopped alone; the others start and keep working', () => {
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const signals: Record<string, AbortSignal> = {};
    const features = [
      feature(
        'broken',
        () => true,
        ({ signal }) => {
          signals.broken = signal;
          throw new Error('selector exploded');
        },
      ),
      feature(
        'healthy',
        () => true,
        ({ signal }) => void (signals.healthy = signal),
      ),
    ];
    runFeatures(features, contextFor(LIST), new AbortController().signal);
    expect(signals.broken?.aborted).toBe(true);
    expect(signals.healthy?.aborted).toBe(false);
    expect(console.debug).toHaveBeenCalledWith('[dispute-helper]', 'broken', expect.any(Error));
  });

  it('leaving the page aborts every feature and runs its cleanup once', () => {
    const cleanup = vi.fn();
    let signal: AbortSignal | undefined;
    const page = new AbortController();
    runFeatures(
      [
        feature(
          'with-cleanup',
          () => true,
          (context) => {
            signal = context.signal;
            return cleanup;
          },
        ),
      ],
      contextFor(LIST),
      page.signal,
    );
    expect(cleanup).not.toHaveBeenCalled();
    page.abort();
    page.abort();
    expect(signal?.aborted).toBe(true);
    expect(cleanup).toHaveBeenCalledTimes(1);
  });
});

describe('the page hub', () => {
  it('delivers to listeners until their signal aborts; a throwing listener does not stop the others', () => {
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const hub = createPageHub();
    const first = new AbortController();
    const heard: string[] = [];
    hub.on('check', () => heard.push('first'), first.signal);
    hub.on(
      'check',
      () => {
        throw new Error('listener failed');
      },
      new AbortController().signal,
    );
    hub.on('check', (view) => heard.push(`last:${view.state}`), new AbortController().signal);
    hub.emit('check', { state: 'idle' });
    first.abort();
    hub.emit('check', { state: 'no-form' });
    expect(heard).toEqual(['first', 'last:idle', 'last:no-form']);
  });

  it('ignores a listener whose signal already aborted', () => {
    const hub = createPageHub();
    const gone = new AbortController();
    gone.abort();
    const listener = vi.fn();
    hub.on('check-requested', listener, gone.signal);
    hub.emit('check-requested', undefined);
    expect(listener).not.toHaveBeenCalled();
  });
});
