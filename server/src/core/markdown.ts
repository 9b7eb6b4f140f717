import { unified } from 'unified';
import remarkParse from 'remark-parse';

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
  /** offsets[i] is the source offset of text[i]; offsets[text.length] is the block's end. */
  readonly offsets: Uint32Array;
  /** Source range of the whole block. */
  readonly start: number;
  readonly end: number;
  /** Index in LetterModel.blocks of the heading whose section holds this block (-1 before any heading). */
  section: number;
  role: SectionRole;
}

interface MdNode {
  type: string;
  value?: string;
  depth?: number;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const parser = unified().use(remarkParse);

export function parseMarkdown(source: string): MdNode {
  return parser.parse(source) as MdNode;
}

class TextBuilder {
  private text = '';
  private readonly offsets: number[] = [];

  constructor(private readonly source: string) {}

  /** Appends a node's value, aligning each character with its place in the source. */
  appendAligned(value: string, start: number, end: number): void {
    const source = this.source;
    let j = start;
    for (let i = 0; i < value.length; i++) {
      const ch = value[i];
      while (j < end && source[j] !== ch) {
        if (source[j] === '&') {
          // A character reference (&amp; &#230;) stands for one character of the value.
          const semicolon = source.indexOf(';', j);
          if (semicolon > j && semicolon - j <= 32 && semicolon < end) {
            j = semicolon;
            break;
          }
        }
        j++;
      }
      this.offsets.push(Math.min(j, end));
      if (j < end) j++;
    }
    this.text += value;
  }

  appendSynthetic(value: string, at: number): void {
    for (let i = 0; i < value.length; i++) this.offsets.push(at);
    this.text += value;
  }

  finish(end: number): { text: string; offsets: Uint32Array } {
    const offsets = new Uint32Array(this.offsets.length + 1);
    offsets.set(this.offsets);
    offsets[this.offsets.length] = end;
    return { text: this.text, offsets };
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
      out.appendAligned(node.value ?? '', startOf(node), endOf(node));
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

/** A paragraph that is only bold text, short, standing alone: case workers use it as a heading. */
function isBoldHeading(node: MdNode): boolean {
  const meaningful = (node.children ?? []).filter(
    (child) => !(child.type === 'text' && !(child.value ?? '').trim()) && child.type !== 'html',
  );
  if (meaningful.length !== 1 || meaningful[0].type !== 'strong') return false;
  return endOf(node) - startOf(node) <= 100;
}

function toBlock(source: string, node: MdNode, comments: HtmlComment[]): Block {
  const builder = new TextBuilder(source);
  collectInline(node, builder, comments);
  const { text, offsets } = builder.finish(endOf(node));
  const heading = node.type === 'heading' || isBoldHeading(node);
  return {
    kind: heading ? 'heading' : 'paragraph',
    depth: node.type === 'heading' ? node.depth ?? 1 : heading ? 7 : 0,
    text,
    offsets,
    start: startOf(node),
    end: endOf(node),
    section: -1,
    role: 'other',
  };
}

/** Walks the tree once and returns the prose blocks and the HTML comments in document order. */
export function extractBlocks(source: string, root: MdNode): { blocks: Block[]; comments: HtmlComment[] } {
  const blocks: Block[] = [];
  const comments: HtmlComment[] = [];
  // An explicit stack: letters pasted from other systems can nest lists and quotes very deeply.
  const stack: MdNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'heading' || node.type === 'paragraph') {
      blocks.push(toBlock(source, node, comments));
      continue;
    }
    if (node.type === 'html') {
      collectComments(node, comments);
      continue;
    }
    if (node.type === 'code' || node.type === 'definition') continue;
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return { blocks, comments };
}
