/** Messages between the VS Code client and the server beyond LSP; plain data, no imports. */

/** Server → client after each check: what the status bar shows. */
export const STATUS = 'afgoerelsestjek/status';
export interface StatusParams {
  uri: string;
  version: number | null;
  isLetter: boolean;
  findings: number;
  fixable: number;
  /** LIX of the letter's prose; null when not a letter or without prose. */
  lix: number | null;
}

/** Client → server: check these files (not open in the editor) and publish their diagnostics. */
export const CHECK_FILES = 'afgoerelsestjek/checkFiles';
export interface CheckFilesParams {
  uris: string[];
}
export interface CheckFilesResult {
  letters: number;
  findings: number;
}
