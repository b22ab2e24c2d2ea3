/**
 * Trains the learned model (`public/learned-model.json`) on labelled texts: logistic models over the features of
 * lib/analyzer/learned/features.ts. Deterministic: same texts, same model. Insult and threat are rated per sentence,
 * but texts carry labels only for the whole text, so those learn in rounds (multiple-instance learning): first on
 * whole texts, then on sentences, where a labelled text gives one sentence (the one the rules flag, or else the one
 * the current model rates highest) and an unlabelled text gives every sentence as a negative. Vagueness
 * (`missing_what`) is rated on the whole text.
 */
import { checkDispute, type FindingCode, type Span } from '../../lib/analyzer';
import { RARE, type SentenceFeatures } from '../../lib/analyzer/learned/features';
import {
  lengthScale,
  probability,
  SENTENCE_KINDS,
  type LearnedModel,
  type LinearModel,
  type SentenceKind,
} from '../../lib/analyzer/learned/model';
import { modelSentences, readText } from '../../lib/analyzer/reading';
import type { CorpusCase } from './corpus';

export interface TrainingOptions {
  epochs: number;
  rate: number;
  l2: number;
  /** How much a labelled example counts against an unlabelled one: labelled sentences are few. */
  positiveWeight: number;
  /** The same for vague texts, which are fewer than concrete ones but not as few as insults. */
  vaguePositiveWeight: number;
  /** Only this many weights per kind, the largest, are kept in the shipped model. */
  keep: number;
  thresholds: Record<SentenceKind | 'vague', number>;
}

// Chosen by leaving out one round's texts at a time (tests/analyzer/tools/cross-validate.ts): fewer kept weights lose
// most of the gain on new authors; lower thresholds add false alarms on innocent texts.
export const TRAINING: TrainingOptions = {
  epochs: 40,
  rate: 0.2,
  l2: 0.003,
  positiveWeight: 5,
  vaguePositiveWeight: 3,
  keep: 4000,
  thresholds: { insult: 0.9, threat: 0.7, vague: 0.2 },
};

export interface Example {
  features: readonly string[];
  label: 0 | 1;
}

/** The buyer's own sentences as checkDispute reads them (quoted seller speech left out). */
export function toneSentences(text: string, known?: ReadonlySet<string>): SentenceFeatures[] {
  return modelSentences(readText(text), known);
}

/** Stems in at least `MIN_TEXTS` texts: the rest are too rare to learn a weight for and stand as one feature. */
const MIN_TEXTS = 2;
function vocabularyOf(texts: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const stems = new Set(toneSentences(text).flatMap((sentence) => sentence.features.filter((f) => !f.includes(' '))));
    for (const stem of stems) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  }
  return [...counts]
    .filter(([stem, count]) => count >= MIN_TEXTS && stem !== RARE)
    .map(([stem]) => stem)
    .sort();
}

/** Every feature of a text's sentences once, as `textProbability` counts them. */
function textFeatures(sentences: readonly SentenceFeatures[]): string[] {
  return [...new Set(sentences.flatMap((sentence) => sentence.features))];
}

/**
 * Logistic regression by AdaGrad, examples in their given order. Features are numbered once, in the order they first
 * appear, so the epochs run over arrays instead of looking strings up (the cross-validation trains dozens of models);
 * the weights come out in that same order.
 */
export function fit(
  examples: readonly Example[],
  options: Pick<TrainingOptions, 'epochs' | 'rate' | 'l2' | 'positiveWeight'>,
  perSentence = false,
): LinearModel {
  const ids = new Map<string, number>();
  const encoded = examples.map((example) =>
    Int32Array.from(example.features, (feature) => {
      let id = ids.get(feature);
      if (id === undefined) ids.set(feature, (id = ids.size));
      return id;
    }),
  );
  const weights = new Float64Array(ids.size);
  const squares = new Float64Array(ids.size).fill(1e-8);
  let bias = 0;
  let biasSquares = 1e-8;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    examples.forEach((example, i) => {
      const features = encoded[i]!;
      // A sentence model learns its weights as `probability` reads them: a long sentence's sum scaled down.
      const scale = perSentence ? lengthScale(features.length) : 1;
      let sum = 0;
      for (const id of features) sum += weights[id]!;
      const logit = bias + sum * scale;
      const error = (1 / (1 + Math.exp(-logit)) - example.label) * (example.label ? options.positiveWeight : 1);
      biasSquares += error * error;
      bias -= (options.rate * error) / Math.sqrt(biasSquares);
      for (const id of features) {
        const gradient = error * scale + options.l2 * weights[id]!;
        squares[id] = squares[id]! + gradient * gradient;
        weights[id] = weights[id]! - (options.rate * gradient) / Math.sqrt(squares[id]!);
      }
    });
  }
  return {
    bias,
    threshold: 0.5,
    weights: Object.fromEntries([...ids].map(([feature, id]) => [feature, weights[id]!])),
  };
}

