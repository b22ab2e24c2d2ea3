import type { MoneyMention } from './money';
import { firstIndex, matches, wordPattern } from './patterns';
import type { DetectedRequest, Resolution } from './types';

const RETURN = wordPattern`
(?:готов|готова|могу|можем|согласен|согласна|хочу|давайте) (?:\S+ ){0,2}?(?:вернуть|отправить|отослать|выслать) (?:\S+ ){0,2}?(?:товар|обратно|назад|его|ее|их)
верн(?:у|ем) (?:товар|обратно|его|ее|их)
возврат (?:товара|с возвратом)
с возвратом товара
(?:return|send|ship|mail) (?:it|them|the (?:item|product|goods|parcel|package|\w+)) back
return (?:and|for a) (?:full )?refund
return the (?:item|product|goods)
(?:can|will|could|happy to|willing to) return (?:it|them|the)
`;

const EXCHANGE = wordPattern`
замен~
обмен~
(?:пришлите|вышлите|отправьте|дошлите|прислать|выслать|отправить|дослать),? (?:\S+ ){0,3}?(?:правильн|нужн|друг|нов|верн|недостающ|заказанн|тот,? (?:что|который) (?:я )?заказ)~
дослать
дошл(?:ите|и)
(?:need|want|would like) (?:a |the )?(?:working|new|replacement|proper|functioning|correct) \w+
(?:нужен|нужна|нужно|нужны|хочу|хотелось бы) (?:\S+ )?(?:рабоч|работающ|исправн|нов)~
довышл~
(?:пришлите|вышлите|дошлите|прислать|выслать|дослать) (?:мне )?(?:пожалуйста )?(?!деньг|денег|трек|номер|фото|ссылк|ответ|информац|чек|скрин|сумм|компенсац|возврат)[а-я]{3,}
(?:хочу|прошу|хотел~ бы) (?:\S+ )?(?:получить|прислать|выслать) (?:\S+ )?(?:работающ|исправн|нов|целый|целую|целые|друг|правильн)~
(?:the )?(?:missing|correct|right|replacement) (?:\S+ ){0,3}?(?:sent|shipped|resent|delivered)
(?:send|ship|resend) (?:me )?the (?!tracking|number|photo|invoice|link|details|info|answer|reply|response|money|refund)\S+
replac~
exchange
(?:send|ship|resend) (?:me )?(?:the |a )?(?:correct|right|new|missing|proper|ordered|another)
(?:send|ship|resend) (?:me )?(?:the|a) (?:\S+ ){0,6}?(?:one|i ordered|i paid for|as ordered)
`;

const PARTIAL = wordPattern`
частичн~
компенсаци~
компенсир~
(?:вернуть|верните|возместите|возместить) (?:\S+ ){0,2}?(?:часть|разницу|половин~)
(?:деньги|стоимость|сумму) за (?:\d+ )?(?:недостающ|отсутствующ|одну|один|два|две|три)~
partial~
compensat~
refund (?:\w+ ){0,3}?(?:difference|part|half|for the missing)
discount
`;

const FULL = wordPattern`
(?:верн|возврат|возмест)~ (?:\S+ ){0,2}?(?:деньг|денег|денг|средств|оплат|стоимост|сумм|полн|бабк|бабл)~
(?:деньг|бабк)~ (?:не )?(?:верн|назад)~
полн~ (?:возврат|возмещ|стоимост|сумм)~
возврат~
full refund
refund~
money back
pay (?:me )?(?:up|back)
give me my money
(?:get|want|need) (?:\S+ )?my money
`;

