/**
 * Runs inside a real VS Code extension host (desktop VS Code, or code-server's here) with the
 * extension under development loaded, on copies of the letters in a throwaway workspace folder.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { LineIndex, applyEdits, checkDocument, missingTextEdits } from '../../../server/src/core';
import type { CheckFilesResult } from '../../../server/src/protocol';
import { APPEAL_FIX_MESSAGE, APPEAL_FIX_TITLE, DEFECTIVE, EXAMPLES, FIX_TITLES, GOOD, REPO, byPosition, expectedFindings, markedCodes, readExample } from '../letters';

const SOURCE = 'afgørelsestjek';
const EXTENSION_ID = 'afgoerelsestjek.afgoerelsestjek';

function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need a workspace folder');
  return folder.uri.fsPath;
}

/** A fresh copy of an example letter under a new name, so every test starts from the original. */
let copies = 0;
async function openCopy(example: string, from = EXAMPLES): Promise<vscode.TextEditor> {
  const target = join(workspaceRoot(), `${++copies}-${example}`);
  copyFileSync(join(from, example), target);
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(target));
  return vscode.window.showTextDocument(document);
}

async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

function codeOf(d: vscode.Diagnostic): string {
  return String(typeof d.code === 'object' ? d.code.value : d.code);
}

const waitForDiagnostics = (uri: vscode.Uri, what: string, pred: (ds: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> =>
  waitFor(what, () => { const ds = ours(uri); return pred(ds) && ds; });

async function codeActions(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  // The code-action context's diagnostics reach the extension host a moment after the diagnostics: poll.
  return waitFor(`code actions for ${codeOf(diagnostic)}`, async () => {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range);
    const mine = (actions ?? []).filter((a) => a.kind?.value === 'quickfix.afgoerelsestjek');
    return mine.length > 0 && mine;
  });
}

async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('afgoerelsestjek').update(key, value, vscode.ConfigurationTarget.Workspace);
}

const expected = expectedFindings(readExample(DEFECTIVE)).sort(byPosition);

/** Every Markdown file under a folder (the workspace holds no node_modules or build output). */
function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return /\.(md|markdown)$/.test(entry.name) ? [path] : [];
  });
}

/**
 * The text of our output channel as VS Code shows it: the channel's document, which exists while
 * the Output view shows the channel (our "Show the log" command opens it).
 */
async function outputLog(): Promise<string> {
  await vscode.commands.executeCommand('afgoerelsestjek.showOutput');
  const channel = await waitFor('the output channel document', () =>
    vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'output' && decodeURIComponent(d.uri.toString()).includes('Afgørelsestjek')));
  return channel.getText();
}

/** The log once it has not changed for a second: lines reach the channel's document a moment after they are logged. */
async function settledLog(): Promise<string> {
  let last = await outputLog();
  for (let stableSince = Date.now(), end = Date.now() + 15_000; Date.now() - stableSince < 1000 && Date.now() < end;) {
    await new Promise((r) => setTimeout(r, 200));
    const now = await outputLog();
    if (now !== last) [last, stableSince] = [now, Date.now()];
  }
  return last;
}

