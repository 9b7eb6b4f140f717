import type { Finding, FixEdit } from './rule';

/**
 * The fixes of every fixable finding that can be applied together: one per
 * distinct edit (two findings can share a fix), no two overlapping. In
 * document order; insertions at the same place are ordered so that applying
 * them in array order (as LSP clients do) gives the text applyEdits gives.
 */
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
  // The same selection as applyEdits: from the end, skipping an edit that overlaps one taken.
  const sorted = distinct.sort((a, b) => b.range.start - a.range.start || b.range.end - a.range.end);
  const taken: FixEdit[] = [];
  let limit = Number.POSITIVE_INFINITY;
  for (const edit of sorted) {
    if (edit.range.end > limit) continue;
    taken.push(edit);
    limit = edit.range.start;
  }
  return taken.reverse();
}

/**
 * Applies the fixes of `findings` to `text` at once (plain text: snippet
 * placeholders keep their «defaults», which rule pladsholder then points at).
 */
export function applyAllFixes(text: string, findings: readonly Finding[]): { text: string; applied: number } {
  const edits = fixAllEdits(findings);
  let result = text;
  // From the last edit back, so earlier offsets stay valid and same-place insertions keep array order.
  for (let i = edits.length - 1; i >= 0; i--) {
    const { range, text: inserted } = edits[i];
    result = result.slice(0, range.start) + inserted + result.slice(range.end);
  }
  return { text: result, applied: edits.length };
}
