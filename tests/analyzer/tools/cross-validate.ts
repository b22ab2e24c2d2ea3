/**
 * `npm run cross-validate:analyzer [-- '{"l2":0.003}'] [--sweep]`: how the learned model does on a hand it has not
 * seen. Each group of texts (the rounds written alongside the rules, or one author's batch) is left out in turn, a
 * model is trained on the rest with the given options (default: TRAINING), and the group is checked with rules only
 * and with rules and that model. `--sweep` tries other thresholds on the same folds and prints the pooled figures.
 * `--misses` also lists the new hands' texts whose insult, threat or profanity the rules and the left-out model missed
 * or invented. The sets in NEVER_TRAINED_SETS are never used here.
 */
import { SENTENCE_KINDS, type LearnedModel, type LinearModel } from '../../../lib/analyzer/learned/model';
import type { CorpusCase } from '../corpus';
import { MODEL_TRAINING_SET } from '../corpus';
import { TRAINING, trainLearnedModel, type TrainingOptions } from '../learn';
import { scoreCorpus, type CorpusScore } from '../score';

/**
 * Texts of one round share their author and tuning history; round five and each later batch is one new hand; the
 * product's own templates are one more group.
 */
function groupOf(id: string): string {
  if (id.startsWith('tpl-')) return 'templates';
  const prefix = id.replace(/-?\d+v?$/, '');
  if (/^(?:ru|en)-|^fresh/.test(prefix)) return 'round 1';
  if (/^r[234]/.test(prefix)) return `round ${prefix[1]}`;
  return prefix;
}
const NEW_HAND = (group: string) => !group.startsWith('round') && group !== 'templates';

const args = process.argv.slice(2);
const sweep = args.includes('--sweep');
const listMisses = args.includes('--misses');
const RUDE = new Set(['insult', 'threat', 'profanity']);
const overrides = args.find((arg) => arg.startsWith('{'));
const options: TrainingOptions = { ...TRAINING, ...(overrides ? (JSON.parse(overrides) as object) : {}) };
const groups = new Map<string, CorpusCase[]>();
for (const item of MODEL_TRAINING_SET) groups.set(groupOf(item.id), [...(groups.get(groupOf(item.id)) ?? []), item]);

const code = (score: CorpusScore, name: string) => score.codes.find((row) => row.code === name)!;
const row = (score: CorpusScore) =>
  [
    `verdict ${(score.verdictAccuracy * 100).toFixed(1).padStart(5)}%`,
    `rude P ${score.rude.precision.toFixed(2)} R ${score.rude.recall.toFixed(2)} F1 ${score.rude.f1.toFixed(2)}`,
    `"what?" wrongly ${code(score, 'missing_what').falsePositives}, missed ${code(score, 'missing_what').falseNegatives}`,
  ].join('  ');

const CODES = ['accusation', 'emotional', 'missing_what'] as const;
interface Tally {
  texts: number;
  right: number;
  tp: number;
  fp: number;
  fn: number;
  codes: Record<(typeof CODES)[number], { tp: number; fp: number; fn: number }>;
}
const tally = (): Tally => ({
  texts: 0,
  right: 0,
  tp: 0,
  fp: 0,
  fn: 0,
  codes: {
    accusation: { tp: 0, fp: 0, fn: 0 },
    emotional: { tp: 0, fp: 0, fn: 0 },
    missing_what: { tp: 0, fp: 0, fn: 0 },
  },
});
function add(into: Tally, score: CorpusScore, texts: readonly CorpusCase[]) {
  const rude = texts.filter((item) => item.expect.verdict === 'blocker').length;
  const tp = Math.round(score.rude.recall * rude);
  into.texts += texts.length;
  into.right += Math.round(score.verdictAccuracy * texts.length);
  into.tp += tp;
  into.fn += rude - tp;
  into.fp += score.rude.precision > 0 ? Math.round(tp / score.rude.precision) - tp : 0;
  for (const name of CODES) {
    const counts = code(score, name);
    into.codes[name].tp += counts.truePositives;
    into.codes[name].fp += counts.falsePositives;
    into.codes[name].fn += counts.falseNegatives;
  }
}
const summary = (t: Tally) => {
  const precision = t.tp / (t.tp + t.fp || 1);
  const recall = t.tp / (t.tp + t.fn || 1);
  const f1 = (2 * precision * recall) / (precision + recall || 1);
  const codes = CODES.map((name) => {
    const { tp, fp, fn } = t.codes[name];
    return `${name} F1 ${((2 * tp) / (2 * tp + fp + fn || 1)).toFixed(2)}`;
  });
  return `verdict ${((t.right / t.texts) * 100).toFixed(1)}%  rude P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)}  ${codes.join(' ')}`;
};

// One threshold varied at a time around the given ones.
const VALUES = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95];
const GRID: TrainingOptions['thresholds'][] = sweep
  ? [
      options.thresholds,
      ...([...SENTENCE_KINDS, 'vague'] as const).flatMap((kind) =>
        (kind === 'vague' ? [0.02, 0.05, 0.1, 0.2, 0.4] : VALUES)
          .filter((value) => value !== options.thresholds[kind])
          .map((value) => ({ ...options.thresholds, [kind]: value })),
      ),
    ]
  : [options.thresholds];
const withThresholds = (model: LearnedModel, thresholds: TrainingOptions['thresholds']): LearnedModel =>
  Object.fromEntries(
    Object.entries(model).map(([kind, part]) =>
      kind in thresholds
        ? [kind, { ...(part as LinearModel), threshold: thresholds[kind as keyof typeof thresholds] }]
        : [kind, part],
    ),
  ) as LearnedModel;

console.log(`options ${JSON.stringify(options)}`);
const rulesAll = tally();
const rulesNew = tally();
const learned = GRID.map(() => ({ all: tally(), newHands: tally() }));
for (const [name, members] of groups) {
  const left = new Set(members.map((item) => item.id));
  const model = trainLearnedModel(
    MODEL_TRAINING_SET.filter((item) => !left.has(item.id)),
    options,
  );
  const rules = scoreCorpus(members);
  add(rulesAll, rules, members);
  if (NEW_HAND(name)) add(rulesNew, rules, members);
  GRID.forEach((thresholds, i) => {
    const score = scoreCorpus(members, withThresholds(model, thresholds));
    add(learned[i]!.all, score, members);
    if (NEW_HAND(name)) add(learned[i]!.newHands, score, members);
    if (!sweep)
      console.log(
        `${name.padEnd(8)} ${String(members.length).padStart(4)}  rules: ${row(rules)}  |  learned: ${row(score)}`,
      );
    if (listMisses && NEW_HAND(name) && i === 0)
      for (const miss of score.misses) {
        const missed = miss.missing.filter((item) => RUDE.has(item));
        const extra = miss.extra.filter((item) => RUDE.has(item));
        if (missed.length || extra.length)
          console.log(`  - ${miss.id} missed [${missed.join(' ')}] extra [${extra.join(' ')}]: ${miss.text}`);
      }
  });
}
console.log(`rules only:  all ${summary(rulesAll)}  |  new hands ${summary(rulesNew)}`);
GRID.forEach((thresholds, i) =>
  console.log(
    `${JSON.stringify(thresholds)}  all ${summary(learned[i]!.all)}  |  new hands ${summary(learned[i]!.newHands)}`,
  ),
);
