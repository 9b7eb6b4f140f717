import snippetFile from '../../../snippets/afgoerelse.code-snippets';
import type { Profile } from './config';

/**
 * The texts of snippets/afgoerelse.code-snippets serve both the snippets users
 * type and the quick fixes; this module reads them and turns a snippet into
 * the plain text it becomes when its placeholders keep their defaults.
 */
export type SnippetName = keyof typeof snippetFile & string;

export interface RenderedSnippet {
  /** TextMate snippet syntax, with tab stops. */
  snippet: string;
  /** The text with every placeholder at its default (or `fill` value). */
  text: string;
}

export interface RenderOptions {
  /** Placeholder number → text to use instead of the default (tests fill in what a user would type). */
  fill?: Readonly<Record<number, string>>;
  /** Default text → replacement, e.g. "kommunen" → "Aarhus Kommune" from the organisation profile. */
  substitute?: Readonly<Record<string, string>>;
}

/**
 * The organisation profile's values replace the snippets' generic placeholder
 * defaults, found by their text (kommunen, Ankestyrelsen, 4 uger) whatever
 * their tab-stop numbers.
 */
export function profileSubstitutions(options: Readonly<Profile>): Record<string, string> {
  const substitutions: Record<string, string> = {};
  // The address in parentheses: as an apposition it would need a closing comma the sentence lacks ("… 5000 Odense C inden 4 uger").
  if (options.municipality) substitutions.kommunen = options.address ? `${options.municipality} (${options.address})` : options.municipality;
  if (options.appealBody) substitutions.Ankestyrelsen = options.appealBody;
  if (options.complaintDeadline) substitutions['4 uger'] = options.complaintDeadline;
  return substitutions;
}

export function snippetNames(): SnippetName[] {
  return Object.keys(snippetFile) as SnippetName[];
}

export function snippetBody(name: SnippetName): string {
  const entry = snippetFile[name];
  if (!entry) throw new Error(`Unknown snippet: ${name}`);
  return Array.isArray(entry.body) ? entry.body.join('\n') : entry.body;
}

function escapeSnippetText(text: string): string {
  return text.replace(/[\\$}]/g, '\\$&');
}

interface Parsed {
  snippet: string;
  text: string;
  end: number;
}

/**
 * Parses snippet syntax from `at` until `stop` (a closing brace inside a
 * placeholder) or the end. Each character is visited once.
 */
function parse(body: string, at: number, options: RenderOptions, stop: string | undefined): Parsed {
  let snippet = '';
  let text = '';
  let i = at;
  while (i < body.length) {
    const ch = body[i];
    if (stop !== undefined && ch === stop) break;
    if (ch === '\\' && i + 1 < body.length) {
      snippet += ch + body[i + 1];
      text += body[i + 1];
      i += 2;
      continue;
    }
    if (ch === '$') {
      const simple = /^\$(\d+)/.exec(body.slice(i, i + 5));
      if (simple) {
        const fill = options.fill?.[Number(simple[1])];
        snippet += fill !== undefined ? escapeSnippetText(fill) : simple[0];
        text += fill ?? '';
        i += simple[0].length;
        continue;
      }
      const open = /^\$\{(\d+)([:|}])/.exec(body.slice(i, i + 8));
      if (open) {
        const index = Number(open[1]);
        const fill = options.fill?.[index];
        i += open[0].length;
        if (open[2] === '}') {
          snippet += fill !== undefined ? escapeSnippetText(fill) : open[0];
          text += fill ?? '';
          continue;
        }
        if (open[2] === '|') {
          const close = body.indexOf('|}', i);
          const choices = body.slice(i, close < 0 ? body.length : close);
          i = close < 0 ? body.length : close + 2;
          const first = choices.split(',')[0];
          snippet += fill !== undefined ? escapeSnippetText(fill) : `\${${index}|${choices}|}`;
          text += fill ?? first;
          continue;
        }
        const inner = parse(body, i, options, '}');
        i = inner.end + 1;
        const substituted = options.substitute?.[inner.text];
        const value = fill ?? substituted;
        snippet += value !== undefined ? `\${${index}:${escapeSnippetText(value)}}` : `\${${index}:${inner.snippet}}`;
        text += value ?? inner.text;
        continue;
      }
    }
    snippet += ch;
    text += ch;
    i++;
  }
  return { snippet, text, end: i };
}

export function renderSnippet(name: SnippetName, options: RenderOptions = {}): RenderedSnippet {
  const { snippet, text } = parse(snippetBody(name), 0, options, undefined);
  return { snippet, text };
}

/** The rendered text with the document's line ending (CRLF from Windows editors, a lone CR from old Mac text). */
export function withLineEnding(rendered: RenderedSnippet, eol: string): RenderedSnippet {
  if (eol === '\n') return rendered;
  return { snippet: rendered.snippet.replace(/\n/g, eol), text: rendered.text.replace(/\n/g, eol) };
}

/**
 * Snippets inserted together as one session: an editor links tab stops with
 * the same number, in every snippet of the session, as mirrors. Numbered on
 * from one snippet to the next, the stops run through them in order; final
 * cursor stops ($0) are dropped, so the session ends after the last snippet.
 */
export function numberedOn(snippets: readonly string[]): string[] {
  let offset = 0;
  return snippets.map((snippet) => {
    let highest = 0;
    // An escaped character (\$, \}, \\) is kept as it is; only a real tab stop is renumbered.
    const renumbered = snippet.replace(/\\[\s\S]|\$(\{?)(\d+)/g, (whole, brace: string | undefined, digits: string | undefined) => {
      if (digits === undefined) return whole;
      const stop = Number(digits);
      if (stop === 0) return brace ? whole : '';
      highest = Math.max(highest, stop);
      return `$${brace}${offset + stop}`;
    });
    offset += highest;
    return renumbered;
  });
}

/** Wraps rendered text in the separators that place it at an insertion point. */
export function framed(rendered: RenderedSnippet, before: string, after: string): RenderedSnippet {
  return {
    snippet: escapeSnippetText(before) + rendered.snippet + escapeSnippetText(after),
    text: before + rendered.text + after,
  };
}
