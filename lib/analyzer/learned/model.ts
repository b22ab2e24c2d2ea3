import type { Span } from '../types';
import type { SentenceFeatures } from './features';

/**
 * A logistic model over one sentence's features: the sentence counts when the probability reaches `threshold`.
 * Weights absent from `weights` are zero (pruned when the model was trained).
 */
export interface LinearModel {
  bias: number;
  threshold: number;
  weights: Record<string, number>;
}

/** The findings a sentence model adds to the rules'. */
export const SENTENCE_KINDS = ['insult', 'threat'] as const;
export type SentenceKind = (typeof SENTENCE_KINDS)[number];

/**
 * Learned from the labelled corpus (tests/analyzer/learn.ts) for what phrase rules did not generalise to other
 * authors' wordings: insults without swear words and veiled threats (sentence models that add findings to the
 * rules'), and whether a text names its problem concretely (a whole-text model that confirms the rules' "what exactly
 * is wrong?" before it is asked: the open vocabulary of defects made it a false alarm on most new texts). Models for
 * accusations and emotion were tried and left out: on other authors' texts they did no better than the rules.
 */
export type LearnedModel = Record<SentenceKind, LinearModel> & {
  /** Rates the whole text: at or above the threshold it is as vague as the texts labelled `missing_what`. */
  vague: LinearModel;
  /** The word stems the models were taught with; any other stands as one "rare word" feature. */
  vocabulary: string[];
};

const vocabularies = new WeakMap<LearnedModel, ReadonlySet<string>>();
/** The model's vocabulary as a set, built once per model object. */
export function knownStems(model: LearnedModel): ReadonlySet<string> {
  let known = vocabularies.get(model);
  if (!known) vocabularies.set(model, (known = new Set(model.vocabulary)));
  return known;
}

// Looking a fresh string up among an object's thousands of keys makes V8 intern it first, which cost three times the
// rest of the model's work; a Map only hashes it. Built once per model object.
const weightMaps = new WeakMap<LinearModel, Map<string, number>>();
function weightsOf(model: LinearModel): Map<string, number> {
  let weights = weightMaps.get(model);
  if (!weights) weightMaps.set(model, (weights = new Map(Object.entries(model.weights))));
  return weights;
}

/**
 * A sentence's weights count in full up to this many features; beyond it their sum is scaled by √(LONG_SENTENCE /
 * features), in training as in use. Otherwise a long, warm sentence full of family and second-person words adds up to a
 * threat (round thirty-four's storytellers). Chosen on round thirty-four, then tested before any change on round
 * thirty-five and with rounds twenty-nine to thirty-five each left out of training (tests/analyzer/README.md).
 */
export const LONG_SENTENCE = 24;

export function lengthScale(featureCount: number): number {
  return featureCount > LONG_SENTENCE ? Math.sqrt(LONG_SENTENCE / featureCount) : 1;
}

/** The probability for one sentence (`lengthScale`). */
export function probability(model: LinearModel, features: readonly string[]): number {
  const weights = weightsOf(model);
  let sum = 0;
  for (const feature of features) sum += weights.get(feature) ?? 0;
  const logit = model.bias + sum * lengthScale(features.length);
  return 1 / (1 + Math.exp(-logit));
}

/** The sentences the model rates at or above its threshold. */
export function flaggedSentences(model: LinearModel, sentences: readonly SentenceFeatures[]): Span[] {
  return sentences.filter((sentence) => probability(model, sentence.features) >= model.threshold).map((s) => s.span);
}

/** The probability for the whole text: every feature of its sentences counted once. */
export function textProbability(model: LinearModel, sentences: readonly SentenceFeatures[]): number {
  const weights = weightsOf(model);
  const counted = new Set<string>();
  let logit = model.bias;
  for (const sentence of sentences)
    for (const feature of sentence.features) {
      const weight = weights.get(feature);
      if (weight === undefined || counted.has(feature)) continue;
      counted.add(feature);
      logit += weight;
    }
  return 1 / (1 + Math.exp(-logit));
}
