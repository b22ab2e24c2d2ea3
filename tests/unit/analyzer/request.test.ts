import { describe, expect, it } from 'vitest';
import { checkDispute } from '../../../lib/analyzer';
import { codes } from './helpers';

const detect = (text: string, orderTotal?: number) => checkDispute({ text, orderTotal }).detected;

describe('what the text asks for', () => {
  it.each([
    ['Верните деньги', 'full_refund'],
    ['Прошу полный возврат', 'full_refund'],
    ['Прошу вернуть полную стоимость', 'full_refund'],
    ['Please refund', 'full_refund'],
    ['I want my money back', 'full_refund'],
    ['Прошу частичный возврат', 'partial_refund'],
    ['Требую компенсацию', 'partial_refund'],
    ['Please give a partial refund', 'partial_refund'],
    ['Готова вернуть товар, верните деньги', 'return'],
    ['I can send it back for a refund', 'return'],
    ['Прошу замену', 'exchange'],
    ['Пришлите правильный размер', 'exchange'],
    ['Please send the correct item', 'exchange'],
    ['Разберитесь', 'none'],
    ['Сделайте что-нибудь', 'none'],
    ['Sort it out', 'none'],
    ['What should I do?', 'none'],
  ])('%s → %s', (text, resolution) => {
    expect(detect(text).resolution).toBe(resolution);
  });

  it.each([
    ['Прошу частичный возврат 1 234,56 ₽', 1234.56, 'RUB'],
    ['Компенсация 500 руб. за царапину', 500, 'RUB'],
    ['Верните 300 р. за недостающую пару', 300, 'RUB'],
    ['Partial refund of $12.50', 12.5, 'USD'],
    ['partial refund 12,5 USD', 12.5, 'USD'],
    ['compensation of 2.40 $', 2.4, 'USD'],
    ['Прошу компенсацию 15 долларов', 15, 'USD'],
    ['Частичный возврат 10 €', 10, 'EUR'],
  ])('reads the sum: %s', (text, amount, currency) => {
    expect(detect(text, 5000)).toEqual({ resolution: 'partial_refund', amount, currency });
  });

  it('ignores the price of the order mentioned in another sentence', () => {
    expect(detect('Заплатила 2 000 ₽. Прошу частичный возврат 500 ₽.', 2000)).toMatchObject({ amount: 500 });
  });

  it.each([
    ['Прошу вернуть 50% стоимости', 50],
    ['Верните половину стоимости', 50],
    ['partial refund of 30%', 30],
    ['refund half the price', 50],
  ])('a share of the price is not a sum: %s', (text, percent) => {
    const detected = detect(text, 2000);
    expect(detected).toMatchObject({ resolution: 'partial_refund', percent, amount: (2000 * percent) / 100 });
    expect(codes(text, { orderTotal: 2000 })).toContain('partial_without_amount');
  });

  it('suggests the sum a percentage comes to', () => {
    const finding = checkDispute({ text: 'Прошу вернуть 50% стоимости', orderTotal: 1200 }).findings.find(
      (item) => item.code === 'partial_without_amount',
    );
    expect(finding?.suggestion).toEqual({
      kind: 'advice',
      key: 'check.suggestion.amount_from_percent',
      params: { percent: 50, amount: 600 },
    });
  });

  it('a partial refund needs a sum; the form amount counts', () => {
    expect(codes('Прошу частичный возврат')).toContain('partial_without_amount');
    expect(codes('Прошу частичный возврат', { amount: 300 })).not.toContain('partial_without_amount');
    expect(codes('Прошу вернуть 300 ₽', { resolution: 'partial_refund' })).not.toContain('partial_without_amount');
  });

  it('the form resolution answers "what do you want"', () => {
    expect(codes('Трещина на экране')).toContain('missing_resolution');
    expect(codes('Трещина на экране', { resolution: 'return' })).not.toContain('missing_resolution');
  });

  it('points out a text that asks for something else than the form', () => {
    expect(codes('Прошу частичный возврат 300 ₽', { resolution: 'full_refund' })).toContain('resolution_conflict');
    expect(codes('Прошу замену', { resolution: 'full_refund' })).toContain('resolution_conflict');
    expect(codes('Верните деньги', { resolution: 'return' })).not.toContain('resolution_conflict');
    expect(codes('Верните деньги', { resolution: 'full_refund' })).not.toContain('resolution_conflict');
  });

  it('a sum above the order price is pointed out', () => {
    expect(codes('Прошу частичный возврат 5 000 ₽', { orderTotal: 3000 })).toContain('amount_exceeds_total');
    expect(codes('Прошу вернуть часть', { resolution: 'partial_refund', amount: 40, orderTotal: 30 })).toContain(
      'amount_exceeds_total',
    );
    expect(codes('Прошу частичный возврат 500 ₽', { orderTotal: 3000 })).not.toContain('amount_exceeds_total');
  });
});
