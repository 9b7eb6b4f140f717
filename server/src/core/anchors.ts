import { Block, linePrefix, sourceOffset } from './markdown';
import type { PhraseGroupId } from './phrases';
import { CASE_ROLES, type Hit, type LetterModel, type SourceRange, oncePerLetter } from './letter';

/** Where a finding about something missing from the whole letter sits: the decision heading, else the first heading. */
export function decisionAnchor(letter: LetterModel): Block | undefined {
  return letter.heading('afgoerelse') ?? letter.blocks.find((b) => b.kind === 'heading') ?? letter.blocks[0];
}

/** Where a finding about the reasons sits: the reasons heading, else the decision heading. */
export function reasonsAnchor(letter: LetterModel): Block | undefined {
  return letter.heading('begrundelse') ?? decisionAnchor(letter);
}

/** A heading's range without the leading #'s; a paragraph's first line. */
export function blockRange(block: Block): SourceRange {
  if (block.text.length === 0) return { start: block.start, end: block.end };
  const firstLineEnd = block.text.indexOf('\n');
  let end = firstLineEnd < 0 ? block.text.length : firstLineEnd;
  while (end > 1 && /\s/.test(block.text[end - 1])) end--;
  // Clamped: a character the parser replaced (NUL becomes U+FFFD) aligns with the block's end.
  return { start: sourceOffset(block, 0), end: Math.min(block.end, sourceOffset(block, end - 1) + 1) };
}

/** Blocks outside the appeal guidance: what the guidance says about appealing is not the decision's own reasoning. */
export function outsideAppealGuidance(letter: LetterModel): (block: Block) => boolean {
  return (block) => !letter.inRole(block, 'klagevejledning') || notesToWholeLetter(block) || bodyUnderOpeningGuidance(letter).has(block);
}

/** What a paragraph that goes on with the guidance speaks of: the appeal body, the deadline, where to send, the reassessment. */
export const GUIDANCE_GOES_ON: readonly PhraseGroupId[] = ['appeal.body', 'appeal.deadline', 'appeal.lodging', 'appeal.lodgingVerb', 'appeal.reassessment', 'appeal.forwarding'];
/** What speaks of appealing: a mention of complaining, or what the guidance goes on with. */
const SPEAKS_OF_APPEAL: readonly PhraseGroupId[] = ['appeal.mention', ...GUIDANCE_GOES_ON];

/**
 * Paragraphs under a guidance title that opens the letter (»KLAGEADGANG – læs dette først«, then the case) and speak
 * of no appeal: the letter's own text, which runs on under that title to the next one. Only where the decision, its
 * reasons, facts or calculation get a title later (CASE_ROLES): guidance at the end has only the closing after it.
 */
const bodyUnderOpeningGuidance = oncePerLetter((letter: LetterModel): ReadonlySet<Block> => {
  const body = new Set<Block>();
  for (const heading of letter.blocks) {
    if (heading.kind !== 'heading' || heading.role !== 'klagevejledning') continue;
    if (!letter.blocks.some((later) => later.index > heading.index && later.kind === 'heading' && CASE_ROLES.includes(later.role))) continue;
    for (const block of letter.blocks.slice(heading.index + 1)) {
      if (block.section === heading.index && block.kind === 'paragraph' && !SPEAKS_OF_APPEAL.some((group) => letter.matchesIn(block, group).length > 0)) body.add(block);
    }
  }
  return body;
});

/** Paragraphs outside the appeal guidance (not headings). */
export function decisionParagraphs(letter: LetterModel): (block: Block) => boolean {
  const outside = outsideAppealGuidance(letter);
  return (block) => block.kind === 'paragraph' && outside(block);
}

/** Footnote definitions (»[^2]: Servicelovens § 113, stk. 1.«) at the letter's end. */
const FOOTNOTE = /^\[\^[^\]\s]{1,20}\]:/;
/**
 * A line that labels the legal basis (»Lovgrundlag: barnets lov § 86, stk. 1«), as a footer under the signature may, or
 * titles a box of it drawn with frame characters (»│ LOVGRUNDLAG │«).
 */
const BASIS_FIELD = /^[ \t\u2500-\u257f|]*(?:lovgrundlag|retsgrundlag|lovhjemmel|hjemmel)[ \t]*(?::|[ \t\u2500-\u257f|]*$)/imu;

/** Footnotes and a legal-basis footer: notes to the whole letter, whatever section they close. */
function notesToWholeLetter(block: Block): boolean {
  return block.kind === 'paragraph' && (FOOTNOTE.test(block.text) || BASIS_FIELD.test(block.text));
}

/** The letter's own prose: paragraphs outside the appeal guidance and outside quoted rules ("Regler", a law text annex). */
export function ownProse(letter: LetterModel): (block: Block) => boolean {
  return (block) => block.kind === 'paragraph' && !letter.inRole(block, 'klagevejledning') && !letter.inRole(block, 'regler');
}

/** The first hit in each sentence, with its sentence: one finding per sentence however many phrases it holds. */
export function firstHitPerSentence(letter: LetterModel, hits: readonly Hit[]): Array<{ hit: Hit; sentence: SourceRange }> {
  const seen = new Set<number>();
  const firsts: Array<{ hit: Hit; sentence: SourceRange }> = [];
  for (const hit of hits) {
    const sentence = letter.sentenceAt(hit.block, hit.textStart);
    if (seen.has(sentence.start)) continue;
    seen.add(sentence.start);
    firsts.push({ hit, sentence });
  }
  return firsts;
}

/**
 * Whether a block stands in a block quote: documentation, an article or an
 * e-mail quotes letters ("> Kære …", "> Dato: …"), and a letter quotes an
 * earlier decision or the law; what it quotes is not its own greeting,
 * reference block, decision or legal basis. (Code blocks never reach the blocks.)
 */
export function inBlockQuote(letter: LetterModel, block: Block): boolean {
  const prefix = linePrefix(letter.source, block);
  return prefix.includes('>') && /^[ \t>*+\-\d.)]*$/.test(prefix);
}

/** The document's own blocks: every block outside block quotes, found once per version. */
export const ownBlocks = oncePerLetter((letter): ReadonlySet<Block> => new Set(letter.blocks.filter((block) => !inBlockQuote(letter, block))));
