import * as assert from 'node:assert/strict';
import { DIRECTIVE_RULE, applyAllFixes, applyEdits, checkDocument, fixAllEdits, noInputEdits } from '../server/src/core';
import { EXAMPLES_DIR, FIXTURE_DIR, fillPlaceholders, markdownFiles } from './helpers/fixtures';

const letters = [...markdownFiles(EXAMPLES_DIR), ...markdownFiles(FIXTURE_DIR), ...markdownFiles(`${EXAMPLES_DIR}/../test/report-letters`)];

describe('fix all', () => {
  it('some bundled letters have several fixable findings (so these tests mean something)', () => {
    assert.ok(letters.some(({ name, text }) => checkDocument(text, { fileName: name }).findings.filter((f) => f.fix).length >= 3));
  });

  for (const { name, text } of letters) {
    const { findings } = checkDocument(text, { fileName: name });
    if (!findings.some((f) => f.fix)) continue;
    it(`leaves no fixable finding in ${name}, only placeholders and findings without a fix`, () => {
      const { text: fixed, applied } = applyAllFixes(text, findings);
      assert.ok(applied > 0);
      const after = checkDocument(fixed, { fileName: name }).findings;
      assert.deepEqual(after.filter((f) => f.fix).map((f) => `${f.ruleId}: ${f.message}`), []);
      // Filled in as a case worker would, nothing fixable comes back (fix-all on save does not loop).
      const filled = fillPlaceholders(fixed);
      assert.deepEqual(checkDocument(filled, { fileName: name }).findings.filter((f) => f.fix).map((f) => f.ruleId), []);
      assert.equal(applyAllFixes(fixed, after).applied, 0);
    });
  }

  describe('unasked (fix all, fix on save, --fix): only fixes that need no input', () => {
    const applied = new Set<string>();
    for (const { name, text } of letters) {
      const { findings } = checkDocument(text, { fileName: name });
      const edits = noInputEdits(findings);
      if (edits.length === 0) continue;
      it(`${name}: no placeholder, no tab stop, and never more findings`, () => {
        for (const finding of findings) if (finding.fix && edits.includes(finding.fix.edit)) applied.add(finding.ruleId);
        for (const edit of edits) assert.ok(!edit.text.includes('«') && (edit.snippet ?? edit.text) === edit.text, edit.text);
        const fixed = applyEdits(text, edits).text;
        assert.ok(checkDocument(fixed, { fileName: name }).findings.length < findings.length);
      });
    }
    it('replaces outdated references and appeal bodies and removes useless disable comments, and inserts no section', () => {
      assert.deepEqual([...applied].sort(), ['foraeldet-henvisning', 'klageinstans-foraeldet']);
      const text = `<!-- afgørelsestjek-disable-next-line hjemmel -->\n${markdownFiles(EXAMPLES_DIR).find((l) => l.name.startsWith('god'))!.text}`;
      assert.equal(noInputEdits(checkDocument(text).findings).length, 1);
      for (const { name, text: letter } of letters) {
        const inserts = checkDocument(letter, { fileName: name }).findings.filter((f) => f.fix && f.fix.edit.range.start === f.fix.edit.range.end);
        for (const finding of inserts) assert.ok(!noInputEdits([finding]).length || finding.ruleId === DIRECTIVE_RULE.id, `${name}: ${finding.ruleId} inserts unasked`);
      }
    });
  });

  it('applies insertions at the same place in array order, as an LSP client does', () => {
    const at = { start: 5, end: 5 };
    const message = { key: 'x.y' };
    const finding = (text: string) => ({ ruleId: 'x', severity: 'error' as const, message: text, text: message, range: at, fix: { title: text, titleMessage: message, edit: { range: at, text } } });
    const findings = [finding('A'), finding('B'), finding('A')];
    const edits = fixAllEdits(findings);
    assert.equal(edits.length, 2, 'a fix shared by two findings is applied once');
    assert.equal(applyAllFixes('01234567', findings).text, '01234AB567');
    assert.equal(applyEdits('01234567', [findings[1].fix.edit, findings[0].fix.edit]).text, '01234BA567');
  });

  it('removes disable comments that silence nothing', () => {
    const text = `<!-- afgørelsestjek-disable-next-line hjemmel -->\n${markdownFiles(EXAMPLES_DIR).find((l) => l.name.startsWith('god'))!.text}`;
    const findings = checkDocument(text).findings;
    assert.deepEqual(findings.map((f) => f.ruleId), [DIRECTIVE_RULE.id]);
    assert.deepEqual(checkDocument(applyAllFixes(text, findings).text).findings, []);
  });
});

describe('where a fix inserts its text: before the closing greeting', () => {
  const letter = [
    '# Afgørelse om hjælp til rengøring',
    '',
    'Kære Anna',
    '',
    'Du får ikke hjælp til rengøring.',
    '',
    '## Begrundelse',
    '',
    'Vi har lagt vægt på, at du selv kan klare lettere rengøring, når du tager pauser.',
    '',
    'Med venlig hilsen',
    '',
    'Jens Hansen, sagsbehandler',
    '',
  ].join('\n');
  const fixOf = (ruleId: string) => {
    const finding = checkDocument(letter, { fileName: 'brev.md' }).findings.find((f) => f.ruleId === ruleId && f.fix);
    assert.ok(finding?.fix, `no fix from ${ruleId}`);
    return finding.fix.edit;
  };
  it('a new section (the appeal guidance) goes right before »Med venlig hilsen«', () => {
    assert.equal(fixOf('klagevejledning').range.start, letter.indexOf('Med venlig hilsen'));
  });
  it('text for the reasons goes after the last paragraph of the section, not after the signature', () => {
    assert.equal(fixOf('hjemmel').range.start, letter.indexOf('pauser.') + 'pauser.'.length);
  });
});
