import type { Block } from '../markdown';
import type { LetterModel } from '../letter';
import type { Message, Report, Rule, Severity } from '../rule';
import { LawMention, LegalReference, escapeRegExp, formatReference } from '../references';
import { letterDate, notBefore, tellsOfTimeBefore } from '../dates';
import { Provision, danishDate, lawName, paragraphBeyondLaw, paragraphLabel, provision } from '../provisions';
import type { Confidence } from '../provisions';
import { LawId, PROVISIONS, cite, inSet, lawById, referenceInSet } from '../catalogue';
import { textsOf } from '../messages';
import { inBlockQuote, outsideAppealGuidance } from '../anchors';
import { inSentenceWith, sentenceSpanAt } from '../elements';

const say = textsOf('foraeldet-henvisning');
const CONFIDENCE_NOTE = { confirmed: say('confidenceConfirmed'), probable: say('confidenceProbable'), uncertain: say('confidenceUncertain') } as const satisfies Record<Confidence, unknown>;

/** The day barnets lov took the children's provisions out of serviceloven. */
const BARNETS_LOV_IN_FORCE = lawById('BL')!.inForceFrom!;
/** The day madservice left servicelovens § 83 for § 83 b. */
const MEALS_OWN_PARAGRAPH = provision('SEL', '83b')!.inForceFrom!;

/** How the successor law is written in place of the old one: its abbreviation, or its name with the old name's capital. */
function successorLawText(written: string, abbreviation: boolean, successor: LawId): string {
  const law = lawById(successor)!;
  if (abbreviation) return law.abbreviations[0];
  return /^\p{Lu}/u.test(written) ? law.shortName.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : law.shortName;
}

/**
 * ", jf. § 84" or " jf. 84" right after a reference: the number belongs to the
 * old law, so a rewrite must name that law there ("barnets lov § 90, jf.
 * servicelovens § 84"), or the reader takes it for the new law's § 84.
 */
const CARRIED_BY = String.raw`[ \t\u00a0]*,?[ \t\u00a0]*(?:jf|jfr|jævnfør)\.?[ \t\u00a0]*`;
const CARRIED = new RegExp(String.raw`^(${CARRIED_BY})(?=§|\d)`, 'iu');

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
  // A successor that depends on the measure (servicelovens § 52) is for the case worker to choose.
  if (repealed.some((p) => p.successor!.rewrite === false)) return undefined;
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
    const replacement = successorLawText(written, mention.abbreviation, repealed[0].successor!.law);
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

/** The edit for a rewritten reference, ending at a text offset of its block; a "jf." reference after it keeps the old law by name. */
function keepCarriedLaw(mentions: readonly LawMention[], reference: LegalReference, rewritten: string): { textEnd: number; text: string; shown: string } {
  const after = reference.block.text.slice(reference.textEnd, reference.textEnd + 24);
  const carried = CARRIED.exec(after);
  if (!carried) return { textEnd: reference.textEnd, text: rewritten, shown: rewritten };
  const mention = firstMentionFrom(mentions, reference.textStart);
  const oldLaw = mention && mention.textEnd <= reference.textEnd ? mention : undefined;
  const lawText = oldLaw?.abbreviation ? reference.block.text.slice(oldLaw.textStart, oldLaw.textEnd).replace(/\.$/, '') : lawById(reference.law!)!.genitive;
  const text = `${rewritten}${carried[1]}${lawText} `;
  const number = /^§?[ \u00a0]*\d{1,3}(?:[ \u00a0]?[a-h](?![\p{L}]))?/u.exec(after.slice(carried[1].length))?.[0] ?? '';
  return { textEnd: reference.textEnd + carried[1].length, text, shown: `${text}${number}` };
}

