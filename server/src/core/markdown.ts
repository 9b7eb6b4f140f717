import { type Processor, unified } from 'unified';
import remarkParse from 'remark-parse';
import { type HtmlProse, htmlProse } from './htmlProse';
import { BOM, TextEdit, editBetween } from './position';

/** Structural roles a heading can give its section (data/phrases.json `heading.*`). */
export type SectionRole =
  | 'klagevejledning'
  | 'begrundelse'
  | 'fakta'
  | 'regler'
  | 'beregning'
  | 'partshoering'
  | 'afgoerelse'
  | 'other';

/** A run of prose the rules read: a heading or a paragraph, as plain text. */
export interface Block {
  readonly kind: 'heading' | 'paragraph';
  /** 1-6 for Markdown headings; 7 for a bold line standing alone as a heading. */
  readonly depth: number;
  /** Plain text without Markdown markup. */
  readonly text: string;
  /**
   * Where the text lies in the source, as runs of three numbers: from text
   * offset t on, text[i] lies at start + s + (i - t) * step. Step 1 for text
   * copied from the source, 0 for text that stands at one place (inline
   * code, a line break, the block's end at text.length). Relative to start,
   * so that a block moved by an edit keeps its runs. Read with sourceOffset.
   */
  readonly runs: readonly number[];
  /** Source range of the whole block. */
  readonly start: number;
  readonly end: number;
  /** Index in LetterModel.blocks of the heading whose section holds this block (-1 before any heading). */
  section: number;
  /** Index of this block in LetterModel.blocks (-1 until the letter is put together). */
  index: number;
  role: SectionRole;
}

/** The parts of an mdast node that the blocks are read from. */
export interface MdNode {
  type: string;
  value?: string;
  depth?: number;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/**
 * A letter has no code: text indented by a tab or four spaces is a paragraph
 * pasted from Word with its first-line indent, not indented code that the
 * rules would never read (its legal basis and appeal guidance lost). So
 * micromark's indented code is switched off, the way remark plugins add
 * syntax; a closed fence stays code (an unclosed one is a separator: blankUnclosedFences).
 */
function remarkNoIndentedCode(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push({ disable: { null: ['codeIndented'] } });
}

/** A line that begins with a fence at the margin: three or more backticks or tildes, and what follows them on the line. */
const FENCE_LINE = /^ {0,3}(`{3,}|~{3,})([^\r\n]*)/gm;

interface FenceLine {
  start: number;
  end: number;
  kind: string;
  length: number;
  /** Nothing but the fence: it can close a code block. */
  closes: boolean;
  /** It can open one: a backtick fence's info string has no backtick. */
  opens: boolean;
}

/**
 * The text with every fence that is never closed blanked (same length, line
 * ends kept). A line of tildes or backticks pasted as a separator opens a code
 * block that runs to the end of the document, and the letter after it would
 * be code that no rule reads (its decision, reasons and appeal guidance lost).
 * A fence that is closed stays code: case systems export fields so. Only the
 * fence lines are looked at, each once.
 */
export function blankUnclosedFences(text: string): string {
  if (!text.includes('```') && !text.includes('~~~')) return text;
  const fences: FenceLine[] = [];
  for (const m of text.matchAll(FENCE_LINE)) {
    fences.push({ start: m.index, end: m.index + m[0].length, kind: m[1][0], length: m[1].length, closes: m[2].trim() === '', opens: m[1][0] === '~' || !m[2].includes('`') });
  }
  // The longest closing fence of each kind after each fence line: whether a fence is ever closed, without a look ahead per fence.
  const longestAfter = fences.map(() => ({ '`': 0, '~': 0 } as Record<string, number>));
  for (let i = fences.length - 2; i >= 0; i--) {
    const next = fences[i + 1];
    longestAfter[i] = { ...longestAfter[i + 1] };
    if (next.closes) longestAfter[i][next.kind] = Math.max(longestAfter[i][next.kind], next.length);
  }
  const unclosed: FenceLine[] = [];
  for (let i = 0; i < fences.length; i++) {
    const fence = fences[i];
    if (!fence.opens) continue;
    if (longestAfter[i][fence.kind] >= fence.length) {
      // Closed: the fence lines inside its code block are skipped.
      do i++; while (!fences[i].closes || fences[i].kind !== fence.kind || fences[i].length < fence.length);
      continue;
    }
    unclosed.push(fence);
  }
  if (unclosed.length === 0) return text;
  let blanked = '';
  let at = 0;
  for (const { start, end } of unclosed) {
    blanked += text.slice(at, start) + ' '.repeat(end - start);
    at = end;
  }
  return blanked + text.slice(at);
}

const parser = unified().use(remarkParse).use(remarkNoIndentedCode);

/** A line of a pipe table; the delimiter row (|---|:--|) is not one of its rows. */
const PIPE_LINE = /^\s*\|.*\|\s*$/;
const DELIMITER_ROW = /^\s*\|[\s|:-]*\|\s*$/;

/** The rows of the pipe tables in a block's text: GFM tables are not parsed as such, so they reach the blocks as pipe lines. */
export function tableRows(text: string): string[] {
  if (!text.includes('|')) return [];
  return text.split('\n').filter((line) => PIPE_LINE.test(line) && !DELIMITER_ROW.test(line));
}

/** A table row's cells, without their emphasis markers: `| **I alt** | 1.200 kr. |` → ["I alt", "1.200 kr."]. */
export function tableCells(row: string): string[] {
  return row.trim().replace(/^\||\|$/g, '').split('|').map((cell) => cell.replace(/[*_]/g, '').trim());
}

/** The source from the start of a block's first line to the block: its indentation and list or quote markers. */
export function linePrefix(source: string, block: Block): string {
  return source.slice(source.lastIndexOf('\n', block.start - 1) + 1, block.start);
}

/** The source offset of a block's text offset (clamped to the text). */
export function sourceOffset(block: Block, textOffset: number): number {
  const at = Math.max(0, Math.min(textOffset, block.text.length));
  const runs = block.runs;
  // The last run starting at or before `at`.
  let low = 0;
  let high = runs.length / 3 - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (runs[mid * 3] <= at) low = mid;
    else high = mid - 1;
  }
  const run = low * 3;
  return block.start + runs[run + 1] + (at - runs[run]) * runs[run + 2];
}

