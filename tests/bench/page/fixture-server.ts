import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { FIXTURE_PAGES_DIR, fixtureFileFor } from '../../support/aliexpress-fixtures';
import { apiResponseBody, fixtureApiFor } from '../../support/fixture-api';

/** Host names the browsers resolve to the loopback server; everything else resolves to nothing. */
export const ALIEXPRESS_HOST = 'www.aliexpress.com';
/** A host the content script does not match: the same page there runs with the extension loaded but idle. */
export const OTHER_HOST = 'shop.example.test';
export const HOST_RESOLVER_RULES = `MAP ${ALIEXPRESS_HOST} 127.0.0.1, MAP ${OTHER_HOST} 127.0.0.1, MAP * ~NOTFOUND`;

export interface FixtureServer {
  port: number;
  /** Chromium flags for every arm: where the hosts live, and that they count as secure (real AliExpress is https). */
  chromiumArgs: string[];
  close: () => Promise<void>;
}

/**
 * Serves the fixture pages by path (the e2e suite's own URL → page table), uncached, from 127.0.0.1, on every host
 * name, over https: the extension runs on https AliExpress pages only. A real server (rather than request
 * interception) keeps the browser's own loading path, identical in every arm. Its certificate is made for the run
 * with openssl and thrown away after; the browsers are told to accept it.
 */
export async function serveFixturePages(): Promise<FixtureServer> {
  const certificate = selfSignedCertificate();
  const server = https.createServer(certificate, (request, response) => {
    const file = fixtureFileFor(new URL(request.url ?? '/', `https://${ALIEXPRESS_HOST}`));
    if (!file) return void response.writeHead(404).end();
    readFile(path.join(FIXTURE_PAGES_DIR, file)).then(
      (body) => {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        response.end(body);
      },
      () => void response.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    chromiumArgs: [`--host-resolver-rules=${HOST_RESOLVER_RULES}`, '--ignore-certificate-errors'],
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'dispute-helper-bench-'));
  try {
    const [key, cert] = [path.join(folder, 'key.pem'), path.join(folder, 'cert.pem')];
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        `/CN=${ALIEXPRESS_HOST}`,
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * The pages' own data requests (https://acs.aliexpress.com mtop calls) answered from the API fixtures, as in the
 * e2e suite, in every arm alike: the observer then copies real-sized responses, as on the live site.
 */
export async function answerDataRequests(context: BrowserContext): Promise<void> {
  await context.route(/^https:\/\/acs\.aliexpress\.com\//, async (route) => {
    const request = route.request();
    const api = fixtureApiFor(new URL(request.url()), request.postData());
    if (!api) return route.abort('blockedbyclient');
    const body = await apiResponseBody(api);
    return route.fulfill({
      status: 200,
      headers: {
        'access-control-allow-origin': (await request.headerValue('origin')) ?? '*',
        'access-control-allow-credentials': 'true',
      },
      contentType: api.callback ? 'application/javascript; charset=utf-8' : 'application/json; charset=utf-8',
      body: api.callback ? `${api.callback}(${body})` : body,
    });
  });
}
