import type { Rule } from '../rule';
import { appendToSection, insertAfter } from '../fixes';
import { blockRange, outsideAppealGuidance, reasonsAnchor } from './anchors';

const FIX_TITLE = 'Indsæt de faktiske oplysninger, der er lagt vægt på';

export const faktiskeOplysninger: Rule = {
  id: 'faktiske-oplysninger',
  title: 'Faktiske oplysninger, der er lagt vægt på, mangler',
  titleEn: 'The facts given weight are not stated',
  source: {
    citation: 'forvaltningslovens § 24, stk. 2',
    urls: [
      'https://www.ombudsmanden.dk/find-viden/myndighedsguiden/generel-forvaltningsret/10-begrundelse',
    ],
  },
  defaultSeverity: 'warning',
  fixable: true,
  check({ letter, outcome, options }) {
    if (outcome.fullApproval) return [];
    if (letter.heading('fakta')) return [];
    const relevant = outsideAppealGuidance(letter);
    if (letter.find('facts', relevant).length > 0) return [];
    const reasons = reasonsAnchor(letter);
    if (!reasons) return [];
    const fix = reasons.kind === 'heading' && reasons.role === 'begrundelse'
      ? appendToSection(letter, reasons, 'Faktiske oplysninger', FIX_TITLE, options)
      : insertAfter(letter, reasons, 'Faktiske oplysninger', FIX_TITLE, options);
    return [{
      message: `Begrundelsen fortæller ikke, hvilke faktiske oplysninger afgørelsen bygger på. Giv en kort redegørelse for de oplysninger, der er lagt vægt på, fx »Vi har lagt vægt på, at …« eller »Det fremgår af …« (${faktiskeOplysninger.source.citation}).`,
      range: blockRange(reasons),
      fix,
    }];
  },
};
