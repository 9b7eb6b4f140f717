import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inAddressForm, type AddressForm } from '../server/src/core/address';
import { checkDocument } from '../server/src/core';
import { numberedOn, renderSnippet, snippetBody, snippetNames } from '../server/src/core/snippets';
import { ROOT, fillPlaceholders, markdownFiles, EXAMPLES_DIR, FIXTURE_DIR } from './helpers/fixtures';

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const snippetFile = JSON.parse(readFileSync(join(ROOT, 'snippets', 'afgoerelse.code-snippets'), 'utf8'));


const FORMS: readonly AddressForm[] = ['du', 'I', 'De'];

describe('snippets (snippets/afgoerelse.code-snippets)', () => {
  it('are offered by the language server in letters, not contributed to every Markdown file', () => {
    assert.equal(manifest.contributes.snippets, undefined);
  });

  it('move their tab stops in reading order: each stop first appears after the one before it', () => {
    for (const name of snippetNames()) {
      const firstSeen: number[] = [];
      for (const match of snippetBody(name).matchAll(/\$\{?(\d+)/g)) {
        const stop = Number(match[1]);
        if (stop !== 0 && !firstSeen.includes(stop)) firstSeen.push(stop);
      }
      assert.deepEqual(firstSeen, firstSeen.map((_, i) => i + 1), name);
    }
  });

  it('each has Danish prefixes, a description and a body with tab stops', () => {
    for (const [name, snippet] of Object.entries<{ prefix: string[]; body: string[]; description: string }>(snippetFile)) {
      assert.ok(Array.isArray(snippet.prefix) && snippet.prefix.length > 0, name);
      assert.ok(snippet.description.length > 20, name);
      assert.match(snippetBody(name), /\$\{?\d/, `${name} has a tab stop`);
    }
  });

  it('offers the standard sections users type', () => {
    const prefixes = Object.values<{ prefix: string[] }>(snippetFile).flatMap((s) => s.prefix);
    for (const prefix of ['afgørelse', 'klagevejledning', 'hjemmel', 'hovedhensyn', 'individuel vurdering', 'partshøring']) {
      assert.ok(prefixes.includes(prefix), prefix);
    }
  });

  it('render to text without snippet syntax, and keep their tab stops as snippets', () => {
    for (const name of snippetNames()) {
      const { text, snippet } = renderSnippet(name);
      assert.doesNotMatch(text, /\$\{|\$\d/, name);
      assert.equal(snippet, snippetBody(name), `${name}: rendering without options keeps the body`);
    }
    assert.equal(renderSnippet('Hjemmel').text, 'Afgørelsen er truffet efter servicelovens § «nr.», stk. «nr.».');
    assert.equal(renderSnippet('Hjemmel', { fill: { 2: '112', 3: ', stk. 1' } }).text, 'Afgørelsen er truffet efter servicelovens § 112, stk. 1.');
  });

  it('inserted together, number their tab stops on from one snippet to the next: no two snippets share a stop, escapes stay, the session ends after the last', () => {
    const numbered = numberedOn(['a ${1:x} \\$2 ${2|p,q|} $1$0', 'b $1 ${3:y\\}} $0', 'c ${1:z}']);
    assert.deepEqual(numbered, ['a ${1:x} \\$2 ${2|p,q|} $1', 'b $3 ${5:y\\}} ', 'c ${6:z}']);
    const all = numberedOn(snippetNames().map((name) => snippetBody(name))).join('\n');
    const stops = [...all.matchAll(/\$\{?(\d+)/g)].map((match) => Number(match[1]));
    assert.ok(!stops.includes(0));
    assert.deepEqual([...new Set(stops)], [...new Set(stops)].sort((a, b) => a - b), 'stops in reading order');
  });

  it('the organisation profile replaces the generic municipality', () => {
    const { text, snippet } = renderSnippet('Klagevejledning', { substitute: { kommunen: 'Aarhus Kommune' } });
    assert.match(text, /sende din klage til Aarhus Kommune/);
    assert.match(snippet, /\$\{2:Aarhus Kommune\}/);
  });

  it('every quick fix in the bundled letters inserts text from a snippet in this file', () => {
    // In the letter's own form of address (du, I, De).
    const bodies = snippetNames().flatMap((name) => FORMS.map((form) => inAddressForm(renderSnippet(name).text, form)));
    const fixes = [...markdownFiles(EXAMPLES_DIR), ...markdownFiles(FIXTURE_DIR)]
      .flatMap(({ name, text }) => checkDocument(text, { fileName: name }).findings)
      .flatMap((f) => (f.fix?.edit.snippet !== undefined ? [f.fix.edit] : []));
    assert.ok(fixes.length > 0);
    for (const edit of fixes) assert.ok(bodies.some((body) => edit.text.includes(body)), `fix text not from a snippet: ${edit.text}`);
  });

  it('a quick fix speaks to the reader as the letter does: du, I or De', () => {
    const letter = (body: string) => `Nordby Kommune\nDato: 3. marts 2025\n\n## Afgørelse\n\n${body}\n\nAfgørelsen er truffet efter servicelovens § 112, stk. 1. Vi har lagt vægt på ergoterapeutens beskrivelse.\n\nMed venlig hilsen\n\nPia Holm\n`;
    const guidance = (text: string) => checkDocument(text, { force: true }).findings.find((f) => f.ruleId === 'klagevejledning')!.fix!.edit.text;
    assert.match(guidance(letter('Kære Ole Berg. Du får afslag på en badestol, som du har søgt om til dit badeværelse.')), /Hvis du ikke er enig i afgørelsen, kan du klage/);
    const formal = guidance(letter('Kære Inger Holm. De får afslag på en badestol, som De har søgt om til Deres badeværelse.'));
    assert.match(formal, /Hvis De ikke er enig i afgørelsen, kan De klage/);
    assert.match(formal, /sender vi Deres klage/);
    assert.doesNotMatch(formal, /(?<![\p{L}])(?:du|dig|din)(?![\p{L}])/iu);
    const parents = guidance(letter('Kære Anne og Jonas Friis. I får afslag på en badestol, som I har søgt om til jeres søn.'));
    assert.match(parents, /Hvis I ikke er enige i afgørelsen, kan I klage/);
    assert.match(parents, /sender vi jeres klage/);
  });

  it('the whole-letter skeleton, filled in, gives a letter without findings', () => {
    const letter = fillPlaceholders(renderSnippet('Afgørelsesbrev').text);
    const result = checkDocument(letter, { fileName: 'ny.md' });
    assert.equal(result.detection.isLetter, true);
    assert.deepEqual(result.findings.map((f) => f.ruleId), []);
  });
});
