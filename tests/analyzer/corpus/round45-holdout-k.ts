import { labelled as c, type CorpusCase } from './types';

/**
 * Round forty-five, hold-out set k: phones, computers and gadgets (and a few other goods) described in tech talk —
 * fake capacity, lying mAh, dead pixels, firmware, boot loops, fried boards — with tech slang as traps for profanity
 * and threats. Written by a hand that has not read the analyzer's rules or other corpus files; labels follow
 * DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Tech slang for a failure («кирпич», «сдох», «материнка сдохла», «убил систему», «прошивка слетела», "bricked",
 *   "fried", "dead on arrival") is innocent; it names a concrete problem only together with a symptom (no boot, no
 *   detection, a burnt part), which every such text here gives.
 * - "Dead on arrival" alone is treated like «пришёл с браком» (no time); the texts that use it add a date.
 * - "kill the process", "kill switch", "aborts", "execute", "nuke the partition", "master/slave", «мать» (motherboard),
 *   «мама/папа» (connectors) and «хард ресет» are innocent.
 * - «хрень» and «фигня» about a device or a fault are neither rude nor emotional (like «хреновый», «хреновина»), when
 *   not cried out with "!".
 * - Error codes and model tokens in capitals (INACCESSIBLE_BOOT_DEVICE, OTA, BIOS, DPI, GPU-Z, EMS) are not shouting.
 * - Readings of a USB tester, a thermocouple or a blood-pressure meter retold in words are not evidence (like a
 *   mechanic's verdict retold); a screenshot of a test program is.
 * - Menace about hacking the shop's website ("it would be a shame if something happened to it") is a veiled threat.
 * - Comparing the firmware team to woodpeckers or QC staff to monkeys is an insult (animal comparison of staff).
 * - A receipt date next to a vague defect still counts as "when" (decisions of round nine); the text is then only
 *   `missing_what`.
 * - A mat adjective before the item («еб@ный паяльник», "your f*cking charger") is an intensifier: profanity and
 *   emotional; "the drive is total sh*t" (predicate, no "!") is profanity only; «х*рня полная» said of the item as a
 *   predicate is profanity only.
 * - A file attached to the form is evidence; the ready texts also name it.
 */
