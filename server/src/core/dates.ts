import { LetterModel, oncePerLetter } from './letter';
import { lineEndOf, lineStartOf } from './position';

const MONTHS: Readonly<Record<string, number>> = {
  januar: 1, jan: 1, februar: 2, feb: 2, marts: 3, mar: 3, april: 4, apr: 4, maj: 5, juni: 6, jun: 6, juli: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, november: 11, nov: 11, december: 12, dec: 12,
};

/** "12. marts 2025", "12.03.2025", "12-03-2025", "12/3 2025", "2025-03-12". Each alternative is linear. */
const DATE = /(?<![\p{L}\p{N}])(?:(\d{1,2})\.?[ \u00a0]+([\p{L}]{3,9})\.?[ \u00a0]+(\d{4})|(\d{1,2})[./-](\d{1,2})[./-](\d{4})|(\d{1,2})\/(\d{1,2})[ \u00a0]+(\d{4})|(\d{4})-(\d{2})-(\d{2}))(?![\p{N}])/gu;

function iso(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1950 || year > 2200) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function dateOf(m: RegExpExecArray): string | undefined {
  if (m[1]) {
    const month = MONTHS[m[2].toLowerCase()];
    return month ? iso(+m[3], month, +m[1]) : undefined;
  }
  if (m[4]) return iso(+m[6], +m[5], +m[4]);
  if (m[7]) return iso(+m[9], +m[8], +m[7]);
  return iso(+m[10], +m[11], +m[12]);
}

/** A date with a two-digit year ("04.12.23", "4/12-23"): read only where a line or field holds nothing but a date. */
const SHORT_DATE = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2})$/;

/** The date of a text that is only a date with a two-digit year, read as 20xx. */
function shortDate(text: string): string | undefined {
  const short = SHORT_DATE.exec(text.trim());
  return short ? iso(2000 + +short[3], +short[2], +short[1]) : undefined;
}

/** The date a date field gives, also with a two-digit year. */
function dateOfField(text: string): string | undefined {
  return datesIn(text)[0] ?? shortDate(text);
}

/** Every date written in `text`, as ISO strings in order. */
export function datesIn(text: string): string[] {
  const dates: string[] = [];
  DATE.lastIndex = 0;
  for (let m = DATE.exec(text); m; m = DATE.exec(text)) {
    const date = dateOf(m);
    if (date) dates.push(date);
  }
  return dates;
}

/** A year on its own ("i 2022"), not an amount ("1980 kr."), a number ("nr. 2023") or part of a date. */
const YEAR = /(?<![\p{L}\p{N}§.,/-]|nr\.[ \u00a0]?)(?:19[5-9]\d|2[01]\d\d)(?![\p{N}]|[ \u00a0]*(?:kr\b|kroner|timer|minutter|%))/giu;
/** The date of a legal act ("lov nr. 721 af 13. juni 2023"): when it was passed, not a time the sentence tells of. */
const ACT_BEFORE = /nr\.[ \u00a0]*\d+[ \u00a0]+af[ \u00a0]+(?:den[ \u00a0]+)?$/iu;
/** "indtil 2024", "før 1. januar 2024": the time before that day. */
const UNTIL_BEFORE = /(?<![\p{L}])(?:indtil|før|frem[ \u00a0]+til)[ \u00a0]+(?:den[ \u00a0]+)?$/iu;

/**
 * Whether `text` tells of a time before `day` (ISO): it names an earlier
 * date, a year that ended before it, or "indtil"/"før" a date or year up to
 * it. A sentence about what happened then names the law of that time ("I fik
 * i 2022 hjælp efter servicelovens § 41").
 */
export function tellsOfTimeBefore(text: string, day: string): boolean {
  const taken: Array<[number, number]> = [];
  const before = (at: number, pattern: RegExp): boolean => pattern.test(text.slice(Math.max(0, at - 40), at));
  DATE.lastIndex = 0;
  for (let m = DATE.exec(text); m; m = DATE.exec(text)) {
    taken.push([m.index, m.index + m[0].length]);
    const date = dateOf(m);
    if (!date || before(m.index, ACT_BEFORE)) continue;
    if (date < day || (date <= day && before(m.index, UNTIL_BEFORE))) return true;
  }
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
    if (taken.some(([start, end]) => m!.index >= start && m!.index < end)) continue;
    const year = m[0];
    if (`${year}-12-31` < day || (`${year}-01-01` <= day && before(m.index, UNTIL_BEFORE))) return true;
  }
  return false;
}

