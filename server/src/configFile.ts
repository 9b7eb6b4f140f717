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
import { Config, DEFAULT_CONFIG, normaliseConfig } from './core';

export const CONFIG_FILE_NAME = '.afgoerelsestjek.json';
/** A settings file is a few hundred bytes; anything much larger is not one. */
const MAX_CONFIG_BYTES = 256 * 1024;

export interface ConfigFileProblem {
  file: string;
  /** Danish, names the setting or the parse error. */
  message: string;
  /** Whether the whole file was ignored. */
  fatal: boolean;
}

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
  error?: string;
}

const parsedFiles = new Map<string, Parsed>();

/** The nearest `.afgoerelsestjek.json` in `directory` or above it. */
export function findConfigFile(directory: string): string | undefined {
  for (let dir = resolve(directory); ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // Not here; look further up.
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** Reads and parses a settings file; cached until the file changes. */
export function readConfigFile(file: string): { raw?: unknown; error?: string } {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    return { error: 'filen findes ikke eller kan ikke læses' };
  }
  const cached = parsedFiles.get(file);
  if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached;
  const parsed: Parsed = { mtimeMs: stat.mtimeMs, size: stat.size };
  const read = readLetterFile(file, MAX_CONFIG_BYTES);
  if ('text' in read) {
    try {
      parsed.raw = JSON.parse(read.text);
    } catch (error) {
      // JSON.parse quotes the text it failed on: a symlink to another file would show that file's content. The place only.
      const at = error instanceof SyntaxError ? /position (\d+)/.exec(error.message)?.[1] : undefined;
      parsed.error = at === undefined ? 'ugyldig JSON' : `ugyldig JSON ved tegn ${Number(at) + 1}`;
    }
  } else if (read.refused.reason === 'tooLarge') parsed.error = `filen er for stor til at være en indstillingsfil (${read.refused.bytes} byte)`;
  else if (read.refused.reason === 'notRegular') parsed.error = 'det er ikke en almindelig fil';
  else parsed.error = 'filen kan ikke læses';
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
    return { config: { ...base, rules: { ...base.rules }, letterGlobs: [...base.letterGlobs] }, file, problems: [{ file, message: `${error}; filen ignoreres, og standardindstillingerne bruges`, fatal: true }] };
  }
  const { config, problems } = normaliseConfig(raw, base);
  return { config, file, problems: problems.map((p) => ({ file, message: p.message, fatal: false })) };
}