export const ROUND45_HOLDOUT_K: CorpusCase[] = [
  // fake-capacity flash drive, H2testw screenshot attached, calm and complete
  c(
    'r45k-01',
    'ru',
    `Заказывал USB-флешку на 2 ТБ (заказ 8131 4470 2291). 11 марта проверил её программой H2testw: записалось 31,8 ГБ, дальше сплошные ошибки, файлы после этой границы не читаются. Скриншот отчёта H2testw прикладываю. Реальный объём в 60 раз меньше заявленного, прошу полный возврат денег.`,
    'photo',
    [],
    'full_refund',
  ),
  // mAh measured with a USB tester, told in words only: no evidence; partial with a dollar sum
  c(
    'r45k-02',
    'en',
    `The power bank is listed as 30000mAh. I ran it through a USB tester from full charge: it delivered 7,420 mAh at 5V before shutting off, and I tested it twice last weekend with the same result. I'd keep it for a partial refund of $14.`,
    'none',
    ['missing_evidence'],
    'partial_refund',
    14,
  ),
  // boot loop after OTA; firmware team called woodpeckers: insult
  c(
    'r45k-03',
    'ru',
    `Смартфон после OTA-обновления 2 апреля ушёл в бутлуп: логотип, перезагрузка, снова логотип, и так по кругу. Видео приложил. Прошивку вам, похоже, собирают дятлы. Верните деньги.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // innocent trap: "bricked", "hard reset", "boot loop"
  c(
    'r45k-04',
    'en',
    `Tablet bricked itself during the firmware update on 14 May. It's stuck on the boot logo, a hard reset (power + vol down) does nothing, and the PC doesn't detect it in fastboot mode. Video of the boot loop is attached. Please send a replacement unit.`,
    'video',
    [],
    'exchange',
  ),
  // «кирпич» is innocent, «Я в шоке» is affect
  c(
    'r45k-05',
    'ru',
    `Я в шоке. Купила сыну планшет, на третий день после обновления он превратился в кирпич: не включается, на зарядку не реагирует вообще. Фото экрана и видео есть в приложении. Верните, пожалуйста, деньги.`,
    'video',
    ['emotional'],
    'full_refund',
  ),
  // masked "sh*t" as a predicate about the item: profanity only
  c(
    'r45k-06',
    'en',
    `Ordered a 1TB NVMe SSD, it arrived on 20 Feb. CrystalDiskInfo shows it as a 128GB drive under a different model name, screenshot attached. Honestly the drive is total sh*t. Refund me.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // «мама/папа» connectors: innocent, concrete mismatch
  c(
    'r45k-07',
    'ru',
    `Кабель-переходник USB-C — HDMI пришёл не той конфигурации: на обоих концах «мама», а в описании USB-C «папа» → HDMI «мама». Обнаружил 5 июня, когда попытался подключить ноутбук к монитору. Фото обоих разъёмов прикладываю. Прошу обмен на правильный кабель.`,
    'photo',
    [],
    'exchange',
  ),
  // fake specs on purpose: accusation beside the facts
  c(
    'r45k-08',
    'en',
    `Got the RTX 3060 12GB card, and on first boot (April 9) GPU-Z identifies it as a GTX 750 Ti with a modded BIOS. Screenshot attached. You're knowingly flashing old cards with a fake BIOS and selling them as new models. Full refund please.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // veiled threat: the buyer "scanned" the shop's site and hints at harm
  c(
    'r45k-09',
    'ru',
    `Плата управления для 3D-принтера (SKR) пришла 12.07, при первом включении сгорел драйвер оси X, на плате чёрное пятно возле мосфета, фото во вложении. Прошу вернуть средства. И учтите: я сетевой инженер, ваш сайт магазина я уже просканировал, дыр там хватает. Будет жаль, если с ним что-нибудь случится.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «материнка сдохла» innocent; symptom given, no time, no evidence
  c(
    'r45k-10',
    'ru',
    `Материнка сдохла. Плата B450, не стартует, индикатор DRAM горит красным постоянно, память пробовал другую — то же самое. Прошу заменить плату.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'exchange',
  ),
  // lying battery capacity, partial in pounds with pence
  c(
    'r45k-11',
    'en',
    `Replacement battery for an iPhone 8, listed as 2,700 mAh. After three full charge cycles (done 2–5 March) the battery health app reports its full capacity as 1,810 mAh. Screenshots attached. The phone works, so I'll keep the battery for a partial refund of £6.50.`,
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // minced mat «х*рня» as a predicate about the router: profanity only
  c(
    'r45k-12',
    'ru',
    `Роутер из коробки не раздаёт 5 ГГц вообще, только 2,4, а в карточке он двухдиапазонный. Заметил в день получения, 3 октября, скрин настроек прилагаю. Роутер ваш — х*рня полная. Нужен обмен.`,
    'photo',
    ['profanity'],
    'exchange',
  ),
  // "kill the process" innocent; partial without a sum
  c(
    'r45k-13',
    'en',
    `The smartwatch's companion app hangs every time it syncs, I have to kill the process from the recent apps menu to get it going again. Worse, on the watch itself the heart-rate sensor has read 0 bpm since the first day (got it 2 Sept). Video attached. I'd like a partial refund, whatever you think is fair.`,
    'video',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // swollen laptop battery; «полную стоимость» with the price is a full refund
  c(
    'r45k-14',
    'ru',
    `Аккумулятор для ноутбука Lenovo (заявлено 4400 мАч) через две недели использования вздулся: тачпад приподнялся, корпус снизу не закрывается до конца. Фото сбоку прилагаю. Пользоваться опасно, прошу вернуть полную стоимость — 2 350 руб.`,
    'photo',
    [],
    'full_refund',
  ),
  // condescension "small words so your team can keep up": insult
  c(
    'r45k-15',
    'en',
    `Let me use small words so your support team can keep up. Flash drive. Says 512GB. Holds 16GB. Tested with f3probe on 8 Jan, log screenshot attached. Refund.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // says the video is attached, form has none
  c(
    'r45k-16',
    'ru',
    `Наушники TWS: левый наушник после обновления прошивки через приложение 19 мая перестал сопрягаться, мигает красным и белым по очереди, сброс (зажать кнопку на 10 секунд в кейсе) не помогает. Видео прикрепила. Прошу замену левого наушника или всей пары.`,
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // "master/slave" jumper: innocent trap
  c(
    'r45k-17',
    'en',
    `IDE to USB adapter for my old hard drives: whatever the master/slave jumper setting, it only ever detects the slave drive on the cable, never the master. Tested with three different disks on 22 November, the day it arrived. Photo of the board and a Device Manager screenshot attached. I'd like a replacement adapter.`,
    'photo',
    [],
    'exchange',
  ),
  // «Бля» as an opening cry: profanity and emotional
  c(
    'r45k-18',
    'ru',
    `Бля, опять. Вторая зарядка подряд от вас, 65 Вт GaN, выдаёт максимум 18 Вт: USB-тестер показывает 9 В 2 А, ноутбук пишет «медленная зарядка». Проверил вчера вечером. Фото тестера в приложении. Деньги верните.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // vague "defective", receipt date, nothing attached
  c(
    'r45k-19',
    'en',
    `Hi, the keyboard I received on the 3rd is defective. Can you please send a new one?`,
    'none',
    ['missing_what', 'missing_evidence'],
    'exchange',
  ),
  // «Это развод!!»: accusation and emotional
  c(
    'r45k-20',
    'ru',
    `Камера видеонаблюдения «4K» на деле пишет 1280×720, свойства файла проверил 7 числа, скриншот приложил. Это развод!! Верните деньги.`,
    'photo',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // "dead on arrival" with a date: innocent; return with postage condition
  c(
    'r45k-21',
    'en',
    `T12 soldering station was dead on arrival: on first power-up on 30 June the display shows "Err" and the tip never heats. Video showing the error is attached. I'll send it back if you cover the return postage, so return and refund please.`,
    'video',
    [],
    'return',
  ),
  // brother near the warehouse will "talk in person": threat
  c(
    'r45k-22',
    'ru',
    `Квадрокоптер: в первом же полёте 9 августа отказал компас, дрон унесло в сторону, и он упал в пруд. Лог полёта и видео с пульта приложены. Верните деньги. У меня брат в Гуанчжоу, ваш склад в Байюне он найдёт быстро и поговорит с вами лично.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // «прошивка слетела» innocent; car OBD2 adapter, screenshots
  c(
    'r45k-23',
    'ru',
    `Автосканер OBD2 ELM327: после двух подключений к машине, 15 и 16 апреля, прошивка слетела — адаптер определяется как «Unknown device», светодиод горит постоянно, приложение пишет «нет ответа от адаптера». Скриншоты из приложения прикрепил. Пришлите, пожалуйста, рабочий адаптер взамен.`,
    'photo',
    [],
    'exchange',
  ),
  // "disappointed" is affect
  c(
    'r45k-24',
    'en',
    `Honestly disappointed. The LED ring light's remote stopped pairing after a week, and the dimmer only has three steps instead of the 10 levels in the listing. Photos attached. Refund please.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // «кирпич» innocent; "what do I do now" is no request
  c(
    'r45k-25',
    'ru',
    `Электронная книга после обновления ПО 28 февраля — кирпич: экран застыл на логотипе, кнопки не реагируют, зарядка не помогает. Ролик снял, он во вложении. Что мне теперь делать?`,
    'video',
    ['missing_resolution'],
    'none',
  ),
  // "WTF" as a cry: profanity and emotional
  c(
    'r45k-26',
    'en',
    `WTF is this. The 4TB portable SSD turned out to be a 64GB microSD card glued inside a plastic shell with a metal plate for weight. I opened it on 2 Dec after h2testw failed at 58GB. Photos attached. Full refund.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // mouse sensor and DPI mismatch; partial sum in words
  c(
    'r45k-27',
    'ru',
    `Игровая мышь: заявлены сенсор PixArt 3389 и 16000 DPI, а в фирменной утилите максимум 7200 DPI, и сенсор определяется как 3050. Заметил при первой настройке 20 января. Скриншоты утилиты прилагаю. В целом мышь работает, готов оставить её за частичный возврат — пятьсот рублей.`,
    'photo',
    [],
    'partial_refund',
    500,
  ),
  // "abort" innocent; "classic scam, every shop does it": accusation
  c(
    'r45k-28',
    'en',
    `Copying my photo library onto this '1TB' microSD, the copy aborted at 60GB with a write error. Tested it the same day it came, 4 Oct. Classic fake-capacity scam, every shop on here does it. Screenshot of the error attached. Refund.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // «для тупеньких из поддержки»: insult; knowingly bought a copy, no accusation
  c(
    'r45k-29',
    'ru',
    `Повторяю для тупеньких из поддержки: колонка JBL (копия, я знаю) не заряжается с первого дня, индикатор не загорается ни от одного блока. Получена 11.05. Видео было в первом сообщении, прикладываю его ещё раз. Верните деньги.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // "executes" innocent; screen recording is a video
  c(
    'r45k-30',
    'en',
    `Smart plug (Tuya, 16A) accepts schedules in the app but never executes them: the relay doesn't click at the set time. Noticed from the first night, 17 January; manual on/off works fine. Screen recording of the app next to the plug attached. Please exchange it for a working unit.`,
    'video',
    [],
    'exchange',
  ),
  // heart-rate reading compared with a meter: what only; partial with no sum
  c(
    'r45k-31',
    'ru',
    `Фитнес-браслет показывает пульс 40–45 в покое, хотя у меня на самом деле около 70, сверяла с тонометром. Хочу частичную компенсацию.`,
    'none',
    ['missing_when', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // digit-masked mat as an interjection: profanity and emotional
  c(
    'r45k-32',
    'ru',
    `Пи3дец. Видеокарта отработала ровно 4 дня, потом артефакты по всему экрану и зелёные полосы, FurMark вылетает через минуту. Фото экрана прикладываю. Оформите возврат денег.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // two capitalised words shout
  c(
    'r45k-33',
    'en',
    `Phone case for a Pixel 7 arrived on 3 March but the camera cutout is in the WRONG place and covers half the lens, and the side buttons DON'T line up. Photo attached. Please send the correct case.`,
    'photo',
    ['emotional'],
    'exchange',
  ),
  // heated vest, thermal camera photo, calm
  c(
    'r45k-34',
    'ru',
    `Жилет с подогревом: при подключении к пауэрбанку (5 В, 2 А) греет только левая панель, правая и спинка остаются холодными. Обнаружила при первой же примерке 8 ноября. Снимок с тепловизора в приложении — видно, что спина не греется. Прошу обменять на исправный жилет.`,
    'photo',
    [],
    'exchange',
  ),
  // "fried" innocent; registration address and "a shame if someone turned up": threat; partial sum
  c(
    'r45k-35',
    'en',
    `ESP32 dev boards, 10 pcs ordered, 4 of them fried out of the box: the 3.3V regulator gets hot within seconds and the chip isn't detected over USB. Found this on 6 June while flashing them. Thermal camera photo attached. Refund for the 4 boards: $13.20. I've got your registration address from the business licence. It would be a shame if someone turned up there asking questions.`,
    'photo',
    ['threat'],
    'partial_refund',
    13.2,
  ),
  // «фигня» about the fault: innocent; no evidence
  c(
    'r45k-36',
    'ru',
    `Кофемолка с зарядкой от USB: заряжается нормально, но через 10–15 секунд помола мотор отключается и до следующей зарядки не запускается. Началась эта фигня на третий день. Прошу вернуть деньги.`,
    'none',
    ['missing_evidence'],
    'full_refund',
  ),
  // "nuked the partition table": innocent; return
  c(
    'r45k-37',
    'en',
    `Portable SSD 500GB: it kept dropping off USB mid-transfer, so on 18 Sept I nuked the partition table and reformatted it. Same thing, it disconnects every 2–3 minutes and Event Viewer logs the device resetting. Screenshots attached. I can post it back to you; please refund once it arrives.`,
    'photo',
    [],
    'return',
  ),
  // «кидалы» accuses, «клоуны» insults
  c(
    'r45k-38',
    'ru',
    `Блок питания 750 Вт, «80+ Gold», уходит в защиту под нагрузкой уже на 400 Вт. Проверял 3 февраля, видео с ваттметром приложено. Вы кидалы и клоуны, а не магазин. Деньги назад.`,
    'video',
    ['insult', 'accusation'],
    'full_refund',
  ),
  // "junk": vague; receipt date and a video
  c(
    'r45k-39',
    'en',
    `Got this drone on May 2nd and it's junk. Video attached. I want my money back.`,
    'video',
    ['missing_what'],
    'full_refund',
  ),
  // «На фото видно» with no file; partial in roubles
  c(
    'r45k-40',
    'ru',
    `Зарядное устройство для Ni-MH аккумуляторов: два слота из четырёх не заряжают, индикатор в них не загорается. Выяснил 1 декабря, когда переставлял одни и те же аккумуляторы по всем слотам. На фото видно, что горят только два индикатора. Прошу компенсацию 300 ₽.`,
    'none',
    ['evidence_not_attached'],
    'partial_refund',
    300,
  ),
  // «убил систему» innocent; an error code in capitals is not shouting
  c(
    'r45k-41',
    'ru',
    `SSD M.2 на 256 ГБ: поставил 10 января, установил Windows, а через пять дней он убил систему — при загрузке синий экран INACCESSIBLE_BOOT_DEVICE, в BIOS диск то появляется, то пропадает. Victoria показывает кучу ошибок чтения, скриншоты прилагаю. Прошу замену диска.`,
    'photo',
    [],
    'exchange',
  ),
  // "f*cking" before the item: intensifier, profanity and emotional
  c(
    'r45k-42',
    'en',
    `Your f*cking charger melted the USB-C port on my phone. First time I used it was 11 April, smelled burning after 10 minutes, the port is scorched. Photos attached. Refund.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // «мать» = motherboard, innocent; return once postage is paid
  c(
    'r45k-43',
    'ru',
    `Купил мать на X99 в комплекте с процессором, собрал 25 сентября: при первом включении кулеры крутятся, POST-код 00, изображения нет. Прошил BIOS через Flashback по инструкции — без изменений. Видео с POST-кодом прилагаю. Комплект отправлю обратно, если оплатите пересылку, деньги прошу вернуть после получения.`,
    'video',
    [],
    'return',
  ),
  // a percentage describes the fault, the euro sum is the request
  c(
    'r45k-44',
    'en',
    `Kitchen scale with a Bluetooth app: it weighs consistently 7% low, a 1 kg calibration weight reads 930 g. Checked on 14 and 15 February. The app also loses the connection every few seconds. Photo with the calibration weight on it attached. I'll keep it for €8 back.`,
    'photo',
    [],
    'partial_refund',
    8,
  ),
  // «засужу» and a personal visit: threat
  c(
    'r45k-45',
    'ru',
    `Павербанк на 20000 мАч отдал 6100 мАч, замерял USB-тестером 2 и 3 марта, фото тестера прилагаю. Верните деньги, иначе засужу и приеду разбираться лично, адрес ваш я знаю.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "kill switch" innocent; "you knew and shipped anyway": accusation
  c(
    'r45k-46',
    'en',
    `The e-scooter's kill switch on the brake lever doesn't cut the motor: you pull the brake and it keeps accelerating. Noticed on the first ride, 27 July. Video attached. You obviously knew this batch was faulty and shipped it anyway. Full refund please.`,
    'video',
    ['accusation'],
    'full_refund',
  ),
  // sarcastic praise of the staff «Браво, гении прошивки!»: insult
  c(
    'r45k-47',
    'ru',
    `Браво, гении прошивки! Обновил Android TV-приставку файлом с вашего сайта 4 мая — теперь она перезагружается каждые две минуты и не видит пульт. Видео приложено. Верните деньги.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // «Ужас, а не монитор»: affect; no time
  c(
    'r45k-48',
    'ru',
    `Ужас, а не монитор: на экране 6 битых пикселей в центре, два постоянно горят зелёным. Фото с тестовой белой заливкой прикладываю. Прошу замену.`,
    'photo',
    ['emotional', 'missing_when'],
    'exchange',
  ),
  // toy RC car, "failsafe … aborts": innocent
  c(
    'r45k-49',
    'en',
    `RC car (2.4GHz, listed as "up to 30 km/h"): the receiver loses signal beyond about 5 metres, the car goes into failsafe and aborts, wheels just lock. Tried fresh batteries in the remote; tested on 9 and 10 August in an empty car park. Video attached. Please send a replacement receiver board or a new car.`,
    'video',
    [],
    'exchange',
  ),
  // beauty device, calm return
  c(
    'r45k-50',
    'ru',
    `Микротоковый массажёр для лица: режим EMS не включается вообще — ни на одном уровне нет ни покалывания, ни индикации, работает только вибрация. Проверила в первый же вечер, 12.12. Видео прилагаю. Готова отправить массажёр обратно, оформите, пожалуйста, возврат.`,
    'video',
    [],
    'return',
  ),
  // mat at the warehouse staff in a question: profanity and insult
  c(
    'r45k-51',
    'ru',
    `Вы там на складе ебланы совсем? Вместо 32-дюймового монитора прислали 24-дюймовый, и коробка подписана 24. Получил 19.03, фото коробки и наклейки прилагаю. Обмен на тот, что заказывал.`,
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // a percentage asked back: partial without a sum
  c(
    'r45k-52',
    'en',
    `Bluetooth earbuds: battery life is 1h10m per charge, the listing says 6 hours. Timed it over three full charges between 5 and 8 May, screenshot of the battery log attached. I'd accept a 40% refund and keep them.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // the seller's insult quoted as evidence is not the buyer's; no request
  c(
    'r45k-53',
    'ru',
    `Продавец в чате ответил: «сам ты дурак, руки кривые, раз прошить не можешь». Повторяю по фактам: ноутбук пришёл 14 ноября с китайской Windows, после переустановки по вашей же инструкции не работает Wi-Fi — адаптер в диспетчере устройств с ошибкой, код 10. Скриншот переписки и диспетчера прилагаю.`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // QC staff compared to monkeys: insult
  c(
    'r45k-54',
    'en',
    `Whoever does your QC should go back to sorting bananas with the rest of the monkeys. Graphics tablet pen: pressure sensitivity doesn't work at all, it's only on/off. Tested in Krita and Photoshop on 2 January, the day it arrived. Video attached. Send a new pen.`,
    'video',
    ['insult'],
    'exchange',
  ),
  // transliterated Russian, calm and complete
  c(
    'r45k-55',
    'ru',
    `Zdravstvuyte. Prishla umnaya lampochka E27, ne podklyuchaetsya k Wi-Fi 2.4 GHz: migaet 3 raza i gasnet. Sbros (5 raz vkl/vykl) delala 2 noyabrya, bez izmeneniy. Prikladyvayu video. Proshu vernut' dengi.`,
    'video',
    [],
    'full_refund',
  ),
  // harm wished on whoever assembles the item: threat
  c(
    'r45k-56',
    'en',
    `The hotend thermistor on this 3D printer kit was wired wrong from the factory: on the first heat-up on 4 March it read 25°C while the block was glowing, and it scorched the PTFE tube. Photos attached. I want a full refund. And I hope whoever assembles these gets their own hands on that block one day.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «какая-то хрень» innocent; bare «не работает»: no concrete problem
  c(
    'r45k-57',
    'ru',
    `Получила 5 апреля, какая-то хрень — не работает. Фото прилагаю. Верните деньги.`,
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // phone repair bit set, missing bits counted at unpacking; partial in руб
  c(
    'r45k-58',
    'ru',
    `Набор отвёрток с битами для ремонта телефонов: в кейсе 24 биты вместо 45 по описанию, нет ни одной Pentalobe и ни одной Y-образной, а нужны были именно они. Пересчитала сразу при распаковке 16 сентября. Фото открытого кейса прилагаю. Прошу частичный возврат 250 руб.`,
    'photo',
    [],
    'partial_refund',
    250,
  ),
  // "Gutted." is affect; nothing attached
  c(
    'r45k-59',
    'en',
    `Gutted. I ordered a retro handheld console for my son's birthday, and since the first day (18 Oct) the D-pad's left direction doesn't register in any game. I'd like it exchanged.`,
    'none',
    ['emotional', 'missing_evidence'],
    'exchange',
  ),
  // masked mat adjective before the item: profanity and emotional
  c(
    'r45k-60',
    'ru',
    `Этот еб@ный паяльник за 3 дня сжёг два жала: на дисплее 320 градусов, а по термопаре под 500. Проверял 22–24 июня, фото с термопарой прилагаю. Хочу назад свои деньги.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // "fried the controller" innocent; full refund of the order
  c(
    'r45k-61',
    'en',
    `The 12V adapter that came with the LED strip fried the strip's controller within an hour of first use on 5 August: there's a burnt smell and a blackened capacitor next to the input. Photo of the board attached. Please refund the full order, the strip is useless without it.`,
    'photo',
    [],
    'full_refund',
  ),
  // «сдох через 9 дней» innocent; car dash cam
  c(
    'r45k-62',
    'ru',
    `Видеорегистратор сдох через 9 дней: не включается ни от прикуривателя, ни от USB, индикатор не горит. Кабель проверила на другом устройстве — он рабочий. Видео попытки включения прикладываю. Прошу вернуть деньги.`,
    'video',
    [],
    'full_refund',
  ),
  // publishing the owner's phone and name: threat; a sum for the difference
  c(
    'r45k-63',
    'ru',
    `Механическая клавиатура: заявлены свичи Gateron Red, пришли какие-то noname, на фото видно маркировку. Получил 30 октября. Верните 1200 рублей разницы. Если не вернёте — опубликую ваш телефон и ФИО владельца магазина во всех чатах по механическим клавиатурам, пусть вам звонят.`,
    'photo',
    ['threat'],
    'partial_refund',
    1200,
  ),
  // non-receipt with a tracking number but no time
  c(
    'r45k-64',
    'en',
    `Ordered a Raspberry Pi 4 kit, tracking LP00123456789CN shows it as delivered but nothing came to my door or my mailbox. Please refund.`,
    'none',
    ['missing_when'],
    'full_refund',
  ),
  // «хард ресет» innocent; smartwatch step counter
  c(
    'r45k-65',
    'ru',
    `Смарт-часы после обновления 3 июля перестали считать шаги: счётчик весь день стоит на нуле, хотя GPS-тренировки записываются. Делал хард ресет и повторное сопряжение — не помогло. Скриншоты из приложения за неделю прилагаю. Прошу заменить часы.`,
    'photo',
    [],
    'exchange',
  ),
  // «Криворукие у вас сборщики»: insult at staff
  c(
    'r45k-66',
    'ru',
    `Криворукие у вас сборщики, честное слово. Разъём питания DC на этой плате для ноутбука припаян криво, штекер болтается, и ноутбук заряжается, только если держать его под углом. Обнаружил в день установки, 14 января. Видео приложил. Верните деньги.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // optical "slave" flash and "master": innocent
  c(
    'r45k-67',
    'en',
    `Speedlite flashes ordered as a set of two: the second unit won't fire in optical slave mode. I tried both S1 and S2; the master fires and the slave stays dark. Found this at a shoot on 20 April, the first time I used them together. Video attached. Please send a replacement for the slave unit.`,
    'video',
    [],
    'exchange',
  ),
  // "you know you sell reflashed controllers": accusation
  c(
    'r45k-68',
    'ru',
    `Флешка «256 ГБ» на деле 8 ГБ, проверил H2testw в день получения, 6 мая, скриншот приложил. Вы прекрасно знаете, что продаёте перешитые контроллеры, не надо делать вид. Верните деньги.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // transliterated «Suka» as an opening cry: profanity and emotional
  c(
    'r45k-69',
    'ru',
    `Suka, ya zhe tri raza pisal: nuzhna versiya s Type-C, a prishla opyat' s microUSB. Vtoroy raz podryad, poluchil 2 fevralya. Foto raz'yomov prikladyvayu. Obmen.`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // "What should I do?" is no request; nothing attached
  c(
    'r45k-70',
    'en',
    `Gaming headset: the mic cuts out whenever I turn my head, it seems to be the cable where it goes into the left earcup. It started after about two weeks. What should I do?`,
    'none',
    ['missing_evidence', 'missing_resolution'],
    'none',
  ),
  // garden Wi-Fi watering controller, calm
  c(
    'r45k-71',
    'ru',
    `Контроллер полива с Wi-Fi: расписание в приложении сохраняется, но по таймеру клапан не открывается — только при ручном включении. Заметил 11 июня, когда газон два дня простоял без полива. Видео с таймером и клапаном прилагаю. Прошу заменить контроллер.`,
    'video',
    [],
    'exchange',
  ),
  // masked "a$$holes" at the seller: profanity and insult
  c(
    'r45k-72',
    'en',
    `Battery case says 5000mAh, mine gives the phone barely 30%. Measured on 7 and 8 March, screenshots of the battery graph attached. Send a refund, you a$$holes.`,
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // «папа-мама» innocent; «на ваше усмотрение»: partial without a sum
  c(
    'r45k-73',
    'ru',
    `Удлинитель USB 3.0 «папа-мама» на 5 м: на скорости 3.0 не работает, внешний диск через него определяется только как USB 2.0 и копирует на 35 МБ/с. Проверил 9 сентября на двух компьютерах, скриншот из CrystalDiskMark прилагаю. Компенсация на ваше усмотрение.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «не доводите до греха»: threat
  c(
    'r45k-74',
    'ru',
    `Третий раз пишу: электрическая зубная щётка не держит заряд, уже через 2 дня после покупки работает по 5 минут вместо заявленных 30 дней. Видео прилагаю. Верните деньги по-хорошему и не доводите до греха.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // "boot loop" innocent; native resolution from the service menu; partial in USD
  c(
    'r45k-75',
    'en',
    `Mini projector: about once a week it gets stuck in a boot loop and I have to pull the plug to recover. More importantly, the native resolution is 854×480 according to the service menu, not the 1920×1080 in the listing; checked on 23 October. Photo of the service menu attached. I'll keep it for a refund of 25 USD.`,
    'photo',
    [],
    'partial_refund',
    25,
  ),
  // the seller's mat quoted: profanity only
  c(
    'r45k-76',
    'ru',
    `На мой вопрос про мёртвые пиксели продавец ответил «да похуй, у всех так». Повторяю: на матрице ноутбука 3 битых пикселя, заметил при первом включении 17 августа, фото с белой заливкой прилагаю. Прошу заменить ноутбук.`,
    'photo',
    ['profanity'],
    'exchange',
  ),
  // "see photo" with no file
  c(
    'r45k-77',
    'en',
    `USB microscope arrived 12 Jan with a cracked lens housing (see photo), and the LED ring only lights up on half the circle. Please send a new one.`,
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // wrong card capacity written on the card; «!!!»
  c(
    'r45k-78',
    'ru',
    `Заказывала карту памяти на 128 ГБ для регистратора, а прислали на 16 ГБ, так прямо на карте и написано!!! Обнаружила в тот же день, 4 марта, фото карты прикладываю. Хочу обмен.`,
    'photo',
    ['emotional'],
    'exchange',
  ),
  // kitchen Bluetooth thermometer checked in boiling water; refund without a return
  c(
    'r45k-79',
    'ru',
    `Термощуп для мяса с Bluetooth занижает показания на 15–20 °C. Сверяла в кипящей воде 26 ноября: щуп показывает 81 °C вместо 100. Фото экрана телефона рядом с кастрюлей прилагаю. Прошу вернуть деньги, товар можно не отправлять — пересылка дороже его самого.`,
    'photo',
    [],
    'full_refund',
  ),
  // "Are you braindead?": insult
  c(
    'r45k-80',
    'en',
    `Third message. Are you braindead? The Wi-Fi 6 USB adapter I got on 1 Feb only shows up as Wi-Fi 4 (802.11n) in every OS I tried, screenshot attached again. Refund.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
];
