import { describe, expect, it } from 'vitest';
import { checkDispute } from '../../../lib/analyzer';
import { codes, flagged } from './helpers';

// The kinds round thirty-six's first score missed (tests/analyzer/README.md, round thirty-six), with their innocent
// twins. The sentences are new wordings, not the corpus texts.

const resolutionOf = (text: string) => checkDispute({ text }).detected.resolution;

describe('an item already sent back, and the ways of offering it', () => {
  it.each([
    ['The mixer went back to your warehouse on 2 May, delivered on 20 May. Refund me.', 'full_refund'],
    ['Утюг я отправила вам обратно 3 марта, он у вас с 20-го. Верните деньги.', 'full_refund'],
    ['The lamp cost $14.90. Please refund the $14.90 without a return: posting it costs more.', 'full_refund'],
    ['Прошу вернуть деньги без возврата стола, пересылка дороже него.', 'full_refund'],
    ['You asked me to send it back at my own cost. Just refund me.', 'full_refund'],
    ['Продавец просит отправить чайник обратно в Китай. Верните деньги.', 'full_refund'],
    ['Согласна на возврат пылесоса, пришлите этикетку.', 'return'],
    ['Пришлите правильный адрес, и я верну куртку за ваш счёт.', 'return'],
    ['Я готова их вернуть, назовите адрес.', 'return'],
    ['Забирайте сушилку, верните деньги.', 'return'],
    ['Give me a working address and I will send it again for a refund.', 'return'],
    ['I therefore reject the goods. Please arrange collection.', 'return'],
  ])('%s → %s', (text, resolution) => {
    expect(resolutionOf(text)).toBe(resolution);
  });

  it('a return that would cost too much, a right not used, a price reduction', () => {
    expect(
      checkDispute({ text: 'Posting them back would cost more than they did, so refund $8 and I keep them.' }).detected,
    ).toEqual({ resolution: 'partial_refund', amount: 8, currency: 'USD' });
    expect(
      checkDispute({ text: 'I could reject the whole kettle, but I would rather keep it if you refund $6.' }).detected,
    ).toEqual({ resolution: 'partial_refund', amount: 6, currency: 'USD' });
    expect(resolutionOf('I will keep the rug in return for a fair price reduction.')).toBe('partial_refund');
  });

  it('a chargeback is not the item sent back; a sum for postage beside the item is the whole price', () => {
    expect(resolutionOf('Прошу вернуть деньги, иначе оформлю возврат платежа через банк.')).toBe('full_refund');
    expect(resolutionOf('Верните 1 990 ₽ за куртку и 450 ₽ за пересылку.')).toBe('full_refund');
    expect(resolutionOf('Верните 450 ₽ за сломанную пряжку.')).toBe('partial_refund');
  });

  it('«когда он стоит …» does not accept the seller’s offer', () => {
    expect(
      resolutionOf(
        'Предлагать мне вернуть его за свои 900 рублей, когда он стоит 1 500, — не решение. Прошу частичный возврат 500 рублей.',
      ),
    ).toBe('partial_refund');
  });

  it('the remedies the law lists are not the buyer’s choice', () => {
    expect(
      resolutionOf(
        'Статья 18 даёт право потребовать замены, уменьшения цены или отказаться от договора. Я отказываюсь от договора и готов отправить мясорубку обратно.',
      ),
    ).toBe('return');
    expect(resolutionOf('Прошу замену на исправный фен.')).toBe('exchange');
  });
});

describe('the buyer’s own earlier words, taken back', () => {
  it.each([
    ['Sorry I called your packers "clowns" yesterday, that was out of line. The lid is cracked.', 'insult'],
    ['Прошу прощения, что вчера назвала вас жуликами, беру эти слова обратно. Крышка треснула.', 'accusation'],
    ['I am sorry for accusing you of doing it on purpose. The lid is cracked.', 'accusation'],
  ])('%s', (text, code) => {
    expect(codes(text)).not.toContain(code);
  });

  it('an apology that does not take the words back leaves them', () => {
    expect(codes('Sorry for the tone, but you are clowns.')).toContain('insult');
    expect(codes('Извините, но вы жулики.')).toContain('accusation');
    expect(codes('What I said about coming to your office, I do not take back.')).not.toContain('emotional');
  });

  it('quoted mat stays mat', () => {
    expect(codes('Перечитала своё вчерашнее «вы там совсем ох*ели?», и мне стыдно.')).toContain('profanity');
    expect(codes('Перечитала своё вчерашнее «вы там совсем ох*ели?», и мне стыдно.')).not.toContain('insult');
  });
});

describe('menace', () => {
  it.each([
    [
      'If nothing changes, my brothers and I will be at your showroom on Friday.',
      'my brothers and I will be at your showroom',
    ],
    [
      'I would hate for anything to happen to that lovely stall of yours.',
      'I would hate for anything to happen to that lovely stall',
    ],
    ['Я юрист, и у меня хорошие знакомые в прокуратуре.', 'у меня хорошие знакомые в прокуратуре'],
  ])('%s', (text, words) => {
    expect(flagged(text, 'threat')).toEqual([words]);
  });

  it('a staff member’s number and photo in every group, a photo of the owner’s house in a review', () => {
    expect(codes('Ваша менеджер дала свой номер. Её номер и фото появятся во всех чатах покупателей.')).toContain(
      'threat',
    );
    expect(codes('I have his address; a photo of his house will go into my review.')).toContain('threat');
    expect(codes('An honest review with photos of the broken lid will go into my review.')).not.toContain('threat');
  });
});

describe('tone', () => {
  it('talking down to the returns team; the platform covering for sellers', () => {
    expect(codes('Let me say it in words your support team can follow: broken lid, refund.')).toContain('insult');
    expect(codes('Продавцов вы всегда прикрываете, а покупатель всегда неправ.')).toContain('accusation');
  });

  it('past messages and a feared worst are no feelings now; a "free return" mocks no honesty', () => {
    expect(codes('Sorry for my angry email on Monday; the lid is cracked.')).not.toContain('emotional');
    expect(codes('I feared the worst, but the parcel came; the lid is cracked.')).not.toContain('emotional');
    expect(codes('Your "free return" cost me $12 at the post office.')).not.toContain('accusation');
    expect(codes('Your "quality control" missed a cracked lid.')).toContain('accusation');
  });
});

describe('evidence and problems named', () => {
  it('"look at the photos" with no file asks for the file', () => {
    expect(codes('The lid is cracked. Look at the photos!')).toContain('evidence_not_attached');
  });

  it('a listed figure and a black picture name the problem', () => {
    expect(codes('The jacket is listed as 90% down, the label says 50% feathers.')).not.toContain('missing_what');
    expect(codes('The camera feed goes completely black at night.')).not.toContain('missing_what');
  });
});
