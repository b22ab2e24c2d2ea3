import { checkDispute, type CheckResult } from '../analyzer';
import { readFactsFor } from '../db/facts';
import type { Language } from '../i18n';
import { CHECK_STRINGS } from '../i18n/check-strings';
import type { Dictionary } from '../i18n/strings';
import { reportedPage } from './page-facts';
import type { Message } from './protocol';
import type { SenderInfo } from './sender';
import type { WorkerEnv } from './worker-env';

/** The check's answer carries its own strings, so the content script needs none of the check's wording. */
export interface CheckAnswer {
  result: CheckResult;
  strings: { ui: Dictionary; text: Dictionary; textLanguage: Language };
}

/**
 * Checks the buyer's draft. The order's total, when a page showed it, lets the check compare a requested amount
 * with what was paid; the draft itself is never stored.
 */
export async function checkDisputeDraft(
  { pageUrl, draft, uiLanguage }: Message<'check-dispute'>,
  sender: SenderInfo,
  env: WorkerEnv,
): Promise<CheckAnswer> {
  const page = reportedPage(pageUrl, sender);
  const { order } = page.orderId ? await readFactsFor(await env.db(), page, env.now()) : {};
  const total = order?.facts.total;
  const sameCurrency = total && (!draft.currency || draft.currency === total.currency);
  const result = checkDispute({
    ...draft,
    ...(sameCurrency && { orderTotal: total.amount, currency: draft.currency ?? total.currency }),
  });
  const textLanguage: Language = result.language === 'ru' || result.language === 'en' ? result.language : uiLanguage;
  return { result, strings: { ui: CHECK_STRINGS[uiLanguage], text: CHECK_STRINGS[textLanguage], textLanguage } };
}
