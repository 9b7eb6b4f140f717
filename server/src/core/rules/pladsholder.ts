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
    return letter.blocks.flatMap((block) => {
      const reports: Report[] = [];
      PLACEHOLDER.lastIndex = 0;
      for (let m = PLACEHOLDER.exec(block.text); m; m = PLACEHOLDER.exec(block.text)) {
        reports.push({
          message: say('unfilled', { placeholder: m[0] }),
          range: { start: letter.toSource(block, m.index), end: Math.min(block.end, letter.toSource(block, m.index + m[0].length - 1) + 1) },
        });
      }
      FOREIGN_PLACEHOLDER.lastIndex = 0;
      for (let m = FOREIGN_PLACEHOLDER.exec(block.text); m; m = FOREIGN_PLACEHOLDER.exec(block.text)) {
        reports.push({
          message: say('looksUnfilled', { placeholder: m[0] }),
          range: { start: letter.toSource(block, m.index), end: Math.min(block.end, letter.toSource(block, m.index + m[0].length - 1) + 1) },
          severityCap: 'warning',
        });
      }
      return reports;
    });
  },
};
