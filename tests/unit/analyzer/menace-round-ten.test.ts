import { describe, expect, it } from 'vitest';
import { flagged } from './helpers';

// Veiled threats by class (frames.ts): what happened to those who crossed the buyer, a calm buyer whose people are not,
// criminal slang, ominous wishes, greetings to the seller's family, private data for an audience, relatives with
// menace, small-world proverbs with the seller's place. Each wording below is new; the traps share their words.
const PHOTO = { attachments: [{ name: 'kettle.jpg', type: 'image/jpeg', size: 90_000 }] };
const EN_REST = ' The kettle arrived on 4 May with a cracked base, photo attached. Refund please.';
const RU_REST = ' Чайник пришёл 4 мая с трещиной на дне, фото прилагаю. Верните деньги.';

describe('veiled threats by class', () => {
  it.each([
    // What happened to those who crossed the buyer.
    ['Продавцы, которые меня кидали, потом сильно об этом пожалели.', 'Продавцы, которые меня кидали'],
    ['С такими, как вы, я уже встречался лично, и им потом было несладко.', 'такими, как вы'],
    ['The last people who short-changed me learned the hard way.', 'people who short-changed me'],
    // A calm buyer whose people are not.
    ['Я-то человек терпеливый, а вот мои сыновья — нет.', 'терпеливый, а вот мои сыновья — нет'],
    ["I'm a calm man, but my nephews aren't.", "calm man, but my nephews aren't"],
    // Criminal slang and meetings in person.
    ['За базар свой ответишь, продавец.', 'За базар'],
    ['Не вернёте до пятницы — поставлю на счётчик.', 'на счётчик'],
    ['Следующий разговор у нас будет не в переписке.', 'разговор у нас будет не в переписке'],
    ['Если бы ты стоял рядом, разговор был бы другой.', 'Если бы ты стоял рядом'],
    ['Твоё счастье, что ты далеко.', 'Твоё счастье, что'],
    ['У нас в посёлке за подобное разбираются по-своему.', 'У нас в посёлке за подобное разбираются по-своему'],
    ['Последний продавец, который меня обманул, до сих пор это вспоминает.', 'Последний продавец, который меня'],
    ['С тебя спросят по понятиям, продавец.', 'С тебя спросят'],
    ['Всё возвращается бумерангом, а адрес вашей лавки мне известен.', 'бумерангом'],
    ['Мои дядьки уже спрашивали про вас.', 'Мои дядьки уже спрашивали про вас'],
    ['Мы знаем, где вас искать.', 'знаем, где вас'],
    // Ominous wishes: health, locks, walking alone.
    ['Надеюсь, у вас на складе крепкие замки.', 'у вас на складе крепкие замки'],
    ['Здоровье у вас одно, а у ваших детей оно совсем хрупкое.', 'хрупкое'],
    ['Make sure you lock your doors at night, seller.', 'lock your doors'],
    ['Вечером гулять одной сейчас небезопасно, передайте это вашей менеджерше.', 'гулять одной сейчас небезопасно'],
    // Greetings and photos of the seller's family.
    ['Передавайте привет вашему сыну, симпатичный парень на фото.', 'Передавайте привет вашему сыну'],
    ['Say hello to your daughter for me, seller.', 'Say hello to your daughter'],
    ['Ваша супруга очень красиво выглядит на аватарке.', 'Ваша супруга'],
    // The seller's private data for an audience.
    ['Your home address will be shared with every buyers group I run.', 'every buyers group'],
    ['Фамилия вашего директора скоро появится во всех городских пабликах.', 'во всех городских пабликах'],
    // Relatives with menace, the menace in the next sentence.
    ['Мой зять часто ездит по работе к вам на склад.', 'Мой зять часто ездит по работе к вам'],
    ["I've got mates in your city. They're very good at finding people.", "I've got mates"],
    ['My grandsons have been asking after you, seller.', 'My grandsons have been asking after you'],
    // Small-world proverbs with a meeting or the seller's place.
    ['Земля круглая, продавец, и ваш склад не так уж далеко.', 'Земля круглая'],
    ['What goes around comes around, and I know your city.', 'What goes around comes around'],
    // I'd hate for anything to happen.
    ["We'd hate for anything to happen to your lovely warehouse.", "We'd hate for anything to happen"],
  ])('%s', (sentence, words) => {
    const rest = /[а-яё]/i.test(sentence) ? RU_REST : EN_REST;
    expect(flagged(sentence + rest, 'threat', PHOTO)?.join(' | ')).toContain(words);
  });

  it.each([
    // Lawful returns that name the seller's address or warehouse.
    'I know where your warehouse is from the return label, and the kettle goes back there on Monday.',
    'Адрес вашего склада я взял с накладной для возврата, посылку отправлю обратно завтра.',
    'The return address on your label is in Guangzhou; I will ship it back there once you confirm.',
    // Complaints that merely mention a relative, a city or a name.
    'Мой двоюродный брат живёт в Иу и тоже заказывал у вас этот чайник.',
    'My cousin in Shenzhen recommended your shop, which is why this is so disappointing.',
    'Я знаю вашу фамилию только из накладной, поэтому обращаюсь так.',
    'Муж у меня спокойный, но даже он удивился такому качеству.',
    'Я человек спокойный, но ваш ответ меня расстроил.',
    'Передавайте привет вашему складу: опять пришло не то.',
    'Моя дочь ходит в школу с этим рюкзаком, а у него оторвалась лямка.',
    'Your kids section lists this kettle as child-safe, but the lid gets hot.',
    'Мой муж лично проверил чайник, он течёт.',
    'Мир тесен: оказалось, что чайник такой же, как у соседки.',
    'I posted photos of the kettle in my review, as the dispute form asks.',
    'Здоровье дороже, поэтому прошу заменить чайник с трещиной.',
    'Accidents happen to parcels in transit, I understand, but please refund.',
    'Посылка заблудилась на таможне, трек стоит две недели.',
    'I have two kids and the kettle leaked next to them.',
    'Замок на крышке чайника крепкий, но дно треснуло.',
    'Рекомендую проверить замок на коробке перед отправкой.',
    'Я знаю, где вы находитесь на карте: склад в Иу, адрес для возврата в карточке.',
  ])('not: %s', (sentence) => {
    const rest = /[а-яё]/i.test(sentence) ? RU_REST : EN_REST;
    expect(flagged(sentence + rest, 'threat', PHOTO)).toBeUndefined();
  });
});
