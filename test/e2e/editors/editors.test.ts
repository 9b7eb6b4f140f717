/**
 * Neovim 0.7 and Emacs 28 + eglot attach our language server (node dist/server.js --stdio)
 * headless, through the probes in test/e2e/nvim and test/e2e/emacs, on copies of the example letters.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  APPEAL_FIX_MESSAGE, APPEAL_FIX_TITLE, DEFECTIVE, EXAMPLES, FIX_TITLES, GOOD, REPO, byPosition, expectedFindings, readExample,
} from '../letters';

const SERVER = join(REPO, 'dist', 'server.js');
const E2E = join(REPO, 'test', 'e2e');

interface LspDiagnostic {
  range: { start: { line: number; character: number } };
  code: string;
  message: string;
}

/** Copies both letters into a fresh folder, runs the editor there and returns its JSON report. */
function probe(command: string, args: (letter: string) => string[]): { result: any; folder: string } {
  const folder = mkdtempSync(join(tmpdir(), 'afgoerelsestjek-e2e-'));
  for (const name of [DEFECTIVE, GOOD]) copyFileSync(join(EXAMPLES, name), join(folder, name));
  const out = join(folder, 'result.json');
  try {
    execFileSync(command, args(join(folder, DEFECTIVE)), {
      cwd: folder,
      timeout: 60_000,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, E2E_OUT: out, E2E_SERVER: SERVER, E2E_GOOD: join(folder, GOOD), E2E_FIX_TITLE: APPEAL_FIX_TITLE },
    });
  } catch (error) {
    const report = (() => { try { return readFileSync(out, 'utf8'); } catch { return '(no report)'; } })();
    throw new Error(`${command} failed: ${(error as Error).message}\nreport: ${report}`);
  }
  return { result: JSON.parse(readFileSync(out, 'utf8')), folder };
}

const expected = expectedFindings(readExample(DEFECTIVE)).sort(byPosition);

describe('Neovim 0.7 (headless, vim.lsp over stdio)', function () {
  this.timeout(90_000);
  let result: any;
  let folder: string;
  before(() => ({ result, folder } = probe('nvim', (letter) => ['--headless', '-n', '-i', 'NONE', '-u', join(E2E, 'nvim', 'init.lua'), letter])));
  after(() => folder && rmSync(folder, { recursive: true, force: true }));

  it('receives our diagnostics with the right codes and UTF-16 positions', () => {
    const got = (result.published as LspDiagnostic[]).map((d) => ({ code: d.code, line: d.range.start.line, character: d.range.start.character }));
    assert.deepEqual(got.sort(byPosition), expected.map(({ code, line, character }) => ({ code, line, character })));
  });

  it('stores them at the right byte columns after æ/ø/å', () => {
    const got = (result.stored as { code: string; lnum: number; col: number }[]).map((d) => ({ code: d.code, line: d.lnum, character: d.col }));
    assert.deepEqual(got.sort(byPosition), expected.map(({ code, line, byte }) => ({ code, line, character: byte })));
  });

  it('offers our code actions for each diagnostic', () => {
    for (const entry of result.code_actions as { code: string; titles: string[] }[]) {
      const wanted = entry.code === 'klagevejledning' ? [APPEAL_FIX_MESSAGE.test((entry as any).message) ? APPEAL_FIX_TITLE : FIX_TITLES.klagevejledning[1]] : FIX_TITLES[entry.code];
      for (const title of wanted) assert.ok(entry.titles.includes(title), `${entry.code}: ${entry.titles.join(' | ')}`);
    }
    assert.equal(result.code_actions.length, expected.length);
  });

  it('applies the appeal-guidance fix: the saved letter holds the deadline and its diagnostic is gone', () => {
    assert.equal(result.applied, APPEAL_FIX_TITLE);
    assert.match(readFileSync(join(folder, DEFECTIVE), 'utf8'), /Din klage skal være modtaget af kommunen inden 4 uger/);
    const after = result.after_fix as LspDiagnostic[];
    // The inserted sentence gives the deadline and names the municipality as where to lodge: both diagnostics go.
    assert.equal(after.length, expected.length - 2);
    assert.ok(!after.some((d) => APPEAL_FIX_MESSAGE.test(d.message)), 'the deadline diagnostic is still there');
  });

  it('publishes no diagnostics for the good letter', () => {
    assert.deepEqual(result.good, []);
  });

  it('offers the templates through the language server while typing in a letter, with tab stops only if Neovim takes snippets', () => {
    const template = (result.templates as { label: string; kind: number; text: string }[]).find((item) => item.label === 'klagevejledning');
    assert.ok(template, JSON.stringify(result.templates));
    assert.equal(template.kind, 15, 'a snippet');
    assert.match(template.text, /^## Klagevejledning\n\nHvis du ikke er enig i afgørelsen/);
    assert.equal(template.text.includes('${'), result.snippet_support === true);
  });
});

describe('Emacs 28 + eglot (batch, flymake over stdio)', function () {
  this.timeout(90_000);
  let result: any;
  let folder: string;
  before(() => ({ result, folder } = probe('emacs', (letter) => ['-Q', '--batch', '-l', join(E2E, 'emacs', 'eglot-probe.el'), letter])));
  after(() => folder && rmSync(folder, { recursive: true, force: true }));

  it('shows our diagnostics with the right codes, lines and character columns', () => {
    const got = (result.diagnostics as { code: string; line: number; col: number }[]).map((d) => ({ code: d.code, line: d.line - 1, character: d.col }));
    assert.deepEqual(got.sort(byPosition), expected.map(({ code, line, character }) => ({ code, line, character })));
  });

  it('offers our code actions at each diagnostic', () => {
    // eglot asks for the actions of every diagnostic overlapping the range: both appeal findings share one.
    for (const entry of result.code_actions as { code: string; titles: string[] }[]) {
      for (const title of FIX_TITLES[entry.code]) assert.ok(entry.titles.includes(title), `${entry.code}: ${entry.titles.join(' | ')}`);
    }
    assert.equal(result.code_actions.length, expected.length);
  });

  it('applies the appeal-guidance fix: the saved letter holds the deadline and its diagnostic is gone', () => {
    assert.equal(result.applied, APPEAL_FIX_TITLE);
    assert.match(readFileSync(join(folder, DEFECTIVE), 'utf8'), /Din klage skal være modtaget af kommunen inden 4 uger/);
    const after = result.after_fix as { message: string }[];
    // The inserted sentence gives the deadline and names the municipality as where to lodge: both diagnostics go.
    assert.equal(after.length, expected.length - 2);
    assert.ok(!after.some((d) => APPEAL_FIX_MESSAGE.test(d.message)), 'the deadline diagnostic is still there');
  });

  it('shows no diagnostics for the good letter', () => {
    assert.equal(result.managed, true, 'eglot did not manage the good letter');
    assert.deepEqual(result.good, []);
  });
});

describe('Emacs 28 + eglot: the server watches .afgoerelsestjek.json', function () {
  this.timeout(90_000);

  it('registers a file watcher, and a change to the file checks the open letter again with the new settings', () => {
    const { result, folder } = probe('emacs', (letter) => ['-Q', '--batch', '-l', join(E2E, 'emacs', 'watch-probe.el'), letter]);
    try {
      assert.equal(result.watchers, 1, JSON.stringify(result));
      assert.ok(result.before.length > 0 && !result.before.includes('hjemmel'), `hjemmel off at first: ${result.before}`);
      assert.ok(result.after.includes('hjemmel'), `hjemmel back after the file changed: ${result.after}`);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
