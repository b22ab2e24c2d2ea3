import { describe, expect, it } from 'vitest';
import { BUILDS, readManifest } from './support/built-output';

/**
 * S1: the built manifests ask for exactly the allowed permissions, and the extension reaches AliExpress only.
 * Adding a permission is a deliberate change of this list, with its store justification written next to it.
 */
const ALLOWED_PERMISSIONS: string[] = [];
const ALLOWED_HOST_PERMISSIONS: string[] = [];
// Written out here rather than imported from lib/, so a change there cannot silently widen the allow-list.
const ALIEXPRESS_MATCHES = ['*://*.aliexpress.com/*', '*://*.aliexpress.ru/*', '*://*.aliexpress.us/*'];

describe.each(BUILDS)('S1: $browser manifest', ({ browser, dir }) => {
  const manifest = readManifest(dir);

  it('permissions and host permissions equal the allow-list; nothing optional', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual(ALLOWED_PERMISSIONS);
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual(ALLOWED_HOST_PERMISSIONS);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
  });

  it('content scripts match AliExpress only', () => {
    expect(manifest.content_scripts?.length).toBeGreaterThan(0);
    for (const script of manifest.content_scripts ?? []) {
      expect(script.matches.length).toBeGreaterThan(0);
      for (const pattern of script.matches) expect(ALIEXPRESS_MATCHES, pattern).toContain(pattern);
    }
  });

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
