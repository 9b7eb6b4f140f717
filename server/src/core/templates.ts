import snippetFile from '../../../snippets/afgoerelse.code-snippets';
import type { Profile } from './config';
import type { SourceRange } from './letter';
import { lineEndingOf, lineStartOf } from './position';
import { RenderedSnippet, SnippetName, profileSubstitutions, renderSnippet, snippetNames, withLineEnding } from './snippets';

/**
 * Templates offered while typing: a template's prefix typed at the start of a
 * line. Section templates are offered in letters only; a file template (the
 * whole letter, `isFileTemplate` in the snippet file) only in a document that
 * holds nothing else yet. Other Markdown never sees them.
 */

/** Fewer letters than this match too many words that start a sentence. */
export const TEMPLATE_MIN_TYPED = 3;

export interface TemplateCompletion {
  name: SnippetName;
  /** The prefix that matched what was typed. */
  prefix: string;
  description: string;
  /** What was typed: the template replaces it. */
  range: SourceRange;
  rendered: RenderedSnippet;
}

interface TemplateEntry {
  name: SnippetName;
  prefixes: string[];
  description: string;
  wholeLetter: boolean;
}

const TEMPLATES: readonly TemplateEntry[] = snippetNames().map((name) => {
  const entry = snippetFile[name];
  return {
    name,
    prefixes: Array.isArray(entry.prefix) ? entry.prefix : [entry.prefix],
    description: entry.description ?? name,
    wholeLetter: entry.isFileTemplate === true,
  };
});

/** The whole-letter template's name (the snippet file's file template). */
export const WHOLE_LETTER: SnippetName = TEMPLATES.find((template) => template.wholeLetter)!.name;

/** What was typed from the start of the line (after indentation) to `offset`, when it can begin a prefix. */
function typedAtLineStart(text: string, offset: number): { typed: string; start: number } | undefined {
  const match = /^[ \t]*([\p{L}][\p{L} ]*)$/u.exec(text.slice(lineStartOf(text, offset), offset));
  if (!match || match[1].length < TEMPLATE_MIN_TYPED) return undefined;
  return { typed: match[1], start: offset - match[1].length };
}

/** Whether the document holds nothing but what is being typed. */
function isBlankBesides(text: string, range: SourceRange): boolean {
  return (text.slice(0, range.start) + text.slice(range.end)).trim() === '';
}

/** The templates whose prefix starts with what was typed at `offset`; empty where none may be offered. */
export function templatesAt(text: string, offset: number, context: { isLetter: boolean; profile: Readonly<Profile> }): TemplateCompletion[] {
  const typed = typedAtLineStart(text, offset);
  if (!typed) return [];
  const range = { start: typed.start, end: offset };
  const wanted = typed.typed.toLocaleLowerCase('da');
  const blank = isBlankBesides(text, range);
  const eol = lineEndingOf(text);
  const found: TemplateCompletion[] = [];
  for (const template of TEMPLATES) {
    if (template.wholeLetter ? !blank : !context.isLetter) continue;
    const prefix = template.prefixes.find((p) => p.toLocaleLowerCase('da').startsWith(wanted));
    if (!prefix) continue;
    const rendered = renderSnippet(template.name, { substitute: profileSubstitutions(context.profile) });
    found.push({
      name: template.name,
      prefix,
      description: template.description,
      range,
      rendered: withLineEnding(rendered, eol),
    });
  }
  return found;
}
