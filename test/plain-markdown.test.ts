import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFrontMatter } from '../server/src/core/letter';
import { parseBlocks, parseBlocksWithRemark } from '../server/src/core/markdown';
import type { ParsedBlocks } from '../server/src/core/markdown';
import { splitPlain } from '../server/src/core/plainMarkdown';
import { generateCorpus } from '../bench/generate';
import { EXAMPLES_DIR, FIXTURE_DIR, markdownFiles } from './helpers/fixtures';

/** Everything the rules and the incremental parser read of a parse. */
function shape(parsed: ParsedBlocks): string {
  return JSON.stringify(parsed.chunks);
}

function assertSameAsRemark(source: string, label: string): void {
  const { body } = readFrontMatter(source);
  assert.equal(shape(parseBlocks(source, body)), shape(parseBlocksWithRemark(source, body)), `${label}: ${JSON.stringify(source.slice(0, 200))}`);
}

/** The share of `source`'s characters inside nodes built by the fast path. */
function builtShare(sources: readonly string[]): number {
  let built = 0;
  let total = 0;
  for (const source of sources) {
    const { body } = readFrontMatter(source);
    for (const segment of splitPlain(body, 0, body.length)) {
      if ('nodes' in segment) for (const node of segment.nodes) built += node.position!.end.offset! - node.position!.start.offset!;
    }
    total += body.length;
  }
  return built / total;
}

const LETTERS = [...markdownFiles(FIXTURE_DIR), ...markdownFiles(EXAMPLES_DIR)];
const CORPUS = generateCorpus(60);

/** Lines that are plain, nearly plain, or one character away from another construct. */
const LINE = fc.constantFrom(
  'Du har søgt om hjælp.', 'Vi har lagt vægt på, at du bor alene.', '**Afgørelse**', '**Begrundelse** for os', '*Bemærk* at', 'Vi har **indhentet** *oplysninger*.',
  'a **b** c', 'a*b*c', '*a *b**', '**a *b***', '* a', '*', '***', '* * *', '- punkt', '- **fed** punkt', '-punkt', '- - a', '-', '+ punkt', '1. punkt', '2) punkt', '10. punkt',
  '1.punkt', '2025. året', '> citat', '> **citat**', '>citat', '> > dobbelt', '>', '# Overskrift', '## Overskrift ##', '###### Seks', '####### Syv', '#hashtag', '#',
  'Se [vejledningen](https://example.invalid/v) her.', '[a](b c)', '[](x)', '[a]()', '[a]', '[a]: /x', '![billede](x.png)', 'Tekst ! udråb',
  'ud &amp; ind', '&foo; og &amp', '&#123; og &#x41;', '&AElig;&aring;&nbsp;', '&', '<!-- afgoerelsestjek-disable-line -->', 'tekst <!-- forvent: hjemmel -->',
  '<!-- åben', 'lukket -->', '<!-->', '<!--->', '<div>', '<pre>', '<?x', '<!X', '```', '~~~', '    kode', '  indrykket', '\tfane', 'a_b_c', '_a_', '`kode`',
  'a\\', 'a\\*b', '---', '===', '___', 'Dato: 4. maj 2025  ', 'linje med mellemrum ', 'fane\t', 'nul\0tegn', 'lone\rcr', '\ufeffBOM', '', '   ', '\t', 'æøå ÆØÅ é',
  '*start af', 'slut på*', '**start af', 'slut på**', 'x*y* z', '(*parentes*)', '"*citat*"', '*a*b', '**a**b', 'a  ', '> a  ', '> *start', '> slut*', '&amp;*x*',
  'a [b](c)*d*', '[a](<b>)', '[a](b "t")', '[a](b)(c)', '[a [b](c)](d)', 'x](y)', '[a](b*c)', '*[a](b)*', 'et *og [a](b) og* to', '1.', '-  to mellemrum', '#	fane',
);
/** Characters that change inline or block meaning, for edits inside a line. */
const MARK = fc.constantFrom('*', '**', '_', '[', ']', '(', ')', '&', ';', '#', '>', '-', '1.', '<', '!', '\\', '`', ' ', '  ', '\t', '\n', '\r\n', '\n\n', 'æ');
const LINES = fc.tuple(fc.array(LINE, { maxLength: 14 }), fc.constantFrom('\n', '\r\n'), fc.boolean()).map(([lines, eol, finalNewline]) => lines.join(eol) + (finalNewline ? eol : ''));
/** Lines as above, with a few marks inserted anywhere. */
const DOCUMENT = fc.tuple(LINES, fc.array(fc.tuple(fc.nat(), MARK), { maxLength: 4 })).map(([text, marks]) =>
  marks.reduce((t, [at, mark]) => t.slice(0, at % (t.length + 1)) + mark + t.slice(at % (t.length + 1)), text),
);

describe('fast path for plain Markdown (plainMarkdown.ts) against remark', () => {
  it('gives remark\'s blocks, offsets and comments for every fixture and example letter', () => {
    for (const { name, text } of LETTERS) assertSameAsRemark(text, name);
  });

  it('gives remark\'s blocks for the generated bench letters', () => {
    CORPUS.forEach((text, i) => assertSameAsRemark(text, `generated letter ${i}`));
  });

  it('gives remark\'s blocks for any mix of plain lines and near misses of other constructs', () => {
    fc.assert(fc.property(DOCUMENT, (text) => assertSameAsRemark(text, 'fuzzed')), { numRuns: Number(process.env.PLAIN_RUNS ?? 3000) });
  });

  it('gives remark\'s blocks after random edits of a letter', () => {
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 20 }), insert: fc.oneof(LINE, fc.constantFrom('\n', '\n\n', '*', '**', '[', '](', ')', '&', ';', '<!--', '-->', ' ', '  \n')) });
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
    const letters = builtShare(LETTERS.map((l) => l.text));
    const corpus = builtShare(CORPUS);
    assert.ok(letters > 0.6, `built ${(letters * 100).toFixed(1)} % of the fixture and example letters`);
    assert.ok(corpus > 0.75, `built ${(corpus * 100).toFixed(1)} % of the bench corpus`);
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
