/**
 * The LSP adapter: turns documents and settings into core calls and core
 * findings into diagnostics and code actions. No language knowledge here.
 */
import {
  CodeAction,
  CodeActionKind,
  CodeActionParams,
  CompletionItemKind,
  CompletionItemTag,
  Diagnostic,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DocumentSymbol,
  InitializeParams,
  InitializeResult,
  MarkupKind,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  SymbolKind,
  TextDocumentSyncKind,
  TextDocuments,
  TextEdit,
  createConnection,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  Config, DEFAULT_CONFIG, DIRECTIVE_RULE, Finding, LetterModel, LineIndex, Locale, OutlineSection, Severity,
  checkDocument, completionsAt, parseLetter, findingMessage, fixAllEdits, fixTitle, hoverAt, ignoreHereFix, normaliseConfig, outline, readability, ruleById, ruleDocPath, toLocale, uiText,
} from './core';
import { forgetConfigFiles, resolveConfig } from './configFile';
import { CHECK_FILES, CheckFilesParams, CheckFilesResult, FIX_ALL_KIND, STATUS, StatusParams, resolveLocale } from './protocol';

const SOURCE = 'afgørelsestjek';
const QUICKFIX_KIND = `${CodeActionKind.QuickFix}.afgoerelsestjek`;
/** Files in the workspace larger than this are not letters (the CLI uses the same limit). */
const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Above this size a document is not checked: a letter is 10-50 KB; 2 MB is a pasted archive. */
export const MAX_DOCUMENT_LENGTH = 2_000_000;

interface EditorSettings {
  enable: boolean;
  locale: Locale;
}

type LogLevel = 'off' | 'error' | 'info' | 'debug';
const LOG_LEVELS: readonly LogLevel[] = ['off', 'error', 'info', 'debug'];

interface Checked {
  version: number;
  findings: Finding[];
  lines: LineIndex;
  /** Whether the document was checked as a letter: outline, status, hover and completion work there only. */
  isLetter: boolean;
  locale: Locale;
}

/**
 * Parsed letters kept for the documents checked last. A parse is the heavy
 * part of a document's state (blocks, offset maps, phrase hits); it pays only
 * where the user types, where the next check re-parses just the edited part.
 * Other open documents keep their findings; they are parsed again from their
 * text when edited or asked for an outline or hover.
 */
const RECENT_LETTERS = 4;
const recentLetters = new Map<string, { version: number; letter: LetterModel }>();

function rememberLetter(uri: string, version: number, letter: LetterModel): void {
  recentLetters.delete(uri);
  recentLetters.set(uri, { version, letter });
  // A Map iterates in insertion order: the first key is the least recently used.
  if (recentLetters.size > RECENT_LETTERS) recentLetters.delete(recentLetters.keys().next().value!);
}

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const checked = new Map<string, Checked>();
const pending = new Map<string, NodeJS.Immediate>();
const settingsCache = new Map<string, Promise<Config & EditorSettings>>();
let canPullConfiguration = false;
/** The client's display language, used when the locale setting is "auto". */
let clientLocale: Locale = 'da';
let logLevel: LogLevel = 'error';
/** Settings-file problems already shown, so each is shown once until the file changes. */
const shownProblems = new Set<string>();

/** Logs at a level; callers pass counts, timings and ids, never letter text. */
const log = {
  error: (message: string): void => {
    if (logLevel !== 'off') connection.console.error(message);
  },
  info: (message: string): void => {
    if (logLevel === 'info' || logLevel === 'debug') connection.console.info(message);
  },
  debug: (message: string): void => {
    if (logLevel === 'debug') connection.console.log(message);
  },
};
/** A client command that inserts a snippet (VS Code); other editors get plain text edits. */
let snippetCommand: string | undefined;

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

