import { checkDispute } from '../../lib/analyzer';
import { parseLearnedModel } from '../../lib/analyzer/learned/model-file';
import { LEARNED_MODEL_PATH, shippedModel } from '../analyzer/learned-model';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { measure, percentile, type BenchRow } from './measure';

// Realistic disputes of about 2,000 characters with no repeated sentences, so repeated words do not flatter the figures.
const RUSSIAN = [
  'Здравствуйте! 14 марта при распаковке обнаружила, что у беспроводных наушников не заряжается правый наушник: индикатор в кейсе мигает красным, а через 10 минут гаснет.',
  'Левый работает, но звук хрипит на средней громкости, особенно на низких частотах.',
  'Проверила с двумя разными кабелями и зарядкой 5 В, результат тот же.',
  'В карточке товара заявлено до 30 часов работы с кейсом, на деле левый наушник садится за полтора часа, а правый не включается вовсе.',
  'Коробка пришла целой, пломба не нарушена, поэтому повреждение при доставке исключаю.',
  'Кейс закрывается неплотно, крышка болтается, на петле заметна трещина длиной около 2 мм.',
  'Сбросила наушники к заводским настройкам по инструкции продавца: зажимала кнопки на 15 секунд, как написано в переписке, но ничего не изменилось.',
  'Телефон видит только левый наушник, правый в списке устройств не появляется.',
  'Пробовала подключать к ноутбуку и к планшету, правый не определяется нигде.',
  'Видео с мигающим индикатором, фото трещины на петле и скриншот переписки прилагаю, трек-номер RB123456789SG.',
  'Заказ оплачен 2 февраля, получен 13 марта в пункте выдачи, упаковка была без вмятин.',
  'Номер заказа 8190000123456789.',
  'Прошу обратить внимание, что я выполнила все рекомендации продавца и дважды писала в чат, но ответа нет уже неделю.',
  'Наушники покупались в подарок, поэтому дефект обнаружен не сразу после доставки, а в день вручения.',
  'Если удобнее, могу отправить наушники обратно за счёт продавца после подтверждения адреса возврата.',
  'Дополнительно проверила громкость в приложении производителя: эквалайзер сброшен, прошивка обновлена до последней версии 1.2.8, но хрип остаётся.',
  'Ушные вкладыши из комплекта подходят плохо, однако это не претензия, а только уточнение.',
  'Пульт из комплекта не нужен, он работает исправно.',
  'Фото серийного номера на кейсе тоже прикладываю, он совпадает с номером на коробке.',
  'Прошу вернуть 1 250 ₽ за неисправный правый наушник и сломанный кейс, остальную часть стоимости готова не требовать.',
].join(' ');
const ENGLISH = [
  'Hello.',
  'The left earbud does not charge: the case light blinks red and turns off after ten minutes.',
  'I noticed it on March 3, when I unpacked the parcel.',
  "I tried two different cables and a 5 V charger with the same result, and I also reset the earbuds as the seller's chat instructions describe, holding both buttons for 15 seconds.",
  'The listing promises 30 hours of playback with the case; in practice the right earbud lasts about ninety minutes and the left one never powers on.',
  'The box arrived intact and the seal was unbroken, so this is not shipping damage.',
  'The case lid does not close firmly, the hinge wobbles and there is a 2 mm crack next to it.',
  'My phone only sees the right earbud; the left one never appears in the Bluetooth list.',
  'I tried a laptop and a tablet as well, with the same outcome.',
  'A video of the blinking light, photos of the cracked hinge and a screenshot of our chat are attached; the tracking number is RB123456789SG.',
  'The order was paid on February 2 and collected on March 1 from the pickup point, with no dents on the package.',
  'The order number is 8190000123456789.',
  'I followed every suggestion from the seller and wrote twice in the chat, but there has been no answer for a week.',
  'The earbuds were a present, which is why the defect was found on the day they were given rather than on delivery day.',
  "If it helps, I can send the earbuds back at the seller's cost once a return address is confirmed.",
  "I also checked the volume in the maker's app: the equaliser is reset and the firmware is updated to version 1.2.8, but the crackle stays.",
  'The ear tips in the box fit poorly, but that is only a remark, not part of the claim.',
  'A photo of the serial number on the case is attached as well; it matches the number printed on the box, so the unit is the one listed in the order.',
  'Please refund $12.50 for the faulty left earbud and the broken case; I am not asking for the rest of the price.',
].join(' ');

export default function analyzerBench(): BenchRow[] {
  const draft = { orderTotal: 2500, attachments: [{ name: 'a.jpg', type: 'image/jpeg', size: 1 }] };
  const model = shippedModel();
  const file = readFileSync(LEARNED_MODEL_PATH, 'utf8');
  const rows: BenchRow[] = [
    // What the worker does once per start, on the first check: parse and validate the model file.
    measure(
      `learned model: parse and validate ${Math.round(file.length / 1000)} K characters`,
      () => parseLearnedModel(JSON.parse(file)),
      { runs: 20, target: 'once per worker start' },
    ),
  ];
  for (const [name, learned] of [
    ['rules and learned model', model],
    ['rules only', undefined],
  ] as const) {
    rows.push(
      measure(
        `checkDispute (${name}), ${RUSSIAN.length}-character Russian text`,
        () => checkDispute({ ...draft, text: RUSSIAN }, learned),
        { runs: 500, target: '< 1 ms' },
      ),
      measure(
        `checkDispute (${name}), ${ENGLISH.length}-character English text`,
        () => checkDispute({ ...draft, text: ENGLISH }, learned),
        { runs: 500, target: '< 1 ms' },
      ),
    );
  }
  rows.push(...firstChecks());
  return rows;
}

const FRESH_PROCESSES = 7;

/** The first three checks after a start (ordinary drafts of about 150 characters), each in a fresh process. */
function firstChecks(): BenchRow[] {
  const script = fileURLToPath(new URL('./analyzer-first-checks.ts', import.meta.url));
  const runs = Array.from({ length: FRESH_PROCESSES }, () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`the first-checks script failed: ${child.stderr}`);
    return JSON.parse(child.stdout) as number[];
  });
  return ['first', 'second', 'third'].map((which, index) => {
    const times = runs.map((run) => run[index]!).sort((a, b) => a - b);
    return {
      name: `checkDispute (rules only), ${which} check after a start`,
      runs: FRESH_PROCESSES,
      medianMs: percentile(times, 0.5),
      p95Ms: percentile(times, 0.95),
      target: 'once per worker start',
    };
  });
}
