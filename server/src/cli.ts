/**
 * Command line: checks letters in files and folders with the same core and
 * the same settings files as the editor. Exit 0: no error-severity finding
 * (and no more warnings than --max-warnings); 1: some; 2: usage error or an
 * unreadable file (the other files are still checked).
 */
import './regexpTier';
import { Dirent, accessSync, constants, existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { version as VERSION } from '../../package.json';
import {
  Config, DEFAULT_CONFIG, Finding, LineIndex, Locale, Position, RULES, SeveritySetting, applyEdits, checkDocument, configProblemText, noInputEdits,
  normaliseConfig, toLocale, uiText,
} from './core';
import { resolveConfig } from './configFile';
import { LetterSummary, buildReport, renderHtml, renderMarkdown, summariseLetter } from './report';
import { ShownFinding, shownFinding, toSarif } from './sarif';
import { runInWorkers, serveTasks } from './workers';
import {
  LetterEncoding, LetterRead, MAX_LETTER_BYTES, Refusal, WriteRefusal, decodeLetter, encodeFixed, encodingName, readLetterFile, readUpTo, replaceLetterFile,
} from './files';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist', 'out']);
/** Runs with more files than this show progress on stderr. */
const PROGRESS_THRESHOLD = 20;
/** The argument that starts the CLI's bundle as a worker process of the pool. */
const WORKER_ROLE = '--afgoerelsestjek-worker';

/**
 * The help, in both languages side by side (a block this long is unreadable as
 * one line of messages.json). Only --locale chooses: LANG and LC_ALL are
 * English on many Danish machines, and the checker speaks Danish first.
 */
const USAGE: Readonly<Record<Locale, string>> = {
  da: `Brug: afgoerelsestjek [tilvalg] <filer eller mapper …>
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
  --fix                  ret det, der kan rettes uden input (forældede henvisninger og klageinstanser,
                         unødvendige undtagelser), som »Ret alle« i editoren; filen skrives atomisk.
                         Med --stdin skrives den rettede tekst til standard output og fundene til standard error
  --locale da|en         sprog for beskederne og denne hjælp (standard da; LANG bruges ikke)
  --quiet                ingen fremdrift og ingen opsummering, kun fundene
  --jobs N               tjek filerne i N processer (standard: én pr. processorkerne ud over den første; 1 = ingen ekstra processer)
  --help                 vis denne hjælp (på engelsk med --locale en)

report: andelen af afgørelser med hver mangel, også pr. bestemmelse, de dårligste
afgørelser først og LIX pr. afgørelse. Uden --html og --md skrives Markdown til standard output.

Afslutningskode: 0 ingen fejl, 1 mindst én fejl (eller for mange advarsler), 2 forkert brug
eller en fil, der ikke kunne læses (eller med --fix skrives). Med --fix gælder den fundene efter rettelserne.
Holder læseren op med at læse (| head), stopper tjekket stille med 0 (med --fix rettes filerne alligevel).`,
  en: `Usage: afgoerelsestjek [options] <files or folders …>
       afgoerelsestjek report <folder> [--html report.html] [--md report.md]

Checks decision letters written in Markdown for formal defects.
  --format text          one line per finding: file:line:column severity message [rule] (default)
  --format json          JSON with zero-based positions
  --format sarif         SARIF 2.1.0 for code scanning and review tools
  --all                  check every Markdown file, also those that do not look like a decision
  --config FILE          use this settings file instead of .afgoerelsestjek.json
  --rule id=severity     set a rule's severity (error, warning, information, hint, off); may be repeated
  --max-warnings N       exit with 1 when there are more than N warnings
  --stdin                read the decision from standard input
  --stdin-filename FILE  the file name of the text on standard input (for letterGlobs and .afgoerelsestjek.json)
  --fix                  fix what needs no input (outdated references and appeal bodies, useless
                         exceptions), as the editor's Fix All does; each file is written atomically.
                         With --stdin the fixed text goes to standard output and the findings to standard error
  --locale da|en         language of the messages and this help (default da; LANG is not used)
  --quiet                no progress and no summary, only the findings
  --jobs N               check the files in N processes (default: one per processor core beyond the first; 1 = no extra processes)
  --help                 show this help (in English with --locale en)

report: the share of decisions with each defect, also per provision, the worst decisions
first and LIX per decision. Without --html and --md, Markdown is written to standard output.

Exit code: 0 no errors, 1 at least one error (or too many warnings), 2 wrong usage
or a file that could not be read (or, with --fix, written). With --fix it is that of the findings left.
When the reader stops reading (| head), the check stops quietly with 0 (with --fix the files are still fixed).`,
};

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
  /** Apply the fixes that need no input (core/fixAll.ts) and write the files back. */
  fix: boolean;
  /** Whether --format was given (with --fix --stdin there is no format to choose). */
  formatGiven: boolean;
  locale: Locale;
  quiet: boolean;
  /** Processes to check in; undefined: one per core beyond the first. */
  jobs?: number;
  html?: string;
  md?: string;
}

