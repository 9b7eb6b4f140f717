import { Block, tableCells, tableRows } from './markdown';
import { Hit, LetterModel, oncePerLetter } from './letter';
import { PhraseGroupId, PhraseMatch, insideAny, phrases } from './phrases';
import { splitSentences } from './sentences';
import { negatedAtEnd } from './negation';
import type { LawMention, LegalReference } from './references';
import { outsideAppealGuidance } from './anchors';
import { type LawId, lawInSet } from './catalogue';

/**
 * Elements a rule looks for that a phrase alone cannot settle, recognised by
 * meaning (docs/ELEMENTS.md). Each starts from a phrase family in
 * data/phrases.json and reads the rest of the sentence around it.
 */

/** The sentence around a match (the letter's own sentence split, which knows "kr." and "stk."), as source text split at the match. */
function sentenceAround(letter: LetterModel, block: Block, match: PhraseMatch): { before: string; after: string } {
  const sentence = letter.sentenceAt(block, match.start);
  const start = letter.toSource(block, match.start);
  const end = Math.max(start, letter.toSource(block, match.end));
  return { before: letter.source.slice(sentence.start, start), after: letter.source.slice(end, Math.max(end, sentence.end)) };
}

/**
 * A municipal unit named by a compound (»Familieafdelingen«, »Voksenteamet«, »Hjælpemiddelcentret«,
 * »Familierådgivningen«, »Handicapkontoret«, »Borgerservice«): the phrase group appeal.municipalRecipient matches
 * words from their start, and a unit's name has its kind at the end.
 */
const MUNICIPAL_UNIT = /\p{L}(?:afdeling|team|cent(?:er|ret|eret)|enhed|forvaltning|sekretariat|visitation|rådgivning|kontor|service)\p{L}*/iu;

/** Whether a text names the municipality, one of its units, »os« or »vi« as the one the complaint goes to. */
function namesMunicipalRecipient(text: string): boolean {
  // Ankestyrelsen's postal address (»7998 Statsservice«) is no unit of the municipality.
  return phrases('appeal.municipalRecipient').test(text) || MUNICIPAL_UNIT.test(text.replace(STATE_SERVICE, ''));
}

const STATE_SERVICE = /statsservice/giu;
/** Ankestyrelsen right before a lodging verb, as its subject (»så Ankestyrelsen skal have din klage senest …«). */
const APPEAL_BODY_RECEIVES = /ankestyr\p{L}*[ \u00a0,]*$/iu;

/** Ankestyrelsen as the place to send the complaint: right after "til" / "direkte til". */
const STRAIGHT_TO_APPEAL_BODY = /^[\s,]*(?:(?:direkte|straks)\s+)?(?:til\s+)?(?:den\s+)?ankestyr/iu;

/** Whether a phrase is negated just before it in its sentence (»Vi kan ikke give dig det, du har bedt om«). */
export function negatedJustBefore(letter: LetterModel, block: Block, match: PhraseMatch): boolean {
  return negatedAtEnd(sentenceAround(letter, block, match).before);
}

/**
 * Whether the guidance says where to lodge the complaint with the
 * municipality, or that the municipality reassesses it (RSL § 66): a stock
 * phrase ("send klagen til os"); a reassessment in any wording ("vurderer
 * afgørelsen igen", "tager stilling til din klage igen") unless Ankestyrelsen
 * is the one that looks again; or a lodging verb ("klagen skal være
 * modtaget", "Vi skal have din klage", "klage … til") whose sentence names the
 * municipality (by name, unit, address, "os" or "vi") and does not send the
 * complaint straight to Ankestyrelsen.
 */
export function namesLodging(letter: LetterModel, blocks: readonly Block[]): boolean {
  return blocks.some((block) => {
    if (letter.matchesIn(block, 'appeal.lodging').length > 0) return true;
    for (const match of letter.matchesIn(block, 'appeal.reassessment')) {
      const { before, after } = sentenceAround(letter, block, match);
      // »… bliver afgørelsen først vurderet igen« says that someone looks again, not where the complaint goes.
      if (!/ankestyr/iu.test(before) && !negatedAtEnd(before) && namesMunicipalRecipient(`${before} ${match.text} ${after}`)) return true;
    }
    for (const match of letter.matchesIn(block, 'appeal.lodgingVerb')) {
      const { before, after } = sentenceAround(letter, block, match);
      if (/\bdirekte\b/iu.test(match.text) || STRAIGHT_TO_APPEAL_BODY.test(after) || APPEAL_BODY_RECEIVES.test(before)) continue;
      const sentence = `${before} ${match.text} ${after}`;
      // »Har du spørgsmål til afgørelsen, er du velkommen til at ringe til Ydelsescentret«: a question is no complaint, nor
      // is help to write one (»… hvis du har spørgsmål eller brug for hjælp til at klage«).
      if (QUESTIONS.test(sentence) && !COMPLAINT_WORD.test(sentence.replace(HELP_TO_COMPLAIN, ''))) continue;
      if (namesMunicipalRecipient(sentence)) return true;
    }
    return false;
  });
}

const QUESTIONS = /(?<![\p{L}])spørgsmål(?![\p{L}])/iu;
const COMPLAINT_WORD = /klag/iu;
/**
 * Help or guidance to complain, or the rules of complaining, offered beside questions (»Har De spørgsmål til
 * klagemulighederne, er De velkommen til at ringe til os«): no place to lodge the complaint.
 */
const HELP_TO_COMPLAIN = /(?:hjælp|vejledning)[ \u00a0]+(?:til|om)[ \u00a0]+(?:at[ \u00a0]+klage|klagen|din[ \u00a0]+klage|jeres[ \u00a0]+klage|Deres[ \u00a0]+klage)|klage(?:mulighed|adgang|vejledning|regl|regel|proce)\p{L}*/giu;

/** Hours or minutes, written out or short (»6 timer«, »30 min.«, »14 t«). */
const HOURS = /(?<![\p{L}])(?:timer?|minutter|min\.?|t)(?![\p{L}])/iu;

/** Whether a line of the letter works out hours by an operator (»tirsdag kl. 8-14 = 6 timer«, »4 timer x 5 dage«), where the reader can follow them. */
export function showsHoursArithmetic(letter: LetterModel, where: (block: Block) => boolean): boolean {
  return letter.blocksWhere('elements.hoursArithmetic', (block) => block.kind === 'paragraph' && calculatesIn(block.text, HOURS)).some(where);
}

/**
 * Two figures joined by an operator: "16 × 7 = 112", "1.170 kr. – 430 kr. = 740 kr.", "4 timer x 5 dage", "2 + 1"; or a
 * share of an amount: "50 % af 6.000 kr.". (A unit's full stop is no word boundary: "kr." before "=" is read whole.)
 */
const ARITHMETIC = /\d(?:[\d.,]*\d)?(?:[ \u00a0]*(?:kr\.|(?:kr|timer?|dage?|t)\b))?[ \u00a0]*(?:[×x*·+=]|[ \u00a0][-–−/][ \u00a0])[ \u00a0]*(?:kr\.?[ \u00a0]*)?\d|\d[ \u00a0]*%[ \u00a0]+af[ \u00a0]+(?:kr\.?[ \u00a0]*)?\d/iu;
/** A figure in a line: an amount, hours or a plain number, or a placeholder «beløb» still to be filled in. */
const FIGURE = /\d|«/;

const MONEY = /(?<![\p{L}])(?:kr|kroner)(?![\p{L}])|«[^»]*beløb/iu;
/** Money named in a calculation section: kroner, DKK or an amount (»Beløb pr. måned«). */
const MONEY_NAMED = /(?<![\p{L}])(?:kr|kroner|dkk|beløb\p{L}*)(?![\p{L}])/iu;

/**
 * A table in kroner laid out with pipes (Markdown tables reach the blocks as pipe lines), at least two rows with figures.
 * A table of what was applied for beside what is granted (»| | Ansøgt | Bevilget |«) sets results side by side: it
 * calculates only with a row of its total.
 */
function tableOfAmounts(text: string): boolean {
  const rows = tableRows(text);
  return rows.filter((line) => FIGURE.test(line)).length >= 2 && rows.some((line) => MONEY.test(line))
    && (grantedColumn(rows) < 0 || rows.some((line) => TOTAL_ROW.test(tableCells(line)[0] ?? '')));
}

