import type { LetterModel, SourceRange } from './letter';
import type { Outcome } from './outcome';
import type { Profile } from './config';

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

/**
 * A text by its key in server/data/messages.json ("rule id.message id"),
 * with the values its template needs. A value can itself be a text (a phrase
 * with its own Danish and English wording) or a list of texts.
 */
export interface Message {
  key: string;
  args?: Readonly<Record<string, MessageArg>>;
}
export type MessageArg = string | Message | readonly Message[];

/** A fix as a rule makes it: its title is a text from the catalogue. */
export interface RuleFix {
  title: Message;
  edit: FixEdit;
}

/** A fix as findings carry it: the Danish title, and the text it was made from for other locales. */
export interface Fix {
  title: string;
  titleMessage: Message;
  edit: FixEdit;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** The Danish message; `text` renders it in another locale (messages.ts). */
  message: string;
  text: Message;
  range: SourceRange;
  fix?: Fix;
}

/** What a rule reports; the runner adds rule id, severity and the rendered texts. */
export interface Report {
  message: Message;
  range: SourceRange;
  fix?: RuleFix;
  /** At most this severity, whatever the rule's: information that says what to check on a point the law leaves open. */
  severityCap?: Severity;
}

export interface RuleContext {
  readonly letter: LetterModel;
  readonly outcome: Outcome;
  /** Organisation profile and other settings that shape fixes. */
  readonly options: Readonly<Profile>;
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
  /** A decision that grants everything applied for needs no reasons (FVL § 22) nor appeal guidance (FVL § 25, stk. 1, 2. pkt.): the runner skips the rule there. */
  silentOnFullApproval: boolean;
  /**
   * What the note on a possible full approval (check.ts) says it spares: reasons and appeal guidance by default;
   * 'hearing' for partshøring, which a full approval needs not because of § 22 but because only information to the
   * party's disadvantage is heard (FVL § 19, stk. 1).
   */
  fullApprovalSpares?: 'hearing';
  check(context: RuleContext): Report[];
}

/** The rule's documentation page, relative to the extension's root (shipped in the .vsix). */
export function ruleDocPath(ruleId: string): string {
  return `docs/rules/${ruleId}.md`;
}
