import type { MdNode } from './markdown';

/**
 * A fast path for the plainest Markdown, which is most of a decision letter:
 * paragraphs of prose, ATX headings, one-line list items, quotes, one-line
 * HTML comments, with simple emphasis, inline links and the common named
 * character references. Such a group of lines (between blank lines) is turned
 * into the nodes remark would give, at a fraction of micromark's cost per
 * character; every other group is left to remark. When in doubt a group goes
 * to remark: the differential test (test/plain-markdown.test.ts) holds this
 * path to remark's output on the fixtures, the bench corpus and fuzzed text.
 */

/** A stretch of the text: nodes built here, or a range for remark to parse. */
export type Segment = { readonly nodes: MdNode[] } | { readonly from: number; readonly to: number };

/**
 * Constructs whose extent can reach across blank lines, and link reference
 * definitions, which act on links anywhere: a text with any of them goes to
 * remark whole.
 */
const REACHES_ACROSS_BLANK_LINES = /```|~~~|\]:|<(?:\?|!(?!--)|(?:script|pre|style|textarea)(?![^\s>]))/i;
const LIST_MARKER = /^(?:([-+*])|\d{1,9}([.)]))(?:[ \t]|$)/;
const LIST_ITEM = /^(?:([-+*])|\d{1,9}([.)])) (?=\S)/;
const ATX_HEADING = /^(#{1,6}) +(?=\S)/;
const CHARACTER_REFERENCE = /&(#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{0,31});/y;
/** Characters with a meaning in inline Markdown (`!` only before `[`), and those that micromark rewrites or ends a line at. */
const INLINE_SPECIAL = new Uint8Array(128);
for (const ch of '*&[]\\`_<!\0\r\t') INLINE_SPECIAL[ch.charCodeAt(0)] = 1;
const WORD = /[\p{L}\p{N}]/u;
/** Named references a Danish letter may use; any other name sends its paragraph to remark. */
export const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad', ndash: '–', mdash: '—', sect: '§',
  aelig: 'æ', AElig: 'Æ', oslash: 'ø', Oslash: 'Ø', aring: 'å', Aring: 'Å', eacute: 'é', Eacute: 'É',
};

/** One line of a group: content from `start` to `end` (trailing spaces and line ending excluded). */
interface Line {
  readonly start: number;
  /** Content end, before trailing spaces. */
  readonly end: number;
  /** Where the line ending begins (after trailing spaces). */
  readonly ending: number;
  /** Start of the next line. */
  readonly next: number;
}

function at(start: number, end: number): MdNode['position'] {
  return { start: { offset: start }, end: { offset: end } };
}

/** The start of a line, long enough for any list marker; it ends where the line does, so that `$` means the line's end. */
function lineHead(text: string, line: Line): string {
  return text.slice(line.start, Math.min(line.end, line.start + 12));
}

/** A line that can only be paragraph text: nothing at its start makes it a block of another kind. */
function plainStart(text: string, line: Line): boolean {
  const code = text.charCodeAt(line.start);
  if (code < 0x20 || code === 0xfeff) return false;
  const ch = text[line.start];
  if (ch === '*') {
    // Bold or emphasis opening a line; `* ` is a list item and `***` a thematic break.
    let i = line.start;
    while (i < line.end && text[i] === '*') i++;
    return i < line.end && WORD.test(text[i]);
  }
  if (' \t#>-+_=`~<\\|'.includes(ch)) return false;
  return !(ch >= '0' && ch <= '9' && LIST_MARKER.test(lineHead(text, line)));
}

/**
 * The inline nodes of a paragraph or heading whose content is `lines`, or
 * undefined when it has inline syntax beyond this path.
 */
