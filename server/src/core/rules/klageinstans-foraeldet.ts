import type { Rule } from '../rule';
import { textsOf } from '../messages';
import { cite } from '../catalogue';
import { inSentenceWith } from '../elements';

const say = textsOf('klageinstans-foraeldet');

export const klageinstansForaeldet: Rule = {
  id: 'klageinstans-foraeldet',
  title: 'Klagevejledningen nævner en nedlagt klageinstans',
  titleEn: 'Appeal guidance names an abolished appeal body',
  source: {
    citation: `${cite('FVL 25, stk. 1')} (klageinstansen skal angives); ${cite('RSL 67')}`,
    urls: [
      'https://pav.medst.dk/forvaltningsret-persondataloven-mv/forvaltningsloven/klagevejledning/',
      'https://ast.dk/for-borgere-med-en-klagesag/din-sag-i-ankestyrelsen/klagevejledning-og-tidsfrister',
    ],
  },
  defaultSeverity: 'error',
  fixable: true,
  silentOnFullApproval: false,
  check({ letter }) {
    // Only where the letter speaks of appealing: the guidance section or a sentence about a complaint.
    const hits = letter.find('appeal.obsoleteBody', (block) => block.kind === 'paragraph');
    return hits.flatMap((hit) => {
      const sentence = letter.sentenceAt(hit.block, hit.textStart);
      const inGuidance = letter.inRole(hit.block, 'klagevejledning') || /klag/i.test(letter.source.slice(sentence.start, sentence.end));
      // The history of the bodies ("Ankestyrelsen (tidligere Det Sociale Nævn)") sends no complaint to the old one.
      if (!inGuidance || inSentenceWith(letter, hit.block, hit.textStart, 'appeal.obsoleteBodyHistory')) return [];
      const name = hit.text;
      const replacement = /s$/i.test(name) && !/nævn$/i.test(name) ? 'Ankestyrelsens' : 'Ankestyrelsen';
      const range = { start: hit.start, end: letter.toSource(hit.block, hit.textEnd - 1) + 1 };
      return [{
        message: say('abolishedBody', { name }),
        range,
        fix: { title: say('fixReplace', { name, replacement }), edit: { range, text: replacement } },
      }];
    });
  },
};
