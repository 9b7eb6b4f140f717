import type { Block } from '../markdown';
import type { Report, Rule } from '../rule';
import { LawMention, LegalReference, formatReference } from '../references';
import { letterDate } from '../dates';
import { Provision, danishDate, lawName, paragraphBeyondLaw, paragraphLabel, provision } from '../provisions';
import type { Confidence } from '../provisions';
import { textsOf } from '../messages';

const say = textsOf('foraeldet-henvisning');
const CONFIDENCE_NOTE = { confirmed: say('confidenceConfirmed'), probable: say('confidenceProbable'), uncertain: say('confidenceUncertain') } as const satisfies Record<Confidence, unknown>;

/** The day barnets lov took the children's provisions out of serviceloven. */
const BARNETS_LOV_IN_FORCE = '2024-01-01';

/** How the successor law is written in place of each form of "serviceloven". */
function successorLawText(written: string, abbreviation: boolean): string {
  if (abbreviation) return 'BL';
  return /^\p{Lu}/u.test(written) ? 'Barnets lov' : 'barnets lov';
}

/** The first mention starting at or after `textStart`; mentions are sorted by start. */
function firstMentionFrom(mentions: readonly LawMention[], textStart: number): LawMention | undefined {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (mentions[middle].textStart < textStart) low = middle + 1;
    else high = middle;
  }
  return mentions[low];
}

/** The reference rewritten to the successors, or undefined when that is not a clean swap. */
function rewrite(mentions: readonly LawMention[], reference: LegalReference, repealed: Provision[]): string | undefined {
  if (repealed.length !== reference.paragraphs.length) return undefined;
  const { block } = reference;
  let text = block.text.slice(reference.textStart, reference.textEnd);
  const mention = firstMentionFrom(mentions, reference.textStart);
  if (mention && mention.textEnd > reference.textEnd) return undefined;
  // The law name first (its offsets are the original ones), then the numbers after the § sign or abbreviation.
  const signAt = Math.max(text.indexOf('§'), mention && mention.abbreviation ? mention.textEnd - reference.textStart : -1);
  if (signAt < 0) return undefined;
  let head = text.slice(0, signAt);
  let tail = text.slice(signAt);
  if (mention) {
    const start = mention.textStart - reference.textStart;
    const end = mention.textEnd - reference.textStart;
    const written = block.text.slice(mention.textStart, mention.textEnd);
    const replacement = successorLawText(written, mention.abbreviation);
    if (end <= signAt) head = head.slice(0, start) + replacement + head.slice(end);
    else {
      // "§ 41 i serviceloven": the law comes after the number.
      const tailStart = start - signAt;
      tail = tail.slice(0, tailStart) + replacement.replace(/^B/, 'b') + tail.slice(end - signAt);
    }
  }
  for (const old of repealed) {
    const number = old.paragraph.replace(/^(\d+)([a-h])$/, '$1[ \\u00a0]?$2');
    const pattern = new RegExp(`(?<![\\p{N}])${number}(?![\\p{L}\\p{N}])`, 'u');
    if (!pattern.test(tail)) return undefined;
    tail = tail.replace(pattern, old.successor!.paragraph);
  }
  text = head + tail;
  return text;
}

export const foraeldetHenvisning: Rule = {
  id: 'foraeldet-henvisning',
  title: 'Henvisning til en ophævet eller ikke-eksisterende paragraf',
  titleEn: 'Reference to a repealed or non-existent provision',
  source: {
    citation: 'barnets lov (lov nr. 721 af 13. juni 2023, i kraft 1. januar 2024); forvaltningslovens § 24, stk. 1',
    urls: [
      'https://www.elov.dk/barnets-lov/paragraf/87/',
      'https://www.lovguiden.dk/loven/bekendtgørelse-af-barnets-lov/86',
      'https://www.lovguiden.dk/loven/bekendtgørelse-af-barnets-lov/90',
      'https://elov.dk/prep_docs/46313',
    ],
  },
  defaultSeverity: 'warning',
  fixable: true,
  silentOnFullApproval: false,
  check({ letter }) {
    const date = letterDate(letter);
    const afterReform = date === undefined || date >= BARNETS_LOV_IN_FORCE;
    const reports: Report[] = [];
    const mentionsByBlock = new Map<Block, LawMention[]>();
    for (const mention of letter.lawMentions()) {
      const list = mentionsByBlock.get(mention.block);
      if (list) list.push(mention);
      else mentionsByBlock.set(mention.block, [mention]);
    }
    for (const reference of letter.references()) {
      if (!reference.law) continue;
      const written = formatReference(reference);
      const range = { start: reference.start, end: letter.toSource(reference.block, reference.textEnd - 1) + 1 };
      const missing = reference.paragraphs.filter((p) => paragraphBeyondLaw(reference.law!, p));
      if (missing.length > 0) {
        reports.push({
          message: say('noSuchParagraph', { reference: written, law: lawName(reference.law) }),
          range,
        });
        continue;
      }
      if (!afterReform) continue;
      const repealed = reference.paragraphs.map((p) => provision(reference.law!, p)).filter((p): p is Provision => p?.inForceTo !== undefined && p.successor !== undefined && p.inForceTo < BARNETS_LOV_IN_FORCE);
      if (repealed.length === 0) continue;
      const successors = repealed.map((p) => say('successor', { from: paragraphLabel(p.paragraph), title: p.title, to: `${lawName(p.successor!.law)} ${p.successor!.label}`, note: CONFIDENCE_NOTE[p.successor!.confidence] }));
      const dated = date ? say('dated', { date: danishDate(date) }) : say('undated');
      const text = rewrite(mentionsByBlock.get(reference.block) ?? [], reference, repealed);
      const uncertain = repealed.some((p) => p.successor!.confidence !== 'confirmed');
      reports.push({
        message: say('repealed', { reference: written, date: danishDate(BARNETS_LOV_IN_FORCE), successors, dated }),
        range,
        fix: text ? { title: say(uncertain ? 'fixReplaceCheck' : 'fixReplace', { text }), edit: { range, text } } : undefined,
      });
    }
    return reports;
  },
};
