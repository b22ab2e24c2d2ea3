import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { FIXTURE_PAGES_DIR } from '../../support/aliexpress-fixtures';

/** Host names the browsers resolve to the loopback server; everything else resolves to nothing. */
export const ALIEXPRESS_HOST = 'www.aliexpress.com';
/** A host the content script does not match: the same page there runs with the extension loaded but idle. */
export const OTHER_HOST = 'shop.example.test';
export const HOST_RESOLVER_RULES = `MAP ${ALIEXPRESS_HOST} 127.0.0.1, MAP ${OTHER_HOST} 127.0.0.1, MAP * ~NOTFOUND`;

export interface FixtureServer {
  port: number;
  close: () => Promise<void>;
}

/**
 * Serves one fixture page for every path, uncached, from 127.0.0.1. A real server (rather than request
 * interception) keeps the browser's own loading path, identical in every arm.
 */
export async function serveFixturePage(file: string): Promise<FixtureServer> {
  const body = await readFile(path.join(FIXTURE_PAGES_DIR, file));
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
