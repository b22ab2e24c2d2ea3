import { describe, expect, it } from 'vitest';
import { BUILDS, readCodeFiles, readManifest } from './support/built-output';

/** S2: the output runs only the code it ships: no string evaluation, no remote scripts, default CSP. */
const REMOTE_CODE = [
  { name: 'eval()', pattern: /(?<![\w$.])eval\s*\(/ },
  { name: 'Function constructor', pattern: /(?<![\w$.])(?:new\s+)?Function\s*\(/ },
  { name: 'Function constructor alias', pattern: /[=,(:]\s*Function\s*[;,)}]/ },
  { name: 'remote importScripts', pattern: /importScripts\s*\([^)]*['"`](?:https?:)?\/\//i },
  { name: 'remote import()', pattern: /import\s*\(\s*['"`](?:https?:)?\/\//i },
  { name: 'remote <script src>', pattern: /<script[^>]*\ssrc\s*=\s*['"]?(?:https?:)?\/\//i },
];

function remoteCodeIn(text: string): string[] {
  return REMOTE_CODE.filter(({ pattern }) => pattern.test(text)).map(({ name }) => name);
}

describe('S2: the detectors', () => {
  it.each([
    ['eval("1")', 'eval()'],
    ['x=new Function("return 1")', 'Function constructor'],
    ['let F=Function;new F("")', 'Function constructor alias'],
    ['importScripts("https://cdn.example/x.js")', 'remote importScripts'],
    ['import("//cdn.example/x.js")', 'remote import()'],
    ['<script type="module" src="https://cdn.example/x.js"></script>', 'remote <script src>'],
  ])('find %s', (code, name) => {
    expect(remoteCodeIn(code)).toContain(name);
  });

  it('ignore lookalikes: a property named eval, Function.call, a local script', () => {
    expect(remoteCodeIn('x={eval:{minArgs:1}};y.eval(1);Function.call.bind(a)<script src="./main.js">')).toEqual([]);
  });
});

describe.each(BUILDS)('S2: $browser build', ({ dir }) => {
  it('has no remote or evaluated code in any file', () => {
    const found = readCodeFiles(dir).flatMap(({ file, text }) => remoteCodeIn(text).map((name) => `${file}: ${name}`));
    expect(found).toEqual([]);
  });

  it('leaves the content security policy at its default and has no sandbox pages', () => {
    const manifest = readManifest(dir);
    expect(manifest).not.toHaveProperty('content_security_policy');
    expect(manifest).not.toHaveProperty('sandbox');
  });
});
