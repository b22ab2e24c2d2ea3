import { disputeActionOf } from '../aliexpress/dispute-actions';
import type { Language } from '../i18n/strings';
import type { DisputeFacts, OrderFacts } from '../model/facts';
import type { HistoryEntry, Money } from '../model/snapshots';
import type { FactSlot } from './slots';

/** What a template may say about the case: only what a page showed (or the buyer typed in), never a guess. */
export interface CaseFacts {
  order?: OrderFacts;
  dispute?: DisputeFacts;
}

// AliExpress titles are long lists of keywords: a message names the item, it does not repeat the listing.
const MAX_TITLE = 80;

/**
 * The facts each slot can take from the case, written in the message's language (dates and sums in words the
 * dispute check reads: "March 3, 2025", "3 марта 2025 г.", "12.99 USD"). A slot the case does not know is absent.
 */
export function factValues(
  facts: CaseFacts,
  language: Language,
  evidence: readonly string[],
): Partial<Record<FactSlot, string>> {
  const order = facts.order?.facts;
  const dispute = facts.dispute?.facts;
  const date = (value: string | undefined) => value && writeDate(value, language);
  const money = (value: Money | undefined) => value && writeMoney(value, language);
  const title = order?.items?.find((item) => item.title)?.title;
  const tracking = order?.tracking?.[0];
  const offer = latestOffer(dispute?.history ?? []);
  const values: Partial<Record<FactSlot, string | undefined>> = {
    orderId: facts.order?.orderId ?? facts.dispute?.orderId,
    disputeId: facts.dispute?.disputeId,
    item: title && shorten(title),
    shippedOn: date(order?.shippedOn),
    deliveredOn: date(order?.deliveredOn),
    protectionEnd: date(order?.protectionEndsOn),
    total: money(order?.total),
    tracking: tracking && (tracking.carrier ? `${tracking.number} (${tracking.carrier})` : tracking.number),
    offer: money(offer?.amount),
    evidence: evidence.length > 0 ? evidence.join('; ') : undefined,
  };
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value)) as Partial<Record<FactSlot, string>>;
}

/**
 * A page date (`2025-03-03`, maybe with a time) as the message's language writes a day: "March 3, 2025",
 * "3 марта 2025" (without "г.", which would end a sentence twice).
 */
export function writeDate(pageDate: string, language: Language): string {
  const [year, month, day] = pageDate.slice(0, 10).split('-').map(Number) as [number, number, number];
  const written = new Intl.DateTimeFormat(language === 'ru' ? 'ru-RU' : 'en-US', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(year, month - 1, day));
  return written.replace(/\s*г\.$/, '');
}

// The check reads "₽" but not "RUB"; other codes it reads as they are.
const SIGN: Readonly<Record<string, string>> = { RUB: '₽' };

/** A sum as "12.99 USD" ("12,99 USD" in Russian): no grouping, so the dispute check reads it as one sum. */
export function writeMoney({ amount, currency }: Money, language: Language): string {
  const number = Number.isInteger(amount) ? String(amount) : amount.toFixed(2);
  return `${language === 'ru' ? number.replace('.', ',') : number} ${SIGN[currency] ?? currency}`;
}

/** The seller's (or AliExpress's) newest offer with a sum, as the case view names it. */
function latestOffer(history: readonly HistoryEntry[]): HistoryEntry | undefined {
  const offers = history.filter(
    (entry) => entry.actor !== 'buyer' && entry.amount !== undefined && disputeActionOf(entry) === 'proposal',
  );
  const dated = offers.filter((entry) => entry.at).sort((a, b) => (a.at! < b.at! ? 1 : -1));
  return dated[0] ?? offers[0];
}

function shorten(title: string): string {
  const plain = title.replace(/\s+/g, ' ').trim();
  if (plain.length <= MAX_TITLE) return plain;
  const cut = plain.slice(0, MAX_TITLE);
  return `${cut.slice(0, cut.lastIndexOf(' ') > MAX_TITLE / 2 ? cut.lastIndexOf(' ') : MAX_TITLE).trimEnd()}…`;
}
