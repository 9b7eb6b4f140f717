import { applyEdits, compatibleEdits } from './edits';
import type { Finding, FixEdit } from './rule';

/** The fixes of every fixable finding that can be applied together: one per distinct edit (two findings can share a fix), no two overlapping. */
export function fixAllEdits(findings: readonly Finding[]): FixEdit[] {
  const seen = new Set<string>();
  const distinct: FixEdit[] = [];
  for (const finding of findings) {
    if (!finding.fix) continue;
    const { edit } = finding.fix;
    const key = `${edit.range.start}:${edit.range.end}:${edit.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    distinct.push(edit);
  }
  return compatibleEdits(distinct);
}

/**
 * Whether a fix needs nothing from the user: no tab stop and no «placeholder» to fill in, like
 * replacing an outdated reference or appeal body or removing a useless disable comment. Only
 * these are applied unasked (fix all, fix on save, the CLI's --fix): an inserted section with
 * placeholders adds work and findings.
 */
export function needsNoInput(edit: FixEdit): boolean {
  return !edit.text.includes('«') && (edit.snippet === undefined || edit.snippet === edit.text);
}

/** The edits of the fixes that need no input (see needsNoInput), applicable together. */
export function noInputEdits(findings: readonly Finding[]): FixEdit[] {
  return fixAllEdits(findings.filter((finding) => finding.fix && needsNoInput(finding.fix.edit)));
}

/**
 * The fixes that insert something for the user to fill in (a missing section or
 * sentence with tab stops), applicable together: "Indsæt manglende afsnit"
 * inserts them at once, asked for, as one snippet session.
 */
export function missingTextEdits(findings: readonly Finding[]): FixEdit[] {
  return fixAllEdits(findings.filter((finding) => finding.fix && !needsNoInput(finding.fix.edit) && finding.fix.edit.range.start === finding.fix.edit.range.end));
}

/**
 * Applies the fixes of `findings` to `text` at once (plain text: snippet
 * placeholders keep their «defaults», which rule pladsholder then points at).
 */
export function applyAllFixes(text: string, findings: readonly Finding[]): { text: string; applied: number } {
  return applyEdits(text, fixAllEdits(findings));
}
