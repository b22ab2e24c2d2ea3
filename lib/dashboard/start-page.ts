import { orderListUrl } from '../aliexpress/page-urls';
import type { Language } from '../i18n';

/**
 * Where the empty dashboard sends a buyer to start: their AliExpress orders, where the panel appears. A guess from
 * the browser's language (Russian readers mostly shop on aliexpress.ru); either site's list leads to the orders.
 */
export function startPageFor(language: Language): string {
  return orderListUrl(language === 'ru' ? 'ru' : 'global');
}