export function parseMarkdown(source: string): MdNode {
  return parser.parse(source) as MdNode;
}

class TextBuilder {
  private readonly parts: string[] = [];
  private readonly runs: number[] = [];
  private length = 0;

  /** `base` is the block's start: runs are relative to it. */
  constructor(private readonly source: string, private readonly base: number) {}

  /** Text from `textOffset` on lies at `sourceOffset`, advancing by `step`; merged into the last run when it continues it. */
  private mark(textOffset: number, sourceOffset: number, step: 0 | 1): void {
    const runs = this.runs;
    const last = runs.length - 3;
    const fromStart = sourceOffset - this.base;
    if (last >= 0 && runs[last + 2] === step && runs[last + 1] + (textOffset - runs[last]) * step === fromStart) return;
    runs.push(textOffset, fromStart, step);
  }

  /** Appends a node's value, aligning each character with its place in the source. */
  appendAligned(value: string, start: number, end: number): void {
    const source = this.source;
    const at = this.length;
    this.parts.push(value);
    this.length += value.length;
    if (value.length === end - start && source.startsWith(value, start)) {
      // The common case: the value is the source verbatim, one run.
      this.mark(at, start, 1);
      return;
    }
    let j = start;
    for (let i = 0; i < value.length; i++) {
      const ch = value[i];
      // remark gives U+FFFD for a NUL in the source (CommonMark's insecure characters): the same place.
      while (j < end && source[j] !== ch && !(ch === '\uFFFD' && source[j] === '\0')) {
        if (source[j] === '&') {
          // A character reference (&amp; &#230;) stands for one character of the value.
          // Bounded: an unbounded indexOf would rescan the rest of the document at every stray '&'.
          const semicolon = source.slice(j, Math.min(end, j + 33)).indexOf(';') + j;
          if (semicolon > j) {
            j = semicolon;
            break;
          }
        }
        j++;
      }
      this.mark(at + i, Math.min(j, end), 1);
      if (j < end) j++;
    }
  }

  appendSynthetic(value: string, at: number): void {
    if (value.length > 0) this.mark(this.length, at, 0);
    this.parts.push(value);
    this.length += value.length;
  }

  finish(end: number): { text: string; runs: number[] } {
    this.mark(this.length, end, 0);
    return { text: this.parts.join(''), runs: this.runs };
  }
}

function startOf(node: MdNode): number {
  return node.position?.start.offset ?? 0;
}

function endOf(node: MdNode): number {
  return node.position?.end.offset ?? 0;
}