/** Standard output: text, or the bytes of a fixed letter from standard input, in the encoding it came in. */
export type WriteOut = (output: string | Uint8Array) => void;

/** What the CLI reads and writes besides files; tests pass their own. */
export interface CliIo {
  /** Standard input; a string is taken as UTF-8. */
  readStdin?: () => string | Uint8Array;
  /** Lists a folder (tests inject a failure). */
  readFolder?: ReadFolder;
  /** Whether stderr is a terminal: progress then rewrites one line. */
  stderrIsTTY?: boolean;
  /** Whether the reader closed the output (`| head`): nobody reads the rest, so the run stops. */
  outputClosed?: () => boolean;
}

/** A usage error: the Danish text, rendered in the chosen language when shown. */
class UsageError extends Error {
  constructor(readonly key: string, da: string, readonly args: Readonly<Record<string, string>> = {}) {
    super(da);
  }

  say(locale: Locale): string {
    return uiText(locale, this.key, this.message, this.args);
  }
}

/** The --locale given, read before the other arguments so that their errors are in that language. */
function localeOf(argv: readonly string[]): Locale {
  const at = argv.findIndex((arg) => arg === '--locale' || arg.startsWith('--locale='));
  if (at < 0) return 'da';
  return toLocale(argv[at].includes('=') ? argv[at].slice('--locale='.length) : argv[at + 1]);
}

function parseArguments(argv: string[]): Options | 'help' {
  const options: Options = { command: 'check', format: 'text', all: false, paths: [], rules: {}, stdin: false, fix: false, formatGiven: false, locale: 'da', quiet: false };
  let i = 0;
  if (argv[0] === 'report') {
    options.command = 'report';
    i = 1;
  }
  const valueOf = (arg: string): string => {
    if (arg.includes('=') && arg.startsWith('--') && arg.indexOf('=') > 2) return arg.slice(arg.indexOf('=') + 1);
    const value = argv[++i];
    if (value === undefined) throw new UsageError('cliMissingValue', '{option} mangler en værdi.', { option: arg });
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
      case '--fix': options.fix = true; break;
      case '--quiet': options.quiet = true; break;
      case '--format': {
        const value = valueOf(arg);
        if (value !== 'text' && value !== 'json' && value !== 'sarif') throw new UsageError('cliUnknownFormat', 'Ukendt format: {value}. Brug text, json eller sarif.', { value });
        options.format = value;
        options.formatGiven = true;
        break;
      }
      case '--config': options.configFile = valueOf(arg); break;
      case '--stdin-filename': options.stdinFilename = valueOf(arg); break;
      case '--html': options.html = valueOf(arg); break;
      case '--md': options.md = valueOf(arg); break;
      case '--locale': {
        const value = valueOf(arg);
        if (value !== 'da' && value !== 'en') throw new UsageError('cliUnknownLocale', 'Ukendt sprog: {value}. Brug da eller en.', { value });
        options.locale = toLocale(value);
        break;
      }
      case '--jobs': {
        const value = valueOf(arg);
        if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError('cliJobsValue', '--jobs skal være et helt tal på mindst 1, ikke {value}.', { value });
        options.jobs = Number(value);
        break;
      }
      case '--max-warnings': {
        const value = valueOf(arg);
        if (!/^\d+$/.test(value)) throw new UsageError('cliMaxWarningsValue', '--max-warnings skal være et helt tal, ikke {value}.', { value });
        options.maxWarnings = Number(value);
        break;
      }
      case '--rule': {
        const value = valueOf(arg);
        const m = /^([\w-]+)[=:](\w+)$/.exec(value);
        if (!m) throw new UsageError('cliRuleValue', '--rule skal skrives id=alvorlighed, fx hovedhensyn=off, ikke {value}.', { value });
        const { problems } = normaliseConfig({ rules: { [m[1]]: m[2] } });
        if (problems.length) throw new UsageError(problems[0].key, problems[0].message, problems[0].args);
        options.rules[m[1]] = m[2] as SeveritySetting;
        break;
      }
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError('cliUnknownOption', 'Ukendt tilvalg: {option}', { option: arg });
        options.paths.push(arg);
    }
  }
  if (options.command === 'report') {
    if (options.paths.length !== 1) throw new UsageError('cliReportOneFolder', 'report tager præcis én mappe.');
    if (options.stdin) throw new UsageError('cliReportStdin', 'report kan ikke læse fra standard input.');
  } else if (options.html || options.md) throw new UsageError('cliHtmlMdReport', '--html og --md hører til report.');
  if (options.stdin && options.paths.length) throw new UsageError('cliStdinAndFiles', 'Angiv enten --stdin eller filer, ikke begge.');
  if (!options.stdin && options.paths.length === 0) throw new UsageError('cliNoFiles', 'Angiv mindst én fil eller mappe (eller --stdin).');
  if (options.stdinFilename && !options.stdin) throw new UsageError('cliStdinFilename', '--stdin-filename kræver --stdin.');
  if (options.fix && options.command === 'report') throw new UsageError('cliFixReport', '--fix kan ikke bruges med report.');
  if (options.fix && options.stdin && options.formatGiven) throw new UsageError('cliFixStdinFormat', '--fix med --stdin skriver den rettede tekst; --format kan ikke bruges med dem.');
  return options;
}

