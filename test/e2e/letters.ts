/**
 * What every editor must show for the two example letters. The expected lines come from the
 * letter's own `<!-- forvent: … -->` markers; the expected start of each finding is the first
 * occurrence of an anchor text on that line, so columns are checked independently of the core.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository root: the nearest folder above this (bundled) file that holds .vscodeignore. */
export const REPO = ((): string => {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, '.vscodeignore')) && existsSync(join(dir, 'package.json'))) return dir;
  }
  throw new Error(`no repository root above ${__dirname}`);
})();
export const DEFECTIVE = 'mangelfuld-nedsaettelse-praktisk-hjaelp-sel-83.md';
export const GOOD = 'god-afslag-hjaelpemiddel-sel-112.md';
export const EXAMPLES = join(REPO, 'examples');

/** Where each finding of the defective letter starts on its marked line. */
const ANCHORS: Record<string, string> = {
  hjemmel: 'Begrundelse',
  kvalitetsstandard: 'Ifølge',
  hovedhensyn: 'Vi vurderer',
  klagevejledning: 'Klagevejledning',
};

/** The appeal-guidance fix offered for the defective letter, and the finding it removes. */
export const APPEAL_FIX_TITLE = 'Tilføj klagefristen (4 uger) til klagevejledningen';
export const APPEAL_FIX_MESSAGE = /klagefristen på 4 uger/;
export const FIX_TITLES: Record<string, string[]> = {
  hjemmel: ['Indsæt henvisning til hjemmel (lov og paragraf)'],
  kvalitetsstandard: ['Indsæt en konkret og individuel vurdering'],
  hovedhensyn: ['Indsæt de hovedhensyn, der var afgørende for skønnet'],
  klagevejledning: [APPEAL_FIX_TITLE, 'Tilføj, hvor klagen sendes hen (kommunen, som genvurderer)'],
};

export interface ExpectedFinding {
  code: string;
  /** 0-based line. */
  line: number;
  /** 0-based UTF-16 column (LSP, VS Code). */
  character: number;
  /** 0-based UTF-8 byte column (Neovim). */
  byte: number;
}

export function expectedFindings(text: string): ExpectedFinding[] {
  const found: ExpectedFinding[] = [];
  text.split('\n').forEach((lineText, line) => {
    const marker = /<!-- forvent: ([^>]*) -->/.exec(lineText);
    if (!marker) return;
    for (const code of marker[1].split(',').map((c) => c.trim())) {
      const character = lineText.indexOf(ANCHORS[code]);
      if (character < 0) throw new Error(`no anchor for ${code} on line ${line + 1}`);
      found.push({ code, line, character, byte: Buffer.byteLength(lineText.slice(0, character)) });
    }
  });
  return found;
}

export function readExample(name: string): string {
  return readFileSync(join(EXAMPLES, name), 'utf8');
}

/** Sorts by position then code, so lists from different editors compare equal. */
export function byPosition<T extends { code: string; line: number; character: number }>(a: T, b: T): number {
  return a.line - b.line || a.character - b.character || a.code.localeCompare(b.code);
}

/** Rule codes by 0-based line, from a letter's `forvent` markers (any letter, no anchors needed). */
export function markedCodes(text: string): string[] {
  return text.split('\n').flatMap((lineText, line) => {
    const marker = /<!-- forvent: ([^>]*) -->/.exec(lineText);
    return marker ? marker[1].split(',').map((code) => `${line}:${code.trim()}`) : [];
  }).sort();
}
