/**
 * What the language service needs from where it runs: the editor's settings
 * and files in, diagnostics and messages out. A Node server, a web worker and
 * the tests each give their own host; the service itself touches no file
 * system, process or connection.
 */
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import type { Config, Locale } from '../core';
import type { StatusParams } from '../protocol';

/** A settings problem, in Danish, from the editor's settings or a settings file. */
export interface ConfigurationProblem {
  /** The settings file it is in; absent for the editor's settings. */
  file?: string;
  message: string;
  /** Whether the whole file was ignored. */
  fatal: boolean;
}

/** The settings a document is checked with: the editor's, with the nearest `.afgoerelsestjek.json` over them. */
export interface DocumentConfiguration {
  config: Config;
  enable: boolean;
  locale: Locale;
  problems: ConfigurationProblem[];
}

export interface LanguageServiceHost {
  /** The settings for the document at `uri`; asked once per document until `configurationChanged`. */
  configuration(uri: string): Promise<DocumentConfiguration>;
  /** The text of a file that is not open (BOM removed), or undefined when it is not a readable letter-sized file. */
  readFile(uri: string): Promise<string | undefined>;
  publishDiagnostics(params: PublishDiagnosticsParams): void;
  publishStatus(params: StatusParams): void;
  /** Shows the user a warning (a settings problem). */
  showWarning(message: string): void;
}

/** Logs counts, timings and ids; never letter text. */
export interface Logger {
  error(message: string): void;
  info(message: string): void;
  debug(message: string): void;
}

/** A request's cancellation, as the LSP connection gives it. */
export interface Cancellation {
  readonly isCancellationRequested: boolean;
}
