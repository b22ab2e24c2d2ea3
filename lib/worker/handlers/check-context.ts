import { currencyIn } from '../../aliexpress/text/money';
import { checkRunLine } from '../../case-log/derive';
import { appendNewCaseEvents } from '../../db/case-events';
import { readFactsFor } from '../../db/facts';
import { orderEvidence } from '../evidence-progress';
import type { Handler } from './types';

/**
 * What the panel frame's check compares the buyer's draft with. The check itself runs in the frame, so the analyzer
 * (two thirds of what the worker would otherwise load at every start) never weighs on the worker.
 */
export const checkContext: Handler<'check-context'> = async (
  { orderId, disputeId, reason, currencyText },
  _sender,
  env,
) => {
  const db = await env.db();
  const { order } = orderId || disputeId ? await readFactsFor(db, { orderId, disputeId }, env.now()) : {};
  const total = order?.facts.total;
  // The amount is compared with what was paid only in the same currency: the form's hint says which it is.
  const currency = currencyText ? currencyIn(currencyText) : undefined;
  const sameCurrency = total && (!currency || currency === total.currency);
  // The buyer's files for this order count as evidence as much as the form's own; the checklist names what is missing.
  const caseOrder = orderId ?? order?.orderId;
  const evidence = caseOrder ? await orderEvidence(db, caseOrder, reason) : undefined;
  return {
    ...(currency && { currency }),
    ...(sameCurrency && { orderTotal: total.amount, currency: currency ?? total.currency }),
    ...(evidence && { keptFiles: evidence.files, missingEvidence: evidence.progress.missing.map((item) => item.id) }),
  };
};

/** The buyer's own step, in their case's timeline; the draft's words stay out of it (only a digest, to tell checks apart). */
export const checkRan: Handler<'check-ran'> = async ({ orderId, text, verdict }, _sender, env) => {
  await appendNewCaseEvents(await env.db(), [checkRunLine(orderId, text, verdict, env.now())]);
  return {};
};
