import * as assert from 'node:assert/strict';
import { parseLetter } from '../server/src/core/letter';
import { PhraseGroup, allPhraseGroups, compilePhrase, foldForPhrases, phraseGroupData } from '../server/src/core/phrases';
import { LAW_NAMES } from '../server/src/core/references';
import { EXAMPLES_DIR, FIXTURE_DIR, markdownFiles } from './helpers/fixtures';
import { randomSource } from './helpers/generate';

/**
 * What a phrase means, as a case-insensitive Unicode regex over the text as
 * written: `~` an optional word, `*` a word's remaining letters, a lone `*`
 * any one word.
 */
function unicodePhraseSource(phrase: string): string {
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const words = phrase.trim().split(/\s+/);
  const word = (w: string): string => (w === '*' ? '\\p{L}+' : w.endsWith('*') ? `${escape(w.slice(0, -1))}\\p{L}*` : escape(w));
  return words.map((w, i) => (w === '~' ? '(?:\\p{L}+[\\s\\u00a0]+)?' : word(w) + (i < words.length - 1 ? '[\\s\\u00a0]+' : ''))).join('');
}

/** The plain way to find a group's phrases: one regex with a word boundary before and after. */
function referencePattern(group: PhraseGroup): RegExp {
  const sources = [...group.phrases].sort((a, b) => b.length - a.length).map(unicodePhraseSource);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

function referenceMatches(group: PhraseGroup, text: string, pattern = referencePattern(group)): Array<{ start: number; end: number; text: string }> {
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
    // Letters and numbers outside Latin-1 (folded to placeholders): Greek, Cyrillic, astral letters, Arabic-Indic
    // digits, dotted and dotless i, capital sharp s, Ÿ; a combining accent ends a word as in \p{L}.
    texts.push('Kommunen vurderer\u03b1 at, klage\u{1d41a} over, \u0130ndstilling, \u0131kke, GRU\u1e9eE, \u0178, klage\u0663 og klage\u0301 Лагт vægt på.');
    texts.push('lagt \u{1d400}\u{1d401} vægt på, lagt særlig\u00a0vægt\u2003på, LAGT VÆGT PÅ, Ankestyrelsen\u{1F600} vurderer at du');
    for (const group of [...allPhraseGroups(), LAW_NAMES]) {
      for (const text of texts) {
        assert.deepEqual(group.findAll(text), referenceMatches(group, text), `${group.id} in »${text.slice(0, 60)}…«`);
        compared++;
      }
    }
    assert.ok(compared > 1000, `compared ${compared} texts`);
  });

  it('matches as a case-insensitive Unicode regex does on mixed-up text: capitals, look-alike letters, letters and digits outside Latin-1', function () {
    this.timeout(120_000);
    const random = randomSource(16);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
    const oddities = ['\u212A', '\u017F', '\u212B', '\u0130', '\u0131', '\u1E9E', '\u0178', '\u03A3', '\u{1D41A}', '\u0301', '\u0663', '\u00BD', '\u00B5', '\u00A0', '\u2003', '-', ',', '»', '7'];
    const lookAlikes: Record<string, string> = { k: '\u212A', s: '\u017F', å: '\u212B', Å: '\u212B', ß: '\u1E9E', ÿ: '\u0178' };
    let compared = 0;
    for (const group of [...allPhraseGroups(), LAW_NAMES]) {
      const words = group.phrases.flatMap((phrase) => phrase.replace(/[*~]/g, ' ').split(/\s+/)).filter(Boolean);
      const pattern = referencePattern(group);
      for (let n = 0; n < 15; n++) {
        let text = '';
        for (let w = 0; w < 10; w++) {
          let word = pick(words);
          if (random() < 0.3) word = word.toUpperCase();
          if (random() < 0.3) word = [...word].map((ch) => (lookAlikes[ch] && random() < 0.5 ? lookAlikes[ch] : ch)).join('');
          if (random() < 0.2) {
            const at = Math.floor(random() * (word.length + 1));
            word = word.slice(0, at) + pick(oddities) + word.slice(at);
          }
          text += word + (random() < 0.85 ? ' ' : pick(oddities));
        }
        assert.deepEqual(group.findAll(text), referenceMatches(group, text, pattern), `${group.id} in ${JSON.stringify(text)}`);
        compared++;
      }
    }
    assert.ok(compared > 700, `compared ${compared} texts`);
  });

  it('compiles wildcards and optional words', () => {
    const matches = (phrase: string, text: string): boolean => new RegExp(`^${compilePhrase(phrase)}$`).test(foldForPhrases(text));
    assert.ok(matches('lagt ~ vægt på', 'lagt vægt på'));
    assert.ok(matches('lagt ~ vægt på', 'Lagt særlig vægt på'));
    assert.ok(!matches('lagt ~ vægt på', 'lagt vægt'));
    assert.ok(matches('ankestyr*', 'ANKESTYRELSEN'));
    assert.ok(!matches('ankestyr*', 'Ankestyrelsen2'));
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
