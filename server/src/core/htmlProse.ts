/**
 * The prose of an HTML block: a letter pasted from a mail or a case system may be HTML from end to end
 * (»<p><b>Odense Kommune</b><br>…</p>«, »<h2>Afgørelse om helhedspleje</h2>«), which Markdown passes through
 * untouched. Its paragraphs, headings, list items and table rows are read as the letter's blocks, each character at its
 * place in the source. Not an HTML parser: tags are only boundaries, and what they do not mark stays one paragraph.
 */

/**
 * A tag; or the opening of a comment or a CDATA section, whose end is looked up once (left open, it runs to the end); or
 * a declaration or processing instruction (»<!DOCTYPE html>«, »<?xml …?>«). Only tags carry a name.
 */
const TAG = /<!--|<!\[CDATA\[|<[!?][^<>]*>|<(\/?)([A-Za-z][A-Za-z0-9-]*)(?:[\s/][^<>]*)?>/g;
/** Where what a comment or a CDATA section opens ends. */
const SECTION_END: Readonly<Record<string, string>> = { '<!--': '-->', '<![CDATA[': ']]>' };

/** Tags that open or close a block of their own. */
const BLOCK_TAGS = new Set([
  'p', 'div', 'li', 'tr', 'table', 'thead', 'tbody', 'tfoot', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'section',
  'article', 'header', 'footer', 'main', 'aside', 'nav', 'address', 'figure', 'figcaption', 'hr', 'center', 'body', 'html',
]);
const HEADING_TAG = /^h([1-6])$/;
/** Tags whose content is no prose. */
const SKIPPED_TAGS = new Set(['script', 'style', 'head', 'title']);
/** Cells of one row are read as one line, a space between them. */
const CELL_TAGS = new Set(['td', 'th']);

/** A character reference and the character it stands for; the few a Danish letter writes, and any number. */
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z]{2,8}));/g;
const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad', ndash: '–', mdash: '—', sect: '§',
  aelig: 'æ', oslash: 'ø', aring: 'å', AElig: 'Æ', Oslash: 'Ø', Aring: 'Å', eacute: 'é', laquo: '«', raquo: '»', hellip: '…',
  bull: '•', middot: '·', times: '×', divide: '÷', frac12: '½', euro: '€',
};

function decode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED[name] ?? whole;
    const code = decimal !== undefined ? parseInt(decimal, 10) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/** One stretch of an HTML block read as prose: its text as pieces, each verbatim from the source or put in. */
export interface HtmlProse {
  /** 1-6 for a heading tag, 0 for a paragraph. */
  depth: number;
  /** Where the block's opening tag starts and its closing tag ends, in source offsets. */
  start: number;
  end: number;
  pieces: Array<{ text: string; start: number; end: number } | { synthetic: string; at: number }>;
}

/**
 * The prose stretches of the HTML in `source` from `start` to `end`, in order. Text between tags is kept with its
 * place; `<br>` is a line break, a cell boundary a space; white space alone between tags separates words at most.
 */
export function htmlProse(source: string, start: number, end: number): HtmlProse[] {
  const html = source.slice(start, end);
  const out: HtmlProse[] = [];
  let current: HtmlProse | undefined;
  let skipping = '';
  let textAt = 0;
  const open = (at: number, depth: number): HtmlProse => {
    current = { depth, start: start + at, end: start + at, pieces: [] };
    return current;
  };
  // A block closed by a tag ends with it; the last, closed by the end of the HTML, with its last word: where Markdown
  // ends an HTML block at the end of a text read in windows, the white space after it may differ.
  const close = (at?: number): void => {
    const pieces = current?.pieces ?? [];
    // The block ends with its last word: white space and line breaks before the closing tag are dropped.
    while (pieces.length > 0) {
      const last = pieces[pieces.length - 1];
      if ('synthetic' in last) {
        pieces.pop();
        continue;
      }
      const text = last.text.trimEnd();
      if (text) {
        last.end -= last.text.length - text.length;
        last.text = text;
        break;
      }
      pieces.pop();
    }
    if (current && pieces.length > 0) {
      const last = pieces[pieces.length - 1];
      current.end = at === undefined ? ('text' in last ? last.end : last.at) : start + at;
      out.push(current);
    }
    current = undefined;
  };
  const lastChar = (): string => {
    const last = current?.pieces[current.pieces.length - 1];
    if (!last) return '\n';
    const text = 'text' in last ? last.text : last.synthetic;
    return text[text.length - 1] ?? '\n';
  };
  const addText = (from: number, to: number): void => {
    if (skipping || from >= to) return;
    const raw = html.slice(from, to);
    if (!raw.trim()) {
      // White space between tags: a word boundary, unless the line already ends.
      if (current && !/\s/.test(lastChar())) current.pieces.push({ synthetic: ' ', at: start + from });
      return;
    }
    // At the start of a block or a line, the text starts with its first word.
    const lead = /\s/.test(lastChar()) ? raw.length - raw.trimStart().length : 0;
    const body = raw.slice(lead);
    (current ?? open(from, 0)).pieces.push({ text: decode(body), start: start + from + lead, end: start + to });
  };
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    addText(textAt, m.index);
    textAt = m.index + m[0].length;
    const name = (m[2] ?? '').toLowerCase();
    if (!name) {
      const closer = SECTION_END[m[0]];
      if (closer) {
        const sectionEnd = html.indexOf(closer, textAt);
        textAt = sectionEnd < 0 ? html.length : sectionEnd + closer.length;
        TAG.lastIndex = textAt;
      }
      continue;
    }
    const closing = m[1] === '/';
    if (SKIPPED_TAGS.has(name)) {
      skipping = closing ? '' : name;
      continue;
    }
    if (skipping) continue;
    const heading = HEADING_TAG.exec(name);
    if (heading || BLOCK_TAGS.has(name)) {
      close(closing ? textAt : m.index);
      if (!closing && heading) open(textAt, Number(heading[1]));
    } else if (name === 'br') {
      // One line break, however many tags: »<br><br>« before a signature is no paragraph of its own.
      if (current && lastChar() !== '\n') current.pieces.push({ synthetic: '\n', at: start + m.index });
    } else if (CELL_TAGS.has(name) && !closing && current && !/\s/.test(lastChar())) {
      current.pieces.push({ synthetic: ' ', at: start + m.index });
    }
  }
  addText(textAt, html.length);
  close();
  return out;
}
