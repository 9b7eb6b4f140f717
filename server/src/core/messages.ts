import catalogue from '../../data/messages.en.json';
import type { Finding } from './rule';
import { ruleById } from './rules';
import { DIRECTIVE_RULE } from './suppress';

/** Danish is the default; English is the second locale. */
export type Locale = 'da' | 'en';

const MESSAGES: Record<string, Record<string, string> | undefined> = catalogue.messages;
const UI: Record<string, string> = catalogue.ui;
const FIX_TITLES: Record<string, string | undefined> = catalogue.fixTitles;

/** Reads a client locale ("en-US", "da") into one of ours; anything not English is Danish. */
export function toLocale(value: unknown): Locale {
  return typeof value === 'string' && /^en\b/i.test(value) ? 'en' : 'da';
}

function fill(template: string, args: Readonly<Record<string, string>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => args[name] ?? whole);
}

/** The finding's message in `locale`. */
export function findingMessage(finding: Finding, locale: Locale): string {
  if (locale === 'da') return finding.message;
  const template = finding.messageKey ? MESSAGES[finding.ruleId]?.[finding.messageKey] : undefined;
  if (template) return fill(template, finding.messageArgs);
  const rule = finding.ruleId === DIRECTIVE_RULE.id ? DIRECTIVE_RULE : ruleById(finding.ruleId);
  return rule ? `${rule.titleEn} (${rule.source.citation}).` : finding.message;
}

/** A fix's title in `locale`; a title the catalogue lacks stays Danish. */
export function fixTitle(title: string, locale: Locale): string {
  return locale === 'en' ? FIX_TITLES[title] ?? title : title;
}

/** A server or CLI text: the Danish `da` as given, or the catalogue's English under `key`. */
export function uiText(locale: Locale, key: string, da: string, args: Readonly<Record<string, string>> = {}): string {
  return fill(locale === 'en' && UI[key] ? UI[key] : da, args);
}
