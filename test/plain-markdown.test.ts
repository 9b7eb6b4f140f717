import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { ENTITIES, splitPlain } from '../server/src/core/plainMarkdown';
import { fastPathShare } from '../bench/fast-path-share';
import { generateCorpus } from '../bench/generate';
import { EXAMPLES_DIR, FIXTURE_DIR, markdownFiles } from './helpers/fixtures';
import { assertSameAsRemark, nearMissLine, nearMissMarkdown } from './helpers/plain-markdown';

const LETTERS = [...markdownFiles(FIXTURE_DIR), ...markdownFiles(EXAMPLES_DIR)];
const CORPUS = generateCorpus(60);

describe('fast path for plain Markdown (plainMarkdown.ts) against remark', () => {
  it('gives remark\'s blocks, offsets and comments for every fixture and example letter', () => {
    for (const { name, text } of LETTERS) assertSameAsRemark(text, name);
  });

  it('decodes each named character reference it knows as remark does', () => {
    const text = Object.keys(ENTITIES).map((name) => `Før &${name}; efter`).join('\n\n');
    assertSameAsRemark(text, 'named references');
    assert.equal(fastPathShare([text]), 1 - (Object.keys(ENTITIES).length - 1) * 2 / text.length);
  });

  it('regression: a NUL inside an HTML comment at the end of a paragraph (micromark makes it U+FFFD; found by npm run fuzz)', () => {
    assertSameAsRemark('Vi har lagt vægt på, at du bor alene. <!-- f\u0000orvent: medicin -->\n\n<!-- \u0000 -->\n', 'NUL in comment');
  });

  it('gives remark\'s blocks for the generated bench letters', () => {
    CORPUS.forEach((text, i) => assertSameAsRemark(text, `generated letter ${i}`));
  });

  it('gives remark\'s blocks for any mix of plain lines and near misses of other constructs', function () {
    const runs = Number(process.env.PLAIN_RUNS ?? 3000);
    // About 1 ms a case; PLAIN_RUNS raises the count for a long run.
    this.timeout(Math.max(20_000, runs * 10));
    fc.assert(fc.property(nearMissMarkdown, (text) => assertSameAsRemark(text, 'fuzzed')), { numRuns: runs });
  });

  it('gives remark\'s blocks after random edits of a letter', () => {
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 20 }), insert: fc.oneof(nearMissLine, fc.constantFrom('\n', '\n\n', '*', '**', '[', '](', ')', '&', ';', '<!--', '-->', ' ', '  \n')) });
    fc.assert(
      fc.property(fc.constantFrom(...LETTERS.map((l) => l.text).slice(0, 12)), fc.array(edit, { minLength: 1, maxLength: 6 }), (start, edits) => {
        let text = start;
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
        }
        assertSameAsRemark(text, 'edited');
      }),
      { numRuns: 300 },
    );
  });

  it('builds most of a letter itself: the hand-written letters and the bench corpus', () => {
    // Not a timing: if a change sent these letters back to remark, checking would silently get 2-4 times slower.
    const letters = fastPathShare(LETTERS.map((l) => l.text));
    const corpus = fastPathShare(CORPUS);
    assert.ok(letters > 0.9, `built ${(letters * 100).toFixed(1)} % of the fixture and example letters`);
    assert.ok(corpus > 0.8, `built ${(corpus * 100).toFixed(1)} % of the bench corpus`);
  });

  it('leaves a text to remark whole when a construct could reach across blank lines', () => {
    for (const text of ['Tekst\n\n```\nkode\n\nmere\n```\n\nTekst', 'Tekst\n\n<!-- start\n\nstadig kommentar -->\n\nTekst', 'Tekst\n\n<pre>\n\nTekst\n</pre>']) {
      assert.deepEqual(splitPlain(text, 0, text.length), [{ from: 0, to: text.length }]);
    }
  });

  it('keeps a list that runs on past a blank line in one piece for remark', () => {
    const text = 'Indledning.\n\n- et\n\n  fortsat\n\n- to\n\nAfslutning.';
    const segments = splitPlain(text, 0, text.length);
    assert.equal(segments.length, 3);
    assert.deepEqual(segments[1], { from: text.indexOf('- et'), to: text.indexOf('Afslutning') });
  });
});
