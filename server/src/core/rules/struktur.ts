import type { Block, SectionRole } from '../markdown';
import type { Report, Rule } from '../rule';
import { blockRange } from '../anchors';
import { textsOf } from '../messages';

const say = textsOf('struktur');

/** Sections that belong before the appeal guidance; rules quoted in an annex and contact details may follow it. */
const BEFORE_APPEAL: ReadonlySet<SectionRole> = new Set(['afgoerelse', 'begrundelse', 'fakta', 'beregning', 'partshoering']);

export const struktur: Rule = {
  id: 'struktur',
  title: 'Afgørelsens opbygning: resultatet først, klagevejledningen sidst',
  titleEn: 'Structure: result first, appeal guidance last',
  source: {
    citation: 'Ankestyrelsens vejledning »At skrive en afgørelse«',
    urls: [
      'https://www.hk.dk/aktuelt/nyheder/2017/08/22/fagligt-skriv-korrekt-afgoerelse',
      'https://www.ombudsmanden.dk/find-viden/myndighedsguiden/generel-forvaltningsret/10-begrundelse',
    ],
  },
  defaultSeverity: 'information',
  fixable: false,
  silentOnFullApproval: false,
  check({ letter }) {
    const headings = letter.blocks.filter((b) => b.kind === 'heading');
    // A first-level title ("# Afgørelse om hjælpemiddel") names the letter; it is not the result section.
    const sections = headings[0]?.depth === 1 && headings.length > 1 ? headings.slice(1) : headings;
    const reports: Report[] = [];
    const result = sections.find((b) => b.role === 'afgoerelse');
    const reasons = sections.find((b) => b.role === 'begrundelse');
    if (result && reasons && reasons.start < result.start) {
      reports.push({
        message: say('resultAfterReasons', { result: result.text.trim() }),
        range: blockRange(result),
      });
    }
    const appeal = sections.find((b) => b.role === 'klagevejledning');
    if (appeal) {
      const later = sections.find((b: Block) => b.start > appeal.start && b.depth <= appeal.depth && BEFORE_APPEAL.has(b.role));
      if (later) {
        reports.push({
          message: say('appealNotLast', { section: later.text.trim() }),
          range: blockRange(appeal),
        });
      }
    }
    return reports;
  },
};
