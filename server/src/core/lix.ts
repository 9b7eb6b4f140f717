import type { LetterModel } from './letter';
import { splitSentences } from './letter';

export interface Readability {
  /** LIX = words/sentences + 100 × long words/words; undefined for a letter without prose. */
  lix?: number;
  words: number;
  sentences: number;
  /** Words of more than six letters. */
  longWords: number;
}

// Words are letters (numbers and § are not words in LIX); each repetition opens with a hyphen: linear.
const WORD = /\p{L}+(?:-\p{L}+)*/gu;
const LETTER = /\p{L}/gu;

/** Counts words, long words and sentences in a text; its sentences split as the rules split them. */
export function readabilityOfText(texts: readonly string[]): Readability {
  let words = 0;
  let sentences = 0;
  let longWords = 0;
  for (const text of texts) {
    let wordsHere = 0;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
      wordsHere++;
      if ((m[0].match(LETTER)?.length ?? 0) > 6) longWords++;
    }
    if (wordsHere === 0) continue;
    words += wordsHere;
    sentences += Math.max(1, splitSentences(text).length);
  }
  const lix = words > 0 ? Math.round(words / sentences + (100 * longWords) / words) : undefined;
  return { lix, words, sentences, longWords };
}

/** LIX of the prose the citizen reads: paragraphs (headings are not sentences), without quoted law. */
export function readability(letter: LetterModel): Readability {
  return readabilityOfText(letter.blocks.filter((block) => block.kind === 'paragraph' && !letter.inRole(block, 'regler')).map((block) => block.text));
}
