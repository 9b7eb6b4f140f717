/**
 * VS Code for the web, for real: code-server 4.100.3's web-worker extension host runs the
 * extension's "browser" entry, whose language server runs in a Web Worker and reads the letter's
 * folder through the client. The extension is installed into the browser with "Developer: Install
 * Extension from Location…" from a URL on code-server's own origin (its /proxy/<port>/ route; the
 * workbench's CSP allows no other http origin). Installed on the code-server side instead, a web
 * extension may not start Workers ("Creating workers from remote extensions is currently not
 * supported"): see docs/WEB.md. No Node language server exists in this test: nothing is installed
 * on the server side.
 */
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { checkDocument } from '../../../server/src/core';
import { CodeServer, launchChromium, startCodeServer, writeUserSettings } from '../lib/code-server';
import { DEFECTIVE, EXAMPLES, REPO } from '../letters';

const SHOTS = join(REPO, 'test-results', 'e2e-web');
/** What a web extension needs of the repository: the manifest, the web bundles and the contributed files. */
const WEB_EXTENSION_FILES = /^(package\.json|package\.nls\.json|dist\/browser\/(client|server)\.js|snippets\/[\w.-]+|syntaxes\/[\w.-]+|schemas\/[\w.-]+)$/;

describe('VS Code for the web (code-server web-worker extension host, server in a Web Worker)', function () {
  this.timeout(180_000);
  let scratch: string;
  let workspace: string;
  let files: Server;
  const served: string[] = [];
  let server: CodeServer | undefined;
  let context: BrowserContext | undefined;
  let page: Page;

  before(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'afgtjek-web-'));
    workspace = join(scratch, 'ws');
    mkdirSync(join(workspace, 'afgoerelser'), { recursive: true });
    copyFileSync(join(EXAMPLES, DEFECTIVE), join(workspace, 'afgoerelser', 'brev.md'));
    files = createServer((request, response) => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname).replace(/^\/+/, '');
      const file = join(REPO, path);
      if (!WEB_EXTENSION_FILES.test(path) || !existsSync(file)) return void response.writeHead(404).end();
      served.push(path);
      response.writeHead(200, { 'content-type': path.endsWith('.js') ? 'text/javascript' : 'application/json' }).end(readFileSync(file));
    });
    await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
    const user = join(scratch, 'user');
    writeUserSettings(user);
    server = await startCodeServer(user, join(scratch, 'extensions'));
    context = await launchChromium(join(scratch, 'chromium'));
    page = await context.newPage();
    await page.goto(`http://${server.authority}/?folder=${encodeURIComponent(workspace)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  });

  after(async () => {
    await context?.close();
    server?.stop();
    files?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  /** Runs "Developer: Install Extension from Location…" with `location`, waiting for each step of the palette. */
  async function installFromLocation(location: string): Promise<void> {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    const palette = page.locator('.quick-input-widget');
    await palette.waitFor({ state: 'visible', timeout: 20_000 });
    await page.keyboard.type('Install Web Extension from Location');
    await palette.locator('.monaco-list-row', { hasText: 'from Location' }).first().click({ timeout: 20_000 });
    // The command list gives way to the prompt for the location.
    await palette.locator('.monaco-list-row').first().waitFor({ state: 'hidden', timeout: 20_000 });
    await page.keyboard.type(location);
    await page.keyboard.press('Enter');
  }

  it('installs from a location, starts the server in a Web Worker and lists its Danish diagnostics in Problems', async () => {
    // Commands typed before the workbench has restored its views can be lost.
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
    const location = `http://${server!.authority}/proxy/${(files.address() as AddressInfo).port}/`;
    for (let attempt = 1; !served.includes('package.json'); attempt++) {
      assert.ok(attempt <= 3, 'the workbench never fetched the extension');
      await installFromLocation(location);
      for (let waited = 0; !served.includes('package.json') && waited < 30_000; waited += 200) await page.waitForTimeout(200);
    }

    // Open the letter from the Explorer (Quick Open's file search is slow to come up in code-server).
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'afgoerelser' }).first().click();
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'brev.md' }).first().dblclick();
    await page.keyboard.press('Control+Shift+M');
    const expected = checkDocument(readFileSync(join(EXAMPLES, DEFECTIVE), 'utf8'), { fileName: '/afgoerelser/brev.md' }).findings.map((f) => f.ruleId);
    assert.ok(expected.length > 0);
    const rows = page.locator('.markers-panel .monaco-list-row');
    // A row shows the message, then the source and the rule id (as a link: on lines of their own in innerText).
    const shows = (id: string): boolean => new RegExp(`afgørelsestjek\\s*\\(?${id}\\)?\\s`).test(listed);
    let listed = '';
    for (let waited = 0; ![...new Set(expected)].every(shows); waited += 500) {
      if (waited > 90_000) {
        mkdirSync(SHOTS, { recursive: true });
        await page.screenshot({ path: join(SHOTS, 'problems.png') });
        assert.fail(`Problems never listed ${[...new Set(expected)].join(', ')} (screenshot in ${SHOTS}):\n${listed}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
      listed = (await rows.allInnerTexts()).join('\n');
    }
    assert.match(listed, /Afgørelsen henviser ikke til de retsregler/);
    assert.ok(served.includes('dist/browser/client.js') && served.includes('dist/browser/server.js'), `served: ${served.join(', ')}`);
  });
});