/** A request taken back: "деньги мне не нужны", "вернуть деньги не прошу", "I don't want a refund". */
const DECLINED = wordPattern`
(?:деньг|денег|возврат|компенсац)~ (?:(?:денег|средств|мне|нам|уже|совсем|вообще) ){0,2}не (?:нужн|нужен|прошу|требую|хочу|надо)~
(?:верн|возвра)~ (?:\S+ )?(?:деньг|денег|средств)~ (?:\S+ )?не (?:прошу|требую|надо|нужно|хочу)
не (?:нужн|прошу|требую|хочу|надо)~ (?:(?:мне|нам|ваши|никакие|никакого|уже) ){0,2}(?:деньг|денег|возврат|компенсац)~
без возврата (?:денег|средств)
вместо (?:возврата|денег)
(?:don\W?t|do not|not) (?:want|need|asking for|looking for|interested in) (?:\S+ ){0,2}?(?:refund|money back|my money)~
no refund
keep (?:the|your) money
оставьте (?:деньги|их) себе
(?:замен|обмен)~ (?:(?:мне|нам|уже|совсем|вообще) ){0,2}не (?:нужн|нужен|надо|хочу|прошу)~
не (?:нужн|надо|хочу|прошу)~ (?:\S+ )?(?:замен|обмен)~
(?:no|don\W?t want a|do not want a|not a) (?:replacement|exchange)
(?:rather than|instead of) (?:a )?(?:replacement|exchange)
no need (?:for|of) (?:a |any )?(?:refund|money)
(?:rather than|instead of) (?:\S+ )?(?:refund|money)~
`;

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
  const requested = pickRequestedAmount(flat, money);
  const resolution = detectResolution(flat, requested, orderTotal);
  if (resolution !== 'partial_refund' && formResolution !== 'partial_refund') return { resolution };
  if (!requested) return { resolution };
  if (requested.percent) {
    const amount = orderTotal ? Math.round(orderTotal * requested.value) / 100 : undefined;
    return { resolution, percent: requested.value, ...(amount === undefined ? {} : { amount }) };
  }
  return { resolution, amount: requested.value, ...(requested.currency ? { currency: requested.currency } : {}) };
}

// Every phrase of DECLINED contains one of these; most texts have none, and then the long pattern does not run.
const MAY_DECLINE =
  /не (?:нуж|прош|треб|хоч|надо)|без возврат|вместо|n\W?t (?:want|need)|not (?:want|need|asking|looking|interested)|no (?:refund|need)|rather than|instead of|keep (?:the|your) money|оставьте/;

/** The text with the requests it takes back blanked out, offsets kept. */
function withoutDeclined(flat: string): string {
  if (!MAY_DECLINE.test(flat)) return flat;
  DECLINED.lastIndex = 0;
  return flat.replace(DECLINED, (phrase) => ' '.repeat(phrase.length));
}

function detectResolution(text: string, sum: MoneyMention | undefined, orderTotal?: number): Resolution | 'none' {
  const flat = withoutDeclined(text);
  if (matches(RETURN, flat)) return 'return';
  if (matches(PARTIAL, flat)) return 'partial_refund';
  const exchange = firstIndex(EXCHANGE, flat);
  const full = firstIndex(FULL, flat);
  if (exchange >= 0 && (full < 0 || exchange < full)) return 'exchange';
  if (full < 0 && !sum) return 'none';
  // A sum other than the whole price is a partial refund, even if it is worded as "верните 500 ₽".
  const isShare = sum && (sum.percent ? sum.value < 100 : sum.value !== orderTotal);
  return isShare && !/полн|всю|full/u.test(sentenceAround(flat, sum.start)) ? 'partial_refund' : 'full_refund';
}

/**
 * The sum or share in a sentence that asks for money back; the order's price mentioned elsewhere is skipped, and a
 * sum wins over a share when the buyer gives both ("40% стоимости, это 320 ₽").
 */
function pickRequestedAmount(flat: string, money: readonly MoneyMention[]): MoneyMention | undefined {
  const requested = money.filter((mention) => REFUND_WORD.test(sentenceAround(flat, mention.start)));
  return requested.find((mention) => !mention.percent) ?? requested[0];
}

/** The sentence around `index`, looked for within a few hundred characters so that huge texts stay linear. */
function sentenceAround(text: string, index: number): string {
  const reach = 300;
  let start = index;
  while (start > 0 && index - start < reach && !SENTENCE_END.test(text[start - 1]!)) start--;
  let end = index;
  while (end < text.length && end - index < reach && !isSentenceEnd(text, end)) end++;
  return text.slice(start, end);
}

const SENTENCE_END = /[.!?\n]/;

// "12.50" is a number, not the end of a sentence.
function isSentenceEnd(text: string, at: number): boolean {
  return SENTENCE_END.test(text[at]!) && !/\d/.test(text[at + 1] ?? '');
}
