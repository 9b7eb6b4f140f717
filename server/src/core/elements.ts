import type { Block } from './markdown';
import type { LetterModel } from './letter';
import { PhraseMatch, phrases } from './phrases';

/**
 * Elements a rule looks for that a phrase alone cannot settle, recognised by
 * meaning (docs/ELEMENTS.md). Each starts from a phrase family in
 * data/phrases.json and reads the rest of the sentence around it.
 */

/** The sentence around a match (the letter's own sentence split, which knows "kr." and "stk."), as source text split at the match. */
function sentenceAround(letter: LetterModel, block: Block, match: PhraseMatch): { before: string; after: string } {
  const sentence = letter.sentenceAt(block, match.start);
  const start = letter.toSource(block, match.start);
  const end = Math.max(start, letter.toSource(block, match.end));
  return { before: letter.source.slice(sentence.start, start), after: letter.source.slice(end, Math.max(end, sentence.end)) };
}

/** Ankestyrelsen as the place to send the complaint: right after "til" / "direkte til". */
const STRAIGHT_TO_APPEAL_BODY = /^[\s,]*(?:(?:direkte|straks)\s+)?(?:til\s+)?(?:den\s+)?ankestyr/iu;

/**
 * Whether the guidance says where to lodge the complaint with the
 * municipality, or that the municipality reassesses it (RSL § 66): a stock
 * phrase ("send klagen til os"); a reassessment in any wording ("vurderer
 * afgørelsen igen", "tager stilling til din klage igen") unless Ankestyrelsen
 * is the one that looks again; or a lodging verb ("klagen skal være
 * modtaget", "Vi skal have din klage", "klage … til") whose sentence names the
 * municipality (by name, unit, address, "os" or "vi") and does not send the
 * complaint straight to Ankestyrelsen.
 */
export function namesLodging(letter: LetterModel, blocks: readonly Block[]): boolean {
  return blocks.some((block) => {
    if (letter.matchesIn(block, 'appeal.lodging').length > 0) return true;
    for (const match of letter.matchesIn(block, 'appeal.reassessment')) {
      const { before } = sentenceAround(letter, block, match);
      if (!/ankestyr/iu.test(before)) return true;
    }
    for (const match of letter.matchesIn(block, 'appeal.lodgingVerb')) {
      const { before, after } = sentenceAround(letter, block, match);
      if (/\bdirekte\b/iu.test(match.text) || STRAIGHT_TO_APPEAL_BODY.test(after)) continue;
      if (phrases('appeal.municipalRecipient').test(`${before} ${match.text} ${after}`)) return true;
    }
    return false;
  });
}
