/**
 * `afgoerelsestjek report`: for a folder of letters, the share of letters with
 * each defect, overall and per provision cited (like Ankestyrelsen's tables of
 * criticism per provision), the worst letters first, and each letter's LIX.
 * Aggregation is pure; rendering gives Markdown or one self-contained HTML file.
 */
import { Finding, LetterModel, RULES, readability } from './core';

/** Cited by nearly every letter's reasons and appeal guidance; the tables are about the provision decided under. */
const PROCEDURAL_LAWS = new Set(['FVL', 'RSL']);
export const NO_PROVISION = 'Ingen bestemmelse nævnt';

export interface LetterSummary {
  file: string;
  findings: readonly Finding[];
  /** Substantive provisions cited, e.g. "SEL § 83", distinct and sorted. */
  provisions: string[];
  lix?: number;
}

export interface RuleCount {
  ruleId: string;
  title: string;
  letters: number;
  share: number;
}

export interface ProvisionRow {
  provision: string;
  letters: number;
  /** Letters citing the provision that have the rule's defect, by rule id. */
  byRule: Record<string, number>;
}

export interface Report {
  letters: number;
  withAnyDefect: number;
  rules: RuleCount[];
  provisions: ProvisionRow[];
  /** Rules found in at least one letter: the columns of the table per provision. */
  foundRules: string[];
  /** Worst first: most errors, then most warnings, then most findings. */
  worst: Array<{ file: string; errors: number; warnings: number; findings: number; rules: string[]; lix?: number }>;
}

/** The substantive provisions a letter cites: "SEL § 83" for servicelovens § 83, stk. 1. */
export function provisionsCited(letter: LetterModel): string[] {
  const provisions = new Set<string>();
  for (const reference of letter.references()) {
    if (!reference.law || PROCEDURAL_LAWS.has(reference.law)) continue;
    for (const paragraph of reference.paragraphs) provisions.add(`${reference.law} § ${paragraph}`);
  }
  return [...provisions].sort((a, b) => a.localeCompare(b, 'da', { numeric: true }));
}

export function summariseLetter(file: string, letter: LetterModel, findings: readonly Finding[]): LetterSummary {
  return { file, findings, provisions: provisionsCited(letter), lix: readability(letter).lix };
}

const percent = (count: number, total: number): number => (total === 0 ? 0 : Math.round((100 * count) / total));

export function buildReport(letters: readonly LetterSummary[]): Report {
  const total = letters.length;
  const has = (letter: LetterSummary, ruleId: string): boolean => letter.findings.some((f) => f.ruleId === ruleId);
  const rules = RULES.map((rule) => {
    const count = letters.filter((letter) => has(letter, rule.id)).length;
    return { ruleId: rule.id, title: rule.title, letters: count, share: percent(count, total) };
  });
  const rows = new Map<string, ProvisionRow>();
  for (const letter of letters) {
    for (const provision of letter.provisions.length ? letter.provisions : [NO_PROVISION]) {
      let row = rows.get(provision);
      if (!row) rows.set(provision, (row = { provision, letters: 0, byRule: Object.fromEntries(RULES.map((r) => [r.id, 0])) }));
      row.letters++;
      for (const rule of RULES) if (has(letter, rule.id)) row.byRule[rule.id]++;
    }
  }
  const provisions = [...rows.values()].sort((a, b) =>
    (a.provision === NO_PROVISION ? 1 : 0) - (b.provision === NO_PROVISION ? 1 : 0) || b.letters - a.letters || a.provision.localeCompare(b.provision, 'da', { numeric: true }));
  const worst = letters.map((letter) => ({
    file: letter.file,
    errors: letter.findings.filter((f) => f.severity === 'error').length,
    warnings: letter.findings.filter((f) => f.severity === 'warning').length,
    findings: letter.findings.length,
    rules: [...new Set(letter.findings.map((f) => f.ruleId))],
    lix: letter.lix,
  })).sort((a, b) => b.errors - a.errors || b.warnings - a.warnings || b.findings - a.findings || a.file.localeCompare(b.file));
  const foundRules = rules.filter((rule) => rule.letters > 0).map((rule) => rule.ruleId);
  return { letters: total, withAnyDefect: letters.filter((l) => l.findings.length > 0).length, rules, provisions, foundRules, worst };
}

const lixText = (lix: number | undefined): string => (lix === undefined ? '–' : String(lix));

/** Text as one table cell: Markdown and HTML in a file name stay literal (backslash escapes), line breaks become spaces. */
function markdownCell(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_[\]<>|~&!]/g, '\\$&');
}

