import { toneCase as item, VIDEO, type CorpusCase } from './types';

/**
 * Round four, third batch of tuning texts (not held out), written after the second pass; its first score is in the
 * README.
 */
export const ROUND4_DEV3: CorpusCase[] = [
  item(
    'r4f-01',
    'ru',
    'Специально для одарённых сотрудников вашего склада повторяю: нужен был размер 42, пришёл 40. Получил 3 мая. Фото прилагаю. Прошу обмен.',
    'insult',
    'exchange',
  ),
  item(
    'r4f-02',
    'en',
    "I've drawn circles around the crack in the photo, in case spotting it is too much of a challenge for you. The bowl cracked on 4 April. Photo attached. Refund please.",
    'insult',
    'full_refund',
  ),
  item(
    'r4f-03',
    'ru',
    'Вы там хоть иногда головой думаете? Кофемолка не мелет, нож не крутится с 8 июня. Видео прилагаю. Прошу вернуть деньги.',
    'insult',
    'full_refund',
  ),
  item(
    'r4f-04',
    'en',
    'Honestly, a goldfish would have packed this better. The glass jar arrived smashed on 19 May. Photo attached. Refund please.',
    'insult',
    'full_refund',
  ),
  item(
    'r4f-05',
    'ru',
    'Растяпы вы, а не продавцы. В наборе нет крышки от термоса, вскрыл 11 января. Фото прилагаю. Прошу выслать крышку.',
    'insult',
    'exchange',
  ),
  item(
    'r4f-06',
    'en',
    'What a shower of chancers. Ordered a 1 TB drive, it reports 32 GB, tested on 2 March with H2testw. Screenshot attached. Refund please.',
    'insult',
    'full_refund',
  ),
  // Labelled an insult when written; relabelled to follow r2e-05 (round-two fourth set), which labels the same
  // «ну спасибо, удружили» irony about a result, with no title for the person, as not rude.
  item(
    'r4f-07',
    'ru',
    'Ну спасибо, удружили: вместо чёрной куртки пришла бежевая, 14 октября. Фото прилагаю. Прошу обмен.',
    undefined,
    'exchange',
  ),
  item(
    'r4f-08',
    'en',
    'Top marks for consistency: the third replacement also arrived without the power cable, 30 August. Photo attached. Please send the cable.',
    'insult',
    'exchange',
  ),
  item(
    'r4f-09',
    'ru',
    'Мой дядя живёт в двух кварталах от вашего офиса и любит заходить в гости без приглашения. Часы не держат заряд, получил 1 июля. Видео прилагаю. Прошу вернуть деньги.',
    'threat',
    'full_refund',
  ),
  // "who cheat me" labels the seller's honesty too (analyzer-notes 1): a threat and an accusation.
  {
    id: 'r4f-10',
    lang: 'en',
    text: 'People who cheat me tend to regret it, ask around. The drone camera is blurry since 5 February. Video attached. Refund please.',
    draft: { attachments: [VIDEO] },
    expect: { verdict: 'blocker', findings: ['threat', 'accusation'], resolution: 'full_refund' },
  },
  item(
    'r4f-11',
    'ru',
    'Ваш сын ведь ходит в бассейн по вторникам? Пылесос не включается, получил 3 декабря. Видео прилагаю. Прошу замену.',
    'threat',
    'exchange',
  ),
  item(
    'r4f-12',
    'en',
    "I've already shared your personal phone number and your wife's photos with a few people who are very unhappy with your shop. The jacket is torn, 7 November. Photo attached. Refund please.",
    'threat',
    'full_refund',
  ),
  item(
    'r4f-13',
    'ru',
    'Жалко будет, если ваша машина однажды не заведётся. Чехол не подходит к модели, получил 9 апреля. Фото прилагаю. Прошу обмен.',
    'threat',
    'exchange',
  ),
  item(
    'r4f-14',
    'en',
    'Stay safe out there, and think hard about refunding me. The lamp switch is broken, found on 22 March. Photo attached. Full refund please.',
    'threat',
    'full_refund',
  ),
  item(
    'r4f-15',
    'ru',
    'Перечитайте, пожалуйста, описание товара: там указано 64 ГБ, а карта показывает 16 ГБ, проверил 5 мая. Скриншот прилагаю. Прошу вернуть деньги.',
    undefined,
    'full_refund',
  ),
  item(
    'r4f-16',
    'en',
    'You guys have always been great, so I am sure this is a one-off: the mug arrived with a chipped rim on 10 June. Photo attached. Please send a new one.',
    undefined,
    'exchange',
  ),
  item(
    'r4f-17',
    'ru',
    'Я знаю вашу фамилию только из накладной, поэтому обращаюсь просто «продавец». Рюкзак порвался по шву, 18 мая. Фото прилагаю. Прошу вернуть деньги.',
    undefined,
    'full_refund',
  ),
  item(
    'r4f-18',
    'en',
    'If needed, I will ask PayPal to step in and open a claim. The router has no Wi-Fi since 2 September. Video attached. Refund please.',
    undefined,
    'full_refund',
  ),
  item(
    'r4f-19',
    'ru',
    'Продавец пишет мне: «Ты что, читать не умеешь? Там всё сказано». В описании указан хлопок, на бирке полиэстер, увидела 6 июня. Фото и скриншот прилагаю. Прошу вернуть деньги.',
    undefined,
    'full_refund',
  ),
  item(
    'r4f-20',
    'en',
    'My son needs this for school next week, so please hurry: the calculator screen shows no digits since 4 September. Video attached. Please send a replacement.',
    undefined,
    'exchange',
  ),
  item(
    'r4f-21',
    'ru',
    'Посылку привезли к моему дому 2 февраля, но коробка была вскрыта и пуста. Фото прилагаю. Прошу вернуть деньги.',
    undefined,
    'full_refund',
  ),
  item(
    'r4f-22',
    'en',
    'Simply put, the item is the wrong colour: grey instead of navy. Received on 12 January. Photo attached. Please exchange it.',
    undefined,
    'exchange',
  ),
  item(
    'r4f-23',
    'ru',
    'Подарок для мамы пришёл разбитым: у вазы отколото горлышко, 8 марта. Фото прилагаю. Прошу вернуть деньги.',
    undefined,
    'full_refund',
  ),
  item(
    'r4f-24',
    'en',
    'Brilliant quality on the first one, so I ordered again; this time the zip broke on day one, 3 July. Photo attached. Refund please.',
    undefined,
    'full_refund',
  ),
];
