import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DidChangeTextDocumentNotification,
  DocumentSymbol,
  DocumentSymbolRequest,
  HoverRequest,
  MarkupContent,
  PublishDiagnosticsParams,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex, checkDocument } from '../server/src/core';
import { EXAMPLES_DIR } from './helpers/fixtures';
import { LspSession } from './helpers/lsp';

const DEFECTIVE = join(EXAMPLES_DIR, 'mangelfuld-nedsaettelse-praktisk-hjaelp-sel-83.md');
/** Typed key by key after the first paragraph; only the last key completes a «placeholder». */
const TYPED = ' Kontakt «sagsbehandlerens navn»';
const AFTER = 'Vi har genvurderet din hjælp til rengøring.';

/** What the core finds in `text`, as the diagnostics the server should publish for it. */
function expectedDiagnostics(text: string, uri: string): string[] {
  const lines = new LineIndex(text);
  const { findings } = checkDocument(text, { fileName: new URL(uri).pathname });
  return findings.map((f) => {
    const start = lines.positionAt(f.range.start);
    const end = lines.positionAt(f.range.end);
    return `${f.ruleId} ${start.line}:${start.character}-${end.line}:${end.character}`;
  });
}

function published(params: PublishDiagnosticsParams): string[] {
  return params.diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`);
}

/** One JSON-RPC message framed as on the wire. */
function frame(message: unknown): string {
  const body = JSON.stringify({ jsonrpc: '2.0', ...(message as object) });
  return `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
}

/** Single-character insertions of TYPED at `at`, one didChange per key, versions from 2 on. */
function keystrokes(uri: string, text: string, at: number): { changes: Array<{ version: number; change: TextDocumentContentChangeEvent }>; final: string } {
  let document = TextDocument.create(uri, 'markdown', 1, text);
  const changes = [];
  for (const [i, ch] of [...TYPED].entries()) {
    const position = document.positionAt(at + i);
    const change = { range: { start: position, end: position }, text: ch };
    document = TextDocument.update(document, [change], i + 2);
    changes.push({ version: i + 2, change });
  }
  return { changes, final: document.getText() };
}

/** Opens the defective example, waits for its first diagnostics and returns the keystrokes to type into it. */
async function openForTyping(session: LspSession): Promise<{ uri: string } & ReturnType<typeof keystrokes>> {
  await session.initialize();
  const uri = pathToFileURL(DEFECTIVE).toString();
  const text = readFileSync(DEFECTIVE, 'utf8');
  session.open(uri, text);
  await session.diagnostics(uri, 1);
  return { uri, ...keystrokes(uri, text, text.indexOf(AFTER) + AFTER.length) };
}

describe('language server: bursts of changes and documents it no longer keeps parsed', () => {
  let session: LspSession;
  beforeEach(() => {
    session = new LspSession();
  });
  afterEach(() => session.dispose());

  it('checks only the newest version of changes that arrive together, and its diagnostics are those of the final text', async () => {
    const { uri, changes, final } = await openForTyping(session);
    const last = changes[changes.length - 1].version;

    // One write: the server reads every keystroke at once, as when keys arrive while it checks.
    const burst = changes.map(({ version, change }) => frame({ method: DidChangeTextDocumentNotification.method, params: { textDocument: { uri, version }, contentChanges: [change] } }));
    session.process.stdin!.write(burst.join(''));
    const after = await session.diagnostics(uri, last);

    const versions = session.published.filter((p) => p.uri === uri).map((p) => p.version);
    assert.deepEqual(versions, [1, last], 'the intermediate versions are not checked');
    assert.deepEqual(published(after), expectedDiagnostics(final, uri));
    assert.ok(after.diagnostics.some((d) => d.code === 'pladsholder'), 'the last key completed the placeholder');
  });

  it('never publishes an older version after a newer one while keys arrive one by one', async () => {
    const { uri, changes, final } = await openForTyping(session);
    for (const [i, { version, change }] of changes.entries()) {
      void session.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
      // Now and then wait for a result, so that checks and changes interleave.
      if (i % 7 === 3) await session.diagnostics(uri, version);
    }
    const last = changes[changes.length - 1].version;
    const after = await session.diagnostics(uri, last);

    const versions = session.published.filter((p) => p.uri === uri).map((p) => p.version!);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), 'versions only go up');
    assert.equal(new Set(versions).size, versions.length, 'no version twice');
    assert.equal(versions[versions.length - 1], last);
    assert.deepEqual(published(after), expectedDiagnostics(final, uri));
  });

  it('checks a document whose parse it no longer keeps correctly on its next edit, and still gives its outline and hover', async () => {
    await session.initialize();
    const uri = pathToFileURL(DEFECTIVE).toString();
    const text = readFileSync(DEFECTIVE, 'utf8');
    session.open(uri, text);
    await session.diagnostics(uri, 1);
    // More letters than the server keeps parsed, opened and checked after the first one.
    const others = readdirSync(EXAMPLES_DIR).filter((name) => name.endsWith('.md'));
    const copies = [...others, ...others].map((name, i) => ({ uri: pathToFileURL(join(EXAMPLES_DIR, `kopi-${i}-${name}`)).toString(), text: readFileSync(join(EXAMPLES_DIR, name), 'utf8') }));
    for (const copy of copies) {
      session.open(copy.uri, copy.text);
    }
    for (const copy of copies) await session.diagnostics(copy.uri, 1);

    const { changes, final } = keystrokes(uri, text, text.indexOf(AFTER) + AFTER.length);
    // The whole typed text as one incremental change.
    const start = changes[0].change as { range: { start: { line: number; character: number } } };
    void session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: start.range.start, end: start.range.start }, text: TYPED }],
    });
    const after = await session.diagnostics(uri, 2);
    assert.deepEqual(published(after), expectedDiagnostics(final, uri));
    assert.ok(after.diagnostics.some((d) => d.code === 'pladsholder'));

    // The other copies have left the cache in turn; the outline and hover of one of them come from a new parse.
    const first = copies[0];
    const symbols = (await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: first.uri } })) as DocumentSymbol[];
    assert.ok(symbols.length > 0, 'an outline');
    const law = first.text.search(/§ ?\d/);
    assert.ok(law > 0, 'the letter cites a provision');
    const position = TextDocument.create(first.uri, 'markdown', 1, first.text).positionAt(law + 2);
    const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: first.uri }, position });
    assert.ok(hover && (hover.contents as MarkupContent).value.length > 0, 'a hover on the provision');
  });
});
