import type { SeveritySetting } from './rule';
import { RULES } from './rules';
import type { KlarsprogThresholds } from './klarsprog-defaults';
import { isValidGlob } from './glob';
import type { Locale } from './locale';
import { uiText } from './messages';

/** The organisation profile and thresholds that shape the rules' findings and fixes. */
export interface Profile {
  /** Where complaints are sent, added after the municipality's name ("Rådhuspladsen 2, 8000 Aarhus C"). */
  address?: string;
  /** The appeal body named in inserted appeal guidance (default Ankestyrelsen). */
  appealBody?: string;
  /** The complaint deadline in inserted appeal guidance (default "4 uger"). */
  complaintDeadline?: string;
  /** The municipality's name for inserted text ("Aarhus Kommune"). */
  municipality?: string;
  /** Plain-language thresholds for the rule klarsprog; defaults in klarsprog-defaults.ts. */
  klarsprog?: Partial<KlarsprogThresholds>;
}

/** Settings shared by the editor and the command line. */
export interface Config extends Profile {
  /** Files that always count as letters. */
  letterGlobs: string[];
  /** Also count a Markdown file as a letter when its content looks like one. */
  detectByContent: boolean;
  /** Severity per rule id, or off. */
  rules: Record<string, SeveritySetting>;
}

/** The organisation profile: texts that fill the snippets and quick fixes. */
export const PROFILE_KEYS = ['municipality', 'address', 'appealBody', 'complaintDeadline'] as const;

export const DEFAULT_CONFIG: Readonly<Config> = Object.freeze({
  letterGlobs: ['**/*.afg.md', '**/afgoerelser/**/*.md', '**/afgørelser/**/*.md'],
  detectByContent: true,
  rules: {},
});

const SEVERITIES = new Set<SeveritySetting>(['error', 'warning', 'information', 'hint', 'off']);

/** The keys a settings file may hold (schemas/afgoerelsestjek.schema.json). */
const FILE_KEYS = ['$schema', 'letterGlobs', 'detectByContent', 'rules', 'klarsprog', ...PROFILE_KEYS] as const;

export interface ConfigProblem {
  /** Danish, names the setting. */
  message: string;
  /** The catalogue key of the English text (`ui` in messages.json), and its values. */
  key: string;
  args: Readonly<Record<string, string>>;
}

/** A problem in a settings file; `fatal`: the whole file was ignored (it is not JSON, or cannot be read). */
export interface ConfigFileProblem extends ConfigProblem {
  file: string;
  fatal: boolean;
}

/** A settings problem's text in `locale`. */
export function configProblemText(problem: ConfigProblem, locale: Locale): string {
  return locale === 'da' ? problem.message : uiText(locale, problem.key, problem.message, problem.args);
}

export function configProblem(key: string, da: string, args: Readonly<Record<string, string>> = {}): ConfigProblem {
  return { message: uiText('da', key, da, args), key, args };
}

/** A value the user wrote, for a message: short, on one line. */
export function shownValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** The known name closest to a misspelt one (at most a third of its letters wrong), for "did you mean". */
export function closestName(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(name.length / 3)) + 1;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3 || a.length > 100 || b.length > 100) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length];
}

/** "Ukendt … »x«; den ignoreres." with "Mente du »y«?" when a known name is close. */
function unknownName(key: string, da: string, name: string, known: readonly string[], args: Readonly<Record<string, string>> = {}): ConfigProblem {
  const guess = closestName(name, known);
  return guess === undefined ? configProblem(key, da, { ...args, name }) : configProblem(`${key}Guess`, `${da} Mente du »{guess}«?`, { ...args, name, guess });
}

export interface NormaliseOptions {
  /**
   * Where the settings come from: `file` (a settings file: unknown keys are
   * reported), `editor` (the editor's section, which also holds editor-only
   * settings; names get the section's prefix); none for command-line flags.
   */
  source?: 'file' | 'editor';
}

/**
 * Reads settings of unknown shape (settings.json, a config file, CLI flags),
 * keeps what is valid and reports the rest; never throws.
 */
