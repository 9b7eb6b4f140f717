import type { Rule } from '../rule';
import { addToReasons, insertAfter } from '../fixes';
import { bareExtentJudgements } from '../elements';
import { decisionParagraphs, outsideAppealGuidance } from '../anchors';
import { textsOf } from '../messages';
import { cite } from '../catalogue';

const say = textsOf('hovedhensyn');

export const hovedhensyn: Rule = {
  id: 'hovedhensyn',
  title: 'Hovedhensyn bag skønnet mangler',
  titleEn: 'Main considerations behind the discretion are missing',
  source: {
    citation: cite('FVL 24, stk. 1, 2. pkt.'),
    urls: [
      'https://www.ombudsmanden.dk/find-viden/myndighedsguiden/generel-forvaltningsret/10-begrundelse',
      'http://www.kl.dk/Jura-og-forvaltning/Hvordan-skal-man-begrunde-en-afgorelse-pa-et-omrade-hvor-der-ikke-galder-skrevne-retsregler--id40970/?n=0&section=31275',
      'https://pav.medst.dk/forvaltningsret-persondataloven-mv/andre-forvaltningsretlige-grundsaetninger/skoen-under-regel-og-pligtmaessigt-skoen/',
    ],
  },
  defaultSeverity: 'warning',
  fixable: true,
  silentOnFullApproval: true,
  check({ letter, options }) {
    const relevant = outsideAppealGuidance(letter);
    if (letter.has('considerations', relevant)) {
      // Considerations for one point (who qualifies) leave a bare conclusion on another (how much) unexplained.
      // Information only: its reasons may stand elsewhere in the letter.
      return bareExtentJudgements(letter, decisionParagraphs(letter)).map((judgement) => ({
        message: say('extentUnexplained', { hit: judgement.text }),
        range: judgement.sentence,
        fix: insertAfter(letter, judgement.block, 'Hovedhensyn', say('fixInsert'), options),
        severityCap: 'information',
      }));
    }
    const discretion = letter.find('discretion', decisionParagraphs(letter));
    if (discretion.length === 0) return [];

    // The finding sits on the first assessment in the reasons, else the first anywhere.
    const inReasons = discretion.find((hit) => letter.inRole(hit.block, 'begrundelse'));
    const hit = inReasons ?? discretion[0];
    return [{
      message: say('missing', { hit: hit.text }),
      range: letter.sentenceAt(hit.block, hit.textStart),
      fix: addToReasons(letter, hit.block, 'Hovedhensyn', say('fixInsert'), options),
    }];
  },
};
