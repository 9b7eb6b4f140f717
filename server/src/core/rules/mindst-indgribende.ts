import type { Report, Rule } from '../rule';
import { decisionParagraphs, firstHitPerSentence, outsideAppealGuidance } from '../anchors';
import { textsOf } from '../messages';
import { referenceInSet } from '../catalogue';
import { decisionReferences, inSentenceWith, outsideSentencesWith, withDecisionLaw } from '../elements';
import { letterAppealRoute } from '../appealRoute';

const say = textsOf('mindst-indgribende');


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
    // Naming the principle to set it aside ("det er ikke et lovligt hensyn") is what the rule asks for.
    const hits = outsideSentencesWith(letter, letter.find('leastIntrusive', decisionParagraphs(letter)), 'leastIntrusive.rejected');
    if (hits.length === 0) return [];
    // In cases about force or placement the principle is the right test; stay silent there. A placement told as past
    // (»din anbringelse på Opholdsstedet Vendelbo sluttede samme dag«) is the case's history, not what it is about.
    if (letter.has('coercionContext', (block) => relevant(block) && letter.matchesIn(block, 'coercionContext')
      .some((word) => !inSentenceWith(letter, block, word.start, 'coercionContext.ended')))) return [];
    // Force and restraint, placements of children and support to families (the catalogue's set "coercionAndPlacement"): there the principle is the law.
    // Support the family has today (»Familien får i dag støtte efter barnets lov § 32«) is the background of a decision on a
    // child's compensating help (barnets lov § 90 jf. servicelovens § 84), not its basis.
    const references = decisionReferences(letter).map((r) => withDecisionLaw(letter, r));
    const compensates = references.some((r) => referenceInSet('childDisabilityCompensation', r));
    if (references.some((r) => referenceInSet('coercionAndPlacement', r) && !(compensates && inSentenceWith(letter, r.block, r.textStart, 'amount.current')))) return [];
    // The børne- og ungeudvalg decides only what is done without consent (barnets lov § 142): coercion too.
    if (letterAppealRoute(letter).route.id === 'childrenCommittee') return [];
    return firstHitPerSentence(letter, hits).map(({ hit, sentence }): Report =>
      // An aid called less intrusive in the sentence that gives the cheapest suitable aid, the lawful test: the word is to be rephrased.
      inSentenceWith(letter, hit.block, hit.textStart, 'leastIntrusive.cheapestAid')
        ? { message: say('besideCheapestAid', { hit: hit.text }), range: sentence, severityCap: 'information' }
        : { message: say('misused', { hit: hit.text }), range: sentence });
  },
};
