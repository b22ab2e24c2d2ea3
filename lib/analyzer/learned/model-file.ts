import type { LearnedModel, LinearModel } from './model';
import { z } from '../../model/zod';

/**
 * `learned-model.json` stores each model's features as one string and its weights as whole thousandths, and the
 * vocabulary as one string: the same model as an object of 12,000 keys took a fifth more bytes, all quotes, colons and
 * "0.". Features never hold "|" and stems never hold a space (features.ts reads words of letters and digits only).
 *
 * Both lists are sorted, and neighbours share their first letters (короб, корот, корпу), so each entry is written as
 * one digit, how many letters it shares with the entry before (at most 9), and the rest ("0короб|4т|3пу"): the file is
 * 29% smaller than with whole entries, most of it two-byte Cyrillic.
 */
const FEATURE_SEPARATOR = '|';
const STEM_SEPARATOR = ' ';
const THOUSANDTHS = 1000;
const MAX_SHARED = 9;

const splitOrEmpty = (joined: string, separator: string) => (joined === '' ? [] : joined.split(separator));

/** Each entry as the letters it shares with the one before, as a digit, and the rest. */
function frontCoded(entries: readonly string[], separator: string): string {
  let previous = '';
  return entries
    .map((entry) => {
      let shared = 0;
      while (shared < MAX_SHARED && shared < entry.length && entry[shared] === previous[shared]) shared++;
      previous = entry;
      return `${shared}${entry.slice(shared)}`;
    })
    .join(separator);
}

/** The entries back; throws on an entry that does not open with a digit or shares more than the one before has. */
function frontDecoded(joined: string, separator: string): string[] {
  let previous = '';
  return splitOrEmpty(joined, separator).map((coded, index) => {
    const shared = coded.charCodeAt(0) - 48;
    if (!(shared >= 0 && shared <= MAX_SHARED) || shared > previous.length)
      throw new Error(`learned model: entry ${index} is not front-coded`);
    previous = previous.slice(0, shared) + coded.slice(1);
    return previous;
  });
}

const linearModelFile = z
  .object({
    bias: z.number(),
    threshold: z.number().check(z.gte(0), z.lte(1)),
    features: z.string(),
    weights: z.array(z.int()),
  })
  .check(
    z.refine(
      (file) => splitOrEmpty(file.features, FEATURE_SEPARATOR).length === file.weights.length,
      'not one weight per feature',
    ),
  );

/** The shape of `learned-model.json`: the file is the extension's own, but it is still read, so it is checked. */
export const learnedModelFile = z.object({
  version: z.literal(4),
  insult: linearModelFile,
  threat: linearModelFile,
  vague: linearModelFile,
  vocabulary: z.string(),
});
export type LearnedModelFile = z.infer<typeof learnedModelFile>;
type LinearModelFile = z.infer<typeof linearModelFile>;

function decodeLinear(file: LinearModelFile): LinearModel {
  const features = frontDecoded(file.features, FEATURE_SEPARATOR);
  return {
    bias: file.bias,
    threshold: file.threshold,
    weights: Object.fromEntries(features.map((feature, i) => [feature, file.weights[i]! / THOUSANDTHS])),
  };
}

function encodeLinear(model: LinearModel): LinearModelFile {
  const entries = Object.entries(model.weights);
  return {
    bias: model.bias,
    threshold: model.threshold,
    features: frontCoded(
      entries.map(([feature]) => feature),
      FEATURE_SEPARATOR,
    ),
    weights: entries.map(([, weight]) => Math.round(weight * THOUSANDTHS)),
  };
}

/** Reads the file's text into the model the check uses; throws when it is not a model file of this version. */
export function parseLearnedModel(json: unknown): LearnedModel {
  const file = learnedModelFile.parse(json);
  return {
    insult: decodeLinear(file.insult),
    threat: decodeLinear(file.threat),
    vague: decodeLinear(file.vague),
    vocabulary: frontDecoded(file.vocabulary, STEM_SEPARATOR),
  };
}

/** The file for a trained model (weights already rounded to thousandths, so reading it back gives the same model). */
export function encodeLearnedModel(model: LearnedModel): LearnedModelFile {
  return {
    version: 4,
    insult: encodeLinear(model.insult),
    threat: encodeLinear(model.threat),
    vague: encodeLinear(model.vague),
    vocabulary: frontCoded(model.vocabulary, STEM_SEPARATOR),
  };
}

/**
 * Loads the analyzer's learned model (a file of the extension, about 210 KB) on the first check rather than with the
 * panel frame, and keeps it while the frame lives. A file that cannot be read or fails the schema leaves the check to
 * its rules (said in the frame's console) and is tried again on the next check.
 */
export function learnedModelLoader(
  url: string,
  fetchFile: (url: string) => Promise<Response>,
): () => Promise<LearnedModel | undefined> {
  let loading: Promise<LearnedModel | undefined> | undefined;
  const load = async () => {
    const response = await fetchFile(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return parseLearnedModel(await response.json());
  };
  return () =>
    (loading ??= load().catch((error: unknown) => {
      console.warn('Dispute Helper: the learned model could not be loaded; the check uses its rules only.', error);
      loading = undefined;
      return undefined;
    }));
}
