import type { Block } from './markdown';
import type { LetterModel } from './letter';
import { outsideAppealGuidance } from './anchors';
import { insideAny } from './phrases';

/**
 * What the decision gives the party. A full approval (fuldt medhold) needs
 * neither reasons (FVL § 22) nor appeal guidance (FVL § 25, stk. 1, 2. pkt.),
 * so the rules that demand them stay silent.
 */
export interface Outcome {
  fullApproval: boolean;
  /**
   * Not said to be a full approval, but the decision grants something and
   * nothing in the letter refuses, reduces or limits it ("Du får
   * badebænken."): it may well be one, so a rule that would demand what a
   * full approval does not need says what to check rather than raise an error.
   */
  mayBeFullApproval: boolean;
}

/** A grant in the sentence: the party gets or is granted something. */
const GRANT = /(?<![\p{L}])(?:får|fik|fået|bevilg\p{L}*|bevillig\p{L}*|give[rst]?|imødekom\p{L}*|godkend\p{L}*|(?:sagt|siger|siges)[ \u00a0]+ja)(?![\p{L}])/iu;
/** A negation or limit in the same sentence undoes the grant ("Du får ikke det, du har søgt om"). */
const NEGATION = /(?<![\p{L}])(?:ikke|ingen|kun|alene|delvis\p{L}*|afslag\p{L}*)(?![\p{L}])/iu;

/** Sentences end before a capital letter: "stk. 1," and "1. juni" go on. */
const SENTENCE_END = /(?<=[.!?])\s+(?=[\p{Lu}»"])/u;

const APPLIED_FOR = /søgt/iu;

/** Whether a sentence grants something with no negation or limit. */
function grantsWithoutLimit(sentence: string): boolean {
  return GRANT.test(sentence) && !NEGATION.test(sentence);
}

/**
 * Whether a block grants exactly what was applied for, in any word order: a
 * grant and, closing the clause, "(som|, ) du/I/De/<name> har (an)søgt om" or
 * "som ansøgt" ("Du får begge dele, som du har søgt om.", "Vi har bevilget den
 * el-kørestol, du har søgt om.", "Peter får ledsagelse …, som du har søgt om.").
 */
function grantsAsApplied(letter: LetterModel, block: Block): boolean {
  return letter.memo(block, 'outcome.grantsAsApplied', (text) =>
    // Most paragraphs say nothing of what was applied for: a literal search rules them out before the sentence patterns run.
    APPLIED_FOR.test(text) &&
    text.split(SENTENCE_END).some((sentence) => {
      const asApplied = /(?:\bsom|,)\s+(?:\p{L}+\s+)?(?:\p{L}+\s+)?har\s+(?:an)?søgt\s+om\s*(?:[.,;!)]|$)|\bsom\s+ansøgt\b/iu.test(sentence);
      return asApplied && grantsWithoutLimit(sentence);
    }),
  );
}

/** Whether a sentence of the decision section grants something without a negation or limit ("Du får badebænken."). */
function decisionSectionGrants(letter: LetterModel): boolean {
  return letter.sectionBlocks('afgoerelse').some((block) =>
    block.kind === 'paragraph' && letter.memo(block, 'outcome.grants', (text) => text.split(SENTENCE_END).some(grantsWithoutLimit)),
  );
}

/**
 * Whether the letter leaves out the appeal guidance because it gives all that was applied for, saying so in one
 * paragraph ("Da I har fået fuldt medhold, er der ikke knyttet klagevejledning til afgørelsen"). That paragraph
 * often stands where the guidance would, which the other tests of a full approval pass over.
 */
function omitsGuidanceAsFullApproval(letter: LetterModel): boolean {
  return letter.find('appeal.omitted').some(({ block }) => letter.matchesIn(block, 'fullApproval').length > 0 || grantsAsApplied(letter, block));
}

/** Whether the letter refuses, limits or changes help: not where »ikke kan få« states the condition that a need cannot be met otherwise. */
function limits(letter: LetterModel, relevant: (block: Block) => boolean): boolean {
  return letter.has('notFullOutcome', (block) => relevant(block)
    && letter.matchesIn(block, 'notFullOutcome').some((limit) => !insideAny(limit, letter.matchesIn(block, 'notFullOutcome.condition'))));
}

export function classifyOutcome(letter: LetterModel): Outcome {
  const relevant = outsideAppealGuidance(letter);
  const limited = limits(letter, relevant);
  const approved =
    letter.has('fullApproval', relevant) ||
    letter.blocksWhere('outcome.grantsAsApplied', (block) => grantsAsApplied(letter, block)).some((block) => block.kind === 'paragraph' && relevant(block)) ||
    omitsGuidanceAsFullApproval(letter);
  if (approved) return { fullApproval: !limited, mayBeFullApproval: false };
  // Full approval answers an application: a letter that changes help nobody applied to change (a revurdering) is no candidate.
  const answersApplication = letter.has('appliedFor', relevant);
  return { fullApproval: false, mayBeFullApproval: !limited && answersApplication && (letter.has('grant', relevant) || decisionSectionGrants(letter)) };
}