function inlineNodes(text: string, lines: readonly Line[], contentStart: number): MdNode[] | undefined {
  const top: MdNode[] = [];
  let container = top;
  let open: { start: number; length: number; children: MdNode[] } | undefined;
  let textStart = -1;
  let textEnd = 0;
  let parts: string[] = [];
  const addText = (from: number, to: number, value = text.slice(from, to)): void => {
    if (from === to) return;
    if (textStart < 0) textStart = from;
    parts.push(value);
    textEnd = to;
  };
  const flushText = (): void => {
    if (textStart >= 0) container.push({ type: 'text', value: parts.join(''), position: at(textStart, textEnd) });
    textStart = -1;
    parts = [];
  };

  for (let l = 0; l < lines.length; l++) {
    const line = lines[l];
    const start = l === 0 ? contentStart : line.start;
    let pos = start;
    for (let i = nextSpecial(text, start, line.end); i < line.end; i = nextSpecial(text, pos, line.end)) {
      addText(pos, i);
      const ch = text[i];
      if (ch === '&') {
        CHARACTER_REFERENCE.lastIndex = i;
        const reference = CHARACTER_REFERENCE.exec(text);
        if (!reference || i + reference[0].length > line.end) {
          addText(i, i + 1);
          pos = i + 1;
          continue;
        }
        const decoded = ENTITIES[reference[1]];
        if (decoded === undefined) return undefined;
        pos = i + reference[0].length;
        addText(i, pos, decoded);
      } else if (ch === '!') {
        if (text[i + 1] === '[') return undefined;
        addText(i, i + 1);
        pos = i + 1;
      } else if (ch === '*') {
        // Only runs CommonMark's delimiter algorithm can pair one way: an opener after a space or opening
        // punctuation and before a letter, then a closer of the same length after a letter and before a space
        // or closing punctuation, never nested.
        let runEnd = i;
        while (runEnd < line.end && text[runEnd] === '*') runEnd++;
        const length = runEnd - i;
        const before = i === start ? (l === 0 ? ' ' : '\n') : text[i - 1];
        const after = runEnd === line.end ? ' ' : text[runEnd];
        if (length <= 2 && !open && ' \n("\''.includes(before) && WORD.test(after)) {
          flushText();
          open = { start: i, length, children: [] };
          container = open.children;
        } else if (open && open.length === length && WORD.test(before) && ' .,;:!?)"\''.includes(after)) {
          flushText();
          top.push({ type: length === 1 ? 'emphasis' : 'strong', position: at(open.start, runEnd), children: open.children });
          container = top;
          open = undefined;
        } else {
          return undefined;
        }
        pos = runEnd;
      } else if (ch === '[') {
        const close = indexWithin(text, ']', i, line.end);
        const end = inlineLinkEnd(text, i, close, line.end);
        if (end < 0) return undefined;
        flushText();
        container.push({ type: 'link', position: at(i, end), children: [{ type: 'text', value: text.slice(i + 1, close), position: at(i + 1, close) }] });
        pos = end;
      } else if (ch === '<') {
        const end = inlineCommentEnd(text, i, line.end);
        if (end < 0) return undefined;
        flushText();
        container.push({ type: 'html', value: text.slice(i, end), position: at(i, end) });
        pos = end;
      } else {
        return undefined;
      }
    }
    addText(pos, line.end);
    if (l === lines.length - 1) break;
    if (line.ending - line.end >= 2) {
      flushText();
      container.push({ type: 'break', position: at(line.end, line.next) });
    } else {
      // A soft line break stays in the text; a space before it does not.
      addText(line.ending, line.next);
    }
  }
  if (open) return undefined;
  flushText();
  return top;
}

/** The first character from `from` that needs a closer look, or `to`. */
function nextSpecial(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code < 128 && INLINE_SPECIAL[code] === 1) return i;
  }
  return to;
}

/** `indexOf` that stops at `to`: a search past the line would make many short lines quadratic. */
function indexWithin(text: string, ch: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text[i] === ch) return i;
  return -1;
}

/** The end of the inline link `[text](destination)` opening at `start` with `]` at `close`, or -1. */
function inlineLinkEnd(text: string, start: number, close: number, lineEnd: number): number {
  if (close < 0 || close === start + 1 || text[close + 1] !== '(') return -1;
  if (nextSpecial(text, start + 1, close) < close) return -1;
  const end = indexWithin(text, ')', close + 2, lineEnd);
  if (end < 0 || end === close + 2) return -1;
  for (let i = close + 2; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code === 0x28 || code === 0x3c || code === 0x3e || code === 0x5b || code === 0x5c || code === 0x5d || code === 0x7f) return -1;
  }
  return end + 1;
}

/** A paragraph of `lines`, starting at `contentStart` on the first; it ends after the last line's trailing spaces. */
function paragraph(text: string, lines: readonly Line[], contentStart: number): MdNode | undefined {
  const children = inlineNodes(text, lines, contentStart);
  if (!children) return undefined;
  return { type: 'paragraph', position: at(contentStart, lines[lines.length - 1].ending), children };
}

