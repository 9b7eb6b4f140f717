import { Config, DEFAULT_CONFIG } from './config';
import { Detection, detectLetter } from './detect';
import { LetterModel, parseLetter } from './letter';
import { partlyCheckedFinding } from './nesting';
import { classifyOutcome } from './outcome';
import type { Finding, Message, Report, Rule, Severity } from './rule';
import { render, textsOf, toFix } from './messages';
import { RULES } from './rules';
import { applyDirectives } from './suppress';

export interface CheckOptions {
  /** Path or URI path of the document, for letterGlobs. */
  fileName?: string;
  config?: Readonly<Config>;
  /** Check even if the document does not look like a letter. */
  force?: boolean;
  /** The letter of an earlier check of the same document: its unchanged parts are not parsed again. */
  previous?: LetterModel;
}

export interface CheckResult {
  detection: Detection | { isLetter: true; reason: 'forced' };
  findings: Finding[];
  letter: LetterModel;
}

export function severityOf(rule: Rule, config: Readonly<Config>) {
  return config.rules[rule.id] ?? rule.defaultSeverity;
}

const SEVERITY_ORDER: readonly Severity[] = ['hint', 'information', 'warning', 'error'];

/** The rule's severity, lowered to the report's cap when it has one. */
function reportSeverity(severity: Severity, report: Report): Severity {
  const cap = report.severityCap;
  return cap !== undefined && SEVERITY_ORDER.indexOf(cap) < SEVERITY_ORDER.indexOf(severity) ? cap : severity;
}

/** A report in the shape findings travel in: rule id, severity, the Danish texts and the texts they were made from. */
function toFinding(rule: Rule, severity: Severity, report: Report): Finding {
  const { text, message } = withCitation(rule, report.message);
  return { ruleId: rule.id, severity, message, text, range: report.range, fix: report.fix && toFix(report.fix) };
}

/** A rule's message with the rule's legal citation among its arguments ({citation} in the catalogue's texts). */
function citingSource(rule: Rule, message: Message): Message {
  return { key: message.key, args: { citation: rule.source.citation, ...message.args } };
}

/**
 * A report's message with the rule's citation, and its Danish text. A rule
 * that keeps its reports for an unchanged paragraph (LetterModel.memo) gives
 * the same message object on every keystroke: it is rendered once.
 */
const renderedMessages = new WeakMap<Message, { ruleId: string; text: Message; message: string }>();
function withCitation(rule: Rule, reported: Message): { text: Message; message: string } {
  const known = renderedMessages.get(reported);
  if (known && known.ruleId === rule.id) return known;
  const text = citingSource(rule, reported);
  const rendered = { ruleId: rule.id, text, message: render(text, 'da') };
  renderedMessages.set(reported, rendered);
  return rendered;
}

/** The catalogue's key for the runner's own note (test/messages.test.ts). */
export const FULL_APPROVAL_NOTE = 'fuldt-medhold';
const sayOutcome = textsOf(FULL_APPROVAL_NOTE);

/**
 * A report of a rule that a full approval would not need, on a decision that
 * grants and limits nothing (Outcome.mayBeFullApproval): information that
 * says what to check, not an error on what may be a correct letter.
 */
function unlessFullApproval(rule: Rule, report: Report): Report {
  const finding = citingSource(rule, report.message);
  return { ...report, message: sayOutcome(rule.fullApprovalSpares === 'hearing' ? 'unlessHearing' : 'unless', { finding }), severityCap: 'information' };
}

/** Parses the document once and runs every enabled rule on the shared model. */
export function checkDocument(text: string, options: CheckOptions = {}): CheckResult {
  const config = options.config ?? DEFAULT_CONFIG;
  const letter = parseLetter(text, options.previous);
  const detection = options.force ? { isLetter: true as const, reason: 'forced' as const } : detectLetter(letter, options.fileName, config);
  if (!detection.isLetter) return { detection, findings: [], letter };
  const context = { letter, outcome: classifyOutcome(letter), options: config };
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const severity = severityOf(rule, config);
    if (severity === 'off') continue;
    if (rule.silentOnFullApproval && context.outcome.fullApproval) continue;
    const mayNotApply = rule.silentOnFullApproval && context.outcome.mayBeFullApproval;
    for (const report of rule.check(context)) {
      const shown = mayNotApply ? unlessFullApproval(rule, report) : report;
      findings.push(toFinding(rule, reportSeverity(severity, shown), shown));
    }
  }
  const partlyChecked = partlyCheckedFinding(letter);
  if (partlyChecked) findings.push(partlyChecked);
  findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  return { detection, findings: applyDirectives(letter, findings, config), letter };
}