const DATE_LINE = /^(?:dato|date|brevdato|afgørelsesdato)[ \t]*[:.]?[ \t]*(.*)$/iu;
/** A line that is only a date, perhaps after a place and "den": "5. november 2024", "Fjordby, den 5. november 2024". */
const DATE_ONLY_LINE = /^(?:\p{L}[\p{L} .'-]{0,40}?(?:,[ \t]*|[ \t]+(?=(?:den|d\.)[ \t])))?(?:(?:den|d\.)[ \t]+)?(.{6,20})$/iu;
/** Every field name DATE_LINE knows contains it. */
const FIELD_NAME = /dat/gi;

/** The letter's own date line sits in the letterhead or under the title: among the first lines with text. */
const TOP_LINES = 25;

/**
 * The fields of a line, without emphasis: the parts of a reference line ("Sagsnr. 27.36 · Dato 16. juni 2025 ·
 * Sagsbehandler: …", "Visitation – 4. november 2024") and table cells.
 */
function fieldsOf(line: string): string[] {
  return line.replace(/[*_>#]+/g, '').replace(/\\$/, '').split(/[·•|;\t]|[ \u00a0][–—-][ \u00a0]/).map((field) => field.trim());
}

/** The date a "Dato" field gives: "Dato: 16. juni 2025", or a "Dato" cell and the date in the next. */
function datedField(fields: readonly string[]): string | undefined {
  for (let i = 0; i < fields.length; i++) {
    const m = DATE_LINE.exec(fields[i]);
    if (!m) continue;
    const date = dateOfField(m[1].trim() ? m[1] : fields[i + 1] ?? '');
    if (date) return date;
  }
  return undefined;
}

/** The one date a field holds when it is nothing but that date (after a place or "den"). */
function dateOnly(line: string): string | undefined {
  const m = DATE_ONLY_LINE.exec(line);
  if (!m) return undefined;
  const dates = datesIn(m[1]);
  if (dates.length === 0) return shortDate(m[1]);
  return dates.length === 1 && m[1].replace(/[\d\p{L}.\/ \u00a0-]/gu, '') === '' ? dates[0] : undefined;
}

/**
 * The letter's own date: front matter `dato:`, else a "Dato: …" line, else a
 * line near the top that is only a date ("5. november 2024", "Fjordby, den 5.
 * november 2024"); undefined when the letter has none. A date in the text
 * ("Du får hjælpen fra 1. marts 2025") is never the letter's date. Read from
 * the source lines: "20. maj 2025" alone on a line is an ordered list to
 * Markdown.
 */
export const letterDate = oncePerLetter(readLetterDate);

function readLetterDate(letter: LetterModel): string | undefined {
  const fromFrontMatter = letter.frontMatter['dato'] ?? letter.frontMatter['date'];
  if (fromFrontMatter) {
    const date = datesIn(fromFrontMatter)[0];
    if (date) return date;
  }
  const body = letter.body;
  // Only a line with »dat« can hold a "Dato" field: a long letter is not split into lines on every keystroke.
  FIELD_NAME.lastIndex = 0;
  for (let m = FIELD_NAME.exec(body); m; m = FIELD_NAME.exec(body)) {
    const end = lineEndOf(body, m.index);
    const date = datedField(fieldsOf(body.slice(lineStartOf(body, m.index), end)));
    if (date) return date;
    FIELD_NAME.lastIndex = end;
  }
  // Line by line from the top (the empty line a CRLF leaves between its CR and LF is skipped as blank).
  let seen = 0;
  for (let start = 0; seen < TOP_LINES && start <= body.length; ) {
    const end = lineEndOf(body, start);
    const line = body.slice(start, end);
    if (/\S/.test(line)) {
      seen++;
      for (const field of fieldsOf(line)) {
        const date = dateOnly(field);
        if (date) return date;
      }
    }
    start = end + 1;
  }
  return undefined;
}

/**
 * A date the letter cannot be older than, for which law applies to it: its
 * own date, else the latest date it mentions. Never quoted as the letter's
 * date: a start date of help ("fra 1. marts 2025") may lie after it.
 */
export function notBefore(letter: LetterModel): string | undefined {
  const own = letterDate(letter);
  if (own) return own;
  const all = letter.blocks.flatMap((block) => datesIn(block.text));
  return all.length ? all.sort().pop() : undefined;
}
