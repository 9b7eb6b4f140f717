import type { LetterModel } from './letter';
import type { SectionRole } from './markdown';

/** A section of the letter for the editor's outline. */
export interface OutlineSection {
  name: string;
  role: SectionRole;
  /** The heading's range. */
  selection: { start: number; end: number };
  /** From the heading to the next heading of the same or a higher level. */
  range: { start: number; end: number };
  children: OutlineSection[];
}

/** What each kind of section is called in the editor's outline, in Danish and English. */
export const SECTION_ROLE_NAMES: Readonly<Record<Exclude<SectionRole, 'other'>, { da: string; en: string }>> = {
  afgoerelse: { da: 'Afgørelse', en: 'Decision' },
  fakta: { da: 'Sagens oplysninger', en: 'Facts of the case' },
  regler: { da: 'Regler', en: 'Legal rules' },
  begrundelse: { da: 'Begrundelse', en: 'Reasons' },
  beregning: { da: 'Beregning', en: 'Calculation' },
  partshoering: { da: 'Partshøring', en: 'Hearing of the party' },
  klagevejledning: { da: 'Klagevejledning', en: 'Appeal guidance' },
};

export function outline(letter: LetterModel): OutlineSection[] {
  const roots: OutlineSection[] = [];
  const open: Array<{ depth: number; section: OutlineSection }> = [];
  const end = letter.source.length;
  for (const block of letter.blocks) {
    if (block.kind !== 'heading') continue;
    while (open.length && open[open.length - 1].depth >= block.depth) open.pop()!.section.range.end = block.start;
    const section: OutlineSection = {
      name: block.text.trim() || '…',
      role: block.role,
      selection: { start: block.start, end: block.end },
      range: { start: block.start, end },
      children: [],
    };
    (open.length ? open[open.length - 1].section.children : roots).push(section);
    open.push({ depth: block.depth, section });
  }
  // Sections still open run to the end of the letter, minus its trailing blank lines.
  const trimmedEnd = letter.source.trimEnd().length;
  const fix = (sections: OutlineSection[]): void => {
    for (const s of sections) {
      if (s.range.end === end) s.range.end = Math.max(s.selection.end, trimmedEnd);
      fix(s.children);
    }
  };
  fix(roots);
  return roots;
}
