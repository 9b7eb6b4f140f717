import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { Dirent, closeSync, copyFileSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { CliIo, jobsFor, main } from '../server/src/cli';
import { MAX_LETTER_BYTES, readLetterFile, readUpTo } from '../server/src/files';
import { decodeLetter, decodeWindows1252, encodeWindows1252 } from '../server/src/letterEncoding';
import { forgetConfigFiles, resolveConfig } from '../server/src/configFile';
import { checkDocument } from '../server/src/core';
import { MdNode, parseMarkdown } from '../server/src/core/markdown';
import { buildReport, renderMarkdown, summariseLetter } from '../server/src/report';
import { EXAMPLES_DIR, FIXTURE_DIR, ROOT } from './helpers/fixtures';
import { LspSession } from './helpers/lsp';
import { pathToFileURL } from 'node:url';
import { asText, asWindows1252 } from './helpers/cli';
import { generateLetter, randomSource } from './helpers/generate';

/** Issue #14 items 4-6 and 8 (the CLI's part): special files, UTF-16, --jobs, unreadable folders, report paths, --locale, --stdin. */

const DEFECTIVE = join(EXAMPLES_DIR, 'mangelfuld-nedsaettelse-praktisk-hjaelp-sel-83.md');
/**
 * A letter as Windows tools save it: "§", "æøå", Windows' own quotes and dash (0x84, 0x93, 0x96), and an appeal body
 * that no longer exists, "Det Sociale Nævn", which a garbled "æ" would hide.
 */
const WINDOWS_LETTER = readFileSync(join(FIXTURE_DIR, 'klageinstans-foraeldet-det-sociale-naevn.md'), 'utf8')
  .replace(/\n/, '\nDu søgte om et „ekstra“ sengegreb – det har du fået svar på her.\n');

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

  it('a file read whole, whatever size it had when asked: the same size, grown since, or shrunk since', () => {
    const file = join(dir, 'vokser.md');
    const text = 'Afgørelse. '.repeat(20_000);
    writeFileSync(file, text);
    const size = Buffer.byteLength(text);
    for (const expected of [size + 1, size, 10, 1, size * 2]) {
      const fd = openSync(file, 'r');
      try {
        assert.equal(readUpTo(fd, MAX_LETTER_BYTES + 1, expected).toString('utf8'), text, `expected ${expected}`);
      } finally {
        closeSync(fd);
      }
    }
    const fd = openSync(file, 'r');
    try {
      assert.equal(readUpTo(fd, 100, size + 1).length, 100, 'no more than the limit');
    } finally {
      closeSync(fd);
    }
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

  it('a Windows-1252 letter (§, æøå, „“, –, Det Sociale Nævn) is checked like its UTF-8 twin; stderr says once how it was read, in Danish and in English', () => {
    const twin = join(dir, 'utf8.md');
    const windows = join(dir, 'windows.md');
    writeFileSync(twin, WINDOWS_LETTER);
    writeFileSync(windows, asWindows1252(WINDOWS_LETTER));
    const utf8 = cli([twin]);
    assert.ok(findingLines(utf8.out).some((line) => line.endsWith('[klageinstans-foraeldet]')), 'the twin has the outdated appeal body');
    assert.doesNotMatch(utf8.err, /Windows-1252/);
    assert.deepEqual(readLetterFile(windows), { text: WINDOWS_LETTER, encoding: 'windows-1252', bytes: asWindows1252(WINDOWS_LETTER) });
    const read = cli([windows]);
    assert.equal(read.code, utf8.code);
    assert.deepEqual(findingLines(read.out), findingLines(utf8.out));
    assert.doesNotMatch(read.out, /\uFFFD/);
    assert.deepEqual(read.err.split('\n').filter((line) => /Windows-1252/.test(line)), [`${relative(process.cwd(), windows)}: læst som Windows-1252 (ikke UTF-8). Gem brevet som UTF-8.`]);
    assert.match(cli(['--locale', 'en', '--quiet', windows]).err, /windows\.md: read as Windows-1252 \(not UTF-8\)\. Save the letter as UTF-8\.\n/);
    const stdin = cli(['--stdin'], { readStdin: () => asWindows1252(WINDOWS_LETTER) });
    assert.deepEqual(findingLines(stdin.out), findingLines(utf8.out));
    assert.match(stdin.err, /^<stdin>: læst som Windows-1252 \(ikke UTF-8\)\./m);
  });

  it('a folder run checks a Windows-1252 letter instead of skipping it as "not a decision"', () => {
    writeFileSync(join(dir, 'brev.md'), asWindows1252(WINDOWS_LETTER));
    const { out, err } = cli([dir]);
    assert.doesNotMatch(err, /springes over/);
    assert.match(err, /brev\.md: læst som Windows-1252/);
    assert.ok(findingLines(out).some((line) => line.endsWith('[klageinstans-foraeldet]')), out);
    assert.match(out, /1 afgørelse tjekket/);
    writeFileSync(join(dir, 'andet.md'), asWindows1252(WINDOWS_LETTER));
    const workers = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), '--jobs', '2', '--locale', 'en', dir], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(workers.stderr.match(/\.md: read as Windows-1252 \(not UTF-8\)\. Save the letter as UTF-8\.\n/g)?.length, 2, `in worker processes too: ${workers.stderr}`);
    assert.match(workers.stdout, /2 letters checked|2 afgørelser/);
  });

  it('valid UTF-8 with æøå and § stays UTF-8, unchanged and with no note; so does pure ASCII, and a file with a UTF-8 BOM', () => {
    const bytes = Buffer.from(WINDOWS_LETTER, 'utf8');
    assert.deepEqual(decodeLetter(bytes), { text: WINDOWS_LETTER, encoding: 'utf-8' });
    assert.deepEqual(decodeLetter(Buffer.from('Afgoerelse', 'ascii')), { text: 'Afgoerelse', encoding: 'utf-8' });
    // A UTF-8 BOM says UTF-8 even before a wrong byte: that byte is U+FFFD, and --fix leaves such a file alone (cli-fix.test.ts).
    assert.deepEqual(decodeLetter(Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0xe6])), { text: 'A\uFFFD', encoding: 'utf-8' });
    const file = join(dir, 'brev.md');
    writeFileSync(file, bytes);
    assert.deepEqual(readLetterFile(file), { text: WINDOWS_LETTER, encoding: 'utf-8', bytes });
    assert.doesNotMatch(cli([file]).err, /Windows-1252/);
  });

  it('UTF-8 with one stray byte that is not UTF-8 is read as Windows-1252 as a whole, and the note says so', () => {
    // The choice: one wrong byte means the file was not saved as UTF-8 (or was pasted together); its UTF-8 letters
    // then read as two characters each, and the note tells the user to save the letter as UTF-8.
    const bytes = Buffer.concat([Buffer.from('Afgørelse § 1', 'utf8'), Buffer.from([0xe6])]);
    assert.deepEqual(decodeLetter(bytes), { text: 'AfgÃ¸relse Â§ 1æ', encoding: 'windows-1252' });
    const file = join(dir, 'blandet.md');
    writeFileSync(file, Buffer.concat([Buffer.from(WINDOWS_LETTER, 'utf8'), Buffer.from('\nSendt fra min PC \xe6\n', 'latin1')]));
    assert.match(cli([file]).err, /blandet\.md: læst som Windows-1252 \(ikke UTF-8\)/);
  });

  it('Windows-1252: every byte is one character and back; 0x80-0x9F are Windows\' characters (€, „, “, –), not Latin-1\'s controls; NUL is still binary', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = decodeWindows1252(all);
    assert.equal(text.length, 256);
    assert.deepEqual(encodeWindows1252(text), all);
    assert.equal(decodeWindows1252(Uint8Array.of(0x80, 0x84, 0x93, 0x94, 0x96, 0xa7, 0xe6, 0xf8, 0xe5)), '€„“”–§æøå');
    assert.deepEqual(decodeWindows1252(asWindows1252(WINDOWS_LETTER)), WINDOWS_LETTER);
    assert.equal(encodeWindows1252('→'), undefined);
    assert.equal(encodeWindows1252('\u0080'), undefined, 'U+0080 has no byte: 0x80 is €');
    assert.deepEqual(decodeLetter(Buffer.from([0x41, 0x00, 0xe6])), { refused: { reason: 'binary' } });
  });

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

  it('the server\'s "check every letter" reads a Windows-1252 letter as the CLI does: the findings of its UTF-8 twin', async () => {
    writeFileSync(join(dir, 'utf8.afg.md'), WINDOWS_LETTER);
    writeFileSync(join(dir, 'windows.afg.md'), asWindows1252(WINDOWS_LETTER));
    const session = new LspSession();
    try {
      await session.initialize();
      const check = async (name: string): Promise<Array<string | number | undefined>> => {
        const uri = pathToFileURL(join(dir, name)).toString();
        const published = session.waitFor((p) => p.uri === uri);
        const counts = await session.connection.sendRequest<{ letters: number; findings: number }>('afgoerelsestjek/checkFiles', { uris: [uri] });
        assert.equal(counts.letters, 1);
        return (await published).diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character} ${d.message}`);
      };
      const twin = await check('utf8.afg.md');
      assert.ok(twin.some((line) => String(line).startsWith('klageinstans-foraeldet ')), twin.join('\n'));
      assert.deepEqual(await check('windows.afg.md'), twin);
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