function heading(text: string, line: Line): MdNode | undefined {
  const marks = ATX_HEADING.exec(text.slice(line.start, line.end));
  if (!marks || text[line.end - 1] === '#') return undefined;
  const children = inlineNodes(text, [line], line.start + marks[0].length);
  if (!children) return undefined;
  return { type: 'heading', depth: marks[1].length, position: at(line.start, line.ending), children };
}

/** What a list item line's marker says about its list: a bullet character or an ordered delimiter. */
function listKind(text: string, line: Line): string | undefined {
  const marker = LIST_MARKER.exec(lineHead(text, line));
  return marker ? marker[1] ?? marker[2] : undefined;
}

/** A group of one-line list items of one kind, or undefined. */
function listItems(text: string, lines: readonly Line[], kind: string): MdNode[] | undefined {
  const items: MdNode[] = [];
  for (const line of lines) {
    const marker = LIST_ITEM.exec(lineHead(text, line));
    if (!marker || (marker[1] ?? marker[2]) !== kind) return undefined;
    const content: Line = { ...line, start: line.start + marker[0].length };
    if (content.start >= line.end || !plainStart(text, content)) return undefined;
    const item = paragraph(text, [content], content.start);
    if (!item) return undefined;
    items.push({ type: 'listItem', position: at(line.start, line.ending), children: [item] });
  }
  return items;
}

function blockquote(text: string, lines: readonly Line[]): MdNode | undefined {
  const content: Line[] = [];
  for (const line of lines) {
    if (text[line.start] !== '>' || text[line.start + 1] !== ' ') return undefined;
    const inner: Line = { ...line, start: line.start + 2 };
    if (inner.start >= line.end || !plainStart(text, inner)) return undefined;
    content.push(inner);
  }
  const inner = paragraph(text, content, content[0].start);
  if (!inner) return undefined;
  return { type: 'blockquote', position: at(lines[0].start, lines[lines.length - 1].ending), children: [inner] };
}

/**
 * The end of the HTML comment opening at `start` and closing on the same
 * line, or -1. `<!-->` and `<!--->` are left to remark, and so are control
 * characters inside (micromark rewrites NUL, and a lone CR ends a line).
 */
function inlineCommentEnd(text: string, start: number, lineEnd: number): number {
  if (!text.startsWith('<!--', start) || text[start + 4] === '>' || text.startsWith('->', start + 4)) return -1;
  const close = text.slice(start + 4, lineEnd).indexOf('-->');
  if (close < 0) return -1;
  const end = start + 4 + close + 3;
  for (let i = start + 4; i < end; i++) if (text.charCodeAt(i) < 0x20) return -1;
  return end;
}

/** A line that is one HTML comment: an HTML block of its own. */
function comment(text: string, line: Line): MdNode | undefined {
  if (line.ending !== line.end || inlineCommentEnd(text, line.start, line.end) !== line.end) return undefined;
  return { type: 'html', value: text.slice(line.start, line.end), position: at(line.start, line.end) };
}

/** Headings and paragraphs: a heading line stands alone, other lines run together into paragraphs. */
function prose(text: string, lines: readonly Line[]): MdNode[] | undefined {
  const nodes: MdNode[] = [];
  let first = 0;
  const closeParagraph = (end: number): boolean => {
    if (first === end) return true;
    const node = paragraph(text, lines.slice(first, end), lines[first].start);
    if (node) nodes.push(node);
    return node !== undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (text[line.start] === '#') {
      const node = heading(text, line);
      if (!node || !closeParagraph(i)) return undefined;
      nodes.push(node);
      first = i + 1;
    } else if (!plainStart(text, line)) {
      return undefined;
    }
  }
  return closeParagraph(lines.length) ? nodes : undefined;
}

function group(text: string, lines: readonly Line[]): MdNode[] | undefined {
  if (lines.length === 1 && text[lines[0].start] === '<') {
    const node = comment(text, lines[0]);
    return node && [node];
  }
  if (text[lines[0].start] === '>') {
    const node = blockquote(text, lines);
    return node && [node];
  }
  return prose(text, lines);
}

