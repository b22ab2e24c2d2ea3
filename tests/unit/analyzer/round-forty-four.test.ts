import { describe, expect, it } from 'vitest';
import { checkDispute } from '../../../lib/analyzer';
import { codes, flagged } from './helpers';

// The kinds round forty-four's first score missed (tests/analyzer/README.md, round forty-four), with their innocent
// twins. The sentences are new wordings, not the corpus texts.

const detected = (text: string) => checkDispute({ text, attachedFiles: 1 }).detected;

describe('animal words: the animal, or a name for the staff', () => {
  it.each([
    'Our donkey hates the fly mask marked "Ass/Mule XL": the mesh tore on day one.',
    'The mule halter labelled "Ass" has a cracked buckle.',
  ])('no profanity: %s', (text) => {
    expect(codes(text)).not.toContain('profanity');
  });

  it.each([
    ['Ты, продавец, индюк: прислал не тот корм.', 'Ты, продавец, индюк'],
    ['Менеджер ваш — корова, не может прочитать заказ.', 'Менеджер ваш — корова'],
    ['Listen, you absolute tits, the cage is the wrong size.', 'you absolute tits'],
    ['Please stop being such an ass and send the right bowl.', 'ass'],
    ['What kind of moron packs a fish tank in a paper bag?', 'What kind of moron packs'],
    ['Передайте привет вашим упаковщикам-гениям: банка разбита.', 'привет вашим упаковщикам-гениям'],
    ['Отделу контроля привет 🤡 Кормушка треснула.', '🤡'],
    ['Assembled and tested by a herd of goats, clearly: the lamp sparks.', 'Assembled and tested by a herd of goats'],
  ])('%s', (text, words) => {
    expect(flagged(text, 'insult')).toContain(words);
  });

  it('animals kept by the buyer and put to work at the seller’s warehouse call the staff names', () => {
    expect(codes('Бараны у меня в хлеву, а у вас они, видно, на складе трудятся: прислали не то.')).toContain('insult');
  });

  it.each([
    'What kind of person packs glass like this? The jar arrived in pieces.',
    'Blue tits love this feeder, but the roof fell off on day two.',
    'Устала объяснять в третий раз: фильтр не включается.',
    'Бараны из нашей отары порвали сетку загона за день.',
  ])('no insult: %s', (text) => {
    expect(codes(text)).not.toContain('insult');
  });

  it('an ass kissed is still profanity, not a name', () => {
    expect(codes('Kiss my ass, the leash snapped.')).toEqual(expect.arrayContaining(['profanity']));
    expect(codes('Kiss my ass, the leash snapped.')).not.toContain('insult');
  });
});

describe('harm wished on whoever made it, and leverage over the seller', () => {
  it.each([
    'Пусть тот, кто собирал этот обогреватель, сам так же обожжётся.',
    'Чтоб у вас самого пальцы так же распухли.',
    'Пусть ваши внуки поиграют с такими же.',
    'Let your own kids play with these and see.',
    'The driver had better pray I never see him again.',
    'У меня сват на таможне, ваши посылки он обязательно задержит.',
    'My uncle runs the depot, and he will make sure your parcels sit there for weeks.',
    'It would be a shame if the reviews filled up with your packers’ home addresses.',
    'Телефон и адрес вашего директора у меня есть, скоро они будут висеть во всех чатах района.',
  ])('%s', (text) => {
    expect(codes(text)).toContain('threat');
  });

  it.each([
    'It would be a shame if the courier lost my home address again.',
    'Чтоб у вас так же всё работало, как у меня сейчас, — лампа не горит.',
    'Пусть тот, кто собирал, проверит комплект: нет двух винтов.',
    'My uncle says parcels often sit at the depot for a week.',
  ])('no threat: %s', (text) => {
    expect(codes(text)).not.toContain('threat');
  });
});

describe('fear and stress', () => {
  it.each([
    'Я так испугалась, когда он задымил.',
    'I was terrified when the charger sparked.',
    'I have been VERY patient, but this is NOT fine.',
  ])('%s', (text) => {
    expect(codes(text)).toContain('emotional');
  });

  it('a danger told plainly is no feeling', () => {
    expect(codes('It could have killed someone if it had been near the curtains. Refund please.')).not.toContain(
      'emotional',
    );
  });

  it('the seller’s words quoted after "your answer was" are theirs', () => {
    expect(codes('Your answer was "not our f*cking problem". The mask burned me on 2 May.')).not.toContain('emotional');
  });
});

describe('knowing the goods were dangerous', () => {
  it.each([
    'You knew these chargers overheat and still kept selling them.',
    'Вы продаёте брак и прекрасно об этом знаете.',
  ])('%s', (text) => {
    expect(codes(text)).toContain('accusation');
  });

  it('knowing a fact is no accusation', () => {
    expect(codes('Вы знаете, что размер S мал? Прошу замену на M.')).not.toContain('accusation');
  });
});

describe('requests and evidence after an injury', () => {
  it.each([
    ['Готов закрыть спор на 900 ₽, это стоимость мази.', 900],
    ["I'm willing to close the dispute for $20.", 20],
  ])('%s', (text, amount) => {
    expect(detected(text)).toMatchObject({ resolution: 'partial_refund', amount });
  });

  it('offering a doctor’s note asks nothing to be sent', () => {
    expect(detected("I can send the doctor's note if needed. Please refund the full price.").resolution).toBe(
      'full_refund',
    );
  });

  it.each([
    "The rash is confirmed in the doctor's note. The cream burned my skin on 3 May. Refund please.",
    'Выписка из травмпункта есть. Чайник ошпарил руку 3 мая. Верните деньги.',
  ])('a medical paper is evidence: %s', (text) => {
    expect(checkDispute({ text }).findings.map((finding) => finding.code)).not.toContain('missing_evidence');
  });

  it('a pet that ignores the thing names no defect', () => {
    expect(checkDispute({ text: 'Кот им не пользуется. Хочу вернуть.' }).findings.map((f) => f.code)).toContain(
      'missing_what',
    );
  });
});
