/**
 * The VS Code client: starts the bundled language server and inserts quick-fix
 * snippets with their tab stops. Everything else happens in the server.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';

const INSERT_SNIPPET = 'afgoerelsestjek.insertSnippet';
let client: LanguageClient | undefined;

interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

async function insertSnippet(uri: string, version: number, range: LspRange, snippet: string): Promise<boolean> {
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  if (!document || document.version !== version) {
    void vscode.window.showWarningMessage('Afgørelsen blev ændret, før rettelsen kunne indsættes. Prøv igen.');
    return false;
  }
  const editor = await vscode.window.showTextDocument(document);
  const target = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  return editor.insertSnippet(new vscode.SnippetString(snippet), target);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const outputChannel = vscode.window.createOutputChannel('Afgørelsestjek');
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: { configurationSection: 'afgoerelsestjek' },
    initializationOptions: { snippetCommand: INSERT_SNIPPET },
    outputChannel,
  };
  context.subscriptions.push(vscode.commands.registerCommand(INSERT_SNIPPET, insertSnippet));
  client = new LanguageClient('afgoerelsestjek', 'Afgørelsestjek', serverOptions, clientOptions);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
