/**
 * The web build (package.json "browser") in headless Chromium: dist/browser/server.js runs in a
 * real Web Worker and speaks LSP with a test page that plays VS Code for the web's client. Why not
 * code-server's web-worker extension host: see docs/WEB.md.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { createServer, Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { LineIndex, checkDocument } from '../../../server/src/core';
import { launchChromium } from '../lib/code-server';
import { DEFECTIVE, EXAMPLES, REPO } from '../letters';

/** The page's `window.lsp` (page.ts). */
interface Lsp {
  start(files: Record<string, string>, settings: unknown): Promise<{ capabilities: Record<string, unknown> }>;
  open(uri: string, text: string): Promise<{ diagnostics: Array<{ code: string; range: { start: { line: number; character: number } }; codeDescription?: { href: string } }> }>;
  request(method: string, params: unknown): Promise<unknown>;
  diagnostics(uri: string): Promise<{ diagnostics: Array<{ code: string }> }>;
  reads(): string[];
}

const PAGE = '<!doctype html><meta charset="utf-8"><title>Afgørelsestjek web worker</title><script src="/page.js"></script>';
const ROUTES: Record<string, () => { type: string; body: string | Buffer }> = {
  '/': () => ({ type: 'text/html', body: PAGE }),
  '/page.js': () => ({ type: 'text/javascript', body: readFileSync(join(REPO, 'out', 'e2e', 'browser', 'page.js')) }),
  '/server.js': () => ({ type: 'text/javascript', body: readFileSync(join(REPO, 'dist', 'browser', 'server.js')) }),
};

const LETTER = 'vscode-test-web://mount/arbejde/afgoerelser/brev.md';
const SETTINGS_FILE = 'vscode-test-web://mount/arbejde/.afgoerelsestjek.json';

/** What the core finds in a text, as "rule line:character" of each finding's start. */
function coreStarts(text: string, fileName: string): string[] {
  const lines = new LineIndex(text);
  return checkDocument(text, { fileName }).findings.map((f) => {
    const start = lines.positionAt(f.range.start);
    return `${f.ruleId} ${start.line}:${start.character}`;
  });
}

describe('web build in Chromium (dist/browser/server.js in a Web Worker)', function () {
  this.timeout(60_000);
  let http: Server;
  let origin: string;
  let profile: string;
  let context: BrowserContext;
  let page: Page;
  const letter = readFileSync(join(EXAMPLES, DEFECTIVE), 'utf8');

  before(async () => {
    http = createServer((request, response) => {
      const route = ROUTES[new URL(request.url ?? '/', 'http://localhost').pathname];
      if (!route) return void response.writeHead(404).end();
      const { type, body } = route();
      response.writeHead(200, { 'content-type': type }).end(body);
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    profile = mkdtempSync(join(tmpdir(), 'afgtjek-web-'));
    context = await launchChromium(profile);
  });

  beforeEach(async () => {
    page = await context.newPage();
    await page.goto(origin);
  });
  afterEach(() => page.close());

  after(async () => {
    await context?.close();
    http?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('publishes what the core finds, with code actions and links to the rules\' docs', async () => {
    const capabilities = await page.evaluate(() => (globalThis as unknown as { lsp: Lsp }).lsp.start({}, {}));
    assert.ok(capabilities.capabilities.codeActionProvider);
    const { diagnostics } = await page.evaluate(([uri, text]) => (globalThis as unknown as { lsp: Lsp }).lsp.open(uri, text), [LETTER, letter]);
    assert.deepEqual(diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}`), coreStarts(letter, '/arbejde/afgoerelser/brev.md'));
    assert.equal(diagnostics[0].codeDescription?.href, `https://extension.test/docs/rules/${diagnostics[0].code}.md`);
    const actions = await page.evaluate((uri) => (globalThis as unknown as { lsp: Lsp }).lsp.request('textDocument/codeAction', {
      textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] },
    }), LETTER) as Array<{ kind: string }>;
    // Every fix of this letter inserts a section to fill in: fix all (only no-input fixes) offers nothing.
    assert.deepEqual(actions.map((a) => a.kind), []);
  });

  it('reads .afgoerelsestjek.json through the client and applies it', async () => {
    const files = { [SETTINGS_FILE]: JSON.stringify({ rules: { hjemmel: 'off' } }) };
    await page.evaluate((f) => (globalThis as unknown as { lsp: Lsp }).lsp.start(f, {}), files);
    const { diagnostics } = await page.evaluate(([uri, text]) => (globalThis as unknown as { lsp: Lsp }).lsp.open(uri, text), [LETTER, letter]);
    assert.ok(diagnostics.length > 0);
    assert.ok(!diagnostics.some((d) => d.code === 'hjemmel'), 'hjemmel is off in the settings file');
    const reads = await page.evaluate(() => (globalThis as unknown as { lsp: Lsp }).lsp.reads());
    assert.deepEqual(reads, ['vscode-test-web://mount/arbejde/afgoerelser/.afgoerelsestjek.json', SETTINGS_FILE]);
  });

  it('checks every letter with the files read through the client', async () => {
    const other = 'vscode-test-web://mount/arbejde/afgoerelser/andet.md';
    await page.evaluate((f) => (globalThis as unknown as { lsp: Lsp }).lsp.start(f, {}), { [other]: letter });
    const result = await page.evaluate((uri) => (globalThis as unknown as { lsp: Lsp }).lsp.request('afgoerelsestjek/checkFiles', { uris: [uri, 'vscode-test-web://mount/mangler.md'] }), other) as { letters: number; findings: number };
    assert.deepEqual(result, { letters: 1, findings: coreStarts(letter, '/arbejde/afgoerelser/andet.md').length });
    assert.ok(result.findings > 0);
    const published = await page.evaluate((uri) => (globalThis as unknown as { lsp: Lsp }).lsp.diagnostics(uri), other);
    assert.equal(published.diagnostics.length, result.findings);
  });
});