connection.onInitialize((params: InitializeParams): InitializeResult => {
  canPullConfiguration = params.capabilities.workspace?.configuration === true;
  const init = params.initializationOptions as { snippetCommand?: unknown; logLevel?: unknown } | undefined;
  snippetCommand = typeof init?.snippetCommand === 'string' ? init.snippetCommand : undefined;
  clientLocale = toLocale(params.locale);
  if (LOG_LEVELS.includes(init?.logLevel as LogLevel)) logLevel = init!.logLevel as LogLevel;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      codeActionProvider: { codeActionKinds: [QUICKFIX_KIND, FIX_ALL_KIND] },
      documentSymbolProvider: true,
      hoverProvider: true,
      completionProvider: { triggerCharacters: ['§', ' '] },
    },
    serverInfo: { name: 'afgoerelsestjek' },
  };
});

connection.onInitialized(() => {
  if (canPullConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'afgoerelsestjek' }).catch(() => undefined);
    void refreshLogLevel();
  }
});

async function refreshLogLevel(): Promise<void> {
  try {
    const raw = (await connection.workspace.getConfiguration('afgoerelsestjek')) as { logLevel?: unknown } | null;
    if (LOG_LEVELS.includes(raw?.logLevel as LogLevel)) logLevel = raw!.logLevel as LogLevel;
  } catch {
    // Keep the level we have.
  }
}

function localeSetting(value: unknown): Locale {
  return resolveLocale(value, clientLocale);
}

