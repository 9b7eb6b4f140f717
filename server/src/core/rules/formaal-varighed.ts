import { type Block, linePrefix } from '../markdown';
import type { LetterModel, SourceRange } from '../letter';
import type { Report, Rule } from '../rule';
import type { SnippetName } from '../snippets';
import { type PhraseMatch, insideAny } from '../phrases';
import { insertAfter } from '../fixes';
import { textsOf } from '../messages';
import { ownBlocks } from '../anchors';
import { PROVISION_SETS, cite, citedMember, isProcedural, referenceInSet } from '../catalogue';
import { decisionReferences, inSentenceWith } from '../elements';
import type { LegalReference } from '../references';
import { STOP_WORDS } from '../outcome';

const say = textsOf('formaal-varighed');

/** The catalogue's set of provisions whose decisions must state purpose and expected duration (barnets lov §§ 32, 46 and 47). */
const SET = 'purposeAndDuration';

/*
 * Periods and dates that give a duration, read from a lower-cased sentence: "i 6 måneder", "i et halvt år",
 * "et 12 ugers forløb", "fra 1. marts til 31. august 2025", "frem til sommerferien", "til og med 31/12-2025",
 * "forlænget til 31. december", "til Emil fylder 18 år", "i mindst 6 måneder", "frem til din 18-års fødselsdag".
 * Written without \p{L} and the i flag: the letter is lower-cased first, and the expressions stay cheap to compile.
 */
