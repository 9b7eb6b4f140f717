/** Messages and shared settings logic between the VS Code client and the server beyond LSP; imports only the tiny locale module, so the client bundle stays small. */
import { Locale, toLocale } from './core/locale';

export type { Locale } from './core/locale';

/** The fix-all code action kind (editor.codeActionsOnSave: "source.fixAll.afgoerelsestjek"). */
export const FIX_ALL_KIND = 'source.fixAll.afgoerelsestjek';

/**
 * Node flags the client starts the server with (the benchmarks too). 16 MB
 * semi-spaces (V8's default maximum, here from the start): a keystroke in a
 * 40-page letter allocates a few MB, and with smaller semi-spaces nearly every
 * keystroke ran a young-generation collection that copied the letter's live
 * model (with 4 MB, typing p50 on 40 pages was about 1.9 × that on 12 KB;
 * with 16 MB about 1.5 ×, docs/PERFORMANCE.md). --expose-gc lets the server
 * give memory back with one full collection once the user pauses
 * (nodeServer.ts): V8 rarely runs one by itself with a young generation this
 * size, and 50 open letters then held about 145 instead of 70 MiB.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=16', '--expose-gc'];

/**
 * The `afgoerelsestjek.locale` setting as a language. Client and server both
 * use this, so the status bar and the diagnostics always agree: "auto" follows
 * the editor's display language (English only when it is English); anything
 * else is Danish.
 */
export function resolveLocale(setting: unknown, displayLanguage: string): Locale {
  if (setting === 'en' || setting === 'da') return setting;
  return setting === 'auto' ? toLocale(displayLanguage) : 'da';
}

/** Server → client after each check: what the status bar shows. */
export const STATUS = 'afgoerelsestjek/status';
export interface StatusParams {
  uri: string;
  version: number | null;
  isLetter: boolean;
  /** Not taken for a letter, but close to one: the editor offers to check it as one. */
  looksLikeLetter: boolean;
  findings: number;
  fixable: number;
  /** LIX of the letter's prose; null when not a letter or without prose. */
  lix: number | null;
}

/** Files larger than this are not letters and are not read: a letter is 10-50 KB (CLI, server and web client). */
export const MAX_LETTER_BYTES = 5 * 1024 * 1024;

/** Client → server: check these files (not open in the editor) and publish their diagnostics. */
export const CHECK_FILES = 'afgoerelsestjek/checkFiles';
export interface CheckFilesParams {
  uris: string[];
}
export interface CheckFilesResult {
  letters: number;
  findings: number;
}

/**
 * Server → client, in a web worker only: the text of a workspace file (a
 * settings file, or a letter for "check every letter"), or null when it
 * does not exist, is not a file or is too large to be a letter.
 */
export const READ_FILE = 'afgoerelsestjek/readFile';
export interface ReadFileParams {
  uri: string;
}
