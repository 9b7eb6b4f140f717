import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Finding, PARTLY_CHECKED_RULE, checkDocument, findingMessage } from '../server/src/core';
import { MAX_CONTAINER_DEPTH, MAX_EMPHASIS_RUNS, limitNesting, limitNestingAfterEdit, limitStructure, limitStructureAfterEdit } from '../server/src/core/nesting';
import { MdNode, parseMarkdown } from '../server/src/core/markdown';
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
    // Emphasis: micromark pairs the markers of one paragraph in quadratic time (64,000 runs took over a minute).
    ['32,000 "*a**b*" pairs in one paragraph (192 KB)', () => `${HEAD}${'*a**b*'.repeat(32_000)}\n`],
    ['15,000 emphasised words in one paragraph over hard line breaks, CRLF', () => HEAD.replace(/\n/g, '\r\n') + '*lagt* **vægt** på\r\n'.repeat(15_000)],
    ['unpaired "**a " and intraword "_a__b_" runs in one quoted paragraph', () => `${HEAD}> ${'**a _a__b_ '.repeat(20_000)}\n`],
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

  it('bounds what remark nests, whatever the indentation: no container deeper than the budget after the limit', () => {
    const depth = (node: MdNode): number => {
      const own = node.type === 'list' || node.type === 'blockquote' ? 1 : 0;
      return own + Math.max(0, ...(node.children ?? []).map(depth));
    };
    const line = fc.tuple(fc.constantFrom(0, 0, 0, 1, 2, 3, 4, 8, 40), fc.array(fc.constantFrom('> ', '- ', '1. ', '>', '  ', '\t'), { minLength: 20, maxLength: 60 })).map(([indent, markers]) => `${' '.repeat(indent)}${markers.join('')}tekst`);
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 40 }), (lines) => {
      const limited = limitNesting(lines.join('\n')).text;
      assert.ok(depth(parseMarkdown(limited) as MdNode) <= MAX_CONTAINER_DEPTH, limited);
    }), { numRuns: 300 });
  });

  it('takes text set to the right margin with spaces for text, not for nesting (a date, a case number in a Word export)', () => {
    const letter = `Egeby Kommune\n\n${' '.repeat(50)}4. november 2025\n${' '.repeat(50)}J.nr. 27.30.08-G01-0019-25\n\n${HEAD}`;
    assert.equal(limitNesting(letter).tooDeepAt, undefined);
    assert.deepEqual(partlyChecked(checkDocument(letter, { force: true }).findings), []);
    // The same indentation under a list that reaches it is nesting, as before.
    const nested = HEAD + Array.from({ length: 40 }, (_, i) => `${' '.repeat(2 * i)}- punkt`).join('\n');
    assert.notEqual(limitNesting(nested).tooDeepAt, undefined);
    // An edit that opens containers above such a line lets its indentation continue them: the lines below the edit are read too.
    const before = `Kære Ole\n\n${' '.repeat(50)}- punkt\n`;
    const after = `${'>'.repeat(32)} Kære Ole\n\n${' '.repeat(50)}- punkt\n`;
    assert.equal(limitNesting(before).tooDeepAt, undefined);
    assert.notEqual(limitNesting(after).tooDeepAt, undefined);
    assert.deepEqual(limitNestingAfterEdit(after, before), limitNesting(after));
  });

  it(`no letter nests past the budget: no such finding on ${LETTERS.length} fixtures, examples and corpus letters`, () => {
    for (const { name, text } of LETTERS) assert.equal(limitNesting(text).tooDeepAt, undefined, name);
  });

  it('emphasis: only * and _ runs past the budget in one stretch become spaces; bullets, rules and other stretches are left alone', () => {
    const piece = fc.constantFrom('*', '**', '_', '__', '* ', 'a', ' ', '> ', '>', '\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\t');
    fc.assert(fc.property(fc.array(piece, { maxLength: 400 }), fc.integer({ min: 0, max: 3 }), (pieces, copies) => {
      // Copies of the pieces side by side, so that some stretches go over the budget.
      const text = Array.from({ length: copies + 1 }, () => pieces.join('')).join('').repeat(Math.ceil((MAX_EMPHASIS_RUNS + 50) / Math.max(1, pieces.length)));
      const limited = limitStructure(text);
      // Deep quotes of '>' are the nesting budget's: the emphasis budget works on what it leaves.
      const nested = limitNesting(text).text;
      assert.equal(limited.text.length, text.length);
      for (let i = 0; i < text.length; i++) if (limited.text[i] !== nested[i]) assert.ok(limited.text[i] === ' ' && /[*_]/.test(nested[i]), `${i}: ${JSON.stringify(nested[i])}`);
      assert.equal(limited.tooDenseAt === undefined, limited.text === nested);
    }), { numRuns: 100 });
    const stretch = (runs: number) => Array.from({ length: runs }, (_, i) => (i % 2 ? '**vægt**' : '*lagt*')).join(' ');
    // Half the budget in each of two stretches, apart: nothing changes; together in one stretch they go over.
    const half = stretch(MAX_EMPHASIS_RUNS / 4);
    assert.equal(limitStructure(`${half}\n\n${half}\n`).tooDenseAt, undefined);
    assert.equal(limitStructure(`${half}\r\n>\r\n${half}\r\n`).tooDenseAt, undefined, 'a line of only > ends a stretch');
    assert.notEqual(limitStructure(`${half}\r\n${half}\r\n${half}\n`).tooDenseAt, undefined, 'a CRLF line end is no blank line');
    // A thousand bullets ("* punkt") are list markers, not emphasis.
    assert.equal(limitStructure('* punkt\n'.repeat(3000)).tooDenseAt, undefined);
  });

  it('emphasis: after an edit, reading only the stretches it touched gives what reading the whole text gives', () => {
    // Lines of up to 400 pairs, so that two or three of them in one stretch come near the budget and an edit can take it over.
    const line = fc.tuple(fc.constantFrom('', '> ', '* '), fc.nat({ max: MAX_EMPHASIS_RUNS / 5 })).map(([lead, pairs]) => `${lead}${'*a* '.repeat(pairs)}tekst`);
    const ending = fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\n>\n');
    const text = fc.array(fc.tuple(line, ending).map(([l, e]) => l + e), { maxLength: 12 }).map((lines) => lines.join(''));
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 30 }), insert: fc.constantFrom('', '*', '**a** ', '*a* '.repeat(MAX_EMPHASIS_RUNS / 8), '\n', '\n\n', '\r', '_', 'x') });
    fc.assert(fc.property(text, fc.array(edit, { minLength: 1, maxLength: 6 }), (start, edits) => {
      let before = start;
      for (const { at, remove, insert } of edits) {
        const from = at % (before.length + 1);
        const after = before.slice(0, from) + insert + before.slice(from + remove);
        const whole = limitStructure(before);
        if (whole.tooDeepAt === undefined && whole.tooDenseAt === undefined) assert.deepEqual(limitStructureAfterEdit(after, before), limitStructure(after));
        before = after;
      }
    }), { numRuns: 300 });
  });

  it(`no letter has too many emphasis markers in a paragraph: ${LETTERS.length} fixtures, examples and corpus letters`, () => {
    for (const { name, text } of LETTERS) assert.equal(limitStructure(text).tooDenseAt, undefined, name);
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
