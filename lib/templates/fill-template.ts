import type { Language } from '../i18n/strings';
import { factValues, writeMoney, type CaseFacts } from './fact-values';
import { FACT_SLOTS, replaceSlots, slotsOf, type SlotName } from './slots';
import type { TemplateId } from './template-ids';

/** One language's template strings: `locales/templates/<language>.json`. */
export type TemplateStrings = Readonly<Record<string, string>>;

/** The most one gap takes from the buyer: a sentence or two, never a whole message. */
export const MAX_INPUT_CHARS = 300;

export interface TemplateRequest {
  id: TemplateId;
  language: Language;
  strings: TemplateStrings;
  facts: CaseFacts;
  /** The order's evidence items the buyer has (files kept, or ticked): named in the message, in order. */
  evidence?: readonly string[];
  /** What the buyer typed into the gaps, by slot name. */
  inputs?: Readonly<Partial<Record<SlotName, string>>>;
}

export interface FilledTemplate {
  text: string;
  /** The gaps the case's facts cannot fill, so the buyer is asked for them (typed in or not yet). */
  asked: SlotName[];
  /** The gaps still open, shown in the text as `[name]`. */
  blanks: SlotName[];
}

const FACTS: ReadonlySet<string> = new Set(FACT_SLOTS);
// eslint-disable-next-line no-control-regex -- typed gaps become one line of plain text
const CONTROL = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]+/g;
const PLAIN_AMOUNT = /^\d+(?:[.,]\d{1,2})?$/;

/**
 * The template in the message's language with every gap filled from the case's facts or the buyer's words; a gap
 * neither fills stays as `[name]` and is listed in `blanks`. Nothing is made up: a fact the case lacks is a gap.
 */
export function fillTemplate(request: TemplateRequest): FilledTemplate {
  const { id, language, strings, facts, evidence = [], inputs = {} } = request;
  const template = strings[`templates.text.${id}`] ?? '';
  const known = factValues(
    facts,
    language,
    evidence.map((item) => strings[`templates.evidence.${item}`] ?? '').filter(Boolean),
  );
  const currency = facts.order?.facts.total?.currency;
  const slots = slotsOf(template);
  const asked = slots.filter((slot) => !(FACTS.has(slot) && known[slot as keyof typeof known]));
  const blanks: SlotName[] = [];
  const text = replaceSlots(template, (slot) => {
    const typed = cleanInput(inputs[slot] ?? '');
    const value = typed
      ? slot === 'amount'
        ? amountIn(typed, currency, language)
        : typed
      : known[slot as keyof typeof known];
    if (value) return value;
    blanks.push(slot);
    return `[${strings[`templates.blank.${slot}`] ?? slot}]`;
  });
  return { text, asked, blanks: [...new Set(blanks)] };
}

/** One line of plain text, bounded. */
export function cleanInput(value: string): string {
  return value.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_INPUT_CHARS);
}

/** A bare number is a sum in the order's currency; anything else is left as the buyer wrote it. */
function amountIn(typed: string, currency: string | undefined, language: Language): string {
  if (!currency || !PLAIN_AMOUNT.test(typed)) return typed;
  return writeMoney({ amount: Number(typed.replace(',', '.')), currency }, language);
}
