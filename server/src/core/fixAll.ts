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
 * Applies the fixes of `findings` to `text` at once (plain text: snippet
 * placeholders keep their «defaults», which rule pladsholder then points at).
 */
export function applyAllFixes(text: string, findings: readonly Finding[]): { text: string; applied: number } {
  return applyEdits(text, fixAllEdits(findings));
}
