import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers/fixtures';

/**
 * The JavaScript scripts that no build reads (npm run bench, the build itself): a syntax error in one, such as a
 * backtick left unescaped in bench/run.mjs's report text, would show only when someone runs it.
 */
describe('scripts (scripts/*.mjs, bench/*.mjs)', () => {
  const scripts = ['scripts', 'bench'].flatMap((folder) => readdirSync(join(ROOT, folder)).filter((name) => name.endsWith('.mjs')).map((name) => join(folder, name)));

  it('there are scripts to check', () => assert.ok(scripts.includes(join('bench', 'run.mjs')), scripts.join(', ')));

  for (const script of scripts) {
    it(`${script} parses`, () => {
      const result = spawnSync(process.execPath, ['--check', join(ROOT, script)], { encoding: 'utf8' });
      assert.equal(result.status, 0, result.stderr);
    });
  }
});
