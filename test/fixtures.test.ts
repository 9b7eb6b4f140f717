import * as assert from 'node:assert/strict';
import { LineIndex, applyEdits, checkDocument } from '../server/src/core';
import { EXAMPLES_DIR, FIXTURE_DIR, expectationsOf, fillPlaceholders, markdownFiles, sortExpectations } from './helpers/fixtures';

function actual(text: string, fileName: string): string[] {
  const lines = new LineIndex(text);
  const { findings } = checkDocument(text, { fileName });
  return sortExpectations(findings.map((f) => ({ line: lines.positionAt(f.range.start).line, ruleId: f.ruleId })));
}

for (const [label, dir] of [['fixtures', FIXTURE_DIR], ['examples', EXAMPLES_DIR]] as const) {
  describe(`letters in ${label}/ produce exactly the findings marked in them`, () => {
    for (const { name, text } of markdownFiles(dir)) {
      it(name, () => {
        assert.deepEqual(actual(text, name), sortExpectations(expectationsOf(text)));
      });
    }
  });

  describe(`fixes in ${label}/: each removes its finding, and all together leave nothing fixable`, () => {
    for (const { name, text } of markdownFiles(dir)) {
      const { findings } = checkDocument(text, { fileName: name });
      const fixable = findings.filter((f) => f.fix);
      if (fixable.length === 0) continue;
      it(name, () => {
        for (const finding of fixable) {
          const edit = { ...finding.fix!.edit, text: fillPlaceholders(finding.fix!.edit.text) };
          const fixed = applyEdits(text, [edit]).text;
          const after = checkDocument(fixed, { fileName: name }).findings;
          assert.ok(
            !after.some((f) => f.ruleId === finding.ruleId && f.message === finding.message),
            `the fix »${finding.fix!.title}« left its finding: ${finding.message}`,
          );
        }
        // Placeholders the letter already had stay; the fixes must leave no new ones.
        const placeholdersBefore = findings.filter((f) => f.ruleId === 'pladsholder').map((f) => f.message);
        const all = applyEdits(text, fixable.map((f) => ({ ...f.fix!.edit, text: fillPlaceholders(f.fix!.edit.text) }))).text;
        const after = checkDocument(all, { fileName: name }).findings;
        assert.deepEqual(after.filter((f) => f.fix).map((f) => `${f.ruleId}: ${f.message}`), []);
        assert.deepEqual(after.filter((f) => f.ruleId === 'pladsholder').map((f) => f.message), placeholdersBefore);
      });
    }
  });
}

describe('letters saved with Windows line endings (CRLF) give the same findings, and fixes keep CRLF', () => {
  for (const { name, text } of [...markdownFiles(EXAMPLES_DIR), ...markdownFiles(FIXTURE_DIR)]) {
    it(name, () => {
      const crlf = text.replace(/\n/g, '\r\n');
      assert.deepEqual(actual(crlf, name), actual(text, name));
      for (const finding of checkDocument(crlf, { fileName: name }).findings) {
        if (finding.fix) assert.doesNotMatch(finding.fix.edit.text, /(?<!\r)\n/, `${finding.ruleId} fix inserts a bare LF`);
      }
    });
  }
});
