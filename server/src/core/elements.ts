import type { Block } from './markdown';
import type { LetterModel } from './letter';
import { PhraseMatch, phrases } from './phrases';

/**
 * Elements a rule looks for that a phrase alone cannot settle, recognised by
 * meaning (docs/ELEMENTS.md). Each starts from a phrase family in
 * data/phrases.json and reads the rest of the sentence around it.
 */

/** The sentence of `block` around a match, as text, split at the match. */
function sentenceAround(letter: LetterModel, block: Block, match: PhraseMatch): { before: string; after: string } {
  const sentences = letter.memo(block, 'elements.sentences', (text) => {
    const bounds: Array<[number, number]> = [];
    const end = /[.!?](?=\s|$)|\n\s*\n/g;
    let start = 0;
    for (let m = end.exec(text); m; m = end.exec(text)) {
      bounds.push([start, m.index + m[0].length]);
      start = m.index + m[0].length;
    }
    bounds.push([start, text.length]);
    return bounds;
  });
  const [start, stop] = sentences.find(([s, e]) => match.start >= s && match.start < e) ?? [0, block.text.length];
  return { before: block.text.slice(start, match.start), after: block.text.slice(match.end, Math.max(match.end, stop)) };
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
