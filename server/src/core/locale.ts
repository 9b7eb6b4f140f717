/** Danish is the default; English is the second locale. */
export type Locale = 'da' | 'en';

/** Reads a client locale ("en-US", "da") into one of ours; anything not English is Danish. */
export function toLocale(value: unknown): Locale {
  return typeof value === 'string' && /^en\b/i.test(value) ? 'en' : 'da';
}
