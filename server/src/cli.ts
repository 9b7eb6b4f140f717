/**
 * Command line: checks letters in files and folders with the same core and
 * the same settings files as the editor. Exit 0: no error-severity finding
 * (and no more warnings than --max-warnings); 1: some; 2: usage error or an
 * unreadable file (the other files are still checked).
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { version as VERSION } from '../../package.json';
import {
  CheckResult, Config, DEFAULT_CONFIG, Finding, LineIndex, Locale, RULES, SeveritySetting, checkDocument, findingMessage, normaliseConfig, toLocale,
} from './core';
import { resolveConfig } from './configFile';
import { buildReport, renderHtml, renderMarkdown, summariseLetter } from './report';
import { toSarif } from './sarif';

const MAX_FILE_BYTES = 5 * 1024 * 1024;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist', 'out']);
/** Runs with more files than this show progress on stderr. */
const PROGRESS_THRESHOLD = 20;

const USAGE = `Brug: afgoerelsestjek [tilvalg] <filer eller mapper …>
       afgoerelsestjek report <mappe> [--html rapport.html] [--md rapport.md]

Tjekker afgørelser skrevet i Markdown for formelle mangler.
  --format text          én linje pr. fund: fil:linje:kolonne alvorlighed besked [regel] (standard)
  --format json          JSON med nul-baserede positioner
  --format sarif         SARIF 2.1.0 til kodescanning og review-værktøjer
  --all                  tjek alle Markdown-filer, også dem, der ikke ligner en afgørelse
  --config FIL           brug denne indstillingsfil i stedet for .afgoerelsestjek.json
  --rule id=alvorlighed  sæt en regels alvorlighed (error, warning, information, hint, off); kan gentages
  --max-warnings N       afslut med 1, hvis der er flere end N advarsler
  --stdin                læs afgørelsen fra standard input
  --stdin-filename FIL   filnavnet for teksten fra standard input (til letterGlobs og .afgoerelsestjek.json)
  --locale da|en         sprog for beskederne (standard da)
  --quiet                ingen fremdrift og ingen opsummering, kun fundene
  --help                 vis denne hjælp

report: andelen af afgørelser med hver mangel, også pr. bestemmelse, de dårligste
afgørelser først og LIX pr. afgørelse. Uden --html og --md skrives Markdown til standard output.

Afslutningskode: 0 ingen fejl, 1 mindst én fejl (eller for mange advarsler), 2 forkert brug
eller en fil, der ikke kunne læses.`;

type Format = 'text' | 'json' | 'sarif';

interface Options {
  command: 'check' | 'report';
  format: Format;
  all: boolean;
  paths: string[];
  configFile?: string;
  rules: Record<string, SeveritySetting>;
  maxWarnings?: number;
  stdin: boolean;
  stdinFilename?: string;
  locale: Locale;
  quiet: boolean;
  html?: string;
  md?: string;
}

/** What the CLI reads and writes besides files; tests pass their own. */
export interface CliIo {
  readStdin?: () => string;
  /** Whether stderr is a terminal: progress then rewrites one line. */
  stderrIsTTY?: boolean;
}

class UsageError extends Error {}

