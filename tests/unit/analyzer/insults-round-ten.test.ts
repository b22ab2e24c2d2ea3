import { describe, expect, it } from 'vitest';
import { flagged } from './helpers';

// Complete in every other respect, so only the tone is in play.
const PHOTO = { attachments: [{ name: 'lamp.jpg', type: 'image/jpeg', size: 90_000 }] };
const EN_REST = ' The lamp arrived with a cracked shade on 3 May, photo attached. Refund please.';
const RU_REST = ' Лампа пришла 3 мая с треснутым плафоном, фото прилагаю. Верните деньги.';
const rest = (sentence: string) => (/[а-яё]/i.test(sentence) ? RU_REST : EN_REST);
const insultIn = (sentence: string) => flagged(sentence + rest(sentence), 'insult', PHOTO)?.join(' | ');

function catches(cases: [string, string][]) {
  it.each(cases)('%s', (sentence, words) => {
    expect(insultIn(sentence)).toContain(words);
  });
}

function spares(sentences: string[]) {
  it.each(sentences)('not: %s', (sentence) => {
    expect(insultIn(sentence)).toBeUndefined();
  });
}

describe("name-calling: slang, regional and borrowed names aimed at the seller's people", () => {
  catches([
    ['Передайте вашим раззявам с упаковки, что куртка пришла без капюшона.', 'вашим раззявам'],
    ['Оболтусы со склада положили не тот размер.', 'Оболтусы'],
    ['У вас на складе, походу, трудятся хомяки.', 'У вас на складе, походу, трудятся хомяки'],
    ['Вы там в поддержке совсем пни, что ли?', 'Вы там в поддержке совсем пни'],
    ['Собирали, похоже, макаки: две ножки от другого стула.', 'Собирали, похоже, макаки'],
    ['Какой лентяй это упаковывал?', 'Какой лентяй это упаковывал'],
    ['Какой гений это упаковывал?', 'Какой гений это упаковывал'],
    ['Which bright spark in your warehouse packed this?', 'Which bright spark in your warehouse packed'],
    ['Каким тюфяком надо быть, чтобы отправить пустую коробку?', 'Каким тюфяком надо быть'],
    ['Кладовщик у вас — тот ещё раззява.', 'Кладовщик у вас — тот ещё раззява'],
    ['Which numpty at your depot packed this?', 'Which numpty at your depot packed'],
    ['Are your packers all dropkicks?', 'Are your packers all dropkicks'],
    ['Whoever taped this box is an absolute wombat.', 'Whoever taped this box is an absolute wombat'],
    ['You lot are a right bunch of turnips.', 'You lot are a right bunch of turnips'],
    ['Is your support team blind or what?', 'your support team blind or what'],
    ['Oga, you be mumu?', 'you be mumu'],
    ['Ваши упаковщики — просто макаки.', 'Ваши упаковщики — просто макаки'],
    ['Your packers are total muppets.', 'Your packers are total muppets'],
  ]);
  spares([
    'Which warehouse packed this? The box was crushed.',
    'Какой мастер собирал ваш шкаф, тот и должен отвечать? Дверца треснула.',
    'Whoever handles disputes is a real human, I hope.',
    'I ordered a mumu dress in size M and it came in S.',
    'Are your mugs dishwasher safe? Two arrived chipped.',
    'Ваши валенки пришли разного размера.',
    'У вас тормоза какие-то странные, скрипят с первого дня.',
    'Вы продаёте тормоза для велосипеда? Мои пришли без колодок.',
    'Ваш корм хомякам не понравился, пакет был порван.',
    'Мягкая игрушка «Козёл Вася» пришла с оторванным рогом.',
    'Игрушка-баран пришла без рога.',
    'Каким размером надо брать, если рост 170?',
    'Собирала кроватку, слепые отверстия не совпали.',
    'Cheers mate, the parcel arrived but the lid is cracked.',
    'Вы тормоза продаёте? Мои пришли без колодок.',
    'Ваши сотрудники — профессионалы, но лампа треснула.',
    'Your team is a real help, but the shade is cracked.',
    'Ваш менеджер написал мне: «Вы там на складе все валенки?» — это его слова.',
  ]);
});

