import { type Block, sourceOffset, tableRows } from '../markdown';
import { type Hit, type LetterModel, matchOfHit } from '../letter';
import type { Message, Report, Rule } from '../rule';
import { type LegalReference, escapeRegExp } from '../references';
import { addToReasons } from '../fixes';
import { countUpTo } from '../sorted';
import { outsideAppealGuidance } from '../anchors';
import { unbalancedTotals } from '../tableSums';
import { textsOf } from '../messages';
import { Threshold, cite, isProcedural, provision, referenceInSet, threshold } from '../catalogue';
import { letterDate } from '../dates';
import { GRANTING, appliedListItem, decisionReferences, grantedListItem, figureInSentence, figureKey, figureNumber, inSentenceWith, negatedJustBefore, sentenceIndexAt, sentenceSpanAt, showsHoursArithmetic, showsMoneyCalculation as calculationShown } from '../elements';
import { STOP_WORDS, figuresGrantedBelowApplied } from '../outcome';

/** "1.250 kr.", "kr. 1.250", "1250 kroner", "3,5 timer", "3 timer", "30 døgn", and hours in the genitive ("1 times samtale", "2 timers træning"). Each alternative is linear. */
const AMOUNT = /(?<![\p{L}\p{N}.,])\d+[ \u00a0]+timer?[ \u00a0]+og[ \u00a0]+\d+[ \u00a0]+minutter(?![\p{L}])|(?<![\p{L}\p{N}.,])(?:\d{1,3}(?:\.\d{3})*(?:,\d{1,2})?|\d+(?:,\d{1,2})?)[ \u00a0]*(?:kr\.?|kroner)(?![\p{L}])|(?<![\p{L}])kr\.[ \u00a0]*\d{1,3}(?:\.\d{3})*(?:,\d{1,2})?|(?<![\p{L}\p{N}.,])(?:\d+(?:,\d)?|\d*[½¼¾])[ \u00a0]+(?:timer?s?|minutters?|min\.|døgns?)(?![\p{L}])/giu;
const MONEY = /kr|kroner/i;
/** Hours in the genitive: the end of an AMOUNT match (»2 timers«). */
const GENITIVE_HOURS = /(?:times|timers|minutters|døgns)$/i;

/** "om måneden", "pr. måned", "månedligt" right after an amount. */
const PER_MONTH = /^[ \u00a0]*(?:om|pr\.?|per|i)[ \u00a0]+måned|^[ \u00a0]*månedlig/iu;
/** The letter speaks of the minimum amount itself, or of a limit the expenses pass (»over grænsen på 2.000 kr.«, the kompensationsydelse's documented expenses). */
const MINIMUM = /minimum|mindst|grænse|tærsk(?:el|le)/iu;

interface Amount {
  block: Block;
  textStart: number;
  money: boolean;
  /** The figure as written: "1.250 kr." and "1.250 kr" count as one. */
  value: string;
  /** The figure's value: the amount in kroner ("1.250,50 kr." → 1250.5), or the hours ("2,5 timer" → 2.5). */
  kroner: number;
  perMonth: boolean;
  /** The decision grants or sets the figure (elements.ts, figureInSentence). */
  decides: boolean;
  /** The figure is the amount applied for, a quote or a budget figure. */
  claimed: boolean;
  /** The figure is the grant as it stands (»I får i dag 800 kr. om måneden«, »5 timer, som du fik bevilget«): next to amount.current in its sentence. */
  current: boolean;
  /** The figure is a limit the law or the letter sets (»grænsen på 2.000 kr.«, »højst 34.055 kr.«), no item of a calculation (elements.ts, figureInSentence). */
  limit: boolean;
  /** Hours in the genitive (»1 times samtale og 2 timers træning«): a part of the help laid out, read as an item only. */
  genitive: boolean;
  /** A rate the rules set, given at its year's level (»948 kr. årligt (2022-niveau, reguleres hvert år)«): the law's sum, not worked out in the letter. */
  rate: boolean;
  /** Hours of the party's own life (»du arbejder 37 timer om ugen«): a fact of the case, never the hours decided. */
  ownHours: boolean;
  /** Hours of one session (»1½ time ad gangen«, »ét møde om ugen på 1½ time«): how the help is given, which a limit on how often, or a refusal of other help beside it, does not measure out. */
  perOccasion: boolean;
  /** A number of days (»30 døgn«), measured out like hours. */
  days: boolean;
  /**
   * Days worked out from weekends or nights the block grants (»én weekend om måneden … Det svarer til 2 døgn om måneden«,
   * »12 weekender om året, i alt 24 døgn«, »3 overnatninger = 3 døgn«): the grant said again in another unit, not a figure
   * measured out on its own; the same days decided elsewhere in the letter are shown by it.
   */
  converted: boolean;
  /** Hours named as a total (»i alt 4 timer og 15 minutter om ugen«): the sum of parts the reader must be able to follow. */
  total: boolean;
}

/** The sentence a figure stands in. */
function sentenceOf(letter: LetterModel, a: Amount): string {
  const { start, end } = letter.sentenceAt(a.block, a.textStart);
  return letter.source.slice(start, end);
}

/** Right before a figure, a total: »i alt«, »samlet«, »sammenlagt«, »tilsammen«. */
const TOTAL_BEFORE = /(?<![\p{L}])(?:i[ \u00a0]+alt|samlet|sammenlagt|tilsammen)[ \u00a0]+$/iu;

/**
 * What the party does for so many hours, just before the figure: »arbejder 37 timer«, »går i skole 6 timer om dagen«;
 * or how long a trip or a walk takes: »bussen kører direkte på 14 minutter«, »du gik 450 meter med stok på 9 minutter«,
 * »turen tager ca. 20 minutter«.
 */
const OWN_ACTIVITY_BEFORE = /(?<![\p{L}])(?:(?:arbejder|arbejdede|sover|sov|træner|studerer|(?:går|gik|er|var)[ \u00a0]+i[ \u00a0]+skole)(?:[ \u00a0]+\p{L}+){0,2}|(?:kører|kørte|går|gik|cykler|cyklede)(?:[ \u00a0]+[\p{L}\p{N}]+){0,5}[ \u00a0]+(?:på|i)|(?:turen|køreturen|rejsen|gåturen|transporten|køretiden|rejsetiden)[ \u00a0]+(?:tager|varer|er)(?:[ \u00a0]+(?:ca\.|cirka|omkring|kun|højst))?)[ \u00a0]+$/iu;

/** Right after hours, one occasion: »1½ time ad gangen«, »2 timer pr. gang«. */
const PER_OCCASION_AFTER = /^[ \u00a0]*(?:ad[ \u00a0]+gangen|pr\.?[ \u00a0]+gang|per[ \u00a0]+gang|hver[ \u00a0]+gang)(?![\p{L}])/iu;
/** Right before hours, a meeting or a talk they are the length of: »ét møde om ugen på 1½ time«, »samtaler på 45 minutter«. */
const PER_OCCASION_BEFORE = /(?<![\p{L}])(?:møde|samtale|session)\p{L}{0,3}(?:[ \u00a0]+(?:om|hver|pr\.?)[ \u00a0]+\p{L}+)?[ \u00a0]+på[ \u00a0]+$/iu;