const LETTER = 'a-zæøåéü';
const MONTH = '(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)\\.?';
const DAY = `\\d{1,2}\\.?[ \\u00a0]+${MONTH}(?:[ \\u00a0]+\\d{4})?`;
// A day and a month that exist, not a clock time ("kl. 17.30-19.00", "17.30" has no month 30).
const NUMERIC = '(?<![\\d]|kl\\.?[ \\u00a0]*)(?:0?[1-9]|[12]\\d|3[01])[./-](?:0?[1-9]|1[0-2])(?:[./-]\\d{2,4}|[ \\u00a0]+\\d{4})?(?![\\d])|\\d{4}-\\d{2}-\\d{2}';
const HOLIDAY = '(?:sommer|jule|påske|efterårs|vinter)ferien(?:[ \\u00a0]+\\d{4})?';
const WHEN = `(?:den[ \\u00a0]+)?(?:${DAY}|${NUMERIC}|(?:udgangen[ \\u00a0]+af[ \\u00a0]+)?(?:${MONTH}[ \\u00a0]+\\d{4}|\\d{4}|${HOLIDAY}|skoleåret|året)|${HOLIDAY}|skoleårets[ \\u00a0]+(?:afslutning|udgang|slutning))(?![\\d])`;
const START = `(?:den[ \\u00a0]+)?(?:${DAY}|${NUMERIC}|${MONTH}(?:[ \\u00a0]+\\d{4})?)`;
const NUMBER = '(?:\\d+(?:[.,]\\d+)?|½|et|en|én|ét|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|femten|atten|tyve|fireogtyve|halvandet|halvanden)';
const UNIT = '(?:uger|uge|måneder|måned|mdr\\.?|år|skoleår|halvår)';
const NOT_AFTER_LETTER = `(?<![${LETTER}])`;
const NOT_BEFORE_LETTER = `(?![${LETTER}])`;
const SPACE = '[ \\u00a0]+';
const PERIODS: readonly RegExp[] = [
  // frem til / indtil / til og med a date, a month, a holiday
  new RegExp(`${NOT_AFTER_LETTER}(?:frem${SPACE}til|indtil|til${SPACE}og${SPACE}med|t\\.o\\.m\\.?|tom\\.)${SPACE}${WHEN}`, 'u'),
  // "til den 31. august 2025", "foreløbig til 30. juni 2026", "til sommerferien", "til skoleårets afslutning", "til udgangen af 2025"
  new RegExp(`${NOT_AFTER_LETTER}til${SPACE}(?:den${SPACE}(?:${DAY}|${NUMERIC})|${DAY}|${HOLIDAY}|skoleårets${SPACE}(?:afslutning|udgang|slutning)|udgangen${SPACE}af${SPACE}(?:${MONTH}|\\d{4}|skoleåret|året))`, 'u'),
  // fra a date til a date; a date til / – a date (a table cell "1. juli 2025 til 31. december 2025")
  new RegExp(`${NOT_AFTER_LETTER}fra${SPACE}${START}[ \\u00a0]*(?:til|–|—|-)[ \\u00a0]*(?:og${SPACE}med${SPACE})?${WHEN}`, 'u'),
  new RegExp(`(?:${DAY}|${NUMERIC})[ \\u00a0]*(?:til|–|—|-|\\|)[ \\u00a0]*(?:og${SPACE}med${SPACE})?(?:den${SPACE})?(?:${DAY}|${NUMERIC})`, 'u'),
  // an end: "ophører den 31. august 2025", "udløber med udgangen af juni 2026"
  new RegExp(`${NOT_AFTER_LETTER}(?:ophører|slutter|afsluttes|udløber)${SPACE}(?:den${SPACE}|pr\\.${SPACE}|med${SPACE})?${WHEN}`, 'u'),
  // granted, extended or running until a date: "forlænget til 31. december 2025", "bevillingen er gældende til 30. juni"
  new RegExp(`${NOT_AFTER_LETTER}(?:forlæng[${LETTER}]*|løber|varer|gælder|gældende|bevilg[${LETTER}]*|bevillig[${LETTER}]*)${NOT_BEFORE_LETTER}[^!?]{0,60}?${NOT_AFTER_LETTER}til${SPACE}(?:og${SPACE}med${SPACE})?${WHEN}`, 'u'),
  // a length: "i 6 måneder", "i et halvt år", "på 12 uger", "for et år" (not "for 2 år siden"), "forlænget med 3 måneder", "løber 6 måneder"
  new RegExp(`${NOT_AFTER_LETTER}(?:i|på|over|med|for|løber|varer|gælder|foreløbig|foreløbigt)${SPACE}(?:(?:de|den)${SPACE}(?:første|næste|kommende)${SPACE}|første${SPACE}omgang${SPACE})?(?:(?:ca\\.|cirka|omkring|yderligere|endnu|mindst|højst|op${SPACE}til)${SPACE})?${NUMBER}${SPACE}(?:[${LETTER}]+${SPACE})?${UNIT}${NOT_BEFORE_LETTER}(?!${SPACE}siden)`, 'u'),
  // "6 måneder frem", "et halvt år frem"
  new RegExp(`${NOT_AFTER_LETTER}${NUMBER}${SPACE}(?:[${LETTER}]+${SPACE})?${UNIT}${SPACE}frem${NOT_BEFORE_LETTER}`, 'u'),
  // "et 12 ugers forløb", "et 6-måneders behandlingsforløb", "i et halvt års tid"
  new RegExp(`${NOT_AFTER_LETTER}${NUMBER}(?:${SPACE}halvt)?[ \\u00a0]*-?[ \\u00a0]*(?:ugers|måneders|mdr\\.?s|års)${SPACE}(?:[${LETTER}]+${SPACE})?(?:[${LETTER}]*forløb|[${LETTER}]*ophold|periode|indsats|[${LETTER}]*behandling|bevilling|tid)${NOT_BEFORE_LETTER}`, 'u'),
  // the rest of a school year or a year: "i skoleåret 2025/26", "resten af skoleåret"
  new RegExp(`${NOT_AFTER_LETTER}(?:i${SPACE}skoleåret${SPACE}\\d{4}|resten${SPACE}af${SPACE}(?:skoleåret|året|\\d{4}))`, 'u'),
  // until the child reaches an age or a stage: "til Emil fylder 18 år", "indtil han er færdig med 9. klasse", "frem til din 18-års fødselsdag"
  new RegExp(`${NOT_AFTER_LETTER}(?:indtil|til)${SPACE}(?:[${LETTER}]+${SPACE}){1,3}(?:fylder${SPACE}\\d{1,2}|er${SPACE}færdig${SPACE}med|går${SPACE}ud${SPACE}af|afslutter|begynder${SPACE}i|starter${SPACE}i)`, 'u'),
  new RegExp(`${NOT_AFTER_LETTER}(?:indtil|til)${SPACE}(?:[${LETTER}]+${SPACE})?\\d{1,2}[ \\u00a0-]?års${SPACE}fødselsdag`, 'u'),
];