describe('condescension about the reader: reading, counting, schooling, an adult to talk to', () => {
  catches([
    ['Может, у вас найдётся хотя бы один сотрудник, умеющий читать?', 'хотя бы один сотрудник, умеющий читать'],
    ['Вас в школе вообще учили читать по-русски?', 'Вас в школе вообще учили читать'],
    ['Для вашего отдела сверить артикул — непосильная задача.', 'непосильная задача'],
    ['Считать до пяти у вас, видимо, некому.', 'Считать до пяти у вас, видимо, некому'],
    ['Вы хоть иногда читать умеете?', 'Вы хоть иногда читать умеете'],
    ['Is there a grown-up on your team who can read an invoice?', 'Is there a grown-up on your team who can read'],
    ['Your counting needs some practice: I ordered five and got three.', 'Your counting needs some practice'],
    ['Did your packers sleep through maths class?', 'Did your packers sleep through maths class'],
    ['Could somebody with a functioning brain look at my case?', 'somebody with a functioning brain'],
    ['Unlike your staff, I can read a size chart.', 'Unlike your staff, I can read'],
    ['Checking a label is above your pay grade, I guess.', 'above your pay grade'],
    ['The lights are on but nobody is answering at your help desk.', 'The lights are on but nobody'],
  ]);
  spares([
    'Is there an adult size? Please help me choose.',
    'What grade did you use for the steel? It rusted in a week.',
    'The fabric has a lot of stretch for your comfort, but it tore on day one.',
    'Nobody is home during the day, so the courier took the parcel back.',
    'Сын в школе пропускал уроки, а ваш рюкзак пропускает воду.',
    'Ваш сканер не в состоянии прочитать штрихкод на коробке.',
    'Крыша палатки протекает после первого дождя.',
    'В наборе винтиков не хватает, у вас на фото их шесть.',
  ]);
});

describe('patronising address at the seller', () => {
  catches([
    ['Дорогуша, вы опять прислали не тот цвет.', 'Дорогуша'],
    ['Sweetheart, you sent the wrong colour again.', 'Sweetheart'],
    ['Oh honey, you really thought this would fit?', 'honey'],
    ['Bless your little heart, the shade is still cracked.', 'Bless your little heart'],
  ]);
  spares(['I ordered tea, honey, and jam; the honey jar leaked.', 'Honey arrived crystallised in the jar.']);
});

describe('sarcastic praise and ironic titles', () => {
  catches([
    ['Аплодирую вашему складу: вместо двух ламп одна.', 'Аплодирую'],
    ['Снимаю шляпу: коврик пришёл с дырой посередине.', 'Снимаю шляпу'],
    ['Упаковщики от бога: стекло в газете, без коробки, всё в осколках.', 'от бога'],
    ['Truly award-winning service: the kettle leaks from the base.', 'Truly award-winning'],
    ['Congrats to whoever designed this zip, it split on day two.', 'Congrats to whoever'],
    ['The handle snapped on first use. Honestly, a stroke of genius from your design team.', 'stroke of genius'],
    ['Поздравляю вас с очередным достижением: третий раз не тот размер.', 'Поздравляю вас с очередным'],
    ['Genius move, shipping a glass shade in a paper bag.', 'Genius move'],
  ]);
  spares([
    'This award-winning speaker stopped working after a week.',
    'Congrats on the new store. The mug arrived chipped.',
    'Поздравляю вас с Новым годом! Посылка пришла разбитой.',
    'Отдельное спасибо за быструю доставку. Товар пришёл с трещиной.',
    'Курьер — настоящий мастер своего дела, а вот товар разбит.',
    'Мой знакомый ювелир проверил кольцо: это не серебро.',
  ]);
});

describe("mocking comparisons: animals, children and dull things doing the staff's work", () => {
  catches([
    ["My nephew's goldfish could sort parcels better than your staff.", 'goldfish could sort parcels better than'],
    ['Моя кошка упаковала бы аккуратнее, чем ваши кладовщики.', 'кошка упаковала бы аккуратнее, чем'],
    ['Переписываться с вами — как с кирпичом разговаривать.', 'Переписываться с вами — как с кирпичом'],
    ['Quality checks at your shop are clearly run by a sleepy sloth.', 'run by a sleepy sloth'],
    ['Ваш менеджер соображает на уровне черепахи.', 'соображает на уровне черепахи'],
    ["Your warehouse clearly can't tell a sock from a glove.", "Your warehouse clearly can't tell a sock from"],
  ]);
  spares([
    'My kids loved it more than you can imagine, but the wheel broke.',
    'I had it checked by my grandson; he says your charger is faulty.',
    'The doll is talking like a robot, and your listing said it sings.',
    'My dog is bigger than your XL harness says it fits.',
    'Покупатели не отличают ваш товар от оригинала, но мой пришёл со сколом.',
    'Посылка доходит медленнее, чем вы обещали.',
    'Я доверила сборку внуку, а ваш шкаф развалился.',
  ]);
});
