import type { LetterModel } from './letter';
import { checkerFindingKind } from './checkerFindings';
import { textsOf } from './messages';
import { TextEdit, editBetween, lineEndOf, lineStartOf } from './position';
import type { Finding } from './rule';

/**
 * A budget for pathological nesting. remark's time grows faster than the text
 * when block quotes and lists nest deeply: `"- "` 10,000 times (20 KB) took
 * 79 s, 2,000-deep quotes 53 s. Letters nest two or three levels.
 *
 * A container can only stay open on a line whose prefix continues it: a quote
 * needs its `>`, a list item at least two columns of indentation, and lazy
 * continuation lines open nothing. So a line is in no more containers than
 * its markers, plus those its indentation continues: no more than the earlier
 * lines opened, nor than its columns of indentation. Markers beyond
 * MAX_CONTAINER_DEPTH containers are turned into spaces, character for
 * character: every offset stays where it was, and what stood deeper is read
 * as text. (Indentation alone opens nothing: a date set to the right margin
 * with spaces is one list at most, markdown.ts reading no indented code.)
 */

/** Containers a line may be in before its further markers are read as text. */
export const MAX_CONTAINER_DEPTH = 32;

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const QUOTE = 62; // >
const DOT = 46;
const PAREN = 41; // )

function isBulletCode(code: number): boolean {
  return code === 45 || code === 43 || code === 42; // - + *
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Whether a list marker may end here: followed by a space, a tab, a line end or the end of the text. */
function endsMarker(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return at >= text.length || code === SPACE || code === TAB || code === LF || code === CR;
}

/** The length of the container marker at `at` (`>`, a bullet, an ordered list number), or 0. */
function markerLength(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code === QUOTE) return 1;
  if (isBulletCode(code)) return endsMarker(text, at + 1) ? 1 : 0;
  if (!isDigitCode(code)) return 0;
  let end = at + 1;
  while (end < at + 9 && isDigitCode(text.charCodeAt(end))) end++;
  const delimiter = text.charCodeAt(end);
  return (delimiter === DOT || delimiter === PAREN) && endsMarker(text, end + 1) ? end + 1 - at : 0;
}

export interface NestingLimit {
  /** The text to parse: `text` itself when nothing was too deep. */
  text: string;
  /** The first marker turned into spaces, if any: from there the letter is not fully checked. */
  tooDeepAt?: number;
  /** The first emphasis marker over MAX_EMPHASIS_RUNS turned into spaces, if any (limitStructure). */
  tooDenseAt?: number;
}

/** Turns the container markers beyond MAX_CONTAINER_DEPTH of each line's prefix into spaces. Linear in the text. */
export function limitNesting(text: string): NestingLimit {
  return withCuts(text, markersTooDeep(text, 0, text.length, 0));
}

/**
 * limitNesting of a text that differs from `before`, whose nesting was within
 * the budget, in one place (an edit): the lines before the edit are not read
 * again, unless a line from the edit on may nest too deep. The lines after the
 * edit are read too (only their prefixes): an edit that opens containers lets
 * the indentation below it continue them. `edit` is where the two differ, when
 * the caller knows it.
 */
export function limitNestingAfterEdit(text: string, before: string, { prefix }: TextEdit = editBetween(before, text)): NestingLimit {
  // What the lines before the edit left open is not known here: as many containers as the indentation can continue.
  const fromEdit = markersTooDeep(text, lineStartOf(text, prefix), text.length, Infinity);
  return fromEdit.length === 0 ? { text } : limitNesting(text);
}

/**
 * The container markers beyond MAX_CONTAINER_DEPTH in the prefixes of the
 * lines that start from `from` (a line start) up to `to`, as start and end
 * offsets. A line's indentation can only continue containers that lines
 * before it opened, and no more than one per column of it: `open` bounds how
 * many the lines before `from` left open (Infinity when unknown). So text set
 * to the right margin with spaces (»                    4. november 2025«)
 * opens one list, not fifty levels.
 */
function markersTooDeep(text: string, from: number, to: number, open: number): number[] {
  const cut: number[] = [];
  let nextLf = -2;
  let nextCr = -2;
  let lineStart = from;
  while (lineStart <= to && lineStart < text.length) {
    let at = lineStart;
    let column = 0;
    // Columns of indentation so far (a container goes on from an earlier line through at least one, or through its
    // own marker), and the markers kept: the line is in at most min(open, indentation) + markers containers.
    let indentation = 0;
    let markers = 0;
    for (;;) {
      const code = text.charCodeAt(at);
      if (code === SPACE) {
        column++;
        indentation++;
      } else if (code === TAB) {
        const width = 4 - (column % 4);
        column += width;
        indentation += width;
      } else {
        const length = markerLength(text, at);
        if (length === 0) break;
        if (Math.min(open, indentation) + markers >= MAX_CONTAINER_DEPTH) cut.push(at, at + length);
        else markers++;
        column += length;
        at += length;
        continue;
      }
      at++;
    }
    // Lists stay open across blank lines and lines of text: what the deepest line opened may go on later.
    const depth = Math.min(open, indentation) + markers;
    if (depth > open) open = depth;
    // The next line: after the next \n or \r (a \r\n's \n then starts an empty prefix that ends at once).
    if (nextLf !== -1 && nextLf < at) nextLf = text.indexOf('\n', at);
    if (nextCr !== -1 && nextCr < at) nextCr = text.indexOf('\r', at);
    const end = nextLf < 0 ? nextCr : nextCr < 0 ? nextLf : Math.min(nextLf, nextCr);
    if (end < 0) break;
    lineStart = end + 1;
  }
  return cut;
}

