import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeAction,
  CodeActionRequest,
  CompletionItem,
  CompletionRequest,
  HoverRequest,
  MarkupContent,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EXAMPLES_DIR, fillPlaceholders } from './helpers/fixtures';
import { LspSession } from './helpers/lsp';

const DEFECTIVE = join(EXAMPLES_DIR, 'mangelfuld-nedsaettelse-praktisk-hjaelp-sel-83.md');
const GOOD = join(EXAMPLES_DIR, 'god-afslag-hjaelpemiddel-sel-112.md');

function open(session: LspSession, path: string, text = readFileSync(path, 'utf8')): { uri: string; text: string } {
  const uri = pathToFileURL(path).toString();
  void session.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  return { uri, text };
}

describe('language server over stdio (dist/server.js)', () => {
  let session: LspSession;
  beforeEach(() => {
    session = new LspSession();
  });
  afterEach(() => session.dispose());

  it('publishes Danish diagnostics with code, source and a link to the rule docs', async () => {
    await session.initialize();
    const { uri } = open(session, DEFECTIVE);
    const { diagnostics } = await session.diagnostics(uri, 1);
    assert.deepEqual([...new Set(diagnostics.map((d) => d.code))].sort(), ['hjemmel', 'hovedhensyn', 'klagevejledning', 'kvalitetsstandard']);
    for (const d of diagnostics) {
      assert.equal(d.source, 'afgørelsestjek');
      assert.match(d.codeDescription!.href, new RegExp(`docs/rules/${d.code}\\.md$`));
      assert.match(d.message, /[æøå]/);
    }
  });

  it('stays silent on a good letter and on ordinary Markdown', async () => {
    await session.initialize();
    const good = open(session, GOOD);
    const readme = open(session, join(EXAMPLES_DIR, '..', 'README.md'));
    assert.deepEqual((await session.diagnostics(good.uri, 1)).diagnostics, []);
    assert.deepEqual((await session.diagnostics(readme.uri, 1)).diagnostics, []);
  });

  it('offers a quick fix whose edit, filled in and applied, makes the appeal-guidance diagnostics go away', async () => {
    await session.initialize();
    const { uri, text } = open(session, DEFECTIVE);
    const { diagnostics } = await session.diagnostics(uri, 1);
    const appeal = diagnostics.filter((d) => d.code === 'klagevejledning');
    assert.equal(appeal.length, 2);
    const actions = (await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: appeal[0].range,
      context: { diagnostics: appeal },
    })) as CodeAction[];
    assert.equal(actions.length, 2);
    assert.ok(actions.every((a) => a.kind === 'quickfix.afgoerelsestjek' && a.edit && !a.command));
    let document = TextDocument.create(uri, 'markdown', 1, text);
    for (const action of actions) {
      const edits: TextEdit[] = action.edit!.changes![uri].map((e) => ({ ...e, newText: fillPlaceholders(e.newText) }));
      document = TextDocument.create(uri, 'markdown', 1, TextDocument.applyEdits(document, edits));
    }
    // Both edits were computed against version 1; applying the second to the first's result is safe
    // because they insert at the same place, after everything else in the section.
    void session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: document.getText() }],
    });
    const after = await session.diagnostics(uri, 2);
    assert.deepEqual(after.diagnostics.filter((d) => d.code === 'klagevejledning'), []);
    assert.ok(after.diagnostics.some((d) => d.code === 'hjemmel'), 'other findings remain');
  });

  it('gives VS Code a snippet command with tab stops instead of a plain edit', async () => {
    await session.initialize({ snippetCommand: 'afgoerelsestjek.insertSnippet' });
    const { uri } = open(session, DEFECTIVE);
    const { diagnostics } = await session.diagnostics(uri, 1);
    const hjemmel = diagnostics.find((d) => d.code === 'hjemmel')!;
    const [action] = (await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: hjemmel.range,
      context: { diagnostics: [hjemmel] },
    })) as CodeAction[];
    assert.equal(action.command?.command, 'afgoerelsestjek.insertSnippet');
    const [argUri, version, , snippet] = action.command!.arguments!;
    assert.equal(argUri, uri);
    assert.equal(version, 1);
    assert.match(snippet, /\$\{1\|servicelovens,barnets lovs\|\}/);
  });

  it('applies settings from the client, and re-checks when they change', async () => {
    session.settings = { rules: { hovedhensyn: 'off', kvalitetsstandard: 'error' } };
    await session.initialize();
    const { uri } = open(session, DEFECTIVE);
    const first = (await session.diagnostics(uri, 1)).diagnostics;
    assert.ok(!first.some((d) => d.code === 'hovedhensyn'));
    assert.equal(first.find((d) => d.code === 'kvalitetsstandard')!.severity, 1);

    session.settings = { enable: false };
    void session.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const disabled = await session.waitFor((p) => p.uri === uri && p.diagnostics.length === 0);
    assert.equal(disabled.version, 1);
  });

  it('shows a provision on hover and completes paragraphs after "§"', async () => {
    await session.initialize();
    const { uri, text } = open(session, GOOD);
    await session.diagnostics(uri, 1);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('servicelovens § 112'));
    const character = lines[line].indexOf('§ 112') + 2;
    const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } });
    assert.equal((hover!.contents as MarkupContent).value, 'serviceloven § 112 – hjælpemidler');

    const typed = text.replace('servicelovens § 112, stk. 1', 'barnets lov §');
    void session.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: typed }] });
    const end = typed.split('\n')[line].indexOf('barnets lov §') + 'barnets lov §'.length;
    const items = (await session.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position: { line, character: end },
      context: { triggerKind: 2, triggerCharacter: '§' },
    })) as CompletionItem[];
    const taf = items.find((i) => i.label === '§ 87');
    assert.equal(taf?.detail, 'tabt arbejdsfortjeneste');
    assert.deepEqual((taf!.textEdit as TextEdit).newText, ' 87');
  });
});
