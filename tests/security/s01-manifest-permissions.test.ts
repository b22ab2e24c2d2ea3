import { describe, expect, it } from 'vitest';
import { BUILDS, readManifest } from './support/built-output';

/**
 * S1: the built manifests ask for exactly the allowed permissions, and the extension reaches AliExpress only.
 * Adding a permission is a deliberate change of this list, with its store justification written next to it.
 */
const ALLOWED_PERMISSIONS: string[] = [
  // Wakes the worker for the seller-reply watcher (and reminders): it cannot stay alive between checks.
  'alarms',
  // Reads the `_m_h5_tk` token cookie to sign the replayed mtop request as the page does (the worker has no
  // document.cookie, and the token is nowhere else).
  'cookies',
];
/** The AliExpress API hosts the watcher asks again, with the buyer's session: the mtop gateway and .ru's JSON API. */
const ALLOWED_HOST_PERMISSIONS: string[] = [
  'https://acs.aliexpress.com/*',
  'https://acs.aliexpress.ru/*',
  'https://acs.aliexpress.us/*',
  'https://aliexpress.ru/*',
  'https://m.aliexpress.ru/*',
  'https://www.aliexpress.ru/*',
];
// notifications: asked for only when the buyer turns reminders on in the panel; reminders and seller news.
// storage: asked for only when the buyer turns sync on (options page); the browser's own sync storage carries the
// checklist ticks, typed dates and settings to the buyer's other browsers, never the files. Firefox cannot make it
// optional (its manifest schema lists storage among install permissions only) and grants it without a prompt; sync
// stays off there too until the buyer turns it on.
/** Asked for when the buyer turns a feature on, never at install. */
const ALLOWED_OPTIONAL_PERMISSIONS: string[] = ['notifications', 'storage'];
const STORAGE_REQUIRED_IN = new Set(['firefox']);
// Written out here rather than imported from lib/, so a change there cannot silently widen the allow-list.
// https only: a plain-http page can be rewritten by anyone on the path.
const ALIEXPRESS_MATCHES = ['https://*.aliexpress.com/*', 'https://*.aliexpress.ru/*', 'https://*.aliexpress.us/*'];
/** The page-world observer and its bridge: the order and dispute sections, never login, cart or checkout. */
const OBSERVER_PATHS = [
  '/issue/*',
  '/order*',
  '/p/order*',
  '/p/refund-amount*',
  '/p/refund-dispute*',
  '/p/reverse-pages*',
];
const OBSERVER_MATCHES = ['com', 'ru', 'us'].flatMap((tld) =>
  OBSERVER_PATHS.map((path) => `https://*.aliexpress.${tld}${path}`),
);
/** Every content script, as it must be: which file, which world, when, and where. */
const CONTENT_SCRIPTS = [
  { js: ['content-scripts/observer.js'], world: 'MAIN', run_at: 'document_start', matches: OBSERVER_MATCHES },
  { js: ['content-scripts/observer-bridge.js'], run_at: 'document_start', matches: OBSERVER_MATCHES },
  { js: ['content-scripts/aliexpress.js'], run_at: 'document_idle', matches: ALIEXPRESS_MATCHES },
];

describe.each(BUILDS)('S1: $browser manifest', ({ browser, dir }) => {
  const manifest = readManifest(dir);

  it('permissions, optional permissions and host permissions equal the allow-list', () => {
    const storageRequired = STORAGE_REQUIRED_IN.has(browser);
    const required = storageRequired ? [...ALLOWED_PERMISSIONS, 'storage'] : ALLOWED_PERMISSIONS;
    const optional = ALLOWED_OPTIONAL_PERMISSIONS.filter((permission) => !storageRequired || permission !== 'storage');
    expect([...(manifest.permissions ?? [])].sort()).toEqual(required.sort());
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual(ALLOWED_HOST_PERMISSIONS);
    expect([...(manifest.optional_permissions ?? [])].sort()).toEqual(optional);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
  });

  it('content scripts match AliExpress only', () => {
    expect(manifest.content_scripts?.length).toBeGreaterThan(0);
    for (const script of manifest.content_scripts ?? []) {
      expect(script.matches.length).toBeGreaterThan(0);
      for (const pattern of script.matches)
        expect([...ALIEXPRESS_MATCHES, ...OBSERVER_MATCHES], pattern).toContain(pattern);
    }
  });

  it('content scripts: https only, top frame only, the observer in the page world on order and dispute paths', () => {
    const scripts = (manifest.content_scripts ?? []).map((script) => ({
      ...script,
      matches: [...script.matches].sort(),
    }));
    // In this order: the observer leaves its channel, the bridge (next in the same document_start pass) takes it.
    expect(scripts).toEqual(CONTENT_SCRIPTS.map((script) => ({ ...script, matches: [...script.matches].sort() })));
    for (const script of scripts) {
      expect(script).not.toHaveProperty('all_frames');
      expect(script).not.toHaveProperty('match_about_blank');
      expect(script).not.toHaveProperty('match_origin_as_fallback');
      for (const pattern of script.matches) expect(pattern).toMatch(/^https:\/\//);
    }
  });

  if (browser === 'chrome') {
    it('asks for Chrome 111, the first with page-world content scripts', () => {
      expect(Number(manifest.minimum_chrome_version)).toBeGreaterThanOrEqual(111);
    });
  }

  it('no other site or extension can reach in', () => {
    expect(manifest).not.toHaveProperty('externally_connectable');
    for (const entry of manifest.web_accessible_resources ?? []) {
      for (const pattern of entry.matches ?? ['<missing matches>'])
        expect(ALIEXPRESS_MATCHES, pattern).toContain(pattern);
    }
  });

  if (browser === 'firefox') {
    it('declares that no data is collected', () => {
      expect(manifest).toMatchObject({
        browser_specific_settings: { gecko: { data_collection_permissions: { required: ['none'] } } },
      });
    });
  }
});
