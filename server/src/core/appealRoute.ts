import { type LetterModel, oncePerLetter } from './letter';
import type { Block } from './markdown';
import { type LegalReference, namesLawOutsideCatalogue, withOtherActName } from './references';
import { APPEAL_ROUTES, AppealRoute, appealRoute, appealRoutesOf, lawInSet, referenceInSet } from './catalogue';
import { PhraseGroup } from './phrases';
import { outsideAppealGuidance } from './anchors';
import { decisionLawMentions, decisionReferences, inSentenceWith, sentenceSpanAt, withDecisionLaw } from './elements';
import { omitsGuidanceForFullApproval } from './outcome';

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
  closedBy: readonly LegalReference[];
}

/** The decision makers each direct route names, then what its decisions are about, matched like any phrase group. */
const DECISION_MAKERS = [
  ...APPEAL_ROUTES.filter((route) => route.decisionMakers.length > 0).map((route) => ({ route, subject: false, phrases: route.decisionMakers })),
  ...APPEAL_ROUTES.filter((route) => route.subjects).map((route) => ({ route, subject: true, phrases: route.subjects! })),
].map(({ route, subject, phrases }) => ({
  route,
  subject,
  group: new PhraseGroup(`${subject ? 'decisionSubject' : 'decisionMaker'}.${route.id}`, {
    description: `${subject ? 'What is decided' : 'Who decides'} on the appeal route ${route.id} (data/legal.json)`,
    phrases,
    examples: { match: [], noMatch: [] },
  }),
}));

const MAKER_DECIDES = ['decision.statement'] as const;
// What is decided, also in a sentence that grants or refuses it: »Du får delvis aktindsigt«, »Du kan ikke få aktindsigt i …«.
const SUBJECT_DECIDED = ['decision.statement', 'grant', 'notFullOutcome'] as const;

/**
 * A direct route's decision maker named as the one who made this decision:
 * in a heading (»Børne- og ungeudvalgets afgørelse om anbringelse«) or in a
 * sentence that decides (»Børne- og ungeudvalget har besluttet …«); not
 * merely in the decision section, which a title »Afgørelse om …« opens over
 * the whole introduction. Named elsewhere it is the case's history or another matter: a guardian
 * appointed by Familieretshuset, contact fixed by it, an earlier placement by
 * the committee. Never in the appeal guidance (guidance that wrongly sends the
 * complaint to Familieretshuset does not make the decision theirs), nor in a
 * sentence of what would happen on a condition. A route's subject (»aktindsigt«) the same way, or in a sentence that
 * grants or refuses it.
 */
function namedDecisionMaker(letter: LetterModel, relevant: (block: Block) => boolean): AppealRoute | undefined {
  // A heading »Aktindsigt« may only tell of the right to see the files: a subject counts in a heading that decides (»Afgørelse om aktindsigt«).
  const headed = (block: Block, subject: boolean): boolean => !subject || letter.matchesIn(block, 'title.decision').length > 0;
  const decides = (block: Block, at: number, subject: boolean): boolean =>
    (block.kind === 'heading' ? headed(block, subject) : (subject ? SUBJECT_DECIDED : MAKER_DECIDES).some((group) => inSentenceWith(letter, block, at, group)))
    && !inSentenceWith(letter, block, at, 'hypothetical');
  for (const { route, group, subject } of DECISION_MAKERS) {
    if (letter.has(group, (block) => relevant(block) && letter.matchesIn(block, group).some((name) => decides(block, name.start, subject)))) return route;
  }
  return undefined;
}

const isDirect = (route: AppealRoute): boolean => route.kind === 'direct';
const isClosed = (route: AppealRoute): boolean => route.kind === 'none';
const isOther = (route: AppealRoute): boolean => route.kind === 'other';

