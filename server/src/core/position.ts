export interface Position {
  /** Zero-based line. */
  line: number;
  /** Zero-based UTF-16 code unit offset in the line (LSP's default encoding). */
  character: number;
}

/** A line ending as LSP counts them: `\n`, `\r\n` or a lone `\r` (old Mac and Word text pasted in). */
export type LineEnding = '\n' | '\r\n' | '\r';

/** The byte order mark. Editors may keep it in the text they send; it is a character offsets count, and nothing is ever inserted before it. */
export const BOM = '\uFEFF';

/** Where text may be inserted at the very start of a document: after a byte order mark. */
export function textStart(text: string): number {
  return text.startsWith(BOM) ? 1 : 0;
}

const LINE_END = /\r\n?|\n/g;

/** The line ending at `offset` (which holds `\r` or `\n`), or undefined. */
export function lineEndAt(text: string, offset: number): LineEnding | undefined {
  const ch = text[offset];
  if (ch === '\n') return '\n';
  if (ch === '\r') return text[offset + 1] === '\n' ? '\r\n' : '\r';
  return undefined;
}

/** The document's own line ending for inserted lines: the most frequent one, `\n` when there is none. */
export function lineEndingOf(text: string): LineEnding {
  if (!text.includes('\r')) return '\n';
  const counts = { '\n': 0, '\r\n': 0, '\r': 0 };
  // A regex of its own: matchAll starts at the lastIndex lineEndOf leaves on LINE_END.
  for (const match of text.matchAll(/\r\n?|\n/g)) counts[match[0] as LineEnding]++;
  if (counts['\r\n'] >= counts['\n'] && counts['\r\n'] >= counts['\r']) return '\r\n';
  return counts['\r'] > counts['\n'] ? '\r' : '\n';
}

/** The start of the line holding `offset`. */
export function lineStartOf(text: string, offset: number): number {
  const at = Math.max(0, Math.min(offset, text.length));
  // Back to the line's start, not lastIndexOf('\r'), which reads the whole text before it when the letter has no CR.
  let start = at;
  while (start > 0 && text.charCodeAt(start - 1) !== 10 && text.charCodeAt(start - 1) !== 13) start--;
  // Between the \r and \n of a CRLF: the line is the one the \r ends.
  return start > 0 && start === at && text[at - 1] === '\r' && text[at] === '\n' ? lineStartOf(text, at - 1) : start;
}

/** The end of the line holding `offset`, before its line ending. */
export function lineEndOf(text: string, offset: number): number {
  LINE_END.lastIndex = Math.max(0, offset);
  const match = LINE_END.exec(text);
  return match ? match.index : text.length;
}

/** Where two versions of a text differ: they share their first `prefix` and their last `suffix` characters. */
export interface TextEdit {
  readonly prefix: number;
  readonly suffix: number;
}

/** The one region in which `after` differs from `before`, compared once (a long letter is compared natively, by halving). */
export function editBetween(before: string, after: string): TextEdit {
  const prefix = commonPrefixLength(before, after);
  return { prefix, suffix: commonSuffixLength(before, after, Math.min(before.length, after.length) - prefix) };
}

/**
 * How many leading characters `a` and `b` share. Halving with native
 * substring comparison: a keystroke in a long letter compares a few slices
 * instead of walking 100,000 characters in JavaScript.
 */
function commonPrefixLength(a: string, b: string): number {
  let low = 0;
  let high = Math.min(a.length, b.length);
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (a.slice(low, mid) === b.slice(low, mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** How many trailing characters `a` and `b` share, at most `limit`. */
function commonSuffixLength(a: string, b: string, limit: number): number {
  let low = 0;
  let high = limit;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (a.slice(a.length - mid, a.length - low) === b.slice(b.length - mid, b.length - low)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * Converts between offsets and line/character positions; built once per text.
 * Lines end as in LSP and vscode-languageserver-textdocument: at `\n`, `\r\n`
 * or a lone `\r`, so a position means the same character here and in the editor.
 */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    if (!text.includes('\r')) {
      // indexOf is several times faster than a loop over char codes; built on every check.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.lineStarts.push(i + 1);
      } else if (code === 10) this.lineStarts.push(i + 1);
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    // Between the \r and \n of a CRLF means before the \r, as in the LSP library.
    const character = clamped - this.lineStarts[low] - (this.text[clamped - 1] === '\r' && this.text[clamped] === '\n' ? 1 : 0);
    return { line: low, character };
  }

  /** A character past the line's end means the end of the line, before its line ending (as in LSP). */
  offsetAt(position: Position): number {
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[Math.max(0, position.line)];
    const next = position.line + 1 < this.lineStarts.length ? this.lineStarts[position.line + 1] : this.text.length;
    let offset = Math.min(start + Math.max(0, position.character), next);
    while (offset > start && (this.text[offset - 1] === '\n' || this.text[offset - 1] === '\r')) offset--;
    return offset;
  }
}
