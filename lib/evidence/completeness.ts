import type { EvidenceItem } from './checklists';

export interface EvidenceProgress {
  /** Required items done. */
  done: number;
  /** Required items in the list: the score is done / required. */
  required: number;
  /** Required items not done, in the list's order: what the check names as missing. */
  missing: readonly EvidenceItem[];
}

/**
 * Whether one item is done (required or not: the panel marks both). An item with nothing to attach is done when
 * ticked; an item that takes files is done only with a file, and a tick on it is ignored: "I have the photo somewhere"
 * is nothing AliExpress can see, and the score is meant to say what is ready to upload. A count that is not a
 * positive number counts as no file.
 */
export function isItemDone(
  item: EvidenceItem,
  filesPerItem: Readonly<Record<string, number>>,
  ticked: readonly string[],
): boolean {
  if (item.accepts.length === 0) return ticked.includes(item.id);
  const files = Object.hasOwn(filesPerItem, item.id) ? filesPerItem[item.id] : undefined;
  return typeof files === 'number' && files >= 1;
}

/** The order's evidence score: required items done out of all required, and which required ones are missing. */
export function evidenceProgress(
  items: readonly EvidenceItem[],
  filesPerItem: Readonly<Record<string, number>>,
  ticked: readonly string[],
): EvidenceProgress {
  const required = items.filter((item) => item.required);
  const missing = required.filter((item) => !isItemDone(item, filesPerItem, ticked));
  return { done: required.length - missing.length, required: required.length, missing };
}
