import { describe, expect, it } from 'vitest';
import { checkDispute } from '../../../lib/analyzer';
import { codes, flagged } from './helpers';

// The kinds round forty-three's first score missed (tests/analyzer/README.md, round forty-three), with their innocent
// twins. The sentences are new wordings, not the corpus texts.

const detected = (text: string) => checkDispute({ text, attachedFiles: 1 }).detected;

describe('part names and dogs that look rude', () => {
  it.each([
    'The fuel cock on the tank leaks; with the cock turned off it still drips.',
    'Our stopcock arrived cracked, and the cock handle spins freely.',
    'Поводок для нашей суки (хаски, 2 года) порвался на третьей прогулке.',
    'Намордник на суку породы лайка не налез, мал на 3 см.',
  ])('%s', (text) => {
    expect(codes(text)).not.toContain('profanity');
  });

  it.each(['The seller sent me a picture of his cock.', 'Поводок порвался, а вы, суки, молчите.'])(
    'still profanity: %s',
    (text) => {
      expect(codes(text)).toContain('profanity');
    },
  );
});

describe('names for the staff in ordinary words', () => {
  it.each([
    ['Ваши сборщики-колхозники опять перепутали болты.', 'сборщики-колхозники'],
    ['Курьер ваш, похоже, тупая курица: бросил коробку у двери.', 'тупая курица'],
    ['A refund of 2 cents? You total cheapskates.', 'You total cheapskates'],
    ['Dear clowns 🤡, the strap snapped on day one.', '🤡'],
    [
      'Hats off to your packing department geniuses: the lamp is in shards.',
      'Hats off to your packing department geniuses',
    ],
    ['Из пяти свечей две без фитиля. Гении.', 'Гении'],
  ])('%s', (text, words) => {
    expect(flagged(text, 'insult')).toContain(words);
  });

  it.each([
    'Дед у меня был колхозник, он бы такой лопатой копать не стал.',
    'Я как слепая курица не заметила скол сразу.',
    'I am a cheapskate, I admit, but this cable died in a day.',
    'The size chart is a joke 🤡, the jacket is two sizes small.',
    'Диск с фильмом «Гении» не читается, на нём царапина.',
  ])('no insult: %s', (text) => {
    expect(codes(text)).not.toContain('insult');
  });
});

describe('harm wished on whoever handled the item, and customs as leverage', () => {
  it.each([
    'I hope whoever made this helmet gets hit the same way.',
    'Hope the guy who packed these brakes tries them downhill one day.',
    'My cousin clears cargo at that port, so your shipments could easily be held for weeks.',
    'У меня шурин на таможне, ваши посылки могут там застрять надолго.',
    'Мои ребята готовы заехать к нему для беседы.',
  ])('%s', (text) => {
    expect(codes(text)).toContain('threat');
  });

  it.each([
    'I hope whoever packed this reads my message and fixes the box.',
    'My cousin said parcels from China are often held at customs, so I waited.',
    'Посылки могут задерживаться на таможне, я это понимаю, но прошло 60 дней.',
  ])('no threat: %s', (text) => {
    expect(codes(text)).not.toContain('threat');
  });
});

describe('cries of feeling', () => {
  it.each([
    'Офигеть! Ручка отломилась в первый же день.',
    "I'm panicking, the dispute closes tonight and the lamp still doesn't work.",
    'Fuck me, they sent the wrong colour again.',
  ])('%s', (text) => {
    expect(codes(text)).toContain('emotional');
  });
});

describe('requests of small sums and deadlines', () => {
  it.each([
    ['Тормозной диск теперь под замену, верните деньги за колодки.', 'full_refund'],
    ['Жду нормальный кабель, этот не заряжает.', 'exchange'],
    ['Wrong ones again. I want the blue ones.', 'exchange'],
    ['Пенсия маленькая, верните хоть что-нибудь.', 'partial_refund'],
    ['Please refund at least something, the pot is cracked.', 'partial_refund'],
    ['Ваши 5 рублей компенсации можете оставить себе. Возврат полной суммы.', 'full_refund'],
  ] as const)('%s → %s', (text, resolution) => {
    expect(detected(text).resolution).toBe(resolution);
  });

  it.each([
    "Shipping it back would cost me $6 at the post office, so I'd like a refund and I'll keep it.",
    'Почта за пересылку обратно берёт 400 ₽, поэтому прошу вернуть деньги без возврата товара.',
    'Ради 90 рублей не стала бы писать, но прошу вернуть деньги.',
  ])('a sum that is not the one asked back: %s', (text) => {
    expect(detected(text)).toEqual({ resolution: 'full_refund' });
  });

  it.each([
    ["I've paid a garage £35 to fit it, but I'd like a partial refund of £50.", 50],
    ["They offered $3. I don't accept $3. I'm asking for $12 back.", 12],
    ['Спасибо за щедрое предложение — вернуть 2 ₽. Прошу вернуть 150 ₽ за брак.', 150],
  ])('the sum asked for: %s', (text, amount) => {
    expect(detected(text)).toMatchObject({ resolution: 'partial_refund', amount });
  });

  it('a refund of the return postage, asked with its sum, is still asked', () => {
    expect(detected('The frame was bent. Please refund the €4.60 return postage, I sent it back.')).toMatchObject({
      resolution: 'partial_refund',
      amount: 4.6,
    });
  });
});

describe('evidence refused and days counted', () => {
  it('"no photo" names no evidence', () => {
    expect(codes("No photos, I'm not taking any more photos of this. The hose is the wrong size.")).toContain(
      'missing_evidence',
    );
    expect(codes('Фото нет, без фото поверьте на слово: шланг не тот.')).toContain('missing_evidence');
  });

  it('"since day 3" tells when', () => {
    expect(codes('The left speaker has crackled since day 3. Refund please.')).not.toContain('missing_when');
  });
});
