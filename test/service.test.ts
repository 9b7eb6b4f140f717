import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Diagnostic } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex, applyEdits, checkDocument, missingTextEdits, numberedOn } from '../server/src/core';
import { LanguageService, createLanguageService } from '../server/src/service';
import { EXAMPLES_DIR, ROOT } from './helpers/fixtures';
import { MemoryHost, silentLogger } from './helpers/memoryHost';
import { editsFor } from './helpers/workspaceEdit';

const DEFECTIVE_TEXT = readFileSync(join(EXAMPLES_DIR, 'mangelfuld-nedsaettelse-praktisk-hjaelp-sel-83.md'), 'utf8');
const LETTER = 'file:///arbejde/afgoerelser/brev.md';
const SETTINGS_FILE = 'file:///arbejde/.afgoerelsestjek.json';

function pick({ isLetter, looksLikeLetter }: { isLetter: boolean; looksLikeLetter: boolean }) {
  return { isLetter, looksLikeLetter };
}

function summary(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`);
}

/** What the core finds in `text`, as diagnostics would show it. */
function coreFindings(text: string, fileName: string): string[] {
  const lines = new LineIndex(text);
  return checkDocument(text, { fileName }).findings.map((f) => {
    const start = lines.positionAt(f.range.start);
    const end = lines.positionAt(f.range.end);
    return `${f.ruleId} ${start.line}:${start.character}-${end.line}:${end.character}`;
  });
}

/** A service of its own that opened `document` as it stands, with what it published: the reference for a document reached by edits. */
async function freshOpen(document: TextDocument): Promise<{ service: LanguageService; diagnostics: Diagnostic[] }> {
  const host = new MemoryHost();
  const service = createLanguageService({ host, logger: silentLogger, extensionUri: 'file:///ext/' });
  service.openDocument(document.uri, document.version, document.getText());
  return { service, diagnostics: (await host.diagnostics(document.uri, document.version)).diagnostics };
}

describe('language service in-process (server/src/service, memory host)', () => {
  let host: MemoryHost;
  let service: LanguageService;
  beforeEach(() => {
    host = new MemoryHost();
    service = createLanguageService({ host, logger: silentLogger, extensionUri: 'file:///ext/' });
  });
  afterEach(() => service.dispose());

  it('publishes for an opened letter what the core finds, with links to the rules\' docs under the extension', async () => {
    service.openDocument(LETTER, 1, DEFECTIVE_TEXT);
    const { diagnostics } = await host.diagnostics(LETTER, 1);
    assert.deepEqual(summary(diagnostics), coreFindings(DEFECTIVE_TEXT, '/arbejde/afgoerelser/brev.md'));
    assert.ok(diagnostics.length > 0);
    assert.equal(diagnostics[0].codeDescription?.href, `file:///ext/docs/rules/${diagnostics[0].code}.md`);
    assert.equal(host.statuses.at(-1)?.findings, diagnostics.length);
  });

  it('checks only the newest version of changes made in one turn', async () => {
    service.openDocument(LETTER, 1, DEFECTIVE_TEXT);
    await host.diagnostics(LETTER, 1);
    let document = TextDocument.create(LETTER, 'markdown', 1, DEFECTIVE_TEXT);
    const typed = ' Kontakt «navn»';
    for (const [i, ch] of [...typed].entries()) {
      const at = document.positionAt(DEFECTIVE_TEXT.indexOf('\n\n'));
      const change = { range: { start: at, end: at }, text: ch };
      document = TextDocument.update(document, [change], i + 2);
      service.changeDocument(LETTER, i + 2, [change]);
    }
    const last = typed.length + 1;
    const after = await host.diagnostics(LETTER, last);
    assert.deepEqual(host.published.map((p) => p.version), [1, last]);
    assert.deepEqual(summary(after.diagnostics), coreFindings(document.getText(), '/arbejde/afgoerelser/brev.md'));
  });

  it('keeps its line positions right when an edit makes a CR and an LF one line ending', async () => {
    // vscode-languageserver-textdocument counts the lines of an edit from the inserted text alone.
    const edits: Array<(text: string) => { at: number; remove: number; insert: string }> = [
      (text) => ({ at: text.indexOf('\n'), remove: 0, insert: '\r' }), // a CR typed before a line's LF
      (text) => ({ at: text.indexOf('\n\n', 40), remove: 0, insert: '\rX' }), // a CR and a letter before another
      (text) => ({ at: text.indexOf('\rX') + 1, remove: 1, insert: '' }), // the letter deleted: the CR meets the LF
      (text) => ({ at: text.indexOf(' ', 60), remove: 0, insert: '\rY' }), // a CR alone, in mid-line
      (text) => ({ at: text.indexOf('\rY') + 1, remove: 0, insert: '\n' }), // an LF typed after it
    ];
    service.openDocument(LETTER, 1, DEFECTIVE_TEXT);
    await host.diagnostics(LETTER, 1);
    let document = TextDocument.create(LETTER, 'markdown', 1, DEFECTIVE_TEXT);
    for (const [i, edit] of edits.entries()) {
      const { at, remove, insert } = edit(document.getText());
      const change = { range: { start: document.positionAt(at), end: document.positionAt(at + remove) }, text: insert };
      const text = document.getText();
      document = TextDocument.create(LETTER, 'markdown', i + 2, text.slice(0, at) + insert + text.slice(at + remove));
      service.changeDocument(LETTER, i + 2, [change]);
      const { diagnostics } = await host.diagnostics(LETTER, i + 2);
      const fresh = await freshOpen(document);
      assert.deepEqual(diagnostics.map((d) => d.range), fresh.diagnostics.map((d) => d.range), `after edit ${i + 1}`);
      fresh.service.dispose();
    }
  });

  it('after any sequence of edits, publishes the diagnostics, fix-all and code actions of a fresh open of the same text', async function () {
    this.timeout(60_000);
    const starts = [DEFECTIVE_TEXT, DEFECTIVE_TEXT.replace(/\n/g, '\r\n')];
    // Half the edits at a line's end, where a CR and an LF can be joined.
    const insert = fc.oneof(
      { arbitrary: fc.constantFrom('\r', '\n'), weight: 2 },
      { arbitrary: fc.constantFrom('\r\n', '\n\n', '\uFEFF', '---', '# ', '> ', '- ', '```', '§ 83', 'x'), weight: 2 },
      { arbitrary: fc.string({ maxLength: 4 }), weight: 1 },
    );
    const edit = fc.record({ at: fc.nat(), atLineEnd: fc.boolean(), remove: fc.nat({ max: 20 }), insert });
    const sameAsFresh = async (start: string, edits: Array<{ at: number; atLineEnd: boolean; remove: number; insert: string }>) => {
      // A service of its own per case: versions start at 1 again.
      const host = new MemoryHost();
      const service = createLanguageService({ host, logger: silentLogger, extensionUri: 'file:///ext/' });
      service.openDocument(LETTER, 1, start);
      await host.diagnostics(LETTER, 1);
      let document = TextDocument.create(LETTER, 'markdown', 1, start);
      for (const e of edits) {
        const text = document.getText();
        const lineEnds = [...text.matchAll(/\r\n|\r|\n/g)].map((m) => m.index);
        const wanted = e.atLineEnd && lineEnds.length > 0 ? lineEnds[e.at % lineEnds.length] : e.at % (text.length + 1);
        const range = { start: document.positionAt(wanted), end: document.positionAt(Math.min(text.length, wanted + e.remove)) };
        const version = document.version + 1;
        const [from, to] = [document.offsetAt(range.start), document.offsetAt(range.end)];
        document = TextDocument.create(LETTER, 'markdown', version, text.slice(0, from) + e.insert + text.slice(to));
        service.changeDocument(LETTER, version, [{ range, text: e.insert }]);
        const published = await host.diagnostics(LETTER, version);
        const fresh = await freshOpen(document);
        assert.deepEqual(published.diagnostics, fresh.diagnostics);
        assert.deepEqual(service.fixAll(LETTER), fresh.service.fixAll(LETTER));
        const whole = { start: { line: 0, character: 0 }, end: document.positionAt(document.getText().length) };
        assert.deepEqual(service.codeActions(LETTER, whole, { diagnostics: published.diagnostics }), fresh.service.codeActions(LETTER, whole, { diagnostics: fresh.diagnostics }));
        fresh.service.dispose();
      }
      service.dispose();
    };
    await fc.assert(fc.asyncProperty(fc.constantFrom(...starts), fc.array(edit, { minLength: 1, maxLength: 6 }), sameAsFresh), { numRuns: 60 });
  });

  it('offers a fix and "ignore here" for a diagnostic, and a fix-all whose edits give the core\'s fixed text', async () => {
    service.openDocument(LETTER, 1, DEFECTIVE_TEXT);
    const { diagnostics } = await host.diagnostics(LETTER, 1);
    const fixable = diagnostics.find((d) => d.code === 'klagevejledning')!;
    const actions = service.codeActions(LETTER, fixable.range, { diagnostics: [fixable], only: ['quickfix'] });
    assert.deepEqual(actions.map((a) => [a.kind, a.isPreferred === true]), [['quickfix.afgoerelsestjek', true], ['quickfix.afgoerelsestjek.insertMissing', false], ['quickfix.afgoerelsestjek', false]]);
    assert.ok(editsFor(actions[0].edit, LETTER, 1).length > 0 && !actions[0].command, 'no snippet command was given: a plain edit');
    assert.match(actions[2].title, /klagevejledning/);

    // Every fix of this letter inserts a section to fill in: fix all leaves them to the user.
    assert.deepEqual(service.fixAll(LETTER), []);
    assert.deepEqual(service.codeActions(LETTER, fixable.range, { diagnostics: [], only: ['source.fixAll'] }), []);
    const outdated = DEFECTIVE_TEXT.replace('Du kan klage over afgørelsen til Ankestyrelsen.', 'Du kan klage over afgørelsen til Det Sociale Nævn.');
    service.changeDocument(LETTER, 2, [{ text: outdated }]);
    assert.deepEqual(service.fixAll(LETTER), [], 'no fixes for a version not yet checked');
    await host.diagnostics(LETTER, 2);
    const edits = service.fixAll(LETTER);
    assert.equal(TextDocument.applyEdits(TextDocument.create(LETTER, 'markdown', 2, outdated), edits), DEFECTIVE_TEXT);
  });

  it('applies the settings file above the letter over the editor settings, and checks again when told it changed', async () => {
    host.settings = { rules: { hjemmel: 'warning' } };
    host.files.set(SETTINGS_FILE, JSON.stringify({ rules: { hjemmel: 'off' } }));
    service.openDocument(LETTER, 1, DEFECTIVE_TEXT);
    assert.ok(!(await host.diagnostics(LETTER, 1)).diagnostics.some((d) => d.code === 'hjemmel'));

    host.files.set(SETTINGS_FILE, JSON.stringify({ rules: { hjemmel: 'error' } }));
    const next = host.nextPublication(LETTER);
    service.configurationChanged();
    assert.equal((await next).diagnostics.find((d) => d.code === 'hjemmel')?.severity, 1);
  });

  it('shows a settings problem once, naming the file, and checks with the settings below it', async () => {
    host.files.set(SETTINGS_FILE, '{ "rules": ');
    service.openDocument(LETTER, 1, DEFECTIVE_TEXT);
    service.openDocument('file:///arbejde/andet.md', 1, DEFECTIVE_TEXT);
    const { diagnostics } = await host.diagnostics(LETTER, 1);
    await host.diagnostics('file:///arbejde/andet.md', 1);
    assert.ok(diagnostics.some((d) => d.code === 'hjemmel'));
    assert.equal(host.warnings.length, 1, host.warnings.join('\n'));
    assert.match(host.warnings[0], /\.afgoerelsestjek\.json kan ikke bruges: ugyldig JSON/);
  });

  it('names each invalid editor setting and the value used instead, once, in the document\'s language', async () => {
    host.settings = { enable: 'nej', locale: 'dansk', logLevel: 'verbose', detectByContent: 1, letterGlobs: ['**/{sager'], rules: { hjemel: 'off' } };
    service.openDocument(LETTER, 1, DEFECTIVE_TEXT);
    service.openDocument('file:///arbejde/andet.md', 1, DEFECTIVE_TEXT);
    await host.diagnostics(LETTER, 1);
    await host.diagnostics('file:///arbejde/andet.md', 1);
    assert.deepEqual(host.warnings, [
      'Afgørelsestjek: Indstillinger: »afgoerelsestjek.enable« skal være true eller false, ikke "nej"; true bruges.',
      'Afgørelsestjek: Indstillinger: »afgoerelsestjek.locale« skal være da, en eller auto, ikke "dansk"; da bruges.',
      'Afgørelsestjek: Indstillinger: »afgoerelsestjek.logLevel« skal være off, error, info eller debug, ikke "verbose"; error bruges.',
      'Afgørelsestjek: Indstillinger: Mønsteret "**/{sager" i »afgoerelsestjek.letterGlobs« er ikke et gyldigt glob-mønster (fx en { uden }); det ignoreres.',
      'Afgørelsestjek: Indstillinger: »afgoerelsestjek.detectByContent« skal være true eller false, ikke 1; true bruges.',
      'Afgørelsestjek: Indstillinger: Ukendt regel »hjemel« i »afgoerelsestjek.rules«; den ignoreres. Mente du »hjemmel«?',
    ]);

    host.warnings.length = 0;
    host.settings = { locale: 'en', enable: 0 };
    host.files.set(SETTINGS_FILE, JSON.stringify({ adress: 'Rådhuspladsen 2' }));
    const next = host.nextPublication(LETTER);
    service.configurationChanged();
    await next;
    assert.deepEqual(host.warnings, [
      'Afgørelsestjek: Settings: »afgoerelsestjek.enable« must be true or false, not 0; true is used.',
      `Afgørelsestjek: Settings in ${SETTINGS_FILE}: Unknown setting »adress«; it is ignored. Did you mean »address«?`,
    ]);
  });

  it('says in the status when a document was not taken for a letter but looks close to one; front matter makes it one', async () => {
    const near = '# Afgørelse om rollator\n\nDu kan ikke få en rollator.\n';
    const uri = 'file:///arbejde/rollator.md';
    service.openDocument(uri, 1, near);
    await host.diagnostics(uri, 1);
    assert.deepEqual(pick(host.statuses.at(-1)!), { isLetter: false, looksLikeLetter: true });
    service.changeDocument(uri, 2, [{ text: `---\ndokument: afgørelse\n---\n\n${near}` }]);
    const { diagnostics } = await host.diagnostics(uri, 2);
    assert.ok(diagnostics.some((d) => d.code === 'klagevejledning'), 'checked as a letter');
    assert.deepEqual(pick(host.statuses.at(-1)!), { isLetter: true, looksLikeLetter: false });

    const readme = 'file:///arbejde/README.md';
    service.openDocument(readme, 1, readFileSync(join(ROOT, 'test', 'e2e', 'fixtures', 'README.md'), 'utf8'));
    await host.diagnostics(readme, 1);
    assert.deepEqual(pick(host.statuses.at(-1)!), { isLetter: false, looksLikeLetter: false });
  });

  it('offers "Indsæt manglende afsnit" where two or more insertions are to be filled in: all of them at once, as snippets for the client\'s command or as plain edits', async () => {
    const commandHost = new MemoryHost();
    const withCommand = createLanguageService({ host: commandHost, logger: silentLogger, snippetCommand: 'insert' });
    for (const each of [service, withCommand]) each.openDocument(LETTER, 1, DEFECTIVE_TEXT);
    const { diagnostics } = await host.diagnostics(LETTER, 1);
    await commandHost.diagnostics(LETTER, 1);
    const missing = missingTextEdits(checkDocument(DEFECTIVE_TEXT, { fileName: '/arbejde/afgoerelser/brev.md' }).findings);
    assert.ok(missing.length > 1);
    const ask = (each: LanguageService) => each.codeActions(LETTER, diagnostics[0].range, { diagnostics, only: ['quickfix'] }).filter((a) => a.kind === 'quickfix.afgoerelsestjek.insertMissing');
    const [plain] = ask(service);
    assert.equal(plain.title, `Indsæt manglende afsnit (${missing.length} steder)`);
    const fixed = TextDocument.applyEdits(TextDocument.create(LETTER, 'markdown', 1, DEFECTIVE_TEXT), editsFor(plain.edit, LETTER, 1));
    assert.equal(fixed, applyEdits(DEFECTIVE_TEXT, missing).text);
    const [snippets] = ask(withCommand);
    assert.equal(snippets.command?.command, 'insert');
    assert.deepEqual(snippets.command?.arguments?.[2].map((s: { snippet: string }) => s.snippet), numberedOn(missing.map((edit) => edit.snippet!)));
    withCommand.dispose();
  });

  it('offers templates while typing, with tab stops where the client takes snippets: sections in letters, the whole letter in a blank document, nothing in other Markdown', async () => {
    const snippetHost = new MemoryHost();
    const withSnippets = createLanguageService({ host: snippetHost, logger: silentLogger, snippetCompletions: true });
    const typed = `${DEFECTIVE_TEXT}\nklagev`;
    const end = new LineIndex(typed).positionAt(typed.length);
    service.openDocument(LETTER, 1, typed);
    withSnippets.openDocument(LETTER, 1, typed);
    await host.diagnostics(LETTER, 1);
    await snippetHost.diagnostics(LETTER, 1);
    const plain = service.completions(LETTER, end).items.find((item) => item.label === 'klagevejledning');
    const snippet = withSnippets.completions(LETTER, end).items.find((item) => item.label === 'klagevejledning');
    assert.equal(plain?.insertTextFormat, 1);
    assert.match(plain!.textEdit!.newText, /^## Klagevejledning\n\nHvis du ikke er enig i afgørelsen, kan du klage til Ankestyrelsen\./);
    assert.equal(snippet?.insertTextFormat, 2);
    assert.match(snippet!.textEdit!.newText, /\$\{1:Ankestyrelsen\}/);
    assert.deepEqual(snippet!.textEdit, { range: { start: { line: end.line, character: 0 }, end }, newText: snippet!.textEdit!.newText });

    const readme = 'file:///arbejde/README.md';
    const notes = '# Noter\n\nMøde om hjælpemidler.\n\nklagev';
    service.openDocument(readme, 1, notes);
    await host.diagnostics(readme, 1);
    assert.deepEqual(service.completions(readme, new LineIndex(notes).positionAt(notes.length)).items, []);

    const blank = 'file:///arbejde/afgoerelser/ny.md';
    service.openDocument(blank, 1, 'afgø');
    await host.diagnostics(blank, 1);
    assert.deepEqual(service.completions(blank, { line: 0, character: 4 }).items.map((item) => item.label), ['afgørelse']);
    withSnippets.dispose();
  });

  describe('checking files that are not open', () => {
    const reportLetters = join(ROOT, 'test', 'report-letters');
    const uris = readdirSync(reportLetters).map((name) => `file:///arbejde/${name}`);
    beforeEach(() => {
      for (const [i, name] of readdirSync(reportLetters).entries()) host.files.set(uris[i], readFileSync(join(reportLetters, name), 'utf8'));
    });
    const fromDisk = () => host.published.filter((p) => p.version === undefined);

    it('counts letters and findings and publishes each file\'s diagnostics', async () => {
      assert.deepEqual(await service.checkFiles(uris), { letters: 5, findings: 6 });
      assert.deepEqual(fromDisk().map((p) => p.uri), uris);
    });

    it('counts, like the status, only findings Problems lists: a rule set to hint is left out', async () => {
      host.settings = { rules: { hovedhensyn: 'hint', kvalitetsstandard: 'hint' } };
      // 02 has the only hovedhensyn and kvalitetsstandard findings of the six.
      assert.deepEqual(await service.checkFiles(uris), { letters: 5, findings: 4 });
      service.openDocument(LETTER, 1, DEFECTIVE_TEXT);
      const { diagnostics } = await host.diagnostics(LETTER, 1);
      assert.equal(host.statuses.at(-1)?.findings, diagnostics.filter((d) => d.severity !== 4).length);
      assert.ok(diagnostics.some((d) => d.severity === 4), 'the letter has a hint');
    });

    it('yields between files: a letter opened meanwhile is checked before the run ends', async () => {
      const run = service.checkFiles(uris);
      service.openDocument(LETTER, 1, DEFECTIVE_TEXT);
      await run;
      const opened = host.published.findIndex((p) => p.uri === LETTER);
      assert.ok(opened >= 0 && opened < host.published.indexOf(fromDisk().at(-1)!), `published in order ${host.published.map((p) => p.uri).join(', ')}`);
    });

    it('stops between files when the request is cancelled', async () => {
      const cancellation = { get isCancellationRequested() { return fromDisk().length >= 2; } };
      const result = await service.checkFiles(uris, cancellation);
      assert.equal(fromDisk().length, 2);
      assert.ok(result.letters <= 2);
    });
  });
});