/** A year's level right after a sum (»948 kr. årligt (2022-niveau)«): a rate the rules set. */
const RATE_LEVEL_AFTER = /^[^!?\n]{0,40}?(?<![\p{L}\p{N}])\d{4}-niveau/iu;

/** How far after a figure the words that make it the grant as it stands may start: »på 5 timer om ugen, som du fik bevilget«. */
const CURRENT_AFTER_REACH = 24;

/** The figures of a block's text, worked out once per text. */
/** The hours and the minutes of one duration (»6 timer og 15 minutter«). */
const HOURS_AND_MINUTES = /^(\d+)[ \u00a0]+timer?[ \u00a0]+og[ \u00a0]+(\d+)/;

const DAYS = /døgn/i;
/** Right before days, the words that say the same grant in another unit: »Det svarer til«, »svarende til«, »i alt«. */
const CONVERTED_BEFORE = /(?:svarende|svarer)[ \u00a0]+til[ \u00a0]+(?:i[ \u00a0]+alt[ \u00a0]+)?$|(?<![\p{L}])i[ \u00a0]+alt[ \u00a0]+$|=[ \u00a0]*$/iu;
const WEEKENDS = /(?<![\p{L}])(?:weekend(?:er|en|erne)?|overnatning(?:er|en|erne)?)(?![\p{L}])/iu;

/** Weekends named in the sentence of the days or the one before, not in what was applied for. */
function weekendsGranted(letter: LetterModel, block: Block, at: number): boolean {
  const sentences = letter.counts(block).sentences;
  const index = sentenceIndexAt(letter, block, at);
  return [sentences[index - 1], sentences[index]].some((sentence) => sentence !== undefined && WEEKENDS.test(block.text.slice(sentence.start, sentence.end))
    && !inSentenceWith(letter, block, sentence.start, 'appliedFor'));
}

function amountsInText(text: string, block: Block, letter: LetterModel): Array<Omit<Amount, 'block'>> {
  const amounts: Array<Omit<Amount, 'block'>> = [];
  const currentGrant = letter.matchesIn(block, 'amount.current');
  let previousEnd = 0;
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(text); m; m = AMOUNT.exec(text)) {
    // »6 timer og 15 minutter« is one duration.
    const compound = HOURS_AND_MINUTES.exec(m[0]);
    const end = m.index + m[0].length;
    const days = DAYS.test(m[0]);
    const sentence = currentGrant.length > 0 ? sentenceSpanAt(letter, block, m.index) : { start: 0, end: 0 };
    // Before the figure, with no figure between (»I får i dag 800 kr.«), or right after it (»5 timer om ugen, som du fik bevilget«).
    const current = currentGrant.some((phrase) => phrase.start >= sentence.start && phrase.end <= sentence.end
      && ((phrase.start >= previousEnd && phrase.end <= m!.index) || (phrase.start >= end && phrase.start - end <= CURRENT_AFTER_REACH)));
    previousEnd = end;
    amounts.push({
      current,
      textStart: m.index,
      money: MONEY.test(m[0]),
      value: figureKey(m[0]),
      kroner: compound ? parseInt(compound[1], 10) + parseInt(compound[2], 10) / 60 : figureNumber(m[0]),
      perMonth: PER_MONTH.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16)),
      genitive: GENITIVE_HOURS.test(m[0]),
      rate: RATE_LEVEL_AFTER.test(text.slice(m.index, m.index + 60)),
      ownHours: !MONEY.test(m[0]) && OWN_ACTIVITY_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)),
      total: TOTAL_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)),
      days,
      converted: days && CONVERTED_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) && weekendsGranted(letter, block, m.index),
      perOccasion: !MONEY.test(m[0]) && (PER_OCCASION_AFTER.test(text.slice(end, end + 16)) || PER_OCCASION_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))),
      ...figureInSentence(letter, block, m.index),
    });
  }
  return amounts;
}

function amountsIn(letter: LetterModel, where: (block: Block) => boolean): Amount[] {
  const amounts: Amount[] = [];
  const amountsOf = (block: Block) => letter.memo(block, 'beregning.amounts', amountsInText);
  for (const block of letter.blocksWhere('beregning.amounts', (block) => amountsOf(block).length > 0)) {
    if (block.kind !== 'paragraph' || !where(block)) continue;
    // Written out: object spread is slow on this path (every figure of a long letter, on every keystroke).
    for (const a of amountsOf(block)) {
      amounts.push({ block, textStart: a.textStart, money: a.money, value: a.value, kroner: a.kroner, perMonth: a.perMonth, decides: a.decides, claimed: a.claimed, current: a.current, limit: a.limit, genitive: a.genitive, rate: a.rate, ownHours: a.ownHours, perOccasion: a.perOccasion, total: a.total, days: a.days, converted: a.converted });
    }
  }
  return amounts;
}

const say = textsOf('beregning');

/** "5.519" */
function kroner(amount: number): string {
  return Math.round(amount).toLocaleString('da-DK');
}

/** The minimum the letter's merudgift provision sets on its date, with how the message names it. */
interface Minimum {
  minimum: Threshold;
  provision: string;
  level: Message;
}

/** "2025-09-01" → "1.9.2025" */
const shortDate = (iso: string): string => iso.split('-').reverse().map((part) => String(parseInt(part, 10))).join('.');

function minimumFor(letter: LetterModel, references: readonly LegalReference[]): Minimum | undefined {
  const date = letterDate(letter);
  // The provision in force on the letter's date: "tidligere servicelovens § 41" beside "barnets lov § 86" in 2025 is history.
  const inForce = (r: LegalReference): boolean => date === undefined || r.paragraphs.every((p) => (provision(r.law!, p)?.inForceTo ?? date) >= date);
  const candidates = references.filter((r) => referenceInSet('merudgifter', r));
  const reference = candidates.find(inForce) ?? candidates[0];
  if (!reference) return undefined;
  const key = `${reference.law} ${reference.paragraphs.find((p) => referenceInSet('merudgifter', { law: reference.law, paragraphs: [p] }))}`;
  const minimum = threshold(key, date);
  if (!minimum) return undefined;
  const amount = `${kroner(minimum.amount)} kr. ${minimum.per === 'year' ? 'om året' : 'om måneden'}`;
  const year = String(minimum.year);
  const letterYear = date?.slice(0, 4);
  const level = minimum.from
    ? say('levelFrom', { amount, year, from: shortDate(minimum.from) })
    : letterYear && parseInt(letterYear, 10) > minimum.year ? say('levelOlder', { amount, year, letterYear }) : say('level', { amount, year });
  const citation = cite(minimum.stk ? `${minimum.provision}, stk. ${minimum.stk}` : minimum.provision);
  return { minimum, provision: citation, level };
}

