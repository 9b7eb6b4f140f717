import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument, findingMessage, fixTitle, outline, parseLetter, readability, toLocale } from '../server/src/core';
import { text } from '../client/src/messages';
import { resolveLocale } from '../server/src/protocol';
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

  it('gives fix titles in Danish and English from the catalogue', () => {
    const text = readFileSync(join(EXAMPLES_DIR, 'mangelfuld-nedsaettelse-praktisk-hjaelp-sel-83.md'), 'utf8');
    const fix = checkDocument(text).findings.find((f) => f.ruleId === 'hjemmel')?.fix;
    assert.ok(fix);
    assert.equal(fixTitle(fix, 'da'), 'Indsæt henvisning til hjemmel (lov og paragraf)');
    assert.equal(fixTitle(fix, 'en'), 'Insert the legal basis (act and section)');
  });

  it('gives every manifest string in Danish, in package.nls.json and no other language file', () => {
    const manifest = readFileSync(join(ROOT, 'package.json'), 'utf8');
    const keys = [...manifest.matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length >= 15);
    const strings = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8'));
    for (const key of keys) assert.ok(typeof strings[key] === 'string' && strings[key].length > 0, `package.nls.json: ${key}`);
    assert.equal(strings['command.checkWorkspace'], 'Tjek alle afgørelser i arbejdsområdet');
    // VS Code in English (a Danish user's too: there is no Danish language pack) would load package.nls.en.json.
    assert.deepEqual(readdirSync(ROOT).filter((f) => /^package\.nls\..+\.json$/.test(f)), []);
  });

  it('client texts follow the locale setting, not VS Code\'s display language', () => {
    assert.equal(resolveLocale('da', 'en'), 'da');
    assert.equal(resolveLocale('en', 'da'), 'en');
    assert.equal(resolveLocale('auto', 'en'), 'en');
    assert.equal(resolveLocale('auto', 'en-gb'), 'en');
    assert.equal(resolveLocale('auto', 'de'), 'da');
    assert.equal(resolveLocale(undefined, 'en'), 'da');
    assert.equal(resolveLocale('fr', 'en'), 'da');
    assert.equal(text('da', 'findings', 3), '3 fund');
    assert.equal(text('en', 'workspaceChecked', 2, 5), '2 letters checked, 5 findings.');
    assert.equal(text('da', 'workspaceChecked', 2, 5), '2 afgørelser tjekket, 5 fund.');
    // vscode.l10n would follow the display language and disagree with the diagnostics.
    assert.doesNotMatch(readFileSync(join(ROOT, 'client', 'src', 'extension.ts'), 'utf8'), /\bl10n\./);
  });

  it('declares support for untrusted workspaces and contributes every setting with a scope', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
    for (const [key, setting] of Object.entries<{ scope?: string }>(manifest.contributes.configuration.properties)) assert.ok(setting.scope, key);
  });
});
