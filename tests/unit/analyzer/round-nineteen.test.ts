import { describe, expect, it } from 'vitest';
import { checkDispute } from '../../../lib/analyzer';
import { codes, flagged } from './helpers';

// The kinds round nineteen's first score missed (tests/analyzer/README.md, round nineteen), with their innocent
// twins. The sentences are new wordings, not the corpus texts.
const detect = (text: string) => checkDispute({ text }).detected;
const PHOTO = { attachments: [{ name: 'a.jpg', type: 'image/jpeg', size: 1 }] };

describe('mat typed with the English keyboard layout on', () => {
  it.each([
    ['Кружка пришла 3 мая с трещиной, это [eqyz а не кружка. Верните деньги.', '[eqyz'],
    ['Продавец, ну ты и velfr, размер не тот, пришло 3 мая.', 'velfr'],
  ])('%s', (text, words) => {
    expect(flagged(text, 'profanity')).toEqual([words]);
  });

  it.each([
    'Зарядка Xiaomi Redmi Note 12, кабель USB type-c, пришла 3 мая и не заряжает.',
    'The cerf figurine came on 3 May with a broken antler; refund please.',
  ])('brand names and English words are no mat: %s', (text) => {
    expect(codes(text)).not.toContain('profanity');
  });
});

describe('mat and feeling', () => {
  it.each([
    'Вы опять прислали не тот размер, это уже пиzдeц. Пуховик пришёл 12 января.',
    'Prodavec, eto pizdec: ryukzak na 20 litrov vmesto 40, prishel 3 maya.',
    'Зарядка ваша — пи3дец полный, пожарная опасность в чистом виде. Пришла 5 июня.',
    'Шлейка для моей суки (лабрадор, 32 кг) пришла 6 марта, мала на два размера.',
  ])('a verdict on the item, or the buyer’s dog, is no cry: %s', (text) => {
    expect(codes(text, PHOTO)).not.toContain('emotional');
  });

  it.each([
    'Eto pizdec. Fonar svetit na 300 lumen vmesto 1000, proveril 11 marta.',
    'Открыл коробку 3 ноября — пиздец: корпус треснул.',
    'This is F U C K I N G unbelievable, the blade snapped on 8 Jan.',
    'Bumbaclaat, seller! Di lid nuh seal from 12 January.',
  ])('still a cry: %s', (text) => {
    expect(codes(text, PHOTO)).toContain('emotional');
  });
});

describe('requests', () => {
  it.each([
    ['Two times I ask size L, two times you send S. Came 15 March. Send L.', 'exchange'],
    ['Mi order di curtain in royal blue, it come lime green on 28 May. Please send di blue one.', 'exchange'],
    ['Сковорода 24 см вместо 28, пришла 5 марта. Пришлите 28 см.', 'exchange'],
    ['Левая педаль пришла вместо правой 6 августа. Нужна правая педаль.', 'exchange'],
    ['Lid nuh seal from 12 January. Mi send di video. Gimme back mi money.', 'full_refund'],
    ['Una send 3 metres instead of 10 on 6 June. Refund my money.', 'full_refund'],
    ['Размер 39 вместо 43, получил 5 мая. Либо деньги за кроссы вернёшь, либо жалоба.', 'full_refund'],
    [
      'The heating only warms the left half of the backrest since 3 January. I would like a full refund.',
      'full_refund',
    ],
  ])('%s', (text, resolution) => {
    expect(detect(text).resolution).toBe(resolution);
  });
});

describe('what and when', () => {
  it.each([
    'The kettle is listed as 1.7 L but holds 1.2 L; I measured it on 26 Aug. Refund please.',
    'Listing say burgundy but came bright pink, received 30 July. I want refund.',
  ])('a listing against what came names the problem: %s', (text) => {
    expect(codes(text, PHOTO)).not.toContain('missing_what');
  });

  it('«уже 35 идёт» tells how long', () => {
    expect(codes('Обещали доставку за 10 дней, а уже 35 идёт, трек молчит. Верните деньги.')).not.toContain(
      'missing_when',
    );
  });
});

describe('insults and threats in the world’s Englishes', () => {
  it.each([
    ['Which bampot in your warehouse measured this?', 'Which bampot in your warehouse measured'],
    ['Listen here, you mamparas.', 'you mamparas'],
    ['Seller you are real kelesoo.', 'you are real kelesoo'],
    ['Abi I dey talk to olodos? Count the metres na.', 'Abi I dey talk to olodos'],
    ['Am I talking to children here? Size 42, not 39.', 'Am I talking to children'],
    ['Эй акмак, ты что отправил?', 'акмак'],
    ['Вы там совсем нюх потеряли? Берцы 41 вместо 44.', 'Вы там совсем нюх потеряли'],
    ['Ok I explain like for 5 year old: white is not blue.', 'like for 5 year old'],
  ])('insult: %s', (text, words) => {
    expect(flagged(text, 'insult')).toEqual([words]);
  });

  it.each([
    'I am talking to support about the delivery.',
    'Which courier in your town measured this parcel?',
    'The 5 year old loved the first one; this one came broken on 3 May.',
  ])('no insult: %s', (text) => {
    expect(codes(text)).not.toContain('insult');
  });

  it.each([
    'Mi cousin live inna Guangzhou, him can pass by unno shop fi a likkle chat.',
    'If I no see my refund this week, I go send my boys to una office. You don’t want wahala.',
  ])('threat: %s', (text) => {
    expect(codes(text)).toContain('threat');
  });

  it.each([
    'I will send my friends to pick up the parcel from the post office.',
    'My cousin will pass by the post office for me on Monday.',
  ])('no threat: %s', (text) => {
    expect(codes(text)).not.toContain('threat');
  });
});
