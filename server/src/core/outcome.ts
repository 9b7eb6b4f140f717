import type { Block } from './markdown';
import { type LetterModel, matchOfHit, oncePerLetter } from './letter';
import { outsideAppealGuidance } from './anchors';
import { PhraseMatch, insideAny } from './phrases';
import { PARTY_ESTIMATE, conditionLedItem, figureNumber, inSentenceWith, itemsLead, namesLimitBefore, negatedJustBefore, sentenceIndexAt, sentenceSpanAt } from './elements';
import { negatesOrLimits } from './negation';
import { countUpTo } from './sorted';

/**
 * What the decision gives the party. A full approval (fuldt medhold) needs
 * neither reasons (FVL § 22) nor appeal guidance (FVL § 25, stk. 1, 2. pkt.),
 * so the rules that demand them stay silent.
 */
export interface Outcome {
  fullApproval: boolean;
  /**
   * Not said to be a full approval, but the decision grants something and
   * nothing in the letter refuses, reduces or limits it ("Du får
   * badebænken."): it may well be one, so a rule that would demand what a
   * full approval does not need says what to check rather than raise an error.
   */
  mayBeFullApproval: boolean;
}

/** A grant in the sentence: the party gets, is granted or keeps something (»Du fortsætter med den samme støtte«). */
const GRANT = /(?<![\p{L}])(?:får|fik|fået|bevilg\p{L}*|bevillig\p{L}*|give[rst]?|imødekom\p{L}*|godkend\p{L}*|anbring(?:e|es|er)|(?:sagt|siger|siges)[ \u00a0]+ja|fortsætter[ \u00a0]+med|beholder)(?![\p{L}])/iu;
/** A grant told in the past tense. */
const GRANTED_BEFORE = /(?<![\p{L}])fik(?![\p{L}])/giu;

/** Sentences end before a capital letter: "stk. 1," and "1. juni" go on. */
const SENTENCE_END = /(?<=[.!?])\s+(?=[\p{Lu}»"])/u;

/** What was applied for or wished: a literal test before the sentence patterns. */
const APPLIED_FOR = /søgt|ønske|bad[ \u00a0]+om|bedt[ \u00a0]+om|gerne[ \u00a0]+vil/iu;

/** Whether a sentence grants something with no negation or limit. */
function grantsWithoutLimit(sentence: string): boolean {
  // A negation or limit in the same sentence undoes the grant (»Du får ikke det, du har søgt om«, »Du får færre dage, end …«).
  return GRANT.test(sentence) && !negatesOrLimits(sentence);
}

/** »…, som du ønskede.«, »…, som I selv har bedt om.«, »…, sådan som I og Freja har ønsket.«: the clause ends with the party's wish, granted as an application is. */
const WISHED = /(?:\bsom|,)\s+(?:du|I|De|han|hun|\p{Lu}\p{Ll}+)(?:\s+og\s+(?:du|I|De|han|hun|\p{Lu}\p{Ll}+))?\s+(?:selv\s+)?(?:har\s+ønsket|ønskede|ønsker|gerne\s+ville|gerne\s+vil|har\s+bedt\s+om|bad\s+om)\s*(?:[.,;!)]|$)/u;

/** »…, som du har søgt om.«, »…, som du søgte om den 15. oktober 2025.«, »som ansøgt«: the clause ends with the application. */
const AS_APPLIED = /(?:\bsom|,)\s+(?:\p{L}+\s+)?(?:\p{L}+\s+)?(?:har\s+(?:an)?søgt|(?:an)?søgte)\s+om(?:\s+(?:den\s+)?\d{1,2}\.\s*\p{L}+(?:\s+\d{4})?)?\s*(?:[.,;!)]|$)|\bsom\s+ansøgt\b/iu;

/**
 * Whether a block grants exactly what was applied for, in any word order: a
 * grant and, closing the clause, "(som|, ) du/I/De/<name> har (an)søgt om" or
 * "som ansøgt", the application's date after it or not ("Du får begge dele, som du har søgt om.", "Vi har bevilget den
 * el-kørestol, du har søgt om.", "Peter får ledsagelse …, som du har søgt om.").
 */
function grantsAsApplied(letter: LetterModel, block: Block): boolean {
  return letter.memo(block, 'outcome.grantsAsApplied', grantsAsAppliedIn);
}

function grantsAsAppliedIn(text: string): boolean {
  // Most paragraphs say nothing of what was applied for: a literal search rules them out before the sentence patterns run.
  return APPLIED_FOR.test(text) && text.split(SENTENCE_END).some((sentence) => (AS_APPLIED.test(sentence) || WISHED.test(sentence)) && grantsWithoutLimit(sentence));
}

/** Whether a sentence of a paragraph grants something without a negation or limit ("Du får badebænken."). */
function grantsInParagraph(letter: LetterModel, block: Block): boolean {
  return block.kind === 'paragraph' && letter.memo(block, 'outcome.grants', (text) => text.split(SENTENCE_END).some(grantsWithoutLimit));
}

/**
 * Whether the decision section grants something without a negation or limit, or, in a letter without one, a paragraph
 * that names the provision does (»Du får ledsagelse 15 timer om måneden efter servicelovens § 97«).
 */
function decisionSectionGrants(letter: LetterModel, relevant: (block: Block) => boolean): boolean {
  const section = letter.sectionBlocks('afgoerelse');
  if (section.length > 0) return section.some((block) => grantsInParagraph(letter, block));
  return letter.blocks.some((block) => relevant(block) && letter.referencesIn(block).length > 0 && grantsInParagraph(letter, block));
}

/** A sentence that opens with its verb before its subject, as a condition does (»Giver vi …«, »Bruger du …«, »Ansøges der …«, »Vil du hellere …«). */
const VERB_FIRST = String.raw`^[^\p{L}]*(?:\p{Lu}\p{Ll}*(?:r|s)|Vil|Skal|Kan|Må)[ \u00a0]+`;

/** A sentence on a complaint or a condition: »Giver vi dig fuldt medhold, …«, »Får du medhold i din klage, …«. */
const ABOUT_A_COMPLAINT = new RegExp(String.raw`klag|${VERB_FIRST}(?:vi|du|I|De|kommunen)(?![\p{L}])`, 'u');

/**
 * Whether a full approval said in the appeal guidance tells the outcome (»I har fået det, I bad om. Hvis I alligevel er
 * utilfredse …«): a sentence of its own, not on a complaint or a condition.
 */
function toldInGuidance(letter: LetterModel, block: Block, match: PhraseMatch): boolean {
  const { start, end } = sentenceSpanAt(letter, block, match.start);
  return !inSentenceWith(letter, block, match.start, 'hypothetical') && !ABOUT_A_COMPLAINT.test(block.text.slice(start, end));
}

