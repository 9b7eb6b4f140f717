import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * A fixture is a letter with its expected findings written where they occur,
 * as an HTML comment at the end of the line a finding starts on:
 *
 *     ## Begrundelse <!-- forvent: hjemmel -->
 *     Du kan klage til Ankestyrelsen. <!-- forvent: klagevejledning, klagevejledning -->
 *
 * HTML comments are invisible when the letter is rendered and ignored by the
 * checker, so a jurist reads the fixture as the letter it is.
 */
export interface Expectation {
  /** Zero-based line. */
  line: number;
  ruleId: string;
}

const MARKER = /<!--\s*forvent:\s*([^>]*?)\s*-->/g;

export function expectationsOf(text: string): Expectation[] {
  const expectations: Expectation[] = [];
  text.split('\n').forEach((line, index) => {
    MARKER.lastIndex = 0;
    for (let m = MARKER.exec(line); m; m = MARKER.exec(line)) {
      for (const id of m[1].split(',').map((s) => s.trim()).filter(Boolean)) expectations.push({ line: index, ruleId: id });
    }
  });
  return expectations;
}

export function sortExpectations(list: Expectation[]): string[] {
  return list.map((e) => `${e.line + 1}:${e.ruleId}`).sort((a, b) => parseInt(a) - parseInt(b) || a.localeCompare(b));
}

/** The repository root: tests run from bundles in out/test/, so walk up to package.json. */
export const ROOT = ((): string => {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
})();
export const FIXTURE_DIR = join(ROOT, 'test', 'fixtures');
export const EXAMPLES_DIR = join(ROOT, 'examples');

export function markdownFiles(dir: string): Array<{ name: string; text: string }> {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/**
 * What a case worker types into a snippet's «placeholders»: a paragraph number
 * where a number is asked for, a concrete circumstance elsewhere.
 */
export function fillPlaceholders(text: string): string {
  return text.replace(/«nr\.»/g, '83').replace(/«[^«»\n]*»/g, 'du har en varig lungesygdom og ikke selv kan gøre rent');
}