/** The label of a table's total row: »I alt«, »Samlet«, »Total«, »Sum«. */
const TOTAL_ROW = /^(?:i[ \u00a0]+alt|samlet|sammenlagt|total|sum)(?![\p{L}])/iu;

/** A line that names an item and its amount: "Medicin: 90 kr. om måneden", "- Ekstra vask – 60 kr.", "2. Transport: kr. 1.200". */
const ITEM_LINE = /^[ \t]*(?:[-*+•]|\d{1,2}[.)])?[ \t]*\p{L}[^\n:–]{0,80}(?::|[ \t]–)[ \t]*(?:ca\.[ \t]*)?(?:kr\.[ \t]*)?\d{1,3}(?:\.\d{3})*(?:,\d{1,2})?(?:[ \t]*(?:kr\.?|kroner))?(?![\p{L}\p{N}])/u;

/** The sums (digits only) of the lines that name an item and its amount. */
function itemLineSums(text: string): string[] {
  return text.split('\n').flatMap((line) => {
    const item = MONEY.test(line) ? ITEM_LINE.exec(line) : null;
    return item ? [figureKey(FIGURE_NUMBER.exec(item[0].slice(item[0].search(/\d/)))?.[0] ?? '')] : [];
  });
}

/**
 * Whether a line of the text calculates in `unit` (kroner, hours): two figures joined by an operator. Not in the
 * application told (»Du har søgt om en dobbelt sengebund (2 × 90 cm) til 14.990 kr.«): what was asked, not how the grant was reached.
 */
function calculatesIn(text: string, unit: RegExp): boolean {
  return text.split('\n').flatMap(sentencesOfLongLine).some((line) => unit.test(line) && calculates(line) && !toldAsApplication(line));
}

/** A letter written as one long paragraph is read sentence by sentence: a sentence that opens with a capital after ».«, »;«, »!« or »?«. */
function sentencesOfLongLine(line: string): string[] {
  return line.length <= MAX_CALCULATION_LINE ? [line] : line.split(/(?<=[.;!?])[ \u00a0]+(?=\p{Lu})/u);
}

/** A verb that grants or sets (»får«, »bevilger«, »dækker«): a sentence with one says what was decided, not only what was asked. */
export const GRANTING = /(?<![\p{L}])(?:får|fik|bevilg\p{L}*|bevillig\p{L}*|dækker|dækkes|dækket|udbetal\p{L}*|giver|gives|ydes|yder|fastsat|fastsætter|godkend\p{L}*)(?![\p{L}])/iu;

/** The application or the party's own sum told (»I søgte om 1.450 kr. om måneden fordelt på …«, »Du har opgjort …«): a sentence that asks and grants nothing. */
function toldAsApplication(text: string): boolean {
  return (CLAIMED.test(text) || PARTY_ESTIMATE.test(text)) && !GRANTING.test(text);
}

/** Longer lines are no calculation a reader follows, and ARITHMETIC backtracks over a long run of digits and commas. */
const MAX_CALCULATION_LINE = 2000;

function calculates(line: string): boolean {
  return line.length <= MAX_CALCULATION_LINE && (ARITHMETIC.test(line) || SO_MANY_AT.test(line));
}

/** So many at a price each (»fire acontorater fra juli til oktober á 785 kr.«, »3 besøg à 450 kr.«): a multiplication in words. */
const SO_MANY_AT = /(?<![\p{L}\p{N}])(?:\d+|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv)[ \u00a0]+\p{L}[^.!?\n]{0,40}?[ \u00a0][àá][ \u00a0]*(?:kr\.?[ \u00a0]*)?\d/iu;

/** Whether the letter's own text sets out amounts item by item in a table: the expenses, prices or incomes the decision rests on. */
export function hasTableOfAmounts(letter: LetterModel, where: (block: Block) => boolean): boolean {
  return letter.blocksWhere('elements.tableOfAmounts', (block) => block.kind === 'paragraph' && tableOfAmounts(block.text)).some(where);
}

/**
 * Whether the letter shows how an amount of money was reached, in kroner: a
 * calculation section that names kroner, an arithmetic line ("1.170 kr. – 430 kr. = 740 kr."),
 * a table of amounts, a sentence that deducts, multiplies or sums amounts it
 * names ("svarende til 2.400 kr. om året"), items with their own amounts
 * beside the decided one, or "Sådan har vi beregnet beløbet:" above its items. A conclusion with one figure ("Samlet set
 * vurderer vi, at 800 kr. er passende") and hours broken down without a rate
 * ("Tilskuddet udgør 21.760 kr.") show none.
 */
export function showsMoneyCalculation(letter: LetterModel, where: (block: Block) => boolean, itemAmounts: number, decidedSums: ReadonlySet<string> = new Set()): boolean {
  // A calculation section counts when it deals in money: »Sådan har vi fundet frem til timerne« works out hours, not kroner.
  // Under a title of measuring out (»Udmåling«), the decided sum alone (»Samlet har vi fastsat … til 900 kr.«) is no calculation.
  if (calculationSectionInMoney(letter, decidedSums) || itemAmounts >= 2) return true;
  const itemSums = new Set<string>();
  return letter.blocks.some((block, index) => {
    if (!where(block) || appliedListItem(letter, block)) return false;
    // Items laid out one to a line, each with its amount ("- Medicin, egenbetaling efter tilskud: 90 kr."): a breakdown,
    // whatever words their labels use. One sum said again on lines of its own (a form's »Bevilget: 900 kr. om måneden« and
    // »Samlet godkendt merudgift: 900 kr.«) is one figure, no breakdown.
    for (const sum of letter.memo(block, 'elements.itemLines', itemLineSums)) itemSums.add(sum);
    if (itemSums.size >= 2) return true;
    if (letter.memo(block, 'elements.moneyCalculation', (text) => calculatesIn(text, MONEY) || tableOfAmounts(text))) return true;
    // "Sådan har vi beregnet beløbet:" opens the items below it, as a calculation title does; »Udmåling af timer:« opens hours.
    if (block.text.trimEnd().endsWith(':') && phrases('heading.beregning').matchAt(block.text, 0) && !OF_HOURS.test(block.text)) return true;
    const matches = letter.matchesIn(block, 'calculation');
    if (matches.length === 0) return false;
    if (block.text.trimEnd().endsWith(':')) {
      const next = letter.blocks[index + 1];
      if (next && FIGURE.test(next.text) && MONEY.test(next.text)) return true;
    }
    return matches.some((match) => {
      const { before, after } = sentenceAround(letter, block, match);
      const sentence = `${before} ${match.text} ${after}`;
      // The application's own breakdown (»I søgte om 1.450 kr. om måneden fordelt på tøj (600 kr.) og kørsel (700 kr.)«) is what was asked, not how the grant was reached.
      if (toldAsApplication(sentence)) return false;
      // Two sums of money at least (»200 kr. om måneden, svarende til 2.400 kr. om året«): hours »svarende til« one sum convert, they do not calculate.
      // Sums decided for two parties (»beregnet … til 900 kr. om måneden for Mille og 500 kr. om måneden for Oscar«) are results, not the steps to them.
      const sums = (sentence.match(MONEY_FIGURE) ?? []).map(figureKey);
      return sums.length >= 2 && (sums.some((sum) => !decidedSums.has(sum)) || convertsPerYear(sums));
    });
  });
}

/** A lead that names hours, not money: »Udmåling af timer:«, »Sådan har vi fundet frem til timerne:«. */
const OF_HOURS = /(?<![\p{L}])(?:timer|timerne|timetal|timetallet)(?![\p{L}])/iu;

/** Whether two of the sums are one a month and the other a year (»200 kr. om måneden, svarende til 2.400 kr. om året«). */
function convertsPerYear(sums: readonly string[]): boolean {
  const values = sums.map((sum) => parseInt(sum, 10)).filter((value) => value > 0);
  return values.some((value) => values.includes(value * 12));
}

/** A calculation section that names money (»Beløb pr. måned«, a table in kroner) with two sums or more. */
function calculationSectionInMoney(letter: LetterModel, decidedSums: ReadonlySet<string>): boolean {
  const blocks = letter.allSectionBlocks('beregning');
  // A section that works out to the sum decided deals in it, though its table leaves »kr.« out (»| Pr. måned (÷ 12) | 91.357,34 |«).
  if (blocks.some((block) => tableRows(block.text).length >= 2 && (block.text.match(FIGURE_NUMBERS) ?? []).some((figure) => decidedSums.has(figureKey(figure))))) return true;
  if (!blocks.some((block) => MONEY_NAMED.test(block.text))) return false;
  const sums = new Set(blocks.flatMap((block) => block.text.match(MONEY_FIGURE) ?? []).map((sum) => figureKey(sum) || sum));
  return sums.size >= 2 || blocks.some((block) => tableOfAmounts(block.text));
}

