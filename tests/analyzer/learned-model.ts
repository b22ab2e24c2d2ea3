import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LearnedModel } from '../../lib/analyzer/learned/model';
import { learnedModel } from '../../lib/worker/learned-model';

export const LEARNED_MODEL_PATH = fileURLToPath(new URL('../../public/learned-model.json', import.meta.url));

/** The shipped model, as the worker gets it: the file in public/, checked by the same schema. */
export function shippedModel(): LearnedModel {
  return learnedModel.parse(JSON.parse(readFileSync(LEARNED_MODEL_PATH, 'utf8'))) as LearnedModel;
}
