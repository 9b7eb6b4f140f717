import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, IGrammar, Registry, parseRawGrammar } from 'vscode-textmate';
import { ROOT } from './helpers/fixtures';

const GRAMMAR_FILE = join(ROOT, 'syntaxes', 'afgoerelse.injection.tmLanguage.json');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

async function loadMarkdownWithInjection(): Promise<IGrammar> {
  const wasm = readFileSync(join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName: string) => {
      if (scopeName === 'text.html.markdown') {
        const file = require.resolve('tm-grammars/grammars/markdown.json', { paths: [ROOT] });
        return parseRawGrammar(readFileSync(file, 'utf8'), file);
      }
      if (scopeName === 'afgoerelse.injection') return parseRawGrammar(readFileSync(GRAMMAR_FILE, 'utf8'), GRAMMAR_FILE);
      return null;
    },
    getInjections: (scopeName: string) => (scopeName === 'text.html.markdown' ? ['afgoerelse.injection'] : undefined),
  });
  const grammar = await registry.loadGrammar('text.html.markdown');
  assert.ok(grammar, 'the Markdown grammar loads');
  return grammar!;
}

/** Tokens of a Markdown text as [text, scopes] pairs. */
function tokenize(grammar: IGrammar, text: string): Array<[string, string[]]> {
  let state = INITIAL;
  const tokens: Array<[string, string[]]> = [];
  for (const line of text.split('\n')) {
    const result = grammar.tokenizeLine(line, state);
    for (const token of result.tokens) tokens.push([line.slice(token.startIndex, token.endIndex), token.scopes]);
    state = result.ruleStack;
  }
  return tokens;
}

function scopesOf(tokens: Array<[string, string[]]>, text: string): string[] {
  const token = tokens.find(([t]) => t === text);
  assert.ok(token, `no token »${text}« in ${JSON.stringify(tokens.map(([t]) => t))}`);
  return token![1];
}

describe('grammar (syntaxes/)', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadMarkdownWithInjection();
  });

  it('is contributed as an injection into Markdown with the scope name it declares', () => {
    const contributed = manifest.contributes.grammars.find((g: { path: string }) => g.path === './syntaxes/afgoerelse.injection.tmLanguage.json');
    assert.ok(contributed);
    assert.deepEqual(contributed.injectTo, ['text.html.markdown']);
    assert.equal(JSON.parse(readFileSync(GRAMMAR_FILE, 'utf8')).scopeName, contributed.scopeName);
  });

  it('is generated from the current data files', async () => {
    const { buildGrammar } = await import(join(ROOT, 'scripts', 'build-grammar.mjs'));
    assert.deepEqual(JSON.parse(readFileSync(GRAMMAR_FILE, 'utf8')), JSON.parse(JSON.stringify(buildGrammar())), 'run node scripts/build-grammar.mjs');
  });

  it('scopes paragraph references, law names and abbreviations in prose', () => {
    const tokens = tokenize(grammar, 'Afgørelsen er truffet efter servicelovens § 83, stk. 1, nr. 2, jf. SEL §§ 87-88 og § 112 i lov om social service.');
    assert.ok(scopesOf(tokens, '§ 83, stk. 1, nr. 2').includes('constant.other.reference.paragraph.afgoerelse'));
    assert.ok(scopesOf(tokens, '§§ 87-88').includes('constant.other.reference.paragraph.afgoerelse'));
    assert.ok(scopesOf(tokens, 'servicelovens').includes('entity.name.type.law.afgoerelse'));
    assert.ok(scopesOf(tokens, 'lov om social service').includes('entity.name.type.law.afgoerelse'));
    assert.ok(scopesOf(tokens, 'SEL').includes('entity.name.type.law.abbreviation.afgoerelse'));
    assert.ok(scopesOf(tokens, 'jf.').includes('keyword.other.reference.afgoerelse'));
  });

  it('scopes the standard section headings and keeps them headings', () => {
    const tokens = tokenize(grammar, '## Klagevejledning\n\n### Vores vurdering\n\n## Kontaktoplysninger');
    for (const heading of ['Klagevejledning', 'Vores vurdering']) {
      const scopes = scopesOf(tokens, heading);
      assert.ok(scopes.includes('markup.heading.section.afgoerelse'), `${heading}: ${scopes}`);
      assert.ok(scopes.some((s) => s.startsWith('markup.heading')), `${heading} stays a heading`);
    }
    assert.ok(!scopesOf(tokens, 'Kontaktoplysninger').includes('markup.heading.section.afgoerelse'));
  });

  it('leaves code blocks alone and does not colour look-alikes', () => {
    const tokens = tokenize(grammar, '```\nservicelovens § 83\n```\n\nDer er 83 timer, og vi skal bl.a. se på det.');
    assert.ok(!tokens.some(([, scopes]) => scopes.some((s) => s.endsWith('.afgoerelse'))), JSON.stringify(tokens.filter(([, s]) => s.some((x) => x.endsWith('.afgoerelse')))));
  });
});
