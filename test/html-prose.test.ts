import * as assert from 'node:assert/strict';
import { checkDocument } from '../server/src/core/check';
import { parseLetter } from '../server/src/core/letter';
import { sourceOffset } from '../server/src/core/markdown';

const HTML_LETTER = `<p><b>Nordby Kommune</b><br>
Visitation og Hjælpemidler<br>
Torvet 1, 5000 Nordby</p>

<table>
<tr><td>Dato:</td><td>10. november 2025</td></tr>
<tr><td>Sagsnr.:</td><td>27.12.00-G01-66031-25</td></tr>
</table>

<h2>Afgørelse om helhedspleje</h2>

<p>Kære Inger Holm</p>

<p>Du har den 20. oktober 2025 søgt om hjælp til rengøring hver uge og hjælp til indkøb.</p>

<p><b>Du får rengøring hver anden uge efter ældrelovens § 10.</b> Du får <b>afslag</b> på rengøring hver uge og på hjælp til indkøb.</p>

<h3>Det har vi lagt vægt på</h3>

<p>Vi har lagt vægt på, at du bor alene i en toværelses lejlighed på 58 m², og at din datter handler ind hver lørdag.</p>

<h3>Hvis du vil klage</h3>

<p>Du kan klage over afgørelsen til Ankestyrelsen. Klagen skal sendes til Nordby Kommune, Visitation og Hjælpemidler, og vi skal have den <b>inden 4 uger</b> fra den dag, du har fået afgørelsen. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.</p>

<p>Med venlig hilsen<br><br>
Dorthe Skov<br>
Visitator</p>
`;

describe('a letter written in HTML from end to end (htmlProse.ts)', () => {
  it('reads its paragraphs, headings and table rows as the letter\'s blocks, words kept apart across inline tags', () => {
    const letter = parseLetter(HTML_LETTER);
    const texts = letter.blocks.map((block) => `${block.kind === 'heading' ? `h${block.depth} ` : ''}${block.text}`);
    assert.deepEqual(texts.slice(0, 4), ['Nordby Kommune\nVisitation og Hjælpemidler\nTorvet 1, 5000 Nordby', 'Dato: 10. november 2025', 'Sagsnr.: 27.12.00-G01-66031-25', 'h2 Afgørelse om helhedspleje']);
    assert.ok(texts.includes('Du får rengøring hver anden uge efter ældrelovens § 10. Du får afslag på rengøring hver uge og på hjælp til indkøb.'), texts.join('\n'));
    assert.equal(texts[texts.length - 1], 'Med venlig hilsen\nDorthe Skov\nVisitator');
  });

  it('places every character it reads where it stands in the source', () => {
    const letter = parseLetter(HTML_LETTER);
    for (const block of letter.blocks) {
      for (let i = 0; i < block.text.length; i++) {
        const ch = block.text[i];
        if (ch === '\n' || ch === ' ') continue;
        assert.equal(HTML_LETTER[sourceOffset(block, i)], ch, `${JSON.stringify(block.text)} at ${i}`);
      }
    }
  });

  it('takes it for a letter and checks it as one', () => {
    const checked = checkDocument(HTML_LETTER, { fileName: 'afgoerelse.md' });
    assert.equal(checked.detection.isLetter, true);
    assert.deepEqual(checked.findings.filter((f) => f.severity === 'error' || f.severity === 'warning'), []);
    // Without its guidance, the guidance is missing.
    const withoutGuidance = HTML_LETTER.replace(/<h3>Hvis du vil klage<\/h3>\n\n<p>Du kan klage[^\n]*\n/, '');
    assert.ok(checkDocument(withoutGuidance, { fileName: 'afgoerelse.md' }).findings.some((f) => f.ruleId === 'klagevejledning' && f.severity === 'error'));
  });

  it('reads character references as the characters they stand for, and no script, style or comment', () => {
    const letter = parseLetter('<p>Du f&aring;r hj&aelig;lp efter servicelovens &sect;&nbsp;83.<script>var x = 1;</script><!-- note --></p>\n');
    assert.deepEqual(letter.blocks.map((block) => block.text), ['Du får hjælp efter servicelovens §\u00a083.']);
  });
});
