import catalogue from '../../data/messages.json';
import type { Finding, Fix, Message, MessageArg, RuleFix } from './rule';

import type { Locale } from './locale';

export { toLocale } from './locale';
export type { Locale } from './locale';

type RuleTexts = typeof catalogue.rules;
interface LocalText {
  da: string;
  en: string;
}

const RULE_TEXTS: Record<string, Record<string, LocalText> | undefined> = catalogue.rules;
const UI: Record<string, string> = catalogue.ui;

/** The catalogue's texts for a key, or undefined for a key it lacks (test/messages.test.ts holds that none do). */
export function catalogueEntry(key: string): LocalText | undefined {
  const dot = key.indexOf('.');
  return RULE_TEXTS[key.slice(0, dot)]?.[key.slice(dot + 1)];
}

/** Every key in the catalogue, for the tests. */
export function catalogueKeys(): string[] {
  return Object.entries(RULE_TEXTS).flatMap(([ruleId, texts]) => Object.keys(texts ?? {}).map((id) => `${ruleId}.${id}`));
}

/**
 * The texts of one rule, typed by the catalogue: `textsOf('hjemmel')('missing')`
 * is a Message; a message id the catalogue lacks does not compile.
 */
export function textsOf<R extends keyof RuleTexts>(ruleId: R) {
  return (id: keyof RuleTexts[R] & string, args?: Readonly<Record<string, MessageArg>>): Message => (args ? { key: `${ruleId}.${id}`, args } : { key: `${ruleId}.${id}` });
}

const PLACEHOLDER = /\{(\w+)\}/g;

function fill(template: string, args: Readonly<Record<string, string>>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => args[name] ?? whole);
}

function renderArg(arg: MessageArg, locale: Locale): string {
  if (typeof arg === 'string') return arg;
  if (Array.isArray(arg)) return arg.map((item: Message) => render(item, locale)).join('; ');
  return render(arg as Message, locale);
}

/** A text in `locale`, its values filled in (and rendered in the same locale where they are texts). */
export function render(message: Message, locale: Locale): string {
  const entry = catalogueEntry(message.key);
  if (!entry) return message.key;
  const template = entry[locale];
  const args = message.args;
  if (!args || !template.includes('{')) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => (args[name] === undefined ? whole : renderArg(args[name], locale)));
}

const renderedTitles = new WeakMap<Message, string>();

/** A rule's fix as findings carry it: with its Danish title rendered (once per title object: see check.ts withCitation). */
export function toFix(fix: RuleFix): Fix {
  let title = renderedTitles.get(fix.title);
  if (title === undefined) renderedTitles.set(fix.title, (title = render(fix.title, 'da')));
  return { title, titleMessage: fix.title, edit: fix.edit };
}

/** The finding's message in `locale`. */
export function findingMessage(finding: Finding, locale: Locale): string {
  return locale === 'da' ? finding.message : render(finding.text, locale);
}

/** A fix's title in `locale`. */
export function fixTitle(fix: Fix, locale: Locale): string {
  return locale === 'da' ? fix.title : render(fix.titleMessage, locale);
}

/** A server or CLI text: the Danish `da` as given, or the catalogue's English under `key`. */
export function uiText(locale: Locale, key: string, da: string, args: Readonly<Record<string, string>> = {}): string {
  return fill(locale === 'en' && UI[key] ? UI[key] : da, args);
}
