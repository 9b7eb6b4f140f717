import type { Block } from './markdown';
import { PhraseGroup, PhraseMatch } from './phrases';
import { LAWS, LawId } from './catalogue';
import { countUpTo } from './sorted';

export { LAWS, lawById } from './catalogue';
export type { Law, LawId } from './catalogue';

/** A law named in the text ("servicelovens", "SEL", "lov om social service"). */
export interface LawMention {
  law: LawId;
  block: Block;
  start: number;
  end: number;
  /** Offsets within block.text. */
  textStart: number;
  textEnd: number;
  abbreviation: boolean;
}

/** A reference to a provision: "servicelovens § 83, stk. 1", "§§ 87-88", "SEL 41". */
export interface LegalReference {
  /** Undefined when no law is named next to the paragraph. */
  law?: LawId;
  /** Paragraph numbers as written, normalised: "83", "32 a" → "32a". */
  paragraphs: string[];
  stk?: string;
  nr?: string;
  block: Block;
  start: number;
  end: number;
  textStart: number;
  textEnd: number;
}

/** A mention or reference as found in a block's text, before it is placed in the document. */
export type TextLawMention = Omit<LawMention, 'block' | 'start' | 'end'>;
export type TextReference = Omit<LegalReference, 'block' | 'start' | 'end'>;

/** Places a text reference in the document (written out: object spread is slow on this path). */
export function placeReference(r: TextReference, block: Block, start: number, end: number): LegalReference {
  return { law: r.law, paragraphs: r.paragraphs, stk: r.stk, nr: r.nr, textStart: r.textStart, textEnd: r.textEnd, block, start, end };
}

