import type { SeveritySetting } from './rule';
import { RULES } from './rules';
import type { KlarsprogThresholds } from './klarsprog-defaults';

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

export interface ConfigProblem {
  /** Danish, names the setting. */
  message: string;
}

/**
 * Reads settings of unknown shape (settings.json, a config file, CLI flags),
 * keeps what is valid and reports the rest; never throws.
 */
export function normaliseConfig(input: unknown, base: Readonly<Config> = DEFAULT_CONFIG): { config: Config; problems: ConfigProblem[] } {
  const config: Config = { ...base, letterGlobs: [...base.letterGlobs], rules: { ...base.rules } };
  const problems: ConfigProblem[] = [];
  if (input === undefined || input === null) return { config, problems };
  if (typeof input !== 'object' || Array.isArray(input)) {
    problems.push({ message: 'Indstillingerne skal være et objekt; standardindstillingerne bruges.' });
    return { config, problems };
  }
  const raw = input as Record<string, unknown>;
  if ('letterGlobs' in raw) {
    if (Array.isArray(raw.letterGlobs) && raw.letterGlobs.every((g) => typeof g === 'string')) config.letterGlobs = [...raw.letterGlobs];
    else problems.push({ message: '»letterGlobs« skal være en liste af glob-mønstre; standardværdien bruges.' });
  }
  if ('detectByContent' in raw) {
    if (typeof raw.detectByContent === 'boolean') config.detectByContent = raw.detectByContent;
    else problems.push({ message: '»detectByContent« skal være true eller false; standardværdien bruges.' });
  }
  for (const key of PROFILE_KEYS) {
    const value = raw[key];
    if (value === undefined || value === null || value === '') continue;
    // «» would read as an unfilled placeholder in the inserted text.
    if (typeof value === 'string' && value.trim() && value.length <= 200 && !/[«»\n]/.test(value)) config[key] = value.trim();
    else problems.push({ message: `»${key}« skal være en kort tekst på én linje uden « og »; den ignoreres.` });
  }
  if ('klarsprog' in raw && raw.klarsprog !== undefined && raw.klarsprog !== null) {
    readKlarsprog(raw.klarsprog, config, problems);
  }
  if ('rules' in raw && raw.rules !== undefined) {
    if (typeof raw.rules !== 'object' || raw.rules === null || Array.isArray(raw.rules)) {
      problems.push({ message: '»rules« skal være et objekt med regel-id og alvorlighed; standardværdierne bruges.' });
    } else {
      for (const [id, value] of Object.entries(raw.rules as Record<string, unknown>)) {
        if (!RULES.some((rule) => rule.id === id)) problems.push({ message: `Ukendt regel »${id}« i »rules«; den ignoreres.` });
        else if (typeof value !== 'string' || !SEVERITIES.has(value as SeveritySetting)) problems.push({ message: `Reglen »${id}« har ugyldig alvorlighed ${JSON.stringify(value)}; brug error, warning, information, hint eller off.` });
        else config.rules[id] = value as SeveritySetting;
      }
    }
  }
  return { config, problems };
}

/** Plausible bounds: LIX runs from about 10 (picture books) to 70 (statutes). */
const KLARSPROG_BOUNDS: Readonly<Record<keyof KlarsprogThresholds, [number, number]>> = { maxLix: [10, 100], maxSentenceWords: [5, 200] };

function readKlarsprog(value: unknown, config: Config, problems: ConfigProblem[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push({ message: '»klarsprog« skal være et objekt, fx { "maxLix": 50, "maxSentenceWords": 30 }; standardværdierne bruges.' });
    return;
  }
  const thresholds: Partial<KlarsprogThresholds> = {};
  for (const [name, setting] of Object.entries(value as Record<string, unknown>)) {
    const bounds = KLARSPROG_BOUNDS[name as keyof KlarsprogThresholds];
    if (!bounds) problems.push({ message: `Ukendt indstilling »klarsprog.${name}«; den ignoreres.` });
    else if (typeof setting !== 'number' || !Number.isFinite(setting) || setting < bounds[0] || setting > bounds[1]) problems.push({ message: `»klarsprog.${name}« skal være et tal mellem ${bounds[0]} og ${bounds[1]}; standardværdien bruges.` });
    else thresholds[name as keyof KlarsprogThresholds] = setting;
  }
  if (Object.keys(thresholds).length > 0) config.klarsprog = { ...config.klarsprog, ...thresholds };
}
