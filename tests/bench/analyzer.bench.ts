import { checkDispute } from '../../lib/analyzer';
import { measure, type BenchRow } from './measure';

const RUSSIAN_PARAGRAPH =
  'Здравствуйте! 14 марта при распаковке обнаружила, что у беспроводных наушников не заряжается правый наушник: индикатор в кейсе мигает красным, а через 10 минут гаснет. Левый работает, но звук хрипит на средней громкости. Проверила с двумя разными кабелями и зарядкой 5 В, результат тот же. Видео и фото прилагаю, трек-номер RB123456789SG. ';
const ENGLISH_PARAGRAPH =
  'Hello. The left earbud does not charge: the case light blinks red and turns off after ten minutes. I noticed it on March 3, when I unpacked the parcel, and tried two different cables and a 5 V charger with the same result. Photos and a video are attached, tracking number RB123456789SG. ';

/** A realistic dispute text of about `length` characters, ending with a request. */
function disputeText(paragraph: string, request: string, length: number): string {
  return (paragraph.repeat(Math.ceil(length / paragraph.length)).slice(0, length - request.length) + request).trim();
}

export default function analyzerBench(): BenchRow[] {
  const russian = disputeText(RUSSIAN_PARAGRAPH, ' Прошу вернуть 1 250 ₽ за неисправный наушник.', 2000);
  const english = disputeText(ENGLISH_PARAGRAPH, ' Please refund $12.50 for the faulty earbud.', 2000);
  const draft = { orderTotal: 2500, attachments: [{ name: 'a.jpg', type: 'image/jpeg', size: 1 }] };
  return [
    measure('checkDispute, 2,000-character Russian text', () => checkDispute({ ...draft, text: russian }), {
      runs: 500,
      target: '< 1 ms',
    }),
    measure('checkDispute, 2,000-character English text', () => checkDispute({ ...draft, text: english }), {
      runs: 500,
      target: '< 1 ms',
    }),
  ];
}