function givesPeriod(sentence: string): boolean {
  const lower = sentence.toLowerCase();
  return PERIODS.some((pattern) => pattern.test(lower));
}

/** Whether a block lies under a title that names the help's period or the help itself (»Periode«, »Varighed«, »Indsatsen«). */
function underPeriodTitle(letter: LetterModel, block: Block): boolean {
  const title = block.section >= 0 ? letter.blocks[block.section] : undefined;
  return title !== undefined && (letter.matchesIn(title, 'supportiveMeasure.duration').length > 0 || letter.matchesIn(title, 'supportiveMeasure.subject').length > 0);
}

/** What one sentence of a block says, read from its text alone. */
interface SentenceFacts {
  /** Text offsets of the sentence in its block. */
  start: number;
  end: number;
  /** Grants, extends or starts help now (a grant word, no refusal, condition or history). */
  grants: boolean;
  /** Names a supportive measure of barnets lov § 32, stk. 1, or a placement. */
  measure: boolean;
  /** Names a placement outside the home (barnets lov §§ 46-47). */
  placement: boolean;
  purpose: boolean;
  duration: boolean;
  /** The plan named, when the sentence refers to it for purpose or duration. */
  plan?: string;
  /** The measures the sentence names, or else the last its block named before it, as measureKey()s. */
  about: readonly string[];
  /** Ends help it names (»Familiebehandlingen ophører den 31. januar«) and grants nothing. */
  ends: boolean;
}

/**
 * A measure's name without its inflection, enough to tell two measures apart in one letter: »familiebehandlingen« and
 * »familiebehandleren« are one measure, »familiekonsulent« another.
 */
const measureKey = (name: string): string => name.toLowerCase().slice(0, 8);

const ENDS = new RegExp(`(?<![\\p{L}])(?:${STOP_WORDS})`, 'iu');

const NONE: readonly PhraseMatch[] = [];

/**
 * Hands out a group's matches sentence by sentence. The matches are in text order and do not overlap, and the
 * sentences are asked for in text order, so each match is looked at once instead of once per sentence.
 */
class MatchesBySentence {
  private next = 0;
  constructor(private readonly matches: readonly PhraseMatch[]) {}

  /** The matches that lie wholly within [start, end), which must not begin before the last span asked for. */
  within(start: number, end: number): readonly PhraseMatch[] {
    const matches = this.matches;
    while (this.next < matches.length && matches[this.next].start < start) this.next++;
    const first = this.next;
    while (this.next < matches.length && matches[this.next].start < end) this.next++;
    if (first === this.next) return NONE;
    const found = matches.slice(first, this.next);
    return found[found.length - 1].end <= end ? found : found.filter((m) => m.end <= end);
  }
}

const GROUPS = ['supportiveMeasure.grant', 'supportiveMeasure.notGranted', 'supportiveMeasure.history', 'supportiveMeasure.asked', 'supportiveMeasure',
  'supportiveMeasure.purpose', 'supportiveMeasure.purposeClause', 'supportiveMeasure.notPurpose', 'supportiveMeasure.duration',
  'supportiveMeasure.openEnded', 'supportiveMeasure.requirement', 'supportiveMeasure.plan', 'supportiveMeasure.subject', 'supportiveMeasure.placement'] as const;

/**
 * The sentences of the block that grant, name a measure, or state the purpose or the duration (a sentence that
 * does none of these is left out). Depends on the text alone.
 */