/** The lines of `text` from `from` to `to`, in groups separated by blank lines. */
function lineGroups(text: string, from: number, to: number): Line[][] {
  const groups: Line[][] = [];
  let current: Line[] = [];
  for (let start = from; start < to; ) {
    const newline = text.indexOf('\n', start);
    const ended = newline >= 0 && newline < to;
    const next = ended ? newline + 1 : to;
    let ending = ended ? newline : to;
    if (ending > start && text[ending - 1] === '\r') ending--;
    let end = ending;
    while (end > start && text[end - 1] === ' ') end--;
    let blank = end;
    while (blank > start && (text[blank - 1] === ' ' || text[blank - 1] === '\t')) blank--;
    if (blank === start) {
      if (current.length > 0) groups.push(current);
      current = [];
    } else {
      current.push({ start, end, ending, next });
    }
    start = next;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * A group with a line that opens with a list marker or indentation: it may
 * continue a list from an earlier group, or leave one open for the next.
 */
function listLike(text: string, lines: readonly Line[]): boolean {
  for (const line of lines) {
    const ch = text[line.start];
    if (ch === ' ' || ch === '\t') return true;
    if ((ch === '-' || ch === '+' || ch === '*' || (ch >= '0' && ch <= '9')) && listKind(text, line) !== undefined) return true;
  }
  return false;
}

/**
 * A run of list-like groups as lists: for each group its nodes (none where it
 * continues the list of the group before), or undefined when a group is not
 * all one-line list items.
 */
function listRun(text: string, run: readonly Line[][]): MdNode[][] | undefined {
  const built: MdNode[][] = [];
  let list: MdNode | undefined;
  let previousKind: string | undefined;
  for (const lines of run) {
    const kind = listKind(text, lines[0]);
    const items = kind === undefined ? undefined : listItems(text, lines, kind);
    if (!items) return undefined;
    const end = lines[lines.length - 1].ending;
    if (list && kind === previousKind) {
      list.children!.push(...items);
      list.position!.end.offset = end;
      built.push([]);
    } else {
      list = { type: 'list', position: at(lines[0].start, end), children: items };
      built.push([list]);
    }
    previousKind = kind;
  }
  return built;
}

/** Whether an HTML comment runs on past the group it opens in (an HTML block of comment type does). */
function commentLeftOpen(window: string, groups: readonly Line[][], from: number): boolean {
  let g = 0;
  for (let open = window.indexOf('<!--'), close = 0; open >= 0; open = window.indexOf('<!--', close + 3)) {
    close = window.indexOf('-->', open + 4);
    if (close < 0) return true;
    while (groups[g][groups[g].length - 1].next - from <= open) g++;
    const lines = groups[g];
    if (close + 3 + from > lines[lines.length - 1].ending) return true;
  }
  return false;
}

/**
 * Splits `text` from `from` to `to` into nodes built here and ranges for
 * remark, in document order. Groups are cut at blank lines, where remark's
 * state is the same whether it parses the whole text or the range alone: only
 * lists carry on past a blank line, so a run of groups with lines that open
 * with a list marker or indentation is built here only when all of it can be.
 */
export function splitPlain(text: string, from: number, to: number): Segment[] {
  const whole = [{ from, to }];
  const window = text.slice(from, to);
  // A byte order mark is dropped by micromark only at the start of what it parses, so a range must not start at one.
  if (REACHES_ACROSS_BLANK_LINES.test(window) || window.includes('\ufeff')) return whole;
  const groups = lineGroups(text, from, to);
  if (commentLeftOpen(window, groups, from)) return whole;
  const built: (MdNode[] | undefined)[] = [];
  for (let g = 0; g < groups.length; g++) {
    const lines = groups[g];
    if (!listLike(text, lines)) {
      built.push(group(text, lines));
      continue;
    }
    // A run of list-like groups: all built here, or all left to remark.
    let last = g;
    while (last + 1 < groups.length && listLike(text, groups[last + 1])) last++;
    const lists = listRun(text, groups.slice(g, last + 1));
    for (let r = g; r <= last; r++) built.push(lists?.[r - g]);
    g = last;
  }

  const segments: Segment[] = [];
  for (let g = 0; g < groups.length; g++) {
    const nodes = built[g];
    if (nodes) {
      if (nodes.length > 0) segments.push({ nodes });
      continue;
    }
    let last = g;
    while (last + 1 < groups.length && !built[last + 1]) last++;
    // The blank lines after it too: an indented code block takes in the whitespace on them.
    segments.push({ from: groups[g][0].start, to: last + 1 < groups.length ? groups[last + 1][0].start : to });
    g = last;
  }
  return segments;
}
