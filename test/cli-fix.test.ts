import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { applyEdits, checkDocument, noInputEdits } from '../server/src/core';
import { main } from '../server/src/cli';
import { encodeFixed, replaceLetterFile } from '../server/src/files';
import { asWindows1252, runCli } from './helpers/cli';
import { FIXTURE_DIR, ROOT } from './helpers/fixtures';

/** One outdated reference (servicelovens § 42 in a 2025 letter), a warning; its fix needs no input. */
const OUTDATED = readFileSync(join(FIXTURE_DIR, 'foraeldet-henvisning-sel-42-i-brev-fra-2025.md'), 'utf8');
/** An outdated appeal body (an error with a no-input fix), and an unfilled placeholder (an error no fix removes). */
const OLD_APPEAL_BODY = `${readFileSync(join(FIXTURE_DIR, 'klageinstans-foraeldet-det-sociale-naevn.md'), 'utf8')}\nDu får «beløb» kr. om måneden.\n`;

/** OUTDATED with Windows' own characters (0x84, 0x93, 0x96) beside "§" and "æøå", before and after the fix. */
const WINDOWS_OUTDATED = OUTDATED.replace(/\n/, '\nDu søgte om „hjælp“ – og her er svaret.\n').replace(/\n/g, '\r\n');

/** The letter as the editor's Fix All leaves it. */
function fixedByCore(text: string): string {
  return applyEdits(text, noInputEdits(checkDocument(text, { force: true }).findings)).text;
}

