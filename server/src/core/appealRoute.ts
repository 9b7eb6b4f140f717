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

const isDirect = (route: AppealRoute): boolean => route.kind === 'direct';
const isClosed = (route: AppealRoute): boolean => route.kind === 'none';

/** What the references of a block's text say of the route: worked out once per text (a long letter has hundreds, and this runs on every keystroke). */
interface TextRoutes {
  /** The first direct route a reference is on. */
  direct?: AppealRoute;
  /** The references (by index in the block) on a route without appeal. */
  closed: number[];
  /** A reference to help on no route at all and not to procedure: a decision open to appeal. */
  open: boolean;
}

function routesOfText(_text: string, block: Block, letter: LetterModel): TextRoutes {
  const found: TextRoutes = { closed: [], open: false };
  letter.referencesIn(block).forEach((reference, index) => {
    if (reference.law === undefined) return;
    const routes = appealRoutesOf(reference);
    found.direct ??= routes.find(isDirect);
    if (routes.some(isClosed)) found.closed.push(index);
    else if (routes.length === 0 && !referenceInSet('procedure', reference)) found.open = true;
  });
  return found;
}

const routesOf = (letter: LetterModel, block: Block): TextRoutes => letter.memo(block, 'appealRoute.routes', routesOfText);

export function letterAppealRoute(letter: LetterModel): LetterRoute {
  const relevant = outsideAppealGuidance(letter);
  let direct: AppealRoute | undefined;
  const closedBy: LegalReference[] = [];
  // Closed to appeal only when nothing else the decision rests on is open: a letter that also refuses other help needs guidance.
  let open = false;
  const onRoutes = letter.blocksWhere('appealRoute.routes', (block) => {
    if (letter.referencesIn(block).length === 0) return false;
    const routes = routesOf(letter, block);
    return routes.direct !== undefined || routes.closed.length > 0 || routes.open;
  });
  for (const block of onRoutes) {
    if (!relevant(block)) continue;
    const routes = routesOf(letter, block);
    direct ??= routes.direct;
    for (const index of routes.closed) closedBy.push(letter.referencesIn(block)[index]);
    if (routes.open) open = true;
  }
  direct ??= namedDecisionMaker(letter, relevant);
  if (direct) return { route: direct, closedBy: [] };
  if (closedBy.length > 0 && !open) {
    const route = appealRoutesOf(closedBy[0]).find(isClosed)!;
    return { route, closedBy };
  }
  return { route: appealRoute('municipality'), closedBy: [] };
}
