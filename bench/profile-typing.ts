/** Times checkDocument with the previous version, as the server calls it, while typing into a letter (for `node --cpu-prof`). */
import { performance } from 'node:perf_hooks';
import { checkDocument } from '../server/src/core';
import { PAGE_CHARS, generateLetter, randomSource } from '../test/helpers/generate';
import { summarise } from './stats';

const text0 = generateLetter(randomSource(11), Number(process.argv[2] ?? 40));
let text = text0.replace(/\r\n/g, '\n');
let at = text.indexOf('\n', text.indexOf('## Begrundelse') + 3) + 1;
at = text.indexOf('\n', at + 1);
let previous = checkDocument(text, { force: true }).letter;
const times: number[] = [];
for (let i = 0; i < 300; i++) {
  text = text.slice(0, at) + 'abc, '[i % 5] + text.slice(at);
  at++;
  const started = performance.now();
  previous = checkDocument(text, { force: true, previous }).letter;
  times.push(performance.now() - started);
}
console.log(JSON.stringify({ chars: text.length, pages: text.length / PAGE_CHARS, incremental: summarise(times.slice(20)) }));
