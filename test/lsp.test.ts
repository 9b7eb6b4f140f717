import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeAction,
  CodeActionRequest,
  CompletionList,
  CompletionRequest,
  HoverRequest,
  MarkupContent,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DocumentSymbol,
  DocumentSymbolRequest,
  TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDocument, missingTextEdits } from '../server/src/core';
import { EXAMPLES_DIR, FIXTURE_DIR, fillPlaceholders } from './helpers/fixtures';
import { LspSession } from './helpers/lsp';
import { editsFor } from './helpers/workspaceEdit';

const DEFECTIVE = join(EXAMPLES_DIR, 'mangelfuld-nedsaettelse-praktisk-hjaelp-sel-83.md');
const GOOD = join(EXAMPLES_DIR, 'god-afslag-hjaelpemiddel-sel-112.md');
const OUTDATED_APPEAL_BODY = join(FIXTURE_DIR, 'klageinstans-foraeldet-det-sociale-naevn.md');

function open(session: LspSession, path: string, text = readFileSync(path, 'utf8')): { uri: string; text: string } {
  const uri = pathToFileURL(path).toString();
  session.open(uri, text);
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
    const offered = (await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: appeal[0].range,
      context: { diagnostics: appeal, only: ['quickfix'] },
    })) as CodeAction[];
    // The two fixes, then one "ignore here" for the rule.
    const actions = offered.filter((a) => a.isPreferred);
    assert.equal(actions.length, 2);
    assert.deepEqual(offered.filter((a) => !a.isPreferred).map((a) => a.title), [`Indsæt manglende afsnit (${missingTextEdits(checkDocument(text).findings).length} steder)`, 'Ignorer »klagevejledning« her']);
    assert.ok(actions.every((a) => a.kind === 'quickfix.afgoerelsestjek' && a.edit && !a.command));
    let document = TextDocument.create(uri, 'markdown', 1, text);
    for (const action of actions) {
      const edits: TextEdit[] = editsFor(action.edit, uri, 1).map((e) => ({ ...e, newText: fillPlaceholders(e.newText) }));
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
      context: { diagnostics: [hjemmel], only: ['quickfix'] },
    })) as CodeAction[];
    assert.equal(action.command?.command, 'afgoerelsestjek.insertSnippet');
    const [argUri, version, [{ snippet }]] = action.command!.arguments!;
    assert.equal(argUri, uri);
    assert.equal(version, 1);
    assert.match(snippet, /\$\{1:servicelovens\}/);
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
    const items = ((await session.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position: { line, character: end },
      context: { triggerKind: 2, triggerCharacter: '§' },
    })) as CompletionList).items;
    const taf = items.find((i) => i.label === '§ 87');
    assert.equal(taf?.detail, 'tabt arbejdsfortjeneste');
    assert.deepEqual((taf!.textEdit as TextEdit).newText, ' 87');
  });

  it('completion never changes a typed paragraph number: what was typed comes first, chosen, and accepting it changes nothing', async () => {
    await session.initialize();
    const { uri, text } = open(session, GOOD);
    await session.diagnostics(uri, 1);
    let version = 1;
    for (const typedNumber of ['10', '9', '']) {
      const typing = `servicelovens § ${typedNumber}`;
      const changed = text.replace('servicelovens § 112, stk. 1', typing);
      void session.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: ++version }, contentChanges: [{ text: changed }] });
      const line = changed.split('\n').findIndex((l) => l.includes(typing));
      const character = changed.split('\n')[line].indexOf(typing) + typing.length;
      const list = (await session.connection.sendRequest(CompletionRequest.type, {
        textDocument: { uri }, position: { line, character }, context: { triggerKind: 2, triggerCharacter: ' ' },
      })) as CompletionList;
      assert.equal(list.isIncomplete, true, 'asked again on each keystroke, so the first item is always what was typed');
      const items = list.items;
      assert.ok(items.length > 1, typedNumber);
      const [first, ...others] = items;
      assert.equal(first.preselect, true);
      assert.equal(first.sortText, '0');
      const edit = first.textEdit as TextEdit;
      assert.equal(edit.newText, typedNumber, 'the first item inserts exactly what was typed');
      assert.equal(edit.range.end.character - edit.range.start.character, typedNumber.length);
      assert.equal(first.filterText, typedNumber);
      for (const item of items) {
        assert.equal(item.commitCharacters, undefined, 'no character but Enter or Tab commits');
        assert.ok(item.labelDetails?.description, `${item.label} has no title in its row`);
        assert.deepEqual((item.textEdit as TextEdit).range, edit.range);
      }
      assert.ok(others.every((item) => (item.sortText ?? '') > '0'));
    }
  });
});

