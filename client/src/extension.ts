/**
 * The VS Code client: starts the bundled language server, inserts quick-fix
 * snippets with their tab stops, and shows what the server reports (status
 * bar, commands). The checking happens in the server. The same client runs
 * on the desktop (node.ts: the server as a Node process) and in VS Code for
 * the web (browser.ts: the server in a web worker); it uses no Node API.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, DocumentSelector, LanguageClientOptions } from 'vscode-languageclient';
import { CHECK_FILES, CheckFilesParams, CheckFilesResult, FIX_ALL_KIND, Locale, MAX_LETTER_BYTES, READ_FILE, ReadFileParams, STATUS, StatusParams, resolveLocale } from '../../server/src/protocol';
import { text } from './messages';
import { SHOW_RULE, SHOW_RULES, linkRulePages, rulesOf, showRule, showRules } from './rules';
import { offerTemplatesWhileTyping } from './templates';
import { snippetBody } from '../../server/src/core/snippets';
import { WHOLE_LETTER } from '../../server/src/core/templates';
import { decodeLetter } from '../../server/src/letterEncoding';

const INSERT_SNIPPET = 'afgoerelsestjek.insertSnippet';
const FIX_ALL = 'afgoerelsestjek.fixAll';
const CHECK_WORKSPACE = 'afgoerelsestjek.checkWorkspace';
const SHOW_OUTPUT = 'afgoerelsestjek.showOutput';
const NEW_LETTER = 'afgoerelsestjek.newLetter';
const CHECK_AS_LETTER = 'afgoerelsestjek.checkAsLetter';
/** The source of our diagnostics (the server's). */
const SOURCE = 'afgørelsestjek';
/** Context key for the fix-all command's enablement. */
const HAS_FIXABLE = 'afgoerelsestjek.hasFixable';
/** Files sent to the server per request when checking the workspace: progress moves, cancel works. */
const BATCH = 25;

let client: BaseLanguageClient | undefined;

/** The language of the client's texts for a file (or the workspace): the same setting the server uses for diagnostics. */
function localeFor(scope?: vscode.Uri): Locale {
  return resolveLocale(vscode.workspace.getConfiguration('afgoerelsestjek', scope).get('locale'), vscode.env.language);
}

interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** A snippet to insert, as the server sends it. */
interface SnippetEdit {
  range: LspRange;
  snippet: string;
}

/**
 * Inserts the server's snippets into the document they were computed for, as
 * one snippet session: Tab runs through every tab stop in reading order.
 */
async function insertSnippets(uri: string, version: number, snippets: readonly SnippetEdit[]): Promise<boolean> {
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  if (!document || document.version !== version) {
    void vscode.window.showWarningMessage(text(localeFor(vscode.Uri.parse(uri)), 'letterChanged'));
    return false;
  }
  await vscode.window.showTextDocument(document);
  const edit = new vscode.WorkspaceEdit();
  edit.set(document.uri, snippets.map(({ range, snippet }) => vscode.SnippetTextEdit.replace(
    new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character),
    new vscode.SnippetString(snippet),
  )));
  return vscode.workspace.applyEdit(edit);
}

/** The status bar item: the active letter's finding count and LIX; a click opens Problems. */
class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('afgoerelsestjek.status', vscode.StatusBarAlignment.Right, 100);
  private readonly byUri = new Map<string, StatusParams>();

  constructor() {
    this.item.name = 'Afgørelsestjek';
  }

  update(status: StatusParams): void {
    this.byUri.set(status.uri, status);
    this.refresh();
  }

  isLetter(uri: vscode.Uri): boolean {
    return this.byUri.get(uri.toString())?.isLetter === true;
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  refresh(): void {
    const uri = vscode.window.activeTextEditor?.document.uri;
    const status = uri ? this.byUri.get(uri.toString()) : undefined;
    void vscode.commands.executeCommand('setContext', HAS_FIXABLE, (status?.fixable ?? 0) > 0);
    if (uri && status?.looksLikeLetter) {
      const locale = localeFor(uri);
      this.item.text = `$(question) ${text(locale, 'notRecognised')}`;
      this.item.tooltip = text(locale, 'notRecognisedTooltip');
      this.item.command = CHECK_AS_LETTER;
      this.item.show();
      return;
    }
    if (!uri || !status?.isLetter) {
      this.item.hide();
      return;
    }
    this.item.command = 'workbench.actions.view.problems';
    // Counted from the diagnostics VS Code holds, as Problems lists them (hints are not listed there).
    const shown = vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE && d.severity !== vscode.DiagnosticSeverity.Hint);
    const worst = Math.min(...shown.map((d) => d.severity));
    const icon = shown.length === 0 ? '$(check)' : worst === vscode.DiagnosticSeverity.Error ? '$(error)' : worst === vscode.DiagnosticSeverity.Warning ? '$(warning)' : '$(info)';
    const locale = localeFor(uri);
    const lix = status.lix === null ? '' : ` · LIX ${status.lix}`;
    this.item.text = `${icon} ${shown.length === 1 ? text(locale, 'oneFinding') : text(locale, 'findings', shown.length)}${lix}`;
    this.item.tooltip = status.lix === null ? text(locale, 'statusTooltip') : text(locale, 'statusTooltipLix', status.lix);
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}

