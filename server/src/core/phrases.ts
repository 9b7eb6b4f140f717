import phraseData from '../../data/phrases.json';
import { isLetterAt, isSpaceAt, isWordCharAt } from './chars';

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

/** Whether `match` lies wholly inside one of `others` ("mulighed for at" holds the "for at" that is no purpose). */
export function insideAny(match: PhraseMatch, others: readonly PhraseMatch[]): boolean {
  return others.some((other) => other.start <= match.start && match.end <= other.end);
}

/** Whether `match` shares a character with one of `others` (»på baggrund af oplysningerne« with »oplysningerne ovenfor«). */
export function overlapsAny(match: PhraseMatch, others: readonly PhraseMatch[]): boolean {
  return others.some((other) => other.start < match.end && match.start < other.end);
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
  return compilePhraseWords(phrase).join('');
}

/** compilePhrase's source word by word, each with the spaces after it: the pieces groupPattern shares between phrases. */
function compilePhraseWords(phrase: string): string[] {
  const words = foldForPhrases(phrase.trim()).split(/\s+/);
  return words.map((word, index) => {
    const last = index === words.length - 1;
    if (word === '~') return OPTIONAL_WORD;
    // A number, with its thousands and decimals (»3.417«, »1.250,50«): digits first, so the classes stay disjoint.
    if (word === NUMBER_WORD) return last ? NUMBER : NUMBER + SPACE;
    const wildcard = wildcardWord(word);
    // A lone `*` is any one word: letters, never empty, or the spaces on both sides would overlap (quadratic); a
    // hyphen may join two (»BPA-ordningen«) or end the first of a pair (»Tolke- og Kommunikationscentret«).
    // The punctuation glued after a wildcard is no letter, so the letters' quantifier still ends where it begins.
    const body = wildcard
      ? `${wildcard.head ? `${escapeRegExp(wildcard.head)}${FOLDED_LETTER}*` : ANY_WORD}${escapeRegExp(wildcard.tail)}`
      : escapeRegExp(word);
    return last ? body : body + SPACE;
  });
}

/** A wildcard word of a phrase: `klage*` (head »klage«), a lone `*` (any word), either with punctuation glued after it (`*,`). */
export interface WildcardWord {
  readonly head: string;
  readonly tail: string;
}

const WILDCARD_WORD = /^([^*]*)\*([^\p{L}\p{N}*]*)$/u;