/** The names ældreloven goes by, as alternatives of a regular expression. */
const ELDERLY_LAW_NAMES = lawById('AEL')!.names.map(escapeRegExp).join('|');
/** Pension age or ældreloven named outright; a sentence that says "ikke" or "under" shows nothing. */
const ELDERLY_WORDS = new RegExp(`(?<![\\p{L}])(?:folkepension\\p{L}*|${ELDERLY_LAW_NAMES})(?![\\p{L}])`, 'iu');
/** A sentence that puts the person below the pension age, or names it as the upper bound of a rule ("personer mellem 18 år og folkepensionsalderen"). */
const NOT_ELDERLY = /(?<![\p{L}])(?:ikke|under|endnu|mellem|indtil|op[ \u00a0]+til|før)(?![\p{L}])/iu;
/** "Du er 72 år", "da hun fyldte 80 år". */
const AGE = /(?<![\p{L}\p{N}])(?:er|blev|fyldte|fylder|fyldt)[ \u00a0]+(\d{2,3})[ \u00a0]+år(?![\p{L}])/giu;
/** Someone else in the citizen's life, just before an age or a pension: it is theirs ("Almas mormor er 71 år", "din far, som er 74 år", "Din mor går på folkepension"). */
const RELATIVE_BEFORE = /(?<![\p{L}])(?:far|fars|mor|mors|mormor|morfar|farmor|farfar|forældre|bedsteforældre|ægtefælle|hustru|kone|mand|samlever|kæreste|søn|datter|bror|søster|svigerfar|svigermor|bedstefar|bedstemor|nabo|pårørende)(?![\p{L}])[^.!?]{0,25}$/iu;
/** "Du er ikke omfattet af ældreloven": the letter's own assessment that the law does not apply. */
const NOT_COVERED = new RegExp(`ikke[ \\u00a0]+(?:er[ \\u00a0]+)?omfattet[ \\u00a0]+af[ \\u00a0]+(?:${ELDERLY_LAW_NAMES})`, 'iu');
/** How far before the age or pension a relative may be named and still be who it is said of. */
const RELATIVE_REACH = 40;

/**
 * "født i 1946", "født den 3. maj 1946", "født 3.5.1946": with the letter's
 * year, an age the person has certainly reached (the birthday may lie later
 * in the year).
 */
const BIRTH = /(?<![\p{L}])født[ \u00a0]+(?:den[ \u00a0]+)?(?:i[ \u00a0]+)?(?:\d{1,2}\.[ \u00a0]*(?:\p{L}+|\d{1,2}\.)[ \u00a0]*)?(\d{4})(?![\p{N}])/iu;

/**
 * A CPR number (»Cpr.nr.: 110641-xxxx«), its last four digits often masked: the day, month and year of birth. A year
 * after the letter's two last digits is of the 1900s; one before them may be of either century, and shows nothing.
 */
const CPR = /(?<![\p{L}\p{N}])(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])(\d{2})[ \u00a0]?-[ \u00a0]?[\dxX*]{4}(?![\p{L}\p{N}])/u;

/** The age a CPR number in `text` shows certainly reached in `year`, and the number, or undefined. */
function ageByCpr(text: string, year: number): { age: number; at: number; number: string } | undefined {
  const cpr = CPR.exec(text);
  const born = cpr ? parseInt(cpr[3], 10) : undefined;
  if (!cpr || born === undefined || born <= year % 100) return undefined;
  return { age: year - (1900 + born) - 1, at: cpr.index, number: cpr[0] };
}

/** What in the letter shows that the person is covered by ældreloven (pension age) on `date`, or undefined. */
function elderlyEvidence(letter: LetterModel, pensionAge: number, date: string): string | undefined {
  const year = parseInt(date.slice(0, 4), 10);
  const prose = letter.blocks.filter((block) => block.kind === 'paragraph' || block.kind === 'heading');
  // The letter has weighed it itself: "Du er derfor ikke omfattet af ældreloven".
  if (prose.some((block) => NOT_COVERED.test(block.text))) return undefined;
  const saidOfRelative = (text: string, at: number): boolean => RELATIVE_BEFORE.test(text.slice(Math.max(0, at - RELATIVE_REACH), at));
  for (const block of prose) {
    AGE.lastIndex = 0;
    for (let age = AGE.exec(block.text); age; age = AGE.exec(block.text)) {
      if (parseInt(age[1], 10) >= pensionAge && !saidOfRelative(block.text, age.index)) return age[0];
    }
    const birth = BIRTH.exec(block.text);
    if (birth && year - parseInt(birth[1], 10) - 1 >= pensionAge && !saidOfRelative(block.text, birth.index)) return birth[0];
    const cpr = ageByCpr(block.text, year);
    if (cpr && cpr.age >= pensionAge && !saidOfRelative(block.text, cpr.at)) return cpr.number;
    const word = ELDERLY_WORDS.exec(block.text);
    if (!word) continue;
    const { start, end } = letter.sentenceAt(block, word.index);
    if (!NOT_ELDERLY.test(letter.source.slice(start, end)) && !saidOfRelative(block.text, word.index)) return word[0];
  }
  return undefined;
}

/**
 * From 1 July 2025 people covered by ældreloven get help under it, not under
 * servicelovens §§ 83, 83 a, 83 b, 84 and 86 (servicelovens § 2, stk. 5).
 * Information only, and only when the dated letter shows the person is covered.
 */
