/**
 * Command line: checks letters in files and folders with the same core as the
 * editor. Exit 0: no error-severity finding; 1: some; 2: usage error or an
 * unreadable file (the other files are still checked).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CheckResult, Finding, LineIndex, RULES, checkDocument } from './core';

const MAX_FILE_BYTES = 5 * 1024 * 1024;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist', 'out']);

const USAGE = `Brug: afgoerelsestjek [--format text|json] [--all] <filer eller mapper …>

Tjekker afgørelser skrevet i Markdown for formelle mangler.
  --format text   én linje pr. fund: fil:linje:kolonne alvorlighed besked [regel] (standard)
  --format json   JSON med nul-baserede positioner
  --all           tjek alle Markdown-filer, også dem, der ikke ligner en afgørelse
  --help          vis denne hjælp

Afslutningskode: 0 ingen fejl, 1 mindst én fejl, 2 forkert brug eller en fil, der ikke kunne læses.`;

interface Options {
  format: 'text' | 'json';
  all: boolean;
  paths: string[];
}

class UsageError extends Error {}

function parseArguments(argv: string[]): Options | 'help' {
  const options: Options = { format: 'text', all: false, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--all') options.all = true;
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (value !== 'text' && value !== 'json') throw new UsageError(`Ukendt format: ${value ?? '(mangler)'}. Brug text eller json.`);
      options.format = value;
    } else if (arg.startsWith('-')) throw new UsageError(`Ukendt tilvalg: ${arg}`);
    else options.paths.push(arg);
  }
  if (options.paths.length === 0) throw new UsageError('Angiv mindst én fil eller mappe.');
  return options;
}

/** Markdown files below a folder, sorted, skipping dependency and build folders. */
function walk(folder: string, found: string[]): void {
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) walk(path, found);
    } else if (entry.isFile() && /\.(md|markdown)$/i.test(entry.name)) found.push(path);
  }
}

interface FileResult {
  file: string;
  lines: LineIndex;
  /** Only the findings: keeping every parsed letter until the end held the whole corpus in memory. */
  result: Pick<CheckResult, 'findings'>;
}

function formatText(results: FileResult[]): string {
  const out: string[] = [];
  for (const { file, lines, result } of results) {
    for (const finding of result.findings) {
      const at = lines.positionAt(finding.range.start);
      out.push(`${file}:${at.line + 1}:${at.character + 1} ${finding.severity} ${finding.message} [${finding.ruleId}]`);
    }
  }
  return out.join('\n');
}

function jsonDiagnostic(finding: Finding, lines: LineIndex) {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    range: { start: lines.positionAt(finding.range.start), end: lines.positionAt(finding.range.end) },
  };
}

/** Defect rates: the share of checked letters with each rule's findings. */
function summary(results: FileResult[], skipped: number): string {
  const letters = results.length;
  const lines = [`${letters} ${letters === 1 ? 'afgørelse' : 'afgørelser'} tjekket${skipped ? `, ${skipped} andre Markdown-filer sprunget over` : ''}.`];
  if (letters === 0) return lines.join('\n');
  const withAny = results.filter((r) => r.result.findings.length > 0).length;
  lines.push(`Afgørelser med mindst ét fund: ${withAny} af ${letters} (${Math.round((100 * withAny) / letters)} %).`);
  for (const rule of RULES) {
    const count = results.filter((r) => r.result.findings.some((f) => f.ruleId === rule.id)).length;
    if (count > 0) lines.push(`  ${rule.id.padEnd(20)} ${String(count).padStart(4)} (${Math.round((100 * count) / letters)} %)  ${rule.title}`);
  }
  return lines.join('\n');
}

export function main(argv: string[], write: (text: string) => void, writeError: (text: string) => void): number {
  let options: Options | 'help';
  try {
    options = parseArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    writeError(`${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options === 'help') {
    write(`${USAGE}\n`);
    return 0;
  }

  let failed = false;
  const files: Array<{ path: string; explicit: boolean }> = [];
  for (const path of options.paths) {
    try {
      if (statSync(path).isDirectory()) {
        const found: string[] = [];
        walk(path, found);
        files.push(...found.map((file) => ({ path: file, explicit: false })));
      } else files.push({ path, explicit: true });
    } catch {
      writeError(`${path}: findes ikke eller kan ikke læses.\n`);
      failed = true;
    }
  }

  const results: FileResult[] = [];
  let skipped = 0;
  for (const { path } of files) {
    const shown = relative(process.cwd(), path) || path;
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      writeError(`${shown}: kan ikke læses.\n`);
      failed = true;
      continue;
    }
    if (bytes.length > MAX_FILE_BYTES) {
      writeError(`${shown}: springes over, filen er for stor (${(bytes.length / 1048576).toFixed(1)} MB; grænsen er 5 MB).\n`);
      skipped++;
      continue;
    }
    if (bytes.subarray(0, 8192).includes(0)) {
      writeError(`${shown}: springes over, det er ikke en tekstfil.\n`);
      skipped++;
      continue;
    }
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
    const result = checkDocument(text, { fileName: path, force: options.all });
    if (!result.detection.isLetter) {
      skipped++;
      continue;
    }
    results.push({ file: shown, lines: new LineIndex(text), result: { findings: result.findings } });
  }

  if (options.format === 'json') {
    write(`${JSON.stringify(results.map(({ file, lines, result }) => ({ file, diagnostics: result.findings.map((f) => jsonDiagnostic(f, lines)) })), null, 2)}\n`);
  } else {
    const text = formatText(results);
    write(`${text ? `${text}\n\n` : ''}${summary(results, skipped)}\n`);
  }
  if (failed) return 2;
  return results.some((r) => r.result.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2), (text) => process.stdout.write(text), (text) => process.stderr.write(text));
}
