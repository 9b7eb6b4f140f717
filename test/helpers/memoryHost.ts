import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import type { StatusParams } from '../../server/src/protocol';
import { LanguageServiceHost, configFileByUri, documentConfiguration } from '../../server/src/service';

/** A language service host in memory: files by URI, editor settings, and what the service published. */
export class MemoryHost implements LanguageServiceHost {
  /** Workspace files by URI, settings files included. */
  readonly files = new Map<string, string>();
  /** The editor's `afgoerelsestjek` settings. */
  settings: unknown = {};
  /** The client's display language. */
  displayLanguage = 'da';
  readonly published: PublishDiagnosticsParams[] = [];
  readonly statuses: StatusParams[] = [];
  readonly warnings: string[] = [];
  private readonly waiters: Array<() => void> = [];

  async configuration(uri: string) {
    return documentConfiguration(this.settings, this.displayLanguage, await configFileByUri(uri, (file) => this.readFile(file)));
  }

  async readFile(uri: string): Promise<string | undefined> {
    return this.files.get(uri);
  }

  publishDiagnostics(params: PublishDiagnosticsParams): void {
    this.published.push(params);
    this.waiters.splice(0).forEach((wake) => wake());
  }

  publishStatus(params: StatusParams): void {
    this.statuses.push(params);
  }

  showWarning(message: string): void {
    this.warnings.push(message);
  }

  /** Waits until a publication satisfies `accept` (bounded by mocha's timeout). */
  async waitFor(accept: (params: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams> {
    for (;;) {
      const found = [...this.published].reverse().find(accept);
      if (found) return found;
      await new Promise<void>((wake) => this.waiters.push(wake));
    }
  }

  diagnostics(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return this.waitFor((p) => p.uri === uri && p.version === version);
  }

  /** The first publication for `uri` after this call. */
  nextPublication(uri: string): Promise<PublishDiagnosticsParams> {
    const before = this.published.length;
    return this.waitFor((p) => p.uri === uri && this.published.indexOf(p) >= before);
  }
}

export const silentLogger = { error: () => undefined, info: () => undefined, debug: () => undefined };
