/**
 * The test page's script (bundled for the browser): starts dist/browser/server.js
 * in a real Web Worker and speaks LSP to it, playing the client. Workspace files
 * are answered from a map, as VS Code for the web answers READ_FILE from its
 * file system. The test drives it through `window.lsp`.
 */
import {
  BrowserMessageReader,
  BrowserMessageWriter,
  ConfigurationRequest,
  DidOpenTextDocumentNotification,
  InitializeRequest,
  InitializeResult,
  InitializedNotification,
  ProtocolConnection,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
  RegistrationRequest,
  createProtocolConnection,
} from 'vscode-languageserver-protocol/browser';
import { READ_FILE, ReadFileParams } from '../../../server/src/protocol';

declare const Worker: new (url: string) => ConstructorParameters<typeof BrowserMessageReader>[0] & { onerror: ((event: { message: string }) => void) | null };
declare const window: { lsp: typeof lsp };

let connection: ProtocolConnection | undefined;
const published: PublishDiagnosticsParams[] = [];
const reads: string[] = [];
const workerErrors: string[] = [];

function server(): ProtocolConnection {
  if (!connection) throw new Error('the server is not started');
  return connection;
}

async function waitFor(uri: string, version?: number): Promise<PublishDiagnosticsParams> {
  for (let waited = 0; ; waited += 20) {
    const found = [...published].reverse().find((p) => p.uri === uri && (version === undefined || p.version === version));
    if (found) return found;
    if (workerErrors.length > 0) throw new Error(`worker failed: ${workerErrors.join('; ')}`);
    if (waited > 30_000) throw new Error(`no diagnostics for ${uri}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const lsp = {
  async start(files: Record<string, string>, settings: unknown): Promise<InitializeResult> {
    const worker = new Worker('/server.js');
    worker.onerror = (event: { message: string }) => workerErrors.push(event.message);
    connection = createProtocolConnection(new BrowserMessageReader(worker), new BrowserMessageWriter(worker));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => published.push(params));
    connection.onRequest(READ_FILE, ({ uri }: ReadFileParams) => {
      reads.push(uri);
      return files[uri] ?? null;
    });
    connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => settings));
    connection.onRequest(RegistrationRequest.type, () => undefined);
    connection.listen();
    const result = await connection.sendRequest(InitializeRequest.type, {
      processId: null,
      rootUri: null,
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
      initializationOptions: { extensionUri: 'https://extension.test/' },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return result;
  },

  async open(uri: string, text: string): Promise<PublishDiagnosticsParams> {
    await server().sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    return waitFor(uri, 1);
  },

  request(method: string, params: unknown): Promise<unknown> {
    return server().sendRequest(method, params);
  },

  diagnostics: (uri: string) => waitFor(uri),
  reads: () => [...reads],
};

window.lsp = lsp;
