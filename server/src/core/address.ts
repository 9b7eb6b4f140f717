import { oncePerLetter } from './letter';

/** How a letter addresses its reader: "du", "I" (parents, a couple) or the formal "De". */
export type AddressForm = 'du' | 'I' | 'De';

const DU_WORDS = /(?<![\p{L}])(?:du|dig|din|dit|dine)(?![\p{L}])/giu;
/** "I" is a capital in the middle of a sentence too; "jer" and "jeres" say the same. */
const I_WORDS = /(?<![\p{L}])(?:I|[Jj]er|[Jj]eres)(?![\p{L}])/gu;
/** "Dem" and "Deres" anywhere; "De" only after a word, since at a sentence's start it may be "de" (they). */
const DE_WORDS = /(?<![\p{L}])(?:Dem|Deres)(?![\p{L}])|(?<=[\p{L},;:] )De(?![\p{L}])/gu;

function count(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text)) n++;
  return n;
}

function wordsIn(text: string): readonly [number, number, number] {
  return [count(DU_WORDS, text), count(I_WORDS, text), count(DE_WORDS, text)];
}

/** The paragraphs read: the opening of a letter settles how it addresses its reader, and a long letter is not read whole on every keystroke. */
const PARAGRAPHS_READ = 40;

/**
 * The form the letter uses most in its first paragraphs (counted once per
 * text), "du" when it uses none: text a quick fix inserts speaks to the
 * reader as the letter does.
 */
export const addressForm = oncePerLetter((letter): AddressForm => {
  const totals = [0, 0, 0];
  let read = 0;
  for (const block of letter.blocks) {
    if (block.kind !== 'paragraph') continue;
    if (++read > PARAGRAPHS_READ) break;
    const words = letter.memo(block, 'address.words', wordsIn);
    for (let i = 0; i < 3; i++) totals[i] += words[i];
  }
  if (totals[1] > totals[0] && totals[1] >= totals[2]) return 'I';
  if (totals[2] > totals[0] && totals[2] > totals[1]) return 'De';
  return 'du';
});

/** The words of our texts that change with the form: the pronouns, and for "I" the adjectives said of the reader ("I er enige"). */
const WORDS: Readonly<Record<Exclude<AddressForm, 'du'>, Readonly<Record<string, string>>>> = {
  I: { du: 'I', Du: 'I', dig: 'jer', Dig: 'Jer', din: 'jeres', Din: 'Jeres', dit: 'jeres', Dit: 'Jeres', dine: 'jeres', Dine: 'Jeres', enig: 'enige', uenig: 'uenige', velkommen: 'velkomne' },
  De: { du: 'De', Du: 'De', dig: 'Dem', Dig: 'Dem', din: 'Deres', Din: 'Deres', dit: 'Deres', Dit: 'Deres', dine: 'Deres', Dine: 'Deres' },
};
const DU_FORM = /(?<![\p{L}])(?:[Dd]u|[Dd]ig|[Dd]in|[Dd]it|[Dd]ine|u?enig|velkommen)(?![\p{L}])/gu;

/** Our own text, written to "du", in `form` (the verbs do not change in Danish). */
export function inAddressForm(text: string, form: AddressForm): string {
  if (form === 'du') return text;
  const words = WORDS[form];
  return text.replace(DU_FORM, (word) => words[word] ?? word);
}
