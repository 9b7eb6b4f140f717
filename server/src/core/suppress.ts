import type { Config } from './config';
import type { LetterModel } from './letter';
import type { HtmlComment } from './markdown';
import { PARTLY_CHECKED_RULE } from './nesting';
import { LineIndex, lineEndAt, lineEndOf, lineEndingOf, lineStartOf, textStart } from './position';
import type { Finding, Fix, Message } from './rule';
import { checkerFindingKind } from './checkerFindings';
import { textsOf, toFix } from './messages';
import { ruleById } from './rules';

/**
 * Disable comments, invisible in the rendered letter:
 *
 *     <!-- afgørelsestjek-disable hovedhensyn -->        from here on (all rules without ids)
 *     <!-- afgørelsestjek-enable hovedhensyn -->         until here
 *     <!-- afgørelsestjek-disable-next-line hjemmel -->  only findings starting on the next line
 *
 * Ids are separated by spaces or commas. A directive that disables nothing,
 * or names an unknown rule, is itself reported under DIRECTIVE_RULE.
 */
const say = textsOf('undtagelse');
const quoted = (ids: readonly string[]): string => ids.map((id) => `»${id}«`).join(', ');

export const DIRECTIVE_RULE = checkerFindingKind('undtagelse', 'Kommentar, der slår regler fra, virker ikke', 'Disable comment has no effect', 'warning');

type DirectiveKind = 'disable' | 'enable' | 'disable-next-line';

interface Directive {
  kind: DirectiveKind;
  /** Rule ids; empty means every rule. */
  ids: string[];
  comment: HtmlComment;
}

const DIRECTIVE = /^afg(?:ø|oe)relsestjek-(disable-next-line|disable|enable)(?:\s+([\s\S]*))?$/u;

export function parseDirective(comment: HtmlComment): Directive | undefined {
  const m = DIRECTIVE.exec(comment.text);
  if (!m) return undefined;
  // "-- why" after the ids is a note for the reader, as in ESLint.
  const ids = (m[2] ?? '').split(/(?:^|\s)--(?:\s|$)/)[0].split(/[\s,]+/).filter(Boolean);
  return { kind: m[1] as DirectiveKind, ids, comment };
}

interface Region {
  directive: Directive;
  /** Rule ids the region silences; undefined means every rule. */
  ids?: Set<string>;
  start: number;
  end: number;
  used: boolean;
}

function regionsOf(directives: Directive[], source: string): Region[] {
  const lines = new LineIndex(source);
  const regions: Region[] = [];
  const open = new Map<string | undefined, Region>();
  const close = (key: string | undefined, at: number): void => {
    const region = open.get(key);
    if (region) {
      region.end = at;
      open.delete(key);
    }
  };
  for (const directive of directives) {
    const { comment, kind, ids } = directive;
    if (kind === 'disable-next-line') {
      const next = lines.positionAt(comment.end).line + 1;
      const start = lines.offsetAt({ line: next, character: 0 });
      const end = lines.offsetAt({ line: next + 1, character: 0 });
      regions.push({ directive, ids: ids.length ? new Set(ids) : undefined, start, end: end > start ? end : source.length + 1, used: false });
    } else if (kind === 'disable') {
      for (const key of ids.length ? ids : [undefined]) {
        if (open.has(key)) continue;
        const region: Region = { directive, ids: key === undefined ? undefined : new Set([key]), start: comment.end, end: source.length + 1, used: false };
        open.set(key, region);
        regions.push(region);
      }
    } else if (ids.length) {
      for (const id of ids) close(id, comment.start);
    } else {
      for (const key of [...open.keys()]) close(key, comment.start);
    }
  }
  return regions;
}

/** Removes the comment, and its line (with its line ending) when it stands alone on one. */
function removeComment(source: string, comment: HtmlComment): Fix {
  let start = comment.start;
  let end = comment.end;
  const lineStart = Math.max(lineStartOf(source, start), textStart(source));
  const lineEnd = lineEndOf(source, end);
  const before = source.slice(lineStart, start);
  const after = source.slice(end, lineEnd);
  if (!before.trim() && !after.trim()) {
    start = lineStart;
    end = lineEnd + (lineEndAt(source, lineEnd)?.length ?? 0);
  } else if (!after.trim()) {
    // An inline comment at the end of a line: take the spaces before it too.
    while (start > lineStart && (source[start - 1] === ' ' || source[start - 1] === '\t')) start--;
  }
  return toFix({ title: say('fixRemove'), edit: { range: { start, end }, text: '' } });
}

/**
 * Drops the findings that disable comments silence and reports the
 * directives that silence nothing. `findings` must be sorted by position.
 */
export function applyDirectives(letter: LetterModel, findings: Finding[], config: Readonly<Config>): Finding[] {
  const directives = letter.comments.map(parseDirective).filter((d): d is Directive => d !== undefined);
  if (directives.length === 0) return findings;
  const regions = regionsOf(directives, letter.source);
  const kept = findings.filter((finding) => {
    const region = regions.find((r) => finding.range.start >= r.start && finding.range.start < r.end && (!r.ids || r.ids.has(finding.ruleId)));
    if (region) region.used = true;
    return !region;
  });
  const warnings: Finding[] = [];
  const warn = (directive: Directive, text: Message): void => {
    const range = { start: directive.comment.start, end: directive.comment.end };
    warnings.push(DIRECTIVE_RULE.finding(text, range, removeComment(letter.source, directive.comment)));
  };
  for (const directive of directives) {
    if (directive.kind === 'enable') continue;
    const unknown = directive.ids.filter((id) => !ruleById(id) && id !== PARTLY_CHECKED_RULE.id);
    if (unknown.length) {
      warn(directive, say('unknownRule', { ids: quoted(unknown) }));
      continue;
    }
    const used = regions.some((r) => r.directive === directive && r.used);
    // A rule switched off in the settings has nothing to silence; that is not the comment's fault.
    const allOff = directive.ids.length > 0 && directive.ids.every((id) => config.rules[id] === 'off');
    if (!used && !allOff) {
      const ids = directive.ids.length ? quoted(directive.ids) : say('allRules');
      warn(directive, say(directive.kind === 'disable-next-line' ? 'unusedNextLine' : 'unused', { ids }));
    }
  }
  return [...kept, ...warnings].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
}

/**
 * "Ignore here": a disable-next-line comment for the line the finding starts
 * on, as a line of its own when that line opens a block, else at the end of
 * the line before (a comment line inside a paragraph would split it).
 */
export function ignoreHereFix(source: string, finding: Finding): Fix {
  const title = say('fixIgnoreHere', { rule: finding.ruleId });
  const comment = `<!-- afgørelsestjek-disable-next-line ${finding.ruleId} -->`;
  const eol = lineEndingOf(source);
  const lineStart = lineStartOf(source, finding.range.start);
  const first = textStart(source);
  if (lineStart <= first) return toFix({ title, edit: { range: { start: first, end: first }, text: `${comment}${eol}` } });
  const previousStart = lineStartOf(source, lineStart - 1);
  const previous = source.slice(previousStart, lineEndOf(source, previousStart));
  // Blank, or front matter's closing fence: the comment gets a line of its own.
  if (!previous.trim() || previous.trim() === '---') return toFix({ title, edit: { range: { start: lineStart, end: lineStart }, text: `${comment}${eol}` } });
  const at = previousStart + previous.length;
  return toFix({ title, edit: { range: { start: at, end: at }, text: ` ${comment}` } });
}
