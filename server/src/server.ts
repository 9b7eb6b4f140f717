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
  InitializeParams,
  InitializeResult,
  MarkupKind,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { Config, DEFAULT_CONFIG, Finding, LetterModel, LineIndex, Severity, checkDocument, completionsAt, hoverAt, normaliseConfig, ruleById, ruleDocPath } from './core';

const SOURCE = 'afgørelsestjek';
const QUICKFIX_KIND = `${CodeActionKind.QuickFix}.afgoerelsestjek`;
/** Above this size a document is not checked: a letter is 10-50 KB; 2 MB is a pasted archive. */
export const MAX_DOCUMENT_LENGTH = 2_000_000;

interface EnableSetting {
  enable: boolean;
}

interface Checked {
  version: number;
  findings: Finding[];
  lines: LineIndex;
  /** Set when the document was checked as a letter: hover and completion work there only. */
  letter?: LetterModel;
}

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const checked = new Map<string, Checked>();
const pending = new Map<string, NodeJS.Immediate>();
const settingsCache = new Map<string, Promise<Config & EnableSetting>>();
let canPullConfiguration = false;
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
  const init = params.initializationOptions as { snippetCommand?: unknown } | undefined;
  snippetCommand = typeof init?.snippetCommand === 'string' ? init.snippetCommand : undefined;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      codeActionProvider: { codeActionKinds: [QUICKFIX_KIND] },
      hoverProvider: true,
      completionProvider: { triggerCharacters: ['§', ' '] },
    },
    serverInfo: { name: 'afgoerelsestjek' },
  };
});

connection.onInitialized(() => {
  if (canPullConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'afgoerelsestjek' }).catch(() => undefined);
  }
});

async function settingsFor(uri: string): Promise<Config & EnableSetting> {
  if (!canPullConfiguration) return { ...DEFAULT_CONFIG, enable: true };
  let settings = settingsCache.get(uri);
  if (!settings) {
    settings = connection.workspace.getConfiguration({ scopeUri: uri, section: 'afgoerelsestjek' }).then(
      (raw: unknown) => {
        const { config, problems } = normaliseConfig(raw);
        for (const problem of problems) connection.console.warn(`Indstillinger: ${problem.message}`);
        const enable = (raw as { enable?: unknown } | null)?.enable;
        return { ...config, enable: enable !== false };
      },
      () => ({ ...DEFAULT_CONFIG, enable: true }),
    );
    settingsCache.set(uri, settings);
  }
  return settings;
}

function toDiagnostic(finding: Finding, lines: LineIndex): Diagnostic {
  const rule = ruleById(finding.ruleId);
  return {
    range: { start: lines.positionAt(finding.range.start), end: lines.positionAt(finding.range.end) },
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: rule ? { href: pathToFileURL(resolve(__dirname, '..', ruleDocPath(rule.id))).toString() } : undefined,
    source: SOURCE,
    message: finding.message,
  };
}

async function validate(document: TextDocument): Promise<void> {
  const settings = await settingsFor(document.uri);
  const current = documents.get(document.uri);
  // A newer version arrived while settings were fetched: its own run publishes.
  if (!current || current.version !== document.version) return;
  const text = document.getText();
  const lines = new LineIndex(text);
  let findings: Finding[] = [];
  let letter: LetterModel | undefined;
  let diagnostics: Diagnostic[] = [];
  if (settings.enable && text.length > MAX_DOCUMENT_LENGTH) {
    diagnostics = [{
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Information,
      source: SOURCE,
      message: `Dokumentet er for stort til at blive tjekket (${(text.length / 1e6).toFixed(1)} mio. tegn; grænsen er ${MAX_DOCUMENT_LENGTH / 1e6} mio.).`,
    }];
  } else if (settings.enable) {
    const started = Date.now();
    const result = checkDocument(text, { fileName: uriPath(document.uri), config: settings });
    findings = result.findings;
    letter = result.detection.isLetter ? result.letter : undefined;
    diagnostics = findings.map((finding) => toDiagnostic(finding, lines));
    connection.console.log(`Tjekket version ${document.version}: ${findings.length} fund på ${Date.now() - started} ms.`);
  }
  checked.set(document.uri, { version: document.version, findings, lines, letter });
  void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
}

/** Coalesces bursts of changes: only the newest version of a document is checked. */
function schedule(document: TextDocument): void {
  const previous = pending.get(document.uri);
  if (previous) clearImmediate(previous);
  pending.set(document.uri, setImmediate(() => {
    pending.delete(document.uri);
    const latest = documents.get(document.uri);
    if (latest) validate(latest).catch((error: unknown) => connection.console.error(`Tjek fejlede: ${describe(error)}`));
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
  checked.delete(event.document.uri);
  settingsCache.delete(event.document.uri);
  void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

connection.onDidChangeConfiguration(() => {
  settingsCache.clear();
  for (const document of documents.all()) schedule(document);
});

function sameRange(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

connection.onCodeAction((params: CodeActionParams): CodeAction[] => {
  const document = documents.get(params.textDocument.uri);
  const state = checked.get(params.textDocument.uri);
  if (!document || !state || state.version !== document.version) return [];
  const ours = params.context.diagnostics.filter((d) => d.source === SOURCE);
  const actions: CodeAction[] = [];
  for (const finding of state.findings) {
    if (!finding.fix) continue;
    const diagnostic = toDiagnostic(finding, state.lines);
    const match = ours.find((d) => d.code === finding.ruleId && d.message === finding.message && sameRange(d.range, diagnostic.range));
    if (!match) continue;
    const { edit } = finding.fix;
    const range = { start: state.lines.positionAt(edit.range.start), end: state.lines.positionAt(edit.range.end) };
    const action: CodeAction = { title: finding.fix.title, kind: QUICKFIX_KIND, diagnostics: [match], isPreferred: true };
    if (snippetCommand && edit.snippet !== undefined) {
      action.command = { title: finding.fix.title, command: snippetCommand, arguments: [document.uri, document.version, range, edit.snippet] };
    } else {
      action.edit = { changes: { [document.uri]: [{ range, newText: edit.text }] } };
    }
    actions.push(action);
  }
  return actions;
});

/** The checked state of a letter, if it is current. */
function currentLetter(uri: string): Checked | undefined {
  const state = checked.get(uri);
  return state?.letter && state.version === documents.get(uri)?.version ? state : undefined;
}

connection.onHover((params) => {
  const state = currentLetter(params.textDocument.uri);
  const info = state && hoverAt(state.letter!, state.lines.offsetAt(params.position));
  if (!state || !info) return null;
  const range = { start: state.lines.positionAt(info.range.start), end: state.lines.positionAt(info.range.end) };
  return { range, contents: { kind: MarkupKind.Markdown, value: info.lines.join('\n\n') } };
});

connection.onCompletion((params) => {
  // Typing runs ahead of checking: complete on the current text of a document last checked as a letter.
  const document = documents.get(params.textDocument.uri);
  if (!document || !checked.get(params.textDocument.uri)?.letter) return [];
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
