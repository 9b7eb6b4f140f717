import type { Block } from '../markdown';
import type { PhraseMatch } from '../phrases';
import type { Rule } from '../rule';
import { insertAfter } from '../fixes';
import { textsOf } from '../messages';
import { outsideAppealGuidance, ownProse } from '../anchors';
import { inSentenceWith, negatedJustBefore } from '../elements';
import { cite } from '../catalogue';

const say = textsOf('partshoering');

/** A sentence that opens on a condition put to the party, up to the sign of a hearing: what they may do from now on. */
const REMARKS_TO_COME = /^[^\p{L}]*(?:hvis[ \u00a0]+(?:du|I|De)|har[ \u00a0]+(?:du|I|De)|skulle[ \u00a0]+(?:du|I|De))(?![\p{L}])[^.!?]*$/iu;

export const partshoering: Rule = {
  id: 'partshoering',
  title: 'Oplysninger fra andre uden tegn på partshøring',
  titleEn: 'Third-party information used with no sign of a hearing',
  source: {
    citation: cite('FVL 19'),
    urls: [
      'https://ombudsmanden.dk/find-viden/myndighedsguiden/generel-forvaltningsret/9-partshoering',
      'https://www.retsinformation.dk/Forms/R0710.aspx?id=40686',
      'https://pav.medst.dk/forvaltningsret-persondataloven-mv/forvaltningsloven/partshoering-efter-forvaltningsloven/undtagelser/',
    ],
  },
  defaultSeverity: 'information',
  fixable: true,
  silentOnFullApproval: true,
  fullApprovalSpares: 'hearing',
  check({ letter, options }) {
    if (letter.heading('partshoering')) return [];
    const relevant = outsideAppealGuidance(letter);
    const prose = ownProse(letter);
    // Only information the decision is made on, and that the party did not send in themselves, needs a hearing
    // (FVL § 19, stk. 1): not a source said to be missing (»der er ingen udtalelse fra lægen«), asked for or still to
    // come. A paragraph's first mention of such a source depends on its text alone: found once per text.
    const reliedOn = (block: Block, match: PhraseMatch): boolean =>
      !inSentenceWith(letter, block, match.start, 'information.fromParty')
      && !inSentenceWith(letter, block, match.start, 'information.requested')
      && !negatedJustBefore(letter, block, match);
    const unheard = (block: Block): PhraseMatch | undefined =>
      letter.memo(block, 'partshoering.unheard', () => letter.matchesIn(block, 'thirdPartyInformation').find((match) => reliedOn(block, match)));
    const block = letter.blocksWhere('partshoering.unheard', (each) => unheard(each) !== undefined).find(prose);
    const match = block && unheard(block);
    // Remarks the party may still send (»Har De yderligere bemærkninger, kan De sende dem til Ankestyrelsen«) are no hearing held.
    const heard = letter.find('hearing', relevant).some((hit) => {
      const { start } = letter.sentenceAt(hit.block, hit.textStart);
      return !REMARKS_TO_COME.test(letter.source.slice(start, hit.start));
    });
    if (!block || !match || heard) return [];
    return [{
      message: say('notHeard', { hit: match.text }),
      range: letter.sentenceAt(block, match.start),
      fix: insertAfter(letter, block, 'Partshøring', say('fixInsert'), options),
    }];
  },
};
