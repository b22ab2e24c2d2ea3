import { describe, expect, it } from 'vitest';
import { flagged } from './helpers';

// Disguises of mat and English obscenities beyond plain masks: look-alikes that Unicode lists only under a Latin
// letter, digits for Cyrillic letters, long mask runs, words broken by dots, sound spellings of the f-word.
describe('disguised profanity', () => {
  it.each([
    ['Armenian "ո" for п', 'Вскрыл коробку, а там ոиздец: ручка отломана', ['ոиздец']],
    ['Armenian "հ" for h in a Latin word', 'what a pile of sհit', ['sհit']],
    ['Greek upsilon in an English word', 'the fυcking lid cracked', ['fυcking']],
    ['Latin "n" for п', 'ну и nиздюк этот курьер', ['nиздюк']],
    ['a letter whose Unicode prototype carries a mark', 'ƒucking useless lid', ['ƒucking']],
    ['Cyrillic "у" in an English word', 'the fуcking hinge', ['fуcking']],
    ['a zero-width space inside', 'this is sh\u200bit', ['sh\u200bit']],
    ['a soft hyphen inside', 'какая-то ху\u00adйня', ['ху\u00adйня']],
    ['struck-through letters', 'f\u0336u\u0336c\u0336k\u0336 this', ['f\u0336u\u0336c\u0336k\u0336']],
    ['9 for я', 'хрен знает что, ху9 какая-то пришла', ['ху9']],
    ['9 for я at the end', 'Бл9, снова сломалось', ['Бл9']],
    ['1 for и', 'опять п1здёж в описании', ['п1здёж']],
    ['6 and @', 'е6@ный пылесос опять встал', ['е6@ный']],
    ['Latin "r" for г', 'полное rовно, а не чехол', ['rовно']],
    ['leet with as many digits as letters', 'this is 5h1t, the lid is loose', ['5h1t']],
    ['three masks', 'the rep said it was not his f***ing job', ['f***ing']],
    ['a whole tail masked', 'what a load of s***, the strap tore', ['s***']],
    ['three masks in Russian', 'пришёл какой-то п***ц вместо фена', ['п***ц']],
    ['two masks the letter search misses', 'quality is sh** again', ['sh**']],
    ['dots for a hidden syllable', 'это пи..ец, а не доставка', ['пи..ец']],
    ['a dot inside the word', 'бл.ядь, опять не тот размер', ['бл.ядь']],
    ['a dot inside an English word', 'what a load of sh.it', ['sh.it']],
    ['an ellipsis ending in я', 'Б…я, ну сколько можно', ['Б…я']],
    ['v for u', 'the fvcking hinge snapped', ['fvcking']],
    ['ph for f', 'phuck, it broke again', ['phuck']],
    ['vowel left out', 'the fcking screen cracked', ['fcking']],
    ['an ass compound', 'the courier is an a$$clown', ['a$$clown']],
    ['a fuck compound', 'some phuckwit threw it over the fence', ['phuckwit']],
    ['British', 'this kettle is bollocks, it leaks', ['bollocks']],
    ['ебашит', 'компрессор ебашит так, что стены трясутся', ['ебашит']],
    ['отъебись', 'продавец пишет «отъебись», скрин прилагаю', ['отъебись']],
    ['хуесос', 'какой хуесос это упаковал', ['хуесос']],
  ])('sees through: %s', (_name, text, expected) => {
    expect(flagged(text, 'profanity')).toEqual(expected);
  });

  it.each([
    ['ёбаный before its noun', 'Ёбаный чайник протёк в первый же день', ['Ёбаный']],
    ['е6ать as an exclamation', 'Е6ать, какой он хлипкий', ['Е6ать']],
    ['fcking as an intensifier', 'This fcking kettle leaks', ['fcking']],
    ['fkn without vowels', 'the fkn lid will not close', ['fkn']],
    ['who the f*ck', 'Who the f*ck packed this?', ['f*ck']],
    ['how the fvck', 'How the fvck is this waterproof?', ['fvck']],
  ])('reads an intensifier as emotion: %s', (_name, text, expected) => {
    expect(flagged(text, 'emotional')).toEqual(expected);
  });

  it.each([
    ['a name in quotes', 'Соус «Охуенный чили» пришёл с разбитой крышкой'],
    ['name-calling', 'Which fvckwit packed this?'],
  ])('is profanity but not an exclamation: %s', (_name, text) => {
    expect(flagged(text, 'profanity')).toBeDefined();
    expect(flagged(text, 'emotional')).toBeUndefined();
  });

  it.each([
    ['compound nouns', 'Which fvckwit packed this?', ['fvckwit']],
    ['ass compounds', 'Ask the a$$hat at the depot why the box is wet', ['a$$hat']],
    ['a sound spelling', 'tell that mothafucka at the depot to look', ['mothafucka']],
  ])('names a person: %s', (_name, text, expected) => {
    expect(flagged(text, 'insult')).toEqual(expected);
  });

  it.each([
    'Прислали плохую копию, сухую и тихую на вид',
    'Весло треснуло у сучка на деревянной лопасти',
    'The ball cock valve drips, and the weather cock is bent',
    'Spotted dick in a tin arrived dented',
    'Менеджер Анна П*** ответила через неделю',
    'Mr S*** from support replied',
    'Карта 6б класса, 3D-ручка, модель A52, блок 5V 9A',
    'Galaxy A55 и A35, видеокарта RTX3060, смазка WD40',
    'Стоит $5, пишите на shop@mail.ru или s.ivanov@ya.ru',
    'Блин, хрен его знает, пипец и капец',
    'т.е. товар б.у., цена 5 у.е., и т.д.',
    'Assistant classes, cocktail shiitake, Hancock passes and assesses',
    'Ordered from Phuket, an Arsenal scarf and arsenic-free paint',
    'Оскорблять психологически не хочу, хулиган, бляшка, ёмкость, употреблять, страхуй, колебаться',
    'Кабель 9 м, 19 шт, 1й и 2й раз, 9я серия',
    'Пункт Б-я, корпус Б, пицца.ру',
    'I live in Twatt, the Scunthorpe parcel came late',
    'Менеджер Е.Бондаренко ответила, г.Москва, 10 мм.Удачный вариант',
    'The box was.hit by something, it.is dented',
    'Анна Олеговна сказала не психуй, чмоки',
    'The fin of the surfboard cracked, the brake bleed kit leaked, my Shitzu harness',
    'Продавец Li Hui ответил, эпидермис, лапидарный стиль',
    'A cafe\u0301 latte, a fac\u0327ade, a word\u200b with a zero-width space, Façade and Smørrebrød',
  ])('leaves innocent words alone: %s', (text) => {
    expect(flagged(text, 'profanity')).toBeUndefined();
  });
});
