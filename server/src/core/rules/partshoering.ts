import type { Block } from '../markdown';
import type { PhraseMatch } from '../phrases';
import type { Rule } from '../rule';
import { insertAfter } from '../fixes';
import { textsOf } from '../messages';
import { outsideAppealGuidance, ownProse } from '../anchors';
import { inSentenceWith, negatedJustBefore } from '../elements';
import type { LetterModel } from '../letter';
import { cite } from '../catalogue';

const say = textsOf('partshoering');

/** A sentence that opens on a condition put to the party, up to the sign of a hearing: what they may do from now on. */
const REMARKS_TO_COME = /^[^\p{L}]*(?:hvis[ \u00a0]+(?:du|I|De)|har[ \u00a0]+(?:du|I|De)|skulle[ \u00a0]+(?:du|I|De))(?![\p{L}])[^.!?]*$/iu;

/**
 * Before a source that opens its sentence: nothing, or a genitive or a determiner and perhaps an adjective (»Ellas
 * skole«, »Den nye aflastningsfamilie«, »Jeres egen læge«); not a condition (»Hvis en læge senere anbefaler …«).
 */
const OPENS_SENTENCE = /^[^\p{L}\d]*(?:(?:\p{Lu}\p{Ll}*s|[Dd]e[nt]?|[Ee][nt]|[Dd]i[nt]e?|[Jj]eres|[Hh]ans|[Hh]endes|[Dd]eres|[Ss]i[nt]e?|[Vv]ores)[ \u00a0]+(?:\p{Ll}+[ \u00a0]+)?)?$/u;
/** The party or the authority as a subject between the source and the verb (»…, og vi fortalte«, »som I selv har bedt os tale med«): the verb is theirs. */
const OTHER_SUBJECT = /(?<![\p{L}])(?:du|I|De|vi|jeg|os|dig|jer|som|der|hvilket|at)(?![\p{L}])/u;
/** How far after the source its reporting verb may come: the source's name, a date, »i deres halvårlige status«. */
const REPORT_REACH = 90;

/**
 * A source outside the authority that opens its sentence and reports in its first clause (»Ellas skole, Specialskolen
 * Lindholm, har den 27. februar 2024 oplyst, at …«), from the source to the verb: the words between may be any, which
 * the phrases of thirdPartyInformation cannot say.
 */
function sourceReports(letter: LetterModel, block: Block): PhraseMatch[] {
  const verbs = letter.matchesIn(block, 'thirdParty.reports');
  if (verbs.length === 0) return [];
  const sentences = letter.counts(block).sentences;
  const found: PhraseMatch[] = [];
  // Sources, sentences and verbs are all in text order: each is walked once, however many a long paragraph holds.
  let s = 0;
  let v = 0;
  for (const source of letter.matchesIn(block, 'thirdParty.source')) {
    while (s < sentences.length && sentences[s].end <= source.start) s++;
    while (v < verbs.length && verbs[v].start <= source.end) v++;
    const sentence = sentences[s] ?? { start: 0, end: block.text.length };
    const verb = verbs[v];
    if (!verb || verb.end > sentence.end || verb.start - source.end > REPORT_REACH) continue;
    if (!OPENS_SENTENCE.test(block.text.slice(sentence.start, source.start)) || inSentenceWith(letter, block, source.start, 'hypothetical')) continue;
    // The first clause only (a verb after »at« tells what the source said), and the source's own verb; a source named in a
    // compound (»Skole-hjem-samtalen«) is none.
    if (block.text[source.end] === '-' || OTHER_SUBJECT.test(block.text.slice(source.end, verb.start))) continue;
    found.push({ start: source.start, end: verb.end, text: block.text.slice(source.start, verb.end).replace(/\s+/gu, ' ') });
  }
  return found;
}

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
      letter.memo(block, 'partshoering.unheard', () => [...letter.matchesIn(block, 'thirdPartyInformation'), ...sourceReports(letter, block)]
        .sort((a, b) => a.start - b.start).find((match) => reliedOn(block, match)));
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
