/** By halving, the first index below `count` for which `before` is false; `before` must hold for a leading run only. */
export function firstNotBefore(count: number, before: (index: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (before(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * How many of `items`, ordered by `key` ascending, have a key at or below `offset`: the place where a later item
 * would go. By halving, for lookups asked once per hit.
 */
export function countUpTo<T>(items: readonly T[], key: (item: T) => number, offset: number): number {
  return firstNotBefore(items.length, (index) => key(items[index]) <= offset);
}
