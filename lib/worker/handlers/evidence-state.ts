import { readOrderEvidenceState } from '../evidence-progress';
import type { Handler } from './types';

/** The order's evidence for a panel frame that cannot open the database itself: metadata only, never a file. */
export const evidenceState: Handler<'evidence-state'> = async ({ orderId }, _sender, env) => {
  const { problem, counts, ticked } = await readOrderEvidenceState(await env.db(), orderId);
  return { ...(problem && { problem }), counts, ticked };
};
