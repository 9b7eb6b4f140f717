import type { Block } from '../markdown';
import type { Report, Rule } from '../rule';
import { textsOf } from '../messages';
import { cite } from '../catalogue';

const say = textsOf('pladsholder');

/** Placeholders in the snippets are written «like this»; Danish quotation marks are »the other way«. */
const PLACEHOLDER = /«[^«»\n]{0,200}»/g;

/**
 * Placeholders of other templates and mail merges: a field in square brackets
 * ("[dato]", "[INDSÆT NAVN]"; a link's text has lost its brackets), a merge
 * field in double braces ("{{navn}}"), and XX standing for a figure or a name
 * ("den XX. oktober", "xx.xx.2025", "Kære XX"; not a masked CPR number such as
 * 1107xx-xxxx, where it follows a digit). Less certain than the snippets' own:
 * said as something to check.
 */
const FOREIGN_PLACEHOLDER = /\[(?:indsæt|skriv|udfyld|dato|navn|adresse|beløb|cpr|sagsnr|sagsnummer|sagsbehandler|telefon|tlf|e-?mail|underskrift|afdeling|barnets navn|borgerens navn)[^\[\]\n]{0,60}\]|\{\{[^{}\n]{1,60}\}\}|(?<![\p{L}\p{N}-])(?:XX|xx)(?![\p{L}\p{N}-])/giu;

interface Placeholder {
  index: number;
  placeholder: string;
  foreign: boolean;
}

const NONE: readonly Placeholder[] = [];

/** The placeholders in a block's text: the snippets' own, then other templates'. Once per distinct text (a keystroke re-reads only the edited paragraph). */
function placeholdersIn(text: string): readonly Placeholder[] {
  let found: Placeholder[] | undefined;
  for (const [pattern, foreign] of [[PLACEHOLDER, false], [FOREIGN_PLACEHOLDER, true]] as const) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) (found ??= []).push({ index: m.index, placeholder: m[0], foreign });
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
    for (const block of letter.blocksWhere('pladsholder.placeholders', (block) => placeholdersOf(block).length > 0)) {
      for (const { index, placeholder, foreign } of placeholdersOf(block)) {
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
