/** The language knowledge of Afgørelsestjek. Imports nothing from an editor or the LSP server. */
export { checkDocument, severityOf } from './check';
export type { CheckOptions, CheckResult } from './check';
export { DEFAULT_CONFIG, normaliseConfig } from './config';
export type { Config, ConfigProblem } from './config';
export { detectLetter } from './detect';
export type { Detection } from './detect';
export { parseLetter, splitSentences } from './letter';
export type { LetterModel, SourceRange } from './letter';
export { LineIndex } from './position';
export type { Position } from './position';
export { RULES, ruleById } from './rules';
export { ruleDocPath } from './rule';
export type { Finding, Fix, FixEdit, Rule, Severity, SeveritySetting } from './rule';
export { applyEdits } from './edits';
export { completionsAt, describeProvision, hoverAt, provision } from './provisions';
export type { CompletionItem, HoverInfo, Provision } from './provisions';
