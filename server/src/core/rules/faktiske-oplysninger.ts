import type { Rule } from '../rule';
import { addToReasons } from '../fixes';
import { textsOf } from '../messages';
import { blockRange, outsideAppealGuidance, reasonsAnchor } from '../anchors';
import { cite } from '../catalogue';
import { hasTableOfAmounts, substantiveReasons } from '../elements';
import type { LetterModel } from '../letter';
import type { Block } from '../markdown';
import { inSentenceWith } from '../elements';

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
    if (letter.blocksWhere('faktiske-oplysninger.dated', (block) => block.kind === 'paragraph' && datedFact(letter, block)).some(relevant)) return [];
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

/** A section headed as the facts, or an application section long enough to tell them. */
function hasFactsSection(letter: LetterModel): boolean {
  let words = 0;
  for (const block of letter.allSectionBlocks('fakta')) {
    if (block.kind !== 'heading' || block.role !== 'fakta') words += letter.counts(block).words;
    else if (letter.matchesIn(block, 'heading.application').length === 0) return true;
  }
  return words >= APPLICATION_SECTION_TELLS_FACTS;
}

/**
 * A fact told in a short letter's own words: the party's age or a dated event in a sentence that does not speak of
 * the application or the complaint (»fordi Lucas er 11 år«, »Du fik ny hofte 18. august«).
 */
function datedFact(letter: LetterModel, block: Block): boolean {
  for (const pattern of [AGE, DATED_EVENT]) {
    const m = pattern.exec(block.text);
    if (m && !inSentenceWith(letter, block, m.index, 'facts.datedNot')) return true;
  }
  return false;
}

const AGE = /(?<![\p{L}])(?:er|fylder|fyldte|blev)[ \u00a0]+\d{1,3}[ \u00a0]+år(?![\p{L}])/iu;
const DATED_EVENT = /(?<![\p{L}])(?:fik|blev|kom|faldt|flyttede|startede|begyndte|mistede)(?![\p{L}])[^.!?\n]{0,40}?\d{1,2}\.[ \u00a0]*(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)(?![\p{L}])/iu;
