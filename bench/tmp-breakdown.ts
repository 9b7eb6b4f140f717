import { performance } from 'node:perf_hooks';
import { parseMarkdown, parseBlocks } from '../server/src/core/markdown';
import { parseLetter } from '../server/src/core/letter';
import { classifyOutcome } from '../server/src/core/outcome';
import { RULES } from '../server/src/core/rules';
import { checkDocument } from '../server/src/core';
import { generateCorpus } from './generate';
const letters = generateCorpus(300);
const t: Record<string, number> = {};
const add = (k: string, s: number) => (t[k] = (t[k] ?? 0) + performance.now() - s);
for (let pass = 0; pass < 2; pass++) for (const text of letters) {
  let s = performance.now(); parseMarkdown(text); if (pass) add('parseMarkdown', s);
  s = performance.now(); parseBlocks(text, text); if (pass) add('parseBlocks', s);
  s = performance.now(); const letter = parseLetter(text); if (pass) add('parseLetter', s);
  s = performance.now(); const ctx = { letter, outcome: classifyOutcome(letter), options: {} as any }; if (pass) add('outcome', s);
  for (const r of RULES) { s = performance.now(); r.check(ctx as any); if (pass) add('rule ' + r.id, s); }
  s = performance.now(); checkDocument(text, { force: true }); if (pass) add('checkDocument', s);
}
for (const [k, v] of Object.entries(t)) console.log(k.padEnd(30), (v / letters.length).toFixed(3));
