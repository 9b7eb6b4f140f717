import type { Block } from '../markdown';
import { isReadable, lix, proseBySection, readability, readableBlocks } from '../lix';
import type { PhraseMatch } from '../phrases';
import type { CountedSentence } from '../sentences';
import { isLetterAt } from '../chars';
import type { Message, Report, Rule } from '../rule';
import { DEFAULT_KLARSPROG } from '../klarsprog-defaults';
import { blockRange } from '../anchors';
import { textsOf } from '../messages';

const say = textsOf('klarsprog');

/** Too little text gives a meaningless LIX. */
const MIN_WORDS_FOR_LIX = 60;
/**
 * Passive verbs ("bevilges", "vurderes", "meddeles"): a word ending in -es; these common words are not: pronouns,
 * genitives, and deponent verbs, passive in form but active in meaning ("skyldes", "lykkes", "trives").
 */
const NOT_PASSIVE = new Set([
  'hendes', 'deres', 'jeres', 'dennes', 'proces', 'kommunes', 'ydelses', 'hinandens', 'andres', 'ingenes',
  'skyldes', 'synes', 'findes', 'lykkes', 'mislykkes', 'trives', 'længes', 'færdes', 'mødes', 'enes', 'undres', 'forliges', 'ældes', 'mindes', 'væmmes', 'trænges', 'kendes',
]);
/** The end of a word in -es: where a passive verb may end. */
const ENDS_IN_ES = /es(?!-?\p{L})/gu;
/** A passive verb is a word of three letters or more before -es ("bevilges", "vurderedes"), not hyphenated. */
const MIN_PASSIVE_LETTERS = 5;

/**
 * The passive verbs of a text, as [start, end] pairs in text order: words as forEachWord reads them (letters, not
 * joined to another by a hyphen) of MIN_PASSIVE_LETTERS or more that end in -es. Found from the rare -es endings
 * back to the word's start, not word by word: the word-by-word scan was the checker's costliest code after the
 * phrase scan.
 */
function passiveWords(text: string): number[] {
  const found: number[] = [];
  ENDS_IN_ES.lastIndex = 0;
  for (let m = ENDS_IN_ES.exec(text); m; m = ENDS_IN_ES.exec(text)) {
    const end = m.index + 2;
    let start = m.index;
    while (start > 0 && isLetterAt(text, start - 1)) start--;
    const joined = start > 1 && text[start - 1] === '-' && isLetterAt(text, start - 2);
    if (end - start >= MIN_PASSIVE_LETTERS && !joined) found.push(start, end);
  }
  return found;
}
/** Passive verbs and official words in one sentence before it reads as officialese. */
const STACKED = 3;
const NONE: readonly string[] = Object.freeze([]);

/**
 * Per sentence, its distinct passive verbs and then its official words
 * (lower case). Distinct: one verb repeated ("dækkes … dækkes") is not a pile-up.
 */
function officialeseBySentence(text: string, sentences: readonly CountedSentence[], legalese: readonly PhraseMatch[]): ReadonlyArray<readonly string[]> {
  const passives = passiveWords(text);
  // Words, hits and sentences are all in text order: one pointer each walks them once per block.
  let nextPassive = 0;
  let nextLegalese = 0;
  return sentences.map(({ start: s, end: e }) => {
    while (nextPassive < passives.length && passives[nextPassive] < s) nextPassive += 2;
    while (nextLegalese < legalese.length && legalese[nextLegalese].start < s) nextLegalese++;
    const passive = new Set<string>();
    for (let p = nextPassive; p < passives.length && passives[p + 1] <= e; p += 2) {
      const word = text.slice(passives[p], passives[p + 1]).toLowerCase();
      if (!NOT_PASSIVE.has(word)) passive.add(word);
    }
    const official = new Set<string>();
    for (let h = nextLegalese; h < legalese.length && legalese[h].end <= e; h++) official.add(legalese[h].text.toLowerCase());
    return passive.size + official.size === 0 ? NONE : [...passive, ...official];
  });
}

