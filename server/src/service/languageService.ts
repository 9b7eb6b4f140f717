/**
 * The language service: open documents' state, their checks and everything
 * the editor asks about them, in LSP's types. It runs wherever its host does
 * (a Node process, a web worker, a test) and imports no connection, process
 * or file system.
 */
import {
  CodeAction,
  CodeActionContext,
  CodeActionKind,
  CompletionItem,
  CompletionList,
  CompletionItemKind,
  CompletionItemTag,
  Diagnostic,
  DiagnosticSeverity,
  DocumentSymbol,
  Hover,
  InsertTextFormat,
  MarkupKind,
  Position,
  Range,
  SymbolKind,
  TextDocumentEdit,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-types';
import { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import {
  DIRECTIVE_RULE, Finding, FixEdit, LetterModel, LineIndex, Locale, OutlineSection, Profile, Severity, TemplateCompletion,
  checkDocument, completionsAt, findingMessage, fixTitle, hoverAt, ignoreHereFix, looksLikeLetter, SECTION_ROLE_NAMES, missingTextEdits, numberedOn, needsNoInput, noInputEdits, outline, parseLetter, readability, ruleById, ruleDocPath, templatesAt, uiText,
} from '../core';
import { CheckFilesResult, FIX_ALL_KIND, StatusParams } from '../protocol';
import type { Cancellation, DocumentConfiguration, LanguageServiceHost, Logger } from './host';

export const SOURCE = 'afgørelsestjek';
export const QUICKFIX_KIND = `${CodeActionKind.QuickFix}.afgoerelsestjek`;
/** "Indsæt manglende afsnit": every insertion to fill in, as one snippet. */
export const INSERT_MISSING_KIND = `${QUICKFIX_KIND}.insertMissing`;
/** Above this size a document is not checked: a letter is 10-50 KB; 2 MB is a pasted archive. */
export const MAX_DOCUMENT_LENGTH = 2_000_000;
/**
 * Parsed letters kept for the documents checked last. A parse is the heavy
 * part of a document's state (blocks, offset maps, phrase hits); it pays only
 * where the user types, where the next check re-parses just the edited part.
 * Other open documents keep their findings; they are parsed again from their
 * text when edited or asked for an outline or hover.
 */
const RECENT_LETTERS = 4;

export interface LanguageServiceOptions {
  host: LanguageServiceHost;
  logger: Logger;
  /** A client command that inserts snippets with tab stops, as one session (VS Code); without it, fixes are plain edits. */
  snippetCommand?: string;
  /** Whether the client inserts completions in snippet syntax (tab stops); without it, templates are plain text. */
  snippetCompletions?: boolean;
  /** The extension's folder as a URI ending in "/", for links to the rules' documentation. */
  extensionUri?: string;
}

export interface LanguageService {
  openDocument(uri: string, version: number, text: string): void;
  changeDocument(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void;
  closeDocument(uri: string): void;
  /** Settings or settings files changed: every open document and every file checked on disk is checked again. */
  configurationChanged(): void;
  codeActions(uri: string, range: Range, context: CodeActionContext): CodeAction[];
  /** The edits of every fix that can be applied together, or none when the check is not current. */
  fixAll(uri: string): TextEdit[];
  documentSymbols(uri: string): DocumentSymbol[];
  hover(uri: string, position: Position): Hover | null;
  /** Incomplete: asked again on each keystroke, so what was typed is always the first item. */
  completions(uri: string, position: Position): CompletionList;
  /** Checks files that are not open and publishes their diagnostics ("check every letter"); yields between files. */
  checkFiles(uris: readonly string[], cancellation?: Cancellation): Promise<CheckFilesResult>;
  dispose(): void;
}

/** Offsets and line/character positions of a text. */
interface Positions {
  positionAt(offset: number): Position;
  offsetAt(position: Position): number;
}

/** The state of a document after a check. */
interface Checked {
  version: number;
  findings: Finding[];
  /**
   * Of the checked text. For an open document, the document itself: its line
   * table is updated by each change, so a keystroke does not index a long
   * letter anew. It is read only while the document is the checked version
   * (currentCheck, currentLetter).
   */
  lines: Positions;
  /** Whether the document was checked as a letter: outline, status, hover and completion work there only. */
  isLetter: boolean;
  /** Not taken for a letter, but close to one. */
  looksLikeLetter: boolean;
  locale: Locale;
  /** The organisation profile that fills inserted templates. */
  profile: Readonly<Profile>;
}

interface OpenDocument {
  document: TextDocument;
  checked?: Checked;
  /** Cancels the check scheduled for this document. */
  cancelScheduled?: () => void;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * Runs `callback` on a later turn of the event loop, after messages already
 * queued: setImmediate in Node, a zero timeout in a web worker (what the LSP
 * connection itself uses there). Returns a cancel function.
 */
function nextTurn(callback: () => void): () => void {
  if (typeof setImmediate === 'function') {
    const handle = setImmediate(callback);
    return () => clearImmediate(handle);
  }
  const handle = setTimeout(callback, 0);
  return () => clearTimeout(handle);
}

const turn = (): Promise<void> => new Promise((resolve) => nextTurn(resolve));

/** An error's kind and stack, for the log: its message may quote letter text. */
export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}\n${error.stack?.split('\n').slice(1).join('\n') ?? ''}` : 'ukendt fejl';
}

/** The path part of a document URI, for matching letterGlobs. */
function uriPath(uri: string): string {
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/**
 * Edits that apply only to the version they were computed from: an editor
 * refuses them once the text has changed, instead of writing into other text.
 */
function versionedEdit(uri: string, version: number, edits: TextEdit[]): WorkspaceEdit {
  return { documentChanges: [TextDocumentEdit.create({ uri, version }, edits)] };
}

const CR = 13;
const LF = 10;

/**
 * Whether a change makes a CR and an LF one line ending at its edges (a CR
 * typed before a line's LF, an LF after a lone CR, what stood between them
 * deleted). vscode-languageserver-textdocument counts the lines of an edit
 * from the inserted text alone, so its line table would be a line off from
 * there on: the document is then made anew from its text. (A change cannot
 * part the two: a position between them is read as the one before the CR.)
 */
function joinsCrLf(document: TextDocument, change: TextDocumentContentChangeEvent): boolean {
  if (!('range' in change)) return false;
  const text = document.getText();
  const start = document.offsetAt(change.range.start);
  const end = document.offsetAt(change.range.end);
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  if (change.text.length === 0) return before === CR && after === LF;
  return (before === CR && change.text.charCodeAt(0) === LF) || (change.text.charCodeAt(change.text.length - 1) === CR && after === LF);
}

/** Whether the client asked for actions of `kind` (no `only` means any). */
function wants(context: CodeActionContext, kind: string): boolean {
  const only = context.only;
  return !only || only.some((asked) => kind === asked || kind.startsWith(`${asked}.`));
}

export function createLanguageService({ host, logger, snippetCommand, snippetCompletions, extensionUri }: LanguageServiceOptions): LanguageService {
  const documents = new Map<string, OpenDocument>();
  const recentLetters = new Map<string, { version: number; letter: LetterModel }>();
  const configurations = new Map<string, Promise<DocumentConfiguration>>();
  /** Settings problems already shown, so each is shown once until the settings change. */
  const shownProblems = new Set<string>();
  /** Files that are not open and whose diagnostics came from their text on disk ("check every letter"). */
  const checkedOnDisk = new Set<string>();
  let recheckingOnDisk: Promise<void> = Promise.resolve();
  const ruleDocLinks = new Map<string, string | undefined>();

  function rememberLetter(uri: string, version: number, letter: LetterModel): void {
    recentLetters.delete(uri);
    recentLetters.set(uri, { version, letter });
    // A Map iterates in insertion order: the first key is the least recently used.
    if (recentLetters.size > RECENT_LETTERS) recentLetters.delete(recentLetters.keys().next().value!);
  }

  function reportProblem(key: string, text: string): void {
    logger.error(text);
    if (shownProblems.has(key)) return;
    shownProblems.add(key);
    host.showWarning(`Afgørelsestjek: ${text}`);
  }

  /** The document's settings, asked of the host once until they change; problems are shown once. */
  function configurationFor(uri: string): Promise<DocumentConfiguration> {
    let configuration = configurations.get(uri);
    if (!configuration) {
      configuration = host.configuration(uri).then((resolved) => {
        const { locale } = resolved;
        for (const problem of resolved.problems) {
          const text = problem.file === undefined
            ? uiText(locale, 'settingsProblem', 'Indstillinger: {message}', { message: problem.message })
            : problem.fatal
              ? uiText(locale, 'configUnreadable', '{file} kan ikke bruges: {error}.', { file: problem.file, error: problem.message })
              : uiText(locale, 'configProblem', 'Indstillinger i {file}: {message}', { file: problem.file, message: problem.message });
          reportProblem(`${problem.file ?? 'settings'}:${problem.message}`, text);
        }
        return resolved;
      });
      configurations.set(uri, configuration);
    }
    return configuration;
  }

  function ruleDocLink(ruleId: string): string | undefined {
    if (!extensionUri) return undefined;
    if (!ruleDocLinks.has(ruleId)) {
      const rule = ruleById(ruleId);
      ruleDocLinks.set(ruleId, rule ? new URL(ruleDocPath(rule.id), extensionUri).href : undefined);
    }
    return ruleDocLinks.get(ruleId);
  }

  function toRange(lines: Positions, range: { start: number; end: number }): Range {
    return { start: lines.positionAt(range.start), end: lines.positionAt(range.end) };
  }

  function toDiagnostic(finding: Finding, lines: Positions, locale: Locale): Diagnostic {
    const href = ruleDocLink(finding.ruleId);
    return {
      range: toRange(lines, finding.range),
      severity: SEVERITY[finding.severity],
      code: finding.ruleId,
      codeDescription: href ? { href } : undefined,
      source: SOURCE,
      message: findingMessage(finding, locale),
    };
  }

  /**
   * Checks a text with its settings; logs counts and timings only. With
   * `previous` (a parse of an earlier version) only the edited part is parsed again.
   * Returns the parsed letter when the text was checked as a letter.
   */
  function check(
    text: string, uri: string, settings: DocumentConfiguration, previous?: LetterModel, lines: Positions = new LineIndex(text),
  ): { diagnostics: Diagnostic[]; state: Checked; letter?: LetterModel } {
    const { locale } = settings;
    const state: Checked = { version: 0, findings: [], lines, isLetter: false, looksLikeLetter: false, locale, profile: settings.config };
    if (!settings.enable) return { diagnostics: [], state };
    if (text.length > MAX_DOCUMENT_LENGTH) {
      const size = (text.length / 1e6).toFixed(1);
      const limit = String(MAX_DOCUMENT_LENGTH / 1e6);
      return {
        diagnostics: [{
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          severity: DiagnosticSeverity.Information,
          source: SOURCE,
          message: uiText(locale, 'tooLarge', 'Dokumentet er for stort til at blive tjekket ({size} mio. tegn; grænsen er {limit} mio.).', { size, limit }),
        }],
        state,
      };
    }
    const started = Date.now();
    const result = checkDocument(text, { fileName: uriPath(uri), config: settings.config, previous });
    state.findings = result.findings;
    // Outline and status are for letters only; ordinary Markdown keeps the editor's own outline.
    state.isLetter = result.detection.isLetter;
    state.looksLikeLetter = looksLikeLetter(result.detection);
    logger.debug(`Tjekket (${result.detection.reason}): ${result.findings.length} fund på ${Date.now() - started} ms.`);
    return {
      diagnostics: result.findings.map((finding) => toDiagnostic(finding, lines, locale)),
      state,
      letter: state.isLetter ? result.letter : undefined,
    };
  }

  /** Findings that editors list: VS Code leaves hints out of Problems, so the counts do too. */
  function shownCount(findings: readonly Finding[]): number {
    return findings.filter((finding) => finding.severity !== 'hint').length;
  }

  function publishStatus(uri: string, version: number, state: Checked, letter: LetterModel | undefined): void {
    const status: StatusParams = {
      uri,
      version,
      isLetter: state.isLetter,
      looksLikeLetter: state.looksLikeLetter,
      findings: shownCount(state.findings),
      fixable: state.findings.filter((f) => f.fix && needsNoInput(f.fix.edit)).length,
      lix: letter ? readability(letter).lix ?? null : null,
    };
    host.publishStatus(status);
  }

  async function validate(uri: string, version: number): Promise<void> {
    const settings = await configurationFor(uri);
    const open = documents.get(uri);
    // A newer version arrived while settings were fetched: its own run publishes.
    if (!open || open.document.version !== version) return;
    const { diagnostics, state, letter } = check(open.document.getText(), uri, settings, recentLetters.get(uri)?.letter, open.document);
    state.version = version;
    open.checked = state;
    if (letter) rememberLetter(uri, version, letter);
    host.publishDiagnostics({ uri, version, diagnostics });
    publishStatus(uri, version, state, letter);
  }

  /**
   * Coalesces bursts of changes: only the newest version of a document is
   * checked. Changes that arrived during a check wait in the connection's queue,
   * which hands over one message per event-loop turn. A check scheduled for the
   * next turn would run before the next queued change is applied, so every
   * version would be checked in turn. The check therefore waits two turns: in
   * the first, the connection applies the next change, whose own schedule()
   * cancels this one; when a turn passes without a change, the queue is empty
   * and the newest version is checked.
   */
  function schedule(uri: string): void {
    const open = documents.get(uri);
    if (!open) return;
    open.cancelScheduled?.();
    open.cancelScheduled = nextTurn(() => {
      open.cancelScheduled = nextTurn(() => {
        open.cancelScheduled = undefined;
        if (documents.get(uri) !== open) return;
        validate(uri, open.document.version).catch((error: unknown) => logger.error(`Tjek fejlede: ${describeError(error)}`));
      });
    });
  }

  /** Checks an unopened file from disk and publishes its diagnostics; undefined (and its diagnostics cleared) when it cannot be read. */
  async function publishFromDisk(uri: string): Promise<Checked | undefined> {
    const text = await host.readFile(uri);
    if (text === undefined) {
      if (checkedOnDisk.delete(uri)) host.publishDiagnostics({ uri, diagnostics: [] });
      return undefined;
    }
    const settings = await configurationFor(uri);
    configurations.delete(uri);
    checkedOnDisk.add(uri);
    // Opened meanwhile: the editor's text is checked and published instead.
    const open = documents.get(uri);
    if (open) return open.checked;
    const { diagnostics, state } = check(text, uri, settings);
    host.publishDiagnostics({ uri, diagnostics });
    return state;
  }

  /** Checks the files checked on disk again, one run at a time (a second settings change waits for the first). */
  function recheckOnDisk(): void {
    recheckingOnDisk = recheckingOnDisk.then(async () => {
      for (const uri of [...checkedOnDisk]) {
        if (!documents.has(uri)) await publishFromDisk(uri);
        // One file per turn: edits in open documents are not held up behind a whole workspace.
        await turn();
      }
    }).catch((error: unknown) => logger.error(`Tjek af filer fejlede: ${describeError(error)}`));
  }

  /** The checked state and parse of a letter whose check is current; a letter no longer kept is parsed again. */
  function currentLetter(uri: string): { state: Checked; letter: LetterModel } | undefined {
    const open = documents.get(uri);
    const state = open?.checked;
    if (!open || !state?.isLetter || state.version !== open.document.version) return undefined;
    const recent = recentLetters.get(uri);
    const letter = recent?.version === state.version ? recent.letter : parseLetter(open.document.getText(), recent?.letter);
    rememberLetter(uri, state.version, letter);
    return { state, letter };
  }

  /** The document and its check when the check is of the current version. */
  function currentCheck(uri: string): { document: TextDocument; state: Checked } | undefined {
    const open = documents.get(uri);
    if (!open?.checked || open.checked.version !== open.document.version) return undefined;
    return { document: open.document, state: open.checked };
  }

  function fixAll(uri: string): TextEdit[] {
    const current = currentCheck(uri);
    if (!current) return [];
    // Only fixes that need no input: fix all (and fix on save) never inserts sections with placeholders.
    return noInputEdits(current.state.findings).map((edit) => ({ range: toRange(current.state.lines, edit.range), newText: edit.text }));
  }

  /** A template to insert where its prefix was typed: with tab stops where the client takes snippets. */
  function templateItem(template: TemplateCompletion, lines: Positions, index: number): CompletionItem {
    const { snippet, text } = template.rendered;
    return {
      label: template.prefix,
      labelDetails: { description: template.name },
      detail: template.name,
      documentation: template.description,
      kind: CompletionItemKind.Snippet,
      sortText: String(index).padStart(3, '0'),
      filterText: template.prefix,
      insertTextFormat: snippetCompletions ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      textEdit: { range: toRange(lines, template.range), newText: snippetCompletions ? snippet : text },
    };
  }

  /**
   * How an action inserts `edits`: through the client's snippet command (tab stops, one snippet
   * session for all of them, the cursor on the first) or as plain edits of the version they fit.
   */
  function insertion(title: string, uri: string, version: number, lines: Positions, edits: readonly FixEdit[]): Pick<CodeAction, 'command' | 'edit'> {
    if (snippetCommand && edits.every((edit) => edit.snippet !== undefined)) {
      const numbered = numberedOn(edits.map((edit) => edit.snippet!));
      const snippets = edits.map((edit, i) => ({ range: toRange(lines, edit.range), snippet: numbered[i] }));
      return { command: { title, command: snippetCommand, arguments: [uri, version, snippets] } };
    }
    return { edit: versionedEdit(uri, version, edits.map((edit) => ({ range: toRange(lines, edit.range), newText: edit.text }))) };
  }

  function toSymbol(section: OutlineSection, lines: Positions, locale: Locale): DocumentSymbol {
    return {
      name: section.name,
      // The kind of section in the user's words ("Klagevejledning"), not its id.
      detail: section.role === 'other' ? undefined : SECTION_ROLE_NAMES[section.role][locale],
      kind: section.role === 'other' ? SymbolKind.String : SymbolKind.Namespace,
      range: toRange(lines, section.range),
      selectionRange: toRange(lines, section.selection),
      children: section.children.map((child) => toSymbol(child, lines, locale)),
    };
  }

  return {
    openDocument(uri, version, text) {
      documents.get(uri)?.cancelScheduled?.();
      documents.set(uri, { document: TextDocument.create(uri, 'markdown', version, text) });
      schedule(uri);
    },

    changeDocument(uri, version, changes) {
      const open = documents.get(uri);
      if (!open) return; // a change to a document that was never opened: nothing to apply it to
      let document = open.document;
      let recount = false;
      for (const change of changes) {
        recount ||= joinsCrLf(document, change);
        document = TextDocument.update(document, [change], version);
      }
      open.document = recount ? TextDocument.create(uri, document.languageId, version, document.getText()) : document;
      schedule(uri);
    },

    closeDocument(uri) {
      documents.get(uri)?.cancelScheduled?.();
      documents.delete(uri);
      recentLetters.delete(uri);
      configurations.delete(uri);
      // A file from "check every letter" keeps its place in Problems, now from its saved text.
      if (checkedOnDisk.has(uri)) void publishFromDisk(uri).catch((error: unknown) => logger.error(`Tjek fejlede: ${describeError(error)}`));
      else host.publishDiagnostics({ uri, diagnostics: [] });
    },

    configurationChanged() {
      configurations.clear();
      shownProblems.clear();
      for (const uri of documents.keys()) schedule(uri);
      recheckOnDisk();
    },

    codeActions(uri, _range, context) {
      const current = currentCheck(uri);
      if (!current) return [];
      const { document, state } = current;
      const actions: CodeAction[] = [];
      if (wants(context, FIX_ALL_KIND)) {
        const edits = fixAll(uri);
        if (edits.length > 0) actions.push({ title: uiText(state.locale, 'fixAll', 'Ret alle Afgørelsestjek-fund, der kan rettes'), kind: FIX_ALL_KIND, edit: versionedEdit(uri, document.version, edits) });
      }
      if (!wants(context, QUICKFIX_KIND)) return actions;
      const ours = context.diagnostics.filter((d) => d.source === SOURCE);
      const missing = missingTextEdits(state.findings);
      const missingMatched: Diagnostic[] = [];
      const ignores: CodeAction[] = [];
      for (const finding of state.findings) {
        const diagnostic = toDiagnostic(finding, state.lines, state.locale);
        const match = ours.find((d) => d.code === finding.ruleId && d.message === diagnostic.message && sameRange(d.range, diagnostic.range));
        if (!match) continue;
        if (finding.ruleId !== DIRECTIVE_RULE.id && !ignores.some((a) => a.diagnostics?.[0].code === finding.ruleId)) {
          const ignore = ignoreHereFix(document.getText(), finding);
          ignores.push({
            title: fixTitle(ignore, state.locale),
            kind: QUICKFIX_KIND,
            diagnostics: [match],
            edit: versionedEdit(uri, document.version, [{ range: toRange(state.lines, ignore.edit.range), newText: ignore.edit.text }]),
          });
        }
        if (!finding.fix) continue;
        const { edit } = finding.fix;
        const title = fixTitle(finding.fix, state.locale);
        actions.push({ title, kind: QUICKFIX_KIND, diagnostics: [match], isPreferred: true, ...insertion(title, uri, document.version, state.lines, [edit]) });
        if (missing.includes(edit)) missingMatched.push(match);
      }
      // With two or more, one action inserts them all: the tab stops run through them in reading order.
      if (missing.length > 1 && missingMatched.length > 0) {
        const title = uiText(state.locale, 'insertMissing', 'Indsæt manglende afsnit ({count} steder)', { count: String(missing.length) });
        actions.push({ title, kind: INSERT_MISSING_KIND, diagnostics: missingMatched, ...insertion(title, uri, document.version, state.lines, missing) });
      }
      // Fixes first; "ignore here" after them, once per rule.
      return [...actions, ...ignores];
    },

    fixAll,

    documentSymbols(uri) {
      const current = currentLetter(uri);
      return current ? outline(current.letter).map((section) => toSymbol(section, current.state.lines, current.state.locale)) : [];
    },

    hover(uri, position) {
      const current = currentLetter(uri);
      if (!current) return null;
      const { state, letter } = current;
      const info = hoverAt(letter, state.lines.offsetAt(position));
      if (!info) return null;
      return { range: toRange(state.lines, info.range), contents: { kind: MarkupKind.Markdown, value: info.lines.join('\n\n') } };
    },

    completions(uri, position) {
      // Typing runs ahead of checking: complete on the current text of a document as it was last checked.
      const open = documents.get(uri);
      const none: CompletionList = { isIncomplete: false, items: [] };
      if (!open?.checked) return none;
      const text = open.document.getText();
      const lines = new LineIndex(text);
      const offset = lines.offsetAt(position);
      const { isLetter, profile } = open.checked;
      const templates = templatesAt(text, offset, { isLetter, profile });
      if (templates.length > 0) return { isIncomplete: false, items: templates.map((template, index) => templateItem(template, lines, index)) };
      if (!isLetter) return none;
      const items = completionsAt(text, offset);
      if (items.length === 0) return none;
      // Every item replaces the same range: what was typed after "§" (or nothing, after a law's name).
      const range = toRange(lines, items[0].range);
      const typed = text.slice(items[0].range.start, items[0].range.end);
      const exact = items.find((item) => item.insertText.trim() === typed.trim() && typed.trim() !== '');
      // What was typed comes first and is chosen, and accepting it changes nothing: Enter (VS Code's
      // "smart" acceptance, set for Markdown in package.json), space, comma and period never change a
      // paragraph number. Another paragraph is inserted only when the user picks it.
      const asTyped: CompletionItem = {
        label: exact?.label ?? `§ ${typed.trim()}`.trimEnd(),
        labelDetails: { description: exact?.detail ?? uiText(open.checked.locale, 'asTyped', 'som skrevet') },
        kind: CompletionItemKind.Reference,
        sortText: '0',
        filterText: typed,
        preselect: true,
        textEdit: { range, newText: typed },
      };
      return { isIncomplete: true, items: [asTyped, ...items.filter((item) => item !== exact).map((item, index): CompletionItem => ({
        label: item.label,
        // On every row, not only the highlighted one (VS Code shows `detail` for the focused row only).
        labelDetails: { description: item.detail },
        detail: item.detail,
        kind: CompletionItemKind.Reference,
        tags: item.deprecated ? [CompletionItemTag.Deprecated] : undefined,
        sortText: `${item.deprecated ? 2 : 1}${String(index).padStart(3, '0')}`,
        textEdit: { range, newText: item.insertText },
      }))] };
    },

    async checkFiles(uris, cancellation) {
      let letters = 0;
      let findings = 0;
      for (const uri of uris) {
        if (cancellation?.isCancellationRequested) break;
        // Open files are checked as they are edited: count what was last published for them (once closed, their saved text is checked).
        const open = documents.get(uri);
        if (open) checkedOnDisk.add(uri);
        const state = open ? open.checked : await publishFromDisk(uri);
        if (state?.isLetter) letters++;
        findings += shownCount(state?.findings ?? []);
        // One file per turn: edits, other requests and the cancellation itself get through between files.
        await turn();
      }
      logger.info(`Arbejdsområdet: ${uris.length} filer, ${letters} afgørelser, ${findings} fund.`);
      return { letters, findings };
    },

    dispose() {
      for (const open of documents.values()) open.cancelScheduled?.();
      documents.clear();
      recentLetters.clear();
      configurations.clear();
    },
  };
}
