/**
 * A document's settings from the editor's settings and a settings file, the
 * same way in every host. Finding and reading the file is the host's part.
 */
import { Config, ConfigFileProblem, ConfigProblem, configProblem, configProblemText, normaliseConfig, parseConfigJson, shownValue } from '../core';
import { resolveLocale } from '../protocol';
import type { ConfigurationProblem, DocumentConfiguration } from './host';

export const CONFIG_FILE_NAME = '.afgoerelsestjek.json';

/** Settings with the nearest settings file over them, and that file's problems. */
export type ApplyConfigFile = (base: Readonly<Config>) => { config: Config; problems: ConfigFileProblem[] };

export type LogLevel = 'off' | 'error' | 'info' | 'debug';
export const LOG_LEVELS: readonly LogLevel[] = ['off', 'error', 'info', 'debug'];

/** The settings only the editor has: their valid values and the one used instead of an invalid value. */
const EDITOR_ONLY_SETTINGS: ReadonlyArray<{ name: 'enable' | 'locale' | 'logLevel'; values: readonly unknown[]; used: string; key: string; da: string }> = [
  { name: 'enable', values: [true, false], used: 'true', key: 'settingEnable', da: '»afgoerelsestjek.enable« skal være true eller false, ikke {value}; {used} bruges.' },
  { name: 'locale', values: ['da', 'en', 'auto'], used: 'da', key: 'settingLocale', da: '»afgoerelsestjek.locale« skal være da, en eller auto, ikke {value}; {used} bruges.' },
  { name: 'logLevel', values: LOG_LEVELS, used: 'error', key: 'settingLogLevel', da: '»afgoerelsestjek.logLevel« skal være off, error, info eller debug, ikke {value}; {used} bruges.' },
];

/** Editor-only settings with a value that is not one of theirs (null and absent are unset). */
function editorOnlyProblems(fields: Readonly<Record<string, unknown>>): ConfigProblem[] {
  return EDITOR_ONLY_SETTINGS.filter(({ name, values }) => fields[name] !== undefined && fields[name] !== null && !values.includes(fields[name]))
    .map(({ name, used, key, da }) => configProblem(key, da, { value: shownValue(fields[name]), used }));
}

/**
 * The settings for a document: `editorSettings` (the `afgoerelsestjek`
 * section, of unknown shape), with the settings file applied over them;
 * `displayLanguage` decides the locale "auto". Problems come in the
 * document's locale, each naming the setting and what is used instead.
 */
export function documentConfiguration(editorSettings: unknown, displayLanguage: string, applyConfigFile: ApplyConfigFile): DocumentConfiguration {
  const fields = (typeof editorSettings === 'object' && editorSettings !== null ? editorSettings : {}) as Record<string, unknown>;
  const locale = resolveLocale(fields.locale, displayLanguage);
  const editor = normaliseConfig(editorSettings, undefined, { source: 'editor' });
  const { config, problems } = applyConfigFile(editor.config);
  const inLocale = (problem: ConfigProblem & Partial<ConfigFileProblem>): ConfigurationProblem => ({ file: problem.file, fatal: problem.fatal ?? false, message: configProblemText(problem, locale) });
  return {
    config,
    enable: fields.enable !== false,
    locale,
    problems: [...editorOnlyProblems(fields), ...editor.problems, ...problems].map(inLocale),
  };
}

/** The text of a settings file applied over `base`; a file that is not valid JSON is reported and ignored. */
function applyConfigText(base: Readonly<Config>, file: string, text: string): { config: Config; problems: ConfigFileProblem[] } {
  const parsed = parseConfigJson(text);
  if ('problem' in parsed) return { config: normaliseConfig(undefined, base).config, problems: [{ ...parsed.problem, file, fatal: true }] };
  const { config, problems } = normaliseConfig(parsed.raw, base, { source: 'file' });
  return { config, problems: problems.map((problem) => ({ ...problem, file, fatal: false })) };
}

/**
 * Applies the nearest settings file in the folder of `uri` or above it,
 * found by reading candidates through `read` (undefined: no such file). For
 * hosts that know files by URI only, such as a web worker.
 */
export async function configFileByUri(uri: string, read: (uri: string) => Promise<string | undefined>): Promise<ApplyConfigFile> {
  const unchanged: ApplyConfigFile = (base) => ({ config: normaliseConfig(undefined, base).config, problems: [] });
  let folder: URL;
  try {
    folder = new URL('.', uri);
  } catch {
    return unchanged; // untitled: and other schemes without folders
  }
  for (;;) {
    const file = new URL(CONFIG_FILE_NAME, folder).href;
    const text = await read(file);
    if (text !== undefined) return (base) => applyConfigText(base, file, text);
    const parent = new URL('..', folder);
    if (parent.href === folder.href) return unchanged;
    folder = parent;
  }
}
