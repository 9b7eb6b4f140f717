/** The desktop extension: the language server runs as a Node process beside the extension host. */
import * as vscode from 'vscode';
import { LanguageClient, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { SERVER_ENV, SERVER_NODE_FLAGS, resolveLocale } from '../../server/src/protocol';
import { MAKE_REPORT, makeReport } from './report';
import { startExtension } from './extension';

export { deactivate } from './extension';

export function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const env = { ...process.env, ...SERVER_ENV };
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS], env } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6009'], env } },
  };
  // The report runs the bundled command line as a child process: desktop (and remote) only.
  context.subscriptions.push(vscode.commands.registerCommand(MAKE_REPORT, () =>
    makeReport(context.extensionUri, resolveLocale(vscode.workspace.getConfiguration('afgoerelsestjek').get('locale'), vscode.env.language))));
  return startExtension(context, {
    createClient: (options) => new LanguageClient('afgoerelsestjek', 'Afgørelsestjek', serverOptions, options),
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    readsThroughClient: false,
  });
}
