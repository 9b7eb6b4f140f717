import phraseData from '../../data/phrases.json';
import { isLetterAt, isWordCharAt } from './chars';

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

const SPACE = '[\\s\\u00a0]+';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Compiles one phrase to a regular expression source over folded text (see
 * foldForPhrases). Every quantifier applies to a single character class and
 * the classes on either side of it are disjoint, so matching stays linear in
 * the input.
 */
export function compilePhrase(phrase: string): string {
  const words = foldForPhrases(phrase.trim()).split(/\s+/);
  const parts: string[] = [];
  words.forEach((word, index) => {
    const last = index === words.length - 1;
    if (word === '~') {
      parts.push(`(?:${FOLDED_LETTER}+${SPACE})?`);
      return;
    }
    const wildcard = word.endsWith('*');
    const literal = escapeRegExp(wildcard ? word.slice(0, -1) : word);
    // A lone `*` is any one word: letters, never empty, or the spaces on both sides would overlap (quadratic).
    const body = wildcard ? (literal ? `${literal}${FOLDED_LETTER}*` : `${FOLDED_LETTER}+`) : literal;
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

/**
 * What a folded text has in place of a letter or a number that does not fold
 * into Latin-1 (one per code unit, so an astral letter gives two): lower case
 * already, and in no phrase, so they only ever end or continue a word.
 */
const OTHER_LETTER = 0x101;
const OTHER_NUMBER = 0x660;
const LETTER_PLACEHOLDER = String.fromCharCode(OTHER_LETTER);
const NUMBER_PLACEHOLDER = String.fromCharCode(OTHER_NUMBER);

/** A character class over the Latin-1 codes of which `test` holds, plus `extra`. */
function latin1Class(test: (ch: string) => boolean, extra: number[]): string {
  const codes = [...Array(0x100).keys()].filter((code) => test(String.fromCharCode(code))).concat(extra);
  const hex = (code: number): string => `\\u${code.toString(16).padStart(4, '0')}`;
  let ranges = '';
  for (let i = 0; i < codes.length; ) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] === codes[j] + 1) j++;
    ranges += j > i ? `${hex(codes[i])}-${hex(codes[j])}` : hex(codes[i]);
    i = j + 1;
  }
  return `[${ranges}]`;
}
/** \p{L} and [\p{L}\p{N}] as they look in folded text. */
const FOLDED_LETTER = latin1Class((ch) => isLetterAt(ch, 0), [OTHER_LETTER]);
const FOLDED_WORD_CHAR = latin1Class((ch) => isWordCharAt(ch, 0), [OTHER_LETTER, OTHER_NUMBER]);

const OUTSIDE_LATIN1 = /[^\0-\u00ff]/g;

/**
 * The text as the phrase patterns read it, of the same length: case folded
 * (foldCode), and every other letter or number outside Latin-1 replaced by a
 * placeholder. The patterns then need neither the `i` nor the `u` flag: with
 * them, V8 spent about 0.3 s compiling \p{L} case-insensitively in every
 * process's first check (the server's first diagnostics, each CLI worker).
 */
