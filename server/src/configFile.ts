/**
 * The workspace file `.afgoerelsestjek.json`, found upwards from a letter, so
 * the editor and the command line check with the same settings. File system
 * access lives here, outside the core. Precedence, lowest first:
 *   defaults < editor settings < .afgoerelsestjek.json < command-line flags.
 * A file that cannot be read or parsed is reported (naming the file) and
 * ignored: its letter is checked with the settings below it.
 */
import { statSync } from 'node:fs';
import { readLetterFile } from './files';
import { dirname, join, resolve } from 'node:path';
import { Config, ConfigFileProblem, ConfigProblem, DEFAULT_CONFIG, configProblem, normaliseConfig, parseConfigJson } from './core';

export const CONFIG_FILE_NAME = '.afgoerelsestjek.json';
/** A settings file is a few hundred bytes; anything much larger is not one. */
const MAX_CONFIG_BYTES = 256 * 1024;

export interface ResolvedConfig {
  config: Config;
  /** The file that applied, if any. */
  file?: string;
  problems: ConfigFileProblem[];
}

interface Parsed {
  mtimeMs: number;
  size: number;
  raw?: unknown;
  error?: ConfigProblem;
}

const parsedFiles = new Map<string, Parsed>();

/** The nearest `.afgoerelsestjek.json` in `directory` or above it. */
export function findConfigFile(directory: string): string | undefined {
  for (let dir = resolve(directory); ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    try {
      // Without an exception when it is not there: a folder of letters asks for every letter.
      if (statSync(candidate, { throwIfNoEntry: false })?.isFile()) return candidate;
    } catch {
      // Not readable here; look further up.
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** Reads and parses a settings file; cached until the file changes. */
export function readConfigFile(file: string): { raw?: unknown; error?: ConfigProblem } {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    return { error: configProblem('configFileMissing', 'filen findes ikke eller kan ikke læses') };
  }
  const cached = parsedFiles.get(file);
  if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached;
  const parsed: Parsed = { mtimeMs: stat.mtimeMs, size: stat.size };
  const read = readLetterFile(file, MAX_CONFIG_BYTES);
  if ('text' in read) {
    const parsedText = parseConfigJson(read.text);
    if ('raw' in parsedText) parsed.raw = parsedText.raw;
    else parsed.error = parsedText.problem;
  } else if (read.refused.reason === 'tooLarge') parsed.error = configProblem('configFileTooLarge', 'filen er for stor til at være en indstillingsfil ({bytes} byte)', { bytes: String(read.refused.bytes) });
  else if (read.refused.reason === 'notRegular') parsed.error = configProblem('configFileNotRegular', 'det er ikke en almindelig fil');
  else parsed.error = configProblem('configFileUnreadable', 'filen kan ikke læses');
  parsedFiles.set(file, parsed);
  return parsed;
}

export function forgetConfigFiles(): void {
  parsedFiles.clear();
}

export interface ResolveOptions {
  /** The letter's path: discovery starts in its folder. Without it, none. */
  fileName?: string;
  /** Settings below the file (the editor's); defaults when absent. */
  base?: Readonly<Config>;
  /** Use this file instead of discovery (the CLI's --config). */
  explicitFile?: string;
}

export function resolveConfig(options: ResolveOptions): ResolvedConfig {
  const base = options.base ?? DEFAULT_CONFIG;
  const file = options.explicitFile ?? (options.fileName ? findConfigFile(dirname(options.fileName)) : undefined);
  if (!file) return { config: { ...base, rules: { ...base.rules }, letterGlobs: [...base.letterGlobs] }, problems: [] };
  const { raw, error } = readConfigFile(file);
  if (error !== undefined) {
    return { config: { ...base, rules: { ...base.rules }, letterGlobs: [...base.letterGlobs] }, file, problems: [{ ...error, file, fatal: true }] };
  }
  const { config, problems } = normaliseConfig(raw, base, { source: 'file' });
  return { config, file, problems: problems.map((problem) => ({ ...problem, file, fatal: false })) };
}
