import { describe, expect, it } from 'vitest';
import { checkDispute } from '../../../lib/analyzer';
import { codes, flagged } from './helpers';

// The kinds round forty-six's first score missed (tests/analyzer/README.md, round forty-six), with their innocent
// twins. The sentences are new wordings, not the corpus texts.

const detected = (text: string) => checkDispute({ text, attachedFiles: 1 }).detected;
const codesWithFile = (text: string) => checkDispute({ text, attachedFiles: 1 }).findings.map((f) => f.code);
const RUDE = ['profanity', 'insult', 'threat'];

describe('harm to the body, said outright', () => {
  it.each([
    "If that driver throws my parcel over the fence again I'll break his legs.",
    "I'm going to punch the packer who did this.",
    "Keep ignoring me and I'll kick your ass, seller.",
    'Come and say that to my face, not in a chat.',
    'Руки этому упаковщику переломаю, если ещё раз так запакует.',
    'Приеду — морду набью вашему кладовщику.',
    'Сверну шею тому, кто это собирал.',
    'Ещё одна такая посылка — и дам в морду курьеру.',
    'Повторите это мне в лицо.',
  ])('threat: %s', (text) => {
    expect(flagged(text, 'threat')).toBeDefined();
  });

  it.each([
    "I'll shoot you an email with the receipt.",
    'I could kick myself for not checking the size.',
    "I'll punch a new hole in the strap myself, but the buckle is bent.",
    'Голову сломала, пока собирала этот стеллаж: инструкции нет.',
    'Такой шлем разобьёт лицо при первом же падении: пластик трескается.',
    'Боюсь, сломаю ногу на этой ступеньке: она шатается.',
  ])('no threat: %s', (text) => {
    expect(codes(text)).not.toContain('threat');
  });
});

describe('harm wished on whoever packed it', () => {
  it.each([
    'I hope whoever taped this box chokes on his lunch.',
    'Hopefully the person who sealed this gets burned like I did.',
    'Пусть ваш сборщик так же порежется об этот край, как мой сын.',
    'Надеюсь, тот, кто это паковал, подавится.',
    'Желаю, чтобы ваши внуки поиграли с такими же кубиками.',
  ])('threat: %s', (text) => {
    expect(flagged(text, 'threat')).toBeDefined();
  });

  it.each([
    'I hope whoever packs the next one uses more bubble wrap.',
    'Пусть ваш сборщик проверит комплект ещё раз перед отправкой.',
    'Желаю, чтобы ваши покупатели получали такие же хорошие игрушки, а не эту.',
  ])('no threat: %s', (text) => {
    expect(codes(text)).not.toContain('threat');
  });
});

describe('what the buyer could do, with a warning beside it', () => {
  it.each([
    "I've boxed for ten years. Keep that in mind before you refuse again.",
    "I'm a good shot and I know how to use a rifle. Just saying.",
    'Я КМС по боксу, учтите это.',
    'Имейте в виду: у меня в сейфе два ствола.',
    'Стреляю без промаха, так что подумайте хорошенько.',
  ])('threat: %s', (text) => {
    expect(flagged(text, 'threat')).toBeDefined();
  });

  it.each([
    'I hunt every season, so the scope has to hold zero in the cold. Keep in mind it sits on a .308.',
    'I box three times a week and these gloves split on the second session.',
    "I don't miss the old model. Just saying, the new one is worse.",
    'I shoot videos for a living, keep that in mind: the microphone hisses.',
    'Я охотник, этот нож нужен для разделки. Имейте в виду, что лезвие пришло тупым.',
    'Я КМС по боксу, поэтому сразу вижу: перчатки не 14 унций, а 10.',
  ])('no threat: %s', (text) => {
    expect(codes(text)).not.toContain('threat');
  });
});

describe("the seller's city and personal data", () => {
  it.each([
    'Я уже знаю, в каком городе ваш склад.',
    'I know which city your warehouse is in.',
    'Фамилию вашего директора и его телефон я нашла, завтра разошлю по всем группам.',
  ])('threat: %s', (text) => {
    expect(flagged(text, 'threat')).toBeDefined();
  });

  it.each([
    'Не знаю, из какого вы города, но посылка шла два месяца.',
    "I don't know which city you ship from, the tracking never said.",
  ])('no threat: %s', (text) => {
    expect(codes(text)).not.toContain('threat');
  });
});

describe('names for the staff in ordinary words', () => {
  it.each([
    'Вы там все мартышки, что ли? Положили два левых ботинка.',
    'Ты что, детсадовец? Счёт не сходится.',
    'Сборщики-бандерлоги опять перепутали цвета.',
    'Ваши дрищи со склада даже коробку не заклеили.',
    'Who checks your parcels, a goldfish?',
    'Are you guys bloody blind? The label says XL.',
    'Whoever picked this order must be dumb as a doorknob.',
  ])('insult: %s', (text) => {
    expect(flagged(text, 'insult')).toBeDefined();
  });

  it.each([
    'Вы прислали обезьянку без хвоста, а в описании он есть.',
    'Я дрищ, мне нужны гантели полегче, эти слишком тяжёлые.',
    'Игрушка-мартышка пришла с оторванной лапой.',
    'The kettlebell is as heavy as a brick, which is right, but the handle is chipped.',
    'Who packed it, my son or the courier? The box was open when I came home.',
  ])('no insult: %s', (text) => {
    expect(codes(text)).toEqual(expect.not.arrayContaining(RUDE));
  });
});

