import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LearnedModel } from '../../lib/analyzer/learned/model';
import { parseLearnedModel } from '../../lib/analyzer/learned/model-file';

export const LEARNED_MODEL_PATH = fileURLToPath(new URL('../../public/learned-model.json', import.meta.url));

/** The shipped model, as the worker gets it: the file in public/, checked by the same schema. */
export function shippedModel(): LearnedModel {
  return parseLearnedModel(shippedModelFile());
}

/** The file itself, as JSON. */
export function shippedModelFile(): unknown {
  return JSON.parse(readFileSync(LEARNED_MODEL_PATH, 'utf8'));
}
