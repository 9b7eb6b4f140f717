import type { LetterModel } from './letter';

/**
 * What the decision gives the party. A full approval (fuldt medhold) needs
 * neither reasons (FVL § 22) nor appeal guidance (FVL § 25, stk. 2), so the
 * rules that demand them stay silent.
 */
export interface Outcome {
  fullApproval: boolean;
}

export function classifyOutcome(letter: LetterModel): Outcome {
  const outsideAppealGuidance = (block: Parameters<LetterModel['inRole']>[0]): boolean =>
    !letter.inRole(block, 'klagevejledning');
  const approved = letter.find('fullApproval', outsideAppealGuidance).length > 0;
  if (!approved) return { fullApproval: false };
  const limited = letter.find('notFullOutcome', outsideAppealGuidance).length > 0;
  return { fullApproval: !limited };
}
