/** Messages and shared settings logic between the VS Code client and the server beyond LSP; imports only the tiny locale module, so the client bundle stays small. */
import { Locale, toLocale } from './core/locale';

export type { Locale } from './core/locale';

/** The fix-all code action kind (editor.codeActionsOnSave: "source.fixAll.afgoerelsestjek"). */
export const FIX_ALL_KIND = 'source.fixAll.afgoerelsestjek';

/**
 * Node flags the client starts the server with (the benchmarks too). A
 * keystroke in a 40-page letter allocates about 1.4 MB; each young-generation
 * collection copies the live model of the letter, so the semi-space size sets
 * how often a keystroke pays for that. 8 MB semi-spaces: typing p50 on 40
 * pages about 1.5 × that on 12 KB, against about 1.9 × with 4 MB; 16 MB was
 * about 1.4 ×, but V8 then kept about 110 MiB with 50 letters open after 20 s
 * idle, against about 70 with 8 MB (docs/PERFORMANCE.md). --expose-gc lets
 * the server run one full collection once the user pauses (nodeServer.ts);
 * --compact-on-every-full-gc makes that collection move the survivors together
 * and give the emptied pages back: without it the old generation stayed at its
 * peak (about 120 MiB RSS after 50 letters) until V8's memory reducer started,
 * 15 s or more later.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=8', '--expose-gc', '--compact-on-every-full-gc'];

/**
 * Environment the client adds for the server (the benchmarks too). glibc gives
 * each thread that allocates its own malloc arena, and V8's helper threads
 * leave freed native memory in theirs: with two arenas the server kept about
 * 4 MiB less with 50 letters open after 20 s idle (91-92 against 95-96 MiB,
 * side by side). Other C libraries ignore the variable.
 */
export const SERVER_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2' };

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