/** How a walk reads a folder; tests pass one that fails. */
export type ReadFolder = (folder: string) => Dirent[];

/**
 * Markdown files below a folder, sorted, skipping dependency and build folders.
 * A folder that cannot be read is named and skipped; the walk goes on with its
 * siblings. Returns whether every folder could be read.
 */
function walk(folder: string, found: string[], cannotRead: (folder: string, code: string) => void, readFolder: ReadFolder): boolean {
  let entries: Dirent[];
  try {
    entries = readFolder(folder);
  } catch (error) {
    cannotRead(folder, (error as NodeJS.ErrnoException).code ?? 'EIO');
    return false;
  }
  let complete = true;
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) complete = walk(path, found, cannotRead, readFolder) && complete;
    } else if (entry.isFile() && /\.(md|markdown)$/i.test(entry.name)) found.push(path);
  }
  return complete;
}

/** Line and column of an offset; a worker sends only those of the offsets the output needs, not the text. */
type Positions = Pick<LineIndex, 'positionAt'>;

interface FileResult {
  file: string;
  lines: Positions;
  /** Only the findings as shown: keeping every parsed letter until the end held the whole corpus in memory. */
  findings: ShownFinding[];
}

function formatText(results: FileResult[]): string {
  const out: string[] = [];
  for (const { file, lines, findings } of results) {
    for (const finding of findings) {
      const at = lines.positionAt(finding.range.start);
      out.push(`${file}:${at.line + 1}:${at.character + 1} ${finding.severity} ${finding.message} [${finding.ruleId}]`);
    }
  }
  return out.join('\n');
}

function jsonDiagnostic(finding: ShownFinding, lines: Positions) {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    range: { start: lines.positionAt(finding.range.start), end: lines.positionAt(finding.range.end) },
  };
}

/** What the summary and the exit code need of the letters checked: counts, not the findings themselves. */
class Tally {
  letters = 0;
  lettersWithFindings = 0;
  errors = 0;
  warnings = 0;
  readonly lettersByRule = new Map<string, number>();

  add(findings: readonly ShownFinding[]): void {
    this.letters++;
    if (findings.length > 0) this.lettersWithFindings++;
    for (const ruleId of new Set(findings.map((f) => f.ruleId))) this.lettersByRule.set(ruleId, (this.lettersByRule.get(ruleId) ?? 0) + 1);
    for (const finding of findings) {
      if (finding.severity === 'error') this.errors++;
      else if (finding.severity === 'warning') this.warnings++;
    }
  }
}

/** Defect rates: the share of checked letters with each rule's findings. */
function summary(tally: Tally, skipped: number): string {
  const { letters, lettersWithFindings: withAny } = tally;
  const lines = [`${letters} ${letters === 1 ? 'afgørelse' : 'afgørelser'} tjekket${skipped ? `, ${skipped} andre Markdown-filer sprunget over` : ''}.`];
  if (letters === 0) return lines.join('\n');
  lines.push(`Afgørelser med mindst ét fund: ${withAny} af ${letters} (${Math.round((100 * withAny) / letters)} %).`);
  for (const rule of RULES) {
    const count = tally.lettersByRule.get(rule.id) ?? 0;
    if (count > 0) lines.push(`  ${rule.id.padEnd(20)} ${String(count).padStart(4)} (${Math.round((100 * count) / letters)} %)  ${rule.title}`);
  }
  return lines.join('\n');
}

/** A path as the output shows it: relative to the working folder. */
function shownPath(path: string): string {
  return relative(process.cwd(), path) || path;
}

/**
 * Settings for one letter: its .afgoerelsestjek.json (or --config) over the
 * defaults, then --rule; with the settings files' problems as lines for stderr.
 */
function settingsFor(fileName: string | undefined, options: CheckOptions): { config: Config; problems: string[] } {
  const { config, problems } = resolveConfig({ fileName: fileName && resolve(fileName), explicitFile: options.configFile, base: DEFAULT_CONFIG });
  return {
    config: { ...config, rules: { ...config.rules, ...options.rules } },
    problems: problems.map((problem) => {
      const file = shownPath(problem.file);
      const text = configProblemText(problem, options.locale);
      return problem.fatal ? uiText(options.locale, 'cliConfigIgnored', '{file}: {error}; filen ignoreres, og standardindstillingerne bruges.', { file, error: text }) : `${file}: ${text}`;
    }),
  };
}

class Progress {
  private shown = false;

  constructor(private readonly total: number, private readonly enabled: boolean, private readonly tty: boolean, private readonly writeError: (text: string) => void, private readonly locale: Locale) {}

  step(done: number): void {
    if (!this.enabled || this.total <= PROGRESS_THRESHOLD) return;
    const tenth = Math.max(1, Math.floor(this.total / 10));
    const args = { done: String(done), total: String(this.total) };
    if (this.tty) this.writeError(`\r${uiText(this.locale, 'cliChecking', 'Tjekker {done}/{total} …', args)}`);
    else if (done % tenth === 0 || done === this.total) this.writeError(`${uiText(this.locale, 'cliChecked', 'Tjekket {done}/{total}', args)}\n`);
    this.shown = true;
  }

