/**
 * Glob matching for the letterGlobs setting, segment by segment. `{a,b}`
 * alternatives (also nested, also holding `/`) are expanded first; then the
 * glob and the path are split on `/`. A `**` segment matches zero or more path
 * segments; within a segment `*` matches any run of characters, `?` one
 * character, `[abc]`, `[a-z]`, `[!a]` (or `[^a]`) one character of a class,
 * `\x` the character x (outside a class). Case-insensitive. A glob matches the
 * end of a path at a segment boundary, as if it began with `**\/`; paths use
 * `/` (a `\` in a path is read as `/`).
 *
 * No regular expressions: both levels use the two-pointer wildcard match,
 * which backtracks only to the last star, so a match takes at most
 * (path length × glob length) steps on any input.
 */

/** More alternatives than this after expanding `{…}`, or more characters in all, make the glob invalid (it then matches nothing). */
const MAX_ALTERNATIVES = 256;
const MAX_EXPANDED_CHARS = 1 << 20;
const MAX_BRACE_DEPTH = 8;
const COMPILED_CACHE_SIZE = 100;

type CharToken =
  | { kind: 'star' }
  | { kind: 'any' }
  | { kind: 'char'; char: string }
  | { kind: 'class'; negated: boolean; ranges: Array<[number, number]> };

/** One glob segment: `**`, or the tokens of a name pattern. */
type SegmentPattern = 'globstar' | CharToken[];

/** Lower case when that is one code point (as the `iu` regex flags fold), else the character itself. */
function fold(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : char;
  const lower = char.toLowerCase();
  return lower === char || Array.from(lower).length !== 1 ? char : lower;
}

/** Expands `{a,b}` groups into plain globs; throws on an unclosed `{` or too many alternatives. */
function expandBraces(glob: string): string[] {
  const limit = Math.min(MAX_ALTERNATIVES, Math.floor(MAX_EXPANDED_CHARS / Math.max(1, glob.length)));
  let i = 0;
  const sequence = (depth: number): string[] => {
    let results = [''];
    let literal = '';
    while (i < glob.length) {
      const ch = glob[i];
      if (ch === '\\') {
        literal += glob.slice(i, i + 2);
        i += 2;
      } else if (depth > 0 && (ch === ',' || ch === '}')) break;
      else if (ch === '{') {
        if (depth >= MAX_BRACE_DEPTH) throw new Error('Too deeply nested { in glob');
        i++;
        const options: string[] = [];
        for (;;) {
          options.push(...sequence(depth + 1));
          if (options.length > limit) throw new Error('Too many alternatives in glob');
          if (i >= glob.length) throw new Error('Unclosed { in glob');
          if (glob[i++] === '}') break;
        }
        if (results.length * options.length > limit) throw new Error('Too many alternatives in glob');
        results = results.flatMap((before) => options.map((option) => before + literal + option));
        literal = '';
      } else {
        literal += ch;
        i++;
      }
    }
    return results.map((before) => before + literal);
  };
  return sequence(0);
}

/**
 * `[…]` starting at chars[start]: the class and the index after `]`, or
 * undefined when it is not closed. As in POSIX brackets, `\` is an ordinary
 * member, so the class ends at the first `]` after its first member: knowing
 * the segment's last `]` (lastClose) tells without scanning whether it closes,
 * which keeps a segment like "[[[[…" linear.
 */
function parseClass(chars: string[], start: number, lastClose: number): { token: CharToken; next: number } | undefined {
  let k = start + 1;
  const negated = chars[k] === '!' || chars[k] === '^';
  if (negated) k++;
  if (lastClose <= k) return undefined;
  const ranges: Array<[number, number]> = [];
  // A `]` right after the opening is a member, not the end.
  for (let first = true; k < chars.length && (chars[k] !== ']' || first); first = false) {
    const low = chars[k++].codePointAt(0)!;
    let high = low;
    if (chars[k] === '-' && k + 1 < chars.length && chars[k + 1] !== ']') {
      high = chars[k + 1].codePointAt(0)!;
      k += 2;
    }
    ranges.push([low, high]);
  }
  if (k >= chars.length) return undefined;
  return { token: { kind: 'class', negated, ranges }, next: k + 1 };
}

