import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkDocument, splitSentences } from '../server/src/core';
import { readFrontMatter } from '../server/src/core/letter';
import { matchesAnyGlob } from '../server/src/core/glob';
import { allPhraseGroups, scanPhrases, type PhraseGroup, type PhraseScan } from '../server/src/core/phrases';
import { findLawMentions, findReferences } from '../server/src/core/references';
import { countText } from '../server/src/core/sentences';
import { assertSound, mutatedLetter, randomText } from './helpers/robustness';

const RUNS = Number(process.env.ROBUSTNESS_RUNS ?? 150);
const KB100 = 100 * 1024;

/** `unit` repeated to about 100 KB. */
const repeat = (unit: string, size = KB100): string => unit.repeat(Math.ceil(size / unit.length));

/**
 * How much slower than an idle machine a test run may be: CI and a busy laptop
 * run several suites at once, and these bounds are hang guards, not speed
 * targets (npm run bench has those). Catastrophic backtracking on 100 KB takes
 * minutes to hours, far past any of them.
 */
const LOAD_FACTOR = 5;

/** Runs `work` and fails if it takes longer than a generous bound: linear work on 100 KB takes milliseconds. */
function withinBound(label: string, work: () => unknown, boundMs = 2000): void {
  const started = performance.now();
  work();
  const elapsed = performance.now() - started;
  assert.ok(elapsed < boundMs * LOAD_FACTOR, `${label}: ${elapsed.toFixed(0)} ms (bound ${boundMs * LOAD_FACTOR} ms)`);
}

describe('robustness: the core on random and mutated letters', function () {
  this.timeout(120_000 * LOAD_FACTOR);

  it(`mutated real letters (${RUNS} cases): no throw, findings and fixes inside the document`, () => {
    fc.assert(fc.property(mutatedLetter, assertSound), { numRuns: RUNS });
  });

  it(`random text (${RUNS} cases): no throw, findings and fixes inside the document`, () => {
    fc.assert(fc.property(randomText, assertSound), { numRuns: RUNS });
  });

  const LETTER_HEAD = '# Afgørelse om hjælp\n\nDu har søgt om hjælp.\n\n## Afgørelse\n\nVi giver afslag.\n\n';
  const extremes: Array<[string, () => string]> = [
    ['10,000-deep block quotes', () => LETTER_HEAD + '>'.repeat(10_000) + ' Vi vurderer, at du kan.\n'],
    ['10,000-deep nested lists', () => LETTER_HEAD + Array.from({ length: 10_000 }, (_, i) => `${' '.repeat(Math.min(i, 3))}- punkt`).join('\n')],
    ['10,000-deep emphasis and brackets', () => LETTER_HEAD + '*'.repeat(10_000) + 'vi vurderer' + '['.repeat(10_000) + '\n'],
    ['a 1 MB single line', () => LETTER_HEAD + repeat('Vi vurderer, at du kan efter § 83, stk. 1. ', 1024 * 1024)],
    ['NUL, CR-only and tabs', () => LETTER_HEAD.replace(/\n/g, '\r') + '\u0000\t§\u0000 83\t\u0000'.repeat(1000)],
    // remark reads a NUL as U+FFFD: found by npm run fuzz, the blocks after it ended beyond the text.
    ['a NUL opening a line before a heading', () => '\u0000## Begrundelse\nAnkestyrelsen'],
    ['a NUL inside a title line', () => 'a\u0000## Begrundelse\nAnkestyrelsen'],
    ['lone surrogates and combining marks', () => LETTER_HEAD + '\ud800\udfff\udc00e\u0301\u202e'.repeat(5000)],
    ['only front matter, unterminated', () => '---\ndokument: afgørelse\n' + 'nøgle: værdi\n'.repeat(5000)],
    // remark needs about 8 µs per character here: linear, but slow (our own front matter scan is timed below).
    ['20,000 lines of "---x" after an unclosed front matter fence', () => `---\n${repeat('\n---x')}`],
    ['100 KB without a line break inside front matter', () => '---\n' + 'a'.repeat(KB100) + '\n---\n' + LETTER_HEAD],
    ['stray ampersands with a character reference', () => LETTER_HEAD + '&amp;' + '&'.repeat(KB100) + '\n'],
    // pladsholder reads whether a « closes a Danish quotation: once per paragraph, not once per «placeholder» (it was, and took seconds).
    ['1 MB of Danish quotations and «placeholders» in one paragraph', () => LETTER_HEAD + repeat('»a« og «b» ', 10 * KB100) + '\n'],
  ];
  for (const [label, make] of extremes) {
    it(`extreme input: ${label}`, () => {
      const text = make();
      withinBound(label, () => assertSound(text), 10_000);
    });
  }
});

