import type { Rule } from '../rule';
import { appendToSection, insertAfter } from '../fixes';
import { outsideAppealGuidance, reasonsAnchor } from './anchors';

const FIX_TITLE = 'Indsæt de hovedhensyn, der var afgørende for skønnet';

export const hovedhensyn: Rule = {
  id: 'hovedhensyn',
  title: 'Hovedhensyn bag skønnet mangler',
  titleEn: 'Main considerations behind the discretion are missing',
  source: {
    citation: 'forvaltningslovens § 24, stk. 1, 2. pkt.',
    urls: [
      'https://www.ombudsmanden.dk/find-viden/myndighedsguiden/generel-forvaltningsret/10-begrundelse',
      'http://www.kl.dk/Jura-og-forvaltning/Hvordan-skal-man-begrunde-en-afgorelse-pa-et-omrade-hvor-der-ikke-galder-skrevne-retsregler--id40970/?n=0&section=31275',
      'https://pav.medst.dk/forvaltningsret-persondataloven-mv/andre-forvaltningsretlige-grundsaetninger/skoen-under-regel-og-pligtmaessigt-skoen/',
    ],
  },
  defaultSeverity: 'warning',
  fixable: true,
  check({ letter, outcome, options }) {
    if (outcome.fullApproval) return [];
    const relevant = outsideAppealGuidance(letter);
    if (letter.find('considerations', relevant).length > 0) return [];
    const discretion = letter.find('discretion', (block) => relevant(block) && block.kind === 'paragraph');
    if (discretion.length === 0) return [];

    // The finding sits on the first assessment in the reasons, else the first anywhere.
    const inReasons = discretion.find((hit) => letter.inRole(hit.block, 'begrundelse'));
    const hit = inReasons ?? discretion[0];
    const reasons = reasonsAnchor(letter);
    const fix = reasons && reasons.role === 'begrundelse'
      ? appendToSection(letter, reasons, 'Hovedhensyn', FIX_TITLE, options)
      : insertAfter(letter, hit.block, 'Hovedhensyn', FIX_TITLE, options);
    return [{
      message: `Afgørelsen bygger på et skøn (»${hit.text}«), men begrundelsen nævner ikke de hovedhensyn, der var afgørende, fx »Vi har lagt vægt på, at …« (${hovedhensyn.source.citation}).`,
      range: letter.sentenceAt(hit.block, hit.textStart),
      fix,
    }];
  },
};
