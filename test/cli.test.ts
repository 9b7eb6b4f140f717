import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLES_DIR, FIXTURE_DIR, ROOT } from './helpers/fixtures';

const GOOD = join(EXAMPLES_DIR, 'god-afslag-hjaelpemiddel-sel-112.md');
const DEFECTIVE = join(EXAMPLES_DIR, 'mangelfuld-nedsaettelse-praktisk-hjaelp-sel-83.md');

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A folder like a case worker's: the fixtures, the examples in afgoerelser/, a broken settings file, a non-letter and a binary file. */
function letterFolder(folder: string): string {
  const root = join(folder, 'sager');
  mkdirSync(join(root, 'afgoerelser'), { recursive: true });
  mkdirSync(join(root, 'fixtures'));
  for (const name of readdirSync(FIXTURE_DIR).filter((n) => n.endsWith('.md'))) copyFileSync(join(FIXTURE_DIR, name), join(root, 'fixtures', name));
  for (const name of readdirSync(EXAMPLES_DIR).filter((n) => n.endsWith('.md'))) copyFileSync(join(EXAMPLES_DIR, name), join(root, 'afgoerelser', name));
  writeFileSync(join(root, 'fixtures', '.afgoerelsestjek.json'), JSON.stringify({ rules: { hjemmel: 'loud' }, klarsprog: { maxLix: 5 } }));
  writeFileSync(join(root, 'noter.md'), '# Møde\n\nVi talte om kvalitetsstandarden.\n');
  writeFileSync(join(root, 'billede.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  return root;
}

describe('command line (dist/cli.js)', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'afgoerelsestjek-cli-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('prints findings like a compiler and exits 1 when there is an error', () => {
    const { status, stdout } = run(DEFECTIVE);
    assert.equal(status, 1);
    const lines = stdout.split('\n').filter((l) => l.startsWith('examples/'));
    assert.equal(lines.length, 5);
    assert.match(lines[0], /^examples\/mangelfuld-nedsaettelse-praktisk-hjaelp-sel-83\.md:13:4 error Afgørelsen henviser ikke til de retsregler.* \[hjemmel\]$/);
    assert.match(stdout, /1 afgørelse tjekket/);
  });

  it('runs as a program, the way npx afgoerelsestjek starts it (the build makes it executable)', () => {
    const result = spawnSync(join(ROOT, 'dist', 'cli.js'), [GOOD], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    assert.equal(result.error, undefined);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /1 afgørelse tjekket/);
  });

  it('exits 0 on a good letter', () => {
    const { status, stdout } = run(GOOD);
    assert.equal(status, 0);
    assert.match(stdout, /Afgørelser med mindst ét fund: 0 af 1/);
  });

  it('writes JSON with zero-based positions', () => {
    const { status, stdout } = run('--format', 'json', DEFECTIVE, GOOD);
    assert.equal(status, 1);
    const parsed = JSON.parse(stdout) as Array<{ file: string; diagnostics: Array<{ ruleId: string; severity: string; message: string; range: { start: { line: number; character: number } } }> }>;
    assert.deepEqual(parsed.map((f) => f.file), ['examples/mangelfuld-nedsaettelse-praktisk-hjaelp-sel-83.md', 'examples/god-afslag-hjaelpemiddel-sel-112.md']);
    const hjemmel = parsed[0].diagnostics.find((d) => d.ruleId === 'hjemmel')!;
    assert.deepEqual(hjemmel.range.start, { line: 12, character: 3 });
    assert.equal(hjemmel.severity, 'error');
    assert.deepEqual(parsed[1].diagnostics, []);
  });

  it('walks folders for letters by the same detection as the editor and reports defect rates', () => {
    copyFileSync(DEFECTIVE, join(folder, 'brev1.md'));
    copyFileSync(GOOD, join(folder, 'brev2.md'));
    writeFileSync(join(folder, 'README.md'), '# Noter\n\nHusk at tjekke § 83 i serviceloven.\n');
    writeFileSync(join(folder, 'billede.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const { status, stdout, stderr } = run(folder);
    assert.equal(status, 1);
    assert.match(stdout, /2 afgørelser tjekket, 2 andre Markdown-filer sprunget over/);
    assert.match(stdout, /Afgørelser med mindst ét fund: 1 af 2 \(50 %\)/);
    assert.match(stdout, /klagevejledning\s+1 \(50 %\)/);
    assert.match(stderr, /billede\.md: springes over, det er ikke en tekstfil/);
    assert.doesNotMatch(stdout, /README/);
  });

  it('checks the other files and exits 2 when one cannot be read', () => {
    const { status, stdout, stderr } = run(join(folder, 'findes-ikke.md'), GOOD);
    assert.equal(status, 2);
    assert.match(stderr, /findes-ikke\.md: findes ikke/);
    assert.match(stdout, /1 afgørelse tjekket/);
  });

  it('exits 2 with usage on a bad option, and prints help', () => {
    const bad = run('--format', 'xml', GOOD);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /Ukendt format: xml/);
    assert.equal(run().status, 2);
    const help = run('--help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Brug: afgoerelsestjek/);
    // Only --locale chooses the language: an English LANG (common on Danish machines) does not.
    const withEnglishLang = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), '--help'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' } });
    assert.match(withEnglishLang.stdout, /^Brug: afgoerelsestjek/);
    assert.match(run('--help', '--locale', 'en').stdout, /^Usage: afgoerelsestjek/);
  });

  it('checks a file named on the command line even when it does not look like a letter; a folder walk skips it and says how to include it', () => {
    const notes = join(folder, 'noter', 'noter.md');
    mkdirSync(join(folder, 'noter'));
    writeFileSync(notes, '# Møde\n\nVi talte om kvalitetsstandarden.\n');
    const named = run('--format', 'json', notes);
    assert.equal(named.status, 1);
    assert.ok((JSON.parse(named.stdout) as Array<{ diagnostics: unknown[] }>)[0].diagnostics.length > 0, 'the named file is checked');
    const walked = run(join(folder, 'noter'));
    assert.equal(walked.status, 0);
    assert.match(walked.stderr, /noter\.md: springes over, den ligner ikke en afgørelse\. Tjek den med --all eller med »dokument: afgørelse« i front matter\./);
    assert.match(walked.stdout, /0 afgørelser tjekket, 1 andre Markdown-filer sprunget over/);
  });

  it('skips a named file that says it is another kind of document, and names it', () => {
    const note = join(folder, 'notat.md');
    writeFileSync(note, 'JOURNALNOTAT\n\nSagsnr.: 27.12.04-G01-12-25\n\nBorger ønsker hjælp til indkøb. Foreløbig vurdering: afslag.\n');
    const { status, stderr } = run(note);
    assert.equal(status, 0);
    assert.match(stderr, /notat\.md: springes over, den siger selv, at den ikke er en kommunes afgørelse/);
  });

  it('is silent on an empty file, unless --all asks', () => {
    writeFileSync(join(folder, 'tom.md'), '');
    assert.equal(run(join(folder, 'tom.md')).status, 0);
    const forced = run('--all', '--format', 'json', join(folder, 'tom.md'));
    assert.equal(forced.status, 0);
    const [only, ...rest] = JSON.parse(forced.stdout) as Array<{ file: string; diagnostics: unknown[] }>;
    assert.deepEqual(rest, []);
    assert.match(only.file, /tom\.md$/);
    assert.deepEqual(only.diagnostics, []);
  });

  describe('worker processes (--jobs)', function () {
    this.timeout(120_000);

    it('--jobs 2 writes the same as --jobs 1, byte for byte: text, json, sarif, report, and stderr with progress', () => {
      const root = letterFolder(folder);
      const letters = readdirSync(join(root, 'fixtures')).length + readdirSync(join(root, 'afgoerelser')).length;
      assert.ok(letters > 40, 'enough files for progress and for both workers');
      for (const args of [[root], ['--format', 'json', root], ['--format', 'sarif', root], ['--locale', 'en', '--rule', 'klarsprog=off', root], ['report', root]]) {
        const one = run('--jobs', '1', ...args);
        const two = run('--jobs', '2', ...args);
        assert.ok(one.stdout.length > 1000, `${args.join(' ')}: output`);
        assert.equal(two.stdout, one.stdout, `${args.join(' ')}: stdout`);
        assert.equal(two.stderr, one.stderr, `${args.join(' ')}: stderr`);
        assert.equal(two.status, one.status, `${args.join(' ')}: exit code`);
      }
      const { stderr, status } = run('--jobs', '2', root);
      assert.equal(status, 1);
      assert.match(stderr, /^Tjekket \d+\/\d+$/m, 'progress on stderr');
      assert.match(stderr, /billede\.md: springes over, det er ikke en tekstfil/);
      assert.equal(stderr.match(/Reglen »hjemmel« har ugyldig alvorlighed/g)?.length, 1, 'a settings file is reported once');
    });

    it('--quiet with workers: findings only, no progress or summary', () => {
      const root = letterFolder(folder);
      const { stdout, stderr } = run('--jobs', '2', '--quiet', root);
      assert.doesNotMatch(stderr, /Tjekket/);
      assert.doesNotMatch(stdout, /afgørelser tjekket/);
      assert.match(stdout, /\[hjemmel\]$/m);
    });

    it('the report files are the same with workers', () => {
      const root = letterFolder(folder);
      const outputs = [1, 2].map((jobs) => {
        const md = join(folder, `rapport-${jobs}.md`);
        assert.equal(run('report', '--jobs', String(jobs), '--md', md, root).status, 0);
        return readFileSync(md, 'utf8');
      });
      assert.equal(outputs[1], outputs[0]);
    });

    it('rejects --jobs 0 and --jobs x', () => {
      for (const value of ['0', 'x', '-1']) {
        const { status, stderr } = run('--jobs', value, GOOD);
        assert.equal(status, 2);
        assert.match(stderr, /--jobs skal være et helt tal på mindst 1/);
      }
    });
  });

  describe('a reader that stops reading', function () {
    this.timeout(120_000);
    const LETTERS = 300;

    /** A folder of copies of one letter: with findings, output comes from the first file on. */
    function manyLetters(letter = DEFECTIVE): string {
      for (let i = 0; i < LETTERS; i++) copyFileSync(letter, join(folder, `brev-${String(i).padStart(3, '0')}.md`));
      return folder;
    }

    /** Runs the CLI and closes its `closed` stream at the first output there; the other is collected. */
    function closingEarly(closed: 'stdout' | 'stderr', ...args: string[]): Promise<{ code: number | null; kept: string }> {
      return new Promise((resolveRun, reject) => {
        const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], { cwd: ROOT });
        const keptStream = closed === 'stdout' ? child.stderr : child.stdout;
        let kept = '';
        keptStream.setEncoding('utf8').on('data', (text: string) => (kept += text));
        child[closed].once('data', () => child[closed].destroy());
        child.on('error', reject);
        child.on('close', (code) => resolveRun({ code, kept }));
      });
    }

    for (const jobs of ['1', '2']) {
      it(`--jobs ${jobs}: closing the output (| head) ends the run quietly, before the last letter, with exit code 0`, async () => {
        const { code, kept: stderr } = await closingEarly('stdout', '--jobs', jobs, manyLetters());
        assert.equal(code, 0);
        assert.doesNotMatch(stderr, /Error|EPIPE|at /, 'no stack trace');
        assert.doesNotMatch(stderr, new RegExp(`Tjekket ${LETTERS}/${LETTERS}`), 'stopped early');
      });
    }

    it('an output that cannot be written (a full disk) is a clear message and exit code 2, not a stack trace', function () {
      if (!existsSync('/dev/full')) this.skip();
      const full = openSync('/dev/full', 'w');
      try {
        const result = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), DEFECTIVE], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', full, 'pipe'], timeout: 60_000 });
        assert.equal(result.status, 2);
        assert.equal(result.stderr, 'afgoerelsestjek: stdout: ENOSPC\n');
      } finally {
        closeSync(full);
      }
    });

    it('closing standard error only loses its messages: the output is whole and the exit code that of the findings', async () => {
      // Good letters: exit code 0, which a crash on the closed standard error would turn into 1.
      const root = manyLetters(GOOD);
      const { code, kept: stdout } = await closingEarly('stderr', root);
      assert.equal(code, 0);
      assert.equal(stdout, run(root).stdout);
      assert.match(stdout, new RegExp(`^${LETTERS} afgørelser tjekket`));
    });
  });
});