/**
 * Whether a monthly grant shows by itself that the expenses reach the minimum: a merudgift granted is the expenses, so
 * one at the minimum or above reaches it (»Du får 2.560 kr. om måneden«). The kompensationsydelse's standard amount is
 * granted whatever the expenses above the minimum; only more than it (the expenses with an amount added) shows them.
 */
function reachesMinimum(monthly: number, minimum: Threshold): boolean {
  if (minimum.standardAmount !== undefined) return monthly > minimum.standardAmount;
  return (minimum.per === 'year' ? monthly * 12 : monthly) >= minimum.amount;
}

/**
 * The threshold test (barnets lov § 86, stk. 3; servicelovens § 100, stk. 3; from 1 September 2025 the
 * kompensationsydelse's minimum): a yearly minimum a grant must reach, and information when a merudgift
 * decision with amounts does not show the test at all.
 */
function thresholdReports(letter: LetterModel, found: Minimum | undefined, amounts: readonly Amount[], ownText: (block: Block) => boolean): Report[] {
  if (!found) return [];
  const { minimum, provision, level } = found;
  // The kompensationsydelse (from 1 September 2025) has a standard amount: a minimum of its own, no merudgift to test.
  const compensation = minimum.standardAmount !== undefined;
  const reports: Report[] = [];
  // What the kompensationsydelse grants is a standard amount or the expenses with one added: not the expenses to test.
  if (minimum.per === 'year' && !compensation) {
    // An item of the calculation is not the grant: only a monthly amount in a sentence that grants, outside a table (whose
    // header »Bevilget« would stand in the sentence of every item: »særligt brød ca. 40 kr. pr. måned«), nor what was paid
    // until now (»Tidligere har vi udbetalt 300 kr. om måneden«), nor what was applied for (»Ekstra tøjvask (søgt: 200 kr. om
    // måneden) – dækket delvist«).
    const monthly = amounts.filter((a) => a.money && a.perMonth && !a.current && !a.claimed && inSentenceWith(letter, a.block, a.textStart, 'grant') && tableRows(a.block.text).length < 2);
    // The child's expenses paid out in parts (»Mette får udbetalt 500 kr. om måneden«, »Jonas får udbetalt 300 kr. om
    // måneden«) reach the minimum together: each distinct sum counted once.
    const together = [...new Set(monthly.map((a) => a.kroner))].reduce((sum, kroner) => sum + kroner, 0);
    const granted = together * 12 < minimum.amount ? monthly.find((a) => a.kroner * 12 < minimum.amount) : undefined;
    if (granted) {
      reports.push({
        message: say('belowMinimum', { monthly: kroner(granted.kroner), yearly: kroner(granted.kroner * 12), level, citation: provision }),
        range: letter.sentenceAt(granted.block, granted.textStart),
      });
    }
  }
  const showsTest = letter.blocks.some((b) => ownText(b) && MINIMUM.test(b.text)) || amounts.some((a) => a.money && Math.round(a.kroner) === minimum.amount)
    || amounts.some((a) => a.money && a.decides && a.perMonth && reachesMinimum(a.kroner, minimum));
  if (!showsTest && reports.length === 0 && amounts.some((a) => a.money)) {
    const first = amounts.find((a) => a.money)!;
    reports.push({
      message: say(compensation ? 'noThresholdCompensation' : 'noThreshold', { level, citation: provision }),
      range: letter.sentenceAt(first.block, first.textStart),
      severityCap: 'information',
    });
  }
  return reports;
}

/**
 * Whether the letter deducts ordinary expenses: a word that deducts
 * ("fratrukket", "fradrag"), or ordinary expenses named in the calculation.
 * Ordinary expenses named in the reasons for refusing an item ("familier med
 * børn uden funktionsnedsættelse køber også en trampolin") refuse it and
 * deduct nothing from what is granted: a paragraph without an amount in kroner
 * that refuses, or stands under a title that does, does not count.
 */
function showsDeduction(letter: LetterModel, ownText: (block: Block) => boolean): boolean {
  if (letter.has('deduction', ownText)) return true;
  return letter.find('ordinaryExpenses', ownText).some((hit) => {
    if (letter.memo(hit.block, 'beregning.amounts', amountsInText).some((amount) => amount.money)) return true;
    const title = hit.block.section >= 0 ? letter.blocks[hit.block.section] : undefined;
    const refuses = (block: Block | undefined): boolean => block !== undefined && letter.matchesIn(block, 'notFullOutcome').length > 0;
    return !refuses(hit.block) && !refuses(title);
  });
}

/**
 * The standard amount is regulated every year (the satsreguleringsprocent has stayed well below 5 %): a figure up to a
 * twentieth above the catalogued level for each year the letter is dated after that level's year may be a later year's
 * level; in a letter of the level's own year, only the level itself is. An undated letter is given two years.
 */
const YEARLY_REGULATION_MARGIN = 0.05;

function regulationMargin(letter: LetterModel, minimum: Threshold): number {
  const letterYear = letterDate(letter)?.slice(0, 4);
  const years = letterYear === undefined ? 2 : Math.max(0, parseInt(letterYear, 10) - minimum.year);
  return 1 + YEARLY_REGULATION_MARGIN * years;
}

/**
 * Whether the decided amount is the kompensationsydelse's fixed standard amount: the catalogued amount itself, or
 * named so (»standardbeløb«, »fast beløb«, »gruppe 1«) when the decided figure's sentence does not grant the documented
 * expenses (»gruppe 2«); 'maybeStandard' when the figure lies just above it (a later year's level, not catalogued);
 * undefined under the merudgift rules, or for another figure (documented expenses with a supplement, which are
 * itemised like a merudgift).
 */
