/**
 * `npm run train:analyzer`: trains the learned model on every labelled text but the never-trained sets and writes
 * `public/learned-model.json`, which the worker loads on the first check. Run it after the corpus or the features
 * change; a unit test fails while the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { MODEL_TRAINING_SET } from '../corpus';
import { trainLearnedModel } from '../learn';
import { encodeLearnedModel } from '../../../lib/analyzer/learned/model-file';
import { LEARNED_MODEL_PATH } from '../learned-model';

const model = trainLearnedModel(MODEL_TRAINING_SET);
const json = JSON.stringify(encodeLearnedModel(model));
writeFileSync(LEARNED_MODEL_PATH, `${json}\n`);
const sizes = (['insult', 'threat', 'vague'] as const).map(
  (kind) => `${kind} ${Object.keys(model[kind].weights).length}`,
);
console.log(
  `${LEARNED_MODEL_PATH}: ${MODEL_TRAINING_SET.length} texts, weights ${sizes.join(', ')}, ${json.length} bytes`,
);
