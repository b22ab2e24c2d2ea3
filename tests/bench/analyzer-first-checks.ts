/**
 * Run in a fresh process by `analyzer.bench.ts`: the first checks after the analyzer is loaded, as in a worker that
 * has just started. Each pattern is compiled on its first use, so these cost far more than a warm check. Prints
 * `[first, second, third]` in milliseconds as JSON.
 */
import { checkDispute } from '../../lib/analyzer';

const drafts = [
  'Здравствуйте! 14 марта при распаковке обнаружила, что правый наушник не заряжается: индикатор мигает красным и гаснет. Видео прилагаю. Прошу вернуть деньги.',
  'Hello. The left earbud does not charge: the case light blinks red and turns off. I noticed it on March 3 when I unpacked the parcel. Please refund me.',
  'Добрый день, 2 апреля получила куртку, молния разошлась в первый же день. Фото приложила, прошу частичный возврат 500 ₽.',
];
const times = drafts.map((text) => {
  const start = performance.now();
  checkDispute({ text, attachments: [{ name: 'a.jpg', type: 'image/jpeg', size: 1 }] });
  return performance.now() - start;
});
console.log(JSON.stringify(times));