/** A sum of money, or a template's merge field for one: »2.400 kr.«, »kr. 1.200«, »«beløb»«. */
const MONEY_FIGURE = /\d[\d.,]*[ \u00a0]*(?:kr\.?|kroner)(?![\p{L}])|(?<![\p{L}])kr\.[ \u00a0]*\d|«[^»]*beløb/giu;

/** Words that decide an amount: it is granted, paid, covered, set or reduced, will be received (»Du vil modtage 13.940 kr.«; »Du modtager« tells of income too), the benefit or the payment is (»Ydelsen er 21.346 kr. om måneden«, »Din betaling for opholdet på Bostedet er 6.215 kr.«), or the grant comes to it (»Det svarer til 16.450 kr. om måneden«). */
const DECIDING = /(?<![\p{L}])(?:får|fik|vil[ \u00a0]+(?:\p{L}+[ \u00a0]+)?modtage|tilbagebetal\p{L}*|afdrag\p{L}*|nedskriv\p{L}*|betale|betaler|opkræv\p{L}*|bevilg\p{L}*|bevillig\p{L}*|udbetal\p{L}*|indbetal\p{L}*|dækker|dækket|dækkes|tilskud\p{L}*|udgør|fastsæt\p{L}*|fastsat|svarer|svarende|nedsæt\p{L}*|nedsat|yde|ydes|yder|giver|give|gives|reduce\p{L}*|ændre[rst]|ændres|forhøje[rst]|forhøjes|sænke[rst]|sænkes|(?:sættes|sat|sætter(?:[ \u00a0]+\p{L}+){0,3})[ \u00a0]+(?:ned|op)|(?:ydelsen|ydelse|beløbet|bevillingen|kompensationen|kompensationsydelsen|støtten|(?:egen)?betaling(?:en)?(?:[ \u00a0]+(?:for|af|til)(?:[ \u00a0]+[\p{L}\d-]+){1,4})?)[ \u00a0]+(?:er|bliver))(?![\p{L}])/iu;
/** A figure as letters write it (»1.234,50«, »3½«, »½«), thousands separated by points, decimals by a comma. */
const FIGURE_NUMBER = /\d[\d.]*(?:,\d+)?[½¼¾]?|[½¼¾]/;
const FIGURE_NUMBERS = new RegExp(FIGURE_NUMBER.source, 'g');
const FRACTIONS: Readonly<Record<string, number>> = { '½': 0.5, '¼': 0.25, '¾': 0.75 };

/** A figure as its digits and fractions, one key for its writings: »1.250 kr.«, »1.250 kr« and »kr. 1.250« are »1250«. */
export function figureKey(figure: string): string {
  return figure.replace(/[^\d½¼¾]/g, '');
}

/** The value of the first figure in `text`, or 0. */
export function figureNumber(text: string): number {
  const figure = FIGURE_NUMBER.exec(text)?.[0] ?? '0';
  const fraction = FRACTIONS[figure[figure.length - 1]] ?? 0;
  const whole = fraction ? figure.slice(0, -1) : figure;
  return (whole ? parseFloat(whole.replace(/\./g, '').replace(',', '.')) : 0) + fraction;
}

/**
 * Words that report the application or the facts: the amount applied for or asked for (»bad du kommunen om at betale«,
 * »I har spurgt, om I kan få«), a quote, a budget, a wish (»ønskede I at få dækket 500 kr. om måneden til kost«), what
 * someone told (»I oplyste, at hun før fik juice for ca. 30 kr. om måneden«, »Du fortalte, at …«).
 */
const CLAIMED = /(?<![\p{L}])(?:søgte?|ønske\p{L}*|oplyste|fortalte|fortalt|forklarede|nævnte|sagde|(?:bad|bedt|anmod\p{L}*)(?:[ \u00a0]+\p{L}+){0,3}[ \u00a0]+om|spurgt(?:[ \u00a0]+\p{L}+){0,2},?[ \u00a0]+om|ansøg\p{L}*|overslag\p{L}*|tilbud\p{L}*|koster|kostede|oplyst|budget\p{L}*|rådighed|opsparing\p{L}*)(?![\p{L}])/iu;

/** The party's own estimate or sum of what they need: »Du regner med, at …«, »I forventer«, »De anslår«, »I har opgjort jeres udgifter til«, »Du har selv beregnet«. */
export const PARTY_ESTIMATE = /(?<![\p{L}])(?:[Dd]u|I|De)[ \u00a0]+(?:har[ \u00a0]+)?(?:selv[ \u00a0]+)?(?:regner[ \u00a0]+med|forventer|anslår|anslået|skønner|skønnet|vurderer|opgør|opgjort|beregner|beregnet|regnet[ \u00a0]+ud|gjort[ \u00a0]+op)(?![\p{L}])/u;

/**
 * What the sentence around a figure says of it, read from the block's text
 * (markup is no word): `decides` when the decision grants or sets it ("Du får
 * 700 kr. om måneden"), `claimed` when it is the amount applied for, a quote
 * or a figure from the facts ("Du har søgt om 1.100 kr.", "overslaget er på
 * 14.650 kr."). Depends on the text alone, so a rule can keep it per text.
 */
export function figureInSentence(letter: LetterModel, block: Block, textOffset: number): { decides: boolean; claimed: boolean; limit: boolean } {
  // In a table whose columns set what was applied for beside what is granted (»| | Ansøgt | Bevilget |«), the column says it.
  const column = columnRole(block.text, textOffset);
  if (column !== undefined) return { decides: column === 'granted', claimed: column === 'applied', limit: false };
  const { start, end } = sentenceSpanAt(letter, block, textOffset);
  const sentence = sentenceWords(letter, block, start, end);
  // »Du kan ikke få 9.800 kr. til en seng«: the sum refused is the one applied for, nothing measured out. The words
  // just before the figure are read from a bounded stretch: a sentence of thousands of figures stays linear.
  const before = block.text.slice(Math.max(start, textOffset - BEFORE_REACH), textOffset);
  const claimed = sentence.claimed || REFUSED_BEFORE.test(before) || PRICE_BEFORE.test(before) || UNIT_PRICE.test(block.text.slice(textOffset, end));
  const limit = LIMIT_BEFORE.exec(before);
  const bound = INTERVAL_BEFORE.test(before.slice(-INTERVAL_REACH)) || POSSIBLE_UP_TO.test(before);
  return { decides: !claimed && limit?.[1] === undefined && !bound && !WAS_BEFORE.test(before) && sentence.deciding && !sentence.held, claimed, limit: limit !== null || bound };
}

/** Column headers of what is granted, and of what was applied for. */
const GRANTED_COLUMN = /^(?:bevilget|bevilling|bevilges|bevilliget|tildelt|fastsat|godkendt|afgørelse|kommunen[ \u00a0]+dækker|dækkes)$/iu;
const APPLIED_COLUMN = /^(?:ansøgt|søgt|ansøgt[ \u00a0]+om|søgt[ \u00a0]+om|ansøgning(?:en)?|ønsket)$/iu;

/**
 * What a figure in a pipe table is by its column, when the table has a column of what is granted and one of what was
 * applied for: »granted« in the first, »applied« in the second, »other« in any other (the row's label). Undefined outside
 * such a table: the sentence decides.
 */
function columnRole(text: string, textOffset: number): 'granted' | 'applied' | 'other' | undefined {
  if (!text.includes('|')) return undefined;
  const lineStart = text.lastIndexOf('\n', textOffset - 1) + 1;
  const lineEnd = text.indexOf('\n', textOffset);
  if (tableRows(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd)).length === 0) return undefined;
  const rows = tableRows(text);
  const grantedAt = grantedColumn(rows);
  if (grantedAt < 0 || lineStart === text.indexOf(rows[0])) return undefined;
  const cellIndex = text.slice(lineStart, textOffset).split('|').length - 2;
  return cellIndex === grantedAt ? 'granted' : APPLIED_COLUMN.test(tableCells(rows[0])[cellIndex] ?? '') ? 'applied' : 'other';
}

