import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * `--compare sample`: a tiny extension written to a temporary folder, for trying `--compare` without any download.
 * It is a stand-in for the panel's next shape: after the page's load event it adds `<dispute-helper>` with a
 * CLOSED shadow root holding an extension-origin iframe `panel.html`, whose `[data-testid="panel"]` is a static
 * box. No worker, no messages, no permissions. Returns the folder (the caller removes it).
 */
export async function writeSampleExtension(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dispute-helper-bench-sample-'));
  const matches = ['*://*.aliexpress.com/*', '*://*.aliexpress.ru/*', '*://*.aliexpress.us/*'];
  const manifest = {
    manifest_version: 3,
    name: 'Bench sample: a panel frame in a closed shadow root',
    version: '1.0.0',
    content_scripts: [{ matches, js: ['content.js'], run_at: 'document_idle' }],
    web_accessible_resources: [{ resources: ['panel.html'], matches }],
  };
  const content = `(() => {
  const mount = () => {
    const host = document.createElement('dispute-helper');
    const root = host.attachShadow({ mode: 'closed' });
    const frame = document.createElement('iframe');
    frame.src = chrome.runtime.getURL('panel.html');
    frame.style.cssText = 'position:fixed;top:0;right:0;width:360px;height:100vh;border:0;z-index:2147483647';
    root.append(frame);
    document.documentElement.append(host);
  };
  const start = () => requestIdleCallback(mount, { timeout: 500 });
  if (document.readyState === 'complete') start(); else addEventListener('load', start, { once: true });
})();
`;
  const panel = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Sample panel</title>
<body style="margin:0;font:14px sans-serif"><div data-testid="panel" style="padding:16px;background:#0b4f6c;color:#fff">Sample panel</div></body></html>
`;
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  await writeFile(path.join(dir, 'content.js'), content);
  await writeFile(path.join(dir, 'panel.html'), panel);
  return dir;
}