async function fixAll(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  await vscode.commands.executeCommand('editor.action.sourceAction', { kind: FIX_ALL_KIND, apply: 'first' });
}

/**
 * Asks, then marks the active document as a decision with front matter
 * (`dokument: afgørelse`, which detection honours before anything else).
 */
async function checkAsLetter(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const { document } = editor;
  const locale = localeFor(document.uri);
  const answer = await vscode.window.showInformationMessage(text(locale, 'checkAsLetterQuestion'), text(locale, 'checkAsLetter'));
  if (answer !== text(locale, 'checkAsLetter')) return;
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const hasFrontMatter = document.lineCount > 1 && document.lineAt(0).text === '---';
  const edit = new vscode.WorkspaceEdit();
  // Inside front matter already there, or as its own at the top.
  if (hasFrontMatter) edit.insert(document.uri, new vscode.Position(1, 0), `dokument: afgørelse${eol}`);
  else edit.insert(document.uri, new vscode.Position(0, 0), `---${eol}dokument: afgørelse${eol}---${eol}${eol}`);
  await vscode.workspace.applyEdit(edit);
}

/** A new, unsaved letter from the full-letter template (the walkthrough's first step). */
async function newLetter(): Promise<void> {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown' });
  await vscode.window.showTextDocument(document);
  await vscode.window.activeTextEditor?.insertSnippet(new vscode.SnippetString(snippetBody(WHOLE_LETTER)));
}

/** Remembered per workspace: its letters were checked, so a new window checks them again. */
const WORKSPACE_CHECKED = 'afgoerelsestjek.workspaceChecked';

/**
 * Sends every Markdown file in the workspace to the server so Problems shows
 * all letters. `quietly`: in the status bar, without opening Problems or a
 * message (a new window restoring what the user asked for before).
 */
async function checkWorkspace(state: vscode.Memento, quietly = false): Promise<CheckFilesResult | undefined> {
  if (!client) return undefined;
  const locale = localeFor();
  const languageClient = client;
  const files = await vscode.workspace.findFiles('**/*.{md,markdown}', '{**/node_modules/**,**/.git/**,**/dist/**,**/out/**}');
  const result = await vscode.window.withProgress(
    { location: quietly ? vscode.ProgressLocation.Window : vscode.ProgressLocation.Notification, title: text(locale, 'checkingWorkspace'), cancellable: !quietly },
    async (progress, token) => {
      const total: CheckFilesResult = { letters: 0, findings: 0 };
      for (let i = 0; i < files.length && !token.isCancellationRequested; i += BATCH) {
        const batch = files.slice(i, i + BATCH);
        const params: CheckFilesParams = { uris: batch.map((uri) => uri.toString()) };
        const part = await languageClient.sendRequest<CheckFilesResult>(CHECK_FILES, params, token);
        total.letters += part.letters;
        total.findings += part.findings;
        progress.report({ increment: (100 * batch.length) / files.length, message: `${Math.min(i + BATCH, files.length)}/${files.length}` });
      }
      return total;
    },
  );
  await state.update(WORKSPACE_CHECKED, true);
  if (quietly) return result;
  void vscode.commands.executeCommand('workbench.actions.view.problems');
  void vscode.window.showInformationMessage(text(locale, 'workspaceChecked', result.letters, result.findings));
  return result; // for callers of the command, e.g. the end-to-end tests
}