export function foldForPhrases(text: string): string {
  OUTSIDE_LATIN1.lastIndex = 0;
  if (!OUTSIDE_LATIN1.test(text)) return text.toLowerCase();
  // After this, toLowerCase keeps the length: İ, the one character it lengthens, is a placeholder by then.
  return text.replace(OUTSIDE_LATIN1, (ch, at: number) => {
    const folded = foldCode(ch.charCodeAt(0));
    if (folded < 0x100) return String.fromCharCode(folded);
    return isLetterAt(text, at) ? LETTER_PLACEHOLDER : isWordCharAt(text, at) ? NUMBER_PLACEHOLDER : ch;
  }).toLowerCase();
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

/**
 * By key: the groups with a phrase whose first word begins so, and whether a
 * longer key begins so too (filled as groups are made). A word start whose
 * key is not here can begin no phrase, and the scan moves on.
 */
const KEYS = new Map<number, { groups: number[]; longer: boolean }>();
let groupCount = 0;

function keyEntry(key: number): { groups: number[]; longer: boolean } {
  let entry = KEYS.get(key);
  if (!entry) KEYS.set(key, (entry = { groups: [], longer: false }));
  return entry;
}

/**
 * A text read for phrases: its folded form and, by group index, the word
 * starts where a group may match. The starts are packed in one array,
 * `table`: its first `groups + 1` entries are offsets into the same array,
 * group g's starts lie in [table[g], table[g + 1]), ascending. A paragraph has
 * candidates for about twenty groups; an array per group made the scan the
 * checker's largest allocator after the parser.
 */
export interface PhraseScan {
  readonly folded: string;
  readonly groups: number;
  readonly table: readonly number[];
}

const NO_MATCHES: readonly PhraseMatch[] = Object.freeze([]);

/** Scratch space of the scan, reused: (group, start) pairs as found, and per group the last start and the count. */
let pairs = new Int32Array(256);
let lastStart = new Int32Array(0);
let counts = new Int32Array(0);

/**
 * Folds `text` and finds where each group may have a match: the word starts
 * whose first characters (up to three) begin one of the group's phrases. One
 * pass over the text serves every group.
 */
export function scanPhrases(text: string): PhraseScan {
  const folded = foldForPhrases(text);
  if (counts.length !== groupCount) {
    lastStart = new Int32Array(groupCount);
    counts = new Int32Array(groupCount);
  }
  lastStart.fill(-1);
  counts.fill(0);
  let found = 0;
  let afterWordChar = false;
  for (let i = 0; i < folded.length; i++) {
    const wordChar = isWordCharAt(folded, i);
    if (wordChar && !afterWordChar) {
      // The keys of lengths 1, 2 and 3 at i, built up as keyAt builds them.
      let key = 1;
      for (let k = 0; k < KEY_LENGTH && i + k < folded.length; k++) {
        const code = folded.charCodeAt(i + k);
        if (code >= KEY_LIMIT) break;
        key = key * KEY_LIMIT + code;
        const entry = KEYS.get(key);
        if (!entry) break;
        for (const group of entry.groups) {
          if (lastStart[group] === i) continue;
          lastStart[group] = i;
          counts[group]++;
          if (2 * found + 2 > pairs.length) {
            const grown = new Int32Array(pairs.length * 2);
            grown.set(pairs);
            pairs = grown;
          }
          pairs[2 * found] = group;
          pairs[2 * found + 1] = i;
          found++;
        }
        if (!entry.longer) break;
      }
    }
    afterWordChar = wordChar;
  }
  // A counting sort of the pairs by group; each group's starts stay in text order.
  const table: number[] = new Array(groupCount + 1 + found);
  table[0] = groupCount + 1;
  for (let g = 0; g < groupCount; g++) table[g + 1] = table[g] + counts[g];
  // lastStart is done with: it now holds where each group's next start goes.
  const slot = lastStart;
  for (let g = 0; g < groupCount; g++) slot[g] = table[g];
  for (let p = 0; p < found; p++) table[slot[pairs[2 * p]]++] = pairs[2 * p + 1];
  return { folded, groups: groupCount, table };
}

/**
 * A group's phrases as one sticky pattern over folded text, tried only at
 * the word starts scanPhrases finds: the regex engine never walks through the
 * inside of words, and each try reads at most a phrase's length of words.
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
    this.pattern = new RegExp(`(?:${sources.join('|')})(?!${FOLDED_WORD_CHAR})`, 'y');
    const keys = new Set<number>();
    for (const phrase of data.phrases) {
      const firstWord = phrase.trim().split(/\s+/)[0].replace(/\*$/, '');
      const key = keyAt(firstWord, 0, Math.min(KEY_LENGTH, firstWord.length));
      if (!/^[\p{L}\p{N}]/u.test(firstWord) || key < 0) throw new Error(`Phrase group ${id}: »${phrase}« must begin with a Latin-1 letter or digit`);
      keys.add(key);
    }
    for (const key of keys) {
      const entry = keyEntry(key);
      if (!entry.groups.includes(this.index)) entry.groups.push(this.index);
      for (let prefix = Math.floor(key / KEY_LIMIT); prefix > 1; prefix = Math.floor(prefix / KEY_LIMIT)) keyEntry(prefix).longer = true;
    }
  }

  /** All non-overlapping matches in `text`; `scan` is scanPhrases(text). */
  findAll(text: string, scan: PhraseScan = scanPhrases(text)): readonly PhraseMatch[] {
    const { table } = scan;
    const g = this.index;
    const first = g < scan.groups ? table[g] : 0;
    const last = g < scan.groups ? table[g + 1] : 0;
    // Most paragraphs have no candidate for a given group: one shared empty answer, not an array each.
    if (first === last) return NO_MATCHES;
    const matches: PhraseMatch[] = [];
    let end = 0;
    for (let k = first; k < last; k++) {
      const start = table[k];
      if (start < end) continue;
      this.pattern.lastIndex = start;
      const m = this.pattern.exec(scan.folded);
      if (!m) continue;
      end = start + m[0].length;
      matches.push({ start, end, text: text.slice(start, end) });
    }
    return matches;
  }

  /** A match that starts exactly at `index`, which must be a word start. */
  matchAt(text: string, index: number): PhraseMatch | undefined {
    this.pattern.lastIndex = index;
    const m = this.pattern.exec(foldForPhrases(text));
    return m ? { start: index, end: index + m[0].length, text: text.slice(index, index + m[0].length) } : undefined;
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
