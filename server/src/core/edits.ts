import type { FixEdit } from './rule';

/**
 * Applies edits to a text. Edits are applied from the end so that earlier
 * offsets stay valid; an edit overlapping one already applied is skipped
 * (fix-all re-checks and runs again).
 */
export function applyEdits(text: string, edits: readonly FixEdit[]): { text: string; applied: number } {
  const sorted = [...edits].sort((a, b) => b.range.start - a.range.start || b.range.end - a.range.end);
  let result = text;
  let applied = 0;
  let limit = Number.POSITIVE_INFINITY;
  for (const edit of sorted) {
    if (edit.range.end > limit) continue;
    result = result.slice(0, edit.range.start) + edit.text + result.slice(edit.range.end);
    limit = edit.range.start;
    applied++;
  }
  return { text: result, applied };
}
