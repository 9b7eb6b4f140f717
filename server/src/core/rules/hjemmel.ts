import type { Rule } from '../rule';
import { LawMention, LegalReference, formatReference, namesLawOutsideCatalogue } from '../references';
import type { Block } from '../markdown';
import { addToReasons } from '../fixes';
import { textsOf } from '../messages';
import { isStrayReference } from '../provisions';
import { blockRange, decisionAnchor, outsideAppealGuidance, reasonsAnchor } from '../anchors';
import { decisionLawMentions, decisionReferences } from '../elements';
import { LawId, cite, isProcedural, lawById, lawInSet, referenceInSet } from '../catalogue';
import { letterAppealRoute } from '../appealRoute';

const say = textsOf('hjemmel');

/**
 * "servicelovens § «nr.»" from the snippet: the reference is there, its number
 * still a placeholder that rule pladsholder points at. Reporting it again would
 * make fix-all (e.g. on save) insert another reference each time.
 */
function awaitsNumber(mention: LawMention): boolean {
  return /^\s*§\s*«/.test(mention.block.text.slice(mention.textEnd, mention.textEnd + 8));
}

/** A provision of the named law to show as the example ("barnets lov § 86, stk. 1"); its form only, where none is catalogued. */
function exampleProvision(id: LawId): string {
  const law = lawById(id);
  return `${law?.genitive ?? id} ${law?.example ?? '§ …, stk. …'}`;
}

/** The rules of a law named by their subject right after it: »ældrelovens regler om madservice«, »serviceloven, kapitel 16«. */
const RULES_NAMED = /^[ \t\u00a0]*,?[ \t\u00a0]*(?:regler|reglerne|bestemmelse|bestemmelsen|bestemmelserne|kapitel)[ \t\u00a0]+(?:om[ \t\u00a0]+\p{L}|\d)/iu;

function namesTheRules(mention: LawMention): boolean {
  return RULES_NAMED.test(mention.block.text.slice(mention.textEnd, mention.textEnd + 40));
}

export const hjemmel: Rule = {
  id: 'hjemmel',
  title: 'Henvisning til retsreglerne mangler',
  titleEn: 'No reference to the legal rules',
  source: {
    citation: cite('FVL 24, stk. 1, 1. pkt.'),
    urls: [
      'https://www.ombudsmanden.dk/find-viden/myndighedsguiden/generel-forvaltningsret/10-begrundelse',
      'https://danskelove.dk/forvaltningsloven/22',
    ],
  },
  defaultSeverity: 'error',
  fixable: true,
  silentOnFullApproval: true,
  check({ letter, options }) {
    // A paragraph the cited law does not have ("servicelovens § 830") is no legal basis.
    const decisionBasis = decisionReferences(letter);
    // A decision on access to the files rests on forvaltningsloven's own rules on it (§§ 9-18), no mere procedure there.
    const onAccess = letterAppealRoute(letter).route.id === 'partyAccess';
    const substantive = (r: LegalReference): boolean => (!isProcedural(r) || (onAccess && referenceInSet('partyAccess', r))) && !isStrayReference(r);
    // Most letters name their basis early: the first such reference settles it, without a pass over a long letter's hundreds.
    if (decisionBasis.some((r) => r.law !== undefined && substantive(r))) return [];
    const references = decisionBasis.filter(substantive);
    // "retssikkerhedslovens § 66" names its paragraph: the law in a procedural reference is not a law named without one.
    // By block: a long letter names hundreds of laws, and each would otherwise be compared with every procedural reference.
    const procedural = new Map<Block, LegalReference[]>();
    for (const r of decisionBasis) if (isProcedural(r)) procedural.set(r.block, [...(procedural.get(r.block) ?? []), r]);
    const inProcedural = (m: LawMention): boolean => procedural.get(m.block)?.some((r) => r.textStart <= m.textStart && m.textEnd <= r.textEnd) ?? false;
    const namedLaws = decisionLawMentions(letter).filter((m) => !lawInSet('procedure', m.law) && !inProcedural(m));
    if (references.length > 0 && namedLaws.length > 0) return [];
    // »§ 112, stk. 1« after »… afslag på en el-scooter efter servicelovens § 112, stk. 1« in a sentence about the
    // complaint: the letter names the law of its paragraph, if not in a sentence of the decision.
    const relevant = outsideAppealGuidance(letter);
    const withLaw = letter.referencesWhere('hjemmel.withLaw', (r) => r.law !== undefined && !isProcedural(r) && relevant(r.block));
    if (references.some((bare) => withLaw.some((named) => named.paragraphs.some((p) => bare.paragraphs.includes(p))))) return [];
    // A basis in a law the catalogue does not hold (»§ 54 i lov om almene boliger«) is named all the same.
    if (references.some(namesLawOutsideCatalogue)) return [];
    if (namedLaws.some(awaitsNumber)) return [];

    const reasons = reasonsAnchor(letter);
    if (!reasons) return [];
    const fix = addToReasons(letter, reasons, 'Hjemmel', say('fixInsert'), options);

    if (references.length > 0) {
      const bare = references[0];
      return [{
        message: say('paragraphWithoutLaw', { reference: formatReference(bare) }),
        range: { start: bare.start, end: bare.end },
        fix,
      }];
    }
    if (namedLaws.length > 0) {
      // »ældrelovens regler om madservice« points at the rules, if not at their paragraph: incomplete, not absent.
      const law = namedLaws.find(namesTheRules) ?? namedLaws[0];
      return [{
        message: say('lawWithoutParagraph', { law: law.block.text.slice(law.textStart, law.textEnd), example: exampleProvision(law.law) }),
        range: { start: law.start, end: law.end },
        fix,
        ...(namesTheRules(law) ? { severityCap: 'warning' as const } : {}),
      }];
    }
    const anchor = reasons.role === 'begrundelse' ? reasons : decisionAnchor(letter) ?? reasons;
    return [{
      message: say('missing'),
      range: blockRange(anchor),
      fix,
    }];
  },
};