/** The index of the column of what is granted, in a table whose header row also has one of what was applied for; -1 in any other. */
function grantedColumn(rows: readonly string[]): number {
  const headers = rows.length >= 2 ? tableCells(rows[0]) : [];
  return headers.some((header) => APPLIED_COLUMN.test(header)) ? headers.findIndex((header) => GRANTED_COLUMN.test(header)) : -1;
}

/** How far before a figure the words that say what it is are read (»ikke fundet behov for«, »under beløbsgrænsen på«). */
const BEFORE_REACH = 200;

/** What a sentence's words say of every figure in it (none of the patterns begins with a digit, where a figure does). */
interface SentenceWords {
  readonly claimed: boolean;
  readonly deciding: boolean;
  readonly held: boolean;
}

/** Read once per sentence of a paragraph's text, kept with the text: a sentence may hold thousands of figures. */
function sentenceWords(letter: LetterModel, block: Block, start: number, end: number): SentenceWords {
  const known = letter.memo(block, 'elements.sentenceWords', () => new Map<string, SentenceWords>());
  const key = `${start}-${end}`;
  let words = known.get(key);
  if (words === undefined) {
    const sentence = block.text.slice(start, end);
    words = { claimed: CLAIMED.test(sentence) || PARTY_ESTIMATE.test(sentence), deciding: DECIDING.test(sentence), held: holds(sentence) };
    known.set(key, words);
  }
  return words;
}

/**
 * A bound of an interval just before a figure (»Dine merudgifter ligger i intervallet mellem 1.707 kr. og 2.846 kr.«):
 * the scale's sums, no item of a calculation and never the one decided.
 */
/** How far before a figure an interval's words may stand (»i intervallet mellem 1.707 kr. og «). */
const INTERVAL_REACH = 60;
const INTERVAL_BEFORE = /(?<![\p{L}])interval(?:let|ler|lerne)?(?:[ \u00a0]+(?:mellem|fra|på))?(?:[ \u00a0]+[\d.,]+(?:[ \u00a0]*kr\.?)?[ \u00a0]*(?:og|til|-|–))?[ \u00a0]*$/iu;

/**
 * What can be had up to a sum (»Ledsagerens udgifter kan dækkes med op til 1.005 kr. om året, når I beder om det«): the
 * scheme's ceiling, told as a possibility, not a sum measured out.
 */
const POSSIBLE_UP_TO = /(?<![\p{L}])kan(?:[ \u00a0]+\p{L}+){0,4}[ \u00a0]+op[ \u00a0]+til[ \u00a0]*$/iu;

/** What a sum was (»et vederlag, som i 2025 i gennemsnit var ca. 640 kr. om måneden«, »udgjorde«): a fact of the case, not the sum decided. */
const WAS_BEFORE = /(?<![\p{L}])(?:var|har[ \u00a0]+været|havde[ \u00a0]+været|udgjorde|lå[ \u00a0]+på|beløb[ \u00a0]+sig[ \u00a0]+til)(?:[ \u00a0]+(?:i[ \u00a0]+gennemsnit|gennemsnitligt|ca\.|cirka|omkring|samlet|på))*[ \u00a0]*$/iu;

/** Money the party holds (»Du betaler selv dine regninger og har 4.000 kr. på en bufferkonto«): a fact of the case, never the sum decided. */
const HELD = /(?<![\p{L}])(?:\p{L}*kont[oi]\p{L}*|formue\p{L}*)(?![\p{L}])/iu;

/** HELD, tried only where its letters stand: its word is read back from every letter, slow on a long sentence. */
function holds(sentence: string): boolean {
  return /kont[oi]|formue/iu.test(sentence) && HELD.test(sentence);
}

/**
 * A limit just before a figure: a sum the law or the letter sets, no item of a calculation. A named limit
 * (»under beløbsgrænsen på 500 kr.«, »loftet er«) or a comparison with one (»når udgiften er over 500 kr.«) is the
 * law's sum, never the one decided; a cap (»får du refunderet højst 71.400 kr.«, »minimum«) can be the grant itself.
 * »Ud over 15 timer« adds to hours, it compares with none.
 */
const LIMIT_BEFORE = /(?<![\p{L}])(?:(grænse[nr]?|beløbsgrænse[nr]?|mindstebeløb(?:et)?|tærsk(?:el|len)|loft(?:et)?|(?<!ud[ \u00a0]+)over|under|overstige[rs]?|mere[ \u00a0]+end|mindre[ \u00a0]+end)|minimum|maksimum|højst|maksimalt)(?:[ \u00a0]+(?:på|er|af|ved))?[ \u00a0]*$/iu;

/** Whether the text before a figure ends in a named limit (»under beløbsgrænsen på«, »der overstiger«), not a cap (»højst«). */
export function namesLimitBefore(before: string): boolean {
  return LIMIT_BEFORE.exec(before)?.[1] !== undefined;
}

/**
 * A price named just before a figure (»Da prisen er 329 kr.«, »Prisen for sengen er 9.800 kr.«, »Det, rollatoren fra vores
 * leverandøraftale ville have kostet: 2.150 kr.«): what something costs, a fact of the case.
 */
const PRICE_BEFORE = /(?<![\p{L}])(?:prisen(?:[ \u00a0]+\p{L}+){0,3}[ \u00a0]+(?:er|var|på)|koster|kostede|kostet|koste)[ \u00a0]*:?[ \u00a0]*$/iu;

/**
 * A sum per delivery, trip or item (»du betaler 49 kr. for hver levering«, »2,23 kr. pr. km«): a price or a rate, which
 * no calculation arrives at. Not per hour: an hourly rate is worked out (BPA's timepris).
 */
const UNIT_PRICE = /^\d[\d.,]*[ \u00a0]*(?:kr\.?|kroner)[ \u00a0]+(?:for[ \u00a0]+hver|pr\.?|per|à)[ \u00a0]+(?:levering|gang|tur|km|kilometer|måltid|portion|vask|besøg|stk\.?|styk)(?![\p{L}])/iu;

/**
 * A refusal just before a figure in its sentence, the verb first too (»Kasper får ikke dækning af tabt arbejdsfortjeneste
 * (15 timer om ugen)«), also of the need for it (»Vi har ikke fundet behov for 6 timer om ugen«) or of keeping it (»Du får afslag på at beholde 10 timer om ugen«; not »afslag på 8 timer«, a figure the
 * decision sets, which must add up).
 */
const REFUSED_BEFORE = /(?:(?<![\p{L}])(?:ikke|ingen)[ \u00a0]+(?:få|får|fået|bevilge[rst]?|bevilliger|give[rst]?|dække[rst]?|fundet|behov|brug)|(?<![\p{L}])(?:får|fik|bevilger|giver|dækker)(?:[ \u00a0]+\p{L}+)?[ \u00a0]+ikke|(?<![\p{L}])afslag[ \u00a0]+på[ \u00a0]+at)(?![\p{L}])(?:(?![ \u00a0]men[ \u00a0])[^.!?]){0,60}$/iu;

function sentenceText(letter: LetterModel, block: Block, textOffset: number): string {
  const { before, after } = sentenceAround(letter, block, { start: textOffset, end: textOffset, text: '' });
  return `${before} ${after}`;
}

/** An amount of help: a number (in figures or words) with a unit of time, money or visits, or "hver anden uge". */
export const QUANTITY = /(?<![\p{L}\p{N}])(?:(?:\d+(?:[.,]\d+)*|½|én|en|et|ét|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|femten|tyve|halv|halvanden)[ \u00a0]+(?:\p{L}+[ \u00a0]+)?(?:timer?|minutter|min\.|kr\.?|kroner|gange?|dage?|døgn|weekend(?:er)?|uger?|måneder?|bade?|besøg|nætter|nat)|hver[ \u00a0]+(?:anden|tredje|fjerde|\d+\.)[ \u00a0]+(?:uge|dag|måned))(?![\p{L}])/iu;

/** A judged extent standing in its sentence: the sentence, in source offsets, and the words of the judgement. */
export interface ExtentJudgement {
  block: Block;
  sentence: { start: number; end: number };
  text: string;
}

/**
 * Conclusions about how much help that stand without their reasons: a
 * sentence that judges an amount of help to be enough ("Vi vurderer, at 20
 * timer om ugen er passende"), in a paragraph that gives no reason (every
 * other sentence is an assessment too, and none says "fordi", "derfor", "ud
 * fra" or what was given weight), with no reason in the paragraph right after
 * it, no considerations anywhere after it (reasons that follow a conclusion
 * explain it), and no breakdown or considerations right before it.
 */
