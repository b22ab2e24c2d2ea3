import type { HistoryEntry } from '../model/snapshots';

/**
 * What a dispute history entry did. Sources: ../shared/docs/aliexpress-pages-and-disputes.md Part 2 A5 (the
 * process `action_type` vocabulary: initiate, cancel, buyer_accept, seller_accept, buyer_refuse,
 * *_create_solution, *_modify_solution, *_create_proof, buyer_modify_issue_reason; the parser stores them with
 * spaces) and A5's "a seller rejects by a counter-proposal of value 0". Page texts in EN and RU are matched by
 * their usual verbs; anything unknown is a plain message.
 */
export type DisputeAction = 'open' | 'cancel' | 'accept' | 'reject' | 'proposal' | 'proof' | 'modify' | 'message';

const ACTION_WORDS: ReadonlyArray<[RegExp, DisputeAction]> = [
  [/cancel|withdr|отмен|отозва/, 'cancel'],
  [/refuse|reject|declin|disagree|отклон|отказ|не соглас/, 'reject'],
  [/accept|agree|соглас|принял|принят/, 'accept'],
  [/proof|evidence|доказ/, 'proof'],
  [/solution|propos|offer|предлож|решени/, 'proposal'],
  [/initiate|open|открыл|открыт/, 'open'],
  [/modify|change|изменил|изменен/, 'modify'],
];

export function disputeActionOf(entry: HistoryEntry): DisputeAction {
  const action = entry.action?.toLowerCase() ?? '';
  const found = ACTION_WORDS.find(([words]) => words.test(action))?.[1];
  // A proposal worth nothing is how the seller API expresses a rejection (Part 2 A5).
  if ((found === 'proposal' || found === undefined) && entry.amount?.amount === 0) return 'reject';
  if (found) return found;
  return entry.amount ? 'proposal' : 'message';
}

/**
 * A seller asking the buyer to close, cancel or withdraw the dispute, or to settle outside the platform: the
 * known trap of §1.5 (cancelling after protection ends releases the money and no new dispute can be opened).
 */
const CLOSE_REQUEST = [
  /\b(close|cancel|withdraw|finish|end)\b[^.!?]{0,40}\b(dispute|claim|case|refund request)/i,
  /\b(close|cancel|withdraw)\b[^.!?]{0,40}\b(return |refund )?(request|application)\b/i,
  /\bpaypal\b|\boutside (of )?aliexpress\b|\bwestern union\b/i,
  /(закр|отмен|отзов|отозв|сним)[а-яё]*[^.!?]{0,40}(спор|диспут|претензи|заявк|запрос)/i,
  // A refund "to your card" or by a payment service instead of through the dispute: money outside the platform.
  /(верн|перевед|перечисл)[а-яё]*[^.!?]{0,40}(на (вашу |банковскую )?карт|через paypal|на qiwi|на киви|на юмани)/i,
];

export function asksToCloseDispute(text: string | undefined): boolean {
  return text !== undefined && CLOSE_REQUEST.some((pattern) => pattern.test(text));
}