function parseArguments(argv: string[]): Options | 'help' {
  const options: Options = { command: 'check', format: 'text', all: false, paths: [], rules: {}, stdin: false, locale: 'da', quiet: false };
  let i = 0;
  if (argv[0] === 'report') {
    options.command = 'report';
    i = 1;
  }
  const valueOf = (arg: string): string => {
    if (arg.includes('=') && arg.startsWith('--') && arg.indexOf('=') > 2) return arg.slice(arg.indexOf('=') + 1);
    const value = argv[++i];
    if (value === undefined) throw new UsageError(`${arg} mangler en værdi.`);
    return value;
  };
  for (; i < argv.length; i++) {
    const arg = argv[i];
    const name = arg.startsWith('--') && arg.includes('=') ? arg.slice(0, arg.indexOf('=')) : arg;
    switch (name) {
      case '--help':
      case '-h':
        return 'help';
      case '--all': options.all = true; break;
      case '--stdin': options.stdin = true; break;
      case '--quiet': options.quiet = true; break;
      case '--format': {
        const value = valueOf(arg);
        if (value !== 'text' && value !== 'json' && value !== 'sarif') throw new UsageError(`Ukendt format: ${value}. Brug text, json eller sarif.`);
        options.format = value;
        break;
      }
      case '--config': options.configFile = valueOf(arg); break;
      case '--stdin-filename': options.stdinFilename = valueOf(arg); break;
      case '--html': options.html = valueOf(arg); break;
      case '--md': options.md = valueOf(arg); break;
      case '--locale': {
        const value = valueOf(arg);
        if (value !== 'da' && value !== 'en') throw new UsageError(`Ukendt sprog: ${value}. Brug da eller en.`);
        options.locale = toLocale(value);
        break;
      }
      case '--max-warnings': {
        const value = valueOf(arg);
        if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings skal være et helt tal, ikke ${value}.`);
        options.maxWarnings = Number(value);
        break;
      }
      case '--rule': {
        const value = valueOf(arg);
        const m = /^([\w-]+)[=:](\w+)$/.exec(value);
        if (!m) throw new UsageError(`--rule skal skrives id=alvorlighed, fx hovedhensyn=off, ikke ${value}.`);
        const { problems } = normaliseConfig({ rules: { [m[1]]: m[2] } });
        if (problems.length) throw new UsageError(problems[0].message);
        options.rules[m[1]] = m[2] as SeveritySetting;
        break;
      }
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`Ukendt tilvalg: ${arg}`);
        options.paths.push(arg);
    }
  }
  if (options.command === 'report') {
    if (options.paths.length !== 1) throw new UsageError('report tager præcis én mappe.');
    if (options.stdin) throw new UsageError('report kan ikke læse fra standard input.');
  } else if (options.html || options.md) throw new UsageError('--html og --md hører til report.');
  if (options.stdin && options.paths.length) throw new UsageError('Angiv enten --stdin eller filer, ikke begge.');
  if (!options.stdin && options.paths.length === 0) throw new UsageError('Angiv mindst én fil eller mappe (eller --stdin).');
  if (options.stdinFilename && !options.stdin) throw new UsageError('--stdin-filename kræver --stdin.');
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

function formatText(results: FileResult[], locale: Locale): string {
  const out: string[] = [];
  for (const { file, lines, result } of results) {
    for (const finding of result.findings) {
      const at = lines.positionAt(finding.range.start);
      out.push(`${file}:${at.line + 1}:${at.character + 1} ${finding.severity} ${findingMessage(finding, locale)} [${finding.ruleId}]`);
    }
  }
  return out.join('\n');
}

function jsonDiagnostic(finding: Finding, lines: LineIndex, locale: Locale) {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: findingMessage(finding, locale),
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

/** Settings for one letter: its .afgoerelsestjek.json (or --config) over the defaults, then --rule. */
class Settings {
  private readonly reported = new Set<string>();

  constructor(private readonly options: Options, private readonly writeError: (text: string) => void) {}

  for(fileName: string | undefined): Config {
    const { config, problems } = resolveConfig({ fileName: fileName && resolve(fileName), explicitFile: this.options.configFile, base: DEFAULT_CONFIG });
    for (const problem of problems) {
      const line = `${relative(process.cwd(), problem.file) || problem.file}: ${problem.message}`;
      if (this.reported.has(line)) continue;
      this.reported.add(line);
      this.writeError(`${line}\n`);
    }
    return { ...config, rules: { ...config.rules, ...this.options.rules } };
  }
}

class Progress {
  private shown = false;

  constructor(private readonly total: number, private readonly enabled: boolean, private readonly tty: boolean, private readonly writeError: (text: string) => void) {}

  step(done: number): void {
    if (!this.enabled || this.total <= PROGRESS_THRESHOLD) return;
    const tenth = Math.max(1, Math.floor(this.total / 10));
    if (this.tty) this.writeError(`\rTjekker ${done}/${this.total} …`);
    else if (done % tenth === 0 || done === this.total) this.writeError(`Tjekket ${done}/${this.total}\n`);
    this.shown = true;
  }

  finish(): void {
    if (this.shown && this.tty) this.writeError('\n');
  }
}

function toFiles(paths: string[], writeError: (text: string) => void): { files: string[]; failed: boolean } {
  const files: string[] = [];
  let failed = false;
  for (const path of paths) {
    try {
      if (statSync(path).isDirectory()) walk(path, files);
      else files.push(path);
    } catch {
      writeError(`${path}: findes ikke eller kan ikke læses.\n`);
      failed = true;
    }
  }
  return { files, failed };
}

/** The text of a letter file, or why it is skipped. */
function readLetter(path: string, shown: string): { text?: string; problem?: string; skip?: boolean } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return { problem: `${shown}: kan ikke læses.` };
  }
  if (bytes.length > MAX_FILE_BYTES) return { skip: true, problem: `${shown}: springes over, filen er for stor (${(bytes.length / 1048576).toFixed(1)} MB; grænsen er 5 MB).` };
  if (bytes.subarray(0, 8192).includes(0)) return { skip: true, problem: `${shown}: springes over, det er ikke en tekstfil.` };
  return { text: bytes.toString('utf8').replace(/^\uFEFF/, '') };
}

export function main(argv: string[], write: (text: string) => void, writeError: (text: string) => void, io: CliIo = {}): number {
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
  if (options.configFile && !statSafe(options.configFile)) {
    writeError(`${options.configFile}: indstillingsfilen findes ikke.\n`);
    return 2;
  }
  const settings = new Settings(options, writeError);

  const results: FileResult[] = [];
  const letters: Parameters<typeof buildReport>[0][number][] = [];
  let skipped = 0;
  let failed = false;
  if (options.stdin) {
    const text = (io.readStdin ?? (() => readFileSync(0, 'utf8')))().replace(/^\uFEFF/, '');
    const name = options.stdinFilename ?? '<stdin>';
    const result = checkDocument(text, { fileName: options.stdinFilename && resolve(options.stdinFilename), config: settings.for(options.stdinFilename), force: options.all || !options.stdinFilename });
    if (result.detection.isLetter) results.push({ file: name, lines: new LineIndex(text), result: { findings: result.findings } });
    else skipped++;
  } else {
    const found = toFiles(options.paths, writeError);
    failed = found.failed;
    const progress = new Progress(found.files.length, !options.quiet, io.stderrIsTTY ?? false, writeError);
    found.files.forEach((path, index) => {
      const shown = relative(process.cwd(), path) || path;
      const { text, problem, skip } = readLetter(path, shown);
      if (problem) writeError(`${problem}\n`);
      if (text === undefined) {
        if (skip) skipped++;
        else failed = true;
      } else {
        const result = checkDocument(text, { fileName: path, config: settings.for(path), force: options.all });
        if (!result.detection.isLetter) skipped++;
        else {
          results.push({ file: shown, lines: new LineIndex(text), result: { findings: result.findings } });
          if (options.command === 'report') letters.push(summariseLetter(relative(options.paths[0], path) || shown, result.letter, result.findings));
        }
      }
      progress.step(index + 1);
    });
    progress.finish();
  }

  if (options.command === 'report') {
    const report = buildReport(letters);
    const markdown = renderMarkdown(report);
    try {
      if (options.html) writeFileSync(options.html, renderHtml(report, new Date().toISOString().slice(0, 10)));
      if (options.md) writeFileSync(options.md, markdown);
    } catch (error) {
      writeError(`Rapporten kunne ikke skrives: ${(error as NodeJS.ErrnoException).code ?? 'ukendt fejl'}.\n`);
      return 2;
    }
    if (!options.html && !options.md) write(markdown);
    else if (!options.quiet) writeError(`Rapport over ${report.letters} afgørelser skrevet til ${[options.html, options.md].filter(Boolean).join(' og ')}.\n`);
    return failed ? 2 : 0;
  }

  if (options.format === 'json') {
    write(`${JSON.stringify(results.map(({ file, lines, result }) => ({ file, diagnostics: result.findings.map((f) => jsonDiagnostic(f, lines, options.locale)) })), null, 2)}\n`);
  } else if (options.format === 'sarif') {
    const sarif = toSarif(results.map(({ file, lines, result }) => ({ file, lines, findings: result.findings })), process.cwd(), VERSION, options.locale);
    write(`${JSON.stringify(sarif, null, 2)}\n`);
  } else {
    const text = formatText(results, options.locale);
    const tail = options.quiet ? '' : summary(results, skipped);
    const output = [text, tail].filter(Boolean).join('\n\n');
    if (output) write(`${output}\n`);
  }
  if (failed) return 2;
  const findings = results.flatMap((r) => r.result.findings);
  if (findings.some((f) => f.severity === 'error')) return 1;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    if (!options.quiet) writeError(`${warnings} advarsler; højst ${options.maxWarnings} er tilladt (--max-warnings).\n`);
    return 1;
  }
  return 0;
}

function statSafe(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2), (text) => process.stdout.write(text), (text) => process.stderr.write(text), { stderrIsTTY: process.stderr.isTTY === true });
}
