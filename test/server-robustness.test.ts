import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  ErrorCodes,
  ResponseError,
} from 'vscode-languageserver-protocol/node';
import { generateLetter, randomSource } from './helpers/generate';
import { EXAMPLES_DIR, ROOT } from './helpers/fixtures';
import { LspSession, connectTo } from './helpers/lsp';

const DEFECTIVE = join(EXAMPLES_DIR, 'mangelfuld-nedsaettelse-praktisk-hjaelp-sel-83.md');
const NO_NETWORK = join(ROOT, 'test', 'helpers', 'no-network.cjs');

/** The rule ids and ranges a session publishes for a document, for comparing sessions. */
async function findingsOf(session: LspSession, uri: string, version: number): Promise<string[]> {
  const { diagnostics } = await session.diagnostics(uri, version);
  return diagnostics.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}`).sort();
}

describe('language server robustness (dist/server.js)', function () {
  this.timeout(60_000);
  let session: LspSession;
  afterEach(() => session?.dispose());

  it('survives a malformed message, an unknown method and a change to an unopened document', async () => {
    session = new LspSession();
    await session.initialize();
    session.process.stdin!.write('Content-Length: 12\r\n\r\n{not json!!}');
    await assert.rejects(session.connection.sendRequest('afgoerelsestjek/noSuchMethod', {}), (error: unknown) => error instanceof ResponseError && error.code === ErrorCodes.MethodNotFound);
    void session.connection.sendNotification('afgoerelsestjek/noSuchNotification', { x: 1 });
    void session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: 'file:///nowhere/ikke-aabnet.afg.md', version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }],
    });
    const actions = await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: 'file:///nowhere/ikke-aabnet.afg.md' },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [] },
    });
    assert.deepEqual(actions, []);
    const uri = pathToFileURL(DEFECTIVE).toString();
    session.open(uri, readFileSync(DEFECTIVE, 'utf8'));
    assert.ok((await findingsOf(session, uri, 1)).length > 0, 'the server still checks letters');
  });

  it('answers a 5 MB document at once with an information diagnostic, and keeps serving', async () => {
    session = new LspSession();
    await session.initialize();
    let big = '';
    for (let seed = 1; big.length < 5_000_000; seed++) big += generateLetter(randomSource(seed), 40);
    const bigUri = 'file:///tmp/stor.afg.md';
    const started = Date.now();
    session.open(bigUri, big);
    const { diagnostics } = await session.diagnostics(bigUri, 1);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].severity, 3);
    assert.match(diagnostics[0].message, /for stort/);
    assert.ok(Date.now() - started < 5000, `the refusal took ${Date.now() - started} ms`);
    const uri = pathToFileURL(DEFECTIVE).toString();
    session.open(uri, readFileSync(DEFECTIVE, 'utf8'));
    assert.ok((await findingsOf(session, uri, 1)).length > 0);
  });

  it('after the server process is killed, a fresh server serves the same document with the same diagnostics', async () => {
    const uri = pathToFileURL(DEFECTIVE).toString();
    const text = readFileSync(DEFECTIVE, 'utf8');
    session = new LspSession();
    await session.initialize();
    session.open(uri, text);
    const before = await findingsOf(session, uri, 1);
    const exited = new Promise((resolve) => session.process.once('exit', resolve));
    session.process.kill('SIGKILL');
    await exited;
    session.dispose();
    session = new LspSession();
    await session.initialize();
    session.open(uri, text);
    assert.deepEqual(await findingsOf(session, uri, 1), before);
    assert.ok(before.length > 0);
  });

  describe('no network use', () => {
    let folder: string;
    before(() => {
      folder = mkdtempSync(join(tmpdir(), 'afgoerelsestjek-net-'));
    });
    after(() => rmSync(folder, { recursive: true, force: true }));

    it('the guard itself records network use (control)', () => {
      const log = join(folder, 'control.log');
      spawnSync(process.execPath, ['--require', NO_NETWORK, '-e', "try { require('node:http').get('http://127.0.0.1:9') } catch {} try { require('node:net').connect(9, '127.0.0.1') } catch {}"], { env: { ...process.env, NO_NETWORK_LOG: log } });
      assert.deepEqual(readFileSync(log, 'utf8').trim().split('\n'), ['http.get', 'net.connect']);
    });

    it('a whole editing session opens no socket besides stdio', async () => {
      const log = join(folder, 'server.log');
      process.env.NO_NETWORK_LOG = log;
      try {
        session = new LspSession(['--require', NO_NETWORK]);
      } finally {
        delete process.env.NO_NETWORK_LOG;
      }
      await session.initialize({ snippetCommand: 'afgoerelsestjek.insertSnippet' });
      const uri = pathToFileURL(DEFECTIVE).toString();
      const text = readFileSync(DEFECTIVE, 'utf8');
      session.open(uri, text);
      const { diagnostics } = await session.diagnostics(uri, 1);
      await session.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: diagnostics[0].range,
        context: { diagnostics },
      });
      void session.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: `${text}\nVi har lagt vægt på, at du kan.\n` }] });
      await session.diagnostics(uri, 2);
      void session.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
      await session.waitFor((p) => p.uri === uri && p.diagnostics.length === 0 && p.version === undefined);
      assert.ok(!existsSync(log), `the server used the network: ${existsSync(log) ? readFileSync(log, 'utf8') : ''}`);
    });
  });
});

describe('the tests\' own LSP client (test/helpers/lsp.ts)', () => {
  // Regression: CI hung after "488 passing". A server killed while it wrote a message left vscode-jsonrpc's
  // partial-message timer re-arming itself every 10 s after dispose, so mocha's process never exited.
  it('leaves no timer behind when the server dies in the middle of a message', async () => {
    const timers = (): number => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
    // Mocha's own timer for this test is running once the test has awaited something.
    await new Promise<void>((done) => setImmediate(done));
    const before = timers();
    const server = spawn(process.execPath, ['-e', 'process.stdout.write("Content-Length: 100\\r\\n\\r\\n{\\"jsonrpc\\"")']);
    const connection = connectTo(server);
    connection.listen();
    await new Promise<void>((done) => server.stdout!.on('end', done));
    connection.dispose();
    assert.equal(timers(), before);
  });
});
