import { describe, expect, it } from 'vitest';
import { codes } from './helpers';

describe('what is wrong', () => {
  it.each([
    'Правый наушник не заряжается',
    'На экране трещина',
    'Пришёл размер S вместо M',
    'Длина 78 см, а в таблице 92 см',
    'Посылка не пришла',
    'Посылка пришла пустой',
    'В комплекте нет кабеля',
    'Швы разошлись',
    'The left earbud does not charge',
    'Size S instead of XL',
    'Where is my order?',
    'The box arrived empty',
    'Only 3 of 5 pieces',
    'На фото стекло, а пришёл пластик',
    'In the listing it is black, but mine is grey',
    'Ноутбук зависает и сильно шумит',
    'The screen freezes and the hinge wobbles',
  ])('a concrete problem: %s', (text) => {
    expect(codes(text)).not.toContain('missing_what');
  });

  it.each([
    'Товар не соответствует описанию',
    'Брак',
    'Товар с дефектом, плохое качество',
    'Товар пришёл в таком виде',
    'Не работает',
    'Item not as described',
    'Defective product, junk',
    'Сколько можно ждать ответа, ничего не работает',
    'The stainless steel is not as described',
    'Товар не соответствует описанию, но я его оставлю',
  ])('a generic word is not enough: %s', (text) => {
    expect(codes(text)).toContain('missing_what');
  });
});

describe('when and how', () => {
  it.each([
    '14 марта',
    '12.08',
    'на второй день',
    'через неделю',
    'с первого дня',
    'при распаковке',
    'при вскрытии на почте',
    'измерила рулеткой',
    'проверил программой H2testw',
    'жду уже 40 дней',
    'месяц жду',
    'on March 3',
    'after the first wash',
    'last Sunday',
    'I paid a month ago',
    'the deadline passed on May 15',
  ])('counts: %s', (text) => {
    expect(codes(text)).not.toContain('missing_when');
  });

  it.each(['до сих пор не пришло', 'пришёл с браком', 'Стоит 12.50 $', 'still not here'])(
    'does not count: %s',
    (text) => {
      expect(codes(text)).toContain('missing_when');
    },
  );
});

describe('evidence', () => {
  it.each([
    'Фото прилагаю',
    'есть видео распаковки',
    'скриншот переписки',
    'трек-номер',
    'справка с почты',
    'RB123456789SG',
    'LP00123456789012',
    'Photos attached',
    'tracking shows delivered',
  ])('named in the text: %s', (text) => {
    expect(codes(text)).not.toContain('missing_evidence');
  });

  it.each(['У меня есть доказательства', 'Номер заказа 8190000123456789', 'I have proof'])(
    'vague or an order number: %s',
    (text) => {
      expect(codes(text)).toContain('missing_evidence');
    },
  );

  it('an attached photo is evidence even if the text does not say so', () => {
    expect(codes('Трещина', { attachments: [{ name: 'a.jpg', type: 'image/jpeg', size: 1 }] })).not.toContain(
      'missing_evidence',
    );
  });

  it('a promised photo the form does not have is pointed out', () => {
    const text = 'Фото прилагаю';
    expect(codes(text, { attachments: [] })).toContain('evidence_not_attached');
    expect(codes(text, { attachments: [{ name: 'a.png', type: 'image/png', size: 1 }] })).not.toContain(
      'evidence_not_attached',
    );
    // No list of files means no file; only a caller that could not read the form says so.
    expect(codes(text)).toContain('evidence_not_attached');
    expect(codes(text, { attachmentsUnknown: true })).not.toContain('evidence_not_attached');
  });

  it.each([
    ['Фотографии прикладываю.', true],
    ['Скриншот переписки прилагаю', true],
    ['На фото видно, что экран треснул.', true],
    ['Как видно на видео, мотор не крутится.', true],
    ['Высылаю фото бирки.', true],
    ['I attach photos of the label.', true],
    ['As shown in the photos, the crack runs along the side.', true],
    ['Photos enclosed.', true],
    ['I have uploaded two pictures of the box.', true],
    // The listing's photo, not the buyer's file.
    ['На фото в карточке стекло, а пришёл пластик.', false],
    ['The band is a different colour from the photo.', false],
    ['It looks nothing like the picture on the website.', false],
    ['Фото есть, могу прислать по запросу.', false],
  ])('a promise of files: %s → %s', (text, promised) => {
    expect(codes(text, { attachments: [] }).includes('evidence_not_attached')).toBe(promised);
  });
});
