import type { Rule } from '../rule';
import { LawMention, LegalReference, formatReference } from '../references';
import { appendToSection, insertAfter } from '../fixes';
import { isStrayReference } from '../provisions';
import { blockRange, decisionAnchor, outsideAppealGuidance, reasonsAnchor } from './anchors';

/** Provisions on procedure and appeal are not the legal basis of the decision itself. */
function isProcedural(reference: LegalReference): boolean {
  if (reference.law === 'FVL') return true;
  return reference.law === 'RSL' && reference.paragraphs.every((p) => /^(6[6-9]|7[0-2])/.test(p));
}

const FIX_TITLE = 'Indsæt henvisning til hjemmel (lov og paragraf)';

/**
 * "servicelovens § «nr.»" from the snippet: the reference is there, its number
 * still a placeholder that rule pladsholder points at. Reporting it again would
 * make fix-all (e.g. on save) insert another reference each time.
 */
function awaitsNumber(mention: LawMention): boolean {
  return /^\s*§\s*«/.test(mention.block.text.slice(mention.textEnd, mention.textEnd + 8));
}

export const hjemmel: Rule = {
  id: 'hjemmel',
  title: 'Henvisning til retsreglerne mangler',
  titleEn: 'No reference to the legal rules',
  source: {
    citation: 'forvaltningslovens § 24, stk. 1, 1. pkt.',
    urls: [
      'https://www.ombudsmanden.dk/find-viden/myndighedsguiden/generel-forvaltningsret/10-begrundelse',
      'https://danskelove.dk/forvaltningsloven/22',
    ],
  },
  defaultSeverity: 'error',
  fixable: true,
  check({ letter, outcome, options }) {
    if (outcome.fullApproval) return [];
    const relevant = outsideAppealGuidance(letter);
    // A paragraph the cited law does not have ("servicelovens § 830") is no legal basis.
    const references = letter.references().filter((r) => relevant(r.block) && !isProcedural(r) && !isStrayReference(r));
    const namedLaws = letter.lawMentions().filter((m) => relevant(m.block) && m.law !== 'FVL');
    if (references.some((r) => r.law !== undefined)) return [];
    if (references.length > 0 && namedLaws.length > 0) return [];
    if (namedLaws.some(awaitsNumber)) return [];

    const reasons = reasonsAnchor(letter);
    if (!reasons) return [];
    const fix = reasons.kind === 'heading' && reasons.role === 'begrundelse'
      ? appendToSection(letter, reasons, 'Hjemmel', FIX_TITLE, options)
      : insertAfter(letter, reasons, 'Hjemmel', FIX_TITLE, options);

    if (references.length > 0) {
      const bare = references[0];
      return [{
        message: `Henvisningen »${formatReference(bare)}« siger ikke, hvilken lov paragraffen står i. Angiv loven, fx »servicelovens § 83, stk. 1« (${hjemmel.source.citation}).`,
        range: { start: bare.start, end: bare.end },
        fix,
      }];
    }
    if (namedLaws.length > 0) {
      const law = namedLaws[0];
      return [{
        message: `Afgørelsen nævner ${law.block.text.slice(law.textStart, law.textEnd)} uden at angive paragraf. Henvis til den bestemmelse, afgørelsen er truffet efter, fx »servicelovens § 83, stk. 1« (${hjemmel.source.citation}).`,
        range: { start: law.start, end: law.end },
        fix,
      }];
    }
    const anchor = reasons.role === 'begrundelse' ? reasons : decisionAnchor(letter) ?? reasons;
    return [{
      message: `Afgørelsen henviser ikke til de retsregler, den er truffet efter. Angiv lov og paragraf, fx »servicelovens § 83, stk. 1« (${hjemmel.source.citation}).`,
      range: blockRange(anchor),
      fix,
    }];
  },
};