  /** Clears the progress line on a terminal, so that output written after it starts a line of its own; the next step draws it again. */
  clear(): void {
    if (this.shown && this.tty) this.writeError('\r\x1b[K');
  }

  finish(): void {
    if (this.shown && this.tty) this.writeError('\n');
  }
}

function toFiles(paths: string[], locale: Locale, writeError: (text: string) => void, readFolder: ReadFolder): { files: string[]; named: string[]; failed: boolean } {
  const files: string[] = [];
  const named: string[] = [];
  let failed = false;
  const cannotRead = (folder: string, code: string): void => {
    writeError(`${uiText(locale, 'cliFolderUnreadable', '{folder}: mappen kan ikke læses ({code}); resten tjekkes.', { folder: shownPath(folder), code })}\n`);
  };
  for (const path of paths) {
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      writeError(`${uiText(locale, 'cliNotFound', '{path}: findes ikke eller kan ikke læses.', { path })}\n`);
      failed = true;
      continue;
    }
    // A named file that is not a regular file (a pipe, a device) is refused when it is read, with a message.
    if (!isFolder) {
      files.push(path);
      named.push(path);
    } else if (!walk(path, files, cannotRead, readFolder)) failed = true;
  }
  return { files, named, failed };
}

/** Why a file was not read, for stderr; too large and binary files are skipped, the rest fail the run. */
function refusalMessage(refusal: Refusal, shown: string, locale: Locale): { problem: string; skip: boolean } {
  switch (refusal.reason) {
    case 'tooLarge':
      return { skip: true, problem: uiText(locale, 'cliTooLarge', '{file}: springes over, filen er for stor ({size} MB; grænsen er {limit} MB).', { file: shown, size: (refusal.bytes / 1048576).toFixed(1), limit: String(MAX_LETTER_BYTES / 1048576) }) };
    case 'binary':
      return { skip: true, problem: uiText(locale, 'cliBinary', '{file}: springes over, det er ikke en tekstfil.', { file: shown }) };
    case 'notRegular':
      return { skip: false, problem: uiText(locale, 'cliNotRegular', '{file}: læses ikke, det er ikke en almindelig fil (men fx en enhed eller en navngivet pipe).', { file: shown }) };
    case 'missing':
      return { skip: false, problem: uiText(locale, 'cliNotFound', '{path}: findes ikke eller kan ikke læses.', { path: shown }) };
    default:
      return { skip: false, problem: uiText(locale, 'cliUnreadable', '{file}: kan ikke læses ({code}).', { file: shown, code: refusal.code }) };
  }
}

/** The text of a letter file and what it was read as, or why it is skipped or failed. */
function readLetter(path: string, shown: string, locale: Locale): { text?: string; bytes?: Uint8Array; encoding?: LetterEncoding; problem?: string; skip?: boolean } {
  const read = readLetterFile(path);
  return 'text' in read ? read : refusalMessage(read.refused, shown, locale);
}

/** Why --fix left a file as it was. */
function notFixedMessage(refusal: WriteRefusal, shown: string, locale: Locale): string {
  switch (refusal.reason) {
    case 'readOnly':
      return uiText(locale, 'cliFixReadOnly', '{file}: ikke rettet, filen er skrivebeskyttet.', { file: shown });
    case 'changed':
      return uiText(locale, 'cliFixChanged', '{file}: ikke rettet, filen blev ændret, mens den blev tjekket.', { file: shown });
    case 'encoding':
      return uiText(locale, 'cliFixEncoding', '{file}: ikke rettet, den rettede tekst kan ikke gemmes uden tab i filens tegnsæt ({encoding}).', { file: shown, encoding: encodingName(refusal.encoding) });
    default:
      return uiText(locale, 'cliFixUnwritable', '{file}: ikke rettet, filen kan ikke skrives ({code}).', { file: shown, code: refusal.code });
  }
}

/** A letter that was not UTF-8 and was read as Windows-1252: said once per file, since a wrong guess would garble its findings. */
function encodingNote(encoding: LetterEncoding | undefined, shown: string, locale: Locale): string | undefined {
  if (encoding !== 'windows-1252') return undefined;
  return uiText(locale, 'cliReadAsWindows1252', '{file}: læst som Windows-1252 (ikke UTF-8). Gem brevet som UTF-8.', { file: shown });
}

function fixedMessage(fixes: number, shown: string, locale: Locale): string {
  return fixes === 1
    ? uiText(locale, 'cliFixedOne', '{file}: 1 rettelse anvendt.', { file: shown })
    : uiText(locale, 'cliFixedMany', '{file}: {count} rettelser anvendt.', { file: shown, count: String(fixes) });
}

