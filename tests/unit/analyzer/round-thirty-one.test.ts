import { describe, expect, it } from 'vitest';
import { checkDispute } from '../../../lib/analyzer';
import { codes, flagged } from './helpers';

// The kinds round thirty-one's first score missed (tests/analyzer/README.md, round thirty-one), with their innocent
// twins. The sentences are new wordings, not the corpus texts.
const detect = (text: string) => checkDispute({ text }).detected;

describe('threats to the courier, the post or a neighbour', () => {
  it.each([
    ['If that driver comes to my door again, he will end up in an ambulance.', 'he will end up in an ambulance'],
    ['Tell your courier I’ll be waiting for him next time.', 'I’ll be waiting for him'],
    ['Next time she won’t enjoy our conversation.', 'she won’t enjoy our conversation'],
    ['I know which street he lives on now.', 'which street he lives'],
    ['Если пункт выдачи не найдёт посылку, я им этот пункт разнесу.', 'пункт разнесу'],
  ])('%s', (text, words) => {
    expect(flagged(text, 'threat')).toEqual([words]);
  });

  it.each([
    ['I’ll be waiting for them to reply before I open a case.'],
    ['My daughter won’t enjoy it with a broken wheel.'],
    ['The parcel is at the depot he drives out of, the tracking says.'],
  ])('%s is no threat', (text) => {
    expect(codes(text)).not.toContain('threat');
  });
});

describe('names', () => {
  it('a name is no swear word', () => {
    expect(codes('The costume for Dick Whittington came without the cat; we read Moby Dick in class.')).not.toContain(
      'profanity',
    );
    expect(codes('Don’t be a dick about the refund.')).toContain('profanity');
  });

  it('a listing’s word for the female dog it fits is no swear word', () => {
    expect(codes('В описании: «Ошейник для суки и кобеля, размер L». У моей овчарки шея 50 см.')).not.toContain(
      'profanity',
    );
  });

  it('a mat adjective called out, then «вы», calls them that; a cried oath then «вы» does not', () => {
    expect(codes('Пришло 3 кг вместо 5. Ох*евшие, вы весы видели?')).toContain('insult');
    expect(codes('Бл*, вы что, спите? Третий день без ответа.')).not.toContain('insult');
  });

  it('a brain the size of a pea is an insult; the blame the buyer takes is not', () => {
    expect(codes('Your packer has a brain the size of a peanut.')).toContain('insult');
    expect(codes('Сама виновата, сама, растяпа: перепутала размер.')).not.toContain('insult');
    expect(codes('Я, в отличие от вас, умею читать описание.')).toContain('insult');
  });
});

describe('the post blamed as an excuse', () => {
  it.each([
    ['Ну конечно, опять почта виновата.', 'Ну конечно, опять почта'],
    ['Вы всё валите на курьера, а трек пустой.', 'валите на курьера'],
    ['Of course, it’s the postal service again.', 'Of course, it’s the postal service again'],
  ])('%s', (text, words) => {
    expect(flagged(text, 'accusation')).toEqual([words]);
  });

  it('the post named as the cause, plainly, accuses no one', () => {
    expect(codes('Почта повредила коробку, к вам претензий нет.')).not.toContain('accusation');
  });
});

describe('quotes', () => {
  it('a quote on the line after "word for word:" is the seller’s', () => {
    expect(codes('Your agent wrote, word for word:\n"Learn to read, stupid." That was the reply.')).not.toContain(
      'insult',
    );
  });

  it('another buyer’s review, quoted with its author’s initial, is not the buyer’s accusation', () => {
    expect(codes('Отзыв Анны П. под товаром: «продавец — аферист». Пришли 3 мая не те шторы.')).not.toContain(
      'accusation',
    );
  });
});

describe('requests', () => {
  it('sending the item again is an exchange', () => {
    expect(detect('Please send the lamp again once it is back with you.')).toEqual({ resolution: 'exchange' });
    expect(detect('Please arrange for it to be sent again to my pickup point.')).toEqual({ resolution: 'exchange' });
    expect(detect('I can send the photos again. The lamp is broken, please refund me.')).toEqual({
      resolution: 'full_refund',
    });
  });

  it('«…, а чайник забирайте» gives the item back', () => {
    expect(detect('Верните деньги, а чайник забирайте.')).toEqual({ resolution: 'return' });
  });
});
