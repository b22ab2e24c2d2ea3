import { describe, expect, it } from 'vitest';
import { flagged } from './helpers';

describe('profanity', () => {
  it.each([
    ['Товар полная хуйня', ['хуйня']],
    ['Какой же пиздец с доставкой', ['пиздец']],
    ['Вы охренели? Нет, вы охуели', ['охуели']],
    ['заебали уже', ['заебали']],
    ['Опять наебали покупателя', ['наебали']],
    ['Бля, опять не то', ['Бля']],
    ['Ну и говно', ['говно']],
    ['сука, когда придёт', ['сука']],
    ['Мудак ты', ['Мудак']],
  ])('finds roots in any form: %s', (text, expected) => {
    expect(flagged(text, 'profanity')).toEqual(expected);
  });

  it.each([
    ['masked with *', 'это х*йня', ['х*йня']],
    ['masked twice', 'б**дь, сломалось', ['б**дь']],
    ['masked with ! and @', 'п!зд@ц товар', ['п!зд@ц']],
    ['masked vulgar word', 'г*вно а не товар', ['г*вно']],
    ['masked with @', 'Еб@ные продавцы', ['Еб@ные']],
    ['spaced out', 'б л я т ь, где посылка', ['б л я т ь']],
    ['spaced with dots', 'х.у.й знает', ['х.у.й']],
    ['stretched letters', 'сууууука, опять', ['сууууука']],
    ['Latin look-alikes', 'ну и гoвнo', ['гoвнo']],
    ['digits as letters', '6лять, ну сколько можно', ['6лять']],
    ['digit 3 for з', '3аебали ждать', ['3аебали']],
    ['transliterated', 'blyat, where is it', ['blyat']],
    ['translit suka', 'suka seller', ['suka']],
    ['translit pizdec', 'pizdec polnyi', ['pizdec']],
    ['translit nahui', 'idite nahui', ['nahui']],
    ['English', 'fucking seller', ['fucking']],
    ['English stretched', 'fuuuck this', ['fuuuck']],
    ['English masked', 'this is bullsh!t', ['bullsh!t']],
    ['English with $', 'you a$$holes', ['a$$holes']],
    ['English spaced', 'F U C K this', ['F U C K']],
    ['English leet', 'sh1t quality', ['sh1t']],
    ['Greek χ inside a Cyrillic word', 'прислали χуйню', ['χуйню']],
    ['Greek capitals', 'ΧУЙНЯ полная', ['ΧУЙНЯ']],
    ['Greek π', 'это πиздец', ['πиздец']],
    ['Cyrillic і inside an English word', 'what a shіt', ['shіt']],
    ['3,14 for the syllable пи', 'ну это 3,14здец', ['3,14здец']],
    ['3.14 inside a word', 'опять на3.14здили', ['на3.14здили']],
    ['vowels dropped', 'Пздц, опять', ['Пздц']],
    ['vowels dropped, нхй', 'да нхй такое', ['нхй']],
    ['vowels dropped, блть', 'блть, сломалось', ['блть']],
    ['minced ёпт', 'что за ёпт', ['ёпт']],
    ['minced нах', 'иди нах со своим товаром', ['нах']],
    ['minced звиздец', 'полный звиздец', ['звиздец']],
    ['ахуеть', 'ахуеть можно', ['ахуеть']],
    ['dotted abbreviation', 'п...ц полный', ['п...ц']],
    ['dashed abbreviation', 'х-ня какая-то', ['х-ня']],
    ['masked with two stars', 'е**ные продавцы', ['е**ные']],
    ['English with @', 'what the f@ck', ['f@ck']],
    ['English with $', '$hit happens', ['$hit']],
    ['English with ! twice', 'b!tch', ['b!tch']],
  ])('sees through disguise: %s', (_name, text, expected) => {
    expect(flagged(text, 'profanity')).toEqual(expected);
  });

  it.each([
    'Требую вернуть деньги',
    'Верните 500 рублей и 3 рубля',
    'Ребёнок расстроился, а это подарок',
    'Хлеб, хлебать, хлебало',
    'Употреблять нельзя, истреблять, скребок',
    'Страховка не помогла, застрахую в следующий раз',
    'Консультировалась с психологом, оскорблять не хочу',
    'Корабля не было, грабли сломаны',
    'Колебания напряжения, колебаться',
    'Небо, себе, тебе, учеба',
    'Командировка, мандарин',
    'Сукно порвалось, сучок на ручке',
    'Посылка из Huizhou, телефон Huawei',
    'Scunthorpe assessed the class',
    'A cocktail while reading Dickens with my therapist',
    'Pass the glass, I passed the assessment',
    'Shiitake mushrooms',
    'Бляха ремня погнулась',
    'Бляшка на ремне пластиковая',
    'Доска пришла с сучками, а обещали без сучков',
    'Скипидар пролился, ебонитовая палочка цела',
    'Чехол на Хуавей Нова 11',
    'Прислали 100шт вместо 200, рассторился, 3,14 метра',
    'Сумма 3.14 $ за 100 грамм',
    'Блок питания, бл. 4',
    'Dried shiitake and Cockburn port',
    'A crappie fishing lure and a Dickens novel',
    'Греческий йогурт: αλφα βητα γαμμα',
    'нахлест ткани, наха',
  ])('leaves innocent words alone: %s', (text) => {
    expect(flagged(text, 'profanity')).toBeUndefined();
  });
});
