/** Plain-language thresholds (configurable as `klarsprog` in the settings). */
export interface KlarsprogThresholds {
  /** Highest acceptable LIX; 55 and above is "meget svær" on the Danish LIX scale. */
  maxLix: number;
  /** Longest acceptable sentence in words. */
  maxSentenceWords: number;
}

export const DEFAULT_KLARSPROG: Readonly<KlarsprogThresholds> = Object.freeze({ maxLix: 54, maxSentenceWords: 40 });
