import { Config, DEFAULT_CONFIG, PROFILE_KEYS } from './config';
import { Detection, detectLetter } from './detect';
import { LetterModel, parseLetter } from './letter';
import { classifyOutcome } from './outcome';
import type { Finding, Rule, RuleOptions } from './rule';
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

function profileOf(config: Readonly<Config>): RuleOptions {
  const options: RuleOptions = {};
  for (const key of PROFILE_KEYS) if (config[key]) options[key] = config[key];
  return options;
}

/** Parses the document once and runs every enabled rule on the shared model. */
export function checkDocument(text: string, options: CheckOptions = {}): CheckResult {
  const config = options.config ?? DEFAULT_CONFIG;
  const letter = parseLetter(text, options.previous);
  const detection = options.force ? { isLetter: true as const, reason: 'forced' as const } : detectLetter(letter, options.fileName, config);
  if (!detection.isLetter) return { detection, findings: [], letter };
  const context = { letter, outcome: classifyOutcome(letter), options: { ...profileOf(config), klarsprog: config.klarsprog } };
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const severity = severityOf(rule, config);
    if (severity === 'off') continue;
    for (const report of rule.check(context)) findings.push({ ruleId: rule.id, severity, ...report });
  }
  findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  return { detection, findings: applyDirectives(letter, findings, config), letter };
}
