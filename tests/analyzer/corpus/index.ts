import { EN_DEV } from './en-dev';
import { EN_HOLDOUT } from './en-holdout';
import { RU_DEV } from './ru-dev';
import { RU_HOLDOUT } from './ru-holdout';
import type { CorpusCase } from './types';

export type { CorpusCase } from './types';

/** Texts that were looked at while the rules were tuned. */
export const DEV_SET: CorpusCase[] = [...RU_DEV, ...EN_DEV];
/** Texts written before tuning and kept out of it, so their figures say how the rules generalise. */
export const HOLDOUT_SET: CorpusCase[] = [...RU_HOLDOUT, ...EN_HOLDOUT];
export const CORPUS: CorpusCase[] = [...DEV_SET, ...HOLDOUT_SET];