/**
 * Whether the letter leaves out the appeal guidance because it gives all that was applied for, saying so in one
 * paragraph ("Da I har fået fuldt medhold, er der ikke knyttet klagevejledning til afgørelsen"). That paragraph
 * often stands where the guidance would, which the other tests of a full approval pass over.
 */
function omitsGuidanceAsFullApproval(letter: LetterModel): boolean {
  return letter.find('appeal.omitted').some(({ block }) => omitsGuidanceForFullApproval(letter, block));
}

/** A paragraph that leaves the guidance out because it grants in full (»… fuldt ud det, du bad om. Derfor er der ingen klagevejledning«). */
export function omitsGuidanceForFullApproval(letter: LetterModel, block: Block): boolean {
  const omissions = letter.matchesIn(block, 'appeal.omitted');
  return omissions.length > 0 && (letter.matchesIn(block, 'fullApproval').length > 0 || grantsAsAppliedIn(withoutMatches(block.text, omissions)));
}

/** The text with the matches blanked out: »ikke« in »er der ikke vedlagt klagevejledning« negates no grant in its sentence. */
function withoutMatches(text: string, matches: readonly PhraseMatch[]): string {
  let result = text;
  for (const match of matches) result = result.slice(0, match.start) + ' '.repeat(match.end - match.start) + result.slice(match.end);
  return result;
}

/**
 * Whether the letter refuses, limits or changes help: not where »ikke kan få« states the condition that a need cannot
 * be met otherwise, where an outcome is one of the possibilities (»helt eller delvist medhold«), where a reduction
 * is only considered or decided against (»besluttet ikke at nedsætte«), nor in a sentence that says the matter is not
 * decided here.
 */
function limits(letter: LetterModel, relevant: (block: Block) => boolean): boolean {
  return letter.has('notFullOutcome', (block) => relevant(block) && !itemApplied(letter, block) && !conditionLedItem(letter, block)
    && letter.matchesIn(block, 'notFullOutcome').some((limit) => !NO_LIMIT_OF_THIS_OUTCOME.some((reason) => reason(letter, block, limit))))
    || figuresGrantedBelowApplied(letter).length > 0;
}

/** Phrase groups whose match around a limit's words says what they are instead: a condition, a possibility, no cut, the party's own activity. */
const NOT_A_LIMIT = ['notFullOutcome.condition', 'notFullOutcome.either', 'notFullOutcome.noCut', 'notFullOutcome.partyActivity'] as const;

/** Why a limit's words in a block limit nothing of this outcome: one test each, the cheap ones first. */
const NO_LIMIT_OF_THIS_OUTCOME: ReadonlyArray<(letter: LetterModel, block: Block, limit: PhraseMatch) => boolean> = [
  (letter, block, limit) => NOT_A_LIMIT.some((group) => insideAny(limit, letter.matchesIn(block, group))),
  withdrawn,
  negatedJustBefore,
  (_, block, limit) => NOT_THE_OUTCOME_BEFORE.test(block.text.slice(Math.max(0, limit.start - 24), limit.start)),
  (_, block, limit) => COMPLAINED_OF_BEFORE.test(block.text.slice(Math.max(0, limit.start - 40), limit.start)),
  (_, block, limit) => NEGATED_AFTER.test(block.text.slice(limit.end, limit.end + NEGATED_AFTER_REACH)),
  // »Kommunen har ikke truffet afgørelse om dit ophold og skal ikke godkende det«: a matter the letter does not decide.
  (letter, block, limit) => inSentenceWith(letter, block, limit.start, 'declares.notDecision'),
  toldAsHistory,
  onCondition,
  partyWished,
  askedByParty,
  toldByParty,
  (_, block, limit) => raisedInstead(block, limit),
  // »Du får i stedet for den gamle stol en ny«: »i stedet for« is read as such (INSTEAD_OF), not as help in another form.
  (_, block, limit) => INSTEAD_AT_END.test(limit.text) && FOR_NEXT.test(block.text.slice(limit.end, limit.end + 8)),
  inApplicationClause,
  replacedAsApplied,
  (_, block, limit) => inItemNote(block, limit),
  (letter, block, limit) => insideAny(limit, waivedClaims(letter, block)),
  (_, block, limit) => inTitleOfRules(block, limit),
  (letter, _, limit) => STOP.test(limit.text) && stopWishedAsAWhole(letter),
  currentHelpGivesWay,
  (letter, _, limit) => CHANGE_OF_HELP.test(limit.text) && leavesOutGuidanceAsFullApproval(letter),
  // »Dit forløb forlænges, så det nu slutter den 26. september i stedet for den 5. september«: the extension applied for.
  (letter, block, limit) => INSTEAD_OF.test(limit.text) && inSentenceWith(letter, block, limit.start, 'extension', 'notFullOutcome'),
  restatesLaw,
  statesConditionOfLaw,
  loanTerms,
  // »Ordningen starter den 1. oktober 2025, og hjemmeplejen stopper samme dag«: the help granted takes the old help's place.
  (letter, block, limit) => STOP.test(limit.text) && STARTS_SAME_DAY.test(sentenceOf(letter, block, limit.start)),
];

/** A limit's words that end in »i stedet« (»Du får i stedet træning hjemme«), and the »for« that makes them »i stedet for«. */
const INSTEAD_AT_END = /i[ \u00a0]+stedet$/iu;
const FOR_NEXT = /^[ \u00a0]+for(?![\p{L}])/iu;

/** Something starts the day the help stops, said in one sentence (»… starter den 1. oktober, og hjemmeplejen stopper samme dag«). */
const STARTS_SAME_DAY = /(?<![\p{L}])(?:starter|begynder)(?![\p{L}])[^;!?]{0,120}?(?<![\p{L}])samme[ \u00a0]+dag(?![\p{L}])|(?<![\p{L}])samme[ \u00a0]+dag[^;!?]{0,120}?(?<![\p{L}])(?:starter|begynder)(?![\p{L}])/iu;

/** The sentence of a block's text that holds `offset`. */
function sentenceOf(letter: LetterModel, block: Block, offset: number): string {
  const { start, end } = sentenceSpanAt(letter, block, offset);
  return block.text.slice(start, end);
}

const REPAID = /tilbage|afdrag/iu;
const LOAN = /(?<![\p{L}])(?:lån|lånet|lånets|lånene|gældsbrev\p{L}*)(?![\p{L}])/iu;

/** »Herefter skal lånet forrentes og tilbagebetales …«: a loan is paid back by its terms, no limit of the loan granted. */
function loanTerms(letter: LetterModel, block: Block, limit: PhraseMatch): boolean {
  return REPAID.test(limit.text) && LOAN.test(sentenceOf(letter, block, limit.start));
}

