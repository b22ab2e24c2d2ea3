/** Reading an untrusted JSON tree: own properties only, bounded depth and size, no recursion on the stack. */
export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property, never one inherited through `__proto__` or `constructor`. */
export function own(record: unknown, key: string): unknown {
  return isRecord(record) && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** The first own property among `keys` that is present. */
export function ownAny(record: unknown, ...keys: string[]): unknown {
  for (const key of keys) {
    const value = own(record, key);
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
}

export function ownRecord(record: unknown, key: string): JsonRecord | undefined {
  const value = own(record, key);
  return isRecord(value) ? value : undefined;
}

export function ownArray(record: unknown, key: string): unknown[] {
  const value = own(record, key);
  return Array.isArray(value) ? value : [];
}

export function ownString(record: unknown, ...keys: string[]): string | undefined {
  const value = ownAny(record, ...keys);
  return typeof value === 'string' ? value : undefined;
}

/** An AliExpress id as a string: a digit string, or a number small enough to have kept all its digits. */
export function idOf(value: unknown): string | undefined {
  if (typeof value === 'string') return /^\d{6,24}$/.test(value) ? value : undefined;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 100_000) return String(value);
  return undefined;
}

const MAX_DEPTH = 64;
const MAX_NODES = 500_000;

/** Calls `visit` for every object in the tree, parents before children, with the key it sits under. */
export function forEachRecord(root: unknown, visit: (record: JsonRecord, key: string) => void): void {
  const stack: Array<[unknown, string, number]> = [[root, '', 0]];
  let seen = 0;
  while (stack.length > 0 && seen < MAX_NODES) {
    const [value, key, depth] = stack.pop()!;
    seen++;
    if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) continue;
    const children: Array<[unknown, string, number]> = [];
    if (Array.isArray(value)) {
      for (const child of value) children.push([child, key, depth + 1]);
    } else {
      visit(value as JsonRecord, key);
      for (const childKey of Object.keys(value)) children.push([(value as JsonRecord)[childKey], childKey, depth + 1]);
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

/** Every string in the tree (bounded), for searching texts whose place in the tree is not fixed. */
export function stringsIn(root: unknown, limit = 5000): string[] {
  const found: string[] = [];
  forEachRecord(root, (record) => {
    for (const key of Object.keys(record)) {
      const value = record[key];
      if (found.length >= limit) return;
      if (typeof value === 'string') found.push(value);
      else if (Array.isArray(value)) for (const item of value) if (typeof item === 'string') found.push(item);
    }
  });
  return found;
}
