import type { Rule } from '../rule';
import { textsOf } from '../messages';
import { cite } from '../catalogue';
import { inSentenceWith } from '../elements';

const say = textsOf('klageinstans-foraeldet');

/** The old name goes on past the hit ("Statsforvaltningen Midtjylland", "Det Sociale Nævn for Region Syddanmark"): swapping its head would leave "Ankestyrelsen Midtjylland". */
const NAME_GOES_ON = /^[ \u00a0]+(?:(?:for|i)[ \u00a0]+)?\p{Lu}/u;

const ABOUT_A_COMPLAINT = /klag|appeal|complain/i;

/** The short name of a board (»Nævnet«, »nævnets«): an abolished one only where no board that exists is named. */
const SHORT_NAME = /^nævnets?$/iu;

export const klageinstansForaeldet: Rule = {
  id: 'klageinstans-foraeldet',
  title: 'Klagevejledningen nævner en nedlagt klageinstans',
  titleEn: 'Appeal guidance names an abolished appeal body',
  source: {
    citation: `${cite('FVL 25, stk. 1')} (klageinstansen skal angives); ${cite('RSL 60, stk. 1')}`,
    urls: [
      'https://www.elov.dk/retssikkerhedsloven-det-sociale-omrade/kapitel/10/',
      'https://pav.medst.dk/forvaltningsret-persondataloven-mv/forvaltningsloven/klagevejledning/',
      'https://ast.dk/for-borgere-med-en-klagesag/din-sag-i-ankestyrelsen/klagevejledning-og-tidsfrister',
    ],
  },
  defaultSeverity: 'error',
  fixable: true,
  silentOnFullApproval: false,
  check({ letter }) {
    // Only where the letter speaks of appealing: the guidance section or a sentence about a complaint, in Danish or in
    // the English summary some letters carry (»your appeal will be sent to Det Sociale Nævn«).
    const hits = letter.find('appeal.obsoleteBody', (block) => block.kind === 'paragraph');
    return hits.flatMap((hit) => {
      const sentence = letter.sentenceAt(hit.block, hit.textStart);
      const inGuidance = letter.inRole(hit.block, 'klagevejledning') || ABOUT_A_COMPLAINT.test(letter.source.slice(sentence.start, sentence.end));
      // The history of the bodies ("Ankestyrelsen (tidligere Det Sociale Nævn)") sends no complaint to the old one.
      if (!inGuidance || inSentenceWith(letter, hit.block, hit.textStart, 'appeal.obsoleteBodyHistory')) return [];
      // »Nævnet« after »Klagenævnet for Specialundervisning« is that board, short.
      if (SHORT_NAME.test(hit.text) && letter.has('appeal.currentBoard')) return [];
      const name = hit.text;
      const range = { start: hit.start, end: letter.toSource(hit.block, hit.textEnd - 1) + 1 };
      // "Send klagen til Det Sociale Nævn": Ankestyrelsen in its place would send the complaint past the reassessment.
      const citizenSends = inSentenceWith(letter, hit.block, hit.textStart, 'appeal.sendingTo') && !inSentenceWith(letter, hit.block, hit.textStart, 'appeal.forwarding');
      if (citizenSends) return [{ message: say('abolishedBodyAsRecipient', { name }), range }];
      // Two old names side by side ("Det Sociale Nævn, Statsforvaltningen Midtjylland") or one that goes on are no clean swap.
      const sameSentence = hits.filter((other) => other.block === hit.block && letter.sentenceAt(other.block, other.textStart).start === sentence.start);
      const swap = sameSentence.length === 1 && !NAME_GOES_ON.test(hit.block.text.slice(hit.textEnd));
      const replacement = /s$/i.test(name) && !/nævn$/i.test(name) ? 'Ankestyrelsens' : 'Ankestyrelsen';
      return [{
        message: say('abolishedBody', { name }),
        range,
        fix: swap ? { title: say('fixReplace', { name, replacement }), edit: { range, text: replacement } } : undefined,
      }];
    });
  },
};
