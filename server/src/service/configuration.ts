/**
 * A document's settings from the editor's settings and a settings file, the
 * same way in every host. Finding and reading the file is the host's part.
 */
import { Config, normaliseConfig } from '../core';
import { resolveLocale } from '../protocol';
import type { ConfigurationProblem, DocumentConfiguration } from './host';

export const CONFIG_FILE_NAME = '.afgoerelsestjek.json';

/** Settings with the nearest settings file over them, and that file's problems. */
export type ApplyConfigFile = (base: Readonly<Config>) => { config: Config; problems: ConfigurationProblem[] };

/**
 * The settings for a document: `editorSettings` (the `afgoerelsestjek`
 * section, of unknown shape), with the settings file applied over them;
 * `displayLanguage` decides the locale "auto".
 */
export function documentConfiguration(editorSettings: unknown, displayLanguage: string, applyConfigFile: ApplyConfigFile): DocumentConfiguration {
  const fields = (typeof editorSettings === 'object' && editorSettings !== null ? editorSettings : {}) as { enable?: unknown; locale?: unknown };
  const editor = normaliseConfig(editorSettings);
  const { config, problems } = applyConfigFile(editor.config);
  return {
    config,
    enable: fields.enable !== false,
    locale: resolveLocale(fields.locale, displayLanguage),
    problems: [...editor.problems.map((problem) => ({ message: problem.message, fatal: false })), ...problems],
  };
}

/** The text of a settings file applied over `base`; a file that is not valid JSON is reported and ignored. */
function applyConfigText(base: Readonly<Config>, file: string, text: string): { config: Config; problems: ConfigurationProblem[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = `ugyldig JSON: ${error instanceof Error ? error.message : ''}; filen ignoreres, og standardindstillingerne bruges`;
    return { config: normaliseConfig(undefined, base).config, problems: [{ file, message, fatal: true }] };
  }
  const { config, problems } = normaliseConfig(raw, base);
  return { config, problems: problems.map((problem) => ({ file, message: problem.message, fatal: false })) };
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
