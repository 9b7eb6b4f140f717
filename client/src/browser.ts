/** VS Code for the web: the language server runs in a web worker and reads workspace files through this client. */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { startExtension } from './extension';

export { deactivate } from './extension';

/** The browser's Worker (the extension's TypeScript has no DOM types). */
declare const Worker: new (url: string, options?: { name?: string }) => ConstructorParameters<typeof LanguageClient>[3];

export function activate(context: vscode.ExtensionContext): Promise<void> {
  const worker = new Worker(vscode.Uri.joinPath(context.extensionUri, 'dist', 'browser', 'server.js').toString(true), { name: 'Afgørelsestjek' });
  return startExtension(context, {
    createClient: (options) => new LanguageClient('afgoerelsestjek', 'Afgørelsestjek', options, worker),
    // Files in the web live under other schemes than file: (vscode-vfs:, vscode-test-web: …).
    documentSelector: [{ language: 'markdown' }],
    readsThroughClient: true,
  });
}
