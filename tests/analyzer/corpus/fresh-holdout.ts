import { PHOTO, VIDEO, type CorpusCase } from './types';

/**
 * Written after the rules were tuned on the other sets (the first held-out set was used for fixes). Its first score,
 * taken before the few fixes it prompted, is the honest estimate on new text; see tests/analyzer/README.md.
 */
export const FRESH_HOLDOUT: CorpusCase[] = [
  {
    id: 'fresh-01',
    lang: 'ru',
    text: 'Добрый вечер. Термос не держит тепло: налила кипяток в 8 утра, к обеду вода едва тёплая, хотя в описании обещано 12 часов. Проверяла дважды, 3 и 4 ноября. Фото термометра прилагаю. Прошу вернуть деньги.',
    draft: { attachments: [PHOTO] },
    expect: { verdict: 'ready', findings: [] },
  },
  {
    id: 'fresh-02',
    lang: 'ru',
    text: 'Продавец — жулик, отправил пустую коробку. Вес посылки 50 г, это видно в отслеживании. Вскрыла 1 декабря. Верните деньги.',
    expect: { verdict: 'needs_work', findings: ['accusation'] },
  },
  {
    id: 'fresh-03',
    lang: 'ru',
    text: 'Х*ёвый товар, фонарик светит еле-еле и гаснет через минуту. Видео есть. Деньги назад.',
    expect: { verdict: 'blocker', findings: ['profanity', 'missing_when'] },
  },
  {
    id: 'fresh-04',
    lang: 'ru',
    text: 'Ничего не работает, верните деньги, сколько можно ждать ответа!!!',
    expect: {
      verdict: 'needs_work',
      findings: ['emotional', 'missing_what', 'missing_when', 'missing_evidence'],
    },
  },
  {
    id: 'fresh-05',
    lang: 'ru',
    text: 'Здравствуйте! Вместо 5 метров гирлянды прислали 3 метра, измерила рулеткой в день получения 12.12. Фото прилагаю. Прошу вернуть 40% стоимости, это 320 ₽.',
    draft: { attachments: [PHOTO], orderTotal: 800 },
    expect: { verdict: 'ready', findings: [] },
  },
  {
    id: 'fresh-06',
    lang: 'ru',
    text: 'Из-за вас ребёнок остался без подарка на день рождения. Самокат пришёл с треснувшей декой, увидели при распаковке 19 октября. Фото есть. Прошу замену.',
    expect: { verdict: 'ready', findings: [] },
  },
  {
    id: 'fresh-07',
    lang: 'ru',
    text: 'Чехол порвался по шву на второй неделе, фото приложила. Прошу частичную компенсацию.',
    draft: { attachments: [PHOTO] },
    expect: { verdict: 'needs_work', findings: ['partial_without_amount'] },
  },
  {
    id: 'fresh-08',
    lang: 'ru',
    text: 'Твари, чтоб вам пусто было. Где мой заказ? Жду 50 дней.',
    expect: { verdict: 'blocker', findings: ['insult', 'missing_evidence', 'missing_resolution'] },
  },
  {
    id: 'fresh-09',
    lang: 'ru',
    text: 'Товар не тот, что я заказывала. Решите вопрос.',
    expect: {
      verdict: 'needs_work',
      findings: ['missing_when', 'missing_evidence', 'missing_resolution'],
    },
  },
  {
    id: 'fresh-10',
    lang: 'ru',
    text: 'Посылка пришла вскрытой, внутри не хватает второй пары перчаток. Обнаружила на почте при получении, сотрудник подтвердил, есть акт. Прошу вернуть 250 ₽ за недостающую пару.',
    draft: { orderTotal: 500 },
    expect: { verdict: 'ready', findings: [] },
  },
  {
    id: 'fresh-11',
    lang: 'ru',
    text: 'Бл@ть, опять пришла не та модель! Заказывала Mi Band 8, пришёл Mi Band 6. Фото коробки прилагаю, увидела сразу при получении. Хочу вернуть деньги.',
    draft: { attachments: [PHOTO] },
    expect: { verdict: 'blocker', findings: ['profanity', 'emotional'] },
  },
  {
    id: 'fresh-12',
    lang: 'ru',
    text: 'Очень обидно, копила на этот пылесос. Он не включается с первого дня, индикатор не горит. Видео приложила. Готова отправить пылесос обратно.',
    draft: { attachments: [VIDEO] },
    expect: { verdict: 'needs_work', findings: ['emotional'] },
  },
  {
    id: 'fresh-13',
    lang: 'ru',
    text: 'Я вас по судам затаскаю и засужу, если не вернёте деньги за сломанный телефон.',
    expect: {
      verdict: 'blocker',
      findings: ['threat', 'missing_what', 'missing_when', 'missing_evidence'],
    },
  },
  {
    id: 'fresh-14',
    lang: 'ru',
    text: 'Кофемолка перемалывает неравномерно и сильно греется, через 30 секунд работы корпус горячий. Заметил при первом использовании. Прошу вернуть деньги.',
    draft: { attachments: [] },
    expect: { verdict: 'needs_work', findings: ['missing_evidence'] },
  },
  {
    id: 'fresh-15',
    lang: 'ru',
    text: 'Прошу вернуть деньги. Трек-номер RU123456789HK, статус «в пути» уже 3 месяца, посылка так и не пришла.',
    expect: { verdict: 'ready', findings: [] },
  },
  {
    id: 'fresh-16',
    lang: 'ru',
    text: 'Куртка маломерит, размер XL как M. Фото с замерами приложила. Вернуть деньги не прошу, просто предупреждаю.',
    draft: { attachments: [PHOTO] },
    expect: { verdict: 'needs_work', findings: ['missing_when', 'missing_resolution'] },
  },
  {
    id: 'fresh-17',
    lang: 'ru',
    text: 'Обманули, на фото стекло, а пришёл пластик. Понятно же, что это развод.',
    expect: {
      verdict: 'needs_work',
      findings: ['accusation', 'missing_when', 'missing_evidence', 'missing_resolution'],
    },
  },
  {
    id: 'fresh-18',
    lang: 'ru',
    text: 'Добрый день, у рюкзака сломалась молния на основном отделении через 5 дней. Фото прилагаю. Прошу вернуть 30% от суммы заказа.',
    draft: { attachments: [PHOTO], orderTotal: 2000 },
    expect: { verdict: 'needs_work', findings: ['partial_without_amount'] },
  },
  {
    id: 'fresh-19',
    lang: 'ru',
    text: 'Полный отстой, ни разу не работала нормально. Верните бабки, уроды.',
    expect: {
      verdict: 'blocker',
      findings: ['insult', 'missing_what', 'missing_when', 'missing_evidence'],
    },
  },
  {
    id: 'fresh-20',
    lang: 'ru',
    text: 'Sdelayte vozvrat deneg, tovar ne prishel, zhdu 2 mesyaca, trek ne otslezhivaetsya.',
    expect: { verdict: 'ready', findings: ['translit'] },
  },
  {
    id: 'fresh-21',
    lang: 'en',
    text: 'The sneakers started peeling at the toe after three days. Photos attached. Please refund half the price.',
    draft: { attachments: [PHOTO], orderTotal: 60 },
    expect: { verdict: 'needs_work', findings: ['partial_without_amount'] },
  },
  {
    id: 'fresh-22',
    lang: 'en',
    text: 'Absolute garbage. Worst purchase ever!!! Give me my money back.',
    expect: {
      verdict: 'needs_work',
      findings: ['emotional', 'missing_what', 'missing_when', 'missing_evidence'],
    },
  },
  {
    id: 'fresh-23',
    lang: 'en',
    text: 'Dear seller, the phone charger delivers 5 W instead of the 20 W in the listing; I measured it with a USB meter on the day it arrived. Screenshot attached. I would like a partial refund of $6.',
    draft: { attachments: [PHOTO], orderTotal: 14 },
    expect: { verdict: 'ready', findings: [] },
  },
  {
    id: 'fresh-24',
    lang: 'en',
    text: 'You people are clowns. My order has been stuck in customs for 7 weeks and you do nothing. Tracking LP00987654321098. Refund me.',
    expect: { verdict: 'blocker', findings: ['insult'] },
  },
  {
    id: 'fresh-25',
    lang: 'en',
    text: 'The watch band is a different colour from the photo. Please exchange it.',
    expect: { verdict: 'needs_work', findings: ['missing_when', 'missing_evidence'] },
  },
  {
    id: 'fresh-26',
    lang: 'en',
    text: 'Holy sh*t, the glass teapot exploded on the stove the first time I used it. Video attached. Full refund.',
    draft: { attachments: [VIDEO] },
    expect: { verdict: 'blocker', findings: ['profanity', 'emotional'] },
  },
  {
    id: 'fresh-27',
    lang: 'en',
    text: 'I will report you to the police and find out where you live. The parcel never arrived after 2 months. Refund.',
    expect: { verdict: 'blocker', findings: ['threat', 'missing_evidence'] },
  },
  {
    id: 'fresh-28',
    lang: 'en',
    text: 'I think this is counterfeit: the box has spelling mistakes and the weight is 120 g lighter than the original. Checked on delivery, photos attached. I am ready to send it back for a full refund.',
    draft: { attachments: [PHOTO], resolution: 'return' },
    expect: { verdict: 'ready', findings: [] },
  },
  {
    id: 'fresh-29',
    lang: 'en',
    text: 'Not happy. Please sort this out quickly.',
    expect: {
      verdict: 'needs_work',
      findings: ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution', 'too_short'],
    },
  },
  {
    id: 'fresh-30',
    lang: 'en',
    text: 'The lamp arrived with a cracked base, which I found while unpacking it on 2 May. As shown in the photos, the crack runs along the whole side. Please refund the full amount.',
    draft: { attachments: [] },
    expect: { verdict: 'needs_work', findings: ['evidence_not_attached'] },
  },
];
