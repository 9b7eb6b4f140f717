import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument, findingMessage, fixTitle } from '../server/src/core';
import { catalogueEntry, catalogueKeys } from '../server/src/core/messages';
import { RULES } from '../server/src/core/rules';
import { DIRECTIVE_RULE } from '../server/src/core/suppress';
import { PARTLY_CHECKED_RULE } from '../server/src/core/nesting';
import { FULL_APPROVAL_NOTE } from '../server/src/core/check';
import { EXAMPLES_DIR, FIXTURE_DIR, ROOT, markdownFiles } from './helpers/fixtures';

const placeholders = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogue (server/data/messages.json)', () => {
  const keys = catalogueKeys();

  it('has a Danish and an English text for every key, with the same placeholders', () => {
    assert.ok(keys.length > 40, `only ${keys.length} keys`);
    for (const key of keys) {
      const entry = catalogueEntry(key)!;
      assert.equal(typeof entry.da, 'string', `${key}: no Danish text`);
      assert.equal(typeof entry.en, 'string', `${key}: no English text`);
      assert.deepEqual(placeholders(entry.en), placeholders(entry.da), `${key}: placeholders differ between da and en`);
    }
  });

  it('is keyed by the ids of real rules', () => {
    const ids = new Set([...RULES.map((rule) => rule.id), DIRECTIVE_RULE.id, PARTLY_CHECKED_RULE.id, FULL_APPROVAL_NOTE]);
    for (const key of keys) assert.ok(ids.has(key.split('.')[0]), `${key}: no rule with that id`);
  });

  it('renders every finding and fix of the bundled letters in both locales, every value filled in', () => {
    const letters = [...markdownFiles(EXAMPLES_DIR), ...markdownFiles(FIXTURE_DIR)];
    let rendered = 0;
    for (const { name, text } of letters) {
      for (const finding of checkDocument(text, { fileName: name, force: true }).findings) {
        for (const locale of ['da', 'en'] as const) {
          const message = findingMessage(finding, locale);
          assert.ok(catalogueEntry(finding.text.key), `${name}: ${finding.text.key} is not in the catalogue`);
          assert.doesNotMatch(message, /\{\w+\}/, `${name}: unfilled value in ${locale} »${message}«`);
          if (finding.fix) assert.doesNotMatch(fixTitle(finding.fix, locale), /\{\w+\}|^\w+\.\w+$/, `${name}: fix title ${locale}`);
        }
        if (finding.ruleId !== DIRECTIVE_RULE.id) assert.notEqual(findingMessage(finding, 'en'), finding.message, `${name}: ${finding.text.key} is not translated`);
        rendered++;
      }
    }
    assert.ok(rendered > 50, `only ${rendered} findings rendered`);
  });
});

describe('the server\'s and the command line\'s own texts (ui in server/data/messages.json)', () => {
  const catalogue = JSON.parse(readFileSync(join(ROOT, 'server', 'data', 'messages.json'), 'utf8')) as { ui: Record<string, string> };
  const sources = readdirSync(join(ROOT, 'server', 'src'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => readFileSync(join(ROOT, 'server', 'src', name), 'utf8'))
    .join('\n');
  const text = String.raw`'((?:[^'\\]|\\.)*)'`;
  // The Danish text stands where it is used, beside its key; the catalogue gives the English.
  const uses = [
    new RegExp(String.raw`uiText\(\s*[\w.]+,\s*'(\w+)',\s*${text}`, 'g'),
    new RegExp(String.raw`(?:configProblem|new UsageError|unknownName)\(\s*'(\w+)',\s*${text}`, 'g'),
    new RegExp(String.raw`key: '(\w+)', da: ${text}`, 'g'),
  ].flatMap((pattern) => [...sources.matchAll(pattern)].map((match) => ({ key: match[1], da: match[2] })));

  it('give every Danish text in the code an English one with the same placeholders', () => {
    assert.ok(uses.length > 40, `only ${uses.length} texts found`);
    for (const { key, da } of uses) {
      assert.equal(typeof catalogue.ui[key], 'string', `${key}: no English text`);
      assert.deepEqual(placeholders(catalogue.ui[key]), placeholders(da), `${key}: placeholders differ between da and en`);
    }
  });

  it('hold no English text that the code does not use', () => {
    for (const key of Object.keys(catalogue.ui)) {
      assert.ok(sources.includes(`'${key}'`) || sources.includes(`'${key.replace(/Guess$/, '')}'`), `${key}: not used`);
    }
  });
});
