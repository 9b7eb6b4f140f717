import * as assert from 'node:assert/strict';
import { parseLetter } from '../server/src/core/letter';
import { PhraseGroup, allPhraseGroups, compilePhrase, phraseGroupData } from '../server/src/core/phrases';
import { LAW_NAMES } from '../server/src/core/references';
import { EXAMPLES_DIR, FIXTURE_DIR, markdownFiles } from './helpers/fixtures';

/** The plain way to find a group's phrases: one regex with a word boundary before and after. */
function referenceMatches(group: PhraseGroup, text: string): Array<{ start: number; end: number; text: string }> {
  const sources = [...group.phrases].sort((a, b) => b.length - a.length).map(compilePhrase);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

describe('phrase groups (server/data/phrases.json): each group finds its examples and rejects its counter-examples', () => {
  for (const group of allPhraseGroups()) {
    it(group.id, () => {
      const data = phraseGroupData(group.id)!;
      assert.ok(data.examples.match.length > 0, 'every group has at least one example that must match');
      for (const example of data.examples.match) assert.ok(group.test(example), `»${example}« should match ${group.id}`);
      for (const example of data.examples.noMatch) assert.ok(!group.test(example), `»${example}« should not match ${group.id}`);
    });
  }

  it('the indexed search (tried only at word starts) finds exactly what a plain regex scan finds', function () {
    // Every group on every fixture and example: a hang guard, not a speed test (speed lives in npm run bench).
    this.timeout(120_000);
    const texts = [...markdownFiles(FIXTURE_DIR), ...markdownFiles(EXAMPLES_DIR)].flatMap((file) =>
      parseLetter(file.text).blocks.map((block) => block.text),
    );
    // Case folding a regex applies and toLowerCase does not: Kelvin sign, long s, Ångström sign; words glued to others.
    texts.push('KLAGEFRISTEN er 4 uger. \u212Alage over afgørelsen, \u017Fende din klage, \u212Bbenbart, xklage, klagex, 4-ugers-fristen, §§ 1-2.');
    let compared = 0;
    texts.push('Efter lov om retssikkerhed og\u00a0administration på det sociale område, Servicelovens og barnets  lov.');
    for (const group of [...allPhraseGroups(), LAW_NAMES]) {
      for (const text of texts) {
        assert.deepEqual(group.findAll(text), referenceMatches(group, text), `${group.id} in »${text.slice(0, 60)}…«`);
        compared++;
      }
    }
    assert.ok(compared > 1000, `compared ${compared} texts`);
  });

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
