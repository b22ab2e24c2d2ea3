import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';

export const EXTENSION_DIR = path.resolve(import.meta.dirname, '../../.output/chrome-mv3');
/** Debian's chromium by default; CHROMIUM_PATH points elsewhere. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LaunchedBrowser {
  context: BrowserContext;
  close: () => Promise<void>;
}

/**
 * Chromium with the built extension, in a fresh profile. The flags keep a root, offline machine quiet:
 * without the background-networking ones Chromium keeps dialling Google's hosts.
 */
/** Flags that keep a test Chromium quiet: no GPU, no QUIC, no first-run, no background or component traffic. */
export const QUIET_CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchWithExtension(options: {
  headless: boolean;
  locale?: string;
  /** Another unpacked build than `.output/chrome-mv3` (e.g. one whose manifest a test changed). */
  extensionDir?: string;
  /**
   * `allowed`: the profile's cookie setting is "Allow third-party cookies", so frames of other sites may use storage
   * and the panel frame keeps the buyer's files itself. `blocked` (this Chromium's default, and any browser set to
   * block third-party cookies): the browser denies the panel frame inside an AliExpress page any storage.
   */
  thirdPartyStorage?: 'allowed' | 'blocked';
}): Promise<LaunchedBrowser> {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'dispute-helper-'));
  if (options.thirdPartyStorage === 'allowed') {
    await mkdir(path.join(userDataDir, 'Default'));
    await writeFile(
      path.join(userDataDir, 'Default', 'Preferences'),
      JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false } }),
    );
  }
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless,
    locale: options.locale ?? 'en-US',
    // Wide enough that the panel fits beside the fixture pages' 1200 px content and opens by itself; the 1280 px
    // case, where it starts as a tab, has its own spec (panel-layout.spec.ts).
    viewport: { width: 1920, height: 1080 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...QUIET_CHROMIUM_ARGS,
      ...(options.locale ? [`--lang=${options.locale}`] : []),
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}
