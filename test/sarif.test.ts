import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv from 'ajv-draft-04';
import { LineIndex, checkDocument, findingMessage, fixTitle } from '../server/src/core';
import { EXAMPLES_DIR, ROOT } from './helpers/fixtures';
import { runCli } from './helpers/cli';

// The SARIF 2.1.0 schema as shipped in an npm package: validation runs offline.
// (Its language pattern is not valid with the u flag, hence unicodeRegExp: false.)
const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);

describe('--format sarif', () => {
  const DEFECTIVE = join(EXAMPLES_DIR, 'mangelfuld-nedsaettelse-praktisk-hjaelp-sel-83.md');

  it('is valid SARIF 2.1.0', () => {
    const { code, out } = runCli(['--format', 'sarif', EXAMPLES_DIR, join(ROOT, 'test', 'report-letters')]);
    assert.equal(code, 1);
    const log = JSON.parse(out) as { version: string };
    const valid = validate(log);
    assert.ok(valid, JSON.stringify(validate.errors, null, 2));
    assert.equal(log.version, '2.1.0');
  });

  it('the validator rejects a broken log (the check can fail)', () => {
    const log = JSON.parse(runCli(['--format', 'sarif', DEFECTIVE]).out);
    log.runs[0].results[0].level = 'fatal';
    delete log.runs[0].tool.driver.name;
    const valid = validate(log);
    assert.equal(valid, false);
  });

  it('has one result per finding, with 1-based positions, the rule index and the fix', () => {
    const text = readFileSync(DEFECTIVE, 'utf8');
    const { findings } = checkDocument(text, { fileName: DEFECTIVE });
    const lines = new LineIndex(text);
    const [run] = JSON.parse(runCli(['--format', 'sarif', DEFECTIVE]).out).runs;
    assert.equal(run.results.length, findings.length);
    findings.forEach((finding, i) => {
      const result = run.results[i];
      const start = lines.positionAt(finding.range.start);
      assert.equal(result.ruleId, finding.ruleId);
      assert.equal(run.tool.driver.rules[result.ruleIndex].id, finding.ruleId);
      assert.equal(result.level, finding.severity === 'error' ? 'error' : 'warning');
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      assert.equal(artifactLocation.uri, relative(process.cwd(), DEFECTIVE).split('\\').join('/'));
      assert.deepEqual([region.startLine, region.startColumn], [start.line + 1, start.character + 1]);
      assert.equal(result.fixes?.[0].artifactChanges[0].replacements[0].insertedContent.text, finding.fix?.edit.text);
    });
  });

  it('gives the messages and fix titles in the language of --locale', () => {
    const { findings } = checkDocument(readFileSync(DEFECTIVE, 'utf8'), { fileName: DEFECTIVE });
    assert.ok(findings.some((finding) => finding.fix), 'a finding with a fix');
    for (const locale of ['da', 'en'] as const) {
      const [run] = JSON.parse(runCli(['--format', 'sarif', '--locale', locale, DEFECTIVE]).out).runs;
      assert.deepEqual(run.results.map((result: { message: { text: string } }) => result.message.text), findings.map((finding) => findingMessage(finding, locale)), locale);
      const titles = run.results.map((result: { fixes?: Array<{ description: { text: string } }> }) => result.fixes?.[0].description.text);
      assert.deepEqual(titles, findings.map((finding) => finding.fix && fixTitle(finding.fix, locale)), locale);
    }
  });
});
