import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits, checkDocument, LineIndex } from '../../server/src/core';
import { generateLetter, randomSource } from './generate';
import { EXAMPLES_DIR, FIXTURE_DIR, markdownFiles } from './fixtures';

/** Real letters to mutate: the bundled examples, the fixtures and generated letters of a few sizes. */
export const SEED_LETTERS: readonly string[] = [
  ...markdownFiles(EXAMPLES_DIR).map((f) => f.text),
  ...markdownFiles(FIXTURE_DIR).map((f) => f.text),
  generateLetter(randomSource(1), 1),
  generateLetter(randomSource(2), 4),
  generateLetter(randomSource(3), 12),
];

/** Fragments that stress a Markdown parser and the rules: unbalanced markup, odd whitespace, control characters. */
const FRAGMENTS = [
  '\u0000', '\r\n', '\r', '\t', '\u00a0', '\u200b', '\ufeff', '\ud83d\ude00', '\ud800', 'e\u0301', '\u202e', '```', '~~~', '<!--', '-->',
  '**', '*', '_', '[', ']', '](', '[x]: /y', '<div>', '</div>', '&amp;', '&#230;', '&', '\\', '> ', '- ', '1. ', '# ', '---', '===',
  '    ', '§', '§§', '§ 83, stk. 1', 'stk.', 'SEL', 'serviceloven', 'Ankestyrelsen', '«', '»', '«udfyld»', '## Klagevejledning', '## Begrundelse',
  'Vi vurderer, at', 'Med venlig hilsen', 'kvalitetsstandard', '4 uger', '---\ndokument: afgørelse\n---\n',
];

/** Picks an integer in [min, max]. */
type Pick = (min: number, max: number) => number;
type Mutation = (lines: string[], pick: Pick) => void;

const fragment = (pick: Pick): string => FRAGMENTS[pick(0, FRAGMENTS.length - 1)];
const lineIndex = (lines: string[], pick: Pick): number => pick(0, Math.max(0, lines.length - 1));

/** Inserted, deleted, duplicated and swapped lines; characters inserted and cut inside a line. */
const MUTATIONS: Mutation[] = [
  (lines, pick) => void lines.splice(pick(0, lines.length), 0, fragment(pick)),
  (lines, pick) => void lines.splice(lineIndex(lines, pick), 1),
  (lines, pick) => {
    const i = lineIndex(lines, pick);
    lines.splice(i, 0, lines[i] ?? '');
  },
  (lines, pick) => {
    const i = lineIndex(lines, pick);
    const line = lines[i] ?? '';
    const j = pick(0, line.length);
    lines[i] = line.slice(0, j) + fragment(pick) + line.slice(j);
  },
  (lines, pick) => {
    const i = lineIndex(lines, pick);
    const line = lines[i] ?? '';
    const j = pick(0, line.length);
    lines[i] = line.slice(0, j) + line.slice(j + pick(1, 20));
  },
  (lines, pick) => {
    const i = lineIndex(lines, pick);
    const j = lineIndex(lines, pick);
    [lines[i], lines[j]] = [lines[j], lines[i]];
  },
];

/** A real letter with 1-30 random mutations, sometimes with CRLF line ends. */
export const mutatedLetter: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...SEED_LETTERS), fc.integer({ min: 1, max: 30 }), fc.boolean(), fc.integer())
  .map(([letter, count, crlf, seed]) => {
    const random = randomSource(seed);
    const pick: Pick = (min, max) => min + Math.floor(random() * (max - min + 1));
    const lines = letter.split('\n');
    for (let i = 0; i < count; i++) MUTATIONS[pick(0, MUTATIONS.length - 1)](lines, pick);
    const text = lines.join('\n');
    return crlf ? text.replace(/\r?\n/g, '\r\n') : text;
  });

/** Arbitrary text: any UTF-16 (lone surrogates included), or Markdown-ish fragments glued together. */
export const randomText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 2000 }),
  fc.array(fc.constantFrom(...FRAGMENTS, '\n', '\n\n', ' ', 'tekst', 'afgørelse'), { maxLength: 300 }).map((parts) => parts.join('')),
);

/** The invariants for any input: no throw; every finding and fix inside the document; fixes apply. */
export function assertSound(text: string): void {
  for (const options of [{ force: true }, { fileName: 'brev.md' }]) {
    const { findings } = checkDocument(text, options);
    for (const finding of findings) {
      const { start, end } = finding.range;
      assert.ok(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length, `finding range ${start}-${end} outside 0-${text.length}`);
      assert.ok(finding.message.length > 0);
      if (finding.fix) {
        const edit = finding.fix.edit.range;
        assert.ok(edit.start >= 0 && edit.start <= edit.end && edit.end <= text.length, `fix range ${edit.start}-${edit.end} outside 0-${text.length}`);
        assert.equal(typeof applyEdits(text, [finding.fix.edit]).text, 'string');
      }
    }
    if (findings.length > 0) {
      const lines = new LineIndex(text);
      const last = lines.positionAt(findings[findings.length - 1].range.end);
      assert.ok(last.line >= 0 && last.character >= 0);
    }
  }
}
