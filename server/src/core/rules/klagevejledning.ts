import type { Block } from '../markdown';
import { type Hit, type LetterModel, matchOfHit } from '../letter';
import type { Message, Report, Rule } from '../rule';
import type { Profile } from '../config';
import type { PhraseGroupId } from '../phrases';
import type { SnippetName } from '../snippets';
import { appendToSection, insertAfter, insertBeforeClosing } from '../fixes';
import { GUIDANCE_GOES_ON, blockRange, decisionAnchor, firstHitPerSentence } from '../anchors';
import { textsOf } from '../messages';
import { AppealRoute, cite, lawById, paragraphLabel, lawName, referenceInSet } from '../catalogue';
import { omitsGuidanceForFullApproval } from '../outcome';
import { notBefore } from '../dates';
import { LetterRoute, SAYS_NOT_APPEALABLE, letterAppealRoute } from '../appealRoute';
import { decisionReferences, inSentenceWith, namesLodging, negatedJustBefore, sentenceSpanAt, withDecisionLaw } from '../elements';
import { formatReference, withOtherActName } from '../references';

const say = textsOf('klagevejledning');

interface Element {
  group: PhraseGroupId;
  snippet: SnippetName;
  message: Message;
  fixTitle: Message;
}

/** What appeal guidance must name when the municipality reassesses (FVL § 25, stk. 1; RSL §§ 66-67), one finding and one fix each. */
const REASSESSMENT_ELEMENTS: readonly Element[] = [
  {
    group: 'appeal.body',
    snippet: 'Klagevejledning: klageinstans',
    message: say('missingBody'),
    fixTitle: say('fixBody'),
  },
  {
    group: 'appeal.deadline',
    snippet: 'Klagevejledning: klagefrist',
    message: say('missingDeadline'),
    fixTitle: say('fixDeadline'),
  },
  {
    group: 'appeal.lodging',
    snippet: 'Klagevejledning: sådan klager du',
    message: say('missingLodging'),
    fixTitle: say('fixLodging'),
  },
];

/** A direct appeal to Ankestyrelsen: the body and the deadline; the fixes never send the complaint to the municipality. */
const DIRECT_ELEMENTS: readonly Element[] = [
  {
    group: 'appeal.body',
    snippet: 'Klagevejledning: direkte til Ankestyrelsen',
    message: say('missingBodyDirect'),
    fixTitle: say('fixBodyDirect'),
  },
  {
    group: 'appeal.deadline',
    snippet: 'Klagevejledning: klagefrist, direkte til Ankestyrelsen',
    message: say('missingDeadlineDirect'),
    fixTitle: say('fixDeadline'),
  },
];

const ROUTE_NAMES: Readonly<Record<string, Message>> = {
  childrenCommittee: say('routeChildrenCommittee'),
  familyCourtPlacement: say('routeFamilyCourtPlacement'),
  partyAccess: say('routePartyAccess'),
};

/** The citation of a route that is not the ordinary one: FVL § 25 and the route's own provision. */
function routeCitation(route: AppealRoute): string {
  return `${cite('FVL 25')}; ${cite(route.citation)}`;
}


/**
 * The appeal guidance: its sections if it has headings, else the paragraphs that speak of appealing, each with the
 * paragraphs right after it that go on with it (»Vi ser først på sagen igen. … sender vi din klage videre til
 * Ankestyrelsen.«). Every section counts: a list of enclosures under the signature (»Bilag: Klagevejledning«) reads
 * as a title of its own, before the appendix that holds the guidance.
 */
function appealGuidance(letter: LetterModel): Block[] {
  const sections = letter.allSectionBlocks('klagevejledning');
  if (sections.length > 0) return sections;
  const found = new Set<Block>();
  for (const { block, textStart } of letter.find('appeal.mention', (b) => b.kind === 'paragraph')) {
    // »Du får et særskilt brev om betalingen. Det brev har sin egen klagevejledning.«: another letter's guidance.
    if (inSentenceWith(letter, block, textStart, 'appeal.inOtherLetter')) continue;
    found.add(block);
    for (let next = letter.blocks[block.index + 1]; next?.kind === 'paragraph' && GUIDANCE_GOES_ON.some((group) => letter.matchesIn(next!, group).length > 0); next = letter.blocks[next.index + 1]) {
      found.add(next);
    }
  }
  return [...found].sort((a, b) => a.index - b.index);
}