/** Why a Markdown file is not checked, and how to check it anyway. */
function skippedBecause(shown: string, reason: 'front-matter' | 'declared' | 'not-a-letter', locale: Locale): string {
  const key = reason === 'front-matter' ? 'cliSkippedFrontMatter' : reason === 'declared' ? 'cliSkippedDeclared' : 'cliSkippedNotALetter';
  const why = reason === 'front-matter' ? 'front matter siger, at det er et andet dokument' : reason === 'declared' ? 'den siger selv, at den ikke er en kommunes afgørelse' : 'den ligner ikke en afgørelse';
  return uiText(locale, key, `{file}: springes over, ${why}. Tjek den med --all eller med »dokument: afgørelse« i front matter.`, { file: shown });
}

/** What checking one file needs: plain data, sent to the worker processes. */
type CheckOptions = Pick<Options, 'command' | 'all' | 'configFile' | 'rules' | 'locale' | 'fix' | 'format'> & {
  /** The folder `report` names letters relative to. */
  reportRoot?: string;
  /** Files named on the command line (not found in a folder): checked unless they say they are something else. */
  named?: string[];
};

/** What checking one file gives, as plain data (it may come from a worker process). */
interface FileOutcome {
  kind: 'letter' | 'skipped' | 'failed';
  shown: string;
  /** Settings-file problems, before de-duplication. */
  configProblems: string[];
  /** Why the file was skipped or failed, for stderr. */
  problem?: string;
  /** A letter read in another encoding than UTF-8 or UTF-16, for stderr. */
  note?: string;
  findings?: ShownFinding[];
  /** [offset, line, character] of every offset the output needs. */
  positions?: Array<[number, number, number]>;
  summary?: LetterSummary;
  /** With --fix: the fixes written to the file. */
  fixes?: number;
  /** With --fix: why the file was not written (it is still reported, unfixed). */
  notFixed?: string;
}

/** The findings in the run's language, with fixes for SARIF only, which shows them. */
function shownFindings(findings: readonly Finding[], options: Pick<Options, 'locale' | 'format'>): ShownFinding[] {
  return findings.map((finding) => shownFinding(finding, options.locale, options.format === 'sarif'));
}

function positionsOf(findings: readonly ShownFinding[], lines: LineIndex): Array<[number, number, number]> {
  const offsets = new Set<number>();
  for (const finding of findings) {
    offsets.add(finding.range.start).add(finding.range.end);
    if (finding.fix) offsets.add(finding.fix.range.start).add(finding.fix.range.end);
  }
  return [...offsets].map((offset) => {
    const { line, character } = lines.positionAt(offset);
    return [offset, line, character];
  });
}

function knownPositions(table: ReadonlyArray<[number, number, number]>): Positions {
  const positions = new Map<number, Position>(table.map(([offset, line, character]) => [offset, { line, character }]));
  return { positionAt: (offset) => positions.get(offset)! };
}

/** An error's first line, without the letter's text (core errors do not quote it). */
function describe(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.split('\n')[0].slice(0, 200);
}

function checkFile(path: string, options: CheckOptions): FileOutcome {
  const shown = shownPath(path);
  const { text: read, bytes, encoding, problem, skip } = readLetter(path, shown, options.locale);
  if (read === undefined) return { kind: skip ? 'skipped' : 'failed', shown, configProblems: [], problem };
  let text = read;
  const { config, problems } = settingsFor(path, options);
  try {
    let force = options.all;
    let result = checkDocument(text, { fileName: path, config, force });
    if (!result.detection.isLetter && result.detection.reason === 'not-a-letter' && options.named?.includes(path)) {
      force = true;
      result = checkDocument(text, { fileName: path, config, force, previous: result.letter });
    }
    if (!result.detection.isLetter) return { kind: 'skipped', shown, configProblems: problems, problem: skippedBecause(shown, result.detection.reason, options.locale) };
    let fixes: number | undefined;
    let notFixed: string | undefined;
    const edits = options.fix ? noInputEdits(result.findings) : [];
    if (edits.length > 0) {
      const fixed = applyEdits(text, edits);
      // Written back in its own encoding, or not at all: never silently turned into UTF-8.
      const content = encodeFixed(fixed.text, { text, bytes: bytes!, encoding: encoding! });
      const refusal: WriteRefusal | undefined = content ? replaceLetterFile(path, bytes!, content) : { reason: 'encoding', encoding: encoding! };
      if (refusal) notFixed = notFixedMessage(refusal, shown, options.locale);
      else {
        fixes = fixed.applied;
        text = fixed.text;
        result = checkDocument(text, { fileName: path, config, force, previous: result.letter });
      }
    }
    const findings = shownFindings(result.findings, options);
    return {
      kind: 'letter',
      shown,
      configProblems: problems,
      note: encodingNote(encoding, shown, options.locale),
      findings,
      positions: positionsOf(findings, new LineIndex(text)),
      summary: options.command === 'report' ? summariseLetter(relative(options.reportRoot ?? '', path) || shown, result.letter, result.findings) : undefined,
      fixes,
      notFixed,
    };
  } catch (error) {
    return failedOutcome(shown, error, problems);
  }
}

