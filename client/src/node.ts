/** The desktop extension: the language server runs as a Node process beside the extension host. */
import * as vscode from 'vscode';
import { LanguageClient, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { SERVER_NODE_FLAGS } from '../../server/src/protocol';
import { startExtension } from './extension';

export { deactivate } from './extension';

export function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6009'] } },
  };
  return startExtension(context, {
    createClient: (options) => new LanguageClient('afgoerelsestjek', 'Afgørelsestjek', serverOptions, options),
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    readsThroughClient: false,
  });
}
