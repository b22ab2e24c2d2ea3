import preact from '@preact/preset-vite';
import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';
import { API_HOST_PERMISSIONS } from './lib/aliexpress/api-hosts';
import { ALIEXPRESS_MATCH_PATTERNS } from './lib/aliexpress/hosts';

/**
 * The manifest's own strings come from locales/ like every other string (the extension pages' bundle, which pages
 * do not carry): browsers read them from _locales/.
 */
function manifestLocales() {
  return readdirSync('locales/pages')
    .filter((file) => file.endsWith('.json'))
    .map((file) => {
      const strings = JSON.parse(readFileSync(`locales/pages/${file}`, 'utf8')) as Record<string, string>;
      const messages = Object.fromEntries(['extName', 'extDescription'].map((key) => [key, { message: strings[key] }]));
      return {
        relativeDest: `_locales/${file.replace('.json', '')}/messages.json`,
        contents: JSON.stringify(messages),
      };
    });
}

// Extension-wide settings. Content-script matches come from lib/aliexpress/hosts.ts.
export default defineConfig({
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
    // Each one is explained in README's "Permissions" section. The seller-reply watcher: alarms to wake it, the mtop
    // token cookie to sign its request, the AliExpress API hosts it asks (with the buyer's cookies). Notifications
    // are optional, asked for when the buyer turns them on: a warned permission added in an update would disable
    // the extension until accepted. Storage (the browser's sync storage, for sync across the buyer's browsers) is
    // asked for when the buyer turns sync on; Firefox cannot make it optional, and grants it without a word at install.
    permissions: ['alarms', 'cookies', ...(browser === 'firefox' ? ['storage'] : [])],
    host_permissions: API_HOST_PERMISSIONS,
    optional_permissions: ['notifications', ...(browser === 'firefox' ? [] : ['storage'])],
    // The panel is an extension page shown in a frame on AliExpress pages only, and (Chrome) the markup sensors a
    // script the content script imports there (lib/page-side/markup-sensors.ts; Firefox bundles them). On Chrome
    // their addresses change every session (use_dynamic_url), so a page cannot tell from a fixed address that the
    // extension is installed.
    web_accessible_resources: [
      {
        resources: browser === 'firefox' ? ['panel.html'] : ['panel.html', 'markup-sensors.js'],
        matches: ALIEXPRESS_MATCH_PATTERNS,
        ...(browser !== 'firefox' && { use_dynamic_url: true }),
      },
    ],
    // MAIN-world content scripts (the traffic observer) need Chrome 111.
    ...(browser !== 'firefox' && { minimum_chrome_version: '111' }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          // A UUID id, not an e-mail-like one: AMO keeps the first upload's id for good, and it must not name a domain we do not own.
          id: '{4df17792-6965-4cf8-9f69-f9983758a45c}',
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  hooks: {
    // The page-world observer must come right before its isolated bridge: both run at document_start on the same
    // pages, in manifest order, and the bridge takes the channel the observer has just left (observe-traffic.ts).
    'build:manifestGenerated': (_wxt, manifest) => {
      const scripts = manifest.content_scripts ?? [];
      const rank = (script: (typeof scripts)[number]) =>
        script.js?.some((file) => file.endsWith('/observer.js'))
          ? 0
          : script.js?.some((file) => file.endsWith('/observer-bridge.js'))
            ? 1
            : 2;
      manifest.content_scripts = [...scripts].sort((a, b) => rank(a) - rank(b));
    },
    'build:publicAssets': (_wxt, files) => {
      files.push(...manifestLocales());
    },
    // webextension-polyfill for the worker only: its runtime.onMessage listener answers by returning a promise, which
    // Chrome's native API does not take. Content scripts, the markup sensors and the extension pages (panel, popup,
    // options, evidence, dossier) register no listener: they send messages and call APIs that both browsers' native
    // MV3 APIs already return as promises (Chrome 111+, the manifest's minimum), so they skip its 3 KB (gzip).
    'vite:build:extendConfig': (entrypoints, config) => {
      // Preact in a chunk of its own name, so what web-ext lint says of its runtime (the one `innerHTML` it sets,
      // for dangerouslySetInnerHTML, which we never use) is not read as ours. Only the HTML pages' build splits chunks.
      if (entrypoints.some((entrypoint) => entrypoint.inputPath.endsWith('.html'))) {
        const preactChunk = (id: string) => (/[\\/]node_modules[\\/]preact[\\/]/.test(id) ? 'preact' : undefined);
        const output = config.build?.rolldownOptions?.output;
        config.build = {
          ...config.build,
          rolldownOptions: {
            ...config.build?.rolldownOptions,
            output: { ...(Array.isArray(output) ? {} : output), manualChunks: preactChunk },
          },
        };
      }
      if (!entrypoints.some((entrypoint) => entrypoint.type === 'background')) return;
      const polyfill = { find: /^wxt\/browser$/, replacement: '@wxt-dev/webextension-polyfill/browser' };
      const aliases = config.resolve?.alias ?? [];
      config.resolve = {
        ...config.resolve,
        alias: [
          polyfill,
          ...(Array.isArray(aliases)
            ? aliases
            : Object.entries(aliases).map(([find, replacement]) => ({ find, replacement }))),
        ],
      };
    },
  },
  zip: {
    excludeSources: ['reports/**', 'test-results/**', 'demo-screenshots/**', '.output/**'],
  },
});