/** A file the check failed on: in this process, or in a worker process that died. */
function failedOutcome(shown: string, error: unknown, configProblems: string[] = []): FileOutcome {
  return { kind: 'failed', shown, configProblems, problem: `${shown}: fejl under tjekket, filen er ikke tjekket (${describe(error)}).` };
}

/**
 * One run: takes the files' outcomes in order and writes stderr as they come.
 * Text output is written file by file too, so that a long run shows its
 * findings as it goes and keeps only counts of them; JSON and SARIF, which are
 * one document, are written at the end.
 */
class Session {
  /** The files' findings for the output at the end: JSON, SARIF, or the text of standard input. */
  private readonly results: FileResult[] = [];
  private readonly tally = new Tally();
  /** Whether finding lines were written before the summary, which a blank line then sets apart. */
  private linesWritten = false;
  private readonly letters: LetterSummary[] = [];
  private readonly reported = new Set<string>();
  private skipped = 0;
  failed = false;
  /** Files named on the command line, for checkOptions. */
  named: string[] = [];
  progress?: Progress;

  constructor(readonly options: Options, private readonly write: WriteOut, private readonly writeError: (text: string) => void) {}

  get checkOptions(): CheckOptions {
    const { command, all, configFile, rules, paths, locale, fix, format } = this.options;
    return { command, all, configFile, rules, locale, fix, format, reportRoot: command === 'report' ? paths[0] : undefined, named: this.named };
  }

  reportConfigProblems(lines: readonly string[]): void {
    for (const line of lines) {
      if (this.reported.has(line)) continue;
      this.reported.add(line);
      this.writeError(`${line}\n`);
    }
  }

  accept(outcome: FileOutcome, index: number): void {
    this.reportConfigProblems(outcome.configProblems);
    if (outcome.problem) this.writeError(`${outcome.problem}\n`);
    if (outcome.note) this.writeError(`${outcome.note}\n`);
    if (outcome.fixes) this.writeError(`${fixedMessage(outcome.fixes, outcome.shown, this.options.locale)}\n`);
    if (outcome.notFixed) {
      this.writeError(`${outcome.notFixed}\n`);
      this.failed = true;
    }
    if (outcome.kind === 'skipped') this.skipped++;
    else if (outcome.kind === 'failed') this.failed = true;
    else {
      const result = { file: outcome.shown, lines: knownPositions(outcome.positions!), findings: outcome.findings! };
      this.tally.add(result.findings);
      if (this.options.format !== 'text') this.results.push(result);
      else if (this.options.command !== 'report') this.writeLines(formatText([result]), this.write);
      if (outcome.summary) this.letters.push(outcome.summary);
    }
    this.progress?.step(index + 1);
  }

  checkStdin(io: CliIo): void {
    const { options } = this;
    const input = io.readStdin ? io.readStdin() : readUpTo(0, MAX_LETTER_BYTES + 1);
    const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
    const read: LetterRead = bytes.length > MAX_LETTER_BYTES ? { refused: { reason: 'tooLarge', bytes: bytes.length } } : decodeLetter(bytes);
    if (!('text' in read)) {
      this.writeError(`${refusalMessage(read.refused, '<stdin>', options.locale).problem}\n`);
      this.failed = true;
      return;
    }
    let text = read.text;
    const { encoding } = read;
    const { config, problems } = settingsFor(options.stdinFilename, this.checkOptions);
    this.reportConfigProblems(problems);
    const checkOptions = { fileName: options.stdinFilename && resolve(options.stdinFilename), config, force: options.all || !options.stdinFilename };
    let result = checkDocument(text, checkOptions);
    const shown = options.stdinFilename ?? '<stdin>';
    const note = result.detection.isLetter ? encodingNote(encoding, shown, options.locale) : undefined;
    if (note) this.writeError(`${note}\n`);
    if (options.fix) {
      const edits = result.detection.isLetter ? noInputEdits(result.findings) : [];
      // The text as it came, fixed: its encoding, and a byte order mark first if it had one; as it came when the fix cannot be so.
      let output: Uint8Array = bytes;
      if (edits.length > 0) {
        const fixed = applyEdits(text, edits);
        const content = encodeFixed(fixed.text, { text, bytes, encoding });
        if (content) {
          output = content;
          text = fixed.text;
          result = checkDocument(text, { ...checkOptions, previous: result.letter });
          this.writeError(`${fixedMessage(fixed.applied, shown, options.locale)}\n`);
        } else {
          this.writeError(`${notFixedMessage({ reason: 'encoding', encoding }, shown, options.locale)}\n`);
          this.failed = true;
        }
      }
      this.write(output);
    }
    if (result.detection.isLetter) {
      const findings = shownFindings(result.findings, options);
      this.tally.add(findings);
      this.results.push({ file: shown, lines: new LineIndex(text), findings });
    } else this.skipped++;
  }

  /** Writes finding lines, if any, to the output (standard error with --fix --stdin, whose standard output is the text), clearing the progress line first. */
  private writeLines(text: string, out: (text: string) => void): void {
    if (!text) return;
    this.progress?.clear();
    out(`${text}\n`);
    this.linesWritten = true;
  }

