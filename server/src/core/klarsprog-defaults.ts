/** Plain-language thresholds (configurable as `klarsprog` in the settings). */
export interface KlarsprogThresholds {
  /** Highest acceptable LIX; above 60 is "meget svær" even on Björnsson's original scale; official letters often lie at 50-60. */
  maxLix: number;
  /** Longest acceptable sentence in words. */
  maxSentenceWords: number;
}

export const DEFAULT_KLARSPROG: Readonly<KlarsprogThresholds> = Object.freeze({ maxLix: 60, maxSentenceWords: 50 });