describe('language service: runs anywhere', () => {
  /** Every module the service loads, following relative imports from its index. */
  function importsOf(entry: string): { modules: string[]; packages: Set<string> } {
    const modules: string[] = [];
    const packages = new Set<string>();
    const visit = (file: string): void => {
      if (modules.includes(file)) return;
      modules.push(file);
      const source = readFileSync(file, 'utf8');
      for (const [, typeOnly, specifier] of source.matchAll(/^(?:import|export)\s+(type\s+)?[^'"]*?from\s+'([^']+)'/gm)) {
        if (specifier.startsWith('.')) {
          const base = resolve(dirname(file), specifier);
          const candidates = [`${base}.ts`, join(base, 'index.ts')];
          const found = candidates.find((c) => { try { readFileSync(c); return true; } catch { return false; } });
          if (found) visit(found);
        } else if (!typeOnly) packages.add(specifier);
      }
    };
    visit(entry);
    return { modules, packages };
  }

  it('loads no Node module and no LSP connection, only pure packages (so it runs in a web worker)', () => {
    const { modules, packages } = importsOf(join(ROOT, 'server', 'src', 'service', 'index.ts'));
    assert.ok(modules.some((m) => m.endsWith(join('core', 'check.ts'))), 'the core is followed');
    const allowed = new Set(['vscode-languageserver-types', 'vscode-languageserver-textdocument', 'unified', 'remark-parse']);
    assert.deepEqual([...packages].filter((p) => !allowed.has(p)), []);
  });
});