  /** Whether nobody reads the output any more, so that the run may stop: not with --fix, whose files are the point. */
  abandoned(io: CliIo): boolean {
    return !this.options.fix && io.outputClosed?.() === true;
  }

  /** Why the report cannot be written to `path`. */
  cannotWrite(path: string, error: unknown): string {
    return uiText(this.options.locale, 'cliReportUnwritable', 'Rapporten kan ikke skrives til {path} ({code}).', { path, code: (error as NodeJS.ErrnoException).code ?? 'EIO' });
  }

  /** Before checking every letter: the report's files can be written (an existing file is not changed by the test). */
  reportPathsProblem(): string | undefined {
    for (const path of [this.options.html, this.options.md]) {
      if (!path) continue;
      try {
        if (existsSync(path)) {
          if (statSync(path).isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
          accessSync(path, constants.W_OK);
        } else accessSync(dirname(resolve(path)), constants.W_OK);
      } catch (error) {
        return this.cannotWrite(path, error);
      }
    }
    return undefined;
  }

  finish(): number {
    const { options, results } = this;
    this.progress?.finish();
    if (options.command === 'report') {
      const report = buildReport(this.letters);
      const markdown = renderMarkdown(report);
      for (const [path, content] of [[options.html, () => renderHtml(report, new Date().toISOString().slice(0, 10), relative(dirname(resolve(options.html!)), resolve(options.paths[0])))], [options.md, () => markdown]] as const) {
        if (!path) continue;
        try {
          writeFileSync(path, content());
        } catch (error) {
          this.writeError(`${this.cannotWrite(path, error)}\n`);
          return 2;
        }
      }
      if (!options.html && !options.md) this.write(markdown);
      else if (!options.quiet) {
        const paths = [options.html, options.md].filter(Boolean).join(options.locale === 'en' ? ' and ' : ' og ');
        this.writeError(`${uiText(options.locale, 'cliReportWritten', 'Rapport over {count} afgørelser skrevet til {paths}.', { count: String(report.letters), paths })}\n`);
      }
      return this.failed ? 2 : 0;
    }

    if (options.format === 'json') {
      this.write(`${JSON.stringify(results.map(({ file, lines, findings }) => ({ file, diagnostics: findings.map((f) => jsonDiagnostic(f, lines)) })), null, 2)}\n`);
    } else if (options.format === 'sarif') {
      const sarif = toSarif(results, process.cwd(), VERSION, options.locale);
      this.write(`${JSON.stringify(sarif, null, 2)}\n`);
    } else {
      // With --fix --stdin, standard output is the fixed text.
      const out = options.fix && options.stdin ? this.writeError : this.write;
      this.writeLines(formatText(results), out);
      const tail = options.quiet ? '' : summary(this.tally, this.skipped);
      if (tail) out(`${this.linesWritten ? '\n' : ''}${tail}\n`);
    }
    if (this.failed) return 2;
    if (this.tally.errors > 0) return 1;
    const { warnings } = this.tally;
    if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
      if (!options.quiet) this.writeError(`${uiText(options.locale, 'cliTooManyWarnings', '{warnings} advarsler; højst {max} er tilladt (--max-warnings).', { warnings: String(warnings), max: String(options.maxWarnings) })}\n`);
      return 1;
    }
    return 0;
  }
}

/** Parses the arguments and finds the files: a session with its files, or the exit code. */
function prepare(argv: string[], write: WriteOut, writeError: (text: string) => void, io: CliIo): { session: Session; files: string[] } | number {
  let options: Options | 'help';
  try {
    options = parseArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    writeError(`${error.say(localeOf(argv))}\n\n${USAGE[localeOf(argv)]}\n`);
    return 2;
  }
  if (options === 'help') {
    write(`${USAGE[localeOf(argv)]}\n`);
    return 0;
  }
  if (options.configFile && !statSafe(options.configFile)) {
    writeError(`${uiText(options.locale, 'cliConfigMissing', '{file}: indstillingsfilen findes ikke.', { file: options.configFile })}\n`);
    return 2;
  }
  const session = new Session(options, write, writeError);
  const reportProblem = options.command === 'report' ? session.reportPathsProblem() : undefined;
  if (reportProblem) {
    writeError(`${reportProblem}\n`);
    return 2;
  }
  if (options.stdin) return { session, files: [] };
  const found = toFiles(options.paths, options.locale, writeError, io.readFolder ?? ((folder) => readdirSync(folder, { withFileTypes: true })));
  session.failed = found.failed;
  session.named = found.named;
  session.progress = new Progress(found.files.length, !options.quiet, io.stderrIsTTY ?? false, writeError, options.locale);
  return { session, files: found.files };
}

function checkInThisThread(session: Session, files: readonly string[], io: CliIo): number {
  if (session.options.stdin) session.checkStdin(io);
  const checkOptions = session.checkOptions;
  for (let index = 0; index < files.length; index++) {
    if (session.abandoned(io)) return 0;
    session.accept(checkFile(files[index], checkOptions), index);
  }
  return session.finish();
}

