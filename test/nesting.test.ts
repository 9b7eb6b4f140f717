import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Finding, PARTLY_CHECKED_RULE, checkDocument, findingMessage } from '../server/src/core';
import { limitNesting, limitNestingAfterEdit } from '../server/src/core/nesting';
import { EXAMPLES_DIR, FIXTURE_DIR, ROOT, markdownFiles } from './helpers/fixtures';
import { LspSession } from './helpers/lsp';

/**
 * Issue #14 item 3: deep nesting made remark super-linear (79 s for "- " ×10,000).
 * No time is asserted: mocha's timeout is the hang guard; speed is in npm run bench.
 */

const HEAD = '# Afgørelse om hjælp\n\nDu har søgt om hjælp.\n\n## Afgørelse\n\nVi giver afslag.\n\n';
const CORPUS_DIR = join(ROOT, '..', 'shared', 'corpus', 'letters');
const LETTERS = [...markdownFiles(EXAMPLES_DIR), ...markdownFiles(FIXTURE_DIR), ...(existsSync(CORPUS_DIR) ? markdownFiles(CORPUS_DIR) : [])];

const partlyChecked = (findings: readonly Finding[]) => findings.filter((f) => f.ruleId === PARTLY_CHECKED_RULE.id);

describe('nesting budget (issue #14)', function () {
  this.timeout(60_000);

  const pathological: Array<[string, () => string]> = [
    ['"- " ×10,000 (20 KB)', () => '- '.repeat(10_000)],
    ['500-deep indented lists (2,000 deep is 4 MB: npm run fuzz)', () => HEAD + Array.from({ length: 500 }, (_, i) => `${' '.repeat(2 * i)}- punkt`).join('\n')],
    ['2,000-deep > quotes, 20 lines', () => HEAD + `${'>'.repeat(2000)} Vi vurderer, at du kan.\n`.repeat(20)],
    ['6,000-deep list in a 12 KB letter', () => `${HEAD}${'- '.repeat(6000)}punkt\n`],
    ['2,100-deep quotes, ordered and bulleted lists mixed, CRLF', () => HEAD.replace(/\n/g, '\r\n') + `${'> 1. - '.repeat(700)}punkt\r\n`.repeat(5)],
  ];
  for (const [label, make] of pathological) {
    it(`${label}: checked, with one information finding that it was not fully checked (da + en)`, () => {
      const text = make();
      const found = partlyChecked(checkDocument(text, { force: true }).findings);
      assert.equal(found.length, 1);
      const [finding] = found;
      assert.equal(finding.severity, 'information');
      assert.match(findingMessage(finding, 'da'), /ikke tjekket helt/);
      assert.match(findingMessage(finding, 'en'), /not fully checked/);
      assert.ok(finding.range.start >= HEAD.length - 2 || !text.startsWith(HEAD), 'on the deep line, not at the letter head');
    });
  }

  it('keeps every offset: only container markers beyond the budget become spaces', () => {
    const piece = fc.constantFrom('>', '> ', '- ', '* ', '+ ', '1. ', '12) ', ' ', '  ', '\t', 'a', '-', '\n', '\r\n', '\r', '\uFEFF');
    fc.assert(fc.property(fc.array(piece, { maxLength: 200 }), (pieces) => {
      const text = pieces.join('');
      const limited = limitNesting(text);
      assert.equal(limited.text.length, text.length);
      for (let i = 0; i < text.length; i++) {
        if (limited.text[i] !== text[i]) assert.ok(limited.text[i] === ' ' && /[->*+.)\d]/.test(text[i]), `${i}: ${JSON.stringify(text[i])}`);
      }
      assert.equal(limited.tooDeepAt === undefined, limited.text === text);
    }), { numRuns: 300 });
  });

  it('after an edit, reading only the lines it touched gives what reading the whole text gives', () => {
    // Near the budget, so that an edit's few characters can take a line over it; and markers inside a line, which a line break puts at a line start.
    const line = fc.tuple(fc.constantFrom('', 'a'), fc.nat({ max: 34 }), fc.constantFrom('- ', '> ', '1. ', '\t', 'a')).map(([lead, depth, marker]) => `${lead}${'  '.repeat(depth)}${marker}tekst`);
    const ending = fc.constantFrom('\n', '\r\n', '\r');
    const text = fc.array(fc.tuple(line, ending).map(([l, e]) => l + e), { maxLength: 30 }).map((lines) => lines.join(''));
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 20 }), insert: fc.constantFrom('', '  ', '- ', '>', '\n', '\r', '\n  - ', 'x') });
    fc.assert(fc.property(text, fc.array(edit, { minLength: 1, maxLength: 6 }), (start, edits) => {
      let before = start;
      for (const { at, remove, insert } of edits) {
        const from = at % (before.length + 1);
        const after = before.slice(0, from) + insert + before.slice(from + remove);
        if (limitNesting(before).tooDeepAt === undefined) assert.deepEqual(limitNestingAfterEdit(after, before), limitNesting(after));
        before = after;
      }
    }), { numRuns: 500 });
  });

  it(`no letter nests past the budget: no such finding on ${LETTERS.length} fixtures, examples and corpus letters`, () => {
    for (const { name, text } of LETTERS) assert.equal(limitNesting(text).tooDeepAt, undefined, name);
  });

  it('findings before the deep part stay as they were', () => {
    const { name, text } = LETTERS.find((letter) => checkDocument(letter.text, { force: true }).findings.length >= 3)!;
    const before = checkDocument(text, { force: true }).findings.map((f) => `${f.ruleId}@${f.range.start}`);
    const deep = `${text}\n\n${'- '.repeat(3000)}punkt\n`;
    const after = checkDocument(deep, { force: true }).findings.filter((f) => f.range.start < text.length).map((f) => `${f.ruleId}@${f.range.start}`);
    assert.deepEqual(after.filter((f) => !f.startsWith('struktur') && !f.startsWith('klagevejledning')), before.filter((f) => !f.startsWith('struktur') && !f.startsWith('klagevejledning')), name);
  });

  it('a disable-next-line comment can silence the finding, without a warning that it names an unknown rule', () => {
    const text = `${HEAD}<!-- afgørelsestjek-disable-next-line ${PARTLY_CHECKED_RULE.id} -->\n${'- '.repeat(3000)}punkt\n`;
    const findings = checkDocument(text, { force: true }).findings;
    assert.deepEqual(partlyChecked(findings), []);
    assert.ok(!findings.some((f) => f.ruleId === 'undtagelse'), findings.map((f) => f.message).join('\n'));
  });

  it('the language server checks a 12 KB letter with a 6,000-deep list, says so, and goes on serving', async () => {
    const session = new LspSession();
    try {
      await session.initialize();
      const deepUri = 'file:///tmp/dyb.afg.md';
      session.open(deepUri, `${HEAD}${'- '.repeat(6000)}punkt\n`);
      const { diagnostics } = await session.diagnostics(deepUri, 1);
      assert.deepEqual(diagnostics.filter((d) => d.code === PARTLY_CHECKED_RULE.id).map((d) => d.severity), [3]);
      const uri = 'file:///tmp/naeste.afg.md';
      session.open(uri, `${HEAD}Du kan klage.\n`);
      assert.ok((await session.diagnostics(uri, 1)).diagnostics.length > 0);
    } finally {
      session.dispose();
    }
  });
});
