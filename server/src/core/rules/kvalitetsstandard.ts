import type { Rule } from '../rule';
import { insertAfter } from '../fixes';
import { textsOf } from '../messages';
import { decisionParagraphs, firstHitPerSentence, outsideAppealGuidance } from '../anchors';
import { cite } from '../catalogue';

const say = textsOf('kvalitetsstandard');

export const kvalitetsstandard: Rule = {
  id: 'kvalitetsstandard',
  title: 'Kvalitetsstandard uden konkret og individuel vurdering',
  titleEn: 'Quality standard cited without a concrete, individual assessment',
  source: {
    citation: `${cite('FVL 24')} og forbuddet mod at sætte skøn under regel; Ankestyrelsen om kvalitetsstandarder`,
    urls: [
      'https://ast.dk/tilsynet/artikler/kvalitetsstandarder-2013-en-forventningsafstemning-mellem-borger-og-kommune',
      'https://pav.medst.dk/forvaltningsret-persondataloven-mv/andre-forvaltningsretlige-grundsaetninger/skoen-under-regel-og-pligtmaessigt-skoen/',
    ],
  },
  defaultSeverity: 'warning',
  fixable: true,
  silentOnFullApproval: true,
  check({ letter, options }) {
    const relevant = outsideAppealGuidance(letter);
    const decision = decisionParagraphs(letter);
    // Whether there is anything to report first: the hits are made only for a letter that has no assessment.
    if (!letter.has('qualityStandard', decision) || letter.has('individualAssessment', relevant)) return [];
    const citations = letter.find('qualityStandard', decision);

    return firstHitPerSentence(letter, citations).map(({ hit, sentence }) => ({
      message: say('withoutAssessment', { hit: hit.text }),
      range: sentence,
      fix: insertAfter(letter, hit.block, 'Individuel vurdering', say('fixInsert'), options),
    }));
  },
};