/** Checks in this thread, whatever --jobs says (tests and callers that need a synchronous answer); `run` uses worker processes. */
export function main(argv: string[], write: WriteOut, writeError: (text: string) => void, io: CliIo = {}): number {
  const prepared = prepare(argv, write, writeError, io);
  return typeof prepared === 'number' ? prepared : checkInThisThread(prepared.session, prepared.files, io);
}

/**
 * Processes to check in: --jobs, at most one per core; by default one per
 * core beyond the first, which leaves the user a core. V8 collects garbage
 * and compiles on threads of its own, so one checking thread already keeps a
 * second core partly busy: on two cores, two worker processes took about a
 * tenth less time than this thread, for about a third more memory. More
 * workers than cores only add memory: --jobs 256 took 10 times as long and
 * 3.6 GB (issue #14).
 */
export function jobsFor(options: Pick<Options, 'jobs' | 'locale' | 'quiet'>, cores: number, writeError: (text: string) => void): number {
  if (options.jobs === undefined) return Math.max(1, cores - 1);
  if (options.jobs <= cores) return options.jobs;
  if (!options.quiet) writeError(`${uiText(options.locale, 'cliJobsCapped', '--jobs {jobs} er sat ned til {cores}, antallet af processorkerner.', { jobs: String(options.jobs), cores: String(cores) })}\n`);
  return cores;
}

/**
 * Files per worker process the default asks for. A worker starts Node, loads
 * the checker and warms up before it is as fast as a warm thread: on this
 * project's two-core VM `--jobs 2` lost about 0.3-0.5 s to that and caught up
 * with one thread only between 256 and 1,000 files (the workers also share the
 * cores with each other). With a core free for each worker, two pay off from
 * about 100 files, more workers from fewer files each.
 */
const FILES_PER_WORKER = 50;

/**
 * Each worker's Node flags. Garbage is collected in the checking thread
 * itself: with a worker per core, V8's helper threads would only compete with
 * the other workers (two workers took 7.6-8.6 s on the 1,000 bench letters
 * with it, 10.1-10.2 s without, and one thread 9.1 s). The heap: 8 MB
 * semi-spaces, since letters are parsed in 8 KB windows (markdown.ts) and
 * their parses die young (16 MB took about the same time for 60 MB more in
 * all); and a worker keeps nothing between letters (about 10 MB live), but
 * under V8's default limit of gigabytes it lets garbage grow to about 170 MB
 * before collecting it: under 256 MB it keeps about 110 (295 MiB for the run
 * in all, against 430). A letter of the largest size read (5 MiB) is checked
 * within it (test/cli-robustness.test.ts).
 */
const WORKER_NODE_FLAGS = ['--single-threaded-gc', '--max-semi-space-size=8', '--max-old-space-size=256'];

/** The command line: like `main`, with the files spread over worker processes when jobsFor gives more than one. */
export async function run(argv: string[], write: WriteOut, writeError: (text: string) => void, io: CliIo = {}): Promise<number> {
  const prepared = prepare(argv, write, writeError, io);
  if (typeof prepared === 'number') return prepared;
  const { session, files } = prepared;
  const jobs = jobsFor(session.options, availableParallelism(), writeError);
  const workers = Math.min(jobs, Math.floor(files.length / (session.options.jobs ? 1 : FILES_PER_WORKER)));
  if (workers <= 1) return checkInThisThread(session, files, io);
  await runInWorkers(files, {
    script: __filename,
    args: [WORKER_ROLE],
    execArgv: WORKER_NODE_FLAGS,
    workerData: session.checkOptions,
    jobs: workers,
    onResult: (index, outcome: FileOutcome) => session.accept(outcome, index),
    failed: (index, error) => failedOutcome(shownPath(files[index]), error),
    stopped: () => session.abandoned(io),
  });
  return session.abandoned(io) ? 0 : session.finish();
}

function statSafe(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

if (require.main === module && process.argv[2] === WORKER_ROLE && process.send) {
  serveTasks((options) => (path: string) => checkFile(path, options as CheckOptions));
} else if (require.main === module) {
  // A reader that stops reading the output (`| head`, quitting less) ends the run quietly, as ripgrep does: the rest
  // is not wanted (Session.abandoned; with --fix the files are still fixed). Standard error closed early only loses
  // its messages: the output may be going to a file.
  let outputClosed = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') outputClosed = true;
    // Writes after that fail too, and are not news.
    if (outputClosed) return;
    process.stderr.write(`afgoerelsestjek: stdout: ${error.code ?? error.message}\n`);
    process.exit(2);
  });
  process.stderr.on('error', () => undefined);
  // Both, for a write that fails at once (not writable from then on, while a run in this thread has not yet given the
  // error event its turn) and for one that fails later (the error event).
  const io = { stderrIsTTY: process.stderr.isTTY === true, outputClosed: () => outputClosed || !process.stdout.writable };
  run(process.argv.slice(2), (text) => process.stdout.write(text), (text) => process.stderr.write(text), io).then((code) => {
    process.exitCode = code;
  });
}