/** Shows a settings problem once: in the log and as a message naming the file. */
function reportSettingsProblem(key: string, text: string): void {
  log.error(text);
  if (shownProblems.has(key)) return;
  shownProblems.add(key);
  // A notification, not window.showWarningMessage: that sends a request whose refusal would reject unhandled.
  void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Afgørelsestjek: ${text}` });
}

/** Editor settings, then the nearest .afgoerelsestjek.json over them (see configFile.ts). */
async function settingsFor(uri: string): Promise<Config & EditorSettings> {
  let settings = settingsCache.get(uri);
  if (!settings) {
    const editor: Promise<unknown> = canPullConfiguration
      ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'afgoerelsestjek' }).then((raw: unknown) => raw, () => undefined)
      : Promise.resolve(undefined);
    settings = editor.then((raw) => {
      const fields = (raw ?? {}) as { enable?: unknown; locale?: unknown };
      const locale = localeSetting(fields.locale);
      const { config: base, problems } = normaliseConfig(raw);
      for (const problem of problems) reportSettingsProblem(`settings:${problem.message}`, uiText(locale, 'settingsProblem', 'Indstillinger: {message}', { message: problem.message }));
      const path = filePath(uri);
      const resolved = resolveConfig({ fileName: path, base });
      for (const problem of resolved.problems) {
        const text = problem.fatal
          ? uiText(locale, 'configUnreadable', '{file} kan ikke bruges: {error}.', { file: problem.file, error: problem.message })
          : uiText(locale, 'configProblem', 'Indstillinger i {file}: {message}', { file: problem.file, message: problem.message });
        reportSettingsProblem(`${problem.file}:${problem.message}`, text);
      }
      return { ...resolved.config, enable: fields.enable !== false, locale };
    }).catch(() => ({ ...DEFAULT_CONFIG, enable: true, locale: clientLocale }));
    settingsCache.set(uri, settings);
  }
  return settings;
}

/** The file system path of a file: URI, for finding .afgoerelsestjek.json; undefined for other schemes. */
function filePath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

/** Each rule's documentation link, made once: a check converts every finding. */
const ruleDocLinks = new Map<string, string | undefined>();

function ruleDocLink(ruleId: string): string | undefined {
  if (!ruleDocLinks.has(ruleId)) {
    const rule = ruleById(ruleId);
    ruleDocLinks.set(ruleId, rule ? pathToFileURL(resolve(__dirname, '..', ruleDocPath(rule.id))).toString() : undefined);
  }
  return ruleDocLinks.get(ruleId);
}

function toDiagnostic(finding: Finding, lines: LineIndex, locale: Locale): Diagnostic {
  const href = ruleDocLink(finding.ruleId);
  return {
    range: { start: lines.positionAt(finding.range.start), end: lines.positionAt(finding.range.end) },
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: href ? { href } : undefined,
    source: SOURCE,
    message: findingMessage(finding, locale),
  };
}

function sendStatus(uri: string, version: number | null, state: Checked, letter: LetterModel | undefined): void {
  const status: StatusParams = {
    uri,
    version,
    isLetter: state.isLetter,
    findings: state.findings.length,
    fixable: state.findings.filter((f) => f.fix).length,
    lix: letter ? readability(letter).lix ?? null : null,
  };
  void connection.sendNotification(STATUS, status);
}

async function validate(document: TextDocument): Promise<void> {
  const settings = await settingsFor(document.uri);
  const current = documents.get(document.uri);
  // A newer version arrived while settings were fetched: its own run publishes.
  if (!current || current.version !== document.version) return;
  const text = document.getText();
  const { diagnostics, state, letter } = check(text, document.uri, settings, recentLetters.get(document.uri)?.letter);
  state.version = document.version;
  checked.set(document.uri, state);
  if (letter) rememberLetter(document.uri, document.version, letter);
  void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  sendStatus(document.uri, document.version, state, letter);
}

/**
 * Checks a text with its settings; logs counts and timings only. With
 * `previous` (a parse of an earlier version) only the edited part is parsed again.
 * Returns the parsed letter when the text was checked as a letter.
 */
function check(text: string, uri: string, settings: Config & EditorSettings, previous?: LetterModel): { diagnostics: Diagnostic[]; state: Checked; letter?: LetterModel } {
  const lines = new LineIndex(text);
  const locale = settings.locale;
  const state: Checked = { version: 0, findings: [], lines, isLetter: false, locale };
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
  const result = checkDocument(text, { fileName: uriPath(uri), config: settings, previous });
  state.findings = result.findings;
  // Outline and status are for letters only; ordinary Markdown keeps VS Code's own outline.
  state.isLetter = result.detection.isLetter;
  log.debug(`Tjekket (${result.detection.reason}): ${result.findings.length} fund på ${Date.now() - started} ms.`);
  return {
    diagnostics: result.findings.map((finding) => toDiagnostic(finding, lines, locale)),
    state,
    letter: state.isLetter ? result.letter : undefined,
  };
}

/**
 * Coalesces bursts of changes: only the newest version of a document is
 * checked. Changes that arrived during a check wait in the connection's queue,
 * which hands over one message per event-loop turn (setImmediate). A check
 * scheduled for the next turn would run before the next queued change is
 * applied, so every version would be checked in turn. The check therefore
 * waits two turns: in the first, the connection applies the next change, whose
 * own schedule() cancels this one; when a turn passes without a change, the
 * queue is empty and the newest version is checked.
 */
function schedule(document: TextDocument): void {
  const uri = document.uri;
  const previous = pending.get(uri);
  if (previous) clearImmediate(previous);
  pending.set(uri, setImmediate(() => {
    pending.set(uri, setImmediate(() => {
      pending.delete(uri);
      const latest = documents.get(uri);
      if (latest) validate(latest).catch((error: unknown) => log.error(`Tjek fejlede: ${describe(error)}`));
    }));
  }));
}

/** The path part of a document URI, for matching letterGlobs. */
function uriPath(uri: string): string {
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}

function describe(error: unknown): string {
  // Only the error's kind and stack: messages may quote letter text.
  return error instanceof Error ? `${error.name}\n${error.stack?.split('\n').slice(1).join('\n') ?? ''}` : 'ukendt fejl';
}

documents.onDidChangeContent((event) => schedule(event.document));
documents.onDidClose((event) => {
  const uri = event.document.uri;
  checked.delete(uri);
  recentLetters.delete(uri);
  settingsCache.delete(uri);
  // A file from "check every letter" keeps its place in Problems, now from its saved text.
  if (checkedOnDisk.has(uri)) void publishFromDisk(uri);
  else void connection.sendDiagnostics({ uri, diagnostics: [] });
});

/** After settings change, open documents and the files checked on disk are checked again, so no diagnostic keeps the old settings or language. */
function recheckAll(): void {
  settingsCache.clear();
  shownProblems.clear();
  for (const document of documents.all()) schedule(document);
  void recheckOnDisk();
}

connection.onDidChangeConfiguration(() => {
  void refreshLogLevel();
  recheckAll();
});

// The client watches .afgoerelsestjek.json files: any change re-reads them.
connection.onDidChangeWatchedFiles(() => {
  forgetConfigFiles();
  recheckAll();
});

/** Files that are not open and whose diagnostics came from their text on disk (the "check every letter" command). */
const checkedOnDisk = new Set<string>();

/** Checks an unopened file from disk and publishes its diagnostics; undefined (and its diagnostics cleared) when it cannot be read. */
async function publishFromDisk(uri: string): Promise<Checked | undefined> {
  const path = filePath(uri);
  let text: string | undefined;
  try {
    if (path && statSync(path).size <= MAX_FILE_BYTES) text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    text = undefined;
  }
  if (text === undefined) {
    if (checkedOnDisk.delete(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    return undefined;
  }
  const settings = await settingsFor(uri);
  settingsCache.delete(uri);
  checkedOnDisk.add(uri);
  // Opened meanwhile: the editor's text is checked and published instead.
  if (documents.get(uri)) return checked.get(uri);
  const { diagnostics, state } = check(text, uri, settings);
  void connection.sendDiagnostics({ uri, diagnostics });
  return state;
}

let recheckingOnDisk: Promise<void> = Promise.resolve();

/** Checks the files checked on disk again, one run at a time (a second settings change waits for the first). */
function recheckOnDisk(): Promise<void> {
  recheckingOnDisk = recheckingOnDisk.then(async () => {
    for (const uri of [...checkedOnDisk]) {
      if (!documents.get(uri)) await publishFromDisk(uri);
      // One file per turn of the event loop: edits in open documents are not held up behind a whole workspace.
      await new Promise((resolveTurn) => setImmediate(resolveTurn));
    }
  }).catch((error: unknown) => log.error(`Tjek af filer fejlede: ${describe(error)}`));
  return recheckingOnDisk;
}

/** Checks files that are not open (the "check every letter" command) and publishes their diagnostics. */
connection.onRequest(CHECK_FILES, async (params: CheckFilesParams): Promise<CheckFilesResult> => {
  let letters = 0;
  let findings = 0;
  for (const uri of params.uris) {
    // Open files are checked as they are edited: count what was last published for them (once closed, their saved text is checked).
    const open = documents.get(uri) !== undefined;
    if (open) checkedOnDisk.add(uri);
    const state = open ? checked.get(uri) : await publishFromDisk(uri);
    if (state?.isLetter) letters++;
    findings += state?.findings.length ?? 0;
  }
  log.info(`Arbejdsområdet: ${params.uris.length} filer, ${letters} afgørelser, ${findings} fund.`);
  return { letters, findings };
});

function toSymbol(section: OutlineSection, lines: LineIndex): DocumentSymbol {
  const range = (r: { start: number; end: number }) => ({ start: lines.positionAt(r.start), end: lines.positionAt(r.end) });
  return {
    name: section.name,
    detail: section.role === 'other' ? undefined : section.role,
    kind: section.role === 'other' ? SymbolKind.String : SymbolKind.Namespace,
    range: range(section.range),
    selectionRange: range(section.selection),
    children: section.children.map((child) => toSymbol(child, lines)),
  };
}

connection.onDocumentSymbol((params): DocumentSymbol[] => {
  const current = currentLetter(params.textDocument.uri);
  return current ? outline(current.letter).map((section) => toSymbol(section, current.state.lines)) : [];
});

function sameRange(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** Whether the client asked for actions of `kind` (no `only` means any). */
function wants(params: CodeActionParams, kind: string): boolean {
  const only = params.context.only;
  return !only || only.some((asked) => kind === asked || kind.startsWith(`${asked}.`));
}

function fixAllAction(uri: string, state: Checked): CodeAction | undefined {
  const edits = fixAllEdits(state.findings);
  if (edits.length === 0) return undefined;
  const changes: TextEdit[] = edits.map((edit) => ({
    range: { start: state.lines.positionAt(edit.range.start), end: state.lines.positionAt(edit.range.end) },
    newText: edit.text,
  }));
  return { title: uiText(state.locale, 'fixAll', 'Ret alle Afgørelsestjek-fund, der kan rettes'), kind: FIX_ALL_KIND, edit: { changes: { [uri]: changes } } };
}

connection.onCodeAction((params: CodeActionParams): CodeAction[] => {
  const document = documents.get(params.textDocument.uri);
  const state = checked.get(params.textDocument.uri);
  if (!document || !state || state.version !== document.version) return [];
  const actions: CodeAction[] = [];
  if (wants(params, FIX_ALL_KIND)) {
    const fixAll = fixAllAction(document.uri, state);
    if (fixAll) actions.push(fixAll);
  }
  if (!wants(params, QUICKFIX_KIND)) return actions;
  const ours = params.context.diagnostics.filter((d) => d.source === SOURCE);
  const ignores: CodeAction[] = [];
  for (const finding of state.findings) {
    const diagnostic = toDiagnostic(finding, state.lines, state.locale);
    const match = ours.find((d) => d.code === finding.ruleId && d.message === diagnostic.message && sameRange(d.range, diagnostic.range));
    if (!match) continue;
    if (finding.ruleId !== DIRECTIVE_RULE.id && !ignores.some((a) => a.diagnostics?.[0].code === finding.ruleId)) {
      const ignore = ignoreHereFix(document.getText(), finding);
      const range = { start: state.lines.positionAt(ignore.edit.range.start), end: state.lines.positionAt(ignore.edit.range.end) };
      ignores.push({
        title: fixTitle(ignore, state.locale),
        kind: QUICKFIX_KIND,
        diagnostics: [match],
        edit: { changes: { [document.uri]: [{ range, newText: ignore.edit.text }] } },
      });
    }
    if (!finding.fix) continue;
    const { edit } = finding.fix;
    const range = { start: state.lines.positionAt(edit.range.start), end: state.lines.positionAt(edit.range.end) };
    const title = fixTitle(finding.fix, state.locale);
    const action: CodeAction = { title, kind: QUICKFIX_KIND, diagnostics: [match], isPreferred: true };
    if (snippetCommand && edit.snippet !== undefined) {
      action.command = { title, command: snippetCommand, arguments: [document.uri, document.version, range, edit.snippet] };
    } else {
      action.edit = { changes: { [document.uri]: [{ range, newText: edit.text }] } };
    }
    actions.push(action);
  }
  // Fixes first; "ignore here" after them, once per rule.
  return [...actions, ...ignores];
});

/** The checked state and parse of a letter whose check is current; a letter no longer kept is parsed again. */
function currentLetter(uri: string): { state: Checked; letter: LetterModel } | undefined {
  const state = checked.get(uri);
  const document = documents.get(uri);
  if (!state?.isLetter || !document || state.version !== document.version) return undefined;
  const recent = recentLetters.get(uri);
  const letter = recent?.version === state.version ? recent.letter : parseLetter(document.getText(), recent?.letter);
  rememberLetter(uri, state.version, letter);
  return { state, letter };
}

connection.onHover((params) => {
  const current = currentLetter(params.textDocument.uri);
  if (!current) return null;
  const { state, letter } = current;
  const info = hoverAt(letter, state.lines.offsetAt(params.position));
  if (!info) return null;
  const range = { start: state.lines.positionAt(info.range.start), end: state.lines.positionAt(info.range.end) };
  return { range, contents: { kind: MarkupKind.Markdown, value: info.lines.join('\n\n') } };
});

connection.onCompletion((params) => {
  // Typing runs ahead of checking: complete on the current text of a document last checked as a letter.
  const document = documents.get(params.textDocument.uri);
  if (!document || !checked.get(params.textDocument.uri)?.isLetter) return [];
  const lines = new LineIndex(document.getText());
  return completionsAt(document.getText(), lines.offsetAt(params.position)).map((item, index) => ({
    label: item.label,
    detail: item.detail,
    kind: CompletionItemKind.Reference,
    tags: item.deprecated ? [CompletionItemTag.Deprecated] : undefined,
    sortText: `${item.deprecated ? 1 : 0}${String(index).padStart(3, '0')}`,
    textEdit: { range: { start: lines.positionAt(item.range.start), end: lines.positionAt(item.range.end) }, newText: item.insertText },
  }));
});

documents.listen(connection);
connection.listen();