/** A heading outside the guidance that tells of the reassessment of a complaint (»Genvurdering af din klage – delvis medhold«). */
function titledReassessment(letter: LetterModel): boolean {
  return letter.has('appeal.reassessment', (block) => block.kind === 'heading' && !letter.inRole(block, 'klagevejledning'));
}

/**
 * The complaint sent on in the paragraph that tells of its reassessment (»Vi har nu genvurderet afgørelsen … Jeres klage
 * er derfor i dag sendt videre«), outside the guidance: not the guidance's own account of what will happen (»Når vi
 * modtager din klage, genvurderer vi afgørelsen … Du får besked, når klagen er sendt«).
 */
function sentOnAfterReassessment(letter: LetterModel): boolean {
  return letter.find('appeal.forwarded', (block) => !letter.inRole(block, 'klagevejledning') && letter.matchesIn(block, 'appeal.reassessment').length > 0)
    .some((hit) => !WHEN_BEFORE.test(hit.block.text.slice(Math.max(0, hit.textStart - 8), hit.textStart)) && !inSentenceWith(letter, hit.block, hit.textStart, 'hypothetical'));
}

/** »når« right before: what will be done, not what was. */
const WHEN_BEFORE = /(?<![\p{L}])når[ \u00a0]+$/iu;

function missingGuidance(letter: LetterModel, { route }: LetterRoute, options: Readonly<Profile>): Report[] {
  const anchor = decisionAnchor(letter);
  if (!anchor) return [];
  if (route.kind === 'direct') {
    return [{
      message: say('missingDirect', { route: ROUTE_NAMES[route.id], citation: routeCitation(route) }),
      range: blockRange(anchor),
      fix: insertBeforeClosing(letter, 'Klagevejledning, direkte til Ankestyrelsen', say('fixInsertDirect'), options),
    }];
  }
  return [{
    message: say('missing'),
    range: blockRange(anchor),
    fix: insertBeforeClosing(letter, 'Klagevejledning', say('fixInsert'), options),
  }];
}

/**
 * A decision no one can appeal needs no appeal guidance (FVL § 25 applies to
 * decisions that can be appealed); at most information on what to check,
 * since a letter that cites such a provision may decide more than it.
 */
function closedToAppeal(letter: LetterModel, { route, closedBy }: LetterRoute, options: Readonly<Profile>): Report[] {
  const reference = closedBy[0];
  // A law the catalogue does not hold is named as the letter names it.
  const provision = reference.law === undefined ? withOtherActName(reference) ?? formatReference(reference)
    : `${lawName(reference.law)} ${paragraphLabel(reference.paragraphs[0])}${reference.stk ? `, stk. ${reference.stk}` : ''}`;
  if (route.id === 'declaredNotAppealable') {
    return [{ message: say('declaredNotAppealable', { provision, citation: cite(route.citation) }), range: { start: reference.start, end: reference.end }, severityCap: 'information' }];
  }
  if (letter.blocks.some((block) => SAYS_NOT_APPEALABLE.test(block.text))) return [];
  const serviceLevel = route.id === 'generalServiceLevel';
  return [{
    message: say(serviceLevel ? 'notAppealableServiceLevel' : 'notAppealable', { provision, citation: cite(route.citation) }),
    range: { start: reference.start, end: reference.end },
    fix: serviceLevel ? undefined : insertBeforeClosing(letter, 'Klagevejledning: kan ikke påklages', say('fixInsertNotAppealable'), options),
    severityCap: 'information',
  }];
}

/**
 * A decision under a law outside the social area's appeal rules (sundhedsloven, folkeskoleloven) still needs guidance
 * (FVL § 25), but its body, deadline and any reassessment are that law's: only guidance missing altogether is named, as
 * something to check.
 */