/** Once per version of a letter: klagevejledning, hjemmel and kvalitetsstandard all ask for it. */
export const letterAppealRoute = oncePerLetter((letter): LetterRoute => {
  const relevant = outsideAppealGuidance(letter);
  // Found per version only for the references an edit changed (referencesWhere): a long letter has hundreds.
  const onRoute = (key: string, holds: (routes: readonly AppealRoute[], reference: LegalReference) => boolean): readonly LegalReference[] =>
    letter.referencesWhere(`appealRoute.${key}`, (reference) => reference.law !== undefined && relevant(reference.block) && holds(appealRoutesOf(reference), reference)
      // "… medmindre børne- og ungeudvalget træffer afgørelse efter § 47": what would happen on a condition.
      && !inSentenceWith(letter, reference.block, reference.textStart, 'hypothetical'));
  const firstDirect = onRoute('direct', (routes) => routes.some(isDirect))[0] ?? bareDirectReference(letter);
  const direct = (firstDirect && appealRoutesOf(firstDirect).find(isDirect)) ?? namedDecisionMaker(letter, relevant);
  if (direct) return { route: direct, closedBy: [] };
  const closedBy = onRoute('closed', (routes) => routes.some(isClosed));
  // Closed to appeal only when nothing else the decision rests on is open: a letter that also refuses other help needs guidance.
  // Guidance that says so itself, citing the closing provision and giving no deadline, outweighs another provision named in
  // the reasons (»Hun har haft en kontaktperson efter barnets lov § 32 siden februar«): that one tells the case's history.
  // A part sent on for another authority to decide (»… sendt videre til Familie og Handicap, som behandler den efter barnets lov § 90«) is not this decision's.
  // The closing provision's paragraph named whole (»efter barnets lov § 35« beside »BL § 35, stk. 3«) opens nothing.
  const closedParagraphs = new Set(closedBy.flatMap((reference) => reference.paragraphs.map((paragraph) => `${reference.law} ${paragraph}`)));
  const open = onRoute('open', (routes, reference) => routes.length === 0 && !referenceInSet('procedure', reference)
    && !inSentenceWith(letter, reference.block, reference.textStart, 'matter.decidedElsewhere'))
    .some((reference) => reference.stk !== undefined || !reference.paragraphs.every((paragraph) => closedParagraphs.has(`${reference.law} ${paragraph}`)));
  const inGuidance = (block: Block): boolean => !relevant(block);
  if (closedBy.length > 0 && (!open || (!letter.has('appeal.deadline', inGuidance) && closingProvisionDeclared(letter, inGuidance)))) {
    const route = appealRoutesOf(closedBy[0]).find(isClosed)!;
    return { route, closedBy };
  }
  // Outside the social area's rules (sundhedsloven) only when nothing the decision rests on is on the social route either.
  const elsewhere = onRoute('other', (routes) => routes.some(isOther))[0];
  // A letter that also grants in full under the social rules and says so in the guidance (»Rengøringen (serviceloven): Her har
  // du fået det, du søgte om, så der er ikke noget at klage over«) leaves only the part outside them to appeal.
  const socialPartSettled = (): boolean => letter.has('appeal.omitted', (block) => inGuidance(block) && omitsGuidanceForFullApproval(letter, block));
  if (elsewhere && closedBy.length === 0 && (!open || socialPartSettled())) return { route: appealRoutesOf(elsewhere).find(isOther)!, closedBy: [] };
  const declared = declaredClosed(letter, inGuidance);
  if (declared) return { route: declared.route, closedBy: [declared.reference] };
  return { route: appealRoute('municipality'), closedBy: [] };
});

/**
 * A bare paragraph the decision rests on that puts it on a direct route, read as the one law the decision names
 * (»… efter barnets lov § 105, stk. 2, jf. § 142, stk. 1«: § 142 of barnets lov, børne- og ungeudvalget's decisions).
 */
function bareDirectReference(letter: LetterModel): LegalReference | undefined {
  return decisionReferences(letter).filter((reference) => reference.law === undefined && !inSentenceWith(letter, reference.block, reference.textStart, 'hypothetical'))
    .map((reference) => withDecisionLaw(letter, reference))
    .find((reference) => reference.law !== undefined && appealRoutesOf(reference).some(isDirect));
}

/**
 * A provision of a law the catalogue does not hold, cited in a sentence of the guidance that says the decision cannot be
 * appealed (»Afgørelser om optagelse i et fritidshjem kan efter dagtilbudslovens § 53, stk. 1, ikke indbringes for anden
 * administrativ myndighed«), when the decision rests on that provision and on no law the catalogue holds: the letter's
 * word, to be checked. An offer to look at the case again (»kontakt os, så ser vi på sagen igen«) is no route of appeal;
 * a deadline beside it would be one.
 */
function closedOutsideCatalogue(letter: LetterModel, inGuidance: (block: Block) => boolean): LegalReference | undefined {
  const basis = decisionReferences(letter).filter((reference) => !referenceInSet('procedure', reference));
  // A catalogued law is named wherever a reference is in one: no mention of a social law, no reference to one.
  if (decisionLawMentions(letter).some((mention) => !lawInSet('procedure', mention.law))) return undefined;
  if (basis.length === 0 || !basis.every(namesLawOutsideCatalogue)) return undefined;
  return letter.referencesWhere('appealRoute.closedOutsideCatalogue', (reference) => reference.law === undefined && inGuidance(reference.block))
    .find((reference) => {
      const { start, end } = letter.sentenceAt(reference.block, reference.textStart);
      return SAYS_NOT_APPEALABLE.test(letter.source.slice(start, end)) && withOtherActName(reference) !== undefined
        && basis.some((decided) => decided.paragraphs.some((p) => reference.paragraphs.includes(p)));
    });
}

