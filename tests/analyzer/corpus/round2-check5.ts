import { PHOTO, VIDEO, type CorpusCase } from './types';

/**
 * Round two, sixth held-out set: written after the fifth pass, every finding in play (not only abuse), scored once
 * (figures in tests/analyzer/README.md).
 */
export const ROUND2_CHECK5: CorpusCase[] = [
  {
    id: 'r2g-01',
    lang: 'ru',
    text: 'Вам что, трудно было проверить заказ перед отправкой, бараны? Вместо 4 колёс для тележки прислали 2. Пересчитал при вскрытии 14 мая. Фото прилагаю. Прошу вернуть 500 ₽ за недостающие колёса.',
    draft: { attachments: [PHOTO], orderTotal: 1000 },
    expect: { verdict: 'blocker', findings: ['insult'], resolution: 'partial_refund', amount: 500 },
  },
  {
    id: 'r2g-02',
    lang: 'ru',
    text: 'Товар — полное Г, лампа мерцает. Прошу вернуть деньги.',
    expect: {
      verdict: 'blocker',
      findings: ['profanity', 'missing_when', 'missing_evidence'],
      resolution: 'full_refund',
    },
  },
  {
    id: 'r2g-03',
    lang: 'ru',
    text: 'Вы у меня ещё попляшете. Портмоне пришло с порезом на коже, заметил 3 июня при распаковке. Фото прилагаю. Верните деньги.',
    draft: { attachments: [PHOTO] },
    expect: { verdict: 'blocker', findings: ['threat'], resolution: 'full_refund' },
  },
  {
    id: 'r2g-04',
    lang: 'ru',
    text: 'Ваш «контроль качества» — просто сказка. Вентилятор шумит как трактор с первого включения 9 июля. Видео прилагаю. Прошу замену.',
    draft: { attachments: [VIDEO] },
    expect: { verdict: 'needs_work', findings: ['accusation'], resolution: 'exchange' },
  },
  {
    id: 'r2g-05',
    lang: 'ru',
    text: 'Пришла не та модель пылесоса: заказывала с влажной уборкой, пришёл без неё. Обнаружила сразу при распаковке. Фото коробки и заказа прилагаю. Прошу обменять.',
    draft: { attachments: [PHOTO] },
    expect: { verdict: 'ready', findings: [], resolution: 'exchange' },
  },
  {
    id: 'r2g-06',
    lang: 'ru',
    text: 'Размер не подошёл, хотя брала по таблице. Верните, пожалуйста, часть денег.',
    expect: {
      verdict: 'needs_work',
      findings: ['missing_when', 'missing_evidence', 'partial_without_amount'],
      resolution: 'partial_refund',
      amount: null,
    },
  },
  {
    id: 'r2g-07',
    lang: 'ru',
    text: 'Посылка идёт уже 65 дней, последний статус «покинула страну отправителя» от 2 марта. Трек LP00123123123123. Прошу вернуть деньги.',
    expect: { verdict: 'ready', findings: [], resolution: 'full_refund' },
  },
  {
    id: 'r2g-08',
    lang: 'ru',
    text: 'Мне кажется, вы издеваетесь. Третий раз пишу одно и то же: в наборе не хватает двух кисточек. Фото прилагаю, заметила при распаковке 2 октября. Прошу вернуть 120 рублей.',
    draft: { attachments: [PHOTO], orderTotal: 600 },
    expect: { verdict: 'needs_work', findings: ['emotional'], resolution: 'partial_refund', amount: 120 },
  },
  {
    id: 'r2g-09',
    lang: 'ru',
    text: 'Сумка из «натуральной кожи» оказалась кожзамом: на срезе видна ткань. Проверила 4 ноября, фото прилагаю. Прошу полный возврат.',
    draft: { attachments: [PHOTO] },
    expect: { verdict: 'ready', findings: [], resolution: 'full_refund' },
  },
  {
    id: 'r2g-10',
    lang: 'ru',
    text: 'Ну вы и ушлёпки, прислали пустую коробку! Вес 30 г, видно в трекинге, вскрывал на почте 6 мая. Видео прилагаю. Верните деньги.',
    draft: { attachments: [VIDEO] },
    expect: { verdict: 'blocker', findings: ['insult'], resolution: 'full_refund' },
  },
  {
    id: 'r2g-11',
    lang: 'ru',
    text: 'Здравствуйте. Подставка под ноутбук шатается, один винт сорван. Обнаружил при сборке 20 апреля. Видео прилагаю. Готов отправить подставку обратно за ваш счёт и получить деньги.',
    draft: { attachments: [VIDEO] },
    expect: { verdict: 'ready', findings: [], resolution: 'return' },
  },
  {
    id: 'r2g-12',
    lang: 'en',
    text: 'Wow. Just wow. A "leather" belt that is obviously plastic. Checked on 2 May. Photo attached. Refund.',
    draft: { attachments: [PHOTO] },
    expect: { verdict: 'needs_work', findings: ['accusation'], resolution: 'full_refund' },
  },
  {
    id: 'r2g-13',
    lang: 'en',
    text: 'You absolute walnut, I asked for the 2 m cable and got 1 m. Measured on 5 June. Photo attached. Please send the 2 m cable.',
    draft: { attachments: [PHOTO] },
    expect: { verdict: 'blocker', findings: ['insult'], resolution: 'exchange' },
  },
  {
    id: 'r2g-14',
    lang: 'en',
    text: 'The humidifier leaks from the tank. I want a partial refund.',
    expect: {
      verdict: 'needs_work',
      findings: ['missing_when', 'missing_evidence', 'partial_without_amount'],
      resolution: 'partial_refund',
      amount: null,
    },
  },
  {
    id: 'r2g-15',
    lang: 'en',
    text: "I've been waiting 52 days; the tracking number LP00456456456456 shows nothing since 1 March. Please refund the order.",
    expect: { verdict: 'ready', findings: [], resolution: 'full_refund' },
  },
  {
    id: 'r2g-16',
    lang: 'en',
    text: "Heads will roll if this isn't fixed. The tablet screen flickers since the first day, 8 April. Video attached. Please replace it.",
    draft: { attachments: [VIDEO] },
    expect: { verdict: 'blocker', findings: ['threat'], resolution: 'exchange' },
  },
  {
    id: 'r2g-17',
    lang: 'en',
    text: 'My kid cried for an hour: the toy car arrived with a broken wheel. We opened it on 3 January. Photo attached. Please send a new car.',
    draft: { attachments: [PHOTO] },
    expect: { verdict: 'needs_work', findings: ['emotional'], resolution: 'exchange' },
  },
  {
    id: 'r2g-18',
    lang: 'en',
    text: 'The seller said in chat that I "must be stupid" for not reading the listing. Screenshot attached. The listing says 4 pieces and I received 3, counted on 9 May. Photo attached. Please refund $5 for the missing piece.',
    draft: { attachments: [PHOTO], orderTotal: 20 },
    expect: { verdict: 'ready', findings: [], resolution: 'partial_refund', amount: 5 },
  },
  {
    id: 'r2g-19',
    lang: 'en',
    text: 'Bl00dy useless seller. The torch does not switch on, tested 2 March with new batteries. Video attached. Refund please.',
    draft: { attachments: [VIDEO] },
    expect: { verdict: 'needs_work', findings: ['emotional'], resolution: 'full_refund' },
  },
  {
    id: 'r2g-20',
    lang: 'en',
    text: 'The rug smells strongly of chemicals, even after airing it for a week since 1 June. Photo of the label attached. I am happy to send it back for a full refund.',
    draft: { attachments: [PHOTO] },
    expect: { verdict: 'ready', findings: [], resolution: 'return' },
  },
];