function compensationForm(letter: LetterModel, minimum: Minimum | undefined, decided: readonly Amount[], ownText: (block: Block) => boolean): 'standard' | 'maybeStandard' | undefined {
  const standard = minimum?.minimum.standardAmount;
  const money = decided.filter((a) => a.money);
  if (standard === undefined || money.length === 0) return undefined;
  const supplement = minimum?.minimum.documentedSupplement;
  const margin = regulationMargin(letter, minimum!.minimum);
  // A sum the decision grants in words that is no number of standard amounts, no later year's standard amount and not the
  // supplement (»Vi har bevilget dig kompensationsydelse på 2.350 kr. om måneden«) is measured out: the standard amount
  // named beside it (»et højere beløb end standardbeløbet i gruppe I på 1.105 kr.«) is a comparison.
  const timesStandard = (kroner: number): boolean => Math.abs(kroner / standard - Math.round(kroner / standard)) < 1e-6 || (kroner > standard && kroner <= standard * margin);
  const granted = (a: Amount): boolean => GRANTING.test(sentenceOf(letter, a));
  if (money.some((a) => a.block.role === 'afgoerelse' && !timesStandard(a.kroner) && Math.round(a.kroner) !== supplement && granted(a))) return undefined;
  if (money.some((a) => Math.round(a.kroner) === standard)) return 'standard';
  // »… efter gruppe 2 med 2.850 kr. om måneden«: the documented expenses with a supplement, whatever else the letter says
  // of the standard amount; the supplement alone (»dine dokumenterede udgifter plus 500 kr.«) tells what that form is.
  if (money.some((a) => Math.round(a.kroner) !== supplement && inSentenceWith(letter, a.block, a.textStart, 'compensation.documented'))) return undefined;
  // »Beløbet omfatter standardbeløbet på 500 kr.«, »dokumenterede udgifter med tillæg af standardbeløbet«: the
  // documented form's supplement called so, not the standard form.
  const supplementFigure = supplement === undefined ? undefined : figurePattern(supplement);
  const namesStandard = letter.find('compensation.standard', ownText).some((hit) => {
    const { start, end } = letter.sentenceAt(hit.block, hit.textStart);
    return !supplementFigure?.test(letter.source.slice(start, end)) && !inSentenceWith(letter, hit.block, hit.textStart, 'compensation.documented');
  });
  if (namesStandard) return 'standard';
  return money.some((a) => a.kroner > standard && a.kroner <= standard * margin) ? 'maybeStandard' : undefined;
}

/** A sum in kroner as letters write it (»500 kr.«, »2.850 kroner«), by the sum: the catalogue has a few. */
const FIGURE_PATTERNS = new Map<number, RegExp>();
function figurePattern(sum: number): RegExp {
  let pattern = FIGURE_PATTERNS.get(sum);
  if (!pattern) FIGURE_PATTERNS.set(sum, (pattern = new RegExp(`(?<![\\d.,])${escapeRegExp(kroner(sum))}[ \u00a0]*(?:kr|kroner)(?![\\p{L}])`, 'u')));
  return pattern;
}

/**
 * What something costs: »Stolen koster kommunen 71.400 kr.«, »prisen er«, »Priserne fastsætter leverandøren«, »et tilbud
 * på«, »en faktura på«, »en regning på«, what another charges (»det beløb, klubben opkræver«); not a bill to be sent (»når de sender
 * faktura«), nor what the municipality itself charges.
 */
const PRICE = /(?<![\p{L}])(?:kost(?:er|ede|e)|pris(?:en|er|erne)?|takst(?:en)?|tilbud(?:det)?[ \u00a0]+på|(?:faktura|regning|kvittering)\p{L}*[ \u00a0]+(?:på|lyder|er[ \u00a0]+på)|(?!kommunen)\p{L}+(?:en|et)[ \u00a0]+(?:opkræver|opkrævede|tager|tog)[ \u00a0]+for)(?![\p{L}])/iu;

/**
 * Whether a decided amount is the price of something the letter states elsewhere (»Køber du selv stolen, får du
 * højst 71.400 kr. … Invacare-stolen koster kommunen 71.400 kr.«), or named as a price or rate where it is decided: the
 * amount is that price, a calculation in one step.
 */
function pricedElsewhere(letter: LetterModel, decided: Amount, amounts: readonly Amount[]): boolean {
  return pricedWhereDecided(letter, decided, amounts) || amounts.some((other) => {
    if (other === decided || !other.money || other.value !== decided.value) return false;
    // The same sum decided again (»Vi refunderer højst 53.700 kr.«) after it was named as the price where first decided.
    if (other.decides) return pricedWhereDecided(letter, other, amounts);
    return PRICE.test(sentenceOf(letter, other));
  });
}

/**
 * Whether hours are a step-down before help stops, said in their sentence, the next (»nedsættes støtten fra 3 timer
 * til 1 time om ugen. Timen skal bruges til at afslutte forløbet.«) or the one before (»Derfor stopper støtten ikke med
 * det samme. I februar får De 1½ time om ugen.«): a transition, not measured out to a need.
 */
function steppingDown(letter: LetterModel, amount: Amount): boolean {
  if (inSentenceWith(letter, amount.block, amount.textStart, 'amount.stepDown')) return true;
  const { index } = sentenceSpanAt(letter, amount.block, amount.textStart);
  const sentences = letter.counts(amount.block).sentences;
  return index >= 0 && [sentences[index - 1], sentences[index + 1]]
    .some((sentence) => sentence !== undefined && inSentenceWith(letter, amount.block, sentence.start, 'amount.stepDown'));
}

/** A line that opens with a lettered item (»b) Morgenmad: …«), as a list pasted from Word is one paragraph to Markdown. */
const LETTERED_LINE = /^[ \t]*[a-zæøå]\)[ \t]/gimu;

/**
 * Where a paragraph's lines begin, and which of them hold a limit (notFullOutcome), when two or more of its lines open
 * with a lettered item, or it is a table (one measure a row: »Afslag« in one row limits nothing of another); else none.
 * Per text.
 */
function letteredLines(text: string, block: Block, letter: LetterModel): { starts: readonly number[]; limited: ReadonlySet<number> } | undefined {
  if ((text.match(LETTERED_LINE) ?? []).length < 2 && tableRows(text).length < 2) return undefined;
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return { starts, limited: new Set(letter.matchesIn(block, 'notFullOutcome').map((limit) => lineAt(starts, limit.start))) };
}

/** The index of the last of ascending `starts` at or before `offset` (the first is 0). */
function lineAt(starts: readonly number[], offset: number): number {
  return countUpTo(starts, (start) => start, offset) - 1;
}

/**
 * Whether a limit (notFullOutcome) stands beside the hours: in their paragraph, or in their item where the paragraph
 * lists lettered items (»b) … De får ikke en medarbejder …« limits b, not the minutes of c).
 */
function limitedInItem(letter: LetterModel, amount: Amount): boolean {
  // The facts limit nothing: »Stolen kan ikke få sidestøtte« beside »sad stabilt i 35 minutter« tells of a trial.
  const limitsHere = letter.matchesIn(amount.block, 'notFullOutcome');
  if (limitsHere.length === 0 || letter.inRole(amount.block, 'fakta')) return false;
  // Hours no word decides are measured out by a limit in their own sentence or after it (»… hos dig i cirka 15 minutter.
  // Du får ikke mere tid.«); after a limit they tell the form of the help it changed to (»… som et kameratilsyn i stedet
  // for et fysisk besøg. Det betyder, at en medarbejder ser ind til dig i højst 2 minutter hver nat«).
  if (!amount.decides) {
    const { start } = sentenceSpanAt(letter, amount.block, amount.textStart);
    if (!limitsHere.some((limit) => limit.start >= start)) return false;
  }
  const lines = letter.memo(amount.block, 'beregning.letteredLines', letteredLines);
  return !lines || lines.limited.has(lineAt(lines.starts, amount.textStart));
}

