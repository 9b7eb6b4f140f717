import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Finding, LineIndex, applyAllFixes, checkDocument, fixAllEdits, ignoreHereFix } from '../server/src/core';
import { EXAMPLES_DIR, FIXTURE_DIR, markdownFiles } from './helpers/fixtures';
import { lineEndOf, lineEndingOf } from '../server/src/core/position';

/** Issue #14 item 1-2 and 8: one notion of a line (LSP's), the BOM handled once, inserted lines in the document's own line ending. */

const LETTERS = [...markdownFiles(EXAMPLES_DIR), ...markdownFiles(FIXTURE_DIR)].map((file) => file.text);

/** Fix All as an editor applies it: positions from LineIndex, applied by the LSP library's own TextDocument. */
function fixAllInEditor(text: string, findings: readonly Finding[]): string {
  const lines = new LineIndex(text);
  const document = TextDocument.create('file:///x.md', 'markdown', 1, text);
  const edits = fixAllEdits(findings).map((edit) => ({ range: { start: lines.positionAt(edit.range.start), end: lines.positionAt(edit.range.end) }, newText: edit.text }));
  return TextDocument.applyEdits(document, edits);
}

const withStrayCr = (text: string): string => {
  // A lone CR in the middle of the first long paragraph line, as pasted from old Mac/Word text.
  const at = text.indexOf('.', text.indexOf('\n\n', text.indexOf('\n## ') + 1)) + 1;
  return `${text.slice(0, at)}\r${text.slice(at)}`;
};

describe('line ends and BOM (issue #14)', () => {
  it('LineIndex agrees with the LSP library on every mix of \\n, \\r\\n and lone \\r', () => {
    const piece = fc.constantFrom('a', 'æ', ' ', '\n', '\r', '\r\n', '\uFEFF', '\ud83d\ude00');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.array(fc.nat(80), { minLength: 1, maxLength: 10 }), (pieces, offsets) => {
        const text = pieces.join('');
        const lines = new LineIndex(text);
        const document = TextDocument.create('file:///x.md', 'markdown', 1, text);
        for (const offset of offsets) {
          const position = lines.positionAt(offset);
          assert.deepEqual(position, document.positionAt(offset));
          const asked = { line: position.line + (offset % 3) - 1, character: offset % 7 };
          assert.equal(lines.offsetAt(asked), document.offsetAt(asked), JSON.stringify({ text, asked }));
        }
        assert.equal(lines.lineCount, document.lineCount);
      }),
      { numRuns: 500 },
    );
  });

  it('lone CR: diagnostics and Fix All land where the core means them (no unrelated sentence overwritten)', () => {
    let checked = 0;
    for (const original of LETTERS) {
      const text = withStrayCr(original);
      const { findings } = checkDocument(text, { force: true });
      if (!findings.some((f) => f.fix)) continue;
      assert.equal(fixAllInEditor(text, findings), applyAllFixes(text, findings).text);
      checked++;
    }
    assert.ok(checked >= 10, `only ${checked} letters had fixes`);
  });

  it('BOM: findings and fixes are those of the text without it, one character on', () => {
    let fixes = 0;
    for (const text of LETTERS) {
      const plain = checkDocument(text, { force: true }).findings;
      const withBom = checkDocument(`\uFEFF${text}`, { force: true }).findings;
      const shift = (f: Finding) => ({ ruleId: f.ruleId, start: f.range.start + 1, end: f.range.end + 1, fix: f.fix && { start: f.fix.edit.range.start + 1, end: f.fix.edit.range.end + 1, text: f.fix.edit.text } });
      const unshifted = (f: Finding) => ({ ruleId: f.ruleId, start: f.range.start, end: f.range.end, fix: f.fix && { start: f.fix.edit.range.start, end: f.fix.edit.range.end, text: f.fix.edit.text } });
      assert.deepEqual(withBom.map(unshifted), plain.map(shift));
      assert.equal(fixAllInEditor(`\uFEFF${text}`, withBom), `\uFEFF${applyAllFixes(text, plain).text}`);
      fixes += plain.filter((f) => f.fix).length;
    }
    assert.ok(fixes > 0);
  });

  it('BOM: front matter is still read, and "Ignorer her" on the first line goes after the BOM', () => {
    const letter = checkDocument('\uFEFF---\ndokument: afgørelse\n---\n# Afgørelse\n', { force: true }).letter;
    assert.equal(letter.frontMatter.dokument, 'afgørelse');
    const fix = ignoreHereFix('\uFEFF# Afgørelse\n', { ruleId: 'hjemmel', severity: 'error', message: '', text: { key: 'x' }, range: { start: 1, end: 5 } });
    assert.equal(fix.edit.range.start, 1);
  });

  for (const [name, eol] of [['CRLF', '\r\n'], ['lone CR', '\r']] as const) {
    it(`"Ignorer »regel« her" inserts a ${name} line in a ${name} letter`, () => {
      const text = ['# Afgørelse', '', 'Du får ikke hjælp.', '', 'Med venlig hilsen'].join(eol);
      const finding: Finding = { ruleId: 'hjemmel', severity: 'error', message: '', text: { key: 'x' }, range: { start: text.indexOf('Du'), end: text.indexOf('Du') + 2 } };
      const fix = ignoreHereFix(text, finding);
      assert.equal(fix.edit.range.start, text.indexOf('Du'));
      assert.ok(fix.edit.text.endsWith(`-->${eol}`), JSON.stringify(fix.edit.text));
      const first = ignoreHereFix(text, { ...finding, range: { start: 0, end: 1 } });
      assert.ok(first.edit.text.endsWith(`-->${eol}`));
    });

    it(`every inserted line in a ${name} letter ends in ${name}`, () => {
      let inserted = 0;
      for (const original of LETTERS) {
        const text = original.replace(/\n/g, eol);
        for (const finding of checkDocument(text, { force: true }).findings) {
          const added = finding.fix?.edit.text ?? '';
          const ends = added.match(/\r\n|\r|\n/g) ?? [];
          assert.ok(ends.every((end) => end === eol), `${finding.ruleId}: ${JSON.stringify(added.slice(0, 80))}`);
          inserted += ends.length;
        }
      }
      assert.ok(inserted > 10);
    });
  }

  it('lineEndingOf counts every line end, whatever lineEndOf searched before (a shared regex once made a mixed letter get LF lines)', () => {
    const mixed = 'a\r\nb\r\nc\r\nd\ne';
    assert.equal(lineEndingOf(mixed), '\r\n');
    lineEndOf(mixed, 8);
    assert.equal(lineEndingOf(mixed), '\r\n');
  });
});