function withCuts(text: string, cut: readonly number[]): NestingLimit {
  if (cut.length === 0) return { text };
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < cut.length; i += 2) {
    parts.push(text.slice(from, cut[i]), ' '.repeat(cut[i + 1] - cut[i]));
    from = cut[i + 1];
  }
  parts.push(text.slice(from));
  return { text: parts.join(''), tooDeepAt: cut[0] };
}

/**
 * A budget for emphasis markers in one stretch of lines (up to a blank
 * line). micromark pairs `*` and `_` runs in time that grows with the square of
 * their number in one paragraph: 8,000 runs took 0.7 s, 30,000 (a 272 KB
 * paragraph of emphasised words) 5 s, 64,000 over a minute, and the server is
 * blocked meanwhile. A letter's paragraph has a handful. The runs beyond the
 * budget are turned into spaces, keeping every offset, and read as text.
 */
export const MAX_EMPHASIS_RUNS = 1000;

const STAR = 42;
const UNDERSCORE = 95;

/**
 * The `*` and `_` runs beyond MAX_EMPHASIS_RUNS in each stretch, as start and
 * end offsets, from `from` (a stretch's start) to the end of the stretch that
 * holds `to`. A run that opens a line and ends at a space or the line's end is
 * a bullet or part of a rule, not emphasis; a line of only `>` and spaces ends a
 * stretch as a blank line does.
 */
function denseEmphasis(text: string, from: number, to: number): number[] {
  // Most texts have fewer runs in all than one stretch may have: counted natively, they need no closer look. (After an
  // edit only the stretches it touched are read, which is less than counting the runs to the end of a long letter.)
  if (to === text.length && !moreRunsThanBudget(text, from)) return [];
  const cut: number[] = [];
  let runs = 0;
  let blankSoFar = true;
  for (let at = from; at < text.length; ) {
    const code = text.charCodeAt(at);
    if (code === LF || code === CR) {
      if (blankSoFar) {
        runs = 0;
        if (at >= to) break;
      }
      blankSoFar = true;
      at += code === CR && text.charCodeAt(at + 1) === LF ? 2 : 1;
      continue;
    }
    if (code === STAR || code === UNDERSCORE) {
      let end = at + 1;
      while (end < text.length && text.charCodeAt(end) === code) end++;
      if (!(blankSoFar && endsMarker(text, end)) && ++runs > MAX_EMPHASIS_RUNS) cut.push(at, end);
      blankSoFar = false;
      at = end;
      continue;
    }
    if (code !== SPACE && code !== TAB && code !== QUOTE) blankSoFar = false;
    at++;
  }
  return cut;
}

const EMPHASIS_RUN = /\*+|_+/g;

/** Whether `text` from `from` on has more `*` and `_` runs than MAX_EMPHASIS_RUNS, bullets and rules included. */
function moreRunsThanBudget(text: string, from: number): boolean {
  EMPHASIS_RUN.lastIndex = from;
  let runs = 0;
  while (EMPHASIS_RUN.test(text)) if (++runs > MAX_EMPHASIS_RUNS) return true;
  return false;
}

/** Where the stretch of lines holding `at` begins: the line after the last blank one before it. */
function stretchStartOf(text: string, at: number): number {
  let start = lineStartOf(text, at);
  while (start > 0) {
    const previous = lineStartOf(text, start - 1);
    if (/^[ \t>]*$/.test(text.slice(previous, lineEndOf(text, previous)))) break;
    start = previous;
  }
  return start;
}

/** limitNesting, then the emphasis budget over what it gives. */
export function limitStructure(text: string): NestingLimit {
  const nesting = limitNesting(text);
  const cut = denseEmphasis(nesting.text, 0, nesting.text.length);
  if (cut.length === 0) return nesting;
  return { text: withCuts(nesting.text, cut).text, tooDeepAt: nesting.tooDeepAt, tooDenseAt: cut[0] };
}

/** limitStructure of a text that differs from `before`, which was within both budgets, in one place: only the stretches the edit touched are read. */
export function limitStructureAfterEdit(text: string, before: string, edit: TextEdit = editBetween(before, text)): NestingLimit {
  const nesting = limitNestingAfterEdit(text, before, edit);
  if (nesting.text !== text) return limitStructure(text);
  return denseEmphasis(text, stretchStartOf(text, edit.prefix), text.length - edit.suffix).length === 0 ? nesting : limitStructure(text);
}

const say = textsOf('delvist-tjekket');

/** Not a legal rule: the finding that says where the checker stopped reading the structure. */
export const PARTLY_CHECKED_RULE = checkerFindingKind('delvist-tjekket', 'Afgørelsen er ikke tjekket helt', 'The letter was not fully checked', 'information');

/** The one finding for a letter that went over a budget, on the line where it first does. */
export function partlyCheckedFinding(letter: LetterModel): Finding | undefined {
  const deep = letter.tooDeepAt ?? Infinity;
  const dense = letter.tooDenseAt ?? Infinity;
  const at = Math.min(deep, dense);
  if (at === Infinity) return undefined;
  return PARTLY_CHECKED_RULE.finding(say(deep <= dense ? 'tooDeep' : 'tooDense'), { start: at, end: lineEndOf(letter.source, at) });
}
