import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFrontMatter } from '../../server/src/core/letter';
import { parseBlocks, parseBlocksWithRemark } from '../../server/src/core/markdown';
import type { ParsedBlocks } from '../../server/src/core/markdown';

/** Everything the rules and the incremental parser read of a parse. */
function shape(parsed: ParsedBlocks): string {
  return JSON.stringify(parsed.chunks);
}

export function assertSameAsRemark(source: string, label: string): void {
  const { body } = readFrontMatter(source);
  assert.equal(shape(parseBlocks(source, body)), shape(parseBlocksWithRemark(source, body)), `${label}: ${JSON.stringify(source.slice(0, 200))}`);
}

/** Lines that are plain, nearly plain, or one character away from another construct. */
export const nearMissLine = fc.constantFrom(
  'Du har søgt om hjælp.', 'Vi har lagt vægt på, at du bor alene.', '**Afgørelse**', '**Begrundelse** for os', '*Bemærk* at', 'Vi har **indhentet** *oplysninger*.',
  'a **b** c', 'a*b*c', '*a *b**', '**a *b***', '* a', '*', '***', '* * *', '- punkt', '- **fed** punkt', '-punkt', '- - a', '-', '+ punkt', '1. punkt', '2) punkt', '10. punkt',
  '1.punkt', '2025. året', '> citat', '> **citat**', '>citat', '> > dobbelt', '>', '# Overskrift', '## Overskrift ##', '###### Seks', '####### Syv', '#hashtag', '#',
  'Se [vejledningen](https://example.invalid/v) her.', '[a](b c)', '[](x)', '[a]()', '[a]', '[a]: /x', '![billede](x.png)', 'Tekst ! udråb',
  'ud &amp; ind', '&foo; og &amp', '&#123; og &#x41;', '&AElig;&aring;&nbsp;', '&', '<!-- afgoerelsestjek-disable-line -->', 'tekst <!-- forvent: hjemmel -->', 'tekst <!-- n\0l -->', '<!-- \0 -->', 'tekst <!-- fane\t -->',
  '<!-- åben', 'lukket -->', '<!-->', '<!--->', '<div>', '<pre>', '<?x', '<!X', '```', '~~~', '    kode', '  indrykket', '\tfane', 'a_b_c', '_a_', '`kode`',
  'a\\', 'a\\*b', '---', '===', '___', 'Dato: 4. maj 2025  ', 'linje med mellemrum ', 'fane\t', 'nul\0tegn', 'lone\rcr', '\ufeffBOM', '', '   ', '\t', 'æøå ÆØÅ é',
  '*start af', 'slut på*', '**start af', 'slut på**', 'x*y* z', '(*parentes*)', '"*citat*"', '*a*b', '**a**b', 'a  ', '> a  ', '> *start', '> slut*', '&amp;*x*',
  'a [b](c)*d*', '[a](<b>)', '[a](b "t")', '[a](b)(c)', '[a [b](c)](d)', 'x](y)', '[a](b*c)', '*[a](b)*', 'et *og [a](b) og* to', '1.', '-  to mellemrum', '#\tfane',
);
/** Characters that change inline or block meaning, for edits inside a line. */
const MARK = fc.constantFrom('*', '**', '_', '[', ']', '(', ')', '&', ';', '#', '>', '-', '1.', '<', '!', '\\', '`', ' ', '  ', '\t', '\n', '\r\n', '\n\n', 'æ');
const LINES = fc.tuple(fc.array(nearMissLine, { maxLength: 14 }), fc.constantFrom('\n', '\r\n'), fc.boolean()).map(([lines, eol, finalNewline]) => lines.join(eol) + (finalNewline ? eol : ''));
/** Lines as above, with a few marks inserted anywhere. */
export const nearMissMarkdown: fc.Arbitrary<string> = fc.tuple(LINES, fc.array(fc.tuple(fc.nat(), MARK), { maxLength: 4 })).map(([text, marks]) =>
  marks.reduce((t, [at, mark]) => t.slice(0, at % (t.length + 1)) + mark + t.slice(at % (t.length + 1)), text),
);

