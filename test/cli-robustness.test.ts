import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { Dirent, copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliIo, jobsFor, main } from '../server/src/cli';
import { MAX_LETTER_BYTES, readLetterFile } from '../server/src/files';
import { forgetConfigFiles, resolveConfig } from '../server/src/configFile';
import { checkDocument } from '../server/src/core';
import { MdNode, parseMarkdown } from '../server/src/core/markdown';
import { buildReport, renderMarkdown, summariseLetter } from '../server/src/report';
import { EXAMPLES_DIR, ROOT } from './helpers/fixtures';
import { LspSession } from './helpers/lsp';
import { pathToFileURL } from 'node:url';
import { asText } from './helpers/cli';
import { generateLetter, randomSource } from './helpers/generate';

/** Issue #14 items 4-6 and 8 (the CLI's part): special files, UTF-16, --jobs, unreadable folders, report paths, --locale, --stdin. */

const DEFECTIVE = join(EXAMPLES_DIR, 'mangelfuld-nedsaettelse-praktisk-hjaelp-sel-83.md');

function cli(argv: string[], io: CliIo = {}): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(argv, (output) => { out += asText(output); }, (text) => { err += text; }, io);
  return { code, out, err };
}

/** The findings lines of the text output: what a letter's check gave, whatever the file was called. */
const findingLines = (out: string): string[] => out.split('\n').filter((line) => /:\d+:\d+ /.test(line)).map((line) => line.slice(line.indexOf(':')));

