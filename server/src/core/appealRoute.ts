import type { LetterModel } from './letter';
import type { Block } from './markdown';
import type { LegalReference } from './references';
import { APPEAL_ROUTES, AppealRoute, appealRoute, appealRoutesOf, referenceInSet } from './catalogue';
import { PhraseGroup } from './phrases';
import { outsideAppealGuidance } from './anchors';

/**
 * Which appeal route a letter's decision takes, from the catalogue
 * (server/data/legal.json, appealRoutes): the municipality reassesses and
 * sends the complaint on (the rule), directly to Ankestyrelsen (børne- og
 * ungeudvalget, Familieretshuset), or no appeal at all (barnets lov § 35,
 * stk. 3; the general service level).
 */
export interface LetterRoute {
  route: AppealRoute;
  /** The provisions in the letter that put it on a route without appeal. */
  closedBy: LegalReference[];
}

/** The decision makers each direct route names, matched like any phrase group. */
const DECISION_MAKERS = APPEAL_ROUTES.filter((route) => route.decisionMakers.length > 0).map((route) => ({
  route,
  group: new PhraseGroup(`decisionMaker.${route.id}`, {
    description: `Who decides on the appeal route ${route.id} (data/legal.json)`,
    phrases: route.decisionMakers,
    examples: { match: [], noMatch: [] },
  }),
}));

/**
 * A direct route's decision maker named in the decision itself, not in its
 * appeal guidance: guidance that wrongly sends the complaint on to
 * Familieretshuset does not make the municipality's decision one of theirs.
 * (Who decided is read from the name alone: a municipal letter that tells of
 * an earlier decision of Familieretshuset is read as theirs.)
 */
function namedDecisionMaker(letter: LetterModel, relevant: (block: Block) => boolean): AppealRoute | undefined {
  for (const { route, group } of DECISION_MAKERS) {
    if (letter.has(group, relevant)) return route;
  }
  return undefined;
}

// Named, not written inline: a closure made anew for each of a long letter's hundreds of references on every keystroke.
const isDirect = (route: AppealRoute): boolean => route.kind === 'direct';
const isClosed = (route: AppealRoute): boolean => route.kind === 'none';

export function letterAppealRoute(letter: LetterModel): LetterRoute {
  const relevant = outsideAppealGuidance(letter);
  // One pass over the references (a long letter has hundreds, and this runs on every keystroke).
  let direct: AppealRoute | undefined;
  const closedBy: LegalReference[] = [];
  // Closed to appeal only when nothing else the decision rests on is open: a letter that also refuses other help needs guidance.
  let open = false;
  for (const reference of letter.references()) {
    if (reference.law === undefined || !relevant(reference.block)) continue;
    const routes = appealRoutesOf(reference);
    direct ??= routes.find(isDirect);
    if (routes.some(isClosed)) closedBy.push(reference);
    else if (routes.length === 0 && !referenceInSet('procedure', reference)) open = true;
  }
  direct ??= namedDecisionMaker(letter, relevant);
  if (direct) return { route: direct, closedBy: [] };
  if (closedBy.length > 0 && !open) {
    const route = appealRoutesOf(closedBy[0]).find(isClosed)!;
    return { route, closedBy };
  }
  return { route: appealRoute('municipality'), closedBy: [] };
}