describe('language server: editor comfort', () => {
  let session: LspSession;
  beforeEach(() => {
    session = new LspSession();
  });
  afterEach(() => session.dispose());

  const fixAllRequest = (uri: string) => session.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: ['source.fixAll'] },
  }) as Promise<CodeAction[]>;

  it('offers source.fixAll.afgoerelsestjek only for fixes that need no input; applied, the findings only go down', async () => {
    await session.initialize({ snippetCommand: 'afgoerelsestjek.insertSnippet' });
    const good = open(session, GOOD);
    await session.diagnostics(good.uri, 1);
    assert.deepEqual(await fixAllRequest(good.uri), []);
    // Every fix of the defective letter inserts a section with placeholders: fix all leaves them to the user.
    const defective = open(session, DEFECTIVE);
    assert.ok((await session.diagnostics(defective.uri, 1)).diagnostics.length > 0);
    assert.deepEqual(await fixAllRequest(defective.uri), []);

    const { uri, text } = open(session, OUTDATED_APPEAL_BODY);
    const before = await session.diagnostics(uri, 1);
    const actions = await fixAllRequest(uri);
    assert.deepEqual(actions.map((a) => a.kind), ['source.fixAll.afgoerelsestjek']);
    assert.ok(!actions[0].command, 'plain edits, applicable on save');
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), editsFor(actions[0].edit, uri, 1));
    assert.ok(!fixed.includes('«'), 'no placeholder inserted');
    assert.match(fixed, /sender vi din klage videre til Ankestyrelsen/);
    void session.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
    const after = await session.diagnostics(uri, 2);
    assert.ok(after.diagnostics.length < before.diagnostics.length);
    assert.ok(!after.diagnostics.some((d) => d.code === 'klageinstans-foraeldet'));
    assert.deepEqual(await fixAllRequest(uri), [], 'nothing left to fix');
  });

  it('gives the letter\'s sections as document symbols', async () => {
    await session.initialize();
    const { uri } = open(session, GOOD);
    await session.diagnostics(uri, 1);
    const symbols = (await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.equal(symbols.length, 1);
    assert.deepEqual(symbols[0].children!.map((s) => s.name), ['Afgørelse', 'Sagens oplysninger', 'Begrundelse', 'Klagevejledning']);
    // The kind of each section in the user's words, not an id.
    assert.deepEqual(symbols[0].children!.map((s) => s.detail), ['Afgørelse', 'Sagens oplysninger', 'Begrundelse', 'Klagevejledning']);
  });

  it('sends the status bar its finding count and LIX', async () => {
    type Status = { uri: string; findings: number; fixable: number; lix: number | null; isLetter: boolean };
    const uri = pathToFileURL(DEFECTIVE).toString();
    const arrived = new Promise<Status>((resolve) => {
      session.connection.onNotification('afgoerelsestjek/status', (status: Status) => {
        if (status.uri === uri) resolve(status);
      });
    });
    await session.initialize();
    open(session, DEFECTIVE);
    const status = await arrived;
    assert.equal(status.isLetter, true);
    assert.equal(status.findings, 5);
    assert.equal(status.fixable, 0, 'fix all would only insert sections to fill in');
    assert.ok(status.lix !== null && status.lix > 10 && status.lix < 80);
  });

  it('uses a .afgoerelsestjek.json next to the letter; a malformed one is named in one message and the server goes on', async () => {
    const messages: string[] = [];
    session.connection.onNotification('window/showMessage', (params: { message: string }) => messages.push(params.message));
    const dir = mkdtempSync(join(tmpdir(), 'afgtjek-lsp-'));
    try {
      writeFileSync(join(dir, '.afgoerelsestjek.json'), JSON.stringify({ rules: { hjemmel: 'off' } }));
      const letterText = readFileSync(DEFECTIVE, 'utf8');
      await session.initialize();
      const first = open(session, join(dir, 'brev.md'), letterText);
      assert.ok(!(await session.diagnostics(first.uri, 1)).diagnostics.some((d) => d.code === 'hjemmel'));

      writeFileSync(join(dir, '.afgoerelsestjek.json'), '{ "rules": ');
      void session.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(join(dir, '.afgoerelsestjek.json')).toString(), type: 2 }] });
      const after = await session.waitFor((p) => p.uri === first.uri && p.diagnostics.some((d) => d.code === 'hjemmel'));
      assert.equal(after.diagnostics.length, 5, 'the defaults apply');
      const second = open(session, join(dir, 'andet.md'), letterText);
      await session.diagnostics(second.uri, 1);
      assert.equal(messages.length, 1, messages.join('\n'));
      assert.match(messages[0], /\.afgoerelsestjek\.json.*ugyldig JSON/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('watches .afgoerelsestjek.json where the client can watch files, and checks open letters again when it changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'afgtjek-lsp-'));
    try {
      const settingsFile = join(dir, '.afgoerelsestjek.json');
      writeFileSync(settingsFile, JSON.stringify({ rules: { hjemmel: 'off' } }));
      await session.initialize(undefined, undefined, true);
      const { uri } = open(session, join(dir, 'brev.md'), readFileSync(DEFECTIVE, 'utf8'));
      assert.ok(!(await session.diagnostics(uri, 1)).diagnostics.some((d) => d.code === 'hjemmel'));
      const watch = session.registrations.find((r) => r.method === DidChangeWatchedFilesNotification.method);
      assert.deepEqual(watch?.registerOptions, { watchers: [{ globPattern: '**/.afgoerelsestjek.json' }] });

      writeFileSync(settingsFile, JSON.stringify({ rules: { hjemmel: 'error' } }));
      void session.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(settingsFile).toString(), type: 2 }] });
      const after = await session.waitFor((p) => p.uri === uri && p.diagnostics.some((d) => d.code === 'hjemmel'));
      assert.equal(after.diagnostics.find((d) => d.code === 'hjemmel')!.severity, 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('registers no file watcher with a client that cannot watch files', async () => {
    await session.initialize();
    const { uri } = open(session, DEFECTIVE);
    await session.diagnostics(uri, 1);
    assert.deepEqual(session.registrations.map((r) => r.method), ['workspace/didChangeConfiguration']);
  });

  it('speaks English when the settings say auto and the client is English', async () => {
    session.settings = { locale: 'auto' };
    await session.initialize(undefined, 'en-GB');
    const { uri } = open(session, DEFECTIVE);
    const { diagnostics } = await session.diagnostics(uri, 1);
    assert.ok(diagnostics.some((d) => d.message.startsWith('The decision does not cite the legal rules')));
    const [ignore] = (await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics: [diagnostics[0]], only: ['quickfix'] },
    }) as CodeAction[]).filter((a) => !a.isPreferred && a.kind === 'quickfix.afgoerelsestjek');
    assert.match(ignore.title, /^Ignore »\w+« here$/);
    const insertMissing = (await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics, only: ['quickfix'] },
    }) as CodeAction[]).find((a) => a.kind === 'quickfix.afgoerelsestjek.insertMissing');
    assert.match(insertMissing?.title ?? '', /^Insert the missing sections \(\d+ places\)$/);
  });

  const reportLetters = join(EXAMPLES_DIR, '..', 'test', 'report-letters');
  const reportUris = (): string[] => readdirSync(reportLetters).map((name) => pathToFileURL(join(reportLetters, name)).toString());
  /** The report letter with two placeholders, opened with them filled in: on disk it has two findings, in the editor none. */
  const PLACEHOLDER_LETTER = join(reportLetters, '05-merudgifter-bl-86-pladsholder.md');
  const openFilledIn = async (): Promise<string> => {
    const { uri } = open(session, PLACEHOLDER_LETTER, readFileSync(PLACEHOLDER_LETTER, 'utf8').replace(/«[^»]*»/g, 'udfyldt'));
    assert.deepEqual((await session.diagnostics(uri, 1)).diagnostics, []);
    return uri;
  };

  it('checks files that are not open and publishes their diagnostics', async () => {
    await session.initialize();
    const result = await session.connection.sendRequest('afgoerelsestjek/checkFiles', { uris: reportUris() });
    assert.deepEqual(result, { letters: 5, findings: 6 });
    const published = await session.waitFor((p) => p.uri === pathToFileURL(PLACEHOLDER_LETTER).toString());
    assert.deepEqual(published.diagnostics.map((d) => d.code), ['pladsholder', 'pladsholder']);
  });

  it('skips a FIFO and a device among the files to check, instead of waiting on them for good', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'afgtjek-lsp-'));
    try {
      execFileSync('mkfifo', [join(dir, 'ikke-et-brev.md')]);
      symlinkSync('/dev/zero', join(dir, 'nul.md'));
      copyFileSync(DEFECTIVE, join(dir, 'brev.md'));
      await session.initialize();
      const uris = ['ikke-et-brev.md', 'nul.md', 'brev.md'].map((name) => pathToFileURL(join(dir, name)).toString());
      assert.deepEqual(await session.connection.sendRequest('afgoerelsestjek/checkFiles', { uris }), { letters: 1, findings: 5 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('counts an open file by its text in the editor, not on disk, when checking files', async () => {
    await session.initialize();
    await openFilledIn();
    const result = await session.connection.sendRequest('afgoerelsestjek/checkFiles', { uris: reportUris() });
    assert.deepEqual(result, { letters: 5, findings: 4 });
  });

  it('checks the files checked on disk again when the settings change: no diagnostic keeps the old language', async () => {
    await session.initialize();
    const uri = pathToFileURL(PLACEHOLDER_LETTER).toString();
    const danishPublished = session.nextPublication(uri);
    await session.connection.sendRequest('afgoerelsestjek/checkFiles', { uris: reportUris() });
    const danish = (await danishPublished).diagnostics.map((d) => d.message);
    assert.match(danish[0], /[æøå]/);
    const englishPublished = session.nextPublication(uri);
    session.settings = { locale: 'en' };
    await session.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
    const english = (await englishPublished).diagnostics;
    assert.deepEqual(english.map((d) => d.code), ['pladsholder', 'pladsholder']);
    for (const [i, d] of english.entries()) {
      assert.match(d.message, /^Fill in the template placeholder/);
      assert.notEqual(d.message, danish[i]);
    }
  });

  it('when a file from "check every letter" is closed, its diagnostics come back from the saved text', async () => {
    await session.initialize();
    const uri = await openFilledIn();
    await session.connection.sendRequest('afgoerelsestjek/checkFiles', { uris: reportUris() });
    const fromDisk = session.nextPublication(uri);
    await session.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    assert.deepEqual((await fromDisk).diagnostics.map((d) => d.code), ['pladsholder', 'pladsholder']);
  });

  it('clears the diagnostics of a closed file that no "check every letter" run included', async () => {
    await session.initialize();
    const { uri } = open(session, DEFECTIVE);
    assert.ok((await session.diagnostics(uri, 1)).diagnostics.length > 0);
    const cleared = session.nextPublication(uri);
    await session.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    assert.deepEqual((await cleared).diagnostics, []);
  });
});
