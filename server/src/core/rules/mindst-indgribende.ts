import type { Rule } from '../rule';
import type { LegalReference } from '../references';
import { decisionParagraphs, firstHitPerSentence, outsideAppealGuidance } from '../anchors';
import { textsOf } from '../messages';

const say = textsOf('mindst-indgribende');

/** Force and restraint (SEL §§ 124-137) and placements of children (BL §§ 46-47): there the principle is the law. */
function isCoercionProvision(reference: LegalReference): boolean {
  const numbers = reference.paragraphs.map((p) => parseInt(p, 10));
  if (reference.law === 'SEL') return numbers.some((n) => n >= 124 && n <= 137);
  if (reference.law === 'BL') return numbers.some((n) => n >= 46 && n <= 79);
  return false;
}

export const mindstIndgribende: Rule = {
  id: 'mindst-indgribende',
  title: 'Princippet om mindst indgribende foranstaltning brugt om kompenserende hjælp',
  titleEn: 'Least-intrusive-measure principle used for handicap-compensating help',
  source: {
    citation: 'Ankestyrelsens principmeddelelse 51-18',
    urls: [
      'https://ast.dk/social/artikler/hjaelp-til-handicappede-og-aeldre/artikel-princippet-om-201dmindst-indgribende-foranstaltning201d-gaelder-kun-i-sager-om-magt-og-tvang',
      'https://socialraadgiverne.dk/faglig-artikel/jura-mindst-indgribende-foranstaltning-er-et-ulovligt-kriterium-i-sager-om-handicapkompenserende-ydelser/',
    ],
  },
  defaultSeverity: 'error',
  fixable: false,
  silentOnFullApproval: true,
  check({ letter }) {
    const relevant = outsideAppealGuidance(letter);
    const hits = letter.find('leastIntrusive', decisionParagraphs(letter));
    if (hits.length === 0) return [];
    // In cases about force or placement the principle is the right test; stay silent there.
    if (letter.find('coercionContext', relevant).length > 0) return [];
    if (letter.references().some(isCoercionProvision)) return [];
    return firstHitPerSentence(letter, hits).map(({ hit, sentence }) => ({
      message: say('misused', { hit: hit.text }),
      range: sentence,
    }));
  },
};
