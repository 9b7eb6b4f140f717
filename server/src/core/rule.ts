import type { LetterModel, SourceRange } from './letter';
import type { Outcome } from './outcome';
import type { KlarsprogThresholds } from './klarsprog-defaults';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

/** A legal source a rule enforces, with where its wording was checked. */
export interface LegalSource {
  /** Short citation for messages: "FVL § 24, stk. 1, 1. pkt.". */
  citation: string;
  /** Where the wording was verified (primary source first). */
  urls: string[];
}

/**
 * An edit as data: replace `range` (an insertion when empty) with `text`.
 * `snippet`, when present, is the same text with tab stops for editors that
 * can insert snippets; `text` is what the snippet becomes with its defaults.
 */
export interface FixEdit {
  range: SourceRange;
  text: string;
  snippet?: string;
}

export interface Fix {
  /** Danish title shown in the light-bulb menu. */
  title: string;
  edit: FixEdit;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  messageKey?: string;
  messageArgs?: Readonly<Record<string, string>>;
  range: SourceRange;
  fix?: Fix;
}

/** What a rule reports; the runner adds rule id and severity. */
export interface Report {
  message: string;
  /**
   * Key of the message in data/messages.en.json (under the rule's id), with
   * the values its template needs; without one, English users get the rule's titleEn.
   */
  messageKey?: string;
  messageArgs?: Readonly<Record<string, string>>;
  range: SourceRange;
  fix?: Fix;
}

export interface RuleContext {
  readonly letter: LetterModel;
  readonly outcome: Outcome;
  /** Organisation profile and other settings that shape fixes. */
  readonly options: Readonly<RuleOptions>;
}

export interface RuleOptions {
  /** The municipality's address for complaints, inserted after its name. */
  address?: string;
  /** The appeal body for inserted appeal guidance; the default is Ankestyrelsen. */
  appealBody?: string;
  /** The complaint deadline for inserted appeal guidance; the default is "4 uger". */
  complaintDeadline?: string;
  /** The municipality's name as it should appear in inserted text ("Aarhus Kommune"). */
  municipality?: string;
  /** Plain-language thresholds for the rule klarsprog. */
  klarsprog?: Partial<KlarsprogThresholds>;
}

export interface Rule {
  /** Stable id, used in settings, disable comments and docs/rules/<id>.md. */
  id: string;
  /** Danish title. */
  title: string;
  /** English title (second locale). */
  titleEn: string;
  source: LegalSource;
  defaultSeverity: Severity;
  /** Whether findings carry a fix. */
  fixable: boolean;
  check(context: RuleContext): Report[];
}

/** The rule's documentation page, relative to the extension's root (shipped in the .vsix). */
export function ruleDocPath(ruleId: string): string {
  return `docs/rules/${ruleId}.md`;
}
