import { browser } from 'wxt/browser';

/** The order's dossier page (print or ZIP), for the panel and the popup to open in a tab of its own. */
export function dossierPageUrl(orderId: string): string {
  return browser.runtime.getURL(`/dossier.html?order=${encodeURIComponent(orderId)}`);
}