/**
 * Every regular expression in the core on crafted 100 KB inputs. They are
 * linear because each quantifier applies to a single character class and the
 * classes on either side are disjoint (phrases: words are literal, `*` is
 * \p{L}* before a non-letter lookahead, `~` is \p{L}+ then whitespace;
 * references: sticky patterns that consume at least one character per step,
 * names and abbreviations are literal alternations behind a word-boundary
 * lookbehind; sentences are split by a hand-written scanner; the placeholder
 * is bounded to 200 characters; front matter regexes are anchored).
 */
describe('robustness: regular expressions stay linear on adversarial 100 KB input', function () {
  this.timeout(120_000 * LOAD_FACTOR);

  it('phrase groups (data/phrases.json): each group on repeated prefixes of its own phrases, long words and long whitespace', () => {
    // By input, the groups to try on it: groups share many prefixes (»vi har«), and one scan of an input serves them all.
    const groupsByInput = new Map<string, Set<PhraseGroup>>();
    const add = (input: string, group: PhraseGroup): void => {
      const groups = groupsByInput.get(input);
      if (groups) groups.add(group);
      else groupsByInput.set(input, new Set([group]));
    };
    for (const group of allPhraseGroups()) {
      for (const input of [repeat('a'), repeat('æ '), repeat(' '), repeat('\u00a0'), repeat('ab\u00a0')]) add(input, group);
      for (const phrase of group.phrases) {
        const words = phrase.replace(/[*~]/g, '').split(/\s+/).filter(Boolean);
        for (let n = 1; n <= words.length; n++) {
          add(repeat(`${words.slice(0, n).join(' ')} `), group);
          add(repeat(`${words.slice(0, n).join('   ')}x`), group);
        }
        add(`${words[0] ?? ''} ${repeat(' ')}x`, group);
        add(`${words[0] ?? ''} ${repeat('a')}`, group);
      }
    }
    // Bounded per input and group: a big group has hundreds of inputs, each linear.
    for (const [input, groups] of groupsByInput) {
      const label = JSON.stringify(input.slice(0, 30));
      let scan: PhraseScan | undefined;
      withinBound(`phrase scan on ${label}…`, () => (scan = scanPhrases(input)), 1000);
      for (const group of groups) withinBound(`phrases ${group.id} on ${label}…`, () => group.findAll(input, scan), 1000);
    }
  });

  it('legal references and law names', () => {
    const inputs = [
      repeat('§'), repeat('§ '), repeat('§§ 1, '), repeat('§ 1 og '), repeat('§ 1-'), repeat('§ 1, stk. '), repeat(', stk.'), repeat('stk. 1, nr. '),
      repeat('paragraf'), repeat('paragraffen 1 '), repeat('SEL '), repeat('SEL 1, jf. '), repeat('lov om '), repeat('lov om social '), repeat('lov   om   '),
      repeat('servicelov'), repeat('§ 1 i '), repeat('§ 1 i lov om '), repeat(' , jf. og '), repeat('1'), repeat('§1a'), repeat('AB'),
    ];
    withinBound('references', () => {
      for (const input of inputs) {
        findReferences(input, findLawMentions(input));
      }
    }, 5000);
  });

  it('sentence splitting', () => {
    const inputs = [repeat('a. '), repeat('.'), repeat(' '), repeat('jf. '), repeat('1. '), repeat('1. A'), repeat('a.A'), repeat('!? '), repeat('a-'), repeat('a-b'), repeat('æ'), repeat('😀')];
    withinBound('splitSentences', () => {
      for (const input of inputs) splitSentences(input);
    });
    withinBound('countText', () => {
      for (const input of inputs) countText(input);
    });
  });

  it('placeholders (through the whole check)', () => {
    withinBound('placeholders', () => checkDocument(`# Afgørelse\n\n${repeat('«')}\n\n${repeat('«a')}\n`, { force: true }));
  });

  it('content detection: a paragraph of nothing but figures granted (»Du får 1 time. Du får 1 time. …«)', () => {
    withinBound('granted figures', () => checkDocument(`Kære Ole\n\n${repeat('Du får 1 time. ')}\n\n${repeat('Du får 1 time fortsat ')}\n`));
  });

  it('outcome and calculation: limits, replaced help, questions and lettered items repeated through one paragraph', () => {
    const letters = [
      repeat('Du har søgt om BPA i stedet for hjemmehjælp, og din hjemmehjælp stopper. '),
      repeat('Du har søgt om BPA i stedet for hjemmehjælp og din hjemmehjælp stopper '),
      `${repeat('Kan jeg få min hjælp i stedet for den der stopper ')}?`,
      repeat('a) 1 time om ugen\nb) 2 timer om ugen, du får ikke mere\n'),
      repeat('i intervallet mellem 1.707 kr. og 2.846 kr. '),
      repeat('Du har fortalt, at hjælpen stopper, '),
    ];
    for (const body of letters) {
      withinBound(`whole check on ${JSON.stringify(body.slice(0, 30))}…`, () => checkDocument(`Kære Ole\n\nDu får 3 timer efter servicelovens § 83.\n\n${body}\n`, { force: true }));
    }
  });

  it('front matter scan', () => {
    for (const input of [`---\n${repeat('-')}\n`, `---\n${repeat('a:')}\n---\n`, `---\n${repeat('\n---x')}`, `---${repeat(' ')}`, `---\n${repeat('a: "\n')}---\n`]) {
      withinBound(`front matter ${JSON.stringify(input.slice(0, 12))}…`, () => readFrontMatter(input));
    }
  });

  // The matcher is segment-wise (no regular expression): at most path length × glob length steps,
  // so a 100 KB path (far beyond PATH_MAX) against nasty globs, and a 100 KB glob against a path, stay fast.
  it('letterGlobs: 100 KB paths against adversarial globs, and 100 KB globs', () => {
    const globs = [
      '**/*.afg.md', '**/afgoerelser/**/*.md', '**/afgørelser/**/*.md', '**/**/**/*.md', '**/a/**/a/**/a/**/b',
      '*a*a*a*a*a*b', '*aaaaaaaaaaaaaaaab', '?'.repeat(40), '[a-z][a-z][!a]*', '{a,b}{a,b}{a,b}/**/*{a,b}*{a,b}*c', 'a/**/*a*a*a*b/**/c',
    ];
    const paths = [repeat('afgoerelser/'), repeat('a/'), `/${repeat('a')}.txt`, repeat('afg.md/'), repeat('a*[{/'), `${repeat('a/')}${repeat('a')}`];
    for (const [i, path] of paths.entries()) {
      withinBound(`globs on 100 KB path ${i + 1}`, () => {
        for (const glob of globs) matchesAnyGlob(path, [glob]);
      });
    }
    const hugeGlobs = [repeat('*a'), repeat('**/a/'), repeat('['), repeat('[a'), repeat('[!]'), repeat('{'), repeat('{a,'), repeat('{a,b}'), `{a,b}{a,b}{a,b}${repeat('a')}`, `{a,b}{a,b}{a,b}{a,b}${repeat('a')}`, repeat('\\'), `${repeat('a?')}b`, repeat('*/')];
    const path = `/home/sagsbehandler/${'sager/'.repeat(100)}${'a'.repeat(200)}.md`;
    for (const [i, glob] of hugeGlobs.entries()) withinBound(`100 KB glob ${i + 1}`, () => matchesAnyGlob(path, [glob]));
  });
});