function elderlyReports(letter: LetterModel, date: string | undefined): Report[] {
  const elderlyLaw = lawById('AEL')!;
  if (!date || date < elderlyLaw.inForceFrom!) return [];
  const relevant = outsideAppealGuidance(letter);
  const references = letter.references().filter((r) => relevant(r.block) && !inBlockQuote(letter, r.block));
  // Ældreloven named already; help for a child (barnets lov § 90, jf. servicelovens § 84); BPA or kontant tilskud, which ældreloven leaves out (§ 2, stk. 4).
  if (references.some((r) => r.law === elderlyLaw.id || r.law === 'BL' || referenceInSet('outsideElderlyLaw', r))) return [];
  const reference = references.find((r) => r.law !== undefined && r.paragraphs.some((p) => inSet('elderlyCare', r.law, p)) && !inHistoricSentence(letter, r, elderlyLaw.inForceFrom!));
  if (!reference) return [];
  const evidence = elderlyEvidence(letter, ELDERLY_PENSION_AGE, date);
  if (!evidence) return [];
  const old = provision(reference.law!, reference.paragraphs.find((p) => inSet('elderlyCare', reference.law, p))!)!;
  const successor = old.elderlySuccessor!;
  return [{
    message: say('elderly', {
      reference: formatReference(reference),
      date: danishDate(elderlyLaw.inForceFrom!),
      evidence,
      successor: `${lawName(successor.law)} ${successor.label}`,
      note: CONFIDENCE_NOTE[successor.confidence],
      citation: cite('SEL 2, stk. 5'),
    }),
    range: { start: reference.start, end: reference.end },
    severityCap: 'information',
  }];
}

/** A provision that barnets lov took over: in force only until barnets lov, with a successor. */
function repealedByReform(p: Provision | undefined): p is Provision {
  return p?.inForceTo !== undefined && p.successor !== undefined && p.inForceTo < BARNETS_LOV_IN_FORCE;
}

/** Folkepensionsalderen, the age from which ældreloven applies (ældreloven § 2, stk. 1): 67 for those reaching it now. */
const ELDERLY_PENSION_AGE = 67;

/**
 * A reference in a sentence about how things were before a reform took
 * effect on `reformDay` names the law of that time: "anbragt efter den
 * daværende servicelovens § 52", "Vi henviser til vores afgørelse af 3. maj
 * 2023 efter servicelovens § 41". Rewriting it would make the letter say
 * something false about the past.
 */
function inHistoricSentence(letter: LetterModel, reference: LegalReference, reformDay: string): boolean {
  if (inSentenceWith(letter, reference.block, reference.textStart, 'reference.historic', 'reference.notHistoric')) return true;
  return tellsOfTimeBefore(sentenceOf(letter, reference), reformDay);
}

/** The text of the sentence a reference stands in. */
function sentenceOf(letter: LetterModel, reference: LegalReference): string {
  const { start, end } = sentenceSpanAt(letter, reference.block, reference.textStart);
  return reference.block.text.slice(start, end);
}

/** Only »jf.« between two references: the second is cited as part of the first (»barnets lov § 90, jf. servicelovens § 44«). */
const ONLY_CARRIED = new RegExp(`^${CARRIED_BY}$`, 'iu');

/**
 * A repealed provision named in one sentence with its successor tells where the rule went (»Fra servicelovens § 42 til
 * barnets lov § 87«, »§ 44 er flyttet til barnets lov § 90«, »tidligere § 41, nu barnets lov § 86«): history, not the
 * decision's basis. Not one cited by »jf.« right after the successor, which names it as in force.
 */
function besideItsSuccessor(letter: LetterModel, references: readonly LegalReference[], reference: LegalReference, repealed: readonly Provision[]): boolean {
  const { start, end } = sentenceSpanAt(letter, reference.block, reference.textStart);
  return references.some((other) => other !== reference && other.textStart >= start && other.textEnd <= end
    && repealed.some((p) => other.law === p.successor!.law && other.paragraphs.includes(p.successor!.paragraph))
    && !(other.textEnd <= reference.textStart && ONLY_CARRIED.test(reference.block.text.slice(other.textEnd, reference.textStart))));
}

/** A sentence that looks ahead to the reform ("Fra 1. januar 2024 står reglerne i barnets lov § 86", "når barnets lov træder i kraft"). */
const LOOKS_AHEAD = /(?<![\p{N}])20(?:2[4-9]|[3-9]\d)(?![\p{N}])|træder[ \u00a0]+i[ \u00a0]+kraft|fremover|årsskiftet/iu;

