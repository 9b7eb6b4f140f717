import type { Block } from './markdown';
import type { LetterModel } from './letter';
import { splitSentences } from './letter';

/**
 * LIX = words per sentence + percentage of long words (more than six letters).
 * One count for the rule klarsprog and the editor's status bar, so both show
 * the same number for the same letter.
 */

// Words are letters (numbers and § are not words in LIX); each repetition opens with a hyphen: linear.
const WORD = /\p{L}+(?:-\p{L}+)*/gu;
/** LIX counts a word as long when it has more than six letters. */
const LONG_WORD = 7;

export interface Counts {
  words: number;
  longWords: number;
  sentences: number;
}

export interface Readability extends Counts {
  /** Rounded; undefined for a letter without prose. */
  lix?: number;
}

export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * The shared splitter keeps "stk. 2. Vi har" together (a number and a full stop
 * are often an ordinal); for counting, a number, a full stop and a capital end a sentence.
 */
function sentencesOf(text: string): Array<[number, number]> {
  const NUMBER_END = /\d\.[ \u00a0\n]+(?=\p{Lu})/gu;
  return splitSentences(text).flatMap(([s, e]) => {
    const parts: Array<[number, number]> = [];
    let start = s;
    NUMBER_END.lastIndex = s;
    for (let m = NUMBER_END.exec(text); m && m.index < e; m = NUMBER_END.exec(text)) {
      parts.push([start, m.index + 2]);
      start = m.index + m[0].length;
    }
    parts.push([start, e]);
    return parts;
  });
}

export interface CountedSentence {
  start: number;
  end: number;
  words: string[];
}

export interface BlockCounts {
  words: number;
  longWords: number;
  /** Sentences with at least one word, in block-text offsets. */
  sentences: CountedSentence[];
}

/** Blocks are immutable and reused across incremental parses: count each once. */
const countsByBlock = new WeakMap<Block, BlockCounts>();

export function blockCounts(block: Block): BlockCounts {
  let counts = countsByBlock.get(block);
  if (!counts) {
    const words = wordsOf(block.text);
    counts = {
      words: words.length,
      longWords: words.filter((w) => w.replace(/-/g, '').length >= LONG_WORD).length,
      sentences: sentencesOf(block.text)
        .map(([start, end]) => ({ start, end, words: wordsOf(block.text.slice(start, end)) }))
        .filter((sentence) => sentence.words.length > 0),
    };
    countsByBlock.set(block, counts);
  }
  return counts;
}

export function count(blocks: readonly Block[]): Counts {
  const counts: Counts = { words: 0, longWords: 0, sentences: 0 };
  for (const block of blocks) {
    const own = blockCounts(block);
    counts.words += own.words;
    counts.longWords += own.longWords;
    counts.sentences += own.sentences.length;
  }
  return counts;
}

/** LIX of counts, unrounded; 0 without words. */
export function lix(counts: Counts): number {
  if (counts.words === 0 || counts.sentences === 0) return 0;
  return counts.words / counts.sentences + (100 * counts.longWords) / counts.words;
}

/** The prose the citizen reads: paragraphs (headings are not sentences), without quoted law. */
export function readableBlocks(letter: LetterModel): Block[] {
  return letter.blocks.filter((b) => b.kind === 'paragraph' && !letter.inRole(b, 'regler') && blockCounts(b).words > 0);
}

/** The letter's LIX and its counts, for the status bar and the report. */
export function readability(letter: LetterModel): Readability {
  const counts = count(readableBlocks(letter));
  return { ...counts, lix: counts.words > 0 ? Math.round(lix(counts)) : undefined };
}
