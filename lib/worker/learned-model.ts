import type { LearnedModel } from '../analyzer/learned/model';
import { z } from '../model/zod';

const linearModel = z.object({
  bias: z.number(),
  threshold: z.number().check(z.gte(0), z.lte(1)),
  weights: z.record(z.string(), z.number()),
});
/** The shape of `learned-model.json`: the file is the extension's own, but it is still read, so it is checked. */
export const learnedModel = z.object({
  version: z.literal(2),
  insult: linearModel,
  threat: linearModel,
  vague: linearModel,
  vocabulary: z.array(z.string()),
});

/**
 * Loads the analyzer's learned model (a file of the extension, about 300 KB) on the first check rather than with the
 * worker, and keeps it while the worker lives. A file that cannot be read or fails the schema leaves the check to its
 * rules (said in the worker's console) and is tried again on the next check.
 */
export function learnedModelLoader(
  url: string,
  fetchFile: (url: string) => Promise<Response>,
): () => Promise<LearnedModel | undefined> {
  let loading: Promise<LearnedModel | undefined> | undefined;
  const load = async () => {
    const response = await fetchFile(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return learnedModel.parse(await response.json()) as LearnedModel;
  };
  return () =>
    (loading ??= load().catch((error: unknown) => {
      console.warn('Dispute Helper: the learned model could not be loaded; the check uses its rules only.', error);
      loading = undefined;
      return undefined;
    }));
}
