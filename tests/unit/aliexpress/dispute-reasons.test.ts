import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { problemKindOf } from '../../../lib/aliexpress/dispute-reasons';
import { PROBLEM_KINDS } from '../../../lib/model/problem-kinds';
import en from '../../../locales/en.json';
import ru from '../../../locales/ru.json';

describe('problemKindOf: AliExpress reason texts to what went wrong', () => {
  it.each([
    // As the fixture pages and API answers write them
    ['Item not as described', 'not_as_described'],
    ['Tracked as returned/canceled/lost', 'not_received'],
    ["Didn't receive the item", 'not_received'],
    ['Damaged item', 'damaged'],
    ['Missing parts or accessories', 'missing_parts'],
    ['Посылка возвращена продавцу или потеряна', 'not_received'],
    ['Заказ не доставлен вовремя', 'not_received'],
    ['Товар не соответствует описанию', 'not_as_described'],
    ['Товар повреждён', 'damaged'],
    ['Неполная комплектация', 'missing_parts'],
    // From the research notes
    ['Product not as described', 'not_as_described'],
    ['Пришёл не тот товар (не та модель, цвет, размер)', 'wrong_item'],
    ['Брак / товар в нерабочем состоянии', 'not_working'],
    ['Подделка', 'counterfeit'],
    ['Пустая посылка', 'empty_package'],
    ['Трек-номер недействительный и не отслеживается', 'not_received'],
    ['Другое', 'other'],
    // The seller rules' names for the reasons (the back end's taxonomy)
    ['Invalid waybill number', 'not_received'],
    ['Customs detention', 'not_received'],
    ['Package returned', 'not_received'],
    ['Not matching the description', 'not_as_described'],
    ['Quality problems', 'not_as_described'],
    ['Damaged goods', 'damaged'],
    ['Short shipment', 'missing_parts'],
    ['Fake goods', 'counterfeit'],
    // The older form's reasons, as a guide translated them
    ['Parcel held at customs', 'not_received'],
    ['Delivered to a different address', 'not_received'],
    ['Empty parcel delivered', 'empty_package'],
    // What a page may change without changing the reason
    ['  item NOT as described. ', 'not_as_described'],
    ['Didn’t receive the item', 'not_received'],
    ['Tracked as returned / canceled / lost', 'not_received'],
    ['Товар поврежден', 'damaged'],
    ['Брак/товар в нерабочем состоянии', 'not_working'],
  ])('%j → %s', (text, kind) => {
    expect(problemKindOf(text)).toBe(kind);
  });

  it.each([
    ['Item not as described, and rude seller'],
    ['Not as'],
    ['Please select a reason'],
    [''],
    ['constructor'],
    ['__proto__'],
  ])('unknown text %j has no kind (the panel shows it as written)', (text) => {
    expect(problemKindOf(text)).toBeUndefined();
  });

  it('no text means no kind', () => {
    expect(problemKindOf(undefined)).toBeUndefined();
  });

  it('every kind has its name in both panel languages', () => {
    for (const kind of PROBLEM_KINDS) {
      expect(en).toHaveProperty([`problem.${kind}`]);
      expect(ru).toHaveProperty([`problem.${kind}`]);
    }
  });

  it('every reason the fixture forms offer is known', () => {
    for (const site of ['com', 'ru']) {
      const html = readFileSync(
        path.resolve(import.meta.dirname, `../../fixtures/pages/${site}/dispute-start.html`),
        'utf8',
      );
      const offered = [...html.matchAll(/<div class="comet-v2-menu-item">([^<]+)<\/div>/g)].map((m) => m[1]!);
      expect(offered.length).toBeGreaterThan(3);
      for (const text of offered) expect(problemKindOf(text), text).toBeDefined();
    }
  });
});
