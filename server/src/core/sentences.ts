import { isLetterAt, isSpaceAt, isWordCharAt } from './chars';

/** Words that end in a full stop without ending the sentence ("jf.", "stk.", "kr."). */
const SENTENCE_ABBREVIATIONS = new Set([
  'jf', 'jfr', 'stk', 'nr', 'kr', 'pkt', 'pr', 'ca', 'mv', 'evt', 'dvs', 'hhv', 'inkl', 'ekskl', 'max', 'min',
  'kl', 'tlf', 'd', 'f', 'bl', 'a', 'ff', 'vedr', 'iht', 'sml', 'ang', 'p', 'j', 'cpr', 'nov', 'dec', 'jan',
  'feb', 'aug', 'sept', 'okt', 'ref', 'att', 'mht', 'fx', 'etc', 'osv', 'ift', 'vha', 'hr', 'fru', 'dr',
]);

/**
 * Abbreviations that often end a sentence, where a capital after them opens the next: a sum (»Du får et tilskud på
 * 7.450 kr. Du får ikke …«) or a list (»… hjælpemidler mv. Vi har …«); »kr. 1.250« goes on.
 */
const ENDS_SENTENCES = new Set(['kr', 'mv', 'osv', 'etc']);

/** . ! ? by code unit. */
const isSentenceEnd = (code: number): boolean => code === 0x2e || code === 0x21 || code === 0x3f;
const SENTENCE_END = /[.!?]/g;
/** What may open a sentence after a full stop: a capital, a number, a quote, or a bullet pasted from Word (•). */
const OPENS_SENTENCE = /[\p{Lu}\d§"»(•◦▪‣]/u;
/** A lettered item on a line of its own (»b) Morgenmad: …« after »… hele måltidet.« and a line break). */
const LETTERED_ITEM = /[a-zæøå]\)[ \t\u00a0]/y;
const UPPERCASE = /\p{Lu}/u;
const DIGITS = /^\d+$/;
/** Abbreviations are short: the word before a full stop is read from at most this many characters. */
const MAX_ABBREVIATION = 12;

/**
 * Whether the full stop at `dot` belongs to the word before it rather than
 * ending the sentence: "jf.", "stk.", and a number before anything but a
 * capital letter ("stk. 2, nr. 3", "den 2. januar"). "stk. 2. Vi har" ends
 * a sentence after "2.", and so does "500 kr. Vi har".
 */
function isAbbreviationDot(text: string, dot: number, next: number): boolean {
  let wordStart = dot;
  while (wordStart > 0 && dot - wordStart < MAX_ABBREVIATION && isWordCharAt(text, wordStart - 1)) wordStart--;
  const word = text.slice(wordStart, dot).toLowerCase();
  if (SENTENCE_ABBREVIATIONS.has(word)) return !(ENDS_SENTENCES.has(word) && UPPERCASE.test(text[next]));
  return DIGITS.test(word) && !UPPERCASE.test(text[next]);
}

function itemAt(text: string, at: number): boolean {
  LETTERED_ITEM.lastIndex = at;
  return LETTERED_ITEM.test(text);
}

/** Splits block text into sentences; returns [start, end) pairs in text offsets. Linear in the text. */
export function splitSentences(text: string): Array<[number, number]> {
  const sentences: Array<[number, number]> = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    while (s < end && isSpaceAt(text, s)) s++;
    if (s < end) sentences.push([s, end]);
    start = end;
  };
  // The regex engine finds the next . ! or ? natively; the characters between are not looked at.
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const i = m.index;
    let j = i;
    while (j + 1 < text.length && isSentenceEnd(text.charCodeAt(j + 1))) j++;
    let k = j + 1;
    let lineBreak = false;
    for (; k < text.length && isSpaceAt(text, k); k++) lineBreak ||= text.charCodeAt(k) === 0x0a;
    const atEnd = k >= text.length;
    const opensSentence = !atEnd && k > j + 1 && (OPENS_SENTENCE.test(text[k]) || (lineBreak && itemAt(text, k)));
    if (atEnd || (opensSentence && !(i === j && text[i] === '.' && isAbbreviationDot(text, i, k)))) push(j + 1);
    SENTENCE_END.lastIndex = j + 1;
  }
  push(text.length);
  return sentences;
}

/** A sentence's place in its text and its number of words. */
export interface CountedSentence {
  start: number;
  end: number;
  words: number;
}

export interface TextCounts {
  words: number;
  /** Words of more than six letters (LIX's long words). */
  longWords: number;
  /** Sentences with at least one word. */
  sentences: CountedSentence[];
}

/** LIX counts a word as long when it has more than six letters. */
const LONG_WORD = 7;

/**
 * Calls `visit` for each word in text[from, to): letters joined by single
 * hyphens ("ADHD-medicin" is one word; numbers and § are not words), with
 * its number of letters. One pass, no strings built.
 */
export function forEachWord(text: string, from: number, to: number, visit: (start: number, end: number, letters: number) => void): void {
  let i = from;
  while (i < to) {
    if (!isLetterAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    let letters = 0;
    for (;;) {
      while (i < to && isLetterAt(text, i)) {
        letters++;
        i++;
      }
      if (text[i] === '-' && i + 1 < to && isLetterAt(text, i + 1)) i++;
      else break;
    }
    visit(start, i, letters);
  }
}

/** Counts words per sentence for LIX; `sentences` are splitSentences(text), when already at hand. */
export function countText(text: string, sentences: ReadonlyArray<readonly [number, number]> = splitSentences(text)): TextCounts {
  const counted: CountedSentence[] = [];
  let words = 0;
  let longWords = 0;
  for (const [start, end] of sentences) {
    let inSentence = 0;
    forEachWord(text, start, end, (_, __, letters) => {
      inSentence++;
      if (letters >= LONG_WORD) longWords++;
    });
    words += inSentence;
    if (inSentence > 0) counted.push({ start, end, words: inSentence });
  }
  return { words, longWords, sentences: counted };
}