export function bareExtentJudgements(letter: LetterModel, where: (block: Block) => boolean): ExtentJudgement[] {
  const judgements: ExtentJudgement[] = [];
  // What the paragraph's text alone tells (a judged extent, no reason, nothing but assessments) is found again only for the blocks an edit changed.
  const bare = letter.blocksWhere('elements.bareExtent', (block) =>
    letter.matchesIn(block, 'extentJudged').length > 0 && !givesReasons(letter, block) &&
    letter.memo(block, 'elements.sentences', sentenceTexts).every((sentence) => phrases('assessment').test(sentence)));
  for (const block of bare) {
    if (!where(block) || explainedNearby(letter, block.index) || considerationsAfter(letter, block, where)) continue;
    for (const match of letter.matchesIn(block, 'extentJudged')) {
      const { before, after } = sentenceAround(letter, block, match);
      if (!QUANTITY.test(`${before} ${match.text} ${after}`)) continue;
      const sentence = letter.sentenceAt(block, match.start);
      if (judgements.some((j) => j.sentence.start === sentence.start)) continue;
      judgements.push({ block, sentence, text: letter.source.slice(sentence.start, sentence.end).trim() });
    }
  }
  return judgements;
}

function considerationsAfter(letter: LetterModel, block: Block, where: (block: Block) => boolean): boolean {
  return letter.find('considerations', where).some((hit) => hit.start >= block.end);
}

function sentenceTexts(text: string): string[] {
  return splitSentences(text).map(([start, end]) => text.slice(start, end));
}

/** Whether a block states reasons: considerations, facts, or a word that gives a reason. */
function givesReasons(letter: LetterModel, block: Block): boolean {
  return (['considerations', 'facts', 'reasonGiven'] as const).some((group) => letter.matchesIn(block, group).length > 0);
}

/**
 * Whether the blocks around a conclusion explain it: the paragraph after it
 * gives reasons ("Vi har lagt vægt på …", "Det skyldes …"), or the one before
 * it states considerations, breaks the help down into two or more amounts, or
 * introduces items with a colon.
 */
function explainedNearby(letter: LetterModel, index: number): boolean {
  const next = letter.blocks[index + 1];
  if (next && next.kind === 'paragraph' && givesReasons(letter, next)) return true;
  const previous = letter.blocks[index - 1];
  if (!previous || previous.kind !== 'paragraph') return false;
  if (previous.text.trimEnd().endsWith(':') || letter.matchesIn(previous, 'considerations').length > 0) return true;
  const quantities = previous.text.match(new RegExp(QUANTITY.source, 'giu')) ?? [];
  return quantities.length >= 2;
}

/**
 * The authority's own word on how treatment was taken into account: not
 * treatment described as a state ("velbehandlet med medicin", "behandles med
 * insulin"), and not words the authority reports from someone else ("I skrev,
 * at Alma uden medicinen ville få anfald") unless the sentence also holds its
 * own assessment.
 */
export function ownTreatmentAssessments(letter: LetterModel, hits: readonly Hit[]): Hit[] {
  return hits.filter((hit) => {
    const described = letter.matchesIn(hit.block, 'treatmentDescribed');
    if (described.some((d) => d.start < hit.textEnd && hit.textStart < d.end)) return false;
    const sentence = sentenceText(letter, hit.block, hit.textStart);
    return !phrases('othersSay').test(sentence) || phrases('assessment').test(sentence);
  });
}

/**
 * Whether a phrase group occurs in the sentence of a block's text at
 * `textOffset`: read from the matches of the whole text, which later
 * versions of the letter keep while the text is unchanged.
 */
export function inSentenceWith(letter: LetterModel, block: Block, textOffset: number, group: PhraseGroupId, unless?: PhraseGroupId): boolean {
  const { start, end } = sentenceSpanAt(letter, block, textOffset);
  // A phrase inside one of `unless` does not count ("tidligere" in "din tidligere bruttoindtægt" tells of no earlier time).
  const excepted = unless ? letter.matchesIn(block, unless) : [];
  return letter.matchesIn(block, group).some((match) => match.start >= start && match.end <= end && !insideAny(match, excepted));
}

/** The hits not in a sentence with a phrase of `group` ("Han får ikke medicin": `treatment.none`). */
export function outsideSentencesWith(letter: LetterModel, hits: readonly Hit[], group: PhraseGroupId): Hit[] {
  return hits.filter((hit) => !inSentenceWith(letter, hit.block, hit.textStart, group));
}

/** The sentence of a block's text that holds `textOffset`, in text offsets, with its index; the whole text (index -1) when none does. */
export function sentenceSpanAt(letter: LetterModel, block: Block, textOffset: number): { start: number; end: number; index: number } {
  const index = sentenceIndexAt(letter, block, textOffset);
  if (index < 0) return { start: 0, end: block.text.length, index };
  const { start, end } = letter.counts(block).sentences[index];
  return { start, end, index };
}

/** The index of the sentence of a block's text that holds `textOffset`; -1 when none does. */
export function sentenceIndexAt(letter: LetterModel, block: Block, textOffset: number): number {
  const sentences = letter.counts(block).sentences;
  for (let i = 0; i < sentences.length; i++) if (sentences[i].start <= textOffset && textOffset < sentences[i].end) return i;
  return -1;
}

/** The words of a block that give a reason ("fordi", "på grund af"), not those that only conclude ("derfor", "dermed"). */
export function reasonWords(letter: LetterModel, block: Block): PhraseMatch[] {
  const concluding = letter.matchesIn(block, 'reason.consequence');
  // »ud fra reglerne og de oplysninger, vi har om dig« points at information without giving a reason.
  const pointers = letter.matchesIn(block, 'facts.generic');
  return letter.matchesIn(block, 'reasonGiven').filter((reason) => !concluding.some((word) => word.start === reason.start)
    && !pointers.some((pointer) => pointer.start >= reason.end && pointer.start - reason.end <= CONCLUSION_REACH));
}

/**
 * A fact of the case told in the letter's own words: the party's age or date of birth, a dated event, or a measure of what the party can
 * do or has (»fordi Lucas er 11 år«, »Du fik ny hofte 18. august«, »Du fik en hjerneblødning i juli 2025«, »Du kan gå
 * ca. 30 meter«, »Kørselsdagbogen viser 220 km om ugen«), what was seen on a dated occasion, or how far the party
 * travels, in a sentence that does not speak of the application or the
 * complaint.
 */
export function statesFactOfCase(letter: LetterModel, block: Block): boolean {
  // Once per text: faktiske-oplysninger and hovedhensyn both ask.
  return letter.memo(block, 'elements.factOfCase', factOfCaseIn);
}

function factOfCaseIn(text: string, block: Block, letter: LetterModel): boolean {
  for (const pattern of FACT_OF_CASE) {
    const m = pattern.exec(text);
    // An age is the party's whatever the sentence says of the application (»Du fyldte 67 år, før du søgte«), and so is the
    // date of a talk (»… fortalte hun, at I havde sendt ansøgningen for at være sikre«); another date may be the application's.
    if (!m) continue;
    if (pattern === PRICE_AGAINST_LIMIT ? !inSentenceWith(letter, block, m.index, 'hypothetical') : pattern === AGE || pattern === BORN || pattern === TOLD_IN_TALK_ON_DATE || !inSentenceWith(letter, block, m.index, 'facts.datedNot')) return true;
  }
  return false;
}

