import type { Rule } from '../rule';
import { addToReasons } from '../fixes';
import { textsOf } from '../messages';
import { blockRange, outsideAppealGuidance, reasonsAnchor } from '../anchors';
import { cite } from '../catalogue';
import { substantiveReasons } from '../elements';

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
    if (letter.heading('fakta')) return [];
    const relevant = outsideAppealGuidance(letter);
    if (substantiveReasons(letter, 'facts', relevant)) return [];
    const reasons = reasonsAnchor(letter);
    if (!reasons) return [];
    return [{
      message: say('missing'),
      range: blockRange(reasons),
      fix: addToReasons(letter, reasons, 'Faktiske oplysninger', say('fixInsert'), options),
    }];
  },
};
