import { safeParseUrl } from './hosts';

/**
 * The hosts AliExpress serves product pictures from (ae01.alicdn.com, ae-pic-a1.aliexpress-media.com, as the order
 * data carries them: tests/fixtures/api, ../shared/fixtures/real). A picture from anywhere else is not kept: the
 * popup loads it, and a page's data must not make the extension fetch from a host of its choosing.
 */
export const ALIEXPRESS_IMAGE_DOMAINS = ['alicdn.com', 'aliexpress-media.com'] as const;

/** The longest picture address kept; real ones are about a hundred characters. */
export const MAX_IMAGE_URL_LENGTH = 1024;

/** True for an https address on an AliExpress image host (the domain itself or a true subdomain of it). */
export function isAliExpressImageUrl(url: string): boolean {
  if (url.length > MAX_IMAGE_URL_LENGTH) return false;
  const parsed = safeParseUrl(url);
  if (!parsed || parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.port) return false;
  const host = parsed.hostname.toLowerCase();
  return ALIEXPRESS_IMAGE_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/**
 * A picture address as the page data writes it, made absolute: pages write `//ae01.alicdn.com/…` as often as
 * `https://…`. Anything that is not an AliExpress image host's https address gives undefined.
 */
export function imageUrlOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  const absolute = trimmed.startsWith('//') ? `https:${trimmed}` : trimmed;
  return isAliExpressImageUrl(absolute) ? absolute : undefined;
}
