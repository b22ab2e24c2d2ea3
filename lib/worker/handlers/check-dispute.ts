import { currencyIn } from '../../aliexpress/text/money';
import { checkDispute } from '../../analyzer';
import { checkRunLine } from '../../case-log/derive';
import { appendNewCaseEvents } from '../../db/case-events';
import { readFactsFor } from '../../db/facts';
import { orderEvidence } from '../evidence-progress';
import type { Handler } from './types';
import { reportedPage } from './page-reports';

/**
 * Checks the buyer's draft. The order's total, when a page showed it, lets the check compare a requested amount
 * with what was paid; the draft itself is never stored.
 */
export const checkDisputeDraft: Handler<'check-dispute'> = async ({ pageUrl, draft }, sender, env) => {
  const page = reportedPage(pageUrl, sender);
  const db = await env.db();
  const { order } = page.orderId ? await readFactsFor(db, page, env.now()) : {};
  const total = order?.facts.total;
  const { currencyText, ...typed } = draft;
  // The amount is compared with what was paid only in the same currency: the form's hint says which it is.
  const currency = currencyText ? currencyIn(currencyText) : undefined;
  const sameCurrency = total && (!currency || currency === total.currency);
  // The buyer's files for this order count as evidence as much as the form's own; the checklist names what is missing.
  const evidence = page.orderId ? await orderEvidence(db, page.orderId, draft.reason) : undefined;
  const learned = await env.learnedModel?.();
  const result = checkDispute(
    {
      ...typed,
      ...(currency && { currency }),
      ...(sameCurrency && { orderTotal: total.amount, currency: currency ?? total.currency }),
      ...(evidence && { keptFiles: evidence.files, missingEvidence: evidence.progress.missing.map((item) => item.id) }),
    },
    learned,
  );
  // The buyer's own step, in their case's timeline; the draft's words stay out of it (only a digest, to tell checks apart).
  if (page.orderId && !result.empty)
    await appendNewCaseEvents(db, [checkRunLine(page.orderId, draft.text, result.verdict, env.now())]);
  return { result };
};
