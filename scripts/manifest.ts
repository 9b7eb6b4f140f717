/**
 * The parts of package.json that come from the rules' metadata: the `afgoerelsestjek.rules`
 * setting with one dropdown per rule. test/manifest.test.ts holds package.json to this, and
 * `npm run manifest` writes it, so the setting cannot drift from the rules.
 */
import type { Rule, Severity } from '../server/src/core/rule';

/** The severities the settings offer: a hint would not show in Problems, so it is not offered. */
export const OFFERED_SEVERITIES = ['error', 'warning', 'information', 'off'] as const;
const SEVERITY_DA: Record<(typeof OFFERED_SEVERITIES)[number] | Severity, string> = {
  error: 'fejl', warning: 'advarsel', information: 'information', hint: 'tip', off: 'slået fra',
};

export function severityDa(severity: Severity | 'off'): string {
  return SEVERITY_DA[severity];
}

/** The JSON schema of the `afgoerelsestjek.rules` setting: each rule a property with its title, source and default. */
export function rulesSetting(rules: readonly Rule[]): Record<string, unknown> {
  return {
    type: 'object',
    scope: 'resource',
    default: Object.fromEntries(rules.map((rule) => [rule.id, rule.defaultSeverity])),
    properties: Object.fromEntries(rules.map((rule) => [rule.id, {
      type: 'string',
      enum: [...OFFERED_SEVERITIES],
      enumDescriptions: OFFERED_SEVERITIES.map((severity) => severity === rule.defaultSeverity ? `${severityDa(severity)} (standard)` : severityDa(severity)),
      title: rule.title,
      // The legal source, for the rules view ("Vis reglerne"); the settings editor shows markdownDescription.
      description: rule.source.citation,
      markdownDescription: `${rule.title} (${rule.source.citation}). Standard: ${severityDa(rule.defaultSeverity)}.`,
    }])),
    additionalProperties: false,
    markdownDescription: '%config.rules%',
  };
}
