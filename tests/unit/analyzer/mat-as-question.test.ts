import { describe, expect, it } from 'vitest';
import { codes } from './helpers';

const COMPLETE = ' Наушник не заряжается, заметил 3 марта при распаковке, фото прилагаю. Прошу вернуть деньги.';
const PHOTO = { attachments: [{ name: 'a.jpg', type: 'image/jpeg', size: 1 }] };

describe('mat put to the seller as a question calls names; it does not vent', () => {
  it.each(['Вы там совсем ох*ели?', 'Ваши упаковщики ё6нутые?', 'Вы на складе ебанулись, что ли?'])(
    '%s: profanity, not emotional',
    (sentence) => {
      const found = codes(sentence + COMPLETE, PHOTO);
      expect(found).toContain('profanity');
      expect(found).not.toContain('emotional');
    },
  );

  it.each([
    ['an exclamation', 'Охуеть! Опять сломалось.'],
    ['a question about the thing, not the people', 'Блять, ну почему опять сломалось?'],
    ['the same verb stated, not asked', 'Вы совсем охуели.'],
  ])('%s stays an outburst: %s', (_, sentence) => {
    expect(codes(sentence + COMPLETE, PHOTO)).toEqual(expect.arrayContaining(['profanity', 'emotional']));
  });
});