export function normaliseConfig(input: unknown, base: Readonly<Config> = DEFAULT_CONFIG, options: NormaliseOptions = {}): { config: Config; problems: ConfigProblem[] } {
  const config: Config = { ...base, letterGlobs: [...base.letterGlobs], rules: { ...base.rules } };
  const problems: ConfigProblem[] = [];
  if (input === undefined || input === null) return { config, problems };
  if (typeof input !== 'object' || Array.isArray(input)) {
    problems.push(configProblem('configNotObject', 'Indstillingerne skal være et objekt; de ignoreres.'));
    return { config, problems };
  }
  const raw = input as Record<string, unknown>;
  const named = (key: string): string => (options.source === 'editor' ? `afgoerelsestjek.${key}` : key);
  if (options.source === 'file') {
    for (const key of Object.keys(raw)) {
      if (!(FILE_KEYS as readonly string[]).includes(key)) problems.push(unknownName('configUnknownKey', 'Ukendt indstilling »{name}«; den ignoreres.', key, FILE_KEYS));
    }
  }
  if ('letterGlobs' in raw) {
    if (Array.isArray(raw.letterGlobs) && raw.letterGlobs.every((g) => typeof g === 'string')) {
      config.letterGlobs = raw.letterGlobs.filter((glob: string) => {
        if (isValidGlob(glob)) return true;
        problems.push(configProblem('configInvalidGlob', 'Mønsteret {glob} i »{setting}« er ikke et gyldigt glob-mønster (fx en { uden }); det ignoreres.', { glob: shownValue(glob), setting: named('letterGlobs') }));
        return false;
      });
    } else problems.push(configProblem('configLetterGlobs', '»{setting}« skal være en liste af glob-mønstre; den ignoreres.', { setting: named('letterGlobs') }));
  }
  if ('detectByContent' in raw) {
    if (typeof raw.detectByContent === 'boolean') config.detectByContent = raw.detectByContent;
    else problems.push(configProblem('configDetectByContent', '»{setting}« skal være true eller false, ikke {value}; {used} bruges.', { setting: named('detectByContent'), value: shownValue(raw.detectByContent), used: String(config.detectByContent) }));
  }
  for (const key of PROFILE_KEYS) {
    const value = raw[key];
    if (value === undefined || value === null || value === '') continue;
    // «» would read as an unfilled placeholder in the inserted text.
    if (typeof value === 'string' && value.trim() && value.length <= 200 && !/[«»\n]/.test(value)) config[key] = value.trim();
    else problems.push(configProblem('configProfileText', '»{setting}« skal være en kort tekst på én linje uden « og »; den ignoreres.', { setting: named(key) }));
  }
  if ('klarsprog' in raw && raw.klarsprog !== undefined && raw.klarsprog !== null) {
    readKlarsprog(raw.klarsprog, config, problems, named('klarsprog'));
  }
  if ('rules' in raw && raw.rules !== undefined) {
    if (typeof raw.rules !== 'object' || raw.rules === null || Array.isArray(raw.rules)) {
      problems.push(configProblem('configRulesNotObject', '»{setting}« skal være et objekt med regel-id og alvorlighed; den ignoreres.', { setting: named('rules') }));
    } else {
      for (const [id, value] of Object.entries(raw.rules as Record<string, unknown>)) {
        if (!RULES.some((rule) => rule.id === id)) problems.push(unknownName('configUnknownRule', 'Ukendt regel »{name}« i »{setting}«; den ignoreres.', id, RULES.map((rule) => rule.id), { setting: named('rules') }));
        else if (typeof value !== 'string' || !SEVERITIES.has(value as SeveritySetting)) problems.push(configProblem('configRuleSeverity', 'Reglen »{id}« har ugyldig alvorlighed {value}; brug error, warning, information, hint eller off.', { id, value: shownValue(value) }));
        else config.rules[id] = value as SeveritySetting;
      }
    }
  }
  return { config, problems };
}

/** Plausible bounds: LIX runs from about 10 (picture books) to 70 (statutes). */
const KLARSPROG_BOUNDS: Readonly<Record<keyof KlarsprogThresholds, [number, number]>> = { maxLix: [10, 100], maxSentenceWords: [5, 200] };

function readKlarsprog(value: unknown, config: Config, problems: ConfigProblem[], setting: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(configProblem('configKlarsprogNotObject', '»{setting}« skal være et objekt, fx { "maxLix": 50, "maxSentenceWords": 30 }; den ignoreres.', { setting }));
    return;
  }
  const thresholds: Partial<KlarsprogThresholds> = {};
  for (const [name, threshold] of Object.entries(value as Record<string, unknown>)) {
    const bounds = KLARSPROG_BOUNDS[name as keyof KlarsprogThresholds];
    if (!bounds) problems.push(unknownName('configUnknownKlarsprog', 'Ukendt indstilling »{setting}.{name}«; den ignoreres.', name, Object.keys(KLARSPROG_BOUNDS), { setting }));
    else if (typeof threshold !== 'number' || !Number.isFinite(threshold) || threshold < bounds[0] || threshold > bounds[1]) problems.push(configProblem('configKlarsprogRange', '»{setting}.{name}« skal være et tal mellem {min} og {max}; den ignoreres.', { setting, name, min: String(bounds[0]), max: String(bounds[1]) }));
    else thresholds[name as keyof KlarsprogThresholds] = threshold;
  }
  if (Object.keys(thresholds).length > 0) config.klarsprog = { ...config.klarsprog, ...thresholds };
}

/**
 * The value of a settings file's text, or why it is not JSON: the place only
 * (JSON.parse quotes the text it failed on, and a symlink to another file
 * would show that file's content).
 */
export function parseConfigJson(text: string): { raw: unknown } | { problem: ConfigProblem } {
  try {
    return { raw: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    const at = error instanceof SyntaxError ? /position (\d+)/.exec(error.message)?.[1] : undefined;
    return { problem: at === undefined ? configProblem('configInvalidJson', 'ugyldig JSON') : configProblem('configInvalidJsonAt', 'ugyldig JSON ved tegn {at}', { at: String(Number(at) + 1) }) };
  }
}