function guidanceElsewhere(letter: LetterModel, route: AppealRoute): Report[] {
  const anchor = decisionAnchor(letter);
  const message = GUIDANCE_ELSEWHERE[route.id];
  return anchor && message ? [{ message: say(message, { citation: cite(route.citation) }), range: blockRange(anchor), severityCap: 'information' }] : [];
}

/**
 * Guidance on a route outside the social area that names a body whose deadline that law fixes (Klagenævnet for
 * Specialundervisning, 4 weeks) as the one to complain to, and names no deadline. Guidance that says the decision cannot
 * be appealed names the body only to rule it out (»… kan ikke indbringes …, jf. § 51, stk. 2. Klageadgangen til
 * Klagenævnet gælder kun ved henvisning til et regionalt tilbud«). Whether the decision is one that body hears is the
 * letter's word: a warning that asks to check.
 */
function bodyDeadlineMissing(letter: LetterModel, blocks: Block[], route: AppealRoute): Report[] {
  const inGuidance = new Set(blocks);
  if (!route.bodyDeadlines || letter.has('appeal.deadline', (block) => inGuidance.has(block))) return [];
  const texts = blocks.map((block) => block.text.replace(/\s+/gu, ' '));
  if (texts.some((text) => SAYS_NOT_APPEALABLE.test(text))) return [];
  const named = route.bodyDeadlines.find(({ body }) => texts.some((text) => text.toLowerCase().includes(body.toLowerCase())));
  return named ? [{
    message: say('bodyDeadlineMissing', { body: named.body, weeks: String(named.weeks), citation: cite(named.citation) }),
    range: blockRange(blocks[0]),
    severityCap: 'warning',
  }] : [];
}

/** What to check when guidance is missing on a route outside the social area: each law's appeal body is its own. A test holds an entry for every such route in the catalogue. */
export const GUIDANCE_ELSEWHERE: Partial<Record<AppealRoute['id'], Parameters<typeof say>[0]>> = {
  healthLaw: 'missingElsewhereHealthLaw',
  specialEducation: 'missingElsewhereSpecialEducation',
};

/** Guidance on a direct route that sends the complaint to the municipality for reassessment. */
const TO_MUNICIPALITY = /kommun|genvurder|til os(?![\p{L}])/iu;
const NOT_TO_MUNICIPALITY = /ikke|direkte|(?<![\p{L}])(?:ingen|uden)(?![\p{L}])/iu;
/** A reassessment by the municipality, which a direct route never has: a wrong route, not only a place to send. */
const REASSESSED = /genvurder|vurdere[rt]?[ \t\u00a0\n]+(?:\p{L}+[ \t\u00a0\n]+)?igen|se[rt]?[ \t\u00a0\n]+(?:\p{L}+[ \t\u00a0\n]+)?på[ \t\u00a0\n]+(?:\p{L}+[ \t\u00a0\n]+)?igen/iu;

function sentToMunicipality(letter: LetterModel, blocks: Block[], route: AppealRoute): Report[] {
  const inGuidance = new Set(blocks);
  const inBlocks = (block: Block): boolean => inGuidance.has(block);
  const sentences = (['appeal.lodging', 'appeal.lodgingVerb', 'appeal.reassessment'] as const).flatMap((group) => letter.find(group, inBlocks))
    .map((h) => letter.sentenceAt(h.block, h.textStart))
    .filter(({ start, end }) => {
      const sentence = letter.source.slice(start, end);
      return TO_MUNICIPALITY.test(sentence) && !NOT_TO_MUNICIPALITY.test(sentence);
    });
  if (sentences.length === 0) return [];
  // A reassessment by the municipality is the wrong route for sure; a place to send alone may be one that forwards it.
  const reassessed = sentences.find(({ start, end }) => REASSESSED.test(letter.source.slice(start, end)));
  return [{
    message: say('sentToMunicipality', { route: ROUTE_NAMES[route.id], citation: routeCitation(route) }),
    range: reassessed ?? sentences[0],
    severityCap: reassessed ? 'warning' : 'information',
  }];
}