const AGE = /(?<![\p{L}])(?:er|fylder|fyldte|blev)[ \u00a0]+\d{1,3}[ \u00a0]+år(?![\p{L}])/iu;
const DATED_EVENT = /(?<![\p{L}])(?:fik|blev|kom|faldt|flyttede|startede|begyndte|mistede|nåede)(?![\p{L}])[^.!?\n]{0,40}?(?:\d{1,2}\.[ \u00a0]*(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)(?![\p{L}])|(?<![\p{L}])i[ \u00a0]+(?:(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)[ \u00a0]+)?(?:19|20)\d\d(?!\d))/iu;
/** A distance, a weight, steps or seizures: measures of the party, not of the help (hours and money are the decision's own). */
const MEASURED = /(?<![\p{L}])(?:kan|kunne|går|gik|kører|kørte|bruger|brugte|har|havde|vejer|viser|viste)(?![\p{L}])(?:ca\.|[^.!?\n]){0,40}?(?<![\p{L}\p{N}.,])\d+(?:[.,]\d+)?(?:[-–]\d+)?[ \u00a0]*(?:meter|m|km|kilometer|kg|kilo|trin|trappetrin|anfald)(?![\p{L}])/iu;
/** What was seen on a dated occasion (»Ved prøveturen den 8. maj 2025 kunne du …«, »Under hjemmebesøget den 9. september …«). */
const DATED_OCCASION = /(?<![\p{L}])(?:ved|under|på|efter)[ \u00a0]+(?!den(?:ne)?[ \u00a0])\p{L}+(?:en|et|ne)[ \u00a0]+(?:den[ \u00a0]+)?\d{1,2}\.[ \u00a0]*(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)(?![\p{L}])/iu;
/** How far the party travels (»8 km hver vej«, »16 km om dagen«): a measure of the party's life, whatever verb goes before. */
const DISTANCE_TRAVELLED = /(?<![\p{L}\p{N}.,])\d+(?:[.,]\d+)?[ \u00a0]*(?:km|kilometer)[ \u00a0]+(?:hver[ \u00a0]+vej|om[ \u00a0]+dagen|om[ \u00a0]+ugen|dagligt|tur\/retur|frem[ \u00a0]+og[ \u00a0]+tilbage)(?![\p{L}])/iu;
/** What the party wrote or told on a date (»Du har den 24. februar 2026 skrevet, at …«): their account, told. */
const TOLD_ON_DATE = /(?<![\p{L}])(?:[Dd]u|I|De)[ \u00a0]+har[ \u00a0]+den[ \u00a0]+\d{1,2}\.[ \u00a0]*(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)(?:[ \u00a0]+\d{4})?[ \u00a0]+(?:skrevet|oplyst|fortalt|forklaret)(?![\p{L}])/u;
/** What a source wrote or said on a date (»Psykiatrisk Ambulatorium skrev den 24. september 2024, at …«): a fact of the case, with its source. */
const REPORTED_ON_DATE = /(?<![\p{L}])(?:skrev|skriver|oplyste|oplyser|beskrev|fortalte|udtalte|konkluderede)[ \u00a0]+(?:den[ \u00a0]+)?\d{1,2}\.[ \u00a0]*(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)(?:[ \u00a0]+\d{4})?,?[ \u00a0]+at(?![\p{L}])/iu;
/**
 * What the party told in a conversation or meeting on a date (»Da jeg talte med Mette i telefonen den 10. september
 * 2025, fortalte hun, at …«, »I telefonsamtalen den 4. marts oplyste du, at …«): their account, told.
 */
const TOLD_IN_TALK_ON_DATE = /(?<![\p{L}])(?:talte|snakkede|samtale\p{L}*|telefonsamtale\p{L}*|møde(?:t|r)?)(?![\p{L}])[^.!?\n]{0,50}?(?<![\p{L}])den[ \u00a0]+\d{1,2}\.[ \u00a0]*(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)(?![\p{L}])[^.!?\n]{0,30}?(?<![\p{L}])(?:fortalte|oplyste|sagde|forklarede|nævnte)(?![\p{L}])/iu;
/**
 * What the party has had or done since a date (»De har haft BPA siden den 1. januar 2024«, »har boet i lejligheden siden
 * 2019«); not the help under review »som du har fået siden 2022«, which tells the case's history, not the party's situation.
 */
const SINCE_DATE = /(?<![\p{L}])(?:har|havde)[ \u00a0]+(?:haft|boet|været|gået|arbejdet)(?![\p{L}])[^.!?\n]{0,60}?(?<![\p{L}])siden[ \u00a0]+(?:den[ \u00a0]+)?(?:\d{1,2}\.[ \u00a0]*(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)(?![\p{L}])|(?:(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)[ \u00a0]+)?(?:19|20)\d\d(?!\d))/iu;
/** When the party was born (»Du er født i marts 1957«, »født den 3. maj 2012«): their age, told by its date. */
const BORN = /(?<![\p{L}])født[ \u00a0]+(?:den[ \u00a0]+)?(?:\d{1,2}\.[ \u00a0]*(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)(?![\p{L}])|i[ \u00a0]+(?:(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)[ \u00a0]+)?(?:19|20)\d\d(?!\d))/iu;
/**
 * What the thing applied for costs, held against a limit (»Dørklokken koster under 500 kr.«, »Lampen kostede 349 kr., som
 * er mindre end 500 kr.«): the fact a rule-bound refusal turns on. Not the rule told on a condition (»Hvis det koster under
 * 500 kr., …«).
 */
const PRICE_AGAINST_LIMIT = /(?<![\p{L}])(?:koster|kostede)(?![\p{L}])(?:kr\.|[^.!?\n]){0,60}?(?<![\p{L}])(?:under|over|mindre[ \u00a0]+end|mere[ \u00a0]+end|lavere[ \u00a0]+end|højere[ \u00a0]+end)[ \u00a0]+\d{1,3}(?:\.\d{3})*[ \u00a0]*(?:kr|kroner)(?![\p{L}])/iu;
const FACT_OF_CASE = [AGE, BORN, DATED_EVENT, MEASURED, DATED_OCCASION, DISTANCE_TRAVELLED, TOLD_ON_DATE, TOLD_IN_TALK_ON_DATE, REPORTED_ON_DATE, SINCE_DATE, PRICE_AGAINST_LIMIT];

/** How many items back a list's lead is looked for. */
const MAX_ITEMS_AFTER_LEAD = 12;

/**
 * The lead a block is an item of: the nearest paragraph before it in its section that ends in a colon (»Vi har ikke
 * bevilget stå-funktion, fordi:«, »Hun søgte om:«), within a list's length.
 */
export function listLead(letter: LetterModel, block: Block): Block | undefined {
  let previous = letter.blocks[block.index - 1];
  for (let items = 0; previous?.kind === 'paragraph' && previous.section === block.section && items < MAX_ITEMS_AFTER_LEAD; items++) {
    if (previous.text.trimEnd().endsWith(':')) return previous;
    previous = letter.blocks[previous.index - 1];
  }
  return undefined;
}

/**
 * The lead of the items a block is one of: a marked item's lead, or the lead of paragraphs pasted as items without
 * markers; a paragraph after a marked list has ended it (»1. en rampe … 3. ombygning af badeværelset« then »Du får
 * bevilget rampe … Du får afslag på ombygning af badeværelset.«).
 */
export function itemsLead(letter: LetterModel, block: Block): Block | undefined {
  const lead = listLead(letter, block);
  if (lead === undefined || isListItem(letter, block)) return lead;
  for (let index = lead.index + 1; index < block.index; index++) if (isListItem(letter, letter.blocks[index])) return undefined;
  return lead;
}

/** A list item's marker on the line before a block's text (»- «, »2. «), and the emphasis its text may open with (»- **900 kr. …**«). */
const ITEM_MARKER_BEFORE = /(?:^|\n)[ \t]*(?:[-*+•]|\d{1,2}[.)])[ \t]+(?:\*{1,2}|_{1,2})?$/;

/** Whether a block is the text of a list item: its marker stands on the line before it. */
function isListItem(letter: LetterModel, block: Block): boolean {
  return ITEM_MARKER_BEFORE.test(letter.source.slice(Math.max(0, block.start - 12), block.start));
}

/** The lead of the list a block is an item of, or undefined when it is no list item or its list has no lead. */
function itemLead(letter: LetterModel, block: Block): Block | undefined {
  return isListItem(letter, block) ? listLead(letter, block) : undefined;
}

/** Whether a block is an item of a list whose lead grants (»… at I får dækket merudgifter med:« over »- 900 kr. om måneden til Mille«): the item's sum is decided. */
export function grantedListItem(letter: LetterModel, block: Block): boolean {
  const lead = itemLead(letter, block);
  return lead !== undefined && GRANTING.test(lead.text) && !toldAsApplication(lead.text);
}

/**
 * An item of a list the application leads (»Du har søgt om 18.000 kr. … Du har sendt os denne liste:« over »- sofa:
 * 1.800 kr.«): the party's own sums, not the calculation of what is granted.
 */
export function appliedListItem(letter: LetterModel, block: Block): boolean {
  const lead = itemLead(letter, block);
  return lead !== undefined && toldAsApplication(lead.text);
}

/** A lead that ends in a condition, the items being its cases: »Det gælder for eksempel, hvis«, »Giv os besked, når:«. */
const CONDITION_LEAD = /(?<![\p{L}])(?:hvis|såfremt|dersom|når)(?:[ \u00a0]+(?:fx|f\.eks\.|for[ \u00a0]+eksempel))?[ \u00a0]*:?$/iu;

