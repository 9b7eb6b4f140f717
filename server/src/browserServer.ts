/**
 * The language server in a web worker (VS Code for the web): the same
 * mapping as in Node, with files read through the client (READ_FILE), since
 * a worker has no file system.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { READ_FILE, ReadFileParams } from './protocol';
import { FileAccess, serve } from './server';
import { configFileByUri } from './service';

/** The worker's global scope, which the connection reads from and posts to. */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));

async function readFile(uri: string): Promise<string | undefined> {
  try {
    const text = await connection.sendRequest<string | null>(READ_FILE, { uri } satisfies ReadFileParams);
    return typeof text === 'string' ? text.replace(/^\uFEFF/, '') : undefined;
  } catch {
    return undefined;
  }
}

const client: FileAccess = {
  readFile,
  configFileFor: (uri) => configFileByUri(uri, readFile),
  // Nothing is kept between reads: every settings lookup asks the client again.
  forgetConfigFiles: () => undefined,
};

serve(connection, client);
