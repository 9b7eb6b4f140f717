import phraseData from '../../data/phrases.json';

/** A phrase group as stored in data/phrases.json. */
export interface PhraseGroupData {
  description: string;
  phrases: string[];
  examples: { match: string[]; noMatch: string[] };
}

export type PhraseGroupId = Exclude<keyof typeof phraseData, '$comment'>;

export interface PhraseMatch {
  start: number;
  end: number;
  text: string;
}

const WORD_CHAR = '[\\p{L}\\p{N}]';
const SPACE = '[\\s\\u00a0]+';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Compiles one phrase to a regular expression source. Every quantifier
 * applies to a single character class and the classes on either side of it
 * are disjoint, so matching stays linear in the input.
 */
export function compilePhrase(phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  const parts: string[] = [];
  words.forEach((word, index) => {
    const last = index === words.length - 1;
    if (word === '~') {
      parts.push(`(?:\\p{L}+${SPACE})?`);
      return;
    }
    const wildcard = word.endsWith('*');
    const literal = escapeRegExp(wildcard ? word.slice(0, -1) : word);
    // A lone `*` is any one word: \p{L}+, never empty, or the spaces on both sides would overlap (quadratic).
    const body = wildcard ? (literal ? `${literal}\\p{L}*` : '\\p{L}+') : literal;
    parts.push(last ? body : body + SPACE);
  });
  return parts.join('');
}

export class PhraseGroup {
  readonly id: string;
  readonly description: string;
  readonly phrases: readonly string[];
  private readonly pattern: RegExp;

  constructor(id: string, data: PhraseGroupData) {
    this.id = id;
    this.description = data.description;
    this.phrases = data.phrases;
    // Longest phrases first, so that the reported match is the most specific one.
    const sources = [...data.phrases].sort((a, b) => b.length - a.length).map(compilePhrase);
    this.pattern = new RegExp(`(?<!${WORD_CHAR})(?:${sources.join('|')})(?!${WORD_CHAR})`, 'giu');
  }

  /** All non-overlapping matches in `text`. */
  findAll(text: string): PhraseMatch[] {
    const matches: PhraseMatch[] = [];
    this.pattern.lastIndex = 0;
    for (let m = this.pattern.exec(text); m; m = this.pattern.exec(text)) {
      matches.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
      if (m[0].length === 0) this.pattern.lastIndex++;
    }
    return matches;
  }

  first(text: string): PhraseMatch | undefined {
    this.pattern.lastIndex = 0;
    const m = this.pattern.exec(text);
    return m ? { start: m.index, end: m.index + m[0].length, text: m[0] } : undefined;
  }

  test(text: string): boolean {
    return this.first(text) !== undefined;
  }
}

const groups = new Map<string, PhraseGroup>();
for (const [id, data] of Object.entries(phraseData)) {
  if (id.startsWith('$')) continue;
  groups.set(id, new PhraseGroup(id, data as PhraseGroupData));
}

export function phrases(id: PhraseGroupId): PhraseGroup {
  const group = groups.get(id);
  if (!group) throw new Error(`Unknown phrase group: ${id}`);
  return group;
}

export function allPhraseGroups(): readonly PhraseGroup[] {
  return [...groups.values()];
}

export function phraseGroupData(id: string): PhraseGroupData | undefined {
  const data = (phraseData as Record<string, unknown>)[id];
  return id.startsWith('$') ? undefined : (data as PhraseGroupData | undefined);
}
