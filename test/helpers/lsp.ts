import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import {
  ConfigurationRequest,
  DidOpenTextDocumentNotification,
  InitializeRequest,
  InitializedNotification,
  ProtocolConnection,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
  Registration,
  RegistrationRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { SERVER_ENV, SERVER_NODE_FLAGS } from '../../server/src/protocol';
import { ROOT } from './fixtures';

/**
 * A JSON-RPC client on a server process's stdio. The reader's partial-message
 * timer is off: when the server is killed in the middle of a message,
 * vscode-jsonrpc re-arms that timer every 10 s for good, even after dispose,
 * and it keeps the test or bench process from ever exiting.
 */
export function connectTo(server: ChildProcess): ProtocolConnection {
  const reader = new StreamMessageReader(server.stdout!);
  reader.partialMessageTimeout = 0;
  return createProtocolConnection(reader, new StreamMessageWriter(server.stdin!));
}

/** The bundled server over stdio, spoken to with a real JSON-RPC client. */
export class LspSession {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  /** Every publishDiagnostics received, in arrival order. */
  readonly published: PublishDiagnosticsParams[] = [];
  private readonly waiters: Array<() => void> = [];
  /** What the server gets when it asks for the afgoerelsestjek settings. */
  settings: unknown = {};
  /** Every capability the server registered dynamically. */
  readonly registrations: Registration[] = [];

  /** `nodeArgs` go to node before the server script (e.g. a --require preload). */
  constructor(nodeArgs: string[] = []) {
    this.process = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...nodeArgs, join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...SERVER_ENV } });
    this.connection = connectTo(this.process);
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      this.waiters.splice(0).forEach((wake) => wake());
    });
    this.connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => this.settings));
    this.connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations);
    });
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  /** `watchFiles`: the client can watch files the server names (dynamic registration of didChangeWatchedFiles). */
  async initialize(initializationOptions?: unknown, locale?: string, watchFiles = false): Promise<void> {
    await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      locale,
      rootUri: null,
      capabilities: {
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: watchFiles } },
        textDocument: { publishDiagnostics: { versionSupport: true } },
      },
      initializationOptions,
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  /** Opens a Markdown document in the server, as an editor does. */
  open(uri: string, text: string, version = 1): void {
    void this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  /** Waits until a publication satisfies `accept` (conditions, not sleeps; bounded by mocha's timeout). */
  async waitFor(accept: (params: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams> {
    for (;;) {
      const found = [...this.published].reverse().find(accept);
      if (found) return found;
      await new Promise<void>((wake) => this.waiters.push(wake));
    }
  }

  /** The first publication for `uri` that arrives after this call. */
  nextPublication(uri: string): Promise<PublishDiagnosticsParams> {
    const before = this.published.length;
    return this.waitFor((p) => p.uri === uri && this.published.indexOf(p) >= before);
  }

  diagnostics(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return this.waitFor((p) => p.uri === uri && p.version === version);
  }

  dispose(): void {
    this.connection.dispose();
    this.process.kill();
  }
}