function sentenceFacts(text: string, block: Block, letter: LetterModel): SentenceFacts[] {
  const all = GROUPS.map((group) => letter.matchesIn(block, group));
  const [grant, , , , measure, purpose, , notPurpose, duration, , , , subject, placement] = all;
  // Without a grant, a measure, its subject, a purpose or a duration, no sentence can state anything: most paragraphs.
  if ([grant, measure, subject, purpose, duration, placement].every((matches) => matches.length === 0)) return [];
  const [grantIn, notGrantedIn, historyIn, askedIn, measureIn, purposeIn, purposeClauseIn, , durationIn, openEndedIn, requirementIn, planIn, subjectIn, placementIn] =
    all.map((matches) => new MatchesBySentence(matches));
  const found: SentenceFacts[] = [];
  let lastAboutMeasure = false;
  let lastNamed: readonly string[] = [];
  for (const { start, end } of letter.counts(block).sentences) {
    const grantWords = grantIn.within(start, end);
    const places = placementIn.within(start, end).length > 0;
    const named = measureIn.within(start, end);
    const names = places || named.length > 0;
    if (named.length > 0) lastNamed = named.map((m) => measureKey(m.text));
    // »Oliver får en fast kontaktperson. Den begynder den 15. september og løber til og med den 13. marts.«: the pronoun is the measure.
    const aboutMeasure: boolean = names || subjectIn.within(start, end).length > 0 || (lastAboutMeasure && REFERS_BACK.test(text.slice(start, end)));
    lastAboutMeasure = aboutMeasure;
    const purposes = purposeIn.within(start, end);
    const durations = durationIn.within(start, end).length > 0;
    if (grantWords.length === 0 && !aboutMeasure && purposes.length === 0 && !durations) continue;
    const [notGrantedHere, pastHere, askedHere, purposeClauseHere, openEndedHere, requirementHere, planHere] =
      [notGrantedIn, historyIn, askedIn, purposeClauseIn, openEndedIn, requirementIn, planIn].map((matches) => matches.within(start, end));
    // "I har søgt om, at Emil får …", "Skolen anbefaler, at …": a request or a wish reported, not the decision.
    const request = askedHere[0];
    const past = pastHere.length > 0;
    // Not outcome.ts's grant test, which asks whether the party got all it applied for: a partial grant ("kun",
    // "delvis", fewer hours) grants a measure too, and "imødekomme" is § 32, stk. 3's own word for choosing one.
    const grants = grantWords.some((word) => !notGrantedHere.some((no) => deniesGrant(text, start, end, word, no))) && !past && !(request && request.start < grantWords[0].start);
    // "Efter § 32, stk. 3, skal afgørelsen angive formålet …" restates the law: it states nothing.
    const restates = requirementHere.length > 0;
    // "for at", "så han kan", "skal give" are the measure's purpose only in a sentence that speaks of the measure.
    // "positiv over for at komme", "grundlag for at bevilge": a "for at" that is no purpose.
    const statesPurpose = !restates && [...purposes, ...(aboutMeasure ? purposeClauseHere : [])].some((m) => !insideAny(m, notPurpose));
    // A period counts where the sentence speaks of the help, not of the time before it ("ikke kommet i skole i seks uger",
    // "har siden 2024 fået familiebehandling"), and not where it tells what was asked for without granting it
    // ("I har søgt om familiebehandling i 6 måneder").
    const aboutHelp = aboutMeasure || grantWords.length > 0 || durations;
    const period = aboutHelp && !((request || past) && !grants) && givesPeriod(text.slice(start, end));
    const statesDuration = !restates && openEndedHere.length === 0 && (durations || period);
    const referred = planHere[0];
    found.push({
      start, end, grants, measure: names, placement: places, purpose: statesPurpose, duration: statesDuration,
      plan: referred && (statesPurpose || statesDuration) ? referred.text : undefined,
      about: lastNamed, ends: named.length > 0 && !grants && ENDS.test(text.slice(start, end)),
    });
  }
  return found;
}

/** A sentence that opens with »Den« for what the sentence before named; not a date (»Den 15. september …«), and not »Det«, which opens »Det fremgår …« as often. */
const REFERS_BACK = /^[^\p{L}]*Den(?![\p{L}])(?![ \u00a0]*\d)/u;