/**
 * Whether a block is an item of a list that a condition leads (»Du skal give os besked … Det gælder for eksempel, hvis«
 * over »- du arbejder færre timer«): a case that may come, not what the letter decides.
 */
export function conditionLedItem(letter: LetterModel, block: Block): boolean {
  if (!isListItem(letter, block)) return false;
  let lead = letter.blocks[block.index - 1];
  for (let items = 0; lead !== undefined && isListItem(letter, lead) && items < MAX_ITEMS_AFTER_LEAD; items++) lead = letter.blocks[lead.index - 1];
  return lead?.kind === 'paragraph' && lead.section === block.section && CONDITION_LEAD.test(lead.text.trimEnd());
}

/** How far after "lagt vægt på" a legal conclusion may start and still be all that follows it (", at du ikke er i …"). */
const CONCLUSION_REACH = 30;

/**
 * Whether the letter gives reasons of `group` (considerations, facts) that
 * say something: not a legal conclusion right after them in their place
 * ("Vi har lagt vægt på, at betingelserne ikke er opfyldt").
 */
export function substantiveReasons(letter: LetterModel, group: 'considerations' | 'facts', where: (block: Block) => boolean): boolean {
  // Stops at the first block that has one: a long letter is not read whole on every keystroke.
  return letter.has(group, (block) => {
    if (!where(block)) return false;
    // A facts phrase inside what an earlier one weighed that speaks of nothing of the case (»… vægt på oplysningerne i
    // lægeattesten, udtalelsen fra ambulatoriet …«) has been read with it: it names a source, nothing the source says.
    let weighedUntil = -1;
    return letter.matchesIn(block, group).some((match) => {
      // The authority's own assessment there may be a consideration, but it is no fact.
      const conclusions = group === 'facts' ? [...letter.matchesIn(block, 'reason.bareConclusion'), ...letter.matchesIn(block, 'reason.ownAssessment')] : letter.matchesIn(block, 'reason.bareConclusion');
      if (conclusions.some((conclusion) => conclusion.start >= match.end && conclusion.start - match.end <= CONCLUSION_REACH)) return false;
      if (group === 'considerations') return !prescribed(letter, block, match) && !weighsOnlyTheLaw(letter, block, match);
      if (match.start < weighedUntil || restatesLaw(letter, block, match.end) || namesFactsOnly(letter, block, match)) return false;
      const weighed = weighedClause(letter, block, match);
      if (weighed !== undefined && !weighed.text.trim()) return itemsTellTheCase(letter, block);
      if (weighed !== undefined && !OF_THE_CASE.test(weighed.text)) weighedUntil = weighed.end;
      return weighed === undefined || tellsOfTheCase(letter, block, weighed);
    });
  });
}

/** Whether what was weighed speaks of the case, not generally, and does more than judge it by the law's measure. */
function tellsOfTheCase(letter: LetterModel, block: Block, weighed: WeighedClause): boolean {
  return OF_THE_CASE.test(weighed.text) && !WHETHER_WEIGHED.test(weighed.text) && !speaksGenerally(weighed.text) && !NORM_OF_THE_HELP.test(weighed.text) && !judgesByCriterionOnly(letter, block, weighed);
}

/** A question weighed (»lagt vægt på, om din evne til at færdes … er betydeligt forringet«): what was asked, not what was found. */
const WHETHER_WEIGHED = /^[ \u00a0,]*(?:om|hvorvidt)(?![\p{L}])/iu;

/**
 * What the help must be, weighed as if it were a fact (»at støtten ikke skal overtage opgaver, som du selv kan
 * varetage«, »at der skal være sammenhæng mellem målene i din indsatsplan og omfanget af støtten«): the help or »der« with
 * »skal« or »bør« opens the clause, and the party is named only as whom the norm serves.
 */
const NORM_OF_THE_HELP = /^[ \u00a0,]*(?:at[ \u00a0]+)?(?:der|(?:den[ \u00a0]+|en[ \u00a0]+)?(?:\p{L}+[ \u00a0]+)?(?:støtten|støtte|hjælpen|hjælp|indsatsen|indsats|ydelsen|tilbuddet|bevillingen))(?:[ \u00a0]+efter[ \u00a0]+§+[ \u00a0]*\d+\p{L}?)?(?:[ \u00a0]+ikke)?[ \u00a0]+(?:skal|bør)(?![\p{L}])/iu;

/**
 * Whether the items under a lead that ends with what was weighed (»Vi har lagt vægt på,« or »… på:« over »- at du bor
 * alene …«) speak of the case: what was weighed is there, not in the lead.
 */
function itemsTellTheCase(letter: LetterModel, lead: Block): boolean {
  for (let index = lead.index + 1, items = 0; items < MAX_ITEMS_AFTER_LEAD; index++, items++) {
    const item = letter.blocks[index];
    if (item?.kind !== 'paragraph' || item.section !== lead.section || !isListItem(letter, item)) return false;
    if (!restatesLaw(letter, item, 0) && tellsOfTheCase(letter, item, { text: item.text, start: 0, end: item.text.length })) return true;
  }
  return false;
}

/** Any digit: a figure, an amount or a date. */
export const DIGIT = /\d/;

/** »skal« or »bør« just before a consideration: what the law prescribes (»der skal lægges særlig vægt på hensynet til barnet«), not what was weighed. */
const PRESCRIBED_BEFORE = /(?<![\p{L}])(?:skal|bør)(?![\p{L}])(?:[ \u00a0]+\p{L}+){0,3}[ \u00a0]*$/iu;

function prescribed(letter: LetterModel, block: Block, match: PhraseMatch): boolean {
  return PRESCRIBED_BEFORE.test(sentenceAround(letter, block, match).before);
}

/** What the law or a rule says must be (»skal«, »bør«). */
const NORM = /(?<![\p{L}])(?:skal|bør)(?![\p{L}])/iu;
/** A provision's number (»§ 81«, »§ 85, stk. 1«): a figure of the law, not of the case. */
const PROVISION_NUMBER = /§+[^\p{L}]*\d+/gu;

/**
 * Whether what was weighed only restates what the law prescribes for everyone (»lagt vægt på, at socialpædagogisk
 * bistand skal gives ud fra en konkret og individuel vurdering af den enkeltes behov«): a norm, and nobody and nothing
 * of the case.
 */
function weighsOnlyTheLaw(letter: LetterModel, block: Block, match: PhraseMatch): boolean {
  const weighed = weighedClause(letter, block, match);
  return weighed !== undefined && NORM.test(weighed.text) && !OF_THE_CASE.test(weighed.text.replace(PROVISION_NUMBER, ''));
}

/**
 * Whether a facts phrase only points at information without telling it: »Vi har gennemgået sagens oplysninger«,
 * »… idet du efter de foreliggende oplysninger ikke er afskåret fra at færdes alene«, »Vi har lagt vægt på
 * oplysningerne om din funktionsevne«. A generic reference at or just after the phrase, and no figure or date in the
 * rest of the sentence: what the information says is not there.
 */
function namesFactsOnly(letter: LetterModel, block: Block, match: PhraseMatch): boolean {
  if (documentEntry(letter, block)) return true;
  const generic = letter.matchesIn(block, 'facts.generic').some((g) => g.end > match.start && g.start - match.end <= CONCLUSION_REACH);
  if (!generic) return false;
  const { end } = sentenceSpanAt(letter, block, match.start);
  return !DIGIT.test(block.text.slice(match.end, end));
}

/** A document and its date (»Udtalelse fra din fysioterapeut af 10. februar 2025«), with no clause that tells what it says. */
const DOCUMENT_DATED = /(?<![\p{L}])(?:af|fra|dateret|modtaget)[ \u00a0]+(?:den[ \u00a0]+)?\d{1,2}\.[ \u00a0]*(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)(?![\p{L}])/iu;
const TELLS_CONTENT = /(?<![\p{L}])(?:at|hvoraf|hvori|som|der|hvor)(?![\p{L}])|:/iu;
const MAX_DOCUMENT_ENTRY_WORDS = 16;

/**
 * Whether a list item only names a document of the case (»- Udtalelse fra Ortopædkirurgisk Ambulatorium af 19. november
 * 2024«, »- Oplysninger fra Midttrafik om buslinjer ved din bopæl af 14. januar 2025«): the list of the case's documents
 * says what was read, not what it says.
 */