describe('cocking a crossbow or a gun', () => {
  it.each([
    'The string frays every time I cock the crossbow.',
    "The air rifle's lever is too stiff: my son can't cock it at all.",
    'You have to cock the pistol twice before it fires, the spring is weak.',
  ])('not profanity: %s', (text) => {
    expect(codes(text)).not.toContain('profanity');
  });

  it('the word said of the seller stays profanity in a crossbow text', () => {
    expect(codes('You absolute cock, the crossbow string snapped on day one.')).toContain('profanity');
  });
});

describe('files, time and the request', () => {
  it('"look at the video" with nothing attached promises a file', () => {
    expect(codes('Посмотрите видео: мотор гудит, но колёса не крутятся. Получили 2 мая. Верните деньги.')).toContain(
      'evidence_not_attached',
    );
  });

  it("the listing's photo is not the buyer's file", () => {
    expect(
      codes('Посмотрите на фото в объявлении: там синий цвет, а пришёл серый. Получила 2 мая. Верните деньги.'),
    ).not.toContain('evidence_not_attached');
  });

  it("a post office's report of missing contents is not a file promised", () => {
    expect(
      codes('На почте составили акт о несоответствии вложения 3 мая, он у меня на руках. Верните 500 ₽.'),
    ).not.toContain('evidence_not_attached');
  });

  it.each(['Трещину увидела при первой дезинфекции.', 'Протечка появилась при первой эксплуатации.'])(
    'a first use is a time: %s',
    (text) => {
      expect(codesWithFile(`Поильник протекает. ${text} Верните деньги.`)).not.toContain('missing_when');
    },
  );

  it('"пришли M" after an order of L is what came, not a request', () => {
    expect(detected('Купила куртку размера L, пришли M. Получила 3 марта, фото бирки приложила.').resolution).toBe(
      'none',
    );
    expect(detected('Куртка пришла M вместо L. Получила 3 марта. Пришлите L, пожалуйста.').resolution).toBe('exchange');
  });
});

// After round forty-six's plain "ноги переломаю", a probe of plain threats, names and cries no hand had written: the
// rules missed these (the model found some).
describe('plain threats, names and cries', () => {
  it.each([
    "I'll burn your shop down if I don't get my money.",
    "You'd better watch your step, seller.",
    "I'm going to make you pay for this.",
    "You're dead meat.",
    "I'll put the packer in the hospital.",
    'Drop dead.',
    'Я вам устрою!',
    'Из-под земли достану.',
    'Кровью умоетесь.',
    'Головы вам поотрываю.',
    'Пристрелю, если ещё раз такое пришлёте.',
    'Огребёшь по полной.',
    'Шею намылю вашему менеджеру.',
    'Считайте, что вы уже покойники.',
    'Сдохните.',
  ])('threat: %s', (text) => {
    expect(flagged(text, 'threat')).toBeDefined();
  });

  it.each([
    "I'll make you pay for the return shipping, as the rules say.",
    'It is a drop dead gorgeous dress, but the seam is torn.',
    'Этот шарф задушит кого угодно: горло колет.',
    'Получите, пожалуйста, по полной сумме возврат через поддержку.',
    'Мы достали телефон из коробки, а экран разбит.',
  ])('no threat: %s', (text) => {
    expect(codes(text)).not.toContain('threat');
  });

  it.each([
    'You lazy slobs, the box was open.',
    'Incompetent clowns.',
    'You worthless piece of garbage.',
    "You're a joke.",
    'You guys are hopeless.',
    'Вы жалкие неудачники.',
    'Бездари!',
    'Вы отбросы.',
    'Скоты.',
    'Глупый продавец опять перепутал цвет.',
    'Гори в аду со своим магазином.',
  ])('insult: %s', (text) => {
    expect(flagged(text, 'insult')).toBeDefined();
  });

  it.each([
    'Вы отбросили коробку на крыльцо, и она намокла.',
    'Коробку заклеили скотчем в три слоя, но угол смят.',
    'Ваши никчёмные коробки порвались в дороге.',
    'You sent me a piece of junk: the hinge snapped.',
    'Useless lot of screws, half of them stripped.',
    'Your service is a joke, but the courier was kind.',
  ])('no insult: %s', (text) => {
    expect(codes(text)).not.toContain('insult');
  });

  it.each(['Ugh. The zipper broke again.', 'Достали!', 'Я уже на грани.', 'Мне тошно от одной мысли об этом заказе.'])(
    'a feeling: %s',
    (text) => {
      expect(codes(text)).toContain('emotional');
    },
  );

  it.each(['Цена на грани разумного, но товар хороший.', 'Наконец достали посылку с почты.'])(
    'no feeling: %s',
    (text) => {
      expect(codes(text)).not.toContain('emotional');
    },
  );
});