describe('CLI --fix (issue #15): the editor\'s no-input fixes, written atomically', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'afgoerelsestjek-fix-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const letter = (name: string, content: string | Buffer, mode = 0o640): string => {
    const path = join(folder, name);
    writeFileSync(path, content);
    chmodSync(path, mode);
    return path;
  };
  const shown = (path: string): string => relative(process.cwd(), path);

  it('the fixtures have a no-input fix that removes their only finding (so these tests mean something)', () => {
    assert.notEqual(fixedByCore(OUTDATED), OUTDATED);
    assert.equal(checkDocument(fixedByCore(OUTDATED), { force: true }).findings.length, 0);
    assert.ok(checkDocument(OUTDATED, { force: true }).findings.length > 0);
  });

  it('fixes LF, CRLF, lone-CR and BOM letters in place, keeping their line ends, BOM and mode; reports the count; a second run changes nothing', () => {
    const variants: Record<string, (text: string) => string> = {
      lf: (text) => text,
      crlf: (text) => text.replace(/\n/g, '\r\n'),
      cr: (text) => text.replace(/\n/g, '\r'),
      bom: (text) => `\uFEFF${text.replace(/\n/g, '\r\n')}`,
    };
    const paths = Object.entries(variants).map(([name, make]) => letter(`${name}.md`, make(OUTDATED), 0o640));
    const { code, out, err } = runCli(['--fix', ...paths]);
    assert.equal(code, 0, `${out}\n${err}`);
    const expected = fixedByCore(OUTDATED);
    for (const [i, [name, make]] of Object.entries(variants).entries()) {
      assert.equal(readFileSync(paths[i], 'utf8'), make(expected), `${name}: the file is not the fixed letter in its own line ends`);
      assert.equal(statSync(paths[i]).mode & 0o777, 0o640, `${name}: mode changed`);
      assert.match(err, new RegExp(`^${shown(paths[i]).replace(/[.\\/]/g, '\\$&')}: 1 rettelse anvendt\\.$`, 'm'));
    }
    assert.match(out, /4 afgørelser tjekket/);
    assert.deepEqual(readdirSync(folder).sort(), ['bom.md', 'cr.md', 'crlf.md', 'lf.md'], 'no temporary file left');

    const again = runCli(['--fix', '--locale', 'en', ...paths]);
    assert.equal(again.code, 0);
    assert.doesNotMatch(again.err, /fix/);
    assert.equal(readFileSync(paths[1], 'utf8'), variants.crlf(expected));
  });

  it('the exit code and the findings shown are those left after fixing', () => {
    const path = letter('klage.md', OLD_APPEAL_BODY);
    const { code, out, err } = runCli(['--fix', '--format', 'json', '--locale', 'en', path]);
    const left = checkDocument(fixedByCore(OLD_APPEAL_BODY), { force: true }).findings;
    assert.deepEqual(left.map((f) => `${f.ruleId} ${f.severity}`), ['pladsholder error'], 'the placeholder is left');
    assert.equal(code, 1);
    assert.deepEqual(JSON.parse(out)[0].diagnostics.map((d: { ruleId: string }) => d.ruleId), left.map((f) => f.ruleId));
    assert.match(err, /klage\.md: 1 fix applied\.\n/);
    assert.equal(readFileSync(path, 'utf8'), fixedByCore(OLD_APPEAL_BODY));
  });

  it('leaves a read-only letter as it is with a clear message, fixes the others, and exits 2', () => {
    const locked = letter('laast.md', OUTDATED, 0o444);
    const open = letter('aaben.md', OUTDATED);
    const { code, err } = runCli(['--fix', locked, open]);
    assert.equal(code, 2);
    assert.match(err, /laast\.md: ikke rettet, filen er skrivebeskyttet\./);
    assert.equal(readFileSync(locked, 'utf8'), OUTDATED);
    assert.equal(statSync(locked).mode & 0o777, 0o444);
    assert.equal(readFileSync(open, 'utf8'), fixedByCore(OUTDATED));
    assert.match(runCli(['--fix', '--locale', 'en', locked]).err, /laast\.md: not fixed, the file is read-only\./);
  });

  it('writes the target of a symlink and keeps the link', () => {
    const target = letter('maal.md', OUTDATED);
    const link = join(folder, 'genvej.md');
    symlinkSync(target, link);
    assert.equal(runCli(['--fix', link]).code, 0);
    assert.ok(lstatSync(link).isSymbolicLink());
    assert.equal(readFileSync(target, 'utf8'), fixedByCore(OUTDATED));
  });

  it('keeps a UTF-16 letter UTF-16 with its byte order mark', () => {
    const path = letter('unicode.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(OUTDATED.replace(/\n/g, '\r\n'), 'utf16le')]));
    assert.equal(runCli(['--fix', path]).code, 0);
    const bytes = readFileSync(path);
    assert.deepEqual([...bytes.subarray(0, 2)], [0xff, 0xfe]);
    assert.equal(bytes.subarray(2).toString('utf16le'), fixedByCore(OUTDATED).replace(/\n/g, '\r\n'));
  });

  it('keeps a Windows-1252 letter Windows-1252: only the fixed span\'s bytes change, and stderr says how it was read', () => {
    const original = asWindows1252(WINDOWS_OUTDATED);
    const path = letter('ansi.md', original);
    const { code, err } = runCli(['--fix', path]);
    assert.equal(code, 0, err);
    assert.match(err, /ansi\.md: læst som Windows-1252 \(ikke UTF-8\)\. Gem brevet som UTF-8\.\n/);
    assert.match(err, /ansi\.md: 1 rettelse anvendt\.\n/);
    const written = readFileSync(path);
    assert.deepEqual(written, asWindows1252(fixedByCore(WINDOWS_OUTDATED)), 'the fixed letter, in Windows-1252');
    // One byte per character: the fix's offsets in the text are its offsets in the file.
    const [edit] = noInputEdits(checkDocument(WINDOWS_OUTDATED, { force: true }).findings);
    const tail = original.length - edit.range.end;
    assert.deepEqual(written.subarray(0, edit.range.start), original.subarray(0, edit.range.start), 'the bytes before the fix');
    assert.deepEqual(written.subarray(written.length - tail), original.subarray(edit.range.end), 'the bytes after the fix');
    assert.deepEqual(written.subarray(edit.range.start, written.length - tail), asWindows1252(edit.text));
    assert.ok(original.subarray(0, edit.range.start).includes(0x96) && original.includes(0xa7) && original.includes(0xe6), 'Windows bytes around the fix');
    assert.equal(runCli(['--fix', '--locale', 'en', path]).err, `${shown(path)}: read as Windows-1252 (not UTF-8). Save the letter as UTF-8.\n`, 'nothing left to fix');
  });

  it('with --stdin prints a Windows-1252 letter fixed, in Windows-1252', () => {
    const written: Buffer[] = [];
    let err = '';
    const code = main(['--fix', '--stdin'], (output) => written.push(Buffer.from(output)), (text) => { err += text; }, { readStdin: () => asWindows1252(WINDOWS_OUTDATED) });
    assert.deepEqual(Buffer.concat(written), asWindows1252(fixedByCore(WINDOWS_OUTDATED)));
    assert.equal(code, 0, err);
    assert.match(err, /^<stdin>: læst som Windows-1252 \(ikke UTF-8\)\. Gem brevet som UTF-8\.\n<stdin>: 1 rettelse anvendt\.\n/);
  });

  it('does not write a fix the file\'s encoding cannot hold: a character Windows-1252 lacks, bytes the reading could not keep (a stray byte after a UTF-8 BOM)', () => {
    const text = WINDOWS_OUTDATED;
    const bytes = asWindows1252(text);
    assert.deepEqual(encodeFixed(fixedByCore(text), { text, bytes, encoding: 'windows-1252' }), asWindows1252(fixedByCore(text)));
    assert.equal(encodeFixed(`${fixedByCore(text)} →`, { text, bytes, encoding: 'windows-1252' }), undefined);
    const lossy = Buffer.concat([Buffer.from(`\uFEFF${OUTDATED}`, 'utf8'), Buffer.from([0xe6, 0x0a])]);
    const path = letter('bom.md', lossy);
    const { code, err } = runCli(['--fix', path]);
    assert.equal(code, 2);
    assert.match(err, /bom\.md: ikke rettet, den rettede tekst kan ikke gemmes uden tab i filens tegnsæt \(UTF-8\)\.\n/);
    assert.deepEqual(readFileSync(path), lossy, 'the file is as it was');
    assert.match(runCli(['--fix', '--locale', 'en', path]).err, /bom\.md: not fixed, the fixed text cannot be saved without loss in the file's encoding \(UTF-8\)\.\n/);
    const written: Buffer[] = [];
    assert.equal(main(['--fix', '--stdin', '--quiet'], (output) => written.push(Buffer.from(output)), () => undefined, { readStdin: () => lossy }), 2);
    assert.deepEqual(Buffer.concat(written), lossy, 'standard output gets the text as it came');
  });

  it('never writes a letter whose bytes changed after they were read, and leaves no temporary file', () => {
    const path = letter('brev.md', OUTDATED);
    const original = readFileSync(path);
    writeFileSync(path, `${OUTDATED}\nEn sætning, en kollega skrev imens.\n`);
    assert.deepEqual(replaceLetterFile(path, original, Buffer.from(fixedByCore(OUTDATED))), { reason: 'changed' });
    assert.equal(readFileSync(path, 'utf8'), `${OUTDATED}\nEn sætning, en kollega skrev imens.\n`);
    assert.deepEqual(readdirSync(folder), ['brev.md']);
    assert.equal(replaceLetterFile(path, readFileSync(path), Buffer.from('ny')), undefined);
    assert.equal(readFileSync(path, 'utf8'), 'ny');
  });

  it('with --stdin prints the fixed text, line ends and BOM kept, and the findings left on stderr', () => {
    const input = `\uFEFF${OLD_APPEAL_BODY.replace(/\n/g, '\r\n')}`;
    const { code, out, err } = runCli(['--fix', '--stdin'], input);
    assert.equal(out, `\uFEFF${fixedByCore(OLD_APPEAL_BODY).replace(/\n/g, '\r\n')}`);
    assert.equal(code, 1, 'an error is left');
    assert.match(err, /<stdin>: 1 rettelse anvendt\.\n/);
    assert.match(err, /<stdin>:\d+:\d+ error /);
    const nothing = runCli(['--fix', '--stdin', '--quiet'], 'Ingen afgørelse her.\r');
    assert.equal(nothing.out, 'Ingen afgørelse her.\r');
  });

  it('with --stdin prints the fixed text in the encoding it came in: UTF-16 stays UTF-16, with its BOM', () => {
    for (const encoding of ['utf-16le', 'utf-16be'] as const) {
      const asLittleEndian = Buffer.from(`\uFEFF${OLD_APPEAL_BODY}`, 'utf16le');
      const input = encoding === 'utf-16le' ? asLittleEndian : Buffer.from(asLittleEndian).swap16();
      const written: Buffer[] = [];
      const code = main(['--fix', '--stdin', '--quiet'], (output) => written.push(Buffer.from(output)), () => undefined, { readStdin: () => input });
      const expected = Buffer.from(`\uFEFF${fixedByCore(OLD_APPEAL_BODY)}`, 'utf16le');
      assert.deepEqual(Buffer.concat(written), encoding === 'utf-16le' ? expected : expected.swap16(), encoding);
      assert.equal(code, 1, 'an error is left');
    }
  });

  it('--fix does not go with report, nor with --format and --stdin', () => {
    assert.match(runCli(['report', '--fix', folder]).err, /^--fix kan ikke bruges med report\./);
    const json = runCli(['--fix', '--stdin', '--format', 'json', '--locale', 'en'], OUTDATED);
    assert.equal(json.code, 2);
    assert.match(json.err, /^--fix with --stdin writes the fixed text; --format cannot be used with them\./);
  });

  it('fixes in worker processes too (dist/cli.js --jobs 2)', () => {
    const paths = ['a', 'b', 'c', 'd'].map((name) => letter(`${name}.md`, OUTDATED.replace(/\n/g, '\r\n')));
    const result = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), '--fix', '--jobs', '2', folder], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(result.status, 0, result.stderr);
    for (const path of paths) assert.equal(readFileSync(path, 'utf8'), fixedByCore(OUTDATED).replace(/\n/g, '\r\n'));
    assert.equal(result.stderr.match(/: 1 rettelse anvendt\./g)?.length, 4);
  });

  for (const jobs of ['1', '2']) {
    it(`--jobs ${jobs}: fixes every letter even when the reader closes the output at its first line (| head)`, async function () {
      this.timeout(120_000);
      const paths = [...Array(200)].map((_, i) => letter(`brev-${String(i).padStart(3, '0')}.md`, OLD_APPEAL_BODY));
      const code = await new Promise<number | null>((resolveRun, reject) => {
        const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli.js'), '--fix', '--jobs', jobs, folder], { stdio: ['ignore', 'pipe', 'ignore'] });
        child.stdout.once('data', () => child.stdout.destroy());
        child.on('error', reject);
        child.on('close', resolveRun);
      });
      assert.equal(code, 1, 'the placeholders are left');
      for (const path of paths) assert.equal(readFileSync(path, 'utf8'), fixedByCore(OLD_APPEAL_BODY), path);
    });
  }
});
