import { describe, expect, it } from 'vitest';
import { flagged } from './helpers';

// Veiled threats in more wordings of known classes (threat-frames.ts): "you'd better not find out" with words between,
// someone of the buyer's passing the seller's place every day, knowing where the owner's family lives, coming in
// person in any tense, a good memory for faces, "sellers like you", the lads who know who sold it. Each wording is new;
// the traps share their words with lawful steps, harsh words about the product or an ordinary return.
const PHOTO = { attachments: [{ name: 'lamp.jpg', type: 'image/jpeg', size: 90_000 }] };
const EN_REST = ' The desk lamp arrived on 6 June with a broken hinge, photo attached. Refund please.';
const RU_REST = ' Настольная лампа пришла 6 июня со сломанным шарниром, фото прилагаю. Верните деньги.';

const threat = (text: string) => flagged(text, 'threat', PHOTO);

describe('menace in more wordings', () => {
  it.each([
    [
      'Терпение у меня долгое, но что бывает после, вам лучше самим не выяснять.' + RU_REST,
      'вам лучше самим не выяснять',
    ],
    ["You'd better not ever test what comes next." + EN_REST, "You'd better not ever test"],
    ['Мой шурин ходит мимо вашего склада каждое утро.' + RU_REST, 'ходит мимо вашего склада каждое'],
    ['My brother drives past your office every evening.' + EN_REST, 'drives past your office every'],
    ['I found out where the manager of your store lives.' + EN_REST, 'found out where the manager of your store lives'],
    ['Я узнал, где живёт семья вашего директора.' + RU_REST, 'узнал, где живёт семья'],
    ['Мне не хочется, чтобы я приехал лично, но могу.' + RU_REST, 'приехал лично'],
    ['Мои друзья очень хотят лично побеседовать с вашим хозяином.' + RU_REST, 'Мои друзья'],
    ['My mates know how to deal with sellers like you.' + EN_REST, 'My mates'],
    ['I have a good memory for names and faces, seller.' + EN_REST, 'good memory for names and faces'],
    ['Пацаны с моего района знают, кто мне продал эту лампу, и хотят познакомиться.' + RU_REST, 'Пацаны с моего'],
    ['It would be a pity for your shop to have a nasty fire.' + EN_REST, 'pity for'],
    ["I'd hate for your warehouse to suffer an accident this winter." + EN_REST, "I'd hate for your warehouse"],
    ['Дочка у вас красивая. Девочка хорошая, берегите её.' + RU_REST, 'Девочка хорошая, берегите её'],
    ['My aunt works only ten minutes from your shop.' + EN_REST, 'works only ten minutes from your shop'],
    ['Some cousins of mine know the neighbourhood around your office well.' + EN_REST, 'cousins of mine'],
    ["I'm a reasonable man, but my brothers are not." + EN_REST, 'reasonable man, but my brothers are not'],
    ['Я человек мирный, а вот мои дядьки — другое дело.' + RU_REST, 'мирный, а вот мои дядьки — другое дело'],
    [
      'Your surname and photo are already with my friends.' + EN_REST,
      'Your surname and photo are already with my friends',
    ],
    ['Мир тесен, и Шэньчжэнь ближе, чем кажется.' + RU_REST, 'Мир тесен'],
    ["It would be sad if your van's windscreen got smashed." + EN_REST, 'sad if'],
  ])('%s', (text, words) => {
    expect(threat(text)?.join(' ')).toContain(words);
  });
});

describe('lawful steps and harsh words stay innocent', () => {
  it.each([
    ['Вам лучше не доводить до спора: я открою его в понедельник.' + RU_REST],
    ["You'd better not ignore this: I will file a chargeback with my bank." + EN_REST],
    ['I pass the post office every morning, so I can send it back any day.' + EN_REST],
    ['Курьер проезжает мимо пункта выдачи каждый день, заберёт возврат.' + RU_REST],
    ['My patience is running out: I will escalate to AliExpress and leave an honest review.' + EN_REST],
    ['Терпение моё кончается, буду обращаться в Роспотребнадзор и напишу отзыв.' + RU_REST],
    ['This lamp is garbage and whoever designed the hinge should be ashamed.' + EN_REST],
    ['I will post an honest review with photos for other buyers to see.' + EN_REST],
    ['Лично приеду на почту и отправлю лампу обратно, как скажете.' + RU_REST],
    ['Мои друзья тоже заказывали лампы, и у них всё пришло целым.' + RU_REST],
    ['My friends bought lamps like yours and theirs work fine.' + EN_REST],
    ['I have a good memory for dates: it was ordered on 1 May.' + EN_REST],
    ["I'm a polite person, but your support team's answers are a different story." + EN_REST],
    ['I am usually a patient customer, but this delivery is not acceptable.' + EN_REST],
    ['Я человек вежливый, но ваш ответ — это другой разговор.' + RU_REST],
    ['The pickup point is five minutes from your warehouse, says the tracking.' + EN_REST],
    ['A friend of mine bought the same lamp and hers works.' + EN_REST],
    ['The parcel is closer than you think: it is at the local depot.' + EN_REST],
  ])('%s', (text) => {
    expect(threat(text)).toBeUndefined();
  });
});
