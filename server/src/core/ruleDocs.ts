import type { Rule, Severity } from './rule';

const SEVERITY_DA: Readonly<Record<Severity, string>> = { error: 'fejl', warning: 'advarsel', information: 'information', hint: 'tip' };
const yesNo = (value: boolean): string => (value ? 'ja' : 'nej');

export const GENERATED_START = '<!-- Genereret af `npm run docs` fra reglens metadata (server/src/core/rules/). Ret dér, ikke her. -->';
export const GENERATED_END = '<!-- /genereret -->';

/** A source URL as a link named by its site: "[ombudsmanden.dk](…)". */
function sourceLink(url: string): string {
  const host = new URL(url).hostname.replace(/^www\./, '');
  return `[${host}](${url})`;
}

/** The head of docs/rules/<id>.md: title, default severity, fix, full approval and legal source, from the rule itself. */
export function ruleDocHeader(rule: Rule): string {
  return [
    GENERATED_START,
    `# \`${rule.id}\` – ${rule.title}`,
    '',
    `*${rule.titleEn}*`,
    '',
    '| | |',
    '| --- | --- |',
    `| Standardalvorlighed | ${SEVERITY_DA[rule.defaultSeverity]} |`,
    `| Hurtig rettelse | ${yesNo(rule.fixable)} |`,
    `| Tavs, når afgørelsen giver fuldt medhold | ${yesNo(rule.silentOnFullApproval)} |`,
    `| Retsgrundlag | ${rule.source.citation} |`,
    `| Kilder | ${rule.source.urls.map(sourceLink).join(' · ')} |`,
    GENERATED_END,
  ].join('\n');
}

/** The page with its generated head replaced (or put in front of a page that has none). */
export function withGeneratedHeader(page: string, rule: Rule): string {
  const start = page.indexOf(GENERATED_START);
  const end = page.indexOf(GENERATED_END);
  const body = start >= 0 && end > start ? page.slice(end + GENERATED_END.length) : page;
  return ruleDocHeader(rule) + '\n' + body.replace(/^\n*/, '\n');
}
