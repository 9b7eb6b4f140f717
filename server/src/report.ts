/**
 * `afgoerelsestjek report`: for a folder of letters, the share of letters with
 * each defect, overall and per provision cited (like Ankestyrelsen's tables of
 * criticism per provision), the worst letters first, and each letter's LIX.
 * Aggregation is pure; rendering gives Markdown or one self-contained HTML file.
 */
import { Finding, LetterModel, LineIndex, RULES, Severity, readability, ruleById } from './core';

/** Cited by nearly every letter's reasons and appeal guidance; the tables are about the provision decided under. */
const PROCEDURAL_LAWS = new Set(['FVL', 'RSL']);
export const NO_PROVISION = 'Ingen bestemmelse nævnt';

/** A finding as the report lists it under its letter. */
export interface ListedFinding {
  /** 1-based. */
  line: number;
  ruleId: string;
  severity: Severity;
  message: string;
}

export interface LetterSummary {
  file: string;
  findings: readonly Finding[];
  /** The findings in document order, with their lines. */
  listed: ListedFinding[];
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
  worst: Array<{ file: string; errors: number; warnings: number; findings: number; rules: string[]; lix?: number; listed: ListedFinding[] }>;
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
  const lines = new LineIndex(letter.source);
  const listed = [...findings].sort((a, b) => a.range.start - b.range.start).map((finding) => ({
    line: lines.positionAt(finding.range.start).line + 1, ruleId: finding.ruleId, severity: finding.severity, message: finding.message,
  }));
  return { file, findings, listed, provisions: provisionsCited(letter), lix: readability(letter).lix };
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
    listed: letter.listed,
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

const SEVERITY_DA: Record<Severity, string> = { error: 'fejl', warning: 'advarsel', information: 'information', hint: 'tip' };

const ruleTitle = (ruleId: string): string => ruleById(ruleId)?.title ?? ruleId;

/** The share of letters with each defect as bars, labelled with the rules' Danish titles. */
function bars(rules: readonly RuleCount[]): string {
  const rows = rules.map((rule) => `<tr><th scope="row">${escapeHtml(rule.title)} <small>${escapeHtml(rule.ruleId)}</small></th>`
    + `<td class="bar"><span style="width:${rule.share}%"></span></td><td class="n">${rule.share} % <small>(${rule.letters})</small></td></tr>`);
  return `<table class="bars" aria-label="Andel af afgørelser med hver mangel">\n${rows.join('\n')}\n</table>`;
}

/** A relative link to a letter; `%` and `#` in a name would otherwise cut the path short. */
function letterHref(root: string, file: string): string {
  return [...root.split(/[\\/]/), ...file.split(/[\\/]/)].filter(Boolean).map((part) => encodeURIComponent(part)).join('/');
}

/** The report as one self-contained HTML file; `root` is the letters' folder relative to the file's (for the links). */
export function renderHtml(report: Report, generated: string, root = ''): string {
  const numeric = (cell: string): string => `<td class="n">${cell}</td>`;
  const provisionRows = report.provisions.map((row) => {
    const defects = report.foundRules.filter((id) => row.byRule[id] > 0)
      .map((id) => `<li>${escapeHtml(ruleTitle(id))}: ${row.byRule[id]} (${percent(row.byRule[id], row.letters)} %)</li>`);
    return `<tr><td>${escapeHtml(row.provision)}</td>${numeric(String(row.letters))}<td>${defects.length ? `<ul>${defects.join('')}</ul>` : '<small>ingen mangler</small>'}</td></tr>`;
  });
  const letters = report.worst.map((letter) => {
    const findings = letter.listed.map((f) => `<li><span class="sev ${f.severity}">${SEVERITY_DA[f.severity]}</span> linje ${f.line}: ${escapeHtml(f.message)} <small>${escapeHtml(ruleTitle(f.ruleId))}</small></li>`);
    return `<tr><td><a href="${escapeHtml(letterHref(root, letter.file))}">${escapeHtml(letter.file)}</a>${findings.length ? `<ul class="findings">${findings.join('')}</ul>` : ''}</td>`
      + `${numeric(String(letter.errors))}${numeric(String(letter.warnings))}${numeric(lixText(letter.lix))}</tr>`;
  });
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Afgørelsestjek: rapport</title>
<style>
body { font-family: system-ui, sans-serif; margin: 1.5rem auto; max-width: 72rem; padding: 0 1rem; color: #1b1b1f; background: #fff; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; table-layout: auto; }
th, td { border-bottom: 1px solid #d6d9de; padding: .35rem .5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; width: 1%; }
thead th { background: #f3f4f6; font-size: .85rem; }
table.bars th { font-weight: normal; width: 45%; }
td.bar { width: 40%; } td.bar span { display: block; height: 1.1rem; background: #b3261e; }
td.bar { background: linear-gradient(#eef1f5, #eef1f5) no-repeat center / 100% 1.1rem; }
ul { margin: .2rem 0; padding-left: 1.2rem; }
ul.findings { font-size: .88rem; }
.sev { font-size: .75rem; padding: 0 .3rem; border-radius: .2rem; color: #fff; }
.sev.error { background: #b3261e; } .sev.warning { background: #8a5a00; } .sev.information, .sev.hint { background: #3c6fb0; }
small { color: #5f6368; }
.lead { font-size: 1.05rem; }
a { color: #0b57d0; }
</style>
</head>
<body>
<h1>Afgørelsestjek: rapport</h1>
<p class="lead">${report.letters} afgørelser tjekket. Afgørelser med mindst ét fund: <strong>${report.withAnyDefect} (${percent(report.withAnyDefect, report.letters)} %)</strong>.</p>
<h2>Andel af afgørelser med hver mangel</h2>
${bars(report.rules)}
<h2>Mangler pr. bestemmelse</h2>
<p>For hver bestemmelse: de afgørelser, der henviser til den, og hvor mange af dem der har hver mangel.</p>
<table>
<thead><tr><th>Bestemmelse</th><th class="n">Afgørelser</th><th>Mangler</th></tr></thead>
${provisionRows.join('\n')}
</table>
<h2>Afgørelser, de dårligste først</h2>
<table>
<thead><tr><th>Afgørelse og fund</th><th class="n">Fejl</th><th class="n">Advarsler</th><th class="n">LIX</th></tr></thead>
${letters.join('\n')}
</table>
<p><small>Lavet af Afgørelsestjek ${escapeHtml(generated)}. LIX: ord pr. sætning + procent lange ord (over 6 bogstaver); under 40 er let at læse.</small></p>
</body>
</html>
`;
}