/** A provision that closes the route, cited in a paragraph of the guidance that says the decision cannot be appealed. */
function closingProvisionDeclared(letter: LetterModel, inGuidance: (block: Block) => boolean): LegalReference | undefined {
  // A bare paragraph (»kan efter § 35, stk. 3, ikke indbringes«) is read as the one law the decision names. The list is
  // kept per version by text and place, so the law is added after: which law the decision names depends on the whole letter.
  return letter.referencesWhere('appealRoute.closedInGuidance', (reference) => inGuidance(reference.block) && (reference.law === undefined || appealRoutesOf(reference).some(isClosed)))
    .map((reference) => withDecisionLaw(letter, reference))
    .find((reference) => reference.law !== undefined && appealRoutesOf(reference).some(isClosed) && SAYS_NOT_APPEALABLE.test(reference.block.text));
}

/**
 * A reassessment of a complaint in the guidance: its sentence or the one before speaks of a complaint (»Send klagen til
 * os, så vi kan se på sagen igen«). An offer to look at the case again when something changes (»Kontakt mig, hvis I mener,
 * at vi har misforstået noget. Så ser vi på sagen igen.«) opens no route of appeal.
 */
function reassessesComplaint(letter: LetterModel, inGuidance: (block: Block) => boolean): boolean {
  return letter.find('appeal.reassessment', inGuidance).some((hit) => {
    const { start, end, index } = sentenceSpanAt(letter, hit.block, hit.textStart);
    const sentences = [hit.block.text.slice(start, end)];
    if (index > 0) sentences.push(hit.block.text.slice(letter.counts(hit.block).sentences[index - 1].start, start));
    // »Du kan derfor ikke klage til Ankestyrelsen. … så ser vi på det igen«: a complaint ruled out is none to reassess.
    return sentences.some((sentence) => COMPLAINT.test(sentence) && !SAYS_NOT_APPEALABLE.test(sentence));
  });
}

const COMPLAINT = /klag|genvurder/iu;

/** "Kan ikke påklages", "kan ikke indbringes for anden administrativ myndighed". */
export const SAYS_NOT_APPEALABLE = /ikke[ \t\u00a0\n]+(?:på)?klage|ikke[ \t\u00a0\n]+indbringes/iu;

/**
 * A provision closing the route, cited in a paragraph of the guidance that says the decision cannot be appealed (»De kan ikke
 * klage over denne beslutning … efter § 60, stk. 3, i lov om retssikkerhed …«), in guidance that gives no deadline:
 * the letter itself says it decides the general service level, and a letter that also names the offer it concerns
 * (»et aktivitets- og samværstilbud efter servicelovens § 104«) does not open the route by that. Guidance with a
 * deadline, or a reassessment by the municipality (»så vi kan se på sagen igen«), beside it appeals another part of
 * the decision (the days of meal service, not its price; the calculation of a payment, not the council's rates).
 */
function declaredClosed(letter: LetterModel, inGuidance: (block: Block) => boolean): { reference: LegalReference; route: AppealRoute } | undefined {
  const deadline = letter.has('appeal.deadline', inGuidance);
  const outside = deadline ? undefined : closedOutsideCatalogue(letter, inGuidance);
  if (outside) return { reference: outside, route: appealRoute('declaredNotAppealable') };
  if (deadline || reassessesComplaint(letter, inGuidance)) return undefined;
  const declared = closingProvisionDeclared(letter, inGuidance);
  if (declared) return { reference: declared, route: appealRoutesOf(declared).find(isClosed)! };
  // A provision the catalogue does not know as closed, in the very sentence that says the decision cannot be appealed, and one
  // the decision itself rests on (not »kvalitetsstandarden efter § 138 kan ikke påklages« beside a decision under § 83): the
  // letter's word, to be checked.
  const uncatalogued = letter.referencesWhere('appealRoute.declaredInGuidance', (reference) => reference.law !== undefined && inGuidance(reference.block)
    && !referenceInSet('procedure', reference))
    .find((reference) => {
      const { start, end } = letter.sentenceAt(reference.block, reference.textStart);
      return SAYS_NOT_APPEALABLE.test(letter.source.slice(start, end))
        && decisionReferences(letter).some((basis) => basis.law === reference.law && basis.paragraphs.some((p) => reference.paragraphs.includes(p)));
    });
  return uncatalogued && { reference: uncatalogued, route: appealRoute('declaredNotAppealable') };
}