function speaksOfReform(letter: LetterModel, reference: LegalReference): boolean {
  return LOOKS_AHEAD.test(sentenceOf(letter, reference));
}

export const foraeldetHenvisning: Rule = {
  id: 'foraeldet-henvisning',
  title: 'Henvisning til en ophævet eller ikke-eksisterende paragraf',
  titleEn: 'Reference to a repealed or non-existent provision',
  source: {
    citation: `${lawById('BL')!.title}; ${cite('FVL 24, stk. 1')}`,
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
    // Which law applies follows the latest date the letter can have; its message quotes only the letter's own date.
    const date = letterDate(letter);
    const bound = notBefore(letter);
    const afterReform = bound === undefined || bound >= BARNETS_LOV_IN_FORCE;
    // What a block's references give depends on its text and these two: worked out once per text, placed on every check.
    const key = `foraeldet-henvisning.${afterReform}.${date ?? ''}`;
    const reportsOf = (block: Block) => letter.memo(block, key, () => blockReports(letter, letter.referencesIn(block), letter.lawMentionsIn(block), date, afterReform));
    const reports: Report[] = [];
    // A letter that decides a past period by the rules of that time (»er det de dagældende regler, vi bruger«) may cite
    // them rightly: each reference is something to check, with no rewrite.
    const earlierPeriod = letter.has('reference.earlierPeriod', outsideAppealGuidance(letter));
    // The blocks with reports are found again only where an edit changed a text.
    for (const block of letter.blocksWhere(key, (block) => letter.referencesIn(block).length > 0 && reportsOf(block).length > 0)) {
      // A quoted decision or law ("> … efter servicelovens § 41") must say what it said then.
      if (inBlockQuote(letter, block)) continue;
      for (const report of reportsOf(block)) {
        const fix = !earlierPeriod && report.fix ? {
          title: report.fix.title,
          edit: { range: { start: letter.toSource(block, report.textStart), end: letter.toSource(block, report.fix.textEnd - 1) + 1 }, text: report.fix.text },
        } : undefined;
        reports.push({ message: report.message, range: { start: letter.toSource(block, report.textStart), end: letter.toSource(block, report.textEnd - 1) + 1 }, fix, severityCap: earlierPeriod ? 'information' : report.severityCap });
      }
    }
    return [...reports, ...elderlyReports(letter, bound), ...renamedBenefitReports(letter, date)];
  },
};

/** Benefits renamed with new rules, once each (merudgiftsydelse became kompensationsydelse for adults and children alike), with the provisions that give them. */
const RENAMED_BENEFITS = [...new Map(PROVISIONS.filter((p) => p.renamedBenefit).map((p) => [p.renamedBenefit!.oldName, p.renamedBenefit!])).values()].map((benefit) => ({
  benefit,
  oldName: new RegExp(`(?<![\\p{L}])${escapeRegExp(benefit.oldName)}\\p{L}*`, 'iu'),
  newName: new RegExp(escapeRegExp(benefit.newName), 'iu'),
  provisions: PROVISIONS.filter((p) => p.renamedBenefit?.oldName === benefit.oldName).map((p) => `${lawName(p.law)} ${paragraphLabel(p.paragraph)}`),
}));

/**
 * A letter dated after a benefit was renamed with new rules (1 September 2025: merudgiftsydelse became
 * kompensationsydelse, L 201 2024-25) that names it only by its old name: information, since a benefit granted
 * before keeps the old rules until the case is reassessed under the new ones (by 1 September 2027).
 */
function renamedBenefitReports(letter: LetterModel, date: string | undefined): Report[] {
  if (date === undefined) return [];
  const relevant = outsideAppealGuidance(letter);
  const reports: Report[] = [];
  for (const { benefit, oldName, newName, provisions } of RENAMED_BENEFITS) {
    if (date < benefit.from) continue;
    const named = letter.blocksWhere(`foraeldet-henvisning.${benefit.oldName}`, (block) => oldName.test(block.text));
    const block = named.find((b) => relevant(b) && !inBlockQuote(letter, b));
    if (!block || letter.blocksWhere(`foraeldet-henvisning.${benefit.newName}`, (b) => newName.test(b.text)).length > 0) continue;
    const hit = oldName.exec(block.text)!;
    reports.push({
      message: say('benefitRenamed', {
        hit: hit[0], date: danishDate(benefit.from), newName: benefit.newName, provisions: provisions.join(' og '),
        letterDate: danishDate(date), oldName: benefit.oldName, until: danishDate(benefit.transitionUntil),
      }),
      range: { start: letter.toSource(block, hit.index), end: letter.toSource(block, hit.index + hit[0].length - 1) + 1 },
      severityCap: 'information',
    });
  }
  return reports;
}

