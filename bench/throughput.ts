/**
 * In one process: the full check (checkDocument) and our parse alone
 * (parseLetter) against (a) a bare remark parse and (b) markdownlint's library
 * with its default rules, on the same letters, alternating the order per
 * letter so that drift and GC hit all four alike. Prints JSON.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { lint } from 'markdownlint/sync';
import { performance } from 'node:perf_hooks';
import { checkDocument, parseLetter } from '../server/src/core';
import { PAGE_CHARS, generateCorpus } from '../test/helpers/generate';
import { summarise } from './stats';

const COUNT = Number(process.argv[2] ?? 1000);
const letters = generateCorpus(COUNT);
const parser = unified().use(remarkParse);

const workloads = {
  check: (text: string): unknown => checkDocument(text, { force: true }).findings.length,
  model: (text: string): unknown => parseLetter(text).blocks.length,
  parse: (text: string): unknown => parser.parse(text).children.length,
  markdownlint: (text: string): unknown => lint({ strings: { letter: text } }).letter.length,
};
type Name = keyof typeof workloads;
const names = Object.keys(workloads) as Name[];

// Warm-up: JIT and caches, not measured.
for (const text of letters.slice(0, 100)) for (const name of names) workloads[name](text);

const times: Record<Name, number[]> = { check: [], model: [], parse: [], markdownlint: [] };
let sink = 0;
letters.forEach((text, i) => {
  for (let k = 0; k < names.length; k++) {
    const name = names[(i + k) % names.length];
    const started = performance.now();
    sink += Number(workloads[name](text));
    times[name].push(performance.now() - started);
  }
});

/** The same workloads by letter size: fixed per-letter costs weigh most on short letters. */
const SIZE_BANDS: Array<[string, number, number]> = [['1-3 pages', 0, 3 * PAGE_CHARS], ['4-10 pages', 3 * PAGE_CHARS, 10 * PAGE_CHARS], ['11-40 pages', 10 * PAGE_CHARS, Infinity]];
const bySize = SIZE_BANDS.map(([label, from, to]) => {
  const inBand = letters.map((text, i) => [text.length, i] as const).filter(([length]) => length >= from && length < to).map(([, i]) => i);
  const meanOf = (name: Name): number => inBand.reduce((sum, i) => sum + times[name][i], 0) / (inBand.length || 1);
  return { label, letters: inBand.length, check: meanOf('check'), model: meanOf('model'), parse: meanOf('parse'), markdownlint: meanOf('markdownlint') };
});

const result = {
  bySize,
  letters: COUNT,
  totalChars: letters.reduce((sum, text) => sum + text.length, 0),
  maxChars: Math.max(...letters.map((text) => text.length)),
  sink,
  check: summarise(times.check),
  model: summarise(times.model),
  parse: summarise(times.parse),
  markdownlint: summarise(times.markdownlint),
};
console.log(JSON.stringify(result));
