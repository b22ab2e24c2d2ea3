import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';

export const PAGES_DIR = path.resolve(import.meta.dirname, '../../../fixtures/pages');

/** A fixture page parsed by happy-dom, scripts not run: what the markup alone offers. */
export function loadPage(file: string, url = 'https://www.aliexpress.com/'): Document {
  return parseHtml(readFileSync(path.isAbsolute(file) ? file : path.join(PAGES_DIR, file), 'utf8'), url);
}

export function parseHtml(html: string, url = 'https://www.aliexpress.com/'): Document {
  const window = new Window({ url });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
