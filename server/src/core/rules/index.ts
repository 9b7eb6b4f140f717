import type { Rule } from '../rule';
import { hjemmel } from './hjemmel';
import { hovedhensyn } from './hovedhensyn';
import { klagevejledning } from './klagevejledning';
import { kvalitetsstandard } from './kvalitetsstandard';
import { pladsholder } from './pladsholder';
import { faktiskeOplysninger } from './faktiske-oplysninger';
import { mindstIndgribende } from './mindst-indgribende';
import { medicin } from './medicin';
import { beregning } from './beregning';
import { foraeldetHenvisning } from './foraeldet-henvisning';
import { partshoering } from './partshoering';
import { klageinstansForaeldet } from './klageinstans-foraeldet';
import { struktur } from './struktur';
import { klarsprog } from './klarsprog';
import { formaalVarighed } from './formaal-varighed';

/** Every rule, in the order findings are reported for the same place. */
export const RULES: readonly Rule[] = [
  hjemmel, hovedhensyn, klagevejledning, kvalitetsstandard, pladsholder,
  faktiskeOplysninger, mindstIndgribende, medicin, beregning, foraeldetHenvisning,
  partshoering, klageinstansForaeldet, formaalVarighed, struktur, klarsprog,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
