import type { Rule } from '../rule';
import { addToReasons } from '../fixes';
import { textsOf } from '../messages';
import { blockRange, outsideAppealGuidance, reasonsAnchor } from '../anchors';
import { cite } from '../catalogue';
import { DIGIT, hasTableOfAmounts, inSentenceWith, statesFactOfCase, substantiveReasons } from '../elements';
import type { LetterModel } from '../letter';
import type { Block } from '../markdown';

const say = textsOf('faktiske-oplysninger');

export const faktiskeOplysninger: Rule = {
  id: 'faktiske-oplysninger',
  title: 'Faktiske oplysninger, der er lagt vægt på, mangler',
  titleEn: 'The facts given weight are not stated',
  source: {
    citation: cite('FVL 24, stk. 2'),
    urls: [
      'https://www.ombudsmanden.dk/find-viden/myndighedsguiden/generel-forvaltningsret/10-begrundelse',
    ],
  },
  defaultSeverity: 'warning',
  fixable: true,
  silentOnFullApproval: true,
  check({ letter, options }) {
    if (hasFactsSection(letter)) return [];
    const relevant = outsideAppealGuidance(letter);
    if (substantiveReasons(letter, 'facts', relevant)) return [];
    // A table of the expenses or prices, item by item, states the facts an amount rests on.
    if (hasTableOfAmounts(letter, relevant)) return [];
    if (letter.blocksWhere('faktiske-oplysninger.factOfCase', (block) => block.kind === 'paragraph' && statesFactOfCase(letter, block)).some(relevant)) return [];
    const reasons = reasonsAnchor(letter);
    if (!reasons) return [];
    return [{
      message: say('missing'),
      range: blockRange(reasons),
      fix: addToReasons(letter, reasons, 'Faktiske oplysninger', say('fixInsert'), options),
    }];
  },
};

/**
 * Words under a heading that names only the application (»Hvad har du søgt om?«) from which the section tells the
 * case: one line saying what was applied for states no fact that was given weight.
 */
const APPLICATION_SECTION_TELLS_FACTS = 40;

/**
 * A section headed as the facts, or an application section long enough to tell them, that tells something: not only
 * that the case was gone through (»Vi har gennemgået sagen. Dit funktionsniveau er vurderet ud fra sagens
 * oplysninger.«).
 */
function hasFactsSection(letter: LetterModel): boolean {
  let words = 0;
  let titled = false;
  let tells = false;
  for (const block of letter.allSectionBlocks('fakta')) {
    if (block.kind === 'heading' && block.role === 'fakta') {
      if (letter.matchesIn(block, 'heading.application').length === 0) titled = true;
      continue;
    }
    words += letter.counts(block).words;
    tells ||= !pointsOnly(letter, block);
  }
  return tells && (titled || words >= APPLICATION_SECTION_TELLS_FACTS);
}

/** A paragraph each of whose sentences only points at the information (»sagens oplysninger«, »Vi har gennemgået sagen«), with no figure or date. */
function pointsOnly(letter: LetterModel, block: Block): boolean {
  return !DIGIT.test(block.text) && letter.counts(block).sentences.every(({ start }) => inSentenceWith(letter, block, start, 'facts.generic'));
}
