import phraseData from '../../data/phrases.json';
import { isWordCharAt } from './chars';

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

/**
 * A character code folded the way a case-insensitive Unicode regex compares
 * it (simple case folding) for the letters phrases are written in: A-Z,
 * Latin-1, and the three look-alikes that fold onto them (Kelvin sign K,
 * long s ſ, Ångström sign Å).
 */
function foldCode(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  if (code >= 0xc0 && code <= 0xde && code !== 0xd7) return code + 0x20;
  if (code < 0x100) return code;
  if (code === 0x212a) return 0x6b;
  if (code === 0x17f) return 0x73;
  if (code === 0x212b) return 0xe5;
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

/** The first characters of phrases are Latin-1 (folded below 0x100): keys are small integers. */
const KEY_LIMIT = 0x100;
/** A phrase is looked up by the first three characters of its first word, or all of them if fewer. */
const KEY_LENGTH = 3;

/**
 * The key of the first `length` characters at `index` (1-3), distinct for
 * each length; -1 when a character folds outside Latin-1, where no phrase
 * begins.
 */
function keyAt(text: string, index: number, length: number): number {
  let key = 1;
  for (let k = 0; k < length; k++) {
    const code = foldCode(text.charCodeAt(index + k));
    if (code >= KEY_LIMIT) return -1;
    key = key * KEY_LIMIT + code;
  }
  return key;
}

/** Group indexes by the key of their phrases' first words (filled as groups are made). */
const GROUPS_BY_KEY = new Map<number, number[]>();
let groupCount = 0;
/** An empty list, shared: no groups for a key, no starts for a group. */
const NONE: readonly number[] = [];

/**
 * Where each group may have a match in `text`, by group index: the word
 * starts whose first characters (up to three) begin one of the group's
 * phrases. One pass over the text serves every group.
 */
export function phraseStarts(text: string): ReadonlyArray<number[] | undefined> {
  // Filled lazily: most groups have no candidate in a given paragraph.
  const starts: Array<number[] | undefined> = new Array(groupCount);
  let afterWordChar = false;
  for (let i = 0; i < text.length; i++) {
    const wordChar = isWordCharAt(text, i);
    if (wordChar && !afterWordChar) {
      // The keys of lengths 1, 2 and 3 at i, built up as keyAt builds them.
      let key = 1;
      for (let k = 0; k < KEY_LENGTH && i + k < text.length; k++) {
        const code = foldCode(text.charCodeAt(i + k));
        if (code >= KEY_LIMIT) break;
        key = key * KEY_LIMIT + code;
        for (const group of GROUPS_BY_KEY.get(key) ?? NONE) {
          const list = (starts[group] ??= []);
          if (list[list.length - 1] !== i) list.push(i);
        }
      }
    }
    afterWordChar = wordChar;
  }
  return starts;
}

/**
 * A group's phrases as one sticky pattern, tried only at the word starts
 * phraseStarts finds: the regex engine never walks through the inside of
 * words, and each try reads at most a phrase's length of words.
 */
export class PhraseGroup {
  readonly id: string;
  readonly index: number;
  readonly description: string;
  readonly phrases: readonly string[];
  private readonly pattern: RegExp;

  constructor(id: string, data: PhraseGroupData) {
    this.id = id;
    this.index = groupCount++;
    this.description = data.description;
    this.phrases = data.phrases;
    // Longest phrases first, so that the reported match is the most specific one.
    const sources = [...data.phrases].sort((a, b) => b.length - a.length).map(compilePhrase);
    this.pattern = new RegExp(`(?:${sources.join('|')})(?!${WORD_CHAR})`, 'iuy');
    const keys = new Set<number>();
    for (const phrase of data.phrases) {
      const firstWord = phrase.trim().split(/\s+/)[0].replace(/\*$/, '');
      const key = keyAt(firstWord, 0, Math.min(KEY_LENGTH, firstWord.length));
      if (!/^[\p{L}\p{N}]/u.test(firstWord) || key < 0) throw new Error(`Phrase group ${id}: »${phrase}« must begin with a Latin-1 letter or digit`);
      keys.add(key);
    }
    for (const key of keys) {
      const members = GROUPS_BY_KEY.get(key);
      if (members) members.push(this.index);
      else GROUPS_BY_KEY.set(key, [this.index]);
    }
  }

  /** All non-overlapping matches in `text`; `starts` is this group's entry of phraseStarts(text). */
  findAll(text: string, starts: readonly number[] = phraseStarts(text)[this.index] ?? NONE): PhraseMatch[] {
    const matches: PhraseMatch[] = [];
    let end = 0;
    for (const start of starts) {
      if (start < end) continue;
      this.pattern.lastIndex = start;
      const m = this.pattern.exec(text);
      if (!m) continue;
      end = start + m[0].length;
      matches.push({ start, end, text: m[0] });
    }
    return matches;
  }

  /** A match that starts exactly at `index`, which must be a word start. */
  matchAt(text: string, index: number): PhraseMatch | undefined {
    this.pattern.lastIndex = index;
    const m = this.pattern.exec(text);
    return m ? { start: index, end: index + m[0].length, text: m[0] } : undefined;
  }

  first(text: string): PhraseMatch | undefined {
    return this.findAll(text)[0];
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
