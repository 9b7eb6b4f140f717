import type { Rule } from '../rule';
import { hjemmel } from './hjemmel';
import { hovedhensyn } from './hovedhensyn';
import { klagevejledning } from './klagevejledning';
import { kvalitetsstandard } from './kvalitetsstandard';
import { pladsholder } from './pladsholder';

/** Every rule, in the order findings are reported for the same place. */
export const RULES: readonly Rule[] = [hjemmel, hovedhensyn, klagevejledning, kvalitetsstandard, pladsholder];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