/** A sentence that opens by citing a provision: »Efter servicelovens § 165, stk. 2, …«, »I henhold til § 83 …«, »Det følger af § 41, at …«. */
const CITES_PROVISION_FIRST = /^[^\p{L}§]*(?:efter|ifølge|i[ \u00a0]+henhold[ \u00a0]+til|det[ \u00a0]+følger[ \u00a0]+af)[ \u00a0]+[^.;:!?§]{0,60}?§[ \u00a0]*\d+(?:[ \u00a0]*[a-z](?![\p{L}]))?(?:,?[ \u00a0]*(?:stk|nr)\.[ \u00a0]*\d+)*,?/iu;
/** The party or the authority deciding now, which a statement of the law does not name. */
const PARTY_OR_US = /(?<![\p{L}])(?:du|dig|din|dit|dine|I|jer|jeres|De|Dem|Deres|vi|os|vores)(?![\p{L}])/u;

/**
 * Whether a limit lies in the law restated, of no one in particular (»Efter servicelovens § 165, stk. 2, bortfalder et
 * tilbagebetalingskrav, når der er gået 5 år …«): what the law says, not what this decision does to the party.
 */
function restatesLaw(letter: LetterModel, block: Block, limit: PhraseMatch): boolean {
  const { start, end } = sentenceSpanAt(letter, block, limit.start);
  const opener = CITES_PROVISION_FIRST.exec(block.text.slice(start, end));
  return opener !== null && start + opener[0].length <= limit.start && !PARTY_OR_US.test(block.text.slice(start + opener[0].length, end));
}

/** A condition that follows what can only be done (»… kan kun bevilges, når behovet skyldes en varig øjenlidelse«). */
const CONDITION_AFTER = /(?<![\p{L}])(?:når|hvis|såfremt|forudsat|medmindre)(?![\p{L}])/iu;

/**
 * Whether a limit in the passive states the law's condition for help of that kind, of no one in particular (»Briller
 * kan kun bevilges som hjælpemiddel, når behovet skyldes en varig øjenlidelse«, »Der kan kun bevilges tilskud, hvis …«): the
 * rule the assessment applies, not a cut of this party's help.
 */
function statesConditionOfLaw(letter: LetterModel, block: Block, limit: PhraseMatch): boolean {
  if (!/es$/iu.test(limit.text)) return false;
  const { start, end } = sentenceSpanAt(letter, block, limit.start);
  return CONDITION_AFTER.test(block.text.slice(limit.end, end)) && !PARTY_OR_US.test(block.text.slice(start, end));
}

/** »i stedet for«: what a change of help replaces. */
const INSTEAD_OF_WORDS = 'i[ \u00a0]+stedet[ \u00a0]+for';
const INSTEAD_OF = new RegExp(`^${INSTEAD_OF_WORDS}`, 'iu');

/** The beginnings of the words that stop help (»stopper«, »ophører«, »afsluttes«, »bortfalder«). */
export const STOP_WORDS = 'stop|ophør|afslut|bortfald';
const STOP = new RegExp(`^(?:${STOP_WORDS})`, 'iu');
/** The words of a stop or a swap, which also tell the change a grant brings (»… stopper, samme dag som ordningen starter«), unlike a refusal or a cut. */
const CHANGE_OF_HELP = new RegExp(`^(?:${STOP_WORDS}|${INSTEAD_OF_WORDS})`, 'iu');

/**
 * A letter that leaves out the guidance because it grants all that was applied for says so in as many words: a stop or
 * a swap beside it (»din ledsagelse efter barnets lov stopper samme dag«, »ansat i Myndighed Voksne i stedet for i Børn og
 * Familie«) is the change the grant brings. A refusal or a cut still limits.
 */
const leavesOutGuidanceAsFullApproval = oncePerLetter(omitsGuidanceAsFullApproval);

/** The help the party has now, before a stop in its sentence (»Den hjælp, Mathias i dag får fra hjemmeplejen, stopper …«). */
const CURRENT_HELP = /(?<![\p{L}])(?:i[ \u00a0]+dag|nuværende|hidtidige)(?![\p{L}])/iu;

/**
 * Whether a stop is of the help the party has now, in a letter that says it grants »fuldt ud« or in »fuldt omfang« all
 * that was applied for (»Vi har bevilget jeres ansøgning fuldt ud«): the old help gives way to the new, which is what was
 * applied for. A grant of one thing as applied for (»Du får den badebænk, du har søgt om«) says nothing of other help.
 */
function currentHelpGivesWay(letter: LetterModel, block: Block, limit: PhraseMatch): boolean {
  if (!STOP.test(limit.text) || !fullApprovalsSaid(letter).some((match) => FULLY.test(match.text))) return false;
  const { start } = sentenceSpanAt(letter, block, limit.start);
  return CURRENT_HELP.test(block.text.slice(start, limit.start));
}

const FULLY = /fuld/iu;

/** The full approvals said in words (»Du har fået fuldt ud, hvad du søgte om«), outside the guidance or told in it. */
const fullApprovalsSaid = oncePerLetter((letter): readonly PhraseMatch[] => {
  const relevant = outsideAppealGuidance(letter);
  const said: PhraseMatch[] = [];
  for (const hit of letter.find('fullApproval')) {
    const match = matchOfHit(hit);
    if (!negatedJustBefore(letter, hit.block, match) && (relevant(hit.block) || toldInGuidance(letter, hit.block, match))) said.push(match);
  }
  return said;
});

/**
 * Whether the letter says of a stop as a whole that the party asked for it (»Din bostøtte stopper – som du har bedt
 * om«, a title's way): where it tells the stop again (»Din bostøtte … stopper den 30. april«), that is the same stop.
 */
const stopWishedAsAWhole = oncePerLetter((letter): boolean => letter.has('notFullOutcome', (block) => letter.matchesIn(block, 'notFullOutcome')
  .some((change) => STOP.test(change.text) && WISHED_AFTER_CHANGE.test(block.text.slice(change.end, sentenceSpanAt(letter, block, change.start).end)))));

/** The title of a law, an executive order or a guidance that ends right before a limit's word (»bekendtgørelse om … opkrævning af tilbagebetalingskrav«, »lov om tilbagebetaling«). */
const TITLE_OF_RULES_BEFORE = /(?<![\p{L}])(?:lov|loven|bekendtgørelse|bekendtgørelsen|vejledning|vejledningen|cirkulære|cirkulæret)[ \u00a0]+om(?![\p{L}])(?:[^.;:!?,§]{0,80}[ \u00a0]af)?[ \u00a0]+$/iu;

/**
 * Whether a limit's word is the subject of the title of rules the letter names, right after »om« or »af«, not the
 * outcome: a limit after the title (»Efter lov om social service nedsættes din hjælp«) is the sentence's own.
 */
function inTitleOfRules(block: Block, limit: PhraseMatch): boolean {
  return TITLE_OF_RULES_BEFORE.test(block.text.slice(Math.max(0, limit.start - 100), limit.start));
}