/** A clause's edge: a comma, a semicolon, a colon or a dash. */
const CLAUSE_EDGE = /[,;:–—]/;

/**
 * Whether a word of refusal, stop or condition takes a grant word's grant away: a condition (»hvis«) anywhere in the
 * sentence, the others in the grant's own clause. »… at Sofie får en fast kontaktperson …, og at I får afslag på
 * aflastning« grants the contact person and refuses the other help; »Sofie får ikke en kontaktperson« grants nothing.
 */
function deniesGrant(text: string, sentenceStart: number, sentenceEnd: number, grant: PhraseMatch, no: PhraseMatch): boolean {
  if (/^hvis$/i.test(no.text)) return true;
  const [from, to] = no.start < grant.start ? [no.end, grant.start] : [grant.end, no.start];
  if (from < sentenceStart || to > sentenceEnd) return true;
  return !CLAUSE_EDGE.test(text.slice(from, to));
}

const facts = (letter: LetterModel, block: Block): SentenceFacts[] => letter.memo(block, 'formaal-varighed.sentences', sentenceFacts);

/** Whether a sentence of the block grants; the other groups are matched only in a paragraph with a grant word. */
const grantsSomething = (letter: LetterModel, block: Block): boolean =>
  letter.matchesIn(block, 'supportiveMeasure.grant').length > 0 && facts(letter, block).some((s) => s.grants);

/** The sections whose sentences tell the facts, the reasons, the hearing or the law, not the decision. */
const NOT_DECISION = ['klagevejledning', 'regler', 'begrundelse', 'fakta', 'partshoering', 'beregning'] as const;

function decisionBlock(letter: LetterModel, block: Block): boolean {
  return block.kind === 'paragraph' && ownBlocks(letter).has(block) && !NOT_DECISION.some((role) => letter.inRole(block, role));
}

/** The heading a heading or paragraph lies under: the nearest heading before it of a lower depth (for a paragraph, its section's heading). */
function enclosing(letter: LetterModel, block: Block): Block | undefined {
  if (block.kind !== 'heading') return block.section >= 0 ? letter.blocks[block.section] : undefined;
  for (let i = block.index - 1; i >= 0; i--) {
    const before = letter.blocks[i];
    if (before.kind === 'heading' && before.depth < block.depth) return before;
  }
  return undefined;
}

/**
 * The decision section's paragraphs, when the letter has one: those whose nearest titled section is a decision
 * heading that holds no other ("## Afgørelse" under "# Afgørelse om støtte til Mathias"). The opening lines
 * under the letter's title tell the case ("Olivers kontaktperson er bevilget til den 30. september"), not the decision.
 * Undefined when the letter has no decision heading: every paragraph outside the reasons and the facts may decide.
 */
function inDecisionSection(letter: LetterModel): ((block: Block) => boolean) | undefined {
  const headings = letter.blocks.filter((b) => b.kind === 'heading' && b.role === 'afgoerelse');
  const holdsAnother = (heading: Block): boolean => headings.some((other) => {
    for (let up = enclosing(letter, other); up; up = enclosing(letter, up)) if (up === heading) return true;
    return false;
  });
  const innermost = new Set(headings.filter((heading) => !holdsAnother(heading)));
  if (innermost.size === 0) return undefined;
  return (block) => {
    for (let up = enclosing(letter, block); up; up = enclosing(letter, up)) if (up.role !== 'other') return innermost.has(up);
    return false;
  };
}

/** Blocks whose words count as stating purpose or duration: the letter's own text, headings too ("Formål og varighed"), outside the appeal guidance and quoted rules. */
function statementBlock(letter: LetterModel, block: Block): boolean {
  return ownBlocks(letter).has(block) && !letter.inRole(block, 'klagevejledning') && !letter.inRole(block, 'regler');
}

/** References that name the help decided: a law is named, and they are not rules of procedure. */
function substantive(references: readonly LegalReference[]): LegalReference[] {
  return references.filter((r) => r.law !== undefined && !isProcedural(r));
}

