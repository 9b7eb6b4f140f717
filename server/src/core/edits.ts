import type { FixEdit } from './rule';

/**
 * The edits that can be applied together, in document order: walking from the
 * end, an edit that overlaps one already taken is dropped (fix-all checks again
 * and runs again). Insertions at the same place keep their order in `edits`,
 * which is the order an LSP client applies them in.
 */
export function compatibleEdits(edits: readonly FixEdit[]): FixEdit[] {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  const taken: FixEdit[] = [];
  let limit = Number.POSITIVE_INFINITY;
  for (let i = sorted.length - 1; i >= 0; i--) {
    const edit = sorted[i];
    if (edit.range.end > limit) continue;
    taken.push(edit);
    limit = edit.range.start;
  }
  return taken.reverse();
}

/** Applies the compatible edits (see compatibleEdits) to a text, as an LSP client would. */
export function applyEdits(text: string, edits: readonly FixEdit[]): { text: string; applied: number } {
  const taken = compatibleEdits(edits);
  let result = text;
  // From the last edit back, so earlier offsets stay valid and same-place insertions keep their order.
  for (let i = taken.length - 1; i >= 0; i--) {
    const { range, text: inserted } = taken[i];
    result = result.slice(0, range.start) + inserted + result.slice(range.end);
  }
  return { text: result, applied: taken.length };
}
