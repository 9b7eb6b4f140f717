import type { LetterModel } from './letter';
import { outsideAppealGuidance } from './anchors';

/**
 * What the decision gives the party. A full approval (fuldt medhold) needs
 * neither reasons (FVL § 22) nor appeal guidance (FVL § 25, stk. 2), so the
 * rules that demand them stay silent.
 */
export interface Outcome {
  fullApproval: boolean;
}

export function classifyOutcome(letter: LetterModel): Outcome {
  const relevant = outsideAppealGuidance(letter);
  const approved = letter.find('fullApproval', relevant).length > 0;
  if (!approved) return { fullApproval: false };
  const limited = letter.find('notFullOutcome', relevant).length > 0;
  return { fullApproval: !limited };
}
