/** The words that turn a Danish clause into its opposite: »ikke«, »ingen«, »intet«, »aldrig«, »hverken … eller«. */
const NEGATION_WORDS = 'ikke|ingen|intet|aldrig|hverken';

const NEGATION = new RegExp(`(?<![\\p{L}])(?:${NEGATION_WORDS})(?![\\p{L}])`, 'iu');
/** Within a few words of the end, in the same sentence: the text just before a phrase. */
const NEGATION_AT_END = new RegExp(`(?<![\\p{L}])(?:${NEGATION_WORDS})(?![\\p{L}])[^.!?]{0,20}$`, 'iu');
/** A negation, or a word that limits what a sentence grants (»kun«, »delvis«, »færre«, »en anden … end den, du søgte om«). */
const NEGATION_OR_LIMIT = new RegExp(`(?<![\\p{L}])(?:${NEGATION_WORDS}|kun|alene|delvis\\p{L}*|afslag\\p{L}*|færre|mindre|lavere|kortere|sjældnere|end)(?![\\p{L}])`, 'iu');

/** The words that open a finding's reason (»…, fordi du ikke kan færdes sikkert«): a negation after them is the reason's, not the finding's. */
export const REASON_OPENS = /(?<![\p{L}])(?:fordi|idet|eftersom)(?![\p{L}])/iu;
const REASON_CLAUSES = new RegExp(`${REASON_OPENS.source}[^.!?]*`, 'giu');

/** The text without its reason clauses, each from its opening word to its sentence's end. */
export function withoutReasons(text: string): string {
  return text.replace(REASON_CLAUSES, '');
}

/** Whether the text holds a negation (»ikke omfattet«, »ingen varig funktionsnedsættelse«). */
export function negates(text: string): boolean {
  return NEGATION.test(text);
}

/** Whether the text ends within a few words of a negation: what follows it is said not to hold (»Kommunen skal ikke først …«). */
export function negatedAtEnd(textBefore: string): boolean {
  return NEGATION_AT_END.test(textBefore);
}

/** Whether the text negates or limits (»Du får ikke …«, »Du får færre dage, end …«). */
export function negatesOrLimits(text: string): boolean {
  return NEGATION_OR_LIMIT.test(text);
}