export function renderMarkdown(report: Report): string {
  const out: string[] = ['# Afgørelsestjek: rapport', ''];
  out.push(`${report.letters} afgørelser tjekket. Afgørelser med mindst ét fund: ${report.withAnyDefect} (${percent(report.withAnyDefect, report.letters)} %).`, '');
  out.push('## Mangler', '', '| Regel | Mangel | Afgørelser | Andel |', '|---|---|---:|---:|');
  for (const rule of report.rules) out.push(`| \`${rule.ruleId}\` | ${rule.title} | ${rule.letters} | ${rule.share} % |`);
  out.push('', '## Mangler pr. bestemmelse', '', 'Andelen af de afgørelser, der henviser til bestemmelsen, som har manglen (kun regler med fund).', '');
  const columns = report.foundRules;
  out.push(`| Bestemmelse | Afgørelser |${columns.map((id) => ` \`${id}\` |`).join('')}`, `|---|---:|${columns.map(() => '---:|').join('')}`);
  for (const row of report.provisions) {
    out.push(`| ${row.provision} | ${row.letters} |${columns.map((id) => ` ${row.byRule[id]} (${percent(row.byRule[id], row.letters)} %) |`).join('')}`);
  }
  out.push('', '## Afgørelser, de dårligste først', '', '| Afgørelse | Fejl | Advarsler | Regler | LIX |', '|---|---:|---:|---|---:|');
  for (const letter of report.worst) {
    out.push(`| ${markdownCell(letter.file)} | ${letter.errors} | ${letter.warnings} | ${letter.rules.map((id) => `\`${id}\``).join(', ')} | ${lixText(letter.lix)} |`);
  }
  return `${out.join('\n')}\n`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function barChart(rules: readonly RuleCount[]): string {
  const rowHeight = 30;
  const labelWidth = 170;
  const barWidth = 420;
  const height = rules.length * rowHeight + 10;
  const bars = rules.map((rule, i) => {
    const y = i * rowHeight + 5;
    const width = Math.round((barWidth * rule.share) / 100);
    return `<text x="${labelWidth - 8}" y="${y + 18}" text-anchor="end">${escapeHtml(rule.ruleId)}</text>`
      + `<rect x="${labelWidth}" y="${y + 4}" width="${barWidth}" height="20" fill="#eef1f5"/>`
      + `<rect x="${labelWidth}" y="${y + 4}" width="${width}" height="20" fill="#b3261e"><title>${escapeHtml(rule.title)}: ${rule.letters} afgørelser</title></rect>`
      + `<text x="${labelWidth + barWidth + 8}" y="${y + 18}">${rule.share} % (${rule.letters})</text>`;
  }).join('');
  return `<svg role="img" aria-label="Andel af afgørelser med hver mangel" viewBox="0 0 ${labelWidth + barWidth + 110} ${height}" width="${labelWidth + barWidth + 110}" height="${height}" font-family="system-ui, sans-serif" font-size="14">${bars}</svg>`;
}

export function renderHtml(report: Report, generated: string): string {
  // Numeric columns are right-aligned, their headings too.
  const rows = (cells: string[], numeric: (column: number) => boolean, tag = 'td'): string =>
    `<tr>${cells.map((c, i) => `<${tag}${numeric(i) ? ' class="n"' : ''}>${c}</${tag}>`).join('')}</tr>`;
  const allButFirst = (column: number): boolean => column > 0;
  const countsAndLix = (column: number): boolean => column === 1 || column === 2 || column === 4;
  const provisionTable = [
    rows(['Bestemmelse', 'Afgørelser', ...report.foundRules.map((id) => escapeHtml(id))], allButFirst, 'th'),
    ...report.provisions.map((row) => rows([
      escapeHtml(row.provision),
      String(row.letters),
      ...report.foundRules.map((id) => `${percent(row.byRule[id], row.letters)} % <small>(${row.byRule[id]})</small>`),
    ], allButFirst)),
  ].join('\n');
  const worstTable = [
    rows(['Afgørelse', 'Fejl', 'Advarsler', 'Regler', 'LIX'], countsAndLix, 'th'),
    ...report.worst.map((l) => rows([escapeHtml(l.file), String(l.errors), String(l.warnings), escapeHtml(l.rules.join(', ')), lixText(l.lix)], countsAndLix)),
  ].join('\n');
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Afgørelsestjek: rapport</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1b1b1f; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { border-bottom: 1px solid #d6d9de; padding: .35rem .5rem; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
th { background: #f3f4f6; font-size: .85rem; }
small { color: #5f6368; }
.lead { font-size: 1.05rem; }
.wide { overflow-x: auto; }
</style>
</head>
<body>
<h1>Afgørelsestjek: rapport</h1>
<p class="lead">${report.letters} afgørelser tjekket. Afgørelser med mindst ét fund: <strong>${report.withAnyDefect} (${percent(report.withAnyDefect, report.letters)} %)</strong>.</p>
<h2>Andel af afgørelser med hver mangel</h2>
${barChart(report.rules)}
<h2>Mangler pr. bestemmelse</h2>
<p>Andelen af de afgørelser, der henviser til bestemmelsen, som har manglen (antal i parentes; kun regler med fund).</p>
<div class="wide"><table>
${provisionTable}
</table></div>
<h2>Afgørelser, de dårligste først</h2>
<table>
${worstTable}
</table>
<p><small>Lavet af Afgørelsestjek ${escapeHtml(generated)}. LIX: ord pr. sætning + procent lange ord (over 6 bogstaver); under 40 er let at læse.</small></p>
</body>
</html>
`;
}
