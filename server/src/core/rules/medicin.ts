import type { Rule } from '../rule';
import type { LegalReference } from '../references';
import { addToReasons } from '../fixes';
import { outsideAppealGuidance, ownProse } from '../anchors';
import { textsOf } from '../messages';

/** Merudgifter and tabt arbejdsfortjeneste: BL §§ 86-87, formerly SEL §§ 41-42, adults SEL § 100. */
function isCompensationProvision(reference: LegalReference): boolean {
  if (reference.law === 'BL') return reference.paragraphs.some((p) => p === '86' || p === '87');
  if (reference.law === 'SEL') return reference.paragraphs.some((p) => p === '41' || p === '42' || p === '100');
  return false;
}

const ASSESSMENT = /vurder|finder vi|mener vi|ikke omfattet|er omfattet|ikke har|har ikke|ikke er|er ikke|personkreds|målgruppe/i;
const RESTATED_RULE = /^(?:efter (?:bestemmelsen|reglerne|§|barnets lov|serviceloven)|det er en betingelse|betingelsen er|bestemmelsen)/i;

const say = textsOf('medicin');

export const medicin: Rule = {
  id: 'medicin',
  title: 'Personkredsvurderingen siger ikke, hvordan behandling er indregnet',
  titleEn: 'Target-group assessment does not say how treatment was taken into account',
  source: {
    citation: 'barnets lov §§ 86-87 (tidl. servicelovens §§ 41-42) og servicelovens § 100; Ankestyrelsens praksis om vurdering med og uden behandling',
    urls: [
      'https://www.lovguiden.dk/loven/bekendtgørelse-af-barnets-lov/86',
      'https://www.elov.dk/barnets-lov/paragraf/87/',
      'https://socialraadgiverne.dk/faglig-artikel/skal-foraeldres-udgifter-forebygge-boerns-helbredsproblemer-kompenseres/',
      'https://ast.dk/social/artikler/hjaelp-til-handicappede-og-aeldre/artikel-daekning-af-merudgifter-til-et-barn-med-laktoseintolerans-coliaki-eller-fodevareallergi',
    ],
  },
  defaultSeverity: 'warning',
  fixable: true,
  silentOnFullApproval: true,
  check({ letter, options }) {
    const relevant = outsideAppealGuidance(letter);
    const aboutCompensation = letter.references().some(isCompensationProvision) || letter.find('compensationContext', relevant).length > 0;
    if (!aboutCompensation) return [];
    const prose = ownProse(letter);
    // An assessment of the target group, not the law's conditions restated ("Efter bestemmelsen dækkes …").
    const personkreds = letter.find('personkreds', prose).filter((hit) => {
      const { start, end } = letter.sentenceAt(hit.block, hit.textStart);
      const sentence = letter.source.slice(start, end);
      return ASSESSMENT.test(sentence) && !RESTATED_RULE.test(sentence.trim());
    });
    const treatment = letter.find('treatment', prose);
    if (personkreds.length === 0 || treatment.length === 0) return [];
    if (letter.find('treatmentAssessed', relevant).length > 0) return [];

    const hit = personkreds.find((h) => letter.inRole(h.block, 'begrundelse')) ?? personkreds[0];
    return [{
      message: say('treatmentNotAssessed', { treatment: treatment[0].text }),
      range: letter.sentenceAt(hit.block, hit.textStart),
      fix: addToReasons(letter, hit.block, 'Medicinsk behandling', say('fixInsert'), options),
    }];
  },
};
