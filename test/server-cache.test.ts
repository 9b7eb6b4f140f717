import * as assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ExitNotification, ShutdownRequest } from 'vscode-languageserver-protocol/node';
import { EXAMPLES_DIR } from './helpers/fixtures';
import { LspSession } from './helpers/lsp';

const LETTER = join(EXAMPLES_DIR, 'mangelfuld-nedsaettelse-praktisk-hjaelp-sel-83.md');

/** Starts dist/server.js with the cache in `folder`, checks a letter, and stops the server as an editor does. */
async function checkOnce(folder: string): Promise<void> {
  const before = process.env.AFGOERELSESTJEK_CACHE_DIR;
  process.env.AFGOERELSESTJEK_CACHE_DIR = folder;
  const session = new LspSession();
  if (before === undefined) delete process.env.AFGOERELSESTJEK_CACHE_DIR;
  else process.env.AFGOERELSESTJEK_CACHE_DIR = before;
  try {
    await session.initialize();
    const uri = pathToFileURL(LETTER).href;
    session.open(uri, readFileSync(LETTER, 'utf8'));
    const published = await session.diagnostics(uri, 1);
    assert.ok(published.diagnostics.length > 0, 'the server checks the letter');
    const exited = new Promise((resolve) => session.process.once('exit', resolve));
    await session.connection.sendRequest(ShutdownRequest.type);
    await session.connection.sendNotification(ExitNotification.type);
    await exited;
  } finally {
    session.dispose();
  }
}

const cacheFiles = (folder: string): string[] => readdirSync(folder).filter((name) => name.endsWith('.v8cache'));

describe('the language server starts from a V8 code cache (dist/server.js loads dist/serverMain.js)', function () {
  this.timeout(60_000);
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'afgoerelsestjek-cache-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('writes the cache when the server exits, in a folder only the user can read, and uses it the next time', async () => {
    const folder = join(root, 'cache');
    await checkOnce(folder);
    const [name, ...others] = cacheFiles(folder);
    assert.ok(name, 'a cache was written');
    assert.deepEqual(others, []);
    if (process.platform !== 'win32') {
      assert.equal(statSync(folder).mode & 0o777, 0o700);
      assert.equal(statSync(join(folder, name)).mode & 0o777, 0o600);
    }
    const written = statSync(join(folder, name));
    await checkOnce(folder);
    // V8 took the cache: it was not written again (a new cache is a new file, renamed into place).
    assert.equal(statSync(join(folder, name)).ino, written.ino);
  });

  it('replaces a cache V8 refuses, and the server works meanwhile', async () => {
    const folder = join(root, 'cache');
    await checkOnce(folder);
    const [name] = cacheFiles(folder);
    writeFileSync(join(folder, name), 'not a code cache');
    await checkOnce(folder);
    assert.notEqual(readFileSync(join(folder, name), 'utf8'), 'not a code cache');
  });

  it('runs without a cache when the folder cannot be used, is writable by others, or the cache is turned off', async () => {
    const blocked = join(root, 'a-file');
    writeFileSync(blocked, '');
    await checkOnce(blocked);
    await checkOnce('');
    // A relative folder would land in the workspace the editor started the server in.
    await checkOnce('afgoerelsestjek-relative-cache');
    assert.equal(existsSync('afgoerelsestjek-relative-cache'), false);
    if (process.platform !== 'win32') {
      const shared = mkdtempSync(join(root, 'shared-'));
      chmodSync(shared, 0o777);
      await checkOnce(shared);
      assert.deepEqual(cacheFiles(shared), [], 'no cache in a folder others can write to');
    }
  });
});
