import type { ProblemKind } from '../model/problem-kinds';

// "doc" is ../shared/docs/aliexpress-pages-and-disputes.md. No full current reason list is public (doc §2.2, A2):
// each text says where it was seen; a text not here is shown as the page wrote it.
const REASONS: Readonly<Record<ProblemKind, readonly string[]>> = {
  not_received: [
    'Tracked as returned/canceled/lost', // doc A2 (the one current EN label found)
    "Didn't receive the item", // fixture (§2.2 "Not received")
    'Did not receive the item', // the same without the contraction
    'Посылка возвращена продавцу или потеряна', // fixture (.ru form)
    'Заказ не доставлен вовремя', // doc §2.2 (RU guides)
    'Посылка не отправлена в срок', // doc §2.2
    'Трек-номер недействительный и не отслеживается', // doc §2.2
    // doc §2.2 seller-rule taxonomy (the back end's names, as the seller rules write them)
    'Invalid waybill number',
    'Wrong address',
    'Logistics in progress',
    'Customs detention',
    'Package returned',
    // doc §2.2 older form's "not received" reasons (translated from a RU guide: wording assumed)
    'Carrier returned the parcel to the sender',
    'Order still in transit',
    'Parcel held at customs',
    'No tracking information',
    'Delivered to a different address',
  ],
  not_as_described: [
    'Item not as described', // fixture API applyReason.reasonName, fixture form
    'Product not as described', // doc A4 (legacy form)
    'Style not as described', // doc A4
    'Товар не соответствует описанию', // doc §2.2
    'Not matching the description', // doc §2.2 seller-rule taxonomy
    'Quality problems', // doc §2.2 seller-rule taxonomy ("not as agreed")
    'Unsatisfactory quality', // doc §2.2 older form (wording assumed)
  ],
  damaged: [
    'Damaged item', // fixture form
    'Item damaged', // doc §2.2 "damaged goods" (wording assumed)
    'Товар повреждён', // doc §2.2
    'Damaged goods', // doc §2.2 seller-rule taxonomy
  ],
  wrong_item: [
    'Wrong item', // doc §2.2 RU «не тот товар» (wording assumed)
    'Received the wrong item', // the same (wording assumed)
    'Пришёл не тот товар (не та модель, цвет, размер)', // doc §2.2
    'Пришёл не тот товар', // doc §2.2, short form
  ],
  missing_parts: [
    'Missing parts or accessories', // fixture form
    'Quantity less than ordered', // doc §2.2 "quantity less than ordered and paid" (wording assumed)
    'Неполная комплектация', // doc §2.2, fixture (.ru form)
    'Short shipment', // doc §2.2 seller-rule taxonomy
  ],
  not_working: [
    "Item doesn't work", // doc §2.2 "does not work" (wording assumed)
    'Does not work', // doc §2.2
    'Брак / товар в нерабочем состоянии', // doc §2.2
    'Товар в нерабочем состоянии', // doc §2.2, short form
  ],
  counterfeit: [
    'Counterfeit item', // doc §2.2 "fake product" (wording assumed)
    'Fake product', // doc §2.2
    'Подделка', // doc §2.2
    'Fake goods', // doc §2.2 seller-rule taxonomy
  ],
  empty_package: [
    'Empty package', // doc §2.2 "empty parcel delivered" (wording assumed)
    'Empty parcel', // doc §2.2
    'Пустая посылка', // doc §2.2
    'Empty parcel delivered', // doc §2.2 older form (wording assumed)
  ],
  other: [
    'Other', // a form's catch-all (wording assumed)
    'Другое',
    'Changed my mind', // doc §2.2 "buyer's own reasons" (wording assumed)
    'Передумал',
  ],
};

/** Case, spacing, ё, curly apostrophes and a closing full stop do not change a reason. */
export function normaliseReason(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[‘’ʼ`]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/\s*\/\s*/g, '/')
    .replace(/[\s.]+$/, '')
    .trim();
}

const BY_TEXT = new Map(
  Object.entries(REASONS).flatMap(([kind, texts]) =>
    texts.map((text) => [normaliseReason(text), kind as ProblemKind] as const),
  ),
);

/** The problem a dispute reason, as an AliExpress page wrote it (EN or RU), stands for; undefined when unknown. */
export function problemKindOf(reasonText: string | undefined): ProblemKind | undefined {
  return reasonText === undefined ? undefined : BY_TEXT.get(normaliseReason(reasonText));
}
