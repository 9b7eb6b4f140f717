import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES_DIR, ROOT } from './helpers/fixtures';
import { main } from '../server/src/cli';
import { asText, runCli } from './helpers/cli';

const DEFECTIVE = join(EXAMPLES_DIR, 'mangelfuld-nedsaettelse-praktisk-hjaelp-sel-83.md');
const GOOD = join(EXAMPLES_DIR, 'god-afslag-hjaelpemiddel-sel-112.md');

describe('CLI options for reviewers', () => {
  it('--max-warnings fails a run with more warnings than allowed', () => {
    const args = ['--rule', 'hjemmel=off', '--rule', 'klagevejledning=off', DEFECTIVE];
    assert.equal(runCli(args).code, 0, 'two warnings, no limit');
    assert.equal(runCli(['--max-warnings', '2', ...args]).code, 0);
    const over = runCli(['--max-warnings', '1', ...args]);
    assert.equal(over.code, 1);
    assert.match(over.err, /2 advarsler; højst 1/);
    assert.equal(runCli(['--max-warnings', 'mange', DEFECTIVE]).code, 2);
  });

  it('--rule rejects unknown rules and severities', () => {
    assert.match(runCli(['--rule', 'hovedhensy=off', DEFECTIVE]).err, /Ukendt regel »hovedhensy«/);
    assert.equal(runCli(['--rule', 'hovedhensyn=loud', DEFECTIVE]).code, 2);
    assert.equal(runCli(['--rule', 'hovedhensyn', DEFECTIVE]).code, 2);
  });

  it('--help is English with --locale en, before or after it, and lists the same options in both languages', () => {
    const danish = runCli(['--help']);
    assert.equal(danish.code, 0);
    assert.match(danish.out, /^Brug: afgoerelsestjek \[tilvalg\]/);
    for (const argv of [['--help', '--locale', 'en'], ['--locale=en', '--help'], ['-h', '--locale', 'en']]) {
      const english = runCli(argv);
      assert.equal(english.code, 0, argv.join(' '));
      assert.match(english.out, /^Usage: afgoerelsestjek \[options\]/, argv.join(' '));
      assert.doesNotMatch(english.out, /afgørelse|\btjek|\bfund\b/, 'no Danish left in the English help');
    }
    const options = (help: string): string[] => [...help.matchAll(/^ {2}(--[\w-]+)/gm)].map((m) => m[1]);
    assert.ok(options(danish.out).length >= 13, options(danish.out).join(" "));
    assert.deepEqual(options(runCli(['--help', '--locale', 'en']).out), options(danish.out));
  });

  it('a usage error shows the help in the language of --locale', () => {
    const english = runCli(['--locale', 'en', '--format', 'xml', DEFECTIVE]);
    assert.equal(english.code, 2);
    assert.match(english.err, /^Unknown format: xml\. Use text, json or sarif\.\n\nUsage: afgoerelsestjek/);
    assert.match(runCli(['--format', 'xml', DEFECTIVE]).err, /\n\nBrug: afgoerelsestjek/);
  });

  it('--config with a missing file is a usage error', () => {
    const { code, err } = runCli(['--config', join(ROOT, 'findes-ikke.json'), DEFECTIVE]);
    assert.equal(code, 2);
    assert.match(err, /findes-ikke\.json: indstillingsfilen findes ikke/);
  });

  it('--stdin checks standard input under --stdin-filename', () => {
    const text = readFileSync(DEFECTIVE, 'utf8');
    const { code, out } = runCli(['--stdin', '--stdin-filename', 'sager/brev.md', '--format', 'json'], text);
    assert.equal(code, 1);
    const [file] = JSON.parse(out);
    assert.equal(file.file, 'sager/brev.md');
    assert.equal(file.diagnostics.length, 5);
    // Ordinary Markdown with a file name is not a letter; without one, stdin is always checked.
    assert.deepEqual(JSON.parse(runCli(['--stdin', '--stdin-filename', 'README.md', '--format', 'json'], '# Noter\n\nIntet her.\n').out), []);
    assert.equal(runCli(['--stdin'], readFileSync(GOOD, 'utf8')).code, 0);
    assert.equal(runCli(['--stdin', DEFECTIVE], text).code, 2, 'stdin and files together is a usage error');
  });

  it('--quiet prints only the findings; progress goes to stderr for long runs', () => {
    const quiet = runCli(['--quiet', DEFECTIVE]);
    assert.equal(quiet.out.trim().split('\n').length, 5);
    assert.doesNotMatch(quiet.out, /tjekket/);
    const many = [...Array(25)].map(() => GOOD);
    const loud = runCli(many);
    assert.match(loud.err, /Tjekket 25\/25/);
    assert.equal(runCli(['--quiet', ...many]).err, '');
    assert.match(runCli(many, undefined, true).err, /\rTjekker 25\/25 …\n$/);
    assert.equal(runCli([GOOD, DEFECTIVE]).err, '', 'short runs show no progress');
  });

  it('text output is written file by file as the run goes, the progress line cleared first on a terminal, the summary last after a blank line', () => {
    const files = [...Array(25)].map((_, i) => (i % 5 === 0 ? DEFECTIVE : GOOD));
    for (const tty of [false, true]) {
      const log: Array<['out' | 'err', string]> = [];
      main(files, (output) => log.push(['out', asText(output)]), (text) => log.push(['err', text]), { stderrIsTTY: tty });
      const writes = log.filter(([stream]) => stream === 'out').map(([, text]) => text);
      // Five letters with findings, then the summary.
      assert.equal(writes.length, 6, `${tty}: writes`);
      const lastProgress = log.map(([stream, text]) => stream === 'err' && /(?:Tjekket|Tjekker) 25\/25/.test(text)).lastIndexOf(true);
      const firstFindings = log.findIndex(([stream]) => stream === 'out');
      assert.ok(firstFindings >= 0 && firstFindings < lastProgress, `${tty}: the first letter's findings come before the run ends`);
      assert.match(writes[5], /^\n25 afgørelser tjekket\./);
      assert.deepEqual(runCli(files).out, writes.join(''), 'the same text as a whole');
      if (tty) {
        // Findings never continue the progress line: after a drawn line comes its clearing (or the final line break).
        for (let i = 1; i < log.length; i++) if (log[i][0] === 'out') assert.doesNotMatch(log[i - 1][1], /Tjekker/, 'findings after the progress line');
        assert.ok(log.some(([, text]) => text === '\r\x1b[K'), 'the progress line is cleared');
      }
    }
  });

  it('--locale en gives English messages', () => {
    const { out } = runCli(['--locale', 'en', '--quiet', DEFECTIVE]);
    assert.match(out, /error The decision does not cite the legal rules it is made under\. .*\(forvaltningslovens § 24, stk\. 1, 1\. pkt\.\)\. \[hjemmel\]/);
    assert.doesNotMatch(out, /Afgørelsen henviser/);
  });
});