/**
 * The repayment claims a paragraph waives in whole (»Vi kræver ikke pengene tilbage«, »Der er ikke grundlag for at kræve
 * beløbet tilbage«): not a part of the sum (»ikke hele beløbet«, »… tilbage, men 1.500 kr.«, »kun«), and not a waiver
 * negated (»Vi kan ikke frafalde kravet«).
 */
function waivedClaims(letter: LetterModel, block: Block): readonly PhraseMatch[] {
  // Once per text: the outcome asks for every limit of the paragraph, and for the paragraph itself.
  return letter.memo(block, 'outcome.waivedClaims', waivedClaimsIn);
}

function waivedClaimsIn(text: string, block: Block, letter: LetterModel): readonly PhraseMatch[] {
  return letter.matchesIn(block, 'claimWaived').filter((waiver) => !PART_OF_SUM.test(waiver.text) && !negatedJustBefore(letter, block, waiver)
    && !PART_AFTER.test(text.slice(waiver.end, sentenceSpanAt(letter, block, waiver.start).end)));
}

/** Words that make a waiver one of part of the sum. */
const PART_OF_SUM = /(?<![\p{L}])(?:hele|alt|alle|fulde|kun|del|halvdelen|resten)(?![\p{L}])/iu;
const PART_AFTER = /^[^.;!?]{0,40}?(?<![\p{L}])(?:men|kun|dog|bortset)(?![\p{L}])/iu;

/**
 * Whether a limit is a note in brackets on a line of expenses, before its amount (»Ekstra bleer (bleer fra depotet er
 * ikke medregnet)   180 kr.«): it says what the item holds, not what the decision refuses.
 */
function inItemNote(block: Block, limit: PhraseMatch): boolean {
  const text = block.text;
  const lineStart = text.lastIndexOf('\n', limit.start - 1) + 1;
  const lineBreak = text.indexOf('\n', limit.end);
  const lineEnd = lineBreak < 0 ? text.length : lineBreak;
  const open = text.lastIndexOf('(', limit.start);
  const close = text.indexOf(')', limit.end);
  return open >= lineStart && !text.slice(open, limit.start).includes(')') && close >= 0 && close < lineEnd && AMOUNT_AFTER_NOTE.test(text.slice(close, lineEnd));
}