/** An HTML comment in the letter, e.g. a disable directive; invisible when rendered. */
export interface HtmlComment {
  /** The comment's inner text, trimmed. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const COMMENT = /<!--([\s\S]*?)-->/g;

/** Collects the comments in an HTML node (block or inline). */
function collectComments(node: MdNode, comments: HtmlComment[]): void {
  const value = node.value ?? '';
  if (!value.includes('<!--')) return;
  const base = startOf(node);
  COMMENT.lastIndex = 0;
  for (let m = COMMENT.exec(value); m; m = COMMENT.exec(value)) {
    comments.push({ text: m[1].trim(), start: base + m.index, end: base + m.index + m[0].length });
  }
}

function collectInline(node: MdNode, out: TextBuilder, comments: HtmlComment[]): void {
  switch (node.type) {
    case 'text':
      appendText(out, node.value ?? '', startOf(node), endOf(node));
      return;
    case 'inlineCode':
      out.appendSynthetic(node.value ?? '', startOf(node));
      return;
    case 'break':
      out.appendSynthetic('\n', startOf(node));
      return;
    case 'html':
      // Inline HTML is not prose; its comments may be disable directives.
      collectComments(node, comments);
      return;
    default:
      for (const child of node.children ?? []) collectInline(child, out, comments);
  }
}

/**
 * A Pandoc bracketed span, as Pandoc writes Word's small capitals and underlining when it turns a .docx into Markdown
 * (»[Kolding Kommune]{.smallcaps}«, »**[Afgørelse: …]{.underline}**«): remark reads it as text, brackets and attributes
 * included, and a title in one would not read as a title.
 */
const PANDOC_SPAN = /\[([^[\]\n]{1,300})\]\{[.#][^{}\n]{0,100}\}/g;

/** A text node's value, a Pandoc span's text without its brackets and attributes where the value is the source verbatim. */
function appendText(out: TextBuilder, value: string, start: number, end: number): void {
  if (!value.includes(']{') || value.length !== end - start) {
    out.appendAligned(value, start, end);
    return;
  }
  let last = 0;
  for (const span of value.matchAll(PANDOC_SPAN)) {
    const at = span.index;
    if (at > last) out.appendAligned(value.slice(last, at), start + last, start + at);
    out.appendAligned(span[1], start + at + 1, start + at + 1 + span[1].length);
    last = at + span[0].length;
  }
  if (last < value.length) out.appendAligned(value.slice(last), start + last, end);
}

/** A paragraph that is only bold text, short, standing alone: case workers use it as a heading. */
function isBoldHeading(node: MdNode): boolean {
  const meaningful = (node.children ?? []).filter(
    (child) => !(child.type === 'text' && !(child.value ?? '').trim()) && child.type !== 'html',
  );
  if (meaningful.length !== 1 || meaningful[0].type !== 'strong') return false;
  return endOf(node) - startOf(node) <= 100;
}

/**
 * A heading of more than two lines or 200 characters is a paragraph that a line of rule characters below it made a
 * setext heading (»KLAGEVEJLEDNING« and its text over »=====« in a case system's export): the letter's text, not a title.
 */
const MAX_HEADING_LINES = 2;
const MAX_HEADING_LENGTH = 200;

function framedParagraph(text: string): boolean {
  return text.length > MAX_HEADING_LENGTH || text.split('\n', MAX_HEADING_LINES + 1).length > MAX_HEADING_LINES;
}

function toBlock(source: string, node: MdNode, comments: HtmlComment[], listItemText = false): Block {
  const builder = new TextBuilder(source, startOf(node));
  collectInline(node, builder, comments);
  const { text, runs } = builder.finish(endOf(node));
  const markdownHeading = node.type === 'heading' && !framedParagraph(text);
  // A list item that is only bold text (»- **900 kr. om måneden til Mille**«) is an item of the list, not a title.
  const heading = markdownHeading || (!listItemText && isBoldHeading(node));
  return {
    kind: heading ? 'heading' : 'paragraph',
    depth: markdownHeading ? node.depth ?? 1 : heading ? 7 : 0,
    text,
    runs,
    start: startOf(node),
    end: endOf(node),
    section: -1,
    index: -1,
    role: 'other',
  };
}

/** A block read from an HTML block's paragraph, heading, list item or table row. */
function htmlBlock(source: string, prose: HtmlProse): Block {
  const builder = new TextBuilder(source, prose.start);
  for (const piece of prose.pieces) {
    if ('text' in piece) builder.appendAligned(piece.text, piece.start, piece.end);
    else builder.appendSynthetic(piece.synthetic, piece.at);
  }
  const { text, runs } = builder.finish(prose.end);
  return { kind: prose.depth > 0 ? 'heading' : 'paragraph', depth: prose.depth, text, runs, start: prose.start, end: prose.end, section: -1, index: -1, role: 'other' };
}

/** Walks the tree once and returns the prose blocks and the HTML comments in document order. */
export function extractBlocks(source: string, root: MdNode): { blocks: Block[]; comments: HtmlComment[] } {
  const blocks: Block[] = [];
  const comments: HtmlComment[] = [];
  // An explicit stack: letters pasted from other systems can nest lists and quotes very deeply.
  const stack: MdNode[] = [root];
  // The paragraphs that are all of their list item's text.
  const itemTexts = new Set<MdNode>();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'heading' || node.type === 'paragraph') {
      blocks.push(toBlock(source, node, comments, itemTexts.has(node)));
      continue;
    }
    if (node.type === 'listItem' && node.children?.length === 1) itemTexts.add(node.children[0]);
    if (node.type === 'html') {
      collectComments(node, comments);
      for (const prose of htmlProse(source, startOf(node), endOf(node))) blocks.push(htmlBlock(source, prose));
      continue;
    }
    if (node.type === 'code' || node.type === 'definition') continue;
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return { blocks, comments };
}

/** A top-level node of the document and the prose blocks inside it. */
export interface Chunk {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  /**
   * The blocks and comments, at offsets `shift` before their place in the
   * document: a window's are relative to the window, and a chunk that an edit
   * moved is moved without copying them (placedBlocks places them).
   */
  readonly blocks: readonly Block[];
  readonly comments: readonly HtmlComment[];
  readonly shift: number;
}

/** The prose blocks of a document, kept in top-level chunks so that the next version can reuse them. */
export interface ParsedBlocks {
  /** The text as given (front matter included); `body` is what was parsed. */
  readonly source: string;
  readonly body: string;
  readonly chunks: readonly Chunk[];
}

/**
 * The blocks (fresh copies, which the letter model may annotate) of the
 * chunks from `fromChunk` on, and the comments of all chunks, at their places
 * in the document.
 */
export function placedBlocks(parsed: ParsedBlocks, fromChunk = 0): { blocks: Block[]; comments: HtmlComment[] } {
  const blocks: Block[] = [];
  const comments: HtmlComment[] = [];
  parsed.chunks.forEach((chunk, i) => {
    if (i >= fromChunk) for (const block of chunk.blocks) blocks.push(copyBlock(block, chunk.shift));
    for (const comment of chunk.comments) comments.push(shiftComment(comment, chunk.shift));
  });
  return { blocks, comments };
}

/** The body's first byte order mark read as a line ending: remark would drop it and count every offset after it one short. */
function leadingMarkAsLineEnd(text: string): string {
  return text.startsWith(BOM) ? `\n${text.slice(1)}` : text;
}

/** The top-level nodes of `body` from `from` to `to`, parsed by remark. */
function remarkChunks(source: string, body: string, from: number, to: number): Chunk[] {
  // remark drops a byte order mark at the start of what it parses and counts offsets without it. A whole parse drops
  // the body's first one: it is read here as a line ending (a blank first line changes nothing, and the offsets stay
  // the body's), so that a second one after it stays text. Further on a mark is text (pasted in), and a part parsed
  // again after an edit may start at it: parse from the line ending before it. (The windows of a whole parse never
  // start at one: it is white space to the expression that cuts them.)
  let text = from === 0 && to === body.length ? body : body.slice(from, to);
  if (body.startsWith(BOM, from)) {
    if (from === 0) text = leadingMarkAsLineEnd(text);
    else if (body[from - 1] === '\n' || body[from - 1] === '\r') text = body.slice(--from, to);
  }
  const window = source.slice(from, to);
  const root = parseMarkdown(text);
  return (root.children ?? []).map((node) => {
    const { blocks, comments } = extractBlocks(window, node);
    return { type: node.type, start: startOf(node) + from, end: endOf(node) + from, blocks, comments, shift: from };
  });
}

/** A copy of `block`, moved by `delta` (fields written out: object spread is slow on this path). */
function copyBlock(block: Block, delta: number): Block {
  const { kind, depth, text, runs, section, index, role } = block;
  return { kind, depth, text, runs, start: block.start + delta, end: block.end + delta, section, index, role };
}

function shiftComment(comment: HtmlComment, delta: number): HtmlComment {
  return delta === 0 ? comment : { ...comment, start: comment.start + delta, end: comment.end + delta };
}

/** Nodes that can swallow the rest of a document when left open (an unclosed fence or HTML comment). */
const OPEN_ENDED = new Set(['code', 'html']);
const BLANK_LINE = /\n[ \t]*\r?\n/;

/**
 * Longer bodies are parsed in windows of about this many characters.
 * micromark's time grows with the square of the number of blocks it has
 * closed in a document (a 1 MB letter took 1 s, 2 MB 4 s, 5 MB half a
 * minute). And a parse keeps its events and tree alive until it ends: in one
 * piece, a letter of 20 KB outlived young-generation collections and was
 * copied and promoted; in windows of 8 KB it dies young, and checking the
 * 1,000 benchmark letters took about a fifth less time than in 64 KB windows
 * (4 and 16 KB were about the same as 8).
 */
export const PARSE_WINDOW = 8 * 1024;
/** A line at the margin after a blank line: every block open before it ends there, except a fenced code block or an HTML block at the top level. A CR before an LF is one line ending with it, not a blank line. */
const WINDOW_CUT = /(?:\r\n|\n|\r(?!\n))[ \t]*(?:\r\n|\n|\r(?!\n))(?=\S)/g;
/** A window whose last node may run on is widened this often, then the rest is parsed in one piece. */
const MAX_WIDENINGS = 8;

/** The first place a window may end at or after `at`, or the end of the body. */
function windowEnd(body: string, at: number): number {
  if (at >= body.length) return body.length;
  WINDOW_CUT.lastIndex = at;
  const cut = WINDOW_CUT.exec(body);
  return cut ? cut.index + cut[0].length : body.length;
}

/**
 * Stretches of text (from a line at the margin after a blank line to the
 * next such line) that letters repeat word for word, parsed once: letters of
 * one municipality share their boilerplate (the appeal guidance, the rules
 * quoted, the closing). A stretch is kept when it is seen a second time, so
 * that a one-off paragraph does not push out a repeated one; the cache holds
 * at most STRETCH_CACHE_CHARS characters of stretches, the oldest going
 * first, in memory only. On the 1,000 benchmark letters it serves
 * about 12 % of the characters (10 % with half the room, 12.3 % with twice)
 * and takes about 5 % off the command line's time, for about 3 MB of memory.
 */
const STRETCH_CACHE_CHARS = 1024 * 1024;
/** How many stretches seen once are remembered (by hash) before the list starts over. */
const SEEN_ONCE_LIMIT = 100_000;

/** A stretch kept, parsed, with its nodes relative to its start. */
interface KeptStretch {
  readonly text: string;
  readonly chunks: readonly Chunk[];
}

/** Kept stretches the queue of the oldest may hold before the ones already gone are dropped from it. */
const QUEUE_SLACK = 1024;

export class StretchCache {
  /** In the order they came, from `oldest` on: the oldest make room first (a repeated stretch is soon seen again). */
  private readonly queue: KeptStretch[] = [];
  private oldest = 0;
  /**
   * The kept stretches by sampleKey: a lookup reads a few characters, and compares whole texts only with a stretch of
   * the same sample. No map is keyed by the text: it would hash every character of every stretch looked up.
   */
  private readonly bySample = new Map<number, KeptStretch[]>();
  private readonly seenOnce = new Set<number>();
  private chars = 0;

  get(text: string): readonly Chunk[] | undefined {
    return this.find(text, sampleKey(text))?.chunks;
  }

  /** Whether a stretch just parsed is worth keeping: it was seen before. */
  admits(text: string): boolean {
    const key = sampleKey(text);
    if (this.seenOnce.has(key)) return true;
    if (this.seenOnce.size >= SEEN_ONCE_LIMIT) this.seenOnce.clear();
    this.seenOnce.add(key);
    return false;
  }

  /** `chunks` are relative to the stretch's start. */
  put(text: string, chunks: readonly Chunk[]): void {
    if (text.length > STRETCH_CACHE_CHARS / 8) return;
    const key = sampleKey(text);
    if (this.find(text, key)) return;
    const kept: KeptStretch = { text: detached(text), chunks: chunks.map(detachedChunk) };
    const sameSample = this.bySample.get(key);
    if (sameSample) sameSample.push(kept);
    else this.bySample.set(key, [kept]);
    this.queue.push(kept);
    this.chars += text.length;
    while (this.chars > STRETCH_CACHE_CHARS) {
      const gone = this.queue[this.oldest++];
      this.forget(gone);
      this.chars -= gone.text.length;
    }
    if (this.oldest > QUEUE_SLACK) {
      this.queue.splice(0, this.oldest);
      this.oldest = 0;
    }
  }

  private find(text: string, key: number): KeptStretch | undefined {
    return this.bySample.get(key)?.find((kept) => kept.text === text);
  }

  private forget(kept: KeptStretch): void {
    const key = sampleKey(kept.text);
    const rest = this.bySample.get(key)?.filter((candidate) => candidate !== kept) ?? [];
    if (rest.length > 0) this.bySample.set(key, rest);
    else this.bySample.delete(key);
  }
}

/**
 * A stretch's length and a few of its characters, as one number: enough to
 * tell stretches apart for admission, without reading all of each one (a
 * collision only makes a stretch be kept on its first repeat, not its second).
 */
function sampleKey(text: string): number {
  let key = text.length;
  for (let step = Math.max(1, text.length >> 4), i = 0; i < text.length; i += step) key = Math.imul(key ^ text.charCodeAt(i), 0x01000193);
  return key;
}

/** One cache for every letter this process parses. */
const SHARED_STRETCHES = new StretchCache();

/**
 * A copy of `text` that does not keep alive the string it was sliced from.
 * In V8 a slice refers to its parent, so a cached stretch, or a block's text,
 * would keep its whole letter in memory; a concatenation is flattened into a
 * new string when sliced.
 */
export function detached(text: string): string {
  return (' ' + text).slice(1);
}

function detachedChunk(chunk: Chunk): Chunk {
  return {
    ...chunk,
    blocks: chunk.blocks.map((block) => ({ ...block, text: detached(block.text) })),
    comments: chunk.comments.map((comment) => ({ ...comment, text: detached(comment.text) })),
  };
}

function moved(chunk: Chunk, delta: number): Chunk {
  return { type: chunk.type, start: chunk.start + delta, end: chunk.end + delta, blocks: chunk.blocks, comments: chunk.comments, shift: chunk.shift + delta };
}

/** A stretch taken from the stretch cache, and where it lies in the body. */
interface CachedStretch {
  readonly start: number;
  readonly end: number;
  readonly chunks: readonly Chunk[];
}

/**
 * The top-level nodes of the whole body, parsed in windows of about
 * `window` characters that end where a whole parse would end a block too.
 * A window whose last node is a fence or HTML block, which could run on into
 * the next, is widened; with link reference definitions, whose labels reach
 * across the document, the body is parsed in one piece. Stretches that other
 * letters had too are taken from the stretch cache, not parsed again: the
 * parts of a window around them are parsed in one call of remark, joined
 * (remark-parse combines its syntax anew for every call, about 40 µs before it
 * reads a character, and a window held about four such parts). Where a node of
 * the joined parts runs from one part into the next, or a part before a cached
 * stretch ends in a node that could run on into it, the body is read again
 * with each part parsed on its own (`joinParts` false).
 */
export function wholeChunks(source: string, body: string, window = PARSE_WINDOW, cache: StretchCache | null = SHARED_STRETCHES, joinParts = true): Chunk[] {
  if (body.includes(']:')) return remarkChunks(source, body, 0, body.length);
  const chunks: Chunk[] = [];
  // The stretches not parsed yet: from `from` to each of `ends`, around the cached stretches in `skipped`.
  let from = 0;
  const ends: number[] = [];
  const skipped: CachedStretch[] = [];
  let pending = 0;
  let widenings = 0;
  const place = (stretch: CachedStretch): void => {
    for (const chunk of stretch.chunks) chunks.push(moved(chunk, stretch.start));
  };
  /** Parses the pending stretches; false when the last node may run on (then they stay pending, and the run grows). */
  const parseRun = (final: boolean): boolean | 'apart' => {
    const to = ends[ends.length - 1];
    const parts = skipped.length > 0 ? joinedRun(source, body, from, to, ends, skipped) : [{ from, ends: [...ends], chunks: remarkChunks(source, body, from, to) }];
    if (parts === undefined) return 'apart';
    const last = parts[parts.length - 1].chunks;
    if (!final && OPEN_ENDED.has(last[last.length - 1]?.type)) {
      widenings++;
      return false;
    }
    let next = 0;
    for (const part of parts) {
      for (; next < skipped.length && skipped[next].start < part.from; next++) place(skipped[next]);
      if (cache) keepRepeated(cache, source, body, part.from, part.ends, part.chunks);
      chunks.push(...part.chunks);
    }
    for (; next < skipped.length; next++) place(skipped[next]);
    from = skipped.length > 0 ? Math.max(to, skipped[skipped.length - 1].end) : to;
    ends.length = 0;
    skipped.length = 0;
    pending = 0;
    return true;
  };
  for (let at = 0; at < body.length;) {
    const end = windowEnd(body, at + 1);
    const text = body.slice(at, end);
    const cached = cache && cacheable(source, body, at, text) ? cache.get(text) : undefined;
    // A run that a fence or HTML block may leave open is parsed on to the end after MAX_WIDENINGS tries.
    const mayCut = widenings < MAX_WIDENINGS;
    if (cached && ends.length === 0) {
      place({ start: at, end, chunks: cached });
      from = end;
    } else if (cached && mayCut && joinParts) {
      skipped.push({ start: at, end, chunks: cached });
    } else if (cached && mayCut && parseRun(false)) {
      place({ start: at, end, chunks: cached });
      from = end;
    } else {
      ends.push(end);
      pending += end - at;
      if (mayCut && pending >= window && end < body.length && parseRun(false) === 'apart') return wholeChunks(source, body, window, cache, false);
    }
    at = end;
  }
  if (ends.length > 0 && parseRun(true) === 'apart') return wholeChunks(source, body, window, cache, false);
  skipped.forEach(place);
  return chunks;
}

/** A part of a run, between cached stretches: where it starts, the ends of its stretches, and its nodes. */
interface RunPart {
  readonly from: number;
  readonly ends: readonly number[];
  readonly chunks: Chunk[];
}

/**
 * What stands between the joined parts of a run: a thematic break, which ends
 * a list open at the end of a part (a list item at the start of the next
 * would otherwise continue it), and whose node is left out. A part ends with
 * a blank line and the next starts at the margin, so it is read as a break
 * and changes neither.
 */
const PART_SEPARATOR = '***\n\n';

/**
 * The run from `from` to `to` without the cached stretches in it, parsed in
 * one call and split into its parts; undefined when a node runs from one part
 * into the next, or a part that a cached stretch follows ends in a node that
 * could run on into it (a whole parse might read them otherwise).
 */
function joinedRun(source: string, body: string, from: number, to: number, ends: readonly number[], skipped: readonly CachedStretch[]): RunPart[] | undefined {
  const spans: Array<{ from: number; to: number; joinedAt: number; ends: number[] }> = [];
  let at = from;
  let joinedLength = 0;
  let next = 0;
  for (const stretch of [...skipped.filter((cached) => cached.start < to), { start: to, end: to }]) {
    if (stretch.start > at) {
      const partEnds: number[] = [];
      while (next < ends.length && ends[next] <= stretch.start) partEnds.push(ends[next++]);
      if (spans.length > 0) joinedLength += PART_SEPARATOR.length;
      spans.push({ from: at, to: stretch.start, joinedAt: joinedLength, ends: partEnds });
      joinedLength += stretch.start - at;
    }
    at = stretch.end;
  }
  const joined = spans.map((span) => body.slice(span.from, span.to)).join(PART_SEPARATOR);
  const joinedBody = spans[0]?.from === 0 ? leadingMarkAsLineEnd(joined) : joined;
  const joinedSource = source === body ? joinedBody : spans.map((span) => source.slice(span.from, span.to)).join(PART_SEPARATOR);
  const parts: RunPart[] = spans.map((span) => ({ from: span.from, ends: span.ends, chunks: [] }));
  let part = 0;
  for (const node of parseMarkdown(joinedBody).children ?? []) {
    while (part + 1 < spans.length && startOf(node) >= spans[part + 1].joinedAt - PART_SEPARATOR.length) part++;
    const span = spans[part];
    const partEnd = span.joinedAt + (span.to - span.from);
    if (startOf(node) >= partEnd && node.type === 'thematicBreak') continue;
    if (endOf(node) > partEnd) return undefined;
    const { blocks, comments } = extractBlocks(joinedSource, node);
    const shift = span.from - span.joinedAt;
    parts[part].chunks.push({ type: node.type, start: startOf(node) + shift, end: endOf(node) + shift, blocks, comments, shift });
  }
  // Each part but the last has a cached stretch after it, and the last one too when the run ends with one.
  const followed = skipped[skipped.length - 1].start >= to ? parts.length : parts.length - 1;
  for (let i = 0; i < followed; i++) if (OPEN_ENDED.has(parts[i].chunks[parts[i].chunks.length - 1]?.type)) return undefined;
  return parts;
}

/**
 * Whether the stretch at `at` can be cached: the source says the same there (no front matter, no nesting cut), and
 * no byte order mark is skipped. Most bodies are their source itself, and then no stretch needs comparing with it.
 */
function cacheable(source: string, body: string, at: number, text: string): boolean {
  return (at > 0 || !body.startsWith(BOM)) && (source === body || source.startsWith(text, at));
}

/** Puts the stretches of a run just parsed that were seen before into the cache: those whose nodes lie inside them and end closed. */
function keepRepeated(cache: StretchCache, source: string, body: string, from: number, ends: readonly number[], parsed: readonly Chunk[]): void {
  let next = 0;
  let start = from;
  for (const end of ends) {
    const first = next;
    // Parsed on its own, a stretch gives the same nodes only when none runs into it from before or out of it.
    const enteredFromBefore = next > 0 && parsed[next - 1].end > start;
    while (next < parsed.length && parsed[next].start < end) next++;
    const inside = parsed.slice(first, next);
    const clean = !enteredFromBefore && inside.every((chunk) => chunk.end <= end) && !OPEN_ENDED.has(inside[inside.length - 1]?.type);
    if (clean) {
      const text = body.slice(start, end);
      if (cache.admits(text) && cacheable(source, body, start, text)) cache.put(text, inside.map((chunk) => moved(chunk, -start)));
    }
    start = end;
  }
}

/**
 * Parses `body` (the source with front matter blanked) into prose blocks. With
 * the result for an earlier version of the same document, only the top-level
 * nodes around the changed region are parsed again: the window runs from a
 * node after a blank line to a node before one, so the parser's state at both
 * edges is the same as in a whole parse. When that cannot be shown (link
 * reference definitions, whose labels reach across the document, or a window
 * ending in an open-ended node) the whole body is parsed. `edit` is where the
 * bodies differ, when the caller compared them already.
 */
export function parseBlocks(source: string, body: string, previous?: ParsedBlocks, edit?: TextEdit): ParsedBlocks {
  const whole = (): ParsedBlocks => ({ source, body, chunks: wholeChunks(source, body) });
  if (!previous) return whole();
  if (previous.source === source && previous.body === body) return previous;
  const old = previous.source;
  const chunks = previous.chunks;
  if (chunks.length < 3) return whole();
  if (body.includes(']:') || previous.body.includes(']:')) return whole();

  // The changed region: [prefix, old.length - suffix) in the old text. Read from the bodies (what is parsed): a front
  // matter that ends elsewhere blanks, or no longer blanks, text the edit did not touch.
  const { prefix, suffix } = edit ?? editBetween(previous.body, body);
  const oldChangeEnd = old.length - suffix;
  const delta = source.length - old.length;

  // One untouched node on each side, widened until blank lines separate the window from its neighbours, and the node
  // before it does not change how the window reads.
  let first = chunks.findIndex((chunk) => chunk.end >= prefix);
  if (first < 0) first = chunks.length - 1;
  first = Math.max(0, first - 1);
  while (first > 0 && (OPEN_ENDED.has(chunks[first].type) || !BLANK_LINE.test(old.slice(chunks[first - 1].end, chunks[first].start)))) first--;
  let last = chunks.length - 1;
  while (last > 0 && chunks[last].start > oldChangeEnd) last--;
  last = Math.min(chunks.length - 1, last + 1);
  while (last < chunks.length - 1 && (OPEN_ENDED.has(chunks[last].type) || !BLANK_LINE.test(old.slice(chunks[last].end, chunks[last + 1].start)))) last++;
  if (first === 0 && last === chunks.length - 1) return whole();

  const from = first === 0 ? 0 : old.lastIndexOf('\n', chunks[first].start) + 1;
  if (first > 0 && from > prefix) return whole();
  const atEnd = last === chunks.length - 1;
  const to = atEnd ? source.length : chunks[last].end + delta;
  if (!atEnd && chunks[last].end < oldChangeEnd) return whole();
  // Detached: a block's text is a slice of this version's whole text, which it would keep alive for as long as the
  // block is reused, and the text facts keep texts that edits left behind (about 100 KB a keystroke in a long letter).
  const middle = remarkChunks(source, body, from, to).map(detachedChunk);
  const closing = middle[middle.length - 1];
  if (!atEnd && (!closing || closing.end !== to || closing.type !== chunks[last].type || OPEN_ENDED.has(closing.type))) return whole();

  const moved = chunks.slice(last + 1).map(({ type, start, end, blocks, comments, shift }) => ({ type, start: start + delta, end: end + delta, blocks, comments, shift: shift + delta }));
  return { source, body, chunks: [...chunks.slice(0, first), ...middle, ...moved] };
}