describe('CLI robustness (issue #14)', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'afg-robust-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('/dev/zero: a clear message and exit 2, no endless read', () => {
    const { code, err } = cli(['/dev/zero']);
    assert.equal(code, 2);
    assert.match(err, /\/dev\/zero: læses ikke, det er ikke en almindelig fil/);
  });

  it('a symlink to /dev/zero, named or in a folder: a message, no endless read', () => {
    const link = join(dir, 'nul.md');
    symlinkSync('/dev/zero', link);
    const named = cli([link]);
    assert.equal(named.code, 2);
    assert.match(named.err, /nul\.md: læses ikke/);
    assert.equal(cli([dir]).code, 0);
  });

  it('a FIFO named x.md: a message, no hang (named, in a folder, and in the reader the server uses)', function () {
    const fifo = join(dir, 'x.md');
    if (spawnSync('mkfifo', [fifo]).status !== 0) this.skip();
    const named = cli([fifo]);
    assert.equal(named.code, 2);
    assert.match(named.err, /x\.md: læses ikke, det er ikke en almindelig fil/);
    assert.equal(cli([dir]).code, 0);
    assert.deepEqual(readLetterFile(fifo), { refused: { reason: 'notRegular' } });
  });

  it('the size is checked before reading', () => {
    const big = join(dir, 'stor.md');
    writeFileSync(big, 'x');
    assert.deepEqual(readLetterFile(big, 0), { refused: { reason: 'tooLarge', bytes: 1 } });
  });

  for (const [name, encode] of [
    ['UTF-16 LE', (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['UTF-16 BE', (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])],
  ] as const) {
    it(`${name} letters with a BOM are decoded and checked like their UTF-8 text`, () => {
      const utf8 = cli([DEFECTIVE]);
      const file = join(dir, 'brev.md');
      writeFileSync(file, encode(readFileSync(DEFECTIVE, 'utf8')));
      const utf16 = cli([file]);
      assert.equal(utf16.code, utf8.code);
      assert.ok(findingLines(utf8.out).length > 3);
      assert.deepEqual(findingLines(utf16.out), findingLines(utf8.out));
    });
  }

  it('--jobs is capped at the core count, and says so; by default one worker per core beyond the first', () => {
    let err = '';
    assert.equal(jobsFor({ jobs: 256, locale: 'da', quiet: false }, 4, (text) => { err += text; }), 4);
    assert.match(err, /--jobs 256 er sat ned til 4/);
    err = '';
    assert.equal(jobsFor({ jobs: 3, locale: 'da', quiet: false }, 4, (text) => { err += text; }), 3);
    assert.equal(jobsFor({ locale: 'da', quiet: false }, 4, (text) => { err += text; }), 3, 'one per core beyond the first');
    assert.equal(jobsFor({ locale: 'da', quiet: false }, 2, (text) => { err += text; }), 1);
    assert.equal(jobsFor({ locale: 'da', quiet: false }, 1, (text) => { err += text; }), 1);
    assert.equal(err, '');
  });

  it('--jobs 100000 on a folder (the real process, with worker processes): capped with a message, every letter checked', () => {
    for (const name of readdirSync(EXAMPLES_DIR).slice(0, 6)) copyFileSync(join(EXAMPLES_DIR, name), join(dir, name));
    const result = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), '--jobs', '100000', dir], { encoding: 'utf8', timeout: 60_000 });
    assert.match(result.stderr, /--jobs 100000 er sat ned til \d+/);
    const inThisThread = cli([dir]);
    assert.equal(result.status, inThisThread.code);
    assert.deepEqual(findingLines(result.stdout), findingLines(inThisThread.out));
  });

  it('a letter of the largest size read is checked in a worker process, under its heap limit, like in this thread', function () {
    this.timeout(120_000);
    const pages: string[] = [];
    for (let i = 0, length = 0; length < MAX_LETTER_BYTES * 0.95; i++) {
      pages.push(generateLetter(randomSource(i), 10));
      length += Buffer.byteLength(pages[pages.length - 1]) + 2;
    }
    const text = pages.join('\n\n');
    assert.ok(Buffer.byteLength(text) <= MAX_LETTER_BYTES);
    writeFileSync(join(dir, 'stor.md'), text);
    copyFileSync(DEFECTIVE, join(dir, 'lille.md'));
    const result = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), '--jobs', '2', '--quiet', dir], { encoding: 'utf8', timeout: 110_000 });
    assert.equal(result.stderr, '');
    assert.equal(result.status, 1);
    const shown = result.stdout.split('\n').filter((line) => /stor\.md:\d+:\d+ /.test(line));
    assert.equal(shown.length, checkDocument(text, { fileName: join(dir, 'stor.md') }).findings.length);
  });

  it('an unreadable subfolder is named, and its sibling folders are still checked', () => {
    for (const folder of ['a', 'b', 'c']) {
      mkdirSync(join(dir, folder));
      copyFileSync(DEFECTIVE, join(dir, folder, 'brev.afg.md'));
    }
    const denied = join(dir, 'b');
    const readFolder = (folder: string): Dirent[] => {
      if (folder === denied) throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
      return readdirSync(folder, { withFileTypes: true });
    };
    const { code, out, err } = cli([dir], { readFolder });
    assert.equal(code, 2);
    assert.match(err, /\bb: mappen kan ikke læses \(EACCES\)/);
    assert.doesNotMatch(err, new RegExp(`${dir}:`));
    const files = new Set(out.split('\n').filter((line) => /:\d+:\d+ /.test(line)).map((line) => line.split(':')[0]));
    assert.deepEqual([...files].map((file) => file.split(/[\\/]/).slice(-2).join('/')).sort(), ['a/brev.afg.md', 'c/brev.afg.md']);
  });

  it('report: an unwritable output path is named before any letter is checked', () => {
    copyFileSync(DEFECTIVE, join(dir, 'brev.afg.md'));
    const target = join(dir, 'ingen-mappe', 'rapport.html');
    let listed = 0;
    const readFolder = (folder: string): Dirent[] => {
      listed++;
      return readdirSync(folder, { withFileTypes: true });
    };
    const { code, err } = cli(['report', dir, '--html', target], { readFolder });
    assert.equal(code, 2);
    assert.ok(err.includes(target), err);
    assert.equal(listed, 0, 'no folder was walked');
    assert.match(cli(['report', dir, '--md', dir]).err, /EISDIR/);
  });

  it('stderr honours --locale en', () => {
    assert.match(cli(['--locale', 'en', join(dir, 'findes-ikke.md')]).err, /does not exist or cannot be read/);
    assert.match(cli(['--locale=en', '--jobz']).err, /^Unknown option: --jobz/);
    assert.match(cli(['--locale', 'en', '/dev/zero']).err, /not a regular file/);
    assert.match(cli([join(dir, 'findes-ikke.md')]).err, /findes ikke/);
  });

  it('--stdin: binary input and input over the size limit get a message and exit 2', () => {
    const binary = cli(['--stdin'], { readStdin: () => Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]) });
    assert.equal(binary.code, 2);
    assert.match(binary.err, /<stdin>: springes over, det er ikke en tekstfil/);
    const huge = cli(['--stdin'], { readStdin: () => Buffer.alloc(6 * 1024 * 1024, 0x61) });
    assert.equal(huge.code, 2);
    assert.match(huge.err, /for stor/);
    const letter = cli(['--stdin'], { readStdin: () => readFileSync(DEFECTIVE) });
    assert.ok(findingLines(letter.out).length > 3);
  });

  it('--stdin from /dev/zero through the real process: stops at the limit with a message', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), '--stdin'], { input: '', encoding: 'utf8', timeout: 30_000 });
    assert.equal(result.status, 0, 'empty input is a (non-)letter, not an error');
    const zero = spawnSync('sh', ['-c', `"${process.execPath}" "${join(ROOT, 'dist', 'cli.js')}" --stdin < /dev/zero`], { encoding: 'utf8', timeout: 30_000 });
    assert.equal(zero.status, 2, zero.stderr);
    assert.match(zero.stderr, /for stor/);
  });

  it('the Markdown report keeps a file name literal: no link, HTML, emphasis or table cell break from it', () => {
    const name = '<img src=x onerror=alert(1)> *[klik](https://x.invalid)* `a`|b_c_ ~~d~~ \\.md';
    const { findings, letter } = checkDocument(readFileSync(DEFECTIVE, 'utf8'), { force: true });
    const markdown = renderMarkdown(buildReport([summariseLetter(name, letter, findings)]));
    const row = markdown.split('\n').find((line) => line.includes('onerror'))!;
    // remark-parse has no tables: the row is one paragraph, whose text must hold the name as written.
    const paragraph = parseMarkdown(row.slice(2, row.indexOf(' | ', 2))).children![0];
    const kinds = new Set<string>();
    const text = (node: MdNode): string => {
      kinds.add(node.type);
      return node.value ?? (node.children ?? []).map(text).join('');
    };
    assert.equal(text(paragraph), name);
    assert.deepEqual([...kinds].sort(), ['paragraph', 'text']);
  });

  it('the server\'s "check every letter": a FIFO named x.md and a symlink to /dev/zero are passed over, a UTF-16 letter is checked', async function () {
    const fifo = join(dir, 'x.md');
    if (spawnSync('mkfifo', [fifo]).status !== 0) this.skip();
    symlinkSync('/dev/zero', join(dir, 'nul.md'));
    writeFileSync(join(dir, 'brev.afg.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(DEFECTIVE, 'utf8'), 'utf16le')]));
    const session = new LspSession();
    try {
      await session.initialize();
      const uris = ['x.md', 'nul.md', 'brev.afg.md'].map((name) => pathToFileURL(join(dir, name)).toString());
      const result = await session.connection.sendRequest<{ letters: number; findings: number }>('afgoerelsestjek/checkFiles', { uris });
      assert.equal(result.letters, 1);
      assert.ok(result.findings > 3);
    } finally {
      session.dispose();
    }
  });

  it('a settings file that is a symlink to another file: the error names the place, never the target\'s content', () => {
    const secret = join(dir, 'hemmelig.txt');
    writeFileSync(secret, 'root:HEMMELIGT-INDHOLD:0:0\n');
    const link = join(dir, '.afgoerelsestjek.json');
    symlinkSync(secret, link);
    forgetConfigFiles();
    const { problems } = resolveConfig({ explicitFile: link });
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /ugyldig JSON/);
    assert.doesNotMatch(problems[0].message, /HEMMELIGT|root/);
    const { err } = cli(['--config', link, DEFECTIVE]);
    assert.doesNotMatch(err, /HEMMELIGT|root:/);
  });
});
