import { describe, expect, it } from 'vitest';
import { flagged } from './helpers';

// Disguises of mat read by mechanism (obscene.ts): softened or cut-down minced forms, prefixed words with their vowels
// dropped, з heard as с, the f-word with "o", transliterated охуеть and нахуя; and the innocent twins a dictionary run
// (about 1.37 million Russian word forms, 275,000 English words) found sharing a root with them.
describe('disguised profanity, round ten', () => {
  it.each([
    ['е-б softened to и-п', 'Вы меня уже заипали своими отговорками', ['заипали']],
    ['е-б softened, another form', 'Заипись сервис, ничего не скажешь', ['Заипись']],
    ['cut to its consonants', 'Ну збс, опять не тот цвет', ['збс']],
    ['a prefixed verb without vowels', 'кто-то спздил зарядку из коробки', ['спздил']],
    ['another prefixed verb without vowels', 'курьер распздяй, бросил посылку', ['распздяй']],
    ['a mask in хуета', 'прислали какую-то х*ету вместо чехла', ['х*ету']],
    ['з heard as с', 'это просто писдец, а не упаковка', ['писдец']],
    ['з heard as с, in Latin', 'pisdets, the lid fell off', ['pisdets']],
    ['0 for o in the f-word', 'the f0cking hinge snapped again', ['f0cking']],
    ['o for u in the f-word', 'this focking cable is dead', ['focking']],
    ['транслит охуеть', 'vy tam ohreneli? net, vy prosto oxueli', ['oxueli']],
    ['транслит охуеть with kh', 'akhuet mozhno ot takoy dostavki', ['akhuet']],
    ['транслит нахуя', 'nahuya mne takoi zaryadnik', ['nahuya']],
    ['x for х in translit', 'prislali xuinyu kakuyu-to', ['xuinyu']],
    ['South African slang after "is"', 'The service here is kak, nobody answers.', ['kak']],
    ['masks inside a word', 'Вы там совсем е6@нулись?', ['е6@нулись']],
    ['spaced letters', 'This is F U C K I N G useless', ['F U C K I N G']],
  ])('sees through: %s', (_name, text, expected) => {
    expect(flagged(text, 'profanity')).toEqual(expected);
  });

  it.each([
    'Бляха ремня погнулась, цена 300 рублей',
    'Страхуйте посылки и не оскорбляйте покупателей',
    'Заштрихуйте лишнее в форме, а потом не сплохуйте с отправкой',
    'Прислали ветхую коробку, белобрюхую рыбку и островерхую крышку',
    'Посылка заблудилась, а курьер заблудился дважды',
    'Пахнет скипидаром, прибор потребляет много энергии',
    'The shiitake kit arrived, and the shittim wood box too',
    'Mr Cockburn from Clitheroe sent it to Scunthorpe',
    'The bass assassin lures and the bastard file are missing',
    'Dickies trousers, the slutch on the boots, the tide ebbing',
    'kak tak, posylka opyat ne prishla',
    'Как так, посылка опять не пришла',
  ])('leaves innocent words alone: %s', (text) => {
    expect(flagged(text, 'profanity')).toBeUndefined();
  });
});