/**
 * Whether the paragraph right after the hours in the decision's own section limits what was applied for (»Du får et
 * forløb på 3 timer og 30 minutter om ugen.« then »Du får ikke besøg om aftenen.«): the hours are measured out
 * against a need partly refused, not granted as asked.
 */
function limitedBeside(letter: LetterModel, block: Block): boolean {
  const next = letter.blocks[block.index + 1];
  return block.role === 'afgoerelse' && next?.kind === 'paragraph' && next.section === block.section
    && letter.matchesIn(next, 'notFullOutcome').length > 0 && letter.matchesIn(next, 'notFullOutcome.condition').length === 0;
}

/** What names a sum as the rest of one sum after another: »Forskellen på 13.500 kr. betaler du selv«, »merprisen«. */
const DIFFERENCE = /(?<![\p{L}])(?:forskellen|differencen|prisforskellen|merprisen|resten|restbeløbet)(?![\p{L}])/iu;

/**
 * The decided sums of a letter that decides sums in parts of their own (»Merudgifter – barnets lov § 86« with its table,
 * »Tabt arbejdsfortjeneste – barnets lov § 87« with »9.870 kr. om måneden«) whose own part shows no calculation: a table
 * in one part calculates nothing of the other. The summary in the decision section is told by the parts; a section that
 * calculates (»Beregning«) serves them all.
 */
function partsWithoutCalculation(letter: LetterModel, ownText: (block: Block) => boolean, decided: readonly Amount[], amounts: readonly Amount[], inOneStep: (sum: Amount) => boolean): Amount[] {
  if (letter.heading('beregning') !== undefined || new Set(decided.filter((a) => a.money).map((a) => a.value)).size < 2) return [];
  const unshown: Amount[] = [];
  const checked = new Set<number>();
  for (const a of decided) {
    const section = a.block.section;
    // The block's own section, not the letter's title (»# Afgørelse om …«) that holds every part.
    if (!a.money || section < 0 || checked.has(section) || a.block.role === 'afgoerelse') continue;
    checked.add(section);
    const sums = decided.filter((other) => other.money && other.block.section === section);
    const inPart = (block: Block): boolean => ownText(block) && block.section === section;
    const items = new Set(amounts.filter((other) => other.money && inPart(other.block) && !sums.some((sum) => sum.value === other.value) && !other.claimed && !other.current && !other.limit).map((other) => other.value)).size;
    if (calculationShown(letter, inPart, items)) continue;
    if (sums.every((sum) => inOneStep(sum) || resultElsewhere(letter, ownText, sum))) continue;
    unshown.push(a);
  }
  return unshown;
}

/** Whether a decided sum is named in another part than its own, outside the decision's summary: the result of a calculation there (»Afrundet til nærmeste 100 kr. | 700«). */
function resultElsewhere(letter: LetterModel, ownText: (block: Block) => boolean, sum: Amount): boolean {
  const figure = new RegExp(`(?<![\\d.,])${escapeRegExp(kroner(sum.kroner))}(?![\\d]|[.,]\\d)`);
  return letter.blocks.some((block) => block.section !== sum.block.section && ownText(block) && block.role !== 'afgoerelse' && figure.test(block.text));
}

/**
 * Whether the sums that make the calculation shown are only the party's circumstances told among the facts of the case
 * (»Din husleje er steget med 420 kr. om måneden«, an income, a balance left after fixed expenses), which neither add up
 * to a decided sum nor leave it as their difference: the letter says what was weighed, not how the sum was reached. A
 * breakdown in the facts that makes the decided sum (»medicin 300 kr., tøj 200 kr.« for a grant of 500 kr.) is shown.
 */
function onlyTheFactsCalculate(letter: LetterModel, ownText: (block: Block) => boolean, itemAmounts: readonly Amount[], decided: readonly Amount[]): boolean {
  const inFacts = (block: Block): boolean => letter.inRole(block, 'fakta');
  const factSums = itemAmounts.filter((a) => inFacts(a.block));
  if (factSums.length === 0) return false;
  const outsideFacts = (block: Block): boolean => ownText(block) && !inFacts(block);
  if (calculationShown(letter, outsideFacts, new Set(itemAmounts.filter((a) => !inFacts(a.block)).map((a) => a.value)).size)) return false;
  const sums = factSums.map((a) => inOre(a.kroner));
  const total = sums.reduce((sum, each) => sum + each, 0);
  const made = new Set([total, total / 12, total * 12, ...sums.flatMap((a) => sums.flatMap((b) => [a + b, a - b]))]);
  return !decided.some((a) => a.money && made.has(inOre(a.kroner)));
}

/**
 * Whether a decided amount is the difference of two other sums the letter states: in its own paragraph (»Tilbuddet er
 * på 29.990 kr. Regionen giver 7.208 kr., så din egenbetaling bliver 22.782 kr.«), or anywhere when it is named as a
 * difference (DIFFERENCE: »Forskellen på 13.500 kr.« beside a price of 38.000 kr. and a refund of 24.500 kr.). A
 * calculation in one step, shown.
 */
function differenceOfStated(letter: LetterModel, decided: Amount, amounts: readonly Amount[]): boolean {
  const named = DIFFERENCE.test(sentenceOf(letter, decided));
  // In øre, so that a set finds the smaller sum of each pair: sums of money have at most two decimals.
  const sums = new Set(amounts.filter((other) => other.money && other.value !== decided.value && (named || other.block === decided.block)).map((other) => inOre(other.kroner)));
  const difference = inOre(decided.kroner);
  return [...sums].some((larger) => sums.has(larger - difference));
}

const inOre = (kroner: number): number => Math.round(kroner * 100);

/**
 * A sum that is so many months of a monthly sum the letter decides (»Efterbetaling for januar og februar 2026 (1.200 kr.)«
 * beside »600 kr. om måneden«): the months times the sum, a calculation in one step. Not a multiple of a sum applied for
 * (»søgt om 150 kr. om måneden« beside a grant of 1.200 kr.).
 */
function monthsOfMonthly(sum: Amount, decided: readonly Amount[]): boolean {
  const ore = inOre(sum.kroner);
  return decided.some((monthly) => monthly.money && monthly.perMonth && monthly.kroner > 0 && monthly.value !== sum.value
    && MONTHS.some((months) => inOre(monthly.kroner) * months === ore));
}

/** How many months a back payment or a sum for a period may cover. */
const MONTHS = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/**
 * Hours that the application's own figures give: one of them kept, or the difference of two refused (»søgt om 37 timer om
 * ugen i stedet for 20« then »afslag på de ekstra 17 timer«). Nothing is measured out beyond what the party wrote; hours
 * granted between two figures (»4,5 timer … 1,5 time mere end i dag, men mindre end de 6 timer«) are.
 */