/** A report on a reference in text offsets of its block: the same for every version of the letter while the text is unchanged. */
interface TextReport {
  textStart: number;
  textEnd: number;
  message: Message;
  severityCap?: Severity;
  fix?: { title: Message; textEnd: number; text: string };
}

const NO_REPORTS: readonly TextReport[] = [];

/** A reference for the case worker to check: information, and no fix, since the letter may be right. */
function noteToCheck(reference: LegalReference, message: Message): TextReport {
  return { textStart: reference.textStart, textEnd: reference.textEnd, message, severityCap: 'information' };
}

/** The reports on one block's references (in text order), given its law mentions. */
function blockReports(letter: LetterModel, references: readonly LegalReference[], mentions: readonly LawMention[], date: string | undefined, afterReform: boolean): readonly TextReport[] {
  let reports: TextReport[] | undefined;
  for (const reference of references) {
    const law = reference.law;
    if (!law) continue;
    // Madservice, "servicelovens § 83, stk. 1, nr. 3", has its own paragraph, § 83 b, from 1 July 2025: a letter dated
    // after that cites a provision that no longer holds it, unless the sentence tells of the time before.
    if (law === 'SEL' && date !== undefined && date >= MEALS_OWN_PARAGRAPH && reference.paragraphs.includes('83') && reference.stk === '1' && reference.nr === '3') {
      if (!inHistoricSentence(letter, reference, MEALS_OWN_PARAGRAPH)) {
        const { textStart, textEnd } = reference;
        (reports ??= []).push({ textStart, textEnd, message: say('mealsMoved', { reference: formatReference(reference), date: danishDate(MEALS_OWN_PARAGRAPH), letterDate: danishDate(date) }) });
      }
      continue;
    }
    // Barnets lov cited in a letter dated before it took effect: the date or the law is wrong, and which is for the case worker to see.
    if (law === 'BL' && date !== undefined && date < BARNETS_LOV_IN_FORCE && !speaksOfReform(letter, reference)) {
      (reports ??= []).push(noteToCheck(reference, say('notYetInForce', { reference: formatReference(reference), letterDate: danishDate(date), date: danishDate(BARNETS_LOV_IN_FORCE) })));
      continue;
    }
    // Most references are current: nothing is built for them.
    const beyondLaw = reference.paragraphs.some((p) => paragraphBeyondLaw(law, p));
    if (!beyondLaw && !(afterReform && reference.paragraphs.some((p) => repealedByReform(provision(law, p))))) continue;
    const written = formatReference(reference);
    const { textStart, textEnd } = reference;
    if (beyondLaw) {
      (reports ??= []).push({ textStart, textEnd, message: say('noSuchParagraph', { reference: written, law: lawName(law) }) });
      continue;
    }
    if (inHistoricSentence(letter, reference, BARNETS_LOV_IN_FORCE)) continue;
    const repealed = reference.paragraphs.map((p) => provision(law, p)).filter(repealedByReform);
    if (besideItsSuccessor(letter, references, reference, repealed)) continue;
    const successors = repealed.map((p) => say('successor', { from: paragraphLabel(p.paragraph), title: p.title, to: `${lawName(p.successor!.law)} ${p.successor!.label}`, note: CONFIDENCE_NOTE[p.successor!.confidence] }));
    const dated = date ? say('dated', { date: danishDate(date) }) : say('undated');
    const rewritten = rewrite(mentions, reference, repealed);
    const uncertain = repealed.some((p) => p.successor!.confidence !== 'confirmed');
    // Without the letter's own date the rewrite cannot be known to be right (it may be from before the reform): no fix.
    const edit = rewritten === undefined || date === undefined ? undefined : keepCarriedLaw(mentions, reference, rewritten);
    (reports ??= []).push({
      textStart,
      textEnd,
      message: say('repealed', { reference: written, date: danishDate(BARNETS_LOV_IN_FORCE), successors, dated }),
      fix: edit && { title: say(uncertain ? 'fixReplaceCheck' : 'fixReplace', { text: edit.shown }), textEnd: edit.textEnd, text: edit.text },
    });
  }
  return reports ?? NO_REPORTS;
}
