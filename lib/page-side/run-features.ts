import type { FeatureContext, PageFeature } from './feature';

/**
 * Starts every feature that runs on this page, each behind its own error boundary and with its own abort signal,
 * which ends with `pageSignal`. A feature that throws while starting is stopped alone; the others go on.
 */
export function runFeatures(
  features: readonly PageFeature[],
  context: Omit<FeatureContext, 'signal'>,
  pageSignal: AbortSignal,
): void {
  for (const feature of features) {
    if (!feature.runsOn(context.page)) continue;
    const own = new AbortController();
    pageSignal.addEventListener('abort', () => own.abort(), { once: true, signal: own.signal });
    try {
      const cleanup = feature.start({ ...context, signal: own.signal });
      if (cleanup) own.signal.addEventListener('abort', cleanup, { once: true });
    } catch (error) {
      console.debug('[dispute-helper]', feature.name, error);
      own.abort();
    }
  }
}