function fromApplication(decided: Amount, amounts: readonly Amount[]): boolean {
  if (decided.money) return false;
  const applied = new Set(amounts.filter((other) => !other.money && other.claimed).map((other) => inOre(other.kroner)));
  const hours = inOre(decided.kroner);
  if (applied.has(hours)) return true;
  const before = decided.block.text.slice(Math.max(0, decided.textStart - REFUSAL_REACH), decided.textStart);
  return REFUSED_JUST_BEFORE.test(before) && [...applied].some((larger) => applied.has(larger - hours));
}

/** »afslag på de ekstra 17 timer«, »Du får ikke de 17 timer«: the hours refused, named right before their figure. */
const REFUSED_JUST_BEFORE = /(?<![\p{L}])(?:afslag[ \u00a0]+på|ikke)(?:[ \u00a0]+\p{L}+){0,3}[ \u00a0]*$/iu;
const REFUSAL_REACH = 60;

/**
 * »Prisen er kommunens takst på 58 kr. pr. hovedret, og den betaler du selv«: the price named where it is decided, the
 * only sum of its sentence (»Du får 4.000 kr. til en seng, som koster 9.800 kr.« grants part of a price).
 */
function pricedWhereDecided(letter: LetterModel, decided: Amount, amounts: readonly Amount[]): boolean {
  if (!onlySumOfSentence(letter, decided, amounts)) return false;
  const sentence = sentenceOf(letter, decided);
  return PRICE.test(sentence) && !WORKED_OUT_FROM_PRICE.test(sentence) && !PART_OF_PRICE.test(sentence);
}

/** Whether no other sum of money stands in the sentence of `a`. */
function onlySumOfSentence(letter: LetterModel, a: Amount, amounts: readonly Amount[]): boolean {
  const own = letter.sentenceAt(a.block, a.textStart).start;
  return !amounts.some((other) => other !== a && other.money && other.block === a.block && letter.sentenceAt(other.block, other.textStart).start === own);
}

/** A part of a price (»Kommunen betaler 2.145 kr. af fakturaen«): the price is not the sum, and how the part was found is to show. */
const PART_OF_PRICE = /(?:kr\.?|kroner)[ \u00a0]+af[ \u00a0]+(?:den[ \u00a0]+|det[ \u00a0]+)?(?:faktura|regning|pris|tilbud|udgift)\p{L}*/iu;

/** A sum worked out from a price that is not given (»fastsat ud fra prisen hos kommunens leverandør«): no price named. */
const WORKED_OUT_FROM_PRICE = /(?<![\p{L}])(?:ud[ \u00a0]+fra|på[ \u00a0]+baggrund[ \u00a0]+af|med[ \u00a0]+udgangspunkt[ \u00a0]+i|baseret[ \u00a0]+på)[ \u00a0]+(?:\p{L}+[ \u00a0]+)?(?:prisen|priserne|taksten|tilbuddet)(?![\p{L}])/iu;

/**
 * A provision named for a matter this decision does not decide: one decided in another decision or untouched by this
 * one, one the party may apply under (»kan du eventuelt søge dækket efter servicelovens § 100«), or a part of the
 * application sent on to be handled under it. It sets no minimum and makes no case about merudgifter.
 */
function anotherMatter(letter: LetterModel, reference: LegalReference): boolean {
  return OTHER_MATTERS.some((group) => inSentenceWith(letter, reference.block, reference.textStart, group));
}

const OTHER_MATTERS = ['matter.decidedElsewhere', 'matter.toApplyFor'] as const;

/**
 * Hours measured out in words (»1 time om ugen til indkøb«, »svarende til«), not in the application (»Du har søgt om
 * 3 timers hjælp om ugen til rengøring og tøjvask« asks, it measures nothing out), and not a word that only leads to the
 * hours decided (»tilskud til hjælpere svarende til 112 timer om ugen«). The facts may hold the breakdown (»morgen og
 * aften i alt 18 timer om ugen«).
 */
function hoursCalculated(letter: LetterModel, ownText: (block: Block) => boolean, decided: readonly Amount[], amounts: readonly Amount[]): boolean {
  const leadsToDecided = (hit: Hit): boolean => decided.some((a) => a.block === hit.block && a.textStart >= hit.textEnd && a.textStart - hit.textEnd <= DECIDED_RIGHT_AFTER);
  // »to gange om ugen« lays hours out only beside hours (»2 gange om ugen à 1½ time«), not of the mother's visits.
  const withHours = (hit: Hit): boolean => {
    const { start, end } = sentenceSpanAt(letter, hit.block, hit.textStart);
    return amounts.some((a) => !a.money && a.block === hit.block && a.textStart >= start && a.textStart < end);
  };
  return letter.find('calculation', ownText).some((hit) => !inSentenceWith(letter, hit.block, hit.textStart, 'appliedFor') && !UNTIL_A_DATE.test(hit.text)
    && (!FREQUENCY.test(hit.text) || withHours(hit))
    && !leadsToDecided(hit) && !(hit.text.toLowerCase() === 'beregnet' && INTENDED_FOR.test(hit.block.text.slice(hit.textEnd, hit.textEnd + 20))));
}

/** A frequency among the calculation's words: »gange om ugen«, »pr. gang«. */
const FREQUENCY = /gange|gang$/iu;

/** »beregnet til en periode«, »beregnet til at …«: meant for, not worked out (»beregnet til 2 timer« is). */
const INTENDED_FOR = /^[ \u00a0]+til[ \u00a0]+\p{L}/u;

/** How far after a calculation's word the hours decided may start and still be what the word leads to: a space or two. */
const DECIDED_RIGHT_AFTER = 2;

