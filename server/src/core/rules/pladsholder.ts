import type { Block } from '../markdown';
import type { Report, Rule } from '../rule';
import { textsOf } from '../messages';
import { cite } from '../catalogue';

const say = textsOf('pladsholder');

/** Placeholders in the snippets are written «like this»; Danish quotation marks are »the other way«. */
const PLACEHOLDER = /«[^«»\n]{0,200}»/g;

/** The words a template's instruction to the writer opens with (»[Indsæt …]«, »[Skriv …]«). */
const INSTRUCTION_WORDS = 'indsæt|skriv|udfyld';

/**
 * Placeholders of other templates and mail merges: a field in square brackets
 * ("[dato]", "[SLUTDATO]", "[INDSÆT NAVN]"; a link's text has lost its brackets), a merge
 * field in double braces ("{{navn}}"), and XX standing for a figure or a name
 * ("den XX. oktober", "xx.xx.2025", "Kære XX"; not a masked CPR number such as
 * 1107xx-xxxx, where it follows a digit, nor a phone number masked for review: »96 XX 20 00«). Less certain than the snippets' own:
 * said as something to check. Not »[underskrift]«: where a pasted or exported letter lost its signature's image, it marks
 * the image, and a decision needs no signature to be whole.
 */
const FOREIGN_PLACEHOLDER = new RegExp(String.raw`\[(?:${INSTRUCTION_WORDS}|\p{L}*dato|\p{L}*navn|adresse|\p{L}*beløb|cpr|sagsnr|sagsnummer|sagsbehandler|telefon|tlf|e-?mail|afdeling|barnets navn|borgerens navn)[^\[\]\n]{0,60}\]|\{\{[^{}\n]{1,60}\}\}|(?<![\p{L}\p{N}-])(?:XX|xx)(?![\p{L}\p{N}-])`, 'giu');

/** A field the sender left out on purpose (»[CPR udeladt]«, »[navn anonymiseret]«): a redaction, nothing to fill in. */
const REDACTED = /udeladt|anonymiseret|fjernet|slettet|skjult|maskeret|overstreget/iu;

/**
 * A mark that the document was redacted before it was shared (»[CPR udeladt]«, »[navn anonymiseret]«). In such a document
 * a bracketed field for personal data (»[Navn]«, »[adresse]«, »[dato]«) is a redaction too; an instruction to the writer
 * (»[Indsæt …]«) is still a template's. A cut »[…]« and a CPR number masked whole (»XXXXXX-XXXX«) are no such mark:
 * templates write them for text and numbers to fill in.
 */
const REDACTION_MARK = new RegExp(String.raw`\[[^\[\]\n]{0,40}(?:${REDACTED.source})[^\[\]\n]{0,40}\]`, 'iu');
const INSTRUCTION = new RegExp(`^\\[(?:${INSTRUCTION_WORDS})`, 'iu');

/** Groups of digits and XX apart by spaces, with a digit among them: a phone number masked in a letter shared for review (»96 XX 20 00«, »76 81 XX XX«). */
const MASKED_NUMBER = /(?<![\p{L}\p{N}])(?:\d{1,4}|XX|xx)(?: (?:\d{1,4}|XX|xx)){2,}(?![\p{L}\p{N}])/gu;

/** The spans of `text` that are masked numbers: their XX is nothing to fill in. */
function maskedNumbers(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  MASKED_NUMBER.lastIndex = 0;
  for (let m = MASKED_NUMBER.exec(text); m; m = MASKED_NUMBER.exec(text)) if (/\d/.test(m[0])) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

interface Placeholder {
  index: number;
  placeholder: string;
  foreign: boolean;
}

const NONE: readonly Placeholder[] = [];

/**
 * For a text, whether the « at an offset closes a Danish quotation opened before it (»Kvalitetsstandarder 2013« og
 * »Krav …«: »« og »« is no placeholder). Read from the start of the text: a » outside a placeholder opens a quotation,
 * which the next « closes; a « outside a quotation opens a placeholder, which the next » closes. Asked at rising
 * offsets, it reads each character once.
 */
function quotationCloser(text: string): (at: number) => boolean {
  let read = 0;
  let quoted = false;
  let placeholder = false;
  return (at) => {
    for (; read < at; read++) {
      const ch = text[read];
      if (ch === '»') {
        if (placeholder) placeholder = false;
        else quoted = true;
      } else if (ch === '«') {
        if (quoted) quoted = false;
        else placeholder = true;
      }
    }
    return quoted;
  };
}

/** The placeholders in a block's text: the snippets' own, then other templates'. Once per distinct text (a keystroke re-reads only the edited paragraph). */
function placeholdersIn(text: string): readonly Placeholder[] {
  let found: Placeholder[] | undefined;
  const masked = /xx/i.test(text) ? maskedNumbers(text) : [];
  const closesQuotation = quotationCloser(text);
  for (const [pattern, foreign] of [[PLACEHOLDER, false], [FOREIGN_PLACEHOLDER, true]] as const) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const at = m.index;
      if (foreign && (masked.some(([start, end]) => start <= at && at < end) || (m[0].startsWith('[') && REDACTED.test(m[0])))) continue;
      if (!foreign && closesQuotation(at)) continue;
      (found ??= []).push({ index: m.index, placeholder: m[0], foreign });
    }
  }
  return found ?? NONE;
}

export const pladsholder: Rule = {
  id: 'pladsholder',
  title: 'Pladsholder fra skabelonen er ikke udfyldt',
  titleEn: 'Template placeholder not filled in',
  source: {
    citation: `${cite('FVL 24-25')}: begrundelse og klagevejledning skal være fuldstændige`,
    urls: [
      'https://www.ombudsmanden.dk/find-viden/myndighedsguiden/generel-forvaltningsret/10-begrundelse',
      'https://pav.medst.dk/forvaltningsret-persondataloven-mv/forvaltningsloven/klagevejledning/',
    ],
  },
  defaultSeverity: 'error',
  fixable: false,
  silentOnFullApproval: false,
  check({ letter }) {
    const reports: Report[] = [];
    const placeholdersOf = (block: Block) => letter.memo(block, 'pladsholder.placeholders', placeholdersIn);
    let redacted: boolean | undefined;
    const redaction = (placeholder: string): boolean => placeholder.startsWith('[') && !INSTRUCTION.test(placeholder)
      && (redacted ??= letter.blocksWhere('pladsholder.redacted', (block) => REDACTION_MARK.test(block.text)).length > 0);
    for (const block of letter.blocksWhere('pladsholder.placeholders', (block) => placeholdersOf(block).length > 0)) {
      for (const { index, placeholder, foreign } of placeholdersOf(block)) {
        if (foreign && redaction(placeholder)) continue;
        reports.push({
          message: say(foreign ? 'looksUnfilled' : 'unfilled', { placeholder }),
          range: { start: letter.toSource(block, index), end: Math.min(block.end, letter.toSource(block, index + placeholder.length - 1) + 1) },
          ...(foreign ? { severityCap: 'warning' as const } : {}),
        });
      }
    }
    return reports;
  },
};
