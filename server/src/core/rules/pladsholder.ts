import type { Report, Rule } from '../rule';
import { textsOf } from '../messages';
import { cite } from '../catalogue';

const say = textsOf('pladsholder');

/** Placeholders in the snippets are written «like this»; Danish quotation marks are »the other way«. */
const PLACEHOLDER = /«[^«»\n]{0,200}»/g;

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
      return reports;
    });
  },
};