/** A child of 10 to 17 named by age: »Sofia er 12 år«, »din søn på 14 år«, »den 11-årige«. */
const CHILD_AGE = /(?:(?<![\p{L}])(?:er|på|fylder|fyldt|blev|nu)[ \u00a0]+|\()(1[0-7])[ \u00a0]+år(?![\p{L}])|(?<![\p{L}\p{N}])(1[0-7])-årig/iu;

/**
 * A decision of a kind where a child of 10 or more exercises party powers and may complain (barnets lov § 3), about a
 * child the letter names as 10 to 17, whose guidance speaks only to the parents: something to check, since the child
 * may get a letter of its own.
 */
function childOwnRight(letter: LetterModel, blocks: readonly Block[]): Report[] {
  const since = notBefore(letter);
  if (since === undefined || since < lawById('BL')!.inForceFrom!) return [];
  const basis = decisionReferences(letter).map((reference) => withDecisionLaw(letter, reference)).find((reference) => referenceInSet('childPartyPowers', reference));
  if (!basis || letter.has('appeal.childOwnRight') || letter.has('addressee.child')) return [];
  const inGuidance = new Set(blocks);
  const age = letter.blocks.filter((block) => block.kind === 'paragraph' && !inGuidance.has(block)).map((block) => CHILD_AGE.exec(block.text)).find((m) => m !== null);
  if (!age) return [];
  return [{
    message: say('childOwnRight', { age: age[1] ?? age[2], provision: `${lawName(basis.law!)} ${paragraphLabel(basis.paragraphs[0])}`, citation: cite('BL 3') }),
    range: blockRange(blocks[0]),
    severityCap: 'information',
  }];
}

/** "sender vi klagen videre til Ankestyrelsen inden 4 uger": the municipality's time to send the complaint on (RSL § 66), not the citizen's to complain. */
function municipalityForwards(letter: LetterModel, deadline: Hit): boolean {
  const from = sentenceSpanAt(letter, deadline.block, deadline.textStart).start;
  return letter.matchesIn(deadline.block, 'appeal.forwarding').some((match) => match.start >= from && match.end <= deadline.textStart);
}

/** The profile's own appeal body or deadline ("Børne- og Ungeudvalget", "8 uger") counts as named too. */
function namedByProfile(element: Element, blocks: Block[], options: Readonly<Profile>): boolean {
  const own = element.group === 'appeal.body' ? options.appealBody : element.group === 'appeal.deadline' ? options.complaintDeadline : undefined;
  return own !== undefined && blocks.some((block) => block.text.toLowerCase().includes(own.toLowerCase()));
}

export const klagevejledning: Rule = {
  id: 'klagevejledning',
  title: 'Klagevejledning mangler eller er ufuldstændig',
  titleEn: 'Appeal guidance missing or incomplete',
  source: {
    citation: cite('FVL 25; RSL 66-67'),
    urls: [
      'https://pav.medst.dk/forvaltningsret-persondataloven-mv/forvaltningsloven/klagevejledning/',
      'https://aktivsocialraadgiver.dk/klagevejledning-indhold-vejledning-og-domstolsproevelse/',
      'https://ast.dk/for-borgere-med-en-klagesag/din-sag-i-ankestyrelsen/klagevejledning-og-tidsfrister',
      'https://www.3f.dk/fagforening/syg/klag-over-afgoerelse',
    ],
  },
  defaultSeverity: 'error',
  fixable: true,
  silentOnFullApproval: true,
  check({ letter, options }) {
    const route = letterAppealRoute(letter);
    if (route.route.kind === 'none') return closedToAppeal(letter, route, options);
    const blocks = appealGuidance(letter);
    if (route.route.kind === 'other') return blocks.length > 0 ? bodyDeadlineMissing(letter, blocks, route.route) : guidanceElsewhere(letter, route.route);
    // A letter that upholds the decision after reassessment and has sent the complaint on: nothing is left to appeal.
    // Under a title that tells of the reassessment (»Resultat af genvurderingen«), or after a paragraph that tells it and the
    // complaint sent on, what it says of the complaint is no new guidance.
    // So is one whose only words on guidance leave it out for a part granted in full (»Du har fået fuldt ud det, du bad om på
    // dette punkt. Derfor er der ingen klagevejledning til denne del.«): the rest of the complaint goes on by itself.
    if (route.route.kind !== 'direct' && letter.has('appeal.forwarded') && (blocks.every((block) => omitsGuidanceForFullApproval(letter, block)) || titledReassessment(letter) || sentOnAfterReassessment(letter))) return [];
    if (blocks.length === 0) return missingGuidance(letter, route, options);
    const inGuidance = new Set(blocks);
    const head = blocks[0];
    const last = blocks[blocks.length - 1];
    const direct = route.route.kind === 'direct';
    // No deadline applies to some routes (partsaktindsigt): none is asked for, and one named is something to check.
    const noDeadline = route.route.noDeadline === true;
    const elements = (direct ? DIRECT_ELEMENTS : REASSESSMENT_ELEMENTS).filter((element) => !(noDeadline && element.group === 'appeal.deadline'));
    const deadlines = letter.find('appeal.deadline', (block) => inGuidance.has(block));
    // "sender vi klagen videre inden 4 uger" alone: the citizen's deadline may still be phrased in a way not read here.
    const onlyForwarding = deadlines.length > 0 && deadlines.every((hit) => municipalityForwards(letter, hit));
    const named = (element: Element): boolean =>
      element.group === 'appeal.lodging' ? namesLodging(letter, blocks)
        : element.group === 'appeal.deadline' ? deadlines.length > 0 && !onlyForwarding
          : letter.has(element.group, (block) => inGuidance.has(block));
    const missing = elements.filter((element) => !named(element) && !namedByProfile(element, blocks, options))
      .map((element): Report => ({
        ...(element.group === 'appeal.deadline' && onlyForwarding
          ? { message: say('deadlineOnlyForwarding'), severityCap: 'warning' as const }
          : { message: direct ? { ...element.message, args: { citation: routeCitation(route.route) } } : element.message }),
        range: blockRange(head),
        fix: head.kind === 'heading'
          ? appendToSection(letter, head, element.snippet, element.fixTitle, options)
          : insertAfter(letter, last, element.snippet, element.fixTitle, options),
      }));
    // A child's own right to appeal at 12 is the old serviceloven's: under barnets lov (from 1.1.2024) it is 10 in the cases it lists.
    const since = notBefore(letter);
    const ageTwelve = since !== undefined && since >= lawById('BL')!.inForceFrom!
      ? firstHitPerSentence(letter, letter.find('appeal.childAgeTwelve')).filter(({ sentence }) => /klag/iu.test(letter.source.slice(sentence.start, sentence.end)))
      : [];
    const childAge = ageTwelve.map(({ hit, sentence }): Report => ({ message: say('childAgeTwelve', { hit: hit.text }), range: sentence, severityCap: 'information' }));
    // The deadline runs from the day the decision is received, not from its date (RSL § 67).
    // A sentence that works out when the letter counts as received (»regnes brevet for modtaget 6 hverdage efter afsendelsen«) starts it right,
    // and so does one that says where the deadline does not run from (»… fra den dag, du fik brevet, ikke fra datoen på brevet«).
    const fromDate = deadlines.length > 0 ? letter.find('appeal.deadlineFromDate', (block) => inGuidance.has(block))
      .filter((hit) => !inSentenceWith(letter, hit.block, hit.textStart, 'appeal.deemedReceipt')
        && !negatedJustBefore(letter, hit.block, matchOfHit(hit))) : [];
    const wrongStart = firstHitPerSentence(letter, fromDate).map(({ hit, sentence }): Report => ({ message: say('deadlineFromDate', { hit: hit.text }), range: sentence, severityCap: 'warning' }));
    const deadlineNamed: Report[] = noDeadline && deadlines.length > 0 && !onlyForwarding
      ? [{ message: say('deadlineNotApplicable', { route: ROUTE_NAMES[route.route.id], citation: routeCitation(route.route) }), range: letter.sentenceAt(deadlines[0].block, deadlines[0].textStart), severityCap: 'information' }]
      : [];
    return [...missing, ...wrongStart, ...childAge, ...childOwnRight(letter, blocks), ...deadlineNamed, ...(direct ? sentToMunicipality(letter, blocks, route.route) : [])];
  },
};
