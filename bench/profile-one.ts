/** Times the full check and a bare parse of one generated letter, repeatedly (for `node --cpu-prof`). */
import { performance } from 'node:perf_hooks';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { checkDocument } from '../server/src/core';
import { PAGE_CHARS, generateLetter, randomSource } from './generate';
import { summarise } from './stats';

const pages = Number(process.argv[2] ?? 40);
const text = generateLetter(randomSource(11), pages);
const parser = unified().use(remarkParse);
const check: number[] = [];
const parse: number[] = [];
for (let i = 0; i < 60; i++) {
  let started = performance.now();
  checkDocument(text, { force: true });
  check.push(performance.now() - started);
  started = performance.now();
  parser.parse(text);
  parse.push(performance.now() - started);
}
console.log(JSON.stringify({ chars: text.length, pages: text.length / PAGE_CHARS, check: summarise(check.slice(10)), parse: summarise(parse.slice(10)) }));