export function placeMention(m: TextLawMention, block: Block, start: number, end: number): LawMention {
  return { law: m.law, abbreviation: m.abbreviation, textStart: m.textStart, textEnd: m.textEnd, block, start, end };
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const nameEntries = LAWS.flatMap((law) => law.names.map((name) => ({ name: name.toLowerCase(), law: law.id })));
const abbreviationEntries = LAWS.flatMap((law) => law.abbreviations.map((abbreviation) => ({ abbreviation, law: law.id })));
const LAW_BY_NAME = new Map(nameEntries.map((e) => [e.name, e.law]));
const LAW_BY_ABBREVIATION = new Map(abbreviationEntries.map((e) => [e.abbreviation, e.law]));

const byLengthDesc = (a: string, b: string): number => b.length - a.length;
/** The law names searched like any phrase group: only at word starts that can begin a name. */
export const LAW_NAMES = new PhraseGroup('law.names', {
  description: 'The names of the laws in data/legal.json',
  phrases: nameEntries.map((e) => e.name),
  examples: { match: [], noMatch: [] },
});
/** Abbreviations are capitals: a paragraph without two capitals in a row names none. */
const TWO_CAPITALS = /[A-ZÆØÅ]{2}/;
/** An abbreviation stands alone: one hyphenated into a case number (»RØD-ÆL-26-0119«) names no law. */
const ABBREVIATION_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<![\\p{L}\\p{N}]-)(?:${abbreviationEntries.map((e) => e.abbreviation).sort(byLengthDesc).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])(?!-[\\p{L}\\p{N}])\\.?`,
  'gu',
);

/** Law names and abbreviations in `text`; `names` are LAW_NAMES's matches in it. */
export function findLawMentions(text: string, names: readonly PhraseMatch[] = LAW_NAMES.findAll(text)): TextLawMention[] {
  const mentions: TextLawMention[] = [];
  for (const name of names) {
    const law = LAW_BY_NAME.get(name.text.toLowerCase().replace(/[\s\u00a0]+/g, ' '));
    if (law) mentions.push({ law, textStart: name.start, textEnd: name.end, abbreviation: false });
  }
  if (TWO_CAPITALS.test(text)) {
    ABBREVIATION_PATTERN.lastIndex = 0;
    for (let m = ABBREVIATION_PATTERN.exec(text); m; m = ABBREVIATION_PATTERN.exec(text)) {
      const law = LAW_BY_ABBREVIATION.get(m[0].replace(/\.$/, ''));
      if (law) mentions.push({ law, textStart: m.index, textEnd: m.index + m[0].length, abbreviation: true });
    }
  }
  return mentions.sort((a, b) => a.textStart - b.textStart);
}

/** Scans forward from `at` with sticky patterns; every step consumes at least one character. */
class Scanner {
  constructor(readonly text: string, public at: number) {}

  take(pattern: RegExp): RegExpExecArray | undefined {
    pattern.lastIndex = this.at;
    const m = pattern.exec(this.text);
    if (!m) return undefined;
    this.at += m[0].length;
    return m;
  }
}

const PARAGRAPH_SIGN = /(?:§§?|(?<![\p{L}\p{N}])paragraf(?:ferne|fen)?(?![\p{L}\p{N}]))/giu;
const NUMBER = /[ \t\u00a0]*(\d{1,3})(?:[ \t\u00a0]?([a-h]))?(?![\p{L}\p{N}])/uy;
const MORE_NUMBERS = /[ \t\u00a0]*(?:,|og|-|–|til|samt|eller)[ \t\u00a0]*(\d{1,3})(?:[ \t\u00a0]?([a-h]))?(?![\p{L}\p{N}])/uy;
/**
 * »stk. 1«, and the subsections after it (»stk. 1, 3 og 4«, »stk. 2-4«, »stk. 1, og stk. 2«): the first is kept, the
 * reference runs to the last, so that a law carries on past them (»barnets lov § 47, stk. 1, og stk. 2, jf. § 142«).
 */
const STK = /,?[ \t\u00a0]*stk\.?[ \t\u00a0]*(\d{1,2})(?:[ \t\u00a0]*(?:,[ \t\u00a0]*(?:og|samt|eller)?|og|samt|eller|-|–)[ \t\u00a0]*(?:stk\.?[ \t\u00a0]*)?\d{1,2}(?![\p{L}\p{N}.]))*(?![\p{L}\p{N}])/iuy;
const NR = /,?[ \t\u00a0]*nr\.?[ \t\u00a0]*(\d{1,2})(?![\p{L}\p{N}])/iuy;
const PKT = /,?[ \t\u00a0]*(\d{1,2})\.[ \t\u00a0]*pkt\.?/iuy;
const LAW_AFTER = /,?[ \t\u00a0]+i[ \t\u00a0]+/uy;
/** Text allowed between two references that share one law: "§ 83, jf. § 87", "§ 41 og § 42". */
const LAW_CARRY_WORD = /^(?:(?:jf|jfr)\.?|jævnfør|og|samt|eller)?$/iu;
const isGapSeparator = (ch: string): boolean => ch === ',' || /\s/u.test(ch);

/**
 * Whether `gap` is only whitespace and commas around at most one linking word.
 * Trimmed by hand: a regex with [\s,]* on both sides of an optional word
 * backtracks quadratically on a long run of spaces followed by a letter.
 */
function isLawCarryGap(gap: string): boolean {
  let start = 0;
  let end = gap.length;
  while (start < end && isGapSeparator(gap[start])) start++;
  while (end > start && isGapSeparator(gap[end - 1])) end--;
  return LAW_CARRY_WORD.test(gap.slice(start, end));
}

function paragraphNumber(m: RegExpExecArray): string {
  return m[1] + (m[2] ?? '');
}

const IN_NAMED = String.raw`^[ \t\u00a0]*,?[ \t\u00a0]*(?:jf\.?[ \t\u00a0]+)?i[ \t\u00a0]+`;
const NAME_ENDS = String.raw`[ \t\u00a0]*,?[ \t\u00a0]*$`;
/** A law named before a reference by a name of its own: »almenboliglovens«, »almenboligloven« (»efter almenboligloven § 54«), »lov om almene boliger m.v.«. */
const ACT_NAMED_BEFORE = String.raw`(?<![\p{L}])[\p{L}-]{2,}loven[s]?|(?<![\p{L}])lov om [^§\n]{3,80}`;
/** A law or order named after a reference that the catalogue does not know: "§ 54 i lov om almene boliger", "§ 4 i hjælpemiddelbekendtgørelsen". */
const OTHER_LAW_AFTER = new RegExp(String.raw`${IN_NAMED}(?:lov[ \t\u00a0]+(?:om|nr\.?)[ \t\u00a0]+\S|lovbekendtgørelse|bekendtgørelse[ \t\u00a0]+(?:om|nr\.?)[ \t\u00a0]+\S|[\p{L}-]*lov(?:en|ens)?(?![\p{L}])|[\p{L}-]*bekendtgørelsen(?![\p{L}]))`, 'iu');
/** …or before it: "almenboliglovens § 54", "lov om almene boliger m.v. § 54". */
const OTHER_LAW_BEFORE = new RegExp(String.raw`(?:${ACT_NAMED_BEFORE}|[\p{L}-]*bekendtgørelsens)${NAME_ENDS}`, 'iu');
/** A law, not an executive order, named by a name of its own after a reference, the whole name: »i lov om individuel boligstøtte«, »i dagtilbudsloven«, not a bare »i loven«. */
const OTHER_ACT_AFTER = new RegExp(String.raw`${IN_NAMED}(?:lov[ \t\u00a0]+om[ \t\u00a0]+[^,.;:()§\n]{1,80}|[\p{L}-]{2,}lov(?:en|ens)?(?![\p{L}]))`, 'iu');
const OTHER_ACT_BEFORE = new RegExp(String.raw`(?:${ACT_NAMED_BEFORE})${NAME_ENDS}`, 'iu');
/** How far before a reference the name of a law outside the catalogue is looked for. */
const OTHER_LAW_REACH = 100;

/** Whether a reference without a catalogued law names the law or executive order it is in all the same, one the catalogue does not hold. */
export function namesLawOutsideCatalogue(reference: LegalReference): boolean {
  const text = reference.block.text;
  return OTHER_LAW_AFTER.test(text.slice(reference.textEnd, reference.textEnd + 60))
    || OTHER_LAW_BEFORE.test(text.slice(Math.max(0, reference.textStart - OTHER_LAW_REACH), reference.textStart));
}

/**
 * A reference with the name of the law it is in, when that is a law the catalogue does not hold (»dagtilbudslovens
 * § 53, stk. 1«, »§ 2 i lov om individuel boligstøtte«), for a message; not an executive order, which may rest on a
 * catalogued law.
 */
export function withOtherActName(reference: LegalReference): string | undefined {
  const text = reference.block.text;
  const own = text.slice(reference.textStart, reference.textEnd);
  const after = OTHER_ACT_AFTER.exec(text.slice(reference.textEnd, reference.textEnd + 100));
  const before = after ? undefined : OTHER_ACT_BEFORE.exec(text.slice(Math.max(0, reference.textStart - OTHER_LAW_REACH), reference.textStart));
  const named = after ? own + after[0] : before ? before[0] + own : undefined;
  return named?.replace(/[\s\u00a0]+/gu, ' ').trim();
}

/** A chapter between a law's name and its paragraphs in brackets: »… kapitel 13 om ungestøtte (« before »§§ 114-116)«. */
const CHAPTER_BETWEEN = /^[ \t\u00a0]*,?[ \t\u00a0]*kapitel[ \t\u00a0]+\d{1,2}[a-z]?(?:[ \t\u00a0]+om[ \t\u00a0]+[^§()\n]{1,60}?)?[ \t\u00a0]*\([ \t\u00a0]*$/iu;
const CHAPTER_REACH = 90;

/** References in `text`; `mentions` are the text's law mentions (findLawMentions). */
export function findReferences(text: string, mentions: readonly TextLawMention[]): TextReference[] {
  // Without a paragraph sign or an abbreviation ("SEL 41") there is no reference.
  if (!/§|paragraf/i.test(text) && !TWO_CAPITALS.test(text)) return [];
  const references: TextReference[] = [];
  // Lookups that were linear scans per reference (quadratic on a long paragraph of references).
  const nameAt = new Map<number, TextLawMention>();
  for (const m of mentions) if (!m.abbreviation && !nameAt.has(m.textStart)) nameAt.set(m.textStart, m);
  const byEnd = mentions.map((mention, index) => ({ end: mention.textEnd, index })).sort((a, b) => a.end - b.end);
  const latestIndex: number[] = [];
  byEnd.forEach((entry, i) => latestIndex.push(Math.max(entry.index, i > 0 ? latestIndex[i - 1] : -1)));
  /** The last mention (in text order) that ends at or before `offset`. */
  const mentionBefore = (offset: number): TextLawMention | undefined => {
    const count = countUpTo(byEnd, (entry) => entry.end, offset);
    return count > 0 ? mentions[latestIndex[count - 1]] : undefined;
  };

  const finish = (textStart: number, scanner: Scanner, paragraphs: string[], law: LawId | undefined): void => {
    const stk = scanner.take(STK)?.[1];
    const nr = scanner.take(NR)?.[1];
    scanner.take(PKT);
    let textEnd = scanner.at;
    if (!law) {
      // "§ 112 i lov om social service", "§ 42 i serviceloven"
      const after = new Scanner(text, scanner.at);
      if (after.take(LAW_AFTER)) {
        const mention = nameAt.get(after.at);
        if (mention) {
          law = mention.law;
          textEnd = mention.textEnd;
        }
      }
    }
    if (!law) {
      const before = mentionBefore(textStart);
      // »sundhedsloven § 172«, and in brackets after the name: »sundhedsloven (§§ 171-172)«.
      if (before && textStart - before.textEnd <= 3 && /^[\s\u00a0]*\(?[\s\u00a0]*$/.test(text.slice(before.textEnd, textStart))) {
        law = before.law;
        textStart = before.textStart;
      } else if (before && textStart - before.textEnd <= CHAPTER_REACH && CHAPTER_BETWEEN.test(text.slice(before.textEnd, textStart))) {
        // »barnets lov kapitel 13 om ungestøtte (§§ 114-116)«: the chapter's paragraphs, of the law named before it.
        law = before.law;
      }
    }
    if (!law && references.length) {
      const previous = references[references.length - 1];
      if (previous.law && isLawCarryGap(text.slice(previous.textEnd, textStart))) law = previous.law;
    }
    references.push({ law, paragraphs, stk, nr, textStart, textEnd });
  };

  PARAGRAPH_SIGN.lastIndex = 0;
  for (let sign = PARAGRAPH_SIGN.exec(text); sign; sign = PARAGRAPH_SIGN.exec(text)) {
    const scanner = new Scanner(text, sign.index + sign[0].length);
    const first = scanner.take(NUMBER);
    if (!first) continue;
    const paragraphs = [paragraphNumber(first)];
    for (let more = scanner.take(MORE_NUMBERS); more; more = scanner.take(MORE_NUMBERS)) paragraphs.push(paragraphNumber(more));
    finish(sign.index, scanner, paragraphs, undefined);
    PARAGRAPH_SIGN.lastIndex = scanner.at;
  }

  // "SEL 41", "SEL 44, jf. 84": an abbreviation followed directly by a number, unless a reference
  // already covers it. Mentions come in text order and each added reference starts at its mention,
  // so a sweep with the furthest end of the references started so far answers "covered" exactly.
  const started = [...references].sort((a, b) => a.textStart - b.textStart);
  let next = 0;
  let furthestEnd = -1;
  for (const mention of mentions) {
    if (!mention.abbreviation) continue;
    while (next < started.length && started[next].textStart <= mention.textStart) furthestEnd = Math.max(furthestEnd, started[next++].textEnd);
    const scanner = new Scanner(text, mention.textEnd);
    const first = scanner.take(NUMBER);
    if (!first || furthestEnd >= scanner.at) continue;
    finish(mention.textStart, scanner, [paragraphNumber(first)], mention.law);
    furthestEnd = Math.max(furthestEnd, references[references.length - 1].textEnd);
  }
  return references.sort((a, b) => a.textStart - b.textStart);
}

/** "servicelovens § 83, stk. 1" for messages. */
export function formatReference(reference: LegalReference): string {
  return reference.block.text.slice(reference.textStart, reference.textEnd);
}