/** The parts of `word` if it is a wildcard word, else undefined. */
export function wildcardWord(word: string): WildcardWord | undefined {
  const m = WILDCARD_WORD.exec(word);
  return m ? { head: m[1], tail: m[2] } : undefined;
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
/** A phrase's `~`: one word or none. */
const OPTIONAL_WORD = `(?:${FOLDED_LETTER}+${SPACE})?`;
/** A lone `*`: a word of letters, or two joined by a hyphen, or one ending in a hyphen. */
const ANY_WORD = `${FOLDED_LETTER}+(?:-${FOLDED_LETTER}*)?`;
/** A phrase's word that stands for a number (»skal ikke betale de # kr. tilbage«, »i 1½ time«). */
export const NUMBER_WORD = '#';
const NUMBER = '[0-9][0-9.,]*[½¼¾]?';
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
/** Word lengths from here on share one key: longer words are rare, and the regex tells them apart. */
const LENGTH_CAP = 63;

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
 * The key of a word `length` long whose first min(KEY_LENGTH, length)
 * characters, one byte each, are `prefix` (how many, the length tells):
 * below 2^30, a small integer.
 */
function wordKey(prefix: number, length: number): number {
  return prefix * (LENGTH_CAP + 1) + Math.min(length, LENGTH_CAP);
}

/**
 * Most phrases begin with a whole word: »i henhold til«, »har du«, »m.v.«.
 * The text's word at a match is then exactly as long as that word, and the
 * character after it is known too: the second word's first (after spaces),
 * or the punctuation glued to the first word (»m.v.«, »skyldes, at«). Keyed
 * by the word's first characters and length, then by that next character, a
 * short common word (»i«, »har«, »det«) no longer makes every word that
 * begins so (»ikke«, »hardt«, »dette«) a candidate for every group it begins.
 * `any` holds the groups whose phrase allows any next character (no second
 * word, `~`, `#` or a lone `*`). Two words with the same first characters and
 * length share an entry: the regex tells them apart.
 */
interface WordEntry {
  any: number[];
  next: Map<number, number[]> | undefined;
}
const WORDS = new Map<number, WordEntry>();

/**
 * Phrases whose first word is a wildcard (»klage*«): by the key of its first
 * characters (keyAt), the groups with such a phrase. `prefixLengths` has bit
 * n set when some key is n characters long: the scan looks up only those
 * lengths (all wildcard words in phrases.json have at least three letters,
 * so one look-up a word).
 */
const PREFIXES = new Map<number, number[]>();
let prefixLengths = 0;
let groupCount = 0;

function addGroup(groups: number[], group: number): void {
  if (!groups.includes(group)) groups.push(group);
}

/** A phrase's first word as the scan keys it: the key of its first characters, its letters and digits, and whether it goes on (»klage*«). */
interface FirstWord {
  readonly key: number;
  readonly prefixLength: number;
  /** The word's letters and digits: all of it, or up to the punctuation in it (»m.v.«, »4-ugers*«). */
  readonly length: number;
  /** The word goes on with any letters: only its first characters are known. */
  readonly open: boolean;
  /** What follows the word: its own punctuation, else the second word's first character, or -1 when that may be anything. */
  readonly next: number;
}

function firstWordOf(id: string, phrase: string): FirstWord {
  const words = foldForPhrases(phrase.trim()).split(/\s+/);
  const wildcard = wildcardWord(words[0]);
  const literal = wildcard ? wildcard.head : words[0];
  let length = 0;
  while (length < literal.length && isWordCharAt(literal, length)) length++;
  const prefixLength = Math.min(KEY_LENGTH, length);
  const key = keyAt(literal, 0, prefixLength);
  if (length === 0 || key < 0) throw new Error(`Phrase group ${id}: »${phrase}« must begin with a Latin-1 letter or digit`);
  const second = words[1] ?? '';
  const next = length < literal.length ? literal.charCodeAt(length) : second === '' || second === '~' || second === NUMBER_WORD || second.startsWith('*') ? -1 : second.charCodeAt(0);
  return { key, prefixLength, length, open: wildcard !== undefined && length === literal.length, next };
}

/**
 * Registers where a group may match, as the scan looks it up: each phrase by
 * its first word, read folded as compilePhrase reads it.
 */
function indexGroup(group: number, firstWords: readonly FirstWord[]): void {
  // By word key: the characters that may follow the word, or 'any'.
  const nexts = new Map<number, Set<number> | 'any'>();
  for (const { key, prefixLength, length, open, next } of firstWords) {
    if (open) {
      const groups = PREFIXES.get(key);
      if (groups) addGroup(groups, group);
      else PREFIXES.set(key, [group]);
      prefixLengths |= 1 << prefixLength;
      continue;
    }
    // The key without keyAt's leading 1: the characters alone.
    const word = wordKey(key - KEY_LIMIT ** prefixLength, length);
    const known = nexts.get(word);
    if (next < 0) nexts.set(word, 'any');
    else if (known === undefined) nexts.set(word, new Set([next]));
    else if (known !== 'any') known.add(next);
  }
  for (const [word, next] of nexts) {
    let entry = WORDS.get(word);
    if (!entry) WORDS.set(word, (entry = { any: [], next: undefined }));
    if (next === 'any') {
      addGroup(entry.any, group);
      continue;
    }
    entry.next ??= new Map();
    for (const code of next) {
      const groups = entry.next.get(code);
      if (groups) addGroup(groups, group);
      else entry.next.set(code, [group]);
    }
  }
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

/** Records that each of `groups` may match at `start`, once per group; returns the new number of pairs. */
function addCandidates(groups: readonly number[], start: number, found: number): number {
  for (const group of groups) {
    if (lastStart[group] === start) continue;
    lastStart[group] = start;
    counts[group]++;
    if (2 * found + 2 > pairs.length) {
      const grown = new Int32Array(pairs.length * 2);
      grown.set(pairs);
      pairs = grown;
    }
    pairs[2 * found] = group;
    pairs[2 * found + 1] = start;
    found++;
  }
  return found;
}

/**
 * Folds `text` and finds where each group may have a match: the word starts
 * where the word, and the character after it, can begin one of the group's
 * phrases (WORDS), or whose first characters begin a wildcard first word
 * (PREFIXES). One pass over the text serves every group.
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
  const n = folded.length;
  for (let i = 0; i < n; ) {
    if (!isWordCharAt(folded, i)) {
      i++;
      continue;
    }
    // A word start: the word runs to `end`, where the next word start is looked for.
    let end = i + 1;
    while (end < n && isWordCharAt(folded, end)) end++;
    const length = end - i;
    const prefixLength = length < KEY_LENGTH ? length : KEY_LENGTH;
    // The keys of lengths 1, 2 and 3 at i, built up as keyAt builds them, and the first characters packed for wordKey.
    let key = 1;
    let packed = 0;
    for (let k = 0; k < prefixLength; k++) {
      const code = folded.charCodeAt(i + k);
      if (code >= KEY_LIMIT) {
        key = -1;
        break;
      }
      key = key * KEY_LIMIT + code;
      packed = packed * KEY_LIMIT + code;
      if ((prefixLengths & (2 << k)) !== 0) {
        const groups = PREFIXES.get(key);
        if (groups) found = addCandidates(groups, i, found);
      }
    }
    const entry = key < 0 ? undefined : WORDS.get(wordKey(packed, length));
    if (entry) {
      found = addCandidates(entry.any, i, found);
      if (entry.next) {
        // The character after the spaces that follow the word, or after none: punctuation glued to the word.
        let after = end;
        while (after < n && isSpaceAt(folded, after)) after++;
        const groups = after < n ? entry.next.get(folded.charCodeAt(after)) : undefined;
        if (groups) found = addCandidates(groups, i, found);
      }
    }
    // folded[end] is no word character: no word starts there.
    i = end + 1;
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
 * Groups of at most this many phrases are tried whole at each candidate: finding the phrases that can begin with the
 * word there costs about as much as trying them all.
 */
const FEW_PHRASES = 64;

/** Phrases as a tree of their compiled words: a run of phrases that begin alike shares those words' branch. */
interface WordTree {
  readonly branches: Array<{ readonly word: string; readonly tree: WordTree }>;
  /** A phrase ends here. */
  end: boolean;
}

/**
 * Phrases, compiled word by word and longest first, as one sticky pattern
 * that ends where a word ends. A phrase shares the words it begins with only
 * with the branch tried just before it (»kan ikke …|kan ikke …« reads »kan
 * ikke« once), so the phrases are still tried in their order and the longest
 * one wins. Never an optional word (`~`): shared, its choices would be tried
 * for all the phrases after it at once, not phrase by phrase, and another
 * match could win (»anbringelse ~ sluttede|… ~ stoppede« on »anbringelse
 * sluttede stoppede«).
 */
function groupPattern(phrases: ReadonlyArray<readonly string[]>): RegExp {
  const root: WordTree = { branches: [], end: false };
  for (const words of phrases) {
    let tree = root;
    for (const word of words) {
      const last = tree.branches.at(-1);
      if (last?.word === word && !last.tree.end && word !== OPTIONAL_WORD) {
        tree = last.tree;
        continue;
      }
      const branch = { word, tree: { branches: [], end: false } };
      tree.branches.push(branch);
      tree = branch.tree;
    }
    tree.end = true;
  }
  const source = (tree: WordTree): string => {
    const alternatives = tree.branches.map(({ word, tree: next }) => word + source(next));
    if (tree.end && alternatives.length > 0) alternatives.push('');
    return alternatives.length > 1 ? `(?:${alternatives.join('|')})` : (alternatives[0] ?? '');
  };
  return new RegExp(`${source(root)}(?!${FOLDED_WORD_CHAR})`, 'y');
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
  /** All the phrases' pattern, built when first needed: a group of more than FEW_PHRASES tries patternAt's instead. */
  private wholePattern: RegExp | undefined;
  /** The phrases, longest first, with their first words. */
  private readonly ranked: ReadonlyArray<{ readonly words: readonly string[]; readonly first: FirstWord }>;
  /** By the key of a word the text starts a candidate with: the pattern of the phrases that can begin with it, or null. */
  private readonly byWord = new Map<number, RegExp | null>();

  constructor(id: string, data: PhraseGroupData) {
    this.id = id;
    this.index = groupCount++;
    this.description = data.description;
    this.phrases = data.phrases;
    // Longest phrases first, so that the reported match is the most specific one.
    this.ranked = [...data.phrases].sort((a, b) => b.length - a.length).map((phrase) => ({ words: compilePhraseWords(phrase), first: firstWordOf(id, phrase) }));
    indexGroup(this.index, this.ranked.map(({ first }) => first));
  }

  private pattern(): RegExp {
    return (this.wholePattern ??= groupPattern(this.ranked.map(({ words }) => words)));
  }

  /**
   * The pattern of the phrases whose first word can be the word at `start` of
   * folded text, in their order: at a candidate only those are tried (a group
   * of 400 phrases is not tried whole at every »konkret« for its
   * »kontaktpersonen …«), and the match is the one the whole pattern gives,
   * since no other phrase can match there. One per key of the word.
   */
  private patternAt(folded: string, start: number): RegExp | null {
    let length = 0;
    while (start + length < folded.length && isWordCharAt(folded, start + length)) length++;
    const key = keyAt(folded, start, Math.min(KEY_LENGTH, length));
    if (key < 0) return null;
    const word = wordKey(key, length);
    let pattern = this.byWord.get(word);
    if (pattern === undefined) {
      const phrases = this.ranked.filter(({ first }) => (first.open
        ? length >= first.prefixLength && keyAt(folded, start, first.prefixLength) === first.key
        : wordKey(first.key, first.length) === word)).map(({ words }) => words);
      pattern = phrases.length > 0 ? groupPattern(phrases) : null;
      this.byWord.set(word, pattern);
    }
    return pattern;
  }

  /** All non-overlapping matches in `text`; `scan` is scanPhrases(text). */
  findAll(text: string, scan: PhraseScan = scanPhrases(text)): readonly PhraseMatch[] {
    const { table, folded } = scan;
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
      const pattern = this.ranked.length > FEW_PHRASES ? this.patternAt(folded, start) : this.pattern();
      if (!pattern) continue;
      pattern.lastIndex = start;
      const m = pattern.exec(folded);
      if (!m) continue;
      end = start + m[0].length;
      matches.push({ start, end, text: text.slice(start, end) });
    }
    return matches;
  }

  /** A match that starts exactly at `index`, which must be a word start. */
  matchAt(text: string, index: number): PhraseMatch | undefined {
    const pattern = this.pattern();
    pattern.lastIndex = index;
    const m = pattern.exec(foldForPhrases(text));
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
