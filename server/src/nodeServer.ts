/** The language server as a Node process (stdio or IPC): files are read from disk. */
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { forgetConfigFiles, resolveConfig } from './configFile';
import { readLetterFile } from './files';
import { FileAccess, serve } from './server';
import { whenIdle } from './idle';

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
    // Regular files only, size checked first (a pipe named x.md hung the server): the CLI's reader.
    const path = filePath(uri);
    const read = path ? readLetterFile(path) : undefined;
    return read && 'text' in read ? read.text : undefined;
  },
  async configFileFor(uri) {
    const fileName = filePath(uri);
    return (base) => resolveConfig({ fileName, base });
  },
  forgetConfigFiles,
  // The bundle is dist/serverMain.js; the docs sit beside dist/.
  extensionUri: pathToFileURL(resolve(__dirname, '..')).href + '/',
};

/** How long the documents rest before the heap is collected. */
const IDLE_COLLECT_MS = 5000;

serve(createConnection(ProposedFeatures.all), disk, whenIdle(IDLE_COLLECT_MS, (globalThis as { gc?: () => void }).gc));