/** The sentences of a text that are too long or pile up officialese, in text offsets, with their messages. */
function sentenceReports(text: string, sentences: readonly CountedSentence[], legalese: readonly PhraseMatch[], maxSentenceWords: number): Array<{ start: number; end: number; message: Message }> {
  const officialese = officialeseBySentence(text, sentences, legalese);
  const reports: Array<{ start: number; end: number; message: Message }> = [];
  sentences.forEach(({ start, end, words }, index) => {
    const stacked = officialese[index];
    if (words <= maxSentenceWords && stacked.length < STACKED) return;
    const message = words > maxSentenceWords
      ? say('longSentence', { words: String(words), max: String(maxSentenceWords) })
      : say('officialese', { examples: stacked.slice(0, 3).map((w) => `»${w}«`).join(', ') });
    reports.push({ start, end, message });
  });
  return reports;
}

function band(value: number): Message {
  if (value >= 55) return say('bandVeryHard');
  if (value >= 45) return say('bandHard');
  if (value >= 35) return say('bandMedium');
  if (value >= 25) return say('bandEasy');
  return say('bandVeryEasy');
}

export const klarsprog: Rule = {
  id: 'klarsprog',
  title: 'Klart sprog: læsbarhed (LIX), lange sætninger og kancellisprog',
  titleEn: 'Plain language: readability (LIX), long sentences and officialese',
  source: {
    citation: 'Ankestyrelsens vejledning »At skrive en afgørelse« (borgeren skal kunne forstå afgørelsen); LIX-skalaen',
    urls: [
      'https://sprogvaskeriet.dk/tjek-din-lix/',
      'https://www.fonologisk.dk/lixtal/',
      'https://www.kl.dk/okonomi-og-administration/kommunaljura/forvaltningsret/begrundelse-og-klagevejledning/',
    ],
  },
  defaultSeverity: 'information',
  fixable: false,
  silentOnFullApproval: false,
  check({ letter, options }) {
    const { maxLix, maxSentenceWords } = { ...DEFAULT_KLARSPROG, ...options.klarsprog };
    const reports: Report[] = [];

    // LIX per section; the whole letter only when no single section explains it.
    for (const { section, first, counts } of proseBySection(letter)) {
      const value = lix(counts);
      if (counts.words < MIN_WORDS_FOR_LIX || value <= maxLix) continue;
      const anchor = section >= 0 ? letter.blocks[section] : first;
      reports.push({
        message: say('sectionLix', { lix: String(Math.round(value)), band: band(value), max: String(maxLix) }),
        range: blockRange(anchor),
      });
    }
    if (reports.length === 0) {
      const counts = readability(letter);
      const value = lix(counts);
      const anchor = letter.blocks.find((b) => b.kind === 'heading') ?? readableBlocks(letter)[0];
      if (anchor && counts.words >= MIN_WORDS_FOR_LIX && value > maxLix) {
        reports.push({
          message: say('letterLix', { lix: String(Math.round(value)), band: band(value), max: String(maxLix) }),
          range: blockRange(anchor),
        });
      }
    }

    // A paragraph's sentence reports depend on its text alone: worked out once per text, placed on each check.
    const sentencesKey = `klarsprog.sentences:${maxSentenceWords}`;
    const sentencesOf = (block: Block) => letter.memo(block, sentencesKey, (text) => sentenceReports(text, letter.counts(block).sentences, letter.matchesIn(block, 'legalese'), maxSentenceWords));
    for (const block of letter.blocksWhere(sentencesKey, (block) => sentencesOf(block).length > 0)) {
      if (!isReadable(letter, block)) continue;
      for (const { start, end, message } of sentencesOf(block)) reports.push({ message, range: { start: letter.toSource(block, start), end: letter.toSource(block, end - 1) + 1 } });
    }
    return reports;
  },
};
