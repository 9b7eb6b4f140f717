import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { applyEdits, checkDocument, noInputEdits } from '../server/src/core';
import { CORPUS_DIR } from './helpers/corpus';
import { markdownFiles } from './helpers/fixtures';
import { VARIANTS } from './helpers/quickfixSafety';

/** Fix All as the editor's source.fixAll and the CLI's --fix apply it: the fixes that need no input. */
function fixAll(text: string): { text: string; findings: number } {
  const { findings } = checkDocument(text, { fileName: '/sager/brev.afg.md' });
  return { text: applyEdits(text, noInputEdits(findings)).text, findings: findings.length };
}

/**
 * Fix All twice equals Fix All once, and never leaves more findings than it
 * found (issue #14): a fix whose result its own rule fixes again would grow
 * the letter on every save with fix-on-save, and with every --fix run.
 */
describe('fix all is idempotent on every corpus letter in every line-end variant', () => {
  const letters = markdownFiles(join(CORPUS_DIR, 'letters'));
  it('the corpus is there, and fix all changes some of its letters (so the property means something)', () => {
    assert.ok(letters.length >= 100, `${letters.length} letters`);
    assert.ok(letters.filter(({ text }) => fixAll(text).text !== text).length >= 5);
  });
  for (const { name, text: letter } of letters) {
    it(name, () => {
      for (const [variant, make] of Object.entries(VARIANTS)) {
        const text = make(letter);
        const once = fixAll(text);
        const twice = fixAll(once.text);
        assert.equal(twice.text, once.text, `${variant}: a second fix all changes the text`);
        assert.ok(twice.findings <= once.findings, `${variant}: ${once.findings} findings before fix all, ${twice.findings} after`);
      }
    });
  }
});