/** The examples of the last round of multiple-instance learning: one sentence per labelled text, all the others'. */
function sentenceExamples(
  texts: readonly SentenceFeatures[][],
  labelled: readonly boolean[],
  ruleSpans: readonly (readonly Span[])[],
  options: TrainingOptions,
): Example[] {
  let model = fit(
    texts.map((sentences, i) => ({ features: textFeatures(sentences), label: labelled[i] ? 1 : 0 })),
    options,
  );
  let examples: Example[] = [];
  for (let round = 0; round < 3; round++) {
    examples = [];
    texts.forEach((sentences, i) => {
      if (!labelled[i]) {
        for (const sentence of sentences) examples.push({ features: sentence.features, label: 0 });
        return;
      }
      const best = labelledSentence(sentences, ruleSpans[i]!, model);
      if (best) examples.push({ features: best.features, label: 1 });
    });
    model = fit(examples, options, true);
  }
  return examples;
}

// `|| 0` turns -0 into 0, which is what JSON writes anyway.
const round = (value: number) => Math.round(value * 1000) / 1000 || 0;

/**
 * A model of at most `keep` weights: trained on everything, then trained again on only its strongest features, so
 * the kept weights (and the bias) make up for the dropped ones instead of losing their sum.
 */
function compact(
  examples: readonly Example[],
  threshold: number,
  options: Pick<TrainingOptions, 'epochs' | 'rate' | 'l2' | 'positiveWeight' | 'keep'>,
  perSentence = false,
): LinearModel {
  const strongest = new Set(
    Object.entries(fit(examples, options, perSentence).weights)
      .sort(([, a], [, b]) => Math.abs(b) - Math.abs(a))
      .slice(0, options.keep)
      .map(([feature]) => feature),
  );
  const model = fit(
    examples.map((example) => ({ ...example, features: example.features.filter((f) => strongest.has(f)) })),
    options,
    perSentence,
  );
  const weights = Object.entries(model.weights)
    .map(([feature, weight]) => [feature, round(weight)] as const)
    .filter(([, weight]) => weight !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { bias: round(model.bias), threshold, weights: Object.fromEntries(weights) };
}

/**
 * The sentence of a labelled text that carries its label: the one the rules flag, when they flag one; else the one
 * `model` rates highest. Left to the model alone, a text of one rude sentence among plain ones could teach a plain one
 * the model half knew (round twenty-seven: «45 дней жду, трек … стоит с 20 марта» learned as an insult).
 */
export function labelledSentence(
  sentences: readonly SentenceFeatures[],
  ruleSpans: readonly Span[],
  model: LinearModel,
): SentenceFeatures | undefined {
  const flaggedByRules = sentences.find((sentence) => ruleSpans.some((span) => overlaps(span, sentence.span)));
  if (flaggedByRules) return flaggedByRules;
  let best: SentenceFeatures | undefined;
  for (const sentence of sentences)
    if (!best || probability(model, sentence.features) > probability(model, best.features)) best = sentence;
  return best;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Where the rules alone find `kind` in the text. */
function ruleSpansOf(text: string, kind: SentenceKind): Span[] {
  return checkDispute({ text })
    .findings.filter((finding) => finding.code === kind)
    .flatMap((finding) => finding.spans ?? []);
}

export function trainLearnedModel(cases: readonly CorpusCase[], options: TrainingOptions = TRAINING): LearnedModel {
  const vocabulary = vocabularyOf(cases.map((item) => item.text));
  const known = new Set(vocabulary);
  const texts = cases.map((item) => toneSentences(item.text, known));
  const kind = (code: FindingCode) => cases.map((item) => item.expect.findings.includes(code));
  const ruleSpans = (code: SentenceKind) =>
    cases.map((item) => (item.expect.findings.includes(code) ? ruleSpansOf(item.text, code) : []));
  // An empty text is neither vague nor concrete: it gets only `empty_text`.
  const written = cases.flatMap((item, i) => (item.expect.findings.includes('empty_text') ? [] : [i]));
  const vague = written.map((i): Example => ({
    features: textFeatures(texts[i]!),
    label: cases[i]!.expect.findings.includes('missing_what') ? 1 : 0,
  }));
  const sentenceModels = Object.fromEntries(
    SENTENCE_KINDS.map((name) => [
      name,
      compact(sentenceExamples(texts, kind(name), ruleSpans(name), options), options.thresholds[name], options, true),
    ]),
  ) as Record<SentenceKind, LinearModel>;
  return {
    ...sentenceModels,
    vague: compact(vague, options.thresholds.vague, { ...options, positiveWeight: options.vaguePositiveWeight }),
    vocabulary,
  };
}