function parseSegment(segment: string): SegmentPattern {
  if (segment === '**') return 'globstar';
  const chars = Array.from(segment);
  const lastClose = chars.lastIndexOf(']');
  const tokens: CharToken[] = [];
  for (let k = 0; k < chars.length; k++) {
    const ch = chars[k];
    const charClass = ch === '[' ? parseClass(chars, k, lastClose) : undefined;
    if (charClass) {
      tokens.push(charClass.token);
      k = charClass.next - 1;
    } else if (ch === '*') {
      if (tokens[tokens.length - 1]?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (ch === '?') tokens.push({ kind: 'any' });
    else if (ch === '\\' && k + 1 < chars.length) tokens.push({ kind: 'char', char: fold(chars[++k]) });
    else tokens.push({ kind: 'char', char: fold(ch) });
  }
  return tokens;
}

/** `code` is folded (lower case), so the class is also tried with its upper case. */
function inClass(token: Extract<CharToken, { kind: 'class' }>, code: number): boolean {
  const upper = String.fromCodePoint(code).toUpperCase();
  const upperCode = upper.length <= 2 ? upper.codePointAt(0)! : code;
  const member = token.ranges.some(([low, high]) => (code >= low && code <= high) || (upperCode >= low && upperCode <= high));
  return member !== token.negated;
}

/** UTF-16 units of the code point at `at` (a lone surrogate counts as one character). */
function widthAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const next = text.charCodeAt(at + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/**
 * The two-pointer wildcard match over items 0 … end-1: star patterns match any
 * run of items, the others one item. On a mismatch only the last star takes
 * one more item, which is enough (the pieces between stars are placed
 * leftmost), so it takes at most (items × patterns) steps.
 */
function wildcardMatch<P>(patterns: readonly P[], end: number, isStar: (p: P) => boolean, matchesAt: (p: P, at: number) => boolean, next: (at: number) => number): boolean {
  let p = 0;
  let i = 0;
  let starAt = -1;
  let resumeAt = 0;
  while (i < end) {
    if (p < patterns.length && isStar(patterns[p])) {
      starAt = p++;
      resumeAt = i;
    } else if (p < patterns.length && matchesAt(patterns[p], i)) {
      p++;
      i = next(i);
    } else if (starAt >= 0) {
      p = starAt + 1;
      i = resumeAt = next(resumeAt);
    } else return false;
  }
  while (p < patterns.length && isStar(patterns[p])) p++;
  return p === patterns.length;
}

const isStarToken = (token: CharToken): boolean => token.kind === 'star';
const isGlobstar = (segment: SegmentPattern): boolean => segment === 'globstar';

/** Whether a segment pattern matches a (folded) path segment. */
function matchesSegment(tokens: CharToken[], text: string): boolean {
  const tokenMatchesAt = (token: CharToken, at: number): boolean => {
    switch (token.kind) {
      case 'any': return true;
      case 'char': return token.char.length === widthAt(text, at) && text.startsWith(token.char, at);
      case 'class': return inClass(token, widthAt(text, at) === 2 ? text.codePointAt(at)! : text.charCodeAt(at));
      default: return false;
    }
  };
  return wildcardMatch(tokens, text.length, isStarToken, tokenMatchesAt, (at) => at + widthAt(text, at));
}

/** The path folded like the glob's characters: ASCII at once, the rest per code point. */
function foldPath(path: string): string {
  const slashed = path.replace(/\\/g, '/');
  return /^[\0-\x7f]*$/.test(slashed) ? slashed.toLowerCase() : Array.from(slashed, fold).join('');
}

/** A glob as the segment patterns of each of its expansions, each anchored at the path's end only. */
function compile(glob: string): SegmentPattern[][] {
  return expandBraces(glob).map((expanded) => {
    const segments: SegmentPattern[] = ['globstar'];
    for (const part of expanded.split('/')) {
      const segment = parseSegment(part);
      if (segment !== 'globstar' || segments[segments.length - 1] !== 'globstar') segments.push(segment);
    }
    return segments;
  });
}

const compiled = new Map<string, SegmentPattern[][] | undefined>();

/** The compiled glob, or undefined when it is invalid (it then matches nothing). */
function compiledGlob(glob: string): SegmentPattern[][] | undefined {
  if (compiled.has(glob)) return compiled.get(glob);
  let result: SegmentPattern[][] | undefined;
  try {
    result = compile(glob);
  } catch {
    result = undefined;
  }
  if (compiled.size >= COMPILED_CACHE_SIZE) compiled.clear();
  compiled.set(glob, result);
  return result;
}

/** Whether a glob can be read (else it matches nothing and the settings say so). */
export function isValidGlob(glob: string): boolean {
  return glob.trim() !== '' && compiledGlob(glob) !== undefined;
}

export function matchesAnyGlob(path: string, globs: readonly string[]): boolean {
  const segments = foldPath(path).split('/');
  const segmentMatchesAt = (segment: SegmentPattern, at: number): boolean => segment !== 'globstar' && matchesSegment(segment, segments[at]);
  return globs.some((glob) => compiledGlob(glob)?.some((expansion) => wildcardMatch(expansion, segments.length, isGlobstar, segmentMatchesAt, (at) => at + 1)) ?? false);
}
