import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EXAMPLES_DIR, ROOT } from './helpers/fixtures';

const LETTER = join(EXAMPLES_DIR, 'mangelfuld-nedsaettelse-praktisk-hjaelp-sel-83.md');
/** V8 prints this line for every pattern it compiles a second time, to machine code. */
const TIER_UP = /needs tier-up compilation/;
const TRACE = '--trace-regexp-tier-up';

/** A JSON-RPC message as LSP frames it on stdio. */
function frame(message: object): string {
  const body = JSON.stringify({ jsonrpc: '2.0', ...message });
  return `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
}

describe('regular expressions are compiled once, to machine code (server/src/regexpTier.ts)', function () {
  this.timeout(60_000);

  it('V8 traces a second compilation when the flag is not set (the checks below can fail)', () => {
    const run = spawnSync(process.execPath, [TRACE, '-e', 'const r = /a+b/; r.test("xaab"); r.test("xaab");'], { encoding: 'utf8' });
    assert.match(run.stdout, TIER_UP);
  });

  it('the command line compiles no pattern twice', () => {
    const run = spawnSync(process.execPath, [TRACE, join(ROOT, 'dist', 'cli.js'), LETTER], { encoding: 'utf8' });
    assert.match(run.stdout, /\[hjemmel\]/, 'the letter was checked');
    assert.doesNotMatch(run.stdout, TIER_UP);
  });

  it('the language server compiles no pattern twice', async () => {
    const server = spawn(process.execPath, [TRACE, join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    let output = '';
    const published = new Promise<void>((resolve) => {
      server.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
        if (output.includes('textDocument/publishDiagnostics')) resolve();
      });
    });
    const uri = pathToFileURL(LETTER).href;
    server.stdin.write(frame({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } }));
    server.stdin.write(frame({ method: 'initialized', params: {} }));
    server.stdin.write(frame({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(LETTER, 'utf8') } } }));
    try {
      await published;
      assert.doesNotMatch(output, TIER_UP);
    } finally {
      server.kill();
    }
  });
});
