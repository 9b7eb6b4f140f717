import * as assert from 'node:assert/strict';
import { allPhraseGroups, compilePhrase, phraseGroupData } from '../server/src/core/phrases';

describe('phrase groups (server/data/phrases.json): each group finds its examples and rejects its counter-examples', () => {
  for (const group of allPhraseGroups()) {
    it(group.id, () => {
      const data = phraseGroupData(group.id)!;
      assert.ok(data.examples.match.length > 0, 'every group has at least one example that must match');
      for (const example of data.examples.match) assert.ok(group.test(example), `»${example}« should match ${group.id}`);
      for (const example of data.examples.noMatch) assert.ok(!group.test(example), `»${example}« should not match ${group.id}`);
    });
  }

  it('compiles wildcards and optional words', () => {
    const pattern = new RegExp(`^${compilePhrase('lagt ~ vægt på')}$`, 'iu');
    assert.ok(pattern.test('lagt vægt på'));
    assert.ok(pattern.test('lagt særlig vægt på'));
    assert.ok(!pattern.test('lagt vægt'));
    assert.ok(new RegExp(`^${compilePhrase('ankestyr*')}$`, 'iu').test('Ankestyrelsen'));
  });

  it('stays fast on adversarial input (no catastrophic backtracking)', () => {
    const inputs = ['lagt '.repeat(20000), 'a'.repeat(100000), ' '.repeat(100000) + 'x', 'kvalitets'.repeat(10000)];
    for (const group of allPhraseGroups()) {
      for (const input of inputs) {
        const started = process.hrtime.bigint();
        group.findAll(input);
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        assert.ok(ms < 2000, `${group.id} took ${ms.toFixed(0)} ms on ${input.length} characters`);
      }
    }
  });
});
