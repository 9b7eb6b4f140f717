/**
 * The language server: maps LSP messages to the language service and gives
 * the service a host made of the connection and a way to read files. The
 * same mapping serves the Node process (nodeServer.ts) and the web worker
 * (browserServer.ts); they differ only in how files are read.
 */
import {
  Connection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  InitializeResult,
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
import { normaliseConfig } from './core';
import { CHECK_FILES, CheckFilesParams, CheckFilesResult, FIX_ALL_KIND, STATUS } from './protocol';
import {
  ApplyConfigFile, CONFIG_FILE_NAME, DocumentConfiguration, LOG_LEVELS, LanguageService, LanguageServiceHost, LogLevel, Logger, QUICKFIX_KIND,
  createLanguageService, describeError, documentConfiguration,
} from './service';

/** How a server reads the files that are not open: the disk in Node, the client in a web worker. */
export interface FileAccess {
  /** The text of a file (BOM removed), or undefined when it is not a readable letter-sized regular file. */
  readFile(uri: string): Promise<string | undefined>;
  /** Applies the settings file nearest to the document at `uri` (none: the settings unchanged). */
  configFileFor(uri: string): Promise<ApplyConfigFile>;
  /** Forgets settings files read before: the client says one changed. */
  forgetConfigFiles(): void;
  /** The extension's folder as a URI ending in "/", for the rules' documentation links (else the client's initializationOptions.extensionUri). */
  extensionUri?: string;
}

function logLevelOf(value: unknown): LogLevel | undefined {
  return LOG_LEVELS.includes(value as LogLevel) ? (value as LogLevel) : undefined;
}

/** Serves the language service on `connection` until the client exits; `edited` is told of every document opened, changed or closed. */
export function serve(connection: Connection, files: FileAccess, edited: () => void = () => undefined): void {
  let service: LanguageService | undefined;
  let canPullConfiguration = false;
  let canWatchFiles = false;
  /** The client's display language, used when the locale setting is "auto". */
  let displayLanguage = 'da';
  let logLevel: LogLevel = 'error';

  const logger: Logger = {
    error: (message) => {
      if (logLevel !== 'off') connection.console.error(message);
    },
    info: (message) => {
      if (logLevel === 'info' || logLevel === 'debug') connection.console.info(message);
    },
    debug: (message) => {
      if (logLevel === 'debug') connection.console.log(message);
    },
  };

  async function editorSettings(uri?: string): Promise<unknown> {
    if (!canPullConfiguration) return undefined;
    try {
      return await connection.workspace.getConfiguration({ scopeUri: uri, section: 'afgoerelsestjek' });
    } catch {
      return undefined;
    }
  }

  const host: LanguageServiceHost = {
    /** Editor settings, then the nearest .afgoerelsestjek.json over them. */
    async configuration(uri): Promise<DocumentConfiguration> {
      const settings = await editorSettings(uri);
      try {
        return documentConfiguration(settings, displayLanguage, await files.configFileFor(uri));
      } catch (error) {
        logger.error(`Indstillingsfilen kunne ikke læses: ${describeError(error)}`);
        return documentConfiguration(settings, displayLanguage, (base) => ({ config: normaliseConfig(undefined, base).config, problems: [] }));
      }
    },
    readFile: (uri) => files.readFile(uri),
    publishDiagnostics: (params) => void connection.sendDiagnostics(params),
    publishStatus: (params) => void connection.sendNotification(STATUS, params),
    // A notification, not window.showWarningMessage: that sends a request whose refusal would reject unhandled.
    showWarning: (message) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }),
  };

  async function refreshLogLevel(): Promise<void> {
    const settings = (await editorSettings()) as { logLevel?: unknown } | null | undefined;
    // An invalid value falls back to the default, as the settings problem says (documentConfiguration).
    if (settings?.logLevel !== undefined && settings.logLevel !== null) logLevel = logLevelOf(settings.logLevel) ?? 'error';
  }

  connection.onInitialize((params): InitializeResult => {
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    displayLanguage = params.locale ?? 'da';
    const init = params.initializationOptions as { snippetCommand?: unknown; logLevel?: unknown; extensionUri?: unknown } | undefined;
    logLevel = logLevelOf(init?.logLevel) ?? logLevel;
    const snippetCommand = typeof init?.snippetCommand === 'string' ? init.snippetCommand : undefined;
    const extensionUri = files.extensionUri ?? (typeof init?.extensionUri === 'string' ? init.extensionUri : undefined);
    const snippetCompletions = params.capabilities.textDocument?.completion?.completionItem?.snippetSupport === true;
    service = createLanguageService({ host, logger, snippetCommand, snippetCompletions, extensionUri });
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [QUICKFIX_KIND, FIX_ALL_KIND] },
        documentSymbolProvider: true,
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['§', ' '] },
      },
      serverInfo: { name: 'afgoerelsestjek' },
    };
  });

  connection.onInitialized(() => {
    if (canPullConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'afgoerelsestjek' }).catch(() => undefined);
      void refreshLogLevel();
    }
    // Settings files change outside the editor too: every client that can watch files tells us (VS Code, Neovim, Emacs …).
    if (canWatchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] }).catch(() => undefined);
    }
  });

  connection.onDidOpenTextDocument(({ textDocument }) => {
    edited();
    service?.openDocument(textDocument.uri, textDocument.version, textDocument.text);
  });
  connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
    edited();
    service?.changeDocument(textDocument.uri, textDocument.version, contentChanges);
  });
  connection.onDidCloseTextDocument(({ textDocument }) => {
    edited();
    service?.closeDocument(textDocument.uri);
  });

  connection.onDidChangeConfiguration(() => {
    void refreshLogLevel();
    service?.configurationChanged();
  });
  connection.onDidChangeWatchedFiles(() => {
    files.forgetConfigFiles();
    service?.configurationChanged();
  });

  connection.onRequest(CHECK_FILES, (params: CheckFilesParams, token): Promise<CheckFilesResult> =>
    service ? service.checkFiles(params.uris, token) : Promise.resolve({ letters: 0, findings: 0 }));
  connection.onCodeAction(({ textDocument, range, context }) => service?.codeActions(textDocument.uri, range, context) ?? []);
  connection.onDocumentSymbol(({ textDocument }) => service?.documentSymbols(textDocument.uri) ?? []);
  connection.onHover(({ textDocument, position }) => service?.hover(textDocument.uri, position) ?? null);
  connection.onCompletion(({ textDocument, position }) => service?.completions(textDocument.uri, position) ?? { isIncomplete: false, items: [] });
  connection.onShutdown(() => service?.dispose());

  connection.listen();
}
