/**
 * The hosts AliExpress serves product pictures from (ae01.alicdn.com, ae-pic-a1.aliexpress-media.com, as the order
 * data carries them: tests/fixtures/api, ../shared/fixtures/real). A picture from anywhere else is not kept: the
 * popup loads it, and a page's data must not make the extension fetch from a host of its choosing. Here, with the
 * record shapes, because an order item's schema accepts nothing else (lib/aliexpress/image-hosts.ts reads them).
 */
export const ALIEXPRESS_IMAGE_DOMAINS = ['alicdn.com', 'aliexpress-media.com'] as const;

/** The longest picture address kept; real ones are about a hundred characters. */
export const MAX_IMAGE_URL_LENGTH = 1024;

/** True for an https address on an AliExpress image host (the domain itself or a true subdomain of it). */
export function isAliExpressImageUrl(url: string): boolean {
  if (url.length > MAX_IMAGE_URL_LENGTH) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.port) return false;
  const host = parsed.hostname.toLowerCase();
  return ALIEXPRESS_IMAGE_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}
