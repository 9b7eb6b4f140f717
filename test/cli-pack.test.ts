import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLES_DIR, ROOT } from './helpers/fixtures';

/** npm as the test runs it; without network access: the tarball must need nothing from the registry. */
function npm(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  return spawnSync('npm', [...args, '--offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8', env: { ...process.env, npm_config_prefix: undefined } });
}

describe('the command line without the repository (npm pack → npm install -g)', function () {
  this.timeout(120_000); // npm pack and install: a hang guard
  let scratch: string;

  before(() => {
    scratch = mkdtempSync(join(tmpdir(), 'afgoerelsestjek-pack-'));
  });

  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('installs from the tarball on a clean prefix and checks letters and makes a report outside the repository', () => {
    const packed = npm(['pack', '--pack-destination', scratch], ROOT);
    assert.equal(packed.status, 0, packed.stderr);
    const tarball = readdirSync(scratch).find((name) => /^afgoerelsestjek-.*\.tgz$/.test(name));
    assert.ok(tarball, 'npm pack wrote no tarball');
    const prefix = join(scratch, 'prefix');
    const installed = npm(['install', '-g', '--prefix', prefix, join(scratch, tarball)], scratch);
    assert.equal(installed.status, 0, installed.stderr);
    const bin = join(prefix, 'bin', 'afgoerelsestjek');
    assert.ok(existsSync(bin), 'no afgoerelsestjek on the prefix\'s PATH');
    assert.equal(existsSync(join(prefix, 'lib', 'node_modules', 'afgoerelsestjek', 'node_modules')), false, 'the installed command line pulled in dependencies');

    const letters = join(scratch, 'breve');
    mkdirSync(letters);
    for (const name of readdirSync(EXAMPLES_DIR).filter((n) => n.endsWith('.md'))) copyFileSync(join(EXAMPLES_DIR, name), join(letters, name));
    const checked = spawnSync(bin, ['breve'], { cwd: scratch, encoding: 'utf8' });
    assert.equal(checked.status, 1, checked.stderr); // the defective examples have errors
    assert.match(checked.stdout, /breve\/mangelfuld-[^:]+\.md:\d+:\d+ error .+\[hjemmel\]/);
    const report = spawnSync(bin, ['report', 'breve', '--html', 'rapport.html'], { cwd: scratch, encoding: 'utf8' });
    assert.equal(report.status, 0, report.stderr);
    assert.ok(existsSync(join(scratch, 'rapport.html')));
  });
});
