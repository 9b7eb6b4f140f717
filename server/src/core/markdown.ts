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
    if (value.length === end - start && source.startsWith(value, start)) {
      // The common case: the value is the source verbatim, so the alignment below would map i to start + i.
      for (let i = 0; i < value.length; i++) this.offsets.push(start + i);
      this.text += value;
      return;
    }
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

function collectInline(node: MdNode, out: TextBuilder): void {
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
      // Inline HTML (comments such as disable markers) is not prose.
      return;
    default:
      for (const child of node.children ?? []) collectInline(child, out);
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

function toBlock(source: string, node: MdNode): Block {
  const builder = new TextBuilder(source);
  collectInline(node, builder);
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

/** Walks the tree once and returns the prose blocks in document order. */
export function extractBlocks(source: string, root: MdNode): Block[] {
  const blocks: Block[] = [];
  // An explicit stack: letters pasted from other systems can nest lists and quotes very deeply.
  const stack: MdNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'heading' || node.type === 'paragraph') {
      blocks.push(toBlock(source, node));
      continue;
    }
    if (node.type === 'code' || node.type === 'html' || node.type === 'definition') continue;
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return blocks;
}
