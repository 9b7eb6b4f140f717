import type { Block } from '../markdown';
import type { LetterModel } from '../letter';
import { splitSentences } from '../letter';
import { phrases } from '../phrases';
import type { Report, Rule } from '../rule';
import { DEFAULT_KLARSPROG } from '../klarsprog-defaults';
import { blockRange } from './anchors';

const WORD = /\p{L}+(?:-\p{L}+)*/gu;
/** LIX counts a word as long when it has more than six letters. */
const LONG_WORD = 7;
/** Too little text gives a meaningless LIX. */
const MIN_WORDS_FOR_LIX = 60;
/** Passive verbs ("bevilges", "vurderes", "meddeles"): a word ending in -es; these common words are not. */
const NOT_PASSIVE = new Set(['hendes', 'deres', 'jeres', 'dennes', 'proces', 'kommunes', 'ydelses', 'hinandens', 'andres', 'ingenes']);
const PASSIVE = /^\p{L}{3,}(?:es|edes)$/u;
/**
 * The shared splitter keeps "stk. 2. Vi har" together (a number and a full stop
 * are often an ordinal); for counting, a number, a full stop and a capital end a sentence.
 */
function sentencesOf(text: string): Array<[number, number]> {
  const NUMBER_END = /\d\.[ \u00a0\n]+(?=\p{Lu})/gu;
  return splitSentences(text).flatMap(([s, e]) => {
    const parts: Array<[number, number]> = [];
    let start = s;
    NUMBER_END.lastIndex = s;
    for (let m = NUMBER_END.exec(text); m && m.index < e; m = NUMBER_END.exec(text)) {
      parts.push([start, m.index + 2]);
      start = m.index + m[0].length;
    }
    parts.push([start, e]);
    return parts;
  });
}

/** Passive verbs and official words in one sentence before it reads as officialese. */
const STACKED = 3;

interface Counts {
  words: number;
  longWords: number;
  sentences: number;
}

function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

function count(blocks: readonly Block[]): Counts {
  const counts: Counts = { words: 0, longWords: 0, sentences: 0 };
  for (const block of blocks) {
    const words = wordsOf(block.text);
    counts.words += words.length;
    counts.longWords += words.filter((w) => w.replace(/-/g, '').length >= LONG_WORD).length;
    counts.sentences += sentencesOf(block.text).filter(([s, e]) => wordsOf(block.text.slice(s, e)).length > 0).length;
  }
  return counts;
}

/** LIX = words per sentence + percentage of long words. */
export function lix(counts: Counts): number {
  if (counts.words === 0 || counts.sentences === 0) return 0;
  return counts.words / counts.sentences + (100 * counts.longWords) / counts.words;
}

function band(value: number): string {
  if (value >= 55) return 'meget svær';
  if (value >= 45) return 'svær';
  if (value >= 35) return 'middel';
  if (value >= 25) return 'let';
  return 'meget let';
}

/** The prose the citizen reads: paragraphs, without quoted law. */
function readable(letter: LetterModel): Block[] {
  return letter.blocks.filter((b) => b.kind === 'paragraph' && !letter.inRole(b, 'regler') && wordsOf(b.text).length > 0);
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
  check({ letter, options }) {
    const { maxLix, maxSentenceWords } = { ...DEFAULT_KLARSPROG, ...options.klarsprog };
    const blocks = readable(letter);
    const reports: Report[] = [];

    // LIX per section; the whole letter only when no single section explains it.
    const bySection = new Map<number, Block[]>();
    for (const block of blocks) {
      const members = bySection.get(block.section);
      if (members) members.push(block);
      else bySection.set(block.section, [block]);
    }
    for (const [section, members] of bySection) {
      const counts = count(members);
      const value = lix(counts);
      if (counts.words < MIN_WORDS_FOR_LIX || value <= maxLix) continue;
      const anchor = section >= 0 ? letter.blocks[section] : members[0];
      reports.push({
        message: `Afsnittet har LIX ${Math.round(value)} (${band(value)}; grænsen er ${maxLix}). Skriv kortere sætninger og brug kortere, almindelige ord, så borgeren kan forstå afgørelsen.`,
        range: blockRange(anchor),
      });
    }
    if (reports.length === 0) {
      const counts = count(blocks);
      const value = lix(counts);
      const anchor = letter.blocks.find((b) => b.kind === 'heading') ?? blocks[0];
      if (anchor && counts.words >= MIN_WORDS_FOR_LIX && value > maxLix) {
        reports.push({
          message: `Afgørelsen har LIX ${Math.round(value)} (${band(value)}; grænsen er ${maxLix}). Skriv kortere sætninger og brug kortere, almindelige ord.`,
          range: blockRange(anchor),
        });
      }
    }

    const legalese = phrases('legalese');
    for (const block of blocks) {
      for (const [s, e] of sentencesOf(block.text)) {
        const sentence = block.text.slice(s, e);
        const words = wordsOf(sentence);
        const range = { start: letter.toSource(block, s), end: letter.toSource(block, e - 1) + 1 };
        if (words.length > maxSentenceWords) {
          reports.push({ message: `Sætningen har ${words.length} ord (grænsen er ${maxSentenceWords}). Del den op i kortere sætninger.`, range });
          continue;
        }
        // Distinct words: one verb repeated ("dækkes … dækkes") is not a pile-up.
        const passives = new Set(words.filter((w) => PASSIVE.test(w) && !NOT_PASSIVE.has(w.toLowerCase())).map((w) => w.toLowerCase()));
        const official = new Set(legalese.findAll(sentence).map((m) => m.text.toLowerCase()));
        if (passives.size + official.size >= STACKED) {
          const examples = [...passives, ...official].slice(0, 3).map((w) => `»${w}«`).join(', ');
          reports.push({
            message: `Sætningen ophober passiv og kancellisprog (${examples}). Skriv aktivt og direkte, fx »Vi giver dig …« i stedet for »Der bevilges …«.`,
            range,
          });
        }
      }
    }
    return reports;
  },
};
