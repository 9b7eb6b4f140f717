/** The language server as a Node process (stdio or IPC): files are read from disk. */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { forgetConfigFiles, resolveConfig } from './configFile';
import { FileAccess, serve } from './server';

/** Files in the workspace larger than this are not letters (the CLI uses the same limit). */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** The file system path of a file: URI; undefined for other schemes. */
function filePath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

const disk: FileAccess = {
  async readFile(uri) {
    const path = filePath(uri);
    try {
      return path && statSync(path).size <= MAX_FILE_BYTES ? readFileSync(path, 'utf8').replace(/^\uFEFF/, '') : undefined;
    } catch {
      return undefined;
    }
  },
  async configFileFor(uri) {
    const fileName = filePath(uri);
    return (base) => resolveConfig({ fileName, base });
  },
  forgetConfigFiles,
  // The bundle is dist/server.js; the docs sit beside dist/.
  extensionUri: pathToFileURL(resolve(__dirname, '..')).href + '/',
};

serve(createConnection(ProposedFeatures.all), disk);
