import type { MoneyMention } from './money';
import { firstIndex, matches, wordPattern } from './patterns';
import type { DetectedRequest, Resolution } from './types';

const RETURN = wordPattern([
  '(?:готов|готова|могу|можем|согласен|согласна|хочу|давайте)\\s+(?:\\S+\\s+){0,2}?(?:вернуть|отправить|отослать|выслать)\\s+(?:\\S+\\s+){0,2}?(?:товар|обратно|назад|его|ее|их)',
  'верн(?:у|ем)\\s+(?:товар|обратно|его|ее|их)',
  'возврат\\s+(?:товара|с\\s+возвратом)',
  'с\\s+возвратом\\s+товара',
  '(?:return|send|ship|mail)\\s+(?:it|them|the\\s+(?:item|product|goods|parcel|package|\\w+))\\s+back',
  'return\\s+(?:and|for\\s+a)\\s+(?:full\\s+)?refund',
  'return\\s+the\\s+(?:item|product|goods)',
  '(?:can|will|could|happy\\s+to|willing\\s+to)\\s+return\\s+(?:it|them|the)',
]);

const EXCHANGE = wordPattern([
  'замен\\w*',
  'обмен\\w*',
  '(?:пришлите|вышлите|отправьте|дошлите|прислать|выслать|отправить|дослать)\\s+(?:\\S+\\s+){0,2}?(?:правильн|нужн|друг|нов|верн|недостающ|заказанн)\\w*',
  'дослать',
  'replac\\w*',
  'exchange',
  '(?:send|ship|resend)\\s+(?:me\\s+)?(?:the\\s+|a\\s+)?(?:correct|right|new|missing|proper|ordered|another)',
]);

const PARTIAL = wordPattern([
  'частичн\\w*',
  'компенсаци\\w*',
  'компенсир\\w*',
  '(?:вернуть|верните|возместите|возместить)\\s+(?:мне\\s+)?(?:часть|разницу|половин\\w*)',
  '(?:деньги|стоимость|сумму)\\s+за\\s+(?:\\d+\\s+)?(?:недостающ|отсутствующ|сломан|бракован|одну|один|два|две|три)\\w*',
  'partial\\w*',
  'compensat\\w*',
  'refund\\s+(?:\\w+\\s+){0,3}?(?:difference|part|half|for\\s+the\\s+missing)',
  'discount',
]);

const FULL = wordPattern([
  '(?:верн|возврат|возмест)\\w*\\s+(?:\\S+\\s+){0,2}?(?:деньг|денег|денг|средств|оплат|стоимост|сумм|полн|бабк|бабл)\\w*',
  '(?:деньг|бабк)\\w*\\s+(?:верн|назад)\\w*',
  'полн\\w*\\s+(?:возврат|возмещ|стоимост|сумм)\\w*',
  'возврат\\w*',
  'full\\s+refund',
  'refund\\w*',
  'money\\s+back',
]);

const REFUND_WORD = /верн|возмест|возврат|компенс|refund|compensat|back/u;

/**
 * What the text asks for. When the form already says "partial refund", the sum is read from the text even if the
 * text itself only says "верните 500 ₽".
 */
export function detectRequest(
  flat: string,
  money: readonly MoneyMention[],
  orderTotal?: number,
  formResolution?: Resolution,
): DetectedRequest {
  const resolution = detectResolution(flat, money, orderTotal);
  if (resolution !== 'partial_refund' && formResolution !== 'partial_refund') return { resolution };
  const requested = pickRequestedAmount(flat, money);
  if (!requested) return { resolution };
  if (requested.percent) {
    const amount = orderTotal ? Math.round(orderTotal * requested.value) / 100 : undefined;
    return { resolution, percent: requested.value, ...(amount === undefined ? {} : { amount }) };
  }
  return { resolution, amount: requested.value, ...(requested.currency ? { currency: requested.currency } : {}) };
}

function detectResolution(flat: string, money: readonly MoneyMention[], orderTotal?: number): Resolution | 'none' {
  if (matches(RETURN, flat)) return 'return';
  if (matches(PARTIAL, flat)) return 'partial_refund';
  const exchange = firstIndex(EXCHANGE, flat);
  const full = firstIndex(FULL, flat);
  if (exchange >= 0 && (full < 0 || exchange < full)) return 'exchange';
  const sum = pickRequestedAmount(flat, money);
  if (full < 0 && !sum) return 'none';
  // A sum other than the whole price is a partial refund, even if it is worded as "верните 500 ₽".
  const isShare = sum && (sum.percent ? sum.value < 100 : sum.value !== orderTotal);
  return isShare && !/полн|всю|full/u.test(sentenceAround(flat, sum.start)) ? 'partial_refund' : 'full_refund';
}

/** The sum or share in a sentence that asks for money back; the order's price mentioned elsewhere is skipped. */
function pickRequestedAmount(flat: string, money: readonly MoneyMention[]): MoneyMention | undefined {
  return money.find((mention) => REFUND_WORD.test(sentenceAround(flat, mention.start)));
}

function sentenceAround(text: string, index: number): string {
  const before = text.slice(0, index).search(/[.!?\n][^.!?\n]*$/u);
  const afterMatch = /[.!?\n](?!\d)/u.exec(text.slice(index));
  return text.slice(before < 0 ? 0 : before, afterMatch ? index + afterMatch.index : text.length);
}
