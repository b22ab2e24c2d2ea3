import { isAliExpressImageUrl } from '../model/picture-url';

/**
 * A picture address as the page data writes it, made absolute: pages write `//ae01.alicdn.com/…` as often as
 * `https://…`. Anything that is not an https address on an AliExpress image host (lib/model/picture-url.ts) gives
 * undefined.
 */
export function imageUrlOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  const absolute = trimmed.startsWith('//') ? `https:${trimmed}` : trimmed;
  return isAliExpressImageUrl(absolute) ? absolute : undefined;
}