describe('Afgørelsestjek in a real VS Code extension host', () => {
  before(async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    await openCopy(GOOD); // activates the extension (onLanguage:markdown)
    await waitFor('the extension to activate', () => extension.isActive);
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await setSetting('rules', undefined);
    await setSetting('enable', undefined);
    await setSetting('logLevel', undefined);
  });

  it('shows our diagnostics on the defective letter with the right codes and ranges', async () => {
    const editor = await openCopy(DEFECTIVE);
    const uri = editor.document.uri;
    const diagnostics = await waitForDiagnostics(uri, 'diagnostics', (ds) => ds.length >= expected.length);
    const got = diagnostics.map((d) => ({ code: codeOf(d), line: d.range.start.line, character: d.range.start.character })).sort(byPosition);
    assert.deepEqual(got, expected.map(({ code, line, character }) => ({ code, line, character })));

    // Whole ranges: exactly what the core reports, converted to UTF-16 positions (Danish letters before them).
    const text = editor.document.getText();
    const lines = new LineIndex(text);
    const core = checkDocument(text, { fileName: uri.fsPath }).findings.map((f) => {
      const start = lines.positionAt(f.range.start);
      const end = lines.positionAt(f.range.end);
      return `${f.ruleId} ${start.line}:${start.character}-${end.line}:${end.character} ${f.message}`;
    });
    const shown = diagnostics.map((d) => `${codeOf(d)} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`);
    assert.deepEqual(shown.sort(), core.sort());
    for (const d of diagnostics) assert.match(d.message, /[æøå]/, 'messages are Danish');
  });

  it('shows nothing on the good letter or on an ordinary README.md', async () => {
    const readme = await openCopy('README.md', join(REPO, 'test', 'e2e', 'fixtures'));
    const good = await openCopy(GOOD);
    // The server answers documents in the order they open: once a later defective letter has its
    // diagnostics, the README's and the good letter's have been published too.
    const defective = await openCopy(DEFECTIVE);
    await waitForDiagnostics(defective.document.uri, 'diagnostics', (ds) => ds.length >= expected.length);
    assert.deepEqual(ours(readme.document.uri), []);
    assert.deepEqual(ours(good.document.uri), []);
  });

  it('shows exactly the marked findings on every letter in examples/ and test/fixtures/', async function () {
    const folders = [EXAMPLES, join(REPO, 'test', 'fixtures')];
    // A hang guard that grows with the letters: each is opened and waited for in a real editor.
    this.timeout(60_000 + 3_000 * folders.reduce((n, folder) => n + readdirSync(folder).length, 0));
    for (const folder of folders) {
      for (const name of readdirSync(folder).filter((n) => n.endsWith('.md'))) {
        const wanted = markedCodes(readFileSync(join(folder, name), 'utf8'));
        const editor = await openCopy(name, folder);
        // A marked letter is done when all its findings are in; an unmarked one when a later defective letter's are.
        if (wanted.length === 0) {
          const probe = await openCopy(DEFECTIVE);
          await waitForDiagnostics(probe.document.uri, 'diagnostics', (ds) => ds.length >= expected.length);
        }
        const shown = await waitForDiagnostics(editor.document.uri, `${name} diagnostics`, (ds) => ds.length >= wanted.length);
        assert.deepEqual(shown.map((d) => `${d.range.start.line}:${codeOf(d)}`).sort(), wanted, name);
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      }
    }
  });

  it('offers a quick fix for each diagnostic, as a snippet command', async () => {
    const editor = await openCopy(DEFECTIVE);
    const uri = editor.document.uri;
    const diagnostics = await waitForDiagnostics(uri, 'diagnostics', (ds) => ds.length >= expected.length);
    for (const diagnostic of diagnostics) {
      const actions = await codeActions(uri, diagnostic);
      const titles = actions.map((a) => a.title);
      for (const title of FIX_TITLES[codeOf(diagnostic)]) {
        if (codeOf(diagnostic) === 'klagevejledning' && !titles.includes(title)) continue; // each appeal finding offers its own
        assert.ok(titles.includes(title), `${codeOf(diagnostic)}: ${titles.join(' | ')}`);
      }
      // The fixes insert snippets; other actions (fix all, ignore here) are plain edits or commands of their own.
      for (const action of actions.filter((a) => FIX_TITLES[codeOf(diagnostic)].includes(a.title))) {
        assert.equal(action.command?.command, 'afgoerelsestjek.insertSnippet');
        assert.equal(action.command?.arguments?.[2].length, 1, 'one snippet');
      }
    }
  });

  it('applying the appeal-guidance fix inserts the snippet and its diagnostic disappears', async () => {
    const editor = await openCopy(DEFECTIVE);
    const uri = editor.document.uri;
    const diagnostics = await waitForDiagnostics(uri, 'diagnostics', (ds) => ds.length >= expected.length);
    const deadline = diagnostics.find((d) => APPEAL_FIX_MESSAGE.test(d.message));
    assert.ok(deadline, 'no diagnostic for the missing deadline');
    const fix = (await codeActions(uri, deadline)).find((a) => a.title === APPEAL_FIX_TITLE);
    assert.ok(fix?.command, `no "${APPEAL_FIX_TITLE}"`);
    const inserted = await vscode.commands.executeCommand<boolean>(fix.command.command, ...(fix.command.arguments ?? []));
    assert.equal(inserted, true);
    assert.match(editor.document.getText(), /Din klage skal være modtaget af kommunen inden 4 uger/);
    const after = await waitForDiagnostics(uri, 'the deadline diagnostic to go', (ds) => !ds.some((d) => APPEAL_FIX_MESSAGE.test(d.message)));
    // The inserted sentence gives the deadline and names the municipality as where to lodge: both diagnostics go.
    assert.equal(after.length, expected.length - 2);
  });

  it('"Indsæt manglende afsnit" inserts every missing text at once, as one snippet: the first tab stop selected, Tab goes on in reading order', async () => {
    const editor = await openCopy(DEFECTIVE);
    const uri = editor.document.uri;
    const diagnostics = await waitForDiagnostics(uri, 'diagnostics', (ds) => ds.length >= expected.length);
    const original = editor.document.getText();
    const missing = missingTextEdits(checkDocument(original, { fileName: uri.fsPath }).findings);
    assert.ok(missing.length > 1, `${missing.length} insertions`);
    const action = await waitFor('the insert-missing action', async () => {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostics[0].range);
      return (actions ?? []).find((a) => a.kind?.value === 'quickfix.afgoerelsestjek.insertMissing');
    });
    assert.equal(action.title, `Indsæt manglende afsnit (${missing.length} steder)`);
    assert.equal(await vscode.commands.executeCommand<boolean>(action.command!.command, ...(action.command!.arguments ?? [])), true);
    // With every placeholder at its default, the text is the core's: nothing else changed.
    assert.equal(editor.document.getText(), applyEdits(original, missing).text);
    const lines = new LineIndex(original);
    const firstInsertion = lines.positionAt(missing[0].range.start);
    const first = editor.selection.start;
    assert.ok(first.isAfterOrEqual(new vscode.Position(firstInsertion.line, firstInsertion.character)), 'the cursor starts in the first insertion');
    assert.ok(!editor.selection.isEmpty, 'the first tab stop is selected');
    const stops = [first];
    for (let i = 0; i < 4; i++) {
      await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
      stops.push(editor.selection.start);
    }
    for (let i = 1; i < stops.length; i++) assert.ok(stops[i].isAfterOrEqual(stops[i - 1]), `tab stop ${i} goes back: ${JSON.stringify(stops)}`);
    assert.ok(stops.at(-1)!.line > first.line, 'Tab reaches the later insertions');
    await vscode.commands.executeCommand('leaveSnippet');
  });

  it('the outline has one tree: VS Code\'s own Markdown outline, not a second one from the server beside it', async () => {
    const editor = await openCopy(DEFECTIVE);
    // Checked: the server could give its sections now.
    await waitForDiagnostics(editor.document.uri, 'diagnostics', (ds) => ds.length >= expected.length);
    const symbols = await waitFor('the outline', async () => {
      const found = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
      return found && found.length > 0 && found;
    });
    const names = (list: vscode.DocumentSymbol[]): string[] => list.flatMap((symbol) => [symbol.name, ...names(symbol.children)]);
    const appeal = names(symbols).filter((name) => /Klagevejledning/.test(name));
    assert.equal(appeal.length, 1, `the appeal-guidance heading appears ${appeal.length} times: ${names(symbols).join(' | ')}`);
  });

  it('offers the templates in letters through the language server, with tab stops, and not in other Markdown', async () => {
    /** Types the start of a template's prefix on a new last line; returns a probe for the template offered there. */
    const typeAtEnd = async (editor: vscode.TextEditor): Promise<() => Promise<vscode.CompletionItem | undefined>> => {
      await editor.edit((b) => b.insert(editor.document.lineAt(editor.document.lineCount - 1).range.end, '\n\nklagev'));
      const position = editor.document.lineAt(editor.document.lineCount - 1).range.end;
      return async () => {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position);
        return list.items.find((item) => item.kind === vscode.CompletionItemKind.Snippet && (typeof item.label === 'string' ? item.label : item.label.label) === 'klagevejledning');
      };
    };
    const inReadme = await typeAtEnd(await openCopy('README.md', join(REPO, 'test', 'e2e', 'fixtures')));
    const editor = await openCopy(GOOD);
    const template = await waitFor('the template in the letter', await typeAtEnd(editor));
    // The README was opened and edited before the letter: the server has checked it too by now.
    assert.equal(await inReadme(), undefined, 'a template offered in a README');
    assert.ok(template.insertText instanceof vscode.SnippetString, 'inserted as a snippet');
    const range = template.range instanceof vscode.Range ? template.range : template.range!.replacing;
    await editor.insertSnippet(template.insertText, range);
    assert.match(editor.document.getText(), /\n## Klagevejledning\n\nHvis du ikke er enig i afgørelsen, kan du klage til Ankestyrelsen/);
    assert.doesNotMatch(editor.document.getText(), /^klagev/m);
  });

  it('fix all applies only fixes that need no input: an outdated appeal body is replaced, no section is inserted, and the findings only go down', async () => {
    const defective = await openCopy(DEFECTIVE);
    await waitForDiagnostics(defective.document.uri, 'diagnostics', (ds) => ds.length >= expected.length);
    const none = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', defective.document.uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll');
    assert.deepEqual((none ?? []).filter((a) => a.kind?.value === 'source.fixAll.afgoerelsestjek'), [], 'fix all would insert sections to fill in');

    const editor = await openCopy('klageinstans-foraeldet-det-sociale-naevn.md', join(REPO, 'test', 'fixtures'));
    const uri = editor.document.uri;
    const before = await waitForDiagnostics(uri, 'diagnostics', (ds) => ds.some((d) => codeOf(d) === 'klageinstans-foraeldet'));
    const original = editor.document.getText();
    await waitFor('fix all to apply', async () => {
      await vscode.commands.executeCommand('afgoerelsestjek.fixAll');
      return editor.document.getText() !== original;
    });
    const fixed = editor.document.getText();
    assert.match(fixed, /sender vi din klage videre til Ankestyrelsen/);
    assert.equal(fixed.includes('«'), false, 'a placeholder was inserted');
    assert.equal(fixed.length - original.length, 'Ankestyrelsen'.length - 'Det Sociale Nævn'.length, 'only the name changed');
    const after = await waitForDiagnostics(uri, 'the outdated appeal body to go', (ds) => !ds.some((d) => codeOf(d) === 'klageinstans-foraeldet'));
    assert.ok(after.length < before.length, `${before.length} → ${after.length} findings`);
  });

  it('honours settings: a rule set to "off" and enable: false', async () => {
    const editor = await openCopy(DEFECTIVE);
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, 'diagnostics', (ds) => ds.length >= expected.length);
    await setSetting('rules', { hovedhensyn: 'off' });
    const without = await waitForDiagnostics(uri, 'hovedhensyn to go', (ds) => !ds.some((d) => codeOf(d) === 'hovedhensyn'));
    assert.equal(without.length, expected.length - 1);
    await setSetting('rules', undefined);
    await waitForDiagnostics(uri, 'hovedhensyn to come back', (ds) => ds.some((d) => codeOf(d) === 'hovedhensyn'));
    await setSetting('enable', false);
    await waitForDiagnostics(uri, 'all diagnostics to go', (ds) => ds.length === 0);
    await setSetting('enable', true);
    await waitForDiagnostics(uri, 'diagnostics to come back', (ds) => ds.length === expected.length);
  });

  it('checks every letter in the workspace, opened or not: diagnostics for each, and the counts in the result', async () => {
    // Letters nobody opens, in a folder of their own, beside the copies the other tests left.
    const folder = join(workspaceRoot(), 'alle-breve');
    mkdirSync(folder, { recursive: true });
    const unopened = [DEFECTIVE, GOOD, 'mangelfuld-afslag-botilbud-sel-108-pladsholder.md', 'mangelfuld-afslag-bpa-sel-96-kvalitetsstandard.md'];
    for (const name of unopened) copyFileSync(join(EXAMPLES, name), join(folder, name));
    copyFileSync(join(REPO, 'test', 'e2e', 'fixtures', 'README.md'), join(folder, 'README.md'));
    // One open letter, edited and not saved: it counts with the text in the editor.
    const editor = await openCopy(DEFECTIVE);
    await waitForDiagnostics(editor.document.uri, 'diagnostics', (ds) => ds.length === expected.length);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), '<!-- afgørelsestjek-disable hovedhensyn -->\n'));
    await waitForDiagnostics(editor.document.uri, 'hovedhensyn to go', (ds) => ds.length === expected.length - 1);

    // What the core finds in each Markdown file, reading open files from the editor.
    const wanted = { letters: 0, findings: 0 };
    const perFile = new Map<string, number>();
    for (const path of markdownFiles(workspaceRoot())) {
      const open = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === path);
      const result = checkDocument(open ? open.getText() : readFileSync(path, 'utf8'), { fileName: path });
      if (result.detection.isLetter) wanted.letters++;
      wanted.findings += result.findings.length;
      perFile.set(path, result.findings.length);
    }
    assert.ok(wanted.letters > unopened.length, `${wanted.letters} letters`);

    const result = await vscode.commands.executeCommand<CheckFilesResult>('afgoerelsestjek.checkWorkspace');
    assert.deepEqual(result, wanted);
    for (const name of [...unopened, 'README.md']) {
      const uri = vscode.Uri.file(join(folder, name));
      const count = perFile.get(uri.fsPath);
      assert.ok(count !== undefined, name);
      const shown = await waitForDiagnostics(uri, `${name} diagnostics`, (ds) => ds.length === count);
      assert.equal(shown.length, count, name);
      assert.equal(vscode.workspace.textDocuments.some((d) => d.uri.fsPath === uri.fsPath), false, `${name} was opened`);
    }
    assert.equal(ours(vscode.Uri.file(join(folder, DEFECTIVE))).length, expected.length);
    assert.equal(ours(vscode.Uri.file(join(folder, 'mangelfuld-afslag-botilbud-sel-108-pladsholder.md'))).length > 0, true);
  });

  it('logs to the output channel at the level set, "off" logs nothing, and no letter text is ever logged', async () => {
    // A letter with a CPR-like number and sentences of its own, all of which must stay out of the log.
    const cpr = '010203-1234';
    const letter = readExample(DEFECTIVE).replace(/\n## /, `\nCPR-nr.: ${cpr}\n\nBorgeren Ingrid Kjærsgaard bor på Sølvgade 7.\n\n## `);
    assert.match(letter, new RegExp(cpr));
    const write = (name: string): vscode.Uri => {
      const path = join(workspaceRoot(), `${++copies}-${name}.md`);
      writeFileSync(path, letter);
      return vscode.Uri.file(path);
    };
    const checkOne = async (name: string): Promise<void> => {
      const document = await vscode.workspace.openTextDocument(write(name));
      await vscode.window.showTextDocument(document);
      await waitForDiagnostics(document.uri, `${name} diagnostics`, (ds) => ds.length > 0);
      await vscode.commands.executeCommand('afgoerelsestjek.checkWorkspace');
    };

    await setSetting('logLevel', 'debug');
    await checkOne('log-debug');
    await waitFor('debug lines in the log', async () => {
      const log = await outputLog();
      return /Tjekket \(/.test(log) && /Arbejdsområdet: \d+ filer/.test(log);
    });

    await setSetting('logLevel', 'off');
    const before = await settledLog();
    await checkOne('log-off');
    assert.equal(await settledLog(), before, 'logLevel off logs nothing');

    const all = await outputLog();
    assert.doesNotMatch(all, new RegExp(cpr));
    for (const line of letter.split('\n').map((l) => l.trim()).filter((l) => l.length >= 12)) {
      assert.ok(!all.includes(line), `the log quotes the letter: »${line}«`);
    }
    for (const word of ['Kjærsgaard', 'Sølvgade']) assert.ok(!all.includes(word), word);
  });
});