/** The item's amount after its note: »)   180 kr.«. */
const AMOUNT_AFTER_NOTE = /^\)[^(\n]*\d[\d.,]*[ \u00a0]*(?:kr|kroner)(?![\p{L}])/iu;

/**
 * Right before a limit, what makes it no limit of this outcome: »man«, the rule told of anyone (»tilskud til
 * indretning, selv om man ikke får støtte til køb af bil«), or »så du«, what the help is for (»at du selv kan svare på
 * din post, så du ikke får flere rykkere«).
 */
const NOT_THE_OUTCOME_BEFORE = /(?<![\p{L}])(?:[Mm]an|[Ss]å[ \u00a0]+(?:at[ \u00a0]+)?(?:du|I|De|han|hun|barnet|den unge))[ \u00a0]+$/u;

/** The decision a complaint is about, right before a limit's word (»medhold i din klage over afslag på ledsagelse«): the decision complained of, not this one. */
const COMPLAINED_OF_BEFORE = /(?<![\p{L}])klage[nr]?[ \u00a0]+over[ \u00a0]+(?:(?:vores|kommunens|vort|jeres|det|den)[ \u00a0]+)?(?:\p{L}+[ \u00a0]+)?$/iu;

/** A limit's verb negated after it, as a main clause puts it (»ordningen stopper derfor ikke«, »Hjælpen ophører ikke«). */
const NEGATED_AFTER = /^(?:[ \u00a0]+(?:derfor|altså|dermed|heller|således|fortsat|stadig))?[ \u00a0]+ikke(?![\p{L}])/u;
const NEGATED_AFTER_REACH = 24;

/** A lead that introduces the answers, not the application (»Du søgte om tre ting. Her er vores afgørelse:«). */
const ANSWER_LEAD = /afgørelse|svar|beslut|bevilg|bevillig|afslag|får/iu;

/**
 * Whether a block is an item of what was applied for, listed under a lead that says so (»Hun søgte om:« over »bad to
 * gange om ugen i stedet for én«): the party's wish, no limit of the outcome.
 */
function itemApplied(letter: LetterModel, block: Block): boolean {
  const lead = itemsLead(letter, block);
  return lead !== undefined && letter.matchesIn(lead, 'appliedFor').length > 0 && !ANSWER_LEAD.test(lead.text);
}

/** A sentence that opens with its verb and the party, a condition (»Bruger du færre timer, end der er bevilget, skal …«). */
const VERB_FIRST_CONDITION = new RegExp(String.raw`${VERB_FIRST}(?:du|I|De|man|din[ \u00a0]+\p{L}+|dit[ \u00a0]+\p{L}+|dine[ \u00a0]+\p{L}+|\p{Lu}\p{Ll}+)(?![\p{L}])[^.?!]*,[ \u00a0]*(?:skal|vil|kan|må|bliver|sender|får|har|er|gælder|bortfalder|stopper)(?![\p{L}])`, 'u');

/**
 * Whether a limit is what would happen on a condition (»Hvis du ikke bruger timerne, bortfalder de«, »Timer, der ikke
 * er brugt, bortfalder«, »Ydelsen ophører, når Freja fylder 18 år«), the natural end of a period granted (»Hjælpen
 * stopper automatisk den 12.12.2025«) or of help the grant takes the place of (»… stopper, fordi den erstattes af den
 * nye ydelse«), not the outcome.
 */
function onCondition(letter: LetterModel, block: Block, limit: PhraseMatch): boolean {
  if ((['hypothetical', 'notFullOutcome.unused', 'notFullOutcome.ofAge', 'notFullOutcome.expiry', 'notFullOutcome.replacedByGrant'] as const).some((group) => inSentenceWith(letter, block, limit.start, group))) return true;
  const { start, end } = letter.sentenceAt(block, limit.start);
  const sentence = letter.source.slice(start, end);
  if (VERB_FIRST_CONDITION.test(sentence)) return true;
  // »Ønsker De at bruge en anden håndværker, kan De det. Så skal De kontakte os, og kommunen dækker højst …«: the
  // consequence of the condition in the sentence before.
  if (!THEN.test(sentence)) return false;
  const sentences = letter.counts(block).sentences;
  const index = sentenceIndexAt(letter, block, limit.start);
  const before = index > 0 ? sentences[index - 1] : undefined;
  return before !== undefined && (VERB_FIRST_CONDITION.test(block.text.slice(before.start, before.end))
    || inSentenceWith(letter, block, before.start, 'hypothetical') || inSentenceWith(letter, block, before.start, 'notFullOutcome.unused'));
}

/**
 * A sentence that draws the consequence of the one before: »Så skal De …«, »I så fald …«, »Kommunen refunderer så …«,
 * »Derefter bortfalder de« after »Timer, Malthe ikke bruger, kan gemmes i op til 6 måneder«.
 */
const THEN = /^[^\p{L}]*(?:Så|Derefter|Herefter|I[ \u00a0]+så[ \u00a0]+fald|\p{L}+[ \u00a0]+\p{L}+[ \u00a0]+så)(?![\p{L}])/u;

/**
 * Whether help stops or changes because the party asked for it, said in its sentence, the next (»Det har du selv bedt
 * om«) or the one before (»Vi har imødekommet dit ønske. Rengøringen ophører den 31. august.«).
 */
function partyWished(letter: LetterModel, block: Block, limit: PhraseMatch): boolean {
  const sentences = letter.counts(block).sentences;
  const index = sentenceIndexAt(letter, block, limit.start);
  const from = index < 0 ? 0 : sentences[Math.max(0, index - 1)].start;
  const to = index < 0 ? block.text.length : sentences[Math.min(sentences.length - 1, index + 1)].end;
  // »Vi har ikke imødekommet din anmodning« refuses the wish.
  return letter.matchesIn(block, 'notFullOutcome.ownWish').some((wish) => wish.start >= from && wish.end <= to && !negatedJustBefore(letter, block, wish))
    || WISHED_AFTER_CHANGE.test(block.text.slice(limit.end, index >= 0 ? sentences[index].end : block.text.length));
}

/** Help kept as it is (»Du fortsætter med den samme støtte«, »Du beholder …«, »uændret«, »som hidtil«). */
const KEPT = /(?<![\p{L}])(?:fortsætter[ \u00a0]+med[ \u00a0]+(?:den|det|de)[ \u00a0]+samme|beholder|uændret|som[ \u00a0]+hidtil)(?![\p{L}])/iu;

/** Whether the party wished to keep the help and the letter keeps it as it is, in a sentence of its own that does not negate it. */
function keptAsWished(letter: LetterModel, relevant: (block: Block) => boolean): boolean {
  return letter.has('partyWish.keep', relevant)
    && letter.blocks.some((block) => block.kind === 'paragraph' && relevant(block) && block.text.split(SENTENCE_END).some((sentence) => KEPT.test(sentence) && !negatesOrLimits(sentence)));
}

/** Help that stops or changes as the party asked (»Din hjælp stopper 1. september – som du har bedt om«): the request granted. */
function wishCarriedOut(letter: LetterModel, relevant: (block: Block) => boolean): boolean {
  return letter.has('notFullOutcome', (block) => relevant(block) && letter.matchesIn(block, 'notFullOutcome').some((change) => partyWished(letter, block, change)));
}

/**
 * The party's wish set off by a dash after the change (»Din hjælp stopper 1. september – som du har bedt om«, a
 * title's way), or by a comma after its date (»… stopper den 31. august 2025, som I har ønsket«): said of the whole
 * change, where »…, som du har bedt om« after a noun names what was applied for.
 */
const WISHED_AFTER_CHANGE = /(?:[–—-]|(?<=\d\.?|(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december))[ \u00a0]*,)[ \u00a0]*(?:og[ \u00a0]+)?som[ \u00a0]+(?:du|I|De)[ \u00a0]+(?:selv[ \u00a0]+)?(?:har[ \u00a0]+)?(?:selv[ \u00a0]+)?(?:bedt[ \u00a0]+om|ønsket)(?![\p{L}])/u;

/** The party's own voice: a question of the kind a »Spørgsmål og svar« section answers (»Kan min datter hente …?«). */
const PARTY_VOICE = /(?<![\p{L}])(?:jeg|mig|min|mit|mine)(?![\p{L}])/iu;

const QUESTION_LENGTH = 300;

/** A turn from the party's account to what follows from it (»…, og hjælpen stopper derfor«). */
const TURNS_FROM_ACCOUNT = /[;:]|(?<![\p{L}])(?:og|men|derfor)(?![\p{L}])/iu;

/**
 * Whether a limit lies in what the party told, earlier in its sentence (»Du har fortalt, at Balder skal bo hos din
 * søster, når han stopper som førerhund«), with no turn to the outcome between.
 */
function toldByParty(letter: LetterModel, block: Block, limit: PhraseMatch): boolean {
  const sentence = sentenceSpanAt(letter, block, limit.start);
  const told = lastBefore(letter.matchesIn(block, 'notFullOutcome.partyTold'), limit.start);
  return told !== undefined && told.start >= sentence.start && !TURNS_FROM_ACCOUNT.test(block.text.slice(told.end, limit.start));
}

/** The last of `matches` (in text order, not overlapping) that ends by `offset`. */
function lastBefore(matches: readonly PhraseMatch[], offset: number): PhraseMatch | undefined {
  const count = countUpTo(matches, (match) => match.end, offset);
  return count > 0 ? matches[count - 1] : undefined;
}

/** Whether a limit lies in a question in the party's voice (»Kan jeg få hjælpen i stedet for …?«): asked, not decided. */
function askedByParty(letter: LetterModel, block: Block, limit: PhraseMatch): boolean {
  const sentence = sentenceSpanAt(letter, block, limit.start);
  // A question of »Spørgsmål og svar« is short: a long sentence that ends in »?« is no such question.
  if (sentence.end - sentence.start > QUESTION_LENGTH) return false;
  const text = block.text.slice(sentence.start, sentence.end).trimEnd();
  return text.endsWith('?') && PARTY_VOICE.test(text);
}

/**
 * Words between the application and a limit that turn to the outcome (»Du søgte om hver uge, men får hver anden uge«),
 * also as an authority announces it (»…, og man skal herved meddele Dem, at ansøgningen ikke kan imødekommes«).
 */
const TURNS_TO_OUTCOME = /(?<![\p{L}])(?:men|dog|får|fik|bevilg\p{L}*|bevillig\p{L}*|imødekom\p{L}*|afslag|giver|gives|kan|meddel\p{L}*|desværre|herved|hermed|ansøgningen)(?![\p{L}])/iu;

/**
 * Whether a limit lies in the application's own clause (»Du har søgt om … de tre andre dage i stedet for alle fem
 * dage«): the change the party asked for, no limit of the outcome.
 */
function inApplicationClause(letter: LetterModel, block: Block, limit: PhraseMatch): boolean {
  const sentence = letter.counts(block).sentences[sentenceIndexAt(letter, block, limit.start)];
  if (!sentence) return false;
  // The party asking (»Du har søgt om«), not the application named as the thing decided (»Ansøgningen om bad hver dag imødekommes ikke«).
  const applied = letter.matchesIn(block, 'appliedFor').filter((match) => match.start >= sentence.start && match.end <= limit.start && !/ansøgning/iu.test(match.text)).pop();
  if (applied === undefined) return false;
  const between = block.text.slice(applied.end, limit.start);
  return !TURNS_TO_OUTCOME.test(between) && !CLOSES_RELATIVE_CLAUSE.test(between);
}

/**
 * A comma right after the application that closes a relative clause (»Den anden eftermiddag, I har søgt om, bliver derfor
 * ikke bevilget«): the limit is the main clause's. (A comma that opens what was asked, »Du har søgt om, at …«, is the
 * party's request, which askedByParty reads.)
 */
const CLOSES_RELATIVE_CLAUSE = /^[ \u00a0]*,/u;

/** The words that name a help (»hjemmehjælp«, »sygeplejen«), not its articles and pronouns. */
const NAMING_WORD = /\p{L}{5,}/gu;

/** Whether two naming words are one noun, with or without its ending (»sygepleje«, »sygeplejen«), or one the head of the other compound (»hjælp«, »hjemmehjælp«). */
function sameNoun(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x.startsWith(y) || y.startsWith(x) || x.endsWith(y) || y.endsWith(x);
}

/** How far before a limit its sentence may name the help that ends (»Din hjemmehjælp og sygeplejen til personlig pleje stopper«). */
const SUBJECT_REACH = 120;

/** The help an application asks to have paid out or turned into another form (»om at få din hjemmehjælp udbetalt som et kontant tilskud«). */
const CONVERTED = /^(?:[^.;!?]|(?<=\d)\.){0,60}?(?<![\p{L}])(?:din|dit|dine|jeres|deres)[ \u00a0]+([^,.;:!?]{1,80}?)[ \u00a0]+(?:udbetalt|omlagt|lavet[ \u00a0]+om|ændret|omsat|konverteret)(?![\p{L}])/iu;

/**
 * A request by the party (»I bad om«, »Du har søgt om«, »De ønsker om«), not by the authority (»Vi bad om«, »Kommunen
 * har anmodet om«): the verbs that ask, with the authority's subject ruled out just before them.
 */
const PARTY_ASKS = String.raw`(?<![\p{L}])(?<!(?:[Vv]i|[Kk]ommunen|[Uu]dvalget)[ \u00a0]+(?:\p{L}+[ \u00a0]+)?)(?:bad|bedt|beder|anmodet|anmoder|anmodede|søgt|søgte|søger|ønsker|ønskede)[ \u00a0]+om`;

/** The party's request that a placed child come home (»I … bad om, at Elias flytter hjem«, »Du har søgt om hjemgivelse«): the placement ends as asked. */
const HOME_ASKED = new RegExp(String.raw`${PARTY_ASKS}(?![\p{L}])[^.;!?]{0,60}?(?<![\p{L}])(?:(?:flytte[rs]?|komme[rs]?|flytning)[ \u00a0]+hjem|hjemgiv\p{L}*)(?![\p{L}])`, 'u');

/** The party's request that something stop (»Du bad om, at din betaling for Malthes ophold stopper fra den dato«): group 1 names what stops, which then stops as asked. */
const STOP_ASKED = new RegExp(String.raw`${PARTY_ASKS},?[ \u00a0]+at[ \u00a0]+([^.;!?]{1,100}?)[ \u00a0]+(?:stopper|ophører|slutter|bortfalder|afsluttes)(?![\p{L}])`, 'gu');

/**
 * The words that name help the party applied to have replaced: each application's »i stedet for …« to its clause's end
 * (»Du søgte om BPA i stedet for den hjemmehjælp, du har i dag«), or the help it asks to have turned into another form
 * (»Du har søgt om at få din hjemmehjælp udbetalt som et kontant tilskud«), the placement of a child asked home, or
 * what the party asked to stop. Read once per letter.
 */
const replacedHelp = oncePerLetter((letter): readonly string[] => {
  const relevant = outsideAppealGuidance(letter);
  const words = new Set<string>();
  // Found again only for the blocks an edit changed: a long letter has hundreds of paragraphs, and every keystroke asks.
  for (const block of letter.blocksWhere('outcome.replacedHelp', (b) => replacedIn(letter, b).length > 0)) {
    if (relevant(block)) for (const word of replacedIn(letter, block)) words.add(word);
  }
  return [...words];
});

/** The words of one paragraph that name help asked to be replaced or to end: the same for every version with its text. */
function replacedIn(letter: LetterModel, block: Block): readonly string[] {
  return letter.memo(block, 'outcome.replacedHelp', replacedInText);
}

function replacedInText(text: string, block: Block, letter: LetterModel): readonly string[] {
  const words: string[] = [];
  const add = (named: string) => {
    for (const word of named.match(NAMING_WORD) ?? []) words.push(word.toLowerCase());
  };
  for (const instead of letter.matchesIn(block, 'notFullOutcome')) {
    if (instead.text.toLowerCase() !== 'i stedet for' || !inApplicationClause(letter, block, instead)) continue;
    add(/^[^,.;:!?]{0,200}/u.exec(text.slice(instead.end))![0]);
  }
  for (const applied of letter.matchesIn(block, 'appliedFor')) {
    const converted = CONVERTED.exec(text.slice(applied.end));
    if (converted) add(converted[1]);
  }
  if (HOME_ASKED.test(text)) add('anbringelsen');
  STOP_ASKED.lastIndex = 0;
  for (let m = STOP_ASKED.exec(text); m; m = STOP_ASKED.exec(text)) add(m[1]);
  return words;
}

/**
 * Whether a limit ends help the party applied to have replaced (»Du søgte om BPA i stedet for den hjemmehjælp, du har
 * i dag« … »Din hjemmehjælp stopper den 31. december«): the change asked for, no limit. The limit's sentence names the
 * replaced help.
 */
function replacedAsApplied(letter: LetterModel, block: Block, limit: PhraseMatch): boolean {
  const replaced = replacedHelp(letter);
  if (replaced.length === 0) return false;
  const sentence = sentenceSpanAt(letter, block, limit.start);
  // The help is named before the limit (»Din hjemmehjælp stopper«), or after it up to the clause's end (»… stopper den hjemmehjælp, du i dag får«).
  const after = /^[^,.;:!?]*/u.exec(block.text.slice(limit.end, sentence.end))![0];
  const named = [...block.text.slice(Math.max(sentence.start, limit.start - SUBJECT_REACH), limit.start).match(NAMING_WORD) ?? [], ...after.match(NAMING_WORD) ?? []];
  return named.some((name) => replaced.some((word) => sameNoun(word, name)));
}

/** What this letter does to an earlier decision in the same sentence: it upholds or changes it, so the limit stands. */
const ACTS_ON_EARLIER = /fasthold|ændre|nedsæt|stadig|fortsat|stop|ophør/iu;

/** An earlier decision Ankestyrelsen sent back, set aside or changed: whatever it decided is void, and this letter decides anew or carries out Ankestyrelsen's decision. */
const EARLIER_VOIDED = /hjemvis|ophævede|ophævet|underkendt|ankestyrelsen(?:\d+\.|[^.!?]){0,40}?ændre/iu;

/**
 * Whether a limit is the case's history (»Den 10. december 2025 gav vi dig afslag på en rampe«, »Afgørelsen af 10.
 * december bortfalder«, »Ankestyrelsen hjemviste vores afgørelse af 28. januar, hvor hjælpen skulle ophøre«), not this
 * letter's outcome.
 */
function toldAsHistory(letter: LetterModel, block: Block, limit: PhraseMatch): boolean {
  if (!inSentenceWith(letter, block, limit.start, 'notFullOutcome.earlier')) return false;
  const { start, end } = letter.sentenceAt(block, limit.start);
  const sentence = letter.source.slice(start, end);
  return EARLIER_VOIDED.test(sentence) || !ACTS_ON_EARLIER.test(sentence);
}

/** What may stand between a figure and »i stedet for« (»94 timer om ugen mere i stedet for«), and after it (»i stedet for de 84 timer«). */
const WORDS_BEFORE_INSTEAD = /^\.?(?:[ \u00a0]+\p{L}+){0,2}[ \u00a0]*$/u;
const WORDS_AFTER_INSTEAD = /^[ \u00a0]*(?:de[ \u00a0]+)?$/iu;

/** »94 timer om ugen i stedet for 84 timer«: more of the same than before, no limit. */
function raisedInstead(block: Block, limit: PhraseMatch): boolean {
  if (limit.text.toLowerCase() !== 'i stedet for') return false;
  const figures = [...block.text.matchAll(FIGURE)];
  const now = figures.filter((m) => m.index + m[0].length <= limit.start && WORDS_BEFORE_INSTEAD.test(block.text.slice(m.index + m[0].length, limit.start))).pop();
  const before = figures.find((m) => m.index >= limit.end && WORDS_AFTER_INSTEAD.test(block.text.slice(limit.end, m.index)));
  return now !== undefined && before !== undefined && unitKey(now[2]) === unitKey(before[2]) && figureNumber(now[1]) > figureNumber(before[1]);
}

/** A clause boundary: what follows it may decide for itself (»Du har valgt ikke at tage imod tilbuddet, og hjælpen ophører«). */
const CLAUSE_BOUNDARY = /[,;:]|\s(?:og|men|mens|samt|eller|så)\s/iu;

/** Whether a limit's word is one the authority only considered, announced or decided against, earlier in its clause. */
function withdrawn(letter: LetterModel, block: Block, limit: PhraseMatch): boolean {
  const sentence = sentenceIndexAt(letter, block, limit.start);
  return letter.matchesIn(block, 'notFullOutcome.withdrawn').some((marker) => marker.end <= limit.start
    && sentenceIndexAt(letter, block, marker.start) === sentence && !CLAUSE_BOUNDARY.test(block.text.slice(marker.end, limit.start)));
}

/** A figure with its unit and period: »1.150 kr. om måneden«, »8 timer om ugen«, »3½ time«, »4,5 timer«, »62 døgn om året«, »6 timers støtte om ugen«; a line may break between the figure and its unit, or anywhere in its period (»20 timer om⏎ugen«), as text pasted from a case system or a PDF does. */
const FIGURE = /(?<![\p{L}\p{N}.,])((?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d{1,2})?[½¼¾]?|[½¼¾])[ \u00a0]*(?:\r?\n[ \u00a0]*)?(kr\.?|kroner|timer?s?|døgns?|dage?s?|minutter|weekender|weekend|besøg)(?![\p{L}])(?:(?:[ \u00a0\r\n]+(?!(?:om|pr|per|i)(?![\p{L}]))\p{L}+)?[ \u00a0\r\n]+(?:om|pr\.?|per|i)[ \u00a0\r\n]+(\p{L}+))?/giu;
/** A figure's unit as one key: »kroner« is »kr.«, »time« is »timer«, »dag« is »dage«. */
const UNIT_KEY = /^(kr|time|dag|weekend)/iu;
const unitKey = (unit: string): string => (UNIT_KEY.exec(unit)?.[1] ?? unit).toLowerCase();
/** The application in a sentence: »søgt«, »Ansøgningen drejer sig om«, »Du bad om«, »Du har ønsket at beholde 98 timer«. */
const APPLIED = /(?<![\p{L}])(?:(?:an)?søgt(?:e)?|ansøgning(?:en)?|anmodning(?:en)?|bad[ \u00a0]+om|bedt[ \u00a0]+om|ønsket|ønsker)(?![\p{L}])/iu;

/** An application to have an expense covered: »søgt om refusion af udgiften«, »bad om dækning af regningen«. */
const EXPENSE_APPLIED = /(?<![\p{L}])(?:udgift\p{L}*|refusion\p{L}*|refunder\p{L}*|dækning|dække|regning\p{L}*|faktura\p{L}*)(?![\p{L}])/iu;
/** The price of what was applied for, named: »Fakturaen lyder på«, »Prisen er«, »Sengen koster«, »Udgiften var«. */
const PRICE_NAMED = /(?<![\p{L}])(?:faktura\p{L}*|regning\p{L}*|pris(?:en)?|koster|kostede|udgiften[ \u00a0]+(?:er|var|udgør|udgjorde)|beløber[ \u00a0]+sig)(?![\p{L}])/iu;

/** A figure set by the decision (»fastsættes din tidsramme … til 2 timer og 30 minutter om ugen«, »fastsat til højst 97.350 kr.«): what is granted, though no word grants it. */
const SETS_FIGURE = /(?<![\p{L}])(?:fastsættes|fastsætter|fastsat)(?![\p{L}])[^.!?]{0,120}?[ \u00a0]til[ \u00a0]+(?:højst[ \u00a0]+|maksimalt[ \u00a0]+)?\d/iu;

/** A paragraph's figures applied for and granted, keyed by unit and period ("kr/måneden"); the same for every version with its text. */
interface Figures {
  applied: ReadonlyMap<string, number>;
  granted: ReadonlyMap<string, number>;
}

/** The figures of a paragraph that APPLIED_OR_FIGURE has let through. */
function figuresOf(text: string): Figures {
  const applied = new Map<string, number>();
  const granted = new Map<string, number>();
  let appliedForExpense = false;
  let appliedBefore = false;
  for (const sentence of text.split(SENTENCE_END).flatMap(tableRowsApart)) {
    // »Du har søgt om at få refunderet udgiften til indlæggene. Fakturaen lyder på 1.645 kr.«: the price after an application
    // for an expense is the sum applied for; so is the party's own estimate after an application (»Du regner med, at du har
    // brug for taxa for ca. 3.000 kr. om måneden«).
    const applies = APPLIED.test(sentence);
    const asks = applies || (appliedForExpense && PRICE_NAMED.test(sentence)) || (appliedBefore && PARTY_ESTIMATE.test(sentence));
    appliedForExpense = applies && EXPENSE_APPLIED.test(sentence);
    appliedBefore = applies;
    // »I afgørelsen fik du 8 timers ledsagelse«: a grant in the past is the case's history, not this letter's figure.
    if (!asks && !grantsWithoutLimit(sentence.replace(GRANTED_BEFORE, '')) && !(SETS_FIGURE.test(sentence) && !negatesOrLimits(sentence))) continue;
    // The most applied for, the least granted: a sentence may name both ("Du søgte om 8 timer og får 4").
    const note = (key: string, value: number): void => {
      if (asks) applied.set(key, Math.max(applied.get(key) ?? 0, value));
      else granted.set(key, Math.min(granted.get(key) ?? Infinity, value));
    };
    FIGURE.lastIndex = 0;
    for (let m = FIGURE.exec(sentence); m; m = FIGURE.exec(sentence)) {
      if (!namesLimitBefore(sentence.slice(Math.max(0, m.index - THRESHOLD_REACH), m.index))) note(`${unitKey(m[2])}/${(m[3] ?? '').toLowerCase()}`, figureNumber(m[1]));
    }
    WEEKS_APART.lastIndex = 0;
    for (let m = WEEKS_APART.exec(sentence); m; m = WEEKS_APART.exec(sentence)) note('gang/ugen', 1 / weeksApart(m[1]));
  }
  return { applied, granted };
}

/** The rows of a table each on their own (»| Det søgte I om | 19.972,72 kr. |«, »| Det får I | 800 kr. |«): one row asks, another grants. */
function tableRowsApart(sentence: string): string[] {
  return sentence.includes('|') ? sentence.split('\n') : [sentence];
}

/** How far before a figure a threshold is named (»merudgifter, der overstiger 2.846 kr.«): the law's sum, not the one granted. */
const THRESHOLD_REACH = 30;

/** How often by the week: »hver uge«, »hver anden uge«, »hver 3. uge«. */
const WEEKS_APART = /(?<![\p{L}])hver(?:[ \u00a0\r\n]+(anden|tredje|fjerde|\d{1,2}\.))?[ \u00a0\r\n]+uge(?![\p{L}])/giu;
const WEEKS_IN_WORDS: Readonly<Record<string, number>> = { anden: 2, tredje: 3, fjerde: 4 };
/** »anden« is every 2nd week, »3.« every 3rd; none is every week. */
const weeksApart = (every: string | undefined): number => (every === undefined ? 1 : WEEKS_IN_WORDS[every.toLowerCase()] ?? Math.max(1, parseInt(every, 10)));

/**
 * The figures the letter grants below those applied for, in the same unit and period (»Du får 450 kr. om måneden. Du
 * søgte om 1.150 kr. om måneden.«), keyed as "kr/måneden", "time/ugen": a partial grant, however it is worded. Once per
 * version of a letter: the outcome and beregning both ask.
 */
export const figuresGrantedBelowApplied = oncePerLetter((letter): ReadonlyArray<{ key: string; value: number }> => {
  const relevant = outsideAppealGuidance(letter);
  const applied = new Map<string, number>();
  const granted = new Map<string, number>();
  // A summary set off by a line of dashes below it is a heading to Markdown (a setext heading), but of several lines it is
  // the letter's text (»I korte træk: • I søgte om 900 kr. om måneden. • I får 800 kr. om måneden.«).
  for (const block of letter.blocksWhere('outcome.figures', (b) => (b.kind === 'paragraph' || b.text.includes('\n')) && APPLIED_OR_FIGURE.test(b.text))) {
    if (!relevant(block)) continue;
    const figures = letter.memo(block, 'outcome.figures', figuresOf);
    for (const [key, value] of figures.applied) applied.set(key, Math.max(applied.get(key) ?? 0, value));
    for (const [key, value] of figures.granted) granted.set(key, Math.min(granted.get(key) ?? Infinity, value));
  }
  return [...granted].filter(([key, value]) => value < (applied.get(key) ?? 0)).map(([key, value]) => ({ key, value }));
});

/**
 * A paragraph with a figure of money, hours, minutes, days or visits, or how many weeks apart: the only ones read for
 * figures (figuresOf). A figure is tried from the start of its run of digits and separators only: tried from every
 * digit, »1,1,1,…« took seconds.
 */
const APPLIED_OR_FIGURE = new RegExp(String.raw`(?<![\d.,½¼¾])[.,]*(?:\d[\d.,]*[½¼¾]?|[½¼¾])[ \u00a0]*(?:\r?\n[ \u00a0]*)?(?:kr|kroner|time|døgn|dag|minutter|weekend|besøg)|${WEEKS_APART.source}`, 'iu');

/**
 * »i« in lower case is the preposition, never the pronoun »I«: »… at komme i bad om tirsdagen« asks for nothing, though
 * phrases, read without case, take it for »I bad om«.
 */
const PREPOSITION_I = /^i[ \u00a0]/u;

export function classifyOutcome(letter: LetterModel): Outcome {
  const relevant = outsideAppealGuidance(letter);
  const limited = limits(letter, relevant);
  const approved =
    fullApprovalsSaid(letter).length > 0 ||
    letter.blocksWhere('outcome.grantsAsApplied', (block) => grantsAsApplied(letter, block)).some((block) => block.kind === 'paragraph' && relevant(block)) ||
    // A repayment claim dropped in whole, after a hearing on it: the party gets all it could ask.
    letter.has('claimWaived', (block) => relevant(block) && waivedClaims(letter, block).length > 0) ||
    omitsGuidanceAsFullApproval(letter);
  if (approved) return { fullApproval: !limited, mayBeFullApproval: false };
  // Full approval answers an application, or a wish the party stated (»Du har oplyst, at du ønsker …«; not »Hvis du ønsker
  // at klage«): a letter that changes help nobody asked to change (a revurdering) is no candidate.
  const answersApplication = letter.find('appliedFor', relevant).some((hit) => !PREPOSITION_I.test(hit.text))
    || letter.find('partyWish.stated', relevant).some((hit) => !inSentenceWith(letter, hit.block, hit.textStart, 'hypothetical') && !negatedJustBefore(letter, hit.block, matchOfHit(hit)));
  return {
    fullApproval: false,
    // Help stopped as the party asked answers their request, however it was made (»Du ringede og bad os stoppe …«), and so
    // does help kept as it is at a follow-up where the party wished to keep it.
    mayBeFullApproval: !limited && ((answersApplication && (letter.has('grant', relevant) || decisionSectionGrants(letter, relevant))) || wishCarriedOut(letter, relevant) || keptAsWished(letter, relevant)),
  };
}