/**
 * The provision of the set a granting sentence grants under (a støttende indsats under § 32, an anbringelse under
 * §§ 46-47), or undefined: its own references name one; or, without references of its own, it names a measure and its
 * paragraph's references name one; or, with no references in the paragraph, it names a measure and every reference the
 * decision rests on (outside the reasons and the facts) is in the set — a letter that also decides under another
 * provision leaves a measure's name ambiguous ("aflastning" is also servicelovens § 84).
 */
function grantedUnder(letter: LetterModel, block: Block, sentence: SentenceFacts, basis: () => readonly LegalReference[]): LegalReference | undefined {
  const inBlock = substantive(letter.referencesIn(block));
  const own = inBlock.filter((r) => r.textStart >= sentence.start && r.textStart < sentence.end);
  if (own.length > 0) return own.find((r) => referenceInSet(SET, r));
  if (!sentence.measure) return undefined;
  if (inBlock.length > 0) return inBlock.find((r) => referenceInSet(SET, r));
  // The investigation and the child's plan (»en børnefaglig undersøgelse efter barnets lov § 20«) are steps of the case, no help granted.
  const rest = basis().filter((r) => !referenceInSet('childCaseSteps', r));
  // A placement is named unambiguously: a placement provision among the others (the site chosen under § 52) is the one.
  if (sentence.placement) return rest.find((r) => referenceInSet('placements', r));
  return rest.length > 0 && rest.every((r) => referenceInSet(SET, r)) ? rest[0] : undefined;
}

/**
 * Whether a sentence speaks only of a measure the letter ends and does not grant: where one measure replaces another
 * (»Familiebehandlingen ophører den 31. januar. I stedet bevilges I praktisk pædagogisk støtte …«), the old measure's goals
 * (»Målene for behandlingen var …«) and its end are not the new one's purpose and duration.
 */
function endedMeasure(letter: LetterModel, granting: SentenceFacts): (sentence: SentenceFacts) => boolean {
  const granted = new Set(granting.about);
  const ended = new Set(letter.blocks.filter((block) => decisionBlock(letter, block) && letter.matchesIn(block, 'supportiveMeasure').length > 0)
    .flatMap((block) => facts(letter, block).filter((s) => s.ends).flatMap((s) => s.about))
    .filter((key) => !granted.has(key)));
  return (sentence) => ended.size > 0 && sentence.about.length > 0 && sentence.about.every((key) => ended.has(key));
}

/** The last block of a list the block is an item of (a new paragraph after an item would split the list). */
function endOfList(letter: LetterModel, block: Block): Block {
  const listItem = (b: Block): boolean => b.kind === 'paragraph' && /^[ \t]*(?:[-*+•]|\d{1,2}[.)])[ \t]+$/.test(linePrefix(letter.source, b));
  let last = block;
  if (!listItem(last)) return last;
  for (let next = letter.blocks[last.index + 1]; next && listItem(next); next = letter.blocks[next.index + 1]) last = next;
  return last;
}