/** »4 timer om ugen til og med 14. januar«, »… til den 1. marts«: the period the hours run for, not a task they go to. */
const UNTIL_A_DATE = /til[ \u00a0]+(?:og|den|d|udgangen|slutningen|januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\.?$/iu;

/**
 * Whether the hours decided are those the provision itself sets (servicelovens § 97: 15 timer om måneden), what was
 * applied for beyond them (»afslag på de 10 timer ud over 15 timer«, 25 applied for) or the hours applied for themselves:
 * the law's, not measured out.
 */
function setByLaw(letter: LetterModel, decided: readonly Amount[], amounts: readonly Amount[]): boolean {
  const fixed = decisionReferences(letter).flatMap((r) => r.paragraphs.flatMap((p) => {
    const hours = r.law === undefined ? undefined : provision(r.law, p)?.fixedHours;
    return hours ? [hours.amount] : [];
  }));
  const applied = new Set(amounts.filter((a) => !a.money && a.claimed).map((a) => a.kroner));
  // The hours applied for said again (»at du får 15 timer og ikke 25 timer«) are the application's, not measured out.
  return fixed.length > 0 && decided.every((a) => fixed.includes(a.kroner) || applied.has(a.kroner) || fixed.some((hours) => applied.has(hours + a.kroner)));
}

/** A table in the letter's own text whose items do not add up to its total: each column that does not, on the total row. */
function unbalancedTotalReports(letter: LetterModel, ownText: (block: Block) => boolean): Report[] {
  return letter.blocksWhere('beregning.unbalancedTables', (block) => block.kind === 'paragraph' && letter.memo(block, 'beregning.unbalancedTotal', unbalancedTotals).length > 0)
    .filter(ownText)
    .flatMap((block) => letter.memo(block, 'beregning.unbalancedTotal', unbalancedTotals).map((column) => ({
      message: say('totalDoesNotAddUp', { sum: column.sum, total: column.total }),
      range: { start: sourceOffset(block, column.totalStart), end: sourceOffset(block, column.totalEnd - 1) + 1 },
    })));
}

/**
 * The one sum of a sentence that stops or keeps help granted before (»Den merudgiftsydelse på 600 kr. pr. måned, der
 * siden januar 2024 er udbetalt, ophører med udgangen af december«, »Du beholder dine 1.200 kr. om måneden«): that
 * grant's sum, measured out when it was granted, not now. A sentence with a second sum may set a new one.
 */
function stopsOrKeepsSum(letter: LetterModel, a: Amount, amounts: readonly Amount[]): boolean {
  return inSentenceWith(letter, a.block, a.textStart, 'amount.earlierGrant') && onlySumOfSentence(letter, a, amounts);
}

/** A sentence that stops help: »Merudgiftsydelsen på 1.200 kr. om måneden ophører den 14. november«. */
const STOPS = new RegExp(`(?<![\\p{L}])(?:${STOP_WORDS})`, 'iu');

/**
 * Whether the merudgift stops and every other sum the letter decides is paid from it as it stood (»For november får I
 * udbetalt 520 kr.«, worked out from the 1.200 kr. a month that stop): a part of what was measured before, so no new
 * merudgift to deduct ordinary expenses from. A new monthly sum is measured anew.
 */
function paidOutUntilStop(letter: LetterModel, amounts: readonly Amount[], decided: readonly Amount[]): boolean {
  const stopped = new Set(amounts.filter((a) => a.money && a.perMonth && !a.decides && STOPS.test(sentenceOf(letter, a))).map((a) => a.value));
  return stopped.size > 0 && decided.every((a) => !a.money || stopped.has(a.value) || !a.perMonth);
}

export const beregning: Rule = {
  id: 'beregning',
  title: 'Beregningen bag beløb eller timer mangler',
  titleEn: 'The calculation behind an amount or hours is missing',
  source: {
    citation: `${cite('FVL 24')} (begrundelsen skal kunne forstås); Ankestyrelsens praksis om udmåling og kompensationsprincippet (${cite('BL 86')}, ${cite('SEL 100')})`,
    urls: [
      'https://www.ombudsmanden.dk/find-viden/myndighedsguiden/generel-forvaltningsret/10-begrundelse',
      'https://www.lovguiden.dk/loven/bekendtgørelse-af-barnets-lov/86',
      'https://www.dukh.dk/Guides-og-Praksisnyt/@32/Praksisnyt-17---Kompensationsprincippet-',
    ],
  },
  defaultSeverity: 'warning',
  fixable: true,
  silentOnFullApproval: true,
  check({ letter, options }) {
    const relevant = outsideAppealGuidance(letter);
    // Quoted law ("højst 34.055 kr. om måneden") is not the letter's own figure.
    const ownText = (block: Block): boolean => relevant(block) && !letter.inRole(block, 'regler');
    const amounts = amountsIn(letter, ownText);
    // Hours granted below those applied for in the same period (»Du får 4 timer om ugen« after »Du har søgt om 10 timer om
    // ugen«) are limited without a word that limits; outcome.ts reads the figures with their decimals and fractions
    // (»4,5 timer«, »3½ time«). Hours given in a paragraph on a quality standard (»Kommunens serviceniveau for ledsagelse
    // er 8 timer om måneden«) are not measured out at all: that is kvalitetsstandard's finding, not a calculation to show.
    let hoursBelowApplied: ReadonlySet<number> | undefined;
    const grantedBelowApplied = (a: Amount): boolean => {
      hoursBelowApplied ??= new Set(figuresGrantedBelowApplied(letter).filter((figure) => figure.key.startsWith('time/') || figure.key.startsWith('døgn/')).map((figure) => figure.value));
      // »2 timer og 30 minutter« is read there as its whole hours.
      return (hoursBelowApplied.has(a.kroner) || hoursBelowApplied.has(Math.trunc(a.kroner)))
        && !amounts.some((other) => !other.money && other.value === a.value && letter.matchesIn(other.block, 'qualityStandard').length > 0);
    };
    // A limit in the hours' item, or in the paragraph after a grant of them; not for the hours of one session (»1½ time ad
    // gangen«), which a limit on how often, or a refusal of other help beside them, does not measure out.
    const limitedAround = (a: Amount): boolean => !a.perOccasion && (limitedInItem(letter, a) || (a.decides && limitedBeside(letter, a.block)));
    // Hours count only where the decision grants or limits them, or grants them as a total of parts; money where the decision grants or sets it (not the amount applied for).
    // Help decided in another letter ("Det får du en særskilt afgørelse om") is that letter's to calculate; hours in a
    // step-down before help stops are a transition, not measured out to a need.
    // »Fra den 1. januar får I 0 kr.«: help stopped, nothing measured out.
    // The items of the list the party applied with (»Du søgte om dækning af:« over »- et coachingforløb (1.200 kr. om måneden)«) are asked, not decided.
    // The benefit as it stands, said again (»… som indgår i de 800 kr.« after »Din nuværende merudgiftsydelse på 800 kr. om
    // måneden er uændret«), is no sum decided now; nor are the hours the party has now, told again in the facts (»… og får
    // støtte fra Bostøtte Rebild 6 timer om ugen« after »Du fortsætter med støtten på 6 timer om ugen, som du har i dag«).
    const standingSums = new Set(amounts.filter((a) => a.money && a.current).map((a) => a.value));
    const standingHours = new Set(amounts.filter((a) => !a.money && a.current).map((a) => a.value));
    const convertedDays = new Set(amounts.filter((a) => a.converted).map((a) => a.value));
    const decided = amounts.filter((a) => !a.current && !a.genitive && !a.ownHours && !a.converted && !(a.money && a.kroner === 0) && letter.matchesIn(a.block, 'matter.decidedElsewhere').length === 0
      && !appliedListItem(letter, a.block)
      && (a.money ? (a.decides && !stopsOrKeepsSum(letter, a, amounts) && !standingSums.has(a.value)) || (!a.claimed && grantedListItem(letter, a.block)) : !a.claimed && !standingHours.has(a.value) && !(a.days && convertedDays.has(a.value)) && (limitedAround(a) || (a.decides && (a.total || grantedBelowApplied(a)))) && !steppingDown(letter, a)
        && (a.decides || !inSentenceWith(letter, a.block, a.textStart, 'amount.earlierGrant'))));
    const unbalanced = unbalancedTotalReports(letter, ownText);
    if (decided.length === 0) return unbalanced;
    // The finding sits on the decided figure, not on the figure applied for.
    const first = decided.find((a) => letter.inRole(a.block, 'afgoerelse')) ?? decided[0];
    const range = letter.sentenceAt(first.block, first.textStart);
    const money = decided.some((a) => a.money);
    // The provisions the decision rests on say whether it is about merudgifter; the word alone only when it names none
    // (servicelovens § 113, stk. 4, also speaks of »merudgifter«: those of a dearer model, with no ordinary expenses to deduct).
    // A provision named as untouched by this decision (»Merudgiftsydelsen efter § 86 er ikke berørt af denne afgørelse«) is not its basis.
    const basis = decisionReferences(letter).filter((r) => r.law !== undefined && !isProcedural(r) && !anotherMatter(letter, r));
    const aboutMerudgift = basis.length > 0
      ? basis.some((r) => referenceInSet('merudgifter', r))
      : letter.find('compensationContext', ownText).some((h) => /merudgift|kompensationsydelse/i.test(h.text));
    // Only merudgifter have ordinary expenses to deduct; other amounts are items and a total, hours are measured out per task.
    const snippet = !money ? 'Udmåling af timer' : aboutMerudgift ? 'Beregning' : 'Beregning af beløb';
    const fix = addToReasons(letter, first.block, snippet, say('fixInsert'), options);

    // Money must be calculated in kroner (elements.ts); for hours, three different figures (items and a total) are a breakdown laid
    // out. The hours applied for are not one: "15 timer søgt, 8 bevilget, afslag på 7" breaks nothing down.
    const figures = new Set(amounts.filter((a) => !a.claimed).map((a) => a.value)).size;
    // Hours per task ("1 time til indkøb", "1 time til post") add up to the hours decided.
    const decidedValues = new Set(decided.map((a) => a.value));
    // The hours as they stand (»Du får i dag 7 timer om ugen«) are the starting point, not an item, wherever the letter repeats them.
    const hourItems = amounts.filter((a) => !a.money && !decidedValues.has(a.value) && !a.claimed && !standingHours.has(a.value)).length;
    // Amounts in the letter's own account besides the decided one: the items of a calculation in prose. The grant as it
    // stands (»I dag får du 3.600 kr.«), a limit passed (»over grænsen på 2.000 kr.«) and the items of the list the party
    // applied with (»Du har sendt os denne liste:«) are none, nor is the decided sum said again (»Beløbet afrundes til 1.300 kr.«).
    const itemAmounts = amounts.filter((a) => a.money && !decidedValues.has(a.value) && !a.claimed && !a.current && !a.limit && !appliedListItem(letter, a.block));
    const items = new Set(itemAmounts.map((a) => a.value)).size;
    // A sum the rules set, a price, or the difference of two sums stated: a calculation in one step.
    const inOneStep = (a: Amount): boolean => !a.money || (a.rate && !aboutMerudgift) || pricedElsewhere(letter, a, amounts) || differenceOfStated(letter, a, amounts) || monthsOfMonthly(a, decided);
    const computedInOneStep = decided.every(inOneStep);
    const showsCalculation = money
      ? calculationShown(letter, ownText, items, decidedValues) || computedInOneStep
      : letter.heading('beregning') !== undefined || hoursCalculated(letter, ownText, decided, amounts) || showsHoursArithmetic(letter, ownText) || figures >= 3 || hourItems >= 2 || setByLaw(letter, decided, amounts)
        || decided.every((a) => fromApplication(a, amounts));
    // A claim to pay back what was paid (»Du skal betale 3.402 kr. tilbage«; not the warning »hvis …, kan du komme til at
    // betale ydelsen tilbage«) is no grant: the kompensationsydelse's forms and minimum are not its to show.
    const claimsRepayment = letter.find('amount.repayment', ownText).some((hit) => !inSentenceWith(letter, hit.block, hit.textStart, 'hypothetical'));
    const minimum = claimsRepayment ? undefined : minimumFor(letter, decisionReferences(letter).filter((r) => ownText(r.block) && !anotherMatter(letter, r)));
    const form = compensationForm(letter, minimum, decided, ownText);
    const reports: Report[] = [...unbalanced];
    if (!showsCalculation) {
      // The kompensationsydelse's standard amount is not calculated: the letter shows that the expenses reach the minimum.
      if (form === 'standard') return [...reports, ...thresholdReports(letter, minimum, amounts, ownText)];
      // Which form the letter grants is for the reader to check; the message names the minimum too.
      if (form === 'maybeStandard') return [...reports, { message: say('notShownCompensation', { level: minimum!.level, citation: minimum!.provision }), range, fix, severityCap: 'information' }];
      reports.push({ message: say('notShown'), range, fix });
      return [...reports, ...thresholdReports(letter, minimum, amounts, ownText)];
    }
    if (money && !computedInOneStep && onlyTheFactsCalculate(letter, ownText, itemAmounts, decided)) {
      reports.push({ message: say('onlyFactsInKroner'), range, fix, severityCap: 'information' });
    }
    for (const part of partsWithoutCalculation(letter, ownText, decided, amounts, inOneStep)) {
      const partRange = letter.sentenceAt(part.block, part.textStart);
      reports.push({ message: say('partNotShown', { sum: kroner(part.kroner) }), range: partRange, fix: addToReasons(letter, part.block, snippet, say('fixInsert'), options) });
    }
    // Only a grant has a calculated merudgift; a refusal below the minimum amount needs no deduction, nor a claim to pay back what was paid.
    // »… derfor kan vi ikke bevilge dem«: a grant word negated grants nothing.
    const grants = !claimsRepayment && letter.find('grant', ownText).some((hit) => !negatedJustBefore(letter, hit.block, matchOfHit(hit)));
    if (aboutMerudgift && grants && money && form !== 'standard' && !paidOutUntilStop(letter, amounts, decided) && !showsDeduction(letter, ownText)) {
      // An item called "ekstra" may be only the part above the ordinary, and a letter that covers only what others do not
      // have, or says an expense is extra as a whole, may count an item in full: say what to check, no warning.
      const extraOnly = letter.has('extraExpenses', ownText);
      const wholeExtra = !extraOnly && letter.has('wholeExpenseExtra', ownText);
      reports.push({
        message: say(extraOnly ? 'noDeductionCheck' : wholeExtra ? 'noDeductionWholeExpense' : 'noDeduction'),
        range,
        fix,
        ...(extraOnly || wholeExtra || form === 'maybeStandard' ? { severityCap: 'information' as const } : {}),
      });
    }
    return [...reports, ...thresholdReports(letter, minimum, amounts, ownText)];
  },
};
