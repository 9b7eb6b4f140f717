/**
 * How many of `items`, ordered by `key` ascending, have a key at or below `offset`: the place where a later item
 * would go. By halving, for lookups asked once per hit.
 */
export function countUpTo<T>(items: readonly T[], key: (item: T) => number, offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (key(items[middle]) <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