export const formaalVarighed: Rule = {
  id: 'formaal-varighed',
  title: 'Støttende indsats eller anbringelse uden formål eller forventet varighed',
  titleEn: 'Supportive measure or placement without its purpose or expected duration',
  source: {
    citation: Object.values(PROVISION_SETS[SET].citations ?? {}).map(cite).join('; '),
    urls: [
      'https://www.lovguiden.dk/loven/bekendtgørelse-af-barnets-lov/32',
      'https://www.lovguiden.dk/loven/bekendtgørelse-af-barnets-lov/46',
      'https://www.lovguiden.dk/loven/bekendtgørelse-af-barnets-lov/47',
      'https://www.lovguiden.dk/loven/bekendtgørelse-af-barnets-lov/92',
    ],
  },
  defaultSeverity: 'warning',
  fixable: true,
  // §§ 32, stk. 3, 46, stk. 1, and 47, stk. 2, ask every such decision for its purpose and duration, also one that gives all that was applied for.
  silentOnFullApproval: false,
  check({ letter, options }) {
    const references = decisionReferences(letter);
    if (!references.some((r) => referenceInSet(SET, r))) return [];
    // Needed only for a measure named without references in its paragraph: worked out then, not on every keystroke.
    let basis: LegalReference[] | undefined;
    // A provision the help had before (»efter den dagældende servicelovens § 52«) is the case's history, not this decision's basis.
    const decisionBasis = (): readonly LegalReference[] => (basis ??= substantive(references.filter((r) => (decisionBlock(letter, r.block) || letter.inRole(r.block, 'regler'))
      && !inSentenceWith(letter, r.block, r.textStart, 'reference.historic', 'reference.notHistoric'))));

    const section = inDecisionSection(letter);
    let grant: { block: Block; sentence: SentenceFacts; under: LegalReference } | undefined;
    // Only the blocks whose text grants are looked at, found again only where an edit changed a text.
    for (const block of letter.blocksWhere('formaal-varighed.grants', (b) => grantsSomething(letter, b))) {
      if (!decisionBlock(letter, block) || (section && !section(block))) continue;
      for (const sentence of facts(letter, block)) {
        const under = sentence.grants ? grantedUnder(letter, block, sentence, decisionBasis) : undefined;
        if (under) {
          grant = { block, sentence, under };
          break;
        }
      }
      if (grant) break;
    }
    if (!grant) return [];

    let purpose = false;
    let duration = false;
    const plans: { purpose?: string; duration?: string } = {};
    const ofEnded = endedMeasure(letter, grant.sentence);
    const statesSomething = (block: Block): boolean => facts(letter, block).some((s) => s.purpose || s.duration);
    for (const block of letter.blocksWhere('formaal-varighed.states', statesSomething)) {
      if (!statementBlock(letter, block)) continue;
      for (const sentence of facts(letter, block)) {
        if (ofEnded(sentence)) continue;
        // "Formålet fremgår af barnets plan" points elsewhere: it states nothing in the decision.
        if (sentence.plan) {
          if (sentence.purpose) plans.purpose ??= sentence.plan;
          if (sentence.duration) plans.duration ??= sentence.plan;
          continue;
        }
        purpose ||= sentence.purpose;
        duration ||= sentence.duration;
      }
      if (purpose && duration) return [];
    }
    // A bare period under a title that names it (»PERIODE« over »Fra 1. marts 2025 til og med 31. august 2025.«).
    duration ||= letter.blocks.some((block) => block.kind === 'paragraph' && statementBlock(letter, block) && underPeriodTitle(letter, block) && givesPeriod(block.text));
    if (purpose && duration) return [];

    const [key, snippet, title]: [Parameters<typeof say>[0], SnippetName, Parameters<typeof say>[0]] =
      !purpose && !duration ? ['missingBoth', 'Formål og varighed', 'fixInsertBoth']
        : !purpose ? ['missingPurpose', 'Formål', 'fixInsertPurpose']
          : ['missingDuration', 'Varighed', 'fixInsertDuration'];
    const range: SourceRange = letter.sentenceAt(grant.block, grant.sentence.start);
    const fix = insertAfter(letter, endOfList(letter, grant.block), snippet, say(title), options);
    // The letter leaves what is missing to the child's plan: what the rule cannot see may be there.
    const plan = (purpose || plans.purpose) && (duration || plans.duration) ? plans.purpose ?? plans.duration : undefined;
    // The provision granted under, and the part of it that asks for purpose and duration (§ 46, stk. 1, 3. pkt., for a placement):
    // every member of the set has its citation (a catalogue test).
    const args = citedMember(SET, grant.under)!;
    // A placement's expected duration is often open (»indtil videre«, until the child is of age), and letters that
    // leave it out are written and upheld as correct: what the law asks is said as information to check.
    const placement = referenceInSet('placements', grant.under);
    const report: Report = plan
      ? { message: say('inPlan', { finding: say(key, args), plan, planRule: cite('BL 92') }), range, fix, severityCap: 'information' }
      : { message: say(key, args), range, fix, ...(placement ? { severityCap: 'information' as const } : {}) };
    return [report];
  },
};
