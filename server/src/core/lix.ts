import { Block, tableRows } from './markdown';
import { type LetterModel, oncePerLetter } from './letter';

/**
 * LIX = words per sentence + percentage of long words (more than six letters).
 * One count for the rule klarsprog and the editor's status bar, so both show
 * the same number for the same letter. The counting itself is countText
 * (sentences.ts), done once per block text.
 */

export interface Counts {
  words: number;
  longWords: number;
  sentences: number;
}

export interface Readability extends Counts {
  /** Rounded; undefined for a letter without prose. */
  lix?: number;
}

/** The readable prose of one section (the blocks before any heading are section -1): its first block and its counts. */
export interface SectionProse {
  section: number;
  first: Block;
  counts: Counts;
}

/**
 * The readable prose counted per section, in one pass per version: the rule
 * klarsprog reads the sections, and the editor's status bar (every keystroke)
 * and the report read their sum.
 */
export const proseBySection = oncePerLetter((letter): readonly SectionProse[] => {
  const sections = new Map<number, SectionProse>();
  let prose: SectionProse | undefined;
  for (const block of readableBlocks(letter)) {
    // A section's blocks follow one another: its entry is looked up only where the next begins.
    if (block.section !== prose?.section) {
      prose = sections.get(block.section);
      if (!prose) sections.set(block.section, (prose = { section: block.section, first: block, counts: { words: 0, longWords: 0, sentences: 0 } }));
    }
    const own = letter.counts(block);
    prose.counts.words += own.words;
    prose.counts.longWords += own.longWords;
    prose.counts.sentences += own.sentences.length;
  }
  return [...sections.values()];
});

/** LIX of counts, unrounded; 0 without words. */
export function lix(counts: Counts): number {
  if (counts.words === 0 || counts.sentences === 0) return 0;
  return counts.words / counts.sentences + (100 * counts.longWords) / counts.words;
}

/** Prose the citizen reads: a paragraph (headings are not sentences), not quoted law and not a table, whose rows are no sentences. */
export function isReadable(letter: LetterModel, block: Block): boolean {
  return proseStandsHere(letter, block) && proseText(block, letter);
}

/** The blocks that are readable prose (what their text alone tells is found again only for the blocks an edit changed). */
export const readableBlocks = oncePerLetter((letter): readonly Block[] =>
  letter.blocksWhere('lix.prose', (block) => proseText(block, letter)).filter((block) => proseStandsHere(letter, block)),
);

/** A paragraph (headings are not sentences) outside quoted law. */
function proseStandsHere(letter: LetterModel, block: Block): boolean {
  return block.kind === 'paragraph' && !letter.inRole(block, 'regler');
}

function proseText(block: Block, letter: LetterModel): boolean {
  return letter.counts(block).words > 0 && !letter.memo(block, 'lix.table', holdsTable);
}

function holdsTable(text: string): boolean {
  return tableRows(text).length >= 2;
}

/** The letter's LIX and its counts, for the status bar, the report and the rule klarsprog. */
export const readability = oncePerLetter((letter): Readability => {
  const counts: Counts = { words: 0, longWords: 0, sentences: 0 };
  for (const section of proseBySection(letter)) {
    counts.words += section.counts.words;
    counts.longWords += section.counts.longWords;
    counts.sentences += section.counts.sentences;
  }
  return { ...counts, lix: counts.words > 0 ? Math.round(lix(counts)) : undefined };
});
