import preact from '@preact/preset-vite';
import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';

/** The manifest's own strings come from locales/ like every other string: browsers read them from _locales/. */
function manifestLocales() {
  return readdirSync('locales')
    .filter((file) => file.endsWith('.json'))
    .map((file) => {
      const strings = JSON.parse(readFileSync(`locales/${file}`, 'utf8')) as Record<string, string>;
      const messages = Object.fromEntries(['extName', 'extDescription'].map((key) => [key, { message: strings[key] }]));
      return {
        relativeDest: `_locales/${file.replace('.json', '')}/messages.json`,
        contents: JSON.stringify(messages),
      };
    });
}

// Extension-wide settings. Content-script matches come from lib/aliexpress/hosts.ts.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // MV3 on Firefox too: the traffic observer runs in the page's MAIN world, which Firefox supports only in MV3.
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'dispute-helper@dispute-helper.invalid',
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...manifestLocales());
    },
  },
  zip: {
    excludeSources: ['reports/**', 'test-results/**', 'demo-screenshots/**', '.output/**'],
  },
});