function documentEntry(letter: LetterModel, block: Block): boolean {
  return isListItem(letter, block) && DOCUMENT_DATED.test(block.text) && !TELLS_CONTENT.test(block.text) && letter.counts(block).words <= MAX_DOCUMENT_ENTRY_WORDS;
}

/** The party's pronouns and »barnet«. */
const PARTY_WORDS = '[Dd]u|[Dd]ig|[Dd]in|[Dd]it|[Dd]ine|I|[Jj]er|[Jj]eres|De|Dem|Deres|[Hh]an|[Hh]un|[Hh]am|[Hh]ende|[Hh]ans|[Hh]endes|[Bb]arnet|[Bb]arnets';

/** »lagt vægt på, at …« and its kin: what follows is what was weighed, a fact only when it speaks of the case. */
const WEIGHT_PHRASE = /vægt|(?:^|[ \u00a0])og[ \u00a0]+på|hæftet|afgørende|til[ \u00a0]+grund/iu;
/** Someone or something of the case: the party, a person or place named (a capital inside the sentence), the home, the family. */
const OF_THE_CASE = new RegExp(`(?<![\\p{L}])(?:${PARTY_WORDS}|\\p{Lu}\\p{Ll}+|borgeren|familien|forældrene|forældre|moren|faren|mor|far|drengen|pigen|den unge|ansøgeren|hjemmet|boligen|lejligheden|huset|skolen|lægen)(?![\\p{L}])|\\d`, 'u');

/** Words of what holds for anyone (»det generelt er bedst for borgeren at blive i sine vante omgivelser«). */
const GENERALLY = /(?<![\p{L}])(?:generelt|almindeligvis|som[ \u00a0]+udgangspunkt|som[ \u00a0]+regel)(?![\p{L}])/iu;
/** The party, or a figure or date of the case. */
const PARTY_OR_FIGURE = new RegExp(`(?<![\\p{L}])(?:${PARTY_WORDS})(?![\\p{L}])|\\d`, 'u');

/** Whether what was weighed holds generally, with neither the party nor a figure of the case in it: no fact of the case. */
function speaksGenerally(weighed: string): boolean {
  return GENERALLY.test(weighed) && !PARTY_OR_FIGURE.test(weighed);
}

/** The words after a weighing phrase to its sentence's end, with their offsets in the block's text. */
interface WeighedClause {
  text: string;
  start: number;
  end: number;
}

/**
 * What »lagt vægt på, at« and its kin weigh: the rest of their sentence. It is a fact only when it speaks of the case
 * (OF_THE_CASE) and does more than judge it by the law's measure (judgesByCriterionOnly).
 */
function weighedClause(letter: LetterModel, block: Block, match: PhraseMatch): WeighedClause | undefined {
  if (!WEIGHT_PHRASE.test(match.text)) return undefined;
  const { end } = sentenceSpanAt(letter, block, match.start);
  return { text: block.text.slice(match.end, end), start: match.end, end };
}

/** A name inside a sentence (»Flextur«, »Tine Hald«): something of the case the clause points to. */
const NAME_INSIDE = /[ \u00a0(]\p{Lu}\p{Ll}+/u;

/**
 * Whether what follows »lagt vægt på, at« only judges the case by the law's measure (»at el-scooteren ikke længere i
 * væsentlig grad afhjælper følgerne af din funktionsnedsættelse«, »at konsekvenserne efter vores vurdering ikke er af
 * indgribende karakter«), with no figure, date, name or source: the judgement, not the facts it rests on.
 */
function judgesByCriterionOnly(letter: LetterModel, block: Block, weighed: WeighedClause): boolean {
  const inClause = (word: PhraseMatch): boolean => word.start >= weighed.start && word.end <= weighed.end;
  return !DIGIT.test(weighed.text) && !NAME_INSIDE.test(weighed.text) && !letter.matchesIn(block, 'facts.sourceNamed').some(inClause)
    && letter.matchesIn(block, 'reason.criterionJudged').some(inClause);
}

/** How far after "lagt vægt på, at" the law may be named in a clause that only restates it. */
const CRITERION_REACH = 80;
/** Words for the party: a clause with one tells of the case, not only of the law. "I" and "De" only with their capital. */
const PARTY = new RegExp(`(?<![\\p{L}])(?:${PARTY_WORDS})(?![\\p{L}])`, 'u');

/**
 * Whether what follows "lagt vægt på, at" at `from` restates the law before it speaks of the party: »Vi har lagt vægt
 * på, at et aktivitets- og samværstilbud efter § 104 er målrettet borgere med et betydeligt støttebehov« states a
 * criterion, no fact of the case; so does a law named there (»… at støtte efter barnets lov skal være …«).
 */
function restatesLaw(letter: LetterModel, block: Block, from: number): boolean {
  const criterion = [
    ...letter.matchesIn(block, 'reason.legalCriterion').map((m) => m.start),
    ...letter.referencesIn(block).map((r) => r.textStart),
    // »… at støtte efter barnets lov skal være helhedsorienteret«: the law named, with or without its paragraph.
    ...letter.lawMentionsIn(block).map((m) => m.textStart),
  ].filter((at) => at >= from && at - from <= CRITERION_REACH);
  return criterion.some((at) => !PARTY.test(block.text.slice(from, at)));
}

/**
 * Words of a complaint: klage, klagen, klagefrist, påklage, klagevejledning;
 * not a complaint made ("Du klagede over …", "I har påklaget …"), which is the
 * case's history, not how to appeal.
 */
const APPEAL_WORD = /(?<![\p{L}])(?:klag|påklag)(?!ede(?![\p{L}])|et(?![\p{L}]))\p{L}*/iu;

/**
 * Whether the sentence at `textOffset` is appeal guidance: it speaks of a
 * complaint ("Du kan klage til Ankestyrelsen efter servicelovens § 166") and
 * does not say what the decision is made under ("Afgørelsen er truffet efter
 * …", `basis.statement`). Guidance without a heading of its own reads so.
 */
function inAppealSentence(letter: LetterModel, block: Block, textOffset: number): boolean {
  const index = sentenceIndexAt(letter, block, textOffset);
  if (index < 0) return isAppealSentence(block.text);
  // Read once per text: every reference and law mention asks on every keystroke.
  return letter.memo(block, 'elements.appealSentences', appealSentences)[index];
}

function appealSentences(text: string, block: Block, letter: LetterModel): boolean[] {
  return letter.counts(block).sentences.map(({ start, end }) => isAppealSentence(text.slice(start, end)));
}

function isAppealSentence(sentence: string): boolean {
  return APPEAL_WORD.test(sentence) && !phrases('basis.statement').test(sentence);
}

/**
 * The references the decision can rest on: outside the appeal guidance and
 * outside sentences about appealing ("retssikkerhedslovens § 66" in the
 * guidance is not the decision's legal basis).
 */
export const decisionReferences = oncePerLetter((letter): readonly LegalReference[] => {
  const relevant = outsideAppealGuidance(letter);
  return letter.referencesWhere('decision', (r) => relevant(r.block) && !inAppealSentence(letter, r.block, r.textStart));
});

/** The laws the decision names, outside the appeal guidance and outside sentences about appealing. */
export const decisionLawMentions = oncePerLetter((letter): readonly LawMention[] => {
  const relevant = outsideAppealGuidance(letter);
  return letter.lawMentionsWhere('decision', (m) => relevant(m.block) && !inAppealSentence(letter, m.block, m.textStart));
});

/**
 * The one law the decision names, when it names only one besides the procedural laws (»Afgørelsen er truffet efter
 * barnets lov:« over a list of »§ 32, stk. 1«, »§ 32, stk. 3«): the law of its bare paragraphs.
 */
const soleDecisionLaw = oncePerLetter((letter): LawId | undefined => {
  const laws = new Set<LawId>();
  for (const mention of decisionLawMentions(letter)) if (!lawInSet('procedure', mention.law)) laws.add(mention.law);
  for (const reference of decisionReferences(letter)) if (reference.law !== undefined && !lawInSet('procedure', reference.law)) laws.add(reference.law);
  return laws.size === 1 ? [...laws][0] : undefined;
});

/** A reference of the decision, its law taken from the letter where it names none and the letter names only one. */
export function withDecisionLaw(letter: LetterModel, reference: LegalReference): LegalReference {
  if (reference.law !== undefined) return reference;
  const law = soleDecisionLaw(letter);
  return law === undefined ? reference : { ...reference, law };
}
