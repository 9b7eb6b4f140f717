import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { DEFAULT_CONFIG, checkDocument, configProblemText, normaliseConfig, parseConfigJson } from '../server/src/core';
import { CONFIG_FILE_NAME, findConfigFile, resolveConfig } from '../server/src/configFile';
import { EXAMPLES_DIR, ROOT } from './helpers/fixtures';
import { runCli } from './helpers/cli';

const DEFECTIVE_TEXT = readFileSync(join(EXAMPLES_DIR, 'mangelfuld-nedsaettelse-praktisk-hjaelp-sel-83.md'), 'utf8');

describe('settings file .afgoerelsestjek.json and precedence', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'afgtjek-config-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function letterIn(folder: string): string {
    mkdirSync(folder, { recursive: true });
    const path = join(folder, 'brev.md');
    writeFileSync(path, DEFECTIVE_TEXT);
    return path;
  }

  it('is found upwards from the letter, the nearest one winning', () => {
    writeFileSync(join(root, CONFIG_FILE_NAME), JSON.stringify({ rules: { hovedhensyn: 'off' } }));
    const inner = join(root, 'team', 'sager');
    mkdirSync(inner, { recursive: true });
    assert.equal(findConfigFile(inner), join(root, CONFIG_FILE_NAME));
    writeFileSync(join(root, 'team', CONFIG_FILE_NAME), JSON.stringify({ rules: { hjemmel: 'warning' } }));
    assert.equal(findConfigFile(inner), join(root, 'team', CONFIG_FILE_NAME));
    // Only the nearest file applies: hovedhensyn is back at its default.
    const { config } = resolveConfig({ fileName: join(inner, 'brev.md') });
    assert.deepEqual(config.rules, { hjemmel: 'warning' });
  });

  it('defaults < editor settings < settings file, per rule and per field', () => {
    writeFileSync(join(root, CONFIG_FILE_NAME), JSON.stringify({ rules: { hovedhensyn: 'error' }, municipality: 'Aarhus Kommune' }));
    const editor = normaliseConfig({ rules: { hovedhensyn: 'off', kvalitetsstandard: 'hint' }, municipality: 'Odense Kommune', detectByContent: false }).config;
    const { config, file, problems } = resolveConfig({ fileName: join(root, 'brev.md'), base: editor });
    assert.equal(file, join(root, CONFIG_FILE_NAME));
    assert.deepEqual(problems, []);
    assert.deepEqual(config.rules, { hovedhensyn: 'error', kvalitetsstandard: 'hint' });
    assert.equal(config.municipality, 'Aarhus Kommune');
    assert.equal(config.detectByContent, false, 'a field the file does not set keeps the editor value');
  });

  it('a malformed file is reported once with its name and the error, and the settings below it apply', () => {
    writeFileSync(join(root, CONFIG_FILE_NAME), '{ "rules": { "hovedhensyn": "off", } }');
    const editor = normaliseConfig({ rules: { kvalitetsstandard: 'off' } }).config;
    const { config, problems } = resolveConfig({ fileName: join(root, 'brev.md'), base: editor });
    assert.deepEqual(config.rules, { kvalitetsstandard: 'off' });
    assert.equal(problems.length, 1);
    assert.equal(problems[0].file, join(root, CONFIG_FILE_NAME));
    assert.equal(problems[0].fatal, true);
    assert.match(problems[0].message, /ugyldig JSON/);
  });

  it('a file with wrong values keeps the valid ones and names the rest', () => {
    writeFileSync(join(root, CONFIG_FILE_NAME), JSON.stringify({ rules: { hovedhensyn: 'loud', hjemmel: 'off', ukendt: 'off' }, municipality: 42 }));
    const { config, problems } = resolveConfig({ fileName: join(root, 'brev.md') });
    assert.deepEqual(config.rules, { hjemmel: 'off' });
    assert.equal(config.municipality, undefined);
    assert.deepEqual(problems.map((p) => p.fatal), [false, false, false]);
    assert.ok(problems.some((p) => p.message.includes('hovedhensyn')));
    assert.ok(problems.some((p) => p.message.includes('ukendt')));
    assert.ok(problems.some((p) => p.message.includes('municipality')));
  });

  it('a file names its unknown keys, with the known key they are closest to, and ignores them', () => {
    writeFileSync(join(root, CONFIG_FILE_NAME), JSON.stringify({ $schema: './schema.json', leterGlobs: ['**/*.md'], Municipality: 'Aarhus Kommune', farve: 'blå', rules: { hovedhensy: 'off' }, klarsprog: { maxLixx: 40 } }));
    const { config, problems } = resolveConfig({ fileName: join(root, 'brev.md') });
    assert.deepEqual(config.letterGlobs, DEFAULT_CONFIG.letterGlobs);
    assert.equal(config.municipality, undefined);
    assert.deepEqual(problems.map((p) => p.message), [
      'Ukendt indstilling »leterGlobs«; den ignoreres. Mente du »letterGlobs«?',
      'Ukendt indstilling »Municipality«; den ignoreres. Mente du »municipality«?',
      'Ukendt indstilling »farve«; den ignoreres.',
      'Ukendt indstilling »klarsprog.maxLixx«; den ignoreres. Mente du »maxLix«?',
      'Ukendt regel »hovedhensy« i »rules«; den ignoreres. Mente du »hovedhensyn«?',
    ]);
    assert.deepEqual(problems.map((p) => configProblemText(p, 'en')), [
      'Unknown setting »leterGlobs«; it is ignored. Did you mean »letterGlobs«?',
      'Unknown setting »Municipality«; it is ignored. Did you mean »municipality«?',
      'Unknown setting »farve«; it is ignored.',
      'Unknown setting »klarsprog.maxLixx«; it is ignored. Did you mean »maxLix«?',
      'Unknown rule »hovedhensy« in »rules«; it is ignored. Did you mean »hovedhensyn«?',
    ]);
  });

  it('knows exactly the keys of the settings file\'s schema, which refuses others while the file is edited', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'afgoerelsestjek.schema.json'), 'utf8')) as { properties: Record<string, unknown>; additionalProperties: boolean };
    assert.equal(schema.additionalProperties, false);
    const unknown = (key: string): boolean => normaliseConfig({ [key]: null }, DEFAULT_CONFIG, { source: 'file' }).problems.some((p) => p.key.startsWith('configUnknownKey'));
    assert.deepEqual(Object.keys(schema.properties).filter(unknown), []);
    assert.ok(unknown('farve'));
  });

  it('editor settings may hold keys of their own (enable, locale, logLevel): only a settings file reports unknown keys', () => {
    assert.deepEqual(normaliseConfig({ enable: true, locale: 'da', logLevel: 'error', leterGlobs: [] }, DEFAULT_CONFIG, { source: 'editor' }).problems, []);
    assert.deepEqual(normaliseConfig({ enable: true }).problems, []);
  });

  it('an invalid glob is named and ignored; the valid ones apply', () => {
    writeFileSync(join(root, CONFIG_FILE_NAME), JSON.stringify({ letterGlobs: ['**/sager/*.md', '**/{a,b.md', ''] }));
    const { config, problems } = resolveConfig({ fileName: join(root, 'brev.md') });
    assert.deepEqual(config.letterGlobs, ['**/sager/*.md']);
    assert.deepEqual(problems.map((p) => p.message), [
      'Mønsteret "**/{a,b.md" i »letterGlobs« er ikke et gyldigt glob-mønster (fx en { uden }); det ignoreres.',
      'Mønsteret "" i »letterGlobs« er ikke et gyldigt glob-mønster (fx en { uden }); det ignoreres.',
    ]);
    assert.equal(configProblemText(problems[0], 'en'), 'The pattern "**/{a,b.md" in »letterGlobs« is not a valid glob pattern (e.g. a { without a }); it is ignored.');
  });

  it('every settings problem has an English text', () => {
    const inputs: unknown[] = [
      7, { letterGlobs: 'x' }, { letterGlobs: ['{'] }, { detectByContent: 'ja' }, { municipality: 'a«b' }, { rules: [] }, { rules: { x: 'off' } }, { rules: { hjemmel: 'højt' } },
      { rules: { hjemel: 'off' } }, { klarsprog: 3 }, { klarsprog: { maxLix: 1 } }, { klarsprog: { lix: 1 } }, { klarsprog: { maxLi: 1 } }, { foo: 1 }, { letterGlob: [] },
    ];
    const problems = inputs.flatMap((input) => normaliseConfig(input, DEFAULT_CONFIG, { source: 'file' }).problems);
    problems.push(...[parseConfigJson('{'), parseConfigJson('')].map((parsed) => ('problem' in parsed ? parsed.problem : assert.fail('parsed'))));
    assert.ok(problems.length >= 17, `${problems.length}`);
    for (const problem of problems) {
      const english = configProblemText(problem, 'en');
      assert.notEqual(english, problem.message, `${problem.key} is not translated`);
      assert.doesNotMatch(english, /\{\w+\}/, `${problem.key}: unfilled value`);
    }
  });

  it('a file that is not an object is ignored with a message', () => {
    writeFileSync(join(root, CONFIG_FILE_NAME), '[1, 2]');
    const { config, problems } = resolveConfig({ fileName: join(root, 'brev.md') });
    assert.deepEqual(config.rules, DEFAULT_CONFIG.rules);
    assert.equal(problems.length, 1);
  });

  it('the CLI uses the file next to the letter, --config instead of it, and --rule over both', () => {
    const letter = letterIn(join(root, 'sager'));
    writeFileSync(join(root, CONFIG_FILE_NAME), JSON.stringify({ rules: { hjemmel: 'off', klagevejledning: 'off' } }));
    const discovered = runCli(['--format', 'json', letter]);
    const rulesIn = (out: string): string[] => [...new Set<string>(JSON.parse(out)[0].diagnostics.map((d: { ruleId: string }) => d.ruleId))].sort();
    assert.deepEqual(rulesIn(discovered.out), ['hovedhensyn', 'kvalitetsstandard']);
    assert.equal(discovered.code, 0, 'only warnings left');

    const other = join(root, 'andre.json');
    writeFileSync(other, JSON.stringify({ rules: { hovedhensyn: 'off' } }));
    const explicit = runCli(['--format', 'json', '--config', other, letter]);
    assert.deepEqual(rulesIn(explicit.out), ['hjemmel', 'klagevejledning', 'kvalitetsstandard']);

    const flagged = runCli(['--format', 'json', '--rule', 'kvalitetsstandard=off', '--rule', 'hjemmel=error', letter]);
    assert.deepEqual(rulesIn(flagged.out), ['hjemmel', 'hovedhensyn']);
    assert.equal(flagged.code, 1);
  });

  it('the CLI reports a malformed file by name on stderr and checks with the defaults', () => {
    const letter = letterIn(root);
    writeFileSync(join(root, CONFIG_FILE_NAME), '{ rules: hovedhensyn }');
    const { code, out, err } = runCli(['--format', 'json', letter]);
    assert.match(err, /\.afgoerelsestjek\.json: ugyldig JSON/);
    assert.equal(err.split('\n').filter(Boolean).length, 1);
    assert.equal(JSON.parse(out)[0].diagnostics.length, checkDocument(DEFECTIVE_TEXT).findings.length);
    assert.equal(code, 1);
  });

  it('the CLI reports unknown keys on stderr once, in the language of --locale', () => {
    const letter = letterIn(root);
    writeFileSync(join(root, CONFIG_FILE_NAME), JSON.stringify({ detectbycontent: false, letterGlobs: ['{'] }));
    const shown = relative(process.cwd(), join(root, CONFIG_FILE_NAME));
    const danish = runCli(['--quiet', letter, letter]);
    assert.deepEqual(danish.err.trim().split('\n'), [
      `${shown}: Ukendt indstilling »detectbycontent«; den ignoreres. Mente du »detectByContent«?`,
      `${shown}: Mønsteret "{" i »letterGlobs« er ikke et gyldigt glob-mønster (fx en { uden }); det ignoreres.`,
    ]);
    const english = runCli(['--quiet', '--locale', 'en', letter]);
    assert.match(english.err, /: Unknown setting »detectbycontent«; it is ignored\. Did you mean »detectByContent«\?\n/);
    assert.match(english.err, /: The pattern "\{" in »letterGlobs« is not a valid glob pattern/);
    writeFileSync(join(root, CONFIG_FILE_NAME), '{ "a": 1, }');
    assert.match(runCli(['--quiet', '--locale', 'en', letter]).err, /\.afgoerelsestjek\.json: invalid JSON at character 11; the file is ignored and the default settings apply\.\n/);
  });

  it('the organisation profile fills the inserted appeal guidance, and a letter naming the profile\'s appeal body passes', () => {
    const letter = DEFECTIVE_TEXT;
    const config = normaliseConfig({ municipality: 'Aarhus Kommune', address: 'Rådhuspladsen 2, 8000 Aarhus C', complaintDeadline: '4 uger' }).config;
    const fixes = checkDocument(letter, { config }).findings.filter((f) => f.ruleId === 'klagevejledning').map((f) => f.fix!.edit.text);
    assert.ok(fixes.some((text) => text.includes('Aarhus Kommune (Rådhuspladsen 2, 8000 Aarhus C)')), fixes.join('\n'));
    assert.ok(fixes.every((text) => !/Aarhus C [a-zæøå]/.test(text)), 'the sentence goes on after the address as if it had ended');

    const ownBody = DEFECTIVE_TEXT.replace('Du kan klage over afgørelsen til Ankestyrelsen.', 'Du kan klage over afgørelsen til Klagenævnet for Specialundervisning.');
    const before = checkDocument(ownBody).findings.filter((f) => f.ruleId === 'klagevejledning').length;
    const after = checkDocument(ownBody, { config: normaliseConfig({ appealBody: 'Klagenævnet for Specialundervisning' }).config }).findings.filter((f) => f.ruleId === 'klagevejledning').length;
    assert.equal(after, before - 1);
  });
});