/** The text of a workspace file for the server in a web worker, which cannot read files itself; null for no letter-sized regular file. */
async function readFile({ uri }: ReadFileParams): Promise<string | null> {
  try {
    const file = vscode.Uri.parse(uri);
    const stat = await vscode.workspace.fs.stat(file);
    if ((stat.type & vscode.FileType.File) === 0 || stat.size > MAX_LETTER_BYTES) return null;
    // As the CLI and the desktop server read files: UTF-16 by its BOM, UTF-8, else Windows-1252; binary files not.
    const read = decodeLetter(await vscode.workspace.fs.readFile(file));
    return 'text' in read ? read.text : null;
  } catch {
    return null;
  }
}

/** How the desktop and the web start the language server. */
export interface ServerStart {
  createClient(options: LanguageClientOptions): BaseLanguageClient;
  documentSelector: DocumentSelector;
  /** The server cannot read files and asks the client (READ_FILE). */
  readsThroughClient: boolean;
}

export async function startExtension(context: vscode.ExtensionContext, start: ServerStart): Promise<void> {
  const outputChannel = vscode.window.createOutputChannel('Afgørelsestjek');
  const clientOptions: LanguageClientOptions = {
    documentSelector: start.documentSelector,
    // The server registers its own watcher for .afgoerelsestjek.json, as it does in every editor that can watch files.
    synchronize: { configurationSection: 'afgoerelsestjek' },
    initializationOptions: {
      snippetCommand: INSERT_SNIPPET,
      logLevel: vscode.workspace.getConfiguration('afgoerelsestjek').get('logLevel'),
      // For the rules' documentation links from a server that cannot find its own folder (the web worker).
      extensionUri: `${context.extensionUri.toString()}/`,
    },
    outputChannel,
    middleware: {
      handleDiagnostics: (uri, diagnostics, next) => next(uri, linkRulePages(diagnostics, SOURCE)),
      // VS Code's own Markdown outline already lists the headings; a second provider would show a
      // second tree beside it. Editors without a Markdown outline (Neovim, Emacs) get the server's.
      provideDocumentSymbols: () => [],
    },
  };
  const statusBar = new StatusBar();
  context.subscriptions.push(
    statusBar,
    outputChannel,
    vscode.commands.registerCommand(INSERT_SNIPPET, insertSnippets),
    vscode.commands.registerCommand(FIX_ALL, fixAll),
    vscode.commands.registerCommand(CHECK_WORKSPACE, () => checkWorkspace(context.workspaceState)),
    vscode.commands.registerCommand(SHOW_OUTPUT, () => outputChannel.show(true)),
    vscode.commands.registerCommand(NEW_LETTER, newLetter),
    vscode.commands.registerCommand(CHECK_AS_LETTER, checkAsLetter),
    offerTemplatesWhileTyping((uri) => statusBar.isLetter(uri)),
    vscode.commands.registerCommand(SHOW_RULE, (ruleId: unknown) => showRule(context.extensionUri, ruleId)),
    vscode.commands.registerCommand(SHOW_RULES, () => showRules(context.extensionUri, rulesOf(context.extension), localeFor())),
    vscode.languages.onDidChangeDiagnostics((event) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (event.uris.some((uri) => uri.toString() === active)) statusBar.refresh();
    }),
    vscode.window.onDidChangeActiveTextEditor(() => statusBar.refresh()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('afgoerelsestjek.locale')) statusBar.refresh();
    }),
    vscode.workspace.onDidCloseTextDocument((document) => statusBar.forget(document.uri.toString())),
  );
  client = start.createClient(clientOptions);
  if (start.readsThroughClient) context.subscriptions.push(client.onRequest(READ_FILE, readFile));
  await client.start();
  // Findings of "check every letter" live in the server: after a reload, check the workspace again.
  if (context.workspaceState.get(WORKSPACE_CHECKED) === true) void checkWorkspace(context.workspaceState, true);
  context.subscriptions.push(client.onNotification(STATUS, (status: StatusParams) => statusBar.update(status)));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
