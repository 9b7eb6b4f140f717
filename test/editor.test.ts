import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument, findingMessage, fixTitle, outline, parseLetter, readability, toLocale } from '../server/src/core';
import { EXAMPLES_DIR, ROOT } from './helpers/fixtures';

describe('LIX', () => {
  it('is words per sentence plus the percentage of words over six letters, counted by hand', () => {
    // 8 words, 2 sentences, 5 long words (modtaget, ansøgning, Kommunen, bevilger, hjælpemidlet): 4 + 62.5.
    const letter = parseLetter('# Afgørelse om hjælpemidler\n\nVi har modtaget din ansøgning. Kommunen bevilger hjælpemidlet.\n');
    assert.deepEqual(readability(letter), { lix: 67, words: 8, sentences: 2, longWords: 5 });
  });

  it('has no value for a letter without prose', () => {
    assert.equal(readability(parseLetter('# Afgørelse\n')).lix, undefined);
  });
});

describe('outline', () => {
  it('lists the sections with their roles, subsections nested, each running to the next heading', () => {
    const text = readFileSync(join(EXAMPLES_DIR, 'god-afslag-hjaelpemiddel-sel-112.md'), 'utf8');
    const [title] = outline(parseLetter(text));
    assert.equal(title.name, 'Afgørelse om hjælpemiddel');
    assert.deepEqual(title.children.map((s) => [s.name, s.role]), [
      ['Afgørelse', 'afgoerelse'], ['Sagens oplysninger', 'fakta'], ['Begrundelse', 'begrundelse'], ['Klagevejledning', 'klagevejledning'],
    ]);
    const [decision, facts] = title.children;
    assert.equal(decision.range.end, facts.range.start);
    assert.equal(title.range.end, text.trimEnd().length);
  });
});

describe('English (second locale)', () => {
  it('reads the client locale; anything but English is Danish', () => {
    assert.equal(toLocale('en-US'), 'en');
    assert.equal(toLocale('da'), 'da');
    assert.equal(toLocale('de'), 'da');
    assert.equal(toLocale(undefined), 'da');
  });

  it('gives every finding an English message', () => {
    const text = readFileSync(join(EXAMPLES_DIR, 'mangelfuld-nedsaettelse-praktisk-hjaelp-sel-83.md'), 'utf8');
    const withDirective = `<!-- afgørelsestjek-disable-next-line pladsholder -->\n${text}`;
    for (const finding of checkDocument(withDirective).findings) {
      const english = findingMessage(finding, 'en');
      assert.doesNotMatch(english, /\b(Afgørelsen|Klagevejledningen|Kommentaren)\b/, english);
      assert.equal(findingMessage(finding, 'da'), finding.message);
    }
  });

  it('translates fix titles from the catalogue and keeps an unknown one Danish', () => {
    const text = readFileSync(join(EXAMPLES_DIR, 'mangelfuld-nedsaettelse-praktisk-hjaelp-sel-83.md'), 'utf8');
    const titles = checkDocument(text).findings.flatMap((f) => (f.fix ? [f.fix.title] : []));
    assert.ok(titles.includes('Indsæt henvisning til hjemmel (lov og paragraf)'));
    assert.equal(fixTitle('Indsæt henvisning til hjemmel (lov og paragraf)', 'en'), 'Insert the legal basis (act and section)');
    assert.equal(fixTitle('Indsæt henvisning til hjemmel (lov og paragraf)', 'da'), 'Indsæt henvisning til hjemmel (lov og paragraf)');
    assert.equal(fixTitle('Indsæt noget nyt', 'en'), 'Indsæt noget nyt');
  });

  it('localises every manifest string in Danish and English', () => {
    const manifest = readFileSync(join(ROOT, 'package.json'), 'utf8');
    const keys = [...manifest.matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length >= 15);
    for (const file of ['package.nls.json', 'package.nls.da.json']) {
      const strings = JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
      for (const key of keys) assert.ok(typeof strings[key] === 'string' && strings[key].length > 0, `${file}: ${key}`);
    }
    const bundle = JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.da.json'), 'utf8'));
    const source = readFileSync(join(ROOT, 'client', 'src', 'extension.ts'), 'utf8');
    for (const m of source.matchAll(/l10n\.t\('([^']+)'/g)) assert.ok(bundle[m[1]], `l10n/bundle.l10n.da.json lacks »${m[1]}«`);
  });

  it('declares support for untrusted workspaces and contributes every setting with a scope', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
    for (const [key, setting] of Object.entries<{ scope?: string }>(manifest.contributes.configuration.properties)) assert.ok(setting.scope, key);
  });
});
